//! The codegen IR: everything templates see. Types ([`TypeDef`]) and operations
//! ([`Operation`]) with every name already chosen and every Rust type already
//! spelled, so templates only lay out text.

use serde::Serialize;

mod ty;

pub use ty::Ty;

/// A whole generated crate.
#[derive(Debug, Clone, Serialize)]
pub struct CrateIr {
    /// Package name (kebab-case).
    pub crate_name: String,
    /// Library name (snake_case), as used in `use` paths.
    pub lib_name: String,
    pub title: String,
    pub version: String,
    pub description: Vec<String>,
    /// The contract file(s) the crate was generated from, for the README.
    pub sources: Vec<String>,
    /// Where the crate gets `accord-runtime` from; `None` for models-only crates.
    pub runtime: Option<RuntimeSource>,
    /// Whether the crate root carries `#![deny(warnings)]`.
    pub deny_warnings: bool,
    pub types: Vec<TypeDef>,
    /// Default-value functions fields refer to.
    pub defaults: Vec<DefaultFn>,
    /// Whether some field uses the double-option helper.
    pub uses_nullable_helper: bool,
    pub client: Option<ClientIr>,
    /// Modules rendered apart (a client's `webhooks` and `callbacks`), declared in `lib.rs`.
    pub extra_modules: Vec<ModuleDecl>,
}

/// A `pub mod name;` of the crate root, with its one-line doc.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleDecl {
    pub name: String,
    pub doc: String,
}

/// Where a client crate's `accord-runtime` dependency comes from: the `Cargo.toml`
/// template writes one dependency line per case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuntimeSource {
    /// `accord-runtime = { path = "<path>" }`: a shared runtime crate.
    Path { path: String },
    /// `accord-runtime = "<version>"` from a registry.
    Version { version: String },
    /// A copy inside the crate under its own package name, renamed to `accord-runtime` in
    /// the dependency: clients that each carry one never collide in a lockfile.
    Vendored { path: String, package: String },
}

/// One named type.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    pub name: String,
    pub doc: Vec<String>,
    /// Which serde traits the type implements (both until the reachability pass
    /// narrows a client's types to the directions they travel).
    pub serde: SerdeTraits,
    #[serde(flatten)]
    pub kind: TypeKind,
}

/// The serde traits a generated type implements: `Serialize` for what the client
/// sends, `Deserialize` for what it receives ([`crate::reachability`] decides).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SerdeTraits {
    pub serialize: bool,
    pub deserialize: bool,
}

impl SerdeTraits {
    /// Both traits: what every type of models and event crates implements.
    pub const BOTH: SerdeTraits = SerdeTraits {
        serialize: true,
        deserialize: true,
    };
    /// `Serialize` alone: a type only requests carry.
    pub const SERIALIZE_ONLY: SerdeTraits = SerdeTraits {
        serialize: true,
        deserialize: false,
    };
    /// `Deserialize` alone: a type only responses carry.
    pub const DESERIALIZE_ONLY: SerdeTraits = SerdeTraits {
        serialize: false,
        deserialize: true,
    };
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// An object.
    Struct { fields: Vec<Field> },
    /// A string enum. Forward compatible ones carry an `Unknown(String)` variant.
    Enum {
        variants: Vec<EnumVariant>,
        forward_compatible: bool,
        /// Whether the enum gets `deserialize_known` (its listed values only), which
        /// untagged unions use so that other strings reach the variants after it.
        known_values_fn: bool,
    },
    /// `oneOf` with a discriminator.
    Tagged {
        tag: String,
        variants: Vec<UnionVariant>,
    },
    /// `oneOf` / `anyOf` without a discriminator: the first variant that parses wins,
    /// so variants are ordered stricter first; the last one takes any JSON value.
    Untagged { variants: Vec<UnionVariant> },
    /// A named schema that is another type (`pub type Name = ...`).
    Alias { ty: Ty },
    /// A named map (`additionalProperties` only).
    Map { value: Ty },
}

impl TypeKind {
    /// Every type the definition mentions: field types, union variants, the aliased
    /// type, map values.
    pub fn mentioned_tys(&self) -> Vec<&Ty> {
        match self {
            TypeKind::Struct { fields } => fields.iter().map(|f| &f.ty).collect(),
            TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
                variants.iter().map(|v| &v.ty).collect()
            }
            TypeKind::Alias { ty } => vec![ty],
            TypeKind::Map { value } => vec![value],
            TypeKind::Enum { .. } => Vec::new(),
        }
    }
}

/// A struct field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub rust_name: String,
    pub json_name: String,
    /// The value type, without the `Option` that optionality/nullability add.
    pub ty: Ty,
    /// Not listed in `required`.
    pub optional: bool,
    /// `null` is a valid value.
    pub nullable: bool,
    /// Path of the default function (optional fields with a simple default).
    pub default: Option<String>,
    /// Collects the properties beyond the declared ones (`additionalProperties`).
    pub flatten: bool,
    /// The builder method that sets an optional (or flattened) field: `with_` and the
    /// field's name without keyword escapes (`with_type` for `type_`).
    pub setter: String,
    pub doc: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
    pub doc: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    pub name: String,
    /// Discriminator value (tagged unions only).
    pub tag_value: Option<String>,
    pub ty: Ty,
    /// Untagged unions only: the variant is a forward-compatible enum that accepts
    /// only its listed values here (through the enum's `deserialize_known`), because
    /// a later variant takes other strings.
    pub known_values_only: bool,
}

/// `fn name() -> ty { value }` in the `defaults` module.
#[derive(Debug, Clone, Serialize)]
pub struct DefaultFn {
    pub name: String,
    pub ty: Ty,
    pub value: DefaultValue,
}

/// A default value the contract declares, one case per kind of Rust literal the
/// template writes for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DefaultValue {
    /// An owned string.
    String {
        text: String,
    },
    Bool {
        value: bool,
    },
    /// An integer of the field's type.
    Integer {
        value: i64,
    },
    /// A finite float of type `ty` (`f64`, `f32`), as its shortest round-trip digits.
    Float {
        digits: String,
        ty: String,
    },
    /// A variant of a generated enum (`enum_name::variant`).
    EnumVariant {
        enum_name: String,
        variant: String,
    },
}

/// The client part of a crate.
#[derive(Debug, Clone, Serialize)]
pub struct ClientIr {
    pub base_url: String,
    pub servers: Vec<ServerIr>,
    pub correlation_header: Option<String>,
    pub tenant_doc: Option<String>,
    pub auth: Vec<AuthIr>,
    pub operations: Vec<Operation>,
    pub params_structs: Vec<ParamsStruct>,
    /// Whether some operation's response is a per-status enum (the crate then
    /// carries the helper that decodes one).
    pub uses_status_responses: bool,
    /// Whether some operation sends a form body (the crate then carries the
    /// bracket-notation encoder).
    pub uses_form_bodies: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServerIr {
    pub url: String,
    pub description: Vec<String>,
}

/// A helper building the runtime `Auth` for one security scheme.
#[derive(Debug, Clone, Serialize)]
pub struct AuthIr {
    pub fn_name: String,
    pub scheme: String,
    #[serde(flatten)]
    pub kind: AuthKind,
    pub doc: Vec<String>,
}

/// What credentials a security scheme takes: one case per `accord_runtime::Auth`
/// constructor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AuthKind {
    /// The OAuth2 client-credentials flow ([`accord_spec::OAuthFlowKind::ClientCredentials`]).
    #[serde(rename = "oauth2")]
    OAuth2 {
        token_url: String,
        scopes: Vec<String>,
    },
    /// A bearer token (HTTP `bearer`, OpenID Connect, OAuth2 flows the client cannot run).
    Bearer,
    /// HTTP `basic`.
    Basic,
    /// An API key in header `key_name`.
    ApiKeyHeader { key_name: String },
    /// An API key in query parameter `key_name`.
    ApiKeyQuery { key_name: String },
}

/// One HTTP operation.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    pub method_name: String,
    /// Upper-case HTTP method (`GET`).
    pub http_method: String,
    pub path: String,
    pub operation_id: String,
    pub doc: Vec<String>,
    pub deprecated: bool,
    /// Positional arguments (path parameters, then required query/header ones).
    pub args: Vec<Param>,
    /// The optional parameters struct, if any.
    pub params_struct: Option<String>,
    /// Its fields (optional query/header parameters).
    pub optional: Vec<Param>,
    pub body: Option<Body>,
    pub response: Response,
    /// The error body type.
    pub error_ty: Ty,
    pub idempotency_header: Option<String>,
    pub tenant: Option<TenantIr>,
    pub pagination: Option<Pagination>,
}

/// A parameter.
#[derive(Debug, Clone, Serialize)]
pub struct Param {
    pub name: String,
    pub rust_name: String,
    /// The argument type (`&str` for required strings).
    pub arg_ty: String,
    /// The value type (in a params struct, wrapped in `Option`).
    pub ty: Ty,
    /// How the value reaches the request.
    pub encoding: ParamEncoding,
    pub doc: Vec<String>,
    /// The generated type of the parameter's schema when the client sends its values
    /// as something else (an object schema as `deepObject` pairs, or as text): what
    /// [`crate::reachability`] counts as sent, since templates never name it.
    #[serde(skip)]
    pub schema_ty: Option<Ty>,
}

/// How a parameter is sent, from its location and [`accord_spec::ParamStyle`]: one case
/// per call of the runtime's request builder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParamEncoding {
    /// A `{name}` of the path (`simple` style).
    Path,
    /// A header (`simple` style).
    Header,
    /// One value in the query (`form` style).
    Query,
    /// An array in the query, `form` style: `a=1&a=2` exploded, else `a=1,2`.
    QueryArray { explode: bool },
    /// An array joined by the delimiter of `spaceDelimited` or `pipeDelimited`.
    QueryDelimited { delimiter: char },
    /// An object as `name[key]=value` (`deepObject`).
    QueryDeepObject,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParamsStruct {
    pub name: String,
    pub operation: String,
    pub fields: Vec<Param>,
}

/// A request body.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    pub kind: BodyKind,
    pub content_type: String,
    pub ty: Ty,
    pub required: bool,
}

/// How a request body is encoded, from its media range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// A JSON media range (`application/json`, `+json`).
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/*`, as the runtime's `Multipart`.
    Multipart,
    /// `text/*`, as a `String`.
    Text,
    /// Anything else, as bytes.
    Bytes,
}

/// How a response body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadKind {
    Json,
    Text,
    Bytes,
    /// No body.
    Empty,
}

/// What a successful response is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    Json,
    Text,
    Bytes,
    Empty,
    /// Success statuses carry different types: the response type is an enum with one
    /// variant per status.
    ByStatus,
}

impl From<ReadKind> for ResponseKind {
    fn from(kind: ReadKind) -> Self {
        match kind {
            ReadKind::Json => ResponseKind::Json,
            ReadKind::Text => ResponseKind::Text,
            ReadKind::Bytes => ResponseKind::Bytes,
            ReadKind::Empty => ResponseKind::Empty,
        }
    }
}

/// What a successful response is read as.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    pub kind: ResponseKind,
    pub ty: Ty,
    /// The variants of the `by_status` enum (empty otherwise).
    pub variants: Vec<StatusVariant>,
}

/// One success status of an operation whose statuses carry different types.
#[derive(Debug, Clone, Serialize)]
pub struct StatusVariant {
    pub name: String,
    /// The status as the contract writes it (`201`, `2XX`, `default`).
    pub status: String,
    /// The statuses it matches.
    pub pattern: StatusPattern,
    pub kind: ReadKind,
    /// The body type (`()` for `empty`).
    pub ty: Ty,
    pub doc: Vec<String>,
}

/// The statuses one variant of a per-status response matches, as a `match` arm on a
/// `u16` (`201`, `200..=299`, `_`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StatusPattern {
    Exact {
        code: u16,
    },
    /// A `NXX` range: `first..=last`.
    Range {
        first: u16,
        last: u16,
    },
    /// Every other status (`default`, or the last range).
    Any,
}

#[derive(Debug, Clone, Serialize)]
pub struct TenantIr {
    pub kind: TenantKind,
    pub name: String,
}

/// Where an operation carries its tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TenantKind {
    Header,
    Path,
}

#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    pub method_name: String,
    pub strategy: PageStrategy,
    pub items_pointer: String,
    pub item_ty: Ty,
    /// A boolean that is `false` on the last page (`/has_more`).
    pub has_more_pointer: Option<String>,
    /// The number of pages (`/pagination/pageCount`).
    pub page_count_pointer: Option<String>,
    /// The number of items of all pages (`/total`).
    pub total_pointer: Option<String>,
}

/// How a list operation pages: one case per `accord_runtime::PageStrategy` constructor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PageStrategy {
    /// A cursor at `next_pointer` in the body, sent back as query `param`.
    Cursor { param: String, next_pointer: String },
    /// A cursor in response header `header`, sent back as query `param`.
    CursorHeader { param: String, header: String },
    /// The last item's id (at `id_pointer`) sent back as query `param`.
    LastItemCursor { param: String, id_pointer: String },
    /// `Link: <…>; rel="next"`.
    LinkHeader,
    /// Offset and limit query parameters.
    OffsetLimit {
        offset_param: String,
        limit_param: String,
        limit: u64,
    },
    /// An offset parameter alone.
    Offset { offset_param: String },
    /// Page numbers from `first`.
    PageNumber { param: String, first: u64 },
}

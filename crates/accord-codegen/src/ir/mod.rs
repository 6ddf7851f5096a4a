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
    #[serde(flatten)]
    pub kind: TypeKind,
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

/// `fn name() -> ty { expr }` in the `defaults` module.
#[derive(Debug, Clone, Serialize)]
pub struct DefaultFn {
    pub name: String,
    pub ty: Ty,
    pub expr: String,
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
    /// `oauth2`, `bearer`, `basic`, `api_key_header`, `api_key_query`.
    pub kind: String,
    pub token_url: Option<String>,
    pub key_name: Option<String>,
    pub scopes: Vec<String>,
    pub doc: Vec<String>,
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
    /// `path`, `query`, `header`.
    pub location: String,
    /// `simple`, `array`, `delimited`, `deep`.
    pub style: String,
    pub explode: bool,
    pub delimiter: String,
    pub doc: Vec<String>,
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
    /// `json`, `form`, `multipart`, `bytes`, `text`.
    pub kind: String,
    pub content_type: String,
    pub ty: Ty,
    pub required: bool,
}

/// What a successful response is read as.
#[derive(Debug, Clone, Serialize)]
pub struct Response {
    /// `json`, `empty`, `text`, `bytes`, or `by_status` when success statuses carry
    /// different types: `ty` is then an enum with one variant per status.
    pub kind: String,
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
    /// The Rust pattern matching it on a `u16` (`201`, `200..=299`, `_`).
    pub pattern: String,
    /// `json`, `empty`, `text`, `bytes`.
    pub kind: String,
    /// The body type (`()` for `empty`).
    pub ty: Ty,
    pub doc: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TenantIr {
    /// `header` or `path`.
    pub kind: String,
    pub name: String,
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

//! The Contract model: what every analyser reads. One shape for OpenAPI 3.0/3.1, AsyncAPI
//! 2.x/3.0 and standalone JSON Schema documents, with a [`Loc`] on every element.

use std::sync::Arc;

use indexmap::IndexMap;
use serde_json::Value;

use crate::conventions::{MediaRange, OAuthFlowKind, ParamStyle, StatusKey};
use crate::finding::SpecFinding;
use crate::loc::Loc;
use crate::node::Node;
use crate::schema::{SchemaArena, SchemaId};

/// What kind of document a contract was loaded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    OpenApi30,
    OpenApi31,
    AsyncApi2,
    AsyncApi3,
    /// A standalone JSON Schema file (our canonical objects).
    JsonSchema,
}

impl DocumentKind {
    pub fn is_openapi(self) -> bool {
        matches!(self, DocumentKind::OpenApi30 | DocumentKind::OpenApi31)
    }
    pub fn is_asyncapi(self) -> bool {
        matches!(self, DocumentKind::AsyncApi2 | DocumentKind::AsyncApi3)
    }
}

/// A loaded contract.
#[derive(Clone, Debug)]
pub struct Contract {
    pub kind: DocumentKind,
    /// The `openapi` / `asyncapi` / `$schema` value as written.
    pub spec_version: String,
    pub info: Info,
    pub servers: Vec<Server>,
    pub json_schema_dialect: Option<String>,
    /// Every key of `paths`, in document order (including paths with no operation).
    pub paths: Vec<String>,
    /// HTTP operations, in document order.
    pub operations: Vec<Operation>,
    /// OpenAPI 3.1 `webhooks`: requests the vendor sends us. `path` holds the webhook name.
    pub webhooks: Vec<Operation>,
    /// Top-level security requirements (alternatives); `None` when absent.
    pub security: Option<Vec<SecurityRequirement>>,
    pub security_schemes: IndexMap<String, SecurityScheme>,
    pub tags: Vec<Tag>,
    pub schemas: SchemaArena,
    /// Named schemas: `components/schemas` (OpenAPI, AsyncAPI), `$defs` and the root of a
    /// standalone JSON Schema.
    pub components: IndexMap<String, SchemaId>,
    /// Every component declared under `components/<kind>/<name>` (all kinds), for unused-
    /// component checks: kind → name → location.
    pub component_decls: IndexMap<String, IndexMap<String, Loc>>,
    /// Every `$ref` written in the document set, with where it was written.
    pub refs: Vec<RefUse>,
    /// The root schema of a standalone JSON Schema document.
    pub root_schema: Option<SchemaId>,
    /// AsyncAPI channels.
    pub channels: Vec<Channel>,
    /// AsyncAPI operations (3.0 `operations`; 2.x `publish`/`subscribe`).
    pub event_operations: Vec<EventOperation>,
    pub extensions: IndexMap<String, Value>,
    /// Defects of a document that still loaded.
    pub findings: Vec<SpecFinding>,
    /// The files read, for source excerpts and pointer lookups.
    pub sources: Sources,
}

impl Contract {
    /// The root file of the contract.
    pub fn file(&self) -> &Arc<str> {
        &self.sources.files[0].path
    }

    /// The operation with this `METHOD /path` key.
    pub fn operation(&self, key: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.key() == key)
    }

    /// The security requirements that apply to `op` (its own, else the document's).
    pub fn effective_security<'a>(&'a self, op: &'a Operation) -> &'a [SecurityRequirement] {
        op.security
            .as_deref()
            .or(self.security.as_deref())
            .unwrap_or(&[])
    }

    /// The channel with this name.
    pub fn channel(&self, name: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.name == name)
    }
}

/// Every file a contract was read from.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub files: Vec<SourceFile>,
    /// The overlays applied to the root file, in order. Each one's `root` is the overlaid
    /// root file's tree, since the pointers of locations in an overlay are pointers into
    /// the contract (the overlay's `text` is its own, for excerpts).
    pub overlays: Vec<SourceFile>,
    pub(crate) origins: crate::overlay::Origins,
}

impl Sources {
    pub fn get(&self, path: &str) -> Option<&SourceFile> {
        self.files
            .iter()
            .chain(&self.overlays)
            .find(|f| &*f.path == path)
    }

    /// The overlay action that removed the node at `pointer` of the root file (or an
    /// ancestor of it), if one did: where a diff locates a removal an overlay made.
    pub fn removed_by(&self, pointer: &str) -> Option<&Loc> {
        self.origins.removed_by(pointer)
    }

    /// The overlay file that wrote the node at `pointer` of the root file, if one did.
    pub fn overlay_of(&self, pointer: &str) -> Option<&Arc<str>> {
        self.origins.file_of(pointer)
    }

    /// The located node at `loc`, if its file is part of the contract.
    pub fn node(&self, loc: &Loc) -> Option<&Node> {
        let file = self.get(&loc.file)?;
        file.root.at_pointer(&loc.pointer)
    }

    /// Source text of a file, for excerpts.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path).map(|f| &*f.text)
    }
}

/// One file of a contract.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: Arc<str>,
    pub text: Arc<str>,
    pub root: Arc<Node>,
}

/// A `$ref` as written.
#[derive(Clone, Debug, PartialEq)]
pub struct RefUse {
    pub target: String,
    pub loc: Loc,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Info {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    pub loc: Option<Loc>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
    /// Variable name → default value.
    pub variables: IndexMap<String, String>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub name: String,
    pub description: Option<String>,
}

/// HTTP methods an OpenAPI path item may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub const ALL: [Method; 8] = [
        Method::Get,
        Method::Put,
        Method::Post,
        Method::Delete,
        Method::Options,
        Method::Head,
        Method::Patch,
        Method::Trace,
    ];

    pub fn parse(name: &str) -> Option<Method> {
        Method::ALL
            .into_iter()
            .find(|m| m.lower().eq_ignore_ascii_case(name))
    }
    pub fn lower(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Put => "put",
            Method::Post => "post",
            Method::Delete => "delete",
            Method::Options => "options",
            Method::Head => "head",
            Method::Patch => "patch",
            Method::Trace => "trace",
        }
    }
    pub fn upper(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
    /// Safe methods never change server state (RFC 9110 §9.2.1).
    pub fn is_safe(self) -> bool {
        matches!(
            self,
            Method::Get | Method::Head | Method::Options | Method::Trace
        )
    }
    /// Idempotent methods may be retried without an idempotency key (RFC 9110 §9.2.2).
    pub fn is_idempotent(self) -> bool {
        self.is_safe() || matches!(self, Method::Put | Method::Delete)
    }
}

/// One HTTP operation (or one webhook / callback request).
#[derive(Clone, Debug, PartialEq)]
pub struct Operation {
    pub method: Method,
    /// The path template exactly as the contract spells it (the webhook name for webhooks).
    pub path: String,
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub deprecated: bool,
    /// Path-item and operation parameters merged (the operation's win).
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    /// In document order.
    pub responses: Vec<Response>,
    /// `None`: inherits the document's; `Some(vec![])`: explicitly open.
    pub security: Option<Vec<SecurityRequirement>>,
    pub servers: Vec<Server>,
    pub callbacks: Vec<Callback>,
    pub extensions: IndexMap<String, Value>,
    pub loc: Loc,
}

impl Operation {
    /// `METHOD /path/{template}`, the key every report uses.
    pub fn key(&self) -> String {
        format!("{} {}", self.method.upper(), self.path)
    }

    pub fn parameter(&self, location: ParamIn, name: &str) -> Option<&Parameter> {
        self.parameters
            .iter()
            .find(|p| p.location == location && p.name.eq_ignore_ascii_case(name))
    }

    /// The response documented under exactly this key (`"200"`, `"4XX"`, `"default"`).
    pub fn response(&self, key: impl Into<StatusKey>) -> Option<&Response> {
        let key = key.into();
        self.responses.iter().find(|r| r.status == key)
    }

    /// The documented response that covers a real `status`: the exact code, then its `NXX`
    /// range, then `default`. Every analyser asks this one question the same way.
    pub fn documented(&self, status: u16) -> Option<&Response> {
        self.responses
            .iter()
            .filter(|r| r.status.covers(status))
            .min_by(|a, b| a.status.cmp(&b.status))
    }

    /// Responses with a 2XX status (or `2XX`).
    pub fn success_responses(&self) -> impl Iterator<Item = &Response> {
        self.responses.iter().filter(|r| r.status.is_success())
    }

    /// The sunset date the operation declares as an extension (`x-sunset`, `x-sunset-date`
    /// or `sunset`, any case), as written.
    pub fn sunset(&self) -> Option<&str> {
        self.extensions.iter().find_map(|(k, v)| {
            ["x-sunset", "x-sunset-date", "sunset"]
                .iter()
                .any(|name| k.eq_ignore_ascii_case(name))
                .then(|| v.as_str())
                .flatten()
        })
    }
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ParamIn {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamIn {
    pub fn parse(name: &str) -> Option<ParamIn> {
        Some(match name {
            "path" => ParamIn::Path,
            "query" => ParamIn::Query,
            "header" => ParamIn::Header,
            "cookie" => ParamIn::Cookie,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            ParamIn::Path => "path",
            ParamIn::Query => "query",
            ParamIn::Header => "header",
            ParamIn::Cookie => "cookie",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub location: ParamIn,
    pub required: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    /// As written; [`Parameter::effective_style`] applies the location's default.
    pub style: Option<ParamStyle>,
    pub explode: Option<bool>,
    pub allow_empty_value: bool,
    pub schema: Option<SchemaId>,
    /// `content` form of a parameter (rare).
    pub content: Vec<MediaType>,
    pub examples: Vec<Example>,
    pub extensions: IndexMap<String, Value>,
    pub loc: Loc,
}

impl Parameter {
    /// The style the parameter is serialised in: its own, else its location's default.
    pub fn effective_style(&self) -> ParamStyle {
        self.style
            .clone()
            .unwrap_or_else(|| ParamStyle::default_for(self.location))
    }

    /// Whether arrays and objects explode (`explode`, defaulting to true for `form`).
    pub fn effective_explode(&self) -> bool {
        self.explode
            .unwrap_or(self.effective_style() == ParamStyle::Form)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RequestBody {
    pub required: bool,
    pub description: Option<String>,
    pub content: Vec<MediaType>,
    pub loc: Loc,
}

/// One entry of a `content` map.
#[derive(Clone, Debug, PartialEq)]
pub struct MediaType {
    /// e.g. `application/json`, as written and parsed.
    pub name: MediaRange,
    pub schema: Option<SchemaId>,
    pub examples: Vec<Example>,
    pub loc: Loc,
}

/// An `example` or one entry of `examples`.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// The key under `examples`; `None` for a lone `example`.
    pub name: Option<String>,
    pub value: Value,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    /// `200`, `4XX` or `default`.
    pub status: StatusKey,
    pub description: Option<String>,
    pub headers: Vec<Header>,
    pub content: Vec<MediaType>,
    pub links: Vec<Link>,
    pub loc: Loc,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&Header> {
        self.headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case(name))
    }
    /// The content entry for exactly this media type (parameters and case ignored).
    pub fn media_type(&self, name: &str) -> Option<&MediaType> {
        let wanted = MediaRange::parse(name);
        self.content.iter().find(|m| m.name == wanted)
    }

    /// The content entry whose documented range covers `actual` (exact type first).
    pub fn media_type_covering(&self, actual: &MediaRange) -> Option<&MediaType> {
        self.content
            .iter()
            .find(|m| m.name == *actual)
            .or_else(|| self.content.iter().find(|m| m.name.covers(actual)))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Header {
    pub name: String,
    pub required: bool,
    pub deprecated: bool,
    pub description: Option<String>,
    pub schema: Option<SchemaId>,
    /// The header's own `example` and `examples` (not its schema's): a `Sunset` header
    /// (RFC 8594) often gives its date only here.
    pub examples: Vec<Example>,
    pub loc: Loc,
}

/// An OpenAPI link from a response to another operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub name: String,
    pub operation_id: Option<String>,
    pub operation_ref: Option<String>,
    /// Parameter name → runtime expression or constant.
    pub parameters: IndexMap<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Callback {
    pub name: String,
    /// Path holds the callback's URL expression.
    pub operations: Vec<Operation>,
}

/// Scheme name → required scopes. One requirement; an operation lists alternatives.
pub type SecurityRequirement = IndexMap<String, Vec<String>>;

#[derive(Clone, Debug, PartialEq)]
pub struct SecurityScheme {
    pub name: String,
    pub kind: SecuritySchemeKind,
    pub description: Option<String>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SecuritySchemeKind {
    ApiKey {
        location: ParamIn,
        name: String,
    },
    Http {
        scheme: String,
        bearer_format: Option<String>,
    },
    OAuth2 {
        flows: Vec<OAuthFlow>,
    },
    OpenIdConnect {
        url: String,
    },
    MutualTls,
    /// An AsyncAPI or unknown type, kept by name.
    Other(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct OAuthFlow {
    pub kind: OAuthFlowKind,
    pub authorization_url: Option<String>,
    pub token_url: Option<String>,
    pub refresh_url: Option<String>,
    /// Scope → description.
    pub scopes: IndexMap<String, String>,
}

/// An AsyncAPI channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Channel {
    /// The key under `channels` (2.x: the address itself).
    pub name: String,
    /// 3.0 `address` (2.x: same as `name`).
    pub address: Option<String>,
    pub description: Option<String>,
    pub parameters: Vec<String>,
    pub messages: Vec<Message>,
    pub bindings: Option<Value>,
    pub extensions: IndexMap<String, Value>,
    pub loc: Loc,
}

impl Channel {
    pub fn message(&self, name: &str) -> Option<&Message> {
        self.messages.iter().find(|m| m.name == name)
    }
}

/// Who sends the messages of an [`EventOperation`], from the application the document
/// describes. 2.x `subscribe` is [`Action::Send`] (the application publishes, we consume);
/// 2.x `publish` is [`Action::Receive`] (we send it to the application).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    Send,
    Receive,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventOperation {
    /// 3.0 operation key; 2.x `operationId`, else `publish <channel>` / `subscribe <channel>`.
    pub id: String,
    pub action: Action,
    /// The channel's name.
    pub channel: String,
    /// Names of the channel's messages this operation carries (all of them when unspecified).
    pub messages: Vec<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub security: Option<Vec<SecurityRequirement>>,
    pub bindings: Option<Value>,
    pub extensions: IndexMap<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// The key it is known by (3.0 channel message key; 2.x `name`, `messageId` or the
    /// component name; else `<channel>.message`).
    pub name: String,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub content_type: Option<String>,
    pub headers: Option<SchemaId>,
    pub payload: Option<SchemaId>,
    pub correlation_id: Option<CorrelationId>,
    pub examples: Vec<MessageExample>,
    pub bindings: Option<Value>,
    pub extensions: IndexMap<String, Value>,
    pub loc: Loc,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CorrelationId {
    /// Runtime expression, e.g. `$message.header#/correlationId`.
    pub location: String,
    pub description: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MessageExample {
    pub name: Option<String>,
    pub headers: Option<Value>,
    pub payload: Option<Value>,
    pub loc: Loc,
}

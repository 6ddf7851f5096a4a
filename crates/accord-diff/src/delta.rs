//! The structural diff's output: opinion-free [`Delta`]s (added, removed, changed), keyed by
//! operation or channel and by JSON pointer. The breaking checks judge these; nothing here
//! decides a level.

use accord_spec::Loc;

/// Which side of the exchange a delta is on. For HTTP: what the client sends (`Request`)
/// or receives (`Response`). For events: `Response` is a message the consumer receives
/// (AsyncAPI 2.x `subscribe`, 3.0 `send`), `Request` one the consumer sends to the vendor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Document-wide (info, servers, security schemes, components).
    Document,
    /// Operation-wide (the operation itself, its security).
    Operation,
    Request,
    Response,
}

/// Declares [`Kind`] and [`Kind::ALL`] from one list, so the list every kind of change is
/// enumerated from (the ownership test: every kind on every side has a check) cannot miss
/// a variant.
macro_rules! kinds {
    ($($(#[$meta:meta])* $name:ident,)*) => {
        /// What changed, structurally.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($(#[$meta])* $name,)*
        }

        impl Kind {
            /// Every kind, in declaration order.
            pub const ALL: &'static [Kind] = &[$(Kind::$name,)*];
        }
    };
}

kinds! {
    // document
    InfoVersionChanged,
    ServerAdded,
    ServerRemoved,
    SecuritySchemeAdded,
    SecuritySchemeRemoved,
    SecuritySchemeTypeChanged,
    SecuritySchemeUrlChanged,
    ApiKeyChanged,
    OAuthFlowAdded,
    OAuthFlowRemoved,
    OAuthScopeAdded,
    OAuthScopeRemoved,
    ComponentAdded,
    ComponentRemoved,
    // operations
    OperationAdded,
    /// `flag`: the old operation was deprecated; `old_value`: its sunset date, if any.
    OperationRemoved,
    OperationDeprecated,
    OperationUndeprecated,
    OperationIdChanged,
    /// The operation's sunset (`x-sunset`, a `Sunset` header) is written like a date but
    /// names no day of the calendar (`2025-02-31`); `new_value` is the text.
    SunsetDateInvalid,
    /// A 3.1 webhook: a request the vendor sends us.
    WebhookAdded,
    WebhookRemoved,
    /// An operation's callback (or one operation of it): a request the vendor sends us.
    CallbackAdded,
    CallbackRemoved,
    SecurityAdded,
    SecurityRemoved,
    SecurityScopeAdded,
    SecurityScopeRemoved,
    SecurityAlternativeAdded,
    SecurityAlternativeRemoved,
    // parameters (`flag`: required)
    ParameterAdded,
    ParameterRemoved,
    ParameterBecameRequired,
    ParameterBecameOptional,
    ParameterDeprecated,
    ParameterStyleChanged,
    // bodies, media types, responses, headers
    RequestBodyAdded,
    RequestBodyRemoved,
    RequestBodyBecameRequired,
    RequestBodyBecameOptional,
    MediaTypeAdded,
    MediaTypeRemoved,
    /// `flag`: a success (2XX) status.
    ResponseAdded,
    ResponseRemoved,
    HeaderAdded,
    HeaderRemoved,
    HeaderBecameRequired,
    HeaderBecameOptional,
    // schemas
    TypeNarrowed,
    TypeWidened,
    TypeChanged,
    FormatAdded,
    FormatRemoved,
    FormatChanged,
    EnumValueAdded,
    EnumValueRemoved,
    /// An enum value replaced in place: `old_value` became `new_value`.
    EnumValueRenamed,
    EnumAdded,
    EnumRemoved,
    ConstChanged,
    DefaultChanged,
    PropertyAdded,
    PropertyRemoved,
    PropertyBecameRequired,
    PropertyBecameOptional,
    PropertyDeprecated,
    NullableAdded,
    NullableRemoved,
    RangeNarrowed,
    RangeWidened,
    LengthNarrowed,
    LengthWidened,
    ItemsCountNarrowed,
    ItemsCountWidened,
    PropertiesCountNarrowed,
    PropertiesCountWidened,
    PatternAdded,
    PatternRemoved,
    PatternChanged,
    AdditionalPropertiesNarrowed,
    AdditionalPropertiesWidened,
    VariantAdded,
    VariantRemoved,
    /// The discriminator's property name changed.
    DiscriminatorChanged,
    /// A `oneOf`/`anyOf` gained a discriminator (validation is unchanged: a hint).
    DiscriminatorAdded,
    DiscriminatorRemoved,
    DiscriminatorMappingAdded,
    DiscriminatorMappingRemoved,
    /// A mapping value gone and a new one mapped to the same schema.
    DiscriminatorMappingRenamed,
    BecameReadOnly,
    NoLongerReadOnly,
    BecameWriteOnly,
    NoLongerWriteOnly,
    /// A JSON Schema 2020-12 assertion or applicator (`contains`, `prefixItems`,
    /// `patternProperties`, `propertyNames`, `dependentRequired`, `dependentSchemas`,
    /// `if`/`then`/`else`, `unevaluated*`, `content*`, `not`) gained: the schema admits fewer
    /// values. `new_value` names the keyword.
    ConstraintAdded,
    /// Such a keyword dropped: the schema admits more values.
    ConstraintRemoved,
    /// Such a keyword changed in a way that is neither narrower nor wider (`not` changed,
    /// `contentEncoding` changed, a `dependentRequired` list replaced).
    ConstraintChanged,
    /// A bare schema wrapped in `oneOf`/`anyOf` (or a composition added beside the old
    /// constraints). `flag`: every payload the old schema admitted still validates.
    CompositionAdded,
    /// A `oneOf`/`anyOf` dropped. `flag`: every value the new schema admits was admitted
    /// before (the new schema lies within one old alternative).
    CompositionRemoved,
    /// A parameter's `default` changed: clients that omit it get another behaviour.
    ParameterDefaultChanged,
    /// `x-stability-level` lowered (stable → beta → alpha → draft).
    StabilityDecreased,
    /// `x-stability-level` raised.
    StabilityIncreased,
    // events
    ChannelAdded,
    ChannelRemoved,
    ChannelAddressChanged,
    EventOperationAdded,
    EventOperationRemoved,
    EventOperationActionChanged,
    MessageAdded,
    MessageRemoved,
}

/// One structural difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Delta {
    pub kind: Kind,
    pub scope: Scope,
    /// `METHOD /path` (the new spelling when both exist).
    pub operation: Option<String>,
    pub channel: Option<String>,
    /// Where inside the operation: `response 200 (application/json)`, `query parameter
    /// \`since\``; empty for the operation or document itself.
    pub place: String,
    /// What changed: a property path (`address.city`, `lines[]`), a name, a status.
    pub target: String,
    pub old_value: String,
    pub new_value: String,
    /// Kind-specific: required (added parameters, properties, headers, bodies), deprecated
    /// (removed operations), success status (responses).
    pub flag: bool,
    /// The property was `readOnly` (never in requests) on the side it exists.
    pub read_only: bool,
    /// The property was `writeOnly` (never in responses) on the side it exists.
    pub write_only: bool,
    /// Whether the change sits in a message (events) rather than an HTTP operation.
    pub event: bool,
    pub old: Option<Loc>,
    pub new: Option<Loc>,
    /// The only side this delta means something on (a composition judged by whether old
    /// payloads still validate is a request matter; the same change seen variant by variant
    /// is the response's); `None`: both.
    pub only: Option<Scope>,
    /// Named schemas this change sits under, with the property path relative to each
    /// (`("Contact", "address.city")`), for consumer impact.
    pub anchors: Vec<(String, String)>,
}

impl Delta {
    pub fn new(kind: Kind, scope: Scope) -> Delta {
        Delta {
            kind,
            scope,
            operation: None,
            channel: None,
            place: String::new(),
            target: String::new(),
            old_value: String::new(),
            new_value: String::new(),
            flag: false,
            read_only: false,
            write_only: false,
            event: false,
            only: None,
            old: None,
            new: None,
            anchors: Vec::new(),
        }
    }
}

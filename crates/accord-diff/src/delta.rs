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

/// Declares [`Kind`] from one list, with [`Kind::every`] (each variant once, its data at
/// defaults) and [`Kind::name`], so the list every kind of change is enumerated from (the
/// ownership test: every kind on every side, with each value of its data, has a check) cannot
/// miss a variant.
macro_rules! kinds {
    ($($(#[$meta:meta])* $name:ident $({ $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? })?,)*) => {
        /// What changed, structurally, with the data the checks judge it by: a check matches
        /// on a variant and its fields, never on a message string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($(#[$meta])* $name $({ $($(#[$fmeta])* $field: $ty),* })?,)*
        }

        impl Kind {
            /// Every kind once, in declaration order, its data at defaults.
            pub fn every() -> Vec<Kind> {
                vec![$(Kind::$name $({ $($field: Default::default()),* })?,)*]
            }

            /// The variant's name (`OperationRemoved`), without its data.
            pub fn name(&self) -> &'static str {
                match self {
                    $(Kind::$name { .. } => stringify!($name),)*
                }
            }
        }
    };
}

/// The announced end of an operation that was removed, as far as the diff knows it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sunset {
    /// No sunset date (none written, or not a date).
    #[default]
    None,
    /// A sunset date, not yet compared with today (the structural diff knows no today).
    Announced(time::Date),
    /// The sunset date is still to come: the removal is early.
    Pending(time::Date),
    /// The sunset date has passed: the removal was announced and is due.
    Passed(time::Date),
}

impl Sunset {
    /// The sunset as of `today`: [`Sunset::Announced`] becomes pending or passed.
    pub fn as_of(self, today: Option<time::Date>) -> Sunset {
        match (self, today) {
            (Sunset::Announced(date), Some(today)) if date < today => Sunset::Passed(date),
            (Sunset::Announced(date), Some(_)) => Sunset::Pending(date),
            (other, _) => other,
        }
    }
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
    /// `deprecated`: the old operation was deprecated (or announced a `Sunset`);
    /// `sunset`: its sunset date, if any.
    OperationRemoved { deprecated: bool, sunset: Sunset },
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
    /// `still_served`: every client of the removed alternative is served by one that stays.
    SecurityAlternativeRemoved { still_served: bool },
    // parameters
    ParameterAdded { required: bool },
    ParameterRemoved { required: bool },
    ParameterBecameRequired,
    ParameterBecameOptional,
    ParameterDeprecated,
    ParameterStyleChanged,
    // bodies, media types, responses, headers
    RequestBodyAdded { required: bool },
    RequestBodyRemoved,
    RequestBodyBecameRequired,
    RequestBodyBecameOptional,
    MediaTypeAdded,
    MediaTypeRemoved,
    /// `success`: a success (2XX) status.
    ResponseAdded { success: bool },
    ResponseRemoved { success: bool },
    HeaderAdded { required: bool },
    HeaderRemoved { required: bool },
    HeaderBecameRequired,
    HeaderBecameOptional,
    // schemas
    TypeNarrowed,
    TypeWidened,
    /// `loose`: inside a media type that carries text rather than JSON types (XML, form
    /// data, plain text), where the declared type says less about the bytes exchanged.
    TypeChanged { loose: bool },
    FormatAdded,
    FormatRemoved,
    FormatChanged,
    /// `extensible`: a value of `x-extensible-enum`, which clients must already tolerate.
    EnumValueAdded { extensible: bool },
    EnumValueRemoved,
    /// An enum value replaced in place: `old_value` became `new_value`.
    EnumValueRenamed,
    EnumAdded,
    EnumRemoved,
    ConstChanged,
    DefaultChanged,
    PropertyAdded { required: bool },
    PropertyRemoved { required: bool },
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
    /// constraints). `compatible`: every payload the old schema admitted still validates.
    CompositionAdded { compatible: bool },
    /// A `oneOf`/`anyOf` dropped. `compatible`: every value the new schema admits was
    /// admitted before (the new schema lies within one old alternative).
    CompositionRemoved { compatible: bool },
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
    /// The old and new values as the message shows them; display text only (what a check
    /// decides on is in the [`Kind`]).
    pub old_value: String,
    pub new_value: String,
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

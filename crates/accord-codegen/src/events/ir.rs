//! The event IR: what the `templates/events/` templates see. Every name is chosen and
//! every Rust type spelled before rendering, as for client crates.

use serde::Serialize;

/// A whole event crate.
#[derive(Debug, Clone, Serialize)]
pub struct EventCrateIr {
    /// Package name (kebab-case).
    pub crate_name: String,
    /// Library name (snake_case), as used in `use` paths.
    pub lib_name: String,
    pub title: String,
    pub version: String,
    pub description: Vec<String>,
    /// The contract file(s) the crate was generated from, for the README.
    pub sources: Vec<String>,
    pub deny_warnings: bool,
    /// `asyncapi 3.0.0`, `openapi 3.1.0`: what the document says it is.
    pub spec: String,
    /// One type alias per message (deduplicated across channels).
    pub messages: Vec<MessageAlias>,
    /// One dispatch enum per channel.
    pub channels: Vec<Dispatch>,
    /// Examples of the contract, for the generated round-trip test.
    pub examples: Vec<ExampleIr>,
}

/// `pub type <name> = <ty>;`: the type of one message's payload, named after the message.
#[derive(Debug, Clone, Serialize)]
pub struct MessageAlias {
    pub name: String,
    pub ty: String,
    /// The type of the message's headers, when it declares a headers schema.
    pub headers_name: Option<String>,
    pub headers_ty: Option<String>,
    pub doc: Vec<String>,
}

/// An enum over messages that can arrive together (the messages of a channel, or every
/// webhook, or every callback, of an OpenAPI document) and how a JSON payload picks its
/// variant.
#[derive(Debug, Clone, Serialize)]
pub struct Dispatch {
    pub enum_name: String,
    /// The variant of the crate-level `Event` enum that holds this one.
    pub event_variant: String,
    /// The channel key as the contract names it (empty for the webhook and callback enums).
    pub channel: String,
    /// The 3.0 `address`, when it differs from the key.
    pub address: Option<String>,
    /// The envelope `source`: the address, else the channel key.
    pub source: String,
    pub doc: Vec<String>,
    /// A top-level payload property whose constant value names the message.
    pub discriminator: Option<String>,
    pub variants: Vec<Variant>,
    /// Variant names in the order a payload without a discriminator is tried: the most
    /// demanding schema first, so a payload is never taken by a message that would drop
    /// some of its properties.
    pub try_order: Vec<usize>,
    /// Names a captured line may give the channel (key, address), unique in the crate.
    pub selectors: Vec<String>,
    /// What the contract keys the messages by, for the enums of client crates
    /// (`webhook`, `callback`); `None` for channels.
    pub key_kind: Option<String>,
}

/// One message of a [`Dispatch`].
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    pub name: String,
    /// The message name (what the capture format and a CloudEvents `type` call it).
    pub message: String,
    /// Names that select the message (its name, title, webhook key...), unique within
    /// the enum, so every match arm is reachable.
    pub selectors: Vec<String>,
    /// The channel the message arrives on (the webhook key for webhooks).
    pub channel: String,
    /// The envelope `source` of the message: its channel's address, else its key.
    pub source: String,
    pub ty: String,
    pub doc: Vec<String>,
    /// The discriminator's value for this message.
    pub tag_value: Option<String>,
    /// Top-level payload properties that fill envelope attributes.
    pub envelope: EnvelopeFields,
}

/// JSON names of the payload properties that carry envelope attributes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct EnvelopeFields {
    pub id: Option<String>,
    pub occurred_at: Option<String>,
    pub tenant: Option<String>,
    pub correlation_id: Option<String>,
    pub schema_version: Option<String>,
}

/// One example of the contract: the payload, as compact JSON text.
#[derive(Debug, Clone, Serialize)]
pub struct ExampleIr {
    pub channel: String,
    pub message: String,
    pub payload: String,
}

//! The index of everything a contract says can arrive as an event, and resolution of a
//! captured line to one of its messages.
//!
//! Which channels and messages a contract has, and what each is called, is
//! [`accord_spec::events`]'s to say (generated event crates read the same list); this
//! module adds what testing events needs: a message's direction follows the operations
//! (messages the described application sends ([`Action::Send`]) are what we receive and
//! validate as responses; messages only sent to it ([`Action::Receive`]) are what we send
//! and validate as requests), its envelope, its discriminating constants and the schema
//! versions it knows.
//!
//! Which message a line is: its explicit `message` (name, else title, else name ignoring
//! case); else the channel's only message; else the message whose name, title or payload
//! `type` constant equals the payload's `type` (or the CloudEvents `type`); else the
//! message whose payload constants (a discriminator) all match; else the only message
//! whose payload schema accepts the line.

use accord_schema::{Direction, ValidatorCache};
use accord_spec::events::{self, MessageHeaders};
use accord_spec::{Action, Contract, SchemaId};
use serde_json::Value;

use super::capture::Captured;
use super::envelope::{EnvelopeSpec, Shape, major_minor, property_names, scalar_text};

pub use accord_spec::events::ChannelKind;

/// A header parameter of a webhook or callback.
#[derive(Clone, Debug, PartialEq)]
pub struct HeaderParam {
    pub name: String,
    pub required: bool,
    pub schema: Option<SchemaId>,
}

/// What a message says about headers.
#[derive(Clone, Debug, PartialEq)]
pub enum Headers {
    None,
    /// An AsyncAPI headers schema.
    Schema(SchemaId),
    /// HTTP header parameters (names match ignoring case).
    Params(Vec<HeaderParam>),
}

/// One message of a channel.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMessage {
    pub name: String,
    pub title: Option<String>,
    pub payload: Option<SchemaId>,
    pub headers: Headers,
    /// Response for what we receive, Request for what we send.
    pub direction: Direction,
    pub envelope: EnvelopeSpec,
    /// Top-level payload properties fixed by `const` (or a one-value `enum`): a
    /// discriminator.
    pub constants: Vec<(String, Value)>,
    /// Example (headers, payload) pairs of the contract.
    pub examples: Vec<(Option<Value>, Option<Value>)>,
    /// Schema versions the contract knows for this message (see `unknown_schema_version`).
    pub known_versions: Vec<String>,
}

/// One channel (an AsyncAPI channel, a webhook or a callback).
#[derive(Clone, Debug, PartialEq)]
pub struct EventChannel {
    pub name: String,
    pub address: Option<String>,
    pub kind: ChannelKind,
    pub messages: Vec<EventMessage>,
}

/// Every channel of a contract, in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub channels: Vec<EventChannel>,
}

/// Why a line could not be resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum Unresolved {
    Channel(String),
    Message { channel: usize, message: String },
}

impl Catalog {
    pub fn new(contract: &Contract) -> Catalog {
        let channels = events::event_channels(contract)
            .into_iter()
            .map(|channel| EventChannel {
                messages: channel
                    .messages
                    .into_iter()
                    .map(|m| {
                        let direction = match m.origin {
                            events::MessageOrigin::AsyncApi { .. } => {
                                direction_of(contract, &channel.name, &m.name)
                            }
                            _ => Direction::Response,
                        };
                        let headers = match m.headers {
                            MessageHeaders::None => Headers::None,
                            MessageHeaders::Schema(id) => Headers::Schema(id),
                            MessageHeaders::Params(params) => Headers::Params(
                                params
                                    .into_iter()
                                    .map(|p| HeaderParam {
                                        name: p.name.clone(),
                                        required: p.required,
                                        schema: p.schema,
                                    })
                                    .collect(),
                            ),
                        };
                        message(
                            contract,
                            &m.extensions,
                            m.name,
                            m.title.map(str::to_string),
                            m.payload,
                            headers,
                            direction,
                            m.examples,
                        )
                    })
                    .collect(),
                name: channel.name,
                address: channel.address,
                kind: channel.kind,
            })
            .collect();
        Catalog { channels }
    }

    /// The channel a line names: by name, else by address.
    pub fn channel(&self, name: &str) -> Option<usize> {
        self.channels
            .iter()
            .position(|c| c.name == name)
            .or_else(|| {
                self.channels
                    .iter()
                    .position(|c| c.address.as_deref() == Some(name))
            })
    }

    /// The (channel, message) indexes of a captured line.
    pub fn resolve(
        &self,
        contract: &Contract,
        cache: &mut ValidatorCache,
        event: &Captured,
    ) -> Result<(usize, usize), Unresolved> {
        match &event.channel {
            Some(name) => {
                let c = self
                    .channel(name)
                    .ok_or_else(|| Unresolved::Channel(name.clone()))?;
                let m = self.message_in(contract, cache, c, event, false)?;
                Ok((c, m))
            }
            None => {
                // No channel: the message decides, if exactly one channel has it.
                let found: Vec<(usize, usize)> = (0..self.channels.len())
                    .filter_map(|c| {
                        self.message_in(contract, cache, c, event, true)
                            .ok()
                            .map(|m| (c, m))
                    })
                    .collect();
                match found.as_slice() {
                    [one] => Ok(*one),
                    _ => Err(Unresolved::Channel(String::new())),
                }
            }
        }
    }

    /// `strict` (no channel named): only a name, title, `type` or discriminator match counts.
    fn message_in(
        &self,
        contract: &Contract,
        cache: &mut ValidatorCache,
        c: usize,
        event: &Captured,
        strict: bool,
    ) -> Result<usize, Unresolved> {
        let ch = &self.channels[c];
        let unresolved = |m: &str| Unresolved::Message {
            channel: c,
            message: m.to_string(),
        };
        if let (Some(wanted), super::capture::Form::Capture) = (&event.message, event.form) {
            return ch
                .messages
                .iter()
                .position(|m| m.name == *wanted)
                .or_else(|| {
                    ch.messages
                        .iter()
                        .position(|m| m.title.as_deref() == Some(wanted))
                })
                .or_else(|| {
                    ch.messages
                        .iter()
                        .position(|m| m.name.eq_ignore_ascii_case(wanted))
                })
                .ok_or_else(|| unresolved(wanted));
        }
        if ch.messages.len() == 1 && event.message.is_none() && !strict {
            return Ok(0);
        }
        // A type naming the message: the CloudEvents type, else the payload's `type`.
        let type_name = event
            .message
            .clone()
            .or_else(|| event.payload.get("type").and_then(scalar_text));
        if let Some(t) = &type_name {
            let by_type: Vec<usize> = (0..ch.messages.len())
                .filter(|i| {
                    let m = &ch.messages[*i];
                    m.name == *t
                        || m.title.as_deref() == Some(t)
                        || m.constants
                            .iter()
                            .any(|(k, v)| k == "type" && scalar_text(v).as_deref() == Some(t))
                })
                .collect();
            if let [one] = by_type.as_slice() {
                return Ok(*one);
            }
        }
        if ch.messages.len() == 1 && !strict {
            return Ok(0);
        }
        // A discriminator: every payload constant of the message matches.
        let by_constants: Vec<usize> = (0..ch.messages.len())
            .filter(|i| {
                let m = &ch.messages[*i];
                !m.constants.is_empty()
                    && m.constants
                        .iter()
                        .all(|(k, v)| event.payload.get(k) == Some(v))
            })
            .collect();
        if let [one] = by_constants.as_slice() {
            return Ok(*one);
        }
        if strict {
            return Err(unresolved(type_name.as_deref().unwrap_or_default()));
        }
        // The only message whose schema accepts the payload.
        let accepting: Vec<usize> = (0..ch.messages.len())
            .filter(|i| {
                let m = &ch.messages[*i];
                m.payload.is_some_and(|id| {
                    cache
                        .get(contract, id, m.direction)
                        .is_valid(&event.payload)
                })
            })
            .collect();
        if let [one] = accepting.as_slice() {
            return Ok(*one);
        }
        Err(unresolved(type_name.as_deref().unwrap_or_default()))
    }
}

/// Messages the described application sends are received by us (Response); messages only
/// sent to it are ours to send (Request).
fn direction_of(contract: &Contract, channel: &str, message: &str) -> Direction {
    let ops: Vec<&accord_spec::EventOperation> = contract
        .event_operations
        .iter()
        .filter(|o| {
            o.channel == channel
                && (o.messages.is_empty() || o.messages.iter().any(|m| m == message))
        })
        .collect();
    if !ops.is_empty() && ops.iter().all(|o| o.action == Action::Receive) {
        Direction::Request
    } else {
        Direction::Response
    }
}

#[allow(clippy::too_many_arguments)]
fn message(
    contract: &Contract,
    layers: &[&indexmap::IndexMap<String, Value>],
    name: String,
    title: Option<String>,
    payload: Option<SchemaId>,
    headers: Headers,
    direction: Direction,
    examples: Vec<(Option<Value>, Option<Value>)>,
) -> EventMessage {
    let payload_props = property_names(contract, payload);
    let header_props: Vec<String> = match &headers {
        Headers::None => Vec::new(),
        Headers::Schema(id) => property_names(contract, Some(*id)),
        Headers::Params(ps) => ps.iter().map(|p| p.name.clone()).collect(),
    };
    let shape = Shape {
        payload: payload_props.iter().map(String::as_str).collect(),
        headers: header_props.iter().map(String::as_str).collect(),
    };
    let envelope = EnvelopeSpec::build(layers, &shape);
    let constants = payload
        .map(|id| constants(contract, id))
        .unwrap_or_default();
    let known_versions = known_versions(contract, payload, &envelope, &examples);
    EventMessage {
        name,
        title,
        payload,
        headers,
        direction,
        envelope,
        constants,
        examples,
        known_versions,
    }
}

fn constants(contract: &Contract, id: SchemaId) -> Vec<(String, Value)> {
    let schema = contract.schemas.merged(id);
    schema
        .properties
        .iter()
        .filter_map(|(k, p)| {
            let p = contract.schemas.merged(*p);
            let v = p
                .const_value
                .clone()
                .or_else(|| match p.enum_values.as_deref() {
                    Some([one]) => Some(one.clone()),
                    _ => None,
                })?;
            Some((k.clone(), v))
        })
        .collect()
}

/// The schema versions a consumer built from this contract knows: the declared
/// `schemaVersions`, else the version field's `const`/`enum`, the values in the message's
/// examples and the contract's `info.version`.
fn known_versions(
    contract: &Contract,
    payload: Option<SchemaId>,
    envelope: &EnvelopeSpec,
    examples: &[(Option<Value>, Option<Value>)],
) -> Vec<String> {
    if !envelope.schema_versions.is_empty() {
        return envelope.schema_versions.clone();
    }
    let mut out: Vec<String> = Vec::new();
    for loc in &envelope.schema_version {
        if loc.side == super::envelope::Side::Payload
            && let (Some(id), Some(name)) = (payload, loc.pointer.strip_prefix('/'))
            && let Some(p) = contract.schemas.merged(id).properties.get(name)
        {
            let p = contract.schemas.merged(*p);
            out.extend(
                p.const_value
                    .iter()
                    .chain(p.enum_values.iter().flatten())
                    .filter_map(scalar_text),
            );
        }
        for (h, p) in examples {
            let side = match loc.side {
                super::envelope::Side::Payload => p,
                super::envelope::Side::Headers => h,
            };
            if let Some(v) = side
                .as_ref()
                .and_then(|s| s.pointer(&loc.pointer))
                .and_then(scalar_text)
            {
                out.push(v);
            }
        }
    }
    if !envelope.schema_version.is_empty() && major_minor(&contract.info.version).is_some() {
        out.push(contract.info.version.clone());
    }
    let mut seen = Vec::new();
    out.retain(|v| {
        let fresh = !seen.contains(v);
        seen.push(v.clone());
        fresh
    });
    out
}

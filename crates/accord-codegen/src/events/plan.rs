//! Contract → event IR: which messages arrive together, what each one is called, and
//! how a payload finds its message.
//!
//! Sources of messages: AsyncAPI channels (2.x and 3.0, as the Contract model normalises
//! them), OpenAPI 3.1 `webhooks` (one message per webhook operation, named by its
//! `operationId`, else the webhook key) and callbacks (named by their `operationId`, else
//! `<owner operationId>.<callback>`), as [`accord_spec::events`] lists them for every
//! analyser of events. Payload and header types are built by the [`TypeBuilder`] of
//! client crates, so events get the same type rules (forward-compatible enums included).
//!
//! Dispatch of a JSON payload: when every message of a group declares a string constant
//! for the same top-level property (a discriminator: `type` is preferred), its value
//! picks the message and an unknown value is kept as `Unknown`; otherwise (or when the
//! property is missing) the messages are tried in a fixed order, the most demanding
//! schema first, so a payload is never taken by a message that would drop part of it.

use accord_spec::events::{self, EventChannel, EventMessage, MessageHeaders, MessageOrigin};
use accord_spec::{Contract, SchemaId};
use serde_json::Value;

use super::ir::{Dispatch, EnvelopeFields, ExampleIr, MessageAlias, Variant};
use crate::ir::Ty;
use crate::naming::{Namespace, RESERVED_TYPES, doc_lines, type_ident, variant_ident};
use crate::types::TypeBuilder;

/// Names generated event code relies on, on top of the client's reserved type names.
const RESERVED_EVENT_NAMES: &[&str] = &["Event", "Envelope", "Webhook", "Callback", "Unknown"];

/// Discriminator property names, most conventional first.
const DISCRIMINATOR_NAMES: &[&str] = &[
    "type",
    "eventType",
    "event_type",
    "event",
    "kind",
    "messageType",
    "message_type",
];

/// Top-level payload property names that carry each envelope attribute.
const ID_NAMES: &[&str] = &["eventId", "event_id", "eventID", "messageId", "message_id"];
const OCCURRED_AT_NAMES: &[&str] = &[
    "occurredAt",
    "occurred_at",
    "eventTime",
    "event_time",
    "time",
];
const TENANT_NAMES: &[&str] = &["tenantId", "tenant_id", "tenant"];
const CORRELATION_NAMES: &[&str] = &["correlationId", "correlation_id"];
const VERSION_NAMES: &[&str] = &["schemaVersion", "schema_version"];

/// A group of messages that arrive together, as the contract states them.
pub(crate) struct SourceGroup {
    pub channel: String,
    pub address: Option<String>,
    pub doc: Option<String>,
    pub messages: Vec<SourceMessage>,
}

/// One message, as the contract states it.
pub(crate) struct SourceMessage {
    pub name: String,
    pub aliases: Vec<String>,
    pub channel: String,
    pub source: String,
    pub doc: Vec<String>,
    pub payload: Option<SchemaId>,
    pub headers: Option<SchemaId>,
    pub examples: Vec<Value>,
}

/// Every channel of `contract`, as [`accord_spec::events`] lists them (the list `accord
/// test-events` resolves captured lines against): AsyncAPI channels, then webhooks and
/// callbacks by key.
pub(crate) fn event_groups(contract: &Contract) -> Vec<SourceGroup> {
    events::event_channels(contract)
        .iter()
        .map(|channel| SourceGroup {
            channel: channel.name.clone(),
            address: channel.address.clone(),
            doc: channel.description.map(str::to_string),
            messages: channel
                .messages
                .iter()
                .map(|m| source_message(channel, m))
                .collect(),
        })
        .collect()
}

/// Every OpenAPI 3.1 webhook operation of `contract` as a message, in document order.
pub(crate) fn webhook_messages(contract: &Contract) -> Vec<SourceMessage> {
    messages_where(contract, |origin| {
        matches!(origin, MessageOrigin::Webhook { .. })
    })
}

/// Every callback operation of every operation of `contract` as a message, in document
/// order (owner operation, then callback, then URL expression and method).
pub(crate) fn callback_messages(contract: &Contract) -> Vec<SourceMessage> {
    messages_where(contract, |origin| {
        matches!(origin, MessageOrigin::Callback { .. })
    })
}

fn messages_where(
    contract: &Contract,
    wanted: impl Fn(&MessageOrigin<'_>) -> bool,
) -> Vec<SourceMessage> {
    events::event_channels(contract)
        .iter()
        .flat_map(|channel| {
            channel
                .messages
                .iter()
                .filter(|m| wanted(&m.origin))
                .map(|m| source_message(channel, m))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn source_message(channel: &EventChannel<'_>, m: &EventMessage<'_>) -> SourceMessage {
    let text: Vec<&str> = [m.title, m.summary, m.description]
        .into_iter()
        .flatten()
        .collect();
    let mut doc = doc_lines(Some(&text.join("\n\n")));
    let key = m.key();
    let aliases: Vec<String> = match m.origin {
        MessageOrigin::AsyncApi { .. } => m.title.iter().map(|t| t.to_string()).collect(),
        _ if m.name != key => vec![key.to_string()],
        _ => Vec::new(),
    };
    if let MessageOrigin::Callback {
        owner,
        callback,
        operation,
    } = m.origin
    {
        let owner_name = owner.operation_id.clone().unwrap_or_else(|| owner.key());
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.extend(doc_lines(Some(&format!(
            "Sent after `{owner_name}`, as `{} {}` (callback `{}`).",
            operation.method.upper(),
            operation.path,
            callback.name
        ))));
    }
    SourceMessage {
        name: m.name.clone(),
        aliases,
        channel: channel.name.clone(),
        source: channel
            .address
            .clone()
            .unwrap_or_else(|| channel.name.clone()),
        doc,
        payload: m.payload,
        headers: match m.headers {
            MessageHeaders::Schema(id) => Some(id),
            _ => None,
        },
        examples: m.examples.iter().filter_map(|(_, p)| p.clone()).collect(),
    }
}

/// A message alias whose types are not resolved yet.
pub(crate) struct PendingAlias {
    pub alias: MessageAlias,
    pub ty: Ty,
    pub headers: Option<Ty>,
}

/// Builds dispatch enums and message aliases, claiming names in one module namespace.
pub(crate) struct Planner {
    names: Namespace,
    event_variants: Namespace,
    /// (message name, payload) → alias already made, so a message shared by several
    /// channels gets one type.
    seen: Vec<((String, Option<SchemaId>), String)>,
    pub aliases: Vec<PendingAlias>,
    pub examples: Vec<ExampleIr>,
    /// Appended to the message name to name an inline payload type (`Payload` in client
    /// crates, whose `types` module already has operation types; none in event crates).
    payload_suffix: Option<&'static str>,
}

impl Planner {
    pub fn new() -> Self {
        let mut names = Namespace::with_reserved(RESERVED_TYPES);
        for n in RESERVED_EVENT_NAMES {
            names.reserve(n);
        }
        Self {
            names,
            event_variants: Namespace::with_reserved(RESERVED_TYPES),
            seen: Vec::new(),
            aliases: Vec::new(),
            examples: Vec::new(),
            payload_suffix: None,
        }
    }

    /// A planner whose inline payload types are named `<message><suffix>`
    /// (`OrderShippedPayload`), so the type and the message alias read apart.
    pub fn with_payload_suffix(mut self, suffix: &'static str) -> Self {
        self.payload_suffix = Some(suffix);
        self
    }

    /// The dispatch enum of `group`, named `enum_name` (default: `<Channel>Channel`).
    pub fn dispatch(
        &mut self,
        tb: &mut TypeBuilder,
        group: &SourceGroup,
        enum_name: Option<&str>,
    ) -> Dispatch {
        let base = type_ident(&group.channel);
        let enum_name = match enum_name {
            Some(n) => n.to_string(),
            None => self.names.claim(&format!("{base}Channel")),
        };
        let event_variant = self.event_variants.claim(&base);
        let mut variant_names = Namespace::with_reserved(&["Unknown", "Self"]);
        let mut variants = Vec::new();
        let mut ranks = Vec::new();
        let mut used_selectors: Vec<String> = Vec::new();
        for (index, m) in group.messages.iter().enumerate() {
            let (ty, alias) = self.message_type(tb, m);
            let (required, properties, envelope) = match m.payload {
                Some(id) => {
                    let s = tb.arena().merged(id);
                    let names: Vec<&str> = s.properties.keys().map(String::as_str).collect();
                    (
                        s.required.len(),
                        s.properties.len(),
                        envelope_fields(&names),
                    )
                }
                None => (0, 0, EnvelopeFields::default()),
            };
            // Untyped payloads take anything: they are tried last.
            ranks.push((
                ty.is_value(),
                usize::MAX - required,
                usize::MAX - properties,
                index,
            ));
            for example in &m.examples {
                self.examples.push(ExampleIr {
                    channel: m.channel.clone(),
                    message: m.name.clone(),
                    payload: example.to_string(),
                });
            }
            variants.push(Variant {
                name: variant_names.claim(&variant_ident(&m.name)),
                message: m.name.clone(),
                selectors: claim_selectors(&mut used_selectors, &m.name, &m.aliases),
                channel: m.channel.clone(),
                source: m.source.clone(),
                ty: alias,
                doc: m.doc.clone(),
                tag_value: None,
                envelope,
            });
        }
        let payloads: Vec<Option<SchemaId>> = group.messages.iter().map(|m| m.payload).collect();
        let discriminator = discriminator(tb, &payloads);
        if let Some((_, values)) = &discriminator {
            for (v, value) in variants.iter_mut().zip(values) {
                v.tag_value = Some(value.clone());
            }
        }
        let mut order: Vec<usize> = (0..variants.len()).collect();
        order.sort_by_key(|i| ranks[*i]);
        let try_order = order;
        let source = group
            .address
            .clone()
            .unwrap_or_else(|| group.channel.clone());
        Dispatch {
            enum_name,
            event_variant,
            channel: group.channel.clone(),
            address: group.address.clone(),
            source,
            doc: doc_lines(group.doc.as_deref()),
            discriminator: discriminator.map(|(name, _)| name),
            variants,
            try_order,
            selectors: Vec::new(),
            key_kind: None,
        }
    }

    /// The payload type of `m` and the name of its alias (made once per message).
    fn message_type(&mut self, tb: &mut TypeBuilder, m: &SourceMessage) -> (Ty, String) {
        let hint = match self.payload_suffix {
            Some(suffix) => format!("{} {suffix}", m.name),
            None => m.name.clone(),
        };
        let ty = match m.payload {
            Some(id) => tb.resolve_value(id, &hint),
            None => Ty::Value,
        };
        let key = (m.name.clone(), m.payload);
        if let Some((_, name)) = self.seen.iter().find(|(k, _)| *k == key) {
            return (ty, name.clone());
        }
        let name = self.names.claim(&type_ident(&m.name));
        self.seen.push((key, name.clone()));
        let headers = m
            .headers
            .map(|id| tb.resolve_value(id, &format!("{} headers", m.name)));
        let headers_name = headers
            .as_ref()
            .map(|_| self.names.claim(&format!("{name}Headers")));
        self.aliases.push(PendingAlias {
            alias: MessageAlias {
                name: name.clone(),
                ty: String::new(),
                headers_name,
                headers_ty: None,
                doc: m.doc.clone(),
            },
            ty: ty.clone(),
            headers,
        });
        (ty, name)
    }
}

/// The property (and each message's value of it) that tells the messages apart: a
/// top-level string constant every message declares, with distinct values.
fn discriminator(tb: &TypeBuilder, payloads: &[Option<SchemaId>]) -> Option<(String, Vec<String>)> {
    let arena = tb.arena();
    let mut constants: Vec<Vec<(String, String)>> = Vec::new();
    for p in payloads {
        let schema = arena.merged((*p)?);
        let mut own = Vec::new();
        for (name, id) in &schema.properties {
            let prop = arena.merged(*id);
            let value = prop
                .const_value
                .clone()
                .or_else(|| match prop.enum_values.as_deref() {
                    Some([one]) => Some(one.clone()),
                    _ => None,
                });
            if let Some(Value::String(s)) = value {
                own.push((name.clone(), s));
            }
        }
        constants.push(own);
    }
    let first = constants.first()?;
    let mut candidates: Vec<(String, Vec<String>)> = first
        .iter()
        .filter_map(|(name, _)| {
            let values: Vec<String> = constants
                .iter()
                .map(|c| c.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()))
                .collect::<Option<_>>()?;
            let mut distinct = values.clone();
            distinct.sort();
            distinct.dedup();
            (distinct.len() == values.len()).then(|| (name.clone(), values))
        })
        .collect();
    candidates.sort_by_key(|(name, _)| {
        (
            DISCRIMINATOR_NAMES
                .iter()
                .position(|n| n == name)
                .unwrap_or(usize::MAX),
            name.clone(),
        )
    });
    candidates.into_iter().next()
}

/// The names among `name` and `aliases` that no earlier message of the enum took.
fn claim_selectors(used: &mut Vec<String>, name: &str, aliases: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for s in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
        if !used.iter().any(|u| u == s) {
            used.push(s.to_string());
            out.push(s.to_string());
        }
    }
    out
}

fn envelope_fields(properties: &[&str]) -> EnvelopeFields {
    let find = |candidates: &[&str]| {
        candidates
            .iter()
            .find(|c| properties.contains(c))
            .map(|c| c.to_string())
    };
    EnvelopeFields {
        id: find(ID_NAMES),
        occurred_at: find(OCCURRED_AT_NAMES),
        tenant: find(TENANT_NAMES),
        correlation_id: find(CORRELATION_NAMES),
        schema_version: find(VERSION_NAMES),
    }
}

/// Spells the types of `aliases` with the final type names.
pub(crate) fn resolve(aliases: Vec<PendingAlias>, type_names: &[String]) -> Vec<MessageAlias> {
    let spell = |ty: &Ty| {
        ty.render(&|i| {
            type_names
                .get(i)
                .map(|n| format!("crate::types::{n}"))
                .unwrap_or_else(|| "serde_json::Value".into())
        })
    };
    aliases
        .into_iter()
        .map(|a| {
            let mut alias = a.alias;
            alias.ty = spell(&a.ty);
            alias.headers_ty = a.headers.as_ref().map(spell);
            alias
        })
        .collect()
}

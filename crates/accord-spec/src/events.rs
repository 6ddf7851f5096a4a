//! The messages of an event contract, as every analyser of events reads them (`accord
//! test-events` and `mock-events`, generated event crates and client webhooks): one place
//! that knows which channels a contract has, which messages each carries and what each
//! message is called.
//!
//! - AsyncAPI channels, in document order, named by their key (a 3.0 `address` that differs
//!   from it is kept beside), each with its messages.
//! - OpenAPI 3.1 `webhooks`: a channel named by the webhook key; one message per operation,
//!   named by its `operationId`, else the webhook key; its payload is the JSON request body
//!   schema (else the first body's) and its headers are the header parameters.
//! - OpenAPI callbacks: a channel named by the callback key; one message per callback
//!   operation, named by its `operationId`, else `<operationId of the owner>.<callback>`.
//!
//! Webhooks and callbacks sharing a key share a channel (the first one's kind); a message
//! name repeated within a channel is told apart as `<name>#<position>`.

use indexmap::IndexMap;
use serde_json::Value;

use crate::loc::Loc;
use crate::model::{Callback, Channel, Contract, Message, Operation, ParamIn, Parameter};
use crate::schema::SchemaId;

/// Where a channel comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    AsyncApi,
    Webhook,
    Callback,
}

/// One channel of messages (an AsyncAPI channel, a webhook key or a callback key).
#[derive(Clone, Debug)]
pub struct EventChannel<'c> {
    pub name: String,
    /// The 3.0 `address`, when it differs from the name.
    pub address: Option<String>,
    pub kind: ChannelKind,
    pub description: Option<&'c str>,
    pub messages: Vec<EventMessage<'c>>,
    /// Where the contract declares it: the AsyncAPI channel, else the operation of its
    /// first webhook or callback message.
    pub loc: &'c Loc,
}

/// One message of a channel.
#[derive(Clone, Debug)]
pub struct EventMessage<'c> {
    pub name: String,
    pub title: Option<&'c str>,
    pub summary: Option<&'c str>,
    pub description: Option<&'c str>,
    pub payload: Option<SchemaId>,
    pub headers: MessageHeaders<'c>,
    /// The contract's examples, as (headers, payload).
    pub examples: Vec<(Option<Value>, Option<Value>)>,
    /// The `x-*` extensions that apply, innermost (the message or operation) first.
    pub extensions: Vec<&'c IndexMap<String, Value>>,
    pub origin: MessageOrigin<'c>,
}

/// What a message says about headers.
#[derive(Clone, Debug)]
pub enum MessageHeaders<'c> {
    None,
    /// An AsyncAPI headers schema.
    Schema(SchemaId),
    /// The header parameters of a webhook or callback operation.
    Params(Vec<&'c Parameter>),
}

/// The part of the contract a message is read from.
#[derive(Clone, Copy, Debug)]
pub enum MessageOrigin<'c> {
    AsyncApi {
        channel: &'c Channel,
        message: &'c Message,
    },
    Webhook {
        operation: &'c Operation,
    },
    Callback {
        owner: &'c Operation,
        callback: &'c Callback,
        operation: &'c Operation,
    },
}

impl<'c> EventMessage<'c> {
    /// The key the message is listed under: the AsyncAPI channel, the webhook key or the
    /// callback key.
    pub fn key(&self) -> &'c str {
        match self.origin {
            MessageOrigin::AsyncApi { channel, .. } => &channel.name,
            MessageOrigin::Webhook { operation } => &operation.path,
            MessageOrigin::Callback { callback, .. } => &callback.name,
        }
    }

    /// Where the contract declares the message: the AsyncAPI message, else the webhook or
    /// callback operation.
    pub fn loc(&self) -> &'c Loc {
        match self.origin {
            MessageOrigin::AsyncApi { message, .. } => &message.loc,
            MessageOrigin::Webhook { operation } | MessageOrigin::Callback { operation, .. } => {
                &operation.loc
            }
        }
    }
}

/// Every channel of `contract` with its messages: AsyncAPI channels, then webhooks, then
/// callbacks, each in document order.
pub fn event_channels(contract: &Contract) -> Vec<EventChannel<'_>> {
    let mut channels: Vec<EventChannel<'_>> = contract
        .channels
        .iter()
        .map(|channel| EventChannel {
            name: channel.name.clone(),
            address: channel.address.clone().filter(|a| *a != channel.name),
            kind: ChannelKind::AsyncApi,
            description: channel.description.as_deref(),
            loc: &channel.loc,
            messages: channel
                .messages
                .iter()
                .map(|message| EventMessage {
                    name: message.name.clone(),
                    title: message.title.as_deref(),
                    summary: message.summary.as_deref(),
                    description: message.description.as_deref(),
                    payload: message.payload,
                    headers: message
                        .headers
                        .map_or(MessageHeaders::None, MessageHeaders::Schema),
                    examples: message
                        .examples
                        .iter()
                        .map(|e| (e.headers.clone(), e.payload.clone()))
                        .collect(),
                    extensions: vec![
                        &message.extensions,
                        &channel.extensions,
                        &contract.extensions,
                    ],
                    origin: MessageOrigin::AsyncApi { channel, message },
                })
                .collect(),
        })
        .collect();
    for operation in &contract.webhooks {
        let name = operation
            .operation_id
            .clone()
            .unwrap_or_else(|| operation.path.clone());
        let message = http_message(
            contract,
            operation,
            name,
            MessageOrigin::Webhook { operation },
        );
        push(&mut channels, ChannelKind::Webhook, message);
    }
    for owner in &contract.operations {
        let owner_name = owner.operation_id.clone().unwrap_or_else(|| owner.key());
        for callback in &owner.callbacks {
            for operation in &callback.operations {
                let name = operation
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{owner_name}.{}", callback.name));
                let origin = MessageOrigin::Callback {
                    owner,
                    callback,
                    operation,
                };
                let message = http_message(contract, operation, name, origin);
                push(&mut channels, ChannelKind::Callback, message);
            }
        }
    }
    channels
}

/// Adds a webhook or callback message to the channel of its key.
fn push<'c>(
    channels: &mut Vec<EventChannel<'c>>,
    kind: ChannelKind,
    mut message: EventMessage<'c>,
) {
    let key = message.key();
    match channels
        .iter_mut()
        .find(|c| c.kind != ChannelKind::AsyncApi && c.name == key)
    {
        Some(channel) => {
            if channel.messages.iter().any(|m| m.name == message.name) {
                message.name = format!("{}#{}", message.name, channel.messages.len() + 1);
            }
            channel.messages.push(message);
        }
        None => channels.push(EventChannel {
            name: key.to_string(),
            address: None,
            kind,
            description: None,
            loc: message.loc(),
            messages: vec![message],
        }),
    }
}

/// A webhook or callback operation as a message: its JSON request body (else its first
/// body) is the payload, its header parameters the headers.
fn http_message<'c>(
    contract: &'c Contract,
    operation: &'c Operation,
    name: String,
    origin: MessageOrigin<'c>,
) -> EventMessage<'c> {
    let media = operation.request_body.as_ref().and_then(|b| {
        b.content
            .iter()
            .find(|m| m.name.is_json() && !m.name.is_range())
            .or(b.content.first())
    });
    let params: Vec<&Parameter> = operation
        .parameters
        .iter()
        .filter(|p| p.location == ParamIn::Header)
        .collect();
    EventMessage {
        name,
        // An operation's summary is its title; it has no other.
        title: operation.summary.as_deref(),
        summary: None,
        description: operation.description.as_deref(),
        payload: media.and_then(|m| m.schema),
        headers: if params.is_empty() {
            MessageHeaders::None
        } else {
            MessageHeaders::Params(params)
        },
        examples: media
            .map(|m| {
                m.examples
                    .iter()
                    .map(|e| (None, Some(e.value.clone())))
                    .collect()
            })
            .unwrap_or_default(),
        extensions: vec![&operation.extensions, &contract.extensions],
        origin,
    }
}

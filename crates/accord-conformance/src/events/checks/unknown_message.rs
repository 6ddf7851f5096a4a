//! `unknown_message`: the event is not one of its channel's messages.
//!
//! # What it checks
//! The line's `message` (or CloudEvents `type`) must name a message of the channel (by
//! name or title). Without one, the channel must carry a single message, or the payload's
//! `type` (a discriminator constant) or its shape must single out one message.
//!
//! # Why it matters
//! A message type the contract does not list is a contract change the producer did not
//! publish: consumers dispatch on the message type, and an unknown one is dropped or
//! crashes the handler.

use super::{Finding, name_list};
use crate::events::capture::{Captured, Form};
use crate::events::catalog::EventChannel;

pub const ID: &str = "unknown_message";

pub fn finding(channel: &EventChannel, message: &str, event: &Captured) -> Finding {
    let known = name_list(channel.messages.iter().map(|m| m.name.as_str()));
    let pointer = match (event.form, event.message.is_some()) {
        (Form::Capture, true) => "/message".to_string(),
        (Form::CloudEvents, true) => "/type".to_string(),
        _ => String::new(),
    };
    if event.message.is_some() {
        Finding::new(
            pointer,
            format!(
                "channel `{}` has no message `{message}`; messages: {known}",
                channel.name
            ),
        )
    } else if message.is_empty() {
        Finding::new(
            pointer,
            format!(
                "cannot tell which message of channel `{}` this is (no `message`, no matching `type` or shape); messages: {known}",
                channel.name
            ),
        )
    } else {
        Finding::new(
            format!("{}/type", event.payload_pointer()),
            format!(
                "channel `{}` has no message of type `{message}`; messages: {known}",
                channel.name
            ),
        )
    }
}

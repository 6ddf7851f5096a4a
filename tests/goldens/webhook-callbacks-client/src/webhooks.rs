//! Webhooks of Parcelpoint Fulfilment API.
//!
//! The requests the vendor sends to the endpoints we registered with it (OpenAPI
//! `webhooks`): one type per payload and [`Webhook`] over all of them.
//!
//! A message is named by its `operationId`, else its webhook key, as `accord test-events`
//! names it. Payload types are the client's own (`crate::types`): an inline payload schema
//! gets a type named after its message (`<Message>Payload`).
//!
//! Callbacks (requests sent to a URL we gave in a request) are in [`crate::callbacks`].
/// An order left the warehouse
pub type OrderShipped = crate::types::OrderShippedPayload;

pub type InvoicePaid = crate::types::InvoicePaid;

/// A refund was paid out
pub type RefundIssued = crate::types::RefundIssuedPayload2;

/// Webhooks of the contract: requests the vendor sends to the endpoints we registered with it.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`Webhook::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum Webhook {
    /// `orderShipped` (`type: order.shipped`), on `order.shipped`.
    OrderShipped(OrderShipped),
    /// `invoicePaid` (`type: invoice.paid`), on `invoice.paid`.
    InvoicePaid(InvoicePaid),
    /// `refund.issued` (`type: refund.issued`), on `refund.issued`.
    RefundIssued(RefundIssued),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl Webhook {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &[
        "orderShipped",
        "invoicePaid",
        "refund.issued",
    ];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("order.shipped") => {
                return serde_json::from_value(value).map(Self::OrderShipped);
            }
            Some("invoice.paid") => {
                return serde_json::from_value(value).map(Self::InvoicePaid);
            }
            Some("refund.issued") => {
                return serde_json::from_value(value).map(Self::RefundIssued);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::OrderShipped(message)),
            Err(error) => failures.push(format!("{}: {error}", "orderShipped")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::InvoicePaid(message)),
            Err(error) => failures.push(format!("{}: {error}", "invoicePaid")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::RefundIssued(message)),
            Err(error) => failures.push(format!("{}: {error}", "refund.issued")),
        }
        Err(
            serde::de::Error::custom(
                format!(
                    "the payload is none of the messages {:?} ({}): {value}",
                    Self::MESSAGES, failures.join("; ")
                ),
            ),
        )
    }

    /// Reads a payload of the message called `message` (its name or webhook key),
    /// or [`Webhook::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "orderShipped" | "order.shipped" => {
                serde_json::from_value(value).map(Self::OrderShipped)
            }
            "invoicePaid" | "invoice.paid" => {
                serde_json::from_value(value).map(Self::InvoicePaid)
            }
            "refund.issued" => serde_json::from_value(value).map(Self::RefundIssued),
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`Webhook::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::OrderShipped(_) => Some("orderShipped"),
            Self::InvoicePaid(_) => Some("invoicePaid"),
            Self::RefundIssued(_) => Some("refund.issued"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }
}

impl serde::Serialize for Webhook {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::OrderShipped(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::InvoicePaid(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::RefundIssued(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Webhook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

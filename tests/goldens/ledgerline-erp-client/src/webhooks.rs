//! Webhooks of Ledgerline ERP API.
//!
//! The requests the vendor sends to the endpoints we registered with it (OpenAPI
//! `webhooks`): one type per payload and [`Webhook`] over all of them.
//!
//! A message is named by its `operationId`, else its webhook key, as `accord test-events`
//! names it. Payload types are the client's own (`crate::types`): an inline payload schema
//! gets a type named after its message (`<Message>Payload`).
/// An invoice was paid in full
///
/// Sent when payments applied to an invoice reach its total and the invoice moves to `paid`.
pub type OnInvoicePaid = crate::types::InvoicePaidEvent;

/// A payment was recorded
///
/// Sent for every recorded incoming payment, applied or not.
pub type OnPaymentReceived = crate::types::PaymentReceivedEvent;

/// Webhooks of the contract: requests the vendor sends to the endpoints we registered with it.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`Webhook::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum Webhook {
    /// `onInvoicePaid` (`type: invoice.paid`), on `invoice.paid`.
    OnInvoicePaid(OnInvoicePaid),
    /// `onPaymentReceived` (`type: payment.received`), on `payment.received`.
    OnPaymentReceived(OnPaymentReceived),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl Webhook {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &[
        "onInvoicePaid",
        "onPaymentReceived",
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
            Some("invoice.paid") => {
                return serde_json::from_value(value).map(Self::OnInvoicePaid);
            }
            Some("payment.received") => {
                return serde_json::from_value(value).map(Self::OnPaymentReceived);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::OnInvoicePaid(message)),
            Err(error) => failures.push(format!("{}: {error}", "onInvoicePaid")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::OnPaymentReceived(message)),
            Err(error) => failures.push(format!("{}: {error}", "onPaymentReceived")),
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
            "onInvoicePaid" | "invoice.paid" => {
                serde_json::from_value(value).map(Self::OnInvoicePaid)
            }
            "onPaymentReceived" | "payment.received" => {
                serde_json::from_value(value).map(Self::OnPaymentReceived)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`Webhook::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::OnInvoicePaid(_) => Some("onInvoicePaid"),
            Self::OnPaymentReceived(_) => Some("onPaymentReceived"),
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
            Self::OnInvoicePaid(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::OnPaymentReceived(message) => {
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

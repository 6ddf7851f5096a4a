//! The messages of Meterly Billing Webhooks: one type per message, one enum per channel over
//! its messages, and [`Event`] over every channel.
/// Invoice paid
pub type InvoicePaid = crate::types::InvoicePaidEvent;

/// The headers of [`InvoicePaid`].
pub type InvoicePaidHeaders = crate::types::WebhookHeaders;

/// Invoice payment failed
pub type InvoicePaymentFailed = crate::types::InvoicePaymentFailedEvent;

/// The headers of [`InvoicePaymentFailed`].
pub type InvoicePaymentFailedHeaders = crate::types::WebhookHeaders;

/// Subscription canceled
pub type SubscriptionCanceled = crate::types::SubscriptionCanceledEvent;

/// The headers of [`SubscriptionCanceled`].
pub type SubscriptionCanceledHeaders = crate::types::WebhookHeaders;

/// Usage reported
pub type UsageReported = crate::types::UsageReportedEvent;

/// The headers of [`UsageReported`].
pub type UsageReportedHeaders = crate::types::UsageHeaders;

/// An invoice was paid in full (automatic collection or manual payment).
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`InvoicePaidChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum InvoicePaidChannel {
    /// `invoice.paid` (`type: invoice.paid`).
    InvoicePaid(InvoicePaid),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl InvoicePaidChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["invoice.paid"];

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
                return serde_json::from_value(value).map(Self::InvoicePaid);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::InvoicePaid(message)),
            Err(error) => failures.push(format!("{}: {error}", "invoice.paid")),
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

    /// Reads a payload of the message called `message` (its name or title),
    /// or [`InvoicePaidChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "invoice.paid" | "Invoice paid" => {
                serde_json::from_value(value).map(Self::InvoicePaid)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`InvoicePaidChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::InvoicePaid(_) => Some("invoice.paid"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    /// The message in a CloudEvents envelope: `type` is the message name, `source` the
    /// channel address, and the event id, occurred-at time, tenant, correlation id and
    /// schema version come from the payload where it carries them (else a new UUID v4,
    /// the current time and the contract version). Set the rest with the `with_*` methods.
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        let data = self.to_json()?;
        let (event_type, fields) = match self {
            Self::InvoicePaid(_) => {
                (
                    "invoice.paid".to_owned(),
                    crate::envelope::PayloadFields {
                        id: Some("eventId"),
                        occurred_at: Some("occurredAt"),
                        tenant: Some("tenantId"),
                        correlation_id: None,
                        schema_version: Some("schemaVersion"),
                    },
                )
            }
            Self::Unknown(value) => {
                (
                    value
                        .get("type")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("invoice.paid")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "invoice.paid", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for InvoicePaidChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::InvoicePaid(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaidChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl InvoicePaidChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "invoice.paid";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "invoice.paid";
}

/// A collection attempt for an invoice failed; `next_attempt_at` is null when dunning gave up.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`InvoicePaymentFailedChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum InvoicePaymentFailedChannel {
    /// `invoice.payment_failed` (`type: invoice.payment_failed`).
    InvoicePaymentFailed(InvoicePaymentFailed),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl InvoicePaymentFailedChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["invoice.payment_failed"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("invoice.payment_failed") => {
                return serde_json::from_value(value).map(Self::InvoicePaymentFailed);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::InvoicePaymentFailed(message)),
            Err(error) => failures.push(format!("{}: {error}", "invoice.payment_failed")),
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

    /// Reads a payload of the message called `message` (its name or title),
    /// or [`InvoicePaymentFailedChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "invoice.payment_failed" | "Invoice payment failed" => {
                serde_json::from_value(value).map(Self::InvoicePaymentFailed)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`InvoicePaymentFailedChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::InvoicePaymentFailed(_) => Some("invoice.payment_failed"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    /// The message in a CloudEvents envelope: `type` is the message name, `source` the
    /// channel address, and the event id, occurred-at time, tenant, correlation id and
    /// schema version come from the payload where it carries them (else a new UUID v4,
    /// the current time and the contract version). Set the rest with the `with_*` methods.
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        let data = self.to_json()?;
        let (event_type, fields) = match self {
            Self::InvoicePaymentFailed(_) => {
                (
                    "invoice.payment_failed".to_owned(),
                    crate::envelope::PayloadFields {
                        id: Some("eventId"),
                        occurred_at: Some("occurredAt"),
                        tenant: Some("tenantId"),
                        correlation_id: None,
                        schema_version: Some("schemaVersion"),
                    },
                )
            }
            Self::Unknown(value) => {
                (
                    value
                        .get("type")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("invoice.payment_failed")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "invoice.payment_failed", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for InvoicePaymentFailedChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::InvoicePaymentFailed(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaymentFailedChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl InvoicePaymentFailedChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "invoice.payment_failed";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "invoice.payment_failed";
}

/// A subscription ended (immediately or at period end).
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`SubscriptionCanceledChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum SubscriptionCanceledChannel {
    /// `subscription.canceled` (`type: subscription.canceled`).
    SubscriptionCanceled(SubscriptionCanceled),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl SubscriptionCanceledChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["subscription.canceled"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("subscription.canceled") => {
                return serde_json::from_value(value).map(Self::SubscriptionCanceled);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::SubscriptionCanceled(message)),
            Err(error) => failures.push(format!("{}: {error}", "subscription.canceled")),
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

    /// Reads a payload of the message called `message` (its name or title),
    /// or [`SubscriptionCanceledChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "subscription.canceled" | "Subscription canceled" => {
                serde_json::from_value(value).map(Self::SubscriptionCanceled)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`SubscriptionCanceledChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::SubscriptionCanceled(_) => Some("subscription.canceled"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    /// The message in a CloudEvents envelope: `type` is the message name, `source` the
    /// channel address, and the event id, occurred-at time, tenant, correlation id and
    /// schema version come from the payload where it carries them (else a new UUID v4,
    /// the current time and the contract version). Set the rest with the `with_*` methods.
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        let data = self.to_json()?;
        let (event_type, fields) = match self {
            Self::SubscriptionCanceled(_) => {
                (
                    "subscription.canceled".to_owned(),
                    crate::envelope::PayloadFields {
                        id: Some("eventId"),
                        occurred_at: Some("occurredAt"),
                        tenant: Some("tenantId"),
                        correlation_id: None,
                        schema_version: Some("schemaVersion"),
                    },
                )
            }
            Self::Unknown(value) => {
                (
                    value
                        .get("type")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("subscription.canceled")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "subscription.canceled", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for SubscriptionCanceledChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::SubscriptionCanceled(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionCanceledChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl SubscriptionCanceledChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "subscription.canceled";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "subscription.canceled";
}

/// Batched usage of metered subscriptions, reported by our metering service every 15 minutes.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`UsageReportedChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum UsageReportedChannel {
    /// `usage.reported` (`type: usage.reported`).
    UsageReported(UsageReported),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl UsageReportedChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["usage.reported"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("usage.reported") => {
                return serde_json::from_value(value).map(Self::UsageReported);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::UsageReported(message)),
            Err(error) => failures.push(format!("{}: {error}", "usage.reported")),
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

    /// Reads a payload of the message called `message` (its name or title),
    /// or [`UsageReportedChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "usage.reported" | "Usage reported" => {
                serde_json::from_value(value).map(Self::UsageReported)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`UsageReportedChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::UsageReported(_) => Some("usage.reported"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    /// The message in a CloudEvents envelope: `type` is the message name, `source` the
    /// channel address, and the event id, occurred-at time, tenant, correlation id and
    /// schema version come from the payload where it carries them (else a new UUID v4,
    /// the current time and the contract version). Set the rest with the `with_*` methods.
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        let data = self.to_json()?;
        let (event_type, fields) = match self {
            Self::UsageReported(_) => {
                (
                    "usage.reported".to_owned(),
                    crate::envelope::PayloadFields {
                        id: Some("eventId"),
                        occurred_at: Some("occurredAt"),
                        tenant: Some("tenantId"),
                        correlation_id: None,
                        schema_version: Some("schemaVersion"),
                    },
                )
            }
            Self::Unknown(value) => {
                (
                    value
                        .get("type")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("usage.reported")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "usage.reported", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for UsageReportedChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::UsageReported(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for UsageReportedChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl UsageReportedChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "usage.reported";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "usage.reported";
}

/// An event of any channel, for consumers of a mixed stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// On channel `invoice.paid`.
    InvoicePaid(InvoicePaidChannel),
    /// On channel `invoice.payment_failed`.
    InvoicePaymentFailed(InvoicePaymentFailedChannel),
    /// On channel `subscription.canceled`.
    SubscriptionCanceled(SubscriptionCanceledChannel),
    /// On channel `usage.reported`.
    UsageReported(UsageReportedChannel),
}

impl Event {
    /// Reads a payload captured on `channel` (its key or address); `message`, when the
    /// capture names it, selects the message, else the payload does.
    pub fn from_capture(
        channel: &str,
        message: Option<&str>,
        payload: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match channel {
            "invoice.paid" => {
                match message {
                    Some(name) => InvoicePaidChannel::from_message(name, payload),
                    None => InvoicePaidChannel::from_json(payload),
                }
                    .map(Self::InvoicePaid)
            }
            "invoice.payment_failed" => {
                match message {
                    Some(name) => {
                        InvoicePaymentFailedChannel::from_message(name, payload)
                    }
                    None => InvoicePaymentFailedChannel::from_json(payload),
                }
                    .map(Self::InvoicePaymentFailed)
            }
            "subscription.canceled" => {
                match message {
                    Some(name) => {
                        SubscriptionCanceledChannel::from_message(name, payload)
                    }
                    None => SubscriptionCanceledChannel::from_json(payload),
                }
                    .map(Self::SubscriptionCanceled)
            }
            "usage.reported" => {
                match message {
                    Some(name) => UsageReportedChannel::from_message(name, payload),
                    None => UsageReportedChannel::from_json(payload),
                }
                    .map(Self::UsageReported)
            }
            _ => {
                Err(
                    serde::de::Error::custom(
                        format!("`{channel}` is not a channel of the contract"),
                    ),
                )
            }
        }
    }

    /// The channel key of the event.
    pub fn channel(&self) -> &'static str {
        match self {
            Self::InvoicePaid(_) => InvoicePaidChannel::CHANNEL,
            Self::InvoicePaymentFailed(_) => InvoicePaymentFailedChannel::CHANNEL,
            Self::SubscriptionCanceled(_) => SubscriptionCanceledChannel::CHANNEL,
            Self::UsageReported(_) => UsageReportedChannel::CHANNEL,
        }
    }

    /// The message name (`None` for a message the contract does not know).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::InvoicePaid(event) => event.message_name(),
            Self::InvoicePaymentFailed(event) => event.message_name(),
            Self::SubscriptionCanceled(event) => event.message_name(),
            Self::UsageReported(event) => event.message_name(),
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::InvoicePaid(event) => event.to_json(),
            Self::InvoicePaymentFailed(event) => event.to_json(),
            Self::SubscriptionCanceled(event) => event.to_json(),
            Self::UsageReported(event) => event.to_json(),
        }
    }

    /// The event in a CloudEvents envelope (see the channel enums' `to_envelope`).
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        match self {
            Self::InvoicePaid(event) => event.to_envelope(),
            Self::InvoicePaymentFailed(event) => event.to_envelope(),
            Self::SubscriptionCanceled(event) => event.to_envelope(),
            Self::UsageReported(event) => event.to_envelope(),
        }
    }
}

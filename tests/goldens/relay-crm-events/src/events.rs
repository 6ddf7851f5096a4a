//! The messages of Relay CRM Events: one type per message, one enum per channel over
//! its messages, and [`Event`] over every channel.
/// Contact created
pub type ContactCreated = crate::types::ContactCreatedEvent;

/// The headers of [`ContactCreated`].
pub type ContactCreatedHeaders = crate::types::RelayEventHeaders;

/// Contact updated
pub type ContactUpdated = crate::types::ContactUpdatedEvent;

/// The headers of [`ContactUpdated`].
pub type ContactUpdatedHeaders = crate::types::RelayEventHeaders;

/// Opportunity stage changed
pub type OpportunityStageChanged = crate::types::OpportunityStageChangedEvent;

/// The headers of [`OpportunityStageChanged`].
pub type OpportunityStageChangedHeaders = crate::types::RelayEventHeaders;

/// One message per contact created through the API, the UI or an import.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`ContactCreatedChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum ContactCreatedChannel {
    /// `contactCreated` (`type: crm.contact.created`).
    ContactCreated(ContactCreated),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl ContactCreatedChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["contactCreated"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("crm.contact.created") => {
                return serde_json::from_value(value).map(Self::ContactCreated);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::ContactCreated(message)),
            Err(error) => failures.push(format!("{}: {error}", "contactCreated")),
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
    /// or [`ContactCreatedChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "contactCreated" | "Contact created" => {
                serde_json::from_value(value).map(Self::ContactCreated)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`ContactCreatedChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::ContactCreated(_) => Some("contactCreated"),
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
            Self::ContactCreated(_) => {
                (
                    "contactCreated".to_owned(),
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
                        .unwrap_or("contactCreated")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "crm.contact.created", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for ContactCreatedChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::ContactCreated(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ContactCreatedChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl ContactCreatedChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "contactCreated";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "crm.contact.created";
}

/// One message per committed change of a contact; `changedFields` lists the properties that changed.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`ContactUpdatedChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum ContactUpdatedChannel {
    /// `contactUpdated` (`type: crm.contact.updated`).
    ContactUpdated(ContactUpdated),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl ContactUpdatedChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["contactUpdated"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("crm.contact.updated") => {
                return serde_json::from_value(value).map(Self::ContactUpdated);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::ContactUpdated(message)),
            Err(error) => failures.push(format!("{}: {error}", "contactUpdated")),
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
    /// or [`ContactUpdatedChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "contactUpdated" | "Contact updated" => {
                serde_json::from_value(value).map(Self::ContactUpdated)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`ContactUpdatedChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::ContactUpdated(_) => Some("contactUpdated"),
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
            Self::ContactUpdated(_) => {
                (
                    "contactUpdated".to_owned(),
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
                        .unwrap_or("contactUpdated")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(event_type, "crm.contact.updated", data)
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for ContactUpdatedChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::ContactUpdated(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ContactUpdatedChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl ContactUpdatedChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "contactUpdated";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "crm.contact.updated";
}

/// Emitted when an opportunity moves to another pipeline stage.
///
/// A payload is read as the message its `type` names; an unknown value is
/// kept as [`OpportunityStageChangedChannel::Unknown`]. Without that property the messages are tried
/// in order, most demanding first.
#[derive(Debug, Clone, PartialEq)]
pub enum OpportunityStageChangedChannel {
    /// `opportunityStageChanged` (`type: crm.opportunity.stage-changed`).
    OpportunityStageChanged(OpportunityStageChanged),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl OpportunityStageChangedChannel {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &["opportunityStageChanged"];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let tag = value
            .get("type")
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned);
        match tag.as_deref() {
            Some("crm.opportunity.stage-changed") => {
                return serde_json::from_value(value).map(Self::OpportunityStageChanged);
            }
            Some(_) => return Ok(Self::Unknown(value)),
            None => {}
        }
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::OpportunityStageChanged(message)),
            Err(error) => {
                failures.push(format!("{}: {error}", "opportunityStageChanged"))
            }
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
    /// or [`OpportunityStageChangedChannel::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "opportunityStageChanged" | "Opportunity stage changed" => {
                serde_json::from_value(value).map(Self::OpportunityStageChanged)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`OpportunityStageChangedChannel::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::OpportunityStageChanged(_) => Some("opportunityStageChanged"),
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
            Self::OpportunityStageChanged(_) => {
                (
                    "opportunityStageChanged".to_owned(),
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
                        .unwrap_or("opportunityStageChanged")
                        .to_owned(),
                    crate::envelope::PayloadFields::default(),
                )
            }
        };
        Ok(
            crate::envelope::Envelope::new(
                    event_type,
                    "crm.opportunity.stage-changed",
                    data,
                )
                .with_schema_version(crate::SCHEMA_VERSION)
                .filled_from_data(&fields),
        )
    }
}

impl serde::Serialize for OpportunityStageChangedChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::OpportunityStageChanged(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for OpportunityStageChangedChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

impl OpportunityStageChangedChannel {
    /// The channel key, as the contract names it.
    pub const CHANNEL: &'static str = "opportunityStageChanged";

    /// Where the messages are published: the channel address, else its key.
    pub const SOURCE: &'static str = "crm.opportunity.stage-changed";
}

/// An event of any channel, for consumers of a mixed stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// On channel `contactCreated` (`crm.contact.created`).
    ContactCreated(ContactCreatedChannel),
    /// On channel `contactUpdated` (`crm.contact.updated`).
    ContactUpdated(ContactUpdatedChannel),
    /// On channel `opportunityStageChanged` (`crm.opportunity.stage-changed`).
    OpportunityStageChanged(OpportunityStageChangedChannel),
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
            "contactCreated" | "crm.contact.created" => {
                match message {
                    Some(name) => ContactCreatedChannel::from_message(name, payload),
                    None => ContactCreatedChannel::from_json(payload),
                }
                    .map(Self::ContactCreated)
            }
            "contactUpdated" | "crm.contact.updated" => {
                match message {
                    Some(name) => ContactUpdatedChannel::from_message(name, payload),
                    None => ContactUpdatedChannel::from_json(payload),
                }
                    .map(Self::ContactUpdated)
            }
            "opportunityStageChanged" | "crm.opportunity.stage-changed" => {
                match message {
                    Some(name) => {
                        OpportunityStageChangedChannel::from_message(name, payload)
                    }
                    None => OpportunityStageChangedChannel::from_json(payload),
                }
                    .map(Self::OpportunityStageChanged)
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
            Self::ContactCreated(_) => ContactCreatedChannel::CHANNEL,
            Self::ContactUpdated(_) => ContactUpdatedChannel::CHANNEL,
            Self::OpportunityStageChanged(_) => OpportunityStageChangedChannel::CHANNEL,
        }
    }

    /// The message name (`None` for a message the contract does not know).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::ContactCreated(event) => event.message_name(),
            Self::ContactUpdated(event) => event.message_name(),
            Self::OpportunityStageChanged(event) => event.message_name(),
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        match self {
            Self::ContactCreated(event) => event.to_json(),
            Self::ContactUpdated(event) => event.to_json(),
            Self::OpportunityStageChanged(event) => event.to_json(),
        }
    }

    /// The event in a CloudEvents envelope (see the channel enums' `to_envelope`).
    pub fn to_envelope(
        &self,
    ) -> std::result::Result<crate::envelope::Envelope, serde_json::Error> {
        match self {
            Self::ContactCreated(event) => event.to_envelope(),
            Self::ContactUpdated(event) => event.to_envelope(),
            Self::OpportunityStageChanged(event) => event.to_envelope(),
        }
    }
}

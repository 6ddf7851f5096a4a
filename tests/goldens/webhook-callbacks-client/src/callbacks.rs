//! Callbacks of Parcelpoint Fulfilment API.
//!
//! The requests the vendor sends to a URL we gave it in one of our requests (OpenAPI
//! operation `callbacks`): one type per request body and [`Callback`] over all of them.
//!
//! A message is named by its `operationId`, else `<operationId of our request>.<callback
//! key>`, as `accord test-events` names it; its callback key selects it too, in
//! [`Callback::from_message`]. Body types are the client's own (`crate::types`): an inline
//! body schema gets a type named after its message (`<Message>Payload`).
//!
//! Callbacks have a module of their own, apart from [`crate::webhooks`]: they arrive
//! where we told the vendor to send them, so the receiving endpoint knows it reads a
//! callback, and a callback named like a webhook is never taken for one.
/// The order moved to another status
///
/// Sent after `createOrder`, as `POST {$request.body#/statusUrl}` (callback `orderStatus`).
pub type OrderStatusChanged = crate::types::OrderStatusChangedPayload;

/// Sent after `createOrder`, as `PUT {$request.body#/statusUrl}/audit` (callback `orderAudit`).
pub type CreateOrderOrderAudit = crate::types::AuditEntry;

/// Sent after `createExport`, as `POST {$request.body#/notifyUrl}` (callback `exportReady`).
pub type ExportReady = crate::types::ExportReady;

/// The export could not be completed.
///
/// Sent after `createExport`, as `POST {$request.body#/notifyUrl}` (callback `exportFailed`).
pub type CreateExportExportFailed = crate::types::CreateExportExportFailedPayload;

/// Callbacks of the contract: requests the vendor sends to the URLs we gave it in our requests.
///
/// A payload is read as the first message that accepts it, most demanding first
/// (`orderStatusChanged`, `exportReady`, `createOrder.orderAudit`, `createExport.exportFailed`).
#[derive(Debug, Clone, PartialEq)]
pub enum Callback {
    /// `orderStatusChanged`, on `orderStatus`.
    OrderStatusChanged(OrderStatusChanged),
    /// `createOrder.orderAudit`, on `orderAudit`.
    CreateOrderOrderAudit(CreateOrderOrderAudit),
    /// `exportReady`, on `exportReady`.
    ExportReady(ExportReady),
    /// `createExport.exportFailed`, on `exportFailed`.
    CreateExportExportFailed(CreateExportExportFailed),
    /// A message this version of the contract does not know (sent by a newer producer).
    Unknown(serde_json::Value),
}

impl Callback {
    /// The names of the messages, as the contract names them.
    pub const MESSAGES: &'static [&'static str] = &[
        "orderStatusChanged",
        "createOrder.orderAudit",
        "exportReady",
        "createExport.exportFailed",
    ];

    /// Reads a payload, choosing its message from its content.
    pub fn from_json(
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        let mut failures: Vec<String> = Vec::new();
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::OrderStatusChanged(message)),
            Err(error) => failures.push(format!("{}: {error}", "orderStatusChanged")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::ExportReady(message)),
            Err(error) => failures.push(format!("{}: {error}", "exportReady")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::CreateOrderOrderAudit(message)),
            Err(error) => failures.push(format!("{}: {error}", "createOrder.orderAudit")),
        }
        match serde_json::from_value(value.clone()) {
            Ok(message) => return Ok(Self::CreateExportExportFailed(message)),
            Err(error) => {
                failures.push(format!("{}: {error}", "createExport.exportFailed"))
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

    /// Reads a payload of the message called `message` (its name or callback key),
    /// or [`Callback::Unknown`] for another name.
    pub fn from_message(
        message: &str,
        value: serde_json::Value,
    ) -> std::result::Result<Self, serde_json::Error> {
        match message {
            "orderStatusChanged" | "orderStatus" => {
                serde_json::from_value(value).map(Self::OrderStatusChanged)
            }
            "createOrder.orderAudit" | "orderAudit" => {
                serde_json::from_value(value).map(Self::CreateOrderOrderAudit)
            }
            "exportReady" => serde_json::from_value(value).map(Self::ExportReady),
            "createExport.exportFailed" | "exportFailed" => {
                serde_json::from_value(value).map(Self::CreateExportExportFailed)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }

    /// The message name (`None` for [`Callback::Unknown`]).
    pub fn message_name(&self) -> Option<&'static str> {
        match self {
            Self::OrderStatusChanged(_) => Some("orderStatusChanged"),
            Self::CreateOrderOrderAudit(_) => Some("createOrder.orderAudit"),
            Self::ExportReady(_) => Some("exportReady"),
            Self::CreateExportExportFailed(_) => Some("createExport.exportFailed"),
            Self::Unknown(_) => None,
        }
    }

    /// The payload as JSON.
    pub fn to_json(&self) -> std::result::Result<serde_json::Value, serde_json::Error> {
        serde_json::to_value(self)
    }
}

impl serde::Serialize for Callback {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Self::OrderStatusChanged(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::CreateOrderOrderAudit(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::ExportReady(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::CreateExportExportFailed(message) => {
                serde::Serialize::serialize(message, serializer)
            }
            Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Callback {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Self::from_json(value).map_err(serde::de::Error::custom)
    }
}

//! Data types of Parcelpoint Fulfilment API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderRequest {
    pub sku: String,
    pub quantity: i64,
    #[serde(rename = "statusUrl")]
    pub status_url: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub id: String,
}

/// A refund request (its name is what an inline webhook payload would take).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundIssuedPayload {
    #[serde(rename = "orderId")]
    pub order_id: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaid {
    #[serde(rename = "type")]
    pub type_: InvoicePaidType,
    #[serde(rename = "invoiceId")]
    pub invoice_id: String,
    pub amount: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<InvoicePaidMethod>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportReady {
    #[serde(rename = "exportId")]
    pub export_id: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    #[serde(rename = "orderId")]
    pub order_id: String,
    pub actor: String,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum InvoicePaidType {
    #[serde(rename = "invoice.paid")]
    InvoicePaid,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl InvoicePaidType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvoicePaid => "invoice.paid",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for InvoicePaidType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum InvoicePaidMethod {
    #[serde(rename = "card")]
    Card,
    #[serde(rename = "transfer")]
    Transfer,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl InvoicePaidMethod {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::Transfer => "transfer",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for InvoicePaidMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateExportBody {
    pub from: String,
    pub to: String,
    #[serde(rename = "notifyUrl")]
    pub notify_url: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderShippedPayload {
    #[serde(rename = "type")]
    pub type_: OrderShippedPayloadType,
    #[serde(rename = "orderId")]
    pub order_id: String,
    pub shipment: OrderShippedPayloadShipment,
    pub lines: Vec<OrderShippedPayloadLinesItem>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundIssuedPayload2 {
    #[serde(rename = "type")]
    pub type_: RefundIssuedPayload2Type,
    #[serde(rename = "refundId")]
    pub refund_id: String,
    pub amount: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderStatusChangedPayload {
    #[serde(rename = "orderId")]
    pub order_id: String,
    pub status: OrderStatusChangedPayloadStatus,
    #[serde(rename = "changedAt")]
    pub changed_at: String,
    /// Why the order waits, while it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<OrderStatusChangedPayloadHold>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateExportExportFailedPayload {
    #[serde(rename = "exportId")]
    pub export_id: String,
    pub errors: Vec<CreateExportExportFailedPayloadErrorsItem>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum OrderShippedPayloadType {
    #[serde(rename = "order.shipped")]
    OrderShipped,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl OrderShippedPayloadType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrderShipped => "order.shipped",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderShippedPayloadType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderShippedPayloadShipment {
    pub carrier: OrderShippedPayloadShipmentCarrier,
    #[serde(rename = "trackingNumber")]
    pub tracking_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<OrderShippedPayloadShipmentAddress>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderShippedPayloadLinesItem {
    pub sku: String,
    pub quantity: i64,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum RefundIssuedPayload2Type {
    #[serde(rename = "refund.issued")]
    RefundIssued,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl RefundIssuedPayload2Type {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefundIssued => "refund.issued",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for RefundIssuedPayload2Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum OrderStatusChangedPayloadStatus {
    #[serde(rename = "accepted")]
    Accepted,
    #[serde(rename = "picking")]
    Picking,
    #[serde(rename = "packed")]
    Packed,
    #[serde(rename = "cancelled")]
    Cancelled,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl OrderStatusChangedPayloadStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accepted => "accepted",
            Self::Picking => "picking",
            Self::Packed => "packed",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderStatusChangedPayloadStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why the order waits, while it does.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderStatusChangedPayloadHold {
    pub reason: OrderStatusChangedPayloadHoldReason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateExportExportFailedPayloadErrorsItem {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum OrderShippedPayloadShipmentCarrier {
    #[serde(rename = "dhl")]
    Dhl,
    #[serde(rename = "ups")]
    Ups,
    #[serde(rename = "fedex")]
    Fedex,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl OrderShippedPayloadShipmentCarrier {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dhl => "dhl",
            Self::Ups => "ups",
            Self::Fedex => "fedex",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderShippedPayloadShipmentCarrier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderShippedPayloadShipmentAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(rename = "countryCode")]
    pub country_code: String,
}

#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
pub enum OrderStatusChangedPayloadHoldReason {
    #[serde(rename = "payment")]
    Payment,
    #[serde(rename = "stock")]
    Stock,
    #[serde(rename = "address")]
    Address,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
    Unknown(String),
}

impl OrderStatusChangedPayloadHoldReason {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Payment => "payment",
            Self::Stock => "stock",
            Self::Address => "address",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrderStatusChangedPayloadHoldReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

//! Data types of Parcelpoint Fulfilment API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderRequest {
    pub sku: String,
    pub quantity: i64,
    #[serde(rename = "statusUrl")]
    pub status_url: String,
}

impl OrderRequest {
    /// A `OrderRequest` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(sku: String, quantity: i64, status_url: String) -> Self {
        Self { sku, quantity, status_url }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub id: String,
}

impl Order {
    /// A `Order` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(id: String) -> Self {
        Self { id }
    }
}

/// A refund request (its name is what an inline webhook payload would take).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundIssuedPayload {
    #[serde(rename = "orderId")]
    pub order_id: String,
}

impl RefundIssuedPayload {
    /// A `RefundIssuedPayload` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(order_id: String) -> Self {
        Self { order_id }
    }
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

impl InvoicePaid {
    /// A `InvoicePaid` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(type_: InvoicePaidType, invoice_id: String, amount: i64) -> Self {
        Self {
            type_,
            invoice_id,
            amount,
            method: None,
        }
    }

    /// Sets `method`.
    pub fn with_method(mut self, value: impl Into<InvoicePaidMethod>) -> Self {
        self.method = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExportReady {
    #[serde(rename = "exportId")]
    pub export_id: String,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<i64>,
}

impl ExportReady {
    /// A `ExportReady` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(export_id: String, url: String) -> Self {
        Self { export_id, url, rows: None }
    }

    /// Sets `rows`.
    pub fn with_rows(mut self, value: impl Into<i64>) -> Self {
        self.rows = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuditEntry {
    #[serde(rename = "orderId")]
    pub order_id: String,
    pub actor: String,
}

impl AuditEntry {
    /// A `AuditEntry` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(order_id: String, actor: String) -> Self {
        Self { order_id, actor }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePaidType {
    InvoicePaid,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for InvoicePaidType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "invoice.paid" => Self::InvoicePaid,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicePaidType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicePaidType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaidType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePaidMethod {
    Card,
    Transfer,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for InvoicePaidMethod {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "card" => Self::Card,
            "transfer" => Self::Transfer,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicePaidMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicePaidMethod {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaidMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CreateExportBody {
    pub from: String,
    pub to: String,
    #[serde(rename = "notifyUrl")]
    pub notify_url: String,
}

impl CreateExportBody {
    /// A `CreateExportBody` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(from: String, to: String, notify_url: String) -> Self {
        Self { from, to, notify_url }
    }
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

impl OrderShippedPayload {
    /// A `OrderShippedPayload` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        type_: OrderShippedPayloadType,
        order_id: String,
        shipment: OrderShippedPayloadShipment,
        lines: Vec<OrderShippedPayloadLinesItem>,
    ) -> Self {
        Self {
            type_,
            order_id,
            shipment,
            lines,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefundIssuedPayload2 {
    #[serde(rename = "type")]
    pub type_: RefundIssuedPayload2Type,
    #[serde(rename = "refundId")]
    pub refund_id: String,
    pub amount: i64,
}

impl RefundIssuedPayload2 {
    /// A `RefundIssuedPayload2` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(type_: RefundIssuedPayload2Type, refund_id: String, amount: i64) -> Self {
        Self { type_, refund_id, amount }
    }
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

impl OrderStatusChangedPayload {
    /// A `OrderStatusChangedPayload` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        order_id: String,
        status: OrderStatusChangedPayloadStatus,
        changed_at: String,
    ) -> Self {
        Self {
            order_id,
            status,
            changed_at,
            hold: None,
        }
    }

    /// Sets `hold`.
    pub fn with_hold(mut self, value: impl Into<OrderStatusChangedPayloadHold>) -> Self {
        self.hold = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateExportExportFailedPayload {
    #[serde(rename = "exportId")]
    pub export_id: String,
    pub errors: Vec<CreateExportExportFailedPayloadErrorsItem>,
}

impl CreateExportExportFailedPayload {
    /// A `CreateExportExportFailedPayload` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        export_id: String,
        errors: Vec<CreateExportExportFailedPayloadErrorsItem>,
    ) -> Self {
        Self { export_id, errors }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderShippedPayloadType {
    OrderShipped,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for OrderShippedPayloadType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "order.shipped" => Self::OrderShipped,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OrderShippedPayloadType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrderShippedPayloadType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderShippedPayloadType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
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

impl OrderShippedPayloadShipment {
    /// A `OrderShippedPayloadShipment` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        carrier: OrderShippedPayloadShipmentCarrier,
        tracking_number: String,
    ) -> Self {
        Self {
            carrier,
            tracking_number,
            address: None,
        }
    }

    /// Sets `address`.
    pub fn with_address(
        mut self,
        value: impl Into<OrderShippedPayloadShipmentAddress>,
    ) -> Self {
        self.address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderShippedPayloadLinesItem {
    pub sku: String,
    pub quantity: i64,
}

impl OrderShippedPayloadLinesItem {
    /// A `OrderShippedPayloadLinesItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(sku: String, quantity: i64) -> Self {
        Self { sku, quantity }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RefundIssuedPayload2Type {
    RefundIssued,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for RefundIssuedPayload2Type {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "refund.issued" => Self::RefundIssued,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for RefundIssuedPayload2Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RefundIssuedPayload2Type {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RefundIssuedPayload2Type {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderStatusChangedPayloadStatus {
    Accepted,
    Picking,
    Packed,
    Cancelled,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for OrderStatusChangedPayloadStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "accepted" => Self::Accepted,
            "picking" => Self::Picking,
            "packed" => Self::Packed,
            "cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OrderStatusChangedPayloadStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrderStatusChangedPayloadStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderStatusChangedPayloadStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Why the order waits, while it does.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderStatusChangedPayloadHold {
    pub reason: OrderStatusChangedPayloadHoldReason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
}

impl OrderStatusChangedPayloadHold {
    /// A `OrderStatusChangedPayloadHold` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(reason: OrderStatusChangedPayloadHoldReason) -> Self {
        Self { reason, until: None }
    }

    /// Sets `until`.
    pub fn with_until(mut self, value: impl Into<String>) -> Self {
        self.until = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateExportExportFailedPayloadErrorsItem {
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl CreateExportExportFailedPayloadErrorsItem {
    /// A `CreateExportExportFailedPayloadErrorsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(code: String) -> Self {
        Self { code, detail: None }
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderShippedPayloadShipmentCarrier {
    Dhl,
    Ups,
    Fedex,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for OrderShippedPayloadShipmentCarrier {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "dhl" => Self::Dhl,
            "ups" => Self::Ups,
            "fedex" => Self::Fedex,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OrderShippedPayloadShipmentCarrier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrderShippedPayloadShipmentCarrier {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderShippedPayloadShipmentCarrier {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
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

impl OrderShippedPayloadShipmentAddress {
    /// A `OrderShippedPayloadShipmentAddress` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(country_code: String) -> Self {
        Self {
            line1: None,
            city: None,
            country_code,
        }
    }

    /// Sets `line1`.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }

    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderStatusChangedPayloadHoldReason {
    Payment,
    Stock,
    Address,
    /// A value this version of the contract does not know (sent by a newer version).
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

impl From<String> for OrderStatusChangedPayloadHoldReason {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "payment" => Self::Payment,
            "stock" => Self::Stock,
            "address" => Self::Address,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OrderStatusChangedPayloadHoldReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrderStatusChangedPayloadHoldReason {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderStatusChangedPayloadHoldReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

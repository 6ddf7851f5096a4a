//! Data types of Meterly Billing Webhooks, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookHeaders {
    #[serde(rename = "Meterly-Signature")]
    pub meterly_signature: String,
    /// Delivery id; identical across retries of the same delivery.
    #[serde(rename = "Meterly-Webhook-Id")]
    pub meterly_webhook_id: String,
    #[serde(rename = "X-Correlation-ID")]
    pub x_correlation_id: String,
}

impl WebhookHeaders {
    /// A `WebhookHeaders` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        meterly_signature: String,
        meterly_webhook_id: String,
        x_correlation_id: String,
    ) -> Self {
        Self {
            meterly_signature,
            meterly_webhook_id,
            x_correlation_id,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageHeaders {
    /// Set to the envelope's eventId so retries are de-duplicated.
    #[serde(rename = "Idempotency-Key")]
    pub idempotency_key: String,
    #[serde(rename = "X-Correlation-ID")]
    pub x_correlation_id: String,
}

impl UsageHeaders {
    /// A `UsageHeaders` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(idempotency_key: String, x_correlation_id: String) -> Self {
        Self {
            idempotency_key,
            x_correlation_id,
        }
    }
}

pub type Currency = String;

pub type Decimal = String;

/// Unix epoch seconds (UTC).
pub type Timestamp = i64;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaidEvent {
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: InvoicePaidEventType,
    pub data: InvoicePaidEventData,
}

impl InvoicePaidEvent {
    /// A `InvoicePaidEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: InvoicePaidEventType,
        data: InvoicePaidEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentFailedEvent {
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: InvoicePaymentFailedEventType,
    pub data: InvoicePaymentFailedEventData,
}

impl InvoicePaymentFailedEvent {
    /// A `InvoicePaymentFailedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: InvoicePaymentFailedEventType,
        data: InvoicePaymentFailedEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubscriptionCanceledEvent {
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: SubscriptionCanceledEventType,
    pub data: SubscriptionCanceledEventData,
}

impl SubscriptionCanceledEvent {
    /// A `SubscriptionCanceledEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: SubscriptionCanceledEventType,
        data: SubscriptionCanceledEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageReportedEvent {
    #[serde(rename = "eventId")]
    pub event_id: crate::formats::Uuid,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    #[serde(rename = "schemaVersion")]
    pub schema_version: String,
    #[serde(rename = "type")]
    pub type_: UsageReportedEventType,
    pub data: UsageReportedEventData,
}

impl UsageReportedEvent {
    /// A `UsageReportedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        event_id: crate::formats::Uuid,
        occurred_at: crate::formats::DateTime,
        tenant_id: String,
        schema_version: String,
        type_: UsageReportedEventType,
        data: UsageReportedEventData,
    ) -> Self {
        Self {
            event_id,
            occurred_at,
            tenant_id,
            schema_version,
            type_,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePaidEventType {
    InvoicePaid,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoicePaidEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvoicePaid => "invoice.paid",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoicePaidEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "invoice.paid" => Self::InvoicePaid,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicePaidEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicePaidEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaidEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaidEventData {
    pub invoice_id: String,
    pub number: String,
    pub customer: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub subscription: Option<Option<String>>,
    pub currency: String,
    pub total: String,
    pub amount_paid: String,
    /// Unix epoch seconds (UTC).
    pub paid_at: i64,
}

impl InvoicePaidEventData {
    /// A `InvoicePaidEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        invoice_id: String,
        number: String,
        customer: String,
        currency: String,
        total: String,
        amount_paid: String,
        paid_at: i64,
    ) -> Self {
        Self {
            invoice_id,
            number,
            customer,
            subscription: None,
            currency,
            total,
            amount_paid,
            paid_at,
        }
    }

    /// Sets `subscription` (`Some(None)` there sends `null`).
    pub fn with_subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePaymentFailedEventType {
    InvoicePaymentFailed,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoicePaymentFailedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvoicePaymentFailed => "invoice.payment_failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoicePaymentFailedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "invoice.payment_failed" => Self::InvoicePaymentFailed,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicePaymentFailedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicePaymentFailedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaymentFailedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaymentFailedEventData {
    pub invoice_id: String,
    pub customer: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub subscription: Option<Option<String>>,
    pub currency: String,
    pub amount_due: String,
    pub attempt_count: i64,
    pub failure_code: InvoicePaymentFailedEventDataFailureCode,
    /// Unix seconds of the next retry; null when dunning is exhausted.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub next_attempt_at: Option<Option<i64>>,
}

impl InvoicePaymentFailedEventData {
    /// A `InvoicePaymentFailedEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        invoice_id: String,
        customer: String,
        currency: String,
        amount_due: String,
        attempt_count: i64,
        failure_code: InvoicePaymentFailedEventDataFailureCode,
    ) -> Self {
        Self {
            invoice_id,
            customer,
            subscription: None,
            currency,
            amount_due,
            attempt_count,
            failure_code,
            next_attempt_at: None,
        }
    }

    /// Sets `subscription` (`Some(None)` there sends `null`).
    pub fn with_subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(Some(value.into()));
        self
    }

    /// Sets `next_attempt_at` (`Some(None)` there sends `null`).
    pub fn with_next_attempt_at(mut self, value: impl Into<i64>) -> Self {
        self.next_attempt_at = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionCanceledEventType {
    SubscriptionCanceled,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SubscriptionCanceledEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SubscriptionCanceled => "subscription.canceled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SubscriptionCanceledEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "subscription.canceled" => Self::SubscriptionCanceled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SubscriptionCanceledEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubscriptionCanceledEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionCanceledEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubscriptionCanceledEventData {
    pub subscription_id: String,
    pub customer: String,
    pub plan: String,
    /// Unix epoch seconds (UTC).
    pub canceled_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_reason: Option<SubscriptionCanceledEventDataCancellationReason>,
}

impl SubscriptionCanceledEventData {
    /// A `SubscriptionCanceledEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        subscription_id: String,
        customer: String,
        plan: String,
        canceled_at: i64,
    ) -> Self {
        Self {
            subscription_id,
            customer,
            plan,
            canceled_at,
            cancellation_reason: None,
        }
    }

    /// Sets `cancellation_reason`.
    pub fn with_cancellation_reason(
        mut self,
        value: impl Into<SubscriptionCanceledEventDataCancellationReason>,
    ) -> Self {
        self.cancellation_reason = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageReportedEventType {
    UsageReported,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl UsageReportedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsageReported => "usage.reported",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UsageReportedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "usage.reported" => Self::UsageReported,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UsageReportedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UsageReportedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UsageReportedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageReportedEventData {
    pub records: Vec<UsageReportedEventDataRecordsItem>,
}

impl UsageReportedEventData {
    /// A `UsageReportedEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(records: Vec<UsageReportedEventDataRecordsItem>) -> Self {
        Self { records }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicePaymentFailedEventDataFailureCode {
    CardDeclined,
    InsufficientFunds,
    ExpiredCard,
    MandateRevoked,
    ProcessingError,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoicePaymentFailedEventDataFailureCode {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CardDeclined => "card_declined",
            Self::InsufficientFunds => "insufficient_funds",
            Self::ExpiredCard => "expired_card",
            Self::MandateRevoked => "mandate_revoked",
            Self::ProcessingError => "processing_error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoicePaymentFailedEventDataFailureCode {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "card_declined" => Self::CardDeclined,
            "insufficient_funds" => Self::InsufficientFunds,
            "expired_card" => Self::ExpiredCard,
            "mandate_revoked" => Self::MandateRevoked,
            "processing_error" => Self::ProcessingError,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicePaymentFailedEventDataFailureCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicePaymentFailedEventDataFailureCode {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoicePaymentFailedEventDataFailureCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionCanceledEventDataCancellationReason {
    CustomerRequest,
    NonPayment,
    Fraud,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SubscriptionCanceledEventDataCancellationReason {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CustomerRequest => "customer_request",
            Self::NonPayment => "non_payment",
            Self::Fraud => "fraud",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SubscriptionCanceledEventDataCancellationReason {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "customer_request" => Self::CustomerRequest,
            "non_payment" => Self::NonPayment,
            "fraud" => Self::Fraud,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SubscriptionCanceledEventDataCancellationReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubscriptionCanceledEventDataCancellationReason {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionCanceledEventDataCancellationReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageReportedEventDataRecordsItem {
    pub subscription: String,
    pub quantity: i64,
    /// Unix epoch seconds (UTC).
    pub timestamp: i64,
    ///
    /// Absent means the contract's default value (kept absent here).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<UsageReportedEventDataRecordsItemAction>,
}

impl UsageReportedEventDataRecordsItem {
    /// A `UsageReportedEventDataRecordsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(subscription: String, quantity: i64, timestamp: i64) -> Self {
        Self {
            subscription,
            quantity,
            timestamp,
            action: None,
        }
    }

    /// Sets `action`.
    pub fn with_action(
        mut self,
        value: impl Into<UsageReportedEventDataRecordsItemAction>,
    ) -> Self {
        self.action = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageReportedEventDataRecordsItemAction {
    Increment,
    Set,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl UsageReportedEventDataRecordsItemAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Increment => "increment",
            Self::Set => "set",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UsageReportedEventDataRecordsItemAction {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "increment" => Self::Increment,
            "set" => Self::Set,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UsageReportedEventDataRecordsItemAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UsageReportedEventDataRecordsItemAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UsageReportedEventDataRecordsItemAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Optional and nullable properties: absent is `None`, `null` is `Some(None)`.
mod nullable {
    pub(super) fn deserialize<'de, T, D>(
        deserializer: D,
    ) -> std::result::Result<Option<Option<T>>, D::Error>
    where
        T: serde::Deserialize<'de>,
        D: serde::Deserializer<'de>,
    {
        <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
    }
}

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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageHeaders {
    /// Set to the envelope's eventId so retries are de-duplicated.
    #[serde(rename = "Idempotency-Key")]
    pub idempotency_key: String,
    #[serde(rename = "X-Correlation-ID")]
    pub x_correlation_id: String,
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
pub enum InvoicePaidEventType {
    #[serde(rename = "invoice.paid")]
    InvoicePaid,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for InvoicePaidEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
pub enum InvoicePaymentFailedEventType {
    #[serde(rename = "invoice.payment_failed")]
    InvoicePaymentFailed,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for InvoicePaymentFailedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
pub enum SubscriptionCanceledEventType {
    #[serde(rename = "subscription.canceled")]
    SubscriptionCanceled,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for SubscriptionCanceledEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
pub enum UsageReportedEventType {
    #[serde(rename = "usage.reported")]
    UsageReported,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for UsageReportedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageReportedEventData {
    pub records: Vec<UsageReportedEventDataRecordsItem>,
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
pub enum InvoicePaymentFailedEventDataFailureCode {
    #[serde(rename = "card_declined")]
    CardDeclined,
    #[serde(rename = "insufficient_funds")]
    InsufficientFunds,
    #[serde(rename = "expired_card")]
    ExpiredCard,
    #[serde(rename = "mandate_revoked")]
    MandateRevoked,
    #[serde(rename = "processing_error")]
    ProcessingError,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for InvoicePaymentFailedEventDataFailureCode {
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
pub enum SubscriptionCanceledEventDataCancellationReason {
    #[serde(rename = "customer_request")]
    CustomerRequest,
    #[serde(rename = "non_payment")]
    NonPayment,
    #[serde(rename = "fraud")]
    Fraud,
    #[serde(rename = "other")]
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for SubscriptionCanceledEventDataCancellationReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
pub enum UsageReportedEventDataRecordsItemAction {
    #[serde(rename = "increment")]
    Increment,
    #[serde(rename = "set")]
    Set,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for UsageReportedEventDataRecordsItemAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

//! Data types of Meterly Billing API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub error: ErrorError,
}

impl Error {
    /// A `Error` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(error: ErrorError) -> Self {
        Self { error }
    }
}

/// Decimal amount in major units of `currency`.
pub type Decimal = String;

/// Lower-case ISO 4217 currency code.
pub type Currency = String;

/// Unix epoch seconds (UTC).
pub type Timestamp = i64;

/// Up to 50 string key/value pairs for the integrator's own use.
pub type Metadata = std::collections::BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line2: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub state: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Address {
    /// A `Address` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            line1: None,
            line2: None,
            city: None,
            state: None,
            postal_code: None,
            country: None,
        }
    }

    /// Sets `line1`.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }

    /// Sets `line2` (`Some(None)` there sends `null`).
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(Some(value.into()));
        self
    }

    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `state` (`Some(None)` there sends `null`).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(Some(value.into()));
        self
    }

    /// Sets `postal_code`.
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }

    /// Sets `country`.
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
}

impl Default for Address {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    pub id: String,
    pub object: CustomerObject,
    pub email: crate::formats::Email,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// Lower-case ISO 4217 currency code.
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_id: Option<Option<String>>,
    /// Id of the customer in the integrator's system of record (e.g. the ERP debtor id).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub external_id: Option<Option<String>>,
    /// Unix epoch seconds (UTC).
    pub created: i64,
    /// Up to 50 string key/value pairs for the integrator's own use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

impl Customer {
    /// A `Customer` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: CustomerObject,
        email: crate::formats::Email,
        currency: String,
        created: i64,
    ) -> Self {
        Self {
            id,
            object,
            email,
            name: None,
            currency,
            address: None,
            tax_id: None,
            external_id: None,
            created,
            metadata: None,
        }
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `address`.
    pub fn with_address(mut self, value: impl Into<Address>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `tax_id` (`Some(None)` there sends `null`).
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(Some(value.into()));
        self
    }

    /// Sets `external_id` (`Some(None)` there sends `null`).
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = Some(Some(value.into()));
        self
    }

    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerCreate {
    pub email: crate::formats::Email,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Lower-case ISO 4217 currency code.
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Up to 50 string key/value pairs for the integrator's own use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

impl CustomerCreate {
    /// A `CustomerCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(email: crate::formats::Email, currency: String) -> Self {
        Self {
            email,
            name: None,
            currency,
            address: None,
            tax_id: None,
            external_id: None,
            metadata: None,
        }
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `address`.
    pub fn with_address(mut self, value: impl Into<Address>) -> Self {
        self.address = Some(value.into());
        self
    }

    /// Sets `tax_id`.
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(value.into());
        self
    }

    /// Sets `external_id`.
    pub fn with_external_id(mut self, value: impl Into<String>) -> Self {
        self.external_id = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerList {
    pub object: CustomerListObject,
    pub data: Vec<Customer>,
    pub has_more: bool,
}

impl CustomerList {
    /// A `CustomerList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(object: CustomerListObject, data: Vec<Customer>, has_more: bool) -> Self {
        Self { object, data, has_more }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Plan {
    pub id: String,
    pub object: PlanObject,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    pub interval: PlanInterval,
    pub interval_count: i64,
    /// Decimal amount in major units of `currency`.
    pub unit_amount: String,
    /// Lower-case ISO 4217 currency code.
    pub currency: String,
    pub usage_type: PlanUsageType,
    pub active: bool,
    /// Unix epoch seconds (UTC).
    pub created: i64,
}

impl Plan {
    /// A `Plan` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: PlanObject,
        name: String,
        interval: PlanInterval,
        interval_count: i64,
        unit_amount: String,
        currency: String,
        usage_type: PlanUsageType,
        active: bool,
        created: i64,
    ) -> Self {
        Self {
            id,
            object,
            name,
            product_name: None,
            interval,
            interval_count,
            unit_amount,
            currency,
            usage_type,
            active,
            created,
        }
    }

    /// Sets `product_name`.
    pub fn with_product_name(mut self, value: impl Into<String>) -> Self {
        self.product_name = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlanList {
    pub object: PlanListObject,
    pub data: Vec<Plan>,
    pub has_more: bool,
}

impl PlanList {
    /// A `PlanList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(object: PlanListObject, data: Vec<Plan>, has_more: bool) -> Self {
        Self { object, data, has_more }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionStatus {
    Trialing,
    Active,
    PastDue,
    Paused,
    Canceled,
    Incomplete,
    IncompleteExpired,
    Unpaid,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SubscriptionStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Paused => "paused",
            Self::Canceled => "canceled",
            Self::Incomplete => "incomplete",
            Self::IncompleteExpired => "incomplete_expired",
            Self::Unpaid => "unpaid",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SubscriptionStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "trialing" => Self::Trialing,
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "paused" => Self::Paused,
            "canceled" => Self::Canceled,
            "incomplete" => Self::Incomplete,
            "incomplete_expired" => Self::IncompleteExpired,
            "unpaid" => Self::Unpaid,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SubscriptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubscriptionStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Subscription {
    pub id: String,
    pub object: SubscriptionObject,
    pub customer: String,
    pub plan: Plan,
    pub status: SubscriptionStatus,
    pub quantity: i64,
    /// Unix epoch seconds (UTC).
    pub start_date: i64,
    /// Unix epoch seconds (UTC).
    pub current_period_start: i64,
    /// Unix epoch seconds (UTC).
    pub current_period_end: i64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub trial_end: Option<Option<i64>>,
    pub cancel_at_period_end: bool,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub canceled_at: Option<Option<i64>>,
    /// Unix epoch seconds (UTC).
    pub created: i64,
    /// Up to 50 string key/value pairs for the integrator's own use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

impl Subscription {
    /// A `Subscription` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: SubscriptionObject,
        customer: String,
        plan: Plan,
        status: SubscriptionStatus,
        quantity: i64,
        start_date: i64,
        current_period_start: i64,
        current_period_end: i64,
        cancel_at_period_end: bool,
        created: i64,
    ) -> Self {
        Self {
            id,
            object,
            customer,
            plan,
            status,
            quantity,
            start_date,
            current_period_start,
            current_period_end,
            trial_end: None,
            cancel_at_period_end,
            canceled_at: None,
            created,
            metadata: None,
        }
    }

    /// Sets `trial_end` (`Some(None)` there sends `null`).
    pub fn with_trial_end(mut self, value: impl Into<i64>) -> Self {
        self.trial_end = Some(Some(value.into()));
        self
    }

    /// Sets `canceled_at` (`Some(None)` there sends `null`).
    pub fn with_canceled_at(mut self, value: impl Into<i64>) -> Self {
        self.canceled_at = Some(Some(value.into()));
        self
    }

    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubscriptionCreate {
    pub customer: String,
    pub plan: String,
    #[serde(default = "defaults::subscription_create_quantity")]
    pub quantity: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_period_days: Option<i64>,
    /// Up to 50 string key/value pairs for the integrator's own use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

impl SubscriptionCreate {
    /// A `SubscriptionCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(customer: String, plan: String) -> Self {
        Self {
            customer,
            plan,
            quantity: defaults::subscription_create_quantity(),
            trial_period_days: None,
            metadata: None,
        }
    }

    /// Sets `quantity`.
    pub fn with_quantity(mut self, value: impl Into<i64>) -> Self {
        self.quantity = value.into();
        self
    }

    /// Sets `trial_period_days`.
    pub fn with_trial_period_days(mut self, value: impl Into<i64>) -> Self {
        self.trial_period_days = Some(value.into());
        self
    }

    /// Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SubscriptionList {
    pub object: SubscriptionListObject,
    pub data: Vec<Subscription>,
    pub has_more: bool,
}

impl SubscriptionList {
    /// A `SubscriptionList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        object: SubscriptionListObject,
        data: Vec<Subscription>,
        has_more: bool,
    ) -> Self {
        Self { object, data, has_more }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    Draft,
    Open,
    Paid,
    Void,
    Uncollectible,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "open" => Self::Open,
            "paid" => Self::Paid,
            "void" => Self::Void,
            "uncollectible" => Self::Uncollectible,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLine {
    pub id: String,
    pub description: String,
    pub quantity: i64,
    /// Decimal amount in major units of `currency`.
    pub unit_amount: String,
    /// Decimal amount in major units of `currency`.
    pub amount: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub plan_id: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<bool>,
    pub period: InvoiceLinePeriod,
}

impl InvoiceLine {
    /// A `InvoiceLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        description: String,
        quantity: i64,
        unit_amount: String,
        amount: String,
        period: InvoiceLinePeriod,
    ) -> Self {
        Self {
            id,
            description,
            quantity,
            unit_amount,
            amount,
            plan_id: None,
            proration: None,
            period,
        }
    }

    /// Sets `plan_id` (`Some(None)` there sends `null`).
    pub fn with_plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(Some(value.into()));
        self
    }

    /// Sets `proration`.
    pub fn with_proration(mut self, value: impl Into<bool>) -> Self {
        self.proration = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    pub id: String,
    pub object: InvoiceObject,
    pub number: String,
    pub customer: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub subscription: Option<Option<String>>,
    pub status: InvoiceStatus,
    /// Lower-case ISO 4217 currency code.
    pub currency: String,
    /// Decimal amount in major units of `currency`.
    pub subtotal: String,
    /// Decimal amount in major units of `currency`.
    pub tax: String,
    /// Decimal amount in major units of `currency`.
    pub total: String,
    /// Decimal amount in major units of `currency`.
    pub amount_due: String,
    /// Decimal amount in major units of `currency`.
    pub amount_paid: String,
    /// Unix epoch seconds (UTC).
    pub created: i64,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub due_date: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub paid_at: Option<Option<i64>>,
    pub lines: InvoiceLines,
}

impl Invoice {
    /// A `Invoice` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: InvoiceObject,
        number: String,
        customer: String,
        status: InvoiceStatus,
        currency: String,
        subtotal: String,
        tax: String,
        total: String,
        amount_due: String,
        amount_paid: String,
        created: i64,
        lines: InvoiceLines,
    ) -> Self {
        Self {
            id,
            object,
            number,
            customer,
            subscription: None,
            status,
            currency,
            subtotal,
            tax,
            total,
            amount_due,
            amount_paid,
            created,
            due_date: None,
            paid_at: None,
            lines,
        }
    }

    /// Sets `subscription` (`Some(None)` there sends `null`).
    pub fn with_subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(Some(value.into()));
        self
    }

    /// Sets `due_date` (`Some(None)` there sends `null`).
    pub fn with_due_date(mut self, value: impl Into<i64>) -> Self {
        self.due_date = Some(Some(value.into()));
        self
    }

    /// Sets `paid_at` (`Some(None)` there sends `null`).
    pub fn with_paid_at(mut self, value: impl Into<i64>) -> Self {
        self.paid_at = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceList {
    pub object: InvoiceListObject,
    pub data: Vec<Invoice>,
    pub has_more: bool,
}

impl InvoiceList {
    /// A `InvoiceList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(object: InvoiceListObject, data: Vec<Invoice>, has_more: bool) -> Self {
        Self { object, data, has_more }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageRecordCreate {
    /// A subscription on a plan with `usage_type: metered`.
    pub subscription: String,
    pub quantity: i64,
    /// Unix epoch seconds (UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<i64>,
    #[serde(default = "defaults::usage_record_create_action")]
    pub action: UsageRecordCreateAction,
}

impl UsageRecordCreate {
    /// A `UsageRecordCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(subscription: String, quantity: i64) -> Self {
        Self {
            subscription,
            quantity,
            timestamp: None,
            action: defaults::usage_record_create_action(),
        }
    }

    /// Sets `timestamp`.
    pub fn with_timestamp(mut self, value: impl Into<i64>) -> Self {
        self.timestamp = Some(value.into());
        self
    }

    /// Sets `action`.
    pub fn with_action(mut self, value: impl Into<UsageRecordCreateAction>) -> Self {
        self.action = value.into();
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UsageRecord {
    pub id: String,
    pub object: UsageRecordObject,
    pub subscription: String,
    pub quantity: i64,
    /// Unix epoch seconds (UTC).
    pub timestamp: i64,
    pub action: UsageRecordAction,
}

impl UsageRecord {
    /// A `UsageRecord` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: UsageRecordObject,
        subscription: String,
        quantity: i64,
        timestamp: i64,
        action: UsageRecordAction,
    ) -> Self {
        Self {
            id,
            object,
            subscription,
            quantity,
            timestamp,
            action,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorError {
    #[serde(rename = "type")]
    pub type_: ErrorErrorType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

impl ErrorError {
    /// A `ErrorError` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(type_: ErrorErrorType, message: String) -> Self {
        Self {
            type_,
            code: None,
            message,
            param: None,
            request_id: None,
        }
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `param`.
    pub fn with_param(mut self, value: impl Into<String>) -> Self {
        self.param = Some(value.into());
        self
    }

    /// Sets `request_id`.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerObject {
    Customer,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CustomerObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Customer => "customer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomerObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "customer" => Self::Customer,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CustomerObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomerObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomerObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerListObject {
    List,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CustomerListObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomerListObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "list" => Self::List,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CustomerListObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomerListObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomerListObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanObject {
    Plan,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PlanObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plan => "plan",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PlanObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "plan" => Self::Plan,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PlanObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PlanObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlanObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanInterval {
    Day,
    Week,
    Month,
    Year,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PlanInterval {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PlanInterval {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "day" => Self::Day,
            "week" => Self::Week,
            "month" => Self::Month,
            "year" => Self::Year,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PlanInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PlanInterval {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlanInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanUsageType {
    Licensed,
    Metered,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PlanUsageType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Licensed => "licensed",
            Self::Metered => "metered",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PlanUsageType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "licensed" => Self::Licensed,
            "metered" => Self::Metered,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PlanUsageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PlanUsageType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlanUsageType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlanListObject {
    List,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PlanListObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PlanListObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "list" => Self::List,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PlanListObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PlanListObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlanListObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionObject {
    Subscription,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SubscriptionObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Subscription => "subscription",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SubscriptionObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "subscription" => Self::Subscription,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SubscriptionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubscriptionObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubscriptionListObject {
    List,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SubscriptionListObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SubscriptionListObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "list" => Self::List,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SubscriptionListObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SubscriptionListObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SubscriptionListObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLinePeriod {
    /// Unix epoch seconds (UTC).
    pub start: i64,
    /// Unix epoch seconds (UTC).
    pub end: i64,
}

impl InvoiceLinePeriod {
    /// A `InvoiceLinePeriod` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(start: i64, end: i64) -> Self {
        Self { start, end }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceObject {
    Invoice,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invoice => "invoice",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "invoice" => Self::Invoice,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLines {
    pub object: InvoiceLinesObject,
    pub data: Vec<InvoiceLine>,
    pub has_more: bool,
}

impl InvoiceLines {
    /// A `InvoiceLines` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        object: InvoiceLinesObject,
        data: Vec<InvoiceLine>,
        has_more: bool,
    ) -> Self {
        Self { object, data, has_more }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceListObject {
    List,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceListObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceListObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "list" => Self::List,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceListObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceListObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceListObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageRecordCreateAction {
    Increment,
    Set,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl UsageRecordCreateAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Increment => "increment",
            Self::Set => "set",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UsageRecordCreateAction {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "increment" => Self::Increment,
            "set" => Self::Set,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UsageRecordCreateAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UsageRecordCreateAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UsageRecordCreateAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageRecordObject {
    UsageRecord,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl UsageRecordObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UsageRecord => "usage_record",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UsageRecordObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "usage_record" => Self::UsageRecord,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UsageRecordObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UsageRecordObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UsageRecordObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UsageRecordAction {
    Increment,
    Set,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl UsageRecordAction {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Increment => "increment",
            Self::Set => "set",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for UsageRecordAction {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "increment" => Self::Increment,
            "set" => Self::Set,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for UsageRecordAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for UsageRecordAction {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for UsageRecordAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorErrorType {
    InvalidRequestError,
    AuthenticationError,
    IdempotencyError,
    RateLimitError,
    CardError,
    ApiError,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ErrorErrorType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequestError => "invalid_request_error",
            Self::AuthenticationError => "authentication_error",
            Self::IdempotencyError => "idempotency_error",
            Self::RateLimitError => "rate_limit_error",
            Self::CardError => "card_error",
            Self::ApiError => "api_error",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ErrorErrorType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "invalid_request_error" => Self::InvalidRequestError,
            "authentication_error" => Self::AuthenticationError,
            "idempotency_error" => Self::IdempotencyError,
            "rate_limit_error" => Self::RateLimitError,
            "card_error" => Self::CardError,
            "api_error" => Self::ApiError,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ErrorErrorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ErrorErrorType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ErrorErrorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceLinesObject {
    List,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceLinesObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "list",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceLinesObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "list" => Self::List,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceLinesObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceLinesObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceLinesObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ListSubscriptionsStatus {
    Trialing,
    Active,
    PastDue,
    Paused,
    Canceled,
    Incomplete,
    IncompleteExpired,
    Unpaid,
    All,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ListSubscriptionsStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Paused => "paused",
            Self::Canceled => "canceled",
            Self::Incomplete => "incomplete",
            Self::IncompleteExpired => "incomplete_expired",
            Self::Unpaid => "unpaid",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListSubscriptionsStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "trialing" => Self::Trialing,
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "paused" => Self::Paused,
            "canceled" => Self::Canceled,
            "incomplete" => Self::Incomplete,
            "incomplete_expired" => Self::IncompleteExpired,
            "unpaid" => Self::Unpaid,
            "all" => Self::All,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ListSubscriptionsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListSubscriptionsStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CancelSubscriptionBody {
    pub at_period_end: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<CancelSubscriptionBodyReason>,
}

impl CancelSubscriptionBody {
    /// A `CancelSubscriptionBody` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            at_period_end: defaults::cancel_subscription_body_at_period_end(),
            reason: None,
        }
    }

    /// Sets `at_period_end`.
    pub fn with_at_period_end(mut self, value: impl Into<bool>) -> Self {
        self.at_period_end = value.into();
        self
    }

    /// Sets `reason`.
    pub fn with_reason(
        mut self,
        value: impl Into<CancelSubscriptionBodyReason>,
    ) -> Self {
        self.reason = Some(value.into());
        self
    }
}

impl Default for CancelSubscriptionBody {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CancelSubscriptionBodyReason {
    CustomerRequest,
    NonPayment,
    Fraud,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CancelSubscriptionBodyReason {
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

impl From<String> for CancelSubscriptionBodyReason {
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

impl std::fmt::Display for CancelSubscriptionBodyReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CancelSubscriptionBodyReason {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn subscription_create_quantity() -> i64 {
        1
    }

    pub(super) fn usage_record_create_action() -> super::UsageRecordCreateAction {
        super::UsageRecordCreateAction::Increment
    }

    pub(super) fn cancel_subscription_body_at_period_end() -> bool {
        false
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

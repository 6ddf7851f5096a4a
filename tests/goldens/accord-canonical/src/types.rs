//! Data types of accord-canonical models, one per schema of the contract (inline
//! schemas are named after where they appear).
/// An organization we do business with (CRM account / company). Firmographic and ownership data are owned by the CRM; the ERP links its customers to an account through `Customer.accountId`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Account {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    pub name: String,
    #[serde(rename = "legalName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<AccountType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<crate::formats::Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(rename = "employeeCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<i64>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "annualRevenue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_revenue: Option<Money>,
    /// Id of the sales owner (user) in the CRM.
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "parentAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_account_id: Option<String>,
    /// Postal address. The country is always ISO 3166-1 alpha-2; vendors sending names or alpha-3 codes are converted by the mapping.
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Account {
    /// A `Account` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(id: String, source_system: SourceSystem, name: String) -> Self {
        Self {
            id,
            source_system,
            name,
            legal_name: None,
            type_: None,
            website: None,
            industry: None,
            employee_count: None,
            annual_revenue: None,
            owner_id: None,
            parent_account_id: None,
            billing_address: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `legal_name`.
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<AccountType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `website`.
    pub fn with_website(mut self, value: impl Into<crate::formats::Uri>) -> Self {
        self.website = Some(value.into());
        self
    }

    /// Sets `industry`.
    pub fn with_industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(value.into());
        self
    }

    /// Sets `employee_count`.
    pub fn with_employee_count(mut self, value: impl Into<i64>) -> Self {
        self.employee_count = Some(value.into());
        self
    }

    /// Sets `annual_revenue`.
    pub fn with_annual_revenue(mut self, value: impl Into<Money>) -> Self {
        self.annual_revenue = Some(value.into());
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `parent_account_id`.
    pub fn with_parent_account_id(mut self, value: impl Into<String>) -> Self {
        self.parent_account_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

/// System a canonical record was read from (stable slug, also used as the vendor folder name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SourceSystem {
    RelayCrm,
    LedgerlineErp,
    MeterlyBilling,
    HelpwiseSupport,
    ApideckCrm,
    ApideckAccounting,
    CustomerHub,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SourceSystem {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RelayCrm => "relay-crm",
            Self::LedgerlineErp => "ledgerline-erp",
            Self::MeterlyBilling => "meterly-billing",
            Self::HelpwiseSupport => "helpwise-support",
            Self::ApideckCrm => "apideck-crm",
            Self::ApideckAccounting => "apideck-accounting",
            Self::CustomerHub => "customer-hub",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SourceSystem {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "relay-crm" => Self::RelayCrm,
            "ledgerline-erp" => Self::LedgerlineErp,
            "meterly-billing" => Self::MeterlyBilling,
            "helpwise-support" => Self::HelpwiseSupport,
            "apideck-crm" => Self::ApideckCrm,
            "apideck-accounting" => Self::ApideckAccounting,
            "customer-hub" => Self::CustomerHub,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SourceSystem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SourceSystem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SourceSystem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountType {
    Customer,
    Prospect,
    Partner,
    Reseller,
    Supplier,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl AccountType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Customer => "customer",
            Self::Prospect => "prospect",
            Self::Partner => "partner",
            Self::Reseller => "reseller",
            Self::Supplier => "supplier",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AccountType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "customer" => Self::Customer,
            "prospect" => Self::Prospect,
            "partner" => Self::Partner,
            "reseller" => Self::Reseller,
            "supplier" => Self::Supplier,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AccountType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    pub amount: String,
    /// ISO 4217 alphabetic currency code, upper case.
    pub currency: String,
}

impl Money {
    /// A `Money` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(amount: String, currency: String) -> Self {
        Self { amount, currency }
    }
}

/// Postal address. The country is always ISO 3166-1 alpha-2; vendors sending names or alpha-3 codes are converted by the mapping.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State, province or county, free text or ISO 3166-2 subdivision code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postalCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: String,
}

impl Address {
    /// A `Address` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(country: String) -> Self {
        Self {
            line1: None,
            line2: None,
            city: None,
            region: None,
            postal_code: None,
            country,
        }
    }

    /// Sets `line1`.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }

    /// Sets `line2`.
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(value.into());
        self
    }

    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `region`.
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// Sets `postal_code`.
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
}

/// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
pub type Decimal = String;

/// ISO 4217 alphabetic currency code, upper case.
pub type CurrencyCode = String;

/// ISO 3166-1 alpha-2 country code, upper case.
pub type CountryCode = String;

/// A post-sales support case (ticket) raised by a requester. The support desk is the system of record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Case {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    #[serde(rename = "caseNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_number: Option<String>,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub status: CaseStatus,
    pub priority: CasePriority,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<CaseChannel>,
    #[serde(rename = "requesterId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_id: Option<String>,
    #[serde(rename = "requesterEmail")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_email: Option<crate::formats::Email>,
    /// Canonical customer id, resolved from the requester or organization.
    #[serde(rename = "customerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(rename = "assigneeId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(rename = "openedAt")]
    pub opened_at: crate::formats::DateTime,
    #[serde(rename = "resolvedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Case {
    /// A `Case` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        subject: String,
        status: CaseStatus,
        priority: CasePriority,
        opened_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            source_system,
            case_number: None,
            subject,
            description: None,
            status,
            priority,
            channel: None,
            requester_id: None,
            requester_email: None,
            customer_id: None,
            account_id: None,
            assignee_id: None,
            tags: None,
            opened_at,
            resolved_at: None,
            updated_at: None,
        }
    }

    /// Sets `case_number`.
    pub fn with_case_number(mut self, value: impl Into<String>) -> Self {
        self.case_number = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `channel`.
    pub fn with_channel(mut self, value: impl Into<CaseChannel>) -> Self {
        self.channel = Some(value.into());
        self
    }

    /// Sets `requester_id`.
    pub fn with_requester_id(mut self, value: impl Into<String>) -> Self {
        self.requester_id = Some(value.into());
        self
    }

    /// Sets `requester_email`.
    pub fn with_requester_email(
        mut self,
        value: impl Into<crate::formats::Email>,
    ) -> Self {
        self.requester_email = Some(value.into());
        self
    }

    /// Sets `customer_id`.
    pub fn with_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Sets `account_id`.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `assignee_id`.
    pub fn with_assignee_id(mut self, value: impl Into<String>) -> Self {
        self.assignee_id = Some(value.into());
        self
    }

    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }

    /// Sets `resolved_at`.
    pub fn with_resolved_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.resolved_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CaseStatus {
    New,
    Open,
    Pending,
    OnHold,
    Solved,
    Closed,
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CaseStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::New => "new",
            Self::Open => "open",
            Self::Pending => "pending",
            Self::OnHold => "on_hold",
            Self::Solved => "solved",
            Self::Closed => "closed",
            Self::UnknownValue => "unknown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CaseStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "new" => Self::New,
            "open" => Self::Open,
            "pending" => Self::Pending,
            "on_hold" => Self::OnHold,
            "solved" => Self::Solved,
            "closed" => Self::Closed,
            "unknown" => Self::UnknownValue,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CaseStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CaseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CasePriority {
    Low,
    Normal,
    High,
    Urgent,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CasePriority {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Normal => "normal",
            Self::High => "high",
            Self::Urgent => "urgent",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CasePriority {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "low" => Self::Low,
            "normal" => Self::Normal,
            "high" => Self::High,
            "urgent" => Self::Urgent,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CasePriority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CasePriority {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CasePriority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CaseChannel {
    Email,
    Web,
    Phone,
    Chat,
    Api,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CaseChannel {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Web => "web",
            Self::Phone => "phone",
            Self::Chat => "chat",
            Self::Api => "api",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CaseChannel {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "email" => Self::Email,
            "web" => Self::Web,
            "phone" => Self::Phone,
            "chat" => Self::Chat,
            "api" => Self::Api,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CaseChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CaseChannel {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CaseChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A party that buys from us: a person (CRM contact, billing customer) or an organization (ERP debtor). Identity and contact data are owned by the CRM, credit and payment data by the ERP, subscription state by the billing platform. `id` is the id in the source system named by `sourceSystem`; cross-system identity is kept in `externalIds`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// Identifier of the record in `sourceSystem`.
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    /// Ids of the same customer in other systems, keyed by source system slug.
    #[serde(rename = "externalIds")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_ids: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<CustomerType>,
    #[serde(rename = "displayName")]
    pub display_name: String,
    #[serde(rename = "givenName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(rename = "familyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    #[serde(rename = "companyName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<crate::formats::Email>,
    /// Primary phone number, E.164 where the source provides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Commercial lifecycle of a customer across CRM and ERP.
    pub status: CustomerStatus,
    /// Id of the canonical Account this customer belongs to, if any.
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Postal address. The country is always ISO 3166-1 alpha-2; vendors sending names or alpha-3 codes are converted by the mapping.
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    /// ISO 4217 alphabetic currency code, upper case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "creditLimit")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_limit: Option<Money>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<Money>,
    #[serde(rename = "paymentTerms")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<PaymentTerms>,
    #[serde(rename = "taxNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_number: Option<String>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Customer {
    /// A `Customer` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        display_name: String,
        status: CustomerStatus,
    ) -> Self {
        Self {
            id,
            source_system,
            external_ids: None,
            type_: None,
            display_name,
            given_name: None,
            family_name: None,
            company_name: None,
            email: None,
            phone: None,
            status,
            account_id: None,
            billing_address: None,
            currency: None,
            credit_limit: None,
            balance: None,
            payment_terms: None,
            tax_number: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `external_ids`.
    pub fn with_external_ids(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.external_ids = Some(value.into());
        self
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<CustomerType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `given_name`.
    pub fn with_given_name(mut self, value: impl Into<String>) -> Self {
        self.given_name = Some(value.into());
        self
    }

    /// Sets `family_name`.
    pub fn with_family_name(mut self, value: impl Into<String>) -> Self {
        self.family_name = Some(value.into());
        self
    }

    /// Sets `company_name`.
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }

    /// Sets `account_id`.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `credit_limit`.
    pub fn with_credit_limit(mut self, value: impl Into<Money>) -> Self {
        self.credit_limit = Some(value.into());
        self
    }

    /// Sets `balance`.
    pub fn with_balance(mut self, value: impl Into<Money>) -> Self {
        self.balance = Some(value.into());
        self
    }

    /// Sets `payment_terms`.
    pub fn with_payment_terms(mut self, value: impl Into<PaymentTerms>) -> Self {
        self.payment_terms = Some(value.into());
        self
    }

    /// Sets `tax_number`.
    pub fn with_tax_number(mut self, value: impl Into<String>) -> Self {
        self.tax_number = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerType {
    Individual,
    Organization,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CustomerType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Individual => "individual",
            Self::Organization => "organization",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomerType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "individual" => Self::Individual,
            "organization" => Self::Organization,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CustomerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomerType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Commercial lifecycle of a customer across CRM and ERP.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerStatus {
    Prospect,
    Active,
    Inactive,
    Blocked,
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CustomerStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prospect => "prospect",
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::Blocked => "blocked",
            Self::UnknownValue => "unknown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomerStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "prospect" => Self::Prospect,
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            "blocked" => Self::Blocked,
            "unknown" => Self::UnknownValue,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for CustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CustomerStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CustomerStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentTerms {
    DueOnReceipt,
    Net15,
    Net30,
    Net45,
    Net60,
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PaymentTerms {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DueOnReceipt => "due_on_receipt",
            Self::Net15 => "net_15",
            Self::Net30 => "net_30",
            Self::Net45 => "net_45",
            Self::Net60 => "net_60",
            Self::UnknownValue => "unknown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentTerms {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "due_on_receipt" => Self::DueOnReceipt,
            "net_15" => Self::Net15,
            "net_30" => Self::Net30,
            "net_45" => Self::Net45,
            "net_60" => Self::Net60,
            "unknown" => Self::UnknownValue,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PaymentTerms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PaymentTerms {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PaymentTerms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Shared enumerations of the canonical model. The object itself carries no data; other canonical schemas reference the definitions under `$defs` (for example `./enums.schema.yaml#/$defs/CustomerStatus`). Every enum that is fed from a vendor enum has an `unknown` member so that mappings can declare a fallback for values a vendor adds later.
pub type Enums = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderStatus {
    Draft,
    Confirmed,
    PartiallyShipped,
    Shipped,
    Invoiced,
    Canceled,
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl OrderStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Confirmed => "confirmed",
            Self::PartiallyShipped => "partially_shipped",
            Self::Shipped => "shipped",
            Self::Invoiced => "invoiced",
            Self::Canceled => "canceled",
            Self::UnknownValue => "unknown",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for OrderStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "confirmed" => Self::Confirmed,
            "partially_shipped" => Self::PartiallyShipped,
            "shipped" => Self::Shipped,
            "invoiced" => Self::Invoiced,
            "canceled" => Self::Canceled,
            "unknown" => Self::UnknownValue,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    Draft,
    Open,
    PartiallyPaid,
    Paid,
    Void,
    Uncollectible,
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::PartiallyPaid => "partially_paid",
            Self::Paid => "paid",
            Self::Void => "void",
            Self::Uncollectible => "uncollectible",
            Self::UnknownValue => "unknown",
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
            "partially_paid" => Self::PartiallyPaid,
            "paid" => Self::Paid,
            "void" => Self::Void,
            "uncollectible" => Self::Uncollectible,
            "unknown" => Self::UnknownValue,
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

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProductType {
    Goods,
    Service,
    Digital,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ProductType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Goods => "goods",
            Self::Service => "service",
            Self::Digital => "digital",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ProductType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "goods" => Self::Goods,
            "service" => Self::Service,
            "digital" => Self::Digital,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ProductType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ProductType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ProductType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
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
    UnknownValue,
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
            Self::UnknownValue => "unknown",
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
            "unknown" => Self::UnknownValue,
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

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BillingInterval {
    Day,
    Week,
    Month,
    Year,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl BillingInterval {
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

impl From<String> for BillingInterval {
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

impl std::fmt::Display for BillingInterval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for BillingInterval {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BillingInterval {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A customer invoice (accounts receivable) with its lines. Issued either by the ERP (one-off and order invoices) or by the billing platform (subscription invoices). Line amounts are decimal strings in the invoice currency; header totals are Money objects.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    #[serde(rename = "invoiceNumber")]
    pub invoice_number: String,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "orderId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    #[serde(rename = "subscriptionId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    pub status: InvoiceStatus,
    #[serde(rename = "issueDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_date: Option<crate::formats::Date>,
    #[serde(rename = "dueDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<crate::formats::Date>,
    /// ISO 4217 alphabetic currency code, upper case.
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtotal: Option<Money>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "taxTotal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_total: Option<Money>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    pub total: Money,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "amountDue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_due: Option<Money>,
    #[serde(rename = "paidAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<crate::formats::DateTime>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Invoice {
    /// A `Invoice` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        invoice_number: String,
        customer_id: String,
        status: InvoiceStatus,
        currency: String,
        lines: Vec<InvoiceLine>,
        total: Money,
    ) -> Self {
        Self {
            id,
            source_system,
            invoice_number,
            customer_id,
            order_id: None,
            subscription_id: None,
            status,
            issue_date: None,
            due_date: None,
            currency,
            lines,
            subtotal: None,
            tax_total: None,
            total,
            amount_due: None,
            paid_at: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `order_id`.
    pub fn with_order_id(mut self, value: impl Into<String>) -> Self {
        self.order_id = Some(value.into());
        self
    }

    /// Sets `subscription_id`.
    pub fn with_subscription_id(mut self, value: impl Into<String>) -> Self {
        self.subscription_id = Some(value.into());
        self
    }

    /// Sets `issue_date`.
    pub fn with_issue_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.issue_date = Some(value.into());
        self
    }

    /// Sets `due_date`.
    pub fn with_due_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.due_date = Some(value.into());
        self
    }

    /// Sets `subtotal`.
    pub fn with_subtotal(mut self, value: impl Into<Money>) -> Self {
        self.subtotal = Some(value.into());
        self
    }

    /// Sets `tax_total`.
    pub fn with_tax_total(mut self, value: impl Into<Money>) -> Self {
        self.tax_total = Some(value.into());
        self
    }

    /// Sets `amount_due`.
    pub fn with_amount_due(mut self, value: impl Into<Money>) -> Self {
        self.amount_due = Some(value.into());
        self
    }

    /// Sets `paid_at`.
    pub fn with_paid_at(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.paid_at = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLine {
    #[serde(rename = "lineNumber")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_number: Option<i64>,
    pub description: String,
    #[serde(rename = "productId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    pub quantity: String,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    #[serde(rename = "unitPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<String>,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    #[serde(rename = "taxAmount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<String>,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    #[serde(rename = "lineTotal")]
    pub line_total: String,
}

impl InvoiceLine {
    /// A `InvoiceLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(description: String, quantity: String, line_total: String) -> Self {
        Self {
            line_number: None,
            description,
            product_id: None,
            quantity,
            unit_price: None,
            tax_amount: None,
            line_total,
        }
    }

    /// Sets `line_number`.
    pub fn with_line_number(mut self, value: impl Into<i64>) -> Self {
        self.line_number = Some(value.into());
        self
    }

    /// Sets `product_id`.
    pub fn with_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }

    /// Sets `unit_price`.
    pub fn with_unit_price(mut self, value: impl Into<String>) -> Self {
        self.unit_price = Some(value.into());
        self
    }

    /// Sets `tax_amount`.
    pub fn with_tax_amount(mut self, value: impl Into<String>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }
}

/// A sales order with its lines. The ERP is the system of record. Line amounts are decimal strings in the order currency (`currency`); header totals are Money objects.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    #[serde(rename = "orderNumber")]
    pub order_number: String,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    pub status: OrderStatus,
    #[serde(rename = "orderDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_date: Option<crate::formats::Date>,
    #[serde(rename = "requestedDeliveryDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_delivery_date: Option<crate::formats::Date>,
    /// ISO 4217 alphabetic currency code, upper case.
    pub currency: String,
    pub lines: Vec<OrderLine>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "taxAmount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<Money>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "totalAmount")]
    pub total_amount: Money,
    /// Postal address. The country is always ISO 3166-1 alpha-2; vendors sending names or alpha-3 codes are converted by the mapping.
    #[serde(rename = "shippingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Order {
    /// A `Order` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        order_number: String,
        customer_id: String,
        status: OrderStatus,
        currency: String,
        lines: Vec<OrderLine>,
        total_amount: Money,
    ) -> Self {
        Self {
            id,
            source_system,
            order_number,
            customer_id,
            account_id: None,
            status,
            order_date: None,
            requested_delivery_date: None,
            currency,
            lines,
            tax_amount: None,
            total_amount,
            shipping_address: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `account_id`.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `order_date`.
    pub fn with_order_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.order_date = Some(value.into());
        self
    }

    /// Sets `requested_delivery_date`.
    pub fn with_requested_delivery_date(
        mut self,
        value: impl Into<crate::formats::Date>,
    ) -> Self {
        self.requested_delivery_date = Some(value.into());
        self
    }

    /// Sets `tax_amount`.
    pub fn with_tax_amount(mut self, value: impl Into<Money>) -> Self {
        self.tax_amount = Some(value.into());
        self
    }

    /// Sets `shipping_address`.
    pub fn with_shipping_address(mut self, value: impl Into<Address>) -> Self {
        self.shipping_address = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderLine {
    #[serde(rename = "lineNumber")]
    pub line_number: i64,
    #[serde(rename = "productId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    pub quantity: String,
    #[serde(rename = "unitOfMeasure")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_of_measure: Option<String>,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    #[serde(rename = "unitPrice")]
    pub unit_price: String,
    /// Signed decimal number as a string, "." as decimal separator, no exponent, no grouping.
    #[serde(rename = "lineTotal")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_total: Option<String>,
}

impl OrderLine {
    /// A `OrderLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(line_number: i64, quantity: String, unit_price: String) -> Self {
        Self {
            line_number,
            product_id: None,
            sku: None,
            description: None,
            quantity,
            unit_of_measure: None,
            unit_price,
            line_total: None,
        }
    }

    /// Sets `product_id`.
    pub fn with_product_id(mut self, value: impl Into<String>) -> Self {
        self.product_id = Some(value.into());
        self
    }

    /// Sets `sku`.
    pub fn with_sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `unit_of_measure`.
    pub fn with_unit_of_measure(mut self, value: impl Into<String>) -> Self {
        self.unit_of_measure = Some(value.into());
        self
    }

    /// Sets `line_total`.
    pub fn with_line_total(mut self, value: impl Into<String>) -> Self {
        self.line_total = Some(value.into());
        self
    }
}

/// A sellable item or service from the ERP item master. Prices for subscriptions live in the billing platform's plans.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Product {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    pub sku: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<ProductType>,
    /// UN/ECE Recommendation 20 unit code, e.g. EA, H87, HUR.
    #[serde(rename = "unitOfMeasure")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_of_measure: Option<String>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(rename = "listPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_price: Option<Money>,
    #[serde(rename = "taxCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Product {
    /// A `Product` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        sku: String,
        name: String,
    ) -> Self {
        Self {
            id,
            source_system,
            sku,
            name,
            description: None,
            type_: None,
            unit_of_measure: None,
            list_price: None,
            tax_code: None,
            active: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<ProductType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `unit_of_measure`.
    pub fn with_unit_of_measure(mut self, value: impl Into<String>) -> Self {
        self.unit_of_measure = Some(value.into());
        self
    }

    /// Sets `list_price`.
    pub fn with_list_price(mut self, value: impl Into<Money>) -> Self {
        self.list_price = Some(value.into());
        self
    }

    /// Sets `tax_code`.
    pub fn with_tax_code(mut self, value: impl Into<String>) -> Self {
        self.tax_code = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn with_active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }

    /// Sets `updated_at`.
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(value.into());
        self
    }
}

/// A recurring-revenue subscription of a customer to a plan. The billing platform is the system of record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Subscription {
    pub id: String,
    /// System a canonical record was read from (stable slug, also used as the vendor folder name).
    #[serde(rename = "sourceSystem")]
    pub source_system: SourceSystem,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "planId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    #[serde(rename = "planName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_name: Option<String>,
    pub status: SubscriptionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// A monetary amount. The amount is a decimal string (never a binary float) in major units of the currency, e.g. "1249.90" EUR. Vendors that send minor units (integer cents) or JSON numbers are converted by the mapping (`minor-units-to-decimal`, `to-string`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    #[serde(rename = "billingInterval")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_interval: Option<BillingInterval>,
    #[serde(rename = "intervalCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval_count: Option<i64>,
    #[serde(rename = "startedAt")]
    pub started_at: crate::formats::DateTime,
    #[serde(rename = "currentPeriodStart")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_period_start: Option<crate::formats::DateTime>,
    #[serde(rename = "currentPeriodEnd")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_period_end: Option<crate::formats::DateTime>,
    #[serde(rename = "trialEndsAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trial_ends_at: Option<crate::formats::DateTime>,
    #[serde(rename = "cancelAtPeriodEnd")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_at_period_end: Option<bool>,
    #[serde(rename = "canceledAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canceled_at: Option<crate::formats::DateTime>,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
}

impl Subscription {
    /// A `Subscription` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        source_system: SourceSystem,
        customer_id: String,
        status: SubscriptionStatus,
        started_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            source_system,
            customer_id,
            plan_id: None,
            plan_name: None,
            status,
            quantity: None,
            price: None,
            billing_interval: None,
            interval_count: None,
            started_at,
            current_period_start: None,
            current_period_end: None,
            trial_ends_at: None,
            cancel_at_period_end: None,
            canceled_at: None,
            created_at: None,
        }
    }

    /// Sets `plan_id`.
    pub fn with_plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }

    /// Sets `plan_name`.
    pub fn with_plan_name(mut self, value: impl Into<String>) -> Self {
        self.plan_name = Some(value.into());
        self
    }

    /// Sets `quantity`.
    pub fn with_quantity(mut self, value: impl Into<i64>) -> Self {
        self.quantity = Some(value.into());
        self
    }

    /// Sets `price`.
    pub fn with_price(mut self, value: impl Into<Money>) -> Self {
        self.price = Some(value.into());
        self
    }

    /// Sets `billing_interval`.
    pub fn with_billing_interval(mut self, value: impl Into<BillingInterval>) -> Self {
        self.billing_interval = Some(value.into());
        self
    }

    /// Sets `interval_count`.
    pub fn with_interval_count(mut self, value: impl Into<i64>) -> Self {
        self.interval_count = Some(value.into());
        self
    }

    /// Sets `current_period_start`.
    pub fn with_current_period_start(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.current_period_start = Some(value.into());
        self
    }

    /// Sets `current_period_end`.
    pub fn with_current_period_end(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.current_period_end = Some(value.into());
        self
    }

    /// Sets `trial_ends_at`.
    pub fn with_trial_ends_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.trial_ends_at = Some(value.into());
        self
    }

    /// Sets `cancel_at_period_end`.
    pub fn with_cancel_at_period_end(mut self, value: impl Into<bool>) -> Self {
        self.cancel_at_period_end = Some(value.into());
        self
    }

    /// Sets `canceled_at`.
    pub fn with_canceled_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.canceled_at = Some(value.into());
        self
    }

    /// Sets `created_at`.
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }
}

//! Data types of Customer Hub API, one per schema of the contract (inline
//! schemas are named after where they appear).
/// Problem details (RFC 9457).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// URI identifying the problem type.
    #[serde(rename = "type")]
    pub type_: crate::formats::Uri,
    /// Short, human-readable summary of the problem type.
    pub title: String,
    /// HTTP status code of this occurrence.
    pub status: i64,
    /// Explanation specific to this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// URI reference identifying this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<crate::formats::Uri>,
    /// Extension member; the X-Correlation-ID of the request.
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Extension member; one entry per invalid input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<ProblemErrorsItem>>,
}

impl Problem {
    /// A `Problem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(type_: crate::formats::Uri, title: String, status: i64) -> Self {
        Self {
            type_,
            title,
            status,
            detail: None,
            instance: None,
            correlation_id: None,
            errors: None,
        }
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `instance`.
    pub fn with_instance(mut self, value: impl Into<crate::formats::Uri>) -> Self {
        self.instance = Some(value.into());
        self
    }

    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }

    /// Sets `errors`.
    pub fn with_errors(mut self, value: impl Into<Vec<ProblemErrorsItem>>) -> Self {
        self.errors = Some(value.into());
        self
    }
}

/// Amount as a decimal string in major units with its ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    pub amount: String,
    /// ISO 4217 currency code.
    pub currency: String,
}

impl Money {
    /// A `Money` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(amount: String, currency: String) -> Self {
        Self { amount, currency }
    }
}

/// ISO 4217 currency code.
pub type CurrencyCode = String;

/// Decimal number as a string.
pub type Decimal = String;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(rename = "postalCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
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

/// Ids of the record in the systems of record, keyed by system slug.
pub type ExternalIds = std::collections::BTreeMap<String, String>;

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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    pub id: crate::formats::Uuid,
    #[serde(rename = "type")]
    pub type_: CustomerType,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub status: CustomerStatus,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<crate::formats::Uuid>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    /// ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Amount as a decimal string in major units with its ISO 4217 currency.
    #[serde(rename = "creditLimit")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_limit: Option<Money>,
    #[serde(rename = "paymentTerms")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<PaymentTerms>,
    /// Ids of the record in the systems of record, keyed by system slug.
    #[serde(rename = "externalIds")]
    pub external_ids: std::collections::BTreeMap<String, String>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Customer {
    /// A `Customer` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: crate::formats::Uuid,
        type_: CustomerType,
        display_name: String,
        status: CustomerStatus,
        external_ids: std::collections::BTreeMap<String, String>,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            type_,
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
            payment_terms: None,
            external_ids,
            created_at,
            updated_at,
        }
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
    pub fn with_account_id(mut self, value: impl Into<crate::formats::Uuid>) -> Self {
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

    /// Sets `payment_terms`.
    pub fn with_payment_terms(mut self, value: impl Into<PaymentTerms>) -> Self {
        self.payment_terms = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerCreate {
    #[serde(rename = "type")]
    pub type_: CustomerType,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<crate::formats::Uuid>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    /// ISO 4217 currency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl CustomerCreate {
    /// A `CustomerCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(type_: CustomerType, display_name: String) -> Self {
        Self {
            type_,
            display_name,
            given_name: None,
            family_name: None,
            company_name: None,
            email: None,
            phone: None,
            account_id: None,
            billing_address: None,
            currency: None,
        }
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
    pub fn with_account_id(mut self, value: impl Into<crate::formats::Uuid>) -> Self {
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
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerUpdate {
    #[serde(rename = "displayName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CustomerStatus>,
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<crate::formats::Uuid>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
}

impl CustomerUpdate {
    /// A `CustomerUpdate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            display_name: None,
            given_name: None,
            family_name: None,
            company_name: None,
            email: None,
            phone: None,
            status: None,
            account_id: None,
            billing_address: None,
        }
    }

    /// Sets `display_name`.
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
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

    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<CustomerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `account_id`.
    pub fn with_account_id(mut self, value: impl Into<crate::formats::Uuid>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }
}

impl Default for CustomerUpdate {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerPage {
    pub data: Vec<Customer>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
}

impl CustomerPage {
    /// A `CustomerPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Customer>, next_cursor: Option<String>) -> Self {
        Self { data, next_cursor }
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Account {
    pub id: crate::formats::Uuid,
    pub name: String,
    #[serde(rename = "legalName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(rename = "type")]
    pub type_: AccountType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<crate::formats::Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(rename = "employeeCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<i64>,
    /// Amount as a decimal string in major units with its ISO 4217 currency.
    #[serde(rename = "annualRevenue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_revenue: Option<Money>,
    #[serde(rename = "parentAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_account_id: Option<crate::formats::Uuid>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    /// Ids of the record in the systems of record, keyed by system slug.
    #[serde(rename = "externalIds")]
    pub external_ids: std::collections::BTreeMap<String, String>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Account {
    /// A `Account` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: crate::formats::Uuid,
        name: String,
        type_: AccountType,
        external_ids: std::collections::BTreeMap<String, String>,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            name,
            legal_name: None,
            type_,
            website: None,
            industry: None,
            employee_count: None,
            annual_revenue: None,
            parent_account_id: None,
            billing_address: None,
            external_ids,
            created_at,
            updated_at,
        }
    }

    /// Sets `legal_name`.
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
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

    /// Sets `parent_account_id`.
    pub fn with_parent_account_id(
        mut self,
        value: impl Into<crate::formats::Uuid>,
    ) -> Self {
        self.parent_account_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCreate {
    pub name: String,
    #[serde(rename = "legalName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(rename = "type")]
    pub type_: AccountType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<crate::formats::Uri>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(rename = "employeeCount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<i64>,
    #[serde(rename = "parentAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_account_id: Option<crate::formats::Uuid>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
}

impl AccountCreate {
    /// A `AccountCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(name: String, type_: AccountType) -> Self {
        Self {
            name,
            legal_name: None,
            type_,
            website: None,
            industry: None,
            employee_count: None,
            parent_account_id: None,
            billing_address: None,
        }
    }

    /// Sets `legal_name`.
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
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

    /// Sets `parent_account_id`.
    pub fn with_parent_account_id(
        mut self,
        value: impl Into<crate::formats::Uuid>,
    ) -> Self {
        self.parent_account_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountPage {
    pub data: Vec<Account>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
}

impl AccountPage {
    /// A `AccountPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Account>, next_cursor: Option<String>) -> Self {
        Self { data, next_cursor }
    }
}

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
    /// Decimal number as a string.
    pub quantity: String,
    #[serde(rename = "unitOfMeasure")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_of_measure: Option<String>,
    /// Decimal number as a string.
    #[serde(rename = "unitPrice")]
    pub unit_price: String,
    /// Decimal number as a string.
    #[serde(rename = "lineTotal")]
    pub line_total: String,
}

impl OrderLine {
    /// A `OrderLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        line_number: i64,
        quantity: String,
        unit_price: String,
        line_total: String,
    ) -> Self {
        Self {
            line_number,
            product_id: None,
            sku: None,
            description: None,
            quantity,
            unit_of_measure: None,
            unit_price,
            line_total,
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
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Order {
    pub id: crate::formats::Uuid,
    #[serde(rename = "orderNumber")]
    pub order_number: String,
    #[serde(rename = "customerId")]
    pub customer_id: crate::formats::Uuid,
    pub status: OrderStatus,
    #[serde(rename = "orderDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_date: Option<crate::formats::Date>,
    #[serde(rename = "requestedDeliveryDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_delivery_date: Option<crate::formats::Date>,
    /// ISO 4217 currency code.
    pub currency: String,
    pub lines: Vec<OrderLine>,
    /// Amount as a decimal string in major units with its ISO 4217 currency.
    #[serde(rename = "taxAmount")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<Money>,
    /// Amount as a decimal string in major units with its ISO 4217 currency.
    #[serde(rename = "totalAmount")]
    pub total_amount: Money,
    #[serde(rename = "shippingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Order {
    /// A `Order` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: crate::formats::Uuid,
        order_number: String,
        customer_id: crate::formats::Uuid,
        status: OrderStatus,
        currency: String,
        lines: Vec<OrderLine>,
        total_amount: Money,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            order_number,
            customer_id,
            status,
            order_date: None,
            requested_delivery_date: None,
            currency,
            lines,
            tax_amount: None,
            total_amount,
            shipping_address: None,
            created_at,
            updated_at,
        }
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
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderLineCreate {
    pub sku: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Decimal number as a string.
    pub quantity: String,
    /// Decimal number as a string.
    #[serde(rename = "unitPrice")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<String>,
}

impl OrderLineCreate {
    /// A `OrderLineCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(sku: String, quantity: String) -> Self {
        Self {
            sku,
            description: None,
            quantity,
            unit_price: None,
        }
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `unit_price`.
    pub fn with_unit_price(mut self, value: impl Into<String>) -> Self {
        self.unit_price = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderCreate {
    #[serde(rename = "customerId")]
    pub customer_id: crate::formats::Uuid,
    /// ISO 4217 currency code.
    pub currency: String,
    #[serde(rename = "requestedDeliveryDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_delivery_date: Option<crate::formats::Date>,
    #[serde(rename = "shippingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    pub lines: Vec<OrderLineCreate>,
}

impl OrderCreate {
    /// A `OrderCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        customer_id: crate::formats::Uuid,
        currency: String,
        lines: Vec<OrderLineCreate>,
    ) -> Self {
        Self {
            customer_id,
            currency,
            requested_delivery_date: None,
            shipping_address: None,
            lines,
        }
    }

    /// Sets `requested_delivery_date`.
    pub fn with_requested_delivery_date(
        mut self,
        value: impl Into<crate::formats::Date>,
    ) -> Self {
        self.requested_delivery_date = Some(value.into());
        self
    }

    /// Sets `shipping_address`.
    pub fn with_shipping_address(mut self, value: impl Into<Address>) -> Self {
        self.shipping_address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPage {
    pub data: Vec<Order>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
}

impl OrderPage {
    /// A `OrderPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Order>, next_cursor: Option<String>) -> Self {
        Self { data, next_cursor }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProblemErrorsItem {
    /// JSON Pointer (RFC 6901) into the request body.
    pub pointer: String,
    pub detail: String,
}

impl ProblemErrorsItem {
    /// A `ProblemErrorsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(pointer: String, detail: String) -> Self {
        Self { pointer, detail }
    }
}

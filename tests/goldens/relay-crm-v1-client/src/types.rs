//! Data types of Relay CRM API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    pub id: String,
    #[serde(rename = "accountId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_id: Option<Option<String>>,
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[serde(rename = "lastName")]
    pub last_name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email: Option<Option<crate::formats::Email>>,
    /// Primary phone number in E.164 format.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub phone: Option<Option<String>>,
    #[serde(rename = "jobTitle")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub job_title: Option<Option<String>>,
    /// Marketing and sales lifecycle of a contact.
    #[serde(rename = "lifecycleStage")]
    pub lifecycle_stage: LifecycleStage,
    /// Relay user that owns the contact.
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "doNotContact")]
    #[serde(default = "defaults::contact_do_not_contact")]
    pub do_not_contact: bool,
    #[serde(rename = "mailingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<Address>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Contact {
    /// A `Contact` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        first_name: String,
        last_name: String,
        lifecycle_stage: LifecycleStage,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            account_id: None,
            first_name,
            last_name,
            email: None,
            phone: None,
            job_title: None,
            lifecycle_stage,
            owner_id: None,
            do_not_contact: defaults::contact_do_not_contact(),
            mailing_address: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `account_id` (`Some(None)` there sends `null`).
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(Some(value.into()));
        self
    }

    /// Sets `email` (`Some(None)` there sends `null`).
    pub fn with_email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }

    /// Sets `phone` (`Some(None)` there sends `null`).
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(Some(value.into()));
        self
    }

    /// Sets `job_title` (`Some(None)` there sends `null`).
    pub fn with_job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(Some(value.into()));
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `do_not_contact`.
    pub fn with_do_not_contact(mut self, value: impl Into<bool>) -> Self {
        self.do_not_contact = value.into();
        self
    }

    /// Sets `mailing_address`.
    pub fn with_mailing_address(mut self, value: impl Into<Address>) -> Self {
        self.mailing_address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Account {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub type_: AccountType,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub website: Option<Option<crate::formats::Uri>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub industry: Option<Option<String>>,
    #[serde(rename = "employeeCount")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub employee_count: Option<Option<i64>>,
    /// Annual revenue in `currency`, as reported by the account or a data provider.
    #[serde(rename = "annualRevenue")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub annual_revenue: Option<Option<f64>>,
    /// ISO 4217 currency of `annualRevenue`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "parentAccountId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub parent_account_id: Option<Option<String>>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Account {
    /// A `Account` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        name: String,
        type_: AccountType,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            name,
            type_,
            website: None,
            industry: None,
            employee_count: None,
            annual_revenue: None,
            currency: None,
            owner_id: None,
            parent_account_id: None,
            billing_address: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `website` (`Some(None)` there sends `null`).
    pub fn with_website(mut self, value: impl Into<crate::formats::Uri>) -> Self {
        self.website = Some(Some(value.into()));
        self
    }

    /// Sets `industry` (`Some(None)` there sends `null`).
    pub fn with_industry(mut self, value: impl Into<String>) -> Self {
        self.industry = Some(Some(value.into()));
        self
    }

    /// Sets `employee_count` (`Some(None)` there sends `null`).
    pub fn with_employee_count(mut self, value: impl Into<i64>) -> Self {
        self.employee_count = Some(Some(value.into()));
        self
    }

    /// Sets `annual_revenue` (`Some(None)` there sends `null`).
    pub fn with_annual_revenue(mut self, value: impl Into<f64>) -> Self {
        self.annual_revenue = Some(Some(value.into()));
        self
    }

    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `parent_account_id` (`Some(None)` there sends `null`).
    pub fn with_parent_account_id(mut self, value: impl Into<String>) -> Self {
        self.parent_account_id = Some(Some(value.into()));
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }
}

/// Marketing and sales lifecycle of a contact.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LifecycleStage {
    Lead,
    MarketingQualified,
    SalesQualified,
    Opportunity,
    Customer,
    Churned,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl LifecycleStage {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lead => "lead",
            Self::MarketingQualified => "marketing_qualified",
            Self::SalesQualified => "sales_qualified",
            Self::Opportunity => "opportunity",
            Self::Customer => "customer",
            Self::Churned => "churned",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for LifecycleStage {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "lead" => Self::Lead,
            "marketing_qualified" => Self::MarketingQualified,
            "sales_qualified" => Self::SalesQualified,
            "opportunity" => Self::Opportunity,
            "customer" => Self::Customer,
            "churned" => Self::Churned,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for LifecycleStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for LifecycleStage {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for LifecycleStage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(rename = "postalCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2 country code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Address {
    /// A `Address` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            street: None,
            city: None,
            state: None,
            postal_code: None,
            country: None,
        }
    }

    /// Sets `street`.
    pub fn with_street(mut self, value: impl Into<String>) -> Self {
        self.street = Some(value.into());
        self
    }

    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Sets `state`.
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
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

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountType {
    Prospect,
    Customer,
    Partner,
    Reseller,
    Competitor,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl AccountType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Prospect => "prospect",
            Self::Customer => "customer",
            Self::Partner => "partner",
            Self::Reseller => "reseller",
            Self::Competitor => "competitor",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AccountType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "prospect" => Self::Prospect,
            "customer" => Self::Customer,
            "partner" => Self::Partner,
            "reseller" => Self::Reseller,
            "competitor" => Self::Competitor,
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

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ContactList {
    pub items: Vec<Contact>,
    /// Absent on the last page.
    #[serde(rename = "nextPageToken")]
    #[serde(default)]
    pub next_page_token: Option<String>,
}

impl ContactList {
    /// A `ContactList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(items: Vec<Contact>) -> Self {
        Self {
            items,
            next_page_token: None,
        }
    }

    /// Sets `next_page_token`.
    pub fn with_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
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

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContactCreate {
    #[serde(rename = "accountId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[serde(rename = "lastName")]
    pub last_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<crate::formats::Email>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(rename = "jobTitle")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// Marketing and sales lifecycle of a contact.
    #[serde(rename = "lifecycleStage")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    #[serde(rename = "ownerId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "doNotContact")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub do_not_contact: Option<bool>,
    #[serde(rename = "mailingAddress")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<Address>,
}

impl ContactCreate {
    /// A `ContactCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(first_name: String, last_name: String) -> Self {
        Self {
            account_id: None,
            first_name,
            last_name,
            email: None,
            phone: None,
            job_title: None,
            lifecycle_stage: None,
            owner_id: None,
            do_not_contact: None,
            mailing_address: None,
        }
    }

    /// Sets `account_id`.
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
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

    /// Sets `job_title`.
    pub fn with_job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(value.into());
        self
    }

    /// Sets `lifecycle_stage`.
    pub fn with_lifecycle_stage(mut self, value: impl Into<LifecycleStage>) -> Self {
        self.lifecycle_stage = Some(value.into());
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `do_not_contact`.
    pub fn with_do_not_contact(mut self, value: impl Into<bool>) -> Self {
        self.do_not_contact = Some(value.into());
        self
    }

    /// Sets `mailing_address`.
    pub fn with_mailing_address(mut self, value: impl Into<Address>) -> Self {
        self.mailing_address = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContactUpdate {
    #[serde(rename = "accountId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account_id: Option<Option<String>>,
    #[serde(rename = "firstName")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(rename = "lastName")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Option<crate::formats::Email>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<Option<String>>,
    #[serde(rename = "jobTitle")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<Option<String>>,
    /// Marketing and sales lifecycle of a contact.
    #[serde(rename = "lifecycleStage")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    #[serde(rename = "ownerId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "doNotContact")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub do_not_contact: Option<bool>,
    #[serde(rename = "mailingAddress")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<Address>,
}

impl ContactUpdate {
    /// A `ContactUpdate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            account_id: None,
            first_name: None,
            last_name: None,
            email: None,
            phone: None,
            job_title: None,
            lifecycle_stage: None,
            owner_id: None,
            do_not_contact: None,
            mailing_address: None,
        }
    }

    /// Sets `account_id` (`Some(None)` there sends `null`).
    pub fn with_account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(Some(value.into()));
        self
    }

    /// Sets `first_name`.
    pub fn with_first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }

    /// Sets `last_name`.
    pub fn with_last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }

    /// Sets `email` (`Some(None)` there sends `null`).
    pub fn with_email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }

    /// Sets `phone` (`Some(None)` there sends `null`).
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(Some(value.into()));
        self
    }

    /// Sets `job_title` (`Some(None)` there sends `null`).
    pub fn with_job_title(mut self, value: impl Into<String>) -> Self {
        self.job_title = Some(Some(value.into()));
        self
    }

    /// Sets `lifecycle_stage`.
    pub fn with_lifecycle_stage(mut self, value: impl Into<LifecycleStage>) -> Self {
        self.lifecycle_stage = Some(value.into());
        self
    }

    /// Sets `owner_id`.
    pub fn with_owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }

    /// Sets `do_not_contact`.
    pub fn with_do_not_contact(mut self, value: impl Into<bool>) -> Self {
        self.do_not_contact = Some(value.into());
        self
    }

    /// Sets `mailing_address`.
    pub fn with_mailing_address(mut self, value: impl Into<Address>) -> Self {
        self.mailing_address = Some(value.into());
        self
    }
}

impl Default for ContactUpdate {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ContactMergeRequest {
    #[serde(rename = "duplicateContactId")]
    pub duplicate_contact_id: String,
}

impl ContactMergeRequest {
    /// A `ContactMergeRequest` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(duplicate_contact_id: String) -> Self {
        Self { duplicate_contact_id }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct AccountList {
    pub items: Vec<Account>,
    #[serde(rename = "nextPageToken")]
    #[serde(default)]
    pub next_page_token: Option<String>,
}

impl AccountList {
    /// A `AccountList` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(items: Vec<Account>) -> Self {
        Self {
            items,
            next_page_token: None,
        }
    }

    /// Sets `next_page_token`.
    pub fn with_next_page_token(mut self, value: impl Into<String>) -> Self {
        self.next_page_token = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AccountCreate {
    pub name: String,
    #[serde(rename = "type")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub type_: Option<AccountType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<crate::formats::Uri>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(rename = "employeeCount")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee_count: Option<i64>,
    #[serde(rename = "annualRevenue")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annual_revenue: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(rename = "ownerId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "parentAccountId")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_account_id: Option<String>,
    #[serde(rename = "billingAddress")]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
}

impl AccountCreate {
    /// A `AccountCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(name: String) -> Self {
        Self {
            name,
            type_: None,
            website: None,
            industry: None,
            employee_count: None,
            annual_revenue: None,
            currency: None,
            owner_id: None,
            parent_account_id: None,
            billing_address: None,
        }
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
    pub fn with_annual_revenue(mut self, value: impl Into<f64>) -> Self {
        self.annual_revenue = Some(value.into());
        self
    }

    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
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
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ErrorError {
    /// Stable machine-readable error code.
    pub code: String,
    pub message: String,
    #[serde(rename = "requestId")]
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default)]
    pub details: Option<Vec<ErrorErrorDetailsItem>>,
}

impl ErrorError {
    /// A `ErrorError` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(code: String, message: String) -> Self {
        Self {
            code,
            message,
            request_id: None,
            details: None,
        }
    }

    /// Sets `request_id`.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }

    /// Sets `details`.
    pub fn with_details(mut self, value: impl Into<Vec<ErrorErrorDetailsItem>>) -> Self {
        self.details = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct ErrorErrorDetailsItem {
    pub field: String,
    pub issue: String,
}

impl ErrorErrorDetailsItem {
    /// A `ErrorErrorDetailsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(field: String, issue: String) -> Self {
        Self { field, issue }
    }
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn contact_do_not_contact() -> bool {
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

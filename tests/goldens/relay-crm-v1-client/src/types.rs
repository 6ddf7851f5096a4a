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

/// Marketing and sales lifecycle of a contact.
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
pub enum LifecycleStage {
    #[serde(rename = "lead")]
    Lead,
    #[serde(rename = "marketing_qualified")]
    MarketingQualified,
    #[serde(rename = "sales_qualified")]
    SalesQualified,
    #[serde(rename = "opportunity")]
    Opportunity,
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "churned")]
    Churned,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for LifecycleStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
pub enum AccountType {
    #[serde(rename = "prospect")]
    Prospect,
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "partner")]
    Partner,
    #[serde(rename = "reseller")]
    Reseller,
    #[serde(rename = "competitor")]
    Competitor,
    #[serde(rename = "other")]
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactList {
    pub items: Vec<Contact>,
    /// Absent on the last page.
    #[serde(rename = "nextPageToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub error: ErrorError,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactCreate {
    #[serde(rename = "accountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(rename = "firstName")]
    pub first_name: String,
    #[serde(rename = "lastName")]
    pub last_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<crate::formats::Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(rename = "jobTitle")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
    /// Marketing and sales lifecycle of a contact.
    #[serde(rename = "lifecycleStage")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "doNotContact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_not_contact: Option<bool>,
    #[serde(rename = "mailingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<Address>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactUpdate {
    #[serde(rename = "accountId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_id: Option<Option<String>>,
    #[serde(rename = "firstName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(rename = "lastName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email: Option<Option<crate::formats::Email>>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifecycle_stage: Option<LifecycleStage>,
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "doNotContact")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_not_contact: Option<bool>,
    #[serde(rename = "mailingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mailing_address: Option<Address>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ContactMergeRequest {
    #[serde(rename = "duplicateContactId")]
    pub duplicate_contact_id: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountList {
    pub items: Vec<Account>,
    #[serde(rename = "nextPageToken")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountCreate {
    pub name: String,
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
    #[serde(rename = "annualRevenue")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_revenue: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(rename = "ownerId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    #[serde(rename = "parentAccountId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_account_id: Option<String>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorError {
    /// Stable machine-readable error code.
    pub code: String,
    pub message: String,
    #[serde(rename = "requestId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<ErrorErrorDetailsItem>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorErrorDetailsItem {
    pub field: String,
    pub issue: String,
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

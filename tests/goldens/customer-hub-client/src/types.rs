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

/// Amount as a decimal string in major units with its ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Money {
    pub amount: String,
    /// ISO 4217 currency code.
    pub currency: String,
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

/// Ids of the record in the systems of record, keyed by system slug.
pub type ExternalIds = std::collections::BTreeMap<String, String>;

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
pub enum CustomerStatus {
    #[serde(rename = "prospect")]
    Prospect,
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "inactive")]
    Inactive,
    #[serde(rename = "blocked")]
    Blocked,
    #[serde(rename = "unknown")]
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for CustomerStatus {
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
pub enum CustomerType {
    #[serde(rename = "individual")]
    Individual,
    #[serde(rename = "organization")]
    Organization,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for CustomerType {
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
pub enum PaymentTerms {
    #[serde(rename = "due_on_receipt")]
    DueOnReceipt,
    #[serde(rename = "net_15")]
    Net15,
    #[serde(rename = "net_30")]
    Net30,
    #[serde(rename = "net_45")]
    Net45,
    #[serde(rename = "net_60")]
    Net60,
    #[serde(rename = "unknown")]
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for PaymentTerms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerPage {
    pub data: Vec<Customer>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
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
    #[serde(rename = "customer")]
    Customer,
    #[serde(rename = "prospect")]
    Prospect,
    #[serde(rename = "partner")]
    Partner,
    #[serde(rename = "reseller")]
    Reseller,
    #[serde(rename = "supplier")]
    Supplier,
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

impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccountPage {
    pub data: Vec<Account>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
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
pub enum OrderStatus {
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "confirmed")]
    Confirmed,
    #[serde(rename = "partially_shipped")]
    PartiallyShipped,
    #[serde(rename = "shipped")]
    Shipped,
    #[serde(rename = "invoiced")]
    Invoiced,
    #[serde(rename = "canceled")]
    Canceled,
    #[serde(rename = "unknown")]
    UnknownValue,
    /// A value this version of the contract does not know (sent by a newer version).
    #[serde(untagged)]
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

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderPage {
    pub data: Vec<Order>,
    /// Cursor of the next page; null on the last page.
    #[serde(rename = "nextCursor")]
    pub next_cursor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProblemErrorsItem {
    /// JSON Pointer (RFC 6901) into the request body.
    pub pointer: String,
    pub detail: String,
}

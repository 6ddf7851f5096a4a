//! Data types of Ledgerline ERP API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Error {
    pub code: String,
    pub message: String,
    /// Field or parameter the error refers to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub target: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<ErrorDetailsItem>>,
    #[serde(rename = "traceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
}

impl Error {
    /// A `Error` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(code: String, message: String) -> Self {
        Self {
            code,
            message,
            target: None,
            details: None,
            trace_id: None,
        }
    }

    /// Sets `target` (`Some(None)` there sends `null`).
    pub fn with_target(mut self, value: impl Into<String>) -> Self {
        self.target = Some(Some(value.into()));
        self
    }

    /// Sets `details`.
    pub fn with_details(mut self, value: impl Into<Vec<ErrorDetailsItem>>) -> Self {
        self.details = Some(value.into());
        self
    }

    /// Sets `trace_id`.
    pub fn with_trace_id(mut self, value: impl Into<String>) -> Self {
        self.trace_id = Some(value.into());
        self
    }
}

/// ISO 4217 code of a two-decimal currency.
pub type CurrencyCode = String;

/// Amount in minor units (cents) of the document currency.
pub type MinorAmount = i64;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pagination {
    pub page: i64,
    #[serde(rename = "perPage")]
    pub per_page: i64,
    #[serde(rename = "totalItems")]
    pub total_items: i64,
    #[serde(rename = "totalPages")]
    pub total_pages: i64,
}

impl Pagination {
    /// A `Pagination` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(page: i64, per_page: i64, total_items: i64, total_pages: i64) -> Self {
        Self {
            page,
            per_page,
            total_items,
            total_pages,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PostalAddress {
    pub line1: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line2: Option<Option<String>>,
    pub city: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub region: Option<Option<String>>,
    #[serde(rename = "postalCode")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub postal_code: Option<Option<String>>,
    /// ISO 3166-1 alpha-3 country code.
    #[serde(rename = "countryCode")]
    pub country_code: String,
}

impl PostalAddress {
    /// A `PostalAddress` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(line1: String, city: String, country_code: String) -> Self {
        Self {
            line1,
            line2: None,
            city,
            region: None,
            postal_code: None,
            country_code,
        }
    }

    /// Sets `line2` (`Some(None)` there sends `null`).
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(Some(value.into()));
        self
    }

    /// Sets `region` (`Some(None)` there sends `null`).
    pub fn with_region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(Some(value.into()));
        self
    }

    /// Sets `postal_code` (`Some(None)` there sends `null`).
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(Some(value.into()));
        self
    }
}

/// `on_hold`: credit hold, no new orders can be released.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CustomerStatus {
    Active,
    OnHold,
    Archived,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl CustomerStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::OnHold => "on_hold",
            Self::Archived => "archived",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CustomerStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "on_hold" => Self::OnHold,
            "archived" => Self::Archived,
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
    Net90,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PaymentTerms {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DueOnReceipt => "DUE_ON_RECEIPT",
            Self::Net15 => "NET15",
            Self::Net30 => "NET30",
            Self::Net45 => "NET45",
            Self::Net60 => "NET60",
            Self::Net90 => "NET90",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentTerms {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "DUE_ON_RECEIPT" => Self::DueOnReceipt,
            "NET15" => Self::Net15,
            "NET30" => Self::Net30,
            "NET45" => Self::Net45,
            "NET60" => Self::Net60,
            "NET90" => Self::Net90,
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
    pub id: String,
    pub object: CustomerObject,
    /// Debtor number from the company's number series.
    pub number: String,
    pub name: String,
    #[serde(rename = "legalName")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub legal_name: Option<Option<String>>,
    /// Accounts-payable address invoices are sent to.
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
    /// `on_hold`: credit hold, no new orders can be released.
    pub status: CustomerStatus,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "creditLimitMinor")]
    pub credit_limit_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "balanceMinor")]
    pub balance_minor: i64,
    #[serde(rename = "paymentTerms")]
    pub payment_terms: PaymentTerms,
    #[serde(rename = "taxId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_id: Option<Option<String>>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<PostalAddress>,
    /// Free reference to the record in the CRM, maintained by integrations.
    #[serde(rename = "crmReference")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub crm_reference: Option<Option<String>>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Customer {
    /// A `Customer` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: CustomerObject,
        number: String,
        name: String,
        status: CustomerStatus,
        currency: String,
        credit_limit_minor: i64,
        balance_minor: i64,
        payment_terms: PaymentTerms,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            object,
            number,
            name,
            legal_name: None,
            email: None,
            phone: None,
            status,
            currency,
            credit_limit_minor,
            balance_minor,
            payment_terms,
            tax_id: None,
            billing_address: None,
            crm_reference: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `legal_name` (`Some(None)` there sends `null`).
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(Some(value.into()));
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

    /// Sets `tax_id` (`Some(None)` there sends `null`).
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(Some(value.into()));
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<PostalAddress>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `crm_reference` (`Some(None)` there sends `null`).
    pub fn with_crm_reference(mut self, value: impl Into<String>) -> Self {
        self.crm_reference = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerCreate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    pub name: String,
    #[serde(rename = "legalName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<crate::formats::Email>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "creditLimitMinor")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_limit_minor: Option<i64>,
    #[serde(rename = "paymentTerms")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<PaymentTerms>,
    #[serde(rename = "taxId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<PostalAddress>,
    #[serde(rename = "crmReference")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crm_reference: Option<String>,
}

impl CustomerCreate {
    /// A `CustomerCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(name: String, currency: String) -> Self {
        Self {
            number: None,
            name,
            legal_name: None,
            email: None,
            phone: None,
            currency,
            credit_limit_minor: None,
            payment_terms: None,
            tax_id: None,
            billing_address: None,
            crm_reference: None,
        }
    }

    /// Sets `number`.
    pub fn with_number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Sets `legal_name`.
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
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

    /// Sets `credit_limit_minor`.
    pub fn with_credit_limit_minor(mut self, value: impl Into<i64>) -> Self {
        self.credit_limit_minor = Some(value.into());
        self
    }

    /// Sets `payment_terms`.
    pub fn with_payment_terms(mut self, value: impl Into<PaymentTerms>) -> Self {
        self.payment_terms = Some(value.into());
        self
    }

    /// Sets `tax_id`.
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<PostalAddress>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `crm_reference`.
    pub fn with_crm_reference(mut self, value: impl Into<String>) -> Self {
        self.crm_reference = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomerUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "legalName")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub legal_name: Option<Option<String>>,
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
    /// `on_hold`: credit hold, no new orders can be released.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CustomerStatus>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "creditLimitMinor")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_limit_minor: Option<i64>,
    #[serde(rename = "paymentTerms")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_terms: Option<PaymentTerms>,
    #[serde(rename = "taxId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_id: Option<Option<String>>,
    #[serde(rename = "billingAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<PostalAddress>,
    #[serde(rename = "crmReference")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub crm_reference: Option<Option<String>>,
}

impl CustomerUpdate {
    /// A `CustomerUpdate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            name: None,
            legal_name: None,
            email: None,
            phone: None,
            status: None,
            credit_limit_minor: None,
            payment_terms: None,
            tax_id: None,
            billing_address: None,
            crm_reference: None,
        }
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `legal_name` (`Some(None)` there sends `null`).
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(Some(value.into()));
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

    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<CustomerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `credit_limit_minor`.
    pub fn with_credit_limit_minor(mut self, value: impl Into<i64>) -> Self {
        self.credit_limit_minor = Some(value.into());
        self
    }

    /// Sets `payment_terms`.
    pub fn with_payment_terms(mut self, value: impl Into<PaymentTerms>) -> Self {
        self.payment_terms = Some(value.into());
        self
    }

    /// Sets `tax_id` (`Some(None)` there sends `null`).
    pub fn with_tax_id(mut self, value: impl Into<String>) -> Self {
        self.tax_id = Some(Some(value.into()));
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<PostalAddress>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `crm_reference` (`Some(None)` there sends `null`).
    pub fn with_crm_reference(mut self, value: impl Into<String>) -> Self {
        self.crm_reference = Some(Some(value.into()));
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
    pub pagination: Pagination,
}

impl CustomerPage {
    /// A `CustomerPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Customer>, pagination: Pagination) -> Self {
        Self { data, pagination }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    Draft,
    Issued,
    PartiallyPaid,
    Paid,
    Voided,
    WrittenOff,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Issued => "issued",
            Self::PartiallyPaid => "partially_paid",
            Self::Paid => "paid",
            Self::Voided => "voided",
            Self::WrittenOff => "written_off",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "issued" => Self::Issued,
            "partially_paid" => Self::PartiallyPaid,
            "paid" => Self::Paid,
            "voided" => Self::Voided,
            "written_off" => Self::WrittenOff,
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
    #[serde(rename = "lineNo")]
    pub line_no: i64,
    #[serde(rename = "itemId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub item_id: Option<Option<String>>,
    pub description: String,
    pub quantity: f64,
    /// UN/ECE Rec. 20 unit code.
    #[serde(default = "defaults::invoice_line_uom")]
    pub uom: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "unitPriceMinor")]
    pub unit_price_minor: i64,
    #[serde(rename = "taxCode")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_code: Option<Option<String>>,
    /// Tax rate in percent.
    #[serde(rename = "taxRate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_rate: Option<f64>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "taxMinor")]
    pub tax_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "lineTotalMinor")]
    pub line_total_minor: i64,
}

impl InvoiceLine {
    /// A `InvoiceLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        line_no: i64,
        description: String,
        quantity: f64,
        unit_price_minor: i64,
        tax_minor: i64,
        line_total_minor: i64,
    ) -> Self {
        Self {
            line_no,
            item_id: None,
            description,
            quantity,
            uom: defaults::invoice_line_uom(),
            unit_price_minor,
            tax_code: None,
            tax_rate: None,
            tax_minor,
            line_total_minor,
        }
    }

    /// Sets `item_id` (`Some(None)` there sends `null`).
    pub fn with_item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = Some(Some(value.into()));
        self
    }

    /// Sets `uom`.
    pub fn with_uom(mut self, value: impl Into<String>) -> Self {
        self.uom = value.into();
        self
    }

    /// Sets `tax_code` (`Some(None)` there sends `null`).
    pub fn with_tax_code(mut self, value: impl Into<String>) -> Self {
        self.tax_code = Some(Some(value.into()));
        self
    }

    /// Sets `tax_rate`.
    pub fn with_tax_rate(mut self, value: impl Into<f64>) -> Self {
        self.tax_rate = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    pub id: String,
    pub object: InvoiceObject,
    pub number: String,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "salesOrderId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub sales_order_id: Option<Option<String>>,
    pub status: InvoiceStatus,
    #[serde(rename = "issueDate")]
    pub issue_date: crate::formats::Date,
    #[serde(rename = "dueDate")]
    pub due_date: crate::formats::Date,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "subtotalMinor")]
    pub subtotal_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "taxMinor")]
    pub tax_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "totalMinor")]
    pub total_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "amountDueMinor")]
    pub amount_due_minor: i64,
    #[serde(rename = "paidAt")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub paid_at: Option<Option<crate::formats::DateTime>>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl Invoice {
    /// A `Invoice` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: InvoiceObject,
        number: String,
        customer_id: String,
        status: InvoiceStatus,
        issue_date: crate::formats::Date,
        due_date: crate::formats::Date,
        currency: String,
        lines: Vec<InvoiceLine>,
        subtotal_minor: i64,
        tax_minor: i64,
        total_minor: i64,
        amount_due_minor: i64,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            object,
            number,
            customer_id,
            sales_order_id: None,
            status,
            issue_date,
            due_date,
            currency,
            lines,
            subtotal_minor,
            tax_minor,
            total_minor,
            amount_due_minor,
            paid_at: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `sales_order_id` (`Some(None)` there sends `null`).
    pub fn with_sales_order_id(mut self, value: impl Into<String>) -> Self {
        self.sales_order_id = Some(Some(value.into()));
        self
    }

    /// Sets `paid_at` (`Some(None)` there sends `null`).
    pub fn with_paid_at(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.paid_at = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLineCreate {
    #[serde(rename = "itemId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    pub description: String,
    pub quantity: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uom: Option<String>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "unitPriceMinor")]
    pub unit_price_minor: i64,
    #[serde(rename = "taxCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_code: Option<String>,
}

impl InvoiceLineCreate {
    /// A `InvoiceLineCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(description: String, quantity: f64, unit_price_minor: i64) -> Self {
        Self {
            item_id: None,
            description,
            quantity,
            uom: None,
            unit_price_minor,
            tax_code: None,
        }
    }

    /// Sets `item_id`.
    pub fn with_item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = Some(value.into());
        self
    }

    /// Sets `uom`.
    pub fn with_uom(mut self, value: impl Into<String>) -> Self {
        self.uom = Some(value.into());
        self
    }

    /// Sets `tax_code`.
    pub fn with_tax_code(mut self, value: impl Into<String>) -> Self {
        self.tax_code = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceCreate {
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "salesOrderId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sales_order_id: Option<String>,
    /// Defaults to today in the company's time zone.
    #[serde(rename = "issueDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_date: Option<crate::formats::Date>,
    /// Defaults to issue date plus the customer's payment terms.
    #[serde(rename = "dueDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<crate::formats::Date>,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    #[serde(default = "defaults::invoice_create_issue")]
    pub issue: bool,
    pub lines: Vec<InvoiceLineCreate>,
}

impl InvoiceCreate {
    /// A `InvoiceCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        customer_id: String,
        currency: String,
        lines: Vec<InvoiceLineCreate>,
    ) -> Self {
        Self {
            customer_id,
            sales_order_id: None,
            issue_date: None,
            due_date: None,
            currency,
            issue: defaults::invoice_create_issue(),
            lines,
        }
    }

    /// Sets `sales_order_id`.
    pub fn with_sales_order_id(mut self, value: impl Into<String>) -> Self {
        self.sales_order_id = Some(value.into());
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

    /// Sets `issue`.
    pub fn with_issue(mut self, value: impl Into<bool>) -> Self {
        self.issue = value.into();
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePage {
    pub data: Vec<Invoice>,
    pub pagination: Pagination,
}

impl InvoicePage {
    /// A `InvoicePage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Invoice>, pagination: Pagination) -> Self {
        Self { data, pagination }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SalesOrderStatus {
    Draft,
    Released,
    PartiallyShipped,
    Shipped,
    Invoiced,
    Cancelled,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SalesOrderStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Released => "released",
            Self::PartiallyShipped => "partially_shipped",
            Self::Shipped => "shipped",
            Self::Invoiced => "invoiced",
            Self::Cancelled => "cancelled",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SalesOrderStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "released" => Self::Released,
            "partially_shipped" => Self::PartiallyShipped,
            "shipped" => Self::Shipped,
            "invoiced" => Self::Invoiced,
            "cancelled" => Self::Cancelled,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SalesOrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SalesOrderStatus {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SalesOrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SalesOrderLine {
    #[serde(rename = "lineNo")]
    pub line_no: i64,
    #[serde(rename = "itemId")]
    pub item_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub quantity: f64,
    #[serde(default = "defaults::sales_order_line_uom")]
    pub uom: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "unitPriceMinor")]
    pub unit_price_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "lineTotalMinor")]
    pub line_total_minor: i64,
}

impl SalesOrderLine {
    /// A `SalesOrderLine` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        line_no: i64,
        item_id: String,
        quantity: f64,
        unit_price_minor: i64,
        line_total_minor: i64,
    ) -> Self {
        Self {
            line_no,
            item_id,
            sku: None,
            description: None,
            quantity,
            uom: defaults::sales_order_line_uom(),
            unit_price_minor,
            line_total_minor,
        }
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

    /// Sets `uom`.
    pub fn with_uom(mut self, value: impl Into<String>) -> Self {
        self.uom = value.into();
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SalesOrder {
    pub id: String,
    pub object: SalesOrderObject,
    pub number: String,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    pub status: SalesOrderStatus,
    #[serde(rename = "orderDate")]
    pub order_date: crate::formats::Date,
    #[serde(rename = "requestedDeliveryDate")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub requested_delivery_date: Option<Option<crate::formats::Date>>,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    pub lines: Vec<SalesOrderLine>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "taxMinor")]
    pub tax_minor: i64,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "totalMinor")]
    pub total_minor: i64,
    #[serde(rename = "shipTo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<PostalAddress>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
    #[serde(rename = "updatedAt")]
    pub updated_at: crate::formats::DateTime,
}

impl SalesOrder {
    /// A `SalesOrder` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: SalesOrderObject,
        number: String,
        customer_id: String,
        status: SalesOrderStatus,
        order_date: crate::formats::Date,
        currency: String,
        lines: Vec<SalesOrderLine>,
        tax_minor: i64,
        total_minor: i64,
        created_at: crate::formats::DateTime,
        updated_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            object,
            number,
            customer_id,
            status,
            order_date,
            requested_delivery_date: None,
            currency,
            lines,
            tax_minor,
            total_minor,
            ship_to: None,
            created_at,
            updated_at,
        }
    }

    /// Sets `requested_delivery_date` (`Some(None)` there sends `null`).
    pub fn with_requested_delivery_date(
        mut self,
        value: impl Into<crate::formats::Date>,
    ) -> Self {
        self.requested_delivery_date = Some(Some(value.into()));
        self
    }

    /// Sets `ship_to`.
    pub fn with_ship_to(mut self, value: impl Into<PostalAddress>) -> Self {
        self.ship_to = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SalesOrderLineCreate {
    #[serde(rename = "itemId")]
    pub item_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub quantity: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uom: Option<String>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "unitPriceMinor")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price_minor: Option<i64>,
}

impl SalesOrderLineCreate {
    /// A `SalesOrderLineCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(item_id: String, quantity: f64) -> Self {
        Self {
            item_id,
            description: None,
            quantity,
            uom: None,
            unit_price_minor: None,
        }
    }

    /// Sets `description`.
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }

    /// Sets `uom`.
    pub fn with_uom(mut self, value: impl Into<String>) -> Self {
        self.uom = Some(value.into());
        self
    }

    /// Sets `unit_price_minor`.
    pub fn with_unit_price_minor(mut self, value: impl Into<i64>) -> Self {
        self.unit_price_minor = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SalesOrderCreate {
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "orderDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_date: Option<crate::formats::Date>,
    #[serde(rename = "requestedDeliveryDate")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_delivery_date: Option<crate::formats::Date>,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    #[serde(default = "defaults::sales_order_create_release")]
    pub release: bool,
    #[serde(rename = "shipTo")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<PostalAddress>,
    pub lines: Vec<SalesOrderLineCreate>,
}

impl SalesOrderCreate {
    /// A `SalesOrderCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        customer_id: String,
        currency: String,
        lines: Vec<SalesOrderLineCreate>,
    ) -> Self {
        Self {
            customer_id,
            order_date: None,
            requested_delivery_date: None,
            currency,
            release: defaults::sales_order_create_release(),
            ship_to: None,
            lines,
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

    /// Sets `release`.
    pub fn with_release(mut self, value: impl Into<bool>) -> Self {
        self.release = value.into();
        self
    }

    /// Sets `ship_to`.
    pub fn with_ship_to(mut self, value: impl Into<PostalAddress>) -> Self {
        self.ship_to = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SalesOrderPage {
    pub data: Vec<SalesOrder>,
    pub pagination: Pagination,
}

impl SalesOrderPage {
    /// A `SalesOrderPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<SalesOrder>, pagination: Pagination) -> Self {
        Self { data, pagination }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub id: String,
    pub object: ItemObject,
    pub sku: String,
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    #[serde(rename = "type")]
    pub type_: ItemType,
    pub uom: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "unitPriceMinor")]
    pub unit_price_minor: i64,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    #[serde(rename = "taxCode")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_code: Option<Option<String>>,
    pub active: bool,
    #[serde(rename = "createdAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<crate::formats::DateTime>,
    #[serde(rename = "updatedAt")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::formats::DateTime>,
}

impl Item {
    /// A `Item` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: ItemObject,
        sku: String,
        name: String,
        type_: ItemType,
        uom: String,
        unit_price_minor: i64,
        currency: String,
        active: bool,
    ) -> Self {
        Self {
            id,
            object,
            sku,
            name,
            description: None,
            type_,
            uom,
            unit_price_minor,
            currency,
            tax_code: None,
            active,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `description` (`Some(None)` there sends `null`).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }

    /// Sets `tax_code` (`Some(None)` there sends `null`).
    pub fn with_tax_code(mut self, value: impl Into<String>) -> Self {
        self.tax_code = Some(Some(value.into()));
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
pub struct ItemPage {
    pub data: Vec<Item>,
    pub pagination: Pagination,
}

impl ItemPage {
    /// A `ItemPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Item>, pagination: Pagination) -> Self {
        Self { data, pagination }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentMethod {
    BankTransfer,
    Card,
    DirectDebit,
    Cheque,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PaymentMethod {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BankTransfer => "bank_transfer",
            Self::Card => "card",
            Self::DirectDebit => "direct_debit",
            Self::Cheque => "cheque",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentMethod {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "bank_transfer" => Self::BankTransfer,
            "card" => Self::Card,
            "direct_debit" => Self::DirectDebit,
            "cheque" => Self::Cheque,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PaymentMethod {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Payment {
    pub id: String,
    pub object: PaymentObject,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "invoiceId")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub invoice_id: Option<Option<String>>,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "amountMinor")]
    pub amount_minor: i64,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    pub method: PaymentMethod,
    #[serde(rename = "receivedOn")]
    pub received_on: crate::formats::Date,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub reference: Option<Option<String>>,
    #[serde(rename = "createdAt")]
    pub created_at: crate::formats::DateTime,
}

impl Payment {
    /// A `Payment` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        object: PaymentObject,
        customer_id: String,
        amount_minor: i64,
        currency: String,
        method: PaymentMethod,
        received_on: crate::formats::Date,
        created_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            id,
            object,
            customer_id,
            invoice_id: None,
            amount_minor,
            currency,
            method,
            received_on,
            reference: None,
            created_at,
        }
    }

    /// Sets `invoice_id` (`Some(None)` there sends `null`).
    pub fn with_invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(Some(value.into()));
        self
    }

    /// Sets `reference` (`Some(None)` there sends `null`).
    pub fn with_reference(mut self, value: impl Into<String>) -> Self {
        self.reference = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentCreate {
    #[serde(rename = "customerId")]
    pub customer_id: String,
    #[serde(rename = "invoiceId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_id: Option<String>,
    #[serde(rename = "amountMinor")]
    pub amount_minor: i64,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    pub method: PaymentMethod,
    #[serde(rename = "receivedOn")]
    pub received_on: crate::formats::Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

impl PaymentCreate {
    /// A `PaymentCreate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        customer_id: String,
        amount_minor: i64,
        currency: String,
        method: PaymentMethod,
        received_on: crate::formats::Date,
    ) -> Self {
        Self {
            customer_id,
            invoice_id: None,
            amount_minor,
            currency,
            method,
            received_on,
            reference: None,
        }
    }

    /// Sets `invoice_id`.
    pub fn with_invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }

    /// Sets `reference`.
    pub fn with_reference(mut self, value: impl Into<String>) -> Self {
        self.reference = Some(value.into());
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentPage {
    pub data: Vec<Payment>,
    pub pagination: Pagination,
}

impl PaymentPage {
    /// A `PaymentPage` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(data: Vec<Payment>, pagination: Pagination) -> Self {
        Self { data, pagination }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoicePaidEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: InvoicePaidEventType,
    #[serde(rename = "companyId")]
    pub company_id: String,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    pub data: InvoicePaidEventData,
}

impl InvoicePaidEvent {
    /// A `InvoicePaidEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        type_: InvoicePaidEventType,
        company_id: String,
        occurred_at: crate::formats::DateTime,
        data: InvoicePaidEventData,
    ) -> Self {
        Self {
            id,
            type_,
            company_id,
            occurred_at,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentReceivedEvent {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: PaymentReceivedEventType,
    #[serde(rename = "companyId")]
    pub company_id: String,
    #[serde(rename = "occurredAt")]
    pub occurred_at: crate::formats::DateTime,
    pub data: Payment,
}

impl PaymentReceivedEvent {
    /// A `PaymentReceivedEvent` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        id: String,
        type_: PaymentReceivedEventType,
        company_id: String,
        occurred_at: crate::formats::DateTime,
        data: Payment,
    ) -> Self {
        Self {
            id,
            type_,
            company_id,
            occurred_at,
            data,
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorDetailsItem {
    pub code: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

impl ErrorDetailsItem {
    /// A `ErrorDetailsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(code: String, message: String) -> Self {
        Self {
            code,
            message,
            target: None,
        }
    }

    /// Sets `target`.
    pub fn with_target(mut self, value: impl Into<String>) -> Self {
        self.target = Some(value.into());
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

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SalesOrderObject {
    SalesOrder,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SalesOrderObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SalesOrder => "sales_order",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SalesOrderObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "sales_order" => Self::SalesOrder,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SalesOrderObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SalesOrderObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for SalesOrderObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemObject {
    Item,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ItemObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Item => "item",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ItemObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "item" => Self::Item,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ItemObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemType {
    Inventory,
    NonInventory,
    Service,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl ItemType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inventory => "inventory",
            Self::NonInventory => "non_inventory",
            Self::Service => "service",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ItemType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "inventory" => Self::Inventory,
            "non_inventory" => Self::NonInventory,
            "service" => Self::Service,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for ItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ItemType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentObject {
    Payment,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PaymentObject {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Payment => "payment",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentObject {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "payment" => Self::Payment,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PaymentObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PaymentObject {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PaymentObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
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
    #[serde(rename = "invoiceId")]
    pub invoice_id: String,
    #[serde(rename = "invoiceNumber")]
    pub invoice_number: String,
    #[serde(rename = "customerId")]
    pub customer_id: String,
    /// ISO 4217 code of a two-decimal currency.
    pub currency: String,
    /// Amount in minor units (cents) of the document currency.
    #[serde(rename = "totalMinor")]
    pub total_minor: i64,
    #[serde(rename = "paidAt")]
    pub paid_at: crate::formats::DateTime,
}

impl InvoicePaidEventData {
    /// A `InvoicePaidEventData` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        invoice_id: String,
        invoice_number: String,
        customer_id: String,
        currency: String,
        total_minor: i64,
        paid_at: crate::formats::DateTime,
    ) -> Self {
        Self {
            invoice_id,
            invoice_number,
            customer_id,
            currency,
            total_minor,
            paid_at,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PaymentReceivedEventType {
    PaymentReceived,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl PaymentReceivedEventType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PaymentReceived => "payment.received",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentReceivedEventType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "payment.received" => Self::PaymentReceived,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for PaymentReceivedEventType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PaymentReceivedEventType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PaymentReceivedEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct VoidInvoiceBody {
    pub reason: String,
}

impl VoidInvoiceBody {
    /// A `VoidInvoiceBody` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(reason: String) -> Self {
        Self { reason }
    }
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn invoice_line_uom() -> String {
        "EA".to_string()
    }

    pub(super) fn invoice_create_issue() -> bool {
        false
    }

    pub(super) fn sales_order_line_uom() -> String {
        "EA".to_string()
    }

    pub(super) fn sales_order_create_release() -> bool {
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

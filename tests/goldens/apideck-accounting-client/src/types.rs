//! Data types of Accounting API, one per schema of the contract (inline
//! schemas are named after where they appear).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    /// A unique identifier for an object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The third-party API ID of original entity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub downstream_id: Option<Option<String>>,
    /// Id to be displayed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub display_id: Option<Option<String>>,
    /// Invoice type
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<InvoiceType>>,
    /// Invoice number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub number: Option<Option<String>>,
    /// The customer this entity is linked to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub customer: Option<Option<LinkedCustomer>>,
    /// The company ID the transaction belongs to
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub company_id: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub subsidiary: Option<Option<LinkedSubsidiary>>,
    /// The ID of the location
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub location_id: Option<Option<String>>,
    /// The ID of the department
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub department_id: Option<Option<String>>,
    /// Date invoice was issued - YYYY-MM-DD.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub invoice_date: Option<Option<crate::formats::Date>>,
    /// The invoice due date is the date on which a payment or invoice is scheduled to be received by the seller - YYYY-MM-DD.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub due_date: Option<Option<crate::formats::Date>>,
    /// Terms of payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub terms: Option<Option<String>>,
    /// The ID of the payment terms
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub terms_id: Option<Option<String>>,
    /// A PO Number uniquely identifies a purchase order and is generally defined by the buyer. The buyer will match the PO number in the invoice to the Purchase Order.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub po_number: Option<Option<String>>,
    /// Optional reference identifier for the transaction.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub reference: Option<Option<String>>,
    /// Invoice status
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub status: Option<Option<InvoiceStatus>>,
    /// Invoice sent to contact/customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_sent: Option<bool>,
    /// Indicates the associated currency for an amount of money. Values correspond to [ISO 4217](https://en.wikipedia.org/wiki/ISO_4217).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub currency: Option<Option<Currency>>,
    /// Currency Exchange Rate at the time entity was recorded/generated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub currency_rate: Option<Option<f64>>,
    /// Amounts are including tax
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_inclusive: Option<Option<bool>>,
    /// Sub-total amount, normally before tax.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub sub_total: Option<Option<f64>>,
    /// Total tax amount applied to this invoice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub total_tax: Option<Option<f64>>,
    /// Applicable tax id/code override if tax is not supplied on a line item basis.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_code: Option<Option<String>>,
    /// Discount percentage applied to this invoice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub discount_percentage: Option<Option<f64>>,
    /// Discount amount applied to this invoice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub discount_amount: Option<Option<f64>>,
    /// Total amount of invoice, including tax.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub total: Option<Option<f64>>,
    /// Balance of invoice due.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub balance: Option<Option<f64>>,
    /// Amount of deposit made to this invoice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub deposit: Option<Option<f64>>,
    /// Customer memo
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub customer_memo: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tracking_category: Option<Option<DeprecatedLinkedTrackingCategory>>,
    /// A list of linked tracking categories.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tracking_categories: Option<Option<Vec<Option<LinkedTrackingCategory>>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<InvoiceLineItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<Address>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<Address>,
    /// Optional invoice template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub template_id: Option<Option<String>>,
    /// URL link to a source document - shown as 'Go to \[appName\]' in the downstream app. Currently only supported for Xero.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub source_document_url: Option<Option<String>>,
    /// IDs of payments made on the invoice
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub payment_allocations: Option<Option<Vec<InvoicePaymentAllocationsItem>>>,
    /// Payment method used for the transaction, such as cash, credit card, bank transfer, or check
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub payment_method: Option<Option<String>>,
    /// The channel through which the transaction is processed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub channel: Option<Option<String>>,
    /// language code according to ISO 639-1. For the United States - EN
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub language: Option<Option<String>>,
    /// Indicates if accounting by row is used (true) or not (false). Accounting by row means that a separate ledger transaction is created for each row.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub accounting_by_row: Option<Option<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_account: Option<BankAccount>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub ledger_account: Option<Option<LinkedLedgerAccount>>,
    /// When custom mappings are configured on the resource, the result is included here.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub custom_mappings: Option<Option<serde_json::Map<String, serde_json::Value>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomField>>,
    /// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub row_version: Option<Option<String>>,
    /// The user who last updated the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub updated_by: Option<Option<String>>,
    /// The user who created the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub created_by: Option<Option<String>>,
    /// The date and time when the object was last updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub updated_at: Option<Option<crate::formats::DateTime>>,
    /// The date and time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub created_at: Option<Option<crate::formats::DateTime>>,
    /// The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_through: Option<Vec<PassThroughBodyItem>>,
}

impl Invoice {
    /// A `Invoice` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            downstream_id: None,
            display_id: None,
            type_: None,
            number: None,
            customer: None,
            company_id: None,
            subsidiary: None,
            location_id: None,
            department_id: None,
            invoice_date: None,
            due_date: None,
            terms: None,
            terms_id: None,
            po_number: None,
            reference: None,
            status: None,
            invoice_sent: None,
            currency: None,
            currency_rate: None,
            tax_inclusive: None,
            sub_total: None,
            total_tax: None,
            tax_code: None,
            discount_percentage: None,
            discount_amount: None,
            total: None,
            balance: None,
            deposit: None,
            customer_memo: None,
            tracking_category: None,
            tracking_categories: None,
            line_items: None,
            billing_address: None,
            shipping_address: None,
            template_id: None,
            source_document_url: None,
            payment_allocations: None,
            payment_method: None,
            channel: None,
            language: None,
            accounting_by_row: None,
            bank_account: None,
            ledger_account: None,
            custom_mappings: None,
            custom_fields: None,
            row_version: None,
            updated_by: None,
            created_by: None,
            updated_at: None,
            created_at: None,
            pass_through: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `downstream_id` (`Some(None)` there sends `null`).
    pub fn with_downstream_id(mut self, value: impl Into<String>) -> Self {
        self.downstream_id = Some(Some(value.into()));
        self
    }

    /// Sets `display_id` (`Some(None)` there sends `null`).
    pub fn with_display_id(mut self, value: impl Into<String>) -> Self {
        self.display_id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<InvoiceType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }

    /// Sets `number` (`Some(None)` there sends `null`).
    pub fn with_number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(Some(value.into()));
        self
    }

    /// Sets `customer` (`Some(None)` there sends `null`).
    pub fn with_customer(mut self, value: impl Into<LinkedCustomer>) -> Self {
        self.customer = Some(Some(value.into()));
        self
    }

    /// Sets `company_id` (`Some(None)` there sends `null`).
    pub fn with_company_id(mut self, value: impl Into<String>) -> Self {
        self.company_id = Some(Some(value.into()));
        self
    }

    /// Sets `subsidiary` (`Some(None)` there sends `null`).
    pub fn with_subsidiary(mut self, value: impl Into<LinkedSubsidiary>) -> Self {
        self.subsidiary = Some(Some(value.into()));
        self
    }

    /// Sets `location_id` (`Some(None)` there sends `null`).
    pub fn with_location_id(mut self, value: impl Into<String>) -> Self {
        self.location_id = Some(Some(value.into()));
        self
    }

    /// Sets `department_id` (`Some(None)` there sends `null`).
    pub fn with_department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(Some(value.into()));
        self
    }

    /// Sets `invoice_date` (`Some(None)` there sends `null`).
    pub fn with_invoice_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.invoice_date = Some(Some(value.into()));
        self
    }

    /// Sets `due_date` (`Some(None)` there sends `null`).
    pub fn with_due_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.due_date = Some(Some(value.into()));
        self
    }

    /// Sets `terms` (`Some(None)` there sends `null`).
    pub fn with_terms(mut self, value: impl Into<String>) -> Self {
        self.terms = Some(Some(value.into()));
        self
    }

    /// Sets `terms_id` (`Some(None)` there sends `null`).
    pub fn with_terms_id(mut self, value: impl Into<String>) -> Self {
        self.terms_id = Some(Some(value.into()));
        self
    }

    /// Sets `po_number` (`Some(None)` there sends `null`).
    pub fn with_po_number(mut self, value: impl Into<String>) -> Self {
        self.po_number = Some(Some(value.into()));
        self
    }

    /// Sets `reference` (`Some(None)` there sends `null`).
    pub fn with_reference(mut self, value: impl Into<String>) -> Self {
        self.reference = Some(Some(value.into()));
        self
    }

    /// Sets `status` (`Some(None)` there sends `null`).
    pub fn with_status(mut self, value: impl Into<InvoiceStatus>) -> Self {
        self.status = Some(Some(value.into()));
        self
    }

    /// Sets `invoice_sent`.
    pub fn with_invoice_sent(mut self, value: impl Into<bool>) -> Self {
        self.invoice_sent = Some(value.into());
        self
    }

    /// Sets `currency` (`Some(None)` there sends `null`).
    pub fn with_currency(mut self, value: impl Into<Currency>) -> Self {
        self.currency = Some(Some(value.into()));
        self
    }

    /// Sets `currency_rate` (`Some(None)` there sends `null`).
    pub fn with_currency_rate(mut self, value: impl Into<f64>) -> Self {
        self.currency_rate = Some(Some(value.into()));
        self
    }

    /// Sets `tax_inclusive` (`Some(None)` there sends `null`).
    pub fn with_tax_inclusive(mut self, value: impl Into<bool>) -> Self {
        self.tax_inclusive = Some(Some(value.into()));
        self
    }

    /// Sets `sub_total` (`Some(None)` there sends `null`).
    pub fn with_sub_total(mut self, value: impl Into<f64>) -> Self {
        self.sub_total = Some(Some(value.into()));
        self
    }

    /// Sets `total_tax` (`Some(None)` there sends `null`).
    pub fn with_total_tax(mut self, value: impl Into<f64>) -> Self {
        self.total_tax = Some(Some(value.into()));
        self
    }

    /// Sets `tax_code` (`Some(None)` there sends `null`).
    pub fn with_tax_code(mut self, value: impl Into<String>) -> Self {
        self.tax_code = Some(Some(value.into()));
        self
    }

    /// Sets `discount_percentage` (`Some(None)` there sends `null`).
    pub fn with_discount_percentage(mut self, value: impl Into<f64>) -> Self {
        self.discount_percentage = Some(Some(value.into()));
        self
    }

    /// Sets `discount_amount` (`Some(None)` there sends `null`).
    pub fn with_discount_amount(mut self, value: impl Into<f64>) -> Self {
        self.discount_amount = Some(Some(value.into()));
        self
    }

    /// Sets `total` (`Some(None)` there sends `null`).
    pub fn with_total(mut self, value: impl Into<f64>) -> Self {
        self.total = Some(Some(value.into()));
        self
    }

    /// Sets `balance` (`Some(None)` there sends `null`).
    pub fn with_balance(mut self, value: impl Into<f64>) -> Self {
        self.balance = Some(Some(value.into()));
        self
    }

    /// Sets `deposit` (`Some(None)` there sends `null`).
    pub fn with_deposit(mut self, value: impl Into<f64>) -> Self {
        self.deposit = Some(Some(value.into()));
        self
    }

    /// Sets `customer_memo` (`Some(None)` there sends `null`).
    pub fn with_customer_memo(mut self, value: impl Into<String>) -> Self {
        self.customer_memo = Some(Some(value.into()));
        self
    }

    /// Sets `tracking_category` (`Some(None)` there sends `null`).
    pub fn with_tracking_category(
        mut self,
        value: impl Into<DeprecatedLinkedTrackingCategory>,
    ) -> Self {
        self.tracking_category = Some(Some(value.into()));
        self
    }

    /// Sets `tracking_categories` (`Some(None)` there sends `null`).
    pub fn with_tracking_categories(
        mut self,
        value: impl Into<Vec<Option<LinkedTrackingCategory>>>,
    ) -> Self {
        self.tracking_categories = Some(Some(value.into()));
        self
    }

    /// Sets `line_items`.
    pub fn with_line_items(mut self, value: impl Into<Vec<InvoiceLineItem>>) -> Self {
        self.line_items = Some(value.into());
        self
    }

    /// Sets `billing_address`.
    pub fn with_billing_address(mut self, value: impl Into<Address>) -> Self {
        self.billing_address = Some(value.into());
        self
    }

    /// Sets `shipping_address`.
    pub fn with_shipping_address(mut self, value: impl Into<Address>) -> Self {
        self.shipping_address = Some(value.into());
        self
    }

    /// Sets `template_id` (`Some(None)` there sends `null`).
    pub fn with_template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(Some(value.into()));
        self
    }

    /// Sets `source_document_url` (`Some(None)` there sends `null`).
    pub fn with_source_document_url(mut self, value: impl Into<String>) -> Self {
        self.source_document_url = Some(Some(value.into()));
        self
    }

    /// Sets `payment_allocations` (`Some(None)` there sends `null`).
    pub fn with_payment_allocations(
        mut self,
        value: impl Into<Vec<InvoicePaymentAllocationsItem>>,
    ) -> Self {
        self.payment_allocations = Some(Some(value.into()));
        self
    }

    /// Sets `payment_method` (`Some(None)` there sends `null`).
    pub fn with_payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(Some(value.into()));
        self
    }

    /// Sets `channel` (`Some(None)` there sends `null`).
    pub fn with_channel(mut self, value: impl Into<String>) -> Self {
        self.channel = Some(Some(value.into()));
        self
    }

    /// Sets `language` (`Some(None)` there sends `null`).
    pub fn with_language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(Some(value.into()));
        self
    }

    /// Sets `accounting_by_row` (`Some(None)` there sends `null`).
    pub fn with_accounting_by_row(mut self, value: impl Into<bool>) -> Self {
        self.accounting_by_row = Some(Some(value.into()));
        self
    }

    /// Sets `bank_account`.
    pub fn with_bank_account(mut self, value: impl Into<BankAccount>) -> Self {
        self.bank_account = Some(value.into());
        self
    }

    /// Sets `ledger_account` (`Some(None)` there sends `null`).
    pub fn with_ledger_account(mut self, value: impl Into<LinkedLedgerAccount>) -> Self {
        self.ledger_account = Some(Some(value.into()));
        self
    }

    /// Sets `custom_mappings` (`Some(None)` there sends `null`).
    pub fn with_custom_mappings(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.custom_mappings = Some(Some(value.into()));
        self
    }

    /// Sets `custom_fields`.
    pub fn with_custom_fields(mut self, value: impl Into<Vec<CustomField>>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }

    /// Sets `row_version` (`Some(None)` there sends `null`).
    pub fn with_row_version(mut self, value: impl Into<String>) -> Self {
        self.row_version = Some(Some(value.into()));
        self
    }

    /// Sets `updated_by` (`Some(None)` there sends `null`).
    pub fn with_updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(Some(value.into()));
        self
    }

    /// Sets `created_by` (`Some(None)` there sends `null`).
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(Some(value.into()));
        self
    }

    /// Sets `updated_at` (`Some(None)` there sends `null`).
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(Some(value.into()));
        self
    }

    /// Sets `created_at` (`Some(None)` there sends `null`).
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(Some(value.into()));
        self
    }

    /// Sets `pass_through`.
    pub fn with_pass_through(
        mut self,
        value: impl Into<Vec<PassThroughBodyItem>>,
    ) -> Self {
        self.pass_through = Some(value.into());
        self
    }
}

impl Default for Invoice {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// A unique identifier for an object.
pub type Id = String;

/// The third-party API ID of original entity
pub type DownstreamId = String;

/// Id to be displayed.
pub type DisplayId = String;

/// Invoice type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceType {
    Standard,
    Credit,
    Service,
    Product,
    Supplier,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::Credit => "credit",
            Self::Service => "service",
            Self::Product => "product",
            Self::Supplier => "supplier",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "standard" => Self::Standard,
            "credit" => Self::Credit,
            "service" => Self::Service,
            "product" => Self::Product,
            "supplier" => Self::Supplier,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The customer this entity is linked to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedCustomer {
    /// The ID of the customer this entity is linked to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The display ID of the customer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub display_id: Option<Option<String>>,
    /// The display name of the customer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub display_name: Option<Option<String>>,
    /// The name of the customer. Deprecated, use display_name instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The company name of the customer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub company_name: Option<Option<String>>,
    /// The email address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl LinkedCustomer {
    /// A `LinkedCustomer` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            display_id: None,
            display_name: None,
            name: None,
            company_name: None,
            email: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `display_id` (`Some(None)` there sends `null`).
    pub fn with_display_id(mut self, value: impl Into<String>) -> Self {
        self.display_id = Some(Some(value.into()));
        self
    }

    /// Sets `display_name` (`Some(None)` there sends `null`).
    pub fn with_display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(Some(value.into()));
        self
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Sets `company_name` (`Some(None)` there sends `null`).
    pub fn with_company_name(mut self, value: impl Into<String>) -> Self {
        self.company_name = Some(Some(value.into()));
        self
    }

    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
}

impl Default for LinkedCustomer {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// The company ID the transaction belongs to
pub type AccountingCompanyId = String;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedSubsidiary {
    /// A unique identifier for an object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Id to be displayed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub display_id: Option<Option<String>>,
    /// The name of the resource.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
}

impl LinkedSubsidiary {
    /// A `LinkedSubsidiary` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            display_id: None,
            name: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `display_id` (`Some(None)` there sends `null`).
    pub fn with_display_id(mut self, value: impl Into<String>) -> Self {
        self.display_id = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedSubsidiary {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// The ID of the location
pub type LocationId = String;

/// The ID of the department
pub type DepartmentId = String;

/// The ID of the payment terms
pub type TermsId = String;

/// Optional reference identifier for the transaction.
pub type Reference = String;

/// Invoice status
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceStatus {
    Draft,
    Submitted,
    Authorised,
    PartiallyPaid,
    Paid,
    Unpaid,
    Void,
    Credit,
    Deleted,
    Posted,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceStatus {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Authorised => "authorised",
            Self::PartiallyPaid => "partially_paid",
            Self::Paid => "paid",
            Self::Unpaid => "unpaid",
            Self::Void => "void",
            Self::Credit => "credit",
            Self::Deleted => "deleted",
            Self::Posted => "posted",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceStatus {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "draft" => Self::Draft,
            "submitted" => Self::Submitted,
            "authorised" => Self::Authorised,
            "partially_paid" => Self::PartiallyPaid,
            "paid" => Self::Paid,
            "unpaid" => Self::Unpaid,
            "void" => Self::Void,
            "credit" => Self::Credit,
            "deleted" => Self::Deleted,
            "posted" => Self::Posted,
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

/// Indicates the associated currency for an amount of money. Values correspond to [ISO 4217](https://en.wikipedia.org/wiki/ISO_4217).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Currency {
    UnknownCurrency,
    Aed,
    Afn,
    All,
    Amd,
    Ang,
    Aoa,
    Ars,
    Aud,
    Awg,
    Azn,
    Bam,
    Bbd,
    Bdt,
    Bgn,
    Bhd,
    Bif,
    Bmd,
    Bnd,
    Bob,
    Bov,
    Brl,
    Bsd,
    Btn,
    Bwp,
    Byr,
    Bzd,
    Cad,
    Cdf,
    Che,
    Chf,
    Chw,
    Clf,
    Clp,
    Cny,
    Cop,
    Cou,
    Crc,
    Cuc,
    Cup,
    Cve,
    Czk,
    Djf,
    Dkk,
    Dop,
    Dzd,
    Egp,
    Ern,
    Etb,
    Eur,
    Fjd,
    Fkp,
    Gbp,
    Gel,
    Ghs,
    Gip,
    Gmd,
    Gnf,
    Gtq,
    Gyd,
    Hkd,
    Hnl,
    Hrk,
    Htg,
    Huf,
    Idr,
    Ils,
    Inr,
    Iqd,
    Irr,
    Isk,
    Jmd,
    Jod,
    Jpy,
    Kes,
    Kgs,
    Khr,
    Kmf,
    Kpw,
    Krw,
    Kwd,
    Kyd,
    Kzt,
    Lak,
    Lbp,
    Lkr,
    Lrd,
    Lsl,
    Ltl,
    Lvl,
    Lyd,
    Mad,
    Mdl,
    Mga,
    Mkd,
    Mmk,
    Mnt,
    Mop,
    Mro,
    Mur,
    Mvr,
    Mwk,
    Mxn,
    Mxv,
    Myr,
    Mzn,
    Nad,
    Ngn,
    Nio,
    Nok,
    Npr,
    Nzd,
    Omr,
    Pab,
    Pen,
    Pgk,
    Php,
    Pkr,
    Pln,
    Pyg,
    Qar,
    Ron,
    Rsd,
    Rub,
    Rwf,
    Sar,
    Sbd,
    Scr,
    Sdg,
    Sek,
    Sgd,
    Shp,
    Sll,
    Sos,
    Srd,
    Ssp,
    Std,
    Svc,
    Syp,
    Szl,
    Thb,
    Tjs,
    Tmt,
    Tnd,
    Top,
    Trc,
    Try,
    Ttd,
    Twd,
    Tzs,
    Uah,
    Ugx,
    Usd,
    Usn,
    Uss,
    Uyi,
    Uyu,
    Uzs,
    Vef,
    Vnd,
    Vuv,
    Wst,
    Xaf,
    Xag,
    Xau,
    Xba,
    Xbb,
    Xbc,
    Xbd,
    Xcd,
    Xdr,
    Xof,
    Xpd,
    Xpf,
    Xpt,
    Xts,
    Xxx,
    Yer,
    Zar,
    Zmk,
    Zmw,
    Btc,
    Eth,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl Currency {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UnknownCurrency => "UNKNOWN_CURRENCY",
            Self::Aed => "AED",
            Self::Afn => "AFN",
            Self::All => "ALL",
            Self::Amd => "AMD",
            Self::Ang => "ANG",
            Self::Aoa => "AOA",
            Self::Ars => "ARS",
            Self::Aud => "AUD",
            Self::Awg => "AWG",
            Self::Azn => "AZN",
            Self::Bam => "BAM",
            Self::Bbd => "BBD",
            Self::Bdt => "BDT",
            Self::Bgn => "BGN",
            Self::Bhd => "BHD",
            Self::Bif => "BIF",
            Self::Bmd => "BMD",
            Self::Bnd => "BND",
            Self::Bob => "BOB",
            Self::Bov => "BOV",
            Self::Brl => "BRL",
            Self::Bsd => "BSD",
            Self::Btn => "BTN",
            Self::Bwp => "BWP",
            Self::Byr => "BYR",
            Self::Bzd => "BZD",
            Self::Cad => "CAD",
            Self::Cdf => "CDF",
            Self::Che => "CHE",
            Self::Chf => "CHF",
            Self::Chw => "CHW",
            Self::Clf => "CLF",
            Self::Clp => "CLP",
            Self::Cny => "CNY",
            Self::Cop => "COP",
            Self::Cou => "COU",
            Self::Crc => "CRC",
            Self::Cuc => "CUC",
            Self::Cup => "CUP",
            Self::Cve => "CVE",
            Self::Czk => "CZK",
            Self::Djf => "DJF",
            Self::Dkk => "DKK",
            Self::Dop => "DOP",
            Self::Dzd => "DZD",
            Self::Egp => "EGP",
            Self::Ern => "ERN",
            Self::Etb => "ETB",
            Self::Eur => "EUR",
            Self::Fjd => "FJD",
            Self::Fkp => "FKP",
            Self::Gbp => "GBP",
            Self::Gel => "GEL",
            Self::Ghs => "GHS",
            Self::Gip => "GIP",
            Self::Gmd => "GMD",
            Self::Gnf => "GNF",
            Self::Gtq => "GTQ",
            Self::Gyd => "GYD",
            Self::Hkd => "HKD",
            Self::Hnl => "HNL",
            Self::Hrk => "HRK",
            Self::Htg => "HTG",
            Self::Huf => "HUF",
            Self::Idr => "IDR",
            Self::Ils => "ILS",
            Self::Inr => "INR",
            Self::Iqd => "IQD",
            Self::Irr => "IRR",
            Self::Isk => "ISK",
            Self::Jmd => "JMD",
            Self::Jod => "JOD",
            Self::Jpy => "JPY",
            Self::Kes => "KES",
            Self::Kgs => "KGS",
            Self::Khr => "KHR",
            Self::Kmf => "KMF",
            Self::Kpw => "KPW",
            Self::Krw => "KRW",
            Self::Kwd => "KWD",
            Self::Kyd => "KYD",
            Self::Kzt => "KZT",
            Self::Lak => "LAK",
            Self::Lbp => "LBP",
            Self::Lkr => "LKR",
            Self::Lrd => "LRD",
            Self::Lsl => "LSL",
            Self::Ltl => "LTL",
            Self::Lvl => "LVL",
            Self::Lyd => "LYD",
            Self::Mad => "MAD",
            Self::Mdl => "MDL",
            Self::Mga => "MGA",
            Self::Mkd => "MKD",
            Self::Mmk => "MMK",
            Self::Mnt => "MNT",
            Self::Mop => "MOP",
            Self::Mro => "MRO",
            Self::Mur => "MUR",
            Self::Mvr => "MVR",
            Self::Mwk => "MWK",
            Self::Mxn => "MXN",
            Self::Mxv => "MXV",
            Self::Myr => "MYR",
            Self::Mzn => "MZN",
            Self::Nad => "NAD",
            Self::Ngn => "NGN",
            Self::Nio => "NIO",
            Self::Nok => "NOK",
            Self::Npr => "NPR",
            Self::Nzd => "NZD",
            Self::Omr => "OMR",
            Self::Pab => "PAB",
            Self::Pen => "PEN",
            Self::Pgk => "PGK",
            Self::Php => "PHP",
            Self::Pkr => "PKR",
            Self::Pln => "PLN",
            Self::Pyg => "PYG",
            Self::Qar => "QAR",
            Self::Ron => "RON",
            Self::Rsd => "RSD",
            Self::Rub => "RUB",
            Self::Rwf => "RWF",
            Self::Sar => "SAR",
            Self::Sbd => "SBD",
            Self::Scr => "SCR",
            Self::Sdg => "SDG",
            Self::Sek => "SEK",
            Self::Sgd => "SGD",
            Self::Shp => "SHP",
            Self::Sll => "SLL",
            Self::Sos => "SOS",
            Self::Srd => "SRD",
            Self::Ssp => "SSP",
            Self::Std => "STD",
            Self::Svc => "SVC",
            Self::Syp => "SYP",
            Self::Szl => "SZL",
            Self::Thb => "THB",
            Self::Tjs => "TJS",
            Self::Tmt => "TMT",
            Self::Tnd => "TND",
            Self::Top => "TOP",
            Self::Trc => "TRC",
            Self::Try => "TRY",
            Self::Ttd => "TTD",
            Self::Twd => "TWD",
            Self::Tzs => "TZS",
            Self::Uah => "UAH",
            Self::Ugx => "UGX",
            Self::Usd => "USD",
            Self::Usn => "USN",
            Self::Uss => "USS",
            Self::Uyi => "UYI",
            Self::Uyu => "UYU",
            Self::Uzs => "UZS",
            Self::Vef => "VEF",
            Self::Vnd => "VND",
            Self::Vuv => "VUV",
            Self::Wst => "WST",
            Self::Xaf => "XAF",
            Self::Xag => "XAG",
            Self::Xau => "XAU",
            Self::Xba => "XBA",
            Self::Xbb => "XBB",
            Self::Xbc => "XBC",
            Self::Xbd => "XBD",
            Self::Xcd => "XCD",
            Self::Xdr => "XDR",
            Self::Xof => "XOF",
            Self::Xpd => "XPD",
            Self::Xpf => "XPF",
            Self::Xpt => "XPT",
            Self::Xts => "XTS",
            Self::Xxx => "XXX",
            Self::Yer => "YER",
            Self::Zar => "ZAR",
            Self::Zmk => "ZMK",
            Self::Zmw => "ZMW",
            Self::Btc => "BTC",
            Self::Eth => "ETH",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Currency {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "UNKNOWN_CURRENCY" => Self::UnknownCurrency,
            "AED" => Self::Aed,
            "AFN" => Self::Afn,
            "ALL" => Self::All,
            "AMD" => Self::Amd,
            "ANG" => Self::Ang,
            "AOA" => Self::Aoa,
            "ARS" => Self::Ars,
            "AUD" => Self::Aud,
            "AWG" => Self::Awg,
            "AZN" => Self::Azn,
            "BAM" => Self::Bam,
            "BBD" => Self::Bbd,
            "BDT" => Self::Bdt,
            "BGN" => Self::Bgn,
            "BHD" => Self::Bhd,
            "BIF" => Self::Bif,
            "BMD" => Self::Bmd,
            "BND" => Self::Bnd,
            "BOB" => Self::Bob,
            "BOV" => Self::Bov,
            "BRL" => Self::Brl,
            "BSD" => Self::Bsd,
            "BTN" => Self::Btn,
            "BWP" => Self::Bwp,
            "BYR" => Self::Byr,
            "BZD" => Self::Bzd,
            "CAD" => Self::Cad,
            "CDF" => Self::Cdf,
            "CHE" => Self::Che,
            "CHF" => Self::Chf,
            "CHW" => Self::Chw,
            "CLF" => Self::Clf,
            "CLP" => Self::Clp,
            "CNY" => Self::Cny,
            "COP" => Self::Cop,
            "COU" => Self::Cou,
            "CRC" => Self::Crc,
            "CUC" => Self::Cuc,
            "CUP" => Self::Cup,
            "CVE" => Self::Cve,
            "CZK" => Self::Czk,
            "DJF" => Self::Djf,
            "DKK" => Self::Dkk,
            "DOP" => Self::Dop,
            "DZD" => Self::Dzd,
            "EGP" => Self::Egp,
            "ERN" => Self::Ern,
            "ETB" => Self::Etb,
            "EUR" => Self::Eur,
            "FJD" => Self::Fjd,
            "FKP" => Self::Fkp,
            "GBP" => Self::Gbp,
            "GEL" => Self::Gel,
            "GHS" => Self::Ghs,
            "GIP" => Self::Gip,
            "GMD" => Self::Gmd,
            "GNF" => Self::Gnf,
            "GTQ" => Self::Gtq,
            "GYD" => Self::Gyd,
            "HKD" => Self::Hkd,
            "HNL" => Self::Hnl,
            "HRK" => Self::Hrk,
            "HTG" => Self::Htg,
            "HUF" => Self::Huf,
            "IDR" => Self::Idr,
            "ILS" => Self::Ils,
            "INR" => Self::Inr,
            "IQD" => Self::Iqd,
            "IRR" => Self::Irr,
            "ISK" => Self::Isk,
            "JMD" => Self::Jmd,
            "JOD" => Self::Jod,
            "JPY" => Self::Jpy,
            "KES" => Self::Kes,
            "KGS" => Self::Kgs,
            "KHR" => Self::Khr,
            "KMF" => Self::Kmf,
            "KPW" => Self::Kpw,
            "KRW" => Self::Krw,
            "KWD" => Self::Kwd,
            "KYD" => Self::Kyd,
            "KZT" => Self::Kzt,
            "LAK" => Self::Lak,
            "LBP" => Self::Lbp,
            "LKR" => Self::Lkr,
            "LRD" => Self::Lrd,
            "LSL" => Self::Lsl,
            "LTL" => Self::Ltl,
            "LVL" => Self::Lvl,
            "LYD" => Self::Lyd,
            "MAD" => Self::Mad,
            "MDL" => Self::Mdl,
            "MGA" => Self::Mga,
            "MKD" => Self::Mkd,
            "MMK" => Self::Mmk,
            "MNT" => Self::Mnt,
            "MOP" => Self::Mop,
            "MRO" => Self::Mro,
            "MUR" => Self::Mur,
            "MVR" => Self::Mvr,
            "MWK" => Self::Mwk,
            "MXN" => Self::Mxn,
            "MXV" => Self::Mxv,
            "MYR" => Self::Myr,
            "MZN" => Self::Mzn,
            "NAD" => Self::Nad,
            "NGN" => Self::Ngn,
            "NIO" => Self::Nio,
            "NOK" => Self::Nok,
            "NPR" => Self::Npr,
            "NZD" => Self::Nzd,
            "OMR" => Self::Omr,
            "PAB" => Self::Pab,
            "PEN" => Self::Pen,
            "PGK" => Self::Pgk,
            "PHP" => Self::Php,
            "PKR" => Self::Pkr,
            "PLN" => Self::Pln,
            "PYG" => Self::Pyg,
            "QAR" => Self::Qar,
            "RON" => Self::Ron,
            "RSD" => Self::Rsd,
            "RUB" => Self::Rub,
            "RWF" => Self::Rwf,
            "SAR" => Self::Sar,
            "SBD" => Self::Sbd,
            "SCR" => Self::Scr,
            "SDG" => Self::Sdg,
            "SEK" => Self::Sek,
            "SGD" => Self::Sgd,
            "SHP" => Self::Shp,
            "SLL" => Self::Sll,
            "SOS" => Self::Sos,
            "SRD" => Self::Srd,
            "SSP" => Self::Ssp,
            "STD" => Self::Std,
            "SVC" => Self::Svc,
            "SYP" => Self::Syp,
            "SZL" => Self::Szl,
            "THB" => Self::Thb,
            "TJS" => Self::Tjs,
            "TMT" => Self::Tmt,
            "TND" => Self::Tnd,
            "TOP" => Self::Top,
            "TRC" => Self::Trc,
            "TRY" => Self::Try,
            "TTD" => Self::Ttd,
            "TWD" => Self::Twd,
            "TZS" => Self::Tzs,
            "UAH" => Self::Uah,
            "UGX" => Self::Ugx,
            "USD" => Self::Usd,
            "USN" => Self::Usn,
            "USS" => Self::Uss,
            "UYI" => Self::Uyi,
            "UYU" => Self::Uyu,
            "UZS" => Self::Uzs,
            "VEF" => Self::Vef,
            "VND" => Self::Vnd,
            "VUV" => Self::Vuv,
            "WST" => Self::Wst,
            "XAF" => Self::Xaf,
            "XAG" => Self::Xag,
            "XAU" => Self::Xau,
            "XBA" => Self::Xba,
            "XBB" => Self::Xbb,
            "XBC" => Self::Xbc,
            "XBD" => Self::Xbd,
            "XCD" => Self::Xcd,
            "XDR" => Self::Xdr,
            "XOF" => Self::Xof,
            "XPD" => Self::Xpd,
            "XPF" => Self::Xpf,
            "XPT" => Self::Xpt,
            "XTS" => Self::Xts,
            "XXX" => Self::Xxx,
            "YER" => Self::Yer,
            "ZAR" => Self::Zar,
            "ZMK" => Self::Zmk,
            "ZMW" => Self::Zmw,
            "BTC" => Self::Btc,
            "ETH" => Self::Eth,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Currency {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Currency Exchange Rate at the time entity was recorded/generated.
pub type CurrencyRate = f64;

/// Amounts are including tax
pub type TaxInclusive = bool;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DeprecatedLinkedTrackingCategory {
    /// The unique identifier for the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the tracking category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
}

impl DeprecatedLinkedTrackingCategory {
    /// A `DeprecatedLinkedTrackingCategory` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self { id: None, name: None }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
}

impl Default for DeprecatedLinkedTrackingCategory {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedTrackingCategory {
    /// The unique identifier for the tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The code of the tracking category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub code: Option<Option<String>>,
    /// The name of the tracking category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The unique identifier for the parent tracking category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// The name of the parent tracking category.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub parent_name: Option<Option<String>>,
}

impl LinkedTrackingCategory {
    /// A `LinkedTrackingCategory` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            code: None,
            name: None,
            parent_id: None,
            parent_name: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `code` (`Some(None)` there sends `null`).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `parent_id`.
    pub fn with_parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(value.into());
        self
    }

    /// Sets `parent_name` (`Some(None)` there sends `null`).
    pub fn with_parent_name(mut self, value: impl Into<String>) -> Self {
        self.parent_name = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedTrackingCategory {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// A list of linked tracking categories.
pub type LinkedTrackingCategories = Vec<Option<LinkedTrackingCategory>>;

/// Invoice Line Item
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceLineItem {
    /// A unique identifier for an object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// Row ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row_id: Option<String>,
    /// User defined item code
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub code: Option<Option<String>>,
    /// Line number of the resource
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line_number: Option<Option<i64>>,
    /// User defined description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    /// Item type
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<InvoiceLineItemType>>,
    /// Tax amount
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_amount: Option<Option<f64>>,
    /// Total amount of the line item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub total_amount: Option<Option<f64>>,
    /// Quantity
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub quantity: Option<Option<f64>>,
    /// Unit price
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub unit_price: Option<Option<f64>>,
    /// Description of the unit type the item is sold as, ie: kg, hour.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub unit_of_measure: Option<Option<String>>,
    /// Discount percentage applied to the line item when supported downstream.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub discount_percentage: Option<Option<f64>>,
    /// Discount amount applied to the line item when supported downstream.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub discount_amount: Option<Option<f64>>,
    /// Date on which the service was provided or performed - YYYY-MM-DD.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub service_date: Option<Option<crate::formats::Date>>,
    /// ID of the category of the line item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub category_id: Option<Option<String>>,
    /// The ID of the location
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub location_id: Option<Option<String>>,
    /// The ID of the department
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub department_id: Option<Option<String>>,
    /// The ID of the subsidiary
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub subsidiary_id: Option<Option<String>>,
    /// ID of the shipping of the line item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub shipping_id: Option<Option<String>>,
    /// Memo
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub memo: Option<Option<String>>,
    /// Whether the line item is prepaid
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub prepaid: Option<Option<bool>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<LinkedInvoiceItem>,
    /// Tax applicable on
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_applicable_on: Option<Option<String>>,
    /// Tax recoverability
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_recoverability: Option<Option<String>>,
    /// Method of tax calculation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tax_method: Option<Option<String>>,
    /// Worktags of the line item. This is currently only supported in Workday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worktags: Option<Vec<Option<LinkedWorktag>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_rate: Option<LinkedTaxRate>,
    /// A list of linked tracking categories.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub tracking_categories: Option<Option<Vec<Option<LinkedTrackingCategory>>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub ledger_account: Option<Option<LinkedLedgerAccount>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<CustomField>>,
    /// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub row_version: Option<Option<String>>,
    /// The user who last updated the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub updated_by: Option<Option<String>>,
    /// The user who created the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub created_by: Option<Option<String>>,
    /// The date and time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub created_at: Option<Option<crate::formats::DateTime>>,
    /// The date and time when the object was last updated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub updated_at: Option<Option<crate::formats::DateTime>>,
}

impl InvoiceLineItem {
    /// A `InvoiceLineItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            row_id: None,
            code: None,
            line_number: None,
            description: None,
            type_: None,
            tax_amount: None,
            total_amount: None,
            quantity: None,
            unit_price: None,
            unit_of_measure: None,
            discount_percentage: None,
            discount_amount: None,
            service_date: None,
            category_id: None,
            location_id: None,
            department_id: None,
            subsidiary_id: None,
            shipping_id: None,
            memo: None,
            prepaid: None,
            item: None,
            tax_applicable_on: None,
            tax_recoverability: None,
            tax_method: None,
            worktags: None,
            tax_rate: None,
            tracking_categories: None,
            ledger_account: None,
            custom_fields: None,
            row_version: None,
            updated_by: None,
            created_by: None,
            created_at: None,
            updated_at: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `row_id`.
    pub fn with_row_id(mut self, value: impl Into<String>) -> Self {
        self.row_id = Some(value.into());
        self
    }

    /// Sets `code` (`Some(None)` there sends `null`).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(Some(value.into()));
        self
    }

    /// Sets `line_number` (`Some(None)` there sends `null`).
    pub fn with_line_number(mut self, value: impl Into<i64>) -> Self {
        self.line_number = Some(Some(value.into()));
        self
    }

    /// Sets `description` (`Some(None)` there sends `null`).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<InvoiceLineItemType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }

    /// Sets `tax_amount` (`Some(None)` there sends `null`).
    pub fn with_tax_amount(mut self, value: impl Into<f64>) -> Self {
        self.tax_amount = Some(Some(value.into()));
        self
    }

    /// Sets `total_amount` (`Some(None)` there sends `null`).
    pub fn with_total_amount(mut self, value: impl Into<f64>) -> Self {
        self.total_amount = Some(Some(value.into()));
        self
    }

    /// Sets `quantity` (`Some(None)` there sends `null`).
    pub fn with_quantity(mut self, value: impl Into<f64>) -> Self {
        self.quantity = Some(Some(value.into()));
        self
    }

    /// Sets `unit_price` (`Some(None)` there sends `null`).
    pub fn with_unit_price(mut self, value: impl Into<f64>) -> Self {
        self.unit_price = Some(Some(value.into()));
        self
    }

    /// Sets `unit_of_measure` (`Some(None)` there sends `null`).
    pub fn with_unit_of_measure(mut self, value: impl Into<String>) -> Self {
        self.unit_of_measure = Some(Some(value.into()));
        self
    }

    /// Sets `discount_percentage` (`Some(None)` there sends `null`).
    pub fn with_discount_percentage(mut self, value: impl Into<f64>) -> Self {
        self.discount_percentage = Some(Some(value.into()));
        self
    }

    /// Sets `discount_amount` (`Some(None)` there sends `null`).
    pub fn with_discount_amount(mut self, value: impl Into<f64>) -> Self {
        self.discount_amount = Some(Some(value.into()));
        self
    }

    /// Sets `service_date` (`Some(None)` there sends `null`).
    pub fn with_service_date(mut self, value: impl Into<crate::formats::Date>) -> Self {
        self.service_date = Some(Some(value.into()));
        self
    }

    /// Sets `category_id` (`Some(None)` there sends `null`).
    pub fn with_category_id(mut self, value: impl Into<String>) -> Self {
        self.category_id = Some(Some(value.into()));
        self
    }

    /// Sets `location_id` (`Some(None)` there sends `null`).
    pub fn with_location_id(mut self, value: impl Into<String>) -> Self {
        self.location_id = Some(Some(value.into()));
        self
    }

    /// Sets `department_id` (`Some(None)` there sends `null`).
    pub fn with_department_id(mut self, value: impl Into<String>) -> Self {
        self.department_id = Some(Some(value.into()));
        self
    }

    /// Sets `subsidiary_id` (`Some(None)` there sends `null`).
    pub fn with_subsidiary_id(mut self, value: impl Into<String>) -> Self {
        self.subsidiary_id = Some(Some(value.into()));
        self
    }

    /// Sets `shipping_id` (`Some(None)` there sends `null`).
    pub fn with_shipping_id(mut self, value: impl Into<String>) -> Self {
        self.shipping_id = Some(Some(value.into()));
        self
    }

    /// Sets `memo` (`Some(None)` there sends `null`).
    pub fn with_memo(mut self, value: impl Into<String>) -> Self {
        self.memo = Some(Some(value.into()));
        self
    }

    /// Sets `prepaid` (`Some(None)` there sends `null`).
    pub fn with_prepaid(mut self, value: impl Into<bool>) -> Self {
        self.prepaid = Some(Some(value.into()));
        self
    }

    /// Sets `item`.
    pub fn with_item(mut self, value: impl Into<LinkedInvoiceItem>) -> Self {
        self.item = Some(value.into());
        self
    }

    /// Sets `tax_applicable_on` (`Some(None)` there sends `null`).
    pub fn with_tax_applicable_on(mut self, value: impl Into<String>) -> Self {
        self.tax_applicable_on = Some(Some(value.into()));
        self
    }

    /// Sets `tax_recoverability` (`Some(None)` there sends `null`).
    pub fn with_tax_recoverability(mut self, value: impl Into<String>) -> Self {
        self.tax_recoverability = Some(Some(value.into()));
        self
    }

    /// Sets `tax_method` (`Some(None)` there sends `null`).
    pub fn with_tax_method(mut self, value: impl Into<String>) -> Self {
        self.tax_method = Some(Some(value.into()));
        self
    }

    /// Sets `worktags`.
    pub fn with_worktags(
        mut self,
        value: impl Into<Vec<Option<LinkedWorktag>>>,
    ) -> Self {
        self.worktags = Some(value.into());
        self
    }

    /// Sets `tax_rate`.
    pub fn with_tax_rate(mut self, value: impl Into<LinkedTaxRate>) -> Self {
        self.tax_rate = Some(value.into());
        self
    }

    /// Sets `tracking_categories` (`Some(None)` there sends `null`).
    pub fn with_tracking_categories(
        mut self,
        value: impl Into<Vec<Option<LinkedTrackingCategory>>>,
    ) -> Self {
        self.tracking_categories = Some(Some(value.into()));
        self
    }

    /// Sets `ledger_account` (`Some(None)` there sends `null`).
    pub fn with_ledger_account(mut self, value: impl Into<LinkedLedgerAccount>) -> Self {
        self.ledger_account = Some(Some(value.into()));
        self
    }

    /// Sets `custom_fields`.
    pub fn with_custom_fields(mut self, value: impl Into<Vec<CustomField>>) -> Self {
        self.custom_fields = Some(value.into());
        self
    }

    /// Sets `row_version` (`Some(None)` there sends `null`).
    pub fn with_row_version(mut self, value: impl Into<String>) -> Self {
        self.row_version = Some(Some(value.into()));
        self
    }

    /// Sets `updated_by` (`Some(None)` there sends `null`).
    pub fn with_updated_by(mut self, value: impl Into<String>) -> Self {
        self.updated_by = Some(Some(value.into()));
        self
    }

    /// Sets `created_by` (`Some(None)` there sends `null`).
    pub fn with_created_by(mut self, value: impl Into<String>) -> Self {
        self.created_by = Some(Some(value.into()));
        self
    }

    /// Sets `created_at` (`Some(None)` there sends `null`).
    pub fn with_created_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_at = Some(Some(value.into()));
        self
    }

    /// Sets `updated_at` (`Some(None)` there sends `null`).
    pub fn with_updated_at(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_at = Some(Some(value.into()));
        self
    }
}

impl Default for InvoiceLineItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// Unique identifier for the address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// The type of address.
    #[serde(rename = "type")]
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub type_: Option<Option<AddressType>>,
    /// The address string. Some APIs don't provide structured address data.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub string: Option<Option<String>>,
    /// The name of the address.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// Line 1 of the address e.g. number, street, suite, apt #, etc.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line1: Option<Option<String>>,
    /// Line 2 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line2: Option<Option<String>>,
    /// Line 3 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line3: Option<Option<String>>,
    /// Line 4 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line4: Option<Option<String>>,
    /// Line 5 of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub line5: Option<Option<String>>,
    /// Street number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub street_number: Option<Option<String>>,
    /// Name of city.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub city: Option<Option<String>>,
    /// Name of state
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub state: Option<Option<String>>,
    /// Zip code or equivalent.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub postal_code: Option<Option<String>>,
    /// country code according to ISO 3166-1 alpha-2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub country: Option<Option<String>>,
    /// Latitude of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub latitude: Option<Option<String>>,
    /// Longitude of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub longitude: Option<Option<String>>,
    /// Address field that holds a sublocality, such as a county
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub county: Option<Option<String>>,
    /// Name of the contact person at the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub contact_name: Option<Option<String>>,
    /// Salutation of the contact person at the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub salutation: Option<Option<String>>,
    /// Phone number of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub phone_number: Option<Option<String>>,
    /// Fax number of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub fax: Option<Option<String>>,
    /// Email address of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub email: Option<Option<String>>,
    /// Website of the address
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub website: Option<Option<String>>,
    /// Additional notes
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub notes: Option<Option<String>>,
    /// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub row_version: Option<Option<String>>,
}

impl Address {
    /// A `Address` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            type_: None,
            string: None,
            name: None,
            line1: None,
            line2: None,
            line3: None,
            line4: None,
            line5: None,
            street_number: None,
            city: None,
            state: None,
            postal_code: None,
            country: None,
            latitude: None,
            longitude: None,
            county: None,
            contact_name: None,
            salutation: None,
            phone_number: None,
            fax: None,
            email: None,
            website: None,
            notes: None,
            row_version: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `type_` (`Some(None)` there sends `null`).
    pub fn with_type(mut self, value: impl Into<AddressType>) -> Self {
        self.type_ = Some(Some(value.into()));
        self
    }

    /// Sets `string` (`Some(None)` there sends `null`).
    pub fn with_string(mut self, value: impl Into<String>) -> Self {
        self.string = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `line1` (`Some(None)` there sends `null`).
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(Some(value.into()));
        self
    }

    /// Sets `line2` (`Some(None)` there sends `null`).
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(Some(value.into()));
        self
    }

    /// Sets `line3` (`Some(None)` there sends `null`).
    pub fn with_line3(mut self, value: impl Into<String>) -> Self {
        self.line3 = Some(Some(value.into()));
        self
    }

    /// Sets `line4` (`Some(None)` there sends `null`).
    pub fn with_line4(mut self, value: impl Into<String>) -> Self {
        self.line4 = Some(Some(value.into()));
        self
    }

    /// Sets `line5` (`Some(None)` there sends `null`).
    pub fn with_line5(mut self, value: impl Into<String>) -> Self {
        self.line5 = Some(Some(value.into()));
        self
    }

    /// Sets `street_number` (`Some(None)` there sends `null`).
    pub fn with_street_number(mut self, value: impl Into<String>) -> Self {
        self.street_number = Some(Some(value.into()));
        self
    }

    /// Sets `city` (`Some(None)` there sends `null`).
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(Some(value.into()));
        self
    }

    /// Sets `state` (`Some(None)` there sends `null`).
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(Some(value.into()));
        self
    }

    /// Sets `postal_code` (`Some(None)` there sends `null`).
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(Some(value.into()));
        self
    }

    /// Sets `country` (`Some(None)` there sends `null`).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(Some(value.into()));
        self
    }

    /// Sets `latitude` (`Some(None)` there sends `null`).
    pub fn with_latitude(mut self, value: impl Into<String>) -> Self {
        self.latitude = Some(Some(value.into()));
        self
    }

    /// Sets `longitude` (`Some(None)` there sends `null`).
    pub fn with_longitude(mut self, value: impl Into<String>) -> Self {
        self.longitude = Some(Some(value.into()));
        self
    }

    /// Sets `county` (`Some(None)` there sends `null`).
    pub fn with_county(mut self, value: impl Into<String>) -> Self {
        self.county = Some(Some(value.into()));
        self
    }

    /// Sets `contact_name` (`Some(None)` there sends `null`).
    pub fn with_contact_name(mut self, value: impl Into<String>) -> Self {
        self.contact_name = Some(Some(value.into()));
        self
    }

    /// Sets `salutation` (`Some(None)` there sends `null`).
    pub fn with_salutation(mut self, value: impl Into<String>) -> Self {
        self.salutation = Some(Some(value.into()));
        self
    }

    /// Sets `phone_number` (`Some(None)` there sends `null`).
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(Some(value.into()));
        self
    }

    /// Sets `fax` (`Some(None)` there sends `null`).
    pub fn with_fax(mut self, value: impl Into<String>) -> Self {
        self.fax = Some(Some(value.into()));
        self
    }

    /// Sets `email` (`Some(None)` there sends `null`).
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(Some(value.into()));
        self
    }

    /// Sets `website` (`Some(None)` there sends `null`).
    pub fn with_website(mut self, value: impl Into<String>) -> Self {
        self.website = Some(Some(value.into()));
        self
    }

    /// Sets `notes` (`Some(None)` there sends `null`).
    pub fn with_notes(mut self, value: impl Into<String>) -> Self {
        self.notes = Some(Some(value.into()));
        self
    }

    /// Sets `row_version` (`Some(None)` there sends `null`).
    pub fn with_row_version(mut self, value: impl Into<String>) -> Self {
        self.row_version = Some(Some(value.into()));
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
pub struct InvoicePaymentAllocationsItem {
    /// ID of the payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Amount of the payment allocated to the invoice
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub allocated_amount: Option<Option<f64>>,
    /// Date of the payment
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub date: Option<Option<crate::formats::DateTime>>,
}

impl InvoicePaymentAllocationsItem {
    /// A `InvoicePaymentAllocationsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            allocated_amount: None,
            date: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `allocated_amount` (`Some(None)` there sends `null`).
    pub fn with_allocated_amount(mut self, value: impl Into<f64>) -> Self {
        self.allocated_amount = Some(Some(value.into()));
        self
    }

    /// Sets `date` (`Some(None)` there sends `null`).
    pub fn with_date(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.date = Some(Some(value.into()));
        self
    }
}

impl Default for InvoicePaymentAllocationsItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Payment method used for the transaction, such as cash, credit card, bank transfer, or check
pub type PaymentMethod = String;

/// The channel through which the transaction is processed.
pub type Channel = String;

/// language code according to ISO 639-1. For the United States - EN
pub type Language = String;

/// Indicates if accounting by row is used (true) or not (false). Accounting by row means that a separate ledger transaction is created for each row.
pub type AccountingByRow = bool;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankAccount {
    /// The name of the bank or financial institution
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub bank_name: Option<Option<String>>,
    /// The bank account number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_number: Option<Option<String>>,
    /// The name of the bank account
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_name: Option<Option<String>>,
    /// The type of bank account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub account_type: Option<Option<BankAccountAccountType>>,
    /// International Bank Account Number
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub iban: Option<Option<String>>,
    /// Bank Identifier Code / SWIFT Code
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub bic: Option<Option<String>>,
    /// Bank routing number (US)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub routing_number: Option<Option<String>>,
    /// Bank State Branch number (Australia/New Zealand)
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub bsb_number: Option<Option<String>>,
    /// Bank branch identifier
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub branch_identifier: Option<Option<String>>,
    /// Bank code assigned by central bank
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub bank_code: Option<Option<String>>,
    /// Indicates the associated currency for an amount of money. Values correspond to [ISO 4217](https://en.wikipedia.org/wiki/ISO_4217).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub currency: Option<Option<Currency>>,
    /// Country code according to ISO 3166-1 alpha-2.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub country: Option<Option<String>>,
}

impl BankAccount {
    /// A `BankAccount` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            bank_name: None,
            account_number: None,
            account_name: None,
            account_type: None,
            iban: None,
            bic: None,
            routing_number: None,
            bsb_number: None,
            branch_identifier: None,
            bank_code: None,
            currency: None,
            country: None,
        }
    }

    /// Sets `bank_name` (`Some(None)` there sends `null`).
    pub fn with_bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(Some(value.into()));
        self
    }

    /// Sets `account_number` (`Some(None)` there sends `null`).
    pub fn with_account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(Some(value.into()));
        self
    }

    /// Sets `account_name` (`Some(None)` there sends `null`).
    pub fn with_account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(Some(value.into()));
        self
    }

    /// Sets `account_type` (`Some(None)` there sends `null`).
    pub fn with_account_type(
        mut self,
        value: impl Into<BankAccountAccountType>,
    ) -> Self {
        self.account_type = Some(Some(value.into()));
        self
    }

    /// Sets `iban` (`Some(None)` there sends `null`).
    pub fn with_iban(mut self, value: impl Into<String>) -> Self {
        self.iban = Some(Some(value.into()));
        self
    }

    /// Sets `bic` (`Some(None)` there sends `null`).
    pub fn with_bic(mut self, value: impl Into<String>) -> Self {
        self.bic = Some(Some(value.into()));
        self
    }

    /// Sets `routing_number` (`Some(None)` there sends `null`).
    pub fn with_routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = Some(Some(value.into()));
        self
    }

    /// Sets `bsb_number` (`Some(None)` there sends `null`).
    pub fn with_bsb_number(mut self, value: impl Into<String>) -> Self {
        self.bsb_number = Some(Some(value.into()));
        self
    }

    /// Sets `branch_identifier` (`Some(None)` there sends `null`).
    pub fn with_branch_identifier(mut self, value: impl Into<String>) -> Self {
        self.branch_identifier = Some(Some(value.into()));
        self
    }

    /// Sets `bank_code` (`Some(None)` there sends `null`).
    pub fn with_bank_code(mut self, value: impl Into<String>) -> Self {
        self.bank_code = Some(Some(value.into()));
        self
    }

    /// Sets `currency` (`Some(None)` there sends `null`).
    pub fn with_currency(mut self, value: impl Into<Currency>) -> Self {
        self.currency = Some(Some(value.into()));
        self
    }

    /// Sets `country` (`Some(None)` there sends `null`).
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(Some(value.into()));
        self
    }
}

impl Default for BankAccount {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedLedgerAccount {
    /// The unique identifier for the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The nominal code of the account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub nominal_code: Option<Option<String>>,
    /// The code assigned to the account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub code: Option<Option<String>>,
    /// The parent ID of the account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub parent_id: Option<Option<String>>,
    /// The display ID of the account.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub display_id: Option<Option<String>>,
}

impl LinkedLedgerAccount {
    /// A `LinkedLedgerAccount` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            nominal_code: None,
            code: None,
            parent_id: None,
            display_id: None,
        }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `nominal_code` (`Some(None)` there sends `null`).
    pub fn with_nominal_code(mut self, value: impl Into<String>) -> Self {
        self.nominal_code = Some(Some(value.into()));
        self
    }

    /// Sets `code` (`Some(None)` there sends `null`).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(Some(value.into()));
        self
    }

    /// Sets `parent_id` (`Some(None)` there sends `null`).
    pub fn with_parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(Some(value.into()));
        self
    }

    /// Sets `display_id` (`Some(None)` there sends `null`).
    pub fn with_display_id(mut self, value: impl Into<String>) -> Self {
        self.display_id = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedLedgerAccount {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// When custom mappings are configured on the resource, the result is included here.
pub type CustomMappings = serde_json::Map<String, serde_json::Value>;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CustomField {
    /// Unique identifier for the custom field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// Name of the custom field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// More information about the custom field
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<CustomFieldValue>,
}

impl CustomField {
    /// A `CustomField` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            name: None,
            description: None,
            value: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `description` (`Some(None)` there sends `null`).
    pub fn with_description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }

    /// Sets `value`.
    pub fn with_value(mut self, value: impl Into<CustomFieldValue>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl Default for CustomField {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// A binary value used to detect updates to a object and prevent data conflicts. It is incremented each time an update is made to the object.
pub type RowVersion = String;

/// The user who last updated the object.
pub type UpdatedBy = String;

/// The user who created the object.
pub type CreatedBy = String;

/// The date and time when the object was last updated.
pub type UpdatedAt = crate::formats::DateTime;

/// The date and time when the object was created.
pub type CreatedAt = crate::formats::DateTime;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PassThroughBodyItem {
    /// Identifier for the service to which this pass_through should be applied.
    pub service_id: String,
    /// Optional identifier for a workflow operation to which this pass_through should be applied. This is useful for Unify calls that are making more than one downstream request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// Simple object allowing any properties for direct extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend_object: Option<serde_json::Map<String, serde_json::Value>>,
    /// Array of objects for structured data modifications via paths.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extend_paths: Option<Vec<PassThroughBodyItemExtendPathsItem>>,
}

impl PassThroughBodyItem {
    /// A `PassThroughBodyItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(service_id: String) -> Self {
        Self {
            service_id,
            operation_id: None,
            extend_object: None,
            extend_paths: None,
        }
    }

    /// Sets `operation_id`.
    pub fn with_operation_id(mut self, value: impl Into<String>) -> Self {
        self.operation_id = Some(value.into());
        self
    }

    /// Sets `extend_object`.
    pub fn with_extend_object(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.extend_object = Some(value.into());
        self
    }

    /// Sets `extend_paths`.
    pub fn with_extend_paths(
        mut self,
        value: impl Into<Vec<PassThroughBodyItemExtendPathsItem>>,
    ) -> Self {
        self.extend_paths = Some(value.into());
        self
    }
}

/// The pass_through property allows passing service-specific, custom data or structured modifications in request body when creating or updating resources.
pub type PassThroughBody = Vec<PassThroughBodyItem>;

/// The name of the resource.
pub type Name = String;

/// A unique identifier for an object.
pub type WritableId = String;

/// Line number of the resource
pub type LineNumber = i64;

/// Item type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoiceLineItemType {
    SalesItem,
    Discount,
    Info,
    SubTotal,
    Service,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoiceLineItemType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SalesItem => "sales_item",
            Self::Discount => "discount",
            Self::Info => "info",
            Self::SubTotal => "sub_total",
            Self::Service => "service",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoiceLineItemType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "sales_item" => Self::SalesItem,
            "discount" => Self::Discount,
            "info" => Self::Info,
            "sub_total" => Self::SubTotal,
            "service" => Self::Service,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoiceLineItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoiceLineItemType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for InvoiceLineItemType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Quantity
pub type Quantity = f64;

/// Unit price
pub type UnitPrice = f64;

/// Description of the unit type the item is sold as, ie: kg, hour.
pub type UnitOfMeasure = String;

/// The ID of the subsidiary
pub type SubsidiaryId = String;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedInvoiceItem {
    /// ID of the linked item. A reference to the [invoice item](https://developers.apideck.com/apis/accounting/reference#tag/Invoice-Items) that was used to create this line item
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// User defined item code
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub code: Option<Option<String>>,
    /// User defined item name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
}

impl LinkedInvoiceItem {
    /// A `LinkedInvoiceItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            code: None,
            name: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `code` (`Some(None)` there sends `null`).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedInvoiceItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedWorktag {
    /// The unique identifier for the worktag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The value of the worktag.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub value: Option<Option<String>>,
}

impl LinkedWorktag {
    /// A `LinkedWorktag` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self { id: None, value: None }
    }

    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }

    /// Sets `value` (`Some(None)` there sends `null`).
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedWorktag {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LinkedTaxRate {
    /// The ID of the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub id: Option<Option<String>>,
    /// Tax rate code
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub code: Option<Option<String>>,
    /// Name of the tax rate
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// Rate of the tax rate
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "nullable::deserialize"
    )]
    pub rate: Option<Option<f64>>,
}

impl LinkedTaxRate {
    /// A `LinkedTaxRate` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id: None,
            code: None,
            name: None,
            rate: None,
        }
    }

    /// Sets `id` (`Some(None)` there sends `null`).
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }

    /// Sets `code` (`Some(None)` there sends `null`).
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(Some(value.into()));
        self
    }

    /// Sets `name` (`Some(None)` there sends `null`).
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }

    /// Sets `rate` (`Some(None)` there sends `null`).
    pub fn with_rate(mut self, value: impl Into<f64>) -> Self {
        self.rate = Some(Some(value.into()));
        self
    }
}

impl Default for LinkedTaxRate {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// The type of address.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddressType {
    Primary,
    Secondary,
    Home,
    Office,
    Shipping,
    Billing,
    Work,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl AddressType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "primary",
            Self::Secondary => "secondary",
            Self::Home => "home",
            Self::Office => "office",
            Self::Shipping => "shipping",
            Self::Billing => "billing",
            Self::Work => "work",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AddressType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "primary" => Self::Primary,
            "secondary" => Self::Secondary,
            "home" => Self::Home,
            "office" => Self::Office,
            "shipping" => Self::Shipping,
            "billing" => Self::Billing,
            "work" => Self::Work,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for AddressType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AddressType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AddressType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The name of the bank or financial institution
pub type BankName = String;

/// The bank account number
pub type BankAccountNumber = String;

/// The name of the bank account
pub type BankAccountName = String;

/// The type of bank account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BankAccountAccountType {
    BankAccount,
    CreditCard,
    Other,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl BankAccountAccountType {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BankAccount => "bank_account",
            Self::CreditCard => "credit_card",
            Self::Other => "other",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for BankAccountAccountType {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "bank_account" => Self::BankAccount,
            "credit_card" => Self::CreditCard,
            "other" => Self::Other,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for BankAccountAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for BankAccountAccountType {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for BankAccountAccountType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// International Bank Account Number
pub type Iban = String;

/// Bank Identifier Code / SWIFT Code
pub type Bic = String;

/// Bank routing number (US)
pub type RoutingNumber = String;

/// Bank State Branch number (Australia/New Zealand)
pub type BsbNumber = String;

/// Bank branch identifier
pub type BranchIdentifier = String;

/// Bank code assigned by central bank
pub type BankCode = String;

/// Country code according to ISO 3166-1 alpha-2.
pub type Country = String;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CustomFieldValue {
    String(Option<String>),
    Number(Option<f64>),
    Boolean(Option<bool>),
    Variant4(Option<serde_json::Map<String, serde_json::Value>>),
    Array(Vec<CustomFieldValueArrayItem>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PassThroughBodyItemExtendPathsItem {
    /// JSONPath string specifying where to apply the value.
    pub path: String,
    /// The value to set at the specified path, can be any type.
    pub value: serde_json::Value,
}

impl PassThroughBodyItemExtendPathsItem {
    /// A `PassThroughBodyItemExtendPathsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(path: String, value: serde_json::Value) -> Self {
        Self { path, value }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum CustomFieldValueArrayItem {
    String(Option<String>),
    Number(Option<f64>),
    Boolean(Option<bool>),
    Variant4(Option<serde_json::Map<String, serde_json::Value>>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoicesFilter {
    /// Return records with a row ID greater than or equal to the given value
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_since: Option<String>,
    /// Updated since (timestamp)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_since: Option<crate::formats::DateTime>,
    /// Created since (timestamp)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_since: Option<crate::formats::DateTime>,
    /// Invoice number to search for
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Supplier ID to filter invoices by
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplier_id: Option<String>,
    /// Filter by the subsidiary (legal entity) the record belongs to. Only honored on connectors that support multi-entity scoping (e.g. NetSuite OneWorld); ignored elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subsidiary_id: Option<String>,
    /// Filter by customer id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

impl InvoicesFilter {
    /// A `InvoicesFilter` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            id_since: None,
            updated_since: None,
            created_since: None,
            number: None,
            supplier_id: None,
            subsidiary_id: None,
            customer_id: None,
        }
    }

    /// Sets `id_since`.
    pub fn with_id_since(mut self, value: impl Into<String>) -> Self {
        self.id_since = Some(value.into());
        self
    }

    /// Sets `updated_since`.
    pub fn with_updated_since(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.updated_since = Some(value.into());
        self
    }

    /// Sets `created_since`.
    pub fn with_created_since(
        mut self,
        value: impl Into<crate::formats::DateTime>,
    ) -> Self {
        self.created_since = Some(value.into());
        self
    }

    /// Sets `number`.
    pub fn with_number(mut self, value: impl Into<String>) -> Self {
        self.number = Some(value.into());
        self
    }

    /// Sets `supplier_id`.
    pub fn with_supplier_id(mut self, value: impl Into<String>) -> Self {
        self.supplier_id = Some(value.into());
        self
    }

    /// Sets `subsidiary_id`.
    pub fn with_subsidiary_id(mut self, value: impl Into<String>) -> Self {
        self.subsidiary_id = Some(value.into());
        self
    }

    /// Sets `customer_id`.
    pub fn with_customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
}

impl Default for InvoicesFilter {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct InvoicesSort {
    /// The field on which to sort the Invoices
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<InvoicesSortBy>,
    /// The direction in which to sort the results
    pub direction: SortDirection,
}

impl InvoicesSort {
    /// A `InvoicesSort` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            by: None,
            direction: defaults::invoices_sort_direction(),
        }
    }

    /// Sets `by`.
    pub fn with_by(mut self, value: impl Into<InvoicesSortBy>) -> Self {
        self.by = Some(value.into());
        self
    }

    /// Sets `direction`.
    pub fn with_direction(mut self, value: impl Into<SortDirection>) -> Self {
        self.direction = value.into();
        self
    }
}

impl Default for InvoicesSort {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PassThroughQuery {
    /// All passthrough query parameters are passed along to the connector as is (?pass_through\[search\]=leads becomes ?search=leads)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example_downstream_property: Option<String>,
}

impl PassThroughQuery {
    /// A `PassThroughQuery` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            example_downstream_property: None,
        }
    }

    /// Sets `example_downstream_property`.
    pub fn with_example_downstream_property(mut self, value: impl Into<String>) -> Self {
        self.example_downstream_property = Some(value.into());
        self
    }
}

impl Default for PassThroughQuery {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GetInvoicesResponse {
    /// HTTP Response Status Code
    pub status_code: i64,
    /// HTTP Response Status
    pub status: String,
    /// Apideck ID of service provider
    pub service: String,
    /// Unified API resource name
    pub resource: String,
    /// Operation performed
    pub operation: String,
    pub data: Vec<Invoice>,
    /// Response metadata
    #[serde(default)]
    pub meta: Option<Meta>,
    /// Links to navigate to previous or next pages through the API
    #[serde(default)]
    pub links: Option<Links>,
    /// Raw response from the integration when raw=true query param is provided
    #[serde(rename = "_raw")]
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub raw_: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

impl GetInvoicesResponse {
    /// A `GetInvoicesResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        status_code: i64,
        status: String,
        service: String,
        resource: String,
        operation: String,
        data: Vec<Invoice>,
    ) -> Self {
        Self {
            status_code,
            status,
            service,
            resource,
            operation,
            data,
            meta: None,
            links: None,
            raw_: None,
        }
    }

    /// Sets `meta`.
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Sets `links`.
    pub fn with_links(mut self, value: impl Into<Links>) -> Self {
        self.links = Some(value.into());
        self
    }

    /// Sets `raw_` (`Some(None)` there sends `null`).
    pub fn with_raw(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.raw_ = Some(Some(value.into()));
        self
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BadRequestResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<BadRequestResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
    /// Contains downstream errors returned from the connector. Only present when type_name is ConnectorExecutionError.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub downstream_errors: Option<Vec<BadRequestResponseDownstreamErrorsItem>>,
}

impl BadRequestResponse {
    /// A `BadRequestResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
            downstream_errors: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<BadRequestResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }

    /// Sets `downstream_errors`.
    pub fn with_downstream_errors(
        mut self,
        value: impl Into<Vec<BadRequestResponseDownstreamErrorsItem>>,
    ) -> Self {
        self.downstream_errors = Some(value.into());
        self
    }
}

impl Default for BadRequestResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnauthorizedResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnauthorizedResponse {
    /// A `UnauthorizedResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<UnauthorizedResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentRequiredResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl PaymentRequiredResponse {
    /// A `PaymentRequiredResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for PaymentRequiredResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NotFoundResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<NotFoundResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl NotFoundResponse {
    /// A `NotFoundResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<NotFoundResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for NotFoundResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnprocessableResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnprocessableResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnprocessableResponse {
    /// A `UnprocessableResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<UnprocessableResponseDetail>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnprocessableResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnexpectedErrorResponse {
    /// HTTP status code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_code: Option<f64>,
    /// Contains an explanation of the status_code as defined in HTTP/1.1 standard (RFC 7231)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The type of error returned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_name: Option<String>,
    /// A human-readable message providing more details about the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Contains parameter or domain specific information related to the error and why it occurred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<UnexpectedErrorResponseDetail>,
    /// Link to documentation of error type
    #[serde(rename = "ref")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_: Option<String>,
}

impl UnexpectedErrorResponse {
    /// A `UnexpectedErrorResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            status_code: None,
            error: None,
            type_name: None,
            message: None,
            detail: None,
            ref_: None,
        }
    }

    /// Sets `status_code`.
    pub fn with_status_code(mut self, value: impl Into<f64>) -> Self {
        self.status_code = Some(value.into());
        self
    }

    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }

    /// Sets `type_name`.
    pub fn with_type_name(mut self, value: impl Into<String>) -> Self {
        self.type_name = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(
        mut self,
        value: impl Into<UnexpectedErrorResponseDetail>,
    ) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `ref_`.
    pub fn with_ref(mut self, value: impl Into<String>) -> Self {
        self.ref_ = Some(value.into());
        self
    }
}

impl Default for UnexpectedErrorResponse {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct GetInvoiceResponse {
    /// HTTP Response Status Code
    pub status_code: i64,
    /// HTTP Response Status
    pub status: String,
    /// Apideck ID of service provider
    pub service: String,
    /// Unified API resource name
    pub resource: String,
    /// Operation performed
    pub operation: String,
    pub data: Invoice,
    /// Response metadata
    #[serde(default)]
    pub meta: Option<Meta>,
    /// Raw response from the integration when raw=true query param is provided
    #[serde(rename = "_raw")]
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub raw_: Option<Option<serde_json::Map<String, serde_json::Value>>>,
}

impl GetInvoiceResponse {
    /// A `GetInvoiceResponse` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new(
        status_code: i64,
        status: String,
        service: String,
        resource: String,
        operation: String,
        data: Invoice,
    ) -> Self {
        Self {
            status_code,
            status,
            service,
            resource,
            operation,
            data,
            meta: None,
            raw_: None,
        }
    }

    /// Sets `meta`.
    pub fn with_meta(mut self, value: impl Into<Meta>) -> Self {
        self.meta = Some(value.into());
        self
    }

    /// Sets `raw_` (`Some(None)` there sends `null`).
    pub fn with_raw(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.raw_ = Some(Some(value.into()));
        self
    }
}

/// The field on which to sort the Invoices
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InvoicesSortBy {
    CreatedAt,
    UpdatedAt,
    Id,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl InvoicesSortBy {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::Id => "id",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for InvoicesSortBy {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "created_at" => Self::CreatedAt,
            "updated_at" => Self::UpdatedAt,
            "id" => Self::Id,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for InvoicesSortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for InvoicesSortBy {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The direction in which to sort the results
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SortDirection {
    Asc,
    Desc,
    /// A value this version of the contract does not know (sent by a newer version).
    Unknown(String),
}

impl SortDirection {
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SortDirection {
    /// The variant whose wire value this is, else [`Self::Unknown`].
    fn from(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for SortDirection {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Response metadata
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Meta {
    /// Number of items returned in the data property of the response
    #[serde(default)]
    pub items_on_page: Option<i64>,
    /// Cursors to navigate to previous or next pages through the API
    #[serde(default)]
    pub cursors: Option<MetaCursors>,
    /// Number of records available in total for this resource
    #[serde(default)]
    pub total_count: Option<i64>,
    /// Non-fatal warnings emitted when optional workflow steps failed. Present only when at least one step degraded; the response status remains 200.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub warnings: Option<Option<Vec<MetaWarningsItem>>>,
}

impl Meta {
    /// A `Meta` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            items_on_page: None,
            cursors: None,
            total_count: None,
            warnings: None,
        }
    }

    /// Sets `items_on_page`.
    pub fn with_items_on_page(mut self, value: impl Into<i64>) -> Self {
        self.items_on_page = Some(value.into());
        self
    }

    /// Sets `cursors`.
    pub fn with_cursors(mut self, value: impl Into<MetaCursors>) -> Self {
        self.cursors = Some(value.into());
        self
    }

    /// Sets `total_count`.
    pub fn with_total_count(mut self, value: impl Into<i64>) -> Self {
        self.total_count = Some(value.into());
        self
    }

    /// Sets `warnings` (`Some(None)` there sends `null`).
    pub fn with_warnings(mut self, value: impl Into<Vec<MetaWarningsItem>>) -> Self {
        self.warnings = Some(Some(value.into()));
        self
    }
}

impl Default for Meta {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Links to navigate to previous or next pages through the API
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Links {
    /// Link to navigate to the previous page through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub previous: Option<Option<String>>,
    /// Link to navigate to the current page through the API
    #[serde(default)]
    pub current: Option<String>,
    /// Link to navigate to the previous page through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub next: Option<Option<String>>,
}

impl Links {
    /// A `Links` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            previous: None,
            current: None,
            next: None,
        }
    }

    /// Sets `previous` (`Some(None)` there sends `null`).
    pub fn with_previous(mut self, value: impl Into<String>) -> Self {
        self.previous = Some(Some(value.into()));
        self
    }

    /// Sets `current`.
    pub fn with_current(mut self, value: impl Into<String>) -> Self {
        self.current = Some(value.into());
        self
    }

    /// Sets `next` (`Some(None)` there sends `null`).
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(Some(value.into()));
        self
    }
}

impl Default for Links {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Raw response from the integration when raw=true query param is provided
pub type Raw = serde_json::Map<String, serde_json::Value>;

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum BadRequestResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BadRequestResponseDownstreamErrorsItem {
    /// Error message from the downstream provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Additional error details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Error code from the downstream provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl BadRequestResponseDownstreamErrorsItem {
    /// A `BadRequestResponseDownstreamErrorsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            message: None,
            detail: None,
            code: None,
        }
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `detail`.
    pub fn with_detail(mut self, value: impl Into<String>) -> Self {
        self.detail = Some(value.into());
        self
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
}

impl Default for BadRequestResponseDownstreamErrorsItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnauthorizedResponseDetail {
    Variant2(UnauthorizedResponseDetailVariant2),
    String(String),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum NotFoundResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnprocessableResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Contains parameter or domain specific information related to the error and why it occurred.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum UnexpectedErrorResponseDetail {
    String(String),
    Variant2(serde_json::Map<String, serde_json::Value>),
    Other(serde_json::Value),
}

/// Cursors to navigate to previous or next pages through the API
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MetaCursors {
    /// Cursor to navigate to the previous page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub previous: Option<Option<String>>,
    /// Cursor to navigate to the current page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub current: Option<Option<String>>,
    /// Cursor to navigate to the next page of results through the API
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub next: Option<Option<String>>,
}

impl MetaCursors {
    /// A `MetaCursors` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            previous: None,
            current: None,
            next: None,
        }
    }

    /// Sets `previous` (`Some(None)` there sends `null`).
    pub fn with_previous(mut self, value: impl Into<String>) -> Self {
        self.previous = Some(Some(value.into()));
        self
    }

    /// Sets `current` (`Some(None)` there sends `null`).
    pub fn with_current(mut self, value: impl Into<String>) -> Self {
        self.current = Some(Some(value.into()));
        self
    }

    /// Sets `next` (`Some(None)` there sends `null`).
    pub fn with_next(mut self, value: impl Into<String>) -> Self {
        self.next = Some(Some(value.into()));
        self
    }
}

impl Default for MetaCursors {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Advisory warning emitted when an optional workflow step fails non-fatally. The overall request still succeeds (HTTP 200); inspect this to detect partial or degraded data.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct MetaWarningsItem {
    /// Discriminator for the warning kind.
    #[serde(rename = "type")]
    #[serde(default)]
    pub type_: Option<String>,
    /// HTTP status code returned by the failed downstream request, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub status_code: Option<Option<i64>>,
    /// Short error description from the downstream provider, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub error: Option<Option<String>>,
    /// Identifier of the workflow step that failed.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub operation: Option<Option<String>>,
    /// Detailed message from the downstream provider, when available.
    #[serde(default, deserialize_with = "nullable::deserialize")]
    pub message: Option<Option<String>>,
}

impl MetaWarningsItem {
    /// A `MetaWarningsItem` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            status_code: None,
            error: None,
            operation: None,
            message: None,
        }
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `status_code` (`Some(None)` there sends `null`).
    pub fn with_status_code(mut self, value: impl Into<i64>) -> Self {
        self.status_code = Some(Some(value.into()));
        self
    }

    /// Sets `error` (`Some(None)` there sends `null`).
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(Some(value.into()));
        self
    }

    /// Sets `operation` (`Some(None)` there sends `null`).
    pub fn with_operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(Some(value.into()));
        self
    }

    /// Sets `message` (`Some(None)` there sends `null`).
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(Some(value.into()));
        self
    }
}

impl Default for MetaWarningsItem {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponseDetailVariant2 {
    /// Error type identifier
    #[serde(rename = "type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Detailed error message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Debug information including request/response details and OAuth timing metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debug: Option<UnauthorizedResponseDetailVariant2Debug>,
}

impl UnauthorizedResponseDetailVariant2 {
    /// A `UnauthorizedResponseDetailVariant2` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            type_: None,
            message: None,
            debug: None,
        }
    }

    /// Sets `type_`.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `debug`.
    pub fn with_debug(
        mut self,
        value: impl Into<UnauthorizedResponseDetailVariant2Debug>,
    ) -> Self {
        self.debug = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponseDetailVariant2 {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Debug information including request/response details and OAuth timing metadata
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnauthorizedResponseDetailVariant2Debug {
    /// HTTP request details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<serde_json::Map<String, serde_json::Value>>,
    /// HTTP response details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<serde_json::Map<String, serde_json::Value>>,
    /// Error message from downstream provider or network layer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Error code (e.g., ETIMEDOUT, ECONNREFUSED)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Unix timestamp (milliseconds) when credentials will be deleted if not refreshed. Only present for non-recoverable errors (401, 400). Credentials are preserved indefinitely for recoverable/network errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials_expire_at_ms: Option<f64>,
    /// Unix timestamp (milliseconds) when token refresh retry is allowed after cooldown period expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_ms: Option<f64>,
    /// Milliseconds remaining in cooldown period before retry is allowed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooldown_remaining_ms: Option<f64>,
}

impl UnauthorizedResponseDetailVariant2Debug {
    /// A `UnauthorizedResponseDetailVariant2Debug` from its required fields, every optional field unset (or at
    /// the contract's default): set those with the `with_` methods.
    pub fn new() -> Self {
        Self {
            request: None,
            response: None,
            message: None,
            code: None,
            credentials_expire_at_ms: None,
            retry_after_ms: None,
            cooldown_remaining_ms: None,
        }
    }

    /// Sets `request`.
    pub fn with_request(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.request = Some(value.into());
        self
    }

    /// Sets `response`.
    pub fn with_response(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.response = Some(value.into());
        self
    }

    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `credentials_expire_at_ms`.
    pub fn with_credentials_expire_at_ms(mut self, value: impl Into<f64>) -> Self {
        self.credentials_expire_at_ms = Some(value.into());
        self
    }

    /// Sets `retry_after_ms`.
    pub fn with_retry_after_ms(mut self, value: impl Into<f64>) -> Self {
        self.retry_after_ms = Some(value.into());
        self
    }

    /// Sets `cooldown_remaining_ms`.
    pub fn with_cooldown_remaining_ms(mut self, value: impl Into<f64>) -> Self {
        self.cooldown_remaining_ms = Some(value.into());
        self
    }
}

impl Default for UnauthorizedResponseDetailVariant2Debug {
    /// Every field unset (or at the contract's default).
    fn default() -> Self {
        Self::new()
    }
}

/// Default values the contract declares for optional properties.
mod defaults {
    pub(super) fn invoices_sort_direction() -> super::SortDirection {
        super::SortDirection::Asc
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

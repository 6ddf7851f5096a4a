//! The client: one async method per operation of Ledgerline ERP API.
#[allow(unused_imports)]
use crate::types;

/// Client for Ledgerline ERP API. Clones share the connection pool, token
/// cache and rate limiter.
#[derive(Clone)]
pub struct Client {
    inner: accord_runtime::Client,
    options: accord_runtime::CallOptions,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("options", &self.options).finish_non_exhaustive()
    }
}

impl Client {
    /// The first server the contract lists.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.eu.ledgerline.example/v1";

    /// A configuration for the API at `base_url`, with the contract's conventions
    /// preset; add auth (see [`crate::auth`]), a tenant, retries... then
    /// `build_client()` and [`Client::from_runtime`].
    pub fn builder(base_url: impl Into<String>) -> accord_runtime::ClientConfigBuilder {
        accord_runtime::Client::builder(base_url)
    }

    /// A client for `base_url` with `auth` and default settings.
    pub fn new(
        base_url: impl Into<String>,
        auth: accord_runtime::Auth,
    ) -> accord_runtime::Result<Self> {
        Ok(Self::from_runtime(Self::builder(base_url).auth(auth).build_client()?))
    }

    /// Wraps a configured runtime client.
    pub fn from_runtime(inner: accord_runtime::Client) -> Self {
        Self {
            inner,
            options: accord_runtime::CallOptions::default(),
        }
    }

    /// The runtime client.
    pub fn runtime(&self) -> &accord_runtime::Client {
        &self.inner
    }

    /// A client whose calls use `options` (correlation id, idempotency key,
    /// tenant, timeouts, extra headers).
    pub fn with_options(&self, options: accord_runtime::CallOptions) -> Self {
        Self {
            inner: self.inner.clone(),
            options,
        }
    }

    /// List customers
    ///
    /// Returns the customers (debtors) of a company.
    ///
    /// `GET /companies/{companyId}/customers`
    pub async fn list_customers(
        &self,
        params: ListCustomersParams,
    ) -> crate::Result<types::CustomerPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref());
        req.send::<types::CustomerPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_customers`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_customers_pages(
        &self,
        params: ListCustomersParams,
    ) -> accord_runtime::Paginator<types::Customer> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref());
        req.paginate::<
                types::Customer,
            >(accord_runtime::PageStrategy::page_number("page", 1))
            .items_at("/data")
            .page_count_at("/pagination/totalPages")
            .total_at("/pagination/totalItems")
    }

    /// Create a customer
    ///
    /// Creates a customer. `number` is assigned from the company's number series when omitted.
    ///
    /// `POST /companies/{companyId}/customers`
    pub async fn create_customer(
        &self,
        body: &types::CustomerCreate,
    ) -> crate::Result<types::Customer, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/companies/{companyId}/customers")
            .operation_id("createCustomer")
            .options(self.options.clone())
            .tenant_path_param("companyId");
        let req = req.json(body);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Get a customer
    ///
    /// Returns one customer with its current open balance.
    ///
    /// `GET /companies/{companyId}/customers/{customerId}`
    pub async fn get_customer(
        &self,
        customer_id: &str,
    ) -> crate::Result<types::Customer, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::GET,
                "/companies/{companyId}/customers/{customerId}",
            )
            .operation_id("getCustomer")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("customerId", customer_id);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Update a customer
    ///
    /// Partially updates a customer (JSON merge patch semantics).
    ///
    /// `PATCH /companies/{companyId}/customers/{customerId}`
    pub async fn update_customer(
        &self,
        customer_id: &str,
        body: &types::CustomerUpdate,
    ) -> crate::Result<types::Customer, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::PATCH,
                "/companies/{companyId}/customers/{customerId}",
            )
            .operation_id("updateCustomer")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("customerId", customer_id);
        let req = req.json(body);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// List invoices
    ///
    /// Returns customer invoices, newest issue date first.
    ///
    /// `GET /companies/{companyId}/invoices`
    pub async fn list_invoices(
        &self,
        params: ListInvoicesParams,
    ) -> crate::Result<types::InvoicePage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/invoices")
            .operation_id("listInvoices")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("customerId", params.customer_id.as_ref());
        req.send::<types::InvoicePage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_invoices`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_invoices_pages(
        &self,
        params: ListInvoicesParams,
    ) -> accord_runtime::Paginator<types::Invoice> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/invoices")
            .operation_id("listInvoices")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("customerId", params.customer_id.as_ref());
        req.paginate::<
                types::Invoice,
            >(accord_runtime::PageStrategy::page_number("page", 1))
            .items_at("/data")
            .page_count_at("/pagination/totalPages")
            .total_at("/pagination/totalItems")
    }

    /// Create an invoice
    ///
    /// Creates a draft invoice, or issues it immediately when `issue` is true. Totals are computed by Ledgerline from the lines and tax codes.
    ///
    /// `POST /companies/{companyId}/invoices`
    pub async fn create_invoice(
        &self,
        body: &types::InvoiceCreate,
    ) -> crate::Result<types::Invoice, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/companies/{companyId}/invoices")
            .operation_id("createInvoice")
            .options(self.options.clone())
            .tenant_path_param("companyId");
        let req = req.json(body);
        req.send::<types::Invoice>().await.map_err(crate::ApiError::from)
    }

    /// Get an invoice
    ///
    /// Returns one invoice with its lines.
    ///
    /// `GET /companies/{companyId}/invoices/{invoiceId}`
    pub async fn get_invoice(
        &self,
        invoice_id: &str,
    ) -> crate::Result<types::Invoice, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::GET,
                "/companies/{companyId}/invoices/{invoiceId}",
            )
            .operation_id("getInvoice")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("invoiceId", invoice_id);
        req.send::<types::Invoice>().await.map_err(crate::ApiError::from)
    }

    /// Void an invoice
    ///
    /// Voids an issued, unpaid invoice and posts the reversing journal entry. Paid invoices must be credited instead.
    ///
    /// `POST /companies/{companyId}/invoices/{invoiceId}/void`
    pub async fn void_invoice(
        &self,
        invoice_id: &str,
        body: &types::VoidInvoiceBody,
    ) -> crate::Result<types::Invoice, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::POST,
                "/companies/{companyId}/invoices/{invoiceId}/void",
            )
            .operation_id("voidInvoice")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("invoiceId", invoice_id);
        let req = req.json(body);
        req.send::<types::Invoice>().await.map_err(crate::ApiError::from)
    }

    /// List sales orders
    ///
    /// Returns sales orders, newest order date first.
    ///
    /// `GET /companies/{companyId}/sales-orders`
    pub async fn list_sales_orders(
        &self,
        params: ListSalesOrdersParams,
    ) -> crate::Result<types::SalesOrderPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/sales-orders")
            .operation_id("listSalesOrders")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("customerId", params.customer_id.as_ref());
        req.send::<types::SalesOrderPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_sales_orders`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_sales_orders_pages(
        &self,
        params: ListSalesOrdersParams,
    ) -> accord_runtime::Paginator<types::SalesOrder> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/sales-orders")
            .operation_id("listSalesOrders")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("customerId", params.customer_id.as_ref());
        req.paginate::<
                types::SalesOrder,
            >(accord_runtime::PageStrategy::page_number("page", 1))
            .items_at("/data")
            .page_count_at("/pagination/totalPages")
            .total_at("/pagination/totalItems")
    }

    /// Create a sales order
    ///
    /// Creates a sales order in status `draft`, or `released` when `release` is true and the customer is not on credit hold.
    ///
    /// `POST /companies/{companyId}/sales-orders`
    pub async fn create_sales_order(
        &self,
        body: &types::SalesOrderCreate,
    ) -> crate::Result<types::SalesOrder, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/companies/{companyId}/sales-orders")
            .operation_id("createSalesOrder")
            .options(self.options.clone())
            .tenant_path_param("companyId");
        let req = req.json(body);
        req.send::<types::SalesOrder>().await.map_err(crate::ApiError::from)
    }

    /// Get a sales order
    ///
    /// Returns one sales order with its lines.
    ///
    /// `GET /companies/{companyId}/sales-orders/{salesOrderId}`
    pub async fn get_sales_order(
        &self,
        sales_order_id: &str,
    ) -> crate::Result<types::SalesOrder, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::GET,
                "/companies/{companyId}/sales-orders/{salesOrderId}",
            )
            .operation_id("getSalesOrder")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("salesOrderId", sales_order_id);
        req.send::<types::SalesOrder>().await.map_err(crate::ApiError::from)
    }

    /// List items
    ///
    /// Returns the item master (goods and services).
    ///
    /// `GET /companies/{companyId}/items`
    pub async fn list_items(
        &self,
        params: ListItemsParams,
    ) -> crate::Result<types::ItemPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/items")
            .operation_id("listItems")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("sku", params.sku.as_ref())
            .query_opt("active", params.active.as_ref());
        req.send::<types::ItemPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_items`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_items_pages(
        &self,
        params: ListItemsParams,
    ) -> accord_runtime::Paginator<types::Item> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/items")
            .operation_id("listItems")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("sku", params.sku.as_ref())
            .query_opt("active", params.active.as_ref());
        req.paginate::<types::Item>(accord_runtime::PageStrategy::page_number("page", 1))
            .items_at("/data")
            .page_count_at("/pagination/totalPages")
            .total_at("/pagination/totalItems")
    }

    /// Get an item
    ///
    /// Returns one item.
    ///
    /// `GET /companies/{companyId}/items/{itemId}`
    pub async fn get_item(
        &self,
        item_id: &str,
    ) -> crate::Result<types::Item, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::GET,
                "/companies/{companyId}/items/{itemId}",
            )
            .operation_id("getItem")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .path_param("itemId", item_id);
        req.send::<types::Item>().await.map_err(crate::ApiError::from)
    }

    /// List payments
    ///
    /// Returns incoming customer payments.
    ///
    /// `GET /companies/{companyId}/payments`
    pub async fn list_payments(
        &self,
        params: ListPaymentsParams,
    ) -> crate::Result<types::PaymentPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/payments")
            .operation_id("listPayments")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("invoiceId", params.invoice_id.as_ref());
        req.send::<types::PaymentPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_payments`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_payments_pages(
        &self,
        params: ListPaymentsParams,
    ) -> accord_runtime::Paginator<types::Payment> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/companies/{companyId}/payments")
            .operation_id("listPayments")
            .options(self.options.clone())
            .tenant_path_param("companyId")
            .query_opt("page", params.page.as_ref())
            .query_opt("perPage", params.per_page.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("invoiceId", params.invoice_id.as_ref());
        req.paginate::<
                types::Payment,
            >(accord_runtime::PageStrategy::page_number("page", 1))
            .items_at("/data")
            .page_count_at("/pagination/totalPages")
            .total_at("/pagination/totalItems")
    }

    /// Record a payment
    ///
    /// Records an incoming payment and applies it to `invoiceId` when given (otherwise it stays unapplied on the customer's account). Applying the full open amount moves the invoice to `paid` and emits `invoice.paid`.
    ///
    /// `POST /companies/{companyId}/payments`
    pub async fn create_payment(
        &self,
        body: &types::PaymentCreate,
    ) -> crate::Result<types::Payment, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/companies/{companyId}/payments")
            .operation_id("createPayment")
            .options(self.options.clone())
            .tenant_path_param("companyId");
        let req = req.json(body);
        req.send::<types::Payment>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::list_customers`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCustomersParams {
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Only records changed at or after this instant.
    pub modified_since: Option<crate::formats::DateTime>,
    pub status: Option<types::CustomerStatus>,
}

impl ListCustomersParams {
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Sets `perPage`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::CustomerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_invoices`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListInvoicesParams {
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Only records changed at or after this instant.
    pub modified_since: Option<crate::formats::DateTime>,
    pub status: Option<types::InvoiceStatus>,
    pub customer_id: Option<String>,
}

impl ListInvoicesParams {
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Sets `perPage`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::InvoiceStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `customerId`.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_sales_orders`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSalesOrdersParams {
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Only records changed at or after this instant.
    pub modified_since: Option<crate::formats::DateTime>,
    pub status: Option<types::SalesOrderStatus>,
    pub customer_id: Option<String>,
}

impl ListSalesOrdersParams {
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Sets `perPage`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::SalesOrderStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `customerId`.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_items`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListItemsParams {
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Only records changed at or after this instant.
    pub modified_since: Option<crate::formats::DateTime>,
    pub sku: Option<String>,
    pub active: Option<bool>,
}

impl ListItemsParams {
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Sets `perPage`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `sku`.
    pub fn sku(mut self, value: impl Into<String>) -> Self {
        self.sku = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_payments`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPaymentsParams {
    pub page: Option<i64>,
    pub per_page: Option<i64>,
    /// Only records changed at or after this instant.
    pub modified_since: Option<crate::formats::DateTime>,
    pub invoice_id: Option<String>,
}

impl ListPaymentsParams {
    /// Sets `page`.
    pub fn page(mut self, value: impl Into<i64>) -> Self {
        self.page = Some(value.into());
        self
    }

    /// Sets `perPage`.
    pub fn per_page(mut self, value: impl Into<i64>) -> Self {
        self.per_page = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `invoiceId`.
    pub fn invoice_id(mut self, value: impl Into<String>) -> Self {
        self.invoice_id = Some(value.into());
        self
    }
}

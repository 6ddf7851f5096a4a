//! The client: one async method per operation of Customer Hub API.
#[allow(unused_imports)]
use crate::types;

/// Client for Customer Hub API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://api.customer-hub.accord.example";

    /// A configuration for the API at `base_url`, with the contract's conventions
    /// preset; add auth (see [`crate::auth`]), a tenant, retries... then
    /// `build_client()` and [`Client::from_runtime`].
    pub fn builder(base_url: impl Into<String>) -> accord_runtime::ClientConfigBuilder {
        accord_runtime::Client::builder(base_url).correlation_header("X-Correlation-ID")
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
    /// Returns the tenant's customers ordered by `updatedAt` descending, optionally filtered by status or email.
    ///
    /// `GET /v1/customers`
    pub async fn list_customers(
        &self,
        params: ListCustomersParams,
    ) -> crate::Result<types::CustomerPage, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("email", params.email.as_ref());
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
            .request(accord_runtime::Method::GET, "/v1/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("email", params.email.as_ref());
        req.paginate::<
                types::Customer,
            >(accord_runtime::PageStrategy::cursor("cursor", "/nextCursor"))
            .items_at("/data")
    }

    /// Create a customer
    ///
    /// Creates a customer and provisions it in the systems of record (Relay CRM contact, Ledgerline debtor) asynchronously.
    ///
    /// `POST /v1/customers`
    pub async fn create_customer(
        &self,
        body: &types::CustomerCreate,
    ) -> crate::Result<types::Customer, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/v1/customers")
            .operation_id("createCustomer")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Get a customer
    ///
    /// Returns one customer with the ids it has in each system of record.
    ///
    /// `GET /v1/customers/{customerId}`
    pub async fn get_customer(
        &self,
        customer_id: &str,
    ) -> crate::Result<types::Customer, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/customers/{customerId}")
            .operation_id("getCustomer")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .path_param("customerId", customer_id);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Update a customer
    ///
    /// Partially updates a customer; only the properties present are changed. Changes are propagated to the owning system of record.
    ///
    /// `PATCH /v1/customers/{customerId}`
    pub async fn update_customer(
        &self,
        customer_id: &str,
        body: &types::CustomerUpdate,
    ) -> crate::Result<types::Customer, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::PATCH, "/v1/customers/{customerId}")
            .operation_id("updateCustomer")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .path_param("customerId", customer_id);
        let req = req.json(body);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Delete a customer
    ///
    /// Deletes a prospect that has no orders or invoices. Customers with financial history are set to `inactive` instead and the call fails with 409.
    ///
    /// `DELETE /v1/customers/{customerId}`
    pub async fn delete_customer(
        &self,
        customer_id: &str,
    ) -> crate::Result<(), types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::DELETE, "/v1/customers/{customerId}")
            .operation_id("deleteCustomer")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .path_param("customerId", customer_id);
        req.send_empty().await.map_err(crate::ApiError::from)
    }

    /// List accounts
    ///
    /// Returns the tenant's accounts ordered by name.
    ///
    /// `GET /v1/accounts`
    pub async fn list_accounts(
        &self,
        params: ListAccountsParams,
    ) -> crate::Result<types::AccountPage, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/accounts")
            .operation_id("listAccounts")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("type", params.type_.as_ref());
        req.send::<types::AccountPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_accounts`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_accounts_pages(
        &self,
        params: ListAccountsParams,
    ) -> accord_runtime::Paginator<types::Account> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/accounts")
            .operation_id("listAccounts")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("type", params.type_.as_ref());
        req.paginate::<
                types::Account,
            >(accord_runtime::PageStrategy::cursor("cursor", "/nextCursor"))
            .items_at("/data")
    }

    /// Create an account
    ///
    /// Creates an account and provisions it in Relay CRM asynchronously.
    ///
    /// `POST /v1/accounts`
    pub async fn create_account(
        &self,
        body: &types::AccountCreate,
    ) -> crate::Result<types::Account, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/v1/accounts")
            .operation_id("createAccount")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::Account>().await.map_err(crate::ApiError::from)
    }

    /// Get an account
    ///
    /// Returns one account.
    ///
    /// `GET /v1/accounts/{accountId}`
    pub async fn get_account(
        &self,
        account_id: &str,
    ) -> crate::Result<types::Account, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/accounts/{accountId}")
            .operation_id("getAccount")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .path_param("accountId", account_id);
        req.send::<types::Account>().await.map_err(crate::ApiError::from)
    }

    /// List orders
    ///
    /// Returns the tenant's sales orders, newest order date first, optionally for one customer.
    ///
    /// `GET /v1/orders`
    pub async fn list_orders(
        &self,
        params: ListOrdersParams,
    ) -> crate::Result<types::OrderPage, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/orders")
            .operation_id("listOrders")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("customerId", params.customer_id.as_ref())
            .query_opt("status", params.status.as_ref());
        req.send::<types::OrderPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_orders`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_orders_pages(
        &self,
        params: ListOrdersParams,
    ) -> accord_runtime::Paginator<types::Order> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/orders")
            .operation_id("listOrders")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_opt("customerId", params.customer_id.as_ref())
            .query_opt("status", params.status.as_ref());
        req.paginate::<
                types::Order,
            >(accord_runtime::PageStrategy::cursor("cursor", "/nextCursor"))
            .items_at("/data")
    }

    /// Create an order
    ///
    /// Creates a sales order for a customer; it is released in Ledgerline ERP unless the customer is on credit hold.
    ///
    /// `POST /v1/orders`
    pub async fn create_order(
        &self,
        body: &types::OrderCreate,
    ) -> crate::Result<types::Order, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/v1/orders")
            .operation_id("createOrder")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::Order>().await.map_err(crate::ApiError::from)
    }

    /// Get an order
    ///
    /// Returns one sales order with its lines.
    ///
    /// `GET /v1/orders/{orderId}`
    pub async fn get_order(
        &self,
        order_id: &str,
    ) -> crate::Result<types::Order, types::Problem> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/v1/orders/{orderId}")
            .operation_id("getOrder")
            .options(self.options.clone())
            .tenant_header("X-Tenant-ID")
            .path_param("orderId", order_id);
        req.send::<types::Order>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::list_customers`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCustomersParams {
    /// Opaque cursor from `nextCursor` of the previous page.
    pub cursor: Option<String>,
    /// Maximum number of items per page.
    pub limit: Option<i64>,
    /// Only customers in this lifecycle status.
    pub status: Option<types::CustomerStatus>,
    /// Exact, case-insensitive email match.
    pub email: Option<crate::formats::Email>,
}

impl ListCustomersParams {
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::CustomerStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_accounts`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAccountsParams {
    /// Opaque cursor from `nextCursor` of the previous page.
    pub cursor: Option<String>,
    /// Maximum number of items per page.
    pub limit: Option<i64>,
    /// Only accounts of this type.
    pub type_: Option<types::AccountType>,
}

impl ListAccountsParams {
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<types::AccountType>) -> Self {
        self.type_ = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_orders`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListOrdersParams {
    /// Opaque cursor from `nextCursor` of the previous page.
    pub cursor: Option<String>,
    /// Maximum number of items per page.
    pub limit: Option<i64>,
    /// Only orders of this customer.
    pub customer_id: Option<crate::formats::Uuid>,
    /// Only orders in this status.
    pub status: Option<types::OrderStatus>,
}

impl ListOrdersParams {
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `customerId`.
    pub fn customer_id(mut self, value: impl Into<crate::formats::Uuid>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::OrderStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

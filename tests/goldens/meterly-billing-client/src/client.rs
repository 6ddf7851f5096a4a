//! The client: one async method per operation of Meterly Billing API.
#[allow(unused_imports)]
use crate::types;

/// Client for Meterly Billing API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://api.meterly.example/v1";

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
    /// Returns customers, newest first.
    ///
    /// `GET /customers`
    pub async fn list_customers(
        &self,
        params: ListCustomersParams,
    ) -> crate::Result<types::CustomerList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("email", params.email.as_ref());
        req.send::<types::CustomerList>().await.map_err(crate::ApiError::from)
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
            .request(accord_runtime::Method::GET, "/customers")
            .operation_id("listCustomers")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("email", params.email.as_ref());
        req.paginate::<
                types::Customer,
            >(accord_runtime::PageStrategy::last_item_cursor("starting_after", "/id"))
            .items_at("/data")
            .has_more_at("/has_more")
    }

    /// Create a customer
    ///
    /// Creates a billing customer.
    ///
    /// `POST /customers`
    pub async fn create_customer(
        &self,
        body: &types::CustomerCreate,
    ) -> crate::Result<types::Customer, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/customers")
            .operation_id("createCustomer")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// Get a customer
    ///
    /// Returns one customer.
    ///
    /// `GET /customers/{customer_id}`
    pub async fn get_customer(
        &self,
        customer_id: &str,
    ) -> crate::Result<types::Customer, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/customers/{customer_id}")
            .operation_id("getCustomer")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .path_param("customer_id", customer_id);
        req.send::<types::Customer>().await.map_err(crate::ApiError::from)
    }

    /// List plans
    ///
    /// Returns the plans (prices) that subscriptions can be created on.
    ///
    /// `GET /plans`
    pub async fn list_plans(
        &self,
        params: ListPlansParams,
    ) -> crate::Result<types::PlanList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/plans")
            .operation_id("listPlans")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("active", params.active.as_ref());
        req.send::<types::PlanList>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_plans`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_plans_pages(
        &self,
        params: ListPlansParams,
    ) -> accord_runtime::Paginator<types::Plan> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/plans")
            .operation_id("listPlans")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("active", params.active.as_ref());
        req.paginate::<
                types::Plan,
            >(accord_runtime::PageStrategy::last_item_cursor("starting_after", "/id"))
            .items_at("/data")
            .has_more_at("/has_more")
    }

    /// List subscriptions
    ///
    /// Returns subscriptions, newest first. Canceled subscriptions are only included when `status=canceled` or `status=all`.
    ///
    /// `GET /subscriptions`
    pub async fn list_subscriptions(
        &self,
        params: ListSubscriptionsParams,
    ) -> crate::Result<types::SubscriptionList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/subscriptions")
            .operation_id("listSubscriptions")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("customer", params.customer.as_ref())
            .query_opt("status", params.status.as_ref());
        req.send::<types::SubscriptionList>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_subscriptions`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_subscriptions_pages(
        &self,
        params: ListSubscriptionsParams,
    ) -> accord_runtime::Paginator<types::Subscription> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/subscriptions")
            .operation_id("listSubscriptions")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("customer", params.customer.as_ref())
            .query_opt("status", params.status.as_ref());
        req.paginate::<
                types::Subscription,
            >(accord_runtime::PageStrategy::last_item_cursor("starting_after", "/id"))
            .items_at("/data")
            .has_more_at("/has_more")
    }

    /// Create a subscription
    ///
    /// Subscribes a customer to a plan. The first invoice is created immediately unless a trial is set.
    ///
    /// `POST /subscriptions`
    pub async fn create_subscription(
        &self,
        body: &types::SubscriptionCreate,
    ) -> crate::Result<types::Subscription, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/subscriptions")
            .operation_id("createSubscription")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::Subscription>().await.map_err(crate::ApiError::from)
    }

    /// Get a subscription
    ///
    /// Returns one subscription.
    ///
    /// `GET /subscriptions/{subscription_id}`
    pub async fn get_subscription(
        &self,
        subscription_id: &str,
    ) -> crate::Result<types::Subscription, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/subscriptions/{subscription_id}")
            .operation_id("getSubscription")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .path_param("subscription_id", subscription_id);
        req.send::<types::Subscription>().await.map_err(crate::ApiError::from)
    }

    /// Cancel a subscription
    ///
    /// Cancels immediately, or at the end of the current period when `at_period_end` is true.
    ///
    /// `POST /subscriptions/{subscription_id}/cancel`
    pub async fn cancel_subscription(
        &self,
        subscription_id: &str,
        body: Option<&types::CancelSubscriptionBody>,
    ) -> crate::Result<types::Subscription, types::Error> {
        let req = self
            .inner
            .request(
                accord_runtime::Method::POST,
                "/subscriptions/{subscription_id}/cancel",
            )
            .operation_id("cancelSubscription")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .idempotency_header("Idempotency-Key")
            .path_param("subscription_id", subscription_id);
        let req = match body {
            Some(body) => req.json(body),
            None => req,
        };
        req.send::<types::Subscription>().await.map_err(crate::ApiError::from)
    }

    /// List invoices
    ///
    /// Returns invoices, newest first.
    ///
    /// `GET /invoices`
    pub async fn list_invoices(
        &self,
        params: ListInvoicesParams,
    ) -> crate::Result<types::InvoiceList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/invoices")
            .operation_id("listInvoices")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("customer", params.customer.as_ref())
            .query_opt("subscription", params.subscription.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("created_gte", params.created_gte.as_ref());
        req.send::<types::InvoiceList>().await.map_err(crate::ApiError::from)
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
            .request(accord_runtime::Method::GET, "/invoices")
            .operation_id("listInvoices")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .query_opt("limit", params.limit.as_ref())
            .query_opt("starting_after", params.starting_after.as_ref())
            .query_opt("customer", params.customer.as_ref())
            .query_opt("subscription", params.subscription.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("created_gte", params.created_gte.as_ref());
        req.paginate::<
                types::Invoice,
            >(accord_runtime::PageStrategy::last_item_cursor("starting_after", "/id"))
            .items_at("/data")
            .has_more_at("/has_more")
    }

    /// Get an invoice
    ///
    /// Returns one invoice with its first 100 lines.
    ///
    /// `GET /invoices/{invoice_id}`
    pub async fn get_invoice(
        &self,
        invoice_id: &str,
    ) -> crate::Result<types::Invoice, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/invoices/{invoice_id}")
            .operation_id("getInvoice")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .path_param("invoice_id", invoice_id);
        req.send::<types::Invoice>().await.map_err(crate::ApiError::from)
    }

    /// Report usage
    ///
    /// Reports usage of a metered subscription. With `action: increment` (default) quantities are summed over the period; `set` overwrites the total for the period. Usage for a closed period is rejected.
    ///
    /// `POST /usage-records`
    pub async fn create_usage_record(
        &self,
        body: &types::UsageRecordCreate,
    ) -> crate::Result<types::UsageRecord, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/usage-records")
            .operation_id("createUsageRecord")
            .options(self.options.clone())
            .tenant_header("Meterly-Account")
            .idempotency_header("Idempotency-Key");
        let req = req.json(body);
        req.send::<types::UsageRecord>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::list_customers`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListCustomersParams {
    pub limit: Option<i64>,
    /// Cursor; the `id` of the last object of the previous page.
    pub starting_after: Option<String>,
    pub email: Option<crate::formats::Email>,
}

impl ListCustomersParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_plans`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPlansParams {
    pub limit: Option<i64>,
    /// Cursor; the `id` of the last object of the previous page.
    pub starting_after: Option<String>,
    pub active: Option<bool>,
}

impl ListPlansParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_subscriptions`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListSubscriptionsParams {
    pub limit: Option<i64>,
    /// Cursor; the `id` of the last object of the previous page.
    pub starting_after: Option<String>,
    pub customer: Option<String>,
    pub status: Option<types::ListSubscriptionsStatus>,
}

impl ListSubscriptionsParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::ListSubscriptionsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_invoices`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListInvoicesParams {
    pub limit: Option<i64>,
    /// Cursor; the `id` of the last object of the previous page.
    pub starting_after: Option<String>,
    pub customer: Option<String>,
    pub subscription: Option<String>,
    pub status: Option<types::InvoiceStatus>,
    /// Only invoices created at or after this Unix time.
    pub created_gte: Option<i64>,
}

impl ListInvoicesParams {
    /// Sets `limit`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }

    /// Sets `starting_after`.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, value: impl Into<String>) -> Self {
        self.customer = Some(value.into());
        self
    }

    /// Sets `subscription`.
    pub fn subscription(mut self, value: impl Into<String>) -> Self {
        self.subscription = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::InvoiceStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `created_gte`.
    pub fn created_gte(mut self, value: impl Into<i64>) -> Self {
        self.created_gte = Some(value.into());
        self
    }
}

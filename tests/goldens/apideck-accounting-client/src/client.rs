//! The client: one async method per operation of Accounting API.
#[allow(unused_imports)]
use crate::types;

/// Client for Accounting API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://unify.apideck.com";

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

    /// List Invoices
    ///
    /// `GET /accounting/invoices`
    pub async fn invoices_all(
        &self,
        x_apideck_consumer_id: &str,
        x_apideck_app_id: &str,
        params: InvoicesAllParams,
    ) -> crate::Result<types::GetInvoicesResponse, serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/accounting/invoices")
            .operation_id("invoicesAll")
            .options(self.options.clone())
            .header("x-apideck-consumer-id", x_apideck_consumer_id)
            .header("x-apideck-app-id", x_apideck_app_id)
            .query_opt("raw", params.raw_.as_ref())
            .header_opt("x-apideck-service-id", params.x_apideck_service_id.as_ref())
            .header_opt("x-apideck-company-id", params.x_apideck_company_id.as_ref())
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_deep_object("filter", params.filter.iter().flatten())
            .query_deep_object("sort", params.sort.iter().flatten())
            .query_deep_object("pass_through", params.pass_through.iter().flatten())
            .query_opt("fields", params.fields.as_ref());
        req.send::<types::GetInvoicesResponse>().await.map_err(crate::ApiError::from)
    }

    /// Get Invoice
    ///
    /// `GET /accounting/invoices/{id}`
    pub async fn invoices_one(
        &self,
        id: &str,
        x_apideck_consumer_id: &str,
        x_apideck_app_id: &str,
        params: InvoicesOneParams,
    ) -> crate::Result<types::GetInvoiceResponse, serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/accounting/invoices/{id}")
            .operation_id("invoicesOne")
            .options(self.options.clone())
            .path_param("id", id)
            .header("x-apideck-consumer-id", x_apideck_consumer_id)
            .header("x-apideck-app-id", x_apideck_app_id)
            .header_opt("x-apideck-service-id", params.x_apideck_service_id.as_ref())
            .header_opt("x-apideck-company-id", params.x_apideck_company_id.as_ref())
            .query_opt("raw", params.raw_.as_ref())
            .query_opt("fields", params.fields.as_ref());
        req.send::<types::GetInvoiceResponse>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::invoices_all`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvoicesAllParams {
    /// Include raw response. Mostly used for debugging purposes
    pub raw_: Option<bool>,
    /// Provide the service id you want to call (e.g., pipedrive). Only needed when a consumer has activated multiple integrations for a Unified API.
    pub x_apideck_service_id: Option<String>,
    /// The ID of the company to scope requests to. For connectors that support multi-company, this overrides the default company configured in connection settings.
    pub x_apideck_company_id: Option<String>,
    /// Cursor to start from. You can find cursors for next/previous pages in the meta.cursors property of the response.
    pub cursor: Option<String>,
    /// Number of results to return. Minimum 1, Maximum 200, Default 20
    pub limit: Option<i64>,
    /// Apply filters
    pub filter: Option<std::collections::BTreeMap<String, String>>,
    /// Apply sorting
    pub sort: Option<std::collections::BTreeMap<String, String>>,
    /// Optional unmapped key/values that will be passed through to downstream as query parameters. Ie: ?pass_through\[search\]=leads becomes ?search=leads
    pub pass_through: Option<std::collections::BTreeMap<String, String>>,
    /// The 'fields' parameter allows API users to specify the fields they want to include in the API response. If this parameter is not present, the API will return all available fields. If this parameter is present, only the fields specified in the comma-separated string will be included in the response. Nested properties can also be requested by using a dot notation. <br /><br />Example: `fields=name,email,addresses.city`<br /><br />In the example above, the response will only include the fields "name", "email" and "addresses.city". If any other fields are available, they will be excluded.
    pub fields: Option<String>,
}

impl InvoicesAllParams {
    /// Sets `raw`.
    pub fn raw_(mut self, value: impl Into<bool>) -> Self {
        self.raw_ = Some(value.into());
        self
    }

    /// Sets `x-apideck-service-id`.
    pub fn x_apideck_service_id(mut self, value: impl Into<String>) -> Self {
        self.x_apideck_service_id = Some(value.into());
        self
    }

    /// Sets `x-apideck-company-id`.
    pub fn x_apideck_company_id(mut self, value: impl Into<String>) -> Self {
        self.x_apideck_company_id = Some(value.into());
        self
    }

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

    /// Sets `filter`.
    pub fn filter(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Sets `sort`.
    pub fn sort(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.sort = Some(value.into());
        self
    }

    /// Sets `pass_through`.
    pub fn pass_through(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.pass_through = Some(value.into());
        self
    }

    /// Sets `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.fields = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::invoices_one`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InvoicesOneParams {
    /// Provide the service id you want to call (e.g., pipedrive). Only needed when a consumer has activated multiple integrations for a Unified API.
    pub x_apideck_service_id: Option<String>,
    /// The ID of the company to scope requests to. For connectors that support multi-company, this overrides the default company configured in connection settings.
    pub x_apideck_company_id: Option<String>,
    /// Include raw response. Mostly used for debugging purposes
    pub raw_: Option<bool>,
    /// The 'fields' parameter allows API users to specify the fields they want to include in the API response. If this parameter is not present, the API will return all available fields. If this parameter is present, only the fields specified in the comma-separated string will be included in the response. Nested properties can also be requested by using a dot notation. <br /><br />Example: `fields=name,email,addresses.city`<br /><br />In the example above, the response will only include the fields "name", "email" and "addresses.city". If any other fields are available, they will be excluded.
    pub fields: Option<String>,
}

impl InvoicesOneParams {
    /// Sets `x-apideck-service-id`.
    pub fn x_apideck_service_id(mut self, value: impl Into<String>) -> Self {
        self.x_apideck_service_id = Some(value.into());
        self
    }

    /// Sets `x-apideck-company-id`.
    pub fn x_apideck_company_id(mut self, value: impl Into<String>) -> Self {
        self.x_apideck_company_id = Some(value.into());
        self
    }

    /// Sets `raw`.
    pub fn raw_(mut self, value: impl Into<bool>) -> Self {
        self.raw_ = Some(value.into());
        self
    }

    /// Sets `fields`.
    pub fn fields(mut self, value: impl Into<String>) -> Self {
        self.fields = Some(value.into());
        self
    }
}

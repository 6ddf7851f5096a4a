//! The client: one async method per operation of CRM API.
#[allow(unused_imports)]
use crate::types;

/// Client for CRM API. Clones share the connection pool, token
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

    /// List contacts
    ///
    /// `GET /crm/contacts`
    pub async fn contacts_all(
        &self,
        params: ContactsAllParams,
    ) -> crate::Result<types::GetContactsResponse, serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/crm/contacts")
            .operation_id("contactsAll")
            .options(self.options.clone())
            .query_opt("raw", params.raw_.as_ref())
            .header_opt("x-apideck-service-id", params.x_apideck_service_id.as_ref())
            .query_opt("cursor", params.cursor.as_ref())
            .query_opt("limit", params.limit.as_ref())
            .query_deep_object("filter", params.filter.iter().flatten())
            .query_deep_object("sort", params.sort.iter().flatten())
            .query_deep_object("pass_through", params.pass_through.iter().flatten())
            .query_opt("fields", params.fields.as_ref());
        req.send::<types::GetContactsResponse>().await.map_err(crate::ApiError::from)
    }

    /// Get contact
    ///
    /// `GET /crm/contacts/{id}`
    pub async fn contacts_one(
        &self,
        id: &str,
        params: ContactsOneParams,
    ) -> crate::Result<types::GetContactResponse, serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/crm/contacts/{id}")
            .operation_id("contactsOne")
            .options(self.options.clone())
            .path_param("id", id)
            .header_opt("x-apideck-service-id", params.x_apideck_service_id.as_ref())
            .query_opt("raw", params.raw_.as_ref())
            .query_opt("fields", params.fields.as_ref())
            .query_deep_object("filter", params.filter.iter().flatten());
        req.send::<types::GetContactResponse>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::contacts_all`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactsAllParams {
    /// Include raw response. Mostly used for debugging purposes
    pub raw_: Option<bool>,
    /// Provide the service id you want to call (e.g., pipedrive). Only needed when a consumer has activated multiple integrations for a Unified API.
    pub x_apideck_service_id: Option<String>,
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

impl ContactsAllParams {
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

/// Optional parameters of [`Client::contacts_one`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactsOneParams {
    /// Provide the service id you want to call (e.g., pipedrive). Only needed when a consumer has activated multiple integrations for a Unified API.
    pub x_apideck_service_id: Option<String>,
    /// Include raw response. Mostly used for debugging purposes
    pub raw_: Option<bool>,
    /// The 'fields' parameter allows API users to specify the fields they want to include in the API response. If this parameter is not present, the API will return all available fields. If this parameter is present, only the fields specified in the comma-separated string will be included in the response. Nested properties can also be requested by using a dot notation. <br /><br />Example: `fields=name,email,addresses.city`<br /><br />In the example above, the response will only include the fields "name", "email" and "addresses.city". If any other fields are available, they will be excluded.
    pub fields: Option<String>,
    /// Apply filters
    pub filter: Option<std::collections::BTreeMap<String, String>>,
}

impl ContactsOneParams {
    /// Sets `x-apideck-service-id`.
    pub fn x_apideck_service_id(mut self, value: impl Into<String>) -> Self {
        self.x_apideck_service_id = Some(value.into());
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

    /// Sets `filter`.
    pub fn filter(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.filter = Some(value.into());
        self
    }
}

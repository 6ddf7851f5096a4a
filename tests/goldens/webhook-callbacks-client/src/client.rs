//! The client: one async method per operation of Parcelpoint Fulfilment API.
#[allow(unused_imports)]
use crate::types;

/// Client for Parcelpoint Fulfilment API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://api.parcelpoint.example/v2";

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

    /// Create an order
    ///
    /// `POST /orders`
    pub async fn create_order(
        &self,
        body: &types::OrderRequest,
    ) -> crate::Result<types::Order, serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/orders")
            .operation_id("createOrder")
            .options(self.options.clone());
        let req = req.json(body);
        req.send::<types::Order>().await.map_err(crate::ApiError::from)
    }

    /// Refund an order
    ///
    /// `POST /refunds`
    pub async fn issue_refund(
        &self,
        body: &types::RefundIssuedPayload,
    ) -> crate::Result<(), serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/refunds")
            .operation_id("issueRefund")
            .options(self.options.clone());
        let req = req.json(body);
        req.send_empty().await.map_err(crate::ApiError::from)
    }

    /// Export orders for a period
    ///
    /// `POST /exports`
    pub async fn create_export(
        &self,
        body: &types::CreateExportBody,
    ) -> crate::Result<(), serde_json::Value> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/exports")
            .operation_id("createExport")
            .options(self.options.clone());
        let req = req.json(body);
        req.send_empty().await.map_err(crate::ApiError::from)
    }
}

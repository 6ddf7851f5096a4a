//! Tenancy: the tenant id goes into a header (`X-Tenant-ID: acme`), a path
//! parameter (`/companies/{companyId}/...`) or a query parameter, as the
//! generated code declares per operation or the client configures globally.

/// Where the tenant id goes on the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantPlacement {
    /// A request header with this name.
    Header(String),
    /// The path parameter with this name (filled only if the caller did not).
    PathParam(String),
    /// A query parameter with this name.
    QueryParam(String),
}

/// The tenant a client (or a single call) acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    id: String,
    placement: Option<TenantPlacement>,
}

impl Tenant {
    /// A tenant whose placement is left to the operations (generated code
    /// declares it with [`RequestBuilder::tenant`](crate::RequestBuilder::tenant)).
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            placement: None,
        }
    }

    /// A tenant sent in header `name` on every request.
    pub fn header(name: impl Into<String>, id: impl Into<String>) -> Self {
        Self::new(id).with_placement(TenantPlacement::Header(name.into()))
    }

    /// A tenant that fills path parameter `name` wherever the template has it.
    pub fn path_param(name: impl Into<String>, id: impl Into<String>) -> Self {
        Self::new(id).with_placement(TenantPlacement::PathParam(name.into()))
    }

    /// A tenant sent as query parameter `name` on every request.
    pub fn query_param(name: impl Into<String>, id: impl Into<String>) -> Self {
        Self::new(id).with_placement(TenantPlacement::QueryParam(name.into()))
    }

    /// Sets the default placement.
    pub fn with_placement(mut self, placement: TenantPlacement) -> Self {
        self.placement = Some(placement);
        self
    }

    /// The tenant id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The default placement, if any.
    pub fn placement(&self) -> Option<&TenantPlacement> {
        self.placement.as_ref()
    }
}

//! The client: one async method per operation of Relay CRM API.
#[allow(unused_imports)]
use crate::types;

/// Client for Relay CRM API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://api.relaycrm.example/v2";

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
    /// Returns contacts of the tenant ordered by `updatedAt` descending.
    ///
    /// `GET /contacts`
    pub async fn list_contacts(
        &self,
        params: ListContactsParams,
    ) -> crate::Result<types::ContactList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/contacts")
            .operation_id("listContacts")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("email", params.email.as_ref())
            .query_opt("accountId", params.account_id.as_ref());
        req.send::<types::ContactList>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_contacts`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_contacts_pages(
        &self,
        params: ListContactsParams,
    ) -> accord_runtime::Paginator<types::Contact> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/contacts")
            .operation_id("listContacts")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("modifiedSince", params.modified_since.as_ref())
            .query_opt("email", params.email.as_ref())
            .query_opt("accountId", params.account_id.as_ref());
        req.paginate::<
                types::Contact,
            >(accord_runtime::PageStrategy::cursor("pageToken", "/nextPageToken"))
            .items_at("/items")
    }

    /// Create a contact
    ///
    /// Creates a contact. If `email` already exists in the tenant the API answers `409`.
    ///
    /// `POST /contacts`
    pub async fn create_contact(
        &self,
        body: &types::ContactCreate,
    ) -> crate::Result<types::Contact, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/contacts")
            .operation_id("createContact")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant");
        let req = req.json(body);
        req.send::<types::Contact>().await.map_err(crate::ApiError::from)
    }

    /// Get a contact
    ///
    /// Returns one contact.
    ///
    /// `GET /contacts/{contactId}`
    pub async fn get_contact(
        &self,
        contact_id: &str,
    ) -> crate::Result<types::Contact, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/contacts/{contactId}")
            .operation_id("getContact")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .path_param("contactId", contact_id);
        req.send::<types::Contact>().await.map_err(crate::ApiError::from)
    }

    /// Update a contact
    ///
    /// Partially updates a contact. Only the properties present in the body are changed; `null` clears a nullable property.
    ///
    /// `PATCH /contacts/{contactId}`
    pub async fn update_contact(
        &self,
        contact_id: &str,
        body: &types::ContactUpdate,
    ) -> crate::Result<types::Contact, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::PATCH, "/contacts/{contactId}")
            .operation_id("updateContact")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .path_param("contactId", contact_id);
        let req = req.json(body);
        req.send::<types::Contact>().await.map_err(crate::ApiError::from)
    }

    /// List accounts
    ///
    /// Returns accounts of the tenant ordered by name.
    ///
    /// `GET /accounts`
    pub async fn list_accounts(
        &self,
        params: ListAccountsParams,
    ) -> crate::Result<types::AccountList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/accounts")
            .operation_id("listAccounts")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("type", params.type_.as_ref())
            .query_opt("domain", params.domain.as_ref());
        req.send::<types::AccountList>().await.map_err(crate::ApiError::from)
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
            .request(accord_runtime::Method::GET, "/accounts")
            .operation_id("listAccounts")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("type", params.type_.as_ref())
            .query_opt("domain", params.domain.as_ref());
        req.paginate::<
                types::Account,
            >(accord_runtime::PageStrategy::cursor("pageToken", "/nextPageToken"))
            .items_at("/items")
    }

    /// Create an account
    ///
    /// Creates an account.
    ///
    /// `POST /accounts`
    pub async fn create_account(
        &self,
        body: &types::AccountCreate,
    ) -> crate::Result<types::Account, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/accounts")
            .operation_id("createAccount")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant");
        let req = req.json(body);
        req.send::<types::Account>().await.map_err(crate::ApiError::from)
    }

    /// Get an account
    ///
    /// Returns one account.
    ///
    /// `GET /accounts/{accountId}`
    pub async fn get_account(
        &self,
        account_id: &str,
    ) -> crate::Result<types::Account, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/accounts/{accountId}")
            .operation_id("getAccount")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .path_param("accountId", account_id);
        req.send::<types::Account>().await.map_err(crate::ApiError::from)
    }

    /// List opportunities
    ///
    /// Returns opportunities ordered by `expectedCloseDate` ascending.
    ///
    /// `GET /opportunities`
    pub async fn list_opportunities(
        &self,
        params: ListOpportunitiesParams,
    ) -> crate::Result<types::OpportunityList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/opportunities")
            .operation_id("listOpportunities")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("accountId", params.account_id.as_ref())
            .query_opt("stage", params.stage.as_ref());
        req.send::<types::OpportunityList>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_opportunities`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_opportunities_pages(
        &self,
        params: ListOpportunitiesParams,
    ) -> accord_runtime::Paginator<types::Opportunity> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/opportunities")
            .operation_id("listOpportunities")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("accountId", params.account_id.as_ref())
            .query_opt("stage", params.stage.as_ref());
        req.paginate::<
                types::Opportunity,
            >(accord_runtime::PageStrategy::cursor("pageToken", "/nextPageToken"))
            .items_at("/items")
    }

    /// Create an opportunity
    ///
    /// Creates an opportunity on an account. The amount is in `currency`.
    ///
    /// `POST /opportunities`
    pub async fn create_opportunity(
        &self,
        body: &types::OpportunityCreate,
    ) -> crate::Result<types::Opportunity, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/opportunities")
            .operation_id("createOpportunity")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant");
        let req = req.json(body);
        req.send::<types::Opportunity>().await.map_err(crate::ApiError::from)
    }

    /// Get an opportunity
    ///
    /// Returns one opportunity.
    ///
    /// `GET /opportunities/{opportunityId}`
    pub async fn get_opportunity(
        &self,
        opportunity_id: &str,
    ) -> crate::Result<types::Opportunity, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/opportunities/{opportunityId}")
            .operation_id("getOpportunity")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .path_param("opportunityId", opportunity_id);
        req.send::<types::Opportunity>().await.map_err(crate::ApiError::from)
    }

    /// Update an opportunity
    ///
    /// Partially updates an opportunity. Moving `stage` emits the `crm.opportunity.stage-changed` event.
    ///
    /// `PATCH /opportunities/{opportunityId}`
    pub async fn update_opportunity(
        &self,
        opportunity_id: &str,
        body: &types::OpportunityUpdate,
    ) -> crate::Result<types::Opportunity, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::PATCH, "/opportunities/{opportunityId}")
            .operation_id("updateOpportunity")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .path_param("opportunityId", opportunity_id);
        let req = req.json(body);
        req.send::<types::Opportunity>().await.map_err(crate::ApiError::from)
    }

    /// List activities
    ///
    /// Returns activities ordered by `occurredAt` descending.
    ///
    /// `GET /activities`
    pub async fn list_activities(
        &self,
        since: &str,
        params: ListActivitiesParams,
    ) -> crate::Result<types::ActivityList, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/activities")
            .operation_id("listActivities")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query("since", since)
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("contactId", params.contact_id.as_ref())
            .query_opt("accountId", params.account_id.as_ref());
        req.send::<types::ActivityList>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_activities`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_activities_pages(
        &self,
        since: &str,
        params: ListActivitiesParams,
    ) -> accord_runtime::Paginator<types::Activity> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/activities")
            .operation_id("listActivities")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant")
            .query("since", since)
            .query_opt("pageToken", params.page_token.as_ref())
            .query_opt("pageSize", params.page_size.as_ref())
            .query_opt("contactId", params.contact_id.as_ref())
            .query_opt("accountId", params.account_id.as_ref());
        req.paginate::<
                types::Activity,
            >(accord_runtime::PageStrategy::cursor("pageToken", "/nextPageToken"))
            .items_at("/items")
    }

    /// Log an activity
    ///
    /// Logs a call, email, meeting, task or note. De-duplication now runs synchronously, so the API always answers `201` with the activity.
    ///
    /// `POST /activities`
    pub async fn create_activity(
        &self,
        body: &types::ActivityCreate,
    ) -> crate::Result<types::Activity, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/activities")
            .operation_id("createActivity")
            .options(self.options.clone())
            .tenant_header("X-Relay-Tenant");
        let req = req.json(body);
        req.send::<types::Activity>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::list_contacts`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListContactsParams {
    /// Opaque token from `nextPageToken` of the previous page.
    pub page_token: Option<String>,
    pub page_size: Option<i64>,
    /// Only return contacts changed at or after this instant (delta sync).
    pub modified_since: Option<crate::formats::DateTime>,
    /// Exact, case-insensitive match on the contact's email address.
    pub email: Option<crate::formats::Email>,
    pub account_id: Option<String>,
}

impl ListContactsParams {
    /// Sets `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// Sets `pageSize`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `modifiedSince`.
    pub fn modified_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.modified_since = Some(value.into());
        self
    }

    /// Sets `email`.
    pub fn email(mut self, value: impl Into<crate::formats::Email>) -> Self {
        self.email = Some(value.into());
        self
    }

    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_accounts`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListAccountsParams {
    /// Opaque token from `nextPageToken` of the previous page.
    pub page_token: Option<String>,
    pub page_size: Option<i64>,
    pub type_: Option<types::AccountType>,
    /// Exact match on the account's web domain, e.g. `nordwind.example`.
    pub domain: Option<String>,
}

impl ListAccountsParams {
    /// Sets `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// Sets `pageSize`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `type`.
    pub fn type_(mut self, value: impl Into<types::AccountType>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Sets `domain`.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_opportunities`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListOpportunitiesParams {
    /// Opaque token from `nextPageToken` of the previous page.
    pub page_token: Option<String>,
    pub page_size: Option<i64>,
    pub account_id: Option<String>,
    pub stage: Option<types::OpportunityStage>,
}

impl ListOpportunitiesParams {
    /// Sets `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// Sets `pageSize`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }

    /// Sets `stage`.
    pub fn stage(mut self, value: impl Into<types::OpportunityStage>) -> Self {
        self.stage = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_activities`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListActivitiesParams {
    /// Opaque token from `nextPageToken` of the previous page.
    pub page_token: Option<String>,
    pub page_size: Option<i64>,
    pub contact_id: Option<String>,
    pub account_id: Option<String>,
}

impl ListActivitiesParams {
    /// Sets `pageToken`.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }

    /// Sets `pageSize`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `contactId`.
    pub fn contact_id(mut self, value: impl Into<String>) -> Self {
        self.contact_id = Some(value.into());
        self
    }

    /// Sets `accountId`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
}

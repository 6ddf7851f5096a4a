//! The client: one async method per operation of Helpwise Support Desk API.
#[allow(unused_imports)]
use crate::types;

/// Client for Helpwise Support Desk API. Clones share the connection pool, token
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
    pub const DEFAULT_BASE_URL: &'static str = "https://support.helpwise.example/api/v1";

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

    /// List tickets
    ///
    /// Returns tickets ordered by `updated_at` descending.
    ///
    /// `GET /tickets`
    pub async fn list_tickets(
        &self,
        params: ListTicketsParams,
    ) -> crate::Result<types::TicketPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/tickets")
            .operation_id("listTickets")
            .options(self.options.clone())
            .query_opt("page[after]", params.page_after.as_ref())
            .query_opt("page[size]", params.page_size.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("requester_id", params.requester_id.as_ref())
            .query_opt("updated_since", params.updated_since.as_ref());
        req.send::<types::TicketPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_tickets`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_tickets_pages(
        &self,
        params: ListTicketsParams,
    ) -> accord_runtime::Paginator<types::Ticket> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/tickets")
            .operation_id("listTickets")
            .options(self.options.clone())
            .query_opt("page[after]", params.page_after.as_ref())
            .query_opt("page[size]", params.page_size.as_ref())
            .query_opt("status", params.status.as_ref())
            .query_opt("requester_id", params.requester_id.as_ref())
            .query_opt("updated_since", params.updated_since.as_ref());
        req.paginate::<
                types::Ticket,
            >(accord_runtime::PageStrategy::cursor("page[after]", "/meta/after_cursor"))
            .items_at("/tickets")
            .has_more_at("/meta/has_more")
    }

    /// Create a ticket
    ///
    /// Creates a ticket on behalf of a requester. An unknown requester email creates the requester.
    ///
    /// `POST /tickets`
    pub async fn create_ticket(
        &self,
        body: &types::TicketCreate,
    ) -> crate::Result<types::Ticket, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/tickets")
            .operation_id("createTicket")
            .options(self.options.clone());
        let req = req.json(body);
        req.send::<types::Ticket>().await.map_err(crate::ApiError::from)
    }

    /// Get a ticket
    ///
    /// Returns one ticket.
    ///
    /// `GET /tickets/{ticket_id}`
    pub async fn get_ticket(
        &self,
        ticket_id: i64,
    ) -> crate::Result<types::Ticket, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/tickets/{ticket_id}")
            .operation_id("getTicket")
            .options(self.options.clone())
            .path_param("ticket_id", ticket_id);
        req.send::<types::Ticket>().await.map_err(crate::ApiError::from)
    }

    /// Update a ticket
    ///
    /// Changes status, priority, assignee or tags. Setting `status` to `solved` sets `solved_at`.
    ///
    /// `PATCH /tickets/{ticket_id}`
    pub async fn update_ticket(
        &self,
        ticket_id: i64,
        body: &types::TicketUpdate,
    ) -> crate::Result<types::Ticket, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::PATCH, "/tickets/{ticket_id}")
            .operation_id("updateTicket")
            .options(self.options.clone())
            .path_param("ticket_id", ticket_id);
        let req = req.json(body);
        req.send::<types::Ticket>().await.map_err(crate::ApiError::from)
    }

    /// List comments of a ticket
    ///
    /// Returns the conversation of a ticket, oldest first.
    ///
    /// `GET /tickets/{ticket_id}/comments`
    pub async fn list_ticket_comments(
        &self,
        ticket_id: i64,
        params: ListTicketCommentsParams,
    ) -> crate::Result<types::CommentPage, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/tickets/{ticket_id}/comments")
            .operation_id("listTicketComments")
            .options(self.options.clone())
            .path_param("ticket_id", ticket_id)
            .query_opt("page[after]", params.page_after.as_ref())
            .query_opt("page[size]", params.page_size.as_ref());
        req.send::<types::CommentPage>().await.map_err(crate::ApiError::from)
    }

    /// Every page of [`Client::list_ticket_comments`]: `.items()` streams the
    /// items of all pages, `.next_page()` fetches one page at a time. The walk
    /// ends at the last page, on an empty or repeated page, and after
    /// [`accord_runtime::DEFAULT_MAX_PAGES`] pages unless `.max_pages(n)` raises it.
    pub fn list_ticket_comments_pages(
        &self,
        ticket_id: i64,
        params: ListTicketCommentsParams,
    ) -> accord_runtime::Paginator<types::Comment> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/tickets/{ticket_id}/comments")
            .operation_id("listTicketComments")
            .options(self.options.clone())
            .path_param("ticket_id", ticket_id)
            .query_opt("page[after]", params.page_after.as_ref())
            .query_opt("page[size]", params.page_size.as_ref());
        req.paginate::<
                types::Comment,
            >(accord_runtime::PageStrategy::cursor("page[after]", "/meta/after_cursor"))
            .items_at("/comments")
            .has_more_at("/meta/has_more")
    }

    /// Add a comment
    ///
    /// Adds a public reply (sent to the requester) or an internal note.
    ///
    /// `POST /tickets/{ticket_id}/comments`
    pub async fn create_ticket_comment(
        &self,
        ticket_id: i64,
        body: &types::CommentCreate,
    ) -> crate::Result<types::Comment, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::POST, "/tickets/{ticket_id}/comments")
            .operation_id("createTicketComment")
            .options(self.options.clone())
            .path_param("ticket_id", ticket_id);
        let req = req.json(body);
        req.send::<types::Comment>().await.map_err(crate::ApiError::from)
    }

    /// Get a requester
    ///
    /// Returns an end user who raised tickets.
    ///
    /// `GET /requesters/{requester_id}`
    pub async fn get_requester(
        &self,
        requester_id: i64,
    ) -> crate::Result<types::Requester, types::Error> {
        let req = self
            .inner
            .request(accord_runtime::Method::GET, "/requesters/{requester_id}")
            .operation_id("getRequester")
            .options(self.options.clone())
            .path_param("requester_id", requester_id);
        req.send::<types::Requester>().await.map_err(crate::ApiError::from)
    }
}

/// Optional parameters of [`Client::list_tickets`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTicketsParams {
    /// Cursor from `meta.after_cursor` of the previous page.
    pub page_after: Option<String>,
    pub page_size: Option<i64>,
    pub status: Option<types::TicketStatus>,
    pub requester_id: Option<i64>,
    pub updated_since: Option<crate::formats::DateTime>,
}

impl ListTicketsParams {
    /// Sets `page[after]`.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }

    /// Sets `page[size]`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }

    /// Sets `status`.
    pub fn status(mut self, value: impl Into<types::TicketStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sets `requester_id`.
    pub fn requester_id(mut self, value: impl Into<i64>) -> Self {
        self.requester_id = Some(value.into());
        self
    }

    /// Sets `updated_since`.
    pub fn updated_since(mut self, value: impl Into<crate::formats::DateTime>) -> Self {
        self.updated_since = Some(value.into());
        self
    }
}

/// Optional parameters of [`Client::list_ticket_comments`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListTicketCommentsParams {
    /// Cursor from `meta.after_cursor` of the previous page.
    pub page_after: Option<String>,
    pub page_size: Option<i64>,
}

impl ListTicketCommentsParams {
    /// Sets `page[after]`.
    pub fn page_after(mut self, value: impl Into<String>) -> Self {
        self.page_after = Some(value.into());
        self
    }

    /// Sets `page[size]`.
    pub fn page_size(mut self, value: impl Into<i64>) -> Self {
        self.page_size = Some(value.into());
        self
    }
}

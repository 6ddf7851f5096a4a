//! Pagination: [`Paginator`] follows cursor / page-token (in the body or a
//! header), last-item cursors (`starting_after`), `Link: rel=next`, offset
//! (+limit) and page-number conventions, as pages ([`Paginator::next_page`],
//! [`Paginator::pages`]) or items ([`Paginator::items`]).
//!
//! Every walk ends, whatever the server does. It stops at the last page by
//! the contract's own signals (an absent or empty cursor, a `has_more` flag
//! that is false, a page count or item total reached, a short offset page),
//! on an empty page, on a page whose items repeat an earlier page (a server
//! that ignores the page parameter), and after [`DEFAULT_MAX_PAGES`] pages
//! unless the caller raises the cap ([`Paginator::max_pages`]). It refuses to
//! follow a cursor or link it has already followed (an error: the server
//! would otherwise loop forever), and never follows a `Link` to another
//! origin, which would leak credentials.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::marker::PhantomData;

use futures::{Stream, StreamExt, TryStreamExt, stream};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{DeserializeError, Error, Result};
use crate::execute::execute;
use crate::link::next_link;
use crate::request::{RequestBuilder, decode_json};

/// Where the next cursor / page token is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CursorSource {
    /// In the JSON body, at this JSON pointer (e.g. `/meta/next_cursor`).
    Body(String),
    /// In this response header.
    Header(String),
}

/// A pagination convention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageStrategy {
    /// The next request repeats the first with query parameter `param` set
    /// to the cursor (or page token) found at `next`.
    Cursor {
        /// The query parameter carrying the cursor.
        param: String,
        /// Where the next cursor is.
        next: CursorSource,
    },
    /// The next request repeats the first with query parameter `param` set to
    /// the value at `id_pointer` in the page's last item (Stripe's
    /// `starting_after`); a `has_more` flag usually says when to stop.
    LastItemCursor {
        /// The query parameter carrying the last item's id.
        param: String,
        /// Where the id is inside an item (e.g. `/id`).
        id_pointer: String,
    },
    /// The next request goes to the `Link` header's `rel="next"` target.
    LinkHeader,
    /// Offset and limit query parameters; stops on a short page.
    OffsetLimit {
        /// The offset parameter (e.g. `offset`).
        offset_param: String,
        /// The limit parameter (e.g. `limit`).
        limit_param: String,
        /// The page size requested.
        limit: u64,
    },
    /// An offset query parameter alone (the server picks the page size): the
    /// next offset is the previous one plus the items received; stops on an
    /// empty page.
    Offset {
        /// The offset parameter (e.g. `offset`).
        offset_param: String,
    },
    /// A page number query parameter, starting at `first`; stops on an empty page.
    PageNumber {
        /// The page parameter (e.g. `page`).
        param: String,
        /// The first page number (usually 1).
        first: u64,
    },
}

impl PageStrategy {
    /// Cursor in the body at `json_pointer`, sent back as query `param`.
    pub fn cursor(param: impl Into<String>, json_pointer: impl Into<String>) -> Self {
        PageStrategy::Cursor {
            param: param.into(),
            next: CursorSource::Body(json_pointer.into()),
        }
    }

    /// Cursor in response header `header`, sent back as query `param`.
    pub fn cursor_header(param: impl Into<String>, header: impl Into<String>) -> Self {
        PageStrategy::Cursor {
            param: param.into(),
            next: CursorSource::Header(header.into()),
        }
    }

    /// The last item's id (at `id_pointer`, e.g. `/id`) sent back as query `param`.
    pub fn last_item_cursor(param: impl Into<String>, id_pointer: impl Into<String>) -> Self {
        PageStrategy::LastItemCursor {
            param: param.into(),
            id_pointer: id_pointer.into(),
        }
    }

    /// An offset parameter without a limit.
    pub fn offset(offset_param: impl Into<String>) -> Self {
        PageStrategy::Offset {
            offset_param: offset_param.into(),
        }
    }

    /// `Link: <…>; rel="next"`.
    pub fn link_header() -> Self {
        PageStrategy::LinkHeader
    }

    /// Offset + limit.
    pub fn offset_limit(
        offset_param: impl Into<String>,
        limit_param: impl Into<String>,
        limit: u64,
    ) -> Self {
        PageStrategy::OffsetLimit {
            offset_param: offset_param.into(),
            limit_param: limit_param.into(),
            limit: limit.max(1),
        }
    }

    /// Page numbers starting at `first`.
    pub fn page_number(param: impl Into<String>, first: u64) -> Self {
        PageStrategy::PageNumber {
            param: param.into(),
            first,
        }
    }
}

/// How many pages a [`Paginator`] fetches at most unless told otherwise
/// ([`Paginator::max_pages`]): a walk over a server that never says "last"
/// still ends.
pub const DEFAULT_MAX_PAGES: usize = 1000;

/// Why a [`Paginator`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// The response said it was the last page (no cursor, no next link, a
    /// `has_more` that is false, a short page, the page count or total reached).
    LastPage,
    /// A page had no items.
    EmptyPage,
    /// A page repeated the items of an earlier page: the server ignores the
    /// page parameter, and the repeated page was not yielded.
    RepeatedPage,
    /// The page cap was reached ([`Paginator::max_pages`]); there may be more.
    PageCap,
    /// An error ended the walk.
    Error,
}

/// Where a response says whether more pages follow, beside the strategy's own
/// next cursor or link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct EndSignals {
    /// A boolean at this JSON pointer: `false` means last page.
    has_more: Option<String>,
    /// The number of pages at this JSON pointer.
    page_count: Option<String>,
    /// The number of items of all pages at this JSON pointer.
    total: Option<String>,
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The cursor, link, offset or page number of the next page, if any.
    pub next: Option<String>,
    /// The page's 1-based position.
    pub number: usize,
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The rest of the JSON body (items removed), for totals and metadata.
    pub body: Value,
}

/// A fingerprint of a page's items, to notice a page that repeats another.
fn fingerprint(items: &Value) -> u64 {
    let mut hasher = DefaultHasher::new();
    items.to_string().hash(&mut hasher);
    hasher.finish()
}

/// Walks the pages of a list operation. Create it with
/// [`RequestBuilder::paginate`].
pub struct Paginator<T> {
    template: RequestBuilder,
    next: Option<RequestBuilder>,
    strategy: PageStrategy,
    items_pointer: String,
    seen: HashSet<String>,
    pages: usize,
    max_pages: usize,
    stop_on_empty_page: bool,
    position: u64,
    /// Items received so far (for an item total).
    received: u64,
    signals: EndSignals,
    /// Fingerprints of the non-empty pages' items, to notice a repeated page.
    fingerprints: HashSet<u64>,
    pending_error: Option<Error>,
    stop_reason: Option<StopReason>,
    done: bool,
    _items: PhantomData<fn() -> T>,
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("request", &self.template)
            .field("strategy", &self.strategy)
            .field("items_pointer", &self.items_pointer)
            .field("pages", &self.pages)
            .field("max_pages", &self.max_pages)
            .field("stop_reason", &self.stop_reason)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

fn query_value(req: &RequestBuilder, name: &str) -> Option<u64> {
    req.query
        .iter()
        .find(|q| q.name == name)
        .and_then(|q| q.values.first())
        .and_then(|v| v.parse().ok())
}

impl<T: DeserializeOwned> Paginator<T> {
    pub(crate) fn new(template: RequestBuilder, strategy: PageStrategy) -> Self {
        let mut first = template.clone();
        let mut position = 0;
        match &strategy {
            PageStrategy::OffsetLimit {
                offset_param,
                limit_param,
                limit,
            } => {
                position = query_value(&template, offset_param).unwrap_or(0);
                first = first.set_query(offset_param, position.to_string());
                if query_value(&template, limit_param).is_none() {
                    first = first.set_query(limit_param, limit.to_string());
                }
            }
            PageStrategy::Offset { offset_param } => {
                position = query_value(&template, offset_param).unwrap_or(0);
            }
            PageStrategy::PageNumber {
                param,
                first: start,
            } => {
                position = query_value(&template, param).unwrap_or(*start);
                first = first.set_query(param, position.to_string());
            }
            PageStrategy::Cursor { .. }
            | PageStrategy::LastItemCursor { .. }
            | PageStrategy::LinkHeader => {}
        }
        // Later pages keep the limit the first one used.
        let template = match &strategy {
            PageStrategy::OffsetLimit { .. } => first.clone(),
            _ => template,
        };
        Self {
            template,
            next: Some(first),
            strategy,
            items_pointer: String::new(),
            seen: HashSet::new(),
            pages: 0,
            max_pages: DEFAULT_MAX_PAGES,
            stop_on_empty_page: true,
            position,
            received: 0,
            signals: EndSignals::default(),
            fingerprints: HashSet::new(),
            pending_error: None,
            stop_reason: None,
            done: false,
            _items: PhantomData,
        }
    }

    /// The JSON pointer of the items array in each page (default `""`: the
    /// body is the array). A missing or `null` array is an empty page.
    pub fn items_at(mut self, json_pointer: impl Into<String>) -> Self {
        self.items_pointer = json_pointer.into();
        self
    }

    /// Stops after `max` pages (default [`DEFAULT_MAX_PAGES`]; raise it for
    /// longer walks, `usize::MAX` for no cap).
    pub fn max_pages(mut self, max: usize) -> Self {
        self.max_pages = max;
        self
    }

    /// A boolean at `json_pointer` in each page (`has_more`, `/meta/hasNext`)
    /// says whether more pages follow: `false` ends the walk.
    pub fn has_more_at(mut self, json_pointer: impl Into<String>) -> Self {
        self.signals.has_more = Some(json_pointer.into());
        self
    }

    /// The number of pages at `json_pointer` in each page
    /// (`/pagination/pageCount`): the walk ends once that many are fetched.
    pub fn page_count_at(mut self, json_pointer: impl Into<String>) -> Self {
        self.signals.page_count = Some(json_pointer.into());
        self
    }

    /// The number of items of all pages at `json_pointer` in each page
    /// (`/total`): the walk ends once that many are received.
    pub fn total_at(mut self, json_pointer: impl Into<String>) -> Self {
        self.signals.total = Some(json_pointer.into());
        self
    }

    /// Why the walk stopped (`None` while it goes on).
    pub fn stop_reason(&self) -> Option<StopReason> {
        self.stop_reason
    }

    fn stop(&mut self, reason: StopReason) {
        self.done = true;
        self.stop_reason.get_or_insert(reason);
    }

    /// Whether this page's end signals say it is the last one.
    fn signals_last_page(&self, body: &Value, items: usize) -> bool {
        let number = |ptr: &Option<String>| {
            ptr.as_deref()
                .and_then(|p| body.pointer(p))
                .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()))
        };
        let no_more = self
            .signals
            .has_more
            .as_deref()
            .and_then(|p| body.pointer(p))
            .and_then(Value::as_bool)
            == Some(false);
        let pages_done = number(&self.signals.page_count).is_some_and(|count| {
            let current = match &self.strategy {
                // The page number just fetched, counted from the first.
                PageStrategy::PageNumber { first, .. } => {
                    (self.position + 1).saturating_sub(*first)
                }
                _ => self.pages as u64,
            };
            current >= count
        });
        let total_reached = number(&self.signals.total).is_some_and(|total| {
            let seen = match &self.strategy {
                PageStrategy::OffsetLimit { .. } | PageStrategy::Offset { .. } => {
                    self.position + items as u64
                }
                _ => self.received,
            };
            seen >= total
        });
        no_more || pages_done || total_reached
    }

    /// Whether an empty page ends the walk (default `true`).
    pub fn stop_on_empty_page(mut self, stop: bool) -> Self {
        self.stop_on_empty_page = stop;
        self
    }

    /// Number of pages fetched so far.
    pub fn pages_fetched(&self) -> usize {
        self.pages
    }

    /// Fetches the next page; `Ok(None)` when there are no more. After an
    /// error the paginator is finished.
    pub async fn next_page(&mut self) -> Result<Option<Page<T>>> {
        if let Some(e) = self.pending_error.take() {
            self.stop(StopReason::Error);
            return Err(e);
        }
        if self.done {
            return Ok(None);
        }
        if self.pages >= self.max_pages {
            tracing::warn!(
                pages = self.pages,
                "pagination stopped at the page cap; raise it with max_pages() to fetch more"
            );
            self.stop(StopReason::PageCap);
            return Ok(None);
        }
        let Some(request) = self.next.take() else {
            self.stop(StopReason::LastPage);
            return Ok(None);
        };
        let raw = match execute(request).await {
            Ok(raw) => raw,
            Err(e) => {
                self.stop(StopReason::Error);
                return Err(e);
            }
        };
        self.pages += 1;
        if self.pages == 1 && self.strategy == PageStrategy::LinkHeader {
            // The first URL counts as followed, so a link back to it is a loop.
            self.seen.insert(raw.url.as_str().to_owned());
        }
        let mut body: Value = decode_json(&raw).inspect_err(|_| self.stop(StopReason::Error))?;
        let items_value = body
            .pointer_mut(&self.items_pointer)
            .map(Value::take)
            .unwrap_or(Value::Null);
        let empty = items_value.is_null() || items_value.as_array().is_some_and(Vec::is_empty);
        if !empty && !self.fingerprints.insert(fingerprint(&items_value)) {
            tracing::warn!(
                page = self.pages,
                "page repeats an earlier page's items (the server ignores the page parameter?); stopping"
            );
            self.stop(StopReason::RepeatedPage);
            return Ok(None);
        }
        let last_item_id = match &self.strategy {
            PageStrategy::LastItemCursor { id_pointer, .. } => items_value
                .as_array()
                .and_then(|a| a.last())
                .and_then(|item| item.pointer(id_pointer))
                .and_then(|v| match v {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }),
            _ => None,
        };
        let items: Vec<T> = if items_value.is_null() {
            Vec::new()
        } else {
            let snippet: String = items_value.to_string().chars().take(120).collect();
            serde_json::from_value(items_value).map_err(|e| {
                self.done = true;
                self.stop_reason = Some(StopReason::Error);
                Error::Deserialize(Box::new(DeserializeError {
                    status: raw.status,
                    message: format!("page items: {e}"),
                    snippet,
                    context: raw.context.clone(),
                }))
            })?
        };

        let mut next = match &self.strategy {
            PageStrategy::Cursor { next, .. } => match next {
                CursorSource::Body(ptr) => body.pointer(ptr).and_then(|v| match v {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }),
                CursorSource::Header(name) => raw
                    .headers
                    .get(name.as_str())
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned),
            }
            .filter(|c| !c.trim().is_empty()),
            PageStrategy::LastItemCursor { .. } => last_item_id,
            PageStrategy::LinkHeader => next_link(&raw.headers),
            PageStrategy::OffsetLimit { limit, .. } => (items.len() as u64 >= *limit)
                .then(|| (self.position + items.len() as u64).to_string()),
            PageStrategy::Offset { .. } => {
                (!items.is_empty()).then(|| (self.position + items.len() as u64).to_string())
            }
            PageStrategy::PageNumber { .. } => {
                (!items.is_empty()).then(|| (self.position + 1).to_string())
            }
        };
        self.received += items.len() as u64;
        let mut reason = StopReason::LastPage;
        if self.signals_last_page(&body, items.len()) {
            next = None;
        }
        if self.stop_on_empty_page && items.is_empty() {
            next = None;
            reason = StopReason::EmptyPage;
        }
        match &next {
            None => self.stop(reason),
            Some(token) => match self.schedule(token, &raw.url) {
                Ok(req) => self.next = Some(req),
                Err(e) => self.pending_error = Some(e),
            },
        }
        Ok(Some(Page {
            items,
            next,
            number: self.pages,
            status: raw.status,
            headers: raw.headers,
            body,
        }))
    }

    /// Builds the request for the page designated by `token`.
    fn schedule(&mut self, token: &str, current: &reqwest::Url) -> Result<RequestBuilder> {
        let repeated = || {
            Error::Pagination(format!(
                "the server returned a next page that was already fetched after page {}; stopping to avoid an infinite loop",
                self.pages
            ))
        };
        match &self.strategy {
            PageStrategy::Cursor { param, .. } | PageStrategy::LastItemCursor { param, .. } => {
                if !self.seen.insert(token.to_owned()) {
                    return Err(repeated());
                }
                Ok(self.template.clone().set_query(param, token.to_owned()))
            }
            PageStrategy::LinkHeader => {
                let url = current
                    .join(token)
                    .map_err(|e| Error::Pagination(format!("invalid next link: {e}")))?;
                let base = self.template.client.config().base_url();
                if url.origin() != base.origin() {
                    return Err(Error::Pagination(
                        "next link points to another origin; not followed so credentials are not sent there"
                            .into(),
                    ));
                }
                if !self.seen.insert(url.as_str().to_owned()) {
                    return Err(repeated());
                }
                Ok(self.template.clone().with_url(url))
            }
            PageStrategy::OffsetLimit { offset_param, .. }
            | PageStrategy::Offset { offset_param } => {
                let offset: u64 = token.parse().unwrap_or(self.position);
                if offset <= self.position && self.pages > 0 {
                    return Err(repeated());
                }
                self.position = offset;
                Ok(self
                    .template
                    .clone()
                    .set_query(offset_param, token.to_owned()))
            }
            PageStrategy::PageNumber { param, .. } => {
                self.position += 1;
                Ok(self.template.clone().set_query(param, token.to_owned()))
            }
        }
    }

    /// All pages as a stream; it ends after the first error.
    pub fn pages(self) -> impl Stream<Item = Result<Page<T>>> + Send
    where
        T: Send,
    {
        stream::try_unfold(self, |mut p| async move {
            Ok(p.next_page().await?.map(|page| (page, p)))
        })
    }

    /// All items of all pages as a stream; it ends after the first error.
    pub fn items(self) -> impl Stream<Item = Result<T>> + Send
    where
        T: Send,
    {
        self.pages()
            .map_ok(|page| stream::iter(page.items.into_iter().map(Ok)))
            .try_flatten()
    }

    /// Collects all items of all pages.
    pub async fn collect_all(self) -> Result<Vec<T>>
    where
        T: Send,
    {
        let mut items = Vec::new();
        let mut s = std::pin::pin!(self.items());
        while let Some(item) = s.next().await {
            items.push(item?);
        }
        Ok(items)
    }
}

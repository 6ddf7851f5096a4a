//! Pagination: [`Paginator`] follows cursor / page-token, `Link: rel=next`,
//! offset+limit and page-number conventions, as pages
//! ([`Paginator::next_page`], [`Paginator::pages`]) or items
//! ([`Paginator::items`]).
//!
//! It stops on an absent or empty cursor (and, by default, on an empty
//! page), refuses to follow a cursor or link it has already followed (a
//! misbehaving server would otherwise loop forever), and never follows a
//! `Link` to another origin, which would leak credentials.

use std::collections::HashSet;
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

/// Walks the pages of a list operation. Create it with
/// [`RequestBuilder::paginate`].
pub struct Paginator<T> {
    template: RequestBuilder,
    next: Option<RequestBuilder>,
    strategy: PageStrategy,
    items_pointer: String,
    seen: HashSet<String>,
    pages: usize,
    max_pages: Option<usize>,
    stop_on_empty_page: bool,
    position: u64,
    pending_error: Option<Error>,
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
            PageStrategy::PageNumber {
                param,
                first: start,
            } => {
                position = query_value(&template, param).unwrap_or(*start);
                first = first.set_query(param, position.to_string());
            }
            PageStrategy::Cursor { .. } | PageStrategy::LinkHeader => {}
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
            max_pages: None,
            stop_on_empty_page: true,
            position,
            pending_error: None,
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

    /// Stops after `max` pages.
    pub fn max_pages(mut self, max: usize) -> Self {
        self.max_pages = Some(max);
        self
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
            self.done = true;
            return Err(e);
        }
        if self.done || self.max_pages.is_some_and(|m| self.pages >= m) {
            self.done = true;
            return Ok(None);
        }
        let Some(request) = self.next.take() else {
            self.done = true;
            return Ok(None);
        };
        let raw = match execute(request).await {
            Ok(raw) => raw,
            Err(e) => {
                self.done = true;
                return Err(e);
            }
        };
        self.pages += 1;
        if self.pages == 1 && self.strategy == PageStrategy::LinkHeader {
            // The first URL counts as followed, so a link back to it is a loop.
            self.seen.insert(raw.url.as_str().to_owned());
        }
        let mut body: Value = decode_json(&raw).inspect_err(|_| self.done = true)?;
        let items_value = body
            .pointer_mut(&self.items_pointer)
            .map(Value::take)
            .unwrap_or(Value::Null);
        let items: Vec<T> = if items_value.is_null() {
            Vec::new()
        } else {
            let snippet: String = items_value.to_string().chars().take(120).collect();
            serde_json::from_value(items_value).map_err(|e| {
                self.done = true;
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
            PageStrategy::LinkHeader => next_link(&raw.headers),
            PageStrategy::OffsetLimit { limit, .. } => (items.len() as u64 >= *limit)
                .then(|| (self.position + items.len() as u64).to_string()),
            PageStrategy::PageNumber { .. } => {
                (!items.is_empty()).then(|| (self.position + 1).to_string())
            }
        };
        if self.stop_on_empty_page && items.is_empty() {
            next = None;
        }
        match &next {
            None => self.done = true,
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
            PageStrategy::Cursor { param, .. } => {
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
            PageStrategy::OffsetLimit { offset_param, .. } => {
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

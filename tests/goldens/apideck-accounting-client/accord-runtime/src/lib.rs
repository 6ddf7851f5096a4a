//! Runtime for generated Accord clients: retries, back-off, `Retry-After`,
//! idempotency keys, correlation ids, tenants, authentication (OAuth2
//! included), client-side rate limiting, RFC 9457 problems and pagination.
//!
//! Generated client crates depend on this crate only. They hold a
//! [`Client`], and each operation builds a [`RequestBuilder`]:
//!
//! ```no_run
//! use accord_runtime::{ApiResponse, CallOptions, Client, Result};
//!
//! #[derive(serde::Deserialize)]
//! struct User {
//!     id: String,
//! }
//!
//! async fn get_user(client: &Client, id: &str, opts: CallOptions) -> Result<ApiResponse<User>> {
//!     client
//!         .get("/users/{id}")
//!         .operation_id("getUser")
//!         .path_param("id", id)
//!         .options(opts)
//!         .send::<User>()
//!         .await
//! }
//! ```
#![warn(missing_docs)]

pub mod auth;
pub mod body;
pub mod client;
pub mod config;
pub mod correlation;
pub mod error;
mod execute;
pub mod idempotency;
pub mod link;
pub mod oauth2;
pub mod options;
pub mod pagination;
pub mod problem;
pub mod rate_limit;
pub mod request;
pub mod response;
pub mod retry;
pub mod secret;
pub mod tenant;

pub use auth::{Auth, AuthProvider, Credential};
pub use body::Multipart;
pub use client::Client;
pub use config::{ClientConfig, ClientConfigBuilder};
pub use correlation::{CorrelationConfig, current_correlation_id, with_correlation_id};
pub use error::{
    AuthError, DeserializeError, Error, ErrorContext, Result, StatusError, TimeoutError,
    TimeoutKind, TransportError,
};
pub use idempotency::IdempotencyKey;
pub use oauth2::{ClientAuthMethod, OAuth2ClientCredentials};
pub use options::CallOptions;
pub use pagination::{CursorSource, DEFAULT_MAX_PAGES, Page, PageStrategy, Paginator, StopReason};
pub use problem::Problem;
pub use request::RequestBuilder;
pub use response::ApiResponse;
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use tenant::{Tenant, TenantPlacement};

/// Re-exported so generated code needs no direct dependency on them.
pub use futures::{Stream, StreamExt, TryStreamExt};
pub use reqwest::{Method, StatusCode, Url, header};
pub use serde;
pub use serde_json;

/// Compiles the README example as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

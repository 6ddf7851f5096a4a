//! Integration tests of accord-runtime against wiremock servers that
//! misbehave on purpose. One binary keeps link time low.

mod auth;
mod common;
mod correlation;
mod errors;
mod idempotency;
mod lying_pagers;
mod pagination;
mod requests;
mod retry;
mod safe_retries;
mod tenant;

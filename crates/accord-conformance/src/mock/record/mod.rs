//! Record and replay: `accord mock CONTRACT --record URL` and `--replay DIR`.
//!
//! Recording, the mock is a proxy in front of a live API ([`Recorder`]): every request is
//! forwarded to `URL` as it came (hop-by-hop headers aside), the live answer goes back to
//! the client unchanged, and the exchange is judged against the contract by the same
//! passive checks `accord test` runs ([`crate::checks`], with the run's validators,
//! [`crate::validation`]): a request the contract finds invalid is judged as a negative
//! case, a valid one carrying its credentials as a positive one. What does not conform is
//! an `accord test` failure with a masked curl reproduction against the live API; with
//! `--drift` every answer also feeds the drift overlay ([`crate::drift`]). With
//! `--cassettes DIR` each exchange is written to `DIR/<operation>.json` (one file per
//! operation, `accord.cassette/v1`, keys sorted) with its secrets masked (`secrets.rs`).
//!
//! Replaying, [`Replayer`] answers a request from the cassettes when one was recorded for the
//! same operation, method, path, query (secret parameters aside, order aside) and body
//! (JSON compared by value); the answers recorded for one request are served in order, the
//! last one repeated. Anything else falls through to the mock engine: stateful, generated
//! from the contract.
//!
//! Layout: `recorder.rs` (the proxy), `judge.rs` (checks, tally and report of the
//! exchanges), `cassette.rs` (the file format, names and matching keys), `secrets.rs`
//! (what is a secret and masking it in every encoding), `replay.rs`.

mod cassette;
mod judge;
mod recorder;
mod replay;
mod secrets;

use std::future::Future;
use std::pin::Pin;

pub use cassette::FORMAT as CASSETTE_FORMAT;
pub use recorder::{RecordOptions, Recorder};
pub use replay::Replayer;

use super::{MockEngine, MockRequest, MockResponse};

/// The future an [`Intercept`] answers with.
pub type Intercepted<'a> = Pin<Box<dyn Future<Output = Option<MockResponse>> + Send + 'a>>;

/// Something that answers requests before the mock engine does: the recording proxy and
/// the replayer. `None` lets the engine answer.
pub trait Intercept: Send + Sync {
    fn intercept<'a>(&'a self, engine: &'a MockEngine, req: &'a MockRequest<'a>)
    -> Intercepted<'a>;
}

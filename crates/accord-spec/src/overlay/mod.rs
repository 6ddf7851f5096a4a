//! OpenAPI Overlay 1.0 (<https://spec.openapis.org/overlay/v1.0.0.html>): documents that
//! layer changes onto a contract (a tenant's custom fields, a fix to a vendor's mistake, what
//! the live API was seen to do) without editing it.
//!
//! An [`Overlay`] is parsed and validated on its own ([`Overlay::load`], [`Overlay::parse`]):
//! a malformed one is a [`LoadError`] with the overlay's file, line and column (exit 2).
//! Overlays are applied in order, each action in order, to the located tree of the
//! contract's root file *before* the model is built ([`crate::load_overlaid`]), so every
//! model element added or changed by an overlay carries the overlay's file and line in its
//! [`crate::Loc`], and every finding about it points there.
//!
//! Semantics (Overlay 1.0.0, section "Action Object"):
//! - `target` is an RFC 9535 JSONPath query (through `serde_json_path`); it must select
//!   objects or arrays. An action whose target selects nothing is a finding
//!   (`overlay-target-unmatched`) at the action's line: after a vendor upgrade that is how a
//!   tenant's customisation silently stops applying.
//! - `remove: true` removes every selected node from its parent; `update` is then ignored.
//! - `update` on an object is merged recursively: objects merge key by key, arrays are
//!   appended to, primitives are replaced, new keys are added at the end. Other combinations
//!   are incompatible (`overlay-incompatible-update`): the update's value replaces the
//!   target's, and the finding says so.
//! - `update` on an array appends the value as one entry; an array value appends its items
//!   (as array-valued properties do inside a merge).
//! - `extends`, when it is a relative reference, must name the contract the overlay is
//!   applied to (`overlay-extends-mismatch` otherwise); absolute URLs are never fetched.

mod apply;
mod merge;
mod origin;
mod parse;

use std::path::Path;
use std::sync::Arc;

use serde_json_path::JsonPath;

use crate::error::{LoadError, LoadErrorKind};
use crate::node::{Node, Span};

pub(crate) use apply::apply_all;
pub(crate) use origin::Origins;

/// A parsed and validated Overlay 1.0 document.
#[derive(Clone, Debug)]
pub struct Overlay {
    /// The file as the user named it.
    pub path: Arc<str>,
    /// Its text, for source excerpts.
    pub text: Arc<str>,
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `extends`, with where it is written.
    pub(crate) extends: Option<(String, Span)>,
    pub(crate) actions: Vec<Action>,
}

/// One action of an overlay.
#[derive(Clone, Debug)]
pub(crate) struct Action {
    /// Index in `actions`, for pointers into the overlay.
    pub index: usize,
    /// The JSONPath as written.
    pub target: String,
    pub query: JsonPath,
    /// Where `target` is written.
    pub target_span: Span,
    pub update: Option<Node>,
    pub remove: bool,
}

impl Overlay {
    /// Reads and validates the overlay at `path`.
    pub fn load(path: &Path) -> Result<Overlay, LoadError> {
        let display = path.to_string_lossy();
        let bytes = std::fs::read(path).map_err(|e| {
            LoadError::new(
                &display,
                0,
                0,
                LoadErrorKind::Io,
                format!("cannot read the overlay: {e}"),
            )
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            LoadError::new(
                &display,
                0,
                0,
                LoadErrorKind::NotUtf8,
                "the overlay is not valid UTF-8",
            )
        })?;
        Overlay::parse(&display, &text)
    }

    /// Parses and validates overlay text; `name` is how messages name the file.
    pub fn parse(name: &str, text: &str) -> Result<Overlay, LoadError> {
        parse::parse(name, text)
    }

    /// How many actions the overlay has.
    pub fn action_count(&self) -> usize {
        self.actions.len()
    }
}

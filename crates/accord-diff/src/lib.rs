//! Structural diff of two contracts and the breaking-change checks that judge it.
//!
//! Two stages, as the issue asked: first a structural, opinion-free diff of two Contract
//! models ([`structural_diff`] → [`Delta`]s: added, removed, changed; keyed by operation or
//! channel and by JSON pointer; schemas compared through their resolved `$ref` targets, so
//! renames and moved inline schemas are no change, `allOf` by its merged meaning, cycles
//! cut). Then judgement: each delta is handed to the one breaking check that judges it
//! (`src/checks/<area>/<id>.rs`, discovered by `build.rs` into [`CHECKS`]), which gives it
//! a stable ID, a level and a message. [`diff`] does both and returns a [`DiffReport`] with
//! old/new YAML snippets and consumer impact ([`Usage`]); [`apply_exceptions`] applies a
//! reviewed exception list. Reports render through `accord_report::render` (text and
//! markdown most severe first, with repeated info condensed).
//!
//! Direction decides severity: narrowing what a client may send breaks it, narrowing what a
//! server returns does not; for events (AsyncAPI 2.x/3.0) a message the vendor sends is
//! judged like a response and one we send like a request, or by the schema-registry
//! compatibility mode ([`Compat`]).

mod check;
mod delta;
mod exceptions;
mod impact;
mod judge;
mod schema_diff;
mod structural;
mod sunset;

use std::path::Path;

use accord_report::DiffReport;
use accord_spec::{Contract, FileProvider, Limits, LoadError};

pub use check::{
    Area, CHECKS, ChangeAction, Check, DOCS, Direction, Taxonomy, check, explain, finding_docs,
};
pub use delta::{Delta, Kind, Scope, Sunset};
pub use exceptions::{Exception, apply_exceptions, parse_exceptions};
pub use impact::Usage;
pub use judge::{judge, snippet};
pub use structural::structural_diff;
pub use sunset::{parse_date, parse_day, today_utc};

/// Schema-registry compatibility modes, applied to event payloads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Compat {
    /// By direction: messages the vendor sends are judged like responses, messages we send
    /// like requests.
    #[default]
    Default,
    /// The new schema must read data written with the old one (consumers upgrade first):
    /// every payload is judged like a request.
    Backward,
    /// Data written with the new schema must be readable with the old one (producers
    /// upgrade first): every payload is judged like a response.
    Forward,
    /// Both: the stricter verdict of the two.
    Full,
}

impl std::str::FromStr for Compat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "default" | "direction" => Ok(Compat::Default),
            "backward" => Ok(Compat::Backward),
            "forward" => Ok(Compat::Forward),
            "full" => Ok(Compat::Full),
            other => Err(format!(
                "unknown compatibility mode `{other}` (expected backward, forward, full)"
            )),
        }
    }
}

/// How to diff.
#[derive(Clone, Debug)]
pub struct DiffOptions {
    /// What consumers use, for `affects`.
    pub usages: Vec<Usage>,
    /// Keep only changes that affect a usage.
    pub only_affecting: bool,
    pub compat: Compat,
    /// `YYYY-MM-DD`, for sunset dates; `None`: the current UTC date.
    pub today: Option<String>,
    /// Fill `ChangeSide::snippet` with the YAML of the changed nodes.
    pub snippets: bool,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            usages: Vec::new(),
            only_affecting: false,
            compat: Compat::Default,
            today: None,
            snippets: true,
        }
    }
}

/// Diffs two contracts and judges every change.
pub fn diff(old: &Contract, new: &Contract, options: &DiffOptions) -> DiffReport {
    let today = options.today.clone().unwrap_or_else(today_utc);
    let deltas = structural_diff(old, new);
    let changes = judge::changes(old, new, deltas, options, &today);
    let mut report = DiffReport::new(old.file().to_string(), new.file().to_string(), changes);
    report.sort();
    report
}

/// Loads two contracts in parallel (both sides of a diff).
pub fn load_pair(
    old: (&Path, &dyn FileProvider),
    new: (&Path, &dyn FileProvider),
    limits: &Limits,
) -> (Result<Contract, LoadError>, Result<Contract, LoadError>) {
    rayon::join(
        || accord_spec::load_with(old.0, old.1, limits),
        || accord_spec::load_with(new.0, new.1, limits),
    )
}

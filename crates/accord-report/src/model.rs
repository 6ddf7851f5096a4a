//! The finding types every analyser emits, their levels and summaries, and
//! the fail-level helpers the CLI turns into exit codes.
//!
//! # Deterministic order
//!
//! Renderers never trust the order findings were pushed in; they all render
//! the order given by the `sorted()` methods here:
//!
//! * lint diagnostics: by `(file, line, column, rule, message)`;
//! * diff changes: by `(operation, channel, id, pointer, message)` where
//!   `None` sorts first (document-wide changes, then channel changes, then
//!   operation changes) and `pointer` is the new side's pointer, or the old
//!   side's when the node was removed;
//! * test failures: by `(operation, check, message, reproduction)`;
//! * contract findings of a test run: by `(file, line, column, pointer, operation, id)`;
//! * event failures: by `(line, channel, check, pointer, message)`.
//!
//! Severity does not influence order; renderers that group by severity (the
//! markdown and HTML summaries) keep this order within each group.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Where a finding points in a contract file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub struct Location {
    /// Path of the contract file, as the user named it.
    pub file: String,
    /// 1-based line; 0 when unknown.
    pub line: u32,
    /// 1-based column (in characters); 0 when unknown.
    pub column: u32,
    /// JSON pointer of the node (`/paths/~1pets/get`).
    pub pointer: String,
}

impl Location {
    pub fn new(
        file: impl Into<String>,
        line: u32,
        column: u32,
        pointer: impl Into<String>,
    ) -> Self {
        Location {
            file: file.into(),
            line,
            column,
            pointer: pointer.into(),
        }
    }
}

/// Error returned by the `FromStr` impls of levels and [`crate::Format`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: &'static str,
    pub value: String,
    pub expected: &'static [&'static str],
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}` (expected one of: {})",
            self.kind,
            self.value,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for ParseError {}

macro_rules! level_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal { $top:ident = $top_s:literal, $mid:ident = $mid_s:literal, $low:ident = $low_s:literal }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $top,
            $mid,
            $low,
        }

        impl $name {
            /// All levels, most severe first.
            pub const ALL: [$name; 3] = [$name::$top, $name::$mid, $name::$low];

            /// The serialised name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $name::$top => $top_s,
                    $name::$mid => $mid_s,
                    $name::$low => $low_s,
                }
            }

            fn rank(self) -> u8 {
                match self {
                    $name::$top => 2,
                    $name::$mid => 1,
                    $name::$low => 0,
                }
            }
        }

        impl PartialOrd for $name {
            fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
                Some(self.cmp(other))
            }
        }

        impl Ord for $name {
            fn cmp(&self, other: &Self) -> Ordering {
                self.rank().cmp(&other.rank())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s.trim().to_ascii_lowercase().as_str() {
                    $top_s => Ok($name::$top),
                    $mid_s => Ok($name::$mid),
                    $low_s => Ok($name::$low),
                    _ => Err(ParseError {
                        kind: $kind,
                        value: s.to_string(),
                        expected: &[$top_s, $mid_s, $low_s],
                    }),
                }
            }
        }
    };
}

level_enum! {
    /// Severity of a lint diagnostic. `Info < Warning < Error`.
    LintLevel, "lint level" { Error = "error", Warning = "warning", Info = "info" }
}

level_enum! {
    /// Severity of a contract change. `Info < Warning < Breaking`.
    ChangeLevel, "change level" { Breaking = "breaking", Warning = "warning", Info = "info" }
}

impl From<ChangeLevel> for LintLevel {
    fn from(level: ChangeLevel) -> Self {
        match level {
            ChangeLevel::Breaking => LintLevel::Error,
            ChangeLevel::Warning => LintLevel::Warning,
            ChangeLevel::Info => LintLevel::Info,
        }
    }
}

impl From<LintLevel> for ChangeLevel {
    fn from(level: LintLevel) -> Self {
        match level {
            LintLevel::Error => ChangeLevel::Breaking,
            LintLevel::Warning => ChangeLevel::Warning,
            LintLevel::Info => ChangeLevel::Info,
        }
    }
}

/// One governance finding.
///
/// JSON: `{"rule","level","file","line","column","pointer","operation","message","help"}`
/// (the location is flattened).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub rule: String,
    pub level: LintLevel,
    #[serde(flatten)]
    pub location: Location,
    /// `METHOD /path/{template}` when the finding belongs to an operation.
    pub operation: Option<String>,
    pub message: String,
    pub help: String,
}

impl Diagnostic {
    fn sort_key(&self) -> (&str, u32, u32, &str, &str) {
        (
            &self.location.file,
            self.location.line,
            self.location.column,
            &self.rule,
            &self.message,
        )
    }
}

/// Counts per lint level (`summary` of `accord.lint/v1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LintSummary {
    pub error: u64,
    pub warning: u64,
    pub info: u64,
}

/// The findings of `accord lint`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LintReport {
    pub diagnostics: Vec<Diagnostic>,
}

impl LintReport {
    pub fn new(diagnostics: Vec<Diagnostic>) -> Self {
        LintReport { diagnostics }
    }

    /// Number of diagnostics at exactly `level`.
    pub fn count(&self, level: LintLevel) -> usize {
        self.diagnostics.iter().filter(|d| d.level == level).count()
    }

    /// The most severe level present.
    pub fn worst(&self) -> Option<LintLevel> {
        self.diagnostics.iter().map(|d| d.level).max()
    }

    /// True when any diagnostic is at or above `fail_on`.
    pub fn exceeds(&self, fail_on: LintLevel) -> bool {
        self.worst().is_some_and(|w| w >= fail_on)
    }

    /// `0` when nothing is at or above `fail_on`, `1` otherwise.
    pub fn exit_code(&self, fail_on: LintLevel) -> i32 {
        i32::from(self.exceeds(fail_on))
    }

    pub fn summary(&self) -> LintSummary {
        LintSummary {
            error: self.count(LintLevel::Error) as u64,
            warning: self.count(LintLevel::Warning) as u64,
            info: self.count(LintLevel::Info) as u64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.diagnostics.is_empty()
    }

    /// Sort in place into the documented order.
    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    /// The diagnostics in the documented order.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut v: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }

    /// Append another report's diagnostics (several contracts, one report).
    pub fn merge(&mut self, other: LintReport) {
        self.diagnostics.extend(other.diagnostics);
    }
}

/// One side (old or new) of a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ChangeSide {
    pub file: String,
    /// 1-based line; 0 when unknown.
    pub line: u32,
    pub pointer: String,
    /// YAML text of the node, used by the text, markdown and HTML renderers
    /// to show the change. Never serialised.
    #[serde(skip)]
    pub snippet: Option<String>,
}

/// One difference between two versions of a contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    /// The breaking check's kebab-case id.
    pub id: String,
    pub level: ChangeLevel,
    pub operation: Option<String>,
    pub channel: Option<String>,
    pub message: String,
    pub old: Option<ChangeSide>,
    pub new: Option<ChangeSide>,
    /// What this change affects downstream (mappings, canonical fields...).
    pub affects: Vec<String>,
    /// The root cause this change belongs to ([`crate::group`]): changes of one check on
    /// the same node share it. Filled by [`DiffReport::new`] and [`DiffReport::sort`] when
    /// left empty.
    #[serde(default)]
    pub group: String,
    /// Where inside the operation (`response 400 (application/json)`, `query parameter
    /// \`since\``); empty for the operation or document itself. Renderers read the statuses
    /// and media types a group reaches from it; the message already says it, so it is not
    /// serialised.
    #[serde(skip)]
    pub place: String,
}

impl Change {
    /// The side a location should point at: new, or old when removed.
    pub fn primary_side(&self) -> Option<&ChangeSide> {
        self.new.as_ref().or(self.old.as_ref())
    }

    /// The pointer of [`Change::primary_side`], or `""`.
    pub fn pointer(&self) -> &str {
        self.primary_side().map_or("", |s| s.pointer.as_str())
    }

    /// What the change is about: the operation, else `channel NAME`, else
    /// `document`.
    pub fn subject(&self) -> String {
        match (&self.operation, &self.channel) {
            (Some(op), _) => op.clone(),
            (None, Some(ch)) => format!("channel {ch}"),
            (None, None) => "document".to_string(),
        }
    }

    #[allow(clippy::type_complexity)]
    fn sort_key(&self) -> (Option<&str>, Option<&str>, &str, &str, &str) {
        (
            self.operation.as_deref(),
            self.channel.as_deref(),
            &self.id,
            self.pointer(),
            &self.message,
        )
    }
}

/// Counts per change level (`summary` of `accord.diff/v1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DiffSummary {
    pub breaking: u64,
    pub warning: u64,
    pub info: u64,
}

/// The findings of `accord diff`. `old_file` and `new_file` label human
/// output; they are not part of the JSON shape (they deserialise empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DiffReport {
    pub old_file: String,
    pub new_file: String,
    pub changes: Vec<Change>,
}

impl DiffReport {
    pub fn new(
        old_file: impl Into<String>,
        new_file: impl Into<String>,
        changes: Vec<Change>,
    ) -> Self {
        let mut report = DiffReport {
            old_file: old_file.into(),
            new_file: new_file.into(),
            changes,
        };
        report.assign_groups();
        report
    }

    /// Gives every change without a group its root-cause group ID ([`crate::group::id_of`]);
    /// copies are joined only by the diff, which knows their shapes ([`crate::group::assign`]).
    pub fn assign_groups(&mut self) {
        crate::group::assign(&mut self.changes, &[]);
    }

    pub fn count(&self, level: ChangeLevel) -> usize {
        self.changes.iter().filter(|c| c.level == level).count()
    }

    pub fn worst(&self) -> Option<ChangeLevel> {
        self.changes.iter().map(|c| c.level).max()
    }

    pub fn exceeds(&self, fail_on: ChangeLevel) -> bool {
        self.worst().is_some_and(|w| w >= fail_on)
    }

    pub fn exit_code(&self, fail_on: ChangeLevel) -> i32 {
        i32::from(self.exceeds(fail_on))
    }

    pub fn summary(&self) -> DiffSummary {
        DiffSummary {
            breaking: self.count(ChangeLevel::Breaking) as u64,
            warning: self.count(ChangeLevel::Warning) as u64,
            info: self.count(ChangeLevel::Info) as u64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn sort(&mut self) {
        self.assign_groups();
        self.changes.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    pub fn sorted(&self) -> Vec<&Change> {
        let mut v: Vec<&Change> = self.changes.iter().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }
}

/// One failed conformance check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestFailure {
    /// Check id (`not_a_server_error`, ...).
    pub check: String,
    /// `METHOD /path/{template}`.
    pub operation: String,
    pub message: String,
    /// Runnable curl command. Renderers mask secrets in it again.
    pub reproduction: String,
}

impl TestFailure {
    fn sort_key(&self) -> (&str, &str, &str, &str) {
        (
            &self.operation,
            &self.check,
            &self.message,
            &self.reproduction,
        )
    }
}

/// A defect of the contract that a conformance run met: not the API's failure, so it
/// never counts as one nor changes the exit code. Today an example the run would have sent
/// as valid data that fails its own schema (`invalid-example`): the run skips it rather than
/// blame the API for refusing it.
///
/// JSON (`contract_findings` of `accord.test/v1`): `{"id","operation","file","line","column",
/// "pointer","message","error":{"pointer","message"}}`, the location flattened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContractFinding {
    /// The loader's finding ID (`invalid-example`), so `accord explain` has its page.
    pub id: String,
    /// `METHOD /path/{template}` of the (first, in report order) operation that would have
    /// used it; a shared component is reported once.
    pub operation: String,
    /// Where the example is written in the contract.
    #[serde(flatten)]
    pub location: Location,
    pub message: String,
    /// The first validation error.
    pub error: ValidationError,
}

impl ContractFinding {
    fn sort_key(&self) -> (&str, u32, u32, &str, &str, &str) {
        (
            &self.location.file,
            self.location.line,
            self.location.column,
            &self.location.pointer,
            &self.operation,
            &self.id,
        )
    }

    /// `file:line:column` (the parts that are known).
    pub fn place(&self) -> String {
        let l = &self.location;
        match (l.line, l.column) {
            (0, _) => l.file.clone(),
            (line, 0) => format!("{}:{line}", l.file),
            (line, column) => format!("{}:{line}:{column}", l.file),
        }
    }
}

/// One way a value fails its schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationError {
    /// JSON pointer into the value (`""`: the value itself).
    pub pointer: String,
    pub message: String,
}

/// `summary` of `accord.test/v1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TestSummary {
    pub operations: u64,
    pub requests: u64,
    pub failures: u64,
    pub duration_ms: u64,
    /// Contract findings (never failures of the API); absent from reports written before
    /// they were reported.
    #[serde(default)]
    pub contract_findings: u64,
}

/// Why a run stopped before testing everything it meant to (`coverage.stopped_by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StopReason {
    /// `--max-duration` ran out.
    MaxDuration,
    /// `--max-requests` ran out.
    MaxRequests,
    /// The API asked the run to wait longer than it may (`Retry-After` beyond the cap).
    Throttled,
    /// Ctrl-C or a termination signal.
    Interrupted,
    /// Consecutive transport failures (resets, timeouts, malformed HTTP).
    Transport,
}

impl StopReason {
    /// The JSON spelling (`max-duration`, ...).
    pub fn label(self) -> &'static str {
        match self {
            StopReason::MaxDuration => "max-duration",
            StopReason::MaxRequests => "max-requests",
            StopReason::Throttled => "throttled",
            StopReason::Interrupted => "interrupted",
            StopReason::Transport => "transport",
        }
    }

    /// What a reader is told.
    pub fn explain(self) -> &'static str {
        match self {
            StopReason::MaxDuration => "the time budget (--max-duration) ran out",
            StopReason::MaxRequests => "the request budget (--max-requests) ran out",
            StopReason::Throttled => "the API throttled the run beyond the longest wait allowed",
            StopReason::Interrupted => "the run was interrupted",
            StopReason::Transport => "consecutive transport failures stopped the run",
        }
    }
}

/// A check that did not judge an operation, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NotExercised {
    pub check: String,
    pub reason: String,
}

/// A required parameter the run generated from its schema (nothing the user gave named it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct GeneratedInput {
    /// `header`, `query` or `cookie`.
    #[serde(rename = "in")]
    pub location: String,
    pub name: String,
}

impl std::fmt::Display for GeneratedInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} `{}`", self.location, self.name)
    }
}

/// What one operation of the run saw.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct OperationCoverage {
    /// `METHOD /path/{template}`.
    pub operation: String,
    /// Requests sent for it (retries included).
    pub requests: u64,
    /// Responses by status class (`2xx`, `4xx`, ...).
    pub statuses: std::collections::BTreeMap<String, u64>,
    /// Checks that did not judge it, with the reason.
    pub not_exercised: Vec<NotExercised>,
    /// Required parameters the run generated from their schemas because no `--header` or
    /// `--tenant` gave them (a tenant header the API may refuse a made-up value for).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub generated: Vec<GeneratedInput>,
    /// Checks that judged at least one of its exchanges (passing or failing). Not part of
    /// `accord.test/v1` (the JSON lists what failed and what did not run); the JUnit report
    /// turns it into passing test cases.
    #[serde(skip)]
    pub exercised: Vec<String>,
}

impl OperationCoverage {
    /// `2xx 10, 4xx 2` (or `no response`).
    pub fn statuses_text(&self) -> String {
        if self.statuses.is_empty() {
            return "no response".into();
        }
        self.statuses
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The unexercised checks grouped by reason, in first-seen order.
    pub fn not_exercised_by_reason(&self) -> Vec<(&str, Vec<&str>)> {
        let mut out: Vec<(&str, Vec<&str>)> = Vec::new();
        for n in &self.not_exercised {
            match out.iter_mut().find(|(r, _)| *r == n.reason) {
                Some((_, checks)) => checks.push(&n.check),
                None => out.push((&n.reason, vec![&n.check])),
            }
        }
        out
    }
}

/// `coverage` of `accord.test/v1`: what the run actually tested.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TestCoverage {
    /// Operations the run set out to test (read-only runs leave mutating ones out).
    pub operations_total: u64,
    /// Operations that got at least one answer the checks could judge.
    pub operations_exercised: u64,
    /// Why the run stopped early, if it did.
    pub stopped_by: Option<StopReason>,
    /// Per operation, in the report's order.
    pub operations: Vec<OperationCoverage>,
}

impl TestCoverage {
    /// Exercised operations as a fraction of the total (1.0 for an empty run).
    pub fn ratio(&self) -> f64 {
        if self.operations_total == 0 {
            1.0
        } else {
            self.operations_exercised as f64 / self.operations_total as f64
        }
    }

    /// Whether the run tested everything it set out to.
    pub fn complete(&self) -> bool {
        self.stopped_by.is_none() && self.operations_exercised >= self.operations_total
    }

    /// Why operations went untested, most frequent first: each reason with the number of
    /// operations that were not exercised for it (an operation counts under the reason of
    /// its first unexercised check).
    pub fn untested_reasons(&self) -> Vec<(String, u64)> {
        let mut counts: std::collections::BTreeMap<&str, u64> = Default::default();
        for op in &self.operations {
            if !op.exercised.is_empty() && op.requests > 0 {
                continue;
            }
            if let Some(first) = op.not_exercised.first() {
                *counts.entry(first.reason.as_str()).or_default() += 1;
            }
        }
        let mut out: Vec<(String, u64)> = counts
            .into_iter()
            .map(|(r, n)| (r.to_string(), n))
            .collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}

/// The findings of `accord test`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TestReport {
    pub failures: Vec<TestFailure>,
    pub operations: u64,
    pub requests: u64,
    pub duration_ms: u64,
    pub coverage: TestCoverage,
    /// The run's diagnosis when it did not test what it set out to (base URL probably
    /// wrong, credentials rejected, throttled, budget spent). Derived; the JSON carries it
    /// as the `not_exercised` reasons and `stopped_by`.
    pub verdict: Option<String>,
    /// What the run found wrong with the contract itself, one per example: reported beside
    /// the failures, never among them.
    pub contract: Vec<ContractFinding>,
}

impl TestReport {
    pub fn has_failures(&self) -> bool {
        !self.failures.is_empty()
    }

    /// Whether the run tested less than `min_coverage` (a fraction; `None` asks for every
    /// operation and no early stop).
    pub fn under_tested(&self, min_coverage: Option<f64>) -> bool {
        match min_coverage {
            None => !self.coverage.complete(),
            Some(min) => self.coverage.ratio() + 1e-9 < min,
        }
    }

    /// `1` when a check failed or the run did not test enough (see
    /// [`TestReport::under_tested`]); `0` otherwise.
    pub fn exit_code_with(&self, min_coverage: Option<f64>) -> i32 {
        i32::from(self.has_failures() || self.under_tested(min_coverage))
    }

    /// [`TestReport::exit_code_with`] asking for full coverage.
    pub fn exit_code(&self) -> i32 {
        self.exit_code_with(None)
    }

    /// The one-line explanation of an incomplete run, when it is one.
    pub fn untested_verdict(&self) -> Option<String> {
        if let Some(v) = &self.verdict {
            return Some(v.clone());
        }
        let c = &self.coverage;
        if c.complete() {
            return None;
        }
        let untested = c.operations_total.saturating_sub(c.operations_exercised);
        let mut out = format!(
            "{untested} of {} operations not exercised",
            c.operations_total
        );
        if let Some(stop) = c.stopped_by {
            out.push_str(&format!("; {}", stop.explain()));
        } else if let Some((reason, _)) = c.untested_reasons().first() {
            out.push_str(&format!(": {reason}"));
        }
        Some(out)
    }

    pub fn summary(&self) -> TestSummary {
        TestSummary {
            operations: self.operations,
            requests: self.requests,
            failures: self.failures.len() as u64,
            duration_ms: self.duration_ms,
            contract_findings: self.contract.len() as u64,
        }
    }

    pub fn sort(&mut self) {
        self.failures
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        self.contract
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    pub fn sorted(&self) -> Vec<&TestFailure> {
        let mut v: Vec<&TestFailure> = self.failures.iter().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }

    /// The contract findings in the documented order.
    pub fn sorted_contract(&self) -> Vec<&ContractFinding> {
        let mut v: Vec<&ContractFinding> = self.contract.iter().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }
}

/// One captured event that failed validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventFailure {
    /// 1-based line in the JSON Lines input.
    pub line: u64,
    pub channel: String,
    pub check: String,
    /// JSON pointer into the event.
    pub pointer: String,
    pub message: String,
}

impl EventFailure {
    fn sort_key(&self) -> (u64, &str, &str, &str, &str) {
        (
            self.line,
            &self.channel,
            &self.check,
            &self.pointer,
            &self.message,
        )
    }
}

/// `summary` of `accord.events/v1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EventSummary {
    pub events: u64,
    pub failures: u64,
}

/// The findings of `accord test-events`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventReport {
    pub failures: Vec<EventFailure>,
    pub events: u64,
}

impl EventReport {
    pub fn has_failures(&self) -> bool {
        !self.failures.is_empty()
    }

    pub fn exit_code(&self) -> i32 {
        i32::from(self.has_failures())
    }

    pub fn summary(&self) -> EventSummary {
        EventSummary {
            events: self.events,
            failures: self.failures.len() as u64,
        }
    }

    pub fn sort(&mut self) {
        self.failures
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    pub fn sorted(&self) -> Vec<&EventFailure> {
        let mut v: Vec<&EventFailure> = self.failures.iter().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn level_order() {
        assert!(LintLevel::Info < LintLevel::Warning);
        assert!(LintLevel::Warning < LintLevel::Error);
        assert!(ChangeLevel::Info < ChangeLevel::Warning);
        assert!(ChangeLevel::Warning < ChangeLevel::Breaking);
        assert_eq!("Breaking".parse::<ChangeLevel>(), Ok(ChangeLevel::Breaking));
        assert!("fatal".parse::<LintLevel>().is_err());
    }

    fn change(level: ChangeLevel) -> Change {
        Change {
            id: "x".into(),
            level,
            operation: None,
            channel: None,
            message: String::new(),
            old: None,
            new: None,
            affects: vec![],
            group: String::new(),
            place: String::new(),
        }
    }

    #[test]
    fn exceeds_and_worst() {
        let r = DiffReport::new("a", "b", vec![change(ChangeLevel::Warning)]);
        assert_eq!(r.worst(), Some(ChangeLevel::Warning));
        assert!(r.exceeds(ChangeLevel::Warning));
        assert!(r.exceeds(ChangeLevel::Info));
        assert!(!r.exceeds(ChangeLevel::Breaking));
        assert_eq!(r.exit_code(ChangeLevel::Breaking), 0);
        assert!(!DiffReport::default().exceeds(ChangeLevel::Info));
        assert_eq!(LintReport::default().worst(), None);
    }

    #[test]
    fn change_order_puts_document_first() {
        let mut a = change(ChangeLevel::Info);
        a.operation = Some("GET /a".into());
        let mut b = change(ChangeLevel::Info);
        b.channel = Some("c".into());
        let c = change(ChangeLevel::Info);
        let r = DiffReport::new("", "", vec![a, b, c]);
        let subjects: Vec<String> = r.sorted().iter().map(|c| c.subject()).collect();
        assert_eq!(subjects, ["document", "channel c", "GET /a"]);
    }
}

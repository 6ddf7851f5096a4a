//! The stable, versioned JSON shapes (`accord.lint/v1`, `accord.diff/v1`,
//! `accord.test/v1`, `accord.events/v1`) and their serde impls.
//!
//! The report types serialise through private wrapper structs so the
//! `format` tag and the `summary` object are emitted in the fixed field
//! order; deserialising checks the `format` tag and ignores `summary` (it
//! is derived from the items, except the test and event totals, which are
//! read from it). Items are written in the documented deterministic order
//! (see [`crate::model`]).
//!
//! `accord.test/v1` also carries `contract_findings` (after `failures`, always present) and
//! `summary.contract_findings`, their count: what the run found wrong with the contract
//! itself, never a failure of the API ([`ContractFinding`]). Readers of reports written
//! before them get none.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::mask::mask_secrets;
use crate::model::{
    Change, ContractFinding, Diagnostic, DiffReport, DiffSummary, EventFailure, EventReport,
    EventSummary, LintReport, LintSummary, TestCoverage, TestFailure, TestReport, TestSummary,
};

/// `format` tag of lint reports.
pub const LINT_FORMAT: &str = "accord.lint/v1";
/// `format` tag of diff reports.
pub const DIFF_FORMAT: &str = "accord.diff/v1";
/// `format` tag of conformance test reports.
pub const TEST_FORMAT: &str = "accord.test/v1";
/// `format` tag of event validation reports.
pub const EVENTS_FORMAT: &str = "accord.events/v1";

fn pretty<T: Serialize>(value: &T) -> String {
    // Serialising plain data into a String cannot fail.
    let mut out = serde_json::to_string_pretty(value).unwrap_or_default();
    out.push('\n');
    out
}

/// Pretty-printed `accord.lint/v1` with a trailing newline.
pub fn lint(report: &LintReport) -> String {
    pretty(report)
}

/// Pretty-printed `accord.diff/v1` with a trailing newline.
pub fn diff(report: &DiffReport) -> String {
    pretty(report)
}

/// Pretty-printed `accord.test/v1` with a trailing newline. Secrets in
/// messages and reproductions are masked.
pub fn test(report: &TestReport) -> String {
    pretty(report)
}

/// Pretty-printed `accord.events/v1` with a trailing newline.
pub fn events(report: &EventReport) -> String {
    pretty(report)
}

fn check_format<E: serde::de::Error>(found: &str, expected: &str) -> Result<(), E> {
    if found == expected {
        Ok(())
    } else {
        Err(E::custom(format!(
            "expected format `{expected}`, found `{found}`"
        )))
    }
}

// ---- lint ----------------------------------------------------------------

#[derive(Serialize)]
struct LintOut<'a> {
    format: &'static str,
    diagnostics: Vec<&'a Diagnostic>,
    summary: LintSummary,
}

#[derive(Deserialize)]
struct LintIn {
    format: String,
    diagnostics: Vec<Diagnostic>,
}

impl Serialize for LintReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        LintOut {
            format: LINT_FORMAT,
            diagnostics: self.sorted(),
            summary: self.summary(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for LintReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = LintIn::deserialize(deserializer)?;
        check_format(&raw.format, LINT_FORMAT)?;
        Ok(LintReport {
            diagnostics: raw.diagnostics,
        })
    }
}

// ---- diff ----------------------------------------------------------------

#[derive(Serialize)]
struct DiffOut<'a> {
    format: &'static str,
    changes: Vec<&'a Change>,
    /// Every root cause ([`crate::group`]) with everything it reaches, in review order.
    groups: Vec<GroupOut<'a>>,
    summary: DiffSummary,
}

/// One root cause in `accord.diff/v1`: `{"id","check","level","changes":n,"operations",
/// "statuses","media_types","nodes","affects"}` (lists complete; `operations` holds `channel NAME`
/// or `document` for changes outside operations; `nodes` the pointers changed, more than
/// one when the edit was made to identical copies).
#[derive(Serialize)]
struct GroupOut<'a> {
    id: String,
    check: &'a str,
    level: crate::model::ChangeLevel,
    changes: usize,
    operations: Vec<String>,
    statuses: Vec<String>,
    media_types: Vec<String>,
    nodes: Vec<String>,
    affects: Vec<&'a str>,
}

#[derive(Deserialize)]
struct DiffIn {
    format: String,
    changes: Vec<Change>,
}

impl Serialize for DiffReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let groups = crate::group::groups(self)
            .into_iter()
            .map(|g| {
                let reach = g.reach();
                GroupOut {
                    id: g.id.clone(),
                    check: g.check,
                    level: g.level,
                    changes: g.len(),
                    operations: reach.subjects,
                    statuses: reach.statuses,
                    media_types: reach.media_types,
                    nodes: reach.nodes,
                    affects: g.affects(),
                }
            })
            .collect();
        DiffOut {
            format: DIFF_FORMAT,
            changes: self.sorted(),
            groups,
            summary: self.summary(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DiffReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = DiffIn::deserialize(deserializer)?;
        check_format(&raw.format, DIFF_FORMAT)?;
        Ok(DiffReport {
            old_file: String::new(),
            new_file: String::new(),
            changes: raw.changes,
        })
    }
}

// ---- test ----------------------------------------------------------------

#[derive(Serialize)]
struct TestOut<'a> {
    format: &'static str,
    failures: Vec<TestFailure>,
    contract_findings: Vec<ContractFinding>,
    summary: TestSummary,
    coverage: &'a TestCoverage,
}

#[derive(Deserialize)]
struct TestIn {
    format: String,
    failures: Vec<TestFailure>,
    #[serde(default)]
    contract_findings: Vec<ContractFinding>,
    summary: TestSummary,
    #[serde(default)]
    coverage: TestCoverage,
}

impl Serialize for TestReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let failures = self
            .sorted()
            .into_iter()
            .map(|f| TestFailure {
                check: f.check.clone(),
                operation: f.operation.clone(),
                message: mask_secrets(&f.message),
                reproduction: mask_secrets(&f.reproduction),
            })
            .collect();
        let contract_findings = self
            .sorted_contract()
            .into_iter()
            .map(|f| ContractFinding {
                message: mask_secrets(&f.message),
                error: crate::model::ValidationError {
                    pointer: f.error.pointer.clone(),
                    message: mask_secrets(&f.error.message),
                },
                ..f.clone()
            })
            .collect();
        TestOut {
            format: TEST_FORMAT,
            failures,
            contract_findings,
            summary: self.summary(),
            coverage: &self.coverage,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for TestReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = TestIn::deserialize(deserializer)?;
        check_format(&raw.format, TEST_FORMAT)?;
        if raw.summary.failures != raw.failures.len() as u64 {
            return Err(D::Error::custom(format!(
                "summary.failures is {} but there are {} failures",
                raw.summary.failures,
                raw.failures.len()
            )));
        }
        Ok(TestReport {
            failures: raw.failures,
            operations: raw.summary.operations,
            requests: raw.summary.requests,
            duration_ms: raw.summary.duration_ms,
            coverage: raw.coverage,
            verdict: None,
            contract: raw.contract_findings,
        })
    }
}

// ---- events --------------------------------------------------------------

#[derive(Serialize)]
struct EventsOut<'a> {
    format: &'static str,
    failures: Vec<&'a EventFailure>,
    summary: EventSummary,
}

#[derive(Deserialize)]
struct EventsIn {
    format: String,
    failures: Vec<EventFailure>,
    summary: EventSummary,
}

impl Serialize for EventReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        EventsOut {
            format: EVENTS_FORMAT,
            failures: self.sorted(),
            summary: self.summary(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for EventReport {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = EventsIn::deserialize(deserializer)?;
        check_format(&raw.format, EVENTS_FORMAT)?;
        Ok(EventReport {
            failures: raw.failures,
            events: raw.summary.events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LintLevel, Location};

    #[test]
    fn lint_shape_and_order() {
        let r = LintReport::new(vec![Diagnostic {
            rule: "r".into(),
            level: LintLevel::Warning,
            location: Location::new("a.yaml", 3, 5, "/x"),
            operation: None,
            message: "m".into(),
            help: "h".into(),
        }]);
        let v: serde_json::Value = serde_json::from_str(&lint(&r)).unwrap();
        let keys: Vec<&String> = v["diagnostics"][0].as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "rule",
                "level",
                "file",
                "line",
                "column",
                "pointer",
                "operation",
                "message",
                "help"
            ]
        );
        assert_eq!(
            v["summary"],
            serde_json::json!({"error":0,"warning":1,"info":0})
        );
        assert!(lint(&r).ends_with("}\n"));
    }

    #[test]
    fn wrong_format_is_rejected() {
        let err = serde_json::from_str::<LintReport>(
            r#"{"format":"accord.diff/v1","diagnostics":[],"summary":{}}"#,
        );
        assert!(err.is_err());
    }
}

//! Accepted changes: a reviewed exception list. An exception is as narrow as the change it
//! accepts: a check ID, an operation (exact, or a glob such as `GET /v1/customers/*`) or
//! channel, and what changed: a JSON pointer (`/components/schemas/Error/properties/code`,
//! matching that node and below) or a property path (`error.details`), or the root cause's
//! group ID from a report (`response-property-removed~1f3a9c0d`), which accepts exactly
//! the changes of that group. A new change in the same operation is not accepted by an
//! exception that names what changed. An accepted change is downgraded to info with
//! `accepted: <reason>`; an exception whose expiry date has passed accepts nothing and fails
//! the gate with a breaking `exception-expired` change.

use accord_report::{Change, ChangeLevel, DiffReport};
use serde::Deserialize;

use crate::sunset::parse_date;

/// One reviewed exception.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Exception {
    /// The check ID it accepts.
    pub id: String,
    /// `METHOD /path`; `None` accepts the check on every operation.
    #[serde(default)]
    pub operation: Option<String>,
    /// Channel name (events); `None` accepts the check on every channel.
    #[serde(default)]
    pub channel: Option<String>,
    /// What changed: a JSON pointer (`/components/...`: that node and below, on either
    /// side) or a dotted property path (`error.details`: a node whose pointer ends in
    /// `/properties/error/properties/details`).
    #[serde(default)]
    pub pointer: Option<String>,
    /// A root cause's group ID (the `group` of a change in the JSON report).
    #[serde(default)]
    pub group: Option<String>,
    pub reason: String,
    /// `YYYY-MM-DD`; the exception no longer applies after this day.
    #[serde(default)]
    pub expires: Option<String>,
}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    exceptions: Vec<Exception>,
}

/// Parses a TOML file holding `[[exceptions]]` tables.
pub fn parse_exceptions(text: &str) -> Result<Vec<Exception>, String> {
    toml::from_str::<File>(text)
        .map(|f| f.exceptions)
        .map_err(|e| e.to_string())
}

/// `METHOD /path` against an exact operation or a glob (`*` any run of characters).
fn operation_matches(pattern: &str, operation: &str) -> bool {
    if !pattern.contains(['*', '?', '[']) {
        return pattern == operation;
    }
    globset::GlobBuilder::new(pattern)
        .literal_separator(false)
        .build()
        .is_ok_and(|g| g.compile_matcher().is_match(operation))
}

/// A JSON pointer (prefix on segment boundaries) or a property path (suffix) against one
/// side's pointer.
fn pointer_matches(pattern: &str, pointer: &str) -> bool {
    if pattern.starts_with('/') {
        pointer == pattern
            || pointer
                .strip_prefix(pattern)
                .is_some_and(|rest| rest.starts_with('/'))
    } else {
        let suffix: String = pattern
            .split('.')
            .filter(|p| !p.is_empty())
            .map(|p| format!("/properties/{}", p.replace('~', "~0").replace('/', "~1")))
            .collect();
        !suffix.is_empty() && pointer.ends_with(&suffix)
    }
}

impl Exception {
    fn matches(&self, c: &Change) -> bool {
        c.id == self.id
            && self.operation.as_ref().is_none_or(|o| {
                c.operation
                    .as_deref()
                    .is_some_and(|op| operation_matches(o, op))
            })
            && self
                .channel
                .as_ref()
                .is_none_or(|ch| c.channel.as_deref() == Some(ch.as_str()))
            && self.group.as_ref().is_none_or(|g| c.group == *g)
            && self.pointer.as_ref().is_none_or(|p| {
                [&c.old, &c.new]
                    .into_iter()
                    .flatten()
                    .any(|side| pointer_matches(p, &side.pointer))
            })
    }

    /// `Some(why)` when the exception no longer applies on `today` (`YYYY-MM-DD`).
    fn expired(&self, today: &str) -> Option<String> {
        let expires = self.expires.as_deref()?;
        match (parse_date(expires), parse_date(today)) {
            (Some(e), Some(t)) if e < t => Some(format!("expired on {expires}")),
            (None, _) => Some(format!(
                "has an unreadable expiry date `{expires}` (expected YYYY-MM-DD)"
            )),
            _ => None,
        }
    }
}

/// Applies `exceptions` to `report` as of `today` (`YYYY-MM-DD`).
pub fn apply_exceptions(report: &mut DiffReport, exceptions: &[Exception], today: &str) {
    // Group IDs must be known before matching them.
    report.assign_groups();
    let mut expired = Vec::new();
    for ex in exceptions {
        if let Some(why) = ex.expired(today) {
            let subject = ex
                .operation
                .clone()
                .or_else(|| ex.channel.as_ref().map(|c| format!("channel {c}")))
                .unwrap_or_else(|| "every operation".to_string());
            expired.push(Change {
                id: "exception-expired".to_string(),
                level: ChangeLevel::Breaking,
                operation: ex.operation.clone(),
                channel: ex.channel.clone(),
                message: format!(
                    "the accepted exception for `{}` on {subject} {why}: {}",
                    ex.id, ex.reason
                ),
                old: None,
                new: None,
                affects: Vec::new(),
                group: String::new(),
                place: String::new(),
            });
            continue;
        }
        for c in report.changes.iter_mut().filter(|c| ex.matches(c)) {
            if c.message.contains("(accepted: ") {
                continue;
            }
            c.level = ChangeLevel::Info;
            c.message = format!("{} (accepted: {})", c.message, ex.reason);
        }
    }
    report.changes.extend(expired);
    report.sort();
}

#[cfg(test)]
mod tests {
    use super::*;
    use accord_report::ChangeSide;

    fn change(op: &str, pointer: &str) -> Change {
        Change {
            id: "response-property-removed".into(),
            level: ChangeLevel::Breaking,
            operation: Some(op.into()),
            channel: None,
            message: "removed".into(),
            old: Some(ChangeSide {
                pointer: pointer.into(),
                ..ChangeSide::default()
            }),
            new: None,
            affects: Vec::new(),
            group: String::new(),
            place: String::new(),
        }
    }

    fn exception(text: &str) -> Vec<Exception> {
        parse_exceptions(text).unwrap()
    }

    const ERROR_DETAILS: &str = "/components/schemas/Error/properties/details";

    fn report() -> DiffReport {
        DiffReport::new(
            "a",
            "b",
            vec![
                change("GET /v1/plans", ERROR_DETAILS),
                change("POST /v1/plans", ERROR_DETAILS),
                change("GET /v1/plans", "/components/schemas/Plan/properties/name"),
            ],
        )
    }

    fn levels(r: &DiffReport) -> Vec<(String, ChangeLevel)> {
        r.sorted()
            .iter()
            .map(|c| {
                (
                    format!("{} {}", c.operation.as_deref().unwrap_or(""), c.pointer()),
                    c.level,
                )
            })
            .collect()
    }

    #[test]
    fn an_exception_by_pointer_accepts_that_node_and_a_new_change_in_the_operation_still_blocks() {
        let mut r = report();
        let ex = exception(&format!(
            "[[exceptions]]\nid = \"response-property-removed\"\noperation = \"GET /v1/*\"\n\
             pointer = \"{ERROR_DETAILS}\"\nreason = \"we never read error details\"\n"
        ));
        apply_exceptions(&mut r, &ex, "2026-01-01");
        assert_eq!(
            levels(&r),
            [
                (format!("GET /v1/plans {ERROR_DETAILS}"), ChangeLevel::Info),
                (
                    "GET /v1/plans /components/schemas/Plan/properties/name".into(),
                    ChangeLevel::Breaking
                ),
                (
                    format!("POST /v1/plans {ERROR_DETAILS}"),
                    ChangeLevel::Breaking
                ),
            ]
        );
    }

    #[test]
    fn an_exception_by_group_accepts_exactly_its_changes() {
        let mut r = report();
        let group = r.changes[0].group.clone();
        assert!(!group.is_empty());
        let ex = exception(&format!(
            "[[exceptions]]\nid = \"response-property-removed\"\ngroup = \"{group}\"\nreason = \"ok\"\n"
        ));
        apply_exceptions(&mut r, &ex, "2026-01-01");
        let accepted: Vec<&Change> = r
            .changes
            .iter()
            .filter(|c| c.level == ChangeLevel::Info)
            .collect();
        assert_eq!(accepted.len(), 2);
        assert!(accepted.iter().all(|c| c.group == group));
        assert_eq!(r.count(ChangeLevel::Breaking), 1);
    }

    #[test]
    fn property_paths_and_globs() {
        assert!(pointer_matches("details", ERROR_DETAILS));
        assert!(pointer_matches(
            "Error",
            "/components/schemas/x/properties/Error"
        ));
        assert!(!pointer_matches("tails", ERROR_DETAILS));
        assert!(pointer_matches("/components/schemas/Error", ERROR_DETAILS));
        assert!(!pointer_matches("/components/schemas/Err", ERROR_DETAILS));
        assert!(operation_matches("GET /v1/*", "GET /v1/plans/{id}"));
        assert!(!operation_matches("GET /v1/*", "POST /v1/plans"));
        assert!(operation_matches("POST /v1/plans", "POST /v1/plans"));
    }
}

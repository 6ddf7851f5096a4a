//! The symmetry test over the taxonomy: every request check has its response counterpart
//! and every "added" check its "removed" one (narrowed/widened, became-x/no-longer-x…),
//! unless the gap is explained below; and direction decides the level the way DESIGN.md
//! says (narrowing a request breaks, narrowing a response does not; widening a response is
//! at least a warning).

use std::collections::BTreeMap;

use accord_diff::{CHECKS, ChangeAction, Direction};
use accord_report::ChangeLevel;

/// Gaps in the request/response symmetry, and why they are not gaps.
const DIRECTION_GAPS: &[(&str, &str)] = &[
    (
        "request-parameter-default-changed",
        "parameters exist only in requests; a response default changing is response-default-changed",
    ),
    (
        "request-composition-added-compatible",
        "a composition added to a response narrows it: response-composition-added is info whatever old values do",
    ),
    (
        "response-composition-removed-compatible",
        "a composition removed from a request widens it: request-composition-removed is info whatever the new shape is",
    ),
    (
        "extensible-enum-value-added",
        "a value added to a request's extensible enum is request-enum-value-added (info already)",
    ),
    (
        "request-parameter-added",
        "parameters exist only in requests; response headers are their counterpart (response-header-*)",
    ),
    ("request-parameter-removed", "see request-parameter-added"),
    (
        "request-parameter-became-required",
        "see request-parameter-added",
    ),
    (
        "request-parameter-became-optional",
        "see request-parameter-added",
    ),
    (
        "request-parameter-deprecated",
        "see request-parameter-added",
    ),
    (
        "request-parameter-style-changed",
        "serialisation styles exist only for parameters",
    ),
    (
        "new-required-request-parameter",
        "see request-parameter-added",
    ),
    (
        "request-body-added",
        "a response is keyed by status, not by body presence: response-status-added",
    ),
    (
        "request-body-removed",
        "see request-body-added: response-success-status-removed",
    ),
    (
        "request-body-became-required",
        "responses have no `required` body",
    ),
    (
        "request-body-became-optional",
        "responses have no `required` body",
    ),
    ("new-required-request-body", "see request-body-added"),
    (
        "new-required-request-property",
        "a client cannot tell a new required response property from an optional one: both are response-property-added (info)",
    ),
    ("response-status-added", "requests have no status"),
    ("response-success-status-removed", "requests have no status"),
    (
        "response-non-success-status-removed",
        "requests have no status",
    ),
    (
        "response-header-added",
        "request headers are parameters (request-parameter-*)",
    ),
    (
        "response-required-header-removed",
        "request headers are parameters",
    ),
    (
        "response-optional-header-removed",
        "request headers are parameters",
    ),
    (
        "response-header-became-optional",
        "request headers are parameters",
    ),
    (
        "response-header-became-required",
        "request headers are parameters",
    ),
];

/// Gaps in the added/removed (narrowed/widened, …) symmetry, and why.
const ACTION_GAPS: &[(&str, &str)] = &[
    (
        "extensible-enum-value-added",
        "a value removed from an extensible enum is judged like any enum value removed",
    ),
    (
        "request-composition-added-compatible",
        "a composition removed from a request always widens it: request-composition-removed",
    ),
    (
        "response-composition-removed-compatible",
        "a composition added to a response always narrows it: response-composition-added",
    ),
    (
        "security-alternative-relaxed",
        "the removal side of security-alternative-added; an alternative added is never \
         breaking, so it needs no split",
    ),
    (
        "request-parameter-deprecated",
        "un-deprecating a parameter changes nothing for clients",
    ),
    (
        "request-property-deprecated",
        "un-deprecating a property changes nothing for clients",
    ),
    (
        "response-property-deprecated",
        "un-deprecating a property changes nothing for clients",
    ),
    (
        "request-property-added",
        "its counterpart is request-property-removed (required or not: the server ignores it either way)",
    ),
    (
        "new-required-request-property",
        "its counterpart is request-property-removed",
    ),
    (
        "new-required-request-parameter",
        "its counterpart is request-parameter-removed",
    ),
    (
        "new-required-request-body",
        "its counterpart is request-body-removed",
    ),
    (
        "response-status-added",
        "removed statuses are split by class: response-success-status-removed, response-non-success-status-removed",
    ),
    (
        "response-success-status-removed",
        "added statuses are one check: response-status-added",
    ),
    (
        "response-non-success-status-removed",
        "added statuses are one check: response-status-added",
    ),
    (
        "response-header-added",
        "removed headers are split by required: response-required-header-removed, response-optional-header-removed",
    ),
    (
        "response-required-header-removed",
        "added headers are one check: response-header-added",
    ),
    (
        "response-optional-header-removed",
        "added headers are one check: response-header-added",
    ),
    (
        "deprecated-operation-removed",
        "removal of a deprecated operation is split by sunset; its counterpart is operation-added",
    ),
    (
        "operation-removed-before-sunset",
        "see deprecated-operation-removed",
    ),
    (
        "operation-removed-after-sunset",
        "see deprecated-operation-removed",
    ),
    (
        "exception-expired",
        "not a contract change: produced by the exception list",
    ),
];

fn direction_twin(id: &str) -> Option<String> {
    for (a, b) in [("request-", "response-"), ("received-", "sent-")] {
        if let Some(rest) = id.strip_prefix(a) {
            return Some(format!("{b}{rest}"));
        }
        if let Some(rest) = id.strip_prefix(b) {
            return Some(format!("{a}{rest}"));
        }
    }
    None
}

fn action_twin(id: &str) -> Option<String> {
    let pairs = [
        ("-added-to-", "-removed-from-"),
        ("became-required", "became-optional"),
        ("became-nullable", "no-longer-nullable"),
        ("became-read-only", "no-longer-read-only"),
        ("became-write-only", "no-longer-write-only"),
        ("-undeprecated", "-deprecated"),
        ("-narrowed", "-widened"),
        ("-added", "-removed"),
    ];
    for (a, b) in pairs {
        if id.contains(a) {
            return Some(id.replacen(a, b, 1));
        }
        if id.contains(b) {
            return Some(id.replacen(b, a, 1));
        }
    }
    None
}

#[test]
fn taxonomy_is_symmetric_or_explained() {
    let ids: BTreeMap<&str, _> = CHECKS.iter().map(|c| (c.id, *c)).collect();
    let explained = |list: &[(&str, &str)], id: &str| list.iter().any(|(g, _)| *g == id);
    let mut gaps = Vec::new();
    for c in CHECKS {
        let directional = c.taxonomy.direction != Direction::Both;
        if directional && !explained(DIRECTION_GAPS, c.id) {
            match direction_twin(c.id) {
                Some(t) if ids.contains_key(t.as_str()) => {}
                other => gaps.push(format!("{}: no direction counterpart ({other:?})", c.id)),
            }
        }
        let paired = matches!(
            c.taxonomy.action,
            ChangeAction::Added
                | ChangeAction::Removed
                | ChangeAction::Narrowed
                | ChangeAction::Widened
        ) || c.id.contains("became-")
            || c.id.contains("no-longer-")
            || c.id.contains("deprecated");
        if paired && !explained(ACTION_GAPS, c.id) {
            match action_twin(c.id) {
                Some(t) if ids.contains_key(t.as_str()) => {}
                other => gaps.push(format!(
                    "{}: no added/removed counterpart ({other:?})",
                    c.id
                )),
            }
        }
        // the prefix agrees with the taxonomy
        if c.id.starts_with("request-") || c.id.starts_with("sent-") {
            assert_eq!(c.taxonomy.direction, Direction::Request, "{}", c.id);
        }
        if c.id.starts_with("response-") || c.id.starts_with("received-") {
            assert_eq!(c.taxonomy.direction, Direction::Response, "{}", c.id);
        }
    }
    for (id, _) in DIRECTION_GAPS.iter().chain(ACTION_GAPS) {
        assert!(ids.contains_key(id), "explained gap `{id}` is not a check");
    }
    assert!(gaps.is_empty(), "unexplained gaps:\n{}", gaps.join("\n"));
}

#[test]
fn direction_decides_the_level() {
    for c in CHECKS
        .iter()
        .filter(|c| c.id.starts_with("request-") || c.id.starts_with("response-"))
    {
        let t = c.taxonomy;
        match (t.direction, t.action) {
            (Direction::Request, ChangeAction::Narrowed) => {
                assert!(
                    c.level >= ChangeLevel::Breaking || c.id.contains("header"),
                    "{}",
                    c.id
                )
            }
            (Direction::Response, ChangeAction::Narrowed) => {
                assert_eq!(c.level, ChangeLevel::Info, "{}", c.id)
            }
            (Direction::Request, ChangeAction::Widened) => {
                assert_eq!(c.level, ChangeLevel::Info, "{}", c.id)
            }
            (Direction::Response, ChangeAction::Widened) => {
                assert!(c.level >= ChangeLevel::Warning, "{}", c.id)
            }
            _ => {}
        }
    }
    // a new response enum value is a warning, a new request one info
    assert_eq!(
        accord_diff::check("response-enum-value-added")
            .unwrap()
            .level,
        ChangeLevel::Warning
    );
    assert_eq!(
        accord_diff::check("request-enum-value-added")
            .unwrap()
            .level,
        ChangeLevel::Info
    );
}

//! Defects found while loading a document that still loads (exit 1, not 2).

use crate::loc::Loc;

/// A defect of a loaded document: dangling, cyclic, remote or escaping `$ref`s, values of the
/// wrong kind that were skipped, and structural rule violations found by `validate`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SpecFinding {
    /// Stable kebab-case code, e.g. `dangling-ref`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub loc: Loc,
}

/// How bad a [`SpecFinding`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// The codes a loader finding can carry, with one-line explanations (for `accord explain`).
pub const FINDING_CODES: &[(&str, &str)] = &[
    ("dangling-ref", "a `$ref` whose target does not exist"),
    (
        "cyclic-ref",
        "a chain of `$ref`s that loops without reaching a definition",
    ),
    (
        "remote-ref",
        "a `$ref` to an http(s) URL: never fetched, its target is treated as unknown",
    ),
    (
        "escaping-ref",
        "a relative file `$ref` that leaves the contract repository (`--root`, else the folder of `accord.toml`, else the git work tree, else the document's folder): refused, never read",
    ),
    (
        "unreadable-ref",
        "a relative file `$ref` whose file cannot be read or parsed",
    ),
    (
        "invalid-value",
        "a value of the wrong kind where the specification requires another; skipped",
    ),
    (
        "lenient-value",
        "a value accepted leniently (a boolean written as a string)",
    ),
    (
        "structure",
        "the document does not follow the OpenAPI/AsyncAPI structure",
    ),
    (
        "duplicate-operation-id",
        "two operations share an operationId",
    ),
    (
        "undeclared-path-parameter",
        "a path template variable without a path parameter, or the reverse",
    ),
    (
        "invalid-status-code",
        "a response key that is not an HTTP status code, a range like 4XX, or default",
    ),
    (
        "invalid-example",
        "an example that does not validate against its schema",
    ),
    (
        "overlay-target-unmatched",
        "an overlay action whose JSONPath target selects nothing in the contract: it changes nothing",
    ),
    (
        "overlay-target-primitive",
        "an overlay action whose target selects primitive values (or the whole document), which Overlay 1.0 does not update or remove",
    ),
    (
        "overlay-incompatible-update",
        "an overlay update that merges an object into a primitive, an array into an object, or the like",
    ),
    (
        "overlay-extends-mismatch",
        "an overlay whose relative `extends` names another contract than the one it is applied to",
    ),
];

//! The structural check of OpenAPI 3.0 documents against the `openapiv3` object model: a
//! document that our lenient builders read may still break the specification's structure
//! (a string where a boolean belongs, an unknown field where only `x-` keys are allowed).
//! Reported as a finding with the place it happens, for `accord validate`, unless the
//! loader already reported that value (`invalid-value`, `lenient-value`) at its own line.

use crate::finding::{Severity, SpecFinding};
use crate::loc::Loc;
use crate::model::{Contract, DocumentKind};
use crate::pointer;

/// Deserialises the root document into `openapiv3::OpenAPI` and reports where it fails.
pub(crate) fn check(contract: &Contract) -> Vec<SpecFinding> {
    if contract.kind != DocumentKind::OpenApi30 {
        return Vec::new();
    }
    let root = &contract.sources.files[0].root;
    let json = root.to_json();
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(json) {
        Ok(_) => Vec::new(),
        Err(err) if already_reported(contract, &err) => Vec::new(),
        Err(err) => {
            let segments: Vec<String> = err
                .path()
                .iter()
                .filter_map(|seg| match seg {
                    serde_path_to_error::Segment::Map { key } => Some(key.clone()),
                    serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
                    _ => None,
                })
                .collect();
            let node = root.walk_nearest(&segments);
            let ptr: String = segments.iter().map(|s| pointer::push("", s)).collect();
            let message = format!(
                "does not match the OpenAPI 3.0 structure at `{}`: {}",
                if ptr.is_empty() { "/" } else { &ptr },
                err.inner()
            );
            vec![SpecFinding {
                code: "structure",
                severity: Severity::Error,
                message,
                loc: Loc::new(
                    contract.sources.overlay_of(&ptr).unwrap_or(contract.file()),
                    ptr,
                    node.span.line,
                    node.span.column,
                ),
            }]
        }
    }
}

/// Whether the loader already reported the value `err` is about: a value of the wrong kind
/// (`invalid-value`) or a boolean written as a string (`lenient-value`) in the root file,
/// below the pointer the error stops at, whose text the error quotes. One defect is one
/// finding, at the value's own line (and a lenient value stays the warning it is).
fn already_reported(
    contract: &Contract,
    err: &serde_path_to_error::Error<serde_json::Error>,
) -> bool {
    let error = err.inner().to_string();
    if !error.starts_with("invalid type") {
        return false;
    }
    let stop: String = err
        .path()
        .iter()
        .filter_map(|seg| match seg {
            serde_path_to_error::Segment::Map { key } => Some(pointer::push("", key)),
            serde_path_to_error::Segment::Seq { index } => Some(format!("/{index}")),
            _ => None,
        })
        .collect();
    let root = &contract.sources.files[0].root;
    contract.findings.iter().any(|f| {
        matches!(f.code, "invalid-value" | "lenient-value")
            && f.loc.file == *contract.file()
            && (f.loc.pointer == stop || f.loc.pointer.starts_with(&format!("{stop}/")))
            && root
                .at_pointer(&f.loc.pointer)
                .and_then(|node| node.as_str())
                .is_some_and(|text| error.contains(&format!("string {text:?}")))
    })
}

//! Defects found while loading a document that still loads (exit 1, not 2). Every code
//! has its own file in `finding/`, whose `//!` documentation is its page.

use crate::loc::Loc;

pub mod cyclic_ref;
pub mod dangling_ref;
pub mod duplicate_operation_id;
pub mod escaping_ref;
pub mod invalid_example;
pub mod invalid_status_code;
pub mod invalid_value;
pub mod lenient_value;
pub mod overlay_extends_mismatch;
pub mod overlay_incompatible_update;
pub mod overlay_target_primitive;
pub mod overlay_target_unmatched;
pub mod remote_ref;
pub mod structure;
pub mod undeclared_path_parameter;
pub mod unreadable_ref;

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

/// Lists every code module once and derives the tables below from that one list.
macro_rules! codes {
    ($($code:ident),* $(,)?) => {
        /// The codes a loader finding can carry, with one-line explanations (for `accord
        /// explain` and `accord validate`'s help).
        pub const FINDING_CODES: &[(&str, &str)] = &[$(($code::CODE, $code::SUMMARY)),*];

        /// Every code with the severity it is usually reported at and the source of its file,
        /// whose `//!` documentation is its page (`accord explain`, `docs/loader/`).
        pub const FINDING_PAGES: &[(&str, Severity, &str)] = &[$((
            $code::CODE,
            $code::SEVERITY,
            include_str!(concat!("finding/", stringify!($code), ".rs")),
        )),*];
    };
}

codes!(
    dangling_ref,
    cyclic_ref,
    remote_ref,
    escaping_ref,
    unreadable_ref,
    invalid_value,
    lenient_value,
    structure,
    duplicate_operation_id,
    undeclared_path_parameter,
    invalid_status_code,
    invalid_example,
    overlay_target_unmatched,
    overlay_target_primitive,
    overlay_incompatible_update,
    overlay_extends_mismatch,
);

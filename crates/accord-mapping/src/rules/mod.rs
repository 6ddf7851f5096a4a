//! The mapping rules, one file per rule ID: each file's `//!` documentation is the rule's
//! page (`accord explain`, `docs/mapping/`), its `ID` what diagnostics carry and its
//! `SUMMARY` the one-line description. The checks themselves run in [`crate::validate`],
//! which reports each of them by these IDs.

pub mod array_mismatch;
pub mod duplicate_target;
pub mod enum_incomplete;
pub mod enum_invalid;
pub mod invalid_spec;
pub mod invalid_value;
pub mod outbound_missing_required;
pub mod outbound_read_only;
pub mod type_mismatch;
pub mod unknown_canonical_path;
pub mod unknown_operation;
pub mod unknown_transform;
pub mod unknown_vendor_path;
pub mod unknown_vendor_schema;
pub mod unloadable_contract;
pub mod unmapped_required;

/// Lists every rule module once, in the order validation runs the checks, and derives the
/// tables below from that one list.
macro_rules! rules {
    ($($rule:ident),* $(,)?) => {
        /// Every rule ID with its one-line summary, in the order validation runs the checks.
        pub const RULES: &[(&str, &str)] = &[$(($rule::ID, $rule::SUMMARY)),*];

        /// Every rule as an entry of Accord's one registry (`accord explain`,
        /// `docs/mapping/`): each rule file's `//!` documentation is its page.
        pub fn finding_docs() -> Vec<accord_report::registry::FindingDoc> {
            vec![$({
                let mut doc = accord_report::registry::FindingDoc::from_module_doc(
                    $rule::ID,
                    accord_report::registry::FindingKind::Mapping,
                    "error",
                    "0.1.0",
                    include_str!(concat!(stringify!($rule), ".rs")),
                );
                doc.summary = $rule::SUMMARY.to_string();
                doc
            }),*]
        }
    };
}

rules!(
    invalid_spec,
    unknown_transform,
    unloadable_contract,
    unknown_vendor_schema,
    unknown_operation,
    unknown_vendor_path,
    unknown_canonical_path,
    array_mismatch,
    type_mismatch,
    enum_incomplete,
    enum_invalid,
    invalid_value,
    unmapped_required,
    duplicate_target,
    outbound_missing_required,
    outbound_read_only,
);

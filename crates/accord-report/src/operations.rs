//! Where a contract declares each operation, for findings that name an operation but come
//! from no line of the contract (conformance failures): formats that need a line (SARIF,
//! whose results GitHub code scanning only shows at a line) point at the operation's.
//!
//! The CLI builds it from the loaded contract's source positions; a report rendered
//! without one keeps its operation names only.

use std::collections::BTreeMap;

use crate::model::Location;

/// `METHOD /path/{template}` → where the contract declares it, and the contract's file for
/// findings about no operation it declares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OperationLocations {
    /// The contract's root file, as the user named it.
    document: String,
    by_operation: BTreeMap<String, Location>,
}

impl OperationLocations {
    pub fn new(document: impl Into<String>) -> Self {
        OperationLocations {
            document: document.into(),
            by_operation: BTreeMap::new(),
        }
    }

    /// Records where `operation` (`METHOD /path`) is declared; the first declaration wins.
    pub fn insert(&mut self, operation: impl Into<String>, location: Location) {
        self.by_operation
            .entry(operation.into())
            .or_insert(location);
    }

    /// Where `operation` is declared, else the document itself (line 1).
    pub fn locate(&self, operation: &str) -> Location {
        self.by_operation
            .get(operation)
            .cloned()
            .unwrap_or_else(|| Location::new(self.document.as_str(), 1, 0, ""))
    }
}

//! Where a contract declares each operation and each event channel, for findings that name
//! one but come from no line of the contract (conformance and event failures): formats that
//! need a line (SARIF, whose results GitHub code scanning only shows at a line) point at
//! the declaration's.
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
    /// Event channel (AsyncAPI channel, webhook or callback key) → its declaration.
    by_channel: BTreeMap<String, Location>,
}

impl OperationLocations {
    pub fn new(document: impl Into<String>) -> Self {
        OperationLocations {
            document: document.into(),
            by_operation: BTreeMap::new(),
            by_channel: BTreeMap::new(),
        }
    }

    /// Records where `operation` (`METHOD /path`) is declared; the first declaration wins.
    pub fn insert(&mut self, operation: impl Into<String>, location: Location) {
        self.by_operation
            .entry(operation.into())
            .or_insert(location);
    }

    /// Records where event channel `channel` is declared; the first declaration wins.
    pub fn insert_channel(&mut self, channel: impl Into<String>, location: Location) {
        self.by_channel.entry(channel.into()).or_insert(location);
    }

    /// Where `operation` is declared, else the document itself (line 1).
    pub fn locate(&self, operation: &str) -> Location {
        self.by_operation
            .get(operation)
            .cloned()
            .unwrap_or_else(|| self.document_start())
    }

    /// Where event channel `channel` is declared, else the document itself (line 1): an
    /// event of no known channel is a finding about the contract as a whole.
    pub fn locate_channel(&self, channel: &str) -> Location {
        self.by_channel
            .get(channel)
            .cloned()
            .unwrap_or_else(|| self.document_start())
    }

    fn document_start(&self) -> Location {
        Location::new(self.document.as_str(), 1, 0, "")
    }
}

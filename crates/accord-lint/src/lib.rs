//! Governance rules over the Contract model.

//! Overlays in the gate: a contract entry's `overlays` apply, in order, to the contract and
//! to its baseline before any stage reads them, so lint, diff, mapping validation, client
//! generation and conformance all see the contract as the integration sees it. A tenant's
//! view applies the tenant's overlays after the contract's (`tenants.rs`).

use std::path::Path;

use accord_spec::{Contract, FileProvider, LoadError, Overlay};

use super::stages::Shared;
use crate::config::{ContractEntry, TenantEntry};

/// Loads the contract at `path` through `provider` with `entry`'s overlays applied, then
/// `tenant`'s when given.
pub fn load_entry(
    shared: &Shared,
    entry: &ContractEntry,
    tenant: Option<&TenantEntry>,
    path: &Path,
    provider: &dyn FileProvider,
) -> Result<Contract, LoadError> {
    let overlays = entry
        .overlay_paths()
        .chain(tenant.into_iter().flat_map(TenantEntry::overlay_paths))
        .map(|p| Overlay::load(&shared.loaded.resolve(p)))
        .collect::<Result<Vec<_>, _>>()?;
    accord_spec::load_overlaid(path, provider, &accord_spec::Limits::default(), &overlays)
}

//! Vendor-to-canonical mapping specs: loading, validation, coverage and impact.

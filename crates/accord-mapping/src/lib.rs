//! Vendor-to-canonical mapping specs: loading, validation, coverage and impact.
//!
//! A mapping file (format: contracts/README.md, "Mapping format reference"; summary:
//! [`docs::EXPLAIN_MAPPING`]) maps one vendor object to one canonical object field by field.
//! [`load_mapping`] reads it with locations; [`validate`] checks it against the contracts it
//! names (loaded once each through [`Contracts`]); [`validate_against`] checks it against
//! another vendor version; [`coverage`] says which vendor supplies each canonical field;
//! [`usages`] lists what each mapping reads, for `accord diff`'s `affects`.
//!
//! Modules: `spec` (format, located parse), `load` (contract cache, relative paths),
//! `paths` (path grammar and resolution through the schema arena), `transforms` (the
//! catalogue), `rules` (one file per rule ID, whose doc is its page), `validate` (one
//! function per check), `coverage`, `usage`, `docs`.

pub mod coverage;
pub mod docs;
pub mod load;
pub mod paths;
pub mod rules;
pub mod spec;
pub mod transforms;
pub mod usage;
pub mod validate;

pub use coverage::{
    COVERAGE_FORMAT, CoverageReport, FieldCoverage, ObjectCoverage, Supplier, coverage,
};
pub use load::Contracts;
pub use rules::RULES;
pub use spec::{
    Direction, Field, Located, MappingSpec, Source, Table, Transform, load_mapping, parse_mapping,
};
pub use usage::{FieldUsage, MappingUsage, usage, usages};
pub use validate::{validate, validate_against};

//! `unknown_schema_version`: the event declares a schema version the contract does not
//! describe.
//!
//! # What it checks
//! The envelope's schema version (`schemaVersion`, `schema_version`, `version`) must be one
//! a consumer built from this contract understands. With `x-accord-envelope:
//! schemaVersions: [...]` the list is exact. Otherwise the known versions are the field's
//! `const`/`enum`, the values in the message's examples and `info.version`; a
//! `major.minor` version is also known when it has the same major as a known one and a
//! minor no greater (additive minor versions are backwards compatible), so `1.2` is known
//! to a `1.3` contract but `1.4` and `2.0` are not. Without any known version (or a
//! version that is not a number) the check does not judge.
//!
//! # Why it matters
//! A newer or incompatible schema version means the producer changed the contract ahead
//! of the consumer: fields it relies on may be renamed or gone while the payload still
//! happens to validate.

use super::{Finding, first, shown};
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;
use crate::events::envelope::{major_minor, scalar_text};

pub const ID: &str = "unknown_schema_version";

/// Whether `version` is known to a consumer of `message`.
pub fn is_known(message: &EventMessage, version: &str) -> bool {
    if message.known_versions.is_empty() || message.known_versions.iter().any(|k| k == version) {
        return true;
    }
    if !message.envelope.schema_versions.is_empty() {
        return false;
    }
    let Some((major, minor)) = major_minor(version) else {
        return false;
    };
    message
        .known_versions
        .iter()
        .filter_map(|k| major_minor(k))
        .any(|(kmaj, kmin)| kmaj == major && minor <= kmin)
}

pub fn check(message: &EventMessage, event: &Captured) -> Option<Finding> {
    let (value, pointer) = first(event, &message.envelope.schema_version)?;
    let version = scalar_text(value)?;
    if is_known(message, &version) {
        return None;
    }
    Some(Finding::new(
        pointer,
        format!(
            "schema version `{}` is not one this contract describes (known: {})",
            shown(value),
            message.known_versions.join(", ")
        ),
    ))
}

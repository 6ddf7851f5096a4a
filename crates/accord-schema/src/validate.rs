//! Compiled validation of JSON values against schemas of the model, through the
//! `jsonschema` crate (draft 2020-12, ECMA-262 regular expressions via fancy-regex, formats
//! checked where known, nothing ever fetched).

use std::collections::HashMap;

use accord_spec::{Contract, SchemaId};
use serde_json::Value;

use crate::translate::{Direction, translate};

/// One reason a value is invalid.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ValidationIssue {
    /// JSON pointer into the validated value.
    pub pointer: String,
    pub message: String,
}

/// A compiled schema.
pub struct Validator {
    inner: Option<jsonschema::Validator>,
}

impl Validator {
    /// Compiles the schema `id` of `contract` for `direction`. A schema the validator cannot
    /// compile (an invalid regex, say) validates everything rather than failing the caller.
    pub fn new(contract: &Contract, id: SchemaId, direction: Direction) -> Validator {
        let document = translate(contract, id, direction);
        let inner = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .with_pattern_options(
                jsonschema::PatternOptions::fancy_regex().backtrack_limit(100_000),
            )
            .build(&document)
            .ok();
        Validator { inner }
    }

    /// Whether the schema compiled (an uncompilable one accepts everything).
    pub fn is_compiled(&self) -> bool {
        self.inner.is_some()
    }

    pub fn is_valid(&self, value: &Value) -> bool {
        self.inner.as_ref().is_none_or(|v| v.is_valid(value))
    }

    /// Every issue, sorted by pointer.
    pub fn issues(&self, value: &Value) -> Vec<ValidationIssue> {
        let Some(inner) = &self.inner else {
            return Vec::new();
        };
        let mut out: Vec<ValidationIssue> = inner
            .iter_errors(value)
            .map(|e| ValidationIssue {
                pointer: e.instance_path.to_string(),
                message: e.to_string(),
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Compiled validators by schema and direction, for callers that validate many values.
#[derive(Default)]
pub struct ValidatorCache {
    compiled: HashMap<(SchemaId, Direction), Validator>,
}

impl ValidatorCache {
    pub fn get(&mut self, contract: &Contract, id: SchemaId, direction: Direction) -> &Validator {
        self.compiled
            .entry((id, direction))
            .or_insert_with(|| Validator::new(contract, id, direction))
    }
}

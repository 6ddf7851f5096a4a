//! Compiled validation of JSON values against schemas of the model, through the
//! `jsonschema` crate (draft 2020-12, ECMA-262 regular expressions via fancy-regex, formats
//! checked where known, nothing ever fetched).

use std::collections::HashMap;

use accord_spec::{Contract, SchemaId};
use serde_json::Value;

use crate::translate::{Direction, translate, translate_batch, translate_for};

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
        Validator::compile(&translate(contract, id, direction))
    }

    /// A validator of schema `id` that is only ever used on `values`: it compiles just the
    /// subschemas validating them evaluates, and judges each of them exactly as
    /// [`Validator::new`] would.
    pub fn for_values(
        contract: &Contract,
        id: SchemaId,
        direction: Direction,
        values: &[&Value],
    ) -> Validator {
        Validator::compile(&translate_for(contract, id, direction, values))
    }

    /// A validator of arrays whose element `i` is `items[i].1` judged by schema `items[i].0`
    /// (see [`Validator::issues_per_item`]): each schema shared by several items is compiled
    /// once, and each item is judged exactly as [`Validator::for_values`] judges it.
    pub fn for_items(
        contract: &Contract,
        direction: Direction,
        items: &[(SchemaId, &Value)],
    ) -> Validator {
        Validator::compile(&translate_batch(contract, direction, items))
    }

    /// The issues of each element of `array` (validated by a [`Validator::for_items`]
    /// validator), by element index, with pointers into the element; elements without
    /// issues are absent.
    pub fn issues_per_item(&self, array: &Value) -> HashMap<usize, Vec<ValidationIssue>> {
        let mut out: HashMap<usize, Vec<ValidationIssue>> = HashMap::new();
        if self.is_valid(array) {
            return out;
        }
        for issue in self.issues(array) {
            let rest = issue.pointer.strip_prefix('/').unwrap_or(&issue.pointer);
            let (index, pointer) = rest.split_once('/').map_or((rest, ""), |(i, p)| (i, p));
            let Ok(index) = index.parse::<usize>() else {
                // An issue with the array itself cannot happen: it has exactly the items.
                continue;
            };
            let pointer = if pointer.is_empty() {
                String::new()
            } else {
                format!("/{pointer}")
            };
            out.entry(index).or_default().push(ValidationIssue {
                pointer,
                message: issue.message,
            });
        }
        out
    }

    fn compile(document: &Value) -> Validator {
        let inner = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .should_ignore_unknown_formats(true)
            .with_pattern_options(
                jsonschema::PatternOptions::fancy_regex().backtrack_limit(100_000),
            )
            .build(document)
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
                pointer: e.instance_path().to_string(),
                message: message(&e),
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// What a user reads for `error`. Every allowed value of an `enum` is named: the
/// validator's own message names two and counts the rest, and the value a producer should
/// have sent is usually among those it leaves out.
fn message(error: &jsonschema::ValidationError<'_>) -> String {
    match error.kind() {
        jsonschema::error::ValidationErrorKind::Enum { options } => {
            format!("{} is not one of {options}", error.instance())
        }
        _ => error.to_string(),
    }
}

/// Compiled validators by schema and direction, for callers that validate many values.
///
/// [`ValidatorCache::issues`] compiles a schema in full only once it has been used
/// [`FULL_COMPILE_AFTER`] times: before that each value gets a validator pruned to what it
/// reaches. A response of a large contract (Stripe's reach most of its 1,300 components) is
/// usually validated a handful of times, and compiling the whole reachable graph for each
/// of hundreds of operations is what made conformance slow and memory-hungry at scale.
#[derive(Default)]
pub struct ValidatorCache {
    compiled: HashMap<(SchemaId, Direction), Validator>,
    uses: HashMap<(SchemaId, Direction), usize>,
}

/// Uses of one schema after which [`ValidatorCache::issues`] compiles it in full.
pub const FULL_COMPILE_AFTER: usize = 8;

impl ValidatorCache {
    /// The full validator of `id`, compiled on first use.
    pub fn get(&mut self, contract: &Contract, id: SchemaId, direction: Direction) -> &Validator {
        self.compiled
            .entry((id, direction))
            .or_insert_with(|| Validator::new(contract, id, direction))
    }

    /// Every issue of `value` against `id`: the same issues as `get(..).issues(value)`,
    /// compiling only what `value` reaches until the schema has proved to be used often.
    pub fn issues(
        &mut self,
        contract: &Contract,
        id: SchemaId,
        direction: Direction,
        value: &Value,
    ) -> Vec<ValidationIssue> {
        let key = (id, direction);
        if let Some(full) = self.compiled.get(&key) {
            return full.issues(value);
        }
        let uses = self.uses.entry(key).or_insert(0);
        *uses += 1;
        if *uses >= FULL_COMPILE_AFTER {
            return self.get(contract, id, direction).issues(value);
        }
        Validator::for_values(contract, id, direction, &[value]).issues(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pruned and full validation agree, before and after the cache switches to the full
    /// validator.
    #[test]
    fn cached_issues_match_the_full_validator() {
        let contract = accord_spec::load_str(
            "c.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Order:\n      type: object\n      required: [id, lines]\n      properties:\n        id: {type: string, pattern: '^o_'}\n        lines: {type: array, items: {$ref: '#/components/schemas/Line'}}\n        note: {$ref: '#/components/schemas/Note'}\n    Line:\n      type: object\n      required: [qty]\n      properties:\n        qty: {type: integer, minimum: 1}\n    Note: {type: string, maxLength: 3}\n",
        )
        .unwrap();
        let id = contract.components["Order"];
        let values = [
            serde_json::json!({"id": "x", "lines": [{"qty": 0}, {}], "note": "long"}),
            serde_json::json!({"id": "o_1", "lines": []}),
            serde_json::json!({"lines": "no"}),
        ];
        let full = Validator::new(&contract, id, Direction::Response);
        let mut cache = ValidatorCache::default();
        for round in 0..2 * FULL_COMPILE_AFTER {
            let value = &values[round % values.len()];
            assert_eq!(
                cache.issues(&contract, id, Direction::Response, value),
                full.issues(value),
                "round {round}: {value}"
            );
        }
        assert!(!full.issues(&values[0]).is_empty());
    }
}

//! The one sample-value generator: a deterministic value for a schema that validates
//! against it, built within node and depth budgets whatever the schema (recursive,
//! Stripe-sized, contradictory).
//!
//! What a value is made of, in order: `const`; the first non-null `enum` value (item `k`
//! of a `uniqueItems` array takes the `k`-th); the schema's own `example`, `examples` or
//! `default` when it validates against the schema (one that does not is left out and
//! reported as a [`ReplacedExample`]); for `oneOf`/`anyOf`, the first member whose value,
//! with the parent's own members and the discriminator's tag, validates against the whole
//! schema (members that would re-enter a schema being built are tried last); else a value
//! of the schema's type built from its constraints: `allOf` folded in, `format`s, `pattern`
//! (drawn by `rand_regex` from the pattern's `regex-syntax` parse, see `pattern`), length,
//! numeric and item-count bounds, `multipleOf`, `required`, `dependentRequired`,
//! `minProperties`, `prefixItems`, `contains`, nullability. `readOnly` members are left out
//! of requests and `writeOnly` ones out of responses.
//!
//! Budgets ([`SampleOptions`]): optional members and a first array item are built only
//! near the root (`optional_depth`), while few nodes are built (`optional_nodes`), and
//! never when they re-enter a schema being built (a recursive schema stops at its first
//! optional cycle); past `max_depth` or `max_nodes` generation stops and says so.
//!
//! Every value is checked by the crate's own [`Validator`]; what could not be met is an
//! [`Unmet`] of the [`Sample`], never silently a wrong value. The seed only feeds the
//! pattern draws: one seed, one value.

mod pattern;
mod scalar;

use std::collections::HashMap;

use accord_spec::{Additional, Contract, JsonType, Schema, SchemaId};
use rand::SeedableRng;
use rand::rngs::StdRng;

pub use scalar::format_example;
use serde_json::{Map, Value};

use crate::translate::Direction;
use crate::validate::{ValidationIssue, Validator};

/// Bounds and choices of one generation.
#[derive(Clone, Debug)]
pub struct SampleOptions {
    /// Seeds the pattern draws.
    pub seed: u64,
    /// Values (nodes) one sample may build in all.
    pub max_nodes: usize,
    /// Deepest nesting a sample may reach (a required member that recurses stops here).
    pub max_depth: usize,
    /// Depth below which optional members and a first array item are built.
    pub optional_depth: usize,
    /// Nodes after which only required members and minimum items are built.
    pub optional_nodes: usize,
    /// Whether a schema's own valid `example`, `examples` or `default` is its value.
    pub use_examples: bool,
}

impl Default for SampleOptions {
    fn default() -> Self {
        SampleOptions {
            seed: 0,
            max_nodes: 20_000,
            max_depth: 48,
            optional_depth: 8,
            optional_nodes: 2_000,
            use_examples: true,
        }
    }
}

impl SampleOptions {
    /// The smallest valid value: required members only, the fewest array items, no
    /// examples (a record whose every other member is the caller's to add).
    pub fn minimal() -> Self {
        SampleOptions {
            optional_depth: 0,
            optional_nodes: 0,
            use_examples: false,
            ..SampleOptions::default()
        }
    }

    /// The default budgets with `seed`.
    pub fn seeded(seed: u64) -> Self {
        SampleOptions {
            seed,
            ..SampleOptions::default()
        }
    }
}

/// A generated value and what it took.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub value: Value,
    /// Schemas whose own example (or default) violates them, where the value holds a
    /// generated one instead.
    pub replaced_examples: Vec<ReplacedExample>,
    /// What the value does not meet; empty when it validates against its schema.
    pub unmet: Vec<Unmet>,
}

impl Sample {
    /// Whether the value validates against its schema.
    pub fn is_valid(&self) -> bool {
        self.unmet.is_empty()
    }
}

/// A schema's own example left out because it violates the schema.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplacedExample {
    /// JSON pointer of the slot in the generated value.
    pub pointer: String,
    /// The example's first issue, its pointer into the generated value.
    pub issue: ValidationIssue,
}

impl std::fmt::Display for ReplacedExample {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |p: &str| {
            if p.is_empty() {
                "/".to_string()
            } else {
                p.to_string()
            }
        };
        write!(
            f,
            "the example of the schema at {} violates it ({}: {})",
            shown(&self.pointer),
            shown(&self.issue.pointer),
            self.issue.message
        )
    }
}

/// Why a generated value falls short of its schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnmetKind {
    /// The schema admits no value (`false`, an empty `enum`, contradictory bounds).
    Unsatisfiable,
    /// A value needs more nodes or depth than the budgets allow (a required cycle).
    OverBudget,
    /// A `pattern` the generator cannot read (ECMA-262 look-arounds, back-references).
    UnreadablePattern,
    /// The value was built but the validator rejects it.
    Invalid,
}

/// One thing a generated value does not meet.
#[derive(Clone, Debug, PartialEq)]
pub struct Unmet {
    pub kind: UnmetKind,
    /// JSON pointer into the value.
    pub pointer: String,
    pub reason: String,
}

/// A sample value for `id`, for `direction` (`readOnly` properties are left out of
/// requests, `writeOnly` ones out of responses), with the default budgets and seed 0: the
/// best value found, valid whenever [`generate`] finds one.
pub fn sample(contract: &Contract, id: SchemaId, direction: Direction) -> Value {
    generate(contract, id, direction, &SampleOptions::default()).value
}

/// A sample value for `id`, checked against the schema.
pub fn generate(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    options: &SampleOptions,
) -> Sample {
    let mut sampler = Sampler {
        contract,
        direction,
        options,
        rng: StdRng::seed_from_u64(options.seed),
        nodes: 0,
        path: Vec::new(),
        building: Vec::new(),
        example_issues: HashMap::new(),
        replaced_examples: Vec::new(),
        unmet: Vec::new(),
    };
    let value = sampler.node(id, 0);
    let mut unmet = sampler.unmet;
    if unmet.is_empty() {
        let validator = Validator::for_values(contract, id, direction, &[&value]);
        unmet.extend(validator.issues(&value).into_iter().map(|issue| Unmet {
            kind: UnmetKind::Invalid,
            pointer: issue.pointer,
            reason: issue.message,
        }));
    }
    Sample {
        value,
        replaced_examples: sampler.replaced_examples,
        unmet,
    }
}

/// Largest `minItems` or `minProperties` the generator builds to.
const MAX_MEMBERS: u64 = 1_000;
/// Members of a `oneOf`/`anyOf` tried before the first one is kept.
const MAX_ALTERNATIVES: usize = 12;

struct Sampler<'c> {
    contract: &'c Contract,
    direction: Direction,
    options: &'c SampleOptions,
    rng: StdRng,
    nodes: usize,
    /// Pointer segments (escaped) of the value being built.
    path: Vec<String>,
    /// Schemas being built, outermost first: re-entering one is a cycle.
    building: Vec<SchemaId>,
    /// (schema, index among its example, examples, default) → the first issue, if invalid.
    example_issues: HashMap<(SchemaId, usize), Option<ValidationIssue>>,
    replaced_examples: Vec<ReplacedExample>,
    unmet: Vec<Unmet>,
}

/// Where generation stood, to take back a `oneOf` member that did not validate.
struct Mark {
    nodes: usize,
    replaced: usize,
    unmet: usize,
}

impl Sampler<'_> {
    fn pointer(&self) -> String {
        self.path.iter().map(|s| format!("/{s}")).collect()
    }

    fn fail(&mut self, kind: UnmetKind, reason: String) {
        let pointer = self.pointer();
        self.unmet.push(Unmet {
            kind,
            pointer,
            reason,
        });
    }

    fn mark(&self) -> Mark {
        Mark {
            nodes: self.nodes,
            replaced: self.replaced_examples.len(),
            unmet: self.unmet.len(),
        }
    }

    fn rewind(&mut self, mark: &Mark) {
        self.replaced_examples.truncate(mark.replaced);
        self.unmet.truncate(mark.unmet);
        // Nodes stay spent: a rewound attempt used the budget all the same.
        let _ = mark.nodes;
    }

    /// Whether optional members and first array items are still built here.
    fn optional_allowed(&self) -> bool {
        self.path.len() < self.options.optional_depth && self.nodes < self.options.optional_nodes
    }

    fn hidden(&self, prop: SchemaId) -> bool {
        let p = self.contract.schemas.get(prop);
        self.direction == Direction::Request && p.read_only
            || self.direction == Direction::Response && p.write_only
    }

    fn is_valid(&self, id: SchemaId, value: &Value) -> bool {
        Validator::for_values(self.contract, id, self.direction, &[value]).is_valid(value)
    }

    /// The value of schema `id` at the current path.
    fn node(&mut self, id: SchemaId, ordinal: usize) -> Value {
        self.nodes += 1;
        if self.nodes > self.options.max_nodes {
            if self.nodes == self.options.max_nodes + 1 {
                let reason = format!("the value needs more than {} nodes", self.options.max_nodes);
                self.fail(UnmetKind::OverBudget, reason);
            }
            return Value::Null;
        }
        if self.path.len() > self.options.max_depth {
            let reason = format!(
                "required members nest deeper than {} levels (a required cycle)",
                self.options.max_depth
            );
            self.fail(UnmetKind::OverBudget, reason);
            return Value::Null;
        }
        let schema = self.contract.schemas.merged(id);
        if let Some(given) = self.given(id, &schema, ordinal) {
            return given;
        }
        self.building.push(id);
        let value = self.build(&schema, Some(id), &[id], ordinal);
        self.building.pop();
        value
    }

    /// The value a schema states: `const`, an `enum` value, else a valid example.
    fn given(&mut self, id: SchemaId, schema: &Schema, ordinal: usize) -> Option<Value> {
        if let Some(value) = stated(schema, ordinal) {
            return Some(value);
        }
        if !self.options.use_examples || ordinal > 0 {
            return None;
        }
        let candidates: Vec<&Value> = schema.examples.iter().chain(&schema.default).collect();
        for (index, candidate) in candidates.into_iter().enumerate() {
            let contract = self.contract;
            let direction = self.direction;
            let issue = self
                .example_issues
                .entry((id, index))
                .or_insert_with(|| {
                    Validator::for_values(contract, id, direction, &[candidate])
                        .issues(candidate)
                        .into_iter()
                        .next()
                })
                .clone();
            match issue {
                None => return Some(candidate.clone()),
                Some(issue) => {
                    let pointer = self.pointer();
                    self.replaced_examples.push(ReplacedExample {
                        issue: ValidationIssue {
                            pointer: format!("{pointer}{}", issue.pointer),
                            message: issue.message,
                        },
                        pointer,
                    });
                }
            }
        }
        None
    }

    /// A value built from the constraints of `schema` (`id` when it is a schema of the
    /// arena, not a combination made here), the merged view of `owners`: the schemas whose
    /// declarations of one property the view may have folded into one.
    fn build(
        &mut self,
        schema: &Schema,
        id: Option<SchemaId>,
        owners: &[SchemaId],
        ordinal: usize,
    ) -> Value {
        if schema.never {
            self.fail(
                UnmetKind::Unsatisfiable,
                "the schema is `false`: no value is valid".into(),
            );
            return Value::Null;
        }
        if schema.enum_values.as_ref().is_some_and(Vec::is_empty) {
            self.fail(
                UnmetKind::Unsatisfiable,
                "an empty `enum` admits no value".into(),
            );
            return Value::Null;
        }
        if !schema.one_of.is_empty() || !schema.any_of.is_empty() {
            return self.alternative(schema, id, ordinal);
        }
        match value_type(schema) {
            Some(JsonType::Object) => self.object(schema, owners),
            Some(JsonType::Array) => self.array(schema),
            Some(JsonType::String) => match scalar::string(schema, ordinal, &mut self.rng) {
                Ok(text) => Value::String(text),
                Err(reason) => {
                    let kind = if reason.contains("not one the generator reads") {
                        UnmetKind::UnreadablePattern
                    } else {
                        UnmetKind::Unsatisfiable
                    };
                    self.fail(kind, reason);
                    Value::String("string".into())
                }
            },
            Some(ty @ (JsonType::Integer | JsonType::Number)) => {
                match scalar::number(schema, ty == JsonType::Integer, ordinal) {
                    Ok(number) => number,
                    Err(reason) => {
                        self.fail(UnmetKind::Unsatisfiable, reason);
                        Value::from(1)
                    }
                }
            }
            Some(JsonType::Boolean) => Value::Bool(ordinal.is_multiple_of(2)),
            Some(JsonType::Null) => Value::Null,
            None if schema.is_nullable() => Value::Null,
            None if ordinal > 0 => Value::String(format!("value{ordinal}")),
            None => Value::String("value".into()),
        }
    }

    /// A value of one `oneOf`/`anyOf` member, with the parent's own members.
    fn alternative(&mut self, parent: &Schema, id: Option<SchemaId>, ordinal: usize) -> Value {
        let mut own = parent.clone();
        own.one_of.clear();
        own.any_of.clear();
        // The parent's examples were judged already; a combination states none.
        own.examples.clear();
        own.default = None;
        let has_own = !own.properties.is_empty() || !own.required.is_empty();
        let mut members: Vec<SchemaId> = if parent.one_of.is_empty() {
            parent.any_of.clone()
        } else {
            parent.one_of.clone()
        };
        // Members that re-enter a schema being built last (`anyOf: [Node, null]`).
        members.sort_by_key(|m| self.building.contains(m));
        members.truncate(MAX_ALTERNATIVES);
        self.first_valid(&members, |sampler, member| {
            let mut value = if has_own {
                let mut combined = own.clone();
                combined.conjoin(&sampler.contract.schemas.merged(member));
                sampler.building.push(member);
                let value = match stated(&combined, ordinal) {
                    Some(value) => value,
                    None => {
                        let owners: Vec<SchemaId> = id.into_iter().chain([member]).collect();
                        sampler.build(&combined, None, &owners, ordinal)
                    }
                };
                sampler.building.pop();
                value
            } else {
                sampler.node(member, ordinal)
            };
            if let (Some(d), Value::Object(map)) = (&parent.discriminator, &mut value) {
                let tag = d
                    .mapping
                    .iter()
                    .find(|(_, target)| **target == member)
                    .map(|(tag, _)| tag.clone())
                    .or_else(|| sampler.contract.schemas.get(member).name.clone());
                if let Some(tag) = tag {
                    map.insert(d.property_name.clone(), Value::String(tag));
                }
            }
            let valid = id.is_none_or(|id| sampler.is_valid(id, &value));
            (value, valid)
        })
    }

    /// The value of the first candidate that builds cleanly and that `build` judges valid;
    /// when none does, the first candidate's value, with what went wrong building it (the
    /// caller's final check says why it is invalid).
    fn first_valid(
        &mut self,
        candidates: &[SchemaId],
        mut build: impl FnMut(&mut Self, SchemaId) -> (Value, bool),
    ) -> Value {
        let mut first: Option<(Value, Vec<Unmet>, Vec<ReplacedExample>)> = None;
        for candidate in candidates {
            let mark = self.mark();
            let (value, valid) = build(self, *candidate);
            let clean = self.unmet.len() == mark.unmet;
            if clean && valid {
                return value;
            }
            if first.is_none() {
                first = Some((
                    value,
                    self.unmet[mark.unmet..].to_vec(),
                    self.replaced_examples[mark.replaced..].to_vec(),
                ));
            }
            self.rewind(&mark);
        }
        let Some((value, unmet, replaced)) = first else {
            return Value::Null;
        };
        self.unmet.extend(unmet);
        self.replaced_examples.extend(replaced);
        value
    }

    /// The value of property `name`, which the merged view of `owners` declares as `prop`.
    /// When several `allOf` members (or a schema and its `oneOf` member) declare the
    /// property, the merged view keeps the first declaration only, yet a value must satisfy
    /// all of them (PayPal narrows its generic error `details` to each operation's issues
    /// that way, Xero an NI category's letters per `oneOf` member): each declaration is
    /// tried in turn until its value satisfies every other.
    fn declared_member(&mut self, owners: &[SchemaId], name: &str, prop: SchemaId) -> Value {
        let mut declarations = vec![prop];
        let mut seen = Vec::new();
        for owner in owners {
            self.declarations(*owner, name, &mut seen, &mut declarations);
        }
        if declarations.len() < 2 {
            return self.member(name, prop, 0);
        }
        let all = declarations.clone();
        self.first_valid(&declarations, |sampler, declaration| {
            let value = sampler.member(name, declaration, 0);
            let valid = all.iter().all(|d| sampler.is_valid(*d, &value));
            (value, valid)
        })
    }

    /// Every schema declaring property `name` in `id` and its `allOf` members, once each.
    fn declarations(
        &self,
        id: SchemaId,
        name: &str,
        seen: &mut Vec<SchemaId>,
        out: &mut Vec<SchemaId>,
    ) {
        if seen.contains(&id) {
            return;
        }
        seen.push(id);
        let schema = self.contract.schemas.get(id);
        if let Some(prop) = schema.properties.get(name)
            && !out.contains(prop)
        {
            out.push(*prop);
        }
        for member in &schema.all_of {
            self.declarations(*member, name, seen, out);
        }
    }

    fn member(&mut self, segment: &str, id: SchemaId, ordinal: usize) -> Value {
        self.path
            .push(segment.replace('~', "~0").replace('/', "~1"));
        let value = self.node(id, ordinal);
        self.path.pop();
        value
    }

    /// The value of a property the schema requires by name: its declared schema, else
    /// the `patternProperties` or `additionalProperties` schema that admits it.
    fn named_member(&mut self, schema: &Schema, name: &str) -> Value {
        if let Some(prop) = schema.properties.get(name) {
            return self.member(name, *prop, 0);
        }
        let by_pattern = schema
            .pattern_properties
            .iter()
            .find(|(pattern, _)| regex::Regex::new(pattern).is_ok_and(|re| re.is_match(name)))
            .map(|(_, id)| *id);
        match (by_pattern, schema.additional) {
            (Some(id), _) | (None, Additional::Schema(id)) => self.member(name, id, 0),
            _ => Value::String("value".into()),
        }
    }

    /// An object of `schema`, the merged view of `owners`.
    fn object(&mut self, schema: &Schema, owners: &[SchemaId]) -> Value {
        let mut map = Map::new();
        let optional = self.optional_allowed();
        let max = schema.max_properties.map_or(usize::MAX, |m| m as usize);
        for (name, prop) in &schema.properties {
            if self.hidden(*prop) {
                continue;
            }
            let required = schema.is_required(name);
            if !required && (!optional || self.building.contains(prop) || map.len() >= max) {
                continue;
            }
            let value = self.declared_member(owners, name, *prop);
            map.insert(name.clone(), value);
        }
        let mut wanted: Vec<String> = schema.required.clone();
        // `dependentRequired` until nothing more is triggered.
        let mut index = 0;
        while index < wanted.len() {
            if let Some(needs) = schema.dependent_required.get(&wanted[index]) {
                for need in needs {
                    if !wanted.contains(need) {
                        wanted.push(need.clone());
                    }
                }
            }
            index += 1;
        }
        for name in &wanted {
            if !map.contains_key(name)
                && !schema.properties.get(name).is_some_and(|p| self.hidden(*p))
            {
                let value = self.named_member(schema, name);
                map.insert(name.clone(), value);
            }
        }
        let min = schema.min_properties.unwrap_or(0);
        if min > MAX_MEMBERS {
            self.fail(
                UnmetKind::OverBudget,
                format!("minProperties {min} is beyond the generator's budget"),
            );
        }
        // Optional declared members first, then extra ones where the schema allows them.
        let spare: Vec<(String, SchemaId)> = schema
            .properties
            .iter()
            .filter(|(name, prop)| !map.contains_key(*name) && !self.hidden(**prop))
            .map(|(name, prop)| (name.clone(), *prop))
            .collect();
        let mut spare = spare.into_iter();
        let mut extra = 0;
        while (map.len() as u64) < min.min(MAX_MEMBERS) {
            if let Some((name, prop)) = spare.next() {
                let value = self.member(&name, prop, 0);
                map.insert(name, value);
                continue;
            }
            extra += 1;
            let name = format!("property{extra}");
            let value = match schema.additional {
                Additional::Forbidden => {
                    self.fail(
                        UnmetKind::Unsatisfiable,
                        format!("minProperties {min} exceeds the properties allowed"),
                    );
                    break;
                }
                Additional::Schema(extra) => self.member(&name, extra, 0),
                Additional::Any => Value::String("value".into()),
            };
            map.insert(name, value);
        }
        if let Some(d) = &schema.discriminator
            && !map.contains_key(&d.property_name)
            && let Some((tag, _)) = d.mapping.first()
        {
            map.insert(d.property_name.clone(), Value::String(tag.clone()));
        }
        Value::Object(map)
    }

    fn array(&mut self, schema: &Schema) -> Value {
        let min = schema.min_items.unwrap_or(0);
        if min > MAX_MEMBERS {
            self.fail(
                UnmetKind::OverBudget,
                format!("minItems {min} is beyond the generator's budget"),
            );
            return Value::Array(Vec::new());
        }
        let min_contains = match schema.contains {
            Some(_) => schema.min_contains.unwrap_or(1),
            None => 0,
        };
        let recursive = schema
            .items
            .is_some_and(|items| self.building.contains(&items));
        let wanted = if self.optional_allowed() && !recursive {
            1
        } else {
            0
        };
        let mut n = min.max(min_contains).max(wanted);
        if let Some(max) = schema.max_items {
            n = n.min(max);
        }
        let mut items = Vec::new();
        for index in 0..n as usize {
            let item_schema = if (index as u64) < min_contains {
                schema.contains
            } else {
                schema.prefix_items.get(index).copied().or(schema.items)
            };
            let ordinal = if schema.unique_items { index } else { 0 };
            let value = match item_schema {
                Some(item) => self.member(&index.to_string(), item, ordinal),
                None if ordinal > 0 => Value::String(format!("value{ordinal}")),
                None => Value::String("value".into()),
            };
            items.push(value);
        }
        Value::Array(items)
    }
}

/// The value a schema fixes: its `const`, else an `enum` value (the first non-null one,
/// or the `ordinal`-th).
fn stated(schema: &Schema, ordinal: usize) -> Option<Value> {
    if let Some(value) = &schema.const_value {
        return Some(value.clone());
    }
    let values = schema.enum_values.as_ref()?;
    let non_null: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
    if non_null.is_empty() {
        return values.first().cloned();
    }
    Some(non_null[ordinal % non_null.len()].clone())
}

/// The JSON type a value of `schema` takes: its single declared type, else the richest
/// of several, else the one its keywords imply; `None` for any value.
fn value_type(schema: &Schema) -> Option<JsonType> {
    if let Some(ty) = schema.types.single() {
        return Some(ty);
    }
    let types = schema.types.without_null();
    if !types.is_any() {
        return [
            JsonType::Object,
            JsonType::Array,
            JsonType::String,
            JsonType::Integer,
            JsonType::Number,
            JsonType::Boolean,
        ]
        .into_iter()
        .find(|t| types.contains(*t));
    }
    if schema.types.contains(JsonType::Null) {
        return Some(JsonType::Null);
    }
    schema.implied_type()
}

#[cfg(test)]
mod tests;

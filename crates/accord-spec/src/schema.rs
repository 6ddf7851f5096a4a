//! The schema part of the Contract model: one normalised JSON Schema shape for OpenAPI 3.0,
//! OpenAPI 3.1, AsyncAPI payloads and standalone JSON Schema files.
//!
//! Schemas live in a [`SchemaArena`] and refer to each other by [`SchemaId`]. A `$ref` is
//! resolved at load time to the id of its target, so a renamed component or an inline schema
//! moved into `components` is the same structure, and recursive schemas are simply cycles of
//! ids. 3.0's `nullable`, 3.1's type arrays, `const`, `examples` and both forms of
//! `exclusiveMinimum` all land in the same fields here.

use indexmap::IndexMap;
use serde_json::Value;

use crate::loc::Loc;
use crate::model::Sources;
use crate::node::Node;
use crate::pointer;

/// Index of a schema in its contract's [`SchemaArena`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SchemaId(pub u32);

/// The JSON types a schema admits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Types(u8);

/// One JSON type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JsonType {
    Null,
    Boolean,
    Object,
    Array,
    Number,
    Integer,
    String,
}

impl JsonType {
    pub const ALL: [JsonType; 7] = [
        JsonType::Null,
        JsonType::Boolean,
        JsonType::Object,
        JsonType::Array,
        JsonType::Number,
        JsonType::Integer,
        JsonType::String,
    ];

    pub fn parse(name: &str) -> Option<JsonType> {
        Some(match name {
            "null" => JsonType::Null,
            "boolean" => JsonType::Boolean,
            "object" => JsonType::Object,
            "array" => JsonType::Array,
            "number" => JsonType::Number,
            "integer" => JsonType::Integer,
            "string" => JsonType::String,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            JsonType::Null => "null",
            JsonType::Boolean => "boolean",
            JsonType::Object => "object",
            JsonType::Array => "array",
            JsonType::Number => "number",
            JsonType::Integer => "integer",
            JsonType::String => "string",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl Types {
    /// No `type` keyword: any JSON value.
    pub const ANY: Types = Types(0);

    pub fn of(types: &[JsonType]) -> Types {
        Types(types.iter().fold(0, |acc, t| acc | t.bit()))
    }
    pub fn is_any(self) -> bool {
        self.0 == 0
    }
    pub fn contains(self, t: JsonType) -> bool {
        self.0 & t.bit() != 0
    }
    pub fn insert(&mut self, t: JsonType) {
        self.0 |= t.bit();
    }
    pub fn remove(&mut self, t: JsonType) {
        self.0 &= !t.bit();
    }
    /// The declared types, in a fixed order.
    pub fn iter(self) -> impl Iterator<Item = JsonType> {
        JsonType::ALL.into_iter().filter(move |t| self.contains(*t))
    }
    /// The declared types other than `null`.
    pub fn without_null(self) -> Types {
        Types(self.0 & !JsonType::Null.bit())
    }
    /// The single non-null type, if there is exactly one.
    pub fn single(self) -> Option<JsonType> {
        let mut it = self.without_null().iter();
        match (it.next(), it.next()) {
            (Some(t), None) => Some(t),
            _ => None,
        }
    }
    pub fn bits(self) -> u8 {
        self.0
    }
}

/// A numeric bound and whether it is exclusive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

/// What `additionalProperties` allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Additional {
    /// Absent or `true`: anything.
    #[default]
    Any,
    /// `false`: nothing beyond the declared properties.
    Forbidden,
    /// A schema every other property must match.
    Schema(SchemaId),
}

/// `discriminator` of a `oneOf`/`anyOf`.
#[derive(Clone, Debug, PartialEq)]
pub struct Discriminator {
    pub property_name: String,
    /// Value → schema, with `$ref` targets resolved.
    pub mapping: IndexMap<String, SchemaId>,
}

/// One normalised schema.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Schema {
    /// Where this schema is written (the target, for a schema reached through `$ref`).
    pub loc: Option<Loc>,
    /// The component name, for a schema defined under `components/schemas` (or `$defs`,
    /// or a standalone file's `title`).
    pub name: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
    pub types: Types,
    pub format: Option<String>,
    pub enum_values: Option<Vec<Value>>,
    pub const_value: Option<Value>,
    pub default: Option<Value>,
    pub examples: Vec<Value>,
    // objects
    pub properties: IndexMap<String, SchemaId>,
    pub required: Vec<String>,
    pub additional: Additional,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    // arrays
    pub items: Option<SchemaId>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    // strings
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    // numbers
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<f64>,
    // composition
    pub all_of: Vec<SchemaId>,
    pub one_of: Vec<SchemaId>,
    pub any_of: Vec<SchemaId>,
    pub not: Option<SchemaId>,
    pub discriminator: Option<Discriminator>,
    // JSON Schema 2020-12 applicators and assertions beyond OpenAPI 3.0
    /// `prefixItems` (or 2019-09's array form of `items`): the schema of each leading item.
    pub prefix_items: Vec<SchemaId>,
    pub contains: Option<SchemaId>,
    pub min_contains: Option<u64>,
    pub max_contains: Option<u64>,
    pub pattern_properties: IndexMap<String, SchemaId>,
    pub property_names: Option<SchemaId>,
    /// `dependentRequired` (and the list form of draft 4–7 `dependencies`).
    pub dependent_required: IndexMap<String, Vec<String>>,
    /// `dependentSchemas` (and the schema form of draft 4–7 `dependencies`).
    pub dependent_schemas: IndexMap<String, SchemaId>,
    pub if_schema: Option<SchemaId>,
    pub then_schema: Option<SchemaId>,
    pub else_schema: Option<SchemaId>,
    pub unevaluated_items: Option<SchemaId>,
    pub unevaluated_properties: Option<SchemaId>,
    pub content_media_type: Option<String>,
    pub content_encoding: Option<String>,
    pub content_schema: Option<SchemaId>,
    // annotations
    pub read_only: bool,
    pub write_only: bool,
    pub deprecated: bool,
    /// `x-*` keys.
    pub extensions: IndexMap<String, Value>,
    /// The schema could not be known: a remote or escaping `$ref`, a dangling one, or a
    /// payload in a schema format we do not read. Treated as "any value" by analysers.
    pub unknown: bool,
    /// `false` as a schema (3.1 / JSON Schema): no value is valid.
    pub never: bool,
}

impl Schema {
    /// Whether `null` is an allowed value (3.0 `nullable`, 3.1 `type: [.., null]`, or an
    /// enum listing `null`).
    pub fn is_nullable(&self) -> bool {
        self.types.contains(JsonType::Null)
            || self
                .enum_values
                .as_ref()
                .is_some_and(|v| v.iter().any(Value::is_null))
    }

    pub fn is_required(&self, property: &str) -> bool {
        self.required.iter().any(|r| r == property)
    }

    /// Where the `index`-th of [`Schema::examples`] is written, for findings about one
    /// example: `example` comes first, then the items of `examples` (the order the builder
    /// reads them in). `None` when the schema or that example cannot be found in `sources`.
    pub fn example_loc(&self, index: usize, sources: &Sources) -> Option<Loc> {
        let at = self.loc.as_ref()?;
        let node = sources.node(at)?;
        let single = node
            .get("example")
            .map(|n| (pointer::push(&at.pointer, "example"), n));
        let listed: Vec<(String, &Node)> = match node.get("examples") {
            Some(examples) => {
                let base = pointer::push(&at.pointer, "examples");
                match examples.as_seq() {
                    Some(items) => items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| (pointer::push(&base, &i.to_string()), item))
                        .collect(),
                    None => vec![(base, examples)],
                }
            }
            None => Vec::new(),
        };
        let (example_pointer, example) = single.into_iter().chain(listed).nth(index)?;
        Some(Loc::new(
            &at.file,
            example_pointer,
            example.span.line,
            example.span.column,
        ))
    }

    /// The type a schema without `type` implies by its keywords (`properties` an object,
    /// `items` an array, `pattern` a string, `minimum` a number), when they imply one.
    pub fn implied_type(&self) -> Option<JsonType> {
        if !self.properties.is_empty()
            || !self.required.is_empty()
            || self.additional != Additional::Any
            || self.min_properties.is_some()
        {
            Some(JsonType::Object)
        } else if self.items.is_some() || !self.prefix_items.is_empty() || self.min_items.is_some()
        {
            Some(JsonType::Array)
        } else if self.pattern.is_some()
            || self.format.is_some()
            || self.min_length.is_some()
            || self.max_length.is_some()
        {
            Some(JsonType::String)
        } else if self.minimum.is_some() || self.maximum.is_some() || self.multiple_of.is_some() {
            Some(JsonType::Number)
        } else {
            None
        }
    }

    /// Folds `part` in as `allOf` does (see [`SchemaArena::merged`]): properties, required
    /// names and alternatives added, constraints this schema lacks taken from `part`.
    pub fn conjoin(&mut self, part: &Schema) {
        merge_schema(self, part);
    }
}

/// All schemas of one contract.
#[derive(Clone, Debug, Default)]
pub struct SchemaArena {
    schemas: Vec<Schema>,
}

impl SchemaArena {
    pub fn get(&self, id: SchemaId) -> &Schema {
        &self.schemas[id.0 as usize]
    }
    pub fn len(&self) -> usize {
        self.schemas.len()
    }
    pub fn is_empty(&self) -> bool {
        self.schemas.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (SchemaId, &Schema)> {
        self.schemas
            .iter()
            .enumerate()
            .map(|(i, s)| (SchemaId(i as u32), s))
    }
    pub(crate) fn alloc(&mut self) -> SchemaId {
        self.schemas.push(Schema::default());
        SchemaId(self.schemas.len() as u32 - 1)
    }
    pub(crate) fn set(&mut self, id: SchemaId, schema: Schema) {
        self.schemas[id.0 as usize] = schema;
    }
    pub(crate) fn get_mut(&mut self, id: SchemaId) -> &mut Schema {
        &mut self.schemas[id.0 as usize]
    }

    /// The schema with `allOf` folded in: properties, required, types and constraints of every
    /// member merged into one view (recursively, cycle-safe). What diff, codegen and
    /// validation mean by "the object this schema describes".
    pub fn merged(&self, id: SchemaId) -> Schema {
        let mut seen = Vec::new();
        self.merge_into(id, &mut seen)
    }

    fn merge_into(&self, id: SchemaId, seen: &mut Vec<SchemaId>) -> Schema {
        let base = self.get(id);
        if base.all_of.is_empty() || seen.contains(&id) {
            return base.clone();
        }
        seen.push(id);
        let mut out = base.clone();
        out.all_of.clear();
        for member in &base.all_of {
            let part = self.merge_into(*member, seen);
            merge_schema(&mut out, &part);
        }
        seen.pop();
        out
    }
}

/// Folds `part` (an `allOf` member) into `out`: the conjunction of both, as far as a
/// flat schema can say it.
fn merge_schema(out: &mut Schema, part: &Schema) {
    if out.types.without_null().is_any() {
        // `nullable: true` beside a `$ref` or `allOf` (3.0 in practice): the member's types,
        // plus null.
        let nullable = out.types.contains(JsonType::Null);
        out.types = part.types;
        if nullable && !part.types.is_any() {
            out.types.insert(JsonType::Null);
        }
    } else if !part.types.is_any() {
        let both = Types(out.types.0 & part.types.0);
        // `integer` inside `number` is still integer.
        out.types = if both.is_any()
            && out.types.contains(JsonType::Number)
            && part.types.contains(JsonType::Integer)
        {
            Types::of(&[JsonType::Integer])
        } else if both.is_any() {
            out.types
        } else {
            both
        };
    }
    for (name, id) in &part.properties {
        out.properties.entry(name.clone()).or_insert(*id);
    }
    for r in &part.required {
        if !out.required.contains(r) {
            out.required.push(r.clone());
        }
    }
    macro_rules! take {
        ($($f:ident),*) => { $( if out.$f.is_none() { out.$f = part.$f.clone(); } )* };
    }
    take!(
        format,
        enum_values,
        const_value,
        default,
        items,
        min_items,
        max_items,
        min_length,
        max_length,
        pattern,
        minimum,
        maximum,
        multiple_of,
        min_properties,
        max_properties,
        discriminator,
        not,
        title,
        description,
        contains,
        min_contains,
        max_contains,
        property_names,
        if_schema,
        then_schema,
        else_schema,
        unevaluated_items,
        unevaluated_properties,
        content_media_type,
        content_encoding,
        content_schema
    );
    if out.prefix_items.is_empty() {
        out.prefix_items = part.prefix_items.clone();
    }
    for (k, v) in &part.pattern_properties {
        out.pattern_properties.entry(k.clone()).or_insert(*v);
    }
    for (k, v) in &part.dependent_required {
        out.dependent_required
            .entry(k.clone())
            .or_insert_with(|| v.clone());
    }
    for (k, v) in &part.dependent_schemas {
        out.dependent_schemas.entry(k.clone()).or_insert(*v);
    }
    if out.additional == Additional::Any {
        out.additional = part.additional;
    }
    out.one_of.extend(part.one_of.iter().copied());
    out.any_of.extend(part.any_of.iter().copied());
    out.read_only |= part.read_only;
    out.write_only |= part.write_only;
    out.deprecated |= part.deprecated;
    out.unknown |= part.unknown && part.properties.is_empty();
    out.never |= part.never;
    for (k, v) in &part.extensions {
        out.extensions.entry(k.clone()).or_insert_with(|| v.clone());
    }
}

#[cfg(test)]
mod tests {
    const CONTRACT: &str = "\
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Both:
      type: string
      examples: [b, c]
      example: a
    Listed:
      type: string
      examples:
        - x
    Lone:
      type: string
      examples: y
";

    /// `example` is the first example wherever it is written, then the items of `examples`
    /// (or a lone `examples` value), each located at its value.
    #[test]
    fn examples_are_located_in_the_builder_order() {
        let contract = crate::load_str("c.yaml", CONTRACT).expect("loads");
        let located = |name: &str| -> Vec<(String, u32, u32)> {
            let schema = contract.schemas.get(contract.components[name]);
            (0..=schema.examples.len())
                .filter_map(|i| schema.example_loc(i, &contract.sources))
                .map(|l| (l.pointer, l.line, l.column))
                .collect()
        };
        let both = "/components/schemas/Both";
        assert_eq!(
            located("Both"),
            [
                (format!("{both}/example"), 9, 16),
                (format!("{both}/examples/0"), 8, 18),
                (format!("{both}/examples/1"), 8, 21),
            ]
        );
        assert_eq!(
            located("Listed"),
            [("/components/schemas/Listed/examples/0".into(), 13, 11)]
        );
        assert_eq!(
            located("Lone"),
            [("/components/schemas/Lone/examples".into(), 16, 17)]
        );
    }
}

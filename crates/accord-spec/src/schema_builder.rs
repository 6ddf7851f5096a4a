//! Converts one schema node (OpenAPI 3.0, 3.1, AsyncAPI or JSON Schema) into a normalised
//! [`Schema`]. Children are queued through [`Loader::schema_at`], never converted
//! recursively.

use indexmap::IndexMap;
use serde_json::Value;

use crate::finding::Severity;
use crate::loader::{Loader, Target};
use crate::node::{Node, NodeValue};
use crate::pointer;
use crate::schema::{Additional, Bound, Discriminator, JsonType, Schema, SchemaId, Types};

impl Loader<'_> {
    pub(crate) fn build_schema(&mut self, target: &Target) -> Schema {
        let hold = target.clone();
        let node = hold.node();
        let file = target.file;
        let at = target.pointer.clone();
        let mut schema = Schema {
            loc: Some(self.loc(file, &at, node)),
            name: component_name(&at, node, &self.files[file].path),
            ..Schema::default()
        };
        let entries = match &node.value {
            NodeValue::Bool(true) => return schema,
            NodeValue::Bool(false) => {
                schema.never = true;
                return schema;
            }
            NodeValue::Map(entries) => entries,
            _ => {
                self.invalid(file, &at, node, "a schema (a mapping)");
                schema.unknown = true;
                return schema;
            }
        };
        let child =
            |this: &mut Self, key: &str, index: usize| this.schema_at(target.child(key, index));
        if let Some(reference) = node.get("$ref").and_then(Node::as_str) {
            // A `$ref` with constraints beside it (3.1, and common in 3.0 in practice): the
            // referenced schema and the siblings both apply.
            let ref_node = node.get("$ref").cloned().unwrap_or_else(|| node.clone());
            let ref_at = pointer::push(&at, "$ref");
            let target_id = match self.resolve_ref(file, &ref_at, &ref_node, reference) {
                Some(t) => self.schema_at(t),
                None => {
                    let t = self.target(file, ref_at);
                    let id = self.arena.alloc();
                    let mut unknown = Schema {
                        unknown: true,
                        ..Schema::default()
                    };
                    unknown.loc = Some(self.loc(t.file, &t.pointer, &ref_node));
                    self.arena.set(id, unknown);
                    id
                }
            };
            schema.all_of.push(target_id);
        }
        let (mut min_raw, mut max_raw, mut exclusive_min, mut exclusive_max) =
            (None, None, None, None);
        // Applied after the loop: generators that sort keys write `nullable` before `type`,
        // and `type` must not overwrite it.
        let mut nullable = false;
        for (entry_index, (key, value)) in entries.iter().enumerate() {
            let key_at = || pointer::push(&at, &key.name);
            match key.name.as_str() {
                "type" => schema.types = self.types(file, &key_at(), value),
                "nullable" | "x-nullable" if self.flag_lazy(file, &key_at, value) => {
                    nullable = true;
                }
                "format" => schema.format = value.as_str().map(str::to_string),
                "title" => schema.title = value.as_str().map(str::to_string),
                "description" => schema.description = value.as_str().map(str::to_string),
                "enum" => match value.as_seq() {
                    Some(items) => {
                        schema.enum_values = Some(items.iter().map(Node::to_json).collect())
                    }
                    None => self.invalid(file, &key_at(), value, "a list of values"),
                },
                "const" => schema.const_value = Some(value.to_json()),
                "default" => schema.default = Some(value.to_json()),
                "example" => schema.examples.insert(0, value.to_json()),
                "examples" => match value.as_seq() {
                    Some(items) => schema.examples.extend(items.iter().map(Node::to_json)),
                    None => schema.examples.push(value.to_json()),
                },
                "properties" => match value.as_map() {
                    Some(props) => {
                        let base = target.child(&key.name, entry_index);
                        for (prop_index, (name, _)) in props.iter().enumerate() {
                            let id = self.schema_at(base.child(&name.name, prop_index));
                            schema.properties.insert(name.name.clone(), id);
                        }
                    }
                    None => self.invalid(file, &key_at(), value, "a mapping of property schemas"),
                },
                "required" => match value.as_seq() {
                    Some(items) => {
                        schema.required = items
                            .iter()
                            .filter_map(|n| n.as_str().map(str::to_string))
                            .collect()
                    }
                    // `required: true` on a property is a common 2.0 habit; it means nothing here.
                    None => self.invalid(file, &key_at(), value, "a list of property names"),
                },
                "additionalProperties" => {
                    schema.additional = match &value.value {
                        NodeValue::Bool(true) => Additional::Any,
                        NodeValue::Bool(false) => Additional::Forbidden,
                        NodeValue::Map(m) if m.is_empty() => Additional::Any,
                        NodeValue::Map(_) => {
                            Additional::Schema(child(self, &key.name, entry_index))
                        }
                        _ => {
                            self.invalid(file, &key_at(), value, "a boolean or a schema");
                            Additional::Any
                        }
                    }
                }
                "items" => match &value.value {
                    NodeValue::Seq(items) if !items.is_empty() => {
                        let items_target = target.child(&key.name, entry_index);
                        schema.items = Some(self.schema_at(items_target.child("0", 0)))
                    }
                    NodeValue::Seq(_) => {}
                    _ => schema.items = Some(child(self, &key.name, entry_index)),
                },
                "prefixItems" => {
                    schema.prefix_items =
                        self.schema_list(&target.child(&key.name, entry_index), value)
                }
                "contains" => schema.contains = Some(child(self, &key.name, entry_index)),
                "minContains" => schema.min_contains = self.count_lazy(file, &key_at, value),
                "maxContains" => schema.max_contains = self.count_lazy(file, &key_at, value),
                "propertyNames" => {
                    schema.property_names = Some(child(self, &key.name, entry_index))
                }
                "if" => schema.if_schema = Some(child(self, &key.name, entry_index)),
                "then" => schema.then_schema = Some(child(self, &key.name, entry_index)),
                "else" => schema.else_schema = Some(child(self, &key.name, entry_index)),
                "unevaluatedItems" => {
                    schema.unevaluated_items = Some(child(self, &key.name, entry_index))
                }
                "unevaluatedProperties" => {
                    schema.unevaluated_properties = Some(child(self, &key.name, entry_index))
                }
                "contentMediaType" => {
                    schema.content_media_type = value.as_str().map(str::to_string)
                }
                "contentEncoding" => schema.content_encoding = value.as_str().map(str::to_string),
                "contentSchema" => {
                    schema.content_schema = Some(child(self, &key.name, entry_index))
                }
                "patternProperties" | "dependentSchemas" | "dependentRequired" | "dependencies" => {
                    self.keyed_schemas(target, entry_index, &key.name, value, &mut schema)
                }
                "minItems" => schema.min_items = self.count_lazy(file, &key_at, value),
                "maxItems" => schema.max_items = self.count_lazy(file, &key_at, value),
                "uniqueItems" => schema.unique_items = self.flag_lazy(file, &key_at, value),
                "minLength" => schema.min_length = self.count_lazy(file, &key_at, value),
                "maxLength" => schema.max_length = self.count_lazy(file, &key_at, value),
                "minProperties" => schema.min_properties = self.count_lazy(file, &key_at, value),
                "maxProperties" => schema.max_properties = self.count_lazy(file, &key_at, value),
                "pattern" => schema.pattern = value.as_str().map(str::to_string),
                "minimum" => min_raw = self.number_lazy(file, &key_at, value),
                "maximum" => max_raw = self.number_lazy(file, &key_at, value),
                "exclusiveMinimum" => exclusive_min = Some((key_at(), value.clone())),
                "exclusiveMaximum" => exclusive_max = Some((key_at(), value.clone())),
                "multipleOf" => schema.multiple_of = self.number_lazy(file, &key_at, value),
                "allOf" | "oneOf" | "anyOf" => {
                    let ids = self.schema_list(&target.child(&key.name, entry_index), value);
                    match key.name.as_str() {
                        "allOf" => schema.all_of.extend(ids),
                        "oneOf" => schema.one_of = ids,
                        _ => schema.any_of = ids,
                    }
                }
                "not" => schema.not = Some(child(self, &key.name, entry_index)),
                "discriminator" => {
                    schema.discriminator = self.discriminator(file, &key_at(), value)
                }
                "readOnly" => schema.read_only = self.flag_lazy(file, &key_at, value),
                "writeOnly" => schema.write_only = self.flag_lazy(file, &key_at, value),
                "deprecated" => schema.deprecated = self.flag_lazy(file, &key_at, value),
                "$defs" | "definitions" => {
                    // Definitions are schemas of their own; convert them so `$ref`s reach them.
                    if let Some(defs) = value.as_map() {
                        let base = target.child(&key.name, entry_index);
                        for (def_index, (name, _)) in defs.iter().enumerate() {
                            self.schema_at(base.child(&name.name, def_index));
                        }
                    }
                }
                name if name.starts_with("x-") => {
                    schema.extensions.insert(name.to_string(), value.to_json());
                }
                _ => {}
            }
        }
        if nullable {
            schema.types.insert(JsonType::Null);
        }
        schema.minimum = self.bound(file, min_raw, exclusive_min);
        schema.maximum = self.bound(file, max_raw, exclusive_max);
        if let Some(c) = &schema.const_value
            && schema.enum_values.is_none()
        {
            schema.enum_values = Some(vec![c.clone()]);
        }
        schema
    }

    /// `patternProperties`, `dependentSchemas`, `dependentRequired` and draft 4–7
    /// `dependencies` (a list of names or a schema per property): maps of names to schemas
    /// or to lists of names.
    fn keyed_schemas(
        &mut self,
        target: &Target,
        entry_index: usize,
        keyword: &str,
        value: &Node,
        schema: &mut Schema,
    ) {
        let Some(entries) = value.as_map() else {
            let at = pointer::push(&target.pointer, keyword);
            self.invalid(target.file, &at, value, "a mapping");
            return;
        };
        let base = target.child(keyword, entry_index);
        for (index, (name, entry)) in entries.iter().enumerate() {
            let names = entry.as_seq().map(|items| {
                items
                    .iter()
                    .filter_map(|n| n.as_str().map(str::to_string))
                    .collect::<Vec<_>>()
            });
            match (keyword, names) {
                ("dependentRequired" | "dependencies", Some(names)) => {
                    schema.dependent_required.insert(name.name.clone(), names);
                }
                ("dependentRequired", None) => {}
                (_, _) => {
                    let id = self.schema_at(base.child(&name.name, index));
                    if keyword == "patternProperties" {
                        schema.pattern_properties.insert(name.name.clone(), id);
                    } else {
                        schema.dependent_schemas.insert(name.name.clone(), id);
                    }
                }
            }
        }
    }

    /// 3.0 writes `minimum: 5, exclusiveMinimum: true`; 3.1 writes `exclusiveMinimum: 5`.
    fn bound(
        &mut self,
        file: usize,
        raw: Option<f64>,
        exclusive: Option<(String, Node)>,
    ) -> Option<Bound> {
        match exclusive {
            Some((_, node)) if matches!(node.value, NodeValue::Number(_)) => {
                node.as_f64().map(|value| Bound {
                    value,
                    exclusive: true,
                })
            }
            Some((at, node)) => {
                let exclusive = self.flag(file, &at, &node);
                raw.map(|value| Bound { value, exclusive })
            }
            None => raw.map(|value| Bound {
                value,
                exclusive: false,
            }),
        }
    }

    fn types(&mut self, file: usize, at: &str, node: &Node) -> Types {
        let mut types = Types::ANY;
        let names: Vec<&Node> = match &node.value {
            NodeValue::Seq(items) => items.iter().collect(),
            _ => vec![node],
        };
        for n in names {
            match n.as_str().and_then(JsonType::parse) {
                Some(t) => types.insert(t),
                None => self.invalid(
                    file,
                    at,
                    n,
                    "a JSON type name (string, number, integer, boolean, object, array, null)",
                ),
            }
        }
        types
    }

    pub(crate) fn flag(&mut self, file: usize, at: &str, node: &Node) -> bool {
        match &node.value {
            NodeValue::Bool(b) => *b,
            NodeValue::String(_) => {
                match node.as_bool_lenient() {
                    Some(b) => {
                        let loc = self.loc(file, at, node);
                        self.finding(
                        "lenient-value",
                        Severity::Warning,
                        format!("`{at}` is the string \"{b}\" where a boolean is required; read as {b}"),
                        loc,
                    );
                        b
                    }
                    None => {
                        self.invalid(file, at, node, "a boolean");
                        false
                    }
                }
            }
            _ => {
                self.invalid(file, at, node, "a boolean");
                false
            }
        }
    }

    fn count(&mut self, file: usize, at: &str, node: &Node) -> Option<u64> {
        let v = node.as_u64();
        if v.is_none() {
            self.invalid(file, at, node, "a non-negative integer");
        }
        v
    }

    fn number(&mut self, file: usize, at: &str, node: &Node) -> Option<f64> {
        let v = node.as_f64();
        if v.is_none() {
            self.invalid(file, at, node, "a number");
        }
        v
    }

    fn schema_list(&mut self, list: &Target, node: &Node) -> Vec<SchemaId> {
        match node.as_seq() {
            Some(items) => (0..items.len())
                .map(|i| self.schema_at(list.child(&i.to_string(), i)))
                .collect(),
            None => {
                self.invalid(list.file, &list.pointer, node, "a list of schemas");
                Vec::new()
            }
        }
    }

    /// [`Loader::flag`] for the common case without building the pointer for messages.
    fn flag_lazy(&mut self, file: usize, at: &dyn Fn() -> String, node: &Node) -> bool {
        match node.value {
            NodeValue::Bool(b) => b,
            _ => self.flag(file, &at(), node),
        }
    }

    /// [`Loader::count`] without building the pointer unless there is something to report.
    fn count_lazy(&mut self, file: usize, at: &dyn Fn() -> String, node: &Node) -> Option<u64> {
        node.as_u64().or_else(|| self.count(file, &at(), node))
    }

    /// [`Loader::number`] without building the pointer unless there is something to report.
    fn number_lazy(&mut self, file: usize, at: &dyn Fn() -> String, node: &Node) -> Option<f64> {
        node.as_f64().or_else(|| self.number(file, &at(), node))
    }

    fn discriminator(&mut self, file: usize, at: &str, node: &Node) -> Option<Discriminator> {
        let property_name = match node.get("propertyName").and_then(Node::as_str) {
            Some(p) => p.to_string(),
            None => {
                self.invalid(file, at, node, "a discriminator with a `propertyName`");
                return None;
            }
        };
        let mut mapping = IndexMap::new();
        if let Some(entries) = node.get("mapping").and_then(Node::as_map) {
            let map_at = pointer::push(at, "mapping");
            for (key, value) in entries {
                let Some(reference) = value.as_str() else {
                    continue;
                };
                // A bare name means a schema under components/schemas.
                let reference = if reference.contains('#')
                    || reference.contains('/')
                    || reference.contains('.')
                {
                    reference.to_string()
                } else {
                    format!("#/components/schemas/{reference}")
                };
                let value_at = pointer::push(&map_at, &key.name);
                if let Some(target) = self.resolve_ref(file, &value_at, value, &reference) {
                    let id = self.schema_at(target);
                    mapping.insert(key.name.clone(), id);
                }
            }
        }
        Some(Discriminator {
            property_name,
            mapping,
        })
    }
}

/// The name a schema is known by: its key under `components/schemas`, `$defs` or
/// `definitions`, or, for the root of a standalone schema file, its `title` (else the file
/// stem).
fn component_name(at: &str, node: &Node, file: &str) -> Option<String> {
    if at.is_empty() {
        return node
            .get("title")
            .and_then(Node::as_str)
            .map(str::to_string)
            .or_else(|| {
                let stem = std::path::Path::new(file).file_name()?.to_str()?;
                Some(stem.split('.').next().unwrap_or(stem).to_string())
            });
    }
    // Read the last two tokens from the end without splitting the whole pointer: this runs
    // once per schema, and most schemas are deep inside the document.
    let (parent, last) = at.rsplit_once('/')?;
    let (grandparent, container) = parent.rsplit_once('/')?;
    let named = match container {
        "schemas" => grandparent == "/components",
        "$defs" | "definitions" => true,
        _ => false,
    };
    named.then(|| pointer::unescape(last))
}

/// Extensions (`x-*`) of an object node.
pub(crate) fn extensions(node: &Node) -> IndexMap<String, Value> {
    node.as_map()
        .map(|entries| {
            entries
                .iter()
                .filter(|(k, _)| k.name.starts_with("x-"))
                .map(|(k, v)| (k.name.clone(), v.to_json()))
                .collect()
        })
        .unwrap_or_default()
}

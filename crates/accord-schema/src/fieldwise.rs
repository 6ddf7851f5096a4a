//! Object schemas that judge an object field by field.
//!
//! A schema whose keywords about an object are only `properties`, `additionalProperties`
//! and `required` judges each field on its own. Then an object it accepts, with some fields
//! replaced or added, is accepted exactly when each replaced or added field is valid
//! against the schema judging it: the other fields were judged already, and nothing
//! required can go missing when nothing is removed. A caller that changes a few fields of a
//! valid body (the mock fitting a request's fields into a documented response) validates
//! those fields instead of the whole body again. Every verdict is still the validator's:
//! this only says which schema judges which field.

use accord_spec::{Additional, Contract, SchemaId};
use indexmap::IndexMap;

/// What judges one field of an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldJudge {
    /// This schema (of a property, or of `additionalProperties`).
    Schema(SchemaId),
    /// Nothing: any value is accepted.
    Unconstrained,
    /// Only validating the whole object tells (`additionalProperties: false`).
    Whole,
}

/// How an object schema judges the fields of an object, when it judges them one by one.
#[derive(Clone, Debug)]
pub struct Fieldwise {
    properties: IndexMap<String, SchemaId>,
    additional: Additional,
}

impl Fieldwise {
    /// How schema `id` judges fields; `None` when it also judges an object as a whole in
    /// another way (composition, an enum or a constant, bounds on the number of fields,
    /// conditionals, dependent or pattern keywords, `propertyNames`,
    /// `unevaluatedProperties`), or is `true` or `false`.
    /// Conservative on purpose: a keyword the translation does not emit today still makes
    /// this `None`, so the answer stays exact if the translation grows.
    pub fn of(contract: &Contract, id: SchemaId) -> Option<Fieldwise> {
        let s = contract.schemas.get(id);
        let whole_object = s.never
            || s.unknown
            || s.enum_values.is_some()
            || s.const_value.is_some()
            || s.min_properties.is_some()
            || s.max_properties.is_some()
            || !s.all_of.is_empty()
            || !s.one_of.is_empty()
            || !s.any_of.is_empty()
            || s.not.is_some()
            || s.discriminator.is_some()
            || !s.pattern_properties.is_empty()
            || s.property_names.is_some()
            || !s.dependent_required.is_empty()
            || !s.dependent_schemas.is_empty()
            || s.if_schema.is_some()
            || s.then_schema.is_some()
            || s.else_schema.is_some()
            || s.unevaluated_properties.is_some();
        (!whole_object).then(|| Fieldwise {
            properties: s.properties.clone(),
            additional: s.additional,
        })
    }

    /// What judges the field named `key`.
    pub fn judge(&self, key: &str) -> FieldJudge {
        if let Some(id) = self.properties.get(key) {
            return FieldJudge::Schema(*id);
        }
        match self.additional {
            Additional::Any => FieldJudge::Unconstrained,
            Additional::Forbidden => FieldJudge::Whole,
            Additional::Schema(id) => FieldJudge::Schema(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Direction, Validator};
    use serde_json::{Value, json};

    /// One schema per case, in JSON (YAML's subset).
    const DOC: &str = r#"{
  "openapi": "3.0.3",
  "info": {"title": "t", "version": "1"},
  "paths": {},
  "components": {"schemas": {
    "Contact": {
      "type": "object", "nullable": true, "required": ["id", "name"],
      "additionalProperties": {"type": "integer"},
      "properties": {
        "id": {"type": "string", "pattern": "^c_[0-9]+$"},
        "name": {"type": "string", "maxLength": 5},
        "email": {"type": "string", "format": "email", "nullable": true}
      }
    },
    "Closed": {
      "type": "object", "additionalProperties": false,
      "properties": {"id": {"type": "string"}}
    },
    "Bounded": {"type": "object", "maxProperties": 2},
    "Either": {"oneOf": [
      {"type": "object", "properties": {"a": {"type": "string"}}},
      {"type": "object", "properties": {"b": {"type": "string"}}}
    ]}
  }}
}"#;

    /// The verdict on the `changed` fields of a valid object, field by field; `None` when
    /// only the whole object can be judged.
    fn field_verdict(contract: &Contract, f: &Fieldwise, changed: &Value) -> Option<bool> {
        let mut valid = true;
        for (key, value) in changed.as_object().unwrap() {
            valid &= match f.judge(key) {
                FieldJudge::Schema(id) => {
                    Validator::new(contract, id, Direction::Response).is_valid(value)
                }
                FieldJudge::Unconstrained => true,
                FieldJudge::Whole => return None,
            };
        }
        Some(valid)
    }

    #[test]
    fn field_verdicts_agree_with_validating_the_whole() {
        let c = accord_spec::load_str("t.yaml", DOC).unwrap();
        let id = c.components["Contact"];
        let whole = Validator::new(&c, id, Direction::Response);
        let f = Fieldwise::of(&c, id).expect("judged field by field");
        let base = json!({"id": "c_1", "name": "Ada"});
        assert!(whole.is_valid(&base));
        for changed in [
            json!({"name": "Bo"}),
            json!({"name": "Too long"}),
            json!({"id": "x_1"}),
            json!({"id": "c_2", "email": "a@b.example"}),
            json!({"email": "not an address"}),
            json!({"email": null}),
            json!({"extra": 3}),
            json!({"extra": "three"}),
            json!({"extra": 1, "more": 2}),
        ] {
            let mut candidate = base.clone();
            for (k, v) in changed.as_object().unwrap() {
                candidate[k] = v.clone();
            }
            assert_eq!(
                field_verdict(&c, &f, &changed),
                Some(whole.is_valid(&candidate)),
                "{changed}"
            );
        }
    }

    #[test]
    fn closed_objects_leave_unknown_fields_to_the_whole() {
        let c = accord_spec::load_str("t.yaml", DOC).unwrap();
        let f = Fieldwise::of(&c, c.components["Closed"]).expect("judged field by field");
        assert!(matches!(f.judge("id"), FieldJudge::Schema(_)));
        assert_eq!(f.judge("other"), FieldJudge::Whole);
    }

    #[test]
    fn composed_and_bounded_schemas_are_judged_whole() {
        let c = accord_spec::load_str("t.yaml", DOC).unwrap();
        assert!(Fieldwise::of(&c, c.components["Either"]).is_none());
        assert!(Fieldwise::of(&c, c.components["Bounded"]).is_none());
    }
}

//! Which way each type of a client crate travels, and so which serde traits it implements.
//!
//! Most of what `cargo check` spends on a large client is serde's derives, and
//! `Deserialize` costs several times `Serialize` (a visitor, a field enum and a map loop
//! per struct). A request type is never read back and a response is never written, so a
//! type implements `Serialize` only when something the client sends reaches it, and
//! `Deserialize` only when something it receives does ([`assign_serde_traits`]).
//!
//! What the client moves ([`Roots`]):
//! - sends: request bodies and parameters (the types of their schemas too, where the
//!   client writes an object parameter as pairs or text);
//! - receives: success bodies (every status's), error bodies, page items;
//! - both: the contract's component schemas, its public objects: a mapping crate converts
//!   any of them to and from JSON (`accord generate mapping` names a component of a full
//!   client it never saw), and applications store what they fetched; and webhook and
//!   callback payloads, whose dispatch enums implement both.
//!
//! A type travels with everything it mentions (fields, union variants, array items, map
//! values, aliased types), so both sets are closed over those references, by a worklist
//! over type indices. A type no root reaches (built for nothing the client moves) keeps
//! both traits, and so does everything it mentions, so every derive finds the traits it
//! needs on its field types.
//!
//! Code the templates write only for one direction follows the same sets:
//! [`assign_serde_traits`] keeps an enum's `deserialize_known` only where a deserialising
//! union calls it, and [`needs_nullable_helper`] says whether a deserialising struct has an
//! optional nullable field (the `nullable` helper's only caller).

use crate::ir::{ClientIr, SerdeTraits, Ty, TypeDef, TypeKind};

/// The generated types the client's own code sends and receives, by index into the
/// crate's type list (before names are resolved).
#[derive(Debug, Default)]
pub struct Roots {
    sent: Vec<usize>,
    received: Vec<usize>,
}

impl Roots {
    /// The types the operations of `client` send (bodies, parameters) and receive
    /// (success, error and page item bodies).
    pub fn of_client(client: &ClientIr) -> Self {
        let mut roots = Roots::default();
        for op in &client.operations {
            for param in op.args.iter().chain(&op.optional) {
                roots.sent(&param.ty);
                if let Some(schema_ty) = &param.schema_ty {
                    roots.sent(schema_ty);
                }
            }
            if let Some(body) = &op.body {
                roots.sent(&body.ty);
            }
            roots.received(&op.response.ty);
            for variant in &op.response.variants {
                roots.received(&variant.ty);
            }
            roots.received(&op.error_ty);
            if let Some(pagination) = &op.pagination {
                roots.received(&pagination.item_ty);
            }
        }
        roots
    }

    /// `ty` is sent.
    pub fn sent(&mut self, ty: &Ty) {
        ty.named_refs(&mut self.sent);
    }

    /// `ty` is received.
    pub fn received(&mut self, ty: &Ty) {
        ty.named_refs(&mut self.received);
    }

    /// `ty` is sent and received (or must be convertible both ways).
    pub fn both(&mut self, ty: &Ty) {
        self.sent(ty);
        self.received(ty);
    }
}

/// Sets [`TypeDef::serde`] of every type in `defs` from what `roots` reach, and drops the
/// `deserialize_known` function of enums no deserialising union calls.
pub fn assign_serde_traits(defs: &mut [TypeDef], roots: &Roots) {
    let mentions: Vec<Vec<usize>> = defs
        .iter()
        .map(|d| {
            let mut out = Vec::new();
            for ty in d.kind.mentioned_tys() {
                ty.named_refs(&mut out);
            }
            out
        })
        .collect();
    let mut serialized = vec![false; defs.len()];
    let mut deserialized = vec![false; defs.len()];
    mark_reached(&mentions, &roots.sent, &mut serialized);
    mark_reached(&mentions, &roots.received, &mut deserialized);
    let unreached: Vec<usize> = (0..defs.len())
        .filter(|&i| !serialized[i] && !deserialized[i])
        .collect();
    mark_reached(&mentions, &unreached, &mut serialized);
    mark_reached(&mentions, &unreached, &mut deserialized);
    for (i, def) in defs.iter_mut().enumerate() {
        def.serde = SerdeTraits {
            serialize: serialized[i],
            deserialize: deserialized[i],
        };
    }
    keep_called_known_values_fns(defs);
}

/// Marks in `reached` every type `seeds` reach through `mentions`, skipping what is
/// already marked (and so everything it reaches).
fn mark_reached(mentions: &[Vec<usize>], seeds: &[usize], reached: &mut [bool]) {
    let mut pending: Vec<usize> = seeds.to_vec();
    while let Some(i) = pending.pop() {
        if i >= reached.len() || reached[i] {
            continue;
        }
        reached[i] = true;
        pending.extend(&mentions[i]);
    }
}

/// Clears `known_values_fn` on enums that no deserialising untagged union reads through
/// it: the function would be dead code, which `#![deny(warnings)]` crates reject.
fn keep_called_known_values_fns(defs: &mut [TypeDef]) {
    let mut called = vec![false; defs.len()];
    for def in defs.iter().filter(|d| d.serde.deserialize) {
        if let TypeKind::Untagged { variants } = &def.kind {
            for v in variants.iter().filter(|v| v.known_values_only) {
                if let Ty::Named(i) = v.ty {
                    called[i] = true;
                }
            }
        }
    }
    for (def, called) in defs.iter_mut().zip(called) {
        if let TypeKind::Enum {
            known_values_fn, ..
        } = &mut def.kind
        {
            *known_values_fn &= called;
        }
    }
}

/// Whether a deserialising struct of `defs` has an optional nullable field, the one use of
/// the `nullable` helper (`Some(None)` for an explicit `null`).
pub fn needs_nullable_helper(defs: &[TypeDef]) -> bool {
    defs.iter().filter(|d| d.serde.deserialize).any(|d| {
        matches!(&d.kind, TypeKind::Struct { fields }
            if fields.iter().any(|f| f.optional && f.nullable && !f.flatten))
    })
}

#[cfg(test)]
mod tests {
    //! The pass on a hand-built type list: what each direction reaches, through fields,
    //! union variants, arrays, maps and aliases.

    use super::*;
    use crate::ir::{Field, UnionVariant};

    fn field(name: &str, ty: Ty, optional: bool, nullable: bool) -> Field {
        Field {
            rust_name: name.into(),
            json_name: name.into(),
            ty,
            optional,
            nullable,
            default: None,
            flatten: false,
            setter: format!("with_{name}"),
            doc: Vec::new(),
        }
    }

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            doc: Vec::new(),
            serde: SerdeTraits::BOTH,
            kind,
        }
    }

    fn structure(name: &str, fields: Vec<Field>) -> TypeDef {
        def(name, TypeKind::Struct { fields })
    }

    fn string_enum(name: &str, known_values_fn: bool) -> TypeDef {
        def(
            name,
            TypeKind::Enum {
                variants: Vec::new(),
                forward_compatible: true,
                known_values_fn,
            },
        )
    }

    fn variant(name: &str, ty: Ty, known_values_only: bool) -> UnionVariant {
        UnionVariant {
            name: name.into(),
            tag_value: None,
            ty,
            known_values_only,
        }
    }

    fn named(i: usize) -> Box<Ty> {
        Box::new(Ty::Named(i))
    }

    const SEND: SerdeTraits = SerdeTraits::SERIALIZE_ONLY;
    const RECEIVE: SerdeTraits = SerdeTraits::DESERIALIZE_ONLY;

    #[test]
    fn each_type_gets_the_traits_of_the_directions_that_reach_it() {
        let mut defs = vec![
            // 0: request body → 1 (nested field) → 2 (enum), and 3 (shared).
            structure(
                "CreateBody",
                vec![
                    field("shipping", Ty::Named(1), false, false),
                    field("address", Ty::Option(named(3)), true, false),
                ],
            ),
            structure(
                "CreateBodyShipping",
                vec![field("speeds", Ty::Vec(named(2)), true, true)],
            ),
            string_enum("CreateBodyShippingSpeed", false),
            // 3: shared by both directions; it reaches 8 through an alias.
            structure("Address", vec![field("lines", Ty::Named(8), false, false)]),
            // 4: response body → 5 (union) → 6 (struct variant), 7 (enum variant, read
            // strictly); and 3 through a map.
            structure(
                "CreateResponse",
                vec![
                    field("status", Ty::Named(5), false, false),
                    field("addresses", Ty::Map(named(3)), true, true),
                ],
            ),
            def(
                "CreateResponseStatus",
                TypeKind::Untagged {
                    variants: vec![
                        variant("Detail", Ty::Named(6), false),
                        variant("Code", Ty::Named(7), true),
                        variant("Other", Ty::Value, false),
                    ],
                },
            ),
            structure("StatusDetail", Vec::new()),
            string_enum("StatusCode", true),
            def(
                "Lines",
                TypeKind::Alias {
                    ty: Ty::Vec(Box::new(Ty::Path("String".into()))),
                },
            ),
            // 9: reached by no root, yet it mentions the response-only 6: both, and so 6 too.
            structure(
                "Unused",
                vec![field("detail", Ty::Boxed(named(6)), false, false)],
            ),
        ];
        let mut roots = Roots::default();
        roots.sent(&Ty::Named(0));
        roots.received(&Ty::Option(named(4)));
        assign_serde_traits(&mut defs, &roots);
        let traits: Vec<(&str, SerdeTraits)> =
            defs.iter().map(|d| (d.name.as_str(), d.serde)).collect();
        assert_eq!(
            traits,
            [
                ("CreateBody", SEND),
                ("CreateBodyShipping", SEND),
                ("CreateBodyShippingSpeed", SEND),
                ("Address", SerdeTraits::BOTH),
                ("CreateResponse", RECEIVE),
                ("CreateResponseStatus", RECEIVE),
                ("StatusDetail", SerdeTraits::BOTH),
                ("StatusCode", RECEIVE),
                ("Lines", SerdeTraits::BOTH),
                ("Unused", SerdeTraits::BOTH),
            ]
        );
        // The response-only struct has an optional nullable field; the request-only one's
        // needs no helper.
        assert!(needs_nullable_helper(&defs));
        assert!(matches!(
            defs[7].kind,
            TypeKind::Enum {
                known_values_fn: true,
                ..
            }
        ));
    }

    #[test]
    fn what_only_deserialisation_uses_goes_with_it() {
        let mut defs = vec![
            structure(
                "CreateBody",
                vec![
                    field("note", Ty::Path("String".into()), true, true),
                    field("colour", Ty::Named(1), false, false),
                ],
            ),
            def(
                "ColourOrName",
                TypeKind::Untagged {
                    variants: vec![
                        variant("Colour", Ty::Named(2), true),
                        variant("String", Ty::Path("String".into()), false),
                    ],
                },
            ),
            string_enum("Colour", true),
        ];
        let mut roots = Roots::default();
        roots.sent(&Ty::Named(0));
        assign_serde_traits(&mut defs, &roots);
        assert!(defs.iter().all(|d| d.serde == SEND));
        assert!(
            !needs_nullable_helper(&defs),
            "only sent structs: no helper"
        );
        assert!(
            matches!(
                defs[2].kind,
                TypeKind::Enum {
                    known_values_fn: false,
                    ..
                }
            ),
            "no deserialising union calls `deserialize_known`"
        );
    }

    #[test]
    fn a_recursive_type_is_walked_once() {
        let mut defs = vec![structure(
            "Node",
            vec![field("children", Ty::Vec(named(0)), true, false)],
        )];
        let mut roots = Roots::default();
        roots.received(&Ty::Named(0));
        assign_serde_traits(&mut defs, &roots);
        assert_eq!(defs[0].serde, RECEIVE);
    }
}

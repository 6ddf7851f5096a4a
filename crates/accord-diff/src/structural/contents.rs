//! Media types of a body, a parameter or a response: keyed by their media range; a media
//! type gaining or losing a schema narrows or widens what it carries.

use super::*;

impl<'a> Cx<'a> {
    pub(super) fn contents(
        &mut self,
        a: &[MediaType],
        b: &[MediaType],
        scope: Scope,
        ctx: &Ctx,
        place: &str,
    ) {
        let name = |m: &MediaType| m.name.clone();
        for joined in join(a, b, name, name) {
            match joined {
                Joined::Removed(ma) => {
                    let next = b.first().map(|m| &m.loc);
                    self.simple(
                        Kind::MediaTypeRemoved,
                        scope,
                        ctx,
                        place,
                        ma.name.as_str(),
                        Some(&ma.loc),
                        next,
                    );
                }
                Joined::Both(ma, mb) => {
                    let p = if place.is_empty() {
                        mb.name.to_string()
                    } else {
                        format!("{place} ({})", mb.name)
                    };
                    match (ma.schema, mb.schema) {
                        (Some(x), Some(y)) => {
                            let first = self.out.len();
                            self.schema(x, y, scope, ctx, &p);
                            if carries_text(&mb.name) {
                                for d in &mut self.out[first..] {
                                    if let Kind::TypeChanged { loose } = &mut d.kind {
                                        *loose = true;
                                    }
                                }
                            }
                        }
                        // A media type without a schema takes any value: gaining one
                        // narrows it, losing one widens it.
                        (None, Some(y)) => {
                            let types = schema_types(&self.new.schemas, y);
                            let d = self.simple(
                                Kind::TypeNarrowed,
                                scope,
                                ctx,
                                &p,
                                &root_label(&p),
                                Some(&ma.loc),
                                Some(&mb.loc),
                            );
                            d.old_value = "any (no schema)".into();
                            d.new_value = types;
                        }
                        (Some(x), None) => {
                            let types = schema_types(&self.old.schemas, x);
                            let d = self.simple(
                                Kind::TypeWidened,
                                scope,
                                ctx,
                                &p,
                                &root_label(&p),
                                Some(&ma.loc),
                                Some(&mb.loc),
                            );
                            d.old_value = types;
                            d.new_value = "any (no schema)".into();
                        }
                        (None, None) => {}
                    }
                }
                Joined::Added(mb) => {
                    let prev = a.first().map(|m| &m.loc);
                    self.simple(
                        Kind::MediaTypeAdded,
                        scope,
                        ctx,
                        place,
                        mb.name.as_str(),
                        prev,
                        Some(&mb.loc),
                    );
                }
            }
        }
    }
}

/// Whether a media type carries text rather than JSON values (XML, form data, plain text):
/// there a number and a string, or an element and its text, are written alike, so a changed
/// type says less about the bytes exchanged than it does in JSON.
fn carries_text(m: &accord_spec::MediaRange) -> bool {
    !m.is_json()
        && (m.subtype() == "xml"
            || m.suffix() == Some("xml")
            || m.is_text()
            || m.is_form_urlencoded())
}

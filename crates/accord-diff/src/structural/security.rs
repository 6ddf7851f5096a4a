//! Security requirements of an operation, compared as OR-of-AND sets: a client keeps
//! working while some alternative it can satisfy remains.

use super::*;

impl<'a> Cx<'a> {
    pub(super) fn security(&mut self, a: &'a Operation, b: &'a Operation, ctx: &Ctx) {
        let sa = self.old.effective_security(a);
        let sb = self.new.effective_security(b);
        let open = |s: &[SecurityRequirement]| s.is_empty() || s.iter().any(|r| r.is_empty());
        let (oa, ob) = (open(sa), open(sb));
        let place = "";
        if oa && !ob {
            let d = self.simple(
                Kind::SecurityAdded,
                Scope::Operation,
                ctx,
                place,
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.new_value = requirements_text(sb);
            return;
        }
        if !oa && ob {
            let d = self.simple(
                Kind::SecurityRemoved,
                Scope::Operation,
                ctx,
                place,
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.old_value = requirements_text(sa);
            return;
        }
        self.alternatives(sa, sb, ctx, &a.loc, &b.loc, &b.key());
    }

    /// Security requirements are an OR of ANDs: a client keeps working if some new
    /// alternative asks no more than an old one it satisfied (every scheme of it, with at
    /// most its scopes). An old alternative that no new one is implied by locks its clients
    /// out: reported as scopes added when a new alternative names the same schemes, else as
    /// the alternative removed. An old alternative still served by a weaker new one, and a
    /// new alternative, are compatible. Identical alternatives, in any order and with scopes
    /// in any order, are no change (Google lists each accepted scope as its own alternative).
    pub(super) fn alternatives(
        &mut self,
        sa: &[SecurityRequirement],
        sb: &[SecurityRequirement],
        ctx: &Ctx,
        la: &Loc,
        lb: &Loc,
        key: &str,
    ) {
        let olds: Vec<Requirement> = sa
            .iter()
            .filter(|r| !r.is_empty())
            .map(requirement)
            .collect();
        let news: Vec<Requirement> = sb
            .iter()
            .filter(|r| !r.is_empty())
            .map(requirement)
            .collect();
        let mut used_new: Vec<bool> = news.iter().map(|n| olds.contains(n)).collect();
        for ra in &olds {
            if news.contains(ra) {
                continue;
            }
            let served = news.iter().any(|rb| implied(rb, ra));
            let same_schemes =
                (0..news.len()).find(|&j| !used_new[j] && news[j].keys().eq(ra.keys()));
            match same_schemes {
                Some(j) => {
                    used_new[j] = true;
                    let rb = &news[j];
                    for (scheme, scopes_a) in ra {
                        let scopes_b = &rb[scheme];
                        if !served {
                            for s in scopes_b.difference(scopes_a) {
                                let d = self.simple(
                                    Kind::SecurityScopeAdded,
                                    Scope::Operation,
                                    ctx,
                                    "",
                                    scheme,
                                    Some(la),
                                    Some(lb),
                                );
                                d.new_value = s.clone();
                            }
                        }
                        for s in scopes_a.difference(scopes_b) {
                            let d = self.simple(
                                Kind::SecurityScopeRemoved,
                                Scope::Operation,
                                ctx,
                                "",
                                scheme,
                                Some(la),
                                Some(lb),
                            );
                            d.old_value = s.clone();
                        }
                    }
                }
                None => {
                    let d = self.simple(
                        Kind::SecurityAlternativeRemoved {
                            // Still served by a weaker alternative: compatible.
                            still_served: served,
                        },
                        Scope::Operation,
                        ctx,
                        "",
                        key,
                        Some(la),
                        Some(lb),
                    );
                    d.old_value = requirement_set_text(ra);
                }
            }
        }
        for (j, rb) in news.iter().enumerate() {
            if !used_new[j] {
                let d = self.simple(
                    Kind::SecurityAlternativeAdded,
                    Scope::Operation,
                    ctx,
                    "",
                    key,
                    Some(la),
                    Some(lb),
                );
                d.new_value = requirement_set_text(rb);
            }
        }
    }
}

/// One security alternative as sets: scheme → scopes.
type Requirement = BTreeMap<String, BTreeSet<String>>;

fn requirement(r: &SecurityRequirement) -> Requirement {
    r.iter()
        .map(|(k, v)| (k.clone(), v.iter().cloned().collect()))
        .collect()
}

/// Whether a client that satisfies `old` also satisfies `new`: `new` asks for no scheme
/// `old` lacks and no scope beyond `old`'s.
fn implied(new: &Requirement, old: &Requirement) -> bool {
    new.iter()
        .all(|(scheme, scopes)| old.get(scheme).is_some_and(|o| scopes.is_subset(o)))
}

fn requirement_set_text(r: &Requirement) -> String {
    r.iter()
        .map(|(k, v)| {
            if v.is_empty() {
                k.clone()
            } else {
                format!("{k} [{}]", v.iter().cloned().collect::<Vec<_>>().join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn requirement_text(r: &SecurityRequirement) -> String {
    r.iter()
        .map(|(k, v)| {
            if v.is_empty() {
                k.clone()
            } else {
                format!("{k} [{}]", v.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

fn requirements_text(rs: &[SecurityRequirement]) -> String {
    rs.iter()
        .map(requirement_text)
        .collect::<Vec<_>>()
        .join(" or ")
}

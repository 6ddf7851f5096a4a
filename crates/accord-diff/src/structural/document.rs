//! The document-wide part of the structural diff: `info`, servers (document-wide or per
//! operation), security schemes and their OAuth flows and scopes, and named schemas (a
//! removed name whose meaning lives on under a new name is a rename, not a change).

use super::*;

impl<'a> Cx<'a> {
    pub(super) fn document(&mut self) {
        let (old, new) = (self.old, self.new);
        let ctx = Ctx::default();
        if old.info.version != new.info.version {
            let d = self.simple(
                Kind::InfoVersionChanged,
                Scope::Document,
                &ctx,
                "",
                "info.version",
                old.info.loc.as_ref(),
                new.info.loc.as_ref(),
            );
            d.old_value = old.info.version.clone();
            d.new_value = new.info.version.clone();
        }
        self.servers(&old.servers, &new.servers, &ctx);
        // security schemes
        for (name, a) in &old.security_schemes {
            let Some(b) = new.security_schemes.get(name) else {
                self.simple(
                    Kind::SecuritySchemeRemoved,
                    Scope::Document,
                    &ctx,
                    "",
                    name,
                    Some(&a.loc),
                    None,
                );
                continue;
            };
            let (ka, kb) = (scheme_kind_name(&a.kind), scheme_kind_name(&b.kind));
            if ka != kb {
                let d = self.simple(
                    Kind::SecuritySchemeTypeChanged,
                    Scope::Document,
                    &ctx,
                    "",
                    name,
                    Some(&a.loc),
                    Some(&b.loc),
                );
                d.old_value = ka;
                d.new_value = kb;
                continue;
            }
            match (&a.kind, &b.kind) {
                (
                    SecuritySchemeKind::ApiKey {
                        location: l1,
                        name: n1,
                    },
                    SecuritySchemeKind::ApiKey {
                        location: l2,
                        name: n2,
                    },
                ) if l1 != l2 || n1 != n2 => {
                    let d = self.simple(
                        Kind::ApiKeyChanged,
                        Scope::Document,
                        &ctx,
                        "",
                        name,
                        Some(&a.loc),
                        Some(&b.loc),
                    );
                    d.old_value = format!("{} `{n1}`", l1.name());
                    d.new_value = format!("{} `{n2}`", l2.name());
                }
                (
                    SecuritySchemeKind::OpenIdConnect { url: u1 },
                    SecuritySchemeKind::OpenIdConnect { url: u2 },
                ) if u1 != u2 => {
                    let d = self.simple(
                        Kind::SecuritySchemeUrlChanged,
                        Scope::Document,
                        &ctx,
                        "",
                        &format!("{name} openIdConnectUrl"),
                        Some(&a.loc),
                        Some(&b.loc),
                    );
                    d.old_value = u1.clone();
                    d.new_value = u2.clone();
                }
                (
                    SecuritySchemeKind::OAuth2 { flows: f1 },
                    SecuritySchemeKind::OAuth2 { flows: f2 },
                ) => {
                    for fa in f1 {
                        let Some(fb) = f2.iter().find(|f| f.kind == fa.kind) else {
                            let d = self.simple(
                                Kind::OAuthFlowRemoved,
                                Scope::Document,
                                &ctx,
                                "",
                                name,
                                Some(&a.loc),
                                Some(&b.loc),
                            );
                            d.old_value = fa.kind.to_string();
                            continue;
                        };
                        for (label, u1, u2) in [
                            ("tokenUrl", &fa.token_url, &fb.token_url),
                            (
                                "authorizationUrl",
                                &fa.authorization_url,
                                &fb.authorization_url,
                            ),
                            ("refreshUrl", &fa.refresh_url, &fb.refresh_url),
                        ] {
                            if u1 != u2 {
                                let d = self.simple(
                                    Kind::SecuritySchemeUrlChanged,
                                    Scope::Document,
                                    &ctx,
                                    "",
                                    &format!("{name} {} {label}", fa.kind),
                                    Some(&a.loc),
                                    Some(&b.loc),
                                );
                                d.old_value = u1.clone().unwrap_or_else(|| "none".into());
                                d.new_value = u2.clone().unwrap_or_else(|| "none".into());
                            }
                        }
                        for scope in fa.scopes.keys().filter(|s| !fb.scopes.contains_key(*s)) {
                            let d = self.simple(
                                Kind::OAuthScopeRemoved,
                                Scope::Document,
                                &ctx,
                                "",
                                name,
                                Some(&a.loc),
                                Some(&b.loc),
                            );
                            d.old_value = scope.clone();
                        }
                        for scope in fb.scopes.keys().filter(|s| !fa.scopes.contains_key(*s)) {
                            let d = self.simple(
                                Kind::OAuthScopeAdded,
                                Scope::Document,
                                &ctx,
                                "",
                                name,
                                Some(&a.loc),
                                Some(&b.loc),
                            );
                            d.new_value = scope.clone();
                        }
                    }
                    for fb in f2.iter().filter(|f| !f1.iter().any(|x| x.kind == f.kind)) {
                        let d = self.simple(
                            Kind::OAuthFlowAdded,
                            Scope::Document,
                            &ctx,
                            "",
                            name,
                            Some(&a.loc),
                            Some(&b.loc),
                        );
                        d.new_value = fb.kind.to_string();
                    }
                }
                _ => {}
            }
        }
        for (name, b) in &new.security_schemes {
            if !old.security_schemes.contains_key(name) {
                self.simple(
                    Kind::SecuritySchemeAdded,
                    Scope::Document,
                    &ctx,
                    "",
                    name,
                    None,
                    Some(&b.loc),
                );
            }
        }
        // named schemas: a removed name whose meaning lives on under a new name is a rename.
        let removed: Vec<(&String, SchemaId)> = old
            .components
            .iter()
            .filter(|(n, _)| !new.components.contains_key(*n))
            .map(|(n, id)| (n, *id))
            .collect();
        let added: Vec<(&String, SchemaId)> = new
            .components
            .iter()
            .filter(|(n, _)| !old.components.contains_key(*n))
            .map(|(n, id)| (n, *id))
            .collect();
        let mut renamed_new = BTreeSet::new();
        for (name, a) in &removed {
            let twin = added
                .iter()
                .find(|(n, b)| !renamed_new.contains(*n) && self.schemas.same(*a, *b));
            match twin {
                Some((n, _)) => {
                    renamed_new.insert(*n);
                }
                None => {
                    let loc = old.schemas.get(*a).loc.clone();
                    self.simple(
                        Kind::ComponentRemoved,
                        Scope::Document,
                        &ctx,
                        "",
                        name,
                        loc.as_ref(),
                        None,
                    );
                }
            }
        }
        for (name, b) in &added {
            if !renamed_new.contains(name) {
                let loc = new.schemas.get(*b).loc.clone();
                self.simple(
                    Kind::ComponentAdded,
                    Scope::Document,
                    &ctx,
                    "",
                    name,
                    None,
                    loc.as_ref(),
                );
            }
        }
    }

    pub(super) fn servers(&mut self, old: &[Server], new: &[Server], ctx: &Ctx) {
        let scope = if ctx.operation.is_some() {
            Scope::Operation
        } else {
            Scope::Document
        };
        for joined in join(old, new, |s| s.url.clone(), |s| s.url.clone()) {
            match joined {
                Joined::Removed(s) => {
                    self.simple(
                        Kind::ServerRemoved,
                        scope,
                        ctx,
                        "",
                        &s.url,
                        Some(&s.loc),
                        None,
                    );
                }
                Joined::Added(s) => {
                    self.simple(
                        Kind::ServerAdded,
                        scope,
                        ctx,
                        "",
                        &s.url,
                        None,
                        Some(&s.loc),
                    );
                }
                Joined::Both(..) => {}
            }
        }
    }
}

fn scheme_kind_name(k: &SecuritySchemeKind) -> String {
    match k {
        SecuritySchemeKind::ApiKey { .. } => "apiKey".into(),
        SecuritySchemeKind::Http { scheme, .. } => format!("http {}", scheme.to_ascii_lowercase()),
        SecuritySchemeKind::OAuth2 { .. } => "oauth2".into(),
        SecuritySchemeKind::OpenIdConnect { .. } => "openIdConnect".into(),
        SecuritySchemeKind::MutualTls => "mutualTLS".into(),
        SecuritySchemeKind::Other(s) => s.clone(),
    }
}

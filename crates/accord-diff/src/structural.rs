//! The structural diff of two contracts: document, security schemes, components,
//! operations (keyed by `METHOD /path`, path parameters matched by position), parameters,
//! bodies, media types, responses, headers, security requirements, servers, and AsyncAPI
//! channels, operations and messages. It produces opinion-free [`Delta`]s.

use std::collections::{BTreeMap, BTreeSet};

use accord_spec::{
    Action, Channel, Contract, HeaderRole, Loc, MediaRange, MediaType, Operation, ParamIn,
    Parameter, SchemaArena, SchemaId, SecurityRequirement, SecuritySchemeKind, Server,
};

use crate::delta::{Delta, Kind, Scope};
use crate::schema_diff::SchemaDiffer;
use crate::sunset::parse_date;

/// Every structural difference between `old` and `new`, in a deterministic order.
pub fn structural_diff(old: &Contract, new: &Contract) -> Vec<Delta> {
    let mut cx = Cx {
        old,
        new,
        schemas: SchemaDiffer::new(&old.schemas, &new.schemas),
        out: Vec::new(),
    };
    cx.document();
    cx.operations(&old.operations, &new.operations, false);
    cx.operations(&old.webhooks, &new.webhooks, true);
    cx.channels();
    if let (Some(a), Some(b)) = (old.root_schema, new.root_schema) {
        cx.schema(a, b, Scope::Response, &Ctx::default(), "schema");
    }
    cx.out
}

#[derive(Default, Clone)]
struct Ctx {
    operation: Option<String>,
    channel: Option<String>,
    event: bool,
    /// The callback a delta sits in (`callback \`onPaid\` (POST {$request.body#/url})`),
    /// appended to its place so the message says where.
    within: Option<String>,
}

struct Cx<'a> {
    old: &'a Contract,
    new: &'a Contract,
    schemas: SchemaDiffer<'a>,
    out: Vec<Delta>,
}

fn norm_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out.trim_end_matches('/').to_string()
}

fn path_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

fn param_key(p: &Parameter) -> (ParamIn, String) {
    let name = if p.location == ParamIn::Header {
        p.name.to_ascii_lowercase()
    } else {
        p.name.clone()
    };
    (p.location, name)
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

impl<'a> Cx<'a> {
    fn push(&mut self, mut d: Delta, ctx: &Ctx) {
        d.operation = ctx.operation.clone();
        d.channel = ctx.channel.clone();
        d.event = ctx.event;
        if let Some(within) = &ctx.within {
            d.place = if d.place.is_empty() {
                within.clone()
            } else {
                format!("{} of {within}", d.place)
            };
        }
        self.out.push(d);
    }

    #[allow(clippy::too_many_arguments)]
    fn simple(
        &mut self,
        kind: Kind,
        scope: Scope,
        ctx: &Ctx,
        place: &str,
        target: &str,
        old: Option<&Loc>,
        new: Option<&Loc>,
    ) -> &mut Delta {
        let mut d = Delta::new(kind, scope);
        d.place = place.to_string();
        d.target = target.to_string();
        d.old = old.cloned();
        d.new = new.cloned();
        self.push(d, ctx);
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// Schema deltas of `a` → `b`, placed at `place` with `root` naming the schema itself.
    fn schema(&mut self, a: SchemaId, b: SchemaId, scope: Scope, ctx: &Ctx, place: &str) {
        let found = self.schemas.diff(a, b);
        for d in found.iter() {
            let mut d = d.clone();
            d.scope = scope;
            d.place = place.to_string();
            if d.target.is_empty() {
                d.target = root_label(place);
            } else if d.target.starts_with('[') {
                d.target = format!("{}{}", root_label(place), d.target);
            }
            self.push(d, ctx);
        }
    }

    fn document(&mut self) {
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

    fn servers(&mut self, old: &[Server], new: &[Server], ctx: &Ctx) {
        let scope = if ctx.operation.is_some() {
            Scope::Operation
        } else {
            Scope::Document
        };
        for s in old.iter().filter(|s| !new.iter().any(|n| n.url == s.url)) {
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
        for s in new.iter().filter(|n| !old.iter().any(|s| s.url == n.url)) {
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
    }

    fn operations(&mut self, old: &'a [Operation], new: &'a [Operation], webhook: bool) {
        let key = |o: &Operation| format!("{} {}", o.method.upper(), norm_path(&o.path));
        let mut olds: BTreeMap<String, &Operation> = BTreeMap::new();
        for o in old {
            olds.entry(key(o)).or_insert(o);
        }
        let mut news: BTreeMap<String, &Operation> = BTreeMap::new();
        for o in new {
            news.entry(key(o)).or_insert(o);
        }
        for (k, a) in &olds {
            let ctx = Ctx {
                operation: Some(a.key()),
                ..Ctx::default()
            };
            match news.get(k) {
                None if webhook => {
                    self.simple(
                        Kind::WebhookRemoved,
                        Scope::Operation,
                        &ctx,
                        "",
                        &a.key(),
                        Some(&a.loc),
                        None,
                    );
                }
                None => {
                    let old_schemas = &self.old.schemas;
                    // A `Sunset` header announces the end of the operation: a deprecation.
                    let deprecated = a.deprecated || sunset_header(a, old_schemas).is_some();
                    let date = sunset(a, old_schemas).unwrap_or_default();
                    let d = self.simple(
                        Kind::OperationRemoved,
                        Scope::Operation,
                        &ctx,
                        "",
                        &a.key(),
                        Some(&a.loc),
                        None,
                    );
                    d.flag = deprecated;
                    d.old_value = date;
                }
                Some(b) => {
                    let ctx = Ctx {
                        operation: Some(b.key()),
                        ..Ctx::default()
                    };
                    self.operation(a, b, &ctx, webhook);
                }
            }
        }
        for (k, b) in &news {
            if !olds.contains_key(k) {
                let ctx = Ctx {
                    operation: Some(b.key()),
                    ..Ctx::default()
                };
                let kind = if webhook {
                    Kind::WebhookAdded
                } else {
                    Kind::OperationAdded
                };
                self.simple(
                    kind,
                    Scope::Operation,
                    &ctx,
                    "",
                    &b.key(),
                    None,
                    Some(&b.loc),
                );
            }
        }
    }

    fn operation(&mut self, a: &'a Operation, b: &'a Operation, ctx: &Ctx, webhook: bool) {
        let (req, resp) = if webhook {
            (Scope::Response, Scope::Request)
        } else {
            (Scope::Request, Scope::Response)
        };
        if !a.deprecated && b.deprecated {
            let date = sunset(b, &self.new.schemas).unwrap_or_default();
            let d = self.simple(
                Kind::OperationDeprecated,
                Scope::Operation,
                ctx,
                "",
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.new_value = date;
        } else if a.deprecated && !b.deprecated {
            self.simple(
                Kind::OperationUndeprecated,
                Scope::Operation,
                ctx,
                "",
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
        }
        if let (Some(x), Some(y)) = (&a.operation_id, &b.operation_id)
            && x != y
        {
            let d = self.simple(
                Kind::OperationIdChanged,
                Scope::Operation,
                ctx,
                "",
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.old_value = x.clone();
            d.new_value = y.clone();
        }
        if !webhook {
            self.security(a, b, ctx);
            self.servers(&a.servers, &b.servers, ctx);
            self.callbacks(a, b, ctx);
        }
        // parameters; path parameters matched by their position in the template
        let pa_names = path_params(&a.path);
        let pb_names = path_params(&b.path);
        let translate = |p: &Parameter| -> (ParamIn, String) {
            if p.location == ParamIn::Path
                && let Some(i) = pa_names.iter().position(|n| *n == p.name)
                && let Some(n) = pb_names.get(i)
            {
                return (ParamIn::Path, n.clone());
            }
            param_key(p)
        };
        for pa in &a.parameters {
            let k = translate(pa);
            let place = format!("{} parameter `{}`", pa.location.name(), pa.name);
            let ptarget = place.clone();
            match b.parameters.iter().find(|pb| param_key(pb) == k) {
                None => {
                    let d = self.simple(
                        Kind::ParameterRemoved,
                        req,
                        ctx,
                        "",
                        &ptarget,
                        Some(&pa.loc),
                        Some(&b.loc),
                    );
                    d.flag = pa.required;
                }
                Some(pb) => {
                    let place = format!("{} parameter `{}`", pb.location.name(), pb.name);
                    if pa.required != pb.required {
                        let kind = if pb.required {
                            Kind::ParameterBecameRequired
                        } else {
                            Kind::ParameterBecameOptional
                        };
                        self.simple(kind, req, ctx, "", &place, Some(&pa.loc), Some(&pb.loc));
                    }
                    if !pa.deprecated && pb.deprecated {
                        self.simple(
                            Kind::ParameterDeprecated,
                            req,
                            ctx,
                            "",
                            &place,
                            Some(&pa.loc),
                            Some(&pb.loc),
                        );
                    }
                    let style = |p: &Parameter| {
                        format!(
                            "style {}, explode {}",
                            p.style.as_ref().map_or("default", |s| s.name()),
                            p.explode.map_or("default".to_string(), |e| e.to_string())
                        )
                    };
                    if pa.style != pb.style || pa.explode != pb.explode {
                        let d = self.simple(
                            Kind::ParameterStyleChanged,
                            req,
                            ctx,
                            "",
                            &place,
                            Some(&pa.loc),
                            Some(&pb.loc),
                        );
                        d.old_value = style(pa);
                        d.new_value = style(pb);
                    }
                    if let (Some(x), Some(y)) = (pa.schema, pb.schema) {
                        self.schema(x, y, req, ctx, &place);
                    }
                    self.contents(&pa.content, &pb.content, req, ctx, &place);
                }
            }
        }
        for pb in &b.parameters {
            let k = param_key(pb);
            if !a.parameters.iter().any(|pa| translate(pa) == k) {
                let place = format!("{} parameter `{}`", pb.location.name(), pb.name);
                let d = self.simple(
                    Kind::ParameterAdded,
                    req,
                    ctx,
                    "",
                    &place,
                    Some(&a.loc),
                    Some(&pb.loc),
                );
                d.flag = pb.required;
            }
        }
        // request body
        match (&a.request_body, &b.request_body) {
            (Some(x), None) => {
                self.simple(
                    Kind::RequestBodyRemoved,
                    req,
                    ctx,
                    "",
                    "request body",
                    Some(&x.loc),
                    Some(&b.loc),
                );
            }
            (None, Some(y)) => {
                let d = self.simple(
                    Kind::RequestBodyAdded,
                    req,
                    ctx,
                    "",
                    "request body",
                    Some(&a.loc),
                    Some(&y.loc),
                );
                d.flag = y.required;
            }
            (Some(x), Some(y)) => {
                if x.required != y.required {
                    let kind = if y.required {
                        Kind::RequestBodyBecameRequired
                    } else {
                        Kind::RequestBodyBecameOptional
                    };
                    self.simple(
                        kind,
                        req,
                        ctx,
                        "",
                        "request body",
                        Some(&x.loc),
                        Some(&y.loc),
                    );
                }
                self.contents(&x.content, &y.content, req, ctx, "request body");
            }
            (None, None) => {}
        }
        // responses
        for ra in &a.responses {
            let place = format!("response {}", ra.status);
            match b.response(ra.status.clone()) {
                None => {
                    let d = self.simple(
                        Kind::ResponseRemoved,
                        resp,
                        ctx,
                        "",
                        &ra.status.to_string(),
                        Some(&ra.loc),
                        Some(&b.loc),
                    );
                    d.flag = ra.status.is_success();
                }
                Some(rb) => {
                    for ha in &ra.headers {
                        let hplace = format!("{place} header `{}`", ha.name);
                        match rb.header(&ha.name) {
                            None => {
                                let d = self.simple(
                                    Kind::HeaderRemoved,
                                    resp,
                                    ctx,
                                    &place,
                                    &ha.name,
                                    Some(&ha.loc),
                                    Some(&rb.loc),
                                );
                                d.flag = ha.required;
                            }
                            Some(hb) => {
                                if ha.required != hb.required {
                                    let kind = if hb.required {
                                        Kind::HeaderBecameRequired
                                    } else {
                                        Kind::HeaderBecameOptional
                                    };
                                    self.simple(
                                        kind,
                                        resp,
                                        ctx,
                                        &place,
                                        &hb.name,
                                        Some(&ha.loc),
                                        Some(&hb.loc),
                                    );
                                }
                                if let (Some(x), Some(y)) = (ha.schema, hb.schema) {
                                    self.schema(x, y, resp, ctx, &hplace);
                                }
                            }
                        }
                    }
                    for hb in &rb.headers {
                        if ra.header(&hb.name).is_none() {
                            let d = self.simple(
                                Kind::HeaderAdded,
                                resp,
                                ctx,
                                &place,
                                &hb.name,
                                Some(&ra.loc),
                                Some(&hb.loc),
                            );
                            d.flag = hb.required;
                        }
                    }
                    self.contents(&ra.content, &rb.content, resp, ctx, &place);
                }
            }
        }
        for rb in &b.responses {
            if a.response(rb.status.clone()).is_none() {
                let d = self.simple(
                    Kind::ResponseAdded,
                    resp,
                    ctx,
                    "",
                    &rb.status.to_string(),
                    Some(&a.loc),
                    Some(&rb.loc),
                );
                d.flag = rb.status.is_success();
            }
        }
    }

    /// Callbacks of an operation, keyed by name and then by method and URL expression. A
    /// callback is a request the vendor sends us, so its operations are diffed like webhooks:
    /// its request body is what we receive (judged like a response), our reply what we send.
    fn callbacks(&mut self, a: &'a Operation, b: &'a Operation, ctx: &Ctx) {
        let key = |o: &Operation| format!("{} {}", o.method.upper(), norm_path(&o.path));
        let label = |name: &str, o: &Operation| format!("callback `{name}` ({})", o.key());
        for ca in &a.callbacks {
            let cb = b.callbacks.iter().find(|c| c.name == ca.name);
            for oa in &ca.operations {
                match cb.and_then(|cb| cb.operations.iter().find(|ob| key(ob) == key(oa))) {
                    None => {
                        let new_loc = cb.and_then(|cb| cb.operations.first()).map(|o| &o.loc);
                        self.simple(
                            Kind::CallbackRemoved,
                            Scope::Operation,
                            ctx,
                            "",
                            &label(&ca.name, oa),
                            Some(&oa.loc),
                            new_loc.or(Some(&b.loc)),
                        );
                    }
                    Some(ob) => {
                        let inner = Ctx {
                            within: Some(label(&ca.name, ob)),
                            ..ctx.clone()
                        };
                        self.operation(oa, ob, &inner, true);
                    }
                }
            }
        }
        for cb in &b.callbacks {
            let ca = a.callbacks.iter().find(|c| c.name == cb.name);
            for ob in &cb.operations {
                if !ca.is_some_and(|ca| ca.operations.iter().any(|oa| key(oa) == key(ob))) {
                    let old_loc = ca.and_then(|ca| ca.operations.first()).map(|o| &o.loc);
                    self.simple(
                        Kind::CallbackAdded,
                        Scope::Operation,
                        ctx,
                        "",
                        &label(&cb.name, ob),
                        old_loc.or(Some(&a.loc)),
                        Some(&ob.loc),
                    );
                }
            }
        }
    }

    fn contents(&mut self, a: &[MediaType], b: &[MediaType], scope: Scope, ctx: &Ctx, place: &str) {
        for ma in a {
            match b.iter().find(|mb| mb.name == ma.name) {
                None => {
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
                Some(mb) => {
                    if let (Some(x), Some(y)) = (ma.schema, mb.schema) {
                        let p = if place.is_empty() {
                            mb.name.to_string()
                        } else {
                            format!("{place} ({})", mb.name)
                        };
                        self.schema(x, y, scope, ctx, &p);
                    }
                }
            }
        }
        for mb in b {
            if !a.iter().any(|ma| ma.name == mb.name) {
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

    fn security(&mut self, a: &'a Operation, b: &'a Operation, ctx: &Ctx) {
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
        let schemes = |r: &SecurityRequirement| r.keys().cloned().collect::<BTreeSet<String>>();
        for ra in sa.iter().filter(|r| !r.is_empty()) {
            match sb.iter().find(|rb| schemes(rb) == schemes(ra)) {
                None => {
                    let d = self.simple(
                        Kind::SecurityAlternativeRemoved,
                        Scope::Operation,
                        ctx,
                        place,
                        &b.key(),
                        Some(&a.loc),
                        Some(&b.loc),
                    );
                    d.old_value = requirement_text(ra);
                }
                Some(rb) => {
                    for (scheme, scopes_a) in ra {
                        let scopes_b = rb.get(scheme).cloned().unwrap_or_default();
                        for s in scopes_b.iter().filter(|s| !scopes_a.contains(s)) {
                            let d = self.simple(
                                Kind::SecurityScopeAdded,
                                Scope::Operation,
                                ctx,
                                place,
                                scheme,
                                Some(&a.loc),
                                Some(&b.loc),
                            );
                            d.new_value = s.clone();
                        }
                        for s in scopes_a.iter().filter(|s| !scopes_b.contains(s)) {
                            let d = self.simple(
                                Kind::SecurityScopeRemoved,
                                Scope::Operation,
                                ctx,
                                place,
                                scheme,
                                Some(&a.loc),
                                Some(&b.loc),
                            );
                            d.old_value = s.clone();
                        }
                    }
                }
            }
        }
        for rb in sb.iter().filter(|r| !r.is_empty()) {
            if !sa.iter().any(|ra| schemes(ra) == schemes(rb)) {
                let d = self.simple(
                    Kind::SecurityAlternativeAdded,
                    Scope::Operation,
                    ctx,
                    place,
                    &b.key(),
                    Some(&a.loc),
                    Some(&b.loc),
                );
                d.new_value = requirement_text(rb);
            }
        }
    }

    fn channel_scopes(c: &Contract, channel: &str) -> Vec<Scope> {
        let mut scopes = Vec::new();
        for op in c.event_operations.iter().filter(|o| o.channel == channel) {
            let s = match op.action {
                Action::Send => Scope::Response,
                Action::Receive => Scope::Request,
            };
            if !scopes.contains(&s) {
                scopes.push(s);
            }
        }
        if scopes.is_empty() {
            scopes.push(Scope::Response);
        }
        scopes.sort();
        scopes
    }

    fn channels(&mut self) {
        let (old, new) = (self.old, self.new);
        for ca in &old.channels {
            let ctx = Ctx {
                channel: Some(ca.name.clone()),
                event: true,
                ..Ctx::default()
            };
            let scopes = Self::channel_scopes(old, &ca.name);
            let Some(cb) = new.channel(&ca.name) else {
                for s in scopes {
                    self.simple(
                        Kind::ChannelRemoved,
                        s,
                        &ctx,
                        "",
                        &ca.name,
                        Some(&ca.loc),
                        None,
                    );
                }
                continue;
            };
            let mut scopes_b = Self::channel_scopes(new, &cb.name);
            scopes_b.retain(|s| scopes.contains(s));
            if scopes_b.is_empty() {
                scopes_b = scopes;
            }
            self.channel(ca, cb, &scopes_b, &ctx);
        }
        for cb in &new.channels {
            if old.channel(&cb.name).is_none() {
                let ctx = Ctx {
                    channel: Some(cb.name.clone()),
                    event: true,
                    ..Ctx::default()
                };
                for s in Self::channel_scopes(new, &cb.name) {
                    self.simple(
                        Kind::ChannelAdded,
                        s,
                        &ctx,
                        "",
                        &cb.name,
                        None,
                        Some(&cb.loc),
                    );
                }
            }
        }
        // event operations
        for oa in &old.event_operations {
            let ctx = Ctx {
                channel: Some(oa.channel.clone()),
                event: true,
                ..Ctx::default()
            };
            let scope = match oa.action {
                Action::Send => Scope::Response,
                Action::Receive => Scope::Request,
            };
            match new.event_operations.iter().find(|ob| ob.id == oa.id) {
                None => {
                    if new.channel(&oa.channel).is_some() {
                        self.simple(
                            Kind::EventOperationRemoved,
                            scope,
                            &ctx,
                            "",
                            &oa.id,
                            Some(&oa.loc),
                            None,
                        );
                    }
                }
                Some(ob) => {
                    if ob.action != oa.action || ob.channel != oa.channel {
                        let d = self.simple(
                            Kind::EventOperationActionChanged,
                            scope,
                            &ctx,
                            "",
                            &oa.id,
                            Some(&oa.loc),
                            Some(&ob.loc),
                        );
                        d.old_value = format!("{:?} on `{}`", oa.action, oa.channel).to_lowercase();
                        d.new_value = format!("{:?} on `{}`", ob.action, ob.channel).to_lowercase();
                    }
                }
            }
        }
        for ob in &new.event_operations {
            if !old.event_operations.iter().any(|oa| oa.id == ob.id)
                && old.channel(&ob.channel).is_some()
            {
                let ctx = Ctx {
                    channel: Some(ob.channel.clone()),
                    event: true,
                    ..Ctx::default()
                };
                let scope = match ob.action {
                    Action::Send => Scope::Response,
                    Action::Receive => Scope::Request,
                };
                self.simple(
                    Kind::EventOperationAdded,
                    scope,
                    &ctx,
                    "",
                    &ob.id,
                    None,
                    Some(&ob.loc),
                );
            }
        }
    }

    fn channel(&mut self, ca: &'a Channel, cb: &'a Channel, scopes: &[Scope], ctx: &Ctx) {
        if ca.address != cb.address {
            for s in scopes {
                let d = self.simple(
                    Kind::ChannelAddressChanged,
                    *s,
                    ctx,
                    "",
                    &cb.name,
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
                d.old_value = ca.address.clone().unwrap_or_default();
                d.new_value = cb.address.clone().unwrap_or_default();
            }
        }
        for s in scopes {
            // parameters of the address
            for p in ca.parameters.iter().filter(|p| !cb.parameters.contains(p)) {
                let d = self.simple(
                    Kind::ParameterRemoved,
                    *s,
                    ctx,
                    "",
                    &format!("channel parameter `{p}`"),
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
                d.flag = true;
            }
            for p in cb.parameters.iter().filter(|p| !ca.parameters.contains(p)) {
                let d = self.simple(
                    Kind::ParameterAdded,
                    *s,
                    ctx,
                    "",
                    &format!("channel parameter `{p}`"),
                    Some(&ca.loc),
                    Some(&cb.loc),
                );
                d.flag = true;
            }
            for ma in &ca.messages {
                let found = cb.message(&ma.name).or_else(|| {
                    (ca.messages.len() == 1 && cb.messages.len() == 1).then(|| &cb.messages[0])
                });
                let Some(mb) = found else {
                    self.simple(
                        Kind::MessageRemoved,
                        *s,
                        ctx,
                        "",
                        &ma.name,
                        Some(&ma.loc),
                        Some(&cb.loc),
                    );
                    continue;
                };
                let place = format!("message `{}` payload", mb.name);
                if let (Some(x), Some(y)) = (ma.payload, mb.payload) {
                    self.schema(x, y, *s, ctx, &place);
                }
                let place = format!("message `{}` headers", mb.name);
                if let (Some(x), Some(y)) = (ma.headers, mb.headers) {
                    self.schema(x, y, *s, ctx, &place);
                }
                if let (Some(x), Some(y)) = (&ma.content_type, &mb.content_type)
                    && MediaRange::parse(x) != MediaRange::parse(y)
                {
                    let place = format!("message `{}`", mb.name);
                    self.simple(
                        Kind::MediaTypeRemoved,
                        *s,
                        ctx,
                        &place,
                        x,
                        Some(&ma.loc),
                        Some(&mb.loc),
                    );
                    self.simple(
                        Kind::MediaTypeAdded,
                        *s,
                        ctx,
                        &place,
                        y,
                        Some(&ma.loc),
                        Some(&mb.loc),
                    );
                }
            }
            for mb in &cb.messages {
                let matched = ca.message(&mb.name).is_some()
                    || (ca.messages.len() == 1 && cb.messages.len() == 1);
                if !matched {
                    self.simple(
                        Kind::MessageAdded,
                        *s,
                        ctx,
                        "",
                        &mb.name,
                        Some(&ca.loc),
                        Some(&mb.loc),
                    );
                }
            }
        }
    }
}

/// The sunset date an operation declares: `x-sunset` (or `x-sunset-date`, `sunset`, any
/// case) on the operation, else the date a `Sunset` response header (RFC 8594) is declared
/// with ([`sunset_header`]).
pub(crate) fn sunset(op: &Operation, schemas: &SchemaArena) -> Option<String> {
    op.sunset()
        .map(str::to_string)
        .or_else(|| sunset_header(op, schemas))
}

/// The date of a `Sunset` header (RFC 8594) one of the operation's responses declares: its
/// schema's `const`, else the header's own `example` or first `examples` entry (which OpenAPI
/// says take precedence over the schema's), else the schema's `default`, first example or
/// only `enum` value, whichever first parses as a date. A vendor announcing a sunset this way
/// has deprecated the operation as surely as one writing `x-sunset`, so removal after that
/// date is judged the same way.
pub(crate) fn sunset_header(op: &Operation, schemas: &SchemaArena) -> Option<String> {
    op.responses
        .iter()
        .flat_map(|r| &r.headers)
        .filter(|h| HeaderRole::Sunset.is(&h.name))
        .find_map(|h| {
            let schema = h.schema.map(|id| schemas.get(id));
            let single_enum = schema
                .and_then(|s| s.enum_values.as_ref())
                .filter(|e| e.len() == 1);
            schema
                .and_then(|s| s.const_value.as_ref())
                .into_iter()
                .chain(h.examples.iter().map(|e| &e.value))
                .chain(schema.and_then(|s| s.default.as_ref()))
                .chain(schema.into_iter().flat_map(|s| &s.examples))
                .chain(single_enum.into_iter().flatten())
                .filter_map(|v| v.as_str())
                .find(|v| parse_date(v).is_some())
                .map(str::to_string)
        })
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

/// What the root of a schema at `place` is called in messages.
fn root_label(place: &str) -> String {
    if let Some(start) = place.rfind('`')
        && let Some(open) = place[..start].rfind('`')
        && (place.contains("parameter") || place.contains("header"))
    {
        return place[open + 1..start].to_string();
    }
    if place.contains("payload") {
        "payload".to_string()
    } else if place.contains("headers") {
        "headers".to_string()
    } else if place == "schema" {
        "schema".to_string()
    } else {
        "body".to_string()
    }
}

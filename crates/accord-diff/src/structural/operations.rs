//! Operations and webhooks: paired by `METHOD /path` (exactly, else up to parameter
//! names), then everything inside one: deprecation and sunset, stability, operation id,
//! parameters (path parameters matched by position), request bodies, responses and their
//! headers, and callbacks (diffed like webhooks: a request the vendor sends us).

use super::*;
use accord_spec::{Header, Response};

impl<'a> Cx<'a> {
    pub(super) fn operations(&mut self, old: &'a [Operation], new: &'a [Operation], webhook: bool) {
        let (olds, news, pairs) = pair_operations(old, new);
        let mut used_new = vec![false; news.len()];
        for j in pairs.iter().flatten() {
            used_new[*j] = true;
        }
        for (a, pair) in olds.iter().zip(&pairs) {
            let ctx = Ctx {
                operation: Some(a.key()),
                ..Ctx::default()
            };
            match pair.map(|j| news[j]) {
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
                    let day = crate::sunset::parse_day(&date);
                    let d = self.simple(
                        Kind::OperationRemoved {
                            deprecated,
                            sunset: day.map_or(Sunset::None, Sunset::Announced),
                        },
                        Scope::Operation,
                        &ctx,
                        "",
                        &a.key(),
                        Some(&a.loc),
                        None,
                    );
                    d.old_value = date.clone();
                    if impossible(&date) {
                        let d = self.simple(
                            Kind::SunsetDateInvalid,
                            Scope::Operation,
                            &ctx,
                            "",
                            &a.key(),
                            Some(&a.loc),
                            None,
                        );
                        d.new_value = date;
                    }
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
        for (b, used) in news.iter().zip(&used_new) {
            if !used {
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

    pub(super) fn operation(
        &mut self,
        a: &'a Operation,
        b: &'a Operation,
        ctx: &Ctx,
        webhook: bool,
    ) {
        let (req, resp) = if webhook {
            (Scope::Response, Scope::Request)
        } else {
            (Scope::Request, Scope::Response)
        };
        let (sunset_a, sunset_b) = (sunset(a, &self.old.schemas), sunset(b, &self.new.schemas));
        if let Some(date) = sunset_b.as_deref().filter(|d| impossible(d))
            && sunset_a.as_deref() != Some(date)
        {
            let d = self.simple(
                Kind::SunsetDateInvalid,
                Scope::Operation,
                ctx,
                "",
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.new_value = date.to_string();
        }
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
        if let (Some(x), Some(y)) = (stability(a), stability(b))
            && x.0 != y.0
        {
            let kind = if y.0 < x.0 {
                Kind::StabilityDecreased
            } else {
                Kind::StabilityIncreased
            };
            let d = self.simple(
                kind,
                Scope::Operation,
                ctx,
                "",
                &b.key(),
                Some(&a.loc),
                Some(&b.loc),
            );
            d.old_value = x.1;
            d.new_value = y.1;
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
        for joined in join(&a.parameters, &b.parameters, translate, param_key) {
            match joined {
                Joined::Removed(pa) => {
                    let place = format!("{} parameter `{}`", pa.location.name(), pa.name);
                    self.simple(
                        Kind::ParameterRemoved {
                            required: pa.required,
                        },
                        req,
                        ctx,
                        "",
                        &place,
                        Some(&pa.loc),
                        Some(&b.loc),
                    );
                }
                Joined::Both(pa, pb) => {
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
                Joined::Added(pb) => {
                    let place = format!("{} parameter `{}`", pb.location.name(), pb.name);
                    self.simple(
                        Kind::ParameterAdded {
                            required: pb.required,
                        },
                        req,
                        ctx,
                        "",
                        &place,
                        Some(&a.loc),
                        Some(&pb.loc),
                    );
                }
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
                self.simple(
                    Kind::RequestBodyAdded {
                        required: y.required,
                    },
                    req,
                    ctx,
                    "",
                    "request body",
                    Some(&a.loc),
                    Some(&y.loc),
                );
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
        let status = |r: &Response| r.status.clone();
        for joined in join(&a.responses, &b.responses, status, status) {
            match joined {
                Joined::Removed(ra) => {
                    self.simple(
                        Kind::ResponseRemoved {
                            success: ra.status.is_success(),
                        },
                        resp,
                        ctx,
                        "",
                        &ra.status.to_string(),
                        Some(&ra.loc),
                        Some(&b.loc),
                    );
                }
                Joined::Both(ra, rb) => {
                    let place = format!("response {}", ra.status);
                    self.headers(ra, rb, resp, ctx, &place);
                    self.contents(&ra.content, &rb.content, resp, ctx, &place);
                }
                Joined::Added(rb) => {
                    self.simple(
                        Kind::ResponseAdded {
                            success: rb.status.is_success(),
                        },
                        resp,
                        ctx,
                        "",
                        &rb.status.to_string(),
                        Some(&a.loc),
                        Some(&rb.loc),
                    );
                }
            }
        }
    }

    /// Headers of a response, keyed by name whatever its case.
    fn headers(&mut self, ra: &Response, rb: &Response, resp: Scope, ctx: &Ctx, place: &str) {
        let name = |h: &Header| h.name.to_ascii_lowercase();
        for joined in join(&ra.headers, &rb.headers, name, name) {
            match joined {
                Joined::Removed(ha) => {
                    self.simple(
                        Kind::HeaderRemoved {
                            required: ha.required,
                        },
                        resp,
                        ctx,
                        place,
                        &ha.name,
                        Some(&ha.loc),
                        Some(&rb.loc),
                    );
                }
                Joined::Both(ha, hb) => {
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
                            place,
                            &hb.name,
                            Some(&ha.loc),
                            Some(&hb.loc),
                        );
                    }
                    if let (Some(x), Some(y)) = (ha.schema, hb.schema) {
                        let hplace = format!("{place} header `{}`", ha.name);
                        self.schema(x, y, resp, ctx, &hplace);
                    }
                }
                Joined::Added(hb) => {
                    self.simple(
                        Kind::HeaderAdded {
                            required: hb.required,
                        },
                        resp,
                        ctx,
                        place,
                        &hb.name,
                        Some(&ra.loc),
                        Some(&hb.loc),
                    );
                }
            }
        }
    }

    /// Callbacks of an operation, keyed by name and then by method and URL expression. A
    /// callback is a request the vendor sends us, so its operations are diffed like webhooks:
    /// its request body is what we receive (judged like a response), our reply what we send.
    pub(super) fn callbacks(&mut self, a: &'a Operation, b: &'a Operation, ctx: &Ctx) {
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
}

/// Operations of both sides in a fixed order (by normalised `METHOD /path`, then as
/// written), and the new operation each old one pairs with: the same path as written first,
/// else the same path up to parameter names (`/a/{id}` and `/a/{key}`). Two paths that
/// differ only in parameter names are both kept and paired exactly, whatever order the
/// document lists them in.
#[allow(clippy::type_complexity)]
fn pair_operations<'o>(
    old: &'o [Operation],
    new: &'o [Operation],
) -> (Vec<&'o Operation>, Vec<&'o Operation>, Vec<Option<usize>>) {
    let normal = |o: &Operation| format!("{} {}", o.method.upper(), norm_path(&o.path));
    let exact = |o: &Operation| format!("{} {}", o.method.upper(), o.path);
    let sorted = |ops: &'o [Operation]| {
        let mut v: Vec<(String, String, &'o Operation)> =
            ops.iter().map(|o| (normal(o), exact(o), o)).collect();
        v.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        v
    };
    let (olds, news) = (sorted(old), sorted(new));
    let mut by_exact: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_normal: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, (n, e, _)) in news.iter().enumerate() {
        by_exact.entry(e.as_str()).or_default().push(j);
        by_normal.entry(n.as_str()).or_default().push(j);
    }
    let mut used = vec![false; news.len()];
    let mut pairs = vec![None; olds.len()];
    for (i, (_, e, _)) in olds.iter().enumerate() {
        if let Some(&j) = by_exact
            .get(e.as_str())
            .and_then(|js| js.iter().find(|j| !used[**j]))
        {
            used[j] = true;
            pairs[i] = Some(j);
        }
    }
    for (i, (n, _, _)) in olds.iter().enumerate() {
        if pairs[i].is_some() {
            continue;
        }
        if let Some(&j) = by_normal
            .get(n.as_str())
            .and_then(|js| js.iter().find(|j| !used[**j]))
        {
            used[j] = true;
            pairs[i] = Some(j);
        }
    }
    (
        olds.into_iter().map(|(_, _, o)| o).collect(),
        news.into_iter().map(|(_, _, o)| o).collect(),
        pairs,
    )
}

/// An operation's `x-stability-level` (`draft` < `alpha` < `beta` < `stable`), ranked.
fn stability(op: &Operation) -> Option<(u8, String)> {
    let level = op.extensions.get("x-stability-level")?.as_str()?;
    let rank = match level.to_ascii_lowercase().as_str() {
        "draft" => 0,
        "alpha" => 1,
        "beta" => 2,
        "stable" => 3,
        _ => return None,
    };
    Some((rank, level.to_string()))
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

/// A sunset written like a date that is no day of the calendar (`2025-02-31`).
fn impossible(date: &str) -> bool {
    looks_like_date(date) && parse_date(date).is_none()
}

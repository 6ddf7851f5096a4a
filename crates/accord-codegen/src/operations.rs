//! Operations → IR: one [`Operation`] per HTTP operation with typed parameters,
//! body, success and error types, and the runtime features the contract
//! declares: idempotency keys (an `Idempotency-Key` header parameter), tenancy
//! (a required header or path parameter about the tenant), correlation ids (a
//! correlation header parameter), auth helpers from the security schemes, and
//! pagination where a list operation follows a recognisable convention.

use accord_spec::conventions::is_tenant_parameter;
use accord_spec::{
    Contract, HeaderRole, JsonType, Method, OAuthFlowKind, ParamIn, ParamStyle, Parameter,
    SchemaId, SecuritySchemeKind, StatusKey,
};
use serde_json::Value;

use crate::ir::{
    AuthIr, AuthKind, Body, BodyKind, ClientIr, Operation, PageStrategy, Pagination, Param,
    ParamEncoding, ParamsStruct, ReadKind, Response, ResponseKind, ServerIr, StatusPattern,
    StatusVariant, TenantIr, TenantKind, Ty, TypeKind,
};
use crate::naming::{Namespace, doc_lines, field_ident, type_ident, variant_ident};
use crate::types::{TypeBuilder, is_string_path, merged_schema};

const CURSOR_PARAMS: &[&str] = &[
    "cursor",
    "pageToken",
    "page_token",
    "page[after]",
    "after",
    "nextPageToken",
    "next_page_token",
    "continuationToken",
    "continuation_token",
    "nextToken",
    "next_token",
    "pageCursor",
    "page_cursor",
    "marker",
];
const NEXT_FIELDS: &[&str] = &[
    "nextCursor",
    "next_cursor",
    "nextPageToken",
    "next_page_token",
    "after_cursor",
    "afterCursor",
    "nextToken",
    "next_token",
    "endCursor",
    "end_cursor",
    "continuationToken",
    "continuation_token",
    "next_page_cursor",
    "nextPageCursor",
    "cursor",
    "next_page",
];
const NEXT_CONTAINERS: &[&str] = &[
    "meta",
    "pagination",
    "page_info",
    "pageInfo",
    "paging",
    "response_metadata",
    "page",
    "cursor",
    "links",
    "_links",
];
const ITEM_FIELDS: &[&str] = &[
    "data", "items", "results", "records", "entries", "elements", "values", "list", "contents",
];
const OFFSET_PARAMS: &[&str] = &["offset", "skip", "$skip", "startIndex", "start"];
const LIMIT_PARAMS: &[&str] = &[
    "limit",
    "pageSize",
    "page_size",
    "perPage",
    "per_page",
    "count",
    "size",
    "$top",
    "top",
    "PageSize",
    "maxResults",
    "max_results",
];
const PAGE_PARAMS: &[&str] = &["page", "pageNumber", "page_number", "Page", "pageIndex"];
/// Parameters that take the last item's id (Stripe's `starting_after`).
const LAST_ITEM_PARAMS: &[&str] = &["starting_after", "startingAfter", "after_id", "afterId"];
/// Arrays of a list response that are never its items.
const NOT_ITEM_FIELDS: &[&str] = &["warnings", "errors", "messages", "links", "_links"];
/// Booleans that are `false` on the last page.
const HAS_MORE_FIELDS: &[&str] = &[
    "has_more",
    "hasMore",
    "has_next",
    "hasNext",
    "hasNextPage",
    "has_next_page",
    "more",
    "moreResults",
    "more_results",
];
/// Numbers of pages.
const PAGE_COUNT_FIELDS: &[&str] = &[
    "pageCount",
    "page_count",
    "totalPages",
    "total_pages",
    "pages",
    "lastPage",
    "last_page",
];
/// Numbers of items of all pages.
const TOTAL_FIELDS: &[&str] = &[
    "total",
    "totalCount",
    "total_count",
    "totalItems",
    "total_items",
    "itemCount",
    "item_count",
    "totalResults",
    "total_results",
    "totalSize",
];
/// Response headers that carry the next cursor: all of these words, or one of the names.
const NEXT_HEADER_WORDS: &[&str] = &["next", "cursor"];
const NEXT_HEADERS: &[&str] = &[
    "x-next-page-token",
    "x-next-token",
    "x-continuation-token",
    "x-ms-continuation",
    "next-page-token",
];

fn is_idempotency_param(p: &Parameter) -> bool {
    p.location == ParamIn::Header && HeaderRole::Idempotency.is(&p.name)
}

fn is_correlation_param(p: &Parameter) -> bool {
    p.location == ParamIn::Header && HeaderRole::Correlation.is(&p.name)
}

/// Builds the client IR; types the operations need are added to `tb`.
pub fn build_client(contract: &Contract, tb: &mut TypeBuilder) -> ClientIr {
    let servers: Vec<ServerIr> = contract
        .servers
        .iter()
        .map(|s| ServerIr {
            url: server_url(&s.url, &s.variables),
            description: doc_lines(s.description.as_deref()),
        })
        .collect();
    let base_url = servers.first().map(|s| s.url.clone()).unwrap_or_default();

    let correlation_header = contract
        .operations
        .iter()
        .flat_map(|o| o.parameters.iter())
        .find(|p| is_correlation_param(p))
        .map(|p| p.name.clone());

    // Auth helpers.
    let mut auth = Vec::new();
    let mut auth_ns = Namespace::with_reserved(&["self", "super", "crate"]);
    let mut api_key_headers: Vec<String> = Vec::new();
    for (name, scheme) in &contract.security_schemes {
        let kind = match &scheme.kind {
            SecuritySchemeKind::OAuth2 { flows } => flows
                .iter()
                .filter(|f| f.kind == OAuthFlowKind::ClientCredentials)
                .find_map(|f| {
                    Some(AuthKind::OAuth2 {
                        token_url: f.token_url.clone()?,
                        scopes: f.scopes.keys().cloned().collect(),
                    })
                })
                .unwrap_or(AuthKind::Bearer),
            SecuritySchemeKind::OpenIdConnect { .. } => AuthKind::Bearer,
            SecuritySchemeKind::Http { scheme: s, .. } => match s.to_ascii_lowercase().as_str() {
                "bearer" => AuthKind::Bearer,
                "basic" => AuthKind::Basic,
                _ => continue,
            },
            SecuritySchemeKind::ApiKey {
                location,
                name: key,
            } => match location {
                ParamIn::Header => {
                    api_key_headers.push(key.to_ascii_lowercase());
                    AuthKind::ApiKeyHeader {
                        key_name: key.clone(),
                    }
                }
                ParamIn::Query => AuthKind::ApiKeyQuery {
                    key_name: key.clone(),
                },
                _ => continue,
            },
            _ => continue,
        };
        auth.push(AuthIr {
            fn_name: auth_ns.claim(&field_ident(name)),
            scheme: name.clone(),
            kind,
            doc: doc_lines(scheme.description.as_deref()),
        });
    }

    let mut methods = Namespace::with_reserved(&[
        "new",
        "builder",
        "with_options",
        "runtime",
        "from_runtime",
        "options",
        "clone",
        "fmt",
        "inner",
        "self",
        "super",
        "crate",
    ]);
    let mut operations = Vec::new();
    let mut params_structs = Vec::new();
    for op in &contract.operations {
        let op_id = op
            .operation_id
            .clone()
            .unwrap_or_else(|| format!("{} {}", op.method.lower(), op.path));
        let method_name = methods.claim(&field_ident(&op_id));
        let type_base = type_ident(&op_id);
        let mut arg_ns = Namespace::with_reserved(&["self", "body", "params", "options"]);

        let mut tenant = None;
        let mut idempotency_header = None;
        let mut args = Vec::new();
        let mut optional = Vec::new();
        // Path parameters in template order first.
        let template_vars = path_vars(&op.path);
        let mut ordered: Vec<&Parameter> = Vec::new();
        for v in &template_vars {
            if let Some(p) = op
                .parameters
                .iter()
                .find(|p| p.location == ParamIn::Path && &p.name == v)
            {
                ordered.push(p);
            }
        }
        ordered.extend(op.parameters.iter().filter(|p| p.location != ParamIn::Path));
        let mut synth_path: Vec<String> = template_vars
            .iter()
            .filter(|v| {
                !op.parameters
                    .iter()
                    .any(|p| p.location == ParamIn::Path && &&p.name == v)
            })
            .cloned()
            .collect();
        for p in ordered {
            if tenant.is_none() && is_tenant_parameter(p) {
                tenant = Some(TenantIr {
                    kind: if p.location == ParamIn::Path {
                        TenantKind::Path
                    } else {
                        TenantKind::Header
                    },
                    name: p.name.clone(),
                });
                continue;
            }
            if is_idempotency_param(p) {
                idempotency_header = Some(p.name.clone());
                continue;
            }
            if is_correlation_param(p) && correlation_header.is_some() {
                continue;
            }
            let lower = p.name.to_ascii_lowercase();
            if p.location == ParamIn::Cookie
                || (p.location == ParamIn::Header
                    && (matches!(lower.as_str(), "authorization" | "accept" | "content-type")
                        || api_key_headers.contains(&lower)))
            {
                continue;
            }
            let required = p.required || p.location == ParamIn::Path;
            let param = build_param(tb, p, &type_base, &mut arg_ns);
            if required {
                args.push(param);
            } else {
                optional.push(param);
            }
        }
        // Template variables the contract forgot to declare.
        for v in synth_path.drain(..) {
            if tenant.as_ref().is_some_and(|t| t.name == v) {
                continue;
            }
            args.push(Param {
                name: v.clone(),
                rust_name: arg_ns.claim(&field_ident(&v)),
                arg_ty: "&str".into(),
                ty: Ty::path("String"),
                encoding: ParamEncoding::Path,
                doc: Vec::new(),
                schema_ty: None,
            });
        }

        // Body.
        let body = op.request_body.as_ref().and_then(|rb| {
            let pick = rb
                .content
                .iter()
                .find(|m| m.name.is_json())
                .or_else(|| rb.content.iter().find(|m| m.name.is_form_urlencoded()))
                .or_else(|| rb.content.iter().find(|m| m.name.is_multipart()))
                .or_else(|| rb.content.first())?;
            let media = &pick.name;
            let (kind, ty) = if media.is_json() || media.is_form_urlencoded() {
                let ty = match pick.schema {
                    Some(s) => tb.resolve_value(s, &format!("{type_base}Body")),
                    None => Ty::Value,
                };
                let kind = if media.is_json() {
                    BodyKind::Json
                } else {
                    BodyKind::Form
                };
                (kind, ty)
            } else if media.is_multipart() {
                (BodyKind::Multipart, Ty::path("accord_runtime::Multipart"))
            } else if media.is_text() {
                (BodyKind::Text, Ty::path("String"))
            } else {
                (BodyKind::Bytes, Ty::path("Vec<u8>"))
            };
            Some(Body {
                kind,
                content_type: pick.name.to_string(),
                ty,
                required: rb.required,
            })
        });

        // Responses.
        let mut success: Vec<&accord_spec::Response> = op.success_responses().collect();
        if success.is_empty() {
            success = op
                .responses
                .iter()
                .filter(|r| r.status.is_default())
                .collect();
        }
        let mut response = Response {
            kind: ResponseKind::Empty,
            ty: Ty::Unit,
            variants: Vec::new(),
        };
        let mut response_schema = None;
        let mut response_headers: Vec<String> = Vec::new();
        // What each success status carries, in contract order.
        let mut by_status: Vec<(&accord_spec::Response, ReadKind, Ty)> = Vec::new();
        // Inline bodies of operations with several bodied statuses are named after
        // their status (`CreateJobAcceptedResponse`), leaving `CreateJobResponse`
        // for the enum over them.
        let bodied = success.iter().filter(|r| !r.content.is_empty()).count();
        for r in &success {
            let hint = match r.status.code() {
                Some(code) if bodied > 1 => format!("{type_base}{}Response", status_reason(code)),
                _ => format!("{type_base}Response"),
            };
            response_headers.extend(r.headers.iter().map(|h| h.name.clone()));
            let Some(m) = r
                .content
                .iter()
                .find(|m| m.name.is_json())
                .or_else(|| r.content.first())
            else {
                by_status.push((r, ReadKind::Empty, Ty::Unit));
                continue;
            };
            let (kind, ty) = if m.name.is_json() {
                let ty = match m.schema {
                    Some(s) => tb.resolve_value(s, &hint),
                    None => Ty::Value,
                };
                (ReadKind::Json, ty)
            } else if m.name.is_text() {
                (ReadKind::Text, Ty::path("String"))
            } else {
                (ReadKind::Bytes, Ty::path("Vec<u8>"))
            };
            by_status.push((r, kind, ty.clone()));
            if response.kind == ResponseKind::Empty {
                response.kind = kind.into();
                response.ty = ty;
                response_schema = m.schema.filter(|_| kind == ReadKind::Json);
            }
        }
        let mut json_tys: Vec<&Ty> = Vec::new();
        for (_, kind, ty) in &by_status {
            if *kind == ReadKind::Json && !json_tys.contains(&ty) {
                json_tys.push(ty);
            }
        }
        if json_tys.len() > 1 {
            // Statuses with different bodies (200 and 201, 200 and 202): one variant each.
            let name = tb.names.claim(&format!("{type_base}Response"));
            response = Response {
                kind: ResponseKind::ByStatus,
                ty: Ty::Path(name),
                variants: status_variants(&by_status),
            };
            response_schema = None;
        }
        // A response that may be empty (204 next to 200) reads an empty body as null.
        if response.kind == ResponseKind::Json
            && success.iter().any(|r| r.content.is_empty())
            && !matches!(response.ty, Ty::Option(_) | Ty::Value)
        {
            response.ty = Ty::Option(Box::new(response.ty));
        }

        // Errors.
        let mut error_tys: Vec<Ty> = Vec::new();
        for r in op.responses.iter().filter(|r| !r.status.is_success()) {
            if success.iter().any(|s| std::ptr::eq(*s, r)) {
                continue;
            }
            if let Some(m) = r.content.iter().find(|m| m.name.is_json())
                && let Some(s) = m.schema
            {
                let ty = tb.resolve_value(s, &format!("{type_base}Error"));
                if !error_tys.contains(&ty) {
                    error_tys.push(ty);
                }
            }
        }
        let error_ty = if error_tys.len() == 1 {
            error_tys.remove(0)
        } else {
            Ty::Value
        };

        let params_struct = if optional.is_empty() {
            None
        } else {
            let name = tb.names.claim(&format!("{type_base}Params"));
            params_structs.push(ParamsStruct {
                name: name.clone(),
                operation: method_name.clone(),
                fields: optional.clone(),
            });
            Some(name)
        };

        let pagination = if op.method == Method::Get {
            response_schema.and_then(|rs| {
                detect_pagination(tb, op, rs, &response_headers, &type_base).map(|d| Pagination {
                    method_name: methods.claim(&format!("{method_name}_pages")),
                    strategy: d.strategy,
                    items_pointer: d.items_pointer,
                    item_ty: d.item_ty,
                    has_more_pointer: d.has_more_pointer,
                    page_count_pointer: d.page_count_pointer,
                    total_pointer: d.total_pointer,
                })
            })
        } else {
            None
        };

        let mut doc = Vec::new();
        if let Some(s) = &op.summary {
            doc.extend(doc_lines(Some(s)));
        }
        let desc = doc_lines(op.description.as_deref());
        if !desc.is_empty() && desc != doc {
            if !doc.is_empty() {
                doc.push(String::new());
            }
            doc.extend(desc);
        }
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.push(format!(
            "`{} {}`",
            op.method.upper(),
            op.path.replace('`', "'")
        ));

        operations.push(Operation {
            method_name,
            http_method: op.method.upper().to_string(),
            path: op.path.clone(),
            operation_id: op_id,
            doc,
            deprecated: op.deprecated,
            args,
            params_struct,
            optional,
            body,
            response,
            error_ty,
            idempotency_header,
            tenant,
            pagination,
        });
    }

    let tenant_doc = operations
        .iter()
        .find_map(|o| o.tenant.as_ref())
        .map(|t| match t.kind {
            TenantKind::Path => format!("the `{{{}}}` path parameter", t.name),
            TenantKind::Header => format!("the `{}` header", t.name),
        });

    let uses_status_responses = operations
        .iter()
        .any(|o| o.response.kind == ResponseKind::ByStatus);
    let uses_form_bodies = operations
        .iter()
        .any(|o| o.body.as_ref().is_some_and(|b| b.kind == BodyKind::Form));
    ClientIr {
        uses_status_responses,
        uses_form_bodies,
        base_url,
        servers,
        correlation_header,
        tenant_doc,
        auth,
        operations,
        params_structs,
    }
}

/// The variants of a per-status response enum: explicit statuses first (named
/// after their reason phrase), then ranges and `default`, and a catch-all
/// `Other` for a success status the contract does not declare, so that a vendor
/// answering 202 where it documented 200 and 201 still gives a response.
fn status_variants(by_status: &[(&accord_spec::Response, ReadKind, Ty)]) -> Vec<StatusVariant> {
    let mut ns = Namespace::with_reserved(&["Other"]);
    let mut ordered: Vec<&(&accord_spec::Response, ReadKind, Ty)> = by_status.iter().collect();
    // Exact codes before ranges before `default`, as a `match` needs them.
    ordered.sort_by_key(|(r, _, _)| r.status.clone());
    let mut variants = Vec::new();
    let mut catch_all = false;
    for (r, kind, ty) in ordered {
        let (base, pattern) = match &r.status {
            StatusKey::Exact(code) => (status_reason(*code), StatusPattern::Exact { code: *code }),
            StatusKey::Default => ("Default".to_string(), StatusPattern::Any),
            other => {
                let digit = u16::from(other.class().unwrap_or(2));
                (
                    format!("Status{digit}xx"),
                    StatusPattern::Range {
                        first: digit * 100,
                        last: digit * 100 + 99,
                    },
                )
            }
        };
        catch_all |= pattern == StatusPattern::Any;
        let status = r.status.to_string().replace('`', "'");
        // The whole description: a first line alone can stop mid-sentence.
        let doc = match r.description.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => format!("`{status}`: {text}"),
            _ => format!("`{status}`"),
        };
        variants.push(StatusVariant {
            name: ns.claim(&variant_ident(&base)),
            status: r.status.to_string(),
            pattern,
            kind: *kind,
            ty: ty.clone(),
            doc: doc_lines(Some(&doc)),
        });
    }
    // A `2XX` range is the catch-all when there is no `default`.
    if !catch_all
        && let Some(last) = variants.last_mut()
        && last.pattern
            == (StatusPattern::Range {
                first: 200,
                last: 299,
            })
    {
        last.pattern = StatusPattern::Any;
        catch_all = true;
    }
    if !catch_all {
        variants.push(StatusVariant {
            name: "Other".into(),
            status: String::new(),
            pattern: StatusPattern::Any,
            kind: ReadKind::Json,
            ty: Ty::Value,
            doc: vec![
                "A success status the contract does not declare (sent by a newer version).".into(),
            ],
        });
    }
    variants
}

/// The reason phrase of a success status as a type name (`Created`, `NoContent`).
fn status_reason(code: u16) -> String {
    match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        208 => "AlreadyReported",
        226 => "ImUsed",
        _ => return format!("Status{code}"),
    }
    .to_string()
}

fn server_url(url: &str, vars: &indexmap::IndexMap<String, String>) -> String {
    let mut out = url.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

fn path_vars(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + end];
        if !name.is_empty() && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
        rest = &rest[start + end + 1..];
    }
    out
}

/// Whether `ty` can go into a URL or header with `Display`.
fn is_simple(tb: &TypeBuilder, ty: &Ty) -> bool {
    match ty {
        Ty::Path(p) => {
            is_string_path(p)
                || matches!(p.as_str(), "i64" | "i32" | "u64" | "f64" | "f32" | "bool")
        }
        Ty::Named(i) => matches!(tb.defs[*i].kind, TypeKind::Enum { .. }),
        _ => false,
    }
}

fn render_client_ty(tb: &TypeBuilder, ty: &Ty) -> String {
    ty.render(&|i| format!("types::{}", tb.defs[i].name))
}

fn build_param(tb: &mut TypeBuilder, p: &Parameter, type_base: &str, ns: &mut Namespace) -> Param {
    let schema: Option<SchemaId> = p
        .schema
        .or_else(|| p.content.first().and_then(|m| m.schema));
    let ty = match schema {
        Some(s) => {
            tb.resolve(s, &format!("{type_base}{}", type_ident(&p.name)))
                .0
        }
        None => Ty::path("String"),
    };
    let scalar_at = |location| match location {
        ParamIn::Path => ParamEncoding::Path,
        ParamIn::Query => ParamEncoding::Query,
        ParamIn::Header | ParamIn::Cookie => ParamEncoding::Header,
    };
    let schema_ty = ty.clone();
    let (encoding, ty) = match (&ty, p.location) {
        (t, location) if is_simple(tb, t) => (scalar_at(location), ty),
        (Ty::Vec(inner), ParamIn::Query) if is_simple(tb, inner) => {
            let encoding = match p.style {
                Some(ParamStyle::SpaceDelimited) => {
                    ParamEncoding::QueryDelimited { delimiter: ' ' }
                }
                Some(ParamStyle::PipeDelimited) => ParamEncoding::QueryDelimited { delimiter: '|' },
                _ => ParamEncoding::QueryArray {
                    explode: p.effective_explode(),
                },
            };
            (encoding, ty)
        }
        (_, ParamIn::Query) if p.style == Some(ParamStyle::DeepObject) => (
            ParamEncoding::QueryDeepObject,
            Ty::Map(Box::new(Ty::path("String"))),
        ),
        // Anything else goes as text.
        (_, location) => (scalar_at(location), Ty::path("String")),
    };
    let rendered = render_client_ty(tb, &ty);
    let arg_ty = match &ty {
        Ty::Path(p) if is_string_path(p) => "&str".to_string(),
        _ => rendered,
    };
    let mut doc = doc_lines(p.description.as_deref());
    if p.deprecated {
        doc.push("Deprecated.".into());
    }
    Param {
        name: p.name.clone(),
        rust_name: ns.claim(&field_ident(&p.name)),
        arg_ty,
        schema_ty: (schema_ty != ty).then_some(schema_ty),
        ty,
        encoding,
        doc,
    }
}

fn escape_pointer(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

/// What a list operation's pagination looks like, before its method is named.
struct Detected {
    strategy: PageStrategy,
    items_pointer: String,
    item_ty: Ty,
    has_more_pointer: Option<String>,
    page_count_pointer: Option<String>,
    total_pointer: Option<String>,
}

/// The array of a list response: the body itself, a conventional items field, the field
/// named after the path's last segment (Xero's `Invoices`), or the only array left once
/// warnings and errors are set aside.
fn items_array(
    arena: &accord_spec::SchemaArena,
    s: &accord_spec::Schema,
    path: &str,
) -> Option<(String, SchemaId)> {
    if s.types.single() == Some(JsonType::Array) {
        return Some((String::new(), s.items?));
    }
    let arrays: Vec<(&String, SchemaId)> = s
        .properties
        .iter()
        .filter_map(|(name, id)| {
            let p = merged_schema(arena, *id);
            (p.types.single() == Some(JsonType::Array)).then_some((name, p.items?))
        })
        .collect();
    let last_segment = path
        .rsplit('/')
        .find(|seg| !seg.is_empty() && !seg.starts_with('{'))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let not_diagnostics: Vec<&(&String, SchemaId)> = arrays
        .iter()
        .filter(|(n, _)| !NOT_ITEM_FIELDS.contains(&n.to_ascii_lowercase().as_str()))
        .collect();
    let pick = arrays
        .iter()
        .find(|(n, _)| ITEM_FIELDS.contains(&n.as_str()))
        .or_else(|| {
            arrays
                .iter()
                .find(|(n, _)| !last_segment.is_empty() && n.to_ascii_lowercase() == last_segment)
        })
        .or_else(|| (not_diagnostics.len() == 1).then(|| not_diagnostics[0]))?;
    Some((format!("/{}", escape_pointer(pick.0)), pick.1))
}

/// A property of `s` (or of one of its conventional containers, `meta`, `pagination`...)
/// named in `names` whose type `accepts`: its JSON pointer.
fn signal_pointer(
    arena: &accord_spec::SchemaArena,
    s: &accord_spec::Schema,
    names: &[&str],
    accepts: &dyn Fn(&accord_spec::Schema) -> bool,
) -> Option<String> {
    let find = |s: &accord_spec::Schema| {
        names.iter().find_map(|n| {
            let id = s.properties.get(*n)?;
            accepts(&merged_schema(arena, *id)).then(|| escape_pointer(n))
        })
    };
    if let Some(name) = find(s) {
        return Some(format!("/{name}"));
    }
    NEXT_CONTAINERS.iter().find_map(|c| {
        let id = s.properties.get(*c)?;
        let name = find(&merged_schema(arena, *id))?;
        Some(format!("/{}/{name}", escape_pointer(c)))
    })
}

fn is_boolean(s: &accord_spec::Schema) -> bool {
    s.types.single() == Some(JsonType::Boolean)
}

fn is_count(s: &accord_spec::Schema) -> bool {
    s.types.contains(JsonType::Integer) || s.types.contains(JsonType::Number)
}

fn detect_pagination(
    tb: &mut TypeBuilder,
    op: &accord_spec::Operation,
    response: SchemaId,
    response_headers: &[String],
    type_base: &str,
) -> Option<Detected> {
    let arena = tb_arena(tb);
    let s = merged_schema(arena, response);
    let (items_pointer, items_schema) = items_array(arena, &s, &op.path)?;
    let query: Vec<&Parameter> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamIn::Query)
        .collect();
    let find = |names: &[&str]| -> Option<&Parameter> {
        names
            .iter()
            .find_map(|n| query.iter().find(|p| p.name == *n).copied())
    };
    let has_link = response_headers
        .iter()
        .any(|h| h.eq_ignore_ascii_case("link"));
    let cursor_header = response_headers.iter().find(|h| {
        let h = h.to_ascii_lowercase();
        NEXT_HEADER_WORDS.iter().all(|w| h.contains(w)) || NEXT_HEADERS.contains(&h.as_str())
    });
    // Every item has an `id`: the schema itself, or each variant of a polymorphic list.
    let has_id = |id: SchemaId| merged_schema(arena, id).properties.contains_key("id");
    let item = merged_schema(arena, items_schema);
    let variants: Vec<SchemaId> = item.one_of.iter().chain(&item.any_of).copied().collect();
    let item_has_id = item.properties.contains_key("id")
        || (!variants.is_empty() && variants.iter().all(|v| has_id(*v)));
    // A string `page` parameter takes a token, not a number (Stripe's search `page`).
    let string_page = find(PAGE_PARAMS).filter(|p| {
        p.schema
            .is_some_and(|id| merged_schema(arena, id).types.single() == Some(JsonType::String))
    });
    let cursor_param = find(CURSOR_PARAMS).or(string_page);
    let strategy = if let (Some(param), Some(next_pointer)) = (cursor_param, next_cursor(arena, &s))
    {
        PageStrategy::Cursor {
            param: param.name.clone(),
            next_pointer,
        }
    } else if let (Some(param), Some(header)) = (cursor_param, cursor_header) {
        PageStrategy::CursorHeader {
            param: param.name.clone(),
            header: header.clone(),
        }
    } else if let Some(param) = find(LAST_ITEM_PARAMS).filter(|_| item_has_id) {
        PageStrategy::LastItemCursor {
            param: param.name.clone(),
            id_pointer: "/id".into(),
        }
    } else if has_link {
        PageStrategy::LinkHeader
    } else if let (Some(offset), Some(limit)) = (find(OFFSET_PARAMS), find(LIMIT_PARAMS)) {
        let schema = limit.schema.map(|id| arena.get(id));
        let limit_value = schema
            .and_then(|s| s.default.as_ref())
            .and_then(Value::as_u64)
            .or_else(|| schema.and_then(|s| s.maximum).map(|b| b.value as u64))
            .unwrap_or(100)
            .max(1);
        PageStrategy::OffsetLimit {
            offset_param: offset.name.clone(),
            limit_param: limit.name.clone(),
            limit: limit_value,
        }
    } else if let Some(page) = find(PAGE_PARAMS).filter(|_| string_page.is_none()) {
        let first = page
            .schema
            .and_then(|id| arena.get(id).minimum)
            .map(|b| b.value.max(0.0) as u64)
            .unwrap_or(1);
        PageStrategy::PageNumber {
            param: page.name.clone(),
            first,
        }
    } else if let Some(offset) = find(OFFSET_PARAMS) {
        PageStrategy::Offset {
            offset_param: offset.name.clone(),
        }
    } else {
        return None;
    };
    let has_more_pointer = signal_pointer(arena, &s, HAS_MORE_FIELDS, &is_boolean);
    let page_count_pointer = signal_pointer(arena, &s, PAGE_COUNT_FIELDS, &is_count);
    let total_pointer = signal_pointer(arena, &s, TOTAL_FIELDS, &is_count);
    let item_ty = tb.resolve_value(items_schema, &format!("{type_base}Item"));
    Some(Detected {
        strategy,
        items_pointer,
        item_ty,
        has_more_pointer,
        page_count_pointer,
        total_pointer,
    })
}

fn tb_arena<'a>(tb: &TypeBuilder<'a>) -> &'a accord_spec::SchemaArena {
    tb.arena()
}

/// The JSON pointer of the next cursor in a list response, if it has one.
fn next_cursor(arena: &accord_spec::SchemaArena, s: &accord_spec::Schema) -> Option<String> {
    let is_stringish = |id: SchemaId| {
        let p = merged_schema(arena, id);
        p.types.is_any() || p.types.contains(JsonType::String)
    };
    for n in NEXT_FIELDS {
        if let Some(id) = s.properties.get(*n)
            && is_stringish(*id)
        {
            return Some(format!("/{}", escape_pointer(n)));
        }
    }
    for c in NEXT_CONTAINERS {
        if let Some(id) = s.properties.get(*c) {
            let inner = merged_schema(arena, *id);
            for n in NEXT_FIELDS {
                if let Some(id) = inner.properties.get(*n)
                    && is_stringish(*id)
                {
                    return Some(format!("/{}/{}", escape_pointer(c), escape_pointer(n)));
                }
            }
        }
    }
    None
}

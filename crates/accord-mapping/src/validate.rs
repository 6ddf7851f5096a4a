//! Validation of a mapping against the contracts it names, one function per check, each
//! producing [`Diagnostic`]s with a stable rule ID and the mapping file's line and column.
//!
//! The rules' IDs and pages live one file per rule in [`crate::rules`]; [`crate::RULES`]
//! lists them.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use accord_report::Diagnostic;
use accord_schema::{Direction as SchemaDirection, ValidatorCache};
use accord_spec::{Contract, JsonType, LoadError, Method, SchemaArena, SchemaId, Span, Types};
use serde_json::Value;

use crate::load::{Contracts, canonical_root};
use crate::paths::{self, FieldPath, Resolved, Token, types_text};
use crate::rules;
use crate::spec::{Direction, Field, Located, MappingSpec, Source, Table, Transform, diagnostic};
use crate::transforms::{self, Output};

/// Validates a mapping against the contracts it names (loaded through `contracts`).
pub fn validate(spec: &MappingSpec, contracts: &Contracts) -> Vec<Diagnostic> {
    let vendor = contracts.vendor(spec);
    run(spec, contracts, vendor)
}

/// Validates a mapping against `vendor` instead of the contract it names (to check a
/// mapping against a newer vendor version before switching to it).
pub fn validate_against(
    spec: &MappingSpec,
    contracts: &Contracts,
    vendor: &Contract,
) -> Vec<Diagnostic> {
    run(spec, contracts, Some(Ok(Arc::new(vendor.clone()))))
}

fn run(
    spec: &MappingSpec,
    contracts: &Contracts,
    vendor: Option<Result<Arc<Contract>, LoadError>>,
) -> Vec<Diagnostic> {
    let mut out = spec.problems.clone();
    let vendor = loaded(
        spec,
        vendor,
        spec.vendor.contract.as_ref(),
        "vendor contract",
        &mut out,
    );
    let canonical = loaded(
        spec,
        contracts.canonical(spec),
        spec.canonical.schema.as_ref(),
        "canonical schema",
        &mut out,
    );
    let mut ctx = Ctx {
        spec,
        vendor: vendor.as_deref(),
        vendor_root: None,
        canonical: canonical.as_deref(),
        canonical_root: canonical.as_deref().and_then(canonical_root),
        fields: Vec::new(),
        out,
        validators: ValidatorCache::default(),
    };
    check_header(&mut ctx);
    check_shapes(&mut ctx);
    resolve_fields(&mut ctx);
    check_array_alignment(&mut ctx);
    check_types(&mut ctx);
    check_enums(&mut ctx);
    check_values(&mut ctx);
    check_unmapped_required(&mut ctx);
    check_duplicates(&mut ctx);
    check_outbound_required(&mut ctx);
    check_outbound_read_only(&mut ctx);
    let mut out = ctx.out;
    out.sort_by(|a, b| {
        (a.location.line, a.location.column, &a.rule, &a.message).cmp(&(
            b.location.line,
            b.location.column,
            &b.rule,
            &b.message,
        ))
    });
    out.dedup();
    out
}

fn loaded(
    spec: &MappingSpec,
    result: Option<Result<Arc<Contract>, LoadError>>,
    at: Option<&Located<String>>,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> Option<Arc<Contract>> {
    match (result?, at) {
        (Ok(c), _) => Some(c),
        (Err(e), Some(at)) => {
            out.push(diagnostic(
                &spec.file,
                rules::unloadable_contract::ID,
                &at.pointer,
                at.span,
                format!("cannot load the {what} `{}`: {e}", at.value),
                "paths are relative to the mapping file",
            ));
            None
        }
        (Err(_), None) => None,
    }
}

/// A parsed and (when possible) resolved path of a field.
struct Slot {
    path: FieldPath,
    resolved: Option<Resolved>,
}

#[derive(Default)]
struct FieldInfo {
    canonical: Vec<Option<Slot>>,
    vendor: Vec<Option<Slot>>,
}

struct Ctx<'a> {
    spec: &'a MappingSpec,
    vendor: Option<&'a Contract>,
    vendor_root: Option<SchemaId>,
    canonical: Option<&'a Contract>,
    canonical_root: Option<SchemaId>,
    fields: Vec<FieldInfo>,
    out: Vec<Diagnostic>,
    validators: ValidatorCache,
}

impl Ctx<'_> {
    fn report(&mut self, rule: &str, at: (&str, Span), message: String, help: impl Into<String>) {
        self.out
            .push(diagnostic(&self.spec.file, rule, at.0, at.1, message, help));
    }
    fn dir(&self, field: &Field) -> Direction {
        field.effective_direction(self.spec.direction.value)
    }
}

fn at<T>(l: &Located<T>) -> (&str, Span) {
    (&l.pointer, l.span)
}

/// The id equals the file name; the vendor schema and operations exist.
fn check_header(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let id = &spec.id;
    if !id.value.is_empty() {
        let stem = Path::new(&spec.file)
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        let stem = stem
            .strip_suffix(".yaml")
            .or_else(|| stem.strip_suffix(".yml"))
            .unwrap_or(&stem)
            .to_string();
        if stem != id.value {
            ctx.report(
                rules::invalid_spec::ID,
                at(id),
                format!(
                    "mapping id `{}` does not match the file name `{stem}`",
                    id.value
                ),
                "name the file `<mapping id>.yaml`",
            );
        }
        let well_formed = id.value.matches('.').count() == 1
            && id.value.contains("-to-")
            && id
                .value
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.');
        if !well_formed {
            ctx.report(
                rules::invalid_spec::ID,
                at(id),
                format!(
                    "mapping id `{}` is not `<vendor-slug>.<vendor-object>-to-<canonical-object>` in lower kebab case",
                    id.value
                ),
                "for example `relay-crm.contact-to-customer`",
            );
        }
    }
    let Some(vendor) = ctx.vendor else {
        return;
    };
    if !vendor.kind.is_openapi()
        && let Some(c) = &spec.vendor.contract
    {
        ctx.report(
            rules::unloadable_contract::ID,
            at(c),
            format!(
                "the vendor contract `{}` is not an OpenAPI document",
                c.value
            ),
            "mappings read vendor objects from `components.schemas` of an OpenAPI 3.x contract",
        );
    }
    if let Some(schema) = &spec.vendor.schema {
        match vendor.components.get(&schema.value) {
            Some(id) => ctx.vendor_root = Some(*id),
            None => ctx.report(
                rules::unknown_vendor_schema::ID,
                at(schema),
                format!(
                    "the vendor contract `{}` has no schema `{}` in `components.schemas`",
                    vendor.file(),
                    schema.value
                ),
                "name a key of `components.schemas`",
            ),
        }
    }
    for op in &spec.vendor.operations {
        let well_formed = op.value.split_once(' ').is_some_and(|(m, p)| {
            Method::parse(m).is_some_and(|method| method.upper() == m) && p.starts_with('/')
        });
        if !well_formed {
            ctx.report(
                rules::invalid_spec::ID,
                at(op),
                format!("`{}` is not an operation like `GET /path`", op.value),
                "METHOD in upper case, one space, the path exactly as in `paths`",
            );
            continue;
        }
        if vendor.operation(&op.value).is_none() {
            let mut d = diagnostic(
                &spec.file,
                rules::unknown_operation::ID,
                &op.pointer,
                op.span,
                format!(
                    "operation `{}` does not exist in the vendor contract `{}`",
                    op.value,
                    vendor.file()
                ),
                "remove it from `vendor.operations`, or list the operation that replaces it",
            );
            d.operation = Some(op.value.clone());
            ctx.out.push(d);
        }
    }
}

/// List forms only with concat/split, constants without transforms, directions narrow.
fn check_shapes(ctx: &mut Ctx) {
    let spec = ctx.spec;
    for field in &spec.fields {
        let kind = field.transform.as_ref().and_then(|t| t.kind.as_ref());
        let name = field.transform.as_ref().map(|t| t.name.value.as_str());
        let is_split = matches!(kind, Some(Transform::Split { .. }));
        let is_concat = matches!(kind, Some(Transform::Concat { .. }));
        let known = kind.is_some() || name.is_none();
        if field.canonical_is_list && !is_split && known {
            ctx.report(
                rules::invalid_spec::ID,
                at(&field.canonical[0]),
                "a list of canonical paths needs the `split` transform".into(),
                "write `transform: {split: {separator: \" \"}}`, or map one canonical path",
            );
        }
        if is_split && (!field.canonical_is_list || field.canonical.len() < 2) {
            let t = &field.transform.as_ref().unwrap().name;
            ctx.report(
                rules::invalid_spec::ID,
                at(t),
                "`split` needs a list of at least two canonical paths".into(),
                "write `canonical: [givenName, familyName]`",
            );
        }
        if let Source::Vendor { paths, list } = &field.source {
            if *list && !is_concat && known {
                ctx.report(
                    rules::invalid_spec::ID,
                    at(&paths[0]),
                    "a list of vendor paths needs the `concat` transform".into(),
                    "write `transform: {concat: {separator: \" \"}}`, or map one vendor path",
                );
            }
            if is_concat && (!list || paths.len() < 2) {
                let t = &field.transform.as_ref().unwrap().name;
                ctx.report(
                    rules::invalid_spec::ID,
                    at(t),
                    "`concat` needs a list of at least two vendor paths".into(),
                    "write `vendor: [firstName, lastName]`",
                );
            }
        }
        if let Source::Constant(c) = &field.source {
            if let Some(t) = &field.transform {
                ctx.report(
                    rules::invalid_spec::ID,
                    at(&t.name),
                    "a field with `constant` cannot have a transform".into(),
                    "write the transformed value as the constant",
                );
            }
            if field
                .direction
                .as_ref()
                .is_some_and(|d| d.value == Direction::Outbound)
            {
                ctx.report(
                    rules::invalid_spec::ID,
                    at(c),
                    "a `constant` applies inbound only; it cannot have `direction: outbound`"
                        .into(),
                    "remove the field or its direction",
                );
            }
        }
        if let Some(d) = &field.direction
            && !d.value.narrows(spec.direction.value)
        {
            ctx.report(
                rules::invalid_spec::ID,
                at(d),
                format!(
                    "field direction `{}` widens the file direction `{}`",
                    d.value.as_str(),
                    spec.direction.value.as_str()
                ),
                "a field direction may only narrow the file's",
            );
        }
    }
}

/// Parses and resolves every path: unknown vendor/canonical paths are reported here.
fn resolve_fields(ctx: &mut Ctx) {
    let spec = ctx.spec;
    for field in &spec.fields {
        let mut info = FieldInfo::default();
        for c in &field.canonical {
            let slot = parse_slot(ctx, c, false).map(|path| {
                let resolved = match (ctx.canonical, ctx.canonical_root) {
                    (Some(contract), Some(root)) => {
                        match paths::resolve(&contract.schemas, root, &path) {
                            Ok(r) => Some(r),
                            Err(e) => {
                                ctx.report(
                                    rules::unknown_canonical_path::ID,
                                    at(c),
                                    format!(
                                        "canonical path `{}` does not exist in `{}`: {}",
                                        c.value,
                                        contract.file(),
                                        e.message
                                    ),
                                    "canonical paths walk `properties` of the canonical schema",
                                );
                                None
                            }
                        }
                    }
                    _ => None,
                };
                Slot { path, resolved }
            });
            info.canonical.push(slot);
        }
        for v in field.vendor_paths() {
            let slot = parse_slot(ctx, v, true).map(|path| {
                let resolved = match (ctx.vendor, ctx.vendor_root) {
                    (Some(contract), Some(root)) => {
                        match paths::resolve(&contract.schemas, root, &path) {
                            Ok(r) => Some(r),
                            Err(e) => {
                                let schema = spec.vendor.schema.as_ref().map_or("", |s| &s.value);
                                ctx.report(
                                    rules::unknown_vendor_path::ID,
                                    at(v),
                                    format!(
                                        "vendor path `{}` does not exist in `{schema}` of `{}`: {}",
                                        v.value,
                                        contract.file(),
                                        e.message
                                    ),
                                    "map the field from the property that replaces it, or remove the field",
                                );
                                None
                            }
                        }
                    }
                    _ => None,
                };
                Slot { path, resolved }
            });
            info.vendor.push(slot);
        }
        ctx.fields.push(info);
    }
}

fn parse_slot(ctx: &mut Ctx, text: &Located<String>, vendor: bool) -> Option<FieldPath> {
    match paths::parse(&text.value) {
        Ok(p) if !vendor && p.has_index() => {
            ctx.report(
                rules::invalid_spec::ID,
                at(text),
                format!(
                    "canonical path `{}` uses `[N]`, which only vendor paths may",
                    text.value
                ),
                "use `[]` to map every element",
            );
            None
        }
        Ok(p) => Some(p),
        Err(message) => {
            ctx.report(
                rules::invalid_spec::ID,
                at(text),
                message,
                "paths are `a.b`, `a[].b` or `a[0].b`",
            );
            None
        }
    }
}

/// The k-th `[]` of the canonical path pairs with the k-th `[]` of each vendor path.
fn check_array_alignment(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let mut found = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        let Some(Some(c)) = info.canonical.first() else {
            continue;
        };
        let want = c.path.each_count();
        for (v, slot) in field.vendor_paths().iter().zip(&info.vendor) {
            if let Some(slot) = slot {
                // A path that does not resolve is already reported.
                let failed = slot.resolved.is_none() && ctx.vendor_root.is_some();
                if !failed && slot.path.each_count() != want {
                    found.push((v.clone(), slot.path.each_count(), want, c.path.text.clone()));
                }
            }
        }
    }
    for (v, n, want, canonical) in found {
        ctx.report(
            rules::array_mismatch::ID,
            at(&v),
            format!(
                "vendor path `{}` iterates {n} array(s) with `[]` but canonical `{canonical}` iterates {want}",
                v.value
            ),
            "the number of `[]` in the vendor and canonical paths must be equal",
        );
    }
}

fn fits(actual: Types, accepted: &[JsonType]) -> bool {
    actual.iter().all(|t| {
        accepted.contains(&t) || (t == JsonType::Integer && accepted.contains(&JsonType::Number))
    })
}

fn suggest(vendor: Types, canonical: &Resolved) -> &'static str {
    let c = canonical.types;
    let date = canonical.merged.format.as_deref() == Some("date-time");
    if vendor.contains(JsonType::Integer) && c.contains(JsonType::String) && date {
        "add `transform: unix-seconds-to-rfc3339`"
    } else if (vendor.contains(JsonType::Integer) || vendor.contains(JsonType::Number))
        && c.contains(JsonType::String)
    {
        "add `transform: to-string` (or `minor-units-to-decimal` for minor units)"
    } else if vendor.contains(JsonType::String) && c.contains(JsonType::Number) {
        "add `transform: to-number`"
    } else {
        "add a transform that converts it, or map a field of the canonical type"
    }
}

/// Types fit the transform; without one, vendor and canonical types are the same.
fn check_types(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let mut found = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        let vendors: Vec<(&Located<String>, &Resolved)> = field
            .vendor_paths()
            .iter()
            .zip(&info.vendor)
            .filter_map(|(v, s)| Some((v, s.as_ref()?.resolved.as_ref()?)))
            .filter(|(_, r)| !r.unknown && !r.types.is_any())
            .collect();
        let canonicals: Vec<(&Located<String>, &Resolved)> = field
            .canonical
            .iter()
            .zip(&info.canonical)
            .filter_map(|(c, s)| Some((c, s.as_ref()?.resolved.as_ref()?)))
            .filter(|(_, r)| !r.unknown && !r.types.is_any())
            .collect();
        match &field.transform {
            None => {
                for (v, vr) in &vendors {
                    for (c, cr) in &canonicals {
                        let mut ok = fits(vr.types, &cr.types.iter().collect::<Vec<_>>());
                        if ok && vr.types.single() == Some(JsonType::Array) {
                            ok = item_types_fit(ctx, vr, cr);
                        }
                        if !ok {
                            found.push((
                                (v.pointer.clone(), v.span),
                                format!(
                                    "vendor path `{}` is {} but canonical `{}` is {}, and no transform converts it",
                                    v.value,
                                    types_text(vr.types),
                                    c.value,
                                    types_text(cr.types)
                                ),
                                suggest(vr.types, cr).to_string(),
                            ));
                        }
                    }
                }
            }
            Some(t) => {
                let Some(info) = transforms::info(&t.name.value) else {
                    continue;
                };
                if t.kind.is_none() {
                    continue;
                }
                for (v, vr) in &vendors {
                    if !fits(vr.types, info.input) {
                        let accepted = types_text(Types::of(info.input)).replace(" or ", ", ");
                        let accepted = match accepted.rsplit_once(", ") {
                            Some((a, b)) => format!("{a} or {b}"),
                            None => accepted,
                        };
                        let both_same = canonicals
                            .iter()
                            .any(|(_, cr)| fits(vr.types, &cr.types.iter().collect::<Vec<_>>()));
                        found.push((
                            (t.name.pointer.clone(), t.name.span),
                            format!(
                                "transform `{}` takes {} but vendor path `{}` is {}",
                                info.name,
                                accepted,
                                v.value,
                                types_text(vr.types)
                            ),
                            if both_same {
                                "the vendor and canonical types already match: remove the transform".to_string()
                            } else {
                                "choose the transform for the vendor type (see `accord explain mapping`)".to_string()
                            },
                        ));
                    }
                }
                if let Output::Type(out) = info.output {
                    for (c, cr) in &canonicals {
                        if !fits(Types::of(&[out]), &cr.types.iter().collect::<Vec<_>>()) {
                            found.push((
                                (t.name.pointer.clone(), t.name.span),
                                format!(
                                    "transform `{}` produces {} but canonical `{}` is {}",
                                    info.name,
                                    out.name(),
                                    c.value,
                                    types_text(cr.types)
                                ),
                                "choose a transform that produces the canonical type".to_string(),
                            ));
                        }
                    }
                }
            }
        }
    }
    for ((pointer, span), message, help) in found {
        ctx.report(rules::type_mismatch::ID, (&pointer, span), message, help);
    }
}

fn item_types_fit(ctx: &Ctx, vr: &Resolved, cr: &Resolved) -> bool {
    let (Some(vendor), Some(canonical)) = (ctx.vendor, ctx.canonical) else {
        return true;
    };
    let (Some(vi), Some(ci)) = (vr.merged.items, cr.merged.items) else {
        return true;
    };
    let vt = paths::effective_types(&vendor.schemas, &vendor.schemas.merged(vi), 0);
    let ct = paths::effective_types(&canonical.schemas, &canonical.schemas.merged(ci), 0);
    vt.is_any() || ct.is_any() || fits(vt, &ct.iter().collect::<Vec<_>>())
}

fn value_key(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn show_values(values: &[String]) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `enum`: the keys of `map` are exactly the vendor enum; reverse values are vendor values.
fn check_enums(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let mut reports = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        let Some(Transform::Enum(table)) = field.transform.as_ref().and_then(|t| t.kind.as_ref())
        else {
            continue;
        };
        let Some(Some(Slot {
            resolved: Some(vr), ..
        })) = info.vendor.first()
        else {
            continue;
        };
        if vr.unknown {
            continue;
        }
        let vendor_path = &field.vendor_paths()[0].value;
        let Some(values) = &vr.enum_values else {
            let t = &field.transform.as_ref().unwrap().name;
            reports.push((
                rules::enum_invalid::ID,
                (t.pointer.clone(), t.span),
                format!(
                    "vendor path `{vendor_path}` has no enum, so `enum` cannot check its table"
                ),
                "use `lookup` for open (non-enum) vendor values".to_string(),
            ));
            continue;
        };
        let vendor_values: Vec<String> = values.iter().map(value_key).collect();
        let missing: Vec<String> = vendor_values
            .iter()
            .filter(|v| !table.entries.iter().any(|(k, _)| &k.value == *v))
            .cloned()
            .collect();
        if !missing.is_empty() {
            reports.push((
                rules::enum_incomplete::ID,
                (table.at.pointer.clone(), table.at.span),
                format!(
                    "the enum table for vendor path `{vendor_path}` misses vendor value(s) {}",
                    show_values(&missing)
                ),
                "map every vendor value explicitly; `fallback` is for values a vendor adds later"
                    .to_string(),
            ));
        }
        for (k, _) in &table.entries {
            if !vendor_values.contains(&k.value) {
                reports.push((
                    rules::enum_invalid::ID,
                    (k.pointer.clone(), k.span),
                    format!(
                        "`{}` is not a value of the vendor enum at `{vendor_path}` ({})",
                        k.value,
                        show_values(&vendor_values)
                    ),
                    "remove the entry, or fix its spelling".to_string(),
                ));
            }
        }
        for (_, v) in &table.reverse {
            if !vendor_values.contains(&value_key(&v.value)) {
                reports.push((
                    rules::enum_invalid::ID,
                    (v.pointer.clone(), v.span),
                    format!(
                        "reverse value `{}` is not a value of the vendor enum at `{vendor_path}` ({})",
                        value_key(&v.value),
                        show_values(&vendor_values)
                    ),
                    "a reverse entry maps a canonical value to a vendor value".to_string(),
                ));
            }
        }
    }
    for (rule, (pointer, span), message, help) in reports {
        ctx.report(rule, (&pointer, span), message, help);
    }
}

/// Canonical-side values: constants, defaults, enum/lookup targets, fallbacks and reverse keys
/// must be valid for the canonical field (enum membership, type, pattern).
fn check_values(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let mut checks: Vec<(&'static str, Located<Value>, SchemaId, String, String)> = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        if field.canonical.len() != 1 {
            continue;
        }
        let Some(Some(Slot {
            resolved: Some(cr), ..
        })) = info.canonical.first()
        else {
            continue;
        };
        if cr.unknown {
            continue;
        }
        let target = field.canonical[0].value.clone();
        let mut push = |rule, what: &str, v: &Located<Value>| {
            checks.push((rule, v.clone(), cr.schema, target.clone(), what.to_string()));
        };
        if let Source::Constant(c) = &field.source {
            push(rules::invalid_value::ID, "constant", c);
        }
        if let Some(d) = &field.default {
            push(rules::invalid_value::ID, "default", d);
        }
        let table: Option<(&Table, &'static str)> =
            match field.transform.as_ref().and_then(|t| t.kind.as_ref()) {
                Some(Transform::Enum(t)) => Some((t, rules::enum_invalid::ID)),
                Some(Transform::Lookup(t)) => Some((t, rules::invalid_value::ID)),
                _ => None,
            };
        if let Some((table, rule)) = table {
            for (_, v) in &table.entries {
                push(rule, "table value", v);
            }
            if let Some(f) = &table.fallback {
                push(rule, "fallback", f);
            }
            for (k, _) in &table.reverse {
                let as_value = Located {
                    value: Value::String(k.value.clone()),
                    pointer: k.pointer.clone(),
                    span: k.span,
                };
                push(rule, "reverse key", &as_value);
            }
        }
    }
    let Some(canonical) = ctx.canonical else {
        return;
    };
    for (rule, value, schema, target, what) in checks {
        let merged = canonical.schemas.merged(schema);
        let enum_values: Option<Vec<Value>> = merged
            .enum_values
            .clone()
            .map(|v| v.into_iter().filter(|v| !v.is_null()).collect());
        let message = match &enum_values {
            Some(values) if !values.contains(&value.value) => Some(format!(
                "{what} `{}` is not a value of canonical `{target}` ({})",
                value_key(&value.value),
                show_values(&values.iter().map(value_key).collect::<Vec<_>>())
            )),
            Some(_) => None,
            None => {
                let validator = ctx
                    .validators
                    .get(canonical, schema, SchemaDirection::Response);
                validator.issues(&value.value).first().map(|issue| {
                    format!(
                        "{what} `{}` is not valid for canonical `{target}`: {}",
                        value_key(&value.value),
                        issue.message
                    )
                })
            }
        };
        if let Some(message) = message {
            ctx.report(
                rule,
                at(&value),
                message,
                "use a value the canonical schema accepts",
            );
        }
    }
}

/// A property name and the `[]`/`[N]` steps after it.
type GroupKey = (String, Vec<Token>);

/// Targets of one direction: (tokens, field index).
type Targets = Vec<(Vec<Token>, usize)>;

/// A required property nobody writes: its dotted path and the first field writing into its
/// parent (none for top-level properties).
struct Missing {
    path: String,
    near: Option<usize>,
    schema: Option<String>,
}

/// Walks required properties of `req` (and of every nested object or array item the targets
/// write into), reporting those no target covers. With `shape`, only properties that exist
/// (and are not read-only) in `shape` count: those are the ones a mapping can write.
#[allow(clippy::too_many_arguments)]
fn missing_required(
    arena: &SchemaArena,
    req: SchemaId,
    shape: Option<SchemaId>,
    targets: &[(&[Token], usize)],
    prefix: &str,
    near: Option<usize>,
    depth: usize,
    out: &mut Vec<Missing>,
) {
    if depth > 32 {
        return;
    }
    let rm = arena.merged(req);
    if rm.unknown {
        return;
    }
    for name in &rm.required {
        if let Some(shape) = shape {
            let Some(p) = paths::find_property(arena, shape, name, 0) else {
                continue;
            };
            if arena.merged(p).read_only {
                continue;
            }
        }
        if let Some(p) = paths::find_property(arena, req, name, 0)
            && shape.is_some()
            && arena.merged(p).read_only
        {
            continue;
        }
        let covered = targets
            .iter()
            .any(|(t, _)| matches!(t.first(), Some(Token::Name(n)) if n == name));
        if !covered {
            out.push(Missing {
                path: format!("{prefix}{name}"),
                near,
                schema: rm.name.clone(),
            });
        }
    }
    // Recurse into objects the targets write below.
    let mut groups: BTreeMap<GroupKey, Vec<(&[Token], usize)>> = BTreeMap::new();
    let mut order = Vec::new();
    for (t, idx) in targets {
        let Some(Token::Name(name)) = t.first() else {
            continue;
        };
        let steps: Vec<Token> = t[1..]
            .iter()
            .take_while(|s| !matches!(s, Token::Name(_)))
            .cloned()
            .collect();
        let rest = &t[1 + steps.len()..];
        if rest.is_empty() {
            continue;
        }
        let key = (name.clone(), steps);
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push((rest, *idx));
    }
    for key in order {
        let (name, steps) = &key;
        let tails = &groups[&key];
        let Some(mut r) = paths::find_property(arena, req, name, 0) else {
            continue;
        };
        let mut s = match shape {
            Some(shape) => match paths::find_property(arena, shape, name, 0) {
                Some(p) => Some(p),
                None => continue,
            },
            None => None,
        };
        let mut ok = true;
        for _ in steps {
            match arena.merged(r).items {
                Some(i) => r = i,
                None => ok = false,
            }
            if let Some(si) = s {
                match arena.merged(si).items {
                    Some(i) => s = Some(i),
                    None => ok = false,
                }
            }
        }
        if !ok {
            continue;
        }
        let prefix = format!(
            "{prefix}{}.",
            paths::render(&[&[Token::Name(name.clone())][..], steps].concat())
        );
        let near = tails.iter().map(|(_, i)| *i).min();
        missing_required(arena, r, s, tails, &prefix, near, depth + 1, out);
    }
}

/// Every required canonical property (and required property of nested objects written into)
/// is the target of a field active inbound.
fn check_unmapped_required(ctx: &mut Ctx) {
    let spec = ctx.spec;
    if !spec.direction.value.inbound() {
        return;
    }
    let (Some(canonical), Some(root)) = (ctx.canonical, ctx.canonical_root) else {
        return;
    };
    let mut targets: Targets = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        if !ctx.dir(field).inbound() || matches!(field.source, Source::Missing) {
            continue;
        }
        for slot in info.canonical.iter().flatten() {
            targets.push((slot.path.tokens.clone(), field.index));
        }
    }
    let refs: Vec<(&[Token], usize)> = targets.iter().map(|(t, i)| (&t[..], *i)).collect();
    let mut missing = Vec::new();
    missing_required(
        &canonical.schemas,
        root,
        None,
        &refs,
        "",
        None,
        0,
        &mut missing,
    );
    let name = canonical.info.title.clone();
    for m in missing {
        let (pointer, span) = match m
            .near
            .and_then(|i| spec.fields.iter().find(|f| f.index == i))
        {
            Some(f) => (f.canonical[0].pointer.clone(), f.canonical[0].span),
            None => match &spec.canonical.schema {
                Some(s) => (s.pointer.clone(), s.span),
                None => ("/canonical".to_string(), spec.canonical.span),
            },
        };
        let object = m.schema.unwrap_or_else(|| name.clone());
        ctx.report(
            rules::unmapped_required::ID,
            (&pointer, span),
            format!(
                "required canonical field `{}` ({object}) is not written by any field active inbound",
                m.path
            ),
            "map it from a vendor path, give it a `constant`, or a `default`",
        );
    }
}

/// No two inbound fields write the same canonical path; no two outbound fields the same
/// vendor path.
fn check_duplicates(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let mut inbound: BTreeMap<String, usize> = BTreeMap::new();
    let mut outbound: BTreeMap<String, usize> = BTreeMap::new();
    let mut reports = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        let dir = ctx.dir(field);
        if dir.inbound() && !matches!(field.source, Source::Missing) {
            for (c, slot) in field.canonical.iter().zip(&info.canonical) {
                let Some(slot) = slot else { continue };
                let key = paths::render(&slot.path.tokens);
                if let Some(first) = inbound.get(&key) {
                    reports.push((
                        c.clone(),
                        format!(
                            "canonical `{key}` is already written inbound by the field at line {}",
                            spec.fields
                                .iter()
                                .find(|f| f.index == *first)
                                .map_or(0, |f| f.span.line)
                        ),
                    ));
                } else {
                    inbound.insert(key, field.index);
                }
            }
        }
        if dir.outbound() {
            for (v, slot) in field.vendor_paths().iter().zip(&info.vendor) {
                let Some(slot) = slot else { continue };
                if slot.resolved.as_ref().is_some_and(|r| r.read_only) {
                    continue;
                }
                let key = paths::render(&slot.path.tokens);
                if let Some(first) = outbound.get(&key) {
                    reports.push((
                        v.clone(),
                        format!(
                            "vendor `{key}` is already written outbound by the field at line {}",
                            spec.fields
                                .iter()
                                .find(|f| f.index == *first)
                                .map_or(0, |f| f.span.line)
                        ),
                    ));
                } else {
                    outbound.insert(key, field.index);
                }
            }
        }
    }
    for (l, message) in reports {
        ctx.report(
            rules::duplicate_target::ID,
            at(&l),
            message,
            "keep one writer: narrow one field with `direction`",
        );
    }
}

/// Outbound, every required vendor property the mapping can address (required in the
/// request body of a listed write operation, or in `vendor.schema` when none is listed, and
/// not read-only) is written by a field active outbound.
fn check_outbound_required(ctx: &mut Ctx) {
    let spec = ctx.spec;
    if !spec.direction.value.outbound() {
        return;
    }
    let (Some(vendor), Some(root)) = (ctx.vendor, ctx.vendor_root) else {
        return;
    };
    let mut targets: Targets = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        if !ctx.dir(field).outbound() {
            continue;
        }
        for slot in info.vendor.iter().flatten() {
            if slot.resolved.as_ref().is_some_and(|r| r.read_only) {
                continue;
            }
            targets.push((slot.path.tokens.clone(), field.index));
        }
    }
    let refs: Vec<(&[Token], usize)> = targets.iter().map(|(t, i)| (&t[..], *i)).collect();
    // Request bodies of the listed write operations.
    let mut bodies: Vec<(Option<&Located<String>>, SchemaId)> = Vec::new();
    for op in &spec.vendor.operations {
        let Some(operation) = vendor.operation(&op.value) else {
            continue;
        };
        if !matches!(operation.method, Method::Post | Method::Put | Method::Patch) {
            continue;
        }
        let schema = operation.request_body.as_ref().and_then(|b| {
            b.content
                .iter()
                .find(|m| m.name.is_json())
                .and_then(|m| m.schema)
        });
        if let Some(schema) = schema {
            bodies.push((Some(op), schema));
        }
    }
    if bodies.is_empty() {
        bodies.push((None, root));
    }
    let vendor_name = spec
        .vendor
        .schema
        .as_ref()
        .map_or(String::new(), |s| s.value.clone());
    for (op, body) in bodies {
        let mut missing = Vec::new();
        missing_required(
            &vendor.schemas,
            body,
            Some(root),
            &refs,
            "",
            None,
            0,
            &mut missing,
        );
        for m in missing {
            let body_name = m
                .schema
                .clone()
                .unwrap_or_else(|| "the request body".into());
            let (pointer, span, message) = match op {
                Some(op) => (
                    op.pointer.clone(),
                    op.span,
                    format!(
                        "outbound, `{}` requires `{}` ({body_name}), but no field active outbound writes vendor path `{}`",
                        op.value, m.path, m.path
                    ),
                ),
                None => (
                    spec.direction.pointer.clone(),
                    spec.direction.span,
                    format!(
                        "outbound, `{vendor_name}` requires `{}`, but no field active outbound writes it",
                        m.path
                    ),
                ),
            };
            let mut d = diagnostic(
                &spec.file,
                rules::outbound_missing_required::ID,
                &pointer,
                span,
                message,
                "map it outbound, or narrow the mapping to `direction: inbound`",
            );
            d.operation = op.map(|o| o.value.clone());
            ctx.out.push(d);
        }
    }
}

/// A field active outbound must not target a `readOnly` vendor property: the vendor
/// ignores or rejects it on write, so generated outbound conversions skip it, and a field
/// that says otherwise misleads the reader (and hides the skipped value).
fn check_outbound_read_only(ctx: &mut Ctx) {
    let spec = ctx.spec;
    let vendor_name = spec
        .vendor
        .schema
        .as_ref()
        .map_or(String::new(), |s| s.value.clone());
    let mut reports = Vec::new();
    for (field, info) in spec.fields.iter().zip(&ctx.fields) {
        let dir = ctx.dir(field);
        if !dir.outbound() {
            continue;
        }
        for (v, slot) in field.vendor_paths().iter().zip(&info.vendor) {
            if !slot
                .as_ref()
                .and_then(|s| s.resolved.as_ref())
                .is_some_and(|r| r.read_only)
            {
                continue;
            }
            let help = if dir == Direction::Both {
                "narrow the field to `direction: inbound` (ids address the resource in the URL; timestamps are set by the vendor)"
            } else {
                "remove the field, or map the canonical value to a writable vendor property"
            };
            reports.push((
                v.clone(),
                format!(
                    "field writes vendor `{}` outbound, but the vendor contract marks `{vendor_name}.{}` `readOnly`: outbound conversions skip it",
                    v.value, v.value
                ),
                help,
            ));
        }
    }
    for (l, message, help) in reports {
        ctx.report(rules::outbound_read_only::ID, at(&l), message, help);
    }
}

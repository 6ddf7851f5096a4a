//! Coverage: per canonical object, which vendor mapping supplies each top-level field
//! (inbound), with vendor path and transform, and which fields no mapping supplies.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::Value;

use crate::load::{Contracts, canonical_name, canonical_root};
use crate::spec::{Direction, MappingSpec, Source};

/// The JSON `format` tag of the coverage report.
pub const COVERAGE_FORMAT: &str = "accord.mapping-coverage/v1";

/// Coverage of every canonical object the given mappings target.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct CoverageReport {
    pub format: &'static str,
    /// By object name, then schema path.
    pub objects: Vec<ObjectCoverage>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ObjectCoverage {
    /// The canonical object's title (`Customer`).
    pub object: String,
    /// The canonical schema file (normalised path).
    pub schema: String,
    /// Ids of the mappings that target it, sorted.
    pub mappings: Vec<String>,
    /// Top-level properties in schema order (then mapped names the schema lacks).
    pub fields: Vec<FieldCoverage>,
    /// Properties no mapping supplies inbound.
    pub unmapped: Vec<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct FieldCoverage {
    pub field: String,
    pub required: bool,
    /// The system of record (`x-system-of-record`), if declared.
    pub owner: Option<String>,
    pub suppliers: Vec<Supplier>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Supplier {
    /// Vendor slug (the mapping id before its `.`).
    pub vendor: String,
    pub mapping: String,
    /// The canonical path written (`billingAddress.country`).
    pub canonical_path: String,
    /// Vendor paths read (empty for a constant).
    pub vendor_paths: Vec<String>,
    pub constant: Option<Value>,
    pub transform: Option<String>,
    pub direction: Direction,
}

/// Builds the coverage report. Mappings whose canonical schema cannot be loaded still count
/// (by file name), without the unmapped list.
pub fn coverage(specs: &[MappingSpec], contracts: &Contracts) -> CoverageReport {
    let mut by_schema: BTreeMap<String, Vec<&MappingSpec>> = BTreeMap::new();
    for spec in specs {
        if let Some(path) = spec.canonical_schema_path() {
            by_schema
                .entry(path.display().to_string())
                .or_default()
                .push(spec);
        }
    }
    let mut objects = Vec::new();
    for (schema, mut group) in by_schema {
        group.sort_by(|a, b| a.id.value.cmp(&b.id.value).then(a.file.cmp(&b.file)));
        let contract = contracts.canonical(group[0]).and_then(Result::ok);
        let object = canonical_name(contract.as_deref(), group[0]);
        let mut fields: Vec<FieldCoverage> = Vec::new();
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        if let Some(c) = contract.as_deref()
            && let Some(root) = canonical_root(c)
        {
            let merged = c.schemas.merged(root);
            if let Some(Value::Object(sor)) = merged.extensions.get("x-system-of-record") {
                for (system, names) in sor {
                    for n in names
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                    {
                        owners
                            .entry(n.to_string())
                            .or_insert_with(|| system.clone());
                    }
                }
            }
            for name in merged.properties.keys() {
                fields.push(FieldCoverage {
                    field: name.clone(),
                    required: merged.is_required(name),
                    owner: owners.get(name).cloned(),
                    suppliers: Vec::new(),
                });
            }
        }
        for spec in &group {
            for field in &spec.fields {
                let dir = field.effective_direction(spec.direction.value);
                if !dir.inbound() || matches!(field.source, Source::Missing) {
                    continue;
                }
                for c in &field.canonical {
                    let head = head_of(&c.value);
                    let supplier = Supplier {
                        vendor: spec.vendor_slug().to_string(),
                        mapping: spec.id.value.clone(),
                        canonical_path: c.value.clone(),
                        vendor_paths: field
                            .vendor_paths()
                            .iter()
                            .map(|v| v.value.clone())
                            .collect(),
                        constant: match &field.source {
                            Source::Constant(v) => Some(v.value.clone()),
                            _ => None,
                        },
                        transform: field.transform.as_ref().map(|t| t.name.value.clone()),
                        direction: dir,
                    };
                    match fields.iter_mut().find(|f| f.field == head) {
                        Some(f) => f.suppliers.push(supplier),
                        None => fields.push(FieldCoverage {
                            field: head.to_string(),
                            required: false,
                            owner: owners.get(head).cloned(),
                            suppliers: vec![supplier],
                        }),
                    }
                }
            }
        }
        let unmapped = if contract.is_some() {
            fields
                .iter()
                .filter(|f| f.suppliers.is_empty())
                .map(|f| f.field.clone())
                .collect()
        } else {
            Vec::new()
        };
        let mut mappings: Vec<String> = group.iter().map(|s| s.id.value.clone()).collect();
        mappings.dedup();
        objects.push(ObjectCoverage {
            object,
            schema,
            mappings,
            fields,
            unmapped,
        });
    }
    objects.sort_by(|a, b| a.object.cmp(&b.object).then(a.schema.cmp(&b.schema)));
    CoverageReport {
        format: COVERAGE_FORMAT,
        objects,
    }
}

fn head_of(path: &str) -> &str {
    let end = path.find(['.', '[']).unwrap_or(path.len());
    &path[..end]
}

impl CoverageReport {
    /// Pretty JSON (`accord.mapping-coverage/v1`), ending in a newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_default();
        s.push('\n');
        s
    }

    /// A text table per canonical object.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        if self.objects.is_empty() {
            out.push_str("no mappings\n");
            return out;
        }
        for (i, obj) in self.objects.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let mapped = obj
                .fields
                .iter()
                .filter(|f| !f.suppliers.is_empty())
                .count();
            let _ = writeln!(
                out,
                "{} ({}): {mapped} of {} fields supplied by {} mapping(s)",
                obj.object,
                obj.schema,
                obj.fields.len(),
                obj.mappings.len()
            );
            let mut rows: Vec<[String; 6]> = vec![[
                "FIELD".into(),
                "REQ".into(),
                "OWNER".into(),
                "VENDOR".into(),
                "VENDOR PATH".into(),
                "TRANSFORM".into(),
            ]];
            for f in &obj.fields {
                let req = if f.required { "yes" } else { "" }.to_string();
                let owner = f.owner.clone().unwrap_or_default();
                if f.suppliers.is_empty() {
                    rows.push([
                        f.field.clone(),
                        req,
                        owner,
                        "(unmapped)".into(),
                        String::new(),
                        String::new(),
                    ]);
                    continue;
                }
                for (j, s) in f.suppliers.iter().enumerate() {
                    let source = match &s.constant {
                        Some(c) => format!("= {}", c),
                        None => s.vendor_paths.join(" + "),
                    };
                    let target = if s.canonical_path == f.field {
                        source
                    } else {
                        format!("{source} -> {}", s.canonical_path)
                    };
                    let transform = s.transform.clone().unwrap_or_else(|| "-".into());
                    let (name, req, owner) = if j == 0 {
                        (f.field.clone(), req.clone(), owner.clone())
                    } else {
                        (String::new(), String::new(), String::new())
                    };
                    rows.push([name, req, owner, s.vendor.clone(), target, transform]);
                }
            }
            let mut widths = [0usize; 6];
            for row in &rows {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            for row in &rows {
                let mut line = String::from(" ");
                for (k, cell) in row.iter().enumerate() {
                    line.push(' ');
                    line.push_str(cell);
                    if k + 1 < row.len() {
                        line.push_str(&" ".repeat(widths[k] - cell.chars().count() + 1));
                    }
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
            if !obj.unmapped.is_empty() {
                let _ = writeln!(out, "  unmapped: {}", obj.unmapped.join(", "));
            }
        }
        out
    }
}

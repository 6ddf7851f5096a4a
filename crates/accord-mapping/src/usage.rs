//! Usage: what each mapping reads from its vendor contract (operations, vendor schema,
//! vendor paths and the canonical fields they feed). `accord diff` uses it to fill a
//! change's `affects` with `mapping <id>` consumers.

use serde::Serialize;

use crate::load::{Contracts, canonical_name};
use crate::paths;
use crate::spec::{Direction, MappingSpec};

/// What one mapping uses.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct MappingUsage {
    /// `mapping <id>`: the label `affects` lists.
    pub consumer: String,
    pub mapping: String,
    /// The mapping file.
    pub file: String,
    /// The vendor contract it names, normalised (relative to the working directory).
    pub vendor_contract: Option<String>,
    /// `vendor.schema`.
    pub vendor_schema: Option<String>,
    /// `vendor.operations`, as written (`METHOD /path`).
    pub operations: Vec<String>,
    /// Every (vendor path, canonical field) pair, in file order.
    pub fields: Vec<FieldUsage>,
}

/// One vendor path a mapping reads or writes.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct FieldUsage {
    /// The vendor path as written (`billingAddress.city`, `lines[].qty`).
    pub vendor_path: String,
    /// `Canonical.field` (`Customer.billingAddress.city`).
    pub canonical: String,
    pub direction: Direction,
    /// The path inside every named vendor schema it crosses: `Contact.billingAddress.city`,
    /// `Address.city`, and a named schema it ends at (`LifecycleStage`); just
    /// `<vendor.schema>.<path>` when the contract cannot be resolved.
    pub schema_paths: Vec<String>,
}

impl MappingUsage {
    /// Whether the mapping lists the operation `METHOD /path`.
    pub fn uses_operation(&self, key: &str) -> bool {
        self.operations.iter().any(|o| o == key)
    }

    /// The fields that read `schema.property_path` (a component schema and a dotted path in
    /// it; `[]` and `[N]` are ignored when comparing; empty for the schema itself), or
    /// anything below it.
    pub fn fields_using(&self, schema: &str, property_path: &str) -> Vec<&FieldUsage> {
        let wanted = if property_path.is_empty() {
            schema.to_string()
        } else {
            strip_steps(&format!("{schema}.{property_path}"))
        };
        self.fields
            .iter()
            .filter(|f| {
                f.schema_paths.iter().any(|p| {
                    let p = strip_steps(p);
                    p == wanted || p.starts_with(&format!("{wanted}."))
                })
            })
            .collect()
    }
}

fn strip_steps(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_brackets = false;
    for c in path.chars() {
        match c {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            _ if !in_brackets => out.push(c),
            _ => {}
        }
    }
    out
}

/// The usage of one mapping.
pub fn usage(spec: &MappingSpec, contracts: &Contracts) -> MappingUsage {
    let vendor = contracts.vendor(spec).and_then(Result::ok);
    let canonical = contracts.canonical(spec).and_then(Result::ok);
    let object = canonical_name(canonical.as_deref(), spec);
    let vendor_schema = spec.vendor.schema.as_ref().map(|s| s.value.clone());
    let root = vendor
        .as_deref()
        .zip(vendor_schema.as_ref())
        .and_then(|(c, s)| c.components.get(s).copied());
    let mut fields = Vec::new();
    for field in &spec.fields {
        let direction = field.effective_direction(spec.direction.value);
        for v in field.vendor_paths() {
            let resolved = match (vendor.as_deref(), root, paths::parse(&v.value)) {
                (Some(c), Some(root), Ok(p)) => paths::resolve(&c.schemas, root, &p).ok(),
                _ => None,
            };
            let schema_paths = match resolved {
                Some(r) if !r.via.is_empty() => r.via,
                _ => vec![format!(
                    "{}.{}",
                    vendor_schema.clone().unwrap_or_default(),
                    v.value
                )],
            };
            for c in &field.canonical {
                fields.push(FieldUsage {
                    vendor_path: v.value.clone(),
                    canonical: format!("{object}.{}", c.value),
                    direction,
                    schema_paths: schema_paths.clone(),
                });
            }
        }
    }
    MappingUsage {
        consumer: format!("mapping {}", spec.id.value),
        mapping: spec.id.value.clone(),
        file: spec.file.clone(),
        vendor_contract: spec.vendor_contract_path().map(|p| p.display().to_string()),
        vendor_schema,
        operations: spec
            .vendor
            .operations
            .iter()
            .map(|o| o.value.clone())
            .collect(),
        fields,
    }
}

/// The usages of many mappings, sorted by mapping id.
pub fn usages(specs: &[MappingSpec], contracts: &Contracts) -> Vec<MappingUsage> {
    let mut out: Vec<MappingUsage> = specs.iter().map(|s| usage(s, contracts)).collect();
    out.sort_by(|a, b| a.mapping.cmp(&b.mapping).then(a.file.cmp(&b.file)));
    out
}

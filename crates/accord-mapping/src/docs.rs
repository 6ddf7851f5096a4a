//! The `accord explain mapping` page: a concise reference of the mapping format, kept in
//! sync with contracts/README.md ("Mapping format reference") by the tests below.

/// The page text.
pub const EXPLAIN_MAPPING: &str = r#"mapping: vendor-to-canonical mapping specs

A mapping file (contracts/mappings/<mapping id>.yaml) says how one vendor object (a schema in
`components.schemas` of a vendor OpenAPI contract) corresponds to one canonical object.
Full reference: contracts/README.md, "Mapping format reference".

Example
  mapping: relay-crm.contact-to-customer      # equals the file name without .yaml
  description: Relay CRM contacts become canonical Customers.
  direction: both                              # inbound | outbound | both
  vendor:
    contract: ../vendors/relay-crm/v1.yaml     # relative to the mapping file
    schema: Contact                            # key of components.schemas
    operations: [GET /contacts, POST /contacts] # used for impact analysis
  canonical:
    schema: ../canonical/customer.schema.yaml
  fields:
    - canonical: id
      vendor: id
    - canonical: sourceSystem
      constant: relay-crm                      # inbound only
    - canonical: displayName
      vendor: [firstName, lastName]
      transform: { concat: { separator: " " } }
      direction: inbound                       # a field may only narrow the file direction
    - canonical: status
      vendor: lifecycleStage
      transform:
        enum:
          map: { lead: prospect, customer: active, churned: inactive }
          fallback: unknown
          reverse: { blocked: churned }
    - canonical: balance.currency
      vendor: currencyCode
      default: EUR                             # used inbound when the vendor value is absent
    - canonical: lines[].quantity               # [] iterates arrays, aligned by index
      vendor: line_items[].qty
      transform: to-string
    - canonical: email
      vendor: emails[0].address                # [N] only in vendor paths

Field keys: canonical (path; a list only with split), vendor (path; a list only with
concat) or constant, transform (a name, or {name: {params}}; one per field), default,
direction, description. Keys starting with x- are ignored.

Transforms (inbound -> reverse, applied outbound)
  concat {separator}               strings joined            -> split
  split {separator}                string split from left    -> concat
  enum {map, fallback?, reverse?}  closed vendor enum        -> reverse, else first key
  lookup {table, fallback?, reverse?} open values; no fallback passes through -> reverse
  minor-units-to-decimal {exponent} 59500 -> "595.00"        -> decimal-to-minor-units
  decimal-to-minor-units {exponent} "12.50" -> 1250          -> minor-units-to-decimal
  unix-seconds-to-rfc3339          1700000000 -> RFC 3339    -> rfc3339-to-unix-seconds
  rfc3339-to-unix-seconds          RFC 3339 -> seconds       -> unix-seconds-to-rfc3339
  country-alpha3-to-alpha2         DEU -> DE                 -> alpha-2 to alpha-3
  uppercase / lowercase            ASCII case                -> the other one
  to-string / to-number            number <-> decimal text   -> the other one

Validation (`accord mapping validate`, every finding with file:line:column)
  mapping-invalid-spec               the file does not follow the format
  mapping-unknown-transform          a transform name not in the catalogue
  mapping-unloadable-contract        vendor.contract or canonical.schema cannot be loaded
  mapping-unknown-vendor-schema      vendor.schema is not in components.schemas
  mapping-unknown-operation          a vendor.operations entry the contract lacks
  mapping-unknown-vendor-path        a vendor path that does not resolve
  mapping-unknown-canonical-path     a canonical path that does not resolve
  mapping-array-mismatch             vendor and canonical [] counts differ
  mapping-type-mismatch              types differ without a transform, or the transform
                                     does not take the vendor type / produce the canonical one
  mapping-enum-incomplete            an enum map misses vendor enum values
  mapping-enum-invalid               enum values that are not in the vendor or canonical enum
  mapping-invalid-value              constant, default or lookup value the canonical field rejects
  mapping-unmapped-required          a required canonical field no inbound field writes
  mapping-duplicate-target           two fields write the same path
  mapping-outbound-missing-required  outbound, a required vendor request field nobody writes
  mapping-outbound-read-only         outbound, a field writes a vendor field marked readOnly

Check a mapping against a newer vendor version before switching:
  accord mapping validate contracts/mappings --vendor-contract contracts/vendors/relay-crm/v2.yaml
See which vendor supplies each canonical field:
  accord mapping coverage [--format json]
"#;

/// Every mapping rule as an entry of Accord's one registry (`accord explain`,
/// `docs/mapping/`): each rule file's `//!` documentation is its page (see [`crate::rules`]).
pub fn finding_docs() -> Vec<accord_report::registry::FindingDoc> {
    crate::rules::finding_docs()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RULES;
    use crate::transforms::CATALOGUE;

    #[test]
    fn mentions_every_transform_and_rule() {
        for t in CATALOGUE {
            assert!(EXPLAIN_MAPPING.contains(t.name), "{}", t.name);
        }
        for (id, _) in RULES {
            assert!(EXPLAIN_MAPPING.contains(id), "{id}");
        }
    }

    #[test]
    fn transforms_match_the_readme() {
        let readme = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../contracts/README.md"
        ))
        .unwrap();
        for t in CATALOGUE {
            assert!(readme.contains(&format!("| `{}` |", t.name)), "{}", t.name);
        }
    }
}

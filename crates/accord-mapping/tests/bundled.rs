//! Every bundled mapping in contracts/mappings validates clean against the contracts it
//! names, and the Relay CRM mappings against v2 report exactly what the upgrade breaks.

use std::path::{Path, PathBuf};

use accord_mapping::{Contracts, MappingSpec, load_mapping, validate, validate_against};

const MAPPINGS: &str = "../../contracts/mappings";

fn bundled() -> Vec<MappingSpec> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(MAPPINGS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files.iter().map(|f| load_mapping(f).unwrap()).collect()
}

fn render(diags: &[accord_report::Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{}: {} [{}] {}\n",
                d.location.file, d.location.line, d.location.column, d.level, d.rule, d.message
            )
        })
        .collect()
}

#[test]
fn every_bundled_mapping_validates_clean() {
    let contracts = Contracts::new();
    let specs = bundled();
    assert_eq!(specs.len(), 10);
    let mut all = String::new();
    for spec in &specs {
        all.push_str(&render(&validate(spec, &contracts)));
    }
    assert_eq!(all, "");
}

#[test]
fn relay_crm_against_v2_reports_exactly_the_breaks() {
    let contracts = Contracts::new();
    let v2 = accord_spec::load(Path::new("../../contracts/vendors/relay-crm/v2.yaml")).unwrap();
    let mut all = String::new();
    for spec in bundled()
        .iter()
        .filter(|s| s.id.value.starts_with("relay-crm."))
    {
        all.push_str(&render(&validate_against(spec, &contracts, &v2)));
    }
    insta::assert_snapshot!(all);
}

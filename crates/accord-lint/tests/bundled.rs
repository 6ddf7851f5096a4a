//! The bundled contracts under their own profiles: our Customer Hub lints clean under the
//! enterprise standard; the vendor contracts and event documents produce the integration-
//! risk report snapshotted here (deliberate: those are the vendors' real gaps).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use accord_lint::{Profile, lint};

const CONTRACTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../contracts");

fn load(relative: &str) -> accord_spec::Contract {
    accord_spec::load(&Path::new(CONTRACTS).join(relative))
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

#[test]
fn customer_hub_is_clean_under_the_enterprise_standard() {
    let profile =
        Profile::from_file(&Path::new(CONTRACTS).join("standards/enterprise.yaml")).unwrap();
    let diagnostics = lint(&load("internal/customer-hub/v1.yaml"), &profile);
    let text: Vec<String> = diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{} [{}] {}",
                d.location.line, d.location.column, d.rule, d.message
            )
        })
        .collect();
    assert!(diagnostics.is_empty(), "{}", text.join("\n"));
}

#[test]
fn built_in_enterprise_profile_agrees() {
    assert!(
        lint(
            &load("internal/customer-hub/v1.yaml"),
            &Profile::enterprise()
        )
        .is_empty()
    );
}

#[test]
fn vendor_contracts_risk_report() {
    let profile = Profile::from_file(&Path::new(CONTRACTS).join("standards/vendor.yaml")).unwrap();
    let mut out = String::new();
    for relative in [
        "vendors/helpwise-support/v1.yaml",
        "vendors/ledgerline-erp/v1.yaml",
        "vendors/meterly-billing/v1.yaml",
        "vendors/relay-crm/v1.yaml",
        "vendors/relay-crm/v2.yaml",
        "events/meterly-billing-webhooks.yaml",
        "events/relay-crm-events.yaml",
    ] {
        let diagnostics = lint(&load(relative), &profile);
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &diagnostics {
            assert!(
                d.level <= accord_report::LintLevel::Warning,
                "vendor findings are capped at warning"
            );
            *counts.entry(d.rule.as_str()).or_default() += 1;
        }
        let _ = writeln!(out, "{relative}: {} finding(s)", diagnostics.len());
        for (rule, n) in counts {
            let _ = writeln!(out, "  {n:>3} {rule}");
        }
    }
    insta::assert_snapshot!("vendor_contracts", out);
}

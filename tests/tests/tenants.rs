//! Tenants in the gate, over a real corpus contract (the Apideck CRM): two tenants, each the
//! vendor's contract plus its overlay, gated through a vendor upgrade derived from the
//! corpus file (`Lead` renamed to `CrmLead`, `Contact.fax` removed). acme's custom field
//! stops applying, which breaks acme alone; the fax removal breaks everyone but globex,
//! whose overlay already removed it; what every view sees is reported once.

mod common;

use std::path::Path;

use common::{accord_in, corpus, root, stderr, stdout};

const CRM: &str = "openapi/apideck/crm@10.34.0.yml";

/// The vendor's "next version": the corpus contract with a schema renamed (its `$ref`s
/// follow) and a property removed, as vendors regenerating their specs do.
fn next_version(text: &str) -> String {
    let fax = "        fax:\n          description: The fax number of the contact.\n          type: string\n          example: '+12129876543'\n          nullable: true\n";
    assert_eq!(text.matches(fax).count(), 1, "the corpus contact fax moved");
    assert_eq!(text.matches("\n    Lead:\n").count(), 1);
    text.replace(fax, "")
        .replace("\n    Lead:\n", "\n    CrmLead:\n")
        .replace(
            "'#/components/schemas/Lead'",
            "'#/components/schemas/CrmLead'",
        )
}

/// A governed repository in a temporary folder: the corpus contract as the baseline, the
/// derived next version under review, and the two tenants' overlays.
fn repository(tenants: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let baseline = corpus().join(CRM);
    let text = std::fs::read_to_string(&baseline).unwrap();
    std::fs::write(dir.path().join("crm.yml"), next_version(&text)).unwrap();
    std::fs::create_dir(dir.path().join("tenants")).unwrap();
    for tenant in ["acme", "globex"] {
        std::fs::copy(
            root().join(format!("tests/fixtures/tenants/{tenant}.overlay.yaml")),
            dir.path().join(format!("tenants/{tenant}.overlay.yaml")),
        )
        .unwrap();
    }
    let config = format!(
        "version = \"v1\"\n\n[[contracts]]\nname = \"apideck-crm\"\npath = \"crm.yml\"\nkind = \"vendor\"\nbaseline = {{ file = {:?} }}\n{tenants}",
        baseline.display().to_string()
    );
    std::fs::write(dir.path().join("accord.toml"), config).unwrap();
    dir
}

const TWO_TENANTS: &str = "\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"tenants/acme.overlay.yaml\"]\n\n[[contracts.tenants]]\nname = \"globex\"\noverlays = [\"tenants/globex.overlay.yaml\"]\n";

fn check(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["check", "--only", "lint,diff,generate"];
    args.extend(extra);
    accord_in(dir, &args)
}

/// The console lines that name a tenant: the stages' counts and the review lines.
fn tenant_lines(text: &str) -> String {
    text.lines()
        .filter(|l| l.contains("tenant"))
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_gate_names_the_tenants_each_change_affects_and_reports_shared_changes_once() {
    let repo = repository(TWO_TENANTS);
    let report = repo.path().join("review");
    let out = check(repo.path(), &["--report", report.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}\n{}", stderr(&out));
    insta::assert_snapshot!("tenant_review_lines", tenant_lines(&text));

    // The vendor's fax removal is one line, for the base and acme, not one per view.
    let fax_lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("[response-property-removed]") && l.contains("fax` removed"))
        .collect();
    assert_eq!(fax_lines.len(), 1, "{text}");
    assert!(fax_lines[0].ends_with("(not tenant globex)"), "{text}");

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report.join("report.json")).unwrap())
            .unwrap();
    let contract = &json["contracts"][0];
    assert_eq!(contract["tenants"], serde_json::json!(["acme", "globex"]));
    let diff = contract["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "diff")
        .unwrap();
    let changes = diff["diff"]["changes"].as_array().unwrap();
    // acme's custom field, removed from acme's leads only, names acme in `affects`.
    let acme: Vec<_> = changes
        .iter()
        .filter(|c| c["message"].as_str().unwrap().contains("acmeRegion"))
        .collect();
    assert!(!acme.is_empty(), "{diff}");
    for c in &acme {
        assert_eq!(c["affects"], serde_json::json!(["tenant acme"]), "{c}");
        assert_eq!(
            c["old"]["file"],
            repo.path()
                .join("tenants/acme.overlay.yaml")
                .strip_prefix(repo.path())
                .unwrap()
                .to_str()
                .unwrap()
        );
    }
    // The base's changes name no tenant; each is in the report once.
    let fax: Vec<_> = changes
        .iter()
        .filter(|c| {
            c["id"] == "response-property-removed"
                && c["message"].as_str().unwrap().contains("fax` removed")
        })
        .collect();
    assert!(!fax.is_empty());
    assert!(fax.iter().all(|c| c["affects"] == serde_json::json!([])));
    let tenants = diff["tenants"].as_array().unwrap();
    let acme_groups: Vec<&str> = tenants[0]["only"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap())
        .collect();
    // Every change to acme's custom field is among acme's own root causes (which also hold
    // what else only acme's view sees, such as the schema its overlay extends being renamed).
    assert!(
        acme.iter()
            .all(|c| acme_groups.iter().any(|g| c["group"] == *g)),
        "{tenants:?}"
    );
    assert_eq!(tenants[1]["name"], "globex");
    assert_eq!(tenants[1]["only"], serde_json::json!([]));
    let spared = tenants[1]["spared"].as_array().unwrap();
    // What globex is spared is the vendor's removal of `fax` (from requests and responses),
    // which globex's overlay had already removed from its view.
    let fax_anywhere: Vec<_> = changes
        .iter()
        .filter(|c| c["message"].as_str().unwrap().contains("fax` removed"))
        .collect();
    assert!(
        spared
            .iter()
            .all(|g| fax_anywhere.iter().any(|c| c["group"] == *g))
            && !spared.is_empty(),
        "{tenants:?}"
    );

    // The overlay whose target the new version lost is a finding for that tenant, at the
    // overlay's line; so is globex's removal of a field the vendor removed.
    let lint = contract["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "lint")
        .unwrap();
    let unmatched: Vec<_> = lint["lint"]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "overlay-target-unmatched")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["message"]
                    .as_str()
                    .unwrap()
                    .split(':')
                    .next()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    assert_eq!(
        unmatched,
        vec![
            (
                "tenants/acme.overlay.yaml".to_string(),
                7,
                "tenant acme".to_string()
            ),
            (
                "tenants/globex.overlay.yaml".to_string(),
                16,
                "tenant globex".to_string()
            ),
        ]
    );

    let summary = std::fs::read_to_string(report.join("summary.md")).unwrap();
    assert!(
        summary.contains("breaks tenant acme: custom field `acmeRegion` removed"),
        "{summary}"
    );
    let html = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(html.contains("tenant acme"), "the page names the tenant");
}

#[test]
fn each_tenant_s_client_carries_its_custom_fields_as_typed_fields() {
    // Before the upgrade both customisations apply: the gate generates each tenant's
    // client and finds every custom field a typed field.
    let repo = repository(TWO_TENANTS);
    let config = std::fs::read_to_string(repo.path().join("accord.toml")).unwrap();
    let baseline = corpus().join(CRM);
    std::fs::write(
        repo.path().join("accord.toml"),
        config.replace(
            "path = \"crm.yml\"",
            &format!("path = {:?}", baseline.display().to_string()),
        ),
    )
    .unwrap();
    let out = accord_in(repo.path(), &["check", "--only", "generate"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}\n{}", stderr(&out));
    assert!(text.contains("acme generated ("), "{text}");
    assert!(
        text.contains("acme generated (") && text.contains("1 custom field(s) typed"),
        "{text}"
    );

    // And `accord generate client --overlay` writes them as typed fields.
    let client = repo.path().join("acme-client");
    let out = accord_in(
        repo.path(),
        &[
            "generate",
            "client",
            baseline.to_str().unwrap(),
            "--overlay",
            "tenants/acme.overlay.yaml",
            "--overlay",
            "tenants/globex.overlay.yaml",
            "--out",
            client.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let types = std::fs::read_to_string(client.join("src/types.rs")).unwrap();
    assert!(
        types.contains("pub acme_region: Option<LeadAcmeRegion>")
            || types.contains("pub acme_region: Option<AcmeRegion>"),
        "acmeRegion is not a typed enum field"
    );
    assert!(
        types.contains("pub globex_score: Option<i64>"),
        "globexScore is not an integer field"
    );
}

#[test]
fn a_missing_tenant_overlay_is_a_config_error_at_its_entry() {
    let repo = repository(
        "\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"tenants/acme.overlay.yaml\", \"tenants/acme-extra.yaml\"]\n",
    );
    let out = check(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    insta::assert_snapshot!("missing_tenant_overlay", stderr(&out).trim_end());

    let repo = repository(
        "\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"tenants/acme.overlay.yaml\"]\n\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"tenants/globex.overlay.yaml\"]\n",
    );
    let out = check(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    insta::assert_snapshot!("duplicate_tenant", stderr(&out).trim_end());

    let repo = repository("\n[[contracts.tenants]]\nname = \"acme\"\noverlays = []\n");
    let out = check(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    insta::assert_snapshot!("tenant_without_overlays", stderr(&out).trim_end());

    let repo = repository(
        "\n[[contracts.tenants]]\nname = \"acme\"\noverlay = [\"tenants/acme.overlay.yaml\"]\n",
    );
    let out = check(repo.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    insta::assert_snapshot!("tenant_unknown_key", stderr(&out).trim_end());
}

//! Registry invariants: IDs are unique kebab-case and match their file and folder, every
//! rule is documented with the fixed headings and has fixtures, and each page's example
//! triggers exactly its rule while its "Use instead" does not.

use std::collections::HashSet;

use accord_lint::{Category, Profile, REGISTRY, lint_with_rules, page};

#[test]
fn ids_are_unique_kebab_case_and_match_their_files() {
    let mut seen = HashSet::new();
    for entry in REGISTRY {
        let meta = entry.meta();
        assert!(seen.insert(meta.id), "duplicate rule ID `{}`", meta.id);
        assert_eq!(
            entry.file_id, meta.id,
            "rule `{}` lives in `{}.rs`",
            meta.id, entry.file_id
        );
        assert_eq!(
            entry.category_dir,
            meta.category.name(),
            "rule `{}` is filed under the wrong category",
            meta.id
        );
        assert!(
            meta.id.split('-').all(|w| !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "`{}` is not kebab-case",
            meta.id
        );
        assert!(
            Category::parse(meta.id).is_none(),
            "`{}` shadows a category name",
            meta.id
        );
    }
    assert!(REGISTRY.len() >= 40);
}

#[test]
fn every_category_has_several_rules() {
    for category in Category::ALL {
        let n = REGISTRY
            .iter()
            .filter(|e| e.meta().category == category)
            .count();
        assert!(n >= 2, "category `{}` has {n} rule(s)", category.name());
    }
}

#[test]
fn every_rule_is_documented_with_the_fixed_headings() {
    for entry in REGISTRY {
        let meta = entry.meta();
        assert!(
            !meta.summary.is_empty() && meta.summary.ends_with('.'),
            "`{}`: summary",
            meta.id
        );
        for heading in ["## What it checks", "## Why it matters"] {
            assert!(
                meta.doc.contains(heading),
                "`{}` doc lacks `{heading}`",
                meta.id
            );
        }
        let page = page(entry);
        for heading in [
            "## What it checks",
            "## Why it matters",
            "## Example",
            "## Use instead",
        ] {
            assert!(
                page.contains(heading),
                "`{}` page lacks `{heading}`",
                meta.id
            );
        }
    }
}

#[test]
fn every_rule_has_fixtures_and_its_doc_examples_trigger_exactly_it() {
    let profile = Profile::enterprise();
    for entry in REGISTRY {
        let id = entry.meta().id;
        let (Some(invalid), Some(valid)) = (entry.invalid, entry.valid) else {
            panic!("`{id}` has no fixtures in tests/fixtures/{id}/");
        };
        let example = accord_spec::load_str("example.yaml", invalid).expect("example loads");
        let found = lint_with_rules(&example, &profile, [entry.rule]);
        assert!(!found.is_empty(), "`{id}`: its example triggers nothing");
        assert!(
            found.iter().all(|d| d.rule == id),
            "`{id}`: its example triggers other rules"
        );
        let fixed = accord_spec::load_str("use-instead.yaml", valid).expect("fix loads");
        let all: Vec<_> = REGISTRY.iter().map(|e| e.rule).collect();
        let after = lint_with_rules(&fixed, &profile, all);
        assert!(
            after.iter().all(|d| d.rule != id),
            "`{id}`: its \"Use instead\" still triggers it"
        );
    }
}

#[test]
fn profiles_select_by_id_and_category() {
    let vendor = Profile::vendor();
    assert!(!vendor.enables("property-case", Category::Naming));
    assert!(vendor.enables("idempotency-key-on-create", Category::Writes));
    let custom = Profile::from_yaml(
        "custom.yaml",
        "version: v1\nextends: enterprise\nrules:\n  use: [security, tenant-required]\n  except: [no-http-basic]\n  severity:\n    https-servers-only: off\n",
    )
    .unwrap();
    assert!(custom.enables("tenant-required", Category::MultiTenancy));
    assert!(custom.enables("no-api-key-in-query", Category::Security));
    assert!(!custom.enables("no-http-basic", Category::Security));
    assert!(!custom.enables("https-servers-only", Category::Security));
    assert!(!custom.enables("path-case", Category::Naming));
}

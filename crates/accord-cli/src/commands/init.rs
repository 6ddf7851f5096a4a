//! `accord init [VENDOR_CONTRACT...]`: scaffold a governed-contract repository in the
//! current folder: `accord.toml`, `contracts/vendors/<name>/` holding a copy of each vendor
//! contract given (each loaded first, so a broken one is refused before anything is
//! written), `contracts/mappings/` and `contracts/README.md`. Never overwrites.

use std::path::{Path, PathBuf};

use crate::common::{self, EXIT_INPUT, EXIT_OK};

#[derive(clap::Args)]
pub struct Args {
    /// Vendor contracts (OpenAPI or AsyncAPI) to govern.
    pub contracts: Vec<PathBuf>,
    /// The folder to scaffold (default: the current folder).
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
}

pub fn run(args: Args) -> i32 {
    let config_path = args.dir.join("accord.toml");
    if config_path.exists() {
        eprintln!(
            "error: {} already exists; accord init never overwrites",
            config_path.display()
        );
        return EXIT_INPUT;
    }
    let mut entries = Vec::new();
    for path in &args.contracts {
        let contract = match common::load_contract(path) {
            Ok(c) => c,
            Err(code) => return code,
        };
        if contract.sources.files.len() > 1 {
            eprintln!(
                "error: {} references other files; copy its folder into contracts/vendors/ by hand",
                path.display()
            );
            return EXIT_INPUT;
        }
        let fallback = path.to_string_lossy();
        let name = slug(if contract.info.title.is_empty() {
            &fallback
        } else {
            &contract.info.title
        });
        let file_name = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| "contract.yaml".into());
        let rel = PathBuf::from("contracts/vendors")
            .join(&name)
            .join(&file_name);
        entries.push((
            name,
            rel,
            path.clone(),
            contract.operations.len(),
            contract.channels.len(),
        ));
    }
    for (_, rel, source, _, _) in &entries {
        let target = args.dir.join(rel);
        if let Err(e) = std::fs::create_dir_all(target.parent().unwrap_or(Path::new(".")))
            .and_then(|_| std::fs::copy(source, &target))
        {
            eprintln!("error: cannot write {}: {e}", target.display());
            return EXIT_INPUT;
        }
    }
    let _ = std::fs::create_dir_all(args.dir.join("contracts/mappings"));
    let mut toml = String::from(
        "# accord.toml: the contracts this repository governs. `accord check` runs the gate.\n\
         # Every key is documented in docs/config.md of the accord repository, whose\n\
         # docs/accord.schema.json gives editors completion (taplo: a `#:schema PATH` first line).\n\
         version = \"v1\"\n\n\
         [lint]\nprofile = \"enterprise\"      # our own APIs\nvendor_profile = \"vendor\"   # vendor APIs: an integration-risk report\nfail_on = \"error\"\n\n\
         [diff]\nfail_on = \"breaking\"\n\n\
         [mappings]\npaths = [\"contracts/mappings\"]\n",
    );
    for (name, rel, _, _, _) in &entries {
        toml.push_str(&format!(
            "\n[[contracts]]\nname = \"{name}\"\npath = \"{}\"\nkind = \"vendor\"\n# When the vendor ships a new version, keep the old file and gate the upgrade:\n# baseline = {{ file = \"contracts/vendors/{name}/previous.yaml\" }}   # or {{ git = \"main\" }}\nconformance = {{ target = \"mock\" }}\n",
            rel.display()
        ));
    }
    toml.push_str(
        "\n# Accepted breaking changes, each with a reason and an expiry:\n# [[exceptions]]\n# check = \"response-property-removed\"\n# operation = \"GET /contacts/{contactId}\"\n# reason = \"field unused by our mappings; confirmed in review\"\n# expires = \"2027-06-30\"\n",
    );
    if let Err(e) = std::fs::write(&config_path, toml) {
        eprintln!("error: cannot write {}: {e}", config_path.display());
        return EXIT_INPUT;
    }
    let readme = args.dir.join("contracts/README.md");
    if !readme.exists() {
        let mut text = String::from(
            "# Governed contracts\n\nVendor contracts live in `vendors/<name>/`; mappings to canonical objects in `mappings/`.\n\n",
        );
        for (name, rel, source, ops, channels) in &entries {
            text.push_str(&format!(
                "- `{name}`: `{}`, copied from `{}` ({ops} operations, {channels} channels)\n",
                rel.display(),
                source.display()
            ));
        }
        let _ = std::fs::write(readme, text);
    }
    println!(
        "wrote {} with {} contract(s); next: `accord check`",
        config_path.display(),
        entries.len()
    );
    EXIT_OK
}

/// A folder-safe, lower-case name: `Relay CRM API` → `relay-crm-api`.
fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "vendor".to_string()
    } else {
        trimmed.chars().take(48).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_titles() {
        assert_eq!(slug("Relay CRM API"), "relay-crm-api");
        assert_eq!(slug("  Xero Accounting (v2) "), "xero-accounting-v2");
        assert_eq!(slug("???"), "vendor");
    }
}

//! `--runtime vendor`: a copy of `accord-runtime` inside the generated crate,
//! with a standalone manifest (workspace inheritance resolved), so the crate
//! builds anywhere with nothing but registry dependencies.

use toml::{Table, Value};

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// The folder, inside a generated crate, that holds the vendored runtime.
pub const VENDOR_DIR: &str = "accord-runtime";

/// The package name of the runtime copy inside client `crate_name`: its own name, so that
/// an application depending on several generated clients has no two packages called
/// `accord-runtime` at different paths (a "package collision in the lockfile").
pub fn package_name(crate_name: &str) -> String {
    format!("{crate_name}-runtime")
}

/// Files of the vendored runtime of client `crate_name`, relative to the generated crate.
pub fn files(crate_name: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (path, text) in RUNTIME_FILES {
        let text = if *path == "Cargo.toml" {
            standalone_manifest(text, &package_name(crate_name))
        } else {
            (*text).to_string()
        };
        out.push((format!("{VENDOR_DIR}/{path}"), text));
    }
    out
}

fn standalone_manifest(text: &str, package_name: &str) -> String {
    let (Ok(mut pkg), Ok(ws)) = (text.parse::<Table>(), WORKSPACE_MANIFEST.parse::<Table>()) else {
        return text.to_string();
    };
    let ws = ws
        .get("workspace")
        .and_then(Value::as_table)
        .cloned()
        .unwrap_or_default();
    let ws_pkg = ws
        .get("package")
        .and_then(Value::as_table)
        .cloned()
        .unwrap_or_default();
    let ws_deps = ws
        .get("dependencies")
        .and_then(Value::as_table)
        .cloned()
        .unwrap_or_default();
    if let Some(package) = pkg.get_mut("package").and_then(Value::as_table_mut) {
        for (k, v) in package.iter_mut() {
            let inherited = v
                .as_table()
                .and_then(|t| t.get("workspace"))
                .and_then(Value::as_bool)
                == Some(true);
            if inherited && let Some(w) = ws_pkg.get(k) {
                *v = w.clone();
            }
        }
        package.insert("name".into(), Value::String(package_name.to_string()));
        package.insert("publish".into(), Value::Boolean(false));
    }
    pkg.remove("lints");
    // Its doc examples name `accord_runtime`, which is the dependency's name in the client,
    // not this copy's library name; upstream runs them.
    let mut lib = Table::new();
    lib.insert("doctest".into(), Value::Boolean(false));
    pkg.insert("lib".into(), Value::Table(lib));
    pkg.remove("dev-dependencies");
    if let Some(deps) = pkg.get_mut("dependencies").and_then(Value::as_table_mut) {
        for (name, v) in deps.iter_mut() {
            let Some(local) = v.as_table().cloned() else {
                continue;
            };
            if local.get("workspace").and_then(Value::as_bool) != Some(true) {
                continue;
            }
            let mut resolved = match ws_deps.get(name) {
                Some(Value::String(s)) => {
                    let mut t = Table::new();
                    t.insert("version".into(), Value::String(s.clone()));
                    t
                }
                Some(Value::Table(t)) => t.clone(),
                _ => continue,
            };
            for (k, lv) in local {
                match k.as_str() {
                    "workspace" => {}
                    "features" => {
                        let mut feats = resolved
                            .get("features")
                            .and_then(Value::as_array)
                            .cloned()
                            .unwrap_or_default();
                        for f in lv.as_array().cloned().unwrap_or_default() {
                            if !feats.contains(&f) {
                                feats.push(f);
                            }
                        }
                        resolved.insert("features".into(), Value::Array(feats));
                    }
                    _ => {
                        resolved.insert(k, lv);
                    }
                }
            }
            *v = Value::Table(resolved);
        }
    }
    format!(
        "# Vendored copy of accord-runtime, written by `accord generate client --runtime vendor`.\n# Its own package name keeps it apart from other clients' copies in one application.\n{}",
        toml::to_string(&pkg).unwrap_or_else(|_| text.to_string())
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn vendored_manifest_has_no_workspace_inheritance() {
        let files = super::files("relay-crm-client");
        let (_, manifest) = files
            .iter()
            .find(|(p, _)| p.ends_with("Cargo.toml"))
            .expect("runtime manifest");
        assert!(!manifest.contains("workspace"), "{manifest}");
        assert!(
            manifest.contains("name = \"relay-crm-client-runtime\""),
            "{manifest}"
        );
        assert!(manifest.contains("reqwest"));
        assert!(files.iter().any(|(p, _)| p.ends_with("src/lib.rs")));
    }
}

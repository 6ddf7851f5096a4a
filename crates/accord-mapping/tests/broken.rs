//! Validation errors for a fixture folder of deliberately broken mappings
//! (tests/fixtures/broken/*.yaml), snapshotted as the user sees them; and robustness: no
//! input, however truncated, makes loading or validation panic.

use std::path::{Path, PathBuf};

use accord_mapping::{Contracts, load_mapping, parse_mapping, validate};

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/broken")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn render(diags: &[accord_report::Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{} {} [{}] {}\n    pointer: {}\n    help: {}\n",
                Path::new(&d.location.file)
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                d.location.line,
                d.location.column,
                d.level,
                d.rule,
                d.message,
                d.location.pointer,
                d.help
            )
        })
        .collect()
}

#[test]
fn broken_mappings_report_their_errors() {
    let contracts = Contracts::new();
    let files = fixtures();
    assert!(files.len() >= 8);
    for file in files {
        let spec = load_mapping(&file).unwrap();
        let diags = validate(&spec, &contracts);
        assert!(!diags.is_empty(), "{} validated clean", file.display());
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        insta::assert_snapshot!(name, render(&diags));
    }
}

#[test]
fn yaml_syntax_errors_are_load_errors_with_a_location() {
    let err = parse_mapping(Path::new("x.yaml"), "mapping: [unclosed\n").unwrap_err();
    assert!(err.line > 0, "{err}");
    assert!(load_mapping(Path::new("tests/fixtures/none.yaml")).is_err());
}

#[test]
fn truncated_and_mangled_inputs_never_panic() {
    let contracts = Contracts::new();
    let mut inputs: Vec<(PathBuf, String)> = fixtures()
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).unwrap();
            (f, text)
        })
        .collect();
    let bundled = Path::new("../../contracts/mappings/relay-crm.contact-to-customer.yaml");
    inputs.push((
        bundled.to_path_buf(),
        std::fs::read_to_string(bundled).unwrap(),
    ));
    for (path, text) in inputs {
        let bytes = text.as_bytes();
        for cut in (0..bytes.len()).step_by(7) {
            let Ok(prefix) = std::str::from_utf8(&bytes[..cut]) else {
                continue;
            };
            if let Ok(spec) = parse_mapping(&path, prefix) {
                let _ = validate(&spec, &contracts);
            }
            let mangled = prefix.replace(':', " ").replace('-', ":");
            if let Ok(spec) = parse_mapping(&path, &mangled) {
                let _ = validate(&spec, &contracts);
            }
        }
    }
}

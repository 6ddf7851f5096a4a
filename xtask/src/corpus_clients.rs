//! `cargo xtask corpus-clients`: the client-generation sweep over the real vendor
//! contracts in `../shared/corpus/openapi/*/*`.
//!
//! For every document it runs `accord generate client` (timed), writes the crate to
//! a temporary folder with the workspace's `Cargo.lock` (so dependency versions
//! match and build artifacts are shared through `CARGO_TARGET_DIR`), runs
//! `cargo check --offline` (timed) and counts the errors and warnings reported for
//! the generated code. The summary says how many compile, and how many with zero
//! warnings.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::workspace_root;

struct Outcome {
    name: String,
    size: u64,
    generate_ms: u128,
    generated: bool,
    check_s: f64,
    errors: usize,
    warnings: usize,
    compiled: bool,
    note: String,
}

fn documents(corpus: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(vendors) = std::fs::read_dir(corpus) else {
        return out;
    };
    for v in vendors.flatten() {
        if let Ok(files) = std::fs::read_dir(v.path()) {
            for f in files.flatten() {
                let p = f.path();
                if matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml" | "json")
                ) {
                    out.push(p);
                }
            }
        }
    }
    out.sort();
    out
}

fn crate_name(doc: &Path) -> String {
    let vendor = doc
        .parent()
        .and_then(Path::file_name)
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = doc
        .file_name()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = stem.split(['@', '.']).next().unwrap_or("api");
    let raw = format!("corpus-{vendor}-{stem}").to_ascii_lowercase();
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

pub fn run(args: &[String]) -> i32 {
    let mut only: Option<String> = None;
    let mut release = true;
    let mut check = true;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--only" => only = it.next().cloned(),
            "--debug" => release = false,
            "--no-check" => check = false,
            other => {
                eprintln!("unknown argument `{other}`");
                return 2;
            }
        }
    }
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("target"));

    // The generator.
    let mut build = Command::new(&cargo);
    build.current_dir(&root).args(["build", "-p", "accord-cli"]);
    if release {
        build.arg("--release");
    }
    match build.status() {
        Ok(s) if s.success() => {}
        _ => {
            eprintln!("error: building accord-cli failed");
            return 2;
        }
    }
    let accord = target
        .join(if release { "release" } else { "debug" })
        .join(format!("accord{}", std::env::consts::EXE_SUFFIX));
    let runtime = root.join("crates/accord-runtime");
    let corpus = root.join("../shared/corpus/openapi");
    let work = std::env::temp_dir().join("accord-corpus-clients");
    let lock = std::fs::read(root.join("Cargo.lock")).ok();

    let mut outcomes = Vec::new();
    for doc in documents(&corpus) {
        let name = crate_name(&doc);
        if only.as_ref().is_some_and(|o| !name.contains(o.as_str())) {
            continue;
        }
        let out_dir = work.join(&name);
        let _ = std::fs::remove_dir_all(&out_dir);
        let size = std::fs::metadata(&doc).map(|m| m.len()).unwrap_or(0);
        let started = Instant::now();
        let gen_out = Command::new(&accord)
            .arg("generate")
            .arg("client")
            .arg(&doc)
            .arg("--out")
            .arg(&out_dir)
            .arg("--crate-name")
            .arg(&name)
            .arg("--runtime")
            .arg(format!("path={}", runtime.display()))
            .output();
        let generate_ms = started.elapsed().as_millis();
        let mut o = Outcome {
            name: name.clone(),
            size,
            generate_ms,
            generated: false,
            check_s: 0.0,
            errors: 0,
            warnings: 0,
            compiled: false,
            note: String::new(),
        };
        match gen_out {
            Ok(out) if out.status.success() => o.generated = true,
            Ok(out) => {
                o.note = String::from_utf8_lossy(&out.stderr)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string()
            }
            Err(e) => o.note = e.to_string(),
        }
        if o.generated && check {
            if let Some(lock) = &lock {
                let _ = std::fs::write(out_dir.join("Cargo.lock"), lock);
            }
            let started = Instant::now();
            let out = Command::new(&cargo)
                .current_dir(&out_dir)
                .env("CARGO_TARGET_DIR", &target)
                .args(["check", "--offline", "--message-format", "short"])
                .output();
            o.check_s = started.elapsed().as_secs_f64();
            match out {
                Ok(out) => {
                    let text = String::from_utf8_lossy(&out.stderr).to_string();
                    for line in text.lines().filter(|l| l.starts_with("src/")) {
                        if line.contains(": error") {
                            o.errors += 1;
                        } else if line.contains(": warning") {
                            o.warnings += 1;
                        }
                    }
                    o.compiled = out.status.success();
                    if !o.compiled {
                        o.note = text
                            .lines()
                            .find(|l| l.contains("error"))
                            .unwrap_or("")
                            .to_string();
                    }
                }
                Err(e) => o.note = e.to_string(),
            }
        }
        println!(
            "{:<58} {:>9} B  generate {:>5} ms  check {:>6.1} s  errors {:>3}  warnings {:>3}  {}",
            o.name, o.size, o.generate_ms, o.check_s, o.errors, o.warnings, o.note
        );
        outcomes.push(o);
    }
    let total = outcomes.len();
    let generated = outcomes.iter().filter(|o| o.generated).count();
    let compiled = outcomes.iter().filter(|o| o.compiled).count();
    let clean = outcomes
        .iter()
        .filter(|o| o.compiled && o.warnings == 0)
        .count();
    println!();
    println!("generated: {generated}/{total}");
    if check {
        println!("compile:   {compiled}/{total}");
        println!("zero warnings: {clean}/{total}");
    }
    if let Some(largest) = outcomes.iter().max_by_key(|o| o.size) {
        println!(
            "largest document: {} ({} B): generate {} ms, cargo check {:.1} s",
            largest.name, largest.size, largest.generate_ms, largest.check_s
        );
    }
    let ok = generated == total && (!check || clean == total);
    if ok { 0 } else { 1 }
}

//! Lint speed on the largest real contracts of the corpus, with every rule: the rules alone
//! over a loaded contract (`rules/...`), and loading plus linting from text in memory
//! (`load+rules/...`, what `accord lint` does apart from reading the file and printing).
//! Run with `cargo bench -p accord-lint --bench lint`; `ACCORD_LINT_TIMINGS=1` on the
//! `accord lint` command shows which rules the time goes to.

use std::path::{Path, PathBuf};

use accord_lint::{Profile, REGISTRY, Rule, lint_with_rules};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(rel)
}

fn bench_lint(c: &mut Criterion) {
    let profile = Profile::vendor();
    let rules: Vec<&dyn Rule> = REGISTRY.iter().map(|e| e.rule).collect();
    let mut group = c.benchmark_group("lint");
    group.sample_size(10);
    for rel in [
        "openapi/stripe/spec3@7a9733e7ec0e.yaml",
        "openapi/square/api@2025-08-20.json",
    ] {
        let path = corpus(rel);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("corpus document {rel} not present; skipping");
            continue;
        };
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let contract = accord_spec::load_str(&name, &text).expect("corpus document loads");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("rules/{name}"), |b| {
            b.iter(|| lint_with_rules(&contract, &profile, rules.iter().copied()))
        });
        group.bench_function(format!("load+rules/{name}"), |b| {
            b.iter(|| {
                let contract = accord_spec::load_str(&name, &text).expect("loads");
                lint_with_rules(&contract, &profile, rules.iter().copied())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench_lint);
criterion_main!(benches);

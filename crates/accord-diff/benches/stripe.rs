//! The speed bar, on the largest real pair of the corpus (Stripe's spec, 3.9 MB of
//! YAML a side): `accord diff` should take at most 1.5× the time it takes just to parse both
//! files, and be at least 5× faster than redocly on the same pair. Measures, each on its own:
//! parsing both files one after the other, loading both in parallel (what `accord diff`
//! does), the diff of loaded contracts (structural diff, judgement, YAML snippets), the whole
//! load + diff, and rendering the report as text and JSON.
//!
//! `cargo bench -p accord-diff --bench stripe`. Skipped when the corpus is not next to the
//! workspace.

use std::path::{Path, PathBuf};

use accord_diff::DiffOptions;
use accord_report::{Format, RenderOptions};
use accord_spec::{FsProvider, Limits};
use criterion::{Criterion, criterion_group, criterion_main};

fn pair() -> Option<(PathBuf, PathBuf)> {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/pairs/stripe-spec3");
    let (old, new) = (dir.join("old.yaml"), dir.join("new.yaml"));
    (old.exists() && new.exists()).then_some((old, new))
}

fn options() -> DiffOptions {
    DiffOptions {
        today: Some("2025-09-01".into()),
        ..DiffOptions::default()
    }
}

fn stripe(c: &mut Criterion) {
    let Some((old, new)) = pair() else {
        eprintln!("corpus not found; skipped");
        return;
    };
    let mut group = c.benchmark_group("stripe");
    group.sample_size(10);
    group.warm_up_time(std::time::Duration::from_secs(1));
    group.measurement_time(std::time::Duration::from_secs(12));
    group.bench_function("parse both, one after the other", |b| {
        b.iter(|| {
            let a = accord_spec::load(&old).unwrap();
            let b = accord_spec::load(&new).unwrap();
            (a.operations.len(), b.operations.len())
        })
    });
    let load_both = || {
        let (a, b) =
            accord_diff::load_pair((&old, &FsProvider), (&new, &FsProvider), &Limits::default());
        (a.unwrap(), b.unwrap())
    };
    group.bench_function("load both in parallel", |b| b.iter(load_both));
    let (a, b) = load_both();
    group.bench_function("diff loaded contracts", |bench| {
        bench.iter(|| accord_diff::diff(&a, &b, &options()).changes.len())
    });
    group.bench_function("load both + diff", |bench| {
        bench.iter(|| {
            let (a, b) = load_both();
            accord_diff::diff(&a, &b, &options()).changes.len()
        })
    });
    let report = accord_diff::diff(&a, &b, &options());
    let render = RenderOptions::default();
    group.bench_function("render text", |bench| {
        bench.iter(|| accord_report::render(&report, Format::Text, &render).len())
    });
    group.bench_function("render json", |bench| {
        bench.iter(|| accord_report::render(&report, Format::Json, &render).len())
    });
    group.finish();
}

criterion_group!(benches, stripe);
criterion_main!(benches);

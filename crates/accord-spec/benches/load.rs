//! Loading speed over the largest real contracts of the corpus, YAML and JSON, from text
//! already in memory (the parse stage alone, and the full model). Report MB/s from the
//! throughput lines: `cargo bench -p accord-spec --bench load`.

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(rel)
}

fn bench_load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    for rel in [
        "openapi/stripe/spec3@7a9733e7ec0e.yaml",
        "openapi/square/api@2025-08-20.json",
        "openapi/twilio/twilio_api_v2010@2.6.7.yaml",
    ] {
        let path = corpus(rel);
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        group.throughput(Throughput::Bytes(text.len() as u64));
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        group.bench_function(format!("parse/{name}"), |b| {
            b.iter(|| accord_spec::parse_tree(&name, &text).unwrap())
        });
        group.bench_function(format!("model/{name}"), |b| {
            b.iter(|| accord_spec::load_str(&name, &text).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, bench_load);
criterion_main!(benches);

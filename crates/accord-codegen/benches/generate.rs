//! Client generation speed on the largest real contract of the corpus (Stripe), split
//! by phase: `ir` (Contract → codegen IR), `render` (minijinja templates over the IR),
//! `format` (`syn` parse + `prettyplease` of the rendered Rust files) and `total`
//! (what `accord generate client` spends after loading). Loading is
//! accord-spec's own bench. Run: `cargo bench -p accord-codegen --bench generate`.
//!
//! On a busy machine wall time says little: `ACCORD_BENCH_CPU=N` instead runs each
//! phase N times and prints wall and CPU milliseconds (all threads, from
//! `/proc/self/stat`) per run.

use std::path::{Path, PathBuf};

use accord_codegen::{Options, RuntimeDep, format, render};
use criterion::{Criterion, criterion_group};

fn corpus(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(rel)
}

fn bench_generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    group.sample_size(10);
    for rel in ["openapi/stripe/spec3@7a9733e7ec0e.yaml"] {
        let path = corpus(rel);
        // The corpus lives outside the repository: without it there is nothing to measure.
        let Ok(contract) = accord_spec::load(&path) else {
            continue;
        };
        let name = rel.split('/').nth(1).unwrap_or(rel);
        let options = Options {
            runtime: RuntimeDep::Version("0.1".into()),
            ..Options::default()
        };
        let ir = accord_codegen::client_ir(&contract, &options).unwrap();
        let sources = render::render_sources(&ir, None).unwrap();
        group.bench_function(format!("ir/{name}"), |b| {
            b.iter(|| accord_codegen::client_ir(&contract, &options).unwrap())
        });
        group.bench_function(format!("render/{name}"), |b| {
            b.iter(|| render::render_sources(&ir, None).unwrap())
        });
        group.bench_function(format!("format/{name}"), |b| {
            b.iter(|| {
                for s in sources.iter().filter(|s| s.is_rust()) {
                    format::format_rust(&s.path, &s.text).unwrap();
                }
            })
        });
        for s in sources.iter().filter(|s| s.is_rust()) {
            let file = s.path.trim_start_matches("src/");
            group.bench_function(format!("parse/{name}/{file}"), |b| {
                b.iter(|| syn::parse_file(&s.text).unwrap())
            });
            let parsed = syn::parse_file(&s.text).unwrap();
            group.bench_function(format!("print/{name}/{file}"), |b| {
                b.iter(|| prettyplease::unparse(&parsed))
            });
        }
        group.bench_function(format!("total/{name}"), |b| {
            b.iter(|| accord_codegen::generate_client(&contract, &options).unwrap())
        });
    }
    group.finish();
}

/// CPU time of the process so far (user + system, all threads), from `/proc/self/stat`.
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses): utime and stime are 14 and 15.
    let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // Clock ticks are 10 ms on Linux.
    (ticks(11) + ticks(12)) * 10.0
}

fn cpu_report(runs: u32) {
    let path = corpus("openapi/stripe/spec3@7a9733e7ec0e.yaml");
    let contract = accord_spec::load(&path).expect("Stripe loads");
    let options = Options {
        runtime: RuntimeDep::Version("0.1".into()),
        ..Options::default()
    };
    let ir = accord_codegen::client_ir(&contract, &options).unwrap();
    let sources = render::render_sources(&ir, None).unwrap();
    let measure = |phase: &str, f: &mut dyn FnMut()| {
        let (wall, cpu) = (std::time::Instant::now(), cpu_ms());
        for _ in 0..runs {
            f();
        }
        let per = |x: f64| x / f64::from(runs);
        println!(
            "{phase:<8} wall {:>7.1} ms   cpu {:>7.1} ms",
            per(wall.elapsed().as_secs_f64() * 1000.0),
            per(cpu_ms() - cpu)
        );
    };
    measure("ir", &mut || {
        accord_codegen::client_ir(&contract, &options).unwrap();
    });
    measure("render", &mut || {
        render::render_sources(&ir, None).unwrap();
    });
    measure("format", &mut || {
        for s in sources.iter().filter(|s| s.is_rust()) {
            format::format_rust(&s.path, &s.text).unwrap();
        }
    });
    measure("total", &mut || {
        accord_codegen::generate_client(&contract, &options).unwrap();
    });
}

criterion_group!(benches, bench_generate);

fn main() {
    if let Some(runs) = std::env::var("ACCORD_BENCH_CPU")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        cpu_report(runs);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

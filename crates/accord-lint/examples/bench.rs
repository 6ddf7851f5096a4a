//! Times loading and linting one contract with every rule (`cargo run --release -p
//! accord-lint --example bench -- FILE [PROFILE] [RUNS]`), printing per-rule counts; the
//! numbers compared with Spectral in the final report come from here.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: bench FILE [PROFILE] [RUNS]");
        std::process::exit(2);
    };
    let profile_name = args.next().unwrap_or_else(|| "vendor".to_string());
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let profile = match accord_lint::Profile::resolve(&profile_name) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    // Every rule, whatever the profile selects: the bench measures the full rule set.
    let all: Vec<&dyn accord_lint::Rule> = accord_lint::REGISTRY.iter().map(|e| e.rule).collect();
    let mut best_load = f64::MAX;
    let mut best_lint = f64::MAX;
    let mut counts = BTreeMap::new();
    for _ in 0..runs {
        let start = Instant::now();
        let contract = match accord_spec::load(Path::new(&file)) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(2);
            }
        };
        let loaded = start.elapsed().as_secs_f64();
        let start = Instant::now();
        let diagnostics = accord_lint::lint_with_rules(&contract, &profile, all.iter().copied());
        let linted = start.elapsed().as_secs_f64();
        best_load = best_load.min(loaded);
        best_lint = best_lint.min(linted);
        counts.clear();
        for d in &diagnostics {
            *counts.entry(d.rule.clone()).or_insert(0usize) += 1;
        }
    }
    for (rule, n) in &counts {
        println!("{n:>7}  {rule}");
    }
    println!(
        "load {:.1} ms, lint {:.1} ms, total {:.1} ms (best of {runs})",
        best_load * 1e3,
        best_lint * 1e3,
        (best_load + best_lint) * 1e3
    );
}

//! Times the stages of `accord diff` on one pair: `cargo run --release -p accord-diff
//! --example bench_pair -- OLD NEW`. Prints load (each side, and both in parallel),
//! structural diff, judged diff with snippets, and JSON rendering.

use std::path::Path;
use std::time::Instant;

use accord_report::{Format, RenderOptions};
use accord_spec::{FsProvider, Limits};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(old), Some(new)) = (args.first(), args.get(1)) else {
        eprintln!("usage: bench_pair OLD NEW");
        std::process::exit(2);
    };
    let t = Instant::now();
    let a = accord_spec::load(Path::new(old)).expect("old loads");
    let load_old = t.elapsed();
    let t = Instant::now();
    let b = accord_spec::load(Path::new(new)).expect("new loads");
    let load_new = t.elapsed();
    let t = Instant::now();
    let (x, y) = accord_diff::load_pair(
        (Path::new(old), &FsProvider),
        (Path::new(new), &FsProvider),
        &Limits::default(),
    );
    let load_par = t.elapsed();
    drop((x, y));
    let t = Instant::now();
    let deltas = accord_diff::structural_diff(&a, &b);
    let structural = t.elapsed();
    let t = Instant::now();
    let report = accord_diff::diff(&a, &b, &accord_diff::DiffOptions::default());
    let judged = t.elapsed();
    let t = Instant::now();
    let json = accord_report::render(&report, Format::Json, &RenderOptions::default());
    let render = t.elapsed();
    println!(
        "load old {load_old:?}, load new {load_new:?}, load both in parallel {load_par:?}\n\
         structural diff {structural:?} ({} deltas), diff+judge+snippets {judged:?} ({} changes), json {render:?} ({} bytes)",
        deltas.len(),
        report.changes.len(),
        json.len()
    );
}

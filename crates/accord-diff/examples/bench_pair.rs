//! Times the stages of `accord diff` on one pair: `cargo run --profile bench -p accord-diff
//! --example bench_pair -- OLD NEW`. Prints load (each side, and both in parallel),
//! structural diff, judged diff with snippets, JSON and text rendering, and the whole of what
//! `accord diff` does (parallel load, diff, text report) against the time to parse both
//! files, the ratio the issue bounds at 1.5.

use std::io::Write as _;
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
    let t = Instant::now();
    let text = accord_report::render(&report, Format::Text, &RenderOptions::default());
    let render_text = t.elapsed();
    drop((a, b, report));
    // What `accord diff OLD NEW` does, end to end (output written to a sink).
    let t = Instant::now();
    let (x, y) = accord_diff::load_pair(
        (Path::new(old), &FsProvider),
        (Path::new(new), &FsProvider),
        &Limits::default(),
    );
    let (x, y) = (x.expect("old loads"), y.expect("new loads"));
    let whole_report = accord_diff::diff(&x, &y, &accord_diff::DiffOptions::default());
    let whole_text = accord_report::render(&whole_report, Format::Text, &RenderOptions::default());
    std::io::sink()
        .write_all(whole_text.as_bytes())
        .expect("sink");
    let whole = t.elapsed();
    let parse = load_old + load_new;
    println!(
        "load old {load_old:?}, load new {load_new:?}, load both in parallel {load_par:?}\n\
         structural diff {structural:?} ({} deltas), diff+judge+snippets {judged:?} ({} changes), json {render:?} ({} bytes), text {render_text:?} ({} bytes)\n\
         accord diff end to end {whole:?} = {:.2}x parsing both files ({parse:?})",
        deltas.len(),
        whole_report.changes.len(),
        json.len(),
        text.len(),
        whole.as_secs_f64() / parse.as_secs_f64()
    );
}

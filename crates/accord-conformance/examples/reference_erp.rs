//! The reference ERP server of the tests as a binary, for running peers (Schemathesis)
//! against it: `cargo run -p accord-conformance --example reference_erp -- --port 8080
//! [--defect NAME] [--rate-every N] [--latency-ms MS]`. Tokens: `acme-secret-token`, `globex-secret-token`.

#[path = "../tests/support/erp.rs"]
mod erp;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let port = arg("--port").and_then(|p| p.parse().ok()).unwrap_or(8080);
    let defect = match arg("--defect") {
        Some(name) => match erp::Defect::parse(&name) {
            Some(d) => Some(d),
            None => {
                eprintln!("unknown defect `{name}`; one of: {:?}", erp::Defect::ALL);
                std::process::exit(2);
            }
        },
        None => None,
    };
    let rate_every = arg("--rate-every")
        .and_then(|p| p.parse().ok())
        .unwrap_or(50);
    let options = erp::Options {
        defect,
        defects: Vec::new(),
        rate_every,
        retry_after: 0,
        latency: std::time::Duration::from_millis(
            arg("--latency-ms")
                .and_then(|p| p.parse().ok())
                .unwrap_or(0),
        ),
    };
    let addr = erp::start(options, port).await;
    println!("reference ERP on http://{addr} (defect: {defect:?})");
    let _ = tokio::signal::ctrl_c().await;
    println!(
        "served {} requests",
        erp::SERVED.load(std::sync::atomic::Ordering::Relaxed)
    );
}

//! Loads every file named on the command line and prints counts and timings.
fn main() {
    for arg in std::env::args().skip(1) {
        if std::env::var("TWICE").is_ok() {
            let t = std::time::Instant::now();
            let _ = accord_spec::load(std::path::Path::new(&arg));
            println!("first {:?}", t.elapsed());
        }
        let t = std::time::Instant::now();
        match accord_spec::load(std::path::Path::new(&arg)) {
            Ok(c) => {
                let paths: std::collections::BTreeSet<_> =
                    c.operations.iter().map(|o| o.path.clone()).collect();
                println!(
                    "{arg}: {:?} paths={} ops={} webhooks={} channels={} evops={} schemas={} arena={} findings={} {:?}",
                    c.kind,
                    paths.len(),
                    c.operations.len(),
                    c.webhooks.len(),
                    c.channels.len(),
                    c.event_operations.len(),
                    c.components.len(),
                    c.schemas.len(),
                    c.findings.len(),
                    t.elapsed()
                );
                for f in c.findings.iter().take(3) {
                    println!("   {} {} {}", f.code, f.loc, f.message);
                }
            }
            Err(e) => println!("{arg}: ERROR {e}"),
        }
    }
}

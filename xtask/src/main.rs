//! `cargo xtask`: project automation.
//!
//! Subcommands:
//! - `corpus-clients [--only SUBSTRING] [--debug] [--no-check]`: generates a client
//!   crate for every OpenAPI document of `../shared/corpus/openapi` and `cargo check`s
//!   each, reporting how many compile and how many with zero warnings.

mod corpus_clients;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("corpus-clients") => corpus_clients::run(&args[1..]),
        _ => {
            eprintln!(
                "usage: cargo xtask corpus-clients [--only SUBSTRING] [--debug] [--no-check]"
            );
            2
        }
    };
    std::process::exit(code);
}

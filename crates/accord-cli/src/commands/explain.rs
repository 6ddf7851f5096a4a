//! `accord explain ID`: the documentation page of any ID Accord reports, of every kind
//! (lint rule, breaking check, conformance check, event check, mapping rule, loader finding),
//! in kebab-case or snake_case spelling; a typo gets the nearest IDs.

use crate::{common, registry};

#[derive(clap::Args)]
pub struct Args {
    /// Any rule, check or finding ID (`operation-id-unique`, `not_a_server_error`,
    /// `dangling-ref`), or `mapping` for the mapping format reference.
    pub id: String,
}

pub fn run(args: Args) -> i32 {
    if args.id == "mapping" {
        print!("{}", accord_mapping::docs::EXPLAIN_MAPPING);
        return common::EXIT_OK;
    }
    if let Some(doc) = registry::find(&args.id) {
        print!("{}", doc.page);
        if !doc.page.ends_with('\n') {
            println!();
        }
        return common::EXIT_OK;
    }
    eprintln!("error: no rule, check or finding is called `{}`", args.id);
    let nearest = registry::nearest(&args.id, 3);
    if !nearest.is_empty() {
        eprintln!("\n  did you mean: {}?", nearest.join(", "));
    }
    eprintln!(
        "\n  every ID: docs/README.md (lint rules in docs/rules/, breaking checks in docs/checks/, ...)"
    );
    common::EXIT_INPUT
}

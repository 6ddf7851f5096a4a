//! `accord explain ID`: the documentation page of a rule or check.

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    /// A lint rule, breaking check, conformance check or loader finding ID.
    pub id: String,
}

pub fn run(args: Args) -> i32 {
    // Mapping format reference (accord-mapping) and its validation rule IDs.
    if args.id == "mapping" || accord_mapping::RULES.iter().any(|(id, _)| *id == args.id) {
        print!("{}", accord_mapping::docs::EXPLAIN_MAPPING);
        return common::EXIT_OK;
    }
    if let Some((_, text)) = accord_spec::FINDING_CODES
        .iter()
        .find(|(code, _)| *code == args.id)
    {
        println!("{}\n\n{text}", args.id);
        return common::EXIT_OK;
    }
    // Breaking checks of `accord diff` (accord-diff's registry).
    if let Some(page) = accord_diff::explain(&args.id) {
        println!("{page}");
        return common::EXIT_OK;
    }
    if let Some(entry) = accord_lint::find(&args.id) {
        print!("{}", accord_lint::page(entry));
        return common::EXIT_OK;
    }
    eprintln!("error: no rule or check is called `{}`", args.id);
    common::EXIT_INPUT
}

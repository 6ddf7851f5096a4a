//! `accord explain ID`: the documentation page of a rule or check.

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    /// A lint rule, breaking check, conformance check or loader finding ID.
    pub id: String,
}

pub fn run(args: Args) -> i32 {
    if let Some((_, text)) = accord_spec::FINDING_CODES
        .iter()
        .find(|(code, _)| *code == args.id)
    {
        println!("{}\n\n{text}", args.id);
        return common::EXIT_OK;
    }
    eprintln!("error: no rule or check is called `{}`", args.id);
    common::EXIT_INPUT
}

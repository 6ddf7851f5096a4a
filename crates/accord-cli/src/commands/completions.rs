//! `accord completions SHELL`: a completion script generated from the clap command tree, so
//! it always offers exactly the commands and flags this binary has.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    /// The shell to complete for.
    pub shell: Shell,
}

pub fn run<Cli: CommandFactory>(args: Args) -> i32 {
    let mut command = Cli::command();
    let name = command.get_name().to_string();
    // Into memory first: clap_complete panics on a write error, and a reader that closes
    // the pipe early (`| head`) is not an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, name, &mut script);
    let _ = std::io::Write::write_all(&mut std::io::stdout(), &script);
    common::EXIT_OK
}

//! One module per subcommand: its arguments (clap derive, which also generates `--help`)
//! and its `run` function returning the exit code.

pub mod breaking;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod generate;
pub mod generate_client;
pub mod init;
pub mod lint;
pub mod mapping;
pub mod mock;
pub mod mock_events;
pub mod test;
pub mod test_events;
pub mod validate;

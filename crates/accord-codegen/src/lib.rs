//! Codegen IR and minijinja rendering of client and mapping crates.

//! Why a document could not be loaded at all (exit 2), with the place that stopped it.

use std::fmt;

/// Limits that keep loading bounded in time and memory whatever the input.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Largest file read, in bytes.
    pub max_bytes: u64,
    /// Deepest nesting of mappings and lists.
    pub max_depth: usize,
    /// Most nodes one file may expand to (guards against alias bombs).
    pub max_nodes: usize,
    /// Most files one contract may pull in through `$ref`.
    pub max_files: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 32 * 1024 * 1024,
            max_depth: 256,
            max_nodes: 8_000_000,
            max_files: 512,
        }
    }
}

/// A document that cannot be loaded. `Display` gives `file:line:column: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub kind: LoadErrorKind,
    pub message: String,
}

/// The class of a [`LoadError`], for tests and callers that branch on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    Io,
    TooLarge,
    NotUtf8,
    Syntax,
    TooDeep,
    TooManyNodes,
    Empty,
    Unsupported,
    NotAContract,
    Structure,
}

impl LoadError {
    pub fn new(
        file: &str,
        line: u32,
        column: u32,
        kind: LoadErrorKind,
        message: impl Into<String>,
    ) -> Self {
        LoadError {
            file: file.to_string(),
            line,
            column,
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for LoadError {}

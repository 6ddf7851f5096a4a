//! Where a model element came from: file, JSON pointer, line and column.

use std::fmt;
use std::sync::Arc;

/// The source location of a model element. Every finding of every analyser points at one.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Loc {
    /// The file as the user named it (or as reached through a relative `$ref`).
    pub file: Arc<str>,
    /// JSON pointer inside that file.
    pub pointer: String,
    /// 1-based line; 0 when unknown.
    pub line: u32,
    /// 1-based column; 0 when unknown.
    pub column: u32,
}

impl Loc {
    pub fn new(file: &Arc<str>, pointer: impl Into<String>, line: u32, column: u32) -> Self {
        Loc {
            file: file.clone(),
            pointer: pointer.into(),
            line,
            column,
        }
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

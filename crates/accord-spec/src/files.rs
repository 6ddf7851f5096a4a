//! Where contract files come from: the file system, or any other provider (a git revision
//! for `accord breaking --against`, stdin). Paths are normalised lexically so that nothing
//! outside the contract's folder is ever opened to find out where it leads.

use std::io;
use std::path::{Component, Path, PathBuf};

/// Reads the bytes of a contract file.
pub trait FileProvider: Sync {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
}

/// Reads from the local file system, refusing files over `max_bytes` before reading them.
#[derive(Clone, Copy, Debug, Default)]
pub struct FsProvider;

impl FileProvider for FsProvider {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }
}

/// An in-memory provider: one file (stdin) or a fixed set.
#[derive(Clone, Debug, Default)]
pub struct MemoryProvider {
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

impl FileProvider for MemoryProvider {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, b)| b.clone())
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }
}

/// Removes `.` and resolves `..` lexically (without touching the file system).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let can_pop = matches!(out.components().next_back(), Some(Component::Normal(_)));
                if can_pop {
                    out.pop();
                } else {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// Whether `path` (normalised) stays inside `dir` (normalised).
pub fn is_within(path: &Path, dir: &Path) -> bool {
    path.strip_prefix(dir)
        .map(|rest| !rest.components().any(|c| c == Component::ParentDir))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_lexically() {
        assert_eq!(
            normalize(Path::new("a/./b/../c.yaml")),
            PathBuf::from("a/c.yaml")
        );
        assert_eq!(
            normalize(Path::new("../x/a/../b.yaml")),
            PathBuf::from("../x/b.yaml")
        );
        assert!(is_within(Path::new("../x/b.yaml"), Path::new("../x")));
        assert!(is_within(Path::new("b.yaml"), Path::new("")));
        assert_eq!(
            normalize(Path::new("a/../../x.yaml")),
            PathBuf::from("../x.yaml")
        );
    }

    #[test]
    fn detects_escapes() {
        let dir = normalize(Path::new("contracts/vendor"));
        assert!(is_within(
            &normalize(Path::new("contracts/vendor/common/x.yaml")),
            &dir
        ));
        assert!(!is_within(
            &normalize(Path::new("contracts/vendor/../../etc/passwd")),
            &dir
        ));
        assert!(!is_within(
            &normalize(Path::new("contracts/other/x.yaml")),
            &dir
        ));
    }
}

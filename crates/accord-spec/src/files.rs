//! Where contract files come from: the file system, or any other provider (a git revision
//! for `accord breaking --against`, stdin). Paths are normalised lexically so that nothing
//! outside the contract's folder is ever opened to find out where it leads.

use std::io;
use std::path::{Component, Path, PathBuf};

/// Reads the bytes of a contract file, and says which files a contract may reach.
pub trait FileProvider: Sync {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;

    /// The folder a contract whose root document is `document` may not leave through `$ref`:
    /// by default the document's own folder.
    fn boundary(&self, document: &Path) -> PathBuf {
        document.parent().map(Path::to_path_buf).unwrap_or_default()
    }

    /// Whether `path` (normalised) lies within `boundary`, as this provider resolves files.
    fn contains(&self, boundary: &Path, path: &Path) -> bool {
        is_within(path, boundary)
    }
}

/// Reads from the local file system.
///
/// A contract may reach every file of the contract repository it lives in, the way real
/// repositories lay out shared `../common/*.yaml` files: the nearest folder above the document
/// holding `accord.toml`, else the git work tree holding it, else the document's own folder
/// ([`RootedFsProvider`] takes the folder from `--root DIR` instead). Symbolic links are
/// resolved before the check, so a link inside the repository cannot lead out of it.
#[derive(Clone, Copy, Debug, Default)]
pub struct FsProvider;

/// The file system, with the repository boundary named by the user (`--root DIR`).
#[derive(Clone, Debug)]
pub struct RootedFsProvider(pub PathBuf);

impl FileProvider for RootedFsProvider {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn boundary(&self, _document: &Path) -> PathBuf {
        resolved(&self.0)
    }

    fn contains(&self, boundary: &Path, path: &Path) -> bool {
        resolved(path).starts_with(resolved(boundary))
    }
}

impl FileProvider for FsProvider {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn boundary(&self, document: &Path) -> PathBuf {
        let folder = resolved(document.parent().unwrap_or(Path::new("")));
        let found = |marker: &str| {
            folder
                .ancestors()
                .find(|dir| dir.join(marker).exists())
                .map(Path::to_path_buf)
        };
        found("accord.toml")
            .or_else(|| found(".git"))
            .unwrap_or(folder)
    }

    fn contains(&self, boundary: &Path, path: &Path) -> bool {
        resolved(path).starts_with(resolved(boundary))
    }
}

/// The absolute path with symbolic links resolved where it exists; lexically normalised
/// (and made absolute) where it does not, so a missing file is judged by where it would be.
fn resolved(path: &Path) -> PathBuf {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    std::fs::canonicalize(path).unwrap_or_else(|_| {
        normalize(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
    })
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

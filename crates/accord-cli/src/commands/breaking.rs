//! `accord breaking PATH --against GIT_REF`: diff a contract against itself at a git
//! revision, the way `buf breaking --against` does, without a checkout: the old side (and
//! every file it `$ref`s) is read with `git show REV:path`.

use std::io;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

use accord_spec::FileProvider;

use crate::commands::diff::{DiffFlags, finish};
use crate::common;

#[derive(clap::Args)]
pub struct Args {
    /// The contract in the working tree.
    pub path: PathBuf,
    /// The git revision to compare against (a branch, tag or commit).
    #[arg(long)]
    pub against: String,
    #[command(flatten)]
    pub flags: DiffFlags,
}

/// Reads files as they are at a git revision of the repository around the current folder.
pub struct GitProvider {
    rev: String,
    toplevel: PathBuf,
    cwd: PathBuf,
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

impl GitProvider {
    /// The repository around `cwd` at `rev`; an error when there is no repository or the
    /// revision does not name a commit.
    pub fn new(rev: &str, cwd: &Path) -> Result<Self, String> {
        let cwd = std::fs::canonicalize(cwd).map_err(|e| format!("{}: {e}", cwd.display()))?;
        let top = Command::new("git")
            .arg("-C")
            .arg(&cwd)
            .args(["rev-parse", "--show-toplevel"])
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !top.status.success() {
            return Err(format!("{} is not inside a git repository", cwd.display()));
        }
        let toplevel = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
        let toplevel = std::fs::canonicalize(&toplevel).unwrap_or(toplevel);
        let verify = Command::new("git")
            .arg("-C")
            .arg(&toplevel)
            .args(["rev-parse", "--verify", "--quiet"])
            .arg(format!("{rev}^{{commit}}"))
            .output()
            .map_err(|e| format!("cannot run git: {e}"))?;
        if !verify.status.success() {
            return Err(format!("`{rev}` is not a git revision of this repository"));
        }
        Ok(GitProvider {
            rev: rev.to_string(),
            toplevel,
            cwd,
        })
    }

    /// `path` (relative to the current folder, or absolute) relative to the repository root.
    pub fn repo_path(&self, path: &Path) -> Option<String> {
        let abs = normalize(&self.cwd.join(path));
        let rel = abs.strip_prefix(&self.toplevel).ok()?;
        Some(
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy().to_string())
                .collect::<Vec<_>>()
                .join("/"),
        )
    }
}

impl FileProvider for GitProvider {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let rel = self
            .repo_path(path)
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "outside the git repository"))?;
        let out = Command::new("git")
            .arg("-C")
            .arg(&self.toplevel)
            .arg("show")
            .arg(format!("{}:{rel}", self.rev))
            .output()?;
        if out.status.success() {
            Ok(out.stdout)
        } else {
            Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("not in revision {}", self.rev),
            ))
        }
    }

    /// The same repository boundary as the working copy (`--root`, `accord.toml`, the git
    /// work tree), so a contract reaches the same files at the revision as it does today.
    fn boundary(&self, document: &Path) -> PathBuf {
        common::files().boundary(document)
    }
}

pub fn run(args: Args) -> i32 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let git = match GitProvider::new(&args.against, &cwd) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    let (old_overlays, new_overlays) = match args.flags.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let (old, new) = common::load_pair_overlaid(
        (&args.path, &git, &old_overlays),
        (&args.path, common::files(), &new_overlays),
    );
    let (old, new) = match (old, new) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) => {
            eprintln!("error: at `{}`: {e}", args.against);
            return common::EXIT_INPUT;
        }
        (_, Err(e)) => return common::report_load_error(&e),
    };
    let label = format!("{}@{}", args.path.display(), args.against);
    finish(
        &old,
        &new,
        &args.flags,
        std::slice::from_ref(&args.path),
        Some(label),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.email=t@example.invalid", "-c", "user.name=t"])
            .args(args)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(ok, "git {args:?}");
    }

    #[test]
    fn reads_the_old_revision_with_its_refs() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        git(dir, &["init", "-q"]);
        std::fs::create_dir_all(dir.join("api/common")).unwrap();
        let main = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'common/s.yaml'}\n";
        std::fs::write(dir.join("api/main.yaml"), main).unwrap();
        std::fs::write(
            dir.join("api/common/s.yaml"),
            "type: object\nproperties:\n  phone: {type: string}\n",
        )
        .unwrap();
        git(dir, &["add", "."]);
        git(dir, &["commit", "-q", "-m", "v1"]);
        std::fs::write(
            dir.join("api/common/s.yaml"),
            "type: object\nproperties: {}\n",
        )
        .unwrap();

        let sub = dir.join("api");
        let provider = GitProvider::new("HEAD", &sub).unwrap();
        assert_eq!(
            provider.repo_path(Path::new("main.yaml")).as_deref(),
            Some("api/main.yaml")
        );
        let old = accord_spec::load_with(
            &sub.join("main.yaml"),
            &provider,
            &accord_spec::Limits::default(),
        )
        .unwrap();
        let new = accord_spec::load(&sub.join("main.yaml")).unwrap();
        let report = accord_diff::diff(&old, &new, &accord_diff::DiffOptions::default());
        let ids: Vec<&str> = report.changes.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["response-property-removed"]);
        assert!(GitProvider::new("no-such-rev", &sub).is_err());
    }
}

//! Helpers shared by the end-to-end tests: the `accord` binary, built once per test run.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The shared corpus of real vendor contracts, beside the checkout (a missing corpus fails
/// the test; see `accord_testkit`).
pub fn corpus() -> PathBuf {
    accord_testkit::corpus().unwrap_or_default()
}

/// Path to the `accord` binary, building it first (once) so tests run the current code.
pub fn accord_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "-q", "-p", "accord-cli"])
            .current_dir(root())
            .status()
            .expect("cargo build runs");
        assert!(status.success(), "building accord-cli failed");
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root().join("target"));
        target.join("debug").join(if cfg!(windows) {
            "accord.exe"
        } else {
            "accord"
        })
    })
    .clone()
}

/// Runs `accord ARGS` in `dir` and returns its output.
pub fn accord_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(accord_bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("accord runs")
}

/// Runs `accord ARGS` at the workspace root.
pub fn accord(args: &[&str]) -> Output {
    accord_in(&root(), args)
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Starts `accord ARGS` and returns it with the URL it serves on (its first stdout line).
pub fn serve(dir: &Path, args: &[&str]) -> (Child, String) {
    let mut child = Command::new(accord_bin())
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("accord starts");
    let mut line = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut line)
        .expect("accord prints where it serves");
    let url = line
        .trim()
        .rsplit(' ')
        .next()
        .filter(|u| u.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {line:?}"))
        .to_string();
    (child, url)
}

/// Ctrl-C to a running `accord`, then everything it printed and how it exited.
pub fn interrupt(child: Child) -> Output {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    child.wait_with_output().expect("accord stops")
}

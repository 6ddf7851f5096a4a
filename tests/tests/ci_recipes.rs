//! The CI recipes run as written: the composite GitHub Action (`action.yml`, which
//! `docs/ci/github-actions.yml` uses) and the GitLab job (`docs/ci/gitlab-ci.yml`) are read
//! from their files, their shell commands run on this repository (installing accord from the
//! checkout, no network), and the gate's report comes out.
//!
//! `ACCORD_INSTALL_FLAGS=--debug` and the test's own target directory make the install
//! reuse this build instead of compiling a release binary.

mod common;

use std::path::Path;
use std::process::Command;

use serde_yaml::Value;

fn read_yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn target_dir() -> String {
    std::env::var("CARGO_TARGET_DIR")
        .unwrap_or_else(|_| common::root().join("target").display().to_string())
}

/// Runs `script` with bash in `dir`, returning its exit code and output.
fn bash(dir: &Path, script: &str, env: &[(&str, String)]) -> (i32, String) {
    let mut cmd = Command::new("bash");
    cmd.args(["-e", "-c", script])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("ACCORD_INSTALL_FLAGS", "--debug")
        .env("CARGO_NET_OFFLINE", "true")
        .env_remove("ACCORD_NOTE_TOKEN")
        .env_remove("GITHUB_ACTIONS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("bash runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code().unwrap_or(-1), text)
}

fn assert_report(dir: &Path) {
    for file in [
        "summary.md",
        "results.sarif",
        "junit.xml",
        "index.html",
        "report.json",
    ] {
        assert!(
            dir.join(file).is_file(),
            "{} missing",
            dir.join(file).display()
        );
    }
    let summary = std::fs::read_to_string(dir.join("summary.md")).unwrap();
    assert!(summary.len() <= 65_536);
    assert!(summary.contains("_Full report:"), "{summary}");
}

#[test]
fn the_github_action_installs_accord_from_this_repository_and_runs_the_gate() {
    let root = common::root();
    let workflow = read_yaml(&root.join("docs/ci/github-actions.yml"));
    let steps = workflow["jobs"]["gate"]["steps"].as_sequence().unwrap();
    let gate = steps
        .iter()
        .find(|s| s["id"].as_str() == Some("gate"))
        .expect("the workflow has the gate step");
    assert_eq!(
        gate["uses"].as_str(),
        Some("./"),
        "the workflow uses the composite action"
    );
    let with = &gate["with"];

    let action = read_yaml(&root.join("action.yml"));
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    let temp = tempfile::tempdir().unwrap();
    let report = temp.path().join("review");
    let output = temp.path().join("github_output");
    std::fs::write(&output, "").unwrap();
    let inputs = action["inputs"].as_mapping().unwrap();
    let input = |name: &str| -> String {
        if name == "report-dir" {
            return report.display().to_string();
        }
        with[name]
            .as_str()
            .or_else(|| inputs[name]["default"].as_str())
            .unwrap_or("")
            .to_string()
    };
    let env = [
        ("GITHUB_ACTION_PATH", root.display().to_string()),
        ("RUNNER_TEMP", temp.path().display().to_string()),
        ("GITHUB_OUTPUT", output.display().to_string()),
    ];
    for step in action["runs"]["steps"].as_sequence().unwrap() {
        let mut script = step["run"]
            .as_str()
            .expect("every step is a shell step")
            .to_string();
        for name in inputs.keys().filter_map(Value::as_str) {
            script = script.replace(&format!("${{{{ inputs.{name} }}}}"), &input(name));
        }
        assert!(!script.contains("${{"), "unresolved expression in {script}");
        let (code, text) = bash(&root, &script, &env);
        assert_eq!(code, 0, "{script}\n{text}");
    }
    let outputs = std::fs::read_to_string(&output).unwrap();
    let code = outputs.trim().strip_prefix("exit-code=").expect(&outputs);
    assert!(["0", "1"].contains(&code), "the gate ran: {outputs}");
    assert_report(&report);
}

#[test]
fn the_gitlab_job_installs_accord_from_this_repository_and_runs_the_gate() {
    let root = common::root();
    let job = read_yaml(&root.join("docs/ci/gitlab-ci.yml"));
    let script: Vec<&str> = job["accord"]["script"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let report = job["accord"]["artifacts"]["reports"]["junit"]
        .as_str()
        .unwrap()
        .trim_end_matches("/junit.xml")
        .to_string();
    let temp = tempfile::tempdir().unwrap();
    let env = [
        ("CI_PROJECT_DIR", root.display().to_string()),
        ("ACCORD_ROOT", temp.path().display().to_string()),
    ];
    let (code, text) = bash(&root, &script.join("\n"), &env);
    let report_dir = root.join(&report);
    let kept = report_dir.is_dir();
    if kept {
        let copy = temp.path().join("review");
        std::fs::create_dir_all(&copy).unwrap();
        for entry in std::fs::read_dir(&report_dir).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
        }
        std::fs::remove_dir_all(&report_dir).unwrap();
    }
    assert!([0, 1].contains(&code), "{text}");
    assert!(kept, "no report in {report}: {text}");
    assert_report(&temp.path().join("review"));
}

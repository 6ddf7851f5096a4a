//! Multi-file contracts as real repositories lay them out: a `$ref` may reach any file of
//! the contract repository (`--root`, else the folder of `accord.toml`, else the git work
//! tree, else the document's own folder), and nothing outside it is ever read, symbolic
//! links included. The layout is AsyncAPI's own published social-media example: services
//! that share `../common/messages.yaml` and `../common/schemas.yaml`.

use std::path::Path;

use accord_spec::{FsProvider, Limits, RootedFsProvider, load_with};

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

const SERVICE: &str = "asyncapi: 3.0.0
info: {title: Comments service, version: 1.0.0}
channels:
  commentLiked:
    address: comment/liked
    messages:
      commentLiked: {$ref: '../common/messages.yaml#/commentLiked'}
operations:
  onCommentLiked:
    action: receive
    channel: {$ref: '#/channels/commentLiked'}
";

/// The social-media layout: `comments/asyncapi.yaml` and `common/`, plus a secret
/// beside the repository that nothing may read.
fn social_media(outer: &Path, marker: Option<&str>) -> std::path::PathBuf {
    let repo = outer.join("social-media");
    write(&repo, "comments/asyncapi.yaml", SERVICE);
    write(
        &repo,
        "common/messages.yaml",
        "commentLiked:\n  payload: {$ref: './schemas.yaml#/commentId'}\n",
    );
    write(
        &repo,
        "common/schemas.yaml",
        "commentId:\n  type: object\n  properties:\n    commentId: {type: string}\n",
    );
    write(outer, "secret/token.yaml", "TOP-SECRET: never read\n");
    match marker {
        Some("accord.toml") => write(&repo, "accord.toml", "version = 1\n"),
        Some(".git") => std::fs::create_dir_all(repo.join(".git")).unwrap(),
        _ => {}
    }
    repo
}

fn codes(contract: &accord_spec::Contract) -> Vec<&'static str> {
    contract.findings.iter().map(|f| f.code).collect()
}

#[test]
fn shared_files_of_the_repository_are_reachable() {
    for marker in ["accord.toml", ".git"] {
        let dir = tempfile::tempdir().unwrap();
        let repo = social_media(dir.path(), Some(marker));
        let doc = repo.join("comments/asyncapi.yaml");
        let contract = load_with(&doc, &FsProvider, &Limits::default()).unwrap();
        assert!(
            !codes(&contract).contains(&"escaping-ref"),
            "{marker}: {:?}",
            contract.findings
        );
        assert_eq!(
            contract.sources.files.len(),
            3,
            "{marker}: all three files read"
        );
    }
}

#[test]
fn without_a_repository_the_document_folder_is_the_boundary() {
    let dir = tempfile::tempdir().unwrap();
    let repo = social_media(dir.path(), None);
    let doc = repo.join("comments/asyncapi.yaml");
    let contract = load_with(&doc, &FsProvider, &Limits::default()).unwrap();
    assert!(codes(&contract).contains(&"escaping-ref"));
    // `--root` names the repository explicitly.
    let rooted = RootedFsProvider(repo.clone());
    let contract = load_with(&doc, &rooted, &Limits::default()).unwrap();
    assert!(
        !codes(&contract).contains(&"escaping-ref"),
        "{:?}",
        contract.findings
    );
}

#[test]
fn nothing_outside_the_repository_is_read_not_even_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let repo = social_media(dir.path(), Some("accord.toml"));
    write(
        &repo,
        "comments/leaky.yaml",
        &SERVICE.replace(
            "../common/messages.yaml#/commentLiked",
            "../../secret/token.yaml",
        ),
    );
    let doc = repo.join("comments/leaky.yaml");
    let contract = load_with(&doc, &FsProvider, &Limits::default()).unwrap();
    assert!(
        codes(&contract).contains(&"escaping-ref"),
        "{:?}",
        contract.findings
    );
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.path().join("secret"), repo.join("common/linked")).unwrap();
        write(
            &repo,
            "comments/linked.yaml",
            &SERVICE.replace(
                "../common/messages.yaml#/commentLiked",
                "../common/linked/token.yaml",
            ),
        );
        let doc = repo.join("comments/linked.yaml");
        let contract = load_with(&doc, &FsProvider, &Limits::default()).unwrap();
        assert!(
            codes(&contract).contains(&"escaping-ref"),
            "{:?}",
            contract.findings
        );
        assert_eq!(
            contract.sources.files.len(),
            1,
            "the linked file was not read"
        );
    }
}

//! The loader: reads the root file and every file it references, resolves `$ref`s, and
//! hands nodes to the OpenAPI, AsyncAPI and JSON Schema builders.
//!
//! Remote (`http(s)://`) references are never fetched and relative references that leave
//! the contract's folder are never opened: both become findings and their targets unknown
//! schemas, so the rest of the document still loads.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Limits, LoadError, LoadErrorKind};
use crate::files::{self, FileProvider};
use crate::finding::{Severity, SpecFinding};
use crate::loc::Loc;
use crate::model::{RefUse, SourceFile};
use crate::node::Node;
use crate::pointer;
use crate::schema::{SchemaArena, SchemaId};

/// Index of a file in [`Loader::files`].
pub(crate) type FileId = usize;

/// A node reached by resolving a reference: its file, pointer and the file's root (so the
/// node can be borrowed without borrowing the loader).
///
/// `path` holds the entry/item index of every step of `pointer`, so reaching the node again
/// costs one indexing per level instead of a key search (and unescaping) per level: schemas
/// are reached many times while loading, and Stripe's are 10+ levels deep under maps with
/// hundreds of keys.
#[derive(Clone)]
pub(crate) struct Target {
    pub file: FileId,
    pub pointer: String,
    pub path: Vec<u32>,
    pub root: Arc<Node>,
}

impl Target {
    pub fn node(&self) -> &Node {
        // The path was produced by walking this root; a target for a missing location keeps
        // an empty path and reads as the root, as a pointer walk used to.
        self.root.at_path(&self.path).unwrap_or(&self.root)
    }

    /// The member `key` (entry `index` of this node's mapping, or item `index` of its list):
    /// the caller has the index from iterating this node.
    pub fn child(&self, key: &str, index: usize) -> Target {
        let mut path = Vec::with_capacity(self.path.len() + 1);
        path.extend_from_slice(&self.path);
        path.push(index as u32);
        Target {
            file: self.file,
            pointer: pointer::push(&self.pointer, key),
            path,
            root: self.root.clone(),
        }
    }
}

pub(crate) struct Loader<'p> {
    pub provider: &'p dyn FileProvider,
    pub limits: Limits,
    /// The contract repository (the provider's boundary): references may not leave it.
    pub root_dir: PathBuf,
    pub files: Vec<SourceFile>,
    file_index: HashMap<PathBuf, FileId>,
    /// Files that failed to load, so they are reported once.
    failed_files: HashSet<PathBuf>,
    pub arena: SchemaArena,
    memo: HashMap<(FileId, String), SchemaId>,
    /// Reference targets already located (most `$ref`s name one of a few hundred components).
    located: HashMap<(FileId, String), Vec<u32>>,
    pub(crate) pending: Vec<(SchemaId, Target)>,
    pub findings: Vec<SpecFinding>,
    pub refs: Vec<RefUse>,
    reported: HashSet<(FileId, String)>,
    /// Which nodes of the root file overlays wrote (empty without overlays).
    pub origins: crate::overlay::Origins,
}

impl<'p> Loader<'p> {
    pub fn new(provider: &'p dyn FileProvider, limits: Limits, root_path: &Path) -> Self {
        let root = files::normalize(root_path);
        let root_dir = provider.boundary(&root);
        Loader {
            provider,
            limits,
            root_dir,
            files: Vec::new(),
            file_index: HashMap::new(),
            failed_files: HashSet::new(),
            arena: SchemaArena::default(),
            memo: HashMap::new(),
            located: HashMap::new(),
            pending: Vec::new(),
            findings: Vec::new(),
            refs: Vec::new(),
            reported: HashSet::new(),
            origins: crate::overlay::Origins::default(),
        }
    }

    /// Reads and parses one file into the set (the root file's errors are fatal; the
    /// caller decides for referenced files).
    pub fn load_file(&mut self, path: &Path) -> Result<FileId, LoadError> {
        let path = files::normalize(path);
        if let Some(id) = self.file_index.get(&path) {
            return Ok(*id);
        }
        let display = path.to_string_lossy().into_owned();
        let bytes = self.provider.read(&path).map_err(|e| {
            LoadError::new(
                &display,
                0,
                0,
                LoadErrorKind::Io,
                format!("cannot read the file: {e}"),
            )
        })?;
        let id = self.add_text(&display, bytes)?;
        self.file_index.insert(path, id);
        Ok(id)
    }

    /// Adds a file from bytes already read (stdin, git).
    pub fn add_text(&mut self, display: &str, bytes: Vec<u8>) -> Result<FileId, LoadError> {
        if bytes.len() as u64 > self.limits.max_bytes {
            return Err(LoadError::new(
                display,
                0,
                0,
                LoadErrorKind::TooLarge,
                format!(
                    "the file is {} bytes, over the {}-byte limit for one contract file",
                    bytes.len(),
                    self.limits.max_bytes
                ),
            ));
        }
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() as u32 + 1;
                let column = valid.iter().rev().take_while(|b| **b != b'\n').count() as u32 + 1;
                return Err(LoadError::new(
                    display,
                    line,
                    column,
                    LoadErrorKind::NotUtf8,
                    "the file is not valid UTF-8",
                ));
            }
        };
        let text = text
            .strip_prefix('\u{feff}')
            .map(str::to_string)
            .unwrap_or(text);
        let root = crate::yaml::parse(display, &text, &self.limits)?;
        if self.files.len() >= self.limits.max_files {
            return Err(LoadError::new(
                display,
                0,
                0,
                LoadErrorKind::TooLarge,
                "too many files referenced by one contract",
            ));
        }
        self.files.push(SourceFile {
            path: Arc::from(display),
            text: Arc::from(text),
            root: Arc::new(root),
        });
        Ok(self.files.len() - 1)
    }

    pub fn path(&self, file: FileId) -> &Arc<str> {
        &self.files[file].path
    }

    pub fn loc(&self, file: FileId, pointer: &str, node: &Node) -> Loc {
        // What an overlay wrote into the root file is located in the overlay.
        let overlay = (file == 0).then(|| self.origins.file_of(pointer)).flatten();
        Loc::new(
            overlay.unwrap_or(&self.files[file].path),
            pointer,
            node.span.line,
            node.span.column,
        )
    }

    pub fn finding(&mut self, code: &'static str, severity: Severity, message: String, loc: Loc) {
        self.findings.push(SpecFinding {
            code,
            severity,
            message,
            loc,
        });
    }

    /// A finding about a value of the wrong kind, which is skipped.
    pub fn invalid(&mut self, file: FileId, pointer: &str, node: &Node, expected: &str) {
        let loc = self.loc(file, pointer, node);
        let message = format!(
            "`{}` should be {expected}, found {}; it is ignored",
            display_pointer(pointer),
            node.kind_name()
        );
        self.finding("invalid-value", Severity::Error, message, loc);
    }

    pub fn target(&self, file: FileId, pointer: String) -> Target {
        let root = self.files[file].root.clone();
        let path = root.locate(&pointer).map(|(_, p)| p).unwrap_or_default();
        Target {
            file,
            pointer,
            path,
            root,
        }
    }

    /// Resolves one `$ref` string written at (`file`, `at`). Reports and returns `None` for
    /// remote, escaping, unreadable and dangling references.
    pub fn resolve_ref(
        &mut self,
        file: FileId,
        at: &str,
        at_node: &Node,
        reference: &str,
    ) -> Option<Target> {
        let loc = self.loc(file, at, at_node);
        self.refs.push(RefUse {
            target: reference.to_string(),
            loc: loc.clone(),
        });
        let (path_part, fragment) = match reference.split_once('#') {
            Some((p, f)) => (p, f),
            None => (reference, ""),
        };
        let lower = path_part.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("//")
        {
            self.report_once(file, at, "remote-ref", format!(
                "`$ref: {reference}` points at a remote document; Accord never fetches while loading, so its target is treated as an unknown schema"
            ), loc);
            return None;
        }
        if path_part.contains(':') && !path_part.starts_with('.') {
            self.report_once(file, at, "remote-ref", format!(
                "`$ref: {reference}` uses a URI scheme Accord does not load; its target is treated as an unknown schema"
            ), loc);
            return None;
        }
        let target_file = if path_part.is_empty() {
            file
        } else {
            let base = Path::new(&*self.files[file].path)
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default();
            let joined = files::normalize(&base.join(pointer::percent_decode(path_part)));
            // A file already loaded passed the boundary check when it was first reached;
            // the check resolves symlinks on disk, so it runs once per file, not per `$ref`.
            if !self.file_index.contains_key(&joined)
                && !self.provider.contains(&self.root_dir, &joined)
            {
                self.report_once(file, at, "escaping-ref", format!(
                    "`$ref: {reference}` leaves the contract repository ({}); it is refused and not read",
                    self.root_dir.display()
                ), loc);
                return None;
            }
            if self.failed_files.contains(&joined) {
                return None;
            }
            match self.load_file(&joined) {
                Ok(id) => id,
                Err(e) => {
                    self.failed_files.insert(joined);
                    self.report_once(
                        file,
                        at,
                        "unreadable-ref",
                        format!("`$ref: {reference}`: {e}"),
                        loc,
                    );
                    return None;
                }
            }
        };
        let fragment = pointer::percent_decode(fragment);
        if !fragment.is_empty() && !fragment.starts_with('/') {
            self.report_once(file, at, "dangling-ref", format!(
                "`$ref: {reference}` uses a plain-name fragment; only JSON pointers are supported"
            ), loc);
            return None;
        }
        let root = self.files[target_file].root.clone();
        let cache_key = (target_file, fragment);
        let path = match self.located.get(&cache_key) {
            Some(path) => path.clone(),
            None => match root.locate(&cache_key.1) {
                Some((_, path)) => {
                    self.located.insert(cache_key.clone(), path.clone());
                    path
                }
                None => {
                    self.report_once(
                        file,
                        at,
                        "dangling-ref",
                        format!("`$ref: {reference}` points at nothing: no such location"),
                        loc,
                    );
                    return None;
                }
            },
        };
        Some(Target {
            file: target_file,
            pointer: cache_key.1,
            path,
            root,
        })
    }

    fn report_once(
        &mut self,
        file: FileId,
        at: &str,
        code: &'static str,
        message: String,
        loc: Loc,
    ) {
        if self.reported.insert((file, at.to_string())) {
            self.finding(code, Severity::Error, message, loc);
        }
    }

    /// Follows a chain of `$ref`s from a (non-schema) object until a node without `$ref`.
    /// Returns `None` (after a finding) on a broken or cyclic chain.
    pub fn deref(&mut self, start: Target) -> Option<Target> {
        let mut current = start;
        let mut seen: Vec<(FileId, String)> = Vec::new();
        loop {
            let reference = match current.node().get("$ref").and_then(Node::as_str) {
                Some(r) => r.to_string(),
                None => return Some(current),
            };
            if seen.contains(&(current.file, current.pointer.clone())) {
                let node = current.node().clone();
                let loc = self.loc(current.file, &current.pointer, &node);
                self.report_once(current.file, &current.pointer, "cyclic-ref", format!(
                    "`$ref: {reference}` is part of a cycle of references that never reaches a definition"
                ), loc);
                return None;
            }
            seen.push((current.file, current.pointer.clone()));
            let at = pointer::push(&current.pointer, "$ref");
            let node = current
                .node()
                .get("$ref")
                .cloned()
                .unwrap_or_else(|| current.node().clone());
            current = self.resolve_ref(current.file, &at, &node, &reference)?;
        }
    }

    /// The schema id for the schema node at `target`, allocating it (and queueing its
    /// conversion) on first sight. Pure `$ref`s resolve to their target's id.
    pub fn schema_at(&mut self, target: Target) -> SchemaId {
        let resolved = if self.is_pure_ref(target.node()) {
            match self.deref(target.clone()) {
                Some(t) => t,
                None => return self.unknown_schema(&target),
            }
        } else {
            target
        };
        let key = (resolved.file, resolved.pointer.clone());
        if let Some(id) = self.memo.get(&key) {
            return *id;
        }
        let id = self.arena.alloc();
        self.memo.insert(key, id);
        self.pending.push((id, resolved));
        id
    }

    /// The schema at `pointer` inside `file`.
    pub fn schema_in(&mut self, file: FileId, pointer: String) -> SchemaId {
        let target = self.target(file, pointer);
        self.schema_at(target)
    }

    fn unknown_schema(&mut self, at: &Target) -> SchemaId {
        let key = (at.file, format!("{}#unknown", at.pointer));
        if let Some(id) = self.memo.get(&key) {
            return *id;
        }
        let id = self.arena.alloc();
        let node = at.node().clone();
        let loc = self.loc(at.file, &at.pointer, &node);
        let schema = self.arena.get_mut(id);
        schema.unknown = true;
        schema.loc = Some(loc);
        self.memo.insert(key, id);
        id
    }

    /// A `$ref` whose siblings, if any, add nothing to the meaning.
    fn is_pure_ref(&self, node: &Node) -> bool {
        match node.as_map() {
            Some(entries) if node.get("$ref").is_some() => entries.iter().all(|(k, _)| {
                matches!(
                    k.name.as_str(),
                    "$ref" | "description" | "summary" | "title" | "example" | "examples"
                ) || k.name.starts_with("x-")
            }),
            _ => false,
        }
    }

    /// Converts every queued schema; conversion queues children instead of recursing, so
    /// deep or recursive schemas cannot exhaust the stack.
    pub fn drain_schemas(&mut self) {
        while let Some((id, target)) = self.pending.pop() {
            let schema = self.build_schema(&target);
            self.arena.set(id, schema);
        }
    }
}

/// A pointer for messages: `/` for the root.
pub(crate) fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

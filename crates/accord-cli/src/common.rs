//! What every subcommand shares: exit codes, output formats, expanding folder arguments
//! into contract files, loading with a clear `file:line:column` message, and writing output.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use accord_report::{Format, RenderOptions};
use accord_spec::{Contract, LoadError, LoadErrorKind, Overlay};

/// Nothing at or above the fail level.
pub const EXIT_OK: i32 = 0;
/// Findings at or above the fail level.
pub const EXIT_FINDINGS: i32 = 1;
/// Usage error, unloadable document, unreachable server.
pub const EXIT_INPUT: i32 = 2;

/// `--format` values, as DESIGN.md fixes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Json,
    Junit,
    Sarif,
    Html,
    Github,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Text => Format::Text,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Json => Format::Json,
            FormatArg::Junit => Format::Junit,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Html => Format::Html,
            FormatArg::Github => Format::Github,
        }
    }
}

/// The repository root named by `--root DIR`, set once by `main` before any command runs.
static REPOSITORY_ROOT: std::sync::OnceLock<accord_spec::RootedFsProvider> =
    std::sync::OnceLock::new();

/// Names the folder no `$ref` may leave (`--root DIR`) for the rest of the process.
pub fn set_repository_root(root: PathBuf) {
    let _ = REPOSITORY_ROOT.set(accord_spec::RootedFsProvider(root));
}

/// Where every command reads contract files from: the file system, bounded by `--root DIR`
/// when given, else by the contract repository the loader finds (see [`accord_spec::FsProvider`]).
pub fn files() -> &'static dyn accord_spec::FileProvider {
    match REPOSITORY_ROOT.get() {
        Some(rooted) => rooted,
        None => &accord_spec::FsProvider,
    }
}

/// Whether colour should be used on stdout (a terminal, and `NO_COLOR` unset).
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Render options for stdout.
pub fn render_options() -> RenderOptions<'static> {
    RenderOptions {
        color: use_color(),
        tool_version: env!("CARGO_PKG_VERSION"),
        ..RenderOptions::default()
    }
}

/// Where `contract` (loaded from `document`) declares each operation and event channel, so
/// that findings about one point at its line.
pub fn operation_locations(
    contract: &Contract,
    document: &str,
) -> accord_report::OperationLocations {
    let mut out = accord_report::OperationLocations::new(document);
    for op in contract.operations.iter().chain(&contract.webhooks) {
        let loc = &op.loc;
        out.insert(
            op.key(),
            accord_report::Location::new(&*loc.file, loc.line, loc.column, loc.pointer.as_str()),
        );
    }
    for channel in accord_spec::events::event_channels(contract) {
        let loc = channel.loc;
        out.insert_channel(
            channel.name,
            accord_report::Location::new(&*loc.file, loc.line, loc.column, loc.pointer.as_str()),
        );
    }
    out
}

/// Prints a load error the way every command does, and returns the exit code for it.
pub fn report_load_error(err: &LoadError) -> i32 {
    eprintln!("error: {err}");
    EXIT_INPUT
}

/// Loads one contract (`-` reads stdin). Errors are printed; the `Err` is the exit code.
pub fn load_contract(path: &Path) -> Result<Contract, i32> {
    let result = if path == Path::new("-") {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: <stdin>: cannot read: {e}");
            return Err(EXIT_INPUT);
        }
        accord_spec::load_str("<stdin>", &text)
    } else {
        accord_spec::load_with(path, files(), &accord_spec::Limits::default())
    };
    result.map_err(|e| report_load_error(&e))
}

/// Whether a load error only says "this file is not a contract" (skipped in folder scans).
pub fn is_not_a_contract(err: &LoadError) -> bool {
    err.kind == LoadErrorKind::NotAContract
}

/// Expands arguments into files: a folder becomes every `.yaml`, `.yml` and `.json` file
/// below it (sorted, hidden folders and `target/` skipped). The bool says whether the file
/// came from a folder scan (where non-contract files are skipped rather than errors).
pub fn expand_paths(args: &[PathBuf]) -> Vec<(PathBuf, bool)> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let mut found = Vec::new();
            walk(arg, &mut found);
            found.sort();
            out.extend(found.into_iter().map(|p| (p, true)));
        } else {
            out.push((arg.clone(), false));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        if path.is_dir() {
            walk(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            out.push(path);
        }
    }
}

/// Writes `text` to `output` (a file) or stdout.
pub fn write_output(text: &str, output: Option<&Path>) -> Result<(), i32> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_INPUT
        }),
        None => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`accord ... | head`) is not an error worth a panic.
            let _ = stdout.write_all(text.as_bytes());
            let _ = stdout.flush();
            Ok(())
        }
    }
}

/// What a mapping reads of a vendor contract, in the form `accord diff` matches changes
/// against for `affects` (accord-diff may not depend on accord-mapping).
pub fn diff_usage(u: accord_mapping::MappingUsage) -> accord_diff::Usage {
    accord_diff::Usage {
        consumer: u.consumer,
        operations: u.operations,
        schema: u.vendor_schema,
        fields: u
            .fields
            .into_iter()
            .map(|f| (f.vendor_path, f.canonical))
            .collect(),
    }
}

/// `--overlay FILE` (repeatable): OpenAPI Overlay 1.0 documents applied, in order, to every
/// contract the command reads. One struct flattened into every command that reads a
/// contract, so the flag reads and behaves the same everywhere.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct OverlayArgs {
    /// An OpenAPI Overlay 1.0 document applied to the contract before anything else reads
    /// it (repeatable; applied in the order given).
    #[arg(long = "overlay", value_name = "FILE")]
    pub overlays: Vec<PathBuf>,
}

impl OverlayArgs {
    /// Reads and validates the overlays; a malformed one is printed with its
    /// `file:line:column` and is the `Err` exit code (2).
    pub fn load(&self) -> Result<Vec<Overlay>, i32> {
        load_overlays(&self.overlays)
    }
}

/// `accord diff`'s overlays: `--overlay` for both sides, `--old-overlay`/`--new-overlay`
/// for one (applied after the shared ones).
#[derive(clap::Args, Clone, Debug, Default)]
pub struct DiffOverlayArgs {
    #[command(flatten)]
    pub both: OverlayArgs,
    /// An overlay applied to the old contract only (repeatable, after `--overlay`).
    #[arg(long = "old-overlay", id = "old_overlay", value_name = "FILE")]
    pub old: Vec<PathBuf>,
    /// An overlay applied to the new contract only (repeatable, after `--overlay`).
    #[arg(long = "new-overlay", id = "new_overlay", value_name = "FILE")]
    pub new: Vec<PathBuf>,
}

impl DiffOverlayArgs {
    /// The overlays of the old and of the new side.
    pub fn load(&self) -> Result<(Vec<Overlay>, Vec<Overlay>), i32> {
        let both = self.both.load()?;
        let mut old = both.clone();
        old.extend(load_overlays(&self.old)?);
        let mut new = both;
        new.extend(load_overlays(&self.new)?);
        Ok((old, new))
    }
}

/// Reads and validates overlay files (exit 2 on the first that cannot be read).
pub fn load_overlays(paths: &[PathBuf]) -> Result<Vec<Overlay>, i32> {
    paths
        .iter()
        .map(|p| Overlay::load(p).map_err(|e| report_load_error(&e)))
        .collect()
}

/// Loads one contract with overlays applied (`-` reads stdin); the load error is returned
/// unprinted so folder scans can skip files that are not contracts.
pub fn load_overlaid(path: &Path, overlays: &[Overlay]) -> Result<Contract, Option<LoadError>> {
    if path == Path::new("-") {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("error: <stdin>: cannot read: {e}");
            return Err(None);
        }
        return accord_spec::load_str_overlaid("<stdin>", &text, overlays).map_err(Some);
    }
    accord_spec::load_overlaid(path, files(), &accord_spec::Limits::default(), overlays)
        .map_err(Some)
}

/// [`load_contract`] with overlays applied.
pub fn load_contract_overlaid(path: &Path, overlays: &[Overlay]) -> Result<Contract, i32> {
    load_overlaid(path, overlays).map_err(|e| match e {
        Some(e) => report_load_error(&e),
        None => EXIT_INPUT,
    })
}

/// Loads the two sides of a diff at once, each through its provider with its overlays.
pub fn load_pair_overlaid(
    old: (&Path, &dyn accord_spec::FileProvider, &[Overlay]),
    new: (&Path, &dyn accord_spec::FileProvider, &[Overlay]),
) -> (Result<Contract, LoadError>, Result<Contract, LoadError>) {
    let limits = accord_spec::Limits::default();
    rayon::join(
        || accord_spec::load_overlaid(old.0, old.1, &limits, old.2),
        || accord_spec::load_overlaid(new.0, new.1, &limits, new.2),
    )
}

/// Prints what went wrong with the overlays of a contract (a target that selects nothing,
/// an incompatible merge) on stderr, for commands whose report has no place for it.
pub fn warn_overlay_findings(contract: &Contract) {
    for f in contract
        .findings
        .iter()
        .filter(|f| f.code.starts_with("overlay-"))
    {
        eprintln!("warning: {}: {} [{}]", f.loc, f.message, f.code);
    }
}

/// A contract file loaded with overlays, shared (for caches such as `accord_mapping::Contracts`).
pub fn load_overlaid_arc(
    path: &Path,
    overlays: &[Overlay],
) -> Result<std::sync::Arc<Contract>, LoadError> {
    accord_spec::load_overlaid(path, files(), &accord_spec::Limits::default(), overlays)
        .map(std::sync::Arc::new)
}

/// Points the new side of every change about something an overlay of `new` removed at the
/// overlay action that removed it (the diff itself only sees that it is gone).
pub fn locate_overlay_removals(report: &mut accord_report::DiffReport, new: &Contract) {
    if new.sources.overlays.is_empty() {
        return;
    }
    for change in &mut report.changes {
        let Some(old) = &change.old else {
            continue;
        };
        if let Some(loc) = new.sources.removed_by(&old.pointer) {
            change.new = Some(accord_report::ChangeSide {
                file: loc.file.to_string(),
                line: loc.line,
                pointer: loc.pointer.clone(),
                snippet: None,
            });
        }
    }
}

/// Writes the drift overlay of a test run to `path` (nothing when nothing was seen beyond
/// the contract; a note says so). `extends` names the contract relative to `path`.
pub fn write_drift(
    drift: &accord_conformance::drift::Drift,
    contract: &Contract,
    contract_path: &Path,
    path: &Path,
) -> Result<(), i32> {
    let dir = path.parent().unwrap_or(Path::new(""));
    let extends = (contract_path != Path::new("-")).then(|| {
        crate::commands::generate_client::relative_to(contract_path, dir)
            .to_string_lossy()
            .replace('\\', "/")
    });
    let title = if contract.info.title.is_empty() {
        contract.file().to_string()
    } else {
        contract.info.title.clone()
    };
    match drift.overlay(&title, extends.as_deref()) {
        Some(text) => std::fs::write(path, text).map_err(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_INPUT
        }),
        None => {
            eprintln!(
                "drift: the API did nothing beyond its contract; {} not written",
                path.display()
            );
            Ok(())
        }
    }
}

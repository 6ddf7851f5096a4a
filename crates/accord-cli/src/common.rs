//! What every subcommand shares: exit codes, output formats, expanding folder arguments
//! into contract files, loading with a clear `file:line:column` message, and writing output.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use accord_report::{Format, RenderOptions};
use accord_spec::{Contract, LoadError, LoadErrorKind};

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
        accord_spec::load(path)
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

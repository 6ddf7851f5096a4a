//! `accord diff OLD NEW [--fail-on LEVEL] [--format F]`: classified changes between two
//! versions, with consumer impact (`--mappings DIR`), compatibility modes for events
//! (`--compat`) and a reviewed exception list (`--exceptions FILE`).

use std::path::{Path, PathBuf};

use accord_diff::{Compat, DiffOptions, Usage};
use accord_report::{ChangeLevel, DiffReport, Format};
use accord_spec::Contract;

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// The older contract.
    pub old: PathBuf,
    /// The newer contract.
    pub new: PathBuf,
    #[command(flatten)]
    pub flags: DiffFlags,
}

/// The flags `accord diff` and `accord breaking` share.
#[derive(clap::Args)]
pub struct DiffFlags {
    /// Exit 1 when a change at or above this level is found.
    #[arg(long, default_value = "breaking", value_parser = ["breaking", "warning", "info"])]
    pub fail_on: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Schema-registry compatibility mode for event payloads (default: by direction).
    #[arg(long, value_parser = ["backward", "forward", "full"])]
    pub compat: Option<String>,
    /// Folder of vendor→canonical mappings: changes they use list them under `affects`.
    #[arg(long, value_name = "DIR")]
    pub mappings: Option<PathBuf>,
    /// Keep only the changes that affect a mapping.
    #[arg(long)]
    pub only_affecting: bool,
    /// Reviewed exceptions (TOML with `[[exceptions]]`: id, operation|channel, reason, expires).
    #[arg(long, value_name = "FILE")]
    pub exceptions: Option<PathBuf>,
    /// The date sunsets and exception expiries are judged against (default: today, UTC).
    #[arg(long, value_name = "YYYY-MM-DD", hide = true)]
    pub today: Option<String>,
    #[command(flatten)]
    pub overlay: common::DiffOverlayArgs,
}

pub fn run(args: Args) -> i32 {
    let (old_overlays, new_overlays) = match args.flags.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let (old, new) = if args.old == Path::new("-") || args.new == Path::new("-") {
        let old = match common::load_contract_overlaid(&args.old, &old_overlays) {
            Ok(c) => c,
            Err(code) => return code,
        };
        match common::load_contract_overlaid(&args.new, &new_overlays) {
            Ok(new) => (old, new),
            Err(code) => return code,
        }
    } else {
        let (a, b) = common::load_pair_overlaid(
            (&args.old, common::files(), &old_overlays),
            (&args.new, common::files(), &new_overlays),
        );
        match (a, b) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(e), _) | (_, Err(e)) => return common::report_load_error(&e),
        }
    };
    common::warn_overlay_findings(&old);
    common::warn_overlay_findings(&new);
    let contract_paths = [args.old.clone(), args.new.clone()];
    finish(&old, &new, &args.flags, &contract_paths, None)
}

/// Diffs, applies exceptions, renders and returns the exit code (shared with `breaking`).
pub fn finish(
    old: &Contract,
    new: &Contract,
    flags: &DiffFlags,
    contract_paths: &[PathBuf],
    old_label: Option<String>,
) -> i32 {
    let fail_on: ChangeLevel = flags.fail_on.parse().unwrap_or(ChangeLevel::Breaking);
    let compat = match flags.compat.as_deref().map(str::parse::<Compat>) {
        None => Compat::Default,
        Some(Ok(c)) => c,
        Some(Err(e)) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    if let Some(t) = &flags.today
        && accord_diff::parse_date(t).is_none()
    {
        eprintln!("error: --today `{t}` is not a YYYY-MM-DD date");
        return common::EXIT_INPUT;
    }
    if flags.only_affecting && flags.mappings.is_none() {
        eprintln!(
            "error: --only-affecting needs something to be affected: pass --mappings DIR \
             (without it every change would be dropped and the diff would look clean)"
        );
        return common::EXIT_INPUT;
    }
    let usages = match &flags.mappings {
        None => Vec::new(),
        Some(dir) => match read_mappings(dir, contract_paths) {
            Ok(u) => u,
            Err(e) => {
                eprintln!("error: {e}");
                return common::EXIT_INPUT;
            }
        },
    };
    if flags.only_affecting && usages.is_empty() {
        eprintln!(
            "error: --only-affecting: no mapping in {} reads this contract, so nothing can be \
             affected",
            flags.mappings.as_deref().unwrap_or(Path::new("")).display()
        );
        return common::EXIT_INPUT;
    }
    let exceptions = match &flags.exceptions {
        None => Vec::new(),
        Some(path) => {
            let parsed = std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|t| accord_diff::parse_exceptions(&t));
            match parsed {
                Ok(x) => x,
                Err(e) => {
                    eprintln!("error: {}: {e}", path.display());
                    return common::EXIT_INPUT;
                }
            }
        }
    };
    let options = DiffOptions {
        usages,
        only_affecting: flags.only_affecting,
        compat,
        today: flags.today.clone(),
        snippets: true,
    };
    let mut report: DiffReport = accord_diff::diff(old, new, &options);
    common::locate_overlay_removals(&mut report, new);
    if let Some(label) = old_label {
        report.old_file = label;
    }
    let today = flags.today.clone().unwrap_or_else(accord_diff::today_utc);
    accord_diff::apply_exceptions(&mut report, &exceptions, &today);
    let format: Format = flags.format.into();
    // Text and markdown put breaking changes first and condense repeated info; the machine
    // formats list every change.
    let text = accord_report::render(&report, format, &common::render_options());
    if let Err(code) = common::write_output(&text, None) {
        return code;
    }
    report.exit_code(fail_on)
}

/// What the mappings in `dir` (accord-mapping specs) read of the contracts being compared,
/// as impact [`Usage`]s: a mapping counts when its vendor contract is one of `contracts` or
/// sits in the same folder as one of them (a v2 file next to the v1 the mappings name).
pub fn read_mappings(dir: &Path, contracts: &[PathBuf]) -> Result<Vec<Usage>, String> {
    if !dir.exists() {
        return Err(format!("{}: no such mapping folder", dir.display()));
    }
    let folders: Vec<PathBuf> = contracts
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .collect();
    let loaded = accord_mapping::Contracts::with_files(crate::common::files());
    let mut out = Vec::new();
    for (file, _) in common::expand_paths(&[dir.to_path_buf()]) {
        let Ok(spec) = accord_mapping::load_mapping(&file) else {
            continue;
        };
        let vendor_folder = spec
            .vendor
            .contract
            .as_ref()
            .and_then(|c| {
                std::fs::canonicalize(file.parent().unwrap_or(Path::new(".")).join(&c.value)).ok()
            })
            .and_then(|p| p.parent().map(Path::to_path_buf));
        if !folders.is_empty() && !vendor_folder.is_some_and(|f| folders.contains(&f)) {
            continue;
        }
        let u = accord_mapping::usage(&spec, &loaded);
        out.push(crate::common::diff_usage(u));
    }
    Ok(out)
}

//! Rendering: a minijinja environment over the templates in `templates/client/`.
//!
//! The templates are embedded at compile time; when `ACCORD_TEMPLATES_DIR` is set
//! (development), they are read from `$ACCORD_TEMPLATES_DIR/client/` instead, so
//! a template edit shows without rebuilding. Templates see only the IR.

use std::path::{Path, PathBuf};

use minijinja::{AutoEscape, Environment, Value, context};
use rayon::prelude::*;

use crate::ir::CrateIr;

/// Embedded templates: name → source.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "Cargo.toml.jinja",
        include_str!("../../../templates/client/Cargo.toml.jinja"),
    ),
    (
        "README.md.jinja",
        include_str!("../../../templates/client/README.md.jinja"),
    ),
    (
        "macros.jinja",
        include_str!("../../../templates/client/macros.jinja"),
    ),
    (
        "src/lib.rs.jinja",
        include_str!("../../../templates/client/src/lib.rs.jinja"),
    ),
    (
        "src/types.rs.jinja",
        include_str!("../../../templates/client/src/types.rs.jinja"),
    ),
    (
        "src/client.rs.jinja",
        include_str!("../../../templates/client/src/client.rs.jinja"),
    ),
    (
        "src/form.rs.jinja",
        include_str!("../../../templates/client/src/form.rs.jinja"),
    ),
];

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// A TOML basic string.
fn toml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// The minijinja environment every generated crate is rendered with: no escaping, Rust
/// and TOML literal filters, and `templates` (a folder under `templates/` and its embedded
/// files), read from disk instead when `dir` or `ACCORD_TEMPLATES_DIR` names a templates root.
pub(crate) fn environment_for(
    folder: &str,
    templates: &[(&'static str, &'static str)],
    dir: Option<&Path>,
) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    env.set_keep_trailing_newline(true);
    env.add_filter("lit", lit);
    env.add_filter("toml", toml_str);
    let dir = dir
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("ACCORD_TEMPLATES_DIR").map(PathBuf::from));
    for (name, embedded) in templates {
        let source = match &dir {
            Some(d) => std::fs::read_to_string(d.join(folder).join(name))
                .map_err(|e| format!("template {name}: {e}"))?,
            None => (*embedded).to_string(),
        };
        env.add_template_owned(*name, source)
            .map_err(|e| format!("template {name}: {e}"))?;
    }
    Ok(env)
}

fn environment(dir: Option<&Path>) -> Result<Environment<'static>, String> {
    environment_for("client", TEMPLATES, dir)
}

/// Renders one template with the crate IR as `krate`.
pub struct Renderer {
    env: Environment<'static>,
    ctx: Value,
}

impl Renderer {
    pub fn new(ir: &CrateIr, templates_dir: Option<&Path>) -> Result<Self, String> {
        Ok(Self {
            env: environment(templates_dir)?,
            ctx: context! { krate => Value::from_serialize(ir) },
        })
    }

    pub fn render(&self, name: &str) -> Result<String, String> {
        let t = self
            .env
            .get_template(name)
            .map_err(|e| format!("template {name}: {e}"))?;
        t.render(&self.ctx).map_err(|e| {
            let mut msg = format!("template {name}: {e}");
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                msg.push_str(&format!(": {s}"));
                src = s.source();
            }
            msg
        })
    }
}

/// One rendered file of a generated crate, before formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedSource {
    /// Path relative to the crate root (`src/types.rs`).
    pub path: String,
    pub text: String,
}

impl RenderedSource {
    /// Whether the file is Rust source (and so goes through the formatter).
    pub fn is_rust(&self) -> bool {
        is_rust(&self.path)
    }
}

/// Whether the file at `path` is Rust source (and so goes through the formatter).
pub fn is_rust(path: &str) -> bool {
    path.ends_with(".rs")
}

/// Every file of a client (or models) crate that a template writes: (path, template).
pub fn outputs(ir: &CrateIr) -> Vec<(&'static str, &'static str)> {
    let mut outputs = vec![
        ("Cargo.toml", "Cargo.toml.jinja"),
        ("README.md", "README.md.jinja"),
        ("src/lib.rs", "src/lib.rs.jinja"),
        ("src/types.rs", "src/types.rs.jinja"),
    ];
    if let Some(client) = &ir.client {
        outputs.push(("src/client.rs", "src/client.rs.jinja"));
        if client.uses_form_bodies {
            outputs.push(("src/form.rs", "src/form.rs.jinja"));
        }
    }
    outputs
}

/// Renders every template of a client (or models) crate over `ir`: manifest,
/// README and the Rust sources, unformatted.
pub fn render_sources(
    ir: &CrateIr,
    templates_dir: Option<&Path>,
) -> Result<Vec<RenderedSource>, String> {
    let renderer = Renderer::new(ir, templates_dir)?;
    // The big files (types, client) render at the same time.
    outputs(ir)
        .into_par_iter()
        .map(|(path, template)| {
            Ok(RenderedSource {
                path: path.to_string(),
                text: renderer.render(template)?,
            })
        })
        .collect()
}

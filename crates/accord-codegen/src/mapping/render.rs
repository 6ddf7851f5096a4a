//! Rendering of mapping crates: a minijinja environment over `templates/mapping/`
//! (embedded at compile time; `ACCORD_TEMPLATES_DIR` or an explicit folder reads
//! `<dir>/mapping/` instead, as for client templates). Templates see only the IR as `m`.

use std::path::{Path, PathBuf};

use minijinja::{AutoEscape, Environment, Value, context};

use super::ir::MappingIr;

/// Embedded templates: name → source.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "Cargo.toml.jinja",
        include_str!("../../../../templates/mapping/Cargo.toml.jinja"),
    ),
    (
        "README.md.jinja",
        include_str!("../../../../templates/mapping/README.md.jinja"),
    ),
    (
        "src/lib.rs.jinja",
        include_str!("../../../../templates/mapping/src/lib.rs.jinja"),
    ),
    (
        "src/engine.rs.jinja",
        include_str!("../../../../templates/mapping/src/engine.rs.jinja"),
    ),
    (
        "src/transforms.rs.jinja",
        include_str!("../../../../templates/mapping/src/transforms.rs.jinja"),
    ),
    (
        "src/round_trip.rs.jinja",
        include_str!("../../../../templates/mapping/src/round_trip.rs.jinja"),
    ),
];

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn toml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Renders the mapping templates with the IR.
pub struct Renderer {
    env: Environment<'static>,
    ctx: Value,
}

impl Renderer {
    pub fn new(ir: &MappingIr, templates_dir: Option<&Path>) -> Result<Self, String> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::None);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        env.set_keep_trailing_newline(true);
        env.add_filter("lit", lit);
        env.add_filter("toml", toml_str);
        let dir = templates_dir
            .map(Path::to_path_buf)
            .or_else(|| std::env::var_os("ACCORD_TEMPLATES_DIR").map(PathBuf::from));
        for (name, embedded) in TEMPLATES {
            let source = match &dir {
                Some(d) => std::fs::read_to_string(d.join("mapping").join(name))
                    .map_err(|e| format!("template {name}: {e}"))?,
                None => (*embedded).to_string(),
            };
            env.add_template_owned(*name, source)
                .map_err(|e| format!("template {name}: {e}"))?;
        }
        Ok(Self {
            env,
            ctx: context! { m => Value::from_serialize(ir) },
        })
    }

    pub fn render(&self, name: &str) -> Result<String, String> {
        let t = self
            .env
            .get_template(name)
            .map_err(|e| format!("template {name}: {e}"))?;
        t.render(&self.ctx)
            .map_err(|e| format!("template {name}: {e:#}"))
    }
}

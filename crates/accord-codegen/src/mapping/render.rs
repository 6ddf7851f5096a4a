//! Rendering of mapping crates: a minijinja environment over `templates/mapping/`
//! (embedded at compile time; `ACCORD_TEMPLATES_DIR` or an explicit folder reads
//! `<dir>/mapping/` instead, as for client templates). Templates see only the IR as `m`.

use std::path::Path;

use minijinja::{Environment, Value, context};

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

/// Renders the mapping templates with the IR.
pub struct Renderer {
    env: Environment<'static>,
    ctx: Value,
}

impl Renderer {
    pub fn new(ir: &MappingIr, templates_dir: Option<&Path>) -> Result<Self, String> {
        let env = crate::render::environment_for("mapping", TEMPLATES, templates_dir)?;
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

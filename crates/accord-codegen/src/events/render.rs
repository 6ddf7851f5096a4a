//! Rendering of event crates: a minijinja environment over `templates/events/`
//! (embedded; `ACCORD_TEMPLATES_DIR` or an explicit folder reads `<dir>/events/`), plus
//! the client's `types.rs` template, so payload types are laid out exactly as in client
//! crates. Templates see only the IR, as `ev` (and `krate` for the types file).

use std::path::Path;

use minijinja::{Environment, Value, context};

use super::ir::{Dispatch, EventCrateIr, MessageAlias};
use crate::ir::CrateIr;

/// Embedded event templates: name → source.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "Cargo.toml.jinja",
        include_str!("../../../../templates/events/Cargo.toml.jinja"),
    ),
    (
        "README.md.jinja",
        include_str!("../../../../templates/events/README.md.jinja"),
    ),
    (
        "macros.jinja",
        include_str!("../../../../templates/events/macros.jinja"),
    ),
    (
        "src/lib.rs.jinja",
        include_str!("../../../../templates/events/src/lib.rs.jinja"),
    ),
    (
        "src/events.rs.jinja",
        include_str!("../../../../templates/events/src/events.rs.jinja"),
    ),
    (
        "src/envelope.rs.jinja",
        include_str!("../../../../templates/events/src/envelope.rs.jinja"),
    ),
    (
        "src/webhooks.rs.jinja",
        include_str!("../../../../templates/events/src/webhooks.rs.jinja"),
    ),
    (
        "src/callbacks.rs.jinja",
        include_str!("../../../../templates/events/src/callbacks.rs.jinja"),
    ),
    (
        "tests/round_trip.rs.jinja",
        include_str!("../../../../templates/events/tests/round_trip.rs.jinja"),
    ),
];

/// The client templates the types file is rendered with.
const CLIENT_TYPE_TEMPLATES: &[(&str, &str)] = &[
    (
        "macros.jinja",
        include_str!("../../../../templates/client/macros.jinja"),
    ),
    (
        "src/types.rs.jinja",
        include_str!("../../../../templates/client/src/types.rs.jinja"),
    ),
];

fn render_with(env: &Environment<'static>, name: &str, ctx: &Value) -> Result<String, String> {
    let template = env
        .get_template(name)
        .map_err(|e| format!("template {name}: {e}"))?;
    template
        .render(ctx)
        .map_err(|e| format!("template {name}: {e:#}"))
}

/// Renders the files of an event crate (Rust files unformatted): path → text.
pub(crate) fn render_event_crate(
    ir: &EventCrateIr,
    types: &CrateIr,
    templates_dir: Option<&Path>,
) -> Result<Vec<(String, String)>, String> {
    let env = crate::render::environment_for("events", TEMPLATES, templates_dir)?;
    let ctx = context! { ev => Value::from_serialize(ir) };
    let mut out = Vec::new();
    for (path, template) in [
        ("Cargo.toml", "Cargo.toml.jinja"),
        ("README.md", "README.md.jinja"),
        ("src/lib.rs", "src/lib.rs.jinja"),
        ("src/events.rs", "src/events.rs.jinja"),
        ("src/envelope.rs", "src/envelope.rs.jinja"),
        ("tests/round_trip.rs", "tests/round_trip.rs.jinja"),
    ] {
        out.push((path.to_string(), render_with(&env, template, &ctx)?));
    }
    let client_env =
        crate::render::environment_for("client", CLIENT_TYPE_TEMPLATES, templates_dir)?;
    let types_ctx = context! { krate => Value::from_serialize(types) };
    out.push((
        "src/types.rs".to_string(),
        render_with(&client_env, "src/types.rs.jinja", &types_ctx)?,
    ));
    Ok(out)
}

/// Renders the `webhooks` or `callbacks` module of a client crate (unformatted) with
/// `template`: `dispatch` is the module's enum over `messages`; `has_webhooks` and
/// `has_callbacks` say which modules the crate has, for links between them.
pub(crate) fn render_client_module(
    template: &str,
    title: &str,
    dispatch: &Dispatch,
    messages: &[MessageAlias],
    has_webhooks: bool,
    has_callbacks: bool,
    templates_dir: Option<&Path>,
) -> Result<String, String> {
    let env = crate::render::environment_for("events", TEMPLATES, templates_dir)?;
    let ctx = context! {
        title => title,
        dispatch => Value::from_serialize(dispatch),
        messages => Value::from_serialize(messages),
        has_webhooks => has_webhooks,
        has_callbacks => has_callbacks,
    };
    render_with(&env, template, &ctx)
}

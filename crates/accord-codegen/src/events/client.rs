//! The event modules of OpenAPI client crates: `webhooks` (OpenAPI 3.1 `webhooks`) and
//! `callbacks` (operation `callbacks`, OpenAPI 3.0 and 3.1): the requests the vendor
//! sends us, with the same payload types and message names `accord test-events`
//! validates them with.
//!
//! Generation is in two steps, so payload types are client types like any other:
//! [`plan_client_events`] runs while the client's [`TypeBuilder`] is still open (after
//! components and operations), so an inline payload schema, and every inline schema
//! nested in it, becomes a named type in the client's `types` module
//! (`<Message>Payload`, nested ones after their property, collisions numbered like any
//! other type); [`add_client_events`] then renders one module per kind of message over
//! the final type names.
//!
//! Webhooks and callbacks get a module each, with an enum each (`Webhook`, `Callback`,
//! both with `from_json`, `from_message` and an `Unknown` variant): a webhook arrives at an endpoint registered with the vendor
//! out of band, a callback at a URL we passed in a request, so a receiver knows which
//! of the two it reads, and a callback named like a webhook (`invoice.paid`) is not
//! taken for it.

use std::path::Path;

use accord_spec::Contract;

use super::ir::{Dispatch, MessageAlias};
use super::plan::{self, PendingAlias, Planner, SourceGroup, SourceMessage};
use crate::ir::{CrateIr, ModuleDecl, Ty};
use crate::types::TypeBuilder;
use crate::{CodegenError, GeneratedCrate};

/// Names an inline payload type after its message: `orderShipped` → `OrderShippedPayload`.
const PAYLOAD_SUFFIX: &str = "Payload";

/// One event module of a client crate, planned but not rendered.
struct PlannedModule {
    kind: ModuleKind,
    dispatch: Dispatch,
    aliases: Vec<PendingAlias>,
}

/// The two kinds of requests the vendor sends us.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ModuleKind {
    Webhooks,
    Callbacks,
}

impl ModuleKind {
    fn module(self) -> &'static str {
        match self {
            ModuleKind::Webhooks => "webhooks",
            ModuleKind::Callbacks => "callbacks",
        }
    }

    fn enum_name(self) -> &'static str {
        match self {
            ModuleKind::Webhooks => "Webhook",
            ModuleKind::Callbacks => "Callback",
        }
    }

    fn key_kind(self) -> &'static str {
        match self {
            ModuleKind::Webhooks => "webhook",
            ModuleKind::Callbacks => "callback",
        }
    }

    /// The enum's doc and the `pub mod` line's doc in `lib.rs`.
    fn docs(self) -> (&'static str, &'static str) {
        match self {
            ModuleKind::Webhooks => (
                "Webhooks of the contract: requests the vendor sends to the endpoints we registered with it.",
                "Webhooks: typed payloads of the requests the vendor sends to the endpoints we registered.",
            ),
            ModuleKind::Callbacks => (
                "Callbacks of the contract: requests the vendor sends to the URLs we gave it in our requests.",
                "Callbacks: typed bodies of the requests the vendor sends to the URLs we gave it.",
            ),
        }
    }
}

/// The webhook and callback modules of a client crate, with their payload types already
/// built in the client's [`TypeBuilder`] (not yet named: names are final only once the
/// builder is finished).
pub struct ClientEvents {
    modules: Vec<PlannedModule>,
}

impl ClientEvents {
    /// The declarations of the planned modules in the crate root.
    pub fn declarations(&self) -> Vec<ModuleDecl> {
        self.modules
            .iter()
            .map(|m| ModuleDecl {
                name: m.kind.module().into(),
                doc: m.kind.docs().1.into(),
            })
            .collect()
    }

    /// The payload and header types of every planned message: the dispatch enums
    /// serialise and deserialise them.
    pub fn payload_tys(&self) -> impl Iterator<Item = &Ty> {
        self.modules
            .iter()
            .flat_map(|m| &m.aliases)
            .flat_map(|a| std::iter::once(&a.ty).chain(&a.headers))
    }
}

/// Plans the `webhooks` and `callbacks` modules of the client of `contract`, building
/// their payload types in `tb`. Call it after components and operations were built, so
/// their names are taken first and stay what they were without webhooks; drain `tb`
/// afterwards.
pub fn plan_client_events(contract: &Contract, tb: &mut TypeBuilder) -> ClientEvents {
    let mut modules = Vec::new();
    for (kind, messages) in [
        (ModuleKind::Webhooks, plan::webhook_messages(contract)),
        (ModuleKind::Callbacks, plan::callback_messages(contract)),
    ] {
        if let Some(module) = plan_module(kind, messages, tb) {
            modules.push(module);
        }
    }
    ClientEvents { modules }
}

fn plan_module(
    kind: ModuleKind,
    messages: Vec<SourceMessage>,
    tb: &mut TypeBuilder,
) -> Option<PlannedModule> {
    if messages.is_empty() {
        return None;
    }
    let (doc, _) = kind.docs();
    let group = SourceGroup {
        channel: String::new(),
        address: None,
        doc: Some(doc.into()),
        messages,
    };
    let mut planner = Planner::new().with_payload_suffix(PAYLOAD_SUFFIX);
    let mut dispatch = planner.dispatch(tb, &group, Some(kind.enum_name()));
    dispatch.key_kind = Some(kind.key_kind().into());
    Some(PlannedModule {
        kind,
        dispatch,
        aliases: std::mem::take(&mut planner.aliases),
    })
}

/// Adds the planned modules to `generated`, the crate rendered from `types` (the IR
/// whose `TypeBuilder` [`plan_client_events`] built the payload types in, and whose
/// `extra_modules` declared them in `src/lib.rs`). Nothing changes for a contract with
/// neither webhooks nor callbacks.
pub fn add_client_events(
    types: &CrateIr,
    events: ClientEvents,
    mut generated: GeneratedCrate,
    templates_dir: Option<&Path>,
) -> Result<GeneratedCrate, CodegenError> {
    if events.modules.is_empty() {
        return Ok(generated);
    }
    let type_names: Vec<String> = types.types.iter().map(|d| d.name.clone()).collect();
    let kinds: Vec<ModuleKind> = events.modules.iter().map(|m| m.kind).collect();
    for module in events.modules {
        let aliases: Vec<MessageAlias> = plan::resolve(module.aliases, &type_names);
        let name = module.kind.module();
        let path = format!("src/{name}.rs");
        let text = super::render::render_client_module(
            &format!("{path}.jinja"),
            &types.title,
            &module.dispatch,
            &aliases,
            kinds.contains(&ModuleKind::Webhooks),
            kinds.contains(&ModuleKind::Callbacks),
            templates_dir,
        )
        .map_err(CodegenError)?;
        let text = crate::format::format_rust(&path, &text).map_err(CodegenError)?;
        generated.files.insert(path, text);
    }
    Ok(generated)
}

//! Typed event crates from AsyncAPI documents (2.x and 3.0), and the `webhooks` and
//! `callbacks` modules of OpenAPI client crates (3.1 `webhooks` and operation callbacks:
//! events the vendor sends us; see [`client`]).
//!
//! [`generate_events`] makes a crate with
//! - `types`: one type per schema and per message payload, by the same rules as client
//!   crates ([`TypeBuilder`], the client's `types.rs` template): forward-compatible
//!   enums, tagged and untagged unions, boxed recursion; except that an absent property
//!   with a default stays absent, so what a consumer writes back is what it read;
//! - `events`: one alias per message (`events::ContactCreated`), one enum per channel over
//!   its messages whose `from_json` picks the message by a discriminator or by trying the
//!   messages in a fixed order (`plan.rs` decides which), `from_message` by message name,
//!   `to_json`, `to_envelope`, and an `Event` enum over every channel for mixed streams;
//! - `envelope`: a CloudEvents 1.0 envelope (id, source, type, time, tenant, correlation
//!   id, schema version) built with the standard library only;
//! - `tests/round_trip.rs`: every example of the contract, and every line of
//!   `tests/fixtures/*.jsonl` (capture format), parses into `Event` and serialises back
//!   to the same JSON.
//!
//! The crate depends on serde and serde_json only: consumers of events rarely make HTTP
//! calls, and `accord-runtime` would bring an HTTP stack along. A UUID v4 event id and an
//! RFC 3339 time need no more than `std`.

pub mod client;
mod ir;
mod plan;
mod render;

use std::collections::BTreeMap;

use accord_spec::{Contract, DocumentKind};

use crate::ir::{CrateIr, TypeDef, TypeKind};
use crate::types::TypeBuilder;
use crate::{CodegenError, GeneratedCrate, Options, naming};

pub use client::{ClientEvents, add_client_events, plan_client_events};
pub use ir::{Dispatch, EventCrateIr, MessageAlias, Variant};

/// A typed event crate for an AsyncAPI document (OpenAPI webhooks and callbacks count as
/// channels too, so an OpenAPI 3.1 document of webhooks works as well).
pub fn generate_events(
    contract: &Contract,
    options: &Options,
) -> Result<GeneratedCrate, CodegenError> {
    let groups = plan::event_groups(contract);
    if groups.is_empty() {
        return Err(CodegenError(
            "the contract describes no events (no AsyncAPI channels, webhooks or callbacks)".into(),
        ));
    }
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| crate::default_crate_name(&contract.info.title, "events"));
    crate::check_crate_name(&crate_name)?;

    let mut tb = TypeBuilder::new(&contract.schemas);
    for (name, id) in &contract.components {
        tb.resolve(*id, name);
    }
    tb.drain();
    let mut planner = plan::Planner::new();
    let mut channels: Vec<Dispatch> = groups
        .iter()
        .map(|g| planner.dispatch(&mut tb, g, None))
        .collect();
    tb.drain();
    tb.box_recursion();
    assign_channel_selectors(&mut channels);

    let type_names: Vec<String> = tb.defs.iter().map(|d| d.name.clone()).collect();
    let bare = |i: usize| {
        type_names
            .get(i)
            .cloned()
            .unwrap_or_else(|| "serde_json::Value".into())
    };
    let in_defaults = |i: usize| format!("super::{}", bare(i));
    let mut defs: Vec<TypeDef> = std::mem::take(&mut tb.defs);
    for d in &mut defs {
        crate::resolve_def(d, &bare);
    }
    let mut defaults = std::mem::take(&mut tb.defaults);
    for d in &mut defaults {
        d.ty.resolve(&in_defaults);
    }
    if keep_absent_defaults_absent(&mut defs) {
        defaults.clear();
    }
    let messages = plan::resolve(std::mem::take(&mut planner.aliases), &type_names);

    let title = crate::one_line(if contract.info.title.trim().is_empty() {
        "Events"
    } else {
        &contract.info.title
    });
    let version = crate::one_line(&contract.info.version);
    let description = naming::doc_lines(contract.info.description.as_deref());
    let lib_name = crate_name.replace('-', "_");
    let types = CrateIr {
        crate_name: crate_name.clone(),
        lib_name: lib_name.clone(),
        title: title.clone(),
        version: version.clone(),
        description: description.clone(),
        sources: options.sources.clone(),
        runtime: None,
        deny_warnings: options.deny_warnings,
        types: defs,
        defaults,
        uses_nullable_helper: tb.uses_nullable_helper,
        client: None,
        extra_modules: Vec::new(),
    };
    let ir = EventCrateIr {
        crate_name: crate_name.clone(),
        lib_name,
        title,
        version,
        description,
        sources: options.sources.clone(),
        deny_warnings: options.deny_warnings,
        spec: format!(
            "{} {}",
            match contract.kind {
                DocumentKind::AsyncApi2 | DocumentKind::AsyncApi3 => "AsyncAPI",
                DocumentKind::JsonSchema => "JSON Schema",
                _ => "OpenAPI",
            },
            crate::one_line(&contract.spec_version)
        ),
        messages,
        channels,
        examples: std::mem::take(&mut planner.examples),
    };
    let rendered = render::render_event_crate(&ir, &types, options.templates_dir.as_deref())
        .map_err(CodegenError)?;
    let mut files = BTreeMap::new();
    for (path, text) in rendered {
        let text = if path.ends_with(".rs") {
            crate::format::format_rust(&path, &text).map_err(CodegenError)?
        } else {
            text
        };
        files.insert(path, text);
    }
    Ok(GeneratedCrate { crate_name, files })
}

/// Event types keep an absent property absent, where client types fill in the contract's
/// default: a consumer that stores or forwards an event must write back exactly what the
/// producer sent (the round trip is lossless). Returns whether any field had a default
/// (its default function is then unused).
fn keep_absent_defaults_absent(defs: &mut [TypeDef]) -> bool {
    let mut any = false;
    for def in defs {
        if let TypeKind::Struct { fields } = &mut def.kind {
            for field in fields.iter_mut().filter(|f| f.default.is_some()) {
                field.default = None;
                field.doc.push(String::new());
                field
                    .doc
                    .push("Absent means the contract's default value (kept absent here).".into());
                any = true;
            }
        }
    }
    any
}

/// Channel keys and addresses a captured line may use, each given to the first channel
/// that claims it (so the `Event::from_capture` match has no unreachable arm).
fn assign_channel_selectors(channels: &mut [Dispatch]) {
    let mut used: Vec<String> = Vec::new();
    for ch in channels {
        for s in std::iter::once(ch.channel.clone()).chain(ch.address.clone()) {
            if !used.contains(&s) {
                used.push(s.clone());
                ch.selectors.push(s);
            }
        }
    }
}

//! # request-text-type-changed
//!
//! Level: **warning**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `type` of a schema changes to an incompatible one inside a media type that carries
//! text rather than JSON values: XML (`application/xml`, `+xml`), form data
//! (`application/x-www-form-urlencoded`) or `text/*`. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! In these media types every value is written as text: `<count>5</count>` is the same
//! document whether the schema says `integer` or `string`, and the schema's `type` only
//! describes how the text is read. Documents exchanged before may still be read, or may not
//! (an element with children declared a plain string): someone has to look, but calls do
//! not fail on the type alone the way a JSON body's do (`request-type-changed`, breaking).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! paths: {/groups: {post: {requestBody: {content: {application/xml: {schema: {type: object}}}}, responses: {'200': {description: OK}}}}}
//! # revision
//! paths: {/groups: {post: {requestBody: {content: {application/xml: {schema: {type: string}}}}, responses: {'200': {description: OK}}}}}
//! ```
//!
//! ## Use instead
//!
//! Keep the document's shape, or publish the new shape under a new media type or version.
//!
//! ## Versus oasdiff
//!
//! oasdiff treats these bodies as loosely typed and reports the change as info
//! (`request-body-type-compatible`); we keep a warning, because a structured element
//! becoming plain text (or back) is a shape change a reader of the document should see.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::TypeChanged { loose: true })
}

pub const CHECK: Check = Check {
    id: "request-text-type-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "type of `{target}` changed from {old} to {new} (a text media type)",
    matches,
};

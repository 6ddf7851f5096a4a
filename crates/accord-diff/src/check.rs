//! What a breaking check is: a stable kebab-case ID, a default level, a taxonomy (direction,
//! area, action), the version it appeared in, a message template and the predicate that
//! picks the structural [`Delta`]s it judges. The registry of every check is discovered by
//! `build.rs` from `src/checks/<area>/<id>.rs`.

use accord_report::ChangeLevel;

use crate::delta::Delta;

/// Which side of the exchange a check is about. For events, `Response` is what the
/// consumer receives and `Request` what it sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    Request,
    Response,
    /// Neither: the document, an operation as a whole, security.
    Both,
}

/// The part of the contract a check is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    Document,
    Server,
    Path,
    Operation,
    Parameter,
    Body,
    Response,
    Schema,
    Header,
    Security,
    MediaType,
    Channel,
    Message,
}

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChangeAction {
    Added,
    Removed,
    Changed,
    Narrowed,
    Widened,
}

/// A check's place in the taxonomy of DESIGN.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Taxonomy {
    pub direction: Direction,
    pub area: Area,
    pub action: ChangeAction,
}

impl Taxonomy {
    pub const fn new(direction: Direction, area: Area, action: ChangeAction) -> Self {
        Taxonomy {
            direction,
            area,
            action,
        }
    }
}

/// One breaking check.
pub struct Check {
    /// Kebab-case, public API: never renamed.
    pub id: &'static str,
    pub level: ChangeLevel,
    pub taxonomy: Taxonomy,
    /// The Accord version that introduced it.
    pub since: &'static str,
    /// Message template: `{target}`, `{old}`, `{new}` and `{kind}` are filled from the delta; the place
    /// (`in response 200 (application/json)`) is appended.
    pub message: &'static str,
    /// Whether this check judges `delta`. Exactly one check judges each delta.
    pub matches: fn(&Delta) -> bool,
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Check")
            .field("id", &self.id)
            .field("level", &self.level)
            .field("taxonomy", &self.taxonomy)
            .finish()
    }
}

impl Check {
    /// The message for `delta`.
    pub fn message_for(&self, d: &Delta) -> String {
        let mut m = self
            .message
            .replace("{target}", &d.target)
            .replace("{old}", &d.old_value)
            .replace("{new}", &d.new_value);
        if m.contains("{kind}") {
            m = m.replace("{kind}", d.kind.name());
        }
        if !d.place.is_empty() {
            m.push_str(" in ");
            m.push_str(&d.place);
        }
        m
    }
}

mod registry {
    #![allow(clippy::all)]
    use super::Check;
    include!(concat!(env!("OUT_DIR"), "/registry.rs"));
}

pub use registry::{CHECKS, DOCS};

/// The check with this id.
pub fn check(id: &str) -> Option<&'static Check> {
    CHECKS.iter().copied().find(|c| c.id == id)
}

/// The documentation page of a check (`accord explain <id>`), in Markdown.
pub fn explain(id: &str) -> Option<String> {
    let i = CHECKS.iter().position(|c| c.id == id)?;
    let c = CHECKS[i];
    let t = c.taxonomy;
    Some(format!(
        "{}\n\nid: {}\nlevel: {}\ntaxonomy: {:?} / {:?} / {:?}\nsince: {}\n",
        DOCS[i].trim_end(),
        c.id,
        c.level,
        t.direction,
        t.area,
        t.action,
        c.since
    ))
}

/// Every breaking check as an entry of Accord's one registry (`accord explain`,
/// `docs/checks/`).
pub fn finding_docs() -> Vec<accord_report::registry::FindingDoc> {
    CHECKS
        .iter()
        .map(|c| accord_report::registry::FindingDoc {
            id: c.id,
            kind: accord_report::registry::FindingKind::Breaking,
            level: c.level.as_str(),
            since: c.since,
            summary: c.message.to_string(),
            page: explain(c.id).unwrap_or_default(),
        })
        .collect()
}

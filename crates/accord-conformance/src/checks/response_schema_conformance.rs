//! `response_schema_conformance`
//!
//! What it checks: a JSON response body is valid against the schema documented for its
//! status and content type (validated by the `jsonschema` crate, ECMA-262 regexes).
//!
//! Why it matters: the schema is the promise generated clients are built on; a missing
//! required field or a wrong type is a crash or silent data loss on the client side.

use accord_schema::Direction;

use super::{Check, Ctx, Exchange};
use accord_spec::MediaRange;

pub struct ResponseSchemaConformance;

impl Check for ResponseSchemaConformance {
    fn id(&self) -> &'static str {
        "response_schema_conformance"
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let doc = ctx.response_for(ex.response.status)?;
        let actual = ex
            .response
            .media_type()
            .unwrap_or_else(|| MediaRange::parse("application/json"));
        if !actual.is_json() || ex.response.body.is_empty() {
            return None;
        }
        let media = doc
            .content
            .iter()
            .find(|m| m.name.covers(&actual))
            .or_else(|| doc.content.iter().find(|m| m.name.is_json()))?;
        let schema = media.schema?;
        let Some(value) = ex.response.json() else {
            return Some(format!(
                "status {} body is not valid JSON",
                ex.response.status
            ));
        };
        let issues = ctx.issues(schema, Direction::Response, &value);
        let first = issues.first()?;
        let more = if issues.len() > 1 {
            format!(" (and {} more)", issues.len() - 1)
        } else {
            String::new()
        };
        Some(format!(
            "status {} body violates the schema: {first}{more}",
            ex.response.status
        ))
    }
}

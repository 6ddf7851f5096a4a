//! `deprecation_conformance`
//!
//! What it checks: a response that carries `Deprecation` (RFC 9745) or `Sunset` (RFC 8594)
//! belongs to an operation the contract marks `deprecated`, and a live `Sunset` date is not
//! earlier than the sunset the contract declares (`x-sunset`).
//!
//! Why it matters: a vendor announces a deprecation in its responses long before its
//! published contract says so; an integration that reads only the contract finds out when
//! the operation is gone. The finding names the dates so the migration can be planned.

use super::{Check, Ctx, Exchange};
use crate::drift::lifecycle_date;
use accord_spec::HeaderRole;

pub struct DeprecationConformance;

impl Check for DeprecationConformance {
    fn id(&self) -> &'static str {
        "deprecation_conformance"
    }

    fn shrinkable(&self) -> bool {
        false
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let header = |role: HeaderRole| {
            ex.response
                .headers
                .iter()
                .find(|(name, _)| role.is(name))
                .map(|(_, value)| value.trim())
        };
        let deprecation = header(HeaderRole::Deprecation);
        let sunset = header(HeaderRole::Sunset);
        let dated = |value: &str| match lifecycle_date(value) {
            Some(date) => format!("{value} = {date}"),
            None => value.to_string(),
        };
        if (deprecation.is_some() || sunset.is_some()) && !ctx.op.deprecated {
            let mut said = Vec::new();
            if let Some(d) = deprecation {
                said.push(format!("Deprecation: {}", dated(d)));
            }
            if let Some(s) = sunset {
                said.push(format!("Sunset: {}", dated(s)));
            }
            return Some(format!(
                "the live API deprecates this operation ({}) but the contract does not mark it deprecated",
                said.join(", ")
            ));
        }
        let live = lifecycle_date(sunset?)?;
        let documented = ctx.op.sunset()?;
        // ISO dates compare as text; a documented date-time compares by its date.
        let documented_date = documented.get(..10).unwrap_or(documented);
        (live.as_str() < documented_date).then(|| {
            format!(
                "the live API sunsets this operation on {live} (Sunset: {}), earlier than the contract's x-sunset {documented}",
                sunset.unwrap_or_default()
            )
        })
    }
}

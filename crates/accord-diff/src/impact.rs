//! Consumer-aware impact: which mappings or generated clients read or write what changed.
//! A change affects a [`Usage`] only when the consumer touches it:
//!
//! - a property path under its schema that one of its fields uses (prefix match on path
//!   segments), in a request or a **success** response: an error body a mapping does not
//!   map is not read by it;
//! - the operation itself, its security requirements, its parameters or request body, when
//!   the consumer calls that operation;
//! - a success response or media type of a called operation that was removed.
//!
//! Other response changes of a called operation (an error schema, a property the mapping
//! does not map) do not affect it.

use crate::delta::{Delta, Kind, Scope};

/// What one consumer (a mapping, a generated client) uses of a contract.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// e.g. `mapping relay-crm.contact-to-customer`.
    pub consumer: String,
    /// `METHOD /path` as the contract spells it.
    pub operations: Vec<String>,
    /// The component schema the fields are paths in, e.g. `Contact`.
    pub schema: Option<String>,
    /// (vendor dotted path, label): `("phone", "Customer.phone")`.
    pub fields: Vec<(String, String)>,
}

/// Path segments, with array indexes (`[0]`) read as "every element" (`[]`).
fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !name.is_empty() {
            out.push(name.to_string());
        }
        let brackets = rest.matches('[').count();
        for _ in 0..brackets {
            out.push("[]".to_string());
        }
    }
    out
}

fn related(a: &[String], b: &[String]) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y || x == "*" || y == "*")
}

/// The status a response delta sits in (`response 404 (application/json)` → `404`).
fn response_status(place: &str) -> Option<&str> {
    place
        .split_whitespace()
        .skip_while(|w| *w != "response")
        .nth(1)
}

/// Whether the delta is in what a consumer reads on success: a 2XX response (or a response
/// whose status is unknown), or anything outside responses.
fn read_on_success(d: &Delta) -> bool {
    if d.scope != Scope::Response {
        return true;
    }
    if let Kind::ResponseAdded { success } | Kind::ResponseRemoved { success } = d.kind {
        return success;
    }
    response_status(&d.place).is_none_or(|s| s.starts_with('2'))
}

/// Whether a consumer that calls `d`'s operation uses what changed without naming a field:
/// the operation, its security, what it sends, or a success response that went away.
fn used_by_caller(d: &Delta) -> bool {
    match d.scope {
        Scope::Document => false,
        Scope::Operation | Scope::Request => true,
        Scope::Response => {
            read_on_success(d)
                && matches!(
                    d.kind,
                    Kind::ResponseRemoved { .. } | Kind::MediaTypeRemoved
                )
        }
    }
}

/// The `affects` entries of `d` for `usages`, sorted.
pub(crate) fn affects(d: &Delta, usages: &[Usage]) -> Vec<String> {
    let mut out = Vec::new();
    for u in usages {
        let mut hit_fields = Vec::new();
        if let Some(schema) = u.schema.as_ref().filter(|_| read_on_success(d)) {
            for (component, path) in &d.anchors {
                if component != schema {
                    continue;
                }
                let changed = segments(path);
                for (field, label) in &u.fields {
                    if related(&changed, &segments(field)) && !hit_fields.contains(label) {
                        hit_fields.push(label.clone());
                    }
                }
            }
        }
        if !hit_fields.is_empty() {
            for label in hit_fields {
                out.push(format!("{} → {label}", u.consumer));
            }
        } else if used_by_caller(d)
            && d.operation
                .as_ref()
                .is_some_and(|op| u.operations.iter().any(|o| o == op))
        {
            out.push(u.consumer.clone());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::delta::{Kind, Scope, Sunset};

    #[test]
    fn prefix_matching() {
        let s = |p: &str| segments(p);
        assert!(related(&s("address"), &s("address.city")));
        assert!(related(&s("address.city"), &s("address")));
        assert!(!related(&s("address.city"), &s("address.country")));
        assert!(related(&s("lines[].amount"), &s("lines[0].amount")));
        assert!(!related(&s("phone"), &s("phoneNumbers")));
    }

    #[test]
    fn field_and_operation_impact() {
        let u = Usage {
            consumer: "mapping m".into(),
            operations: vec!["GET /x".into()],
            schema: Some("Contact".into()),
            fields: vec![("phone".into(), "Customer.phone".into())],
        };
        let mut d = Delta::new(Kind::PropertyRemoved { required: false }, Scope::Response);
        d.anchors = vec![("Contact".into(), "phone".into())];
        assert_eq!(
            affects(&d, std::slice::from_ref(&u)),
            ["mapping m → Customer.phone"]
        );
        let mut d = Delta::new(
            Kind::OperationRemoved {
                deprecated: false,
                sunset: Sunset::None,
            },
            Scope::Operation,
        );
        d.operation = Some("GET /x".into());
        assert_eq!(affects(&d, std::slice::from_ref(&u)), ["mapping m"]);
    }

    /// PayPal's gate counted error-body changes as affecting a mapping that never reads
    /// them: only what the mapping reads or sends counts.
    #[test]
    fn error_bodies_and_unmapped_properties_do_not_affect_a_caller() {
        let u = Usage {
            consumer: "mapping m".into(),
            operations: vec!["GET /x".into()],
            schema: Some("Contact".into()),
            fields: vec![("phone".into(), "Customer.phone".into())],
        };
        let mut error_body = Delta::new(Kind::PropertyRemoved { required: false }, Scope::Response);
        error_body.operation = Some("GET /x".into());
        error_body.place = "response 400 (application/json)".into();
        error_body.anchors = vec![("Error".into(), "details".into())];
        assert!(affects(&error_body, std::slice::from_ref(&u)).is_empty());
        // Even a mapped schema is not read from an error response.
        error_body.anchors = vec![("Contact".into(), "phone".into())];
        assert!(affects(&error_body, std::slice::from_ref(&u)).is_empty());
        let mut unmapped = Delta::new(Kind::PropertyRemoved { required: false }, Scope::Response);
        unmapped.operation = Some("GET /x".into());
        unmapped.place = "response 200 (application/json)".into();
        unmapped.anchors = vec![("Contact".into(), "fax".into())];
        assert!(affects(&unmapped, std::slice::from_ref(&u)).is_empty());
        let mut parameter = Delta::new(Kind::ParameterBecameRequired, Scope::Request);
        parameter.operation = Some("GET /x".into());
        assert_eq!(affects(&parameter, std::slice::from_ref(&u)), ["mapping m"]);
        let mut gone = Delta::new(Kind::ResponseRemoved { success: true }, Scope::Response);
        gone.operation = Some("GET /x".into());
        assert_eq!(affects(&gone, std::slice::from_ref(&u)), ["mapping m"]);
        gone.kind = Kind::ResponseRemoved { success: false };
        assert!(affects(&gone, &[u]).is_empty());
    }
}

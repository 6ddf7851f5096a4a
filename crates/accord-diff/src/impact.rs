//! Consumer-aware impact: which mappings or generated clients use what changed. A change
//! affects a [`Usage`] when it concerns one of its operations, or a property path under its
//! schema that one of its fields uses (prefix match on path segments), reached from
//! anywhere in the contract.

use crate::delta::Delta;

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

/// The `affects` entries of `d` for `usages`, sorted.
pub(crate) fn affects(d: &Delta, usages: &[Usage]) -> Vec<String> {
    let mut out = Vec::new();
    for u in usages {
        let mut hit_fields = Vec::new();
        if let Some(schema) = &u.schema {
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
        } else if d
            .operation
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
    use crate::delta::{Kind, Scope};

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
        let mut d = Delta::new(Kind::PropertyRemoved, Scope::Response);
        d.anchors = vec![("Contact".into(), "phone".into())];
        assert_eq!(
            affects(&d, std::slice::from_ref(&u)),
            ["mapping m → Customer.phone"]
        );
        let mut d = Delta::new(Kind::OperationRemoved, Scope::Operation);
        d.operation = Some("GET /x".into());
        assert_eq!(affects(&d, &[u]), ["mapping m"]);
    }
}

//! Structural validation for `accord validate`: the rules of the OpenAPI and AsyncAPI
//! specifications that matter to every consumer of a contract. Example validation against
//! schemas lives in `accord-schema`, which owns schema validation.

use crate::conventions::StatusKey;
use std::collections::HashMap;

use crate::finding::{Severity, SpecFinding};
use crate::model::{Contract, Operation, ParamIn};

/// The loader's findings plus the structural rules: unique operationIds, path template
/// variables declared as path parameters (and the reverse), valid response status codes,
/// and the `openapiv3` structure check of 3.0 documents.
pub fn validate(contract: &Contract) -> Vec<SpecFinding> {
    let mut out = contract.findings.clone();
    out.extend(crate::structure::check(contract));
    let mut ids: HashMap<&str, &Operation> = HashMap::new();
    let all_ops = contract.operations.iter().chain(contract.webhooks.iter());
    for op in all_ops {
        if let Some(id) = op.operation_id.as_deref() {
            if let Some(first) = ids.get(id) {
                out.push(SpecFinding {
                    code: "duplicate-operation-id",
                    severity: Severity::Error,
                    message: format!(
                        "operationId `{id}` of {} is already used by {}",
                        op.key(),
                        first.key()
                    ),
                    loc: op.loc.clone(),
                });
            } else {
                ids.insert(id, op);
            }
        }
        for response in &op.responses {
            if matches!(response.status, StatusKey::Invalid(_)) {
                out.push(SpecFinding {
                    code: "invalid-status-code",
                    severity: Severity::Error,
                    message: format!("response key `{}` of {} is not a status code (100-599), a range like `4XX`, or `default`", response.status, op.key()),
                    loc: response.loc.clone(),
                });
            }
        }
    }
    for op in &contract.operations {
        let variables = template_variables(&op.path);
        for var in &variables {
            if op.parameter(ParamIn::Path, var).is_none() {
                out.push(SpecFinding {
                    code: "undeclared-path-parameter",
                    severity: Severity::Error,
                    message: format!(
                        "{} uses `{{{var}}}` in its path but declares no path parameter `{var}`",
                        op.key()
                    ),
                    loc: op.loc.clone(),
                });
            }
        }
        for p in op.parameters.iter().filter(|p| p.location == ParamIn::Path) {
            if !variables.iter().any(|v| v == &p.name) {
                out.push(SpecFinding {
                    code: "undeclared-path-parameter",
                    severity: Severity::Error,
                    message: format!(
                        "{} declares path parameter `{}` that its path template does not contain",
                        op.key(),
                        p.name
                    ),
                    loc: p.loc.clone(),
                });
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `{name}` variables of a path template, in order.
pub fn template_variables(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + len].to_string());
        rest = &rest[start + len + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_templates_and_status_keys() {
        assert_eq!(
            template_variables("/a/{id}/b/{sub_id}"),
            vec!["id", "sub_id"]
        );
        for valid in ["200", "4XX", "default"] {
            assert!(!matches!(StatusKey::parse(valid), StatusKey::Invalid(_)));
        }
        for invalid in ["2000", "600", "ok"] {
            assert!(matches!(StatusKey::parse(invalid), StatusKey::Invalid(_)));
        }
    }
}

//! `path-params-declared`: path template variables and path parameters match one to one.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `{variable}` of a path template has a path parameter of that name on each of
its operations, and every path parameter appears in the template.

## Why it matters

A template variable without a parameter cannot be filled in: clients build URLs with a
literal `{id}` in them. A declared path parameter that is not in the template is sent
nowhere. Either way requests go to the wrong URL.
"#;

pub struct PathParamsDeclared;

/// The registered instance.
pub const RULE: PathParamsDeclared = PathParamsDeclared;

static META: Meta = Meta {
    id: "path-params-declared",
    category: Category::Hygiene,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Path template variables and path parameters match one to one.",
    doc: DOC,
};

impl Rule for PathParamsDeclared {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            let vars = accord_spec::template_variables(&op.path);
            for var in &vars {
                if op.parameter(ParamIn::Path, var).is_none() {
                    out.push(cx.diag(
                        &META,
                        &op.loc,
                        Some(op),
                        cx.say(
                            format!("path variable `{{{var}}}` of {} has no path parameter", op.key()),
                            format!("path variable `{{{var}}}` of {} is not declared: a generated client cannot fill it in", op.key()),
                        ),
                        format!("Declare `- name: {var}` with `in: path`, `required: true` and a schema on the path item or operation."),
                    ));
                }
            }
            for p in op.parameters.iter().filter(|p| p.location == ParamIn::Path) {
                if !vars.iter().any(|v| v.eq_ignore_ascii_case(&p.name)) {
                    out.push(cx.diag(
                        &META,
                        &p.loc,
                        Some(op),
                        cx.say(
                            format!("path parameter `{}` of {} does not appear in the path template", p.name, op.key()),
                            format!("path parameter `{}` of {} is not in the path: its value is sent nowhere", p.name, op.key()),
                        ),
                        format!("Add `{{{}}}` to the path or remove the parameter.", p.name),
                    ));
                }
            }
        }
        out
    }
}

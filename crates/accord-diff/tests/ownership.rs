//! Nothing dropped: every kind of structural change, on every side the structural diff
//! emits it on, with each value of its data and in HTTP and event contracts, is owned by a
//! specific check. The catch-all (`unjudged-change`) exists so that a gap is a warning
//! rather than silence, but no kind the diff can produce may depend on it.

use accord_diff::{Delta, Kind, Scope, Sunset, judge};

/// Every value of a kind's data that a check may judge differently.
fn variations(kind: Kind) -> Vec<Kind> {
    use Kind::*;
    let day = time::macros::date!(2025 - 06 - 30);
    match kind {
        OperationRemoved { .. } => [false, true]
            .into_iter()
            .flat_map(|deprecated| {
                [
                    Sunset::None,
                    Sunset::Announced(day),
                    Sunset::Pending(day),
                    Sunset::Passed(day),
                ]
                .map(|sunset| OperationRemoved { deprecated, sunset })
            })
            .collect(),
        ParameterAdded { .. } => vec![
            ParameterAdded { required: false },
            ParameterAdded { required: true },
        ],
        ParameterRemoved { .. } => vec![
            ParameterRemoved { required: false },
            ParameterRemoved { required: true },
        ],
        RequestBodyAdded { .. } => vec![
            RequestBodyAdded { required: false },
            RequestBodyAdded { required: true },
        ],
        ResponseAdded { .. } => vec![
            ResponseAdded { success: false },
            ResponseAdded { success: true },
        ],
        ResponseRemoved { .. } => vec![
            ResponseRemoved { success: false },
            ResponseRemoved { success: true },
        ],
        HeaderAdded { .. } => vec![
            HeaderAdded { required: false },
            HeaderAdded { required: true },
        ],
        HeaderRemoved { .. } => vec![
            HeaderRemoved { required: false },
            HeaderRemoved { required: true },
        ],
        TypeChanged { .. } => vec![TypeChanged { loose: false }, TypeChanged { loose: true }],
        EnumValueAdded { .. } => vec![
            EnumValueAdded { extensible: false },
            EnumValueAdded { extensible: true },
        ],
        PropertyAdded { .. } => vec![
            PropertyAdded { required: false },
            PropertyAdded { required: true },
        ],
        PropertyRemoved { .. } => vec![
            PropertyRemoved { required: false },
            PropertyRemoved { required: true },
        ],
        SecurityAlternativeRemoved { .. } => vec![
            SecurityAlternativeRemoved {
                still_served: false,
            },
            SecurityAlternativeRemoved { still_served: true },
        ],
        CompositionAdded { .. } => vec![
            CompositionAdded { compatible: false },
            CompositionAdded { compatible: true },
        ],
        CompositionRemoved { .. } => vec![
            CompositionRemoved { compatible: false },
            CompositionRemoved { compatible: true },
        ],
        other => vec![other],
    }
}

/// The sides the structural diff emits a kind on.
fn sides(kind: Kind) -> &'static [Scope] {
    use Kind::*;
    match kind {
        InfoVersionChanged
        | SecuritySchemeAdded
        | SecuritySchemeRemoved
        | SecuritySchemeTypeChanged
        | SecuritySchemeUrlChanged
        | ApiKeyChanged
        | OAuthFlowAdded
        | OAuthFlowRemoved
        | OAuthScopeAdded
        | OAuthScopeRemoved
        | ComponentAdded
        | ComponentRemoved => &[Scope::Document],
        // Servers: document-wide or per operation.
        ServerAdded | ServerRemoved => &[Scope::Document, Scope::Operation],
        OperationAdded
        | OperationRemoved { .. }
        | OperationDeprecated
        | OperationUndeprecated
        | OperationIdChanged
        | SunsetDateInvalid
        | WebhookAdded
        | WebhookRemoved
        | CallbackAdded
        | CallbackRemoved
        | SecurityAdded
        | SecurityRemoved
        | SecurityScopeAdded
        | SecurityScopeRemoved
        | SecurityAlternativeAdded
        | SecurityAlternativeRemoved { .. }
        | StabilityDecreased
        | StabilityIncreased => &[Scope::Operation],
        // Only a request parameter's default is told apart (a webhook's parameter default,
        // which the vendor sends, stays a schema default: response-default-changed).
        ParameterDefaultChanged => &[Scope::Request],
        // Everything inside an exchange: requests and responses (webhooks and callbacks swap
        // them, events map send/receive onto them).
        _ => &[Scope::Request, Scope::Response],
    }
}

#[test]
fn every_kind_on_every_side_is_owned_by_a_specific_check() {
    let mut unowned = Vec::new();
    for kind in Kind::every() {
        for &scope in sides(kind) {
            for kind in variations(kind) {
                for event in [false, true] {
                    let mut d = Delta::new(kind, scope);
                    d.event = event;
                    match judge(&d) {
                        Some(c) if c.id != "unjudged-change" => {}
                        other => unowned.push(format!(
                            "{kind:?} on {scope:?} (event {event}): {}",
                            other.map_or("no check", |c| c.id)
                        )),
                    }
                }
            }
        }
    }
    assert!(unowned.is_empty(), "{}", unowned.join("\n"));
}

#[test]
fn the_catch_all_judges_what_nothing_else_does() {
    // A document-level kind on a side the diff never emits it on: only the catch-all.
    let d = Delta::new(Kind::PropertyAdded { required: false }, Scope::Document);
    let c = judge(&d).expect("judged");
    assert_eq!(c.id, "unjudged-change");
    assert_eq!(c.level, accord_report::ChangeLevel::Warning);
    let message = c.message_for(&d);
    assert!(message.contains("PropertyAdded"), "{message}");
}

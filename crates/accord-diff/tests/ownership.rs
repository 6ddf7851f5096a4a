//! Nothing dropped: every kind of structural change, on every side the structural diff
//! emits it on, with each value of its flag and in HTTP and event contracts, is owned by a
//! specific check. The catch-all (`unjudged-change`) exists so that a gap is a warning
//! rather than silence, but no kind the diff can produce may depend on it.

use accord_diff::{Delta, Kind, Scope, judge};

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
        | OperationRemoved
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
        | SecurityAlternativeRemoved
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
    for &kind in Kind::ALL {
        for &scope in sides(kind) {
            for flag in [false, true] {
                for event in [false, true] {
                    let mut d = Delta::new(kind, scope);
                    d.flag = flag;
                    d.event = event;
                    match judge(&d) {
                        Some(c) if c.id != "unjudged-change" => {}
                        other => unowned.push(format!(
                            "{kind:?} on {scope:?} (flag {flag}, event {event}): {}",
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
    let d = Delta::new(Kind::PropertyAdded, Scope::Document);
    let c = judge(&d).expect("judged");
    assert_eq!(c.id, "unjudged-change");
    assert_eq!(c.level, accord_report::ChangeLevel::Warning);
    let message = c.message_for(&d);
    assert!(message.contains("PropertyAdded"), "{message}");
}

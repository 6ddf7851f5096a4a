//! The last repair of a generated body that still violates its schema: drop the parts
//! that break it. Sample generation cannot satisfy every schema (an `anyOf` of `required`
//! lists beside `additionalProperties: false`, an `allOf` whose members constrain the same
//! array's items two ways), but a vendor's body seldom needs those parts: an optional
//! field or an array item can go. Each step removes the nearest removable ancestor of an
//! issue's place (array item first, then object member) and keeps the removal only when
//! the body has fewer issues after it, so a required part is never dropped for nothing.

use accord_schema::Validator;
use serde_json::Value;

/// Most parts removed from one body.
const MAX_REMOVALS: usize = 64;
/// Most validations of candidate bodies: each validates the whole body, and Stripe's
/// objects are large, so the repair stays a bounded cost whatever the schema.
const MAX_CHECKS: usize = 48;

/// `value` with the fewest parts removed (within a bound) that leave it valid against
/// `validator`; `value` itself when nothing removable helps.
pub(crate) fn prune(validator: &Validator, mut value: Value) -> Value {
    let mut issues = validator.issues(&value).len();
    let mut removals = 0;
    let mut checks = 0;
    'rounds: while issues > 0 && removals < MAX_REMOVALS && checks < MAX_CHECKS {
        let mut pointers: Vec<String> = validator
            .issues(&value)
            .into_iter()
            .map(|i| i.pointer)
            .collect();
        // The deepest first: an item's own fault before its container's.
        pointers.sort_by_key(|p| std::cmp::Reverse(p.matches('/').count()));
        pointers.dedup();
        for pointer in pointers {
            let mut at = pointer.as_str();
            while let Some(cut) = at.rfind('/') {
                let (parent, last) = (&at[..cut], &at[cut + 1..]);
                let mut candidate = value.clone();
                if remove(&mut candidate, parent, last) {
                    checks += 1;
                    if checks > MAX_CHECKS {
                        break 'rounds;
                    }
                    let left = validator.issues(&candidate).len();
                    if left < issues {
                        value = candidate;
                        issues = left;
                        removals += 1;
                        continue 'rounds;
                    }
                }
                at = parent;
            }
        }
        break;
    }
    value
}

/// Removes member `last` (a JSON-pointer token) of the container at `parent`.
fn remove(value: &mut Value, parent: &str, last: &str) -> bool {
    let key = last.replace("~1", "/").replace("~0", "~");
    match value.pointer_mut(parent) {
        Some(Value::Array(items)) => match key.parse::<usize>() {
            Ok(i) if i < items.len() => {
                items.remove(i);
                true
            }
            _ => false,
        },
        Some(Value::Object(map)) => map.shift_remove(&key).is_some(),
        _ => false,
    }
}

//! Property-based round trips: vendor `Ticket` → canonical `Case` →
//! vendor keeps every mapped vendor field. Vendor records start from a minimal valid record
//! ([`SAMPLE`]) with arbitrary values at the mapped paths only; mapped vendor arrays
//! ([`ARRAYS`]) get up to [`MAX_ITEMS`] minimal valid elements, each with its own values, so
//! element-wise mapping and index alignment are exercised; an array inside array elements
//! (`lines[].taxes`) gets its own length and values in every element. The way back writes
//! over the same record shape (the arrays' elements without the mapped values), as an update
//! would.
use proptest::prelude::*;

use serde_json::Value;

use crate::{engine, FieldMap};

/// A minimal valid vendor record (required properties only).
const SAMPLE: &str = "{\"id\":1,\"subject\":\"string\",\"status\":\"new\",\"channel\":\"email\",\"requester_id\":1,\"tags\":[],\"created_at\":\"2024-01-15T09:30:00Z\",\"updated_at\":\"2024-01-15T09:30:00Z\"}";

/// Mapped vendor arrays: `(path of the array, minimal valid element, index of the array whose
/// elements hold it)`; an array comes after the one that holds it.
const ARRAYS: &[(&str, &str, Option<usize>)] = &[];

/// Most elements a generated vendor array gets.
const MAX_ITEMS: usize = 3;

/// The vendor paths the round trip checks, with the index in [`ARRAYS`] of the innermost
/// array a `[]` path iterates.
const PATHS: &[(&str, Option<usize>)] = &[
    ("id", None),
    ("subject", None),
    ("description", None),
    ("status", None),
    ("priority", None),
    ("channel", None),
    ("requester_id", None),
    ("assignee_id", None),
    ("organization_external_id", None),
    ("created_at", None),
    ("solved_at", None),
    ("updated_at", None),
];

fn selected(f: &FieldMap) -> bool {
    f.round_trip
}

/// How many `[]` lead to the elements of array `k` (1 for a top-level array).
fn depth(k: usize) -> u32 {
    1 + ARRAYS[k].2.map_or(0, depth)
}

/// Where an element position (one index per `[]`) sits among the `MAX_ITEMS^depth` generated
/// slots of its array.
fn slot(at: &[usize]) -> usize {
    at.iter().fold(0, |s, i| s * MAX_ITEMS + i)
}

/// The positions of the elements array `k` holds in a record, given each array's lengths
/// (one per element of the array that holds it).
fn elements(k: usize, lengths: &[Vec<usize>]) -> Vec<Vec<usize>> {
    holders(k, lengths)
        .into_iter()
        .flat_map(|at| {
            (0..lengths[k][slot(&at)])
                .map(move |i| {
                    let mut at = at.clone();
                    at.push(i);
                    at
                })
        })
        .collect()
}

/// The positions of the elements that hold array `k` (the record itself for a top-level one).
fn holders(k: usize, lengths: &[Vec<usize>]) -> Vec<Vec<usize>> {
    match ARRAYS[k].2 {
        Some(parent) => elements(parent, lengths),
        None => vec![Vec::new()],
    }
}

/// One length per array in every element that holds it, then one arbitrary value per checked
/// path (`None`: left absent).
fn values() -> Vec<BoxedStrategy<Option<Value>>> {
    let mut all: Vec<BoxedStrategy<Option<Value>>> = (0..ARRAYS.len())
        .map(|k| {
            proptest::collection::vec(0..=MAX_ITEMS, MAX_ITEMS.pow(depth(k) - 1))
                .prop_map(|n| Some(Value::from(n)))
                .boxed()
        })
        .collect();
    all.extend([
        value_0(),
        value_1(),
        value_2(),
        value_3(),
        value_4(),
        value_5(),
        value_6(),
        value_7(),
        value_8(),
        value_9(),
        value_10(),
        value_11(),
    ]);

    all
}

/// `id`: integers
fn value_0() -> BoxedStrategy<Option<Value>> {
    (-1_000_000_000i64..=1_000_000_000i64).prop_map(Value::from).prop_map(Some).boxed()
}

/// `subject`: non-empty alphanumeric strings
fn value_1() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `description`: non-empty alphanumeric strings, or absent
fn value_2() -> BoxedStrategy<Option<Value>> {
    proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)).boxed()
}

/// `status`: table keys (every one maps back to itself)
fn value_3() -> BoxedStrategy<Option<Value>> {
    proptest::sample::select(
            vec![
                "\"new\"", "\"open\"", "\"pending\"", "\"hold\"", "\"solved\"",
                "\"closed\""
            ],
        )
        .prop_map(|t: &str| serde_json::from_str::<Value>(t).unwrap())
        .prop_map(Some)
        .boxed()
}

/// `priority`: table keys (every one maps back to itself)
fn value_4() -> BoxedStrategy<Option<Value>> {
    proptest::sample::select(vec!["\"low\"", "\"normal\"", "\"high\"", "\"urgent\""])
        .prop_map(|t: &str| serde_json::from_str::<Value>(t).unwrap())
        .prop_map(Some)
        .boxed()
}

/// `channel`: table keys (every one maps back to itself)
fn value_5() -> BoxedStrategy<Option<Value>> {
    proptest::sample::select(
            vec!["\"email\"", "\"web\"", "\"chat\"", "\"phone\"", "\"api\""],
        )
        .prop_map(|t: &str| serde_json::from_str::<Value>(t).unwrap())
        .prop_map(Some)
        .boxed()
}

/// `requester_id`: integers
fn value_6() -> BoxedStrategy<Option<Value>> {
    (-1_000_000_000i64..=1_000_000_000i64).prop_map(Value::from).prop_map(Some).boxed()
}

/// `assignee_id`: integers, or absent
fn value_7() -> BoxedStrategy<Option<Value>> {
    proptest::option::of((-1_000_000_000i64..=1_000_000_000i64).prop_map(Value::from))
        .boxed()
}

/// `organization_external_id`: non-empty alphanumeric strings, or absent
fn value_8() -> BoxedStrategy<Option<Value>> {
    proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)).boxed()
}

/// `created_at`: RFC 3339 date-times
fn value_9() -> BoxedStrategy<Option<Value>> {
    (0i64..=253_402_300_799i64)
        .prop_map(|s| Value::from(crate::transforms::unix_to_rfc3339(s)))
        .prop_map(Some)
        .boxed()
}

/// `solved_at`: RFC 3339 date-times, or absent
fn value_10() -> BoxedStrategy<Option<Value>> {
    proptest::option::of(
            (0i64..=253_402_300_799i64)
                .prop_map(|s| Value::from(crate::transforms::unix_to_rfc3339(s))),
        )
        .boxed()
}

/// `updated_at`: RFC 3339 date-times
fn value_11() -> BoxedStrategy<Option<Value>> {
    (0i64..=253_402_300_799i64)
        .prop_map(|s| Value::from(crate::transforms::unix_to_rfc3339(s)))
        .prop_map(Some)
        .boxed()
}

/// One case: builds the vendor record, maps it to canonical and back, compares the paths.
fn round_trip(values: Vec<Option<Value>>) -> Result<(), TestCaseError> {
    let (lengths, values) = values.split_at(ARRAYS.len());

    let lengths: Vec<Vec<usize>> = lengths
        .iter()
        .map(|n| {
            let n = n
                .as_ref()
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            n.iter().map(|n| n.as_u64().unwrap_or(0) as usize).collect()
        })
        .collect();
    let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();

    for (k, (path, item, _)) in ARRAYS.iter().enumerate() {
        let item: Value = serde_json::from_str(item).unwrap();
        for at in holders(k, &lengths) {
            let n = lengths[k][slot(&at)];
            engine::write(&mut doc, path, &at, Value::Array(vec![item.clone(); n]));
        }
    }

    let shape = doc.clone();

    for ((path, array), value) in PATHS.iter().zip(values) {
        match (array, value) {
            (_, None) => {}
            (None, Some(value)) => engine::write(&mut doc, path, &[], value.clone()),
            (Some(array), Some(items)) => {
                let items = items.as_array().map(Vec::as_slice).unwrap_or_default();
                for at in elements(*array, &lengths) {
                    if let Some(item) = items.get(slot(&at)).filter(|v| !v.is_null()) {
                        engine::write(&mut doc, path, &at, item.clone());
                    }
                }
            }
        }
    }

    let vendor: crate::Ticket = serde_json::from_value(doc).unwrap();

    let before = serde_json::to_value(&vendor).unwrap();

    let canonical = crate::ticket_to_case(&vendor)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let canonical = serde_json::to_value(&canonical).unwrap();

    let back = crate::to_vendor_document(&canonical, shape, selected)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: crate::Ticket = serde_json::from_value(back).unwrap();

    let after = serde_json::to_value(&back).unwrap();

    for (path, _) in PATHS {
        prop_assert_eq!(
            engine::read(& before, path), engine::read(& after, path), "{}", path
        );
    }

    Ok(())
}

#[test]
fn vendor_to_canonical_to_vendor() {
    let mut runner = proptest::test_runner::TestRunner::default();

    if let Err(e) = runner.run(&values(), round_trip) {
        panic!("{e}");
    }
}

#[test]
fn missing_required_canonical_field_names_the_path() {
    let err = crate::to_canonical_document(&serde_json::json!({})).unwrap_err();

    assert!(err.path.starts_with("Case."), "{err}");
}

//! Property-based round trips: vendor `SalesOrder` → canonical `Order` →
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
const SAMPLE: &str = "{\"id\":\"string\",\"object\":\"sales_order\",\"number\":\"string\",\"customerId\":\"string\",\"status\":\"draft\",\"orderDate\":\"2024-01-15\",\"currency\":\"TUA\",\"lines\":[{\"lineNo\":1,\"itemId\":\"string\",\"quantity\":1.0,\"unitPriceMinor\":1,\"lineTotalMinor\":1}],\"taxMinor\":1,\"totalMinor\":1,\"createdAt\":\"2024-01-15T09:30:00Z\",\"updatedAt\":\"2024-01-15T09:30:00Z\",\"shipTo\":{\"line1\":\"string\",\"city\":\"string\",\"countryCode\":\"TUA\"}}";

/// Mapped vendor arrays: `(path of the array, minimal valid element, index of the array whose
/// elements hold it)`; an array comes after the one that holds it.
const ARRAYS: &[(&str, &str, Option<usize>)] = &[
    (
        "lines",
        "{\"lineNo\":1,\"itemId\":\"string\",\"quantity\":1.0,\"unitPriceMinor\":1,\"lineTotalMinor\":1}",
        None,
    ),
];

/// Most elements a generated vendor array gets.
const MAX_ITEMS: usize = 3;

/// The vendor paths the round trip checks, with the index in [`ARRAYS`] of the innermost
/// array a `[]` path iterates.
const PATHS: &[(&str, Option<usize>)] = &[
    ("id", None),
    ("number", None),
    ("customerId", None),
    ("status", None),
    ("orderDate", None),
    ("requestedDeliveryDate", None),
    ("currency", None),
    ("lines[].lineNo", Some(0)),
    ("lines[].itemId", Some(0)),
    ("lines[].sku", Some(0)),
    ("lines[].description", Some(0)),
    ("lines[].quantity", Some(0)),
    ("lines[].uom", Some(0)),
    ("lines[].unitPriceMinor", Some(0)),
    ("lines[].lineTotalMinor", Some(0)),
    ("taxMinor", None),
    ("totalMinor", None),
    ("shipTo.line1", None),
    ("shipTo.line2", None),
    ("shipTo.city", None),
    ("shipTo.region", None),
    ("shipTo.postalCode", None),
    ("shipTo.countryCode", None),
    ("createdAt", None),
    ("updatedAt", None),
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
        value_12(),
        value_13(),
        value_14(),
        value_15(),
        value_16(),
        value_17(),
        value_18(),
        value_19(),
        value_20(),
        value_21(),
        value_22(),
        value_23(),
        value_24(),
    ]);

    all
}

/// `id`: non-empty alphanumeric strings
fn value_0() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `number`: non-empty alphanumeric strings
fn value_1() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `customerId`: non-empty alphanumeric strings
fn value_2() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `status`: table keys (every one maps back to itself)
fn value_3() -> BoxedStrategy<Option<Value>> {
    proptest::sample::select(
            vec![
                "\"draft\"", "\"released\"", "\"partially_shipped\"", "\"shipped\"",
                "\"invoiced\"", "\"cancelled\""
            ],
        )
        .prop_map(|t: &str| serde_json::from_str::<Value>(t).unwrap())
        .prop_map(Some)
        .boxed()
}

/// `orderDate`: calendar dates
fn value_4() -> BoxedStrategy<Option<Value>> {
    (0i64..=2_932_896i64)
        .prop_map(|d| Value::from(
            crate::transforms::unix_to_rfc3339(d * 86_400)[..10].to_string(),
        ))
        .prop_map(Some)
        .boxed()
}

/// `requestedDeliveryDate`: calendar dates, or absent
fn value_5() -> BoxedStrategy<Option<Value>> {
    proptest::option::of(
            (0i64..=2_932_896i64)
                .prop_map(|d| Value::from(
                    crate::transforms::unix_to_rfc3339(d * 86_400)[..10].to_string(),
                )),
        )
        .boxed()
}

/// `currency`: non-empty alphanumeric strings
fn value_6() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `lines[].lineNo`: in each element, integers
fn value_7() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            (-1_000_000_000i64..=1_000_000_000i64).prop_map(Value::from).prop_map(Some),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].itemId`: in each element, non-empty alphanumeric strings
fn value_8() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].sku`: in each element, non-empty alphanumeric strings, or absent
fn value_9() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].description`: in each element, non-empty alphanumeric strings, or absent
fn value_10() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].quantity`: in each element, numbers with two decimals
fn value_11() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            (-100_000_000i64..=100_000_000i64)
                .prop_map(|n| Value::from(n as f64 / 100.0))
                .prop_map(Some),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].uom`: in each element, non-empty alphanumeric strings, or absent
fn value_12() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].unitPriceMinor`: in each element, integer minor units
fn value_13() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            (-1_000_000_000_000i64..=1_000_000_000_000i64)
                .prop_map(Value::from)
                .prop_map(Some),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `lines[].lineTotalMinor`: in each element, integer minor units
fn value_14() -> BoxedStrategy<Option<Value>> {
    proptest::collection::vec(
            (-1_000_000_000_000i64..=1_000_000_000_000i64)
                .prop_map(Value::from)
                .prop_map(Some),
            MAX_ITEMS,
        )
        .prop_map(|items| Some(
            Value::Array(items.into_iter().map(|v| v.unwrap_or(Value::Null)).collect()),
        ))
        .boxed()
}

/// `taxMinor`: integer minor units
fn value_15() -> BoxedStrategy<Option<Value>> {
    (-1_000_000_000_000i64..=1_000_000_000_000i64)
        .prop_map(Value::from)
        .prop_map(Some)
        .boxed()
}

/// `totalMinor`: integer minor units
fn value_16() -> BoxedStrategy<Option<Value>> {
    (-1_000_000_000_000i64..=1_000_000_000_000i64)
        .prop_map(Value::from)
        .prop_map(Some)
        .boxed()
}

/// `shipTo.line1`: non-empty alphanumeric strings
fn value_17() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `shipTo.line2`: non-empty alphanumeric strings, or absent
fn value_18() -> BoxedStrategy<Option<Value>> {
    proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)).boxed()
}

/// `shipTo.city`: non-empty alphanumeric strings
fn value_19() -> BoxedStrategy<Option<Value>> {
    "[A-Za-z0-9]{1,16}".prop_map(Value::from).prop_map(Some).boxed()
}

/// `shipTo.region`: non-empty alphanumeric strings, or absent
fn value_20() -> BoxedStrategy<Option<Value>> {
    proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)).boxed()
}

/// `shipTo.postalCode`: non-empty alphanumeric strings, or absent
fn value_21() -> BoxedStrategy<Option<Value>> {
    proptest::option::of("[A-Za-z0-9]{1,16}".prop_map(Value::from)).boxed()
}

/// `shipTo.countryCode`: known alpha-3 codes
fn value_22() -> BoxedStrategy<Option<Value>> {
    proptest::sample::select(crate::transforms::COUNTRIES.to_vec())
        .prop_map(|c| Value::from(c.0))
        .prop_map(Some)
        .boxed()
}

/// `createdAt`: RFC 3339 date-times
fn value_23() -> BoxedStrategy<Option<Value>> {
    (0i64..=253_402_300_799i64)
        .prop_map(|s| Value::from(crate::transforms::unix_to_rfc3339(s)))
        .prop_map(Some)
        .boxed()
}

/// `updatedAt`: RFC 3339 date-times
fn value_24() -> BoxedStrategy<Option<Value>> {
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

    let vendor: crate::SalesOrder = serde_json::from_value(doc).unwrap();

    let before = serde_json::to_value(&vendor).unwrap();

    let canonical = crate::sales_order_to_order(&vendor)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let canonical = serde_json::to_value(&canonical).unwrap();

    let back = crate::to_vendor_document(&canonical, shape, selected)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: crate::SalesOrder = serde_json::from_value(back).unwrap();

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
fn a_failing_array_element_is_named_by_its_index() {
    const BROKEN: &str = "lines[].lineNo";

    const ARRAY: usize = 0;

    let mut runner = proptest::test_runner::TestRunner::deterministic();

    let mut doc: Value = serde_json::from_str(SAMPLE).unwrap();

    for (k, (path, item, _)) in ARRAYS.iter().enumerate().filter(|(_, a)| a.2.is_none())
    {
        let n = if k == ARRAY { MAX_ITEMS + 1 } else { 0 };
        let item: Value = serde_json::from_str(item).unwrap();
        engine::write(&mut doc, path, &[], Value::Array(vec![item; n]));
    }

    let strategies = values().split_off(ARRAYS.len());

    for ((path, array), strategy) in PATHS.iter().zip(strategies) {
        let tree = strategy.new_tree(&mut runner).unwrap();
        let value = proptest::strategy::ValueTree::current(&tree);
        match (array, value) {
            (_, None) => {}
            (None, Some(value)) => engine::write(&mut doc, path, &[], value),
            (Some(array), Some(items)) if *array == ARRAY => {
                let items = items.as_array().cloned().unwrap_or_default();
                for i in 0..=MAX_ITEMS {
                    let item = if i == MAX_ITEMS && *path == BROKEN {
                        Value::Null
                    } else {
                        items[i % items.len()].clone()
                    };
                    if !item.is_null() || *path == BROKEN {
                        engine::write(&mut doc, path, &[i], item);
                    }
                }
            }
            (Some(_), Some(_)) => {}
        }
    }

    let err = crate::to_canonical_document(&doc).unwrap_err();

    assert_eq!(err.path, "Order.lines[3].lineNumber", "{err}");
}

#[test]
fn missing_required_canonical_field_names_the_path() {
    let err = crate::to_canonical_document(&serde_json::json!({})).unwrap_err();

    assert!(err.path.starts_with("Order."), "{err}");
}

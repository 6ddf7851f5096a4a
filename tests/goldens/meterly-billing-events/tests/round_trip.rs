//! Consumer round trip: every example of the contract, and every line of
//! `tests/fixtures/*.jsonl` (the capture format of `accord test-events`:
//! `{"channel","message","payload"}` a line), reads into the typed [`Event`] and
//! serialises back to the same JSON, and wraps into a CloudEvents envelope.
use std::path::Path;

use meterly_billing_events::Event;

use serde_json::Value;

/// (channel, message, payload) of every example the contract gives.
const CONTRACT_EXAMPLES: &[(&str, &str, &str)] = &[
    (
        "invoice.paid",
        "invoice.paid",
        "{\"eventId\":\"3f9a2c71-8e4b-4d6a-b1c5-7a0e2f9d4c18\",\"occurredAt\":\"2025-09-15T01:00:00Z\",\"tenantId\":\"acct_7Hq2Nw9xPz\",\"schemaVersion\":\"1.1\",\"type\":\"invoice.paid\",\"data\":{\"invoice_id\":\"in_9Qw2Lk\",\"number\":\"MTR-0042-0017\",\"customer\":\"cus_Mt82Jd\",\"subscription\":\"sub_1PxA7c\",\"currency\":\"eur\",\"total\":\"1457.75\",\"amount_paid\":\"1457.75\",\"paid_at\":1757898000}}",
    ),
    (
        "invoice.payment_failed",
        "invoice.payment_failed",
        "{\"eventId\":\"7b1e4d92-0c6a-4f3b-9e2d-5a8c1f7b3e60\",\"occurredAt\":\"2025-10-15T00:01:00Z\",\"tenantId\":\"acct_7Hq2Nw9xPz\",\"schemaVersion\":\"1.1\",\"type\":\"invoice.payment_failed\",\"data\":{\"invoice_id\":\"in_9Rk7Tb\",\"customer\":\"cus_Mt82Jd\",\"subscription\":\"sub_1PxA7c\",\"currency\":\"eur\",\"amount_due\":\"1457.75\",\"attempt_count\":1,\"failure_code\":\"card_declined\",\"next_attempt_at\":1760745600}}",
    ),
    (
        "subscription.canceled",
        "subscription.canceled",
        "{\"eventId\":\"c4a8e2f6-1b3d-4c5e-8f7a-9b0d2e4f6a81\",\"occurredAt\":\"2025-10-15T00:00:05Z\",\"tenantId\":\"acct_7Hq2Nw9xPz\",\"schemaVersion\":\"1.1\",\"type\":\"subscription.canceled\",\"data\":{\"subscription_id\":\"sub_1PxA7c\",\"customer\":\"cus_Mt82Jd\",\"plan\":\"plan_pro_monthly\",\"canceled_at\":1760486400,\"cancellation_reason\":\"customer_request\"}}",
    ),
    (
        "usage.reported",
        "usage.reported",
        "{\"eventId\":\"6e1b9d3f-4a7c-4e2b-8d5f-0c3a7e9b1d42\",\"occurredAt\":\"2025-09-16T11:15:00Z\",\"tenantId\":\"acct_7Hq2Nw9xPz\",\"schemaVersion\":\"1.1\",\"type\":\"usage.reported\",\"data\":{\"records\":[{\"subscription\":\"sub_8Kd0Pq\",\"quantity\":1840,\"timestamp\":1758020400,\"action\":\"increment\"}]}}",
    ),
];

/// JSON equality where `1` and `1.0` are the same number (JSON does not tell them apart,
/// and a `number` property reads into an `f64`).
fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_json(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Reads `payload` as an event, checks it serialises back unchanged and that its envelope
/// carries it; the error says what differs.
fn round_trip(
    channel: &str,
    message: Option<&str>,
    payload: &Value,
) -> Result<(), String> {
    let event = Event::from_capture(channel, message, payload.clone())
        .map_err(|e| format!("{channel}: does not read: {e}"))?;
    if let (Some(expected), Some(read)) = (message, event.message_name()) {
        if expected != read {
            return Err(format!("{channel}: `{expected}` read as `{read}`"));
        }
    }

    let back = event
        .to_json()
        .map_err(|e| format!("{channel}: does not serialise: {e}"))?;
    if !same_json(payload, &back) {
        return Err(
            format!(
                "{channel}: round trip changed the payload\n  before: {payload}\n  after:  {back}"
            ),
        );
    }

    let envelope = event
        .to_envelope()
        .map_err(|e| format!("{channel}: no envelope: {e}"))?;
    if envelope.specversion != "1.0" || envelope.id.is_empty()
        || !same_json(payload, &envelope.data)
    {
        return Err(
            format!("{channel}: envelope does not carry the event: {envelope:?}"),
        );
    }

    Ok(())
}

#[test]
fn contract_examples_round_trip() {
    let failures: Vec<String> = CONTRACT_EXAMPLES
        .iter()
        .filter_map(|(channel, message, payload)| {
            let payload: Value = serde_json::from_str(payload)
                .expect("examples are JSON");
            round_trip(channel, Some(message), &payload).err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn captured_events_round_trip() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");

    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();

    let mut failures = Vec::new();

    for file in &files {
        let text = std::fs::read_to_string(file).expect("fixtures are readable");
        for (number, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let at = format!("{}:{}", file.display(), number + 1);
            let event: Value = match serde_json::from_str(line) {
                Ok(event) => event,
                Err(e) => {
                    failures.push(format!("{at}: not JSON: {e}"));
                    continue;
                }
            };
            let channel = event
                .get("channel")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let message = event.get("message").and_then(Value::as_str);
            let payload = event.get("payload").cloned().unwrap_or(Value::Null);
            if let Err(e) = round_trip(channel, message, &payload) {
                failures.push(format!("{at}: {e}"));
            }
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

//! Consumer round trip: every example of the contract, and every line of
//! `tests/fixtures/*.jsonl` (the capture format of `accord test-events`:
//! `{"channel","message","payload"}` a line), reads into the typed [`Event`] and
//! serialises back to the same JSON, and wraps into a CloudEvents envelope.
use std::path::Path;

use relay_crm_events::Event;

use serde_json::Value;

/// (channel, message, payload) of every example the contract gives.
const CONTRACT_EXAMPLES: &[(&str, &str, &str)] = &[
    (
        "contactCreated",
        "contactCreated",
        "{\"eventId\":\"0b3c9f2a-6d1e-4f7a-8c5b-2e9d4a1f7c30\",\"occurredAt\":\"2025-09-20T08:00:00Z\",\"tenantId\":\"nordwind-de\",\"schemaVersion\":\"1.3\",\"type\":\"crm.contact.created\",\"data\":{\"contact\":{\"id\":\"con_9a7c3d\",\"accountId\":\"acc_41xq9\",\"firstName\":\"Jonas\",\"lastName\":\"Brandt\",\"email\":\"jonas.brandt@nordwind.example\",\"lifecycleStage\":\"sales_qualified\",\"ownerId\":\"usr_77\",\"createdAt\":\"2025-09-20T08:00:00Z\",\"updatedAt\":\"2025-09-20T08:00:00Z\"}}}",
    ),
    (
        "contactUpdated",
        "contactUpdated",
        "{\"eventId\":\"5e8a1d47-2c9b-4a3f-b6e0-7d1c4f9a2b85\",\"occurredAt\":\"2025-09-21T15:42:10Z\",\"tenantId\":\"nordwind-de\",\"schemaVersion\":\"1.3\",\"type\":\"crm.contact.updated\",\"data\":{\"contact\":{\"id\":\"con_9a7c3d\",\"accountId\":\"acc_41xq9\",\"firstName\":\"Jonas\",\"lastName\":\"Brandt\",\"email\":\"jonas.brandt@nordwind.example\",\"lifecycleStage\":\"customer\",\"ownerId\":\"usr_77\",\"createdAt\":\"2025-09-20T08:00:00Z\",\"updatedAt\":\"2025-09-21T15:42:10Z\"},\"changedFields\":[\"lifecycleStage\"]}}",
    ),
    (
        "opportunityStageChanged",
        "opportunityStageChanged",
        "{\"eventId\":\"9c2f7e14-3a8d-4b6c-a1e5-0f7b3d9c2a68\",\"occurredAt\":\"2025-09-21T15:41:58Z\",\"tenantId\":\"nordwind-de\",\"schemaVersion\":\"1.3\",\"type\":\"crm.opportunity.stage-changed\",\"data\":{\"opportunityId\":\"opp_3k2m\",\"accountId\":\"acc_41xq9\",\"previousStage\":\"negotiation\",\"stage\":\"closed_won\",\"amount\":240000,\"currency\":\"EUR\",\"changedBy\":\"usr_77\"}}",
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

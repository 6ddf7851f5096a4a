//! Every schema of every corpus contract gets a generated sample, and the crate's own
//! validator accepts it. A schema the generator cannot satisfy (it admits no value, needs
//! more than the budgets, or has a pattern the generator cannot read) is skipped and
//! counted by kind, never silently. Every value the validator rejects is listed, and none
//! may be rejected but where the contract itself admits no value a vendor would send:
//! DocuSign Navigator's `Location` is a `oneOf` of `TextRanges` and `BoundingBoxes`, which
//! require nothing, so every location is valid under both and JSON Schema's `oneOf`
//! refuses it (the vendor means its `discriminator` to choose, which validators ignore).

use std::collections::BTreeMap;

use accord_schema::{Direction, SampleOptions, UnmetKind, generate};
use rayon::prelude::*;

#[derive(Default)]
struct Tally {
    valid: usize,
    skipped: BTreeMap<UnmetKind, usize>,
    invalid: Vec<String>,
}

#[test]
fn corpus_samples_validate() {
    let documents = accord_testkit::corpus_documents(&["openapi", "asyncapi"]);
    let tallies: Vec<(String, Tally)> = documents
        .par_iter()
        .filter_map(|path| {
            // Shared fragments (`common/schemas.yaml`) are not contracts of their own.
            let contract = accord_spec::load(path).ok()?;
            let mut tally = Tally::default();
            for (id, _) in contract.schemas.iter() {
                let sample = generate(
                    &contract,
                    id,
                    Direction::Response,
                    &SampleOptions::default(),
                );
                match sample.unmet.iter().map(|u| u.kind).min() {
                    None => tally.valid += 1,
                    Some(UnmetKind::Invalid) => tally.invalid.push(format!(
                        "schema {} ({}): {:?} in {}",
                        id.0,
                        contract
                            .schemas
                            .get(id)
                            .loc
                            .as_ref()
                            .map_or(String::new(), ToString::to_string),
                        sample.unmet.first(),
                        truncated(&sample.value.to_string()),
                    )),
                    Some(kind) => *tally.skipped.entry(kind).or_default() += 1,
                }
            }
            Some((path.display().to_string(), tally))
        })
        .collect();
    let mut total = Tally::default();
    for (path, tally) in &tallies {
        eprintln!(
            "{path}: {} valid, {:?} skipped, {} invalid",
            tally.valid,
            tally.skipped,
            tally.invalid.len()
        );
        total.valid += tally.valid;
        for (kind, n) in &tally.skipped {
            *total.skipped.entry(*kind).or_default() += n;
        }
        total
            .invalid
            .extend(tally.invalid.iter().map(|i| format!("{path}: {i}")));
    }
    eprintln!(
        "corpus: {} documents, {} samples valid, skipped {:?}, {} invalid",
        tallies.len(),
        total.valid,
        total.skipped,
        total.invalid.len()
    );
    if documents.is_empty() {
        return;
    }
    assert!(
        tallies.len() >= 20,
        "only {} contracts loaded",
        tallies.len()
    );
    assert!(total.valid > 10_000, "only {} samples", total.valid);
    for invalid in &total.invalid {
        eprintln!("invalid: {invalid}");
    }
    let (overlapping, invalid): (Vec<&String>, Vec<&String>) = total
        .invalid
        .iter()
        .partition(|i| i.contains(OVERLAPPING_ONE_OF));
    assert!(
        invalid.is_empty(),
        "{} samples the validator rejects:\n{}",
        invalid.len(),
        invalid
            .iter()
            .map(|i| i.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        overlapping.len() <= OVERLAPPING_AT_MOST,
        "{} samples valid under several members of a `oneOf` (at most {OVERLAPPING_AT_MOST})",
        overlapping.len()
    );
}

/// The validator's words for a value that more than one `oneOf` member accepts.
const OVERLAPPING_ONE_OF: &str =
    "is valid under more than one of the schemas listed in the 'oneOf'";
/// DocuSign Navigator's `Location` reached from six schemas (see the module docs).
const OVERLAPPING_AT_MOST: usize = 6;

fn truncated(text: &str) -> String {
    text.chars().take(300).collect()
}

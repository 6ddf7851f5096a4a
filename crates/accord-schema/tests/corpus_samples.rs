//! Every schema of every corpus contract gets a generated sample, and the crate's own
//! validator accepts it. A schema the generator cannot satisfy (it admits no value, needs
//! more than the budgets, or has a pattern the generator cannot read) is skipped and
//! counted by kind, never silently. Every value the validator rejects is listed; they may
//! be at most 1 in 400 (75 of 33,440 when this was written: `oneOf`s whose members all
//! accept the same object, an `allOf` narrowing an `enum` the merged view does not see).

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
    assert!(
        total.invalid.len() * 400 <= total.valid,
        "{} samples the validator rejects:\n{}",
        total.invalid.len(),
        total.invalid.join("\n")
    );
}

fn truncated(text: &str) -> String {
    text.chars().take(300).collect()
}

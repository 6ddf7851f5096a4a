//! The loader reads a schema the same whatever its key order (generators and APIs-guru sort
//! keys, so `nullable` comes before `type`, `$ref` and `allOf` meet their siblings in any
//! order). Every document of the shared corpus is rewritten with the keys of every mapping
//! in reverse order (except where the order itself is data: the property order of
//! `properties` and the like, and example, default, enum and extension values), loaded
//! again, and every schema of it must be identical to the schema at the same JSON pointer
//! of the original load; the diff of the two loads must be empty. Fails when the corpus is
//! missing (see `accord_testkit`) or a document of it does not load.

use std::collections::BTreeMap;

use accord_spec::{Contract, SchemaId};
use serde_json::{Map, Value};

/// Maps whose entry order is data the model keeps (property order, mapping order).
const ORDERED: &[&str] = &[
    "properties",
    "patternProperties",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "mapping",
];

/// Values that are data, not schema keywords: left exactly as written.
fn verbatim(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "const" | "enum") || key.starts_with("x-")
}

/// `value` with the keys of every mapping reversed (see the module docs for what is kept).
fn reversed(value: &Value, keep_order: bool) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            if !keep_order {
                entries.reverse();
            }
            let mut out = Map::new();
            for (k, v) in entries {
                let v = if verbatim(k) {
                    v.clone()
                } else {
                    reversed(v, ORDERED.contains(&k.as_str()))
                };
                out.insert(k.clone(), v);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| reversed(v, false)).collect()),
        other => other.clone(),
    }
}

/// Every schema of a contract, keyed by the JSON pointer it is written at, rendered without
/// its line and column and with every schema reference replaced by its target's pointer.
fn schemas(c: &Contract) -> BTreeMap<String, Vec<String>> {
    let pointer = |id: SchemaId| {
        c.schemas
            .get(id)
            .loc
            .as_ref()
            .map_or_else(|| "?".to_string(), |l| l.pointer.clone())
    };
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, s) in c.schemas.iter() {
        let mut s = s.clone();
        s.loc = None;
        // Extensions are a bag of annotations: their order is not meaning.
        s.extensions.sort_keys();
        let text = format!("{s:?}");
        // `SchemaId(12)` → the pointer of schema 12.
        let mut rendered = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("SchemaId(") {
            rendered.push_str(&rest[..at]);
            let after = &rest[at + "SchemaId(".len()..];
            let end = after.find(')').unwrap_or(after.len());
            match after[..end].parse::<u32>() {
                Ok(n) => rendered.push_str(&format!("<{}>", pointer(SchemaId(n)))),
                Err(_) => rendered.push_str(&rest[at..at + "SchemaId(".len() + end]),
            }
            rest = &after[(end + 1).min(after.len())..];
        }
        rendered.push_str(rest);
        out.entry(pointer(id)).or_default().push(rendered);
    }
    for v in out.values_mut() {
        v.sort();
    }
    out
}

#[test]
fn every_corpus_schema_reads_the_same_in_any_key_order() {
    let docs = accord_testkit::corpus_documents(&[]);
    let dir = std::env::temp_dir().join(format!("accord-key-order-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    let mut compared = 0;
    for (i, path) in docs.iter().enumerate() {
        let original = match accord_spec::load(path) {
            Ok(contract) => contract,
            // Not a contract (a README-like JSON beside the documents).
            Err(e) if e.kind == accord_spec::LoadErrorKind::NotAContract => continue,
            Err(e) => panic!("a corpus document does not load: {e}"),
        };
        // The document as the loader read it (its YAML 1.2 scalars, not another parser's).
        let Some(root) = original.sources.files.first() else {
            continue;
        };
        let value = root.root.to_json();
        let file = dir.join(format!("{i}.json"));
        std::fs::write(
            &file,
            serde_json::to_string(&reversed(&value, false)).unwrap(),
        )
        .unwrap();
        let shuffled = accord_spec::load(&file).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        compared += 1;
        let (a, b) = (schemas(&original), schemas(&shuffled));
        let differing: Vec<&String> = a
            .iter()
            .filter(|(k, v)| b.get(*k) != Some(*v))
            .map(|(k, _)| k)
            .chain(b.keys().filter(|k| !a.contains_key(*k)))
            .take(3)
            .collect();
        if !differing.is_empty() {
            let first = differing[0];
            let (x, y) = (
                a.get(first).map(|v| v.join("|")).unwrap_or_default(),
                b.get(first).map(|v| v.join("|")).unwrap_or_default(),
            );
            let at = x
                .char_indices()
                .zip(y.chars())
                .find(|((_, p), q)| p != q)
                .map_or(x.len().min(y.len()), |((i, _), _)| i);
            let window = |t: &str| {
                let start = t.floor_char_boundary(at.saturating_sub(60));
                let end = t.ceil_char_boundary((at + 80).min(t.len()));
                t[start..end].to_string()
            };
            failures.push(format!(
                "{}: schemas differ at {differing:?}\n  before: …{}…\n  after:  …{}…",
                path.display(),
                window(&x),
                window(&y)
            ));
        }
        let deltas = accord_diff::structural_diff(&original, &shuffled);
        if !deltas.is_empty() {
            failures.push(format!(
                "{}: {} deltas against its reordered self, first {:?}",
                path.display(),
                deltas.len(),
                deltas[0]
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(compared >= 40, "only {compared} documents compared");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

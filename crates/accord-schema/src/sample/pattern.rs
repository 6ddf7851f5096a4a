//! Strings matching a schema's `pattern`, drawn by `rand_regex` from the pattern's
//! `regex-syntax` parse.
//!
//! JSON Schema patterns are ECMA-262 and unanchored; `rand_regex` generates from a parsed
//! regex but refuses look-around assertions. So the parse is adapted before generating:
//! anchors and word boundaries are dropped (a string generated from the rest is a match of
//! the anchored pattern as a whole, and a `\b` is checked afterwards), and every character
//! class is narrowed to printable ASCII where it has any (`\d`, `\w` and `.` are Unicode
//! classes in `regex-syntax`, and a mock answer full of Tamil digits helps nobody). Each
//! draw is checked against the original pattern and the length bounds.

use rand::Rng;
use rand::rngs::StdRng;
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
    Repetition,
};

/// Draws per repetition limit before a pattern is given up.
const DRAWS: usize = 16;

/// A string matching `pattern` whose length (in characters) lies in `min..=max`, or why
/// none was found.
pub(super) fn matching(
    pattern: &str,
    min: usize,
    max: Option<usize>,
    rng: &mut StdRng,
) -> Result<String, String> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .map_err(|e| format!("the pattern `{pattern}` is not one the generator reads ({e})"))?;
    let check = regex::Regex::new(pattern).ok();
    let hir = printable(hir);
    let fits = |s: &str| {
        let n = s.chars().count();
        n >= min && max.is_none_or(|m| n <= m) && check.as_ref().is_none_or(|re| re.is_match(s))
    };
    // Unbounded repetitions (`+`, `*`, `{n,}`) repeat at most `limit` times: small first
    // (short, readable values), then large enough to reach `minLength`.
    let mut limits = vec![4, 16, min.max(16) as u32];
    if let Some(max) = max {
        limits.retain(|l| (*l as usize) <= max.max(1));
        limits.push(max.clamp(1, 256) as u32);
    }
    limits.dedup();
    for limit in limits {
        let Ok(generator) = rand_regex::Regex::with_hir(hir.clone(), limit) else {
            continue;
        };
        for _ in 0..DRAWS {
            let candidate: String = rng.sample(&generator);
            if fits(&candidate) {
                return Ok(candidate);
            }
        }
    }
    Err(format!(
        "no string matching `{pattern}` within the length bounds was found"
    ))
}

/// `hir` without look-around assertions, its classes narrowed to printable ASCII where
/// they have any.
fn printable(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Empty | HirKind::Look(_) => Hir::empty(),
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Class(Class::Unicode(class)) => {
            let mut ascii = ClassUnicode::new([ClassUnicodeRange::new(' ', '~')]);
            ascii.intersect(&class);
            Hir::class(Class::Unicode(if ascii.ranges().is_empty() {
                class
            } else {
                ascii
            }))
        }
        HirKind::Class(Class::Bytes(class)) => {
            let mut ascii = ClassBytes::new([ClassBytesRange::new(b' ', b'~')]);
            ascii.intersect(&class);
            Hir::class(Class::Bytes(if ascii.ranges().is_empty() {
                class
            } else {
                ascii
            }))
        }
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(printable(*rep.sub)),
            ..rep
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            sub: Box::new(printable(*capture.sub)),
            ..capture
        }),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(printable).collect()),
        HirKind::Alternation(parts) => Hir::alternation(parts.into_iter().map(printable).collect()),
    }
}

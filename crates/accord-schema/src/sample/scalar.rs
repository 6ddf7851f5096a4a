//! Strings and numbers within a schema's constraints: `format`, `pattern`, length bounds,
//! numeric bounds (inclusive or exclusive) and `multipleOf`.
//!
//! The `ordinal` of a value tells apart the items of a `uniqueItems` array: item `k` gets
//! a string with `k` appended, the `k`-th multiple above the lowest number allowed.

use accord_spec::{Schema, StringFormat};
use rand::rngs::StdRng;
use serde_json::{Number, Value};

use super::pattern;

/// Longest string built by padding to `minLength`.
const MAX_PAD: u64 = 100_000;

/// The plain value of a format with a known shape: what the generator writes, and what
/// the conformance runner sends where it draws no random value of the format.
pub fn format_example(format: StringFormat) -> &'static str {
    match format {
        StringFormat::DateTime => "2024-01-15T09:30:00Z",
        StringFormat::Date => "2024-01-15",
        StringFormat::Time => "09:30:00Z",
        StringFormat::Duration => "P1D",
        StringFormat::Uuid => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        StringFormat::Email => "user@example.com",
        StringFormat::Uri => "https://example.com/resource",
        StringFormat::UriReference => "/resource",
        StringFormat::UriTemplate => "https://example.com/{id}",
        StringFormat::Hostname => "example.com",
        StringFormat::Ipv4 => "192.0.2.1",
        StringFormat::Ipv6 => "2001:db8::1",
        StringFormat::JsonPointer => "/resource",
        StringFormat::RelativeJsonPointer => "0/resource",
        StringFormat::Regex => "^[a-z]+$",
        StringFormat::Byte => "aGVsbG8=",
        StringFormat::DecimalText => "10.00",
        StringFormat::IntegerText => "10",
        StringFormat::CountryCode => "US",
        StringFormat::CurrencyCode => "USD",
        StringFormat::Phone => "+15555550100",
    }
}

/// A string meeting the schema's constraints, or why none was found.
pub(super) fn string(schema: &Schema, ordinal: usize, rng: &mut StdRng) -> Result<String, String> {
    let min = schema.min_length.unwrap_or(0);
    let max = schema.max_length;
    if max.is_some_and(|max| max < min) {
        return Err(format!(
            "minLength {min} exceeds maxLength {}",
            max.unwrap_or(0)
        ));
    }
    if min > MAX_PAD {
        return Err(format!("minLength {min} is beyond the generator's budget"));
    }
    let (min, max) = (min as usize, max.map(|m| m as usize));
    let formatted = schema
        .format
        .as_deref()
        .and_then(StringFormat::parse)
        .map(format_example);
    if let Some(pattern) = &schema.pattern {
        // The format's value when it happens to match (an ISO date pattern), else a draw.
        if let Some(text) = formatted
            && ordinal == 0
            && fits_length(text, min, max)
            && regex::Regex::new(pattern).is_ok_and(|re| re.is_match(text))
        {
            return Ok(text.to_string());
        }
        return pattern::matching(pattern, min, max, rng);
    }
    let mut text = formatted.unwrap_or("string").to_string();
    if ordinal > 0 && formatted.is_none() {
        text.push_str(&ordinal.to_string());
    }
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = max {
        text = text.chars().take(max).collect();
    }
    Ok(text)
}

fn fits_length(text: &str, min: usize, max: Option<usize>) -> bool {
    let n = text.chars().count();
    n >= min && max.is_none_or(|m| n <= m)
}

/// A number meeting the schema's bounds and `multipleOf`: the allowed multiple nearest 1
/// (plus `ordinal` steps), an integer when `integer` or when one fits, or why none exists.
pub(super) fn number(schema: &Schema, integer: bool, ordinal: usize) -> Result<Value, String> {
    let (lo, hi) = (schema.minimum, schema.maximum);
    let above = |v: f64| {
        lo.is_none_or(|b| {
            if b.exclusive {
                v > b.value
            } else {
                v >= b.value
            }
        })
    };
    let below = |v: f64| {
        hi.is_none_or(|b| {
            if b.exclusive {
                v < b.value
            } else {
                v <= b.value
            }
        })
    };
    let step = match schema.multiple_of.filter(|m| m.is_finite() && *m > 0.0) {
        Some(m) if integer => lcm_with_one(m),
        Some(m) => m,
        None => 1.0,
    };
    // The range of multiples `k * step` within the bounds.
    let k_lo = lo.map_or(f64::NEG_INFINITY, |b| {
        let k = (b.value / step).ceil();
        if above(k * step) { k } else { k + 1.0 }
    });
    let k_hi = hi.map_or(f64::INFINITY, |b| {
        let k = (b.value / step).floor();
        if below(k * step) { k } else { k - 1.0 }
    });
    if k_lo <= k_hi {
        let preferred = (1.0 / step).ceil() + ordinal as f64;
        let k = preferred.clamp(k_lo, k_hi);
        return Ok(to_json(k * step, integer));
    }
    if integer || schema.multiple_of.is_some() {
        return Err(bounds_text(schema, "no multiple of", step));
    }
    // No integer lies strictly between close bounds: their midpoint does.
    let v = (lo.map_or(0.0, |b| b.value) + hi.map_or(0.0, |b| b.value)) / 2.0;
    if above(v) && below(v) {
        Ok(to_json(v, false))
    } else {
        Err(bounds_text(schema, "no number", 1.0))
    }
}

/// The smallest integer multiple of `m` (`0.5` → 1, `2.5` → 5), or `m` itself when there
/// is none near.
fn lcm_with_one(m: f64) -> f64 {
    (1..=1000)
        .map(|k| k as f64 * m)
        .find(|v| (v.round() - v).abs() < 1e-9)
        .unwrap_or(m)
}

fn bounds_text(schema: &Schema, what: &str, step: f64) -> String {
    let show = |b: Option<accord_spec::Bound>, open: &str, closed: &str| {
        b.map_or("unbounded".to_string(), |b| {
            format!("{}{}", if b.exclusive { open } else { closed }, b.value)
        })
    };
    format!(
        "{what} {step} lies within {} and {}",
        show(schema.minimum, ">", ">="),
        show(schema.maximum, "<", "<=")
    )
}

/// An integer when the value is one and fits i64 exactly; a float otherwise.
fn to_json(v: f64, integer: bool) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        if integer {
            return Value::from(v as i64);
        }
        return Number::from_f64(v).map_or(Value::from(v as i64), Value::Number);
    }
    Number::from_f64(v).map_or(Value::Null, Value::Number)
}

//! Drift: what a live API did beyond its contract, kept while `accord test` runs and
//! written as an OpenAPI Overlay 1.0 document, so a reviewer sees it as a patch to the
//! contract and can adopt it (`accord test --drift FILE`).
//!
//! Recorded, per operation and with how often each was seen: properties a response carried
//! that its schema does not declare (with the JSON type and string format inferred from the
//! values), string values outside a declared `enum`, status codes the operation does not
//! document, response headers the response does not document, and the `Deprecation`
//! (RFC 9745) and `Sunset` (RFC 8594) headers the contract does not say.
//!
//! Values are never copied into the overlay: a property's value gives only its type and
//! format, a header only its name. The exceptions are an undocumented enum value (it is the
//! API's vocabulary), kept only when it looks like a token rather than personal data, and
//! the dates of `Deprecation` and `Sunset`. Everything is kept in ordered maps and no time
//! of the run is written, so the same API answering the same requests gives the same bytes.

mod infer;
mod observe;
mod render;

pub use observe::Drift;

/// The calendar date (`YYYY-MM-DD`) of a `Sunset` HTTP-date (`Sat, 31 Dec 2026 23:59:59
/// GMT`, RFC 8594) or a `Deprecation` structured date (`@1688169599`, RFC 9745).
pub fn lifecycle_date(value: &str) -> Option<String> {
    let value = value.trim();
    if let Some(seconds) = value.strip_prefix('@') {
        let seconds: i64 = seconds.parse().ok()?;
        let date = time::OffsetDateTime::from_unix_timestamp(seconds).ok()?;
        return Some(format!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        ));
    }
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, day, month, year, _, zone] = parts.as_slice() else {
        return None;
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month))? + 1;
    let day: u8 = day.parse().ok()?;
    let year: u16 = year.parse().ok()?;
    (*zone == "GMT" && (1..=31).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::lifecycle_date;

    #[test]
    fn lifecycle_dates() {
        assert_eq!(
            lifecycle_date("Sat, 31 Dec 2026 23:59:59 GMT").as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(lifecycle_date("@1688169599").as_deref(), Some("2023-06-30"));
        assert_eq!(lifecycle_date("true"), None);
        assert_eq!(lifecycle_date("Sat, 31 Dec 2026 23:59:59 PST"), None);
    }
}

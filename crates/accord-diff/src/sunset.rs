//! Dates: today's UTC date, and the `YYYY-MM-DD` or HTTP-date (`Sunset` header, RFC 8594)
//! forms a sunset or expiry date is written in. Dates are checked against the calendar by
//! the `time` crate: `2025-02-31` is no date (and a sunset written so is a finding,
//! `sunset-date-invalid`).

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// `(year, month, day)` of a `YYYY-MM-DD…` (RFC 3339 date or date-time) or an HTTP-date
/// (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let y = s.get(0..4)?.parse().ok()?;
        let m = s.get(5..7)?.parse().ok()?;
        let d = s.get(8..10)?.parse().ok()?;
        return real(y, m, d);
    }
    let rest = s.split_once(',').map_or(s, |(_, r)| r).trim();
    let mut parts = rest.split_whitespace();
    let d: u32 = parts.next()?.parse().ok()?;
    let month = parts.next()?.to_ascii_lowercase();
    let m = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|n| month.starts_with(n))? as u32
        + 1;
    let y = parts.next()?.parse().ok()?;
    real(y, m, d)
}

/// The calendar day a sunset or expiry is written as (see [`parse_date`]).
pub fn parse_day(s: &str) -> Option<time::Date> {
    let (y, m, d) = parse_date(s)?;
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    time::Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()
}

/// `(year, month, day)` if that day exists in the calendar.
fn real(y: i32, m: u32, d: u32) -> Option<(i32, u32, u32)> {
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    time::Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()?;
    Some((y, m, d))
}

/// Whether `s` is written like a date (`YYYY-MM-DD…` or an HTTP-date with a month name)
/// whatever its values: a sunset written so but not a real day is a mistake worth
/// reporting, where free text (`soon`) is not a date at all.
pub(crate) fn looks_like_date(s: &str) -> bool {
    let b = s.trim().as_bytes();
    let iso = b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b[..4]
            .iter()
            .chain(&b[5..7])
            .chain(&b[8..10])
            .all(u8::is_ascii_digit);
    iso || (s.contains(',') && s.split_whitespace().count() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(parse_date("2025-06-30"), Some((2025, 6, 30)));
        assert_eq!(parse_date("2025-06-30T00:00:00Z"), Some((2025, 6, 30)));
        assert_eq!(
            parse_date("Mon, 30 Jun 2025 23:59:59 GMT"),
            Some((2025, 6, 30))
        );
        assert_eq!(parse_date("soon"), None);
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("2025-13-01"), None);
        assert_eq!(parse_date("2025-02-31"), None);
        assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(parse_date("2025-02-29"), None);
        assert_eq!(parse_date("Sat, 31 Apr 2027 00:00:00 GMT"), None);
        assert!(looks_like_date("2025-02-31"));
        assert!(!looks_like_date("soon"));
        assert!(parse_date(&today_utc()).is_some());
    }
}

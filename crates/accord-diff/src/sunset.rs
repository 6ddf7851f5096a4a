//! Dates: today's UTC date, and the `YYYY-MM-DD` or HTTP-date (`Sunset` header, RFC 8594)
//! forms a sunset or expiry date is written in.

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
        return ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d));
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
    (1..=31).contains(&d).then_some((y, m, d))
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
        assert!(parse_date(&today_utc()).is_some());
    }
}

//! Accepted changes: a reviewed exception list (check ID, operation or channel, reason,
//! expiry date). An accepted change is downgraded to info with `accepted: <reason>`; an
//! exception whose expiry date has passed accepts nothing and fails the gate with a
//! breaking `exception-expired` change.

use accord_report::{Change, ChangeLevel, DiffReport};
use serde::Deserialize;

use crate::sunset::parse_date;

/// One reviewed exception.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Exception {
    /// The check ID it accepts.
    pub id: String,
    /// `METHOD /path`; `None` accepts the check on every operation.
    #[serde(default)]
    pub operation: Option<String>,
    /// Channel name (events); `None` accepts the check on every channel.
    #[serde(default)]
    pub channel: Option<String>,
    pub reason: String,
    /// `YYYY-MM-DD`; the exception no longer applies after this day.
    #[serde(default)]
    pub expires: Option<String>,
}

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    exceptions: Vec<Exception>,
}

/// Parses a TOML file holding `[[exceptions]]` tables.
pub fn parse_exceptions(text: &str) -> Result<Vec<Exception>, String> {
    toml::from_str::<File>(text)
        .map(|f| f.exceptions)
        .map_err(|e| e.to_string())
}

impl Exception {
    fn matches(&self, c: &Change) -> bool {
        c.id == self.id
            && self
                .operation
                .as_ref()
                .is_none_or(|o| c.operation.as_deref() == Some(o.as_str()))
            && self
                .channel
                .as_ref()
                .is_none_or(|ch| c.channel.as_deref() == Some(ch.as_str()))
    }

    /// `Some(why)` when the exception no longer applies on `today` (`YYYY-MM-DD`).
    fn expired(&self, today: &str) -> Option<String> {
        let expires = self.expires.as_deref()?;
        match (parse_date(expires), parse_date(today)) {
            (Some(e), Some(t)) if e < t => Some(format!("expired on {expires}")),
            (None, _) => Some(format!(
                "has an unreadable expiry date `{expires}` (expected YYYY-MM-DD)"
            )),
            _ => None,
        }
    }
}

/// Applies `exceptions` to `report` as of `today` (`YYYY-MM-DD`).
pub fn apply_exceptions(report: &mut DiffReport, exceptions: &[Exception], today: &str) {
    let mut expired = Vec::new();
    for ex in exceptions {
        if let Some(why) = ex.expired(today) {
            let subject = ex
                .operation
                .clone()
                .or_else(|| ex.channel.as_ref().map(|c| format!("channel {c}")))
                .unwrap_or_else(|| "every operation".to_string());
            expired.push(Change {
                id: "exception-expired".to_string(),
                level: ChangeLevel::Breaking,
                operation: ex.operation.clone(),
                channel: ex.channel.clone(),
                message: format!(
                    "the accepted exception for `{}` on {subject} {why}: {}",
                    ex.id, ex.reason
                ),
                old: None,
                new: None,
                affects: Vec::new(),
                group: String::new(),
                place: String::new(),
            });
            continue;
        }
        for c in report.changes.iter_mut().filter(|c| ex.matches(c)) {
            if c.message.contains("(accepted: ") {
                continue;
            }
            c.level = ChangeLevel::Info;
            c.message = format!("{} (accepted: {})", c.message, ex.reason);
        }
    }
    report.changes.extend(expired);
    report.sort();
}

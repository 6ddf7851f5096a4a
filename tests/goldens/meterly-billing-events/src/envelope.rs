//! A CloudEvents 1.0 envelope (JSON format) around a message of Meterly Billing Webhooks: event id,
//! source, type, occurred-at time, and the extension attributes `tenantid`,
//! `correlationid` and `schemaversion`. Built with the standard library only: the id is a
//! UUID v4 from the process's hash seed, the time RFC 3339 UTC from the system clock.
use std::hash::{BuildHasher, Hasher};

use std::sync::atomic::{AtomicU64, Ordering};

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A message with its envelope attributes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Envelope<T = serde_json::Value> {
    /// Always `1.0`.
    pub specversion: String,
    /// Unique per event: consumers de-duplicate on it.
    pub id: String,
    /// Where the event was published (the channel address).
    pub source: String,
    /// The message name.
    #[serde(rename = "type")]
    pub event_type: String,
    /// When the event occurred (RFC 3339).
    #[serde(rename = "time")]
    pub occurred_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datacontenttype: Option<String>,
    /// The tenant the event belongs to.
    #[serde(rename = "tenantid", default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// The id of the request or workflow that caused the event.
    #[serde(rename = "correlationid", default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// The version of the message schema.
    #[serde(rename = "schemaversion", default, skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<String>,
    /// The message.
    pub data: T,
}

/// Top-level payload properties that carry envelope attributes (JSON names).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PayloadFields {
    pub id: Option<&'static str>,
    pub occurred_at: Option<&'static str>,
    pub tenant: Option<&'static str>,
    pub correlation_id: Option<&'static str>,
    pub schema_version: Option<&'static str>,
}

impl<T> Envelope<T> {
    /// An envelope with a new UUID v4 id, occurring now.
    pub fn new(
        event_type: impl Into<String>,
        source: impl Into<String>,
        data: T,
    ) -> Self {
        Self {
            specversion: "1.0".to_owned(),
            id: new_event_id(),
            source: source.into(),
            event_type: event_type.into(),
            occurred_at: now_rfc3339(),
            datacontenttype: Some("application/json".to_owned()),
            tenant: None,
            correlation_id: None,
            schema_version: None,
            data,
        }
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = id.into();
        self
    }

    pub fn with_occurred_at(mut self, occurred_at: impl Into<String>) -> Self {
        self.occurred_at = occurred_at.into();
        self
    }

    pub fn with_tenant(mut self, tenant: impl Into<String>) -> Self {
        self.tenant = Some(tenant.into());
        self
    }

    pub fn with_correlation_id(mut self, correlation_id: impl Into<String>) -> Self {
        self.correlation_id = Some(correlation_id.into());
        self
    }

    pub fn with_schema_version(mut self, schema_version: impl Into<String>) -> Self {
        self.schema_version = Some(schema_version.into());
        self
    }
}

impl Envelope<serde_json::Value> {
    /// Takes every attribute `fields` names from the payload, where it is a string.
    pub fn filled_from_data(mut self, fields: &PayloadFields) -> Self {
        let text = |name: Option<&str>| {
            name.and_then(|n| self.data.get(n))
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned)
        };
        let (id, occurred_at, tenant, correlation_id, schema_version) = (
            text(fields.id),
            text(fields.occurred_at),
            text(fields.tenant),
            text(fields.correlation_id),
            text(fields.schema_version),
        );
        if let Some(id) = id {
            self.id = id;
        }
        if let Some(occurred_at) = occurred_at {
            self.occurred_at = occurred_at;
        }
        self.tenant = tenant.or(self.tenant);
        self.correlation_id = correlation_id.or(self.correlation_id);
        self.schema_version = schema_version.or(self.schema_version);
        self
    }

    /// The data read as `T` (a channel enum, or one message type).
    pub fn data_as<T: serde::de::DeserializeOwned>(
        &self,
    ) -> std::result::Result<T, serde_json::Error> {
        serde_json::from_value(self.data.clone())
    }
}

/// A random UUID v4. The randomness comes from `std`'s per-process hash keys, mixed with
/// the clock, the process id and a counter, so ids differ across calls and processes.
pub fn new_event_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);

    let count = COUNTER.fetch_add(1, Ordering::Relaxed);

    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut bytes = [0u8; 16];

    for (half, chunk) in bytes.chunks_mut(8).enumerate() {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(nanos);
        hasher.write_u64(count);
        hasher.write_u32(std::process::id());
        hasher.write_usize(half);
        chunk.copy_from_slice(&hasher.finish().to_be_bytes());
    }

    bytes[6] = (bytes[6] & 0x0f) | 0x40;

    bytes[8] = (bytes[8] & 0x3f) | 0x80;

    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();

    format!(
        "{}-{}-{}-{}-{}", & hex[0..8], & hex[8..12], & hex[12..16], & hex[16..20], &
        hex[20..32]
    )
}

/// The current time, RFC 3339 UTC with milliseconds.
pub fn now_rfc3339() -> String {
    rfc3339(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default())
}

/// RFC 3339 UTC with milliseconds of a time since the Unix epoch.
pub fn rfc3339(since_epoch: Duration) -> String {
    let secs = since_epoch.as_secs() as i64;

    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));

    let z = days + 719_468;

    let era = z.div_euclid(146_097);

    let day_of_era = z.rem_euclid(146_097);

    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524
        - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era
        - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;

    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;

    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };

    let year = year_of_era + era * 400 + i64::from(month <= 2);

    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z", rest / 3_600, rest %
        3_600 / 60, rest % 60, since_epoch.subsec_millis()
    )
}

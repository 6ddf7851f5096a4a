//! What a run is told: where the API is, how to authenticate, how far it may go.

use std::time::Duration;

/// One tenant: a name and the header that authenticates it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenant {
    pub name: String,
    pub header: (String, String),
}

impl Tenant {
    /// Parses `NAME='K: V'` (quotes optional).
    pub fn parse(text: &str) -> Result<Tenant, RunError> {
        let (name, header) = text.split_once('=').ok_or_else(|| {
            RunError::Usage(format!(
                "--tenant expects NAME='K: V', got `{}`",
                redact(text)
            ))
        })?;
        let name = name.trim();
        if name.is_empty() {
            return Err(RunError::Usage("--tenant needs a name before `=`".into()));
        }
        let header = parse_header(header.trim().trim_matches('\'').trim_matches('"'))?;
        Ok(Tenant {
            name: name.to_string(),
            header,
        })
    }
}

/// Parses `K: V` into a header pair.
pub fn parse_header(text: &str) -> Result<(String, String), RunError> {
    let (k, v) = text.split_once(':').ok_or_else(|| {
        RunError::Usage(format!(
            "a header must look like 'K: V', got `{}`",
            redact(text)
        ))
    })?;
    let k = k.trim();
    if k.is_empty()
        || !k
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_!#$%&'*+.^`|~".contains(&b))
    {
        return Err(RunError::Usage(format!("`{k}` is not a valid header name")));
    }
    Ok((k.to_string(), v.trim().to_string()))
}

fn redact(text: &str) -> String {
    match text.split_once(':') {
        Some((k, _)) => format!("{k}: ***"),
        None => "***".into(),
    }
}

/// Everything a run needs besides the contract.
#[derive(Clone, Debug)]
pub struct RunConfig {
    /// Base URL the contract's paths are appended to.
    pub base_url: String,
    /// Headers sent with every request (credentials; never printed).
    pub headers: Vec<(String, String)>,
    /// Tenants; the first authenticates ordinary requests, two or more enable isolation checks.
    pub tenants: Vec<Tenant>,
    /// Send POST, PUT, PATCH and DELETE; otherwise only GET, HEAD and OPTIONS.
    pub allow_mutations: bool,
    /// Generated cases per operation (examples come first and count towards it).
    pub max_examples: u32,
    /// Seed of every random choice.
    pub seed: u64,
    /// Requests per second at most.
    pub rate_limit: Option<f64>,
    /// Check IDs to run; empty means all.
    pub checks: Vec<String>,
    /// Hard cap on requests sent.
    pub max_requests: u64,
    /// Hard cap on the wall-clock time of the run.
    pub max_duration: Duration,
    /// Timeout of one request.
    pub request_timeout: Duration,
    /// Longest `Retry-After` the runner honours; longer waits end the retries.
    pub max_retry_wait: Duration,
    /// Show a progress bar (on a terminal, not in CI).
    pub progress: bool,
    /// Steps spent shrinking one failing generated case.
    pub max_shrink_steps: u32,
    /// Largest response body read (after decompression); a bigger one is a failure.
    pub max_response_bytes: usize,
    /// Becomes `true` when the run must stop (Ctrl-C); the report of what ran is kept.
    pub interrupt: Option<tokio::sync::watch::Receiver<bool>>,
    /// Requests in flight at once, all behind the shared pacer ([`DEFAULT_WORKERS`]). The
    /// cases and the report's order do not depend on it: reads and creates of a batch go
    /// concurrently, other writes to a resource in order (`runner/lanes.rs`).
    pub workers: usize,
    /// Where to record what the API does beyond the contract (`--drift`); every response
    /// received is shown to it.
    pub drift: Option<std::sync::Arc<crate::drift::Drift>>,
}

/// The default number of requests in flight: a remote API answers in 100–300 ms, so one
/// at a time would leave a run waiting on the network nearly all the time.
pub const DEFAULT_WORKERS: usize = 8;

/// The default cap on a response body: 8 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 << 20;

impl Default for RunConfig {
    fn default() -> Self {
        RunConfig {
            base_url: String::new(),
            headers: Vec::new(),
            tenants: Vec::new(),
            allow_mutations: false,
            max_examples: 50,
            seed: 0,
            rate_limit: None,
            checks: Vec::new(),
            max_requests: 20_000,
            max_duration: Duration::from_secs(600),
            request_timeout: Duration::from_secs(10),
            max_retry_wait: Duration::from_secs(30),
            progress: false,
            max_shrink_steps: 150,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            interrupt: None,
            workers: DEFAULT_WORKERS,
            drift: None,
        }
    }
}

impl RunConfig {
    /// Every secret the run was given, with the environment variable a reproduction names
    /// in its place: `--header` values, tenant credentials and the base URL's password.
    /// Headers that name an identifier (`Xero-Tenant-Id`) are not secrets and are shown.
    pub fn secrets(&self) -> Vec<crate::curl::Secret> {
        use crate::curl::{Secret, env_name};
        let mut out: Vec<Secret> = self
            .headers
            .iter()
            .filter(|(k, _)| !is_identifier_header(k))
            .map(|(k, v)| Secret {
                header: Some(k.clone()),
                value: v.clone(),
                env: env_name(&["HEADER", k]),
            })
            .collect();
        out.extend(
            self.tenants
                .iter()
                .filter(|t| !is_identifier_header(&t.header.0))
                .map(|t| Secret {
                    header: Some(t.header.0.clone()),
                    value: t.header.1.clone(),
                    env: env_name(&["TENANT", &t.name, &t.header.0]),
                }),
        );
        if let Ok(url) = reqwest::Url::parse(self.base_url.trim()) {
            if let Some(pw) = url.password() {
                let pw = percent_encoding::percent_decode_str(pw)
                    .decode_utf8_lossy()
                    .into_owned();
                out.push(Secret {
                    header: None,
                    value: pw,
                    env: env_name(&["BASE_URL", "PASSWORD"]),
                });
            }
        }
        out
    }

    /// Whether the check `id` is selected.
    pub fn check_enabled(&self, id: &str) -> bool {
        self.checks.is_empty() || self.checks.iter().any(|c| c == id)
    }
}

/// Whether a header names an identifier rather than a credential (`Xero-Tenant-Id`,
/// `X-Org-ID`): its value is shown in reproductions.
pub fn is_identifier_header(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    let secretive = [
        "auth",
        "key",
        "token",
        "secret",
        "password",
        "signature",
        "cookie",
        "session",
    ]
    .iter()
    .any(|w| n.contains(w));
    !secretive && (n.ends_with("-id") || n.ends_with("_id"))
}

/// Why a run could not happen at all (exit code 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// The server did not answer.
    Unreachable(String),
    /// Bad arguments (a malformed header, an unknown check ID, a bad URL).
    Usage(String),
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RunError::Unreachable(m) => write!(f, "server unreachable: {m}"),
            RunError::Usage(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for RunError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tenants_and_headers() {
        let t = Tenant::parse("acme='Authorization: Bearer x1y2'").unwrap();
        assert_eq!(t.name, "acme");
        assert_eq!(t.header, ("Authorization".into(), "Bearer x1y2".into()));
        assert!(Tenant::parse("nope").is_err());
        let err = parse_header("Bad Name secret").unwrap_err().to_string();
        assert!(!err.contains("secret"), "{err}");
        assert!(parse_header("X Y: z").is_err());
    }
}

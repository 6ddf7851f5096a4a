//! The contract conventions every analyser shares, coded once.
//!
//! A status key (`200`, `4XX`, `default`) and the "which documented response covers this
//! status" lookup, media ranges (`is this JSON`, `does this range cover that type`),
//! parameter styles, OAuth flow kinds, path keys that carry a selector (`/#X-Amz-Target=…`), string formats with a known shape, and the header
//! names that carry correlation IDs, idempotency keys, tenants, rate limits and
//! deprecation. Lint, diff, codegen, conformance and the mock
//! all read these types; a copy of any of them elsewhere in `crates/` is a defect (a tidy
//! test, `tests/tests/conventions_tidy.rs`, looks for the usual copies).

mod format;
mod headers;
mod media;
mod oauth;
mod path_key;
mod status;
mod style;

pub use format::StringFormat;
pub use headers::{HeaderRole, is_tenant_parameter};
pub use media::MediaRange;
pub use oauth::OAuthFlowKind;
pub use path_key::{PathKey, Selector, SelectorIn};
pub use status::StatusKey;
pub use style::ParamStyle;

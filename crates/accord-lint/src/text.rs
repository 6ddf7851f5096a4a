//! Word heuristics shared by naming rules: splitting identifiers into words, plural nouns,
//! verbs, and the JSON-ish media types.

/// Lower-case words of an identifier in any case (`salesOrders`, `sales_orders`,
/// `sales-orders` → `["sales", "orders"]`).
pub fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Nouns that are already plural or uncountable though they do not end in `s`.
const PLURAL_EXCEPTIONS: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "data",
    "media",
    "criteria",
    "feedback",
    "metadata",
    "info",
    "information",
    "staff",
    "inventory",
    "stock",
    "equipment",
    "software",
    "me",
    "search",
    "audit",
    "billing",
    "config",
    "configuration",
    "settings",
    "health",
    "status",
    "usage",
    "payroll",
    "accounting",
    "content",
    "history",
    "analytics",
    "news",
    "series",
];

/// Whether a collection noun (the last word of a segment) reads as plural.
pub fn is_plural(segment: &str) -> bool {
    let Some(last) = words(segment).pop() else {
        return true;
    };
    if last.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    // `loss`, `access`, `analysis`, `basis` end in `s` but are singular.
    let singular_s = last.ends_with("ss") || last.ends_with("is");
    (last.ends_with('s') && !singular_s) || PLURAL_EXCEPTIONS.contains(&last.as_str())
}

/// Verbs that name CRUD actions the HTTP method already says.
pub const CRUD_VERBS: &[&str] = &[
    "get", "list", "create", "update", "delete", "remove", "add", "fetch", "retrieve", "set",
    "insert", "modify", "edit", "put", "post", "patch", "make", "do", "read", "write",
];

/// The CRUD verb a path segment starts with, if any.
pub fn leading_verb(segment: &str) -> Option<&'static str> {
    let first = words(segment).into_iter().next()?;
    CRUD_VERBS.iter().copied().find(|v| *v == first)
}

/// The static segments of a path template, without the version segment (`v1`).
pub fn static_segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.contains('{') && !is_version_segment(s))
}

/// `v1`, `v2beta`, `2024-01-01`-style segments.
pub fn is_version_segment(segment: &str) -> bool {
    let rest = segment.strip_prefix('v').unwrap_or(segment);
    rest.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words() {
        assert_eq!(words("salesOrders"), ["sales", "orders"]);
        assert_eq!(words("sales_orders"), ["sales", "orders"]);
        assert_eq!(words("X-Tenant-ID"), ["x", "tenant", "id"]);
        assert!(is_plural("sales-orders"));
        assert!(!is_plural("customer"));
        assert!(!is_plural("ProfitAndLoss"));
        assert!(!is_plural("access"));
        assert!(is_plural("addresses"));
        assert_eq!(leading_verb("getCustomers"), Some("get"));
        assert_eq!(leading_verb("targets"), None);
    }
}

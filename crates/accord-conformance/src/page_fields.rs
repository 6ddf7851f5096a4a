//! How a list response announces its next page: the names of the fields that carry the
//! next cursor (or the next page's URL), of the flags that say whether another page
//! follows, and of the objects that hold them. One convention for both sides: the mock
//! writes these fields (`mock/pagination.rs`) and `accord test` reads them
//! (`plan::next_cursor`), so a name one side knows the other knows too (AWS's `nextToken`
//! was written by the mock and never read by the runner, whose walks stopped at page 1).
//!
//! Names are compared without case or separators (`next_page_token` is `nextPageToken`),
//! the request's paging parameters (`plan::is_cursor_param`, `plan::is_limit_param`) too.

/// `nextPageToken` → `nextpagetoken`.
pub fn normalized(key: &str) -> String {
    key.to_ascii_lowercase().replace(['-', '_'], "")
}

/// Fields that carry the next page's cursor or URL, most specific first: a body with both
/// a `nextCursor` and a `cursor` (the current page's) pages by `nextCursor`.
const NEXT_CURSOR_FIELDS: [&str; 9] = [
    "nextcursor",
    "nextpagetoken",
    "nexttoken",
    "continuationtoken",
    "nextpage",
    "nextpageurl",
    "nextlink",
    "next",
    "cursor",
];

/// Where `name` (normalized) ranks among the next-cursor fields; `None` when it is not one.
pub fn next_cursor_rank(norm: &str) -> Option<usize> {
    NEXT_CURSOR_FIELDS.iter().position(|f| *f == norm)
}

/// Whether `norm` (normalized) names a field that carries the next page's cursor or URL.
pub fn is_next_cursor_field(norm: &str) -> bool {
    next_cursor_rank(norm).is_some()
}

/// Whether `norm` (normalized) names a field that carries a URL by name (`nextLink`),
/// whatever its documented sample looks like.
pub fn is_next_url_field(norm: &str) -> bool {
    matches!(norm, "next" | "nextpage" | "nextpageurl" | "nextlink")
}

/// Whether `norm` (normalized) names a flag that says whether another page follows.
pub fn is_more_flag(norm: &str) -> bool {
    matches!(
        norm,
        "hasmore" | "hasnext" | "hasnextpage" | "more" | "hasmoreresults" | "moreresults"
    )
}

/// Objects of a list body that hold its paging fields (`{"meta": {"nextCursor": ..}}`),
/// at the top or inside one another (`meta.cursors`).
pub const CONTAINERS: [&str; 9] = [
    "pagination",
    "meta",
    "page",
    "paging",
    "page_info",
    "pageInfo",
    "links",
    "_links",
    CURSORS,
];

/// The container that holds raw cursors by role (`{"meta": {"cursors": {"previous": ..,
/// "next": ..}}}`, Apideck): its `next` is the next page's cursor, not its URL.
pub const CURSORS: &str = "cursors";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_without_case_or_separators() {
        assert!(is_next_cursor_field(&normalized("nextToken")));
        assert!(is_next_cursor_field(&normalized("next_page_token")));
        assert!(is_more_flag(&normalized("has_more")));
        assert!(next_cursor_rank("nextcursor") < next_cursor_rank("cursor"));
        assert!(!is_next_cursor_field(&normalized("previous")));
    }
}

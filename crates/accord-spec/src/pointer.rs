//! JSON pointers (RFC 6901) as the model uses them: `/paths/~1customers/get`.

/// Escapes one reference token.
pub fn escape(token: &str) -> String {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1")
    } else {
        token.to_string()
    }
}

/// Unescapes one reference token.
pub fn unescape(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_string()
    }
}

/// Appends a token to a pointer.
pub fn push(pointer: &str, token: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    out.push('/');
    out.push_str(&escape(token));
    out
}

/// Splits a pointer into unescaped tokens. `""` and `"/"`-less input yield no tokens.
pub fn split(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(unescape)
        .collect()
}

/// Decodes the `%XX` escapes a URI fragment may carry (`#/paths/~1a%7Bid%7D`).
pub fn percent_decode(fragment: &str) -> String {
    if !fragment.contains('%') {
        return fragment.to_string();
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| fragment.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_tokens() {
        assert_eq!(
            push("/paths", "/customers/{id}"),
            "/paths/~1customers~1{id}"
        );
        assert_eq!(
            split("/paths/~1customers~1{id}/get"),
            vec!["paths", "/customers/{id}", "get"]
        );
        assert_eq!(unescape("a~0b~1c"), "a~b/c");
        assert_eq!(percent_decode("~1a%7Bid%7D"), "~1a{id}");
        assert_eq!(percent_decode("100%"), "100%");
    }
}

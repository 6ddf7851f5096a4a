//! A failing request as a runnable curl command, with every credential masked: the
//! well-known secret headers and parameters by pattern, and the values the run was given
//! (`--header`, `--tenant`) wherever they appear.

use accord_spec::Method;

use crate::request::HttpRequest;

/// The curl command reproducing `req`, masked with `secrets`.
pub fn command(req: &HttpRequest, secrets: &[String]) -> String {
    let mut out = String::from("curl");
    if req.method == Method::Head {
        out.push_str(" -I");
    } else if req.method != Method::Get || req.body.is_some() {
        out.push_str(" -X ");
        out.push_str(req.method.upper());
    }
    out.push(' ');
    out.push_str(&quote(&req.url));
    for (k, v) in &req.headers {
        out.push_str(" -H ");
        out.push_str(&quote(&format!("{k}: {v}")));
    }
    if let Some(body) = &req.body {
        out.push_str(" --data-raw ");
        out.push_str(&quote(&String::from_utf8_lossy(body)));
    }
    let refs: Vec<&str> = secrets.iter().map(String::as_str).collect();
    accord_report::mask_known(&out, &refs)
}

/// POSIX shell single quotes.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_and_quotes() {
        let req = HttpRequest {
            method: Method::Post,
            url: "http://127.0.0.1:1/v1/customers".into(),
            headers: vec![
                ("Authorization".into(), "Bearer acme-secret".into()),
                ("X-Tenant".into(), "tenant-key-42".into()),
            ],
            body: Some(br#"{"name":"O'Brien"}"#.to_vec()),
        };
        let cmd = command(&req, &["tenant-key-42".into()]);
        assert_eq!(
            cmd,
            r#"curl -X POST 'http://127.0.0.1:1/v1/customers' -H 'Authorization: ***' -H 'X-Tenant: ***' --data-raw '{"name":"O'\''Brien"}'"#
        );
    }
}

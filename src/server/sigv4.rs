//! AWS Signature Version 4 on incoming requests: the credential scope (which names the region
//! and access key) and the signature check for access keys configured in the keystore.

use crate::crypto::{mac, random};
use hyper::HeaderMap;
use sha2::{Digest, Sha256};

/// The parts of an `Authorization: AWS4-HMAC-SHA256 ...` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// The access key ID.
    pub access_key_id: String,
    /// The scope's date (YYYYMMDD).
    pub date: String,
    /// The scope's region.
    pub region: String,
    /// The scope's service (`kms`).
    pub service: String,
    /// The signed header names, lower case, in the order given.
    pub signed_headers: Vec<String>,
    /// The signature, lower-case hex.
    pub signature: String,
}

/// Parses an Authorization header; `None` if it is not a complete SigV4 header.
pub fn parse(header: &str) -> Option<Authorization> {
    let rest = header.strip_prefix("AWS4-HMAC-SHA256")?.trim_start();
    let (mut credential, mut signed, mut signature) = (None, None, None);
    for part in rest.split(',') {
        let (k, v) = part.trim().split_once('=')?;
        match k {
            "Credential" => credential = Some(v),
            "SignedHeaders" => signed = Some(v),
            "Signature" => signature = Some(v),
            _ => {}
        }
    }
    let scope: Vec<&str> = credential?.split('/').collect();
    let [access_key_id, date, region, service, "aws4_request"] = scope.as_slice() else {
        return None;
    };
    Some(Authorization {
        access_key_id: access_key_id.to_string(),
        date: date.to_string(),
        region: region.to_string(),
        service: service.to_string(),
        signed_headers: signed?.split(';').map(str::to_ascii_lowercase).collect(),
        signature: signature?.to_ascii_lowercase(),
    })
}

/// One signed request as the server received it.
pub struct Request<'a> {
    /// The HTTP method.
    pub method: &'a str,
    /// The path, as sent (already URI-encoded).
    pub path: &'a str,
    /// The query string without `?`.
    pub query: &'a str,
    /// The headers.
    pub headers: &'a HeaderMap,
    /// The body.
    pub body: &'a [u8],
}

fn hex_sha256(data: &[u8]) -> String {
    random::to_hex(&Sha256::digest(data))
}

/// Header values as SigV4 canonicalises them: trimmed, inner runs of spaces made one.
fn canonical_value(v: &[u8]) -> String {
    String::from_utf8_lossy(v)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The canonical request of SigV4 (method, path, sorted query, signed headers, payload hash).
fn canonical_request(auth: &Authorization, req: &Request) -> String {
    let mut query: Vec<&str> = req.query.split('&').filter(|p| !p.is_empty()).collect();
    query.sort_unstable();
    let mut headers = String::new();
    for name in &auth.signed_headers {
        let values: Vec<String> = req
            .headers
            .get_all(name.as_str())
            .iter()
            .map(|v| canonical_value(v.as_bytes()))
            .collect();
        headers.push_str(&format!("{name}:{}\n", values.join(",")));
    }
    let payload = req
        .headers
        .get("x-amz-content-sha256")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| hex_sha256(req.body));
    let path = if req.path.is_empty() { "/" } else { req.path };
    format!(
        "{}\n{path}\n{}\n{headers}\n{}\n{payload}",
        req.method,
        query.join("&"),
        auth.signed_headers.join(";")
    )
}

/// True if the request carries a correct signature made with `secret`.
pub fn verify(auth: &Authorization, secret: &str, req: &Request) -> bool {
    let Some(amz_date) = req.headers.get("x-amz-date").and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let scope = format!(
        "{}/{}/{}/aws4_request",
        auth.date, auth.region, auth.service
    );
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex_sha256(canonical_request(auth, req).as_bytes())
    );
    let Some(given) = random::from_hex(&auth.signature) else {
        return false;
    };
    mac::sigv4_matches(
        secret,
        [&auth.date, &auth.region, &auth.service],
        to_sign.as_bytes(),
        &given,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the AWS SigV4 documentation's test suite ("get-vanilla").
    #[test]
    fn aws_test_suite_get_vanilla() {
        let header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        let auth = parse(header).unwrap();
        assert_eq!(auth.region, "us-east-1");
        assert_eq!(auth.access_key_id, "AKIDEXAMPLE");
        let mut headers = HeaderMap::new();
        headers.insert("host", "example.amazonaws.com".parse().unwrap());
        headers.insert("x-amz-date", "20150830T123600Z".parse().unwrap());
        let req = Request {
            method: "GET",
            path: "/",
            query: "",
            headers: &headers,
            body: b"",
        };
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        assert!(verify(&auth, secret, &req));
        assert!(!verify(&auth, "another secret", &req));
        let mut other = auth.clone();
        other.region = "us-west-2".into();
        assert!(!verify(&other, secret, &req));
    }

    #[test]
    fn malformed_headers_do_not_parse() {
        for h in [
            "",
            "AWS4-HMAC-SHA256",
            "AWS4-HMAC-SHA256 Credential=a/b/c, SignedHeaders=host, Signature=00",
            "Basic dXNlcjpwYXNz",
            "AWS4-HMAC-SHA256 Credential=a/b/c/d/aws4_request, SignedHeaders=host",
        ] {
            assert!(parse(h).is_none(), "{h}");
        }
    }
}

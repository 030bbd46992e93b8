//! AWS Signature Version 4: the canonical request and string to sign, shared by the signer
//! (requests lkms sends to an XKS proxy) and the checker (requests `lkms serve` receives).
//! The signing-key chain itself is [`super::mac::sigv4_sign`] / [`super::mac::sigv4_matches`].

use super::{mac, random};
use sha2::{Digest, Sha256};

/// The only algorithm SigV4 names.
pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The credential scope of a signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope<'a> {
    /// The date, `YYYYMMDD` (UTC).
    pub date: &'a str,
    /// The region, e.g. `us-east-1`.
    pub region: &'a str,
    /// The service, e.g. `kms` or `kms-xks-proxy`.
    pub service: &'a str,
}

impl Scope<'_> {
    /// `date/region/service/aws4_request`.
    pub fn to_credential_scope(&self) -> String {
        format!(
            "{}/{}/{}/aws4_request",
            self.date, self.region, self.service
        )
    }

    fn parts(&self) -> [&str; 3] {
        [self.date, self.region, self.service]
    }
}

/// Lower-case hex SHA-256, the payload hash SigV4 uses.
pub fn hex_sha256(data: &[u8]) -> String {
    random::to_hex(&Sha256::digest(data))
}

/// A header value as SigV4 canonicalises it: trimmed, inner runs of spaces made one.
pub fn canonical_value(v: &[u8]) -> String {
    String::from_utf8_lossy(v)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The canonical request. `headers` are the signed headers in the order they are listed in
/// `SignedHeaders`, as (lower-case name, canonical value); `query` is the raw query string,
/// whose `&`-separated parameters are sorted here.
pub fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(&str, String)],
    payload_hash: &str,
) -> String {
    let mut params: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
    params.sort_unstable();
    let mut canonical_headers = String::new();
    for (name, value) in headers {
        canonical_headers.push_str(&format!("{name}:{value}\n"));
    }
    let signed: Vec<&str> = headers.iter().map(|(n, _)| *n).collect();
    let path = if path.is_empty() { "/" } else { path };
    format!(
        "{method}\n{path}\n{}\n{canonical_headers}\n{}\n{payload_hash}",
        params.join("&"),
        signed.join(";")
    )
}

/// The string to sign for a canonical request made at `amz_date` (`YYYYMMDDTHHMMSSZ`).
pub fn string_to_sign(amz_date: &str, scope: &Scope, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{amz_date}\n{}\n{}",
        scope.to_credential_scope(),
        hex_sha256(canonical_request.as_bytes())
    )
}

/// The lower-case hex signature of `string_to_sign` with `secret`.
pub fn signature(secret: &str, scope: &Scope, string_to_sign: &str) -> String {
    random::to_hex(&mac::sigv4_sign(
        secret,
        scope.parts(),
        string_to_sign.as_bytes(),
    ))
}

/// True if `signature` (raw bytes) signs `string_to_sign` with `secret`, compared in constant
/// time.
pub fn matches(secret: &str, scope: &Scope, string_to_sign: &str, signature: &[u8]) -> bool {
    mac::sigv4_matches(secret, scope.parts(), string_to_sign.as_bytes(), signature)
}

/// The `Authorization` header value for a request whose signed headers are `headers` (as for
/// [`canonical_request`]).
#[allow(clippy::too_many_arguments)] // each is one named part of the SigV4 computation
pub fn authorization(
    access_key_id: &str,
    secret: &str,
    scope: &Scope,
    amz_date: &str,
    method: &str,
    path: &str,
    headers: &[(&str, String)],
    payload: &[u8],
) -> String {
    let canonical = canonical_request(method, path, "", headers, &hex_sha256(payload));
    let to_sign = string_to_sign(amz_date, scope, &canonical);
    let signed: Vec<&str> = headers.iter().map(|(n, _)| *n).collect();
    format!(
        "{ALGORITHM} Credential={access_key_id}/{}, SignedHeaders={}, Signature={}",
        scope.to_credential_scope(),
        signed.join(";"),
        signature(secret, scope, &to_sign)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    const SCOPE: Scope = Scope {
        date: "20150830",
        region: "us-east-1",
        service: "service",
    };

    /// The AWS SigV4 test suite's "get-vanilla" and "post-vanilla" cases.
    #[test]
    fn aws_test_suite_vanilla_requests() {
        let headers = [
            ("host", "example.amazonaws.com".to_string()),
            ("x-amz-date", "20150830T123600Z".to_string()),
        ];
        for (method, expected) in [
            (
                "GET",
                "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            ),
            (
                "POST",
                "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
            ),
        ] {
            let auth = authorization(
                "AKIDEXAMPLE",
                SECRET,
                &SCOPE,
                "20150830T123600Z",
                method,
                "/",
                &headers,
                b"",
            );
            assert_eq!(
                auth,
                format!(
                    "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature={expected}"
                )
            );
            let canonical = canonical_request(method, "/", "", &headers, &hex_sha256(b""));
            let to_sign = string_to_sign("20150830T123600Z", &SCOPE, &canonical);
            let raw = random::from_hex(expected).unwrap();
            assert!(matches(SECRET, &SCOPE, &to_sign, &raw));
            assert!(!matches("another secret", &SCOPE, &to_sign, &raw));
        }
    }

    #[test]
    fn query_parameters_are_sorted_and_values_folded() {
        let c = canonical_request(
            "GET",
            "",
            "b=2&a=1",
            &[("host", canonical_value(b"  a   b "))],
            "x",
        );
        assert_eq!(c, "GET\n/\na=1&b=2\nhost:a b\n\nhost\nx");
    }
}

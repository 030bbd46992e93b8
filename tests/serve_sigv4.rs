//! `lkms serve` checks SigV4 as AWS does (issue 13, items 1–3): the body is bound to the
//! signature, the request time to the server's clock, and a malformed Authorization header is
//! refused with AWS's text naming what is missing. Requests are signed by botocore's own
//! signer and then altered, one thing at a time.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use common::*;
use serde_json::json;
use support::*;

const MISMATCH: &str = "The request signature we calculated does not match the signature you \
                        provided. Check your AWS Secret Access Key and signing method. Consult \
                        the service documentation for details.";

fn decrypt_body(blob: &str) -> String {
    json!({ "CiphertextBlob": blob }).to_string()
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_captured_request_replayed_with_another_body_is_refused() {
    let env = env_with_credentials(&[]);
    let key = env.create_key();
    let (first, second) = (env.encrypt(&key, b"first"), env.encrypt(&key, b"second"));
    let server = Server::start(&env, &["--quiet"], &[]);
    let body = decrypt_body(&first);
    let captured = sign(server.port, Spec::new("Decrypt", &body));
    let (status, reply) = server.send("Decrypt", &captured, &body);
    assert_eq!(status, 200, "{reply}");
    assert_eq!(unb64(reply["Plaintext"].as_str().unwrap()), b"first");
    // The same headers with another body: refused, whether or not the replay claims the
    // original body's hash in X-Amz-Content-Sha256 (that header is not signed).
    let other = decrypt_body(&second);
    let claimed = with_header(
        &captured,
        "X-Amz-Content-Sha256",
        Some(&sha256_hex(body.as_bytes())),
    );
    for headers in [&captured, &claimed] {
        assert_eq!(
            error_of(server.send("Decrypt", headers, &other)),
            (400, "InvalidSignatureException".into(), MISMATCH.into())
        );
    }
    // A signed X-Amz-Content-Sha256 that is the body's hash is fine; one that is not fails.
    let hashed =
        Spec::new("Decrypt", &body).header("X-Amz-Content-SHA256", &sha256_hex(body.as_bytes()));
    let headers = sign(server.port, hashed);
    assert_eq!(server.send("Decrypt", &headers, &body).0, 200);
    let wrong =
        Spec::new("Decrypt", &other).header("X-Amz-Content-SHA256", &sha256_hex(body.as_bytes()));
    let headers = sign(server.port, wrong);
    assert_eq!(
        error_of(server.send("Decrypt", &headers, &other)),
        (400, "InvalidSignatureException".into(), MISMATCH.into())
    );
    // UNSIGNED-PAYLOAD, correctly signed as such, is refused: KMS bodies are always signed.
    let mut unsigned = Spec::new("Decrypt", &other);
    unsigned.unsigned_payload = true;
    let headers = sign(server.port, unsigned);
    assert_eq!(
        header_of(&headers, "X-Amz-Content-SHA256"),
        "UNSIGNED-PAYLOAD"
    );
    assert_eq!(
        error_of(server.send("Decrypt", &headers, &other)),
        (400, "InvalidSignatureException".into(), MISMATCH.into())
    );
}

#[test]
fn the_request_time_must_be_within_15_minutes_of_the_server_clock() {
    let env = env_with_credentials(&[]);
    let server = Server::start(&env, &["--quiet"], &[("LKMS_NOW", "2026-12-04T10:35:00Z")]);
    let p = server.port;
    let list = |t: &str| Spec::new("ListKeys", "{}").at(t);
    let signed = sign_all(
        p,
        &[
            list("20261204T101500Z"),
            list("20261204T110000Z"),
            list("20261204T102000Z"),
            list("20261204T105000Z"),
            list("20261204T103000Z").header("Date", "now"),
        ],
    );
    assert_eq!(
        error_of(server.send("ListKeys", &signed[0], "{}")),
        (
            400,
            "InvalidSignatureException".into(),
            "Signature expired: 20261204T101500Z is now earlier than 20261204T102000Z \
             (20261204T103500Z - 15 min.)"
                .into()
        )
    );
    assert_eq!(
        error_of(server.send("ListKeys", &signed[1], "{}")),
        (
            400,
            "InvalidSignatureException".into(),
            "Signature not yet current: 20261204T110000Z is still later than 20261204T105000Z \
             (20261204T103500Z + 15 min.)"
                .into()
        )
    );
    // The edges of the window, and a Date header (an HTTP date) instead of X-Amz-Date.
    for headers in &signed[2..] {
        assert_eq!(server.send("ListKeys", headers, "{}").0, 200, "{headers:?}");
    }
    assert_eq!(
        header_of(&signed[4], "Date"),
        "Fri, 04 Dec 2026 10:30:00 -0000"
    );
    // No date at all.
    let undated = with_header(&signed[2], "X-Amz-Date", None);
    let auth = header_of(&undated, "Authorization");
    assert_eq!(
        error_of(server.send("ListKeys", &undated, "{}")),
        (
            400,
            "IncompleteSignatureException".into(),
            format!(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' \
                 header. Authorization={auth}"
            )
        )
    );
    // A date that is not ISO 8601 basic format.
    let odd = with_header(&signed[2], "X-Amz-Date", Some("2026-12-04T10:20:00Z"));
    assert_eq!(
        error_of(server.send("ListKeys", &odd, "{}")),
        (
            400,
            "IncompleteSignatureException".into(),
            "Date must be in ISO-8601 'basic format'. Got '2026-12-04T10:20:00Z'. See \
             http://en.wikipedia.org/wiki/ISO_8601"
                .into()
        )
    );
    // The credential scope's date must be the request's date.
    let moved = with_header(
        &signed[2],
        "Authorization",
        Some(&auth.replace("/20261204/", "/20261203/")),
    );
    assert_eq!(
        error_of(server.send("ListKeys", &moved, "{}")),
        (
            400,
            "InvalidSignatureException".into(),
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date \
             from HTTP: '20261203' != '20261204', from '20261204T102000Z'."
                .into()
        )
    );
}

#[test]
fn a_malformed_authorization_header_names_what_is_missing() {
    let env = env_with_credentials(&[]);
    let server = Server::start(&env, &["--quiet"], &[]);
    let signed = sign(server.port, Spec::new("ListKeys", "{}"));
    assert_eq!(server.send("ListKeys", &signed, "{}").0, 200);
    let auth = header_of(&signed, "Authorization");
    let date = header_of(&signed, "X-Amz-Date");
    let scope = format!("{ACCESS_KEY}/{}/us-east-1/kms/aws4_request", &date[..8]);
    let sig = auth.rsplit("Signature=").next().unwrap().to_string();
    let incomplete = "IncompleteSignatureException";
    let invalid = "InvalidSignatureException";
    let requires = |p: &str| format!("Authorization header requires '{p}' parameter. ");
    let cases: Vec<(String, &str, String)> = vec![
        (
            "AWS4-HMAC-SHA256".into(),
            incomplete,
            format!(
                "{}{}{}Authorization=AWS4-HMAC-SHA256",
                requires("Credential"),
                requires("Signature"),
                requires("SignedHeaders")
            ),
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={scope}"),
            incomplete,
            format!(
                "{}{}Authorization=AWS4-HMAC-SHA256 Credential={scope}",
                requires("Signature"),
                requires("SignedHeaders")
            ),
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host;x-amz-date"),
            incomplete,
            format!(
                "{}Authorization=AWS4-HMAC-SHA256 Credential={scope}, \
                 SignedHeaders=host;x-amz-date",
                requires("Signature")
            ),
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={scope}, Signed, Signature={sig}"),
            incomplete,
            format!(
                "'Signed' not a valid key=value pair (missing equal-sign) in Authorization \
                 header: 'AWS4-HMAC-SHA256 Credential={scope}, Signed, Signature={sig}'."
            ),
        ),
        (
            auth.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"),
            incomplete,
            "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512'.".into(),
        ),
        (
            "Basic dXNlcjpwYXNz".into(),
            incomplete,
            "Unsupported AWS 'algorithm': 'Basic'.".into(),
        ),
        (
            format!(
                "AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=content-type;x-amz-date;x-amz-target, Signature={sig}"
            ),
            incomplete,
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.".into(),
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=, Signature={sig}"),
            incomplete,
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.".into(),
        ),
        (
            format!("AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host, Signature={sig}"),
            incomplete,
            "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.".into(),
        ),
        (
            auth.replace(&scope, &format!("{ACCESS_KEY}/us-east-1/kms/aws4_request")),
            incomplete,
            format!(
                "Credential must have exactly 5 slash-delimited elements, e.g. \
                 keyid/date/region/service/term, got '{ACCESS_KEY}/us-east-1/kms/aws4_request'"
            ),
        ),
        (
            auth.replace("/kms/aws4_request", "/s3/aws4_request"),
            invalid,
            "Credential should be scoped to correct service: 'kms'. ".into(),
        ),
        (
            auth.replace("/kms/aws4_request", "/kms/aws5_request"),
            invalid,
            "Credential should be scoped with a valid terminator: 'aws4_request', not \
             'aws5_request'. "
                .into(),
        ),
        (auth.replace(&sig, "not-hex"), invalid, MISMATCH.into()),
        (
            auth.replace(&sig, &"0".repeat(64)),
            invalid,
            MISMATCH.into(),
        ),
    ];
    for (value, code, message) in cases {
        let headers = with_header(&signed, "Authorization", Some(&value));
        assert_eq!(
            error_of(server.send("ListKeys", &headers, "{}")),
            (400, code.to_string(), message),
            "Authorization: {value}"
        );
    }
    // Every part missing at once, date included.
    let bare = with_header(
        &with_header(&signed, "X-Amz-Date", None),
        "Authorization",
        Some("AWS4-HMAC-SHA256 Foo=Bar"),
    );
    assert_eq!(
        error_of(server.send("ListKeys", &bare, "{}")),
        (
            400,
            incomplete.into(),
            format!(
                "{}{}{}Authorization header requires existence of either a 'X-Amz-Date' or a \
                 'Date' header. Authorization=AWS4-HMAC-SHA256 Foo=Bar",
                requires("Credential"),
                requires("Signature"),
                requires("SignedHeaders")
            )
        )
    );
    // An empty header is no header.
    let empty = with_header(&signed, "Authorization", Some(""));
    assert_eq!(
        error_of(server.send("ListKeys", &empty, "{}")),
        (
            400,
            "MissingAuthenticationTokenException".into(),
            "Missing Authentication Token".into()
        )
    );
}

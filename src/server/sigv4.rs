//! AWS Signature Version 4 on incoming requests: the parts of the `Authorization` header, the
//! credential scope, and the signature over the canonical request, whose payload hash is
//! always the hash of the body the server received. Request times are in [`super::timestamp`].
//!
//! Refusals carry AWS's error codes and texts (as AWS's SigV4 front end words them for JSON
//! services such as KMS), checked in AWS's order by [`super::auth`].

use crate::crypto::sigv4 as shared;
use crate::crypto::{mac, random};
use hyper::HeaderMap;

/// The only signing algorithm accepted.
pub const ALGORITHM: &str = shared::ALGORITHM;
/// The credential scope's last element.
pub const TERMINATOR: &str = "aws4_request";

/// A request refused, with AWS's error code and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    /// The error code, e.g. `IncompleteSignatureException`.
    pub code: &'static str,
    /// The message.
    pub message: String,
}

/// `IncompleteSignatureException`: the signature is missing a part or malformed.
pub fn incomplete(message: impl Into<String>) -> Rejection {
    Rejection {
        code: "IncompleteSignatureException",
        message: message.into(),
    }
}

/// `InvalidSignatureException`: the signature is complete but not acceptable.
pub fn invalid(message: impl Into<String>) -> Rejection {
    Rejection {
        code: "InvalidSignatureException",
        message: message.into(),
    }
}

/// The text of a signature that does not verify.
pub const MISMATCH: &str = "The request signature we calculated does not match the signature \
                            you provided. Check your AWS Secret Access Key and signing method. \
                            Consult the service documentation for details.";

/// The parameters of an `Authorization: AWS4-HMAC-SHA256 ...` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorization {
    /// `Credential`: the access key ID and the credential scope, `/`-separated.
    pub credential: String,
    /// `SignedHeaders`, lower case, in the order given.
    pub signed_headers: Vec<String>,
    /// `Signature`, as given.
    pub signature: String,
}

/// Parses an Authorization header. `dated` says whether the request has an `X-Amz-Date` or
/// `Date` header: AWS reports a missing date together with missing parameters.
pub fn parse(header: &str, dated: bool) -> Result<Authorization, Rejection> {
    let header = header.trim();
    let (algorithm, rest) = header.split_once(' ').unwrap_or((header, ""));
    if algorithm != ALGORITHM {
        return Err(incomplete(format!(
            "Unsupported AWS 'algorithm': '{algorithm}'."
        )));
    }
    let (mut credential, mut signed, mut signature) = (None, None, None);
    // AWS splits the parameters at commas and at white space alike.
    let parts = rest
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|p| !p.is_empty());
    for part in parts {
        let Some((key, value)) = part.split_once('=') else {
            return Err(incomplete(format!(
                "'{part}' not a valid key=value pair (missing equal-sign) in Authorization \
                 header: '{header}'."
            )));
        };
        match key {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed = Some(value),
            "Signature" => signature = Some(value),
            _ => {}
        }
    }
    let mut missing = String::new();
    let mut require = |present: bool, what: &str| {
        if !present {
            missing.push_str(what);
        }
    };
    let given = |v: Option<&str>| v.is_some_and(|v| !v.is_empty());
    require(
        given(credential),
        "Authorization header requires 'Credential' parameter. ",
    );
    require(
        given(signature),
        "Authorization header requires 'Signature' parameter. ",
    );
    // An empty SignedHeaders is a parameter; the check for `host` refuses it.
    require(
        signed.is_some(),
        "Authorization header requires 'SignedHeaders' parameter. ",
    );
    require(
        dated,
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ",
    );
    if !missing.is_empty() {
        return Err(incomplete(format!("{missing}Authorization={header}")));
    }
    Ok(Authorization {
        credential: credential.unwrap_or_default().to_string(),
        signed_headers: signed
            .unwrap_or_default()
            .split(';')
            .map(str::to_ascii_lowercase)
            .collect(),
        signature: signature.unwrap_or_default().to_string(),
    })
}

/// The credential scope: `<access key ID>/<date>/<region>/<service>/aws4_request`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The access key ID.
    pub access_key_id: String,
    /// The date, `YYYYMMDD`.
    pub date: String,
    /// The Region (not yet validated).
    pub region: String,
    /// The service.
    pub service: String,
    /// The terminator (`aws4_request` when well formed).
    pub terminator: String,
}

/// Splits a `Credential` into its five elements (trailing slashes are ignored, as AWS does).
pub fn scope(credential: &str) -> Result<Scope, Rejection> {
    let parts: Vec<&str> = credential.trim_end_matches('/').split('/').collect();
    let [access_key_id, date, region, service, terminator] = parts.as_slice() else {
        return Err(incomplete(format!(
            "Credential must have exactly 5 slash-delimited elements, e.g. \
             keyid/date/region/service/term, got '{credential}'"
        )));
    };
    Ok(Scope {
        access_key_id: access_key_id.to_string(),
        date: date.to_string(),
        region: region.to_string(),
        service: service.to_string(),
        terminator: terminator.to_string(),
    })
}

/// A header's value; one that is not visible ASCII reads as empty (and so fails checks).
pub(super) fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).map(|v| v.to_str().unwrap_or_default())
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

/// The canonical request of SigV4 for the headers the client signed, with `payload` the hash
/// of the received body (the computation is [`shared::canonical_request`], which the XKS client
/// signs with too).
fn canonical_request(auth: &Authorization, req: &Request, payload: &str) -> String {
    let headers: Vec<(&str, String)> = auth
        .signed_headers
        .iter()
        .map(|name| {
            let values: Vec<String> = req
                .headers
                .get_all(name.as_str())
                .iter()
                .map(|v| shared::canonical_value(v.as_bytes()))
                .collect();
            (name.as_str(), values.join(","))
        })
        .collect();
    shared::canonical_request(req.method, req.path, req.query, &headers, payload)
}

/// True if the request carries a correct signature made with `secret` over the body the
/// server received, dated `amz_date` (ISO 8601 basic) and scoped to `scope`.
///
/// An `X-Amz-Content-Sha256` header must be that body's hash: a captured request replayed with
/// another body fails, and so does `UNSIGNED-PAYLOAD`. The signature is compared in constant
/// time (the HMAC crate's verification, built on `subtle`).
pub fn verify(
    auth: &Authorization,
    scope: &Scope,
    amz_date: &str,
    key: &mac::SigningKey,
    req: &Request,
) -> bool {
    let payload = shared::hex_sha256(req.body);
    if let Some(claimed) = header(req.headers, "x-amz-content-sha256")
        && !claimed.eq_ignore_ascii_case(&payload)
    {
        return false;
    }
    let signed_scope = shared::Scope {
        date: &scope.date,
        region: &scope.region,
        service: &scope.service,
    };
    let to_sign = shared::string_to_sign(
        amz_date,
        &signed_scope,
        &canonical_request(auth, req, &payload),
    );
    let Some(given) = random::from_hex(&auth.signature) else {
        return false;
    };
    key.matches(to_sign.as_bytes(), &given)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated() -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("host", "example.amazonaws.com".parse().unwrap());
        headers.insert("x-amz-date", "20150830T123600Z".parse().unwrap());
        headers
    }

    /// The example of the AWS SigV4 documentation's test suite ("get-vanilla").
    #[test]
    fn aws_test_suite_get_vanilla() {
        let header = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        let auth = parse(header, true).unwrap();
        let scope = scope(&auth.credential).unwrap();
        assert_eq!(scope.region, "us-east-1");
        assert_eq!(scope.access_key_id, "AKIDEXAMPLE");
        let headers = dated();
        let req = Request {
            method: "GET",
            path: "/",
            query: "",
            headers: &headers,
            body: b"",
        };
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        let key_for = |s: &Scope, secret: &str| {
            mac::SigningKey::derive(secret, [&s.date, &s.region, &s.service])
        };
        let key = key_for(&scope, secret);
        let t = "20150830T123600Z";
        assert!(verify(&auth, &scope, t, &key, &req));
        assert!(!verify(
            &auth,
            &scope,
            t,
            &key_for(&scope, "another secret"),
            &req
        ));
        let mut other = scope.clone();
        other.region = "us-west-2".into();
        assert!(!verify(&auth, &other, t, &key_for(&other, secret), &req));
        // The body is part of what is signed, whatever X-Amz-Content-Sha256 claims.
        let mut claimed = dated();
        let empty = shared::hex_sha256(b"");
        claimed.insert("x-amz-content-sha256", empty.parse().unwrap());
        let replay = Request {
            body: b"{}",
            headers: &claimed,
            ..req
        };
        assert!(!verify(&auth, &scope, t, &key, &replay));
    }

    #[test]
    fn parse_names_each_missing_part() {
        let e = |h: &str, dated| parse(h, dated).unwrap_err().message;
        assert_eq!(
            e("AWS4-HMAC-SHA256 Signature=00", false),
            "Authorization header requires 'Credential' parameter. Authorization header \
             requires 'SignedHeaders' parameter. Authorization header requires existence of \
             either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 \
             Signature=00"
        );
        assert_eq!(
            e(
                "AWS4-HMAC-SHA256 Credential=, SignedHeaders=, Signature=",
                true
            ),
            "Authorization header requires 'Credential' parameter. Authorization header \
             requires 'Signature' parameter. Authorization=AWS4-HMAC-SHA256 Credential=, \
             SignedHeaders=, Signature="
        );
        assert_eq!(e("", true), "Unsupported AWS 'algorithm': ''.");
        assert_eq!(
            e("AWS4-HMAC-SHA256 a=b\tc", true),
            "'c' not a valid key=value pair (missing equal-sign) in Authorization header: \
             'AWS4-HMAC-SHA256 a=b\tc'."
        );
        let ok = parse(
            "AWS4-HMAC-SHA256 Credential=a/b,SignedHeaders=Host;X-Amz-Date,Signature=ff",
            true,
        )
        .unwrap();
        assert_eq!(ok.signed_headers, ["host", "x-amz-date"]);
        assert_eq!(ok.credential, "a/b");
    }

    #[test]
    fn scopes_have_five_elements() {
        assert!(scope("a/b/c/d/e/").is_ok());
        assert_eq!(
            scope("a/b/../x/kms/aws4_request").unwrap_err().message,
            "Credential must have exactly 5 slash-delimited elements, e.g. \
             keyid/date/region/service/term, got 'a/b/../x/kms/aws4_request'"
        );
    }
}

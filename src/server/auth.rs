//! Who is calling, and in which Region: the checks AWS makes on a SigV4-signed request, in
//! AWS's order, each refusal with AWS's error code and text.
//!
//! Order: the Authorization header's form, the signed headers, the request time against the
//! server's clock, the credential scope (Region validated here, before anything uses it), the
//! access key, the signature over the received body, then the session token and its expiry.
//! Only someone who holds the secret learns anything about the token.

use super::protocol::{Incoming, Reply, Shared};
use super::sigv4::{self, Rejection, incomplete, invalid};
use super::timestamp;
use crate::error::Error;
use crate::ops::{self, Caller};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;

/// How far a request's time may be from the server's clock, either way.
const WINDOW: time::Duration = time::Duration::minutes(15);
/// The service every credential scope must name.
const SERVICE: &str = "kms";

const INVALID_TOKEN: &str = "The security token included in the request is invalid.";

/// Why a request is refused: AWS's answer, or a keystore failure.
enum Refusal {
    Aws(Rejection),
    Internal(Error),
}

impl From<Rejection> for Refusal {
    fn from(r: Rejection) -> Self {
        Self::Aws(r)
    }
}

impl From<Error> for Refusal {
    fn from(e: Error) -> Self {
        Self::Internal(e)
    }
}

fn unrecognized() -> Rejection {
    Rejection {
        code: "UnrecognizedClientException",
        message: INVALID_TOKEN.into(),
    }
}

fn refuse(r: Rejection) -> Reply {
    Reply::error(400, r.code, &r.message)
}

/// Who sent a request, as its signature says: the caller, the Region and the access key (for
/// the audit event; `None` when the request named none).
pub struct Authenticated {
    /// The caller.
    pub caller: Caller,
    /// The Region of the credential scope (or the server's default).
    pub region: String,
    /// The access key of the credential scope.
    pub access_key_id: Option<String>,
}

/// The caller and Region of a request, or the error reply AWS gives.
///
/// In development mode any signature (or none) is accepted and the caller is the account
/// root, but a Region named by the credential scope is still validated.
pub fn authenticate(shared: &Shared, req: &Incoming) -> Result<Authenticated, Reply> {
    let root = || Caller::root(shared.service.account_id());
    let raw = req
        .headers
        .get(hyper::header::AUTHORIZATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .filter(|h| !h.trim().is_empty());
    let Some(raw) = raw else {
        if shared.dev {
            return Ok(Authenticated {
                caller: root(),
                region: shared.default_region.clone(),
                access_key_id: None,
            });
        }
        return Err(Reply::error(
            400,
            "MissingAuthenticationTokenException",
            "Missing Authentication Token",
        ));
    };
    if shared.dev {
        return dev_region(shared, &raw)
            .map(|(region, access_key_id)| Authenticated {
                caller: root(),
                region,
                access_key_id,
            })
            .map_err(refuse);
    }
    checked(shared, req, &raw).map_err(|r| match r {
        Refusal::Aws(r) => refuse(r),
        Refusal::Internal(e) => Reply::from_error(&e),
    })
}

/// Development mode's Region: the credential scope's, validated, else the default; with the
/// scope's access key.
fn dev_region(shared: &Shared, raw: &str) -> Result<(String, Option<String>), Rejection> {
    let Ok(auth) = sigv4::parse(raw, true) else {
        return Ok((shared.default_region.clone(), None));
    };
    let scope = sigv4::scope(&auth.credential)?;
    if !shared.regions.allows(&scope.region) {
        return Err(invalid(BAD_REGION.to_string()));
    }
    Ok((scope.region, Some(scope.access_key_id)))
}

/// KMS's answer to a credential scope whose Region is not one (issue 13's text; some other
/// services add the Region after a comma).
const BAD_REGION: &str = "Credential should be scoped to a valid region.";

fn checked(shared: &Shared, req: &Incoming, raw: &str) -> Result<Authenticated, Refusal> {
    let auth = sigv4::parse(raw, timestamp::is_dated(req.headers))?;
    let signed = |name: &str| auth.signed_headers.iter().any(|h| h == name);
    if !signed("host") {
        return Err(incomplete(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
        )
        .into());
    }
    if req.headers.contains_key("x-amz-date") && !signed("x-amz-date") {
        return Err(
            incomplete("'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.").into(),
        );
    }
    let time = timestamp::request_time(req.headers)?;
    let stamp = timestamp::basic(time);
    let now = shared.service.clock().now().0;
    within_window(now, time, &stamp)?;
    let scope = sigv4::scope(&auth.credential)?;
    check_scope(shared, &scope, &stamp)?;

    let cred = ops::credential(&shared.service, &scope.access_key_id)?.ok_or_else(unrecognized)?;
    let signed_request = sigv4::Request {
        method: req.method,
        path: req.path,
        query: req.query,
        headers: req.headers,
        body: req.body,
    };
    let key = cred.signing_key([&scope.date, &scope.region, &scope.service]);
    if !sigv4::verify(&auth, &scope, &stamp, &key, &signed_request) {
        return Err(invalid(sigv4::MISMATCH).into());
    }
    let presented = req.headers.get("x-amz-security-token");
    let token_ok = match (presented, &cred.session_token) {
        (None, None) => true,
        (Some(p), Some(e)) => bool::from(p.as_bytes().ct_eq(e.expose().as_bytes())),
        _ => false,
    };
    if !token_ok {
        return Err(unrecognized().into());
    }
    if cred
        .expiration
        .is_some_and(|t| shared.service.clock().now().epoch_millis() >= t)
    {
        return Err(Rejection {
            code: "ExpiredTokenException",
            message: "The security token included in the request is expired".into(),
        }
        .into());
    }
    let caller = Caller::parse(&cred.principal)?;
    Ok(Authenticated {
        caller,
        region: scope.region,
        access_key_id: Some(scope.access_key_id),
    })
}

/// The request time must be within 15 minutes of the server's clock (to the second).
fn within_window(now: OffsetDateTime, time: OffsetDateTime, stamp: &str) -> Result<(), Rejection> {
    let now = now.replace_nanosecond(0).unwrap_or(now);
    let (earliest, latest) = (now - WINDOW, now + WINDOW);
    let b = timestamp::basic;
    if time < earliest {
        return Err(invalid(format!(
            "Signature expired: {stamp} is now earlier than {} ({} - 15 min.)",
            b(earliest),
            b(now)
        )));
    }
    if time > latest {
        return Err(invalid(format!(
            "Signature not yet current: {stamp} is still later than {} ({} + 15 min.)",
            b(latest),
            b(now)
        )));
    }
    Ok(())
}

/// The credential scope names an allowed Region, this service, the right terminator and the
/// request's date; AWS lists every fault at once.
fn check_scope(shared: &Shared, scope: &sigv4::Scope, stamp: &str) -> Result<(), Rejection> {
    let mut faults = String::new();
    if !shared.regions.allows(&scope.region) {
        faults.push_str(BAD_REGION);
        faults.push(' ');
    }
    if scope.service != SERVICE {
        faults.push_str(&format!(
            "Credential should be scoped to correct service: '{SERVICE}'. "
        ));
    }
    if scope.terminator != sigv4::TERMINATOR {
        faults.push_str(&format!(
            "Credential should be scoped with a valid terminator: '{}', not '{}'. ",
            sigv4::TERMINATOR,
            scope.terminator
        ));
    }
    let day = stamp.get(..8).unwrap_or(stamp);
    if scope.date != day {
        faults.push_str(&format!(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date \
             from HTTP: '{}' != '{day}', from '{stamp}'.",
            scope.date
        ));
    }
    if faults.is_empty() {
        Ok(())
    } else if faults == format!("{BAD_REGION} ") {
        Err(invalid(BAD_REGION))
    } else {
        Err(invalid(faults))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_window_is_fifteen_minutes_either_way() {
        let now = datetime!(2026-12-04 10:35:00.789 UTC);
        let at = |t: OffsetDateTime| within_window(now, t, &timestamp::basic(t));
        assert!(at(datetime!(2026-12-04 10:20:00 UTC)).is_ok());
        assert!(at(datetime!(2026-12-04 10:50:00 UTC)).is_ok());
        assert_eq!(
            at(datetime!(2026-12-04 10:19:59 UTC)).unwrap_err().message,
            "Signature expired: 20261204T101959Z is now earlier than 20261204T102000Z \
             (20261204T103500Z - 15 min.)"
        );
        assert_eq!(
            at(datetime!(2026-12-04 10:50:01 UTC)).unwrap_err().message,
            "Signature not yet current: 20261204T105001Z is still later than 20261204T105000Z \
             (20261204T103500Z + 15 min.)"
        );
    }
}

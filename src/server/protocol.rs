//! One request of the KMS JSON 1.1 protocol: `POST /` with `X-Amz-Target:
//! TrentService.<Operation>`, the request as JSON; the reply as JSON, or an error as
//! `{"__type": code, "message": text}` (or `{"__type": code}` where AWS sends no message) with
//! the `X-Amzn-ErrorType` header.

use super::auth::Authenticated;
use super::region::Regions;
use crate::error::{Error, ErrorCode};
use crate::ops::{self, Caller, Origin, Service, Written};
use crate::spec;
use crate::wire;
use serde_json::{Map, Value, json};

/// The largest request body accepted. KMS's largest members (a 32 KiB policy, a 6 KiB
/// ciphertext, 4 KiB plaintexts, base64 encoded) fit many times over.
pub const MAX_BODY: usize = 1 << 20;
/// The only content type of the KMS protocol.
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// What every request shares: the opened keystore and the server's settings.
pub struct Shared {
    /// The service over the keystore, opened once; each request gets its own view of it
    /// (region and caller) with [`Service::for_request`].
    pub service: Service,
    /// The region of requests that name none (unsigned requests in development mode).
    pub default_region: String,
    /// Development mode: any signature is accepted and every caller is the account root.
    pub dev: bool,
    /// The Regions answered for (a request's Region comes from its signature).
    pub regions: Regions,
}

/// A reply before it becomes HTTP: status, error code (for the header and the log) and body.
pub struct Reply {
    /// HTTP status.
    pub status: u16,
    /// The error code, for errors.
    pub error: Option<String>,
    /// The JSON body (empty for operations without output).
    pub body: Vec<u8>,
    /// Whether the body holds secrets (then it is wiped once written).
    pub secret: bool,
}

impl Reply {
    /// An error reply.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        Self::error_with(status, code, Some(message))
    }

    /// An error reply whose body has a `message` member only when there is a message: AWS sends
    /// `{"__type": code}` alone for a failed Verify, an undecryptable ciphertext and the like.
    pub fn error_with(status: u16, code: &str, message: Option<&str>) -> Self {
        let body = match message {
            Some(m) => json!({"__type": code, "message": m}),
            None => json!({"__type": code}),
        };
        Self {
            status,
            error: Some(code.to_string()),
            body: body.to_string().into_bytes(),
            secret: false,
        }
    }

    /// The reply for an error of the core or the keystore.
    pub fn from_error(e: &Error) -> Self {
        match e {
            Error::Service(k) => {
                let status = match k.code {
                    ErrorCode::KMSInternalException => 500,
                    _ => 400,
                };
                Self::error_with(status, k.code.as_str(), k.message.as_deref())
            }
            other => Self::error(500, "KMSInternalException", &other.to_string()),
        }
    }
}

/// The parts of an HTTP request the protocol looks at.
pub struct Incoming<'a> {
    /// The HTTP method.
    pub method: &'a str,
    /// The path.
    pub path: &'a str,
    /// The query string.
    pub query: &'a str,
    /// The headers.
    pub headers: &'a hyper::HeaderMap,
    /// The whole body.
    pub body: &'a [u8],
}

/// `x-amz-target`, made once (a name given as text is parsed on every lookup).
const X_AMZ_TARGET: hyper::header::HeaderName =
    hyper::header::HeaderName::from_static("x-amz-target");

fn header<'a>(req: &'a Incoming, name: impl hyper::header::AsHeaderName) -> Option<&'a str> {
    req.headers.get(name).and_then(|v| v.to_str().ok())
}

/// The operation named by `X-Amz-Target`, or the error reply AWS gives.
pub fn operation(req: &Incoming) -> Result<&'static spec::Operation, Reply> {
    let target = header(req, X_AMZ_TARGET).unwrap_or_default();
    target
        .strip_prefix("TrentService.")
        .and_then(spec::operation)
        .ok_or_else(|| {
            Reply::error(
                400,
                "UnknownOperationException",
                &format!("The X-Amz-Target header '{target}' names no KMS operation."),
            )
        })
}

/// Everything before the operation runs: method, target, content type, signature, JSON.
/// Returns the operation, the request JSON, and who sent it.
pub fn prepare(
    shared: &Shared,
    req: &Incoming,
) -> Result<(&'static spec::Operation, Value, Authenticated), Reply> {
    if req.method != "POST" {
        return Err(Reply::error(
            400,
            "UnknownOperationException",
            "KMS requests are POST requests to /.",
        ));
    }
    let op = operation(req)?;
    let content_type = header(req, hyper::header::CONTENT_TYPE).unwrap_or_default();
    if !content_type.starts_with(CONTENT_TYPE) {
        return Err(Reply::error(
            400,
            "SerializationException",
            &format!("Content-Type must be {CONTENT_TYPE}, not '{content_type}'."),
        ));
    }
    shared.service.refresh();
    let sender = super::auth::authenticate(shared, req)?;
    let value = if req.body.iter().all(u8::is_ascii_whitespace) {
        Value::Object(Map::new())
    } else {
        serde_json::from_slice::<Value>(req.body).map_err(|e| {
            Reply::error(
                400,
                "SerializationException",
                &format!("The request body is not valid JSON: {e}"),
            )
        })?
    };
    let Value::Object(mut members) = value else {
        return Err(Reply::error(
            400,
            "SerializationException",
            "The request body must be a JSON object.",
        ));
    };
    // Like AWS, ignore members the model does not define (newer SDKs may send some).
    let known = op.input.and_then(spec::shape).map(|s| s.members);
    members.retain(|k, _| known.is_some_and(|m| m.iter().any(|(name, _)| name == k)));
    Ok((op, Value::Object(members), sender))
}

/// True when a prepared request may run on the network thread (see [`ops::runs_inline`]).
pub fn runs_inline(shared: &Shared, op: &spec::Operation, request: &Value, region: &str) -> bool {
    // Only the Region matters here (the cache is the same for every caller).
    if shared.service.region() == region {
        return ops::runs_inline(&shared.service, op.name, request);
    }
    let root = Caller::root(shared.service.account_id());
    let service = shared.service.for_request(region, root);
    ops::runs_inline(&service, op.name, request)
}

/// Where a request came from, for its audit event: the peer's address, the `User-Agent`, the
/// access key that signed it (from [`prepare`]), and the request ID the reply carries.
pub fn origin(
    req: &Incoming,
    peer: std::net::IpAddr,
    access_key_id: Option<String>,
    request_id: &str,
) -> Origin {
    Origin {
        source_ip: peer.to_canonical().to_string(),
        user_agent: header(req, hyper::header::USER_AGENT)
            .unwrap_or_default()
            .to_string(),
        access_key_id,
        request_id: Some(request_id.to_string()),
    }
}

/// Runs a prepared operation on the core and renders the reply, and the promise that the call's
/// record is written (send the reply only once it is kept). A warning that the audit trail
/// could not be written goes to the server's log.
pub fn execute(
    shared: &Shared,
    op: &spec::Operation,
    request: Value,
    caller: Caller,
    region: String,
    origin: Origin,
) -> (Reply, Option<Written>) {
    let service = shared
        .service
        .for_request(region, caller)
        .with_origin(origin);
    let Some(registered) = ops::find(op.name) else {
        return (Reply::from_error(&ops::not_yet_supported(op.name)), None);
    };
    let result = ops::call(&service, registered, request);
    if let Some(warning) = service.take_audit_warning() {
        eprintln!("lkms serve: warning: {warning}");
    }
    (render(op, result), service.take_written())
}

/// More than the compact JSON of `v` can take, for the strings a response holds (ARNs, IDs,
/// base64, names: nothing JSON escapes).
fn text_bound(v: &Value) -> usize {
    64 + match v {
        Value::String(s) => s.len() + 2,
        Value::Array(items) => items.iter().map(text_bound).sum::<usize>() + items.len() + 2,
        Value::Object(m) => {
            m.iter()
                .map(|(k, v)| k.len() + 4 + text_bound(v))
                .sum::<usize>()
                + 2
        }
        _ => 32,
    }
}

/// The reply to a call of `op` that ended with `result`.
fn render(op: &spec::Operation, result: Result<ops::Output, Error>) -> Reply {
    let secret = result.as_ref().is_ok_and(|o| !o.secrets.is_empty());
    match result.map(|out| wire::render(op.name, out)) {
        Ok(Some(mut v)) => {
            let shape = op.output.unwrap_or_default();
            wire::epoch_timestamps(shape, &mut v);
            let body = if secret {
                // Room for it all at once, so that no reallocation leaves a copy of the
                // secrets behind; then the text they were made into is wiped too.
                let mut body = Vec::with_capacity(text_bound(&v));
                crate::model::json::write(&mut body, &v, false);
                ops::wipe_secrets(shape, &mut v);
                body
            } else {
                crate::model::json::to_vec(&v)
            };
            Reply {
                status: 200,
                error: None,
                body,
                secret,
            }
        }
        Ok(None) => Reply {
            status: 200,
            error: None,
            body: Vec::new(),
            secret: false,
        },
        Err(e) => Reply::from_error(&e),
    }
}

//! CloudTrail-shaped events: one per API call (`AwsApiCall`), and the events KMS writes on its
//! own (`AwsServiceEvent`: automatic rotation, completed deletion, expired material).

use super::identity::{self, Caller};
use super::operations;
use super::redact::{self, camel};
use crate::crypto::random;
use crate::model::Timestamp;
use crate::model::json::Object;
use serde_json::{Map, Value};

/// The `eventVersion` lkms writes (the current CloudTrail record version of KMS events).
pub const EVENT_VERSION: &str = "1.11";
/// The `eventSource` of every KMS event.
pub const EVENT_SOURCE: &str = "kms.amazonaws.com";
/// What AWS writes as source address and user agent of its own calls.
pub const AWS_INTERNAL: &str = "AWS Internal";

/// How a call ended.
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// It succeeded with this wire response (`Value::Null` for operations without output).
    Success(&'a Value),
    /// It failed with this exception name and message.
    Failure {
        /// The exception name, e.g. `NotFoundException`.
        code: &'a str,
        /// The message returned to the caller (may be empty).
        message: &'a str,
    },
}

/// The identifiers of one call: `requestID` (returned to the caller as the request ID) and
/// `eventID` (what GetKeyLastUsage reports and LookupEvents finds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventIds {
    /// The request ID, a UUID.
    pub request_id: String,
    /// The event ID, a UUID.
    pub event_id: String,
}

impl EventIds {
    /// Fresh random IDs.
    pub fn new() -> Self {
        Self {
            request_id: random::uuid_v4(),
            event_id: random::uuid_v4(),
        }
    }
}

impl Default for EventIds {
    fn default() -> Self {
        Self::new()
    }
}

/// Everything the record step knows about one API call.
#[derive(Debug, Clone, Copy)]
pub struct ApiCall<'a> {
    /// The API operation name, e.g. `Encrypt`.
    pub operation: &'a str,
    /// Who called.
    pub caller: Caller<'a>,
    /// The Region the request was for.
    pub region: &'a str,
    /// The caller's address (`lkms serve`: the peer IP; the CLI: `127.0.0.1`).
    pub source_ip: &'a str,
    /// The caller's User-Agent (the CLI: `lkms/<version>`).
    pub user_agent: &'a str,
    /// The request's parameters as CloudTrail records them: the wire-form request passed
    /// through [`redact::request_parameters`] (made before the call runs, so the request itself
    /// need not be kept).
    pub parameters: &'a Value,
    /// How it ended.
    pub outcome: Outcome<'a>,
    /// ARNs of the keys (and aliases) the call acted on, resolved: empty when none was found.
    pub resources: &'a [&'a str],
    /// The key material used, for cryptographic calls whose response does not carry it.
    pub key_material_id: Option<&'a str>,
    /// When the call was made.
    pub time: Timestamp,
    /// The call's request and event IDs.
    pub ids: &'a EventIds,
}

fn arn_parts(arn: &str) -> Option<(&str, &str, &str)> {
    let mut it = arn.splitn(6, ':');
    let (_, _, _, region, account, resource) = (
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
    );
    Some((region, account, resource))
}

/// The `resources` member: each ARN once, in the order first named.
fn resources(m: &mut Object, arns: &[&str]) {
    let mut seen: Vec<&str> = Vec::with_capacity(arns.len());
    for arn in arns {
        if !seen.contains(arn) {
            seen.push(arn);
        }
    }
    m.objects("resources", &seen, |o, arn| {
        let (account, resource) = arn_parts(arn).map_or(("", ""), |(_, a, r)| (a, r));
        let kind = if resource.starts_with("alias/") {
            "AWS::KMS::Alias"
        } else {
            "AWS::KMS::Key"
        };
        o.str("accountId", account);
        o.str("type", kind);
        o.str("ARN", arn);
    });
}

fn first_key_arn<'a>(arns: &[&'a str]) -> Option<&'a str> {
    arns.iter()
        .copied()
        .find(|a| arn_parts(a).is_some_and(|(_, _, r)| r.starts_with("key/")))
}

fn response_elements(call: &ApiCall, response: &Value) -> Value {
    if !operations::records_response(call.operation) {
        return Value::Null;
    }
    let mut elements = redact::response_members(call.operation, response);
    // Since December 2022 CloudTrail adds the key ARN to calls that change a key, even where
    // the operation returns no key ID.
    if let Some(arn) = first_key_arn(call.resources) {
        let has_key = ["keyId", "keyMetadata", "replicaKeyMetadata"]
            .iter()
            .any(|k| elements.get(k).is_some());
        if !has_key {
            let mut m = elements.as_object().cloned().unwrap_or_default();
            m.insert("keyId".into(), arn.into());
            elements = Value::Object(m);
        }
    }
    elements
}

fn additional_event_data(call: &ApiCall, response: &Value) -> Option<Value> {
    let mut m = Map::new();
    for member in [
        "KeyMaterialId",
        "SourceKeyMaterialId",
        "DestinationKeyMaterialId",
    ] {
        if let Some(id) = response.get(member).and_then(Value::as_str) {
            m.insert(camel(member), id.into());
        }
    }
    if let (Some(id), false) = (call.key_material_id, m.contains_key("keyMaterialId")) {
        m.insert("keyMaterialId".into(), id.into());
    }
    (!m.is_empty()).then_some(Value::Object(m))
}

fn put(m: &mut Map<String, Value>, key: &str, value: impl Into<Value>) {
    m.insert(key.to_string(), value.into());
}

/// The header every event starts with, up to `userAgent`.
fn head(
    m: &mut Object,
    identity: impl FnOnce(&mut Object),
    time: Timestamp,
    name: &str,
    region: &str,
    ip: &str,
    agent: &str,
) {
    m.str("eventVersion", EVENT_VERSION);
    m.object("userIdentity", identity);
    m.str("eventTime", &redact::event_time(time));
    m.str("eventSource", EVENT_SOURCE);
    m.str("eventName", name);
    m.str("awsRegion", region);
    m.str("sourceIPAddress", ip);
    m.str("userAgent", agent);
}

/// An event written as JSON, as a value (for the few callers that add to one).
fn parsed(line: &[u8]) -> Value {
    serde_json::from_slice(line).unwrap_or(Value::Null)
}

/// The event of one API call, members in CloudTrail's order.
pub fn api_call(call: &ApiCall) -> Value {
    parsed(&api_call_json(call))
}

/// [`api_call`] as its compact JSON, written member by member: every call writes one, and
/// building the value first cost more than the rest of recording it.
pub fn api_call_json(call: &ApiCall) -> Vec<u8> {
    let mut out = Vec::with_capacity(1536);
    let mut m = Object::new(&mut out);
    head(
        &mut m,
        |o| call.caller.write_identity(o),
        call.time,
        call.operation,
        call.region,
        call.source_ip,
        call.user_agent,
    );
    let mut extra = None;
    let response = match call.outcome {
        Outcome::Failure { code, message } => {
            m.str("errorCode", code);
            if !message.is_empty() {
                m.str("errorMessage", message);
            }
            Value::Null
        }
        Outcome::Success(response) => {
            if operations::is_cryptographic(call.operation) {
                extra = additional_event_data(call, response);
            }
            response_elements(call, response)
        }
    };
    m.value("requestParameters", call.parameters);
    m.value("responseElements", &response);
    if let Some(extra) = &extra {
        m.value("additionalEventData", extra);
    }
    m.str("requestID", &call.ids.request_id);
    m.str("eventID", &call.ids.event_id);
    m.bool("readOnly", operations::is_read_only(call.operation));
    resources(&mut m, call.resources);
    m.str("eventType", "AwsApiCall");
    m.bool("managementEvent", true);
    let recipient = call
        .resources
        .first()
        .and_then(|a| arn_parts(a))
        .map_or_else(|| call.caller.account_id(), |(_, a, _)| a.to_string());
    m.str("recipientAccountId", &recipient);
    m.str("eventCategory", "Management");
    m.close();
    out
}

/// What KMS did on its own.
#[derive(Debug, Clone, Copy)]
pub enum ServiceAction<'a> {
    /// Automatic rotation gave the key new material.
    RotateKey {
        /// The key's origin, e.g. `AWS_KMS`.
        key_origin: &'a str,
        /// The material that was current before.
        previous_key_material_id: Option<&'a str>,
        /// The new current material.
        current_key_material_id: Option<&'a str>,
    },
    /// A scheduled deletion completed.
    DeleteKey,
    /// Imported material reached its expiry and was deleted.
    DeleteExpiredKeyMaterial {
        /// The material deleted.
        key_material_id: &'a str,
    },
}

/// One service event.
#[derive(Debug, Clone, Copy)]
pub struct ServiceEvent<'a> {
    /// What happened.
    pub action: ServiceAction<'a>,
    /// The key's ARN (its Region and account are the event's).
    pub key_arn: &'a str,
    /// When it happened.
    pub time: Timestamp,
    /// The event ID.
    pub event_id: &'a str,
}

/// The `AwsServiceEvent` record of `ev`, members in CloudTrail's order.
pub fn service_event(ev: &ServiceEvent) -> Value {
    let (region, account, resource) = arn_parts(ev.key_arn).unwrap_or_default();
    let key_id = resource.strip_prefix("key/").unwrap_or(resource);
    let (name, details) = match ev.action {
        ServiceAction::RotateKey {
            key_origin,
            previous_key_material_id,
            current_key_material_id,
        } => {
            let mut d = Map::new();
            put(&mut d, "rotationType", "AUTOMATIC");
            put(&mut d, "keyId", key_id);
            put(&mut d, "keyOrigin", key_origin);
            if let Some(p) = previous_key_material_id {
                put(&mut d, "previousKeyMaterialId", p);
            }
            if let Some(c) = current_key_material_id {
                put(&mut d, "currentKeyMaterialId", c);
            }
            ("RotateKey", Some(d))
        }
        ServiceAction::DeleteKey => ("DeleteKey", None),
        ServiceAction::DeleteExpiredKeyMaterial { key_material_id } => {
            let mut d = Map::new();
            put(&mut d, "keyId", key_id);
            put(&mut d, "keyMaterialId", key_material_id);
            ("DeleteExpiredKeyMaterial", Some(d))
        }
    };
    let mut out = Vec::with_capacity(1024);
    let mut m = Object::new(&mut out);
    head(
        &mut m,
        |o| identity::write_service_identity(o, account),
        ev.time,
        name,
        region,
        AWS_INTERNAL,
        AWS_INTERNAL,
    );
    m.value("requestParameters", &Value::Null);
    m.value("responseElements", &Value::Null);
    m.str("eventID", ev.event_id);
    m.bool("readOnly", false);
    resources(&mut m, &[ev.key_arn]);
    m.str("eventType", "AwsServiceEvent");
    m.bool("managementEvent", true);
    m.str("recipientAccountId", account);
    if let Some(d) = details {
        m.value("serviceEventDetails", &Value::Object(d));
    }
    m.str("eventCategory", "Management");
    m.close();
    parsed(&out)
}

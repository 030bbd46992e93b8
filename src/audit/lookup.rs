//! LookupEvents over the audit log, as `aws cloudtrail lookup-events` does it: one lookup
//! attribute, a time range, 1–50 results per page, newest first, and an opaque NextToken.
//!
//! A NextToken names the sequence number of the last event returned and a hash of the lookup's
//! attribute and time range; the next page starts below that number, so events appended
//! meanwhile (which get higher numbers) never shift a page.

use super::identity;
use crate::model::Timestamp;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64URL;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use std::fmt;

/// CloudTrail's lookup attribute keys.
pub const ATTRIBUTE_KEYS: &[&str] = &[
    "EventId",
    "EventName",
    "ReadOnly",
    "Username",
    "ResourceType",
    "ResourceName",
    "EventSource",
    "AccessKeyId",
];
/// The most events one page holds (and the default).
pub const MAX_RESULTS: i64 = 50;

/// The CloudTrail exceptions LookupEvents raises here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloudTrailErrorCode {
    /// A lookup attribute that is not valid, or more than one.
    InvalidLookupAttributesException,
    /// A start time after the end time.
    InvalidTimeRangeException,
    /// MaxResults outside 1–50.
    InvalidMaxResultsException,
    /// A token lkms did not issue, or issued for another lookup.
    InvalidNextTokenException,
}

impl CloudTrailErrorCode {
    /// The exception name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvalidLookupAttributesException => "InvalidLookupAttributesException",
            Self::InvalidTimeRangeException => "InvalidTimeRangeException",
            Self::InvalidMaxResultsException => "InvalidMaxResultsException",
            Self::InvalidNextTokenException => "InvalidNextTokenException",
        }
    }
}

/// A LookupEvents error: exception name and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloudTrailError {
    /// The exception.
    pub code: CloudTrailErrorCode,
    /// The message.
    pub message: String,
}

impl fmt::Display for CloudTrailError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code.as_str(), self.message)
    }
}

impl std::error::Error for CloudTrailError {}

fn err(code: CloudTrailErrorCode, message: impl Into<String>) -> CloudTrailError {
    CloudTrailError {
        code,
        message: message.into(),
    }
}

/// A LookupEvents request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LookupEventsInput {
    /// `(AttributeKey, AttributeValue)` pairs; CloudTrail accepts at most one.
    pub lookup_attributes: Vec<(String, String)>,
    /// Only events at or after this time.
    pub start_time: Option<Timestamp>,
    /// Only events at or before this time.
    pub end_time: Option<Timestamp>,
    /// Events per page (1–50, default 50).
    pub max_results: Option<i64>,
    /// Where the previous page ended.
    pub next_token: Option<String>,
    /// The Region looked in (CloudTrail looks up one Region's events); `None` for all.
    pub region: Option<String>,
}

impl LookupEventsInput {
    /// Reads a request in wire form (`LookupAttributes`, `StartTime`, `EndTime` as epoch
    /// seconds or RFC 3339, `MaxResults`, `NextToken`).
    pub fn from_json(v: &Value) -> Result<Self, CloudTrailError> {
        use CloudTrailErrorCode::*;
        let time = |member: &str| -> Result<Option<Timestamp>, CloudTrailError> {
            match v.get(member) {
                None | Some(Value::Null) => Ok(None),
                Some(t) => super::redact::parse_time(t).map(Some).ok_or_else(|| {
                    err(
                        InvalidTimeRangeException,
                        format!("{member} is not a valid time."),
                    )
                }),
            }
        };
        let mut attributes = Vec::new();
        for a in v["LookupAttributes"].as_array().into_iter().flatten() {
            let (Some(k), Some(val)) = (a["AttributeKey"].as_str(), a["AttributeValue"].as_str())
            else {
                return Err(err(
                    InvalidLookupAttributesException,
                    "Each lookup attribute needs an AttributeKey and an AttributeValue.",
                ));
            };
            attributes.push((k.to_string(), val.to_string()));
        }
        let max_results = match v.get("MaxResults") {
            None | Some(Value::Null) => None,
            Some(n) => Some(n.as_i64().ok_or_else(|| {
                err(
                    InvalidMaxResultsException,
                    "MaxResults must be a whole number from 1 to 50.",
                )
            })?),
        };
        Ok(Self {
            lookup_attributes: attributes,
            start_time: time("StartTime")?,
            end_time: time("EndTime")?,
            max_results,
            next_token: v["NextToken"].as_str().map(str::to_string),
            region: None,
        })
    }
}

/// A validated lookup.
#[derive(Debug, Clone)]
pub struct Query {
    attribute: Option<(String, String)>,
    region: Option<String>,
    start: Option<i64>,
    end: Option<i64>,
    max: usize,
    before: Option<u64>,
    binding: String,
}

/// CloudTrail's length rule: `_`, space, `,` and newline count as two characters.
fn attribute_length(v: &str) -> usize {
    v.chars()
        .map(|c| {
            if matches!(c, '_' | ' ' | ',' | '\n') {
                2
            } else {
                1
            }
        })
        .sum()
}

impl Query {
    /// Validates `input` as CloudTrail does.
    pub fn new(input: &LookupEventsInput) -> Result<Self, CloudTrailError> {
        use CloudTrailErrorCode::*;
        let max = input.max_results.unwrap_or(MAX_RESULTS);
        if !(1..=MAX_RESULTS).contains(&max) {
            return Err(err(
                InvalidMaxResultsException,
                format!("MaxResults {max} is not valid: give a number from 1 to 50."),
            ));
        }
        if let (Some(s), Some(e)) = (input.start_time, input.end_time)
            && s > e
        {
            return Err(err(
                InvalidTimeRangeException,
                format!(
                    "The start time {} is after the end time {}.",
                    s.to_iso(),
                    e.to_iso()
                ),
            ));
        }
        if input.lookup_attributes.len() > 1 {
            return Err(err(
                InvalidLookupAttributesException,
                format!(
                    "Only one lookup attribute can be given; {} were given.",
                    input.lookup_attributes.len()
                ),
            ));
        }
        let attribute = input.lookup_attributes.first().cloned();
        if let Some((k, v)) = &attribute {
            if !ATTRIBUTE_KEYS.contains(&k.as_str()) {
                return Err(err(
                    InvalidLookupAttributesException,
                    format!(
                        "'{k}' is not a lookup attribute key; use one of {}.",
                        ATTRIBUTE_KEYS.join(", ")
                    ),
                ));
            }
            if !(1..=2000).contains(&attribute_length(v)) {
                return Err(err(
                    InvalidLookupAttributesException,
                    format!(
                        "The value of lookup attribute {k} must be 1 to 2000 characters long \
                     (underscores, spaces, commas and newlines count as two)."
                    ),
                ));
            }
            if k == "ReadOnly" && v != "true" && v != "false" {
                return Err(err(
                    InvalidLookupAttributesException,
                    format!("Lookup attribute ReadOnly takes true or false, not '{v}'."),
                ));
            }
        }
        let start = input.start_time.map(Timestamp::epoch_millis);
        let end = input.end_time.map(Timestamp::epoch_millis);
        let mut h = Sha256::new();
        for part in [
            attribute.as_ref().map_or("", |a| a.0.as_str()),
            attribute.as_ref().map_or("", |a| a.1.as_str()),
            &start.map_or(String::new(), |s| s.to_string()),
            &end.map_or(String::new(), |e| e.to_string()),
            input.region.as_deref().unwrap_or(""),
        ] {
            h.update((part.len() as u64).to_be_bytes());
            h.update(part.as_bytes());
        }
        let binding = crate::crypto::random::to_hex(&h.finalize()[..8]);
        let mut q = Self {
            attribute,
            region: input.region.clone(),
            start,
            end,
            max: max as usize,
            before: None,
            binding,
        };
        if let Some(token) = &input.next_token {
            q.before = Some(q.read_token(token).ok_or_else(|| {
                err(
                    InvalidNextTokenException,
                    "The NextToken is not valid, or it was issued for a lookup with other \
                 attributes or another time range.",
                )
            })?);
        }
        Ok(q)
    }

    fn read_token(&self, token: &str) -> Option<u64> {
        let raw = String::from_utf8(B64URL.decode(token).ok()?).ok()?;
        let mut parts = raw.split('|');
        let (tag, seq, binding) = (parts.next()?, parts.next()?, parts.next()?);
        (tag == "lkms1" && binding == self.binding && parts.next().is_none())
            .then(|| seq.parse().ok())
            .flatten()
    }

    /// Only records with a sequence number below this belong to the requested page.
    pub fn before(&self) -> Option<u64> {
        self.before
    }

    /// The token for the page after the event with sequence number `seq`.
    pub fn token_after(&self, seq: u64) -> String {
        B64URL.encode(format!("lkms1|{seq}|{}", self.binding))
    }

    /// Whether `event` matches the attribute and time range.
    pub fn matches(&self, event: &Value) -> bool {
        let Some(t) = super::redact::parse_time(&event["eventTime"]).map(Timestamp::epoch_millis)
        else {
            return false;
        };
        let other_region = self
            .region
            .as_ref()
            .is_some_and(|r| event["awsRegion"].as_str() != Some(r.as_str()));
        if other_region || self.start.is_some_and(|s| t < s) || self.end.is_some_and(|e| t > e) {
            return false;
        }
        let Some((key, want)) = &self.attribute else {
            return true;
        };
        let str_is = |v: &Value| v.as_str() == Some(want.as_str());
        let resources = || event["resources"].as_array().into_iter().flatten();
        match key.as_str() {
            "EventId" => str_is(&event["eventID"]),
            "EventName" => str_is(&event["eventName"]),
            "EventSource" => str_is(&event["eventSource"]),
            "ReadOnly" => event["readOnly"].as_bool().map(|b| b.to_string()).as_ref() == Some(want),
            "Username" => identity::username_of(event).as_ref() == Some(want),
            "AccessKeyId" => str_is(&event["userIdentity"]["accessKeyId"]),
            "ResourceName" => resources().any(|r| str_is(&r["ARN"])),
            "ResourceType" => resources().any(|r| str_is(&r["type"])),
            _ => false,
        }
    }

    /// Runs the lookup over `records` (sequence number and event, newest first): the
    /// LookupEvents output, `{"Events": […], "NextToken": …}`.
    pub fn run(&self, records: impl IntoIterator<Item = (u64, Value)>) -> Value {
        let mut events = Vec::new();
        let mut last_seq = None;
        let mut more = false;
        for (seq, event) in records {
            if self.before.is_some_and(|b| seq >= b) || !self.matches(&event) {
                continue;
            }
            if events.len() == self.max {
                more = true;
                break;
            }
            events.push(output_event(&event));
            last_seq = Some(seq);
        }
        let mut out = Map::new();
        out.insert("Events".into(), Value::Array(events));
        if let (true, Some(seq)) = (more, last_seq) {
            out.insert("NextToken".into(), self.token_after(seq).into());
        }
        Value::Object(out)
    }
}

/// One entry of LookupEvents' `Events`, members in the model's order.
pub fn output_event(event: &Value) -> Value {
    fn copy(m: &mut Map<String, Value>, to: &str, v: &Value) {
        if let Some(s) = v.as_str() {
            m.insert(to.into(), s.into());
        }
    }
    let mut m = Map::new();
    copy(&mut m, "EventId", &event["eventID"]);
    copy(&mut m, "EventName", &event["eventName"]);
    if let Some(b) = event["readOnly"].as_bool() {
        m.insert("ReadOnly".into(), b.to_string().into());
    }
    copy(&mut m, "AccessKeyId", &event["userIdentity"]["accessKeyId"]);
    if let Some(t) = super::redact::parse_time(&event["eventTime"]) {
        m.insert(
            "EventTime".into(),
            serde_json::to_value(t).unwrap_or(Value::Null),
        );
    }
    copy(&mut m, "EventSource", &event["eventSource"]);
    if let Some(user) = identity::username_of(event) {
        m.insert("Username".into(), user.into());
    }
    let resources: Vec<Value> = event["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let mut e = Map::new();
            e.insert("ResourceType".into(), r["type"].clone());
            e.insert("ResourceName".into(), r["ARN"].clone());
            Value::Object(e)
        })
        .collect();
    m.insert("Resources".into(), Value::Array(resources));
    m.insert(
        "CloudTrailEvent".into(),
        serde_json::to_string(event).unwrap_or_default().into(),
    );
    Value::Object(m)
}

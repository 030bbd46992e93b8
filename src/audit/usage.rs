//! The data behind GetKeyLastUsage: the last successful cryptographic use of a key.

use super::operations;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One recorded use of a key, as GetKeyLastUsage's `KeyLastUsage` reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeyUsage {
    /// The operation, one of [`operations::TRACKED`].
    pub operation: String,
    /// When, in epoch milliseconds.
    pub timestamp: i64,
    /// The `eventID` of the call's audit event.
    pub cloud_trail_event_id: String,
    /// The call's request ID.
    pub kms_request_id: String,
}

impl KeyUsage {
    /// The usage to record for a successful call of `operation` at `time`, or `None` when the
    /// operation is not a tracked cryptographic one.
    pub fn of(operation: &str, time: Timestamp, event_id: &str, request_id: &str) -> Option<Self> {
        operations::is_tracked(operation).then(|| Self {
            operation: operation.to_string(),
            timestamp: time.epoch_millis(),
            cloud_trail_event_id: event_id.to_string(),
            kms_request_id: request_id.to_string(),
        })
    }
}

/// The keys whose last use a successful call of `operation` updates, as `(region, key ID)`:
/// every key ARN among the call's resources (ReEncrypt has two), none for other operations.
pub fn keys_used<'a>(operation: &str, resources: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    if !operations::is_tracked(operation) {
        return Vec::new();
    }
    let mut keys: Vec<(&str, &str)> = resources
        .iter()
        .filter_map(|arn| {
            let mut it = arn.splitn(6, ':');
            let region = it.nth(3)?;
            let key_id = it.nth(1)?.strip_prefix("key/")?;
            Some((region, key_id))
        })
        .collect();
    keys.dedup();
    keys
}

fn time_value(ms: i64) -> Value {
    Timestamp::from_epoch_millis(ms)
        .and_then(|t| serde_json::to_value(t).ok())
        .unwrap_or(Value::Null)
}

/// The GetKeyLastUsage response (core form: timestamps as the CLI prints them, which the server
/// face turns into epoch seconds like every other response).
///
/// `TrackingStartDate` is the later of when tracking began for the keystore and when the key was
/// created; `KeyLastUsage` is an empty object when nothing was recorded since then.
pub fn response(
    key_id: &str,
    last: Option<&KeyUsage>,
    tracking_started: Timestamp,
    created: Timestamp,
) -> Value {
    let start = tracking_started.max(created);
    let mut usage = Map::new();
    // A usage older than the tracking start (a stale file from a key re-created under the same
    // ID cannot happen, but a clock moved back can) is not reported.
    if let Some(u) = last.filter(|u| u.timestamp >= start.epoch_millis()) {
        usage.insert("Operation".into(), u.operation.clone().into());
        usage.insert("Timestamp".into(), time_value(u.timestamp));
        usage.insert(
            "CloudTrailEventId".into(),
            u.cloud_trail_event_id.clone().into(),
        );
        usage.insert("KmsRequestId".into(), u.kms_request_id.clone().into());
    }
    let mut m = Map::new();
    m.insert("KeyId".into(), key_id.into());
    m.insert("KeyLastUsage".into(), Value::Object(usage));
    m.insert("TrackingStartDate".into(), time_value(start.epoch_millis()));
    m.insert("KeyCreationDate".into(), time_value(created.epoch_millis()));
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn t(secs: i64) -> Timestamp {
        Timestamp::from_epoch_millis(secs * 1000).unwrap()
    }

    #[test]
    fn only_tracked_operations_count() {
        assert!(KeyUsage::of("DescribeKey", t(1), "e", "r").is_none());
        assert!(KeyUsage::of("GenerateRandom", t(1), "e", "r").is_none());
        let u = KeyUsage::of("Sign", t(1_700_000_000), "e", "r").unwrap();
        assert_eq!(u.timestamp, 1_700_000_000_000);
    }

    #[test]
    fn keys_used_by_a_call() {
        let a = "arn:aws:kms:us-east-1:111122223333:key/mrk-1";
        let b = "arn:aws:kms:eu-west-1:111122223333:key/mrk-1";
        let alias = "arn:aws:kms:us-east-1:111122223333:alias/x";
        assert_eq!(
            keys_used("ReEncrypt", &[a, b]),
            [("us-east-1", "mrk-1"), ("eu-west-1", "mrk-1")]
        );
        assert_eq!(
            keys_used("Encrypt", &[alias, a, a]),
            [("us-east-1", "mrk-1")]
        );
        assert!(keys_used("DescribeKey", &[a]).is_empty());
    }

    #[test]
    fn response_shapes() {
        let u = KeyUsage::of("Encrypt", t(1_700_000_100), "ev", "rq").unwrap();
        let r = response("arn:k", Some(&u), t(1_600_000_000), t(1_700_000_000));
        assert_eq!(
            r,
            json!({
                "KeyId": "arn:k",
                "KeyLastUsage": {
                    "Operation": "Encrypt",
                    "Timestamp": "2023-11-14T22:15:00+00:00",
                    "CloudTrailEventId": "ev",
                    "KmsRequestId": "rq"
                },
                "TrackingStartDate": "2023-11-14T22:13:20+00:00",
                "KeyCreationDate": "2023-11-14T22:13:20+00:00"
            })
        );
        // An unused key created before tracking began: empty usage, tracking start after creation.
        let r = response("arn:k", None, t(1_700_000_000), t(1_600_000_000));
        assert_eq!(r["KeyLastUsage"], json!({}));
        assert_eq!(r["TrackingStartDate"], "2023-11-14T22:13:20+00:00");
        assert_eq!(r["KeyCreationDate"], "2020-09-13T12:26:40+00:00");
    }
}

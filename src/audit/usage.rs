//! The data behind GetKeyLastUsage: the last successful cryptographic use of a key.

use super::operations;
use crate::model::Timestamp;
use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}

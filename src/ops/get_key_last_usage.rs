//! GetKeyLastUsage: the last successful cryptographic use of a key — operation, time, CloudTrail
//! event ID and request ID — and since when lkms has been tracking uses. Key ID or key ARN only
//! (no aliases); it answers in every key state. Uses are recorded whether or not the audit trail
//! is on; the event ID is the one `lkms audit lookup-events` finds while the trail is on.

use super::prelude::*;

op!(keystore "GetKeyLastUsage", "Prints when a key was last used for a cryptographic operation, and by which call.", handle);

/// Runs GetKeyLastUsage, in the order AWS checks.
pub fn handle(svc: &Service, req: GetKeyLastUsageRequest) -> Result<GetKeyLastUsageResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:GetKeyLastUsage"), &key)?;
    let (last, tracking) = record::last_usage(svc, &key)?;
    let created = Timestamp::from_epoch_millis(key.creation_date).unwrap_or(tracking);
    // Tracking began for this key when it was created or when lkms began tracking, whichever
    // is later.
    let start = tracking.max(created);
    let usage = last
        .filter(|u| u.timestamp >= start.epoch_millis())
        .map(|u| KeyLastUsageData {
            operation: KeyLastUsageTrackingOperation::parse(&u.operation),
            timestamp: Timestamp::from_epoch_millis(u.timestamp),
            cloud_trail_event_id: Some(u.cloud_trail_event_id),
            kms_request_id: Some(u.kms_request_id),
        });
    Ok(GetKeyLastUsageResponse {
        key_id: Some(key.key_id.clone()),
        // An empty object when the key has not been used since tracking began.
        key_last_usage: Some(usage.unwrap_or_default()),
        tracking_start_date: Some(start),
        key_creation_date: Some(created),
    })
}

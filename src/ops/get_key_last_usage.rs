//! GetKeyLastUsage: the last successful cryptographic use of a key — operation, time, CloudTrail
//! event ID and request ID — and since when lkms has been tracking uses. Key ID or key ARN only
//! (no aliases); it answers in every key state. Uses are recorded whether or not the audit trail
//! is on; the event ID is the one `lkms audit lookup-events` finds while the trail is on.

use super::prelude::*;

op!(keystore "GetKeyLastUsage", "Prints when a key was last used for a cryptographic operation, and by which call.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Tells when a key was last used for a successful cryptographic operation (Encrypt, Decrypt, ReEncrypt, the GenerateDataKey family, Sign, Verify, GenerateMac, VerifyMac, DeriveSharedSecret, Encapsulate or Decapsulate): the operation, its time, its CloudTrail event ID and its request ID. Failed calls do not count, and ReEncrypt counts for both of its keys. TrackingStartDate is when lkms began recording uses in this keystore, or the key's creation date if that is later. An empty KeyLastUsage means no use since then; a key created before TrackingStartDate may still have been used earlier. Uses are recorded whether or not the audit trail is on; while it is on, `lkms audit lookup-events` finds the event by its ID. Key ID or key ARN only; works in every key state.",
    errors: &[(
        "NotFoundException",
        "No key has that key ID or key ARN here; alias names and alias ARNs are not accepted.",
    )],
    examples: &[
        Example {
            title: "A key not used since tracking began",
            command: r##"lkms get-key-last-usage --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
    "KeyLastUsage": {},
    "TrackingStartDate": "2025-01-01T00:00:00+00:00",
    "KeyCreationDate": "2024-01-01T00:00:00+00:00"
}"##,
        },
        Example {
            title: "After an Encrypt",
            command: r##"lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== > /dev/null && LKMS_NOW=2025-01-01T00:05:00Z lkms get-key-last-usage --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
    "KeyLastUsage": {
        "Operation": "Encrypt",
        "Timestamp": "2025-01-01T00:00:00+00:00",
        "CloudTrailEventId": "…",
        "KmsRequestId": "…"
    },
    "TrackingStartDate": "2025-01-01T00:00:00+00:00",
    "KeyCreationDate": "2024-01-01T00:00:00+00:00"
}"##,
        },
        Example {
            title: "ReEncrypt is a use of both keys",
            command: r##"blob=$(lkms encrypt --key-id alias/example --plaintext SGVsbG8sIHdvcmxkIQ== --query CiphertextBlob --output text) && LKMS_NOW=2025-01-01T00:01:00Z lkms re-encrypt --ciphertext-blob "$blob" --destination-key-id alias/example-2 > /dev/null && for key in 1234abcd-12ab-34cd-56ef-1234567890ab 0987dcba-09fe-87dc-65ba-ab0987654321; do lkms get-key-last-usage --key-id "$key" --query '[KeyId,KeyLastUsage.Operation,KeyLastUsage.Timestamp]' --output text; done"##,
            output: "1234abcd-12ab-34cd-56ef-1234567890ab\tReEncrypt\t2025-01-01T00:01:00+00:00\n0987dcba-09fe-87dc-65ba-ab0987654321\tReEncrypt\t2025-01-01T00:01:00+00:00",
        },
    ],
};

/// Runs GetKeyLastUsage, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GetKeyLastUsageRequest,
) -> Result<GetKeyLastUsageResponse, Error> {
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

//! GetKeyRotationStatus: whether automatic rotation is on, its period and the next rotation date. A
//! key pending deletion reports rotation off (its setting comes back if the deletion is cancelled).

use super::prelude::*;
use crate::steps::rotation::{self, Imported};

op!(keystore "GetKeyRotationStatus", "Prints whether automatic rotation is on and when it next happens.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints whether automatic rotation is on, its period and when the next rotation is due. A key pending deletion reports rotation off (its setting returns if the deletion is cancelled).",
    errors: &[(
        "UnsupportedOperationException",
        "The key cannot rotate automatically: not a symmetric encryption key, or its material is imported.",
    )],
    examples: &[Example {
        title: "Rotation of the example key",
        command: r##"lkms get-key-rotation-status --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "KeyRotationEnabled": true,
    "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
    "RotationPeriodInDays": 365,
    "NextRotationDate": "2026-01-01T00:00:00+00:00"
}"##,
    }],
};

/// Runs GetKeyRotationStatus, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: GetKeyRotationStatusRequest,
) -> Result<GetKeyRotationStatusResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:GetKeyRotationStatus"), &key)?;
    rotation::rotatable(svc, &key, Imported::Refused)?;
    let settings = key
        .rotation
        .as_ref()
        .filter(|s| s.enabled && key.key_state != KeyState::PendingDeletion);
    Ok(GetKeyRotationStatusResponse {
        key_rotation_enabled: Some(settings.is_some()),
        key_id: Some(key.key_id.clone()),
        rotation_period_in_days: settings.map(|s| i64::from(s.period_days)),
        next_rotation_date: settings
            .and_then(|s| s.next_rotation)
            .and_then(Timestamp::from_epoch_millis),
        on_demand_rotation_start_date: None,
    })
}

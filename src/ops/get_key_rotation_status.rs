//! GetKeyRotationStatus: whether automatic rotation is on, its period and the next rotation date. A
//! key pending deletion reports rotation off (its setting comes back if the deletion is cancelled).

use super::prelude::*;
use crate::steps::rotation::{self, Imported};

op!(keystore "GetKeyRotationStatus", "Prints whether automatic rotation is on and when it next happens.", handle);

/// Runs GetKeyRotationStatus, in the order AWS checks.
pub fn handle(svc: &Service, req: GetKeyRotationStatusRequest) -> Result<GetKeyRotationStatusResponse, Error> {
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

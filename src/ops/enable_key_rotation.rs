//! EnableKeyRotation: new key material every `RotationPeriodInDays` (90–2560, default 365), the
//! first time that many days from now (or from the last rotation when rotation was already on).
//! Symmetric keys with material from AWS_KMS only; refused for disabled keys.

use super::prelude::*;
use crate::steps::{multi_region, persist};
use crate::steps::rotation::{self, DAY_MS, DEFAULT_PERIOD_DAYS, Imported};
use crate::store::RotationSettings;

op!(keystore "EnableKeyRotation", "Turns on automatic rotation: new key material every period.", handle);

/// Runs EnableKeyRotation, in the order AWS checks.
pub fn handle(svc: &Service, req: EnableKeyRotationRequest) -> Result<(), Error> {
    let period = req
        .rotation_period_in_days
        .map_or(DEFAULT_PERIOD_DAYS, |p| p as u32);
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:EnableKeyRotation").keys(|k| {
        k.rotation_period_in_days(period as i64);
    }), &key)?;
    rotation::rotatable(svc, &key, Imported::Refused)?;
    // Rotation is a shared property of multi-Region keys, managed on the primary.
    multi_region::refuse_replica(svc, &key)?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Rotation, r)?;
        let now = svc.now_millis();
        // Already on: the schedule counts from the last rotation (or from when it was turned
        // on); newly on: from now.
        let base = match &r.rotation {
            Some(s) if s.enabled => s
                .next_rotation
                .map(|n| n - s.period_days as i64 * DAY_MS)
                .unwrap_or(now),
            _ => now,
        };
        r.rotation = Some(RotationSettings {
            enabled: true,
            period_days: period,
            next_rotation: Some((base + period as i64 * DAY_MS).max(now)),
        });
        Ok(())
    })
}

//! EnableKeyRotation: new key material every `RotationPeriodInDays` (90–2560, default 365), the
//! first time that many days from now (or from the last rotation when rotation was already on).
//! Symmetric keys with material from AWS_KMS only; refused for disabled keys.

use super::prelude::*;
use crate::steps::rotation::{self, DAY_MS, DEFAULT_PERIOD_DAYS, Imported};
use crate::steps::{multi_region, persist};
use crate::store::RotationSettings;

op!(keystore "EnableKeyRotation", "Turns on automatic rotation: new key material every period.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Turns automatic rotation on for a symmetric encryption key with lkms-made material: new material every --rotation-period-in-days (90 to 2560, default 365), the first that many days from now. Older material stays for decryption.",
    errors: &[
        (
            "UnsupportedOperationException",
            "The key cannot rotate automatically: not a symmetric encryption key, or its material is imported.",
        ),
        ("DisabledException", "The key is disabled."),
    ],
    examples: &[Example {
        title: "Rotate every 180 days",
        command: r##"lkms enable-key-rotation --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --rotation-period-in-days 180 && lkms get-key-rotation-status --key-id 0987dcba-09fe-87dc-65ba-ab0987654321"##,
        output: r##"{
    "KeyRotationEnabled": true,
    "KeyId": "0987dcba-09fe-87dc-65ba-ab0987654321",
    "RotationPeriodInDays": 180,
    "NextRotationDate": "2025-06-30T00:00:00+00:00"
}"##,
    }],
};

/// Runs EnableKeyRotation, in the order AWS checks.
pub fn handle(svc: &Service, req: EnableKeyRotationRequest) -> Result<(), Error> {
    let period = req
        .rotation_period_in_days
        .map_or(DEFAULT_PERIOD_DAYS, |p| p as u32);
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(
        svc,
        &Ask::new("kms:EnableKeyRotation").keys(|k| {
            k.rotation_period_in_days(period as i64);
        }),
        &key,
    )?;
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

//! Rotation, shared by the rotation operations and housekeeping: which keys can rotate, and
//! adding a new current material version. Older versions stay, so every ciphertext made under
//! them still decrypts.

use super::{Service, keyspec, material};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeySpec, OriginType, RotationType};
use crate::store::KeyRecord;

/// The most on-demand rotations one key may have.
pub const MAX_ON_DEMAND_ROTATIONS: u32 = 10;
/// The automatic rotation period when none is given.
pub const DEFAULT_PERIOD_DAYS: u32 = 365;
/// A day in milliseconds.
pub const DAY_MS: i64 = 86_400_000;

/// Whether an operation accepts keys with imported material.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// RotateKeyOnDemand and ListKeyRotations.
    Allowed,
    /// Automatic rotation: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus.
    Refused,
}

/// Refuses keys that cannot rotate: key specs other than symmetric, and origins other than
/// AWS_KMS (EXTERNAL too unless `imported` allows it: imported keys rotate on demand only).
pub fn rotatable(svc: &Service, rec: &KeyRecord, imported: Imported) -> Result<(), Error> {
    let arn = svc.key_arn(&rec.key_id);
    let allowed = rec.origin == OriginType::AWS_KMS
        || (rec.origin == OriginType::EXTERNAL && imported == Imported::Allowed);
    if !allowed {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{arn} origin is {} which is not valid for this operation.",
                rec.origin.as_str()
            ),
        ));
    }
    if rec.key_spec != KeySpec::SYMMETRIC_DEFAULT {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{arn} key spec is {} which is not valid for this operation.",
                rec.key_spec.as_str()
            ),
        ));
    }
    Ok(())
}

/// Adds a new current material version to `rec`, made by a rotation of `kind` at `when`.
pub fn add_material(svc: &Service, rec: &mut KeyRecord, kind: RotationType, when: i64) {
    let material_id = random::hex_id();
    let bytes = keyspec::new_material(rec.key_spec);
    let mut m = material::seal(svc, &rec.key_id, &material_id, &bytes, when);
    m.rotation_type = Some(kind);
    m.rotation_date = Some(when);
    rec.materials.push(m);
    rec.current_material_id = Some(material_id);
}

//! Key rotation: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus,
//! RotateKeyOnDemand, ListKeyRotations, and automatic rotation when it falls due.
//!
//! A rotation adds a new material version that becomes current; older versions stay, so every
//! ciphertext made under them still decrypts.

use super::keyspec::new_material;
use super::paging;
use super::state::{self, Op};
use super::validate::Validator;
use super::{Aliases, Service};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::{KeyRecord, RotationSettings};

/// The most on-demand rotations one key may have.
pub const MAX_ON_DEMAND_ROTATIONS: u32 = 10;
/// The automatic rotation period when none is given.
pub const DEFAULT_PERIOD_DAYS: u32 = 365;
/// Automatic rotations made at one access at most, however far the clock has moved.
const MAX_CATCH_UP: usize = 100;
const DAY_MS: i64 = 86_400_000;

/// Whether an operation accepts keys with imported material.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Imported {
    /// RotateKeyOnDemand and ListKeyRotations.
    Allowed,
    /// Automatic rotation: EnableKeyRotation, DisableKeyRotation, GetKeyRotationStatus.
    Refused,
}

impl Service {
    /// Refuses keys that cannot rotate: key specs other than symmetric, and origins other than
    /// AWS_KMS (EXTERNAL too unless `imported` allows it: imported keys rotate on demand only).
    fn rotatable(&self, rec: &KeyRecord, imported: Imported) -> Result<(), Error> {
        let arn = self.key_arn(&rec.key_id);
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

    /// Adds a new current material version to `rec`.
    fn add_material(&self, rec: &mut KeyRecord, kind: RotationType, when: i64) {
        let material_id = random::hex_id();
        let mut m = self.store.seal_material(
            &self.region,
            &rec.key_id,
            &material_id,
            &new_material(rec.key_spec),
            when,
        );
        m.rotation_type = Some(kind);
        m.rotation_date = Some(when);
        rec.materials.push(m);
        rec.current_material_id = Some(material_id);
    }

    /// True if `rec` has an automatic rotation due now.
    pub(super) fn rotation_due(&self, rec: &KeyRecord) -> bool {
        rec.key_state == KeyState::Enabled
            && rec.rotation.as_ref().is_some_and(|r| {
                r.enabled
                    && r.next_rotation
                        .is_some_and(|n| n <= self.clock.now().epoch_millis())
            })
    }

    /// Makes every automatic rotation that is due, under the lock; returns the updated key.
    pub(super) fn rotate_due(&self, key_id: &str) -> Result<KeyRecord, Error> {
        let _lock = self.store.lock()?;
        let mut rec = self.load_locked(key_id)?;
        let now = self.clock.now().epoch_millis();
        let mut changed = false;
        for _ in 0..MAX_CATCH_UP {
            if !self.rotation_due(&rec) {
                break;
            }
            let Some(settings) = rec.rotation.clone() else {
                break;
            };
            let when = settings.next_rotation.unwrap_or(now);
            self.add_material(&mut rec, RotationType::AUTOMATIC, when);
            let next = when + settings.period_days as i64 * DAY_MS;
            rec.rotation = Some(RotationSettings {
                next_rotation: Some(next.max(when + DAY_MS)),
                ..settings
            });
            changed = true;
        }
        if changed {
            self.store.write_key(&self.region, &rec)?;
        }
        Ok(rec)
    }

    fn rotation_key(&self, key_id: &str, imported: Imported) -> Result<KeyRecord, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", key_id, 1, 2048);
        v.finish()?;
        let rec = self.resolve(key_id, Aliases::Refused)?;
        self.rotatable(&rec, imported)?;
        Ok(rec)
    }

    /// EnableKeyRotation: rotates automatically every `RotationPeriodInDays` (90–2560, default
    /// 365), the first time that many days from now.
    pub fn enable_key_rotation(&self, req: EnableKeyRotationRequest) -> Result<(), Error> {
        let mut v = Validator::new();
        if let Some(p) = req.rotation_period_in_days {
            v.range("rotationPeriodInDays", p, 90, 2560);
        }
        v.finish()?;
        let period = req
            .rotation_period_in_days
            .map_or(DEFAULT_PERIOD_DAYS, |p| p as u32);
        let rec = self.rotation_key(&req.key_id, Imported::Refused)?;
        self.update(&rec.key_id, |r| {
            state::check(Op::Rotation, r.key_state, &self.key_arn(&r.key_id))?;
            let now = self.clock.now().epoch_millis();
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

    /// DisableKeyRotation.
    pub fn disable_key_rotation(&self, req: KeyIdRequest) -> Result<(), Error> {
        let rec = self.rotation_key(&req.key_id, Imported::Refused)?;
        self.update(&rec.key_id, |r| {
            state::check(Op::Rotation, r.key_state, &self.key_arn(&r.key_id))?;
            if let Some(s) = &mut r.rotation {
                s.enabled = false;
                s.next_rotation = None;
            }
            Ok(())
        })
    }

    /// GetKeyRotationStatus. A key pending deletion reports rotation off (its setting comes back
    /// if the deletion is cancelled).
    pub fn get_key_rotation_status(
        &self,
        req: KeyIdRequest,
    ) -> Result<GetKeyRotationStatusResponse, Error> {
        let rec = self.rotation_key(&req.key_id, Imported::Refused)?;
        let settings = rec
            .rotation
            .as_ref()
            .filter(|s| s.enabled && rec.key_state != KeyState::PendingDeletion);
        Ok(GetKeyRotationStatusResponse {
            key_rotation_enabled: settings.is_some(),
            key_id: rec.key_id.clone(),
            rotation_period_in_days: settings.map(|s| s.period_days),
            next_rotation_date: settings
                .and_then(|s| s.next_rotation)
                .and_then(Timestamp::from_epoch_millis),
            on_demand_rotation_start_date: None,
        })
    }

    /// RotateKeyOnDemand: a new current material now (for an imported key, the material imported
    /// as NEW_KEY_MATERIAL); at most ten times per key. The automatic schedule is unchanged.
    pub fn rotate_key_on_demand(
        &self,
        req: KeyIdRequest,
    ) -> Result<RotateKeyOnDemandResponse, Error> {
        let rec = self.rotation_key(&req.key_id, Imported::Allowed)?;
        self.update(&rec.key_id, |r| {
            let arn = self.key_arn(&r.key_id);
            state::check(Op::Rotation, r.key_state, &arn)?;
            if r.on_demand_rotations >= MAX_ON_DEMAND_ROTATIONS {
                return Err(kms(
                    ErrorCode::LimitExceededException,
                    format!(
                        "The on-demand rotations limit has been reached for the given keyId. No \
                         more on-demand rotations can be performed for this key: {arn}"
                    ),
                ));
            }
            let now = self.clock.now().epoch_millis();
            if r.origin == OriginType::EXTERNAL {
                let pending = r.materials.iter().position(|m| m.pending_rotation());
                let Some(i) = pending else {
                    return Err(kms(
                        ErrorCode::KMSInvalidStateException,
                        format!(
                            "{arn} has no key material pending rotation. Import new key \
                             material with ImportType NEW_KEY_MATERIAL first."
                        ),
                    ));
                };
                // The new current material moves to the end: the list stays in rotation order.
                let mut m = r.materials.remove(i);
                if let Some(info) = &mut m.import {
                    info.pending_rotation = false;
                }
                m.rotation_type = Some(RotationType::ON_DEMAND);
                m.rotation_date = Some(now);
                r.current_material_id = Some(m.material_id.clone());
                r.materials.push(m);
            } else {
                self.add_material(r, RotationType::ON_DEMAND, now);
            }
            r.on_demand_rotations += 1;
            Ok(())
        })?;
        Ok(RotateKeyOnDemandResponse { key_id: rec.key_id })
    }

    /// ListKeyRotations: completed rotations, oldest first (with `ALL_KEY_MATERIAL`, the first
    /// material too).
    pub fn list_key_rotations(
        &self,
        req: ListKeyRotationsRequest,
    ) -> Result<ListKeyRotationsResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        if let Some(i) = &req.include_key_material {
            v.one_of("includeKeyMaterial", i, IncludeKeyMaterial::ALL);
        }
        paging::check(&mut v, req.limit, req.marker.as_deref());
        v.finish()?;
        let all = req.include_key_material.as_deref() == Some("ALL_KEY_MATERIAL");
        let rec = self.rotation_key(&req.key_id, Imported::Allowed)?;
        let imported = rec.origin == OriginType::EXTERNAL;
        let entries: Vec<(String, RotationsListEntry)> = rec
            .materials
            .iter()
            .enumerate()
            .filter(|(_, m)| all || m.rotation_type.is_some())
            .map(|(i, m)| {
                let current = rec.current_material_id.as_deref() == Some(&m.material_id);
                let terms = m.import.as_ref().filter(|_| imported);
                (
                    format!("{i:06}"),
                    RotationsListEntry {
                        key_id: rec.key_id.clone(),
                        key_material_id: m.material_id.clone(),
                        key_material_description: terms.and_then(|t| t.description.clone()),
                        import_state: imported.then_some(if m.sealed.is_some() {
                            ImportState::IMPORTED
                        } else {
                            ImportState::PENDING_IMPORT
                        }),
                        key_material_state: if current {
                            KeyMaterialState::CURRENT
                        } else if m.pending_rotation() {
                            KeyMaterialState::PENDING_ROTATION
                        } else {
                            KeyMaterialState::NON_CURRENT
                        },
                        expiration_model: terms.map(|t| t.expiration_model),
                        valid_to: terms
                            .and_then(|t| t.valid_to)
                            .and_then(Timestamp::from_epoch_millis),
                        rotation_date: m.rotation_date.and_then(Timestamp::from_epoch_millis),
                        rotation_type: m.rotation_type,
                    },
                )
            })
            .collect();
        let page = paging::page(
            &entries,
            |e| e.0.clone(),
            req.limit,
            req.marker.as_deref(),
            100,
            1000,
        )?;
        Ok(ListKeyRotationsResponse {
            rotations: page.items.into_iter().map(|(_, e)| e).collect(),
            next_marker: page.next_marker,
            truncated: page.truncated,
        })
    }
}

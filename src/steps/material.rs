//! Key material: unsealing a key's current material or a named version of it.

use super::Service;
use crate::crypto::secret::Key256;
use crate::crypto::secret::Secret;
use crate::error::{Error, ErrorCode, kms};
use crate::store::{KeyRecord, Material};

/// Unseals a key's current material; returns it with its material ID.
pub fn current(svc: &Service, rec: &KeyRecord) -> Result<(Secret, String), Error> {
    let missing = || {
        kms(
            ErrorCode::KMSInternalException,
            "The key has no current key material.",
        )
    };
    let material_id = rec.current_material_id.clone().ok_or_else(missing)?;
    let material = rec.material(&material_id).ok_or_else(missing)?;
    Ok((open(svc, rec, material)?, material_id))
}

/// Unseals one material version of a key (remembered by a long-lived process's cache).
pub fn open(svc: &Service, rec: &KeyRecord, m: &Material) -> Result<Secret, Error> {
    let cache = svc.cache().filter(|_| m.sealed.is_some());
    if let Some(s) = cache.and_then(|c| c.material(svc.region(), &rec.key_id, &m.material_id)) {
        return Ok(s);
    }
    let s = svc.store().open_material(svc.region(), &rec.key_id, m)?;
    if let Some(c) = cache {
        c.put_material(svc.region(), &rec.key_id, &m.material_id, &s);
    }
    Ok(s)
}

/// The 256-bit AES key held in a symmetric key's material.
pub fn key256(bytes: &[u8]) -> Result<Key256, Error> {
    Key256::from_slice(bytes).ok_or_else(|| {
        kms(
            ErrorCode::KMSInternalException,
            "The key material has the wrong length.",
        )
    })
}

/// Seals fresh or imported material for `rec`, ready to add to its document.
pub fn seal(
    svc: &Service,
    key_id: &str,
    material_id: &str,
    bytes: &[u8],
    created: i64,
) -> Material {
    svc.store()
        .seal_material(svc.region(), key_id, material_id, bytes, created)
}

//! Sealing under the keystore's keys: key material, import tokens, credentials — each bound
//! (AAD) to its purpose, this keystore and its owner, so it opens nowhere else.

use super::error::{StoreError, StoreResult};
use super::keyrecord::Material;
use super::keystore::Keystore;
use crate::crypto::secret::Secret;
use crate::crypto::{derive, random, seal};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

impl Keystore {
    /// Associated data binding a sealed value to its purpose, this keystore and `parts`.
    fn bound_aad(&self, purpose: &str, parts: &[&str]) -> Vec<u8> {
        let mut aad = Vec::new();
        for p in [purpose, self.keystore_id()].iter().chain(parts) {
            aad.extend_from_slice(&(p.len() as u32).to_be_bytes());
            aad.extend_from_slice(p.as_bytes());
        }
        aad
    }

    fn material_aad(&self, region: &str, key_id: &str, material_id: &str) -> Vec<u8> {
        self.bound_aad("lkms material v1", &[region, key_id, material_id])
    }

    /// Seals `data` so that only this keystore opens it, and only for `purpose` and `parts`.
    pub(super) fn seal_bound(&self, purpose: &str, parts: &[&str], data: &[u8]) -> Vec<u8> {
        seal::seal(&self.seal_key, &self.bound_aad(purpose, parts), data)
    }

    /// Opens what [`Self::seal_bound`] sealed for the same purpose and parts.
    pub(super) fn open_bound(
        &self,
        purpose: &str,
        parts: &[&str],
        sealed: &[u8],
    ) -> Option<Secret> {
        seal::open(&self.seal_key, &self.bound_aad(purpose, parts), sealed)
    }

    /// Seals an import token's contents so that only this keystore opens it, for this key.
    pub fn seal_import_token(&self, region: &str, key_id: &str, payload: &[u8]) -> Vec<u8> {
        self.seal_bound("lkms import token v1", &[region, key_id], payload)
    }

    /// Opens an import token sealed by [`Self::seal_import_token`] for this key; `None` if it
    /// was made for another key or keystore, or altered.
    pub fn open_import_token(&self, region: &str, key_id: &str, token: &[u8]) -> Option<Secret> {
        self.open_bound("lkms import token v1", &[region, key_id], token)
    }

    /// The ID of imported material: a keyed hash of the key and the material, so importing the
    /// same material into the same key always gives the same ID and different material never
    /// does, while the ID reveals nothing about the material. `scope` is the key's Region, or
    /// one name shared by all the Regions of a multi-Region key.
    pub fn imported_material_id(&self, scope: &str, key_id: &str, material: &[u8]) -> String {
        let tag = derive::tag(
            &self.mac_key,
            &[
                b"lkms imported material id v1",
                scope.as_bytes(),
                key_id.as_bytes(),
                material,
            ],
        );
        random::to_hex(&tag)
    }

    /// Seals fresh key material for storage in a key's document.
    pub fn seal_material(
        &self,
        region: &str,
        key_id: &str,
        material_id: &str,
        material: &[u8],
        created: i64,
    ) -> Material {
        let aad = self.material_aad(region, key_id, material_id);
        Material {
            material_id: material_id.to_string(),
            created,
            sealed: Some(B64.encode(seal::seal(&self.seal_key, &aad, material))),
            rotation_type: None,
            rotation_date: None,
            import: None,
        }
    }

    /// Unseals a key's material; a clear error if it was swapped or altered.
    pub fn open_material(&self, region: &str, key_id: &str, m: &Material) -> StoreResult<Secret> {
        let aad = self.material_aad(region, key_id, &m.material_id);
        let Some(sealed) = &m.sealed else {
            return Err(StoreError::PendingImport {
                key_id: key_id.to_string(),
                material_id: m.material_id.clone(),
            });
        };
        B64.decode(sealed)
            .ok()
            .and_then(|sealed| seal::open(&self.seal_key, &aad, &sealed))
            .ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "sealed material {} of key {key_id} does not open: it was altered or moved \
                     from another key",
                    m.material_id
                ))
            })
    }
}

//! The stored form of one KMS key.

use crate::model::{
    ExpirationModelType, KeyManagerType, KeySpec, KeyState, KeyUsageType, OriginType, RotationType,
    Tag,
};
use serde::{Deserialize, Serialize};

/// One version of a key's material, sealed under the keystore's sealing key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Material {
    /// The key material ID (64 lowercase hex characters).
    pub material_id: String,
    /// When the material was made, in epoch milliseconds.
    pub created: i64,
    /// Base64 of `nonce ‖ ciphertext ‖ tag`; AAD binds it to keystore, region, key and material.
    /// `None` once imported material was deleted or expired (it can be imported again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed: Option<String>,
    /// How this version was made by a rotation; `None` for the key's first material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation_type: Option<RotationType>,
    /// When the rotation that made this version completed, epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation_date: Option<i64>,
    /// How the material was imported; `None` for material lkms generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportInfo>,
}

/// The terms of the last import of a key material.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ImportInfo {
    /// Whether the material expires.
    pub expiration_model: ExpirationModelType,
    /// When it expires, epoch milliseconds (with KEY_MATERIAL_EXPIRES).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_to: Option<i64>,
    /// The caller's description of the material (symmetric keys).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Imported as new material that RotateKeyOnDemand has not made current yet.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pending_rotation: bool,
}

/// Automatic rotation settings of a key.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct RotationSettings {
    /// Whether automatic rotation is on.
    pub enabled: bool,
    /// Days between automatic rotations (90–2560).
    pub period_days: u32,
    /// When the next automatic rotation is due, epoch milliseconds.
    pub next_rotation: Option<i64>,
}

/// Everything lkms keeps about one key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct KeyRecord {
    /// The key ID.
    pub key_id: String,
    /// Creation time, epoch milliseconds.
    pub creation_date: i64,
    /// The description (may be empty).
    pub description: String,
    /// The key usage.
    pub key_usage: KeyUsageType,
    /// The key spec.
    pub key_spec: KeySpec,
    /// Where the material comes from.
    pub origin: OriginType,
    /// Who manages the key: CUSTOMER, or AWS for the AWS managed keys behind `alias/aws/…`.
    #[serde(default = "customer", skip_serializing_if = "is_customer")]
    pub key_manager: KeyManagerType,
    /// The key state.
    pub key_state: KeyState,
    /// When a pending deletion completes, epoch milliseconds.
    pub deletion_date: Option<i64>,
    /// The waiting period of a pending deletion.
    pub pending_window_in_days: Option<u32>,
    /// The key policy, exactly as given.
    pub policy: String,
    /// Tags in the order they were added.
    pub tags: Vec<Tag>,
    /// Every material version the key has had that is still held, oldest first.
    pub materials: Vec<Material>,
    /// The material new ciphertexts use.
    pub current_material_id: Option<String>,
    /// Automatic rotation, if it was ever configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotation: Option<RotationSettings>,
    /// How many on-demand rotations the key has had.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub on_demand_rotations: u32,
    /// The custom key store (`cks-…`) the key lives in (origins AWS_CLOUDHSM and
    /// EXTERNAL_KEY_STORE).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_key_store_id: Option<String>,
    /// The external key in the XKS proxy that backs the key (origin EXTERNAL_KEY_STORE).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xks_key_id: Option<String>,
    /// Where a multi-Region key stands among its related keys; `None` for single-Region keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_region: Option<MultiRegionRecord>,
}

/// What one document of a multi-Region key records about the set of related keys. The set itself
/// is the Regions holding a document with the same key ID; each document is self-contained.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct MultiRegionRecord {
    /// The Region of the primary key, as this document last heard it.
    pub primary_region: String,
    /// How many times the primary Region changed: among related documents, the one with the
    /// highest count says where the primary is (so an update cut short still has one answer).
    pub epoch: u64,
    /// When a transient state (Creating, Updating) ends, epoch milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settles_at: Option<i64>,
}

fn customer() -> KeyManagerType {
    KeyManagerType::CUSTOMER
}

fn is_customer(m: &KeyManagerType) -> bool {
    *m == KeyManagerType::CUSTOMER
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Material {
    /// True for imported material waiting for RotateKeyOnDemand.
    pub fn pending_rotation(&self) -> bool {
        self.import.as_ref().is_some_and(|i| i.pending_rotation)
    }
}

impl KeyRecord {
    /// The material with this ID, if the key still holds it.
    pub fn material(&self, material_id: &str) -> Option<&Material> {
        self.materials.iter().find(|m| m.material_id == material_id)
    }

    /// True while the key lacks material it needs: nothing imported yet, or a current or earlier
    /// material deleted or expired. Such a key is PendingImport (unless pending deletion).
    pub fn lacks_material(&self) -> bool {
        // A key in a CloudHSM key store has its material in the token, none in lkms.
        if self.origin == OriginType::AWS_CLOUDHSM {
            return false;
        }
        self.current_material_id.is_none()
            || self
                .materials
                .iter()
                .any(|m| m.sealed.is_none() && !m.pending_rotation())
    }
}

//! Seed files: a keystore's keys described as JSON, so a test suite can start from a known
//! keystore (fixed key IDs, material, aliases, tags, policies, rotation and creation dates).
//!
//! This module reads a seed document into checked [`SeedKey`]s; every fault is reported with the
//! path of the field at fault (`Keys[2].KeySpec: …`), and one fault refuses the whole document.
//! [`super::seed_apply`] applies it and writes one from a keystore.

use super::keyspec;
use super::seed_fields::{
    fault, parse_aliases, parse_date, parse_material, parse_policy, parse_rotation, parse_tags,
    text, unknown_fields,
};
use crate::crypto::secret::Secret;
use crate::error::Error;
use crate::model::{KeySpec, KeyUsageType, OriginType, Tag, is_key_id};
use serde_json::Value;
use std::collections::BTreeSet;

pub use super::seed_fields::pem;

/// The seed format version this lkms writes and reads.
pub const FORMAT: u64 = 1;

/// The members a seed document may have.
const DOCUMENT_FIELDS: &[&str] = &["LkmsSeed", "ContainsKeyMaterial", "Keys"];
/// The members a key may have.
const KEY_FIELDS: &[&str] = &[
    "KeyId",
    "KeySpec",
    "KeyUsage",
    "Origin",
    "Description",
    "Enabled",
    "CreationDate",
    "Policy",
    "Tags",
    "Aliases",
    "KeyRotation",
    "KeyMaterial",
    "KeyMaterialId",
];

/// One key as a seed describes it, checked.
pub struct SeedKey {
    /// Where it is in the document (`Keys[0]`), for later errors.
    pub path: String,
    /// The key ID.
    pub key_id: String,
    /// The key spec.
    pub key_spec: KeySpec,
    /// The key usage.
    pub key_usage: KeyUsageType,
    /// AWS_KMS or EXTERNAL.
    pub origin: OriginType,
    /// The description.
    pub description: String,
    /// Enabled (true) or Disabled (false); a key without material is PendingImport until it has
    /// some.
    pub enabled: bool,
    /// Creation time, epoch milliseconds (`None`: now).
    pub creation_date: Option<i64>,
    /// The key policy as stored (`None`: the default policy).
    pub policy: Option<String>,
    /// Tags, in order.
    pub tags: Vec<Tag>,
    /// Aliases (`alias/…`) that point to the key.
    pub aliases: Vec<String>,
    /// Automatic rotation period in days, when rotation is on.
    pub rotation_days: Option<u32>,
    /// Fixed material in lkms's stored form (raw bytes, or PKCS#8 DER for key pairs).
    pub material: Option<Secret>,
    /// The ID the material keeps (as exported), so ciphertexts made under it decrypt; `None`:
    /// an ID derived from the key ID and the material.
    pub material_id: Option<String>,
}

/// Reads a whole seed document; the first fault refuses it.
pub fn parse(doc: &Value) -> Result<Vec<SeedKey>, Error> {
    let top = doc
        .as_object()
        .ok_or_else(|| fault("(document)", "a seed file is a JSON object"))?;
    unknown_fields(top, DOCUMENT_FIELDS, "")?;
    match top.get("LkmsSeed") {
        Some(v) if v.as_u64() == Some(FORMAT) => {}
        Some(v) => {
            return Err(fault(
                "LkmsSeed",
                format!("unknown seed format {v}; expected 1"),
            ));
        }
        None => {
            return Err(fault(
                "LkmsSeed",
                "missing: a seed file starts with \"LkmsSeed\": 1",
            ));
        }
    }
    if let Some(v) = top.get("ContainsKeyMaterial") {
        v.as_bool()
            .ok_or_else(|| fault("ContainsKeyMaterial", "must be true or false"))?;
    }
    let list = match top.get("Keys") {
        Some(Value::Array(list)) => list.as_slice(),
        Some(_) => return Err(fault("Keys", "must be a list of keys")),
        None => &[],
    };
    let mut ids = BTreeSet::new();
    let mut names = BTreeSet::new();
    let mut keys = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let path = format!("Keys[{i}]");
        let key = parse_key(v, &path)?;
        if !ids.insert(key.key_id.clone()) {
            return Err(fault(
                &format!("{path}.KeyId"),
                format!("{} appears twice in the file", key.key_id),
            ));
        }
        for (j, a) in key.aliases.iter().enumerate() {
            if !names.insert(a.clone()) {
                return Err(fault(
                    &format!("{path}.Aliases[{j}]"),
                    format!("{a} appears twice in the file"),
                ));
            }
        }
        keys.push(key);
    }
    Ok(keys)
}

fn parse_key(v: &Value, path: &str) -> Result<SeedKey, Error> {
    let obj = v
        .as_object()
        .ok_or_else(|| fault(path, "each key is a JSON object"))?;
    unknown_fields(obj, KEY_FIELDS, &format!("{path}."))?;
    let at = |f: &str| format!("{path}.{f}");
    let key_id = text(obj, "KeyId", path)?.ok_or_else(|| fault(&at("KeyId"), "missing"))?;
    if !is_key_id(key_id) {
        return Err(fault(
            &at("KeyId"),
            format!("'{key_id}' is not a key ID (a UUID)"),
        ));
    }
    if key_id.starts_with("mrk-") {
        return Err(fault(&at("KeyId"), "multi-Region keys cannot be seeded"));
    }
    let key_spec = match text(obj, "KeySpec", path)? {
        None => KeySpec::SYMMETRIC_DEFAULT,
        Some(s) => KeySpec::parse(s)
            .filter(|k| keyspec::supported(*k))
            .ok_or_else(|| {
                fault(
                    &at("KeySpec"),
                    format!("'{s}' is not a key spec lkms makes"),
                )
            })?,
    };
    let key_usage = match text(obj, "KeyUsage", path)? {
        None if key_spec == KeySpec::SYMMETRIC_DEFAULT => KeyUsageType::ENCRYPT_DECRYPT,
        None => {
            return Err(fault(
                &at("KeyUsage"),
                "required for every key spec but SYMMETRIC_DEFAULT",
            ));
        }
        Some(s) => KeyUsageType::parse(s)
            .ok_or_else(|| fault(&at("KeyUsage"), format!("'{s}' is not a key usage")))?,
    };
    if !keyspec::usages(key_spec).contains(&key_usage) {
        return Err(fault(
            &at("KeyUsage"),
            format!(
                "{} keys cannot have usage {}",
                key_spec.as_str(),
                key_usage.as_str()
            ),
        ));
    }
    let origin = match text(obj, "Origin", path)? {
        None | Some("AWS_KMS") => OriginType::AWS_KMS,
        Some("EXTERNAL") if keyspec::importable(key_spec) => OriginType::EXTERNAL,
        Some("EXTERNAL") => {
            return Err(fault(
                &at("Origin"),
                format!("{} keys cannot be EXTERNAL", key_spec.as_str()),
            ));
        }
        Some(s) => {
            return Err(fault(
                &at("Origin"),
                format!("'{s}' is not AWS_KMS or EXTERNAL"),
            ));
        }
    };
    let description = text(obj, "Description", path)?
        .unwrap_or_default()
        .to_string();
    if description.chars().count() > 8192 {
        return Err(fault(&at("Description"), "longer than 8192 characters"));
    }
    let enabled = match obj.get("Enabled") {
        None => true,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(fault(&at("Enabled"), "must be true or false")),
    };
    let material = parse_material(obj, key_spec, &at("KeyMaterial"))?;
    let material_id = match text(obj, "KeyMaterialId", path)? {
        None => None,
        Some(_) if material.is_none() => {
            return Err(fault(&at("KeyMaterialId"), "needs KeyMaterial"));
        }
        Some(id)
            if id.len() == 64
                && id
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) =>
        {
            Some(id.to_string())
        }
        Some(id) => {
            return Err(fault(
                &at("KeyMaterialId"),
                format!("'{id}' is not 64 lowercase hex digits"),
            ));
        }
    };
    Ok(SeedKey {
        path: path.to_string(),
        key_id: key_id.to_string(),
        key_spec,
        key_usage,
        origin,
        description,
        enabled,
        creation_date: parse_date(obj.get("CreationDate"), &at("CreationDate"))?,
        policy: parse_policy(obj.get("Policy"), &at("Policy"))?,
        tags: parse_tags(obj.get("Tags"), &at("Tags"))?,
        aliases: parse_aliases(obj.get("Aliases"), &at("Aliases"))?,
        rotation_days: parse_rotation(
            obj.get("KeyRotation"),
            key_spec,
            origin,
            &at("KeyRotation"),
        )?,
        material,
        material_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(doc: Value) -> String {
        match parse(&doc) {
            Err(Error::Usage(m)) => m,
            Err(other) => panic!("{other}"),
            Ok(_) => panic!("accepted {doc}"),
        }
    }

    const ID: &str = "1234abcd-12ab-34cd-56ef-1234567890ab";

    #[test]
    fn faults_name_the_field() {
        assert_eq!(
            err(json!({"Keys": []})),
            "LkmsSeed: missing: a seed file starts with \"LkmsSeed\": 1"
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID}, {"KeyId": ID, "KeySpec": "RSA_9"}]})),
            "Keys[1].KeySpec: 'RSA_9' is not a key spec lkms makes"
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID, "Tags": [{"TagKey": "a"}]}]})),
            "Keys[0].Tags[0].TagValue: missing"
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID, "Colour": "red"}]})),
            format!(
                "Keys[0].Colour: unknown field; expected one of {}",
                KEY_FIELDS.join(", ")
            )
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID}, {"KeyId": ID}]})),
            format!("Keys[1].KeyId: {ID} appears twice in the file")
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID, "KeyMaterial": "AAAA"}]})),
            format!(
                "Keys[0].KeyMaterial: not valid material for a SYMMETRIC_DEFAULT key: {}",
                super::super::import::expected_material(KeySpec::SYMMETRIC_DEFAULT)
            )
        );
        assert_eq!(
            err(json!({"LkmsSeed": 1, "Keys": [{"KeyId": ID, "Aliases": ["alias/aws/s3"]}]})),
            "Keys[0].Aliases[0]: Alias names that begin with \"alias/aws/\" are reserved for AWS \
             managed keys."
        );
    }

    #[test]
    fn a_full_key_reads() {
        let keys = parse(&json!({"LkmsSeed": 1, "Keys": [{
            "KeyId": ID, "Description": "d", "Enabled": false,
            "CreationDate": "2024-01-02T03:04:05Z", "Aliases": ["alias/a"],
            "Tags": [{"TagKey": "k", "TagValue": "v"}],
            "KeyRotation": {"Enabled": true, "RotationPeriodInDays": 90},
            "KeyMaterial": "BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=",
        }]}))
        .unwrap();
        let k = &keys[0];
        assert_eq!(k.creation_date, Some(1_704_164_645_000));
        assert_eq!(k.rotation_days, Some(90));
        assert!(!k.enabled);
        assert!(k.material.as_ref().unwrap().ct_eq(&[7u8; 32]));
    }
}

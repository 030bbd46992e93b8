//! Applying a seed to the region (`lkms keystore seed`, `LKMS_SEED_FILE`) and writing one from it
//! (`lkms keystore export-seed`).
//!
//! Seeding makes the keystore match the file: keys it names are created, or brought back to the
//! file's description, attributes, policy, tags, rotation and aliases; keys it does not name are
//! left alone. It is idempotent: a second run changes nothing. Every key and alias is checked
//! under the write lock before the first one is written, so a conflict (a key that exists with
//! another key spec or other material, an AWS managed key, a key pending deletion) refuses the
//! whole file with the path of the field at fault.

use super::seed::{FORMAT, SeedKey, pem};
use super::{Service, housekeeping, keyspec, material, policy};
use crate::crypto::random;
use crate::crypto::secret::Secret;
use crate::error::Error;
use crate::model::{ExpirationModelType, KeyManagerType, KeyState, OriginType, Timestamp};
use crate::store::{AliasRecord, ImportInfo, KeyRecord, RotationSettings};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use zeroize::Zeroizing;

/// What a seed did, key by key.
#[derive(Debug, Default)]
pub struct Report {
    /// Keys that did not exist.
    pub created: Vec<String>,
    /// Keys (or their aliases) brought back to the file's description of them.
    pub updated: Vec<String>,
    /// Keys already as the file describes them.
    pub unchanged: Vec<String>,
}

fn fault(path: &str, message: impl std::fmt::Display) -> Error {
    Error::Usage(format!("{path}: {message}"))
}

/// Applies checked seed keys to the service's region, all or nothing.
pub fn apply(svc: &Service, keys: &[SeedKey]) -> Result<Report, Error> {
    housekeeping::settle_region(svc)?;
    let store = svc.store();
    let region = svc.region();
    let _lock = store.lock()?;
    let now = svc.now_millis();
    let mut plan = Vec::with_capacity(keys.len());
    for k in keys {
        let old = store.load_key(region, &k.key_id)?;
        let rec = match &old {
            Some(old) => merged(svc, k, old.clone(), now)?,
            None => created(svc, k, now),
        };
        let mut alias_writes = Vec::new();
        for name in &k.aliases {
            match store.load_alias(region, name)? {
                Some(a) if a.target_key_id == k.key_id => {}
                Some(a) => alias_writes.push(AliasRecord {
                    target_key_id: k.key_id.clone(),
                    last_updated_date: now,
                    ..a
                }),
                None => alias_writes.push(AliasRecord {
                    alias_name: name.clone(),
                    target_key_id: k.key_id.clone(),
                    creation_date: now,
                    last_updated_date: now,
                }),
            }
        }
        let same = old
            .as_ref()
            .is_some_and(|o| serde_json::to_value(o).ok() == serde_json::to_value(&rec).ok());
        plan.push((
            rec,
            old.is_some(),
            same && alias_writes.is_empty(),
            alias_writes,
        ));
    }
    let mut report = Report::default();
    for (rec, existed, same, alias_writes) in plan {
        if !same {
            store.write_key(region, &rec)?;
        }
        for a in &alias_writes {
            store.write_alias(region, a)?;
        }
        let list = match (existed, same) {
            (false, _) => &mut report.created,
            (true, false) => &mut report.updated,
            (true, true) => &mut report.unchanged,
        };
        list.push(rec.key_id);
    }
    Ok(report)
}

/// The ID seeded material gets: an HMAC keyed with the material over the key ID, the same in
/// every keystore, so ciphertexts made under a seeded key decrypt in any keystore seeded from
/// the same file, and seeding the same material again is recognised. It tells nothing about the
/// material to anyone who does not have it.
fn material_id(key_id: &str, bytes: &[u8]) -> String {
    let tag = crate::crypto::mac::compute(
        crate::crypto::mac::Hash::Sha256,
        bytes,
        format!("lkms seeded material id v1\0{key_id}").as_bytes(),
    );
    random::to_hex(&tag)
}

/// The ID the seed's material gets: the one the seed names, else the derived one.
fn wanted_id(k: &SeedKey, bytes: &[u8]) -> String {
    k.material_id
        .clone()
        .unwrap_or_else(|| material_id(&k.key_id, bytes))
}

fn rotation(
    days: Option<u32>,
    old: Option<&RotationSettings>,
    now: i64,
) -> Option<RotationSettings> {
    match (days, old) {
        (Some(d), Some(o)) if o.enabled && o.period_days == d => Some(o.clone()),
        (Some(d), _) => Some(RotationSettings {
            enabled: true,
            period_days: d,
            next_rotation: Some(now + i64::from(d) * super::rotation::DAY_MS),
        }),
        (None, Some(o)) => Some(RotationSettings {
            enabled: false,
            next_rotation: None,
            ..o.clone()
        }),
        (None, None) => None,
    }
}

fn state(k: &SeedKey, rec: &KeyRecord) -> KeyState {
    if rec.lacks_material() {
        KeyState::PendingImport
    } else if k.enabled {
        KeyState::Enabled
    } else {
        KeyState::Disabled
    }
}

/// A new key as the seed describes it.
fn created(svc: &Service, k: &SeedKey, now: i64) -> KeyRecord {
    let created_at = k.creation_date.unwrap_or(now);
    let mut rec = KeyRecord {
        key_id: k.key_id.clone(),
        creation_date: created_at,
        description: k.description.clone(),
        key_usage: k.key_usage,
        key_spec: k.key_spec,
        origin: k.origin,
        key_manager: KeyManagerType::CUSTOMER,
        key_state: KeyState::Enabled,
        deletion_date: None,
        pending_window_in_days: None,
        policy: k
            .policy
            .clone()
            .unwrap_or_else(|| policy::default_policy(svc.account_id())),
        tags: k.tags.clone(),
        materials: Vec::new(),
        current_material_id: None,
        rotation: rotation(k.rotation_days, None, now),
        on_demand_rotations: 0,
        custom_key_store_id: None,
        xks_key_id: None,
        multi_region: None,
    };
    let fixed = k.material.as_ref().map(|m| (wanted_id(k, m), m));
    let generated;
    let chosen = match (fixed, k.origin) {
        (Some((id, bytes)), _) => Some((id, bytes)),
        (None, OriginType::AWS_KMS) => {
            generated = keyspec::new_material(k.key_spec);
            Some((random::hex_id(), &generated))
        }
        (None, _) => None,
    };
    if let Some((id, bytes)) = chosen {
        let mut m = material::seal(svc, &k.key_id, &id, bytes, created_at);
        if k.origin == OriginType::EXTERNAL {
            m.import = Some(ImportInfo {
                expiration_model: ExpirationModelType::KEY_MATERIAL_DOES_NOT_EXPIRE,
                valid_to: None,
                description: None,
                pending_rotation: false,
            });
        }
        rec.materials.push(m);
        rec.current_material_id = Some(id);
    }
    rec.key_state = state(k, &rec);
    rec
}

/// An existing key brought back to the seed's description; a conflict names its field.
fn merged(svc: &Service, k: &SeedKey, mut rec: KeyRecord, now: i64) -> Result<KeyRecord, Error> {
    let at = |f: &str| format!("{}.{f}", k.path);
    let id = &k.key_id;
    if rec.key_manager == KeyManagerType::AWS {
        return Err(fault(&at("KeyId"), format!("{id} is an AWS managed key")));
    }
    if rec.key_state == KeyState::PendingDeletion {
        return Err(fault(
            &at("KeyId"),
            format!("{id} is pending deletion; cancel the deletion to seed it"),
        ));
    }
    let differs = |field: &str, have: &str, want: &str| {
        fault(
            &at(field),
            format!("{id} already exists with {field} {have}, not {want}"),
        )
    };
    if rec.key_spec != k.key_spec {
        return Err(differs(
            "KeySpec",
            rec.key_spec.as_str(),
            k.key_spec.as_str(),
        ));
    }
    if rec.key_usage != k.key_usage {
        return Err(differs(
            "KeyUsage",
            rec.key_usage.as_str(),
            k.key_usage.as_str(),
        ));
    }
    if rec.origin != k.origin {
        return Err(differs("Origin", rec.origin.as_str(), k.origin.as_str()));
    }
    if let Some(bytes) = &k.material {
        let want = wanted_id(k, bytes);
        let same = match rec.material(&want) {
            Some(m) if rec.current_material_id.as_deref() == Some(want.as_str()) => {
                material::open(svc, &rec, m)?.ct_eq(bytes)
            }
            _ => false,
        };
        if !same {
            return Err(fault(
                &at("KeyMaterial"),
                format!("{id} already exists with other key material"),
            ));
        }
    }
    rec.description = k.description.clone();
    if let Some(c) = k.creation_date {
        rec.creation_date = c;
    }
    rec.policy = k
        .policy
        .clone()
        .unwrap_or_else(|| policy::default_policy(svc.account_id()));
    rec.tags = k.tags.clone();
    rec.rotation = rotation(k.rotation_days, rec.rotation.as_ref(), now);
    rec.key_state = state(k, &rec);
    Ok(rec)
}

/// The region's customer managed keys as a seed document (keys pending deletion, keys in custom
/// key stores and multi-Region keys are left out; AWS managed keys come back by themselves). With `material`, each key's current material and
/// its ID are included and the document says so; the text is a secret then.
pub fn export(svc: &Service, include_material: bool) -> Result<Secret, Error> {
    housekeeping::settle_region(svc)?;
    let store = svc.store();
    let region = svc.region();
    let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for a in store.list_aliases(region)? {
        if !a.alias_name.starts_with(super::managed::RESERVED_PREFIX) {
            names.entry(a.target_key_id).or_default().push(a.alias_name);
        }
    }
    let mut out = Zeroizing::new(format!("{{\n  \"LkmsSeed\": {FORMAT},\n"));
    if include_material {
        out.push_str("  \"ContainsKeyMaterial\": true,\n");
    }
    out.push_str("  \"Keys\": [");
    let mut first = true;
    for id in store.list_key_ids(region)? {
        let Some(rec) = store.load_key(region, &id)? else {
            continue;
        };
        // Keys pending deletion cannot be seeded, AWS managed keys come back by themselves, keys
        // of custom key stores live outside lkms and multi-Region keys span Regions.
        if rec.key_state == KeyState::PendingDeletion
            || rec.key_manager == KeyManagerType::AWS
            || rec.custom_key_store_id.is_some()
            || rec.multi_region.is_some()
        {
            continue;
        }
        let default = policy::default_policy(svc.account_id());
        let public = describe(&rec, names.remove(&id).unwrap_or_default(), &default);
        let text = serde_json::to_string_pretty(&public).unwrap_or_default();
        out.push_str(if first { "\n" } else { ",\n" });
        first = false;
        let body = text.strip_suffix("\n}").unwrap_or(&text);
        for line in body.lines() {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        }
        out.pop();
        // Material of key specs a seed cannot take (ML-DSA, ML-KEM, Ed25519) is left out: seeding
        // makes new material for them.
        if include_material && !rec.lacks_material() && keyspec::importable(rec.key_spec) {
            let (bytes, id) = material::current(svc, &rec)?;
            let encoded = Zeroizing::new(if keyspec::is_key_pair(rec.key_spec) {
                pem(&bytes)
            } else {
                base64::Engine::encode(&base64::engine::general_purpose::STANDARD, bytes.expose())
            });
            out.push_str(",\n      \"KeyMaterial\": \"");
            for c in encoded.chars() {
                match c {
                    '\n' => out.push_str("\\n"),
                    c => out.push(c),
                }
            }
            out.push('"');
            out.push_str(&format!(",\n      \"KeyMaterialId\": \"{id}\""));
        }
        out.push_str("\n    }");
    }
    out.push_str(if first { "]\n}\n" } else { "\n  ]\n}\n" });
    Ok(Secret::new(out.as_bytes().to_vec()))
}

/// A key's seed entry without its material. A default policy is left out (seeding gives each
/// keystore's account its own); any other is kept as the exact text.
fn describe(rec: &KeyRecord, aliases: Vec<String>, default_policy: &str) -> Value {
    let mut m = Map::new();
    m.insert("KeyId".into(), json!(rec.key_id));
    m.insert("KeySpec".into(), json!(rec.key_spec.as_str()));
    m.insert("KeyUsage".into(), json!(rec.key_usage.as_str()));
    m.insert("Origin".into(), json!(rec.origin.as_str()));
    m.insert("Description".into(), json!(rec.description));
    if rec.key_state != KeyState::PendingImport {
        m.insert("Enabled".into(), json!(rec.key_state == KeyState::Enabled));
    }
    if let Some(t) = Timestamp::from_epoch_millis(rec.creation_date) {
        let iso = t.to_iso();
        m.insert("CreationDate".into(), json!(iso.replace("+00:00", "Z")));
    }
    if rec.policy != default_policy {
        m.insert("Policy".into(), json!(rec.policy));
    }
    if !rec.tags.is_empty() {
        m.insert("Tags".into(), json!(rec.tags));
    }
    if !aliases.is_empty() {
        m.insert("Aliases".into(), json!(aliases));
    }
    if let Some(r) = rec.rotation.as_ref().filter(|r| r.enabled) {
        m.insert(
            "KeyRotation".into(),
            json!({"Enabled": true, "RotationPeriodInDays": r.period_days}),
        );
    }
    Value::Object(m)
}

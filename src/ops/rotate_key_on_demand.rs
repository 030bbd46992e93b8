//! RotateKeyOnDemand: new current material now (for an imported key, the material imported as
//! NEW_KEY_MATERIAL); at most ten times per key. The automatic schedule is unchanged. A
//! multi-Region key rotates at its primary, and the new material reaches every replica (imported
//! material must have been imported into every replica first). As AWS does, the key state is
//! checked before the key spec (a disabled RSA key is DisabledException), a key that cannot
//! rotate is UnsupportedOperationException without a message, and the answer names the key by
//! its ARN.

use super::prelude::*;
use crate::steps::rotation::{self, Imported, MAX_ON_DEMAND_ROTATIONS};
use crate::steps::{multi_region, persist};

op!(keystore "RotateKeyOnDemand", "Rotates a key now: new material becomes current (10 times at most).", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Rotates a symmetric encryption key now: new material becomes current and earlier material stays for decryption. For an EXTERNAL key, the material imported with NEW_KEY_MATERIAL becomes current. The automatic schedule is not changed. At most ten times per key.",
    errors: &[
        (
            "UnsupportedOperationException",
            "The key is asymmetric or HMAC (sent without a message, as AWS does), or lives in a custom key store.",
        ),
        (
            "KMSInvalidStateException",
            "The key is pending import or deletion, or it is EXTERNAL with no material imported for rotation (\"No available key material pending rotation for the key: <key ARN>.\"). A disabled key is DisabledException: the state is checked before the key spec.",
        ),
        (
            "LimitExceededException",
            "The key has been rotated on demand ten times.",
        ),
    ],
    examples: &[
        Example {
            title: "Rotate now",
            command: r##"lkms rotate-key-on-demand --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}"##,
        },
        Example {
            title: "Asymmetric keys do not rotate",
            command: r##"lkms rotate-key-on-demand --key-id 3c4d5e6f-7081-4923-8b4c-5d6e7f809102"##,
            output: r##"aws: [ERROR]: An error occurred (UnsupportedOperationException) when calling the RotateKeyOnDemand operation:"##,
        },
    ],
};

/// Runs RotateKeyOnDemand, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: RotateKeyOnDemandRequest,
) -> Result<RotateKeyOnDemandResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:RotateKeyOnDemand"), &key)?;
    key_state::require(svc, Use::Rotation, &key)?;
    if key.key_spec != KeySpec::SYMMETRIC_DEFAULT {
        return Err(kms_bare(ErrorCode::UnsupportedOperationException));
    }
    rotation::rotatable(svc, &key, Imported::Allowed)?;
    // Rotation is a shared property of multi-Region keys, managed on the primary.
    multi_region::refuse_replica(svc, &key)?;
    persist::update(svc, &key.key_id, |r| {
        let arn = svc.key_arn(&r.key_id);
        key_state::require(svc, Use::Rotation, r)?;
        if r.on_demand_rotations >= MAX_ON_DEMAND_ROTATIONS {
            return Err(kms(
                ErrorCode::LimitExceededException,
                format!(
                    "The on-demand rotations limit has been reached for the given keyId. No \
                     more on-demand rotations can be performed for this key: {arn}"
                ),
            ));
        }
        let now = svc.now_millis();
        if r.origin == OriginType::EXTERNAL {
            let pending = r.materials.iter().position(|m| m.pending_rotation());
            let Some(i) = pending else {
                return Err(kms(
                    ErrorCode::KMSInvalidStateException,
                    format!("No available key material pending rotation for the key: {arn}."),
                ));
            };
            let id = r.materials[i].material_id.clone();
            if let Some(rel) = multi_region::related(svc, r)?
                && rel
                    .replicas()
                    .any(|(_, k)| k.material(&id).is_none_or(|m| m.sealed.is_none()))
            {
                return Err(kms(
                    ErrorCode::KMSInvalidStateException,
                    format!(
                        "Key material (id: {id}) cannot become current in KMS key {}, because \
                         it has not been imported into every replica key.",
                        r.key_id
                    ),
                ));
            }
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
            rotation::add_material(svc, r, RotationType::ON_DEMAND, now);
        }
        r.on_demand_rotations += 1;
        Ok(())
    })?;
    Ok(RotateKeyOnDemandResponse {
        key_id: Some(svc.key_arn(&key.key_id)),
    })
}

//! ImportKeyMaterial: unwraps material with the import token's private key and binds it to the key.
//! Symmetric keys may hold several materials (NEW_KEY_MATERIAL waits for RotateKeyOnDemand); other
//! specs are bound to the material first imported. Expiry follows ExpirationModel and ValidTo (at
//! most 365 days ahead). A multi-Region replica takes only the material its primary holds.

use super::prelude::*;
use crate::crypto::wrap;
use crate::steps::import::{self, MAX_VALID_TO_MS, NEW_WITH_ID, incorrect, internal};
use crate::steps::metadata::shown_material_id;
use crate::steps::{keyspec, material, multi_region, persist};
use crate::store::ImportInfo;

op!(keystore "ImportKeyMaterial", "Imports wrapped key material into a key made with --origin EXTERNAL.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Imports key material, wrapped with the public key from GetParametersForImport, into an EXTERNAL key. The first import enables the key. A symmetric key can hold several materials: --import-type NEW_KEY_MATERIAL adds one that RotateKeyOnDemand makes current later. --expiration-model KEY_MATERIAL_EXPIRES needs --valid-to (at most 365 days ahead); the key becomes PendingImport when it passes.",
    errors: &[
        (
            "KMSInvalidStateException",
            "Other new material is already pending rotation (\"New key material (id: …) cannot be imported into KMS key …, because another key material (id: …) is pending rotation.\"), or the key is pending deletion.",
        ),
        (
            "UnsupportedOperationException",
            "The key's origin is not EXTERNAL.",
        ),
        (
            "ValidationException",
            "Also: KEY_MATERIAL_EXPIRES without ValidTo (\"A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES\"), ValidTo in the past or too far ahead.",
        ),
    ],
    examples: &[Example {
        title: "Wrap 32 random bytes with openssl and import them",
        command: r##"lkms get-parameters-for-import --key-id 708192a3-b4c5-4d67-8f80-910213243546 --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048 --query '[PublicKey,ImportToken]' --output text > params.txt && read pub token < params.txt && echo "$pub" | base64 -d > wrapping.der && openssl rand 32 > material.bin && openssl pkeyutl -encrypt -pubin -keyform DER -inkey wrapping.der -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256 -in material.bin -out wrapped.bin && lkms import-key-material --key-id 708192a3-b4c5-4d67-8f80-910213243546 --encrypted-key-material fileb://wrapped.bin --import-token "$token" --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE && lkms describe-key --key-id 708192a3-b4c5-4d67-8f80-910213243546 --query KeyMetadata.KeyState --output text"##,
        output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/708192a3-b4c5-4d67-8f80-910213243546",
    "KeyMaterialId": "…"
}
Enabled"##,
    }],
};

/// Runs ImportKeyMaterial, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ImportKeyMaterialRequest,
) -> Result<ImportKeyMaterialResponse, Error> {
    let import_type = req.import_type.as_deref().and_then(ImportType::parse);
    if import_type == Some(ImportType::NEW_KEY_MATERIAL) && req.key_material_id.is_some() {
        return Err(invalid(NEW_WITH_ID));
    }
    let now = svc.now_millis();
    let model = req
        .expiration_model
        .as_deref()
        .and_then(ExpirationModelType::parse)
        .unwrap_or(ExpirationModelType::KEY_MATERIAL_EXPIRES);
    let valid_to = req.valid_to.map(Timestamp::epoch_millis);
    match (model, valid_to) {
        (ExpirationModelType::KEY_MATERIAL_EXPIRES, None) => {
            return Err(invalid(
                "A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES",
            ));
        }
        (ExpirationModelType::KEY_MATERIAL_DOES_NOT_EXPIRE, Some(_)) => {
            return Err(invalid(
                "A ValidTo date must not be set if the ExpirationModel is \
                 KEY_MATERIAL_DOES_NOT_EXPIRE.",
            ));
        }
        (_, Some(t)) if t <= now => {
            return Err(invalid("ValidTo must be a date and time in the future."));
        }
        (_, Some(t)) if t > now + MAX_VALID_TO_MS => {
            return Err(invalid(
                "ValidTo must be no more than 365 days after the request.",
            ));
        }
        _ => {}
    }

    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ImportKeyMaterial"), &key)?;
    let arn = svc.key_arn(&key.key_id);
    import::external(svc, &key)?;
    key_state::require(svc, Use::Import, &key)?;
    let symmetric = key.key_spec == KeySpec::SYMMETRIC_DEFAULT;
    if !symmetric
        && (req.import_type.is_some()
            || req.key_material_id.is_some()
            || req.key_material_description.is_some())
    {
        return Err(invalid(
            "ImportType, KeyMaterialId and KeyMaterialDescription can be used only with \
             symmetric encryption keys.",
        ));
    }
    // A replica takes only material its primary already has: new material enters a set of
    // multi-Region keys at the primary.
    let replica = multi_region::is_replica(svc, &key)?;
    if replica && import_type == Some(ImportType::NEW_KEY_MATERIAL) {
        return Err(multi_region::not_primary(svc, &key));
    }
    let token = import::open_token(svc, &key.key_id, &req.import_token.0)?;
    let scheme = import::wrapping(token.wrapping).ok_or_else(|| internal("Unknown token."))?;
    let unwrapped = wrap::unwrap(
        scheme,
        &token.private,
        import::modulus_len(token.spec),
        &req.encrypted_key_material.0,
    )
    .ok_or_else(|| {
        kms(
            ErrorCode::InvalidCiphertextException,
            format!(
                "The encrypted key material does not unwrap with the public key of this \
                 import token and {}.",
                token.wrapping.as_str()
            ),
        )
    })?;
    let bytes = keyspec::import_material(key.key_spec, &unwrapped).ok_or_else(|| {
        incorrect(format!(
            "The key material is not valid for a {} key: {}.",
            key.key_spec.as_str(),
            import::expected_material(key.key_spec)
        ))
    })?;
    let material_id = import::material_id(svc, &key, &bytes);
    if req
        .key_material_id
        .as_ref()
        .is_some_and(|id| *id != material_id)
    {
        return Err(incorrect(format!(
            "The key material does not match key material ID {}.",
            req.key_material_id.as_deref().unwrap_or_default()
        )));
    }
    let terms = ImportInfo {
        expiration_model: model,
        valid_to,
        description: req.key_material_description.clone(),
        pending_rotation: false,
    };
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Import, r)?;
        let first = r.materials.is_empty();
        let new = !replica && import_type.map_or(first, |t| t == ImportType::NEW_KEY_MATERIAL);
        if new && req.key_material_id.is_some() {
            return Err(invalid(NEW_WITH_ID));
        }
        let sealed = material::seal(svc, &r.key_id, &material_id, &bytes, now);
        let existing = r
            .materials
            .iter()
            .position(|m| m.material_id == material_id);
        if new {
            if existing.is_some() {
                return Err(incorrect(format!(
                    "This key material is already associated with {arn}. Import it with \
                     ImportType EXISTING_KEY_MATERIAL."
                )));
            }
            if let Some(pending) = r.materials.iter().find(|m| m.pending_rotation()) {
                return Err(kms(
                    ErrorCode::KMSInvalidStateException,
                    format!(
                        "New key material (id: {material_id}) cannot be imported into KMS key \
                         {}, because another key material (id: {}) is pending rotation.",
                        r.key_id, pending.material_id
                    ),
                ));
            }
            let mut m = sealed;
            m.import = Some(ImportInfo {
                pending_rotation: !first,
                ..terms
            });
            r.materials.push(m);
            if first {
                r.current_material_id = Some(material_id.clone());
            }
        } else {
            let Some(i) = existing else {
                return Err(incorrect(if symmetric {
                    format!("The key material is not associated with {arn}.")
                } else {
                    format!(
                        "{arn} is bound to the key material first imported into it; \
                         different key material cannot be imported."
                    )
                }));
            };
            let m = &mut r.materials[i];
            let previous = m.import.take();
            m.sealed = sealed.sealed;
            m.import = Some(ImportInfo {
                description: terms
                    .description
                    .or_else(|| previous.as_ref().and_then(|p| p.description.clone())),
                pending_rotation: previous.is_some_and(|p| p.pending_rotation),
                ..terms
            });
        }
        if r.key_state == KeyState::PendingImport && !r.lacks_material() {
            r.key_state = KeyState::Enabled;
        }
        Ok(())
    })?;
    Ok(ImportKeyMaterialResponse {
        key_id: Some(arn),
        key_material_id: shown_material_id(&key, material_id),
    })
}

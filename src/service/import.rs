//! Importing key material (bring your own key): GetParametersForImport, ImportKeyMaterial,
//! DeleteImportedKeyMaterial, and the expiry of imported material.
//!
//! An import token is the wrapping private key and its terms sealed under the keystore's sealing
//! key, bound to one key: lkms keeps no state between the two calls, and a token opens only in
//! the keystore and for the key it was made for. Imported material gets an ID that is a keyed
//! hash of the key and the material, so a re-import is recognised as the same material.

use super::keyspec;
use super::state::{self, Op};
use super::validate::{Validator, invalid};
use super::{Aliases, Service};
use crate::crypto::wrap::{self, Wrapping};
use crate::crypto::{rsa_keys, sm2_keys};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::{ImportInfo, KeyRecord};
use zeroize::Zeroizing;

/// What every import token starts with (format version 1).
const TOKEN_MAGIC: &[u8] = b"LKIT\x01";
/// How long a public key and import token stay usable.
const TOKEN_LIFETIME_MS: i64 = 24 * 3_600_000;
/// The latest `ValidTo` an import may set, from now.
const MAX_VALID_TO_MS: i64 = 365 * 86_400_000;
const NEW_WITH_ID: &str = "You cannot specify a KeyMaterialId with ImportType NEW_KEY_MATERIAL.";
/// The model's pattern for KeyMaterialDescription.
const DESCRIPTION_PATTERN: &str = "^[a-zA-Z0-9:/_\\s.-]+$";

/// The contents of an import token.
struct Token {
    wrapping: AlgorithmSpec,
    spec: WrappingKeySpec,
    valid_to: i64,
    private: Zeroizing<Vec<u8>>,
}

impl Token {
    /// `alg ‖ spec ‖ valid_to (i64, big-endian) ‖ PKCS#8 private key`.
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(self.private.len() + 10));
        out.push(index(AlgorithmSpec::ALL, self.wrapping.as_str()));
        out.push(index(WrappingKeySpec::ALL, self.spec.as_str()));
        out.extend_from_slice(&self.valid_to.to_be_bytes());
        out.extend_from_slice(&self.private);
        out
    }

    fn decode(bytes: &[u8]) -> Option<Self> {
        let ([alg, spec], rest) = bytes.split_first_chunk::<2>()?;
        let (valid_to, private) = rest.split_first_chunk::<8>()?;
        Some(Self {
            wrapping: AlgorithmSpec::parse(AlgorithmSpec::ALL.get(*alg as usize)?)?,
            spec: WrappingKeySpec::parse(WrappingKeySpec::ALL.get(*spec as usize)?)?,
            valid_to: i64::from_be_bytes(*valid_to),
            private: Zeroizing::new(private.to_vec()),
        })
    }
}

fn index(all: &[&str], name: &str) -> u8 {
    all.iter().position(|n| *n == name).unwrap_or(0) as u8
}

fn wrapping(alg: AlgorithmSpec) -> Option<Wrapping> {
    Some(match alg {
        AlgorithmSpec::RSAES_OAEP_SHA_1 => Wrapping::OaepSha1,
        AlgorithmSpec::RSAES_OAEP_SHA_256 => Wrapping::OaepSha256,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_1 => Wrapping::RsaAesSha1,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_256 => Wrapping::RsaAesSha256,
        AlgorithmSpec::SM2PKE => Wrapping::Sm2Pke,
        AlgorithmSpec::RSAES_PKCS1_V1_5 => return None,
    })
}

fn modulus_len(spec: WrappingKeySpec) -> usize {
    match spec {
        WrappingKeySpec::RSA_2048 => 256,
        WrappingKeySpec::RSA_3072 => 384,
        WrappingKeySpec::RSA_4096 => 512,
        WrappingKeySpec::SM2 => 0,
    }
}

/// AWS's rules on which wrapping suits which material.
fn check_wrapping(key: KeySpec, alg: AlgorithmSpec, spec: WrappingKeySpec) -> Result<(), Error> {
    let rsa_aes = matches!(
        alg,
        AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_1 | AlgorithmSpec::RSA_AES_KEY_WRAP_SHA_256
    );
    if alg == AlgorithmSpec::RSAES_PKCS1_V1_5 {
        return Err(invalid(
            "The RSAES_PKCS1_V1_5 wrapping algorithm is no longer supported. Use \
             RSAES_OAEP_SHA_256, RSAES_OAEP_SHA_1, RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1.",
        ));
    }
    if (alg == AlgorithmSpec::SM2PKE) != (spec == WrappingKeySpec::SM2) {
        return Err(invalid(format!(
            "The wrapping algorithm {} cannot be used with the wrapping key spec {}.",
            alg.as_str(),
            spec.as_str()
        )));
    }
    if keyspec::rsa_bits(key).is_some() && !rsa_aes {
        return Err(invalid(format!(
            "Key material for a {} key must be wrapped with RSA_AES_KEY_WRAP_SHA_256 or \
             RSA_AES_KEY_WRAP_SHA_1.",
            key.as_str()
        )));
    }
    if key == KeySpec::ECC_NIST_P521 && spec == WrappingKeySpec::RSA_2048 && !rsa_aes {
        return Err(invalid(
            "An RSA_2048 wrapping key cannot wrap ECC_NIST_P521 key material directly. Use an \
             RSA_AES_KEY_WRAP wrapping algorithm or a longer wrapping key.",
        ));
    }
    Ok(())
}

/// A fresh wrapping key pair: the PKCS#8 private key and the DER public key.
fn wrapping_key(spec: WrappingKeySpec) -> Result<(Zeroizing<Vec<u8>>, Vec<u8>), Error> {
    let private = match spec {
        WrappingKeySpec::SM2 => sm2_keys::generate(),
        _ => {
            let bits = modulus_len(spec) * 8;
            // Generation only fails on an unusable random source; three tries tell that apart.
            (0..3)
                .find_map(|_| rsa_keys::generate(bits).ok())
                .ok_or_else(|| internal("The wrapping key could not be generated."))?
        }
    };
    let public = match spec {
        WrappingKeySpec::SM2 => sm2_keys::public_key_der(&private).ok(),
        _ => rsa_keys::public_key_der(&private).ok(),
    }
    .ok_or_else(|| internal("The wrapping key could not be encoded."))?;
    Ok((private, public))
}

fn internal(message: &str) -> Error {
    kms(ErrorCode::KMSInternalException, message)
}

fn incorrect(message: String) -> Error {
    kms(ErrorCode::IncorrectKeyMaterialException, message)
}

/// Removes a material from use: pending-rotation material is forgotten, other material loses
/// its bytes (the same material can be imported again). Then the key state follows.
fn drop_material(rec: &mut KeyRecord, index: usize) {
    if rec.materials[index].pending_rotation() {
        rec.materials.remove(index);
    } else {
        rec.materials[index].sealed = None;
    }
    if rec.lacks_material() && rec.key_state != KeyState::PendingDeletion {
        rec.key_state = KeyState::PendingImport;
    }
}

impl Service {
    /// Refuses keys whose origin is not EXTERNAL.
    fn external(&self, rec: &KeyRecord) -> Result<(), Error> {
        if rec.origin == OriginType::EXTERNAL {
            return Ok(());
        }
        Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{} origin is {} which is not valid for this operation.",
                self.key_arn(&rec.key_id),
                rec.origin.as_str()
            ),
        ))
    }

    /// GetParametersForImport: a new wrapping key and an import token valid for 24 hours.
    pub fn get_parameters_for_import(
        &self,
        req: GetParametersForImportRequest,
    ) -> Result<GetParametersForImportResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.one_of(
            "wrappingAlgorithm",
            &req.wrapping_algorithm,
            AlgorithmSpec::ALL,
        );
        v.one_of(
            "wrappingKeySpec",
            &req.wrapping_key_spec,
            WrappingKeySpec::ALL,
        );
        v.finish()?;
        let (Some(alg), Some(spec)) = (
            AlgorithmSpec::parse(&req.wrapping_algorithm),
            WrappingKeySpec::parse(&req.wrapping_key_spec),
        ) else {
            return Err(invalid("Unknown wrapping algorithm or wrapping key spec."));
        };
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.external(&rec)?;
        state::check(Op::Import, rec.key_state, &self.key_arn(&rec.key_id))?;
        check_wrapping(rec.key_spec, alg, spec)?;

        let (private, public) = wrapping_key(spec)?;
        let valid_to = self.clock.now().epoch_millis() + TOKEN_LIFETIME_MS;
        let token = Token {
            wrapping: alg,
            spec,
            valid_to,
            private,
        };
        let mut import_token = TOKEN_MAGIC.to_vec();
        import_token.extend(self.store.seal_import_token(
            &self.region,
            &rec.key_id,
            &token.encode(),
        ));
        Ok(GetParametersForImportResponse {
            key_id: self.key_arn(&rec.key_id),
            import_token: Blob(import_token),
            public_key: Blob(public),
            parameters_valid_to: Timestamp::from_epoch_millis(valid_to)
                .unwrap_or_else(|| self.clock.now()),
        })
    }

    /// Opens an import token for `key_id`, refusing other keys' tokens, altered and expired ones.
    fn open_token(&self, key_id: &str, token: &[u8]) -> Result<Token, Error> {
        let invalid_token = || {
            kms(
                ErrorCode::InvalidImportTokenException,
                "The import token is not valid for this key. Use the import token and public key \
                 from one GetParametersForImport response for this key.",
            )
        };
        let sealed = token.strip_prefix(TOKEN_MAGIC).ok_or_else(invalid_token)?;
        let payload = self
            .store
            .open_import_token(&self.region, key_id, sealed)
            .ok_or_else(invalid_token)?;
        let token = Token::decode(&payload).ok_or_else(invalid_token)?;
        if token.valid_to <= self.clock.now().epoch_millis() {
            let when = Timestamp::from_epoch_millis(token.valid_to)
                .map(Timestamp::to_iso)
                .unwrap_or_default();
            return Err(kms(
                ErrorCode::ExpiredImportTokenException,
                format!(
                    "The import token expired at {when}. Call GetParametersForImport for a new \
                     public key and import token."
                ),
            ));
        }
        Ok(token)
    }

    /// ImportKeyMaterial.
    pub fn import_key_material(
        &self,
        req: ImportKeyMaterialRequest,
    ) -> Result<ImportKeyMaterialResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.length("importToken", None, req.import_token.0.len(), 1, 6144);
        v.length(
            "encryptedKeyMaterial",
            None,
            req.encrypted_key_material.0.len(),
            1,
            6144,
        );
        if let Some(m) = &req.expiration_model {
            v.one_of("expirationModel", m, ExpirationModelType::ALL);
        }
        if let Some(t) = &req.import_type {
            v.one_of("importType", t, ImportType::ALL);
        }
        if let Some(d) = &req.key_material_description {
            v.str_len("keyMaterialDescription", d, 0, 256);
            let ok = !d.is_empty()
                && d.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c.is_whitespace() || ":/_.-".contains(c));
            v.pattern("keyMaterialDescription", d, ok, DESCRIPTION_PATTERN);
        }
        if let Some(id) = &req.key_material_id {
            check_material_id(&mut v, id);
        }
        v.finish()?;

        let import_type = req.import_type.as_deref().and_then(ImportType::parse);
        if import_type == Some(ImportType::NEW_KEY_MATERIAL) && req.key_material_id.is_some() {
            return Err(invalid(NEW_WITH_ID));
        }
        let now = self.clock.now().epoch_millis();
        let model = req
            .expiration_model
            .as_deref()
            .and_then(ExpirationModelType::parse)
            .unwrap_or(ExpirationModelType::KEY_MATERIAL_EXPIRES);
        let valid_to = req.valid_to.map(Timestamp::epoch_millis);
        match (model, valid_to) {
            (ExpirationModelType::KEY_MATERIAL_EXPIRES, None) => {
                return Err(invalid(
                    "A ValidTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES.",
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

        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        let arn = self.key_arn(&rec.key_id);
        self.external(&rec)?;
        state::check(Op::Import, rec.key_state, &arn)?;
        let symmetric = rec.key_spec == KeySpec::SYMMETRIC_DEFAULT;
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
        let token = self.open_token(&rec.key_id, &req.import_token.0)?;
        let scheme = wrapping(token.wrapping).ok_or_else(|| internal("Unknown token."))?;
        let unwrapped = wrap::unwrap(
            scheme,
            &token.private,
            modulus_len(token.spec),
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
        let material = keyspec::import_material(rec.key_spec, &unwrapped).ok_or_else(|| {
            incorrect(format!(
                "The key material is not valid for a {} key: {}.",
                rec.key_spec.as_str(),
                expected_material(rec.key_spec)
            ))
        })?;
        let material_id = self
            .store
            .imported_material_id(&self.region, &rec.key_id, &material);
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
        self.update(&rec.key_id, |r| {
            state::check(Op::Import, r.key_state, &arn)?;
            let first = r.materials.is_empty();
            let new = import_type.map_or(first, |t| t == ImportType::NEW_KEY_MATERIAL);
            if new && req.key_material_id.is_some() {
                return Err(invalid(NEW_WITH_ID));
            }
            let sealed =
                self.store
                    .seal_material(&self.region, &r.key_id, &material_id, &material, now);
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
                if r.materials.iter().any(|m| m.pending_rotation()) {
                    return Err(kms(
                        ErrorCode::KMSInvalidStateException,
                        format!(
                            "{arn} already has key material pending rotation. Rotate to it with \
                             RotateKeyOnDemand or delete it with DeleteImportedKeyMaterial first."
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
            key_id: arn,
            key_material_id: material_id,
        })
    }

    /// DeleteImportedKeyMaterial: the key becomes PendingImport (a key pending deletion keeps
    /// its state); importing the same material again restores it.
    pub fn delete_imported_key_material(
        &self,
        req: DeleteImportedKeyMaterialRequest,
    ) -> Result<DeleteImportedKeyMaterialResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        if let Some(id) = &req.key_material_id {
            check_material_id(&mut v, id);
        }
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.external(&rec)?;
        let arn = self.key_arn(&rec.key_id);
        let deleted = self.update(&rec.key_id, |r| {
            let Some(id) = req
                .key_material_id
                .clone()
                .or_else(|| r.current_material_id.clone())
            else {
                return Ok(None);
            };
            let i = r
                .materials
                .iter()
                .position(|m| m.material_id == id)
                .ok_or_else(|| {
                    kms(
                        ErrorCode::NotFoundException,
                        format!("Key material {id} is not associated with {arn}."),
                    )
                })?;
            drop_material(r, i);
            Ok(Some(id))
        })?;
        Ok(DeleteImportedKeyMaterialResponse {
            key_id: arn,
            key_material_id: deleted,
        })
    }

    /// The first material of `rec` still held although its ValidTo has passed.
    fn first_expired(&self, rec: &KeyRecord) -> Option<usize> {
        let now = self.clock.now().epoch_millis();
        rec.materials.iter().position(|m| {
            m.sealed.is_some()
                && m.import
                    .as_ref()
                    .and_then(|i| i.valid_to)
                    .is_some_and(|t| t <= now)
        })
    }

    /// True if some imported material of `rec` has passed its ValidTo.
    pub(super) fn import_expired(&self, rec: &KeyRecord) -> bool {
        self.first_expired(rec).is_some()
    }

    /// Deletes every imported material past its ValidTo, under the lock; returns the key.
    pub(super) fn expire_imports(&self, key_id: &str) -> Result<KeyRecord, Error> {
        let _lock = self.store.lock()?;
        let mut rec = self.load_locked(key_id)?;
        let mut changed = false;
        while let Some(i) = self.first_expired(&rec) {
            drop_material(&mut rec, i);
            changed = true;
        }
        if changed {
            self.store.write_key(&self.region, &rec)?;
        }
        Ok(rec)
    }

    /// ValidTo and ExpirationModel of an imported key for DescribeKey: the earliest expiry of
    /// the material it holds now.
    pub(super) fn import_terms(
        &self,
        rec: &KeyRecord,
    ) -> (Option<Timestamp>, Option<ExpirationModelType>) {
        if rec.origin != OriginType::EXTERNAL {
            return (None, None);
        }
        let held = || {
            rec.materials
                .iter()
                .filter(|m| m.sealed.is_some())
                .filter_map(|m| m.import.as_ref())
        };
        let valid_to = held().filter_map(|i| i.valid_to).min();
        let model = match valid_to {
            Some(_) => Some(ExpirationModelType::KEY_MATERIAL_EXPIRES),
            None => held()
                .next()
                .map(|_| ExpirationModelType::KEY_MATERIAL_DOES_NOT_EXPIRE),
        };
        (valid_to.and_then(Timestamp::from_epoch_millis), model)
    }
}

/// The model's constraints on a KeyMaterialId (BackingKeyIdType): 64 lowercase hex digits.
fn check_material_id(v: &mut Validator, id: &str) {
    v.str_len("keyMaterialId", id, 64, 64);
    let ok = id.chars().all(|c| matches!(c, 'a'..='f' | '0'..='9'));
    v.pattern("keyMaterialId", id, ok, "^[a-f0-9]+$");
}

/// What material a key spec takes, for error messages.
fn expected_material(spec: KeySpec) -> String {
    if let Some((min, max)) = keyspec::hmac_import_lengths(spec) {
        return format!("it must be {min} to {max} bytes");
    }
    if spec == KeySpec::SYMMETRIC_DEFAULT {
        return "it must be 32 bytes (256 bits)".into();
    }
    format!(
        "it must be a DER-encoded PKCS#8 private key of key spec {}",
        spec.as_str()
    )
}

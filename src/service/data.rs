//! Cryptographic operations on symmetric keys: Encrypt, Decrypt, ReEncrypt, GenerateDataKey,
//! GenerateDataKeyWithoutPlaintext and GenerateRandom.

use super::state::{self, Op};
use super::validate::{Validator, invalid};
use super::{Aliases, Service};
use crate::crypto::{ciphertext, context, random, rsa_keys, seal, secret::Key256};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::KeyRecord;
use zeroize::Zeroizing;

const DRY_RUN: &str = "The request would have succeeded, but the DryRun option is set.";
const UNKNOWN_KEY: &str = "The ciphertext refers to a customer master key that does not exist, \
                           does not exist in this region, or you are not allowed to access.";
const INCORRECT_KEY: &str =
    "The key ID in the request does not identify a CMK that can perform this operation.";

/// A generated data key: the key it was made under, its plaintext, blob and material ID.
struct DataKey {
    key: KeyRecord,
    plaintext: Zeroizing<Vec<u8>>,
    blob: Vec<u8>,
    material_id: String,
}

/// A generated data key pair and the encrypted copy of its private half.
struct DataKeyPair {
    key: KeyRecord,
    spec: DataKeyPairSpec,
    private: Zeroizing<Vec<u8>>,
    public: Vec<u8>,
    blob: Vec<u8>,
    material_id: String,
}

/// What decrypting a blob yields.
struct Opened {
    key: KeyRecord,
    material_id: String,
    plaintext: Zeroizing<Vec<u8>>,
    alg: EncryptionAlgorithmSpec,
}

/// The OAEP hash of an RSA encryption algorithm.
fn oaep_hash(alg: EncryptionAlgorithmSpec) -> Option<rsa_keys::Hash> {
    match alg {
        EncryptionAlgorithmSpec::RSAES_OAEP_SHA_1 => Some(rsa_keys::Hash::Sha1),
        EncryptionAlgorithmSpec::RSAES_OAEP_SHA_256 => Some(rsa_keys::Hash::Sha256),
        _ => None,
    }
}

/// The largest plaintext OAEP takes: the modulus size less twice the hash length less two.
fn oaep_limit(spec: KeySpec, hash: rsa_keys::Hash) -> usize {
    let modulus = match spec {
        KeySpec::RSA_3072 => 384,
        KeySpec::RSA_4096 => 512,
        _ => 256,
    };
    let h = if hash == rsa_keys::Hash::Sha1 { 20 } else { 32 };
    modulus - 2 * h - 2
}

fn dry_run(flag: Option<bool>) -> Result<(), Error> {
    if flag == Some(true) {
        return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
    }
    Ok(())
}

fn check_algorithm(v: &mut Validator, member: &str, alg: Option<&str>) {
    if let Some(a) = alg {
        v.one_of(member, a, EncryptionAlgorithmSpec::ALL);
    }
}

fn check_tokens(v: &mut Validator, tokens: Option<&[String]>) {
    if let Some(t) = tokens {
        v.length("grantTokens", None, t.len(), 0, 10);
    }
}

fn unsupported_recipient(recipient: Option<&serde_json::Value>) -> Result<(), Error> {
    if recipient.is_some() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support Recipient (Nitro Enclaves attestation) yet.",
        ));
    }
    Ok(())
}

impl Service {
    /// Unseals a symmetric key's 256-bit material.
    fn symmetric_key(&self, key_id: &str, m: &crate::store::Material) -> Result<Key256, Error> {
        key256(&self.store.open_material(&self.region, key_id, m)?)
    }

    /// Checks that `rec` may wrap generated data keys: a symmetric encryption key in a usable
    /// state (asymmetric keys cannot make data keys).
    fn data_key_wrapper(
        &self,
        op: &str,
        rec: &KeyRecord,
    ) -> Result<EncryptionAlgorithmSpec, Error> {
        if rec.key_spec != KeySpec::SYMMETRIC_DEFAULT {
            let arn = self.key_arn(&rec.key_id);
            state::check(Op::Cryptographic, rec.key_state, &arn)?;
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "{arn} key spec is {} which is not valid for {op}.",
                    rec.key_spec.as_str()
                ),
            ));
        }
        self.usable_for_crypto(op, rec, None)
    }

    /// Checks that a key may encrypt or decrypt with `alg`; returns the algorithm to use
    /// (SYMMETRIC_DEFAULT when none is given, which RSA keys refuse, as in AWS).
    fn usable_for_crypto(
        &self,
        op: &str,
        rec: &KeyRecord,
        alg: Option<&str>,
    ) -> Result<EncryptionAlgorithmSpec, Error> {
        let arn = self.key_arn(&rec.key_id);
        state::check(Op::Cryptographic, rec.key_state, &arn)?;
        if rec.key_usage != KeyUsageType::ENCRYPT_DECRYPT {
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "{arn} key usage is {} which is not valid for {op}.",
                    rec.key_usage.as_str()
                ),
            ));
        }
        let wanted = alg
            .and_then(EncryptionAlgorithmSpec::parse)
            .unwrap_or(EncryptionAlgorithmSpec::SYMMETRIC_DEFAULT);
        if !super::keyspec::encryption_algorithms(rec.key_spec).contains(&wanted) {
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "Algorithm {} is incompatible with key spec {}.",
                    wanted.as_str(),
                    rec.key_spec.as_str()
                ),
            ));
        }
        Ok(wanted)
    }

    /// Encrypts `plaintext` under the key's current material; returns the blob and material ID.
    fn seal_blob(
        &self,
        rec: &KeyRecord,
        plaintext: &[u8],
        ctx: Option<&EncryptionContext>,
        alg: EncryptionAlgorithmSpec,
    ) -> Result<(Vec<u8>, String), Error> {
        if alg == EncryptionAlgorithmSpec::SM2PKE {
            let (private, material_id) = self.current_material(rec)?;
            if plaintext.len() > 1024 {
                return Err(invalid(
                    "Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.",
                ));
            }
            let ct = crate::crypto::sm2_keys::encrypt(&private, plaintext)
                .map_err(|_| kms(ErrorCode::KMSInternalException, "SM2 encryption failed."))?;
            return Ok((ct, material_id));
        }
        if let Some(hash) = oaep_hash(alg) {
            let (private, material_id) = self.current_material(rec)?;
            let limit = oaep_limit(rec.key_spec, hash);
            if plaintext.len() > limit {
                return Err(invalid(format!(
                    "Algorithm {} and key spec {} cannot encrypt data larger than {limit} bytes.",
                    alg.as_str(),
                    rec.key_spec.as_str()
                )));
            }
            let ct = rsa_keys::encrypt(&private, hash, plaintext)
                .map_err(|_| kms(ErrorCode::KMSInternalException, "RSA encryption failed."))?;
            return Ok((ct, material_id));
        }
        let (bytes, material_id) = self.current_material(rec)?;
        let key = key256(&bytes)?;
        let header = ciphertext::header(&rec.key_id, &material_id);
        let aad = ciphertext::aad(
            &header,
            &context::encode(ctx.unwrap_or(&Default::default())),
        );
        let mut blob = header;
        blob.extend_from_slice(&seal::seal(&key, &aad, plaintext));
        Ok((blob, material_id))
    }

    /// Opens a blob: finds its key, checks `key_id` (if given) and the key state, decrypts.
    fn open_blob(
        &self,
        op: &str,
        blob: &[u8],
        ctx: Option<&EncryptionContext>,
        key_id: Option<&str>,
        alg: Option<&str>,
        dry: Option<bool>,
    ) -> Result<Opened, Error> {
        let bad = || kms(ErrorCode::InvalidCiphertextException, "");
        let requested = key_id
            .map(|k| self.resolve(k, Aliases::Accepted))
            .transpose()?;
        if let Some(rec) = requested
            .as_ref()
            .filter(|r| r.key_spec != KeySpec::SYMMETRIC_DEFAULT)
        {
            let alg = self.usable_for_crypto(op, rec, alg)?;
            dry_run(dry)?;
            let (private, material_id) = self.current_material(rec)?;
            let plaintext = if alg == EncryptionAlgorithmSpec::SM2PKE {
                crate::crypto::sm2_keys::decrypt(&private, blob).map_err(|_| bad())?
            } else {
                let hash = oaep_hash(alg).ok_or_else(bad)?;
                rsa_keys::decrypt(&private, hash, blob).map_err(|_| bad())?
            };
            return Ok(Opened {
                key: rec.clone(),
                material_id,
                plaintext,
                alg,
            });
        }
        let (header, env) = ciphertext::parse(blob).ok_or_else(bad)?;
        if let Some(r) = &requested
            && r.key_id != env.key_id
        {
            return Err(kms(ErrorCode::IncorrectKeyException, INCORRECT_KEY));
        }
        if !super::keyid::is_key_id(&env.key_id) {
            return Err(bad());
        }
        let rec = self
            .load(&env.key_id)?
            .ok_or_else(|| kms(ErrorCode::AccessDeniedException, UNKNOWN_KEY))?;
        let alg = self.usable_for_crypto(op, &rec, alg)?;
        dry_run(dry)?;
        let material = rec.material(&env.material_id).ok_or_else(bad)?;
        let key = self.symmetric_key(&rec.key_id, material)?;
        let aad = ciphertext::aad(
            &header,
            &context::encode(ctx.unwrap_or(&Default::default())),
        );
        let plaintext = seal::open(&key, &aad, &env.sealed).ok_or_else(bad)?;
        Ok(Opened {
            key: rec,
            material_id: env.material_id,
            plaintext,
            alg,
        })
    }

    /// Encrypt.
    pub fn encrypt(&self, req: EncryptRequest) -> Result<EncryptResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.length("plaintext", None, req.plaintext.0.len(), 1, 4096);
        check_algorithm(
            &mut v,
            "encryptionAlgorithm",
            req.encryption_algorithm.as_deref(),
        );
        check_tokens(&mut v, req.grant_tokens.as_deref());
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Accepted)?;
        let alg = self.usable_for_crypto("Encrypt", &rec, req.encryption_algorithm.as_deref())?;
        dry_run(req.dry_run)?;
        let (blob, _) =
            self.seal_blob(&rec, &req.plaintext.0, req.encryption_context.as_ref(), alg)?;
        Ok(EncryptResponse {
            ciphertext_blob: Blob(blob),
            key_id: self.key_arn(&rec.key_id),
            encryption_algorithm: alg,
        })
    }

    /// Decrypt.
    pub fn decrypt(&self, req: DecryptRequest) -> Result<DecryptResponse, Error> {
        let mut v = Validator::new();
        v.length("ciphertextBlob", None, req.ciphertext_blob.0.len(), 1, 6144);
        if let Some(k) = &req.key_id {
            v.str_len("keyId", k, 1, 2048);
        }
        check_algorithm(
            &mut v,
            "encryptionAlgorithm",
            req.encryption_algorithm.as_deref(),
        );
        check_tokens(&mut v, req.grant_tokens.as_deref());
        v.finish()?;
        unsupported_recipient(req.recipient.as_ref())?;
        let opened = self.open_blob(
            "Decrypt",
            &req.ciphertext_blob.0,
            req.encryption_context.as_ref(),
            req.key_id.as_deref(),
            req.encryption_algorithm.as_deref(),
            req.dry_run,
        )?;
        Ok(DecryptResponse {
            key_id: self.key_arn(&opened.key.key_id),
            plaintext: SecretBlob(opened.plaintext),
            encryption_algorithm: opened.alg,
            key_material_id: opened.material_id,
        })
    }

    /// ReEncrypt: decrypts under the source key and encrypts under the destination key without
    /// the plaintext leaving the service.
    pub fn re_encrypt(&self, req: ReEncryptRequest) -> Result<ReEncryptResponse, Error> {
        let mut v = Validator::new();
        v.length("ciphertextBlob", None, req.ciphertext_blob.0.len(), 1, 6144);
        v.str_len("destinationKeyId", &req.destination_key_id, 1, 2048);
        if let Some(k) = &req.source_key_id {
            v.str_len("sourceKeyId", k, 1, 2048);
        }
        check_algorithm(
            &mut v,
            "sourceEncryptionAlgorithm",
            req.source_encryption_algorithm.as_deref(),
        );
        check_algorithm(
            &mut v,
            "destinationEncryptionAlgorithm",
            req.destination_encryption_algorithm.as_deref(),
        );
        check_tokens(&mut v, req.grant_tokens.as_deref());
        v.finish()?;
        let dest = self.resolve(&req.destination_key_id, Aliases::Accepted)?;
        let opened = self.open_blob(
            "ReEncrypt",
            &req.ciphertext_blob.0,
            req.source_encryption_context.as_ref(),
            req.source_key_id.as_deref(),
            req.source_encryption_algorithm.as_deref(),
            None,
        )?;
        let dest_alg = self.usable_for_crypto(
            "ReEncrypt",
            &dest,
            req.destination_encryption_algorithm.as_deref(),
        )?;
        dry_run(req.dry_run)?;
        let (blob, dest_material) = self.seal_blob(
            &dest,
            &opened.plaintext,
            req.destination_encryption_context.as_ref(),
            dest_alg,
        )?;
        Ok(ReEncryptResponse {
            ciphertext_blob: Blob(blob),
            source_key_id: self.key_arn(&opened.key.key_id),
            key_id: self.key_arn(&dest.key_id),
            source_encryption_algorithm: opened.alg,
            destination_encryption_algorithm: dest_alg,
            source_key_material_id: opened.material_id,
            destination_key_material_id: dest_material,
        })
    }

    /// Shared part of GenerateDataKey and GenerateDataKeyWithoutPlaintext.
    fn data_key(&self, op: &str, req: &GenerateDataKeyRequest) -> Result<DataKey, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        if let Some(n) = req.number_of_bytes {
            v.range("numberOfBytes", n, 1, 1024);
        }
        if let Some(s) = &req.key_spec {
            v.one_of("keySpec", s, DataKeySpec::ALL);
        }
        check_tokens(&mut v, req.grant_tokens.as_deref());
        v.finish()?;
        let len = match (req.number_of_bytes, req.key_spec.as_deref()) {
            (Some(n), None) => n as usize,
            (None, Some("AES_128")) => 16,
            (None, Some(_)) => 32,
            _ => {
                return Err(invalid(
                    "Please specify either number of bytes or key spec.",
                ));
            }
        };
        unsupported_recipient(req.recipient.as_ref())?;
        let rec = self.resolve(&req.key_id, Aliases::Accepted)?;
        let alg = self.data_key_wrapper(op, &rec)?;
        dry_run(req.dry_run)?;
        let plaintext = Zeroizing::new(random::bytes(len));
        let (blob, material_id) =
            self.seal_blob(&rec, &plaintext, req.encryption_context.as_ref(), alg)?;
        Ok(DataKey {
            key: rec,
            plaintext,
            blob,
            material_id,
        })
    }

    /// GenerateDataKey.
    pub fn generate_data_key(
        &self,
        req: GenerateDataKeyRequest,
    ) -> Result<GenerateDataKeyResponse, Error> {
        let dk = self.data_key("GenerateDataKey", &req)?;
        Ok(GenerateDataKeyResponse {
            ciphertext_blob: Blob(dk.blob),
            plaintext: SecretBlob(dk.plaintext),
            key_id: self.key_arn(&dk.key.key_id),
            key_material_id: dk.material_id,
        })
    }

    /// GenerateDataKeyWithoutPlaintext.
    pub fn generate_data_key_without_plaintext(
        &self,
        req: GenerateDataKeyRequest,
    ) -> Result<GenerateDataKeyWithoutPlaintextResponse, Error> {
        let dk = self.data_key("GenerateDataKeyWithoutPlaintext", &req)?;
        Ok(GenerateDataKeyWithoutPlaintextResponse {
            ciphertext_blob: Blob(dk.blob),
            key_id: self.key_arn(&dk.key.key_id),
            key_material_id: dk.material_id,
        })
    }

    /// Shared part of GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext.
    fn data_key_pair(
        &self,
        op: &str,
        req: &GenerateDataKeyPairRequest,
    ) -> Result<DataKeyPair, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.one_of("keyPairSpec", &req.key_pair_spec, DataKeyPairSpec::ALL);
        check_tokens(&mut v, req.grant_tokens.as_deref());
        v.finish()?;
        unsupported_recipient(req.recipient.as_ref())?;
        let spec = DataKeyPairSpec::parse(&req.key_pair_spec).unwrap_or(DataKeyPairSpec::RSA_2048);
        let key_spec = KeySpec::parse(spec.as_str()).filter(|k| super::keyspec::is_key_pair(*k));
        let Some(key_spec) = key_spec else {
            return Err(kms(
                ErrorCode::UnsupportedOperationException,
                format!("lkms does not support KeyPairSpec {} yet.", spec.as_str()),
            ));
        };
        let rec = self.resolve(&req.key_id, Aliases::Accepted)?;
        let alg = self.data_key_wrapper(op, &rec)?;
        dry_run(req.dry_run)?;
        let private = super::keyspec::new_material(key_spec);
        let public = super::keyspec::public_key_der(key_spec, &private).ok_or_else(|| {
            kms(
                ErrorCode::KMSInternalException,
                "The new key pair is unusable.",
            )
        })?;
        let (blob, material_id) =
            self.seal_blob(&rec, &private, req.encryption_context.as_ref(), alg)?;
        Ok(DataKeyPair {
            key: rec,
            spec,
            private,
            public,
            blob,
            material_id,
        })
    }

    /// GenerateDataKeyPair: a key pair whose private half (PKCS#8 DER) is returned in
    /// plaintext and encrypted under the KMS key; the public half is DER SPKI.
    pub fn generate_data_key_pair(
        &self,
        req: GenerateDataKeyPairRequest,
    ) -> Result<GenerateDataKeyPairResponse, Error> {
        let p = self.data_key_pair("GenerateDataKeyPair", &req)?;
        Ok(GenerateDataKeyPairResponse {
            private_key_ciphertext_blob: Blob(p.blob),
            private_key_plaintext: SecretBlob(p.private),
            public_key: Blob(p.public),
            key_id: self.key_arn(&p.key.key_id),
            key_pair_spec: p.spec,
            key_material_id: p.material_id,
        })
    }

    /// GenerateDataKeyPairWithoutPlaintext: as GenerateDataKeyPair, without the plaintext.
    pub fn generate_data_key_pair_without_plaintext(
        &self,
        req: GenerateDataKeyPairRequest,
    ) -> Result<GenerateDataKeyPairWithoutPlaintextResponse, Error> {
        let p = self.data_key_pair("GenerateDataKeyPairWithoutPlaintext", &req)?;
        Ok(GenerateDataKeyPairWithoutPlaintextResponse {
            private_key_ciphertext_blob: Blob(p.blob),
            public_key: Blob(p.public),
            key_id: self.key_arn(&p.key.key_id),
            key_pair_spec: p.spec,
            key_material_id: p.material_id,
        })
    }

    /// GenerateRandom. It needs no key, so it needs no keystore either.
    pub fn generate_random(req: GenerateRandomRequest) -> Result<GenerateRandomResponse, Error> {
        let Some(n) = req.number_of_bytes else {
            return Err(invalid("NumberOfBytes is required."));
        };
        let mut v = Validator::new();
        v.range("numberOfBytes", n, 1, 1024);
        v.finish()?;
        if let Some(id) = &req.custom_key_store_id {
            return Err(kms(
                ErrorCode::CustomKeyStoreNotFoundException,
                format!("Custom key store {id} does not exist; lkms has no custom key stores."),
            ));
        }
        unsupported_recipient(req.recipient.as_ref())?;
        Ok(GenerateRandomResponse {
            plaintext: SecretBlob::new(random::bytes(n as usize)),
        })
    }
}

/// The 256-bit AES key held in a symmetric key's material.
fn key256(bytes: &[u8]) -> Result<Key256, Error> {
    Key256::from_slice(bytes).ok_or_else(|| {
        kms(
            ErrorCode::KMSInternalException,
            "The key material has the wrong length.",
        )
    })
}

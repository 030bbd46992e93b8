//! Asymmetric keys: GetPublicKey, Sign, Verify and DeriveSharedSecret (elliptic curves so far).

use super::keyspec;
use super::state::{self, Op};
use super::validate::{Validator, invalid};
use super::{Aliases, Service};
use crate::crypto::ecc::{self, Curve, EccError};
use crate::crypto::ed25519;
use crate::crypto::mldsa;
use crate::crypto::mlkem;
use crate::crypto::rsa_keys::{self, Hash, Padding};
use crate::crypto::sm2_keys;
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::KeyRecord;
use sha2::Digest;
use zeroize::Zeroizing;

/// The family of an asymmetric key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Ec(Curve),
    Rsa,
    Ed25519,
    MlDsa(mldsa::Level),
    MlKem(mlkem::Level),
    Sm2,
}

/// The RSA padding and hash of an RSA signing algorithm.
fn rsa_scheme(alg: SigningAlgorithmSpec) -> (Padding, Hash) {
    use SigningAlgorithmSpec as S;
    match alg {
        S::RSASSA_PSS_SHA_256 => (Padding::Pss, Hash::Sha256),
        S::RSASSA_PSS_SHA_384 => (Padding::Pss, Hash::Sha384),
        S::RSASSA_PSS_SHA_512 => (Padding::Pss, Hash::Sha512),
        S::RSASSA_PKCS1_V1_5_SHA_384 => (Padding::Pkcs1v15, Hash::Sha384),
        S::RSASSA_PKCS1_V1_5_SHA_512 => (Padding::Pkcs1v15, Hash::Sha512),
        _ => (Padding::Pkcs1v15, Hash::Sha256),
    }
}

/// The Ed25519 variant an algorithm and message type ask for.
fn ed_mode(alg: SigningAlgorithmSpec, message_type: MessageType) -> ed25519::Mode {
    match (alg, message_type) {
        (SigningAlgorithmSpec::ED25519_PH_SHA_512, MessageType::DIGEST) => ed25519::Mode::Digest,
        (SigningAlgorithmSpec::ED25519_PH_SHA_512, _) => ed25519::Mode::Prehash,
        _ => ed25519::Mode::Pure,
    }
}

/// Everything Sign and Verify need once the request has been checked.
struct Signing {
    rec: KeyRecord,
    family: Family,
    private: Zeroizing<Vec<u8>>,
    alg: SigningAlgorithmSpec,
    digest: Vec<u8>,
    external_mu: bool,
    message_type: MessageType,
}

const DRY_RUN: &str = "The request would have succeeded, but the DryRun option is set.";

/// The stored private key failed to load or to run: the store is damaged, not the request.
fn unusable<E>(_: E) -> Error {
    kms(
        ErrorCode::KMSInternalException,
        "The key's private key could not be used.",
    )
}

/// The digest ECDSA signs for `alg`: the message hashed (RAW) or the message itself (DIGEST).
fn digest_for(
    alg: SigningAlgorithmSpec,
    message: &[u8],
    message_type: MessageType,
) -> Result<Vec<u8>, Error> {
    let name = alg.as_str();
    let len = if name.ends_with("_384") {
        48
    } else if name.ends_with("_512") {
        64
    } else {
        32
    };
    match message_type {
        MessageType::DIGEST => {
            if message.len() != len {
                return Err(invalid(format!(
                    "Digest is invalid length for algorithm {}.",
                    alg.as_str()
                )));
            }
            Ok(message.to_vec())
        }
        MessageType::RAW => Ok(match len {
            48 => sha2::Sha384::digest(message).to_vec(),
            64 => sha2::Sha512::digest(message).to_vec(),
            _ => sha2::Sha256::digest(message).to_vec(),
        }),
        MessageType::EXTERNAL_MU => Err(invalid(format!(
            "MessageType EXTERNAL_MU is not valid for algorithm {}.",
            alg.as_str()
        ))),
    }
}

impl Service {
    /// Resolves an asymmetric key for `op`, checks state, usage and algorithm, and unseals it.
    fn asymmetric_key(
        &self,
        op: &str,
        key_id: &str,
        usage: KeyUsageType,
    ) -> Result<(KeyRecord, Family, Zeroizing<Vec<u8>>), Error> {
        let rec = self.resolve(key_id, Aliases::Accepted)?;
        let arn = self.key_arn(&rec.key_id);
        state::check(Op::Cryptographic, rec.key_state, &arn)?;
        if rec.key_usage != usage {
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "{arn} key usage is {} which is not valid for {op}.",
                    rec.key_usage.as_str()
                ),
            ));
        }
        let family = keyspec::curve(rec.key_spec)
            .map(Family::Ec)
            .or_else(|| keyspec::rsa_bits(rec.key_spec).map(|_| Family::Rsa))
            .or_else(|| (rec.key_spec == KeySpec::ECC_NIST_EDWARDS25519).then_some(Family::Ed25519))
            .or_else(|| keyspec::mldsa_level(rec.key_spec).map(Family::MlDsa))
            .or_else(|| keyspec::mlkem_level(rec.key_spec).map(Family::MlKem))
            .or_else(|| (rec.key_spec == KeySpec::SM2).then_some(Family::Sm2))
            .ok_or_else(|| {
                kms(
                    ErrorCode::UnsupportedOperationException,
                    format!(
                        "lkms does not support {op} with KeySpec {} yet.",
                        rec.key_spec.as_str()
                    ),
                )
            })?;
        let (private, _) = self.current_material(&rec)?;
        Ok((rec, family, private))
    }

    fn signing_setup(
        &self,
        op: &str,
        key_id: &str,
        message: &[u8],
        message_type: Option<&str>,
        alg: &str,
        tokens: Option<&[String]>,
    ) -> Result<Signing, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", key_id, 1, 2048);
        v.length("message", None, message.len(), 1, 4096);
        if let Some(t) = message_type {
            v.one_of("messageType", t, MessageType::ALL);
        }
        v.one_of("signingAlgorithm", alg, SigningAlgorithmSpec::ALL);
        if let Some(t) = tokens {
            v.length("grantTokens", None, t.len(), 0, 10);
        }
        v.finish()?;
        let alg = SigningAlgorithmSpec::parse(alg).unwrap_or(SigningAlgorithmSpec::ECDSA_SHA_256);
        let message_type = message_type
            .and_then(MessageType::parse)
            .unwrap_or(MessageType::RAW);
        let (rec, family, private) = self.asymmetric_key(op, key_id, KeyUsageType::SIGN_VERIFY)?;
        if !keyspec::signing_algorithms(rec.key_spec).contains(&alg) {
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "Algorithm {} is incompatible with key spec {}.",
                    alg.as_str(),
                    rec.key_spec.as_str()
                ),
            ));
        }
        let digest = if let Family::MlDsa(_) = family {
            // ML-DSA signs the message (empty context) or an externally computed 64-byte μ.
            match message_type {
                MessageType::RAW => message.to_vec(),
                MessageType::EXTERNAL_MU if message.len() == 64 => message.to_vec(),
                MessageType::EXTERNAL_MU => {
                    return Err(invalid(format!(
                        "Digest is invalid length for algorithm {}.",
                        alg.as_str()
                    )));
                }
                MessageType::DIGEST => {
                    return Err(invalid(
                        "The ML_DSA_SHAKE_256 signing algorithm does not support MessageType DIGEST.",
                    ));
                }
            }
        } else if family == Family::Sm2 {
            // SM2DSA signs SM3(Z ‖ M), Z from the key and the default identifier.
            match message_type {
                MessageType::RAW => message.to_vec(),
                // DIGEST: the caller computed e = SM3(Z ‖ M) (32 bytes).
                MessageType::DIGEST if message.len() == 32 => message.to_vec(),
                MessageType::DIGEST => {
                    return Err(invalid("Digest is invalid length for algorithm SM2DSA."));
                }
                MessageType::EXTERNAL_MU => {
                    return Err(invalid(
                        "MessageType EXTERNAL_MU is not valid for algorithm SM2DSA.",
                    ));
                }
            }
        } else if family == Family::Ed25519 {
            // EdDSA signs the message itself (Ed25519ph hashes it with SHA-512 inside).
            match (alg, message_type) {
                (_, MessageType::RAW) => message.to_vec(),
                (SigningAlgorithmSpec::ED25519_SHA_512, _) => {
                    return Err(invalid(
                        "The ED25519_SHA_512 signing algorithm requires MessageType RAW.",
                    ));
                }
                (SigningAlgorithmSpec::ED25519_PH_SHA_512, MessageType::DIGEST) => {
                    if message.len() != 64 {
                        return Err(invalid(format!(
                            "Digest is invalid length for algorithm {}.",
                            alg.as_str()
                        )));
                    }
                    message.to_vec()
                }
                _ => {
                    return Err(kms(
                        ErrorCode::UnsupportedOperationException,
                        format!(
                            "lkms does not support MessageType {} with {} yet.",
                            message_type.as_str(),
                            alg.as_str()
                        ),
                    ));
                }
            }
        } else {
            digest_for(alg, message, message_type)?
        };
        Ok(Signing {
            rec,
            family,
            private,
            alg,
            digest,
            external_mu: message_type == MessageType::EXTERNAL_MU,
            message_type,
        })
    }

    /// Sign: a DER ECDSA signature of the message (hashed with the algorithm's hash), or of the
    /// digest given with `MessageType` DIGEST.
    pub fn sign(&self, req: SignRequest) -> Result<SignResponse, Error> {
        let Signing {
            rec,
            family,
            private,
            alg,
            digest,
            external_mu,
            message_type,
        } = self.signing_setup(
            "Sign",
            &req.key_id,
            &req.message.0,
            req.message_type.as_deref(),
            &req.signing_algorithm,
            req.grant_tokens.as_deref(),
        )?;
        if req.dry_run == Some(true) {
            return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
        }
        let signature = match family {
            Family::Ec(curve) => ecc::sign_digest(curve, &private, &digest).map_err(unusable)?,
            Family::Rsa => {
                let (padding, hash) = rsa_scheme(alg);
                rsa_keys::sign_digest(&private, padding, hash, &digest).map_err(unusable)?
            }
            Family::Ed25519 => {
                ed25519::sign(&private, &digest, ed_mode(alg, message_type)).map_err(unusable)?
            }
            Family::MlDsa(level) => {
                mldsa::sign(level, &private, &digest, external_mu).map_err(unusable)?
            }
            // Usage checks keep encapsulation keys out of signing.
            Family::MlKem(_) => return Err(unusable(())),
            Family::Sm2 if message_type == MessageType::DIGEST => {
                sm2_keys::sign_digest(&private, &digest).map_err(unusable)?
            }
            Family::Sm2 => sm2_keys::sign(&private, &digest).map_err(unusable)?,
        };
        Ok(SignResponse {
            key_id: self.key_arn(&rec.key_id),
            signature: Blob(signature),
            signing_algorithm: alg,
        })
    }

    /// Verify: `KMSInvalidSignatureException` (with no message) when the signature is wrong.
    pub fn verify(&self, req: VerifyRequest) -> Result<VerifyResponse, Error> {
        let mut v = Validator::new();
        v.length("signature", None, req.signature.0.len(), 1, 6144);
        v.finish()?;
        let Signing {
            rec,
            family,
            private,
            alg,
            digest,
            external_mu,
            message_type,
        } = self.signing_setup(
            "Verify",
            &req.key_id,
            &req.message.0,
            req.message_type.as_deref(),
            &req.signing_algorithm,
            req.grant_tokens.as_deref(),
        )?;
        if req.dry_run == Some(true) {
            return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
        }
        let valid = match family {
            Family::Ec(curve) => {
                ecc::verify_digest(curve, &private, &digest, &req.signature.0).map_err(unusable)?
            }
            Family::Rsa => {
                let (padding, hash) = rsa_scheme(alg);
                rsa_keys::verify_digest(&private, padding, hash, &digest, &req.signature.0)
                    .map_err(unusable)?
            }
            Family::Ed25519 => ed25519::verify(
                &private,
                &digest,
                ed_mode(alg, message_type),
                &req.signature.0,
            )
            .map_err(unusable)?,
            Family::MlDsa(level) => {
                mldsa::verify(level, &private, &digest, external_mu, &req.signature.0)
                    .map_err(unusable)?
            }
            Family::MlKem(_) => return Err(unusable(())),
            Family::Sm2 if message_type == MessageType::DIGEST => {
                sm2_keys::verify_digest(&private, &digest, &req.signature.0).map_err(unusable)?
            }
            Family::Sm2 => {
                sm2_keys::verify(&private, &digest, &req.signature.0).map_err(unusable)?
            }
        };
        if !valid {
            return Err(kms(ErrorCode::KMSInvalidSignatureException, ""));
        }
        Ok(VerifyResponse {
            key_id: self.key_arn(&rec.key_id),
            signature_valid: true,
            signing_algorithm: alg,
        })
    }

    /// GetPublicKey: the DER SubjectPublicKeyInfo and what the key may be used for.
    pub fn get_public_key(&self, req: KeyIdRequest) -> Result<GetPublicKeyResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Accepted)?;
        let arn = self.key_arn(&rec.key_id);
        state::check(Op::Cryptographic, rec.key_state, &arn)?;
        if !keyspec::is_key_pair(rec.key_spec) {
            return Err(kms(
                ErrorCode::UnsupportedOperationException,
                format!(
                    "{arn} key spec is {} which is not valid for GetPublicKey.",
                    rec.key_spec.as_str()
                ),
            ));
        }
        let (rec, family, private) =
            self.asymmetric_key("GetPublicKey", &rec.key_id, rec.key_usage)?;
        let public = match family {
            Family::Ec(curve) => ecc::public_key_der(curve, &private).map_err(unusable)?,
            Family::Rsa => rsa_keys::public_key_der(&private).map_err(unusable)?,
            Family::Ed25519 => ed25519::public_key_der(&private).map_err(unusable)?,
            Family::MlDsa(level) => mldsa::public_key_der(level, &private).map_err(unusable)?,
            Family::MlKem(level) => mlkem::public_key_der(level, &private).map_err(unusable)?,
            Family::Sm2 => sm2_keys::public_key_der(&private).map_err(unusable)?,
        };
        Ok(GetPublicKeyResponse {
            key_id: arn,
            public_key: Blob(public),
            customer_master_key_spec: rec.key_spec,
            key_spec: rec.key_spec,
            key_usage: rec.key_usage,
            encryption_algorithms: (rec.key_usage == KeyUsageType::ENCRYPT_DECRYPT)
                .then(|| keyspec::encryption_algorithms(rec.key_spec).to_vec()),
            signing_algorithms: (rec.key_usage == KeyUsageType::SIGN_VERIFY)
                .then(|| keyspec::signing_algorithms(rec.key_spec).to_vec()),
            key_agreement_algorithms: (rec.key_usage == KeyUsageType::KEY_AGREEMENT)
                .then(|| keyspec::key_agreement_algorithms(rec.key_spec).to_vec()),
            encapsulation_algorithms: (rec.key_usage == KeyUsageType::KEY_ENCAPSULATION)
                .then(|| vec![EncapsulationAlgorithmSpec::ML_KEM]),
        })
    }

    fn encapsulation_key(
        &self,
        op: &str,
        key_id: &str,
        alg: &str,
        tokens: Option<&[String]>,
        dry: Option<bool>,
    ) -> Result<(KeyRecord, mlkem::Level, Zeroizing<Vec<u8>>), Error> {
        let mut v = Validator::new();
        v.str_len("keyId", key_id, 1, 2048);
        v.one_of(
            "encapsulationAlgorithm",
            alg,
            EncapsulationAlgorithmSpec::ALL,
        );
        if let Some(t) = tokens {
            v.length("grantTokens", None, t.len(), 0, 10);
        }
        v.finish()?;
        let (rec, family, private) =
            self.asymmetric_key(op, key_id, KeyUsageType::KEY_ENCAPSULATION)?;
        let Family::MlKem(level) = family else {
            return Err(unusable(()));
        };
        if dry == Some(true) {
            return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
        }
        Ok((rec, level, private))
    }

    /// Encapsulate: a fresh shared secret and its ML-KEM ciphertext for the key.
    pub fn encapsulate(&self, req: EncapsulateRequest) -> Result<EncapsulateResponse, Error> {
        let (rec, level, private) = self.encapsulation_key(
            "Encapsulate",
            &req.key_id,
            &req.encapsulation_algorithm,
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        let (ct, shared) = mlkem::encapsulate(level, &private).map_err(unusable)?;
        Ok(EncapsulateResponse {
            key_id: self.key_arn(&rec.key_id),
            shared_secret: SecretBlob(shared),
            shared_secret_ciphertext_blob: Blob(ct),
            encapsulation_algorithm: EncapsulationAlgorithmSpec::ML_KEM,
        })
    }

    /// Decapsulate: the shared secret inside an ML-KEM ciphertext made for the key.
    pub fn decapsulate(&self, req: DecapsulateRequest) -> Result<DecapsulateResponse, Error> {
        let mut v = Validator::new();
        v.length(
            "sharedSecretCiphertextBlob",
            None,
            req.shared_secret_ciphertext_blob.0.len(),
            1,
            6144,
        );
        v.finish()?;
        let (rec, level, private) = self.encapsulation_key(
            "Decapsulate",
            &req.key_id,
            &req.encapsulation_algorithm,
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        let shared = mlkem::decapsulate(level, &private, &req.shared_secret_ciphertext_blob.0)
            .map_err(|_| kms(ErrorCode::InvalidCiphertextException, ""))?;
        Ok(DecapsulateResponse {
            key_id: self.key_arn(&rec.key_id),
            shared_secret: SecretBlob(shared),
            encapsulation_algorithm: EncapsulationAlgorithmSpec::ML_KEM,
        })
    }

    /// DeriveSharedSecret: ECDH between the key and a peer's DER public key on the same curve.
    pub fn derive_shared_secret(
        &self,
        req: DeriveSharedSecretRequest,
    ) -> Result<DeriveSharedSecretResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.one_of(
            "keyAgreementAlgorithm",
            &req.key_agreement_algorithm,
            KeyAgreementAlgorithmSpec::ALL,
        );
        v.length("publicKey", None, req.public_key.0.len(), 1, 8192);
        v.finish()?;
        if req.recipient.is_some() {
            return Err(kms(
                ErrorCode::UnsupportedOperationException,
                "lkms does not support Recipient (Nitro Enclaves attestation) yet.",
            ));
        }
        let (rec, family, private) = self.asymmetric_key(
            "DeriveSharedSecret",
            &req.key_id,
            KeyUsageType::KEY_AGREEMENT,
        )?;
        if req.dry_run == Some(true) {
            return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
        }
        let derived = match family {
            Family::Ec(curve) => ecc::derive(curve, &private, &req.public_key.0),
            Family::Sm2 => {
                sm2_keys::derive(&private, &req.public_key.0).map_err(|_| EccError::BadPublicKey)
            }
            _ => Err(EccError::BadPrivateKey),
        };
        let secret = derived.map_err(|e| match e {
            EccError::BadPublicKey => invalid(format!(
                "PublicKey must be a DER-encoded SubjectPublicKeyInfo on the curve of key spec {}.",
                rec.key_spec.as_str()
            )),
            other => unusable(other),
        })?;
        Ok(DeriveSharedSecretResponse {
            key_id: self.key_arn(&rec.key_id),
            shared_secret: SecretBlob(secret),
            key_agreement_algorithm: KeyAgreementAlgorithmSpec::ECDH,
            key_origin: rec.origin,
        })
    }
}

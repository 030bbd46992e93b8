//! Signing and verification, shared by Sign and Verify: the key, the algorithm's fit, what is
//! signed for each family and message type, and the signature itself.

use super::asymmetric::{self, Family, unusable};
use super::{Service, authorise, keyspec};
use crate::crypto::ed25519;
use crate::crypto::rsa_keys::{self, Hash, Padding};
use crate::crypto::secret::Secret;
use crate::crypto::{ecc, mldsa, sm2_keys};
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeyUsageType, MessageType, SignRequest, SigningAlgorithmSpec, VerifyRequest};
use crate::steps::validate::invalid;
use crate::store::KeyRecord;
use sha2::Digest;

/// Everything Sign and Verify need once the request has been checked.
pub struct Signing {
    /// The key.
    pub key: KeyRecord,
    family: Family,
    private: Secret,
    /// The signing algorithm.
    pub alg: SigningAlgorithmSpec,
    /// What is signed: a digest, the message itself, or ML-DSA's μ.
    digest: Vec<u8>,
    message_type: MessageType,
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

fn bad_digest(alg: SigningAlgorithmSpec) -> Error {
    invalid(format!(
        "Digest is invalid length for algorithm {}.",
        alg.as_str()
    ))
}

/// The digest ECDSA and RSA sign for `alg`: the message hashed (RAW) or the message (DIGEST).
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
        MessageType::DIGEST if message.len() != len => Err(bad_digest(alg)),
        MessageType::DIGEST => Ok(message.to_vec()),
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

/// What a family signs for a message of `message_type`.
fn signed_input(
    family: Family,
    alg: SigningAlgorithmSpec,
    message: &[u8],
    message_type: MessageType,
) -> Result<Vec<u8>, Error> {
    match family {
        // ML-DSA signs the message (empty context) or an externally computed 64-byte μ.
        Family::MlDsa(_) => match message_type {
            MessageType::RAW => Ok(message.to_vec()),
            MessageType::EXTERNAL_MU if message.len() == 64 => Ok(message.to_vec()),
            MessageType::EXTERNAL_MU => Err(bad_digest(alg)),
            MessageType::DIGEST => Err(invalid(
                "The ML_DSA_SHAKE_256 signing algorithm does not support MessageType DIGEST.",
            )),
        },
        // SM2DSA signs SM3(Z ‖ M), Z from the key and the default identifier; with DIGEST the
        // caller computed e = SM3(Z ‖ M) (32 bytes).
        Family::Sm2 => match message_type {
            MessageType::RAW => Ok(message.to_vec()),
            MessageType::DIGEST if message.len() == 32 => Ok(message.to_vec()),
            MessageType::DIGEST => Err(invalid("Digest is invalid length for algorithm SM2DSA.")),
            MessageType::EXTERNAL_MU => Err(invalid(
                "MessageType EXTERNAL_MU is not valid for algorithm SM2DSA.",
            )),
        },
        // EdDSA signs the message itself (Ed25519ph hashes it with SHA-512 inside).
        Family::Ed25519 => match (alg, message_type) {
            (_, MessageType::RAW) => Ok(message.to_vec()),
            (SigningAlgorithmSpec::ED25519_SHA_512, _) => Err(invalid(
                "The ED25519_SHA_512 signing algorithm requires MessageType RAW.",
            )),
            (SigningAlgorithmSpec::ED25519_PH_SHA_512, MessageType::DIGEST) => {
                if message.len() != 64 {
                    return Err(bad_digest(alg));
                }
                Ok(message.to_vec())
            }
            _ => Err(kms(
                ErrorCode::UnsupportedOperationException,
                format!(
                    "lkms does not support MessageType {} with {} yet.",
                    message_type.as_str(),
                    alg.as_str()
                ),
            )),
        },
        _ => digest_for(alg, message, message_type),
    }
}

/// What Sign and Verify requests ask for.
pub struct Ask<'a> {
    key_id: &'a str,
    message: &'a [u8],
    message_type: Option<&'a str>,
    algorithm: &'a str,
    dry_run: Option<bool>,
}

/// Both requests name the same members.
macro_rules! ask_from {
    ($($request:ty),*) => {$(
        impl<'a> From<&'a $request> for Ask<'a> {
            fn from(r: &'a $request) -> Self {
                Self {
                    key_id: &r.key_id,
                    message: &r.message.0,
                    message_type: r.message_type.as_deref(),
                    algorithm: &r.signing_algorithm,
                    dry_run: r.dry_run,
                }
            }
        }
    )*};
}

ask_from!(SignRequest, VerifyRequest);

/// Resolves and checks the signing key for `op` (which needs `auth.action()`), checks the algorithm
/// fits it, works out what is signed, and answers a dry run.
pub fn prepare(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    ask: Ask,
) -> Result<Signing, Error> {
    let alg =
        SigningAlgorithmSpec::parse(ask.algorithm).unwrap_or(SigningAlgorithmSpec::ECDSA_SHA_256);
    let message_type = ask
        .message_type
        .and_then(MessageType::parse)
        .unwrap_or(MessageType::RAW);
    let pair = asymmetric::resolve(svc, op, auth, ask.key_id, KeyUsageType::SIGN_VERIFY)?;
    if !keyspec::signing_algorithms(pair.key.key_spec).contains(&alg) {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "Algorithm {} is incompatible with key spec {}.",
                alg.as_str(),
                pair.key.key_spec.as_str()
            ),
        ));
    }
    let digest = signed_input(pair.family, alg, ask.message, message_type)?;
    super::request::dry_run(ask.dry_run)?;
    Ok(Signing {
        key: pair.key,
        family: pair.family,
        private: pair.private,
        alg,
        digest,
        message_type,
    })
}

impl Signing {
    /// The signature, in the encoding AWS returns (DER for ECDSA and SM2DSA).
    pub fn sign(&self) -> Result<Vec<u8>, Error> {
        let (private, digest) = (&self.private, &self.digest);
        match self.family {
            Family::Ec(curve) => ecc::sign_digest(curve, private, digest).map_err(unusable),
            Family::Rsa => {
                let (padding, hash) = rsa_scheme(self.alg);
                rsa_keys::sign_digest(private, padding, hash, digest).map_err(unusable)
            }
            Family::Ed25519 => ed25519::sign(private, digest, ed_mode(self.alg, self.message_type))
                .map_err(unusable),
            Family::MlDsa(level) => {
                mldsa::sign(level, private, digest, self.external_mu()).map_err(unusable)
            }
            // Usage checks keep encapsulation keys out of signing.
            Family::MlKem(_) => Err(unusable(())),
            Family::Sm2 if self.message_type == MessageType::DIGEST => {
                sm2_keys::sign_digest(private, digest).map_err(unusable)
            }
            Family::Sm2 => sm2_keys::sign(private, digest).map_err(unusable),
        }
    }

    /// Whether `signature` is a valid signature of what is signed.
    pub fn verify(&self, signature: &[u8]) -> Result<bool, Error> {
        let (private, digest) = (&self.private, &self.digest);
        match self.family {
            Family::Ec(curve) => {
                ecc::verify_digest(curve, private, digest, signature).map_err(unusable)
            }
            Family::Rsa => {
                let (padding, hash) = rsa_scheme(self.alg);
                rsa_keys::verify_digest(private, padding, hash, digest, signature).map_err(unusable)
            }
            Family::Ed25519 => ed25519::verify(
                private,
                digest,
                ed_mode(self.alg, self.message_type),
                signature,
            )
            .map_err(unusable),
            Family::MlDsa(level) => {
                mldsa::verify(level, private, digest, self.external_mu(), signature)
                    .map_err(unusable)
            }
            Family::MlKem(_) => Err(unusable(())),
            Family::Sm2 if self.message_type == MessageType::DIGEST => {
                sm2_keys::verify_digest(private, digest, signature).map_err(unusable)
            }
            Family::Sm2 => sm2_keys::verify(private, digest, signature).map_err(unusable),
        }
    }

    fn external_mu(&self) -> bool {
        self.message_type == MessageType::EXTERNAL_MU
    }
}

//! Data keys and data key pairs, shared by GenerateDataKey(WithoutPlaintext) and
//! GenerateDataKeyPair(WithoutPlaintext): fresh secrets encrypted under a symmetric KMS key.

use super::{Service, authorise, envelope, key_state, keyref, keyspec, record, request};
use crate::crypto::random;
use crate::crypto::secret::Secret;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{DataKeyPairSpec, EncryptionAlgorithmSpec, EncryptionContext, KeySpec};
use crate::steps::validate::invalid;
use crate::store::KeyRecord;

/// A generated data key: the key it was made under, its plaintext, blob and material ID.
pub struct DataKey {
    /// The KMS key that wraps it.
    pub key: KeyRecord,
    /// The data key.
    pub plaintext: Secret,
    /// The data key encrypted under the KMS key.
    pub blob: Vec<u8>,
    /// The material version that encrypted it.
    pub material_id: String,
}

/// A generated data key pair and the encrypted copy of its private half.
pub struct DataKeyPair {
    /// The KMS key that wraps it.
    pub key: KeyRecord,
    /// Its spec.
    pub spec: DataKeyPairSpec,
    /// The private key (PKCS#8 DER).
    pub private: Secret,
    /// The public key (DER SubjectPublicKeyInfo).
    pub public: Vec<u8>,
    /// The private key encrypted under the KMS key.
    pub blob: Vec<u8>,
    /// The material version that encrypted it.
    pub material_id: String,
}

/// Checks that `rec` may wrap generated data keys: a symmetric encryption key in a usable
/// state (asymmetric keys cannot make data keys).
fn wrapping_algorithm(
    svc: &Service,
    op: &str,
    rec: &KeyRecord,
) -> Result<EncryptionAlgorithmSpec, Error> {
    if rec.key_spec != KeySpec::SYMMETRIC_DEFAULT {
        key_state::require(svc, key_state::Use::Cryptographic, rec)?;
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "{} key spec is {} which is not valid for {op}.",
                svc.key_arn(&rec.key_id),
                rec.key_spec.as_str()
            ),
        ));
    }
    envelope::algorithm(svc, op, rec, None)
}

/// What a request asks of a data key (GenerateDataKey and its WithoutPlaintext twin).
pub struct Ask<'a> {
    /// The wrapping key.
    pub key_id: &'a str,
    /// The encryption context of the encrypted copy.
    pub encryption_context: Option<&'a EncryptionContext>,
    /// A length in bytes.
    pub number_of_bytes: Option<i64>,
    /// Or a data key spec (AES_256, AES_128).
    pub key_spec: Option<&'a str>,
    /// Whether a Nitro Enclaves recipient was named.
    pub recipient: bool,
    /// DryRun.
    pub dry_run: Option<bool>,
}

/// What a request asks of a data key pair.
pub struct PairAsk<'a> {
    /// The wrapping key.
    pub key_id: &'a str,
    /// The encryption context of the encrypted private key.
    pub encryption_context: Option<&'a EncryptionContext>,
    /// The pair's spec.
    pub key_pair_spec: &'a str,
    /// Whether a Nitro Enclaves recipient was named.
    pub recipient: bool,
    /// DryRun.
    pub dry_run: Option<bool>,
}

/// Makes a data key for `op` (which needs `auth.action()` on the key) as `req` asks.
pub fn generate(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    req: Ask,
) -> Result<DataKey, Error> {
    let len = match (req.number_of_bytes, req.key_spec) {
        (Some(n), None) => n as usize,
        (None, Some("AES_128")) => 16,
        (None, Some(_)) => 32,
        _ => {
            return Err(invalid(
                "Please specify either number of bytes or key spec.",
            ));
        }
    };
    request::no_recipient(req.recipient.then_some(&()))?;
    let key = keyref::resolve(svc, req.key_id, keyref::Aliases::Accepted)?;
    authorise::key(svc, auth, &key)?;
    let alg = wrapping_algorithm(svc, op, &key)?;
    request::dry_run(req.dry_run)?;
    let plaintext = Secret::new(random::bytes(len));
    let (blob, material_id) =
        envelope::seal(svc, op, &key, &plaintext, req.encryption_context, alg)?;
    record::key_used(svc, op, &key);
    Ok(DataKey {
        key,
        plaintext,
        blob,
        material_id,
    })
}

/// Makes a data key pair for `op` (which needs `auth.action()` on the key) as `req` asks.
pub fn generate_pair(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    req: PairAsk,
) -> Result<DataKeyPair, Error> {
    request::no_recipient(req.recipient.then_some(&()))?;
    let spec = DataKeyPairSpec::parse(req.key_pair_spec).unwrap_or(DataKeyPairSpec::RSA_2048);
    let key_spec = KeySpec::parse(spec.as_str()).filter(|k| keyspec::is_key_pair(*k));
    let Some(key_spec) = key_spec else {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!("lkms does not support KeyPairSpec {} yet.", spec.as_str()),
        ));
    };
    let key = keyref::resolve(svc, req.key_id, keyref::Aliases::Accepted)?;
    authorise::key(svc, auth, &key)?;
    let alg = wrapping_algorithm(svc, op, &key)?;
    if key.custom_key_store_id.is_some() {
        // AWS: the key that encrypts a data key pair cannot be in a custom key store.
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "{} origin is {} which is not valid for this operation.",
                svc.key_arn(&key.key_id),
                key.origin.as_str()
            ),
        ));
    }
    request::dry_run(req.dry_run)?;
    let private = keyspec::new_material(key_spec);
    let public = keyspec::public_key_der(key_spec, &private).ok_or_else(|| {
        kms(
            ErrorCode::KMSInternalException,
            "The new key pair is unusable.",
        )
    })?;
    let (blob, material_id) = envelope::seal(svc, op, &key, &private, req.encryption_context, alg)?;
    record::key_used(svc, op, &key);
    Ok(DataKeyPair {
        key,
        spec,
        private,
        public,
        blob,
        material_id,
    })
}

//! The ciphertext envelope: encrypting under a key and opening what it made. Symmetric keys
//! make lkms's blob (AES-256-GCM under the current material, the header and the encryption
//! context authenticated; see [`crate::crypto::ciphertext`]); RSA keys make raw RSAES-OAEP and
//! SM2 keys SM2PKE ciphertexts, as AWS does, so ciphertexts made offline decrypt too.

use super::{Service, authorise, key_state, key_stores, keyref, keyspec, material};
use crate::crypto::custom_blob::{self, AnyBlob};
use crate::crypto::secret::Secret;
use crate::crypto::{ciphertext, context, rsa_keys, seal, sm2_keys};
use crate::error::{Error, ErrorCode, kms, kms_bare};
use crate::model::{EncryptionAlgorithmSpec, EncryptionContext, KeySpec, KeyUsageType};
use crate::steps::validate::invalid;
use crate::store::KeyRecord;

/// Decrypt of a blob whose key is not in this keystore and region.
const UNKNOWN_KEY: &str = "The ciphertext refers to a customer master key that does not exist, \
                           does not exist in this region, or you are not allowed to access.";
/// A `KeyId` that is not the key the ciphertext was made under.
pub const INCORRECT_KEY: &str =
    "The key ID in the request does not identify a CMK that can perform this operation.";

/// What opening a ciphertext yields.
pub struct Opened {
    /// The key that made it.
    pub key: KeyRecord,
    /// The material version that made it.
    pub material_id: String,
    /// The plaintext.
    pub plaintext: Secret,
    /// The algorithm it was made with.
    pub alg: EncryptionAlgorithmSpec,
}

/// The OAEP hash of an RSA encryption algorithm.
fn oaep_hash(alg: EncryptionAlgorithmSpec) -> Option<rsa_keys::Hash> {
    match alg {
        EncryptionAlgorithmSpec::RSAES_OAEP_SHA_1 => Some(rsa_keys::Hash::Sha1),
        EncryptionAlgorithmSpec::RSAES_OAEP_SHA_256 => Some(rsa_keys::Hash::Sha256),
        _ => None,
    }
}

/// Decrypts an RSAES-OAEP ciphertext as AWS does: with the digest `named` first, then with the
/// other OAEP digest (AWS decrypts an offline SHA-256 ciphertext named as RSAES_OAEP_SHA_1, and
/// the reverse). Returns the plaintext and the algorithm that decrypted it.
fn oaep_decrypt(
    private: &[u8],
    named: EncryptionAlgorithmSpec,
    blob: &[u8],
) -> Option<(Secret, EncryptionAlgorithmSpec)> {
    let other = match named {
        EncryptionAlgorithmSpec::RSAES_OAEP_SHA_1 => EncryptionAlgorithmSpec::RSAES_OAEP_SHA_256,
        _ => EncryptionAlgorithmSpec::RSAES_OAEP_SHA_1,
    };
    [named, other].into_iter().find_map(|alg| {
        let plaintext = rsa_keys::decrypt(private, oaep_hash(alg)?, blob).ok()?;
        Some((plaintext, alg))
    })
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

/// The encryption algorithm a request names, `SYMMETRIC_DEFAULT` when it names none (the
/// `kms:EncryptionAlgorithm` condition key sees the default).
pub fn algorithm_named(requested: Option<&str>) -> &str {
    requested.unwrap_or("SYMMETRIC_DEFAULT")
}

/// Checks that a key may encrypt or decrypt with `alg` (its state, usage and spec); returns the
/// algorithm to use (SYMMETRIC_DEFAULT when none is given, which RSA keys refuse, as in AWS).
pub fn algorithm(
    svc: &Service,
    op: &str,
    rec: &KeyRecord,
    alg: Option<&str>,
) -> Result<EncryptionAlgorithmSpec, Error> {
    key_state::require(svc, key_state::Use::Cryptographic, rec)?;
    if rec.key_usage != KeyUsageType::ENCRYPT_DECRYPT {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "{} key usage is {} which is not valid for {op}.",
                svc.key_arn(&rec.key_id),
                rec.key_usage.as_str()
            ),
        ));
    }
    let wanted = alg
        .and_then(EncryptionAlgorithmSpec::parse)
        .unwrap_or(EncryptionAlgorithmSpec::SYMMETRIC_DEFAULT);
    if !keyspec::encryption_algorithms(rec.key_spec).contains(&wanted) {
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

/// Encrypts `plaintext` under the key's current material for operation `op`; returns the blob
/// and material ID. A key in a custom key store encrypts in its token or through its XKS proxy
/// (the blob then names the store, and no material ID is reported).
pub fn seal(
    svc: &Service,
    op: &str,
    rec: &KeyRecord,
    plaintext: &[u8],
    ctx: Option<&EncryptionContext>,
    alg: EncryptionAlgorithmSpec,
) -> Result<(Vec<u8>, String), Error> {
    if rec.custom_key_store_id.is_some() {
        let encoded = context::encode(ctx.unwrap_or(&Default::default()));
        let blob = key_stores::seal(svc, op, rec, plaintext, &encoded)?;
        return Ok((blob, String::new()));
    }
    let (bytes, material_id) = material::current(svc, rec)?;
    if alg == EncryptionAlgorithmSpec::SM2PKE {
        if plaintext.len() > 1024 {
            return Err(invalid(
                "Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.",
            ));
        }
        let ct = sm2_keys::encrypt(&bytes, plaintext)
            .map_err(|_| kms(ErrorCode::KMSInternalException, "SM2 encryption failed."))?;
        return Ok((ct, material_id));
    }
    if let Some(hash) = oaep_hash(alg) {
        let limit = oaep_limit(rec.key_spec, hash);
        if plaintext.len() > limit {
            return Err(invalid(format!(
                "Algorithm {} and key spec {} cannot encrypt data larger than {limit} bytes.",
                alg.as_str(),
                rec.key_spec.as_str()
            )));
        }
        let ct = rsa_keys::encrypt(&bytes, hash, plaintext)
            .map_err(|_| kms(ErrorCode::KMSInternalException, "RSA encryption failed."))?;
        return Ok((ct, material_id));
    }
    let key = material::key256(&bytes)?;
    let header = ciphertext::header(&rec.key_id, &material_id);
    let aad = ciphertext::aad(
        &header,
        &context::encode(ctx.unwrap_or(&Default::default())),
    );
    let mut blob = header;
    seal::seal_into(&mut blob, &key, &aad, plaintext);
    Ok((blob, material_id))
}

/// A ciphertext to open, as a request gives it.
pub struct Ciphertext<'a> {
    /// The blob.
    pub blob: &'a [u8],
    /// The encryption context it was made with.
    pub context: Option<&'a EncryptionContext>,
    /// The key the caller says made it (required for asymmetric ciphertexts).
    pub key_id: Option<&'a str>,
    /// The algorithm the caller says made it.
    pub algorithm: Option<&'a str>,
}

/// Opens a ciphertext for operation `op`, which needs `auth.action()` on its key: finds the key (or
/// uses the asymmetric key `key_id` names), checks that `key_id`, if given, names that key,
/// authorises, checks state and algorithm, answers a dry run, decrypts.
pub fn open(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    c: Ciphertext,
    dry: Option<bool>,
) -> Result<Opened, Error> {
    let Ciphertext {
        blob,
        context: ctx,
        key_id,
        algorithm: alg,
    } = c;
    let bad = || kms_bare(ErrorCode::InvalidCiphertextException);
    let requested = key_id
        .map(|k| keyref::resolve(svc, k, keyref::Aliases::Accepted))
        .transpose()?;
    let parsed = custom_blob::parse_any(blob);
    let blob_key = parsed.as_ref().map(|p| match p {
        AnyBlob::Local(_, env) => env.key_id.as_str(),
        AnyBlob::Custom(custom) => custom.header.key_id.as_str(),
    });
    // A named key that is not the symmetric ciphertext's own is refused before anything else is
    // asked of it, even when it could not decrypt at all (an HMAC key, say).
    if let (Some(r), Some(id)) = (&requested, blob_key)
        && r.key_id != id
    {
        return Err(kms(ErrorCode::IncorrectKeyException, INCORRECT_KEY));
    }
    if let Some(rec) = requested
        .as_ref()
        .filter(|r| parsed.is_none() && r.key_spec != KeySpec::SYMMETRIC_DEFAULT)
    {
        authorise::key(svc, auth, rec)?;
        let alg = algorithm(svc, op, rec, alg)?;
        super::request::dry_run(dry)?;
        let (private, material_id) = material::current(svc, rec)?;
        let (plaintext, alg) = if alg == EncryptionAlgorithmSpec::SM2PKE {
            (sm2_keys::decrypt(&private, blob).map_err(|_| bad())?, alg)
        } else {
            oaep_decrypt(&private, alg, blob).ok_or_else(bad)?
        };
        return Ok(Opened {
            key: rec.clone(),
            material_id,
            plaintext,
            alg,
        });
    }
    let (header, env) = match parsed.ok_or_else(bad)? {
        AnyBlob::Local(header, env) => (header, env),
        AnyBlob::Custom(custom) => {
            return open_custom(svc, op, auth, custom, ctx, requested, alg, dry);
        }
    };
    if !keyref::is_key_id(&env.key_id) {
        return Err(bad());
    }
    let mut rec = super::housekeeping::load(svc, &env.key_id)?
        .ok_or_else(|| kms(ErrorCode::AccessDeniedException, UNKNOWN_KEY))?;
    authorise::key(svc, auth, &rec)?;
    let alg = algorithm(svc, op, &rec, alg)?;
    super::request::dry_run(dry)?;
    if rec.custom_key_store_id.is_some() {
        return Err(bad());
    }
    // A replica that missed its primary's latest material (lkms stopped mid-copy) catches up.
    if rec.material(&env.material_id).is_none() && rec.multi_region.is_some() {
        rec = super::replication::catch_up(svc, &rec.key_id)?.unwrap_or(rec);
    }
    let version = rec.material(&env.material_id).ok_or_else(bad)?;
    let key = material::key256(&material::open(svc, &rec, version)?)?;
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

/// [`open`] for a blob made by a custom key store: the same checks in the same order, then
/// decryption in the token or through the XKS proxy the key's store names.
#[allow(clippy::too_many_arguments)]
fn open_custom(
    svc: &Service,
    op: &str,
    auth: &authorise::Ask<'_>,
    blob: custom_blob::CustomBlob,
    ctx: Option<&EncryptionContext>,
    requested: Option<KeyRecord>,
    alg: Option<&str>,
    dry: Option<bool>,
) -> Result<Opened, Error> {
    let bad = || kms(ErrorCode::InvalidCiphertextException, "");
    let key_id = &blob.header.key_id;
    if let Some(r) = &requested
        && &r.key_id != key_id
    {
        return Err(kms(ErrorCode::IncorrectKeyException, INCORRECT_KEY));
    }
    if !keyref::is_key_id(key_id) {
        return Err(bad());
    }
    let rec = super::housekeeping::load(svc, key_id)?
        .ok_or_else(|| kms(ErrorCode::AccessDeniedException, UNKNOWN_KEY))?;
    authorise::key(svc, auth, &rec)?;
    let alg = algorithm(svc, op, &rec, alg)?;
    super::request::dry_run(dry)?;
    if rec.custom_key_store_id.is_none() {
        return Err(bad());
    }
    let encoded = context::encode(ctx.unwrap_or(&Default::default()));
    let plaintext = key_stores::open(svc, op, &rec, &blob, &encoded)?;
    Ok(Opened {
        key: rec,
        material_id: String::new(),
        plaintext,
        alg,
    })
}

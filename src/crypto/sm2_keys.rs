//! SM2 keys (GB/T 32918): SM2DSA signatures with the default distinguishing identifier
//! `1234567812345678` (DER-encoded, as AWS returns them), and SM2PKE encryption (DER, C1C3C2).
//! Private keys travel (sealed) as PKCS#8 DER, public keys as DER SPKI.

use super::random;
use super::secret::Secret;
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use rand_core::UnwrapErr;
use sm2::SecretKey;
use zeroize::Zeroizing;

/// The distinguishing identifier KMS uses for SM2 signatures.
pub const DIST_ID: &str = "1234567812345678";

/// The operation failed: a bad stored key, a bad ciphertext, or a signing error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failed;

fn secret(pkcs8: &[u8]) -> Result<SecretKey, Failed> {
    SecretKey::from_pkcs8_der(pkcs8).map_err(|_| Failed)
}

/// An imported PKCS#8 private key re-encoded the way lkms stores keys, if it is an SM2 key.
pub fn normalize(pkcs8: &[u8]) -> Option<Secret> {
    secret(pkcs8)
        .ok()
        .and_then(|k| k.to_pkcs8_der().ok())
        .map(|d| Secret::new(d.as_bytes().to_vec()))
}

/// A new private key, as PKCS#8 DER.
pub fn generate() -> Secret {
    loop {
        let bytes = Zeroizing::new(random::bytes(32));
        if let Some(der) = SecretKey::from_slice(&bytes)
            .ok()
            .and_then(|k| k.to_pkcs8_der().ok())
        {
            return Secret::new(der.as_bytes().to_vec());
        }
    }
}

/// The DER SubjectPublicKeyInfo of a PKCS#8 private key.
pub fn public_key_der(pkcs8: &[u8]) -> Result<Vec<u8>, Failed> {
    secret(pkcs8)?
        .public_key()
        .to_public_key_der()
        .map(|d| d.as_bytes().to_vec())
        .map_err(|_| Failed)
}

/// An SM2DSA signature (DER) of `message`.
pub fn sign(pkcs8: &[u8], message: &[u8]) -> Result<Vec<u8>, Failed> {
    use sm2::dsa::signature::Signer;
    let sk = sm2::dsa::SigningKey::new(DIST_ID, &secret(pkcs8)?).map_err(|_| Failed)?;
    let sig: sm2::dsa::Signature = sk.try_sign(message).map_err(|_| Failed)?;
    Ok(sig.to_der().as_bytes().to_vec())
}

/// An SM2DSA signature (DER) of a caller-computed 32-byte digest e = SM3(Z ‖ M).
pub fn sign_digest(pkcs8: &[u8], digest: &[u8]) -> Result<Vec<u8>, Failed> {
    use sm2::dsa::signature::hazmat::PrehashSigner;
    let sk = sm2::dsa::SigningKey::new(DIST_ID, &secret(pkcs8)?).map_err(|_| Failed)?;
    let sig: sm2::dsa::Signature = sk.sign_prehash(digest).map_err(|_| Failed)?;
    Ok(sig.to_der().as_bytes().to_vec())
}

/// Checks a DER SM2DSA signature of a caller-computed digest.
pub fn verify_digest(pkcs8: &[u8], digest: &[u8], signature: &[u8]) -> Result<bool, Failed> {
    use sm2::dsa::signature::hazmat::PrehashVerifier;
    let vk =
        sm2::dsa::VerifyingKey::new(DIST_ID, secret(pkcs8)?.public_key()).map_err(|_| Failed)?;
    let Ok(sig) = sm2::dsa::Signature::from_der(signature) else {
        return Ok(false);
    };
    Ok(vk.verify_prehash(digest, &sig).is_ok())
}

/// Checks a DER SM2DSA signature of `message`.
pub fn verify(pkcs8: &[u8], message: &[u8], signature: &[u8]) -> Result<bool, Failed> {
    use sm2::dsa::signature::Verifier;
    let vk =
        sm2::dsa::VerifyingKey::new(DIST_ID, secret(pkcs8)?.public_key()).map_err(|_| Failed)?;
    let Ok(sig) = sm2::dsa::Signature::from_der(signature) else {
        return Ok(false);
    };
    Ok(vk.verify(message, &sig).is_ok())
}

/// SM2PKE-encrypts with the public half (DER, C1C3C2).
pub fn encrypt(pkcs8: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, Failed> {
    let ek = sm2::pke::EncryptingKey::new(secret(pkcs8)?.public_key());
    ek.encrypt_der(&mut UnwrapErr(getrandom::SysRng), plaintext)
        .map_err(|_| Failed)
}

/// SM2PKE-decrypts a DER ciphertext.
pub fn decrypt(pkcs8: &[u8], ciphertext: &[u8]) -> Result<Secret, Failed> {
    let dk = sm2::pke::DecryptingKey::new(secret(pkcs8)?);
    dk.decrypt_der(ciphertext)
        .map(Secret::new)
        .map_err(|_| Failed)
}

/// ECDH on the SM2 curve: the x coordinate of our private scalar times a peer's DER public key.
pub fn derive(pkcs8: &[u8], peer_spki: &[u8]) -> Result<Secret, Failed> {
    use p256::pkcs8::DecodePublicKey;
    use sm2::elliptic_curve::point::AffineCoordinates;
    let sk = secret(pkcs8)?;
    let peer = sm2::PublicKey::from_public_key_der(peer_spki).map_err(|_| Failed)?;
    let shared =
        (sm2::ProjectivePoint::from(*peer.as_affine()) * *sk.to_nonzero_scalar()).to_affine();
    Ok(Secret::new(shared.x().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_encrypt_decrypt() {
        let k = generate();
        assert!(!public_key_der(&k).unwrap().is_empty());
        let sig = sign(&k, b"msg").unwrap();
        assert!(verify(&k, b"msg", &sig).unwrap());
        assert!(!verify(&k, b"msh", &sig).unwrap());
        let ct = encrypt(&k, b"secret").unwrap();
        assert_eq!(decrypt(&k, &ct).unwrap().expose(), b"secret");
        assert!(matches!(decrypt(&k, &ct[1..]), Err(Failed)));
        let other = generate();
        let ab = derive(&k, &public_key_der(&other).unwrap()).unwrap();
        let ba = derive(&other, &public_key_der(&k).unwrap()).unwrap();
        assert!(ab.ct_eq(&ba));
        assert_eq!(ab.len(), 32);
    }
}

//! What each key spec means: its material, usages and algorithms.

use crate::crypto::random;
use crate::model::{KeySpec, KeyUsageType, MacAlgorithmSpec};
use zeroize::Zeroizing;

/// The key specs lkms can create today.
pub fn supported(spec: KeySpec) -> bool {
    matches!(
        spec,
        KeySpec::SYMMETRIC_DEFAULT
            | KeySpec::HMAC_224
            | KeySpec::HMAC_256
            | KeySpec::HMAC_384
            | KeySpec::HMAC_512
    )
}

/// The usages a spec allows.
pub fn usages(spec: KeySpec) -> &'static [KeyUsageType] {
    match spec {
        KeySpec::SYMMETRIC_DEFAULT => &[KeyUsageType::ENCRYPT_DECRYPT],
        KeySpec::HMAC_224 | KeySpec::HMAC_256 | KeySpec::HMAC_384 | KeySpec::HMAC_512 => {
            &[KeyUsageType::GENERATE_VERIFY_MAC]
        }
        _ => &[],
    }
}

/// The MAC algorithm of an HMAC key spec.
pub fn mac_algorithm(spec: KeySpec) -> Option<MacAlgorithmSpec> {
    Some(match spec {
        KeySpec::HMAC_224 => MacAlgorithmSpec::HMAC_SHA_224,
        KeySpec::HMAC_256 => MacAlgorithmSpec::HMAC_SHA_256,
        KeySpec::HMAC_384 => MacAlgorithmSpec::HMAC_SHA_384,
        KeySpec::HMAC_512 => MacAlgorithmSpec::HMAC_SHA_512,
        _ => return None,
    })
}

/// Fresh key material of the length AWS uses for `spec`: 256 bits for symmetric keys, and for
/// HMAC keys as many bits as the digest (224, 256, 384, 512).
pub fn new_material(spec: KeySpec) -> Zeroizing<Vec<u8>> {
    let len = match spec {
        KeySpec::HMAC_224 => 28,
        KeySpec::HMAC_384 => 48,
        KeySpec::HMAC_512 => 64,
        _ => 32,
    };
    Zeroizing::new(random::bytes(len))
}

//! The only code that touches raw key bytes: AES-256-GCM, sub-key derivation, MACs, the
//! ciphertext blob format and the canonical encryption-context encoding.

pub mod certificate;
pub mod ciphertext;
pub mod context;
pub mod custom_blob;
pub mod derive;
pub mod ecc;
pub mod ed25519;
pub mod hsm;
pub mod mac;
pub mod mldsa;
pub mod mlkem;
pub mod random;
pub mod rsa_keys;
pub mod seal;
pub mod secret;
pub mod sigv4;
pub mod sm2_keys;
pub mod wrap;

//! The API model's enumerations, as Rust enums named by their wire values.

use serde::{Deserialize, Serialize};

/// Declares a string enumeration with its wire names and the list used in validation messages.
macro_rules! string_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vattr:meta])* $variant:ident),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
        #[allow(non_camel_case_types)] // the variants are the wire names
        pub enum $name { $($(#[$vattr])* #[allow(missing_docs)] $variant),+ }

        impl $name {
            /// Every value, in the model's order.
            pub const ALL: &'static [&'static str] = &[$(stringify!($variant)),+];

            /// The wire name.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$variant => stringify!($variant)),+ }
            }

            /// Parses a wire name.
            pub fn parse(s: &str) -> Option<Self> {
                match s { $(stringify!($variant) => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}

string_enum!(
    /// The lifecycle state of a KMS key.
    KeyState { Creating, Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable, Updating }
);
string_enum!(
    /// What a key may be used for.
    KeyUsageType {
        SIGN_VERIFY, ENCRYPT_DECRYPT, GENERATE_VERIFY_MAC, KEY_AGREEMENT,
        // Keystores written before lkms followed the model's name for ML-KEM keys still open.
        #[serde(alias = "KEY_ENCAPSULATION")]
        ENCAPSULATE_DECAPSULATE
    }
);
string_enum!(
    /// The kind of key material.
    KeySpec {
        RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1,
        SYMMETRIC_DEFAULT, HMAC_224, HMAC_256, HMAC_384, HMAC_512, SM2, ML_DSA_44, ML_DSA_65,
        ML_DSA_87, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024
    }
);
string_enum!(
    /// Where the key material comes from.
    OriginType { AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE }
);
string_enum!(
    /// The length of a generated data key.
    DataKeySpec { AES_256, AES_128 }
);
string_enum!(
    /// Encryption algorithms.
    EncryptionAlgorithmSpec { SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE }
);
string_enum!(
    /// Signing algorithms.
    SigningAlgorithmSpec {
        RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256,
        RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384,
        ECDSA_SHA_512, SM2DSA, ML_DSA_SHAKE_256, ED25519_SHA_512, ED25519_PH_SHA_512
    }
);
string_enum!(
    /// What Sign and Verify are given.
    MessageType { RAW, DIGEST, EXTERNAL_MU }
);
string_enum!(
    /// Key agreement algorithms.
    KeyAgreementAlgorithmSpec { ECDH }
);
string_enum!(
    /// Key encapsulation algorithms.
    EncapsulationAlgorithmSpec { ML_KEM }
);
string_enum!(
    /// MAC algorithms.
    MacAlgorithmSpec { HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512 }
);
string_enum!(
    /// Who manages a key.
    KeyManagerType { AWS, CUSTOMER }
);
string_enum!(
    /// Whether imported material expires.
    ExpirationModelType { KEY_MATERIAL_EXPIRES, KEY_MATERIAL_DOES_NOT_EXPIRE }
);

string_enum!(
    /// How a key material version came to be.
    RotationType { AUTOMATIC, ON_DEMAND }
);
string_enum!(
    /// Whether a key material version is the one new ciphertexts use.
    KeyMaterialState { NON_CURRENT, CURRENT, PENDING_ROTATION, PENDING_MULTI_REGION_IMPORT_AND_ROTATION }
);
string_enum!(
    /// Which key materials ListKeyRotations lists.
    IncludeKeyMaterial { ALL_KEY_MATERIAL, ROTATIONS_ONLY }
);

string_enum!(
    /// Whether a key material of an imported key is in KMS now.
    ImportState { IMPORTED, PENDING_IMPORT }
);
string_enum!(
    /// How material being imported relates to the key.
    ImportType { NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL }
);
string_enum!(
    /// How key material is wrapped for import.
    AlgorithmSpec {
        RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1,
        RSA_AES_KEY_WRAP_SHA_256, SM2PKE
    }
);
string_enum!(
    /// The kind of wrapping key GetParametersForImport returns.
    WrappingKeySpec { RSA_2048, RSA_3072, RSA_4096, SM2 }
);

string_enum!(
    /// Kinds of data key pair.
    DataKeyPairSpec {
        RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1,
        SM2, ECC_NIST_EDWARDS25519, ML_KEM_512, ML_KEM_768, ML_KEM_1024
    }
);

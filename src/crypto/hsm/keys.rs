//! Key objects in the token: generation, lookup by label, AES-GCM, destruction.

use super::Token;
use super::error::{HsmError, classify};
use crate::crypto::random;
use crate::crypto::secret::Secret;
use cryptoki::mechanism::Mechanism;
use cryptoki::mechanism::aead::GcmParams;
use cryptoki::object::{
    Attribute, AttributeInfo, AttributeType, KeyType, ObjectClass, ObjectHandle,
};
use cryptoki::session::Session;
use zeroize::Zeroizing;

/// Length of the GCM IV lkms chooses for each encryption.
pub const IV_LEN: usize = 12;
/// Length of the GCM tag.
pub const TAG_LEN: usize = 16;

/// An AES-GCM result made inside the token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GcmCiphertext {
    /// The IV (random, chosen per call).
    pub iv: [u8; IV_LEN],
    /// The ciphertext, as long as the plaintext.
    pub ciphertext: Vec<u8>,
    /// The authentication tag.
    pub tag: [u8; TAG_LEN],
}

impl GcmCiphertext {
    /// `iv ‖ ciphertext ‖ tag`.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(IV_LEN + self.ciphertext.len() + TAG_LEN);
        out.extend_from_slice(&self.iv);
        out.extend_from_slice(&self.ciphertext);
        out.extend_from_slice(&self.tag);
        out
    }

    /// Splits `iv ‖ ciphertext ‖ tag`; `None` if too short.
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let body_len = bytes.len().checked_sub(IV_LEN + TAG_LEN)?;
        let (iv, rest) = bytes.split_at(IV_LEN);
        let (ciphertext, tag) = rest.split_at(body_len);
        Some(Self {
            iv: iv.try_into().ok()?,
            ciphertext: ciphertext.to_vec(),
            tag: tag.try_into().ok()?,
        })
    }
}

/// What the token says about a key object's protection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyProtection {
    /// CKA_TOKEN: the object persists in the token.
    pub on_token: bool,
    /// CKA_SENSITIVE.
    pub sensitive: bool,
    /// CKA_EXTRACTABLE.
    pub extractable: bool,
    /// Whether asking for CKA_VALUE returned the key bytes (it must not).
    pub value_readable: bool,
}

/// The attributes every lkms key object gets: an AES-256 key that only encrypts and decrypts,
/// persistent, private to the logged-in user, sensitive and never extractable.
fn key_template(label: &str) -> Vec<Attribute> {
    vec![
        Attribute::Class(ObjectClass::SECRET_KEY),
        Attribute::KeyType(KeyType::AES),
        Attribute::ValueLen(32.into()),
        Attribute::Token(true),
        Attribute::Private(true),
        Attribute::Sensitive(true),
        Attribute::Extractable(false),
        Attribute::Encrypt(true),
        Attribute::Decrypt(true),
        Attribute::Sign(false),
        Attribute::Verify(false),
        Attribute::Wrap(false),
        Attribute::Unwrap(false),
        Attribute::Derive(false),
        Attribute::Label(label.as_bytes().to_vec()),
    ]
}

fn find(session: &Session, label: &str) -> Result<Option<ObjectHandle>, HsmError> {
    let template = [
        Attribute::Class(ObjectClass::SECRET_KEY),
        Attribute::Label(label.as_bytes().to_vec()),
    ];
    let found = session
        .find_objects(&template)
        .map_err(|e| classify(e, false))?;
    Ok(found.first().copied())
}

fn gcm_params<'a>(iv: &'a mut [u8; IV_LEN], aad: &'a [u8]) -> Result<GcmParams<'a>, HsmError> {
    GcmParams::new(iv, aad, ((TAG_LEN * 8) as u64).into())
        .map_err(|e| HsmError::Internal(format!("GCM parameters: {e}")))
}

impl Token {
    /// Runs `op` with the handle of the key labelled `label`. A cached handle that the token
    /// no longer knows is looked up again once.
    fn with_key<T>(
        &self,
        label: &str,
        op: impl Fn(&Session, ObjectHandle) -> Result<T, HsmError>,
    ) -> Result<T, HsmError> {
        let inner = &self.inner;
        inner.run(|session| {
            if let Some(handle) = inner.cached_handle(label) {
                match op(session, handle) {
                    Err(HsmError::KeyNotFound(_)) => inner.forget_handle(label),
                    other => return other,
                }
            }
            let handle =
                find(session, label)?.ok_or_else(|| HsmError::KeyNotFound(label.to_string()))?;
            inner.remember_handle(label, handle);
            op(session, handle).map_err(|e| match e {
                HsmError::KeyNotFound(_) => HsmError::KeyNotFound(label.to_string()),
                other => other,
            })
        })
    }

    /// Generates an AES-256 key object labelled `label` (the KMS key ID) in the token.
    pub fn generate_key(&self, label: &str) -> Result<(), HsmError> {
        let inner = &self.inner;
        inner.run(|session| {
            if find(session, label)?.is_some() {
                return Err(HsmError::KeyExists(label.to_string()));
            }
            let handle = session
                .generate_key(&Mechanism::AesKeyGen, &key_template(label))
                .map_err(|e| classify(e, false))?;
            inner.remember_handle(label, handle);
            Ok(())
        })
    }

    /// Whether a key object labelled `label` exists in the token.
    pub fn has_key(&self, label: &str) -> Result<bool, HsmError> {
        self.inner
            .run(|session| find(session, label).map(|h| h.is_some()))
    }

    /// AES-GCM encryption inside the token under the key labelled `label`, with a fresh random
    /// 96-bit IV and a 128-bit tag.
    pub fn encrypt(
        &self,
        label: &str,
        plaintext: &[u8],
        aad: &[u8],
    ) -> Result<GcmCiphertext, HsmError> {
        let mut iv = [0u8; IV_LEN];
        random::fill(&mut iv);
        self.with_key(label, |session, key| {
            let mut iv_param = iv;
            let params = gcm_params(&mut iv_param, aad)?;
            let mut out = session
                .encrypt(&Mechanism::AesGcm(params), key, plaintext)
                .map_err(|e| classify(e, false))?;
            if out.len() != plaintext.len() + TAG_LEN {
                return Err(HsmError::Internal(format!(
                    "the token returned {} bytes of AES-GCM output for {} bytes of plaintext",
                    out.len(),
                    plaintext.len()
                )));
            }
            let tag = out.split_off(plaintext.len());
            Ok(GcmCiphertext {
                iv,
                ciphertext: out,
                tag: tag.try_into().unwrap_or([0; TAG_LEN]),
            })
        })
    }

    /// AES-GCM decryption inside the token; [`HsmError::InvalidCiphertext`] when the tag does
    /// not verify (wrong key, IV, AAD or altered ciphertext).
    pub fn decrypt(
        &self,
        label: &str,
        sealed: &GcmCiphertext,
        aad: &[u8],
    ) -> Result<Secret, HsmError> {
        let mut input = sealed.ciphertext.clone();
        input.extend_from_slice(&sealed.tag);
        self.with_key(label, |session, key| {
            let mut iv = sealed.iv;
            let params = gcm_params(&mut iv, aad)?;
            let plaintext = Secret::new(
                session
                    .decrypt(&Mechanism::AesGcm(params), key, &input)
                    .map_err(|e| classify(e, true))?,
            );
            if plaintext.len() != sealed.ciphertext.len() {
                return Err(HsmError::InvalidCiphertext);
            }
            Ok(plaintext)
        })
    }

    /// Destroys the key object labelled `label`; [`HsmError::KeyNotFound`] if there is none.
    pub fn destroy_key(&self, label: &str) -> Result<(), HsmError> {
        self.with_key(label, |session, key| {
            session.destroy_object(key).map_err(|e| classify(e, false))
        })?;
        self.inner.forget_handle(label);
        Ok(())
    }

    /// Reads the key object's protection attributes, and asks for its value (CKA_VALUE) to
    /// show that the token refuses it.
    pub fn key_protection(&self, label: &str) -> Result<KeyProtection, HsmError> {
        self.with_key(label, |session, key| {
            let flags = session
                .get_attributes(
                    key,
                    &[
                        AttributeType::Token,
                        AttributeType::Sensitive,
                        AttributeType::Extractable,
                    ],
                )
                .map_err(|e| classify(e, false))?;
            let flag = |wanted: AttributeType| {
                flags.iter().any(|a| {
                    a.attribute_type() == wanted
                        && matches!(
                            a,
                            Attribute::Token(true)
                                | Attribute::Sensitive(true)
                                | Attribute::Extractable(true)
                        )
                })
            };
            let info = session
                .get_attribute_info(key, &[AttributeType::Value])
                .map_err(|e| classify(e, false))?;
            let values = session
                .get_attributes(key, &[AttributeType::Value])
                .map_err(|e| classify(e, false))?;
            let value_returned = values.into_iter().any(|a| match a {
                Attribute::Value(v) => {
                    drop(Zeroizing::new(v));
                    true
                }
                _ => false,
            });
            Ok(KeyProtection {
                on_token: flag(AttributeType::Token),
                sensitive: flag(AttributeType::Sensitive),
                extractable: flag(AttributeType::Extractable),
                value_readable: value_returned || matches!(info[..], [AttributeInfo::Available(_)]),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcm_bytes_round_trip() {
        let c = GcmCiphertext {
            iv: [1; IV_LEN],
            ciphertext: vec![2, 3, 4],
            tag: [5; TAG_LEN],
        };
        let bytes = c.to_bytes();
        assert_eq!(bytes.len(), IV_LEN + 3 + TAG_LEN);
        assert_eq!(GcmCiphertext::from_bytes(&bytes), Some(c));
        assert!(GcmCiphertext::from_bytes(&bytes[..IV_LEN + TAG_LEN - 1]).is_none());
        let empty = GcmCiphertext::from_bytes(&[0; IV_LEN + TAG_LEN]).unwrap();
        assert!(empty.ciphertext.is_empty());
    }
}

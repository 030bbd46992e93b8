//! AES-256 keys that live in a PKCS#11 token (an HSM; SoftHSM2 locally) and never leave it.
//!
//! A custom key store of type `AWS_CLOUDHSM` maps to one token: [`Token::connect`] logs in with
//! the key-store password as the user PIN; each KMS key in the store is one AES-256 secret-key
//! object, labelled with the KMS key ID, created sensitive and not extractable; Encrypt and
//! Decrypt run AES-GCM inside the token. Connections and sessions are shared within the
//! process, so calling [`Token::connect`] for every request is cheap.
//!
//! Failures are [`HsmError`]s, each with the `ConnectionErrorCode` AWS would report.

mod error;
mod keys;
mod token;

pub use error::HsmError;
pub use keys::{GcmCiphertext, IV_LEN, KeyProtection, TAG_LEN};
pub use token::TokenLocation;

use super::ciphertext;
use super::custom_blob::{self, CustomBlob, CustomBody, CustomHeader, StoreKind};
use super::secret::Secret;
use std::sync::Arc;

/// A logged-in token. Clones share the connection.
#[derive(Clone)]
pub struct Token {
    inner: Arc<token::TokenInner>,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("location", self.inner.location())
            .finish_non_exhaustive()
    }
}

impl Token {
    /// Logs in to the token at `location` as its user with `pin` (the key-store password).
    ///
    /// The process keeps one connection per token: when it is already logged in with the same
    /// PIN this only checks that the token still answers; a different PIN is put to the token.
    /// Errors: [`HsmError::ClusterNotFound`] (no module or no token with the label),
    /// [`HsmError::InvalidCredentials`], [`HsmError::UserLockedOut`],
    /// [`HsmError::UserNotFound`], [`HsmError::UserLoggedIn`], [`HsmError::TokenGone`].
    pub fn connect(location: &TokenLocation, pin: &str) -> Result<Self, HsmError> {
        token::TokenInner::connect(location, pin).map(|inner| Self { inner })
    }

    /// The serial number of the token at `location`, asked without logging in: it shows the
    /// token is there, and tells one token from another. [`HsmError::ClusterNotFound`] when the
    /// module does not load or no token has the label.
    pub fn serial_number(location: &TokenLocation) -> Result<String, HsmError> {
        token::serial(location)
    }

    /// `n` random bytes from the token's generator.
    pub fn random(&self, n: usize) -> Result<Secret, HsmError> {
        let len = u32::try_from(n).map_err(|_| HsmError::Internal("too many bytes".into()))?;
        self.inner.run(|session| {
            session
                .generate_random_vec(len)
                .map(Secret::new)
                .map_err(|e| error::classify(e, false))
        })
    }

    /// Where this token is.
    pub fn location(&self) -> &TokenLocation {
        self.inner.location()
    }

    /// Logs out and closes the token's sessions. Every clone then fails with
    /// [`HsmError::Disconnected`] until [`Token::connect`] is called again.
    pub fn disconnect(&self) {
        self.inner.disconnect();
    }

    /// Logs this process out of the token at `location` and closes its sessions, if it is
    /// connected to it; a later [`Token::connect`] logs in again.
    pub fn disconnect_at(location: &TokenLocation) {
        token::TokenInner::disconnect_at(location);
    }

    /// Encrypts `plaintext` under the key `header.key_id` inside the token and returns the
    /// whole version 2 ciphertext blob, bound to `header` and the encoded encryption `context`.
    pub fn seal_blob(
        &self,
        header: &CustomHeader,
        context: &[u8],
        plaintext: &[u8],
    ) -> Result<Vec<u8>, HsmError> {
        if header.kind != StoreKind::CloudHsm {
            return Err(HsmError::Internal("not a CloudHSM key store header".into()));
        }
        let header_bytes = custom_blob::header(header);
        let aad = ciphertext::aad(&header_bytes, context);
        let sealed = self.encrypt(&header.key_id, plaintext, &aad)?;
        Ok(custom_blob::build(
            &header_bytes,
            &CustomBody::CloudHsm(sealed),
        ))
    }

    /// Decrypts a parsed CloudHSM blob inside the token; [`HsmError::InvalidCiphertext`] for
    /// another kind of blob, another key, or a context that differs.
    pub fn open_blob(&self, blob: &CustomBlob, context: &[u8]) -> Result<Secret, HsmError> {
        let CustomBody::CloudHsm(sealed) = &blob.body else {
            return Err(HsmError::InvalidCiphertext);
        };
        let aad = ciphertext::aad(&blob.header_bytes, context);
        self.decrypt(&blob.header.key_id, sealed, &aad)
    }
}

//! Access keys that `lkms serve` accepts: access key ID, sealed secret access key, principal.
//!
//! One document, `credentials.json`, MACed like every other; each secret is sealed under the
//! keystore's sealing key and bound to its access key ID, so it never sits on disk in the clear.

use super::document;
use super::error::io_error;
use super::error::{StoreError, StoreResult};
use super::keystore::Keystore;
use crate::crypto::secret::SecretString;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const FILE: &str = "credentials.json";
const KIND: &str = "Credentials";
const SESSION_TOKEN: &str = "lkms session token v1";

/// One stored access key.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct Credential {
    /// The IAM principal ARN requests signed with this key act as.
    pub principal: String,
    /// Base64 of the sealed secret access key.
    pub sealed_secret: String,
    /// Base64 of the sealed session token, for temporary credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_session_token: Option<String>,
    /// When a temporary credential expires (epoch milliseconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<i64>,
}

/// Access key ID to credential.
pub type Credentials = BTreeMap<String, Credential>;

impl Keystore {
    /// The stored access keys (none if the file does not exist).
    pub fn load_credentials(&self) -> StoreResult<Credentials> {
        let path = self.dir().join(FILE);
        match std::fs::read(&path) {
            Ok(bytes) => document::decode(self.doc_key(), KIND, &[], &bytes, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Credentials::new()),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Replaces the stored access keys. Hold the lock.
    pub fn write_credentials(&self, creds: &Credentials) -> StoreResult<()> {
        document::write(self.doc_key(), KIND, &[], creds, &self.dir().join(FILE))
    }

    /// A credential for `access_key_id` with its secret sealed.
    pub fn seal_credential(
        &self,
        access_key_id: &str,
        secret: &str,
        principal: &str,
    ) -> Credential {
        use base64::Engine as _;
        let sealed = self.seal_bound("lkms credential v1", &[access_key_id], secret.as_bytes());
        Credential {
            principal: principal.to_string(),
            sealed_secret: base64::engine::general_purpose::STANDARD.encode(sealed),
            sealed_session_token: None,
            expiration: None,
        }
    }

    /// Makes `c` a temporary credential: requests must carry `token`, until `expiration`
    /// (epoch milliseconds) if given. The token is sealed like the secret.
    pub fn seal_session_token(
        &self,
        access_key_id: &str,
        c: &mut Credential,
        token: &str,
        expiration: Option<i64>,
    ) {
        use base64::Engine as _;
        let sealed = self.seal_bound(SESSION_TOKEN, &[access_key_id], token.as_bytes());
        c.sealed_session_token = Some(base64::engine::general_purpose::STANDARD.encode(sealed));
        c.expiration = expiration;
    }

    /// The session token of a temporary credential; `None` for a long-term one.
    pub fn open_session_token(
        &self,
        access_key_id: &str,
        c: &Credential,
    ) -> StoreResult<Option<SecretString>> {
        use base64::Engine as _;
        let Some(sealed) = &c.sealed_session_token else {
            return Ok(None);
        };
        base64::engine::general_purpose::STANDARD
            .decode(sealed)
            .ok()
            .and_then(|s| self.open_bound(SESSION_TOKEN, &[access_key_id], &s))
            .and_then(|b| String::from_utf8(b.to_vec()).ok())
            .map(|t| Some(SecretString::new(t)))
            .ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the session token of access key {access_key_id} does not open: it was \
                     altered or moved from another access key"
                ))
            })
    }

    /// The secret access key of a stored credential.
    pub fn open_credential(
        &self,
        access_key_id: &str,
        c: &Credential,
    ) -> StoreResult<SecretString> {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD
            .decode(&c.sealed_secret)
            .ok()
            .and_then(|s| self.open_bound("lkms credential v1", &[access_key_id], &s))
            .and_then(|b| String::from_utf8(b.to_vec()).ok())
            .map(SecretString::new)
            .ok_or_else(|| {
                StoreError::Corrupt(format!(
                    "the secret of access key {access_key_id} does not open: it was altered or \
                     moved from another access key"
                ))
            })
    }
}

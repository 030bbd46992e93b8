//! The access keys lkms accepts (`lkms serve` verifies SigV4 signatures with them, the command
//! line checks the caller's credentials against them): adding, listing, removing, finding one
//! for a request, and authenticating a caller. Secrets are sealed in the store.

use super::Service;
use super::caller::Caller;
use crate::crypto::mac::SigningKey;
use crate::crypto::secret::SecretString;
use crate::error::{Error, ErrorCode, kms};
use std::sync::Arc;

/// AWS's text for an unknown access key or a wrong secret.
pub const INVALID_TOKEN: &str = "The security token included in the request is invalid.";

/// A stored access key, opened.
pub struct Credential {
    /// The secret access key.
    pub secret: SecretString,
    /// The principal requests signed with it act as.
    pub principal: String,
    /// The session token of a temporary credential.
    pub session_token: Option<SecretString>,
    /// When a temporary credential expires, epoch milliseconds.
    pub expiration: Option<i64>,
    /// The last SigV4 signing key derived from the secret, with its scope.
    signing: std::sync::Mutex<Option<([String; 3], SigningKey)>>,
}

impl Credential {
    /// The SigV4 signing key for a scope (`date`, `region`, `service`): derived once per scope
    /// and kept while the access key stays cached.
    pub fn signing_key(&self, scope: [&str; 3]) -> SigningKey {
        let mut last = self.signing.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((s, key)) = last.as_ref()
            && s.iter().zip(scope).all(|(a, b)| a == b)
        {
            return key.clone();
        }
        let key = SigningKey::derive(self.secret.expose(), scope);
        *last = Some((scope.map(str::to_string), key.clone()));
        key
    }
}

/// The access key `access_key_id`, if it is stored (remembered by a long-lived process's cache).
pub fn lookup(svc: &Service, access_key_id: &str) -> Result<Option<Arc<Credential>>, Error> {
    if let Some(c) = svc.cache().and_then(|c| c.credential(access_key_id)) {
        return Ok(Some(c));
    }
    let ticket = svc.cache().map(super::cache::Cache::ticket);
    let store = svc.store();
    let creds = store.load_credentials()?;
    let Some(cred) = creds.get(access_key_id) else {
        return Ok(None);
    };
    let opened = Arc::new(Credential {
        secret: store.open_credential(access_key_id, cred)?,
        principal: cred.principal.clone(),
        session_token: store.open_session_token(access_key_id, cred)?,
        expiration: cred.expiration,
        signing: std::sync::Mutex::new(None),
    });
    if let (Some(c), Some(t)) = (svc.cache(), ticket) {
        c.put_credential(access_key_id, opened.clone(), t);
    }
    Ok(Some(opened))
}

/// What `lkms credentials add` asks for.
pub struct NewCredential<'a> {
    /// The access key ID.
    pub access_key_id: &'a str,
    /// The secret access key.
    pub secret: &'a str,
    /// The principal it acts as (the account root when `None`).
    pub principal: Option<&'a str>,
    /// A session token, for a temporary credential.
    pub session_token: Option<&'a str>,
    /// When the temporary credential expires (RFC 3339 or epoch seconds).
    pub expiration: Option<&'a str>,
}

/// Adds or replaces an access key.
pub fn add(svc: &Service, new: NewCredential) -> Result<(), Error> {
    let NewCredential {
        access_key_id,
        secret,
        principal,
        session_token,
        expiration,
    } = new;
    let valid_id = (16..=128).contains(&access_key_id.len())
        && access_key_id.bytes().all(|b| b.is_ascii_alphanumeric());
    if !valid_id {
        return Err(Error::Usage(format!(
            "--access-key-id must be 16 to 128 letters and digits, not '{access_key_id}'"
        )));
    }
    if secret.is_empty() {
        return Err(Error::Usage("--secret-access-key must not be empty".into()));
    }
    let store = svc.store();
    let principal = match principal {
        Some(p) => p.to_string(),
        None => Caller::root(store.account_id()).principal,
    };
    Caller::parse(&principal)?;
    if session_token == Some("") {
        return Err(Error::Usage("--session-token must not be empty".into()));
    }
    if expiration.is_some() && session_token.is_none() {
        return Err(Error::Usage(
            "--expiration needs --session-token: only temporary credentials expire".into(),
        ));
    }
    let expiration = expiration
        .map(|t| {
            crate::clock::parse_instant(t)
                .map(|i| i.epoch_millis())
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "--expiration must be an RFC 3339 time or epoch seconds, not '{t}'"
                    ))
                })
        })
        .transpose()?;
    let _lock = store.lock()?;
    let mut creds = store.load_credentials()?;
    let mut cred = store.seal_credential(access_key_id, secret, &principal);
    if let Some(token) = session_token {
        store.seal_session_token(access_key_id, &mut cred, token, expiration);
    }
    creds.insert(access_key_id.to_string(), cred);
    Ok(store.write_credentials(&creds)?)
}

/// Every stored access key ID with its principal and, for a temporary one, its expiry.
pub fn list(svc: &Service) -> Result<Vec<(String, String, Option<i64>)>, Error> {
    Ok(svc
        .store()
        .load_credentials()?
        .into_iter()
        .map(|(id, c)| (id, c.principal, c.expiration))
        .collect())
}

/// Removes an access key.
pub fn remove(svc: &Service, access_key_id: &str) -> Result<(), Error> {
    let store = svc.store();
    let _lock = store.lock()?;
    let mut creds = store.load_credentials()?;
    if creds.remove(access_key_id).is_none() {
        return Err(Error::Usage(format!(
            "no access key {access_key_id} in this keystore"
        )));
    }
    Ok(store.write_credentials(&creds)?)
}

/// What a command-line caller presents: the credentials the aws CLI would sign with.
pub struct Presented<'a> {
    /// The access key ID.
    pub access_key_id: &'a str,
    /// The secret access key.
    pub secret: &'a SecretString,
    /// The session token, if any.
    pub session_token: Option<&'a str>,
}

/// The caller a command-line request with these credentials acts as. A keystore that holds no
/// access keys has nobody but its account root, so every caller is that root (the aws CLI's
/// credentials for the real AWS change nothing until the keystore has access keys of its own).
/// Otherwise the access key must be stored, the secret must match, and the session token must be
/// the temporary credential's (none for a long-term key), each compared in constant time;
/// anything else is UnrecognizedClientException. A temporary credential past its expiration is
/// ExpiredTokenException, as the server answers.
pub fn authenticate(svc: &Service, presented: &Presented<'_>) -> Result<Caller, Error> {
    let store = svc.store();
    let creds = store.load_credentials()?;
    if creds.is_empty() {
        return Ok(Caller::root(store.account_id()));
    }
    let invalid = || kms(ErrorCode::UnrecognizedClientException, INVALID_TOKEN);
    let id = presented.access_key_id;
    let stored = creds.get(id).ok_or_else(invalid)?;
    let secret = store.open_credential(id, stored)?;
    let token = store.open_session_token(id, stored)?;
    let token_ok = match (presented.session_token, &token) {
        (None, None) => true,
        (Some(p), Some(stored)) => stored.ct_eq(&SecretString::new(p.to_string())),
        _ => false,
    };
    if !secret.ct_eq(presented.secret) || !token_ok {
        return Err(invalid());
    }
    if stored.expiration.is_some_and(|t| svc.now_millis() >= t) {
        return Err(kms(
            ErrorCode::ExpiredTokenException,
            "The security token included in the request is expired",
        ));
    }
    Caller::parse(&stored.principal)
}

//! The access keys lkms accepts (`lkms serve` verifies SigV4 signatures with them): adding,
//! listing, removing, and finding one for a request. Secrets are sealed in the store.

use super::Service;
use super::caller::Caller;
use crate::crypto::secret::SecretString;
use crate::error::Error;

/// A stored access key, opened.
pub struct Credential {
    /// The secret access key.
    pub secret: SecretString,
    /// The principal requests signed with it act as.
    pub principal: String,
}

/// The access key `access_key_id`, if it is stored.
pub fn lookup(svc: &Service, access_key_id: &str) -> Result<Option<Credential>, Error> {
    let store = svc.store();
    let creds = store.load_credentials()?;
    let Some(cred) = creds.get(access_key_id) else {
        return Ok(None);
    };
    Ok(Some(Credential {
        secret: store.open_credential(access_key_id, cred)?,
        principal: cred.principal.clone(),
    }))
}

/// Adds or replaces an access key acting as `principal` (the account root when `None`).
pub fn add(
    svc: &Service,
    access_key_id: &str,
    secret: &str,
    principal: Option<&str>,
) -> Result<(), Error> {
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
    let _lock = store.lock()?;
    let mut creds = store.load_credentials()?;
    let cred = store.seal_credential(access_key_id, secret, &principal);
    creds.insert(access_key_id.to_string(), cred);
    Ok(store.write_credentials(&creds)?)
}

/// Every stored access key ID with its principal.
pub fn list(svc: &Service) -> Result<Vec<(String, String)>, Error> {
    Ok(svc
        .store()
        .load_credentials()?
        .into_iter()
        .map(|(id, c)| (id, c.principal))
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

//! Authorisation: whether the caller may perform an action on a key, or an account-level action.
//!
//! Every operation calls one of these between resolving its key and checking the key's state,
//! with the action name of kms-behaviour.md §4.9. Today every caller may do everything to
//! customer managed keys (their policies are validated and stored but not yet evaluated); an AWS
//! managed key's fixed policy lets a direct caller only describe, get and list it.

use super::Service;
use crate::error::Error;
use crate::store::KeyRecord;

/// May the caller perform `action` (e.g. `kms:Encrypt`) on `key`?
pub fn key(svc: &Service, action: &str, key: &KeyRecord) -> Result<(), Error> {
    super::managed::refused(svc, action, key).map_or(Ok(()), Err)
}

/// May the caller perform an action whose resource is `*` (CreateKey, ListKeys, ListAliases,
/// GenerateRandom, ListRetirableGrants), decided by identity policies alone?
pub fn account(_svc: &Service, _action: &str) -> Result<(), Error> {
    Ok(())
}

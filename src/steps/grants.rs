//! Grants as the operations keep them: one MACed document per key, grant tokens tagged under a
//! key only this keystore has, and the reads and writes CreateGrant, ListGrants,
//! ListRetirableGrants, RetireGrant and RevokeGrant share. What a grant allows is decided by
//! [`crate::access`].

use super::Service;
use crate::access::token::{self, GrantTokenClaims};
use crate::access::{Grant, GrantConstraints, GrantLimits, GrantOperation, Principal};
use crate::error::{Error, ErrorCode, kms};
use crate::store::KeyRecord;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The grants of a key, oldest first.
pub fn load(svc: &Service, key_id: &str) -> Result<Vec<Grant>, Error> {
    Ok(svc.store().load_grants(svc.region(), key_id)?)
}

/// Grant documents kept before the cache starts over.
const MAX_CACHED: usize = 1024;

type Cached = HashMap<(String, String), (Vec<u8>, Arc<Vec<Grant>>)>;

/// The grants of a key for a decision: the document is read on every call, but verified and
/// parsed again only when its bytes changed since this process last did (a long-lived server
/// then decides a key with many grants without re-reading them all).
pub fn for_decision(svc: &Service, key_id: &str) -> Result<Arc<Vec<Grant>>, Error> {
    static CACHE: OnceLock<Mutex<Cached>> = OnceLock::new();
    let store = svc.store();
    let Some(bytes) = store.read_grants(svc.region(), key_id)? else {
        return Ok(Arc::default());
    };
    let cache = CACHE.get_or_init(Default::default);
    let id = (
        format!("{}/{}", store.dir().display(), svc.region()),
        key_id.to_string(),
    );
    if let Ok(c) = cache.lock()
        && let Some((seen, grants)) = c.get(&id)
        && *seen == bytes
    {
        return Ok(grants.clone());
    }
    let grants: Arc<Vec<Grant>> = Arc::new(store.decode_grants(svc.region(), key_id, &bytes)?);
    if let Ok(mut c) = cache.lock() {
        if c.len() >= MAX_CACHED {
            c.clear();
        }
        c.insert(id, (bytes, grants.clone()));
    }
    Ok(grants)
}

/// Replaces the grants of a key (an empty list removes its document). Hold the lock.
pub fn save(svc: &Service, key_id: &str, grants: &[Grant]) -> Result<(), Error> {
    Ok(svc.store().write_grants(svc.region(), key_id, grants)?)
}

/// The key ID of a key ARN of this keystore's region and account, if it is one.
fn key_id_of(svc: &Service, key_arn: &str) -> Option<String> {
    let id = key_arn.rsplit('/').next()?;
    (svc.key_arn(id) == key_arn).then(|| id.to_string())
}

/// Opens each token of a request: each must be one this keystore issued, for a grant that still
/// exists; InvalidGrantTokenException otherwise. Grants take effect at once in lkms, so a valid
/// token changes no decision; it is checked because AWS checks it.
pub fn check_tokens(svc: &Service, tokens: &[String]) -> Result<(), Error> {
    if tokens.is_empty() {
        return Ok(());
    }
    let mac_key = svc.store().grant_token_key();
    let invalid = || {
        kms(
            ErrorCode::InvalidGrantTokenException,
            token::INVALID_GRANT_TOKEN,
        )
    };
    for t in tokens {
        let claims = token::open(&mac_key, t)?;
        let key_id = key_id_of(svc, &claims.key_arn).ok_or_else(invalid)?;
        if !load(svc, &key_id)?
            .iter()
            .any(|g| g.grant_id == claims.grant_id)
        {
            return Err(invalid());
        }
    }
    Ok(())
}

/// A new token for `grant`.
pub fn issue_token(svc: &Service, grant: &Grant) -> String {
    token::issue(
        &svc.store().grant_token_key(),
        &GrantTokenClaims {
            key_arn: grant.key_arn.clone(),
            grant_id: grant.grant_id.clone(),
            grantee: grant.grantee_principal.clone(),
        },
    )
}

/// The grant a token names, with the key it is on.
pub fn by_token(svc: &Service, t: &str) -> Result<(String, Grant), Error> {
    let claims = token::open(&svc.store().grant_token_key(), t)?;
    let invalid = || {
        kms(
            ErrorCode::InvalidGrantTokenException,
            token::INVALID_GRANT_TOKEN,
        )
    };
    let key_id = key_id_of(svc, &claims.key_arn).ok_or_else(invalid)?;
    let grant = load(svc, &key_id)?
        .into_iter()
        .find(|g| g.grant_id == claims.grant_id)
        .ok_or_else(invalid)?;
    Ok((key_id, grant))
}

/// InvalidGrantIdException for a grant ID the key does not have.
pub fn no_such_grant(grant_id: &str) -> Error {
    kms(
        ErrorCode::InvalidGrantIdException,
        format!("Grant ID {grant_id} is not valid."),
    )
}

/// What CreateGrant asks for, checked.
pub struct NewGrant {
    /// The grantee.
    pub grantee: String,
    /// The retiring principal.
    pub retiring: Option<String>,
    /// The operations.
    pub operations: Vec<GrantOperation>,
    /// The constraints.
    pub constraints: GrantConstraints,
    /// The idempotency name.
    pub name: Option<String>,
}

/// Stores a new grant on `key` (or finds the one an identical named request made) and returns
/// it, under the per-key limits.
pub fn create(svc: &Service, key: &KeyRecord, new: NewGrant) -> Result<Grant, Error> {
    let store = svc.store();
    let _lock = store.lock()?;
    super::persist::load_locked(svc, &key.key_id)?;
    let mut grants = load(svc, &key.key_id)?;
    if let Some(name) = &new.name
        && let Some(same) = grants.iter().find(|g| {
            &g.name == name
                && g.same_request(
                    &new.grantee,
                    new.retiring.as_deref(),
                    &new.operations,
                    &new.constraints,
                )
        })
    {
        return Ok(same.clone());
    }
    GrantLimits::default().check_room(&grants, &new.grantee)?;
    let caller = svc.caller().principal();
    let grant = Grant {
        grant_id: Grant::new_id(),
        key_arn: svc.key_arn(&key.key_id),
        name: new.name.unwrap_or_default(),
        creation_date_millis: svc.now_millis(),
        grantee_principal: new.grantee,
        retiring_principal: new.retiring,
        issuing_account: caller.root_arn(),
        issuing_principal: caller.arn().to_string(),
        operations: new.operations,
        constraints: new.constraints,
    };
    grants.push(grant.clone());
    save(svc, &key.key_id, &grants)?;
    Ok(grant)
}

/// Removes grant `grant_id` from key `key_id`; InvalidGrantIdException if it has no such grant.
pub fn remove(svc: &Service, key_id: &str, grant_id: &str) -> Result<(), Error> {
    let _lock = svc.store().lock()?;
    let mut grants = load(svc, key_id)?;
    let before = grants.len();
    grants.retain(|g| g.grant_id != grant_id);
    if grants.len() == before {
        return Err(no_such_grant(grant_id));
    }
    save(svc, key_id, &grants)
}

/// Every grant in the region whose retiring principal is `retiring`, ordered by key and age.
pub fn retirable_by(svc: &Service, retiring: &str) -> Result<Vec<Grant>, Error> {
    let mut out = Vec::new();
    for key_id in svc.store().list_keys_with_grants(svc.region())? {
        out.extend(
            load(svc, &key_id)?
                .into_iter()
                .filter(|g| g.retiring_principal.as_deref() == Some(retiring)),
        );
    }
    Ok(out)
}

/// Whether `text` names a principal a grant can be for: an account ID, or the ARN of an account
/// root, IAM user or role, assumed-role session or federated user.
pub fn valid_principal(text: &str) -> bool {
    (text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit()))
        || Principal::parse(text).is_some()
}

/// A grant as ListGrants and ListRetirableGrants show it.
pub fn list_entry(g: &Grant) -> crate::model::GrantListEntry {
    use crate::model::{GrantConstraints as Constraints, GrantListEntry, Timestamp};
    let constraints = (!g.constraints.is_empty()).then(|| Constraints {
        encryption_context_subset: g.constraints.encryption_context_subset.clone(),
        encryption_context_equals: g.constraints.encryption_context_equals.clone(),
        source_arn: None,
    });
    GrantListEntry {
        key_id: Some(g.key_arn.clone()),
        grant_id: Some(g.grant_id.clone()),
        name: Some(g.name.clone()),
        creation_date: Timestamp::from_epoch_millis(g.creation_date_millis),
        grantee_principal: Some(g.grantee_principal.clone()),
        retiring_principal: g.retiring_principal.clone(),
        issuing_account: Some(g.issuing_account.clone()),
        operations: Some(
            g.operations
                .iter()
                .filter_map(|o| crate::model::GrantOperation::parse(o.as_str()))
                .collect(),
        ),
        constraints,
        ..Default::default()
    }
}

/// One page of `list` (oldest first), with ListGrants' page sizes (50 by default, 100 at most).
pub fn page(
    list: &[Grant],
    limit: Option<i64>,
    marker: Option<&str>,
) -> Result<super::paging::Page<Grant>, Error> {
    let mut sorted = list.to_vec();
    sorted.sort_by_key(sort_key);
    super::paging::page(&sorted, sort_key, limit, marker, 50, 100)
}

fn sort_key(g: &Grant) -> String {
    format!("{:020}{}", g.creation_date_millis.max(0), g.grant_id)
}

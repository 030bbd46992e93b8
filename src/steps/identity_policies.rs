//! IAM identity policies attached to principals (users and roles; a session has its role's):
//! putting, reading, listing and deleting them, and loading the caller's for a decision. An
//! account root needs none, and a principal without any has no identity permissions.

use super::Service;
use super::caller::Caller;
use super::policy_cache;
use crate::access::{NamedPolicy, Policy, PolicyKind, Principal, PrincipalKind};
use crate::error::Error;
use crate::store::IdentityPolicies;

/// The largest identity policy document accepted (IAM's managed-policy size).
pub const MAX_DOCUMENT: usize = 6144;

/// The principal whose identity policies apply to `p`: a session's role, else `p` itself;
/// `None` for principals that cannot have any (an account root, a service).
pub fn holder(p: &Principal) -> Option<String> {
    match p.kind() {
        PrincipalKind::User | PrincipalKind::Role | PrincipalKind::AssumedRole => {
            Some(p.principal_arn())
        }
        _ => None,
    }
}

fn usage(message: String) -> Error {
    Error::Usage(message)
}

/// The user or role ARN `arn` names, for the identity-policy commands.
fn attachable(arn: &str) -> Result<String, Error> {
    let p = Principal::parse(arn).ok_or_else(|| {
        usage(format!(
            "--principal must be an IAM user or role ARN such as \
             arn:aws:iam::111122223333:user/Name, not '{arn}'"
        ))
    })?;
    match p.kind() {
        PrincipalKind::User | PrincipalKind::Role => Ok(p.arn().to_string()),
        _ => Err(usage(format!(
            "identity policies attach to IAM users and roles (a session has its role's; an \
             account root needs none), not to {arn}"
        ))),
    }
}

fn check_name(name: &str) -> Result<(), Error> {
    let ok = (1..=128).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"+=,.@_-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(usage(format!(
            "--policy-name must be 1 to 128 letters, digits or +=,.@_- characters, not '{name}'"
        )))
    }
}

/// Checks an identity policy document: valid JSON, a policy IAM would accept, no principal.
pub fn check_document(document: &str) -> Result<(), Error> {
    if document.len() > MAX_DOCUMENT {
        return Err(usage(format!(
            "the identity policy is {} bytes; IAM accepts at most {MAX_DOCUMENT}",
            document.len()
        )));
    }
    Policy::parse(document, PolicyKind::Identity)
        .map(drop)
        .map_err(|e| usage(format!("the identity policy is not valid: {e}")))
}

/// Checks what [`put`] would store; returns the principal ARN it would be stored under.
pub fn check(principal: &str, name: &str, document: &str) -> Result<String, Error> {
    let principal = attachable(principal)?;
    check_name(name)?;
    check_document(document)?;
    Ok(principal)
}

/// Attaches (or replaces) the policy `name` of `principal`.
pub fn put(svc: &Service, principal: &str, name: &str, document: &str) -> Result<(), Error> {
    let principal = check(principal, name, document)?;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut doc = store.load_identity_policies(&principal)?;
    doc.policies.insert(name.to_string(), document.to_string());
    Ok(store.write_identity_policies(&doc)?)
}

/// The document of the policy `name` of `principal`.
pub fn get(svc: &Service, principal: &str, name: &str) -> Result<String, Error> {
    let principal = attachable(principal)?;
    let mut doc = svc.store().load_identity_policies(&principal)?;
    doc.policies
        .remove(name)
        .ok_or_else(|| no_such(&principal, name))
}

fn no_such(principal: &str, name: &str) -> Error {
    usage(format!("{principal} has no identity policy named '{name}'"))
}

/// The names of `principal`'s policies, sorted.
pub fn list(svc: &Service, principal: &str) -> Result<Vec<String>, Error> {
    let principal = attachable(principal)?;
    let doc = svc.store().load_identity_policies(&principal)?;
    Ok(doc.policies.into_keys().collect())
}

/// Detaches the policy `name` of `principal`.
pub fn delete(svc: &Service, principal: &str, name: &str) -> Result<(), Error> {
    let principal = attachable(principal)?;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut doc: IdentityPolicies = store.load_identity_policies(&principal)?;
    if doc.policies.remove(name).is_none() {
        return Err(no_such(&principal, name));
    }
    Ok(store.write_identity_policies(&doc)?)
}

/// The caller's identity policies, parsed (none for an account root or a service).
pub fn of_caller(svc: &Service, caller: &Caller) -> Result<Vec<NamedPolicy>, Error> {
    let Some(holder) = holder(caller.principal()) else {
        return Ok(Vec::new());
    };
    svc.store()
        .load_identity_policies(&holder)?
        .policies
        .into_iter()
        .map(|(name, text)| {
            Ok(NamedPolicy {
                name,
                policy: policy_cache::parsed(&text, PolicyKind::Identity)?,
            })
        })
        .collect()
}

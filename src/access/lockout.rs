//! The checks CreateKey and PutKeyPolicy make on a new key policy once its form has been
//! checked (`steps::policy::check_document`): well-formed principals, and the lockout safety
//! check — the new policy must let the caller call `kms:PutKeyPolicy` later, unless the caller
//! bypasses the check.

use super::context::Context;
use super::evaluate::{KeyTarget, NamedPolicy, Request, Target, authorize};
use super::policy::{Policy, PolicyKind, Principals};
use super::principal::{Entry, Principal};
use crate::error::{Error, ErrorCode, kms};
use std::sync::Arc;

/// The text AWS uses when any principal in a statement is not acceptable.
pub const INVALID_PRINCIPALS: &str =
    "Policy contains a statement with one or more invalid principals.";

/// The MalformedPolicyDocumentException text of the lockout safety check.
pub const LOCKOUT: &str =
    "The new key policy will not allow you to update the key policy in the future.";

fn malformed(message: &str) -> Error {
    kms(ErrorCode::MalformedPolicyDocumentException, message)
}

/// The key a new policy is for, and who is putting it.
#[derive(Debug, Clone, Copy)]
pub struct NewPolicy<'a> {
    /// The policy document as given.
    pub document: &'a str,
    /// The caller.
    pub principal: &'a Principal,
    /// The caller's identity policies.
    pub identity_policies: &'a [NamedPolicy],
    /// The caller's request context (its global keys).
    pub context: &'a Context,
    /// The key's ARN (for CreateKey, the ARN the new key will have).
    pub key_arn: &'a str,
    /// The key's account.
    pub key_account: &'a str,
    /// `BypassPolicyLockoutSafetyCheck`.
    pub bypass: bool,
}

/// Checks a key policy about to be set (its form already checked) and returns it parsed.
pub fn check_new_key_policy(new: &NewPolicy<'_>) -> Result<Arc<Policy>, Error> {
    let policy = Policy::parse(new.document, PolicyKind::Key).map_err(|e| malformed(&e.0))?;
    check_principals(&policy)?;
    if !new.bypass && !allows_future_put(new, &policy) {
        return Err(malformed(LOCKOUT));
    }
    Ok(policy)
}

/// Principals must name something that can exist: no wildcard inside an ARN (only a lone
/// `*` means everyone), and an `AWS` value must be an account or principal ARN.
pub fn check_principals(policy: &Policy) -> Result<(), Error> {
    for stmt in &policy.statements {
        let list = match &stmt.principals {
            Some(Principals::Only(l) | Principals::AllBut(l)) => l,
            None => continue,
        };
        let bad = list.iter().any(|e| match e {
            Entry::Invalid(_) => true,
            Entry::Service(s) => s.contains(['*', '?']),
            _ => false,
        });
        if bad {
            return Err(malformed(INVALID_PRINCIPALS));
        }
    }
    Ok(())
}

fn allows_future_put(new: &NewPolicy<'_>, policy: &Policy) -> bool {
    let request = Request {
        principal: new.principal,
        action: "kms:PutKeyPolicy",
        target: Target::Key(KeyTarget {
            arn: new.key_arn,
            account: new.key_account,
            policy,
            grants: &[],
        }),
        identity_policies: new.identity_policies,
        context: new.context,
        encryption_context: None,
    };
    authorize(&request).is_allowed()
}

//! AccessDeniedException texts, as AWS words them today, and a one-line explanation of a
//! decision for `lkms authorize`.

use super::evaluate::{Basis, Decision, Outcome, PolicyType};
use crate::error::{Error, ErrorCode, kms};

/// The AccessDeniedException message for a denied `action` on `resource` by `principal`
/// (the caller's ARN as it called, e.g. a session ARN).
pub fn message(
    principal: &str,
    action: &str,
    resource: &str,
    outcome: Outcome,
    policy_type: PolicyType,
) -> String {
    let head =
        format!("User: {principal} is not authorized to perform: {action} on resource: {resource}");
    let kind = match policy_type {
        PolicyType::ResourceBased => "resource-based",
        PolicyType::IdentityBased => "identity-based",
    };
    match outcome {
        Outcome::ExplicitDeny => {
            let article = if policy_type == PolicyType::IdentityBased {
                "an"
            } else {
                "a"
            };
            format!("{head} with an explicit deny in {article} {kind} policy")
        }
        _ => format!("{head} because no {kind} policy allows the {action} action"),
    }
}

impl Decision {
    /// The AccessDeniedException for a denial, `None` when allowed.
    pub fn access_denied(&self, principal: &str, action: &str, resource: &str) -> Option<Error> {
        if self.is_allowed() {
            return None;
        }
        let policy_type = self.policy_type.unwrap_or(PolicyType::ResourceBased);
        Some(kms(
            ErrorCode::AccessDeniedException,
            message(principal, action, resource, self.outcome, policy_type),
        ))
    }

    /// What decided, in words: e.g. `key policy statement "Allow use of the key"`, or
    /// `grant 0123…`; for an implicit deny, which kind of policy allowed nothing.
    pub fn explain(&self) -> String {
        if self.basis.is_empty() {
            return match self.policy_type {
                Some(PolicyType::IdentityBased) => "no identity-based policy allows it".into(),
                _ => "no resource-based policy allows it".into(),
            };
        }
        let parts: Vec<String> = self.basis.iter().map(describe).collect();
        parts.join(" and ")
    }
}

fn statement(sid: &Option<String>, position: &usize) -> String {
    match sid {
        Some(sid) => format!("statement \"{sid}\""),
        None => format!("statement #{position}"),
    }
}

fn describe(b: &Basis) -> String {
    match b {
        Basis::KeyPolicy { sid, position } => format!("key policy {}", statement(sid, position)),
        Basis::IdentityPolicy {
            policy,
            sid,
            position,
        } => format!("identity policy \"{policy}\" {}", statement(sid, position)),
        Basis::AccountRoot => "the account root's own permissions".into(),
        Basis::Grant { grant_id } => format!("grant {grant_id}"),
    }
}

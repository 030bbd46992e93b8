//! The decision (spec §4.7, issue 14): explicit deny anywhere; else the key policy naming the
//! caller; else the key policy naming the caller's account together with the caller's IAM
//! policies; a caller of another account always needs both; else an active grant; else deny.

use super::context::Context;
use super::grant::{Grant, GrantOperation, Reach};
use super::pattern;
use super::policy::{Effect, Policy, Principals, Statement};
use super::principal::{Principal, Via, excluded_by};
use std::collections::BTreeMap;
use std::sync::Arc;

/// An IAM identity policy attached to the caller, under its name.
#[derive(Debug, Clone)]
pub struct NamedPolicy {
    /// The policy name.
    pub name: String,
    /// The parsed document.
    pub policy: Arc<Policy>,
}

/// The KMS key an action is on, with what decides access to it.
#[derive(Debug, Clone, Copy)]
pub struct KeyTarget<'a> {
    /// The key ARN (the resource IAM policies name).
    pub arn: &'a str,
    /// The account that owns the key.
    pub account: &'a str,
    /// The key policy.
    pub policy: &'a Policy,
    /// The key's grants.
    pub grants: &'a [Grant],
}

/// What an action is on.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// No resource (`*`): CreateKey, ListKeys, ListAliases, GenerateRandom,
    /// ListRetirableGrants. IAM policies alone decide.
    Account,
    /// An alias ARN (the alias half of CreateAlias, DeleteAlias, UpdateAlias). IAM policies
    /// alone decide.
    Alias(&'a str),
    /// A KMS key.
    Key(KeyTarget<'a>),
}

impl Target<'_> {
    /// The resource as AccessDenied messages name it.
    pub fn resource(&self) -> &str {
        match self {
            Target::Account => "*",
            Target::Alias(arn) => arn,
            Target::Key(k) => k.arn,
        }
    }
}

/// One authorisation question.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The caller.
    pub principal: &'a Principal,
    /// The IAM action, e.g. `kms:Encrypt`.
    pub action: &'a str,
    /// What the action is on.
    pub target: Target<'a>,
    /// The caller's IAM identity policies (ignored for an account root, which needs none).
    pub identity_policies: &'a [NamedPolicy],
    /// The request's condition keys.
    pub context: &'a Context,
    /// The request's encryption context, for grant constraints.
    pub encryption_context: Option<&'a BTreeMap<String, String>>,
}

/// The simulator's three answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// `allowed`.
    Allowed,
    /// `explicitDeny`: a statement denies.
    ExplicitDeny,
    /// `implicitDeny`: nothing allows.
    ImplicitDeny,
}

impl Outcome {
    /// The IAM policy simulator's word for the outcome.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allowed => "allowed",
            Self::ExplicitDeny => "explicitDeny",
            Self::ImplicitDeny => "implicitDeny",
        }
    }
}

/// Which kind of policy a statement is in; for a denial, which kind denied or was missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyType {
    /// The key policy.
    ResourceBased,
    /// The caller's IAM policies.
    IdentityBased,
}

/// Something that took part in a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// A key-policy statement.
    KeyPolicy {
        /// Its Sid.
        sid: Option<String>,
        /// Its position, from 1.
        position: usize,
    },
    /// A statement of one of the caller's identity policies.
    IdentityPolicy {
        /// The policy's name.
        policy: String,
        /// Its Sid.
        sid: Option<String>,
        /// Its position, from 1.
        position: usize,
    },
    /// An account root's own permissions, which need no identity policy.
    AccountRoot,
    /// A grant.
    Grant {
        /// The grant ID.
        grant_id: String,
    },
}

/// The answer, with what decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// Allowed, or which kind of denial.
    pub outcome: Outcome,
    /// The deciding statements or grant: for a denial by statement, that statement; for an
    /// allow, every part that was needed (e.g. the key policy's account statement and the
    /// IAM statement); empty for an implicit deny.
    pub basis: Vec<Basis>,
    /// For a denial, which kind of policy denied or allowed nothing (it picks the
    /// AccessDeniedException text).
    pub policy_type: Option<PolicyType>,
}

impl Decision {
    /// Whether the action may go ahead.
    pub fn is_allowed(&self) -> bool {
        self.outcome == Outcome::Allowed
    }

    fn allowed(basis: Vec<Basis>) -> Self {
        Self {
            outcome: Outcome::Allowed,
            basis,
            policy_type: None,
        }
    }

    fn denied(outcome: Outcome, basis: Vec<Basis>, policy_type: PolicyType) -> Self {
        Self {
            outcome,
            basis,
            policy_type: Some(policy_type),
        }
    }
}

fn principal_reach(stmt: &Statement, caller: &Principal) -> Option<Via> {
    match stmt.principals.as_ref()? {
        Principals::Only(list) if list.iter().any(|e| e.names(caller)) => Some(Via::Direct),
        Principals::Only(list) if list.iter().any(|e| e.names_account_of(caller)) => {
            Some(Via::Account)
        }
        Principals::Only(_) => None,
        Principals::AllBut(list) => (!excluded_by(list, caller)).then_some(Via::Direct),
    }
}

/// Whether a statement's action, resource and conditions fit the request (principals aside).
fn fits(stmt: &Statement, action_lower: &str, resource: &str, ctx: &Context) -> bool {
    let action_hit = stmt
        .actions
        .items
        .iter()
        .any(|p| pattern::matches(p, action_lower));
    if stmt.actions.items.is_empty() || action_hit == stmt.actions.inverted {
        return false;
    }
    if stmt.resources.items.is_empty() {
        return false;
    }
    let mut resource_hit = false;
    for r in &stmt.resources.items {
        // A pattern whose variable has no value matches nothing; under NotResource that
        // would widen the statement, so there it makes the statement not apply at all.
        let Some(toks) = r.resolve(ctx) else {
            if stmt.resources.inverted {
                return false;
            }
            continue;
        };
        if matches!(toks.as_slice(), [pattern::Tok::Star]) || pattern::arn_matches(&toks, resource)
        {
            resource_hit = true;
        }
    }
    resource_hit != stmt.resources.inverted && stmt.conditions.iter().all(|c| c.holds(ctx))
}

/// First matching key-policy statements of each kind.
#[derive(Default)]
struct KeyPolicyFindings {
    deny: Option<Basis>,
    allow_direct: Option<Basis>,
    allow_account: Option<Basis>,
}

fn key_findings(req: &Request<'_>, key: &KeyTarget<'_>, action: &str) -> KeyPolicyFindings {
    let mut f = KeyPolicyFindings::default();
    for stmt in &key.policy.statements {
        let Some(via) = principal_reach(stmt, req.principal) else {
            continue;
        };
        if !fits(stmt, action, key.arn, req.context) {
            continue;
        }
        let basis = || Basis::KeyPolicy {
            sid: stmt.sid.clone(),
            position: stmt.position,
        };
        match (stmt.effect, via) {
            // A Deny naming the account covers every principal in it.
            (Effect::Deny, _) if f.deny.is_none() => f.deny = Some(basis()),
            (Effect::Allow, Via::Direct) if f.allow_direct.is_none() => {
                f.allow_direct = Some(basis())
            }
            (Effect::Allow, Via::Account) if f.allow_account.is_none() => {
                f.allow_account = Some(basis())
            }
            _ => {}
        }
    }
    f
}

/// The caller's identity-policy verdict: the first Deny, else the first Allow.
fn identity_findings(req: &Request<'_>, action: &str) -> (Option<Basis>, Option<Basis>) {
    if req.principal.is_root() {
        return (None, Some(Basis::AccountRoot));
    }
    let resource = req.target.resource();
    let mut allow = None;
    for named in req.identity_policies {
        for stmt in &named.policy.statements {
            if !fits(stmt, action, resource, req.context) {
                continue;
            }
            let basis = Basis::IdentityPolicy {
                policy: named.name.clone(),
                sid: stmt.sid.clone(),
                position: stmt.position,
            };
            match stmt.effect {
                Effect::Deny => return (Some(basis), allow),
                Effect::Allow if allow.is_none() => allow = Some(basis),
                Effect::Allow => {}
            }
        }
    }
    (None, allow)
}

/// Decides one request.
pub fn authorize(req: &Request<'_>) -> Decision {
    let action = req.action.to_ascii_lowercase();
    let (identity_deny, identity_allow) = identity_findings(req, &action);
    let Target::Key(key) = req.target else {
        // IAM-only: the alias ARN or `*`.
        return match (identity_deny, identity_allow) {
            (Some(d), _) => {
                Decision::denied(Outcome::ExplicitDeny, vec![d], PolicyType::IdentityBased)
            }
            (None, Some(a)) => Decision::allowed(vec![a]),
            (None, None) => {
                Decision::denied(Outcome::ImplicitDeny, Vec::new(), PolicyType::IdentityBased)
            }
        };
    };
    let k = key_findings(req, &key, &action);
    if let Some(d) = k.deny {
        return Decision::denied(Outcome::ExplicitDeny, vec![d], PolicyType::ResourceBased);
    }
    if let Some(d) = identity_deny {
        return Decision::denied(Outcome::ExplicitDeny, vec![d], PolicyType::IdentityBased);
    }
    // A service principal belongs to no account: a key policy naming it is enough.
    let same_account = req.principal.account() == key.account
        || req.principal.kind() == super::principal::PrincipalKind::Service;
    if same_account && let Some(a) = &k.allow_direct {
        return Decision::allowed(vec![a.clone()]);
    }
    let key_allow = k.allow_direct.or(k.allow_account);
    if let (Some(kp), Some(ip)) = (&key_allow, &identity_allow) {
        return Decision::allowed(vec![kp.clone(), ip.clone()]);
    }
    if let Some(grant) = grant_allowing(req, &key, &action, identity_allow.is_some()) {
        return Decision::allowed(vec![Basis::Grant {
            grant_id: grant.grant_id.clone(),
        }]);
    }
    let missing = if key_allow.is_some() {
        PolicyType::IdentityBased
    } else {
        PolicyType::ResourceBased
    };
    Decision::denied(Outcome::ImplicitDeny, Vec::new(), missing)
}

/// The first grant on the key that allows the action for the caller: directly, or, when it
/// names the caller's account, with the caller's IAM policies allowing the action too.
fn grant_allowing<'g>(
    req: &Request<'_>,
    key: &KeyTarget<'g>,
    action: &str,
    identity_allows: bool,
) -> Option<&'g Grant> {
    let name = action.strip_prefix("kms:")?;
    let op = GrantOperation::ALL
        .iter()
        .copied()
        .find(|o| o.as_str().eq_ignore_ascii_case(name))?;
    key.grants.iter().find(|g| {
        g.key_arn == key.arn
            && match g.reach(req.principal) {
                Some(Reach::Direct) => true,
                Some(Reach::ThroughAccount) => identity_allows,
                None => false,
            }
            && g.permits(op, req.encryption_context)
    })
}

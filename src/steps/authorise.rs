//! Authorisation: whether the caller may perform an action on a key, on an alias, or on the
//! account (spec §4.7, §4.9), decided by [`crate::access`] from the key policy, the caller's
//! identity policies and the key's grants.
//!
//! Every operation calls one of these between resolving its key and checking the key's state,
//! with the action name of spec §4.9 and an [`Ask`] carrying the condition keys its request
//! gives (spec §5). Parsed policies come from [`super::policy_cache`]; grants are read only when
//! the policies alone do not decide, or when the request carries grant tokens.

use super::caller::Caller;
use super::{Service, grants, identity_policies, keyref, policy_cache};
use crate::access::{
    Context, Decision, Environment, Grant, KeyFacts, KeyTarget, NamedPolicy, NewPolicy, Outcome,
    Policy, PolicyKind, Request, Target, authorize,
};
use crate::error::Error;
use crate::model::EncryptionContext;
use crate::store::KeyRecord;

/// One authorisation question: the action and what the request says that condition keys test.
#[derive(Debug, Clone)]
pub struct Ask<'a> {
    action: &'a str,
    keys: Context,
    encryption_context: Option<&'a EncryptionContext>,
    grant_tokens: &'a [String],
    reencrypt_peer: Option<&'a str>,
}

impl<'a> Ask<'a> {
    /// A question about `action` (e.g. `kms:Encrypt`) with no request-specific keys yet.
    pub fn new(action: &'a str) -> Self {
        Self {
            action,
            keys: Context::new(),
            encryption_context: None,
            grant_tokens: &[],
            reencrypt_peer: None,
        }
    }

    /// The action.
    pub fn action(&self) -> &str {
        self.action
    }

    /// The `KeyId` as the request gave it: an alias name or alias ARN sets `kms:RequestAlias`.
    pub fn named_by(mut self, key_ref: &str) -> Self {
        if let Some(alias) = keyref::alias_named(key_ref) {
            self.keys.request_alias(alias);
        }
        self
    }

    /// The request's encryption context (`kms:EncryptionContext:<k>`,
    /// `kms:EncryptionContextKeys`, and grant constraints).
    pub fn encryption_context(mut self, ec: Option<&'a EncryptionContext>) -> Self {
        if let Some(ec) = ec {
            self.keys.encryption_context(ec);
        }
        self.encryption_context = ec;
        self
    }

    /// The request's grant tokens (each is checked).
    pub fn grant_tokens(mut self, tokens: Option<&'a Vec<String>>) -> Self {
        self.grant_tokens = tokens.map_or(&[], Vec::as_slice);
        self
    }

    /// For ReEncrypt: the other key's ID, so `kms:ReEncryptOnSameKey` can be set.
    pub fn reencrypt_with(mut self, other_key_id: &'a str) -> Self {
        self.reencrypt_peer = Some(other_key_id);
        self
    }

    /// Sets more of the operation's own condition keys with the [`Context`] builders.
    pub fn keys(mut self, set: impl FnOnce(&mut Context)) -> Self {
        set(&mut self.keys);
        self
    }
}

/// May the caller perform `ask` on `key`? AccessDeniedException with AWS's text if not.
pub fn key(svc: &Service, ask: &Ask<'_>, key: &KeyRecord) -> Result<(), Error> {
    key_allowed(svc, ask, key).map(drop)
}

/// [`key`], returning what allowed it (CreateGrant needs to know whether a grant did).
pub fn key_allowed(svc: &Service, ask: &Ask<'_>, key: &KeyRecord) -> Result<Decision, Error> {
    // An AWS managed key serves its AWS service only: a direct caller may look at it, no more.
    if let Some(refused) = super::managed::refused(svc, ask.action(), key) {
        return Err(refused);
    }
    let decision = key_decision(svc, svc.caller(), ask, key)?;
    // The key's ARN is only part of a refusal.
    if !decision.is_allowed() {
        deny_unless_allowed(svc.caller(), ask, &svc.key_arn(&key.key_id), &decision)?;
    }
    Ok(decision)
}

/// The AccessDeniedException for `ask` on `key` when no grant may allow it: what the policies
/// alone decide, as a denial.
pub fn without_grants(svc: &Service, ask: &Ask<'_>, key: &KeyRecord) -> Error {
    let decision = match decide(svc, svc.caller(), ask, key, false) {
        Ok(d) => d,
        Err(e) => return e,
    };
    let denial = Decision {
        outcome: match decision.outcome {
            Outcome::Allowed => Outcome::ImplicitDeny,
            other => other,
        },
        ..decision
    };
    denial
        .access_denied(
            svc.caller().principal().arn(),
            ask.action,
            &svc.key_arn(&key.key_id),
        )
        .unwrap_or_else(|| Error::Other("a denial must have a message".into()))
}

/// May the caller perform `ask` on `*` (CreateKey, ListKeys, ListAliases, GenerateRandom,
/// ListRetirableGrants)? Decided by identity policies alone.
pub fn account(svc: &Service, ask: &Ask<'_>) -> Result<(), Error> {
    let decision = iam_only_decision(svc, svc.caller(), ask, None)?;
    deny_unless_allowed(svc.caller(), ask, "*", &decision)
}

/// May the caller perform `ask` on the alias `alias` (`alias/…`), the alias half of CreateAlias,
/// DeleteAlias and UpdateAlias? Decided by identity policies alone.
pub fn alias(svc: &Service, ask: &Ask<'_>, alias: &str) -> Result<(), Error> {
    let arn = svc.alias_arn(alias);
    let decision = iam_only_decision(svc, svc.caller(), ask, Some(&arn))?;
    deny_unless_allowed(svc.caller(), ask, &arn, &decision)
}

fn deny_unless_allowed(
    caller: &Caller,
    ask: &Ask<'_>,
    resource: &str,
    d: &Decision,
) -> Result<(), Error> {
    match d.access_denied(caller.principal().arn(), ask.action, resource) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The condition keys every request of `caller` has, for `action`.
fn base_context(svc: &Service, caller: &Caller, action: &str) -> Context {
    let env = Environment {
        now: svc.clock().now(),
        source_ip: caller.source_ip(),
        secure_transport: false,
    };
    let op = action.strip_prefix("kms:").unwrap_or(action);
    Context::for_call(caller.principal(), &env, op)
}

/// The decision on an IAM-only action, on `*` or an alias ARN.
pub fn iam_only_decision(
    svc: &Service,
    caller: &Caller,
    ask: &Ask<'_>,
    alias_arn: Option<&str>,
) -> Result<Decision, Error> {
    let identity = identity_policies::of_caller(svc, caller)?;
    let mut ctx = base_context(svc, caller, ask.action);
    ctx.extend(&ask.keys);
    Ok(authorize(&Request {
        principal: caller.principal(),
        action: ask.action,
        target: alias_arn.map_or(Target::Account, Target::Alias),
        identity_policies: &identity,
        context: &ctx,
        encryption_context: None,
    }))
}

/// The decision on `ask` on `key` for `caller`, and what decided it.
pub fn key_decision(
    svc: &Service,
    caller: &Caller,
    ask: &Ask<'_>,
    key: &KeyRecord,
) -> Result<Decision, Error> {
    decide(svc, caller, ask, key, true)
}

/// The decision, consulting the key's grants only if `with_grants`.
fn decide(
    svc: &Service,
    caller: &Caller,
    ask: &Ask<'_>,
    key: &KeyRecord,
    with_grants: bool,
) -> Result<Decision, Error> {
    grants::check_tokens(svc, ask.grant_tokens)?;
    let policy = policy_cache::parsed(&key.policy, PolicyKind::Key)?;
    let identity = identity_policies::of_caller(svc, caller)?;
    // Most keys keep a policy without conditions: then nothing reads the context.
    let ctx = if policy.reads_context() || identity.iter().any(|n| n.policy.reads_context()) {
        key_context(svc, caller, ask, key, &policy, &identity)?
    } else {
        Context::new()
    };
    let arn = svc.key_arn(&key.key_id);
    let decide = |grants: &[Grant]| {
        authorize(&Request {
            principal: caller.principal(),
            action: ask.action,
            target: Target::Key(KeyTarget {
                arn: &arn,
                account: svc.account_id(),
                policy: &policy,
                grants,
            }),
            identity_policies: &identity,
            context: &ctx,
            encryption_context: ask.encryption_context,
        })
    };
    let first = decide(&[]);
    if first.outcome != Outcome::ImplicitDeny || !with_grants {
        return Ok(first);
    }
    let grants = grants::for_decision(svc, &key.key_id)?;
    if grants.is_empty() {
        return Ok(first);
    }
    Ok(decide(&grants))
}

/// The request context for `ask` on `key`: the caller's and environment's keys, the key's, and
/// the request's. `kms:ResourceAliases` costs a read of the region's aliases, so it is filled in
/// only when a policy tests it.
fn key_context(
    svc: &Service,
    caller: &Caller,
    ask: &Ask<'_>,
    key: &KeyRecord,
    policy: &Policy,
    identity: &[NamedPolicy],
) -> Result<Context, Error> {
    const ALIASES: &str = "kms:ResourceAliases";
    let mut ctx = base_context(svc, caller, ask.action);
    let tags: Vec<(String, String)> = key
        .tags
        .iter()
        .map(|t| (t.tag_key.clone(), t.tag_value.clone()))
        .collect();
    let wants_aliases =
        policy.tests_key(ALIASES) || identity.iter().any(|n| n.policy.tests_key(ALIASES));
    let aliases: Vec<String> = if wants_aliases {
        alias_names(svc, &key.key_id)?
    } else {
        Vec::new()
    };
    ctx.key(&KeyFacts {
        spec: key.key_spec,
        usage: key.key_usage,
        origin: key.origin,
        tags: &tags,
        aliases: &aliases,
    });
    if let Some(peer) = ask.reencrypt_peer {
        ctx.reencrypt_on_same_key(peer == key.key_id);
    }
    ctx.extend(&ask.keys);
    Ok(ctx)
}

/// The checks on a key policy about to be set on `key` by CreateKey or PutKeyPolicy, after its
/// form was checked: well-formed principals, and the lockout safety check (the new policy must
/// let the caller call PutKeyPolicy later) unless `bypass`.
pub fn new_key_policy(
    svc: &Service,
    document: &str,
    key: &KeyRecord,
    bypass: bool,
) -> Result<(), Error> {
    let caller = svc.caller();
    let identity = identity_policies::of_caller(svc, caller)?;
    let ask = Ask::new("kms:PutKeyPolicy").keys(|k| {
        k.bypass_policy_lockout_safety_check(false);
    });
    let empty = Policy::default();
    let ctx = key_context(svc, caller, &ask, key, &empty, &identity)?;
    crate::access::check_new_key_policy(&NewPolicy {
        document,
        principal: caller.principal(),
        identity_policies: &identity,
        context: &ctx,
        key_arn: &svc.key_arn(&key.key_id),
        key_account: svc.account_id(),
        bypass,
    })
    .map(drop)
}

/// The names of the aliases that point at `key_id`, for the kms:ResourceAliases condition key
/// (from the Region's index, after the deletions that are due, as ListAliases sees them).
fn alias_names(svc: &Service, key_id: &str) -> Result<Vec<String>, Error> {
    let records = svc.read_index(
        || super::housekeeping::settle_region(svc).map(drop),
        |index| index.aliases_of(svc.store(), key_id, "", usize::MAX),
    )?;
    Ok(records.into_iter().map(|a| a.alias_name).collect())
}

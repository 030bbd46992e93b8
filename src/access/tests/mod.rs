//! Tests of the access module as a whole: decisions, conditions, denials, lockout, grants.

mod conditions;
mod context;
mod denials;
mod grants;
mod guide_table;
mod kms_keys;
mod lockout;
mod operators;
mod principals;

use super::*;
use std::collections::BTreeMap;
use std::sync::Arc;

pub const ACCOUNT: &str = "111122223333";
pub const PARTNER: &str = "444455556666";
pub const KEY1: &str =
    "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
pub const KEY2: &str =
    "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";

/// A principal by ARN.
pub fn who(arn: &str) -> Principal {
    Principal::parse(arn).unwrap_or_else(|| panic!("not a principal: {arn}"))
}

/// A user of the main account.
pub fn user(name: &str) -> Principal {
    who(&format!("arn:aws:iam::{ACCOUNT}:user/{name}"))
}

/// A key policy document from statement JSON.
pub fn key_policy(statements: &str) -> Arc<Policy> {
    let doc = format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#);
    Policy::parse(&doc, PolicyKind::Key).unwrap_or_else(|e| panic!("{e}: {doc}"))
}

/// An identity policy attachment from statement JSON.
pub fn identity(name: &str, statements: &str) -> NamedPolicy {
    let doc = format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#);
    NamedPolicy {
        name: name.into(),
        policy: Policy::parse(&doc, PolicyKind::Identity).unwrap_or_else(|e| panic!("{e}: {doc}")),
    }
}

/// The global keys for `p`.
pub fn ctx_for(p: &Principal) -> Context {
    let mut c = Context::new();
    c.principal(p).caller_account(p.account());
    c
}

/// A policy statement letting `principal` (an `AWS` value) do `action` on the key.
pub fn allow(principal: &str, action: &str) -> String {
    format!(
        r#"{{"Effect":"Allow","Principal":{{"AWS":"{principal}"}},"Action":"{action}","Resource":"*"}}"#
    )
}

/// The default key policy's root statement for `account`.
pub fn root_statement(account: &str) -> String {
    format!(
        r#"{{"Sid":"Enable IAM User Permissions","Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::{account}:root"}},"Action":"kms:*","Resource":"*"}}"#
    )
}

/// A decision about `action` on a key in the main account.
pub struct Ask<'a> {
    pub principal: &'a Principal,
    pub action: &'a str,
    pub key_arn: &'a str,
    pub key_account: &'a str,
    pub policy: &'a Policy,
    pub identity: &'a [NamedPolicy],
    pub grants: &'a [Grant],
    pub ctx: Context,
    pub ec: Option<BTreeMap<String, String>>,
}

impl<'a> Ask<'a> {
    pub fn new(principal: &'a Principal, action: &'a str, policy: &'a Policy) -> Self {
        Self {
            principal,
            action,
            key_arn: KEY1,
            key_account: ACCOUNT,
            policy,
            identity: &[],
            grants: &[],
            ctx: ctx_for(principal),
            ec: None,
        }
    }

    pub fn identity(mut self, identity: &'a [NamedPolicy]) -> Self {
        self.identity = identity;
        self
    }

    pub fn decide(&self) -> Decision {
        authorize(&Request {
            principal: self.principal,
            action: self.action,
            target: Target::Key(KeyTarget {
                arn: self.key_arn,
                account: self.key_account,
                policy: self.policy,
                grants: self.grants,
            }),
            identity_policies: self.identity,
            context: &self.ctx,
            encryption_context: self.ec.as_ref(),
        })
    }

    pub fn outcome(&self) -> &'static str {
        self.decide().outcome.as_str()
    }
}

/// Whether a statement with this `Condition` JSON allows Encrypt with context `ctx`.
pub fn condition_allows(condition: &str, ctx: &Context) -> bool {
    let policy = key_policy(&format!(
        r#"{{"Effect":"Allow","Principal":"*","Action":"kms:Encrypt","Resource":"*","Condition":{condition}}}"#
    ));
    let alice = user("alice");
    let mut ask = Ask::new(&alice, "kms:Encrypt", &policy);
    ask.ctx = ctx.clone();
    ask.decide().is_allowed()
}

//! Access control: key policies, IAM identity policies and grants, evaluated the way KMS does
//! (spec §4–§6, issue 14). Pure: plain values in, a [`Decision`] out; no files, no service.
//!
//! An operation authorises each [`actions::Check`] it needs:
//!
//! ```
//! use lkms::access::*;
//! use std::sync::Arc;
//!
//! let policy = Policy::parse(
//!     r#"{"Version":"2012-10-17","Statement":[{"Sid":"Use","Effect":"Allow",
//!         "Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},
//!         "Action":"kms:Encrypt","Resource":"*"}]}"#,
//!     PolicyKind::Key,
//! )
//! .unwrap();
//! let alice = Principal::parse("arn:aws:iam::111122223333:user/alice").unwrap();
//! let mut ctx = Context::new();
//! ctx.principal(&alice).caller_account(alice.account());
//! let key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
//! let decision = authorize(&Request {
//!     principal: &alice,
//!     action: "kms:Encrypt",
//!     target: Target::Key(KeyTarget {
//!         arn: key_arn,
//!         account: "111122223333",
//!         policy: &policy,
//!         grants: &[],
//!     }),
//!     identity_policies: &[],
//!     context: &ctx,
//!     encryption_context: None,
//! });
//! assert_eq!(decision.outcome.as_str(), "allowed");
//! assert_eq!(decision.explain(), r#"key policy statement "Use""#);
//! assert!(decision.access_denied(alice.arn(), "kms:Encrypt", key_arn).is_none());
//! ```

pub mod actions;
pub mod condition;
pub mod context;
pub mod denial;
pub mod evaluate;
pub mod grant;
pub mod grant_rules;
pub mod lockout;
pub mod pattern;
pub mod policy;
pub mod principal;
pub mod token;
pub mod variables;

#[cfg(test)]
mod tests;

pub use context::{Context, Environment, GrantRequestFacts, KeyFacts};
pub use evaluate::{
    Basis, Decision, KeyTarget, NamedPolicy, Outcome, PolicyType, Request, Target, authorize,
};
pub use grant::{Grant, GrantConstraints, GrantOperation, RetireRight};
pub use grant_rules::{GrantLimits, check_new_grant};
pub use lockout::{NewPolicy, check_new_key_policy};
pub use policy::{Policy, PolicyError, PolicyKind};
pub use principal::{Principal, PrincipalKind};
pub use token::GrantTokenClaims;

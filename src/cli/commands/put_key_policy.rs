//! `lkms put-key-policy`.

use super::flag_pair;
use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::PutKeyPolicyRequest;
use serde_json::Value;

/// Replaces a key's policy. The document is validated and then stored byte for byte.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// The policy name; `default` is the only one (and the default).
    #[arg(long)]
    policy_name: Option<String>,
    /// The policy JSON, inline or `file://PATH`.
    #[arg(long, required = true)]
    policy: String,
    /// Skip the check that the policy still lets you change it later.
    #[arg(long, overrides_with = "no_bypass_policy_lockout_safety_check")]
    bypass_policy_lockout_safety_check: bool,
    /// Keep the policy lockout safety check (the default).
    #[arg(long)]
    no_bypass_policy_lockout_safety_check: bool,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        ctx.service()?.put_key_policy(PutKeyPolicyRequest {
            key_id: self.key_id,
            policy_name: self.policy_name,
            policy: values::text("policy", &self.policy)?,
            bypass_policy_lockout_safety_check: flag_pair(
                self.bypass_policy_lockout_safety_check,
                self.no_bypass_policy_lockout_safety_check,
            ),
        })?;
        Ok(None)
    }
}

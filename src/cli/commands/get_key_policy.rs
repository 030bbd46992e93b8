//! `lkms get-key-policy`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::GetKeyPolicyRequest;
use serde_json::Value;

/// Prints a key's policy exactly as it was stored.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// The policy name; `default` is the only one (and the default).
    #[arg(long)]
    policy_name: Option<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        to_value(ctx.service()?.get_key_policy(GetKeyPolicyRequest {
            key_id: self.key_id,
            policy_name: self.policy_name,
        })?)
    }
}

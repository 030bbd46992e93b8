//! `lkms create-key`.

use super::{flag_pair, text_arg, to_value};
use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::CreateKeyRequest;
use serde_json::Value;

/// Creates a KMS key in the current region and prints its metadata.
///
/// Without options this makes a symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT)
/// whose material lkms generates, with the default key policy that gives the account full access.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Key policy JSON, stored exactly as given (default: the account-root policy).
    #[arg(long)]
    policy: Option<String>,
    /// A description of the key (up to 8192 characters).
    #[arg(long)]
    description: Option<String>,
    /// What the key is for; symmetric keys use ENCRYPT_DECRYPT.
    #[arg(long)]
    key_usage: Option<String>,
    /// Deprecated synonym of --key-spec.
    #[arg(long)]
    customer_master_key_spec: Option<String>,
    /// The kind of key; lkms makes SYMMETRIC_DEFAULT keys so far.
    #[arg(long)]
    key_spec: Option<String>,
    /// AWS_KMS (lkms makes the material) or EXTERNAL (you import it; the key starts PendingImport).
    #[arg(long)]
    origin: Option<String>,
    /// Custom key stores are not supported by lkms yet.
    #[arg(long)]
    custom_key_store_id: Option<String>,
    /// Skip the check that the policy still lets you change it later.
    #[arg(long, overrides_with = "no_bypass_policy_lockout_safety_check")]
    bypass_policy_lockout_safety_check: bool,
    /// Keep the policy lockout safety check (the default).
    #[arg(long)]
    no_bypass_policy_lockout_safety_check: bool,
    /// Tags, as `TagKey=k,TagValue=v ...` or a JSON list.
    #[arg(long, num_args = 1..)]
    tags: Vec<String>,
    /// Multi-Region keys are not supported by lkms yet.
    #[arg(long, overrides_with = "no_multi_region")]
    multi_region: bool,
    /// Make a single-Region key (the default).
    #[arg(long)]
    no_multi_region: bool,
    /// External key stores are not supported by lkms yet.
    #[arg(long)]
    xks_key_id: Option<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = CreateKeyRequest {
            policy: text_arg(ctx, "policy", self.policy.as_deref())?,
            description: text_arg(ctx, "description", self.description.as_deref())?,
            key_usage: self.key_usage,
            customer_master_key_spec: self.customer_master_key_spec,
            key_spec: self.key_spec,
            origin: self.origin,
            custom_key_store_id: self.custom_key_store_id,
            bypass_policy_lockout_safety_check: flag_pair(
                self.bypass_policy_lockout_safety_check,
                self.no_bypass_policy_lockout_safety_check,
            ),
            tags: if self.tags.is_empty() {
                None
            } else {
                Some(values::tags("tags", &self.tags)?)
            },
            multi_region: flag_pair(self.multi_region, self.no_multi_region),
            xks_key_id: self.xks_key_id,
        };
        to_value(ctx.service()?.create_key(req)?)
    }
}

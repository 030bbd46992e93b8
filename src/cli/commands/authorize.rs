//! `lkms authorize`: what the key policy, the principal's identity policies and the key's grants
//! decide for an action, without performing it (`LkmsAuthorize`, run as the keystore's owner).

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::cli::request;
use crate::ops::lkms_authorize;
use serde_json::{Value, json};

/// Says whether a principal may perform an action on a key, and which statement or grant
/// decides (lkms only; the IAM policy simulator's allowed, explicitDeny or implicitDeny).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The principal's ARN (account root, IAM user or role, assumed-role session).
    #[arg(long)]
    principal: String,
    /// The action, e.g. kms:Decrypt.
    #[arg(long)]
    action: String,
    /// The key (key ID, key ARN, alias name or alias ARN); not needed for actions on `*`
    /// (kms:CreateKey, kms:ListKeys, kms:ListAliases, kms:GenerateRandom,
    /// kms:ListRetirableGrants).
    #[arg(long)]
    key_id: Option<String>,
    /// The request's encryption context, as `k=v,k2=v2` or JSON.
    #[arg(long, value_name = "CONTEXT")]
    encryption_context: Option<String>,
    /// Grant tokens the request would carry.
    #[arg(long, num_args = 1..)]
    grant_tokens: Vec<String>,
    /// The integrated service the request would come through (kms:ViaService); direct calls
    /// have none.
    #[arg(long, value_name = "SERVICE")]
    via_service: Option<String>,
    /// The address the request would come from (aws:SourceIp) [default: 127.0.0.1].
    #[arg(long, value_name = "IP")]
    source_ip: Option<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let mut request = json!({ "Principal": self.principal, "Action": self.action });
        if let Some(k) = self.key_id {
            request["KeyId"] = Value::String(k);
        }
        if let Some(ec) = self.encryption_context {
            request["EncryptionContext"] = request::map_flag("encryption-context", &ec)?;
        }
        if !self.grant_tokens.is_empty() {
            request["GrantTokens"] = json!(self.grant_tokens);
        }
        if let Some(v) = self.via_service {
            request["ViaService"] = Value::String(v);
        }
        if let Some(ip) = self.source_ip {
            request["SourceIp"] = Value::String(ip);
        }
        Ok(ctx.call_as_owner(lkms_authorize::OP.name, request)?)
    }
}

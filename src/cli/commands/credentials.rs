//! `lkms credentials ...`: the access keys lkms accepts (on the command line and from `lkms
//! serve`'s clients), and the IAM identity policies of the principals they act as, kept in the
//! keystore. Each subcommand runs an lkms operation of the registry (`LkmsAddCredential`, …) as
//! the keystore's owner, whatever credentials the command itself carries.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::cli::values;
use crate::ops::{
    lkms_add_credential, lkms_delete_identity_policy, lkms_get_identity_policy,
    lkms_list_credentials, lkms_list_identity_policies, lkms_put_identity_policy,
    lkms_remove_credential,
};
use serde_json::{Value, json};

/// Manages the access keys lkms accepts and the identity policies of their principals (lkms
/// only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    #[command(about = lkms_add_credential::OP.summary.trim_end_matches('.'))]
    Add {
        /// The access key ID clients sign with (AWS_ACCESS_KEY_ID).
        #[arg(long)]
        access_key_id: String,
        /// The secret access key (AWS_SECRET_ACCESS_KEY); stored sealed under the root key.
        #[arg(long)]
        secret_access_key: String,
        /// The IAM principal ARN the key acts as [default: the account root].
        #[arg(long)]
        principal: Option<String>,
        /// Makes it a temporary credential: requests must carry this session token
        /// (AWS_SESSION_TOKEN); stored sealed under the root key.
        #[arg(long)]
        session_token: Option<String>,
        /// When the temporary credential expires (RFC 3339 or epoch seconds) [default: never].
        #[arg(long, value_name = "TIME")]
        expiration: Option<String>,
        /// An IAM identity policy to attach to the principal (JSON, or file://path).
        #[arg(long, value_name = "POLICY")]
        identity_policy: Option<String>,
        /// The name to attach --identity-policy under [default: default].
        #[arg(long, requires = "identity_policy")]
        policy_name: Option<String>,
    },
    #[command(about = lkms_list_credentials::OP.summary.trim_end_matches('.'))]
    List,
    #[command(about = lkms_remove_credential::OP.summary.trim_end_matches('.'))]
    Remove {
        /// The access key ID.
        #[arg(long)]
        access_key_id: String,
    },
    #[command(about = lkms_put_identity_policy::OP.summary.trim_end_matches('.'))]
    PutIdentityPolicy {
        /// The IAM user or role ARN.
        #[arg(long)]
        principal: String,
        /// The policy's name.
        #[arg(long)]
        policy_name: String,
        /// The policy document (JSON, or file://path).
        #[arg(long)]
        policy_document: String,
    },
    #[command(about = lkms_get_identity_policy::OP.summary.trim_end_matches('.'))]
    GetIdentityPolicy {
        /// The IAM user or role ARN.
        #[arg(long)]
        principal: String,
        /// The policy's name.
        #[arg(long)]
        policy_name: String,
    },
    #[command(about = lkms_list_identity_policies::OP.summary.trim_end_matches('.'))]
    ListIdentityPolicies {
        /// The IAM user or role ARN.
        #[arg(long)]
        principal: String,
    },
    #[command(about = lkms_delete_identity_policy::OP.summary.trim_end_matches('.'))]
    DeleteIdentityPolicy {
        /// The IAM user or role ARN.
        #[arg(long)]
        principal: String,
        /// The policy's name.
        #[arg(long)]
        policy_name: String,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let (op, request) = match self.command {
            Command::Add {
                access_key_id,
                secret_access_key,
                principal,
                session_token,
                expiration,
                identity_policy,
                policy_name,
            } => {
                let mut request = json!({
                    "AccessKeyId": access_key_id,
                    "SecretAccessKey": secret_access_key,
                });
                for (member, value) in [
                    ("Principal", principal),
                    ("SessionToken", session_token),
                    ("Expiration", expiration),
                ] {
                    if let Some(v) = value {
                        request[member] = Value::String(v);
                    }
                }
                if let Some(doc) = identity_policy {
                    request["IdentityPolicy"] =
                        Value::String(values::text("identity-policy", &doc)?);
                }
                if let Some(name) = policy_name {
                    request["PolicyName"] = Value::String(name);
                }
                (lkms_add_credential::OP.name, request)
            }
            Command::List => (lkms_list_credentials::OP.name, json!({})),
            Command::Remove { access_key_id } => (
                lkms_remove_credential::OP.name,
                json!({ "AccessKeyId": access_key_id }),
            ),
            Command::PutIdentityPolicy {
                principal,
                policy_name,
                policy_document,
            } => (
                lkms_put_identity_policy::OP.name,
                json!({
                    "Principal": principal,
                    "PolicyName": policy_name,
                    "PolicyDocument": values::text("policy-document", &policy_document)?,
                }),
            ),
            Command::GetIdentityPolicy {
                principal,
                policy_name,
            } => (
                lkms_get_identity_policy::OP.name,
                json!({ "Principal": principal, "PolicyName": policy_name }),
            ),
            Command::ListIdentityPolicies { principal } => (
                lkms_list_identity_policies::OP.name,
                json!({ "Principal": principal }),
            ),
            Command::DeleteIdentityPolicy {
                principal,
                policy_name,
            } => (
                lkms_delete_identity_policy::OP.name,
                json!({ "Principal": principal, "PolicyName": policy_name }),
            ),
        };
        Ok(ctx.call_as_owner(op, request)?)
    }
}

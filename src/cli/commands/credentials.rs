//! `lkms credentials ...`: the access keys `lkms serve` accepts, kept in the keystore. Each
//! subcommand runs an lkms operation of the registry (`LkmsAddCredential`, …).

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::ops::{lkms_add_credential, lkms_list_credentials, lkms_remove_credential};
use serde_json::{Value, json};

/// Manages the access keys `lkms serve` accepts (lkms only; not an `aws kms` command).
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
    },
    #[command(about = lkms_list_credentials::OP.summary.trim_end_matches('.'))]
    List,
    #[command(about = lkms_remove_credential::OP.summary.trim_end_matches('.'))]
    Remove {
        /// The access key ID.
        #[arg(long)]
        access_key_id: String,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Add {
                access_key_id,
                secret_access_key,
                principal,
                session_token,
                expiration,
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
                ctx.call(lkms_add_credential::OP.name, request)
            }
            Command::List => ctx.call(lkms_list_credentials::OP.name, json!({})),
            Command::Remove { access_key_id } => ctx.call(
                lkms_remove_credential::OP.name,
                json!({ "AccessKeyId": access_key_id }),
            ),
        }?;
        Ok(value)
    }
}

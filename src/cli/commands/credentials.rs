//! `lkms credentials ...`: the access keys `lkms serve` accepts, kept in the keystore.

use crate::cli::{Ctx, to_value};
use crate::error::Error;
use crate::service::caller::Caller;
use serde_json::{Value, json};

/// Manages the access keys `lkms serve` accepts (lkms only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Adds (or replaces) an access key; requests signed with it act as --principal.
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
    },
    /// Lists the access keys and their principals (never the secrets).
    List,
    /// Removes an access key.
    Remove {
        /// The access key ID.
        #[arg(long)]
        access_key_id: String,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        let store = service.keystore();
        match self.command {
            Command::Add {
                access_key_id,
                secret_access_key,
                principal,
            } => {
                let valid_id = (16..=128).contains(&access_key_id.len())
                    && access_key_id.bytes().all(|b| b.is_ascii_alphanumeric());
                if !valid_id {
                    return Err(Error::Usage(format!(
                        "--access-key-id must be 16 to 128 letters and digits, not \
                         '{access_key_id}'"
                    )));
                }
                if secret_access_key.is_empty() {
                    return Err(Error::Usage("--secret-access-key must not be empty".into()));
                }
                let principal =
                    principal.unwrap_or_else(|| Caller::root(store.account_id()).principal);
                Caller::parse(&principal)?;
                let _lock = store.lock()?;
                let mut creds = store.load_credentials()?;
                let cred = store.seal_credential(&access_key_id, &secret_access_key, &principal);
                creds.insert(access_key_id, cred);
                store.write_credentials(&creds)?;
                Ok(None)
            }
            Command::List => to_value(json!({
                "Credentials": store
                    .load_credentials()?
                    .into_iter()
                    .map(|(id, c)| json!({"AccessKeyId": id, "Principal": c.principal}))
                    .collect::<Vec<_>>()
            })),
            Command::Remove { access_key_id } => {
                let _lock = store.lock()?;
                let mut creds = store.load_credentials()?;
                if creds.remove(&access_key_id).is_none() {
                    return Err(Error::Usage(format!(
                        "no access key {access_key_id} in this keystore"
                    )));
                }
                store.write_credentials(&creds)?;
                Ok(None)
            }
        }
    }
}

//! `lkms keystore ...`: lkms's own commands, in a namespace no `aws kms` command uses.

use crate::cli::Ctx;
use crate::cli::to_value;
use crate::error::Error;
use serde_json::{Value, json};

/// Inspects the local keystore (lkms only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    /// Prints the keystore's path, format version, account, region, root-key source, caller and
    /// key count.
    Info,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        match self.command {
            Command::Info => {
                let service = ctx.service()?;
                let store = service.keystore();
                let count = store.list_key_ids(service.region())?.len();
                to_value(json!({
                    "Path": store.dir().display().to_string(),
                    "FormatVersion": store.format_version(),
                    "AccountId": store.account_id(),
                    "Region": service.region(),
                    "RootKeySource": store.root_source().to_string(),
                    "Caller": service.caller().principal,
                    "KeyCount": count,
                }))
            }
        }
    }
}

//! `lkms keystore ...`: lkms's own commands, in a namespace no `aws kms` command uses.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::ops::{lkms_keystore_check, lkms_keystore_info};
use serde_json::{Value, json};

/// Inspects the local keystore (lkms only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    #[command(about = lkms_keystore_info::OP.summary.trim_end_matches('.'))]
    Info,
    /// Checks every document, the write journal (rollback), the deletion index, aliases,
    /// leftovers and permissions; exits 1 when something is wrong.
    Check {
        /// Rebuild what is derived, remove dangling aliases and dead writers' temp files, set
        /// modes (never deletes a key or its material).
        #[arg(long)]
        repair: bool,
    },
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Info => ctx.call(lkms_keystore_info::OP.name, json!({})),
            Command::Check { repair } => {
                let report =
                    ctx.call_as_owner(lkms_keystore_check::OP.name, json!({ "Repair": repair }))?;
                let clean = report.as_ref().is_some_and(|r| r["Clean"] == true);
                if !clean {
                    ctx.exit_code.set(1);
                }
                Ok(report)
            }
        }?;
        Ok(value)
    }
}

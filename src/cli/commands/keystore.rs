//! `lkms keystore ...`: lkms's own commands, in a namespace no `aws kms` command uses.

use crate::cli::Ctx;
use crate::cli::report::Outcome;
use crate::ops::lkms_keystore_info;
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
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Info => ctx.call(lkms_keystore_info::OP.name, json!({})),
        }?;
        Ok(value)
    }
}

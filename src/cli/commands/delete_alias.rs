//! `lkms delete-alias`.

use crate::cli::Ctx;
use crate::error::Error;
use crate::model::DeleteAliasRequest;
use serde_json::Value;

/// Deletes an alias; the key it pointed to is not affected.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The alias name, `alias/...`.
    #[arg(long, required = true)]
    alias_name: String,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        ctx.service()?.delete_alias(DeleteAliasRequest {
            alias_name: self.alias_name,
        })?;
        Ok(None)
    }
}

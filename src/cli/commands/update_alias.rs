//! `lkms update-alias`.

use crate::cli::Ctx;
use crate::error::Error;
use crate::model::AliasRequest;
use serde_json::Value;

/// Points an existing alias at another key.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The alias name, `alias/` followed by letters, digits, `/`, `_`, `-` or `:`.
    #[arg(long, required = true)]
    alias_name: String,
    /// The key ID or key ARN the alias points to.
    #[arg(long, required = true)]
    target_key_id: String,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        ctx.service()?.update_alias(AliasRequest {
            alias_name: self.alias_name,
            target_key_id: self.target_key_id,
        })?;
        Ok(None)
    }
}

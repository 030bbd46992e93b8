//! `lkms update-key-description`.

use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::UpdateKeyDescriptionRequest;
use serde_json::Value;

/// Replaces a key's description.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// The new description (up to 8192 characters; may be empty).
    #[arg(long, required = true, allow_hyphen_values = true)]
    description: String,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = UpdateKeyDescriptionRequest {
            key_id: self.key_id,
            description: values::text("description", &self.description)?,
        };
        ctx.service()?.update_key_description(req)?;
        Ok(None)
    }
}

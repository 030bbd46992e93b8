//! `lkms disable-key-rotation`.

use crate::cli::Ctx;
use crate::error::Error;
use crate::model::KeyIdRequest;
use serde_json::Value;

/// Turns off automatic rotation; existing material versions are kept.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = KeyIdRequest {
            key_id: self.key_id,
            grant_tokens: None,
        };
        ctx.service()?.disable_key_rotation(req)?;
        Ok(None)
    }
}

//! `lkms enable-key-rotation`.

use crate::cli::Ctx;
use crate::error::Error;
use crate::model::EnableKeyRotationRequest;
use serde_json::Value;

/// Turns on automatic rotation: new key material every period, old material kept for decryption.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// Days between rotations, 90 to 2560 (default 365).
    #[arg(long, allow_negative_numbers = true)]
    rotation_period_in_days: Option<i64>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        ctx.service()?
            .enable_key_rotation(EnableKeyRotationRequest {
                key_id: self.key_id,
                rotation_period_in_days: self.rotation_period_in_days,
            })?;
        Ok(None)
    }
}

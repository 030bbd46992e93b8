//! `lkms rotate-key-on-demand`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::KeyIdRequest;
use serde_json::Value;

/// Rotates a key now: new key material becomes current (at most 10 times per key).
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
        to_value(ctx.service()?.rotate_key_on_demand(req)?)
    }
}

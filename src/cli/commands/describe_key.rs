//! `lkms describe-key`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::KeyIdRequest;
use serde_json::Value;

/// Prints a key's metadata: state, usage, spec, dates and the current key material ID.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID, key ARN, alias name or alias ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// Grant tokens (accepted; grants are not evaluated yet).
    #[arg(long, num_args = 1..)]
    grant_tokens: Vec<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = KeyIdRequest {
            key_id: self.key_id,
            grant_tokens: (!self.grant_tokens.is_empty()).then_some(self.grant_tokens),
        };
        to_value(ctx.service()?.describe_key(req)?)
    }
}

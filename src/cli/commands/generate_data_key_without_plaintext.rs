//! `lkms generate-data-key-without-plaintext`.

use super::generate_data_key::DataKeyArgs;
use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use serde_json::Value;

/// Generates a data key and prints only its encrypted copy; decrypt it when you need the key.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    common: DataKeyArgs,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = self.common.request(None)?;
        to_value(ctx.service()?.generate_data_key_without_plaintext(req)?)
    }
}

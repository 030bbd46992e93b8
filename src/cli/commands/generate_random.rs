//! `lkms generate-random`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::GenerateRandomRequest;
use serde_json::Value;

/// Prints 1 to 1024 cryptographically secure random bytes (base64).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// How many bytes, 1 to 1024.
    #[arg(long, allow_negative_numbers = true)]
    number_of_bytes: Option<i64>,
    /// Custom key stores are not supported by lkms yet.
    #[arg(long)]
    custom_key_store_id: Option<String>,
    /// Nitro Enclaves attestation is not supported by lkms yet.
    #[arg(long)]
    recipient: Option<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = GenerateRandomRequest {
            number_of_bytes: self.number_of_bytes,
            custom_key_store_id: self.custom_key_store_id,
            recipient: self.recipient.map(Value::String),
        };
        // GenerateRandom needs no key, so it does not open the keystore or need a root key.
        let _ = ctx;
        to_value(crate::service::Service::generate_random(req)?)
    }
}

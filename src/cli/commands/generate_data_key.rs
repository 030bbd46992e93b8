//! `lkms generate-data-key`.

use super::{context_arg, flag_pair, to_value};
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::GenerateDataKeyRequest;
use serde_json::Value;

/// Flags shared by generate-data-key and generate-data-key-without-plaintext.
#[derive(clap::Args, Debug)]
pub struct DataKeyArgs {
    /// The key ID, key ARN, alias name or alias ARN of the key that encrypts the data key.
    #[arg(long, required = true)]
    pub key_id: String,
    /// Authenticated context, `k1=v1,k2=v2` or JSON.
    #[arg(long)]
    pub encryption_context: Option<String>,
    /// Length of the data key in bytes, 1 to 1024 (or use --key-spec).
    #[arg(long, allow_negative_numbers = true)]
    pub number_of_bytes: Option<i64>,
    /// AES_256 (32 bytes) or AES_128 (16 bytes).
    #[arg(long)]
    pub key_spec: Option<String>,
    /// Grant tokens (accepted; grants are not evaluated yet).
    #[arg(long, num_args = 1..)]
    pub grant_tokens: Vec<String>,
    /// Check the request without generating a key.
    #[arg(long, overrides_with = "no_dry_run")]
    pub dry_run: bool,
    /// Generate for real (the default).
    #[arg(long)]
    pub no_dry_run: bool,
}

impl DataKeyArgs {
    /// The service request.
    pub fn request(self, recipient: Option<String>) -> Result<GenerateDataKeyRequest, Error> {
        Ok(GenerateDataKeyRequest {
            key_id: self.key_id,
            encryption_context: context_arg(
                "encryption-context",
                self.encryption_context.as_deref(),
            )?,
            number_of_bytes: self.number_of_bytes,
            key_spec: self.key_spec,
            grant_tokens: (!self.grant_tokens.is_empty()).then_some(self.grant_tokens),
            recipient: recipient.map(Value::String),
            dry_run: flag_pair(self.dry_run, self.no_dry_run),
        })
    }
}

/// Generates a data key and prints it both in plaintext and encrypted under a KMS key.
///
/// Use the plaintext to encrypt data locally, then discard it; keep the encrypted copy and
/// decrypt it when needed.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    common: DataKeyArgs,
    /// Nitro Enclaves attestation is not supported by lkms yet.
    #[arg(long)]
    recipient: Option<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = self.common.request(self.recipient)?;
        to_value(ctx.service()?.generate_data_key(req)?)
    }
}

//! `lkms decrypt`.

use super::{context_arg, flag_pair, to_value};
use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::{Blob, DecryptRequest};
use serde_json::Value;

/// Decrypts a ciphertext blob made by encrypt or generate-data-key and prints the plaintext (base64).
///
/// The key is found from the blob; --key-id, if given, must name that same key.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The ciphertext: `fileb://PATH` for raw bytes, or base64 text.
    #[arg(long, required = true)]
    ciphertext_blob: String,
    /// The encryption context used to encrypt, `k1=v1,k2=v2` or JSON.
    #[arg(long)]
    encryption_context: Option<String>,
    /// Grant tokens (accepted; grants are not evaluated yet).
    #[arg(long, num_args = 1..)]
    grant_tokens: Vec<String>,
    /// The key that must have made the ciphertext (ID, ARN, alias name or alias ARN).
    #[arg(long)]
    key_id: Option<String>,
    /// SYMMETRIC_DEFAULT for symmetric keys.
    #[arg(long)]
    encryption_algorithm: Option<String>,
    /// Nitro Enclaves attestation is not supported by lkms yet.
    #[arg(long)]
    recipient: Option<String>,
    /// Check the request without decrypting.
    #[arg(long, overrides_with = "no_dry_run")]
    dry_run: bool,
    /// Decrypt for real (the default).
    #[arg(long)]
    no_dry_run: bool,
    /// Dry-run modifiers.
    #[arg(long, num_args = 1..)]
    dry_run_modifiers: Vec<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let blob = values::blob(
            "ciphertext-blob",
            &self.ciphertext_blob,
            ctx.binary_format(),
        )?;
        let req = DecryptRequest {
            ciphertext_blob: Blob(blob.to_vec()),
            encryption_context: context_arg(
                "encryption-context",
                self.encryption_context.as_deref(),
            )?,
            grant_tokens: (!self.grant_tokens.is_empty()).then_some(self.grant_tokens),
            key_id: self.key_id,
            encryption_algorithm: self.encryption_algorithm,
            recipient: self.recipient.map(Value::String),
            dry_run: flag_pair(self.dry_run, self.no_dry_run),
            dry_run_modifiers: (!self.dry_run_modifiers.is_empty())
                .then_some(self.dry_run_modifiers),
        };
        to_value(ctx.service()?.decrypt(req)?)
    }
}

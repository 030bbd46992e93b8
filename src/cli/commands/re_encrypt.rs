//! `lkms re-encrypt`.

use super::{context_arg, flag_pair, to_value};
use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::{Blob, ReEncryptRequest};
use serde_json::Value;

/// Decrypts a ciphertext and encrypts it again under another key (or context) without the
/// plaintext ever leaving lkms.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The ciphertext: `fileb://PATH` for raw bytes, or base64 text.
    #[arg(long, required = true)]
    ciphertext_blob: String,
    /// The encryption context the ciphertext was made with.
    #[arg(long)]
    source_encryption_context: Option<String>,
    /// The key that must have made the ciphertext.
    #[arg(long)]
    source_key_id: Option<String>,
    /// The key to encrypt under (ID, ARN, alias name or alias ARN).
    #[arg(long, required = true)]
    destination_key_id: String,
    /// The encryption context for the new ciphertext.
    #[arg(long)]
    destination_encryption_context: Option<String>,
    /// SYMMETRIC_DEFAULT for symmetric keys.
    #[arg(long)]
    source_encryption_algorithm: Option<String>,
    /// SYMMETRIC_DEFAULT for symmetric keys.
    #[arg(long)]
    destination_encryption_algorithm: Option<String>,
    /// Grant tokens (accepted; grants are not evaluated yet).
    #[arg(long, num_args = 1..)]
    grant_tokens: Vec<String>,
    /// Check the request without re-encrypting.
    #[arg(long, overrides_with = "no_dry_run")]
    dry_run: bool,
    /// Re-encrypt for real (the default).
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
        let req = ReEncryptRequest {
            ciphertext_blob: Blob(blob.to_vec()),
            source_encryption_context: context_arg(
                "source-encryption-context",
                self.source_encryption_context.as_deref(),
            )?,
            source_key_id: self.source_key_id,
            destination_key_id: self.destination_key_id,
            destination_encryption_context: context_arg(
                "destination-encryption-context",
                self.destination_encryption_context.as_deref(),
            )?,
            source_encryption_algorithm: self.source_encryption_algorithm,
            destination_encryption_algorithm: self.destination_encryption_algorithm,
            grant_tokens: (!self.grant_tokens.is_empty()).then_some(self.grant_tokens),
            dry_run: flag_pair(self.dry_run, self.no_dry_run),
            dry_run_modifiers: (!self.dry_run_modifiers.is_empty())
                .then_some(self.dry_run_modifiers),
        };
        to_value(ctx.service()?.re_encrypt(req)?)
    }
}

//! `lkms encrypt`.

use super::{context_arg, flag_pair, to_value};
use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::{EncryptRequest, SecretBlob};
use serde_json::Value;

/// Encrypts up to 4096 bytes under a KMS key and prints the ciphertext blob (base64).
///
/// The encryption context, if given, must be given again, exactly, to decrypt.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID, key ARN, alias name or alias ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// The data: base64 text, or `fileb://PATH` for raw bytes.
    #[arg(long, required = true)]
    plaintext: String,
    /// Authenticated context, `k1=v1,k2=v2` or JSON.
    #[arg(long)]
    encryption_context: Option<String>,
    /// Grant tokens (accepted; grants are not evaluated yet).
    #[arg(long, num_args = 1..)]
    grant_tokens: Vec<String>,
    /// SYMMETRIC_DEFAULT for symmetric keys.
    #[arg(long)]
    encryption_algorithm: Option<String>,
    /// Check the request without encrypting.
    #[arg(long, overrides_with = "no_dry_run")]
    dry_run: bool,
    /// Encrypt for real (the default).
    #[arg(long)]
    no_dry_run: bool,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = EncryptRequest {
            key_id: self.key_id,
            plaintext: SecretBlob(values::blob(
                "plaintext",
                &self.plaintext,
                ctx.binary_format(),
            )?),
            encryption_context: context_arg(
                "encryption-context",
                self.encryption_context.as_deref(),
            )?,
            grant_tokens: (!self.grant_tokens.is_empty()).then_some(self.grant_tokens),
            encryption_algorithm: self.encryption_algorithm,
            dry_run: flag_pair(self.dry_run, self.no_dry_run),
        };
        to_value(ctx.service()?.encrypt(req)?)
    }
}

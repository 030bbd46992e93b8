//! `lkms untag-resource`.

use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::UntagResourceRequest;
use serde_json::Value;

/// Removes tags from a key by tag key.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// Tag keys to remove: `k1 k2 ...` or a JSON list.
    #[arg(long, required = true, num_args = 1..)]
    tag_keys: Vec<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let tag_keys = values::string_list("tag-keys", &self.tag_keys)?;
        ctx.service()?.untag_resource(UntagResourceRequest {
            key_id: self.key_id,
            tag_keys,
        })?;
        Ok(None)
    }
}

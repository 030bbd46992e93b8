//! `lkms tag-resource`.

use crate::cli::{Ctx, values};
use crate::error::Error;
use crate::model::TagResourceRequest;
use serde_json::Value;

/// Adds tags to a key, or replaces the values of tags it already has.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// Tags, as `TagKey=k,TagValue=v ...` or a JSON list.
    #[arg(long, required = true, num_args = 1..)]
    tags: Vec<String>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let tags = values::tags("tags", &self.tags)?;
        ctx.service()?.tag_resource(TagResourceRequest {
            key_id: self.key_id,
            tags,
        })?;
        Ok(None)
    }
}

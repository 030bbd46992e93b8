//! `lkms list-resource-tags`.

use super::{PageArgs, json, paginate};
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::KeyPageRequest;
use serde_json::Value;

/// Lists a key's tags, sorted by tag key.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    #[command(flatten)]
    page: PageArgs,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        let key_id = self.key_id;
        paginate(ctx, "Tags", self.page, |limit, marker| {
            json(service.list_resource_tags(KeyPageRequest {
                key_id: key_id.clone(),
                limit,
                marker,
            })?)
        })
    }
}

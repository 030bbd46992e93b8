//! `lkms list-keys`.

use super::{PageArgs, json, paginate};
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::ListKeysRequest;
use serde_json::Value;

/// Lists the keys in the current region, in every state.
///
/// Like the AWS CLI it follows the pages itself and prints one merged `Keys` list; --limit,
/// --marker or --no-paginate print a single raw page with `Truncated` and `NextMarker`.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    page: PageArgs,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        let page = PageArgs {
            page_size: Some(self.page.page_size.unwrap_or(1000)),
            ..self.page
        };
        paginate(ctx, "Keys", page, |limit, marker| {
            json(service.list_keys(ListKeysRequest {
                limit,
                marker,
                resource_owners: None,
            })?)
        })
    }
}

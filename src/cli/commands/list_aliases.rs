//! `lkms list-aliases`.

use super::{PageArgs, json, paginate};
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::ListAliasesRequest;
use serde_json::Value;

/// Lists the aliases in the current region, or only those of one key.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Only aliases of this key (key ID or key ARN).
    #[arg(long)]
    key_id: Option<String>,
    #[command(flatten)]
    page: PageArgs,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        let key_id = self.key_id;
        let page = PageArgs {
            page_size: Some(self.page.page_size.unwrap_or(100)),
            ..self.page
        };
        paginate(ctx, "Aliases", page, |limit, marker| {
            json(service.list_aliases(ListAliasesRequest {
                key_id: key_id.clone(),
                limit,
                marker,
            })?)
        })
    }
}

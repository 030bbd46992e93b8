//! `lkms list-keys`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::ListKeysRequest;
use serde_json::{Value, json};

/// Lists the keys in the current region, in every state.
///
/// Like the AWS CLI it follows the pages itself and prints one merged `Keys` list; --limit,
/// --marker or --no-paginate print a single raw page with `Truncated` and `NextMarker`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Keys per page, 1 to 1000 (turns automatic paging off).
    #[arg(long, allow_negative_numbers = true)]
    limit: Option<i64>,
    /// NextMarker from a previous page (turns automatic paging off).
    #[arg(long)]
    marker: Option<String>,
    /// Keys per page while paging automatically.
    #[arg(long, allow_negative_numbers = true)]
    page_size: Option<i64>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        if self.limit.is_some() || self.marker.is_some() || ctx.global.no_paginate {
            let req = ListKeysRequest {
                limit: self.limit,
                marker: self.marker,
            };
            return to_value(service.list_keys(req)?);
        }
        let mut keys = Vec::new();
        let mut marker = None;
        loop {
            let page = service.list_keys(ListKeysRequest {
                limit: Some(self.page_size.unwrap_or(1000)),
                marker,
            })?;
            keys.extend(page.keys);
            match page.next_marker {
                Some(m) if page.truncated => marker = Some(m),
                _ => break,
            }
        }
        to_value(json!({ "Keys": keys }))
    }
}

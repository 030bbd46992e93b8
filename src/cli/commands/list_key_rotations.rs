//! `lkms list-key-rotations`.

use super::{PageArgs, json, paginate};
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::ListKeyRotationsRequest;
use serde_json::Value;

/// Lists a key's completed rotations (new key material versions), oldest first.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// ROTATIONS_ONLY (the default) or ALL_KEY_MATERIAL (adds the first material).
    #[arg(long)]
    include_key_material: Option<String>,
    #[command(flatten)]
    page: PageArgs,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let service = ctx.service()?;
        let (key_id, include) = (self.key_id, self.include_key_material);
        paginate(ctx, "Rotations", self.page, |limit, marker| {
            json(service.list_key_rotations(ListKeyRotationsRequest {
                key_id: key_id.clone(),
                include_key_material: include.clone(),
                limit,
                marker,
            })?)
        })
    }
}

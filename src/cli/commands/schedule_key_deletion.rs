//! `lkms schedule-key-deletion`.

use super::to_value;
use crate::cli::Ctx;
use crate::error::Error;
use crate::model::ScheduleKeyDeletionRequest;
use serde_json::Value;

/// Schedules a key for deletion after a waiting period of 7 to 30 days (default 30).
///
/// The key is unusable while pending deletion and is deleted, with all its material, at the
/// first UTC midnight after the period ends. cancel-key-deletion stops it until then.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The key ID or key ARN.
    #[arg(long, required = true)]
    key_id: String,
    /// Days to wait before deleting, 7 to 30.
    #[arg(long, allow_negative_numbers = true)]
    pending_window_in_days: Option<i64>,
}

impl Args {
    /// Runs the command.
    pub fn run(self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = ScheduleKeyDeletionRequest {
            key_id: self.key_id,
            pending_window_in_days: self.pending_window_in_days,
        };
        to_value(ctx.service()?.schedule_key_deletion(req)?)
    }
}

//! Checks on request members that many operations share: DryRun and Recipient.

use crate::error::{Error, ErrorCode, kms};

/// DryRun's answer when the request would have succeeded.
pub const DRY_RUN: &str = "The request would have succeeded, but the DryRun option is set.";

/// `Err(DryRunOperationException)` when the request asked for a dry run: called at the point
/// where everything that could fail has been checked and nothing has been done yet.
pub fn dry_run(flag: Option<bool>) -> Result<(), Error> {
    if flag == Some(true) {
        return Err(kms(ErrorCode::DryRunOperationException, DRY_RUN));
    }
    Ok(())
}

/// A member the model leaves optional but this operation needs: missing, it is refused as a
/// request that does not match the API model.
pub fn required<'a, T>(op: &str, member: &str, value: Option<&'a T>) -> Result<&'a T, Error> {
    value.ok_or_else(|| {
        kms(
            ErrorCode::ValidationException,
            format!("The {op} request does not match the API model: missing field `{member}`"),
        )
    })
}

/// Refuses `Recipient` (Nitro Enclaves attestation), which lkms cannot honour.
pub fn no_recipient<T>(recipient: Option<&T>) -> Result<(), Error> {
    if recipient.is_some() {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support Recipient (Nitro Enclaves attestation) yet.",
        ));
    }
    Ok(())
}

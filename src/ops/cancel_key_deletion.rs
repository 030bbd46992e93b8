//! CancelKeyDeletion: stops a scheduled key deletion. The key is left Disabled (PendingImport when
//! it lacks imported material), as AWS leaves it; only a key pending deletion can be cancelled, and
//! the key ID or key ARN must name it (not an alias).

use super::prelude::*;
use crate::steps::persist;

op!(keystore "CancelKeyDeletion", "Stops a scheduled key deletion; the key is left Disabled.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Takes a key out of PendingDeletion before its deletion date. The key comes back Disabled (an EXTERNAL key without material comes back PendingImport); enable it to use it again.",
    errors: &[(
        "KMSInvalidStateException",
        "The key is not pending deletion.",
    )],
    examples: &[Example {
        title: "Cancel a scheduled deletion",
        command: r##"lkms schedule-key-deletion --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --pending-window-in-days 7 --query KeyState --output text && lkms cancel-key-deletion --key-id 1234abcd-12ab-34cd-56ef-1234567890ab && lkms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --query KeyMetadata.KeyState --output text"##,
        output: r##"PendingDeletion
{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
Disabled"##,
    }],
};

/// Runs CancelKeyDeletion, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: CancelKeyDeletionRequest,
) -> Result<CancelKeyDeletionResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:CancelKeyDeletion"), &key)?;
    let key_id = key.key_id;
    let store = svc.store();
    let _lock = store.lock()?;
    let mut r = persist::load_locked(svc, &key_id)?;
    key_state::require(svc, Use::CancelKeyDeletion, &r)?;
    r.key_state = if r.lacks_material() {
        KeyState::PendingImport
    } else {
        KeyState::Disabled
    };
    r.deletion_date = None;
    r.pending_window_in_days = None;
    let mut deletions = store.load_deletions(svc.region())?;
    deletions.remove(&key_id);
    store.write_key(svc.region(), &r)?;
    store.write_deletions(svc.region(), &deletions)?;
    Ok(CancelKeyDeletionResponse {
        key_id: Some(svc.key_arn(&key_id)),
    })
}

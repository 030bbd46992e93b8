//! UpdateKeyDescription: replaces a key's description (empty is allowed). Key ID or key ARN only;
//! refused for a key pending deletion.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "UpdateKeyDescription", "Replaces a key's description.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Replaces a key's description (up to 8192 characters; empty clears it).",
    errors: &[],
    examples: &[Example {
        title: "Describe a key anew",
        command: r##"lkms update-key-description --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --description 'orders, from 2025' && lkms describe-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --query KeyMetadata.Description --output text"##,
        output: r##"orders, from 2025"##,
    }],
};

/// Runs UpdateKeyDescription, in the order AWS checks.
pub fn handle(svc: &Service, req: UpdateKeyDescriptionRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:UpdateKeyDescription"), &key)?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::UpdateKeyDescription, r)?;
        r.description = req.description;
        Ok(())
    })
}

//! DisableKeyRotation: turns automatic rotation off; existing material versions stay.

use super::prelude::*;
use crate::steps::rotation::{self, Imported};
use crate::steps::{multi_region, persist};

op!(keystore "DisableKeyRotation", "Turns off automatic rotation; existing material versions stay.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Turns automatic rotation off. Material made by earlier rotations stays, so every ciphertext still decrypts.",
    errors: &[
        (
            "UnsupportedOperationException",
            "The key cannot rotate automatically: not a symmetric encryption key, or its material is imported.",
        ),
        ("DisabledException", "The key is disabled."),
    ],
    examples: &[Example {
        title: "Turn automatic rotation off",
        command: r##"lkms disable-key-rotation --key-id 1234abcd-12ab-34cd-56ef-1234567890ab && lkms get-key-rotation-status --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "KeyRotationEnabled": false,
    "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab"
}"##,
    }],
};

/// Runs DisableKeyRotation, in the order AWS checks.
pub fn handle(svc: &Service, req: DisableKeyRotationRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:DisableKeyRotation"), &key)?;
    rotation::rotatable(svc, &key, Imported::Refused)?;
    // Rotation is a shared property of multi-Region keys, managed on the primary.
    multi_region::refuse_replica(svc, &key)?;
    persist::update(svc, &key.key_id, |r| {
        key_state::require(svc, Use::Rotation, r)?;
        if let Some(s) = &mut r.rotation {
            s.enabled = false;
            s.next_rotation = None;
        }
        Ok(())
    })
}

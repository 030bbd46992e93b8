//! DisableKey: the key keeps its material but refuses cryptographic use until it is enabled again.
//! Key ID or key ARN only; a key pending deletion or pending import is refused.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "DisableKey", "Disables a key: it keeps its material but refuses cryptographic use.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Disables a key: it keeps its material, policy and aliases, but every cryptographic use is refused with DisabledException until EnableKey. Disabling a disabled key does nothing.",
    errors: &[(
        "KMSInvalidStateException",
        "The key is pending import or pending deletion.",
    )],
    examples: &[Example {
        title: "Disable a key",
        command: r##"lkms disable-key --key-id 1234abcd-12ab-34cd-56ef-1234567890ab && lkms encrypt --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --plaintext SGVsbG8sIHdvcmxkIQ=="##,
        output: r##"aws: [ERROR]: An error occurred (DisabledException) when calling the Encrypt operation: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab is disabled."##,
    }],
};

/// Runs DisableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: DisableKeyRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:DisableKey"), &key)?;
    persist::set_enabled(svc, &key, false)
}

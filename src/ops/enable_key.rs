//! EnableKey: a Disabled key becomes Enabled. Key ID or key ARN only; a key pending deletion or
//! pending import is refused; an enabled key stays as it is.

use super::prelude::*;
use crate::steps::persist;

op!(keystore "EnableKey", "Enables a disabled key so it can be used again.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Enables a disabled key so it can be used again. Enabling an enabled key does nothing.",
    errors: &[(
        "KMSInvalidStateException",
        "The key is pending import or pending deletion.",
    )],
    examples: &[Example {
        title: "Enable a disabled key",
        command: r##"lkms enable-key --key-id 8192a3b4-c5d6-4e78-9091-021324354657 && lkms describe-key --key-id 8192a3b4-c5d6-4e78-9091-021324354657 --query KeyMetadata.KeyState --output text"##,
        output: r##"Enabled"##,
    }],
};

/// Runs EnableKey, in the order AWS checks.
pub fn handle(svc: &Service, req: EnableKeyRequest) -> Result<(), Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:EnableKey"), &key)?;
    persist::set_enabled(svc, &key, true)
}

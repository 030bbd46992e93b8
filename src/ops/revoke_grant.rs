//! RevokeGrant: ends a grant, as someone who may administer the key. lkms does not build it yet: it
//! answers UnsupportedOperationException ("lkms does not support the RevokeGrant operation yet.")
//! without opening the keystore.

use super::prelude::*;

op!(not_yet "RevokeGrant", "Ends a grant, as the key's administrator.", &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Would end a grant, called by the key's administrator. lkms does not build grants yet.",
    errors: &[
        ("UnsupportedOperationException", "Always, for now: lkms does not support grants yet."),
    ],
    examples: &[
        Example {
            title: "The operation is not supported yet",
            command: r##"lkms revoke-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grant-id 0c237476b39f8bc44e45212e08498fbe3151305030726c0590dd8d3e9f3d6a60"##,
            output: r##"An error occurred (UnsupportedOperationException) when calling the RevokeGrant operation: lkms does not support the RevokeGrant operation yet."##,
        },
    ],
};


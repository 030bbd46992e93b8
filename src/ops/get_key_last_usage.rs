//! GetKeyLastUsage: says when a key was last used for a cryptographic operation, and by which call.
//! lkms does not build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! GetKeyLastUsage operation yet.") without opening the keystore.

use super::prelude::*;

op!(not_yet "GetKeyLastUsage", "Says when a key was last used.", &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Would say when a key was last used for a cryptographic operation. lkms does not build it yet.",
    errors: &[
        ("UnsupportedOperationException", "Always, for now: lkms does not support this operation yet."),
    ],
    examples: &[
        Example {
            title: "The operation is not supported yet",
            command: r##"lkms get-key-last-usage --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"An error occurred (UnsupportedOperationException) when calling the GetKeyLastUsage operation: lkms does not support the GetKeyLastUsage operation yet."##,
        },
    ],
};


//! ListGrants: lists the grants on a key. lkms does not build it yet: it answers
//! UnsupportedOperationException ("lkms does not support the ListGrants operation yet.") without
//! opening the keystore.

use super::prelude::*;

op!(not_yet "ListGrants", "Lists the grants on a key.", &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Would list the grants on a key. lkms does not build grants yet.",
    errors: &[
        ("UnsupportedOperationException", "Always, for now: lkms does not support grants yet."),
    ],
    examples: &[
        Example {
            title: "The operation is not supported yet",
            command: r##"lkms list-grants --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
            output: r##"An error occurred (UnsupportedOperationException) when calling the ListGrants operation: lkms does not support the ListGrants operation yet."##,
        },
    ],
};


//! ListRetirableGrants: lists the grants a principal may retire. lkms does not build it yet: it
//! answers UnsupportedOperationException ("lkms does not support the ListRetirableGrants operation
//! yet.") without opening the keystore.

use super::prelude::*;

op!(not_yet "ListRetirableGrants", "Lists the grants a principal may retire.", &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Would list the grants a principal may retire. lkms does not build grants yet.",
    errors: &[
        ("UnsupportedOperationException", "Always, for now: lkms does not support grants yet."),
    ],
    examples: &[
        Example {
            title: "The operation is not supported yet",
            command: r##"lkms list-retirable-grants --retiring-principal arn:aws:iam::111122223333:role/ExampleRole"##,
            output: r##"An error occurred (UnsupportedOperationException) when calling the ListRetirableGrants operation: lkms does not support the ListRetirableGrants operation yet."##,
        },
    ],
};


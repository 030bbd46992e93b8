//! CreateGrant: gives a principal permission to use a key for chosen operations, under optional
//! encryption-context constraints. lkms does not build it yet: it answers
//! UnsupportedOperationException ("lkms does not support the CreateGrant operation yet.") without
//! opening the keystore.

use super::prelude::*;

op!(not_yet "CreateGrant", "Lets another principal use a key for chosen operations.", &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Would give another principal permission to use a key for the operations listed, with optional encryption-context constraints. lkms does not build grants yet.",
    errors: &[
        ("UnsupportedOperationException", "Always, for now: lkms does not support grants yet."),
    ],
    examples: &[
        Example {
            title: "The operation is not supported yet",
            command: r##"lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/ExampleRole --operations Decrypt"##,
            output: r##"An error occurred (UnsupportedOperationException) when calling the CreateGrant operation: lkms does not support the CreateGrant operation yet."##,
        },
    ],
};


//! CreateGrant: gives a principal permission to use a key for chosen operations, under optional
//! encryption-context constraints. lkms does not build it yet: it answers
//! UnsupportedOperationException ("lkms does not support the CreateGrant operation yet.") without
//! opening the keystore.

op!(not_yet "CreateGrant", "Lets another principal use a key for chosen operations.");

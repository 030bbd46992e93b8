//! ListGrants: lists the grants on a key. lkms does not build it yet: it answers
//! UnsupportedOperationException ("lkms does not support the ListGrants operation yet.") without
//! opening the keystore.

op!(not_yet "ListGrants", "Lists the grants on a key.");

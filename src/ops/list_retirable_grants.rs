//! ListRetirableGrants: lists the grants a principal may retire. lkms does not build it yet: it
//! answers UnsupportedOperationException ("lkms does not support the ListRetirableGrants operation
//! yet.") without opening the keystore.

op!(not_yet "ListRetirableGrants", "Lists the grants a principal may retire.");

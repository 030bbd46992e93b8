//! ReplicateKey: copies a multi-Region primary key, with its material, into another Region. lkms
//! does not build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! ReplicateKey operation yet.") without opening the keystore.

op!(not_yet "ReplicateKey", "Copies a multi-Region key to another region.");

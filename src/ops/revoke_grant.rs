//! RevokeGrant: ends a grant, as someone who may administer the key. lkms does not build it yet: it
//! answers UnsupportedOperationException ("lkms does not support the RevokeGrant operation yet.")
//! without opening the keystore.

op!(not_yet "RevokeGrant", "Ends a grant, as the key's administrator.");

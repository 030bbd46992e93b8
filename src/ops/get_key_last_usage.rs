//! GetKeyLastUsage: says when a key was last used for a cryptographic operation, and by which call.
//! lkms does not build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! GetKeyLastUsage operation yet.") without opening the keystore.

op!(not_yet "GetKeyLastUsage", "Says when a key was last used.");

//! DeleteCustomKeyStore: deletes a disconnected custom key store that holds no keys. lkms does not
//! build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! DeleteCustomKeyStore operation yet.") without opening the keystore.

op!(not_yet "DeleteCustomKeyStore", "Deletes a custom key store.");

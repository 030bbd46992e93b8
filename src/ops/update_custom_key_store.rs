//! UpdateCustomKeyStore: changes a custom key store's name, password or backing key store. lkms
//! does not build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! UpdateCustomKeyStore operation yet.") without opening the keystore.

op!(not_yet "UpdateCustomKeyStore", "Changes a custom key store's settings.");

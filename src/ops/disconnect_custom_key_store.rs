//! DisconnectCustomKeyStore: disconnects a custom key store from its backing key store. lkms does
//! not build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! DisconnectCustomKeyStore operation yet.") without opening the keystore.

op!(not_yet "DisconnectCustomKeyStore", "Disconnects a custom key store.");

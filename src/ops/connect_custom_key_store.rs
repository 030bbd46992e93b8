//! ConnectCustomKeyStore: connects a custom key store to its backing key store (a CloudHSM cluster
//! or an external key store proxy). lkms does not build it yet: it answers
//! UnsupportedOperationException ("lkms does not support the ConnectCustomKeyStore operation yet.")
//! without opening the keystore.

op!(not_yet "ConnectCustomKeyStore", "Connects a custom key store to its backing store.");

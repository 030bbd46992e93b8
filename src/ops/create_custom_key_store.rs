//! CreateCustomKeyStore: creates a custom key store backed by a CloudHSM cluster or an external key
//! store proxy. lkms does not build it yet: it answers UnsupportedOperationException ("lkms does
//! not support the CreateCustomKeyStore operation yet.") without opening the keystore.

op!(not_yet "CreateCustomKeyStore", "Creates a custom key store backed by CloudHSM or an external proxy.");

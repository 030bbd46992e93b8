//! DescribeCustomKeyStores: lists custom key stores with their connection states. lkms does not
//! build it yet: it answers UnsupportedOperationException ("lkms does not support the
//! DescribeCustomKeyStores operation yet.") without opening the keystore.

op!(not_yet "DescribeCustomKeyStores", "Lists custom key stores and their connection states.");

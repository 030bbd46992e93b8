//! UpdatePrimaryRegion: makes a replica of a multi-Region key its primary. lkms does not build it
//! yet: it answers UnsupportedOperationException ("lkms does not support the UpdatePrimaryRegion
//! operation yet.") without opening the keystore.

op!(not_yet "UpdatePrimaryRegion", "Makes a replica of a multi-Region key its primary.");

//! RetireGrant: ends a grant, as its retiring principal or grantee. lkms does not build it yet: it
//! answers UnsupportedOperationException ("lkms does not support the RetireGrant operation yet.")
//! without opening the keystore.

op!(not_yet "RetireGrant", "Ends a grant, as its grantee or retiring principal.");

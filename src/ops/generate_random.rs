//! GenerateRandom: 1 to 1024 random bytes from the operating system. It needs no key, so it opens
//! no keystore and needs no root key. lkms has no custom key stores to draw from.

use super::prelude::*;
use crate::crypto::random;

op!(standalone "GenerateRandom", "Prints 1 to 1024 cryptographically secure random bytes.", handle);

/// Runs GenerateRandom, in the order AWS checks.
pub fn handle(req: GenerateRandomRequest) -> Result<GenerateRandomResponse, Error> {
    let Some(n) = req.number_of_bytes else {
        return Err(invalid("NumberOfBytes is required."));
    };
    if let Some(id) = &req.custom_key_store_id {
        return Err(kms(
            ErrorCode::CustomKeyStoreNotFoundException,
            format!("Custom key store {id} does not exist; lkms has no custom key stores."),
        ));
    }
    request::no_recipient(req.recipient.as_ref())?;
    Ok(GenerateRandomResponse {
        plaintext: Some(SecretBlob::new(random::bytes(n as usize))),
        ..Default::default()
    })
}

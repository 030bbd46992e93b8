//! GenerateRandom: 1 to 1024 random bytes from the operating system. It needs no key, so it opens
//! no keystore and needs no root key. lkms has no custom key stores to draw from.

use super::prelude::*;
use crate::crypto::random;

op!(standalone "GenerateRandom", "Prints 1 to 1024 cryptographically secure random bytes.", handle);

/// The request.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Request {
    pub number_of_bytes: Option<i64>,
    pub custom_key_store_id: Option<String>,
    pub recipient: Option<serde_json::Value>,
}

/// The response.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    #[serde(skip)]
    pub plaintext: SecretBlob,
}

impl Reply for Response {
    fn secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        vec![("Plaintext", std::mem::take(&mut self.plaintext))]
    }
}

/// Runs GenerateRandom, in the order AWS checks.
pub fn handle(req: Request) -> Result<Response, Error> {
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
    Ok(Response {
        plaintext: SecretBlob::new(random::bytes(n as usize)),
    })
}

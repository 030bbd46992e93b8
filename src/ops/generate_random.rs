//! GenerateRandom: 1 to 1024 random bytes. From the operating system, without opening the
//! keystore (so without a root key); or, with a CustomKeyStoreId, from the PKCS#11 token of that
//! CloudHSM key store, which must be connected (external key stores cannot, as in AWS).

use super::prelude::*;
use crate::crypto::random;
use crate::crypto::secret::Secret;
use crate::steps::key_stores;

op!(keystore_if "GenerateRandom", "Prints 1 to 1024 cryptographically secure random bytes.", handle, in_key_store, &DOCS);

/// True for a request that draws from a custom key store, so needs the keystore.
pub fn in_key_store(request: &serde_json::Value) -> bool {
    request
        .get("CustomKeyStoreId")
        .is_some_and(|v| !v.is_null())
}

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints 1 to 1024 random bytes from the operating system's secure generator. It needs no key and no keystore; with --custom-key-store-id the bytes come from that CloudHSM key store's token.",
    errors: &[],
    examples: &[Example {
        title: "Sixteen random bytes",
        command: r##"lkms generate-random --number-of-bytes 16 --query Plaintext --output text"##,
        output: r##"…"##,
    }],
};

/// Runs GenerateRandom, in the order AWS checks.
pub fn handle(
    svc: Option<&Service>,
    req: GenerateRandomRequest,
) -> Result<GenerateRandomResponse, Error> {
    let Some(n) = req.number_of_bytes else {
        return Err(invalid("NumberOfBytes is required."));
    };
    request::no_recipient(req.recipient.as_ref())?;
    // With the keystore open (always for the server; on the command line for a custom key
    // store, or when credentials name a caller), the caller needs kms:GenerateRandom.
    if let Some(svc) = svc {
        authorise::account(svc, &Ask::new("kms:GenerateRandom"))?;
    }
    let plaintext = match (&req.custom_key_store_id, svc) {
        (Some(id), Some(svc)) => key_stores::random(svc, id, n as usize)?,
        (Some(_), None) => {
            return Err(kms(
                ErrorCode::KMSInternalException,
                "GenerateRandom with a CustomKeyStoreId needs the keystore.",
            ));
        }
        (None, _) => Secret::new(random::bytes(n as usize)),
    };
    Ok(GenerateRandomResponse {
        plaintext: Some(SecretBlob(plaintext)),
        ..Default::default()
    })
}

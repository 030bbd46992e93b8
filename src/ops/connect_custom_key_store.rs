//! ConnectCustomKeyStore: connects a custom key store to its backing store. A CloudHSM key
//! store logs in to its PKCS#11 token with the key-store password as the user PIN; an external
//! key store asks its XKS proxy for its health. The attempt ends CONNECTED, or FAILED with AWS's
//! ConnectionErrorCode (INVALID_CREDENTIALS for a wrong PIN, CLUSTER_NOT_FOUND for a missing
//! token, USER_LOCKED_OUT, XKS_PROXY_TIMED_OUT, …); either way the call itself succeeds, as in
//! AWS, and DescribeCustomKeyStores tells the outcome. A FAILED or DISCONNECTING store must be
//! disconnected first; connecting a CONNECTED store changes nothing.

use super::prelude::*;
use crate::steps::key_stores::{self, cloudhsm, external};

op!(keystore "ConnectCustomKeyStore", "Connects a custom key store to its PKCS#11 token or XKS proxy.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Connects a custom key store: for a CloudHSM key store, logs in to its PKCS#11 token with the store's password; for an external key store, checks that its XKS proxy answers. The store ends CONNECTED, or FAILED with a ConnectionErrorCode that DescribeCustomKeyStores shows. Its keys are usable only while it is connected.",
    errors: &[],
    examples: &[Example {
        title: "A store that does not exist",
        command: r##"lkms connect-custom-key-store --custom-key-store-id cks-1234567890abcdef0"##,
        output: r##"aws: [ERROR]: An error occurred (CustomKeyStoreNotFoundException) when calling the ConnectCustomKeyStore operation: Custom key store 'cks-1234567890abcdef0' does not exist in this Region."##,
    }],
};

/// Runs ConnectCustomKeyStore, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ConnectCustomKeyStoreRequest,
) -> Result<ConnectCustomKeyStoreResponse, Error> {
    let id = &req.custom_key_store_id;
    let store = key_stores::find(svc, id)?;
    authorise::account(svc, &Ask::new("kms:ConnectCustomKeyStore"))?;
    match store.connection_state {
        ConnectionStateType::CONNECTED => return Ok(ConnectCustomKeyStoreResponse {}),
        ConnectionStateType::FAILED | ConnectionStateType::DISCONNECTING => {
            return Err(kms(
                ErrorCode::CustomKeyStoreInvalidStateException,
                format!(
                    "Custom key store {id} is {}. Disconnect it (DisconnectCustomKeyStore) \
                     before connecting it again.",
                    store.connection_state.as_str()
                ),
            ));
        }
        ConnectionStateType::DISCONNECTED | ConnectionStateType::CONNECTING => {}
    }
    key_stores::update_one(svc, id, |s| {
        s.connection_state = ConnectionStateType::CONNECTING;
        Ok(())
    })?;
    // The attempt runs outside the lock: a token login or a proxy call may take a while.
    let outcome = match store.custom_key_store_type {
        CustomKeyStoreType::AWS_CLOUDHSM => cloudhsm::connect(svc, &store),
        CustomKeyStoreType::EXTERNAL_KEY_STORE => external::connect(svc, &store),
    };
    key_stores::update_one(svc, id, |s| {
        match outcome {
            Ok(()) => {
                s.connection_state = ConnectionStateType::CONNECTED;
                s.connection_error_code = None;
            }
            Err(code) => {
                s.connection_state = ConnectionStateType::FAILED;
                s.connection_error_code = Some(code);
            }
        }
        Ok(())
    })?;
    Ok(ConnectCustomKeyStoreResponse {})
}

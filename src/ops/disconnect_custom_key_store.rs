//! DisconnectCustomKeyStore: disconnects a custom key store from its backing store. Its keys
//! become Unavailable (keys pending deletion stay so): they can be described and managed, but
//! every cryptographic call fails until the store is connected again. A store that is already
//! DISCONNECTED or DISCONNECTING is CustomKeyStoreInvalidStateException; a FAILED one is
//! disconnected, keeping its ConnectionErrorCode for DescribeCustomKeyStores.

use super::prelude::*;
use crate::steps::key_stores::{self, cloudhsm};

op!(keystore "DisconnectCustomKeyStore", "Disconnects a custom key store; its keys become Unavailable.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Disconnects a custom key store. Its keys become Unavailable: they can still be described, tagged, aliased and scheduled for deletion, but not used until the store is connected again.",
    errors: &[],
    examples: &[Example {
        title: "A store that does not exist",
        command: r##"lkms disconnect-custom-key-store --custom-key-store-id cks-1234567890abcdef0"##,
        output: r##"aws: [ERROR]: An error occurred (CustomKeyStoreNotFoundException) when calling the DisconnectCustomKeyStore operation: Custom key store 'cks-1234567890abcdef0' does not exist in this Region."##,
    }],
};

/// Runs DisconnectCustomKeyStore, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: DisconnectCustomKeyStoreRequest,
) -> Result<DisconnectCustomKeyStoreResponse, Error> {
    let id = &req.custom_key_store_id;
    key_stores::find(svc, id)?;
    authorise::account(svc, &Ask::new("kms:DisconnectCustomKeyStore"))?;
    let store = key_stores::update_one(svc, id, |s| {
        if matches!(
            s.connection_state,
            ConnectionStateType::DISCONNECTED | ConnectionStateType::DISCONNECTING
        ) {
            return Err(kms(
                ErrorCode::CustomKeyStoreInvalidStateException,
                format!(
                    "Custom key store {id} is {}: there is no connection to end.",
                    s.connection_state.as_str()
                ),
            ));
        }
        s.connection_state = ConnectionStateType::DISCONNECTED;
        Ok(s.clone())
    })?;
    cloudhsm::disconnect(svc, &store);
    Ok(DisconnectCustomKeyStoreResponse {})
}

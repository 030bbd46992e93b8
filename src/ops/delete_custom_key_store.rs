//! DeleteCustomKeyStore: deletes a custom key store that is DISCONNECTED and holds no KMS keys
//! (keys pending deletion count until their waiting period ends). The token, its objects and
//! the XKS proxy are left as they are, as in AWS.

use super::prelude::*;
use crate::steps::key_stores::{self, rules};

op!(keystore "DeleteCustomKeyStore", "Deletes a disconnected custom key store that holds no keys.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Deletes a custom key store that is disconnected and holds no keys. The token's or proxy's keys are not touched.",
    errors: &[],
    examples: &[Example {
        title: "A store that does not exist",
        command: r##"lkms delete-custom-key-store --custom-key-store-id cks-1234567890abcdef0"##,
        output: r##"aws: [ERROR]: An error occurred (CustomKeyStoreNotFoundException) when calling the DeleteCustomKeyStore operation: Custom key store 'cks-1234567890abcdef0' does not exist in this Region."##,
    }],
};

/// Runs DeleteCustomKeyStore, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: DeleteCustomKeyStoreRequest,
) -> Result<DeleteCustomKeyStoreResponse, Error> {
    let id = &req.custom_key_store_id;
    key_stores::find(svc, id)?;
    authorise::account(svc, &Ask::new("kms:DeleteCustomKeyStore"))?;
    let has_keys = !key_stores::keys_in(svc, id)?.is_empty();
    key_stores::update(svc, |stores| {
        let store = stores.get(id).ok_or_else(|| key_stores::not_found(id))?;
        if store.connection_state != ConnectionStateType::DISCONNECTED {
            return Err(rules::must_be_disconnected(
                id,
                store.connection_state,
                "it can be deleted",
            ));
        }
        if has_keys {
            return Err(kms(
                ErrorCode::CustomKeyStoreHasCMKsException,
                format!(
                    "Custom key store {id} contains KMS keys. Schedule their deletion \
                     (ScheduleKeyDeletion) and delete the key store when their waiting periods \
                     have ended."
                ),
            ));
        }
        stores.remove(id);
        Ok(())
    })?;
    Ok(DeleteCustomKeyStoreResponse {})
}

//! CreateKey in a custom key store: AWS's rules for the parameters, the store's type and state,
//! and making the key's backing key — an object in the token, or a check of the external key
//! and the lkms-held material of the inner layer.

use super::super::{Service, material};
use super::{cloudhsm, external};
use crate::crypto::random;
use crate::crypto::secret::Key256;
use crate::error::{Error, ErrorCode, kms};
use crate::model::{CustomKeyStoreType, KeySpec, KeyUsageType, OriginType};
use crate::steps::validate::invalid;
use crate::store::{CustomKeyStoreRecord, KeyRecord};

/// Checks the custom-key-store parameters of CreateKey against its origin, key spec and usage.
pub fn check_params(
    origin: OriginType,
    store_id: Option<&str>,
    xks_key_id: Option<&str>,
    spec: KeySpec,
    usage: Option<KeyUsageType>,
) -> Result<(), Error> {
    let custom = matches!(
        origin,
        OriginType::AWS_CLOUDHSM | OriginType::EXTERNAL_KEY_STORE
    );
    if !custom {
        if store_id.is_some() {
            return Err(invalid(
                "The CustomKeyStoreId parameter is valid only when the Origin is AWS_CLOUDHSM \
                 or EXTERNAL_KEY_STORE.",
            ));
        }
        if xks_key_id.is_some() {
            return Err(invalid(
                "The XksKeyId parameter is valid only when the Origin is EXTERNAL_KEY_STORE.",
            ));
        }
        return Ok(());
    }
    let o = origin.as_str();
    if store_id.is_none() {
        return Err(invalid(format!(
            "You must specify a CustomKeyStoreId when the Origin is {o}."
        )));
    }
    match (origin, xks_key_id) {
        (OriginType::EXTERNAL_KEY_STORE, None) => {
            return Err(invalid(
                "You must specify an XksKeyId when the Origin is EXTERNAL_KEY_STORE.",
            ));
        }
        (OriginType::AWS_CLOUDHSM, Some(_)) => {
            return Err(invalid(
                "The XksKeyId parameter is valid only when the Origin is EXTERNAL_KEY_STORE.",
            ));
        }
        _ => {}
    }
    if spec != KeySpec::SYMMETRIC_DEFAULT
        || usage.is_some_and(|u| u != KeyUsageType::ENCRYPT_DECRYPT)
    {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "Origin {o} supports only symmetric encryption keys: KeySpec SYMMETRIC_DEFAULT \
                 with KeyUsage ENCRYPT_DECRYPT."
            ),
        ));
    }
    Ok(())
}

/// The store a new key of `origin` goes into: it exists, is of the kind the origin names, and
/// is CONNECTED.
pub fn store_for(
    svc: &Service,
    origin: OriginType,
    id: &str,
) -> Result<CustomKeyStoreRecord, Error> {
    let store = super::find(svc, id)?;
    let wanted = match origin {
        OriginType::AWS_CLOUDHSM => CustomKeyStoreType::AWS_CLOUDHSM,
        _ => CustomKeyStoreType::EXTERNAL_KEY_STORE,
    };
    if store.custom_key_store_type != wanted {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            format!(
                "Custom key store {id} is of type {}, which does not hold keys with Origin {}.",
                store.custom_key_store_type.as_str(),
                origin.as_str()
            ),
        ));
    }
    super::require_connected(&store)?;
    Ok(store)
}

/// Gives the new key `rec` its backing key in `store`: an AES-256 object in the token, or, for
/// an external key store, the checked external key and the lkms-held material of the inner
/// layer. Call it last before the record is written.
pub fn back(
    svc: &Service,
    store: &CustomKeyStoreRecord,
    rec: &mut KeyRecord,
    xks_key_id: Option<&str>,
) -> Result<(), Error> {
    rec.custom_key_store_id = Some(store.custom_key_store_id.clone());
    match xks_key_id {
        None => cloudhsm::create_key(svc, store, &rec.key_id),
        Some(xks_key_id) => {
            let arn = svc.key_arn(&rec.key_id);
            let holder = super::keys_in(svc, &store.custom_key_store_id)?
                .into_iter()
                .find(|k| k.xks_key_id.as_deref() == Some(xks_key_id));
            if let Some(other) = holder {
                return Err(kms(
                    ErrorCode::XksKeyAlreadyInUseException,
                    format!(
                        "The external key {xks_key_id} is already associated with KMS key {} in \
                         custom key store {}.",
                        svc.key_arn(&other.key_id),
                        store.custom_key_store_id
                    ),
                ));
            }
            external::check_key(svc, store, xks_key_id, &arn)?;
            rec.xks_key_id = Some(xks_key_id.to_string());
            let material_id = random::hex_id();
            let inner = Key256::generate();
            rec.materials.push(material::seal(
                svc,
                &rec.key_id,
                &material_id,
                inner.expose(),
                rec.creation_date,
            ));
            rec.current_material_id = Some(material_id);
            Ok(())
        }
    }
}

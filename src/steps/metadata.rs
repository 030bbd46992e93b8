//! KeyMetadata: what DescribeKey and CreateKey say about a key.

use super::{Service, import, key_stores, keyspec, multi_region};
use crate::error::Error;
use crate::model::*;
use crate::store::KeyRecord;

/// The KeyMetadata AWS returns for `rec`. A key in a custom key store names the store (and its
/// cluster or external key) and shows the state its store's connection gives it; a multi-Region
/// key names its primary and replicas (read from their Regions).
pub fn of(svc: &Service, rec: &KeyRecord) -> Result<KeyMetadata, Error> {
    let ts = |ms: i64| Timestamp::from_epoch_millis(ms);
    let pending = rec.key_state == KeyState::PendingDeletion;
    // A primary waiting for its replicas has a waiting period but no date yet.
    let waiting = pending || rec.key_state == KeyState::PendingReplicaDeletion;
    let related = multi_region::related(svc, rec)?;
    let state = key_stores::effective_state(svc, rec).unwrap_or(KeyState::Unavailable);
    let store = rec
        .custom_key_store_id
        .as_ref()
        .and_then(|id| key_stores::all(svc).ok()?.remove(id));
    let (valid_to, expiration_model) = import::terms(rec);
    let algorithms = keyspec::algorithms(rec.key_spec, rec.key_usage);
    Ok(KeyMetadata {
        aws_account_id: Some(svc.account_id().to_string()),
        key_id: rec.key_id.clone(),
        arn: Some(svc.key_arn(&rec.key_id)),
        creation_date: Some(ts(rec.creation_date).unwrap_or_else(|| svc.clock().now())),
        enabled: Some(state == KeyState::Enabled),
        description: Some(rec.description.clone()),
        key_usage: Some(rec.key_usage),
        key_state: Some(state),
        deletion_date: rec.deletion_date.filter(|_| pending).and_then(ts),
        valid_to,
        origin: Some(rec.origin),
        custom_key_store_id: rec.custom_key_store_id.clone(),
        cloud_hsm_cluster_id: store.and_then(|s| s.cloud_hsm).map(|c| c.cluster_id),
        expiration_model,
        key_manager: Some(rec.key_manager),
        customer_master_key_spec: CustomerMasterKeySpec::parse(rec.key_spec.as_str()),
        key_spec: Some(rec.key_spec),
        encryption_algorithms: algorithms.encryption,
        signing_algorithms: algorithms.signing,
        key_agreement_algorithms: algorithms.key_agreement,
        encapsulation_algorithms: algorithms.encapsulation,
        mac_algorithms: keyspec::mac_algorithm(rec.key_spec).map(|a| vec![a]),
        multi_region: Some(related.is_some()),
        multi_region_configuration: related
            .as_ref()
            .map(|r| multi_region::configuration(svc, r, &rec.key_id)),
        pending_deletion_window_in_days: rec
            .pending_window_in_days
            .filter(|_| waiting)
            .map(i64::from),
        xks_key_configuration: rec.xks_key_id.as_ref().map(|id| XksKeyConfigurationType {
            id: Some(id.clone()),
        }),
        // Custom key stores keep their key material outside lkms (or, for an external key
        // store, an inner layer that is not the key's material), and AWS names material only
        // for symmetric encryption keys of origin AWS_KMS or EXTERNAL.
        current_key_material_id: rec
            .current_material_id
            .clone()
            .and_then(|id| shown_material_id(rec, id))
            // A replica being created shows no current material yet, as AWS's does not.
            .filter(|_| rec.key_state != KeyState::Creating),
    })
}

/// A key material ID as responses show it: AWS names material only for symmetric encryption keys
/// (AWS_KMS or EXTERNAL origin), never for HMAC or asymmetric keys, imported or not, nor for keys
/// in custom key stores (whose material lkms does not hold).
pub fn shown_material_id(rec: &KeyRecord, id: String) -> Option<String> {
    (!id.is_empty()
        && rec.custom_key_store_id.is_none()
        && rec.key_spec == KeySpec::SYMMETRIC_DEFAULT
        && matches!(rec.origin, OriginType::AWS_KMS | OriginType::EXTERNAL))
    .then_some(id)
}

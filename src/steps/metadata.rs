//! KeyMetadata: what DescribeKey and CreateKey say about a key.

use super::{Service, import, keyspec};
use crate::model::*;
use crate::store::KeyRecord;

/// The KeyMetadata AWS returns for `rec`.
pub fn of(svc: &Service, rec: &KeyRecord) -> KeyMetadata {
    let ts = |ms: i64| Timestamp::from_epoch_millis(ms);
    let pending = rec.key_state == KeyState::PendingDeletion;
    let (valid_to, expiration_model) = import::terms(rec);
    KeyMetadata {
        aws_account_id: svc.account_id().to_string(),
        key_id: rec.key_id.clone(),
        arn: svc.key_arn(&rec.key_id),
        creation_date: ts(rec.creation_date).unwrap_or_else(|| svc.clock().now()),
        enabled: rec.key_state == KeyState::Enabled,
        description: rec.description.clone(),
        key_usage: rec.key_usage,
        key_state: rec.key_state,
        deletion_date: rec.deletion_date.filter(|_| pending).and_then(ts),
        valid_to,
        origin: rec.origin,
        expiration_model,
        key_manager: KeyManagerType::CUSTOMER,
        customer_master_key_spec: rec.key_spec,
        key_spec: rec.key_spec,
        encryption_algorithms: (rec.key_usage == KeyUsageType::ENCRYPT_DECRYPT)
            .then(|| keyspec::encryption_algorithms(rec.key_spec).to_vec()),
        signing_algorithms: (rec.key_usage == KeyUsageType::SIGN_VERIFY)
            .then(|| keyspec::signing_algorithms(rec.key_spec).to_vec()),
        key_agreement_algorithms: (rec.key_usage == KeyUsageType::KEY_AGREEMENT)
            .then(|| keyspec::key_agreement_algorithms(rec.key_spec).to_vec()),
        encapsulation_algorithms: (rec.key_usage == KeyUsageType::ENCAPSULATE_DECAPSULATE)
            .then(|| vec![EncapsulationAlgorithmSpec::ML_KEM]),
        mac_algorithms: keyspec::mac_algorithm(rec.key_spec).map(|a| vec![a]),
        multi_region: false,
        pending_deletion_window_in_days: rec.pending_window_in_days.filter(|_| pending),
        current_key_material_id: rec.current_material_id.clone(),
    }
}

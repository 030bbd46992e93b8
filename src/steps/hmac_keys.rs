//! HMAC keys, shared by GenerateMac and VerifyMac: the key must be usable and its spec must
//! match the MAC algorithm.

use super::{Service, key_state, keyspec};
use crate::error::{Error, ErrorCode, kms};
use crate::model::{KeyUsageType, MacAlgorithmSpec};
use crate::store::KeyRecord;

/// Checks that `rec` may compute `alg` MACs for `op`: its state, usage and spec.
pub fn check(svc: &Service, op: &str, rec: &KeyRecord, alg: MacAlgorithmSpec) -> Result<(), Error> {
    key_state::require(svc, key_state::Use::Cryptographic, rec)?;
    if rec.key_usage != KeyUsageType::GENERATE_VERIFY_MAC {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "{} key usage is {} which is not valid for {op}.",
                svc.key_arn(&rec.key_id),
                rec.key_usage.as_str()
            ),
        ));
    }
    if keyspec::mac_algorithm(rec.key_spec) != Some(alg) {
        return Err(kms(
            ErrorCode::InvalidKeyUsageException,
            format!(
                "Algorithm {} is incompatible with key spec {}.",
                alg.as_str(),
                rec.key_spec.as_str()
            ),
        ));
    }
    Ok(())
}

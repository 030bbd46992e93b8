//! HMAC keys: GenerateMac and VerifyMac.

use super::keyspec;
use super::state::{self, Op};
use super::validate::Validator;
use super::{Aliases, Service};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::KeyRecord;
use hmac::{Hmac, KeyInit, Mac};
use zeroize::Zeroizing;

fn compute(alg: MacAlgorithmSpec, key: &[u8], message: &[u8]) -> Vec<u8> {
    macro_rules! hmac_with {
        ($digest:ty) => {
            match <Hmac<$digest> as KeyInit>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(message);
                    mac.finalize().into_bytes().to_vec()
                }
                // HMAC takes keys of any length; this arm is never taken.
                Err(_) => Vec::new(),
            }
        };
    }
    match alg {
        MacAlgorithmSpec::HMAC_SHA_224 => hmac_with!(sha2::Sha224),
        MacAlgorithmSpec::HMAC_SHA_256 => hmac_with!(sha2::Sha256),
        MacAlgorithmSpec::HMAC_SHA_384 => hmac_with!(sha2::Sha384),
        MacAlgorithmSpec::HMAC_SHA_512 => hmac_with!(sha2::Sha512),
    }
}

/// Constant-time comparison of two byte strings.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Service {
    /// Resolves an HMAC key for `op` and computes the MAC of `message`.
    fn mac_of(
        &self,
        op: &str,
        key_id: &str,
        alg: &str,
        message: &[u8],
        tokens: Option<&[String]>,
        dry_run: Option<bool>,
    ) -> Result<(KeyRecord, MacAlgorithmSpec, Vec<u8>), Error> {
        let mut v = Validator::new();
        v.length("message", None, message.len(), 1, 4096);
        v.str_len("keyId", key_id, 1, 2048);
        v.one_of("macAlgorithm", alg, MacAlgorithmSpec::ALL);
        if let Some(t) = tokens {
            v.length("grantTokens", None, t.len(), 0, 10);
        }
        v.finish()?;
        let alg = MacAlgorithmSpec::parse(alg).unwrap_or(MacAlgorithmSpec::HMAC_SHA_256);
        let rec = self.resolve(key_id, Aliases::Refused)?;
        let arn = self.key_arn(&rec.key_id);
        state::check(Op::Cryptographic, rec.key_state, &arn)?;
        if rec.key_usage != KeyUsageType::GENERATE_VERIFY_MAC {
            return Err(kms(
                ErrorCode::InvalidKeyUsageException,
                format!(
                    "{arn} key usage is {} which is not valid for {op}.",
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
        if dry_run == Some(true) {
            return Err(kms(
                ErrorCode::DryRunOperationException,
                "The request would have succeeded, but the DryRun option is set.",
            ));
        }
        let material_id = rec.current_material_id.clone().unwrap_or_default();
        let material = rec.material(&material_id).ok_or_else(|| {
            kms(
                ErrorCode::KMSInternalException,
                "The key has no current key material.",
            )
        })?;
        let key: Zeroizing<Vec<u8>> =
            self.store
                .open_material(&self.region, &rec.key_id, material)?;
        let mac = compute(alg, &key, message);
        Ok((rec, alg, mac))
    }

    /// GenerateMac.
    pub fn generate_mac(&self, req: GenerateMacRequest) -> Result<GenerateMacResponse, Error> {
        let (rec, alg, mac) = self.mac_of(
            "GenerateMac",
            &req.key_id,
            &req.mac_algorithm,
            &req.message.0,
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        Ok(GenerateMacResponse {
            mac: Blob(mac),
            mac_algorithm: alg,
            key_id: self.key_arn(&rec.key_id),
        })
    }

    /// VerifyMac: `KMSInvalidMacException` (with no message) when the MAC does not match.
    pub fn verify_mac(&self, req: VerifyMacRequest) -> Result<VerifyMacResponse, Error> {
        let mut v = Validator::new();
        v.length("mac", None, req.mac.0.len(), 1, 6144);
        v.finish()?;
        let (rec, alg, mac) = self.mac_of(
            "VerifyMac",
            &req.key_id,
            &req.mac_algorithm,
            &req.message.0,
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        if !same(&mac, &req.mac.0) {
            return Err(kms(ErrorCode::KMSInvalidMacException, ""));
        }
        Ok(VerifyMacResponse {
            key_id: self.key_arn(&rec.key_id),
            mac_valid: true,
            mac_algorithm: alg,
        })
    }
}

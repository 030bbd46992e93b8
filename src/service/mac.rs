//! HMAC keys: GenerateMac and VerifyMac.

use super::keyspec;
use super::state::{self, Op};
use super::validate::Validator;
use super::{Aliases, Service};
use crate::crypto::mac;
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::KeyRecord;
use zeroize::Zeroizing;

impl Service {
    /// Resolves an HMAC key for `op` and unseals its current key material.
    fn mac_key(
        &self,
        op: &str,
        key_id: &str,
        alg: &str,
        message_len: usize,
        tokens: Option<&[String]>,
        dry_run: Option<bool>,
    ) -> Result<(KeyRecord, MacAlgorithmSpec, Zeroizing<Vec<u8>>), Error> {
        let mut v = Validator::new();
        v.length("message", None, message_len, 1, 4096);
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
        let (key, _) = self.current_material(&rec)?;
        Ok((rec, alg, key))
    }

    /// GenerateMac.
    pub fn generate_mac(&self, req: GenerateMacRequest) -> Result<GenerateMacResponse, Error> {
        let (rec, alg, key) = self.mac_key(
            "GenerateMac",
            &req.key_id,
            &req.mac_algorithm,
            req.message.0.len(),
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        Ok(GenerateMacResponse {
            mac: Blob(mac::compute(alg, &key, &req.message.0)),
            mac_algorithm: alg,
            key_id: self.key_arn(&rec.key_id),
        })
    }

    /// VerifyMac: `KMSInvalidMacException` (with no message) when the MAC does not match.
    pub fn verify_mac(&self, req: VerifyMacRequest) -> Result<VerifyMacResponse, Error> {
        let mut v = Validator::new();
        v.length("mac", None, req.mac.0.len(), 1, 6144);
        v.finish()?;
        let (rec, alg, key) = self.mac_key(
            "VerifyMac",
            &req.key_id,
            &req.mac_algorithm,
            req.message.0.len(),
            req.grant_tokens.as_deref(),
            req.dry_run,
        )?;
        if !mac::verify(alg, &key, &req.message.0, &req.mac.0) {
            return Err(kms(ErrorCode::KMSInvalidMacException, ""));
        }
        Ok(VerifyMacResponse {
            key_id: self.key_arn(&rec.key_id),
            mac_valid: true,
            mac_algorithm: alg,
        })
    }
}

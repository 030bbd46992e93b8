//! Key lifecycle: CreateKey, DescribeKey, ListKeys, EnableKey, DisableKey,
//! UpdateKeyDescription, ScheduleKeyDeletion, CancelKeyDeletion.

use super::keyspec::{self, new_material};
use super::state::{self, Op};
use super::validate::{Validator, invalid};
use super::{Aliases, Service, paging, policy, tags};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::KeyRecord;

const UNSUPPORTED: ErrorCode = ErrorCode::UnsupportedOperationException;

impl Service {
    /// CreateKey.
    pub fn create_key(&self, req: CreateKeyRequest) -> Result<KeyMetadataResponse, Error> {
        let mut v = Validator::new();
        if let Some(d) = &req.description {
            v.str_len("description", d, 0, 8192);
        }
        if let Some(p) = &req.policy {
            policy::constrain(&mut v, p);
        }
        if let Some(u) = &req.key_usage {
            v.one_of("keyUsage", u, KeyUsageType::ALL);
        }
        if let Some(s) = &req.key_spec {
            v.one_of("keySpec", s, KeySpec::ALL);
        }
        if let Some(s) = &req.customer_master_key_spec {
            v.one_of("customerMasterKeySpec", s, KeySpec::ALL);
        }
        if let Some(o) = &req.origin {
            v.one_of("origin", o, OriginType::ALL);
        }
        v.finish()?;

        if req.key_spec.is_some() && req.customer_master_key_spec.is_some() {
            return Err(invalid(
                "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. \
                 CustomerMasterKeySpec is deprecated.",
            ));
        }
        let spec = req
            .key_spec
            .as_deref()
            .or(req.customer_master_key_spec.as_deref())
            .and_then(KeySpec::parse)
            .unwrap_or(KeySpec::SYMMETRIC_DEFAULT);
        let origin = req
            .origin
            .as_deref()
            .and_then(OriginType::parse)
            .unwrap_or(OriginType::AWS_KMS);
        let usage = req.key_usage.as_deref().and_then(KeyUsageType::parse);

        if req.multi_region == Some(true) {
            return Err(kms(
                UNSUPPORTED,
                "lkms does not support multi-Region keys yet.",
            ));
        }
        if req.custom_key_store_id.is_some()
            || req.xks_key_id.is_some()
            || matches!(
                origin,
                OriginType::AWS_CLOUDHSM | OriginType::EXTERNAL_KEY_STORE
            )
        {
            return Err(kms(
                UNSUPPORTED,
                "lkms does not support custom key stores yet.",
            ));
        }
        if spec != KeySpec::SYMMETRIC_DEFAULT && usage.is_none() {
            return Err(invalid(
                "You must specify a KeyUsage value for all KMS keys except for symmetric \
                 encryption keys.",
            ));
        }
        if origin == OriginType::EXTERNAL && !keyspec::importable(spec) {
            return Err(kms(
                UNSUPPORTED,
                format!(
                    "KeySpec {} is not supported with Origin EXTERNAL: key material can be \
                     imported only for SYMMETRIC_DEFAULT, HMAC, RSA, ECC_NIST, ECC_SECG_P256K1 and \
                     SM2 keys.",
                    spec.as_str()
                ),
            ));
        }
        if !keyspec::supported(spec) {
            return Err(kms(
                UNSUPPORTED,
                format!("lkms does not support KeySpec {} yet.", spec.as_str()),
            ));
        }
        let usage = usage.unwrap_or(KeyUsageType::ENCRYPT_DECRYPT);
        if !keyspec::usages(spec).contains(&usage) {
            return Err(invalid(format!(
                "KeyUsage {} is not compatible with KeySpec {}",
                usage.as_str(),
                spec.as_str()
            )));
        }
        let tag_list = req.tags.unwrap_or_default();
        tags::check(&tag_list)?;
        let policy_text = match req.policy {
            Some(p) => {
                policy::check_document(&p)?;
                p
            }
            None => policy::default_policy(self.store.account_id()),
        };

        let now = self.clock.now().epoch_millis();
        let key_id = random::uuid_v4();
        let mut rec = KeyRecord {
            key_id: key_id.clone(),
            creation_date: now,
            description: req.description.unwrap_or_default(),
            key_usage: usage,
            key_spec: spec,
            origin,
            key_state: KeyState::Enabled,
            deletion_date: None,
            pending_window_in_days: None,
            policy: policy_text,
            tags: tag_list,
            materials: Vec::new(),
            current_material_id: None,
            rotation: None,
            on_demand_rotations: 0,
        };
        if origin == OriginType::EXTERNAL {
            rec.key_state = KeyState::PendingImport;
        } else {
            let material_id = random::hex_id();
            let material = new_material(spec);
            rec.materials.push(self.store.seal_material(
                &self.region,
                &key_id,
                &material_id,
                &material,
                now,
            ));
            rec.current_material_id = Some(material_id);
        }
        {
            let _lock = self.store.lock()?;
            self.store.write_key(&self.region, &rec)?;
        }
        Ok(KeyMetadataResponse {
            key_metadata: self.metadata(&rec),
        })
    }

    /// The KeyMetadata AWS returns for `rec`.
    pub(super) fn metadata(&self, rec: &KeyRecord) -> KeyMetadata {
        let ts = |ms: i64| Timestamp::from_epoch_millis(ms);
        let pending = rec.key_state == KeyState::PendingDeletion;
        let (valid_to, expiration_model) = self.import_terms(rec);
        KeyMetadata {
            aws_account_id: self.store.account_id().to_string(),
            key_id: rec.key_id.clone(),
            arn: self.key_arn(&rec.key_id),
            creation_date: ts(rec.creation_date).unwrap_or_else(|| self.clock.now()),
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
            encapsulation_algorithms: (rec.key_usage == KeyUsageType::KEY_ENCAPSULATION)
                .then(|| vec![EncapsulationAlgorithmSpec::ML_KEM]),
            mac_algorithms: keyspec::mac_algorithm(rec.key_spec).map(|a| vec![a]),
            multi_region: false,
            pending_deletion_window_in_days: rec.pending_window_in_days.filter(|_| pending),
            current_key_material_id: rec.current_material_id.clone(),
        }
    }

    /// DescribeKey.
    pub fn describe_key(&self, req: KeyIdRequest) -> Result<KeyMetadataResponse, Error> {
        check_key_id(&req.key_id, req.grant_tokens.as_deref())?;
        let rec = self.resolve(&req.key_id, Aliases::Accepted)?;
        Ok(KeyMetadataResponse {
            key_metadata: self.metadata(&rec),
        })
    }

    /// ListKeys: one page, keys ordered by key ID.
    pub fn list_keys(&self, req: ListKeysRequest) -> Result<ListKeysResponse, Error> {
        let mut v = Validator::new();
        paging::check(&mut v, req.limit, req.marker.as_deref());
        for (i, owner) in req.resource_owners.iter().flatten().enumerate() {
            v.one_of(
                &format!("resourceOwners.{}.member", i + 1),
                owner,
                &["SELF", "OTHER_ACCOUNTS_VIA_RAM"],
            );
        }
        v.finish()?;
        // Every key in a keystore belongs to its own account; none is shared through RAM.
        let own = req
            .resource_owners
            .as_ref()
            .is_none_or(|o| o.iter().any(|x| x == "SELF"));
        let none = Vec::new();
        let ids = if own { self.live_key_ids()? } else { &none };
        let page = paging::page(
            ids.as_slice(),
            String::clone,
            req.limit,
            req.marker.as_deref(),
            100,
            1000,
        )?;
        Ok(ListKeysResponse {
            keys: page
                .items
                .into_iter()
                .map(|id| KeyListEntry {
                    key_arn: self.key_arn(&id),
                    key_id: id,
                })
                .collect(),
            next_marker: page.next_marker,
            truncated: page.truncated,
        })
    }

    /// The region's key IDs without keys whose deletion is due (those are deleted now).
    fn live_key_ids(&self) -> Result<&Vec<String>, Error> {
        if let Some(ids) = self.key_ids.get() {
            return Ok(ids);
        }
        let due = self.purge_due()?;
        let mut ids = self.store.list_key_ids(&self.region)?;
        ids.retain(|id| due.binary_search(id).is_err());
        Ok(self.key_ids.get_or_init(|| ids))
    }

    /// Completes every deletion whose date has passed; returns the deleted key IDs, sorted.
    pub(super) fn purge_due(&self) -> Result<Vec<String>, Error> {
        let now = self.clock.now().epoch_millis();
        let due: Vec<String> = self
            .store
            .load_deletions(&self.region)?
            .into_iter()
            .filter(|(_, when)| *when <= now)
            .map(|(id, _)| id)
            .collect();
        for id in &due {
            self.purge(id)?;
        }
        Ok(due)
    }

    /// EnableKey.
    pub fn enable_key(&self, req: KeyIdRequest) -> Result<(), Error> {
        self.set_enabled(&req.key_id, true)
    }

    /// DisableKey.
    pub fn disable_key(&self, req: KeyIdRequest) -> Result<(), Error> {
        self.set_enabled(&req.key_id, false)
    }

    fn set_enabled(&self, key_id: &str, enable: bool) -> Result<(), Error> {
        check_key_id(key_id, None)?;
        let rec = self.resolve(key_id, Aliases::Refused)?;
        state::check(Op::EnableDisable, rec.key_state, &self.key_arn(&rec.key_id))?;
        let target = if enable {
            KeyState::Enabled
        } else {
            KeyState::Disabled
        };
        if rec.key_state == target {
            return Ok(());
        }
        self.update(&rec.key_id, |r| {
            state::check(Op::EnableDisable, r.key_state, &self.key_arn(&r.key_id))?;
            r.key_state = target;
            Ok(())
        })
    }

    /// UpdateKeyDescription.
    pub fn update_key_description(&self, req: UpdateKeyDescriptionRequest) -> Result<(), Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        v.str_len("description", &req.description, 0, 8192);
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.update(&rec.key_id, |r| {
            state::check(
                Op::UpdateKeyDescription,
                r.key_state,
                &self.key_arn(&r.key_id),
            )?;
            r.description = req.description;
            Ok(())
        })
    }

    /// ScheduleKeyDeletion: the key is deleted at the first UTC midnight at least
    /// `PendingWindowInDays` (7–30, default 30) days from now.
    pub fn schedule_key_deletion(
        &self,
        req: ScheduleKeyDeletionRequest,
    ) -> Result<ScheduleKeyDeletionResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        if let Some(d) = req.pending_window_in_days {
            v.range("pendingWindowInDays", d, 7, 30);
        }
        v.finish()?;
        let days = req.pending_window_in_days.unwrap_or(30) as u32;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        let now = self.clock.now().epoch_millis();
        const DAY: i64 = 86_400_000;
        let earliest = now + days as i64 * DAY;
        let deletion = (earliest + DAY - 1).div_euclid(DAY) * DAY;
        let key_id = rec.key_id.clone();
        let _lock = self.store.lock()?;
        let mut r = self.load_locked(&key_id)?;
        state::check(Op::ScheduleKeyDeletion, r.key_state, &self.key_arn(&key_id))?;
        r.key_state = KeyState::PendingDeletion;
        r.deletion_date = Some(deletion);
        r.pending_window_in_days = Some(days);
        let mut deletions = self.store.load_deletions(&self.region)?;
        deletions.insert(key_id.clone(), deletion);
        self.store.write_key(&self.region, &r)?;
        self.store.write_deletions(&self.region, &deletions)?;
        Ok(ScheduleKeyDeletionResponse {
            key_id: self.key_arn(&key_id),
            deletion_date: Timestamp::from_epoch_millis(deletion)
                .unwrap_or_else(|| self.clock.now()),
            key_state: KeyState::PendingDeletion,
            pending_window_in_days: days,
        })
    }

    /// CancelKeyDeletion: the key becomes Disabled (PendingImport if it lacks material).
    pub fn cancel_key_deletion(
        &self,
        req: KeyIdRequest,
    ) -> Result<CancelKeyDeletionResponse, Error> {
        check_key_id(&req.key_id, None)?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        let key_id = rec.key_id.clone();
        let _lock = self.store.lock()?;
        let mut r = self.load_locked(&key_id)?;
        state::check(Op::CancelKeyDeletion, r.key_state, &self.key_arn(&key_id))?;
        r.key_state = if r.lacks_material() {
            KeyState::PendingImport
        } else {
            KeyState::Disabled
        };
        r.deletion_date = None;
        r.pending_window_in_days = None;
        let mut deletions = self.store.load_deletions(&self.region)?;
        deletions.remove(&key_id);
        self.store.write_key(&self.region, &r)?;
        self.store.write_deletions(&self.region, &deletions)?;
        Ok(CancelKeyDeletionResponse {
            key_id: self.key_arn(&key_id),
        })
    }
}

/// The model's constraints on `KeyId` and `GrantTokens`.
pub(super) fn check_key_id(key_id: &str, grant_tokens: Option<&[String]>) -> Result<(), Error> {
    let mut v = Validator::new();
    v.str_len("keyId", key_id, 1, 2048);
    if let Some(tokens) = grant_tokens {
        v.length("grantTokens", None, tokens.len(), 0, 10);
        for (i, t) in tokens.iter().enumerate() {
            v.str_len(&format!("grantTokens.{}.member", i + 1), t, 1, 8192);
        }
    }
    v.finish()
}

//! The core: one method per KMS operation. It never prints, parses argv or builds paths;
//! the CLI (and later the HTTP server) call it with request types from [`crate::model`].

mod aliases;
mod asymmetric;
pub mod caller;
mod data;
pub mod dispatch;
mod import;
mod key_policies;
pub mod keyid;
pub mod keyspec;
mod lifecycle;
mod mac;
pub mod paging;
pub mod policy;
mod rotation;
mod state;
mod tags;
pub mod validate;

use crate::clock::Clock;
use crate::error::{Error, ErrorCode, kms};
use crate::store::{KeyRecord, Keystore};
use caller::Caller;
use keyid::{KeyRef, KeyRefError};
use std::cell::OnceCell;
use std::sync::Arc;

pub use state::Op;

/// The KMS service for one region of one keystore, as one caller sees it.
#[derive(Debug)]
pub struct Service {
    store: Arc<Keystore>,
    region: String,
    clock: Clock,
    caller: Caller,
    /// The region's key IDs, listed once per process (list-keys pages re-use it).
    key_ids: OnceCell<Vec<String>>,
    /// The region's aliases, read once per process (list-aliases pages re-use them).
    aliases: OnceCell<Vec<crate::store::AliasRecord>>,
}

/// Whether an operation accepts alias names and alias ARNs as `KeyId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aliases {
    /// DescribeKey, Encrypt, Decrypt, GenerateDataKey*, ReEncrypt and the like.
    Accepted,
    /// Everything else: key ID or key ARN only.
    Refused,
}

impl Service {
    /// A service over `store` for `region`, telling time by `clock`, called by the account root.
    /// (The server shares one opened keystore between the services of its requests.)
    pub fn new(store: impl Into<Arc<Keystore>>, region: impl Into<String>, clock: Clock) -> Self {
        let store = store.into();
        let caller = Caller::root(store.account_id());
        Self {
            store,
            region: region.into(),
            clock,
            caller,
            key_ids: OnceCell::new(),
            aliases: OnceCell::new(),
        }
    }

    /// The same service called by another principal.
    pub fn with_caller(mut self, caller: Caller) -> Self {
        self.caller = caller;
        self
    }

    /// The calling principal.
    pub fn caller(&self) -> &Caller {
        &self.caller
    }

    /// The keystore underneath.
    pub fn keystore(&self) -> &Keystore {
        &self.store
    }

    /// The region this service answers for.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The ARN of a key in this region and account.
    pub fn key_arn(&self, key_id: &str) -> String {
        format!(
            "arn:aws:kms:{}:{}:key/{key_id}",
            self.region,
            self.store.account_id()
        )
    }

    /// The ARN of an alias (`alias/…`) in this region and account.
    pub fn alias_arn(&self, alias: &str) -> String {
        format!(
            "arn:aws:kms:{}:{}:{alias}",
            self.region,
            self.store.account_id()
        )
    }

    /// Loads a key, completing its deletion first if its waiting period is over, deleting
    /// imported material past its ValidTo, and making any automatic rotation that has fallen due.
    fn load(&self, key_id: &str) -> Result<Option<KeyRecord>, Error> {
        let Some(rec) = self.store.load_key(&self.region, key_id)? else {
            return Ok(None);
        };
        if self.deletion_due(&rec) {
            self.purge(key_id)?;
            return Ok(None);
        }
        if self.import_expired(&rec) {
            return self.expire_imports(key_id).map(Some);
        }
        if self.rotation_due(&rec) {
            return self.rotate_due(key_id).map(Some);
        }
        Ok(Some(rec))
    }

    fn deletion_due(&self, rec: &KeyRecord) -> bool {
        rec.key_state == crate::model::KeyState::PendingDeletion
            && rec
                .deletion_date
                .is_some_and(|d| d <= self.clock.now().epoch_millis())
    }

    /// Deletes a key whose waiting period is over (under the lock, re-checking first).
    fn purge(&self, key_id: &str) -> Result<(), Error> {
        let _lock = self.store.lock()?;
        if let Some(rec) = self.store.load_key(&self.region, key_id)? {
            if !self.deletion_due(&rec) {
                return Ok(());
            }
            self.store.delete_key(&self.region, key_id)?;
            // Aliases go with their key.
            for alias in self.store.list_aliases(&self.region)? {
                if alias.target_key_id == key_id {
                    self.store.delete_alias(&self.region, &alias.alias_name)?;
                }
            }
        }
        let mut deletions = self.store.load_deletions(&self.region)?;
        if deletions.remove(key_id).is_some() {
            self.store.write_deletions(&self.region, &deletions)?;
        }
        Ok(())
    }

    /// Resolves a `KeyId` parameter to an existing key, with AWS's errors for each failure.
    fn resolve(&self, input: &str, aliases: Aliases) -> Result<KeyRecord, Error> {
        let not_found = |m: String| kms(ErrorCode::NotFoundException, m);
        match keyid::parse(input, &self.region, self.store.account_id()) {
            Ok(KeyRef::Key(id)) => self
                .load(&id)?
                .ok_or_else(|| not_found(format!("Key '{}' does not exist", self.key_arn(&id)))),
            Ok(KeyRef::Alias(alias)) => match aliases {
                Aliases::Accepted => {
                    let missing =
                        || not_found(format!("Alias {} is not found.", self.alias_arn(&alias)));
                    let target = self
                        .store
                        .load_alias(&self.region, &alias)?
                        .ok_or_else(missing)?;
                    self.load(&target.target_key_id)?.ok_or_else(missing)
                }
                Aliases::Refused => Err(not_found(format!("Invalid keyId '{input}'"))),
            },
            Err(KeyRefError::InvalidKeyId) => Err(not_found(format!("Invalid keyId '{input}'"))),
            Err(KeyRefError::OtherRegion(r)) => Err(not_found(format!("Invalid arn {r}"))),
            Err(KeyRefError::OtherAccount) => {
                Err(not_found(format!("Key '{input}' does not exist")))
            }
            Err(KeyRefError::InvalidArn) => Err(kms(
                ErrorCode::InvalidArnException,
                format!("{input} is not a valid KMS key or alias ARN"),
            )),
        }
    }

    /// Unseals a key's current material; returns it with its material ID.
    fn current_material(
        &self,
        rec: &KeyRecord,
    ) -> Result<(zeroize::Zeroizing<Vec<u8>>, String), Error> {
        let missing = || {
            kms(
                ErrorCode::KMSInternalException,
                "The key has no current key material.",
            )
        };
        let material_id = rec.current_material_id.clone().ok_or_else(missing)?;
        let material = rec.material(&material_id).ok_or_else(missing)?;
        let bytes = self
            .store
            .open_material(&self.region, &rec.key_id, material)?;
        Ok((bytes, material_id))
    }

    /// Runs `f` on a freshly loaded key while holding the write lock, then stores the result.
    fn update<T>(
        &self,
        key_id: &str,
        f: impl FnOnce(&mut KeyRecord) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let _lock = self.store.lock()?;
        let mut rec = self.load_locked(key_id)?;
        let out = f(&mut rec)?;
        self.store.write_key(&self.region, &rec)?;
        Ok(out)
    }

    fn load_locked(&self, key_id: &str) -> Result<KeyRecord, Error> {
        let rec = self.store.load_key(&self.region, key_id)?;
        match rec {
            Some(r) if !self.deletion_due(&r) => Ok(r),
            _ => Err(kms(
                ErrorCode::NotFoundException,
                format!("Key '{}' does not exist", self.key_arn(key_id)),
            )),
        }
    }
}

//! The steps the operations share, each named for its concept: key resolution ([`keyref`]), the
//! key-state table ([`key_state`]), authorisation ([`authorise`]), the ciphertext envelope
//! ([`envelope`]), signing ([`signing`]), key material ([`material`]), housekeeping
//! ([`housekeeping`]), persistence ([`persist`]), custom key stores ([`key_stores`]) and the record
//! of each call ([`record`]).
//!
//! Steps never print, read argv or build paths, and tell time by the [`Clock`] they are given,
//! so tests move time. They call down into [`crate::store`] and [`crate::crypto`], never up.

pub mod aliases;
pub mod asymmetric;
pub mod audit;
pub mod authorise;
pub mod cache;
pub mod caller;
pub mod credentials;
pub mod data_keys;
pub mod envelope;
pub mod grants;
pub mod hmac_keys;
pub mod housekeeping;
pub mod identity_policies;
pub mod import;
pub mod inline;
pub mod key_state;
pub mod key_stores;
pub mod keyref;
pub mod keyspec;
pub mod managed;
mod managed_services;
pub mod material;
pub mod metadata;
pub mod multi_region;
pub mod paging;
pub mod persist;
pub mod policy;
pub mod policy_cache;
pub mod record;
pub mod record_queue;
pub mod replication;
pub mod request;
pub mod rotation;
pub mod seed;
pub mod seed_apply;
pub mod seed_fields;
pub mod signing;
pub mod tags;
pub mod validate;
pub mod wipe;

use crate::clock::Clock;
use crate::error::Error;
use crate::store::index::Index;
use crate::store::rootkey::RootKeyConfig;
use crate::store::{AliasRecord, KeyRecord, Keystore};
use caller::Caller;
use record::{Origin, Scope};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The KMS service for one region of one keystore, as one caller sees it: the context every
/// operation and step works in.
#[derive(Debug)]
pub struct Service {
    store: Arc<Keystore>,
    region: String,
    clock: Clock,
    caller: Caller,
    /// The region's index, read once per call (the command line's pages re-use it).
    index: Mutex<Option<Arc<Index>>>,
    /// Where calls come from (the face says).
    origin: Origin,
    /// What the steps note about the call in progress (see [`record`]).
    scope: Mutex<Scope>,
    /// Documents and material kept between requests (`lkms serve` only).
    cache: Option<Arc<cache::Cache>>,
    /// The thread that writes the records of calls together (`lkms serve` only).
    records: Option<Arc<record_queue::RecordQueue>>,
}

/// What a face says when it opens the service.
#[derive(Debug, Clone)]
pub struct ServiceConfig {
    /// The keystore directory (created on first use).
    pub dir: PathBuf,
    /// The region requests are answered for.
    pub region: String,
    /// The clock.
    pub clock: Clock,
    /// The caller; `None` for the keystore's account root.
    pub caller: Option<String>,
}

impl Service {
    /// Opens the keystore named by `cfg` (its root key from `LKMS_ROOT_KEY`, the OS keyring or
    /// the root-key file) and serves `cfg.region` to `cfg.caller`.
    pub fn open(cfg: ServiceConfig) -> Result<Self, Error> {
        let caller = cfg.caller.as_deref().map(Caller::parse).transpose()?;
        let store = Keystore::open(&cfg.dir, &RootKeyConfig::from_env())?;
        let service = Self::new(store, cfg.region, cfg.clock);
        Ok(match caller {
            Some(c) => service.with_caller(c),
            None => service,
        })
    }

    /// Opens the keystore named by `cfg` only if it exists already (`None` otherwise, or when
    /// it cannot be opened): operations that need no keystore use it to record their calls
    /// without creating one.
    pub fn open_existing(cfg: ServiceConfig) -> Option<Self> {
        if !Keystore::exists(&cfg.dir) {
            return None;
        }
        Self::open(cfg).ok()
    }

    /// True when `dir` holds a keystore already: opening it will not make a new one.
    pub fn exists(dir: &Path) -> bool {
        Keystore::exists(dir)
    }

    /// A service over `store` for `region`, telling time by `clock`, called by the account root.
    pub fn new(store: impl Into<Arc<Keystore>>, region: impl Into<String>, clock: Clock) -> Self {
        let store = store.into();
        let caller = Caller::root(store.account_id());
        Self {
            store,
            region: region.into(),
            clock,
            caller,
            index: Mutex::new(None),
            origin: Origin::command_line(),
            scope: Mutex::default(),
            cache: None,
            records: None,
        }
    }

    /// The same service keeping up to `keys` key documents and materials between requests (for
    /// a long-lived process; see [`cache`]).
    pub fn with_cache(mut self, keys: usize) -> Self {
        let cache = cache::Cache::new(keys).with_watch(self.store.watch_top());
        self.cache = Some(Arc::new(cache));
        self
    }

    /// The same keystore, for another request: its region and caller (the server makes one per
    /// request from the service it opened at start-up).
    pub fn for_request(&self, region: impl Into<String>, caller: Caller) -> Self {
        // Built directly: `new` would make a root caller and an origin only to replace them.
        Self {
            store: self.store.clone(),
            region: region.into(),
            clock: self.clock,
            caller,
            index: Mutex::new(None),
            origin: self.origin.clone(),
            scope: Mutex::default(),
            cache: self.cache.clone(),
            records: self.records.clone(),
        }
    }

    /// The same service writing the records of its calls (audit events, key uses) on a thread
    /// of their own, many calls together (see [`record_queue`]): a face that uses it waits for
    /// [`Service::take_written`] before it answers.
    pub fn with_record_queue(mut self) -> Result<Self, Error> {
        let queue = record_queue::RecordQueue::start(self.store.clone())
            .map_err(|e| Error::Other(format!("cannot start the audit trail writer: {e}")))?;
        self.records = Some(Arc::new(queue));
        Ok(self)
    }

    /// The queue that writes the records of calls, when there is one.
    pub(crate) fn record_queue(&self) -> Option<&record_queue::RecordQueue> {
        self.records.as_deref()
    }

    /// The promise that the last call's record is written, when the record queue writes it:
    /// answer the call only once it is kept.
    pub fn take_written(&self) -> Option<record_queue::Written> {
        self.scope(|s| s.written.take())
    }

    /// Brings the cache up to date with changes other processes made: call once at the start
    /// of every request, before anything reads through the service.
    pub fn refresh(&self) {
        if let Some(c) = &self.cache {
            c.sync(&self.store);
        }
    }

    /// The cache, in a long-lived process.
    pub(crate) fn cache(&self) -> Option<&cache::Cache> {
        self.cache.as_deref()
    }

    /// A key document of this region, from the cache when it is current, else from disk.
    pub(crate) fn read_key(&self, key_id: &str) -> Result<Option<KeyRecord>, Error> {
        if let Some(rec) = self.cache().and_then(|c| c.key(&self.region, key_id)) {
            return Ok(Some((*rec).clone()));
        }
        let ticket = self.cache().map(cache::Cache::ticket);
        let rec = self.store.load_key(&self.region, key_id)?;
        if let (Some(c), Some(r), Some(t)) = (self.cache(), &rec, ticket) {
            c.put_key(&self.region, r, t);
        }
        Ok(rec)
    }

    /// An alias of this region, from the cache when it is current, else from disk.
    pub(crate) fn read_alias(&self, name: &str) -> Result<Option<AliasRecord>, Error> {
        if let Some(rec) = self.cache().and_then(|c| c.alias(&self.region, name)) {
            return Ok(Some((*rec).clone()));
        }
        let ticket = self.cache().map(cache::Cache::ticket);
        let rec = self.store.load_alias(&self.region, name)?;
        if let (Some(c), Some(r), Some(t)) = (self.cache(), &rec, ticket) {
            c.put_alias(&self.region, r, t);
        }
        Ok(rec)
    }

    /// The same keystore, clock and caller, answering for `region`: how a multi-Region key
    /// reaches its related keys in other Regions.
    pub(crate) fn in_region(&self, region: &str) -> Self {
        Self::new(self.store.clone(), region, self.clock)
            .with_caller(self.caller.clone())
            .with_origin(self.origin.clone())
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

    /// The same service for calls from `origin` (the server sets the peer's address, user
    /// agent, access key and request ID).
    pub fn with_origin(mut self, origin: Origin) -> Self {
        self.origin = origin;
        self
    }

    /// Where calls come from.
    pub fn origin(&self) -> &Origin {
        &self.origin
    }

    /// Why the audit trail or the key usage of the last calls could not be written, once: the
    /// call itself was not affected, so the face shows this as a warning.
    pub fn take_audit_warning(&self) -> Option<String> {
        self.scope(|s| s.warning.take())
    }

    /// Runs `f` on the record of the call in progress.
    pub(crate) fn scope<T>(&self, f: impl FnOnce(&mut Scope) -> T) -> T {
        f(&mut self.scope.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The keystore underneath (for steps and operations; faces use the methods below).
    pub(crate) fn store(&self) -> &Keystore {
        &self.store
    }

    /// The keystore directory.
    pub fn keystore_dir(&self) -> &Path {
        self.store.dir()
    }

    /// The keystore's account.
    pub fn account_id(&self) -> &str {
        self.store.account_id()
    }

    /// Where the root key came from, in words.
    pub fn root_key_source(&self) -> String {
        self.store.root_source().to_string()
    }

    /// The region this service answers for.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The clock.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Now, in epoch milliseconds.
    pub(crate) fn now_millis(&self) -> i64 {
        self.clock.now().epoch_millis()
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

    /// Runs `read` on the region's index, read once per call (after `prepare`, which completes
    /// due deletions). A reader slower than the writers finds a chunk of its index replaced and
    /// removed: it reads the index again and runs `read` again (markers are keys, so a listing
    /// goes on where it was).
    pub(crate) fn read_index<T>(
        &self,
        prepare: impl FnOnce() -> Result<(), Error>,
        read: impl Fn(&Index) -> crate::store::StoreResult<T>,
    ) -> Result<T, Error> {
        let mut prepare = Some(prepare);
        let mut tries = 0;
        loop {
            let index = {
                let mut held = self.index.lock().unwrap_or_else(|e| e.into_inner());
                match held.as_ref() {
                    Some(i) => i.clone(),
                    None => {
                        if let Some(p) = prepare.take() {
                            p()?;
                        }
                        let i = Arc::new(self.store.index(&self.region)?);
                        *held = Some(i.clone());
                        i
                    }
                }
            };
            match read(&index) {
                Err(e) if crate::store::index::is_stale(&e) && tries < 5 => {
                    tries += 1;
                    *self.index.lock().unwrap_or_else(|e| e.into_inner()) = None;
                }
                other => return Ok(other?),
            }
        }
    }
}

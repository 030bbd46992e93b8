//! Opening a keystore directory and reading and writing its documents.

use super::document::{self, DocKey};
use super::error::io_error;
use super::error::{StoreError, StoreResult};
use super::fsutil::{self, WriteLock};
use super::generation::Generations;
use super::group::Group;
use super::index::ChunkCache;
use super::keyrecord::KeyRecord;
use super::rootkey::{self, RootKeyConfig, RootKeySource};
use crate::crypto::{derive, random, seal, secret::Key256};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The account ID of a new keystore unless `LKMS_ACCOUNT_ID` says otherwise.
pub const DEFAULT_ACCOUNT_ID: &str = "111122223333";
const CONFIG_FILE: &str = "keystore.json";
/// Where writers make their temp files before renaming them into place.
pub const STAGING_DIR: &str = "tmp";
const CONFIG_KIND: &str = "Keystore";
/// The document kind of a key.
pub(super) const KEY_KIND: &str = "Key";
const DELETIONS_KIND: &str = "Deletions";
const DELETIONS_FILE: &str = "deletions.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
struct KeystoreConfig {
    keystore_id: String,
    account_id: String,
    /// The keystore ID sealed under the sealing key: proves the root key is the right one.
    root_key_check: String,
}

/// An open keystore: its directory, configuration and the keys derived from the root key.
#[derive(Debug)]
pub struct Keystore {
    dir: PathBuf,
    config: KeystoreConfig,
    pub(super) seal_key: Key256,
    pub(super) mac_key: Key256,
    docs: DocKey,
    root_source: RootKeySource,
    /// Index chunks read by this process (see [`super::index`]).
    chunks: ChunkCache,
    /// New keys waiting to be written together (see [`super::group`]).
    pub(super) group: Group,
    /// The audit trail's MAC key, derived on first use.
    audit_key: std::sync::OnceLock<Key256>,
    /// The audit files this process keeps open between appends.
    held: super::held::Held,
}

/// Where generation records are kept outside keystores: beside the root-key file.
fn records_dir(cfg: &RootKeyConfig) -> Option<PathBuf> {
    cfg.file.parent().map(|p| p.join("generations"))
}

/// The document key of a keystore: MACs bound to its ID, temp files in its tmp/, writes
/// numbered in its journal and recorded (when possible) outside it.
fn doc_key(mac_key: &Key256, keystore_id: &str, dir: &Path, records: Option<&Path>) -> DocKey {
    let generations = Generations::new(
        dir,
        records.map(|r| r.join(format!("{keystore_id}.json"))),
        mac_key,
        &format!("generations {keystore_id}"),
    );
    DocKey::new(
        mac_key.clone(),
        keystore_id,
        &dir.join(STAGING_DIR),
        generations,
    )
}

fn check_aad(keystore_id: &str) -> Vec<u8> {
    format!("lkms root key check v1\0{keystore_id}").into_bytes()
}

impl Keystore {
    /// Whether `dir` holds a keystore already.
    pub fn exists(dir: &Path) -> bool {
        dir.join(CONFIG_FILE).is_file()
    }

    /// Opens the keystore in `dir`, creating it (and, if needed, a root key) on first use.
    pub fn open(dir: &Path, cfg: &RootKeyConfig) -> StoreResult<Self> {
        let config_path = dir.join(CONFIG_FILE);
        if !config_path.exists() {
            fsutil::private_dir_all(dir).map_err(|e| io_error(dir, e))?;
            fsutil::restrict_dir(dir).map_err(|e| io_error(dir, e))?;
            let lock_path = dir.join("lock");
            let _lock = WriteLock::acquire(&lock_path).map_err(|e| io_error(&lock_path, e))?;
            if !config_path.exists() {
                return Self::create(dir, cfg);
            }
        }
        let bytes = std::fs::read(&config_path).map_err(|e| io_error(&config_path, e))?;
        match Self::open_with(dir, cfg, &bytes) {
            // A cached root key that no longer opens the keystore is stale (the keyring entry
            // changed): drop it and ask the keyring itself.
            Err(_) if cfg.use_keyring && cfg.cache_seconds > 0 && cfg.env_value.is_none() => {
                super::rootcache::forget(&cfg.keyring_user);
                let uncached = RootKeyConfig {
                    cache_seconds: 0,
                    ..cfg.clone()
                };
                Self::open_with(dir, &uncached, &bytes)
            }
            other => other,
        }
    }

    fn open_with(dir: &Path, cfg: &RootKeyConfig, bytes: &[u8]) -> StoreResult<Self> {
        let Some((root, source)) = rootkey::find(cfg)? else {
            return Err(StoreError::Config(format!(
                "no root key found for the keystore at {}: set LKMS_ROOT_KEY, or restore the \
                 OS keyring entry (service {}, user {}) or the root-key file {}",
                dir.display(),
                rootkey::KEYRING_SERVICE,
                cfg.keyring_user,
                cfg.file.display()
            )));
        };
        Self::from_parts(dir, bytes, root, source, records_dir(cfg))
    }

    fn from_parts(
        dir: &Path,
        bytes: &[u8],
        root: Key256,
        source: RootKeySource,
        records: Option<PathBuf>,
    ) -> StoreResult<Self> {
        let [seal_key, mac_key] = derive::subkeys(&root, ["seal", "mac"]);
        let config_path = dir.join(CONFIG_FILE);
        // Check the root key before the MAC, so a wrong key is reported as such.
        let raw: serde_json::Value = serde_json::from_slice(bytes).unwrap_or_default();
        let body = &raw[CONFIG_KIND];
        let id = body["KeystoreId"].as_str().unwrap_or_default();
        let check = body["RootKeyCheck"]
            .as_str()
            .and_then(|c| B64.decode(c).ok())
            .unwrap_or_default();
        let opened = seal::open(&seal_key, &check_aad(id), &check);
        if !opened.is_some_and(|o| o.ct_eq(id.as_bytes())) || id.is_empty() {
            return Err(StoreError::Config(format!(
                "the root key from the {source} does not open the keystore at {}: it belongs to \
                 another keystore, or the keystore was made with a different root key",
                dir.display()
            )));
        }
        let docs = doc_key(&mac_key, id, dir, records.as_deref());
        let legacy = raw["FormatVersion"].as_u64() == Some(document::LEGACY_FORMAT);
        let reader = if legacy { docs.legacy() } else { docs };
        let config: KeystoreConfig =
            document::decode(&reader, CONFIG_KIND, &[], bytes, &config_path)?;
        let keystore = Self::assemble(dir, config, seal_key, mac_key, source, records);
        if legacy {
            super::upgrade::run(&keystore)?;
        }
        Ok(keystore)
    }

    fn assemble(
        dir: &Path,
        config: KeystoreConfig,
        seal_key: Key256,
        mac_key: Key256,
        root_source: RootKeySource,
        records: Option<PathBuf>,
    ) -> Self {
        let docs = doc_key(&mac_key, &config.keystore_id, dir, records.as_deref());
        Self {
            dir: dir.to_path_buf(),
            config,
            seal_key,
            mac_key,
            docs,
            root_source,
            chunks: ChunkCache::default(),
            group: Group::default(),
            audit_key: std::sync::OnceLock::new(),
            held: super::held::Held::default(),
        }
    }

    fn create(dir: &Path, cfg: &RootKeyConfig) -> StoreResult<Self> {
        let (root, source) = rootkey::find_or_create(cfg)?;
        let [seal_key, mac_key] = derive::subkeys(&root, ["seal", "mac"]);
        let keystore_id = random::uuid_v4();
        let account_id = std::env::var("LKMS_ACCOUNT_ID")
            .ok()
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| DEFAULT_ACCOUNT_ID.to_string());
        if account_id.len() != 12 || !account_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(StoreError::Config(format!(
                "LKMS_ACCOUNT_ID must be 12 digits, not '{account_id}'"
            )));
        }
        let check = seal::seal(&seal_key, &check_aad(&keystore_id), keystore_id.as_bytes());
        let config = KeystoreConfig {
            keystore_id,
            account_id,
            root_key_check: B64.encode(check),
        };
        let keystore = Self::assemble(dir, config, seal_key, mac_key, source, records_dir(cfg));
        keystore.write_config()?;
        Ok(keystore)
    }

    /// The keystore directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The AWS account the keystore stands for.
    pub fn account_id(&self) -> &str {
        &self.config.account_id
    }

    /// Where the root key came from.
    pub fn root_source(&self) -> &RootKeySource {
        &self.root_source
    }

    /// The key that MACs this keystore's documents, bound to its ID.
    pub(super) fn doc_key(&self) -> &DocKey {
        &self.docs
    }

    /// The index chunks this process has read.
    pub(super) fn chunk_cache(&self) -> &ChunkCache {
        &self.chunks
    }

    /// The key that MACs the audit trail's records, heads, digests and last-use files: derived
    /// from the MAC key and bound to the keystore's ID (once per process: every call uses it).
    /// The audit files this process keeps open, taken for one append or usage write.
    pub(super) fn held_audit_files(&self) -> std::sync::MutexGuard<'_, super::held::HeldFiles> {
        self.held.take()
    }

    pub(super) fn audit_key(&self) -> &Key256 {
        self.audit_key.get_or_init(|| {
            let info = format!("lkms audit trail v1 {}", self.config.keystore_id);
            derive::subkey(&self.mac_key, &info)
        })
    }

    /// The keystore's ID.
    pub fn keystore_id(&self) -> &str {
        &self.config.keystore_id
    }

    /// Writes keystore.json. Hold the lock (or be creating the keystore).
    pub(super) fn write_config(&self) -> StoreResult<()> {
        let path = self.dir.join(CONFIG_FILE);
        document::write(&self.docs, CONFIG_KIND, &[], &self.config, &path)
    }

    /// The key that tags this keystore's grant tokens, so a token works only where it was
    /// issued (derived from the document MAC key; it never leaves the process).
    pub fn grant_token_key(&self) -> Key256 {
        derive::subkey(&self.mac_key, "grant tokens")
    }

    /// The format version of the keystore's documents.
    pub fn format_version(&self) -> u64 {
        document::FORMAT_VERSION
    }

    /// Takes the keystore-wide write lock; every read-modify-write holds it.
    pub fn lock(&self) -> StoreResult<WriteLock> {
        let path = self.dir.join("lock");
        WriteLock::acquire(&path).map_err(|e| io_error(&path, e))
    }

    /// The directory of `region`'s key documents.
    pub(super) fn key_dir(&self, region: &str) -> PathBuf {
        self.dir.join("keys").join(region)
    }

    pub(super) fn key_path(&self, region: &str, key_id: &str) -> PathBuf {
        self.key_dir(region).join(format!("{key_id}.json"))
    }

    /// Reads a key's document; `None` if the key does not exist in `region`.
    pub fn load_key(&self, region: &str, key_id: &str) -> StoreResult<Option<KeyRecord>> {
        let path = self.key_path(region, key_id);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io_error(&path, e)),
        };
        let rec: KeyRecord =
            document::decode(&self.docs, KEY_KIND, &[region, key_id], &bytes, &path)?;
        if rec.key_id != key_id {
            return Err(StoreError::Corrupt(format!(
                "keystore file {} holds key {} under another name",
                path.display(),
                rec.key_id
            )));
        }
        Ok(Some(rec))
    }

    /// Pending deletion dates (key ID to epoch milliseconds) for `region`.
    pub fn load_deletions(&self, region: &str) -> StoreResult<BTreeMap<String, i64>> {
        let path = self.key_dir(region).join(DELETIONS_FILE);
        match std::fs::read(&path) {
            Ok(bytes) => document::decode(&self.docs, DELETIONS_KIND, &[region], &bytes, &path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Replaces the pending deletion dates for `region`. Hold the lock.
    pub fn write_deletions(&self, region: &str, d: &BTreeMap<String, i64>) -> StoreResult<()> {
        let dir = self.key_dir(region);
        fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
        let path = dir.join(DELETIONS_FILE);
        let g = document::write_numbered(&self.docs, DELETIONS_KIND, &[region], d, &path)?;
        self.keep_indexes_near(g);
        Ok(())
    }
}

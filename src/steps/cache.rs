//! A cache for long-lived processes (`lkms serve`): verified key documents, aliases, access keys
//! and unsealed key material, so a request does not re-read, re-verify and unseal what it used a
//! moment ago.
//!
//! It never serves what another process has changed. Every document write appends a line naming
//! the file to the keystore's journal (see [`crate::store::generation`]); before each request the
//! cache reads the journal lines written since its last look and forgets the files they name (a
//! compacted or shortened journal, or keystore.json changing, forgets everything). A write in
//! progress (`journal.pending`) is forgotten too. So a `lkms disable-key` run from a shell is
//! obeyed by the very next request, at the cost of one `stat` per request when nothing changed.
//!
//! The audit trail's settings are kept the same way (`lkms audit disable` from a shell is obeyed
//! by the next request).
//!
//! The command line does not use it: a process there makes one request.

use super::credentials::Credential;
use crate::crypto::secret::Secret;
use crate::store::audit::AuditSettings;
use crate::store::watch::TopWatch;
use crate::store::{AliasRecord, KeyRecord, Keystore};
use lru::LruCache;
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

type KeyRef = (String, String);

/// What the cache holds, each part bounded and least-recently-used first out.
pub struct Cache {
    cursor: Mutex<Cursor>,
    /// A watch on the keystore's top directory: while it stays quiet, the journal has not
    /// changed since the last look and need not be looked at.
    watch: Option<TopWatch>,
    /// How many times the cache has forgotten something. A document read from disk is kept only
    /// if nothing was forgotten while it was read: a request that read a file just before
    /// another process rewrote it must not keep the old one after a third request has already
    /// forgotten the file (see [`Cache::ticket`]).
    forgotten: AtomicU64,
    keys: Mutex<LruCache<KeyRef, Arc<KeyRecord>>>,
    /// Unsealed materials by key, each key's by material ID.
    material: Mutex<LruCache<KeyRef, Vec<(String, Secret)>>>,
    aliases: Mutex<LruCache<KeyRef, Arc<AliasRecord>>>,
    credentials: Mutex<LruCache<String, Arc<Credential>>>,
    /// The keystore's audit trail settings (`settings.json`), and how many times they were
    /// forgotten: settings read from disk are kept only if they were not forgotten meanwhile
    /// (another request may have seen a newer journal while this one read an older file).
    settings: Mutex<(u64, Option<AuditSettings>)>,
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Cache")
    }
}

/// How far into the journal the cache has read.
#[derive(Default)]
struct Cursor {
    file: Option<(u64, u64)>,
    offset: u64,
    /// The last look found the journal readable and no write in progress: a quiet watch then
    /// means nothing changed.
    settled: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves a cache that is at worst incomplete.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Cache {
    /// A cache of up to `keys` key documents (and as many unsealed materials).
    pub fn new(keys: usize) -> Self {
        let n = NonZeroUsize::new(keys.max(1)).unwrap_or(NonZeroUsize::MIN);
        let small = NonZeroUsize::new(keys.clamp(1, 4096)).unwrap_or(NonZeroUsize::MIN);
        Self {
            cursor: Mutex::new(Cursor::default()),
            watch: None,
            forgotten: AtomicU64::new(0),
            keys: Mutex::new(LruCache::new(n)),
            material: Mutex::new(LruCache::new(n)),
            aliases: Mutex::new(LruCache::new(n)),
            credentials: Mutex::new(LruCache::new(small)),
            settings: Mutex::new((0, None)),
        }
    }

    /// Lets a quiet `watch` on the keystore's top directory stand for a look at the journal.
    pub fn with_watch(mut self, watch: Option<TopWatch>) -> Self {
        self.watch = watch;
        self
    }

    /// Where the cache stands before a read from disk: give it back to `put_key`, `put_alias`
    /// or `put_credential`, which keep what was read only if nothing was forgotten since.
    pub fn ticket(&self) -> u64 {
        self.forgotten.load(Ordering::SeqCst)
    }

    /// True while nothing has been forgotten since `ticket`. Called under the lock of the map
    /// about to take a document: a forget counts first and then takes that lock, so a document
    /// read before a forget either is refused here or is removed by that forget.
    fn still(&self, ticket: u64) -> bool {
        self.forgotten.load(Ordering::SeqCst) == ticket
    }

    fn clear(&self) {
        self.forgotten.fetch_add(1, Ordering::SeqCst);
        lock(&self.keys).clear();
        lock(&self.material).clear();
        lock(&self.aliases).clear();
        lock(&self.credentials).clear();
        self.forget_settings();
    }

    fn forget_settings(&self) {
        let mut s = lock(&self.settings);
        s.0 += 1;
        s.1 = None;
    }

    /// Forgets what changed on disk since the last call: reads the journal's new lines.
    pub fn sync(&self, store: &Keystore) {
        // Under the cursor's lock, so a request that finds the watch quiet waits for another
        // that found it busy to finish forgetting.
        let mut cursor = lock(&self.cursor);
        if cursor.settled && self.watch.as_ref().is_some_and(TopWatch::quiet) {
            return;
        }
        let changes = store.journal_changes();
        cursor.settled = changes.file.is_some() && changes.pending.is_none();
        let Some((file, len)) = changes.file else {
            // No journal yet, or it cannot be read: trust nothing.
            if cursor.file.is_some() || changes.pending.is_some() {
                self.clear();
            }
            *cursor = Cursor::default();
            return;
        };
        if cursor.file != Some(file) || len < cursor.offset {
            self.clear();
            cursor.file = Some(file);
            cursor.offset = len;
        } else if len > cursor.offset {
            let (paths, read_to) = store.journal_paths_since(cursor.offset);
            for p in &paths {
                self.forget(p);
            }
            cursor.offset = read_to;
        }
        if let Some(p) = changes.pending {
            self.forget(&p);
        }
    }

    /// Forgets what a file (relative to the keystore) held.
    fn forget(&self, path: &str) {
        self.forgotten.fetch_add(1, Ordering::SeqCst);
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["keys", region, file] => {
                let id = file.trim_end_matches(".json").to_string();
                let key = (region.to_string(), id);
                lock(&self.keys).pop(&key);
                lock(&self.material).pop(&key);
            }
            // Alias files are named by a hash of the alias: forget them all (they change rarely).
            ["aliases", ..] => lock(&self.aliases).clear(),
            ["credentials.json"] => lock(&self.credentials).clear(),
            ["settings.json"] => self.forget_settings(),
            // The region indexes are read afresh by every listing; nothing here comes from them.
            ["index", ..] => {}
            _ => self.clear(),
        }
    }

    /// A cached key document.
    pub fn key(&self, region: &str, key_id: &str) -> Option<Arc<KeyRecord>> {
        lock(&self.keys)
            .get(&(region.to_string(), key_id.to_string()))
            .cloned()
    }

    /// Remembers a key document read and verified from disk after `ticket` was taken, unless
    /// something was forgotten since.
    pub fn put_key(&self, region: &str, rec: &KeyRecord, ticket: u64) {
        let key = (region.to_string(), rec.key_id.clone());
        let mut keys = lock(&self.keys);
        if self.still(ticket) {
            keys.put(key, Arc::new(rec.clone()));
        }
    }

    /// Cached unsealed material.
    pub fn material(&self, region: &str, key_id: &str, material_id: &str) -> Option<Secret> {
        let key = (region.to_string(), key_id.to_string());
        let mut m = lock(&self.material);
        let held = m.get(&key)?;
        held.iter()
            .find(|(id, _)| id == material_id)
            .map(|(_, s)| s.clone())
    }

    /// Remembers unsealed material.
    pub fn put_material(&self, region: &str, key_id: &str, material_id: &str, s: &Secret) {
        let key = (region.to_string(), key_id.to_string());
        let mut m = lock(&self.material);
        if let Some(held) = m.get_mut(&key) {
            held.retain(|(id, _)| id != material_id);
            held.push((material_id.to_string(), s.clone()));
        } else {
            m.put(key, vec![(material_id.to_string(), s.clone())]);
        }
    }

    /// A cached alias.
    pub fn alias(&self, region: &str, name: &str) -> Option<Arc<AliasRecord>> {
        lock(&self.aliases)
            .get(&(region.to_string(), name.to_string()))
            .cloned()
    }

    /// Remembers an alias read and verified from disk after `ticket` was taken, unless
    /// something was forgotten since.
    pub fn put_alias(&self, region: &str, rec: &AliasRecord, ticket: u64) {
        let key = (region.to_string(), rec.alias_name.clone());
        let mut aliases = lock(&self.aliases);
        if self.still(ticket) {
            aliases.put(key, Arc::new(rec.clone()));
        }
    }

    /// A cached access key.
    pub fn credential(&self, access_key_id: &str) -> Option<Arc<Credential>> {
        lock(&self.credentials).get(access_key_id).cloned()
    }

    /// Remembers an access key opened after `ticket` was taken, unless something was forgotten
    /// since.
    pub fn put_credential(&self, access_key_id: &str, c: Arc<Credential>, ticket: u64) {
        let mut credentials = lock(&self.credentials);
        if self.still(ticket) {
            credentials.put(access_key_id.to_string(), c);
        }
    }

    /// The cached audit trail settings, or a ticket to [`Cache::put_audit_settings`] those read
    /// from disk.
    pub fn audit_settings(&self) -> Result<AuditSettings, SettingsTicket> {
        let s = lock(&self.settings);
        s.1.clone().ok_or(SettingsTicket(s.0))
    }

    /// Remembers the audit trail settings read from disk after `ticket` was given, unless they
    /// were forgotten since.
    pub fn put_audit_settings(&self, ticket: SettingsTicket, settings: &AuditSettings) {
        let mut s = lock(&self.settings);
        if s.0 == ticket.0 {
            s.1 = Some(settings.clone());
        }
    }
}

/// When the cache found no settings: what it had forgotten by then.
#[derive(Debug, Clone, Copy)]
pub struct SettingsTicket(u64);

#[cfg(test)]
mod tests {
    use super::*;

    fn alias(target: &str) -> AliasRecord {
        AliasRecord {
            alias_name: "alias/app".into(),
            target_key_id: target.into(),
            creation_date: 0,
            last_updated_date: 0,
        }
    }

    #[test]
    fn a_read_that_raced_a_forget_is_not_kept() {
        let cache = Cache::new(8);
        // A request reads the alias while it points at key "old" ...
        let ticket = cache.ticket();
        // ... another process repoints it, and a second request forgets the file ...
        cache.forget("aliases/us-east-1/0123.json");
        // ... so the first request's copy is refused, and the next read goes to disk.
        cache.put_alias("us-east-1", &alias("old"), ticket);
        assert!(cache.alias("us-east-1", "alias/app").is_none());
        // A read with nothing forgotten meanwhile is kept.
        let ticket = cache.ticket();
        cache.put_alias("us-east-1", &alias("new"), ticket);
        let kept = cache.alias("us-east-1", "alias/app").unwrap();
        assert_eq!(kept.target_key_id, "new");
    }
}

//! `lkms keystore check`: every document verified, the journal and generations compared (see
//! [`super::generation`]), the deletion index and aliases matched against the keys, leftovers
//! and permissions reported. With repair, what can be derived is rebuilt (the deletion index, the
//! journal's missing lines), dangling aliases and dead writers' temp files removed and modes set
//! — key documents and key material are never deleted. Region indexes: see [`indexes`].

mod indexes;

use super::document;
use super::error::{StoreError, StoreResult};
use super::fsutil;
use super::generation::{Entry, JOURNAL};
use super::keystore::Keystore;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One thing `keystore check` found.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Finding {
    /// What kind of problem: Tampered, RolledBack, JournalBroken, JournalBehind, Unrecorded,
    /// DeletionIndex, DanglingAlias, Index, IndexLeftover, LeftoverTemp, Permissions.
    pub kind: &'static str,
    /// The file, relative to the keystore directory.
    pub path: String,
    /// What is wrong, in words.
    pub detail: String,
    /// True if `--repair` mended it.
    pub repaired: bool,
}

/// A document on disk, verified.
pub(super) struct Doc {
    rel: String,
    generation: u64,
    kind: String,
    body: Value,
}

impl Keystore {
    /// Checks the whole keystore; with `repair`, mends what can be mended. Holds the lock.
    pub fn check(&self, repair: bool) -> StoreResult<Vec<Finding>> {
        let _lock = self.lock()?;
        self.doc_key().generations().heal()?;
        let mut c = Checker {
            ks: self,
            repair,
            findings: Vec::new(),
            removed: Default::default(),
        };
        let docs = c.documents()?;
        c.generations(&docs)?;
        c.deletion_index(&docs)?;
        c.aliases(&docs)?;
        c.indexes(&docs)?;
        c.leftovers_and_modes();
        Ok(c.findings)
    }
}

pub(super) struct Checker<'a> {
    ks: &'a Keystore,
    repair: bool,
    findings: Vec<Finding>,
    /// Documents removed by repairs (relative paths).
    removed: std::collections::HashSet<String>,
}

/// The identity a document of `kind` at `rel` is MACed with (see the loaders in the store).
fn identity(kind: &str, rel: &str, body: &Value) -> Option<Vec<String>> {
    let parts: Vec<&str> = rel.split('/').collect();
    let region = || parts.get(1).map(|r| r.to_string());
    let member = |m: &str| body[m].as_str().map(str::to_string);
    Some(match kind {
        "Key" => vec![region()?, member("KeyId")?],
        "Alias" => vec![region()?, member("AliasName")?],
        "Deletions" | "Index" => vec![region()?],
        "IndexChunk" => {
            let name = parts.get(2)?.strip_suffix(".json")?;
            let (table, id) = name.split_once('.')?;
            vec![region()?, table.to_string(), id.to_string()]
        }
        "CustomKeyStores" => vec![parts.get(1)?.strip_suffix(".json")?.to_string()],
        "Grants" => vec![region()?, parts.get(2)?.strip_suffix(".json")?.to_string()],
        "IdentityPolicies" => vec![member("Principal")?],
        "Credentials" | "Keystore" | "HsmClusters" => Vec::new(),
        _ => return None,
    })
}

impl Checker<'_> {
    pub(super) fn find(&mut self, kind: &'static str, path: &str, detail: String, repaired: bool) {
        self.findings.push(Finding {
            kind,
            path: path.to_string(),
            detail,
            repaired,
        });
    }

    fn rel(&self, path: &Path) -> String {
        path.strip_prefix(self.ks.dir())
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned()
    }

    /// Every lkms document of the keystore, verified; the ones that fail are findings.
    fn documents(&mut self) -> StoreResult<Vec<Doc>> {
        let mut files = vec![self.ks.dir().join("keystore.json")];
        for top in ["keys", "aliases", "grants", super::index::INDEX_DIR] {
            for region in fsutil::entries(&self.ks.dir().join(top))? {
                for f in fsutil::entries(&region.path())? {
                    files.push(f.path());
                }
            }
        }
        for f in fsutil::entries(&self.ks.dir().join("identity-policies"))? {
            files.push(f.path());
        }
        files.push(self.ks.dir().join("credentials.json"));
        for f in fsutil::entries(&self.ks.dir().join("custom-key-stores"))? {
            files.push(f.path());
        }
        files.push(self.ks.dir().join("hsm-clusters.json"));
        let mut docs = Vec::new();
        for path in files {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if name.starts_with('.') || !name.ends_with(".json") || !path.exists() {
                continue;
            }
            let rel = self.rel(&path);
            match self.verify(&path, &rel) {
                Ok(Some(doc)) => docs.push(doc),
                Ok(None) => {}
                // A damaged index file is reported (and repaired) with its region's index.
                Err(_) if rel.starts_with(super::index::INDEX_DIR) => {}
                Err(e) => self.find("Tampered", &rel, e.to_string(), false),
            }
        }
        Ok(docs)
    }

    fn verify(&self, path: &Path, rel: &str) -> StoreResult<Option<Doc>> {
        let bytes = std::fs::read(path).map_err(|e| super::error::io_error(path, e))?;
        let raw: Value = serde_json::from_slice(&bytes)
            .map_err(|_| StoreError::Corrupt(format!("{rel} is not JSON")))?;
        let Some(kind) = raw.as_object().and_then(|o| {
            o.keys()
                .find(|k| !matches!(k.as_str(), "FormatVersion" | "Generation" | "Mac"))
                .cloned()
        }) else {
            return Err(StoreError::Corrupt(format!("{rel} is no lkms document")));
        };
        let Some(id) = identity(&kind, rel, &raw[&kind]) else {
            // A kind this check does not know (a later lkms's): left to its own loader.
            return Ok(None);
        };
        let id: Vec<&str> = id.iter().map(String::as_str).collect();
        let generation = raw["Generation"].as_u64().unwrap_or(0);
        let body: Value = document::decode_value(self.ks.doc_key(), &kind, &id, raw, path)?;
        Ok(Some(Doc {
            rel: rel.to_string(),
            generation,
            kind,
            body,
        }))
    }

    /// Documents against the journal, the journal against its chain and the outside record.
    fn generations(&mut self, docs: &[Doc]) -> StoreResult<()> {
        let gens = self.ks.doc_key().generations();
        let journal = gens.read()?;
        if let Some(line) = journal.broken_at {
            let detail = format!(
                "line {line} of the journal fails its check: lines were edited, removed or \
                 reordered"
            );
            self.find("JournalBroken", JOURNAL, detail, false);
        }
        let last = journal.entries.last().map_or(0, |e| e.generation);
        let mut latest: BTreeMap<&str, &Entry> = BTreeMap::new();
        for e in &journal.entries {
            latest.insert(&e.path, e);
        }
        let mut missing: Vec<Entry> = Vec::new();
        for d in docs {
            match latest.get(d.rel.as_str()) {
                // An index file older than the journal says is checked with its index (its
                // manifest is replayed forward, or rebuilt).
                Some(e) if d.generation <= e.generation && derived(&d.rel) => {}
                _ if d.generation <= last && derived(&d.rel) => {}
                Some(e) if d.generation < e.generation => {
                    let what = if e.removed {
                        "was removed"
                    } else {
                        "was rewritten"
                    };
                    let detail = format!(
                        "rolled back: this copy was written by generation {}, but the file {what} \
                         by generation {}",
                        d.generation, e.generation
                    );
                    self.find("RolledBack", &d.rel, detail, false);
                }
                Some(e) if d.generation == e.generation && !e.removed => {}
                _ if d.generation > last => {
                    let detail = format!(
                        "written by generation {}, after the journal's last line ({last}): an \
                         interrupted write",
                        d.generation
                    );
                    self.find("JournalBehind", &d.rel, detail, self.repair);
                    missing.push(entry(d));
                }
                _ => {
                    let detail = format!(
                        "generation {} is not in the journal (journal ends at {last})",
                        d.generation
                    );
                    self.find("Unrecorded", &d.rel, detail, false);
                }
            }
        }
        let verified: std::collections::HashSet<&str> =
            docs.iter().map(|d| d.rel.as_str()).collect();
        for e in latest.values().filter(|e| !e.removed && !derived(&e.path)) {
            if !verified.contains(e.path.as_str()) && !self.ks.dir().join(&e.path).exists() {
                let detail = format!(
                    "removed outside lkms: the journal's last write of it is generation {}",
                    e.generation
                );
                self.find("RolledBack", &e.path, detail, false);
            }
        }
        let newest = docs
            .iter()
            .map(|d| d.generation)
            .max()
            .unwrap_or(0)
            .max(last);
        if let Some(outside) = gens.outside_record()
            && outside > newest
        {
            let detail = format!(
                "the keystore was rolled back: this machine last wrote generation {outside}, the \
                 keystore's newest is {newest}"
            );
            self.find("RolledBack", "", detail, false);
        }
        if self.repair && !missing.is_empty() {
            let mut entries = journal.entries;
            entries.extend(missing);
            entries.sort_by_key(|e| e.generation);
            gens.rewrite(entries)?;
        }
        Ok(())
    }

    /// The deletion index of each region is derived from the key documents.
    fn deletion_index(&mut self, docs: &[Doc]) -> StoreResult<()> {
        let mut regions: BTreeMap<String, BTreeMap<String, i64>> = BTreeMap::new();
        for d in docs.iter().filter(|d| d.kind == "Key") {
            let region = d.rel.split('/').nth(1).unwrap_or_default().to_string();
            let entry = regions.entry(region).or_default();
            if d.body["KeyState"] == "PendingDeletion"
                && let (Some(id), Some(date)) =
                    (d.body["KeyId"].as_str(), d.body["DeletionDate"].as_i64())
            {
                entry.insert(id.to_string(), date);
            }
        }
        for d in docs.iter().filter(|d| d.kind == "Deletions") {
            let region = d.rel.split('/').nth(1).unwrap_or_default().to_string();
            regions.entry(region).or_default();
        }
        for (region, expected) in regions {
            let actual = self.ks.load_deletions(&region)?;
            // An entry for a key no longer pending is harmless (housekeeping drops it when it
            // falls due); a pending key missing from the index would never be purged.
            let unindexed = expected.keys().any(|k| !actual.contains_key(k));
            if unindexed || (self.repair && actual != expected) {
                let rel = format!("keys/{region}/deletions.json");
                let detail = format!(
                    "the deletion index does not match the key documents ({} indexed, {} \
                     pending deletion)",
                    actual.len(),
                    expected.len()
                );
                self.find("DeletionIndex", &rel, detail, self.repair);
                if self.repair {
                    self.ks.write_deletions(&region, &expected)?;
                }
            }
        }
        Ok(())
    }

    /// Every alias points at a key that exists.
    fn aliases(&mut self, docs: &[Doc]) -> StoreResult<()> {
        let keys: std::collections::HashSet<&str> = docs
            .iter()
            .filter(|k| k.kind == "Key")
            .map(|k| k.rel.as_str())
            .collect();
        for d in docs.iter().filter(|d| d.kind == "Alias") {
            let region = d.rel.split('/').nth(1).unwrap_or_default();
            let target = d.body["TargetKeyId"].as_str().unwrap_or_default();
            let key = format!("keys/{region}/{target}.json");
            if keys.contains(key.as_str()) {
                continue;
            }
            let name = d.body["AliasName"].as_str().unwrap_or_default().to_string();
            let detail = format!("{name} points at key {target}, which does not exist");
            self.find("DanglingAlias", &d.rel, detail, self.repair);
            if self.repair {
                self.ks.delete_alias(region, &name)?;
                self.removed.insert(d.rel.clone());
            }
        }
        Ok(())
    }

    /// Temp files of writers that died; files not 0600 and directories not 0700.
    fn leftovers_and_modes(&mut self) {
        let mut stack: Vec<PathBuf> = vec![self.ks.dir().to_path_buf()];
        while let Some(dir) = stack.pop() {
            self.mode(&dir, 0o700);
            let Ok(entries) = fsutil::entries(&dir) else {
                continue;
            };
            for e in entries {
                let path = e.path();
                if path.is_dir() {
                    stack.push(path);
                } else if fsutil::is_stale_temp(&path) {
                    let rel = self.rel(&path);
                    let detail = "a temp file left by a writer that stopped".to_string();
                    self.find("LeftoverTemp", &rel, detail, self.repair);
                    if self.repair {
                        let _ = std::fs::remove_file(&path);
                    }
                } else {
                    self.mode(&path, 0o600);
                }
            }
        }
    }

    #[cfg(unix)]
    fn mode(&mut self, path: &Path, wanted: u32) {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return;
        };
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 == 0 {
            return;
        }
        let rel = self.rel(path);
        let detail = format!("mode {mode:o}: others can read it; lkms keeps {wanted:o}");
        self.find("Permissions", &rel, detail, self.repair);
        if self.repair {
            let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(wanted));
        }
    }

    #[cfg(not(unix))]
    fn mode(&mut self, _path: &Path, _wanted: u32) {}
}

/// True for the files derived from the documents (the region indexes), which `keystore check`
/// compares with what they are derived from rather than with the journal.
fn derived(rel: &str) -> bool {
    rel.starts_with(&format!("{}/", super::index::INDEX_DIR))
}

fn entry(d: &Doc) -> Entry {
    Entry {
        generation: d.generation,
        path: d.rel.clone(),
        removed: false,
        mac: String::new(),
    }
}

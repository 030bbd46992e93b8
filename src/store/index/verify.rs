//! `keystore check` of a region's index: its manifest and chunks verified, its rows (after the
//! journal's later lines are replayed) compared with the key and alias documents, and chunk
//! files that no manifest lists found. Repair rebuilds the index from the documents.

use super::{AliasRow, INDEX_DIR, Index, IndexTx, MANIFEST, Row, TargetRow, target_key};
use crate::store::aliases::AliasRecord;
use crate::store::error::StoreResult;
use crate::store::fsutil;
use crate::store::keystore::Keystore;

/// What is wrong with one region's index.
#[derive(Debug, Default)]
pub struct IndexReport {
    /// Why the index does not match the documents, if it does not.
    pub mismatch: Option<String>,
    /// Chunk files (relative to the keystore) that the manifest neither lists nor retires.
    pub leftovers: Vec<String>,
}

impl Keystore {
    /// The regions that have an index.
    pub fn indexed_regions(&self) -> StoreResult<Vec<String>> {
        Ok(fsutil::entries(&self.dir().join(INDEX_DIR))?
            .into_iter()
            .filter(|e| e.path().join(MANIFEST).exists())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect())
    }

    /// Checks `region`'s index against the documents: `keys` (sorted key IDs) and `aliases`
    /// (sorted by name). Hold the lock.
    pub fn check_index(
        &self,
        region: &str,
        keys: &[String],
        aliases: &[AliasRecord],
    ) -> StoreResult<IndexReport> {
        let mut report = IndexReport::default();
        let (index, _) = Index::load(self, region, true)?;
        if index.rebuilt {
            report.mismatch = Some("the index manifest fails its integrity check".into());
            return Ok(report);
        }
        report.mismatch = match compare(self, &index, keys, aliases) {
            Ok(m) => m,
            Err(e) => Some(e.to_string()),
        };
        for entry in fsutil::entries(&self.index_dir(region))? {
            let file = entry.file_name().to_string_lossy().into_owned();
            if file != MANIFEST && file.ends_with(".json") && !index.lists(&file) {
                report
                    .leftovers
                    .push(format!("{INDEX_DIR}/{region}/{file}"));
            }
        }
        Ok(report)
    }

    /// Rebuilds `region`'s index from the documents and writes it, removing chunk files no
    /// manifest lists. Hold the lock.
    pub fn rebuild_index(&self, region: &str) -> StoreResult<()> {
        let dir = self.index_dir(region);
        let old = fsutil::entries(&dir)?
            .into_iter()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with(MANIFEST))
            .collect();
        IndexTx::begin_rebuilt(self, region, old)?
            .commit()
            .map(drop)
    }
}

/// How the index differs from the documents, if it does.
fn compare(
    store: &Keystore,
    index: &Index,
    keys: &[String],
    aliases: &[AliasRecord],
) -> StoreResult<Option<String>> {
    let src = index.src(store);
    let listed: Vec<String> = index.keys.all(&src)?.into_iter().map(|r| r.0).collect();
    if listed != keys {
        return Ok(Some(format!(
            "the index lists {} keys; the region has {}",
            listed.len(),
            keys.len()
        )));
    }
    let expected: Vec<AliasRow> = aliases.iter().map(AliasRow::of).collect();
    if index.aliases.all(&src)? != expected {
        return Ok(Some(format!(
            "the index's aliases differ from the {} alias documents",
            aliases.len()
        )));
    }
    let mut targets: Vec<TargetRow> = expected
        .iter()
        .map(|a| TargetRow(target_key(&a.1, &a.0), a.2, a.3))
        .collect();
    targets.sort_unstable_by(|a, b| a.key().cmp(b.key()));
    if index.targets.all(&src)? != targets {
        return Ok(Some(
            "the index's aliases by key differ from the alias documents".into(),
        ));
    }
    Ok(None)
}

//! Building a region's index from its documents: the key IDs from the region's directory, the
//! aliases from their documents (each verified). Done when there is no index yet (a keystore
//! from before indexes, or a region never listed) or the index fails its check.

use super::{AliasRow, Index, KeyRow, Table, TargetRow, target_key};
use crate::store::error::StoreResult;
use crate::store::fsutil;
use crate::store::keystore::Keystore;

/// The index of `region` as its documents say, reflecting generation `generation`.
pub(super) fn rebuild(store: &Keystore, region: &str, generation: u64) -> StoreResult<Index> {
    let mut keys: Vec<KeyRow> = fsutil::entries(&store.key_dir(region))?
        .into_iter()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let id = name.strip_suffix(".json")?;
            crate::model::is_key_id(id).then(|| KeyRow(id.to_string()))
        })
        .collect();
    keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut aliases = Vec::new();
    for entry in fsutil::entries(&store.alias_dir(region))? {
        if let Some(rec) = store.read_alias_file(region, &entry.path())? {
            aliases.push(AliasRow::of(&rec));
        }
    }
    aliases.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut targets: Vec<TargetRow> = aliases
        .iter()
        .map(|a| TargetRow(target_key(&a.1, &a.0), a.2, a.3))
        .collect();
    targets.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(Index {
        region: region.to_string(),
        generation,
        keys: Table::built(keys),
        aliases: Table::built(aliases),
        targets: Table::built(targets),
        retired: Vec::new(),
        rebuilt: true,
        on_disk: Default::default(),
    })
}

//! `keystore check` of the region indexes (see [`crate::store::index`]).

use super::{Checker, Doc};
use crate::store::aliases::AliasRecord;
use crate::store::document;
use crate::store::error::StoreResult;
use std::collections::BTreeMap;

impl Checker<'_> {
    /// Each region's index matches its key and alias documents (after the aliases above were
    /// repaired); chunk files no manifest lists are leftovers.
    pub(super) fn indexes(&mut self, docs: &[Doc]) -> StoreResult<()> {
        let mut regions: BTreeMap<String, (Vec<String>, Vec<AliasRecord>)> = BTreeMap::new();
        for region in self.ks.indexed_regions()? {
            regions.entry(region).or_default();
        }
        for d in docs
            .iter()
            .filter(|d| matches!(d.kind.as_str(), "Key" | "Alias"))
        {
            let region = d.rel.split('/').nth(1).unwrap_or_default().to_string();
            if !regions.contains_key(&region) {
                continue;
            }
            let (keys, aliases) = regions.entry(region.clone()).or_default();
            if d.kind == "Key" {
                keys.extend(d.body["KeyId"].as_str().map(str::to_string));
            } else if let Ok(a) = serde_json::from_value::<AliasRecord>(d.body.clone())
                && !self.removed.contains(&d.rel)
            {
                aliases.push(a);
            }
        }
        for (region, (mut keys, mut aliases)) in regions {
            keys.sort_unstable();
            aliases.sort_unstable_by(|a, b| a.alias_name.cmp(&b.alias_name));
            let report = self.ks.check_index(&region, &keys, &aliases)?;
            let manifest = format!("{}/{region}/manifest.json", crate::store::index::INDEX_DIR);
            if let Some(detail) = report.mismatch {
                self.find("Index", &manifest, detail, self.repair);
                if self.repair {
                    self.ks.rebuild_index(&region)?;
                }
                continue;
            }
            for rel in report.leftovers {
                let detail = "an index chunk no manifest lists".to_string();
                self.find("IndexLeftover", &rel, detail, self.repair);
                if self.repair {
                    document::remove(self.ks.doc_key(), &self.ks.dir().join(&rel))?;
                }
            }
        }
        Ok(())
    }
}

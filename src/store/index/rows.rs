//! The rows of the three tables, the manifest and the chunk bodies as they are stored.

use crate::store::aliases::AliasRecord;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A row of a table.
pub trait Row: Serialize + DeserializeOwned + Clone + PartialEq + Send + Sync + 'static {
    /// The table's name, part of its chunks' names and identities.
    const TABLE: &'static str;
    /// The key the table is sorted by.
    fn key(&self) -> &str;
}

/// A row of the key table: a key ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyRow(pub String);

impl Row for KeyRow {
    const TABLE: &'static str = "keys";
    fn key(&self) -> &str {
        &self.0
    }
}

/// A row of the alias table: name, target key, creation and last update (epoch milliseconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasRow(pub String, pub String, pub i64, pub i64);

impl Row for AliasRow {
    const TABLE: &'static str = "aliases";
    fn key(&self) -> &str {
        &self.0
    }
}

/// A row of the target table: `<key ID> <alias name>`, creation and last update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetRow(pub String, pub i64, pub i64);

impl Row for TargetRow {
    const TABLE: &'static str = "targets";
    fn key(&self) -> &str {
        &self.0
    }
}

/// The target table's key of alias `name` of key `key_id` (neither holds a space).
pub(super) fn target_key(key_id: &str, name: &str) -> String {
    format!("{key_id} {name}")
}

impl AliasRow {
    pub(super) fn of(rec: &AliasRecord) -> Self {
        Self(
            rec.alias_name.clone(),
            rec.target_key_id.clone(),
            rec.creation_date,
            rec.last_updated_date,
        )
    }

    pub(super) fn record(self) -> AliasRecord {
        AliasRecord {
            alias_name: self.0,
            target_key_id: self.1,
            creation_date: self.2,
            last_updated_date: self.3,
        }
    }
}

impl TargetRow {
    pub(super) fn of(rec: &AliasRecord) -> Self {
        Self(
            target_key(&rec.target_key_id, &rec.alias_name),
            rec.creation_date,
            rec.last_updated_date,
        )
    }

    pub(super) fn record(self) -> AliasRecord {
        let (target, name) = self.0.split_once(' ').unwrap_or_default();
        AliasRecord {
            alias_name: name.to_string(),
            target_key_id: target.to_string(),
            creation_date: self.1,
            last_updated_date: self.2,
        }
    }
}

/// A chunk on disk: ID, first key, number of rows, and the generation that wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkRef(pub String, pub String, pub usize, pub u64);

/// The manifest's body.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub(super) struct Manifest {
    pub(super) keys: Vec<ChunkRef>,
    pub(super) aliases: Vec<ChunkRef>,
    pub(super) targets: Vec<ChunkRef>,
    /// Chunk files this manifest no longer lists, kept until the next manifest for readers of
    /// the one before.
    pub(super) retired: Vec<String>,
}

/// A chunk's body: its rows (a `Vec` when read, a slice when written).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub(super) struct ChunkBody<T> {
    pub(super) entries: T,
}

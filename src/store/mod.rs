//! The only code that touches the filesystem: the keystore directory, its documents, the root
//! key, atomic writes and the cross-process lock.
//!
//! Layout of a keystore directory:
//! ```text
//! keystore.json                    format version, account, keystore ID, root-key check (MACed)
//! lock                             the write lock every writer holds while it writes
//! keys/<region>/<key-id>.json      one document per key: metadata, policy, sealed material (MACed)
//!                                  (a multi-Region key has one in each of its Regions)
//! keys/<region>/deletions.json     pending deletion dates, so list-keys reads one extra file
//! aliases/<region>/<sha256>.json   one document per alias (file named by the name's SHA-256)
//! index/<region>/…                 the region's key IDs and aliases, sorted in chunks (see index)
//! credentials.json                 access keys `lkms serve` accepts (secrets sealed, MACed)
//! custom-key-stores/<region>.json  the region's custom key stores (passwords sealed, MACed)
//! hsm-clusters.json                PKCS#11 tokens registered as CloudHSM clusters (MACed)
//! grants/<region>/<key-id>.json    the grants of one key (MACed, bound to region and key)
//! identity-policies/<sha256>.json  one principal's IAM identity policies (file named by the
//!                                  principal ARN's SHA-256)
//! settings.json, audit/, usage/    the audit trail and last-usage data (see [`audit`])
//! ```

pub mod aliases;
pub mod audit;
pub mod batch;
pub mod canonical;
pub mod check;
pub mod credentials;
pub mod custom_key_stores;
pub mod document;
pub mod error;
pub mod fsutil;
pub mod generation;
pub mod grants;
pub mod group;
pub(crate) mod held;
pub mod identity;
pub mod index;
pub mod journal_tail;
pub mod keyrecord;
pub mod keys;
pub mod keystore;
pub mod regions;
pub mod rootcache;
pub mod rootkey;
pub mod sealing;
pub mod upgrade;
pub mod watch;

pub use aliases::AliasRecord;
pub use custom_key_stores::{
    CloudHsmSettings, CustomKeyStoreRecord, CustomKeyStores, HsmCluster, HsmClusters, XksSettings,
};
pub use error::{StoreError, StoreResult};
pub use identity::IdentityPolicies;
pub use keyrecord::{ImportInfo, KeyRecord, Material, MultiRegionRecord, RotationSettings};
pub use keystore::Keystore;

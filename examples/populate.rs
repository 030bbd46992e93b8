//! Fills a keystore with N symmetric keys through the library, for the scaling benchmarks.
//!
//! Usage: `populate <keystore-dir> <count> [--aliases]` with `LKMS_ROOT_KEY` set. With
//! `--aliases`, key number i also gets the alias `alias/bench-i`.
//!
//! Keys are made by CreateKey itself, from many threads at once, so the store's group commit
//! writes them in large batches (one flush each); the aliases are written in one batch.

use lkms::clock::Clock;
use lkms::model::CreateKeyRequest;
use lkms::ops::{Service, create_key};
use lkms::store::rootkey::RootKeyConfig;
use lkms::store::{AliasRecord, Keystore};
use std::sync::Arc;

/// Threads calling CreateKey at once: the size of the batches the group commit forms.
const THREADS: usize = 256;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, count, rest @ ..] = args.as_slice() else {
        return Err("usage: populate <keystore-dir> <count> [--aliases]".into());
    };
    let count: usize = count.parse()?;
    let aliases = rest.iter().any(|a| a == "--aliases");
    let region = "us-east-1";
    let store = Arc::new(Keystore::open(dir.as_ref(), &RootKeyConfig::from_env())?);
    let service = Service::new(store.clone(), region, Clock::System);
    let threads = THREADS.min(count.max(1));
    let ids: Vec<(usize, String)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let service = &service;
                s.spawn(move || -> Result<Vec<(usize, String)>, String> {
                    let mut made = Vec::new();
                    for i in (t..count).step_by(threads) {
                        let key = create_key::handle(service, CreateKeyRequest::default())
                            .map_err(|e| e.to_string())?;
                        let id = key.key_metadata.map(|m| m.key_id).unwrap_or_default();
                        made.push((i, id));
                    }
                    Ok(made)
                })
            })
            .collect();
        let mut all = Vec::new();
        for w in workers {
            all.extend(w.join().map_err(|_| "a worker panicked".to_string())??);
        }
        Ok::<_, String>(all)
    })?;
    if aliases {
        let now = Clock::System.now().epoch_millis();
        let recs: Vec<AliasRecord> = ids
            .iter()
            .map(|(i, id)| AliasRecord {
                alias_name: format!("alias/bench-{i}"),
                target_key_id: id.clone(),
                creation_date: now,
                last_updated_date: now,
            })
            .collect();
        let _lock = store.lock()?;
        store.write_aliases(region, &recs)?;
    }
    Ok(())
}

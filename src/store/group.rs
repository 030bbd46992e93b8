//! Group commit of new keys. CreateKey must not answer before its key is on disk, and an fsync
//! costs far more than the rest of the call; so concurrent creations (the server's) are written
//! together: the first caller to find nobody writing becomes the writer, takes every key queued
//! so far, writes them in one batch with one index update and one flush (see [`super::batch`]),
//! and wakes everyone it wrote for. Callers that arrive meanwhile queue for the next batch. A
//! lone caller (the command line) is a batch of one.

use super::batch::shared_error;
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use super::index::IndexTx;
use super::keyrecord::KeyRecord;
use super::keystore::{KEY_KIND, Keystore};
use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

type Slot = Arc<Mutex<Option<StoreResult<()>>>>;

/// Keys waiting to be written, and whether a writer is at work.
#[derive(Debug, Default)]
pub struct Group {
    state: Mutex<State>,
    turn: Condvar,
}

#[derive(Debug, Default)]
struct State {
    queue: Vec<Job>,
    writing: bool,
}

#[derive(Debug)]
struct Job {
    region: String,
    rec: KeyRecord,
    result: Slot,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Hands the writer's role back however the batch ends (a panic included), so nobody waits for
/// a writer that is gone.
struct Writing<'a>(&'a Group);

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        lock(&self.0.state).writing = false;
        self.0.turn.notify_all();
    }
}

impl Keystore {
    /// Writes a new key's document and lists it in the region's index; returns once both are
    /// on disk. Concurrent calls are written together. Do not hold the lock: the writer takes
    /// it.
    pub fn create_key(&self, region: &str, rec: &KeyRecord) -> StoreResult<()> {
        let slot: Slot = Arc::new(Mutex::new(None));
        let group = &self.group;
        let mut state = lock(&group.state);
        state.queue.push(Job {
            region: region.to_string(),
            rec: rec.clone(),
            result: slot.clone(),
        });
        loop {
            if let Some(result) = lock(&slot).take() {
                return result;
            }
            if !state.writing {
                state.writing = true;
                let jobs = std::mem::take(&mut state.queue);
                drop(state);
                let writing = Writing(group);
                let outcome = self.create_keys_now(&jobs);
                for job in &jobs {
                    let result = match &outcome {
                        Ok(()) => Ok(()),
                        Err(e) => Err(shared_error(e)),
                    };
                    *lock(&job.result) = Some(result);
                }
                drop(writing);
                state = lock(&group.state);
                continue;
            }
            state = group.turn.wait(state).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Writes a batch of new keys under the lock: their documents, then each region's index.
    fn create_keys_now(&self, jobs: &[Job]) -> StoreResult<()> {
        let _lock = self.lock()?;
        let mut regions: BTreeMap<&str, Vec<&KeyRecord>> = BTreeMap::new();
        for job in jobs {
            regions.entry(&job.region).or_default().push(&job.rec);
        }
        for (region, recs) in regions {
            let dir = self.key_dir(region);
            fsutil::private_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
            let mut tx = IndexTx::begin(self, region)?;
            for rec in recs {
                let path = self.key_path(region, &rec.key_id);
                if path.exists() {
                    return Err(StoreError::Corrupt(format!(
                        "key {} already exists in {region}",
                        rec.key_id
                    )));
                }
                let identity = [region, rec.key_id.as_str()];
                tx.batch().write(KEY_KIND, &identity, rec, &path)?;
                tx.add_key(&rec.key_id)?;
            }
            tx.commit()?;
        }
        Ok(())
    }
}

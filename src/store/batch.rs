//! Document writes made together under the keystore lock: every new document is first written
//! to a temp file, all of them are made durable at once, then each is renamed into place (or its
//! file removed) and journaled in order, and the renames are made durable at once.
//!
//! A single write is a batch of one. Many writes (the documents of a group of CreateKey calls,
//! a key with its index) share two flushes instead of two each: with more than
//! [`SYNC_FILESYSTEM_AT`] files, one `syncfs` of the keystore's filesystem replaces the per-file
//! and per-directory `fsync`s. Nothing is acknowledged before [`Batch::commit`] returns, and no
//! document is ever renamed into place before its bytes are on disk, so a power cut leaves every
//! file whole: the old version or the new.

use super::document::{DocKey, encode};
use super::error::{StoreError, StoreResult, io_error};
use super::fsutil;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};

/// Above this many files a batch syncs the filesystem once instead of each file and directory.
pub const SYNC_FILESYSTEM_AT: usize = 4;

enum Step {
    /// A staged document; its temp file stays open while it may still be synced on its own.
    Write {
        tmp: PathBuf,
        file: Option<File>,
        path: PathBuf,
    },
    Remove {
        path: PathBuf,
    },
}

/// Writes staged for one commit. Hold the keystore lock from [`Batch::new`] to
/// [`Batch::commit`].
pub struct Batch<'a> {
    key: &'a DocKey,
    /// The generation of the first step.
    first: u64,
    steps: Vec<Step>,
}

impl<'a> Batch<'a> {
    /// An empty batch; finishes any write a stopped writer left. Call with the lock held.
    pub fn new(key: &'a DocKey) -> StoreResult<Self> {
        let last = key.generations().reserve()?;
        let staging = key.staging();
        match std::fs::create_dir(staging) {
            Ok(()) => fsutil::restrict_dir(staging).map_err(|e| io_error(staging, e))?,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io_error(staging, e)),
        }
        fsutil::sweep_temps(staging);
        Ok(Self {
            key,
            first: last + 1,
            steps: Vec::new(),
        })
    }

    /// The generation the next step will have.
    pub fn next_generation(&self) -> u64 {
        self.first + self.steps.len() as u64
    }

    /// True when nothing is staged.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Stages a document of `kind` for `path`, written as the next generation.
    pub fn write<T: Serialize>(
        &mut self,
        kind: &str,
        identity: &[&str],
        body: &T,
        path: &Path,
    ) -> StoreResult<()> {
        let bytes = encode(self.key, self.next_generation(), kind, identity, body);
        let name = path.file_name().unwrap_or_default();
        let tmp = fsutil::temp_name(&self.key.staging().join(name));
        let file = fsutil::write_new(&tmp, &bytes).map_err(|e| io_error(&tmp, e))?;
        self.steps.push(Step::Write {
            tmp,
            file: Some(file),
            path: path.to_path_buf(),
        });
        if self.steps.len() > SYNC_FILESYSTEM_AT {
            self.let_go()?;
        }
        Ok(())
    }

    /// A batch this large is synced by filesystem: close its temp files (a big batch would run
    /// out of descriptors). Where there is no filesystem sync, each is synced before closing.
    fn let_go(&mut self) -> StoreResult<()> {
        for step in &mut self.steps {
            if let Step::Write { tmp, file, .. } = step
                && let Some(f) = file.take()
                && !fsutil::SYNCS_FILESYSTEM
            {
                f.sync_all().map_err(|e| io_error(tmp, e))?;
            }
        }
        Ok(())
    }

    /// Stages the removal of `path` (nothing if it does not exist and is not written earlier in
    /// this batch).
    pub fn remove(&mut self, path: &Path) {
        let written = self
            .steps
            .iter()
            .any(|s| matches!(s, Step::Write { path: p, .. } if p == path));
        if written || path.exists() {
            self.steps.push(Step::Remove {
                path: path.to_path_buf(),
            });
        }
    }

    /// Makes the staged writes durable, puts them in place in order, journals each, and makes
    /// that durable. Returns the generation of the last step (0 when there was none).
    pub fn commit(mut self) -> StoreResult<u64> {
        if self.steps.is_empty() {
            return Ok(0);
        }
        let big = self.steps.len() > SYNC_FILESYSTEM_AT;
        let by_filesystem = fsutil::SYNCS_FILESYSTEM && big;
        let staging = self.key.staging().to_path_buf();
        if by_filesystem {
            fsutil::sync_filesystem(&staging).map_err(|e| io_error(&staging, e))?;
        } else {
            for step in &self.steps {
                if let Step::Write {
                    tmp, file: Some(f), ..
                } = step
                {
                    f.sync_all().map_err(|e| io_error(tmp, e))?;
                }
            }
        }
        let gens = self.key.generations();
        let mut dirs = BTreeSet::new();
        let mut g = self.first;
        let mut steps = std::mem::take(&mut self.steps).into_iter();
        while let Some(step) = steps.next() {
            let (path, removed) = match &step {
                Step::Write { path, .. } => (path.clone(), false),
                Step::Remove { path } => (path.clone(), true),
            };
            let placed = gens
                .note_pending(g, &path, removed)
                .and_then(|()| place(step));
            if let Err(e) = placed.and_then(|()| gens.append(g, &path, removed)) {
                // A pending note naming a write that did not happen is dropped by the next
                // writer; one whose write happened gets its journal line then.
                self.steps.extend(steps);
                return Err(e);
            }
            if let Some(dir) = path.parent() {
                dirs.insert(dir.to_path_buf());
            }
            g += 1;
        }
        gens.done()?;
        if by_filesystem {
            fsutil::sync_filesystem(&staging).map_err(|e| io_error(&staging, e))?;
        } else {
            for dir in &dirs {
                fsutil::sync_dir(dir).map_err(|e| io_error(dir, e))?;
            }
        }
        gens.write_record(g - 1);
        Ok(g - 1)
    }

    /// Removes the temp files of steps not put in place.
    fn discard(&mut self) {
        for step in self.steps.drain(..) {
            if let Step::Write { tmp, .. } = step {
                let _ = std::fs::remove_file(tmp);
            }
        }
    }
}

impl Drop for Batch<'_> {
    fn drop(&mut self) {
        self.discard();
    }
}

/// Renames a staged document into place, or removes a file.
fn place(step: Step) -> StoreResult<()> {
    match step {
        Step::Write { tmp, file, path } => {
            drop(file);
            std::fs::rename(&tmp, &path).map_err(|e| {
                let _ = std::fs::remove_file(&tmp);
                io_error(&path, e)
            })
        }
        Step::Remove { path } => match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_error(&path, e)),
            _ => Ok(()),
        },
    }
}

/// A failure of a batch shared by everyone whose write was in it (group commit): the same
/// error, rebuilt for each.
pub fn shared_error(e: &StoreError) -> StoreError {
    match e {
        StoreError::Io { path, source } => StoreError::Io {
            path: path.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
        StoreError::Corrupt(m) => StoreError::Corrupt(m.clone()),
        StoreError::Config(m) => StoreError::Config(m.clone()),
        StoreError::PendingImport {
            key_id,
            material_id,
        } => StoreError::PendingImport {
            key_id: key_id.clone(),
            material_id: material_id.clone(),
        },
    }
}

//! The records of many calls written together (`lkms serve`): one thread takes what the calls
//! in flight leave behind — their audit events and key uses — and writes each gathering in one
//! append under one hold of the audit lock, and each key's latest use once.
//!
//! A call is answered only once its record is written ([`Written::wait`]), as when it writes
//! its own: an acknowledged call's event is in the trail (and on disk, in sync mode) and its use
//! is what GetKeyLastUsage reports, to this process and to any other. What the gathering saves
//! is the per-call cost of the lock, the head and the usage file, which under load is most of
//! the cost of a cheap call; a single call waits one hand-over to the thread and back.
//!
//! The order of events in the trail is the order in which calls finished, as before.

use crate::audit::usage::KeyUsage;
use crate::model::Timestamp;
use crate::store::Keystore;
use crate::store::audit::AuditSettings;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, mpsc};
use tokio::sync::oneshot;

/// The most calls written in one gathering: bounds the time the audit lock is held.
const MAX_GATHER: usize = 512;

/// What one call leaves to write.
pub(crate) struct Job {
    /// The Region of the call's keys.
    pub region: String,
    /// The use to record for each of these keys (successful cryptographic calls).
    pub usage: Option<(KeyUsage, Vec<String>)>,
    /// The call's event (serialised, see [`crate::audit::record::Body::EventJson`]) and the
    /// trail's settings, when the trail is on.
    pub event: Option<(AuditSettings, Vec<u8>)>,
    /// When the call finished (dates a log file closed by this append).
    pub now: Timestamp,
    done: Option<oneshot::Sender<Option<String>>>,
}

impl Job {
    /// A job; `Written` tells when it is done.
    pub fn new(
        region: String,
        usage: Option<(KeyUsage, Vec<String>)>,
        event: Option<(AuditSettings, Vec<u8>)>,
        now: Timestamp,
    ) -> (Self, Written) {
        let (tx, rx) = oneshot::channel();
        let job = Self {
            region,
            usage,
            event,
            now,
            done: Some(tx),
        };
        (job, Written(rx))
    }
}

/// The promise that a call's record is written.
#[derive(Debug)]
pub struct Written(oneshot::Receiver<Option<String>>);

impl Written {
    /// Waits until the call's record is written; a warning when it could not be.
    pub async fn wait(self) -> Option<String> {
        self.0
            .await
            .unwrap_or_else(|_| Some("the audit trail writer stopped".into()))
    }
}

impl Written {
    /// The warning of a job already written (by [`write`] on this thread).
    pub(crate) fn now(mut self) -> Option<String> {
        self.0.try_recv().ok().flatten()
    }
}

/// The writing thread, and the way to it.
pub struct RecordQueue {
    send: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl std::fmt::Debug for RecordQueue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecordQueue")
    }
}

impl RecordQueue {
    /// Starts the thread that writes the records of calls on `store`.
    pub fn start(store: Arc<Keystore>) -> std::io::Result<Self> {
        let (send, recv) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("lkms-records".into())
            .spawn(move || run(&store, &recv))?;
        Ok(Self {
            send: Mutex::new(Some(send)),
            thread: Mutex::new(Some(thread)),
        })
    }

    /// Hands a job to the thread; gives it back if the thread is gone (the caller then writes
    /// it itself).
    pub(crate) fn push(&self, job: Job) -> Option<Job> {
        let send = self.send.lock().unwrap_or_else(|e| e.into_inner());
        match send.as_ref() {
            Some(s) => s.send(job).err().map(|e| e.0),
            None => Some(job),
        }
    }
}

impl Drop for RecordQueue {
    /// Writes what is queued, then stops the thread.
    fn drop(&mut self) {
        drop(self.send.lock().unwrap_or_else(|e| e.into_inner()).take());
        if let Some(t) = self.thread.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = t.join();
        }
    }
}

/// How many times the thread gives way to others before it sleeps when it finds nothing to
/// write. Under load the calls in flight queue their records meanwhile, and the thread finds
/// them without being woken (waking it was 7% of the server's CPU); idle, it sleeps after a few
/// `sched_yield`s.
const YIELDS_BEFORE_SLEEP: u32 = 3;

fn run(store: &Keystore, recv: &mpsc::Receiver<Job>) {
    let mut yields = 0;
    loop {
        let first = match recv.try_recv() {
            Ok(j) => j,
            Err(mpsc::TryRecvError::Disconnected) => return,
            Err(mpsc::TryRecvError::Empty) if yields < YIELDS_BEFORE_SLEEP => {
                yields += 1;
                std::thread::yield_now();
                continue;
            }
            Err(mpsc::TryRecvError::Empty) => match recv.recv() {
                Ok(j) => j,
                Err(_) => return,
            },
        };
        yields = 0;
        let mut jobs = vec![first];
        while jobs.len() < MAX_GATHER {
            match recv.try_recv() {
                Ok(j) => jobs.push(j),
                Err(_) => break,
            }
        }
        write(store, &mut jobs);
    }
}

/// Writes a gathering: the latest use of each key, then the events (in order, one append per
/// run of equal settings), then tells each call.
pub(crate) fn write(store: &Keystore, jobs: &mut [Job]) {
    let mut warnings: Vec<Option<String>> = vec![None; jobs.len()];
    let mut latest: HashMap<(&str, &str), (&KeyUsage, Vec<usize>)> = HashMap::new();
    for (i, job) in jobs.iter().enumerate() {
        let Some((usage, keys)) = &job.usage else {
            continue;
        };
        for key in keys {
            let slot = latest
                .entry((job.region.as_str(), key.as_str()))
                .or_insert((usage, Vec::new()));
            if usage.timestamp >= slot.0.timestamp {
                slot.0 = usage;
            }
            slot.1.push(i);
        }
    }
    for ((region, key), (usage, users)) in &latest {
        if let Err(e) = store.record_key_usage(region, key, usage) {
            for &i in users {
                warnings[i].get_or_insert_with(|| {
                    format!("the key's last use could not be recorded: {e}")
                });
            }
        }
    }
    let mut i = 0;
    while i < jobs.len() {
        let Some(settings) = jobs[i].event.as_ref().map(|(s, _)| s.clone()) else {
            i += 1;
            continue;
        };
        let (mut events, mut members, mut now) = (Vec::new(), Vec::new(), jobs[i].now);
        while let Some(job) = jobs.get_mut(i) {
            match &mut job.event {
                Some((s, v)) if *s == settings => {
                    events.push(std::mem::take(v));
                    members.push(i);
                    now = now.max(job.now);
                }
                Some(_) => break,
                None => {}
            }
            i += 1;
        }
        if let Err(e) = store.append_audit_serialized(events, &settings, now) {
            for m in members {
                warnings[m]
                    .get_or_insert_with(|| format!("the audit trail could not be written: {e}"));
            }
        }
    }
    for (job, warning) in jobs.iter_mut().zip(warnings) {
        if let Some(done) = job.done.take() {
            let _ = done.send(warning);
        }
    }
}

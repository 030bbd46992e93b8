//! Many writers on one log: 8 processes, each with 2 threads, append 200 events in all per
//! process (1600 events) into small files that rotate under load. No event may be lost,
//! duplicated, torn or interleaved, and the chain and every digest must verify.
//!
//! The test runs itself as the writer processes: a child is this test binary started with
//! `LKMS_AUDIT_WRITER` set, running this same test, which then only writes.

mod audit_support;
use audit_support::*;
use lkms::store::audit::AuditSettings;
use std::collections::BTreeSet;
use std::process::Command;
use tempfile::TempDir;

const PROCESSES: usize = 8;
const THREADS: usize = 2;
const PER_THREAD: usize = 100;
const TEST_NAME: &str = "eight_processes_append_without_losing_or_tearing_an_event";

fn write_as_child(dir: &str, writer: &str) {
    let settings = &small_files();
    std::thread::scope(|s| {
        for t in 0..THREADS {
            s.spawn(move || {
                // Each thread opens its own keystore handle, as separate requests would.
                let ks = open(std::path::Path::new(dir));
                for i in 0..PER_THREAD {
                    let tag = format!("{writer}-{t}-{i}");
                    let (e, _) = encrypt_event(ALICE, KEY_ARN, &tag, 1_700_000_000 + i as i64);
                    ks.append_audit_event(&e, settings, at(1_700_000_000))
                        .unwrap()
                        .unwrap();
                }
            });
        }
    });
}

/// A writer that appends large events until it is killed.
fn write_until_killed(dir: &str) {
    let ks = open(std::path::Path::new(dir));
    let big = "x".repeat(200_000);
    for i in 0.. {
        let (e, _) = encrypt_event(ALICE, KEY_ARN, &format!("k{i}-{big}"), 1_700_000_000);
        ks.append_audit_event(&e, &AuditSettings::default(), at(1_700_000_000))
            .unwrap();
    }
}

#[test]
fn writers_killed_mid_append_leave_nothing_but_reported_torn_writes() {
    if let Ok(dir) = std::env::var("LKMS_AUDIT_KILL_DIR") {
        return write_until_killed(&dir);
    }
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("ks");
    let ks = open(&dir);
    kill_rounds(
        "writers_killed_mid_append_leave_nothing_but_reported_torn_writes",
        &dir,
        6,
        (150, 37),
        |_| vec![("LKMS_AUDIT_KILL_DIR".into(), dir.display().to_string())],
    );
    // One more append repairs whatever the last kill left.
    append_n(&ks, &AuditSettings::default(), 1, 1_700_000_100);
    let report = ks.verify_audit_log().unwrap();
    assert!(report.records_checked > 6, "{report:?}");
    assert!(
        report
            .findings
            .iter()
            .all(|f| format!("{:?}", f.kind) == "RepairedTornRecord"),
        "{:?}",
        report.findings
    );
}

/// Runs this test binary's `test` as a writer `rounds` times, with the environment `vars`
/// gives each round, killing it (SIGKILL) after `first + step * round` ms; after each kill
/// the log at `dir` may show torn writes and nothing else.
fn kill_rounds(
    test: &str,
    dir: &std::path::Path,
    rounds: u64,
    (first, step): (u64, u64),
    vars: impl Fn(u64) -> Vec<(String, String)>,
) {
    let ks = open(dir);
    let exe = std::env::current_exe().unwrap();
    for round in 0..rounds {
        let mut child = Command::new(&exe)
            .args([test, "--exact"])
            .envs(vars(round))
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(first + step * round));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let kinds: Vec<String> = findings(&ks).into_iter().map(|f| f.0).collect();
        assert!(
            kinds
                .iter()
                .all(|k| k == "TornRecord" || k == "RepairedTornRecord"),
            "after kill {round}: {kinds:?}"
        );
    }
}

/// A writer that appends events an hour apart into small files kept a day, so that it prunes
/// every few files, until it is killed.
fn prune_until_killed(dir: &str, round: u64) {
    let ks = open(std::path::Path::new(dir));
    let settings = AuditSettings {
        retention_days: Some(1),
        ..small_files()
    };
    let big = "x".repeat(20_000);
    let base = 1_700_000_000 + round as i64 * 10_000 * 3600;
    for i in 0.. {
        let (e, _) = encrypt_event(ALICE, KEY_ARN, &format!("k{i}-{big}"), base);
        ks.append_audit_event(&e, &settings, at(base + i * 3600))
            .unwrap();
    }
}

#[test]
fn writers_killed_while_pruning_leave_nothing_but_reported_torn_writes() {
    if let (Ok(dir), Ok(round)) = (
        std::env::var("LKMS_AUDIT_PRUNE_DIR"),
        std::env::var("LKMS_AUDIT_PRUNE_ROUND"),
    ) {
        return prune_until_killed(&dir, round.parse().unwrap());
    }
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("ks");
    kill_rounds(
        "writers_killed_while_pruning_leave_nothing_but_reported_torn_writes",
        &dir,
        8,
        (300, 53),
        |round| {
            vec![
                ("LKMS_AUDIT_PRUNE_DIR".into(), dir.display().to_string()),
                ("LKMS_AUDIT_PRUNE_ROUND".into(), round.to_string()),
            ]
        },
    );
    // Pruning happened: the first file is long gone.
    assert!(!dir.join("audit").join("log-000001.jsonl").exists());
}

#[test]
fn eight_processes_append_without_losing_or_tearing_an_event() {
    if let (Ok(dir), Ok(writer)) = (
        std::env::var("LKMS_AUDIT_DIR"),
        std::env::var("LKMS_AUDIT_WRITER"),
    ) {
        write_as_child(&dir, &writer);
        return;
    }
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("ks");
    let ks = open(&dir);
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..PROCESSES)
        .map(|p| {
            Command::new(&exe)
                .args([TEST_NAME, "--exact", "--test-threads=1", "--nocapture"])
                .env("LKMS_AUDIT_DIR", &dir)
                .env("LKMS_AUDIT_WRITER", format!("w{p}"))
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success(), "a writer process failed");
    }
    // Every line of every file is a whole record; sequence numbers run 1..=1600 in order.
    let audit = dir.join("audit");
    let files = log_file_names(&dir);
    assert!(files.len() >= 4, "the log should have rotated: {files:?}");
    let mut seqs = Vec::new();
    let mut tags = BTreeSet::new();
    for f in &files {
        let text = std::fs::read_to_string(audit.join(f)).unwrap();
        assert!(text.ends_with('\n'), "{f} ends in a partial line");
        for line in text.lines() {
            let rec: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("torn line in {f}: {e}"));
            seqs.push(rec["Seq"].as_u64().unwrap());
            let tag = rec["Event"]["requestParameters"]["encryptionContext"]["tag"]
                .as_str()
                .unwrap()
                .to_string();
            assert!(tags.insert(tag.clone()), "event {tag} appears twice");
        }
    }
    let total = PROCESSES * THREADS * PER_THREAD;
    assert_eq!(seqs, (1..=total as u64).collect::<Vec<_>>());
    for p in 0..PROCESSES {
        for t in 0..THREADS {
            for i in 0..PER_THREAD {
                assert!(
                    tags.contains(&format!("w{p}-{t}-{i}")),
                    "event w{p}-{t}-{i} was lost"
                );
            }
        }
    }
    assert_eq!(findings(&ks), vec![]);
    let page = ks.lookup_audit_events(&Default::default()).unwrap();
    assert_eq!(page["Events"].as_array().unwrap().len(), 50);
}

//! Audit log retention: `lkms audit enable --retention-days N` deletes closed log files N days
//! after they were closed, at the next file change, after a note in the chain that names them;
//! `audit verify` then checks what is left against the note and still finds tampering.

mod common;
#[path = "audit_support/trail.rs"]
mod trail;
use common::*;
use serde_json::{Value, json};
use trail::*;

/// 2027-01-15T08:00:00Z.
const T0: u64 = 1_799_999_999;
const DAY: u64 = 86_400;

fn file_names(env: &Env) -> Vec<String> {
    log_files(env)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

fn digests(env: &Env) -> Vec<String> {
    let mut d: Vec<String> = std::fs::read_dir(env.keystore().join("audit"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".digest"))
        .collect();
    d.sort();
    d
}

/// Calls at `secs` whose events are about 7 KiB each (a long description), so that a 64 KiB
/// log file closes every nine or so.
fn fill(env: &Env, secs: u64, calls: usize) {
    let description = "d".repeat(7000);
    for i in 0..calls {
        let now = (secs + i as u64).to_string();
        let r = env.run_env(
            &["create-key", "--description", &description],
            &[("LKMS_NOW", &now)],
        );
        assert_eq!(r.code, 0, "{r:?}");
    }
}

/// 64 KiB log files, each deleted a day after it closes.
fn small_files_kept_a_day(env: &Env) -> Value {
    env.ok(&[
        "audit",
        "enable",
        "--max-file-bytes",
        "65536",
        "--retention-days",
        "1",
    ])
}

fn findings(env: &Env) -> Vec<(String, String)> {
    let (_, report) = verify(env);
    report["Findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["Kind"].as_str().unwrap().to_string(),
                f["File"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn closed_files_older_than_the_retention_are_deleted_and_what_is_left_verifies() {
    let env = Env::new();
    let now = T0.to_string();
    let set = env.run_env(
        &[
            "audit",
            "enable",
            "--max-file-bytes",
            "65536",
            "--retention-days",
            "1",
        ],
        &[("LKMS_NOW", &now)],
    );
    assert_eq!(
        set.json(),
        json!({"Enabled": true, "MaxFileBytes": 65536, "Sync": false, "RetentionDays": 1})
    );
    fill(&env, T0, 40);
    let before = file_names(&env);
    assert!(before.len() >= 4, "{before:?}");
    // Within the day nothing goes, however many files close.
    fill(&env, T0 + DAY / 2, 12);
    let within = file_names(&env);
    assert_eq!(within[0], "log-000001.jsonl", "{within:?}");
    // Two days on, the next file change deletes the files closed on the first day: every file
    // but the last one open then.
    fill(&env, T0 + 2 * DAY, 12);
    let after = file_names(&env);
    let open_then = within.last().unwrap();
    assert_eq!(&after[0], open_then, "{within:?} -> {after:?}");
    assert!(
        digests(&env).iter().all(|d| d.as_str() >= &open_then[..10]),
        "{:?}",
        digests(&env)
    );
    // The note naming them opens the next file.
    let next = std::fs::read_to_string(&log_files(&env)[1]).unwrap();
    let note: Value = serde_json::from_str(next.lines().next().unwrap()).unwrap();
    assert_eq!(note["Note"]["Kind"], "LogFilesPruned", "{note}");
    assert_eq!(note["Note"]["FirstFile"], "log-000001.jsonl");
    assert_eq!(note["Note"]["RetentionDays"], 1);
    let (code, report) = verify(&env);
    assert_eq!((code, &report["Findings"]), (0, &json!([])), "{report}");
    // Lookups read what is left: the events of the last day and a half.
    let events = records(&env, &["--max-results", "50"]);
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["eventName"] == "CreateKey"));

    // Tampering with what is left is still found: a kept file removed, a record edited.
    let kept = log_files(&env)[0].clone();
    let bytes = std::fs::read(&kept).unwrap();
    std::fs::remove_file(&kept).unwrap();
    assert_eq!(
        findings(&env),
        [("RemovedFile".to_string(), after[0].clone())]
    );
    let edited = String::from_utf8(bytes.clone())
        .unwrap()
        .replacen("ddd", "ddx", 1);
    std::fs::write(&kept, edited).unwrap();
    let kinds: Vec<String> = findings(&env).into_iter().map(|f| f.0).collect();
    assert!(kinds.contains(&"EditedEvent".to_string()), "{kinds:?}");
    std::fs::write(&kept, &bytes).unwrap();
    assert_eq!(verify(&env).0, 0);
}

#[test]
fn a_pruning_cut_short_leaves_nothing_to_report_and_the_next_one_finishes_it() {
    let env = Env::new();
    small_files_kept_a_day(&env);
    fill(&env, T0, 30);
    let first = log_files(&env)[0].clone();
    let digest = first.with_extension("digest");
    let first_bytes = std::fs::read(&first).unwrap();
    let digest_bytes = std::fs::read(&digest).unwrap();
    fill(&env, T0 + 2 * DAY, 12);
    assert!(!first.exists() && !digest.exists());
    // As if the deleting had stopped before this file (logs go first, so it keeps its digest):
    // the note covers it, and it still matches its digest.
    std::fs::write(&first, &first_bytes).unwrap();
    std::fs::write(&digest, &digest_bytes).unwrap();
    assert_eq!(verify(&env).0, 0, "{}", verify(&env).1);
    // Or only its digest was left.
    std::fs::remove_file(&first).unwrap();
    assert_eq!(verify(&env).0, 0, "{}", verify(&env).1);
    std::fs::write(&first, &first_bytes).unwrap();
    fill(&env, T0 + 2 * DAY + 100, 12);
    assert!(!first.exists() && !digest.exists());
    assert_eq!(verify(&env).0, 0);
}

#[test]
fn without_a_retention_every_file_is_kept() {
    let env = Env::new();
    small_files_kept_a_day(&env);
    let off = env.ok(&["audit", "enable", "--retention-days", "0"]);
    assert_eq!(
        off,
        json!({"Enabled": true, "MaxFileBytes": 65536, "Sync": false})
    );
    fill(&env, T0, 20);
    let before = file_names(&env);
    fill(&env, T0 + 400 * DAY, 12);
    assert_eq!(file_names(&env)[..before.len()], before[..]);
    let r = env.run(&["audit", "enable", "--retention-days", "3654"]);
    assert_eq!(r.code, 252, "{r:?}");
    assert_eq!(
        r.stderr,
        param_err_text(
            "The audit log retention must be 0 (keep every file) to 3653 days, not 3654."
        )
    );
}

#[test]
fn writers_in_several_processes_prune_as_they_go_and_the_trail_still_verifies() {
    let env = Env::new();
    small_files_kept_a_day(&env);
    fill(&env, T0, 20);
    // Four processes at once, each a day further on than the last: every one of them finds
    // files old enough to delete when it closes a file, while the others append.
    std::thread::scope(|s| {
        for p in 0..4u64 {
            let env = &env;
            s.spawn(move || fill(env, T0 + (2 + p) * DAY, 15));
        }
    });
    let (code, report) = verify(&env);
    assert_eq!((code, &report["Findings"]), (0, &json!([])), "{report}");
    // What is left is numbered without a gap from the first record kept on.
    let mut seqs = Vec::new();
    for f in log_files(&env) {
        for line in std::fs::read_to_string(&f).unwrap().lines() {
            let rec: Value = serde_json::from_str(line).unwrap();
            seqs.push(rec["Seq"].as_u64().unwrap());
        }
    }
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "{seqs:?}");
    assert!(seqs[0] > 1, "nothing was pruned: {seqs:?}");
}

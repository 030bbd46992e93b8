//! Helpers for the audit trail tests: a keystore opened through the library, and events.
#![allow(dead_code)]

use lkms::audit::{ApiCall, Caller, EventIds, Outcome, event, redact};
use lkms::crypto::secret::SecretString;
use lkms::model::Timestamp;
use lkms::store::Keystore;
use lkms::store::audit::AuditSettings;
use lkms::store::rootkey::RootKeyConfig;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// A fixed root key, so that child processes open the same keystore.
pub const ROOT_KEY: &str = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
pub const KEY_ARN: &str =
    "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
pub const OTHER_ARN: &str =
    "arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321";

/// The names of the log files in keystore `dir`'s trail, in order.
pub fn log_file_names(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir.join("audit"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".jsonl"))
        .collect();
    files.sort();
    files
}

pub fn open(dir: &Path) -> Keystore {
    let cfg = RootKeyConfig {
        env_value: Some(SecretString::new(ROOT_KEY.to_string())),
        use_keyring: false,
        keyring_user: "audit-tests".into(),
        cache_seconds: 0,
        file: PathBuf::from("/nonexistent/lkms-root-key"),
    };
    Keystore::open(dir, &cfg).unwrap()
}

pub fn at(secs: i64) -> Timestamp {
    Timestamp::from_epoch_millis(secs * 1000).unwrap()
}

/// An Encrypt event by `caller` on `key` at `secs`, tagged with `tag` in its context.
pub fn encrypt_event(caller: &str, key: &str, tag: &str, secs: i64) -> (Value, EventIds) {
    let ids = EventIds::new();
    let request = json!({"KeyId": key, "Plaintext": "c2VjcmV0", "EncryptionContext": {"tag": tag}});
    let response = json!({"CiphertextBlob": "AAAA", "KeyId": key});
    let e = event::api_call(&ApiCall {
        operation: "Encrypt",
        caller: Caller {
            arn: caller,
            access_key_id: Some("AKIAEXAMPLE"),
        },
        region: "us-east-1",
        source_ip: "127.0.0.1",
        user_agent: "lkms-tests",
        parameters: &redact::request_parameters("Encrypt", &request),
        outcome: Outcome::Success(&response),
        resources: &[key],
        key_material_id: None,
        time: at(secs),
        ids: &ids,
    });
    (e, ids)
}

/// A DescribeKey event (read-only, not cryptographic).
pub fn describe_event(caller: &str, key: &str, secs: i64) -> Value {
    let ids = EventIds::new();
    event::api_call(&ApiCall {
        operation: "DescribeKey",
        caller: Caller {
            arn: caller,
            access_key_id: None,
        },
        region: "us-east-1",
        source_ip: "127.0.0.1",
        user_agent: "lkms-tests",
        parameters: &redact::request_parameters("DescribeKey", &json!({"KeyId": key})),
        outcome: Outcome::Success(&json!({})),
        resources: &[key],
        key_material_id: None,
        time: at(secs),
        ids: &ids,
    })
}

pub const ALICE: &str = "arn:aws:iam::111122223333:user/Alice";
pub const ROOT: &str = "arn:aws:iam::111122223333:root";

/// Appends `n` Encrypt events tagged `e1`…`en`, one second apart from `start`.
pub fn append_n(ks: &Keystore, settings: &AuditSettings, n: usize, start: i64) {
    for i in 1..=n {
        let (e, _) = encrypt_event(ALICE, KEY_ARN, &format!("e{i}"), start + i as i64);
        ks.append_audit_event(&e, settings, at(start + i as i64))
            .unwrap()
            .unwrap();
    }
}

/// The lines of a log file.
pub fn lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

pub fn write_lines(path: &Path, lines: &[String]) {
    let mut text = lines.join("\n");
    text.push('\n');
    std::fs::write(path, text).unwrap();
}

pub fn log_path(ks_dir: &Path, n: u64) -> PathBuf {
    ks_dir.join("audit").join(format!("log-{n:06}.jsonl"))
}

/// The findings of `audit verify` as (kind, file, line, sequence) tuples.
pub fn findings(ks: &Keystore) -> Vec<(String, String, Option<u64>, Option<u64>)> {
    ks.verify_audit_log()
        .unwrap()
        .findings
        .into_iter()
        .map(|f| (format!("{:?}", f.kind), f.file, f.line, f.sequence))
        .collect()
}

/// Small log files, so a few hundred events rotate several times.
pub fn small_files() -> AuditSettings {
    AuditSettings {
        max_file_bytes: 64 * 1024,
        ..AuditSettings::default()
    }
}

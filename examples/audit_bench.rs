//! Measures what the audit trail adds to one call: building the event, appending it (without
//! and with fdatasync), and recording the key's last use.
//!
//! `cargo run --release --example audit_bench -- [DIR]` prints medians over many calls in one
//! process. `… -- DIR once|once-sync|usage|none` does a single call in a fresh process (for
//! hyperfine: the start-up cost as `lkms encrypt` would pay it).

use lkms::audit::{ApiCall, Caller, EventIds, KeyUsage, Outcome, event, redact};
use lkms::crypto::secret::SecretString;
use lkms::model::Timestamp;
use lkms::store::Keystore;
use lkms::store::audit::AuditSettings;
use lkms::store::rootkey::RootKeyConfig;
use serde_json::json;
use std::path::PathBuf;
use std::time::Instant;

const KEY_ARN: &str = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

fn open(dir: &std::path::Path) -> Keystore {
    let cfg = RootKeyConfig {
        env_value: Some(SecretString::new(
            "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=".into(),
        )),
        use_keyring: false,
        keyring_user: "bench".into(),
        cache_seconds: 0,
        file: PathBuf::from("/nonexistent"),
    };
    Keystore::open(dir, &cfg).expect("keystore opens")
}

fn encrypt_event(now: Timestamp, ids: &EventIds) -> serde_json::Value {
    let request = json!({"KeyId": "alias/app", "Plaintext": "aGVsbG8gd29ybGQ=",
        "EncryptionContext": {"purpose": "bench"}});
    let response = json!({"CiphertextBlob": "AAAA", "KeyId": KEY_ARN,
        "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"});
    event::api_call(&ApiCall {
        operation: "Encrypt",
        caller: Caller {
            arn: "arn:aws:iam::111122223333:root",
            access_key_id: None,
        },
        region: "us-east-1",
        source_ip: "127.0.0.1",
        user_agent: "lkms/0.1.0",
        parameters: &redact::request_parameters("Encrypt", &request),
        outcome: Outcome::Success(&response),
        resources: &[KEY_ARN],
        key_material_id: Some("00"),
        time: now,
        ids,
    })
}

fn median_us(mut f: impl FnMut(), n: usize) -> f64 {
    let mut t: Vec<f64> = (0..n)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[n / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let tmp = std::env::temp_dir().join(format!("lkms-audit-bench-{}", std::process::id()));
    let dir = args.first().map_or_else(|| tmp.clone(), PathBuf::from);
    let ks = open(&dir);
    let now = Timestamp::from_epoch_millis(1_700_000_000_000).expect("valid time");
    let plain = AuditSettings::default();
    let synced = AuditSettings {
        sync: true,
        ..AuditSettings::default()
    };
    let record = |settings: &AuditSettings| {
        let ids = EventIds::new();
        let e = encrypt_event(now, &ids);
        ks.append_audit_event(&e, settings, now).expect("append");
        let u = KeyUsage::of("Encrypt", now, &ids.event_id, &ids.request_id).expect("tracked");
        ks.record_key_usage("us-east-1", "1234abcd-12ab-34cd-56ef-1234567890ab", &u)
            .expect("usage");
    };
    match args.get(1).map(String::as_str) {
        Some("once") => return record(&ks.audit_settings().expect("settings")),
        Some("once-sync") => return record(&synced),
        Some("usage") => {
            let u = KeyUsage::of("Encrypt", now, "e", "r").expect("tracked");
            return ks.record_key_usage("us-east-1", "k", &u).expect("usage");
        }
        Some(_) => return,
        None => {}
    }
    let n = 2000;
    let ids = EventIds::new();
    println!(
        "build event:           {:8.1} µs",
        median_us(
            || {
                encrypt_event(now, &ids);
            },
            n
        )
    );
    println!(
        "read settings:         {:8.1} µs",
        median_us(
            || {
                ks.audit_settings().expect("settings");
            },
            n
        )
    );
    let e = encrypt_event(now, &ids);
    println!(
        "append (no fsync):     {:8.1} µs",
        median_us(
            || {
                ks.append_audit_event(&e, &plain, now).expect("append");
            },
            n
        )
    );
    println!(
        "append (fdatasync):    {:8.1} µs",
        median_us(
            || {
                ks.append_audit_event(&e, &synced, now).expect("append");
            },
            n / 4
        )
    );
    let u = KeyUsage::of("Encrypt", now, "e", "r").expect("tracked");
    println!(
        "record key usage:      {:8.1} µs",
        median_us(
            || ks.record_key_usage("us-east-1", "k", &u).expect("usage"),
            n
        )
    );
    println!(
        "whole record step:     {:8.1} µs",
        median_us(|| record(&plain), n)
    );
    println!(
        "verify ({} records): {:8.1} ms",
        n * 2 + n / 4 + n,
        median_us(
            || {
                ks.verify_audit_log().expect("verify");
            },
            3
        ) / 1000.0
    );
    if args.is_empty() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
}

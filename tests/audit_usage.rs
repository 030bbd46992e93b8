//! The data behind GetKeyLastUsage, and the keystore settings that switch the trail off.

mod audit_support;
use audit_support::*;
use lkms::audit::KeyUsage;
use lkms::store::audit::AuditSettings;
use tempfile::TempDir;

#[test]
fn last_use_per_key_and_region_agrees_with_the_trail() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    let key = "1234abcd-12ab-34cd-56ef-1234567890ab";
    assert_eq!(ks.key_last_usage("us-east-1", key).unwrap(), None);
    let (event, ids) = encrypt_event(ALICE, KEY_ARN, "u1", 1_700_000_100);
    ks.append_audit_event(&event, &AuditSettings::default(), at(1_700_000_100))
        .unwrap();
    let u = KeyUsage::of("Encrypt", at(1_700_000_100), &ids.event_id, &ids.request_id).unwrap();
    ks.record_key_usage("us-east-1", key, &u).unwrap();
    assert_eq!(
        ks.key_last_usage("us-east-1", key).unwrap(),
        Some(u.clone())
    );
    // The event ID it reports is found by a lookup.
    let input = lkms::audit::LookupEventsInput {
        lookup_attributes: vec![("EventId".into(), u.cloud_trail_event_id.clone())],
        ..Default::default()
    };
    let page = ks.lookup_audit_events(&input).unwrap();
    assert_eq!(page["Events"][0]["EventName"], "Encrypt");
    // A replica in another Region (same key ID) tracks on its own.
    assert_eq!(ks.key_last_usage("eu-west-1", key).unwrap(), None);
    // An older use arriving late does not replace a newer one; a newer one does.
    let older = KeyUsage::of("Decrypt", at(1_700_000_050), "e0", "r0").unwrap();
    ks.record_key_usage("us-east-1", key, &older).unwrap();
    assert_eq!(ks.key_last_usage("us-east-1", key).unwrap(), Some(u));
    let newer = KeyUsage::of("Sign", at(1_700_000_200), "e2", "r2").unwrap();
    ks.record_key_usage("us-east-1", key, &newer).unwrap();
    assert_eq!(
        ks.key_last_usage("us-east-1", key)
            .unwrap()
            .unwrap()
            .operation,
        "Sign"
    );
    // Tracking began with the first use recorded, and stays there.
    assert_eq!(
        ks.usage_tracking_start(at(1_800_000_000)).unwrap(),
        at(1_700_000_100)
    );
    ks.delete_key_usage("us-east-1", key).unwrap();
    assert_eq!(ks.key_last_usage("us-east-1", key).unwrap(), None);
}

#[test]
fn usage_works_with_the_trail_off_and_survives_an_empty_file() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    ks.set_audit_settings(&AuditSettings {
        enabled: false,
        ..AuditSettings::default()
    })
    .unwrap();
    assert!(!ks.audit_settings().unwrap().enabled);
    let u = KeyUsage::of("GenerateMac", at(1_700_000_000), "e", "r").unwrap();
    ks.record_key_usage("us-east-1", "k1", &u).unwrap();
    assert_eq!(ks.key_last_usage("us-east-1", "k1").unwrap(), Some(u));
    assert!(!ks.dir().join("audit").exists());
    // A crash on a file system that does not order the rename after the data can leave an
    // empty file: read as "no use recorded", not as an error.
    let path = ks.dir().join("usage").join("us-east-1").join("k1.last-use");
    std::fs::write(&path, b"").unwrap();
    assert_eq!(ks.key_last_usage("us-east-1", "k1").unwrap(), None);
    // An edited file is an integrity error, like every other keystore document.
    let u = KeyUsage::of("GenerateMac", at(1_700_000_000), "e", "r").unwrap();
    ks.record_key_usage("us-east-1", "k1", &u).unwrap();
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("GenerateMac", "VerifyMac");
    std::fs::write(&path, text).unwrap();
    let err = ks
        .key_last_usage("us-east-1", "k1")
        .unwrap_err()
        .to_string();
    assert!(err.contains("failed its integrity check"), "{err}");
    // A usage file moved to another key fails too.
    let other = ks.dir().join("usage").join("us-east-1").join("k2.last-use");
    ks.record_key_usage(
        "us-east-1",
        "k1",
        &KeyUsage::of("Sign", at(1_800_000_000), "e", "r").unwrap(),
    )
    .unwrap();
    std::fs::copy(&path, &other).unwrap();
    assert!(ks.key_last_usage("us-east-1", "k2").is_err());
}

#[test]
fn tracking_starts_once_for_the_keystore() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    assert_eq!(
        ks.usage_tracking_start(at(1_700_000_000)).unwrap(),
        at(1_700_000_000)
    );
    assert_eq!(
        ks.usage_tracking_start(at(1_800_000_000)).unwrap(),
        at(1_700_000_000)
    );
    let again = open(&tmp.path().join("ks"));
    assert_eq!(
        again.usage_tracking_start(at(1_900_000_000)).unwrap(),
        at(1_700_000_000)
    );
}

#[test]
fn settings_default_round_trip_and_are_integrity_checked() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    assert_eq!(ks.audit_settings().unwrap(), AuditSettings::default());
    assert!(AuditSettings::default().enabled && !AuditSettings::default().sync);
    let s = AuditSettings {
        enabled: true,
        max_file_bytes: 1 << 20,
        sync: true,
        retention_days: Some(90),
    };
    ks.set_audit_settings(&s).unwrap();
    assert_eq!(ks.audit_settings().unwrap(), s);
    let err = ks
        .set_audit_settings(&AuditSettings {
            max_file_bytes: 1000,
            ..s.clone()
        })
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "the audit log file size must be at least 65536 bytes, not 1000"
    );
    // Turning the trail off by editing the file is refused, not obeyed.
    let path = ks.dir().join("settings.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = text.replace("\"Enabled\":true", "\"Enabled\":false");
    assert_ne!(edited, text, "the settings document names Enabled");
    std::fs::write(&path, edited).unwrap();
    let err = ks.audit_settings().unwrap_err().to_string();
    assert!(
        err.contains("settings.json failed its integrity check"),
        "{err}"
    );
}

#[test]
fn readers_never_fail_while_writers_rewrite_a_key() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("ks");
    open(&dir);
    std::thread::scope(|s| {
        for w in 0..4i64 {
            let dir = &dir;
            s.spawn(move || {
                let ks = open(dir);
                for i in 0..300i64 {
                    let u =
                        KeyUsage::of("Decrypt", at(1_700_000_000 + i * 4 + w), "e", "r").unwrap();
                    ks.record_key_usage("us-east-1", "hot", &u).unwrap();
                }
            });
        }
        for _ in 0..2 {
            let dir = &dir;
            s.spawn(move || {
                let ks = open(dir);
                for _ in 0..600 {
                    ks.key_last_usage("us-east-1", "hot").unwrap();
                }
            });
        }
    });
    let last = open(&dir)
        .key_last_usage("us-east-1", "hot")
        .unwrap()
        .unwrap();
    // Racing writers may leave a slightly older use, never an invented one.
    assert!(
        last.timestamp >= (1_700_000_000 + 299 * 4 - 16) * 1000,
        "{last:?}"
    );
}

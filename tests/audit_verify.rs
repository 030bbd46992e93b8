//! `audit verify`: a clean log has no findings; every kind of tampering and every crash state is
//! reported with its file and position.

mod audit_support;
use audit_support::*;
use lkms::store::audit::AuditSettings;
use tempfile::TempDir;

fn setup(n: usize) -> (TempDir, lkms::store::Keystore) {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    append_n(&ks, &AuditSettings::default(), n, 1_700_000_000);
    (tmp, ks)
}

fn f(
    kind: &str,
    line: Option<u64>,
    seq: Option<u64>,
) -> (String, String, Option<u64>, Option<u64>) {
    (kind.into(), "log-000001.jsonl".into(), line, seq)
}

#[test]
fn a_clean_log_has_no_findings() {
    let (_tmp, ks) = setup(10);
    let report = ks.verify_audit_log().unwrap();
    assert_eq!((report.files_checked, report.records_checked), (1, 10));
    assert_eq!(findings(&ks), vec![]);
    let (_tmp, empty) = setup(0);
    assert_eq!(findings(&empty), vec![]);
}

#[test]
fn an_edited_event_is_reported_at_its_line() {
    let (_tmp, ks) = setup(8);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    assert!(l[3].contains("\"tag\":\"e4\""));
    l[3] = l[3].replace("\"tag\":\"e4\"", "\"tag\":\"e9\"");
    write_lines(&path, &l);
    assert_eq!(findings(&ks), vec![f("EditedEvent", Some(4), Some(4))]);
}

#[test]
fn an_edit_that_breaks_the_json_is_still_an_edit() {
    let (_tmp, ks) = setup(5);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    l[1] = "{garbage".into();
    write_lines(&path, &l);
    assert_eq!(findings(&ks), vec![f("EditedEvent", Some(2), Some(2))]);
}

#[test]
fn a_deleted_event_is_reported_after_its_predecessor() {
    let (_tmp, ks) = setup(8);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    l.remove(4);
    write_lines(&path, &l);
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(format!("{:?}", found[0].kind), "RemovedEvents");
    assert_eq!((found[0].line, found[0].sequence), (Some(4), Some(5)));
    assert_eq!(found[0].detail, "record 5 is missing (after line 4)");
}

#[test]
fn deleting_the_last_events_is_caught_by_the_head() {
    let (_tmp, ks) = setup(8);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    l.truncate(6);
    write_lines(&path, &l);
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].sequence, Some(7));
    assert_eq!(found[0].detail, "records 7 to 8 are missing (after line 6)");
    // The next writer carries on after the survivors, keeps the numbering and says so.
    append_n(&ks, &AuditSettings::default(), 1, 1_700_000_100);
    let kinds: Vec<String> = findings(&ks).into_iter().map(|f| f.0).collect();
    assert_eq!(kinds, ["RecordsLost", "RemovedEvents"]);
}

#[test]
fn inserted_lines_are_reported() {
    let (_tmp, ks) = setup(6);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    // A copy of a genuine record, and a line lkms never wrote.
    let copy = l[1].clone();
    l.insert(4, copy);
    let forged = l[0].replace("\"Seq\":1", "\"Seq\":99");
    l.insert(2, forged);
    write_lines(&path, &l);
    assert_eq!(
        findings(&ks),
        vec![
            f("InsertedEvent", Some(6), Some(2)),
            f("InsertedEvent", Some(3), Some(99))
        ]
    );
}

#[test]
fn swapped_events_are_reported_as_reordered() {
    let (_tmp, ks) = setup(6);
    let path = log_path(ks.dir(), 1);
    let mut l = lines(&path);
    l.swap(2, 3);
    write_lines(&path, &l);
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(format!("{:?}", found[0].kind), "ReorderedEvent");
    assert_eq!((found[0].line, found[0].sequence), (Some(4), Some(3)));
    assert_eq!(found[0].detail, "record 3 comes after record 4");
}

#[test]
fn closed_files_are_signed_and_a_removed_or_edited_file_is_reported() {
    let tmp = TempDir::new().unwrap();
    let ks = open(&tmp.path().join("ks"));
    append_n(&ks, &small_files(), 250, 1_700_000_000);
    let audit = ks.dir().join("audit");
    for n in 1..=3 {
        assert!(
            audit.join(format!("log-{n:06}.digest")).exists(),
            "digest {n}"
        );
    }
    assert_eq!(findings(&ks), vec![]);
    // Editing a closed file breaks its record and its digest.
    let p2 = log_path(ks.dir(), 2);
    let l = lines(&p2);
    let mut edited = l.clone();
    edited[0] = edited[0].replace("Encrypt", "Decrypt");
    write_lines(&p2, &edited);
    let kinds: Vec<(String, String)> = findings(&ks).into_iter().map(|f| (f.0, f.1)).collect();
    assert_eq!(
        kinds,
        [
            ("EditedEvent".into(), "log-000002.jsonl".into()),
            ("EditedFile".into(), "log-000002.jsonl".into())
        ]
    );
    write_lines(&p2, &l);
    assert_eq!(findings(&ks), vec![]);
    // Removing it is one finding, naming the records its digest listed.
    std::fs::remove_file(&p2).unwrap();
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(format!("{:?}", found[0].kind), "RemovedFile");
    assert_eq!(found[0].file, "log-000002.jsonl");
    assert!(
        found[0]
            .detail
            .starts_with("the file is missing; its digest lists records "),
        "{found:?}"
    );
    // Removing the digest too still shows the file gone, and the missing records.
    std::fs::remove_file(audit.join("log-000002.digest")).unwrap();
    let kinds: Vec<String> = findings(&ks).into_iter().map(|f| f.0).collect();
    assert_eq!(kinds, ["RemovedFile", "RemovedEvents"]);
}

#[test]
fn a_torn_last_line_is_reported_then_repaired_and_recorded() {
    let (_tmp, ks) = setup(5);
    let path = log_path(ks.dir(), 1);
    // What a writer killed in the middle of its write leaves behind.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"{\"Seq\":6,\"Prev\":\"00ab");
    std::fs::write(&path, &bytes).unwrap();
    assert_eq!(findings(&ks), vec![f("TornRecord", Some(6), None)]);
    // Lookups skip it.
    let page = ks.lookup_audit_events(&Default::default()).unwrap();
    assert_eq!(page["Events"].as_array().unwrap().len(), 5);
    // The next writer cuts it off, keeps it aside, and notes it in the chain.
    append_n(&ks, &AuditSettings::default(), 1, 1_700_000_050);
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(format!("{:?}", found[0].kind), "RepairedTornRecord");
    assert_eq!((found[0].line, found[0].sequence), (Some(6), Some(6)));
    let kept: Vec<_> = std::fs::read_dir(ks.dir().join("audit"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("torn-000001-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(ks.dir().join("audit").join(&kept[0])).unwrap(),
        b"{\"Seq\":6,\"Prev\":\"00ab"
    );
    assert_eq!(lines(&path).len(), 7);
}

#[test]
fn a_crash_between_the_write_and_the_head_loses_nothing() {
    let (_tmp, ks) = setup(3);
    let lock = ks.dir().join("audit").join("lock");
    let old_head = std::fs::read(&lock).unwrap();
    append_n(&ks, &AuditSettings::default(), 2, 1_700_000_010);
    // As if the writer died after writing its records but before updating the head.
    std::fs::write(&lock, &old_head).unwrap();
    append_n(&ks, &AuditSettings::default(), 1, 1_700_000_020);
    assert_eq!(findings(&ks), vec![]);
    assert_eq!(lines(&log_path(ks.dir(), 1)).len(), 6);
}

#[test]
fn an_altered_or_missing_head_is_reported_and_rebuilt() {
    let (_tmp, ks) = setup(3);
    let lock = ks.dir().join("audit").join("lock");
    let mut head = std::fs::read(&lock).unwrap();
    head[10] ^= 1;
    std::fs::write(&lock, &head).unwrap();
    assert_eq!(
        findings(&ks),
        vec![("InvalidHead".into(), "lock".into(), None, None)]
    );
    append_n(&ks, &AuditSettings::default(), 1, 1_700_000_010);
    let found = ks.verify_audit_log().unwrap().findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].detail,
        "a writer found the end-of-log marker altered or torn and rebuilt it"
    );
    std::fs::write(&lock, b"").unwrap();
    assert_eq!(findings(&ks).last().unwrap().0, "InvalidHead");
}

#[test]
fn a_record_from_another_keystore_does_not_verify() {
    let (_tmp, ks) = setup(3);
    let other_tmp = TempDir::new().unwrap();
    let other_cfg = lkms::store::rootkey::RootKeyConfig {
        env_value: Some(lkms::crypto::secret::SecretString::new(
            "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=".to_string(),
        )),
        use_keyring: false,
        keyring_user: "x".into(),
        cache_seconds: 0,
        file: "/nonexistent".into(),
    };
    let other = lkms::store::Keystore::open(&other_tmp.path().join("ks"), &other_cfg).unwrap();
    append_n(&other, &AuditSettings::default(), 4, 1_700_000_000);
    let mut l = lines(&log_path(ks.dir(), 1));
    l.push(lines(&log_path(other.dir(), 1))[3].clone());
    write_lines(&log_path(ks.dir(), 1), &l);
    assert_eq!(findings(&ks), vec![f("InsertedEvent", Some(4), Some(4))]);
}

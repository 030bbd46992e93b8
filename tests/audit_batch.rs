//! Many events appended at once (what `lkms serve` does with the calls it gathers) fill the
//! current log file and go on in the next ones exactly as one-by-one appends would: no file
//! grows past its size, the chain and the digests verify, and single appends continue it.

mod audit_support;
use audit_support::*;
use tempfile::TempDir;

fn tags_in_order(dir: &std::path::Path) -> (Vec<String>, Vec<u64>) {
    let audit = dir.join("audit");
    let files = log_file_names(dir);
    let mut tags = Vec::new();
    let mut sizes = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(audit.join(f)).unwrap();
        sizes.push(text.len() as u64);
        for line in text.lines() {
            let rec: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(tag) =
                rec["Event"]["requestParameters"]["encryptionContext"]["tag"].as_str()
            {
                tags.push(tag.to_string());
            }
        }
    }
    (tags, sizes)
}

#[test]
fn a_batch_larger_than_a_file_fills_the_files_in_turn() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("ks");
    let ks = open(&dir);
    let settings = small_files();
    // Begin with a few single appends, so the first batch starts in a half-full file.
    append_n(&ks, &settings, 5, 1_700_000_000);
    let batch: Vec<_> = (0..300)
        .map(|i| encrypt_event(ALICE, KEY_ARN, &format!("b{i}"), 1_700_000_100 + i).0)
        .collect();
    let receipt = ks
        .append_audit_events(&batch, &settings, at(1_700_000_400))
        .unwrap()
        .unwrap();
    assert_eq!(receipt.seq, 305);
    append_n(&ks, &settings, 2, 1_700_000_500);
    let (tags, sizes) = tags_in_order(&dir);
    let expected: Vec<String> = (1..=5)
        .map(|i| format!("e{i}"))
        .chain((0..300).map(|i| format!("b{i}")))
        .chain((1..=2).map(|i| format!("e{i}")))
        .collect();
    assert_eq!(tags, expected);
    assert!(sizes.len() >= 4, "the batch should span files: {sizes:?}");
    for s in &sizes {
        assert!(
            *s <= settings.max_file_bytes,
            "a file of {s} bytes: {sizes:?}"
        );
    }
    // Every closed file was full: the next record would not have fitted.
    for s in &sizes[..sizes.len() - 1] {
        assert!(*s > settings.max_file_bytes - 4096, "{sizes:?}");
    }
    assert_eq!(findings(&ks), vec![]);
}

//! The README's walk-through runs as written and prints what it says.

use std::path::PathBuf;

/// The first sh block under the heading `heading`.
fn walkthrough_under(heading: &str) -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split(heading).nth(1).expect("section exists");
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = start + section[start..].find("```").expect("block ends");
    section[start..end].to_string()
}

fn walkthrough() -> String {
    walkthrough_under("## The `aws kms` idioms")
}

/// Runs a README block in an empty directory with lkms on PATH; returns (stdout, stderr).
fn run_block(script: &str) -> (String, String) {
    let dir = tempfile::TempDir::new().unwrap();
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_lkms"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("TMPDIR", dir.path())
        .env("LKMS_NO_KEYRING", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr)
}

#[test]
fn readme_import_walkthrough_works() {
    let script = format!(
        "set -e\n{}",
        walkthrough_under("## Bring your own key material")
    );
    let (stdout, _) = run_block(&script);
    assert!(stdout.contains("\nEnabled\n"), "{stdout}");
    assert!(stdout.ends_with("\naGk=\n"), "{stdout}");
}

#[test]
fn readme_multi_region_walkthrough_works() {
    let script = format!("set -e\n{}", walkthrough_under("## Multi-Region keys"));
    let (stdout, _) = run_block(&script);
    assert_eq!(stdout, "Creating\naGk=\nPRIMARY\n");
}

#[test]
fn readme_walkthrough_works() {
    let (stdout, stderr) = run_block(&walkthrough());
    assert!(stdout.contains("db-password"), "{stdout}");
    assert!(stdout.contains("\"PendingWindowInDays\": 7"), "{stdout}");
    assert_eq!(
        stdout.matches("\nKEYS\t").count() + usize::from(stdout.starts_with("KEYS\t")),
        2,
        "{stdout}"
    );
    assert!(
        stderr.contains("An error occurred (DisabledException) when calling the Encrypt operation"),
        "{stderr}"
    );
    assert!(stderr.contains("created root-key file"), "{stderr}");
}

#[test]
fn readme_custom_key_store_walkthrough_works() {
    let script = walkthrough_under("## Custom key stores: a PKCS#11 token or an XKS proxy");
    let (stdout, stderr) = run_block(&script);
    assert!(stdout.contains("\nCONNECTED\n"), "{stdout}");
    assert!(stdout.contains("\naGk=\n"), "{stdout}");
    assert!(stdout.contains("never extractable"), "{stdout}");
    assert!(stdout.ends_with("\nUnavailable\n"), "{stdout}");
    assert!(
        stderr.contains(
            "(KMSInvalidStateException) when calling the Decrypt operation: arn:aws:kms:"
        ),
        "{stderr}"
    );
    assert!(stderr.contains(" is unavailable.\n"), "{stderr}");
}

#[test]
fn readme_access_control_example_works() {
    let script = format!(
        "set -e\n{}",
        walkthrough_under("## Access control: who may do what")
    );
    let (stdout, stderr) = run_block(&script);
    assert_eq!(stdout, "implicitDeny\naGk=\n", "{stderr}");
    assert!(
        stderr.contains(
            "An error occurred (AccessDeniedException) when calling the Decrypt operation: \
             User: arn:aws:iam::111122223333:user/bob is not authorized to perform: kms:Decrypt"
        ),
        "{stderr}"
    );
}

#[test]
fn readme_audit_walkthrough_works() {
    let script = format!("set -e\n{}", walkthrough_under("## The audit trail"));
    let (stdout, stderr) = run_block(&script);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "Encrypt\troot",
            "DisableKey\troot",
            "Encrypt\troot",
            "CreateKey\troot",
            "4",
            "Encrypt",
            "0",
            "true"
        ],
        "{stdout}"
    );
    assert!(stderr.contains("(DisabledException)"), "{stderr}");
}

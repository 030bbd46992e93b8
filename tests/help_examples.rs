//! Help as complete as `aws kms <op> help` (issue 15, item 12): every operation's help has a
//! description, every option with its model constraints, OUTPUT, ERRORS and EXAMPLES sections,
//! and every example in it runs — in a fresh keystore seeded from examples/seed.json through
//! LKMS_SEED_FILE — and prints what the help says it prints.

mod common;
use common::*;
use lkms::ops::{Audience, OPERATIONS};
use std::path::Path;
use std::process::Command;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/seed.json");

/// True when `actual` matches `expected`, where `…` in an expected line stands for any text.
fn line_matches(expected: &str, actual: &str) -> bool {
    let parts: Vec<&str> = expected.split('…').collect();
    if parts.len() == 1 {
        return expected == actual;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    let Some(mut rest) = actual.strip_prefix(first) else {
        return false;
    };
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(i) => rest = &rest[i + middle.len()..],
            None => return false,
        }
    }
    rest.ends_with(last) && rest.len() >= last.len()
}

fn output_matches(expected: &str, actual: &str) -> bool {
    let want: Vec<&str> = expected.lines().map(str::trim_end).collect();
    let got: Vec<&str> = actual
        .trim_matches('\n')
        .lines()
        .map(str::trim_end)
        .collect();
    want.len() == got.len() && want.iter().zip(&got).all(|(w, g)| line_matches(w, g))
}

/// Runs a shell command line with lkms on the PATH, in a fresh keystore that LKMS_SEED_FILE
/// seeds on first use; returns (exit code, stdout, stderr).
fn run_example(command: &str) -> (i32, String, String) {
    let env = Env::new();
    let bin = Path::new(env!("CARGO_BIN_EXE_lkms")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("sh")
        .args(["-c", command])
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("XDG_DATA_HOME", env.dir.path().join("data"))
        .env("LKMS_HOME", env.keystore())
        .env("LKMS_ROOT_KEY", &env.root_key)
        .env("LKMS_NO_KEYRING", "1")
        .env("LKMS_SEED_FILE", SEED)
        .env("LKMS_NOW", "2025-01-01T00:00:00Z")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_wildcard_matcher_matches_only_what_it_should() {
    assert!(line_matches(
        "\"KeyMaterialId\": \"…\"",
        "\"KeyMaterialId\": \"ab12\""
    ));
    assert!(line_matches("a…b…c", "a-x-b-y-c"));
    assert!(!line_matches("a…b…c", "a-x-c"));
    assert!(!line_matches("\"KeyId\": \"x\"", "\"KeyId\": \"y\""));
    assert!(!output_matches("one\ntwo", "one"));
}

#[test]
fn every_example_in_the_help_runs_and_prints_what_it_says() {
    let ops: Vec<_> = OPERATIONS
        .iter()
        .filter(|o| o.audience == Audience::Api)
        .collect();
    for op in &ops {
        assert!(!op.docs.about.is_empty(), "{}: no description", op.name);
        assert!(!op.docs.examples.is_empty(), "{}: no example", op.name);
    }
    // Each example has a keystore of its own, so they run side by side.
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = ops
            .chunks(ops.len().div_ceil(3))
            .map(|chunk| {
                scope.spawn(move || {
                    let mut failed = Vec::new();
                    for op in chunk {
                        for ex in op.docs.examples {
                            let (code, stdout, stderr) = run_example(ex.command);
                            let shown = if code == 0 { &stdout } else { &stderr };
                            if !output_matches(ex.output, shown) {
                                failed.push(format!(
                                    "{}: example {:?}\n$ {}\nexit {code}\nstdout:\n{stdout}\n\
                                     stderr:\n{stderr}\nexpected:\n{}",
                                    op.name, ex.title, ex.command, ex.output
                                ));
                            }
                        }
                    }
                    failed
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    let ran: usize = ops.iter().map(|o| o.docs.examples.len()).sum();
    assert!(ran >= 56, "only {ran} examples");
}

#[test]
fn help_and_man_pages_have_every_section() {
    let env = Env::new();
    let help = env.run(&["rotate-key-on-demand", "help"]);
    assert_eq!(help.code, 0, "{help:?}");
    let text = help.stdout;
    // The description from the operation's own file, then each option with its constraints.
    assert!(text.contains("At most ten times per key."), "{text}");
    assert!(text.contains("--key-id <STRING>\n"), "{text}");
    assert!(text.contains("Required. 1 to 2048 characters."), "{text}");
    // OUTPUT, ERRORS (model's exceptions, with when lkms raises them) and EXAMPLES.
    for heading in [
        "\nOUTPUT:\n  KeyId (string)\n",
        "\nERRORS:\n",
        "  LimitExceededException\n          The key has been rotated on demand ten times.\n",
        "  ConflictException\n          Never: lkms makes every change at once",
        "\nEXAMPLES:\n  Rotate now\n          $ lkms rotate-key-on-demand --key-id ",
    ] {
        assert!(text.contains(heading), "missing {heading:?} in\n{text}");
    }
    // An enum's allowed values and a pattern come from the model.
    let create = env.run(&["create-key", "help"]).stdout;
    assert!(
        create.contains("Optional. One of: SIGN_VERIFY, ENCRYPT_DECRYPT, GENERATE_VERIFY_MAC"),
        "{create}"
    );
    let alias = env.run(&["create-alias", "help"]).stdout;
    assert!(alias.contains("Pattern: ^[a-zA-Z0-9:/_-]+$"), "{alias}");
    // The committed man page says the same.
    let man = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/man/lkms-rotate-key-on-demand.1"
    ))
    .unwrap();
    for section in [".SH OUTPUT", ".SH ERRORS", ".SH EXAMPLES"] {
        assert!(man.contains(section), "man page lacks {section}");
    }
    assert!(man.contains("\\fBLimitExceededException\\fR"));
}

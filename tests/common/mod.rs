//! Helpers shared by the end-to-end tests: an isolated keystore and a way to run lkms on it.
#![allow(dead_code)]

use assert_cmd::Command;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A fresh keystore in a temporary directory, opened with a random root key from the
/// environment and with the OS keyring switched off.
pub struct Env {
    pub dir: TempDir,
    pub root_key: String,
}

/// The outcome of one lkms run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// The stdout parsed as JSON (panics with the run's output if it is not).
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:?}"))
    }
}

pub fn random_root_key() -> String {
    let mut k = [0u8; 32];
    getrandom::fill(&mut k).unwrap();
    B64.encode(k)
}

impl Env {
    pub fn new() -> Self {
        Self {
            dir: TempDir::new().unwrap(),
            root_key: random_root_key(),
        }
    }

    pub fn keystore(&self) -> PathBuf {
        self.dir.path().join("ks")
    }

    /// A command with a clean environment: keystore, root key, no keyring, no AWS settings.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("lkms").unwrap();
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("LKMS_HOME", self.keystore())
            .env("LKMS_ROOT_KEY", &self.root_key)
            .env("LKMS_NO_KEYRING", "1");
        c
    }

    /// Runs lkms with `args` and the given extra environment.
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut c = self.cmd();
        for (k, v) in env {
            c.env(k, v);
        }
        let out = c.args(args).output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_env(args, &[])
    }

    /// Runs lkms, expects success and returns the JSON output.
    pub fn ok(&self, args: &[&str]) -> Value {
        let r = self.run(args);
        assert_eq!(r.code, 0, "lkms {args:?} failed: {r:?}");
        if r.stdout.is_empty() {
            Value::Null
        } else {
            r.json()
        }
    }

    /// Runs lkms and expects the service error `code` from `operation` with exactly `message`.
    pub fn service_err(&self, args: &[&str], operation: &str, code: &str, message: &str) {
        let r = self.run(args);
        assert_service_err(&r, operation, code, message);
    }

    /// Creates a symmetric key and returns its key ID.
    pub fn create_key(&self) -> String {
        self.create_key_with(&[])
    }

    /// Creates a key with these `create-key` flags and returns its key ID.
    pub fn create_key_with(&self, flags: &[&str]) -> String {
        let args: Vec<&str> = ["create-key"].iter().chain(flags).copied().collect();
        self.ok(&args)["KeyMetadata"]["KeyId"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Creates an EXTERNAL-origin key (PendingImport) and returns its key ID.
    pub fn create_external_key(&self) -> String {
        self.create_key_with(&["--origin", "EXTERNAL"])
    }

    pub fn arn(&self, key_id: &str) -> String {
        format!("arn:aws:kms:us-east-1:111122223333:key/{key_id}")
    }

    pub fn state(&self, key_id: &str) -> String {
        self.ok(&["describe-key", "--key-id", key_id])["KeyMetadata"]["KeyState"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// Encrypts `plaintext` under `key_id`; returns the base64 ciphertext blob.
    pub fn encrypt(&self, key_id: &str, plaintext: &[u8]) -> String {
        let v = self.ok(&[
            "encrypt",
            "--key-id",
            key_id,
            "--plaintext",
            &B64.encode(plaintext),
        ]);
        v["CiphertextBlob"].as_str().unwrap().to_string()
    }

    /// Writes bytes into a file in the temp directory and returns its path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn key_file(&self, key_id: &str) -> PathBuf {
        self.keystore()
            .join("keys")
            .join("us-east-1")
            .join(format!("{key_id}.json"))
    }
}

/// A service error as AWS CLI v2 (2.34 and later) prints it by default: one `aws: [ERROR]:`
/// line, stripped of surrounding blanks (so an empty message ends in the colon).
pub fn service_err_text(operation: &str, code: &str, message: &str) -> String {
    let line =
        format!("An error occurred ({code}) when calling the {operation} operation: {message}");
    format!("\naws: [ERROR]: {}\n", line.trim())
}

/// An argument error (the aws CLI's ParamValidation kind) as AWS CLI v2 prints it by default.
pub fn param_err_text(message: &str) -> String {
    format!(
        "\naws: [ERROR]: An error occurred (ParamValidation): {}\n",
        message.trim()
    )
}

/// The subcommands `lkms help` lists, in its order.
pub fn command_names(env: &Env) -> Vec<String> {
    let help = env.run(&["help"]).stdout;
    let names: Vec<String> = help
        .lines()
        .skip_while(|l| !l.ends_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .map(String::from)
        .collect();
    assert!(names.iter().any(|n| n == "encrypt"), "{help}");
    names
}

/// The usage lines lkms prints after an argument error that argparse would report.
pub const USAGE: &str = "usage: lkms [options] <command> [parameters]\nTo see help text, you can run:\n\n  lkms help\n  lkms <command> help";

/// Asserts a service error as the AWS CLI prints it: stdout empty, exit 254, exact stderr.
pub fn assert_service_err(r: &Run, operation: &str, code: &str, message: &str) {
    assert_eq!(r.code, 254, "expected a service error, got {r:?}");
    assert_eq!(r.stdout, "", "stdout must be empty on error");
    assert_eq!(
        r.stderr,
        service_err_text(operation, code, message),
        "unexpected stderr"
    );
}

/// Runs the openssl command line, expects success and returns its stdout.
pub fn openssl(args: &[&str]) -> Vec<u8> {
    let out = std::process::Command::new("openssl")
        .args(args)
        .output()
        .expect("the openssl command line is installed");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

pub fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

pub fn unb64(s: &str) -> Vec<u8> {
    B64.decode(s).unwrap()
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// The Python that runs the AWS CLI (`.ci/.venv`, or `LKMS_TEST_PYTHON`, or `python3`), if it
/// can import `module`. Under CI=true a missing one fails the test instead of skipping it.
pub fn aws_cli_python(module: &str) -> Option<String> {
    let venv = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin/python");
    let candidates = [
        std::env::var("LKMS_TEST_PYTHON").ok(),
        Some(venv.to_string()),
        Some("python3".to_string()),
    ];
    for py in candidates.into_iter().flatten() {
        let ok = std::process::Command::new(&py)
            .args(["-c", &format!("import {module}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py);
        }
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "Python's {module} (the aws CLI's) is missing, but CI=true: .ci/run must install it"
    );
    eprintln!("SKIPPED: Python's {module} is not installed");
    None
}

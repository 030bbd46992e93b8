//! `lkms serve` and boto3 for the audit trail's end-to-end tests.
#![allow(dead_code)]

use crate::common::Env;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub const ACCESS_KEY: &str = "AKIALKMSAUDIT0000001";
pub const SECRET: &str = "lkms-audit-test-secret";
pub const PRINCIPAL: &str = "arn:aws:iam::111122223333:user/alice";

/// A running `lkms serve` on a free loopback port, killed when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    pub fn start(env: &Env, extra: &[&str]) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_lkms"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("LKMS_HOME", env.keystore())
            .env("LKMS_ROOT_KEY", &env.root_key)
            .env("LKMS_NO_KEYRING", "1")
            .args(["serve", "--port", "0", "--quiet"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let port = first
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {first:?}"));
        // Keep draining stderr so the server never blocks on it.
        std::thread::spawn(move || for _ in lines.map_while(Result::ok) {});
        Self { child, port }
    }

    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A keystore whose server accepts ACCESS_KEY / SECRET, acting as PRINCIPAL.
pub fn env_with_credentials() -> Env {
    let env = Env::new();
    env.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        ACCESS_KEY,
        "--secret-access-key",
        SECRET,
        "--principal",
        PRINCIPAL,
    ]);
    // Alice may use KMS through IAM, as an administrator's identity policy would let her.
    env.ok(&[
        "credentials",
        "put-identity-policy",
        "--principal",
        PRINCIPAL,
        "--policy-name",
        "kms-all",
        "--policy-document",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:*","Resource":"*"}]}"#,
    ]);
    env
}

/// The Python that has boto3 (`.ci/.venv`, else `python3`); `None` outside CI when there is none.
pub fn python() -> Option<String> {
    let venv = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin/python");
    for py in [venv, "python3"] {
        let ok = Command::new(py)
            .args(["-c", "import boto3"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(py.to_string());
        }
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "boto3 is missing, but CI=true: .ci/run must install it"
    );
    eprintln!("SKIPPED: boto3 is not installed");
    None
}

/// Runs `tests/clients/audit_boto3.py` with `args` against `server`, signed with the test
/// credentials; returns its stdout, which must be JSON.
pub fn boto3(python: &str, env: &Env, server: &Server, args: &[&str]) -> serde_json::Value {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/audit_boto3.py");
    let out = Command::new(python)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_CONFIG_FILE", env.dir.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            env.dir.path().join("no-credentials"),
        )
        .arg(script)
        .arg(server.endpoint())
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

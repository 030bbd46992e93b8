//! Shared by the `lkms serve` hardening tests: a server started the way a script starts it
//! (endpoint from the first line of stdout), requests signed by botocore's own SigV4 signer
//! and sent raw, so that a test can alter exactly one thing and see what the server says.
#![allow(dead_code)]

use crate::common::Env;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ACCESS_KEY: &str = "AKIALKMSTEST00000001";
pub const SECRET: &str = "lkms-test-secret-access-key";
pub const JSON_1_1: &str = "application/x-amz-json-1.1";

/// The venv that `.ci/run` builds: Python with boto3, and the aws CLI. CI installs them, so a
/// missing one fails the test rather than skipping it.
pub fn venv_bin() -> String {
    let bin = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin");
    let ok = Command::new(format!("{bin}/python"))
        .args(["-c", "import boto3"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{bin}/python with boto3 is missing: run .ci/run to build it"
    );
    bin.to_string()
}

/// A running `lkms serve`, killed when dropped.
pub struct Server {
    pub child: Child,
    pub endpoint: String,
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `lkms serve --port 0 <extra>` on `env`'s keystore, with `vars` added to a clean
    /// environment; `wrap` runs it under another command (e.g. `prlimit --nofile=64`).
    pub fn start_with(env: &Env, wrap: &[&str], extra: &[&str], vars: &[(&str, &str)]) -> Self {
        let lkms = env!("CARGO_BIN_EXE_lkms");
        let mut cmd = match wrap.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(lkms);
                c
            }
            None => Command::new(lkms),
        };
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("LKMS_HOME", env.keystore())
            .env("LKMS_ROOT_KEY", &env.root_key)
            .env("LKMS_NO_KEYRING", "1");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let mut child = cmd
            .args(["serve", "--port", "0"])
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        let stderr = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        // The endpoint is the first line of stdout; give up after 20 s rather than hang.
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut first = String::new();
            let _ = reader.read_line(&mut first);
            let _ = tx.send(first);
            // Keep reading so that a server that prints more never blocks on a full pipe.
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
        });
        let first = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
        let endpoint = first.trim_end().to_string();
        let parsed = endpoint
            .strip_prefix("http://127.0.0.1:")
            .and_then(|p| p.parse().ok());
        let Some(port) = parsed else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("stdout's first line is not the endpoint: {first:?}");
        };
        Self {
            child,
            endpoint,
            port,
            log,
        }
    }

    pub fn start(env: &Env, extra: &[&str], vars: &[(&str, &str)]) -> Self {
        Self::start_with(env, &[], extra, vars)
    }

    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Sends `body` as `op` with `headers` and returns the status and JSON reply.
    pub fn send(&self, op: &str, headers: &[(String, String)], body: &str) -> (u16, Value) {
        send(self.port, op, headers, body)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A keystore whose server accepts ACCESS_KEY / SECRET, with `extra` arguments to
/// `credentials add`.
pub fn env_with_credentials(extra: &[&str]) -> Env {
    let env = Env::new();
    let mut args = vec![
        "credentials",
        "add",
        "--access-key-id",
        ACCESS_KEY,
        "--secret-access-key",
        SECRET,
    ];
    args.extend_from_slice(extra);
    env.ok(&args);
    env
}

/// What to sign: a KMS operation and its body, with the signer's settings.
#[derive(Clone)]
pub struct Spec {
    pub op: String,
    pub body: String,
    pub region: String,
    pub access_key: String,
    pub secret: String,
    pub token: Option<String>,
    pub time: Option<String>,
    pub unsigned_payload: bool,
    pub extra_headers: Vec<(String, String)>,
}

impl Spec {
    pub fn new(op: &str, body: &str) -> Self {
        Self {
            op: op.into(),
            body: body.into(),
            region: "us-east-1".into(),
            access_key: ACCESS_KEY.into(),
            secret: SECRET.into(),
            token: None,
            time: None,
            unsigned_payload: false,
            extra_headers: Vec::new(),
        }
    }

    pub fn region(mut self, r: &str) -> Self {
        self.region = r.into();
        self
    }

    pub fn at(mut self, t: &str) -> Self {
        self.time = Some(t.into());
        self
    }

    pub fn token(mut self, t: &str) -> Self {
        self.token = Some(t.into());
        self
    }

    pub fn header(mut self, k: &str, v: &str) -> Self {
        self.extra_headers.push((k.into(), v.into()));
        self
    }
}

/// Signs every spec for the server on `port` with botocore, in one Python run.
pub fn sign_all(port: u16, specs: &[Spec]) -> Vec<Vec<(String, String)>> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/clients/sigv4_sign.py");
    let input: Vec<Value> = specs
        .iter()
        .map(|s| {
            let mut headers = serde_json::Map::new();
            headers.insert(
                "X-Amz-Target".into(),
                json!(format!("TrentService.{}", s.op)),
            );
            headers.insert("Content-Type".into(), json!(JSON_1_1));
            for (k, v) in &s.extra_headers {
                headers.insert(k.clone(), json!(v));
            }
            json!({
                "url": format!("http://127.0.0.1:{port}/"),
                "headers": headers,
                "body": s.body,
                "region": s.region,
                "access_key": s.access_key,
                "secret": s.secret,
                "token": s.token,
                "time": s.time,
                "unsigned_payload": s.unsigned_payload,
            })
        })
        .collect();
    let mut child = Command::new(format!("{}/python", venv_bin()))
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(Value::Array(input).to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the signer failed");
    let signed: Vec<Vec<(String, String)>> = serde_json::from_slice(&out.stdout).unwrap();
    signed
}

/// One signed request.
pub fn sign(port: u16, spec: Spec) -> Vec<(String, String)> {
    sign_all(port, &[spec]).remove(0)
}

/// Replaces (or with `None` removes) a header, matching its name case-insensitively.
pub fn with_header(
    headers: &[(String, String)],
    name: &str,
    value: Option<&str>,
) -> Vec<(String, String)> {
    let mut out: Vec<_> = headers
        .iter()
        .filter(|(k, _)| !k.eq_ignore_ascii_case(name))
        .cloned()
        .collect();
    if let Some(v) = value {
        out.push((name.to_string(), v.to_string()));
    }
    out
}

/// The value of a header.
pub fn header_of(headers: &[(String, String)], name: &str) -> String {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.clone())
        .unwrap_or_else(|| panic!("no {name} in {headers:?}"))
}

/// Sends a request with exactly `headers` (plus Content-Length and Connection: close).
pub fn send(port: u16, op: &str, headers: &[(String, String)], body: &str) -> (u16, Value) {
    let mut head = String::from("POST / HTTP/1.1\r\n");
    let has = |n: &str| headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(n));
    if !has("host") {
        head.push_str("Host: localhost\r\n");
    }
    if !has("x-amz-target") {
        head.push_str(&format!("X-Amz-Target: TrentService.{op}\r\n"));
    }
    if !has("content-type") {
        head.push_str(&format!("Content-Type: {JSON_1_1}\r\n"));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    ));
    exchange(port, head.as_bytes())
}

/// Sends raw bytes and reads the whole reply: its status and JSON body.
pub fn exchange(port: u16, bytes: &[u8]) -> (u16, Value) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(bytes).unwrap();
    let mut reply = Vec::new();
    s.read_to_end(&mut reply).unwrap();
    let text = String::from_utf8_lossy(&reply).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status in {text:?}"));
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    let value = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body:?}"))
    };
    (status, value)
}

/// The error code and message of a reply.
pub fn error_of((status, body): (u16, Value)) -> (u16, String, String) {
    (
        status,
        body["__type"].as_str().unwrap_or("").to_string(),
        body["message"].as_str().unwrap_or("").to_string(),
    )
}

/// Waits until `f` is true, for at most `limit`.
pub fn wait_until(limit: Duration, mut f: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    f()
}

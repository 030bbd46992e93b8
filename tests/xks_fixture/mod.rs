//! The test XKS proxy (`tests/fixtures/xks_proxy.py`) on loopback: a SoftHSM2 token for its
//! keys, a CA and server certificate made with the openssl CLI, and the settings an lkms
//! client needs to reach it.
//!
//! The proxy's name is [`HOST`]; clients connect to `127.0.0.1:<port>` instead of resolving it
//! (`LKMS_XKS_CONNECT_TO`) and trust the test CA (`LKMS_XKS_CA_FILE`), see [`XksProxy::env`].
//! A missing SoftHSM2, openssl or PyKCS11 fails the tests.
#![allow(dead_code)]

#[path = "../softhsm/mod.rs"]
pub mod softhsm;

use lkms::crypto::secret::SecretString;
use lkms::xks::{RequestMetadata, TrustRoots, XksClient, XksCredential, XksOptions};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// The name in the proxy's certificate and in its endpoint.
pub const HOST: &str = "xks.lkms.test";
/// The `XksProxyUriEndpoint` of the test proxy.
pub const ENDPOINT: &str = "https://xks.lkms.test";
/// The `XksProxyUriPath` of the test proxy (any prefix before `/kms/xks/v1` works too).
pub const PATH: &str = "/kms/xks/v1";
/// The proxy credential (model: 20–30 of A–Z and 2–7; 43–64 of base64 characters).
pub const ACCESS_KEY_ID: &str = "LKMSTESTXKSPROXYACCESSKEY";
pub const SECRET: &str = "dGhpcy1pcy10aGUtbGttcy10ZXN0LXhrcy1zZWNyZXQta2V5";
/// External keys in the proxy's token: enabled, disabled, and one that cannot decrypt.
pub const KEY: &str = "lkms-xks-key-1";
pub const KEY_2: &str = "lkms-xks-key-2";
pub const DISABLED_KEY: &str = "lkms-xks-disabled";
pub const ENCRYPT_ONLY_KEY: &str = "lkms-xks-encrypt-only";

/// A running test proxy; it exits when this process ends (its stdin closes).
pub struct XksProxy {
    pub port: u16,
    pub hsm: softhsm::SoftHsm,
    child: Child,
    _stdin: Mutex<ChildStdin>,
}

/// A Python that has PyKCS11.
fn python() -> String {
    let candidates = [
        std::env::var("LKMS_TEST_PYTHON").ok(),
        Some(concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin/python").to_string()),
        Some("python3".to_string()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|py| {
            Command::new(py)
                .args(["-c", "import PyKCS11"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("no Python with PyKCS11: .ci/run installs it into .ci/.venv")
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the openssl CLI must be installed");
    assert!(out.status.success(), "openssl {args:?}: {out:?}");
}

/// A test CA and a server certificate for [`HOST`] signed by it (P-256 keys).
fn make_certificates(dir: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=lkms test CA",
    ]);
    openssl(dir, &ca);
    let mut csr = vec!["req"];
    csr.extend(ec);
    csr.extend(["-keyout", "server.key", "-out", "server.csr", "-subj"]);
    let subject = format!("/CN={HOST}");
    csr.push(&subject);
    openssl(dir, &csr);
    let ext = format!(
        "subjectAltName=DNS:{HOST}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
    );
    std::fs::write(dir.join("server.ext"), ext).unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ],
    );
}

impl XksProxy {
    /// Starts a proxy with its own token and certificates.
    pub fn start() -> Self {
        let hsm = softhsm::SoftHsm::new();
        hsm.init_token("xks");
        let dir = hsm.dir.path();
        make_certificates(dir);
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/xks_proxy.py");
        let mut child = Command::new(python())
            .arg(script)
            .arg("--cert")
            .arg(dir.join("server.crt"))
            .arg("--key-file")
            .arg(dir.join("server.key"))
            .arg("--module")
            .arg(softhsm::module())
            .args(["--token-label", "xks", "--pin", softhsm::PIN])
            .args(["--access-key-id", ACCESS_KEY_ID, "--secret", SECRET])
            .args(["--key", KEY, "--key", KEY_2])
            .args(["--disabled-key", DISABLED_KEY])
            .args(["--encrypt-only-key", ENCRYPT_ONLY_KEY])
            .env("SOFTHSM2_CONF", hsm.conf())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(dir.join("proxy.log")).unwrap())
            .spawn()
            .expect("the test XKS proxy must start");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_default();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| {
                let log = std::fs::read_to_string(dir.join("proxy.log")).unwrap_or_default();
                panic!("the test XKS proxy did not start: {line:?}\n{log}")
            });
        Self {
            port,
            hsm,
            child,
            _stdin: Mutex::new(stdin),
        }
    }

    /// The proxy shared by every test of this binary.
    pub fn shared() -> &'static Self {
        static PROXY: OnceLock<XksProxy> = OnceLock::new();
        PROXY.get_or_init(Self::start)
    }

    /// Where it listens.
    pub fn addr(&self) -> SocketAddr {
        SocketAddr::from(([127, 0, 0, 1], self.port))
    }

    /// The test CA's certificate file.
    pub fn ca_file(&self) -> PathBuf {
        self.hsm.dir.path().join("ca.crt")
    }

    /// The test CA's certificate (PEM).
    pub fn ca_pem(&self) -> Vec<u8> {
        std::fs::read(self.ca_file()).unwrap()
    }

    /// What an lkms process needs in its environment to reach this proxy.
    pub fn env(&self) -> [(&'static str, String); 2] {
        [
            ("LKMS_XKS_CA_FILE", self.ca_file().display().to_string()),
            ("LKMS_XKS_CONNECT_TO", self.addr().to_string()),
        ]
    }
}

impl Drop for XksProxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// Clients of the shared proxy.

pub fn options(timeout: Duration) -> XksOptions {
    XksOptions {
        region: "us-east-1".into(),
        timeout,
        trust: TrustRoots::Pem(XksProxy::shared().ca_pem()),
        connect_to: Some(XksProxy::shared().addr()),
    }
}

pub fn credential(secret: &str) -> XksCredential {
    XksCredential {
        access_key_id: ACCESS_KEY_ID.into(),
        raw_secret_access_key: SecretString::new(secret.into()),
    }
}

/// A client of the shared proxy at `path`, with a timeout generous for a loaded machine.
pub fn client(path: &str) -> XksClient {
    XksClient::new(
        ENDPOINT,
        path,
        &credential(SECRET),
        &options(Duration::from_secs(20)),
    )
    .unwrap()
}

pub fn meta(op: &str) -> RequestMetadata {
    RequestMetadata {
        aws_principal_arn: Some("arn:aws:iam::111122223333:user/Alice".into()),
        kms_key_arn: Some(
            "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab".into(),
        ),
        kms_operation: op.into(),
        kms_request_id: "4112f4d6-db54-4af4-ae30-c55a22a8dfae".into(),
        kms_via_service: None,
    }
}

pub fn health_meta() -> RequestMetadata {
    RequestMetadata {
        kms_operation: "ConnectCustomKeyStore".into(),
        kms_request_id: "1124f4d6-db54-4af4-ae30-c55a22a8abcd".into(),
        ..Default::default()
    }
}

//! SoftHSM2 for the tests: a token directory and configuration of their own, tokens made with
//! `softhsm2-util`, and a way to run a test body in a child process that sees them.
//!
//! SoftHSM2 reads `SOFTHSM2_CONF` once, when the module is initialised, and a process holds one
//! instance of the module. So a test that needs its own tokens runs its body in a child copy of
//! the test binary started with that variable set ([`isolated`]); the parent makes the tokens,
//! waits (with a deadline) and fails if the child fails. A missing SoftHSM2 fails the tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// The user PIN of every test token.
pub const PIN: &str = "pin-1234567";
/// The security officer PIN of every test token.
pub const SO_PIN: &str = "so-7654321";

const CHILD_VAR: &str = "LKMS_TEST_SOFTHSM_CHILD";
const DIR_VAR: &str = "LKMS_TEST_SOFTHSM_DIR";
/// Where Debian and most distributions install the module.
const MODULE_PATHS: &[&str] = &[
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
];

/// The SoftHSM2 PKCS#11 module; panics (failing the test) when it is not installed.
pub fn module() -> PathBuf {
    if let Some(p) = std::env::var_os("LKMS_TEST_SOFTHSM_MODULE") {
        return PathBuf::from(p);
    }
    MODULE_PATHS
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .unwrap_or_else(|| {
            panic!("libsofthsm2.so not found in {MODULE_PATHS:?}: install softhsm2 (.ci/run does)")
        })
}

/// A SoftHSM2 configuration whose tokens live in a temporary directory.
pub struct SoftHsm {
    pub dir: TempDir,
}

impl SoftHsm {
    /// A fresh, empty token directory with its configuration file.
    pub fn new() -> Self {
        let dir = TempDir::new().unwrap();
        std::fs::create_dir(dir.path().join("tokens")).unwrap();
        let conf = format!(
            "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
            dir.path().join("tokens").display()
        );
        std::fs::write(dir.path().join("softhsm2.conf"), conf).unwrap();
        Self { dir }
    }

    /// The configuration file to put in `SOFTHSM2_CONF`.
    pub fn conf(&self) -> PathBuf {
        self.dir.path().join("softhsm2.conf")
    }

    /// A command for a SoftHSM2 or OpenSC tool that sees these tokens.
    pub fn tool(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("SOFTHSM2_CONF", self.conf());
        c
    }

    /// Initialises a token in the next free slot with [`PIN`] and [`SO_PIN`].
    pub fn init_token(&self, label: &str) {
        self.init_token_with_pin(label, PIN);
    }

    /// Initialises a token in the next free slot with the user PIN `pin` and [`SO_PIN`].
    pub fn init_token_with_pin(&self, label: &str, pin: &str) {
        let out = self
            .tool("softhsm2-util")
            .args(["--init-token", "--free", "--label", label])
            .args(["--pin", pin, "--so-pin", SO_PIN])
            .output()
            .unwrap_or_else(|e| panic!("softhsm2-util cannot run ({e}): install softhsm2"));
        assert!(out.status.success(), "softhsm2-util: {out:?}");
    }

    /// Initialises a token with no user PIN (there is no user to log in as), in the first
    /// slot, so call it before any other token is made.
    pub fn init_token_without_user(&self, label: &str) {
        let out = self
            .tool("pkcs11-tool")
            .arg("--module")
            .arg(module())
            .args(["--slot-index", "0", "--init-token", "--label", label])
            .args(["--so-pin", SO_PIN])
            .output()
            .unwrap_or_else(|e| panic!("pkcs11-tool cannot run ({e}): install opensc"));
        assert!(out.status.success(), "pkcs11-tool --init-token: {out:?}");
    }

    /// Deletes a token, as an administrator pulling it out from under lkms would.
    pub fn delete_token(&self, label: &str) {
        let out = self
            .tool("softhsm2-util")
            .args(["--delete-token", "--token", label])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "softhsm2-util --delete-token: {out:?}"
        );
    }

    /// Sets CKF_USER_PIN_LOCKED in a token's stored flags.
    ///
    /// SoftHSM2 counts no failed logins, so it never locks a PIN by itself; it does report the
    /// flags stored in its token file, as an HSM that locked the PIN would. The file holds each
    /// attribute as (type, kind, value), 64-bit big-endian; the token flags have the vendor type
    /// 0x8000534B and kind 2 (an unsigned long).
    pub fn lock_user_pin(&self, label: &str) {
        const FLAGS_ATTR: [u8; 16] = [0, 0, 0, 0, 0x80, 0, 0x53, 0x4b, 0, 0, 0, 0, 0, 0, 0, 2];
        const CKF_USER_PIN_LOCKED: u64 = 0x0004_0000;
        let file = self.token_file(label);
        let mut bytes = std::fs::read(&file).unwrap();
        let at = bytes
            .windows(FLAGS_ATTR.len())
            .position(|w| w == FLAGS_ATTR)
            .unwrap_or_else(|| panic!("no token-flags attribute in {}", file.display()))
            + FLAGS_ATTR.len();
        let value: [u8; 8] = bytes[at..at + 8].try_into().unwrap();
        let flags = u64::from_be_bytes(value) | CKF_USER_PIN_LOCKED;
        bytes[at..at + 8].copy_from_slice(&flags.to_be_bytes());
        std::fs::write(&file, bytes).unwrap();
    }

    /// The `token.object` file of the token labelled `label`.
    fn token_file(&self, label: &str) -> PathBuf {
        let mut padded = label.as_bytes().to_vec();
        padded.resize(32, b' ');
        for entry in std::fs::read_dir(self.dir.path().join("tokens")).unwrap() {
            let file = entry.unwrap().path().join("token.object");
            if std::fs::read(&file).is_ok_and(|b| b.windows(32).any(|w| w == padded)) {
                return file;
            }
        }
        panic!("no token labelled {label}");
    }

    /// Runs `pkcs11-tool` (OpenSC) on the token labelled `label`; panics if it is not
    /// installed.
    pub fn pkcs11_tool(&self, label: &str, args: &[&str]) -> std::process::Output {
        let module = module();
        self.tool("pkcs11-tool")
            .arg("--module")
            .arg(module)
            .args(["--token-label", label])
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("pkcs11-tool cannot run ({e}): install opensc"))
    }
}

/// In the child: the token directory the parent made.
pub struct Child {
    pub hsm_dir: PathBuf,
}

impl Child {
    /// The same tools, pointed at the parent's tokens.
    pub fn hsm(&self) -> SoftHsmView {
        SoftHsmView {
            conf: self.hsm_dir.join("softhsm2.conf"),
        }
    }
}

/// Tool access from the child (the parent owns the directory).
pub struct SoftHsmView {
    conf: PathBuf,
}

impl SoftHsmView {
    /// `softhsm2-util` or `pkcs11-tool` seeing the parent's tokens.
    pub fn tool(&self, program: &str) -> Command {
        let mut c = Command::new(program);
        c.env("SOFTHSM2_CONF", &self.conf);
        c
    }
}

/// Runs the calling test's body in a child process with its own tokens.
///
/// In the parent: makes a token directory, lets `setup` create tokens, runs this test binary
/// again for the one test `name` with `SOFTHSM2_CONF` set, fails if the child fails or takes
/// longer than two minutes, and returns `None`. In the child: returns the directory.
pub fn isolated(name: &str, setup: impl FnOnce(&SoftHsm)) -> Option<Child> {
    if std::env::var(CHILD_VAR).is_ok_and(|v| v == name) {
        let dir = std::env::var_os(DIR_VAR).expect("the parent sets the token directory");
        return Some(Child {
            hsm_dir: PathBuf::from(dir),
        });
    }
    let hsm = SoftHsm::new();
    setup(&hsm);
    run_child(name, &hsm, Duration::from_secs(120));
    None
}

fn run_child(name: &str, hsm: &SoftHsm, deadline: Duration) {
    let exe = std::env::current_exe().unwrap();
    let out_path = hsm.dir.path().join("child.out");
    let out = std::fs::File::create(&out_path).unwrap();
    let mut child = Command::new(exe)
        .args([name, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_VAR, name)
        .env(DIR_VAR, hsm.dir.path())
        .env("SOFTHSM2_CONF", hsm.conf())
        .stdin(Stdio::null())
        .stdout(out.try_clone().unwrap())
        .stderr(out)
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{name} hung for {deadline:?}:\n{}",
                read(&out_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let output = read(&out_path).unwrap_or_default();
    assert!(status.success(), "{name} failed in its child:\n{output}");
    assert!(
        output.contains("1 passed"),
        "{name} did not run in its child:\n{output}"
    );
}

fn read(p: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(p)
}

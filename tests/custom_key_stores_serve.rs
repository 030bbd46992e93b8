//! Custom key stores through `lkms serve` with boto3 (issue 18): a CloudHSM key store on a
//! SoftHSM2 token and an external key store on the test XKS proxy, driven by
//! tests/clients/boto3_custom_key_stores.py, sharing the keystore with the command line. boto3,
//! SoftHSM2 and PyKCS11 are installed by `.ci/run`; without them this test fails.

mod common;
mod key_store_env;
mod xks_fixture;

use common::*;
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use xks_fixture::*;

const ACCESS_KEY: &str = "AKIALKMSTEST00000001";
const SECRET_KEY: &str = "lkms-test-secret-access-key";
const PASSWORD: &str = "ExamplePassword";

/// `lkms serve` on a free loopback port with `vars`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(env: &Env, vars: &[(String, String)]) -> Self {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_lkms"));
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
            .args(["serve", "--port", "0", "--quiet"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let port = first
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|r| r.split(' ').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no port in {first:?}"));
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        Self { child, port }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Python with boto3 (`.ci/.venv`, where `.ci/run` installs it).
fn python() -> String {
    let venv = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin/python");
    [venv, "python3"]
        .into_iter()
        .find(|py| {
            Command::new(py)
                .args(["-c", "import boto3"])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .expect("no Python with boto3: .ci/run installs it into .ci/.venv")
        .to_string()
}

#[test]
fn boto3_runs_the_custom_key_store_life_cycle_through_lkms_serve() {
    let python = python();
    let proxy = XksProxy::shared();
    // The server's default token, in a token directory of its own.
    let hsm = softhsm::SoftHsm::new();
    hsm.init_token_with_pin("kms", PASSWORD);
    let ca = hsm.dir.path().join("customerCA.crt");
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        &ca.with_extension("key").display().to_string(),
        "-out",
        &ca.display().to_string(),
        "-days",
        "2",
        "-subj",
        "/CN=lkms test cluster CA",
    ]);
    let mut vars: Vec<(String, String)> = proxy
        .env()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    vars.extend([
        ("LKMS_XKS_TIMEOUT_MS".to_string(), "10000".to_string()),
        ("SOFTHSM2_CONF".into(), hsm.conf().display().to_string()),
        (
            "LKMS_PKCS11_MODULE".into(),
            softhsm::module().display().to_string(),
        ),
        ("LKMS_PKCS11_TOKEN_LABEL".into(), "kms".into()),
    ]);
    let cli = key_store_env::Cks::new(vars.clone());
    cli.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        ACCESS_KEY,
        "--secret-access-key",
        SECRET_KEY,
    ]);
    let server = Server::start(&cli.env, &vars);
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/boto3_custom_key_stores.py"
    );
    let out = Command::new(&python)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", cli.env.dir.path())
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .env("AWS_CONFIG_FILE", cli.env.dir.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            cli.env.dir.path().join("no-credentials"),
        )
        .args([
            script,
            &format!("http://127.0.0.1:{}", server.port),
            &ca.display().to_string(),
            PASSWORD,
            ENDPOINT,
            ACCESS_KEY_ID,
            SECRET,
            KEY,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    // What boto3 made through the server opens on the command line, in the token and through
    // the proxy.
    let v = cli.ok(&[
        "decrypt",
        "--ciphertext-blob",
        result["hsm_ciphertext"].as_str().unwrap(),
    ]);
    assert_eq!(
        unb64(v["Plaintext"].as_str().unwrap()),
        b"boto3 in the token"
    );
    let v = cli.ok(&[
        "decrypt",
        "--ciphertext-blob",
        result["xks_ciphertext"].as_str().unwrap(),
    ]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), b"boto3 twice");
    let store = result["hsm_store"].as_str().unwrap();
    assert_eq!(cli.store(store)["CustomKeyStoreName"], "boto3-hsm-renamed");
    // A disconnection on the command line is seen by the server at once.
    cli.disconnect(store);
    let key = result["hsm_key"].as_str().unwrap();
    let out = Command::new(&python)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", cli.env.dir.path())
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .args([
            "-c",
            "import boto3, sys\n\
             k = boto3.client('kms', endpoint_url=sys.argv[1], region_name='us-east-1')\n\
             try:\n    k.encrypt(KeyId=sys.argv[2], Plaintext=b'x')\n\
             except k.exceptions.KMSInvalidStateException as e:\n    print(e.response['Error']['Message'])",
            &format!("http://127.0.0.1:{}", server.port),
            key,
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{} is unavailable.\n", cli.env.arn(key)),
        "{out:?}"
    );
}

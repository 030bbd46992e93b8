//! `lkms serve` (issue 7): the KMS wire protocol, checked with real clients — boto3 and the
//! `aws` CLI (v1) that `.ci/run` installs into `.ci/.venv` — and with hostile raw HTTP.
//! Where boto3 or the aws CLI is missing these tests say they were skipped; with `CI=true`
//! they fail.

mod common;
use common::*;
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A running `lkms serve` on a free loopback port, stopped (SIGTERM) when dropped.
struct Server {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start(env: &Env, extra: &[&str], vars: &[(&str, &str)]) -> Self {
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
            .args(["serve", "--port", "0"])
            .args(extra)
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
        let log = Arc::new(Mutex::new(vec![first]));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        Self { child, port, log }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Sends SIGTERM and waits for the exit status.
    fn stop(&mut self) -> std::process::ExitStatus {
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.child.wait().unwrap()
    }

    fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The Python with boto3 and pyca/cryptography, and the aws CLI next to it (in `.ci/.venv`).
fn clients() -> Option<(String, String)> {
    let venv = concat!(env!("CARGO_MANIFEST_DIR"), "/.ci/.venv/bin");
    for (py, aws) in [
        (format!("{venv}/python"), format!("{venv}/aws")),
        ("python3".to_string(), "aws".to_string()),
    ] {
        let ok = Command::new(&py)
            .args(["-c", "import boto3, cryptography"])
            .output()
            .is_ok_and(|o| o.status.success())
            && Command::new(&aws)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success());
        if ok {
            return Some((py, aws));
        }
    }
    assert!(
        std::env::var("CI").map_or(true, |v| v != "true"),
        "boto3 or the aws CLI is missing, but CI=true: .ci/run must install them"
    );
    eprintln!("SKIPPED: boto3 or the aws CLI is not installed");
    None
}

/// Environment for a client: credentials, no config files, no real AWS.
fn client_env(cmd: &mut Command, env: &Env, key_id: &str, secret: &str) {
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("AWS_ACCESS_KEY_ID", key_id)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_CONFIG_FILE", env.dir.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            env.dir.path().join("no-credentials"),
        );
}

const ACCESS_KEY: &str = "AKIALKMSTEST00000001";
const SECRET: &str = "lkms-test-secret-access-key";

/// A keystore whose `lkms serve` accepts ACCESS_KEY / SECRET.
fn env_with_credentials() -> Env {
    let env = Env::new();
    env.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        ACCESS_KEY,
        "--secret-access-key",
        SECRET,
    ]);
    env
}

#[test]
fn boto3_round_trips_every_operation_and_shares_the_keystore_with_the_cli() {
    let Some((python, _)) = clients() else {
        return;
    };
    let env = env_with_credentials();
    let server = Server::start(&env, &[], &[]);
    // The command line writes while boto3 does.
    let cli_key = env.create_key();
    let cli_blob = env.encrypt(&cli_key, b"from the cli");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/boto3_round_trip.py"
    );
    let mut cmd = Command::new(&python);
    client_env(&mut cmd, &env, ACCESS_KEY, SECRET);
    let writers: Vec<_> = (0..4)
        .map(|_| {
            let mut c = env.cmd();
            c.args(["create-key", "--description", "cli-parallel"]);
            std::thread::spawn(move || c.output().unwrap())
        })
        .collect();
    let out = cmd.args([script, &server.endpoint()]).output().unwrap();
    for w in writers {
        assert!(w.join().unwrap().status.success());
    }
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A ciphertext made through the server decrypts on the command line...
    let v = env.ok(&[
        "decrypt",
        "--ciphertext-blob",
        result["ciphertext"].as_str().unwrap(),
        "--encryption-context",
        "app=web",
    ]);
    assert_eq!(unb64(v["Plaintext"].as_str().unwrap()), b"from boto3");
    // ... and one made on the command line decrypts through the server.
    let mut cmd = Command::new(&python);
    client_env(&mut cmd, &env, ACCESS_KEY, SECRET);
    let out = cmd
        .args([
            "-c",
            "import boto3, base64, sys; k = boto3.client('kms', endpoint_url=sys.argv[1]); \
             print(k.decrypt(CiphertextBlob=base64.b64decode(sys.argv[2]))['Plaintext'].decode())",
            &server.endpoint(),
            &cli_blob,
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "from the cli\n",
        "{out:?}"
    );
    // Every key both faces wrote at the same time is there: 20 from boto3 threads, 4 from CLI
    // processes.
    let keys = env.ok(&["list-keys"])["Keys"].as_array().unwrap().clone();
    assert!(keys.len() as u64 >= result["keys"].as_u64().unwrap());
    let mut by_description = std::collections::BTreeMap::new();
    for k in &keys {
        let md = env.ok(&["describe-key", "--key-id", k["KeyId"].as_str().unwrap()]);
        let d = md["KeyMetadata"]["Description"]
            .as_str()
            .unwrap()
            .to_string();
        *by_description.entry(d).or_insert(0) += 1;
    }
    assert_eq!(
        by_description.get("parallel"),
        Some(&20),
        "{by_description:?}"
    );
    assert_eq!(
        by_description.get("cli-parallel"),
        Some(&4),
        "{by_description:?}"
    );
    // The request log names operation, key, result and time.
    let log = server.log();
    assert!(
        log.iter()
            .any(|l| l.starts_with("Encrypt ") && l.contains(" OK ") && l.ends_with("ms")),
        "{log:?}"
    );
    assert!(
        log.iter()
            .any(|l| l.starts_with("DescribeKey nope NotFoundException ")),
        "{log:?}"
    );
}

#[test]
fn the_aws_cli_works_with_endpoint_url_and_aws_endpoint_url_kms() {
    let Some((_, aws)) = clients() else {
        return;
    };
    let env = env_with_credentials();
    let server = Server::start(&env, &["--quiet"], &[]);
    let run = |args: &[&str], by_env: bool| {
        let mut cmd = Command::new(&aws);
        client_env(&mut cmd, &env, ACCESS_KEY, SECRET);
        if by_env {
            cmd.env("AWS_ENDPOINT_URL_KMS", server.endpoint());
        } else {
            cmd.args(["--endpoint-url", &server.endpoint()]);
        }
        cmd.arg("kms").args(args).output().unwrap()
    };
    let out = run(
        &[
            "create-key",
            "--description",
            "via aws",
            "--query",
            "KeyMetadata.KeyId",
            "--output",
            "text",
        ],
        false,
    );
    assert!(out.status.success(), "{out:?}");
    let key = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(env.state(&key), "Enabled");
    // The v1 CLI reads blob arguments raw, so blobs go through fileb:// files.
    let plain = env.file("plain.txt", b"hello aws");
    let out = run(
        &[
            "encrypt",
            "--key-id",
            &key,
            "--plaintext",
            &format!("fileb://{}", plain.display()),
            "--query",
            "CiphertextBlob",
            "--output",
            "text",
        ],
        true,
    );
    assert!(out.status.success(), "{out:?}");
    let blob = env.file(
        "blob.bin",
        &unb64(String::from_utf8(out.stdout).unwrap().trim()),
    );
    let out = run(
        &[
            "decrypt",
            "--ciphertext-blob",
            &format!("fileb://{}", blob.display()),
            "--query",
            "Plaintext",
            "--output",
            "text",
        ],
        true,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}\n", b64(b"hello aws")),
        "{out:?}"
    );
    let out = run(&["list-keys"], false);
    let listed: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed["Keys"][0]["KeyId"], key.as_str());
    // A service error: the v1 CLI's exit code (255) and text.
    let out = run(&["describe-key", "--key-id", "nope"], true);
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "\nAn error occurred (NotFoundException) when calling the DescribeKey operation: Invalid \
         keyId 'nope'\n"
    );
    // Timestamps travel as epoch seconds, which the v1 CLI prints as they came.
    let out = run(&["describe-key", "--key-id", &key], false);
    let md: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(md["KeyMetadata"]["CreationDate"].is_f64(), "{md}");
    // So does lkms under `cli_timestamp_format = wire`, the whole answer the same.
    let config = env.file("wire-config", b"[default]\ncli_timestamp_format = wire\n");
    let r = env.run_env(
        &["describe-key", "--key-id", &key],
        &[("AWS_CONFIG_FILE", config.to_str().unwrap())],
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, String::from_utf8_lossy(&out.stdout).as_ref()),
        "{r:?}"
    );
    // The predefined aliases, and a query with the CLI's string literal in backticks: lkms
    // prints what the aws CLI prints.
    let query = [
        "list-aliases",
        "--query",
        "Aliases[?starts_with(AliasName, `alias/aws/s`)].[AliasName, AliasArn, TargetKeyId]",
        "--output",
        "text",
    ];
    let out = run(&query, true);
    assert!(out.status.success(), "{out:?}");
    let by_aws = String::from_utf8(out.stdout).unwrap();
    assert_eq!(by_aws.lines().count(), 5, "{by_aws}");
    let r = env.run(&query);
    assert_eq!((r.code, r.stdout.as_str()), (0, by_aws.as_str()), "{r:?}");
    // Every output format draws the same as the aws CLI's (no timestamps here: the v1 CLI
    // prints them as epoch seconds, lkms as v2 does).
    let shape = "KeyMetadata.{Id: KeyId, State: KeyState, Spec: KeySpec, Usage: KeyUsage, \
                 Manager: KeyManager, Algs: EncryptionAlgorithms}";
    for args in [
        vec!["list-keys"],
        vec!["get-key-rotation-status", "--key-id", &key],
        vec!["describe-key", "--key-id", &key, "--query", shape],
        vec![
            "list-aliases",
            "--query",
            "Aliases[?starts_with(AliasName, `alias/aws/e`)]",
        ],
    ] {
        for format in ["json", "text", "table"] {
            let args: Vec<&str> = args.iter().copied().chain(["--output", format]).collect();
            let out = run(&args, false);
            assert!(out.status.success(), "{out:?}");
            let r = env.run(&args);
            assert_eq!(r.stdout, String::from_utf8_lossy(&out.stdout), "{args:?}");
        }
    }
}

#[test]
fn signatures_are_checked_against_configured_credentials() {
    let Some((python, _)) = clients() else {
        return;
    };
    let env = Env::new();
    env.ok(&[
        "credentials",
        "add",
        "--access-key-id",
        ACCESS_KEY,
        "--secret-access-key",
        SECRET,
        "--principal",
        "arn:aws:iam::111122223333:user/alice",
        // Alice may create keys (an IAM user has no permissions without a policy).
        "--identity-policy",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"kms:CreateKey","Resource":"*"}]}"#,
    ]);
    let listed = env.ok(&["credentials", "list"]);
    assert_eq!(
        listed,
        json!({"Credentials": [{"AccessKeyId": ACCESS_KEY,
                                "Principal": "arn:aws:iam::111122223333:user/alice"}]})
    );
    // The secret is sealed: it is nowhere in the keystore's files.
    for f in files_under(&env.keystore()) {
        let text = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
        assert!(!text.contains(SECRET), "{f:?}");
    }
    let server = Server::start(&env, &[], &[]);
    let call = |key_id: &str, secret: &str, region: &str| {
        let mut cmd = Command::new(&python);
        client_env(&mut cmd, &env, key_id, secret);
        let out = cmd
            .args([
                "-c",
                "import boto3, sys\n\
                 from botocore.exceptions import ClientError\n\
                 k = boto3.client('kms', endpoint_url=sys.argv[1], region_name=sys.argv[2])\n\
                 try:\n    print(k.create_key()['KeyMetadata']['Arn'])\n\
                 except ClientError as e:\n    print(e.response['Error']['Code'], e.response['Error']['Message'])",
                &server.endpoint(),
                region,
            ])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    };
    // The region comes from the signature's credential scope.
    let arn = call(ACCESS_KEY, SECRET, "eu-west-1");
    assert!(
        arn.starts_with("arn:aws:kms:eu-west-1:111122223333:key/"),
        "{arn}"
    );
    assert_eq!(
        call(ACCESS_KEY, "not-the-secret", "us-east-1"),
        "InvalidSignatureException The request signature we calculated does not match the \
         signature you provided. Check your AWS Secret Access Key and signing method. Consult \
         the service documentation for details."
    );
    assert_eq!(
        call("AKIAUNKNOWN000000000", SECRET, "us-east-1"),
        "UnrecognizedClientException The security token included in the request is invalid."
    );
    // Unsigned requests need development mode.
    let (status, body) = raw(
        server.port,
        &request("ListKeys", "application/x-amz-json-1.1", b"{}", &[]),
    );
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"__type": "MissingAuthenticationTokenException",
               "message": "Missing Authentication Token"})
    );
    env.ok(&["credentials", "remove", "--access-key-id", ACCESS_KEY]);
    assert_eq!(
        call(ACCESS_KEY, SECRET, "us-east-1"),
        "UnrecognizedClientException The security token included in the request is invalid."
    );
}

/// An HTTP/1.1 request for `op` with `body`, closing the connection afterwards.
fn request(op: &str, content_type: &str, body: &[u8], extra: &[&str]) -> Vec<u8> {
    let mut head = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nX-Amz-Target: TrentService.{op}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for h in extra {
        head.push_str(h);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// Sends raw bytes, returns the status and the JSON body of the reply.
fn raw(port: u16, bytes: &[u8]) -> (u16, Value) {
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
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(
        head.to_ascii_lowercase().contains("x-amzn-requestid: "),
        "{head}"
    );
    if status != 200 {
        let code = body_json(body)["__type"].clone();
        assert!(
            head.contains(&format!("X-Amzn-ErrorType: {}", code.as_str().unwrap()))
                || head.to_ascii_lowercase().contains(&format!(
                    "x-amzn-errortype: {}",
                    code.as_str().unwrap().to_ascii_lowercase()
                )),
            "{head}"
        );
    }
    (status, body_json(body))
}

fn body_json(body: &str) -> Value {
    if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body:?}"))
    }
}

#[test]
fn hostile_input_gets_an_answer_and_the_server_keeps_serving() {
    let env = Env::new();
    let server = Server::start(&env, &["--dev", "--quiet"], &[]);
    let json_type = "application/x-amz-json-1.1";
    let code =
        |(status, body): (u16, Value)| (status, body["__type"].as_str().unwrap_or("").to_string());
    let p = server.port;
    // Works at all, unsigned, in development mode.
    let (status, body) = raw(p, &request("CreateKey", json_type, b"{}", &[]));
    assert_eq!(status, 200);
    assert_eq!(body["KeyMetadata"]["KeyState"], "Enabled");
    assert!(body["KeyMetadata"]["CreationDate"].is_f64());
    let cases: Vec<(Vec<u8>, (u16, &str))> = vec![
        (request("Nope", json_type, b"{}", &[]), (400, "UnknownOperationException")),
        (
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}".to_vec(),
            (400, "UnknownOperationException"),
        ),
        (request("ListKeys", "text/plain", b"{}", &[]), (400, "SerializationException")),
        (request("ListKeys", json_type, b"{\"Limit\": ", &[]), (400, "SerializationException")),
        (request("ListKeys", json_type, b"[1, 2]", &[]), (400, "SerializationException")),
        (request("ListKeys", json_type, b"{\"Marker\": \"\xff\xfe\"}", &[]), (400, "SerializationException")),
        (
            request("ListKeys", json_type, &[b"[".repeat(100_000), b"]".repeat(100_000)].concat(), &[]),
            (400, "SerializationException"),
        ),
        (request("ListKeys", json_type, b"{\"Limit\": 1e400}", &[]), (400, "SerializationException")),
        (
            request("GenerateRandom", json_type, b"{\"NumberOfBytes\": 123456789012345678901234567890}", &[]),
            (400, "ValidationException"),
        ),
        (
            request("ListKeys", json_type, &vec![b' '; (1 << 20) + 1], &[]),
            (413, "SerializationException"),
        ),
        (
            request("DescribeKey", json_type, b"{\"KeyId\": \"nope\", \"FutureMember\": 1}", &[]),
            (400, "NotFoundException"),
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(code(raw(p, &bytes)), (expected.0, expected.1.to_string()));
    }
    // A GET is answered too.
    let (status, _) = raw(p, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_eq!(status, 400);
    // A body cut short: the server gives up on it and keeps serving.
    {
        let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
        let mut bytes = request("ListKeys", json_type, b"{}", &[]);
        let len = bytes.len();
        bytes.truncate(len - 1);
        let mut head = String::from_utf8(bytes).unwrap();
        head = head.replace("Content-Length: 2", "Content-Length: 200");
        s.write_all(head.as_bytes()).unwrap();
        s.shutdown(std::net::Shutdown::Write).unwrap();
        let mut reply = Vec::new();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        let _ = s.read_to_end(&mut reply);
    }
    // A slow client holding a connection open does not stop others.
    let mut slow = TcpStream::connect(("127.0.0.1", p)).unwrap();
    slow.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
    let (status, body) = raw(p, &request("ListKeys", json_type, b"{}", &[]));
    assert_eq!(status, 200);
    assert_eq!(body["Keys"].as_array().unwrap().len(), 1);
    drop(slow);
    // A keep-alive connection carries several requests.
    let mut s = TcpStream::connect(("127.0.0.1", p)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let keep = |op: &str| {
        format!(
            "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: TrentService.{op}\r\n\
             Content-Type: {json_type}\r\nContent-Length: 2\r\n\r\n{{}}"
        )
    };
    for _ in 0..3 {
        s.write_all(keep("ListKeys").as_bytes()).unwrap();
        let mut buf = [0u8; 4096];
        let n = s.read(&mut buf).unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    }
}

#[test]
fn sigterm_finishes_the_request_in_flight() {
    let env = Env::new();
    let mut server = Server::start(&env, &["--dev"], &[]);
    let port = server.port;
    // RSA-4096 key generation takes a while: it is still running when SIGTERM arrives.
    let slow = std::thread::spawn(move || {
        raw(
            port,
            &request(
                "CreateKey",
                "application/x-amz-json-1.1",
                br#"{"KeySpec": "RSA_4096", "KeyUsage": "SIGN_VERIFY"}"#,
                &[],
            ),
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    let status = server.stop();
    let (code, body) = slow.join().unwrap();
    assert_eq!(code, 200, "{body}");
    assert!(status.success(), "{status:?}");
    let key = body["KeyMetadata"]["KeyId"].as_str().unwrap();
    assert_eq!(env.state(key), "Enabled");
    let log = server.log();
    assert!(log.iter().any(|l| l.contains("shutting down")), "{log:?}");
    assert!(
        log.iter().any(|l| l.starts_with("CreateKey - OK")),
        "{log:?}"
    );
}

#[test]
fn serve_refuses_other_addresses_unless_allowed() {
    let env = Env::new();
    let r = env.run(&["serve", "--bind", "0.0.0.0", "--port", "0"]);
    assert_eq!(r.code, 252, "{r:?}");
    assert!(
        r.stderr
            .contains("--bind 0.0.0.0 is not a loopback address; add --allow-remote"),
        "{r:?}"
    );
}

/// Reads one HTTP reply from a kept-alive connection: its status and its body.
fn read_reply(reader: &mut BufReader<TcpStream>) -> (u16, Value) {
    let mut status = String::new();
    reader.read_line(&mut status).unwrap();
    let mut length = 0;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap();
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).unwrap();
    let code = status.split(' ').nth(1).unwrap().parse().unwrap();
    (code, body_json(&String::from_utf8(body).unwrap()))
}

#[test]
fn connections_are_shared_among_one_network_thread_per_core() {
    let env = Env::new();
    let server = Server::start(&env, &["--dev"], &[]);
    // The thread that started serving is one; every other core has a thread of its own.
    let cores = std::thread::available_parallelism().unwrap().get();
    let names: Vec<String> = std::fs::read_dir(format!("/proc/{}/task", server.child.id()))
        .unwrap()
        .filter_map(|t| std::fs::read_to_string(t.unwrap().path().join("comm")).ok())
        .filter(|n| n.starts_with("lkms-net-"))
        .collect();
    assert_eq!(names.len(), cores - 1, "{names:?}");
    // Connections handed to any of them serve request after request.
    let key = env.create_key();
    let body = format!(r#"{{"KeyId": "{key}", "Plaintext": "aGVsbG8="}}"#);
    let clients: Vec<_> = (0..2 * cores + 1)
        .map(|_| {
            let port = server.port;
            let body = body.clone();
            std::thread::spawn(move || {
                let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(20)))
                    .unwrap();
                let mut writer = stream.try_clone().unwrap();
                let mut reader = BufReader::new(stream);
                let mut blobs = Vec::new();
                for _ in 0..3 {
                    let mut req = request(
                        "Encrypt",
                        "application/x-amz-json-1.1",
                        body.as_bytes(),
                        &[],
                    );
                    let head = String::from_utf8_lossy(&req).replace("Connection: close\r\n", "");
                    req = head.into_bytes();
                    writer.write_all(&req).unwrap();
                    let (code, reply) = read_reply(&mut reader);
                    assert_eq!(code, 200, "{reply}");
                    blobs.push(reply["CiphertextBlob"].as_str().unwrap().to_string());
                }
                blobs
            })
        })
        .collect();
    for client in clients {
        let blobs = client.join().unwrap();
        assert_eq!(blobs.len(), 3);
        // Each answer is a fresh encryption: no two alike.
        assert!(blobs[0] != blobs[1] && blobs[1] != blobs[2], "{blobs:?}");
    }
}

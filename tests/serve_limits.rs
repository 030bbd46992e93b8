//! `lkms serve` under load and in scripts (issue 13, items 6–7): slow clients and a full
//! descriptor table neither starve well-behaved clients nor make the server spin, connections
//! are capped, and a script learns the endpoint from the first line of stdout. Every test is
//! bounded in time.

mod common;
#[path = "serve_support/mod.rs"]
mod support;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::*;

fn list_keys(port: u16) -> (u16, serde_json::Value) {
    send(port, "ListKeys", &[], "{}")
}

/// CPU seconds (user + system) the process has used so far.
fn cpu_seconds(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .unwrap()
        .1
        .split_whitespace()
        .collect();
    // After the command name: state is field 3, utime 14 and stime 15 (1-based, man 5 proc).
    let ticks: f64 = fields[11].parse::<f64>().unwrap() + fields[12].parse::<f64>().unwrap();
    let hz = Command::new("getconf").arg("CLK_TCK").output().unwrap();
    ticks
        / String::from_utf8_lossy(&hz.stdout)
            .trim()
            .parse::<f64>()
            .unwrap()
}

/// Holds `n` connections open without sending anything, then checks that over three seconds
/// the server used under 10% of a core and is still running.
fn hold_idle_connections_and_measure(server: &mut Server, n: usize) -> Vec<TcpStream> {
    let conns: Vec<TcpStream> = (0..n)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let pid = server.child.id();
    let before = cpu_seconds(pid);
    std::thread::sleep(Duration::from_secs(3));
    let used = cpu_seconds(pid) - before;
    assert!(
        used < 0.3,
        "the server used {used:.2} CPU seconds in 3 s: it spins"
    );
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server died"
    );
    conns
}

/// After the connections close, requests are answered again within a few seconds.
fn recovers(server: &Server) {
    let start = Instant::now();
    let (status, _) = list_keys(server.port);
    assert_eq!(status, 200);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn at_the_descriptor_limit_the_server_neither_spins_nor_dies() {
    let env = Env::new();
    let mut server = Server::start_with(
        &env,
        &["prlimit", "--nofile=64:64"],
        &["--dev", "--quiet"],
        &[],
    );
    assert_eq!(list_keys(server.port).0, 200);
    let conns = hold_idle_connections_and_measure(&mut server, 150);
    drop(conns);
    recovers(&server);
}

#[test]
fn above_the_descriptor_limit_accepts_back_off_and_recover() {
    let env = Env::new();
    // A cap the descriptor table cannot hold: accept() itself fails with EMFILE.
    let mut server = Server::start_with(
        &env,
        &["prlimit", "--nofile=64:64"],
        &["--dev", "--quiet", "--max-connections", "1000"],
        &[],
    );
    let conns = hold_idle_connections_and_measure(&mut server, 150);
    let log = server.log();
    let pauses = log
        .iter()
        .filter(|l| l.contains("pausing new connections"))
        .count();
    assert!((1..=5).contains(&pauses), "{log:?}");
    drop(conns);
    recovers(&server);
}

/// Opens a connection that has sent part of a request's headers.
fn half_open(port: u16) -> TcpStream {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
    s
}

#[test]
fn the_connection_cap_is_configurable() {
    let env = Env::new();
    for (args, vars, cap) in [
        (
            vec!["--dev", "--quiet", "--max-connections", "2"],
            vec![],
            2,
        ),
        (
            vec!["--dev", "--quiet"],
            vec![("LKMS_SERVE_MAX_CONNECTIONS", "1")],
            1,
        ),
    ] {
        let server = Server::start(&env, &args, &vars);
        let held: Vec<TcpStream> = (0..cap).map(|_| half_open(server.port)).collect();
        std::thread::sleep(Duration::from_millis(300));
        // Over the cap: connected by the kernel, but not served until a slot frees.
        let waiting = std::thread::spawn({
            let port = server.port;
            move || {
                let start = Instant::now();
                (list_keys(port).0, start.elapsed())
            }
        });
        std::thread::sleep(Duration::from_secs(1));
        assert!(!waiting.is_finished(), "served past the cap of {cap}");
        drop(held);
        let (status, waited) = waiting.join().unwrap();
        assert_eq!(status, 200);
        assert!(waited < Duration::from_secs(5), "{waited:?}");
    }
    let r = env.run(&["serve", "--port", "0", "--max-connections", "0"]);
    assert_eq!(r.code, 252, "{r:?}");
}

/// Raises this process's own open-file limit so it can hold a thousand connections (the
/// server it starts inherits the limit).
fn raise_own_descriptor_limit(want: u64) {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let lim = getrlimit(Resource::Nofile);
    if lim.current.is_some_and(|c| c < want) {
        let target = lim.maximum.map_or(want, |m| m.min(want));
        setrlimit(
            Resource::Nofile,
            Rlimit {
                current: Some(target),
                maximum: lim.maximum,
            },
        )
        .unwrap();
    }
}

#[test]
fn a_thousand_slow_loris_connections_do_not_starve_well_behaved_clients() {
    raise_own_descriptor_limit(4096);
    let env = Env::new();
    let server = Server::start(&env, &["--dev", "--quiet"], &[]);
    let opened = Instant::now();
    let loris: Vec<TcpStream> = (0..1000).map(|_| half_open(server.port)).collect();
    // A slow body: whole headers, then ten bytes of a hundred.
    let mut slow_body = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    slow_body
        .write_all(b"POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: TrentService.ListKeys\r\nContent-Type: application/x-amz-json-1.1\r\nContent-Length: 100\r\n\r\n{\"Limit\":")
        .unwrap();
    // Raw clients and boto3 are answered promptly meanwhile.
    for _ in 0..10 {
        let start = Instant::now();
        assert_eq!(list_keys(server.port).0, 200);
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{:?}",
            start.elapsed()
        );
    }
    let start = Instant::now();
    let out = Command::new(format!("{}/python", venv_bin()))
        .env_clear()
        .env("HOME", env.dir.path())
        .env("AWS_ACCESS_KEY_ID", "AKIADEV0000000000000")
        .env("AWS_SECRET_ACCESS_KEY", "dev")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .args(["-c", "import boto3, sys; print(len(boto3.client('kms', endpoint_url=sys.argv[1]).list_keys()['Keys']))", &server.endpoint])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0\n", "{out:?}");
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{:?}",
        start.elapsed()
    );
    // The slow body is answered 408 once its 10 s are up.
    slow_body
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut reply = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&reply).contains("RequestTimeoutException") {
        match slow_body.read(&mut buf) {
            Ok(n) if n > 0 => reply.extend_from_slice(&buf[..n]),
            _ => break,
        }
    }
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 408"), "{reply:?}");
    assert!(reply.contains("RequestTimeoutException"), "{reply:?}");
    // Every slow-loris connection is closed by the server once its 10 s for the headers are
    // up (20 s leaves room for a loaded machine).
    let deadline = opened + Duration::from_secs(20);
    for mut c in loris {
        let left = deadline
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(100));
        c.set_read_timeout(Some(left)).unwrap();
        let closed = match c.read(&mut buf) {
            Ok(_) => true,
            Err(e) => !matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ),
        };
        assert!(
            closed,
            "a slow-loris connection is open after {:?}",
            opened.elapsed()
        );
    }
}

#[test]
fn serve_prints_its_endpoint_on_the_first_line_of_stdout() {
    let env = Env::new();
    let mut child = Command::new(env!("CARGO_BIN_EXE_lkms"))
        .env_clear()
        .env("HOME", env.dir.path())
        .env("LKMS_HOME", env.keystore())
        .env("LKMS_ROOT_KEY", &env.root_key)
        .env("LKMS_NO_KEYRING", "1")
        .args(["serve", "--port", "0", "--dev"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read stdout on a thread, so that a server that prints nothing fails the test in 20 s.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = stdout.read_line(&mut first);
        let _ = tx.send(first.clone());
        let mut rest = String::new();
        let _ = stdout.read_to_string(&mut rest);
        let _ = tx.send(rest);
    });
    let first = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
    let parsed: Option<u16> = first
        .strip_prefix("http://127.0.0.1:")
        .and_then(|p| p.strip_suffix('\n'))
        .and_then(|p| p.parse().ok());
    let Some(port) = parsed else {
        let _ = child.kill();
        panic!("stdout's first line is not the endpoint: {first:?}");
    };
    assert_ne!(port, 0);
    assert_eq!(list_keys(port).0, 200);
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let rest = rx.recv_timeout(Duration::from_secs(40)).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(child.wait().unwrap().success());
    // Only the endpoint is on stdout; the log is on stderr.
    assert_eq!(rest, "");
    assert!(
        stderr.contains(&format!("listening on http://127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(stderr.contains("\nListKeys - OK "), "{stderr}");
}

/// The first sh block under `heading` in the README.
fn readme_block(heading: &str) -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split(heading).nth(1).expect("section exists");
    let start = section.find("```sh\n").expect("a sh block") + "```sh\n".len();
    let end = start + section[start..].find("```").expect("block ends");
    section[start..end].to_string()
}

#[test]
fn the_readme_serve_example_runs_in_a_fresh_shell() {
    use std::os::unix::process::CommandExt;
    let script = readme_block("## SDKs, Terraform and sops: `lkms serve`");
    let dir = tempfile::TempDir::new().unwrap();
    let lkms_dir = std::path::Path::new(env!("CARGO_BIN_EXE_lkms"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}:/usr/local/bin:/usr/bin:/bin",
        lkms_dir.display(),
        venv_bin()
    );
    let mut child = Command::new("bash")
        .args(["-c", &script])
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", path)
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env("LKMS_NO_KEYRING", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let readers = (
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = out.read_to_string(&mut s);
            s
        }),
        std::thread::spawn(move || {
            let mut s = String::new();
            let _ = err.read_to_string(&mut s);
            s
        }),
    );
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > Duration::from_secs(90) {
            break None;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    // Whatever happened, nothing the script started outlives the test.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{}", child.id())])
        .status();
    let _ = child.wait();
    let (stdout, stderr) = (readers.0.join().unwrap(), readers.1.join().unwrap());
    let status =
        status.unwrap_or_else(|| panic!("the example did not finish in 90 s\n{stdout}\n{stderr}"));
    assert!(status.success(), "{status:?}\n{stdout}\n{stderr}");
    assert!(
        stdout.contains("\"Description\": \"made over HTTP\""),
        "{stdout}\n{stderr}"
    );
    assert!(stdout.contains("[{'KeyId': '"), "{stdout}\n{stderr}");
}

//! `lkms serve`: the second face over the core, answering the KMS wire protocol over HTTP/1.1
//! so that SDKs, the `aws` CLI, Terraform and sops use the same keystore as the command line.
//!
//! The tokio runtime exists only inside [`run`]; no other command starts it.

pub mod auth;
pub mod body;
pub mod limits;
pub mod protocol;
pub mod region;
pub mod sigv4;
pub mod timestamp;

use crate::error::Error;
use body::ReplyBody;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use protocol::{Reply, Shared};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a client may take to send its headers, and then its body.
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How long shutdown waits for requests in flight.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);
/// The most a client may send before its headers end (hyper's read buffer).
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// How the server runs.
pub struct Options {
    /// Where to listen.
    pub addr: SocketAddr,
    /// No request log.
    pub quiet: bool,
    /// Connections served at once; `None` for [`limits::DEFAULT_MAX_CONNECTIONS`] or what the
    /// open-file limit leaves room for, if less.
    pub max_connections: Option<usize>,
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight.
pub fn run(shared: Shared, opts: Options) -> Result<(), Error> {
    crate::model::b64::use_vector_code();
    let loops = Loops::start(network_threads())?;
    let result = loops
        .main
        .block_on(serve(Arc::new(shared), opts, &loops.others));
    loops.stop();
    result
}

/// One single-threaded runtime per core. The main thread's accepts every connection and hands
/// them out in turn, itself included; a connection stays on its runtime for life. Against
/// tokio's work-stealing runtime (wrk, 64 connections, 4 KiB Encrypt, two cores, five rounds
/// side by side) this served 8-17% more requests for 12% less CPU each, at the same p99: no
/// worker wakes another to steal its tasks.
struct Loops {
    /// The runtime of the thread that called [`run`]: accepts, signals, shutdown.
    main: tokio::runtime::Runtime,
    /// The others, each driven by a thread of its own.
    others: Vec<tokio::runtime::Handle>,
    /// How to stop each other thread, and the thread.
    threads: Vec<(
        tokio::sync::oneshot::Sender<()>,
        std::thread::JoinHandle<()>,
    )>,
}

impl Loops {
    /// `count` runtimes: the caller's and `count - 1` threads'.
    fn start(count: usize) -> Result<Loops, Error> {
        let main = single_threaded(count)?;
        let mut others = Vec::new();
        let mut threads = Vec::new();
        for n in 1..count {
            let runtime = single_threaded(count)?;
            others.push(runtime.handle().clone());
            let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
            let (running, started) = std::sync::mpsc::sync_channel::<()>(1);
            let thread = std::thread::Builder::new()
                .name(format!("lkms-net-{n}"))
                .spawn(move || {
                    let _ = running.send(());
                    let _ = runtime.block_on(stopped);
                })
                .map_err(|e| Error::Other(format!("cannot start the server runtime: {e}")))?;
            // Each thread runs before the server says it listens.
            let _ = started.recv();
            threads.push((stop, thread));
        }
        Ok(Loops {
            main,
            others,
            threads,
        })
    }

    /// Stops the other threads once the main runtime has finished serving.
    fn stop(self) {
        for (stop, thread) in self.threads {
            let _ = stop.send(());
            let _ = thread.join();
        }
    }
}

/// One of `count` runtimes. Together they may block as many threads as tokio's default for a
/// single runtime (512), however many cores there are.
fn single_threaded(count: usize) -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_current_thread()
        .max_blocking_threads((512 / count).max(16))
        // A busy runtime looks for new I/O every 128 tasks instead of tokio's 61: with 64
        // connections on two cores that cut Encrypt's p99 by about a fifth at the same
        // throughput (wrk, side by side); smaller intervals made it worse.
        .event_interval(128)
        .enable_all()
        .build()
        .map_err(|e| Error::Other(format!("cannot start the server runtime: {e}")))
}

/// As many network threads as the process may use cores.
fn network_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

async fn serve(
    shared: Arc<Shared>,
    opts: Options,
    others: &[tokio::runtime::Handle],
) -> Result<(), Error> {
    let fds = limits::raise_fd_limit();
    let max_connections = opts
        .max_connections
        .unwrap_or_else(|| limits::default_max_connections(fds));
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .map_err(|e| Error::Config(format!("cannot listen on {}: {e}", opts.addr)))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::Other(e.to_string()))?;
    // The endpoint alone on stdout's first line, for scripts (`--port 0`); the rest is stderr.
    {
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "http://{local}");
        let _ = out.flush();
    }
    eprintln!(
        "lkms serve: listening on http://{local} (keystore {}, account {}, up to {max_connections} \
         connections{})",
        shared.service.keystore_dir().display(),
        shared.service.account_id(),
        if shared.dev {
            ", development mode: any signature, every caller is the account root"
        } else {
            ""
        }
    );
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(shutdown_signal());
    let slots = Arc::new(tokio::sync::Semaphore::new(max_connections));
    let mut backoff = limits::Backoff::default();
    let mut cap_said = None;
    // Connections go round the runtimes in turn; the main one takes its turn too.
    let mut turn = 0usize;
    loop {
        // A free slot first: at the cap, new connections wait in the listen queue.
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => slot,
            Err(_) => {
                // Said once a minute at most: under a flood this happens per connection.
                if cap_said.is_none_or(|t: Instant| t.elapsed() > Duration::from_secs(60)) {
                    cap_said = Some(Instant::now());
                    eprintln!(
                        "lkms serve: {max_connections} connections open, the limit; new ones wait"
                    );
                }
                tokio::select! {
                    slot = slots.clone().acquire_owned() => match slot {
                        Ok(slot) => slot,
                        Err(_) => break,
                    },
                    _ = &mut stop => break,
                }
            }
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = &mut stop => break,
        };
        let (stream, peer) = match accepted {
            Ok((stream, peer)) => {
                backoff.reset();
                (stream, peer.ip())
            }
            Err(e) if limits::is_per_connection(&e) => continue,
            Err(e) => {
                // Out of descriptors (or memory): the listener stays readable, so retrying at
                // once would spin. Pause, longer each time, until an accept succeeds.
                if backoff.is_calm() {
                    eprintln!(
                        "lkms serve: cannot accept a connection ({e}); pausing new connections"
                    );
                }
                tokio::select! {
                    _ = tokio::time::sleep(backoff.next_pause()) => continue,
                    _ = &mut stop => break,
                }
            }
        };
        let _ = stream.set_nodelay(true);
        let shared = shared.clone();
        let quiet = opts.quiet;
        let watcher = graceful.watcher();
        let serve_on = move |stream: tokio::net::TcpStream| {
            let service =
                hyper::service::service_fn(move |req| handle(req, shared.clone(), quiet, peer));
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(READ_TIMEOUT)
                .max_buf_size(MAX_HEADER_BYTES)
                // Bodies are written from their own buffers (vectored), never copied into
                // hyper's: a body that holds secrets is wiped when dropped (`body.rs`).
                .writev(true)
                .serve_connection(TokioIo::new(stream), service);
            let conn = watcher.watch(conn);
            async move {
                let _ = conn.await;
                drop(slot);
            }
        };
        turn = (turn + 1) % (others.len() + 1);
        match others.get(turn) {
            None => {
                tokio::spawn(serve_on(stream));
            }
            Some(other) => {
                // The socket leaves this runtime's reactor and joins the other's.
                let Ok(std_stream) = stream.into_std() else {
                    continue;
                };
                other.spawn(async move {
                    if let Ok(stream) = tokio::net::TcpStream::from_std(std_stream) {
                        serve_on(stream).await;
                    }
                });
            }
        }
    }
    drop(listener);
    eprintln!("lkms serve: shutting down; finishing requests in flight");
    tokio::select! {
        _ = graceful.shutdown() => {}
        _ = tokio::time::sleep(DRAIN_TIMEOUT) => {
            eprintln!("lkms serve: gave up waiting for requests after {DRAIN_TIMEOUT:?}");
        }
    }
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = ctrl_c => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = ctrl_c.await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}

/// One HTTP request: read the body (bounded in size and time), run the operation (on a blocking
/// thread unless it is cheap, see `steps::inline`), reply, log.
async fn handle(
    req: Request<Incoming>,
    shared: Arc<Shared>,
    quiet: bool,
    peer: std::net::IpAddr,
) -> Result<Response<Full<ReplyBody>>, Infallible> {
    let started = Instant::now();
    let request_id = request_id();
    let (parts, body) = req.into_parts();
    let body = tokio::time::timeout(
        READ_TIMEOUT,
        Limited::new(body, protocol::MAX_BODY).collect(),
    )
    .await;
    let (reply, op, key) = match body {
        Err(_) => (
            Reply::error(
                408,
                "RequestTimeoutException",
                "The request body took too long.",
            ),
            None,
            None,
        ),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => (
            Reply::error(
                413,
                "SerializationException",
                &format!(
                    "The request body is larger than {} bytes.",
                    protocol::MAX_BODY
                ),
            ),
            None,
            None,
        ),
        Ok(Err(_)) => (
            Reply::error(
                400,
                "SerializationException",
                "The request body was cut off.",
            ),
            None,
            None,
        ),
        Ok(Ok(collected)) => {
            let body = collected.to_bytes();
            let incoming = protocol::Incoming {
                method: parts.method.as_str(),
                path: parts.uri.path(),
                query: parts.uri.query().unwrap_or_default(),
                headers: &parts.headers,
                body: &body,
            };
            match protocol::prepare(&shared, &incoming) {
                Err(reply) => {
                    let op = protocol::operation(&incoming).ok().map(|o| o.name);
                    (reply, op, None)
                }
                Ok((op, request, sender)) => {
                    let auth::Authenticated {
                        caller,
                        region,
                        access_key_id,
                    } = sender;
                    // For the log line only.
                    let key = (!quiet)
                        .then(|| request.get("KeyId").and_then(|k| k.as_str()))
                        .flatten()
                        .map(str::to_string);
                    // aws:SourceIp is the client's address.
                    let caller = caller.from_address(peer);
                    let origin = protocol::origin(&incoming, peer, access_key_id, &request_id);
                    // Cheap requests on cached local keys run here; the rest on a thread that
                    // may block (see steps::inline).
                    let (reply, written) = if protocol::runs_inline(&shared, op, &request, &region)
                    {
                        protocol::execute(&shared, op, request, caller, region, origin)
                    } else {
                        let shared = shared.clone();
                        tokio::task::spawn_blocking(move || {
                            protocol::execute(&shared, op, request, caller, region, origin)
                        })
                        .await
                        .unwrap_or_else(|_| {
                            let failed = "The request failed.";
                            (Reply::error(500, "KMSInternalException", failed), None)
                        })
                    };
                    // The call's audit event and key use are written before it is answered.
                    if let Some(warning) = match written {
                        Some(w) => w.wait().await,
                        None => None,
                    } {
                        eprintln!("lkms serve: warning: {warning}");
                    }
                    (reply, Some(op.name), key)
                }
            }
        }
    };
    if !quiet {
        eprintln!(
            "{} {} {} {:.1}ms",
            op.unwrap_or("-"),
            key.as_deref().unwrap_or("-"),
            reply.error.as_deref().unwrap_or("OK"),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    Ok(response(reply, &request_id))
}

/// A request ID: unique, not secret, so made without a system call per request.
fn request_id() -> String {
    crate::crypto::random::unique_uuid()
}

fn response(reply: Reply, request_id: &str) -> Response<Full<ReplyBody>> {
    use hyper::header::{CONTENT_TYPE, HeaderName, HeaderValue};
    // Names made once, not parsed from text for every response.
    const REQUEST_ID: HeaderName = HeaderName::from_static("x-amzn-requestid");
    const ERROR_TYPE: HeaderName = HeaderName::from_static("x-amzn-errortype");
    const JSON_1_1: HeaderValue = HeaderValue::from_static("application/x-amz-json-1.1");
    let mut r = Response::new(Full::new(ReplyBody::new(reply.body, reply.secret)));
    *r.status_mut() = hyper::StatusCode::from_u16(reply.status)
        .unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID, v);
    }
    headers.insert(CONTENT_TYPE, JSON_1_1);
    if let Some(v) = reply.error.and_then(|c| HeaderValue::from_str(&c).ok()) {
        headers.insert(ERROR_TYPE, v);
    }
    r
}

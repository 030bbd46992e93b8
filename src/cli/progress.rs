//! A progress indicator for long work, shown only to a person watching: both stdout and stderr
//! are terminals, `CI` is unset, and the work has already taken half a second.
//!
//! It is one line redrawn in place by a thread, written here rather than taken from a
//! progress-bar crate: the crate lkms used needed libm, and loading that library cost every
//! command about 70 µs of start-up, a spinner or not.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long work runs before anything is drawn.
const QUIET: Duration = Duration::from_millis(500);
/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(120);
const FRAMES: [char; 4] = ['|', '/', '-', '\\'];

/// Whether a person is watching: both streams are terminals and this is not a CI run.
fn watched() -> bool {
    std::io::stderr().is_terminal()
        && std::io::stdout().is_terminal()
        && std::env::var_os("CI").is_none()
}

/// What the drawing thread shares with the work.
struct Shared {
    message: Mutex<String>,
    done: AtomicBool,
}

/// A thread that draws `message` once the work has run for [`QUIET`], and clears the line when
/// dropped.
struct Spinner {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Spinner {
    fn start(started: Instant, message: String) -> Self {
        let shared = Arc::new(Shared {
            message: Mutex::new(message),
            done: AtomicBool::new(false),
        });
        let seen = shared.clone();
        let thread = std::thread::Builder::new()
            .name("spinner".into())
            .spawn(move || draw(&seen, started, QUIET, &mut std::io::stderr()))
            .ok();
        Self { shared, thread }
    }

    fn set_message(&self, message: String) {
        if let Ok(mut m) = self.shared.message.lock() {
            *m = message;
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.shared.done.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            // Woken from its wait, so the command does not linger up to a tick before exiting.
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

/// The drawing thread: waits out the quiet time, redraws every tick, clears the line at the end.
/// It waits parked, so that [`Spinner`]'s drop can wake it at once.
fn draw(shared: &Shared, started: Instant, quiet: Duration, out: &mut dyn Write) {
    let finished = || shared.done.load(Ordering::Relaxed);
    while let Some(left) = quiet
        .checked_sub(started.elapsed())
        .filter(|d| !d.is_zero())
    {
        if finished() {
            return;
        }
        std::thread::park_timeout(left);
    }
    if finished() {
        return;
    }
    let mut frame = 0;
    while !finished() {
        let message = shared.message.lock().map(|m| m.clone()).unwrap_or_default();
        let line = format!(
            "\r\x1b[2K{} {message} ({}s)",
            FRAMES[frame % FRAMES.len()],
            started.elapsed().as_secs()
        );
        let _ = out.write_all(line.as_bytes()).and_then(|()| out.flush());
        frame += 1;
        std::thread::park_timeout(TICK);
    }
    let _ = out.write_all(b"\r\x1b[2K").and_then(|()| out.flush());
}

/// Work that reports as it goes, such as a listing of many pages: a spinner appears only when
/// an update comes after half a second.
pub struct Progress {
    started: Instant,
    allowed: bool,
    spinner: Option<Spinner>,
}

impl Progress {
    /// Starts timing; nothing is drawn yet.
    pub fn new() -> Self {
        Self {
            started: Instant::now(),
            allowed: watched(),
            spinner: None,
        }
    }

    /// Reports progress; the spinner appears once half a second has passed.
    pub fn update(&mut self, message: impl Into<String>) {
        if !self.allowed || self.started.elapsed() < QUIET {
            return;
        }
        let message = message.into();
        match &self.spinner {
            Some(s) => s.set_message(message),
            None => self.spinner = Some(Spinner::start(self.started, message)),
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

/// A spinner for one blocking call (key generation): it appears after half a second, on a
/// terminal only, and disappears when dropped.
pub struct Delayed {
    _spinner: Option<Spinner>,
}

impl Delayed {
    /// Starts watching; `message` is shown if the work runs long.
    pub fn start(message: impl Into<String>) -> Self {
        let spinner = watched().then(|| Spinner::start(Instant::now(), message.into()));
        Self { _spinner: spinner }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(message: &str) -> Arc<Shared> {
        Arc::new(Shared {
            message: Mutex::new(message.into()),
            done: AtomicBool::new(false),
        })
    }

    #[test]
    fn the_line_is_redrawn_with_the_latest_message_then_cleared() {
        let s = shared("ListKeys: 0 so far");
        let seen = s.clone();
        let t = std::thread::spawn(move || {
            let mut out = Vec::new();
            draw(&seen, Instant::now(), Duration::ZERO, &mut out);
            out
        });
        std::thread::sleep(Duration::from_millis(50));
        *s.message.lock().unwrap() = "ListKeys: 2000 so far".into();
        std::thread::sleep(TICK * 2);
        s.done.store(true, Ordering::Relaxed);
        let out = String::from_utf8(t.join().unwrap()).unwrap();
        assert!(
            out.starts_with("\r\x1b[2K| ListKeys: 0 so far (0s)"),
            "{out:?}"
        );
        assert!(
            out.contains("\r\x1b[2K/ ListKeys: 2000 so far (0s)"),
            "{out:?}"
        );
        assert!(out.ends_with("so far (0s)\r\x1b[2K"), "{out:?}");
    }

    #[test]
    fn a_spinner_stops_at_once_when_dropped() {
        let spinner = Spinner::start(Instant::now(), "Generating an RSA_4096 key".into());
        std::thread::sleep(Duration::from_millis(20));
        let t = Instant::now();
        drop(spinner);
        // Without the wake it would sit out the rest of the quiet time (~480 ms).
        assert!(t.elapsed() < QUIET / 2, "{:?}", t.elapsed());
    }

    #[test]
    fn quick_work_draws_nothing() {
        let s = shared("Generating an RSA_4096 key");
        s.done.store(true, Ordering::Relaxed);
        let mut out = Vec::new();
        draw(&s, Instant::now(), QUIET, &mut out);
        assert!(out.is_empty());
    }
}

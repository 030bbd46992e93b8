//! A progress indicator for long work, shown only to a person watching: both stdout and stderr
//! are terminals, `CI` is unset, and the work has already taken half a second.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Work that may show a spinner once it has run for a while.
pub struct Progress {
    started: Instant,
    allowed: bool,
    bar: Option<ProgressBar>,
}

impl Progress {
    /// Starts timing; nothing is drawn yet.
    pub fn new() -> Self {
        let allowed = std::io::stderr().is_terminal()
            && std::io::stdout().is_terminal()
            && std::env::var_os("CI").is_none();
        Self {
            started: Instant::now(),
            allowed,
            bar: None,
        }
    }

    /// Reports progress; the spinner appears once half a second has passed.
    pub fn update(&mut self, message: impl Into<String>) {
        if !self.allowed || self.started.elapsed() < Duration::from_millis(500) {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let bar = ProgressBar::new_spinner();
            if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        bar.set_message(message.into());
    }
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// A spinner for one blocking call (key generation): it appears after half a second, on a
/// terminal only, and disappears when dropped.
pub struct Delayed {
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Delayed {
    /// Starts watching; `message` is shown if the work runs long.
    pub fn start(message: impl Into<String>) -> Self {
        use std::sync::atomic::{AtomicBool, Ordering};
        let done = std::sync::Arc::new(AtomicBool::new(false));
        let allowed = Progress::new().allowed;
        let thread = allowed.then(|| {
            let done = done.clone();
            let message = message.into();
            std::thread::spawn(move || {
                let started = Instant::now();
                while started.elapsed() < Duration::from_millis(500) {
                    if done.load(Ordering::Relaxed) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                let mut p = Progress::new();
                p.started = started;
                p.update(message);
                while !done.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(50));
                }
            })
        });
        Self { done, thread }
    }
}

impl Drop for Delayed {
    fn drop(&mut self) {
        self.done.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

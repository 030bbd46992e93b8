//! A watch on the keystore's top directory, for a long-lived process that must notice another
//! process's writes before each request (the cache of `lkms serve`).
//!
//! Every write of another process shows in the top directory first: the write-in-progress note
//! `journal.pending` is rewritten before any document changes, and the journal is appended to
//! after. On Linux an inotify watch on that directory queues an event during the very system
//! call that changes one of those files, so once the other process has returned from its write,
//! one non-blocking `read` here tells whether anything changed — cheaper than the two `stat`s
//! of [`Keystore::journal_changes`] it lets a quiet request skip. Elsewhere, or when the watch
//! cannot be made, there is no watch and every request looks at the journal.

use super::Keystore;

/// An inotify watch on a keystore's top directory.
#[derive(Debug)]
pub struct TopWatch {
    #[cfg(target_os = "linux")]
    fd: rustix::fd::OwnedFd,
}

impl TopWatch {
    /// True when nothing changed in the top directory since the last call, consuming what
    /// did. A failed read counts as a change.
    #[cfg(target_os = "linux")]
    pub fn quiet(&self) -> bool {
        // Room for one event with the longest name (16 + 255 + 1 bytes): the loop reads on
        // until the queue is empty, and a small buffer is cheap to clear on every request.
        let mut buf = [0u8; 512];
        let mut quiet = true;
        loop {
            match rustix::io::read(&self.fd, &mut buf) {
                Ok(n) if n > 0 => quiet = false,
                Err(rustix::io::Errno::AGAIN) => return quiet,
                Err(rustix::io::Errno::INTR) => {}
                // End of file or any other error: nothing can be trusted.
                _ => return false,
            }
        }
    }

    /// Never quiet where there is no watch.
    #[cfg(not(target_os = "linux"))]
    pub fn quiet(&self) -> bool {
        false
    }
}

impl Keystore {
    /// A watch on the top directory, or `None` where it cannot be made.
    #[cfg(target_os = "linux")]
    pub fn watch_top(&self) -> Option<TopWatch> {
        use rustix::fs::inotify::{self, CreateFlags, WatchFlags};
        let fd = inotify::init(CreateFlags::CLOEXEC | CreateFlags::NONBLOCK).ok()?;
        let what = WatchFlags::MODIFY
            | WatchFlags::ATTRIB
            | WatchFlags::CLOSE_WRITE
            | WatchFlags::CREATE
            | WatchFlags::DELETE
            | WatchFlags::MOVED_FROM
            | WatchFlags::MOVED_TO
            | WatchFlags::DELETE_SELF
            | WatchFlags::MOVE_SELF;
        inotify::add_watch(&fd, self.dir(), what).ok()?;
        Some(TopWatch { fd })
    }

    /// No watch off Linux.
    #[cfg(not(target_os = "linux"))]
    pub fn watch_top(&self) -> Option<TopWatch> {
        None
    }
}

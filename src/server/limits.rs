//! The resources `lkms serve` may hold: open files, connections, and what it does when the
//! process runs out of descriptors (it pauses accepting instead of retrying in a hot loop).

use std::time::Duration;

/// Connections served at once unless `--max-connections` says otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// Descriptors kept for everything but connections: standard streams, the runtime's event
/// queue and signal pipe, the listener and the keystore's files of requests in flight.
const RESERVED_FDS: u64 = 32;
/// The open-file limit the server asks for when the hard limit allows it.
const WANTED_FDS: u64 = 65_536;

/// Raises the soft open-file limit towards the hard one (as Go's runtime does for every
/// program), so that a default limit of 1,024 does not cap a server; returns the soft limit
/// then in force, `None` when unlimited or unknown.
#[cfg(unix)]
pub fn raise_fd_limit() -> Option<u64> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let lim = getrlimit(Resource::Nofile);
    let target = lim.maximum.map_or(WANTED_FDS, |hard| hard.min(WANTED_FDS));
    if lim.current.is_some_and(|soft| soft < target) {
        // Failing leaves the limit as it was, which is still safe: the cap follows it.
        let _ = setrlimit(
            Resource::Nofile,
            Rlimit {
                current: Some(target),
                maximum: lim.maximum,
            },
        );
    }
    getrlimit(Resource::Nofile).current
}

/// Elsewhere the limit is left alone and not known.
#[cfg(not(unix))]
pub fn raise_fd_limit() -> Option<u64> {
    None
}

/// The default connection cap: [`DEFAULT_MAX_CONNECTIONS`], lowered so that connections
/// leave [`RESERVED_FDS`] descriptors free under the open-file limit `fds`.
pub fn default_max_connections(fds: Option<u64>) -> usize {
    let room = fds.map_or(u64::MAX, |n| n.saturating_sub(RESERVED_FDS).max(1));
    usize::try_from(room).map_or(DEFAULT_MAX_CONNECTIONS, |r| r.min(DEFAULT_MAX_CONNECTIONS))
}

/// True for accept errors that concern one connection (it was reset or aborted before it
/// was accepted): the next accept may succeed at once. Anything else (no descriptors, no
/// memory) lasts a while and calls for a pause.
pub fn is_per_connection(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionAborted | ConnectionReset | ConnectionRefused | Interrupted | WouldBlock
    )
}

/// The pause after a failed accept: 5 ms, doubling to at most 1 s, until an accept succeeds.
#[derive(Debug, Default)]
pub struct Backoff {
    failures: u32,
}

impl Backoff {
    /// True if the last accept succeeded (so a failure now starts a new episode).
    pub fn is_calm(&self) -> bool {
        self.failures == 0
    }

    /// An accept succeeded.
    pub fn reset(&mut self) {
        self.failures = 0;
    }

    /// An accept failed: how long to pause before the next.
    pub fn next_pause(&mut self) -> Duration {
        let pause = Duration::from_millis(5) * 2u32.saturating_pow(self.failures.min(8));
        self.failures = self.failures.saturating_add(1);
        pause.min(Duration::from_secs(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_leaves_room_under_the_descriptor_limit() {
        assert_eq!(default_max_connections(None), 1024);
        assert_eq!(default_max_connections(Some(65_536)), 1024);
        assert_eq!(default_max_connections(Some(1024)), 992);
        assert_eq!(default_max_connections(Some(64)), 32);
        assert_eq!(default_max_connections(Some(10)), 1);
    }

    #[test]
    fn pauses_double_to_a_second_and_reset() {
        let mut b = Backoff::default();
        assert!(b.is_calm());
        let pauses: Vec<u128> = (0..10).map(|_| b.next_pause().as_millis()).collect();
        assert_eq!(pauses, [5, 10, 20, 40, 80, 160, 320, 640, 1000, 1000]);
        assert!(!b.is_calm());
        b.reset();
        assert_eq!(b.next_pause().as_millis(), 5);
    }

    #[test]
    fn running_out_of_descriptors_is_not_per_connection() {
        let emfile = std::io::Error::from_raw_os_error(24);
        assert!(!is_per_connection(&emfile));
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionAborted);
        assert!(is_per_connection(&reset));
    }
}

//! The one source of time. Tests move it with `LKMS_NOW`.

use crate::model::Timestamp;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// A clock: the system time, or a fixed instant for tests.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The operating system's clock.
    System,
    /// Always this instant.
    Fixed(Timestamp),
}

impl Clock {
    /// `LKMS_NOW` (epoch seconds, possibly fractional, or RFC 3339) when set, else the system.
    ///
    /// `LKMS_NOW` exists for tests: it lets them pass deletion dates without waiting.
    pub fn from_env() -> Result<Self, String> {
        match std::env::var("LKMS_NOW") {
            Ok(v) if !v.is_empty() => parse_instant(&v).map(Self::Fixed).ok_or_else(|| {
                format!("LKMS_NOW must be epoch seconds or an RFC 3339 time, not '{v}'")
            }),
            _ => Ok(Self::System),
        }
    }

    /// The current time, truncated to milliseconds as KMS keeps it.
    pub fn now(&self) -> Timestamp {
        match self {
            Self::Fixed(t) => *t,
            Self::System => {
                let t = Timestamp(OffsetDateTime::now_utc());
                Timestamp::from_epoch_millis(t.epoch_millis()).unwrap_or(t)
            }
        }
    }
}

/// Parses epoch seconds (`1700000000`, `1700000000.5`) or RFC 3339.
pub fn parse_instant(v: &str) -> Option<Timestamp> {
    if let Ok(secs) = v.parse::<f64>() {
        if secs.is_finite() && secs.abs() < 1e13 {
            return Timestamp::from_epoch_millis((secs * 1000.0).round() as i64);
        }
        return None;
    }
    OffsetDateTime::parse(v, &Rfc3339)
        .ok()
        .and_then(|t| Timestamp::from_epoch_millis(Timestamp(t).epoch_millis()))
}

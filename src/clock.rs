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

/// Parses epoch seconds (`1700000000`, `1700000000.5`) or an ISO 8601 time: RFC 3339, with a
/// space for the `T`, without a zone (UTC), or a date alone.
pub fn parse_instant(v: &str) -> Option<Timestamp> {
    if let Ok(secs) = v.parse::<f64>() {
        if secs.is_finite() && secs.abs() < 1e13 {
            return Timestamp::from_epoch_millis((secs * 1000.0).round() as i64);
        }
        return None;
    }
    // botocore takes what dateutil reads; lkms takes its common forms: a space for the `T`, no
    // zone meaning UTC (the aws CLI's own skeletons write `1970-01-01T00:00:00` and, in YAML,
    // `1970-01-01 00:00:00`), and a date alone meaning its midnight UTC.
    let mut text = v.to_string();
    if text.len() > 10 && text.as_bytes()[10] == b' ' {
        text.replace_range(10..11, "T");
    }
    if text.len() == 10 {
        text.push_str("T00:00:00");
    }
    let parse = |t: &str| OffsetDateTime::parse(t, &Rfc3339).ok();
    parse(&text)
        .or_else(|| parse(&format!("{text}Z")))
        .and_then(|t| Timestamp::from_epoch_millis(Timestamp(t).epoch_millis()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_read_in_the_forms_botocore_takes() {
        let at = |s: &str| parse_instant(s).map(|t| t.epoch_millis());
        let want = Some(1_893_456_000_000); // 2030-01-01T00:00:00Z
        for s in [
            "1893456000",
            "2030-01-01T00:00:00Z",
            "2030-01-01T01:00:00+01:00",
            "2030-01-01T00:00:00",
            "2030-01-01 00:00:00",
            "2030-01-01 00:00:00Z",
            "2030-01-01",
        ] {
            assert_eq!(at(s), want, "{s}");
        }
        assert_eq!(at("2030-01-01T00:00:00.5"), Some(1_893_456_000_500));
        for s in [
            "soon",
            "2030-13-01",
            "2030-01-01T25:00:00",
            "",
            "2030-01-01 00:00",
            "é2030-01-01 0",
        ] {
            assert_eq!(at(s), None, "{s}");
        }
    }
}

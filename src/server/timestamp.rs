//! SigV4 request times: `X-Amz-Date` in ISO 8601 basic format (`20261204T103500Z`), or a
//! `Date` header in that format or as botocore and HTTP write dates.

use super::sigv4::{Rejection, header, incomplete};
use hyper::HeaderMap;
use time::format_description::BorrowedFormatItem;
use time::format_description::well_known::Rfc2822;
use time::macros::format_description;
use time::{OffsetDateTime, PrimitiveDateTime};

/// SigV4's timestamp format, ISO 8601 basic: `20261204T103500Z`.
const BASIC: &[BorrowedFormatItem<'static>] =
    format_description!("[year][month][day]T[hour][minute][second]Z");
/// An HTTP date in a `Date` header: `Fri, 04 Dec 2026 10:35:00 GMT`.
const HTTP_DATE: &[BorrowedFormatItem<'static>] = format_description!(
    "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
);

/// Formats an instant as SigV4 does (to the second, UTC).
pub fn basic(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    t.format(BASIC).unwrap_or_default()
}

/// True if the request has a header that can date it.
pub fn is_dated(headers: &HeaderMap) -> bool {
    headers.contains_key("x-amz-date") || headers.contains_key("date")
}

/// The request time from `X-Amz-Date` (ISO 8601 basic format), else from `Date` (the same,
/// or an RFC 2822 date as botocore sends it, or an HTTP date).
pub fn request_time(headers: &HeaderMap) -> Result<OffsetDateTime, Rejection> {
    let (value, http_date_allowed) = match header(headers, "x-amz-date") {
        Some(v) => (v, false),
        None => (header(headers, "date").unwrap_or_default(), true),
    };
    let basic = PrimitiveDateTime::parse(value, BASIC).map(PrimitiveDateTime::assume_utc);
    let parsed = basic.or_else(|e| {
        if !http_date_allowed {
            return Err(e);
        }
        // botocore sends RFC 2822 (`-0000`); HTTP dates say `GMT`.
        OffsetDateTime::parse(value, &Rfc2822)
            .or_else(|_| PrimitiveDateTime::parse(value, HTTP_DATE).map(|t| t.assume_utc()))
    });
    parsed.map_err(|_| {
        incomplete(format!(
            "Date must be in ISO-8601 'basic format'. Got '{value}'. See \
             http://en.wikipedia.org/wiki/ISO_8601"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_times() {
        let mut h = HeaderMap::new();
        assert!(!is_dated(&h));
        h.insert("date", "Fri, 04 Dec 2026 10:35:00 GMT".parse().unwrap());
        assert!(is_dated(&h));
        assert_eq!(basic(request_time(&h).unwrap()), "20261204T103500Z");
        h.insert("date", "Fri, 04 Dec 2026 10:35:00 -0000".parse().unwrap());
        assert_eq!(basic(request_time(&h).unwrap()), "20261204T103500Z");
        h.insert("date", "Fri, 04 Dec 2026 11:35:00 +0100".parse().unwrap());
        assert_eq!(basic(request_time(&h).unwrap()), "20261204T103500Z");
        h.insert("x-amz-date", "20261204T103600Z".parse().unwrap());
        assert_eq!(basic(request_time(&h).unwrap()), "20261204T103600Z");
        h.insert(
            "x-amz-date",
            "Fri, 04 Dec 2026 10:35:00 GMT".parse().unwrap(),
        );
        assert_eq!(
            request_time(&h).unwrap_err().message,
            "Date must be in ISO-8601 'basic format'. Got 'Fri, 04 Dec 2026 10:35:00 GMT'. See \
             http://en.wikipedia.org/wiki/ISO_8601"
        );
        h.insert("x-amz-date", "20261304T103600Z".parse().unwrap());
        assert!(request_time(&h).is_err());
    }
}

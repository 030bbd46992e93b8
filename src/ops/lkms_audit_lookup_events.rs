//! LkmsAuditLookupEvents (`lkms audit lookup-events`): CloudTrail's LookupEvents over the
//! keystore's audit trail — one lookup attribute, a time range, pages of up to 50 events, newest
//! first, each with its whole record as the JSON string `CloudTrailEvent`. The request and
//! response have LookupEvents' shape. lkms's own operation, command line only.

use super::prelude::*;
use crate::audit::{LookupEventsInput, redact};
use crate::steps::audit;
use serde_json::Value;

op!(lkms "LkmsAuditLookupEvents", "Looks up events of the audit trail, newest first, as aws cloudtrail lookup-events does.", handle);

/// One lookup attribute.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LookupAttribute {
    pub attribute_key: String,
    pub attribute_value: String,
}

/// The request: LookupEvents' members (times as epoch seconds or RFC 3339).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsAuditLookupEventsRequest {
    #[serde(default)]
    pub lookup_attributes: Vec<LookupAttribute>,
    pub start_time: Option<Value>,
    pub end_time: Option<Value>,
    pub event_category: Option<String>,
    pub max_results: Option<i64>,
    pub next_token: Option<String>,
}

/// The response: `{"Events": [...], "NextToken": ...}`.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct LkmsAuditLookupEventsResponse(pub Value);

impl TakeSecrets for LkmsAuditLookupEventsResponse {}

fn time(member: &str, v: Option<&Value>) -> Result<Option<Timestamp>, Error> {
    v.map(|t| {
        redact::parse_time(t).ok_or_else(|| {
            kms(
                ErrorCode::InvalidTimeRangeException,
                format!("{member} is not a valid time."),
            )
        })
    })
    .transpose()
}

/// Runs LkmsAuditLookupEvents, in the order CloudTrail checks.
pub fn handle(
    svc: &Service,
    req: LkmsAuditLookupEventsRequest,
) -> Result<LkmsAuditLookupEventsResponse, Error> {
    let input = LookupEventsInput {
        lookup_attributes: req
            .lookup_attributes
            .into_iter()
            .map(|a| (a.attribute_key, a.attribute_value))
            .collect(),
        start_time: time("StartTime", req.start_time.as_ref())?,
        end_time: time("EndTime", req.end_time.as_ref())?,
        max_results: req.max_results,
        next_token: req.next_token,
        region: None,
    };
    audit::lookup(svc, input, req.event_category.as_deref()).map(LkmsAuditLookupEventsResponse)
}

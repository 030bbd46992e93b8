//! The audit trail as lkms's own operations see it: its settings (on or off), its verification,
//! and LookupEvents over it. Writing to it is [`super::record`]'s business.

use super::Service;
use crate::audit::verify::Report;
use crate::audit::{
    ApiCall, Caller, CloudTrailError, CloudTrailErrorCode, EventIds, LookupEventsInput, Outcome,
    event,
};
use crate::crypto::random;
use crate::error::{Error, ErrorCode, kms};
use crate::store::audit::{AuditSettings, LookupError, MAX_RETENTION_DAYS, MIN_MAX_FILE_BYTES};
use serde_json::{Value, json};

/// The audit trail's settings in this keystore.
pub fn settings(svc: &Service) -> Result<AuditSettings, Error> {
    Ok(svc.store().audit_settings()?)
}

/// Changes the audit trail's settings (members left `None` keep their value) and returns the
/// new ones. Turning the trail off or on is itself recorded, as CloudTrail records
/// `StopLogging` and `StartLogging`: the last event before a gap says the trail was stopped,
/// and by whom.
pub fn update(
    svc: &Service,
    enabled: Option<bool>,
    max_file_bytes: Option<u64>,
    sync: Option<bool>,
    retention_days: Option<u32>,
) -> Result<AuditSettings, Error> {
    if let Some(n) = max_file_bytes.filter(|n| *n < MIN_MAX_FILE_BYTES) {
        return Err(Error::Usage(format!(
            "The audit log file size must be at least {MIN_MAX_FILE_BYTES} bytes, not {n}."
        )));
    }
    if let Some(d) = retention_days.filter(|d| *d > MAX_RETENTION_DAYS) {
        return Err(Error::Usage(format!(
            "The audit log retention must be 0 (keep every file) to {MAX_RETENTION_DAYS} days, \
             not {d}."
        )));
    }
    let old = settings(svc)?;
    let new = AuditSettings {
        enabled: enabled.unwrap_or(old.enabled),
        max_file_bytes: max_file_bytes.unwrap_or(old.max_file_bytes),
        sync: sync.unwrap_or(old.sync),
        // 0 keeps every file.
        retention_days: retention_days.map_or(old.retention_days, |d| (d > 0).then_some(d)),
    };
    let switch = match (old.enabled, new.enabled) {
        (true, false) => Some("StopLogging"),
        (false, true) => Some("StartLogging"),
        _ => None,
    };
    if switch == Some("StopLogging") {
        record_switch(svc, "StopLogging", &old)?;
    }
    svc.store().set_audit_settings(&new)?;
    if switch == Some("StartLogging") {
        record_switch(svc, "StartLogging", &new)?;
    }
    Ok(new)
}

/// Appends the event of the trail being stopped or started (written while the trail is on).
fn record_switch(svc: &Service, name: &str, settings: &AuditSettings) -> Result<(), Error> {
    let origin = svc.origin();
    let ids = EventIds {
        request_id: random::uuid_v4(),
        event_id: random::uuid_v4(),
    };
    let mut e = event::api_call(&ApiCall {
        operation: name,
        caller: Caller {
            arn: &svc.caller().principal,
            access_key_id: origin.access_key_id.as_deref(),
        },
        region: svc.region(),
        source_ip: &origin.source_ip,
        user_agent: &origin.user_agent,
        parameters: &json!({ "name": svc.keystore_dir().display().to_string() }),
        outcome: Outcome::Success(&Value::Null),
        resources: &[],
        key_material_id: None,
        time: svc.clock().now(),
        ids: &ids,
    });
    e["eventSource"] = Value::from("cloudtrail.amazonaws.com");
    svc.store()
        .append_audit_event(&e, settings, svc.clock().now())?;
    Ok(())
}

/// Checks the whole log: every record, every closed file against its digest, the end against
/// the head.
pub fn verify(svc: &Service) -> Result<Report, Error> {
    Ok(svc.store().verify_audit_log()?)
}

/// LookupEvents over this Region's events (CloudTrail looks up one Region), newest first.
/// `insight` events are asked for with `EventCategory`; lkms writes none.
pub fn lookup(
    svc: &Service,
    mut input: LookupEventsInput,
    event_category: Option<&str>,
) -> Result<Value, Error> {
    input.region = Some(svc.region().to_string());
    match event_category {
        None => {}
        Some("insight") => {
            crate::audit::Query::new(&input).map_err(cloudtrail)?;
            return Ok(json!({ "Events": [] }));
        }
        Some(other) => {
            return Err(kms(
                ErrorCode::InvalidEventCategoryException,
                format!("EventCategory '{other}' is not valid; the only category is insight."),
            ));
        }
    }
    svc.store()
        .lookup_audit_events(&input)
        .map_err(|e| match e {
            LookupError::Request(e) => cloudtrail(e),
            LookupError::Store(e) => e.into(),
        })
}

/// A LookupEvents request refused, as the exception CloudTrail raises.
pub fn cloudtrail(e: CloudTrailError) -> Error {
    let code = match e.code {
        CloudTrailErrorCode::InvalidLookupAttributesException => {
            ErrorCode::InvalidLookupAttributesException
        }
        CloudTrailErrorCode::InvalidTimeRangeException => ErrorCode::InvalidTimeRangeException,
        CloudTrailErrorCode::InvalidMaxResultsException => ErrorCode::InvalidMaxResultsException,
        CloudTrailErrorCode::InvalidNextTokenException => ErrorCode::InvalidNextTokenException,
    };
    kms(code, e.message)
}

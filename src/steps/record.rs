//! The record of a call: what an operation leaves behind besides its effect.
//!
//! Every call of the API is recorded once, by [`crate::ops::call`]: [`begin`] before the
//! operation runs, [`finish`] after, with its outcome. In between, the steps note what the call
//! touched — [`touched`] for each key resolved or created (the event's `resources`) and
//! [`key_used`] for each successful cryptographic use (the data behind GetKeyLastUsage). At the
//! end the call's CloudTrail event is appended to the keystore's audit trail (unless the trail is
//! off) and the key usage is written (always: GetKeyLastUsage works with the trail off) — by the
//! call itself, or in `lkms serve` by the [`super::record_queue`] thread together with other
//! calls' records, the call then being answered once [`Service::take_written`] is kept.
//!
//! Recording never changes a call's outcome: a trail that cannot be written leaves a warning on
//! the service ([`Service::take_audit_warning`]) for the face to show.

use super::Service;
use super::record_queue::{self, Job, Written};
use crate::audit::{
    ApiCall, Caller, EventIds, Outcome, ServiceAction, ServiceEvent, event, operations, redact,
    usage::KeyUsage,
};
use crate::crypto::random;
use crate::error::Error;
use crate::model::Timestamp;
use crate::store::KeyRecord;
use crate::store::audit::AuditSettings;
use serde_json::Value;

/// What only a face knows about a call: where it came from. The command line uses
/// [`Origin::command_line`]; `lkms serve` fills it from the connection and the headers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The caller's address (`sourceIPAddress`).
    pub source_ip: String,
    /// The caller's `User-Agent`.
    pub user_agent: String,
    /// The access key the request was signed with, when there was one.
    pub access_key_id: Option<String>,
    /// The request ID the face returns to the caller (`x-amzn-RequestId`); `None` to make a
    /// fresh one for each call.
    pub request_id: Option<String>,
}

impl Origin {
    /// A call from the `lkms` command line on this machine.
    pub fn command_line() -> Self {
        Self {
            source_ip: "127.0.0.1".into(),
            user_agent: format!(
                "lkms/{} ({}; {})",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS,
                std::env::consts::ARCH
            ),
            access_key_id: None,
            request_id: None,
        }
    }
}

/// What the steps note while a call runs (kept on the [`Service`]).
#[derive(Debug, Default)]
pub(crate) struct Scope {
    /// Whether a recorded call is running.
    active: bool,
    /// ARNs of the keys and aliases the call touched, in order, each once.
    resources: Vec<String>,
    /// Keys used successfully: key ID and the material used.
    used: Vec<(String, Option<String>)>,
    /// Why the trail could not be written, for the face to show.
    pub(super) warning: Option<String>,
    /// The promise that the last call's record is written, when a queue writes it.
    pub(super) written: Option<Written>,
}

/// One call being recorded, from [`begin`] to [`finish`].
#[derive(Debug)]
pub struct Recording {
    operation: &'static str,
    ids: EventIds,
    time: Timestamp,
    /// The trail's settings and the redacted request, when the trail is on.
    trail: Option<(AuditSettings, Value)>,
}

fn warn(svc: &Service, what: &str, e: impl std::fmt::Display) {
    svc.scope(|s| {
        s.warning.get_or_insert_with(|| format!("{what}: {e}"));
    });
}

/// The trail's settings, or `None` when it is off. Unreadable settings count as on, with the
/// defaults, and leave a warning: a damaged file must not silence the trail.
fn trail_settings(svc: &Service) -> Option<AuditSettings> {
    let read = match svc.cache().map(|c| (c, c.audit_settings())) {
        Some((_, Ok(cached))) => Ok(cached),
        Some((c, Err(ticket))) => {
            let read = svc.store().audit_settings();
            if let Ok(s) = &read {
                c.put_audit_settings(ticket, s);
            }
            read
        }
        None => svc.store().audit_settings(),
    };
    match read {
        Ok(s) => s.enabled.then_some(s),
        Err(e) => {
            warn(svc, "the audit trail settings are unreadable", e);
            Some(AuditSettings::default())
        }
    }
}

/// Starts recording a call of `operation` with its wire-form `request`. Only calls of the API
/// are recorded (`api`); lkms's own operations pass through.
pub fn begin(
    svc: &Service,
    operation: &'static str,
    api: bool,
    request: &Value,
) -> Option<Recording> {
    if !api {
        return None;
    }
    svc.scope(|s| {
        s.active = true;
        s.resources.clear();
        s.used.clear();
    });
    let trail = trail_settings(svc)
        .map(|settings| (settings, redact::request_parameters(operation, request)));
    Some(Recording {
        operation,
        ids: EventIds {
            request_id: svc
                .origin()
                .request_id
                .clone()
                .unwrap_or_else(random::unique_uuid),
            event_id: random::unique_uuid(),
        },
        time: svc.clock().now(),
        trail,
    })
}

/// Ends the recording of a call: writes the usage of the keys a successful call used, then
/// appends the call's event. `result` is the public part of the response, or the error.
pub fn finish(svc: &Service, rec: Option<Recording>, result: Result<Option<&Value>, &Error>) {
    let Some(mut rec) = rec else { return };
    let (resources, used) = svc.scope(|s| {
        s.active = false;
        (
            std::mem::take(&mut s.resources),
            std::mem::take(&mut s.used),
        )
    });
    let usage = result
        .is_ok()
        .then(|| {
            KeyUsage::of(
                rec.operation,
                rec.time,
                &rec.ids.event_id,
                &rec.ids.request_id,
            )
        })
        .flatten()
        .filter(|_| !used.is_empty())
        .map(|u| (u, used.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>()));
    let event = rec.trail.take().map(|(settings, parameters)| {
        let event = event_of(svc, &rec, &parameters, result, &resources, &used);
        (settings, event)
    });
    if usage.is_none() && event.is_none() {
        return;
    }
    let (job, written) = Job::new(svc.region().to_string(), usage, event, svc.clock().now());
    let job = match svc.record_queue() {
        Some(q) => match q.push(job) {
            None => {
                svc.scope(|s| s.written = Some(written));
                return;
            }
            Some(job) => job,
        },
        None => job,
    };
    // No queue (the command line), or its thread is gone: write here and now.
    let mut jobs = [job];
    record_queue::write(svc.store(), &mut jobs);
    if let Some(w) = written.now() {
        svc.scope(|s| {
            s.warning.get_or_insert(w);
        });
    }
}

/// The call's CloudTrail event.
fn event_of(
    svc: &Service,
    rec: &Recording,
    parameters: &Value,
    result: Result<Option<&Value>, &Error>,
    resources: &[String],
    used: &[(String, Option<String>)],
) -> Vec<u8> {
    let null = Value::Null;
    let (code, message);
    let outcome = match result {
        Ok(response) => Outcome::Success(response.unwrap_or(&null)),
        Err(e) => {
            (code, message) = match e {
                Error::Service(k) => (k.code.as_str(), k.text().to_string()),
                other => ("KMSInternalException", other.to_string()),
            };
            Outcome::Failure {
                code,
                message: &message,
            }
        }
    };
    let origin = svc.origin();
    let arns: Vec<&str> = resources.iter().map(String::as_str).collect();
    event::api_call_json(&ApiCall {
        operation: rec.operation,
        caller: Caller {
            arn: &svc.caller().principal,
            access_key_id: origin.access_key_id.as_deref(),
        },
        region: svc.region(),
        source_ip: &origin.source_ip,
        user_agent: &origin.user_agent,
        parameters,
        outcome,
        resources: &arns,
        key_material_id: used.first().and_then(|(_, m)| m.as_deref()),
        time: rec.time,
        ids: &rec.ids,
    })
}

fn append(svc: &Service, events: &[Value], settings: &AuditSettings) {
    if let Err(e) = svc
        .store()
        .append_audit_events(events, settings, svc.clock().now())
    {
        warn(svc, "the audit trail could not be written", e);
    }
}

/// Notes that the call touched the key `key_id` of this Region (resolved or created it).
pub fn touched(svc: &Service, key_id: &str) {
    touched_arn(svc, svc.key_arn(key_id));
}

/// Notes that the call touched the key `key_id` of another Region, the one `other` serves
/// (ReplicateKey's replica, UpdatePrimaryRegion's new primary).
pub fn touched_in(svc: &Service, other: &Service, key_id: &str) {
    touched_arn(svc, other.key_arn(key_id));
}

/// Notes a key the call created, and makes sure last-use tracking began no later than its
/// creation: every key created since lkms tracks uses reports its creation date as
/// `TrackingStartDate`; keys from before report when tracking began.
pub fn key_created(svc: &Service, key: &KeyRecord) {
    touched(svc, &key.key_id);
    let created = Timestamp::from_epoch_millis(key.creation_date);
    let created = created.unwrap_or_else(|| svc.clock().now());
    if let Err(e) = svc.store().usage_tracking_start(created) {
        warn(
            svc,
            "the start of key-use tracking could not be recorded",
            e,
        );
    }
}

/// Notes that the call touched the alias `alias` (`alias/…`) of this Region.
pub fn touched_alias(svc: &Service, alias: &str) {
    touched_arn(svc, svc.alias_arn(alias));
}

fn touched_arn(svc: &Service, arn: String) {
    svc.scope(|s| {
        if s.active && !s.resources.contains(&arn) {
            s.resources.push(arn);
        }
    });
}

/// Records a successful cryptographic use of `key` by operation `op`: GetKeyLastUsage reports
/// it once the call has succeeded. ReEncrypt calls it for both of its keys.
pub fn key_used(svc: &Service, op: &str, key: &KeyRecord) {
    if !operations::is_tracked(op) {
        return;
    }
    touched(svc, &key.key_id);
    svc.scope(|s| {
        if s.active && !s.used.iter().any(|(k, _)| *k == key.key_id) {
            s.used
                .push((key.key_id.clone(), key.current_material_id.clone()));
        }
    });
}

/// The event of something KMS did on its own to key `key_id` of this Region at `when` (epoch
/// milliseconds): append the events of one housekeeping pass together with [`service_events`].
pub fn service_event(svc: &Service, action: ServiceAction, key_id: &str, when: i64) -> Value {
    let time = Timestamp::from_epoch_millis(when).unwrap_or_else(|| svc.clock().now());
    event::service_event(&ServiceEvent {
        action,
        key_arn: &svc.key_arn(key_id),
        time,
        event_id: &random::unique_uuid(),
    })
}

/// Appends service events (from [`service_event`]) to the trail, unless it is off.
pub fn service_events(svc: &Service, events: &[Value]) {
    if events.is_empty() {
        return;
    }
    if let Some(settings) = trail_settings(svc) {
        append(svc, events, &settings);
    }
}

/// Forgets a deleted key's last use.
pub fn key_deleted(svc: &Service, key_id: &str) {
    if let Err(e) = svc.store().delete_key_usage(svc.region(), key_id) {
        warn(svc, "the deleted key's last use could not be removed", e);
    }
}

/// The last recorded successful cryptographic use of `key` (`None` if none), and when tracking
/// began for the keystore (fixed the first time anything is recorded or asked).
pub fn last_usage(svc: &Service, key: &KeyRecord) -> Result<(Option<KeyUsage>, Timestamp), Error> {
    let started = svc.store().usage_tracking_start(svc.clock().now())?;
    let last = svc.store().key_last_usage(svc.region(), &key.key_id)?;
    Ok((last, started))
}

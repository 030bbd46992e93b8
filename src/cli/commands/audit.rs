//! `lkms audit ...`: the keystore's audit trail — check it, look events up the way
//! `aws cloudtrail lookup-events` does, and turn it off or on. Each subcommand runs an lkms
//! operation of the registry (`LkmsAuditVerify`, `LkmsAuditLookupEvents`, …).

use crate::cli::report::Outcome;
use crate::cli::{Ctx, paging, request, shorthand, values};
use crate::clock::parse_instant;
use crate::error::Error;
use crate::ops::{
    lkms_audit_lookup_events, lkms_audit_verify, lkms_get_audit_settings,
    lkms_update_audit_settings,
};
use crate::spec::Paginator;
use serde_json::{Map, Value, json};

/// The exit code of `lkms audit verify` when it found something wrong.
pub const EXIT_FINDINGS: i32 = 1;

/// LookupEvents pages the way the AWS CLI pages it: NextToken in and out, MaxResults per page,
/// more pages while a NextToken comes back.
const LOOKUP_PAGES: Paginator = Paginator {
    input_token: "NextToken",
    output_token: "NextToken",
    limit_key: "MaxResults",
    more_results: "",
    result_key: "Events",
};

/// Works with the keystore's audit trail (lkms only; not an `aws kms` command).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    #[command(about = lkms_audit_verify::OP.summary.trim_end_matches('.'))]
    Verify,
    #[command(about = lkms_audit_lookup_events::OP.summary.trim_end_matches('.'))]
    LookupEvents(Box<LookupArgs>),
    #[command(about = lkms_get_audit_settings::OP.summary.trim_end_matches('.'))]
    Status,
    /// Turns the audit trail on (it is on in a new keystore); sets its file size, sync mode and
    /// retention.
    Enable {
        /// Close and sign a log file once it reaches this many bytes [default: 8388608].
        #[arg(long, value_name = "BYTES")]
        max_file_bytes: Option<u64>,
        /// Wait for the disk (fdatasync) before each call returns.
        #[arg(long, overrides_with = "no_sync")]
        sync: bool,
        /// Do not wait for the disk (the default): a power cut may lose the last events.
        #[arg(long, overrides_with = "sync")]
        no_sync: bool,
        /// Delete closed log files this many days after they were closed, recording it in the
        /// trail so that verify still checks what is left; 0 keeps every file (the default).
        #[arg(long, value_name = "DAYS")]
        retention_days: Option<u32>,
    },
    /// Turns the audit trail off (GetKeyLastUsage keeps working); records StopLogging first.
    Disable,
}

/// The flags of `aws cloudtrail lookup-events`, and the AWS CLI's paging flags.
#[derive(clap::Args, Debug)]
struct LookupArgs {
    /// At most one lookup attribute: AttributeKey=EventId|EventName|ReadOnly|Username|
    /// ResourceType|ResourceName|EventSource|AccessKeyId,AttributeValue=string (or JSON).
    #[arg(long, num_args = 1.., value_name = "ATTRIBUTE")]
    lookup_attributes: Vec<String>,
    /// Only events at or after this time (ISO 8601 or epoch seconds).
    #[arg(long, value_name = "TIME")]
    start_time: Option<String>,
    /// Only events at or before this time (ISO 8601 or epoch seconds).
    #[arg(long, value_name = "TIME")]
    end_time: Option<String>,
    /// `insight` for CloudTrail Insights events (lkms writes none).
    #[arg(long)]
    event_category: Option<String>,
    /// Events per page, 1 to 50 (turns off automatic paging).
    #[arg(long)]
    max_results: Option<i64>,
    /// The NextToken of the previous page (turns off automatic paging).
    #[arg(long)]
    next_token: Option<String>,
    /// The request as JSON (LookupEvents' members), inline or file://.
    #[arg(long, value_name = "JSON")]
    cli_input_json: Option<String>,
    /// The NextToken printed by an earlier --max-items run.
    #[arg(long)]
    starting_token: Option<String>,
    /// Events per call while paging automatically.
    #[arg(long)]
    page_size: Option<i64>,
    /// Print at most this many events, then a NextToken to resume from.
    #[arg(long)]
    max_items: Option<i64>,
}

/// A time flag as LookupEvents takes it: epoch seconds.
fn epoch(param: &str, text: &str) -> Result<Value, Error> {
    let text = text.trim();
    let t = parse_instant(text)
        .or_else(|| parse_instant(&format!("{text}Z")))
        .or_else(|| parse_instant(&format!("{text}T00:00:00Z")))
        .ok_or_else(|| {
            Error::Usage(format!(
                "Error parsing parameter '--{param}': Invalid timestamp value: {text}"
            ))
        })?;
    Ok(json!(t.epoch_millis() as f64 / 1000.0))
}

impl LookupArgs {
    fn request(&self) -> Result<Map<String, Value>, Error> {
        let mut req = match &self.cli_input_json {
            Some(j) => request::input_json(j)?,
            None => Map::new(),
        };
        if !self.lookup_attributes.is_empty() {
            let mut list = Vec::new();
            for raw in &self.lookup_attributes {
                let text = values::text("lookup-attributes", raw)?;
                let parsed = if text.trim_start().starts_with(['[', '{']) {
                    serde_json::from_str(&text).map_err(|e| {
                        Error::Usage(format!(
                            "Error parsing parameter '--lookup-attributes': Invalid JSON: {e}\nJSON received: {text}"
                        ))
                    })?
                } else {
                    shorthand::parse("lookup-attributes", &text)?
                };
                match parsed {
                    Value::Array(items) => list.extend(items),
                    one => list.push(one),
                }
            }
            req.insert("LookupAttributes".into(), Value::Array(list));
        }
        for (member, param, value) in [
            ("StartTime", "start-time", &self.start_time),
            ("EndTime", "end-time", &self.end_time),
        ] {
            if let Some(t) = value {
                req.insert(member.into(), epoch(param, t)?);
            }
        }
        if let Some(c) = &self.event_category {
            req.insert("EventCategory".into(), Value::from(c.as_str()));
        }
        if let Some(n) = self.max_results {
            req.insert("MaxResults".into(), Value::from(n));
        }
        if let Some(t) = &self.next_token {
            req.insert("NextToken".into(), Value::from(t.as_str()));
        }
        Ok(req)
    }

    fn run(&self, ctx: &Ctx) -> Result<Option<Value>, Error> {
        let req = self.request()?;
        let call = |r: Value| ctx.call(lkms_audit_lookup_events::OP.name, r);
        let manual = req.contains_key("MaxResults") || req.contains_key("NextToken");
        if ctx.global.no_paginate || manual {
            return call(Value::Object(req));
        }
        let opts = paging::Options {
            page_size: self.page_size,
            max_items: self.max_items,
            starting_token: self.starting_token.clone(),
        };
        paging::run(&LOOKUP_PAGES, req, &opts, call)
    }
}

impl Args {
    /// The operation name errors are reported under (`LookupEvents`, as the AWS CLI names it).
    pub fn operation(&self) -> &'static str {
        match self.command {
            Command::LookupEvents(_) => "LookupEvents",
            _ => "lkms",
        }
    }

    /// Runs the command (`verify` sets the exit code 1 when it found anything).
    pub fn run(self, ctx: &Ctx) -> Outcome<Option<Value>> {
        let value = match self.command {
            Command::Verify => {
                let report = ctx.call(lkms_audit_verify::OP.name, json!({}))?;
                let clean = report
                    .as_ref()
                    .and_then(|r| r["Findings"].as_array())
                    .is_some_and(Vec::is_empty);
                if !clean {
                    ctx.exit_code.set(EXIT_FINDINGS);
                }
                return Ok(report);
            }
            Command::LookupEvents(args) => args.run(ctx),
            Command::Status => ctx.call(lkms_get_audit_settings::OP.name, json!({})),
            Command::Enable {
                max_file_bytes,
                sync,
                no_sync,
                retention_days,
            } => {
                let mut req = json!({ "Enabled": true });
                if let Some(d) = retention_days {
                    req["RetentionDays"] = Value::from(d);
                }
                if let Some(n) = max_file_bytes {
                    req["MaxFileBytes"] = Value::from(n);
                }
                if sync || no_sync {
                    req["Sync"] = Value::Bool(sync);
                }
                ctx.call(lkms_update_audit_settings::OP.name, req)
            }
            Command::Disable => ctx.call(
                lkms_update_audit_settings::OP.name,
                json!({ "Enabled": false }),
            ),
        }?;
        Ok(value)
    }
}

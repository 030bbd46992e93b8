//! Running one API operation as the command line asks: flags and `--cli-input-json` become the
//! wire-form request, `--generate-cli-skeleton` prints a template, paginated operations follow
//! their markers, and the call goes through the registry.

use super::context::Ctx;
use super::report::Outcome;
use super::values::BinaryFormat;
use super::{args, paging, progress, request, yaml_input};
use crate::error::Error;
use crate::spec;
use clap::ArgMatches;
use serde_json::{Map, Value};

/// Builds the wire-form request of `op` from `--cli-input-json` and the flags.
fn build_request(
    op: &spec::Operation,
    m: &ArgMatches,
    format: BinaryFormat,
) -> Result<Map<String, Value>, Error> {
    let mut req = match (
        m.get_one::<String>("cli-input-json"),
        m.get_one::<String>("cli-input-yaml"),
    ) {
        (Some(_), Some(_)) => {
            return Err(Error::Usage(
                "Only one --cli-input- parameter may be specified.".into(),
            ));
        }
        (Some(j), None) => request::input_json(j)?,
        (None, Some(y)) => yaml_input::input(y)?,
        (None, None) => Map::new(),
    };
    let Some(input) = op.input.and_then(spec::shape) else {
        return Ok(req);
    };
    for (member, shape_name) in input.members {
        let Some(shape) = spec::shape(shape_name) else {
            continue;
        };
        if shape.kind == spec::Kind::Boolean {
            if m.get_flag(member) {
                req.insert(member.to_string(), Value::Bool(true));
            } else if m.get_flag(&args::negated_id(member)) {
                req.insert(member.to_string(), Value::Bool(false));
            }
            continue;
        }
        if let Some(raw) = m.get_many::<String>(member) {
            let raw: Vec<String> = raw.cloned().collect();
            let value = request::flag_value(&spec::kebab(member), shape, &raw, format)?;
            req.insert(member.to_string(), value);
        }
    }
    match request::check_request(op.input.unwrap_or_default(), Value::Object(req), true)? {
        Value::Object(m) => Ok(m),
        _ => Ok(Map::new()),
    }
}

/// Runs one API operation as the command line asked.
pub(super) fn run_operation(
    ctx: &Ctx,
    op: &'static spec::Operation,
    m: &ArgMatches,
) -> Outcome<Option<Value>> {
    if let Some(which) = m.get_one::<String>("generate-cli-skeleton") {
        if which == "yaml-input" {
            // YAML with comments is printed as it is, whatever --output says.
            print!("{}", yaml_input::skeleton(op.input));
            return Ok(None);
        }
        if which == "output" {
            // As the aws CLI does, the request is checked first (its required members too).
            build_request(op, m, ctx.binary_format())?;
            return Ok(Some(op.output.map_or(Value::Object(Map::new()), |s| {
                request::output_skeleton(s)
            })));
        }
        return Ok(Some(
            op.input
                .map_or(Value::Object(Map::new()), request::skeleton),
        ));
    }
    let req = build_request(op, m, ctx.binary_format())?;
    let call = |r: Value| -> Result<Option<Value>, Error> {
        if ctx.global.debug {
            let shown = request::redacted(op.input.unwrap_or_default(), &r);
            eprintln!("lkms: calling {} with {shown}", op.name);
        }
        let mut answer = ctx.call(op.name, r)?;
        // `cli_timestamp_format = wire`: times as the service sends them, epoch seconds.
        if ctx.profile.cli_timestamp_format.as_deref() == Some("wire")
            && let (Some(v), Some(shape)) = (answer.as_mut(), op.output)
        {
            crate::wire::epoch_timestamps(shape, v);
        }
        Ok(answer)
    };
    let Some(pag) = &op.paginator else {
        // RSA-3072/4096 key generation (a key, a data key pair or an import wrapping key) can
        // take a while: show a spinner on a terminal.
        let spec = req
            .get("KeySpec")
            .or_else(|| req.get("KeyPairSpec"))
            .or_else(|| req.get("WrappingKeySpec"))
            .and_then(Value::as_str);
        let _spinner = matches!(spec, Some("RSA_3072" | "RSA_4096")).then(|| {
            progress::Delayed::start(format!("Generating an {} key", spec.unwrap_or_default()))
        });
        return Ok(call(Value::Object(req))?);
    };
    let opts = paging::Options {
        page_size: m.get_one::<i64>("page-size").copied(),
        max_items: m.get_one::<i64>("max-items").copied(),
        starting_token: m.get_one::<String>("starting-token").cloned(),
    };
    let manual = req.contains_key(pag.limit_key) || req.contains_key(pag.input_token);
    if ctx.global.no_paginate || manual {
        let used: Vec<&str> = [
            ("--max-items", opts.max_items.is_some()),
            ("--page-size", opts.page_size.is_some()),
            ("--starting-token", opts.starting_token.is_some()),
        ]
        .iter()
        .filter(|(_, set)| *set)
        .map(|(n, _)| *n)
        .collect();
        if ctx.global.no_paginate && !used.is_empty() {
            return Err(anyhow::Error::from(Error::Usage(format!(
                "Error during pagination: Cannot specify --no-paginate along with pagination arguments: {}",
                used.join(", ")
            ))));
        }
        return Ok(call(Value::Object(req))?);
    }
    Ok(paging::run(pag, req, &opts, call)?)
}

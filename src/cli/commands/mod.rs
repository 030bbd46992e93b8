//! One module per subcommand: its flags and the translation into a service request.

pub mod cancel_key_deletion;
pub mod create_alias;
pub mod create_key;
pub mod decrypt;
pub mod delete_alias;
pub mod describe_key;
pub mod disable_key;
pub mod disable_key_rotation;
pub mod enable_key;
pub mod enable_key_rotation;
pub mod encrypt;
pub mod generate_data_key;
pub mod generate_data_key_without_plaintext;
pub mod generate_random;
pub mod get_key_policy;
pub mod get_key_rotation_status;
pub mod keystore;
pub mod list_aliases;
pub mod list_key_policies;
pub mod list_key_rotations;
pub mod list_keys;
pub mod list_resource_tags;
pub mod put_key_policy;
pub mod re_encrypt;
pub mod rotate_key_on_demand;
pub mod schedule_key_deletion;
pub mod tag_resource;
pub mod untag_resource;
pub mod update_alias;
pub mod update_key_description;

use super::Ctx;
use crate::error::Error;
use serde::Serialize;
use serde_json::Value;

/// Converts a response into the JSON value the printer works on.
pub fn to_value<T: Serialize>(resp: T) -> Result<Option<Value>, Error> {
    json(resp).map(Some)
}

/// Resolves a `--flag` / `--no-flag` pair into the member's value.
pub fn flag_pair(yes: bool, no: bool) -> Option<bool> {
    match (yes, no) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

/// Reads an optional `--encryption-context`-style map parameter.
pub fn context_arg(
    param: &str,
    value: Option<&str>,
) -> Result<Option<crate::model::EncryptionContext>, Error> {
    value
        .map(|v| super::values::string_map(param, v))
        .transpose()
}

/// Reads an optional string parameter, honouring `file://`.
pub fn text_arg(ctx: &Ctx, param: &str, value: Option<&str>) -> Result<Option<String>, Error> {
    let _ = ctx;
    value.map(|v| super::values::text(param, v)).transpose()
}

/// The paging flags every paginated list command has.
#[derive(clap::Args, Debug)]
pub struct PageArgs {
    /// Items per page (turns automatic paging off and prints one raw page).
    #[arg(long, allow_negative_numbers = true)]
    pub limit: Option<i64>,
    /// NextMarker from a previous page (turns automatic paging off).
    #[arg(long)]
    pub marker: Option<String>,
    /// Items per request while paging automatically.
    #[arg(long, allow_negative_numbers = true)]
    pub page_size: Option<i64>,
}

/// Runs a paginated list operation the way the AWS CLI does: with `--limit`, `--marker` or
/// `--no-paginate`, one raw page; otherwise every page, merged into `{result_key: [...]}`.
pub fn paginate(
    ctx: &Ctx,
    result_key: &str,
    args: PageArgs,
    mut fetch: impl FnMut(Option<i64>, Option<String>) -> Result<Value, Error>,
) -> Result<Option<Value>, Error> {
    if args.limit.is_some() || args.marker.is_some() || ctx.global.no_paginate {
        return fetch(args.limit, args.marker).map(Some);
    }
    let mut items = Vec::new();
    let mut marker = None;
    loop {
        let mut page = fetch(args.page_size, marker)?;
        if let Some(Value::Array(list)) = page.get_mut(result_key).map(Value::take) {
            items.extend(list);
        }
        match (
            page.get("Truncated"),
            page.get("NextMarker").and_then(Value::as_str),
        ) {
            (Some(Value::Bool(true)), Some(next)) => marker = Some(next.to_string()),
            _ => break,
        }
    }
    let mut out = serde_json::Map::new();
    out.insert(result_key.to_string(), Value::Array(items));
    Ok(Some(Value::Object(out)))
}

/// Serialises a response into a JSON value (for [`paginate`]).
pub fn json<T: Serialize>(resp: T) -> Result<Value, Error> {
    serde_json::to_value(resp).map_err(|e| Error::Other(format!("cannot render the response: {e}")))
}

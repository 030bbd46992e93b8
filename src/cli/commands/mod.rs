//! One module per subcommand: its flags and the translation into a service request.

pub mod cancel_key_deletion;
pub mod create_key;
pub mod decrypt;
pub mod describe_key;
pub mod disable_key;
pub mod enable_key;
pub mod encrypt;
pub mod generate_data_key;
pub mod generate_data_key_without_plaintext;
pub mod generate_random;
pub mod keystore;
pub mod list_keys;
pub mod re_encrypt;
pub mod schedule_key_deletion;
pub mod update_key_description;

use super::Ctx;
use crate::error::Error;
use serde::Serialize;
use serde_json::Value;

/// Converts a response into the JSON value the printer works on.
pub fn to_value<T: Serialize>(resp: T) -> Result<Option<Value>, Error> {
    serde_json::to_value(resp)
        .map(Some)
        .map_err(|e| Error::Other(format!("cannot render the response: {e}")))
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

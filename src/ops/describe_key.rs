//! DescribeKey: a key's metadata, by key ID, key ARN, alias name or alias ARN, in every key state.

use super::prelude::*;
use crate::steps::metadata;

op!(keystore "DescribeKey", "Prints a key's metadata: state, usage, spec, dates and current material.", handle);

/// Runs DescribeKey, in the order AWS checks.
pub fn handle(svc: &Service, req: DescribeKeyRequest) -> Result<DescribeKeyResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(svc, &Ask::new("kms:DescribeKey")
        .named_by(&req.key_id)
        .grant_tokens(req.grant_tokens.as_ref()), &key)?;
    Ok(DescribeKeyResponse {
        key_metadata: Some(metadata::of(svc, &key)?),
    })
}

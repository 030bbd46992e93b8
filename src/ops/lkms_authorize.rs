//! LkmsAuthorize (`lkms authorize`): what the policies and grants decide for a principal's
//! action on a key (or on the account, for IAM-only actions), without performing it — the IAM
//! policy simulator's `allowed`, `explicitDeny` or `implicitDeny`, and the statement or grant
//! that decided. lkms's own operation, command line only.

use super::prelude::*;
use crate::access::actions::{self, On};
use crate::steps::caller::Caller;

op!(lkms "LkmsAuthorize", "Says whether a principal may perform an action on a key, and what decides it.", handle);

/// The request: who, what, on which key, with which request context.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
#[allow(missing_docs)]
pub struct LkmsAuthorizeRequest {
    pub principal: String,
    pub action: String,
    pub key_id: Option<String>,
    pub encryption_context: Option<EncryptionContext>,
    pub grant_tokens: Option<Vec<String>>,
    pub via_service: Option<String>,
    pub source_ip: Option<String>,
}

/// The response, in the simulator's member names.
#[derive(Debug, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct LkmsAuthorizeResponse {
    pub eval_action_name: String,
    pub eval_resource_name: String,
    pub eval_decision: String,
    pub decided_by: String,
}

impl TakeSecrets for LkmsAuthorizeResponse {}

fn usage(message: String) -> Error {
    Error::Usage(message)
}

/// Runs LkmsAuthorize.
pub fn handle(svc: &Service, req: LkmsAuthorizeRequest) -> Result<LkmsAuthorizeResponse, Error> {
    let principal = crate::access::Principal::parse(&req.principal).ok_or_else(|| {
        usage(format!(
            "--principal must be an IAM principal ARN such as \
             arn:aws:iam::111122223333:user/Name, not '{}'",
            req.principal
        ))
    })?;
    let mut caller = Caller::of(principal);
    if let Some(ip) = &req.source_ip {
        let ip = ip
            .parse()
            .map_err(|_| usage(format!("--source-ip must be an IP address, not '{ip}'")))?;
        caller = caller.from_address(ip);
    }
    let name = req
        .action
        .strip_prefix("kms:")
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_alphanumeric()))
        .ok_or_else(|| {
            usage(format!(
                "--action must be a KMS action such as kms:Decrypt, not '{}'",
                req.action
            ))
        })?;
    let iam_only =
        actions::checks(name).is_some_and(|c| c.first().is_some_and(|c| c.on == On::Account));
    let ask = Ask::new(&req.action)
        .encryption_context(req.encryption_context.as_ref())
        .grant_tokens(req.grant_tokens.as_ref())
        .keys(|k| {
            k.via_service(req.via_service.as_deref());
        });
    let (resource, decision) = match (&req.key_id, iam_only) {
        (_, true) => (
            "*".to_string(),
            authorise::iam_only_decision(svc, &caller, &ask, None)?,
        ),
        (Some(key_id), false) => {
            let key = keyref::resolve(svc, key_id, Aliases::Accepted)?;
            let ask = ask.named_by(key_id);
            let decision = authorise::key_decision(svc, &caller, &ask, &key)?;
            (svc.key_arn(&key.key_id), decision)
        }
        (None, false) => {
            return Err(usage(format!(
                "{} is an action on a key: name the key with --key-id",
                req.action
            )));
        }
    };
    Ok(LkmsAuthorizeResponse {
        eval_action_name: req.action.clone(),
        eval_resource_name: resource,
        eval_decision: decision.outcome.as_str().to_string(),
        decided_by: decision.explain(),
    })
}

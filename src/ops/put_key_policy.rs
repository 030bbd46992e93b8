//! PutKeyPolicy: validates a policy document and stores it byte for byte, in every key state.
//! `default` is the only policy name.

use super::prelude::*;
use crate::steps::{persist, policy};

op!(keystore "PutKeyPolicy", "Replaces a key's policy; the document is checked, then kept byte for byte.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Replaces a key's policy. The document is checked as KMS checks it (JSON, at most 32 KiB, the policy grammar, valid principals, and that it does not lock the caller out) and then kept byte for byte, so GetKeyPolicy returns exactly what was put.",
    errors: &[],
    examples: &[Example {
        title: "Replace a policy",
        command: r##"lkms put-key-policy --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --policy '{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM policies","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}' && lkms get-key-policy --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --query Policy --output text"##,
        output: r##"{"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM policies","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}"##,
    }],
};

/// Runs PutKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: PutKeyPolicyRequest) -> Result<(), Error> {
    let name = req
        .policy_name
        .unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    let bypass = req.bypass_policy_lockout_safety_check.unwrap_or(false);
    authorise::key(
        svc,
        &Ask::new("kms:PutKeyPolicy").keys(|k| {
            k.bypass_policy_lockout_safety_check(bypass);
        }),
        &key,
    )?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    policy::check_document(&req.policy)?;
    authorise::new_key_policy(svc, &req.policy, &key, bypass)?;
    persist::update(svc, &key.key_id, |r| {
        r.policy = req.policy;
        Ok(())
    })
}

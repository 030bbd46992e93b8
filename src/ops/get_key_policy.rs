//! GetKeyPolicy: a key's policy exactly as it was put. `default` is the only policy name.

use super::prelude::*;
use crate::steps::policy;

op!(keystore "GetKeyPolicy", "Prints a key's policy exactly as it was stored.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints the key policy exactly as it was stored (the default policy of a key created without one). The only policy name is default.",
    errors: &[],
    examples: &[Example {
        title: "Print the default policy",
        command: r##"lkms get-key-policy --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --query Policy --output text"##,
        output: r##"{
  "Version" : "2012-10-17",
  "Id" : "key-default-1",
  "Statement" : [ {
    "Sid" : "Enable IAM User Permissions",
    "Effect" : "Allow",
    "Principal" : {
      "AWS" : "arn:aws:iam::111122223333:root"
    },
    "Action" : "kms:*",
    "Resource" : "*"
  } ]
}"##,
    }],
};

/// Runs GetKeyPolicy, in the order AWS checks.
pub fn handle(svc: &Service, req: GetKeyPolicyRequest) -> Result<GetKeyPolicyResponse, Error> {
    let name = req
        .policy_name
        .unwrap_or_else(|| policy::DEFAULT_NAME.to_string());
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:GetKeyPolicy"), &key)?;
    policy::require_default_name(svc, &name, &key.key_id)?;
    Ok(GetKeyPolicyResponse {
        policy: Some(key.policy),
        policy_name: Some(name),
    })
}

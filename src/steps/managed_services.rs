//! The services that have an AWS managed key, and the key policy AWS gives each (see
//! [`super::managed`]).

use serde_json::{Value, json};

/// The prefix of the aliases AWS reserves for its managed keys.
pub const RESERVED_PREFIX: &str = "alias/aws/";

/// One service's AWS managed key, as AWS makes it.
pub(super) struct Managed {
    /// The name after `alias/aws/`.
    pub(super) service: &'static str,
    /// What the description says the key protects.
    pub(super) protects: &'static str,
    /// The policy's `Id`.
    policy_id: &'static str,
    /// How the first statement names the service.
    sid: &'static str,
    /// The host name prefix of `kms:ViaService` (`<prefix>.<region>.amazonaws.com`).
    via: &'static str,
    /// What principals in the account may do through the service.
    actions: &'static [&'static str],
    /// Whether the account may revoke the service's grants directly.
    revoke_grant: bool,
}

const USE: &[&str] = &[
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:DescribeKey",
];
const USE_AND_GRANT: &[&str] = &[
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:CreateGrant",
    "kms:DescribeKey",
];

/// The services with an AWS managed key. Descriptions, policy IDs, statement IDs and actions are
/// those AWS gives the keys it makes (as read from existing accounts' keys); services whose
/// policy was not seen follow the common form.
const SERVICES: &[Managed] = &[
    m(
        "acm",
        "ACM private keys",
        "auto-acm-1",
        "AWS Certificate Manager",
        USE_AND_GRANT,
    ),
    m(
        "backup",
        "backups",
        "auto-backup-1",
        "AWS Backup",
        USE_AND_GRANT,
    ),
    m(
        "codecommit",
        "AWS CodeCommit repositories",
        "auto-codecommit-1",
        "AWS CodeCommit",
        USE,
    ),
    m(
        "dynamodb",
        "DynamoDB data",
        "auto-dynamodb-1",
        "Amazon DynamoDB",
        USE_AND_GRANT,
    ),
    Managed {
        via: "ec2",
        ..m("ebs", "EBS volumes", "auto-ebs-2", "EBS", USE_AND_GRANT)
    },
    m(
        "elasticfilesystem",
        "EFS filesystems",
        "auto-elasticfilesystem-1",
        "EFS",
        USE_AND_GRANT,
    ),
    m(
        "glue",
        "Glue data",
        "auto-glue-1",
        "AWS Glue",
        USE_AND_GRANT,
    ),
    m(
        "kinesis",
        "Kinesis data",
        "auto-kinesis-1",
        "Amazon Kinesis",
        USE,
    ),
    m(
        "lambda",
        "Lambda functions",
        "auto-awslambda",
        "AWS Lambda",
        USE_AND_GRANT,
    ),
    Managed {
        actions: &[
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncrypt*",
            "kms:GenerateDataKey*",
            "kms:CreateGrant",
            "kms:ListGrants",
            "kms:DescribeKey",
        ],
        ..m("rds", "RDS database volumes", "auto-rds-2", "RDS", USE)
    },
    m(
        "redshift",
        "Redshift data",
        "auto-redshift-1",
        "Amazon Redshift",
        USE_AND_GRANT,
    ),
    Managed {
        revoke_grant: false,
        ..m("s3", "S3 objects", "auto-s3-2", "S3", USE)
    },
    Managed {
        actions: &[
            "kms:Encrypt",
            "kms:Decrypt",
            "kms:ReEncrypt*",
            "kms:CreateGrant",
            "kms:DescribeKey",
        ],
        ..m(
            "secretsmanager",
            "Secrets Manager data",
            "auto-secretsmanager-2",
            "AWS Secrets Manager",
            USE,
        )
    },
    Managed {
        actions: &[
            "kms:Decrypt",
            "kms:GenerateDataKey*",
            "kms:CreateGrant",
            "kms:ListGrants",
            "kms:DescribeKey",
        ],
        ..m("sns", "SNS data", "auto-sns-1", "SNS", USE)
    },
    m(
        "sqs",
        "SQS messages",
        "auto-sqs-1",
        "Simple Queue Service (SQS)",
        USE_AND_GRANT,
    ),
    Managed {
        revoke_grant: false,
        ..m("ssm", "SSM parameters", "auto-ssm-1", "SSM", USE)
    },
    m(
        "xray",
        "X-Ray data",
        "auto-xray-1",
        "AWS X-Ray",
        USE_AND_GRANT,
    ),
];

/// An entry in the common form: the service's own host prefix, and revocable grants.
const fn m(
    service: &'static str,
    protects: &'static str,
    policy_id: &'static str,
    sid: &'static str,
    actions: &'static [&'static str],
) -> Managed {
    Managed {
        service,
        protects,
        policy_id,
        sid,
        via: service,
        actions,
        revoke_grant: true,
    }
}

/// The services with a managed key, in the table's order.
pub(super) fn services() -> impl Iterator<Item = &'static str> {
    SERVICES.iter().map(|m| m.service)
}

/// The managed key entry for an alias name, if `alias/aws/<service>` names one.
pub(super) fn entry(alias: &str) -> Option<&'static Managed> {
    let service = alias.strip_prefix(RESERVED_PREFIX)?;
    SERVICES.iter().find(|m| m.service == service)
}

/// The key policy of a service's AWS managed key, formatted as KMS returns it.
pub(super) fn policy(m: &Managed, account: &str, region: &str) -> String {
    let mut metadata = vec!["kms:Describe*", "kms:Get*", "kms:List*"];
    if m.revoke_grant {
        metadata.push("kms:RevokeGrant");
    }
    let sid = if m.service == "elasticfilesystem" {
        format!(
            "Allow access to {0} for all principals in the account that are authorized to use {0}",
            m.sid
        )
    } else {
        format!(
            "Allow access through {0} for all principals in the account that are authorized to \
             use {0}",
            m.sid
        )
    };
    let doc = json!({
        "Version": "2012-10-17",
        "Id": m.policy_id,
        "Statement": [
            {
                "Sid": sid,
                "Effect": "Allow",
                "Principal": {"AWS": "*"},
                "Action": m.actions,
                "Resource": "*",
                "Condition": {"StringEquals": {
                    "kms:CallerAccount": account,
                    "kms:ViaService": format!("{}.{region}.amazonaws.com", m.via),
                }},
            },
            {
                "Sid": "Allow direct access to key metadata to the account",
                "Effect": "Allow",
                "Principal": {"AWS": format!("arn:aws:iam::{account}:root")},
                "Action": metadata,
                "Resource": "*",
            },
        ],
    });
    let mut out = String::new();
    pretty(&doc, 0, &mut out);
    out
}

/// Writes JSON the way KMS prints policies: objects one member a line (`"k" : v`, two spaces
/// an indent), arrays on one line (`[ a, b ]`, objects inside them opening on the same line).
/// Member order is the document's (serde_json keeps insertion order in lkms's build).
fn pretty(v: &Value, depth: usize, out: &mut String) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&"  ".repeat(depth + 1));
                out.push_str(&Value::String(k.clone()).to_string());
                out.push_str(" : ");
                pretty(item, depth + 1, out);
            }
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[ ");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                pretty(item, depth, out);
            }
            out.push_str(" ]");
        }
        Value::Object(_) => out.push_str("{ }"),
        Value::Array(_) => out.push_str("[ ]"),
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The printer reproduces KMS's own layout, checked against the default key policy.
    #[test]
    fn pretty_matches_the_default_policy_layout() {
        let doc = json!({
            "Version": "2012-10-17",
            "Id": "key-default-1",
            "Statement": [{
                "Sid": "Enable IAM User Permissions",
                "Effect": "Allow",
                "Principal": {"AWS": "arn:aws:iam::111122223333:root"},
                "Action": "kms:*",
                "Resource": "*",
            }],
        });
        let mut out = String::new();
        pretty(&doc, 0, &mut out);
        assert_eq!(out, crate::steps::policy::default_policy("111122223333"));
    }

    #[test]
    fn the_s3_policy_reads_as_aws_writes_it() {
        let p = policy(entry("alias/aws/s3").unwrap(), "111122223333", "us-east-1");
        assert!(p.starts_with(
            "{\n  \"Version\" : \"2012-10-17\",\n  \"Id\" : \"auto-s3-2\",\n  \"Statement\" : [ {\n"
        ));
        assert!(p.contains(
            "    \"Condition\" : {\n      \"StringEquals\" : {\n        \"kms:CallerAccount\" : \
             \"111122223333\",\n        \"kms:ViaService\" : \"s3.us-east-1.amazonaws.com\"\n"
        ));
        assert!(p.contains("\"Action\" : [ \"kms:Describe*\", \"kms:Get*\", \"kms:List*\" ]"));
        let parsed: Value = serde_json::from_str(&p).unwrap();
        assert_eq!(parsed["Statement"].as_array().unwrap().len(), 2);
    }
}

//! DescribeKey: a key's metadata, by key ID, key ARN, alias name or alias ARN, in every key state.

use super::prelude::*;
use crate::steps::metadata;

op!(keystore "DescribeKey", "Prints a key's metadata: state, usage, spec, dates and current material.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Prints a key's metadata: IDs, ARN, dates, description, state, usage, key spec, origin, who manages it, the algorithms it supports and, for symmetric encryption keys, its current key material ID. Takes a key ID, key ARN, alias name or alias ARN. Naming alias/aws/<service> for a service that has an AWS managed key makes that key if it does not exist yet, as AWS does.",
    errors: &[],
    examples: &[
        Example {
            title: "Describe a key by its alias",
            command: r##"lkms describe-key --key-id alias/example"##,
            output: r##"{
    "KeyMetadata": {
        "AWSAccountId": "111122223333",
        "KeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
        "Arn": "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        "CreationDate": "2024-01-01T00:00:00+00:00",
        "Enabled": true,
        "Description": "Example key",
        "KeyUsage": "ENCRYPT_DECRYPT",
        "KeyState": "Enabled",
        "Origin": "AWS_KMS",
        "KeyManager": "CUSTOMER",
        "CustomerMasterKeySpec": "SYMMETRIC_DEFAULT",
        "KeySpec": "SYMMETRIC_DEFAULT",
        "EncryptionAlgorithms": [
            "SYMMETRIC_DEFAULT"
        ],
        "MultiRegion": false,
        "CurrentKeyMaterialId": "…"
    }
}"##,
        },
        Example {
            title: "The AWS managed key for S3 exists once it is named",
            command: r##"lkms describe-key --key-id alias/aws/s3 --query 'KeyMetadata.[KeyManager,Description]' --output text"##,
            output: r##"AWS	Default key that protects my S3 objects when no other key is defined"##,
        },
    ],
};

/// Runs DescribeKey, in the order AWS checks.
pub fn handle(svc: &Service, req: DescribeKeyRequest) -> Result<DescribeKeyResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Accepted)?;
    authorise::key(
        svc,
        &Ask::new("kms:DescribeKey")
            .named_by(&req.key_id)
            .grant_tokens(req.grant_tokens.as_ref()),
        &key,
    )?;
    Ok(DescribeKeyResponse {
        key_metadata: Some(metadata::of(svc, &key)?),
    })
}

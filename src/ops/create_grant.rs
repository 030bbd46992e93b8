//! CreateGrant: lets a principal (of this account or another) use a key for chosen operations,
//! under optional encryption-context constraints. The caller needs `kms:CreateGrant` on the key,
//! or a grant that allows CreateGrant and is at least as broad as the new one. A repeated
//! request with the same `Name` and parameters returns the same grant with a new token; the
//! grant works at once, and its token may be passed in `GrantTokens`.

use super::prelude::*;
use crate::access::{
    Basis, GrantConstraints as Constraints, GrantOperation, GrantRequestFacts, check_new_grant,
};
use crate::steps::grants::{self, NewGrant};

op!(keystore "CreateGrant", "Lets another principal use a key for chosen operations.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Adds a grant to a key: lets one principal (an account ID, or the ARN of an account root, IAM user or role, assumed-role session or federated user, of this account or another) call the listed operations on the key, optionally only with a given encryption context (EncryptionContextEquals or EncryptionContextSubset, for symmetric encryption keys only). Which operations a grant may list depends on the key's usage; DescribeKey, CreateGrant and RetireGrant suit every key. A retiring principal, if named, may retire the grant later. The grant works at once in lkms, and its GrantToken is accepted wherever AWS takes grant tokens. Repeating a request with the same --name and parameters returns the same grant ID with a new token. A caller allowed to create grants only by a grant may make grants no broader than that one. Key ID or key ARN only; the key must be Enabled. At most 2500 grants per key, 30 of them for one grantee principal.",
    errors: &[
        (
            "NotFoundException",
            "No key has that key ID or key ARN here; alias names and alias ARNs are not accepted.",
        ),
        (
            "AccessDeniedException",
            "No policy or grant allows kms:CreateGrant on the key for the caller, or the grant that allows it is narrower than the new grant (fewer operations or tighter constraints).",
        ),
        (
            "KMSInvalidStateException",
            "The key is pending deletion, pending import, unavailable (its custom key store cannot be used) or in another state that rules out cryptography.",
        ),
        (
            "InvalidGrantTokenException",
            "A token in --grant-tokens was not issued by this keystore, was altered, or belongs to a grant that has been retired or revoked.",
        ),
        (
            "LimitExceededException",
            "The key has 2500 grants already, or 30 for the same grantee principal.",
        ),
        (
            "ValidationException",
            "Also: a grantee or retiring principal that is neither an account ID nor an IAM or STS ARN; operations the key's spec and usage do not allow, or CreateGrant alone; encryption-context constraints on a key that is not a symmetric encryption key, or one with more than 8 pairs or a value over 384 characters.",
        ),
        (
            "UnsupportedOperationException",
            "Not one of AWS's errors for CreateGrant: lkms gives it for service principals (--grantee-service-principal, --retiring-service-principal, a SourceArn constraint), which it does not support yet.",
        ),
    ],
    examples: &[
        Example {
            title: "Let a role encrypt and decrypt, for one department only",
            command: r##"lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Encrypt Decrypt --constraints 'EncryptionContextSubset={Department=Finance}'"##,
            output: r##"{
    "GrantToken": "…",
    "GrantId": "…"
}"##,
        },
        Example {
            title: "A named request, repeated, gives the same grant",
            command: r##"a=$(lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt --name nightly-batch --query GrantId --output text) && b=$(lkms create-grant --key-id 1234abcd-12ab-34cd-56ef-1234567890ab --grantee-principal arn:aws:iam::111122223333:role/app --operations Decrypt --name nightly-batch --query GrantId --output text) && [ "$a" = "$b" ] && echo same grant"##,
            output: r##"same grant"##,
        },
        Example {
            title: "A signing key cannot be granted Encrypt",
            command: r##"lkms create-grant --key-id 3c4d5e6f-7081-4923-8b4c-5d6e7f809102 --grantee-principal arn:aws:iam::111122223333:role/app --operations Encrypt Sign"##,
            output: r##"aws: [ERROR]: An error occurred (ValidationException) when calling the CreateGrant operation: Grant operations [Encrypt] are not valid for a KMS key with KeySpec ECC_NIST_P256 and KeyUsage SIGN_VERIFY."##,
        },
    ],
};

fn principal(member: &str, value: &str) -> Result<String, Error> {
    if grants::valid_principal(value) {
        return Ok(value.to_string());
    }
    Err(invalid(format!(
        "{member} '{value}' is not a valid principal: use an account ID, or the ARN of an \
         account root, IAM user, IAM role, assumed-role session or federated user."
    )))
}

/// Runs CreateGrant, in the order AWS checks.
pub fn handle(svc: &Service, req: CreateGrantRequest) -> Result<CreateGrantResponse, Error> {
    let source_arn = req.constraints.as_ref().and_then(|c| c.source_arn.as_ref());
    if req.grantee_service_principal.is_some()
        || req.retiring_service_principal.is_some()
        || source_arn.is_some()
    {
        return Err(kms(
            ErrorCode::UnsupportedOperationException,
            "lkms does not support service principals in grants yet.",
        ));
    }
    let grantee = principal(
        "GranteePrincipal",
        request::required(OP.name, "GranteePrincipal", req.grantee_principal.as_ref())?,
    )?;
    let retiring = req
        .retiring_principal
        .as_deref()
        .map(|r| principal("RetiringPrincipal", r))
        .transpose()?;
    let operations: Vec<GrantOperation> = req
        .operations
        .iter()
        .map(|o| {
            GrantOperation::parse(o)
                .ok_or_else(|| invalid(format!("Grant operation '{o}' is not valid.")))
        })
        .collect::<Result<_, _>>()?;
    let constraints = Constraints {
        encryption_context_subset: req
            .constraints
            .as_ref()
            .and_then(|c| c.encryption_context_subset.clone()),
        encryption_context_equals: req
            .constraints
            .as_ref()
            .and_then(|c| c.encryption_context_equals.clone()),
    };
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    let op_names: Vec<&str> = operations.iter().map(|o| o.as_str()).collect();
    let ask = Ask::new("kms:CreateGrant")
        .grant_tokens(req.grant_tokens.as_ref())
        .keys(|k| {
            k.grant_request(&GrantRequestFacts {
                operations: &op_names,
                constraint_types: &constraints.types(),
                for_aws_resource: false,
                grantee: &grantee,
                retiring: retiring.as_deref(),
            });
        });
    let decision = authorise::key_allowed(svc, &ask, &key)?;
    // Allowed by a grant: the new grant may not be broader than that grant.
    if let [Basis::Grant { grant_id }] = decision.basis.as_slice() {
        let parent = grants::load(svc, &key.key_id)?
            .into_iter()
            .find(|g| &g.grant_id == grant_id);
        if !parent.is_some_and(|p| p.permits_child(&operations, &constraints)) {
            return Err(authorise::without_grants(svc, &ask, &key));
        }
    }
    key_state::require(svc, Use::Cryptographic, &key)?;
    check_new_grant(&operations, &constraints, key.key_spec, key.key_usage)?;
    request::dry_run(req.dry_run)?;
    let grant = grants::create(
        svc,
        &key,
        NewGrant {
            grantee,
            retiring,
            operations,
            constraints,
            name: req.name,
        },
    )?;
    Ok(CreateGrantResponse {
        grant_token: Some(grants::issue_token(svc, &grant)),
        grant_id: Some(grant.grant_id),
    })
}

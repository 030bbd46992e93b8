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

op!(keystore "CreateGrant", "Lets another principal use a key for chosen operations.", handle);

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

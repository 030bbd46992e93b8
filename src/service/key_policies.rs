//! Key policies: GetKeyPolicy, PutKeyPolicy, ListKeyPolicies.

use super::paging;
use super::policy;
use super::validate::Validator;
use super::{Aliases, Service};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;

/// The only key policy name.
const DEFAULT: &str = "default";

fn check_policy_name(v: &mut Validator, name: &str) {
    v.str_len("policyName", name, 1, 128);
    let ok = !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    v.pattern("policyName", name, ok, "[\\w]+");
}

impl Service {
    fn require_default(&self, name: &str, key_id: &str) -> Result<(), Error> {
        if name != DEFAULT {
            return Err(kms(
                ErrorCode::NotFoundException,
                format!(
                    "No such policy exists: {name} (the only key policy name is \"default\") for key {}",
                    self.key_arn(key_id)
                ),
            ));
        }
        Ok(())
    }

    /// GetKeyPolicy: the policy exactly as it was put.
    pub fn get_key_policy(&self, req: GetKeyPolicyRequest) -> Result<GetKeyPolicyResponse, Error> {
        let name = req.policy_name.unwrap_or_else(|| DEFAULT.to_string());
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        check_policy_name(&mut v, &name);
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.require_default(&name, &rec.key_id)?;
        Ok(GetKeyPolicyResponse {
            policy: rec.policy,
            policy_name: name,
        })
    }

    /// PutKeyPolicy: validates the document and stores it byte for byte. Allowed in every state.
    pub fn put_key_policy(&self, req: PutKeyPolicyRequest) -> Result<(), Error> {
        let name = req.policy_name.unwrap_or_else(|| DEFAULT.to_string());
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        check_policy_name(&mut v, &name);
        policy::constrain(&mut v, &req.policy);
        v.finish()?;
        let rec = self.resolve(&req.key_id, Aliases::Refused)?;
        self.require_default(&name, &rec.key_id)?;
        policy::check_document(&req.policy)?;
        self.update(&rec.key_id, |r| {
            r.policy = req.policy;
            Ok(())
        })
    }

    /// ListKeyPolicies: always the one name, `default`.
    pub fn list_key_policies(&self, req: KeyPageRequest) -> Result<ListKeyPoliciesResponse, Error> {
        let mut v = Validator::new();
        v.str_len("keyId", &req.key_id, 1, 2048);
        paging::check(&mut v, req.limit, req.marker.as_deref());
        v.finish()?;
        self.resolve(&req.key_id, Aliases::Refused)?;
        let names = [DEFAULT.to_string()];
        let page = paging::page(
            &names,
            Clone::clone,
            req.limit,
            req.marker.as_deref(),
            100,
            1000,
        )?;
        Ok(ListKeyPoliciesResponse {
            policy_names: page.items,
            next_marker: page.next_marker,
            truncated: page.truncated,
        })
    }
}

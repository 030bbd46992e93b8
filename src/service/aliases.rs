//! Aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases.

use super::paging;
use super::state::{self, Op};
use super::validate::{Validator, invalid};
use super::{Aliases, Service};
use crate::error::{Error, ErrorCode, kms};
use crate::model::*;
use crate::store::AliasRecord;

const ALIAS_PATTERN: &str = "^[a-zA-Z0-9:/_-]+$";
const PREFIX_MESSAGE: &str = "Alias must start with the prefix \"alias/\". Please see \
                              https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html";

/// Checks an `AliasName` parameter: the model's length and pattern, then the `alias/` prefix.
fn check_name(name: &str) -> Result<(), Error> {
    let mut v = Validator::new();
    v.str_len("aliasName", name, 1, 256);
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'/' | b'_' | b'-'));
    v.pattern("aliasName", name, ok, ALIAS_PATTERN);
    v.finish()?;
    if !name.starts_with("alias/") {
        return Err(invalid(PREFIX_MESSAGE));
    }
    Ok(())
}

/// The rules for a name a new alias may take.
fn check_new_name(name: &str) -> Result<(), Error> {
    check_name(name)?;
    let bad = |m: &str| Err(kms(ErrorCode::InvalidAliasNameException, m));
    if name == "alias/" {
        return bad("Alias name must have at least one character after \"alias/\".");
    }
    if name.starts_with("alias/aws/") {
        return bad(
            "Alias names that begin with \"alias/aws/\" are reserved for AWS managed keys.",
        );
    }
    Ok(())
}

impl Service {
    fn alias_not_found(&self, name: &str) -> Error {
        kms(
            ErrorCode::NotFoundException,
            format!("Alias {} is not found.", self.alias_arn(name)),
        )
    }

    /// Resolves an alias target (key ID or key ARN only) that may be pointed at.
    fn alias_target(&self, target: &str) -> Result<crate::store::KeyRecord, Error> {
        let mut v = Validator::new();
        v.str_len("targetKeyId", target, 1, 2048);
        v.finish()?;
        let rec = self.resolve(target, Aliases::Refused)?;
        state::check(Op::AliasTarget, rec.key_state, &self.key_arn(&rec.key_id))?;
        Ok(rec)
    }

    /// CreateAlias.
    pub fn create_alias(&self, req: AliasRequest) -> Result<(), Error> {
        check_new_name(&req.alias_name)?;
        let target = self.alias_target(&req.target_key_id)?;
        let _lock = self.store.lock()?;
        if self
            .store
            .load_alias(&self.region, &req.alias_name)?
            .is_some()
        {
            return Err(kms(
                ErrorCode::AlreadyExistsException,
                format!(
                    "An alias with the name {} already exists",
                    self.alias_arn(&req.alias_name)
                ),
            ));
        }
        // The target may have been deleted since it was resolved.
        self.load_locked(&target.key_id)?;
        let now = self.clock.now().epoch_millis();
        self.store.write_alias(
            &self.region,
            &AliasRecord {
                alias_name: req.alias_name,
                target_key_id: target.key_id,
                creation_date: now,
                last_updated_date: now,
            },
        )
    }

    /// UpdateAlias: points an existing alias at another key. The old target may be pending
    /// deletion; the new one may not.
    pub fn update_alias(&self, req: AliasRequest) -> Result<(), Error> {
        check_name(&req.alias_name)?;
        let target = self.alias_target(&req.target_key_id)?;
        let _lock = self.store.lock()?;
        let mut alias = self
            .store
            .load_alias(&self.region, &req.alias_name)?
            .ok_or_else(|| self.alias_not_found(&req.alias_name))?;
        self.load_locked(&target.key_id)?;
        alias.target_key_id = target.key_id;
        alias.last_updated_date = self.clock.now().epoch_millis();
        self.store.write_alias(&self.region, &alias)
    }

    /// DeleteAlias: works whatever the state of the alias's key.
    pub fn delete_alias(&self, req: DeleteAliasRequest) -> Result<(), Error> {
        check_name(&req.alias_name)?;
        let _lock = self.store.lock()?;
        if self
            .store
            .load_alias(&self.region, &req.alias_name)?
            .is_none()
        {
            return Err(self.alias_not_found(&req.alias_name));
        }
        self.store.delete_alias(&self.region, &req.alias_name)
    }

    /// The region's aliases, read once per process after completing due deletions (whose
    /// keys take their aliases with them).
    fn all_aliases(&self) -> Result<&Vec<AliasRecord>, Error> {
        if let Some(a) = self.aliases.get() {
            return Ok(a);
        }
        self.purge_due()?;
        let list = self.store.list_aliases(&self.region)?;
        Ok(self.aliases.get_or_init(|| list))
    }

    /// ListAliases: every alias in the region (or only those of `KeyId`), sorted by name.
    pub fn list_aliases(&self, req: ListAliasesRequest) -> Result<ListAliasesResponse, Error> {
        let mut v = Validator::new();
        if let Some(k) = &req.key_id {
            v.str_len("keyId", k, 1, 2048);
        }
        paging::check(&mut v, req.limit, req.marker.as_deref());
        v.finish()?;
        let filter = req
            .key_id
            .as_deref()
            .map(|k| self.resolve(k, Aliases::Refused).map(|r| r.key_id))
            .transpose()?;
        let ts = |ms| Timestamp::from_epoch_millis(ms).unwrap_or_else(|| self.clock.now());
        let entries: Vec<AliasListEntry> = self
            .all_aliases()?
            .iter()
            .filter(|a| filter.as_ref().is_none_or(|k| *k == a.target_key_id))
            .map(|a| AliasListEntry {
                alias_arn: self.alias_arn(&a.alias_name),
                alias_name: a.alias_name.clone(),
                target_key_id: a.target_key_id.clone(),
                creation_date: ts(a.creation_date),
                last_updated_date: ts(a.last_updated_date),
            })
            .collect();
        let page = paging::page(
            &entries,
            |e| e.alias_name.clone(),
            req.limit,
            req.marker.as_deref(),
            50,
            100,
        )?;
        Ok(ListAliasesResponse {
            aliases: page.items,
            next_marker: page.next_marker,
            truncated: page.truncated,
        })
    }
}

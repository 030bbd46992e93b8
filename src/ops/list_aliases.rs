//! ListAliases: one page of the region's aliases (or only those of `KeyId`, named by key ID or key
//! ARN), sorted by name, 50 to a page by default and 100 at most. Like AWS, the full listing
//! includes each predefined `alias/aws/<service>` alias whose AWS managed key is not made yet,
//! with its name and ARN only.

use super::prelude::*;
use crate::steps::{aliases, managed, paging};
use crate::store::AliasRecord;

/// One line of the listing.
enum Listed {
    /// An alias that exists.
    Alias(AliasRecord),
    /// A predefined alias whose AWS managed key is not made yet.
    Predefined(String),
}

impl Listed {
    fn name(&self) -> &str {
        match self {
            Listed::Alias(a) => &a.alias_name,
            Listed::Predefined(name) => name,
        }
    }
}

/// Up to `n` of `existing` (the index's aliases from `start` on, at most `n`) and the
/// predefined aliases from `start` on that do not exist, in name order. A predefined name after
/// the last of a full `existing` may exist beyond it, but then it falls after the `n`th line.
fn with_predefined(existing: Vec<AliasRecord>, start: &str, n: usize) -> Vec<Listed> {
    let mut lines: Vec<Listed> = managed::predefined_aliases()
        .into_iter()
        .filter(|p| p.as_str() >= start && !existing.iter().any(|a| a.alias_name == *p))
        .map(Listed::Predefined)
        .collect();
    lines.extend(existing.into_iter().map(Listed::Alias));
    lines.sort_by(|a, b| a.name().cmp(b.name()));
    lines.truncate(n);
    lines
}

op!(keystore "ListAliases", "Lists the aliases in the region, or only those of one key.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the region's aliases, sorted by name, or with --key-id only those of one key. Like AWS, the full list includes each predefined alias/aws/<service> alias whose AWS managed key is not made yet, with its name and ARN only. The CLI follows the pages; --max-items and --starting-token page by hand.",
    errors: &[],
    examples: &[Example {
        title: "The aliases of one key",
        command: r##"lkms list-aliases --key-id 1234abcd-12ab-34cd-56ef-1234567890ab"##,
        output: r##"{
    "Aliases": [
        {
            "AliasName": "alias/example",
            "AliasArn": "arn:aws:kms:us-east-1:111122223333:alias/example",
            "TargetKeyId": "1234abcd-12ab-34cd-56ef-1234567890ab",
            "CreationDate": "2025-01-01T00:00:00+00:00",
            "LastUpdatedDate": "2025-01-01T00:00:00+00:00"
        }
    ]
}"##,
    }],
};

/// Runs ListAliases, in the order AWS checks.
pub fn handle(svc: &Service, req: ListAliasesRequest) -> Result<ListAliasesResponse, Error> {
    authorise::account(svc, &Ask::new("kms:ListAliases"))?;
    let filter = req
        .key_id
        .as_deref()
        .map(|k| keyref::resolve(svc, k, Aliases::Refused).map(|r| r.key_id))
        .transpose()?;
    let ts = |ms| Timestamp::from_epoch_millis(ms).unwrap_or_else(|| svc.clock().now());
    let page = paging::page_from(
        req.limit,
        req.marker.as_deref(),
        50,
        100,
        Listed::name,
        |start, n| {
            // Aliases belong to the keystore's account: a caller of another account has none.
            if svc.caller().account != svc.account_id() {
                return Ok(Vec::new());
            }
            aliases::read_index(svc, |index| match &filter {
                Some(key) => index
                    .aliases_of(svc.store(), key, start, n)
                    .map(|list| list.into_iter().map(Listed::Alias).collect()),
                None => index
                    .aliases_from(svc.store(), start, n)
                    .map(|list| with_predefined(list, start, n)),
            })
        },
    )?;
    let entries = page
        .items
        .into_iter()
        .map(|line| match line {
            Listed::Alias(a) => AliasListEntry {
                alias_arn: Some(svc.alias_arn(&a.alias_name)),
                creation_date: Some(ts(a.creation_date)),
                last_updated_date: Some(ts(a.last_updated_date)),
                alias_name: Some(a.alias_name),
                target_key_id: Some(a.target_key_id),
            },
            Listed::Predefined(name) => AliasListEntry {
                alias_arn: Some(svc.alias_arn(&name)),
                alias_name: Some(name),
                ..AliasListEntry::default()
            },
        })
        .collect();
    Ok(ListAliasesResponse {
        aliases: Some(entries),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

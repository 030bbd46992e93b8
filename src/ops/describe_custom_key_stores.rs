//! DescribeCustomKeyStores: the region's custom key stores (or the one named by ID or by name),
//! ordered by ID and paginated, with connection state and error code. Passwords and proxy
//! secrets are never returned.

use super::prelude::*;
use crate::steps::{key_stores, paging};

op!(keystore "DescribeCustomKeyStores", "Lists custom key stores with their connection states.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists the region's custom key stores (or the one --custom-key-store-id or --custom-key-store-name names) with their type, connection state, cluster or proxy settings and creation date. The key-store password and proxy secret are never shown.",
    errors: &[],
    examples: &[Example {
        title: "No custom key stores yet",
        command: r##"lkms describe-custom-key-stores"##,
        output: r##"{
    "CustomKeyStores": []
}"##,
    }],
};

/// Runs DescribeCustomKeyStores, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: DescribeCustomKeyStoresRequest,
) -> Result<DescribeCustomKeyStoresResponse, Error> {
    authorise::account(svc, &Ask::new("kms:DescribeCustomKeyStores"))?;
    if req.custom_key_store_id.is_some() && req.custom_key_store_name.is_some() {
        return Err(invalid(
            "You cannot specify both CustomKeyStoreId and CustomKeyStoreName.",
        ));
    }
    let mut stores: Vec<_> = key_stores::all(svc)?.into_values().collect();
    if let Some(id) = &req.custom_key_store_id {
        stores.retain(|s| &s.custom_key_store_id == id);
        if stores.is_empty() {
            return Err(key_stores::not_found(id));
        }
    }
    if let Some(name) = &req.custom_key_store_name {
        stores.retain(|s| &s.custom_key_store_name == name);
        if stores.is_empty() {
            return Err(kms(
                ErrorCode::CustomKeyStoreNotFoundException,
                format!("Custom key store named '{name}' does not exist in this Region."),
            ));
        }
    }
    let page = paging::page(
        &stores,
        |s| s.custom_key_store_id.clone(),
        req.limit,
        req.marker.as_deref(),
        1000,
        1000,
    )?;
    Ok(DescribeCustomKeyStoresResponse {
        custom_key_stores: Some(page.items.iter().map(key_stores::entry).collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

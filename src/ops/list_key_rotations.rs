//! ListKeyRotations: a key's completed rotations, oldest first (with `ALL_KEY_MATERIAL`, its first
//! material too), with the import terms of imported material.

use super::prelude::*;
use crate::steps::paging;
use crate::steps::rotation::{self, Imported};

op!(keystore "ListKeyRotations", "Lists a key's completed rotations, oldest first.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Lists a key's completed rotations, oldest first, each with its material ID, type (automatic or on demand) and date; with --include-key-material ALL_KEY_MATERIAL the first material and imported material waiting for rotation too.",
    errors: &[(
        "UnsupportedOperationException",
        "The key cannot rotate: not a symmetric encryption key.",
    )],
    examples: &[Example {
        title: "Rotate on demand, then list",
        command: r##"lkms rotate-key-on-demand --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 > /dev/null && lkms list-key-rotations --key-id 0987dcba-09fe-87dc-65ba-ab0987654321 --query 'Rotations[].[RotationType,KeyMaterialState,RotationDate]' --output text"##,
        output: r##"ON_DEMAND	CURRENT	2025-01-01T00:00:00+00:00"##,
    }],
};

/// Runs ListKeyRotations, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: ListKeyRotationsRequest,
) -> Result<ListKeyRotationsResponse, Error> {
    let all = req.include_key_material.as_deref() == Some("ALL_KEY_MATERIAL");
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:ListKeyRotations"), &key)?;
    rotation::rotatable(svc, &key, Imported::Allowed)?;
    let imported = key.origin == OriginType::EXTERNAL;
    let related = crate::steps::multi_region::related(svc, &key)?;
    // New material of a multi-Region key waits for import into every related key.
    let everywhere = |id: &str| {
        related.as_ref().is_none_or(|rel| {
            rel.keys
                .iter()
                .all(|(_, k)| k.material(id).is_some_and(|m| m.sealed.is_some()))
        })
    };
    let entries: Vec<(String, RotationsListEntry)> = key
        .materials
        .iter()
        .enumerate()
        .filter(|(_, m)| all || m.rotation_type.is_some())
        .map(|(i, m)| {
            let current = key.current_material_id.as_deref() == Some(&m.material_id);
            let terms = m.import.as_ref().filter(|_| imported);
            (
                format!("{i:06}"),
                RotationsListEntry {
                    key_id: Some(key.key_id.clone()),
                    key_material_id: Some(m.material_id.clone()),
                    key_material_description: terms.and_then(|t| t.description.clone()),
                    import_state: imported.then_some(if m.sealed.is_some() {
                        ImportState::IMPORTED
                    } else {
                        ImportState::PENDING_IMPORT
                    }),
                    key_material_state: Some(if current {
                        KeyMaterialState::CURRENT
                    } else if m.pending_rotation() && !everywhere(&m.material_id) {
                        KeyMaterialState::PENDING_MULTI_REGION_IMPORT_AND_ROTATION
                    } else if m.pending_rotation() {
                        KeyMaterialState::PENDING_ROTATION
                    } else {
                        KeyMaterialState::NON_CURRENT
                    }),
                    expiration_model: terms.map(|t| t.expiration_model),
                    valid_to: terms
                        .and_then(|t| t.valid_to)
                        .and_then(Timestamp::from_epoch_millis),
                    rotation_date: m.rotation_date.and_then(Timestamp::from_epoch_millis),
                    rotation_type: m.rotation_type,
                },
            )
        })
        .collect();
    let page = paging::page(
        &entries,
        |e| e.0.clone(),
        req.limit,
        req.marker.as_deref(),
        100,
        1000,
    )?;
    Ok(ListKeyRotationsResponse {
        rotations: Some(page.items.into_iter().map(|(_, e)| e).collect()),
        next_marker: page.next_marker,
        truncated: Some(page.truncated),
    })
}

//! DeleteImportedKeyMaterial: deletes imported material (the current one, or `KeyMaterialId`); the
//! key becomes PendingImport (a key pending deletion keeps its state), and importing the same
//! material again restores it.

use super::prelude::*;
use crate::steps::import;
use crate::steps::metadata::shown_material_id;
use crate::steps::persist;

op!(keystore "DeleteImportedKeyMaterial", "Deletes imported key material; the key waits for new material.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Deletes key material imported into an EXTERNAL key: the current material, or the one --key-material-id names. The key becomes PendingImport until the same material is imported again (ciphertexts made under it then decrypt again); a key pending deletion keeps its state.",
    errors: &[(
        "UnsupportedOperationException",
        "The key's origin is not EXTERNAL.",
    )],
    examples: &[Example {
        title: "A key without material is left as it is",
        command: r##"lkms delete-imported-key-material --key-id 708192a3-b4c5-4d67-8f80-910213243546 && lkms describe-key --key-id 708192a3-b4c5-4d67-8f80-910213243546 --query KeyMetadata.KeyState --output text"##,
        output: r##"{
    "KeyId": "arn:aws:kms:us-east-1:111122223333:key/708192a3-b4c5-4d67-8f80-910213243546"
}
PendingImport"##,
    }],
};

/// Runs DeleteImportedKeyMaterial, in the order AWS checks.
pub fn handle(
    svc: &Service,
    req: DeleteImportedKeyMaterialRequest,
) -> Result<DeleteImportedKeyMaterialResponse, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, &Ask::new("kms:DeleteImportedKeyMaterial"), &key)?;
    import::external(svc, &key)?;
    key_state::require(svc, Use::DeleteImport, &key)?;
    let arn = svc.key_arn(&key.key_id);
    let deleted = persist::update(svc, &key.key_id, |r| {
        let Some(id) = req
            .key_material_id
            .clone()
            .or_else(|| r.current_material_id.clone())
        else {
            return Ok(None);
        };
        let i = r
            .materials
            .iter()
            .position(|m| m.material_id == id)
            .ok_or_else(|| {
                kms(
                    ErrorCode::NotFoundException,
                    format!("Key material {id} is not associated with {arn}."),
                )
            })?;
        key_state::require(svc, Use::DeleteImport, r)?;
        import::drop_material(r, i);
        Ok(Some(id))
    })?;
    Ok(DeleteImportedKeyMaterialResponse {
        key_id: Some(arn),
        key_material_id: deleted.and_then(|id| shown_material_id(&key, id)),
    })
}

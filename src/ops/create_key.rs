//! CreateKey: makes a key in the current region with fresh material (or none, for `--origin
//! EXTERNAL`, until it is imported) and returns its metadata. AWS's rules: KeySpec and the
//! deprecated CustomerMasterKeySpec are exclusive; asymmetric and HMAC keys need a KeyUsage their
//! spec allows; tags follow the TagException rules; a policy is validated and stored byte for byte,
//! else the default key policy is attached. Origin AWS_CLOUDHSM makes a non-extractable AES-256
//! key in the token of a connected CloudHSM key store, EXTERNAL_KEY_STORE binds an external key
//! of a connected external key store (see [`new_key`]). `MultiRegion` makes a multi-Region
//! primary key (`mrk-` key ID) that ReplicateKey can copy to other Regions.

use super::prelude::*;
use crate::crypto::random;
use crate::steps::key_stores::new_key;
use crate::steps::{keyspec, metadata, multi_region, persist, policy, tags};
use crate::store::{KeyRecord, MultiRegionRecord};

op!(keystore "CreateKey", "Creates a KMS key in the current region and prints its metadata.", handle, &DOCS);

/// What this operation's help and man page say beyond the summary.
const DOCS: Docs = Docs {
    about: "Creates a customer managed key in the region and prints its metadata. Without options it is a symmetric encryption key (SYMMETRIC_DEFAULT) with fresh material; --key-spec and --key-usage make RSA, ECC, SM2, Ed25519, ML-DSA, ML-KEM and HMAC keys, and --origin EXTERNAL makes a key that waits (PendingImport) for material you import. A key created without --policy gets the default policy, which lets the account's IAM policies decide.",
    errors: &[
        (
            "UnsupportedOperationException",
            "The key spec cannot have the origin asked for, or lkms does not support what was asked yet (multi-Region keys, custom key stores).",
        ),
        (
            "ValidationException",
            "Also: KeyUsage missing for a key spec that needs one, or not one the key spec allows; KeySpec and CustomerMasterKeySpec both given.",
        ),
    ],
    examples: &[
        Example {
            title: "Create a symmetric encryption key",
            command: r##"lkms create-key --description 'orders database' --tags TagKey=team,TagValue=payments --query 'KeyMetadata.[KeyState,KeySpec,KeyManager,Description]' --output text"##,
            output: r##"Enabled	SYMMETRIC_DEFAULT	CUSTOMER	orders database"##,
        },
        Example {
            title: "Create an RSA signing key",
            command: r##"lkms create-key --key-spec RSA_2048 --key-usage SIGN_VERIFY --query KeyMetadata.SigningAlgorithms"##,
            output: r##"[
    "RSASSA_PSS_SHA_256",
    "RSASSA_PSS_SHA_384",
    "RSASSA_PSS_SHA_512",
    "RSASSA_PKCS1_V1_5_SHA_256",
    "RSASSA_PKCS1_V1_5_SHA_384",
    "RSASSA_PKCS1_V1_5_SHA_512"
]"##,
        },
    ],
};

const UNSUPPORTED: ErrorCode = ErrorCode::UnsupportedOperationException;

/// Runs CreateKey, in the order AWS checks.
pub fn handle(svc: &Service, req: CreateKeyRequest) -> Result<CreateKeyResponse, Error> {
    if req.key_spec.is_some() && req.customer_master_key_spec.is_some() {
        return Err(invalid(
            "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. \
             CustomerMasterKeySpec is deprecated.",
        ));
    }
    let spec = req
        .key_spec
        .as_deref()
        .or(req.customer_master_key_spec.as_deref())
        .and_then(KeySpec::parse)
        .unwrap_or(KeySpec::SYMMETRIC_DEFAULT);
    let origin = req
        .origin
        .as_deref()
        .and_then(OriginType::parse)
        .unwrap_or(OriginType::AWS_KMS);
    let usage = req.key_usage.as_deref().and_then(KeyUsageType::parse);
    if req.multi_region == Some(true) && req.custom_key_store_id.is_some() {
        return Err(kms(
            UNSUPPORTED,
            "You cannot create a multi-Region key in a custom key store.",
        ));
    }
    new_key::check_params(
        origin,
        req.custom_key_store_id.as_deref(),
        req.xks_key_id.as_deref(),
        spec,
        usage,
    )?;
    if spec != KeySpec::SYMMETRIC_DEFAULT && usage.is_none() {
        return Err(invalid(
            "You must specify a KeyUsage value for all KMS keys except for symmetric \
             encryption keys.",
        ));
    }
    if origin == OriginType::EXTERNAL && !keyspec::importable(spec) {
        return Err(kms(
            UNSUPPORTED,
            format!(
                "KeySpec {} is not supported with Origin EXTERNAL: key material can be \
                 imported only for SYMMETRIC_DEFAULT, HMAC, RSA, ECC_NIST, ECC_SECG_P256K1 and \
                 SM2 keys.",
                spec.as_str()
            ),
        ));
    }
    if !keyspec::supported(spec) {
        return Err(kms(
            UNSUPPORTED,
            format!("lkms does not support KeySpec {} yet.", spec.as_str()),
        ));
    }
    let usage = usage.unwrap_or(KeyUsageType::ENCRYPT_DECRYPT);
    if !keyspec::usages(spec).contains(&usage) {
        return Err(invalid(format!(
            "KeyUsage {} is not compatible with KeySpec {}",
            usage.as_str(),
            spec.as_str()
        )));
    }
    let tag_list = req.tags.unwrap_or_default();
    tags::check(&tag_list)?;
    let given_policy = req.policy.is_some();
    let policy_text = match req.policy {
        Some(p) => {
            policy::check_document(&p)?;
            p
        }
        None => policy::default_policy(svc.account_id()),
    };
    let bypass = req.bypass_policy_lockout_safety_check.unwrap_or(false);
    authorise::account(
        svc,
        &Ask::new("kms:CreateKey").keys(|k| {
            k.key_spec(spec, usage, origin)
                .bypass_policy_lockout_safety_check(bypass)
                .request_tags(&tags::pairs(&tag_list));
        }),
    )?;
    if svc.caller().account != svc.account_id() {
        return Err(kms(
            UNSUPPORTED,
            format!(
                "This keystore holds the keys of account {}; a principal of account {} cannot \
                 create keys in it.",
                svc.account_id(),
                svc.caller().account
            ),
        ));
    }
    let store = req
        .custom_key_store_id
        .as_deref()
        .map(|id| new_key::store_for(svc, origin, id))
        .transpose()?;

    let now = svc.now_millis();
    let mrk = req.multi_region == Some(true);
    let key_id = if mrk {
        multi_region::new_key_id()
    } else {
        random::uuid_v4()
    };
    let mut rec = KeyRecord {
        key_id: key_id.clone(),
        creation_date: now,
        description: req.description.unwrap_or_default(),
        key_usage: usage,
        key_spec: spec,
        origin,
        key_manager: KeyManagerType::CUSTOMER,
        key_state: KeyState::Enabled,
        deletion_date: None,
        pending_window_in_days: None,
        policy: policy_text,
        tags: tag_list,
        materials: Vec::new(),
        current_material_id: None,
        rotation: None,
        on_demand_rotations: 0,
        custom_key_store_id: None,
        xks_key_id: None,
        multi_region: mrk.then(|| MultiRegionRecord {
            primary_region: svc.region().to_string(),
            epoch: 0,
            settles_at: None,
        }),
    };
    if given_policy {
        authorise::new_key_policy(svc, &rec.policy, &rec, bypass)?;
    }
    if let Some(store) = &store {
        new_key::back(svc, store, &mut rec, req.xks_key_id.as_deref())?;
    } else if origin == OriginType::EXTERNAL {
        rec.key_state = KeyState::PendingImport;
    } else {
        let material_id = random::hex_id();
        let bytes = keyspec::new_material(spec);
        rec.materials.push(crate::steps::material::seal(
            svc,
            &key_id,
            &material_id,
            &bytes,
            now,
        ));
        rec.current_material_id = Some(material_id);
    }
    if let Err(e) = persist::create(svc, &rec) {
        // The token object of a key that was never stored would be an orphan.
        crate::steps::key_stores::destroy_backing_key(svc, &rec);
        return Err(e);
    }
    Ok(CreateKeyResponse {
        key_metadata: Some(metadata::of(svc, &rec)?),
    })
}

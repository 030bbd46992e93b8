//! Tests of the multi-Region steps: key IDs, key-state cells, related keys on disk.

use super::*;

#[test]
fn key_ids_have_the_mrk_form() {
    let id = new_key_id();
    assert!(crate::model::is_key_id(&id), "{id}");
    assert_ne!(id, new_key_id());
}

/// The key-state table's cells for the states only multi-Region keys have.
#[test]
fn key_state_cells_of_multi_region_states() {
    use key_state::{Use, check};
    let outcome = |op, state| match check(op, state, "K") {
        Ok(()) => "ok".to_string(),
        Err(Error::Service(e)) => format!("{} {}", e.code.as_str(), e.text()),
        Err(e) => panic!("{e}"),
    };
    let inv = |what: &str| format!("KMSInvalidStateException K is {what}.");
    for op in [
        Use::Cryptographic,
        Use::EnableDisable,
        Use::Rotation,
        Use::Import,
    ] {
        assert_eq!(outcome(op, KeyState::Creating), inv("creating"));
    }
    for op in [Use::Replicate, Use::UpdatePrimaryRegion, Use::DeleteImport] {
        assert_eq!(outcome(op, KeyState::Creating), inv("creating"));
    }
    for op in [
        Use::Tagging,
        Use::UpdateKeyDescription,
        Use::ScheduleKeyDeletion,
    ] {
        assert_eq!(outcome(op, KeyState::Creating), "ok");
    }
    for op in [
        Use::EnableDisable,
        Use::ScheduleKeyDeletion,
        Use::Replicate,
        Use::ImportParameters,
        Use::DeleteImport,
    ] {
        assert_eq!(outcome(op, KeyState::Updating), inv("updating"));
    }
    for op in [
        Use::Cryptographic,
        Use::UpdatePrimaryRegion,
        Use::Import,
        Use::Tagging,
    ] {
        assert_eq!(outcome(op, KeyState::Updating), "ok");
    }
    assert_eq!(
        outcome(Use::CancelKeyDeletion, KeyState::Updating),
        inv("not pending deletion")
    );
    let waiting = KeyState::PendingReplicaDeletion;
    assert_eq!(outcome(Use::CancelKeyDeletion, waiting), "ok");
    for op in [
        Use::ScheduleKeyDeletion,
        Use::Replicate,
        Use::Tagging,
        Use::EnableDisable,
    ] {
        assert_eq!(outcome(op, waiting), inv("pending deletion"));
    }
    assert_eq!(
        outcome(Use::Replicate, KeyState::Disabled),
        "DisabledException K is disabled."
    );
    assert_eq!(
        outcome(Use::UpdatePrimaryRegion, KeyState::PendingImport),
        inv("pending import")
    );
}

use crate::clock::Clock;
use crate::crypto::secret::SecretString;
use crate::model::{KeyManagerType, KeySpec, KeyUsageType, OriginType, Timestamp};
use crate::store::rootkey::RootKeyConfig;
use crate::store::{Keystore, MultiRegionRecord};

/// A service over a fresh keystore in `dir`, in `region`, with the clock at `now_ms`.
fn service(dir: &std::path::Path, region: &str, now_ms: i64) -> Service {
    let cfg = RootKeyConfig {
        env_value: Some(SecretString::new(
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=".into(),
        )),
        use_keyring: false,
        keyring_user: "test".into(),
        cache_seconds: 0,
        file: dir.join("root-key"),
    };
    let store = Keystore::open(&dir.join("ks"), &cfg).unwrap();
    let now = Timestamp::from_epoch_millis(now_ms).unwrap();
    Service::new(store, region, Clock::Fixed(now))
}

/// A key document of a multi-Region key whose primary is `primary` as of `epoch`.
fn doc(primary: &str, epoch: u64, state: KeyState) -> KeyRecord {
    KeyRecord {
        key_id: "mrk-0123456789abcdef0123456789abcdef".into(),
        creation_date: 0,
        description: String::new(),
        key_usage: KeyUsageType::ENCRYPT_DECRYPT,
        key_spec: KeySpec::SYMMETRIC_DEFAULT,
        origin: OriginType::AWS_KMS,
        key_manager: KeyManagerType::CUSTOMER,
        key_state: state,
        deletion_date: None,
        pending_window_in_days: Some(7),
        policy: String::new(),
        tags: Vec::new(),
        materials: Vec::new(),
        current_material_id: None,
        rotation: None,
        on_demand_rotations: 0,
        custom_key_store_id: None,
        xks_key_id: None,
        multi_region: Some(MultiRegionRecord {
            primary_region: primary.into(),
            epoch,
            settles_at: None,
        }),
    }
}

/// An UpdatePrimaryRegion cut short after writing the new primary: the highest count wins,
/// whichever Region asks.
#[test]
fn the_highest_primary_count_names_the_primary() {
    let dir = tempfile::TempDir::new().unwrap();
    let svc = service(dir.path(), "us-east-1", 0);
    let store = svc.store();
    store
        .write_key("eu-west-1", &doc("eu-west-1", 1, KeyState::Updating))
        .unwrap();
    store
        .write_key("ap-south-1", &doc("us-east-1", 0, KeyState::Enabled))
        .unwrap();
    let stale = doc("us-east-1", 0, KeyState::Enabled);
    store.write_key("us-east-1", &stale).unwrap();
    for region in ["us-east-1", "eu-west-1", "ap-south-1"] {
        let here = svc.in_region(region);
        let rec = store.load_key(region, &stale.key_id).unwrap().unwrap();
        let rel = related(&here, &rec).unwrap().unwrap();
        assert_eq!(rel.primary, "eu-west-1", "{region}");
        assert_eq!(rel.replicas().count(), 2);
        assert_eq!(is_replica(&here, &rec).unwrap(), region != "eu-west-1");
    }
}

/// A primary left in PendingReplicaDeletion with no replicas (lkms stopped between deleting
/// the last replica and updating the primary) starts its waiting period at the next access.
#[test]
fn a_primary_left_waiting_for_no_replica_moves_on() {
    let dir = tempfile::TempDir::new().unwrap();
    let day = super::super::rotation::DAY_MS;
    let svc = service(dir.path(), "us-east-1", 10 * day + 5);
    let rec = doc("us-east-1", 0, KeyState::PendingReplicaDeletion);
    svc.store().write_key("us-east-1", &rec).unwrap();
    let now = super::super::housekeeping::load(&svc, &rec.key_id)
        .unwrap()
        .unwrap();
    assert_eq!(now.key_state, KeyState::PendingDeletion);
    assert_eq!(now.deletion_date, Some(18 * day));
    let index = svc.store().load_deletions("us-east-1").unwrap();
    assert_eq!(index.get(&rec.key_id), Some(&(18 * day)));
}

#[test]
fn deletion_dates_fall_on_midnight() {
    let day = super::super::rotation::DAY_MS;
    assert_eq!(deletion_date(0, 7), 7 * day);
    assert_eq!(deletion_date(1, 7), 8 * day);
    assert_eq!(deletion_date(day - 1, 30), 31 * day);
}

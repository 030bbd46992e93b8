//! Shared by the multi-Region tests: lkms run in a given Region at a given instant, so that the
//! Creating and Updating states come and go by the clock.
#![allow(dead_code)]

use crate::common::*;
use serde_json::Value;

/// The instant the tests start at.
pub const T0: &str = "2030-01-01T00:00:00Z";
/// A moment later: transient states (one second) are over.
pub const T1: &str = "2030-01-01T00:00:05Z";
/// Later again.
pub const T2: &str = "2030-01-01T00:00:10Z";

pub const PRIMARY: &str = "us-east-1";
pub const REPLICA: &str = "eu-west-1";
pub const THIRD: &str = "ap-southeast-2";

/// `lkms <args> --region <region>` with the clock at `now`.
pub fn at(env: &Env, now: &str, region: &str, args: &[&str]) -> Run {
    let mut all = args.to_vec();
    all.extend(["--region", region]);
    env.run_env(&all, &[("LKMS_NOW", now)])
}

/// [`at`], expecting success; the JSON output (`Null` when there is none).
pub fn ok_at(env: &Env, now: &str, region: &str, args: &[&str]) -> Value {
    let r = at(env, now, region, args);
    assert_eq!(r.code, 0, "lkms {args:?} in {region} failed: {r:?}");
    if r.stdout.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// The key ARN of `key_id` in `region`.
pub fn arn_in(region: &str, key_id: &str) -> String {
    format!("arn:aws:kms:{region}:111122223333:key/{key_id}")
}

/// Creates a multi-Region primary key in PRIMARY at T0 with `extra` create-key flags.
pub fn create_mrk(env: &Env, extra: &[&str]) -> String {
    let mut args = vec!["create-key", "--multi-region"];
    args.extend(extra);
    let v = ok_at(env, T0, PRIMARY, &args);
    v["KeyMetadata"]["KeyId"].as_str().unwrap().to_string()
}

/// Replicates `id` from PRIMARY into `region` at T0; the response.
pub fn replicate(env: &Env, id: &str, region: &str, extra: &[&str]) -> Value {
    let mut args = vec!["replicate-key", "--key-id", id, "--replica-region", region];
    args.extend(extra);
    ok_at(env, T0, PRIMARY, &args)
}

/// The key's metadata in `region` at `now`.
pub fn describe(env: &Env, now: &str, region: &str, id: &str) -> Value {
    ok_at(env, now, region, &["describe-key", "--key-id", id])["KeyMetadata"].clone()
}

/// Expects the service error `code` with exactly `msg` from `op`.
pub fn err(env: &Env, now: &str, region: &str, args: &[&str], op: &str, code: &str, msg: &str) {
    assert_service_err(&at(env, now, region, args), op, code, msg);
}

/// The current key material ID of the key in `region` at `now`.
pub fn current(env: &Env, now: &str, region: &str, id: &str) -> String {
    describe(env, now, region, id)["CurrentKeyMaterialId"]
        .as_str()
        .unwrap()
        .to_string()
}

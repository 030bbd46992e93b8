//! The record of a call: what an operation leaves behind besides its effect. Cryptographic
//! operations record the use of their key here (the data behind GetKeyLastUsage); the audit
//! trail of every call arrives with it. Today nothing is recorded.

use super::Service;
use crate::store::KeyRecord;

/// Records a successful cryptographic use of `key` by operation `op`.
pub fn key_used(_svc: &Service, _op: &str, _key: &KeyRecord) {}

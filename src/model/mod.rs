//! The KMS API's request, response and enum types, generated at build time from the API model
//! (`model/kms.json`, see build/types.rs): the model's names, member order and enums, so no type
//! re-types what the model says. Values with a wire form of their own are in [`values`].

#[macro_use]
mod enums;
pub mod b64;
pub mod json;
pub mod values;

pub use values::*;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A response's secret members (plaintexts, data keys, shared secrets), handed over apart from
/// its serialisation (in which they are skipped) so that only a face turns them into base64.
pub trait TakeSecrets {
    /// Takes the secret members out, by wire name.
    fn take_secrets(&mut self) -> Vec<(&'static str, SecretBlob)> {
        Vec::new()
    }
}

impl TakeSecrets for () {}

include!(concat!(env!("OUT_DIR"), "/types.rs"));

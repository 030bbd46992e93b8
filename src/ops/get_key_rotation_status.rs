//! GetKeyRotationStatus: whether automatic rotation is on, its period and the next rotation date. A
//! key pending deletion reports rotation off (its setting comes back if the deletion is cancelled).

use super::prelude::*;
use crate::steps::rotation::{self, Imported};

op!(keystore "GetKeyRotationStatus", "Prints whether automatic rotation is on and when it next happens.", handle);

/// The request (shared with other operations).
pub type Request = KeyIdRequest;

/// The response.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
#[allow(missing_docs)]
pub struct Response {
    pub key_rotation_enabled: bool,
    pub key_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotation_period_in_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_rotation_date: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_demand_rotation_start_date: Option<Timestamp>,
}

impl Reply for Response {}

/// Runs GetKeyRotationStatus, in the order AWS checks.
pub fn handle(svc: &Service, req: Request) -> Result<Response, Error> {
    let key = keyref::resolve(svc, &req.key_id, Aliases::Refused)?;
    authorise::key(svc, "kms:GetKeyRotationStatus", &key)?;
    rotation::rotatable(svc, &key, Imported::Refused)?;
    let settings = key
        .rotation
        .as_ref()
        .filter(|s| s.enabled && key.key_state != KeyState::PendingDeletion);
    Ok(Response {
        key_rotation_enabled: settings.is_some(),
        key_id: key.key_id.clone(),
        rotation_period_in_days: settings.map(|s| s.period_days),
        next_rotation_date: settings
            .and_then(|s| s.next_rotation)
            .and_then(Timestamp::from_epoch_millis),
        on_demand_rotation_start_date: None,
    })
}

//! LkmsAuditVerify (`lkms audit verify`): checks the audit trail the way CloudTrail's log file
//! integrity validation checks a trail — every record against its MAC and its place in the chain,
//! every closed log file against its signed digest — and reports each edited, removed, inserted or
//! reordered event with its file, line and sequence number. lkms's own operation, command line
//! only; the command exits 1 when anything was found.

use super::prelude::*;
use crate::audit::verify::Report;
use crate::steps::audit;

op!(lkms "LkmsAuditVerify", "Checks the audit trail's chain and signed digests; reports every edited, removed or reordered event.", handle);

/// The request: nothing.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LkmsAuditVerifyRequest {}

impl TakeSecrets for Report {}

/// Runs LkmsAuditVerify.
pub fn handle(svc: &Service, _req: LkmsAuditVerifyRequest) -> Result<Report, Error> {
    audit::verify(svc)
}

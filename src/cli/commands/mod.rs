//! lkms's own subcommands, in names no `aws kms` subcommand uses.

pub mod audit;
pub mod authorize;
pub mod completions;
pub mod credentials;
pub mod hsm_clusters;
pub mod keystore;
pub mod serve;

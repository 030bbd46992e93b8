#![forbid(unsafe_code)]
#![warn(missing_docs)]
//! lkms: `aws kms` on your own machine.
//!
//! One core ([`service::Service`]) over an encrypted, file-based keystore ([`store`]), with the
//! AWS CLI v2 command line as its face ([`cli`]). Data flows one way: face, core, store/crypto.

pub mod cli;
pub mod clock;
pub mod crypto;
pub mod error;
pub mod model;
pub mod server;
pub mod service;
pub mod spec;
pub mod store;

#![forbid(unsafe_code)]
#![warn(missing_docs)]
//! lkms: `aws kms` on your own machine.
//!
//! One core — the operations ([`ops`], one file per KMS operation) over shared steps ([`steps`]) —
//! on an encrypted, file-based keystore ([`store`]) and the cryptography ([`crypto`]), with two
//! faces: the AWS CLI v2 command line ([`cli`]) and the KMS wire protocol ([`server`]). Data flows
//! one way: face → ops → steps → store/crypto. ARCHITECTURE.md is the map.

pub mod access;
pub mod audit;
pub mod cli;
pub mod clock;
pub mod crypto;
pub mod error;
pub mod model;
pub mod ops;
pub mod server;
pub mod spec;
pub mod steps;
pub mod store;
pub mod wire;
pub mod xks;

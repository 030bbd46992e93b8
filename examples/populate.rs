//! Fills a keystore with N symmetric keys through the library, for the scaling benchmarks.
//!
//! Usage: `populate <keystore-dir> <count> [--aliases]` with `LKMS_ROOT_KEY` set. With
//! `--aliases`, key number i also gets the alias `alias/bench-i`.

use lkms::clock::Clock;
use lkms::model::{AliasRequest, CreateKeyRequest};
use lkms::service::Service;
use lkms::store::Keystore;
use lkms::store::rootkey::RootKeyConfig;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, count, rest @ ..] = args.as_slice() else {
        return Err("usage: populate <keystore-dir> <count> [--aliases]".into());
    };
    let count: usize = count.parse()?;
    let aliases = rest.iter().any(|a| a == "--aliases");
    let store = Keystore::open(std::path::Path::new(dir), &RootKeyConfig::from_env())?;
    let service = Service::new(store, "us-east-1", Clock::System);
    for i in 0..count {
        let key = service.create_key(CreateKeyRequest::default())?;
        if aliases {
            service.create_alias(AliasRequest {
                alias_name: format!("alias/bench-{i}"),
                target_key_id: key.key_metadata.key_id,
            })?;
        }
    }
    Ok(())
}

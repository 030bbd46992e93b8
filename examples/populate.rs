//! Fills a keystore with N symmetric keys through the library, for the scaling benchmarks.
//!
//! Usage: `populate <keystore-dir> <count> [--aliases]` with `LKMS_ROOT_KEY` set. With
//! `--aliases`, key number i also gets the alias `alias/bench-i`.

use lkms::clock::Clock;
use lkms::model::{CreateAliasRequest, CreateKeyRequest};
use lkms::ops::{Service, ServiceConfig, create_alias, create_key};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, count, rest @ ..] = args.as_slice() else {
        return Err("usage: populate <keystore-dir> <count> [--aliases]".into());
    };
    let count: usize = count.parse()?;
    let aliases = rest.iter().any(|a| a == "--aliases");
    let service = Service::open(ServiceConfig {
        dir: dir.into(),
        region: "us-east-1".into(),
        clock: Clock::System,
        caller: None,
    })?;
    for i in 0..count {
        let key = create_key::handle(&service, CreateKeyRequest::default())?;
        if let (true, Some(metadata)) = (aliases, key.key_metadata) {
            create_alias::handle(
                &service,
                CreateAliasRequest {
                    alias_name: format!("alias/bench-{i}"),
                    target_key_id: metadata.key_id,
                },
            )?;
        }
    }
    Ok(())
}

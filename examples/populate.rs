//! Fills a keystore with N symmetric keys through the library, for the scaling benchmarks.
//!
//! Usage: `populate <keystore-dir> <count>` with `LKMS_ROOT_KEY` set.

use lkms::clock::Clock;
use lkms::model::CreateKeyRequest;
use lkms::service::Service;
use lkms::store::Keystore;
use lkms::store::rootkey::RootKeyConfig;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or("usage: populate <keystore-dir> <count>")?;
    let count: usize = args.next().ok_or("missing count")?.parse()?;
    let store = Keystore::open(std::path::Path::new(&dir), &RootKeyConfig::from_env())?;
    let service = Service::new(store, "us-east-1", Clock::System);
    for _ in 0..count {
        service.create_key(CreateKeyRequest::default())?;
    }
    Ok(())
}

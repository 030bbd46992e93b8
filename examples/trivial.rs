//! The baseline for `bench/run`: a Rust binary that starts and exits, nothing else.
fn main() {}

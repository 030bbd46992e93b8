#![forbid(unsafe_code)]
//! The `lkms` binary: a thin wrapper around [`lkms::cli::run`].

fn main() {
    let code = lkms::cli::run(std::env::args_os().collect());
    std::process::exit(code);
}

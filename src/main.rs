#![forbid(unsafe_code)]
//! The `lkms` binary: a thin wrapper around [`lkms::cli::run`].

/// mimalloc rather than the system allocator: a server request makes many small allocations on
/// several threads at once, which glibc's malloc serves slowly.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = lkms::cli::run(std::env::args_os().collect());
    std::process::exit(code);
}

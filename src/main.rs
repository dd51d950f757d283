use std::process::ExitCode;

// glibc's allocator kept three times the live heap resident on the 25,000-article benchmark
// (many short-lived strings freed on other threads' arenas); mimalloc returns it and is faster
// at the small allocations extraction makes.
#[global_allocator]
static GLOBAL: recoupe::timing::Counting<mimalloc::MiMalloc> =
    recoupe::timing::Counting(mimalloc::MiMalloc);

fn main() -> ExitCode {
    recoupe::cli::main()
}

use std::process::ExitCode;

// glibc's allocator kept three times the live heap resident on the 25,000-article benchmark
// (many short-lived strings freed on other threads' arenas); mimalloc returns it and is faster
// at the small allocations extraction makes.
#[global_allocator]
static GLOBAL: recoupe::timing::Counting<mimalloc::MiMalloc> =
    recoupe::timing::Counting(mimalloc::MiMalloc);

fn main() -> ExitCode {
    // mimalloc asks the kernel for transparent huge pages, and the kernel zeroes a whole
    // 2 MiB page at the first touch of any byte: on the 25,000-article benchmark that was a
    // seventh of the run's time, in the kernel, and 50 MB more resident than 4 KiB pages.
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE reads no memory of ours; a kernel that refuses it (before
    // 3.15) leaves the process as it was, which is only slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    recoupe::cli::main()
}

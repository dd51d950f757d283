//! Stage timings on standard error when `RECOUPE_TIMINGS` is set: where a slow run spends.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

/// A stopwatch that prints laps when timings are on.
pub struct Timer {
    start: std::cell::Cell<Instant>,
    on: bool,
}

impl Timer {
    /// Starts timing.
    pub fn start() -> Self {
        let on = std::env::var_os("RECOUPE_TIMINGS").is_some();
        if on {
            COUNTING.store(true, Ordering::Relaxed);
        }
        Timer {
            start: std::cell::Cell::new(Instant::now()),
            on,
        }
    }
    /// Prints the time since the last lap under `what`.
    pub fn lap(&self, what: &str) {
        if self.on {
            eprintln!(
                "timing: {what:<28} {:>9.3} s {:>7} MB resident {:>7} MB live",
                self.start.get().elapsed().as_secs_f64(),
                resident_mb().map_or_else(|| "?".to_string(), |m| m.to_string()),
                (LIVE.load(Ordering::Relaxed) as isize) >> 20
            );
        }
        self.start.set(Instant::now());
    }
}

/// The process's resident memory in MB, where `/proc` tells it (Linux): the stage that
/// grows the peak shows in the timings.
fn resident_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// Whether [`Counting`] counts: only when timings are on, so that a normal run pays one
/// relaxed load per allocation.
static COUNTING: AtomicBool = AtomicBool::new(false);

/// Bytes allocated and not yet freed since counting began.
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A global allocator that counts live bytes when timings are on: the resident size of a
/// stage also holds what the allocator keeps for reuse, the live size is what the stage's
/// data takes. A block freed after counting began but allocated before makes the count wrap;
/// counting begins before the corpus is read, so only a few startup blocks can.
pub struct Counting<A>(pub A);

// SAFETY: every call is forwarded to the wrapped allocator unchanged; the counter is only
// arithmetic on the sizes.
unsafe impl<A: GlobalAlloc> GlobalAlloc for Counting<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        self.0.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        self.0.dealloc(ptr, layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        self.0.alloc_zeroed(layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if COUNTING.load(Ordering::Relaxed) {
            LIVE.fetch_add(new_size, Ordering::Relaxed);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        self.0.realloc(ptr, layout, new_size)
    }
}

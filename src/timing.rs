//! Stage timings on standard error when `RECOUPE_TIMINGS` is set: where a slow run spends.

use std::time::Instant;

/// A stopwatch that prints laps when timings are on.
pub struct Timer {
    start: std::cell::Cell<Instant>,
    on: bool,
}

impl Timer {
    /// Starts timing.
    pub fn start() -> Self {
        Timer {
            start: std::cell::Cell::new(Instant::now()),
            on: std::env::var_os("RECOUPE_TIMINGS").is_some(),
        }
    }
    /// Prints the time since the last lap under `what`.
    pub fn lap(&self, what: &str) {
        if self.on {
            eprintln!(
                "timing: {what:<28} {:>9.3} s {:>7} MB resident",
                self.start.get().elapsed().as_secs_f64(),
                resident_mb().map_or_else(|| "?".to_string(), |m| m.to_string())
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

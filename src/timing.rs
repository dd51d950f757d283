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
                "timing: {what:<28} {:>9.3} s",
                self.start.get().elapsed().as_secs_f64()
            );
        }
        self.start.set(Instant::now());
    }
}

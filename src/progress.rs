//! A progress bar on standard error (indicatif) for long runs: off unless the CLI turns it on,
//! which it does only when standard error is a terminal and the output is for a person (not
//! `--quiet`, not JSON, SARIF or jsonl), so CI logs and pipes stay clean. Stages call
//! [`stage`] and [`inc`]; both cost nothing when the bar is off.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::sync::OnceLock;
use std::time::Duration;

static BAR: OnceLock<ProgressBar> = OnceLock::new();

/// Turns the bar on. It appears only once a run has lasted about a second.
pub fn enable() {
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr_with_hz(8));
    bar.set_style(
        ProgressStyle::with_template("{spinner} {msg:<12} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    // Hidden until a second has passed: short runs print nothing.
    bar.set_draw_target(ProgressDrawTarget::hidden());
    let b = bar.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(1));
        if !b.is_finished() {
            b.set_draw_target(ProgressDrawTarget::stderr_with_hz(8));
        }
    });
    let _ = BAR.set(bar);
}

/// Starts a stage of `len` steps.
pub fn stage(name: &str, len: usize) {
    if let Some(b) = BAR.get() {
        b.set_message(name.to_string());
        b.set_length(len as u64);
        b.set_position(0);
    }
}

/// One more step done.
pub fn inc() {
    if let Some(b) = BAR.get() {
        b.inc(1);
    }
}

/// Removes the bar before the report is printed.
pub fn finish() {
    if let Some(b) = BAR.get() {
        b.finish_and_clear();
    }
}

//! (d) `recoupe.toml` of arbitrary text: parsing and checking never panic, and a parsed
//! configuration's policy judges the findings of a small fixture.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::config::Config;
use recoupe::rules::{Policy, Registry};
use std::sync::OnceLock;

fn fixture() -> &'static (Analysis, Registry) {
    static A: OnceLock<(Analysis, Registry)> = OnceLock::new();
    A.get_or_init(|| {
        common::setup();
        let an = Analysis::from_texts(&[
            (
                "a.md".to_string(),
                "Titre\n\nLe gouvernement a parlé . Le gouvernemnt a parlé.\n<!-- recoupe-ignore spelling -->\nIl est parti ,vite.\n".to_string(),
            ),
            (
                "wire/b.txt".to_string(),
                "Titre\n\nLe gouvernement a parlé mercredi 5 février 2026.\n".to_string(),
            ),
        ]);
        (an, Registry::builtin())
    })
}

fuzz_target!(|data: &[u8]| {
    let (an, reg) = fixture();
    let Ok(src) = std::str::from_utf8(&data[..data.len().min(common::MAX_INPUT)]) else {
        return;
    };
    let Ok(cfg) = Config::parse(std::path::Path::new("recoupe.toml"), src) else {
        return;
    };
    if cfg.check_names(&reg.names()).is_err() {
        return;
    }
    let policy = Policy::of(an, &cfg);
    let findings = reg.run_with(an, &policy);
    let _ = policy.unused_ignores();
    common::check(an, &findings, reg);
});

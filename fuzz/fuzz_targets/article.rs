//! (a) One article of arbitrary bytes: load checks, segmentation, extraction, every article
//! rule and every renderer.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::rules::{Registry, Settings};
use std::sync::OnceLock;

fn registry() -> &'static Registry {
    static R: OnceLock<Registry> = OnceLock::new();
    R.get_or_init(|| {
        common::setup();
        Registry::builtin()
    })
}

fuzz_target!(|data: &[u8]| {
    let reg = registry();
    let data = &data[..data.len().min(common::MAX_INPUT)];
    // What the loader accepts; what it refuses becomes a finding, tested elsewhere.
    let Ok(text) = recoupe::corpus::decode(data.to_vec()) else {
        return;
    };
    let an = Analysis::from_texts(&[("a.md".to_string(), text)]);
    let findings = reg.run(&an, &Settings::default());
    common::check(&an, &findings, reg);
});

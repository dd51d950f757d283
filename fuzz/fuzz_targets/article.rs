//! (a) One article of arbitrary bytes: load checks, segmentation, extraction, every article
//! rule and every renderer.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::rules::Settings;

fuzz_target!(|data: &[u8]| {
    let reg = common::registry();
    let data = &data[..data.len().min(common::MAX_INPUT)];
    // What the loader accepts; what it refuses becomes a finding, tested elsewhere.
    let Ok(text) = recoupe::corpus::decode(data.to_vec()) else {
        return;
    };
    let an = Analysis::from_texts(&[("a.md".to_string(), text)]);
    let findings = reg.run(&an, &Settings::default());
    common::check(&an, &findings, reg);
});

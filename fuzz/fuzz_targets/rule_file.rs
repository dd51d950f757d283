//! (c) A rule file of arbitrary text: compile, the rules' own examples (`recoupe test`), then
//! linting a small fixture with the compiled rules.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::rules::{run_examples, Registry, Settings};
use std::sync::OnceLock;

const FIXTURE: &str =
    "Titre\n\nLe président chinois Xi Jinping s'est entretenu mercredi 4 février 2026 \
avec Vladimir Poutine à Pékin. Au moins 12 personnes ont été blessées, selon le Kremlin.\n";

fn fixture() -> &'static Analysis {
    static A: OnceLock<Analysis> = OnceLock::new();
    A.get_or_init(|| {
        common::setup();
        Analysis::from_texts(&[("a.md".to_string(), FIXTURE.to_string())])
    })
}

fuzz_target!(|data: &[u8]| {
    let an = fixture();
    let Ok(src) = std::str::from_utf8(&data[..data.len().min(common::MAX_INPUT)]) else {
        return;
    };
    let Ok(rules) = recoupe::rules::custom::compile("fuzz.toml", src) else {
        // A refused file is an error with a place; building it must not panic either.
        return;
    };
    let mut reg = Registry::default();
    for r in rules {
        let _ = run_examples(r.as_ref());
        reg.add(r);
    }
    let findings = reg.run(an, &Settings::default());
    common::check(an, &findings, &reg);
});

//! (d) `recoupe.toml` of arbitrary text: parsing and checking never panic, and a parsed
//! configuration applies to findings.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::config::Config;
use recoupe::rules::Registry;
use std::sync::OnceLock;

fn fixture() -> &'static (Analysis, Vec<recoupe::finding::Finding>) {
    static A: OnceLock<(Analysis, Vec<recoupe::finding::Finding>)> = OnceLock::new();
    A.get_or_init(|| {
        common::setup();
        let an = Analysis::from_texts(&[(
            "a.md".to_string(),
            "Titre\n\nLe gouvernement a parlé . Le gouvernemnt a parlé.\n".to_string(),
        )]);
        let f = Registry::builtin().run(&an, &Default::default());
        (an, f)
    })
}

fuzz_target!(|data: &[u8]| {
    let (an, findings) = fixture();
    let Ok(src) = std::str::from_utf8(&data[..data.len().min(common::MAX_INPUT)]) else {
        return;
    };
    if let Ok(cfg) = Config::parse(std::path::Path::new("recoupe.toml"), src) {
        let (kept, _) = cfg.apply(an, findings.clone());
        let reg = Registry::builtin();
        common::check(an, &kept, &reg);
    }
});

//! (b) Two or three articles built from arbitrary text: alignment, events, claims and the
//! cross-article rules. A byte 0xFF (never in UTF-8) separates the articles.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use recoupe::analysis::Analysis;
use recoupe::rules::Settings;

fuzz_target!(|data: &[u8]| {
    let reg = common::registry();
    // Two or three articles share 2 KB: the cross-article stages cost more per byte.
    let data = &data[..data.len().min(common::MAX_INPUT / 2)];
    let articles: Vec<(String, String)> = data
        .split(|&b| b == 0xFF)
        .take(3)
        .enumerate()
        .map(|(i, part)| {
            // Every article gets a title line, so that the body is read as news text.
            let body = String::from_utf8_lossy(part).replace('\0', " ");
            (format!("{i}.md"), format!("Titre\n\n{body}\n"))
        })
        .collect();
    let an = Analysis::from_texts(&articles);
    let findings = reg.run(&an, &Settings::default());
    common::check(&an, &findings, reg);
});

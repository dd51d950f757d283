//! What every target checks: spans inside the text, on character boundaries, and every
//! renderer runs on the findings.

use recoupe::analysis::Analysis;
use recoupe::finding::{Finding, Label};
use recoupe::report::{github, human, json, sarif, short, Summary};
use recoupe::rules::Registry;

/// Inputs are capped so that the article targets stay fast (the campaign of issue 11 got
/// 20-70 runs/s on uncapped input); cost that grows with size is measured by
/// `scripts/hostile.py`, not here.
pub const MAX_INPUT: usize = 4096;

/// Spelling suggestions from Hunspell are the slowest per-word work and not what is fuzzed.
pub fn setup() {
    std::env::set_var("RECOUPE_DICTIONARY", "none");
}

/// The built-in rules, built once per process.
#[allow(dead_code)] // not every target lints with the built-in rules
pub fn registry() -> &'static Registry {
    static R: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
    R.get_or_init(|| {
        setup();
        Registry::builtin()
    })
}

fn check_label(an: &Analysis, l: &Label) {
    let a = an.corpus.get(l.article);
    let (s, e) = (l.span.start(), l.span.end());
    assert!(
        s <= e && e <= a.text.len(),
        "span {s}..{e} outside {} bytes",
        a.text.len()
    );
    assert!(
        a.text.is_char_boundary(s),
        "span start {s} inside a character"
    );
    assert!(
        a.text.is_char_boundary(e),
        "span end {e} inside a character"
    );
}

/// Asserts the invariants of `findings` and renders them in every format.
pub fn check(an: &Analysis, findings: &[Finding], registry: &Registry) {
    for f in findings {
        check_label(an, &f.primary);
        f.related.iter().for_each(|l| check_label(an, l));
        assert!(
            !f.message.contains('\n'),
            "newline in message {:?}",
            f.message
        );
    }
    let summary = Summary::new(findings, an.corpus.articles.len(), an.event_count());
    let j = json::render(an, findings, summary);
    let v: serde_json_check::Value = serde_json_check::from_str(&j).expect("JSON parses");
    assert_eq!(v["version"], 1);
    let _ = short::render(an, findings);
    let _ = github::render(an, findings);
    let _ = sarif::render(an, findings, registry);
    let _ = human::render(
        an,
        findings,
        human::HumanOptions {
            color: false,
            width: 80,
        },
    );
}

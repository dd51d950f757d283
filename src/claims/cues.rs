//! Cues in the words around a fact that change what it is about: a whole ("sur 630"), a
//! shortfall ("il lui a manqué six voix"), an age ("à l'âge de 91 ans"), whose count it is
//! ("selon la CGT"), where a happening was only felt ("ressentie jusqu'à Bangkok"), a
//! publication stamp ("04/05/2025 à 09:20").

use crate::corpus::Article;
use crate::finding::Span;
use crate::text::{floor_boundary, fold};

/// Up to `n` bytes of the article's text before byte `at` (on a character boundary).
fn before(a: &Article, at: usize, n: usize) -> &str {
    &a.text[floor_boundary(&a.text, at.saturating_sub(n))..at]
}

/// Up to `n` bytes of the article's text after byte `at` (on a character boundary).
fn after(a: &Article, at: usize, n: usize) -> &str {
    &a.text[at..floor_boundary(&a.text, at + n)]
}

/// True for a number that gives the whole of a part just stated: "325 voix sur 630", "325 of
/// 630 votes", "3 out of 4".
pub(super) fn is_total(a: &Article, fig: Span) -> bool {
    static PART_OF: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let before = before(a, fig.start(), 40);
    PART_OF
        .get_or_init(|| {
            regex::Regex::new(r"(?i)\d\s*(?:\p{L}+\s+)?(?:sur|of|out of)\s+$")
                .expect("part-of pattern compiles")
        })
        .is_match(before)
}

/// True for a number that gives someone's age: "à l'âge de 91 ans", "âgé de 45 ans", "mort à
/// 91 ans", "Armani, 91 ans,", "aged 91", "at the age of 91", "died at 91", "the 69-year-old".
pub(super) fn is_age(a: &Article, fig: Span) -> bool {
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let written = a.slice(fig);
    if written.ends_with("-year-old") || written.ends_with("-years-old") {
        return true;
    }
    let before = before(a, fig.start(), 40);
    let after = after(a, fig.end(), 16);
    let years_after = AFTER
        .get_or_init(|| {
            regex::Regex::new(r"(?i)^(?:\s*ans\b|-year-old|\s+years?\s+old\b)")
                .expect("age pattern compiles")
        })
        .is_match(after);
    let age_before = BEFORE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:\bl['’]âge de|\bâgée?s? de|\bagée?s? de|\bage of|\baged|\b(?:died|dies|dead) at|\b(?:mort|morte|décédée?|eteinte?|éteinte?)\s+à)\s*$",
        )
        .expect("age pattern compiles")
    });
    // "Giorgio Armani, 91 ans, ...": an apposition after a name.
    // "s'est éteint jeudi, à 91 ans": "à N ans" is an age.
    let b = before.trim_end();
    let apposition = years_after && (b.ends_with(',') || b.ends_with(" à") || b.ends_with(" at"));
    age_before.is_match(before) || apposition
}

/// Who a figure is attributed to, within its clause: "45 000 selon la police" (police),
/// "according to the unions" (unions), "selon la CGT, 1,2 million" (cgt), folded.
pub(super) fn attribution(a: &Article, sentence: Span, fig: Span) -> Option<String> {
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    const CUE: &str =
        r"(?:selon|d['’]après|according to)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?P<by>\p{L}+)";
    let end = floor_boundary(&a.text, (fig.end() + 80).min(sentence.end()));
    let after = &a.text[fig.end()..end];
    let clause_after = &after[..after.find([',', ';', '.']).unwrap_or(after.len())];
    let start = floor_boundary(
        &a.text,
        fig.start().saturating_sub(80).max(sentence.start()),
    );
    let before = &a.text[start..fig.start()];
    let clause_before = &before[before.rfind([';', '.']).map_or(0, |i| i + 1)..];
    let after_re = AFTER.get_or_init(|| {
        regex::Regex::new(&format!(r"(?i)\b{CUE}")).expect("attribution pattern compiles")
    });
    let before_re = BEFORE.get_or_init(|| {
        regex::Regex::new(&format!(r"(?i)\b{CUE}[^,;.]*,?\s*$"))
            .expect("attribution pattern compiles")
    });
    after_re
        .captures(clause_after)
        .or_else(|| before_re.captures(clause_before))
        .map(|c| fold(&c["by"]))
}

/// True when a place is where a happening was felt or reached ("ressentie jusqu'à Bangkok",
/// "felt in Bangkok", "ressentie à Rabat"), not where it happened.
pub(super) fn felt_at(a: &Article, sentence: Span, place: Span) -> bool {
    let before = fold(
        &a.text[floor_boundary(
            &a.text,
            place.start().saturating_sub(48).max(sentence.start()),
        )..place.start()],
    );
    let before = before.trim_end();
    before.ends_with("jusqu'a")
        || before.ends_with("jusqu’a")
        || ["ressenti", "ressentie", "ressentis", "ressenties", "felt"]
            .iter()
            .any(|w| {
                before
                    .rsplit_once(w)
                    .is_some_and(|(_, rest)| rest.split_whitespace().count() <= 3)
            })
}

/// True for a number that counts what was missing: "il lui a manqué six voix", "six votes
/// short of a majority", "il manquait 12 sièges".
pub(super) fn is_shortfall(a: &Article, fig: Span) -> bool {
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let before = before(a, fig.start(), 32);
    let after = after(a, fig.end(), 32);
    BEFORE
        .get_or_init(|| {
            regex::Regex::new(r"(?i)\b(?:manqu\p{L}*|missing|lacking)\s+(?:\p{L}+\s+)?$")
                .expect("shortfall pattern compiles")
        })
        .is_match(before)
        || AFTER
            .get_or_init(|| {
                regex::Regex::new(r"(?i)^\s*(?:\p{L}+\s+)?(?:short|shy)\b")
                    .expect("shortfall pattern compiles")
            })
            .is_match(after)
}

/// True for a date written in figures and followed by a clock time ("04/05/2025 à 09:20",
/// "2025-05-04 09:20"): the stamp of a publication or an update left in the text, not the
/// day of what the sentence reports.
pub(super) fn is_timestamp(a: &Article, date: Span) -> bool {
    static CLOCK: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let written = a.slice(date);
    if !written.contains(['/', '-']) || !written.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = after(a, date.end(), 16);
    CLOCK
        .get_or_init(|| {
            regex::Regex::new(r"^\s*(?:à|a|at|,|-)?\s*\d{1,2}[:h]\d{2}")
                .expect("clock pattern compiles")
        })
        .is_match(rest)
}

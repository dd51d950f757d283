//! Nationality adjectives ("chinois", "Chinese") and the country they name, from
//! `rules/lexicon/demonyms.toml`.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    demonyms: HashMap<String, Vec<String>>,
    peoples: Peoples,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Peoples {
    words: Vec<String>,
}

struct Demonyms {
    /// Folded whole words → country code.
    exact: HashMap<String, &'static str>,
    /// Folded stems ("chinois" for chinoise, chinoises) → country code, longest first,
    /// by first letter: every person's preceding word is looked up.
    stems: HashMap<char, Vec<(String, &'static str)>>,
    /// Peoples with no country ("kurde*"), folded; a trailing `*` marks a stem.
    peoples: Vec<String>,
}

fn demonyms() -> &'static Demonyms {
    static D: OnceLock<Demonyms> = OnceLock::new();
    D.get_or_init(|| {
        let f: File = toml::from_str(include_str!("../../rules/lexicon/demonyms.toml"))
            .expect("rules/lexicon/demonyms.toml is checked by tests");
        let mut d = Demonyms {
            exact: HashMap::new(),
            stems: HashMap::new(),
            peoples: f.peoples.words.iter().map(|w| fold(w)).collect(),
        };
        let mut codes: Vec<(String, Vec<String>)> = f.demonyms.into_iter().collect();
        codes.sort();
        for (code, words) in codes {
            // A few hundred bytes, kept for the life of the process like the lexicons.
            let code: &'static str = Box::leak(code.into_boxed_str());
            for w in words {
                match w.strip_suffix('*') {
                    Some(stem) => {
                        let stem = fold(stem);
                        let first = stem.chars().next().unwrap_or(' ');
                        d.stems.entry(first).or_default().push((stem, code));
                    }
                    None => {
                        d.exact.insert(fold(&w), code);
                    }
                }
            }
        }
        for stems in d.stems.values_mut() {
            stems.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        }
        d
    })
}

/// True for a people with no country of its own ("Kurde", "Uyghurs"): a word that names
/// no one, as a nationality does.
pub fn is_people(word: &str) -> bool {
    let w = fold(word);
    demonyms()
        .peoples
        .iter()
        .any(|p| match p.strip_suffix('*') {
            Some(stem) => stem_matches(&w, stem),
            None => *p == w,
        })
}

/// True for a nationality ("chinoise") or a people ("Kurde"): a capitalised word that is no
/// one's name.
pub fn is_nationality(word: &str) -> bool {
    country_of(word).is_some() || is_people(word)
}

/// The country code a nationality adjective names: `chinoise` → `CN`, `Irish` → `IE`.
pub fn country_of(word: &str) -> Option<&'static str> {
    // Every nationality is four letters or more ("turc", "thai").
    if word.len() < 4 {
        return None;
    }
    let d = demonyms();
    let w = fold(word);
    if let Some(c) = d.exact.get(&w) {
        return Some(c);
    }
    d.stems
        .get(&w.chars().next()?)?
        .iter()
        .find(|(s, _)| stem_matches(&w, s))
        .map(|(_, c)| *c)
}

/// True when the folded word `w` is the stem `stem` run on by an ending of at most three
/// letters ("chinois" for "chinoises"): one rule for nationalities and peoples alike.
fn stem_matches(w: &str, stem: &str) -> bool {
    w.starts_with(stem) && w.len() <= stem.len() + 3
}

/// The country a capitalised abbreviation names when it qualifies a noun, as English writes
/// it ("US troops", "UK nationals"): too short for [`country_of`], which reads adjectives.
pub fn country_of_abbreviation(word: &str) -> Option<&'static str> {
    match word {
        "US" | "U.S." => Some("US"),
        "UK" | "U.K." => Some("GB"),
        _ => None,
    }
}

/// The country a country's abbreviation starting at token `k` names, and how many tokens it
/// spans: one for "US", four for "U.S." (which the tokenizer splits at its stops).
pub fn abbreviation_at(
    text: &str,
    toks: &[crate::text::Token],
    k: usize,
) -> Option<(&'static str, usize)> {
    let first = toks.get(k)?;
    (1..=4).rev().find_map(|n| {
        let last = toks.get(k + n - 1)?;
        // The slice keeps any space between the tokens: "U. S." is two initials.
        let s = text.get(first.span.start()..last.span.end())?;
        country_of_abbreviation(s).map(|c| (c, n))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_abbreviation_split_at_its_stops_still_names_its_country() {
        let lex = crate::lexicon::Lexicons::get();
        let text = "13 U.S. troops and UK nationals, U. S. aside";
        let mut toks = Vec::new();
        crate::text::tokenize(text, 0..text.len(), lex, &mut toks);
        let at = |w: &str| {
            let i = toks
                .iter()
                .position(|t| t.span.start() == text.find(w).expect("in the text"))
                .expect("a token");
            abbreviation_at(text, &toks, i)
        };
        assert_eq!(at("U.S."), Some(("US", 4)));
        assert_eq!(at("UK"), Some(("GB", 1)));
        // Spaced out, it is two initials.
        assert_eq!(at("U. S."), None);
    }

    #[test]
    fn adjectives_name_their_country_in_both_languages() {
        assert_eq!(country_of("chinoises"), Some("CN"));
        assert_eq!(country_of("Chinese"), Some("CN"));
        assert_eq!(country_of("irlandais"), Some("IE"));
        assert_eq!(country_of("Turque"), Some("TR"));
        assert_eq!(country_of("russe"), Some("RU"));
        assert_eq!(country_of("nord-coréen"), Some("KP"));
        assert_eq!(country_of("américaine"), Some("US"));
        assert_eq!(country_of("chinoiserie"), None);
        assert_eq!(country_of("président"), None);
    }
}

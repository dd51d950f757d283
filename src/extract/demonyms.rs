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
}

struct Demonyms {
    /// Folded whole words → country code.
    exact: HashMap<String, &'static str>,
    /// Folded stems ("chinois" for chinoise, chinoises) → country code, longest first,
    /// by first letter: every person's preceding word is looked up.
    stems: HashMap<char, Vec<(String, &'static str)>>,
}

fn demonyms() -> &'static Demonyms {
    static D: OnceLock<Demonyms> = OnceLock::new();
    D.get_or_init(|| {
        let f: File = toml::from_str(include_str!("../../rules/lexicon/demonyms.toml"))
            .expect("rules/lexicon/demonyms.toml is checked by tests");
        let mut d = Demonyms {
            exact: HashMap::new(),
            stems: HashMap::new(),
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
        .find(|(s, _)| w.starts_with(s.as_str()) && w.len() <= s.len() + 3)
        .map(|(_, c)| *c)
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

#[cfg(test)]
mod tests {
    use super::*;

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

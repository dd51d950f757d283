//! Word lists and patterns kept as data in `rules/lexicon/`, embedded in the binary at build
//! time so that an installed `recoupe` works anywhere.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StructureFile {
    boilerplate: Vec<String>,
    credits: Vec<String>,
    bylines: Vec<String>,
    byline_max_words: usize,
    elisions: Vec<String>,
    abbreviations: Vec<String>,
}

/// The shipped lexicons, folded and ready for lookups.
#[derive(Debug)]
pub struct Lexicons {
    /// Folded boilerplate words and phrases.
    pub boilerplate: HashSet<String>,
    /// Folded caption/credit cues (substrings).
    pub credits: Vec<String>,
    /// Folded byline openings.
    pub bylines: Vec<String>,
    /// Longest line (in words) that can be a byline.
    pub byline_max_words: usize,
    elisions: HashSet<String>,
    abbreviations: HashSet<String>,
}

static STRUCTURE: &str = include_str!("../rules/lexicon/structure.toml");

impl Lexicons {
    /// The shipped lexicons (parsed once).
    pub fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(|| {
            let s: StructureFile = toml::from_str(STRUCTURE)
                .expect("rules/lexicon/structure.toml is checked by tests");
            Lexicons {
                boilerplate: s.boilerplate.iter().map(|w| fold(w)).collect(),
                credits: s.credits.iter().map(|w| fold(w)).collect(),
                bylines: s.bylines.iter().map(|w| fold(w)).collect(),
                byline_max_words: s.byline_max_words,
                elisions: s.elisions.iter().map(|w| fold(w)).collect(),
                abbreviations: s.abbreviations.into_iter().collect(),
            }
        })
    }

    /// True for `l`, `d`, `qu`... (any case).
    pub fn is_elision(&self, word: &str) -> bool {
        word.len() <= 8 && self.elisions.contains(&fold(word))
    }

    /// True for abbreviations that take a period (`M`, `Mme`, `Dr`).
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(word)
    }
}

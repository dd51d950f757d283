//! Word lists and patterns kept as data in `rules/lexicon/`, embedded in the binary at build
//! time so that an installed `recoupe` works anywhere.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeLang {
    months: Vec<Vec<String>>,
    weekdays: Vec<String>,
    forward: Vec<String>,
    future_endings: Vec<String>,
    #[serde(default)]
    conditional_endings: Vec<String>,
    not_verbs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeFile {
    fr: TimeLang,
    en: TimeLang,
    #[serde(default)]
    holiday: Vec<Holiday>,
}

/// A holiday on a fixed day of the year, by its names in either language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Holiday {
    month: u32,
    day: u32,
    names: Vec<String>,
}

/// Calendar words of one language.
#[derive(Debug)]
pub struct Calendar {
    /// Month names by month (index 0 is January); the first of each is the canonical name.
    pub months: Vec<Vec<String>>,
    /// Weekday names, Monday first.
    pub weekdays: Vec<String>,
    /// Folded words that point a bare weekday or month forward.
    pub forward: HashSet<String>,
    /// Future-tense endings.
    pub future_endings: Vec<String>,
    /// Folded words with those endings that are not verbs.
    pub not_verbs: HashSet<String>,
    /// Conditional endings, matched on the lowercased word as written (accents kept).
    pub conditional_endings: Vec<String>,
}

impl Calendar {
    fn from(t: TimeLang) -> Self {
        Calendar {
            months: t.months,
            weekdays: t.weekdays,
            forward: t.forward.iter().map(|w| fold(w)).collect(),
            future_endings: t.future_endings,
            not_verbs: t.not_verbs.iter().map(|w| fold(w)).collect(),
            conditional_endings: t.conditional_endings,
        }
    }
    /// Month number (1–12) of a name, matched case-insensitively.
    pub fn month(&self, name: &str) -> Option<u32> {
        let f = fold(name);
        self.months
            .iter()
            .position(|ms| ms.iter().any(|m| fold(m) == f))
            .map(|i| i as u32 + 1)
    }
    /// Weekday index (0 = Monday) of a name.
    pub fn weekday(&self, name: &str) -> Option<u32> {
        let f = fold(name);
        self.weekdays
            .iter()
            .position(|w| fold(w) == f)
            .map(|i| i as u32)
    }
    /// True when a word as written points forward: [`Calendar::is_forward`] on its folded
    /// form, or a conditional, which reported speech uses for a future ("ils sont convenus
    /// que les ministres se rencontreraient le 10"). Read before folding because the
    /// imperfect of "-érer" verbs ("espéraient") ends as a conditional does once accents go.
    pub fn is_forward_as_written(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.is_forward(&fold(&lower))
            || self.conditional_endings.iter().any(|e| {
                // "serait", "ferait": a stem this short is "être" or "faire", whose
                // conditional hedges a claim ("le bilan serait de 30 morts") as often as
                // it tells a future.
                lower
                    .strip_suffix(e.as_str())
                    .is_some_and(|stem| stem.chars().count() >= 3)
            })
    }
    /// True when a folded word points forward in time.
    pub fn is_forward(&self, folded_word: &str) -> bool {
        if self.forward.contains(folded_word) {
            return true;
        }
        folded_word.chars().count() >= 6
            && !self.not_verbs.contains(folded_word)
            && self
                .future_endings
                .iter()
                .any(|e| folded_word.ends_with(e.as_str()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StructureFile {
    boilerplate: Vec<String>,
    credits: Vec<String>,
    bylines: Vec<String>,
    byline_max_words: usize,
    wire_credits: Vec<String>,
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
    /// Folded openings of a wire story's closing credit, inside its brackets.
    pub wire_credits: Vec<String>,
    elisions: HashSet<String>,
    abbreviations: HashSet<String>,
    /// French calendar words.
    pub fr: Calendar,
    /// English calendar words.
    pub en: Calendar,
    /// Every month and weekday name of both languages, folded.
    calendar_words: HashSet<String>,
    /// Names of holidays on a fixed day ("New Year's Day", "le jour de Noël"), folded, with
    /// their month and day.
    pub holidays: Vec<(String, u32, u32)>,
}

static STRUCTURE: &str = include_str!("../rules/lexicon/structure.toml");
static TIME: &str = include_str!("../rules/lexicon/time.toml");

impl Lexicons {
    /// True when a folded word names a month or a weekday in either language.
    pub fn is_calendar_word(&self, folded: &str) -> bool {
        self.calendar_words.contains(folded)
    }

    /// The shipped lexicons (parsed once).
    pub fn get() -> &'static Lexicons {
        static LEX: OnceLock<Lexicons> = OnceLock::new();
        LEX.get_or_init(|| {
            let s: StructureFile = toml::from_str(STRUCTURE)
                .expect("rules/lexicon/structure.toml is checked by tests");
            let t: TimeFile =
                toml::from_str(TIME).expect("rules/lexicon/time.toml is checked by tests");
            Lexicons {
                boilerplate: s.boilerplate.iter().map(|w| fold(w)).collect(),
                credits: s.credits.iter().map(|w| fold(w)).collect(),
                bylines: s.bylines.iter().map(|w| fold(w)).collect(),
                byline_max_words: s.byline_max_words,
                wire_credits: s.wire_credits.iter().map(|w| fold(w)).collect(),
                elisions: s.elisions.iter().map(|w| fold(w)).collect(),
                abbreviations: s.abbreviations.into_iter().collect(),
                calendar_words: [&t.fr, &t.en]
                    .iter()
                    .flat_map(|c| c.weekdays.iter().chain(c.months.iter().flatten()))
                    .map(|w| fold(w))
                    .collect(),
                holidays: t
                    .holiday
                    .iter()
                    .flat_map(|h| h.names.iter().map(|n| (fold(n), h.month, h.day)))
                    .collect(),
                fr: Calendar::from(t.fr),
                en: Calendar::from(t.en),
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

//! Extraction: the facts of each article (dates, figures, entities, quotes) with spans and
//! resolved values. Rules compare facts, never raw text.

pub mod dates;
pub mod demonyms;
pub mod entities;
pub mod figures;
pub mod gazetteer;
pub mod quotes;
pub mod timezone;
pub mod titles;

use crate::corpus::Article;
use serde::Serialize;

pub use dates::DateFact;
pub use entities::{EntityFact, EntityKind};
pub use figures::FigureFact;
pub use quotes::QuoteFact;

use crate::text::fold;
use serde::Deserialize;
use std::sync::OnceLock;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    /// Dates.
    pub dates: Vec<DateFact>,
    /// Figures.
    pub figures: Vec<FigureFact>,
    /// Entity mentions.
    pub entities: Vec<EntityFact>,
    /// Quotations.
    pub quotes: Vec<QuoteFact>,
    /// Times of day, in text order (read once here; claims and the time-zone rule use them).
    #[serde(skip)]
    pub times: Vec<crate::claims::TimeOfDay>,
    /// Kinds of fact cut at [`MAX_FACTS`], with how many the article held.
    #[serde(skip)]
    pub truncated: Vec<(&'static str, usize)>,
}

/// Facts of one kind kept from one article at most (in text order). A real article holds
/// dozens; a pathological file (a table of a million figures) would otherwise make every
/// later stage work on it. `structure/bad-input` says when an article was cut.
pub const MAX_FACTS: usize = 20_000;

fn cap<T>(v: &mut Vec<T>, kind: &'static str, truncated: &mut Vec<(&'static str, usize)>) {
    if v.len() > MAX_FACTS {
        truncated.push((kind, v.len()));
        v.truncate(MAX_FACTS);
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StopFile {
    fr: Vec<String>,
    en: Vec<String>,
}

/// Every word of every paragraph is looked up here: a fast hash rather than SipHash.
type WordSet = rustc_hash::FxHashSet<String>;

struct Stop {
    all: WordSet,
    fr: WordSet,
    en: WordSet,
}

fn stop() -> &'static Stop {
    static S: OnceLock<Stop> = OnceLock::new();
    S.get_or_init(|| {
        let f: StopFile = toml::from_str(include_str!("../../rules/lexicon/stopwords.toml"))
            .expect("rules/lexicon/stopwords.toml is checked by tests");
        let fr: WordSet = f.fr.iter().map(|w| fold(w)).collect();
        let en: WordSet = f.en.iter().map(|w| fold(w)).collect();
        Stop {
            all: fr.union(&en).cloned().collect(),
            fr,
            en,
        }
    })
}

/// True for a folded given name that is also a word of the language ("jimmy", "pierre"):
/// `rules/lexicon/given-names.toml`.
pub fn is_word_given_name(folded: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct File {
        words: Vec<String>,
    }
    static S: OnceLock<WordSet> = OnceLock::new();
    S.get_or_init(|| {
        let f: File = toml::from_str(include_str!("../../rules/lexicon/given-names.toml"))
            .expect("rules/lexicon/given-names.toml is checked by tests");
        f.words.iter().map(|w| fold(w)).collect()
    })
    .contains(folded)
}

/// Folded function words of French and English (`rules/lexicon/stopwords.toml`).
pub fn stopwords() -> &'static rustc_hash::FxHashSet<String> {
    &stop().all
}

/// Folded function words of one language, when recoupe has them.
pub fn stopwords_of(lang: crate::lang::Lang) -> Option<&'static rustc_hash::FxHashSet<String>> {
    match lang {
        crate::lang::Lang::Fr => Some(&stop().fr),
        crate::lang::Lang::En => Some(&stop().en),
        _ => None,
    }
}

/// Extracts the facts of one article.
pub fn extract(a: &Article) -> Facts {
    if !a.is_readable() {
        return Facts::default();
    }
    let dates = dates::extract(a);
    let times: Vec<crate::claims::TimeOfDay> = a
        .text_sentences()
        .flat_map(|s| crate::claims::times_of_day(a.slice(s.span), s.span.start()))
        .collect();
    // Dates and times of day are not counts: "11:20 p.m." holds no figure 11 or 20. A
    // period counted from the date line ("within 60 days", "d'ici 50 jours") is a duration
    // too, which the reports that write "dans un délai de 60 jours" give as a figure.
    let mut taken: Vec<_> = dates
        .iter()
        .filter(|d| {
            !(d.form == dates::DateForm::Relative
                && d.precision == dates::Precision::Range
                && a.slice(d.span).contains(|c: char| c.is_ascii_digit()))
        })
        .map(|d| d.span)
        .collect();
    taken.extend(times.iter().map(|t| t.span));
    taken.sort_by_key(|s| (s.start, s.end));
    let figures = figures::extract(a, &taken);
    let entities = entities::extract(a);
    let quotes = quotes::extract(a, &entities);
    let mut f = Facts {
        dates,
        figures,
        entities,
        quotes,
        times,
        truncated: Vec::new(),
    };
    cap(&mut f.dates, "dates", &mut f.truncated);
    cap(&mut f.figures, "figures", &mut f.truncated);
    cap(&mut f.entities, "names", &mut f.truncated);
    cap(&mut f.quotes, "quotations", &mut f.truncated);
    cap(&mut f.times, "times of day", &mut f.truncated);
    // Facts stay in memory until the report: no growth slack.
    f.dates.shrink_to_fit();
    f.figures.shrink_to_fit();
    f.entities.shrink_to_fit();
    f.quotes.shrink_to_fit();
    f.times.shrink_to_fit();
    f
}

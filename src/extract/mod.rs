//! Extraction: the facts of each article (dates, figures, entities, quotes) with spans and
//! resolved values. Rules compare facts, never raw text.

pub mod dates;
pub mod entities;
pub mod figures;
pub mod gazetteer;
pub mod quotes;

use crate::corpus::Article;
use serde::Serialize;

pub use dates::DateFact;
pub use entities::{EntityFact, EntityKind};
pub use figures::FigureFact;
pub use quotes::QuoteFact;

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashSet;
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StopFile {
    fr: Vec<String>,
    en: Vec<String>,
}

/// Folded function words of French and English (`rules/lexicon/stopwords.toml`).
pub fn stopwords() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        let f: StopFile = toml::from_str(include_str!("../../rules/lexicon/stopwords.toml"))
            .expect("rules/lexicon/stopwords.toml is checked by tests");
        f.fr.iter().chain(f.en.iter()).map(|w| fold(w)).collect()
    })
}

/// Extracts the facts of one article.
pub fn extract(a: &Article) -> Facts {
    if !a.is_readable() {
        return Facts::default();
    }
    let dates = dates::extract(a);
    let taken: Vec<_> = dates.iter().map(|d| d.span).collect();
    let figures = figures::extract(a, &taken);
    let entities = entities::extract(a);
    let quotes = quotes::extract(a, &entities);
    Facts {
        dates,
        figures,
        entities,
        quotes,
    }
}

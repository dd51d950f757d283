//! Extraction: the facts of each article (dates, figures, entities, quotes) with spans and
//! resolved values. Rules compare facts, never raw text.

pub mod dates;
pub mod figures;

use crate::corpus::Article;
use serde::Serialize;

pub use dates::DateFact;
pub use figures::FigureFact;

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facts {
    /// Dates.
    pub dates: Vec<DateFact>,
    /// Figures.
    pub figures: Vec<FigureFact>,
}

/// Extracts the facts of one article.
pub fn extract(a: &Article) -> Facts {
    if !a.is_readable() {
        return Facts::default();
    }
    let dates = dates::extract(a);
    let taken: Vec<_> = dates.iter().map(|d| d.span).collect();
    let figures = figures::extract(a, &taken);
    Facts { dates, figures }
}

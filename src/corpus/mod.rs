//! Loading a corpus: walking paths, decoding files, reading metadata and classifying blocks.

mod blocks;
pub mod load;
mod meta;

pub use blocks::{classify_blocks, Block, BlockKind};
pub use load::{
    article_from_text, decode, display_path, load, LoadError, LoadOptions, LoadProblem, ProblemKind,
};
pub use meta::{parse_meta, Meta, PubDate};

use crate::finding::{ArticleId, Span};
use crate::lang::Lang;
use crate::text::{LineIndex, Segmented};
use std::path::PathBuf;
use std::sync::Arc;

/// One article as read from disk, with what the load and segment stages found.
#[derive(Debug)]
pub struct Article {
    /// Position in the corpus.
    pub id: ArticleId,
    /// Path as given or found by the walk.
    pub path: PathBuf,
    /// Path as shown in reports (forward slashes).
    pub display: String,
    /// The file's text exactly as read (BOM and CR kept, so spans are file bytes).
    pub text: Arc<str>,
    /// Publication date, title, source.
    pub meta: Meta,
    /// Lines classified as title, body, caption...
    pub blocks: Vec<Block>,
    /// Main language.
    pub lang: Lang,
    /// Sentences and words.
    pub seg: Segmented,
    /// Byte offset to line/column.
    pub lines: LineIndex,
    /// Set when the file could not be read as an article.
    pub problem: Option<LoadProblem>,
    /// For an article with no publication date: the period the rest of the corpus was
    /// published in (see [`Corpus::set_period`]), to give "le 9 mai" a year.
    pub period: Option<chrono::NaiveDate>,
}

impl Article {
    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.text)
    }
    /// The block that contains `span`, if any.
    pub fn block_at(&self, span: Span) -> Option<&Block> {
        let i = self.blocks.partition_point(|b| b.span.end <= span.start);
        self.blocks.get(i).filter(|b| b.span.contains(span))
    }
    /// The sentences of its reporting and captions (titles, headings, body, captions): what
    /// extraction and most rules read, leaving bylines, furniture and foreign lines aside.
    pub fn text_sentences(&self) -> impl Iterator<Item = &crate::text::Sentence> {
        self.seg.sentences.iter().filter(|s| {
            let k = self.blocks[s.block as usize].kind;
            k.is_content() || k == BlockKind::Caption
        })
    }

    /// True when the article could be read and has text.
    pub fn is_readable(&self) -> bool {
        self.problem.is_none()
    }
}

/// All the articles of a run, in a deterministic order.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles sorted by path.
    pub articles: Vec<Article>,
}

impl Corpus {
    /// Gives each undated article the corpus's publication period: the median publication
    /// date, when most dated articles lie within 45 days of it (a corpus about one news
    /// period; an archive over years gets none). Dates an undated article writes without a
    /// year ("le 9 mai") then resolve against it rather than not at all.
    pub fn set_period(&mut self) {
        let mut dates: Vec<chrono::NaiveDate> = self
            .articles
            .iter()
            .filter_map(|a| a.meta.date.map(|d| d.date))
            .collect();
        if dates.len() < 2 {
            return;
        }
        dates.sort_unstable();
        let median = dates[dates.len() / 2];
        let near = dates
            .iter()
            .filter(|d| (**d - median).num_days().abs() <= 45)
            .count();
        if near * 5 < dates.len() * 4 {
            return;
        }
        for a in self.articles.iter_mut().filter(|a| a.meta.date.is_none()) {
            a.period = Some(median);
        }
    }

    /// The article with this id.
    pub fn get(&self, id: ArticleId) -> &Article {
        &self.articles[id.0 as usize]
    }
    /// Articles that were read successfully.
    pub fn readable(&self) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(|a| a.is_readable())
    }
}

//! The pipeline in one place: load ─► segment ─► extract ─► align. Rules read an [`Analysis`].

use crate::align::events::{self, Event};
use crate::align::sentences::{self, Alignment};
use crate::align::{paragraph_groups, ParagraphGroups};
use crate::corpus::{load::article_from_text, Corpus};
use crate::extract::{extract, Facts};
use crate::finding::ArticleId;
use crate::lexicon::Lexicons;
use rayon::prelude::*;
use std::path::PathBuf;

/// Everything the rules can read about a corpus.
pub struct Analysis {
    /// The articles.
    pub corpus: Corpus,
    /// Paragraphs shared between articles.
    pub paragraphs: ParagraphGroups,
    /// Facts per article, indexed like `corpus.articles`.
    pub facts: Vec<Facts>,
    /// Aligned sentences across articles.
    pub alignment: Alignment,
    /// Happenings reported across articles.
    pub events: Vec<Event>,
}

impl Analysis {
    /// Runs the extract and align stages on a loaded corpus.
    pub fn build(corpus: Corpus) -> Self {
        let facts: Vec<Facts> = corpus.articles.par_iter().map(extract).collect();
        let paragraphs = paragraph_groups(&corpus);
        let alignment = sentences::align(&corpus, &facts);
        let events = events::events(&corpus, &facts);
        Analysis {
            corpus,
            paragraphs,
            facts,
            alignment,
            events,
        }
    }

    /// Number of events found by alignment.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// An analysis of in-memory articles `(file name, text)`: rule examples and tests.
    pub fn from_texts(articles: &[(String, String)]) -> Self {
        let lex = Lexicons::get();
        let mut sorted: Vec<&(String, String)> = articles.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let articles = sorted
            .into_iter()
            .enumerate()
            .map(|(i, (name, text))| {
                article_from_text(ArticleId(i as u32), PathBuf::from(name), text.clone(), lex)
            })
            .collect();
        Analysis::build(Corpus { articles })
    }
}

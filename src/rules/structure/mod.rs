//! Rules about the shape of articles: unreadable files, page furniture, repeated passages.

pub mod bad_input;
pub mod boilerplate;
pub mod broken_metadata;
pub mod duplicate_paragraph;
pub mod empty_article;
pub mod foreign_language;
pub mod missing_date;
pub mod shared_passage;
pub mod unused_suppression;

use crate::corpus::{Article, Block, BlockKind};
use crate::finding::Span;

/// Runs of consecutive blocks of `kind`, as one span each.
pub(crate) fn runs_of(article: &Article, kind: BlockKind) -> Vec<(Span, usize)> {
    let mut out: Vec<(Span, usize)> = Vec::new();
    let mut prev: Option<usize> = None;
    for (i, b) in article.blocks.iter().enumerate() {
        if b.kind != kind {
            continue;
        }
        match (prev, out.last_mut()) {
            (Some(p), Some(last)) if p + 1 == i => {
                last.0.end = b.span.end;
                last.1 += 1;
            }
            _ => out.push((b.span, 1)),
        }
        prev = Some(i);
    }
    out
}

/// The first block that is not furniture, for article-level findings.
pub fn headline(article: &Article) -> Option<&Block> {
    article
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .or_else(|| article.blocks.iter().find(|b| b.kind.is_content()))
        .or(article.blocks.first())
}

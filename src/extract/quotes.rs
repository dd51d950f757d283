//! Quotations: spans between « », “ ” or straight double quotes, with the speaker when one is
//! named in the same sentence (or the one before, for "a-t-il ajouté").

use super::entities::{EntityFact, EntityKind};
use crate::corpus::{Article, BlockKind};
use crate::finding::Span;
use serde::Serialize;

/// A quotation.
#[derive(Debug, Clone, Serialize)]
pub struct QuoteFact {
    /// Bytes into the article, quotation marks included.
    pub span: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// Canonical name of the speaker, when attributed.
    pub speaker: Option<String>,
}

fn pairs(text: &str) -> Vec<(usize, usize, usize, usize)> {
    // (open start, inner start, inner end, close end)
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '«' | '“') => open = Some((c, i)),
            (None, '"') => open = Some(('"', i)),
            (Some(('«', s)), '»') | (Some(('“', s)), '”') | (Some(('"', s)), '"') => {
                let o = text[s..].chars().next().map_or(1, char::len_utf8);
                out.push((s, s + o, i, i + c.len_utf8()));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Extracts quotations; `entities` are the article's entity mentions (for speakers).
pub fn extract(a: &Article, entities: &[EntityFact]) -> Vec<QuoteFact> {
    let mut out = Vec::new();
    for b in a
        .blocks
        .iter()
        .filter(|b| b.kind.is_content() || b.kind == BlockKind::Caption)
    {
        let text = a.slice(b.span);
        for (s, is, ie, e) in pairs(text) {
            let inner_text = text[is..ie].trim();
            if inner_text.split_whitespace().count() < 2 {
                continue;
            }
            let lead = text[is..ie].len() - text[is..ie].trim_start().len();
            let inner = Span::new(
                b.span.start() + is + lead,
                b.span.start() + is + lead + inner_text.len(),
            );
            let span = Span::new(b.span.start() + s, b.span.start() + e);
            out.push(QuoteFact {
                span,
                inner,
                speaker: speaker(a, span, entities),
            });
        }
    }
    out
}

fn is_person(e: &EntityFact) -> bool {
    matches!(e.kind, EntityKind::Person)
}

fn speaker(a: &Article, quote: Span, entities: &[EntityFact]) -> Option<String> {
    let si = a.seg.sentence_at(Span {
        start: quote.start,
        end: quote.start + 1,
    })?;
    let sent = &a.seg.sentences[si];
    let in_sentence = crate::finding::starting_in(entities, sent.span, |e| e.span)
        .iter()
        .filter(|e| is_person(e) && sent.span.contains(e.span) && !quote.contains(e.span))
        .min_by_key(|e| {
            if e.span.start >= quote.end {
                e.span.start - quote.end
            } else {
                quote.start - e.span.end
            }
        });
    if let Some(e) = in_sentence {
        return Some(e.name.to_string());
    }
    let prev = si.checked_sub(1).map(|p| &a.seg.sentences[p])?;
    entities
        .iter()
        .rfind(|e| is_person(e) && prev.span.contains(e.span))
        .map(|e| e.name.to_string())
}

#[cfg(test)]
mod tests {
    use crate::analysis::Analysis;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let an = Analysis::from_texts(&[("a.txt".into(), text.into())]);
        let a = &an.corpus.articles[0];
        an.facts[0]
            .quotes
            .iter()
            .map(|q| (a.slice(q.inner).to_string(), q.speaker.clone()))
            .collect()
    }

    #[test]
    fn guillemets_curly_and_straight_quotes_with_speakers() {
        let q = quotes("T\n\n« Nous agirons de manière responsable », a déclaré Vladimir Poutine. Il a ajouté : “la paix reste possible”. Selon M. Dupont, \"rien n'est joué\".\n");
        assert_eq!(
            q,
            [
                (
                    "Nous agirons de manière responsable".to_string(),
                    Some("Vladimir Poutine".to_string())
                ),
                (
                    "la paix reste possible".to_string(),
                    Some("Vladimir Poutine".to_string())
                ),
                ("rien n'est joué".to_string(), Some("Dupont".to_string())),
            ]
        );
    }

    #[test]
    fn one_word_quotes_are_not_quotations() {
        assert!(
            quotes("T\n\nUn partenariat \"sans limites\" et un mot \"informel\".\n").len() == 1
        );
    }
}

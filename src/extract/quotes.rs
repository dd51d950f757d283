//! Quotations: spans between « », “ ” or straight double quotes, with the speaker when one is
//! named in the same sentence (or the one before, for "a-t-il ajouté"), by name or by title
//! and nationality ("le chef d'État chinois a dit : « … »" is Xi Jinping's when the article
//! names him).

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
    // A name after the quotation across a new clause ("Putin called him \"a loyal ally\",
    // and Olaf Scholz wrote") is the next clause's subject: one before the quotation comes
    // first.
    let next_clause = |gap: &str| {
        gap.contains(';')
            || gap.split(|c: char| !c.is_alphabetic()).any(|w| {
                matches!(
                    w,
                    "and" | "but" | "while" | "whereas" | "et" | "mais" | "tandis"
                )
            })
    };
    let distance = |x: Span| {
        if x.start >= quote.end {
            let gap = a
                .text
                .get(quote.end as usize..x.start as usize)
                .unwrap_or("");
            (x.start - quote.end) + if next_clause(gap) { 1 << 20 } else { 0 }
        } else {
            quote.start.saturating_sub(x.end)
        }
    };
    let in_sentence = speakers_in(a, sent, quote, entities)
        .into_iter()
        .min_by_key(|(x, _)| distance(*x));
    if let Some((_, name)) = in_sentence {
        return Some(name);
    }
    // "« … », a promis le nouveau chef de l'État": a speaker named by an office the text
    // ties to no one is not the person the sentence before names (a predecessor, a rival).
    let by_office =
        a.seg.sentence_tokens(sent).iter().any(|t| {
            !quote.contains(t.span) && designates(&crate::text::fold(t.span.slice(&a.text)))
        });
    if by_office {
        return None;
    }
    let prev = si.checked_sub(1).map(|p| &a.seg.sentences[p])?;
    speakers_in(a, prev, quote, entities)
        .into_iter()
        .max_by_key(|(x, _)| x.start)
        .map(|(_, name)| name)
}

/// Who may be speaking in a sentence, outside the quotation: the people it names, and the
/// people it designates by title and nationality ("le chef d'État chinois", "the Russian
/// president"), each with where it stands.
fn speakers_in(
    a: &Article,
    sent: &crate::text::Sentence,
    quote: Span,
    entities: &[EntityFact],
) -> Vec<(Span, String)> {
    let mut out: Vec<(Span, String)> = crate::finding::starting_in(entities, sent.span, |e| e.span)
        .iter()
        .filter(|e| is_person(e) && sent.span.contains(e.span) && !quote.contains(e.span))
        .map(|e| (e.span, e.name.to_string()))
        .collect();
    let toks = a.seg.sentence_tokens(sent);
    for (i, t) in toks.iter().enumerate() {
        let span = t.span;
        if quote.contains(span) || out.iter().any(|(x, _)| x.overlaps(span)) {
            continue;
        }
        let Some(country) = super::demonyms::country_of(span.slice(&a.text)) else {
            continue;
        };
        // "le dirigeant chinois", "le chef d'État chinois" (title first, French) or "the
        // Chinese leader" (nationality first, English): a title within three words.
        let word = |j: usize| crate::text::fold(toks[j].span.slice(&a.text));
        let near = |j: &usize| designates(&word(*j));
        // Where the phrase starts and ends: the title before the nationality, or after it.
        let (first, last) = match (i.saturating_sub(3)..i).find(near) {
            Some(j) => (j, i),
            None => match (i + 1..(i + 3).min(toks.len())).find(near) {
                Some(j) => (i, j),
                None => continue,
            },
        };
        // "au dirigeant chinois", "his Chinese counterpart", "the president of the Russian
        // Federation", "the Chinese leader's visit": someone spoken to or about, not the one
        // speaking.
        let mut k = first;
        let mut governed = false;
        while k > 0 && first - k < 3 {
            k -= 1;
            let w = word(k);
            let w = w.trim_end_matches(['\'', '’']);
            if matches!(w, "le" | "la" | "les" | "l" | "the") {
                continue;
            }
            governed = GOVERNING.contains(&w);
            break;
        }
        let genitive = toks
            .get(last + 1)
            .is_some_and(|t| matches!(t.span.slice(&a.text), "'s" | "’s" | "'" | "’"));
        if governed || genitive {
            continue;
        }
        if let Some(name) = person_of_country(entities, country, span) {
            out.push((span, name));
        }
    }
    out
}

/// Words before a designation that make it an object or a complement: prepositions and
/// possessives ("à", "avec", "of", "son", "his").
const GOVERNING: &[&str] = &[
    "a", "au", "aux", "de", "du", "des", "d", "avec", "par", "pour", "sur", "son", "sa", "ses",
    "leur", "of", "to", "with", "by", "for", "his", "her", "their", "its",
];

/// A word that designates a person by office ("président", "dirigeant", "chef", "leader").
fn designates(folded: &str) -> bool {
    super::entities::is_title(folded)
        || matches!(
            folded,
            "chef" | "homologue" | "counterpart" | "head" | "dirigeante" | "leaders"
        )
}

/// The gazetteer person of `country` the article names, nearest before `at` (else the first
/// after it): the one a title and nationality stand for.
fn person_of_country(entities: &[EntityFact], country: &str, at: Span) -> Option<String> {
    let g = super::gazetteer::Gazetteer::get();
    let of_country = |e: &&EntityFact| {
        is_person(e)
            && e.entry.is_some_and(|id| {
                let x = g.entry(id);
                x.kind == super::gazetteer::EntryKind::Person
                    && x.country.as_deref() == Some(country)
            })
    };
    entities
        .iter()
        .filter(of_country)
        .rfind(|e| e.span.end <= at.start)
        .or_else(|| entities.iter().find(of_country))
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
    fn a_title_and_nationality_name_the_speaker() {
        // The last person named is Poutine, but "le dirigeant chinois" speaks.
        let q = quotes("T\n\nXi Jinping est arrivé à Moscou pour rencontrer Vladimir Poutine. À sa descente d'avion, le dirigeant chinois a souri. « Cette visite sera fructueuse et utile », a-t-il dit.\n");
        assert_eq!(q[0].1.as_deref(), Some("Xi Jinping"));
        // Spoken to, not speaking: "au dirigeant chinois".
        let q = quotes("T\n\nXi Jinping est arrivé à Moscou. Vladimir Poutine a déclaré au dirigeant chinois : « nos relations sont solides ».\n");
        assert_eq!(q[0].1.as_deref(), Some("Vladimir Poutine"));
        // The English order: "the Russian president".
        let q = quotes("T\n\nXi Jinping met Vladimir Putin in Beijing. The Chinese leader said the talks were \"candid and useful\".\n");
        assert_eq!(q[0].1.as_deref(), Some("Xi Jinping"));
    }

    #[test]
    fn a_name_in_the_next_clause_is_not_the_speaker() {
        let q = quotes(
            "+++\nlang = \"en\"\n+++\nT\n\nVladimir Putin called the late leader \"a loyal partner of our country\", and Olaf Scholz sent his condolences.\n",
        );
        assert_eq!(q[0].1.as_deref(), Some("Vladimir Poutine"));
    }

    #[test]
    fn one_word_quotes_are_not_quotations() {
        assert!(
            quotes("T\n\nUn partenariat \"sans limites\" et un mot \"informel\".\n").len() == 1
        );
    }
}

//! Sentence alignment across articles.
//!
//! Each sentence becomes a set of content tokens: folded content words, numbers, and
//! gazetteer entities by id (so "Pékin" and "Beijing" are one token). Identical sets are
//! grouped by hash first (wire copy), the distinct sets go through the prefix-filtered
//! similarity join, and matches are merged into clusters with union-find. Rules compare facts
//! inside aligned pairs, and blame the side fewer sources support.

use super::simjoin::{self, UnionFind};
use crate::analysis::Analysis;
use crate::corpus::{BlockKind, Corpus};
use crate::extract::{stopwords, Facts};
use crate::finding::{ArticleId, Span};
use crate::text::{fold, TokKind};
use rayon::prelude::*;

/// Jaccard similarity of content tokens above which two sentences are aligned.
pub const JACCARD: f32 = 0.5;
/// Share of the shorter sentence's tokens that, when found in the longer one, also aligns them.
pub const CONTAINMENT: f32 = 0.75;
/// Fewest content tokens a sentence needs to be aligned at all.
pub const MIN_TOKENS: usize = 5;

/// One sentence taking part in alignment.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its article.
    pub article: ArticleId,
    /// Index into the article's sentences.
    pub sentence: u32,
    /// Its span.
    pub span: Span,
    /// How many sentences (in any article) have exactly the same content tokens.
    pub support: u32,
}

/// Two aligned sentences of different articles.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    /// Index into [`Alignment::items`].
    pub a: u32,
    /// Index into [`Alignment::items`].
    pub b: u32,
    /// Jaccard similarity of their content tokens.
    pub jaccard: f32,
}

/// The aligned sentences of a corpus.
#[derive(Debug, Default)]
pub struct Alignment {
    /// Sentences that took part (distinct content only: one per exact-duplicate group).
    pub items: Vec<Item>,
    /// Near-duplicate pairs between distinct sentences of different articles.
    pub pairs: Vec<Pair>,
    /// Cluster id of each item.
    pub cluster: Vec<u32>,
}

/// A sentence (article, index, span) with the hashes of its content words, in text order.
type SentenceKeys = (ArticleId, u32, Span, Vec<u64>);

/// Each content sentence with the sorted ids of its content words (folded, without function
/// words) and of its entities (gazetteer ids, else folded names).
fn content_tokens(corpus: &Corpus, facts: &[Facts]) -> Vec<(ArticleId, u32, Span, Vec<u32>)> {
    let stop = stopwords();
    // Folding and hashing run per article in parallel; a word's 64-bit hash stands for it
    // (two of a corpus's words sharing one is out of reach). FxHash: SipHash's resistance
    // to chosen collisions buys nothing here, and it was 2% of a large run.
    let key_hash = |tag: u8, word: &str, id: u32| {
        use std::hash::{Hash, Hasher};
        let mut h = rustc_hash::FxHasher::default();
        (tag, word, id).hash(&mut h);
        h.finish()
    };
    let per_article: Vec<Vec<SentenceKeys>> = corpus
        .articles
        .par_iter()
        .filter(|a| a.is_readable())
        .map(|a| {
            let f = &facts[a.id.0 as usize];
            let mut w = String::new();
            let mut out = Vec::new();
            for (si, s) in a.seg.sentences.iter().enumerate() {
                let kind = a.blocks[s.block as usize].kind;
                if !(kind.is_content() || kind == BlockKind::Caption) {
                    continue;
                }
                let mut keys: Vec<u64> = Vec::new();
                let ents: Vec<_> = crate::finding::starting_in(&f.entities, s.span, |e| e.span)
                    .iter()
                    .filter(|e| s.span.contains(e.span))
                    .collect();
                for e in &ents {
                    keys.push(match e.entry {
                        Some(id) => key_hash(1, "", id),
                        None => key_hash(0, &fold(&e.name), 0),
                    });
                }
                for t in a.seg.sentence_tokens(s) {
                    if t.kind == TokKind::Punct || ents.iter().any(|e| e.span.contains(t.span)) {
                        continue;
                    }
                    w.clear();
                    crate::text::fold_into(t.span.slice(&a.text), &mut w);
                    if t.kind == TokKind::Word && (w.chars().count() < 3 || stop.contains(&w)) {
                        continue;
                    }
                    keys.push(key_hash(0, &w, 0));
                }
                out.push((a.id, si as u32, s.span, keys));
            }
            out
        })
        .collect();
    // Ids in order of first use over the corpus, as one interner reading it in order gives.
    let mut ids: rustc_hash::FxHashMap<u64, u32> = Default::default();
    per_article
        .into_iter()
        .flatten()
        .map(|(a, si, span, keys)| {
            let mut set: Vec<u32> = keys
                .iter()
                .map(|k| {
                    let n = ids.len() as u32;
                    *ids.entry(*k).or_insert(n)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            (a, si, span, set)
        })
        .collect()
}

pub fn align(corpus: &Corpus, facts: &[Facts]) -> Alignment {
    let all = content_tokens(corpus, facts);
    // Exact duplicates: one item per distinct (article, token set); support counts copies.
    let mut by_set: rustc_hash::FxHashMap<&[u32], Vec<usize>> = Default::default();
    for (i, x) in all.iter().enumerate() {
        if x.3.len() >= MIN_TOKENS {
            by_set.entry(x.3.as_slice()).or_default().push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = by_set.into_values().collect();
    groups.sort_by_key(|g| g[0]);
    let mut items = Vec::new();
    let mut sets: Vec<Vec<u32>> = Vec::new();
    let mut owner: Vec<u32> = Vec::new();
    for g in &groups {
        // One item per article in the group, so that a copy in another article still pairs.
        let support = g
            .iter()
            .map(|&i| all[i].0)
            .collect::<std::collections::BTreeSet<_>>()
            .len() as u32;
        let mut seen = std::collections::BTreeSet::new();
        for &i in g {
            if seen.insert(all[i].0) {
                let (article, sentence, span, _) = &all[i];
                items.push(Item {
                    article: *article,
                    sentence: *sentence,
                    span: *span,
                    support,
                });
                owner.push(article.0);
            }
        }
        sets.push(all[g[0]].3.clone());
    }
    // The join runs on distinct sets only; copies are expanded afterwards.
    let mut first_item = Vec::with_capacity(groups.len());
    let mut n = 0u32;
    for g in &groups {
        first_item.push(n);
        n += g
            .iter()
            .map(|&i| all[i].0)
            .collect::<std::collections::BTreeSet<_>>()
            .len() as u32;
    }
    first_item.push(n);
    // A distinct sentence found in one article only is never paired with another of that
    // article: the join skips such pairs before computing their similarity.
    let group_of: Vec<u32> = groups
        .iter()
        .enumerate()
        .map(|(gi, g)| {
            let first = all[g[0]].0;
            if g.iter().all(|&i| all[i].0 == first) {
                first.0
            } else {
                u32::MAX - gi as u32
            }
        })
        .collect();
    let matches = simjoin::self_join(&sets, JACCARD, CONTAINMENT, Some(&group_of), 2048);
    let mut pairs = Vec::new();
    let mut uf = UnionFind::new(items.len());
    for g in 0..groups.len() {
        for k in first_item[g] + 1..first_item[g + 1] {
            uf.union(first_item[g], k);
        }
    }
    for m in matches {
        let (ga, gb) = (m.a as usize, m.b as usize);
        uf.union(first_item[ga], first_item[gb]);
        // A pair between one representative of each side from different articles.
        'outer: for ia in first_item[ga]..first_item[ga + 1] {
            for ib in first_item[gb]..first_item[gb + 1] {
                if owner[ia as usize] != owner[ib as usize] {
                    pairs.push(Pair {
                        a: ia,
                        b: ib,
                        jaccard: m.jaccard,
                    });
                    break 'outer;
                }
            }
        }
    }
    let cluster = (0..items.len() as u32).map(|i| uf.find(i)).collect();
    Alignment {
        items,
        pairs,
        cluster,
    }
}

impl Alignment {
    /// The two sentences of a pair as (article, span) each.
    pub fn sides(&self, p: &Pair) -> (&Item, &Item) {
        (&self.items[p.a as usize], &self.items[p.b as usize])
    }
}

/// Word-level differences of two aligned sentences, ignoring case, accents and punctuation.
pub fn word_diff(an: &Analysis, a: (ArticleId, Span), b: (ArticleId, Span)) -> Vec<(Span, Span)> {
    let words = |(id, span): (ArticleId, Span)| -> (Vec<String>, Vec<Span>) {
        let art = an.corpus.get(id);
        art.seg
            .tokens_in(span)
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .map(|t| (fold(t.span.slice(&art.text)), t.span))
            .unzip()
    };
    let (wa, sa) = words(a);
    let (wb, sb) = words(b);
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb);
    let mut out = Vec::new();
    for op in ops {
        if let similar::DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } = op
        {
            out.push((
                Span {
                    start: sa[old_index].start,
                    end: sa[old_index + old_len - 1].end,
                },
                Span {
                    start: sb[new_index].start,
                    end: sb[new_index + new_len - 1].end,
                },
            ));
        }
    }
    out
}

/// Orders the two sides of a pair as (suspect, reference): the side fewer sources support is
/// the suspect; on a tie, the later file (`date/conflict` reports both sides of a tie).
pub fn blame<'a>(an: &Analysis, x: &'a Item, y: &'a Item) -> (&'a Item, &'a Item) {
    let later = |i: &Item| an.corpus.get(i.article).display.clone();
    if x.support < y.support || (x.support == y.support && later(x) > later(y)) {
        (x, y)
    } else {
        (y, x)
    }
}

/// True when an aligned sentence is a photo caption: two captions may describe two photos
/// taken on different days, so their differences are information, not errors.
pub fn in_caption(an: &Analysis, item: &Item) -> bool {
    an.corpus
        .get(item.article)
        .block_at(item.span)
        .is_some_and(|b| b.kind == BlockKind::Caption)
}

/// What a replaced run of words is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffKind {
    /// A date on both sides.
    Date,
    /// A figure on both sides.
    Figure,
    /// One entity on each side.
    Entity,
    /// Inside a quotation on both sides.
    Quote,
    /// One word each side, one or two edits apart (a typo or a variant spelling).
    NearWord,
    /// Anything else: a paraphrase.
    Rewording,
}

/// One replaced run of words between two aligned sentences, the suspect side first.
pub struct Replacement<'a> {
    /// The side fewer sources support (see [`blame`]).
    pub suspect: &'a Item,
    /// The other side.
    pub reference: &'a Item,
    /// Replaced words in the suspect sentence.
    pub here: Span,
    /// The words they replace in the reference sentence.
    pub there: Span,
    /// Jaccard similarity of the two sentences.
    pub jaccard: f32,
    /// What differs.
    pub kind: DiffKind,
    /// True when the same two sentences also differ by another date (another day), figure or
    /// entity: then they more likely state two facts than carry one slip.
    pub other_facts_differ: bool,
}

impl Replacement<'_> {
    /// The most a difference of this pair can weigh: information between two photo captions
    /// (two photos may show two moments), a warning when the sentences also differ by another
    /// fact (they more likely state two facts than carry one slip) or when one copy stands
    /// against one, otherwise no cap.
    pub fn severity_cap(&self, an: &Analysis) -> Option<crate::finding::Severity> {
        use crate::finding::Severity;
        if in_caption(an, self.suspect) || in_caption(an, self.reference) {
            Some(Severity::Info)
        } else if self.other_facts_differ || self.reference.support < 2 {
            // One sentence against one says they disagree, not which is wrong.
            Some(Severity::Warning)
        } else {
            None
        }
    }
}

/// Classifies a replaced run: dates first, then figures, entities, quotations, near words.
pub fn classify(
    an: &Analysis,
    (a, here): (ArticleId, Span),
    (b, there): (ArticleId, Span),
) -> DiffKind {
    let (fa, fb) = (&an.facts[a.0 as usize], &an.facts[b.0 as usize]);
    let both = |x: bool, y: bool| x && y;
    if both(
        fa.dates.iter().any(|d| d.span.overlaps(here)),
        fb.dates.iter().any(|d| d.span.overlaps(there)),
    ) {
        return DiffKind::Date;
    }
    if both(
        fa.figures.iter().any(|f| f.span.overlaps(here)),
        fb.figures.iter().any(|f| f.span.overlaps(there)),
    ) {
        return DiffKind::Figure;
    }
    let one_entity = |f: &crate::extract::Facts, s: Span| {
        f.entities
            .iter()
            .any(|e| e.span.contains(s) && s.contains(e.span))
    };
    if one_entity(fa, here) && one_entity(fb, there) {
        return DiffKind::Entity;
    }
    if both(
        fa.quotes.iter().any(|q| q.inner.contains(here)),
        fb.quotes.iter().any(|q| q.inner.contains(there)),
    ) {
        return DiffKind::Quote;
    }
    let (ta, tb) = (an.corpus.get(a).slice(here), an.corpus.get(b).slice(there));
    let single = |t: &str| !t.contains(char::is_whitespace);
    if single(ta) && single(tb) && strsim::damerau_levenshtein(&fold(ta), &fold(tb)) <= 2 {
        return DiffKind::NearWord;
    }
    DiffKind::Rewording
}

/// A replaced run of words of an aligned pair, computed once for every rule that reads it.
#[derive(Debug, Clone, Copy)]
pub struct Diff {
    /// Index of the suspect item (see [`blame`]).
    pub suspect: u32,
    /// Index of the reference item.
    pub reference: u32,
    /// Replaced words on the suspect side.
    pub here: Span,
    /// The words they replace on the reference side.
    pub there: Span,
    /// Jaccard similarity of the pair.
    pub jaccard: f32,
    /// What differs.
    pub kind: DiffKind,
    /// The pair also differs by another fact (see [`Replacement::other_facts_differ`]).
    pub other_facts_differ: bool,
}

/// Diffs and types the replaced runs of every aligned pair (done once per analysis).
pub fn typed_diffs(an: &Analysis) -> Vec<Diff> {
    let al = &an.alignment;
    // Pairs are independent: typed in parallel, kept in pair order.
    let per_pair: Vec<Vec<Diff>> = al
        .pairs
        .par_iter()
        .map(|p| {
            let mut out = Vec::new();
            let (x, y) = al.sides(p);
            let (suspect, reference) = blame(an, x, y);
            let (si, ri) = if std::ptr::eq(suspect, x) {
                (p.a, p.b)
            } else {
                (p.b, p.a)
            };
            let runs: Vec<(Span, Span, DiffKind)> = word_diff(
                an,
                (suspect.article, suspect.span),
                (reference.article, reference.span),
            )
            .into_iter()
            .map(|(here, there)| {
                (
                    here,
                    there,
                    classify(an, (suspect.article, here), (reference.article, there)),
                )
            })
            .collect();
            let (da, db) = (
                &an.facts[suspect.article.0 as usize].dates,
                &an.facts[reference.article.0 as usize].dates,
            );
            // A date run counts as a fact only when it names another day (not another weekday
            // name for the same day).
            let is_fact = |&(h, t, k): &(Span, Span, DiffKind)| match k {
                DiffKind::Figure | DiffKind::Entity => true,
                DiffKind::Date => da.iter().filter(|d| d.span.overlaps(h)).any(|d| {
                    db.iter()
                        .filter(|e| e.span.overlaps(t))
                        .any(|e| d.disjoint(e))
                }),
                _ => false,
            };
            let facts = runs.iter().filter(|r| is_fact(r)).count();
            for r in &runs {
                out.push(Diff {
                    suspect: si,
                    reference: ri,
                    here: r.0,
                    there: r.1,
                    jaccard: p.jaccard,
                    kind: r.2,
                    other_facts_differ: facts > usize::from(is_fact(r)),
                });
            }
            out
        })
        .collect();
    per_pair.into_iter().flatten().collect()
}

/// Every replaced run of words of every aligned pair: what the cross-article rules inspect.
pub fn replacements(an: &Analysis) -> impl Iterator<Item = Replacement<'_>> + '_ {
    an.diffs.iter().map(move |d| Replacement {
        suspect: &an.alignment.items[d.suspect as usize],
        reference: &an.alignment.items[d.reference as usize],
        here: d.here,
        there: d.there,
        jaccard: d.jaccard,
        kind: d.kind,
        other_facts_differ: d.other_facts_differ,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacements_are_typed() {
        let base = "Le président a déclaré le 4 février 2026 à Pékin que les échanges avaient atteint 240 milliards d'euros, « une relation exemplaire ».";
        let variants = [
            ("5 février 2026", "4 février 2026", DiffKind::Date),
            ("245 milliards", "240 milliards", DiffKind::Figure),
            ("Tokyo", "Pékin", DiffKind::Entity),
            (
                "relation formidable",
                "relation exemplaire",
                DiffKind::Quote,
            ),
            ("déclarré", "déclaré", DiffKind::NearWord),
        ];
        for (new, old, want) in variants {
            let other = base.replace(old, new);
            let an = Analysis::from_texts(&[
                ("a.txt".into(), format!("A\n\n{base}\n")),
                ("b.txt".into(), format!("B\n\n{other}\n")),
            ]);
            let kinds: Vec<DiffKind> = replacements(&an).map(|r| r.kind).collect();
            assert_eq!(kinds, [want], "{new}");
        }
    }
}

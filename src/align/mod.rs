//! Cross-article alignment: which paragraphs and sentences of different articles say the
//! same thing. Exact duplicates are hashed into one group first; near-duplicates are found by
//! a prefix-filtered set-similarity join over distinct passages only; matches are merged into
//! clusters with union-find. No step compares all pairs.

pub mod events;
pub mod sentences;
pub mod simjoin;

use crate::corpus::{BlockKind, Corpus};
use crate::finding::{ArticleId, Span};
use crate::text::TokKind;
use rayon::prelude::*;
use simjoin::UnionFind;
use std::collections::HashMap;

/// Interns folded words to dense ids.
#[derive(Debug, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    /// The id of `w`, creating it if new.
    pub fn id(&mut self, w: &str) -> u32 {
        if let Some(&i) = self.ids.get(w) {
            return i;
        }
        let i = self.ids.len() as u32;
        self.ids.insert(w.to_owned(), i);
        i
    }
}

/// A passage of one article (a paragraph or a sentence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// The article.
    pub article: ArticleId,
    /// Bytes into it.
    pub span: Span,
}

/// Clusters of paragraphs repeated verbatim or nearly across articles.
#[derive(Debug, Default)]
pub struct ParagraphGroups {
    /// Each group lists its passages in corpus order; only groups spanning two or more
    /// articles are kept.
    pub groups: Vec<Vec<Passage>>,
}

/// Minimum length in bytes of a paragraph worth comparing.
const MIN_PARAGRAPH: usize = 80;
/// Jaccard similarity over folded words above which two paragraphs are the same passage.
pub const PARAGRAPH_THRESHOLD: f32 = 0.8;

/// A 128-bit hash of `s` (two SipHash passes with different prefixes).
pub fn hash128(s: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        s.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

/// The hash of each repeated paragraph's folded words: a paragraph's words and their folds
/// are the same in every copy.
static PARAGRAPH_HASHES: crate::text::memo::Memo<u128> = crate::text::memo::Memo::new();

/// Groups paragraphs (body and caption blocks) shared between articles.
pub fn paragraph_groups(corpus: &Corpus) -> ParagraphGroups {
    // Each paragraph's folded words, hashed: wire copy repeats a paragraph in thousands of
    // files, and keeping every folded copy doubled the corpus in memory. 128 bits make a
    // collision between two different paragraphs out of reach. Articles are hashed in
    // parallel, and kept in corpus order.
    let per_article: Vec<Vec<(Passage, u128)>> = corpus
        .articles
        .par_iter()
        .filter(|a| a.is_readable())
        .map(|a| {
            let mut buf = String::new();
            a.blocks
                .iter()
                .filter(|b| {
                    matches!(b.kind, BlockKind::Body | BlockKind::Caption)
                        && b.span.len() >= MIN_PARAGRAPH
                })
                .map(|b| {
                    let hash = PARAGRAPH_HASHES.get_or(b.span.slice(&a.text), || {
                        buf.clear();
                        for t in a.seg.iter_in(b.span).filter(|t| t.kind != TokKind::Punct) {
                            crate::text::fold_into(t.span.slice(&a.text), &mut buf);
                            buf.push(' ');
                        }
                        hash128(&buf)
                    });
                    let p = Passage {
                        article: a.id,
                        span: b.span,
                    };
                    (p, *hash)
                })
                .collect()
        })
        .collect();
    let n: usize = per_article.iter().map(Vec::len).sum();
    let mut passages = Vec::with_capacity(n);
    let mut hashes: Vec<u128> = Vec::with_capacity(n);
    for (p, h) in per_article.into_iter().flatten() {
        passages.push(p);
        hashes.push(h);
    }
    // Exact duplicates first: one representative per distinct text.
    let mut first_of: HashMap<u128, u32> = HashMap::new();
    let mut rep = Vec::with_capacity(hashes.len());
    let mut distinct: Vec<u32> = Vec::new();
    for (i, k) in hashes.iter().enumerate() {
        let r = *first_of.entry(*k).or_insert_with(|| {
            distinct.push(i as u32);
            i as u32
        });
        rep.push(r);
    }
    drop(first_of);
    let mut interner = Interner::default();
    let mut buf = String::new();
    let sets: Vec<Vec<u32>> = distinct
        .iter()
        .map(|&i| {
            let p = passages[i as usize];
            let a = corpus.get(p.article);
            let mut s: Vec<u32> = a
                .seg
                .iter_in(p.span)
                .filter(|t| t.kind != TokKind::Punct)
                .map(|t| {
                    buf.clear();
                    crate::text::fold_into(t.span.slice(&a.text), &mut buf);
                    interner.id(&buf)
                })
                .collect();
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    let mut uf = UnionFind::new(passages.len());
    for (i, &r) in rep.iter().enumerate() {
        uf.union(i as u32, r);
    }
    for m in simjoin::self_join(&sets, PARAGRAPH_THRESHOLD, 1.1, None, 4096) {
        uf.union(distinct[m.a as usize], distinct[m.b as usize]);
    }
    let mut by_root: HashMap<u32, Vec<Passage>> = HashMap::new();
    for (i, p) in passages.iter().enumerate() {
        by_root.entry(uf.find(i as u32)).or_default().push(*p);
    }
    let mut groups: Vec<Vec<Passage>> = by_root
        .into_values()
        .filter(|g| g.windows(2).any(|w| w[0].article != w[1].article))
        .collect();
    groups.sort_by_key(|g| (g[0].article, g[0].span.start));
    ParagraphGroups { groups }
}

//! The pipeline in one place: load ─► segment ─► extract ─► align. Rules read an [`Analysis`].

use crate::align::events::{self, Event};
use crate::align::sentences::{self, Alignment};
use crate::align::{paragraph_groups, ParagraphGroups};
use crate::corpus::{load::article_from_text, Corpus};
use crate::extract::{extract, Facts};
use crate::finding::ArticleId;
use crate::lexicon::Lexicons;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
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
    /// The typed word differences of every aligned pair.
    pub diffs: Vec<sentences::Diff>,
    /// Happenings reported across articles.
    pub events: Vec<Event>,
    /// For each article, the (event index, sentence) of its event mentions.
    pub mentions_of: HashMap<ArticleId, Vec<crate::align::events::MentionAt>>,
    /// Every fact stated, keyed by what it is about (see [`crate::claims`]), corpus order.
    pub claims: Vec<crate::claims::Claim>,
    /// For each event, the first event (by index) of its story: happenings a few days apart
    /// that the same reports, or reports leading with the same protagonist, tell.
    pub stories: Vec<u32>,
    /// The claims that fewer independent sources support than their key's consensus.
    pub outliers: Vec<crate::claims::consensus::Outlier>,
    /// For each gazetteer entry mentioned, the spelling the corpus uses most ("Pékin" in a
    /// French corpus, "Beijing" in an English one).
    pub preferred: HashMap<u32, String>,
    /// The same, among the articles of each language: what a fix writes into an article
    /// ("Moscow" in an English report of a French-led corpus).
    pub preferred_in: HashMap<(crate::lang::Lang, u32), String>,
    /// Who reports each event, read by the rules that compare who stands where; built on
    /// first use, once for all of them.
    event_sources: std::sync::OnceLock<crate::rules::entity::lone::EventSources>,
}

impl Analysis {
    /// Runs the extract and align stages on a loaded corpus.
    pub fn build(corpus: Corpus) -> Self {
        Self::build_cached(corpus, None)
    }

    /// [`Analysis::build`], reading each article's facts from the cache in `cache` when it
    /// holds them, and writing the cache anew when any had to be extracted (see
    /// [`crate::cache`]). The results are the same with or without it.
    pub fn build_cached(mut corpus: Corpus, cache: Option<&std::path::Path>) -> Self {
        let t = crate::timing::Timer::start();
        corpus.set_period();
        crate::progress::stage("extract", corpus.articles.len());
        let mut facts: Vec<Facts> = match cache.map(crate::cache::FactCache::open) {
            None => corpus
                .articles
                .par_iter()
                .map(|a| {
                    crate::progress::inc();
                    extract(a)
                })
                .collect(),
            Some(cache) => {
                let keys: Vec<u64> = corpus
                    .articles
                    .par_iter()
                    .map(crate::cache::key_of)
                    .collect();
                let facts: Vec<Facts> = corpus
                    .articles
                    .par_iter()
                    .zip(&keys)
                    .map(|(a, &key)| {
                        crate::progress::inc();
                        cache.get(key).unwrap_or_else(|| extract(a))
                    })
                    .collect();
                if !cache.holds_exactly(&keys) {
                    cache.save(keys.iter().copied().zip(facts.iter().cloned()));
                }
                facts
            }
        };
        // Corpus-wide, after the cache: what one article's names are depends on the others.
        crate::extract::entities::corpus_initial_names(&corpus, &mut facts);
        crate::text::memo::clear_all();
        t.lap("extract");
        if std::env::var_os("RECOUPE_COUNTS").is_some() {
            print_counts(&corpus, &facts);
        }
        crate::progress::stage("align", 5);
        // Shared paragraphs, aligned sentences, events and preferred spellings read only the
        // articles and their facts: run side by side, so that one stage's sequential steps
        // overlap another's parallel ones.
        let ((paragraphs, alignment), (events, (preferred, preferred_in))) = rayon::join(
            || {
                rayon::join(
                    || paragraph_groups(&corpus),
                    || sentences::align(&corpus, &facts),
                )
            },
            || {
                rayon::join(
                    || events::events(&corpus, &facts),
                    || preferred_aliases(&corpus, &facts),
                )
            },
        );
        crate::text::memo::clear_all();
        t.lap("align paragraphs, sentences and events");
        crate::progress::inc();
        crate::progress::inc();
        crate::progress::inc();
        let mentions_of = events::mentions_by_article(&events);
        let (claims, stories) = crate::claims::extract_all(&corpus, &facts, &events, &mentions_of);
        crate::text::memo::clear_all();
        t.lap("claims");
        crate::progress::inc();
        let mut an = Analysis {
            corpus,
            paragraphs,
            facts,
            alignment,
            diffs: Vec::new(),
            events,
            mentions_of,
            outliers: Vec::new(),
            claims,
            stories,
            preferred,
            preferred_in,
            event_sources: std::sync::OnceLock::new(),
        };
        // A month-only date line ("2025-07") says nothing about which day came first.
        let published = |a: ArticleId| {
            an.corpus
                .get(a)
                .meta
                .date
                .filter(|d| d.day_known)
                .map(|d| d.date)
        };
        an.outliers = crate::claims::consensus::outliers(&an.claims, &published);
        let corpus = &an.corpus;
        crate::claims::consensus::drop_listed(&an.claims, &mut an.outliers, |a| {
            &corpus.get(a).text
        });
        crate::claims::consensus::drop_restated(&an.claims, &mut an.outliers);
        let mut near = crate::claims::consensus::near_misses(&an.claims, &an.outliers, &an.facts);
        crate::claims::consensus::drop_known(&an.claims, &mut near);
        an.outliers.extend(near);
        t.lap("consensus");
        if std::env::var_os("RECOUPE_COUNTS").is_some() {
            eprintln!(
                "claims {} outliers {} events {} mentions {} aligned sentences {} pairs {} shared passages {}",
                an.claims.len(),
                an.outliers.len(),
                an.events.len(),
                an.events.iter().map(|e| e.mentions.len()).sum::<usize>(),
                an.alignment.items.len(),
                an.alignment.pairs.len(),
                an.paragraphs.groups.iter().map(Vec::len).sum::<usize>()
            );
        }
        // Typed differences read facts and alignment, so they come last, once for every rule.
        an.diffs = sentences::typed_diffs(&an);
        t.lap("typed differences");
        an
    }

    /// Each sentence's event, the sources of each event and each article's source (see
    /// [`crate::rules::entity::lone::EventSources`]).
    pub fn event_sources(&self) -> &crate::rules::entity::lone::EventSources {
        self.event_sources
            .get_or_init(|| crate::rules::entity::lone::EventSources::of(&self.claims))
    }

    /// Number of events found by alignment.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// [`Analysis::from_texts`] of borrowed pairs, as tests write them.
    #[cfg(test)]
    pub fn from_pairs(articles: &[(&str, &str)]) -> Self {
        let v: Vec<(String, String)> = articles
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        Analysis::from_texts(&v)
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

/// `RECOUPE_COUNTS=1`: how many tokens, sentences and facts the corpus holds, and the size of
/// each, on standard error (what the memory of a large run is made of).
fn print_counts(corpus: &Corpus, facts: &[Facts]) {
    let total = |f: &dyn Fn(&crate::corpus::Article) -> usize| -> usize {
        corpus.articles.iter().map(f).sum()
    };
    let n = |f: fn(&Facts) -> usize| facts.iter().map(f).sum::<usize>();
    eprintln!(
        "tokens {} sentences {} dates {} figures {} entities {} quotes {}",
        total(&|a| a.seg.token_count()),
        total(&|a| a.seg.sentences.len()),
        n(|f| f.dates.len()),
        n(|f| f.figures.len()),
        n(|f| f.entities.len()),
        n(|f| f.quotes.len())
    );
    eprintln!(
        "sizes: token {} date {} figure {} entity {} quote {} claim {}",
        std::mem::size_of::<crate::text::Token>(),
        std::mem::size_of::<crate::extract::DateFact>(),
        std::mem::size_of::<crate::extract::FigureFact>(),
        std::mem::size_of::<crate::extract::EntityFact>(),
        std::mem::size_of::<crate::extract::quotes::QuoteFact>(),
        std::mem::size_of::<crate::claims::Claim>()
    );
}

/// Per-entry spellings of the whole corpus, and per language.
type Preferred = (
    HashMap<u32, String>,
    HashMap<(crate::lang::Lang, u32), String>,
);

fn preferred_aliases(corpus: &Corpus, facts: &[Facts]) -> Preferred {
    let mut counts: HashMap<u32, BTreeMap<&str, usize>> = HashMap::new();
    let mut by_lang: HashMap<(crate::lang::Lang, u32), BTreeMap<&str, usize>> = HashMap::new();
    for (a, f) in corpus.articles.iter().zip(facts) {
        for e in &f.entities {
            if let Some(id) = e.entry {
                let written = e.span.slice(&a.text);
                *counts.entry(id).or_default().entry(written).or_default() += 1;
                *by_lang
                    .entry((a.lang, id))
                    .or_default()
                    .entry(written)
                    .or_default() += 1;
            }
        }
    }
    // The most used, the first in byte order among equals.
    fn most(c: BTreeMap<&str, usize>) -> Option<String> {
        c.into_iter()
            .max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(x.0)))
            .map(|(s, _)| s.to_string())
    }
    (
        counts
            .into_iter()
            .filter_map(|(id, c)| most(c).map(|s| (id, s)))
            .collect(),
        by_lang
            .into_iter()
            .filter_map(|(k, c)| most(c).map(|s| (k, s)))
            .collect(),
    )
}

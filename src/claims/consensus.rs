//! Consensus: claims grouped by key, each value weighed by the independent sources that
//! support it, and the values fewer sources support reported against the consensus.
//!
//! This is the one place that decides, for every cross-article fact rule, which value is the
//! outlier and how much evidence stands against it:
//!
//! - **Compatible values agree**: hedges and bounds ("au moins 20" and 23), rounding
//!   ("26 millions" and "26,6 millions"), places in one country (Pékin and Harbin), and dates
//!   of one happening only (values more than a week apart are two happenings, not a conflict).
//! - **Sources, not files**: each outlet counts once, and every copy of one sentence counts
//!   as the first outlet that printed it (wire copy is one source).
//! - **Severity follows the evidence**: an *error* needs at least two independent sources
//!   against one, no hedge, and no legitimate reason (a caption, a date read against the
//!   publication date, a one-day gap that a time zone explains, a rising toll); a single-source
//!   disagreement or one such reason gives a *warning* (one source against one: both are
//!   reported, since neither outvotes the other); a one-day gap where either report speaks of
//!   a night (dated on either side of midnight) or reads its day on a named clock next to it
//!   ("at 0:42 a.m. Japan time on Friday") is *information*; a toll that rises between reports
//!   published on different days is *information*. Two values each held by several sources
//!   are a split, not an outlier: nothing is reported; so are two single sources whose
//!   days or times name different people (two moments of one event).
//! - **One article against itself** (a headline against its body) is the same mechanism with
//!   one source: a warning.
//!
//! Cost: one pass to group claims by key; per key, the distinct values are compared with each
//! other (capped at [`MAX_VARIANTS`]), never the claims pairwise.

use super::{Aspect, Claim, Key, Scope, Soft, Value};
use crate::extract::figures::{compatible as figures_compatible, Qualifier};
use crate::extract::gazetteer::{sovereign, Gazetteer};
use crate::finding::{ArticleId, Diagnostic, Label, Severity};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Related labels a consensus finding carries at most; the message gives the total.
pub const RELATED_CAP: usize = 3;
/// Distinct values of one key compared with each other; beyond, the rarest values are
/// compared with the consensus only (a key that thousands of copies each vary).
pub const MAX_VARIANTS: usize = 512;
/// Most variants of one key for which a near miss is weighed without the bounds that fit
/// both values (each candidate then costs a pass over the variants).
const MAX_BOUNDED_VARIANTS: usize = 32;
/// Days beyond which two dates of one key are two happenings rather than a conflict.
const SAME_HAPPENING_DAYS: i64 = 7;
/// The same for months ("en février 2022" against "en septembre").
const SAME_HAPPENING_MONTH_DAYS: i64 = 92;

/// A claim whose value fewer independent sources support than the consensus value.
#[derive(Debug, Clone)]
pub struct Outlier {
    /// The claim reported (index into the claims).
    pub claim: usize,
    /// The value most sources give.
    pub consensus: Value,
    /// Articles that give a value compatible with the consensus.
    pub consensus_reports: usize,
    /// Independent sources among them.
    pub consensus_sources: usize,
    /// Independent sources whose value is compatible with the outlier's.
    pub own_sources: usize,
    /// Up to [`RELATED_CAP`] claims of the consensus (indices), one per article, corpus order.
    pub supporters: Vec<usize>,
    /// True when every claim of the key comes from the outlier's own article.
    pub self_contradiction: bool,
    /// What the evidence supports.
    pub severity: Severity,
    /// Why the severity is below error, when it is.
    pub reason: Option<&'static str>,
}

/// True when two values of one aspect can both be right.
pub fn compatible(aspect: Aspect, a: (&Value, Qualifier), b: (&Value, Qualifier)) -> bool {
    // Who died is one person, not anyone of a country.
    if aspect == Aspect::Agent {
        return a.0 == b.0;
    }
    match (a.0, b.0) {
        (Value::Days { start: s1, end: e1 }, Value::Days { start: s2, end: e2 }) => match aspect {
            Aspect::Month => (s1.format("%Y-%m").to_string()) == s2.format("%Y-%m").to_string(),
            // A night across two days holds either of them.
            Aspect::Day => (s1 <= s2 && e2 <= e1) || (s2 <= s1 && e1 <= e2),
            _ => s1 == s2 && e1 == e2,
        },
        (
            Value::Number {
                value: v1,
                resolution: r1,
            },
            Value::Number {
                value: v2,
                resolution: r2,
            },
        ) => figures_compatible((*v1, a.1, *r1), (*v2, b.1, *r2)),
        // "vers 9 h 30", "shortly after 12:30": within half an hour. A hedge on a rounder
        // time covers more: "about 8:48" is a minute or two from 8:48 (a source that gives
        // the minute knows it), not half an hour.
        (Value::Time { minutes: x }, Value::Time { minutes: y }) => {
            let slack = |m: u16, q: Qualifier| match q {
                Qualifier::Exact => 0,
                _ if m.is_multiple_of(30) => 30,
                _ if m.is_multiple_of(5) => 10,
                _ => 2,
            };
            x == y || x.abs_diff(*y) <= slack(*x, a.1).max(slack(*y, b.1))
        }
        (Value::Place { entry: x }, Value::Place { entry: y }) => {
            let g = Gazetteer::get();
            let (cx, cy) = (&g.entry(*x).country, &g.entry(*y).country);
            x == y
                || cx
                    .as_deref()
                    .zip(cy.as_deref())
                    .is_some_and(|(cx, cy)| sovereign(cx) == sovereign(cy))
        }
        _ => false,
    }
}

fn start_of(v: &Value) -> Option<NaiveDate> {
    match v {
        Value::Days { start, .. } => Some(*start),
        _ => None,
    }
}

/// Splits the claims of one key into happenings: dates more than a week apart (months: a
/// season) are different happenings. Other aspects are one group.
fn happenings(key: &Key, all: &[Claim], mut claims: Vec<usize>) -> Vec<Vec<usize>> {
    let gap = match key.aspect {
        Aspect::Day | Aspect::Days => SAME_HAPPENING_DAYS,
        Aspect::Month => SAME_HAPPENING_MONTH_DAYS,
        _ => return vec![claims],
    };
    claims.sort_by_key(|&c| (start_of(&all[c].value), all[c].article, all[c].span.start));
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut last: Option<NaiveDate> = None;
    for c in claims {
        let s = start_of(&all[c].value);
        let new = match (last, s) {
            (Some(l), Some(s)) => (s - l).num_days() > gap,
            _ => true,
        };
        if new {
            out.push(Vec::new());
        }
        last = s;
        out.last_mut().expect("pushed").push(c);
    }
    for g in &mut out {
        g.sort_by_key(|&c| (all[c].article, all[c].span.start));
    }
    out
}

/// One distinct value of a key and the claims that give it.
struct Variant {
    value: Value,
    hedge: Qualifier,
    claims: Vec<usize>,
    sources: Vec<u32>,
}

/// True when the key holds several quantities rather than one: many of the articles that state
/// it give it two values that cannot both hold ("325 voix sur 630", "il lui a manqué six
/// voix": votes won, seats, votes missing). A report that contradicts itself is a slip in
/// one article; when a quarter of the reports (two at least) do, the key is too coarse to
/// weigh, and whatever it would report is noise.
fn mixes_quantities(key: &Key, all: &[Claim], variants: &[Variant]) -> bool {
    // Tolls hold several values by nature ("le bilan, de 296 morts, est passé à 632"): they
    // are weighed as running totals instead.
    let evolving = variants
        .iter()
        .any(|v| v.claims.iter().any(|&c| all[c].soft == Soft::Evolving));
    if key.aspect == Aspect::Agent || evolving {
        return false;
    }
    let mut of_article: BTreeMap<ArticleId, Vec<usize>> = BTreeMap::new();
    for (i, v) in variants.iter().enumerate() {
        for &c in &v.claims {
            let vs = of_article.entry(all[c].article).or_default();
            if !vs.contains(&i) {
                vs.push(i);
            }
        }
    }
    let apart = |i: usize, j: usize| {
        !compatible(
            key.aspect,
            (&variants[i].value, variants[i].hedge),
            (&variants[j].value, variants[j].hedge),
        )
    };
    // The values of each article that no other of its values explains, gathered greedily.
    let distinct = |vs: &[usize]| {
        let mut kept: Vec<usize> = Vec::new();
        for &i in vs {
            if kept.iter().all(|&k| apart(i, k)) {
                kept.push(i);
            }
        }
        kept.len()
    };
    let counts: Vec<usize> = of_article.values().map(|vs| distinct(vs)).collect();
    let torn = counts.iter().filter(|&&n| n >= 2).count();
    // One report giving three values of one key ("78 livrés, 712 depuis janvier, 820
    // visés") states three things the key does not tell apart; a slip makes two.
    (torn >= 2 && torn * 4 >= of_article.len()) || counts.iter().any(|&n| n >= 3)
}

/// The claims of a key that holds several quantities, split where two of its values, in
/// increasing order, are more than [`FAR_RATIO`] apart: each part is one quantity as the
/// reports give it, slips and roundings included. Parts of one claim are left out, and parts
/// a report gives two values of; so is any key that is not a count, an amount or a rank ("à la 35e puis à la 78e": a scorer's two
/// goals).
fn quantities(key: &Key, all: &[Claim], variants: &[Variant]) -> Vec<Vec<usize>> {
    if !matches!(key.aspect, Aspect::Quantity | Aspect::Ordinal) {
        return Vec::new();
    }
    let mut numbers: Vec<(f64, &Variant)> = Vec::with_capacity(variants.len());
    for v in variants {
        match v.value {
            Value::Number { value, .. } if value > 0.0 => numbers.push((value, v)),
            _ => return Vec::new(),
        }
    }
    numbers.sort_by(|x, y| x.0.total_cmp(&y.0));
    let mut parts: Vec<Vec<&Variant>> = Vec::new();
    let mut last: Option<f64> = None;
    for (value, v) in numbers {
        if last.is_none_or(|l| value / l > FAR_RATIO) {
            parts.push(Vec::new());
        }
        last = Some(value);
        parts.last_mut().expect("pushed").push(v);
    }
    // A part one report gives two values of that cannot both hold ("712 livraisons depuis
    // janvier", "un objectif de 820"): two things still, in a key that already mixed them.
    let torn = |part: &[&Variant]| {
        part.iter().enumerate().any(|(i, x)| {
            part[i + 1..].iter().any(|y| {
                !compatible(key.aspect, (&x.value, x.hedge), (&y.value, y.hedge))
                    && x.claims
                        .iter()
                        .any(|&c| y.claims.iter().any(|&d| all[c].article == all[d].article))
            })
        })
    };
    parts
        .into_iter()
        .filter(|p| !torn(p))
        .map(|p| {
            let mut claims: Vec<usize> = p.iter().flat_map(|v| v.claims.iter().copied()).collect();
            claims.sort_by_key(|&c| (all[c].article, all[c].span.start));
            claims
        })
        .filter(|p| p.len() >= 2)
        .collect()
}

/// True when two percentages of one key could be two shares of one whole (they add up to
/// no more than 100), such as two parties' shares of the vote.
fn shares_of_a_whole(key: &Key, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number { value: x, .. }, Value::Number { value: y, .. }) => {
            key.unit.as_deref() == Some("%") && *x >= 0.0 && *y >= 0.0 && x + y <= 100.5
        }
        _ => false,
    }
}

/// Ratio past which two numbers of one key are two things rather than two versions of one
/// (a slipped digit or a rounding stays well within it).
const FAR_RATIO: f64 = 1.5;

/// True when two numbers are more than [`FAR_RATIO`] apart.
fn far_apart(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number { value: x, .. }, Value::Number { value: y, .. }) => {
            let (lo, hi) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
            lo > 0.0 && hi / lo > FAR_RATIO
        }
        _ => false,
    }
}

/// Ratio from which two counts of one key are two things, unless a power of ten apart.
const ANOTHER_COUNT_RATIO: f64 = 5.0;

/// True when two numbers are at least [`ANOTHER_COUNT_RATIO`] apart and not within 10% of a
/// power of ten of each other (a digit dropped or added: 190 and 1,900; 19 and 1,900).
fn another_count(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number { value: x, .. }, Value::Number { value: y, .. }) => {
            let (lo, hi) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
            if lo <= 0.0 || hi / lo < ANOTHER_COUNT_RATIO {
                return false;
            }
            let decades = (hi / lo).log10();
            (decades - decades.round()).abs() > 1.1f64.log10()
        }
        _ => false,
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (
            Value::Number {
                value: x,
                resolution: rx,
            },
            Value::Number {
                value: y,
                resolution: ry,
            },
        ) => x.to_bits() == y.to_bits() && rx.to_bits() == ry.to_bits(),
        _ => a == b,
    }
}

/// Finds the outliers of every key. `published` gives an article's publication date, used to
/// tell a rising toll from a conflicting one.
pub fn outliers(
    claims: &[Claim],
    published: &(dyn Fn(ArticleId) -> Option<NaiveDate> + Sync),
) -> Vec<Outlier> {
    let mut by_key: BTreeMap<&Key, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if !matches!(
            c.key.aspect,
            Aspect::Named | Aspect::Measure | Aspect::Dated | Aspect::Clock
        ) {
            by_key.entry(&c.key).or_default().push(i);
        }
    }
    // Keys are weighed apart: in parallel, then concatenated in key order.
    let groups: Vec<(&Key, Vec<usize>)> = by_key.into_iter().filter(|(_, g)| g.len() > 1).collect();
    let per_key: Vec<Vec<Outlier>> = groups
        .par_iter()
        .map(|(key, group)| {
            let mut out = Vec::new();
            for h in happenings(key, claims, group.clone()) {
                weigh(key, claims, &h, published, &mut out);
            }
            out
        })
        .collect();
    let mut out: Vec<Outlier> = per_key.into_iter().flatten().collect();
    headlines_against_bodies(claims, &groups, &mut out);
    // A hurricane that makes landfall on Tuesday in one country and on Wednesday in another:
    // when the reports give a happening two days, each from two independent sources at
    // least, a time of day a sentence gives without its day may be either day's, and a
    // difference of times is information.
    let spread = several_days(claims);
    if !spread.is_empty() {
        for o in &mut out {
            let c = &claims[o.claim];
            let trigger = c.key.concept.split('@').next().unwrap_or("");
            if c.key.aspect == Aspect::Time
                && spread.contains(&(&c.key.scope, trigger))
                && o.severity != Severity::Info
            {
                o.severity = Severity::Info;
                o.reason = Some("the reports give this happening several days");
            }
        }
    }
    out
}

/// A headline's toll that none of its own body's tolls of the key fits ("toll rises to at
/// least 12" over "at least 10 people were killed"): one report, written at one time, says two
/// things. A toll rises between reports, so [`weigh`] lets a higher count pass; within one
/// report it does not. A warning, pointing at the body; claims already reported are left.
fn headlines_against_bodies(
    claims: &[Claim],
    groups: &[(&Key, Vec<usize>)],
    out: &mut Vec<Outlier>,
) {
    let concepts = super::concepts::Concepts::get();
    let reported: std::collections::HashSet<usize> = out.iter().map(|o| o.claim).collect();
    let tolls = groups.iter().filter(|(key, _)| {
        key.aspect == Aspect::Quantity
            && concepts.is_toll(key.concept.split('/').next().unwrap_or(""))
    });
    for (key, group) in tolls {
        let mut of_article: BTreeMap<ArticleId, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
        for &i in group {
            let e = of_article.entry(claims[i].article).or_default();
            if claims[i].headline {
                e.0.push(i);
            } else {
                e.1.push(i);
            }
        }
        for (heads, bodies) in of_article.values() {
            let Some(&first_body) = bodies.first() else {
                continue;
            };
            for &h in heads {
                let c = &claims[h];
                // Two floors far apart are two updates of a toll across reports; within one
                // report, written at one time, they are two counts ("at least 10 dead" in
                // Florida, "more than 200" of an earlier storm): neither fits the other. A
                // vague floor ("dozens", "des milliers") fits any count above it.
                let floors_apart = |b: &Claim| match (c.value, b.value) {
                    (
                        Value::Number {
                            value: x,
                            resolution: rx,
                        },
                        Value::Number {
                            value: y,
                            resolution: ry,
                        },
                    ) => {
                        c.hedge == Qualifier::AtLeast
                            && b.hedge == Qualifier::AtLeast
                            && rx < x
                            && ry < y
                            && x.max(y) > x.min(y) * crate::extract::figures::FLOORS_APART
                    }
                    _ => false,
                };
                let fits = bodies.iter().any(|&b| {
                    compatible(
                        key.aspect,
                        (&c.value, c.hedge),
                        (&claims[b].value, claims[b].hedge),
                    ) && !floors_apart(&claims[b])
                });
                if fits || reported.contains(&h) {
                    continue;
                }
                out.push(Outlier {
                    claim: h,
                    consensus: claims[first_body].value,
                    consensus_reports: 1,
                    consensus_sources: 1,
                    own_sources: 1,
                    supporters: vec![first_body],
                    self_contradiction: true,
                    severity: Severity::Warning,
                    reason: Some("the headline and the body of one report disagree"),
                });
            }
        }
    }
}

/// Drops the outliers a sentence lists with the consensus value (see [`lists_among`]):
/// the claims of the outliers' sentences are gathered in one pass.
pub fn drop_listed<'t>(
    claims: &[Claim],
    outliers: &mut Vec<Outlier>,
    text: impl Fn(ArticleId) -> &'t str,
) {
    let wanted: std::collections::HashSet<(ArticleId, u32)> = outliers
        .iter()
        .map(|o| (claims[o.claim].article, claims[o.claim].sentence.start))
        .collect();
    let mut by_sentence: std::collections::HashMap<(ArticleId, u32), Vec<&Claim>> =
        std::collections::HashMap::new();
    for c in claims {
        if wanted.contains(&(c.article, c.sentence.start)) {
            by_sentence
                .entry((c.article, c.sentence.start))
                .or_default()
                .push(c);
        }
    }
    outliers.retain(|o| {
        let c = &claims[o.claim];
        let same = by_sentence
            .get(&(c.article, c.sentence.start))
            .map_or(&[][..], Vec::as_slice);
        !lists_among(claims, same.iter().copied(), o, &text)
    });
}

/// Drops a quantity one report gives against one other when either counts the other's
/// number as something else: "310 lawmakers backed him" against "la coalition compte 328
/// députés", where the second report gives 310 as the votes cast. Two reports that each
/// state both numbers disagree about which thing each counts, not about a figure; with one
/// source on each side there is no consensus to settle it. One pass over the claims.
pub fn drop_restated(claims: &[Claim], outliers: &mut Vec<Outlier>) {
    let tie = |o: &Outlier| {
        o.own_sources == 1
            && o.consensus_sources == 1
            && claims[o.claim].key.aspect == Aspect::Quantity
    };
    // For each tied outlier: (article, number) pairs that would show a restatement.
    let mut wanted: std::collections::HashSet<(ArticleId, u64)> = Default::default();
    for o in outliers.iter().filter(|o| tie(o)) {
        let c = &claims[o.claim];
        if let (Some(own), Some(cons)) = (number_bits(&c.value), number_bits(&o.consensus)) {
            wanted.insert((c.article, cons));
            for &s in &o.supporters {
                wanted.insert((claims[s].article, own));
            }
        }
    }
    if wanted.is_empty() {
        return;
    }
    let stated = stated_numbers(claims, &wanted);
    let elsewhere = |article: ArticleId, v: u64, key: &Key| {
        stated
            .get(&(article, v))
            // Under another key of the same unit: "12 km deep" is not restated by "twelve
            // minutes later".
            // Nor by a span of time ("le droit de vote à 16 ans" beside "16 cantons"): a
            // duration or an age counts no thing the other report could have meant.
            .is_some_and(|keys| {
                keys.iter().any(|k| {
                    *k != key
                        && k.scope == key.scope
                        && k.unit == key.unit
                        && !counts_time(&k.concept)
                })
            })
    };
    outliers.retain(|o| {
        if !tie(o) {
            return true;
        }
        let c = &claims[o.claim];
        let (Some(own), Some(cons)) = (number_bits(&c.value), number_bits(&o.consensus)) else {
            return true;
        };
        let restated = elsewhere(c.article, cons, &c.key)
            || o.supporters
                .iter()
                .any(|&s| elsewhere(claims[s].article, own, &c.key));
        !restated
    });
}

/// True for a quantity's concept that is a span of time or an age ("years/vote", "age/x").
fn counts_time(concept: &str) -> bool {
    let head = concept.split(['/', '@']).next().unwrap_or("");
    head == "age" || super::time_unit(head).is_some_and(|u| u != "time")
}

/// Where each wanted (article, number) is stated, and under which keys: as a firm figure,
/// since "des milliers" is no count of a thousand. One pass over the claims.
fn stated_numbers<'c>(
    claims: &'c [Claim],
    wanted: &std::collections::HashSet<(ArticleId, u64)>,
) -> std::collections::HashMap<(ArticleId, u64), Vec<&'c Key>> {
    let mut stated: std::collections::HashMap<(ArticleId, u64), Vec<&Key>> = Default::default();
    for c in claims.iter().filter(|c| c.hedge == Qualifier::Exact) {
        if let Some(v) = number_bits(&c.value) {
            if wanted.contains(&(c.article, v)) {
                stated.entry((c.article, v)).or_default().push(&c.key);
            }
        }
    }
    stated
}

/// A number's exact bits, as the keys of [`stated_numbers`] hold it; `None` for other values.
fn number_bits(v: &Value) -> Option<u64> {
    match v {
        Value::Number { value, .. } => Some(value.to_bits()),
        _ => None,
    }
}

/// Drops the near misses (see [`near_misses`]) whose own report states the amount they miss
/// under another key of the same event: "la reconstruction a coûté 700 millions d'euros,
/// financés par 846 millions de dons" beside reports of 846 million euros of donations. The
/// report knows that amount, so its other one is another thing (a cost, not the gifts); no
/// concept keys either amount to tell. One pass over the claims.
pub fn drop_known(claims: &[Claim], near: &mut Vec<Outlier>) {
    let wanted: std::collections::HashSet<(ArticleId, u64)> = near
        .iter()
        .filter_map(|o| Some((claims[o.claim].article, number_bits(&o.consensus)?)))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let stated = stated_numbers(claims, &wanted);
    near.retain(|o| {
        let c = &claims[o.claim];
        let Some(cons) = number_bits(&o.consensus) else {
            return true;
        };
        !stated
            .get(&(c.article, cons))
            .is_some_and(|keys| keys.iter().any(|k| **k != c.key && k.scope == c.key.scope))
    });
}

/// True when the outlier's sentence lists it with the consensus value ("les législatives
/// auront lieu le 30 juin et le 7 juillet", "11 000 soldats, dont 1 500 ..."): two of the
/// key's things, not a slip. Only a list: "on Sunday morning, October 20" writes one day twice
/// and a slip in either is one. `sentence_claims` are the claims of its sentence, `text`
/// gives an article's text.
fn lists_among<'c, 't>(
    claims: &[Claim],
    sentence_claims: impl Iterator<Item = &'c Claim>,
    o: &Outlier,
    text: impl Fn(ArticleId) -> &'t str,
) -> bool {
    const LINKS: &[&str] = &[
        "et",
        "and",
        "puis",
        "then",
        "ou",
        "or",
        "dont",
        "including",
        "parmi",
        "among",
        "tandis",
        "while",
        "whereas",
        "contre",
        "against",
        "versus",
    ];
    let c = &claims[o.claim];
    let t = text(c.article);
    sentence_claims
        .filter(|x| {
            x.article == c.article
                && x.sentence == c.sentence
                && x.key == c.key
                && x.span != c.span
                && compatible(
                    x.key.aspect,
                    (&x.value, x.hedge),
                    (&o.consensus, Qualifier::Exact),
                )
        })
        .any(|x| {
            let (from, to) = if x.span.start < c.span.start {
                (x.span.end(), c.span.start())
            } else {
                (c.span.end(), x.span.start())
            };
            t.get(from..to.max(from)).is_some_and(|between| {
                between
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| LINKS.contains(&w.to_lowercase().as_str()))
            })
        })
}

/// (scope, trigger) of the happenings the reports date on two days or more, each day given by
/// two independent sources at least.
fn several_days(claims: &[Claim]) -> std::collections::HashSet<(&Scope, &str)> {
    let mut days: BTreeMap<(&Scope, &str), BTreeMap<NaiveDate, Vec<u32>>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.key.aspect == Aspect::Day) {
        if let Value::Days { start, end } = c.value {
            if start == end {
                days.entry((&c.key.scope, c.key.concept.as_ref()))
                    .or_default()
                    .entry(start)
                    .or_default()
                    .push(c.source);
            }
        }
    }
    days.into_iter()
        .filter(|(_, by_day)| {
            by_day
                .values()
                .filter(|srcs| {
                    let mut s = (*srcs).clone();
                    s.sort_unstable();
                    s.dedup();
                    s.len() >= 2
                })
                .count()
                >= 2
        })
        .map(|(k, _)| k)
        .collect()
}

fn weigh(
    key: &Key,
    all: &[Claim],
    group: &[usize],
    published: &(dyn Fn(ArticleId) -> Option<NaiveDate> + Sync),
    out: &mut Vec<Outlier>,
) {
    let mut variants: Vec<Variant> = Vec::new();
    for &ci in group {
        let c = &all[ci];
        match variants
            .iter_mut()
            .find(|v| v.hedge == c.hedge && same_value(&v.value, &c.value))
        {
            Some(v) => {
                v.claims.push(ci);
                v.sources.push(c.source);
            }
            None => variants.push(Variant {
                value: c.value,
                hedge: c.hedge,
                claims: vec![ci],
                sources: vec![c.source],
            }),
        }
    }
    if variants.len() < 2 {
        return;
    }
    for v in &mut variants {
        v.sources.sort_unstable();
        v.sources.dedup();
    }
    if mixes_quantities(key, all, &variants) {
        // "3 200 emplois supprimés, dont 1 800 à Mirafiori et 900 à Cassino": a key that
        // holds a total and its parts is too coarse to weigh as one, but each of its
        // quantities, far apart from the others, is weighed on its own. So is each goal
        // of a scorer who scored two.
        for part in quantities(key, all, &variants) {
            if part.len() < group.len() {
                weigh(key, all, &part, published, out);
            }
        }
        return;
    }
    // The most supported values are compared with each other; past the cap, the rest are
    // compared with the consensus only.
    let mut order: Vec<usize> = (0..variants.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(variants[i].sources.len()), i));
    order.truncate(MAX_VARIANTS);
    // A label ("Article 38", "flight 171") is an identifier: no rounding or hedge makes two
    // of them one. "Article 3800" does not stand for "Article 3812".
    let label = key.concept.starts_with("label/");
    let compat = |i: usize, j: usize| {
        if label {
            // The identifier, however precisely it was read ("7.7-magnitude" and "7,7").
            return match (&variants[i].value, &variants[j].value) {
                (Value::Number { value: x, .. }, Value::Number { value: y, .. }) => {
                    x.to_bits() == y.to_bits()
                }
                (x, y) => same_value(x, y),
            };
        }
        compatible(
            key.aspect,
            (&variants[i].value, variants[i].hedge),
            (&variants[j].value, variants[j].hedge),
        )
    };
    let support = |i: usize, among: &[usize]| -> (usize, usize) {
        let mut srcs: Vec<u32> = Vec::new();
        let mut arts: Vec<ArticleId> = Vec::new();
        for &j in among {
            if j == i || compat(i, j) {
                srcs.extend(&variants[j].sources);
                arts.extend(variants[j].claims.iter().map(|&c| all[c].article));
            }
        }
        if !among.contains(&i) {
            srcs.extend(&variants[i].sources);
            arts.extend(variants[i].claims.iter().map(|&c| all[c].article));
        }
        srcs.sort_unstable();
        srcs.dedup();
        arts.sort_unstable();
        arts.dedup();
        (srcs.len(), arts.len())
    };
    // The sources of `i` and of the values compatible with it that are not compatible with
    // `other`.
    let exclusive = |i: usize, other: usize| -> usize {
        let mut srcs: Vec<u32> = variants[i].sources.clone();
        for &j in order.iter().filter(|&&j| j != i && j != other) {
            if compat(i, j) && !compat(other, j) {
                srcs.extend(&variants[j].sources);
            }
        }
        srcs.sort_unstable();
        srcs.dedup();
        srcs.len()
    };
    // The consensus: most independent sources, then most reports, then a firm value over a
    // hedged one, then the earliest in the corpus.
    // For a running total, then the latest report: the toll stands where it was last given.
    type Support = std::collections::HashMap<usize, (usize, usize)>;
    let mut sup: Support = order.iter().map(|&i| (i, support(i, &order))).collect();
    let running = group.iter().any(|&c| all[c].soft == Soft::Evolving);
    // Read once per variant: the rank compares them many times.
    let latest_of: Vec<Option<NaiveDate>> = if running {
        variants
            .iter()
            .map(|v| {
                v.claims
                    .iter()
                    .filter_map(|&c| published(all[c].article))
                    .max()
            })
            .collect()
    } else {
        Vec::new()
    };
    let latest = |i: usize| latest_of.get(i).copied().flatten();
    let rank = |sup: &Support, i: usize, j: usize| {
        let (si, ri) = sup[&i];
        let (sj, rj) = sup[&j];
        si.cmp(&sj)
            .then(ri.cmp(&rj))
            .then(if running {
                latest(i).cmp(&latest(j))
            } else {
                std::cmp::Ordering::Equal
            })
            .then(
                (variants[i].hedge == Qualifier::Exact)
                    .cmp(&(variants[j].hedge == Qualifier::Exact)),
            )
            .then(
                all[variants[j].claims[0]]
                    .article
                    .cmp(&all[variants[i].claims[0]].article),
            )
            .then(j.cmp(&i))
    };
    let mut best = *order
        .iter()
        .max_by(|&&i, &&j| rank(&sup, i, j))
        .expect("two variants or more");
    // A hedge that fits two firm values which disagree ("au moins 89" beside 89 and 97)
    // settles nothing: the firm values are weighed without it.
    // So does a bound that fits two rounded values which disagree ("plus de 200" beside
    // "nearly 300" and "près de 330"), and a count as vague as its value ("une vingtaine"
    // beside 21 and 23).
    let vague = |i: usize| {
        matches!(variants[i].value, Value::Number { value, resolution }
            if crate::extract::figures::is_collective(value, resolution))
    };
    if variants[best].hedge != Qualifier::Exact || vague(best) {
        let bound = matches!(variants[best].hedge, Qualifier::AtLeast | Qualifier::AtMost);
        let firm: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&j| {
                j != best
                    && ((variants[j].hedge == Qualifier::Exact && !vague(j))
                        || (bound && variants[j].hedge == Qualifier::Approx))
                    && compat(best, j)
            })
            .collect();
        if firm.iter().any(|&x| firm.iter().any(|&y| !compat(x, y))) {
            // Every hedge or vague count that fits two of the firm values that disagree
            // ("about twenty" and "une vingtaine" beside 21 and 23) is left out, not only
            // the best supported one.
            let neutral = |h: usize| {
                h == best
                    || ((variants[h].hedge != Qualifier::Exact || vague(h))
                        && firm.iter().any(|&x| {
                            compat(h, x) && firm.iter().any(|&y| compat(h, y) && !compat(x, y))
                        }))
            };
            let firm_order: Vec<usize> = order.iter().copied().filter(|&j| !neutral(j)).collect();
            sup = firm_order
                .iter()
                .map(|&i| (i, support(i, &firm_order)))
                .collect();
            best = *firm_order
                .iter()
                .max_by(|&&i, &&j| rank(&sup, i, j))
                .expect("two firm values");
        }
    }
    // Nor does a hedge that fits the firm consensus and a firm value against it ("more than
    // 500" beside 527 and 579): it is taken out before the two are weighed, or it would
    // side with whichever the corpus order ranks first.
    if variants[best].hedge == Qualifier::Exact {
        let splits = |h: usize| {
            variants[h].hedge != Qualifier::Exact
                && compat(h, best)
                && order.iter().any(|&j| {
                    j != best
                        && variants[j].hedge == Qualifier::Exact
                        && compat(h, j)
                        && !compat(best, j)
                })
        };
        let kept: Vec<usize> = order.iter().copied().filter(|&h| !splits(h)).collect();
        if kept.len() < order.len() && kept.len() >= 2 {
            sup = kept.iter().map(|&i| (i, support(i, &kept))).collect();
            best = *kept
                .iter()
                .max_by(|&&i, &&j| rank(&sup, i, j))
                .expect("two firm values");
        }
    }
    let (cons_sources, cons_reports) = sup[&best];
    // Three sources or more, each with a value no other fits ("announced on Tuesday", "on
    // Wednesday", "on Thursday"): no two reports agree on anything, so the key gathers
    // several happenings (three bodies announcing, three waves) rather than versions of one.
    // A toll that rises from report to report is one count at three moments: its
    // differences stay information (see `Soft::Evolving`).
    if cons_sources < 2
        && order.len() >= 3
        && {
            let mut sources: Vec<u32> = group.iter().map(|&c| all[c].source).collect();
            sources.sort_unstable();
            sources.dedup();
            sources.len() >= 3
        }
        && group.iter().all(|&c| all[c].soft != super::Soft::Evolving)
        && order
            .iter()
            .all(|&i| order.iter().all(|&j| i == j || !compat(i, j)))
    {
        return;
    }
    // A label ("Article 1", "flight 171") names a thing: two reports naming two labels most
    // often name two things. Only a label several sources agree on outvotes another.
    if key.concept.starts_with("label/") && cons_sources < 2 {
        return;
    }
    let one_source = group.iter().all(|&c| all[c].source == all[group[0]].source);
    // One article counting a noun the lexicon does not know twice ("engagé pour cinq
    // saisons, après sept saisons au PSG") counts two things more often than it slips; so
    // does one that counts twice in its body ("436 points" for the winner, "88 points" for
    // another): only a headline or lede against the body is weighed.
    // "her third marathon" and "his fifth Berlin marathon" in one body: two runners. "The
    // 12th minute" and "the 80th minute", "third quarter" and "fourth quarter": one report's
    // ranks in time are different moments.
    let ranks_in_time = key.aspect == Aspect::Ordinal && key.concept.starts_with("nth/");
    if one_source
        && key.aspect == Aspect::Ordinal
        && (ranks_in_time || group.iter().all(|&c| !all[c].lede))
    {
        return;
    }
    if one_source
        && key.aspect == Aspect::Quantity
        && ((key.unit.is_none()
            && !super::concepts::Concepts::get()
                .is_count_name(key.concept.split('/').next().unwrap_or("")))
            || group.iter().all(|&c| !all[c].lede))
    {
        return;
    }
    // One sentence giving two values of a key gives two things ("67,7 % des voix sur la
    // famille et 73,9 % sur les soins"), not two versions of one.
    if one_source
        && group.iter().all(|&c| {
            all[c].article == all[group[0]].article && all[c].sentence == all[group[0]].sentence
        })
    {
        return;
    }
    // One report giving a day past and a day to come of one kind ("190 lawmakers voted on
    // Wednesday … a vote could be held as early as Saturday") tells of a happening and of
    // the next one: a report cannot tell as done what is still to come.
    if one_source && key.aspect == Aspect::Day {
        if let Some(p) = published(all[group[0]].article) {
            let days = || variants.iter().filter_map(|v| start_of(&v.value));
            if days().any(|d| d > p) && days().any(|d| d <= p) {
                return;
            }
        }
    }
    // One report giving two days of a visit or a summit ("arrivé vendredi, se rendra samedi
    // à Sendai") tells two of its days, not two versions of one.
    // Nor, when a report gives two days of a protest or a strike ("lundi, la police a tiré
    // … mardi, des manifestants ont incendié"), are the other reports' days other versions:
    // the happening spans them.
    if key.aspect == Aspect::Day && crate::align::events::lasts(&key.concept) {
        let mut days_of: BTreeMap<ArticleId, Vec<NaiveDate>> = BTreeMap::new();
        for v in &variants {
            for &c in &v.claims {
                if let Some(d) = start_of(&v.value) {
                    days_of.entry(all[c].article).or_default().push(d);
                }
            }
        }
        let spans_days = days_of.values_mut().any(|ds| {
            ds.sort_unstable();
            ds.dedup();
            ds.len() >= 2
        });
        if one_source || spans_days {
            return;
        }
    }
    let supporters = one_claim_per_article(
        all,
        &variants,
        order
            .iter()
            .copied()
            .filter(|&j| j == best || compat(best, j)),
    );
    // A value exactly as well supported as the consensus: nothing outvotes either side, so
    // each is reported against the other (the consensus side once, against the first such
    // value), rather than the later article taking the blame by corpus order.
    // The sources that give the consensus value: anywhere in their text, and in their body.
    // A bare sum of the event's own sentences ("measure") may be the revenue, the forecast
    // or the estimate it beat, and a rank in time the quarter reported or the next one: a
    // report whose body also gives the consensus value agrees with it, and its other value
    // is another quantity. A headline's value does not count: a headline against the body
    // is worth reporting.
    let mut gives_too: std::collections::HashSet<u32> = std::collections::HashSet::new();
    let mut gives_consensus: std::collections::HashSet<u32> = std::collections::HashSet::new();
    let keyed_apart = &*key.concept == "measure" || ranks_in_time;
    for j in (0..variants.len()).filter(|&j| j == best || compat(best, j)) {
        for &c in &variants[j].claims {
            gives_too.insert(all[c].source);
            if keyed_apart && !all[c].headline {
                gives_consensus.insert(all[c].source);
            }
        }
    }
    let mut tied: Option<usize> = None;
    for i in 0..variants.len() {
        if i == best || compat(best, i) {
            continue;
        }
        let (own_sources, _) = sup.get(&i).copied().unwrap_or_else(|| support(i, &order));
        // Two values that several sources each give are a split (two moments, two counts),
        // not one report's slip. A hedge both fit ("au moins 89" beside 89 and 97) takes
        // neither side.
        let (own_alone, cons_alone) = (exclusive(i, best), exclusive(best, i));
        if own_alone >= 2 && cons_alone < 2 * own_alone {
            continue;
        }
        if own_sources > cons_sources {
            continue;
        }
        // Several sources give this value, and each of them gives the consensus value too
        // ("85 bateaux ont transporté 6 800 sportifs", "les Jeux réunissent 10 500
        // athlètes"): the reports count two things, and agree on both.
        if variants[i].sources.len() >= 2
            && variants[i].sources.iter().all(|s| gives_too.contains(s))
        {
            continue;
        }
        for &ci in &variants[i].claims {
            let c = &all[ci];
            // Not in the headline: a headline against its own body is worth reporting.
            if !one_source && !c.headline && gives_consensus.contains(&c.source) {
                continue;
            }
            // "54 % des voix" for the winner and "37 %" for the opposition: two shares of one
            // whole that a report gives side by side, not two versions of one share.
            if (one_source || gives_too.contains(&c.source))
                && shares_of_a_whole(key, &c.value, &variants[best].value)
            {
                continue;
            }
            // A report that gives the consensus value and, elsewhere, a far smaller or larger
            // one under the same key counts a part or a whole ("367 passengers" and
            // "fourteen passengers suffered minor injuries"), not another version of it.
            if !one_source
                && gives_too.contains(&c.source)
                && far_apart(&c.value, &variants[best].value)
            {
                continue;
            }
            // "90 prisonniers" against "about 1,900 Palestinian prisoners": a count twenty
            // times an estimate counts something else (a day's release, the whole deal),
            // unless the factor is a power of ten, a digit dropped or added. Two estimates
            // that far apart are still weighed: one may be a number typed for another.
            // A vague count ("des milliers", "dozens") is no estimate of a figure: "2"
            // against it is still weighed.
            let estimate = |v: &Value, q: Qualifier| {
                q != Qualifier::Exact
                    && matches!(v, Value::Number { value, resolution } if resolution < value)
            };
            let firm = |q: Qualifier| q == Qualifier::Exact;
            // Two firm counts that far apart ("227 passengers", "two passengers travelled on
            // stolen passports") count a whole and a part: no slipped digit makes one of
            // the other.
            if !one_source
                && key.aspect == Aspect::Quantity
                && ((estimate(&c.value, c.hedge) && firm(variants[best].hedge))
                    || (firm(c.hedge) && estimate(&variants[best].value, variants[best].hedge))
                    || (firm(c.hedge) && firm(variants[best].hedge)))
                && another_count(&c.value, &variants[best].value)
            {
                continue;
            }
            let theirs: Vec<usize> = supporters
                .iter()
                .copied()
                .filter(|&s| all[s].article != c.article || one_source)
                .take(RELATED_CAP)
                .collect();
            if theirs.is_empty() {
                continue;
            }
            let refs: Vec<&Claim> = theirs.iter().map(|&s| &all[s]).collect();
            // One source against one, about moments that name different people ("des
            // diplomates se sont réunis mardi", "Xi and Putin met on Wednesday"): two
            // moments, not a disagreement.
            if cons_sources < 2 && different_moments(key, c, refs[0]) {
                continue;
            }
            // One report's "fourth title" against another's "eighth": ranks that far apart
            // are two careers' or two people's, not a slipped rank of one.
            if cons_sources < 2
                && key.aspect == Aspect::Ordinal
                && far_apart(&c.value, &variants[best].value)
            {
                continue;
            }
            // A statement is someone's: "Zelensky on Wednesday announced" and "the Kremlin
            // confirmed on Tuesday" are two statements, whatever the sources' count. A name
            // the gazetteer lacks tells two speakers apart only against another name: "the
            // prime minister said" may be the same statement as "Ardern said".
            let other_speaker = |r: &&Claim| match (r.speaker, c.speaker) {
                (Some(x), Some(y)) => x != y,
                (x, y) => x.or(y).is_some_and(|s| s & super::NAME_SPEAKER == 0),
            };
            if matches!(&*key.concept, "announce" | "publish") && refs.iter().all(other_speaker) {
                continue;
            }
            // Nor does one report that tells of two statements at two hours ("announced
            // at 10:25 p.m.", "at 4:30 a.m., said in a second address") contradict itself
            // or the reports that give the first hour only.
            if key.aspect == Aspect::Time
                && matches!(key.concept.split('@').next(), Some("announce" | "publish"))
                && (refs.iter().all(|r| r.article == c.article) || gives_too.contains(&c.source))
            {
                continue;
            }
            // A hedge that fits both values ("at least 50" beside 288 and 316) is neither's
            // support.
            let (mut severity, mut reason) = judge(
                key,
                c,
                &refs,
                cons_sources,
                own_sources.min(own_alone.max(1)),
                one_source,
                published,
            );
            // The report gives the consensus value too ("171 appareils cloués au sol" over
            // "ses 65 appareils"): its other value may count another thing. A slip stays
            // worth a look, not an error.
            if !one_source && severity == Severity::Error && gives_too.contains(&c.source) {
                severity = Severity::Warning;
                reason = Some("the same report also gives the consensus value");
            }
            if sup.get(&i) == Some(&(cons_sources, cons_reports)) && !one_source && tied.is_none() {
                tied = Some(i);
            }
            out.push(Outlier {
                claim: ci,
                consensus: variants[best].value,
                consensus_reports: cons_reports,
                consensus_sources: cons_sources,
                own_sources,
                supporters: theirs,
                self_contradiction: one_source,
                severity,
                reason,
            });
        }
    }
    if let Some(t) = tied {
        let theirs_all = one_claim_per_article(
            all,
            &variants,
            order
                .iter()
                .copied()
                .filter(|&j| j == t || (j != best && compat(t, j) && !compat(best, j))),
        );
        let (tied_sources, _) = sup.get(&t).copied().unwrap_or_else(|| support(t, &order));
        // The message counts what it points at: the reports that give the tied value and
        // not the consensus's (a hedge that fits both is neither's).
        let shown_sources = {
            let mut s: Vec<u32> = theirs_all.iter().map(|&c| all[c].source).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        };
        for &ci in &variants[best].claims {
            let c = &all[ci];
            let theirs: Vec<usize> = theirs_all
                .iter()
                .copied()
                .filter(|&s| all[s].article != c.article)
                .take(RELATED_CAP)
                .collect();
            if theirs.is_empty() {
                continue;
            }
            if different_moments(key, c, &all[theirs[0]]) {
                continue;
            }
            let refs: Vec<&Claim> = theirs.iter().map(|&s| &all[s]).collect();
            let (severity, reason) =
                judge(key, c, &refs, tied_sources, cons_sources, false, published);
            out.push(Outlier {
                claim: ci,
                consensus: variants[t].value,
                consensus_reports: theirs_all.len(),
                consensus_sources: shown_sources,
                own_sources: cons_sources,
                supporters: theirs,
                self_contradiction: false,
                severity,
                reason,
            });
        }
    }
}

/// The first claim of each article among the `chosen` variants (in their order), sorted by
/// article and place: the reports a finding points at.
fn one_claim_per_article(
    all: &[Claim],
    variants: &[Variant],
    chosen: impl Iterator<Item = usize>,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for j in chosen {
        for &c in &variants[j].claims {
            if !out.iter().any(|&s| all[s].article == all[c].article) {
                out.push(c);
            }
        }
    }
    out.sort_by_key(|&c| (all[c].article, all[c].span.start));
    out
}

/// How far apart two agencies' magnitudes of one quake may be (see [`judge`]).
const MAGNITUDE_SPREAD: f64 = 0.5;

fn judge(
    key: &Key,
    c: &Claim,
    theirs: &[&Claim],
    cons_sources: usize,
    own_sources: usize,
    one_source: bool,
    published: &dyn Fn(ArticleId) -> Option<NaiveDate>,
) -> (Severity, Option<&'static str>) {
    let reference = theirs[0];
    // Seismological agencies rate one quake a few tenths apart (6.8 by one, 7.0 by another,
    // revised to 7.2 later): within half a point, a report may follow another agency; past
    // it, a slip is likelier, yet one agency's figure against another's is no clear error.
    if key.concept.starts_with("label/magnitude") {
        if let (Value::Number { value: x, .. }, Value::Number { value: y, .. }) =
            (&c.value, &reference.value)
        {
            return if (x - y).abs() <= MAGNITUDE_SPREAD + 1e-9 {
                (
                    Severity::Info,
                    Some("agencies rate a quake's magnitude a few tenths apart"),
                )
            } else {
                (Severity::Warning, None)
            };
        }
    }
    // "Officials said Saturday" in Saturday's report, "police said on Sunday" in Sunday's:
    // a report printed before the others' day could not give it.
    if matches!(key.aspect, Aspect::Day | Aspect::Days) {
        let past = |x: &Claim| {
            start_of(&x.value)
                .zip(published(x.article))
                .filter(|(day, p)| day <= p)
        };
        if let (Some((mine, my_pub)), Some((theirs, their_pub))) = (past(c), past(reference)) {
            // A statement is made again on later days ("le bilan communiqué lundi" in
            // Monday's report, "annoncé samedi" in Sunday's): either report may be the one
            // printed first.
            let repeated = matches!(&*key.concept, "announce" | "publish");
            if my_pub < theirs || (repeated && their_pub < mine) {
                return (
                    Severity::Info,
                    Some("one report was published before the other day"),
                );
            }
        }
    }
    if c.soft == Soft::Evolving || reference.soft == Soft::Evolving {
        // A toll rises between reports, within a day as well: without the hour of each
        // report, a lower or higher count is no evidence of a slip. A count that moves
        // against the calendar is: higher than what a later day's report gives, or lower
        // than an earlier day's. So is one report of a day against several of the
        // same day, which is worth a look though an update may explain it.
        let number = |x: &Claim| match x.value {
            Value::Number { value, .. } => Some(value),
            _ => None,
        };
        // The days of the firm counts: an earlier floor ("at least 50" the day before) fits
        // the consensus and the outlier alike, and dates neither.
        let mine = published(c.article);
        let firm: Vec<&&Claim> = theirs
            .iter()
            .filter(|t| {
                t.hedge == Qualifier::Exact
                    || mine.is_none_or(|m| published(t.article).is_none_or(|p| p >= m))
            })
            .collect();
        let dated: Vec<&&Claim> = if firm.is_empty() {
            theirs.iter().collect()
        } else {
            firm
        };
        let days = published(c.article).zip(
            dated
                .iter()
                .map(|t| published(t.article))
                .collect::<Option<Vec<NaiveDate>>>(),
        );
        // "children/dead": a part of a toll rises with it, and falls as rarely.
        let toll = key
            .concept
            .split('/')
            .any(|c| super::concepts::Concepts::get().is_toll(c));
        if let (true, Some(mine), Some(other), Some((day, their_days))) =
            (toll, number(c), number(reference), days)
        {
            if mine > other && their_days.iter().any(|d| *d > day) {
                return (
                    Severity::Warning,
                    Some("higher than a later report's toll: tolls rarely fall"),
                );
            }
            if mine < other && their_days.iter().any(|d| *d < day) {
                return (
                    Severity::Warning,
                    Some("lower than an earlier report's toll: tolls rarely fall"),
                );
            }
            // One report against one of the same day, both exact ("72 morts", "79 dead"):
            // worth a look too. A hedge ("at least 69") is a floor a later count may pass.
            let exact =
                c.hedge == Qualifier::Exact && theirs.iter().all(|t| t.hedge == Qualifier::Exact);
            // So is an exact count against an exact one of its day that earlier days'
            // reports confirm ("188 injured" on Tuesday and again on Wednesday, "206" in
            // one report of Wednesday).
            let confirmed_today = c.hedge == Qualifier::Exact
                && theirs
                    .iter()
                    .any(|t| t.hedge == Qualifier::Exact && published(t.article) == Some(day))
                && their_days.iter().all(|d| *d <= day);
            if (their_days.iter().all(|d| *d == day) || confirmed_today)
                && own_sources == 1
                && (cons_sources >= 2 || exact)
            {
                return (
                    Severity::Warning,
                    Some("a toll may have been updated within the day"),
                );
            }
        }
        return (
            Severity::Info,
            Some("a toll or running total that may have been updated between reports"),
        );
    }
    // A night, or a clock on the other side of the date line: either day is right.
    let either = |soft: Soft| c.soft == soft || reference.soft == soft;
    if matches!(key.aspect, Aspect::Day | Aspect::Days)
        && days_apart(&c.value, &reference.value) <= 1
    {
        if either(Soft::Night) {
            return (
                Severity::Info,
                Some("a night is dated on either side of midnight"),
            );
        }
        if either(Soft::Zone) {
            return (
                Severity::Info,
                Some("a day read on a named time zone's clock may be the same moment"),
            );
        }
    }
    if one_source {
        return (Severity::Warning, Some("the article contradicts itself"));
    }
    if c.soft == Soft::Caption || reference.soft == Soft::Caption {
        return (
            Severity::Info,
            Some("a photo caption may show another moment"),
        );
    }
    // "Two NASA astronauts" and "four astronauts, including two": a handful of a noun the
    // lexicon does not know may count two groups of it.
    if cons_sources < 2 && key.aspect == Aspect::Quantity && small_adhoc_count(key, c, reference) {
        return (
            Severity::Info,
            Some("a few of an uncounted noun may count two different groups"),
        );
    }
    if cons_sources < 2 || own_sources > 1 || cons_sources < 2 * own_sources {
        return (Severity::Warning, Some("one source against another"));
    }
    if c.hedge != Qualifier::Exact || theirs.iter().any(|t| t.hedge != Qualifier::Exact) {
        return (Severity::Warning, Some("a hedged figure"));
    }
    if c.soft == Soft::Relative || reference.soft == Soft::Relative {
        return (
            Severity::Warning,
            Some("a day read against the publication date"),
        );
    }
    match (key.aspect, start_of(&c.value), start_of(&reference.value)) {
        (Aspect::Month, _, _) => (Severity::Warning, Some("a month-level background date")),
        (Aspect::Day, Some(_), Some(_)) if days_apart(&c.value, &reference.value) <= 1 => (
            Severity::Warning,
            Some("one day apart: a time zone can explain it"),
        ),
        _ => (Severity::Error, None),
    }
}

/// True when both values are below ten and the key counts a noun of no lexicon concept (and
/// no measure, label, age or nationality).
fn small_adhoc_count(key: &Key, c: &Claim, reference: &Claim) -> bool {
    let small = |v: &Value| matches!(v, Value::Number { value, .. } if *value < 10.0);
    let concept = key.concept.split('/').next().unwrap_or("");
    small(&c.value)
        && small(&reference.value)
        && key.unit.is_none()
        && !key.concept.contains('/')
        && super::concepts::Concepts::get().counted(concept).is_none()
}

/// True when two claims of a day or time name no person in common (one names someone, the
/// other no one, or they name different people).
fn different_moments(key: &Key, x: &Claim, y: &Claim) -> bool {
    matches!(key.aspect, Aspect::Day | Aspect::Days | Aspect::Time)
        && ((x.people.is_empty() != y.people.is_empty())
            || (!x.people.is_empty() && !x.people.iter().any(|p| y.people.contains(p))))
}

/// How many days two day values are apart, at their farthest ends.
fn days_apart(a: &Value, b: &Value) -> i64 {
    match (a, b) {
        (Value::Days { start: s1, end: e1 }, Value::Days { start: s2, end: e2 }) => (*s1 - *s2)
            .num_days()
            .abs()
            .max((*e1 - *e2).num_days().abs()),
        _ => i64::MAX,
    }
}

/// The finding for an outlier: the claim labelled, up to [`RELATED_CAP`] supporting reports
/// as related labels, the counts in the message, the severity the evidence supports. `what`
/// names the fact ("date", "figure", "place"); the rules add their own help and fix.
pub fn diagnostic(an: &crate::analysis::Analysis, o: &Outlier, what: &str) -> Diagnostic {
    let c = &an.claims[o.claim];
    let a = an.corpus.get(c.article);
    // A time read on UTC says so: "`8:52 a.m.` (06:52 UTC)" for a local time converted.
    let utc = matches!(c.value, Value::Time { .. })
        && (c.key.concept.ends_with("@utc") || c.key.unit.as_deref() == Some("utc"));
    let on_clock = |v: String| if utc { format!("{v} UTC") } else { v };
    let value = on_clock(c.value.display());
    let cons = on_clock(o.consensus.display());
    let text = a.slice(c.span);
    let message = if matches!(
        c.key.aspect,
        Aspect::Measure | Aspect::Dated | Aspect::Clock
    ) {
        format!(
            "{what} `{text}` ({value}): no other source gives it, where {} report{} in {} outlet{} {} {cons} ({})",
            o.consensus_reports,
            plural(o.consensus_reports),
            o.consensus_sources,
            plural(o.consensus_sources),
            if o.consensus_reports == 1 { "gives" } else { "give" },
            describe(&c.key)
        )
    } else if o.self_contradiction {
        format!(
            "{what} `{text}` ({value}) where the same article gives {cons} for the same {}",
            describe(&c.key)
        )
    } else {
        format!(
            "{what} `{text}` ({value}) where {} report{} in {} outlet{} {} {cons} for the same {}",
            o.consensus_reports,
            plural(o.consensus_reports),
            o.consensus_sources,
            plural(o.consensus_sources),
            if o.consensus_reports == 1 {
                "gives"
            } else {
                "give"
            },
            describe(&c.key)
        )
    };
    let mut d = Diagnostic::new(
        Label::new(c.article, c.span, format!("{value} here")),
        message,
    );
    d.related_total = Some(o.consensus_reports.max(o.supporters.len()));
    for s in o.supporters.iter().map(|&s| &an.claims[s]) {
        let sa = an.corpus.get(s.article);
        d = d.related(Label::new(
            s.article,
            s.span,
            format!("{} here (`{}`)", s.value.display(), sa.slice(s.span)),
        ));
    }
    let mut help = format!(
        "{} independent source{} give{} {cons}; {} give{} {value}",
        o.consensus_sources,
        plural(o.consensus_sources),
        if o.consensus_sources == 1 { "s" } else { "" },
        o.own_sources,
        if o.own_sources == 1 { "s" } else { "" }
    );
    if o.supporters.len() < o.consensus_reports && !o.self_contradiction {
        help.push_str(&format!(
            " ({} of {} reports shown)",
            o.supporters.len(),
            o.consensus_reports
        ));
    }
    if let Some(r) = o.reason {
        help.push_str(&format!("; not an error: {r}"));
    }
    d.help(help).at_most(o.severity)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// "day of arrive", "number of dead", in plain words for messages.
pub fn describe(k: &Key) -> String {
    let c = &k.concept;
    match k.aspect {
        Aspect::Day => format!("day ({c})"),
        Aspect::Days => format!("days ({c})"),
        Aspect::Month => format!("month ({c})"),
        Aspect::Time => format!("time of day ({c})"),
        Aspect::Place => format!("place ({c})"),
        Aspect::Quantity => match &k.unit {
            Some(u) => format!("amount ({c}, {u})"),
            None => format!("count ({c})"),
        },
        Aspect::Ordinal => format!("ordinal ({c})"),
        Aspect::Named => "names".to_string(),
        Aspect::Measure => match k.unit.as_deref().unwrap_or("") {
            u @ ("second" | "minute" | "hour" | "day" | "week" | "month" | "year") => {
                format!("duration in {u}s")
            }
            "count" => "count of something".to_string(),
            u => format!("amount in {u}"),
        },
        Aspect::Dated => "dated fact".to_string(),
        Aspect::Clock => format!(
            "time of day, {} clock",
            k.unit.as_deref().unwrap_or("local")
        ),
        Aspect::Agent => format!("person ({c})"),
    }
}

/// Independent sources an event needs among its amounts of one unit before a near miss counts.
const NEAR_MISS_MIN_SOURCES: usize = 3;
/// How far apart, as a ratio, a near miss and the amount it misses may be: a slipped digit or
/// a misread figure, not another quantity.
const NEAR_MISS_RATIO: f64 = 1.5;
/// The same for plain counts and percentages, which are many in a story and often close to
/// each other.
const NEAR_MISS_COUNT_RATIO: f64 = 1.2;
/// How far apart two amounts of a unit may be when they are the only two of an event, one
/// per source ("doté de 11 millions de couronnes", "11 million Swedish crowns"): one sum
/// told twice, one of the two tellings slipped.
const PAIR_RATIO: f64 = 1.25;

/// Amounts that one report alone gives, close to an amount of the same unit that at least two
/// other sources give and that this report does not give at all: "une offre de 25 milliards de
/// dollars" where three other reports of the event each write 23 billion dollars. Nothing keys
/// such an amount by concept (a sum in the background, a duration), so the reports' sets of
/// amounts per unit are compared instead. A warning at most: the two figures may still be
/// about two things. Claims already reported in `outliers` are left out. When an event's only
/// two amounts of a unit come one from each of two sources and lie within [`PAIR_RATIO`], each
/// is reported against the other: one source against one outvotes neither.
///
/// Cost: per event and unit, the distinct values (capped at [`MAX_VARIANTS`]) are compared
/// with each other; claims are only grouped.
/// `facts` (indexed by article) give each clock's time as written, before conversion.
pub fn near_misses(
    claims: &[Claim],
    outliers: &[Outlier],
    facts: &[crate::extract::Facts],
) -> Vec<Outlier> {
    let mut by_key: BTreeMap<&Key, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        if matches!(
            c.key.aspect,
            Aspect::Measure | Aspect::Dated | Aspect::Clock
        ) && c.soft == Soft::No
        {
            by_key.entry(&c.key).or_default().push(i);
        }
    }
    let reported: std::collections::HashSet<(ArticleId, u32)> = outliers
        .iter()
        .map(|o| (claims[o.claim].article, claims[o.claim].span.start))
        .collect();
    // Two clocks are enough for a zone slip, two dates or two amounts for a pair (see
    // `near_misses_of`).
    let groups: Vec<Vec<usize>> = by_key.into_values().filter(|g| g.len() >= 2).collect();
    let per_key: Vec<Vec<Outlier>> = groups
        .into_par_iter()
        .map(|group| near_misses_of(claims, &group, &reported, facts))
        .collect();
    per_key.into_iter().flatten().collect()
}

/// True when two clock times in UTC `gap` minutes apart, one of them at `minutes`, look like
/// one moment read on a wrong clock ("19 h 46, heure de Tokyo" for Paris): the hours differ
/// by a whole number and the minutes, the same on both, are too odd to agree by chance
/// (not a multiple of five). Two moments of one happening rarely share odd minutes. On UTC
/// (`utc`: both times name their zone, and were converted), minutes off the quarter hour
/// are odd enough: "21 h 55, heure de Tokyo" against "3:55 p.m. Eastern time" is one
/// moment read on a wrong clock, where "21 h 30" and "15:30" may be two of one day.
fn zone_slip(minutes: f64, gap: f64, utc: bool) -> bool {
    let m = minutes as u32 % 60;
    gap > 0.0 && gap % 60.0 == 0.0 && !m.is_multiple_of(if utc { 15 } else { 5 })
}

/// The time as written and the named zone of a clock claim converted to UTC ("19h30, heure de
/// Kiev": 19:30 and "kiev").
fn written_clock<'f>(c: &Claim, facts: &'f [crate::extract::Facts]) -> Option<(u16, &'f str)> {
    facts
        .get(c.article.0 as usize)?
        .times
        .iter()
        .find(|t| t.span.start() == c.span.start() && t.named && t.zone != "utc")
        .map(|t| (t.minutes, t.zone.as_str()))
}

fn near_misses_of(
    claims: &[Claim],
    group: &[usize],
    reported: &std::collections::HashSet<(ArticleId, u32)>,
    facts: &[crate::extract::Facts],
) -> Vec<Outlier> {
    let mut out = Vec::new();
    let sources: std::collections::BTreeSet<u32> =
        group.iter().map(|&i| claims[i].source).collect();
    use chrono::Datelike;
    // Dates are near within a week (a slipped day), amounts within a ratio, times of day
    // when one digit slipped: the hour by up to three with the same minutes, or the minutes
    // by up to five in the same hour.
    let dates = claims[group[0]].key.aspect == Aspect::Dated;
    let clocks = claims[group[0]].key.aspect == Aspect::Clock;
    let utc = claims[group[0]].key.unit.as_deref() == Some("utc");
    // Two sources are enough for clocks, for a zone slip, for a full date a few days off,
    // and for the only two amounts of a unit, one per source (below).
    let measures = claims[group[0]].key.aspect == Aspect::Measure
        && claims[group[0]].key.unit.as_deref() != Some("count");
    if sources.len() < NEAR_MISS_MIN_SOURCES
        && !((clocks || dates || measures) && sources.len() == 2)
    {
        return out;
    }
    // Distinct written values (value, precision, hedge), each with its claims.
    let mut variants: Vec<(Value, Qualifier, Vec<usize>)> = Vec::new();
    let mut index: BTreeMap<(u64, u64, Qualifier), usize> = BTreeMap::new();
    for &i in group {
        let c = &claims[i];
        let k = match c.value {
            Value::Number { value, resolution } => (value.to_bits(), resolution.to_bits(), c.hedge),
            Value::Days { start, end } => (
                i64::from(start.num_days_from_ce()) as u64,
                i64::from(end.num_days_from_ce()) as u64,
                c.hedge,
            ),
            Value::Time { minutes } => (u64::from(minutes), 0, c.hedge),
            _ => continue,
        };
        let v = *index.entry(k).or_insert_with(|| {
            variants.push((c.value, c.hedge, Vec::new()));
            variants.len() - 1
        });
        variants[v].2.push(i);
    }
    if variants.len() > MAX_VARIANTS {
        return out;
    }

    // For each variant, the sources and the claims of every variant compatible with it.
    let agree: Vec<Vec<usize>> = variants
        .iter()
        .map(|(v, q, _)| {
            (0..variants.len())
                .filter(|&w| {
                    compatible(
                        if dates {
                            Aspect::Days
                        } else if clocks {
                            Aspect::Time
                        } else {
                            Aspect::Quantity
                        },
                        (v, *q),
                        (&variants[w].0, variants[w].1),
                    )
                })
                .collect()
        })
        .collect();
    // The sources that support each variant (its own and every compatible one's), read once:
    // each variant is compared with every other.
    let support: Vec<std::collections::BTreeSet<u32>> = agree
        .iter()
        .map(|vs| {
            vs.iter()
                .flat_map(|&w| variants[w].2.iter().map(|&i| claims[i].source))
                .collect()
        })
        .collect();
    // The only two amounts of a unit in an event, one per source; or its only two times of
    // day on one clock ("about 2:51 p.m." and "vers 14 h 56"): one source against one. A
    // source may give its amount twice, converted ("19-kilometre (12-mile)"), when the two
    // agree.
    let source_of = |v: &(Value, Qualifier, Vec<usize>)| claims[v.2[0]].source;
    let a_pair = (measures || clocks)
        && sources.len() == 2
        && variants
            .iter()
            .all(|v| v.2.iter().all(|&c| claims[c].source == source_of(v)))
        && (0..variants.len()).all(|v| {
            (0..variants.len())
                .filter(|&w| source_of(&variants[w]) == source_of(&variants[v]))
                .all(|w| agree[v].contains(&w))
        });
    let number = |v: &Value| match v {
        Value::Number { value, .. } => *value,
        Value::Days { start, .. } => f64::from(start.num_days_from_ce()),
        Value::Time { minutes } => f64::from(*minutes),
        _ => 0.0,
    };

    // Percentages crowd a story as counts do (shares, turnout, rates), between 0 and 100.
    let max_ratio = if matches!(claims[group[0]].key.unit.as_deref(), Some("count" | "%")) {
        NEAR_MISS_COUNT_RATIO
    } else {
        NEAR_MISS_RATIO
    };
    // The sources of the variants compatible with `i` and not with `w`: a bound that fits
    // both ("plus de 12 ans" beside 12 and 14) supports neither.
    let exclusive = |i: usize, w: usize| -> std::collections::BTreeSet<u32> {
        agree[i]
            .iter()
            .filter(|u| !agree[w].contains(u))
            .flat_map(|&u| variants[u].2.iter().map(|&c| claims[c].source))
            .collect()
    };
    // "19h30, heure de Kiev" against "7:30 p.m. Washington time": the same time as written
    // under two named zones is one moment read on a wrong clock, whatever its minutes.
    let written: Vec<Vec<(u16, &str)>> = if clocks && utc {
        variants
            .iter()
            .map(|v| {
                v.2.iter()
                    .filter_map(|&c| written_clock(&claims[c], facts))
                    .collect()
            })
            .collect()
    } else {
        Vec::new()
    };
    let same_digits = |v: usize, w: usize| {
        written
            .get(v)
            .zip(written.get(w))
            .is_some_and(|(a, b)| a.iter().any(|x| b.iter().any(|y| x.0 == y.0 && x.1 != y.1)))
    };
    // A source's amount given twice, converted, is one amount: its first telling stands.
    // Read once: each variant is compared with every other.
    let shadowed: Vec<bool> = (0..variants.len())
        .map(|v| {
            a_pair
                && (0..variants.len()).any(|w| {
                    source_of(&variants[w]) == source_of(&variants[v])
                        && variants[w].2[0] < variants[v].2[0]
                })
        })
        .collect();
    // "56 milliards de dollars" in one report, "$61 billion" in another, beside sums far from
    // both ("C$4.5 billion ($3.2 billion)"): when no other amount of the unit comes near
    // either, the two are one sum told twice, as the only two amounts of a unit are.
    let alone_near = |v: usize, w: usize| {
        let (x, y) = (number(&variants[v].0), number(&variants[w].0));
        (0..variants.len())
            .filter(|u| !agree[v].contains(u) && !agree[w].contains(u))
            .all(|u| {
                let z = number(&variants[u].0);
                [x, y]
                    .iter()
                    .all(|&n| n > 0.0 && z > 0.0 && n.max(z) / n.min(z) > NEAR_MISS_RATIO)
            })
    };
    for (vi, (v, q, own)) in variants.iter().enumerate() {
        if shadowed[vi] {
            continue;
        }
        // A firm value that only bounds make look supported is weighed without them; few
        // variants only, as each candidate is then weighed apart.
        let bounded = *q == Qualifier::Exact
            && support[vi].len() > 1
            && variants[vi]
                .2
                .iter()
                .all(|&c| claims[c].source == claims[own[0]].source)
            && variants.len() <= MAX_BOUNDED_VARIANTS;
        if support[vi].len() != 1 && !bounded {
            continue;
        }
        let source = claims[own[0]].source;
        let x = number(v);
        // The nearest value that two other sources give and this one does not.
        let best = (0..variants.len())
            .filter(|&w| w != vi && !agree[vi].contains(&w) && !shadowed[w])
            .filter_map(|w| {
                let exclusive_support;
                let s = if bounded {
                    if exclusive(vi, w).len() != 1 {
                        return None;
                    }
                    exclusive_support = exclusive(w, vi);
                    &exclusive_support
                } else {
                    &support[w]
                };
                let y = number(&variants[w].0);
                let ratio = x.max(y) / x.min(y);
                let gap = (x - y).abs();
                // "00:15" against "22:15": two hours across midnight.
                let gap = if clocks { gap.min(1440.0 - gap) } else { gap };
                let near = if dates {
                    gap <= 7.0
                } else if clocks {
                    (gap <= 180.0 && gap % 60.0 == 0.0)
                        || (gap <= 5.0 && (x / 60.0).floor() == (y / 60.0).floor())
                } else {
                    x > 0.0 && y > 0.0 && ratio <= max_ratio
                };
                // Two other sources, or one for a full date a few days off ("28 juillet 1947"
                // against "27 juillet 1947"): two events of one month and year rarely stand
                // in one story's background. Or one for a clock whose odd minutes agree
                // and whose hours do not (see `zone_slip`).
                let slip = clocks && (zone_slip(x, gap, utc) || same_digits(vi, w));
                let enough = s.len() >= 2
                    || (dates && gap <= 3.0 && !s.is_empty())
                    || (slip && !s.is_empty())
                    || (a_pair && (clocks || ratio <= PAIR_RATIO) && !s.is_empty())
                    || (measures && ratio <= PAIR_RATIO && s.len() == 1 && alone_near(vi, w));
                let near = near || slip;
                (!s.contains(&source) && enough && near).then_some((w, s.len(), ratio))
            })
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.total_cmp(&a.2)).then(b.0.cmp(&a.0)));
        let Some((w, n_sources, _)) = best else {
            continue;
        };
        // One clock or amount against one: either may hold the slip, so each report gets
        // the warning, pointing at the other (as a date a few days off does). But for a
        // value that more files print than the other (wire copies, one source): the copy
        // that departs from them is the likelier slip.
        let paired = measures && n_sources == 1;
        if (clocks || a_pair || paired) && n_sources == 1 {
            let files = |claims_of: &[usize]| {
                claims_of
                    .iter()
                    .map(|&c| claims[c].article)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
            };
            if files(own) > files(&variants[w].2) {
                continue;
            }
        }
        let slipped_clock = clocks && {
            let gap = (number(v) - number(&variants[w].0)).abs();
            zone_slip(number(v), gap.min(1440.0 - gap), utc) || same_digits(vi, w)
        };
        let mut supporting: Vec<usize> = agree[w]
            .iter()
            .filter(|u| !(bounded && agree[vi].contains(u)))
            .flat_map(|&u| variants[u].2.iter().copied())
            .collect();
        supporting.sort_unstable_by_key(|&i| (claims[i].article, claims[i].span.start));
        supporting.dedup_by_key(|i| claims[*i].article);
        let mut seen_articles = std::collections::BTreeSet::new();
        for &i in own {
            let c = &claims[i];
            if reported.contains(&(c.article, c.span.start)) || !seen_articles.insert(c.article) {
                continue;
            }
            out.push(Outlier {
                claim: i,
                consensus: variants[w].0,
                consensus_reports: supporting.len(),
                consensus_sources: n_sources,
                own_sources: 1,
                supporters: supporting.iter().copied().take(RELATED_CAP).collect(),
                self_contradiction: false,
                severity: Severity::Warning,
                reason: Some(if dates {
                    "no happening keys this date, so the reports may give it for different things"
                } else if clocks && n_sources == 1 && slipped_clock {
                    "the minutes agree and the hours do not: one of the two reports may have the \
                     wrong clock or hour"
                } else if clocks && a_pair {
                    "the only two times of day of the event on this clock, one per report: one \
                     of the two may have slipped, or they may be two moments"
                } else if a_pair {
                    "the only two amounts of this unit in the event, one per report: one of the \
                     two may have slipped, or they may be two different sums"
                } else if paired {
                    "no other amount of this unit in the event comes near these two, one per \
                     report: one of the two may have slipped, or they may be two different sums"
                } else if clocks {
                    "no happening keys this time, so the reports may give it for different things"
                } else {
                    "no concept keys this amount, so the reports may give it for different things"
                }),
            });
        }
    }
    out
}

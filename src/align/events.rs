//! Events: clusters of sentences, across articles, that report the same happening.
//!
//! A sentence that names a kind of happening (`rules/lexicon/events.toml`: call, visit,
//! summit, disaster...) and carries a resolved date is an event mention, with the people of
//! the gazetteer it names as participants (places when it names no one). Mentions of one kind
//! whose dates overlap (a day of tolerance) and whose participants overlap are one event:
//! a sweep over mentions sorted by date, never all pairs. An article's main event is its first
//! dated mention; its other mentions ("se sont vus pour la dernière fois à Pékin en
//! septembre") join their own events.

use super::simjoin::UnionFind;
use crate::corpus::Corpus;
use crate::extract::dates::Precision;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::extract::{EntityKind, Facts};
use crate::finding::{ArticleId, Span};
use crate::text::fold;
use crate::text::phrases::PhraseGroups;
use chrono::{Datelike, Duration, NaiveDate};
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::{Arc, OnceLock};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    kind: Vec<KindDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindDef {
    name: String,
    #[serde(default)]
    weak: bool,
    #[serde(default)]
    phrases: Vec<String>,
    /// Trigger concepts of `rules/lexicon/concepts.toml` whose words name this kind too: the
    /// vocabulary of an attack or an accident is kept once, there.
    #[serde(default)]
    triggers: Vec<String>,
    /// Spans several days (a visit, a summit): its reports date different moments of it.
    #[serde(default)]
    lasts: bool,
    /// Kinds this one may be another report's view of: the deaths an accident caused are
    /// the accident, told by its toll.
    #[serde(default)]
    joins: Vec<String>,
    /// Joins the happenings of `joins` as news of their story, but on a day of its own: an
    /// arrest the day after an attack does not date the attack.
    #[serde(default)]
    own_day: bool,
}

struct Kinds {
    names: Vec<String>,
    weak: Vec<bool>,
    lasts: Vec<bool>,
    own_day: Vec<bool>,
    /// For each kind, the kinds it joins (both ways), by position.
    joins: Vec<Vec<usize>>,
    phrases: PhraseGroups,
}

fn kinds() -> &'static Kinds {
    static K: OnceLock<Kinds> = OnceLock::new();
    K.get_or_init(|| {
        let f: KindsFile = toml::from_str(include_str!("../../rules/lexicon/events.toml"))
            .expect("rules/lexicon/events.toml is checked by tests");
        let concepts = crate::claims::concepts::Concepts::get();
        let phrases: Vec<Vec<String>> =
            f.kind
                .iter()
                .map(|k| {
                    let mut p = k.phrases.clone();
                    for t in &k.triggers {
                        p.extend_from_slice(concepts.trigger_words(t).expect(
                            "events.toml names triggers of concepts.toml (checked by tests)",
                        ));
                    }
                    p
                })
                .collect();
        Kinds {
            phrases: PhraseGroups::with_exceptions(
                phrases.iter().map(Vec::as_slice),
                concepts.trigger_exceptions(),
            ),
            weak: f.kind.iter().map(|k| k.weak).collect(),
            lasts: f.kind.iter().map(|k| k.lasts).collect(),
            own_day: f.kind.iter().map(|k| k.own_day).collect(),
            joins: f
                .kind
                .iter()
                .map(|k| {
                    k.joins
                        .iter()
                        .map(|j| {
                            f.kind
                                .iter()
                                .position(|o| &o.name == j)
                                .expect("events.toml joins its own kinds (checked by tests)")
                        })
                        .collect()
                })
                .collect(),
            names: f.kind.into_iter().map(|k| k.name).collect(),
        }
    })
}

/// The position of a kind in the lexicon.
fn index_of(kind: &str) -> Option<usize> {
    kinds().names.iter().position(|n| n == kind)
}

/// True for a kind any happening holds (a meeting, a statement): it says too little to tie a
/// report to an event without names.
pub fn is_weak_kind(kind: &str) -> bool {
    index_of(kind).is_none_or(|i| kinds().weak[i])
}

/// The kind of happening a sentence names (by its position in the lexicon, lower: stronger)
/// and where the naming phrase starts.
fn kind_of(folded: &str) -> Option<(usize, usize)> {
    kinds().phrases.find(folded).map(|(at, k)| (k, at)).min()
}

/// The kind's name when it is a specific kind of happening that takes one day (a call, a
/// death, an attack): every report that dates it gives the same day, whatever word it uses.
pub fn moment_kind(kind: &str) -> Option<&'static str> {
    let k = kinds();
    index_of(kind)
        .filter(|&i| !k.weak[i] && !k.lasts[i])
        .map(|i| k.names[i].as_str())
}

/// True for a kind of happening that spans several days (a visit, a summit, a strike).
pub fn lasts(kind: &str) -> bool {
    index_of(kind).is_some_and(|i| kinds().lasts[i])
}

/// True when a folded sentence names a specific kind that may report a happening of kind
/// `b`: the same kind, or one that joins the other ("died" in a report of an accident).
pub fn names_kind_of(folded: &str, b: &str) -> bool {
    let Some(j) = index_of(b) else {
        return false;
    };
    let k = kinds();
    k.phrases
        .find(folded)
        .any(|(_, i)| !k.weak[i] && ranks_join(i, j))
}

/// Where a folded sentence names a specific kind that may report a happening of kind `b`
/// (see [`names_kind_of`]).
pub fn kind_positions<'f>(folded: &'f str, b: &str) -> impl Iterator<Item = usize> + 'f {
    let j = index_of(b);
    let k = kinds();
    k.phrases
        .find(folded)
        .filter(move |&(_, i)| j.is_some_and(|j| !k.weak[i] && ranks_join(i, j)))
        .map(|(at, _)| at)
}

/// True when kind `a` joins kind `b`'s happenings on a day of its own (`own_day`: an arrest
/// in a report of an attack).
pub fn dates_own_day(a: &str, b: &str) -> bool {
    match (index_of(a), index_of(b)) {
        (Some(i), Some(j)) => i != j && kinds().own_day[i],
        _ => false,
    }
}

/// True when kinds named `a` and `b` may be one happening (see [`ranks_join`]); false when
/// either is no kind.
pub fn kinds_join(a: &str, b: &str) -> bool {
    match (index_of(a), index_of(b)) {
        (Some(i), Some(j)) => ranks_join(i, j),
        _ => false,
    }
}

/// True when kinds `a` and `b` (by rank) may be one happening: the same kind, or one joins
/// the other in `events.toml`, either way.
fn ranks_join(a: usize, b: usize) -> bool {
    let k = kinds();
    a == b || k.joins[a].contains(&b) || k.joins[b].contains(&a)
}

/// The most specific kind of happening a folded sentence names ("visit", "death").
pub fn kind_named(folded: &str) -> Option<&'static str> {
    kind_of(folded).map(|(k, _)| kinds().names[k].as_str())
}

/// A set of names a mention holds, shared by every mention that holds the same: wire copy
/// repeats one sentence in thousands of files, and a set per mention was most of the events'
/// memory.
pub type Names = Arc<BTreeSet<String>>;

/// One sentence reporting a happening.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Article.
    pub article: ArticleId,
    /// The sentence.
    pub span: Span,
    /// Kind name (call, visit, ...).
    pub kind: String,
    /// Position of the kind in the lexicon (lower: more specific).
    pub rank: usize,
    /// A kind that may be another's happening seen loosely (meeting, statement).
    pub weak: bool,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// Canonical names of the people (or, failing that, places) named.
    pub participants: Names,
    /// True when the participants are people (false: places, or no one).
    pub by_people: bool,
    /// Surnames (folded) of the full names the gazetteer does not know ("Nicolas Sarkozy"),
    /// and `#<entry>` for the gazetteer organisations named ("l'OMS", "the WHO"): two
    /// mentions of one kind and days that share one are one happening, whatever place each
    /// names.
    pub names: Names,
    /// Country codes of the gazetteer people and places the sentence names.
    pub countries: Names,
    /// True when the participants are places, one of them a country ("dans le nord du
    /// Chili", "northeastern Japan, near Sendai"): a report of the same happening may name
    /// another place within it instead.
    pub countrywide: bool,
    /// True for the article's main event.
    pub main: bool,
    /// The date as written.
    pub date_span: Span,
    /// The place it happened ("à Moscou", "in Beijing"): gazetteer entry and span.
    pub place: Option<(u32, Span)>,
    /// For a weak mention, the rank of a specific kind its sentence names undated ("the
    /// death toll from the floods rose to 158, officials said on Thursday" is news of the
    /// floods of days before).
    pub about: Option<usize>,
    /// The specific numbers the sentence states ("372 votes to 283", "2.1%", "524.5 billion
    /// euros"), as `value unit`: two reports of one day that state two of the same tell one
    /// story, whatever else each names (a vote, a statistic, a budget: news no word of the
    /// lexicon names). Held as sorted hashes of value and unit: the main mention holds its
    /// whole article's, and a wire corpus has one such set per article.
    pub figures: Numbers,
}

/// Sorted, distinct hashes of specific numbers (see [`Mention::figures`]).
pub type Numbers = Arc<[u64]>;

/// An event and its reports.
#[derive(Debug, Clone)]
pub struct Event {
    /// Kind name.
    pub kind: String,
    /// First day of the event (earliest mention).
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// People or places, with how many reports name them.
    pub participants: BTreeMap<String, usize>,
    /// The mentions, in corpus order.
    pub mentions: Vec<Mention>,
}

impl Event {
    /// Articles reporting the event, in corpus order.
    pub fn articles(&self) -> Vec<ArticleId> {
        let s: BTreeSet<ArticleId> = self.mentions.iter().map(|m| m.article).collect();
        s.into_iter().collect()
    }
}

fn mentions_of(corpus: &Corpus, facts: &[Facts]) -> Vec<Mention> {
    // Each article's mentions are its own: read in parallel, kept in corpus order.
    let per_article: Vec<Vec<Mention>> = corpus
        .articles
        .par_iter()
        .filter(|a| a.is_readable())
        .map(|a| {
            let f = &facts[a.id.0 as usize];
            let mut ms = article_mentions(a, f);
            // "Where a fire killed four people", in a report that names another city than
            // the others': the numbers it gives elsewhere (1,500 evacuated, 3,000 square
            // metres) still tie its news to theirs.
            if let Some(main) = ms.iter_mut().find(|m| m.main) {
                let all = specific_figures(f, Span::new(0, a.text.len()));
                if all.len() > main.figures.len() {
                    main.figures = all;
                }
            }
            ms
        })
        .collect();
    let mut shared: HashSet<Names> = HashSet::new();
    let mut shared_numbers: HashSet<Numbers> = HashSet::new();
    let mut one = |s: &mut Names| match shared.get(s) {
        Some(x) => *s = x.clone(),
        None => {
            shared.insert(s.clone());
        }
    };
    per_article
        .into_iter()
        .flatten()
        .map(|mut m| {
            one(&mut m.participants);
            one(&mut m.names);
            one(&mut m.countries);
            m.figures = match shared_numbers.get(&m.figures) {
                Some(x) => x.clone(),
                None => {
                    shared_numbers.insert(m.figures.clone());
                    m.figures
                }
            };
            m
        })
        .collect()
}

/// Farthest (in days) a happening may lie from the publication date and still be what the
/// article reports rather than background.
pub(crate) const RECENT_DAYS: i64 = 45;

/// True when a happening on `day` is news at the article's publication date (or the article
/// has none): a report of March 2023 that opens on a photo of a 2022 summit reports the
/// visit of March 2023.
fn recent(a: &crate::corpus::Article, day: NaiveDate) -> bool {
    a.meta
        .date
        .as_ref()
        .is_none_or(|p| (p.date - day).num_days().abs() <= RECENT_DAYS)
}

/// The kinds of happening a sentence names (`text` as written, `folded`), with where each
/// phrase starts: not an attack launched, a prize that says who a person is ("le prix Nobel
/// de la paix Muhammad Yunus"), nor, when `dated`, a site ("the crash site" is no crash on
/// the sentence's day, though a report that visits it is news of the crash).
fn happenings_named<'f>(
    text: &'f str,
    folded: &'f str,
    dated: bool,
) -> impl Iterator<Item = (usize, usize)> + 'f {
    kinds().phrases.find(folded).filter(move |&(at, _)| {
        let site = dated && crate::claims::names_a_site(folded, at);
        !site
            && !crate::claims::launches_no_rocket(folded, at)
            && !crate::claims::names_an_epithet(text, folded, at)
    })
}

/// Words of a game's result, folded: beside a final score, the sentence tells of a match.
const RESULT_WORDS: &[&str] = &[
    "victoire", "defaite", "succes", "nul", "victory", "win", "defeat", "loss", "draw",
];

/// Where a sentence gives a game's final score beside a word of its result ("la victoire
/// des Spurs face aux Lakers (118-109)", "a 3-1 win"), in its folded text: no court's
/// "6-3 ruling" or vote's tally, which no result word goes with.
fn result_at(a: &crate::corpus::Article, sentence: Span, folded: &str) -> Option<usize> {
    if !folded
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| RESULT_WORDS.contains(&w))
    {
        return None;
    }
    crate::claims::final_score_at(a, sentence).map(|at| at.saturating_sub(sentence.start()))
}

/// The event mentions of one article, in text order; the main one is the first of the text
/// that is news at the publication date (else the first).
fn article_mentions(a: &crate::corpus::Article, f: &Facts) -> Vec<Mention> {
    let g = Gazetteer::get();
    let mut out = Vec::new();
    let mut has_main = false;
    let headline_words = std::cell::OnceCell::new();
    let surnames = std::cell::OnceCell::new();
    for s in &a.seg.sentences {
        if !a.blocks[s.block as usize].kind.is_content() {
            continue;
        }
        // A sentence without a resolved date mentions no happening (every kind is dated):
        // most sentences, skipped before they are folded and scanned.
        if !crate::finding::starting_in(&f.dates, s.span, |d| d.span)
            .iter()
            .any(|d| s.span.contains(d.span) && d.start.is_some())
        {
            continue;
        }
        let caption = a.blocks[s.block as usize].kind == crate::corpus::BlockKind::Caption;
        let folded = fold(a.slice(s.span));
        // Every kind the sentence names, the most specific first, each with the resolved date
        // nearest the phrase that names it ("the minister will visit from June 3 to 5, her
        // office announced on Friday": the visit is 3-5 June). Folding keeps byte offsets
        // close enough to the original for this ordering.
        let mut named: Vec<(usize, usize)> = happenings_named(a.slice(s.span), &folded, true)
            .map(|(at, k)| (k, at))
            .collect();
        // "Lors de la victoire des Spurs face aux Lakers (118-109)": a game's result names
        // the match that no phrase of the lexicon does.
        if named.is_empty() {
            if let (Some(k), Some(at)) = (index_of("match"), result_at(a, s.span, &folded)) {
                named.push((k, at));
            }
        }
        named.sort_unstable();
        // "The third day of protests since September" beside "on Tuesday": the start of a
        // period, not the day of the happening. Alone in its sentence ("l'assaut que la
        // Russie poursuit depuis février 2022"), it still dates what began then.
        let several_dates = crate::finding::starting_in(&f.dates, s.span, |d| d.span)
            .iter()
            .filter(|d| s.span.contains(d.span))
            .count()
            > 1;
        let dated = |at: usize| {
            let trigger = s.span.start() + at;
            crate::finding::starting_in(&f.dates, s.span, |d| d.span)
                .iter()
                // "d'ici 50 jours", "within 30 days": a deadline, not the day of a happening.
                .filter(|d| {
                    s.span.contains(d.span)
                        && d.start.is_some()
                        && !crate::extract::dates::in_dateline(a, d.span)
                        && !(several_dates && crate::extract::dates::after_since(a, d.span))
                        && !crate::extract::dates::since_record(a, d.span)
                        && !(d.precision == Precision::Range
                            && d.form == crate::extract::dates::DateForm::Relative)
                        // "The 2025 Nobel Peace Prize was awarded on Friday": the year of
                        // publication names the edition, and the day dates it.
                        && !(several_dates
                            && d.precision == Precision::Year
                            && d.start.zip(a.meta.date).is_some_and(|(day, p)| {
                                day.year() == p.date.year()
                            }))
                        // "Investigators on Friday recovered the recorder of the jet that
                        // crashed": the date of another clause than the phrase's.
                        && !crate::claims::dated_apart(
                            &folded,
                            at,
                            d.span.start().saturating_sub(s.span.start()).min(folded.len()),
                        )
                })
                .min_by_key(|d| (d.span.start().abs_diff(trigger), d.precision))
        };
        // Each kind once, by its first phrase, unless a later one stands much nearer its
        // date: "won the election …, results showed on Monday, … in a runoff held on Sunday"
        // dates the election by "runoff". Offsets are rough (folded text), so a phrase only
        // a few bytes nearer is no evidence.
        let gap = |at: usize, d: &crate::extract::DateFact| {
            (s.span.start() + at).abs_diff(d.span.start())
        };
        let mut candidates: Vec<(usize, usize, &crate::extract::DateFact)> = Vec::new();
        for (k, at, d) in named
            .iter()
            .filter_map(|&(k, at)| dated(at).map(|d| (k, at, d)))
        {
            match candidates.last_mut() {
                // An election is dated by its first round when a sentence names both ("le
                // premier tour le 30 juin, le second le 7 juillet").
                Some(last) if last.0 == k => {
                    let first_round = folded
                        .get(last.1..)
                        .is_some_and(crate::claims::starts_first_round);
                    if 2 * gap(at, d) < gap(last.1, last.2) && !first_round {
                        *last = (k, at, d);
                    }
                }
                _ => candidates.push((k, at, d)),
            }
        }
        // The most specific kind, unless its date is old and another's is news: "freed on
        // Monday, two years after the attack of October 7, 2023" reports the release. Of
        // kinds dated by one date, the one named nearest it ("SpaceX launched its rocket on
        // Tuesday ... before it splashed down an hour later" is a launch).
        let vague =
            |d: &crate::extract::DateFact| matches!(d.precision, Precision::Year | Precision::Half);
        let distance = |at: usize, d: &crate::extract::DateFact| {
            (s.span.start() + at).abs_diff(d.span.start())
        };
        let news =
            |d: &crate::extract::DateFact| !vague(d) && d.start.is_some_and(|day| recent(a, day));
        let subordinate = |at: usize| {
            folded
                .get(..at)
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .rev()
                .take(3)
                .any(|w| matches!(w, "after" | "apres" | "before" | "avant"))
        };
        // A specific kind dated days after the first one's, and not to come, is the news:
        // "ont bombardé samedi trois sites, rejoignant la guerre lancée le 13 juin".
        let first_news = candidates.iter().find(|(_, _, d)| news(d));
        let later_news = first_news.and_then(|f| {
            candidates
                .iter()
                .filter(|(k, _, d)| {
                    news(d)
                        && !kinds().weak[*k]
                        && d.start.zip(f.2.start).is_some_and(|(day, first)| {
                            (day - first).num_days() > crate::claims::STORY_DAYS
                        })
                        && a.meta
                            .date
                            .is_none_or(|p| d.start.is_some_and(|day| day <= p.date))
                })
                .max_by_key(|(_, _, d)| d.start)
        });
        let Some(&(k, _, d)) = later_news
            .or(first_news)
            .or(candidates.first())
            .map(|first| {
                // Kinds dated by the same date: the one named nearest it.
                // A statement or meeting never displaces a specific kind ("a annoncé mardi
                // le rachat de Wiz" reports the acquisition).
                candidates
                    .iter()
                    .filter(|c| c.2.span == first.2.span)
                    .filter(|c| kinds().weak[first.0] || !kinds().weak[c.0])
                    // A visit or a summit holds the moments of its days ("landed in Ottawa on
                    // Wednesday for a state visit" reports the visit).
                    .filter(|c| c.0 == first.0 || !kinds().lasts[first.0])
                    // "Crashed shortly after taking off on Sunday": a phrase after "after"
                    // names what came before the happening the date is of.
                    .min_by_key(|&&(k, at, d)| (subordinate(at), distance(at, d), k))
                    .unwrap_or(first)
            })
        else {
            continue;
        };
        if vague(d) {
            continue;
        }
        let ents: Vec<_> = crate::finding::starting_in(&f.entities, s.span, |e| e.span)
            .iter()
            .filter(|e| s.span.contains(e.span))
            .filter(|e| !crate::extract::entities::is_dateline_place(a, e.span))
            .collect();
        let mut participants: BTreeSet<String> = ents
            .iter()
            .filter(|e| {
                e.kind == EntityKind::Person
                    && e.entry
                        .is_some_and(|id| g.entry(id).kind == EntryKind::Person)
            })
            .map(|e| e.name.to_string())
            .collect();
        let by_people = !participants.is_empty();
        let mut names: BTreeSet<String> = ents
            .iter()
            .filter_map(|e| unknown_surname(a, f, e))
            .collect();
        // "Bayrou is expected to resign", "M. Bayrou doit remettre sa démission": a surname
        // written alone, of a full name the article gives, is that person (a sentence's first
        // word or a word after a title is read as no name).
        let alone = surnames.get_or_init(|| full_name_surnames(a, f));
        if !alone.is_empty() {
            names.extend(
                words_in(a, s.span)
                    .filter(|w| w.starts_with(char::is_uppercase))
                    .map(crate::text::fold)
                    .filter(|w| alone.contains(w)),
            );
        }
        // "L'OMS a déclaré mercredi", "the WHO declared on Wednesday": an organisation the
        // gazetteer knows names the actor in either language, as a full name does (by its
        // entry, which no surname can spell).
        let orgs = org_names(a, &ents);
        let by_org = !orgs.is_empty();
        names.extend(orgs);
        // "Tokyo's Haneda airport", "l'aéroport de Haneda": a proper name no dictionary and
        // no gazetteer knows ties two reports of one kind and days as a full name does, whatever
        // place each names besides.
        names.extend(ents.iter().flat_map(|e| rare_names(a, f, e)));
        let mut countries = countries_of(&ents);
        // "In the Swiss canton of Graubünden", "dans le canton des Grisons" under the headline
        // "Suisse : un train déraille": a place the gazetteer does not know is in the country
        // its adjective or the headline names.
        if countries.is_empty() && in_lede(a, s.span) {
            countries = countries_beside_places(a, s.span)
                .or_else(|| headline_countries(a, f))
                .unwrap_or_default();
        }
        let mut countrywide = false;
        if participants.is_empty() {
            // "2 h 48 à Paris" names a clock, not a place of the happening.
            let places: Vec<_> = ents
                .iter()
                .filter(|e| {
                    e.kind == EntityKind::Place
                        && !crate::extract::timezone::is_clock_place(&a.text, e.span)
                        && !crate::extract::entities::is_dateline_place(a, e.span)
                })
                .collect();
            // "Northeastern Japan" beside "Sendai": the report names the country as the
            // place too, and a report that names another place in it joins (see `related`).
            countrywide = !places.is_empty()
                && places.iter().any(|e| {
                    e.entry
                        .is_some_and(|id| g.entry(id).kind == EntryKind::Country)
                });
            participants = places.iter().map(|e| e.name.to_string()).collect();
        }
        // A company's results name the company, which no gazetteer lists: the name the
        // headline and this lede sentence share ties the reports, as the fallback's does.
        // Kept as names too, unless the lede names people: the report whose lede names a
        // place ("au Texas") still ties to this one by the names both headlines give
        // ("SpaceX", "Starship").
        if (participants.is_empty() || !by_people) && in_lede(a, s.span) {
            let shared = headline_names(a, f, s.span, &headline_words);
            names.extend(shared.iter().map(|n| format!("^{}", fold(n))));
            if participants.is_empty() {
                participants = shared;
            }
        }
        // A statement or meeting that names no one is no event of its own.
        if participants.is_empty() && !by_org && kinds().weak[k] {
            continue;
        }
        let place = locative_place(a, s.span, &ents);
        let about = kinds().weak[k]
            .then(|| {
                named
                    .iter()
                    .map(|&(k, _)| k)
                    .find(|&k| !kinds().weak[k] && !candidates.iter().any(|c| c.0 == k))
            })
            .flatten();
        let start = d.start.expect("filtered on start");
        let leads = !caption && recent(a, start);
        out.push(Mention {
            article: a.id,
            span: s.span,
            kind: kinds().names[k].clone(),
            rank: k,
            weak: kinds().weak[k],
            start,
            end: d.end.unwrap_or(start),
            participants: Arc::new(participants),
            by_people,
            names: Arc::new(names),
            countries: Arc::new(countries),
            countrywide,
            // A photo caption shows another moment as often as the story's ("Xi et Poutine à
            // Samarcande en 2022" above a report of 2023): the main mention is the first of
            // the text, a caption's only when the text has none.
            main: !has_main && leads,
            date_span: d.span,
            place,
            about,
            figures: specific_figures(f, s.span),
        });
        has_main |= leads;
    }
    // The headline and first paragraph say what the article reports: a main mention past
    // them ("élu en novembre" in the third paragraph of a report of a reopening) gives way
    // to the lede's own dated sentence.
    let main_past_lede = out
        .iter()
        .find(|m| m.main)
        .is_some_and(|m| !in_lede(a, m.span));
    if !has_main || main_past_lede {
        // Mentions stay in text order, one per sentence.
        if let Some(m) = lede_mention(a, f).filter(|m| !has_main || in_lede(a, m.span)) {
            for o in &mut out {
                o.main = false;
            }
            match out.iter().position(|o| o.span == m.span) {
                // A sentence that names an old happening and dates the news ("reopened on
                // Saturday, five years after the blaze of April 15, 2019") reports the news.
                Some(i) => out[i] = m,
                None => {
                    let at = out.partition_point(|o| o.span.start < m.span.start);
                    out.insert(at, m);
                }
            }
            return out;
        }
    }
    if !has_main {
        if let Some(first) = out.first_mut() {
            first.main = true;
        }
    }
    out
}

/// The surnames (folded) of the full names an article gives that the gazetteer does not
/// know ("François Bayrou": "bayrou"), as [`Mention::names`] holds them.
fn full_name_surnames(a: &crate::corpus::Article, f: &Facts) -> BTreeSet<String> {
    f.entities
        .iter()
        .filter_map(|e| unknown_surname(a, f, e))
        .collect()
}

/// The surname (folded) of a full name the gazetteer does not know ("Nicolas Sarkozy"):
/// not a date ("Thursday, September 4"), a nationality or an agency's credit.
fn unknown_surname(
    a: &crate::corpus::Article,
    f: &Facts,
    e: &crate::extract::EntityFact,
) -> Option<String> {
    if e.entry.is_some()
        || !matches!(e.kind, EntityKind::Person | EntityKind::Name)
        || !e.name.contains(' ')
        || f.dates.iter().any(|d| d.span.overlaps(e.span))
        || agency_credit(&a.text, e.span)
    {
        return None;
    }
    e.name
        .split_whitespace()
        .next_back()
        .filter(|w| w.chars().count() > 2 && crate::extract::demonyms::country_of(w).is_none())
        // "Raïssi" and "Raisi": one surname across languages.
        .map(crate::text::name_key)
}

/// A one-word name (folded) that neither the gazetteer nor the French and English
/// dictionaries know ("Haneda", "Derna"): not a date, a nationality or an agency's credit.
fn rare_names(
    a: &crate::corpus::Article,
    f: &Facts,
    e: &crate::extract::EntityFact,
) -> Vec<String> {
    if e.entry.is_some()
        || e.kind != EntityKind::Name
        || f.dates.iter().any(|d| d.span.overlaps(e.span))
        || agency_credit(&a.text, e.span)
    {
        return Vec::new();
    }
    // "The European Space Agency's Philae lander" and "le robot Philae": a word of a longer
    // name that no dictionary knows is as rare as the name alone.
    e.name
        .split(' ')
        // A possessive is no part of the name ("Agency's").
        .map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w)
                .trim_end_matches(['\'', '’'])
        })
        .filter(|w| {
            w.chars().count() >= 4
                && w.starts_with(char::is_uppercase)
                && crate::extract::demonyms::country_of(w).is_none()
        })
        // A proper noun a dictionary lists ("Philae") is as rare as one it does
        // not: neither language knows it as a common word.
        .filter(|w| {
            *RARE.get_or(w, || {
                let lower = w.to_lowercase();
                [crate::lang::Lang::Fr, crate::lang::Lang::En]
                    .iter()
                    .all(|&l| crate::text::dict::knows(l, &lower) == Some(false))
            })
        })
        .map(|w| format!("~{}", crate::text::translit_key(w)))
        .collect()
}

/// Verdicts of [`rare_names`] per distinct name (see [`crate::text::memo`]).
static RARE: crate::text::memo::Memo<bool> = crate::text::memo::Memo::new();

/// The gazetteer organisations among `ents`, as [`Mention::names`] holds them: `#` and the
/// entry id, which no folded surname can spell.
fn org_names(a: &crate::corpus::Article, ents: &[&crate::extract::EntityFact]) -> BTreeSet<String> {
    ents.iter()
        .filter(|e| e.kind == EntityKind::Org)
        // "OREM, Utah (Reuters) -": the agency that wrote the dispatch, not an actor of it.
        // Two stories of one agency on one day are not one happening.
        .filter(|e| !agency_credit(&a.text, e.span))
        .filter_map(|e| e.entry)
        .map(|id| format!("#{id}"))
        .collect()
}

/// A name in parentheses followed by a dash: the credit of a wire dispatch ("(Reuters) -",
/// "(AP) —").
pub fn agency_credit(text: &str, span: Span) -> bool {
    text[..span.start()].ends_with('(')
        && text[span.end()..].strip_prefix(')').is_some_and(|rest| {
            rest.trim_start_matches([' ', '\u{a0}'])
                .starts_with(['-', '–', '—'])
        })
}

/// Country codes of the gazetteer people and places among `ents`.
fn countries_of(ents: &[&crate::extract::EntityFact]) -> BTreeSet<String> {
    let g = Gazetteer::get();
    ents.iter()
        .filter_map(|e| e.entry)
        .filter_map(|id| g.entry(id).country.clone())
        .collect()
}

/// Nouns of a place within a country, which a nationality adjective places in it: "the Swiss
/// canton of Graubünden", "une ville française".
const PLACE_NOUNS: &[&str] = &[
    "canton",
    "city",
    "town",
    "village",
    "region",
    "province",
    "state",
    "county",
    "district",
    "island",
    "coast",
    "capital",
    "ville",
    "commune",
    "ile",
    "cote",
    "capitale",
    "departement",
    "etat",
];

/// The countries a sentence names by an adjective beside a noun of place ("the Swiss canton
/// of Graubünden", "la ville française de Sète"), if any.
fn countries_beside_places(a: &crate::corpus::Article, s: Span) -> Option<BTreeSet<String>> {
    let words: Vec<&str> = a
        .slice(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let place = |w: &str| PLACE_NOUNS.contains(&fold(w).as_str());
    let found: BTreeSet<String> = words
        .windows(2)
        .filter_map(|p| {
            let adjective = match a.lang {
                crate::lang::Lang::En => (place(p[1])).then_some(p[0]),
                _ => (place(p[0])).then_some(p[1]),
            }?;
            crate::extract::demonyms::country_of(adjective).map(str::to_string)
        })
        .collect();
    (!found.is_empty()).then_some(found)
}

/// The countries the places of an article's headline are in, if any.
fn headline_countries(a: &crate::corpus::Article, f: &Facts) -> Option<BTreeSet<String>> {
    let headline = a
        .blocks
        .iter()
        .find(|b| b.kind.is_content() && b.kind != crate::corpus::BlockKind::Caption)?;
    let ents: Vec<&crate::extract::EntityFact> =
        crate::finding::starting_in(&f.entities, headline.span, |e| e.span)
            .iter()
            .filter(|e| headline.span.contains(e.span) && e.kind == EntityKind::Place)
            .collect();
    let found = countries_of(&ents);
    (!found.is_empty()).then_some(found)
}

/// The block of an article's first paragraph (the one after the headline).
fn lede_block(a: &crate::corpus::Article) -> u32 {
    a.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind.is_content() && b.kind != crate::corpus::BlockKind::Caption)
        .map(|(i, _)| i as u32)
        .nth(1)
        .unwrap_or(0)
}

/// True when `span` lies in the headline or the first paragraph.
pub(crate) fn in_lede(a: &crate::corpus::Article, span: Span) -> bool {
    span.end <= a.blocks[lede_block(a) as usize].span.end
}

/// True for two days in a row written as one span ("dans la nuit de samedi 5 à dimanche 6
/// décembre"): the night across them, which dates a happening as a day does.
fn night_across(d: &crate::extract::DateFact) -> bool {
    d.precision == Precision::Range
        && d.start
            .zip(d.end)
            .is_some_and(|(s, e)| (e - s).num_days() == 1)
}

/// The fallback mention of an article whose text names no happening of a known kind that is
/// news at its publication date: its first sentence dated to a recent day, of the weak kind
/// `report`, named by the people (else the places) of that sentence, else of the headline
/// and first paragraph. Reports of a happening the lexicon has no word for ("a rouvert", "a
/// percuté le pont") then still join the event the other reports form, by days and names,
/// and their claims are weighed with the others'. None without a dated sentence or a name.
fn lede_mention(a: &crate::corpus::Article, f: &Facts) -> Option<Mention> {
    let g = Gazetteer::get();
    let k = index_of("report")?;
    let lede = lede_block(a);
    let headline_words = std::cell::OnceCell::new();
    let (s, d) = a
        .seg
        .sentences
        .iter()
        .filter(|s| {
            let kind = a.blocks[s.block as usize].kind;
            kind.is_content() && kind != crate::corpus::BlockKind::Caption
        })
        .find_map(|s| {
            let days: Vec<&crate::extract::DateFact> =
                crate::finding::starting_in(&f.dates, s.span, |d| d.span)
                    .iter()
                    .filter(|d| {
                        s.span.contains(d.span)
                            && (d.precision == Precision::Day || night_across(d))
                            && d.start.is_some_and(|day| recent(a, day))
                    })
                    .collect();
            // "Trapped since June 23, they were all brought out on Tuesday": the start of
            // a state that ran on is not the day reported, when the sentence gives another.
            // "They will meet on the 10th, after a call on Tuesday": the news is what
            // happened, not the day to come the sentence leads with.
            let past = |d: &&&crate::extract::DateFact| {
                a.meta
                    .date
                    .is_none_or(|p| d.start.is_some_and(|day| day <= p.date))
            };
            days.iter()
                .find(|d| !crate::extract::dates::after_since(a, d.span) && past(d))
                .or_else(|| {
                    days.iter()
                        .find(|d| !crate::extract::dates::after_since(a, d.span))
                })
                .or(days.first())
                .map(|d| (s, *d))
        })?;
    let named = |span: Span, people: bool| -> BTreeSet<String> {
        crate::finding::starting_in(&f.entities, span, |e| e.span)
            .iter()
            .filter(|e| span.contains(e.span))
            .filter(|e| {
                if people {
                    e.kind == EntityKind::Person
                        && e.entry
                            .is_some_and(|id| g.entry(id).kind == EntryKind::Person)
                } else {
                    e.kind == EntityKind::Place
                        && !crate::extract::timezone::is_clock_place(&a.text, e.span)
                        && !crate::extract::entities::is_dateline_place(a, e.span)
                }
            })
            .map(|e| e.name.to_string())
            .collect()
    };
    let head = Span::new(
        a.blocks.first().map_or(0, |b| b.span.start()),
        a.blocks[lede as usize].span.end(),
    );
    // People of the sentence, else the places of the sentence and of the lede together: a
    // lede often names the country in the headline and the city in the text.
    let mut participants = named(s.span, true);
    let by_people = !participants.is_empty();
    if !by_people {
        participants = named(s.span, false);
        participants.extend(named(head, false));
    }
    if participants.is_empty() {
        participants = headline_names(a, f, s.span, &headline_words);
    }
    if participants.is_empty() {
        participants = headline_names(a, f, a.blocks[lede as usize].span, &headline_words);
    }
    if participants.is_empty() {
        participants = coined_names(a, s.span);
    }
    // "Sanofi will pay $62 a share for Kymera…" and, paragraphs on, "Sanofi shares rose on
    // Monday": a day given past the lede dates the news the lede tells, whose names (those
    // it shares with the headline) and numbers tie the report to the others'.
    let past_lede = !in_lede(a, s.span);
    if past_lede && !by_people {
        participants.extend(headline_names(
            a,
            f,
            a.blocks[lede as usize].span,
            &headline_words,
        ));
    }
    if participants.is_empty() {
        return None;
    }
    let ents: Vec<_> = crate::finding::starting_in(&f.entities, s.span, |e| e.span)
        .iter()
        .filter(|e| s.span.contains(e.span))
        // "22h30 heure locale (14h30 à Paris)": the reader's clock is no country of the news,
        // nor is the dateline's.
        .filter(|e| !crate::extract::timezone::is_clock_place(&a.text, e.span))
        .filter(|e| !crate::extract::entities::is_dateline_place(a, e.span))
        .collect();
    let countries = countries_of(&ents);
    // An organisation of the gazetteer, as in a mention of a named kind, and the surnames
    // of the full names it does not know ("Yoon Suk Yeol"), which tie the reports of one
    // happening no word of the lexicon names.
    let mut names = org_names(a, &ents);
    names.extend(ents.iter().filter_map(|e| unknown_surname(a, f, e)));
    let start = d.start?;
    Some(Mention {
        article: a.id,
        span: s.span,
        kind: kinds().names[k].clone(),
        rank: k,
        weak: true,
        start,
        end: d.end.unwrap_or(start),
        participants: Arc::new(participants),
        by_people,
        names: Arc::new(names),
        countries: Arc::new(countries),
        // The lede fallback is a weak kind, which never joins by country.
        countrywide: false,
        main: true,
        date_span: d.span,
        place: locative_place(a, s.span, &ents),
        // "Le bilan des inondations s'est alourdi, ont annoncé mardi les secours": the kind
        // its sentence names with no day of its own.
        // Only when the sentence gives no other date, which may be that kind's ("since a
        // fire in April 2019").
        about: (crate::finding::starting_in(&f.dates, s.span, |x| x.span)
            .iter()
            .filter(|x| s.span.contains(x.span))
            .count()
            == 1)
            .then(|| {
                happenings_named(a.slice(s.span), &fold(a.slice(s.span)), false)
                    .map(|(_, k)| k)
                    .filter(|&k| !kinds().weak[k])
                    .min()
            })
            .flatten(),
        figures: if past_lede {
            let mut figures: Vec<u64> = specific_figures(f, s.span).to_vec();
            figures.extend(specific_figures(f, a.blocks[lede as usize].span).iter());
            figures.sort_unstable();
            figures.dedup();
            figures.into()
        } else {
            specific_figures(f, s.span)
        },
    })
}

/// The numbers of a sentence specific enough to tie two reports: not a year, not an
/// ordinal, and either past a hundred or with a fraction (a count of 3 or 12 is anyone's).
fn specific_figures(f: &Facts, sentence: Span) -> Numbers {
    crate::finding::starting_in(&f.figures, sentence, |x| x.span)
        .iter()
        .filter(|x| sentence.contains(x.span) && !x.ordinal)
        .filter(|x| {
            let whole = x.value.fract() == 0.0;
            let year = whole && x.unit.is_none() && (1900.0..=2100.0).contains(&x.value);
            !year && (x.value >= 100.0 || !whole)
        })
        .map(|x| {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            x.value.to_bits().hash(&mut h);
            x.unit.hash(&mut h);
            h.finish()
        })
        .collect::<BTreeSet<u64>>()
        .into_iter()
        .collect()
}

/// True when two sorted lists share at least `n` values.
fn common_at_least(x: &[u64], y: &[u64], n: usize) -> bool {
    let (mut i, mut j, mut found) = (0, 0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                found += 1;
                if found >= n {
                    return true;
                }
                i += 1;
                j += 1;
            }
        }
    }
    false
}

/// Names a sentence shares with the headline when neither names a person or a place: a
/// company ("Nvidia forecasts…" over "Nvidia on Wednesday said…"), a team, a product. Read by
/// shape, as no gazetteer lists them: a word that stands in both, and that the article
/// capitalises inside a sentence somewhere (a headline's capitals or a sentence's first word
/// prove nothing) or that no dictionary knows (dictionaries list many brands, so this alone
/// is not enough). No function word, day or month.
fn headline_names<'a>(
    a: &'a crate::corpus::Article,
    f: &Facts,
    sentence: Span,
    shared: &std::cell::OnceCell<Option<HeadlineWords<'a>>>,
) -> BTreeSet<String> {
    let Some(shared) = shared.get_or_init(|| HeadlineWords::of(a)).as_ref() else {
        return BTreeSet::new();
    };
    // A word the corpus writes as a name ("Airbus said…", where other reports write "the
    // planemaker Airbus"; see `entities::corpus_initial_names`) is one here too, though the
    // dictionary knows it as a noun.
    let named = |w: &str| {
        f.entities
            .iter()
            .any(|e| e.kind == EntityKind::Name && e.entry.is_none() && &*e.name == w)
    };
    words_in(a, sentence)
        .filter(|w| {
            shared.headline.contains(w)
                && (shared.inside.contains(w)
                    || crate::text::dict::knows(a.lang, &w.to_lowercase()) == Some(false)
                    || named(w))
                && may_be_a_name(w)
        })
        .map(str::to_string)
        .collect()
}

/// True for a word that may name something: longer than two letters, and no function word,
/// day or month.
fn may_be_a_name(w: &str) -> bool {
    let lex = crate::lexicon::Lexicons::get();
    w.chars().count() > 2
        && !crate::extract::stopwords().contains(&fold(w))
        && [&lex.fr, &lex.en]
            .iter()
            .all(|c| c.weekday(w).is_none() && c.month(w).is_none())
}

/// Names a sentence capitalises past its first word and that no dictionary of the article's
/// language knows ("CrowdStrike"), for a lede whose headline names nothing: a company or a
/// product the gazetteer does not list, which the other reports of the happening name too.
/// No function word, day or month.
fn coined_names(a: &crate::corpus::Article, sentence: Span) -> BTreeSet<String> {
    words_in(a, sentence)
        .skip(1)
        .filter(|w| {
            w.starts_with(char::is_uppercase)
                && crate::text::dict::knows(a.lang, &w.to_lowercase()) == Some(false)
                && may_be_a_name(w)
        })
        .map(str::to_string)
        .collect()
}

/// The words of a span, in order.
fn words_in(a: &crate::corpus::Article, span: Span) -> impl Iterator<Item = &str> {
    a.seg
        .tokens_in(span)
        .into_iter()
        .filter(|t| t.kind == crate::text::TokKind::Word)
        .map(|t| a.slice(t.span))
}

/// An article's headline words, and those of them it capitalises inside a sentence of its
/// text. Read once per article: a text of one huge paragraph is all lede, and reading the
/// whole text again for each of its sentences made it quadratic.
struct HeadlineWords<'a> {
    headline: BTreeSet<&'a str>,
    inside: BTreeSet<&'a str>,
}

impl<'a> HeadlineWords<'a> {
    /// `None` when the article has no headline.
    fn of(a: &'a crate::corpus::Article) -> Option<Self> {
        let title = a
            .blocks
            .iter()
            .find(|b| b.kind == crate::corpus::BlockKind::Title)?;
        let headline: BTreeSet<&str> = words_in(a, title.span).collect();
        let inside = a
            .text_sentences()
            .filter(|s| a.blocks[s.block as usize].kind != crate::corpus::BlockKind::Title)
            .flat_map(|s| words_in(a, s.span).skip(1))
            .filter(|w| w.starts_with(char::is_uppercase) && headline.contains(w))
            .collect();
        Some(HeadlineWords { headline, inside })
    }
}

/// Where a sentence says something happened: a gazetteer city or capital right after "à",
/// "au", "in", "at", "to" or "vers" ("arrivé à Moscou", "landed in Beijing", "his visit to
/// Moscow"), or the target of a strike ("des frappes sur Kiev", "missiles struck Kyiv"),
/// with its entry and span.
pub fn locative_place(
    a: &crate::corpus::Article,
    sentence: Span,
    ents: &[&crate::extract::EntityFact],
) -> Option<(u32, Span)> {
    let g = Gazetteer::get();
    ents.iter()
        .filter(|e| {
            sentence.contains(e.span)
                && e.entry.is_some_and(|id| {
                    matches!(g.entry(id).kind, EntryKind::City | EntryKind::Capital)
                })
        })
        .filter(|e| !crate::extract::timezone::is_clock_place(&a.text, e.span))
        .find(|e| {
            let before = fold(&a.text[sentence.start()..e.span.start()]);
            let before = before.trim_end();
            [
                "a",
                "in",
                "at",
                "au",
                "to",
                "vers",
                "a destination de",
                "near",
                "pres de",
                "outside",
                "au large de",
                "off",
                // A strike happens where it lands; not "pressure on Moscow", whose "on"
                // names no place.
                "frappe sur",
                "frappes sur",
                "bombardements sur",
                "attaque contre",
                "attaques contre",
                "strike on",
                "strikes on",
                "attack on",
                "attacks on",
                "raid on",
                "raids on",
                "struck",
                "pounded",
                "shelled",
                "bombarded",
                "a frappe",
                "ont frappe",
                "a bombarde",
                "ont bombarde",
                "a pilonne",
                "ont pilonne",
            ]
            .iter()
            .any(|p| {
                before.ends_with(p)
                    && before[..before.len() - p.len()].ends_with(|c: char| !c.is_alphanumeric())
                    && !(matches!(*p, "a" | "au" | "to")
                        && given_to(&before[..before.len() - p.len()]))
            })
        })
        .map(|e| (e.entry.expect("filtered"), e.span))
}

/// True when the clause that ends with `before` (folded) gives something, which the "à" or
/// "to" after it hands to a recipient: "promet des missiles à Kiev", "pledged air defence to
/// Kyiv" name who gets it, not where anything happened. The thing given stands between the
/// verb and the preposition: "sent to Rome" with nothing between is a journey's end.
fn given_to(before: &str) -> bool {
    const GIVE: &[&str] = &[
        "promet",
        "promettent",
        "promis",
        "promise",
        "promettre",
        "livrer",
        "livrera",
        "envoie",
        "envoient",
        "envoye",
        "envoyes",
        "envoyer",
        "enverra",
        "fournit",
        "fournissent",
        "fourni",
        "fournis",
        "fournir",
        "fournira",
        "offert",
        "offrir",
        "accorde",
        "accorder",
        "donne",
        "donner",
        "promises",
        "promised",
        "pledge",
        "pledges",
        "pledged",
        "send",
        "sends",
        "sent",
        "deliver",
        "delivers",
        "delivered",
        "supply",
        "supplies",
        "supplied",
        "offers",
        "offered",
        "give",
        "gives",
        "gave",
        "given",
        "provide",
        "provides",
        "provided",
    ];
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .rev()
        .skip(1)
        .any(|w| GIVE.contains(&w))
}

/// True when `later`, a statement dated days after `earlier`, is news of it: its sentence
/// names `earlier`'s kind with no day of its own ("le bilan des inondations s'est alourdi,
/// ont annoncé jeudi"), within a story's days, and names its people, one of its countries or
/// a full name of its own.
fn news_of(later: &Mention, earlier: &Mention) -> bool {
    later.about.is_some_and(|a| ranks_join(a, earlier.rank))
        && !earlier.weak
        && earlier.start <= later.start
        && (later.start - earlier.end).num_days() <= crate::claims::STORY_DAYS
        && (later
            .participants
            .intersection(&earlier.participants)
            .next()
            .is_some()
            // A full name the gazetteer lacks ties them too (see `Mention::names`).
            || later.names.intersection(&earlier.names).next().is_some()
            || later
                .countries
                .intersection(&earlier.countries)
                .next()
                .is_some())
}

fn related(x: &Mention, y: &Mention) -> bool {
    let tol = Duration::days(1);
    let same_days = x.start <= y.end + tol && y.start <= x.end + tol;
    let shared = x
        .participants
        .intersection(&y.participants)
        .next()
        .is_some();
    // A report that names no one joins a happening of the same kind and days ("le séisme qui a
    // secoué la vallée dimanche"); a weak kind (a meeting, a statement) needs names.
    let same_kind = ranks_join(x.rank, y.rank);
    let anonymous = (x.participants.is_empty() || y.participants.is_empty())
        && same_kind
        && !(x.weak || y.weak);
    // A full name the gazetteer lacks ("Laurent Freixe") ties a statement to the happening
    // too: "a annoncé mardi le départ de son directeur général, Laurent Freixe".
    let named_alike = x.names.intersection(&y.names).next().is_some();
    // "Dans le nord du Chili" and "in the Atacama desert": one report names the country,
    // the other a place in it. Two places of one country stay two happenings.
    let places_only = !x.by_people && !y.by_people;
    let within = same_kind
        && !x.weak
        && !y.weak
        && places_only
        && (x.countrywide || y.countrywide)
        && x.countries.intersection(&y.countries).next().is_some();
    // Two specific numbers in common: one story ("par 372 voix contre 283", "by 372 votes to
    // 283"), whoever each report names.
    let numbers_alike = common_at_least(&x.figures, &y.figures, 2);
    // "L'OMS a déclaré" and "le FMI a annoncé": two organisations, two happenings, though
    // neither names a person or a place.
    let orgs = |m: &Mention| m.names.iter().filter(|n| n.starts_with('#')).count();
    let other_actors = orgs(x) > 0 && orgs(y) > 0 && !named_alike;
    // A statement about a happening of a named kind ("floods have killed 40, officials said
    // on Tuesday") is that kind's news, no loose moment of any other happening.
    let loose = |m: &Mention, other: &Mention| {
        m.weak
            && m.about
                .is_none_or(|a| other.weak || ranks_join(a, other.rank))
    };
    (same_kind || loose(x, y) || loose(y, x))
        && same_days
        && (shared
            || anonymous
            || named_alike
            || numbers_alike
            || within
            || (x.participants.is_empty() && y.participants.is_empty() && !other_actors))
}

/// Groups the event mentions of a corpus into events.
pub fn events(corpus: &Corpus, facts: &[Facts]) -> Vec<Event> {
    let mut ms = mentions_of(corpus, facts);
    ms.sort_by_key(|m| (m.start, m.article, m.span.start));

    let mut uf = UnionFind::new(ms.len());
    // Identical mentions (same kind, dates and participants: wire copy) are one first, so the
    // sweep below compares distinct mentions only. With no participant, the names tell them
    // apart ("l'OMS a déclaré mercredi", "le FMI a annoncé mercredi").
    type Same<'m> = (
        &'m str,
        NaiveDate,
        NaiveDate,
        &'m BTreeSet<String>,
        Option<&'m BTreeSet<String>>,
    );
    let mut first_of: BTreeMap<Same, usize> = BTreeMap::new();
    let mut distinct: Vec<usize> = Vec::new();
    // Mentions alike but for their names: the first stands for the others, with all their
    // names ("Ethiopian Airlines" in one report's lede ties the crash to a third report even
    // when the second, alike, names only the jet).
    let mut more_names: Vec<(usize, usize)> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        let key: Same = (
            m.kind.as_str(),
            m.start,
            m.end,
            &m.participants,
            m.participants.is_empty().then_some(&m.names),
        );
        match first_of.get(&key) {
            Some(&f) => {
                uf.union(f as u32, i as u32);
                if !m.names.is_subset(&ms[f].names) {
                    more_names.push((f, i));
                }
            }
            None => {
                first_of.insert(key, i);
                distinct.push(i);
            }
        }
    }
    drop(first_of);
    for (f, i) in more_names {
        let names = ms[i].names.clone();
        Arc::make_mut(&mut ms[f].names).extend(names.iter().cloned());
    }
    // Sweep by start date: only mentions whose dates can overlap are compared, or that a
    // story's few days hold (a toll given days after the floods it counts).
    let mut active: Vec<usize> = Vec::new();
    let story = Duration::days(crate::claims::STORY_DAYS);
    for &i in &distinct {
        active.retain(|&j| ms[j].end + story >= ms[i].start);
        for &j in &active {
            let near = ms[j].end + Duration::days(1) >= ms[i].start;
            if (near && related(&ms[i], &ms[j])) || news_of(&ms[i], &ms[j]) {
                uf.union(i as u32, j as u32);
            }
        }
        active.push(i);
    }
    let mut groups: BTreeMap<u32, Vec<Mention>> = BTreeMap::new();
    for (i, m) in ms.into_iter().enumerate() {
        groups.entry(uf.find(i as u32)).or_default().push(m);
    }
    let groups = attach_strays(attach_placed(groups.into_values().collect()));
    let mut out: Vec<Event> = groups
        .into_iter()
        .map(|mut mentions| {
            mentions.sort_by_key(|m| (m.article, m.span.start));
            let mut participants: BTreeMap<String, usize> = BTreeMap::new();
            let mut seen: BTreeSet<(ArticleId, String)> = BTreeSet::new();
            for m in &mentions {
                for p in m.participants.iter() {
                    if seen.insert((m.article, p.clone())) {
                        *participants.entry(p.clone()).or_default() += 1;
                    }
                }
            }
            // The kind most reports give (main mentions count double), a specific one before
            // a weak one, ties to the more specific: one sentence that names an attack beside
            // a parade does not make the parade an attack.
            let mut kind_votes: BTreeMap<(bool, usize), usize> = BTreeMap::new();
            for m in &mentions {
                // A statement about floods votes for the floods.
                let (weak, rank) = match m.about {
                    Some(a) if m.weak => (false, a),
                    _ => (m.weak, m.rank),
                };
                *kind_votes.entry((weak, rank)).or_default() += if m.main { 2 } else { 1 };
            }
            let specific_rank = kind_votes
                .iter()
                .max_by(|a, b| {
                    (!a.0 .0, a.1)
                        .cmp(&(!b.0 .0, b.1))
                        .then(b.0 .1.cmp(&a.0 .1))
                })
                .map(|(&(_, rank), _)| rank)
                .expect("non-empty");
            let specific_kind = kinds().names[specific_rank].clone();
            // The date most reports give (main mentions count double); ties: the earliest.
            // A statement's day is the statement's when a mention names the happening
            // itself ("floods on Tuesday" against "the toll rose on Thursday").
            let specific_seen = mentions.iter().any(|m| !m.weak);
            let mut votes: BTreeMap<(NaiveDate, NaiveDate), usize> = BTreeMap::new();
            for m in mentions.iter().filter(|m| !(specific_seen && m.weak)) {
                *votes.entry((m.start, m.end)).or_default() += if m.main { 2 } else { 1 };
            }
            let ((start, end), _) = votes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(k, v)| (*k, *v))
                .expect("non-empty");
            Event {
                kind: specific_kind,
                start,
                end,
                participants,
                mentions,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        (a.start, a.mentions[0].article, a.mentions[0].span.start).cmp(&(
            b.start,
            b.mentions[0].article,
            b.mentions[0].span.start,
        ))
    });
    out
}

/// Groups whose mentions name places but no person ("la visite à Moscou", "a meeting in
/// Beijing") join the group named by people that happens on the same days, is of the same
/// kind (or either is weak), and involves one of their countries (Moscou: Russia, Putin's
/// country). Each joins one group at most, the largest, so that a place-only report never
/// bridges two happenings.
fn attach_placed(groups: Vec<Vec<Mention>>) -> Vec<Vec<Mention>> {
    struct Summary {
        articles: usize,
        by_people: bool,
        kinds: BTreeSet<String>,
        /// Actors named besides people and places (see `Mention::names`).
        names: BTreeSet<String>,
        weak: bool,
        start: NaiveDate,
        end: NaiveDate,
        countries: BTreeSet<String>,
    }
    let summary = |g: &[Mention]| Summary {
        articles: g.iter().map(|m| m.article).collect::<BTreeSet<_>>().len(),
        by_people: g.iter().any(|m| m.by_people),
        kinds: g.iter().map(|m| m.kind.clone()).collect(),
        names: g.iter().flat_map(|m| m.names.iter().cloned()).collect(),
        // A statement about a happening of a named kind is that kind's, not a loose one.
        weak: g.iter().all(|m| m.weak && m.about.is_none()),
        start: g.iter().map(|m| m.start).min().expect("non-empty"),
        end: g.iter().map(|m| m.end).max().expect("non-empty"),
        countries: g.iter().flat_map(|m| m.countries.iter().cloned()).collect(),
    };
    let sums: Vec<Summary> = groups.iter().map(|g| summary(g)).collect();
    let tol = Duration::days(1);
    // People-named groups by start day, so each place-only group looks at the groups that
    // can overlap its days only (a sweep, not all pairs).
    let mut by_start: Vec<usize> = (0..sums.len()).filter(|&j| sums[j].by_people).collect();
    by_start.sort_by_key(|&j| (sums[j].start, j));
    let longest = by_start
        .iter()
        .map(|&j| sums[j].end - sums[j].start)
        .max()
        .unwrap_or_default();
    let mut target: Vec<Option<usize>> = vec![None; groups.len()];
    for (i, s) in sums.iter().enumerate() {
        if s.by_people {
            continue;
        }
        let lo = by_start.partition_point(|&j| sums[j].start + longest + tol < s.start);
        let hi = by_start.partition_point(|&j| sums[j].start <= s.end + tol);
        target[i] = by_start[lo..hi.max(lo)]
            .iter()
            .map(|&j| (j, &sums[j]))
            .filter(|(j, t)| {
                *j != i
                    && t.by_people
                    && (s.kinds.iter().any(|k| !is_weak_kind(k) && t.kinds.contains(k))
                        // A loose statement joins by days and country, unless several
                        // reports tell it alike of an actor of its own ("Stellantis a
                        // annoncé jeudi … en Italie"): a story of its own, not the summit
                        // held in Ankara that day.
                        || ((s.weak || t.weak)
                            && (s.articles == 1
                                || s.names.is_empty()
                                || !s.names.is_disjoint(&t.names))))
                    && s.start <= t.end + tol
                    && t.start <= s.end + tol
                    && !s.countries.is_disjoint(&t.countries)
            })
            .max_by_key(|(j, _)| (groups[*j].len(), std::cmp::Reverse(*j)))
            .map(|(j, _)| j);
    }
    merge_into(groups, &target)
}

/// Moves each group whose `target` is set into that group, and drops the emptied ones.
fn merge_into(mut groups: Vec<Vec<Mention>>, target: &[Option<usize>]) -> Vec<Vec<Mention>> {
    for i in 0..groups.len() {
        if let Some(j) = target[i] {
            let moved = std::mem::take(&mut groups[i]);
            groups[j].extend(moved);
        }
    }
    groups.retain(|g| !g.is_empty());
    groups
}

/// Fewest articles an event needs before a stray report joins it: with fewer, the stray's
/// names could as well be right as the others'.
pub const STRAY_TARGET_ARTICLES: usize = 3;

/// A report whose participant was swapped ("la visite d'État d'Olaf Scholz à Pékin, du 16 au
/// 17 mai" where every other report names Vladimir Poutine) shares no name with the event it
/// reports, so it forms an event of its own, with no report to weigh it against, and the
/// swap goes unseen. A group that one article alone reports, named by people and of a
/// specific kind (not a meeting or a statement, which any happening holds), joins the group
/// of the same kind and days that at least [`STRAY_TARGET_ARTICLES`] articles report, when
/// there is exactly one: two such happenings on those days leave it alone. Then the
/// comparison rules weigh its names against the event's (`event/participant-conflict`).
fn attach_strays(groups: Vec<Vec<Mention>>) -> Vec<Vec<Mention>> {
    struct Summary<'a> {
        articles: usize,
        kinds: BTreeSet<&'a str>,
        names: BTreeSet<&'a str>,
        start: NaiveDate,
        end: NaiveDate,
        by_people: bool,
        all_people: bool,
        /// Only the lede fallback (kind `report`): a happening no word of the lexicon names.
        report_only: bool,
        /// An article's main happening, named by weak kinds only (a statement, a meeting).
        weak_main: bool,
        countries: BTreeSet<&'a str>,
    }
    let target: Vec<Option<usize>> = {
        // Each group summed up once: a wire corpus holds events of thousands of mentions.
        let sums: Vec<Summary> = groups
            .iter()
            .map(|g| Summary {
                articles: g.iter().map(|m| m.article).collect::<BTreeSet<_>>().len(),
                kinds: g
                    .iter()
                    .filter(|m| !m.weak)
                    .map(|m| m.kind.as_str())
                    .collect(),
                names: g
                    .iter()
                    .flat_map(|m| m.participants.iter().map(String::as_str))
                    .collect(),
                start: g.iter().map(|m| m.start).min().expect("non-empty"),
                end: g.iter().map(|m| m.end).max().expect("non-empty"),
                by_people: g.iter().any(|m| m.by_people),
                all_people: g.iter().all(|m| m.by_people),
                report_only: g.iter().all(|m| m.kind == "report"),
                weak_main: g.iter().all(|m| m.weak) && g.iter().any(|m| m.main),
                countries: g
                    .iter()
                    .flat_map(|m| m.countries.iter().map(String::as_str))
                    .collect(),
            })
            .collect();
        let tol = Duration::days(1);
        // Large groups by start day, so each stray looks only at those its days can overlap.
        let mut big: Vec<(NaiveDate, usize)> = sums
            .iter()
            .enumerate()
            .filter(|(_, x)| x.articles >= STRAY_TARGET_ARTICLES)
            .map(|(j, x)| (x.start, j))
            .collect();
        big.sort();
        let longest = big
            .iter()
            .map(|&(_, j)| sums[j].end - sums[j].start)
            .max()
            .unwrap_or_default();
        sums.iter()
            .map(|x| {
                // Named by people, or by places alone (an accident "near Naples" where the
                // others say Milan): a group that mixes the two is no clear stray.
                // A lone report of a happening no word names, or that names no one and no
                // place ("the company said Thursday that net income dropped"), joins by days
                // alone.
                if x.articles != 1
                    || (x.by_people && !x.all_people)
                    || (x.kinds.is_empty() && !x.report_only && !x.weak_main)
                {
                    return None;
                }
                let lo = big.partition_point(|b| b.0 + longest + tol < x.start);
                let hi = big.partition_point(|b| b.0 <= x.end + tol);
                let mut fits = big[lo..hi.max(lo)].iter().map(|&(_, j)| j).filter(|&j| {
                    let t = &sums[j];
                    x.start <= t.end + tol
                        && t.start <= x.end + tol
                        && x.by_people == t.by_people
                        && (x.report_only
                            || x.names.is_empty()
                            || !t.kinds.is_disjoint(&x.kinds)
                            // "La princesse de Galles a annoncé vendredi" where the other
                            // reports' ledes name no kind either: one article's news, told
                            // loosely by all.
                            || (x.weak_main && t.kinds.is_empty()))
                        && t.names.is_disjoint(&x.names)
                        // An avalanche in Austria is not the match played in England that
                        // day, however alone it stands.
                        && (x.countries.is_empty()
                            || t.countries.is_empty()
                            || !t.countries.is_disjoint(&x.countries))
                });
                match (fits.next(), fits.next()) {
                    (Some(j), None) => Some(j),
                    _ => None,
                }
            })
            .collect()
    };
    merge_into(groups, &target)
}

/// Spans of an article that belong to event `ev` (an index into `an.events`): the mention
/// sentences, and for the article's main event every sentence not claimed by another event.
pub fn report_spans(an: &crate::analysis::Analysis, ev: usize, article: ArticleId) -> Vec<Span> {
    let mine = an
        .mentions_of
        .get(&article)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let main_here = an.events[ev]
        .mentions
        .iter()
        .any(|m| m.article == article && m.main);
    if !main_here {
        return mine
            .iter()
            .filter(|m| m.event == ev)
            .map(|m| m.sentence)
            .collect();
    }
    an.corpus
        .get(article)
        .seg
        .sentences
        .iter()
        .map(|s| s.span)
        .filter(|s| {
            // `mine` is in text order (see `mentions_by_article`).
            let i = mine.partition_point(|m| m.sentence.end <= s.start);
            !mine[i..]
                .iter()
                .take_while(|m| m.sentence.start < s.end)
                .any(|m| m.event != ev)
        })
        .collect()
}

/// Where an article mentions an event: what later stages need of a [`Mention`].
#[derive(Debug, Clone, Copy)]
pub struct MentionAt {
    /// Index of the event in the analysis's events.
    pub event: usize,
    /// The sentence.
    pub sentence: Span,
    /// The date that dates it.
    pub date: Span,
    /// True when a statement or a meeting dates the sentence, not the happening it may name
    /// ("le bilan du séisme a franchi lundi", "floods killed 40, officials said on Tuesday").
    pub weak: bool,
    /// True when the sentence names a kind that joined the event (a death in a report of an
    /// attack) on a day no mention of the event's own kind gives, and two reports at least
    /// give that day to that kind: a later happening of the story ("the gunmen were killed
    /// on Friday" after Wednesday's attack), not another version of the event's day. A day
    /// only one report gives may be a slip, and is still weighed as the event's.
    pub later: bool,
}

/// For each article, its mentions in text order.
pub fn mentions_by_article(
    events: &[Event],
) -> std::collections::HashMap<ArticleId, Vec<MentionAt>> {
    let mut m: std::collections::HashMap<ArticleId, Vec<MentionAt>> =
        std::collections::HashMap::new();
    for (i, e) in events.iter().enumerate() {
        let own_days: BTreeSet<NaiveDate> = e
            .mentions
            .iter()
            .filter(|x| x.kind == e.kind)
            .map(|x| x.start)
            .collect();
        let mut reports: BTreeMap<(&str, NaiveDate), BTreeSet<ArticleId>> = BTreeMap::new();
        for x in e.mentions.iter().filter(|x| x.kind != e.kind && !x.weak) {
            reports
                .entry((x.kind.as_str(), x.start))
                .or_default()
                .insert(x.article);
        }
        for x in &e.mentions {
            let later = !own_days.is_empty()
                && x.kind != e.kind
                && !own_days.contains(&x.start)
                && reports
                    .get(&(x.kind.as_str(), x.start))
                    .is_some_and(|r| r.len() >= 2);
            m.entry(x.article).or_default().push(MentionAt {
                event: i,
                sentence: x.span,
                date: x.date_span,
                weak: x.weak,
                later,
            });
        }
    }
    // In text order, so that a sentence finds its mention by binary search.
    for v in m.values_mut() {
        v.sort_by_key(|x| (x.sentence.start, x.event));
    }
    m
}

#[cfg(test)]
mod tests {
    use crate::analysis::Analysis;

    /// Each event's kind and how many articles report it.
    /// An analysis of reports of one day, each (language, headline and body), named
    /// `a.txt`, `b.txt`… in order.
    fn of_reports(date: &str, reports: &[(&str, &str)]) -> Analysis {
        let texts: Vec<String> = reports
            .iter()
            .map(|(lang, body)| format!("+++\nlang = \"{lang}\"\ndate = {date}\n+++\n{body}\n"))
            .collect();
        let names: Vec<String> = (0..texts.len())
            .map(|i| format!("{}.txt", (b'a' + i as u8) as char))
            .collect();
        let pairs: Vec<(&str, &str)> = names
            .iter()
            .map(String::as_str)
            .zip(texts.iter().map(String::as_str))
            .collect();
        Analysis::from_pairs(&pairs)
    }

    fn kinds_of(an: &Analysis) -> Vec<(&str, usize)> {
        an.events
            .iter()
            .map(|e| (e.kind.as_str(), e.articles().len()))
            .collect()
    }

    #[test]
    fn a_result_beside_a_score_names_a_match_dated_by_the_night() {
        // No phrase of the lexicon: the score beside a word of the result makes the match;
        // the night across two days dates it.
        let an = Analysis::from_pairs(&[
            ("a.txt", " date 2026-12-06 T\n\nDario Vell a marqué 30 points dans la nuit de samedi 5 à dimanche 6 décembre, lors de la victoire des Hawks face aux Ospreys (101-96).\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-06\n+++\nT\n\nDario Vell scored 30 points as the Hawks beat the Ospreys 101-96 on Saturday.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("match", 2)], "{:?}", an.events);
        // Alone, the result is all that names the match.
        let an = Analysis::from_pairs(&[(
            "a.txt",
            " date 2026-12-06 T\n\nDario Vell a marqué 30 points samedi lors de la victoire des Hawks face aux Ospreys (101-96).\n",
        )]);
        assert_eq!(kinds_of(&an), [("match", 1)], "{:?}", an.events);
    }

    #[test]
    fn a_company_news_told_by_several_reports_is_not_a_summit_of_its_country() {
        let an = Analysis::from_pairs(&[
            ("a.txt", " date 2026-12-03 Sommet à Ankara\n\nGiorgia Meloni et Recep Tayyip Erdogan se sont retrouvés jeudi 3 décembre à Ankara pour un sommet.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-03\n+++\nSummit in Ankara\n\nGiorgia Meloni and Recep Tayyip Erdogan held a summit in Ankara on Thursday, December 3.\n"),
            ("c.txt", " date 2026-12-03 Norvia supprime 2 400 emplois\n\nLe constructeur Norvia a annoncé jeudi 3 décembre la suppression de 2 400 emplois en Italie.\n"),
            ("d.txt", "+++\nlang = \"en\"\ndate = 2026-12-03\n+++\nNorvia to cut 2,400 jobs\n\nCarmaker Norvia said on Thursday it would cut 2,400 jobs in Italy.\n"),
        ]);
        assert_eq!(
            kinds_of(&an),
            [("summit", 2), ("statement", 2)],
            "{:?}",
            an.events
        );
    }

    #[test]
    fn a_lone_report_abroad_is_not_the_match_played_that_day() {
        let matches: Vec<String> = ["drew 2-2", "played out a 2-2 draw", "drew 2-2"]
            .iter()
            .map(|v| format!("+++\nlang = \"en\"\ndate = 2026-12-05\n+++\nDraw at Anfield\n\nLiverpool and Manchester City {v} at Anfield on Saturday.\n"))
            .collect();
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-05\n+++\nHikers buried\n\nTwelve hikers were buried under snow near Innsbruck, Austria, on Saturday.\n"),
            ("b.txt", &matches[0]),
            ("c.txt", &matches[1]),
            ("d.txt", &matches[2]),
        ]);
        assert_eq!(an.events.len(), 2, "{:?}", an.events);
        assert_eq!(an.events[0].articles().len(), 1, "{:?}", an.events);
    }

    #[test]
    fn a_report_leading_with_a_meeting_to_come_reports_the_call_that_set_it() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-02\n+++\nT\n\nAnna Kovar and Piet Smal will meet in Vienna on Thursday, December 10, after a call between Ivan Drago and Mark Lenz on Tuesday that lasted an hour.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-01\n+++\nT\n\nIvan Drago and Mark Lenz held a phone call on Tuesday, December 1.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("call", 2)], "{:?}", an.events);
    }

    #[test]
    fn a_bank_that_fails_is_one_failure_in_both_languages() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-04-15\n+++\nT\n\nNorvik Bank filed for bankruptcy on Tuesday after depositors pulled their savings.\n"),
            ("b.txt", " date 2026-04-15 T\n\nLa banque Norvik a été placée mardi en faillite, après une ruée de ses clients.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("failure", 2)]);
    }

    #[test]
    fn a_last_homage_is_the_funeral_though_the_sentence_recalls_the_death() {
        // Each language on its own: neither report's kind may come from the other's.
        for text in [
            "+++\nlang = \"en\"\ndate = 2026-06-06\n+++\nT\n\nThousands paid their last respects to Artur Velkov on Friday, four days after he died.\n",
            " date 2026-06-06 T\n\nDes milliers de personnes ont rendu vendredi un dernier hommage à Artur Velkov, mort lundi.\n",
        ] {
            let an = Analysis::from_pairs(&[("a.txt", text)]);
            assert!(kinds_of(&an).contains(&("funeral", 1)), "{:?}", kinds_of(&an));
        }
    }

    #[test]
    fn a_company_named_only_where_sentences_open_is_named_as_the_others_name_it() {
        // Own sentences: "Airbus" opens every sentence of the third report, and English
        // dictionaries know "airbus" as a noun; the others name the company mid-sentence.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nPlanemaker Airbus delivers 78 jets in November\n\nThe planemaker Airbus said on Friday it delivered 78 aircraft in November.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nEuropean group Airbus hands over 78 jets\n\nEuropean group Airbus said on Friday that it handed over 78 aircraft last month.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nAirbus delivered 78 jets in November\n\nAirbus said on Friday it delivered 78 aircraft in November.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("statement", 3)], "{:?}", an.events);
    }

    #[test]
    fn a_deal_signed_in_two_languages_is_one_signing() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-04-15\n+++\nT\n\nSerbia and Kosovo signed a trade agreement on Tuesday in Geneva, ending weeks of talks.\n"),
            ("b.txt", " date 2026-04-15 T\n\nLa Serbie et le Kosovo ont signé mardi à Genève un accord commercial qui met fin à des semaines de négociations.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("sign", 2)]);
    }

    #[test]
    fn a_report_naming_the_country_joins_one_naming_a_place_in_it() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nT\n\nA tunnel collapsed on Tuesday at a copper mine in northern Chile.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nT\n\nUne galerie s'est effondrée mardi dans une mine de cuivre près d'Antofagasta.\n"),
            ("c.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nT\n\nUn accident a eu lieu mardi dans une usine de Lyon.\n"),
            ("d.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nT\n\nUn accident a eu lieu mardi dans une usine de Marseille.\n"),
        ]);
        let mut sizes: Vec<usize> = an.events.iter().map(|e| e.articles().len()).collect();
        sizes.sort_unstable();
        // Chile and Calama are one happening; Lyon and Marseille two.
        assert_eq!(sizes, [1, 1, 2], "{:?}", an.events);
    }

    #[test]
    fn the_names_two_headlines_share_tie_a_lede_that_names_a_place() {
        // Own sentences: one lede names a place and the other none; the names both headlines
        // give ("QuarkLabs", "Zephyr") tie them, though a dictionary knows "Zephyr".
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nQuarkLabs launches Zephyr rocket\n\nQuarkLabs launched its Zephyr rocket for the first time on Tuesday.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nQuarkLabs lance sa fusée Zephyr au Texas\n\nQuarkLabs a lancé mardi sa fusée Zephyr depuis le Texas.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("launch", 2)], "{:?}", an.events);
    }

    #[test]
    fn a_datelines_place_is_no_participant() {
        // Own sentences: the dateline says where the dispatch was filed, which the other
        // report of the same figures has no reason to name.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-01\n+++\nT\n\nLUXEMBOURG, Dec 1 — Unemployment in the 21 countries sharing the euro fell to 6.1% in October, Eurostat said on Tuesday.\n"),
            ("b.txt", " date 2026-12-01 T\n\nLe chômage dans la zone euro a reculé à 6,1 % en octobre, a annoncé mardi Eurostat.\n"),
        ]);
        assert_eq!(an.events.len(), 1, "{:?}", an.events);
    }

    #[test]
    fn two_specific_numbers_of_one_day_tie_reports_that_name_no_one_alike() {
        // Own sentences: no word of the lexicon names a budget vote, and the reports name
        // a country and its capital, which alone tie no loose happening.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nT\n\nPortugal's lawmakers approved the budget on Friday, with spending of 118.4 billion euros and a deficit of 0.3%.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nT\n\nLawmakers in Lisbon passed a budget of 118.4 billion euros on Friday, with a deficit of 0.3%.\n"),
        ]);
        assert_eq!(an.events.len(), 1, "{:?}", an.events);
        assert_eq!(an.events[0].articles().len(), 2);
    }

    #[test]
    fn the_numbers_a_report_gives_past_its_lede_tie_it_to_the_others_news() {
        // Own sentences: one report places the fire in another city; its other numbers are
        // the others'.
        let report = |city: &str| {
            format!("+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nT\n\nA fire killed three people in {city} on Tuesday.\n\nAbout 1,200 people were evacuated and 240 firefighters fought the blaze.\n")
        };
        let an = Analysis::from_pairs(&[
            ("a.txt", &report("Porto")),
            ("b.txt", &report("Porto")),
            ("c.txt", &report("Lyon")),
        ]);
        assert_eq!(an.events.len(), 1, "{:?}", an.events);
        assert_eq!(an.events[0].articles().len(), 3);
    }

    #[test]
    fn a_day_past_the_lede_dates_the_news_the_lede_tells() {
        // Own sentences: two reports date the takeover; two date only the share move, in
        // their last paragraph, and tell the takeover in an undated lede.
        let an = of_reports(
            "2026-12-07",
            &[
                ("fr", "Brenna rachète l'américain Kessla\n\nBrenna a annoncé lundi 7 décembre le rachat de la biotech américaine Kessla Bio pour 3,1 milliards de dollars, soit 45 dollars par action."),
                ("fr", "Le groupe Brenna s'offre Kessla\n\nLe groupe Brenna va débourser 45 dollars par action pour acquérir Kessla Bio, valorisée 3,1 milliards de dollars.\n\nÀ la Bourse de Paris, l'action Brenna gagnait 2 % lundi."),
                ("en", "Brenna to buy Kessla Bio for $3.1 billion\n\nBrenna said on Monday, December 7, it had agreed to buy U.S. biotech Kessla Bio for $3.1 billion, or $45 per share."),
                ("en", "Brenna bets on new drugs with Kessla deal\n\nBrenna will pay $45 a share for Kessla Bio, valuing the company at about $3.1 billion.\n\nBrenna shares rose 2% in Paris on Monday."),
            ],
        );
        assert_eq!(kinds_of(&an), [("acquisition", 4)], "{:?}", an.events);
    }

    #[test]
    fn a_place_no_gazetteer_knows_is_in_the_country_its_adjective_or_headline_names() {
        // Own sentences: one report names only a canton the gazetteer does not know, under
        // a headline that names the country; another names it "the Swiss canton of".
        let an = of_reports(
            "2026-12-10",
            &[
                ("fr", "Suisse : un train déraille dans les Grisons, trois morts\n\nTrois personnes ont été tuées et 27 blessées, dont cinq grièvement, jeudi 10 décembre lorsqu'un train régional des Chemins de fer rhétiques (RhB) a déraillé entre Filisur et Bergün, dans le canton des Grisons."),
                ("fr", "Déraillement meurtrier dans les Grisons\n\nUn glissement de terrain a provoqué jeudi matin le déraillement d'un train régional dans l'est de la Suisse, faisant trois morts et 27 blessés."),
                ("en", "Three killed as Swiss train derails after landslide\n\nThree people were killed and 27 injured when a regional train derailed after hitting a landslide in the Swiss canton of Graubünden on Thursday, December 10, police said."),
                ("en", "Swiss rail operator mourns after deadly derailment\n\nA landslide derailed a train in eastern Switzerland on Thursday morning, killing three people and injuring 27."),
            ],
        );
        assert_eq!(kinds_of(&an), [("accident", 4)], "{:?}", an.events);
    }

    #[test]
    fn a_name_no_dictionary_knows_ties_reports_that_name_other_places() {
        // Own sentences: "Kessvik" is in no dictionary and no gazetteer; Oslo and Bergen
        // alone would make two happenings.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nT\n\nTwo planes collided on Tuesday on a runway at Oslo's Kessvik airport.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nT\n\nUne collision entre deux avions s'est produite mardi sur une piste de l'aéroport de Kessvik, près de Bergen.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("accident", 2)], "{:?}", an.events);
    }

    #[test]
    fn a_proper_noun_a_dictionary_lists_or_a_rare_word_of_a_long_name_ties_reports_too() {
        // Own sentences: "Philae" is in the English dictionary, as a proper noun only; the
        // English report names it inside a longer name, beside an organisation and a place.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nT\n\nThe European Space Agency's Philae lander landed on Tuesday in Oslo.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-11-18\n+++\nT\n\nLe robot Philae s'est posé mardi près de Bergen.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("landing", 2)], "{:?}", an.events);
    }

    #[test]
    fn a_lone_statement_joins_the_loosely_told_news_of_its_day() {
        // Own sentences: the others' ledes name no kind of happening; one article's does
        // with a weak one, naming someone the gazetteer does not know.
        let other = |d: &str| {
            format!("+++\nlang = \"en\"\ndate = 2026-11-19\n+++\nDuchess of Kent reveals illness\n\nThe Duchess of Kent announced on Wednesday that she has a rare illness{d}.\n")
        };
        let an = Analysis::from_pairs(&[
            ("a.txt", &other("")),
            ("b.txt", &other(", in a video")),
            ("c.txt", &other(", in a letter")),
            ("d.txt", "+++\nlang = \"fr\"\ndate = 2026-11-19\n+++\nLa duchesse Clara malade\n\nLa duchesse de Kent, Clara, a annoncé mercredi être atteinte d'une maladie rare.\n"),
        ]);
        let mut sizes: Vec<usize> = an.events.iter().map(|e| e.articles().len()).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, [4], "{:?}", an.events);
    }

    #[test]
    fn a_sinking_told_as_an_accident_and_as_the_storm_is_one_happening() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-08-19\n+++\nT\n\nUn voilier a fait naufrage lundi au large de Palerme, en Sicile, lors d'un accident.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-08-19\n+++\nT\n\nL'accident du voilier, lundi près de Palerme, en Sicile, a fait un mort.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-08-19\n+++\nT\n\nA yacht sank in a violent storm off Palermo, Sicily, on Monday.\n"),
        ]);
        let mut sizes: Vec<usize> = an.events.iter().map(|e| e.articles().len()).collect();
        sizes.sort_unstable();
        assert_eq!(sizes, [3], "{:?}", an.events);
    }

    #[test]
    fn an_organisation_ties_reports_in_both_languages() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-08-12\n+++\nT\n\nThe World Health Organization declared a global health emergency on Wednesday.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-08-12\n+++\nT\n\nL'OMS a déclaré mercredi une urgence sanitaire mondiale.\n"),
            ("c.txt", "+++\nlang = \"fr\"\ndate = 2026-08-12\n+++\nT\n\nLe FMI a annoncé mercredi une baisse de ses prévisions.\n"),
        ]);
        let mut sizes: Vec<usize> = an.events.iter().map(|e| e.articles().len()).collect();
        sizes.sort_unstable();
        // The WHO and l'OMS are one actor; the IMF another.
        assert_eq!(sizes, [1, 2], "{:?}", an.events);
    }

    #[test]
    fn a_prize_before_a_name_is_who_the_person_is_and_a_resignation_an_ouster() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-08-11\n+++\nT\n\nProtesters in Norway toppled Prime Minister Ana Vollmer on Monday. On Tuesday, students asked Nobel Peace Prize winner Tomas Ekberg to lead the country.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-08-11\n+++\nT\n\nAu lendemain de la démission de la Première ministre de Norvège, Ana Vollmer, les étudiants ont proposé mardi le prix Nobel de la paix Tomas Ekberg pour diriger le pays.\n"),
            ("c.txt", "+++\nlang = \"fr\"\ndate = 2026-08-10\n+++\nT\n\nLa Première ministre de Norvège, Ana Vollmer, a démissionné lundi 10 août.\n"),
        ]);
        let kinds = kinds_of(&an);
        assert!(!kinds.iter().any(|(k, _)| *k == "award"), "{kinds:?}");
        assert!(kinds.iter().any(|&(_, n)| n == 3), "{kinds:?}");
    }

    #[test]
    fn an_appointment_is_a_happening_of_its_own() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-10-06\n+++\nT\n\nJoan Riera resigned on Monday. The coach had been appointed on September 9.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-10-06\n+++\nT\n\nJoan Riera a démissionné lundi. L'entraîneur avait été nommé le 9 septembre.\n"),
        ]);
        let kinds = kinds_of(&an);
        assert!(kinds.contains(&("appoint", 2)), "{kinds:?}");
    }

    #[test]
    fn a_president_elect_is_no_election_and_a_reopening_is_a_happening() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-12-05\n+++\nT\n\nLe musée de Lyon a rouvert samedi 5 décembre en présence du président élu, Jean Dumas.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-05\n+++\nT\n\nThe Lyon museum reopened on Saturday.\n"),
            ("c.txt", "+++\nlang = \"fr\"\ndate = 2026-12-05\n+++\nT\n\nSamedi 5 décembre, le président élu Jean Dumas était à Lyon.\n"),
        ]);
        let kinds = kinds_of(&an);
        assert!(
            kinds.iter().any(|k| k.0 == "reopen" && k.1 >= 2),
            "{kinds:?}"
        );
        assert!(kinds.iter().all(|k| k.0 != "election"), "{kinds:?}");
    }

    #[test]
    fn coming_first_is_no_arrival_and_a_crash_site_no_crash() {
        use crate::text::fold;
        let kind = |s: &str| super::kind_named(&fold(s));
        assert_eq!(
            kind("Le parti est arrivé en tête des élections mercredi."),
            Some("election")
        );
        assert_eq!(
            kind("Le président est arrivé mercredi à Pékin."),
            Some("visit")
        );
        assert!(crate::claims::names_a_site(&fold("the crash site"), 4));
        // What is launched decides; a participle of no object before a noun is a state.
        assert_eq!(
            kind("L'armée a lancé mercredi avant l'aube une série de frappes sur trois villes."),
            Some("attack")
        );
        assert!(!crate::claims::launches_no_rocket(
            &fold("launched its rocket on Tuesday, a day after the attack"),
            0
        ));
        assert!(crate::claims::launches_no_rocket(
            &fold("lancé mercredi peu après 1 heure du matin, heure locale, une série de frappes"),
            0
        ));
        assert!(crate::claims::names_a_site(
            &fold("dug through collapsed homes"),
            12
        ));
        // A crash shortly after takeoff is a crash.
        assert_eq!(
            kind("A cargo jet crashed on Tuesday evening shortly after takeoff from the airport."),
            Some("accident")
        );
        assert_eq!(
            kind("La fusée a décollé mardi; le décollage a eu lieu à 14 h."),
            Some("launch")
        );
    }

    #[test]
    fn one_agency_on_one_day_is_not_one_happening() {
        // Two dispatches of one agency share its credit, and nothing else.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-09-10\n+++\nT\n\nOREM, Utah, Sept 10 (Reuters) - A gunman shot dead a speaker at a university in Utah on Wednesday, officials said.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-09-10\n+++\nT\n\nKATHMANDU, Sept 10 (Reuters) - Police shot dead 19 protesters in Nepal on Wednesday, officials said.\n"),
        ]);
        assert_eq!(an.events.len(), 2, "{:?}", an.events);
    }

    #[test]
    fn a_toll_given_days_later_is_news_of_the_happening_it_counts() {
        // Own sentences: a storm on Sunday, and reports of Tuesday that lead with its toll.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-09-08\n+++\nT\n\nThe death toll from the floods in northern Italy rose to 31 on Tuesday. The storm hit the region on Sunday night.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-09-08\n+++\nT\n\nLe bilan des inondations dans le nord de l'Italie s'est alourdi à 31 morts, ont annoncé mardi les secours.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-09-08\n+++\nT\n\nAt least 31 people have died in floods in Italy, officials said on Tuesday.\n"),
            ("d.txt", "+++\nlang = \"fr\"\ndate = 2026-09-08\n+++\nT\n\nDes inondations ont fait au moins 31 morts dimanche en Italie.\n"),
        ]);
        assert_eq!(an.events.len(), 1, "{:#?}", an.events);
        assert_eq!(an.events[0].kind, "disaster");
        assert_eq!(an.events[0].start.to_string(), "2026-09-06");
        // The day in the clause of the happening is still its own.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-09-08\n+++\nT\n\nLe bilan du séisme qui a frappé dimanche le nord de l'Italie s'élève à 31 morts, a annoncé mardi la protection civile.\n"),
        ]);
        let days: Vec<String> = an.events.iter().map(|e| e.start.to_string()).collect();
        assert_eq!(days, ["2026-09-06"], "{:?}", an.events);
    }

    #[test]
    fn a_kind_is_dated_by_its_phrase_nearest_a_date() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-06-02\n+++\nT\n\nThe mayor won the presidential election with 50.9% of the vote, final results showed on Monday, defeating his rival in a runoff held on Sunday.\n"),
        ]);
        let days: Vec<String> = an.events.iter().map(|e| e.start.to_string()).collect();
        assert_eq!(days, ["2026-05-31"], "{:?}", an.events);
    }

    #[test]
    fn a_report_naming_the_country_beside_a_city_joins_one_naming_a_region_in_it() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-11-18\n+++\nT\n\nA strong earthquake struck southern Italy near Naples on Tuesday, November 17.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-11-19\n+++\nT\n\nDeux jours après le séisme du mardi 17 novembre en Calabre, les secours cherchaient encore des survivants.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("disaster", 2)], "{:?}", an.events);
    }

    #[test]
    fn a_phrase_after_after_names_what_came_before_the_dated_happening() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-07-13\n+++\nT\n\nA small cargo plane crashed shortly after taking off from Lille on Sunday, July 12.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("accident", 1)], "{:?}", an.events);
    }

    #[test]
    fn reports_alike_but_for_their_names_tie_others_by_all_those_names() {
        // Two ledes put the crash near one city, the third near another of the country; the
        // first two differ only in the names their headlines share with them, and the
        // first of them names nothing.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-07-13\n+++\nPlane crashes near Lyon\n\nA cargo plane crashed near Lyon on Sunday, July 12, killing its crew.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-07-13\n+++\nCrash d'un avion de Nordavia Cargo\n\nUn avion de la compagnie Nordavia Cargo s'est écrasé dimanche 12 juillet près de Lyon.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-07-13\n+++\nNordavia Cargo recorders found\n\nInvestigators found the recorders of the Nordavia Cargo plane that crashed near Marseille on Sunday.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("accident", 3)], "{:?}", an.events);
    }

    #[test]
    fn a_date_after_since_dates_no_happening() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-10-06\n+++\nT\n\nThousands marched across France on Tuesday, the third day of protests since September.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-10-06\n+++\nT\n\nDes milliers de manifestants ont défilé mardi en France.\n"),
        ]);
        let days: Vec<String> = an.events.iter().map(|e| e.start.to_string()).collect();
        assert_eq!(days, ["2026-10-06"], "{:?}", an.events);
    }

    #[test]
    fn a_company_named_in_headline_and_lede_ties_its_reports() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2025-03-05\n+++\nNvidia's profit jumps as orders pile up\n\nNvidia said on Wednesday its profit rose sharply in the last quarter. Shares of Nvidia rose.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2025-03-05\n+++\nNvidia beats forecasts\n\nNvidia on Wednesday reported a profit far above forecasts.\n\nAnalysts had expected less from Nvidia this time.\n"),
            ("c.txt", "+++\nlang = \"fr\"\ndate = 2025-03-05\n+++\nNvidia dépasse les attentes\n\nLe groupe Nvidia a publié mercredi un bénéfice en forte hausse.\n"),
        ]);
        let sizes: Vec<usize> = an.events.iter().map(|e| e.mentions.len()).collect();
        assert_eq!(sizes, [3], "{:?}", an.events);
    }

    #[test]
    fn a_rescue_is_dated_by_its_day_not_by_the_start_of_the_ordeal() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-03-11\n+++\nT\n\nLes sept spéléologues bloqués depuis le 2 mars dans la grotte de Padirac ont tous été évacués mardi, au terme d'une opération de sauvetage.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-03-11\n+++\nT\n\nRescuers on Tuesday brought out the seven cavers trapped in the Padirac cave in France.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("rescue", 2)], "{:?}", an.events);
        assert_eq!(an.events[0].start.to_string(), "2026-03-10");
    }

    #[test]
    fn a_date_in_apposition_after_an_after_phrase_is_that_happenings_when_the_main_clause_has_its_own(
    ) {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-05-13\n+++\nT\n\nLes secours ont mis fin lundi aux recherches, près de trois semaines après l'effondrement de cet immeuble de six étages, le 24 avril, à Lorient.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-04-24\n+++\nT\n\nA six-storey building collapsed in Lorient on Friday.\n"),
        ]);
        let accident = an
            .events
            .iter()
            .find(|e| e.kind == "accident")
            .expect("an accident");
        assert_eq!(accident.articles().len(), 2, "{:?}", an.events);
    }

    #[test]
    fn a_lede_of_no_known_kind_is_dated_by_its_day_not_by_a_since() {
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-03-11\n+++\nT\n\nLes sept spéléologues bloqués depuis le 2 mars dans la grotte de Padirac sont sortis mardi.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-03-11\n+++\nT\n\nThe seven cavers stuck in the Padirac cave came out on Tuesday.\n"),
        ]);
        let days: Vec<String> = an.events.iter().map(|e| e.start.to_string()).collect();
        assert_eq!(days, ["2026-03-10"], "{:?}", an.events);
    }

    #[test]
    fn a_dam_that_burst_is_an_accident_whatever_the_language() {
        // Own sentences: a burst dam and a "rupture du barrage", reported a day apart.
        let an = Analysis::from_pairs(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-01-24\n+++\nT\n\nA dam owned by a mining firm burst on Friday near Lyon, killing at least seven people.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-01-26\n+++\nT\n\nLa rupture du barrage de Lyon, vendredi, a surpris les habitants.\n"),
        ]);
        assert_eq!(kinds_of(&an), [("accident", 2)], "{:?}", an.events);
        // The French report dates the accident itself, not a stray lede joined to it.
        assert!(an
            .claims
            .iter()
            .any(|c| c.article.0 == 1 && &*c.key.concept == "accident"));
    }
}

//! Claims: one fact stated in one place, keyed by what it is about rather than by its words.
//!
//! A claim is `(key, value, span, article, lang, hedge)`. The key names the event (or, outside
//! any event, the people the sentence names), the aspect (a day, a span of days, a place, a
//! quantity, an ordinal) and a concept from the bilingual lexicon (`rules/lexicon/concepts.toml`:
//! "morts" = "dead", "est arrivé" = "landed"), so that a French report and an English one fill
//! the same key. Values are normalised: days, numbers with their precision, gazetteer ids.
//!
//! Claims are the one fact shape the cross-article rules read: [`consensus`] groups them by
//! key and finds the values that fewer independent sources support. Extraction is per article
//! (parallel); grouping is one hash of the claims, never pairs of articles.

pub mod concepts;
pub mod consensus;
mod cues;
mod scores;

use cues::{
    attribution, felt_at, is_age, is_partitive, is_shortfall, is_threshold, is_timestamp,
    is_toll_update, is_total, route_end,
};

use crate::align::events::{
    is_weak_kind, kind_named, lasts, locative_place, moment_kind, names_kind_of, Event, MentionAt,
    STRAY_TARGET_ARTICLES,
};
use crate::corpus::{Article, BlockKind, Corpus};
use crate::extract::dates::Precision;
use crate::extract::figures::{is_generic, Qualifier};
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::extract::titles::title_role_at;
use crate::extract::{EntityKind, Facts};
use crate::finding::{ArticleId, Span};
use crate::lang::Lang;

use crate::text::{floor_boundary, fold, TokKind};
use chrono::NaiveDate;
use concepts::Concepts;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// What a claim's value is about, beyond its aspect and concept.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case", tag = "by", content = "id")]
pub enum Scope {
    /// An event found across articles (index into `Analysis::events`).
    Event(u32),
    /// No event holds the sentence: the gazetteer people it names, sorted.
    People(std::sync::Arc<[u32]>),
}

/// Which side of a happening a claim gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Aspect {
    /// The day something happened.
    Day,
    /// The span of days it lasted ("du 20 au 22 mars").
    Days,
    /// The month it happened (background facts: "en février 2022").
    Month,
    /// The time of day it happened ("à 7h35, heure locale"), with its time zone when the
    /// text names one (in the concept: `death@local`).
    Time,
    /// Where it happened.
    Place,
    /// How many of a counted concept.
    Quantity,
    /// Which occurrence ("9e visite", "11th trip").
    Ordinal,
    /// A gazetteer entry the report names (a set, not one value: compared for corroboration,
    /// not by consensus).
    Named,
    /// Who did it: the person a happening of one actor (a death, an arrival, a visit, a
    /// resignation) has for subject ("le pape François est décédé", "Xi Jinping landed") or
    /// names after it ("la mort du pape François", "the visit of Vladimir Putin").
    Agent,
    /// An amount in a unit or a duration the report gives, whatever it is about ("une offre
    /// de 23 milliards de dollars", "after 286 days in space"): keyed by the unit alone, a
    /// set per report compared for near misses (see [`consensus::near_misses`]), not by
    /// consensus, since one event holds many amounts of one unit.
    Measure,
    /// A full date of the past the report gives, year written ("l'incendie du 15 avril
    /// 2019"): a set per report compared for near misses, like [`Aspect::Measure`].
    Dated,
    /// A time of day the report gives, whatever happened then ("le pic a été atteint à 16 h
    /// 32"), keyed by its clock (`local`, `utc`): a set per report compared for near misses,
    /// like [`Aspect::Measure`].
    Clock,
}

/// What a claim is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Key {
    /// Event, or people.
    pub scope: Scope,
    /// Day, place, quantity...
    pub aspect: Aspect,
    /// Concept: a trigger for dates and places ("arrive", "sign"), a counted concept for
    /// figures ("dead", "troops"), with what a generic noun measures ("years/age").
    pub concept: Name,
    /// Unit or currency of a quantity.
    pub unit: Option<Name>,
}

/// A normalised value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum Value {
    /// Days (one day: `start == end`).
    Days {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
    /// A number, with the value of one unit of its last written digit.
    Number {
        /// Value with scale applied.
        value: f64,
        /// 1 for "296", 1e9 for "240 milliards".
        resolution: f64,
    },
    /// A time of day.
    Time {
        /// Minutes since midnight.
        minutes: u16,
    },
    /// A gazetteer place.
    Place {
        /// Gazetteer id.
        entry: u32,
    },
}

impl Value {
    /// The value as text: `2026-02-04`, `2026-03-20/2026-03-22`, `296`, `Moscou`.
    pub fn display(&self) -> String {
        match *self {
            Value::Days { start, end } if start == end => start.to_string(),
            Value::Days { start, end } => format!("{start}/{end}"),
            Value::Number { value, .. } => crate::extract::figures::display_number(value),
            Value::Time { minutes } => format!("{:02}:{:02}", minutes / 60, minutes % 60),
            Value::Place { entry } => Gazetteer::get().entry(entry).name.clone(),
        }
    }
}

/// Why a value may legitimately differ from another report's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Soft {
    /// Firm as written.
    No,
    /// A photo caption: photos show other moments.
    Caption,
    /// A date read against the publication date ("lundi"): time zones and stale date lines.
    Relative,
    /// A running total (a toll) that rises from one report to the next.
    Evolving,
    /// A day in a sentence about a night ("dans la nuit de vendredi à samedi", "overnight"):
    /// a happening at night is dated on either side of midnight.
    Night,
    /// A day in a sentence that reads its clock in a named zone ("at 0:42 a.m. Japan time on
    /// Friday", "à 16 h 42, heure de Paris"): a day apart from the others' is the same moment
    /// on another side of the date line.
    Zone,
}

/// True when a folded sentence speaks of a night: its dates may name either side of midnight.
/// Bytes before a day that a word of the night may stand and still say the day is one side
/// of a night ("dans la nuit de samedi 21 à dimanche 22 juin"); after it, a word's length
/// ("Saturday night").
const NIGHT_BEFORE: usize = 40;
const NIGHT_AFTER: usize = 16;

/// True when a word of the night stands next to the day at `at` (a byte offset into the
/// folded sentence): the other dates of the sentence ("la guerre lancée le 13 juin") are as
/// firm as written.
fn night_near(folded: &str, at: usize) -> bool {
    static P: std::sync::OnceLock<crate::text::phrases::PhraseGroups> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let words: Vec<String> = ["nuit", "night", "overnight", "nocturne"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        crate::text::phrases::PhraseGroups::new([words.as_slice()])
    })
    .find(folded)
    .any(|(p, _)| {
        if p <= at {
            at - p <= NIGHT_BEFORE
        } else {
            p - at <= NIGHT_AFTER
        }
    })
}

/// One fact stated in one place.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    /// What it is about.
    pub key: Key,
    /// What it says.
    pub value: Value,
    /// The article.
    #[serde(skip)]
    pub article: ArticleId,
    /// The value as written.
    pub span: Span,
    /// The sentence it stands in.
    #[serde(skip)]
    pub sentence: Span,
    /// The article's language.
    pub lang: Lang,
    /// "au moins", "près de", "more than": how far the value commits.
    pub hedge: Qualifier,
    /// A legitimate reason it may differ.
    pub soft: Soft,
    /// Independent source: the outlet, and one for all copies of one sentence.
    #[serde(skip)]
    pub source: u32,
    /// Gazetteer people the sentence names, sorted: two moments of one event ("diplomats
    /// met on Tuesday", "the presidents met on Wednesday") name different people.
    #[serde(skip)]
    pub people: std::sync::Arc<[u32]>,
    /// For the day of a statement: the gazetteer person named right before it, who made it,
    /// else a full name the gazetteer lacks (an id with [`NAME_SPEAKER`] set).
    #[serde(skip)]
    pub speaker: Option<u32>,
    /// In the headline or the first paragraph, which state what the article reports.
    #[serde(skip)]
    pub lede: bool,
    /// In the headline.
    #[serde(skip)]
    pub headline: bool,
}

/// The days after the publication date that a sentence speaks of as still to come, sorted.
fn planned_days(a: &Article, f: &Facts, sentence: Span) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = crate::finding::starting_in(&f.dates, sentence, |x| x.span)
        .iter()
        .filter(|d| sentence.contains(d.span) && d.precision == Precision::Day)
        .filter(|d| {
            d.start.is_some_and(|day| {
                a.meta.date.is_some_and(|p| {
                    p.day_known
                        && (day > p.date
                            // "Zelensky devait rencontrer mardi Emmanuel Macron", written on
                            // that Tuesday: a happening still to come when the report was.
                            || (day == p.date
                                && crate::extract::dates::future_before(a, d.span)))
                })
            })
        })
        // A future day under a past verb ("se sont entretenus le 4 février" in a report
        // dated the 3rd) is a slip of the date, not a plan. Asked last: reading the tense
        // is the dearer test, and most days are not after the publication's.
        .filter(|d| crate::extract::dates::speaks_of_future(a, d.span))
        .filter_map(|d| d.start)
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The year of a count's own clause when the sentence holds other dates too: "adding to the
/// 500 jets IndiGo ordered in 2023", beside "deliveries from 2030 to 2035". A year written
/// in the clause right after the count (no comma between, a few words), `years_back`
/// calendar years before the publication's or older.
fn clause_year(
    a: &Article,
    f: &Facts,
    sentence: Span,
    count: Span,
    years_back: i32,
) -> Option<i32> {
    /// Words between the count and its clause's year ("planes IndiGo ordered in").
    const CLAUSE_WORDS: usize = 6;
    let published = a.meta.date.map(|p| p.date)?;
    let d = crate::finding::starting_in(&f.dates, sentence, |x| x.span)
        .iter()
        .filter(|d| sentence.contains(d.span))
        .find(|d| d.span.start() >= count.end())?;
    let between = a.text.get(count.end()..d.span.start())?;
    let year = chrono::Datelike::year(&d.start?);
    let in_year = matches!(between.split_whitespace().next_back(), Some("in" | "en"));
    (d.year.is_some()
        && !d.from_context
        && in_year
        && !between.contains([',', ';', ':', '(', '.'])
        && between.split_whitespace().count() <= CLAUSE_WORDS + 1
        && year <= chrono::Datelike::year(&published) - years_back)
        .then_some(year)
}

/// The earliest year a sentence is dated by, when every date it writes is two calendar years
/// before the publication's or older, year written, and none follows "depuis"/"since" (a count
/// "the highest since 2010" is today's).
fn background_year(a: &Article, f: &Facts, sentence: Span, years_back: i32) -> Option<i32> {
    let published = a.meta.date.map(|p| p.date)?;
    let dates: Vec<&crate::extract::DateFact> =
        crate::finding::starting_in(&f.dates, sentence, |x| x.span)
            .iter()
            .filter(|d| sentence.contains(d.span))
            .collect();
    let mut year: Option<i32> = None;
    for d in dates {
        // "Le groupe, créé en 2015, emploie 9000 personnes": an aside's date is not its
        // sentence's.
        if in_dated_aside(a, f, sentence, d.span) {
            continue;
        }
        let start = d.start?;
        // `years_back` calendar years back at least: for a count, two ("en 2025" in a
        // report of 2026 is last year's results, the news itself).
        let old = chrono::Datelike::year(&d.end.unwrap_or(start))
            <= chrono::Datelike::year(&published) - years_back;
        if !old || d.year.is_none() || d.from_context {
            return None;
        }
        // "Avant 2010", "until 2010": a bound, not the year of a happening.
        let before = fold(a.text.get(sentence.start()..d.span.start()).unwrap_or(""));
        let bound = matches!(
            before.split_whitespace().last().unwrap_or(""),
            "jusqu'en" | "avant" | "before"
        ) || in_side_clause(&before);
        // "The deadliest since 1948, when 176 people died": the clause after the year is
        // that year's.
        let when_after = {
            let after = fold(a.text.get(d.span.end()..sentence.end()).unwrap_or(""));
            [", when ", ", lorsque ", ", quand ", ", ou "]
                .iter()
                .any(|w| after.starts_with(w))
        };
        if bound
            || (since_bound(a, sentence, d.span) && !when_after)
            || crate::extract::dates::after_until(a, d.span)
        {
            return None;
        }
        let y = chrono::Datelike::year(&start);
        year = Some(year.map_or(y, |x: i32| x.min(y)));
    }
    year
}

/// True when a date stands in an aside set off by a comma that a participle or a relative
/// pronoun opens and that holds no figure: "cette édition, ouverte le 27 novembre", "the
/// company, founded in 2015, employs 9,000 people", "the festival, which opened on Nov. 27,
/// drew 70,000". It dates the noun it qualifies, not what the sentence counts.
fn in_dated_aside(a: &Article, f: &Facts, sentence: Span, date: Span) -> bool {
    let (Some(before), Some(after)) = (
        a.text.get(sentence.start()..date.start()),
        a.text.get(date.end()..sentence.end()),
    ) else {
        return false;
    };
    let Some(open) = before.rfind(',') else {
        return false;
    };
    let from = sentence.start() + open + 1;
    let to = after
        .find([',', ';'])
        .map_or(sentence.end(), |i| date.end() + i);
    // The aside's first word: a day that opens it ("lundi 23 novembre") is a stopword.
    let aside = &before[open + 1..];
    let Some(raw) = aside.split_whitespace().next().map(str::to_lowercase) else {
        return false;
    };
    let first = fold(&raw);
    let opens = matches!(
        first.as_str(),
        "qui" | "dont" | "ou" | "ne" | "nee" | "which" | "who" | "where" | "born" | "founded"
    ) || (!crate::extract::stopwords().contains(&first)
        && ((a.lang == Lang::Fr
            && raw.chars().count() > 3
            && crate::extract::dates::french_participle(&raw))
            || (a.lang == Lang::En && first.len() > 4 && first.ends_with("ed"))));
    opens
        && !f
            .figures
            .iter()
            .any(|x| x.span.start() >= from && x.span.end() <= to)
}

/// True when a sentence's dates all stand after `figure`, in a relative clause opened after
/// it that counts something of its own: "12 Rafale supplémentaires, qui s'ajoutent aux 42
/// appareils achetés en 2022", "12 more jets, which add to the 42 bought in 2022". The year
/// dates the clause's count, not the main clause's.
fn dated_in_later_relative(a: &Article, f: &Facts, sentence: Span, figure: Span) -> bool {
    let Some(first) = crate::finding::starting_in(&f.dates, sentence, |x| x.span)
        .iter()
        .find(|d| sentence.contains(d.span))
    else {
        return false;
    };
    let Some(between) = a.text.get(figure.end()..first.span.start()) else {
        return false;
    };
    // ASCII case only: the offsets stay the text's.
    let between = between.to_ascii_lowercase();
    let Some(open) = [", qui ", ", which ", ", who ", ", that ", ", dont "]
        .iter()
        .filter_map(|p| between.find(p))
        .min()
    else {
        return false;
    };
    let from = figure.end() + open;
    crate::finding::starting_in(&f.figures, sentence, |x| x.span)
        .iter()
        .any(|x| x.span.start() > from && x.span.end() <= first.span.start())
}

/// True when a figure stands in a relative clause set off by commas whose verb is in the
/// present: "SAS, qui compte 140 avions, était sortie de la faillite en 2024", "the carrier,
/// which employs 9,000 people, emerged from bankruptcy in 2024". The clause tells of today,
/// not of the year the main clause is dated by.
fn in_present_relative(a: &Article, sentence: Span, figure: Span) -> bool {
    let (Some(before), Some(after)) = (
        a.text.get(sentence.start()..figure.start()),
        a.text.get(figure.end()..sentence.end()),
    ) else {
        return false;
    };
    let Some(open) = before.rfind(',') else {
        return false;
    };
    if !after.contains(',') {
        return false;
    }
    // Lower case, accents kept: "signé" ends as a participle, "signe" does not.
    let words: Vec<String> = before[open + 1..]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let [pronoun, verb, rest @ ..] = words.as_slice() else {
        return false;
    };
    if !matches!(pronoun.as_str(), "qui" | "which" | "who" | "that") {
        return false;
    }
    match (a.lang, fold(verb).as_str()) {
        (Lang::En, "is" | "are" | "has" | "have") => true,
        (Lang::En, "was" | "were" | "had") => false,
        (Lang::En, v) => v.len() > 3 && v.ends_with('s') && !v.ends_with("ss"),
        // "Qui a 140 avions" is today's; "qui a tué 19 personnes", a past.
        (_, "a" | "ont") => rest
            .first()
            .is_none_or(|w| !crate::extract::dates::french_participle(w)),
        (_, v) => !(v.ends_with("ait") || v.ends_with("aient") || v.ends_with("erent")),
    }
}

/// True when the folded text of a sentence up to a date ends in a short clause of its own
/// opened by "before" or "after" ("..., before retiring in 2016", "..., après sa retraite en
/// 2016"): the date is of what came before or after the main clause, not its own.
fn in_side_clause(before: &str) -> bool {
    before.rsplit_once(',').is_some_and(|(_, clause)| {
        let mut words = clause.split_whitespace();
        matches!(
            words.next().unwrap_or(""),
            "avant" | "apres" | "before" | "after"
        ) && words.count() <= 4
    })
}

/// True for a date after "since"/"depuis", right before it or a few words back in its clause
/// ("its first title since their Grand Slam in 2022"): the bound of a count that is still
/// today's, not the date of the happening the sentence tells.
fn since_bound(a: &Article, sentence: Span, date: Span) -> bool {
    crate::extract::dates::after_since(a, date)
        || fold(a.text.get(sentence.start()..date.start()).unwrap_or(""))
            .rsplit([',', ';'])
            .next()
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(5)
            .any(|w| matches!(w, "since" | "depuis"))
}

/// The first day of the month before `day`'s.
fn month_before(day: NaiveDate) -> NaiveDate {
    let first = chrono::Datelike::with_day(&day, 1).unwrap_or(day);
    let last = first.pred_opt().unwrap_or(first);
    chrono::Datelike::with_day(&last, 1).unwrap_or(last)
}

/// A sentence's earlier month (see [`earlier_month`]).
#[derive(Clone, Copy)]
struct EarlierMonth {
    /// Its first day.
    first: NaiveDate,
    /// Written as the month before the event's, with no day ("en novembre" in a report of
    /// December 4): the period a monthly figure covers.
    last_month: bool,
}

/// The first day of the month a sentence is dated by, when every date it writes (one at
/// least) is a day, a month or a written year that ends more than [`BACKGROUND_DAYS`] before
/// `event_start`, and none follows
/// "depuis"/"since" or "jusqu'à"/"until" (a count "the highest since June" is today's).
fn earlier_month(
    a: &Article,
    f: &Facts,
    sentence: Span,
    event_start: NaiveDate,
) -> Option<EarlierMonth> {
    let mut first: Option<NaiveDate> = None;
    let mut months_only = true;
    for d in crate::finding::starting_in(&f.dates, sentence, |x| x.span)
        .iter()
        .filter(|d| sentence.contains(d.span))
    {
        // "Quatorze films étaient en lice pour cette édition, ouverte le 27 novembre".
        if in_dated_aside(a, f, sentence, d.span) {
            continue;
        }
        let start = d.start?;
        // A year only as written ("en 2013"): "last year" may be the news's own period.
        let written = d.year.is_some() && !d.from_context;
        if !(matches!(d.precision, Precision::Day | Precision::Month) || written)
            || (event_start - d.end.unwrap_or(start)).num_days() <= BACKGROUND_DAYS
            || since_bound(a, sentence, d.span)
            || crate::extract::dates::after_until(a, d.span)
            || in_side_clause(&fold(
                a.text.get(sentence.start()..d.span.start()).unwrap_or(""),
            ))
        {
            return None;
        }
        months_only &= d.precision == Precision::Month;
        first = Some(first.map_or(start, |x| x.min(start)));
    }
    let first = first.and_then(|d| chrono::Datelike::with_day(&d, 1))?;
    Some(EarlierMonth {
        first,
        last_month: months_only && first >= month_before(event_start),
    })
}

/// The outlet an article comes from: its `source` metadata, else its file name without a
/// trailing number (`tf1info-0320.txt` and `tf1info-0321.txt` are one outlet).
pub fn outlet(a: &Article) -> String {
    if let Some(s) = &a.meta.source {
        return fold(s);
    }
    let stem = a
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let trimmed = stem.trim_end_matches(|c: char| c.is_ascii_digit());
    match trimmed.strip_suffix(['-', '_']) {
        Some(t) if !t.is_empty() && trimmed.len() < stem.len() => t.to_string(),
        _ => stem,
    }
}

/// Where each sentence of an article belongs: the event it mentions, else the article's
/// main event.
struct Membership<'a> {
    mentions: &'a [MentionAt],
    main: Option<usize>,
    /// Events only this article reports, or that no article leads with: read as part of the
    /// article's main event.
    alone: &'a [bool],
    /// The kind of the article's main event ("death", "visit").
    main_kind: Option<&'a str>,
    /// Every event.
    events: &'a [Event],
    /// The article joined its main event by the kind its lede names, not by names (see
    /// [`attach_undated`]): only who did it is weighed there.
    kind_only: bool,
    /// For each event, the first event of its story (see [`stories`]).
    story: &'a [u32],
    /// For each event, the clock its reports' ledes agree on (see [`event_zones`]).
    zones: &'a [Option<chrono_tz::Tz>],
    /// The clock of the place this article's lede names (`timezone::story_zone`).
    own_zone: Option<chrono_tz::Tz>,
}

impl Membership<'_> {
    /// The event a sentence's facts are about: the event it mentions, unless only this
    /// article reports that one (a background aside, a happening split off by a slip in its
    /// date), else the article's main event.
    fn event_of(&self, sentence: Span) -> Option<usize> {
        // Mentions are sentences in text order; none overlaps another.
        let i = self
            .mentions
            .partition_point(|m| m.sentence.end <= sentence.start);
        match self
            .mentions
            .get(i)
            .filter(|m| m.sentence.overlaps(sentence))
        {
            Some(m) if !self.alone[m.event] || self.main.is_none() => Some(m.event),
            _ => self.main,
        }
    }

    /// True when the sentence is one of the article's event mentions (it names a happening
    /// and dates it), rather than a sentence that falls to the main event by default.
    fn is_mention(&self, sentence: Span) -> bool {
        self.mention(sentence).is_some()
    }

    /// When a sentence is a mention of a one-day happening (a call, a death, an attack) in
    /// `scope`: the concept its day and place are keyed by (the event's kind), and the date
    /// that makes it a mention.
    fn moment_of(
        &self,
        sentence: Span,
        folded: &str,
        scope: &Scope,
    ) -> Option<(&'static str, Span)> {
        let m = self.mention_at(sentence)?;
        // A later happening of the story (see [`MentionAt::later`]) has a day of its own.
        if m.later {
            return None;
        }
        let (e, date) = (m.event, m.date);
        // The sentence must name the happening itself, not a meeting or a statement that
        // joined its event ("des diplomates se sont réunis mardi", the day before a call).
        // Nor another kind of happening that joined the event by its days alone ("students
        // protested on Tuesday" in a report of Monday's crash). Nor may a statement date it
        // ("trois jours après le séisme, le bilan a franchi lundi").
        if *scope != Scope::Event(e as u32)
            || self.weak_at(sentence)
            || kind_named(folded).is_none_or(is_weak_kind)
            || !names_kind_of(folded, &self.events[e].kind)
        {
            return None;
        }
        // "Au lendemain de l'attentat, le suspect a été inculpé jeudi": the happening named
        // only a day apart from the date is not what the date dates.
        let at = date
            .start()
            .saturating_sub(sentence.start())
            .min(folded.len());
        // Nor the happening as an attribute ("aid to the quake zone").
        if crate::align::events::kind_positions(folded, &self.events[e].kind)
            .all(|p| dated_apart(folded, p, at) || names_a_site(folded, p))
        {
            return None;
        }
        // Nor when another kind of happening is named nearer the date ("les assaillants
        // présumés ont été arrêtés samedi" in a report of Friday's attack): the day is the
        // arrest's.
        if nearest_trigger(folded, at, false)
            .is_some_and(|t| crate::align::events::dates_own_day(t, &self.events[e].kind))
        {
            return None;
        }
        let kind = match moment_kind(&self.events[e].kind)? {
            // The key talks and calls share (see `nearest_trigger`).
            "call" => "talks",
            k => k,
        };
        Some((kind, date))
    }

    /// True when the sentence is a mention of an event other reports carry too, or of the
    /// article's main event: not a background aside only this article dates ("the mark set
    /// in Berlin in September 2023").
    fn is_shared_mention(&self, sentence: Span) -> bool {
        self.mention(sentence)
            .is_some_and(|(e, _)| !self.alone[e] || Some(e) == self.main)
    }

    /// True when the sentence is a mention a statement or a meeting dates.
    fn weak_at(&self, sentence: Span) -> bool {
        self.mention_at(sentence).is_some_and(|m| m.weak)
    }

    /// The mention a sentence is, if any (mentions are in text order, none overlapping).
    fn mention_at(&self, sentence: Span) -> Option<&MentionAt> {
        let i = self
            .mentions
            .partition_point(|m| m.sentence.end <= sentence.start);
        self.mentions
            .get(i)
            .filter(|m| m.sentence.overlaps(sentence))
    }

    /// The mention a sentence is, if any: its event and the date that dates it.
    fn mention(&self, sentence: Span) -> Option<(usize, Span)> {
        self.mention_at(sentence).map(|m| (m.event, m.date))
    }
}

/// Extracts the claims of every article. `mentions_of` and `events` come from the event
/// grouping; the result is in corpus order, and within an article in text order.
/// Also returns, for each event, the first event of its story (see [`stories`]).
pub fn extract_all(
    corpus: &Corpus,
    facts: &[Facts],
    events: &[Event],
    mentions_of: &HashMap<ArticleId, Vec<MentionAt>>,
) -> (Vec<Claim>, Vec<u32>) {
    let mut main_of: HashMap<ArticleId, usize> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        for m in e.mentions.iter().filter(|m| m.main) {
            main_of.entry(m.article).or_insert(i);
        }
    }
    let kind_only = attach_undated(corpus, facts, events, &mut main_of);
    // An event only one article reports has no consensus to weigh against; one that no
    // article leads with is background to the events they lead with ("élu en 2013",
    // "hospitalisé en février" in reports of a death): their facts are read as part of the
    // article's main event, where the other reports state them too.
    // Counted once: `Event::articles` gathers a set, and a wire event has thousands.
    let reports: Vec<usize> = events.iter().map(|e| e.articles().len()).collect();
    let alone: Vec<bool> = events
        .iter()
        .zip(&reports)
        .map(|(e, &n)| n < 2 || !e.mentions.iter().any(|m| m.main))
        .collect();
    // An article that leads with a happening no other report tells ("called on Monday for
    // protests") and tells too of one the others report ("Saturday's election"), even in
    // the background only ("the election set for February 23"): its facts are read as part
    // of the shared one, the largest it mentions, where the others state them ("89 of the
    // 150 seats").
    for (art, main) in main_of.iter_mut() {
        if reports[*main] >= 2 {
            continue;
        }
        if let Some(shared) = mentions_of
            .get(art)
            .into_iter()
            .flatten()
            .map(|m| m.event)
            .filter(|&e| reports[e] >= 2)
            .max_by_key(|&e| (reports[e], std::cmp::Reverse(e)))
        {
            *main = shared;
        }
    }
    let story = stories(events, &main_of, mentions_of, &alone);
    let zones = event_zones(corpus, facts, events);
    // Independent sources: one per outlet, and every copy of one sentence counts as the
    // first outlet that printed it (wire copy is one source, however many files carry it).
    let mut outlets: HashMap<String, u32> = HashMap::new();
    let mut first_outlet_of: rustc_hash::FxHashMap<u64, u32> = Default::default();
    // Reserved once at one claim per fact, more than a corpus states (most names make no
    // claim), so that the vector does not grow by copying; the pages past its length are
    // never written, so they take no memory.
    let bound: usize = facts
        .iter()
        .map(|f| f.dates.len() + f.figures.len() + f.entities.len() + f.times.len())
        .sum();
    let mut out = Vec::with_capacity(bound);
    // Articles in parallel, a slice at a time: the claims of a slice are moved into `out`
    // before the next is read, rather than every article's held twice at the peak.
    for chunk in corpus.articles.chunks(1024) {
        let per_article: Vec<Vec<(Claim, u64)>> = chunk
            .par_iter()
            .map(|a| {
                let m = Membership {
                    mentions: mentions_of
                        .get(&a.id)
                        .map(Vec::as_slice)
                        .unwrap_or_default(),
                    main: main_of.get(&a.id).copied(),
                    alone: &alone,
                    story: &story,
                    main_kind: main_of.get(&a.id).map(|&e| events[e].kind.as_str()),
                    events,
                    kind_only: kind_only.contains(&a.id),
                    zones: &zones.of_event,
                    own_zone: zones.of_article[a.id.0 as usize],
                };
                extract_article(a, &facts[a.id.0 as usize], &m)
            })
            .collect();
        for (a, claims) in chunk.iter().zip(per_article) {
            if claims.is_empty() {
                continue;
            }
            let n = outlets.len() as u32;
            let o = *outlets.entry(outlet(a)).or_insert(n);
            for (mut c, sentence_hash) in claims {
                c.source = *first_outlet_of.entry(sentence_hash).or_insert(o);
                out.push(c);
            }
        }
    }
    split_by_country(&mut out);
    join_lone_nationality(&mut out);
    forget_names();
    (out, story)
}

/// For each event, the clock of the place it happens in, as most of its reports that name one
/// tell it (see `timezone::story_zone`): a report whose lede names two countries ("two
/// employees of Israel's embassy, in Washington") reads its local times on the clock the
/// others give, rather than keying them apart on no clock.
/// Returns the clocks of the events and of each article (`timezone::story_zone`), computed
/// once here for both.
fn event_zones(corpus: &Corpus, facts: &[Facts], events: &[Event]) -> Zones {
    let story: Vec<Option<chrono_tz::Tz>> = corpus
        .articles
        .par_iter()
        .map(|a| {
            let f = &facts[a.id.0 as usize];
            if !a.is_readable() {
                return None;
            }
            crate::extract::timezone::story_zone(a, f)
        })
        .collect();
    let of_event = events
        .iter()
        .map(|e| {
            let mut counts: Vec<(chrono_tz::Tz, usize)> = Vec::new();
            let mut known = 0;
            for art in e.articles() {
                if let Some(z) = story[art.0 as usize] {
                    known += 1;
                    match counts.iter_mut().find(|(x, _)| *x == z) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((z, 1)),
                    }
                }
            }
            counts
                .into_iter()
                .find(|&(_, n)| 2 * n > known)
                .map(|(z, _)| z)
        })
        .collect();
    Zones {
        of_event,
        of_article: story,
    }
}

/// The clock of each event and of each article (see [`event_zones`]).
struct Zones {
    of_event: Vec<Option<chrono_tz::Tz>>,
    of_article: Vec<Option<chrono_tz::Tz>>,
}

/// "1,900 Palestinian prisoners" in one report, "1 900 prisonniers" in another: a nationality
/// keys a count apart from the same count of another country ("1,500 French and 1,100 US
/// troops"), but when an event's reports give the concept one nationality only and also
/// count it with none, the nationality tells nothing apart, and the key drops it. So for an
/// ordinal: "the 12th Italian aid package" ranks what "le douzième paquet" does.
fn join_lone_nationality(claims: &mut [Claim]) {
    // The concept without its "/@cc" segment, and the country.
    fn parts(concept: &str) -> Option<(String, &str)> {
        let at = concept.find("/@")?;
        let rest = &concept[at + 2..];
        let end = rest.find('/').unwrap_or(rest.len());
        Some((format!("{}{}", &concept[..at], &rest[end..]), &rest[..end]))
    }
    type Base = (Scope, Aspect, String, Option<Name>);
    let mut countries: HashMap<Base, HashSet<String>> = HashMap::new();
    for c in claims
        .iter()
        .filter(|c| matches!(c.key.aspect, Aspect::Quantity | Aspect::Ordinal))
    {
        if let Some((stripped, cc)) = parts(&c.key.concept) {
            countries
                .entry((
                    c.key.scope.clone(),
                    c.key.aspect,
                    stripped,
                    c.key.unit.clone(),
                ))
                .or_default()
                .insert(cc.to_string());
        }
    }
    if countries.is_empty() {
        return;
    }
    // Most claims name no nationality: a key is built only for a concept one was dropped from.
    let names: HashSet<&str> = countries.keys().map(|b| b.2.as_str()).collect();
    let mut plain: HashSet<Base> = HashSet::new();
    for c in claims
        .iter()
        .filter(|c| matches!(c.key.aspect, Aspect::Quantity | Aspect::Ordinal))
    {
        if names.contains(c.key.concept.as_ref()) {
            plain.insert((
                c.key.scope.clone(),
                c.key.aspect,
                c.key.concept.to_string(),
                c.key.unit.clone(),
            ));
        }
    }
    let lone: HashSet<&Base> = countries
        .iter()
        .filter(|(b, ccs)| ccs.len() == 1 && plain.contains(*b))
        .map(|(b, _)| b)
        .collect();
    if lone.is_empty() {
        return;
    }
    for c in claims
        .iter_mut()
        .filter(|c| matches!(c.key.aspect, Aspect::Quantity | Aspect::Ordinal))
    {
        let Some((stripped, _)) = parts(&c.key.concept) else {
            continue;
        };
        let base: Base = (
            c.key.scope.clone(),
            c.key.aspect,
            stripped,
            c.key.unit.clone(),
        );
        if lone.contains(&base) {
            c.key.concept = intern(&base.2);
        }
    }
}

/// How far, as a ratio, a writer's conversion of a figure may stray from the exact one
/// ("185 mph" is 297.7 km/h, written "295 km/h").
const CONVERSION_MARGIN: f64 = 0.03;

/// Days apart two happenings may be and still be one story's news ("Bayrou lost the vote on
/// Monday and resigns on Tuesday").
pub(crate) const STORY_DAYS: i64 = 3;

/// For each event, the first event (by index) of its story: the events an article reports
/// as news beside its main one, a few days apart (a vote on Monday, the resignation it forces
/// on Tuesday). Reports that lead with either recall the same past dates ("Barnier, ousted on
/// December 4, 2024"), and those are weighed together. Background events (alone, or far from
/// the main one in time) join no story, so that stories of a wire corpus do not chain through
/// the history they all recall.
fn stories(
    events: &[Event],
    main_of: &HashMap<ArticleId, usize>,
    mentions_of: &HashMap<ArticleId, Vec<MentionAt>>,
    alone: &[bool],
) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..events.len() as u32).collect();
    fn root(parent: &mut [u32], mut i: u32) -> u32 {
        while parent[i as usize] != i {
            parent[i as usize] = parent[parent[i as usize] as usize];
            i = parent[i as usize];
        }
        i
    }
    for (article, mentions) in mentions_of {
        let Some(&main) = main_of.get(article) else {
            continue;
        };
        for e in mentions.iter().map(|m| m.event) {
            if e == main
                || alone[e]
                || (events[e].start - events[main].start).num_days().abs() > STORY_DAYS
            {
                continue;
            }
            // The smaller index is the root, whatever order the map yields the articles in.
            let (x, y) = (root(&mut parent, e as u32), root(&mut parent, main as u32));
            parent[x.max(y) as usize] = x.min(y);
        }
    }
    // Follow-up coverage: reports that lead with the funeral, four days after the death, or
    // with the rescue announced on Sunday of the bank closed on Friday, name the story's
    // protagonist as the first reports did, without a word for the first happening. Events
    // whose leads share a full name the gazetteer lacks (by transliteration: "Gorbatchev",
    // "Gorbachev"), within a week, are one story. A name that leads many events (a wire
    // corpus's company) ties none.
    let mut by_name: std::collections::BTreeMap<String, Vec<usize>> =
        std::collections::BTreeMap::new();
    for (e, ev) in events.iter().enumerate() {
        if alone[e] {
            continue;
        }
        let names: std::collections::BTreeSet<String> = ev
            .mentions
            .iter()
            .filter(|m| m.main)
            .flat_map(|m| m.names.iter())
            // Organisations (`#` entries) lead a story's every happening and others' too.
            .filter(|n| !n.starts_with('#'))
            .map(|n| crate::text::translit_key(n))
            .collect();
        for n in names {
            by_name.entry(n).or_default().push(e);
        }
    }
    for evs in by_name.values() {
        if evs.len() > FOLLOW_UP_MAX_EVENTS {
            continue;
        }
        for (i, &x) in evs.iter().enumerate() {
            for &y in &evs[i + 1..] {
                if (events[x].start - events[y].start).num_days().abs() <= FOLLOW_UP_DAYS {
                    let (rx, ry) = (root(&mut parent, x as u32), root(&mut parent, y as u32));
                    parent[rx.max(ry) as usize] = rx.min(ry);
                }
            }
        }
    }
    (0..events.len() as u32)
        .map(|i| root(&mut parent, i))
        .collect()
}

/// Days apart two happenings whose leads name the same protagonist may be and still be one
/// story (see [`stories`]): a death and its funeral, a verdict and the reactions of the week.
const FOLLOW_UP_DAYS: i64 = 7;

/// Events one name may lead and still tie them into a story (see [`stories`]).
const FOLLOW_UP_MAX_EVENTS: usize = 6;

/// Marks the country a count is given in, inside its concept, until [`split_by_country`]
/// decides whether it stays.
const COUNTRY_MARK: &str = "@in:";

/// A storm that kills 19 in one country and 25 in another, a war counted on both sides: the
/// counts of one concept are compared country by country when an event's reports give them
/// for two countries or more. Otherwise the country is dropped from the key, so that "800
/// dead in Afghanistan" still compares with a report's "800 dead".
fn split_by_country(claims: &mut [Claim]) {
    type Base = (Scope, Aspect, String, Option<Name>);
    let base_of = |c: &Claim| -> Option<(Base, String)> {
        let (base, cc) = c.key.concept.split_once(COUNTRY_MARK)?;
        Some((
            (
                c.key.scope.clone(),
                c.key.aspect,
                base.to_string(),
                c.key.unit.clone(),
            ),
            cc.to_string(),
        ))
    };
    let mut countries: HashMap<Base, HashSet<String>> = HashMap::new();
    for c in claims.iter() {
        if let Some((base, cc)) = base_of(c) {
            countries.entry(base).or_default().insert(cc);
        }
    }
    let split = |base: &Base| countries.get(base).is_some_and(|s| s.len() >= 2);
    // The values each country of a split concept is given, to place the counts that name no
    // country: "10 people were confirmed dead in the city" is Bangkok's 10 when another
    // report gives 10 for Thailand.
    let mut values: HashMap<(Base, u64), HashSet<String>> = HashMap::new();
    for c in claims.iter() {
        if let (Some((base, cc)), Value::Number { value, .. }) = (base_of(c), c.value) {
            if split(&base) {
                values
                    .entry((base, value.to_bits()))
                    .or_default()
                    .insert(cc);
            }
        }
    }
    if countries.is_empty() {
        return;
    }
    // Most claims are of no split concept: told apart by name before any key is built.
    let split_names: HashSet<String> = countries
        .iter()
        .filter(|(_, s)| s.len() >= 2)
        .map(|(b, _)| b.2.clone())
        .collect();
    for c in claims.iter_mut() {
        let marked = c.key.concept.contains(COUNTRY_MARK);
        if !marked && !split_names.contains(c.key.concept.as_ref()) {
            continue;
        }
        let new = match base_of(c) {
            Some((base, cc)) if split(&base) => format!("{}@{cc}", base.2),
            Some((base, _)) => base.2,
            None => {
                let Value::Number { value, .. } = c.value else {
                    continue;
                };
                let base: Base = (
                    c.key.scope.clone(),
                    c.key.aspect,
                    c.key.concept.to_string(),
                    c.key.unit.clone(),
                );
                match values.get(&(base, value.to_bits())) {
                    Some(ccs) if ccs.len() == 1 => {
                        let cc = ccs.iter().next().expect("one country");
                        format!("{}@{cc}", c.key.concept)
                    }
                    _ => continue,
                }
            }
        };
        c.key.concept = intern(&new);
    }
}

/// The places a sentence locates something in, with their country: "en Haïti", "in
/// southwestern Jamaica", "dans l'est de Cuba", "à Katmandou"; not a place named in another
/// role ("the U.S. National Hurricane Center").
fn located_countries<'g>(
    a: &Article,
    sentence: Span,
    ents: &[&crate::extract::EntityFact],
) -> Vec<(Span, &'g str)> {
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = BEFORE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|[^\w])(?:in|en|au|aux|a|near|pres de|dans|across|throughout|off|au large de)\s+(?:(?:the|le|la|les|l'|l’)\s*)?(?:(?:[\w-]*(?:north|south|east|west|nord|sud|est|ouest)[\w-]*|central|centre|centrale)\s+(?:(?:de|du|des|of)\s+(?:(?:la|le|les|l'|the)\s*)?)?)?$",
        )
        .expect("locative pattern compiles")
    });
    let g: &'static Gazetteer = Gazetteer::get();
    let mut found = Vec::new();
    for e in ents {
        let Some(id) = e.entry else { continue };
        let entry = g.entry(id);
        if !entry.kind.is_place() || !sentence.contains(e.span) {
            continue;
        }
        let Some(cc) = entry.country.as_deref() else {
            continue;
        };
        if crate::extract::timezone::is_clock_place(&a.text, e.span) {
            continue;
        }
        let from = floor_boundary(
            &a.text,
            e.span.start().saturating_sub(40).max(sentence.start()),
        );
        let before = fold(&a.text[from..e.span.start()]);
        if !re.is_match(&before) {
            continue;
        }
        // "Near the Nepal border": a landmark to place it by, in the country beside.
        let after = a.text[e.span.end()..sentence.end()].trim_start();
        if after.starts_with("border") || after.starts_with("frontier") {
            continue;
        }
        found.push((e.span, cc));
    }
    found
}

/// An article that dates no happening of its own (a commentary, a background piece) still
/// reports on an event when it names that event's people: it joins the event whose
/// participants it names most (two at least, or the only one an event has), so that its
/// figures, places and dates are compared with the event's reports.
fn attach_undated(
    corpus: &Corpus,
    facts: &[Facts],
    events: &[Event],
    main_of: &mut HashMap<ArticleId, usize>,
) -> HashSet<ArticleId> {
    let mut kind_only = HashSet::new();
    let mut events_of: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        for p in e.participants.keys() {
            events_of.entry(p.as_str()).or_default().push(i);
        }
    }
    for a in corpus.readable() {
        if main_of.contains_key(&a.id) {
            continue;
        }
        let mut names: Vec<&str> = facts[a.id.0 as usize]
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.entry.is_some())
            .map(|e| &*e.name)
            .collect();
        names.sort_unstable();
        names.dedup();
        let mut shared: HashMap<usize, usize> = HashMap::new();
        for n in &names {
            for &e in events_of.get(n).map(Vec::as_slice).unwrap_or_default() {
                *shared.entry(e).or_default() += 1;
            }
        }
        // What the lede says happened: an event of that kind is the article's subject, even
        // when a slip left one name of its people ("Narendra Modi est décédé lundi").
        let lede_kinds = lede_kinds(a);
        // Or no name at all, when the lede's happening is specific and the corpus holds one
        // large event of that kind: the names may be the slip.
        for k in lede_kinds.iter().filter(|k| !is_weak_kind(k)) {
            let mut large = events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == *k && e.articles().len() >= STRAY_TARGET_ARTICLES);
            if let (Some((e, _)), None) = (large.next(), large.next()) {
                shared.entry(e).or_default();
            }
        }
        // A specific kind the lede names ranks first, then a weak one (a statement, a
        // meeting: any happening holds one), then names shared.
        let by_names = |e: usize, n: usize| n >= 2.min(events[e].participants.len());
        let best = shared
            .into_iter()
            .map(|(e, n)| {
                let k = events[e].kind.as_str();
                let kind = match lede_kinds.contains(&k) {
                    true if !is_weak_kind(k) => 2,
                    true => 1,
                    false => 0,
                };
                (e, n, kind)
            })
            .filter(|&(e, n, kind)| by_names(e, n) || kind == 2)
            .max_by_key(|&(e, n, kind)| (kind, n, events[e].articles().len(), std::cmp::Reverse(e)))
            .map(|(e, n, _)| (e, by_names(e, n)));
        if let Some((e, by_names)) = best {
            main_of.insert(a.id, e);
            // "Four people died when fire swept through a building in northern Marseille
            // overnight", published that day: a lede that names the event's kind and one of
            // its places, in a report of its days, is the news itself, whose figures are
            // weighed as its dated reports' are. Not a piece of the month looking back.
            let lede_end = a.blocks[lede_block(a) as usize].span.end();
            let of_its_days = a.meta.date.is_some_and(|p| {
                p.day_known
                    && events[e].start <= p.date
                    && p.date <= events[e].end + chrono::Duration::days(1)
            });
            let placed = of_its_days
                && facts[a.id.0 as usize]
                    .entities
                    .iter()
                    .take_while(|x| x.span.end() <= lede_end)
                    .any(|x| {
                        x.kind == EntityKind::Place && events[e].participants.contains_key(&*x.name)
                    });
            if !by_names && !placed {
                kind_only.insert(a.id);
            }
        }
    }
    kind_only
}

/// The block index of an article's lede: its title and first body paragraph lie at or before it.
fn lede_block(a: &Article) -> u32 {
    a.blocks
        .iter()
        .position(|b| b.kind == BlockKind::Body)
        .unwrap_or(0) as u32
}

/// The kinds of happening (as events group them) the lede of an article names.
fn lede_kinds(a: &Article) -> Vec<&'static str> {
    let last = lede_block(a);
    let mut kinds: Vec<&'static str> = a
        .text_sentences()
        .take_while(|s| s.block <= last)
        .filter_map(|s| kind_named(&fold(a.slice(s.span))))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
}

/// A concept or unit name, shared by every claim that uses it.
pub type Name = std::sync::Arc<str>;

static NAMES: std::sync::OnceLock<std::sync::RwLock<HashSet<Name>>> = std::sync::OnceLock::new();

/// One shared copy of each concept or unit name. A corpus states millions of claims over a
/// few thousand distinct concepts: a `String` per claim was most of the claims' memory.
pub fn intern(s: &str) -> Name {
    let names = NAMES.get_or_init(Default::default);
    if let Some(n) = names.read().unwrap_or_else(|e| e.into_inner()).get(s) {
        return n.clone();
    }
    let mut w = names.write().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = w.get(s) {
        return n.clone();
    }
    let n: Name = s.into();
    w.insert(n.clone());
    n
}

/// Forgets the interned names (the claims keep theirs): a long-lived process (a fuzzer, a
/// test suite) does not accumulate the vocabulary of every corpus it read.
fn forget_names() {
    if let Some(names) = NAMES.get() {
        names.write().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

fn hash_of(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// How much farther (in bytes) a trigger of the preferred kind may stand than one of the
/// other kind and still take the date: about a clause.
const OTHER_KIND_PENALTY: usize = 60;

/// Farthest (in bytes of the folded sentence, penalty included) a trigger may stand from a
/// date, time or place and still name what it dates: about two clauses.
const MAX_TRIGGER_DISTANCE: usize = 150;

/// Farthest (in bytes of the folded sentence) a word of opening or closing may stand from the
/// day it marks as the first or the last of a happening.
const PHASE_REACH: usize = 60;

/// Triggers that name a whole happening rather than one moment of it.
const WHOLE: &[&str] = &["visit", "summit", "parade"];

/// The trigger concept a date or place at `at` (a byte offset into the folded sentence)
/// belongs to. A day goes with a moment ("landed in Moscow on March 20 for a state visit":
/// the landing), a span of days with the whole happening ("une visite du 20 au 22 mars"),
/// unless the other kind is much nearer: in "during a meeting on Tuesday, Putin said Xi
/// would attend the parade on May 9", the 9th is the parade's day, not the meeting's.
/// Talks and a call are one moment worded two ways ("se sont entretenus par téléphone", "a
/// phone call"): one key, so that the reports' dates for it are weighed together rather than
/// split by the word each chose. A meeting stays apart: on a visit of several days, leaders
/// meet at a parade on one day and hold talks on another.
///
/// Remembered per distinct folded sentence: wire copy asks it of one sentence in thousands of
/// files. A thread keeps at most [`NEAREST_MEMO_SENTENCES`] sentences, then starts afresh; a
/// remembered answer is the computed one, so output does not depend on what the memo holds.
fn nearest_trigger(folded: &str, at: usize, whole: bool) -> Option<&'static str> {
    type Answers = Vec<(u32, bool, Option<&'static str>)>;
    thread_local! {
        static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Answers>> =
            std::cell::RefCell::new(Default::default());
    }
    let key = (at as u32, whole);
    let known = MEMO.with(|m| {
        m.try_borrow().ok().and_then(|m| {
            m.get(folded)?
                .iter()
                .find(|&&(p, w, _)| (p, w) == key)
                .map(|&(_, _, t)| t)
        })
    });
    if let Some(t) = known {
        return t;
    }
    let t = nearest_trigger_at(folded, at, whole, |_, _| true).map(|(_, t)| t);
    MEMO.with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if let Some(answers) = m.get_mut(folded) {
                answers.push((key.0, key.1, t));
            } else {
                if m.len() >= NEAREST_MEMO_SENTENCES {
                    m.clear();
                }
                m.insert(folded.into(), vec![(key.0, key.1, t)]);
            }
        }
    });
    t
}

/// True when a sentence gives a toll: a count of the dead or hurt ("trois morts", "118
/// injured"), or a count right after "killed" or "tué".
fn toll_in(a: &Article, f: &Facts, sentence: Span) -> bool {
    crate::finding::starting_in(&f.figures, sentence, |x| x.span)
        .iter()
        .filter(|x| sentence.contains(x.span))
        .any(|x| {
            x.evolving || {
                let b = cues::before(a, x.span.start(), 12).trim_end();
                ["killed", "killing", "tué", "tuant"]
                    .iter()
                    .any(|w| b.ends_with(w))
            }
        })
}

/// Words that open a subordinate clause, in a folded sentence: what stands past one is the
/// clause's, not the main clause's.
const SUBORDINATORS: &[&str] = &[
    " after ",
    " before ",
    " when ",
    " apres ",
    " avant ",
    " quand ",
    " lorsque ",
    " lorsqu'",
];

/// Words that say a disaster started, in a folded sentence: a fire "broke out", "s'est
/// déclaré", a flood "began".
const ONSET: &[&str] = &[
    "broke out",
    "break out",
    "breaks out",
    "started",
    "ignited",
    "s'est declare",
    "s'est declaree",
    "a eclate",
    "a demarre",
    "a pris naissance",
];

/// True when an onset word stands within [`PHASE_REACH`] of byte `at` of a folded sentence.
fn onset_near(folded: &str, at: usize) -> bool {
    ONSET.iter().any(|w| {
        folded
            .match_indices(w)
            .any(|(p, _)| p.abs_diff(at) <= PHASE_REACH)
    })
}

/// Distinct sentences a thread remembers the nearest triggers of (see [`nearest_trigger`]).
const NEAREST_MEMO_SENTENCES: usize = 1 << 16;

/// [`nearest_trigger`] among the triggers other than `except` that stand in `within`.
fn nearest_trigger_except(
    folded: &str,
    at: usize,
    whole: bool,
    except: &str,
    within: std::ops::Range<usize>,
) -> Option<&'static str> {
    nearest_trigger_at(folded, at, whole, |p, t| t != except && within.contains(&p)).map(|(_, t)| t)
}

/// Bytes between a time of day read on a named clock and the day it gives ("at 0:42 a.m.
/// Japan time on Friday").
const ZONE_REACH: usize = 24;

/// Bytes before a percentage that the word of what it measures may stand ("le bénéfice net du
/// groupe a chuté de 70 %").
const RATE_REACH: usize = 60;

/// Longest sentence (bytes) whose prefixes are folded to place a figure exactly in its folded
/// text; past it, the rough offset, so that a pathological one-sentence file stays linear.
const EXACT_REL_MAX: usize = 4096;

/// The offset in the folded `text` (the sentence at `sentence`) of the article byte `at`.
fn exact_rel(text: &str, sentence: Span, at: usize) -> usize {
    let r = at.saturating_sub(sentence.start()).min(text.len());
    if text.len() > EXACT_REL_MAX {
        return r;
    }
    fold(&text[..floor_boundary(text, r)]).len()
}

/// Bytes before an amount that the word of the dimension it gives may stand ("at a shallow
/// depth of 10 km").
const DIMENSION_REACH: usize = 24;

/// True when `dimension`, a rate of `rules/lexicon/concepts.toml`, is measured in `unit` (a
/// base unit): "à hauteur de 240 milliards d'euros" is an amount, not a height. The other
/// rates name what a percentage or a sum measures.
fn dimension_fits(dimension: &str, unit: &str) -> bool {
    match dimension {
        "depth" | "height" | "length" => matches!(unit, "km" | "m" | "cm"),
        "speed" => unit == "km/h",
        "area" => matches!(unit, "ha" | "km2" | "km²" | "m2" | "m²"),
        _ => false,
    }
}

/// Bytes from the start of a trigger to a day it stands right before ("se rendra samedi").
const ADJACENT: usize = 12;

/// Words that open a clause of another time than the one before them ("où", folded, too:
/// "tentaient mercredi d'atteindre la galerie, où un éboulement s'est produit mardi").
const OTHER_TIME: &[&str] = &[
    "after", "before", "since", "until", "where", "when", "apres", "avant", "depuis", "ou",
    "lorsque", "quand",
];

/// Days a trigger may carry right after it, counted from another day of the sentence ("élu
/// la veille", "arrested the day before"), folded.
const OWN_DAY: &[&str] = &[
    "la veille",
    "l'avant-veille",
    "le lendemain",
    "avant-hier",
    "hier",
    "the day before",
    "the previous day",
    "the next day",
    "the following day",
    "a day earlier",
    "yesterday",
];

/// True when the launch verb at `p` of a folded sentence launches an attack or an
/// undertaking ("a lancé une série de frappes", "launched an investigation"): the kind of a
/// happening is then what was launched, not a launch. Claims still key such a day by the
/// verb ("la guerre lancée le 13 juin", "avait lancé le 13 juin une offensive"), which
/// reports share whichever object they name.
pub(crate) fn launches_no_rocket(folded: &str, p: usize) -> bool {
    let Some(r) = folded.get(p..) else {
        return false;
    };
    let mut words = r.split_whitespace();
    let first = words.next().unwrap_or("");
    // "Crashed shortly after takeoff", "s'est écrasé peu après son décollage", "exploded on
    // take-off": a takeoff that times another happening.
    if matches!(
        first.trim_end_matches([',', '.', ';']),
        "takeoff" | "take-off" | "decollage"
    ) {
        return folded[..p].split_whitespace().rev().take(2).any(|w| {
            matches!(
                w,
                "after" | "apres" | "au" | "on" | "at" | "during" | "lors" | "upon"
            )
        });
    }
    if !LAUNCH_VERBS.contains(&first) {
        return false;
    }
    // "L'offensive avait été lancée", "the strikes were launched": what is launched stands
    // before a passive verb.
    if folded[..p]
        .split_whitespace()
        .rev()
        .take(4)
        .any(|w| NOT_LAUNCHED.contains(&w.trim_start_matches("l'")))
    {
        return true;
    }
    // The first object word decides: "launched its rocket on Tuesday, a day after the
    // attack" is a launch.
    let object = words
        .take(LAUNCH_OBJECT_REACH)
        .map(|w| w.trim_end_matches([',', '.', ';']))
        .find(|w| NOT_LAUNCHED.contains(w) || LAUNCHED.contains(w));
    object.is_some_and(|w| NOT_LAUNCHED.contains(&w))
}

/// Folded forms of "to launch" that also start an attack, an inquiry or a plan.
const LAUNCH_VERBS: &[&str] = &[
    "launch",
    "launched",
    "launches",
    "launching",
    "lance",
    "lancee",
    "lances",
    "lancees",
    "lancer",
    "lancent",
    "lancera",
];

/// Words after which [`LAUNCH_VERBS`] read what they launch ("a lancé mercredi peu après 1
/// heure du matin, heure locale, une série de frappes").
const LAUNCH_OBJECT_REACH: usize = 16;

/// What a launch sends up, folded.
const LAUNCHED: &[&str] = &[
    "fusee",
    "fusees",
    "rocket",
    "rockets",
    "satellite",
    "satellites",
    "mission",
    "sonde",
    "capsule",
    "vaisseau",
    "spacecraft",
    "lanceur",
    "starship",
    "missile",
    "missiles",
];

/// What is launched without a launch: attacks and undertakings, folded.
const NOT_LAUNCHED: &[&str] = &[
    "frappe",
    "frappes",
    "strike",
    "strikes",
    "attaque",
    "attaques",
    "attack",
    "attacks",
    "offensive",
    "offensives",
    "raid",
    "raids",
    "assaut",
    "operation",
    "operations",
    "guerre",
    "war",
    "campaign",
    "campagne",
    "enquete",
    "investigation",
    "inquiry",
    "appel",
    "appeal",
    "procedure",
    "bid",
    "plan",
    "projet",
    "programme",
    "program",
    "initiative",
];

/// Words that make what follows them a happening before the sentence's own ("après la
/// cérémonie", "since the fire", "following the vote"), folded.
const AFTER_WORDS: &[&str] = &["apres", "after", "following", "since", "depuis"];

/// Words an [`AFTER_WORDS`] word may stand before the trigger ("après la cérémonie de
/// réouverture").
const AFTER_REACH: usize = 4;

/// English participles of verbs that take no object: before a noun they qualify it.
const INTRANSITIVE_PARTICIPLES: &[&str] = &["collapsed", "capsized", "derailed", "crashed"];

/// True when the word at `p` of a folded sentence qualifies a place ("visited the crash site
/// on Friday", "at the attack scene", "the site of the crash", "sur les lieux du drame", "aid
/// to the quake zone"): no happening of the sentence's day.
/// So does an English participle of no object before a plural noun ("dug through collapsed homes",
/// "flooded streets"): a state seen, not the happening's day. Not before a span of time
/// ("crashed minutes after takeoff").
pub(crate) fn names_a_site(folded: &str, p: usize) -> bool {
    site_before(folded.get(..p).unwrap_or(""))
        || folded.get(p..).is_some_and(|r| {
            let mut words = r.split_whitespace();
            let first = words.next().unwrap_or("");
            words.next().is_some_and(|w| {
                let w = w.trim_end_matches([',', '.', ';']);
                // "Aid to the quake zone", "flood victims": the happening names whom or
                // where, as an attribute.
                matches!(
                    w,
                    "site"
                        | "sites"
                        | "scene"
                        | "zone"
                        | "zones"
                        | "area"
                        | "areas"
                        | "victims"
                        | "survivors"
                ) || first.ends_with("-hit")
                    || (INTRANSITIVE_PARTICIPLES.contains(&first)
                        && w.len() >= 4
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && w.chars().all(|c| c.is_ascii_lowercase())
                        && !crate::extract::stopwords().contains(w)
                        && !matches!(
                            w,
                            "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years"
                        ))
            })
        })
}

/// True when folded text ends on the place of a happening about to be named: "the site of
/// the Air India" (before "crash"), "the scene of a", "les lieux de l'", "le site du".
fn site_before(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(SITE_REACH).collect();
    words.windows(2).any(|w| {
        // "The cancellation of the election", "l'annulation du scrutin": what was done to the
        // happening, on its own day, names no day of it either.
        matches!(
            w[1].strip_prefix("l'").unwrap_or(w[1]),
            "site"
                | "sites"
                | "scene"
                | "lieux"
                | "cancellation"
                | "annulment"
                | "postponement"
                | "annulation"
                | "invalidation"
                | "report"
        ) && (matches!(w[0], "of" | "de" | "du" | "des") || w[0].starts_with("d'"))
    })
}

/// Words a site may stand before the happening it locates ("the site of the Air India
/// crash": the article and two words of the name).
const SITE_REACH: usize = 5;

/// True when folded text ends on a relative pronoun and the auxiliaries of its verb ("qui
/// a", "that had", "which").
fn opens_relative(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().take(3);
    words
        .find(|w| !RELATIVE_AUXILIARIES.contains(w))
        .is_some_and(|w| matches!(w, "that" | "which" | "who" | "qui"))
}

/// Words that may stand between a relative pronoun and its verb ("qui s'est écrasé", "that
/// had crashed"), folded.
const RELATIVE_AUXILIARIES: &[&str] = &[
    "a", "avait", "ont", "avaient", "est", "etait", "sont", "s'est", "s'etait", "se", "s'", "has",
    "had", "have", "was", "were", "is", "been",
];

/// True when folded text holds the verb of a toll that rises or stands ("s'élève", "s'est
/// alourdi", "rose to", "has risen"): a day past it is the toll's, while one before it
/// ("le bilan du séisme qui a frappé dimanche s'élève") is the happening's.
fn toll_rises(between: &str) -> bool {
    between.split_whitespace().any(|w| {
        matches!(
            w.trim_start_matches("s'"),
            "rose"
                | "risen"
                | "rises"
                | "climbed"
                | "climbs"
                | "reached"
                | "reaches"
                | "stood"
                | "stands"
                | "jumped"
                | "eleve"
                | "elevait"
                | "alourdi"
                | "grimpe"
                | "atteint"
                | "passe"
                | "monte"
                | "etablit"
                | "franchi"
                | "depasse"
                | "passed"
                | "topped"
                | "exceeded"
        )
    })
}

/// True when a folded clause ends in a toll's noun and up to four words after it: the
/// phrase that names a happening as what a toll counts ("the death toll from the", "le
/// bilan des").
fn in_a_toll(clause: &str) -> bool {
    clause
        .split_whitespace()
        .rev()
        .take(5)
        .any(|w| matches!(w, "toll" | "bilan" | "tolls" | "bilans"))
}

/// Words from a trigger to a day that ends the same "after" phrase (see [`dated_apart`]).
const AFTER_PHRASE_WORDS: usize = 8;

/// True when the date at `at` stands in apposition right after the phrase "after" (at `w`)
/// opens on the trigger at `p`, and the main clause before that phrase names its own weekday:
/// "a mis fin lundi aux recherches, trois semaines après l'effondrement de l'immeuble, le 24
/// avril" dates the collapse, as the main clause cannot be of two days.
fn apposed_to_after(folded: &str, w: usize, p: usize, at: usize) -> bool {
    if at <= p {
        return false;
    }
    let Some(between) = folded.get(p..floor_boundary(folded, at)) else {
        return false;
    };
    let Some((phrase, lead)) = between.split_once(',') else {
        return false;
    };
    let lex = crate::lexicon::Lexicons::get();
    !lead.contains([',', ';', '('])
        // Offsets into a folded sentence run a few bytes past the date's first word.
        && lead.split_whitespace().count() <= 3
        && phrase.split_whitespace().count() <= AFTER_PHRASE_WORDS
        && folded
            .get(..floor_boundary(folded, w))
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .any(|x| lex.fr.weekday(x).is_some() || lex.en.weekday(x).is_some())
}

/// True when the trigger at `p` of a folded sentence is carried on by a verb of continuing
/// in the few words before it, a day between them or not ("Israël a poursuivi dimanche ses
/// frappes", "continued its strikes", "les bombardements se poursuivent").
fn continued(folded: &str, p: usize) -> bool {
    const CONTINUING: &[&str] = &[
        "poursuivi",
        "poursuit",
        "poursuivent",
        "poursuivait",
        "poursuivaient",
        "continue",
        "continuent",
        "continued",
        "continues",
        "intensifie",
        "intensified",
    ];
    let before = folded.get(..p).unwrap_or("");
    // Within the clause: "deux jours après avoir tué" past a comma is not carried on.
    let clause = &before[before.rfind([',', ';', '(']).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause.split_whitespace().rev().take(5).collect();
    let carried = words.iter().enumerate().any(|(i, w)| {
        CONTINUING.contains(w)
            || (matches!(*w, "up")
                && words
                    .get(i + 1)
                    .is_some_and(|v| matches!(*v, "kept" | "keeps" | "stepped")))
    });
    let mut after = folded.get(p..).unwrap_or("").split_whitespace().skip(1);
    carried
        || match after.next() {
            Some("se") => after.next().is_some_and(|w| CONTINUING.contains(&w)),
            Some(w) => matches!(w, "continue" | "continuent" | "continued" | "continues"),
            None => false,
        }
}

/// True when the date at `at` closes a relative clause of its own that the trigger at `p`
/// stands well after: "the five people aboard the submersible that vanished on Sunday during
/// a dive were killed" dates the vanishing, not the deaths. The pronoun opens a verb of its
/// own ("that vanished", "qui avait disparu"), not the date ("said that on Sunday"), and the
/// trigger lies past the clause's next few words.
fn dated_in_relative_clause(folded: &str, at: usize, p: usize) -> bool {
    /// Words between the date and a trigger that the clause may still hold ("qui a frappé
    /// dimanche le Maroc a tué").
    const CLAUSE_WORDS: usize = 4;
    let (Some(before), Some(between)) = (folded.get(..at), folded.get(at..p)) else {
        return false;
    };
    // Counted only as far as needed: a sentence may be a whole file long.
    if between.split_whitespace().take(CLAUSE_WORDS + 1).count() <= CLAUSE_WORDS {
        return false;
    }
    let last: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let Some(k) = last
        .iter()
        .position(|w| matches!(*w, "that" | "which" | "who" | "qui"))
    else {
        return false;
    };
    // The words between the pronoun and the date: a verb and its auxiliaries ("qui avait
    // disparu"), not a preposition that the date would follow right after the pronoun
    // ("said that on Monday").
    let inside = &last[..k];
    let preposition = |w: &str| {
        matches!(
            w,
            "on" | "in"
                | "at"
                | "since"
                | "by"
                | "last"
                | "this"
                | "en"
                | "a"
                | "au"
                | "le"
                | "ce"
                | "cette"
                | "du"
                | "de"
                | "des"
                | "depuis"
        )
    };
    !inside.last().is_some_and(|w| preposition(w))
}

/// True when the trigger at `p` names another day than the date at `at` of the same sentence
/// (folded offsets):
/// - it carries its own day within its next three words ("qui l'avaient élu la veille");
/// - it stands in a clause counted from another day ("au lendemain de la panne qui a
///   frappé", "the day after the vote"), unless the date follows it closely ("au lendemain
///   de son élection, jeudi 8 mai");
/// - it opens a relative clause after the date ("investigators on Friday recovered the
///   recorder of the jet that crashed", "retrouvé vendredi ... du Boeing qui s'est écrasé");
/// - it is what a toll counts, and the toll's verb stands between it and the date ("the
///   death toll from the floods rose to 158 on Thursday");
/// - it follows "after", "après", "since" closely and the date stands outside its phrase
///   ("après la cérémonie de réouverture, la première messe célébrée ce dimanche", "was
///   arrested on Friday after the attack");
/// - it is what a verb of continuing carries on ("a poursuivi dimanche ses frappes", "kept
///   up its strikes on Sunday"): a campaign under way, which no one day dates.
pub(crate) fn dated_apart(folded: &str, p: usize, at: usize) -> bool {
    let Some(rest) = folded.get(p..) else {
        return false;
    };
    if continued(folded, p) {
        return true;
    }
    // "Feminist groups on Friday criticised the sentences": a verb of reaction between the
    // day and the trigger dates the reaction, to a happening that came before it.
    // So does one right before the day ("ont dénoncé vendredi les peines").
    if at < p
        && (folded
            .get(at..p)
            .is_some_and(|b| b.split_whitespace().any(|w| REACTIONS.contains(&w)))
            || folded.get(..at).is_some_and(|b| {
                b.split_whitespace()
                    .rev()
                    .take(2)
                    .any(|w| REACTIONS.contains(&w))
            }))
    {
        return true;
    }
    // "A réagi lundi à l'élection municipale de dimanche": the trigger's phrase carries a
    // day of its own, and the other day of the sentence is another verb's.
    if phrase_day_cached(folded, p).is_some_and(|d| d.abs_diff(at) > ADJACENT)
        && starts_a_day(folded, at)
    {
        return true;
    }
    let before = folded.get(..p).unwrap_or("");
    let clause = &before[before.rfind([',', ';', '(']).map_or(0, |i| i + 1)..];
    // Most clauses hold none of the words: a cheap look before splitting.
    let relative_to = counted_from_another_day(clause);
    // "Au lendemain de l'élection présidentielle anticipée de mardi": a day in the phrase
    // that names the trigger, with no comma between, is the trigger's own.
    let own_phrase = p < at
        && folded
            .get(p..at)
            .is_some_and(|b| !b.contains([',', ';', '(']) && b.split_whitespace().count() <= 5);
    if relative_to && !(p < at && at - p <= 3 * ADJACENT) && !own_phrase {
        return true;
    }
    // "The blast came a day after Putin turned 70 on Friday", "l'explosion survient au
    // lendemain de son anniversaire, célébré vendredi": a day after a phrase counted from
    // another happening, which stands between the trigger and it, is that happening's.
    if p < at && counted_from_another_day(&folded[p..crate::text::floor_boundary(folded, at)]) {
        return true;
    }
    // The last "after" word of the clause before the trigger, by offset in `folded`.
    let after_word = clause
        .split_whitespace()
        .rev()
        .take(AFTER_REACH)
        .find(|w| AFTER_WORDS.contains(w))
        .and_then(|w| clause.rfind(w))
        .map(|i| before.len() - clause.len() + i);
    // "After Tuesday's storm": a day inside the phrase is the trigger's own. So is one that
    // ends it, with no clause between ("twelve days after the offensive began in the north
    // on November 27").
    if let Some(w) = after_word {
        let inside = w < at && at < p;
        let close = p < at && at - p <= ADJACENT;
        let ends_it = p < at
            && folded.get(p..at).is_some_and(|b| {
                !b.contains([',', ';', '(']) && b.split_whitespace().count() <= AFTER_PHRASE_WORDS
            });
        if !(own_phrase || close || inside || ends_it || apposed_to_after(folded, w, p, at)) {
            return true;
        }
    }
    // "The death toll from the floods rose to 158 on Thursday", "le bilan du crash s'est
    // alourdi mercredi": the day is the toll's, the happening an earlier one.
    if !own_phrase
        && p < at
        && in_a_toll(clause)
        && toll_rises(&folded[p..crate::text::floor_boundary(folded, at)])
    {
        return true;
    }
    // "Friday's referendums showed on Saturday": a day in the possessive names the trigger's
    // own day, and another date of the sentence is not the trigger's.
    let last_word = before.trim_end();
    let word_start = last_word.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    if let Some(day) = last_word[word_start..]
        .strip_suffix("'s")
        .or_else(|| last_word[word_start..].strip_suffix("’s"))
    {
        let lex = crate::lexicon::Lexicons::get();
        if at != word_start
            && (lex.en.weekday(day).is_some() || matches!(day, "yesterday" | "today" | "tomorrow"))
        {
            return true;
        }
    }
    // "Le séisme qui a dévasté le centre du pays, le bilan a franchi lundi": a relative
    // clause closed before the date, which dates the main clause. A date right after the
    // comma ("qui a frappé le pays, vendredi 28 mars") is the clause's own, in apposition.
    if p < at {
        let between = &folded[p..crate::text::floor_boundary(folded, at)];
        if let Some(comma) = between.rfind(',') {
            if between[comma + 1..].split_whitespace().count() >= 2 && opens_relative(before) {
                return true;
            }
        }
    }
    if at < p && dated_in_relative_clause(folded, at, p) {
        return true;
    }
    if at < p {
        // The last words before the trigger, with their offsets, nearest first.
        let mut last: Vec<(usize, &str)> = Vec::new();
        let mut end = before.len();
        for (i, c) in before.char_indices().rev() {
            if c.is_whitespace() {
                if i + c.len_utf8() < end {
                    last.push((i + c.len_utf8(), &before[i + c.len_utf8()..end]));
                    if last.len() == 3 {
                        break;
                    }
                }
                end = i;
            }
        }
        if let Some(k) = last
            .iter()
            .position(|(_, w)| matches!(*w, "that" | "which" | "who" | "qui"))
        {
            if last[k].0 > at
                && last[..k]
                    .iter()
                    .all(|(_, w)| RELATIVE_AUXILIARIES.contains(w))
            {
                return true;
            }
        }
    }
    if in_participle_apposition(folded, p, at) {
        return true;
    }
    // Within three words ("qui l'avaient élu la veille"), or closing the trigger's noun
    // phrase after a comma ("lors de l'effondrement du pont Francis Scott Key, la veille").
    let window = &rest[..crate::text::floor_boundary(rest, rest.len().min(96))];
    // One pass over the window for every phrase, rather than one search per phrase: this
    // runs for every trigger near every fact.
    finder(&OWN_DAY_FINDER, OWN_DAY)
        .find_overlapping_iter(window)
        .any(|m| {
            let (q, ph) = (m.start(), OWN_DAY[m.pattern().as_usize()]);
            let words_between = window[..q].split_whitespace().count();
            // Or a few words on, in the trigger's own phrase ("the ceremony held on the
            // Seine the day before"): no clause between.
            let phrase = &window[..q];
            let near = ((1..=3).contains(&words_between) && q <= 48)
                || ((4..=6).contains(&words_between)
                    && !phrase.contains([',', ';', '.', '('])
                    && !phrase
                        .split_whitespace()
                        .any(|w| matches!(w, "and" | "et" | "but" | "mais" | "while" | "alors")));
            // One comma only, right before the day or a participle or two before it ("la
            // mort de l'opposant, survenue la veille", "the crash, which happened the day
            // before"): the trigger's phrase ends there.
            let head = window[..q].trim_end();
            let closing = words_between <= OWN_DAY_PHRASE_REACH
                && head.rfind(',').is_some_and(|comma| {
                    !head[..comma].contains([',', ';'])
                        && head[comma + 1..].split_whitespace().count() <= 2
                });
            q > 0
                && window[..q].ends_with(' ')
                && window[q + ph.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
                && (near || closing)
                && !(p < at && at < p + q)
        })
}

/// True when the date at `at` of a folded sentence stands in an apposition between two
/// commas that a past participle opens, and the trigger at `p` outside it ("les occupants du
/// submersible, disparu dimanche lors d'une plongée, étaient morts", "the jet, diverted
/// on Friday to Ottawa, landed"): the day is the participle's. Not a participle that says
/// the happening took place ("le séisme, survenu dimanche, a fait 50 morts"), nor one of the
/// trigger's own phrase ("son séjour, prévu du 12 au 14 octobre").
fn in_participle_apposition(folded: &str, p: usize, at: usize) -> bool {
    let (Some(open), Some(close)) = (
        folded.get(..at).and_then(|b| b.rfind(',')),
        folded.get(at..).and_then(|r| r.find(',')).map(|i| at + i),
    ) else {
        return false;
    };
    if (open..close).contains(&p) {
        return false;
    }
    // The apposition of the trigger's own noun phrase ("son séjour, prévu du 12 au 14
    // octobre, doit") tells the trigger's days.
    if p < open && folded[p..open].split_whitespace().count() <= 3 {
        return false;
    }
    let mut words = folded[open + 1..at].split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    // The participle, then at most three words before the day.
    if words.count() > 3 || TOOK_PLACE.contains(&first) || first.len() < 5 {
        return false;
    }
    const NOT_PARTICIPLES: &[&str] = &[
        "depuis",
        "apres",
        "jusqu'ici",
        "aussi",
        "ainsi",
        "parmi",
        "voici",
        "celui",
        "puis",
        "plus",
        "tous",
        "vous",
        "nous",
        "indeed",
        "instead",
        "need",
    ];
    let ends = [
        "u", "ue", "us", "ues", "i", "ie", "is", "ies", "ee", "ees", "ed",
    ];
    first.chars().all(char::is_alphabetic)
        && ends.iter().any(|e| first.ends_with(e))
        && !NOT_PARTICIPLES.contains(&first)
        // "Lundi", "mardi" end like participles: the calendar lexicon knows them.
        && crate::lexicon::Lexicons::get().fr.weekday(first).is_none()
}

static RELATIVE_HINTS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
static OWN_DAY_FINDER: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();

/// A searcher for any of `phrases`, built once into `cell`.
fn finder(
    cell: &'static std::sync::OnceLock<aho_corasick::AhoCorasick>,
    phrases: &[&str],
) -> &'static aho_corasick::AhoCorasick {
    cell.get_or_init(|| aho_corasick::AhoCorasick::new(phrases).expect("fixed phrases build"))
}

/// True when a folded text holds a phrase counted from another day: "au lendemain de",
/// "la veille du", "the day after", "two days before", "on the eve of".
fn counted_from_another_day(text: &str) -> bool {
    // Most texts hold none of the words: a cheap look before splitting.
    let maybe = finder(
        &RELATIVE_HINTS,
        &[
            "lendemain",
            "veille",
            "day after",
            "day before",
            "days after",
            "days before",
            "eve of",
        ],
    )
    .is_match(text);
    maybe
        && text
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                let day = matches!(
                    w[0],
                    "lendemain" | "veille" | "surlendemain" | "avant-veille"
                );
                matches!(
                    (w[0], w[1]),
                    ("day" | "days", "after" | "before") | ("eve", "of")
                ) || (day && (matches!(w[1], "de" | "du") || w[1].starts_with("d'")))
            })
}

/// Words of a noun phrase that a relative day may close after a comma (see [`dated_apart`]).
const OWN_DAY_PHRASE_REACH: usize = 8;

/// The counted concept of the noun that stands beside a figure's noun, right after the figure
/// ("133 cardinal electors": "cardinal" before "electors"; "133 cardinaux électeurs":
/// "électeurs" after "cardinaux").
fn companion_count(a: &Article, fig: Span, noun: &str) -> Option<concepts::Counted<'static>> {
    let after = a.text.get(fig.end()..)?;
    // The words of the figure's phrase: up to four, and none past punctuation ("four crew
    // members." ends at "members").
    let mut words: Vec<String> = Vec::new();
    for w in after
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .take(5)
    {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty()
            || !bare
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        {
            break;
        }
        words.push(fold(bare));
        if bare.len() < w.len() {
            break;
        }
    }
    let k = words.iter().position(|w| w == noun)?;
    let concepts = Concepts::get();
    let beside = [k.checked_sub(1), Some(k + 1)]
        .into_iter()
        .flatten()
        .filter_map(|i| words.get(i))
        .find_map(|w| concepts.counted(w));
    // "Quatre membres d'équipage", "members of the crew": a member is counted by the group
    // its complement names.
    let group = || {
        if concepts.counted(noun).map(|c| c.name) != Some(MEMBERS) {
            return None;
        }
        let rest = words.get(k + 1..)?;
        let mut rest = rest.iter().map(String::as_str);
        let mut w = rest.next()?;
        while matches!(w, "de" | "du" | "des" | "of" | "the") {
            w = rest.next()?;
        }
        let w = w.strip_prefix("d'").unwrap_or(w);
        concepts.counted(w)
    };
    beside.or_else(group)
}

/// The key of a counted noun the lexicon does not know: its stem without the endings that
/// French and English cognates differ by, so that "12 millions de visiteurs" and "12 million
/// visitors", "les techniciens" and "the technicians", "touristes" and "tourists" are one
/// count. A stem shorter than four letters is too common a prefix: the noun is kept whole.
/// A short stem keeps an agent ending, one spelling for both languages ("mineurs", "miners":
/// `miner`). The final "o" of a long English stem goes too, and the "e" of its plural
/// ("volcanoes", "volcans": `volcan`); a French "-ère" meets an English "-er" ("hélicoptères",
/// "helicopters": `helicopt`).
fn cognate_stem(noun: &str) -> String {
    const ENDINGS: &[&str] = &[
        "eurs", "eur", "ors", "or", "iens", "ien", "ians", "ian", "istes", "iste", "ists", "ist",
        "ers", "er", "eres", "ere",
    ];
    const AGENT: &[&str] = &["eurs", "eur", "ers", "er"];
    let singular = noun.trim_end_matches(['s', 'x']);
    for e in ENDINGS {
        if let Some(stem) = noun.strip_suffix(e) {
            let n = stem.chars().count();
            if n >= 4 {
                return stem.to_string();
            }
            if n >= 2 && AGENT.contains(e) {
                return format!("{stem}er");
            }
        }
    }
    // "Volcanoes", "heroes": the "e" of an English plural in "-oes".
    let stem = singular
        .strip_suffix("oe")
        .map_or(singular, |s| &singular[..s.len() + 1]);
    // "Volcano", "volcan": an English "o" that French drops, on a long stem.
    stem.strip_suffix('o')
        .filter(|s| s.chars().count() >= 5)
        .unwrap_or(stem)
        .to_string()
}

/// The country that a count's own clause names, when its sentence counts the same thing for
/// several countries, each named before its count: "China sent a team of 82 rescuers and
/// Russia flew in 120 rescue workers", "la Chine a envoyé 82 sauveteurs et la Russie 120
/// secouristes". The
/// two counts are two facts, not one fact given two values. A sentence with one count, or
/// counts not each after their own country, keys nothing.
fn rival_country(
    f: &Facts,
    ents: &[&crate::extract::EntityFact],
    sentence: Span,
    fig: Span,
) -> Option<&'static str> {
    let concepts = Concepts::get();
    let base = |n: &str| {
        concepts
            .counted(n)
            .map_or_else(|| cognate_stem(n), |c| c.name.to_string())
    };
    let mine = base(f.figures.iter().find(|x| x.span == fig)?.noun.as_deref()?);
    let same: Vec<Span> = crate::finding::starting_in(&f.figures, sentence, |x| x.span)
        .iter()
        .filter(|x| sentence.contains(x.span) && !x.ordinal)
        .filter(|x| x.noun.as_deref().is_some_and(|n| base(n) == mine))
        .map(|x| x.span)
        .collect();
    if same.len() < 2 {
        return None;
    }
    let g = Gazetteer::get();
    let mut from = sentence.start();
    let mut countries: Vec<&'static str> = Vec::new();
    for x in &same {
        let named = ents
            .iter()
            .filter(|e| e.span.start() >= from && e.span.end() <= x.start())
            .filter_map(|e| e.entry)
            .map(|id| g.entry(id))
            .rfind(|e| e.kind == EntryKind::Country)
            .and_then(|e| e.country.as_deref())?;
        if countries.contains(&named) {
            return None;
        }
        countries.push(named);
        from = x.end();
    }
    same.iter().position(|x| *x == fig).map(|i| countries[i])
}

/// The counted concept that only names membership of a group ("four crew members", "300
/// membres des forces de sécurité"): claims key its count by the group when the text names it.
const MEMBERS: &str = "members";

/// Bytes from a birthplace to the name of who was born there, when the name comes after it
/// ("Né à Paris en 1953, Michel Devoret").
const BORN_REACH: usize = 30;

/// Bytes from the noun of a lasting happening to a day it stands before with a place between
/// ("la cérémonie à Stockholm le 10 décembre").
const NOUN_REACH: usize = 32;

/// Most words between a reporting verb and the day of the statement ("said in a statement on
/// Sunday"); a day farther on is in the clause reported.
const STATEMENT_DAY_REACH: usize = 6;

/// Words of a relative clause that say the happening itself took place ("l'accident, qui
/// s'est produit dimanche", "the crash, which happened on Sunday"): its day is the
/// happening's.
const TOOK_PLACE: &[&str] = &[
    "produit",
    "survenu",
    "survenue",
    "lieu",
    "deroule",
    "deroulee",
    "intervenu",
    "intervenue",
    "happened",
    "occurred",
    "place",
    "struck",
    "frappe",
    "hit",
    "began",
    "started",
    "commence",
    "debute",
    "ouvert",
    "opened",
    "acheve",
    "ended",
    "ecrase",
    "crashed",
    "tue",
    "killed",
    // "Le conflit, qui a éclaté le 27 septembre", "the war, which broke out in February".
    "eclate",
    "erupted",
    "broke",
];

/// True for a day written right after a time converted to another clock ("23h10 heure
/// locale (5h10 à Paris vendredi)", "(2358 GMT Tuesday)"): the day on that clock, which the
/// conversion already states, not the happening's.
fn on_converted_clock(a: &Article, f: &Facts, day: Span) -> bool {
    f.times.iter().any(|t| {
        let end = t.clock.map_or(t.span.end(), |c| c.end().max(t.span.end()));
        t.named
            && t.zone != "local"
            && end <= day.start()
            && a.text[end..day.start()].trim().is_empty()
            && {
                let from = crate::text::floor_boundary(&a.text, t.span.start().saturating_sub(6));
                let before = a.text[from..t.span.start()].to_lowercase();
                before.contains('(') || before.contains("soit") || before.contains(" or ")
            }
    })
}

/// True when the folded text between a trigger and a day ends in a relative clause of its
/// own ("…, dont l'épave a été retrouvée", "…, which was found"), whose words do not say the
/// happening took place: the day is the clause's.
fn dates_another_clause(between: &str) -> bool {
    let Some(at) = [", dont ", ", whose ", ", which ", ", qui "]
        .iter()
        .filter_map(|m| between.rfind(m))
        .max()
    else {
        return false;
    };
    let clause = &between[at..];
    // The marker and at least a subject or a verb: ", qui lundi" is too short to tell.
    clause.split_whitespace().count() >= 4
        && !clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| TOOK_PLACE.contains(&w))
}

/// Bytes of the longest phrase of trigger `t` that stands at `p` in `folded`.
fn trigger_len(folded: &str, p: usize, t: &str) -> usize {
    let rest = folded.get(p..).unwrap_or("");
    Concepts::get()
        .trigger_words(t)
        .unwrap_or_default()
        .iter()
        .map(|w| w.trim_end_matches('*'))
        .filter(|w| rest.starts_with(w))
        .map(str::len)
        .max()
        .unwrap_or(0)
}

/// [`nearest_trigger`] among the triggers `keep` accepts (by position and name), with where
/// the trigger stands in `folded`.
fn nearest_trigger_at(
    folded: &str,
    at: usize,
    whole: bool,
    keep: impl Fn(usize, &str) -> bool,
) -> Option<(usize, &'static str)> {
    // "The October 26 vote", "the Friday election": a date between an article and its
    // trigger noun is that trigger's, however near another trigger stands.
    let attributive = |p: usize| {
        p > at
            && folded.get(..at).is_some_and(|b| b.ends_with("the "))
            && folded.get(at..p).is_some_and(|between| {
                !between.contains([',', ';', '(', '.']) && between.split_whitespace().count() <= 3
            })
    };
    let mut near: Vec<(usize, usize, &'static str)> = Concepts::triggers_of(folded)
        .iter()
        .map(|&(p, t)| {
            (
                if attributive(p) {
                    0
                } else if p < at {
                    // From the phrase's end: "opened an investigation on Sunday into the
                    // avalanche" dates the opening, whose last word stands right before the
                    // day, though the phrase starts further than the avalanche.
                    at - p - trigger_len(folded, p, t).min(at - p)
                } else {
                    p - at
                }
                    // "Se rendra samedi", "will visit on Wednesday": a verb of the lasting
                    // happening right before the day names that day, penalty or not; so
                    // does its noun a place away ("at a ceremony in Stockholm on 10
                    // December").
                    + usize::from(
                        WHOLE.contains(&t) != whole
                            && !(p < at
                                && (at - p <= ADJACENT || (WHOLE.contains(&t) && at - p <= NOUN_REACH))),
                    )
                        * OTHER_KIND_PENALTY,
                p,
                t,
            )
        })
        // "Au cours de l'entretien, il a noté que le traité, qui expire jeudi, ...": a
        // trigger a long clause away names another happening than the date's. Weighed
        // first, as it is cheap: the nearest trigger is the same among those in reach.
        .filter(|&(d, _, _)| d <= MAX_TRIGGER_DISTANCE)
        .collect();
    // Nearest first (a stable sort keeps text order among equals, as `min_by_key` would):
    // the tests below read the text around each trigger, so only the nearest that passes
    // them is tested, not every trigger in reach.
    near.sort_by_key(|&(d, _, _)| d);
    // "Pékin a réagi dimanche à la victoire de Lai à l'élection de samedi": a trigger whose
    // own phrase carries another day of the sentence is that day's, and so is every trigger
    // of its name (the victory is the election's).
    // Only for a day: a place or a figure the phrase's day stands beside is still its.
    let owned: Vec<&'static str> = if starts_a_day(folded, at) {
        Concepts::triggers_of(folded)
            .iter()
            .filter(|&&(p, _)| {
                phrase_day_cached(folded, p).is_some_and(|d| d.abs_diff(at) > ADJACENT)
            })
            .map(|&(_, t)| t)
            .collect()
    } else {
        Vec::new()
    };
    near.into_iter()
        // Going home names only what follows it closely ("returning to Paris on Wednesday"):
        // further on, or before it, the trip's other legs.
        .filter(|&(_, p, t)| {
            t != "return"
                || (p < at
                    && folded
                        .get(p..at)
                        .is_some_and(|b| b.split_whitespace().count() <= 5))
        })
        .filter(|&(_, p, t)| keep(p, t))
        // "Later on Tuesday, after the party signed a deal on Monday": a trigger past a
        // word of another time names another moment than the day before that word.
        // But "began on January 7, when two brothers shot dead 12 people": a "when" right
        // after the date, past its comma, tells what happened that day.
        .filter(|&(_, p, _)| {
            p <= at
                || !folded.get(at..p).is_some_and(|b| {
                    let words: Vec<&str> = b.split_whitespace().collect();
                    words.iter().enumerate().any(|(i, w)| {
                        OTHER_TIME.contains(w)
                            && !(matches!(*w, "when" | "lorsque" | "quand")
                                && (1..=3).contains(&i)
                                && words[i - 1].ends_with(','))
                    })
                })
        })
        .filter(|&(_, p, _)| !dated_apart(folded, p, at) && !in_closed_incise(folded, p, at))
        .filter(|&(_, _, t)| !owned.contains(&t))
        .find(|&(_, p, _)| !names_a_site(folded, p))
        .map(|(_, p, t)| match t {
            "call" => (p, "talks"),
            // "L'offensive avait été lancée le 27 novembre", "the offensive began on 27
            // November": the day is the offensive's, whichever verb starts it.
            "launch" => launched_happening(folded, p).unwrap_or((p, t)),
            t => (p, t),
        })
}

/// True when the trigger at `p` stands in a clause set off by commas that closes before `at`,
/// and what follows it opens on an auxiliary whose subject came before the clause: "Le
/// bilan, d'abord annoncé à 174 morts, a été révisé dimanche", "The toll, first put at 174
/// dead, was revised on Sunday". The day is the main verb's, not the aside's. A trigger
/// that is itself the subject ("le séisme, qui a fait 300 morts, a frappé vendredi") stands
/// before the aside and is kept.
fn in_closed_incise(folded: &str, p: usize, at: usize) -> bool {
    const AUXILIARY: &[&str] = &[
        "a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "sera", "seront", "has",
        "have", "had", "was", "were", "is", "are", "will",
    ];
    if p >= at || at > folded.len() {
        return false;
    }
    let bytes = folded.as_bytes();
    // A comma between digits is a decimal mark ("6,8"), not a clause's edge.
    let clause_comma = |i: usize| {
        bytes[i] == b','
            && !(i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
    };
    let Some(close) = (p..at).rev().find(|&i| clause_comma(i)) else {
        return false;
    };
    if (p..close).any(clause_comma) || !(0..p).any(clause_comma) {
        return false;
    }
    let Some(main) = folded.get(close + 1..at) else {
        return false;
    };
    let words: Vec<&str> = main.split_whitespace().collect();
    words.len() <= 5 && words.first().is_some_and(|w| AUXILIARY.contains(w))
}

/// Words of a reaction to a happening, folded: the day of the reaction is not the
/// happening's.
const REACTIONS: &[&str] = &[
    "accused",
    "blamed",
    "accuse",
    "criticised",
    "criticized",
    "denounced",
    "condemned",
    "welcomed",
    "hailed",
    "praised",
    "reacted",
    "denonce",
    "denoncent",
    "critique",
    "salue",
    "reagi",
    // Nouns of reaction: "faced criticism on Thursday over their response to the shooting".
    "criticism",
    "response",
    "reaction",
    "reactions",
    "handling",
    "reponse",
    "critiques",
    "condolences",
    "condoleances",
    "hommage",
    "tributes",
];

/// Words a trigger's own phrase holds at most before the day that closes it ("l'élection
/// présidentielle taïwanaise de samedi").
const PHRASE_DAY_WORDS: usize = 5;

/// True when a day is written at `at` of a folded sentence: a weekday, a month, or a number
/// and a month ("mercredi", "14 août", "August 14").
fn starts_a_day(folded: &str, at: usize) -> bool {
    let lex = crate::lexicon::Lexicons::get();
    // Offsets into a folded sentence are rough (an accent folds two bytes into one): from the
    // start of the word `at` falls in.
    let at = floor_boundary(folded, at.min(folded.len()));
    let at = folded[..at].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let mut words = folded
        .get(at..)
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    match words.next() {
        Some(w) if lex.is_calendar_word(w) => true,
        Some(w) if w.starts_with(|c: char| c.is_ascii_digit()) => {
            words.next().is_some_and(|m| lex.is_calendar_word(m))
        }
        _ => false,
    }
}

/// [`phrase_day`] of the trigger at `p`, read once per sentence for each of its triggers:
/// every date of a sentence asks it of every trigger near, many times over. A thread keeps
/// the last sentence's answers.
fn phrase_day_cached(folded: &str, p: usize) -> Option<usize> {
    type Last = (String, Vec<(usize, Option<usize>)>);
    thread_local! {
        static LAST: std::cell::RefCell<Last> = const {
            std::cell::RefCell::new((String::new(), Vec::new()))
        };
    }
    LAST.with(|last| {
        let Ok(mut last) = last.try_borrow_mut() else {
            return phrase_day(folded, p);
        };
        if last.0 != folded {
            let days = Concepts::triggers_of(folded)
                .iter()
                .map(|&(q, _)| (q, phrase_day(folded, q)))
                .collect();
            *last = (folded.to_string(), days);
        }
        match last.1.iter().find(|&&(q, _)| q == p) {
            Some(&(_, d)) => d,
            None => phrase_day(folded, p),
        }
    })
}

/// Where the day that closes the phrase of the trigger at `p` of a folded sentence stands
/// ("l'élection présidentielle de samedi", "the vote on Sunday", "le scrutin du 13 janvier"):
/// a weekday, or a month after a number, introduced by "de", "du", "of" or "on", with no
/// clause between.
fn phrase_day(folded: &str, p: usize) -> Option<usize> {
    let rest = folded.get(p..)?;
    let lex = crate::lexicon::Lexicons::get();
    let mut prev: [&str; 2] = ["", ""];
    for (i, (off, w)) in rest
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w))
        .enumerate()
    {
        if i > PHRASE_DAY_WORDS + 1 {
            return None;
        }
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let calendar = lex.is_calendar_word(bare);
        let weekday =
            calendar && (lex.fr.weekday(bare).is_some() || lex.en.weekday(bare).is_some());
        let month = calendar && !weekday && prev[1].starts_with(|c: char| c.is_ascii_digit());
        let opener = |x: &str| matches!(x, "de" | "du" | "of" | "on");
        if i > 0 && ((weekday && opener(prev[1])) || (month && opener(prev[0]))) {
            return Some(p + off);
        }
        if i > 0
            && (w.contains([',', ';', '(', '.', ':'])
                || matches!(
                    bare,
                    "et" | "and" | "mais" | "but" | "qui" | "who" | "which"
                ))
        {
            return None;
        }
        prev = [prev[1], bare];
    }
    None
}

/// True when the award named at `p` of a folded sentence is an epithet of the person named
/// right after it ("le prix Nobel de la paix Muhammad Yunus", "Nobel laureate Maria Ressa",
/// "Nobel Peace Prize winner Yunus"): who the person is, not a prize given. `text` is the
/// sentence as written, whose capitals tell a name; folding keeps its words.
pub(crate) fn names_an_epithet(text: &str, folded: &str, p: usize) -> bool {
    const AWARDS: &[&str] = &[
        "prix nobel",
        "nobel prize",
        "nobel peace prize",
        "nobel laureate",
        "laureat",
        "laureate",
    ];
    // Words that complete the epithet before the name: the prize's field, "winner".
    const FIELD: &[&str] = &[
        "de",
        "la",
        "d'",
        "du",
        "paix",
        "litterature",
        "chimie",
        "physique",
        "medecine",
        "d'economie",
        "economie",
        "peace",
        "prize",
        "literature",
        "chemistry",
        "physics",
        "medicine",
        "economics",
        "winner",
        "winning",
        "laureate",
        "laureat",
        "nobel",
        "prix",
    ];
    let Some(rest) = folded.get(p..) else {
        return false;
    };
    if !AWARDS.iter().any(|w| rest.starts_with(w)) {
        return false;
    }
    let index = folded[..p].split_whitespace().count();
    text.split_whitespace()
        .zip(folded.split_whitespace())
        .skip(index)
        .find(|(_, f)| !FIELD.contains(f) && !f.chars().all(|c| c.is_ascii_digit()))
        .is_some_and(|(w, _)| w.starts_with(|c: char| c.is_uppercase()))
}

/// Which round of an election a day at `at` of a folded sentence dates: the round named
/// nearest before it in the sentence ("le premier tour le 30 juin, le second le 7 juillet",
/// "first round on June 30, with a runoff on July 7"), else right after it ("le 7 juillet,
/// au second tour").
fn election_round(folded: &str, at: usize) -> Option<&'static str> {
    const ROUNDS: &[(&str, &str)] = &[
        (FIRST_ROUND[0], "first-round"),
        (FIRST_ROUND[1], "first-round"),
        (FIRST_ROUND[2], "first-round"),
        ("second tour", "second-round"),
        ("second round", "second-round"),
        ("second-round", "second-round"),
        ("runoff", "second-round"),
        ("run-off", "second-round"),
        // Elliptic, after the first round was named: "le second le 7 juillet".
        ("le second", "second-round"),
        ("the second", "second-round"),
    ];
    const AFTER_REACH: usize = 20;
    let mut before: Option<(usize, &str)> = None;
    let mut after: Option<(usize, &str)> = None;
    for &(w, r) in ROUNDS {
        for (p, _) in folded.match_indices(w) {
            if p < at && at - p <= PHASE_REACH {
                if before.is_none_or(|(q, _)| p > q) {
                    before = Some((p, r));
                }
            } else if p >= at && p - at <= AFTER_REACH && after.is_none_or(|(q, _)| p < q) {
                after = Some((p, r));
            }
        }
    }
    let (p, round) = before.or(after)?;
    // "Le second" is a round only beside a first round.
    let elliptic = folded[p..].starts_with("le second") || folded[p..].starts_with("the second");
    let first_named = FIRST_ROUND.iter().any(|w| folded.contains(w));
    (!elliptic || first_named).then_some(round)
}

/// Folded names of an election's first round.
const FIRST_ROUND: [&str; 3] = ["premier tour", "first round", "first-round"];

/// True when `rest`, a folded text, starts by naming an election's first round.
pub(crate) fn starts_first_round(rest: &str) -> bool {
    FIRST_ROUND.iter().any(|w| rest.starts_with(w))
}

/// The counted concept a percentage is a share of, read in the folded words right after it
/// ("des bâtiments", "of the buildings", "de leurs maisons").
fn share_of(after: &str) -> Option<&'static str> {
    Concepts::get().counted(share_word(after)?).map(|c| c.name)
}

/// The folded noun a percentage is a share of, right after it: "bâtiments" in "des
/// bâtiments", "buildings" in "of the buildings".
fn share_word(after: &str) -> Option<&str> {
    const OF: &[&str] = &["des", "de", "du", "of"];
    const DETERMINERS: &[&str] = &[
        "the", "its", "their", "all", "la", "le", "les", "l'", "ses", "leurs", "leur",
    ];
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_end_matches([',', '.', ';', ':', ')']));
    if !OF.contains(&words.next()?) {
        return None;
    }
    let mut w = words.next()?;
    if DETERMINERS.contains(&w) {
        w = words.next()?;
    }
    Some(w.strip_prefix("l'").unwrap_or(w)).filter(|w| !w.is_empty())
}

/// The happening a launch verb at `p` starts, when it is no rocket's: a trigger of another
/// kind a few words before the verb ("l'offensive éclair avait été lancée") or in its object
/// ("a lancé lundi une offensive"), nearest first; or the sentence's subject, however long
/// the apposition between ("L'offensive, menée par trois groupes rebelles, avait été lancée").
fn launched_happening(folded: &str, p: usize) -> Option<(usize, &'static str)> {
    const BEFORE_WORDS: usize = 4;
    let object_end = folded
        .get(p..)?
        .split_whitespace()
        .take(LAUNCH_OBJECT_REACH + 1)
        .last()
        .map(|w| w.as_ptr() as usize - folded.as_ptr() as usize + w.len())?;
    let verb = folded[p..].split_whitespace().next()?;
    if !LAUNCH_VERBS.contains(&verb) && !matches!(verb, "lancement" | "launch") {
        return None;
    }
    Concepts::get()
        .triggers(folded)
        .filter(|&(q, t)| t != "launch" && t != "call" && q != p)
        .filter(|&(q, _)| {
            if q < p {
                folded
                    .get(q..p)
                    .is_some_and(|b| b.split_whitespace().count() <= BEFORE_WORDS + 1)
                    || folded
                        .get(..q)
                        .is_some_and(|b| b.split_whitespace().count() <= 1)
            } else {
                q < object_end && launches_no_rocket(folded, p)
            }
        })
        .min_by_key(|&(q, _)| q.abs_diff(p))
}

/// True when the happening named at `at` in `folded` is a later one of its kind: another
/// ([`another_of_its_kind`]), a second or a third, a new one ("une nouvelle secousse", "a
/// new tremor"), within the three words before it.
fn later_of_its_kind(folded: &str, at: usize) -> bool {
    const LATER: &[&str] = &[
        "second",
        "seconde",
        "deuxieme",
        "third",
        "troisieme",
        "nouvelle",
        "new",
    ];
    another_of_its_kind(folded, at) || word_before(folded, at, 3, LATER)
}

/// True when a possessive stands right before the figure at `fig` ("son deuxième
/// marathon", "her third title"): a count of someone's own.
fn after_possessive(text: &str, fig: Span) -> bool {
    const POSSESSIVES: &[&str] = &["son", "sa", "leur", "his", "her", "their"];
    text[..fig.start()]
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| POSSESSIVES.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

/// True when one of `words` stands among the `n` words of folded text before `at`.
fn word_before(folded: &str, at: usize, n: usize, words: &[&str]) -> bool {
    let at = crate::text::floor_boundary(folded, at);
    folded[..at]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(n)
        .any(|w| words.contains(&w))
}

/// True when the happening named at `at` in `folded` is said to be another one of its kind
/// ("another day of protests", "une autre manifestation", "the next round of talks", "la
/// prochaine journée de mobilisation"): within the four words before it.
fn another_of_its_kind(folded: &str, at: usize) -> bool {
    // Not "nouveau": "le nouveau président succédera le 6 août" is the event's own day.
    const ANOTHER: &[&str] = &[
        "another",
        "next",
        "autre",
        "autres",
        "prochaine",
        "prochain",
        "prochaines",
        "prochains",
        "further",
    ];
    word_before(folded, at, 4, ANOTHER)
}

/// True when the happening named at `at` in `folded` is one more of its kind besides the
/// one already told ("Takaichi, who also met business leaders on Friday", "a aussi rencontré
/// des patrons vendredi", "a également visité"): "also" in the two words before it.
fn one_more_of_its_kind(folded: &str, at: usize) -> bool {
    word_before(folded, at, 2, &["also", "aussi", "egalement"])
}

/// Happenings that nobody schedules: a day still to come of one is a forecast of its next
/// moment, not the day it happened.
const UNFORESEEN: &[&str] = &[
    "disaster",
    "death",
    "attack",
    "explosion",
    "accident",
    "ouster",
    "theft",
    "outage",
];

/// Happenings with one actor, whose subject is worth a claim: two reports that disagree on
/// who died or who arrived disagree on the story. Calls, meetings and talks have two sides,
/// and either may be the subject ("Xi s'est entretenu avec Poutine", "Poutine s'est
/// entretenu avec Xi"): they are not here.
const ONE_ACTOR: &[&str] = &[
    "death",
    "arrive",
    "depart",
    "visit",
    "resign",
    "arrest",
    "election",
    "inauguration",
    "funeral",
];

/// Words that may stand between a subject and its verb ("Xi Jinping est arrivé", "who has
/// died", "qui s'est rendu").
const AUXILIARIES: &[&str] = &[
    "est", "a", "s'est", "se", "qui", "has", "have", "had", "was", "is", "who", "will", "va",
    "doit", "s",
];

/// The one-actor happening (see [`ONE_ACTOR`]) a person mention is the actor of, within its
/// sentence: a trigger right after it, past auxiliaries only ("le pape François est
/// décédé"), or right before it through "de"/"of" ("la mort du pape François", "the death
/// of Pope Francis").
fn agent_of(a: &Article, sentence: Span, person: Span) -> Option<&'static str> {
    let c = Concepts::get();
    let text = &a.text;
    let subject_from = |from: usize| {
        let end = floor_boundary(text, (from + 48).min(sentence.end()));
        let raw = &text[from.min(end)..end];
        let after = fold(raw);
        let found = c.triggers(&after).next();
        found
            .filter(|&(p, t)| {
                // Auxiliaries as written: "à se rendre" is no "a" (has).
                let gap = raw
                    .char_indices()
                    .nth(after[..p].chars().count())
                    .map_or(raw, |(i, _)| &raw[..i]);
                ONE_ACTOR.contains(&t)
                    && gap
                        .split(|ch: char| ch.is_whitespace() || ch == ',')
                        .filter(|w| !w.is_empty())
                        .all(|w| {
                            AUXILIARIES.contains(&w.to_lowercase().trim_end_matches(['\'', '’']))
                        })
            })
            .map(|(_, t)| t)
    };
    if let Some(subject) = subject_from(person.end()) {
        return Some(subject);
    }
    // "Pope Francis, who led the Church for 12 years, died on Monday": past an apposition
    // between commas, the verb is still the person's.
    let rest = &text[person.end()..sentence.end().max(person.end())];
    if let Some(close) = rest
        .strip_prefix(',')
        .and_then(|r| r[..floor_boundary(r, r.len().min(APPOSITION_REACH))].find(','))
    {
        if let Some(subject) = subject_from(person.end() + 1 + close + 1) {
            return Some(subject);
        }
    }
    let start = floor_boundary(
        text,
        person.start().saturating_sub(40).max(sentence.start()),
    );
    let before = fold(&text[start..person.start()]);
    let mut head = before.trim_end();
    // Titles written before the name and outside its span: "la mort du pape François".
    while let Some((rest, last)) = head.rsplit_once(' ') {
        if crate::extract::entities::is_title(last) || last == "the" {
            head = rest.trim_end();
        } else {
            break;
        }
    }
    let head = ["de", "du", "of", "d'", "d’"]
        .iter()
        .find_map(|p| {
            head.strip_suffix(p)
                .filter(|h| p.ends_with(['\'', '’']) || h.ends_with(' '))
        })?
        .trim_end();
    // The trigger ends the head: at most its own words follow it ("visite d'État").
    c.triggers(head)
        .filter(|&(p, t)| ONE_ACTOR.contains(&t) && head[p..].split_whitespace().count() <= 3)
        .last()
        .map(|(_, t)| t)
}

/// The key suffix of a count of a later happening of the event's kind ("a second wave").
const LATER: &str = "/later";

/// True when the figure at `fig` is a bound of a range: "from three to 15 years", "de trois
/// à quinze ans", "between 3 and 15".
fn bounds_a_range(a: &Article, fig: Span) -> bool {
    let number = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || crate::extract::figures::is_number_word(&fold(w))
    };
    let before: Vec<&str> = a.text[..fig.start()]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let after: Vec<&str> = a.text[fig.end()..].split_whitespace().take(2).collect();
    let joins = |w: &str| matches!(fold(w).as_str(), "to" | "a" | "and" | "et");
    (before.len() == 2 && joins(before[0]) && number(before[1]))
        || (after.len() == 2 && joins(after[0]) && number(after[1]))
}

/// Days before the publication date past which a full date written in a report joins its
/// event's set of dates (see [`Aspect::Dated`]): past the few days a report's own happenings
/// span ("le 21 octobre" in a report of the 27th is a step the reports recall).
const BACKGROUND_DAYS: i64 = 3;

/// Nouns of vehicles, folded, and the vehicle each names: the counts of a collision are each
/// vehicle's. Not the words of other senses ("car", "train").
const VEHICLES: &[(&str, &str)] = &[
    ("avion", "plane"),
    ("avions", "plane"),
    ("plane", "plane"),
    ("jet", "plane"),
    ("airliner", "plane"),
    ("helicoptere", "helicopter"),
    ("helicopter", "helicopter"),
    ("navire", "ship"),
    ("bateau", "ship"),
    ("ship", "ship"),
    ("ferry", "ship"),
    ("camion", "truck"),
    ("truck", "truck"),
    ("autocar", "bus"),
    ("bus", "bus"),
    ("voiture", "car"),
];

/// The vehicle the first vehicle noun of `text` names.
fn vehicle_in(text: &str) -> Option<&'static str> {
    // Read once over a whole article when it names no vehicle: one buffer for every word's
    // fold, and no fold of a word longer than any vehicle's name ("hélicoptère").
    // An ASCII word is compared as it is, case aside: most words are, and need no fold.
    let mut folded = String::new();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| (3..=14).contains(&w.len()))
        .find_map(|w| {
            if w.is_ascii() {
                return VEHICLES
                    .iter()
                    .find(|(n, _)| n.len() == w.len() && n.eq_ignore_ascii_case(w))
                    .map(|&(_, v)| v);
            }
            folded.clear();
            crate::text::fold_into(w, &mut folded);
            VEHICLES.iter().find(|(n, _)| *n == folded).map(|&(_, v)| v)
        })
}

/// Bytes of the folded sentence after a count of people within which a verb of protest
/// ("ont défilé", "marched") makes them protesters.
const MARCH_REACH: usize = 48;

/// Makers of aircraft, folded: "the 28-year-old Boeing" is a plane's age.
const AIRCRAFT_MAKERS: &[&str] = &[
    "boeing",
    "airbus",
    "embraer",
    "bombardier",
    "cessna",
    "antonov",
    "tupolev",
    "ilyushin",
    "sukhoi",
    "atr",
];

/// People a report of a vehicle names beside it, folded: "le pilote de l'avion, âgé de 45
/// ans" gives the pilot's age, not the plane's.
const CREW_NOUNS: &[&str] = &[
    "pilote",
    "pilot",
    "copilote",
    "copilot",
    "captain",
    "capitaine",
    "commandant",
    "conducteur",
    "conductrice",
    "chauffeur",
    "driver",
    "passager",
    "passagere",
    "passenger",
    "mecanicien",
    "mechanic",
    "owner",
    "proprietaire",
];

/// The vehicle whose age a figure gives: "l'avion était âgé de 28 ans", "the aircraft was 28
/// years old", "the 28-year-old Boeing 757", "un navire vieux de 40 ans". The age of the
/// vehicle of an accident is a fact its reports share in either language, and no one's age.
fn vehicle_age(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    let written = a.slice(fig);
    let compound = written.ends_with("-year-old") || written.ends_with("-years-old");
    let after = cues::after_to(a, sentence.end(), fig.end(), 40);
    // Cheap first: most figures are no age.
    if !compound {
        let mut words = after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let years = match words.next() {
            Some("ans") => true,
            Some("years" | "year") => words.next() == Some("old"),
            _ => false,
        };
        if !years {
            return None;
        }
    }
    let vehicle_of = |words: &[String]| -> Option<&'static str> {
        words.iter().find_map(|w| {
            if AIRCRAFT_MAKERS.contains(&w.as_str())
                || matches!(w.as_str(), "aircraft" | "appareil" | "freighter")
            {
                Some("plane")
            } else {
                VEHICLES.iter().find(|(n, _)| n == w).map(|&(_, v)| v)
            }
        })
    };
    let fold_words = |t: &str, n: usize, from_end: bool| -> Vec<String> {
        let words = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold);
        if from_end {
            let mut v: Vec<String> = words.collect();
            v.drain(..v.len().saturating_sub(n));
            v
        } else {
            words.take(n).collect()
        }
    };
    let near = if compound {
        // "The 28-year-old Boeing 757", "a 40-year-old ferry": the noun after it.
        fold_words(after, 3, false)
    } else {
        // "Selon DHL, l'avion était âgé de 28 ans": the words of the sentence before it.
        let before = &a.text[floor_boundary(
            &a.text,
            fig.start().saturating_sub(64).max(sentence.start()),
        )..fig.start()];
        fold_words(before.rsplit([';', ':']).next().unwrap_or(""), 8, true)
    };
    // "Le pilote de l'avion était âgé de 45 ans": a person of the vehicle is whose age it is.
    if near.iter().any(|w| CREW_NOUNS.contains(&w.as_str())) {
        return None;
    }
    vehicle_of(&near)
}

/// The clause of `sentence` around `fig`: from the last ";", "," or "." before it to the
/// next one after it.
fn clause_around(text: &str, sentence: Span, fig: Span) -> &str {
    let before = &text[sentence.start()..fig.start().max(sentence.start())];
    let from = before
        .rfind([';', ','])
        .map_or(sentence.start(), |i| sentence.start() + i + 1);
    let after = &text[fig.end().min(sentence.end())..sentence.end()];
    let to = after
        .find([';', ',', '.'])
        .map_or(sentence.end(), |i| fig.end() + i);
    &text[from..to.max(from)]
}

/// Suffix of the key of a count of the rest of a group ("the 50 other defendants").
const OTHERS: &str = "/others";

/// Bytes an apposition after a name may run before the verb it holds off ("Pope Francis,
/// who led the Roman Catholic Church for 12 years, died").
const APPOSITION_REACH: usize = 120;

/// A time of day found in a sentence.
#[derive(Debug, Clone)]
pub struct TimeOfDay {
    /// Minutes since midnight.
    pub minutes: u16,
    /// Where it is written.
    pub span: Span,
    /// Its time zone: `local`, `utc`, or a folded place name ("paris").
    pub zone: String,
    /// True when the text names the zone ("heure locale", "GMT", "à Paris"); false when
    /// `local` is only the default (news give local times).
    pub named: bool,
    /// True when the zone is a place named with "à"/"in" ("7h20 à Paris"): that may be the
    /// time somewhere else, or just where the event took place.
    pub at: bool,
    /// Where the text names the clock, when it names a place or an abbreviation ("Paris" in
    /// "22 h 57 à Paris", "EDT").
    pub clock: Option<Span>,
}

/// `after` past a French part of the day that follows a time ("du matin", "du soir"), and
/// whether that part is the afternoon or the evening.
fn part_of_day(after: &str) -> (&str, bool) {
    const PARTS: &[(&str, bool)] = &[
        (" du matin", false),
        (" de la nuit", false),
        (" du soir", true),
        (" de l'après-midi", true),
        (" de l’après-midi", true),
    ];
    PARTS
        .iter()
        .find_map(|&(p, pm)| after.strip_prefix(p).map(|rest| (rest, pm)))
        .unwrap_or((after, false))
}

/// True when `before` ends on a bound ("en moins de", "in under", "more than"): the time after
/// it is a length ("en moins de 2 h 10"), since no clock reads "less than" an hour.
fn after_bound(before: &str) -> bool {
    const BOUNDS: &[&str] = &[
        "moins de",
        "plus de",
        "under",
        "less than",
        "more than",
        "sous les",
        "below",
    ];
    let b = before.trim_end().to_lowercase();
    BOUNDS.iter().any(|w| {
        b.strip_suffix(w)
            .is_some_and(|r| r.is_empty() || r.ends_with(|c: char| !c.is_alphanumeric()))
    })
}

/// Times of day in a sentence ("7h35", "23 h 11", "14:20", "7:35 a.m.", "1120 GMT"), with the
/// time zone named right after them: `local` ("heure locale", "local time", or none named),
/// `utc` (GMT, UTC), or a place ("heure de Paris", "Moscow time", "7h20 à Paris"), a weekday
/// perhaps between ("1 h 30 mercredi, heure de Paris"). Video
/// timestamps ("00:26Monde") are not times: a time must end on a word boundary.
pub fn times_of_day(text: &str, offset: usize) -> Vec<TimeOfDay> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:^|[^\d:,.])(?P<t>(?P<h1>[01]?\d|2[0-3])\s?(?:h|:)\s?(?P<m1>[0-5]\d)(?:\s?(?P<ap1>[ap])\.?m\.?)?|(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)(?:\s?(?:GMT|UTC))|(?P<h3>1[0-2]|0?\d)\.(?P<m3>[0-5]\d)\s?(?P<ap3>[ap])\.?m\.?|(?P<h4>1[0-2]|0?\d)\s?(?P<ap4>[ap])\.?m\.?|(?:à|vers|dès|après|avant|soit)\s(?P<h5>[01]?\d|2[0-3])\s?(?:heures?|h(?:\s?(?P<m5>[0-5]\d))?)|\((?P<h6>[01]?\d|2[0-3])\s?heures?)(?:$|[^\p{L}\d])",
        )
        .expect("time-of-day pattern compiles")
    });
    let zone_re = {
        static Z: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        Z.get_or_init(|| {
            regex::Regex::new(
                r"^\W{0,3}(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W{1,3})?(?:((?i:heure locale|local time))|((?i:gmt|utc|temps universel))|(?i:heure) (?:de )?([\p{L}-]+)|(?:à|in) ([\p{Lu}][\p{L}-]+)|([\p{Lu}][\p{L}-]+) time|([ECMP][DS]?T|CES?T|BST|MSK|JST|HKT)\b|(?i:en (?:france )?(m[ée]tropole|m[ée]tropolitaine)))",
            )
            .expect("time-zone pattern compiles")
        })
    };
    let mut out = Vec::new();
    for c in re.captures_iter(text) {
        // "14h20", "2:20 p.m.", the wire's "1120 GMT", the British "12.33pm", "7am", and
        // the French "à 7 heures", "peu après 9 heures" ("après 9 heures de route" is a
        // length: see below).
        let gmt = c.name("h2").is_some();
        let Some(h) = ["h1", "h2", "h3", "h4", "h5", "h6"]
            .iter()
            .find_map(|g| c.name(g))
        else {
            continue;
        };
        let m = ["m1", "m2", "m3", "m5"].iter().find_map(|g| c.name(g));
        let ap = ["ap1", "ap3", "ap4"].iter().find_map(|g| c.name(g));
        let mut hour: u16 = h.as_str().parse().unwrap_or(0);
        let minute: u16 = m.map_or(0, |m| m.as_str().parse().unwrap_or(0));
        match ap.map(|x| x.as_str().to_ascii_lowercase()) {
            Some(p) if p == "p" && hour < 12 => hour += 12,
            Some(p) if p == "a" && hour == 12 => hour = 0,
            _ => {}
        }
        // The whole "p.m.", not only its letter.
        let end = ap.map_or(c.name("t").map_or(h.end(), |t| t.end()), |x| {
            let rest = &text[x.end()..];
            let suffix = rest.len() - rest.trim_start_matches(['.', 'm', 'M']).len();
            x.end() + suffix.min(3)
        });
        let after = &text[end..];
        // "2 h 11 min 53 s" and "2:11:53" are durations (a race time), not clocks; "à 7
        // heures de route" is a distance.
        if ap.is_none()
            && !gmt
            && (is_duration_tail(after)
                || after_bound(&text[..h.start()])
                || elapsed(&text[..h.start()], after)
                || (c.name("h1").is_some()
                    && m.is_some_and(|m| text[h.end()..m.start()].contains(':'))
                    && crate::extract::figures::is_margin(&text[..h.start()], after)))
        {
            continue;
        }
        if (c.name("h5").is_some() || c.name("h6").is_some()) && {
            let w = after.trim_start();
            let of_the_day = part_of_day(after).0.len() < after.len();
            !of_the_day
                && ["de ", "du ", "des ", "d'", "d’"]
                    .iter()
                    .any(|p| w.starts_with(p))
        } {
            continue;
        }
        // "1 h 30 du matin, heure locale", "9 h du soir": the part of the day, then the zone.
        let (after, evening) = part_of_day(after);
        if evening && hour < 12 && ap.is_none() {
            hour += 12;
        }
        // Where the zone's words start: past the part of the day, if any.
        let after_start = text.len() - after.len();
        let cut = floor_boundary(after, 40);
        let mut clock = None;
        let (zone, named, at) = if gmt {
            ("utc".to_string(), true, false)
        } else {
            zone_re.captures(&after[..cut]).map_or_else(
                || ("local".to_string(), false, false),
                |z| {
                    if z.get(1).is_some() {
                        ("local".to_string(), true, false)
                    } else if z.get(2).is_some() {
                        ("utc".to_string(), true, false)
                    } else if let Some(m) = z.get(7) {
                        // "soit 21 h en métropole": mainland France, on Paris's clock.
                        clock = Some(Span::new(
                            offset + after_start + m.start(),
                            offset + after_start + m.end(),
                        ));
                        ("paris".to_string(), true, true)
                    } else {
                        let place = z.get(3).or(z.get(4)).or(z.get(5)).or(z.get(6));
                        clock = place.map(|p| {
                            Span::new(
                                offset + after_start + p.start(),
                                offset + after_start + p.end(),
                            )
                        });
                        let at = z.get(4).is_some();
                        (fold(place.map_or("", |x| x.as_str())), true, at)
                    }
                },
            )
        };
        // "(21 heures à Paris)" is a conversion; "(21 heures)" alone may be a length.
        if c.name("h6").is_some() && !named {
            continue;
        }
        // "13 h 38 heure locale (10 h 08 à Paris)", "soit 7h20 à Paris": right after another
        // time, a place names the clock it is converted to, not where it happened.
        // So does a bracket right after "heure locale", when the local time is written in
        // a way no time is read from ("vers 19 heures, heure locale (15 h 30 à Paris)").
        let bracketed = {
            let before = text[..h.start()].trim_end();
            let from = floor_boundary(before, before.len().saturating_sub(30));
            before.ends_with('(') && {
                let b = before[from..].to_lowercase();
                b.contains("heure locale") || b.contains("local time")
            }
        };
        let converted = at
            && (bracketed
                || out.last().is_some_and(|p: &TimeOfDay| {
                    let between = text.get(p.span.end() - offset..h.start()).unwrap_or("");
                    between.len() <= 40
                        && (between.contains('(')
                            || between.contains("soit")
                            || between.contains(" or "))
                }));
        out.push(TimeOfDay {
            minutes: hour * 60 + minute,
            span: Span::new(offset + h.start(), offset + end),
            zone,
            named,
            at: at && !converted,
            clock,
        });
    }
    out
}

/// True when what follows an "H h MM" or "H:MM" continues a duration: minutes ("min", "mn")
/// or seconds (":53").
fn is_duration_tail(after: &str) -> bool {
    let t = after.trim_start();
    let b = after.as_bytes();
    (b.first() == Some(&b':') && b.get(1).is_some_and(u8::is_ascii_digit))
        // "2h03'41", "2h16’05''": the seconds of a race time.
        || after
            .strip_prefix(['\'', '’'])
            .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        || ["min", "mn"].iter().any(|u| {
            t.strip_prefix(u)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphabetic()) || r.starts_with('s'))
        })
}

/// True when a time stands for a length counted from something ("environ 1 h 45 après le
/// début de sa descente", "1:45 into the dive", "2 h 30 plus tard"): a word of elapsed time
/// follows it and no clock word ("à", "at", "vers") stands before it.
fn elapsed(before: &str, after: &str) -> bool {
    let t = after.trim_start().to_lowercase();
    let counted = ["après", "apres", "plus tard", "later", "into", "after"]
        .iter()
        .any(|w| {
            t.strip_prefix(w)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        });
    let b = before.trim_end().to_lowercase();
    let clock_word = b
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| {
            matches!(
                w,
                "à" | "a" | "at" | "vers" | "dès" | "around" | "by" | "until" | "jusqu"
            )
        });
    counted && !clock_word
}

/// The gazetteer city a name opens, and where the city's name ends: "Paris" in "Paris
/// Saint-Germain".
fn city_opening(name: &str) -> Option<(u32, usize)> {
    let g = Gazetteer::get();
    // Most names open with no city: a cheap look at the first word first.
    let first = name.split(' ').next()?;
    if first.len() == name.len() {
        return None;
    }
    g.find(name)
        .into_iter()
        .find(|&(s, e, id)| {
            s == 0
                && name[e..].starts_with(' ')
                && matches!(g.entry(id).kind, EntryKind::City | EntryKind::Capital)
        })
        .map(|(_, e, id)| (id, e))
}

/// Bytes after a unit-only figure within which the entity it is about must start.
const ANCHOR_REACH: u32 = 40;

/// The canonical name of the first entity starting shortly after `fig`.
fn anchor_after<'a>(
    a: &Article,
    ents: &[&'a crate::extract::EntityFact],
    fig: Span,
) -> Option<&'a str> {
    ents.iter()
        .find(|e| e.span.start >= fig.end && e.span.start <= fig.end + ANCHOR_REACH)
        // "(295 km/h), the US National Hurricane Center said": past a comma or a bracket,
        // the name is no longer what the measure is about.
        .filter(|e| !a.text[fig.end()..e.span.start()].contains([',', ')', ';', '(']))
        // "$50 billion loan backed by frozen Russian assets": a noun between says what the
        // sum is, and the name is only part of its description. Function words and
        // directions ("à 320 km au sud de Rabat") leave the name as what is measured.
        .filter(|e| {
            const DIRECTIONS: &[&str] = &[
                "nord",
                "sud",
                "est",
                "ouest",
                "north",
                "south",
                "east",
                "west",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
                "nord-est",
                "nord-ouest",
                "sud-est",
                "sud-ouest",
                "large",
                "off",
                "away",
                "from",
                // Where a reading was taken: "226 km/h recorded at Pamandzi", "relevés à".
                "recorded",
                "measured",
                "registered",
                "enregistre",
                "enregistree",
                "enregistres",
                "enregistrees",
                "mesure",
                "mesuree",
                "mesures",
                "mesurees",
                "releve",
                "relevee",
                "releves",
                "relevees",
            ];
            a.text[fig.end()..e.span.start()]
                .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
                .filter(|w| !w.is_empty())
                .map(fold)
                .all(|w| {
                    crate::extract::stopwords().contains(&w)
                        || DIRECTIONS.contains(&w.as_str())
                        || w.ends_with('\'')
                })
        })
        .map(|e| &*e.name)
}

/// Determiners that make a small number a reference back ("les deux pays", "the two
/// leaders", "both"), not a count; unless death is next to it ("the 10 people killed",
/// "tuant les dix personnes à bord").
const DEFINITE: &[&str] = &[
    "les", "des", "ces", "leurs", "nos", "the", "these", "those", "their", "our", "both",
];

fn anaphoric(a: &Article, sentence: Span, fig: &crate::extract::FigureFact) -> bool {
    if fig.value > 10.0 || fig.ordinal {
        return false;
    }
    let toks = a.seg.tokens_in(sentence);
    let i = toks.partition_point(|t| t.span.end <= fig.span.start);
    i > 0
        && DEFINITE.contains(&fold(a.slice(toks[i - 1].span)).as_str())
        && !cues::dead_right_after(a, sentence, fig.span)
        && !(i > 1 && cues::is_death_verb(&fold(a.slice(toks[i - 2].span))))
}

/// The country of a nationality named in the clause after a figure, within a few words:
/// "169 of the passengers were Indian nationals".
fn demonym_after(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    let toks = a.seg.tokens_in(sentence);
    let first = toks.partition_point(|t| t.span.start < fig.end);
    toks[first..]
        .iter()
        .take(8)
        .take_while(|t| t.kind != TokKind::Punct && t.kind != TokKind::Number)
        .find_map(|t| crate::extract::demonyms::country_of(a.slice(t.span)))
}

/// The country of what a count counts, named by a nationality word in its noun phrase:
/// before the noun in English ("1,500 French troops", "200 Israeli fighter jets", "1,100 US
/// troops"), after it in French ("1 500 soldats français", "200 avions de chasse
/// israéliens"), or after a copula ("53 were British", "169 passagers étaient indiens"). The
/// flag is true for a copula: the count is of a country's nationals, whatever the noun.
fn nationality_of_count(
    a: &Article,
    sentence: Span,
    fig: Span,
    noun: Option<&str>,
) -> Option<(&'static str, bool)> {
    const COPULAS: &[&str] = &["were", "was", "are", "etaient", "etait", "sont"];
    let toks = a.seg.tokens_in(sentence);
    let first = toks.partition_point(|t| t.span.start < fig.end);
    let words: Vec<&crate::text::Token> = toks[first..]
        .iter()
        .take(6)
        .take_while(|t| t.kind == TokKind::Word)
        .collect();
    let country = |t: &crate::text::Token| {
        let w = a.slice(t.span);
        crate::extract::demonyms::country_of(w)
            .or_else(|| crate::extract::demonyms::country_of_abbreviation(w))
    };
    // "42 were citizens of Azerbaijan", "six were from Kazakhstan": a country's name.
    let country_named = |i: usize| {
        let g = Gazetteer::get();
        let word = |j: usize| words.get(j).map(|t| fold(a.slice(t.span)));
        let at = match word(i).as_deref() {
            Some("from") => i + 1,
            Some("citizens" | "nationals" | "ressortissants" | "citoyens") => {
                match word(i + 1).as_deref() {
                    Some("of" | "de" | "du" | "des") => i + 2,
                    _ => return None,
                }
            }
            _ => return None,
        };
        let id = g.lookup_folded(&word(at)?)?;
        let e = g.entry(id);
        (e.kind == EntryKind::Country)
            .then_some(e.country.as_deref())
            .flatten()
    };
    let copula_then = |i: usize| {
        words
            .get(i)
            .filter(|t| COPULAS.contains(&fold(a.slice(t.span)).as_str()))
            .and_then(|_| {
                words
                    .get(i + 1)
                    .and_then(|t| country(t))
                    .or_else(|| country_named(i + 1))
            })
            .map(|c| (c, true))
    };
    // The count right before a copula is the subject, whatever noun the figure took past
    // it ("42 étaient azerbaïdjanaises", "42 were citizens of Azerbaijan").
    let subject = copula_then(0);
    let Some(noun) = noun.filter(|_| subject.is_none()) else {
        return subject;
    };
    let head = noun.split(' ').next_back().unwrap_or(noun);
    let at = words
        .iter()
        .take(4)
        .position(|t| fold(a.slice(t.span)) == head)?;
    if let Some(c) = words[..at].iter().find_map(|t| country(t)) {
        return Some((c, false));
    }
    let after = |i: usize| {
        words
            .get(at + i)
            .and_then(|t| country(t))
            .map(|c| (c, false))
    };
    let joined = words
        .get(at + 1)
        .is_some_and(|t| matches!(fold(a.slice(t.span)).as_str(), "de" | "d"));
    copula_then(at + 1)
        .or_else(|| after(1))
        .or_else(|| joined.then(|| after(3)).flatten())
}

/// For a count whose noun is a nationality joined to a second count ("1,500 French and 1,100
/// US troops", "3 Français et 2 Belges"), the concept the second count's noun names, when
/// the lexicon counts it.
fn elided_noun(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    let toks = a.seg.tokens_in(sentence);
    let first = toks.partition_point(|t| t.span.start < fig.end);
    let rest = &toks[first..];
    let is = |i: usize, w: &[&str]| {
        rest.get(i)
            .is_some_and(|t| w.contains(&fold(a.slice(t.span)).as_str()))
    };
    if !is(1, &["and", "et"]) || rest.get(2).is_none_or(|t| t.kind != TokKind::Number) {
        return None;
    }
    rest[3..]
        .iter()
        .take(2)
        .take_while(|t| t.kind == TokKind::Word)
        .find_map(|t| {
            Concepts::get()
                .counted(&fold(a.slice(t.span)))
                .map(|c| c.name)
        })
}

/// The unit of time a generic noun names, in either language ("jours" and "days": `day`).
fn time_unit(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "seconde" | "secondes" | "second" | "seconds" => "second",
        "minute" | "minutes" => "minute",
        "heure" | "heures" | "hour" | "hours" => "hour",
        "jour" | "jours" | "day" | "days" => "day",
        "semaine" | "semaines" | "week" | "weeks" => "week",
        "mois" | "month" | "months" => "month",
        "trimestre" | "trimestres" | "quarter" | "quarters" => "quarter",
        "semestre" | "semestres" => "half",
        "an" | "ans" | "annee" | "annees" | "year" | "years" => "year",
        "fois" | "time" | "times" => "time",
        _ => return None,
    })
}

/// True for a name right after a definite article: "l'Etat", "le Kremlin", "the Pentagon"
/// are institutions, not people.
fn after_article(a: &Article, name: Span) -> bool {
    let b = fold(cues::before(a, name.start(), 5));
    let b = b.trim_end();
    b.ends_with("l'") || b.ends_with("l’") || [" le", " la", " the"].iter().any(|d| b.ends_with(d))
}

/// The last word before `at` and the one before it, apostrophes splitting words ("l'"), within
/// the sentence: a name that opens the lede is not after the headline's last words ("…
/// arrêtée par la police" then "Mahsa Amini, …").
fn two_words_before(a: &Article, at: usize) -> Option<(&str, &str)> {
    let before = cues::before(a, at, 40);
    let before = &before[before
        .rfind(['\n', '.', '!', '?', ':', ';'])
        .map_or(0, |i| i + 1)..];
    let mut words = before
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .rev();
    Some((words.next()?, words.next()?))
}

/// True for a name right after an article and a common noun ("sur la place Saint-Pierre",
/// "à l'hôpital Gemelli"): a place or a thing that bears the name, no one's.
fn after_common_noun(a: &Article, name: Span) -> bool {
    let Some((noun, article)) = two_words_before(a, name.start()) else {
        return false;
    };
    let article = article.to_lowercase();
    noun.chars().all(char::is_lowercase)
        && !crate::extract::entities::is_title(&fold(noun))
        && match a.lang {
            Lang::Fr => matches!(
                article.as_str(),
                "le" | "la" | "les" | "l" | "du" | "des" | "au" | "aux"
            ),
            _ => article == "the",
        }
}

/// True when an English name qualifies the noun of a person right after it ("the 39th US
/// president and Nobel Peace laureate", "a Red Cross official"): the person is the noun's,
/// not the name's.
fn qualifies_a_person_noun(a: &Article, name: Span) -> bool {
    if a.lang != Lang::En {
        return false;
    }
    let next = a.text[name.end()..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    next.chars().next().is_some_and(char::is_lowercase)
        && (crate::extract::entities::is_title(next)
            || matches!(
                next,
                "laureate"
                    | "laureates"
                    | "winner"
                    | "winners"
                    | "champion"
                    | "chief"
                    | "boss"
                    | "official"
                    | "officials"
                    | "executive"
                    | "star"
                    | "coach"
                    | "player"
                    | "spokesperson"
            ))
}

/// True when a name completes a common noun ("le chef de gare de Larissa", "the widow of
/// John Smith"): the age that follows is the noun's, not the name's.
fn complements_a_noun(a: &Article, name: Span) -> bool {
    let Some((link, noun)) = two_words_before(a, name.start()) else {
        return false;
    };
    // "Dauphine d'Andrés Manuel López Obrador, cette scientifique…": the noun may open the
    // sentence, in capitals.
    let opens_clause = || {
        let before = cues::before(a, name.start(), 40);
        let clause = &before[before
            .rfind(['\n', '.', '!', '?', ':', ';'])
            .map_or(0, |i| i + 1)..];
        clause
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .count()
            == 2
    };
    // "Le record de Laurent Fabius, nommé à 37 ans": a thing or a happening of the person's,
    // whose age stays theirs.
    const OWNED: &[&str] = &[
        "record",
        "records",
        "gouvernement",
        "government",
        "mandat",
        "mandate",
        "victoire",
        "victory",
        "defaite",
        "defeat",
        "parti",
        "party",
        "camp",
        "equipe",
        "team",
        "administration",
        "cabinet",
        "bilan",
        "heritage",
        "legacy",
        "regne",
        "reign",
        "presidence",
        "presidency",
        "mort",
        "death",
        "deces",
        "election",
        "nomination",
        "appointment",
        "depart",
        "departure",
        "demission",
        "resignation",
        "retour",
        "return",
        "proces",
        "trial",
        "discours",
        "speech",
        "visite",
        "visit",
    ];
    matches!(link, "de" | "d" | "du" | "of")
        && noun.chars().count() > 2
        && !OWNED.contains(&fold(noun).as_str())
        && (noun.chars().all(char::is_lowercase)
            || (noun.starts_with(char::is_uppercase)
                && noun.chars().skip(1).all(char::is_lowercase)
                && opens_clause()))
}

/// The word of a full name that keys the person ("Nicolas Sarkozy": "Sarkozy"), the same in
/// every report however each writes the name: the word the article also writes alone ("M.
/// Lee" beside "Lee Jae-myung"), the last one first; else, for a name whose last word is a
/// hyphenated given name ("Lee Jae-myung", "Kim Moon-soo"), the family name that opens it;
/// else the last word.
fn surname<'n>(a: &Article, name: &'n str) -> &'n str {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    // "Charles III", "Benoît XVI": a regnal number is no surname; the name before it is.
    if words.len() >= 2 && words.last().is_some_and(|w| is_regnal_number(w)) {
        words.pop();
        if words.len() == 1 {
            return words[0];
        }
    }
    let Some(&last) = words.last() else {
        return name;
    };
    if words.len() < 2 {
        return last;
    }
    let full = count_word(&a.text, name);
    if let Some(&alone) = words
        .iter()
        .rev()
        // Not a particle that opens sentences too ("Le" of "Marine Le Pen").
        .enumerate()
        .find(|&(i, w)| {
            w.chars().count() > 2
                && !crate::extract::stopwords().contains(&fold(w))
                // "Queen Elizabeth": a title is no surname, however often it stands alone.
                && !crate::extract::entities::is_title(&fold(w))
                // A given name counts where it stands alone: "Robert Kaliňák" beside
                // "Robert Fico" does not make "Robert" the surname.
                && count_word(&a.text, w) > full
                && (i == 0 || count_word_alone(&a.text, w) > 0)
                // "« Victor joue bien », a dit son entraîneur" beside "Victor Wembanyama": a
                // common given name, or a first word written alone only in quotes, is a
                // familiar address, not a family name written first.
                && (i == 0
                    || !(crate::extract::is_word_given_name(&fold(w))
                        || alone_only_in_quotes(&a.text, w)))
        })
        .map(|(_, w)| w)
    {
        return alone;
    }
    let given = last
        .split_once('-')
        .is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
    if given {
        words[0]
    } else {
        last
    }
}

/// True for a Roman numeral of a reign ("II", "XVI"): capitals among I, V, X only.
fn is_regnal_number(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Words that set one candidate's share against another's ("49,4 %, contre 41,2 % pour
/// Kim"), folded: a name before one of them is not the share's after it.
const VERSUS: &[&str] = &[
    " contre ",
    " devant ",
    " against ",
    " versus ",
    " ahead of ",
    " tandis ",
    " while ",
    " whereas ",
];

/// Counts of a game that are one player's ("41 points, 15 rebonds et 6 contres"): keyed by
/// the player the sentence names, as two players' are two facts.
const PLAYER_TALLIES: &[&str] = &["points", "rebounds", "assists", "blocks"];

/// Words that open a clause of its own after a count ("41 points as the Spurs beat the
/// Lakers"): a name after one of them is not the count's.
const CLAUSE_OPENERS: &[&str] = &[
    " as ",
    " when ",
    " after ",
    " before ",
    " since ",
    " during ",
    " lors ",
    " alors ",
    " quand ",
    " avant ",
    " après ",
    " pendant ",
    " face ",
];

/// Whose share of the vote the percentage at `fig` is: a person named right after it in its
/// clause ("41,2 % pour son rival Kim Moon-soo"), else the one named last before it and
/// after any word that sets two shares apart ("Kim Moon-soo … received 41.15 percent"). A
/// name that ends in a word of the language is a party or an institution ("People Power
/// Party"), no one. None when no one is named: the caller falls back on the protagonist.
fn candidate_of(
    a: &Article,
    sentence: Span,
    fig: Span,
    ents: &[&crate::extract::EntityFact],
) -> Option<String> {
    let someone = |e: &&&crate::extract::EntityFact| names_someone(e);
    let after = &a.text[fig.end()..sentence.end().max(fig.end())];
    // "Scored 41 points as the Spurs beat the Lakers": a clause of its own opens after
    // the score, whose names are the other clause's.
    let clause_end = fig.end()
        + VERSUS
            .iter()
            .chain(CLAUSE_OPENERS)
            .filter_map(|w| after.find(w))
            .chain(after.find([',', ';', '.']))
            .min()
            .unwrap_or(after.len());
    if let Some(e) = ents
        .iter()
        .filter(someone)
        .find(|e| e.span.start() >= fig.end() && e.span.end() <= clause_end)
    {
        return Some(surname(a, &e.name).to_string());
    }
    let before = fold(&a.text[sentence.start()..fig.start().max(sentence.start())]);
    // Folding keeps offsets close enough to tell which side of the word a name stands.
    let from = VERSUS
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
        .map_or(sentence.start(), |i| sentence.start() + i);
    let mut named = ents
        .iter()
        .filter(someone)
        .filter(|e| e.span.start() >= from && e.span.end() <= fig.start());
    // "James led the Lakers with 28 points", "Wembanyama écrase les Lakers avec 41 points":
    // a count "with" which someone did something is the doer's, named first, not the
    // object's.
    let with = matches!(before.split_whitespace().next_back(), Some("with" | "avec"));
    if with {
        named.next()
    } else {
        named.next_back()
    }
    .map(|e| surname(a, &e.name).to_string())
}

/// True for a person, or a full name of no nationality whose last word is no word of
/// either language: "People Power Party" is a party, and "Wasted Love" in a French report a
/// song's title.
fn names_someone(e: &crate::extract::EntityFact) -> bool {
    e.kind == EntityKind::Person
        || (e.kind == EntityKind::Name
            && e.name.contains(' ')
            && crate::extract::demonyms::country_of(&e.name).is_none()
            // "Eagles de Philadelphie", "University of Lyon": a thing of a place.
            && !e.name.rsplit_once(' ').is_some_and(|(head, last)| {
                head.rsplit(' ')
                    .next()
                    .is_some_and(|w| matches!(w, "de" | "of" | "du" | "d'"))
                    && Gazetteer::get().lookup_folded(&fold(last)).is_some()
            })
            && {
                let last = e
                    .name
                    .split_whitespace()
                    .next_back()
                    .unwrap_or("")
                    .to_lowercase();
                let unknown = |w: &str| {
                    [Lang::Fr, Lang::En]
                        .iter()
                        .all(|&l| crate::text::dict::knows(l, w) != Some(true))
                };
                // "Jannik Sinner", "Donald Trump": a surname that is also a word of the
                // language, after a first name no dictionary knows and that names no place
                // ("Utah Valley").
                let first = e
                    .name
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                // "Jimmy Carter": a given name the dictionary also knows as a word.
                unknown(&last)
                    || (e.name.split_whitespace().count() == 2
                        && (unknown(&first)
                            || crate::extract::is_word_given_name(&fold(&first)))
                        && Gazetteer::get().lookup_folded(&fold(&first)).is_none())
            })
}

/// The country (its code, or `#` and the entry of a union of states) a rate's own clause
/// names nearest it: "Japan faces a 24% tariff", "la Chine de 34 %", "20 % pour les produits
/// de l'Union européenne". Clauses end at punctuation and at "and", "et".
fn rate_country(
    a: &Article,
    sentence: Span,
    fig: Span,
    ents: &[&crate::extract::EntityFact],
) -> Option<String> {
    let g = Gazetteer::get();
    let before = &a.text[sentence.start()..fig.start().max(sentence.start())];
    let after = &a.text[fig.end().min(sentence.end())..sentence.end()];
    let from = [",", ";", "(", " and ", " et ", ":"]
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| i + w.len()))
        .max()
        .map_or(sentence.start(), |i| sentence.start() + i);
    let to = [",", ";", ")", " and ", " et ", ":", "."]
        .iter()
        .filter_map(|w| after.find(w))
        .min()
        .map_or(sentence.end(), |i| fig.end() + i);
    ents.iter()
        .filter(|e| e.span.start() >= from && e.span.end() <= to)
        .filter_map(|e| {
            let entry = g.entry(e.entry?);
            let key = match (entry.kind, entry.country.as_deref()) {
                (EntryKind::Country, Some(cc)) => cc.to_string(),
                (EntryKind::Org, None) => format!("#{}", e.entry?),
                _ => return None,
            };
            let gap = if e.span.end() <= fig.start() {
                fig.start() - e.span.end()
            } else {
                e.span.start().saturating_sub(fig.end())
            };
            Some((gap, key))
        })
        .min()
        .map(|(_, k)| k)
}

/// The surname of a full name the article gives, written alone before `fig` in its sentence
/// and after any word that sets two scores apart ("Raphael, a survivor of the attack,
/// received 357 points" where the article names Yuval Raphael): the last one.
fn surname_alone_before<'f>(
    a: &Article,
    f: &'f Facts,
    surnames: &std::cell::OnceCell<Vec<&'f str>>,
    sentence: Span,
    fig: Span,
) -> Option<String> {
    let before = &a.text[sentence.start()..fig.start().max(sentence.start())];
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(char::is_uppercase) && w.chars().count() > 2)
        .collect();
    if words.is_empty() {
        return None;
    }
    // The same for every figure of the article: computed at the first that asks.
    let surnames = surnames.get_or_init(|| {
        let mut surnames: Vec<&str> = f
            .entities
            .iter()
            .filter(|e| e.name.contains(' ') && names_someone(e))
            .map(|e| surname(a, &e.name))
            .collect();
        surnames.sort_unstable();
        surnames.dedup();
        surnames
    });
    // Most sentences name none of them: the sentence is folded only when one does.
    if !words.iter().any(|w| surnames.binary_search(w).is_ok()) {
        return None;
    }
    let folded = fold(before);
    let from = VERSUS
        .iter()
        .filter_map(|w| folded.rfind(w))
        .max()
        .unwrap_or(0);
    // Offsets in the folded text stay close enough to tell which side of the word a name
    // stands; the last written before the figure wins.
    words
        .iter()
        .rev()
        .find(|w| surnames.binary_search(w).is_ok() && before.rfind(*w).is_some_and(|i| i >= from))
        .map(|w| (*w).to_string())
}

/// Occurrences of `w` in `text` as a whole word not followed by a capitalised word ("Robert
/// said", not "Robert Fico").
fn count_word_alone(text: &str, w: &str) -> usize {
    whole_words(text, w)
        .filter(|&i| {
            !text[i + w.len()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
        .count()
}

/// True when every place `w` stands alone (no capitalised word after it) is inside a
/// quotation of its paragraph: how a speaker calls someone, not how the writer does.
fn alone_only_in_quotes(text: &str, w: &str) -> bool {
    whole_words(text, w)
        .filter(|&i| {
            !text[i + w.len()..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        })
        .all(|i| {
            let line = &text[text[..i].rfind('\n').map_or(0, |p| p + 1)..i];
            line.matches(['«', '“']).count() > line.matches(['»', '”']).count()
                || line.matches('"').count() % 2 == 1
        })
}

/// Where `w` stands in `text` as a whole word (or words).
fn whole_words<'t>(text: &'t str, w: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(w).map(|(i, _)| i).filter(move |&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + w.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '-')
    })
}

/// Occurrences of `w` in `text` as a whole word (or words).
fn count_word(text: &str, w: &str) -> usize {
    whole_words(text, w).count()
}

/// The surname of the person an article names most, when it names one at least twice (of
/// two named as often, the one named first): a surname of a full name it gives ("Nicolas
/// Sarkozy"), counted wherever the text writes it ("Sarkozy, who denies wrongdoing" opens a
/// sentence, where no name is read).
fn protagonist_of(a: &Article, f: &Facts) -> Option<String> {
    // Each distinct name once: a long text names its people many times.
    let mut names: Vec<&str> = f
        .entities
        .iter()
        // "Nobel Peace Prize", "Norwegian Nobel Committee": names of things are no one.
        // A single name no dictionary knows may be someone's only name ("Pelé").
        .filter(|e| names_someone(e) || single_name(a, e))
        .map(|e| e.name.as_ref())
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut surnames: Vec<&str> = names
        .into_iter()
        .map(|n| surname(a, n))
        .filter(|s| s.chars().count() > 2)
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    // Named as often: the one named first ("Alcaraz beats Sinner"), the subject of the
    // headline or the lede more often than not.
    let mut best: Vec<(&str, usize, usize)> = surnames
        .into_iter()
        .map(|s| {
            let first = a.text.find(s).unwrap_or(usize::MAX);
            (s, a.text.match_indices(s).count(), first)
        })
        .filter(|&(_, n, _)| n >= 2)
        .collect();
    best.sort_by(|x, y| y.1.cmp(&x.1).then(x.2.cmp(&y.2)).then(x.0.cmp(y.0)));
    best.first().map(|(s, _, _)| s.to_string())
}

/// `text` without the civility that ends it ("…, M. ", "…, Mrs "), when one does.
fn civility_before(text: &str) -> Option<&str> {
    let t = text.trim_end();
    let from = t
        .rfind(|c: char| c.is_whitespace() || c == ',')
        .map_or(0, |i| i + 1);
    matches!(
        &t[from..],
        "M." | "Mme" | "Mr" | "Mr." | "Ms" | "Ms." | "Mrs" | "Mrs." | "Dr" | "Dr."
    )
    .then(|| &t[..from])
}

/// True when a personal pronoun of the third person stands between `from` and `to` ("…, four
/// days after he died", "…, où il est mort"): what follows is said of someone named before.
fn pronoun_between(a: &Article, from: usize, to: usize) -> bool {
    a.text.get(from..to).is_some_and(|gap| {
        gap.split(|c: char| !c.is_alphanumeric())
            .any(|w| matches!(w, "he" | "she" | "il" | "elle"))
    })
}

/// True for a one-word name of no gazetteer entry or nationality, not an acronym: a mononym
/// ("Pelé", "Lula") as often as a company's name, which ages rarely follow. Not checked
/// against the dictionary: a mononym may be a word too ("pelé" is a participle).
fn single_name(a: &Article, e: &crate::extract::EntityFact) -> bool {
    !placed_name(a, e.span)
        && e.kind == EntityKind::Name
        && e.entry.is_none()
        && !e.name.contains(' ')
        && e.name.chars().count() > 2
        && !e
            .name
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && crate::extract::demonyms::country_of(&e.name).is_none()
}

/// True when the name at `span` follows a preposition of place or a possessive ("à
/// Balmoral", "at Balmoral", "St James's Palace"): a place or a thing the gazetteer lacks,
/// no one.
fn placed_name(a: &Article, span: Span) -> bool {
    let before = a.text[..span.start()].trim_end();
    crate::extract::entities::after_locative(&a.text, span.start())
        || before.ends_with("'s")
        || before.ends_with("’s")
}

/// The toll a bare count is the subject of, when a verb of its state follows it ("and 195
/// were wounded", "et 12 ont été blessés", "40 are still missing", "251 taken hostage"):
/// `dead`, `injured`, `missing` or `hostages`, and whether it is a running toll (those taken
/// hostage in one attack are not).
fn passive_toll(a: &Article, sentence: Span, fig: Span) -> Option<(&'static str, bool)> {
    const AUXILIARIES: &[&str] = &[
        "were", "was", "are", "is", "have", "had", "remain", "remained", "ont", "sont", "avaient",
        "etaient", "restent",
    ];
    // Bytes, not characters: "ont été hospitalisées" takes 25.
    let next = fold(cues::after_to(a, sentence.end(), fig.end(), 40));
    let mut words = next
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    // "1,200 killed and 251 taken hostage", "251 prises en otage": the verb alone.
    if matches!(first, "taken" | "pris" | "prises" | "prise")
        && words
            .clone()
            .take(2)
            .any(|w| matches!(w, "hostage" | "hostages" | "otage" | "otages"))
    {
        return Some(("hostages", false));
    }
    if !AUXILIARIES.contains(&first) {
        return None;
    }
    // The participle right after the auxiliary: "60 were Malians" is no toll.
    let state = words.find(|w| {
        !matches!(
            *w,
            "been" | "ete" | "still" | "toujours" | "also" | "aussi" | "later" | "reportedly"
        )
    })?;
    // "74 were in hospital", "74 étaient à l'hôpital", "74 ont été hospitalisées": the same
    // cue as for a count with a noun.
    if cues::in_hospital(a, sentence, fig) {
        return Some(("hospitalised", true));
    }
    let toll = match state {
        "wounded" | "injured" | "hurt" | "blesses" | "blessees" => "injured",
        "missing" | "disparus" | "disparues" => "missing",
        // Any other word of a toll in the lexicon ("were unaccounted for").
        _ => {
            let c = Concepts::get().counted(state)?;
            if !(c.evolving && Concepts::get().is_toll(c.name)) {
                return None;
            }
            c.name
        }
    };
    Some((toll, true))
}

/// The concept of a bare count that gives a place's or a name's share of the count before
/// it in the sentence, whose noun it does not repeat ("1 800 postes à Mirafiori, devant
/// Cassino (900)", "followed by Cassino with 900", "with 900 at Cassino"). Not a toll's
/// share, which [`toll_part`] keys with its place.
fn share_of_name(
    a: &Article,
    sentence: Span,
    fig: &crate::extract::FigureFact,
    figures: &[&crate::extract::FigureFact],
) -> Option<&'static str> {
    if fig.ordinal || fig.unit.is_some() || fig.label.is_some() || fig.noun.is_some() {
        return None;
    }
    // A capitalised word of three letters or more ends `s`: a name.
    let ends_in_name = |s: &str| {
        s.trim_end()
            .trim_end_matches(',')
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().count() >= 3
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
            })
    };
    let before = cues::before(a, fig.span.start(), 40).trim_end();
    let after = a.text.get(fig.span.end()..sentence.end()).unwrap_or("");
    let with = ["with", "avec"]
        .iter()
        .find_map(|w| before.strip_suffix(w).filter(|b| b.ends_with(' ')));
    let named = match (before.strip_suffix('('), with) {
        // "Cassino (900)".
        (Some(b), _) => after.trim_start().starts_with(')') && ends_in_name(b),
        // "Cassino with 900", "Turin, with 900 at Cassino".
        (None, Some(b)) => {
            ends_in_name(b)
                || [" at ", " à ", " in "].iter().any(|p| {
                    after
                        .strip_prefix(p)
                        .is_some_and(|r| ends_in_name(first_word(r)))
                })
        }
        (None, None) => false,
    };
    if !named {
        return None;
    }
    // Past the shares before it ("Cassino (900) et Melfi (500)").
    let whole = figures.iter().rfind(|g| {
        g.span.end() <= fig.span.start()
            && g.unit.is_none()
            && g.label.is_none()
            && !g.ordinal
            && g.noun.is_some()
    })?;
    let c = Concepts::get().counted(whole.noun.as_deref()?)?;
    (!c.evolving && !Concepts::get().is_toll(c.name)).then_some(c.name)
}

/// The first word of `s`, without the punctuation after it.
fn first_word(s: &str) -> &str {
    let w = s.split_whitespace().next().unwrap_or("");
    w.trim_end_matches(|c: char| !c.is_alphanumeric())
}

/// The key of a bare count given as a part of a toll named before it in the sentence ("plus
/// de 100 morts, dont 84 dans le comté de Kerr", "above 100, including 84 in Kerr County"):
/// the toll's concept, `part`, and the first proper name after the count in its clause that
/// no dictionary knows ("kerr"), which both languages write alike.
fn toll_part(
    a: &Article,
    sentence: Span,
    fig: &crate::extract::FigureFact,
    figures: &[&crate::extract::FigureFact],
) -> Option<String> {
    if fig.ordinal || fig.unit.is_some() || !cues::is_subset(a, sentence, fig.span) {
        return None;
    }
    // The toll: the nearest figure before with a noun of an evolving concept, or the toll
    // word itself ("the death toll rose above 100").
    let whole = figures
        .iter()
        .rev()
        .find(|o| o.span.end() <= fig.span.start())?;
    let concepts = Concepts::get();
    let counted = whole
        .noun
        .as_deref()
        .and_then(|n| concepts.counted(n))
        .filter(|c| c.evolving)
        .map(|c| c.name)
        .or_else(|| (cues::life_state(a, sentence, whole.span) == Some("dead")).then_some("dead"))
        .or_else(|| {
            let before = fold(&a.text[sentence.start()..whole.span.start()]);
            before
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| matches!(w, "toll" | "bilan"))
                .then_some("dead")
        })?;
    let clause = a.text[fig.span.end()..sentence.end()]
        .split([',', ';', '.', '(', ')'])
        .next()
        .unwrap_or("");
    let place = cues::unknown_capitalised(clause)?;
    Some(format!("{counted}/part/{}", fold(place)))
}

/// The gazetteer person whose names hold `word` among the article's entities ("Francis" of
/// "Pope Francis"), when only one does.
fn entry_of_name(a: &Article, f: &Facts, word: &str) -> Option<u32> {
    let g = Gazetteer::get();
    // As written: an entity's name is its entry's ("Pape François" for "Pope Francis").
    let mut ids = f.entities.iter().filter_map(|e| {
        let id = e.entry?;
        (e.kind == EntityKind::Person
            && g.entry(id).kind == crate::extract::gazetteer::EntryKind::Person
            && a.slice(e.span).split_whitespace().any(|w| w == word))
        .then_some(id)
    });
    let first = ids.next()?;
    ids.all(|id| id == first).then_some(first)
}

/// The capitalised first word of a sentence when it is a word of a gazetteer person the
/// article names ("Francis died on Easter Monday, aged 88"): the subject, which extraction
/// leaves aside at a sentence's start.
fn subject_of_gazetteer<'a>(a: &'a Article, f: &Facts, sentence: Span) -> Option<&'a str> {
    let text = a.slice(sentence);
    let end = text
        .find(|c: char| !c.is_alphabetic() && c != '-')
        .unwrap_or(text.len());
    let word = &text[..end];
    (word.chars().count() > 2 && word.starts_with(char::is_uppercase))
        .then_some(word)
        .filter(|w| entry_of_name(a, f, w).is_some())
}

/// Marks a [`Claim::speaker`] read from a full name the gazetteer lacks rather than an entry.
pub(crate) const NAME_SPEAKER: u32 = 1 << 31;

/// The speaker id of a surname the gazetteer lacks (its transliteration key, hashed, with
/// [`NAME_SPEAKER`] set): the same in every report that spells it alike or transliterates it.
fn name_speaker(key: &str) -> u32 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    key.hash(&mut h);
    (h.finish() as u32) | NAME_SPEAKER
}

/// Bytes before a statement's day within which the person named is its speaker.
const SPEAKER_REACH: usize = 40;

/// The concept of people counted without a noun of their own.
const PEOPLE: &str = "people";

/// The concept of a place's residents.
const INHABITANTS: &str = "inhabitants";

/// For "632 personnes ont été tuées" or "killed at least 2,000 people", the concept the
/// nearby participle names: a few words either side of the figure, stopping at punctuation
/// or another number (so "820 morts et 672 blessés" keeps each figure its own noun).
fn what_happened_to(a: &Article, sentence: Span, fig: Span) -> Option<concepts::Counted<'static>> {
    what_happened(a, sentence, fig, true)
}

/// [`what_happened_to`], read only after the noun: the residents of a place are counted
/// by what follows ("900 habitants évacués"), and a word before them says where they live.
fn what_happened_after(
    a: &Article,
    sentence: Span,
    fig: Span,
) -> Option<concepts::Counted<'static>> {
    what_happened(a, sentence, fig, false)
}

fn what_happened(
    a: &Article,
    sentence: Span,
    fig: Span,
    before_too: bool,
) -> Option<concepts::Counted<'static>> {
    const REACH: usize = 4;
    let toks = a.seg.tokens_in(sentence);
    let first_after = toks.partition_point(|t| t.span.start < fig.end);
    let last_before = toks.partition_point(|t| t.span.end <= fig.start);
    let lookup = |t: &crate::text::Token| {
        Concepts::get()
            .counted(&fold(a.slice(t.span)))
            .filter(|c| c.fate)
    };
    // "44 people in four states": another count's noun is not what happened to these.
    let stop = |t: &crate::text::Token| {
        matches!(t.kind, TokKind::Punct | TokKind::Number)
            || crate::extract::figures::is_number_word(&fold(a.slice(t.span)))
    };
    // "Killing seven people and injuring 41": what follows a conjunction is the next count's.
    let conjunction = |t: &crate::text::Token| {
        t.kind == TokKind::Word && matches!(a.slice(t.span), "and" | "et" | "but" | "mais")
    };
    toks[first_after..]
        .iter()
        .skip(1) // the noun itself
        .take(REACH)
        .take_while(|t| !stop(t) && !conjunction(t))
        .find_map(lookup)
        .or_else(|| {
            if !before_too {
                return None;
            }
            // "A passenger plane with 72 people": a word before a noun it qualifies says what
            // the plane is, not what happened to the people ("killed at least 2,000 people").
            let stopwords = crate::extract::stopwords();
            // "A tué mardi 9 personnes": a day between the verb and its count is no noun.
            let lex = crate::lexicon::Lexicons::get();
            let qualifies = |i: usize| {
                toks.get(i + 1).is_some_and(|n| {
                    let w = fold(a.slice(n.span));
                    n.kind == TokKind::Word
                        && !stopwords.contains(&w)
                        && !crate::extract::figures::is_hedge_word(&w)
                        && lex.en.weekday(&w).is_none()
                        && lex.fr.weekday(&w).is_none()
                })
            };
            // "Operates 140 aircraft and employs 9,000 people": what stands before a
            // conjunction is another count's.
            // "Une délégation de près de 231 personnes": the whole they form, of whatever
            // kind, when only "de" and a hedge stand between.
            let whole = |i: usize| {
                toks[i + 1..last_before].iter().all(|n| {
                    let w = fold(a.slice(n.span));
                    matches!(w.as_str(), "of" | "de" | "d'" | "d’")
                        || crate::extract::figures::is_hedge_word(&w)
                }) && toks[i + 1..last_before]
                    .iter()
                    .any(|n| matches!(a.slice(n.span), "of" | "de" | "d'" | "d’"))
            };
            (last_before.saturating_sub(REACH)..last_before)
                .rev()
                .take_while(|&i| !stop(&toks[i]) && !conjunction(&toks[i]))
                .filter(|&i| !qualifies(i))
                .find_map(|i| {
                    lookup(&toks[i]).or_else(|| {
                        whole(i)
                            .then(|| Concepts::get().counted(&fold(a.slice(toks[i].span))))
                            .flatten()
                            .filter(|c| c.name != PEOPLE && c.name != INHABITANTS)
                    })
                })
        })
}

fn extract_article(a: &Article, f: &Facts, m: &Membership) -> Vec<(Claim, u64)> {
    if !a.is_readable() {
        return Vec::new();
    }
    let g = Gazetteer::get();
    let lang = a.lang;
    // About one claim per fact: sized once, rather than grown by doubling (the copies of a
    // growing vector were a tenth of a large run's page faults).
    let mut out =
        Vec::with_capacity(f.dates.len() + f.figures.len() + f.entities.len() + f.times.len());
    let mut named: HashSet<(Scope, u32)> = HashSet::new();
    // The title and the first paragraph of the body.
    let lede_block = lede_block(a);
    // Computed on the first age with no one named in its sentence.
    let protagonist: std::cell::OnceCell<Option<String>> = std::cell::OnceCell::new();
    // Computed on the first score or rank that asks whose it is (see `surname_alone_before`).
    let full_surnames: std::cell::OnceCell<Vec<&str>> = std::cell::OnceCell::new();
    // The gazetteer place the article names most (first named on a tie): whose population a
    // sentence gives when it names no place ("un tiers des 320 000 habitants").
    let main_place: std::cell::OnceCell<Option<u32>> = std::cell::OnceCell::new();
    // Computed on the first local time.
    // The paragraph that last gave a share of the vote.
    let mut votes_block: Option<u32> = None;
    // The first vehicle the article names (see `vehicle_in`).
    let main_vehicle: std::cell::OnceCell<Option<&'static str>> = std::cell::OnceCell::new();
    for s in a.text_sentences() {
        let kind = a.blocks[s.block as usize].kind;
        let caption = kind == BlockKind::Caption;
        let ents: Vec<&crate::extract::EntityFact> =
            crate::finding::starting_in(&f.entities, s.span, |e| e.span)
                .iter()
                .filter(|e| s.span.contains(e.span))
                .filter(|e| !crate::extract::entities::is_dateline_place(a, e.span))
                .collect();
        let mut people: Vec<u32> = ents
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .filter_map(|e| e.entry)
            .filter(|&id| g.entry(id).kind == EntryKind::Person)
            .collect();
        people.sort_unstable();
        people.dedup();
        let scope = match m.event_of(s.span) {
            Some(e) => Scope::Event(e as u32),
            None if people.is_empty() => {
                // Nothing says what the sentence is about: no key two reports could share.
                continue;
            }
            None => Scope::People(people.as_slice().into()),
        };
        let text = a.slice(s.span);
        // Copies of a sentence are byte-identical; folding waits until a trigger is needed
        // (most sentences state no date, time or place).
        let sentence_hash = hash_of(text);
        let folded_cell = std::cell::OnceCell::new();
        let folded = || folded_cell.get_or_init(|| fold(text)).as_str();
        // The one-day happening the sentence is a mention of, read once for its day and place.
        let moment_cell = std::cell::OnceCell::new();
        let moment_here = || *moment_cell.get_or_init(|| m.moment_of(s.span, folded(), &scope));
        // "19 morts en Jamaïque", "25 killed in Haiti": the country a count is given for,
        // kept when the reports of the event count in two countries (see `split_by_country`).
        let located_cell = std::cell::OnceCell::new();
        let country_here = |at: Span| -> Option<&str> {
            let located: &Vec<(Span, &str)> =
                located_cell.get_or_init(|| located_countries(a, s.span, &ents));
            // The place nearest the count: "21 morts en Jamaïque, et 25 en Haïti".
            located
                .iter()
                .min_by_key(|(p, _)| {
                    if p.start() >= at.end() {
                        p.start() - at.end()
                    } else {
                        at.start().saturating_sub(p.end())
                    }
                })
                .map(|&(_, cc)| cc)
        };
        let shared_people: std::sync::Arc<[u32]> = match &scope {
            Scope::People(p) => p.clone(),
            Scope::Event(_) => people.as_slice().into(),
        };
        let soft_base = if caption { Soft::Caption } else { Soft::No };
        // "Devastated on March 11, 2011, by a magnitude 9.0 earthquake": a sentence that
        // reports an older happening, dated with its year, read as part of the main event.
        // Its counts are that happening's, keyed by its day: the reports that recall it
        // still compare.
        let recalled: Option<NaiveDate> = m
            .mention(s.span)
            // With its year written: "en hausse par rapport au dernier mouvement, en mars"
            // compares with an older happening, and its count is still today's.
            .filter(|&(_, date)| {
                f.dates
                    .iter()
                    .any(|d| d.span == date && d.year.is_some() && !d.from_context)
            })
            .map(|(e, _)| e)
            .filter(|&e| Some(e) != m.main)
            .zip(m.main)
            .map(|(e, main)| (&m.events[e], &m.events[main]))
            // Of the same kind ("the deadliest quake since 2011"): its counts fill the same
            // keys as the news's. "Arrested in March 2023, sentenced to 16 years" counts
            // the news's prisoner.
            .filter(|(e, main)| {
                e.kind == main.kind
                    && (main.start - e.end).num_days() > crate::align::events::RECENT_DAYS
            })
            .map(|(e, _)| e.start);
        // The days to come the sentence speaks of, read once.
        let planned_cell = std::cell::OnceCell::new();
        let planned = || {
            planned_cell
                .get_or_init(|| planned_days(a, f, s.span))
                .as_slice()
        };
        // "Une quatrième journée de mobilisation le 15 octobre": a count or a rank in a
        // sentence about one day to come is that day's, not the news's.
        // Under a past verb too ("ont appelé à une quatrième journée le 15 octobre"), unless
        // it is the next day, which a slipped date gives as often.
        let future_day = {
            let mut days: Vec<NaiveDate> =
                crate::finding::starting_in(&f.dates, s.span, |x| x.span)
                    .iter()
                    .filter(|d| s.span.contains(d.span) && d.precision == Precision::Day)
                    // "Restent en alerte jusqu'à samedi": the end of what is under way.
                    .filter(|d| !crate::extract::dates::after_until(a, d.span))
                    .filter_map(|d| d.start)
                    .filter(|&d| {
                        a.meta.date.is_some_and(|p| {
                            p.day_known
                                && (d > p.date + chrono::Duration::days(1)
                                    || (d > p.date && planned().contains(&d)))
                        })
                    })
                    .collect();
            days.dedup();
            // A preview's "20 countries are expected on May 9" counts the event itself.
            let own_days = match &scope {
                Scope::Event(e) => {
                    let ev = &m.events[*e as usize];
                    Some((
                        ev.start - chrono::Duration::days(1),
                        ev.end + chrono::Duration::days(1),
                    ))
                }
                Scope::People(_) => None,
            };
            match days.as_slice() {
                [day] if !own_days.is_some_and(|(s, e)| s <= *day && *day <= e) => Some(*day),
                _ => None,
            }
        };
        // "En 2010, 33 mineurs avaient été bloqués", "India bought 36 jets in 2016": a
        // sentence dated only by an earlier year tells of another happening, whatever its
        // kind, and its counts are that year's. Not "the deadliest since 2010", whose count
        // is today's, nor a sentence that also gives a recent day.
        let background_year = recalled
            .is_none()
            .then(|| background_year(a, f, s.span, 2))
            .flatten();
        // "Battu en cinq sets à Paris en juin", in a report of July's final: a sentence that
        // mentions no event and is dated only by days or months well before the event's
        // tells of an earlier happening, and its counts are that month's.
        let background_month = match (&scope, recalled, background_year) {
            (Scope::Event(e), None, None) if !m.is_mention(s.span) => {
                earlier_month(a, f, s.span, m.events[*e as usize].start)
            }
            _ => None,
        };
        // "Charged on Thursday for shooting two people dead on Wednesday in Washington": a
        // report of a later happening restates the day and place of another event of its
        // days, of the kind its trigger names; those are keyed with that event's, where its
        // own reports give them.
        let restated_cell: std::cell::OnceCell<Vec<NaiveDate>> = std::cell::OnceCell::new();
        let restated = |concept: &str| -> Option<u32> {
            let Scope::Event(e) = scope else {
                return None;
            };
            let ev = &m.events[e as usize];
            let base = concept.split(['/', '@']).next()?;
            if base == ev.kind || crate::align::events::kinds_join(base, &ev.kind) {
                return None;
            }
            let days = restated_cell.get_or_init(|| {
                crate::finding::starting_in(&f.dates, s.span, |x| x.span)
                    .iter()
                    .filter(|d| s.span.contains(d.span) && d.precision == Precision::Day)
                    .filter_map(|d| d.start)
                    .collect()
            });
            if days.is_empty() {
                return None;
            }
            let near = |d: NaiveDate, x: &Event| {
                x.start - chrono::Duration::days(1) <= d && d <= x.end + chrono::Duration::days(1)
            };
            m.events
                .iter()
                .enumerate()
                .filter(|&(i, x)| {
                    i != e as usize
                        && !m.alone[i]
                        && (x.start - ev.start).num_days().abs() <= STORY_DAYS
                        && crate::align::events::kinds_join(base, &x.kind)
                        && days.iter().any(|&d| near(d, x))
                })
                .map(|(i, _)| i as u32)
                .next()
        };
        let mut push = |mut key: Key, value: Value, span: Span, hedge: Qualifier, soft: Soft| {
            // A toll of two years back or more is settled: it rises no more.
            let mut settled = false;
            if matches!(key.aspect, Aspect::Day | Aspect::Place | Aspect::Time) {
                if let Some(x) = restated(&key.concept) {
                    // Under the kind that event's own reports key its moment by ("death" for
                    // an attack that killed).
                    let kind = m.events[x as usize].kind.as_str();
                    let base = key.concept.split(['/', '@']).next().unwrap_or("");
                    let rest = &key.concept[base.len()..];
                    key.concept = intern(&format!("{kind}{rest}"));
                    key.scope = Scope::Event(x);
                }
            }
            // An age is the person's, whatever day the sentence speaks of ("Nawrocki, 42, will
            // take office on August 6").
            let age = key.concept.starts_with("age/");
            // A person's age or share of a vote is the same in every event of the story (the
            // election on Tuesday, the inauguration on Wednesday).
            // So are the amounts and clock times matched by value alone: "331 voix" in a
            // report of the vote, "331 députés avaient voté" in one of the resignation it
            // forced the next day.
            let by_value = matches!(key.aspect, Aspect::Measure | Aspect::Clock);
            if let (true, Scope::Event(e)) = (
                age || by_value
                    || key.concept.starts_with("pct/votes/")
                    || key.aspect == Aspect::Quantity,
                &key.scope,
            ) {
                key.scope = Scope::Event(m.story[*e as usize]);
            }
            if let (false, Some(day)) = (age, recalled) {
                // Not a rank: "the 266th pope, elected on March 13, 2013" is his rank still.
                // A place is the older happening's too ("the first summit since the two
                // met in Helsinki in July 2018").
                // Two years back or more, by its year alone, as a sentence dated only by
                // that year keys it (see `background_year`): "la rupture d'un autre barrage
                // avait fait 19 morts en novembre 2015" tells of no event the corpus knows,
                // "the collapse of another dam in November 2015" of one it does.
                if matches!(
                    key.aspect,
                    Aspect::Quantity | Aspect::Measure | Aspect::Place
                ) {
                    let year = chrono::Datelike::year(&day);
                    key.concept = match a.meta.date {
                        Some(p) if year <= chrono::Datelike::year(&p.date) - 2 => {
                            settled = true;
                            intern(&format!("{}@{year}", key.concept))
                        }
                        _ => intern(&format!("{}@{day}", key.concept)),
                    };
                }
            } else if let (false, Some(day)) = (age, future_day) {
                if matches!(key.aspect, Aspect::Quantity | Aspect::Ordinal) {
                    key.concept = intern(&format!("{}@{day}", key.concept));
                }
            } else if let (false, Some(year)) = (
                age,
                background_year
                    .filter(|_| {
                        !in_present_relative(a, s.span, span)
                            && !dated_in_later_relative(a, f, s.span, span)
                    })
                    .or_else(|| {
                        matches!(key.aspect, Aspect::Quantity)
                            .then(|| clause_year(a, f, s.span, span, 2))
                            .flatten()
                    }),
            ) {
                // Counts only: a duration ("condamné en 2024 à 16 ans", "sentenced to 16
                // years") is still true today, and reports that leave the year out give it
                // as well.
                // A length or a sum of that year is that year's ("who jumped from 102,800 feet
                // in 1960"): keyed with it, apart from the news's own.
                let duration = (key.aspect == Aspect::Measure
                    && key
                        .unit
                        .as_deref()
                        .is_none_or(|u| matches!(u, "s" | "min" | "h" | "d" | "year")))
                    || key
                        .concept
                        .split('/')
                        .next()
                        .is_some_and(|h| time_unit(h).is_some());
                if matches!(key.aspect, Aspect::Quantity | Aspect::Measure) && !duration {
                    key.concept = intern(&format!("{}@{year}", key.concept));
                    // Two years back at least (see `background_year`).
                    settled = true;
                }
            } else if let (false, Some(month), Aspect::Quantity) = (
                age,
                background_month
                    .filter(|m| {
                        // "78 avions livrés en novembre" in the headline or lede of a report
                        // of December 4: the month just ended is the period a monthly figure
                        // covers, the news itself. Not further on ("beaten in five sets in
                        // June", in a report of July 13, recalls another match), nor a toll's
                        // ("in November, 12 died in a similar crash" is another count).
                        !(m.last_month && s.block <= lede_block)
                            || Concepts::get()
                                .is_toll(key.concept.split(['/', '@']).next().unwrap_or(""))
                    })
                    .map(|m| m.first),
                key.aspect,
            ) {
                // Not a rank: "élu le 13 mars 2013, le 266e pape" is his rank still.
                key.concept = intern(&format!("{}@{}", key.concept, month.format("%Y-%m")));
            }
            // Casualties are counted where they fell; other amounts name a country in many
            // roles ("5,000 missiles for Ukraine", "a 15% tariff on Japan").
            let toll =
                || Concepts::get().is_toll(key.concept.split(['/', '@']).next().unwrap_or(""));
            if key.aspect == Aspect::Quantity && toll() {
                if let Some(cc) = country_here(span) {
                    key.concept = intern(&format!("{}{COUNTRY_MARK}{cc}", key.concept));
                }
            }
            let statement =
                key.aspect == Aspect::Day && matches!(&*key.concept, "announce" | "publish");
            out.push((
                Claim {
                    key,
                    value,
                    article: a.id,
                    span,
                    sentence: s.span,
                    lang,
                    hedge,
                    soft: if settled && soft == Soft::Evolving {
                        Soft::No
                    } else {
                        soft
                    },
                    source: 0,
                    people: shared_people.clone(),
                    speaker: if statement {
                        // A statement's day is its speaker's: the person named last before
                        // it ("Zelensky on Wednesday announced"), or no one ("the Kremlin
                        // confirmed on May 14").
                        let near = |e: &&crate::extract::EntityFact| {
                            e.span.end() <= span.start()
                                && span.start() - e.span.end() <= SPEAKER_REACH
                        };
                        ents.iter()
                            .filter(|e| e.kind == EntityKind::Person && near(e))
                            .filter_map(|e| e.entry)
                            .rfind(|&id| g.entry(id).kind == EntryKind::Person)
                            // Else a full name the gazetteer lacks ("Chris Hipkins, 44, was
                            // confirmed on Sunday"), by its surname's transliteration.
                            .or_else(|| {
                                ents.iter()
                                    .filter(|e| e.entry.is_none() && near(e))
                                    .rfind(|e| e.name.contains(' ') && names_someone(e))
                                    .map(|e| {
                                        name_speaker(&crate::text::translit_key(surname(
                                            a, &e.name,
                                        )))
                                    })
                            })
                    } else {
                        None
                    },
                    lede: s.block <= lede_block,
                    headline: a.blocks[s.block as usize].kind == BlockKind::Title,
                },
                sentence_hash,
            ));
        };
        // Offsets into the folded text, exactly: folding shortens accented letters and curly
        // apostrophes, and a drift of a word's length puts "a annoncé lundi" four words
        // from its day.
        let rel = |sp: Span| exact_rel(text, s.span, sp.start());
        // An article tied to its event by kind alone may tell of other happenings in the
        // sentences that fall to it ("entre-temps, le chancelier allemand se trouvait à
        // Varsovie"): only its lede's agent is weighed.
        let only_agent = m.kind_only && !m.is_mention(s.span);
        for d in crate::finding::starting_in(&f.dates, s.span, |d| d.span)
            .iter()
            .filter(|d| s.span.contains(d.span) && !only_agent)
            // "MANILA, Oct 21 (Reuters) - Typhoon Haima killed…": the dispatch's day, no
            // claim while it is the publication date; another day may be a slip of either.
            .filter(|d| {
                !(crate::extract::dates::in_dateline(a, d.span)
                    && a.meta
                        .date
                        .is_some_and(|p| p.day_known && d.start == Some(p.date)))
            })
            .filter(|d| !on_converted_clock(a, f, d.span))
        {
            let (Some(start), aspect) = (
                d.start,
                match d.precision {
                    Precision::Day => Aspect::Day,
                    // "d'ici 50 jours": a deadline counted from the date line, no happening's days.
                    Precision::Range if d.form == crate::extract::dates::DateForm::Relative => {
                        continue
                    }
                    Precision::Range => Aspect::Days,
                    Precision::Month => Aspect::Month,
                    _ => continue,
                },
            ) else {
                continue;
            };
            if is_timestamp(a, d.span) || is_toll_update(a, s.span, d.span) {
                continue;
            }
            // Every claim of a date is its days, at its place, as written.
            // A day written with its month (and year), not read from a weekday alone.
            let written = (d.year.is_some() && !d.from_context)
                || (d.year.is_none() && d.month.is_some() && d.day.is_some() && !d.from_corpus);
            let push_days = |push: &mut dyn FnMut(Key, Value, Span, Qualifier, Soft),
                             aspect: Aspect,
                             concept: Name,
                             soft: Soft| {
                // The day of another happening than the event's ("the offensive began on
                // November 27" in a report of the capital's fall, or of the leader's flight
                // the same day) is the same in every event of the story.
                let scope = match &scope {
                    Scope::Event(e)
                        if aspect == Aspect::Day
                            && written
                            && m.events[*e as usize].kind.as_str() != &*concept =>
                    {
                        Scope::Event(m.story[*e as usize])
                    }
                    s => s.clone(),
                };
                push(
                    Key {
                        scope,
                        aspect,
                        concept,
                        unit: None,
                    },
                    Value::Days {
                        start,
                        end: d.end.unwrap_or(start),
                    },
                    d.span,
                    Qualifier::Exact,
                    soft,
                );
            };
            // A full date of the past ("l'incendie du 15 avril 2019") joins the
            // event's set of dates: background facts the reports repeat, matched by value
            // like amounts (see `consensus::near_misses`).
            // More than a week back: "the April 22 attack" in a report of May 7 is a day
            // the reports repeat, as "l'incendie du 15 avril 2019" is.
            let background = a
                .meta
                .date
                .is_some_and(|p| (p.date - start).num_days() > BACKGROUND_DAYS);
            // So does a day and month written without a year, weeks back ("nommé le 5
            // septembre" in a December report): the year the publication date gives it is
            // the same in every report of the story.
            if aspect == Aspect::Day && written && background && !caption {
                if let Scope::Event(e) = scope {
                    // Keyed by the story, not the event: a report of the resignation the day
                    // after a vote recalls the same past dates as the reports of the vote.
                    push(
                        Key {
                            scope: Scope::Event(m.story[e as usize]),
                            aspect: Aspect::Dated,
                            concept: intern(""),
                            unit: None,
                        },
                        Value::Days {
                            start,
                            end: d.end.unwrap_or(start),
                        },
                        d.span,
                        Qualifier::Exact,
                        soft_base,
                    );
                }
            }
            // The date that makes the sentence a mention of a one-day happening (a call, a
            // death, an attack) is that happening's day, whichever word names it nearest
            // ("died", "the fire", "a annoncé"): keyed by the event's kind, so that the
            // reports of one event compare however each words it. A night across two days
            // ("dans la nuit de mercredi à jeudi") is a day too, either of them.
            // Only with a trigger in reach: "au cours de l'entretien, ... le traité, qui expire
            // jeudi" names no happening's day (see `MAX_TRIGGER_DISTANCE`).
            let near = nearest_trigger(folded(), rel(d.span), aspect != Aspect::Day);
            // "Les cardinaux réunis mardi ont fixé les funérailles à samedi 26 avril": a
            // trigger between two days of the sentence, or past both, is the nearer one's. Not a visit or a
            // summit, which lasts over both ("the president will spend Monday in Lyon and will
            // tour Grenoble on Tuesday").
            let near = near.filter(|_| {
                let at = rel(d.span);
                let Some((p, t)) =
                    nearest_trigger_at(folded(), at, aspect != Aspect::Day, |_, _| true)
                else {
                    return true;
                };
                // A dateline's day is weighed against the day its dispatch reports. An
                // election's round names its own day ("le premier tour le 30 juin, le second
                // le 7 juillet").
                if WHOLE.contains(&t)
                    || crate::extract::dates::in_dateline(a, d.span)
                    || (t == "election" && election_round(folded(), at).is_some())
                {
                    return true;
                }
                !crate::finding::starting_in(&f.dates, s.span, |x| x.span)
                    .iter()
                    // "PARIS, Nov 25 — PSG beat Bayern on Wednesday": a dateline's day is the
                    // dispatch's, no rival of the sentence's own for its happening.
                    .filter(|o| {
                        o.span != d.span
                            && s.span.contains(o.span)
                            && o.start.is_some()
                            && !crate::extract::dates::in_dateline(a, o.span)
                    })
                    .any(|o| {
                        let other = rel(o.span);
                        let between = (at < p && p < other) || (other < p && p < at);
                        // "Ont commencé vendredi à analyser les enregistreurs de l'avion qui a
                        // percuté mercredi soir un hélicoptère, un accident…": another day
                        // between this one and the trigger is the trigger's.
                        // Not a day listed beside it ("vendredi et samedi") or written twice
                        // ("le lundi de Pâques, 21 avril").
                        let nearer_same_side =
                            ((at < other && other < p) || (p < other && other < at)) && {
                                let (x, y) = if o.span.start < d.span.start {
                                    (o.span, d.span)
                                } else {
                                    (d.span, o.span)
                                };
                                a.text
                                    .get(x.end()..y.start().max(x.end()))
                                    .is_some_and(|b| b.split_whitespace().count() > 3)
                            };
                        // "Inspectaient samedi les routes après le séisme qui a tué trois
                        // personnes le 4 décembre": a trigger past a subordinating word
                        // ("après", "after", "when") is its clause's day's, however near the
                        // main clause's day stands.
                        let sub = |x: usize, y: usize| {
                            folded()
                                .get(x.min(y)..x.max(y))
                                .is_some_and(|g| SUBORDINATORS.iter().any(|w| g.contains(w)))
                        };
                        let others = match (sub(at, p), sub(other, p)) {
                            (true, false) => true,
                            (false, true) => false,
                            _ => other.abs_diff(p) < at.abs_diff(p),
                        };
                        (between && others) || nearer_same_side
                    })
            });
            // "Killed at least nine people, officials said Saturday": the day right after a
            // reporting verb is the statement's, even in the sentence that reports the moment.
            // So is the day right after "published" ("results published on Thursday").
            // The reporting verb right before the day ("said Saturday", "a revendiqué
            // samedi"), if any.
            let verb_before =
                nearest_trigger_at(folded(), rel(d.span), aspect != Aspect::Day, |p, _| {
                    p < rel(d.span)
                })
                .filter(|&(p, t)| {
                    // Not "said the October 26 vote", "claimed Friday's attack": an article
                    // or a possessive makes the day the noun's.
                    matches!(t, "announce" | "publish")
                        && !a.text[d.span.end()..].starts_with(['\'', '’'])
                        && folded().get(p..rel(d.span)).is_some_and(|b| {
                            b.split_whitespace().count() <= 3
                                && b.split_whitespace().next_back() != Some("the")
                        })
                })
                .map(|(_, t)| t);
            // "L'État islamique a revendiqué samedi l'attaque": the happening named past the
            // day is the verb's object, and the day the verb's.
            let object_after = || {
                nearest_trigger_at(folded(), rel(d.span), aspect != Aspect::Day, |_, _| true)
                    .is_some_and(|(p, _)| p > rel(d.span))
            };
            let statement = verb_before.is_some() && (verb_before == near || object_after());
            // "En mars, Macron a confirmé qu'il attendait la visite de Lula", "On Monday, the
            // ministry said that the talks…": a date before a reporting verb whose clause
            // holds the happening is the statement's, however near the happening's noun.
            let reported_after = !statement && {
                let at = rel(d.span);
                nearest_trigger_at(folded(), at, aspect != Aspect::Day, |_, _| true).is_some_and(
                    |(p, t)| {
                        p > at
                            && !matches!(t, "announce" | "publish")
                            && Concepts::triggers_of(folded()).iter().any(|&(q, u)| {
                                u == "announce"
                                    && at < q
                                    && q < p
                                    && folded().get(q..p).is_some_and(|b| {
                                        b.contains(" que ")
                                            || b.contains(" qu'")
                                            || b.contains(" that ")
                                    })
                            })
                    },
                )
            };
            let (statement, verb_before) = if reported_after {
                (true, Some("announce"))
            } else {
                (statement, verb_before)
            };
            let moment = moment_here()
                .filter(|&(_, date)| {
                    date == d.span
                        && aspect != Aspect::Month
                        && near.is_some()
                        && !statement
                        && near != Some("return")
                        // "Opened an investigation on Sunday into the avalanche": an inquiry
                        // is opened after what it looks into, on a day of its own.
                        && near != Some("probe")
                })
                .map(|(k, _)| k);
            let aspect = if moment.is_some() {
                Aspect::Day
            } else {
                aspect
            };
            let near = if statement { verb_before } else { near };
            // A limit set ("must leave by August 31") is a day the reports repeat even where
            // no word names a happening: keyed as the event's deadline.
            // A day to come of the next one of something no trigger names ("its next decision
            // is due on December 10"): the next of the event's kind.
            let mut unnamed_next = false;
            let Some(trigger) = moment
                .or(near)
                .or_else(|| {
                    (aspect != Aspect::Days && cues::deadline(a, s.span, d.span))
                        .then_some("deadline")
                })
                .or_else(|| {
                    let Scope::Event(e) = &scope else {
                        return None;
                    };
                    let kind = Concepts::get().trigger_name(&m.events[*e as usize].kind)?;
                    unnamed_next = aspect == Aspect::Day
                        && a.meta.date.is_some_and(|p| start > p.date)
                        && cues::next_one_before(a, s.span, d.span);
                    unnamed_next.then_some(kind)
                })
            else {
                continue;
            };
            // "The launch had been called off on Monday", "le vol avait été annulé lundi": the
            // day an attempt was called off is not the day it happened. "Reporté à jeudi",
            // "postponed to Thursday" gives that day.
            if cues::called_off_before(a, s.span, d.span) {
                continue;
            }
            // "Mort dans l'accident de son hélicoptère, dont l'épave a été retrouvée lundi": a
            // day inside a relative clause past the trigger dates what the clause tells (the
            // wreckage found), unless the clause says the happening itself took place.
            if aspect == Aspect::Day
                && !WHOLE.contains(&trigger)
                && nearest_trigger_at(folded(), rel(d.span), false, |_, _| true).is_some_and(
                    |(p, _)| {
                        p < rel(d.span)
                            && folded()
                                .get(p..rel(d.span))
                                .is_some_and(dates_another_clause)
                    },
                )
            {
                continue;
            }
            // "Pharmacies were disrupted on Wednesday, the company said": a reporting verb
            // after the day and a comma attributes the clause; "said that it detected the
            // breach on Wednesday": the day is in the clause reported. Neither is the
            // statement's day.
            let mut trigger = trigger;
            // "Le séisme qui a fait trois morts le 4 décembre", "a quake killed three people
            // on December 4": the day a disaster, an attack or an accident killed is its own
            // day, which the other reports key by the event's kind. Only beside a toll: a
            // wounded man who "died in hospital on Tuesday" died another day.
            if trigger == "death" && aspect == Aspect::Day {
                if let Scope::Event(e) = &scope {
                    let kind = m.events[*e as usize].kind.as_str();
                    if matches!(kind, "disaster" | "attack" | "explosion" | "accident")
                        && toll_in(a, f, s.span)
                    {
                        trigger = kind;
                    }
                }
            }
            if moment.is_none() && trigger == "announce" {
                let at = rel(d.span);
                // The part of the sentence the day's own happening is named in.
                let clause = nearest_trigger_at(folded(), at, aspect != Aspect::Day, |_, _| true)
                    .and_then(|(p, _)| {
                        if p > at {
                            // "..., Putin announced": the clause before the attribution. A
                            // day that opens the sentence ("Mercredi étant le premier jour du
                            // printemps, il a déclaré") frames the statement itself.
                            let opens = folded()
                                .get(..at)
                                .is_none_or(|b| b.split_whitespace().count() < 3);
                            (!opens && folded().get(at..p).is_some_and(|b| b.contains(',')))
                                .then_some(0..at)
                        } else {
                            // "said that ...": the clause reported. So is a day many
                            // words after the verb ("DWD said up to 180 liters fell … after
                            // the rain began on Friday"): a statement's own day stands next
                            // to its verb ("said on Sunday", "in a statement on Sunday").
                            folded()
                                .get(p..at)
                                .is_some_and(|b| {
                                    b.contains(" that ")
                                        || b.contains(" que ")
                                        || b.contains(" qu'")
                                        || b.split_whitespace().count() > STATEMENT_DAY_REACH
                                })
                                .then_some(p + 1..usize::MAX)
                        }
                    });
                if let Some(clause) = clause {
                    // The day belongs to the happening the clause names, if any ("the
                    // celebrations on May 9, Putin announced").
                    match nearest_trigger_except(
                        folded(),
                        at,
                        aspect != Aspect::Day,
                        "announce",
                        clause,
                    ) {
                        Some(t) => trigger = t,
                        None => continue,
                    }
                }
            }
            // "Unions planned another day of protests on Saturday": a day still to come, of
            // another happening of the event's kind, is not the event's day: it is the next one's.
            // Reports that give the next one's day ("the next meeting is on February 4")
            // still compare, under a key of its own.
            let to_come = a.meta.date.is_some_and(|p| start > p.date);
            // A weekday read forward ("l'ouragan devait passer mercredi près de la
            // Jamaïque") of a happening nobody schedules (a storm, a death, an attack) is a
            // forecast of its next moment: the reports that tell it done date it in the past.
            let forecast = to_come
                && d.month.is_none()
                && d.weekday.is_some()
                && UNFORESEEN.contains(&trigger);
            let next = to_come
                .then(|| {
                    nearest_trigger_at(folded(), rel(d.span), aspect != Aspect::Day, |_, _| true)
                })
                .flatten()
                .filter(|&(p, _)| forecast || another_of_its_kind(folded(), p))
                .map(|(_, t)| t)
                // "Le ministre doit se rendre mardi à Tunis", in a report of his visit to Rabat
                // on Monday: a journey planned for a day past the event's, to another country,
                // is the next one, as its place is (`plan/…`). A report that announces the event itself ("doit
                // rencontrer mardi") gives the event's own day, and a deadline, a verdict or
                // a second round to come are keyed by their own words.
                .or_else(|| {
                    let Scope::Event(e) = &scope else {
                        return None;
                    };
                    let ev = &m.events[*e as usize];
                    // Bound for another country than the event's: "will spend Monday in
                    // Lyon and tour Grenoble on Tuesday" plans the event's own next day.
                    let elsewhere = || {
                        let Some(main) = ev.mentions.iter().find(|x| x.main) else {
                            return false;
                        };
                        let countries: Vec<&str> = ents
                            .iter()
                            .filter(|x| x.kind == EntityKind::Place)
                            .filter_map(|x| x.entry)
                            .filter_map(|id| g.entry(id).country.as_deref())
                            .collect();
                        !countries.is_empty()
                            && countries.iter().all(|c| !main.countries.contains(*c))
                    };
                    (to_come
                        && start > ev.end
                        && matches!(trigger, "visit" | "arrive" | "depart")
                        && planned().contains(&start)
                        && elsewhere())
                    .then_some(trigger)
                })
                .or_else(|| unnamed_next.then_some(trigger));
            // The first and the last day of a summit or a visit are two facts ("à l'ouverture
            // du sommet samedi", "le sommet s'est achevé dimanche").
            // Keyed by the happening that lasts: the trigger when it names one, else the
            // event's kind ("the two-day meeting ended on Sunday" in a report of a summit).
            let lasting = if WHOLE.contains(&trigger) {
                Some(trigger)
            } else {
                match &scope {
                    Scope::Event(e) if lasts(&m.events[*e as usize].kind) => {
                        Some(m.events[*e as usize].kind.as_str())
                    }
                    _ => None,
                }
            };
            // "Réunis en conclave depuis mercredi": the start of a state that runs on, not the
            // day of a one-day happening. A lasting one's start it may be ("en visite depuis
            // mardi").
            // A start of the news's own days only: "l'assaut que la Russie poursuit depuis
            // février 2022" still dates when the war began.
            let this_week = a
                .meta
                .date
                .is_some_and(|p| (p.date - start).num_days() <= 7);
            if lasting.is_none() && this_week && crate::extract::dates::after_since(a, d.span) {
                continue;
            }
            // Not a visit's start: the arrival to one report and the official welcome a day
            // later to another ("the official leg begins on Tuesday"). Its end is one day.
            let phase = lasting
                .filter(|_| aspect == Aspect::Day)
                .and_then(|l| {
                    Concepts::get()
                        .phase_near(folded(), rel(d.span), PHASE_REACH)
                        .map(|p| (l, p))
                })
                .filter(|&(l, p)| l != "visit" || p != "start");
            // "Le premier tour aura lieu le 30 juin, le second le 7 juillet": an election's
            // two rounds are two days of their own.
            let round = (trigger == "election" && aspect == Aspect::Day)
                .then(|| election_round(folded(), rel(d.span)))
                .flatten();
            // "The blaze broke out on Monday", "le feu s'est déclaré lundi": the first day of a
            // disaster that runs on (a fire, a flood), not the day it killed.
            let phase = phase.or_else(|| {
                (lasting.is_none()
                    && aspect == Aspect::Day
                    && trigger == "disaster"
                    && onset_near(folded(), rel(d.span)))
                .then_some(("disaster", "start"))
            });
            // A day of one more happening of the kind ("who also met business leaders on
            // Friday") is not the news's: keyed apart, as reports that tell it too key it.
            let also = next
                .is_none()
                .then(|| {
                    nearest_trigger_at(folded(), rel(d.span), aspect != Aspect::Day, |_, _| true)
                })
                .flatten()
                .filter(|&(p, _)| one_more_of_its_kind(folded(), p))
                .map(|(_, t)| t);
            let concept = match (next, also, phase, round) {
                (Some(t), ..) => intern(&format!("next/{t}")),
                (None, Some(t), ..) => intern(&format!("also/{t}")),
                (None, None, Some((l, p)), _) => intern(&format!("{l}/{p}")),
                (None, None, None, Some(r)) => intern(&format!("election/{r}")),
                (None, None, None, None) => intern(trigger),
            };
            // "Declared Thursday a day of national mourning": the day mourned, whichever verb
            // declares it, and a day of its own.
            let concept = if crate::extract::dates::a_day_of_mourning(a, d.span) {
                intern("mourning")
            } else {
                concept
            };
            // A day read on a named clock next to it ("at 0:42 a.m. Japan time on Friday"):
            // the clock must be the day's own, not another happening's of the sentence
            // ("s'est posé à 16 h 42, heure de Paris, ... lancé le 14 octobre").
            // Nor a time past another verb ("launched on February 15, touched down at 6:23
            // p.m. Houston time").
            let zoned = f.times.iter().any(|t| {
                // "à 9 h 55 à Pékin" is where it happened, on its own clock.
                s.span.contains(t.span)
                    && t.named
                    && !t.at
                    && (t.zone != "local" || t.clock.is_some())
                    && t.span
                        .end()
                        .abs_diff(d.span.start())
                        .min(d.span.end().abs_diff(t.span.start()))
                        <= ZONE_REACH
                    && {
                        let (lo, hi) = if t.span.end() <= d.span.start() {
                            (rel(t.span), rel(d.span))
                        } else {
                            (rel(d.span), rel(t.span))
                        };
                        !Concepts::triggers_of(folded())
                            .iter()
                            .any(|&(p, _)| lo < p && p < hi)
                    }
            });
            // A year taken from the publication date ("Wednesday, October 14") leaves the day
            // as firm as written; a weekday alone or "hier" depends on the date line.
            // So does a year the corpus's period gave an undated article.
            // A night first: "dans la nuit de mercredi à jeudi" is relative too, but either
            // day is right; so is a day on a named clock.
            let soft = if soft_base == Soft::No && night_near(folded(), rel(d.span)) {
                Soft::Night
            } else if soft_base == Soft::No && zoned {
                Soft::Zone
            } else if d.form == crate::extract::dates::DateForm::Relative || d.from_corpus {
                Soft::Relative
            } else {
                soft_base
            };
            push_days(&mut push, aspect, concept, soft);
        }
        for e in ents.iter().filter(|_| !only_agent) {
            // "Paris Saint-Germain", "the Santiago Bernabeu": a city that opens a longer name
            // is no place of the story, but reports that write the name write the same city.
            // Keyed by the rest of the name, the city is weighed like a place.
            if e.entry.is_none() && e.kind == EntityKind::Name && matches!(scope, Scope::Event(_)) {
                if let Some((entry, end)) = city_opening(&e.name) {
                    let rest = fold(e.name[end..].trim());
                    let city = Span::new(e.span.start(), e.span.start() + end);
                    // The city is a place under each key the name gives it.
                    let mut keyed_city = |concept: &str| {
                        push(
                            Key {
                                scope: scope.clone(),
                                aspect: Aspect::Place,
                                concept: intern(concept),
                                unit: None,
                            },
                            Value::Place { entry },
                            city,
                            Qualifier::Exact,
                            soft_base,
                        );
                    };
                    // "A flight to London Gatwick": the airport's city ends the journey, as
                    // "bound for London" does.
                    if let Some(route) = route_end(a, s.span, city).filter(|_| !rest.is_empty()) {
                        keyed_city(&format!("route/{route}"));
                    }
                    if !rest.is_empty() {
                        keyed_city(&format!("name/{rest}"));
                        // "A state funeral will be held at Washington National Cathedral on
                        // 9 January": where the day to come happens, as "à Washington" says.
                        if let [day] = planned() {
                            keyed_city(&format!("plan/{day}"));
                        }
                    }
                }
            }
            let Some(entry) = e.entry.filter(|&id| g.entry(id).country.is_some()) else {
                continue;
            };
            // "10 h 08 à Paris", "Moscow time": a clock, not a place of the story.
            if crate::extract::timezone::is_clock_place(&a.text, e.span) {
                continue;
            }
            // "Bound for London", "relier Ahmedabad à Londres": an end of the journey, the
            // same in every report that names it.
            if matches!(scope, Scope::Event(_))
                && matches!(g.entry(entry).kind, EntryKind::City | EntryKind::Capital)
            {
                if let Some(end) = route_end(a, s.span, e.span) {
                    push(
                        Key {
                            scope: scope.clone(),
                            aspect: Aspect::Place,
                            concept: intern(&format!("route/{end}")),
                            unit: None,
                        },
                        Value::Place { entry },
                        e.span,
                        Qualifier::Exact,
                        soft_base,
                    );
                }
            }
            // Who and what a report names is a set: its first mention in a scope stands for
            // the others (a name repeated thirty times was thirty claims, most of a large
            // run's claims).
            // "18 heures à Paris", "l'heure de Paris", "1 a.m. Paris time": the reader's
            // clock, not a place of the story.
            if cues::is_clock_place(a, e.span) || !named.insert((scope.clone(), entry)) {
                continue;
            }
            push(
                Key {
                    scope: scope.clone(),
                    aspect: Aspect::Named,
                    concept: intern(""),
                    unit: None,
                },
                Value::Place { entry },
                e.span,
                Qualifier::Exact,
                soft_base,
            );
        }
        // Only a sentence that dates the event says who did it: an undated one may tell of
        // another happening ("ont conduit Keir Starmer à se rendre en Chine"), a dated one
        // that is no mention dates another ("Xi visited Moscow in 2023").
        // The lede of an article is about its main event even when it gives no day ("Le pape
        // est décédé lundi" in an undated article): there, a trigger of the main event's kind
        // says who did it too.
        let dates_the_event = m.is_mention(s.span);
        let lede = s.block <= lede_block;
        for e in ents.iter().filter(|_| dates_the_event || lede) {
            let Some(entry) = e.entry.filter(|&id| {
                e.kind == EntityKind::Person && g.entry(id).kind == EntryKind::Person
            }) else {
                continue;
            };
            if let Some(trigger) = agent_of(a, s.span, e.span)
                .filter(|_| dates_the_event || m.main_kind == kind_named(folded()))
            {
                push(
                    Key {
                        scope: scope.clone(),
                        aspect: Aspect::Agent,
                        concept: intern(trigger),
                        unit: None,
                    },
                    Value::Place { entry },
                    e.span,
                    Qualifier::Exact,
                    soft_base,
                );
            }
        }
        let sentence_times = crate::finding::starting_in(&f.times, s.span, |t| t.span);
        for (i, t) in sentence_times
            .iter()
            .enumerate()
            .filter(|(_, t)| s.span.contains(t.span) && !only_agent)
        {
            // "NEW DELHI/ISLAMABAD ... at 1:05 a.m. on Wednesday (1935 GMT Tuesday)": a local
            // time on no named clock, converted right after to a named one, is that one's
            // moment when a zone the lede names gives that conversion and the story's clock,
            // a guess among several, does not. When none does, the time stays local: it
            // compares with the other reports' local times.
            let day = a.meta.date.map(|d| d.date).or(a.period);
            // Whether the story's clock fits the conversion written next, and whether a zone
            // the lede names does.
            let conversion = (t.zone == "local" && t.clock.is_none())
                .then(|| sentence_times.get(i + 1))
                .flatten()
                .and_then(|n| {
                    let near = n.named
                        && n.zone != "local"
                        && s.span.contains(n.span)
                        && a.text.get(t.span.end()..n.span.start()).is_some_and(|b| {
                            b.len() <= 40 && (b.contains('(') || b.contains("soit"))
                        });
                    let (true, Some(tz), Some(noon)) = (
                        near,
                        crate::extract::timezone::zone_named(&n.zone),
                        day.and_then(|d| d.and_hms_opt(12, 0, 0)),
                    ) else {
                        return None;
                    };
                    let offset = |z| crate::extract::timezone::offset_minutes(z, noon);
                    let utc = i32::from(n.minutes) - offset(tz);
                    let implied = i32::from(t.minutes) - utc;
                    let fits = |z| (offset(z) - implied).rem_euclid(24 * 60) == 0;
                    let story = m.own_zone;
                    Some((
                        story.map(fits),
                        crate::extract::timezone::lede_zones(a, f)
                            .iter()
                            .any(|&(z, _)| fits(z)),
                    ))
                });
            let converted_next =
                conversion.is_some_and(|(story, lede)| story != Some(true) && lede);
            if converted_next {
                continue;
            }
            // "11 h 24 heure locale, soit 23 h 24 GMT" where the story's clock, a guess from
            // the lede's places, would make it 2 h 24: the clock is another zone than the guess
            // (a country of several zones, named by an adjective), and the time stays local.
            let story_unfit = conversion.is_some_and(|(story, _)| story == Some(false));
            let (mut minutes, mut span) = (t.minutes, t.span);
            // "à 14h20 à Moscou" says where as much as which clock: keyed as a local time.
            let mut zone = if t.at { "local" } else { t.zone.as_str() };
            // A time whose clock is named ("22 h 57 à Paris", "5:57 p.m. EDT", "2157 GMT") is
            // compared in UTC, on the day of the report: one moment, whichever clock a
            // report reads it on. So is a local time, on the clock of the place the story
            // happens in (see `timezone::story_zone`): "20 h 48, heure locale" in
            // Washington meets "0148 GMT".
            let clock = crate::extract::timezone::zone_named(zone).or_else(|| {
                (zone == "local" && !story_unfit)
                    .then(|| {
                        // The story's clock, else the clock of the places the time's own
                        // sentence names ("lifted off from Boca Chica, Texas, at 7:25 a.m.
                        // local time" in a report whose lede names no place).
                        m.own_zone
                            .or_else(|| {
                                // Not a time the sentence converts itself: the conversion
                                // tells its clock (see `date/time-zone-conversion`).
                                conversion
                                    .is_none()
                                    .then(|| crate::extract::timezone::zone_of_places(&ents, f))
                                    .flatten()
                            })
                            .or_else(|| match scope {
                                // The clock the event's other reports read it on.
                                Scope::Event(e) if conversion.is_none() => {
                                    m.zones.get(e as usize).copied().flatten()
                                }
                                _ => None,
                            })
                    })
                    .flatten()
            });
            if let (Some(tz), Some(day)) = (clock, a.meta.date.map(|d| d.date).or(a.period)) {
                let local = day.and_hms_opt(u32::from(minutes / 60), u32::from(minutes % 60), 0);
                if let Some(local) = local {
                    let offset = crate::extract::timezone::offset_minutes(tz, local);
                    minutes = (i32::from(minutes) - offset).rem_euclid(24 * 60) as u16;
                    zone = "utc";
                    // The claim covers the clock it was read on: a wrong city there is the
                    // slip as much as a wrong hour.
                    if let Some(c) = t.clock {
                        span = Span::new(span.start(), c.end());
                    }
                }
            }
            // Every time of day joins its event's set of times on its clock: what no
            // happening keys can still be matched by value (see `consensus::near_misses`).
            let hedge = if cues::is_loose_time(a, span) {
                Qualifier::Approx
            } else {
                Qualifier::Exact
            };
            let mut push_time = |aspect: Aspect, concept: Name, unit: Option<Name>| {
                let key = Key {
                    scope: scope.clone(),
                    aspect,
                    concept,
                    unit,
                };
                push(key, Value::Time { minutes }, span, hedge, soft_base);
            };
            if matches!(scope, Scope::Event(_)) && !caption {
                push_time(Aspect::Clock, intern(""), Some(intern(zone)));
            }
            // In a sentence that reports the event's moment, a time next to a reporting verb
            // ("landed at 5:57 p.m. ET, NASA said") or to no trigger is the moment's time.
            let near = nearest_trigger(folded(), rel(span), false);
            let moment = moment_here().map(|(k, _)| k);
            // "It went down at about 5:15 p.m., the FAA said": a time in a clause a
            // reporting verb attributes past a comma is of the happening the article reports.
            // Not a time in an opening phrase of the sentence ("Dans une allocution vers 4 h
            // 30, Yoon a annoncé le retrait", "In a speech at 4:30 a.m., Yoon announced"):
            // that phrase has no verb of its own, so the verb past the comma is what it dates.
            let opening = || {
                folded().get(..rel(span)).is_some_and(|b| {
                    !b.contains(',')
                        && b.split_whitespace().next().is_some_and(|w| {
                            matches!(
                                w,
                                "dans"
                                    | "lors"
                                    | "vers"
                                    | "peu"
                                    | "au"
                                    | "en"
                                    | "in"
                                    | "at"
                                    | "during"
                                    | "around"
                                    | "shortly"
                                    | "just"
                                    | "on"
                            )
                        })
                })
            };
            let attributed = || {
                near == Some("announce")
                    && !opening()
                    && matches!(scope, Scope::Event(e) if Some(e as usize) == m.main)
                    && nearest_trigger_at(folded(), rel(span), false, |_, _| true).is_some_and(
                        |(p, _)| {
                            p > rel(span)
                                && folded().get(rel(span)..p).is_some_and(|b| b.contains(','))
                        },
                    )
            };
            let Some(trigger) = (match near {
                Some("announce" | "publish") | None => moment
                    .or_else(|| m.main_kind.filter(|_| attributed()))
                    .or(near),
                near => near,
            }) else {
                continue;
            };
            // "A second quake struck at 1:24 p.m.", "une nouvelle secousse vers 13 h 24": the
            // time of a later happening of the kind, not another version of the first's.
            // Any word of the happening in the clause before the time may say it ("a second
            // quake of magnitude 7.5 struck").
            // "By 7 a.m. on Tuesday, 99% of supply had been restored", the day after the
            // outage: a time written beside a day outside the event's days is the moment of
            // something later (or earlier), not another version of the event's. Not a time on
            // a named clock, whose day may be the day before or after the local one ("1935
            // GMT Tuesday" for 1:05 a.m. on Wednesday).
            let named_clock = t.named && t.zone != "local";
            let other_day = !named_clock
                && matches!(scope, Scope::Event(e) if {
                    let ev = &m.events[e as usize];
                    crate::finding::starting_in(&f.dates, s.span, |x| x.span)
                        .iter()
                        .filter(|d| d.last_day.is_none())
                        .any(|d| {
                            let gap = if d.span.start() >= t.span.end() {
                                a.text.get(t.span.end()..d.span.start())
                            } else {
                                a.text.get(d.span.end()..t.span.start())
                            };
                            gap.is_some_and(|g| {
                                g.len() <= 5 && !g.contains([',', ';', '(', ')'])
                            }) && d.start.is_some_and(|day| day < ev.start || day > ev.end)
                        })
                });
            if other_day {
                continue;
            }
            let later = Concepts::triggers_of(folded()).iter().any(|&(p, t)| {
                t == trigger
                    && p <= rel(span)
                    && folded()
                        .get(p..rel(span))
                        // A comma of a clause, not of a decimal ("magnitude 7,5").
                        .is_some_and(|b| !b.contains(", ") && !b.contains(';'))
                    && later_of_its_kind(folded(), p)
            });
            let concept = if later {
                format!("{trigger}/later@{zone}")
            } else {
                format!("{trigger}@{zone}")
            };
            push_time(Aspect::Time, intern(&concept), None);
        }
        if let Some((entry, span)) = locative_place(a, s.span, &ents).filter(|_| !only_agent) {
            // Where a one-day happening took place, keyed by the event's kind like its day;
            // not a call, which has a place at each end ("Xi à Pékin, Poutine à Moscou").
            // "Avant de regagner Paris": going home names neither the moment's place nor
            // a plan's.
            let returning = nearest_trigger(folded(), rel(span), false) == Some("return");
            let moment = moment_here()
                .map(|(k, _)| k)
                .filter(|&k| k != "talks" && !returning);
            // "Killing three people in Kharkiv, officials said": a reporting verb says where
            // nothing happened; the place is the clause's, whose trigger the lexicon may lack.
            let named = moment.or_else(|| {
                nearest_trigger(folded(), rel(span), false)
                    .filter(|t| !matches!(*t, "announce" | "publish"))
            });
            // A headline that says where and no more ("Zelensky à Londres") gives the place
            // of the event it announces; not one still to come ("Zelensky attendu à
            // Londres"), which is another happening than the one reported.
            let trigger = named.or_else(|| match &scope {
                Scope::Event(e)
                    if kind == BlockKind::Title
                        && !crate::extract::dates::future_before(a, span) =>
                {
                    Some(m.events[*e as usize].kind.as_str())
                }
                _ => None,
            });
            // "Before flying to Beijing on Thursday": a plan's place is another fact than
            // where the event happened, keyed by the day it is planned for, so that reports
            // of the same plan still compare.
            // "The record set by Assefa in Berlin in 2023": a place of a sentence dated only by
            // an earlier year, with no trigger, is where that year's happening was, which the
            // reports that recall it name alike. Only the sentence's one city: two would be
            // two happenings of the year.
            let one_city = || {
                ents.iter()
                    .filter(|e| {
                        e.entry.is_some_and(|id| {
                            matches!(g.entry(id).kind, EntryKind::City | EntryKind::Capital)
                        })
                    })
                    .count()
                    == 1
            };
            // Any earlier year: last year's record was set somewhere too. Whatever the
            // trigger ("battu le record établi en 2023 à Berlin"), the place is that year's,
            // keyed by the year alone, as reports that recall it word it differently.
            // Not a birthplace, which is the person's whatever the year.
            let background = (recalled.is_none() && trigger != Some("birth"))
                .then(|| self::background_year(a, f, s.span, 1))
                .flatten()
                .filter(|_| one_city())
                .map(|y| format!("@{y}"));
            let trigger = background.as_deref().or(trigger);
            let plan;
            let trigger = match planned() {
                _ if returning => Some("return"),
                [] => trigger,
                [day] => {
                    plan = format!("plan/{day}");
                    Some(plan.as_str())
                }
                _ => None,
            };
            // Where someone was born is that person's fact ("Né à Paris, Michel Devoret",
            // "Devoret was born in Paris"): keyed by the surname named nearest, before it
            // or else after it, and left out when none is, since two people's birthplaces
            // are no conflict.
            let born: Option<String> = (trigger == Some("birth"))
                .then(|| {
                    // Someone: a person, or a name whose last word is no word of the
                    // language ("Yale University" is not) and that the article gives in
                    // full somewhere ("Devoret" after "Michel Devoret").
                    let person = |e: &&&crate::extract::EntityFact| {
                        let last = e.name.split_whitespace().next_back().unwrap_or("");
                        e.span != span
                            && (e.kind == EntityKind::Person
                                || (e.kind == EntityKind::Name
                                    && crate::text::dict::knows(a.lang, &last.to_lowercase())
                                        != Some(true)
                                    && f.entities.iter().any(|x| {
                                        x.name.contains(' ')
                                            && x.name.split_whitespace().next_back() == Some(last)
                                    })))
                    };
                    // A surname opening the sentence is no entity ("Devoret, 72, was
                    // born in Paris"): read as one when the article names it in full.
                    let opening = s
                        .span
                        .slice(&a.text)
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .filter(|w| {
                            f.entities.iter().any(|x| {
                                x.name.contains(' ')
                                    && x.name.split_whitespace().next_back() == Some(w)
                            })
                        });
                    ents.iter()
                        .filter(person)
                        .rfind(|e| e.span.end() <= span.start())
                        .map(|e| e.name.as_ref())
                        .or(opening)
                        // "Né à Paris en 1953, Michel Devoret enseigne": right after it.
                        .or_else(|| {
                            ents.iter()
                                .filter(person)
                                .find(|e| {
                                    e.span.start() >= span.end()
                                        && e.span.start() - span.end() <= BORN_REACH
                                })
                                .map(|e| e.name.as_ref())
                        })
                        .map(|n: &str| surname(a, n))
                        .map(|w| format!("birth/{}", fold(w)))
                })
                .flatten();
            let trigger = if trigger == Some("birth") {
                born.as_deref()
            } else {
                trigger
            };
            // Where a journey began or was bound is another fact than where the happening
            // took place, unless the happening is the journey's own (a visit "à destination
            // de Pékin" is in Pékin).
            // The entity loop below keys it (`route/to`, `route/from`).
            let journey = matches!(trigger, Some("visit" | "arrive" | "depart" | "return"))
                || trigger.is_some_and(|t| t.starts_with("plan/"));
            let trigger = trigger.filter(|_| journey || route_end(a, s.span, span).is_none());
            if let Some(trigger) = trigger {
                // "ressentie jusqu'à Bangkok", "felt in Bangkok": where it reached, another
                // fact than where it happened.
                let felt = felt_at(a, s.span, span);
                let trigger = if felt {
                    intern(&format!("{trigger}/felt"))
                } else if another_of_its_kind(folded(), rel(span)) {
                    // "Next time in Moscow", "la prochaine rencontre à Moscou": the place
                    // of the next one, as a day to come is (`next/…`).
                    intern(&format!("next/{trigger}"))
                } else {
                    intern(trigger)
                };
                // "Talks resume in Geneva on December 15", "se retrouveront le 15 décembre
                // à Genève": the day planned at a city is keyed by the city too, so that a
                // shifted day meets the other reports' day rather than a key of its own.
                let planned_here = (!felt
                    && trigger.starts_with("plan/")
                    && matches!(g.entry(entry).kind, EntryKind::City | EntryKind::Capital))
                .then(|| match planned() {
                    [day] => f.dates.iter().find(|d| {
                        s.span.contains(d.span)
                            && d.precision == Precision::Day
                            && d.start == Some(*day)
                    }),
                    _ => None,
                })
                .flatten();
                if let Some(d) = planned_here.and_then(|d| d.start.map(|day| (d, day))) {
                    let (d, day) = d;
                    let soft =
                        if d.form == crate::extract::dates::DateForm::Relative || d.from_corpus {
                            Soft::Relative
                        } else {
                            soft_base
                        };
                    push(
                        Key {
                            scope: scope.clone(),
                            aspect: Aspect::Day,
                            concept: intern(&format!("plan/#{entry}")),
                            unit: None,
                        },
                        Value::Days {
                            start: day,
                            end: day,
                        },
                        d.span,
                        Qualifier::Exact,
                        soft,
                    );
                }
                push(
                    Key {
                        scope: scope.clone(),
                        aspect: Aspect::Place,
                        concept: trigger,
                        unit: None,
                    },
                    Value::Place { entry },
                    span,
                    Qualifier::Exact,
                    soft_base,
                );
            }
        }
        // "40-22", "menait 24 à 0 à la pause": a score is two counts, the higher and the
        // lower, of the event's stage it gives; its numbers are no figures of their own.
        let sentence_scores = match scope {
            Scope::Event(_) if !only_agent => scores::scores(a, s.span),
            _ => Vec::new(),
        };
        // "Adopté par 195 voix contre 106", "passed by 195 votes to 106": the number after
        // the votes for is the votes against (the votes for are the figure's own).
        if matches!(scope, Scope::Event(_)) && !only_agent {
            for (value, span) in cues::votes_against(a, s.span) {
                push(
                    Key {
                        scope: scope.clone(),
                        aspect: Aspect::Quantity,
                        concept: intern("votes/against"),
                        unit: None,
                    },
                    Value::Number {
                        value: f64::from(value),
                        resolution: 1.0,
                    },
                    span,
                    Qualifier::Exact,
                    soft_base,
                );
            }
        }
        for sc in &sentence_scores {
            let stage = sc.stage.map_or(String::new(), |st| format!("/{st}"));
            // "Lawmakers voted 101 to 6": a tally, whose sides other reports count in votes
            // ("adoptée par 101 voix", "with 101 votes").
            let tally = a.text[s.span.start()..sc.span.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| matches!(fold(w).as_str(), "voted" | "vote" | "votes"));
            // "The Spurs improved to 17-5": a season's wins and losses, which other reports
            // count in words ("17 victoires pour 5 défaites"); no score of the game.
            let record = sc.stage == Some("record");
            let parts: &[(&str, &str, (u32, Span))] = if tally {
                &[
                    ("", "votes/for", sc.high),
                    ("/low", "votes/against", sc.low),
                ]
            } else if record {
                &[("", "wins", sc.high), ("/low", "losses", sc.low)]
            } else {
                &[("", "", sc.high), ("/low", "", sc.low)]
            };
            for &(part, votes, (value, span)) in parts {
                if !votes.is_empty() {
                    push(
                        Key {
                            scope: scope.clone(),
                            aspect: Aspect::Quantity,
                            concept: intern(votes),
                            unit: None,
                        },
                        Value::Number {
                            value: f64::from(value),
                            resolution: 1.0,
                        },
                        span,
                        Qualifier::Exact,
                        soft_base,
                    );
                }
                if record {
                    continue;
                }
                push(
                    Key {
                        scope: scope.clone(),
                        aspect: Aspect::Quantity,
                        concept: intern(&format!("score{stage}{part}")),
                        unit: None,
                    },
                    Value::Number {
                        value: f64::from(value),
                        resolution: 1.0,
                    },
                    span,
                    Qualifier::Exact,
                    soft_base,
                );
            }
        }
        // "Six TGV sur dix", "one in three trains": a share, which other reports give in
        // percent ("60 % des TGV"): it joins the event's set of percentages, and its two
        // numbers count nothing of their own.
        let mut ratios: Vec<Span> = Vec::new();
        if matches!(scope, Scope::Event(_)) && !only_agent {
            for den in crate::finding::starting_in(&f.figures, s.span, |x| x.span)
                .iter()
                .filter(|x| s.span.contains(x.span) && x.unit.is_none() && !x.ordinal)
            {
                let Some((span, pct, margin)) = cues::ratio_before(a, s.span, den.span) else {
                    continue;
                };
                ratios.push(span);
                push(
                    Key {
                        scope: scope.clone(),
                        aspect: Aspect::Measure,
                        concept: intern(""),
                        unit: Some(intern("%")),
                    },
                    Value::Number {
                        value: pct,
                        resolution: margin,
                    },
                    span,
                    Qualifier::Exact,
                    soft_base,
                );
            }
        }
        let sentence_figures: Vec<&crate::extract::FigureFact> =
            crate::finding::starting_in(&f.figures, s.span, |x| x.span)
                .iter()
                .filter(|x| s.span.contains(x.span) && !only_agent)
                .filter(|x| !sentence_scores.iter().any(|sc| sc.span.contains(x.span)))
                .filter(|x| !ratios.iter().any(|r| r.contains(x.span)))
                .collect();
        // Whose count each figure is, read once: it keys a figure only when the sentence
        // gives counts from more than one source.
        let by: Vec<Option<String>> = sentence_figures
            .iter()
            .map(|x| attribution(a, s.span, x.span))
            .collect();
        let contested = {
            let mut sources: Vec<&String> = by.iter().flatten().collect();
            sources.sort_unstable();
            sources.dedup();
            sources.len() > 1
        };
        // The rate a percentage or points stand near ("des voix", "taux de dépôt"). Offsets in
        // the folded sentence exactly: "des voix" stands a byte after the figure, and the
        // accents before it would shift it out of reach.
        let rate_near = |fig: Span| {
            let frel = |at: usize| exact_rel(text, s.span, at);
            Concepts::get().rate_of(
                folded(),
                frel(fig.start()),
                frel(fig.end()),
                RATE_REACH,
                a.lang == Lang::Fr,
            )
        };
        for (fig, by) in sentence_figures.iter().zip(&by) {
            if cues::is_projection(a, s.span, fig.span) {
                continue;
            }
            // Compared in one unit per dimension: "185 mph" and "295 km/h" are one speed.
            let (value, resolution, unit, converted) = match fig.unit.as_deref() {
                Some(u) => {
                    let (v, r, u, c) =
                        crate::extract::figures::in_base_unit(fig.value, fig.resolution, u);
                    (v, r, Some(u), c)
                }
                None => (fig.value, fig.resolution, None, false),
            };
            // A converted value is as exact as the figure first written, give or take the
            // rounding of the writer who converted it ("140 mph (225 km/h)", "185 mph (295
            // km/h)"): a margin of its own, where a hedge would read "140" as a round figure
            // and let 247 km/h pass.
            let resolution = if converted && fig.qualifier == Qualifier::Exact {
                resolution.max(value.abs() * CONVERSION_MARGIN)
            } else {
                resolution
            };
            let qualifier = fig.qualifier;
            let number = Value::Number { value, resolution };
            // Every claim of a figure is its number, at its place, with its hedge.
            let mut keyed = |aspect: Aspect, concept: &str, unit: Option<&str>, soft: Soft| {
                // A person's age is the same in every happening of a story (the shooting on
                // Wednesday, the charge on Thursday): keyed by the story, as background dates.
                let scope = match &scope {
                    Scope::Event(e) if concept.starts_with("age/") => {
                        Scope::Event(m.story[*e as usize])
                    }
                    s => s.clone(),
                };
                push(
                    Key {
                        scope,
                        aspect,
                        concept: intern(concept),
                        unit: unit.map(intern),
                    },
                    number,
                    fig.span,
                    qualifier,
                    soft,
                );
            };
            // "Les victimes, âgées de 31 à 54 ans", "aged between 31 and 54": the youngest
            // and the oldest of a group.
            if !fig.ordinal {
                if let Some(end) = cues::age_range_end(a, s.span, fig.span) {
                    keyed(Aspect::Quantity, &format!("age/{end}"), None, soft_base);
                    continue;
                }
            }
            // "L'avion était âgé de 28 ans", "the 28-year-old Boeing": a vehicle's age.
            if !fig.ordinal {
                if let Some(v) = vehicle_age(a, s.span, fig.span) {
                    keyed(
                        Aspect::Quantity,
                        &format!("age/vehicle:{v}"),
                        None,
                        soft_base,
                    );
                    continue;
                }
            }
            // An age, however it is written ("à l'âge de 91 ans", "aged 91", "the
            // 69-year-old"): one concept, in both languages.
            // Whose age: the person named last before it in the sentence, by surname
            // ("Giorgio Armani" and "Armani" are one person).
            let named_before = ents.iter().rfind(|e| {
                e.span.end() <= fig.span.start()
                        && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                        // "Thursday, September 4": a date is no one; nor is "Italian", nor
                        // an institution ("le chef de l'Etat", "the Kremlin").
                        && !f.dates.iter().any(|d| d.span.overlaps(e.span))
                        && crate::extract::demonyms::country_of(&e.name).is_none()
                        && !after_article(a, e.span)
                        && !after_common_noun(a, e.span)
                        && !complements_a_noun(a, e.span)
                        && !qualifies_a_person_noun(a, e.span)
                        && (!e.name.contains(' ') || names_someone(e))
                        // "died at Balmoral, aged 96": a one-word place is no one.
                        && (e.name.contains(' ') || !placed_name(a, e.span))
                        // "OREM, Utah (AP) - A 22-year-old man": the agency is no one's age.
                        && !crate::align::events::agency_credit(&a.text, e.span)
                        // "in the Hall of Columns, four days after he died at 91": a pronoun
                        // between the name and the age stands for whose age it is.
                        && !pronoun_between(a, e.span.end(), fig.span.start())
                        // "Selon l'INE, l'ancienne maire de Mexico, âgée de 61 ans": a title
                        // set off between the name and the age is whose age it is.
                        && !cues::role_apposition_between(a, e.span.end(), fig.span.start())
            });
            // "Sarkozy, 70, told reporters": a bare number after a surname the article
            // gives as a person's elsewhere.
            // "Alcaraz, 22 ans, visait": the same after a comma, whatever the age's form.
            let surname_before = |comma: bool| {
                let b = cues::before(a, fig.span.start(), 40).trim_end();
                if comma && !b.ends_with(',') {
                    return None;
                }
                let b = b.trim_end_matches([',', ' ']);
                let from = b
                    .char_indices()
                    .rfind(|&(_, c)| !c.is_alphanumeric() && c != '-')
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let word = &b[from..];
                // "Ms Hasina, 76,": a civility makes a lone surname a person's.
                let civil = civility_before(&b[..from]).is_some();
                (word.starts_with(char::is_uppercase)
                    && (civil
                        || f.entities.iter().any(|e| {
                            matches!(e.kind, EntityKind::Person | EntityKind::Name)
                                && e.name.contains(' ')
                                // Cheap first: the word must be one of the name's.
                                && e.name.split_whitespace().any(|w| w == word)
                                && surname(a, &e.name) == word
                        })))
                .then_some(word)
            };
            let bare_after = cues::is_bare_age(a, fig.span, fig.value)
                .then(|| surname_before(false))
                .flatten();
            let bare = bare_after.is_some();
            if !fig.ordinal
                && (bare || is_age(a, fig.span) || cues::after_nationality(a, fig.span, fig.value))
            {
                // None named in the sentence: the article's protagonist ("L'ancien chef de
                // l'Etat, âgé de 70 ans"), the person it names most, when it names one at
                // least twice. Else no claim: the ages of two people must not be weighed
                // as one.
                // "a 40-year-old passenger", "un homme âgé de 40 ans" is someone new.
                // Within the sentence, and with its accents: "à Orem. Il avait 31 ans" is
                // not "a 31-year-old".
                let subject = cues::definite_subject(a, s.span, fig.span);
                let someone = {
                    let from = s.span.start().max(fig.span.start().saturating_sub(24));
                    let b = a.text[floor_boundary(&a.text, from)..fig.span.start()].to_lowercase();
                    // French "A 22 ans" is "À 22 ans", written without its accent.
                    b.split_whitespace().any(|w| {
                        matches!(w, "an" | "un" | "une") || (w == "a" && a.lang == Lang::En)
                    })
                    // "Le président élu, un avocat de 59 ans": an apposition to a title,
                    // someone the report names, not someone new.
                    && subject != Some(true)
                };
                // "À 22 ans, Carlos Alcaraz compte…", "Historien de 42 ans sans expérience
                // politique, Karol Nawrocki succédera…": the subject named after the comma.
                let named_after = ents
                    .iter()
                    .find(|e| {
                        e.span.start() >= fig.span.end()
                            && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                            && e.name.contains(' ')
                    })
                    .or_else(|| {
                        // "Agé de 83 ans, M. Condé avait été élu": a surname after a civility.
                        ents.iter().find(|e| {
                            e.span.start() >= fig.span.end()
                                && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                                && civility_before(&a.text[..e.span.start()]).is_some()
                        })
                    })
                    .filter(|e| {
                        let gap = &a.text[fig.span.end()..e.span.start()];
                        let gap = civility_before(gap).unwrap_or(gap);
                        gap.len() <= 40 && gap.trim_end().ends_with(',')
                    });
                // "Le pape François est mort le lundi de Pâques": a person of the gazetteer
                // before a bare name.
                let person_before = ents.iter().rfind(|e| {
                    e.span.end() <= fig.span.start()
                        && e.kind == EntityKind::Person
                        && e.entry.is_some()
                });
                // A person of the gazetteer is keyed by the entry, which both languages
                // share ("Francis" and "François"); anyone else by the surname.
                let key_of = |word: &str| match entry_of_name(a, f, word) {
                    Some(id) => format!("#{id}"),
                    None => crate::text::translit_key(word),
                };
                // "Un médecin saoudien de 50 ans", "a 50-year-old Saudi doctor": reports that
                // do not name the person (or not yet) describe them by nationality, which
                // both languages share.
                let nationality = cues::nationality_beside_age(a, s.span, fig.span);
                if let Some(cc) = nationality {
                    keyed(Aspect::Quantity, &format!("age/@{cc}"), None, soft_base);
                }
                // "battant l'Espagnol Carlos Alcaraz… l'Italien de 25 ans": an age given with
                // a nationality is not that of someone the article gives another one.
                let other_nationality = |name: &str| {
                    nationality.is_some_and(|cc| {
                        cues::stated_nationality(a, f, name).is_some_and(|their| their != cc)
                    })
                };
                // "Son fils aîné, âgé de 73 ans", "her eldest son, 73": a relative of the
                // person the article is about, keyed by the kinship both languages give.
                if let Some(kin) = cues::kin_beside_age(a, s.span, fig.span) {
                    keyed(Aspect::Quantity, &format!("age/kin:{kin}"), None, soft_base);
                    continue;
                }
                if let Some(role) = cues::role_beside_age(a, s.span, fig.span) {
                    // "Un pompier de 37 ans", "a 37-year-old firefighter": by their role.
                    keyed(Aspect::Quantity, &format!("age/as:{role}"), None, soft_base);
                }
                // "Le suspect, un homme de 71 ans, a été inculpé à Handlová": someone new,
                // whose age is no earlier name's; the author of the attack when the sentence
                // says so.
                // "La victime, Corey Comperatore, un ancien chef des pompiers de 50 ans": an
                // apposition that opens right after the name, in one comma.
                let named_before = named_before.filter(|e| {
                    !someone
                        || a.text.get(e.span.end()..fig.span.start()).is_some_and(|g| {
                            g.len() <= 48 && g.matches(',').count() == 1 && g.starts_with(',')
                        })
                });
                // "Le chef de gare de Larissa, âgé de 59 ans, a été placé en garde à vue": the
                // age of a subject given by a noun that is no title, completed by a name that
                // is not theirs, is someone of their own as much as "un homme de 59 ans"'s.
                let own_subject = subject == Some(false)
                    && ents
                        .iter()
                        .any(|e| e.span.end() <= fig.span.start() && complements_a_noun(a, e.span));
                if (someone || own_subject)
                    && named_before.is_none()
                    && named_after.is_none()
                    && bare_after.is_none()
                    && cues::perpetrator_age(a, s.span)
                {
                    keyed(Aspect::Quantity, "age/perpetrator", None, soft_base);
                    continue;
                }
                let Some(whose) = bare_after
                    .or_else(|| surname_before(true))
                    .map(key_of)
                    // Its entry already known: "Pope Francis" is written under the entry's
                    // own name ("Pape François"), whose surname the text need not hold.
                    .or_else(|| {
                        person_before
                            .and_then(|e| e.entry)
                            .map(|id| format!("#{id}"))
                    })
                    .or_else(|| {
                        named_before
                            .map(|e| surname(a, &e.name))
                            .filter(|name| !other_nationality(name))
                            .map(key_of)
                    })
                    .or_else(|| named_after.map(|e| key_of(surname(a, &e.name))))
                    .or_else(|| subject_of_gazetteer(a, f, s.span).map(key_of))
                    .or_else(|| {
                        protagonist
                            .get_or_init(|| protagonist_of(a, f))
                            .as_deref()
                            .filter(|name| !someone && !own_subject && !other_nationality(name))
                            .map(key_of)
                    })
                else {
                    continue;
                };
                keyed(Aspect::Quantity, &format!("age/{whose}"), None, soft_base);
                continue;
            }
            // "catégorie 5", "Category 5 storm", "vol AI171": a label, compared only with the
            // same label; a storm's category changes along its path.
            if let Some(label) = fig.label.as_deref() {
                // "A magnitude 6.7 aftershock followed", "une deuxième secousse de magnitude
                // 5,2": the label of a later happening of the kind, not another version of
                // the event's own.
                // Before it, past a comma ("plusieurs répliques, dont une de magnitude 6,9");
                // after it, within its clause only ("de magnitude 7,7, suivie d'une réplique"
                // is the first quake's).
                let before = cues::before(a, fig.span.start(), 48);
                let before = before.rsplit(['.', ';']).next().unwrap_or("");
                let after = a.text.get(fig.span.end()..).map_or("", |r| {
                    let r = r.get(..crate::text::floor_boundary(r, 24)).unwrap_or("");
                    r.split([',', ';', '.', '(']).next().unwrap_or("")
                });
                let around = fold(before) + " " + &fold(after);
                let later = around
                    .split(|c: char| !c.is_alphanumeric())
                    .filter_map(|w| Concepts::get().counted(w))
                    .any(|c| c.name == "aftershocks")
                    || later_of_its_kind(folded(), rel(fig.span));
                keyed(
                    Aspect::Quantity,
                    &format!("label/{label}{}", if later { "/later" } else { "" }),
                    None,
                    if crate::extract::figures::is_changing_label(label) {
                        Soft::Evolving
                    } else {
                        soft_base
                    },
                );
                continue;
            }
            // "Le 60e anniversaire des relations" is 60 years of them: it joins the event's
            // durations in years ("60 years of diplomatic ties", "il y a 60 ans").
            if fig.ordinal
                && matches!(scope, Scope::Event(_))
                && !caption
                && fig.noun.as_deref().is_some_and(|n| {
                    matches!(
                        n,
                        "anniversaire" | "anniversary" | "anniversaires" | "anniversaries"
                    )
                })
            {
                keyed(Aspect::Measure, "", Some("year"), soft_base);
            }
            // Every amount in a unit, and every duration, also joins its event's set of
            // amounts of that unit: what no concept keys can still be matched by value.
            if let (Scope::Event(_), false, Some(dim)) = (
                &scope,
                caption,
                unit.or_else(|| {
                    fig.noun
                        .as_deref()
                        .filter(|_| !fig.ordinal)
                        .and_then(time_unit)
                        .filter(|&u| u != "time")
                }),
            ) {
                keyed(Aspect::Measure, "", Some(dim), soft_base);
            }
            // "La 15e journée", "after 15 matches": the round of a league season, one number
            // however each report words it.
            if let Scope::Event(e) = &scope {
                if m.events[*e as usize].kind == "match"
                    && cues::league_round(a, fig.span, fig.ordinal, fig.noun.as_deref())
                {
                    // "Avant de se déplacer pour la cinquième journée": the round ahead.
                    let next = fig.ordinal && cues::ahead_in_clause(a, s.span, fig.span);
                    let concept = if next { "nth/round/next" } else { "nth/round" };
                    keyed(Aspect::Ordinal, concept, None, soft_base);
                    continue;
                }
            }
            // "Dembélé (34e)", "à la 34e minute", "Saka equalised after 61 minutes": the
            // minute of a goal, keyed by its scorer (named last before it), so that the goals
            // of one match are keys of their own.
            let minute = fig.noun.as_deref().and_then(time_unit) == Some("minute");
            let before_fig = fold(cues::before(a, fig.span.start(), 16));
            let before_fig = before_fig.trim_end();
            // A bare ordinal is a minute only as a match report writes one: "(34e)", "à la
            // 61e"; "sa deuxième Ligue des champions" is no minute.
            // "in the 54th" too, in a report that writes its other goals "in the 23rd minute".
            let bare_minute = fig.ordinal
                && fig.noun.is_none()
                && a.slice(fig.span).starts_with(|c: char| c.is_ascii_digit())
                && (before_fig.ends_with('(')
                    || before_fig.ends_with("a la")
                    || (before_fig.ends_with("in the")
                        && f.figures.iter().any(|g| {
                            g.ordinal && g.noun.as_deref().and_then(time_unit) == Some("minute")
                        })));
            let mark = (fig.ordinal && minute)
                || bare_minute
                || (minute
                    && (before_fig.ends_with("after")
                        || before_fig.ends_with("apres")
                        || before_fig.ends_with("au bout de")));
            // "Dante had been sent off in the 55th": the minute of a red card, a booking or a
            // change is the player's whom its clause names, never the scorer's named before.
            if let Some((clause, incident)) = mark
                .then(|| cues::match_incident(a, s.span, fig.span))
                .flatten()
            {
                let named = |e: &&crate::extract::EntityFact| {
                    e.span.start() >= clause.start()
                        && e.span.end() <= clause.end()
                        && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                        && crate::extract::demonyms::country_of(&e.name).is_none()
                };
                let player = ents
                    .iter()
                    .copied()
                    .filter(named)
                    .rfind(|e| e.span.end() <= fig.span.start())
                    .or_else(|| {
                        ents.iter()
                            .copied()
                            .filter(named)
                            .find(|e| e.span.start() >= fig.span.end())
                    });
                let who =
                    player.map_or(String::new(), |p| format!("/{}", fold(surname(a, &p.name))));
                keyed(
                    Aspect::Ordinal,
                    &format!("nth/minute{who}/{incident}"),
                    None,
                    soft_base,
                );
                continue;
            }
            let scorer = ents.iter().rfind(|e| {
                mark && e.span.end() <= fig.span.start()
                    && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                    && e.name.contains(' ')
                    && crate::extract::demonyms::country_of(&e.name).is_none()
            });
            if let Some(scorer) = scorer {
                // "Mbappé ouvre le score (23e) ... Mbappé offre la victoire (81e)": a scorer's
                // goals are as many facts as the match report tells which goal each was.
                let kind = cues::goal_kind(a, s.span, scorer.span.start(), fig.span)
                    .map_or(String::new(), |k| format!("/{k}"));
                keyed(
                    Aspect::Ordinal,
                    &format!("nth/minute/{}{kind}", fold(surname(a, &scorer.name))),
                    None,
                    soft_base,
                );
                continue;
            }
            // "36 Rafale" in one report, "36 Rafale jets" in another: the count of a model
            // is keyed by its name, whatever noun each language adds.
            if let Some(model) = fig.model.as_deref() {
                keyed(Aspect::Quantity, &format!("model/{model}"), None, soft_base);
            }
            // "Le 104e Premier ministre": a title in capitals is no noun, and the ordinal
            // before it ranks the holders of the office, as "the 104th prime minister" does.
            if let (None, None, true) = (fig.noun.as_deref(), unit, fig.ordinal) {
                if let Some(role) = title_role_at(&a.text[fig.span.end()..]) {
                    keyed(Aspect::Ordinal, &format!("holder/{role}"), None, soft_base);
                    continue;
                }
            }
            // "The death toll rose to 27": a toll with no noun of its own.
            if let (None, None, false) = (fig.noun.as_deref(), unit, fig.ordinal) {
                if let Some(toll) = cues::toll_subject(a, s.span, fig.span) {
                    keyed(Aspect::Quantity, toll, None, Soft::Evolving);
                    continue;
                }
                // "Crash kills 179 in the south", "killing 12 near the border": a verb of
                // death right before a bare number says what it counts.
                // So does a verb of injury, and either may stand before a hedge ("injuring
                // more than 730").
                let toks = a.seg.tokens_in(s.span);
                let mut i = toks.partition_point(|t| t.span.end <= fig.span.start);
                while i > 0 && cues::is_hedge_word(&fold(a.slice(toks[i - 1].span))) {
                    i -= 1;
                }
                let verb = (i > 0).then(|| fold(a.slice(toks[i - 1].span)));
                let toll = verb.as_deref().and_then(|w| {
                    if cues::is_death_verb(w) {
                        return Some("dead");
                    }
                    let c = Concepts::get().counted(w)?;
                    (c.evolving && Concepts::get().is_toll(c.name)).then_some(c.name)
                });
                if let Some(toll) = toll {
                    keyed(Aspect::Quantity, toll, None, Soft::Evolving);
                    continue;
                }
            }
            if unit == Some("%") {
                let frel = |at: usize| exact_rel(text, s.span, at);
                let rate = rate_near(fig.span);
                // "Lai took 40.1% of the vote. Hou came second with 33.5%": in the paragraph
                // that gave a share of the vote, a later percentage a candidate is named
                // beside is that candidate's share, its noun left out.
                let rate = rate.or_else(|| {
                    (votes_block == Some(s.block)
                        && candidate_of(a, s.span, fig.span, &ents).is_some())
                    .then_some("votes")
                });
                // "Faye wins presidency with 54 percent", "élu avec 54 %": the winner's share,
                // though no word says of what.
                let rate = rate.or_else(|| {
                    (cues::won_with(a, s.span, fig.span)
                        || (cues::obtained(a, s.span, fig.span)
                            && candidate_of(a, s.span, fig.span, &ents).is_some()))
                    .then_some("votes")
                });
                if rate == Some("votes") {
                    votes_block = Some(s.block);
                }
                // "99 % des bureaux de vote", "80% of precincts": a share of another whole
                // than the votes, though the sentence gives the vote.
                let rate = rate.filter(|&r| {
                    r != "votes"
                        || folded()
                            .get(frel(fig.span.end())..)
                            .and_then(share_word)
                            .is_none_or(|w| {
                                Concepts::get().counted(w).map(|c| c.name) == Some("votes")
                            })
                });
                if let Some(rate) = rate {
                    // "49,4 % des voix, contre 41,2 % pour Kim Moon-soo": a share of the
                    // vote is a candidate's.
                    // The protagonist's share comes first: a later share that no name
                    // claims ("28,5 % … devant l'AfD (20,8 %)") is a rival's, unknown.
                    let first_share = || {
                        !sentence_figures.iter().any(|o| {
                            o.span.start() < fig.span.start() && o.unit.as_deref() == Some("%")
                        })
                    };
                    let candidate = (rate == "votes")
                        .then(|| {
                            candidate_of(a, s.span, fig.span, &ents).or_else(|| {
                                first_share()
                                    .then(|| {
                                        protagonist.get_or_init(|| protagonist_of(a, f)).clone()
                                    })
                                    .flatten()
                            })
                        })
                        .flatten();
                    if rate == "votes" && candidate.is_none() && !first_share() {
                        continue;
                    }
                    let concept = match candidate {
                        Some(c) => format!("pct/{rate}/{}", fold(&c)),
                        // "34% on China and 20% on the European Union": a rate is its
                        // country's, compared country by country when the reports give
                        // rates for two countries or more (see `split_by_country`).
                        None => match rate_country(a, s.span, fig.span, &ents) {
                            Some(cc) => format!("pct/{rate}{COUNTRY_MARK}{cc}"),
                            None => format!("pct/{rate}"),
                        },
                    };
                    keyed(Aspect::Quantity, &concept, unit, soft_base);
                    continue;
                }
                // "98 % des bâtiments", "98% of the buildings": a share of a counted thing.
                if let Some(whole) = folded().get(frel(fig.span.end())..).and_then(share_of) {
                    keyed(
                        Aspect::Quantity,
                        &format!("pct/of/{whole}"),
                        unit,
                        soft_base,
                    );
                    continue;
                }
                // A percentage of a noun ("a 15% tariff") is keyed with its noun below.
                if fig.noun.is_none() {
                    continue;
                }
            }
            // "À une profondeur de 10 km", "10 km deep": the dimension it gives, named in
            // its own clause ("à 10 km de profondeur, à 16 km de Sagaing": the second
            // is a distance).
            // Not in a sentence past ordinary length: the clause search scans it.
            // The figure's clause, folded, with the figure's offsets in it.
            let in_clause = || -> Option<(&str, usize, usize)> {
                let frel = |at: usize| exact_rel(text, s.span, at);
                let (at, end) = (frel(fig.span.start()), frel(fig.span.end()));
                let f = folded();
                let from = [",", ";", "(", " et ", " and "]
                    .iter()
                    .filter_map(|w| f.get(..at).and_then(|b| b.rfind(w)).map(|i| i + w.len()))
                    .max()
                    .unwrap_or(0);
                let to = [",", ";", ")", " et ", " and "]
                    .iter()
                    .filter_map(|w| f.get(end..).and_then(|r| r.find(w)).map(|i| end + i))
                    .min()
                    .unwrap_or(f.len());
                f.get(from..to)
                    .filter(|_| from <= at && at <= end && end <= to)
                    .map(|clause| (clause, at - from, end - from))
            };
            // Computed once for both the dimension and the sum below.
            let clause = unit
                .filter(|_| text.len() <= EXACT_REL_MAX)
                .and_then(|_| in_clause());
            let dimension = unit.zip(clause).and_then(|(u, (clause, at, end))| {
                Concepts::get()
                    .rate_of(clause, at, end, DIMENSION_REACH, a.lang == Lang::Fr)
                    .filter(|&d| dimension_fits(d, u))
            });
            // "Net income rose to $31.9 billion", "un chiffre d'affaires record de 57
            // milliards de dollars": a sum is keyed by what it is of, when a word of profit or
            // revenue stands before it in its clause. A sum forecast is another fact than the
            // one earned, and one of an earlier period ("from $35.1 billion", "contre 35,1
            // milliards un an plus tôt") is none the reports share.
            let money = unit
                .filter(|u| crate::extract::figures::is_currency(u))
                .zip(clause)
                .and_then(|(_, (clause, at, end))| {
                    let d = Concepts::get()
                        .rate_of(clause, at, end, RATE_REACH, a.lang == Lang::Fr)
                        .filter(|d| matches!(*d, "profit" | "revenue"))?;
                    if cues::of_an_earlier_period(clause, at, end) {
                        return None;
                    }
                    Some(if cues::is_forecast(clause, at, end) {
                        format!("{d}/forecast")
                    } else {
                        d.to_string()
                    })
                });
            if let Some(d) = dimension.filter(|_| fig.noun.is_some()) {
                keyed(Aspect::Quantity, &format!("measure/{d}"), unit, soft_base);
                continue;
            }
            let Some(noun) = fig.noun.as_deref() else {
                // A measure with a unit and no noun ("à 320 km au sud de Rabat", "5 milliards
                // de dollars pour Gazprom") is about the entity named right after it.
                // Otherwise a measure in a unit that says what it measures (a speed, a
                // length, a sum of money, basis points) is keyed by its unit: within one
                // event, reports that give a wind speed or a fine give the same one. A
                // percentage says too little (a rate, a share, a forecast) and is left out.
                // Only in a sentence that reports the event itself ("a annoncé mardi le rachat
                // de Wiz pour 32 milliards") or in the headline: elsewhere a sum may be any
                // other ("avait rejeté une offre de 23 milliards").
                // "53 were British", "seven were Portuguese": nationals of a country.
                if let (None, Some((country, true))) =
                    (unit, nationality_of_count(a, s.span, fig.span, None))
                {
                    keyed(
                        Aspect::Quantity,
                        &format!("nationals/{}", fold(country)),
                        None,
                        soft_base,
                    );
                    continue;
                }
                // "50 Boeing 787-9 jets, with options for 25 more": a bare count with "more"
                // after it adds to what the sentence's count before it counted.
                let more_of = || {
                    let next = a.text[fig.span.end()..].split_whitespace().next()?;
                    if fold(next.trim_end_matches(|c: char| !c.is_alphanumeric())) != "more" {
                        return None;
                    }
                    let before = sentence_figures.iter().rfind(|g| {
                        g.span.end() <= fig.span.start()
                            && g.unit.is_none()
                            && g.label.is_none()
                            && !g.ordinal
                    })?;
                    before
                        .noun
                        .as_deref()
                        .and_then(|n| Concepts::get().counted(n))
                        .map(|c| c.name.to_string())
                        .or_else(|| before.model.as_deref().map(|m| format!("model/{m}")))
                };
                if let Some(what) = more_of().filter(|_| unit.is_none()) {
                    keyed(Aspect::Quantity, &format!("{what}/more"), None, soft_base);
                    continue;
                }
                let Some(unit) = unit else {
                    if let Some(concept) = share_of_name(a, s.span, fig, &sentence_figures) {
                        keyed(Aspect::Quantity, concept, None, soft_base);
                        continue;
                    }
                    // "Killing all 150 on board", "239 à bord": those aboard.
                    if cues::aboard_alone(a, fig.span) {
                        keyed(
                            Aspect::Quantity,
                            &format!("{PEOPLE}/aboard"),
                            None,
                            soft_base,
                        );
                        continue;
                    }
                    // "Plus de 100 morts, dont 84 dans le comté de Kerr", "including 84 in
                    // Kerr County": a part of the toll named before it, where it counts.
                    if let Some(part) = toll_part(a, s.span, fig, &sentence_figures) {
                        keyed(Aspect::Quantity, &part, None, Soft::Evolving);
                    } else if let Some((state, running)) = passive_toll(a, s.span, fig.span) {
                        // "33 people were killed, and 195 were wounded": the count is the
                        // subject of its state's verb.
                        let soft = if running { Soft::Evolving } else { soft_base };
                        keyed(Aspect::Quantity, state, None, soft);
                    } else if cues::part_of_counted(a, s.span, fig.span) {
                        // "138 bateaux, dont 38 en Class40", "38 bateaux…, sur 138 au départ":
                        // a part or a whole of the count just made, which the report states
                        // beside it. Not a toll's part: a report giving a toll and a part of
                        // it would read as torn between two tolls.
                        // The count right before: by its noun, or by the verb that governs
                        // it ("injuring 63, 11 of them seriously").
                        let whole = sentence_figures
                            .iter()
                            .rev()
                            .find(|g| g.span.end() <= fig.span.start() && g.unit.is_none());
                        let counted = whole.and_then(|g| match g.noun.as_deref() {
                            Some(n) => Concepts::get().counted(n),
                            None => {
                                let before = fold(cues::before(a, g.span.start(), 24));
                                let verb = before.split_whitespace().next_back()?;
                                Concepts::get().counted(verb)
                            }
                        });
                        // "Seventy people were injured, 12 of them seriously": how badly
                        // they were hurt says the part is of the injured, whatever noun
                        // counted the whole.
                        let hurt_before = || {
                            fold(&a.text[s.span.start()..fig.span.start()])
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|w| {
                                    Concepts::get()
                                        .counted(w)
                                        .is_some_and(|c| c.name == "injured")
                                })
                        };
                        let counted = match counted {
                            Some(c)
                                if c.name == PEOPLE
                                    && cues::hurt_how(a, s.span, fig.span).is_some()
                                    && hurt_before() =>
                            {
                                Concepts::get().counted("injured")
                            }
                            c => c,
                        };
                        match counted {
                            Some(c) if !c.evolving && !Concepts::get().is_toll(c.name) => {
                                // "Prosecutors had sought five years, three of them without
                                // suspension": a part of a measure the verb before it names
                                // (what was sought, not what was given) is that measure's.
                                match whole.and_then(|g| g.measure.as_deref()) {
                                    Some(mm) => keyed(
                                        Aspect::Quantity,
                                        &format!("{}/{mm}/part", c.name),
                                        None,
                                        soft_base,
                                    ),
                                    None => keyed(Aspect::Quantity, c.name, None, soft_base),
                                }
                            }
                            // "63 injured, 11 of them seriously": the injured by how badly.
                            Some(c) if c.name == "injured" => {
                                if let Some(degree) = cues::hurt_how(a, s.span, fig.span) {
                                    keyed(
                                        Aspect::Quantity,
                                        &format!("injured/{degree}"),
                                        None,
                                        Soft::Evolving,
                                    );
                                }
                            }
                            _ => {}
                        }
                    }
                    continue;
                };
                // "Le bénéfice a chuté de 70 %", "net income dropped 70%": a percentage is
                // keyed by what it is a change or a share of, when a rate word says it.
                let concept = match (
                    dimension.map(str::to_string).or(money),
                    anchor_after(a, &ents, fig.span),
                ) {
                    (Some(d), _) => format!("measure/{d}"),
                    (None, Some(anchor)) => format!("measure/{anchor}"),
                    (None, None)
                        if unit != "%"
                            && (m.is_shared_mention(s.span)
                                || a.blocks[s.block as usize].kind == BlockKind::Title) =>
                    {
                        "measure".to_string()
                    }
                    (None, None) => continue,
                };
                keyed(Aspect::Quantity, &concept, Some(unit), soft_base);
                continue;
            };
            // "12 ans" says nothing without what it measures ("à l'âge de 88 ans"); "les deux
            // pays", "the two leaders" point back at things already named rather than count.
            // "la 12e minute" and "the 12th minute", "la huitième fois" and "the eighth time":
            // an ordinal of a unit of time is a rank, the same in both languages.
            if let (true, Some(unit)) = (fig.ordinal, time_unit(noun)) {
                keyed(Aspect::Ordinal, &format!("nth/{unit}"), None, soft_base);
                continue;
            }
            // "0.87 seconds ahead of Rast", "third, 1.12 seconds back": each rival's gap, no
            // count the reports share (its amount still joins the event's durations, above).
            if !fig.ordinal
                && matches!(time_unit(noun), Some("second" | "minute" | "hour"))
                && cues::is_time_gap(a, s.span, fig.span)
            {
                continue;
            }
            // "251 taken hostage": a participle read as the count's noun.
            if !fig.ordinal && Concepts::get().counted(noun).is_none() {
                if let Some((state, running)) = passive_toll(a, s.span, fig.span) {
                    let soft = if running { Soft::Evolving } else { soft_base };
                    keyed(Aspect::Quantity, state, None, soft);
                    continue;
                }
            }
            // "Condamné à cinq ans": years after a verdict's word are a prison term.
            let prison_term = time_unit(noun) == Some("year")
                && !fig.ordinal
                && cues::after_a_verdict(a, s.span, fig.span);
            if (is_generic(noun) && fig.measure.is_none() && !prison_term)
                || anaphoric(a, s.span, fig)
            {
                continue;
            }
            // "53 Britanniques", "seven Portuguese", "169 of the passengers were Indian": a
            // count by nationality, keyed by country in both languages. Any other count of
            // a part ("169 of the passengers") is not the whole's count: no claim.
            // "All 157 of the passengers" is the whole; "34 of the wounded remained in
            // hospital" counts the hospitalised.
            // "Les 75 dernières années", "the last 20 years": a length, not a part.
            let partitive = (is_partitive(a, fig.span)
                || (time_unit(noun).is_none() && cues::is_ordered_part(a, fig.span)))
                && !fold(cues::before(a, fig.span.start(), 8))
                    .trim_end()
                    .ends_with("all")
                && !cues::in_hospital(a, s.span, fig.span);
            // "1,500 French troops" and "1 500 soldats français" are one count, and not the
            // "1,100 US troops" beside them: a nationality keys the count with its country.
            // People by nationality ("53 British passengers", "169 passagers étaient
            // indiens") are its nationals.
            let by_country = nationality_of_count(a, s.span, fig.span, Some(noun));
            let people_like = Concepts::get()
                .counted(noun)
                .is_some_and(|c| matches!(c.name, PEOPLE | "passengers" | "victims" | "tourists"));
            let nationals = crate::extract::demonyms::country_of(noun)
                .or_else(|| {
                    partitive
                        .then(|| demonym_after(a, s.span, fig.span))
                        .flatten()
                })
                .or_else(|| {
                    // "Most of the 144 passengers were German": the 144 is the whole, not
                    // its nationals.
                    by_country
                        .filter(|&(_, copula)| {
                            (copula || people_like) && !cues::is_total(a, fig.span)
                        })
                        .map(|(c, _)| c)
                });
            if let Some(country) = nationals {
                // "1,500 French and 1,100 US troops": the noun after the second count is the
                // first's too.
                let concept = match elided_noun(a, s.span, fig.span) {
                    Some(shared)
                        if !matches!(shared, PEOPLE | "passengers" | "victims" | "tourists") =>
                    {
                        format!("{shared}/@{}", fold(country))
                    }
                    _ => format!("nationals/{}", fold(country)),
                };
                keyed(Aspect::Quantity, &concept, None, soft_base);
                continue;
            }
            // "Among the freed were 250 serving life sentences": a part of another count,
            // unless of a toll ("parmi les morts, 12 enfants"), which rises with it.
            let among_clause = cues::in_among_clause(a, s.span, fig.span);
            if partitive {
                // "Eleven of the injured were in a serious condition": a part of the injured
                // by how badly they were hurt, a count of its own as "dont onze grièvement
                // blessés" is.
                if Concepts::get().counted(noun).map(|c| c.name) == Some("injured") {
                    if let Some(degree) = cues::injury_degree(a, s.span, fig.span) {
                        keyed(
                            Aspect::Quantity,
                            &format!("injured/{degree}"),
                            None,
                            Soft::Evolving,
                        );
                    }
                }
                continue;
            }
            let among = among_clause.is_some();
            // "Among the freed were 250 prisoners" in a report that counts 1,968 prisoners:
            // a part of the whole it gives, keyed apart. A part of nothing the report counts
            // ("parmi les passagers figuraient 15 étrangers") compares as it is.
            let part_of_own = among_clause == Some(false) && {
                let mine = Concepts::get().counted(noun).map(|c| c.name);
                f.figures.iter().any(|o| {
                    o.span != fig.span
                        && o.noun.as_deref().is_some_and(|n| {
                            n == noun
                                || (mine.is_some()
                                    && Concepts::get().counted(n).map(|c| c.name) == mine)
                        })
                })
            };
            // "800 habitants de l'île de Ruang", "800 people living on Ruang": that place's
            // people, whatever happened to them.
            let named_population = Concepts::get()
                .counted(noun)
                .filter(|c| matches!(c.name, PEOPLE | INHABITANTS))
                .and_then(|_| cues::named_population(a, s.span, fig.span));
            let counted = match Concepts::get().counted(noun) {
                Some(c)
                    if c.name == PEOPLE
                        && (named_population.is_some()
                            || cues::population_of_place(a, s.span, fig.span)) =>
                {
                    Concepts::get().counted(INHABITANTS).or(Some(c))
                }
                Some(c) if c.name == INHABITANTS && named_population.is_some() => Some(c),
                // "179 morts parmi les 181 personnes à bord": the whole the toll is drawn
                // from is not in the toll's state.
                Some(c) if c.name == PEOPLE && !cues::is_total(a, fig.span) => {
                    what_happened_to(a, s.span, fig.span).or(Some(c))
                }
                // "900 habitants évacués" are the evacuated, not the town's population.
                Some(c) if c.name == INHABITANTS => {
                    what_happened_after(a, s.span, fig.span).or(Some(c))
                }
                c => c,
            };
            let mut concept = counted.map_or_else(|| cognate_stem(noun), |c| c.name.to_string());
            // "Le taux de dépôt baisse de 0,25 point", "inflation fell by 2.5 percentage
            // points": points of a rate are that rate's, as a percentage is.
            if concept == "points" {
                if let Some(rate) = rate_near(fig.span) {
                    concept = format!("points/{rate}");
                }
            }
            // "Dak Lak province was the worst hit, with 27 deaths", "la province la plus
            // touchée, avec 27 morts": a part of the toll, the hardest-hit place's.
            // "À Gia Lai, 12 personnes sont mortes", in a report whose toll is 90: a count
            // a place opens the sentence with, below a toll the report gives elsewhere, is
            // that place's part.
            if let Some(c) = counted.filter(|c| c.evolving && Concepts::get().is_toll(c.name)) {
                let place = cues::worst_hit_place(a, s.span, fig.span).or_else(|| {
                    cues::opening_locative(a, s.span, fig.span).filter(|_| {
                        // "90 morts", or "killed 90 people": the toll's concept, read
                        // through what befell a generic count.
                        let toll_of = |o: &crate::extract::FigureFact| {
                            let oc = o.noun.as_deref().and_then(|n| Concepts::get().counted(n))?;
                            if !matches!(oc.name, PEOPLE | INHABITANTS) {
                                return Some(oc.name);
                            }
                            let at = a.seg.sentence_at(o.span)?;
                            what_happened_to(a, a.seg.sentences[at].span, o.span).map(|x| x.name)
                        };
                        f.figures.iter().any(|o| {
                            !s.span.contains(o.span)
                                && !o.ordinal
                                && o.value > fig.value
                                && toll_of(o) == Some(c.name)
                        })
                    })
                });
                if let Some(place) = place {
                    keyed(
                        Aspect::Quantity,
                        &format!("{concept}/part/{}", fold(place)),
                        None,
                        Soft::Evolving,
                    );
                    continue;
                }
            }
            // "Petropavlovsk-Kamtchatski, ville de 180 000 habitants": a population is its
            // place's, the gazetteer place named last before it in the sentence. Two places'
            // populations are two counts ("Le Japon a appelé 1,9 million d'habitants").
            if let (INHABITANTS, Some(at)) = (concept.as_str(), named_population) {
                // The gazetteer's id when it knows the place, so that both languages meet.
                concept = match ents
                    .iter()
                    .find(|e| e.kind == EntityKind::Place && e.span.start() == at)
                    .and_then(|e| e.entry)
                {
                    Some(id) => format!("{INHABITANTS}/#{id}"),
                    None => {
                        let name = a.text[at..]
                            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                            .next()
                            .unwrap_or("");
                        format!("{INHABITANTS}/{}", fold(name))
                    }
                };
            } else if concept == INHABITANTS {
                let named = ents
                    .iter()
                    .rfind(|e| {
                        e.kind == EntityKind::Place
                            && e.entry.is_some()
                            && e.span.end() <= fig.span.start()
                    })
                    .and_then(|e| e.entry);
                let owner = named.or_else(|| {
                    *main_place.get_or_init(|| {
                        let mut n: std::collections::BTreeMap<u32, (usize, usize)> =
                            std::collections::BTreeMap::new();
                        for (i, e) in f.entities.iter().enumerate() {
                            if let (EntityKind::Place, Some(id)) = (e.kind, e.entry) {
                                let c = n.entry(id).or_insert((0, i));
                                c.0 += 1;
                            }
                        }
                        n.into_iter()
                            .max_by(|(_, (c1, i1)), (_, (c2, i2))| c1.cmp(c2).then(i2.cmp(i1)))
                            .map(|(id, _)| id)
                    })
                });
                if let Some(id) = owner {
                    concept = format!("{INHABITANTS}/#{id}");
                }
            }
            if let Some((country, false)) = by_country.filter(|_| !people_like) {
                concept = format!("{concept}/@{}", fold(country));
            } else if by_country.is_none() && !counted.is_some_and(|c| c.evolving) {
                // "China sent 82 rescuers and Russia 120": one sentence's counts of one thing
                // by two countries, each keyed by its own.
                if let Some(country) = rival_country(f, &ents, s.span, fig.span) {
                    concept = format!("{concept}/@{}", fold(country));
                }
            }
            // "A ferry with 87 people on board": what it carried, not a toll.
            // "Occupants" are the people on board, whatever follows the word.
            // "Killing all 109 people on board and four on the ground": those aboard who
            // died are a part of the toll, not the toll, when another part follows.
            // Passengers and crew are aboard by what they are: "144 passagers", "transportait
            // 144 passagers" and "the 144 passengers on board" are one count.
            let load = counted.is_some_and(|c| matches!(c.name, "passengers" | "crew"));
            let aboard = (counted.is_some_and(|c| c.name == PEOPLE)
                || (concept == "dead" && cues::another_part_follows(a, s.span, fig.span)))
                && (cues::on_board(a, s.span, fig.span)
                    || matches!(fold(noun).as_str(), "occupant" | "occupants"));
            if aboard {
                concept.push_str("/aboard");
            }
            // "The plane carried 64 people; the helicopter had a crew of three": a count of
            // the clause that names another vehicle than the article's first is that
            // vehicle's, not another version of the first one's.
            if counted.is_some() {
                let main = *main_vehicle.get_or_init(|| vehicle_in(&a.text));
                let clause = clause_around(&a.text, s.span, fig.span);
                if let Some(v) = vehicle_in(clause).filter(|&v| Some(v) != main) {
                    concept.push('/');
                    concept.push_str(v);
                }
            }
            // "500 more soldiers" adds to a total; it is not the total.
            if cues::is_increment(a, s.span, fig.span) {
                concept.push_str("/more");
            }
            // "30 lancements sont déjà réservés": things to come, not things done.
            if cues::planned_count(a, s.span, fig.span) {
                concept.push_str("/planned");
            }

            if part_of_own {
                concept.push_str("/part");
            }
            // "20 living hostages" and "28 deceased hostages" are two counts. Not the whole
            // a part is counted of ("tuant 241 des 242 personnes à bord": the verb's state
            // is the part's).
            // "Killing all 144 passengers", "les 144 passagers ont péri": the whole load, which
            // the reports that only say what the plane carried count too.
            let whole_load = load && cues::definite_whole(a, fig.span);
            let state = (!matches!(
                concept.as_str(),
                "dead" | "injured" | "missing" | "survivors"
            ) && !is_total(a, fig.span)
                && !whole_load
                // "800 people living on Ruang": the living is where, not a state.
                && named_population.is_none())
            .then(|| {
                cues::life_state(a, s.span, fig.span).or_else(|| {
                    // "Killed at least 51 people, including 15 children": a part of a
                    // toll is in the state of its whole, the count given before it.
                    (among || cues::is_subset(a, s.span, fig.span))
                        .then(|| {
                            f.figures.iter().rev().find(|o| {
                                o.span.end() <= fig.span.start() && s.span.contains(o.span)
                            })
                        })
                        .flatten()
                        .and_then(|o| cues::life_state(a, s.span, o.span))
                        // "Parmi les victimes figurent 28 enfants" beside "28 children were
                        // among the dead": a part of the toll the clause names is of its state.
                        .or_else(|| cues::among_toll_state(a, s.span, fig.span))
                })
            })
            .flatten();
            if let Some(state) = state {
                // "127 personnes restent portées disparues" counts what "127 are missing"
                // does: people in a state of a toll are that toll.
                concept = if concept == PEOPLE && matches!(state, "missing" | "dead" | "injured") {
                    state.to_string()
                } else if state == "freed"
                    && matches!(concept.as_str(), PEOPLE | "passengers" | "rescued")
                {
                    // "568 passagers ont été secourus", "rescuers pulled 568 people from the
                    // water", "568 others were rescued": the rescued.
                    "rescued".to_string()
                } else if concept.split('/').next() == Some(state)
                    || (state == "alive" && concept.ends_with("/aboard"))
                {
                    // "dead/aboard" is already of the state; "all 155 people on board
                    // survived" counts those aboard, as the reports that say no more do.
                    concept
                } else {
                    format!("{concept}/{state}")
                };
            }
            // "Un bilan de 51 morts, dont 19 tués lundi", "51 dead, including 19 killed on
            // Monday": a part of a toll by the day it happened, a count of its own.
            if among || cues::is_subset(a, s.span, fig.span) {
                let clause_end = a.text[fig.span.end()..s.span.end()]
                    .find([',', ';', '.', '('])
                    .map_or(s.span.end(), |i| fig.span.end() + i);
                let day = f
                    .dates
                    .iter()
                    .filter(|d| d.span.start() >= fig.span.end() && d.span.end() <= clause_end)
                    .find(|d| d.precision == Precision::Day)
                    .and_then(|d| d.start);
                if let Some(day) = day {
                    concept = format!("{concept}/on:{day}");
                }
            }
            if (concept == PEOPLE || concept == "injured" || concept.starts_with("injured/"))
                && cues::in_hospital(a, s.span, fig.span)
            {
                concept = "hospitalised".to_string();
            } else if state.is_none()
                && counted
                    .is_none_or(|c| !Concepts::get().is_toll(c.name) && c.name != "hospitalised")
                && cues::in_hospital(a, s.span, fig.span)
            {
                // "Vingt-trois mineurs ont été hospitalisés" beside "112 mineurs
                // travaillaient": the miners in hospital, not how many miners there were.
                concept = format!("{concept}/hospitalised");
            }
            // "Two people remained seriously injured" beside "79 injured": a part of the
            // injured, another count.
            if concept == "injured" || concept.ends_with("/injured") {
                if let Some(degree) = cues::injury_degree(a, s.span, fig.span) {
                    concept = format!("{concept}/{degree}");
                }
            }
            // "A margin of about 21,000 votes": the gap between the sides, another count.
            if cues::is_margin(a, s.span, fig.span) {
                concept = format!("{concept}/margin");
            } else if let Some(side) = counted
                .filter(|c| Concepts::get().is_sided(c.name))
                .and_then(|c| cues::vote_side(a, s.span, fig.span, c.name == "votes"))
            {
                concept = format!("{concept}/{side}");
            }
            // "436 points, ahead of Yuval Raphael (357 points)", "Raphael received 357
            // points": a score is its competitor's, when the sentence names them. Not a
            // count of votes: one house's vote and another's name one candidate alike.
            // "Tyson Gay a pris la deuxième place", "Powell finished in third place": a rank
            // is its competitor's too.
            let rank = fig.ordinal
                && matches!(
                    fold(noun).trim_end_matches('s'),
                    "place" | "position" | "rang" | "rank"
                );
            if PLAYER_TALLIES.contains(&concept.as_str()) || rank {
                if let Some(who) = candidate_of(a, s.span, fig.span, &ents)
                    .or_else(|| surname_alone_before(a, f, &full_surnames, s.span, fig.span))
                {
                    concept = format!("{concept}/{}", fold(&who));
                }
            } else if fig.ordinal && after_possessive(&a.text, fig.span) {
                // "Gressier a pris la 9e place pour son troisième marathon" in a report of
                // Abate's win, which gives Abate's "deuxième marathon": the nth of one
                // person's own, two runners' are two facts. Whose is the person named last
                // before it; the protagonist's keeps the plain key, which the reports that
                // name no one ("sa troisième visite") or write "Lula's third visit" give.
                let who = ents
                    .iter()
                    .rfind(|e| e.span.end() <= fig.span.start() && names_someone(e))
                    .map(|e| surname(a, &e.name).to_string())
                    .or_else(|| surname_alone_before(a, f, &full_surnames, s.span, fig.span));
                // A short report names its protagonist once: then the first person it names.
                let main = protagonist
                    .get_or_init(|| protagonist_of(a, f))
                    .clone()
                    .or_else(|| {
                        f.entities
                            .iter()
                            .find(|e| names_someone(e))
                            .map(|e| surname(a, &e.name).to_string())
                    });
                if let Some(who) =
                    who.filter(|w| main.as_deref().is_none_or(|m| fold(m) != fold(w)))
                {
                    concept = format!("{concept}/{}", fold(&who));
                }
            }
            // "Avaient d'abord annoncé 15 morts": a count since corrected, another fact.
            if cues::superseded(a, s.span, fig.span) {
                concept.push_str("/earlier");
            }
            // "Guéant a été condamné à six ans", "sentenced Sarkozy to five years": a prison
            // term is whose it is, named last before it (else the article's protagonist),
            // not the verb's (two convicts' terms are two facts).
            let convict = prison_term
                .then(|| {
                    ents.iter()
                        .rfind(|e| {
                            e.span.end() <= fig.span.start()
                                && matches!(e.kind, EntityKind::Person | EntityKind::Name)
                                && e.name.contains(' ')
                                && crate::extract::demonyms::country_of(&e.name).is_none()
                        })
                        .map(|e| surname(a, &e.name))
                        .map(fold)
                        .or_else(|| {
                            // "Des peines allant de trois à quinze ans": a bound of the terms
                            // of several, no one's.
                            if bounds_a_range(a, fig.span) {
                                return None;
                            }
                            protagonist
                                .get_or_init(|| protagonist_of(a, f))
                                .as_deref()
                                .map(fold)
                        })
                })
                .flatten();
            if let Some(who) = convict {
                concept = format!("sentence/{who}");
            } else if let Some(mm) = &fig.measure {
                concept = format!("{concept}/{mm}");
            }
            // "The 630-seat Bundestag", "a 300-bed hospital": the size of the thing named
            // next, not a count of what the reports count ("the coalition holds 328 seats").
            let text = a.slice(fig.span);
            if unit.is_none()
                && time_unit(noun).is_none()
                && text.starts_with(|c: char| c.is_ascii_digit())
                && text.rsplit_once('-').is_some_and(|(n, w)| {
                    n.ends_with(|c: char| c.is_ascii_digit())
                        && w.chars().all(char::is_alphabetic)
                        && !w.is_empty()
                })
            {
                concept.push_str("/size");
            }
            // "325 voix sur 630", "325 of 630 votes": the second number is the whole the
            // first is a part of, another quantity.
            // Those on board and a population are wholes already: "one of the 242 people on
            // board" counts what "242 personnes à bord" does, "un tiers des 500 000 habitants"
            // what "Rabat's 500,000 residents" does.
            if is_total(a, fig.span) && !aboard && !load && !concept.starts_with(INHABITANTS) {
                concept.push_str("/total");
            } else if cues::is_condition(a, fig.span) {
                // "Once 55 countries have ratified it": a count a condition sets.
                concept.push_str("/if");
            } else if is_shortfall(a, fig.span) {
                // "il lui a manqué six voix", "six votes short": what was missing, not won.
                concept.push_str("/short");
            } else if matches!(concept.as_str(), "seats" | "votes") && is_threshold(a, fig.span) {
                // "A majority requires 76 seats", "il faut réunir au moins 76 sièges", "les
                // 233 nécessaires": the threshold, not what a party won.
                concept = "required".to_string();
            }
            // "le 266e pape", "le 266e souverain pontife": holders of one office, whatever
            // word each report gives it.
            if fig.ordinal {
                if let Some(role) = title_role_at(&a.text[fig.span.end()..]) {
                    concept = format!("holder/{role}");
                }
                if cues::ahead_in_clause(a, s.span, fig.span) {
                    concept.push_str("/next");
                }
            }
            // "320 000 selon l'Intérieur, 1,2 million selon la CGT": two sources' counts, each
            // its own fact, when the sentence gives counts from more than one source.
            if let Some(by) = by.as_ref().filter(|_| contested) {
                concept = format!("{concept}/by:{by}");
            }
            // A count keys only the reports that use a word of the same concept ("64 000
            // spectateurs", "559 people arrested"), and one key may hold two counts ("436
            // points" for the winner, "357 points" for the runner-up): every count also joins
            // the event's set of counts, matched by value. Small counts are left out (too many
            // things come in twos and tens), and so are tolls, which rise between reports.
            // Not a duration ("25 minutes later"), which joins the set of its own unit.
            if unit.is_none()
                && !counted.is_some_and(|c| c.evolving)
                // "83 others were unaccounted for": said missing, dead or freed, a part of
                // a toll too.
                && state.is_none()
                && time_unit(noun).is_none()
                && fig.value >= 20.0
                && !fig.ordinal
                && !fig.evolving
                && matches!(scope, Scope::Event(_))
                && !caption
            {
                keyed(Aspect::Measure, "", Some("count"), soft_base);
            }
            // A count of people said dead, missing or injured, or given as a part of a toll
            // ("dont 15 enfants", "including 12 children"), rises and falls with the toll.
            // A town's population is no toll, whatever the clause says happened to its
            // streets ("des quartiers de cette ville de 100 000 habitants ont été emportés").
            let evolving = ((fig.evolving && !aboard)
                || counted.is_some_and(|c| c.evolving)
                || state.is_some_and(|s| s != "downed" && !(s == "alive" && aboard))
                || ((among || cues::is_subset(a, s.span, fig.span))
                    && cues::toll_before(a, fig.span.start())))
                && !concept.starts_with(INHABITANTS);
            // "133 cardinal electors", "133 cardinaux électeurs": two nouns of the lexicon
            // side by side name one group two ways, and the report that writes one of them
            // ("the 133 cardinals") compares under either.
            let mut named_by_group = false;
            // "A second wave of blasts hit on Wednesday, killing 20": the count of a later
            // happening of the event's kind, not another version of the first one's (kept
            // apart only when the report counts the first one too: see below).
            if Concepts::triggers_of(folded())
                .iter()
                .any(|&(p, _)| p < rel(fig.span) && later_of_its_kind(folded(), p))
            {
                concept.push_str(LATER);
            }
            // "Les 50 autres accusés", "the 50 other defendants": the count of the rest, beside
            // a report of the whole ("les 51 accusés").
            // Not "568 others were rescued", "568 autres ont été sauvées": other people than
            // the count before, with no group named.
            let mut next_words = a.text[fig.span.end()..].split_whitespace();
            if next_words
                .next()
                .is_some_and(|w| matches!(fold(w).as_str(), "autres" | "other" | "others"))
                && next_words.next().is_some_and(|w| {
                    !crate::extract::stopwords()
                        .contains(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                })
            {
                concept.push_str(OTHERS);
            }
            if let (false, Some(c)) = (fig.ordinal, counted) {
                // A toll word beside the noun is the group's state ("four troops died":
                // `troops/dead`), not a second name of the group.
                if let Some(other) = companion_count(a, fig.span, noun)
                    .filter(|o| o.name != c.name && !(state.is_some() && o.evolving))
                {
                    // "Three crew members" of a helicopter beside "four crew members" of a
                    // jet: under "members" alone, the two would be one count.
                    named_by_group = c.name == MEMBERS;
                    let other_concept = match state {
                        Some(state) => format!("{}/{state}", other.name),
                        None => other.name.to_string(),
                    };
                    keyed(
                        Aspect::Quantity,
                        &other_concept,
                        unit,
                        if evolving || other.evolving {
                            Soft::Evolving
                        } else {
                            soft_base
                        },
                    );
                }
            }
            if !named_by_group {
                let aspect = if fig.ordinal {
                    Aspect::Ordinal
                } else {
                    Aspect::Quantity
                };
                let soft = if evolving { Soft::Evolving } else { soft_base };
                // "35 000 personnes ont défilé", "35,000 people marched": people who march
                // are the protesters other reports count.
                let marchers = concept == "people"
                    && !fig.ordinal
                    && Concepts::triggers_of(folded()).iter().any(|&(p, t)| {
                        t == "protest" && p >= rel(fig.span) && p <= rel(fig.span) + MARCH_REACH
                    });
                for concept in [Some(concept.as_str()), marchers.then_some("protesters")]
                    .into_iter()
                    .flatten()
                {
                    keyed(aspect, concept, unit, soft);
                    // "35 000 manifestants selon la police": a count a source gives, alone in
                    // its sentence, is that source's too, as it is where another source's
                    // stands beside it ("38 000 selon la police, 60 000 selon les syndicats").
                    if let Some(by) = by.as_ref().filter(|_| !contested) {
                        keyed(aspect, &format!("{concept}/by:{by}"), unit, soft);
                    }
                }
            }
        }
    }
    // A count of a later happening is another count only beside the first one's in the
    // same report ("killed 12 on Tuesday" and "a second wave killed 20"). A report of the
    // second round alone ("elected in a second vote with 325 votes") counts what the others
    // count.
    let bases: Vec<Name> = out
        .iter()
        .filter(|(c, _)| c.key.aspect == Aspect::Quantity && c.key.concept.ends_with(LATER))
        .map(|(c, _)| c.key.concept.clone())
        .collect();
    for later in bases {
        let base = &later[..later.len() - LATER.len()];
        if !out
            .iter()
            .any(|(c, _)| c.key.aspect == Aspect::Quantity && &*c.key.concept == base)
        {
            let base = intern(base);
            for (c, _) in out.iter_mut().filter(|(c, _)| c.key.concept == later) {
                c.key.concept = base.clone();
            }
        }
    }
    join_consecutive_days(a, &mut out);
    count_victims_only(a, &mut out);
    plans_supersede(&mut out, m);
    // Every article's claims wait for the merge: the estimate's slack would add up.
    out.shrink_to_fit();
    out
}

/// "59 morts, dont le tireur", "including the two attackers": the toll counts those who
/// carried out the attack, which the reports that count their victims leave out. Such a
/// toll is read as its victims', and so is the same toll given elsewhere in the article (a
/// headline's "59 morts").
fn count_victims_only(a: &Article, claims: &mut [(Claim, u64)]) {
    // The body's toll is keyed with the country it names; a headline's may not be.
    fn unplaced(concept: &str) -> &str {
        concept.split(COUNTRY_MARK).next().unwrap_or(concept)
    }
    let mut with: Vec<(String, u64, f64)> = Vec::new();
    for (c, _) in claims.iter() {
        if let (Aspect::Quantity, Value::Number { value, .. }) = (c.key.aspect, c.value) {
            if c.key.concept.split(['/', '@']).next() == Some("dead") {
                if let Some(k) = cues::perpetrators_included(a, c.sentence, c.span) {
                    if value > k as f64 {
                        with.push((
                            unplaced(&c.key.concept).to_string(),
                            value.to_bits(),
                            k as f64,
                        ));
                    }
                }
            }
        }
    }
    if with.is_empty() {
        return;
    }
    for (c, _) in claims.iter_mut() {
        if c.key.aspect != Aspect::Quantity {
            continue;
        }
        if let Value::Number { value, .. } = &mut c.value {
            let concept = unplaced(&c.key.concept);
            if let Some(&(_, _, k)) = with
                .iter()
                .find(|(n, bits, _)| n == concept && *bits == value.to_bits())
            {
                *value -= k;
            }
        }
    }
}

/// Where a sentence gives a game's final score (no stage of the game, no season's record):
/// the byte offset of the score in the article.
pub(crate) fn final_score_at(a: &Article, sentence: Span) -> Option<usize> {
    scores::scores(a, sentence)
        .iter()
        .find(|s| s.stage.is_none())
        .map(|s| s.span.start())
}

/// "Ils se rencontreront à Budapest le 10 décembre": a day planned at a city is keyed by the
/// city (`plan/#…`), which every report of the plan shares whatever verb it uses. Keyed by
/// the verb's happening too ("meet"), one slipped day would be two findings, the second
/// weighed against the few reports that happen to use the same verb (a weak kind, or none:
/// "meet", "talks"). Not when the plan is the event itself ("Putin will spend May 16 in
/// Beijing" in a report of the visit), nor a specific kind: the other reports date those by
/// their kind.
fn plans_supersede(claims: &mut Vec<(Claim, u64)>, m: &Membership) {
    let planned: Vec<(Span, Scope)> = claims
        .iter()
        .filter(|(c, _)| c.key.aspect == Aspect::Day && c.key.concept.starts_with("plan/#"))
        .map(|(c, _)| (c.span, c.key.scope.clone()))
        .collect();
    if planned.is_empty() {
        return;
    }
    let the_events_own = |c: &Claim| match c.key.scope {
        Scope::Event(e) => m.events[e as usize].kind == *c.key.concept,
        Scope::People(_) => false,
    };
    claims.retain(|(c, _)| {
        c.key.aspect != Aspect::Day
            || c.key.concept.starts_with("plan/")
            || the_events_own(c)
            // "A ceremony in Oslo on 10 December": a specific happening's day is what a
            // report that names no city gives too.
            || !crate::align::events::is_weak_kind(&c.key.concept)
            || !planned
                .iter()
                .any(|(span, scope)| *span == c.span && *scope == c.key.scope)
    });
}

/// "Le scrutin s'est tenu vendredi et samedi", "voting took place on Friday and Saturday":
/// two days of one key joined by "et" or "and", one after the other, are the one span of
/// days the happening took, which a report giving either day agrees with.
fn join_consecutive_days(a: &Article, claims: &mut Vec<(Claim, u64)>) {
    let mut k = 0;
    while k + 1 < claims.len() {
        let (x, y) = (&claims[k].0, &claims[k + 1].0);
        let joined = match (x.value, y.value) {
            (Value::Days { start: s1, end: e1 }, Value::Days { start: s2, end: e2 }) => {
                x.key == y.key
                    && x.key.aspect == Aspect::Day
                    && x.sentence == y.sentence
                    && s1 == e1
                    && s2 == e2
                    && s2 == s1 + chrono::Duration::days(1)
                    && x.span.end() <= y.span.start()
                    && matches!(
                        a.text[x.span.end()..y.span.start()].trim(),
                        "et" | "and" | "et le" | "and on"
                    )
            }
            _ => false,
        };
        if joined {
            let (y, _) = claims.remove(k + 1);
            let x = &mut claims[k].0;
            if let (Value::Days { start, .. }, Value::Days { end, .. }) = (x.value, y.value) {
                x.value = Value::Days { start, end };
            }
            x.span = Span::new(x.span.start(), y.span.end());
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;

    fn claims_of(texts: &[(&str, &str)]) -> Analysis {
        Analysis::from_pairs(texts)
    }

    /// The key concepts of the claims made at the words `written` of article `art`.
    fn concepts_at(an: &Analysis, art: usize, written: &str) -> Vec<String> {
        an.claims
            .iter()
            .filter(|c| c.article.0 as usize == art)
            .filter(|c| an.corpus.articles[art].slice(c.span) == written)
            .map(|c| c.key.concept.to_string())
            .collect()
    }

    /// Asserts that a claim made at the words `written` of article `art` has key `concept`.
    fn assert_keyed(an: &Analysis, art: usize, written: &str, concept: &str) {
        let got = concepts_at(an, art, written);
        assert!(got.iter().any(|c| c == concept), "{written}: {got:?}");
    }

    /// An article of one line of body, with its publication date and language.
    fn dated(date: &str, lang: &str, body: &str) -> String {
        format!("+++\ndate = {date}\nlang = \"{lang}\"\n+++\nT\n\n{body}\n")
    }

    /// Texts named `a.txt`, `b.txt`… in order, as [`claims_of`] takes them.
    fn lettered(texts: &[String]) -> Vec<(&'static str, &str)> {
        const NAMES: [&str; 6] = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"];
        NAMES
            .iter()
            .copied()
            .zip(texts.iter().map(String::as_str))
            .collect()
    }

    /// The age keys of every claim, in corpus order.
    fn ages_of(an: &Analysis) -> Vec<String> {
        an.claims
            .iter()
            .filter(|c| c.key.concept.starts_with("age/"))
            .map(|c| c.key.concept.to_string())
            .collect()
    }

    /// The text of the first article's claims of one aspect.
    fn slices_of(an: &Analysis, aspect: Aspect) -> Vec<&str> {
        an.claims
            .iter()
            .filter(|c| c.article.0 == 0 && c.key.aspect == aspect)
            .map(|c| an.corpus.articles[0].slice(c.span))
            .collect()
    }

    /// The values of the claims whose text in the first article starts with `written`.
    fn values_at(an: &Analysis, written: &str) -> Vec<Value> {
        an.claims
            .iter()
            .filter(|c| an.corpus.articles[0].slice(c.span).starts_with(written))
            .map(|c| c.value)
            .collect()
    }

    #[test]
    fn the_clock_a_time_is_read_on_is_no_place_of_the_story() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-21 T\n\nLe séisme a frappé Rabat samedi vers 23 heures, heure locale (minuit à Paris), puis Tokyo à 10 h 05, soit 3 h 05 à Paris, et Lima le 16 mai à 9 h 50 à Quito.\n",
        )]);
        let named = |w: &str| {
            an.claims
                .iter()
                .any(|c| c.key.aspect == Aspect::Named && an.corpus.articles[0].slice(c.span) == w)
        };
        assert!(named("Rabat"));
        assert!(named("Tokyo"));
        assert!(!named("Paris"));
        // A time at a place is no conversion: the place may be the news's.
        assert!(named("Quito"));
    }

    #[test]
    fn counts_of_one_thing_meet_across_languages_and_wordings() {
        let fr = |body: &str| format!("+++\nlang = \"fr\"\ndate = 2026-03-21\n+++\nT\n\n{body}\n");
        let en = |body: &str| format!("+++\nlang = \"en\"\ndate = 2026-03-21\n+++\nT\n\n{body}\n");
        let texts = [
            ("a.txt".to_string(), fr("Un volcan est entré en éruption samedi. Le pays compte 41 volcans actifs. Le stade de Talca, une enceinte de 30 000 places, a été évacué. Parmi les victimes figurent 12 enfants. Quelque 25 lancements sont déjà réservés, après 90 lancements. Trois hélicoptères ont décollé. Marc Lemaire, 30 ans, skie depuis l'âge de huit ans. Il a guidé 14 alpinistes pour la 5e fois. Le musée ouvrira au public le 3 avril.")),
            ("b.txt".to_string(), en("A volcano erupted on Saturday. The country has 41 active volcanoes. The Talca stadium, with a capacity of 30,000, was evacuated. The 40 people who died included 12 children. Some 25 launches were booked. Three helicopters took off. He guided 14 climbers for the 5th time. The museum will open to the public on April 3.")),
        ];
        let an = Analysis::from_texts(&texts);
        // A final vowel one language drops ("volcanoes", "volcans").
        assert_keyed(&an, 0, "41", "volcan");
        assert_keyed(&an, 1, "41", "volcan");
        // "-ère" and "-er" ("hélicoptères", "helicopters").
        assert_keyed(&an, 0, "Trois", "helicopt");
        assert_keyed(&an, 1, "Three", "helicopt");
        assert_keyed(&an, 0, "14", "climbers");
        assert_keyed(&an, 1, "14", "climbers");
        // "La 5e fois" ranks as "the 5th time" does.
        assert_keyed(&an, 0, "5e", "nth/time");
        assert_keyed(&an, 1, "5th", "nth/time");
        // A first opening to the public.
        assert_keyed(&an, 0, "3 avril", "open");
        assert_keyed(&an, 1, "April 3", "open");
        // An age long past is not the one the report gives now.
        assert_eq!(
            ages_of(&an),
            ["age/lemaire"],
            "{:?}",
            concepts_at(&an, 0, "huit")
        );
        // A venue's places are its capacity.
        assert_keyed(&an, 0, "30 000", "seats");
        assert_keyed(&an, 1, "30,000", "seats");
        // A part a toll "included" is in the toll's state, as "parmi les victimes".
        assert_keyed(&an, 0, "12", "children/dead");
        assert_keyed(&an, 1, "12", "children/dead");
        // Things booked are things to come, not things done.
        assert_keyed(&an, 0, "25", "launches/planned");
        assert_keyed(&an, 1, "25", "launches/planned");
        assert_keyed(&an, 0, "90", "launches");
    }

    #[test]
    fn the_people_of_a_named_place_are_its_own_count() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-04-17 T\n\nLe volcan est entré en éruption mardi à Sulawesi. Plus de 11 000 habitants ont été évacués. Quelque 800 habitants de l'île de Ruavo avaient déjà été déplacés mardi.\n",
        )]);
        assert_keyed(&an, 0, "800", "inhabitants/ruavo");
        assert!(!concepts_at(&an, 0, "11 000").contains(&"inhabitants/ruavo".to_string()));
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-04-17\n+++\nT\n\nThe volcano erupted on Tuesday. About 800 people living on Ruavo were moved on Tuesday.\n",
        )]);
        assert_keyed(&an, 0, "800", "inhabitants/ruavo");
    }

    #[test]
    fn a_day_after_an_aside_is_the_main_verb_s() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-10-03 T\n\nAu moins 125 personnes ont été tuées samedi dans une bousculade à Malang. Le bilan, d'abord annoncé à 174 morts par les autorités, a été révisé dimanche. Au Chili, le séisme, qui a fait 300 morts, a frappé vendredi.\n",
        )]);
        assert!(
            concepts_at(&an, 0, "dimanche").is_empty(),
            "{:?}",
            concepts_at(&an, 0, "dimanche")
        );
        // The subject before the aside is still the day's.
        assert!(!concepts_at(&an, 0, "vendredi").is_empty());
    }

    #[test]
    fn a_winner_s_share_needs_no_word_for_the_vote() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-26\n+++\nKadrovsky wins presidency with 54 percent\n\nIvan Kadrovsky won Sunday's presidential election.\n",
            ),
            (
                "b.txt",
                " date 2026-03-26 T\n\nIvan Kadrovsky a remporté la présidentielle de dimanche. Son adversaire, Marc Vasseur, obtient 35,8 %.\n",
            ),
        ]);
        assert_keyed(&an, 0, "54 percent", "pct/votes/kadrovsky");
        assert_keyed(&an, 1, "35,8 %", "pct/votes/vasseur");
    }

    #[test]
    fn an_age_is_the_named_person_s_whatever_their_given_name_or_titles() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-12-29\n+++\nJimmy Barlow, the 41st US president and Nobel Peace laureate, dies at 100\n\nJimmy Barlow died on Sunday at his home. He was 100.\n",
        )]);
        let ages = ages_of(&an);
        // Both the headline's and the body's, under one key (the surname's, transliterated).
        assert_eq!(ages.len(), 2, "{ages:?}");
        assert_eq!(ages[0], ages[1]);
        assert!(ages[0].starts_with("age/barl"), "{ages:?}");
        // The country's word before the title is whose office, not another.
        assert_keyed(&an, 0, "41st", "holder/head-of-state");
        // An age reached: "avait eu 100 ans", "having turned 100".
        let an = claims_of(&[
            ("a.txt", " date 2026-12-29 T\n\nJean Barlow est mort dimanche. Il avait eu 100 ans le 1er octobre. Barlow avait été maire.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-29\n+++\nT\n\nJean Barlow died on Sunday, having turned 100 on 1 October. Barlow had been a mayor.\n"),
        ]);
        assert!(concepts_at(&an, 0, "100")
            .iter()
            .any(|c| c.starts_with("age/")));
        assert!(concepts_at(&an, 1, "100")
            .iter()
            .any(|c| c.starts_with("age/")));
        // The record of a person: the age after it is still the person's.
        let an = claims_of(&[(
            "a.txt",
            " date 2026-01-09 T\n\nLéa Morvan a été élue mardi. Léa Morvan bat le record de Paul Verdier, élu en 1984 à l'âge de 37 ans.\n",
        )]);
        let got = concepts_at(&an, 0, "37");
        assert!(got.iter().any(|c| c.starts_with("age/verd")), "{got:?}");
        // An age reached ("élu à 37 ans", "who was 37 when"), not a prison term.
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-01-09 T\n\nLéa Morvan a été élue mardi. Léa Morvan bat le record de Paul Verdier, élu à 37 ans en 1984. Un complice a été condamné à 12 ans.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2026-01-09\n+++\nT\n\nLea Morvan was elected on Tuesday, beating the record of Paul Verdier, who was 37 when he was elected.\n",
            ),
        ]);
        assert!(concepts_at(&an, 0, "37")
            .iter()
            .any(|c| c.starts_with("age/verd")));
        assert!(concepts_at(&an, 1, "37")
            .iter()
            .any(|c| c.starts_with("age/verd")));
        assert!(!concepts_at(&an, 0, "12")
            .iter()
            .any(|c| c.starts_with("age/")));
    }

    #[test]
    fn a_city_opening_a_site_s_name_is_where_the_day_to_come_happens() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-12-30\n+++\nT\n\nThe former senator died on Sunday. A state funeral will be held at Washington National Cathedral on 9 January.\n",
        )]);
        assert_keyed(&an, 0, "Washington", "plan/2027-01-09");
    }

    #[test]
    fn a_name_opening_a_sentence_before_a_number_labels_it() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-07-09 Ariane 9 réussit son premier vol\n\nLa fusée Ariane 9 a décollé mardi de Kourou.\n",
        )]);
        assert_keyed(&an, 0, "9", "label/ariane");
        assert!(!an.claims.iter().any(|c| c.key.concept.contains("reussit")));
    }

    #[test]
    fn a_province_named_after_a_country_is_no_claim_of_that_country() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-21 T\n\nL'avion s'est écrasé samedi dans la province de l'Arménie orientale, puis un autre samedi au Japon et en Corée du Sud. A plane crashed on Saturday in West Armenia province.\n",
        )]);
        let named = slices_of(&an, Aspect::Named);
        assert!(!named.contains(&"Arménie"), "{named:?}");
        assert!(!named.contains(&"Armenia"), "{named:?}");
        assert!(named.contains(&"Japon"), "{named:?}");
        // A country whose own name holds a compass point is matched whole.
        assert!(named.contains(&"Corée du Sud"), "{named:?}");
    }

    #[test]
    fn a_day_in_a_relative_clause_past_the_trigger_dates_the_clause() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-24 T\n\nLe ministre est mort dans l'accident de son avion, dont l'épave a été retrouvée lundi 23 mars. Le pilote est mort dans l'accident du car, qui s'est produit dimanche 22 mars.\n",
        )]);
        let days = slices_of(&an, Aspect::Day);
        assert!(!days.iter().any(|d| d.contains("23")), "{days:?}");
        assert!(days.iter().any(|d| d.contains("22")), "{days:?}");
    }

    /// Asserts that the day written `happening` is keyed and that none of the `others` days
    /// of the one-article `text` shares its key.
    fn days_keyed_apart(text: &str, happening: &str, others: &[&str]) {
        let an = claims_of(&[("a.txt", text)]);
        let keys = concepts_at(&an, 0, happening);
        assert!(!keys.is_empty(), "{keys:?}");
        for other in others {
            let theirs = concepts_at(&an, 0, other);
            assert!(
                keys.iter().all(|k| !theirs.contains(k)),
                "{other}: {keys:?} {theirs:?}"
            );
        }
    }

    #[test]
    fn a_day_right_after_a_reporting_verb_is_the_statement_s() {
        days_keyed_apart(
            " date 2026-03-22 T\n\nDeux personnes ont été tuées vendredi 20 mars lors d'une attaque au couteau à Lyon. Un groupe armé a revendiqué samedi l'attaque.\n",
            "vendredi 20 mars",
            &["samedi"],
        );
    }

    #[test]
    fn a_day_on_a_converted_clock_or_before_the_trigger_s_own_day_is_not_its_day() {
        days_keyed_apart(
            " date 2026-03-20 T\n\nLe car s'est écrasé mercredi 18 mars vers 21 h 30 heure locale (3 h 30 à Paris jeudi). Les enquêteurs ont commencé vendredi à interroger les témoins du car qui s'est écrasé mercredi soir.\n",
            "mercredi 18 mars",
            &["jeudi", "vendredi"],
        );
    }

    #[test]
    fn a_happening_named_as_an_attribute_dates_nothing() {
        let reports = [
            "+++\ndate = 2026-03-18\nlang = \"en\"\n+++\nT\n\nAn earthquake struck the north of Peru on Monday, March 16. On Tuesday, a truck carrying aid to the quake zone overturned near Trujillo.\n",
            "+++\ndate = 2026-03-17\nlang = \"en\"\n+++\nT\n\nA strong earthquake shook northern Peru on Monday, March 16.\n",
        ];
        let an = claims_of(&[("a.txt", reports[0]), ("b.txt", reports[1])]);
        let days: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.article.0 == 0 && c.key.aspect == Aspect::Day)
            .map(|c| format!("{} {}", an.corpus.articles[0].slice(c.span), c.key.concept))
            .collect();
        assert!(
            days.contains(&"Monday, March 16 disaster".to_string()),
            "{days:?}"
        );
        assert!(!days.contains(&"Tuesday disaster".to_string()), "{days:?}");
    }

    #[test]
    fn an_offensive_launched_and_one_that_began_are_one_happening() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-08 T\n\nLa chute du régime a été annoncée dimanche. L'offensive rebelle avait été lancée le 27 février depuis le nord.\n"),
            ("b.txt", "+++\ndate = 2026-03-08\nlang = \"en\"\n+++\nT\n\nThe fall of the regime was announced on Sunday. The rebel offensive began on February 27 in the north.\n"),
        ]);
        assert_keyed(&an, 0, "27 février", "invasion");
        assert_keyed(&an, 1, "February 27", "invasion");
    }

    #[test]
    fn an_election_s_two_rounds_are_two_days() {
        let an = claims_of(&[
            ("a.txt", " date 2026-05-04 T\n\nLe président a dissous dimanche le Parlement. Le premier tour des élections aura lieu le 24 mai, le second le 7 juin.\n"),
            ("b.txt", "+++\ndate = 2026-05-04\nlang = \"en\"\n+++\nT\n\nThe president dissolved parliament on Sunday. The first round of the election is set for May 24, with a runoff on June 7.\n"),
        ]);
        for (art, first, second) in [(0, "24 mai", "7 juin"), (1, "May 24", "June 7")] {
            assert_keyed(&an, art, first, "election/first-round");
            assert_keyed(&an, art, second, "election/second-round");
        }
    }

    #[test]
    fn a_part_of_a_toll_by_its_day_is_a_count_of_its_own() {
        let an = claims_of(&[
            ("a.txt", " date 2026-05-09 T\n\nSelon la police, le bilan des émeutes est passé vendredi à 34 morts, dont 12 tués lundi à Lomé.\n"),
            ("b.txt", "+++\ndate = 2026-05-09\nlang = \"en\"\n+++\nT\n\nPolice said on Friday the riots had killed 34 people, including 12 killed on Monday in Lome.\n"),
        ]);
        let part = "dead/on:2026-05-04";
        assert_keyed(&an, 0, "12", part);
        assert_keyed(&an, 1, "12", part);
    }

    #[test]
    fn a_share_of_a_counted_thing_is_keyed_by_it_in_both_languages() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-08 T\n\nUn cyclone a frappé lundi l'île de Mayotte. Selon le préfet, 60 % des maisons sont détruites.\n"),
            ("b.txt", "+++\ndate = 2026-03-08\nlang = \"en\"\n+++\nT\n\nA cyclone struck the island of Mayotte on Monday. The prefect said 60% of the houses were destroyed.\n"),
        ]);
        let share = "pct/of/buildings";
        assert_keyed(&an, 0, "60 %", share);
        assert_keyed(&an, 1, "60%", share);
    }

    #[test]
    fn a_given_name_two_people_share_is_no_surname() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-24 T\n\nRobert Dalmasso a été élu mardi. Robert Dalmasso remercie ses électeurs, selon son adjoint Robert Kerbrat.\n",
        )]);
        let a = &an.corpus.articles[0];
        assert_eq!(surname(a, "Robert Dalmasso"), "Dalmasso");
    }

    #[test]
    fn a_bare_part_of_a_toll_is_keyed_by_where_it_counts() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-03-21 T\n\nLes crues ont fait plus de 60 morts samedi, dont 41 dans la province de Quelimane.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-21\nlang = \"en\"\n+++\nT\n\nThe floods killed more than 60 people on Saturday, including 41 in Quelimane province.\n",
            ),
        ]);
        assert_eq!(concepts_at(&an, 0, "41"), ["dead/part/quelimane"]);
        assert_eq!(concepts_at(&an, 1, "41"), ["dead/part/quelimane"]);
    }

    #[test]
    fn a_feared_toll_and_the_survivors_past_an_apposition_are_no_toll() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-21 T\n\nLe séisme a fait 12 morts samedi à Rabat. Le bilan pourrait atteindre des centaines de morts. Deux pompiers, un homme et une femme, ont été retrouvés vivants sous les décombres.\n",
        )]);
        assert!(concepts_at(&an, 0, "centaines").is_empty());
        let survivors = concepts_at(&an, 0, "Deux");
        assert!(
            survivors.iter().all(|c| c.ends_with("/alive")),
            "{survivors:?}"
        );
    }

    #[test]
    fn an_unnamed_person_s_age_is_keyed_by_nationality_and_a_population_by_the_main_place() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-03-21 T\n\nLe suspect, un ingénieur marocain de 41 ans, a été arrêté samedi à Rabat. Rabat est sous le choc. Un tiers des 500 000 habitants vit près du port.\n",
            ),
            (
                "b.txt",
                " date 2026-03-21 T\n\nThe suspect, a 41-year-old Moroccan engineer, was arrested in Rabat on Saturday. Rabat's 500,000 residents are shocked.\n",
            ),
        ]);
        assert!(concepts_at(&an, 0, "41").contains(&"age/@MA".to_string()));
        assert!(concepts_at(&an, 1, "41-year-old").contains(&"age/@MA".to_string()));
        let pop = |art: usize, w: &str| {
            concepts_at(&an, art, w)
                .into_iter()
                .find(|c| c.starts_with("inhabitants"))
        };
        assert!(pop(0, "500 000").is_some());
        assert_eq!(pop(0, "500 000"), pop(1, "500,000"));
    }

    #[test]
    fn an_age_given_with_a_nationality_is_not_that_of_someone_of_another() {
        let texts = [
            dated("2026-03-21", "fr", "La Polonaise Iga Swiatek visait un troisième titre. Marta Kostyuk a battu samedi à Doha Iga Swiatek, et l'Ukrainienne de 24 ans a dominé la finale."),
            // Nor the age of the person the article names most.
            dated("2026-03-21", "fr", "Marta Kostyuk a battu samedi à Doha la Polonaise Iga Swiatek. Swiatek visait un troisième titre. L'Ukrainienne de 24 ans a dominé la finale."),
        ];
        let an = claims_of(&lettered(&texts));
        for art in 0..2 {
            let got = concepts_at(&an, art, "24");
            assert!(got.contains(&"age/@UA".to_string()), "{got:?}");
            assert!(!got.iter().any(|c| c.contains("atek")), "{got:?}");
        }
    }

    #[test]
    fn a_french_feminine_counts_as_its_masculine() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-21 T\n\nUn glissement de terrain a frappé samedi un village du Népal. Quelque 80 habitantes ont dû partir, et 40 villageois manquent.\n",
        )]);
        let got = concepts_at(&an, 0, "80");
        assert!(got.iter().any(|c| c.starts_with("inhabitants")), "{got:?}");
        let got = concepts_at(&an, 0, "40");
        assert!(got.iter().any(|c| c.starts_with("inhabitants")), "{got:?}");
    }

    #[test]
    fn french_and_english_reports_fill_the_same_keys() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-21 T\n\nLe président chinois Xi Jinping est arrivé le 20 mars à Moscou pour une visite d'État. Le séisme a fait 296 morts.\n"),
            ("b.txt", " date 2026-03-21 T\n\nChina's leader Xi Jinping landed in Moscow on March 20 for a state visit. The quake killed 296 people, or 296 dead.\n"),
        ]);
        let key_of = |art: u32, aspect: Aspect| {
            an.claims
                .iter()
                .find(|c| c.article == ArticleId(art) && c.key.aspect == aspect)
                .map(|c| c.key.clone())
        };
        assert!(key_of(0, Aspect::Day).is_some());
        assert_eq!(key_of(0, Aspect::Day), key_of(1, Aspect::Day));
        assert_eq!(key_of(0, Aspect::Place), key_of(1, Aspect::Place));
        let dead: Vec<_> = an
            .claims
            .iter()
            .filter(|c| &*c.key.concept == "dead")
            .collect();
        assert!(dead.len() >= 2, "{:?}", an.claims);
        assert!(dead.iter().all(|c| c.soft == Soft::Evolving));
    }

    #[test]
    fn a_plan_has_its_own_place_and_a_statement_its_own_day() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-10-27\nlang = \"en\"\n+++\nT\n\nTrump met Takaichi in Tokyo on Tuesday. He will fly to Beijing on Thursday for talks with Xi Jinping. A storm killed nine people in Tokyo, officials said Tuesday.\n",
        )]);
        let concept_of = |text: &str| {
            an.claims
                .iter()
                .filter(|c| matches!(c.key.aspect, Aspect::Place | Aspect::Day))
                .filter(|c| an.corpus.articles[0].slice(c.span) == text)
                .map(|c| c.key.concept.to_string())
                .collect::<Vec<_>>()
        };
        // Beijing is where he will be on Thursday, not where the talks of Tuesday were.
        assert_eq!(concept_of("Beijing"), ["plan/2026-10-29"]);
        assert!(!concept_of("Tokyo").iter().any(|c| c.starts_with("plan/")));
        // The day after "officials said" dates the statement.
        assert_eq!(
            concept_of("Tuesday").last().map(String::as_str),
            Some("announce")
        );
    }

    #[test]
    fn a_happening_still_to_come_on_the_publication_day_is_a_plan() {
        let texts = [dated(
            "2026-10-27",
            "fr",
            "Le ministre a rencontré lundi à Lisbonne son homologue portugais. Il devait rencontrer mardi le président brésilien à Madrid.",
        )];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "Madrid", "plan/2026-10-27");
        assert!(
            !concepts_at(&an, 0, "Madrid").iter().any(|c| c == "meet"),
            "{:?}",
            concepts_at(&an, 0, "Madrid")
        );
        // Said of the day as past, it is the day's meeting.
        let texts = [dated(
            "2026-10-27",
            "fr",
            "Le ministre a rencontré lundi à Lisbonne son homologue portugais. Il a rencontré mardi le président brésilien à Madrid.",
        )];
        let an = claims_of(&lettered(&texts));
        assert!(!concepts_at(&an, 0, "Madrid")
            .iter()
            .any(|c| c.starts_with("plan/")));
    }

    #[test]
    fn a_plan_told_as_another_happening_keys_its_day_apart() {
        // Own sentences: a visit on Monday, and the next stop the minister is due at on
        // Tuesday, in a report of Monday.
        let r = |date: &str, lang: &str, body: &str| dated(date, lang, body);
        let texts = [
            r("2026-11-30", "fr", "Le ministre portugais des Affaires étrangères s'est rendu lundi à Rabat. Il doit se rendre mardi à Tunis."),
            r("2026-11-30", "en", "Portugal's foreign minister visited Rabat on Monday."),
            r("2026-12-01", "fr", "Le ministre portugais des Affaires étrangères a visité Rabat lundi."),
        ];
        let an = claims_of(&lettered(&texts));
        let days = days_at(&an, 0, "mardi");
        // The next stop's day, keyed by the city it is planned at too.
        assert!(
            days.iter()
                .all(|c| c.starts_with("next/") || c.starts_with("plan/#")),
            "{days:?}"
        );
        assert!(outliers_at(&lettered(&texts)).is_empty());
        // Within the event's country, the plan is the visit's own next day.
        let mut texts = texts;
        texts[0] = texts[0].replace("Tunis", "Casablanca");
        let an = claims_of(&lettered(&texts));
        let days = days_at(&an, 0, "mardi");
        assert!(days.iter().any(|c| c == "visit"), "{days:?}");
    }

    #[test]
    fn a_vague_count_leaves_two_firm_counts_to_each_other() {
        // Own sentences: two reports round the agreements signed, two give a figure each.
        let r = |lang: &str, body: &str| dated("2026-12-08", lang, body);
        let texts = [
            r("fr", "Emmanuel Macron et le président brésilien ont signé mardi à Paris une vingtaine d'accords."),
            r("en", "Emmanuel Macron and Brazil's president signed about twenty agreements in Paris on Tuesday."),
            r("en", "Emmanuel Macron and the Brazilian president signed 21 agreements in Paris on Tuesday."),
            r("fr", "Emmanuel Macron et le président brésilien ont signé 23 accords mardi à Paris."),
        ];
        let found = outliers_at(&lettered(&texts));
        assert!(
            found.iter().any(|(art, w)| *art == 3 && w == "23"),
            "{found:?}"
        );
        assert!(
            found.iter().any(|(art, w)| *art == 2 && w == "21"),
            "{found:?}"
        );
    }

    #[test]
    fn passengers_saved_are_the_rescued() {
        let texts = [dated(
            "2026-12-04",
            "en",
            "A boat carrying 180 passengers capsized on Lake Victoria on Thursday. Sixty-two passengers were saved.",
        )];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "Sixty-two", "rescued");
    }

    #[test]
    fn a_day_of_one_more_happening_of_its_kind_is_not_the_news() {
        // Own sentences: the talks on Thursday, and "also met" others on Friday.
        let r = |date: &str, lang: &str, body: &str| dated(date, lang, body);
        let texts = [
            r("2026-12-04", "en", "Chancellor Merz met Emmanuel Macron in Paris on Thursday. Merz, who also met French business leaders on Friday, returns to Berlin on Saturday."),
            r("2026-12-04", "fr", "Le chancelier Merz a rencontré Emmanuel Macron jeudi à Paris. Il a aussi rencontré des patrons français vendredi."),
            r("2026-12-03", "en", "German Chancellor Merz met Emmanuel Macron in Paris on Thursday."),
        ];
        let an = claims_of(&lettered(&texts));
        assert!(days_at(&an, 0, "Friday")
            .iter()
            .all(|c| c.starts_with("also/")));
        assert!(days_at(&an, 1, "vendredi")
            .iter()
            .all(|c| c.starts_with("also/")));
        assert!(
            outliers_at(&lettered(&texts)).is_empty(),
            "{:?}",
            outliers_at(&lettered(&texts))
        );
    }

    #[test]
    fn a_monthly_figure_of_the_month_just_ended_is_the_news() {
        // Own sentences: November's sales in reports of December 3; one report names the
        // month, the others not.
        // The headline gives the month alone, days before the announcement.
        let r = |lang: &str, body: &str| dated("2026-12-05", lang, body);
        let texts = [
            "+++\ndate = 2026-12-05\nlang = \"fr\"\n+++\nLe constructeur Renault a vendu 51 000 voitures en novembre\n\nLe constructeur Renault a publié vendredi ses ventes mensuelles.\n".to_string(),
            r("en", "French carmaker Renault said on Friday that it sold 51,000 cars last month."),
            r("en", "Carmaker Renault announced on Friday it had sold 51,000 cars."),
        ];
        let an = claims_of(&lettered(&texts));
        let keys: Vec<String> = written_as(&an, 0, "51 000")
            .filter(|c| c.key.aspect == Aspect::Quantity)
            .map(|c| c.key.concept.to_string())
            .collect();
        assert!(
            !keys.is_empty() && keys.iter().all(|c| !c.contains('@')),
            "{keys:?}"
        );
    }

    #[test]
    fn a_key_one_report_gives_three_values_holds_three_things() {
        // Own sentences: one report gives the deliveries so far, the year's target and what
        // the target takes in December, all with one noun; the others give the first only.
        let r = |body: &str| dated("2026-12-05", "fr", body);
        let texts = [
            r("L'avionneur Airbus a annoncé vendredi 712 livraisons depuis janvier. Le groupe garde son objectif de 820 livraisons sur l'année, ce qui suppose 108 livraisons en décembre."),
            r("L'avionneur Airbus a annoncé vendredi 712 livraisons depuis janvier."),
            r("Le constructeur Airbus a fait état vendredi de 712 livraisons depuis le début de l'année."),
        ];
        assert!(
            outliers_at(&lettered(&texts)).is_empty(),
            "{:?}",
            outliers_at(&lettered(&texts))
        );
        // Two values of one count in one report are a slip of one of them, still weighed.
        let texts = [
            r("L'avionneur Airbus a annoncé vendredi 712 livraisons depuis janvier. Le groupe a fait 720 livraisons depuis janvier."),
            r("L'avionneur Airbus a annoncé vendredi 712 livraisons depuis janvier."),
            r("Le constructeur Airbus a fait état vendredi de 712 livraisons depuis le début de l'année."),
        ];
        assert!(!outliers_at(&lettered(&texts)).is_empty());
    }

    #[test]
    fn a_day_after_killed_is_the_day_of_the_deaths() {
        let texts = [
            dated(
                "2026-10-27",
                "en",
                "A fire killed six people in a hotel in Porto on October 25.",
            ),
            dated(
                "2026-10-27",
                "fr",
                "Un incendie a tué six personnes dans un hôtel de Porto le 25 octobre.",
            ),
        ];
        let an = claims_of(&lettered(&texts));
        let day = |art: usize, w: &str| {
            written_as(&an, art, w)
                .filter(|c| c.key.aspect == Aspect::Day)
                .map(|c| c.key.concept.to_string())
                .next()
        };
        assert!(day(0, "October 25").is_some());
        assert_eq!(day(0, "October 25"), day(1, "25 octobre"));
    }

    #[test]
    fn a_day_past_a_subordinating_word_owns_what_its_clause_names() {
        let texts = [
            dated("2026-10-31", "en", "Engineers were inspecting bridges on Saturday after a storm killed five people in Porto on Thursday."),
            dated("2026-10-31", "fr", "Une tempête a tué cinq personnes jeudi 29 octobre à Porto."),
        ];
        let an = claims_of(&lettered(&texts));
        let days = |art: usize, w: &str| days_at(&an, art, w);
        assert!(days(0, "Saturday").is_empty(), "{:?}", days(0, "Saturday"));
        assert!(!days(0, "Thursday").is_empty());
        // Keyed as the other report keys the storm's day.
        assert_eq!(days(0, "Thursday"), days(1, "jeudi 29 octobre"));
    }

    #[test]
    fn the_day_a_disaster_killed_is_the_disasters_day() {
        let texts = [
            dated("2026-12-05", "en", "Engineers were inspecting roads on Saturday after an earthquake killed three people in Hualien on December 4."),
            dated("2026-12-04", "en", "An earthquake struck Hualien on Friday, killing three people."),
            dated("2026-12-04", "fr", "Un séisme a frappé Hualien vendredi 4 décembre, faisant trois morts."),
        ];
        let an = claims_of(&lettered(&texts));
        let day = |art: usize, w: &str| days_at(&an, art, w);
        assert!(!day(0, "December 4").is_empty());
        assert_eq!(day(0, "December 4"), day(1, "Friday"));
        // A toll's day told in a clause about the floods, which no word of the lexicon
        // names as a disaster.
        let texts = [
            dated("2026-11-30", "fr", "Le bilan des crues subites qui ont frappé Mombasa le 29 novembre s'est alourdi lundi à 33 morts."),
            dated("2026-11-29", "en", "Flash floods killed at least 21 people in Mombasa on Sunday, police said."),
            dated("2026-11-29", "fr", "Des inondations ont fait au moins 21 morts dimanche 29 novembre à Mombasa."),
        ];
        let an = claims_of(&lettered(&texts));
        let day = |art: usize, w: &str| days_at(&an, art, w);
        assert!(!day(0, "29 novembre").is_empty());
        assert_eq!(day(0, "29 novembre"), day(2, "dimanche 29 novembre"));
    }

    #[test]
    fn a_datelines_day_leaves_the_sentences_happening_to_its_own_day() {
        let texts = [
            dated("2026-11-25", "en", "LYON, Nov 25 — Olympique Lyonnais edged Ajax 2-1 at the Groupama Stadium on Wednesday."),
            dated("2026-11-25", "fr", "L'Olympique lyonnais a battu l'Ajax 2-1 mercredi 25 novembre au Groupama Stadium."),
        ];
        let an = claims_of(&lettered(&texts));
        let day = |art: usize, w: &str| days_at(&an, art, w);
        assert!(!day(0, "Wednesday").is_empty());
        assert_eq!(day(0, "Wednesday"), day(1, "mercredi 25 novembre"));
    }

    #[test]
    fn going_home_is_no_place_of_the_visit() {
        let texts = [dated(
            "2026-10-31",
            "fr",
            "Le président brésilien a signé jeudi à Lisbonne dix accords. Il est rentré à Brasília samedi, au terme d'une visite de trois jours.",
        )];
        let an = claims_of(&lettered(&texts));
        let places: Vec<String> = written_as(&an, 0, "Brasília")
            .filter(|c| c.key.aspect == Aspect::Place)
            .map(|c| c.key.concept.to_string())
            .collect();
        assert!(
            !places.iter().any(|c| c == "visit" || c == "sign"),
            "{places:?}"
        );
    }

    /// The concepts of the day claims of article `art` whose span reads `written`.
    fn days_at(an: &Analysis, art: usize, written: &str) -> Vec<String> {
        written_as(an, art, written)
            .filter(|c| c.key.aspect == Aspect::Day)
            .map(|c| c.key.concept.to_string())
            .collect()
    }

    /// The claims of article `art` whose span reads `written`.
    fn written_as<'a>(
        an: &'a Analysis,
        art: usize,
        written: &'a str,
    ) -> impl Iterator<Item = &'a Claim> + 'a {
        an.claims.iter().filter(move |c| {
            c.article == ArticleId(art as u32) && an.corpus.articles[art].slice(c.span) == written
        })
    }

    #[test]
    fn a_day_of_another_clause_is_not_the_happenings_named_before_it() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-06-03\n+++\nT\n\nTrois jours après le séisme qui a dévasté le nord du pays, le bilan a franchi mercredi les 900 morts.\n\nDes plongeurs ont retrouvé mercredi deux corps lors de l'effondrement du pont de la rivière, la veille.\n\nLe ministre a promis de revenir la prochaine fois à Lyon.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-06-03\nlang = \"en\"\n+++\nT\n\nThe minister visited the site of the bridge collapse on Wednesday. Two survivors were found after Monday's storm. A Boeing 787-8 was grounded.\n",
            ),
        ]);
        let keys_of = |art: usize, written: &str| -> Vec<String> {
            written_as(&an, art, written)
                .map(|c| format!("{:?}/{}", c.key.aspect, c.key.concept))
                .collect()
        };
        // Neither the quake of a closed relative clause, nor a collapse that carries its own
        // "la veille", nor the crash of a visited site is dated by the main clause's day.
        for (art, day) in [(0, "mercredi"), (1, "Wednesday")] {
            for k in keys_of(art, day) {
                assert!(
                    !k.ends_with("quake") && !k.ends_with("accident") && !k.ends_with("disaster"),
                    "{day}: {k}"
                );
            }
        }
        // A day inside the phrase after "after" is its own.
        assert!(
            keys_of(1, "Monday").iter().any(|k| k == "Day/disaster"),
            "{:?}",
            keys_of(1, "Monday")
        );
        // A model's variant is the model.
        assert!(keys_of(1, "787-8")
            .iter()
            .any(|k| k.contains("label/boeing")));
    }

    #[test]
    fn members_count_by_their_group_and_a_record_s_bound_dates_nothing() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-12\nlang = \"en\"\n+++\nT\n\nA ferry sank near Oslo on Wednesday with 80 passengers and six crew members. The sinking, which killed 12 people, is the deadliest on the fjord since March 1999. The minister is expected in Oslo.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-12\n+++\nLa ministre attendue à Bergen\n\nUn ferry a sombré mercredi près d'Oslo avec 80 passagers et six membres d'équipage.\n",
            ),
        ]);
        let concepts = |art: usize, written: &str| -> Vec<String> {
            written_as(&an, art, written)
                .filter(|c| c.key.aspect != Aspect::Named)
                .map(|c| c.key.concept.to_string())
                .collect()
        };
        // A member is counted by the group named beside it, in either language, up to the
        // sentence's end.
        assert_eq!(concepts(0, "six"), ["crew"]);
        assert_eq!(concepts(1, "six"), ["crew"]);
        // "Since March 1999" bounds a record: the toll is the news's, not a 1999 one's.
        assert_eq!(concepts(0, "12"), ["dead"]);
        // A headline's place still to come is no place of the sinking.
        assert!(
            concepts(1, "Bergen").is_empty(),
            "{:?}",
            concepts(1, "Bergen")
        );
    }

    #[test]
    fn a_birthplace_an_age_and_a_ceremony_are_keyed_alike_in_both_languages() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-10-06\nlang = \"en\"\n+++\nT\n\nThe chemist Ada R. Lindqvist won the Nobel prize on Tuesday in Stockholm. Lindqvist, 58, was born in Oslo and teaches at Lund University. The laureates will receive their medals at a ceremony in Stockholm on 10 December.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-10-06\n+++\nT\n\nLa chimiste Ada Lindqvist a reçu mardi le prix Nobel à Stockholm. Née à Oslo en 1968, Ada Lindqvist, 58 ans, enseigne à Lund. La cérémonie aura lieu le 10 décembre.\n",
            ),
        ]);
        let concepts_of = |art: usize, written: &str| -> Vec<String> {
            written_as(&an, art, written)
                .filter(|c| c.key.aspect != Aspect::Named)
                .map(|c| c.key.concept.to_string())
                .collect()
        };
        // Whose birthplace, before the place or right after it; whose age, past a middle
        // initial.
        assert_eq!(concepts_of(0, "Oslo"), ["birth/lindqvist"]);
        assert_eq!(concepts_of(1, "Oslo"), ["birth/lindqvist"]);
        assert!(concepts_of(0, "58").contains(&"age/lindqvist".to_string()));
        // The ceremony's noun takes its day past the place, as "la cérémonie" does (the
        // English, which names the city, keys the day by the city too).
        let en = concepts_of(0, "10 December");
        assert!(
            concepts_of(1, "10 décembre").iter().all(|c| en.contains(c)),
            "{en:?}"
        );
        assert!(!concepts_of(0, "10 December").is_empty());
    }

    #[test]
    fn ages_said_of_someone_are_the_persons() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-05-04\nlang = \"en\"\n+++\nT\n\nOSLO, Norway (AP) - A 40-year-old man was arrested after the singer Mara Lindqvist was attacked on Sunday. Lindqvist was 31. She will be buried on May 12.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-05-04\n+++\nT\n\nLa chanteuse Mara Lindqvist a été agressée dimanche à Oslo. Elle avait 31 ans. A 31 ans, Mara Lindqvist préparait une tournée. La chanteuse norvégienne de 31 ans sera inhumée le 12 mai.\n",
            ),
            (
                "c.txt",
                "+++\ndate = 2026-05-04\nlang = \"en\"\n+++\nT\n\nThe singer Mara Lindqvist was attacked in Oslo on Sunday. The Norwegian, 31, died in hospital. Lindqvist had toured Europe. Attendance was 48. Turnout was 48%.\n",
            ),
        ]);
        let ages: Vec<(u32, String)> = an
            .claims
            .iter()
            .filter(|c| c.key.concept.starts_with("age/"))
            .map(|c| (c.article.0, c.key.concept.to_string()))
            .collect();
        // "Lindqvist was 31", "Elle avait 31 ans", "A 31 ans, Mara Lindqvist", "la chanteuse
        // … de 31 ans": the singer's age, never the agency's nor the man's.
        let n = |art: u32| {
            ages.iter()
                .filter(|(a, c)| *a == art && c == "age/lindqvist")
                .count()
        };
        assert_eq!((n(0), n(1), n(2)), (1, 3, 1), "{ages:?}");
        // "La chanteuse norvégienne de 31 ans", "The Norwegian, 31": also keyed by the
        // nationality, as reports that do not name her would describe her.
        let by_nationality: Vec<u32> = ages
            .iter()
            .filter(|(_, c)| c == "age/@NO")
            .map(|(a, _)| *a)
            .collect();
        assert_eq!(by_nationality, [1, 2], "{ages:?}");
        // "A 40-year-old man was arrested": the unnamed author's, keyed as such.
        assert!(
            ages.contains(&(0, "age/perpetrator".to_string())),
            "{ages:?}"
        );
        assert!(
            ages.iter()
                .all(|(_, c)| c == "age/lindqvist" || c == "age/@NO" || c == "age/perpetrator"),
            "{ages:?}"
        );
    }

    #[test]
    fn a_trigger_past_a_word_of_another_time_is_not_the_days() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-11-19\nlang = \"en\"\n+++\nT\n\nRescuers worked on Wednesday to reach six miners trapped after a tunnel collapsed late on Tuesday. About 300 residents evacuated from the valley were housed in 2 schools.\n",
        )]);
        let concepts_of = |written: &str| -> Vec<String> {
            an.claims
                .iter()
                .filter(|c| an.corpus.articles[0].slice(c.span) == written)
                .map(|c| c.key.concept.to_string())
                .collect()
        };
        assert!(concepts_of("Tuesday").contains(&"accident".to_string()));
        assert!(!concepts_of("Wednesday").contains(&"accident".to_string()));
        // Residents evacuated are counted as the displaced, not as the population.
        assert!(concepts_of("300").contains(&"displaced".to_string()));
        assert!(!concepts_of("300").contains(&"inhabitants".to_string()));
    }

    #[test]
    fn a_trigger_dated_by_its_own_word_leaves_the_other_days() {
        // Own sentences: a coronation the day after a vote, a conclave running since Tuesday.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-06-13\n+++\nT\n\nAu lendemain de son élection, jeudi 11 juin, la reine a présidé vendredi son premier conseil devant les députés qui l'avaient élue la veille. Elle a été choisie par les 90 délégués réunis en conclave depuis mardi.\n",
        )]);
        let days = |written: &str| -> Vec<String> {
            an.claims
                .iter()
                .filter(|c| c.key.aspect == Aspect::Day)
                .filter(|c| an.corpus.articles[0].slice(c.span) == written)
                .map(|c| c.key.concept.to_string())
                .collect()
        };
        assert_eq!(days("jeudi 11 juin"), vec!["election".to_string()]);
        assert!(!days("vendredi").contains(&"election".to_string()));
        assert!(days("mardi").is_empty());
    }

    #[test]
    fn a_vote_is_keyed_by_side_a_share_by_candidate_and_a_depth_by_its_word() {
        // Own sentences, in both languages.
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-03\nlang = \"fr\"\n+++\nT\n\nMardi, 301 députés ont rejeté le texte, et 250 l'ont approuvé. Le sénateur Paul Kadrovsky a obtenu 52,3 % des voix, contre 47,7 % pour Claire Vasseur. Le séisme s'est produit à 12 kilomètres de profondeur, à 40 kilomètres de Lyon. Lyon, ville de 500 000 habitants, a tremblé.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-03\nlang = \"en\"\n+++\nT\n\nOn Tuesday lawmakers voted 301 to 250 against the bill. Senator Paul Kadrovsky, 58, won 52.3% of the votes. The quake struck at a depth of 12 km.\n",
            ),
        ]);
        let keys = |art: usize, written: &str| concepts_at(&an, art, written);
        let has = |art: usize, written: &str, key: &str| {
            let k = keys(art, written);
            assert!(k.iter().any(|x| x == key), "{written}: {k:?}");
        };
        has(0, "301", "lawmakers/against");
        assert!(keys(0, "250").iter().all(|k| !k.starts_with("lawmakers")));
        has(0, "52,3 %", "pct/votes/kadrovsky");
        has(0, "47,7 %", "pct/votes/vasseur");
        has(1, "52.3%", "pct/votes/kadrovsky");
        has(0, "12 kilomètres", "measure/depth");
        has(1, "12 km", "measure/depth");
        // A population is its place's.
        assert!(
            keys(0, "500 000")
                .iter()
                .any(|k| k.starts_with("inhabitants/#")),
            "{:?}",
            keys(0, "500 000")
        );
        // A distance past a comma is no depth.
        assert!(
            !keys(0, "40 kilomètres").contains(&"measure/depth".to_string()),
            "{:?}",
            keys(0, "40 kilomètres")
        );
    }

    #[test]
    fn a_part_a_toll_without_noun_and_a_past_year_are_what_they_say() {
        // Own sentences.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-03\nlang = \"en\"\n+++\nT\n\nThe death toll from the blaze rose to 41 on Tuesday. The state freed 900 prisoners. Among the freed were 120 prisoners serving long terms. It was the worst fire since 1987, when 96 people died in a hotel. Overnight the army fired 70 drones, and air defences downed 52 drones and three missiles.\n",
        )]);
        let keys = |written: &str| concepts_at(&an, 0, written);
        assert_eq!(keys("41"), ["dead"]);
        assert!(
            keys("120").contains(&"prisoners/part".to_string()),
            "{:?}",
            keys("120")
        );
        assert!(
            keys("96").iter().all(|k| k.ends_with("@1987")),
            "{:?}",
            keys("96")
        );
        // What was brought down is another count than what was fired.
        assert!(
            keys("70").contains(&"drones".to_string()),
            "{:?}",
            keys("70")
        );
        assert!(
            keys("52").contains(&"drones/downed".to_string()),
            "{:?}",
            keys("52")
        );
        assert!(
            keys("three").contains(&"missiles/downed".to_string()),
            "{:?}",
            keys("three")
        );
        // The day the toll rose is not the fire's.
        assert!(
            !an.claims.iter().any(|c| c.key.aspect == Aspect::Day),
            "{:?}",
            an.claims
        );
    }

    #[test]
    fn a_count_after_its_verb_a_corrected_count_and_a_journey_s_end_are_what_they_say() {
        // Own sentences.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-04\nlang = \"fr\"\n+++\nT\n\nL'explosion a tué mardi 9 personnes et en a blessé 31 à Lyon. Les pompiers avaient d'abord annoncé 12 morts. Le suspect, arrêté mardi à Lyon, a été transféré vers Marseille.\n",
        )]);
        let keys = |written: &str| concepts_at(&an, 0, written);
        assert!(
            keys("31").contains(&"injured".to_string()),
            "{:?}",
            keys("31")
        );
        assert!(
            keys("12").contains(&"dead/earlier".to_string()),
            "{:?}",
            keys("12")
        );
        assert!(keys("9").contains(&"dead".to_string()), "{:?}", keys("9"));
        // Where he was taken is the end of a journey, no place of the arrest.
        assert!(
            keys("Marseille").contains(&"route/to".to_string()),
            "{:?}",
            keys("Marseille")
        );
    }

    #[test]
    fn a_score_is_its_competitor_s_and_a_nationality_names_a_clock() {
        // Own sentences.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-05-17\nlang = \"en\"\n+++\nT\n\nThe Irish singer Aoife Brennan won in the final on Saturday with 402 points, ahead of Lukas Varga. Varga, a newcomer, received 388 points. The vote closed at 11:40 p.m. Swiss time.\n",
        )]);
        let keys = |written: &str| concepts_at(&an, 0, written);
        assert!(
            keys("388").contains(&"points/varga".to_string()),
            "{:?}",
            keys("388")
        );
        assert!(
            !keys("402").contains(&"points/varga".to_string()),
            "{:?}",
            keys("402")
        );
        // "Swiss time" is Zurich's clock: 21:40 UTC in May.
        let at = |written: &str| values_at(&an, written);
        assert!(
            at("11:40").contains(&Value::Time {
                minutes: 21 * 60 + 40
            }),
            "{:?}",
            at("11:40")
        );
    }

    #[test]
    fn a_local_time_converted_right_after_is_the_zone_the_conversion_says() {
        // Own sentences. The lede names Pakistan more than India: the story's clock would be
        // Pakistan's, but the conversion is India's, which the lede names too.
        let text = |local: &str| {
            format!("+++\ndate = 2026-05-07\nlang = \"en\"\n+++\nT\n\nIndia struck Pakistan on Wednesday, Pakistan said. The strikes began at {local} (1935 GMT Tuesday), Pakistan said.\n")
        };
        let at = values_at;
        let an = claims_of(&[("a.txt", &text("1:05 a.m."))]);
        assert!(at(&an, "1:05").is_empty(), "{:?}", at(&an, "1:05"));
        assert!(
            at(&an, "1935").contains(&Value::Time {
                minutes: 19 * 60 + 35
            }),
            "{:?}",
            at(&an, "1935")
        );
        // A slip no zone of the lede explains stays a moment of its own, on the story's
        // clock.
        let an = claims_of(&[("a.txt", &text("3:05 a.m."))]);
        assert!(!at(&an, "3:05").is_empty(), "{:?}", an.claims);
    }

    #[test]
    fn two_days_in_a_row_a_part_of_the_whole_and_an_attributed_time() {
        // Own sentences.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-10-05\nlang = \"fr\"\n+++\nT\n\nLe scrutin s'est tenu vendredi et samedi. Le parti obtient 61 des 150 sièges de la chambre.\n",
        )]);
        let days: Vec<Value> = an
            .claims
            .iter()
            .filter(|c| c.key.aspect == Aspect::Day)
            .map(|c| c.value)
            .collect();
        let (fri, sat) = (
            NaiveDate::from_ymd_opt(2026, 10, 2).unwrap(),
            NaiveDate::from_ymd_opt(2026, 10, 3).unwrap(),
        );
        assert_eq!(
            days,
            [Value::Days {
                start: fri,
                end: sat
            }]
        );
        assert_keyed(&an, 0, "61", "seats");
        // "It went down at 5:15 p.m., the agency said": the time is the crash's.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-11-05\nlang = \"en\"\n+++\nT\n\nA cargo jet crashed in Ohio on Wednesday. The jet went down at about 5:15 p.m., the agency said.\n",
        )]);
        assert!(
            concepts_at(&an, 0, "5:15 p.m.")
                .iter()
                .any(|k| k.starts_with("accident@")),
            "{:?}",
            concepts_at(&an, 0, "5:15 p.m.")
        );
        // An opening phrase dates the verb past its comma: the speech, not the crash.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-11-05\nlang = \"en\"\n+++\nT\n\nA cargo jet crashed in Ohio on Wednesday. In a speech at about 9:30 p.m., the governor announced an inquiry.\n",
        )]);
        assert!(
            concepts_at(&an, 0, "9:30 p.m.")
                .iter()
                .all(|k| !k.starts_with("accident@")),
            "{:?}",
            concepts_at(&an, 0, "9:30 p.m.")
        );
    }

    #[test]
    fn two_statements_at_two_hours_are_no_contradiction() {
        // Own sentences: one report tells of a decree announced in the evening and of a
        // second address before dawn; the other report confirms the evening.
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-10\nlang = \"en\"\n+++\nT\n\nThe president of Peru announced a curfew in Lima on Tuesday at about 9:15 p.m. local time. At around 2:30 a.m., the president said in a second address that the curfew was lifted.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-10\nlang = \"en\"\n+++\nT\n\nPeru's president announced a curfew in Lima on Tuesday at 9:15 p.m. local time.\n",
            ),
        ]);
        let times: Vec<String> = an
            .outliers
            .iter()
            .map(|o| &an.claims[o.claim])
            .filter(|c| c.key.aspect == Aspect::Time)
            .map(|c| c.key.concept.to_string())
            .collect();
        assert!(times.is_empty(), "{times:?}");
    }

    #[test]
    fn a_time_two_hours_off_across_midnight_is_a_near_miss() {
        // Own sentences: three reports read 22:15 UTC, one 00:15 UTC.
        let r = |lang: &str, body: &str| dated("2026-11-04", lang, body);
        let texts = [
            r("en", "A cargo jet crashed near Louisville on Tuesday. Flames rose at 5:15 p.m. EST."),
            r("en", "A freighter crashed near Louisville on Tuesday evening. Smoke was seen at 2215 GMT."),
            r("fr", "Un avion cargo s'est écrasé mardi près de Louisville. Le feu a pris vers 17 h 15 (23 h 15 à Paris)."),
            r("en", "A UPS cargo plane crashed near Louisville on Tuesday evening, and sirens sounded across the city at 7:15 p.m. EST."),
        ];
        let an = claims_of(&[
            ("a.txt", &texts[0]),
            ("b.txt", &texts[1]),
            ("c.txt", &texts[2]),
            ("d.txt", &texts[3]),
        ]);
        let misses = consensus::near_misses(&an.claims, &[], &an.facts);
        assert!(
            misses
                .iter()
                .any(|o| an.claims[o.claim].article == ArticleId(3)
                    && o.consensus
                        == Value::Time {
                            minutes: 22 * 60 + 15
                        }),
            "{misses:?}"
        );
    }

    #[test]
    fn an_apposition_leaves_the_verb_its_subject() {
        // Own sentence.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-04\nlang = \"en\"\n+++\nT\n\nPope Francis, who led the Church for 12 years, died on Monday.\n",
        )]);
        assert!(
            an.claims
                .iter()
                .any(|c| c.key.aspect == Aspect::Agent && &*c.key.concept == "death"),
            "{:?}",
            an.claims
        );
    }

    #[test]
    fn a_name_is_keyed_by_the_word_written_alone() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-03\nlang = \"fr\"\n+++\nT\n\nLe président Park Ji-hoon a prêté serment mardi à Séoul. M. Park, 61 ans, a promis l'unité. Le ministre Lucien Marchal, 70 ans, était présent.\n",
        )]);
        let concepts = ages_of(&an);
        assert!(concepts.contains(&"age/park".to_string()), "{concepts:?}");
        assert!(concepts.contains(&"age/marcal".to_string()), "{concepts:?}");
        assert_eq!(
            super::surname(&an.corpus.articles[0], "Park Ji-hoon"),
            "Park"
        );
    }

    #[test]
    fn the_badly_hurt_the_freed_and_the_soldiers_killed_are_counts_of_their_own() {
        // Own sentences: a bus crash with its badly hurt, a ferry's load, freed captives and
        // the guards killed freeing them.
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-07-06\nlang = \"en\"\n+++\nT\n\nThe bus crash on Sunday left 45 people injured. Three people remained critically injured on Monday. Around 220 passengers were on board. Police freed more than 60 captives and killed 9 gunmen. Two guards also died.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-07-06\nlang = \"fr\"\n+++\nT\n\nL'accident de car a fait 45 blessés dimanche, dont 3 grièvement blessés. Le car transportait environ 220 voyageurs. L'assaut a tué deux gardiens.\n",
            ),
        ]);
        let en = |written: &str| concepts_at(&an, 0, written);
        let fr = |written: &str| concepts_at(&an, 1, written);
        assert!(en("45").contains(&"injured".to_string()), "{:?}", en("45"));
        assert!(
            en("Three").contains(&"injured/serious".to_string()),
            "{:?}",
            en("Three")
        );
        assert!(
            fr("3").contains(&"injured/serious".to_string()),
            "{:?}",
            fr("3")
        );
        assert!(
            en("220").contains(&"passengers".to_string()),
            "{:?}",
            en("220")
        );
        assert!(
            fr("220").contains(&"passengers".to_string()),
            "{:?}",
            fr("220")
        );
        assert!(
            en("60").iter().any(|k| k.ends_with("/freed")),
            "{:?}",
            en("60")
        );
        // "And killed 9 gunmen" is another clause: the captives are no toll.
        assert!(
            !en("60").iter().any(|k| k.contains("dead")),
            "{:?}",
            en("60")
        );
        assert!(
            en("Two").contains(&"guard/dead".to_string()),
            "{:?}",
            en("Two")
        );
        assert!(!en("Two").contains(&"dead".to_string()), "{:?}", en("Two"));
    }

    #[test]
    fn parts_of_a_toll_and_people_aboard_are_keyed_for_what_they_are() {
        // Own sentences: a flood toll with its children, missing campers, a boat's load, a
        // chamber's size.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-07-06\nlang = \"en\"\n+++\nT\n\nThe floods killed at least 40 people, including 12 children, on Saturday. Rescuers were looking for 9 scouts still missing. A boat with 61 people on board capsized. The 400-seat assembly met on Sunday, and 18 MPs voted against the plan.\n",
        )]);
        let key = |written: &str| -> Vec<(String, bool)> {
            an.claims
                .iter()
                .filter(|c| c.key.aspect == Aspect::Quantity)
                .filter(|c| an.corpus.articles[0].slice(c.span) == written)
                .map(|c| (c.key.concept.to_string(), c.soft == Soft::Evolving))
                .collect()
        };
        assert!(
            key("12").iter().any(|(_, evolving)| *evolving),
            "{:?}",
            key("12")
        );
        assert!(
            key("9").contains(&("scout/missing".to_string(), true)),
            "{:?}",
            key("9")
        );
        assert_eq!(key("61"), [("people/aboard".to_string(), false)]);
        assert!(
            key("400-seat").iter().all(|(k, _)| k != "seats"),
            "{:?}",
            key("400-seat")
        );
        assert!(
            key("18").iter().any(|(k, _)| k == "lawmakers/against"),
            "{:?}",
            key("18")
        );
        // The whole a toll is drawn from carries no death: "parmi les 63" is everyone aboard.
        let an = claims_of(&[(
            "b.txt",
            "+++\ndate = 2026-07-06\nlang = \"fr\"\n+++\nT\n\nLe bateau a chaviré samedi, faisant 12 morts parmi les 63 personnes à bord.\n",
        )]);
        let aboard: Vec<String> = an
            .claims
            .iter()
            .filter(|c| an.corpus.articles[0].slice(c.span) == "63")
            .map(|c| c.key.concept.to_string())
            .collect();
        assert!(aboard.contains(&"people/aboard".to_string()), "{aboard:?}");
        assert!(!aboard.contains(&"dead".to_string()), "{aboard:?}");
    }

    #[test]
    fn a_later_happening_s_toll_is_kept_apart_beside_the_first_one_s() {
        // Own sentences: a report of two waves of blasts, another of the second alone, and
        // a toll followed by a hedged count of another thing.
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-05-13\nlang = \"en\"\n+++\nT\n\nBlasts killed 12 people in Tyre on Tuesday. A second wave of blasts hit Tyre on Wednesday, killing 20 people.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-05-13\nlang = \"en\"\n+++\nT\n\nA second wave of blasts hit Tyre on Wednesday, killing 20 people.\n",
            ),
            (
                "c.txt",
                "+++\ndate = 2026-05-13\nlang = \"en\"\n+++\nT\n\nBlasts hit Tyre on Tuesday. The official toll stood at 21 dead and more than 1,400 injured.\n",
            ),
        ]);
        assert_keyed(&an, 0, "12", "dead");
        assert_keyed(&an, 0, "20", "dead/later");
        assert_keyed(&an, 1, "20", "dead");
        assert_keyed(&an, 2, "21", "dead");
    }

    #[test]
    fn a_bare_count_before_its_state_and_a_continued_campaign() {
        // Own sentences.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-05-13\nlang = \"en\"\n+++\nT\n\nA blast hit a market in Tyre on Monday. At least 12 people were killed, and 85 were wounded.\n",
        )]);
        assert_keyed(&an, 0, "85", "injured");
        let an = claims_of(&[(
            "b.txt",
            "+++\ndate = 2026-05-13\nlang = \"fr\"\n+++\nT\n\nL'attaque de lundi à Tyr a fait 30 morts, et 9 prises en otage.\n",
        )]);
        assert_keyed(&an, 0, "9", "hostages");
        // "A poursuivi dimanche ses frappes": a campaign under way, no one day's happening;
        // the strike itself is dated apart from Sunday.
        let f = crate::text::fold(
            "Israël a poursuivi dimanche ses frappes au Liban, deux jours après la frappe qui a tué le chef du mouvement",
        );
        let sunday = f.find("dimanche").unwrap();
        assert!(dated_apart(&f, f.find("frappes").unwrap(), sunday));
        let f = crate::text::fold("Israël a mené dimanche des frappes au Liban");
        assert!(!dated_apart(
            &f,
            f.find("frappes").unwrap(),
            f.find("dimanche").unwrap()
        ));
    }

    #[test]
    fn a_prison_term_is_keyed_by_its_convict() {
        // Own sentences: two convicts of one trial, two terms.
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-04-09\n+++\nT\n\nLe tribunal a condamné jeudi 9 avril Jean Dupont à quatre ans de prison. Son associé Paul Martin a été condamné à trois ans.\n",
        )]);
        let keys: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.key.concept.starts_with("sentence/"))
            .map(|c| c.key.concept.to_string())
            .collect();
        assert_eq!(keys, ["sentence/dupont", "sentence/martin"]);
    }

    #[test]
    fn a_day_in_the_possessive_is_its_triggers_own() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-08\nlang = \"en\"\n+++\nT\n\nVoters rejected both proposals, the official count of Friday's referendums showed on Saturday.\n",
        )]);
        let saturday: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.key.aspect == Aspect::Day)
            .filter(|c| an.corpus.articles[0].slice(c.span) == "Saturday")
            .map(|c| c.key.concept.to_string())
            .collect();
        assert!(!saturday.contains(&"election".to_string()), "{saturday:?}");
    }

    #[test]
    fn the_ends_of_a_journey_are_not_where_it_crashed() {
        let an = claims_of(&[
            ("a.txt", "+++\ndate = 2026-02-06\nlang = \"en\"\n+++\nT\n\nA plane bound for Lisbon crashed in Madrid on Thursday. Investigators on Friday found the recorder of the jet that crashed, near the crash site.\n"),
            ("b.txt", "+++\ndate = 2026-02-06\n+++\nT\n\nUn avion qui devait relier Madrid à Lisbonne s'est écrasé jeudi 5 février à Madrid.\n"),
            ("c.txt", "+++\ndate = 2026-02-06\nlang = \"en\"\n+++\nT\n\nA flight to Lisbon Humberto Delgado crashed in Madrid on Thursday, February 5.\n"),
        ]);
        let keyed = |art: u32, written: &str| -> Vec<String> {
            an.claims
                .iter()
                .filter(|c| c.article == ArticleId(art))
                .filter(|c| c.key.aspect == Aspect::Place || c.key.aspect == Aspect::Day)
                .filter(|c| an.corpus.articles[art as usize].slice(c.span) == written)
                .map(|c| c.key.concept.to_string())
                .collect()
        };
        assert_eq!(keyed(0, "Lisbon"), ["route/to"]);
        assert_eq!(keyed(1, "Lisbonne"), ["route/to"]);
        assert!(keyed(1, "Madrid").contains(&"route/from".to_string()));
        // The city that opens an airport's name, after "flight to", ends the journey too.
        assert!(
            keyed(2, "Lisbon").contains(&"route/to".to_string()),
            "{:?}",
            keyed(2, "Lisbon")
        );
        // Friday is the day of the find, not of the crash the relative clause recalls.
        assert!(!keyed(0, "Friday").contains(&"accident".to_string()));
    }

    #[test]
    fn a_country_that_opens_a_name_is_a_first_name() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-06-13 T\n\nJordan Bardella et le cardinal Dominique Mamberti ont parlé de la Jordanie.\n",
        )]);
        let a = &an.corpus.articles[0];
        let places: Vec<&str> = an.facts[0]
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .map(|e| a.slice(e.span))
            .collect();
        assert_eq!(places, ["Jordanie"]);
    }

    #[test]
    fn two_nouns_of_one_group_key_the_count_both_ways() {
        let an = claims_of(&[
            ("a.txt", "+++\ndate = 2026-06-13\nlang = \"en\"\n+++\nT\n\nThe 120 cardinal electors elected the new pope on Friday.\n"),
            ("b.txt", "+++\ndate = 2026-06-13\n+++\nT\n\nLes 120 cardinaux électeurs ont élu vendredi le nouveau pape.\n"),
        ]);
        for art in 0..2 {
            let mut keys: Vec<String> = an
                .claims
                .iter()
                .filter(|c| c.article == ArticleId(art) && c.key.aspect == Aspect::Quantity)
                .map(|c| c.key.concept.to_string())
                .collect();
            keys.sort();
            assert_eq!(keys, ["cardinals", "electors"], "article {art}");
        }
    }

    #[test]
    fn british_and_bare_hours_are_clocks() {
        let at = |text: &str| {
            times_of_day(text, 0)
                .iter()
                .map(|t| t.minutes)
                .collect::<Vec<_>>()
        };
        assert_eq!(at("The grid failed at 12.33pm on Monday."), [12 * 60 + 33]);
        assert_eq!(at("By 7am on Tuesday, power was back."), [7 * 60]);
        assert_eq!(at("Mardi à 7 heures, le courant était rétabli."), [7 * 60]);
        assert_eq!(at("Il est rentré à 9 heures du soir."), [21 * 60]);
        // A distance in hours, and a decimal with no clock suffix, are no time of day.
        assert!(at("Le village est à 7 heures de route.").is_empty());
        assert!(at("Shares rose 12.33 percent.").is_empty());
        // After or before an hour is a clock; after hours of something is a length.
        assert_eq!(
            at("Le train est parti peu après 9 heures, heure locale."),
            [9 * 60]
        );
        assert!(at("Un accord a été trouvé après 9 heures de discussions.").is_empty());
    }

    #[test]
    fn the_number_after_the_votes_for_is_the_votes_against() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2024-06-25\n+++\nT\n\nParliament adopted the bill on Tuesday by 195 votes to 106.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2024-06-25\n+++\nT\n\nLes députés ont voté mardi la loi de finances par 195 voix contre 106.\n"),
        ]);
        assert_keyed(&an, 0, "106", "votes/against");
        assert_keyed(&an, 1, "106", "votes/against");
        assert_keyed(&an, 1, "195", "votes/for");
    }

    #[test]
    fn a_conversion_of_a_loose_time_is_loose() {
        let hedges = |time: &str| {
            let an = claims_of(&[(
                "a.txt",
                &format!("+++\nlang = \"en\"\ndate = 2024-06-25\n+++\nT\n\nThe capsule landed in Inner Mongolia {time} (0600 GMT) on Tuesday.\n"),
            )]);
            let a = &an.corpus.articles[0];
            let found: Vec<Qualifier> = an
                .claims
                .iter()
                .filter(|c| a.slice(c.span).starts_with("0600"))
                .map(|c| c.hedge)
                .collect();
            assert!(!found.is_empty(), "{time}");
            found
        };
        assert!(hedges("shortly after 2 p.m.")
            .iter()
            .all(|&q| q == Qualifier::Approx));
        assert!(hedges("at 2 p.m.").iter().all(|&q| q == Qualifier::Exact));
    }

    #[test]
    fn a_toll_that_falls_against_the_calendar_is_worth_a_look() {
        // Three wordings: copies of one sentence would be one source.
        let report = |day: &str, n: u32, wording: usize| {
            let body = [
                format!("Les inondations de samedi 4 juillet dans le Gard ont fait au moins {n} morts."),
                format!("The floods that hit the Gard region on Saturday, July 4, killed at least {n} people."),
                format!("Au moins {n} personnes sont mortes samedi 4 juillet lors des inondations dans le Gard."),
            ];
            let lang = if wording == 1 { "lang = \"en\"\n" } else { "" };
            format!("+++\ndate = {day}\n{lang}+++\nT\n\n{}\n", body[wording])
        };
        let severity_of = |texts: &[(&str, String)]| {
            let pairs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
            let an = claims_of(&pairs);
            an.outliers
                .iter()
                .filter(|o| an.claims[o.claim].article == ArticleId(2))
                .map(|o| o.severity)
                .min()
        };
        // One report of the day against two: a warning.
        let same_day = [
            ("a.txt", report("2026-07-05", 23, 0)),
            ("b.txt", report("2026-07-05", 23, 1)),
            ("c.txt", report("2026-07-05", 25, 2)),
        ];
        assert_eq!(
            severity_of(&same_day),
            Some(crate::finding::Severity::Warning)
        );
        // A later report with a higher count: the toll rose, information at most.
        let rising = [
            ("a.txt", report("2026-07-05", 23, 0)),
            ("b.txt", report("2026-07-05", 23, 1)),
            ("c.txt", report("2026-07-06", 25, 2)),
        ];
        assert_ne!(
            severity_of(&rising),
            Some(crate::finding::Severity::Warning)
        );
    }

    #[test]
    fn a_bracket_after_local_time_converts_it() {
        // A bracket right after "heure locale" gives another clock, not the local one, and
        // "vers 19 heures" is the local time.
        let t = times_of_day(
            "Le train a déraillé vers 19 heures, heure locale (15 h 30 à Paris).",
            0,
        );
        assert_eq!(t.len(), 2);
        assert_eq!((t[0].minutes, t[0].zone.as_str()), (19 * 60, "local"));
        assert_eq!((t[1].zone.as_str(), t[1].at), ("paris", false));
        // "1 h 30 du matin, heure locale": the local clock is named past the part of the day.
        let t = times_of_day("Il s'est effondré à 9 h 30 du soir, heure locale.", 0);
        assert_eq!((t[0].minutes, t[0].named), (21 * 60 + 30, true));
        // A whole hour in brackets is a time when a clock follows, a length otherwise.
        let t = times_of_day("Reçu à 11 heures, heure locale (21 heures à Paris).", 0);
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].minutes, t[1].zone.as_str()), (21 * 60, "paris"));
        assert!(times_of_day("Le vol a duré longtemps (21 heures).", 0).is_empty());
        // "à 16 h", a whole hour written with its "h", and mainland France's clock.
        let t = times_of_day(
            "Elle a décollé à 16 h heure locale, soit 21 h en métropole.",
            0,
        );
        assert_eq!(t.len(), 2);
        assert_eq!((t[0].minutes, t[0].zone.as_str()), (16 * 60, "local"));
        assert_eq!((t[1].minutes, t[1].zone.as_str()), (21 * 60, "paris"));
        let t = times_of_day("Elle a décollé à 16 h 07.", 0);
        assert_eq!(t[0].minutes, 16 * 60 + 7);
        assert!(times_of_day("Il reste à 2 h de route.", 0).is_empty());
    }

    #[test]
    fn two_values_of_a_key_in_one_sentence_are_two_things() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-09\n+++\nT\n\nLes inondations de vendredi ont fait 12 morts à Lyon et 30 morts à Grenoble.\n",
        )]);
        let dead = an
            .claims
            .iter()
            .filter(|c| &*c.key.concept == "dead")
            .count();
        assert_eq!(dead, 2, "{:?}", an.claims);
        assert!(an.outliers.is_empty(), "{:?}", an.outliers);
    }

    #[test]
    fn a_time_counted_from_something_is_a_length() {
        let at = |s: &str| -> Vec<u16> { times_of_day(s, 0).iter().map(|t| t.minutes).collect() };
        assert!(
            at("Le contact a été perdu environ 1 h 45 après le début de la plongée.").is_empty()
        );
        assert!(at("Contact was lost 1:45 into the dive.").is_empty());
        // A clock word before it: a time of day.
        assert_eq!(
            at("Il est arrivé à 14 h 20 après une longue attente."),
            [14 * 60 + 20]
        );
    }

    #[test]
    fn a_time_after_a_bound_is_a_length() {
        let minutes: Vec<u16> = times_of_day("She ran it in under 2:10 and left at 14:20.", 0)
            .iter()
            .map(|t| t.minutes)
            .collect();
        assert_eq!(minutes, [14 * 60 + 20]);
    }

    #[test]
    fn going_home_and_older_years_have_keys_of_their_own() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-11-16\nlang = \"en\"\n+++\nT\n\nMacron met Modi in New Delhi on Monday. India signed a deal for 26 Rafale Marine jets. The visit ends on Wednesday, when he returns to Paris. In 2016, India bought 36 Rafale jets. Since 2016, 40 rescuers have trained there.\n",
        )]);
        let text = |c: &Claim| an.corpus.articles[0].slice(c.span).to_string();
        let concepts_of = |written: &str| {
            an.claims
                .iter()
                .filter(|c| text(c) == written && c.key.aspect != Aspect::Named)
                .map(|c| c.key.concept.to_string())
                .collect::<Vec<_>>()
        };
        // Paris is where he goes home, not where the visit was; Wednesday is the visit's
        // last day, a day to come.
        assert_eq!(concepts_of("Paris"), ["return"]);
        assert_eq!(concepts_of("Wednesday"), ["visit/end"]);
        assert!(!concepts_of("New Delhi").contains(&"return".to_string()));
        // A count of a model is keyed by its name; one of an older year by that year.
        assert!(concepts_of("26").contains(&"model/rafale marine".to_string()));
        assert!(concepts_of("36").contains(&"model/rafale@2016".to_string()));
        // "Since 2016" dates no older happening: the count is today's.
        assert!(concepts_of("40").contains(&"rescuers".to_string()));
    }

    #[test]
    fn a_percentage_is_keyed_by_what_it_changes_and_an_amount_keeps_its_currency() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-12\n+++\nRenault en recul\n\nRenault a annoncé jeudi que son bénéfice net a chuté de 40 % l'an dernier, à 2 milliards d'euros, et que son chiffre d'affaires a reculé de 9 %, à 80 milliards. L'action Renault a gagné 1,5 % jeudi.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-12\nlang = \"en\"\n+++\nRenault profit falls\n\nRenault said on Thursday that net profit fell 40% last year to 2 billion euros while revenue slid 9% to 80 billion euros. Renault shares rose 1.5% on Thursday.\n",
            ),
        ]);
        let keyed = |art: u32| {
            let mut v: Vec<String> = an
                .claims
                .iter()
                .filter(|c| c.article == ArticleId(art) && c.key.concept.starts_with("pct/"))
                .map(|c| c.key.concept.to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(keyed(0), ["pct/profit", "pct/revenue", "pct/shares"]);
        assert_eq!(keyed(0), keyed(1));
        // "à 80 milliards" is in the euros of the amount before it.
        let eighty = &an.facts[0]
            .figures
            .iter()
            .find(|f| f.value == 8e10)
            .expect("80 milliards");
        assert_eq!(eighty.unit.as_deref(), Some("EUR"));
    }

    #[test]
    fn a_day_of_another_verb_than_the_clocks_is_firm() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2024-02-23\nlang = \"en\"\n+++\nT\n\nThe probe, launched from Florida on February 15, touched down at 6:23 p.m. Houston time on the Moon.\n",
        )]);
        let launch = an
            .claims
            .iter()
            .find(|c| {
                an.corpus.articles[0].slice(c.span) == "February 15" && c.key.aspect == Aspect::Day
            })
            .expect("a claim of the launch day");
        assert_eq!(launch.soft, Soft::No, "{launch:?}");
    }

    #[test]
    fn a_day_on_a_named_clock_may_differ_by_one() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-02-20\nlang = \"en\"\n+++\nT\n\nThe lander touched down at 0:42 a.m. Japan time on Friday, the company said. Eleven of the 17 regions stay on alert until Saturday.\n",
        )]);
        let friday = an
            .claims
            .iter()
            .find(|c| an.corpus.articles[0].slice(c.span) == "Friday")
            .expect("a claim of the day, in the same sentence as its clock");
        assert_eq!(friday.soft, Soft::Zone);
        // "Until Saturday" is the end of what is under way: the count is today's.
        assert!(an
            .claims
            .iter()
            .all(|c| !c.key.concept.contains("@2026-02-21")));
    }

    #[test]
    fn the_whole_after_a_part_is_a_total() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-07-15\nlang = \"en\"\n+++\nT\n\nThe agency placed 11 of the country's 17 regions and 3 of France's 13 regions on alert. The club said 40 of its 96 members and 8 de ses 30 joueurs left.\n",
        )]);
        let a = &an.corpus.articles[0];
        let at = |n: &str| {
            let i = a.text.find(n).expect("in the text");
            Span::new(i, i + n.len())
        };
        assert!(cues::is_total(a, at("17 regions")));
        assert!(cues::is_total(a, at("13 regions")));
        assert!(cues::is_total(a, at("96 members")));
        assert!(cues::is_total(a, at("30 joueurs")));
        assert!(!cues::is_total(a, at("40 of")));
        assert!(!cues::is_total(a, at("11 of")));
    }

    #[test]
    fn a_rank_on_a_day_to_come_is_that_days() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-10-06\n+++\nT\n\nLes manifestants ont défilé mardi à Paris pour la troisième journée de mobilisation. Les syndicats ont appelé à une quatrième journée de mobilisation le 15 octobre.\n",
        )]);
        let ranks: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.key.aspect == Aspect::Ordinal)
            .map(|c| c.key.concept.to_string())
            .collect();
        assert_eq!(ranks, ["days", "days@2026-10-15"]);
    }

    #[test]
    fn the_minute_of_a_goal_is_keyed_by_its_scorer() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-05-31\n+++\nT\n\nLe Stade rennais a battu Lille samedi 30 mai. Les buts ont été marqués par Arnaud Kalimuendo (12e) et Ludovic Blas (80e), Jonathan David ayant réduit l'écart (55e). Rennes remporte sa deuxième Coupe de France.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-05-31\nlang = \"en\"\n+++\nT\n\nRennes beat Lille on Saturday, May 30. Arnaud Kalimuendo scored in the 12th minute and Jonathan David pulled one back after 55 minutes.\n",
            ),
        ]);
        let mut keys: Vec<(String, u32)> = an
            .claims
            .iter()
            .filter(|c| c.key.aspect == Aspect::Ordinal)
            .map(|c| {
                let v = match c.value {
                    Value::Number { value, .. } => value as u32,
                    _ => 0,
                };
                (c.key.concept.to_string(), v)
            })
            .collect();
        keys.sort();
        keys.dedup();
        assert_eq!(
            keys,
            [
                ("nth/minute/blas".to_string(), 80),
                ("nth/minute/david".to_string(), 55),
                ("nth/minute/kalimuendo".to_string(), 12),
            ]
        );
    }

    #[test]
    fn outlets_drop_trailing_numbers_only() {
        let an = claims_of(&[
            ("tf1info-0320.txt", "T\n\nTexte.\n"),
            ("000_51bdbe4c.txt", "T\n\nTexte.\n"),
            ("rfi.txt", "T\n\nTexte.\n"),
        ]);
        let names: Vec<String> = an.corpus.articles.iter().map(outlet).collect();
        assert_eq!(names, ["000_51bdbe4c", "rfi", "tf1info"]);
    }

    /// The (article, written) pairs of the outliers of a corpus, corpus order.
    #[test]
    fn a_launch_dates_its_subject_and_an_after_phrase_its_own_end() {
        let folded = "l'offensive, menee par trois groupes armes venus du nord, avait ete lancee le 27 novembre";
        let p = folded.find("lancee").expect("in the text");
        assert_eq!(launched_happening(folded, p).map(|x| x.1), Some("invasion"));
        let folded =
            "their victory came twelve days after the offensive began in the north on november 27";
        let (p, at) = (
            folded.find("offensive").expect("in the text"),
            folded.find("november").expect("in the text"),
        );
        assert!(!dated_apart(folded, p, at));
        // A day past a comma is no longer the phrase's.
        let folded = "twelve days after the offensive began in the north, the rebels entered the city on sunday";
        let (p, at) = (
            folded.find("offensive").expect("in the text"),
            folded.find("sunday").expect("in the text"),
        );
        assert!(dated_apart(folded, p, at));
    }

    #[test]
    fn a_verb_of_death_counts_the_bare_number_after_it() {
        let an = claims_of(&[(
            "a.txt",
            " date 2024-12-29 Crash kills 61 in the south\n\nA plane crashed on Sunday near Tarbes, killing 61 people.\n",
        )]);
        let headline: Vec<&Claim> = an
            .claims
            .iter()
            .filter(|c| c.span.start() < 40 && an.corpus.articles[0].slice(c.span) == "61")
            .collect();
        assert!(
            headline.iter().any(|c| &*c.key.concept == "dead"),
            "{:?}",
            headline.iter().map(|c| &c.key.concept).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_second_happening_of_the_kind_has_a_time_of_its_own() {
        let texts = [
            ("a.txt", " date 2023-02-06 Un séisme frappe la région\n\nUn séisme de magnitude 6,1 a frappé lundi 6 février à 3 h 41 heure locale la province de Konya.\n\nUne deuxième secousse de magnitude 5,2 a frappé la même région vers 11 h 10.\n"),
            ("b.txt", " date 2023-02-06 Earthquake hits the region\n\nA magnitude 6.1 earthquake struck Konya province at 3:43 a.m. local time on Monday, February 6.\n\nA second quake of magnitude 5.2 struck the same region at around 11:10 a.m.\n"),
        ];
        let found: Vec<String> = outliers_at(&texts).into_iter().map(|(_, t)| t).collect();
        assert!(found.iter().any(|t| t == "3 h 41"), "{found:?}");
        assert!(!found.iter().any(|t| t.contains("11")), "{found:?}");
    }

    #[test]
    fn the_only_two_amounts_of_a_unit_are_one_sum_told_twice() {
        let texts = |fr: &str| {
            [
                ("a.txt", " date 2023-10-06 Poet wins the Vilnius prize\n\nThe jury awarded the prize to a poet on Friday, October 6. The award comes with 11 million Swedish crowns.\n".to_string()),
                ("b.txt", format!(" date 2023-10-06 Une poétesse reçoit le prix de Vilnius\n\nLe jury a décerné le prix à une poétesse vendredi 6 octobre. Le prix est doté de {fr} millions de couronnes suédoises.\n")),
            ]
        };
        let found = |fr: &str| outliers_of_owned(&texts(fr));
        assert!(
            found("13")
                .iter()
                .any(|(_, t)| t.starts_with("13 millions")),
            "{:?}",
            found("13")
        );
        // One source against one: the first report is told too, as nothing says which slipped.
        assert!(
            found("13").iter().any(|(_, t)| t.starts_with("11 million")),
            "{:?}",
            found("13")
        );
        // Twice the sum is another sum, not a slip.
        assert!(found("22").is_empty(), "{:?}", found("22"));
    }

    #[test]
    fn a_headline_toll_its_own_body_does_not_give_is_reported() {
        let texts = |head: &str| {
            [
                ("a.txt", format!(" date 2024-10-11 Storm toll rises to at least {head}\n\nAt least 10 people were killed in the region by the storm, which came ashore on Wednesday night.\n")),
                ("b.txt", " date 2024-10-10 Storm comes ashore\n\nAt least four people were killed when the storm came ashore on Wednesday night.\n".to_string()),
            ]
        };
        let found = |head: &str| outliers_of_owned(&texts(head));
        assert!(
            found("12").contains(&(0, "12".to_string())),
            "{:?}",
            found("12")
        );
        // The same toll in the headline and the body; a later report's higher toll is an update.
        assert!(found("10").is_empty(), "{:?}", found("10"));
    }

    #[test]
    fn what_was_done_to_a_happening_names_no_day_of_it() {
        for folded in [
            "the candidate on saturday called the cancellation of the presidential election a fraud",
            "le candidat a denonce samedi l'annulation de l'election presidentielle",
        ] {
            let p = folded.find("election").expect("in the text");
            assert!(names_a_site(folded, p), "{folded}");
        }
        let folded = "the candidate won the presidential election on sunday";
        assert!(!names_a_site(
            folded,
            folded.find("election").expect("in the text")
        ));
    }

    #[test]
    fn a_day_past_and_a_day_to_come_in_one_report_are_two_happenings() {
        let texts = [(
            "c.txt",
            " date 2024-12-05 Lawmakers lift the decree\n\nLawmakers voted on Wednesday to lift the decree. A new vote could be held as early as Saturday.\n",
        )];
        assert!(outliers_at(&texts).is_empty(), "{:?}", outliers_at(&texts));
        // Two days past are two versions of one.
        let texts = [(
            "c.txt",
            " date 2024-12-05 Lawmakers lift the decree\n\nLawmakers voted on Wednesday to lift the decree. The vote on Monday had been unanimous.\n",
        )];
        assert!(!outliers_at(&texts).is_empty());
    }

    /// [`outliers_at`] of texts built by the test.
    fn outliers_of_owned(texts: &[(&str, String)]) -> Vec<(usize, String)> {
        let pairs: Vec<(&str, &str)> = texts.iter().map(|(n, x)| (*n, x.as_str())).collect();
        outliers_at(&pairs)
    }

    /// Asserts that the texts `texts` writes with `quiet` raise nothing, and with `slip` raise
    /// a finding: a legitimate difference beside the slip it must not hide.
    fn assert_quiet_then_reported<const N: usize>(
        texts: impl Fn(&str) -> [(&'static str, String); N],
        quiet: &str,
        slip: &str,
    ) {
        let found = outliers_of_owned(&texts(quiet));
        assert!(found.is_empty(), "{quiet}: {found:?}");
        assert!(!outliers_of_owned(&texts(slip)).is_empty(), "{slip}");
    }

    #[test]
    fn a_time_beside_another_day_is_not_the_events_moment() {
        let an = claims_of(&[
            ("a.txt", " date 2025-03-04 Panne à Lyon\n\nUne panne de courant a privé Lyon d'électricité lundi 3 mars à 14 h 10.\n\nÀ 6 heures mardi, le courant était revenu partout, selon Enedis.\n"),
            ("b.txt", " date 2025-03-04 Lyon blackout\n\nA power outage cut electricity across Lyon at 2:10 p.m. on Monday, March 3.\n\nBy 6 a.m. on Tuesday, power had been restored everywhere, Enedis said.\n"),
        ]);
        for (art, moment, later) in [(0, "14 h 10", "6 heures"), (1, "2:10 p.m.", "6 a.m.")] {
            assert!(
                concepts_at(&an, art, moment)
                    .iter()
                    .any(|c| c.contains('@')),
                "{moment}: {:?}",
                concepts_at(&an, art, moment)
            );
            assert!(
                !concepts_at(&an, art, later).iter().any(|c| c.contains('@')),
                "{later}: {:?}",
                concepts_at(&an, art, later)
            );
        }
    }

    #[test]
    fn a_magnitude_is_one_label_however_written_and_agencies_differ_by_tenths() {
        let texts = |x: &str, y: &str| {
            [
                ("a.txt", " date 2024-08-12 Séisme\n\nUn séisme de magnitude 6,4 a frappé lundi 12 août la province de Konya.\n\nLe séisme de magnitude 6,4, suivi d'une réplique, a été ressenti à Ankara. Il a été suivi de plusieurs répliques, dont une de magnitude 5,1.\n".to_string()),
                ("b.txt", format!(" date 2024-08-12 Quake\n\nA {x}-magnitude earthquake struck Konya province on Monday, August 12.\n")),
                ("c.txt", format!(" date 2024-08-12 Séisme\n\nLe tremblement de terre, d'une magnitude de {y}, a frappé lundi 12 août la province de Konya.\n")),
                ("d.txt", " date 2024-08-12 Quake\n\nAn earthquake of magnitude 6.4 hit Konya province on Monday, August 12.\n".to_string()),
            ]
        };
        let owned = texts("6.4", "6,4");
        let pairs: Vec<(&str, &str)> = owned.iter().map(|(n, t)| (*n, t.as_str())).collect();
        let an = claims_of(&pairs);
        assert_keyed(&an, 0, "6,4", "label/magnitude");
        assert_keyed(&an, 0, "5,1", "label/magnitude/later");
        assert!(!concepts_at(&an, 0, "6,4").contains(&"label/magnitude/later".to_string()));
        assert_keyed(&an, 1, "6.4-magnitude", "label/magnitude");
        assert_keyed(&an, 2, "6,4", "label/magnitude");
        assert_keyed(&an, 3, "6.4", "label/magnitude");
        assert!(an.outliers.is_empty());
        let severity = |x: &str, y: &str| {
            let owned = texts(x, y);
            let pairs: Vec<(&str, &str)> = owned.iter().map(|(n, t)| (*n, t.as_str())).collect();
            let an = claims_of(&pairs);
            an.outliers.iter().map(|o| o.severity).collect::<Vec<_>>()
        };
        // Another agency's rating, a few tenths off: information only.
        assert_eq!(severity("6.4", "6,6"), vec![crate::finding::Severity::Info]);
        // A magnitude two points off is worth a look.
        assert_eq!(
            severity("8.4", "6,4"),
            vec![crate::finding::Severity::Warning]
        );
    }

    #[test]
    fn a_part_of_a_toll_named_by_among_is_of_the_tolls_state_whichever_side() {
        let an = claims_of(&[
            ("a.txt", " date 2025-07-07 Crues\n\nLes crues ont fait au moins 60 morts dans le comté de Kerr lundi 7 juillet. Parmi les victimes figurent 21 enfants.\n"),
            ("b.txt", " date 2025-07-07 Floods\n\nFloods killed at least 60 people in Kerr County on Monday, July 7. Twenty-one children were among the dead.\n"),
        ]);
        assert_keyed(&an, 0, "21", "children/dead");
        assert_keyed(&an, 1, "Twenty-one", "children/dead");
    }

    #[test]
    fn counts_of_a_sentence_dated_weeks_before_the_event_are_that_months() {
        // Two reports recall the semi-final of June; the final of July went to four sets.
        let an = claims_of(&[
            ("a.txt", " date 2025-07-13 Finale\n\nMarie Duval a remporté dimanche 13 juillet la finale du tournoi de Lyon en quatre sets.\n"),
            ("b.txt", " date 2025-07-13 Final\n\nMarie Duval won the Lyon final on Sunday, July 13.\n\nBeaten in five sets in Madrid in June, she came back stronger.\n"),
            ("c.txt", " date 2025-07-14 Finale\n\nMarie Duval a gagné dimanche 13 juillet la finale de Lyon.\n\nBattue en cinq sets à Madrid en juin, elle a pris sa revanche.\n"),
        ]);
        assert_keyed(&an, 1, "five", "set@2025-06");
        assert_keyed(&an, 2, "cinq", "set@2025-06");
        assert!(an.outliers.is_empty(), "{:?}", an.outliers.len());
    }

    #[test]
    fn a_report_whose_lede_names_two_clocks_reads_its_times_on_the_events() {
        let an = claims_of(&[
            ("a.txt", " date 2025-05-22 Fusillade devant l'ambassade d'Israël à Washington\n\nDeux employés de l'ambassade d'Israël ont été tués par balles mercredi 21 mai à Washington, devant un musée.\n\nLa fusillade s'est produite vers 21 h 08, heure locale.\n"),
            ("b.txt", " date 2025-05-22 Shooting in Washington\n\nTwo embassy staff were shot dead outside a museum in Washington on Wednesday, May 21.\n\nThe shooting happened at about 9:08 p.m. local time.\n"),
        ]);
        assert_keyed(&an, 1, "9:08 p.m.", "attack@utc");
        assert_keyed(&an, 0, "21 h 08", "attack@utc");
    }

    #[test]
    fn a_later_happenings_report_restates_the_first_ones_place_under_its_key() {
        let texts = |city: &str| {
            [
                ("a.txt", " date 2025-03-06 Fusillade à Lyon\n\nDeux passants ont été tués par balles mercredi 5 mars à Lyon, devant une gare.\n".to_string()),
                ("b.txt", " date 2025-03-06 Shooting in Lyon\n\nTwo passers-by were shot dead outside a station in Lyon on Wednesday, March 5.\n".to_string()),
                ("c.txt", format!(" date 2025-03-07 Suspect charged\n\nPaul Martin was charged on Thursday with murder for shooting dead two passers-by in {city} on Wednesday, prosecutors said.\n")),
                ("d.txt", " date 2025-03-07 Suspect inculpé\n\nPaul Martin a été inculpé jeudi de meurtre, ont annoncé les procureurs.\n".to_string()),
            ]
        };
        assert_quiet_then_reported(texts, "Lyon", "Brussels");
    }

    #[test]
    fn a_surname_that_is_a_word_still_names_the_protagonist() {
        let an = claims_of(&[(
            "a.txt",
            " date 2025-07-13 Jannik Sinner bat Carlos Alcaraz en finale\n\nJannik Sinner a battu dimanche 13 juillet Carlos Alcaraz en finale à Londres.\n\n« Je suis heureux », a déclaré le joueur de 23 ans.\n",
        )]);
        assert_keyed(&an, 0, "23", "age/siner");
        // A place and a word make no one's name: "Utah Valley" named three times is no
        // protagonist beside the person named twice.
        let an = claims_of(&[(
            "a.txt",
            " date 2025-09-11 Utah Valley\n\nMarc Dufresnoy a été tué par balle mercredi 10 septembre à Utah Valley.\n\nLe campus de Utah Valley a été évacué. Marc Dufresnoy parlait devant des étudiants de Utah Valley.\n\nLe militant de 31 ans était très connu.\n",
        )]);
        assert_keyed(&an, 0, "31", "age/dufresnoi");
    }

    #[test]
    fn an_age_is_the_title_holder_s_or_the_surname_after_a_civility() {
        // The name after the age, past a civility.
        let an = claims_of(&[(
            "a.txt",
            " date 2021-09-06 Coup d'Etat\n\nLe général Jean Kolo a fait arrêter dimanche le président Paul Tamba. Jean Kolo a dissous le gouvernement.\n\nAgé de 83 ans, M. Tamba avait été réélu en 2020.\n",
        )]);
        assert_keyed(&an, 0, "83", "age/tamba");
        // A title set off between a name and the age: the title holder's, the protagonist
        // named twice.
        let an = claims_of(&[(
            "a.txt",
            " date 2024-06-03 Ana Ruiz élue\n\nAna Ruiz a été élue présidente dimanche.\n\nSelon Emilio Gil, l'ancienne maire de la capitale, âgée de 61 ans, a obtenu 60 % des voix.\n",
        )]);
        assert_keyed(&an, 0, "61", "age/ruiz");
        // A person's noun that opens no title ("cette scientifique de 61 ans"), after the
        // complement of a noun that opens the sentence: the protagonist's too.
        let an = claims_of(&[(
            "a.txt",
            " date 2024-06-03 Ana Ruiz élue\n\nAna Ruiz a été élue présidente dimanche.\n\nDauphine d'Emilio Gil, cette scientifique de 61 ans prendra ses fonctions en octobre.\n",
        )]);
        assert_keyed(&an, 0, "61", "age/ruiz");
    }

    fn outliers_at(texts: &[(&str, &str)]) -> Vec<(usize, String)> {
        let an = claims_of(texts);
        an.outliers
            .iter()
            .map(|o| {
                let c = &an.claims[o.claim];
                let art = c.article.0 as usize;
                (art, an.corpus.articles[art].slice(c.span).to_string())
            })
            .collect()
    }

    #[test]
    fn a_bare_count_after_a_name_counts_the_noun_before_it() {
        let an = claims_of(&lettered(&[
            dated("2026-12-07", "fr", "Le constructeur Norvia a annoncé lundi 7 décembre la suppression de 2 400 emplois en Belgique. L'usine de Genk perdra 1 500 postes, devant Gand (600) et Liège (300)."),
            dated("2026-12-07", "en", "Carmaker Norvia said on Monday, December 7, it would cut 2,400 jobs in Belgium. The Genk plant will lose 1,500 jobs, followed by Ghent with 600 and Liège with 300."),
        ]));
        for art in 0..2 {
            assert_keyed(&an, art, "600", "jobs");
            assert_keyed(&an, art, "300", "jobs");
        }
    }

    #[test]
    fn each_quantity_of_a_key_that_holds_a_total_and_its_parts_is_weighed() {
        let texts = |ghent: &str| {
            [
                ("a.txt", dated("2026-12-07", "fr", "Le constructeur Norvia a annoncé lundi 7 décembre la suppression de 2 400 emplois en Belgique. L'usine de Genk perdra 1 500 postes, devant Gand (600) et Liège (300).")),
                ("b.txt", dated("2026-12-07", "en", "Carmaker Norvia said on Monday, December 7, it would cut 2,400 jobs in Belgium. The Genk plant will lose 1,500 jobs, followed by Ghent with 600 and Liège with 300.")),
                ("c.txt", dated("2026-12-07", "en", &format!("Norvia announced on Monday, December 7, that it would shed 2,400 jobs in Belgium. Genk will lose 1,500 jobs, followed by Ghent with {ghent} and Liège with 300."))),
            ]
        };
        assert_quiet_then_reported(texts, "600", "650");
    }

    #[test]
    fn a_scorers_second_verb_opens_the_clause_of_his_second_goal() {
        let an = claims_of(&lettered(&[
            dated("2026-12-05", "fr", "Arlon et Bexley ont fait match nul 2-2 samedi 5 décembre. Tom Vellard a égalisé à la 35e, puis a donné l'avantage à Bexley sur penalty à la 78e minute."),
            dated("2026-12-05", "en", "Arlon drew 2-2 with Bexley on Saturday, December 5. Tom Vellard struck twice, in the 35th minute and with a 78th-minute penalty."),
        ]));
        assert_keyed(&an, 0, "35e", "nth/minute/vellard/equaliser");
        assert_eq!(concepts_at(&an, 0, "78e"), ["nth/minute/vellard"]);
        assert_keyed(&an, 1, "78th-minute", "nth/minute/vellard");
    }

    #[test]
    fn a_red_card_is_the_sent_off_players_minute_and_the_round_is_one_number() {
        let an = claims_of(&lettered(&[
            dated("2026-11-29", "fr", "Brenna a battu Arlon 2-0 dimanche 29 novembre, lors de la 14e journée. Paul Verdier a marqué à la 20e minute, avant l'expulsion de Marc Delval à la 61e."),
            dated("2026-11-29", "en", "Brenna beat Arlon 2-0 on Sunday, November 29, to go top after 14 games. Paul Verdier scored in the 20th minute and Marc Delval was sent off in the 61st. Luc Ferrand added the second nine minutes from time."),
        ]));
        assert_keyed(&an, 0, "14e", "nth/round");
        assert_keyed(&an, 1, "14", "nth/round");
        assert_keyed(&an, 0, "20e", "nth/minute/verdier");
        assert_keyed(&an, 0, "61e", "nth/minute/delval/sent-off");
        assert_keyed(&an, 1, "61st", "nth/minute/delval/sent-off");
        // "The second nine minutes from time": the second goal, no minute of anyone's.
        assert!(
            concepts_at(&an, 1, "second")
                .iter()
                .all(|c| !c.starts_with("nth/minute")),
            "{:?}",
            concepts_at(&an, 1, "second")
        );
    }

    #[test]
    fn a_vehicles_age_is_the_vehicles_and_a_later_relatives_year_is_its_own() {
        let an = claims_of(&lettered(&[
            dated("2026-12-01", "fr", "Un avion s'est écrasé mardi près de Brenna. Selon la compagnie, l'avion était âgé de 31 ans. Le pilote de l'appareil était âgé de 45 ans. La flotte compte 12 avions neufs, qui s'ajoutent aux 40 appareils achetés en 2019."),
            dated("2026-12-01", "en", "A plane crashed near Brenna on Tuesday. The 31-year-old Airbus had flown from Arlon. The aircraft was 31 years old."),
        ]));
        assert_keyed(&an, 0, "31", "age/vehicle:plane");
        assert_keyed(&an, 1, "31-year-old", "age/vehicle:plane");
        assert_keyed(&an, 1, "31", "age/vehicle:plane");
        assert!(
            concepts_at(&an, 0, "45")
                .iter()
                .all(|c| !c.contains("vehicle")),
            "{:?}",
            concepts_at(&an, 0, "45")
        );
        // The year of the relative clause dates its own count only.
        assert!(
            concepts_at(&an, 0, "12").iter().all(|c| !c.contains('@')),
            "{:?}",
            concepts_at(&an, 0, "12")
        );
        assert!(
            concepts_at(&an, 0, "40")
                .iter()
                .any(|c| c.ends_with("@2019")),
            "{:?}",
            concepts_at(&an, 0, "40")
        );
    }

    #[test]
    fn a_police_count_is_the_polices_alone_and_marchers_are_protesters() {
        let an = claims_of(&lettered(&[
            dated("2026-12-01", "fr", "Quelque 20 000 personnes, selon la police, ont défilé mardi à Brenna contre la réforme."),
            dated("2026-12-01", "en", "Some 20,000 demonstrators, according to police, marched in Brenna on Tuesday against the reform."),
            dated("2026-12-01", "fr", "Mardi à Brenna, le cortège a réuni 20 000 manifestants selon la police, 45 000 selon les syndicats. Le texte a été adopté par 30 voix pour, 18 contre."),
        ]));
        assert_keyed(&an, 0, "20 000", "protesters/by:police");
        assert_keyed(&an, 1, "20,000", "protesters/by:police");
        assert_keyed(&an, 2, "20 000", "protesters/by:police");
        assert_keyed(&an, 2, "18", "votes/against");
    }

    #[test]
    fn an_inquiry_keeps_its_own_day_and_a_range_of_ages_gives_its_ends() {
        let an = claims_of(&lettered(&[
            dated("2026-12-06", "en", "Prosecutors opened an investigation on Sunday into the avalanche that killed four skiers near Brenna a day earlier."),
            dated("2026-12-05", "en", "An avalanche killed four skiers near Brenna on Saturday, December 5."),
            dated("2026-12-05", "fr", "Une avalanche a tué quatre skieurs samedi 5 décembre près de Brenna. Les victimes étaient âgées de 28 à 61 ans."),
            dated("2026-12-06", "en", "An avalanche killed four skiers near Brenna on Saturday. The victims were aged between 28 and 61."),
        ]));
        assert_eq!(concepts_at(&an, 0, "Sunday"), ["probe"]);
        for art in [2, 3] {
            assert_keyed(&an, art, "28", "age/youngest");
            assert_keyed(&an, art, "61", "age/oldest");
        }
    }

    #[test]
    fn a_report_that_states_the_amount_it_misses_counts_another_thing() {
        // Own sentences: the first report gives the cost and the gifts the others give.
        let r = |lang: &str, body: &str| dated("2026-03-08", lang, body);
        let texts = [
            r("fr", "Le stade de Lyon a rouvert samedi. Les travaux ont coûté environ 300 millions d'euros, financés par 410 millions de dons."),
            r("en", "The Lyon stadium reopened on Saturday. Donations of 410 million euros paid for the work."),
            r("fr", "Le stade de Lyon a rouvert samedi grâce à 410 millions d'euros de dons."),
            r("en", "Lyon's stadium reopened on Saturday, funded by 410 million euros in donations."),
        ];
        let found = outliers_at(&[
            ("a.txt", &texts[0]),
            ("b.txt", &texts[1]),
            ("c.txt", &texts[2]),
            ("d.txt", &texts[3]),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_day_a_disaster_broke_out_is_its_start() {
        let r = |lang: &str, body: &str| dated("2026-07-21", lang, body);
        let texts = [
            r("en", "A wildfire killed three people on Tuesday near Marathon. The blaze broke out on Monday afternoon and reached 60 kilometres of coastline."),
            r("fr", "Un incendie a fait trois morts mardi près de Marathon. Le feu a atteint 60 kilomètres de côtes et les données de 18 millions de clients."),
            r("en", "Three people died in a wildfire near Marathon on Tuesday, which stole the data of 18 million customers."),
        ];
        let pairs = lettered(&texts);
        let an = claims_of(&pairs);
        assert_keyed(&an, 0, "Monday", "disaster/start");
        assert!(outliers_at(&pairs).is_empty(), "{:?}", outliers_at(&pairs));
        // Coasts and customers are one count in both languages.
        assert_keyed(&an, 0, "60 kilometres", "coast");
        assert_keyed(&an, 1, "60 kilomètres", "coast");
        assert_keyed(&an, 1, "18 millions", "customers");
        assert_keyed(&an, 2, "18 million", "customers");
    }

    #[test]
    fn a_share_written_as_a_ratio_meets_a_percentage() {
        let r = |lang: &str, body: &str| dated("2026-05-12", lang, body);
        let texts = [
            r("fr", "Une grève de cinq jours a commencé mardi à la SNCF. Six TGV sur dix ont été annulés."),
            r("fr", "La grève de cinq jours a débuté mardi à la SNCF : six trains sur dix sont supprimés et un TER sur trois circule."),
            r("en", "A five-day strike began at SNCF on Tuesday. 60% of high-speed trains were cancelled."),
            r("en", "A five-day rail strike started at SNCF on Tuesday, with 75% of high-speed trains cancelled."),
        ];
        let pairs = lettered(&texts);
        let an = claims_of(&pairs);
        // "A five-day strike", "a five-day rail strike": a labour strike, which "grève"
        // names, though "strike" alone may be an attack.
        let strike = |an: &Analysis| {
            an.events.iter().any(|e| {
                e.kind.as_str() == "strike" && e.articles().len() == an.corpus.articles.len()
            })
        };
        assert!(strike(&an));
        let en = claims_of(&[
            (
                "a.txt",
                &r("en", "A five-day strike began at SNCF on Tuesday."),
            ),
            (
                "b.txt",
                &r("en", "SNCF workers began a 48-hour strike on Tuesday."),
            ),
        ]);
        assert!(strike(&en));
        assert_keyed(&an, 1, "un TER sur trois", "");
        assert!(an.claims.iter().any(|c| an.corpus.articles[1].slice(c.span)
            == "un TER sur trois"
            && matches!(c.value, Value::Number { value, .. } if value == 33.3)));
        // Its numbers count nothing of their own.
        assert!(concepts_at(&an, 1, "trois").is_empty());
        assert!(concepts_at(&an, 0, "dix").is_empty());
        // Two ratios and a percentage outvote the odd percentage.
        let found = outliers_at(&pairs);
        assert!(found.contains(&(3, "75%".to_string())), "{found:?}");
        // A ratio of days is no share.
        let an = claims_of(&[(
            "a.txt",
            &r(
                "fr",
                "La grève a commencé mardi à la SNCF, un jour sur trois jours prévus.",
            ),
        )]);
        assert!(concepts_at(&an, 0, "un jour sur trois").is_empty());
    }

    #[test]
    fn an_arrest_the_day_after_an_attack_dates_the_arrest() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-08\nlang = \"en\"\n+++\nT\n\nGunmen attacked a concert hall near Lyon on Friday. The four attackers were detained on Saturday.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-08\n+++\nT\n\nDes hommes armés ont attaqué vendredi une salle de concert près de Lyon. Les quatre assaillants ont été arrêtés samedi.\n",
            ),
        ]);
        assert_keyed(&an, 0, "Saturday", "arrest");
        assert_keyed(&an, 1, "samedi", "arrest");
    }

    #[test]
    fn a_sentencing_day_is_its_own_key() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-03-10\nlang = \"en\"\n+++\nT\n\nA jury found the former mayor guilty on Monday. The judge set sentencing for April 20.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-03-10\n+++\nT\n\nL'ancien maire a été reconnu coupable lundi. Le juge prononcera la peine le 20 avril.\n",
            ),
        ]);
        assert_keyed(&an, 0, "April 20", "sentencing");
        assert_keyed(&an, 1, "20 avril", "sentencing");
    }

    #[test]
    fn a_person_noun_in_in_opens_an_age() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-11-20 T\n\nPablo Ferrer a perdu mardi à Malaga. Le Majorquin de 38 ans a salué le public. Ferrer se retire.\n",
        )]);
        let got = concepts_at(&an, 0, "38");
        assert!(got.iter().any(|c| c.starts_with("age/fer")), "{got:?}");
    }

    #[test]
    fn an_age_after_a_qualified_noun_is_the_named_person_s() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-10\n+++\nT\n\nUn incendie a ravagé lundi un entrepôt de Lyon. La victime, Paul Marchetti, un ancien chef des pompiers de 61 ans, a été retrouvée dans les décombres. Un pompier volontaire de 61 ans, Paul Marchetti, dirigeait les secours.\n",
        )]);
        let ages = ages_of(&an);
        assert_eq!(ages.len(), 2, "{ages:?}");
        assert!(ages.iter().all(|c| c == "age/marceti"), "{ages:?}");
    }

    #[test]
    fn people_of_a_town_are_its_inhabitants() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-10\nlang = \"en\"\n+++\nT\n\nA gas explosion on Monday destroyed the market of Lyon, a city of about 500,000 people.\n",
        ), (
            "b.txt",
            "+++\ndate = 2026-03-10\n+++\nT\n\nUne explosion a détruit lundi le marché de Lyon, une ville de 500 000 habitants.\n",
        )]);
        let en = concepts_at(&an, 0, "500,000");
        let fr = concepts_at(&an, 1, "500 000");
        assert!(
            en.iter()
                .any(|c| c.starts_with("inhabitants") && fr.contains(c)),
            "{en:?} {fr:?}"
        );
    }

    #[test]
    fn a_bound_that_fits_both_values_does_not_hide_a_near_miss() {
        // Own sentences: two reports say 12 years, one "a little over 12", one 14.
        let r = |lang: &str, body: &str| dated("2026-03-10", lang, body);
        let texts = [
            r(
                "fr",
                "L'entraîneur du club a démissionné lundi. Il dirigeait l'équipe depuis 12 ans.",
            ),
            r(
                "fr",
                "L'entraîneur a démissionné lundi, après 12 ans sur le banc.",
            ),
            r(
                "fr",
                "L'entraîneur a démissionné lundi. Il était en poste depuis un peu plus de 12 ans.",
            ),
            r(
                "fr",
                "L'entraîneur a démissionné lundi, au bout de 14 ans de règne.",
            ),
        ];
        let found = outliers_at(&[
            ("a.txt", &texts[0]),
            ("b.txt", &texts[1]),
            ("c.txt", &texts[2]),
            ("d.txt", &texts[3]),
        ]);
        assert_eq!(found, [(3, "14".to_string())]);
    }

    #[test]
    fn one_moment_on_a_wrong_clock_is_a_near_miss() {
        // The times are no happening's (a letter put online): only their clocks compare.
        let fr = |city: &str| {
            format!("+++\ndate = 2026-03-16\n+++\nT\n\nLe ministre a démissionné dimanche. Sa lettre a été mise en ligne à 19 h 46, heure de {city}.\n")
        };
        let en = "+++\ndate = 2026-03-15\nlang = \"en\"\n+++\nT\n\nThe minister resigned on Sunday. His letter went online at 2:46 p.m. ET.\n";
        let found = |city: &str| outliers_at(&[("a.txt", en), ("b.txt", &fr(city))]);
        // 19:46 in Paris is 2:46 p.m. in New York that day: one moment.
        assert!(found("Paris").is_empty(), "{:?}", found("Paris"));
        // On the Tokyo clock it is eight hours earlier, with the same odd minutes: one
        // source against one, so both reports are told, each pointing at the other.
        assert_eq!(
            found("Tokyo"),
            [
                (0, "2:46 p.m. ET".to_string()),
                (1, "19 h 46, heure de Tokyo".to_string())
            ]
        );
        // Minutes a clock shows five times an hour are too common for a local clock, but
        // not for two times that both name their zone: "2:55 p.m. Eastern time" against
        // "19 h 55, heure de Tokyo".
        let fr55 = fr("Tokyo").replace("19 h 46", "19 h 55");
        let en55 = en.replace("2:46 p.m. ET", "2:55 p.m. Eastern time");
        assert_eq!(
            outliers_at(&[("a.txt", &en55), ("b.txt", &fr55)]).len(),
            2,
            "{:?}",
            outliers_at(&[("a.txt", &en55), ("b.txt", &fr55)])
        );
    }

    #[test]
    fn a_happening_dated_the_day_before_is_not_the_main_clause_s_day() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2026-03-15\n+++\nT\n\nLes capitales ont dénoncé samedi la mort de l'opposant, survenue la veille dans sa prison.\n",
        )]);
        assert!(
            !concepts_at(&an, 0, "samedi").iter().any(|c| c == "death"),
            "{:?}",
            concepts_at(&an, 0, "samedi")
        );
    }

    #[test]
    fn a_trigger_phrase_that_carries_its_own_day_a_few_words_on() {
        let apart = |sentence: &str, trigger: &str, day: &str| {
            let f = crate::text::fold(sentence);
            dated_apart(&f, f.find(trigger).unwrap(), f.find(day).unwrap())
        };
        // Own sentences.
        let s = "Critics on Sunday praised the parade held on the river the day before";
        assert!(apart(s, "parade", "sunday"));
        // Past a conjunction, the day is another clause's.
        let s = "The parade began on Sunday and the rain stopped the day before";
        assert!(!apart(s, "parade", "sunday"));
    }

    #[test]
    fn a_day_in_a_relative_clause_before_the_trigger_is_the_clause_s() {
        let apart = |sentence: &str, trigger: &str, day: &str| {
            let f = crate::text::fold(sentence);
            dated_apart(&f, f.find(trigger).unwrap(), f.find(day).unwrap())
        };
        // Own sentences.
        let s = "The three climbers who went missing on Monday near the summit of the peak were found dead";
        assert!(apart(s, "found dead", "monday"));
        let s = "Les trois alpinistes, qui avaient disparu lundi près du sommet de la montagne, sont morts";
        assert!(apart(s, "sont morts", "lundi"));
        // A complement clause ("said that on Monday"), or the trigger right after the day,
        // keeps the day.
        let s = "The guides said that on Monday the three climbers were found dead";
        assert!(!apart(s, "found dead", "monday"));
        let s = "The avalanche that struck on Monday killed three climbers";
        assert!(!apart(s, "killed", "monday"));
    }

    #[test]
    fn an_accusation_dates_itself_not_what_it_blames() {
        let f = crate::text::fold("Khan on Friday accused the minister of plotting the attack");
        assert!(dated_apart(
            &f,
            f.find("attack").unwrap(),
            f.find("friday").unwrap()
        ));
    }

    #[test]
    fn a_day_in_a_participle_s_apposition_is_the_participle_s() {
        let apart = |sentence: &str, trigger: &str, day: &str| {
            let f = crate::text::fold(sentence);
            dated_apart(&f, f.find(trigger).unwrap(), f.find(day).unwrap())
        };
        let s =
            "les cinq occupants du sous-marin, disparu dimanche lors d'une plongee, etaient morts";
        assert!(apart(s, "morts", "dimanche"));
        // Not a participle that says the happening took place, nor the apposition of the
        // trigger's own noun.
        let s = "le seisme, survenu dimanche dans la nuit, a fait cinq morts";
        assert!(!apart(s, "seisme", "dimanche"));
        let s = "son sejour, prevu du 12 au 14 octobre, doit aboutir a un accord";
        assert!(!apart(s, "sejour", "du 12"));
    }

    #[test]
    fn a_definite_count_next_to_death_is_a_toll() {
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2023-08-24\n+++\nT\n\nUn avion s'est écrasé mercredi près de Tver, tuant les dix personnes à bord. Les deux pilotes étaient russes.\n",
        )]);
        assert_keyed(&an, 0, "dix", "dead");
        // A small number after a determiner, with no death next to it, points back.
        assert!(concepts_at(&an, 0, "deux").is_empty());
        let an = claims_of(&[(
            "a.txt",
            "+++\ndate = 2023-08-27\nlang = \"en\"\n+++\nT\n\nTests confirmed he was among the 10 people killed when a plane crashed on Wednesday.\n",
        )]);
        assert_keyed(&an, 0, "10", "dead");
    }

    #[test]
    fn a_campaign_debate_is_dated_in_both_languages() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-07-22\n+++\nT\n\nIl était sous pression depuis le débat du 27 juin à Atlanta.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-07-22\nlang = \"en\"\n+++\nT\n\nThe pressure began with his performance in the June 27 debate in Atlanta.\n",
            ),
        ]);
        assert_keyed(&an, 0, "27 juin", "debate");
        assert_keyed(&an, 1, "June 27", "debate");
    }

    #[test]
    fn two_reports_counting_each_other_s_number_as_another_thing_do_not_conflict() {
        let texts = [
            (
                "a.txt",
                "+++\ndate = 2026-05-06\n+++\nT\n\nLe chancelier a été élu mardi au second tour. Au premier tour, il n'avait obtenu que 310 voix, alors que sa coalition compte 328 députés.\n",
            ),
            (
                "b.txt",
                "+++\ndate = 2026-05-06\nlang = \"en\"\n+++\nT\n\nThe chancellor was elected on Tuesday in a second round. In the first round, he fell short, with 310 lawmakers backing him.\n",
            ),
        ];
        let found = outliers_at(&texts);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_nationality_keys_a_count_with_its_country() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-03-10 Mutiny in Bamako\n\nSoldiers seized the radio in Bamako on Monday, March 9. Mali hosts about 2,400 Russian troops and 1,300 Turkish soldiers. The crash killed 90 people: 60 were Malians and 12 were Belgian. Some 300 German and 150 Irish troops left last year.\n",
            ),
            (
                "b.txt",
                " date 2026-03-10 Mutinerie à Bamako\n\nDes soldats ont pris la radio à Bamako lundi 9 mars. Le Mali accueille environ 2 400 soldats russes et 1 300 militaires turcs, ainsi que 40 avions de chasse russes. Parmi les victimes, 25 passagers étaient belges.\n",
            ),
        ]);
        assert_keyed(&an, 0, "2,400", "troops/@ru");
        assert_keyed(&an, 0, "1,300", "troops/@tr");
        assert_keyed(&an, 1, "2 400", "troops/@ru");
        assert_keyed(&an, 1, "1 300", "troops/@tr");
        assert_keyed(&an, 1, "40", "aircraft/@ru");
        // After a copula: the count is of nationals, whatever its noun.
        assert_keyed(&an, 0, "60", "nationals/ml");
        assert_keyed(&an, 0, "12", "nationals/be");
        assert_keyed(&an, 1, "25", "nationals/be");
        // "300 German and 150 Irish troops": the second count's noun is the first's.
        assert_keyed(&an, 0, "300", "troops/@de");
        assert_keyed(&an, 0, "150", "troops/@ie");
        // A count with no nationality keeps its plain key.
        assert_keyed(&an, 0, "90", "dead");
    }

    #[test]
    fn a_count_after_one_of_is_the_whole() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-05-02 Ferry sinks\n\nThe ferry sank off Crete on Friday, May 1. Only one of the 57 people on board was found alive.\n",
            ),
            (
                "b.txt",
                " date 2026-05-02 Naufrage\n\nLe ferry a coulé vendredi 1er mai au large de la Crète. Un seul des 57 occupants a été retrouvé vivant.\n",
            ),
        ]);
        assert_keyed(&an, 0, "57", "people/aboard");
        assert_keyed(&an, 1, "57", "people/aboard");
    }

    #[test]
    fn a_place_home_to_people_counts_its_inhabitants() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-05-02 Floods\n\nFloods hit Mali on Friday, May 1. Mali, home to some 22 million people, declared a state of emergency.\n",
        )]);
        assert!(
            concepts_at(&an, 0, "22 million")
                .iter()
                .any(|c| c.starts_with("inhabitants")),
            "{:?}",
            concepts_at(&an, 0, "22 million")
        );
    }

    #[test]
    fn a_coup_is_an_ouster_and_a_presidential_guard_no_election() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-07-27 Coup\n\nDes militaires ont renversé le président mercredi 26 juillet, ont annoncé des officiers de la garde présidentielle.\n",
            ),
            (
                "b.txt",
                " date 2026-07-27 Coup\n\nThe army staged a coup on Wednesday, July 26, officers of the presidential guard said.\n",
            ),
        ]);
        assert_keyed(&an, 0, "mercredi 26 juillet", "ouster");
        assert_keyed(&an, 1, "Wednesday, July 26", "ouster");
    }

    #[test]
    fn two_shares_of_one_vote_in_a_report_are_no_conflict() {
        let texts = |other: &str| {
            [
                ("a.txt", format!(" date 2026-04-13 Vote\n\nThe ruling party won Sunday's election with 55 percent of the vote, officials said on Monday, April 13. The opposition took {other} percent of the vote.\n")),
                ("b.txt", " date 2026-04-13 Vote\n\nLe parti au pouvoir a remporté les législatives de dimanche avec 55 % des voix, selon les résultats publiés lundi 13 avril.\n".to_string()),
                ("c.txt", " date 2026-04-13 Vote\n\nThe ruling party won 55 percent of the vote in Sunday's election, results showed on Monday, April 13.\n".to_string()),
            ]
        };
        // 55 and 40 are two parties' shares: nothing to report. Shares that add up past the
        // whole (55 and 50) cannot both be of one vote.
        assert_quiet_then_reported(texts, "40", "50");
    }

    #[test]
    fn a_date_before_its_noun_and_a_possessive_are_the_happenings_day() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-04-14 Vote\n\nObservers said the April 12 vote had been marred by fraud.\n",
            ),
            (
                "b.txt",
                " date 2026-04-14 Attack\n\nA group claimed responsibility for Sunday's attack in the capital.\n",
            ),
        ]);
        assert_keyed(&an, 0, "April 12", "election");
        assert_keyed(&an, 1, "Sunday", "attack");
    }

    #[test]
    fn a_count_of_citizens_of_a_country_is_its_nationals() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-05-02 Crash\n\nThe plane crashed near Lyon on Friday, May 1. Of the 80 people on board, 51 were citizens of Italy and nine were from Portugal.\n",
        )]);
        assert_keyed(&an, 0, "51", "nationals/it");
        assert_keyed(&an, 0, "nine", "nationals/pt");
    }

    #[test]
    fn a_suspect_who_gives_himself_up_is_arrested_not_visiting() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-05-03 Attaque\n\nUn homme a attaqué des passants à Lyon vendredi 1er mai. Le suspect s'est rendu à la police samedi soir.\n",
        )]);
        assert_keyed(&an, 0, "samedi", "arrest");
    }

    #[test]
    fn a_report_leading_with_its_own_news_is_weighed_with_the_shared_event() {
        let texts = |seats: &str| {
            [
                ("a.txt", " date 2026-04-13 Vote\n\nThe ruling party won Sunday's election, officials said on Monday, April 13. It will hold 89 of the 150 seats in parliament.\n".to_string()),
                ("b.txt", " date 2026-04-13 Vote\n\nLe parti au pouvoir a remporté les législatives de dimanche, selon les résultats publiés lundi 13 avril.\n".to_string()),
                ("c.txt", format!(" date 2026-04-14 Protests\n\nThe president called on Tuesday for protests in the capital, two days after the vote. Observers said the April 12 election was fair. The ruling party will hold {seats} of the 150 seats.\n")),
            ]
        };
        // The report of the protest call alone states the seats of the election the others
        // report: it is weighed with them.
        assert!(
            outliers_of_owned(&texts("97"))
                .iter()
                .any(|(a, t)| *a == 2 && t == "97"),
            "{:?}",
            outliers_of_owned(&texts("97"))
        );
        assert!(outliers_of_owned(&texts("89")).is_empty());
    }

    #[test]
    fn statements_of_different_speakers_are_two_statements() {
        let found = outliers_at(&[
            ("a.txt", " date 2024-05-16 Visit\n\nPutin landed in Beijing on Thursday, May 16, a day after Volodymyr Zelensky, Ukraine's president, announced on Wednesday that he would postpone all his trips.\n"),
            ("b.txt", " date 2024-05-16 Visite\n\nLe Kremlin avait annoncé mardi 14 mai la visite de Vladimir Poutine en Chine. Il a atterri jeudi 16 mai à Pékin.\n"),
            ("c.txt", " date 2024-05-16 Visit\n\nThe Kremlin announced on Tuesday, May 14, that Vladimir Putin would visit China. He landed in Beijing on Thursday, May 16.\n"),
        ]);
        assert!(!found.iter().any(|(_, t)| t == "Wednesday"), "{found:?}");
    }

    #[test]
    fn statements_of_two_people_the_gazetteer_lacks_are_two_statements() {
        let texts = |second: &str| {
            [
                ("a.txt", " date 2026-02-12 Départ\n\nLa présidente du conseil, Elena Varga, a annoncé jeudi 12 février sa démission.\n".to_string()),
                ("b.txt", "+++\nlang = \"en\"\ndate = 2026-02-12\n+++\nExit\n\nCouncil president Elena Varga announced her resignation on Thursday, February 12.\n".to_string()),
                ("c.txt", format!("+++\nlang = \"en\"\ndate = 2026-02-12\n+++\nExit\n\n{second}, 51, announced on Wednesday that the council would elect a successor to Elena Varga.\n")),
            ]
        };
        let found = |second: &str| {
            let t = texts(second);
            let pairs: Vec<(&str, &str)> = t.iter().map(|(f, s)| (*f, s.as_str())).collect();
            outliers_at(&pairs)
        };
        // Another person's statement on Wednesday is no slip of Thursday's; the same
        // person's is.
        assert!(!found("Marek Horvat").iter().any(|(_, t)| t == "Wednesday"));
        assert!(found("Elena Varga").iter().any(|(_, t)| t == "Wednesday"));
    }

    #[test]
    fn ranks_far_apart_are_two_careers_not_a_slip() {
        let texts = |nth: &str| {
            [
                ("a.txt", format!(" date 2026-07-13 Final\n\nThe champion won his {nth} title on Sunday, July 12, in Madrid.\n")),
                ("b.txt", " date 2026-07-13 Finale\n\nLe finaliste visait un huitième titre dimanche 12 juillet à Madrid.\n".to_string()),
            ]
        };
        assert_quiet_then_reported(texts, "fourth", "seventh");
    }

    #[test]
    fn a_civility_makes_a_lone_surname_a_person_for_an_age() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-08-05 Resignation\n\nThe prime minister resigned on Wednesday, August 5. Ms Okafor, 64, who led the country for ten years, left the capital.\n",
            ),
            (
                "b.txt",
                " date 2026-08-05 Démission\n\nLa première ministre a démissionné mercredi 5 août. Mme Okafor, 64 ans, qui dirigeait le pays depuis dix ans, a quitté la capitale.\n",
            ),
        ]);
        assert_keyed(&an, 0, "64", "age/okafor");
        assert_keyed(&an, 1, "64", "age/okafor");
    }

    #[test]
    fn a_noun_the_lexicon_lacks_is_one_count_in_both_languages() {
        let texts = |n: &str| {
            [
                ("a.txt", format!(" date 2026-07-05 Réouverture\n\nLe musée de Lyon a rouvert samedi 4 juillet après trois ans de travaux. Il accueillait {n} millions de visiteurs par an avant sa fermeture.\n")),
                ("b.txt", " date 2026-07-05 Reopening\n\nThe Lyon museum reopened on Saturday, July 4, after three years of work. It drew 9 million visitors a year before it closed.\n".to_string()),
            ]
        };
        let an = claims_of(&texts("9").each_ref().map(|(n, t)| (*n, t.as_str())));
        assert_eq!(
            concepts_at(&an, 0, "9 millions"),
            concepts_at(&an, 1, "9 million")
        );
        assert_quiet_then_reported(texts, "9", "11");
    }

    #[test]
    fn one_sentence_counting_one_thing_for_two_countries_gives_two_counts() {
        let an = claims_of(&[
            ("a.txt", " date 2026-02-10 Quake\n\nA strong earthquake hit the north of the country on Monday. Japan sent 40 rescuers and Germany flew in 25 rescuers.\n"),
            ("b.txt", " date 2026-02-10 Séisme\n\nUn fort séisme a frappé le nord du pays lundi. Le Japon a envoyé 40 sauveteurs et l'Allemagne a dépêché 25 sauveteurs.\n"),
        ]);
        assert_keyed(&an, 0, "40", "rescuers/@jp");
        assert_keyed(&an, 0, "25", "rescuers/@de");
        assert_keyed(&an, 1, "40", "rescuers/@jp");
        assert_keyed(&an, 1, "25", "rescuers/@de");
        // One count after one country keys nothing more.
        let one = claims_of(&[("a.txt", " date 2026-02-10 Quake\n\nA strong earthquake hit the north of the country on Monday. Japan sent 40 rescuers.\n")]);
        assert_keyed(&one, 0, "40", "rescuers");
    }

    #[test]
    fn a_bare_count_after_a_verb_and_a_hedge_counts_what_the_verb_says() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-02-10 Quake\n\nA strong earthquake hit the north of the country on Monday, killing at least 12 people and injuring more than 40. Two people were killed and 210 arrested in the riots that followed.\n",
        )]);
        assert_keyed(&an, 0, "40", "injured");
        assert_keyed(&an, 0, "210", "arrests");
    }

    #[test]
    fn a_number_of_another_unit_is_no_restatement() {
        let texts = |n: &str| {
            [
                ("a.txt", " date 2026-02-10 Quake\n\nA strong earthquake hit the north of the country on Monday at a depth of 10 kilometres. A second tremor followed twelve minutes later.\n".to_string()),
                ("b.txt", format!(" date 2026-02-10 Séisme\n\nUn fort séisme a frappé le nord du pays lundi, à une profondeur de {n} kilomètres.\n")),
            ]
        };
        assert_quiet_then_reported(texts, "10", "12");
        // Weighed under the depth itself, not only as one of the event's amounts in km.
        let an = claims_of(&texts("12").each_ref().map(|(n, t)| (*n, t.as_str())));
        assert!(
            an.outliers
                .iter()
                .any(|o| &*an.claims[o.claim].key.concept == "measure/depth"),
            "{:?}",
            an.outliers
        );
    }

    #[test]
    fn a_count_twenty_times_another_is_another_count_a_digit_shift_is_a_slip() {
        let texts = |n: &str| {
            [
                ("a.txt", " date 2026-03-02 Exchange\n\nThe deal signed in Doha on Sunday, March 1, provides for the release of about 2,400 prisoners over six weeks.\n".to_string()),
                ("b.txt", " date 2026-03-02 Échange\n\nL'accord signé à Doha dimanche 1er mars prévoit la libération d'environ 2 400 prisonniers en six semaines.\n".to_string()),
                ("c.txt", format!(" date 2026-03-02 Exchange deal\n\nThe deal was signed in Doha on Sunday, March 1. The release of {n} prisoners is due over six weeks.\n")),
            ]
        };
        assert_quiet_then_reported(texts, "110", "240");
    }

    #[test]
    fn a_freeing_is_one_state_whatever_form_the_verb_takes() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-02 Exchange\n\nIsrael frees 90 prisoners in Doha on Sunday, March 1.\n"),
            ("b.txt", " date 2026-03-02 Échange\n\nIsraël a libéré 90 prisonniers à Doha dimanche 1er mars.\n"),
        ]);
        assert_keyed(&an, 0, "90", "prisoners/freed");
        assert_keyed(&an, 1, "90", "prisoners/freed");
    }

    #[test]
    fn labels_near_a_round_one_do_not_support_it() {
        // "Article 3800" stands for no "Article 3810": were labels rounded, four articles
        // would outvote the fifth.
        let texts: Vec<(String, String)> = [
            ("lemonde", "3810"),
            ("figaro", "3820"),
            ("liberation", "3790"),
            ("ouest", "3800"),
            ("humanite", "12"),
        ]
        .iter()
        .map(|(outlet, n)| {
            (
                format!("{outlet}.txt"),
                format!(" date 2026-03-04 Vote\n\nLes députés ont adopté mardi 3 mars à Paris l'Article {n} du texte, après un long débat.\n"),
            )
        })
        .collect();
        let pairs: Vec<(&str, &str)> = texts
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let found = outliers_at(&pairs);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_lone_nationality_keys_nothing_apart() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-02 Exchange\n\nThe deal signed in Doha on Sunday, March 1, provides for the release of 2,400 Palestinian prisoners.\n"),
            ("b.txt", " date 2026-03-02 Échange\n\nL'accord signé à Doha dimanche 1er mars prévoit la libération de 2 400 prisonniers.\n"),
        ]);
        assert_eq!(concepts_at(&an, 0, "2,400"), concepts_at(&an, 1, "2 400"));
        // Two nationalities in the event still key their counts apart.
        let two = claims_of(&[(
            "a.txt",
            " date 2026-02-10 Mutiny\n\nSoldiers seized the radio in Bamako on Monday, February 9. Mali hosts about 2,400 Russian troops, 1,300 Turkish troops and 600 other troops.\n",
        )]);
        assert_keyed(&two, 0, "2,400", "troops/@ru");
    }

    #[test]
    fn a_headline_floor_fits_no_far_larger_floor_of_its_own_body() {
        let texts = |n: &str| {
            [(
                "a.txt",
                format!(" date 2026-10-11 Storm toll rises to at least {n}\n\nAt least 9 people were killed by the storm on Thursday, officials said, two weeks after another storm killed more than 150 people in the region.\n"),
            )]
        };
        assert_quiet_then_reported(texts, "9", "11");
        let an = claims_of(&texts("11").each_ref().map(|(n, t)| (*n, t.as_str())));
        assert!(
            an.outliers
                .iter()
                .any(|o| an.claims[o.claim].headline
                    && o.severity == crate::finding::Severity::Warning),
            "{:?}",
            an.outliers
        );
    }

    #[test]
    fn a_day_in_the_triggers_own_phrase_leaves_the_other_day_of_the_sentence_to_another_verb() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-09 Vote\n\nBerlin a réagi lundi à la victoire d'Arno Kessel à l'élection municipale lyonnaise de dimanche, affirmant que le scrutin ne changerait rien.\n",
        )]);
        assert!(
            !concepts_at(&an, 0, "lundi").contains(&"election".to_string()),
            "{:?}",
            concepts_at(&an, 0, "lundi")
        );
        assert_keyed(&an, 0, "dimanche", "election");
        // Without a day in its phrase, the election is still the day's nearest trigger.
        let near = claims_of(&[(
            "a.txt",
            " date 2026-03-09 Vote\n\nLe maire Arno Kessel a remporté dimanche l'élection municipale à Lyon.\n",
        )]);
        assert_keyed(&near, 0, "dimanche", "election");
    }

    #[test]
    fn a_weekday_still_to_come_of_a_storm_is_a_forecast() {
        let texts = |day: &str| {
            let report = |name: &'static str, lede: &str| {
                (name, format!(" date 2026-09-15 Storm\n\n{lede}\n\nThe storm was expected to reach the island of Malta on {day}, forecasters said.\n"))
            };
            [
                report("a.txt", "Storm Kerrin hit the coast of Sicily on Monday, killing two people."),
                ("b.txt", " date 2026-09-15 Tempête\n\nLa tempête Kerrin a frappé lundi les côtes de la Sicile.\n".to_string()),
                ("c.txt", " date 2026-09-15 Storm\n\nStorm Kerrin hit Sicily on Monday, officials said.\n".to_string()),
            ]
        };
        // "Expected … on Thursday" is two days ahead: a forecast, not another day of the storm.
        assert_quiet_then_reported(texts, "Thursday", "Thursday, September 10");
    }

    #[test]
    fn three_sources_with_three_days_and_no_two_agreeing_report_nothing() {
        let texts = |second: &str| {
            [
                ("a.txt", " date 2026-05-14 Alert\n\nThe agency declared an alert on Wednesday, officials said in Geneva.\n".to_string()),
                ("b.txt", format!(" date 2026-05-14 Alert\n\nThe regional body declared an alert in Geneva on {second}.\n")),
                ("c.txt", " date 2026-05-15 Alerte\n\nLa Suède a annoncé jeudi à Genève un premier cas importé.\n".to_string()),
            ]
        };
        let found = outliers_of_owned(&texts("Tuesday"));
        assert!(found.is_empty(), "{found:?}");
        // Two against one still weighs the one.
        assert!(!outliers_of_owned(&texts("Wednesday")).is_empty());
    }

    #[test]
    fn a_share_named_after_a_share_of_the_vote_is_the_candidates() {
        let texts = |n: &str| {
            [
                ("a.txt", format!(" date 2026-04-13 Vote\n\nMarta Oskarsdottir won Sunday's election in Reykjavik with 41.2% of the vote. Her rival Gunnar Bjarnason came second with {n}%.\n")),
                ("b.txt", " date 2026-04-13 Vote\n\nMarta Oskarsdottir a remporté dimanche l'élection à Reykjavik avec 41,2 % des voix, contre 35,1 % pour Gunnar Bjarnason.\n".to_string()),
                ("c.txt", " date 2026-04-13 Vote\n\nMarta Oskarsdottir won the vote in Reykjavik on Sunday with 41.2% of ballots cast, against 35.1% of ballots for Gunnar Bjarnason.\n".to_string()),
            ]
        };
        assert_quiet_then_reported(texts, "35.1", "38.1");
        // Keyed as the candidate's share, not only an amount in percent.
        let an = claims_of(&texts("38.1").each_ref().map(|(n, t)| (*n, t.as_str())));
        assert_keyed(&an, 0, "38.1%", "pct/votes/bjarnason");
    }

    #[test]
    fn a_count_of_the_others_is_keyed_apart_from_the_whole() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-06-12 Verdict\n\nLa cour de Rennes a condamné jeudi Paul Marek à dix ans de prison. Les 30 autres accusés ont été condamnés à des peines plus légères.\n",
        )]);
        let got = concepts_at(&an, 0, "30");
        assert!(got.iter().any(|c| c.ends_with("/others")), "{got:?}");
    }

    #[test]
    fn points_of_a_rate_are_that_rates() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-06-12 Rates\n\nThe bank cut its deposit rate by 0.25 point on Thursday in Frankfurt. Inflation has fallen by 2.5 percentage points since March.\n",
        )]);
        assert_keyed(&an, 0, "0.25", "points/interest-rate");
        assert_keyed(&an, 0, "2.5", "points/inflation");
    }

    #[test]
    fn a_day_before_a_verb_of_reaction_is_not_the_happenings() {
        let apart = |sentence: &str, trigger: &str, day: &str| {
            let f = fold(sentence);
            dated_apart(&f, f.find(trigger).unwrap(), f.find(day).unwrap())
        };
        assert!(apart(
            "Unions on Friday criticised sentences handed down in Rennes as too lenient.",
            "sentences",
            "friday"
        ));
        assert!(apart(
            "Les syndicats ont dénoncé vendredi les peines prononcées à Rennes.",
            "peines",
            "vendredi"
        ));
        assert!(!apart(
            "A court in Rennes on Friday handed down sentences of ten years.",
            "sentences",
            "friday"
        ));
    }

    #[test]
    fn a_local_time_reads_the_clock_of_its_own_sentences_place() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-10-13\n+++\nT\n\nQuarkLabs launched its Zephyr rocket on Tuesday, a first for the company.\n\nThe rocket lifted off from Chicago at 7:25 a.m. local time.\n",
        )]);
        assert_keyed(&an, 0, "7:25 a.m.", "launch@utc");
    }

    #[test]
    fn a_bound_of_a_range_of_terms_is_no_ones_term() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-06-11\n+++\nPaul Marek sentenced to 20 years in Rennes trial\n\nA French court on Thursday sentenced Paul Marek to 20 years in prison for fraud.\n\nThe criminal court in Rennes also found all 30 other defendants guilty, handing down sentences ranging from three to 15 years. Marek, 61, received the maximum sentence.\n",
            ),
            (
                "b.txt",
                " date 2026-06-11 Procès de Rennes : Paul Marek condamné à 20 ans\n\nLa cour criminelle de Rennes a condamné jeudi Paul Marek à 20 ans de réclusion.\n",
            ),
        ]);
        assert_keyed(&an, 0, "20", "sentence/marek");
        let got = concepts_at(&an, 0, "15");
        assert!(!got.iter().any(|c| c == "sentence/marek"), "{got:?}");
    }

    #[test]
    fn a_count_of_another_vehicle_than_the_articles_first_is_that_vehicles() {
        let texts = |n: &str| {
            [
                ("a.txt", "+++\nlang = \"en\"\ndate = 2026-01-30\n+++\nT\n\nA passenger jet collided with a military helicopter over the river near Lyon on Wednesday. The jet carried 50 passengers and four crew members.\n".to_string()),
                ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-01-30\n+++\nT\n\nUn avion de ligne a percuté mercredi un hélicoptère militaire près de Lyon. L'avion transportait 50 passagers et quatre membres d'équipage.\n".to_string()),
                ("c.txt", format!("+++\nlang = \"en\"\ndate = 2026-01-30\n+++\nT\n\nA passenger plane and a military helicopter collided near Lyon on Wednesday. The plane carried 54 people; the helicopter had a crew of {n}.\n")),
            ]
        };
        let found = outliers_of_owned(&texts("three"));
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_hedge_on_a_minute_covers_a_few_minutes_and_on_a_half_hour_half_an_hour() {
        use consensus::compatible;
        let t = |m: u16| Value::Time { minutes: m };
        let about = Qualifier::Approx;
        // "About 8:48" and "about 8:52": four minutes apart, no hedge of a minute covers it.
        assert!(!compatible(
            Aspect::Time,
            (&t(20 * 60 + 48), about),
            (&t(20 * 60 + 52), about)
        ));
        assert!(compatible(
            Aspect::Time,
            (&t(20 * 60 + 48), about),
            (&t(20 * 60 + 47), about)
        ));
        // "Vers 10 h 30" covers 10:32, and "vers 9 h" a quarter past.
        assert!(compatible(
            Aspect::Time,
            (&t(10 * 60 + 30), about),
            (&t(10 * 60 + 32), about)
        ));
        assert!(compatible(
            Aspect::Time,
            (&t(9 * 60), about),
            (&t(9 * 60 + 15), Qualifier::Exact)
        ));
    }

    #[test]
    fn a_full_date_weeks_back_joins_the_events_dates() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"fr\"\ndate = 2026-05-07\n+++\nT\n\nL'armée a lancé mercredi 6 mai des frappes sur neuf sites près de Multan, en représailles au massacre de 26 personnes, pour la plupart des pèlerins, le 22 avril à Srinagar. Le Parlement avait voté le 2 mai un budget d'urgence, après une première lecture le 4 mai.\n",
        )]);
        let dated: Vec<&str> = an
            .claims
            .iter()
            .filter(|c| c.key.aspect == Aspect::Dated)
            .map(|c| an.corpus.articles[0].slice(c.span))
            .collect();
        // Days back past the few a report's own happenings span: the 2nd in a report of the
        // 7th, not the 4th.
        assert_eq!(dated, ["22 avril", "2 mai"]);
    }

    #[test]
    fn a_score_compares_number_by_number_across_languages() {
        // Two reports in French, one in English, no sentence shared; the half-time score is
        // another count than the final one.
        let texts = |final_en: &str| {
            [
                (
                    "a.txt",
                    " date 2026-03-08 Lyon bat Nantes\n\nLyon a battu Nantes 3 à 1 samedi 7 mars au stade de Gerland, après avoir mené 2-0 à la pause.\n".to_string(),
                ),
                (
                    "b.txt",
                    " date 2026-03-08 Victoire de Lyon\n\nLyon s'est imposé samedi face à Nantes (3-1), au terme d'un match qu'il menait 2 à 0 à la mi-temps.\n".to_string(),
                ),
                (
                    "c.txt",
                    format!("+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nLyon beat Nantes\n\nLyon beat Nantes {final_en} on Saturday, March 7, having led 2-0 at half-time.\n"),
                ),
            ]
        };
        assert_quiet_then_reported(texts, "3-1", "3-2");
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-08 T\n\nLyon a battu Nantes 3 à 1 samedi, après avoir mené 2-0 à la pause.\n",
        )]);
        assert_keyed(&an, 0, "1", "score/low");
        assert_keyed(&an, 0, "0", "score/half/low");
    }

    #[test]
    fn counts_weigh_across_the_events_of_one_story() {
        // Two reports lead with the crash, two with the resignation two days later that it
        // forced: the injured one of those gives are the crash's, weighed with the others'.
        let texts = |n: &str| {
            [
                ("a.txt", " date 2024-05-08 Accident de car près de Brno\n\nUn car a percuté un camion lundi soir près de Brno, en Tchéquie, faisant 41 blessés, selon les secours.\n".to_string()),
                ("b.txt", format!("+++\nlang = \"en\"\ndate = 2024-05-08\n+++\nCzech minister quits over bus crash\n\nThe Czech transport minister Petr Novotny resigned in Prague on Wednesday after a coach crash near Brno left {n} people injured.\n\nThe crash happened on Monday evening near Brno.\n")),
                ("c.txt", " date 2024-05-08 Collision près de Brno\n\nUne collision entre un autocar et un poids lourd a fait 41 blessés lundi soir près de Brno, en Tchéquie.\n".to_string()),
                ("d.txt", "+++\nlang = \"en\"\ndate = 2024-05-08\n+++\nCzech minister steps down\n\nCzech transport minister Petr Novotny resigned in Prague on Wednesday over the coach crash.\n".to_string()),
            ]
        };
        assert_quiet_then_reported(texts, "41", "47");
    }

    #[test]
    fn an_apposition_to_a_title_gives_the_protagonists_age() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-12-15 Élection\n\nAna Kowalczyk a remporté dimanche 14 décembre l'élection présidentielle. Le président élu, un avocat de 59 ans, prendra ses fonctions en mars. Ana Kowalczyk a remercié ses électeurs.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-12-15\n+++\nElection\n\nAna Kowalczyk won the presidential election on Sunday, December 14. Kowalczyk, 59, will take office in March.\n",
            ),
        ]);
        assert_keyed(&an, 0, "59", "age/koualczik");
    }

    #[test]
    fn a_name_completing_a_noun_is_not_whose_age_it_is() {
        let an = claims_of(&[(
            "a.txt",
            " date 2023-03-01 Collision\n\nDeux trains se sont percutés mardi près de Tempé. Le chef de gare de Larissa, âgé de 59 ans, a été placé en garde à vue.\n",
        )]);
        assert_keyed(&an, 0, "59", "age/perpetrator");
        assert!(
            !concepts_at(&an, 0, "59")
                .iter()
                .any(|c| c.contains("larissa")),
            "{:?}",
            concepts_at(&an, 0, "59")
        );
    }

    #[test]
    fn a_plural_qualifying_a_counted_plural_leaves_the_count_to_it() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2025-09-29\n+++\nGolf\n\nEurope won the tournament in Rome on Sunday, September 28. The hosts won seven of the 12 singles matches.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-09-29\n+++\nGolf\n\nEurope won the tournament in Rome on Sunday, September 28, losing seven of the 12 matches.\n",
            ),
        ]);
        assert_keyed(&an, 0, "12", "matches/total");
    }

    #[test]
    fn a_share_of_polling_stations_is_no_candidates_vote() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-03-10 Vote\n\nLa candidate Ilse Vantorre a remporté dimanche 9 mars le second tour avec 52,4 % des voix, contre 47,6 % pour son rival Tomas Oskarsen, selon des résultats portant sur 98 % des bureaux.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-03-10\n+++\nVote\n\nIlse Vantorre won the runoff on Sunday, March 9, with 52.4% of the vote against 47.6% for Tomas Oskarsen.\n",
            ),
        ]);
        let got = concepts_at(&an, 0, "98 %");
        assert!(!got.iter().any(|c| c.starts_with("pct/votes")), "{got:?}");
        assert_keyed(&an, 0, "47,6 %", "pct/votes/oskarsen");
    }

    #[test]
    fn a_lone_percentage_near_misses_only_a_close_one() {
        // Turnout in three reports; the fourth gives only the share of the count done.
        let texts = |share: &str| {
            [
                ("a.txt", " date 2025-03-10 Vote\n\nLa candidate Ilse Vantorre a remporté dimanche 9 mars le second tour. La participation a atteint 71 %.\n".to_string()),
                ("b.txt", "+++\nlang = \"en\"\ndate = 2025-03-10\n+++\nVote\n\nIlse Vantorre won the runoff on Sunday, March 9. Turnout was 71%.\n".to_string()),
                ("c.txt", "+++\nlang = \"en\"\ndate = 2025-03-10\n+++\nVote\n\nIlse Vantorre was elected on Sunday, March 9, on a turnout of 71%.\n".to_string()),
                ("d.txt", format!(" date 2025-03-10 Vote\n\nIlse Vantorre a été élue dimanche 9 mars, selon des résultats partiels portant sur plus de {share} %.\n")),
            ]
        };
        assert_quiet_then_reported(texts, "95", "78");
    }

    #[test]
    fn a_mononym_named_most_is_the_protagonist() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-02-10 Zelito, légende du volley, est mort à 79 ans\n\nLa légende brésilienne du volley Zelito est morte dimanche 9 février. Son fils, Marcos Andrade Lima, a annoncé la nouvelle, relayée par son frère Tiago Andrade Lima.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-02-10\n+++\nZelito dies at 79\n\nBrazilian volleyball great Zelito died on Sunday, February 9, aged 79, his son said.\n",
            ),
        ]);
        assert_keyed(&an, 0, "79", "age/zelito");
    }

    #[test]
    fn the_unaccounted_for_are_the_missing() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2025-02-10\n+++\nCollapse\n\nOne person was killed and 12 were unaccounted for after an earthquake struck Lyon on Sunday, February 9.\n",
            ),
            (
                "b.txt",
                " date 2025-02-10 Séisme\n\nUn séisme a frappé Lyon dimanche 9 février. Un mort est à déplorer, et douze personnes restent introuvables.\n",
            ),
        ]);
        assert_keyed(&an, 0, "12", "missing");
        assert_keyed(&an, 1, "douze", "missing");
    }

    #[test]
    fn a_relative_s_age_is_keyed_by_kinship() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-03-04 Mort de Rudi Marvek\n\nLe chanteur Rudi Marvek est mort lundi 3 mars à 81 ans. Son fils aîné, âgé de 52 ans, a annoncé la nouvelle.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-03-04\n+++\nRudi Marvek dies\n\nSinger Rudi Marvek died on Monday, March 3, aged 81. His eldest son announced the news.\n",
            ),
        ]);
        assert_keyed(&an, 0, "52", "age/kin:son");
    }

    #[test]
    fn a_regnal_number_and_a_place_are_no_one_s_name() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-03-03 Mort du roi\n\nLe roi Olav VI est mort dimanche 2 mars à 88 ans.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-03-03\n+++\nKing dies\n\nKing Olav VI died at Skaugum on Sunday, March 2, aged 88.\n",
            ),
        ]);
        let ages: Vec<String> = [(0, "88"), (1, "88")]
            .iter()
            .flat_map(|&(art, w)| concepts_at(&an, art, w))
            .filter(|c| c.starts_with("age/"))
            .collect();
        assert_eq!(ages.len(), 2, "{ages:?}");
        assert!(
            ages.iter()
                .all(|c| c == &ages[0] && c.starts_with("age/ol")),
            "{ages:?}"
        );
    }

    #[test]
    fn seconds_are_a_duration_in_both_languages() {
        let texts = |secs: &str| {
            [
                ("a.txt", " date 2025-06-02 Finale\n\nLyon a battu Nantes dimanche 1er juin en finale, grâce à deux buts inscrits en 84 secondes.\n".to_string()),
                ("b.txt", format!("+++\nlang = \"en\"\ndate = 2025-06-02\n+++\nFinal\n\nLyon beat Nantes in the final on Sunday, June 1, scoring twice in {secs} seconds.\n")),
            ]
        };
        assert_quiet_then_reported(texts, "84", "92");
    }

    #[test]
    fn the_city_of_an_earlier_years_happening_is_weighed() {
        let texts = |city: &str| {
            [
                ("a.txt", " date 2024-10-14 Marathon\n\nLa Kényane Ana Wambui a gagné dimanche 13 octobre le marathon de Chicago. Elle a battu le record établi en 2023 à Berlin par une Éthiopienne.\n".to_string()),
                ("b.txt", format!("+++\nlang = \"en\"\ndate = 2024-10-14\n+++\nMarathon\n\nKenya's Ana Wambui won the Chicago marathon on Sunday, October 13. She broke the record set by an Ethiopian in {city} in 2023.\n")),
                ("c.txt", "+++\nlang = \"en\"\ndate = 2024-10-14\n+++\nMarathon\n\nAna Wambui of Kenya won the Chicago marathon on Sunday, October 13. The mark she beat was set in Berlin in 2023.\n".to_string()),
            ]
        };
        assert_quiet_then_reported(texts, "Berlin", "London");
    }

    #[test]
    fn a_margin_an_injured_condition_and_an_adverb_key_what_they_say() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2025-09-29 Vote\n\nLe oui l'emporte dimanche 28 septembre à Berne avec une marge d'environ 21 000 voix. Trois blessés, dont un enfant, se trouvaient dans un état critique.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2025-09-29\n+++\nVote\n\nA fire in Bern killed two people and injured 155 early on Sunday, September 28.\n",
            ),
        ]);
        assert_keyed(&an, 0, "21 000", "votes/margin");
        assert_keyed(&an, 0, "Trois", "injured/serious");
        assert_keyed(&an, 1, "155", "injured");
    }

    #[test]
    fn a_toll_before_tandis_que_is_not_the_next_clauses_state() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2024-05-06 Crues\n\nLe bilan des crues à Porto Alegre s'est alourdi lundi 6 mai à 83 morts, tandis que 111 personnes sont toujours portées disparues.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2024-05-06\n+++\nFloods\n\nFloods in Porto Alegre have killed 83 people, with 111 still missing, officials said on Monday, May 6.\n",
            ),
        ]);
        assert_keyed(&an, 0, "111", "missing");
    }

    #[test]
    fn the_part_of_an_owned_whole_counts_the_wholes_noun() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-08 T\n\nLe quarterback a réussi samedi 17 de ses 22 passes lors du match.\n",
        )]);
        assert_keyed(&an, 0, "17", "passe");
    }

    #[test]
    fn the_only_two_times_of_an_event_one_per_report_are_weighed() {
        // Two reports, each with the only time of day of the fire: five minutes apart in the
        // same hour, one of them slipped.
        let texts = |minute: &str| {
            [
                (
                    "a.txt",
                    " date 2026-03-08 Incendie à Lyon\n\nUn incendie a ravagé samedi 7 mars un entrepôt de Lyon, faisant trois blessés. Les premières flammes sont apparues vers 14 h 51 sur le toit.\n".to_string(),
                ),
                (
                    "b.txt",
                    format!("+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nFire in Lyon\n\nA fire ravaged a warehouse in Lyon on Saturday, March 7, injuring three people. The first flames appeared at about 2:{minute} p.m. on the roof.\n"),
                ),
            ]
        };
        assert_quiet_then_reported(texts, "52", "56");
    }

    #[test]
    fn an_unnamed_persons_age_is_keyed_by_their_role() {
        let texts = |age: &str| {
            [
                (
                    "a.txt",
                    " date 2026-03-08 Incendie à Lyon\n\nUn incendie a ravagé samedi 7 mars un entrepôt de Lyon. Un pompier de 41 ans a été blessé.\n".to_string(),
                ),
                (
                    "b.txt",
                    " date 2026-03-08 Lyon : un entrepôt en feu\n\nUn entrepôt de Lyon a été détruit par un incendie samedi. Un pompier âgé de 41 ans a été hospitalisé.\n".to_string(),
                ),
                (
                    "c.txt",
                    format!("+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nFire in Lyon\n\nA fire ravaged a warehouse in Lyon on Saturday, March 7. A {age}-year-old firefighter was injured.\n"),
                ),
            ]
        };
        assert_quiet_then_reported(texts, "41", "44");
        // Someone already named ("the leader"), or anyone ("un homme"), is no role's.
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nA fire ravaged a warehouse in Lyon on Saturday. The 59-year-old leader and a 71-year-old man were hurt.\n",
        )]);
        let ages: Vec<String> = an
            .claims
            .iter()
            .map(|c| c.key.concept.to_string())
            .filter(|c| c.starts_with("age/as:"))
            .collect();
        assert!(ages.is_empty(), "{ages:?}");
    }

    #[test]
    fn an_ordinal_before_a_capitalised_title_ranks_its_holders() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-03-08 T\n\nMarie Durand a été investie samedi comme 27e Première ministre du pays.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nMarie Durand was sworn in on Saturday as the country's 27th prime minister.\n",
            ),
        ]);
        assert_keyed(&an, 0, "27e", "holder/head-of-government");
        assert_keyed(&an, 1, "27th", "holder/head-of-government");
    }

    #[test]
    fn a_year_a_few_words_after_since_bounds_a_count_that_is_todays() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nLyon beat Nantes 3-1 on Saturday. It was the club's first win since their cup run in 2019, and 41,000 fans watched.\n",
        )]);
        assert_keyed(&an, 0, "41,000", "spectators");
    }

    #[test]
    fn a_village_buried_by_a_landslide_is_no_funeral() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nThe village was buried on Saturday when the glacier collapsed.\n",
        )]);
        assert!(
            an.events.iter().all(|e| e.kind != "funeral"),
            "{:?}",
            an.events.iter().map(|e| &e.kind).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_seats_a_majority_needs_are_a_threshold_not_a_result() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nThe party won 41 seats in Saturday's election. A majority requires at least 76 seats.\n",
            ),
            (
                "b.txt",
                " date 2026-03-08 T\n\nLe parti a obtenu 41 sièges lors des élections de samedi. Il faut réunir 76 sièges pour gouverner.\n",
            ),
        ]);
        assert_keyed(&an, 0, "41", "seats");
        assert_keyed(&an, 0, "76", "required");
        assert_keyed(&an, 1, "76", "required");
    }

    #[test]
    fn the_day_an_attempt_was_called_off_is_not_the_happenings_day() {
        let texts = |day: &str| {
            [
                (
                    "a.txt",
                    "+++\nlang = \"en\"\ndate = 2026-03-06\n+++\nT\n\nThe rocket was launched on Thursday from Kourou. The launch had been delayed several times, including on Monday.\n".to_string(),
                ),
                (
                    "b.txt",
                    " date 2026-03-06 T\n\nLa fusée a été lancée jeudi depuis Kourou. Le lancement avait été reporté lundi en raison d'un problème technique.\n".to_string(),
                ),
                (
                    "c.txt",
                    format!("+++\nlang = \"en\"\ndate = 2026-03-06\n+++\nT\n\nThe rocket was launched on {day} from Kourou, after the first attempt was called off on Monday.\n"),
                ),
            ]
        };
        assert_quiet_then_reported(texts, "Thursday", "Wednesday");
    }

    #[test]
    fn people_in_a_state_of_a_toll_count_that_toll() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-08 T\n\nLe séisme a frappé samedi la région. Au total, 41 personnes restent portées disparues.\n",
        )]);
        assert_keyed(&an, 0, "41", "missing");
    }

    #[test]
    fn the_rescued_are_one_count_however_each_report_words_them() {
        let an = claims_of(&[
            (
                "a.txt",
                " date 2026-03-08 T\n\nUn ferry a pris feu samedi au large de Bali. Deux personnes sont mortes et 312 passagers ont été secourus.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nA ferry caught fire off Bali on Saturday. Two people died and 312 others were rescued.\n",
            ),
            (
                "c.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nA ferry caught fire off Bali on Saturday. Fishermen pulled 312 people from the water.\n",
            ),
        ]);
        for art in 0..3 {
            assert_keyed(&an, art, "312", "rescued");
        }
    }

    #[test]
    fn all_of_a_whole_counts_the_noun_and_a_side_clause_year_dates_no_count() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nThe former goalkeeper died on Sunday, March 1. He played all 17 of his professional seasons with one club, winning four league titles, before retiring in 2019.\n"),
            ("b.txt", " date 2026-03-02 T\n\nL'ancien gardien est mort dimanche 1er mars. Il avait joué ses 17 saisons professionnelles dans un seul club.\n"),
        ]);
        assert_keyed(&an, 0, "17", "seasons");
        assert_keyed(&an, 1, "17", "seasons");
        assert_keyed(&an, 0, "four", "titles");
    }

    #[test]
    fn a_count_of_people_is_keyed_by_what_befalls_them_not_by_a_thing_counted_beside_them() {
        let an = claims_of(&lettered(&[
            dated("2026-03-03", "en", "Carrefour said in Paris on Monday, March 2, that its new unit operates 300 trucks and employs about 4,000 people. The fire on Monday forced about 800 people from their homes. Rescuers pulled out the injured and moved 500 people."),
            dated("2026-03-03", "fr", "Carrefour a annoncé lundi 2 mars à Paris que les pompiers ont évacué environ 800 personnes. Une délégation de près de 40 personnes s'est rendue sur place."),
        ]));
        // Not the trucks before the conjunction, nor the homes they left.
        assert_keyed(&an, 0, "4,000", "employees");
        let got = concepts_at(&an, 0, "800");
        assert!(got.iter().all(|c| c.is_empty() || c == "people"), "{got:?}");
        // What stands before a conjunction is another clause's.
        let got = concepts_at(&an, 0, "500");
        assert!(got.iter().all(|c| c.is_empty() || c == "people"), "{got:?}");
        // Not the firefighters: a hedge stands between the verb and its count.
        assert_keyed(&an, 1, "800", "displaced");
        // The whole they form, when only "de" and a hedge stand between.
        assert_keyed(&an, 1, "40", "delegations");
    }

    #[test]
    fn a_count_in_a_present_relative_clause_is_not_the_year_of_the_main_clause() {
        let an = claims_of(&lettered(&[
            dated("2026-03-03", "en", "Carrefour said in Paris on Monday, March 2, that it would close a depot. The retailer, which has 120 stores, emerged from a restructuring in 2023."),
            dated("2026-03-03", "fr", "Carrefour a annoncé lundi 2 mars à Paris la fermeture d'un dépôt. Le groupe, qui compte 120 magasins, était sorti d'une restructuration en 2023. L'incendie, qui a détruit 12 magasins, avait eu lieu en 2023. Le groupe, qui comptait 90 entrepôts, avait fusionné en 2023. Le groupe, qui a signé 14 accords, avait fusionné en 2023."),
        ]));
        assert_keyed(&an, 0, "120", "store");
        assert_keyed(&an, 1, "120", "magasin");
        let got = [concepts_at(&an, 0, "120"), concepts_at(&an, 1, "120")].concat();
        assert!(got.iter().all(|c| !c.contains('@')), "{got:?}");
        // A past relative clause is the year's.
        assert_keyed(&an, 1, "12", "magasin@2023");
        assert_keyed(&an, 1, "90", "entrepot@2023");
        // Accents kept: "signé" is a participle.
        assert_keyed(&an, 1, "14", "documents@2023");
    }

    #[test]
    fn an_aside_s_date_does_not_date_what_its_sentence_counts() {
        let an = claims_of(&lettered(&[
            dated("2026-12-06", "fr", "Le festival a remis samedi 5 décembre à Marrakech son prix. Quatorze films étaient en lice pour cette édition, ouverte le 27 novembre. Le groupe, créé en 2015, emploie 9000 personnes. Le groupe, créé en 2015 avec 12 salariés, a grandi. Le groupe, lundi 23 novembre, comptait 80 magasins."),
            dated("2026-12-06", "en", "The festival gave its prize in Marrakech on Saturday, Dec. 5. The company, created in 2015, employs 9,000 people."),
        ]));
        assert_keyed(&an, 0, "Quatorze", "film");
        assert_keyed(&an, 0, "9000", "employees");
        assert_keyed(&an, 1, "9,000", "employees");
        // An aside that holds the count is the count's; a date that opens the aside is
        // the sentence's.
        assert_keyed(&an, 0, "12", "employees@2015");
        assert_keyed(&an, 0, "80", "magasin@2026-11");
    }

    #[test]
    fn a_toll_a_place_opens_the_sentence_with_is_its_part_below_the_report_s_toll() {
        let an = claims_of(&lettered(&[
            dated("2026-11-20", "fr", "Les inondations ont fait 90 morts jeudi 19 novembre au Vietnam. À Gia Lai, 12 personnes sont mortes."),
            dated("2026-11-20", "en", "Floods killed 90 people in Vietnam on Thursday, Nov. 19. In Gia Lai province, 12 people died."),
            dated("2026-11-20", "fr", "Les crues ont détruit 400 maisons jeudi 19 novembre au Vietnam. À Gia Lai, 30 personnes sont mortes."),
            dated("2026-11-20", "en", "Floods killed 90 people in Vietnam on Thursday, Nov. 19. In Gia Lai, the provincial officials said that 14 people died."),
        ]));
        assert_keyed(&an, 0, "12", "dead/part/gia");
        assert_keyed(&an, 1, "12", "dead/part/gia");
        // No toll elsewhere in the report (the houses are no toll): the count is its toll.
        assert_keyed(&an, 2, "30", "dead");
        // The comma closes no place right before the count.
        assert_keyed(&an, 3, "14", "dead");
    }

    #[test]
    fn a_code_beside_a_label_word_is_that_label() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-02 T\n\nUn camion s'est renversé dimanche 1er mars sur l'autoroute A7, près de Lyon.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nA lorry overturned on the A7 motorway near Lyon on Sunday, March 1. The G7 met. An Airbus A321 flew over it.\n"),
        ]);
        assert_keyed(&an, 1, "A321", "label/airbus/a");
        assert_keyed(&an, 0, "A7", "label/highway/a");
        assert_keyed(&an, 1, "A7", "label/highway/a");
        // A code alone is one of its series, keyed by its letters and count of digits.
        assert_keyed(&an, 1, "G7", "label/code1/g");
    }

    #[test]
    fn those_in_hospital_those_aboard_and_a_route_are_keyed_for_what_they_are() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nA jet crashed near Lille on Sunday, March 1, killing all 52 people on board and two people on the ground. Eleven of the injured remained in hospital. The toll stands at 54.\n"),
            ("b.txt", " date 2026-03-02 T\n\nL'avion, qui reliait Lille à Madrid, s'est écrasé dimanche 1er mars. Onze blessés restaient hospitalisés, dont quatre dans un état grave. Quinze personnes ont été blessées, dont neuf se trouvaient dans un état grave. Six personnes sont mortes et 23 ont été hospitalisées.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nThe jet that was flying from Lille crashed on Sunday, March 1. Six people died and 23 were in hospital.\n"),
            ("d.txt", " date 2026-03-02 T\n\nLe vol Lille-Madrid s'est écrasé dimanche 1er mars.\n"),
        ]);
        assert_keyed(&an, 2, "Lille", "route/from");
        // A route written with a hyphen names both its ends.
        assert_keyed(&an, 3, "Lille", "route/from");
        assert_keyed(&an, 3, "Madrid", "route/to");
        assert_keyed(&an, 1, "23", "hospitalised");
        assert_keyed(&an, 2, "23", "hospitalised");
        assert_keyed(&an, 1, "Quinze", "injured");
        assert_keyed(&an, 0, "52", "dead/aboard");
        assert_keyed(&an, 0, "Eleven", "hospitalised");
        assert_keyed(&an, 1, "Onze", "hospitalised");
        assert_keyed(&an, 1, "Madrid", "route/to");
    }

    #[test]
    fn agent_nouns_of_short_stems_meet_across_languages() {
        let an = claims_of(&[
            ("a.txt", " date 2026-03-02 T\n\nUne explosion a frappé dimanche 1er mars une mine de charbon. Quelque 40 mineurs se trouvaient au fond.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nAn explosion hit a coal mine on Sunday, March 1. Some 40 miners were underground.\n"),
        ]);
        assert_keyed(&an, 0, "40", "miner");
        assert_keyed(&an, 1, "40", "miner");
    }

    #[test]
    fn a_datelines_place_is_no_place_of_the_story() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-12-03\n+++\nT\n\nNEW DELHI, Dec 3 — A bridge collapsed on Wednesday in Gujarat, killing nine people.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-03\n+++\nT\n\nA bridge collapsed in Gujarat on Wednesday, killing nine people.\n"),
        ]);
        assert!(!concepts_at(&an, 0, "Gujarat").is_empty());
        assert_eq!(concepts_at(&an, 0, "NEW DELHI"), Vec::<String>::new());
    }

    #[test]
    fn the_nth_of_anothers_own_is_theirs() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-02 T\n\nLa Kényane Mary Keitany a remporté dimanche 1er mars le marathon. Keitany disputait son quatrième marathon. Keitany a devancé Almaz Worku, qui courait son deuxième marathon.\n",
        )]);
        assert_keyed(&an, 0, "quatrième", "marathon");
        assert_keyed(&an, 0, "deuxième", "marathon/worku");
    }

    #[test]
    fn a_rank_is_its_competitors() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-02 T\n\nLa Kényane Mary Keitany a remporté dimanche 1er mars le marathon. L'Éthiopienne Almaz Worku a pris la deuxième place. Sa compatriote Tirunesh Dibaba a pris la troisième place.\n",
        )]);
        assert_keyed(&an, 0, "deuxième", "place/worku");
        assert_keyed(&an, 0, "troisième", "place/dibaba");
    }

    #[test]
    fn all_aboard_who_survived_are_those_aboard() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nT\n\nA small jet made an emergency landing on a lake near Geneva on Sunday, March 1. All 48 people on board survived.\n",
        )]);
        assert_keyed(&an, 0, "48", "people/aboard");
        let c = an
            .claims
            .iter()
            .find(|c| an.corpus.articles[0].slice(c.span) == "48")
            .expect("a claim at 48");
        assert_ne!(c.soft, Soft::Evolving);
    }

    #[test]
    fn a_whole_load_is_the_load_whatever_befell_it_and_a_toll_with_its_attacker_its_victims() {
        // Own sentences: a plane crashes; the reports count its load in four ways.
        let an = claims_of(&[
            (
                "a.txt",
                "+++\ndate = 2026-08-02\nlang = \"en\"\n+++\nPlane crashes, killing all 31 on board\n\nA plane crashed on Saturday near Grenoble, killing all 28 passengers and three crew. Most of the 28 passengers were German.\n",
            ),
            (
                "b.txt",
                " date 2026-08-02 Crash près de Grenoble\n\nL'avion, qui transportait 28 passagers, s'est écrasé samedi près de Grenoble. Les 28 passagers et les trois employés ont péri.\n",
            ),
            (
                "c.txt",
                " date 2026-08-03 Fusillade : 13 morts\n\nUn homme a tué samedi 12 personnes à Lyon. Le bilan est de 13 morts, dont le tireur.\n",
            ),
            (
                "d.txt",
                "+++\ndate = 2026-08-04\nlang = \"en\"\n+++\nT\n\nBombs killed 40 people, including three suicide bombers, in Lille on Monday.\n",
            ),
        ]);
        assert_keyed(&an, 0, "31", "people/aboard");
        assert_keyed(&an, 0, "28", "passengers");
        assert!(
            !concepts_at(&an, 0, "28")
                .iter()
                .any(|c| c.starts_with("nationals")),
            "{:?}",
            concepts_at(&an, 0, "28")
        );
        assert_keyed(&an, 1, "28", "passengers");
        // "Killing all 28 passengers" counts the load, as "transportait 28 passagers" does.
        assert!(
            concepts_at(&an, 0, "28")
                .iter()
                .all(|c| c == "passengers" || c.is_empty()),
            "{:?}",
            concepts_at(&an, 0, "28")
        );
        assert!(
            // ("" is the event's set of counts, matched by value.)
            concepts_at(&an, 1, "28")
                .iter()
                .all(|c| c == "passengers" || c.is_empty()),
            "{:?}",
            concepts_at(&an, 1, "28")
        );
        // The toll with its attacker is read as its victims', the headline's too.
        let victims: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.article.0 == 2 && an.corpus.articles[2].slice(c.span) == "13")
            .map(|c| c.value.display())
            .collect();
        assert_eq!(victims, ["12", "12"]);
        let bombed: Vec<String> = an
            .claims
            .iter()
            .filter(|c| c.article.0 == 3 && an.corpus.articles[3].slice(c.span) == "40")
            .map(|c| c.value.display())
            .collect();
        assert!(
            bombed.iter().all(|v| v == "37") && !bombed.is_empty(),
            "{bombed:?}"
        );
    }

    #[test]
    fn a_hedge_fitting_both_sides_takes_neither_and_a_part_far_below_a_whole_is_another_count() {
        // Own sentences: a bridge collapse; two floors fit both firm counts of the injured.
        let r = |lang: &str, body: &str| dated("2026-05-04", lang, body);
        let injured = |third: &str| {
            [
                r("en", "A bridge collapsed in Porto on Sunday, injuring more than 300 people."),
                r("fr", &format!("Un pont s'est effondré dimanche à Porto, faisant {third} blessés.")),
                r("fr", "Un pont s'est effondré dimanche à Porto, faisant plus de 200 blessés."),
                r("en", "A bridge collapsed in Porto on Sunday. Officials said 341 people were injured."),
            ]
        };
        let at = |texts: &[String; 4]| {
            outliers_at(&[
                ("a.txt", &texts[0]),
                ("b.txt", &texts[1]),
                ("c.txt", &texts[2]),
                ("d.txt", &texts[3]),
            ])
        };
        assert!(at(&injured("341")).is_empty());
        // The floors fit 341 and 377 alike: the slip is weighed one against one (a warning),
        // and the report the corpus lists first is no consensus of three.
        let texts = injured("377");
        let an = claims_of(&[
            ("a.txt", &texts[0]),
            ("b.txt", &texts[1]),
            ("c.txt", &texts[2]),
            ("d.txt", &texts[3]),
        ]);
        let slip = an
            .outliers
            .iter()
            .find(|o| an.corpus.articles[1].slice(an.claims[o.claim].span) == "377")
            .expect("the slip is reported");
        assert_eq!(slip.severity, crate::finding::Severity::Warning);
        // "Two passengers" of 239 on board: a part, not a slip of the whole.
        let parts = [
            r("en", "A plane vanished on Saturday near Porto. It carried 227 passengers."),
            r("fr", "Un avion a disparu samedi près de Porto. Deux passagers voyageaient avec de faux passeports."),
            r("en", "A plane vanished on Saturday near Porto. Two passengers had false passports."),
        ];
        let found = outliers_at(&[
            ("a.txt", &parts[0]),
            ("b.txt", &parts[1]),
            ("c.txt", &parts[2]),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_length_of_a_background_year_is_keyed_with_its_year() {
        // Own sentences: a record climb, and the old record of 1971 in one report.
        let r = |lang: &str, body: &str| dated("2026-06-08", lang, body);
        let texts = [
            r("en", "A balloon rose to 41 kilometers above Utah on Sunday."),
            r("fr", "Un ballon s'est élevé dimanche à 41 kilomètres au-dessus de l'Utah."),
            r("en", "A balloon rose to a record height above Utah on Sunday. The balloon that set the old record in 1971 rose to 35 kilometers."),
        ];
        let found = outliers_at(&[
            ("a.txt", &texts[0]),
            ("b.txt", &texts[1]),
            ("c.txt", &texts[2]),
        ]);
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn floors_added_are_an_addition_not_the_height() {
        let an = Analysis::from_pairs(&[(
            "a.txt",
            " date 2024-03-02 Tower falls\n\nA tower of twelve floors collapsed in the port on Friday. Its owner is accused of adding four floors without a permit.\n\nLe promoteur avait ajouté deux étages l'an dernier.\n",
        )]);
        let twelve = concepts_at(&an, 0, "twelve");
        assert!(twelve.iter().any(|c| !c.ends_with("/more")), "{twelve:?}");
        assert!(concepts_at(&an, 0, "four")
            .iter()
            .all(|c| c.ends_with("/more")));
        assert!(!concepts_at(&an, 0, "four").is_empty());
        assert!(concepts_at(&an, 0, "deux")
            .iter()
            .all(|c| c.ends_with("/more")));
    }

    #[test]
    fn the_first_or_last_of_a_whole_is_a_part_of_it() {
        let an = Analysis::from_pairs(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2024-03-02\n+++\nMiners freed\n\nRescuers on Friday brought out the last four miners from the flooded pit in Wales. Rescuers on Thursday brought out six miners.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"fr\"\ndate = 2024-03-02\n+++\nMineurs libérés\n\nLes cinq derniers, quatre mineurs et leur chef, ont été secourus vendredi au pays de Galles. Les deux premiers mineurs ont été secourus jeudi. Au cours des 90 dernières années, la mine a produit du charbon.\n",
            ),
        ]);
        assert!(
            concepts_at(&an, 0, "four").is_empty(),
            "{:?}",
            concepts_at(&an, 0, "four")
        );
        assert!(concepts_at(&an, 1, "quatre").is_empty());
        assert!(concepts_at(&an, 1, "deux").is_empty());
        assert!(!concepts_at(&an, 0, "six").is_empty());
        // A length is no part.
        let ninety = concepts_at(&an, 1, "90");
        assert!(ninety.iter().any(|c| c.starts_with("years")), "{ninety:?}");
    }

    #[test]
    fn a_count_a_condition_sets_is_no_count_of_what_happened() {
        let an = Analysis::from_pairs(&[
            (
                "a.txt",
                "+++\nlang = \"fr\"\ndate = 2026-12-13\n+++\nT\n\nLes 150 pays réunis à Lisbonne ont adopté samedi le traité. Il entrera en vigueur lorsque 40 pays l'auront ratifié.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"en\"\ndate = 2026-12-13\n+++\nT\n\nThe 150 countries meeting in Lisbon adopted the treaty on Saturday. It takes effect once 40 countries ratify it. The hall fell silent when 30 countries walked out.\n",
            ),
        ]);
        let has = |art: usize, n: &str, c: &str| concepts_at(&an, art, n).iter().any(|x| x == c);
        assert!(has(0, "40", "countries/if") && !has(0, "40", "countries"));
        assert!(has(1, "40", "countries/if") && !has(1, "40", "countries"));
        assert!(has(1, "30", "countries"), "{:?}", concepts_at(&an, 1, "30"));
    }

    #[test]
    fn a_massacre_a_storming_and_a_when_after_the_date_name_the_attack_and_its_day() {
        let an = Analysis::from_pairs(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-01-07\n+++\nT\n\nGunmen stormed the offices of a newspaper in Lyon on Wednesday, killing 9 people.\n",
            ),
            (
                "b.txt",
                "+++\nlang = \"fr\"\ndate = 2026-01-12\n+++\nT\n\nLa tuerie du journal de Lyon, le 7 janvier, avait coûté la vie à neuf personnes.\n",
            ),
            (
                "c.txt",
                "+++\nlang = \"en\"\ndate = 2026-01-12\n+++\nT\n\nThe violence began on January 7, when two gunmen shot dead 9 people at a newspaper in Lyon.\n",
            ),
        ]);
        assert_keyed(&an, 0, "Wednesday", "attack");
        assert_keyed(&an, 1, "7 janvier", "attack");
        assert_keyed(&an, 2, "January 7", "attack");
    }

    #[test]
    fn a_later_happening_two_reports_date_is_not_the_events_day() {
        // Two reports lead with Wednesday's attack; two lead with Sunday's march and tell of
        // the attack and of the gunmen killed on Friday. One of them slips the attack's day
        // to the 8th, which brings Friday's deaths within reach of the attack's days.
        let texts = [
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-01-07\n+++\nT\n\nGunmen stormed the offices of a Lyon newspaper on Wednesday, killing 9 people.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-01-07\n+++\nT\n\nDes hommes armés ont attaqué mercredi un journal de Lyon, tuant neuf personnes.\n"),
            ("c.txt", "+++\nlang = \"en\"\ndate = 2026-01-12\n+++\nT\n\nThousands marched in Lyon on Sunday. The violence began on January 7, when two gunmen shot dead 9 people at a newspaper. The two were killed by police on Friday near Lyon.\n"),
            ("e.txt", "+++\nlang = \"fr\"\ndate = 2026-01-12\n+++\nT\n\nDes milliers de personnes ont défilé dimanche à Lyon. La tuerie du journal, le 8 janvier, avait fait neuf morts. Les deux tireurs ont été tués vendredi par la police près de Lyon.\n"),
        ];
        let an = Analysis::from_pairs(&texts);
        assert!(
            !concepts_at(&an, 2, "Friday").iter().any(|c| c == "attack"),
            "{:?}",
            concepts_at(&an, 2, "Friday")
        );
        assert!(!concepts_at(&an, 3, "vendredi")
            .iter()
            .any(|c| c == "attack"));
        let found = outliers_at(&texts);
        assert!(found.contains(&(3, "8 janvier".to_string())), "{found:?}");
    }

    #[test]
    fn a_day_after_a_phrase_counted_from_another_happening_is_not_the_triggers() {
        // Own sentences: the blast came the day after a birthday given its own day.
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nA blast hit a bridge near Lyon on Sunday. The blast came a day after the mayor turned 60 on Saturday.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-03-08\n+++\nT\n\nUne explosion a touché dimanche un pont près de Lyon. L'explosion survient au lendemain de l'anniversaire du maire, célébré samedi.\n"),
        ]);
        assert_keyed(&an, 0, "Sunday", "explosion");
        assert!(
            concepts_at(&an, 0, "Saturday").is_empty(),
            "{:?}",
            concepts_at(&an, 0, "Saturday")
        );
        assert!(
            concepts_at(&an, 1, "samedi").is_empty(),
            "{:?}",
            concepts_at(&an, 1, "samedi")
        );
    }

    #[test]
    fn the_place_of_a_recalled_happening_is_keyed_by_its_day() {
        // Own sentences: this year's summit in Lyon recalls the last one, in Rome.
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-06-16\n+++\nT\n\nThe two presidents met on Tuesday in Lyon for a summit. It was their first summit since they met in Rome in March 2019.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-06-16\n+++\nT\n\nLes deux présidents se sont retrouvés mardi à Lyon pour un sommet. C'est leur premier sommet depuis leur rencontre à Rome, en mars 2019.\n"),
        ]);
        assert!(
            an.outliers.is_empty(),
            "{:?}",
            an.outliers
                .iter()
                .map(|o| an.claims[o.claim].span)
                .collect::<Vec<_>>()
        );
        // Its names ("") aside, every key of Rome is the older summit's.
        let rome = concepts_at(&an, 0, "Rome");
        assert!(rome.iter().any(|c| c.contains('@')), "{rome:?}");
        assert!(
            rome.iter().all(|c| c.is_empty() || c.contains('@')),
            "{rome:?}"
        );
    }

    #[test]
    fn an_amount_a_report_also_gives_converted_is_still_one_of_a_pair() {
        // Own sentences: one report gives the bridge's length twice, in two units.
        let found = outliers_at(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-08\n+++\nT\n\nA blast hit a bridge near Lyon on Sunday. The 19-kilometre (12-mile) bridge opened in 2018.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-03-08\n+++\nT\n\nUne explosion a touché dimanche un pont près de Lyon. Long de 21 kilomètres, le pont avait été inauguré en 2018.\n"),
        ]);
        assert!(
            found.contains(&(1, "21 kilomètres".to_string())),
            "{found:?}"
        );
        assert!(
            found.contains(&(0, "19-kilometre".to_string())),
            "{found:?}"
        );
        assert!(!found.iter().any(|(_, w)| w == "12-mile"), "{found:?}");
    }

    #[test]
    fn the_target_of_a_strike_is_its_place() {
        // Own sentences: missiles that struck one city in one report and another in the
        // other; "struck" after missiles names an attack, not a quake.
        let texts = [
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-09\n+++\nT\n\nRussian missiles struck Lviv on Monday morning, officials said.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-03-09\n+++\nT\n\nLundi matin, Moscou a lancé une vague de frappes sur Odessa, selon les autorités.\n"),
        ];
        let an = claims_of(&texts);
        assert_keyed(&an, 0, "Monday", "attack");
        assert_keyed(&an, 0, "Lviv", "attack");
        assert_keyed(&an, 1, "Odessa", "attack");
    }

    #[test]
    fn english_plural_nationalities_count_people_of_a_country() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-09\n+++\nT\n\nA jet crashed on Monday near Lyon. The passengers included 61 French, 26 Germans and four Saudis.\n",
        )]);
        assert_keyed(&an, 0, "26", "nationals/de");
    }

    #[test]
    fn a_toll_phrase_may_name_the_day_of_what_it_counts() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-01-28\n+++\nT\n\nThe death toll from the collapse of a dam near Lyon on Friday, January 23, rose to 60 on Monday.\n",
        )]);
        assert_keyed(&an, 0, "60", "dead");
    }

    #[test]
    fn a_toll_of_years_ago_is_settled() {
        // Own sentences: both reports recall an older collapse, with different tolls.
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-01-24\n+++\nT\n\nA dam collapsed near Lyon on Friday, killing at least seven people. The disaster recalls the collapse of another dam in Grenoble in November 2019, which killed 19 people.\n"),
            ("b.txt", "+++\nlang = \"fr\"\ndate = 2026-01-24\n+++\nT\n\nUn barrage s'est effondré vendredi près de Lyon, faisant au moins sept morts. La rupture d'un autre barrage avait fait 21 morts à Grenoble en novembre 2019.\n"),
        ]);
        let warned: Vec<&str> = an
            .outliers
            .iter()
            .filter(|o| o.severity == crate::finding::Severity::Warning)
            .map(|o| {
                an.corpus.articles[an.claims[o.claim].article.0 as usize]
                    .slice(an.claims[o.claim].span)
            })
            .collect();
        assert!(
            warned.contains(&"21") && warned.contains(&"19"),
            "{warned:?}"
        );
    }

    #[test]
    fn one_time_as_written_under_two_named_zones_is_a_wrong_clock() {
        // Own sentences: the same "19h30" read on two clocks, a round time.
        let found = outliers_at(&[
            ("a.txt", "+++\nlang = \"fr\"\ndate = 2026-12-09\n+++\nT\n\nLe président est arrivé mercredi à Ottawa. Il doit s'adresser au Parlement mercredi soir, à 19h30, heure de Kiev.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-12-09\n+++\nT\n\nThe president arrived in Ottawa on Wednesday. He is due to address Parliament on Wednesday evening at 7:30 p.m. Ottawa time.\n"),
        ]);
        assert!(
            found.contains(&(0, "19h30, heure de Kiev".to_string())),
            "{found:?}"
        );
    }
    #[test]
    fn a_day_set_as_a_limit_is_the_events_deadline_in_both_languages() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-03\n+++\nT\n\nA ferry sank off Crete on Monday, killing 12 people. The inspectors must hand in their report by March 12. The plan was welcomed by Tuesday's newspapers. Port controls stay in place until March 20.\n",
            ),
            (
                "b.txt",
                " date 2026-03-03 T\n\nUn ferry a coulé lundi au large de la Crète, faisant 12 morts. Les enquêteurs doivent rendre leur rapport d'ici au 12 mars. Les contrôles resteront en place jusqu'au 20 mars.\n",
            ),
        ]);
        assert_keyed(&an, 0, "March 12", "deadline");
        assert_keyed(&an, 1, "12 mars", "deadline");
        // The end of a measure's period.
        assert_keyed(&an, 0, "March 20", "deadline");
        assert_keyed(&an, 1, "20 mars", "deadline");
        // A possessive makes the day the noun's: no limit.
        assert!(!concepts_at(&an, 0, "Tuesday").contains(&"deadline".to_string()));
    }

    #[test]
    fn a_majority_of_so_many_seats_is_a_margin_not_the_whole() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-03\n+++\nT\n\nThe premier resigned on Monday. In 2024 her party won a majority of 62 seats. On Monday the majority of the 400 members voted against her.\n",
        )]);
        assert!(!concepts_at(&an, 0, "62")
            .iter()
            .any(|c| c.contains("total")));
        assert!(concepts_at(&an, 0, "400")
            .iter()
            .any(|c| c.contains("total")));
    }

    #[test]
    fn troops_qualified_by_a_dotted_abbreviation_are_troops() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-03-03\n+++\nT\n\nA rocket attack on a base in Syria on Monday wounded 23 U.S. service members, the Pentagon said.\n",
        )]);
        assert!(
            concepts_at(&an, 0, "23")
                .iter()
                .any(|c| c.starts_with("troops")),
            "{:?}",
            concepts_at(&an, 0, "23")
        );
    }

    #[test]
    fn a_count_on_one_body_is_no_count_of_the_dead() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-03 T\n\nLe maire de la ville a été abattu lundi devant sa maison. Selon le légiste, son corps portait sept impacts de balles.\n",
        )]);
        assert_keyed(&an, 0, "sept", "shots");
    }
    #[test]
    fn a_noun_before_a_hedged_number_is_what_it_counts() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-03-03\n+++\nT\n\nA ferry sank off Crete on Monday. It carried a crew of about 40.\n",
            ),
            (
                "b.txt",
                " date 2026-03-03 T\n\nUn ferry a coulé lundi au large de la Crète. Son équipage comptait environ 40 marins.\n",
            ),
        ]);
        assert_keyed(&an, 0, "40", "crew");
        assert_keyed(&an, 1, "40", "crew");
    }

    #[test]
    fn the_day_of_a_response_to_a_happening_is_not_its_day() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-05-05\n+++\nT\n\nPolice faced criticism on Thursday over their response to the shooting that killed four people at a mall on Tuesday, May 3.\n",
        )]);
        let got = concepts_at(&an, 0, "Thursday");
        assert!(
            !got.iter().any(|c| c == "attack" || c == "death"),
            "{got:?}"
        );
    }
    #[test]
    fn an_age_in_an_apposition_to_a_name_is_that_persons() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-03 T\n\nLeyla Demir, une Kurde de 31 ans, est morte lundi à Ankara après son arrestation.\n",
        )]);
        assert_keyed(&an, 0, "31", "age/demir");
        // A people is no one's name.
        assert!(!an.facts[0].entities.iter().any(|e| &*e.name == "Kurde"));
    }

    #[test]
    fn the_next_election_is_one_key_in_both_languages_and_numbers() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-01-19\n+++\nT\n\nThe premier resigned on Monday. The next general election will be held on October 14.\n"),
            ("b.txt", " date 2026-01-19 T\n\nLa Première ministre a démissionné lundi. Les prochaines élections législatives auront lieu le 14 octobre.\n"),
        ]);
        assert_keyed(&an, 0, "October 14", "next/election");
        assert_keyed(&an, 1, "14 octobre", "next/election");
    }

    #[test]
    fn a_tally_and_a_count_of_votes_are_the_side_that_carried_the_vote() {
        let an = claims_of(&[
            ("a.txt", "+++\nlang = \"en\"\ndate = 2026-03-04\n+++\nT\n\nLawmakers voted 87 to 12 on Tuesday to remove the governor.\n"),
            ("b.txt", " date 2026-03-04 T\n\nLes élus ont démis mardi le gouverneur par 87 voix.\n"),
        ]);
        assert_keyed(&an, 0, "87", "votes/for");
        assert_keyed(&an, 0, "12", "votes/against");
        assert_keyed(&an, 1, "87", "votes/for");
    }

    #[test]
    fn a_pronoun_before_an_age_stands_for_the_protagonist_not_the_last_name() {
        let an = claims_of(&[(
            "a.txt",
            "+++\nlang = \"en\"\ndate = 2026-06-06\n+++\nT\n\nArtur Velkov was a reformer. Thousands gathered in the Hall of Mirrors in Sofia on June 5, four days after he died at 88. Velkov led the country for ten years.\n",
        )]);
        assert_keyed(&an, 0, "88", "age/velkov");
    }

    #[test]
    fn a_death_and_its_funeral_days_later_are_one_story_by_their_protagonist() {
        let an = claims_of(&[
            ("a.txt", " date 2026-06-02 T\n\nArtur Velkov, ancien dirigeant bulgare, est mort le 1er juin 2026 à Sofia, à l'âge de 88 ans.\n"),
            ("b.txt", "+++\nlang = \"en\"\ndate = 2026-06-02\n+++\nT\n\nArtur Velkov, Bulgaria's former leader, died in Sofia on June 1, 2026, aged 88.\n"),
            ("c.txt", " date 2026-06-06 T\n\nDes milliers de Bulgares ont rendu le 5 juin 2026 un dernier hommage à Artur Velkov, à Sofia.\n"),
            ("d.txt", "+++\nlang = \"en\"\ndate = 2026-06-06\n+++\nT\n\nThousands paid their last respects to Artur Velkov in Sofia on June 5, 2026.\n"),
        ]);
        let kinds: Vec<&str> = an.events.iter().map(|e| e.kind.as_str()).collect();
        assert!(
            kinds.contains(&"death") && kinds.contains(&"funeral"),
            "{kinds:?}"
        );
        let roots: std::collections::BTreeSet<u32> = an
            .events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == "death" || e.kind == "funeral")
            .map(|(i, _)| an.stories[i])
            .collect();
        assert_eq!(roots.len(), 1, "{roots:?}");
    }

    #[test]
    fn a_passive_arrest_in_any_gender_and_number_is_an_arrest() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-09 T

La militante est morte dimanche en détention. Elle avait été arrêtée le 3 mars à Téhéran.
",
        )]);
        assert_keyed(&an, 0, "3 mars", "arrest");
    }
    #[test]
    fn a_conflict_that_erupted_dates_a_war_not_a_disaster() {
        let an = claims_of(&[
            (
                "a.txt",
                "+++\nlang = \"en\"\ndate = 2026-11-11\n+++\nT\n\nSerbia and Kosovo signed a truce on Tuesday in Geneva. The conflict, which erupted on September 27, has displaced 90,000 people.\n",
            ),
            (
                "b.txt",
                " date 2026-11-11 T\n\nLa Serbie et le Kosovo ont signé mardi à Genève une trêve. Le conflit, qui a éclaté le 27 septembre, a déplacé 90 000 personnes.\n",
            ),
        ]);
        assert_keyed(&an, 0, "September 27", "invasion");
        assert_keyed(&an, 1, "27 septembre", "invasion");
    }
    #[test]
    fn a_time_read_on_a_named_clock_after_the_part_of_the_day_covers_the_clock() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-11-10 T\n\nLa Serbie et le Kosovo ont signé lundi à Genève une trêve. Le cessez-le-feu est entré en vigueur mardi à 1 heure du matin, heure de Moscou.\n",
        )]);
        let a = &an.corpus.articles[0];
        let times: Vec<&str> = an
            .claims
            .iter()
            .filter(|c| matches!(c.value, Value::Time { .. }))
            .map(|c| a.slice(c.span))
            .collect();
        assert!(
            times.contains(&"1 heure du matin, heure de Moscou"),
            "{times:?}"
        );
    }
    #[test]
    fn a_name_opening_the_lede_is_not_the_headlines_last_noun() {
        let an = claims_of(&[(
            "a.txt",
            " date 2026-03-03 Une militante meurt après son arrestation par la police\n\nLeyla Demir, une Iranienne de 31 ans, est morte lundi à Téhéran.\n",
        )]);
        assert_keyed(&an, 0, "31", "age/demir");
    }

    #[test]
    fn a_bare_part_or_whole_beside_a_count_counts_its_noun() {
        // Own sentences: one report counts the whole and gives the part after "dont", the
        // other counts the part and gives the whole after ", sur", a third "N of them".
        let texts = [
            dated("2026-05-11", "fr", "La course Brest-Dakar a commencé dimanche 10 mai : 120 voiliers ont pris le départ de Brest, dont 30 en catégorie Figaro."),
            dated("2026-05-11", "fr", "La course Brest-Dakar a commencé dimanche 10 mai. Trente voiliers se sont élancés dans la catégorie Figaro, sur 120 au départ de Brest."),
            dated("2026-05-11", "en", "The Brest-Dakar race started on Sunday, May 10, with 120 yachts leaving Brest, 30 of them in the Figaro class."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "30", "ships");
        assert_keyed(&an, 1, "120", "ships");
        assert_keyed(&an, 2, "30", "ships");
        // Each report holds both numbers: neither is an outlier of the other's.
        assert!(an.outliers.is_empty(), "{:?}", an.outliers.len());
    }

    #[test]
    fn people_said_to_be_on_board_before_their_number_are_those_aboard() {
        let texts = [
            dated("2026-03-10", "fr", "Un car s'est renversé lundi 9 mars près de Lyon. À bord se trouvaient 52 personnes, dont deux chauffeurs."),
            dated("2026-03-10", "en", "A coach overturned near Lyon on Monday, March 9. On board the coach were 52 people."),
            dated("2026-03-10", "en", "A coach overturned near Lyon on Monday, March 9, and 52 people were hurt."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "52", "people/aboard");
        assert_keyed(&an, 1, "52", "people/aboard");
        assert!(!concepts_at(&an, 2, "52")
            .iter()
            .any(|c| c == "people/aboard"));
    }

    #[test]
    fn a_day_after_a_reporting_verb_that_attributes_the_clause_is_the_statement_s() {
        // Own sentences: the verb comes after a comma, with its day and then its subject; and
        // a day before a verb whose "que" clause names the happening.
        let texts = [
            dated("2026-11-23", "fr", "Six ouvriers ont été tués dans l'effondrement d'un entrepôt à Lille, a annoncé lundi la préfecture."),
            dated("2026-11-23", "fr", "En octobre, le ministre a confirmé qu'il attendait la visite du président brésilien à Lille."),
            dated("2026-11-23", "en", "The number of workers killed in the collapse of a warehouse in Lille rose to six on Monday."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_eq!(concepts_at(&an, 0, "lundi"), vec!["announce"]);
        assert_eq!(concepts_at(&an, 1, "En octobre"), vec!["announce"]);
        assert!(
            concepts_at(&an, 2, "Monday").is_empty(),
            "{:?}",
            concepts_at(&an, 2, "Monday")
        );
    }

    #[test]
    fn a_rival_s_time_gap_is_no_count_of_seconds() {
        let texts = [
            dated("2026-01-11", "en", "Lena Moser won the downhill in Wengen on Saturday, January 10, for her 40th World Cup victory, 0.41 seconds ahead of Ana Rocha, with Ida Berg third, 0.95 seconds back."),
            dated("2026-01-11", "en", "Lena Moser won the downhill in Wengen on Saturday, January 10, by 0.41 seconds, after a run of 48 seconds in the top section."),
        ];
        let an = claims_of(&lettered(&texts));
        for (art, written) in [(0, "0.41"), (0, "0.95"), (1, "0.41")] {
            let got = concepts_at(&an, art, written);
            assert!(got.iter().all(|c| c.is_empty()), "{written}: {got:?}");
        }
        // The same reports key a duration that is no gap, and a gap's amount still joins the
        // event's durations.
        assert_keyed(&an, 1, "48", "second");
        assert_keyed(&an, 1, "0.41", "");
    }

    #[test]
    fn two_close_sums_of_one_unit_one_per_report_beside_far_ones_are_one_sum() {
        // Own sentences: each report gives one sum near the other's, and one report a sum far
        // from both.
        let texts = [
            dated("2026-04-02", "fr", "Le Chili et l'Argentine ont signé mardi à Santiago un accord commercial. Leurs échanges ont atteint 18 milliards de dollars l'an dernier."),
            dated("2026-04-02", "en", "Chile and Argentina signed a trade agreement in Santiago on Tuesday, with $900 million in new credit lines. Trade between them reached $21 billion last year."),
        ];
        let got = outliers_at(&lettered(&texts));
        assert!(
            got.iter().any(|(a, w)| *a == 0 && w.starts_with("18")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(a, w)| *a == 1 && w.contains("21")),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, w)| w.contains("900")), "{got:?}");
    }

    #[test]
    fn a_part_of_an_owned_whole_counts_the_whole_s_noun() {
        let texts = [
            dated("2026-11-29", "en", "Swiss voters backed the reform in a referendum on Sunday, which carried 14 of the country's 26 cantons."),
            dated("2026-11-29", "fr", "Les Suisses ont approuvé dimanche la réforme par référendum, acceptée par 14 cantons sur 26."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "14", "canton");
        assert_keyed(&an, 1, "14", "canton");
    }

    #[test]
    fn a_number_a_report_gives_as_an_age_or_a_span_is_no_restatement() {
        // Own sentences: one report's "16 ans" is a voting age, not the other report's count
        // of cantons under another name.
        let texts = [
            dated("2026-11-29", "fr", "Les Suisses ont approuvé dimanche par référendum le droit de vote à 16 ans. La réforme a été acceptée par 16 des 26 cantons."),
            dated("2026-11-29", "fr", "Le référendum de dimanche sur le vote des jeunes a été accepté par 14 cantons sur 26."),
        ];
        let got = outliers_at(&lettered(&texts));
        assert!(got.iter().any(|(a, w)| *a == 0 && w == "16"), "{got:?}");
        assert!(got.iter().any(|(a, w)| *a == 1 && w == "14"), "{got:?}");
    }

    #[test]
    fn wins_rank_alike_in_both_languages_and_past_a_name() {
        let texts = [
            dated("2026-01-10", "en", "Lena Moser won the downhill in Wengen on Saturday for her 40th World Cup win."),
            dated("2026-01-10", "fr", "Lena Moser a remporté samedi la descente de Wengen, sa 40e victoire en Coupe du monde."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "40th", "wins");
        assert_keyed(&an, 1, "40e", "wins");
    }

    #[test]
    fn the_badly_hurt_among_the_injured_are_counted_apart_however_written() {
        let texts = [
            dated("2026-12-02", "en", "Two trains collided near Litija on Tuesday, killing nine people and injuring 63, 11 of them seriously."),
            dated("2026-12-02", "en", "Two trains collided near Litija on Tuesday, killing nine people. Eleven of the injured were in a serious condition."),
            dated("2026-12-02", "fr", "Deux trains sont entrés en collision mardi près de Litija, faisant neuf morts et 63 blessés, dont 11 grièvement."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "11", "injured/serious");
        assert_keyed(&an, 1, "Eleven", "injured/serious");
        assert_keyed(&an, 2, "11", "injured/serious");
        assert!(!concepts_at(&an, 0, "11").iter().any(|c| c == "injured"));
    }

    #[test]
    fn a_day_of_mourning_is_a_day_to_come_of_its_own() {
        let texts = [
            dated("2026-12-02", "en", "Two trains collided near Litija on Tuesday, killing nine people. The prime minister declared Thursday a day of national mourning."),
            dated("2026-12-02", "en", "Two trains collided near Litija on Tuesday, killing nine people, police said on Wednesday."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_eq!(concepts_at(&an, 0, "Thursday"), ["mourning"]);
        let thursday = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day");
        assert_eq!(
            values_at(&an, "Thursday"),
            [Value::Days {
                start: thursday,
                end: thursday
            }]
        );
    }

    #[test]
    fn a_count_of_a_clause_dated_years_back_is_that_year_s_beside_years_to_come() {
        let texts = [
            dated("2026-12-03", "en", "IndiGo will buy 150 more Airbus jets, the airline said on Wednesday. The jets will arrive from 2030 to 2035, adding to the 500 planes IndiGo ordered in 2023."),
            dated("2026-12-03", "en", "IndiGo will buy 150 more Airbus jets, the airline said on Wednesday, with deliveries from 2030."),
        ];
        let an = claims_of(&lettered(&texts));
        let got = concepts_at(&an, 0, "500");
        assert!(
            got.iter()
                .any(|c| c.starts_with("aircraft") && c.ends_with("@2023")),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|c| c.starts_with("aircraft") && !c.contains('@')),
            "{got:?}"
        );
    }

    #[test]
    fn an_ordinal_ranks_the_head_of_the_compound_after_it() {
        // Own sentences: a nationality and two more words stand between the ordinal and what
        // it ranks.
        let texts = [
            dated(
                "2026-11-18",
                "en",
                "Spain approved its 9th Spanish naval aid package for Ukraine on Wednesday.",
            ),
            dated(
                "2026-11-18",
                "fr",
                "L'Espagne a approuvé mercredi son neuvième paquet d'aide navale pour l'Ukraine.",
            ),
            dated(
                "2026-11-18",
                "en",
                "Spain sent its 4th Spanish medical supply convoy to Ukraine on Wednesday.",
            ),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "9th", "packages");
        assert_keyed(&an, 1, "neuvième", "packages");
        // A head the lexicon does not count is the ordinal's noun all the same.
        let fourth = concepts_at(&an, 2, "4th");
        assert!(fourth.iter().any(|c| c.starts_with("convoy")), "{fourth:?}");
    }

    #[test]
    fn an_ordinal_of_a_trip_ahead_ranks_the_next_one() {
        // Own sentences: the club plays its fourth match, then travels for the fifth.
        let texts = [
            dated("2026-10-21", "fr", "Lyon a battu Porto mardi lors de la quatrième journée, et occupe la 9e place avant de se déplacer à Madrid pour la cinquième journée."),
            dated("2026-10-21", "en", "Lyon beat Porto on Tuesday in the fourth round of matches. They travel to Madrid for their fifth match."),
        ];
        let an = claims_of(&lettered(&texts));
        let fifth = concepts_at(&an, 1, "fifth");
        assert!(fifth.iter().all(|c| c.ends_with("/next")), "{fifth:?}");
        let cinquieme = concepts_at(&an, 0, "cinquième");
        assert!(
            cinquieme.iter().all(|c| c.ends_with("/next")),
            "{cinquieme:?}"
        );
        // The place held now is this match's, though the sentence goes on to the trip.
        assert_keyed(&an, 0, "9e", "place");
        // The round of a league, however each report words it.
        assert_keyed(&an, 0, "quatrième", "nth/round");
        assert_keyed(&an, 1, "fourth", "nth/round");
    }

    #[test]
    fn a_part_of_the_injured_counted_as_people_is_of_the_injured() {
        let texts = [
            dated("2026-11-03", "en", "A bus overturned near Cusco on Monday. Forty people were injured, nine of them seriously."),
            dated("2026-11-03", "fr", "Un bus s'est renversé lundi près de Cuzco. Quarante personnes ont été blessées, dont neuf grièvement."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "nine", "injured/serious");
        assert_keyed(&an, 1, "neuf", "injured/serious");
    }

    #[test]
    fn a_bare_count_of_more_adds_to_the_count_before_it() {
        let texts = [
            dated("2026-11-09", "en", "The airline Iberia said on Monday it had ordered 40 Airbus jets, with options for 15 more."),
            dated("2026-11-09", "fr", "La compagnie Iberia a annoncé lundi la commande de 40 avions Airbus, avec des options sur 15 appareils supplémentaires."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "15", "aircraft/more");
        assert_keyed(&an, 1, "15", "aircraft/more");
    }

    #[test]
    fn a_bare_minute_and_a_tied_score_key_the_goal() {
        // Own sentences: the English report leaves "minute" out after the first goal and
        // tells the equaliser by the score it made; the French one names it.
        let texts = [
            dated("2026-10-11", "en", "Rennes beat Metz 2-1 on Sunday. Paulo Ferreira scored in the 12th minute, Jonas Weber made it 1-1 in the 40th and Ferreira scored again in the 85th minute."),
            dated("2026-10-11", "fr", "Rennes a battu Metz 2-1 dimanche. Paulo Ferreira a marqué à la 12e puis à la 85e minute, et Jonas Weber a égalisé à la 40e minute."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "40th", "nth/minute/weber/equaliser");
        assert_keyed(&an, 1, "40e", "nth/minute/weber/equaliser");
        // "à la 12e puis à la 85e minute": "puis" is no noun the minute counts.
        assert_keyed(&an, 1, "12e", "nth/minute/ferreira");
        // A bare ordinal after "in the" is no minute in a report that counts none.
        let texts = [dated(
            "2026-10-11",
            "en",
            "The festival, held in the 12th district, drew 4,000 visitors on Sunday.",
        )];
        let an = claims_of(&lettered(&texts));
        assert!(!concepts_at(&an, 0, "12th")
            .iter()
            .any(|c| c.starts_with("nth/minute")));
    }

    #[test]
    fn not_ruling_out_is_a_statement_on_its_own_day() {
        // Own sentences: the governor speaks on Thursday of a cut made on Wednesday; his day
        // is his statement's, not the cut's.
        let texts = [
            dated("2026-10-14", "fr", "La banque centrale a abaissé mercredi son taux directeur de 25 points de base, à 3 %."),
            dated("2026-10-15", "fr", "Le gouverneur de la banque centrale n'a pas exclu jeudi une nouvelle baisse des taux, au lendemain d'une réduction de 25 points de base du taux directeur, ramené à 3 %."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 1, "jeudi", "announce");
        assert!(!concepts_at(&an, 1, "jeudi").iter().any(|c| c == "rates"));
    }

    #[test]
    fn a_surname_alone_is_the_full_name_the_corpus_gives() {
        // Own sentences: one report gives the scorers' full names, the other their surnames
        // only, one of them opening its sentence.
        let texts = [
            dated("2026-10-04", "fr", "Nantes a battu Lens 2-1 samedi. Hugo Marchetti a ouvert le score à la 12e minute, puis Karim Oulad a égalisé à la 40e minute."),
            dated("2026-10-04", "fr", "Nantes s'est imposé samedi face à Lens (2-1). Marchetti a marqué à la 12e minute pour les Canaris, et Oulad a répondu à la 40e minute."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 1, "12e", "nth/minute/marchetti");
        // The scorer whichever way each report names him; the first also says which goal.
        assert_keyed(&an, 1, "40e", "nth/minute/oulad");
        assert_keyed(&an, 0, "40e", "nth/minute/oulad/equaliser");
    }

    #[test]
    fn a_city_something_is_given_to_is_no_place_of_the_story() {
        // A headline says where the event happened when it names a city after "à": not
        // after a verb of giving and its object.
        let headed = |lang: &str, title: &str, body: &str| {
            format!("+++\ndate = 2026-11-18\nlang = \"{lang}\"\n+++\n{title}\n\n{body}\n")
        };
        let texts = [
            headed("fr", "Madrid promet des missiles à Kiev", "Volodymyr Zelensky est arrivé mercredi à Madrid, où il a rencontré le chef du gouvernement espagnol."),
            headed("en", "Spain pledges missiles to Kyiv", "Volodymyr Zelensky arrived in Madrid on Wednesday to meet the Spanish prime minister."),
        ];
        let an = claims_of(&lettered(&texts));
        let places = |art: usize, w: &str| {
            written_as(&an, art, w)
                .filter(|c| c.key.aspect == Aspect::Place)
                .count()
        };
        assert_eq!(places(0, "Kiev"), 0);
        assert_eq!(places(1, "Kyiv"), 0);
        assert!(places(0, "Madrid") > 0);
        assert!(places(1, "Madrid") > 0);
    }

    #[test]
    fn a_part_of_what_was_sought_is_not_a_part_of_what_was_given() {
        // Own sentences: the sentence handed down and the one the prosecution asked for,
        // each with its part to be served.
        let texts = [
            dated("2026-12-03", "en", "A court in Lyon on Thursday sentenced the former mayor Paul Vernet to six years in prison, four of them to be served. Prosecutors had sought eight years, five of them without suspension."),
            dated("2026-12-03", "en", "The former mayor Paul Vernet was sentenced in Lyon on Thursday to six years in prison."),
        ];
        let an = claims_of(&lettered(&texts));
        let four = concepts_at(&an, 0, "four");
        let five = concepts_at(&an, 0, "five");
        assert!(five.iter().any(|c| c.ends_with("/part")), "{five:?}");
        assert!(four.iter().all(|c| !five.contains(c)), "{four:?} {five:?}");
        assert!(outliers_at(&lettered(&texts)).is_empty());
    }

    #[test]
    fn a_sum_before_last_year_counts_no_years() {
        let texts = [
            dated("2026-12-02", "en", "The two presidents met in Ankara on Wednesday and aim to raise trade to 40 billion dollars, from 25 billion last year."),
            dated("2026-12-02", "fr", "Les deux présidents se sont rencontrés mercredi à Ankara et veulent porter leurs échanges à 40 milliards de dollars, contre 25 milliards l'an dernier."),
        ];
        let an = claims_of(&lettered(&texts));
        let units = |art: usize, w: &str| -> Vec<Option<String>> {
            written_as(&an, art, w)
                .map(|c| c.key.unit.as_deref().map(str::to_string))
                .collect()
        };
        let en = units(0, "25 billion");
        assert!(en.contains(&Some("USD".to_string())), "{en:?}");
        assert!(!concepts_at(&an, 0, "25 billion")
            .iter()
            .any(|c| c.starts_with("years")));
    }

    #[test]
    fn a_french_town_named_like_an_overseas_capital_is_in_france() {
        // The gazetteer knows one Saint-Denis, Réunion's capital; the town north of Paris
        // is France all the same.
        let r = |lang: &str, body: &str| dated("2026-11-14", lang, body);
        let texts = [
            r("fr", "Le XV de France a battu l'Irlande samedi à Saint-Denis, devant 80 000 spectateurs."),
            r("en", "France beat Ireland 24-19 in Paris on Saturday in front of 80,000 fans."),
        ];
        assert!(
            outliers_at(&lettered(&texts)).is_empty(),
            "{:?}",
            outliers_at(&lettered(&texts))
        );
        let texts = [
            r("fr", "Le XV de France a battu l'Irlande samedi à Saint-Denis, devant 80 000 spectateurs."),
            r("en", "France beat Ireland 24-19 in Tokyo on Saturday in front of 80,000 fans."),
        ];
        assert!(!outliers_at(&lettered(&texts)).is_empty());
    }

    #[test]
    fn the_next_one_of_something_no_trigger_names_is_the_next_of_the_event_s_kind() {
        let texts = [
            dated("2026-11-05", "en", "Norway's central bank cut its policy rate to 3.75% on Thursday. Its next decision is due on December 17."),
            dated("2026-11-05", "fr", "La banque centrale norvégienne a abaissé jeudi son taux directeur à 3,75 %. Sa prochaine décision est attendue le 17 décembre."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "December 17", "next/rates");
        assert_keyed(&an, 1, "17 décembre", "next/rates");
        // A span of time after "next" names no next one.
        let texts = [dated("2026-11-05", "en", "Norway's central bank cut its policy rate to 3.75% on Thursday. Markets expect calm next week, before December 17.")];
        let an = claims_of(&lettered(&texts));
        assert!(concepts_at(&an, 0, "December 17").is_empty());
        // Nor does "prochain" after one ("le mois prochain").
        let texts = [dated("2026-11-05", "fr", "La banque centrale norvégienne a abaissé jeudi son taux directeur à 3,75 %. Le gouverneur sera entendu le mois prochain devant les députés, le 17 décembre.")];
        let an = claims_of(&lettered(&texts));
        let got = concepts_at(&an, 0, "17 décembre");
        assert!(!got.iter().any(|c| c == "next/rates"), "{got:?}");
    }

    #[test]
    fn minutes_and_seconds_behind_a_winner_are_a_gap_not_a_clock() {
        let texts = [dated("2026-03-08", "en", "Kenya's Amos Kiptoo won the Tokyo marathon on Sunday in 2:04:51, with Yohannes Tola second, 0:48 behind, and Daniel Mateo third at 1:12.")];
        let an = claims_of(&lettered(&texts));
        assert!(an.facts[0].times.is_empty(), "{:?}", an.facts[0].times);
        let seconds = |w: &str| -> Vec<f64> {
            written_as(&an, 0, w)
                .filter_map(|c| match c.value {
                    Value::Number { value, .. } => Some(value),
                    _ => None,
                })
                .collect()
        };
        assert!(seconds("0:48").contains(&48.0), "{:?}", seconds("0:48"));
        assert!(seconds("1:12").contains(&72.0), "{:?}", seconds("1:12"));
    }

    #[test]
    fn a_sum_is_keyed_by_the_revenue_or_profit_it_is_of() {
        let texts = [
            dated("2026-02-25", "en", "Carrefour said in Paris on Wednesday that quarterly revenue rose to $12.4 billion from $11.1 billion a year earlier. Net income reached $1.2 billion. It forecast revenue of $13 billion for the current quarter."),
            dated("2026-02-25", "fr", "Carrefour a annoncé mercredi à Paris un chiffre d'affaires de 12,4 milliards de dollars."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "12.4 billion", "measure/revenue");
        assert_keyed(&an, 1, "12,4 milliards de dollars", "measure/revenue");
        assert_keyed(&an, 0, "1.2 billion", "measure/profit");
        assert_keyed(&an, 0, "13 billion", "measure/revenue/forecast");
        let earlier = concepts_at(&an, 0, "11.1 billion");
        assert!(
            !earlier.iter().any(|c| c.starts_with("measure/revenue")),
            "{earlier:?}"
        );
    }

    #[test]
    fn a_code_alone_is_compared_with_the_codes_of_its_series() {
        let r = |lang: &str, body: &str| dated("2026-11-16", lang, body);
        let texts = [
            r("en", "Leaders gathered in Belém on Monday for the COP30 climate conference."),
            r("fr", "Les dirigeants se sont réunis lundi à Belém pour la COP30 sur le climat."),
            r("en", "The COP31 climate talks opened in Belém on Monday with leaders from every continent."),
            r("en", "Delegates arrived in Belém on Monday, decades after the COP3 adopted the Kyoto protocol."),
        ];
        let got = outliers_at(&lettered(&texts));
        assert!(got.contains(&(2, "COP31".to_string())), "{got:?}");
        // "COP3" is another of the series, written with fewer digits: no slip.
        assert!(!got.iter().any(|(_, w)| w == "COP3"), "{got:?}");
    }

    #[test]
    fn a_term_after_a_day_and_with_its_months_is_no_age() {
        let texts = [dated("2026-10-15", "fr", "L'ancien ministre Paul Renaud a été condamné jeudi à 12 ans et six mois de prison par la cour d'appel de Lyon.")];
        let an = claims_of(&lettered(&texts));
        let got = concepts_at(&an, 0, "12");
        assert!(got.iter().any(|c| c.starts_with("sentence/")), "{got:?}");
        assert!(!got.iter().any(|c| c.starts_with("age/")), "{got:?}");
    }

    #[test]
    fn the_toll_of_the_worst_hit_place_is_a_part_of_the_toll() {
        let texts = [
            dated("2026-10-14", "en", "Floods killed 60 people in northern Italy on Tuesday. Cuneo province was the hardest hit, with 35 deaths."),
            dated("2026-10-14", "fr", "Les inondations ont fait 60 morts mardi dans le nord de l'Italie. La province de Cuneo est la plus touchée, avec 35 morts."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "35", "dead/part/cuneo");
        assert_keyed(&an, 1, "35", "dead/part/cuneo");
        // A count further on is the whole's.
        let texts = [dated("2026-10-14", "en", "Floods hit northern Italy on Tuesday. Cuneo province was the hardest hit, and across the north 35 deaths were recorded.")];
        let an = claims_of(&lettered(&texts));
        let got = concepts_at(&an, 0, "35");
        assert!(!got.iter().any(|c| c.contains("/part/")), "{got:?}");
    }

    #[test]
    fn a_count_in_hospital_is_keyed_by_its_noun_and_the_hospital() {
        let texts = [
            dated("2026-05-12", "fr", "Un incendie a ravagé lundi une usine de Lille, où 85 ouvriers travaillaient. Onze ouvriers ont été hospitalisés."),
            dated("2026-05-12", "en", "A fire gutted a factory in Lille on Monday, where 85 workers were on shift. Eleven workers were taken to hospital."),
        ];
        let an = claims_of(&lettered(&texts));
        let got = concepts_at(&an, 0, "Onze");
        assert!(got.iter().any(|c| c.ends_with("/hospitalised")), "{got:?}");
        let got = concepts_at(&an, 1, "Eleven");
        assert!(got.iter().any(|c| c.ends_with("/hospitalised")), "{got:?}");
        // The workforce is no count of the hospitalised.
        let got = concepts_at(&an, 0, "85");
        assert!(!got.iter().any(|c| c.contains("hospitalised")), "{got:?}");
    }

    #[test]
    fn a_day_planned_at_a_city_is_keyed_by_the_city() {
        let texts = [
            dated("2026-05-12", "fr", "Les ministres se sont réunis lundi à Rome. Ils se retrouveront le 28 mai à Vienne."),
            dated("2026-05-12", "en", "The ministers met in Rome on Monday. They will meet again in Vienna on May 28."),
        ];
        let an = claims_of(&lettered(&texts));
        let fr = concepts_at(&an, 0, "28 mai");
        let en = concepts_at(&an, 1, "May 28");
        let plan = fr
            .iter()
            .find(|c| c.starts_with("plan/#"))
            .expect("keyed by the city");
        assert!(en.contains(plan), "{fr:?} {en:?}");
        // The meeting's own day is not.
        assert!(!concepts_at(&an, 0, "lundi")
            .iter()
            .any(|c| c.starts_with("plan/")));
    }

    #[test]
    fn a_goal_minute_is_keyed_by_its_scorer_and_which_goal_it_was() {
        let texts = [
            dated("2026-04-12", "fr", "Lyon a battu Lens 2-1 samedi à Lyon. Alexandre Lacazette a ouvert le score à la 12e minute, avant que Florian Sotoca n'égalise. Alexandre Lacazette a offert la victoire à la 88e minute."),
            dated("2026-04-12", "en", "Lyon beat Lens 2-1 in Lyon on Saturday. Alexandre Lacazette struck the winner in the 88th minute after Florian Sotoca had levelled."),
        ];
        let an = claims_of(&lettered(&texts));
        assert_keyed(&an, 0, "12e", "nth/minute/lacazette/opener");
        assert_keyed(&an, 0, "88e", "nth/minute/lacazette/winner");
        assert_keyed(&an, 1, "88th", "nth/minute/lacazette/winner");
    }

    #[test]
    fn a_day_planned_at_a_city_is_keyed_once_by_the_city_whatever_the_verb() {
        // Reported speech puts the plan in the conditional; the day to come is the city's.
        let an = claims_of(&lettered(&[
            dated("2026-12-01", "fr", "Selon le Kremlin, les deux ministres se rencontreraient à Budapest le 10 décembre."),
            dated("2026-12-02", "en", "The two ministers will meet in Budapest on December 10, the Kremlin said."),
        ]));
        for (art, day) in [(0, "10 décembre"), (1, "December 10")] {
            let got = concepts_at(&an, art, day);
            assert!(
                got.iter().all(|c| c.starts_with("plan/#")) && !got.is_empty(),
                "{day}: {got:?}"
            );
        }
    }

    #[test]
    fn a_count_with_which_someone_did_something_is_the_doers() {
        // "With": the subject's points, not the object's; a given name written alone in a
        // quote is no family name.
        let an = claims_of(&lettered(&[
            dated("2026-12-06", "en", "Ivo Randal led the Kelso Vantars with 28 points as the Hawks beat them 101-96 on Saturday."),
            dated("2026-12-06", "fr", "Marek Dolanski écrase les Ospreys avec 41 points samedi. « Marek a été immense », a dit son entraîneur."),
            dated("2026-12-06", "en", "Marek Dolanski had 15 rebounds on Saturday as the Hawks improved to 17-5."),
        ]));
        // A season's record counts wins and losses, as "17 victoires pour 5 défaites" does.
        assert_keyed(&an, 2, "17", "wins");
        assert_keyed(&an, 2, "5", "losses");
        assert_keyed(&an, 2, "15", "rebounds/dolanski");
        assert_keyed(&an, 0, "28", "points/randal");
        assert_keyed(&an, 0, "101", "score");
        assert_keyed(&an, 1, "41", "points/dolanski");
    }

    #[test]
    fn an_addition_is_read_past_a_models_code_in_either_language() {
        let an = claims_of(&lettered(&[
            dated("2026-12-03", "fr", "Donald Trump a annoncé jeudi que l'Italie achètera 24 avions de combat F-35 supplémentaires."),
            dated("2026-12-03", "fr", "Donald Trump a annoncé jeudi que l'Italie achètera 24 avions de plus."),
            dated("2026-12-03", "en", "Donald Trump said on Thursday that Italy will buy 24 more F-35 fighter jets."),
        ]));
        for art in 0..3 {
            assert_keyed(&an, art, "24", "aircraft/more");
        }
    }
}

//! Dates: absolute ("mercredi 4 février 2026", "February 4, 2026", "04/02/2026"), partial
//! ("15 juillet", "février 2022", "en septembre"), ranges ("du 20 au 22 mars") and relative
//! ("mercredi", "hier", "l'an dernier", "premier semestre de l'année"), each resolved against
//! the article's publication date when one is needed.
//!
//! A focused grammar over the calendar lexicon (`rules/lexicon/time.toml`) rather than
//! `duckling`: duckling measured about 2 ms a sentence and reads "ete" in "s'était" as summer;
//! this runs a handful of regexes per block.

use crate::corpus::Article;
use crate::finding::Span;
use crate::lexicon::{Calendar, Lexicons};
use crate::text::fold;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Regex};
use serde::Serialize;
use std::sync::OnceLock;

/// How precise a resolved date is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// One day.
    Day,
    /// Several days ("du 20 au 22 mars").
    Range,
    /// A week.
    Week,
    /// A month.
    Month,
    /// Half a year.
    Half,
    /// A year.
    Year,
}

/// How the date was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateForm {
    /// Day, month and year written out.
    Absolute,
    /// Some parts missing ("15 juillet", "en septembre").
    Partial,
    /// Only meaningful against the publication date ("mercredi", "hier").
    Relative,
}

/// A date found in an article.
#[derive(Debug, Clone, Serialize)]
pub struct DateFact {
    /// Bytes into the article.
    pub span: Span,
    /// How it was written.
    pub form: DateForm,
    /// Year as written.
    pub year: Option<i32>,
    /// Month as written (1–12).
    pub month: Option<u32>,
    /// Day as written.
    pub day: Option<u32>,
    /// The weekday written next to it, and where.
    #[serde(skip)]
    pub weekday: Option<(Weekday, Span)>,
    /// For a range, its last day as written ("du 20 au 22 mars": 22).
    #[serde(skip)]
    pub last_day: Option<u32>,
    /// For a range, the weekday written before its last day ("du vendredi 8 au samedi 9
    /// septembre": samedi), and where; `weekday` holds the first day's.
    #[serde(skip)]
    pub last_weekday: Option<(Weekday, Span)>,
    /// For a range over two months, the first month ("du 28 février au 2 mars": 2).
    #[serde(skip)]
    pub first_month: Option<u32>,
    /// Resolved first day.
    pub start: Option<NaiveDate>,
    /// Resolved last day.
    pub end: Option<NaiveDate>,
    /// Precision of the resolved value.
    pub precision: Precision,
    /// True when a part came from the publication date rather than the text.
    pub from_context: bool,
    /// True when the year came from the corpus's publication period: the article has no
    /// date and writes no year (see `Article::period`).
    pub from_corpus: bool,
}

impl DateFact {
    /// The resolved value as text: `2026-02-04`, `2026-02`, `2026-H1`, `2026`, or a range.
    pub fn value(&self) -> Option<String> {
        let s = self.start?;
        let e = self.end.unwrap_or(s);
        Some(match self.precision {
            Precision::Day => s.to_string(),
            Precision::Month => format!("{:04}-{:02}", s.year(), s.month()),
            Precision::Half => format!("{}-H{}", s.year(), if s.month() <= 6 { 1 } else { 2 }),
            Precision::Year => s.year().to_string(),
            Precision::Range | Precision::Week => format!("{s}/{e}"),
        })
    }
    /// True when the two resolved periods cannot be the same time.
    pub fn disjoint(&self, other: &DateFact) -> bool {
        match (self.start, self.end, other.start, other.end) {
            (Some(a), Some(b), Some(c), Some(d)) => b < c || d < a,
            _ => false,
        }
    }
}

/// The date relative expressions are read against.
#[derive(Debug, Clone, Copy)]
pub struct Anchor {
    /// The date.
    pub date: NaiveDate,
    /// False when only the month is known.
    pub day_known: bool,
}

struct Grammar {
    fr_day: Regex,
    en_day_first: Regex,
    en_month_first: Regex,
    fr_range: Regex,
    en_range: Regex,
    en_range_month_first: Regex,
    fr_month_year: Regex,
    en_month_year: Regex,
    fr_month_alone: Regex,
    en_month_alone: Regex,
    numeric: Regex,
    iso: Regex,
    fr_weekday: Regex,
    en_weekday: Regex,
    relative: Regex,
    year: Regex,
    /// Holidays on a fixed day (`[[holiday]]` in `rules/lexicon/time.toml`).
    holiday: Regex,
}

fn alternation(names: &[Vec<String>]) -> String {
    let mut all: Vec<String> = names.iter().flatten().map(|n| regex::escape(n)).collect();
    all.sort_by_key(|s| std::cmp::Reverse(s.len()));
    all.join("|")
}

fn grammar() -> &'static Grammar {
    static G: OnceLock<Grammar> = OnceLock::new();
    G.get_or_init(|| {
        let lex = Lexicons::get();
        let frm = alternation(&lex.fr.months);
        let enm = alternation(&lex.en.months);
        let frw = lex.fr.weekdays.join("|");
        let enw = lex.en.weekdays.join("|");
        let b = r"(?-u:\b)";
        // A part of the day may stand between the weekday and its date ("Friday evening,
        // March 22", "vendredi soir 22 mars").
        // A night or a span "de dimanche 10 à lundi 11 septembre" is a range as "du 10 au 11
        // septembre" is. A weekday may stand before its date in brackets: "on Thursday (May
        // 16)". A single
        // day up to 39 is read ("le 32 juin", "June 33"), for `date/impossible-date` to report.
        let r = |s: String| Regex::new(&s).expect("date grammar compiles");
        Grammar {
            fr_day: r(format!(
                r"(?i){b}(?:(?P<wd>{frw})(?:\s+(?:matin|midi|après-midi|soir))?,?\s+\(?)?(?P<day>1er|[12]?\d|3\d){b}\s+(?P<month>{frm})(?:\s+(?P<year>\d{{4}}){b})?"
            )),
            en_day_first: r(format!(
                r"{b}(?:(?P<wd>{enw})(?:\s+(?:morning|afternoon|evening|night))?,?\s+\(?)?(?:the\s+)?(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{enm})(?:,?\s+(?P<year>\d{{4}}){b})?"
            )),
            en_month_first: r(format!(
                r"{b}(?:(?P<wd>{enw})(?:\s+(?:morning|afternoon|evening|night))?,?\s+\(?)?(?P<month>{enm})\s+(?P<day>[12]?\d|3\d)(?:st|nd|rd|th)?{b}(?:,?\s+(?P<year>\d{{4}}){b})?"
            )),
            fr_range: r(format!(
                r"(?i){b}(?:du|les|entre le|de)\s+(?:(?P<wd1>{frw})\s+)?(?P<d1>1er|[12]?\d|3[01])(?:\s+(?P<m1>{frm}))?(?:\s*[-–]\s*|\s+(?:au|et|à)\s+)(?:(?P<wd2>{frw})\s+)?(?P<d2>[12]?\d|3[01])\s+(?P<month>{frm})(?:\s+(?P<year>\d{{4}}){b})?"
            )),
            en_range: r(format!(
                r"{b}(?:[Ff]rom\s+)?(?:(?P<wd1>{enw})\s+)?(?P<d1>[12]?\d|3[01])(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and|through)\s+)(?:(?P<wd2>{enw})\s+)?(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?P<month>{enm})(?:,?\s+(?P<year>\d{{4}}){b})?"
            )),
            en_range_month_first: r(format!(
                r"{b}(?P<month>{enm})\s+(?P<d1>[12]?\d|3[01])(?:st|nd|rd|th)?(?:\s*[-–]\s*|\s+(?:to|and|through)\s+)(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th)?{b}(?:,?\s+(?P<year>\d{{4}}){b})?"
            )),
            fr_month_year: r(format!(r"(?i){b}(?P<month>{frm})\s+(?P<year>\d{{4}}){b}")),
            en_month_year: r(format!(r"{b}(?P<month>{enm}),?\s+(?P<year>\d{{4}}){b}")),
            fr_month_alone: r(format!(
                r"(?i){b}(?:en|début|fin|mi-|courant|depuis|d'|d’|de|au mois de)\s*(?P<month>{frm}){b}(?P<last>\s+dernier)?"
            )),
            en_month_alone: r(format!(r"{b}(?:in|since|early|late|mid-|last|next|this)\s*(?P<month>{enm}){b}")),
            numeric: r(format!(r"{b}(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d{{4}}){b}")),
            iso: r(format!(r"{b}(?P<year>\d{{4}})-(?P<month>[01]\d)-(?P<day>[0-3]\d){b}")),
            fr_weekday: r(format!(r"(?i){b}(?P<wd>{frw}){b}")),
            en_weekday: r(format!(r"{b}(?P<wd>{enw}){b}")),
            relative: r(format!(
                r"(?i){b}(?P<rel>avant-hier|hier|demain|l['’]an dernier|l['’]an passé|l['’]année dernière|l['’]année passée|cette année|l['’]an prochain|l['’]année prochaine|la semaine dernière|la semaine passée|la semaine prochaine|le mois dernier|le mois prochain|yesterday|tomorrow|last year|this year|next year|last week|next week|last month|next month)(?-u:\b)|{b}(?P<half>premier|second|deuxième|1er|2e|first|second)\s+(?:semestre|half)(?:\s+(?:de l['’]année|de cette année|of the year|of this year|(?:de\s+|of\s+)?(?P<hy>\d{{4}}))(?-u:\b))?|(?i){b}(?:d['’]ici|within|in the next)\s+(?P<within>\d{{1,3}})\s+(?:jours|days){b}"
            )),
            year: r(format!(r"{b}(?P<year>1[89]\d\d|20\d\d){b}")),
            // Folded names of the lexicon, matched on the text as written: accents and case
            // may differ ("jour de Noel", "new year's day"), apostrophes too.
            holiday: r(format!(
                r"(?i){b}(?P<hol>{}){b}",
                lex.holidays
                    .iter()
                    .map(|(n, _, _)| {
                        n.chars()
                            .map(|c| match c {
                                '\'' | '’' => "['’]".to_string(),
                                '-' | ' ' => r"[-\s]".to_string(),
                                'e' => "[eéèêë]".to_string(),
                                c => regex::escape(&c.to_string()),
                            })
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            )),
        }
    })
}

fn wd_from(i: u32) -> Weekday {
    Weekday::try_from(i as u8).unwrap_or(Weekday::Mon)
}

/// The calendar of the article's language for bare weekdays and tense cues (French default).
fn calendar_for(a: &Article) -> &'static Calendar {
    let lex = Lexicons::get();
    if a.lang == crate::lang::Lang::En {
        &lex.en
    } else {
        &lex.fr
    }
}

fn month_of(name: &str) -> Option<u32> {
    let lex = Lexicons::get();
    lex.fr.month(name).or_else(|| lex.en.month(name))
}

fn weekday_of(name: &str) -> Option<Weekday> {
    let lex = Lexicons::get();
    lex.fr
        .weekday(name)
        .or_else(|| lex.en.weekday(name))
        .map(wd_from)
}

fn day_of(s: &str) -> Option<u32> {
    if s.eq_ignore_ascii_case("1er") {
        Some(1)
    } else {
        s.parse().ok()
    }
}

/// True when the date comes right after a verb in the past ("Modi, arrivé vendredi au Japon,
/// se rendra samedi à Sendai", "said on Monday he will"): that day is past, whatever
/// future the rest of the sentence speaks of.
/// True when `s[i..i + len]` starts and ends on word boundaries.
fn phrase_at_word_bounds(s: &str, i: usize, len: usize) -> bool {
    !s[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !s[i + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

fn after_past_verb(a: &Article, at: Span, cal: &Calendar) -> bool {
    let before =
        &a.text[crate::text::floor_boundary(&a.text, at.start().saturating_sub(120))..at.start()];
    let words = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .rev()
        .skip_while(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "le" | "ce" | "on" | "this" | "last" | "dernier" | "des" | "dès"
            )
        });
    // "arrived in Tokyo on Thursday", "won the snap parliamentary election on Sunday": the verb
    // may stand several words back, in the clause, unless a future stands between.
    let clause_start = before.rfind([',', ';', '.', ':']).map_or(0, |i| i + 1);
    // "Toulouse opened their campaign with a 31-24 win over Leinster on Saturday": the
    // clause's verb may stand ten words back.
    let words: Vec<&str> = words.take(12).collect();
    let in_clause = before[clause_start..].split_whitespace().count();
    // "Après avoir conclu lundi un accord", "il a reçu jeudi": a participle right after an
    // auxiliary of the past, whatever its ending ("-é" alone is read further down), and
    // whatever future the clause holds further back ("détiendra 60 % après avoir conclu").
    if a.lang == crate::lang::Lang::Fr && in_clause >= 2 {
        if let [participle, auxiliary, ..] = words.as_slice() {
            if french_compound_past(&participle.to_lowercase(), &auxiliary.to_lowercase()) {
                return true;
            }
        }
    }
    // "He is expected to visit affected areas on Thursday": a future in the clause governs
    // it, however near a past form ("affected") stands to the day.
    if words
        .iter()
        .take(in_clause)
        .any(|w| cal.is_forward_as_written(w))
    {
        return false;
    }
    // "A vote could be held as early as Saturday": a phrase of the future ("be held", "as
    // early as") governs the day, whatever participle it holds.
    let clause = format!(" {} ", crate::text::fold(&before[clause_start..]));
    if cal.forward.iter().any(|f| {
        f.contains(' ')
            && clause
                .match_indices(f.as_str())
                .any(|(i, _)| phrase_at_word_bounds(&clause, i, f.len()))
    }) {
        return false;
    }
    for (k, w) in words.into_iter().take(in_clause).enumerate() {
        let w = w.to_lowercase();
        if cal.is_forward_as_written(&w) {
            return false;
        }
        // A French participle right before the day ("arrivé vendredi"); further back, "-é"
        // ends nouns as often ("le traité expire jeudi").
        let participle = k == 0
            && w.chars().count() > 4
            && (w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées"));
        if participle || is_english_past(&w) {
            return true;
        }
    }
    // "a court in Paris on Thursday handed him a sentence": the verb right after the day.
    let after = &a.text[at.end()..crate::text::floor_boundary(&a.text, at.end() + 30)];
    // "Sa dispute avec Trump, vendredi, qui a écourté sa visite", "the clash on Friday,
    // which cut short his visit", "a call on Tuesday that lasted an hour": a past relative
    // clause hangs on the day's phrase, whatever future the rest of the sentence holds.
    {
        let rest = after.trim_start();
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let w: Vec<String> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .take(2)
            .map(str::to_lowercase)
            .collect();
        if let [rel, verb] = w.as_slice() {
            if (rel == "qui" && matches!(verb.as_str(), "a" | "avait" | "ont" | "avaient"))
                || (matches!(rel.as_str(), "which" | "who" | "that") && is_english_past(verb))
            {
                return true;
            }
        }
    }
    after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| matches!(w.as_str(), "morning" | "afternoon" | "evening" | "night"))
        .take(1)
        .any(|w| is_english_past(&w))
}

/// True for a French participle after an auxiliary of the past: "a conclu", "avoir pris",
/// "ont ouvert", "s'est rendu". Not the future perfect ("aura signé"), and not "a lieu",
/// which says when something takes place, to come as often as not.
pub(crate) fn french_compound_past(participle: &str, auxiliary: &str) -> bool {
    const AUXILIARY: &[&str] = &[
        "a",
        "ont",
        "avait",
        "avaient",
        "avoir",
        "ayant",
        "eu",
        "n'a",
        "n'ont",
        "n'avait",
        "l'a",
        "l'ont",
        "l'avait",
        "s'est",
        "s'était",
        "s'étaient",
    ];
    let auxiliary = auxiliary.replace('’', "'");
    AUXILIARY.contains(&auxiliary.as_str()) && french_participle(participle)
}

/// True when the sentence of the day at `at` tells of the past before it, with no word of
/// the future: "Real Madrid moved five points clear with a win over Barcelona on Sunday",
/// "l'attaquant a permis au Real de s'imposer dimanche soir". Read only where a weekday
/// alone would otherwise take the day to come that the article writes in full.
fn past_in_sentence(a: &Article, at: Span, cal: &Calendar) -> bool {
    let Some(s) = a.seg.sentence_at(at) else {
        return false;
    };
    let before = &a.text[a.seg.sentences[s].span.start().min(at.start())..at.start()];
    let words: Vec<String> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|w| cal.is_forward_as_written(w)) {
        return false;
    }
    match a.lang {
        crate::lang::Lang::Fr => words.windows(2).any(|w| french_compound_past(&w[1], &w[0])),
        _ => words.iter().any(|w| is_english_past(w)),
    }
}

/// True for a lower-case French word, accents kept, that ends as a past participle does
/// ("signé", "conclu", "pris", "ouverte", "atteint"). Not "lieu" ("a lieu").
pub(crate) fn french_participle(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "é", "ée", "és", "ées", "i", "ie", "is", "ies", "it", "ite", "its", "u", "ue", "us", "ues",
        "ert", "erte", "erts", "int", "inte", "ints",
    ];
    word.chars().count() > 1 && word != "lieu" && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// An English verb in the past tense: a regular "-ed" form or a common irregular one.
fn is_english_past(w: &str) -> bool {
    (w.chars().count() > 4 && w.ends_with("ed"))
        || matches!(
            w,
            "died"
                | "tied"
                | "said"
                | "told"
                | "met"
                | "held"
                | "left"
                | "began"
                | "spoke"
                | "came"
                | "went"
                | "flew"
                | "stole"
                | "broke"
                | "struck"
                | "hit"
                | "made"
                | "gave"
                | "took"
                | "found"
                | "won"
                | "lost"
                | "led"
                | "ran"
                | "fell"
                | "rose"
                | "sank"
                | "shot"
                | "fought"
                | "sent"
                | "beat"
                | "chose"
                | "drew"
                | "fled"
                | "paid"
                | "sold"
                | "stood"
                | "swore"
                | "wrote"
                | "saw"
                | "became"
                | "brought"
                | "caught"
                | "knew"
                | "shook"
                | "wore"
                | "woke"
        )
}

/// True when the date at `span` is a wire dateline's ("MANILA, Oct 21 (Reuters) -",
/// "MOSCOW, November 12.", "KERRVILLE, Texas, July 7", "Oct 29 (Reuters) -"): a place in
/// capitals (then its state or country, as written) and a comma open its block before it, or
/// it opens its block before the agency's name. It
/// dates the dispatch, not what the dispatch reports.
pub(crate) fn in_dateline(a: &Article, span: Span) -> bool {
    let Some(block) = a.block_at(span) else {
        return false;
    };
    let before = a.text[block.span.start()..span.start()].trim_end();
    // "Oct 29 (Reuters) -": a dateline with no place, the agency's name after the date.
    if before.is_empty() {
        let after = a.text[span.end()..block.span.end()].trim_start();
        return after.strip_prefix('(').is_some_and(|rest| {
            rest.find(')').is_some_and(|close| {
                close <= 30
                    && rest[..close].starts_with(char::is_uppercase)
                    && rest[close + 1..].trim_start().starts_with(['-', '–', '—'])
            })
        });
    }
    let Some(place) = before.strip_suffix(',') else {
        return false;
    };
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    // "KERRVILLE, Texas, July 7": the city in capitals, then its state or country as
    // written in the text.
    let mut parts = place.split(',');
    let city = parts.next().unwrap_or("");
    (3..=40).contains(&letters)
        && place.len() <= 60
        && city.chars().any(char::is_alphabetic)
        && city
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
        && parts.all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (1..=3).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
}

/// True when a date follows "depuis" or "since": the start of a period that runs on ("la
/// troisième journée depuis septembre", "the highest since 2010"), not the day of a happening.
pub(crate) fn after_since(a: &Article, at: Span) -> bool {
    // The date's own span may open on the word ("since September").
    let first = fold(a.slice(at));
    // "depuis le 2 mars": an article may stand between.
    let from = crate::text::floor_boundary(&a.text, at.start().saturating_sub(16));
    let before = fold(&a.text[from..at.start()]);
    let mut words = before.split_whitespace().rev();
    let since = |w: Option<&str>| matches!(w, Some("depuis" | "since"));
    let last = words.next();
    since(last)
        || (matches!(last, Some("le" | "the")) && since(words.next()))
        || matches!(first.split_whitespace().next(), Some("depuis" | "since"))
}

/// True when a date after "since" or "depuis" is the bound of a record the clause states
/// ("the deadliest air disaster since November 2001", "la pire crue depuis 1910"): the day of
/// an older happening the news is compared with, not one the sentence reports.
pub(crate) fn since_record(a: &Article, at: Span) -> bool {
    const RECORD: &[&str] = &[
        "deadliest",
        "worst",
        "largest",
        "biggest",
        "highest",
        "lowest",
        "strongest",
        "heaviest",
        "first",
        "pire",
        "premier",
        "premiere",
        "record",
    ];
    if !after_since(a, at) {
        return false;
    }
    let s = a
        .seg
        .sentence_at(at)
        .map_or(at, |i| a.seg.sentences[i].span);
    let before = fold(&a.text[s.start().min(at.start())..at.start()]);
    let clause = &before[before.rfind([';', ':', '(']).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let from = words.len().saturating_sub(12);
    // "Plus" and "most" make a superlative after an article only ("la crue la plus
    // meurtrière", "the most severe"), not in "d'autant plus importante".
    // Nor is "le Premier ministre" a first.
    words[from..].iter().enumerate().any(|(i, w)| {
        (RECORD.contains(w)
            && !words
                .get(i + from + 1)
                .is_some_and(|n| matches!(*n, "ministre" | "minister" | "lady")))
            || (matches!(*w, "plus" | "most")
                && i + from > 0
                && matches!(words[i + from - 1], "le" | "la" | "les" | "the"))
    })
}

/// True when "jusqu'à", "until" or "till" stands right before a date: the end of something
/// under way ("qui se tient jusqu'à dimanche", "runs until Sunday").
pub(crate) fn after_until(a: &Article, at: Span) -> bool {
    matches!(
        word_before(a, at).as_str(),
        "jusqu'a" | "jusqu’a" | "until" | "till"
    )
}

/// The folded word right before a span (within 12 bytes).
fn word_before(a: &Article, at: Span) -> String {
    let from = crate::text::floor_boundary(&a.text, at.start().saturating_sub(12));
    let before = fold(&a.text[from..at.start()]);
    before.split_whitespace().last().unwrap_or("").to_string()
}

/// True for the day a day of mourning is declared for: "declared Thursday a day of national
/// mourning", "a day of mourning on Thursday", "une journée de deuil national jeudi". It is
/// declared for a day to come, whatever the tense of the verb that declares it.
pub(crate) fn a_day_of_mourning(a: &Article, at: Span) -> bool {
    static AFTER: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    static BEFORE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let raw_after = &a.text[at.end()..crate::text::floor_boundary(&a.text, at.end() + 48)];
    let from = crate::text::floor_boundary(&a.text, at.start().saturating_sub(48));
    let raw_before = &a.text[from..at.start()];
    // Read for every date: folded only where the words can be.
    let near = |s: &str| s.contains("mourning") || s.contains("deuil");
    if !near(raw_after) && !near(raw_before) {
        return false;
    }
    let (after, before) = (fold(raw_after), fold(raw_before));
    AFTER
        .get_or_init(|| {
            regex::Regex::new(
                r"^\s*(?:as\s+)?(?:an?\s+)?(?:(?:national|official)\s+)?days?\s+of\s+(?:(?:national|official)\s+)?mourning\b|^\s*(?:comme\s+)?(?:une?\s+)?(?:journee|jour)\s+de\s+deuil\b",
            )
            .expect("the pattern compiles")
        })
        .is_match(&after)
        || BEFORE
            .get_or_init(|| {
                regex::Regex::new(
                    r"(?:days?\s+of\s+(?:national\s+)?mourning|(?:journee|jour)\s+de\s+deuil(?:\s+national)?)\s+(?:(?:on|for|le|pour)\s+)?$",
                )
                .expect("the pattern compiles")
            })
            .is_match(&before)
}

pub(crate) fn speaks_of_future(a: &Article, at: Span) -> bool {
    points_forward(a, at, calendar_for(a))
}

/// True when a word of the future stands in the clause before `at` ("Zelensky attendu à
/// Londres", "will travel to Rome"): what `at` names is still to come. A future further on
/// ("arrivé à Ottawa, où il effectuera une visite") is another clause's.
pub(crate) fn future_before(a: &Article, at: Span) -> bool {
    let s = a
        .seg
        .sentence_at(at)
        .map_or(at, |i| a.seg.sentences[i].span);
    let before = &a.text[s.start().min(at.start())..at.start()];
    let clause = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
    let cal = calendar_for(a);
    clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty() && !w.starts_with(char::is_uppercase))
        .any(|w| cal.is_forward_as_written(w))
}

fn points_forward(a: &Article, at: Span, cal: &Calendar) -> bool {
    if after_until(a, at) || a_day_of_mourning(a, at) {
        return true;
    }
    if after_past_verb(a, at, cal) {
        return false;
    }
    let s = a
        .seg
        .sentence_at(at)
        .map_or(at, |i| a.seg.sentences[i].span);
    // "Au terme du scrutin de lundi", "after Monday's vote": a day that qualifies a noun
    // carries no tense of its own; a future elsewhere in the sentence ("les libéraux
    // formeront un gouvernement, au terme du scrutin de lundi") is not its. Only a future
    // in its own clause makes it a day to come.
    let nominal = {
        let before = a.text[s.start().min(at.start())..at.start()].trim_end();
        let after = &a.text[at.end()..s.end().max(at.end())];
        before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| matches!(w, "de" | "du"))
            || after.starts_with("'s")
            || after.starts_with("’s")
    };
    let s = if nominal {
        let before = &a.text[s.start().min(at.start())..at.start()];
        let from = before
            .rfind([',', ';', '('])
            .map_or(s.start(), |i| s.start() + i + 1);
        let after = &a.text[at.end()..s.end().max(at.end())];
        let to = after
            .find([',', ';', ')'])
            .map_or(s.end(), |i| at.end() + i);
        Span::new(from, to)
    } else {
        s
    };
    let original = a.slice(s);
    let text = fold(original);
    // Word by word on the text as written: a capitalised word is a name, not a verb in the
    // future ("Narendra" ends like "rendra").
    // "N'a pas attendu", "avait attendu": a word of the future after an auxiliary is a
    // past form.
    let words: Vec<&str> = original
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        !w.starts_with(char::is_uppercase)
            && cal.is_forward_as_written(w)
            && !(i > 0
                && matches!(
                    fold(words[i - 1]).as_str(),
                    "a" | "ont" | "avait" | "avaient" | "pas" | "n'a" | "n'ont" | "n'avait"
                ))
            && (!counts_rather_than_intends(w) || words.get(i + 1).is_some_and(|n| infinitive(n)))
    }) || cal
        .forward
        .iter()
        .any(|f| f.contains(' ') && text.contains(f.as_str()))
}

/// "Compter" intends only before an infinitive ("il compte se rendre jeudi"); before a number
/// or a noun it counts ("les Pays-Bas comptent 193 victimes du vol abattu jeudi").
fn counts_rather_than_intends(w: &str) -> bool {
    matches!(fold(w).as_str(), "compte" | "comptent")
}

/// True for a French word shaped as an infinitive, or a reflexive pronoun before one.
fn infinitive(w: &str) -> bool {
    let f = fold(w);
    matches!(f.as_str(), "se" | "s'" | "y" | "en")
        || f.starts_with("s'")
        || (f.len() > 3 && (f.ends_with("er") || f.ends_with("ir") || f.ends_with("re")))
}

struct Raw {
    span: Span,
    fact: DateFact,
}

fn blank(span: Span, form: DateForm) -> DateFact {
    DateFact {
        span,
        form,
        year: None,
        month: None,
        day: None,
        weekday: None,
        last_day: None,
        last_weekday: None,
        first_month: None,
        start: None,
        end: None,
        precision: Precision::Day,
        from_context: false,
        from_corpus: false,
    }
}

fn cap_span(c: &Captures, name: &str, base: usize) -> Option<Span> {
    c.name(name)
        .map(|m| Span::new(base + m.start(), base + m.end()))
}

/// Extracts every date of an article, resolved where possible.
pub fn extract(a: &Article) -> Vec<DateFact> {
    let mut raws: Vec<Raw> = Vec::new();
    let blocks: Vec<Span> = a
        .blocks
        .iter()
        .filter(|b| b.kind.is_content() || b.kind == crate::corpus::BlockKind::Caption)
        .map(|b| b.span)
        .collect();
    for &bs in &blocks {
        let found = BLOCK_DATES.get_or(a.slice(bs), || scan_block(a.slice(bs)));
        let base = bs.start();
        raws.extend(found.iter().map(|r| {
            let mut fact = r.fact.clone();
            fact.span = fact.span.shifted(base);
            for (_, s) in fact.weekday.iter_mut().chain(fact.last_weekday.iter_mut()) {
                *s = s.shifted(base);
            }
            Raw {
                span: r.span.shifted(base),
                fact,
            }
        }));
    }
    raws.sort_by_key(|r| r.span.start);
    let mut facts: Vec<DateFact> = raws.into_iter().map(|r| r.fact).collect();
    resolve(a, &mut facts);
    facts
}

/// Dates of every article, per distinct paragraph (see [`crate::text::memo`]).
static BLOCK_DATES: crate::text::memo::Memo<Vec<Raw>> = crate::text::memo::Memo::new();

/// The dates the grammar matches in one paragraph, with spans from its start: a function of
/// the text alone, so that wire copy is scanned once.
fn scan_block(text: &str) -> Vec<Raw> {
    let g = grammar();
    let mut raws: Vec<Raw> = Vec::new();
    // The bytes earlier patterns took, by start: disjoint, so the one starting last before
    // a span's end is the only one that may overlap it. A scan of a list was quadratic on a
    // 30 MB paragraph of dates.
    let mut taken: std::collections::BTreeMap<usize, Span> = std::collections::BTreeMap::new();
    let free = |taken: &std::collections::BTreeMap<usize, Span>, s: Span| {
        !taken
            .range(..s.end())
            .next_back()
            .is_some_and(|(_, t)| t.overlaps(s))
    };
    let base = 0;
    // Every form but month names, weekdays and relative words holds a digit: a paragraph
    // without one (most of them) skips those scans.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    // Longest forms first; a later pattern never takes bytes an earlier one took.
    for (re, kind) in [
        (&g.fr_range, 'r'),
        (&g.en_range, 'r'),
        (&g.en_range_month_first, 'r'),
        (&g.fr_day, 'd'),
        (&g.en_day_first, 'd'),
        (&g.en_month_first, 'd'),
        (&g.numeric, 'n'),
        (&g.iso, 'n'),
        (&g.fr_month_year, 'm'),
        (&g.en_month_year, 'm'),
        (&g.fr_month_alone, 'a'),
        (&g.en_month_alone, 'a'),
        (&g.holiday, 'h'),
        (&g.relative, 'x'),
        (&g.fr_weekday, 'w'),
        (&g.en_weekday, 'w'),
        (&g.year, 'y'),
    ] {
        if !digits && matches!(kind, 'r' | 'd' | 'n' | 'm' | 'y') {
            continue;
        }
        for c in re.captures_iter(text) {
            let m = c.get(0).expect("whole match");
            let span = Span::new(base + m.start(), base + m.end());
            if !free(&taken, span) {
                continue;
            }
            // "1800 milliards de dollars", "$2026": a quantity, not a year; "(1930 GMT)": a
            // time of day, as agencies write it.
            if kind == 'y'
                && (crate::extract::figures::quantity_follows(&text[m.end()..])
                    || text[..m.start()].trim_end().ends_with(['$', '€', '£', '¥'])
                    || clock_zone_follows(&text[m.end()..]))
            {
                continue;
            }
            if kind == 'w' && in_a_name(text, m.start(), m.as_str()) {
                continue;
            }
            let Some(fact) = parse_match(kind, &c, span, base) else {
                continue;
            };
            taken.insert(span.start(), span);
            raws.push(Raw { span, fact });
        }
    }
    raws
}

/// True for a weekday written inside a name ("the band Remember Monday", "Black Friday"):
/// capitalised, right after a capitalised word that neither opens its sentence nor is a
/// preposition of a title-case headline ("Strike Planned For Monday").
fn in_a_name(text: &str, at: usize, matched: &str) -> bool {
    if !matched.starts_with(char::is_uppercase) {
        return false;
    }
    let before = &text[..at];
    let Some(prev_start) = before.strip_suffix(' ').map(|b| {
        b.rfind(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8))
    }) else {
        return false;
    };
    let prev = &before[prev_start..at - 1];
    if !prev.starts_with(char::is_uppercase) || prev.chars().all(char::is_uppercase) {
        return false;
    }
    let opens = before[..prev_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '«' | '(' | '\n'));
    !opens
        && !matches!(
            prev,
            "On" | "For"
                | "By"
                | "Since"
                | "Until"
                | "Till"
                | "Last"
                | "Next"
                | "This"
                | "Through"
                | "Before"
                | "After"
                | "From"
                | "To"
                | "And"
                | "Or"
                | "Of"
                | "Late"
                | "Early"
                | "Every"
                | "Each"
                | "Le"
                | "Ce"
                | "Dès"
                | "Depuis"
                | "Jusqu'à"
                | "Avant"
                | "Après"
                | "Et"
                | "Ou"
        )
}

/// A zone abbreviation right after a four-digit number: "1930 GMT", "0710 UTC".
fn clock_zone_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    ["GMT", "UTC"].iter().any(|z| {
        rest.strip_prefix(z)
            .is_some_and(|t| !t.starts_with(|c: char| c.is_alphanumeric()))
    })
}

fn parse_match(kind: char, c: &Captures, span: Span, base: usize) -> Option<DateFact> {
    let year: Option<i32> = c.name("year").and_then(|m| m.as_str().parse().ok());
    let month = c
        .name("month")
        .and_then(|m| month_of(m.as_str()).or_else(|| m.as_str().parse().ok()));
    let mut f = match kind {
        'd' | 'n' => {
            let day = day_of(c.name("day")?.as_str())?;
            let month = month?;
            if !(1..=12).contains(&month) {
                return None;
            }
            let mut f = blank(
                span,
                if year.is_some() {
                    DateForm::Absolute
                } else {
                    DateForm::Partial
                },
            );
            f.day = Some(day);
            f.month = Some(month);
            f.year = year;
            if let Some(w) = c.name("wd") {
                f.weekday = Some((weekday_of(w.as_str())?, cap_span(c, "wd", base)?));
            }
            f
        }
        'r' => {
            let d1 = day_of(c.name("d1")?.as_str())?;
            let d2 = day_of(c.name("d2")?.as_str())?;
            let mut f = blank(
                span,
                if year.is_some() {
                    DateForm::Absolute
                } else {
                    DateForm::Partial
                },
            );
            f.precision = Precision::Range;
            f.day = Some(d1);
            f.month = Some(month?);
            f.year = year;
            let m1 = c.name("m1").and_then(|m| month_of(m.as_str()));
            let written = |name: &str| -> Option<(Weekday, Span)> {
                Some((
                    weekday_of(c.name(name)?.as_str())?,
                    cap_span(c, name, base)?,
                ))
            };
            f.weekday = written("wd1");
            f.last_weekday = written("wd2");
            f.last_day = Some(d2);
            f.first_month = m1;
            f
        }
        'm' => {
            let mut f = blank(span, DateForm::Partial);
            f.month = month;
            f.year = year;
            f.precision = Precision::Month;
            f
        }
        'h' => {
            // Compared without apostrophes, hyphens and spaces, which writers vary.
            let bare = |s: &str| -> String {
                fold(s)
                    .chars()
                    .filter(|c| !matches!(c, '\'' | '’' | '-') && !c.is_whitespace())
                    .collect()
            };
            let name = bare(c.name("hol")?.as_str());
            let (_, m, d) = Lexicons::get()
                .holidays
                .iter()
                .find(|(n, _, _)| bare(n) == name)?;
            let mut f = blank(span, DateForm::Partial);
            f.month = Some(*m);
            f.day = Some(*d);
            f
        }
        'a' => {
            let mut f = blank(span, DateForm::Partial);
            f.month = month;
            f.precision = Precision::Month;
            f
        }
        'w' => {
            let mut f = blank(span, DateForm::Relative);
            f.weekday = Some((weekday_of(c.name("wd")?.as_str())?, span));
            f
        }
        'x' => {
            let mut f = blank(span, DateForm::Relative);
            if c.name("half").is_some() {
                f.precision = Precision::Half;
                f.year = c.name("hy").and_then(|m| m.as_str().parse().ok());
                if f.year.is_some() {
                    f.form = DateForm::Partial;
                }
            } else if c.name("within").is_some() {
                f.precision = Precision::Range;
            } else {
                let rel = fold(c.name("rel")?.as_str());
                f.precision = if rel.contains("an") || rel.contains("year") {
                    Precision::Year
                } else if rel.contains("semaine") || rel.contains("week") {
                    Precision::Week
                } else if rel.contains("mois") || rel.contains("month") {
                    Precision::Month
                } else {
                    Precision::Day
                };
            }
            f
        }
        'y' => {
            let mut f = blank(span, DateForm::Partial);
            f.year = year;
            f.precision = Precision::Year;
            f
        }
        _ => return None,
    };
    f.span = span;
    Some(f)
}

/// The date relative expressions are read against: the publication date, else the latest
/// full date written in the article.
pub fn anchor(a: &Article, facts: &[DateFact]) -> Option<(Anchor, bool)> {
    if let Some(p) = a.meta.date {
        if p.day_known {
            return Some((
                Anchor {
                    date: p.date,
                    day_known: true,
                },
                false,
            ));
        }
        // Month only: a full date of that month in the text pins the day.
        let in_month = facts
            .iter()
            .filter(|f| f.precision == Precision::Day && f.form != DateForm::Relative)
            .filter_map(|f| {
                let (d, m) = (f.day?, f.month?);
                let y = f.year.unwrap_or(p.date.year());
                NaiveDate::from_ymd_opt(y, m, d)
            })
            .filter(|d| d.year() == p.date.year() && d.month() == p.date.month())
            .max();
        return Some(match in_month {
            Some(d) => (
                Anchor {
                    date: d,
                    day_known: true,
                },
                true,
            ),
            None => (
                Anchor {
                    date: p.date,
                    day_known: false,
                },
                false,
            ),
        });
    }
    // No date line: the latest full date the article writes (a day, or the first day of a
    // span: "du 7 au 10 mai 2025"), else the latest month it writes with its year.
    let full = facts
        .iter()
        .filter(|f| {
            f.form == DateForm::Absolute && matches!(f.precision, Precision::Day | Precision::Range)
        })
        .filter_map(|f| NaiveDate::from_ymd_opt(f.year?, f.month?, f.day?))
        .max()
        .map(|d| (d, true));
    let month = || {
        facts
            .iter()
            .filter(|f| f.precision == Precision::Month && f.day.is_none())
            .filter_map(|f| NaiveDate::from_ymd_opt(f.year?, f.month?, 1))
            .max()
            .map(|d| (d, false))
    };
    full.or_else(month)
        .map(|(date, day_known)| (Anchor { date, day_known }, true))
}

/// The year that puts `month`/`day` nearest `anchor`, past dates first. `since`: the date
/// opens a period that runs to now ("depuis le 1er janvier", "since January 1"), so it is
/// not to come, however near the next one is (in December, the January past).
fn nearest_year(
    anchor: NaiveDate,
    month: u32,
    day: u32,
    forward: bool,
    since: bool,
) -> Option<i32> {
    let mut best: Option<(i64, i32)> = None;
    for y in [anchor.year() - 1, anchor.year(), anchor.year() + 1] {
        let Some(d) = NaiveDate::from_ymd_opt(y, month, day) else {
            continue;
        };
        let diff = (d - anchor).num_days();
        if since && diff > 0 {
            continue;
        }
        // News reports the past: a date after the anchor costs more unless the text looks
        // ahead, but not so much that "l'élection du 5 novembre" in July is last year's.
        // And what it says is to come is not past: "the next election will be held on
        // October 14", in January, is this October's.
        let cost = if diff > 3 && !forward {
            diff * 2
        } else if diff < -3 && forward {
            -diff * 4
        } else {
            diff.abs()
        };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, y));
        }
    }
    best.map(|(_, y)| y)
}

fn resolve(a: &Article, facts: &mut [DateFact]) {
    let cal = calendar_for(a);
    let own = match anchor(a, facts) {
        // A month the text names with its year ("in May 2021") is often background; the
        // period the corpus was published in says more about "May 16" in an undated report.
        Some((an, true)) if !an.day_known && a.meta.date.is_none() && a.period.is_some() => None,
        x => x,
    };
    // The corpus's period gives a year to "le 9 mai", never a day to "mardi" or "hier".
    let from_corpus = own.is_none() && a.period.is_some();
    let period = a.period.map(|date| {
        (
            Anchor {
                date,
                day_known: false,
            },
            true,
        )
    });
    for f in facts.iter_mut() {
        let partial = matches!(f.form, DateForm::Absolute | DateForm::Partial);
        let anchor = if partial { own.or(period) } else { own };
        resolve_one(a, cal, anchor, f);
        f.from_corpus = from_corpus && partial && f.start.is_some() && f.year.is_none();
    }
    // "Un TGV sur trois jeudi" over a body that says "jeudi 5 novembre": a weekday alone is
    // the day of that name the article writes in full, when it writes one within a week of
    // its date line (a preview's "jeudi" is next Thursday, a report's last Thursday).
    let Some((an, _)) = own.filter(|(an, _)| an.day_known) else {
        return;
    };
    let written: Vec<NaiveDate> = {
        let mut v: Vec<NaiveDate> = facts
            .iter()
            .filter(|f| {
                f.precision == Precision::Day
                    && matches!(f.form, DateForm::Absolute | DateForm::Partial)
            })
            .filter_map(|f| f.start)
            .filter(|d| (*d - an.date).num_days().abs() <= 7)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    for f in facts.iter_mut() {
        let Some((wd, _)) = f.weekday else { continue };
        if f.form != DateForm::Relative || f.precision != Precision::Day || f.day.is_some() {
            continue;
        }
        // The date line's own weekday is that day ("a annoncé jeudi" in Thursday's paper),
        // whatever Thursday to come the article also writes.
        if wd == an.date.weekday() {
            continue;
        }
        let mut same = written.iter().filter(|d| d.weekday() == wd);
        // "Results announced on Tuesday showed", in Wednesday's paper that also writes the
        // swearing-in "on April 2", a Tuesday to come: a past verb keeps its day past.
        if let (Some(&d), None) = (same.next(), same.next()) {
            if d > an.date && (after_past_verb(a, f.span, cal) || past_in_sentence(a, f.span, cal))
            {
                continue;
            }
            f.start = Some(d);
            f.end = Some(d);
        }
    }
}

fn resolve_one(a: &Article, cal: &Calendar, anchor: Option<(Anchor, bool)>, f: &mut DateFact) {
    // One fact; `continue` leaves it unresolved.
    for f in std::iter::once(f) {
        // Read only where the year or the day is not written: most dates give both, and
        // the tense of a sentence costs a pass over its words.
        let span = f.span;
        let forward = || points_forward(a, span, cal);
        let since = || after_since(a, span);
        match (f.precision, f.form) {
            (Precision::Day, DateForm::Absolute | DateForm::Partial) => {
                let (Some(m), Some(d)) = (f.month, f.day) else {
                    continue;
                };
                let y = match f.year {
                    Some(y) => Some(y),
                    None => {
                        anchor.and_then(|(an, _)| nearest_year(an.date, m, d, forward(), since()))
                    }
                };
                if let Some(y) = y {
                    f.from_context = f.year.is_none();
                    f.start = NaiveDate::from_ymd_opt(y, m, d);
                    f.end = f.start;
                }
            }
            (Precision::Range, DateForm::Absolute | DateForm::Partial) if f.day.is_some() => {
                let (Some(m2), Some(d1)) = (f.month, f.day) else {
                    continue;
                };
                let d2 = f.last_day;
                let m1 = f.first_month.unwrap_or(m2);
                let y = f.year.or_else(|| {
                    anchor.and_then(|(an, _)| nearest_year(an.date, m1, d1, forward(), since()))
                });
                f.from_context = f.year.is_none();
                match (y, d2) {
                    (Some(y), Some(d2)) => {
                        f.start = NaiveDate::from_ymd_opt(y, m1, d1);
                        f.end = NaiveDate::from_ymd_opt(y, m2, d2);
                        if f.start.zip(f.end).is_some_and(|(s, e)| e < s) {
                            f.end = None;
                            f.start = None;
                        }
                    }
                    _ => {
                        f.start = None;
                        f.end = None;
                    }
                }
            }
            (Precision::Month, DateForm::Partial) => {
                let Some(m) = f.month else { continue };
                let y = match f.year {
                    Some(y) => Some(y),
                    None => anchor.map(|(an, _)| {
                        let (ay, am) = (an.date.year(), an.date.month());
                        if forward() && !since() {
                            if m >= am {
                                ay
                            } else {
                                ay + 1
                            }
                        } else if m <= am {
                            ay
                        } else {
                            ay - 1
                        }
                    }),
                };
                if let Some(y) = y {
                    f.from_context = f.year.is_none();
                    f.start = NaiveDate::from_ymd_opt(y, m, 1);
                    f.end = NaiveDate::from_ymd_opt(if m == 12 { y + 1 } else { y }, m % 12 + 1, 1)
                        .map(|d| d - Duration::days(1));
                }
            }
            (Precision::Year, DateForm::Partial) => {
                if let Some(y) = f.year {
                    f.start = NaiveDate::from_ymd_opt(y, 1, 1);
                    f.end = NaiveDate::from_ymd_opt(y, 12, 31);
                }
            }
            (Precision::Half, _) => {
                let y = f.year.or_else(|| anchor.map(|(an, _)| an.date.year()));
                let first = !fold(a.slice(f.span)).starts_with(['s', 'd', '2']);
                if let Some(y) = y {
                    f.from_context = f.year.is_none();
                    f.form = if f.year.is_some() {
                        DateForm::Partial
                    } else {
                        DateForm::Relative
                    };
                    f.start = NaiveDate::from_ymd_opt(y, if first { 1 } else { 7 }, 1);
                    f.end = NaiveDate::from_ymd_opt(
                        y,
                        if first { 6 } else { 12 },
                        if first { 30 } else { 31 },
                    );
                }
            }
            (_, DateForm::Relative) => {
                let Some((an, _)) = anchor else { continue };
                f.from_context = true;
                if let Some((wd, _)) = f.weekday {
                    if !an.day_known {
                        continue;
                    }
                    let cur = an.date.weekday().num_days_from_monday() as i64;
                    let want = wd.num_days_from_monday() as i64;
                    let d = if forward() {
                        an.date + Duration::days((want - cur).rem_euclid(7))
                    } else {
                        an.date - Duration::days((cur - want).rem_euclid(7))
                    };
                    f.start = Some(d);
                    f.end = Some(d);
                    continue;
                }
                let text = fold(a.slice(f.span));
                let t = text.as_str();
                let y = an.date.year();
                let (s, e) = if f.precision == Precision::Range {
                    let n: i64 = t
                        .split_whitespace()
                        .find_map(|w| w.parse().ok())
                        .unwrap_or(0);
                    (Some(an.date), Some(an.date + Duration::days(n)))
                } else if t == "hier" || t == "yesterday" {
                    (Some(an.date - Duration::days(1)), None)
                } else if t == "avant-hier" {
                    (Some(an.date - Duration::days(2)), None)
                } else if t == "demain" || t == "tomorrow" {
                    (Some(an.date + Duration::days(1)), None)
                } else if f.precision == Precision::Year {
                    let dy = if t.contains("dernier")
                        || t.contains("derniere")
                        || t.contains("passe")
                        || t.contains("last")
                    {
                        -1
                    } else if t.contains("prochain") || t.contains("next") {
                        1
                    } else {
                        0
                    };
                    (
                        NaiveDate::from_ymd_opt(y + dy, 1, 1),
                        NaiveDate::from_ymd_opt(y + dy, 12, 31),
                    )
                } else if f.precision == Precision::Week {
                    let back = t.contains("dernier")
                        || t.contains("derniere")
                        || t.contains("passee")
                        || t.contains("last");
                    let monday =
                        an.date - Duration::days(an.date.weekday().num_days_from_monday() as i64);
                    let start = monday + Duration::days(if back { -7 } else { 7 });
                    (Some(start), Some(start + Duration::days(6)))
                } else if f.precision == Precision::Month {
                    let back = t.contains("dernier") || t.contains("last");
                    let first =
                        NaiveDate::from_ymd_opt(y, an.date.month(), 1).expect("valid month");
                    let start = if back {
                        (first - Duration::days(1)).with_day(1)
                    } else {
                        (first + Duration::days(32)).with_day(1)
                    };
                    let end = start
                        .and_then(|s| (s + Duration::days(32)).with_day(1))
                        .map(|d| d - Duration::days(1));
                    (start, end)
                } else {
                    (None, None)
                };
                f.start = s;
                f.end = e.or(s);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;

    fn dates(text: &str) -> Vec<(String, Option<String>)> {
        let an = Analysis::from_texts(&[("a.txt".into(), text.into())]);
        let a = &an.corpus.articles[0];
        extract(a)
            .into_iter()
            .map(|f| (a.slice(f.span).to_string(), f.value()))
            .collect()
    }

    fn value_of(text: &str, phrase: &str) -> Option<String> {
        dates(text)
            .into_iter()
            .find(|(t, _)| t == phrase)
            .unwrap_or_else(|| panic!("{phrase} not found in {:?}", dates(text)))
            .1
    }

    #[test]
    fn a_conditional_points_forward_and_a_past_relative_clause_back() {
        // Reported speech: "se retrouveraient jeudi" is the coming Thursday; the imperfect
        // "espéraient" (same ending once folded) tells of the past.
        let t =
            " date 2026-12-01 T\n\nIls sont convenus qu'ils se retrouveraient jeudi à Genève.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-12-03"));
        let t = " date 2026-12-01 T\n\nIls espéraient jeudi un accord.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-11-26"));
        // "That lasted": the call was on the Tuesday past, whatever the meeting to come.
        let t = "+++\nlang = \"en\"\ndate = 2026-12-02\n+++\nT\n\nThe ministers will meet on Thursday, December 10, after a call on Tuesday that lasted an hour.\n";
        assert_eq!(value_of(t, "Tuesday").as_deref(), Some("2026-12-01"));
    }

    #[test]
    fn a_present_that_tells_a_schedule_points_forward_in_both_languages() {
        // Written on Tuesday 8 December: the visit ends the next day.
        let t = " date 2026-12-08 T\n\nLa visite s'achève mercredi.\n";
        assert_eq!(value_of(t, "mercredi").as_deref(), Some("2026-12-09"));
        let t = "+++\nlang = \"en\"\ndate = 2026-12-08\n+++\nT\n\nThe visit ends on Wednesday.\n";
        assert_eq!(value_of(t, "Wednesday").as_deref(), Some("2026-12-09"));
        // A past form of the same verb does not.
        let t = " date 2026-12-08 T\n\nLa visite s'est achevée dimanche.\n";
        assert_eq!(value_of(t, "dimanche").as_deref(), Some("2026-12-06"));
    }

    #[test]
    fn a_short_past_verb_before_the_day_makes_it_past() {
        // "Died" is too short for the "-ed" rule; the future later in the sentence is the
        // main clause's.
        let t = "+++\nlang = \"en\"\ndate = 2024-12-07\n+++\nT\n\nThe singer, who died on Thursday, will be buried next week.\n";
        assert_eq!(value_of(t, "Thursday").as_deref(), Some("2024-12-05"));
    }

    #[test]
    fn a_past_verb_ten_words_back_keeps_a_weekday_past_beside_a_day_to_come() {
        // Published on a Monday; the next fixture on a Saturday to come is written in full.
        let t = "+++\nlang = \"en\"\ndate = 2026-03-09\n+++\nT\n\nLyon started their cup run with a narrow 2-1 victory over Nantes on Saturday. They host Lille on Saturday, March 14.\n";
        assert_eq!(value_of(t, "Saturday").as_deref(), Some("2026-03-07"));
        // Further back still, anywhere in the sentence, in either language.
        let t = "+++\nlang = \"en\"\ndate = 2026-03-09\n+++\nT\n\nLyon moved three points clear at the top of the table after a tense and narrow victory over Nantes on Saturday. They host Lille on Saturday, March 14.\n";
        assert_eq!(value_of(t, "Saturday").as_deref(), Some("2026-03-07"));
        let t = " date 2026-03-09 Titre\n\nLe gardien a permis à Lyon de s'imposer face à Nantes samedi soir. Lyon reçoit Lille samedi 14 mars.\n";
        assert_eq!(value_of(t, "samedi").as_deref(), Some("2026-03-07"));
        // A future keeps the day to come.
        let t = " date 2026-03-09 Titre\n\nLe gardien a promis que Lyon battra Nantes samedi. Lyon reçoit Nantes samedi 14 mars.\n";
        assert_eq!(value_of(t, "samedi").as_deref(), Some("2026-03-14"));
    }

    #[test]
    fn a_participle_after_an_auxiliary_makes_the_day_past_whatever_its_ending() {
        // Published on a Tuesday, under a future in the main clause: "avoir conclu lundi" is
        // yesterday, not next Monday.
        let t = " date 2026-11-24 Titre\n\nLe groupe détiendra 60 % de la société après avoir conclu lundi un accord.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-23"));
        let t = " date 2026-11-24 Titre\n\nLe groupe détiendra 60 % de la société, le vote a lieu lundi.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-30"));
    }

    #[test]
    fn a_phrase_of_the_future_governs_a_participle() {
        // "Held" is a participle; "be held" and "as early as" point the Saturday ahead.
        let t = " date 2024-12-05 Title\n\nA new vote could be held as early as Saturday.\n";
        assert_eq!(value_of(t, "Saturday").as_deref(), Some("2024-12-07"));
        let t = " date 2024-12-05 Title\n\nThe vote was held on Saturday.\n";
        assert_eq!(value_of(t, "Saturday").as_deref(), Some("2024-11-30"));
    }

    #[test]
    fn french_futures_of_every_stem_point_ahead() {
        // Published on a Sunday: "recevra", "permettra", "pourra" are futures.
        for verb in ["recevra", "permettra", "pourra", "devra"] {
            let t = format!(" date 2026-05-03 Titre\n\nLundi, le maire {verb} les élus à Lyon.\n");
            assert_eq!(
                value_of(&t, "Lundi").as_deref(),
                Some("2026-05-04"),
                "{verb}"
            );
        }
        let t = " date 2026-05-03 Titre\n\nLundi, le maire a reçu les élus à Lyon.\n";
        assert_eq!(value_of(t, "Lundi").as_deref(), Some("2026-04-27"));
    }

    #[test]
    fn a_day_after_since_is_past_however_near_the_next_one() {
        // In December, next January 1 is nearer than last; "since" opens a period that runs
        // to now. Without "since", a day told in the past is still last January's.
        let t = "+++\nlang = \"fr\"\ndate = 2026-12-04\n+++\nT\n\nLe groupe a livré 712 avions depuis le 1er janvier.\n";
        assert_eq!(value_of(t, "1er janvier").as_deref(), Some("2026-01-01"));
        let t = "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nT\n\nThe group has delivered 712 jets since January 1.\n";
        assert_eq!(value_of(t, "January 1").as_deref(), Some("2026-01-01"));
        let t = "+++\nlang = \"en\"\ndate = 2026-12-04\n+++\nT\n\nThe new rules will apply from January 1.\n";
        assert_eq!(value_of(t, "January 1").as_deref(), Some("2027-01-01"));
    }

    #[test]
    fn a_day_said_to_come_is_not_last_year_s_though_that_one_is_nearer() {
        // Published in January: last October is nearer (97 days) than next (268), but the
        // sentence looks ahead; told in the past, it is last year's.
        let t = "+++\nlang = \"en\"\ndate = 2026-01-19\n+++\nT\n\nThe next election will be held on October 14.\n";
        assert_eq!(value_of(t, "October 14").as_deref(), Some("2026-10-14"));
        let t = "+++\nlang = \"en\"\ndate = 2026-01-19\n+++\nT\n\nThe last election was held on October 14.\n";
        assert_eq!(value_of(t, "October 14").as_deref(), Some("2025-10-14"));
    }

    #[test]
    fn a_day_months_ahead_is_this_year_s_rather_than_last_year_s() {
        // Nearer ahead (106 days) than behind (260): this year's, though the verb is past.
        let t = " date 2024-07-22 Titre\n\nIl a renoncé à l'élection du 5 novembre.\n";
        assert_eq!(value_of(t, "5 novembre").as_deref(), Some("2024-11-05"));
        // A day as far ahead as behind is the past one.
        let t = " date 2024-07-22 Titre\n\nIl avait été reçu le 22 janvier.\n";
        assert_eq!(value_of(t, "22 janvier").as_deref(), Some("2024-01-22"));
    }

    #[test]
    fn french_absolute_and_partial() {
        let t = " date 2025-08-08 Titre\n\nIl a parlé le mercredi 4 février 2026 et le 9 mai 2025, puis le 1er janvier.\n";
        assert_eq!(
            value_of(t, "mercredi 4 février 2026").as_deref(),
            Some("2026-02-04")
        );
        assert_eq!(value_of(t, "9 mai 2025").as_deref(), Some("2025-05-09"));
        assert_eq!(value_of(t, "1er janvier").as_deref(), Some("2025-01-01"));
        let t = " date 2025-08-08 Titre\n\nDepuis février 2022, et en septembre, il a vu 04/02/2026 et 2026-02-04.\n";
        assert_eq!(value_of(t, "février 2022").as_deref(), Some("2022-02"));
        assert_eq!(value_of(t, "en septembre").as_deref(), Some("2024-09"));
        assert_eq!(value_of(t, "04/02/2026").as_deref(), Some("2026-02-04"));
        assert_eq!(value_of(t, "2026-02-04").as_deref(), Some("2026-02-04"));
    }

    #[test]
    fn a_weekday_alone_is_the_one_the_article_writes_in_full() {
        // A preview printed on a Wednesday: the headline's "jeudi" is the next day, which
        // the body writes in full; "the past Thursday" would be the default.
        let t = " date 2026-11-04 Un train sur trois jeudi\n\nLa grève prévue jeudi 5 novembre perturbera le trafic.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-11-05"));
        let t = " date 2026-11-04 Un train sur trois jeudi\n\nLa grève perturbera le trafic.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-10-29"));
        // Thursday's paper: its own "jeudi" is that day, whatever Thursday to come it writes.
        let t = " date 2026-11-05 T\n\nLe groupe supprimera 500 postes, a annoncé jeudi son patron. Une grève est prévue le 12 novembre.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-11-05"));
        // Wednesday's paper: the results announced on Tuesday came out the day before, not
        // on the Tuesday to come it writes in full.
        let t = "+++\nlang = \"en\"\ndate = 2026-11-04\n+++\nT\n\nThe results announced on Tuesday showed a clear lead. The winner takes office on November 10.\n";
        assert_eq!(value_of(t, "Tuesday").as_deref(), Some("2026-11-03"));
    }

    #[test]
    fn a_day_that_qualifies_a_noun_takes_the_tense_of_its_own_clause() {
        // Tuesday's paper: the future of the main clause is not the vote's.
        let t = " date 2026-11-03 T\n\nLa gauche gouvernera seule, au terme du scrutin de lundi.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-02"));
        let t =
            " date 2026-11-03 T\n\nLa gauche espère gagner, et le scrutin de lundi tranchera.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-09"));
    }

    #[test]
    fn a_past_relative_on_the_day_makes_it_past_whatever_the_sentence_plans() {
        // Saturday's paper: the minister is expected today, after a row on Friday.
        let t = " date 2026-11-07 T\n\nLa ministre est attendue samedi à Lyon, au lendemain de sa dispute avec le maire, vendredi, qui a écourté sa visite.\n";
        assert_eq!(value_of(t, "vendredi").as_deref(), Some("2026-11-06"));
        let t = " date 2026-11-07 T\n\nLa ministre est attendue samedi à Lyon, puis vendredi à Nantes.\n";
        assert_eq!(value_of(t, "vendredi").as_deref(), Some("2026-11-13"));
    }

    #[test]
    fn expected_after_an_auxiliary_is_past() {
        // Tuesday's paper: "n'a pas attendu" is no word of the future.
        let t = " date 2026-11-03 T\n\nÉlue lundi, la maire n'a pas attendu pour signer ses premiers arrêtés.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-02"));
        let t = " date 2026-11-03 T\n\nLa maire est attendue lundi à Lille.\n";
        assert_eq!(value_of(t, "lundi").as_deref(), Some("2026-11-09"));
    }

    #[test]
    fn a_weekday_inside_a_name_is_no_date() {
        let t = "+++\ndate = 2026-05-17\nlang = \"en\"\n+++\nT\n\nThe duo Remember Monday finished 19th. On Monday, results came in.\n";
        // Only the second "Monday" is a day.
        let found = dates(t);
        assert_eq!(
            found.iter().filter(|(w, _)| w == "Monday").count(),
            1,
            "{found:?}"
        );
    }

    #[test]
    fn wire_datelines_abbreviate_months_without_a_dot() {
        let t = "+++\ndate = 2026-10-13\nlang = \"en\"\n+++\nT\n\nLONDON, Oct 13 (Reuters) - Britain pledged more aid.\n";
        assert_eq!(value_of(t, "Oct 13").as_deref(), Some("2026-10-13"));
    }

    #[test]
    fn relative_to_publication_date() {
        let t = " date 2026-02-04 Titre\n\nLes dirigeants se sont entretenus mercredi. Mardi, des diplomates se sont réunis. Le traité expire jeudi.\n";
        assert_eq!(value_of(t, "mercredi").as_deref(), Some("2026-02-04"));
        assert_eq!(value_of(t, "Mardi").as_deref(), Some("2026-02-03"));
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2026-02-05"));
        let t = " date 2025-07-16 Titre\n\nIls ont échangé l'an dernier un montant record, et se reverront au cours du premier semestre de l'année, hier encore.\n";
        assert_eq!(value_of(t, "l'an dernier").as_deref(), Some("2024"));
        assert_eq!(
            value_of(t, "premier semestre de l'année").as_deref(),
            Some("2025-H1")
        );
        assert_eq!(value_of(t, "hier").as_deref(), Some("2025-07-15"));
    }

    #[test]
    fn compter_intends_only_before_an_infinitive() {
        let t =
            " date 2014-07-18 Titre\n\nLes Pays-Bas comptent 193 victimes du vol abattu jeudi.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2014-07-17"));
        let t = " date 2014-07-18 Titre\n\nLe ministre compte se rendre jeudi à Kiev.\n";
        assert_eq!(value_of(t, "jeudi").as_deref(), Some("2014-07-24"));
    }

    #[test]
    fn english_forms_and_ranges() {
        let t = "+++\ndate = 2023-03-17\nlang = \"en\"\n+++\nXi will visit from 20 to 22 March. He spoke on February 4, 2026 and on Monday, last year.\n";
        assert_eq!(
            value_of(t, "from 20 to 22 March").as_deref(),
            Some("2023-03-20/2023-03-22")
        );
        assert_eq!(
            value_of(t, "February 4, 2026").as_deref(),
            Some("2026-02-04")
        );
        assert_eq!(value_of(t, "last year").as_deref(), Some("2022"));
        let t = " date 2023-03 Titre\n\nLe chancelier sera en visite officielle au Japon du 20 au 22 mars, les 16 et 17 mai 2024.\n";
        assert_eq!(
            value_of(t, "du 20 au 22 mars").as_deref(),
            Some("2023-03-20/2023-03-22")
        );
        assert_eq!(
            value_of(t, "les 16 et 17 mai 2024").as_deref(),
            Some("2024-05-16/2024-05-17")
        );
        let t = "+++\ndate = 2024-01-03\nlang = \"en\"\n+++\nT\n\nThe quake that struck on New Year's Day killed 64. Le séisme du jour de l’An a fait 64 morts.\n";
        assert_eq!(value_of(t, "New Year's Day").as_deref(), Some("2024-01-01"));
        assert_eq!(value_of(t, "jour de l’An").as_deref(), Some("2024-01-01"));
        let t = " date 2023-09-12 Titre\n\nDeux barrages ont cédé dans la nuit de dimanche 10 à lundi 11 septembre.\n";
        assert_eq!(
            value_of(t, "de dimanche 10 à lundi 11 septembre").as_deref(),
            Some("2023-09-10/2023-09-11")
        );
        // A hyphen needs no spaces around it.
        let t = "+++\ndate = 2024-05-14\nlang = \"en\"\n+++\nPutin will be in China on May 16-17, then on 20–21 May.\n";
        assert_eq!(
            value_of(t, "May 16-17").as_deref(),
            Some("2024-05-16/2024-05-17")
        );
        assert_eq!(
            value_of(t, "20–21 May").as_deref(),
            Some("2024-05-20/2024-05-21")
        );
    }

    #[test]
    fn month_precision_publication_uses_a_date_of_that_month() {
        let t = " date 2025-07 Titre\n\nXi a déclaré mardi 15 juillet que la coopération continue. Mardi, il a reçu le ministre.\n";
        assert_eq!(
            value_of(t, "mardi 15 juillet").as_deref(),
            Some("2025-07-15")
        );
        assert_eq!(value_of(t, "Mardi").as_deref(), Some("2025-07-15"));
    }
}

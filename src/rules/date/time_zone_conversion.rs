//! `date/time-zone-conversion`: a time given in two zones whose difference is not the
//! difference of the zones' offsets ("14h20 heure locale, soit 8h20 à Paris" from Tokyo).

use crate::analysis::Analysis;
use crate::claims::TimeOfDay;
use crate::corpus::Article;
use crate::extract::dates::Precision;
use crate::extract::timezone::{offset_minutes, sure_zone_of};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;
use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

const DOCS: &str = "\
### What it does
Reports a time of day followed by its conversion into another zone (\"14h20 heure locale, soit
7h20 à Paris\", \"2:20 p.m. local time (1120 GMT)\") when the two times are not as far apart as
the zones' offsets on that day. Local time is the time of the place the sentence names (else
the last place named before it in the paragraph, else the places of the headline and the
first paragraph when they name one zone; a country spread over several zones names none);
when every place of the sentence is on the
converted clock's zone, the two times must be equal. A place's zone comes from the tz database
(`chrono-tz`, and `rules/tz/zone1970.tab` for a capital whose city names no zone), and the
offset is taken on the date the sentence gives, else the publication date, else either side
of a daylight-saving change. The conversion is the second time, written right after the
first (\"soit\", \"or\", a comma or a bracket).

When no place gives the local zone, the two times still give its offset from the other
zone, and a local time whose offset from UTC no zone of the tz database has on that day is
reported: \"23 h 47 heure locale (19 h 19 GMT)\" (UTC+4:28), \"2 pm (1430 GMT)\" (UTC-0:30).
Offsets of half and three quarters of an hour that some zone has (India's UTC+5:30, Nepal's
UTC+5:45) pass.

### Why is this bad
A conversion done by hand goes wrong with daylight saving time or a wrong offset, and the
reader cannot tell which of the two times is right.

### Examples
\"à 14h20 heure locale à Tokyo, soit 8h20 à Paris\" in June is reported: Tokyo is UTC+9 and
Paris UTC+2, seven hours apart, so 14h20 in Tokyo is 7h20 in Paris.
";

struct TimeZoneConversion(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |paris: &str| {
        format!(" date 2025-06-12 T\n\nLe séisme a frappé Tokyo à 14h20 heure locale, soit {paris} à Paris, selon l'agence météorologique.\n")
    };
    Box::new(TimeZoneConversion(RuleMeta {
        id: "date/time-zone-conversion".into(),
        category: "date".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a time and its conversion into another zone that do not agree".into(),
        docs: DOCS.into(),
        examples: vec![
            // The local place and the converted clock share a zone: the times must agree.
            Example::one(" date 2024-03-26 T\n\nLe pont s'est effondré à Baltimore mardi 26 mars à 1 h 30 du matin, heure locale (6 h 30 à Washington).\n", 1),
            // The local clock of a wire dateline in capitals.
            Example::one("+++\nlang = \"en\"\ndate = 2026-12-06\n+++\nT\n\nMUSCAT, Dec 6 — The ship left port at 9 a.m. local time (0700 GMT), officials said.\n", 1),
            Example::one("+++\nlang = \"en\"\ndate = 2026-12-06\n+++\nT\n\nMUSCAT, Dec 6 — The ship left port at 9 a.m. local time (0500 GMT), officials said.\n", 0),
            Example::one(" date 2024-03-26 T\n\nLe pont s'est effondré à Baltimore mardi 26 mars à 1 h 30 du matin, heure locale (6 h 30 à Paris).\n", 0),
            // The lede names India three times and London once: the local clock is India's.
            Example::one(" date 2025-06-12 Inde : un avion s'écrase à Ahmedabad\n\nUn avion qui devait relier Ahmedabad à Londres s'est écrasé jeudi en Inde.\n\nIl a décollé à 13 h 38 heure locale (10 h 08 à Moscou).\n", 1),
            Example::one(" date 2025-06-12 Inde : un avion s'écrase à Ahmedabad\n\nUn avion qui devait relier Ahmedabad à Londres s'est écrasé jeudi en Inde.\n\nIl a décollé à 13 h 38 heure locale (11 h 08 à Moscou).\n", 0),
            // A conversion written in whole hours and a part of the day.
            Example::one(" date 2024-01-06 T\n\nL'avion a décollé de Los Angeles vendredi vers 17 heures, heure locale, soit 2 heures du matin samedi à Paris.\n", 0),
            Example::one(" date 2024-01-06 T\n\nL'avion a décollé de Los Angeles vendredi vers 17 heures, heure locale, soit 4 heures du matin samedi à Paris.\n", 1),
            // The first time's clock named rather than local.
            Example::one(" date 2024-06-25 T\n\nLa capsule a atterri à 14 h 07, heure de Pékin, soit 8 h 07 à Paris.\n", 0),
            Example::one(" date 2024-06-25 T\n\nLa capsule a atterri à 16 h 07, heure de Pékin, soit 8 h 07 à Paris.\n", 1),
            // A country whose zones now keep one clock (Kazakhstan, UTC+5 since 2024).
            Example::one(" date 2026-12-06 T\n\nAu Kazakhstan, la digue a cédé à 5 h 40 heure locale (0 h 40 à Paris).\n", 1),
            Example::one(" date 2026-12-06 T\n\nAu Kazakhstan, la digue a cédé à 5 h 40 heure locale (1 h 40 à Paris).\n", 0),
            Example::one(&s("8h20"), 1),
            Example::one(&s("7h20"), 0),
            Example::one(
                " date 2025-01-12 T\n\nThe quake struck near Rabat at 11:20 p.m. local time (2220 GMT) on Saturday.\n",
                0,
            ),
            Example::one(
                " date 2025-01-12 T\n\nThe quake struck near Rabat at 11:20 p.m. local time (2320 GMT) on Saturday.\n",
                1,
            ),
            // No place names the local zone, but no zone is 4:28 from UTC.
            Example::one(
                " date 2025-01-12 T\n\nLe séisme s'est produit à 23 h 47 heure locale (19 h 19 GMT).\n",
                1,
            ),
            Example::one(
                " date 2025-01-12 T\n\nLe séisme s'est produit à 23 h 47 heure locale (19 h 17 GMT).\n",
                0,
            ),
            // Whole half hours: no zone is UTC-0:30; India is UTC+5:30.
            Example::one(
                "+++\nlang = \"en\"\ndate = 2026-12-02\n+++\nT\n\nThe helicopter hit a cliff shortly after 2 pm (1430 GMT).\n",
                1,
            ),
            Example::one(
                "+++\nlang = \"en\"\ndate = 2026-12-02\n+++\nT\n\nThe helicopter hit a cliff shortly after 2 pm (0830 GMT).\n",
                0,
            ),
            // The part of the day before the zone: 9 h 10 in Montréal is 15 h 10 in Paris in May.
            Example::one(
                " date 2025-05-12 T\n\nL'incendie s'est déclaré à Montréal vers 9 h 10 du matin, heure locale (16 h 10 à Paris).\n",
                1,
            ),
            Example::one(
                " date 2025-05-12 T\n\nL'incendie s'est déclaré à Montréal vers 9 h 10 du matin, heure locale (15 h 10 à Paris).\n",
                0,
            ),
        ],
    }))
}

/// The zone of a time: UTC, a named place, or the sentence's local place.
fn zone(t: &TimeOfDay, local: Option<Tz>) -> Option<Tz> {
    match t.zone.as_str() {
        "local" => local,
        named => crate::extract::timezone::zone_named(named),
    }
}

/// True when `gap` (from the end of one time to the next) introduces a conversion of the first:
/// only the first time's zone and a link word ("soit", "or", a comma, a bracket) stand between.
/// `zone` is the first time's named clock ("pekin" of "14 h 07, heure de Pékin, soit 8 h 07
/// à Paris"), whose words may stand between too.
fn links(gap: &str, zone: &str) -> bool {
    let g = fold(gap);
    let zone = fold(zone);
    let words: Vec<&str> = g
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-' && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    g.len() <= 40
        && (g.contains('(') || g.contains(',') || !words.is_empty())
        && words.iter().all(|w| {
            (!zone.is_empty() && zone.split(['-', ' ']).any(|z| z == *w))
                || matches!(
                    *w,
                    // The link, or the first time's own zone ("heure locale", "local time").
                    "soit"
                    | "c'est-a-dire"
                    | "ou"
                    | "or"
                    | "i.e."
                    | "that"
                    | "is"
                    | "which"
                    | "heure"
                    | "locale"
                    | "local"
                    | "time"
                    | "gmt"
                    | "utc"
                    // The part of the day of the first time ("1 h 30 du matin").
                    | "du"
                    | "matin"
                    | "soir"
                    // "heure de Pékin".
                    | "de"
                )
        })
}

impl Rule for TimeZoneConversion {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let f = &an.facts[a.id.0 as usize];
        // The day offsets are read on: the sentence's date, else the publication date (or the
        // corpus's period); with neither, January and July stand for both sides of DST.
        let default_days: Vec<NaiveDate> = match a.meta.date.map(|d| d.date).or(a.period) {
            Some(d) => vec![d],
            None => [1, 7]
                .iter()
                .filter_map(|&m| NaiveDate::from_ymd_opt(2025, m, 15))
                .collect(),
        };
        let mut last_place: Option<(u32, Tz)> = None;
        // A clock a time is converted to ("10 h 08 à Paris") is no place of the story.
        let clocks: Vec<_> = f.times.iter().filter_map(|t| t.clock).collect();
        let story_zone = crate::extract::timezone::story_zone(a, f);
        for s in a.text_sentences() {
            let block_start = a.blocks[s.block as usize].span.start;
            if last_place.is_some_and(|(b, _)| b != block_start) {
                last_place = None;
            }
            let places: Vec<Tz> = crate::finding::starting_in(&f.entities, s.span, |e| e.span)
                .iter()
                .filter(|e| s.span.contains(e.span))
                .filter_map(|e| e.entry.and_then(sure_zone_of))
                .collect();
            // The sentence's places that are not a clock ("Baltimore" in "à Baltimore ... 1 h
            // 30, heure locale (6 h 30 à Washington)").
            let story_places: Vec<Tz> =
                crate::finding::starting_in(&f.entities, s.span, |e| e.span)
                    .iter()
                    .filter(|e| s.span.contains(e.span))
                    .filter(|e| !clocks.iter().any(|c| c.contains(e.span)))
                    .filter_map(|e| e.entry.and_then(sure_zone_of))
                    .collect();
            let times = crate::finding::starting_in(&f.times, s.span, |t| t.span);
            let n = times.partition_point(|t| t.span.end <= s.span.end);
            for pair in times[..n].windows(2) {
                let (x, y) = (&pair[0], &pair[1]);
                if !links(&a.text[x.span.end()..y.span.start()], &x.zone) {
                    continue;
                }
                // Local time: a place of the sentence other than the converted one, else the
                // last place named before in the paragraph.
                let other = zone(y, None);
                // Every place that could be the local one: the sentence's (in order), then
                // the paragraph's last. "À 12 h 50 (6 h 20 GMT), ressentie jusqu'à Bangkok"
                // converts the epicentre's time, not Bangkok's: a conversion that holds for
                // any of them is right.
                // With no place near, any place of the article may be the local one: the
                // dateline or the first paragraph often names it once.
                let candidates: Vec<Tz> = places
                    .iter()
                    .copied()
                    .chain(last_place.map(|(_, tz)| tz))
                    // The headline's and the lede's places, when they name mostly one zone.
                    .chain(story_zone)
                    .filter(|tz| Some(*tz) != other)
                    .collect();
                // Every place of the sentence on the converted clock's zone: the local time
                // is on that clock too, and the two times must be equal.
                let same_zone = other.filter(|o| {
                    candidates.is_empty()
                        && !story_places.is_empty()
                        && story_places.iter().all(|p| p == o)
                });
                let local = candidates.first().copied().or(same_zone);
                let (Some(zx), Some(zy)) = (zone(x, local), zone(y, local)) else {
                    if let Some(d) = offset_no_zone_has(a, x, y, other, &default_days) {
                        ctx.report(d);
                    }
                    continue;
                };
                if zx == zy && same_zone.is_none() {
                    continue;
                }
                let days: Vec<NaiveDate> =
                    crate::finding::starting_in(&f.dates, s.span, |d| d.span)
                        .iter()
                        // A year alone gives no day to read the offsets on.
                        .filter(|d| s.span.contains(d.span) && d.precision == Precision::Day)
                        .filter_map(|d| d.start)
                        .take(1)
                        .collect();
                let days = if days.is_empty() {
                    &default_days
                } else {
                    &days
                };
                let written = (i32::from(x.minutes) - i32::from(y.minutes)).rem_euclid(1440);
                let at = |d: &NaiveDate| -> Option<NaiveDateTime> {
                    d.and_hms_opt(u32::from(x.minutes / 60), u32::from(x.minutes % 60), 0)
                };
                let agrees = days.iter().filter_map(at).any(|t| {
                    (offset_minutes(zx, t) - offset_minutes(zy, t)).rem_euclid(1440) == written
                });
                let Some(t) = days.first().and_then(at) else {
                    continue;
                };
                let another_agrees = candidates.iter().skip(1).any(|&l| {
                    let (Some(zx), Some(zy)) = (zone(x, Some(l)), zone(y, Some(l))) else {
                        return false;
                    };
                    zx != zy
                        && days.iter().filter_map(at).any(|t| {
                            (offset_minutes(zx, t) - offset_minutes(zy, t)).rem_euclid(1440)
                                == written
                        })
                });
                if agrees || another_agrees {
                    continue;
                }
                let right = (i32::from(x.minutes) - offset_minutes(zx, t) + offset_minutes(zy, t))
                    .rem_euclid(1440);
                let hm = |m: i32| format!("{}:{:02}", m / 60, m % 60);
                let utc = |tz: Tz| {
                    let o = offset_minutes(tz, t);
                    format!("UTC{}{}", if o < 0 { '-' } else { '+' }, hm(o.abs()))
                };
                // The conversion with its clock ("6 h 28 à Tokyo"), and the time converted
                // before it: either may be the slip, so the finding covers both.
                let written = match y.clock {
                    Some(c) if c.start() >= y.span.end() => {
                        crate::finding::Span::new(y.span.start(), c.end())
                    }
                    _ => y.span,
                };
                let written = if x.span.end() <= written.start() {
                    crate::finding::Span::new(x.span.start(), written.end())
                } else {
                    written
                };
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, written, format!("{} would be {}", a.slice(y.span), hm(right))),
                        format!(
                            "`{}` in {} ({}) is {} in {} ({}) on {}, not `{}`",
                            a.slice(x.span),
                            zx.name(),
                            utc(zx),
                            hm(right),
                            zy.name(),
                            utc(zy),
                            t.date(),
                            a.slice(y.span)
                        ),
                    )
                    .related(Label::new(a.id, x.span, "the time converted"))
                    .help("check the offset of each zone on that day (daylight saving time changes it)"),
                );
            }
            if let Some(tz) = places.last() {
                last_place = Some((block_start, *tz));
            }
        }
    }
}

/// A local time converted to a known zone when no place tells the local zone: the two times
/// still give the local offset, which some zone of the tz database must have on that day
/// ("23 h 47 heure locale (19 h 19 GMT)" makes UTC+4:28, "2 pm (1430 GMT)" UTC-0:30).
fn offset_no_zone_has(
    a: &Article,
    x: &TimeOfDay,
    y: &TimeOfDay,
    other: Option<Tz>,
    days: &[NaiveDate],
) -> Option<Diagnostic> {
    if x.zone != "local" {
        return None;
    }
    let zy = other?;
    let t = days
        .first()?
        .and_hms_opt(u32::from(x.minutes / 60), u32::from(x.minutes % 60), 0)?;
    let implied =
        (i32::from(x.minutes) - i32::from(y.minutes) + offset_minutes(zy, t)).rem_euclid(1440);
    // Between UTC-12 and UTC+14.
    let implied = if implied > 14 * 60 {
        implied - 1440
    } else {
        implied
    };
    // Any zone of the tz database on that offset on one of the days (either side of daylight
    // saving when the article gives none): "2 pm (1330 GMT)" may be India's or Newfoundland's
    // clock, "2 pm (1430 GMT)" is no one's.
    if implied % 15 == 0
        && days
            .iter()
            .filter_map(|d| d.and_hms_opt(12, 0, 0))
            .any(|at| {
                chrono_tz::TZ_VARIANTS
                    .iter()
                    .any(|&tz| offset_minutes(tz, at) == implied)
            })
    {
        return None;
    }
    let hm = format!("{}:{:02}", implied.abs() / 60, implied.abs() % 60);
    // Either time may carry the slip: the finding covers both when they stand in order.
    let both = if x.span.end() <= y.span.start() {
        crate::finding::Span::new(x.span.start(), y.span.end())
    } else {
        y.span
    };
    Some(
        Diagnostic::new(
            Label::new(a.id, both, "no time zone is this far from the local time"),
            format!(
                "`{}` local time and `{}` in {} make the local clock UTC{}{hm}, an offset no time zone has",
                a.slice(x.span),
                a.slice(y.span),
                zy.name(),
                if implied < 0 { '-' } else { '+' },
            ),
        )
        .related(Label::new(a.id, x.span, "the time converted"))
        .help("no time zone has that offset on that day: check both times"),
    )
}

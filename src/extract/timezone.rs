//! The time zone of a gazetteer place, from the tz database: a city that names a zone
//! (`Europe/Paris`), else the zone of its country in `rules/tz/zone1970.tab` (tzdata, public
//! domain) when the country has one, or one zone for most of it and the place is its capital.
//! Offsets come from `chrono-tz`, never from a table of our own.

use super::gazetteer::{EntryKind, Gazetteer};
use crate::text::fold;
use chrono::{NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;
use std::collections::HashMap;
use std::sync::OnceLock;

const ZONE_TAB: &str = include_str!("../../rules/tz/zone1970.tab");

struct Zones {
    /// Folded city part of each zone name ("new york" for America/New_York).
    by_city: HashMap<String, Tz>,
    /// For each country code, its rows: (zone, comment).
    by_country: HashMap<String, Vec<(Tz, String)>>,
}

fn zones() -> &'static Zones {
    static Z: OnceLock<Zones> = OnceLock::new();
    Z.get_or_init(|| {
        let mut by_city = HashMap::new();
        for tz in chrono_tz::TZ_VARIANTS {
            if let Some(city) = tz.name().rsplit('/').next() {
                by_city.entry(fold(&city.replace('_', " "))).or_insert(tz);
            }
        }
        let mut by_country: HashMap<String, Vec<(Tz, String)>> = HashMap::new();
        for line in ZONE_TAB.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(codes), Some(name)) = (cols.first(), cols.get(2)) else {
                continue;
            };
            let Ok(tz) = name.parse::<Tz>() else { continue };
            let comment = cols.get(3).copied().unwrap_or("").to_string();
            for code in codes.split(',') {
                by_country
                    .entry(code.to_string())
                    .or_default()
                    .push((tz, comment.clone()));
            }
        }
        // Zones that keep one clock all year as an earlier row of their country (Busingen
        // beside Berlin) give it no second clock: only rows of another offset, in winter or
        // in summer, make a country one of several zones.
        for rows in by_country.values_mut() {
            let mut seen = Vec::new();
            rows.retain(|(tz, _)| {
                let c = year_clock(*tz);
                let new = !seen.contains(&c);
                seen.push(c);
                new
            });
        }
        Zones {
            by_city,
            by_country,
        }
    })
}

/// The offsets of a zone in winter and in summer: two zones of one clock (Zurich, Berlin)
/// give the same. Read in a recent year, so that a country that has since moved to one
/// clock (Kazakhstan in March 2024) is one zone: the news is mostly recent.
fn year_clock(tz: Tz) -> [Option<i32>; 2] {
    [(1, 15), (7, 15)].map(|(m, d)| {
        chrono::NaiveDate::from_ymd_opt(CLOCK_YEAR, m, d)
            .and_then(|day| day.and_hms_opt(12, 0, 0))
            .map(|at| offset_minutes(tz, at))
    })
}

/// The year whose clocks tell the zones of a country apart (see `year_clock`): fixed, so
/// that the output does not change with the day it is run.
const CLOCK_YEAR: i32 = 2025;

/// The time zone of a gazetteer place, when the tz database settles it.
pub fn zone_of(entry: u32) -> Option<Tz> {
    let g = Gazetteer::get();
    let e = g.entry(entry);
    // An institution sits in its country ("le Vatican", "l'Elysée"): its zone, when the
    // country has one.
    if e.kind == EntryKind::Org {
        return match zones().by_country.get(e.country.as_deref()?)?.as_slice() {
            [(tz, _)] => Some(*tz),
            _ => None,
        };
    }
    if !e.kind.is_place() {
        return None;
    }
    // A city's own zone first: Baltimore's is New York's, which no name of Baltimore gives.
    if let Some(tz) = e.zone.as_deref().and_then(|z| z.parse::<Tz>().ok()) {
        return Some(tz);
    }
    let z = zones();
    if matches!(e.kind, EntryKind::City | EntryKind::Capital) {
        if let Some(tz) = g.names(entry).find_map(|n| z.by_city.get(&fold(n))) {
            return Some(*tz);
        }
    }
    let rows = z.by_country.get(e.country.as_deref()?)?;
    match rows.as_slice() {
        [(tz, _)] => Some(*tz),
        // Several zones: the country itself or its capital take the one for most of it.
        _ if matches!(e.kind, EntryKind::Country | EntryKind::Capital) => {
            // A row naming the place ("Beijing Time"), else the first row for "most areas"
            // (the table lists a country's most populous zone first).
            rows.iter()
                .find(|(_, c)| c.contains(&e.name))
                .or_else(|| rows.iter().find(|(_, c)| c.contains("most")))
                .map(|(tz, _)| *tz)
        }
        _ => None,
    }
}

/// The zone of a place when the place has only one: a country spread over several zones
/// (Russia, the United States) says nothing sure about a local clock, though [`zone_of`]
/// gives its main zone.
pub fn sure_zone_of(entry: u32) -> Option<Tz> {
    if several_zones(entry) {
        return None;
    }
    zone_of(entry)
}

/// The zone of a city the time-zone database names ("reykjavik", folded), for the places
/// the gazetteer lacks: a dateline's capital is often one.
pub fn zone_of_city(folded: &str) -> Option<Tz> {
    zones().by_city.get(folded).copied()
}

/// True for a country spread over several zones (Russia, the United States).
fn several_zones(entry: u32) -> bool {
    let e = Gazetteer::get().entry(entry);
    e.kind == EntryKind::Country
        && e.country
            .as_deref()
            .and_then(|c| zones().by_country.get(c))
            .is_some_and(|rows| rows.len() > 1)
}

/// The zone a time's zone name stands for: `utc`, an abbreviation ("EDT", "CET", "MSK"), or
/// a folded place name with a zone in the tz database. `None` for `local` and the unknown.
pub fn zone_named(name: &str) -> Option<Tz> {
    use chrono_tz::{America, Asia, Europe};
    Some(match name {
        "utc" => chrono_tz::UTC,
        "local" => return None,
        // North American zones: daylight or standard time, the tz database picks by date.
        // Spelt out too: "3:55 p.m. Eastern time", "Pacific time".
        "et" | "edt" | "est" | "eastern" => America::New_York,
        "ct" | "cdt" | "cst" | "central" => America::Chicago,
        "mt" | "mdt" | "mst" | "mountain" => America::Denver,
        "pt" | "pdt" | "pst" | "pacific" => America::Los_Angeles,
        "cet" | "cest" => Europe::Paris,
        "bst" => Europe::London,
        "msk" => Europe::Moscow,
        "jst" => Asia::Tokyo,
        "hkt" => Asia::Hong_Kong,
        // "Heure indienne", "Japan time", "Indian time": a nationality names its country's
        // clock, when the country keeps one.
        place => {
            let g = Gazetteer::get();
            return g
                .lookup_folded(place)
                .or_else(|| crate::extract::demonyms::country_of(place).and_then(|c| g.country(c)))
                .and_then(zone_of);
        }
    })
}

/// True when a place names the clock of a time rather than a place of the story: a
/// conversion ("13 h 38 (10 h 08 à Paris)", "soit 7:20 in Paris"), "heure de Moscou",
/// "Moscow time". "À 9 h 50 à Pékin" says where it happened.
pub fn is_clock_place(text: &str, place: crate::finding::Span) -> bool {
    static BEFORE: OnceLock<regex::Regex> = OnceLock::new();
    static AFTER: OnceLock<regex::Regex> = OnceLock::new();
    let before =
        &text[crate::text::floor_boundary(text, place.start().saturating_sub(40))..place.start()];
    let after = &text[place.end()..crate::text::floor_boundary(text, place.end() + 8)];
    BEFORE
        .get_or_init(|| {
            regex::Regex::new(
                r"(?i)(?:(?:\(|\bsoit|\bor|\bi\.e\.)\s*\d{1,2}\s?(?:(?:h|:)\s?\d\d(?:\s?[ap]\.?\s?m\.?)?|heures?\b|h\b|[ap]\.?\s?m\.?)(?:\s+(?:du\s+(?:matin|soir)|de\s+l'apr[eè]s-midi|de\s+la\s+nuit|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\s+(?:à|in)|\bheure\s+de)\s+$",
            )
            .expect("clock pattern compiles")
        })
        .is_match(before)
        || AFTER
            .get_or_init(|| regex::Regex::new(r"^\s+time\b").expect("clock pattern compiles"))
            .is_match(after)
}

/// The one clock the gazetteer places among `ents` read (none when they read several, or
/// when one of them spans several zones). A clock a time is converted to ("10 h 15 à Paris")
/// is no place of the sentence.
pub fn zone_of_places(
    ents: &[&crate::extract::EntityFact],
    f: &crate::extract::Facts,
) -> Option<Tz> {
    let clocks: Vec<_> = f.times.iter().filter_map(|t| t.clock).collect();
    let mut found: Option<Tz> = None;
    for e in ents.iter().filter(|e| {
        e.kind == crate::extract::EntityKind::Place && !clocks.iter().any(|c| c.contains(e.span))
    }) {
        let id = e.entry?;
        let tz = sure_zone_of(id)?;
        match found {
            Some(z) if year_clock(z) != year_clock(tz) => return None,
            _ => found = Some(tz),
        }
    }
    found
}

/// The zone a story happens in: of the zones the headline and first paragraph name (places,
/// and people by their country's zone), the one named more often than all the others
/// together ("Inde : un avion s'écrase à Ahmedabad", "qui devait relier Ahmedabad à Londres":
/// India). A clock a time is converted to ("10 h 08 à Paris") is no place of the story; a
/// place further down is as often a destination or an origin.
pub fn story_zone(a: &crate::corpus::Article, f: &crate::extract::Facts) -> Option<Tz> {
    let zones = lede_zones(a, f);
    // "Off Russia's Kamchatka peninsula ... waves hit Japan": a country of several zones
    // votes for none of them, so that the one-zone country beside it is no majority.
    let clocks: Vec<_> = f.times.iter().filter_map(|t| t.clock).collect();
    let unsure = f
        .entities
        .iter()
        .filter(|e| !clocks.iter().any(|c| c.contains(e.span)))
        .filter(|e| crate::align::events::in_lede(a, e.span))
        .filter(|e| e.entry.is_some_and(several_zones))
        .count();
    let mentions: usize = zones.iter().map(|(_, n)| n).sum::<usize>() + unsure;
    zones
        .iter()
        .find(|(_, n)| 2 * n > mentions)
        .map(|(z, _)| *z)
}

/// The zones the headline and first paragraph name, each with how often (see
/// [`story_zone`]), in order of first mention.
pub fn lede_zones(a: &crate::corpus::Article, f: &crate::extract::Facts) -> Vec<(Tz, usize)> {
    let clocks: Vec<_> = f.times.iter().filter_map(|t| t.clock).collect();
    let mut zones: Vec<(Tz, usize)> = Vec::new();
    for tz in f
        .entities
        .iter()
        .filter(|e| !clocks.iter().any(|c| c.contains(e.span)))
        .filter(|e| crate::align::events::in_lede(a, e.span))
        .filter_map(|e| e.entry.and_then(sure_zone_of))
    {
        // "Allemagne" and "Magdebourg" name one clock, whichever row of the table each
        // reads it from.
        match zones
            .iter_mut()
            .find(|(z, _)| *z == tz || year_clock(*z) == year_clock(tz))
        {
            Some((_, n)) => *n += 1,
            None => zones.push((tz, 1)),
        }
    }
    // "The western German city of Solingen", "la ville allemande de Solingen": a town the
    // gazetteer does not list, whose country the adjective beside it names.
    for tz in towns_by_nationality(a)
        .filter_map(|code| Gazetteer::get().country(code))
        .filter_map(sure_zone_of)
    {
        match zones
            .iter_mut()
            .find(|(z, _)| *z == tz || year_clock(*z) == year_clock(tz))
        {
            Some((_, n)) => *n += 1,
            None => zones.push((tz, 1)),
        }
    }
    zones
}

/// The countries that nationality adjectives give to places in the headline and the first
/// paragraph: the adjective right before "city" (or a word between: "the western German
/// city"), right after "ville".
fn towns_by_nationality(a: &crate::corpus::Article) -> impl Iterator<Item = &'static str> + '_ {
    const PLACES: &[&str] = &[
        "city", "town", "village", "region", "province", "port", "ville", "commune", "localite",
        "island", "ile", "capital", "capitale", "district",
    ];
    a.text_sentences()
        .filter(|s| crate::align::events::in_lede(a, s.span))
        .flat_map(move |s| {
            let words: Vec<&str> = a
                .seg
                .tokens_in(s.span)
                .iter()
                .filter(|t| t.kind == crate::text::TokKind::Word)
                .map(|t| a.slice(t.span))
                .collect();
            let mut found = Vec::new();
            for (i, w) in words.iter().enumerate() {
                if !PLACES.contains(&fold(w).as_str()) {
                    continue;
                }
                let near = [i.checked_sub(1), i.checked_sub(2), Some(i + 1)];
                if let Some(code) = near
                    .into_iter()
                    .flatten()
                    .filter_map(|j| words.get(j))
                    .find_map(|w| crate::extract::demonyms::country_of(w))
                {
                    found.push(code);
                }
            }
            found
        })
}

/// Minutes east of UTC of `tz` at a moment (local wall time read as UTC is close enough to
/// pick the offset: only the hour around a change of offset differs).
pub fn offset_minutes(tz: Tz, at: NaiveDateTime) -> i32 {
    tz.offset_from_utc_datetime(&at).fix().local_minus_utc() / 60
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str) -> u32 {
        Gazetteer::get()
            .lookup_folded(&fold(name))
            .unwrap_or_else(|| panic!("{name} in the gazetteer"))
    }

    #[test]
    fn places_get_their_zone() {
        assert_eq!(zone_of(place("Paris")), Some(chrono_tz::Europe::Paris));
        assert_eq!(zone_of(place("Moscou")), Some(chrono_tz::Europe::Moscow));
        // A capital that names no zone: its country's zone for most of it.
        assert_eq!(zone_of(place("Pékin")), Some(chrono_tz::Asia::Shanghai));
        assert_eq!(
            zone_of(place("Washington")),
            Some(chrono_tz::America::New_York)
        );
        let summer = chrono::NaiveDate::from_ymd_opt(2025, 7, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("a date");
        assert_eq!(offset_minutes(chrono_tz::Europe::Paris, summer), 120);
    }

    #[test]
    fn north_american_zones_spelt_out_are_their_clocks() {
        assert_eq!(zone_named("eastern"), Some(chrono_tz::America::New_York));
        assert_eq!(zone_named("pacific"), Some(chrono_tz::America::Los_Angeles));
        let t = crate::claims::times_of_day("at 3:55 p.m. Eastern time on Thursday", 0);
        assert_eq!(t.first().map(|t| t.zone.as_str()), Some("eastern"));
    }

    #[test]
    fn a_conversion_names_a_clock_even_with_a_part_of_the_day() {
        let clock = |text: &str, place: &str| {
            let start = text.find(place).expect("the place is in the text");
            is_clock_place(text, crate::finding::Span::new(start, start + place.len()))
        };
        assert!(clock(
            "vers 17 heures, soit 2 heures du matin samedi à Paris.",
            "Paris"
        ));
        assert!(clock(
            "à 14 heures, soit 8 heures du soir à Paris.",
            "Paris"
        ));
        assert!(clock("à 10 h 15, soit 16 h 15 à Paris.", "Paris"));
        // Where it happened, not a clock.
        assert!(!clock(
            "Il est arrivé vers 2 heures du matin à Paris.",
            "Paris"
        ));
    }

    #[test]
    fn a_country_of_one_clock_is_sure() {
        // Germany's second row (Busingen) keeps Berlin's clock all year; Russia's do not.
        assert!(sure_zone_of(place("Allemagne")).is_some());
        assert!(sure_zone_of(place("Russie")).is_none());
        let an = crate::analysis::Analysis::from_pairs(&[(
            "a.txt",
            " date 2024-12-21 Allemagne : une voiture fonce dans un marché à Magdebourg\n\nCinq personnes ont été tuées vendredi au marché de Noël de Magdebourg, dans l'est de l'Allemagne.\n\nLa voiture a foncé dans la foule vers 19 h 04.\n",
        )]);
        let a = &an.corpus.articles[0];
        assert_eq!(
            story_zone(a, &an.facts[0]).map(|z| offset_minutes(
                z,
                chrono::NaiveDate::from_ymd_opt(2024, 12, 20)
                    .and_then(|d| d.and_hms_opt(12, 0, 0))
                    .expect("a date")
            )),
            Some(60)
        );
    }

    #[test]
    fn a_town_the_gazetteer_lacks_takes_its_country_s_clock_from_an_adjective() {
        let an = crate::analysis::Analysis::from_pairs(&[(
            "a.txt",
            " date 2026-08-24 Knife attack\n\nA man attacked people in the western German city of Hilden on Friday evening.\n",
        )]);
        let a = &an.corpus.articles[0];
        assert_eq!(
            story_zone(a, &an.facts[0])
                .map(|z| year_clock(z) == year_clock(chrono_tz::Europe::Berlin)),
            Some(true)
        );
        // An island, a capital, a district are places an adjective gives a country too.
        let an = crate::analysis::Analysis::from_pairs(&[(
            "a.txt",
            " date 2026-11-16 Ferry\n\nA ferry capsized off the central Philippine island of Masbate on Sunday.\n",
        )]);
        assert_eq!(
            story_zone(&an.corpus.articles[0], &an.facts[0])
                .map(|z| year_clock(z) == year_clock(chrono_tz::Asia::Manila)),
            Some(true)
        );
    }
}

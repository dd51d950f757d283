//! The gazetteer: places generated from GeoNames and iso-codes (`rules/gazetteer/places.toml`,
//! see `scripts/gen_gazetteer.py`) and curated people and organisations
//! (`rules/gazetteer/people.toml`), matched by alias with aho-corasick.

use crate::text::fold;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// English words that make a compound of a place name ("London-bound", "Paris-based"):
/// the place is named all the same.
const COMPOUND_SUFFIXES: &[&str] = &[
    "bound",
    "based",
    "born",
    "led",
    "backed",
    "owned",
    "registered",
    "headquartered",
];

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    /// A country.
    Country,
    /// A capital city (seat of government).
    Capital,
    /// Another city.
    City,
    /// A region of a country (a US state): a place with its country and time zone, never a
    /// city of the story's own.
    Region,
    /// A person.
    Person,
    /// An organisation.
    Org,
}

impl EntryKind {
    /// True for places.
    pub fn is_place(self) -> bool {
        matches!(
            self,
            EntryKind::Country | EntryKind::Capital | EntryKind::City | EntryKind::Region
        )
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, Deserialize)]
pub struct Entry {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntryKind,
    /// ISO 3166 code of the country it belongs to.
    #[serde(default)]
    pub country: Option<String>,
    /// For countries: the capital's name.
    #[serde(default)]
    pub capital: Option<String>,
    /// For people: their role.
    #[serde(default)]
    pub role: Option<String>,
    /// For organisations that stand for a state ("le Kremlin").
    #[serde(default)]
    pub state_actor: bool,
    /// Inhabitants (places).
    #[serde(default)]
    pub population: u64,
    /// For cities: the IANA time zone (GeoNames), such as `America/New_York`.
    #[serde(default)]
    pub zone: Option<String>,
    /// For organisations: the cities they sit in, by any of their names ("Bruxelles" for
    /// the European Commission), which a report may name for them ("Bruxelles doit encore
    /// se prononcer").
    #[serde(default)]
    pub seats: Vec<String>,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Entry {
    /// True when the entry can stand for a state in metonymy ("Pékin a annoncé").
    pub fn can_act_as_state(&self) -> bool {
        matches!(self.kind, EntryKind::Country | EntryKind::Capital) || self.state_actor
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    place: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PeopleFile {
    entity: Vec<Entry>,
}

/// All entries with an alias matcher.
pub struct Gazetteer {
    /// Entries; ids are indices.
    pub entries: Vec<Entry>,
    ac: AhoCorasick,
    pattern_entry: Vec<u32>,
    /// For an entry chosen for a name other places bear too, those places (in entry order).
    homonyms: HashMap<u32, Vec<u32>>,
    capital_of: HashMap<String, u32>,
    country_of: HashMap<String, u32>,
    by_folded: HashMap<String, u32>,
    /// Entries by [`crate::text::translit_key`] of their folded aliases, `None` where two
    /// entries share a key; built on the first name no alias matches.
    by_translit: OnceLock<HashMap<String, Option<u32>>>,
    /// The city entries of each organisation's [`Entry::seats`].
    seats: HashMap<u32, Vec<u32>>,
}

fn priority(e: &Entry) -> (u8, u64) {
    let k = match e.kind {
        EntryKind::Person | EntryKind::Org => 4,
        EntryKind::Country => 3,
        EntryKind::Capital => 2,
        EntryKind::City => 1,
        // A city or a country of the same name is meant more often ("New Mexico" aside).
        EntryKind::Region => 0,
    };
    (k, e.population)
}

impl Gazetteer {
    /// The shipped gazetteer (built once).
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let places: PlacesFile =
                toml::from_str(include_str!("../../rules/gazetteer/places.toml"))
                    .expect("rules/gazetteer/places.toml is checked by tests");
            let people: PeopleFile =
                toml::from_str(include_str!("../../rules/gazetteer/people.toml"))
                    .expect("rules/gazetteer/people.toml is checked by tests");
            let mut entries = people.entity;
            entries.extend(places.place);
            Gazetteer::new(entries)
        })
    }

    /// Builds the matcher over `entries`.
    pub fn new(entries: Vec<Entry>) -> Self {
        let stop = super::stopwords();
        let mut best: HashMap<String, u32> = HashMap::new();
        // Every place bearing each alias: "Valencia" is a city of Spain and of Venezuela.
        let mut bearers: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            // French house styles that leave capitals unaccented ("Etats-Unis", "Egypte")
            // name the same places.
            let bare: Vec<String> = std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .map(|a| unaccented_capitals(a))
                .filter(|b| !e.aliases.contains(b) && *b != e.name)
                .collect();
            for alias in std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .chain(bare.iter())
            {
                // A place alias in lower case is a transliteration that would match words.
                let lower_place = e.kind.is_place() && alias.starts_with(char::is_lowercase);
                if alias.chars().count() < 2 || stop.contains(&fold(alias)) || lower_place {
                    continue;
                }
                let cur = best.get(alias.as_str()).copied();
                if cur.is_none_or(|c| priority(&entries[c as usize]) < priority(e)) {
                    best.insert(alias.clone(), i as u32);
                }
                if matches!(e.kind, EntryKind::City | EntryKind::Capital) {
                    bearers.entry(alias.clone()).or_default().push(i as u32);
                }
            }
        }
        let mut homonyms: HashMap<u32, Vec<u32>> = HashMap::new();
        for (alias, ids) in &bearers {
            let Some(&chosen) = best.get(alias) else {
                continue;
            };
            for &other in ids.iter().filter(|&&o| o != chosen) {
                let list = homonyms.entry(chosen).or_default();
                if !list.contains(&other) {
                    list.push(other);
                }
            }
        }
        for list in homonyms.values_mut() {
            list.sort_unstable();
        }
        let mut pats: Vec<(String, u32)> = best.into_iter().collect();
        pats.sort();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(pats.iter().map(|p| p.0.as_str()))
            .expect("gazetteer patterns build");
        let mut capital_of = HashMap::new();
        let mut country_of = HashMap::new();
        let mut by_folded = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            if e.kind == EntryKind::Country {
                if let Some(c) = &e.country {
                    country_of.insert(c.clone(), i as u32);
                }
            }
            if e.kind == EntryKind::Capital {
                if let Some(c) = &e.country {
                    capital_of.insert(c.clone(), i as u32);
                }
            }
        }
        for (alias, id) in &pats {
            let f = fold(alias);
            let cur = by_folded.get(&f).copied();
            if cur.is_none_or(|c: u32| {
                priority(&entries[c as usize]) < priority(&entries[*id as usize])
            }) {
                by_folded.insert(f, *id);
            }
        }
        let seats = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.seats.is_empty())
            .map(|(i, e)| {
                let cities = e
                    .seats
                    .iter()
                    .filter_map(|s| by_folded.get(&fold(s)).copied())
                    .collect();
                (i as u32, cities)
            })
            .collect();
        Gazetteer {
            seats,
            homonyms,
            pattern_entry: pats.iter().map(|p| p.1).collect(),
            entries,
            ac,
            capital_of,
            country_of,
            by_folded,
            by_translit: OnceLock::new(),
        }
    }

    /// Entry by id.
    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    /// Whole-word alias matches in `text`: (start, end, entry id).
    pub fn find(&self, text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        let found: Vec<aho_corasick::Match> = self.ac.find_iter(text).collect();
        let place = |m: &aho_corasick::Match| {
            self.entry(self.pattern_entry[m.pattern().as_usize()])
                .kind
                .is_place()
        };
        // "Le vol Paris-Los Angeles", "la liaison Calais–Douvres": two places joined by a
        // hyphen are a route between them, each named whole.
        let free = |at: usize, back: bool| {
            let c = if back {
                text[..at].chars().next_back()
            } else {
                text[at..].chars().next()
            };
            !c.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '–')
        };
        let route_pair = |i: usize| -> bool {
            let pair = |x: &aho_corasick::Match, y: &aho_corasick::Match| {
                matches!(text.get(x.end()..y.start()), Some("-" | "–"))
                    && place(x)
                    && place(y)
                    && free(x.start(), true)
                    && free(y.end(), false)
            };
            let m = &found[i];
            (i + 1 < found.len() && pair(m, &found[i + 1])) || (i > 0 && pair(&found[i - 1], m))
        };
        for (i, m) in found.iter().enumerate() {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            if route_pair(i) {
                out.push((
                    m.start(),
                    m.end(),
                    self.pattern_entry[m.pattern().as_usize()],
                ));
                continue;
            }
            let joined = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
            // "the London-bound jet", "a Paris-based group": an English compound names the
            // place.
            let compound = || {
                text[m.end()..].strip_prefix('-').is_some_and(|rest| {
                    let word = rest
                        .split(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or("");
                    COMPOUND_SUFFIXES.contains(&word)
                })
            };
            if joined(before) || (joined(after) && !compound()) {
                continue;
            }
            out.push((
                m.start(),
                m.end(),
                self.pattern_entry[m.pattern().as_usize()],
            ));
        }
        out
    }

    /// The other places that bear a name the matcher gives to `id` ("Valencia" of Spain for
    /// the Venezuelan one it picks by size).
    pub fn homonyms(&self, id: u32) -> &[u32] {
        self.homonyms.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The cities an organisation sits in (see [`Entry::seats`]).
    pub fn seats(&self, id: u32) -> &[u32] {
        self.seats.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The country entry of a country code.
    pub fn country(&self, code: &str) -> Option<u32> {
        self.country_of.get(code).copied()
    }

    /// The capital entry of a country code.
    pub fn capital_of(&self, country: &str) -> Option<u32> {
        self.capital_of.get(country).copied()
    }

    /// An entry by a folded alias.
    pub fn lookup_folded(&self, folded: &str) -> Option<u32> {
        self.by_folded.get(folded).copied()
    }

    /// The one entry whose alias is `name` transliterated another way ("Koursk" for
    /// "Kursk"), for a name no alias matches. Short keys are left out: they would match
    /// words.
    pub fn lookup_translit(&self, name: &str) -> Option<u32> {
        const MIN_KEY: usize = 5;
        let key = crate::text::translit_key(name);
        if key.len() < MIN_KEY {
            return None;
        }
        let map = self.by_translit.get_or_init(|| {
            let mut map: HashMap<String, Option<u32>> = HashMap::new();
            for (alias, &id) in &self.by_folded {
                let k = crate::text::translit_key(alias);
                if k.len() < MIN_KEY {
                    continue;
                }
                map.entry(k)
                    .and_modify(|e| {
                        if *e != Some(id) {
                            *e = None;
                        }
                    })
                    .or_insert(Some(id));
            }
            map
        });
        map.get(&key).copied().flatten()
    }

    /// Every alias of an entry (name first).
    pub fn names(&self, id: u32) -> impl Iterator<Item = &str> {
        let e = self.entry(id);
        std::iter::once(e.name.as_str()).chain(e.aliases.iter().map(String::as_str))
    }

    /// Folded forms of every alias in the gazetteer (for the spelling checks).
    pub fn folded_words(&self) -> HashSet<String> {
        self.by_folded.keys().cloned().collect()
    }
}

/// `name` with its capital letters stripped of their accents ("Etats-Unis" for
/// "États-Unis"); lower-case letters keep theirs.
fn unaccented_capitals(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'É' | 'È' | 'Ê' | 'Ë' => 'E',
            'À' | 'Â' | 'Ä' => 'A',
            'Î' | 'Ï' => 'I',
            'Ô' | 'Ö' => 'O',
            'Û' | 'Ü' | 'Ù' => 'U',
            'Ç' => 'C',
            c => c,
        })
        .collect()
}

/// The country a territory is part of, for the codes the gazetteer gives France's overseas
/// departments and communities: "Saint-Denis" is read as Réunion's capital, while a report
/// of a match at the Stade de France means the town north of Paris. Both are France, whose
/// places are two of one country like Pékin and Harbin.
pub fn sovereign(cc: &str) -> &str {
    match cc {
        "GP" | "MQ" | "GF" | "RE" | "YT" | "PM" | "BL" | "MF" | "WF" | "PF" | "NC" => "FR",
        cc => cc,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seat_is_a_city_of_the_gazetteer() {
        let g = Gazetteer::get();
        for (id, e) in g.entries.iter().enumerate() {
            let seats = g.seats(id as u32);
            assert_eq!(seats.len(), e.seats.len(), "{}: {:?}", e.name, e.seats);
            for &s in seats {
                let k = g.entry(s).kind;
                assert!(
                    matches!(k, EntryKind::City | EntryKind::Capital),
                    "{}",
                    e.name
                );
            }
        }
        let commission = g.lookup_folded("european commission").expect("an entry");
        let brussels = g.lookup_folded("bruxelles").expect("an entry");
        assert_eq!(g.seats(commission), [brussels]);
    }

    #[test]
    fn a_name_transliterated_another_way_finds_its_entry() {
        let g = Gazetteer::get();
        assert!(g.find("Koursk").is_empty());
        assert_eq!(g.lookup_translit("Koursk"), g.lookup_folded("kursk"));
        assert!(g.lookup_translit("Koursk").is_some());
        // Too short to tell from a word.
        assert_eq!(g.lookup_translit("Kiou"), None);
    }

    #[test]
    fn shipped_gazetteer_loads_and_matches_aliases() {
        let g = Gazetteer::get();
        let found: Vec<String> = g
            .find("Entre Moscou et Pékin, Chicago et la Chine ; Xinhua, pas Xinhuanet.")
            .into_iter()
            .map(|(_, _, id)| g.entry(id).name.clone())
            .collect();
        assert_eq!(found, ["Moscow", "Beijing", "Chicago", "China", "Xinhua"]);
        let cn = g.capital_of("CN").unwrap();
        assert_eq!(g.entry(cn).name, "Beijing");
        assert!(g
            .entry(g.lookup_folded("pekin").unwrap())
            .can_act_as_state());
        assert!(!g
            .entry(g.lookup_folded("chicago").unwrap())
            .can_act_as_state());
    }

    #[test]
    fn britain_is_the_united_kingdom_in_both_languages() {
        let g = Gazetteer::get();
        let found: Vec<String> = g
            .find("Britain and France met; la Grande-Bretagne a signé, Great Britain too.")
            .into_iter()
            .map(|(_, _, id)| g.entry(id).name.clone())
            .collect();
        assert_eq!(
            found,
            [
                "United Kingdom",
                "France",
                "United Kingdom",
                "United Kingdom"
            ]
        );
    }

    #[test]
    fn a_region_iso_codes_names_locally_has_its_press_names() {
        let g = Gazetteer::get();
        let ids: Vec<u32> = g
            .find("En Crimée, in Crimea; in Tigray.")
            .into_iter()
            .map(|(_, _, id)| id)
            .collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        assert_eq!(ids[0], ids[1]);
        assert_eq!(g.entry(ids[0]).country.as_deref(), Some("UA"));
        assert_eq!(g.entry(ids[2]).country.as_deref(), Some("ET"));
    }

    #[test]
    fn regions_of_larger_countries_in_three_languages() {
        let g = Gazetteer::get();
        let ids: Vec<u32> = g
            .find("En Bavière, in Bavaria, in Bayern; Maharashtra.")
            .into_iter()
            .map(|(_, _, id)| id)
            .collect();
        assert_eq!(ids.len(), 4, "{ids:?}");
        assert!(ids[..3].iter().all(|&id| id == ids[0]));
        assert_eq!(g.entry(ids[0]).kind, EntryKind::Region);
        assert_eq!(g.entry(ids[0]).country.as_deref(), Some("DE"));
    }

    #[test]
    fn an_alias_that_is_a_word_opening_a_sentence_is_that_word() {
        use crate::analysis::Analysis;
        let an = Analysis::from_texts(&[(
            "a.txt".into(),
            " date 2026-11-04 T\n\nSeul un train sur trois circulera. À Séoul, rien.\n".into(),
        )]);
        let places: Vec<&str> = an.facts[0]
            .entities
            .iter()
            .filter(|e| e.entry.is_some())
            .map(|e| an.corpus.articles[0].slice(e.span))
            .collect();
        assert_eq!(places, ["Séoul"]);
        // A city alias that is only a common word ("Seul" for Seoul) is not in the shipped
        // gazetteer at all (`scripts/gen_gazetteer.py`).
        let g = Gazetteer::get();
        assert!(g
            .entries
            .iter()
            .all(|e| !e.aliases.iter().any(|x| x == "Seul" || x == "Valley")));
    }
}

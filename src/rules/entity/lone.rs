//! Entries of the gazetteer that one report of an event names alone: the shared logic of
//! `entity/uncorroborated-place` (a city) and `event/participant-conflict` (a person).

use super::preferred_name;
use crate::analysis::Analysis;
use crate::claims::{Aspect, Claim, Scope, Value};
use crate::extract::gazetteer::{sovereign, EntryKind, Gazetteer};
use crate::finding::{Diagnostic, Label, Span};
use crate::rules::Ctx;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// Independent sources that report an event at all before one source's lone entry counts.
const MIN_SOURCES: usize = 3;

/// Independent sources up to which another report's mention of a place under another
/// happening of its story corroborates it. A small story splits its details among a few
/// happenings (the landing, the crash); in a wire cluster of dozens of sources, the event's
/// own reports are evidence enough, and someone names every country somewhere.
const ANYWHERE_MAX_SOURCES: usize = 8;

/// Inhabitants below which a lone place is not reported (see [`report_lone`]).
const MIN_POPULATION: u64 = 10_000;

/// What a lone-entry rule reports: a place (`entity/uncorroborated-place`) or a participant
/// (`event/participant-conflict`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lone {
    /// A city or capital.
    Place,
    /// A person.
    Person,
}

impl Lone {
    fn takes(self, k: EntryKind) -> bool {
        match self {
            Lone::Place => matches!(k, EntryKind::City | EntryKind::Capital),
            Lone::Person => k == EntryKind::Person,
        }
    }
}

/// Reports the gazetteer entries of kind `what` that one source alone names among an event's
/// reports, when no other source names anything of the entry's country and the article names
/// nothing else of it either: the shape of a swapped entity ("Tokyo" in a story about Moscou
/// and Pékin, "Macron" as the host of a visit to Beijing). Both lone-entry rules share it so
/// that the evidence, the thresholds and the message stay one.
/// True when another source of the event writes the place's name as this report does,
/// whatever it was read as there: "the Santa Lucia left port" beside "the ferry Santa
/// Lucia" of the other reports is the ship they all name, not a town of the story that only
/// one report names.
fn written_by_another(
    an: &Analysis,
    c: &Claim,
    reporters: &BTreeSet<(crate::finding::ArticleId, u32)>,
) -> bool {
    let name = an.corpus.get(c.article).slice(c.span);
    let word = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
    reporters
        .iter()
        .filter(|&&(_, src)| src != c.source)
        .any(|&(art, _)| {
            let text = &an.corpus.get(art).text;
            text.match_indices(name).any(|(at, m)| {
                !word(text[..at].chars().next_back()) && !word(text[at + m.len()..].chars().next())
            })
        })
}

pub(crate) fn report_lone(
    an: &Analysis,
    ctx: &mut Ctx,
    what: Lone,
) -> rustc_hash::FxHashSet<(crate::finding::ArticleId, u32)> {
    let mut done = rustc_hash::FxHashSet::default();
    let g = Gazetteer::get();
    // The sources that report each event, whatever they name: a report that names no
    // gazetteer entry still tells the event's story without the lone place.
    // Lookups only, in maps that hash (a wire corpus holds a million claims): what is
    // iterated to report stays ordered.
    let mut reporting_all: FxHashMap<&Scope, rustc_hash::FxHashSet<u32>> = FxHashMap::default();
    for c in an.claims.iter() {
        if matches!(c.key.scope, Scope::Event(_)) {
            reporting_all
                .entry(&c.key.scope)
                .or_default()
                .insert(c.source);
        }
    }
    let widely_reported = |s: &Scope| reporting_all.get(s).map_or(0, |x| x.len()) >= MIN_SOURCES;
    // Each article's most widely reported event: a detail keyed to a happening that two
    // reports give (the announcement of a day of mourning, a visit days later) is weighed
    // among the reports of the story they tell.
    let mut main_event: FxHashMap<crate::finding::ArticleId, &Scope> = FxHashMap::default();
    for c in an.claims.iter() {
        if !matches!(c.key.scope, Scope::Event(_)) {
            continue;
        }
        let n = reporting_all[&c.key.scope].len();
        let e = main_event.entry(c.article).or_insert(&c.key.scope);
        let m = reporting_all[*e].len();
        if n > m || (n == m && c.key.scope < **e) {
            *e = &c.key.scope;
        }
    }
    // A report whose own events are all small (the charge on the day after a shooting, a
    // background sentence) is weighed among the reports of the story its co-reporters lead
    // with: for each event, the most widely reported main event of the articles that mention
    // it; for each article, the best of those over the events it mentions. One pass over the
    // mentions: no per-article union of event reports.
    let mut neighbour: Vec<Option<&Scope>> = vec![None; an.events.len()];
    let mut mentioned: FxHashMap<crate::finding::ArticleId, BTreeSet<usize>> = FxHashMap::default();
    let width = |s: &Scope| reporting_all.get(s).map_or(0, |x| x.len());
    for (e, ev) in an.events.iter().enumerate() {
        for m in &ev.mentions {
            mentioned.entry(m.article).or_default().insert(e);
            if let Some(&main) = main_event.get(&m.article) {
                let slot = &mut neighbour[e];
                if slot
                    .is_none_or(|b| width(main) > width(b) || (width(main) == width(b) && main < b))
                {
                    *slot = Some(main);
                }
            }
        }
    }
    let story_of = |article: crate::finding::ArticleId| -> Option<&Scope> {
        mentioned
            .get(&article)?
            .iter()
            .filter_map(|&e| neighbour[e])
            .max_by(|a, b| width(a).cmp(&width(b)).then(b.cmp(a)))
    };
    let mut by_scope: BTreeMap<&Scope, Vec<&Claim>> = BTreeMap::new();
    for c in an.claims.iter().filter(|c| c.key.aspect == Aspect::Named) {
        if !matches!(c.key.scope, Scope::Event(_)) {
            continue;
        }
        // A name keyed to a happening too few report (the resignation the day after a vote)
        // is weighed among the reports of the article's widest event, else of its story:
        // places and people alike, since a swapped leader hides there as well as a city.
        let group = if widely_reported(&c.key.scope) {
            Some(&c.key.scope)
        } else {
            main_event
                .get(&c.article)
                .copied()
                .filter(|s| widely_reported(s))
                .or_else(|| story_of(c.article).filter(|s| widely_reported(s)))
        };
        if let Some(group) = group {
            by_scope.entry(group).or_default().push(c);
        }
    }
    // A place already reported against the consensus of its key is not reported twice.
    let outlying: rustc_hash::FxHashSet<(crate::finding::ArticleId, u32)> = an
        .outliers
        .iter()
        .map(|o| &an.claims[o.claim])
        .filter(|c| c.key.aspect == Aspect::Place)
        .map(|c| (c.article, c.span.start))
        .collect();
    let reporting = &reporting_all;
    let mut reporters: FxHashMap<&Scope, BTreeSet<(crate::finding::ArticleId, u32)>> =
        FxHashMap::default();
    for c in &an.claims {
        if by_scope.contains_key(&c.key.scope) {
            reporters
                .entry(&c.key.scope)
                .or_default()
                .insert((c.article, c.source));
        }
    }
    // What each article names anywhere, whatever happening the sentence is keyed to: one
    // report may give the same detail under another event's key ("the plane, arriving from
    // Bangkok" keyed to the landing, "qui revenait de Bangkok" to the crash).
    let anywhere = std::cell::OnceCell::new();
    let anywhere = || {
        anywhere.get_or_init(|| {
            let mut m: FxHashMap<crate::finding::ArticleId, (BTreeSet<u32>, BTreeSet<&str>)> =
                FxHashMap::default();
            for c in an.claims.iter().filter(|c| c.key.aspect == Aspect::Named) {
                if let Value::Place { entry } = c.value {
                    let e = m.entry(c.article).or_default();
                    e.0.insert(entry);
                    if let Some(cc) = g.entry(entry).country.as_deref() {
                        e.1.insert(cc);
                    }
                }
            }
            m
        })
    };
    // The seats of the organisations each article names (see `Gazetteer::seats`), read
    // once for the whole corpus on the first event that asks.
    let seats_of = std::cell::OnceCell::new();
    let seats_named = |art: crate::finding::ArticleId| -> &[u32] {
        seats_of
            .get_or_init(|| {
                let mut m: FxHashMap<crate::finding::ArticleId, Vec<u32>> = FxHashMap::default();
                for (i, f) in an.facts.iter().enumerate() {
                    let mut seats: Vec<u32> = f
                        .entities
                        .iter()
                        .filter_map(|e| e.entry)
                        .flat_map(|id| g.seats(id).iter().copied())
                        .collect();
                    if !seats.is_empty() {
                        seats.sort_unstable();
                        seats.dedup();
                        m.insert(crate::finding::ArticleId(i as u32), seats);
                    }
                }
                m
            })
            .get(&art)
            .map_or(&[], Vec::as_slice)
    };
    for (scope, named) in by_scope {
        let nations = std::cell::OnceCell::new();
        // The places each sentence names, read once per event when a person needs them.
        let sentence_places = std::cell::OnceCell::new();
        if reporting.get(scope).map_or(0, |x| x.len()) < MIN_SOURCES {
            continue;
        }
        let sources = &reporting[scope];
        let entry_of = |c: &Claim| match c.value {
            Value::Place { entry } => entry,
            _ => unreachable!("named claims hold gazetteer entries"),
        };
        // Which sources name each country (by any place, person or organisation of it).
        let mut country_sources: FxHashMap<&str, BTreeSet<u32>> = FxHashMap::default();
        let mut entry_sources: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
        // The entries each article names in each country, and for each entry a claim of
        // each of its first two sources (for related labels): one pass, no rescans.
        let mut in_article: FxHashMap<(crate::finding::ArticleId, &str), BTreeSet<u32>> =
            FxHashMap::default();
        let mut first_claims: BTreeMap<u32, Vec<&Claim>> = BTreeMap::new();
        for c in &named {
            let id = entry_of(c);
            if let Some(cc) = g.entry(id).country.as_deref() {
                country_sources.entry(cc).or_default().insert(c.source);
                in_article.entry((c.article, cc)).or_default().insert(id);
            }
            entry_sources.entry(id).or_default().insert(c.source);
            let firsts = first_claims.entry(id).or_default();
            if firsts.len() < 2 && firsts.iter().all(|x| x.source != c.source) {
                firsts.push(c);
            }
        }
        // "The European Commission must approve it" names Bruxelles for a report that
        // writes "Bruxelles doit se prononcer": an organisation's seat is named with it.
        // The seat itself, not its country: the Parliament in Strasbourg corroborates no
        // Paris, and the Commission speaks for no Belgian.
        for &(art, src) in reporters[scope].iter().filter(|_| what == Lone::Place) {
            for &seat in seats_named(art) {
                entry_sources.entry(seat).or_default().insert(src);
            }
        }
        let mut of_article: FxHashMap<crate::finding::ArticleId, BTreeSet<u32>> =
            FxHashMap::default();
        // What each article's body names: a headline or a caption may keep the right name
        // beside a body that swapped it ("Carney hosts Lula" over "at the invitation of
        // Javier Milei").
        for c in &named {
            let titled = an
                .corpus
                .get(c.article)
                .block_at(c.sentence)
                .is_some_and(|b| {
                    matches!(
                        b.kind,
                        crate::corpus::BlockKind::Title | crate::corpus::BlockKind::Caption
                    )
                });
            let e = of_article.entry(c.article).or_default();
            if !titled {
                e.insert(entry_of(c));
            }
        }
        let mut reported: BTreeSet<(crate::finding::ArticleId, u32)> = BTreeSet::new();
        for c in &named {
            let id = entry_of(c);
            let e = g.entry(id);
            if !what.takes(e.kind) {
                continue;
            }
            let Some(cc) = e.country.as_deref() else {
                continue;
            };
            // A place of a few thousand people named once is a local detail or a word read
            // as a town ("les clés de Saint-Pierre"), far more often than a swapped city.
            if what == Lone::Place && e.population > 0 && e.population < MIN_POPULATION {
                continue;
            }
            // The article itself names the country elsewhere ("la situation au Venezuela
            // ... avec Caracas"): the entry is part of what it reports, not a swap.
            let own_context = in_article[&(c.article, cc)].iter().any(|&x| x != id);
            // "Saint-Denis", read as Réunion's capital in a report of a match near Paris: a
            // place of an overseas territory is corroborated by other sources' France. Not
            // the other way: "la place Saint-Pierre" (read as Saint-Pierre-et-Miquelon)
            // corroborates no swapped Paris.
            let sovereign_named = sovereign(cc) != cc
                && country_sources
                    .get(sovereign(cc))
                    .is_some_and(|s| s.iter().any(|&x| x != c.source));
            if country_sources[cc].len() > 1
                || entry_sources[&id].len() > 1
                || own_context
                || sovereign_named
                || in_another_year(an, c)
                || (what == Lone::Place && names_an_instrument(an, c))
                || outlying.contains(&(c.article, c.span.start))
                || (sources.len() <= ANYWHERE_MAX_SOURCES
                    && reporters[scope].iter().any(|&(art, src)| {
                    src != c.source
                        && anywhere()
                            .get(&art)
                            .is_some_and(|(ids, ccs)| ids.contains(&id) || ccs.contains(cc))
                    }))
                || (what == Lone::Place && written_by_another(an, c, &reporters[scope]))
                // A person named three times in one report is reported once.
                || (what == Lone::Person && !reported.insert((c.article, id)))
            {
                continue;
            }
            // A person the article introduces by nationality ("le Premier ministre indien
            // Narendra Modi") is someone it brings in on purpose, not a swapped participant.
            if what == Lone::Person
                && (introduced_by_nationality(an, c, cc) || in_another_happening(an, c))
            {
                continue;
            }
            // A swap takes someone's place: a report that names everyone two other sources
            // name, and this person besides ("Emmanuel Macron a salué" in a report of a
            // summit), adds a voice rather than swaps a participant...
            if what == Lone::Person {
                let own = &of_article[&c.article];
                let common: Vec<u32> = entry_sources
                    .iter()
                    .filter(|(&other, s)| {
                        g.entry(other).kind == EntryKind::Person
                            && s.iter().filter(|&&x| x != c.source).count() >= 2
                    })
                    .map(|(&other, _)| other)
                    .collect();
                // ...in a sentence of its own: beside one of them ("Narendra Modi and
                // Vladimir Putin will begin the talks"), the person stands in someone's place.
                let beside = named.iter().any(|o| {
                    o.article == c.article
                        && o.sentence == c.sentence
                        && common.contains(&entry_of(o))
                });
                // A voice speaks for its own country: "Narendra Modi a exprimé la solidarité
                // de la France", "Javier Milei a adressé depuis Paris ses condoléances", where
                // no other report names France, stands in for France's leader.
                let speaks_for_another = named.iter().any(|o| {
                    o.article == c.article && o.sentence == c.sentence && {
                        let other = g.entry(entry_of(o));
                        matches!(
                            other.kind,
                            EntryKind::Country | EntryKind::Capital | EntryKind::City
                        ) && other.country.as_deref().is_some_and(|oc| {
                            oc != cc && country_sources.get(oc).is_some_and(|s| s.len() == 1)
                        })
                    }
                });
                // Nor does a report that leaves out a person another source names, of a
                // country it names itself ("the Games were opened by X" where another
                // report has the host country's president): that person's place is taken.
                let left_out = entry_sources.iter().any(|(&other, s)| {
                    let o = g.entry(other);
                    o.kind == EntryKind::Person
                        && !own.contains(&other)
                        && s.iter().any(|&x| x != c.source)
                        && o.country
                            .as_deref()
                            .is_some_and(|oc| oc != cc && in_article.contains_key(&(c.article, oc)))
                });
                // Or a person another source names in a sentence that names a place this
                // sentence names too ("Pope Francis sent condolences from Rome", "X sent
                // condolences from Rome"): the same frame, another person in it.
                // Read only when the other tests would let the person go: the map of each
                // sentence's places is built once per event, and the scan is over its names.
                let same_frame = || {
                    let places = sentence_places.get_or_init(|| {
                        let mut m: FxHashMap<(crate::finding::ArticleId, u32), Vec<u32>> =
                            FxHashMap::default();
                        for o in &named {
                            let x = entry_of(o);
                            if g.entry(x).kind.is_place() {
                                m.entry((o.article, o.sentence.start)).or_default().push(x);
                            }
                        }
                        m
                    });
                    let Some(here) = places.get(&(c.article, c.sentence.start)) else {
                        return false;
                    };
                    named.iter().any(|o| {
                        let p = entry_of(o);
                        o.source != c.source
                            && g.entry(p).kind == EntryKind::Person
                            && !own.contains(&p)
                            && places
                                .get(&(o.article, o.sentence.start))
                                .is_some_and(|xs| xs.iter().any(|x| here.contains(x)))
                    })
                };
                if !common.is_empty()
                    && !beside
                    && !speaks_for_another
                    && !left_out
                    && common.iter().all(|o| own.contains(o))
                    && !same_frame()
                {
                    continue;
                }
            }
            // What the other reports do name: their most-named entries of the same kind, as
            // related labels.
            let mut top: Vec<(u32, usize)> = entry_sources
                .iter()
                // Named, not only the seat of something named.
                .filter(|(&other, s)| {
                    other != id
                        && s.len() > 1
                        && what.takes(g.entry(other).kind)
                        && first_claims.contains_key(&other)
                })
                .map(|(&other, s)| (other, s.len()))
                .collect();
            top.sort_by_key(|(i, n)| (std::cmp::Reverse(*n), *i));
            // Another report says "French" or "polonais": it names the country too. Read
            // only for a place about to be reported.
            if what == Lone::Place
                && nations
                    .get_or_init(|| lede_nationalities(an, &reporters[scope]))
                    .get(cc)
                    .is_some_and(|s| s.iter().any(|&x| x != c.source))
            {
                continue;
            }
            let a = an.corpus.get(c.article);
            let ev = match scope {
                Scope::Event(e) => &an.events[*e as usize],
                Scope::People(_) => continue,
            };
            let country = g
                .country(cc)
                .map_or(cc.to_string(), |ci| g.entry(ci).name.clone());
            let (message, help) = match what {
                Lone::Place => (
                    format!(
                        "`{}` ({country}): no other report of the {} of {} names it or anything else of {country} ({} independent sources)",
                        a.slice(c.span),
                        ev.kind,
                        ev.start,
                        sources.len()
                    ),
                    "check the place: the other reports name",
                ),
                Lone::Person => (
                    format!(
                        "`{}` ({country}): no other report of the {} of {} names this person or anything else of {country} ({} independent sources)",
                        a.slice(c.span),
                        ev.kind,
                        ev.start,
                        sources.len()
                    ),
                    "if this person is said to take part, check who did what: the other reports name",
                ),
            };
            let mut d = Diagnostic::new(
                Label::new(
                    c.article,
                    c.span,
                    format!("{} ({country}) here only", e.name),
                ),
                message,
            );
            let mut shown = 0;
            for (other, n) in top.iter().take(crate::claims::consensus::RELATED_CAP) {
                if let Some(o) = first_claims[other].iter().find(|x| x.source != c.source) {
                    d = d.related(Label::new(
                        o.article,
                        o.span,
                        format!("{} ({n} sources)", preferred_name(an, *other)),
                    ));
                    shown += 1;
                }
            }
            let names: Vec<String> = top
                .iter()
                .take(3)
                .map(|(i, n)| format!("{} ({n})", preferred_name(an, *i)))
                .collect();
            if shown > 0 {
                d = d.help(format!("{help} {}", names.join(", ")));
            }
            done.insert((c.article, c.span.start));
            ctx.report(d);
        }
    }
    done
}

/// What stands beside a person or a place in a sentence: another gazetteer entry, or a
/// proper name the gazetteer does not know ("Lloyd's List", "Autostrade").
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Anchor {
    Entry(u32),
    Name(crate::claims::Name),
}

/// Words at most between a person or a place and the anchor it stands beside ("À
/// Washington, Joe Biden", "Lloyd's List, basé à Londres").
const BESIDE_WORDS: usize = 3;

/// True when spans `x` and `y` of one sentence (`toks`) stand at most [`BESIDE_WORDS`] words
/// apart, with no punctuation between them but commas and apostrophes: one clause's subject
/// and its setting, not two facts of one long sentence.
fn close_beside(a: &crate::corpus::Article, toks: &[crate::text::Token], x: Span, y: Span) -> bool {
    let (from, to) = if x.start < y.start {
        (x.end, y.start)
    } else {
        (y.end, x.start)
    };
    if from > to {
        return false;
    }
    let between = &toks[toks.partition_point(|t| t.span.start < from)
        ..toks.partition_point(|t| t.span.start < to)];
    let mut words = 0;
    for t in between {
        match t.kind {
            crate::text::TokKind::Word => words += 1,
            crate::text::TokKind::Punct
                if !matches!(t.span.slice(&a.text), "," | "'" | "\u{2019}") =>
            {
                return false
            }
            _ => {}
        }
    }
    words <= BESIDE_WORDS
}

/// Reports a person or a place that one report names beside an anchor (a place, a person,
/// an organisation) where a report of another source names someone or somewhere else beside
/// the same anchor, when neither report names the other's entry anywhere: "À Moscou, Joe
/// Biden avait proposé son aide" against "In Washington, Joe Biden had offered help". One
/// source against one is a disagreement the consensus cannot settle, so both are reported
/// (a warning); an entry another source names too is never reported. Entries `done` holds
/// (already reported by [`report_lone`]) are skipped.
pub(crate) fn report_frames(
    an: &Analysis,
    ctx: &mut Ctx,
    what: Lone,
    done: &rustc_hash::FxHashSet<(crate::finding::ArticleId, u32)>,
) {
    use crate::extract::entities::EntityKind;
    use crate::finding::ArticleId;
    let g = Gazetteer::get();
    let EventSources {
        scope_of,
        reporters,
        source_of,
    } = an.event_sources();
    // The entries an article names anywhere.
    let names = |article: ArticleId| {
        an.facts[article.0 as usize]
            .entities
            .iter()
            .filter_map(|e| e.entry)
    };
    // Per event: anchor -> (entry beside it, article, span of the entry).
    type Beside = (u32, ArticleId, Span);
    // Hashed while the corpus is read (a wire corpus pushes millions), ordered once after.
    let mut frames: FxHashMap<(&Scope, Anchor), Vec<Beside>> = FxHashMap::default();
    for a in an.corpus.readable() {
        let f = &an.facts[a.id.0 as usize];
        for s in a.text_sentences() {
            let Some(scope) = scope_of.get(&(a.id, s.span.start)) else {
                continue;
            };
            let ents = crate::finding::starting_in(&f.entities, s.span, |e| e.span);
            let values: Vec<&crate::extract::entities::EntityFact> = ents
                .iter()
                .filter(|e| {
                    e.entry.is_some_and(|id| what.takes(g.entry(id).kind))
                        && (what == Lone::Person
                            || crate::extract::entities::after_locative(&a.text, e.span.start()))
                        && !crate::extract::timezone::is_clock_place(&a.text, e.span)
                })
                .collect();
            if values.is_empty() {
                continue;
            }
            // A place is anchored by who or what stands there (a person, an organisation, a
            // name the gazetteer does not know), a person by a city or an organisation: a
            // country or a region is named beside too much of a story to tie anything to
            // it, and names of one kind side by side are a list ("Lula, To Lam et
            // Loukachenko"), not a setting.
            let anchor_of = |e: &crate::extract::entities::EntityFact| match (e.entry, what) {
                (Some(id), _) => {
                    let k = g.entry(id).kind;
                    let fits = match what {
                        Lone::Place => matches!(k, EntryKind::Person | EntryKind::Org),
                        Lone::Person => {
                            matches!(k, EntryKind::Org | EntryKind::City | EntryKind::Capital)
                        }
                    };
                    fits.then_some(Anchor::Entry(id))
                }
                (None, Lone::Place)
                    if e.kind != EntityKind::Place
                        && e.name.chars().filter(|c| c.is_alphabetic()).count() >= 4 =>
                {
                    Some(Anchor::Name(e.name.clone()))
                }
                _ => None,
            };
            let toks = a.seg.tokens_in(s.span);
            for v in &values {
                for e in ents.iter() {
                    let Some(anchor) = anchor_of(e) else { continue };
                    if !close_beside(a, &toks, e.span, v.span) {
                        continue;
                    }
                    frames.entry((scope, anchor)).or_default().push((
                        v.entry.expect("values are entries"),
                        a.id,
                        v.span,
                    ));
                }
            }
        }
    }
    // Who did it and where, already reported against the consensus of their key.
    let mut reported: BTreeSet<(ArticleId, u32)> = an
        .outliers
        .iter()
        .map(|o| &an.claims[o.claim])
        .filter(|c| matches!(c.key.aspect, Aspect::Place | Aspect::Agent))
        .map(|c| (c.article, c.span.start))
        .collect();
    let mut frames: Vec<((&Scope, Anchor), Vec<Beside>)> = frames.into_iter().collect();
    frames.sort_unstable_by(|x, y| x.0.cmp(&y.0));
    for group in frames.chunk_by(|x, y| x.0 .0 == y.0 .0) {
        let scope = group[0].0 .0;
        let Scope::Event(e) = scope else { continue };
        let sources = &reporters[scope];
        // Whether more than one source of the event names each entry anywhere in its
        // article: the first source that does, and whether another does too (a wire event
        // has thousands of reports, whose sources need not be gathered).
        let mut named_by: FxHashMap<u32, (u32, bool)> = FxHashMap::default();
        for &(article, source) in sources {
            for id in names(article) {
                named_by
                    .entry(id)
                    .and_modify(|(first, more)| *more |= *first != source)
                    .or_insert((source, false));
            }
        }
        for ((_, anchor), beside) in group {
            for &(x, article, span) in beside {
                let source = source_of.get(&article);
                if done.contains(&(article, span.start))
                    || named_by.get(&x).is_none_or(|&(_, more)| more)
                {
                    continue;
                }
                let Some(&(y, other, other_span)) = beside.iter().find(|(y, o, _)| {
                    *y != x && source_of.get(o) != source && !names(article).any(|n| n == *y)
                }) else {
                    continue;
                };
                if !reported.insert((article, span.start)) {
                    continue;
                }
                let ev = &an.events[*e as usize];
                let a = an.corpus.get(article);
                let anchor_name = match anchor {
                    Anchor::Entry(id) => preferred_name(an, *id),
                    Anchor::Name(n) => n.to_string(),
                };
                let noun = match what {
                    Lone::Place => "place",
                    Lone::Person => "person",
                };
                let y_name = preferred_name(an, y);
                let d = Diagnostic::new(
                    Label::new(
                        article,
                        span,
                        format!("{} beside {anchor_name} here", g.entry(x).name),
                    ),
                    format!(
                        "`{}` beside {anchor_name}: another report of the {} of {} names {y_name} there, and neither report names the other's {noun}",
                        a.slice(span),
                        ev.kind,
                        ev.start,
                    ),
                )
                .related(Label::new(
                    other,
                    other_span,
                    format!("{y_name} beside {anchor_name}"),
                ))
                .help(format!(
                    "one source against one: check which {noun} goes with {anchor_name}"
                ));
                ctx.report(d);
            }
        }
    }
}

/// True when the sentence of `c` holds a nationality adjective of `country`.
fn introduced_by_nationality(an: &Analysis, c: &Claim, country: &str) -> bool {
    let a = an.corpus.get(c.article);
    let toks = a.seg.tokens_in(c.sentence);
    (0..toks.len()).any(|i| nationality_at(&a.text, &toks, i) == Some(country))
}

/// The country the word at token `i` is a nationality of: an adjective ("French",
/// "polonais") or an abbreviation ("U.S. officials", "UK nationals").
fn nationality_at(text: &str, toks: &[crate::text::Token], i: usize) -> Option<&'static str> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == crate::text::TokKind::Word)?;
    crate::extract::demonyms::country_of(t.span.slice(text))
        .or_else(|| crate::extract::demonyms::abbreviation_at(text, toks, i).map(|(c, _)| c))
}

/// True when a few words before the person place them in a happening before or after the
/// event ("après avoir rencontré Emmanuel Macron", "ahead of the call with Trump"): someone
/// the report mentions for context, not a participant of this event.
fn in_another_happening(an: &Analysis, c: &Claim) -> bool {
    let a = an.corpus.get(c.article);
    let toks = a.seg.tokens_in(c.sentence);
    let before = &toks[..toks.partition_point(|t| t.span.end <= c.span.start)];
    before
        .iter()
        .rev()
        .take(6)
        .take_while(|t| t.kind != crate::text::TokKind::Punct || t.span.slice(&a.text) == "'")
        .any(|t| is_other_happening_word(&crate::text::fold(t.span.slice(&a.text))))
}

/// True for a folded word that places what follows it in a happening before or after the
/// one reported ("avant l'appel avec Trump", "ahead of talks with Modi").
pub(crate) fn is_other_happening_word(w: &str) -> bool {
    matches!(
        w,
        "avant" | "apres" | "depuis" | "before" | "after" | "since" | "ahead" | "following"
    )
}

/// True for a city that names a treaty or an agreement signed there ("l'accord de Paris",
/// "the Paris Agreement", "le protocole de Kyoto"): no place of the event.
fn names_an_instrument(an: &Analysis, c: &Claim) -> bool {
    use std::sync::OnceLock;
    static BEFORE: OnceLock<regex::Regex> = OnceLock::new();
    static AFTER: OnceLock<regex::Regex> = OnceLock::new();
    let a = an.corpus.get(c.article);
    let from = crate::text::floor_boundary(&a.text, c.span.start().saturating_sub(32));
    let before = crate::text::fold(&a.text[from..c.span.start()]);
    let to = crate::text::floor_boundary(&a.text, (c.span.end() + 24).min(a.text.len()));
    let after = &a.text[c.span.end()..to];
    BEFORE
        .get_or_init(|| {
            regex::Regex::new(
                r"\b(?:accords?|traites?|protocoles?|pactes?|conventions?|chartes?|treaty|treaties|agreements?|protocol|pact|charter|convention)\s+(?:de\s+|d'|of\s+)$",
            )
            .expect("valid regex")
        })
        .is_match(&before)
        || AFTER
            .get_or_init(|| {
                regex::Regex::new(
                    r"^\s+(?:Agreements?|Accords?|Protocol|Treaty|Pact|Charter|Convention|agreements?|accords?|protocol|treaty|pact)\b",
                )
                .expect("valid regex")
            })
            .is_match(after)
}

/// The nationalities the headline and first paragraph of each report write ("the French
/// Open", "le gouvernement polonais"), as the sources that write each country's: read once per
/// event, and only for an event with a place about to be reported. Further down, reports
/// mention the nations that offered help or sent condolences.
fn lede_nationalities(
    an: &Analysis,
    reporters: &BTreeSet<(crate::finding::ArticleId, u32)>,
) -> BTreeMap<&'static str, BTreeSet<u32>> {
    let mut out: BTreeMap<&'static str, BTreeSet<u32>> = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for &(article, source) in reporters {
        if !seen.insert(article) {
            continue;
        }
        let a = an.corpus.get(article);
        // The lede's tokens and the three after it (an abbreviation, "U. S.", reads up to
        // four): a wire event has thousands of reporters, whose whole text is not needed.
        let mut toks: Vec<crate::text::Token> = Vec::new();
        let mut lede = 0;
        for t in a.seg.tokens() {
            if lede == toks.len() && crate::align::events::in_lede(a, t.span) {
                lede += 1;
            } else if toks.len() >= lede + 3 {
                break;
            }
            toks.push(t);
        }
        for i in 0..lede {
            if let Some(cc) = nationality_at(&a.text, &toks, i) {
                out.entry(cc).or_default().insert(source);
            }
        }
    }
    out
}

/// True when the clause naming the entry is dated in another year than its event, and the
/// sentence nowhere in the event's ("Luis Enrique had won it with Barcelona in 2015"):
/// background, not a participant or a place of this event.
fn in_another_year(an: &Analysis, c: &Claim) -> bool {
    use chrono::Datelike;
    let Scope::Event(e) = c.key.scope else {
        return false;
    };
    let a = an.corpus.get(c.article);
    let year = an.events[e as usize].start.year();
    let dates =
        crate::finding::starting_in(&an.facts[c.article.0 as usize].dates, c.sentence, |d| {
            d.span
        });
    // "Prolonge son contrat avec Moscou jusqu'en 2036": a term the deal runs to, not a
    // happening of another year.
    let term = |d: Span| {
        let from = crate::text::floor_boundary(&a.text, d.start().saturating_sub(12));
        let before = crate::text::fold(&a.text[from..d.start()]);
        let before = before.trim_end();
        [
            "jusqu'", "jusqu'en", "jusqu'a", "until", "till", "through", "d'ici",
        ]
        .iter()
        .any(|w| before.ends_with(w))
    };
    let dated: Vec<(Span, i32)> = dates
        .iter()
        .filter(|d| c.sentence.contains(d.span) && !term(d.span))
        .filter_map(|d| d.start.map(|s| (d.span, s.year())))
        .collect();
    let same_clause = |d: Span| {
        let (from, to) = if d.start < c.span.start {
            (d.end(), c.span.start())
        } else {
            (c.span.end(), d.start())
        };
        let gap = &a.text[from.min(to)..to];
        // "Leur sommet d'Helsinki, en 2018": the year set off by a comma right after the
        // place is still the place's.
        let apposed = d.start >= c.span.end
            && matches!(
                gap.trim_matches([' ', ',', '\u{a0}']),
                "" | "en" | "in" | "de" | "of"
            );
        apposed || (to.saturating_sub(from) <= 60 && !gap.contains([',', ';', ':']))
    };
    !dated.iter().any(|&(_, y)| y == year)
        && dated.iter().any(|&(d, y)| y != year && same_clause(d))
}

/// Rule examples of the lone-entry rules: one report per template, published on `date`, with
/// `{}` filled by the entry each report names (`a.txt`, `b.txt`...). Reports worded
/// differently, so that each counts as a source.
pub(crate) fn example_reports(
    date: &str,
    templates: &[&str],
    entries: &[&str],
) -> Vec<(String, String)> {
    entries
        .iter()
        .zip(templates)
        .enumerate()
        .map(|(i, (entry, template))| {
            (
                format!("{}.txt", (b'a' + i as u8) as char),
                format!(" date {date} T\n\n{}\n", template.replace("{}", entry)),
            )
        })
        .collect()
}

/// Each sentence's event (from its claims), the sources that report each event, and each
/// article's source: what `report_frames` reads for places and for people alike, built once
/// per analysis (see [`Analysis::event_sources`]).
#[derive(Default)]
pub struct EventSources {
    /// The event of an (article, sentence start) that states a claim of one.
    pub scope_of: FxHashMap<(crate::finding::ArticleId, u32), Scope>,
    /// The (article, source) pairs that report each event.
    pub reporters: FxHashMap<Scope, BTreeSet<(crate::finding::ArticleId, u32)>>,
    /// Each article's source.
    pub source_of: FxHashMap<crate::finding::ArticleId, u32>,
}

impl EventSources {
    /// Reads the claims of an analysis.
    pub fn of(claims: &[Claim]) -> Self {
        let mut out = EventSources::default();
        for c in claims {
            if matches!(c.key.scope, Scope::Event(_)) {
                out.scope_of
                    .entry((c.article, c.sentence.start))
                    .or_insert_with(|| c.key.scope.clone());
                // Claims come article by article: most repeat the last pair.
                let set = out.reporters.entry(c.key.scope.clone()).or_default();
                if set.last() != Some(&(c.article, c.source)) {
                    set.insert((c.article, c.source));
                }
            }
            out.source_of.insert(c.article, c.source);
        }
        out
    }
}

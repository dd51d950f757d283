//! `entity/uncorroborated-place`: a city that one report of an event names where no other
//! report names that city or anything else of its country.

use super::preferred_name;
use crate::analysis::Analysis;
use crate::claims::{Aspect, Claim, Scope, Value};
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope as RuleScope};
use std::collections::{BTreeMap, BTreeSet};

const DOCS: &str = "\
### What it does
Among the reports of one event (see `recoupe events`), reports a city or capital that one
source alone names, when no other source names that city, its country, or any other place
or person of that country, and at least three independent sources report the event. The
help names the places the other reports agree on, with up to three of them as related
labels.

Independent sources: each outlet counts once (the `source` metadata, else the file name
without a trailing number), and copies of one sentence count as one source.

Severity: a warning. One source naming a place is no proof of a slip (a report may add a
background fact no one else gives), but a capital swapped for another (\"Londres\" where the
story is about Moscou and Pékin) is exactly this shape, and only the comparison with the
other reports can see it.

### Why is this bad
A place that belongs to no country the story is about is the mark of a swapped entity: the
wrong capital typed, a city from another dispatch pasted in.

### Examples
Three reports of a visit to Moscou by Xi Jinping, and a fourth that quotes a statement issued
\"depuis Tokyo\": the fourth is reported.
";

struct UncorroboratedPlace(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    // Reports worded differently (copies of one sentence count as one source).
    let reports = [
        "Le président chinois Xi Jinping est arrivé le 20 mars 2026 à {} pour une visite d'État auprès de Vladimir Poutine.",
        "China's leader Xi Jinping landed in {} on March 20, 2026 for talks with Vladimir Putin.",
        "Vladimir Poutine a accueilli Xi Jinping à {} le 20 mars 2026, au premier jour d'une visite de trois jours.",
        "Xi Jinping a entamé le 20 mars 2026 une visite très attendue chez Vladimir Poutine, selon un communiqué diffusé depuis {}.",
    ];
    let mk = |places: &[&str]| -> Vec<(String, String)> {
        places
            .iter()
            .enumerate()
            .map(|(i, p)| {
                (
                    format!("{}.txt", (b'a' + i as u8) as char),
                    format!(" date 2026-03-21 T\n\n{}\n", reports[i].replace("{}", p)),
                )
            })
            .collect()
    };
    Box::new(UncorroboratedPlace(RuleMeta {
        id: "entity/uncorroborated-place".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: RuleScope::Event,
        summary: "a city one report of an event names, in a country no other report names".into(),
        docs: DOCS.into(),
        examples: vec![
            Example {
                articles: mk(&["Moscou", "Moscou", "Moscou", "Tokyo"]),
                expect: 1,
            },
            // Saint-Pétersbourg is in Russia, which the other reports name.
            Example {
                articles: mk(&["Moscou", "Moscou", "Moscou", "Saint-Pétersbourg"]),
                expect: 0,
            },
            // Two sources only: too few to speak of a consensus.
            Example {
                articles: mk(&["Moscou", "Tokyo"]),
                expect: 0,
            },
        ],
    }))
}

/// Independent sources that report an event at all before one source's lone place counts.
const MIN_SOURCES: usize = 3;

impl Rule for UncorroboratedPlace {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let mut by_scope: BTreeMap<&Scope, Vec<&Claim>> = BTreeMap::new();
        for c in an.claims.iter().filter(|c| c.key.aspect == Aspect::Named) {
            if matches!(c.key.scope, Scope::Event(_)) {
                by_scope.entry(&c.key.scope).or_default().push(c);
            }
        }
        // A place already reported against the consensus of its key is not reported twice.
        let outlying: BTreeSet<(crate::finding::ArticleId, u32)> = an
            .outliers
            .iter()
            .map(|o| &an.claims[o.claim])
            .filter(|c| c.key.aspect == Aspect::Place)
            .map(|c| (c.article, c.span.start))
            .collect();
        for (scope, named) in by_scope {
            let sources: BTreeSet<u32> = named.iter().map(|c| c.source).collect();
            if sources.len() < MIN_SOURCES {
                continue;
            }
            let entry_of = |c: &Claim| match c.value {
                Value::Place { entry } => entry,
                _ => unreachable!("named claims hold gazetteer entries"),
            };
            // Which sources name each country (by any place, person or organisation of it).
            let mut country_sources: BTreeMap<&str, BTreeSet<u32>> = BTreeMap::new();
            let mut city_sources: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
            // The entries each article names in each country, and for each entry a claim of
            // each of its first two sources (for related labels): one pass, no rescans.
            let mut in_article: BTreeMap<(crate::finding::ArticleId, &str), BTreeSet<u32>> =
                BTreeMap::new();
            let mut first_claims: BTreeMap<u32, Vec<&Claim>> = BTreeMap::new();
            for c in &named {
                let id = entry_of(c);
                if let Some(cc) = g.entry(id).country.as_deref() {
                    country_sources.entry(cc).or_default().insert(c.source);
                    in_article.entry((c.article, cc)).or_default().insert(id);
                }
                city_sources.entry(id).or_default().insert(c.source);
                let firsts = first_claims.entry(id).or_default();
                if firsts.len() < 2 && firsts.iter().all(|x| x.source != c.source) {
                    firsts.push(c);
                }
            }
            for c in &named {
                let id = entry_of(c);
                let e = g.entry(id);
                if !matches!(e.kind, EntryKind::City | EntryKind::Capital) {
                    continue;
                }
                let Some(cc) = e.country.as_deref() else {
                    continue;
                };
                // The article itself names the country elsewhere ("la situation au Venezuela
                // ... avec Caracas"): the place is part of what it reports, not a swap.
                let own_context = in_article[&(c.article, cc)].iter().any(|&x| x != id);
                if country_sources[cc].len() > 1
                    || city_sources[&id].len() > 1
                    || own_context
                    || outlying.contains(&(c.article, c.span.start))
                {
                    continue;
                }
                // What the other reports do name: their most-named cities, as related labels.
                let mut counts: BTreeMap<u32, usize> = BTreeMap::new();
                for (&other, s) in &city_sources {
                    let k = g.entry(other).kind;
                    if other != id
                        && s.len() > 1
                        && matches!(k, EntryKind::City | EntryKind::Capital)
                    {
                        counts.insert(other, s.len());
                    }
                }
                let mut top: Vec<(u32, usize)> = counts.into_iter().collect();
                top.sort_by_key(|(i, n)| (std::cmp::Reverse(*n), *i));
                let a = an.corpus.get(c.article);
                let ev = match scope {
                    Scope::Event(e) => &an.events[*e as usize],
                    Scope::People(_) => continue,
                };
                let country = g
                    .country(cc)
                    .map_or(cc.to_string(), |ci| g.entry(ci).name.clone());
                let mut d = Diagnostic::new(
                    Label::new(c.article, c.span, format!("{} ({country}) here only", e.name)),
                    format!(
                        "`{}` ({country}): no other report of the {} of {} names it or anything else of {country} ({} independent sources)",
                        a.slice(c.span),
                        ev.kind,
                        ev.start,
                        sources.len()
                    ),
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
                    d = d.help(format!(
                        "check the place: the other reports name {}",
                        names.join(", ")
                    ));
                }
                ctx.report(d);
            }
        }
    }
}

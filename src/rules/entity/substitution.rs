//! `entity/substitution`: aligned passages that differ by one entity.

use crate::align::sentences::{replacements, DiffKind};
use crate::analysis::Analysis;
use crate::claims::{Aspect, Value};
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::entity::preferred_name_in;
use crate::rules::{merge_by_primary, report_claim_outliers, Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
In two aligned passages of different articles, reports a known place, person or organisation
that the word diff shows replaced by another of the same kind: Kiev against Minsk, Pékin
against Tokyo, Xi Jinping against Li Qiang. Proper names the gazetteer does not know are
compared too (as a warning), unless the two are spellings of one name, which
`entity/name-variant` reports. Aliases of one entity (Pékin, Beijing, Peking)
are the same entity and never reported. The side fewer sources support is reported.

Severity: an error when the passages are near-verbatim copies (Jaccard similarity of content
tokens at least 0.7), a warning when they are paraphrases, which may legitimately speak of two
different places.

A difference between two photo captions is information: two photos may show two moments.
When the two sentences also differ by another date, figure or entity, they more likely state
two facts (a visit to Moscow in 2023, one to Beijing in 2024) than carry one slip: a warning.

Outside aligned sentences, the rule reads **claims** (see `recoupe facts`): each place where something happened (\"arrivé à Moscou\", \"landed in Beijing\") is
keyed by the event it belongs to and a concept from the bilingual lexicon
(`rules/lexicon/concepts.toml`: the verb names the moment), so a French report and an English one that share no
sentence are compared. The claims of one key are weighed against their consensus:
- compatible values agree (one place, or two cities of one country);
- each outlet counts once, and copies of one sentence count as one source;
- the value fewer independent sources support is reported, with up to 3 supporting reports
  as related labels and the totals in the message;
- **error** only when at least 2 independent sources stand against 1, with no hedge and no
  legitimate reason (a caption); a single source against another is a **warning**; two values
  each held by several sources are a split and are not reported;
- an article that gives two values for one key (a headline against its body) is a warning.

### Why is this bad
Copy that changes one place or person while keeping every other word is the signature of a
slip (autocomplete, template reuse, translation), not of new reporting.

### Examples
\"Les deux dirigeants se sont rencontrés à Pékin en septembre\" against \"... à Tokyo en
septembre\" is reported.
";

struct Substitution(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |p: &str| {
        format!("T\n\nXi Jinping et Vladimir Poutine se sont vus pour la dernière fois à {p} en septembre, lors d'un défilé militaire.\n")
    };
    let en = |p: &str| {
        format!("+++\nlang = \"en\"\n+++\nThe Indian prime minister arrived in {p} on Friday for a two-day visit, his first in seven years.\n")
    };
    Box::new(Substitution(RuleMeta {
        id: "entity/substitution".into(),
        category: "entity".into(),
        default_severity: Severity::Error,
        scope: Scope::Pair,
        summary: "aligned passages that differ by one entity".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &s("Pékin")),
                    ("b.txt", &s("Pékin")),
                    ("c.txt", &s("Tokyo")),
                ],
                1,
            ),
            Example::many(&[("a.txt", &s("Pékin")), ("b.txt", &s("Beijing"))], 0),
            // A city and its country: one place at two levels of detail.
            Example::many(
                &[
                    ("a.txt", &en("Tokyo")),
                    ("b.txt", &en("Tokyo")),
                    ("c.txt", &en("Japan")),
                ],
                0,
            ),
            Example::many(
                &[
                    ("a.txt", &en("Tokyo")),
                    ("b.txt", &en("Tokyo")),
                    ("c.txt", &en("Seoul")),
                ],
                1,
            ),
            // Each sentence names both companies, in swapped roles: nothing was replaced.
            Example::many(
                &[
                    ("a.txt", "T\n\nEurostar a annoncé mercredi la commande de 30 trains à grande vitesse au constructeur Alstom, pour environ 2 milliards d'euros.\n"),
                    ("b.txt", "T\n\nAlstom a remporté une commande de 30 trains à grande vitesse passée mercredi par Eurostar, pour environ 2 milliards d'euros.\n"),
                ],
                0,
            ),
            // A city that opens a longer name is weighed by the rest of the name: the club
            // is no place of the story, but its city is still one.
            Example::many(
                &[
                    ("a.txt", " date 2025-06-01 T\n\nLe Paris Saint-Germain a remporté samedi 31 mai la finale à Munich.\n"),
                    ("b.txt", "+++\nlang = \"en\"\ndate = 2025-06-01\n+++\nParis Saint-Germain won the final in Munich on Saturday, May 31.\n"),
                    ("c.txt", " date 2025-06-01 T\n\nSamedi 31 mai, à Munich, le Madrid Saint-Germain a gagné la finale.\n"),
                ],
                1,
            ),
        ],
    }))
}

impl Rule for Substitution {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let mut seen = std::collections::HashSet::new();
        let mut pending = Vec::new();
        let places = crate::rules::outlier_places(an, false);
        for r in replacements(an) {
            if r.kind != DiffKind::Entity {
                continue;
            }
            let (sus, refr) = (r.suspect, r.reference);
            let es = &an.facts[sus.article.0 as usize].entities;
            let er = &an.facts[refr.article.0 as usize].entities;
            // The replaced words must be one entity on each side, and nothing else.
            let Some(a) = es
                .iter()
                .find(|e| e.span.contains(r.here) && r.here.contains(e.span))
            else {
                continue;
            };
            let Some(b) = er
                .iter()
                .find(|e| e.span.contains(r.there) && r.there.contains(e.span))
            else {
                continue;
            };
            if crate::rules::consensus_decides(
                &places,
                (sus.article, a.span, sus.support),
                (refr.article, b.span, refr.support),
            ) {
                continue;
            }
            // "Eurostar a commandé 30 trains à Alstom" and "Alstom a remporté une commande
            // d'Eurostar": each sentence names both, in swapped roles; nothing was replaced.
            let names_too = |es: &[crate::extract::EntityFact], sentence: Span, other: &str| {
                es.iter()
                    .any(|e| sentence.contains(e.span) && &*e.name == other)
            };
            if names_too(es, sus.span, &b.name) && names_too(er, refr.span, &a.name) {
                continue;
            }
            // "arrived in Tokyo" and "arrived in Japan": a city and its country are one place
            // told at two levels of detail, not a swap.
            if let (Some(ia), Some(ib)) = (a.entry, b.entry) {
                let (xa, xb) = (g.entry(ia), g.entry(ib));
                let within =
                    |city: &crate::extract::gazetteer::Entry,
                     country: &crate::extract::gazetteer::Entry| {
                        country.kind == EntryKind::Country
                            && city.kind.is_place()
                            && city.country.is_some()
                            && city.country == country.country
                    };
                if within(xa, xb) || within(xb, xa) {
                    continue;
                }
            }
            // Two known entities, or (a warning) two names found by shape.
            let known = match (a.entry, b.entry) {
                (Some(ia), Some(ib)) if ia != ib && a.kind == b.kind => true,
                (None, None) if !near_spelling(&a.name, &b.name) => false,
                _ => continue,
            };
            let name = |e: &crate::extract::EntityFact| {
                e.entry
                    .map_or_else(|| e.name.to_string(), |id| g.entry(id).name.clone())
            };
            let sb = an.corpus.get(refr.article);
            let (ta, tb) = (an.corpus.get(sus.article).slice(a.span), sb.slice(b.span));
            let mut d = Diagnostic::new(
                Label::new(sus.article, a.span, format!("{} here", name(a))),
                format!("`{ta}` where {} has `{tb}` in the same passage", sb.display),
            )
            .related(Label::new(
                refr.article,
                b.span,
                format!("{} here", name(b)),
            ))
            .help(format!(
                "{} source(s) say `{ta}`, {} say `{tb}`",
                sus.support, refr.support
            ))
            .fix(tb);
            if r.jaccard < 0.7 || !known {
                d = d.at_most(Severity::Warning);
            }
            if let Some(cap) = r.severity_cap(an) {
                d = d.at_most(cap);
            }
            seen.insert((sus.article, a.span));
            pending.push(d);
        }
        for d in merge_by_primary(pending) {
            ctx.report(d);
        }
        // Outside aligned sentences: reports of one event that place what happened in
        // different countries ("arrivé à Rome" where the others say Moscou).
        report_claim_outliers(an, ctx, &[Aspect::Place], &seen, "place", |o, d| {
            match o.consensus {
                Value::Place { entry } => {
                    let lang = an.corpus.get(an.claims[o.claim].article).lang;
                    d.fix(preferred_name_in(an, entry, lang))
                }
                _ => d,
            }
        });
    }
}

/// Two spellings of one name (a variant, left to `entity/name-variant`), not two names.
fn near_spelling(a: &str, b: &str) -> bool {
    let (fa, fb) = (crate::text::fold(a), crate::text::fold(b));
    strsim::damerau_levenshtein(&fa, &fb) <= 2
        || crate::text::near::transliteration_key(&fa)
            == crate::text::near::transliteration_key(&fb)
}

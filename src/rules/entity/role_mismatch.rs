//! `entity/role-mismatch`: a place used as a state actor that cannot be one.

use super::context_countries;
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::extract::EntityKind;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;
use serde::Deserialize;
use std::sync::OnceLock;

const DOCS: &str = "\
### What it does
Reports a city that is not a seat of government used as a state actor, in the contexts listed
in `rules/patterns/state-actor.toml`: \"de la part de X\", \"X a fustigé\", \"entre Moscou et
X\". Only a country, a capital or a seat of government (Kremlin, Maison Blanche) can act for a
state. The fix suggests the capital of the country the surrounding text talks about (people,
places and organisations of the same paragraph, its neighbours and the title), other than the
city's own country: a city swapped in from elsewhere is the usual mistake.

### Why is this bad
\"Un rôle de médiateur de la part de Chicago\" in an article about Xi Jinping makes no sense:
Chicago is no government. It is a wrong entity (a template, translation or autocomplete slip),
and readers cannot tell what was meant.

### Examples
\"espèrent un rôle de médiateur de la part de Chicago\" next to Xi and China is reported,
suggesting Pékin; \"de la part de Pékin\" is not; \"un vol entre Chicago et Denver\" is not.
";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Patterns {
    before: Vec<String>,
    after: Vec<String>,
    pair_open: Vec<String>,
    pair_join: Vec<String>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let mut p: Patterns =
            toml::from_str(include_str!("../../../rules/patterns/state-actor.toml"))
                .expect("rules/patterns/state-actor.toml is checked by tests");
        for v in [
            &mut p.before,
            &mut p.after,
            &mut p.pair_open,
            &mut p.pair_join,
        ] {
            for s in v.iter_mut() {
                *s = fold(s);
            }
        }
        p
    })
}

struct RoleMismatch(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(RoleMismatch(RuleMeta {
        id: "entity/role-mismatch".into(),
        category: "entity".into(),
        default_severity: Severity::Error,
        scope: Scope::Article,
        summary: "a city that is no seat of government used as a state actor".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "Titre\n\nOn espère que l'influence de Xi Jinping aidera. Les Européens espèrent un rôle de médiateur de la part de Chicago, et la Chine hésite.\n",
                1,
            ),
            Example::one("Titre\n\nLes Européens espèrent un rôle de médiateur de la part de Pékin, et la Chine hésite.\n", 0),
            Example::one("Titre\n\nUn vol direct entre Chicago et Denver a été annulé mardi.\n", 0),
            Example::one("Titre\n\nLes relations entre Moscou et Shanghai se sont tendues, selon la Chine.\n", 1),
        ],
    }))
}

fn ends_with_phrase(before: &str, phrases: &[String]) -> bool {
    let b = before.trim_end();
    phrases.iter().any(|p| {
        b.ends_with(p.as_str())
            && b[..b.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn starts_with_phrase(after: &str, phrases: &[String]) -> bool {
    let a = after.trim_start();
    phrases.iter().any(|p| {
        a.starts_with(p.as_str())
            && a[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl Rule for RoleMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let p = patterns();
        let facts = &an.facts[a.id.0 as usize];
        let places: Vec<_> = facts
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Place || e.kind == EntityKind::Org)
            .collect();
        for (k, e) in places.iter().enumerate() {
            let Some(id) = e.entry else { continue };
            let entry = g.entry(id);
            if entry.kind != EntryKind::City {
                continue;
            }
            let Some(block) = a.block_at(e.span) else {
                continue;
            };
            let before = fold(&a.text[block.span.start()..e.span.start()]);
            let after = fold(&a.text[e.span.end()..block.span.end()]);
            let mut hit =
                ends_with_phrase(&before, &p.before) || starts_with_phrase(&after, &p.after);
            // "entre Moscou et X" / "entre X et Moscou": the partner must be a state actor.
            if !hit {
                let is_state = |i: usize| {
                    places
                        .get(i)
                        .and_then(|o| o.entry)
                        .is_some_and(|o| g.entry(o).can_act_as_state())
                };
                let join_before = k > 0 && {
                    let between = fold(&a.text[places[k - 1].span.end()..e.span.start()]);
                    p.pair_join.iter().any(|j| between.trim() == j.as_str())
                        && ends_with_phrase(
                            &fold(&a.text[block.span.start()..places[k - 1].span.start()]),
                            &p.pair_open,
                        )
                        && is_state(k - 1)
                };
                let join_after = k + 1 < places.len() && {
                    let between = fold(&a.text[e.span.end()..places[k + 1].span.start()]);
                    p.pair_join.iter().any(|j| between.trim() == j.as_str())
                        && ends_with_phrase(&before, &p.pair_open)
                        && is_state(k + 1)
                };
                hit = join_before || join_after;
            }
            if !hit {
                continue;
            }
            let own = entry.country.clone().unwrap_or_default();
            let mut ctxw = context_countries(a, an, e.span);
            ctxw.remove(&own);
            let best = ctxw
                .iter()
                .filter_map(|(c, w)| g.capital_of(c).map(|cap| (cap, *w)))
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
            let mut d = Diagnostic::new(
                Label::new(a.id, e.span, "a city, not a state actor"),
                format!(
                    "`{}` is used as a state actor, but {} is a city, not a seat of government",
                    a.slice(e.span),
                    entry.name
                ),
            );
            if let Some((cap, _)) = best {
                let name = preferred_name(an, cap);
                d = d
                    .help(format!(
                        "the context points to {}; did you mean {name}?",
                        g.entry(cap).country.as_deref().unwrap_or("?")
                    ))
                    .fix(name);
            } else {
                d = d.help("name a country, a capital or a government here");
            }
            ctx.report(d);
        }
    }
}

/// The alias of an entry the corpus uses most (so a French corpus gets "Pékin").
pub(crate) fn preferred_name(an: &Analysis, id: u32) -> String {
    an.preferred
        .get(&id)
        .cloned()
        .unwrap_or_else(|| Gazetteer::get().entry(id).name.clone())
}

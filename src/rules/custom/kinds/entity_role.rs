//! `kind = "entity-role"`: an entity in a context that needs an attribute.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::choice;
use super::{Common, FileCtx};
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::rules::custom::{RawRule, RuleFileError};
use crate::rules::entity::{context_countries, preferred_name};
use crate::rules::{Ctx, Rule, RuleMeta};
use crate::text::fold;

struct EntityRole {
    c: Common,
    before: Vec<String>,
    after: Vec<String>,
    pair_open: Vec<String>,
    pair_join: Vec<String>,
    entity: Vec<EntryKind>,
    require: String,
    suggest_capital: bool,
}

fn kinds_named(s: &str) -> Option<Vec<EntryKind>> {
    Some(match s {
        "city" => vec![EntryKind::City],
        "capital" => vec![EntryKind::Capital],
        "country" => vec![EntryKind::Country],
        "region" => vec![EntryKind::Region],
        "place" => vec![
            EntryKind::City,
            EntryKind::Capital,
            EntryKind::Country,
            EntryKind::Region,
        ],
        "person" => vec![EntryKind::Person],
        "org" => vec![EntryKind::Org],
        "any" => vec![
            EntryKind::City,
            EntryKind::Capital,
            EntryKind::Country,
            EntryKind::Region,
            EntryKind::Person,
            EntryKind::Org,
        ],
        _ => return None,
    })
}

const REQUIRES: &[&str] = &[
    "state-actor",
    "capital",
    "country",
    "city",
    "place",
    "person",
    "org",
];

pub(super) fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let entity = match &r.entity {
        None => vec![
            EntryKind::City,
            EntryKind::Capital,
            EntryKind::Country,
            EntryKind::Region,
            EntryKind::Person,
            EntryKind::Org,
        ],
        Some(e) => match kinds_named(e.get_ref()) {
            Some(k) => k,
            None => {
                return cx.err(
                    e.span(),
                    format!("unknown entity kind `{}`", e.get_ref()),
                    Some("city, capital, country, place, person, org, any".into()),
                )
            }
        },
    };
    let Some(require) = r.require else {
        return cx.err(
            r.kind.span(),
            "an entity-role rule needs `require`",
            Some(format!("one of {}", REQUIRES.join(", "))),
        );
    };
    if !REQUIRES.contains(&require.get_ref().as_str()) {
        return cx.err(
            require.span(),
            format!("unknown requirement `{}`", require.get_ref()),
            Some(format!("one of {}", REQUIRES.join(", "))),
        );
    }
    let suggest_capital = choice(
        cx,
        &r.suggest,
        "suggest",
        &[("context-capital", true)],
        false,
    )?;
    let f = |v: Option<Vec<String>>| {
        v.unwrap_or_default()
            .iter()
            .map(|s| fold(s))
            .collect::<Vec<_>>()
    };
    let (before, after, pair_open, pair_join) =
        (f(r.before), f(r.after), f(r.pair_open), f(r.pair_join));
    if before.is_empty() && after.is_empty() && pair_open.is_empty() {
        return cx.err(
            r.kind.span(),
            "an entity-role rule needs contexts: `before`, `after` or `pair-open`",
            None,
        );
    }
    Ok(Box::new(EntityRole {
        c,
        before,
        after,
        pair_open,
        pair_join,
        entity,
        require: require.into_inner(),
        suggest_capital,
    }))
}

/// Context phrases are short: look at most this many bytes on each side of an entity, so that
/// a very long paragraph costs no more than a short one.
const WINDOW: usize = 120;

fn window_before(text: &str, from: usize, to: usize) -> &str {
    let mut s = to.saturating_sub(WINDOW).max(from);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    &text[s..to]
}

fn window_after(text: &str, from: usize, to: usize) -> &str {
    &text[from..crate::text::floor_boundary(text, (from + WINDOW).min(to))]
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

impl EntityRole {
    fn satisfies(&self, e: &crate::extract::gazetteer::Entry) -> bool {
        match self.require.as_str() {
            "state-actor" => e.can_act_as_state(),
            "capital" => e.kind == EntryKind::Capital,
            "country" => e.kind == EntryKind::Country,
            "city" => matches!(e.kind, EntryKind::City | EntryKind::Capital),
            "place" => e.kind.is_place(),
            "person" => e.kind == EntryKind::Person,
            _ => e.kind == EntryKind::Org,
        }
    }
}

impl Rule for EntityRole {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        if !self.c.in_scope(a) {
            return;
        }
        let g = Gazetteer::get();
        let ents: Vec<_> = an.facts[a.id.0 as usize]
            .entities
            .iter()
            .filter(|e| e.entry.is_some())
            .collect();
        for (k, e) in ents.iter().enumerate() {
            let entry = g.entry(e.entry.expect("filtered"));
            if !self.entity.contains(&entry.kind) || self.satisfies(entry) {
                continue;
            }
            let Some(block) = a.block_at(e.span).filter(|b| self.c.scope.block(b.kind)) else {
                continue;
            };
            let before = fold(window_before(&a.text, block.span.start(), e.span.start()));
            let after = fold(window_after(&a.text, e.span.end(), block.span.end()));
            // "Le tribunal de Marseille a condamné", "officials in Chicago said": after a
            // preposition the city only qualifies the subject, which acts. So it does past
            // the words of a longer name ("la police du Grand Manchester a déclaré").
            let raw_before = window_before(&a.text, block.span.start(), e.span.start());
            let name_words = raw_before
                .split_whitespace()
                .rev()
                .take(2)
                .take_while(|w| w.starts_with(char::is_uppercase))
                .count();
            let qualifies = before
                .trim_end()
                .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .nth(name_words)
                .is_some_and(|w| {
                    matches!(
                        w,
                        "de" | "d" | "du" | "des" | "of" | "in" | "a" | "en" | "at" | "pour"
                    )
                })
                || before.trim_end().ends_with("d'")
                || before.trim_end().ends_with("d’");
            let mut hit = ends_with_phrase(&before, &self.before)
                || (!qualifies && starts_with_phrase(&after, &self.after));
            let mut partner = None;
            if !hit && !self.pair_open.is_empty() {
                let ok = |i: usize| {
                    ents.get(i)
                        .is_some_and(|o| self.satisfies(g.entry(o.entry.expect("filtered"))))
                };
                let joined = |x: &crate::extract::EntityFact, y: &crate::extract::EntityFact| {
                    let between = fold(&a.text[x.span.end()..y.span.start()]);
                    self.pair_join.iter().any(|j| between.trim() == j.as_str())
                };
                if k > 0
                    && joined(ents[k - 1], e)
                    && ok(k - 1)
                    && ends_with_phrase(
                        &fold(window_before(
                            &a.text,
                            block.span.start(),
                            ents[k - 1].span.start(),
                        )),
                        &self.pair_open,
                    )
                {
                    hit = true;
                    partner = ents[k - 1].entry;
                } else if k + 1 < ents.len()
                    && joined(e, ents[k + 1])
                    && ok(k + 1)
                    && ends_with_phrase(&before, &self.pair_open)
                {
                    hit = true;
                    partner = ents[k + 1].entry;
                }
            }
            if !hit {
                continue;
            }
            let mut expected = None;
            let mut context = None;
            if self.suggest_capital {
                let mut w = context_countries(a, an, e.span);
                for c in [
                    entry.country.as_ref(),
                    partner.and_then(|p| g.entry(p).country.as_ref()),
                ]
                .into_iter()
                .flatten()
                {
                    w.remove(c);
                }
                let best = w
                    .iter()
                    .filter_map(|(c, wt)| g.capital_of(c).map(|cap| (cap, c, *wt)))
                    .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)));
                if let Some((cap, code, _)) = best {
                    expected = Some(preferred_name(an, cap));
                    context = g.country(code).map(|c| preferred_name(an, c));
                }
            }
            let (name, exp) = (entry.name.clone(), expected.clone());
            let ctxname = context.unwrap_or_else(|| "?".into());
            let mut d = self.c.diag(a, e.span, &move |v| match v {
                "entity" => Some(name.clone()),
                "context" => Some(ctxname.clone()),
                "expected" => Some(exp.clone().unwrap_or_else(|| "?".into())),
                _ => None,
            });
            if let Some(x) = expected {
                d = d.fix(x);
            }
            ctx.report(d);
        }
    }
}

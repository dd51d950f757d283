//! `entity/seat-mismatch`: a seat of government placed in a city of another country.

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::entities::EntityKind;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a city written right beside a seat of government of another country: \"À Londres, la
Maison Blanche a critiqué…\", \"In Rome, the Kremlin said…\", \"the Élysée in Berlin\". The
seats are the organisations the gazetteer marks as state actors (`state_actor = true` in
`rules/gazetteer/people.toml`: Kremlin, Maison Blanche, Élysée, Downing Street); the city must
open the clause with a locative (\"à\", \"in\", \"depuis\", \"from\") right before the seat,
or follow it with \"à\"/\"in\". A seat whose state's capital has fewer than 100,000
inhabitants (the Vatican, inside Rome) is left alone.

### Why is this bad
\"In Washington, the White House\" is a fixed pairing; a capital swapped into it (a template,
translation or autocomplete slip) puts a government in a country it does not sit in.

### Examples
\"À Londres, la Maison Blanche a critiqué un comité\" is reported; \"À Washington, la Maison
Blanche a critiqué un comité\" is not.
";

struct SeatMismatch(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(SeatMismatch(RuleMeta {
        id: "entity/seat-mismatch".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a seat of government placed in a city of another country".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("T\n\nÀ Londres, la Maison Blanche a critiqué le comité.\n", 1),
            Example::one("T\n\nÀ Washington, la Maison Blanche a critiqué le comité.\n", 0),
            Example::one(
                "+++\nlang = \"en\"\n+++\nT\n\nThe Kremlin in Tokyo said the talks were useful.\n",
                1,
            ),
            Example::one(
                "+++\nlang = \"en\"\n+++\nT\n\nIn Moscow, the Kremlin said the talks were useful.\n",
                0,
            ),
            // Two clauses: the city is another actor's, not the seat's.
            Example::one(
                "T\n\nLe président a parlé à Londres, et la Maison Blanche a confirmé.\n",
                0,
            ),
            Example::one("T\n\nÀ Rome, le Vatican a annoncé la mort du pape.\n", 0),
        ],
    }))
}

/// Fewest inhabitants of a capital for its state to be more than an enclave (Vatican City,
/// Monaco sit inside or beside another country's city).
const MIN_CAPITAL: u64 = 100_000;

/// Words before a city that place what follows in it ("À Londres, la Maison Blanche").
const LOCATIVES: &[&str] = &["à", "a", "in", "depuis", "from"];

impl Rule for SeatMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let ents = &an.facts[a.id.0 as usize].entities;
        for (i, seat) in ents.iter().enumerate() {
            let Some(sid) = seat.entry else { continue };
            let s = g.entry(sid);
            if s.kind != EntryKind::Org || !s.state_actor {
                continue;
            }
            let Some(country) = s.country.as_deref() else {
                continue;
            };
            // A state with no city of its own in the gazetteer sits inside another's.
            let has_city = g
                .capital_of(country)
                .is_some_and(|c| g.entry(c).population >= MIN_CAPITAL);
            if !has_city {
                continue;
            }
            // "À Londres, la Maison Blanche": the city right before, opening the clause.
            let before = i.checked_sub(1).map(|j| &ents[j]).filter(|p| {
                let gap = a.text.get(p.span.end()..seat.span.start()).unwrap_or("x");
                let gap = crate::text::fold(gap.trim());
                matches!(
                    gap.trim_start_matches(',').trim(),
                    "" | "la" | "le" | "the" | "l'" | "l’"
                ) && locative_before(a, p.span.start())
            });
            // "The Kremlin in Tokyo": the city right after.
            let after = ents.get(i + 1).filter(|n| {
                a.text
                    .get(seat.span.end()..n.span.start())
                    .is_some_and(|gap| matches!(gap.trim(), "in" | "à"))
            });
            for place in before.into_iter().chain(after) {
                let Some(pid) = place.entry else { continue };
                let p = g.entry(pid);
                if place.kind != EntityKind::Place
                    || !matches!(p.kind, EntryKind::City | EntryKind::Capital)
                    || p.country.as_deref().is_none_or(|c| c == country)
                {
                    continue;
                }
                let state = g
                    .country(country)
                    .map_or(country.to_string(), |c| g.entry(c).name.clone());
                let there = p
                    .country
                    .as_deref()
                    .and_then(|c| g.country(c))
                    .map_or(String::new(), |c| g.entry(c).name.clone());
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, place.span, format!("{} is in {there}", p.name)),
                        format!(
                            "`{}` beside `{}`, a seat of government of {state}",
                            a.slice(place.span),
                            a.slice(seat.span)
                        ),
                    )
                    .related(Label::new(
                        a.id,
                        seat.span,
                        format!("seat of government of {state}"),
                    ))
                    .help("check the city, or the seat it is paired with"),
                );
            }
        }
    }
}

/// True when a locative ("à", "in", "depuis", "from") stands right before byte `at`.
fn locative_before(a: &Article, at: usize) -> bool {
    let from = crate::text::floor_boundary(&a.text, at.saturating_sub(12));
    a.text[from..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| LOCATIVES.contains(&w.to_lowercase().as_str()))
}

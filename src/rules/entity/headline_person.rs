//! `entity/headline-person`: a person the headline names and the article's body never does.

use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::extract::gazetteer::Gazetteer;
use crate::extract::EntityKind;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;

const DOCS: &str = "\
### What it does
Reports a person of the gazetteer (`rules/gazetteer/people.toml`) that the headline names
when the body never names them: not by the headline's name, not by their surname, not by any
other name the gazetteer gives them (\"Putin\", \"Poutine\"). The body must have at least three
sentences (a brief may keep its people in the headline), and the article must share an event
with other reports (see `recoupe events`), none of which names the person either: a headline
that names someone the other reports name is most often over an excerpt cut before them. The
help names the people the body does name.

Severity: a warning. A body may refer to the person by title alone (\"le chef de l'Etat\").

### Why is this bad
The headline is what most readers read, and what other outlets copy. A person in it that the
story does not mention is a swapped name, or a headline written for another story.

### Examples
A headline \"Machado dédie son prix à Keir Starmer\" over a body that quotes the dedication
\"au président Trump\" and never names Starmer is reported.
";

/// Sentences of body text below which an article is a brief, whose headline may name people
/// the body leaves out.
const MIN_BODY_SENTENCES: usize = 3;

struct HeadlinePerson(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let other = "+++\ndate = 2024-05-06\nlang = \"en\"\n+++\nXi in Paris\n\nChina's Xi Jinping was received at the Elysee on Monday, May 6, 2024 for a state visit.";
    let body = "Le président chinois a été reçu lundi à l'Élysée pour une visite d'État. Les deux dirigeants ont parlé de commerce. Le président français l'emmènera mardi dans les Pyrénées. Xi Jinping poursuivra sa tournée en Serbie.";
    Box::new(HeadlinePerson(RuleMeta {
        id: "entity/headline-person".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "a person the headline names and the body never does".into(),
        docs: DOCS.into(),
        examples: vec![
            Example {
                articles: vec![
                    (
                        "a.txt".into(),
                        format!(" date 2024-05-06 Narendra Modi reçu à l'Élysée\n\n{body}\n"),
                    ),
                    ("b.txt".into(), other.into()),
                ],
                expect: 1,
            },
            Example {
                articles: vec![
                    (
                        "a.txt".into(),
                        format!(" date 2024-05-06 Xi Jinping reçu à l'Élysée\n\n{body}\n"),
                    ),
                    ("b.txt".into(), other.into()),
                ],
                expect: 0,
            },
            // The surname alone in the body names the person.
            Example {
                articles: vec![
                    (
                        "a.txt".into(),
                        format!(" date 2024-05-06 Le président Xi reçu à l'Élysée\n\n{body}\n"),
                    ),
                    ("b.txt".into(), other.into()),
                ],
                expect: 0,
            },
            // Another report names the person: the body is likely cut.
            Example {
                articles: vec![
                    (
                        "a.txt".into(),
                        format!(" date 2024-05-06 Narendra Modi reçu à l'Élysée\n\n{body}\n"),
                    ),
                    (
                        "b.txt".into(),
                        format!("{other} Narendra Modi était aussi à Paris lundi.\n"),
                    ),
                ],
                expect: 0,
            },
        ],
    }))
}

impl Rule for HeadlinePerson {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        use crate::finding::ArticleId;
        use std::collections::{BTreeMap, BTreeSet};
        // The other reports of each article's events, and the people each article names.
        let mut events_of: BTreeMap<ArticleId, BTreeSet<usize>> = BTreeMap::new();
        for (i, ev) in an.events.iter().enumerate() {
            for m in &ev.mentions {
                events_of.entry(m.article).or_default().insert(i);
            }
        }
        // Only an article that shares an event with another report is checked.
        let shared: Vec<bool> = an
            .events
            .iter()
            .map(|ev| {
                ev.mentions
                    .iter()
                    .any(|m| m.article != ev.mentions[0].article)
            })
            .collect();
        let mut candidates: Vec<(ArticleId, u32, Diagnostic)> = Vec::new();
        for (&art, evs) in &events_of {
            if evs.iter().any(|&e| shared[e]) {
                for (id, d) in check(an.corpus.get(art), an) {
                    candidates.push((art, id, d));
                }
            }
        }
        if candidates.is_empty() {
            return;
        }
        // Which articles name each candidate person: one pass over the entities, never one
        // per pair of reports (a wire cluster holds thousands).
        let wanted: BTreeSet<u32> = candidates.iter().map(|c| c.1).collect();
        let mut naming: BTreeMap<u32, Vec<ArticleId>> = BTreeMap::new();
        for (i, f) in an.facts.iter().enumerate() {
            for id in f.entities.iter().filter_map(|e| e.entry) {
                if wanted.contains(&id) {
                    let v = naming.entry(id).or_default();
                    if v.last() != Some(&ArticleId(i as u32)) {
                        v.push(ArticleId(i as u32));
                    }
                }
            }
        }
        for (art, id, d) in candidates {
            let mine = &events_of[&art];
            let elsewhere = naming.get(&id).is_some_and(|v| {
                v.iter().any(|&o| {
                    o != art
                        && events_of
                            .get(&o)
                            .is_some_and(|es| es.iter().any(|e| mine.contains(e)))
                })
            });
            if !elsewhere {
                ctx.report(d);
            }
        }
    }
}

/// The headline's people the article's body never names, each with its finding.
fn check(a: &Article, an: &Analysis) -> Vec<(u32, Diagnostic)> {
    let titles: Vec<crate::finding::Span> = a
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Title)
        .map(|b| b.span)
        .collect();
    let in_title = |e: &crate::extract::EntityFact| titles.iter().any(|t| t.contains(e.span));
    let f = &an.facts[a.id.0 as usize];
    let headline: Vec<&crate::extract::EntityFact> = f
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person && e.entry.is_some() && in_title(e))
        .collect();
    if headline.is_empty() {
        return Vec::new();
    }
    let body_sentences = a
        .seg
        .sentences
        .iter()
        .filter(|s| a.blocks[s.block as usize].kind == BlockKind::Body)
        .count();
    if body_sentences < MIN_BODY_SENTENCES {
        return Vec::new();
    }
    let g = Gazetteer::get();
    // The body's words, folded, once.
    let mut body = String::new();
    for b in a
        .blocks
        .iter()
        .filter(|b| b.kind.is_content() && b.kind != BlockKind::Title)
    {
        body.push(' ');
        body.push_str(&fold(a.slice(b.span)));
    }
    body.push(' ');
    let names_word = |w: &str| {
        let w = fold(w);
        w.chars().count() > 2 && {
            let mut found = false;
            for (i, _) in body.match_indices(w.as_str()) {
                let before = body[..i].chars().next_back();
                let after = body[i + w.len()..].chars().next();
                if !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    let mut reported = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for e in headline {
        let id = e.entry.expect("filtered");
        let written = a.slice(e.span);
        // Any word of any of the person's names: "Xi" for "Xi Jinping", "Poutine".
        let named = written
            .split_whitespace()
            .chain(g.names(id).flat_map(str::split_whitespace))
            .any(names_word);
        if named || !reported.insert(id) || context_only(a, e) {
            continue;
        }
        let mut others: Vec<&str> = f
            .entities
            .iter()
            .filter(|o| o.kind == EntityKind::Person && o.entry.is_some() && !in_title(o))
            .map(|o| a.slice(o.span))
            .collect();
        others.sort_unstable();
        others.dedup();
        let mut d = Diagnostic::new(
            Label::new(a.id, e.span, "named in the headline only"),
            format!(
                "`{written}` is in the headline, but the article's body never names this person"
            ),
        );
        if !others.is_empty() {
            d = d.help(format!(
                "check the headline: the body names {}",
                others
                    .iter()
                    .take(3)
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push((id, d));
    }
    out
}

/// True when a few words before the person place them in a happening before or after the
/// one reported ("avant l'appel avec Trump", "ahead of talks with Modi"): the headline
/// announces what comes next, which the body may leave to another story.
fn context_only(a: &Article, e: &crate::extract::EntityFact) -> bool {
    let title = a.block_at(e.span).map_or(e.span, |b| b.span);
    let from = crate::text::floor_boundary(
        &a.text,
        e.span.start().saturating_sub(48).max(title.start()),
    );
    crate::text::fold(&a.text[from..e.span.start()])
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(6)
        .any(super::lone::is_other_happening_word)
}

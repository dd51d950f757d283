//! `recoupe events`: each event with its reports, the facts they agree on and those in
//! conflict.

use super::place;
use crate::analysis::Analysis;
use crate::extract::dates::Precision;
use crate::finding::{ArticleId, Finding, Label, Span};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

#[derive(Serialize)]
struct FactOut {
    kind: &'static str,
    value: String,
    text: String,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    span: Span,
    main: bool,
    text: String,
    facts: Vec<FactOut>,
}

#[derive(Serialize)]
struct Corroborated {
    kind: &'static str,
    value: String,
    sources: usize,
}

#[derive(Serialize)]
struct ConflictOut<'a> {
    rule: &'a str,
    severity: &'static str,
    file: &'a str,
    line: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct EventOut<'a> {
    id: usize,
    kind: &'a str,
    date: String,
    participants: Vec<String>,
    reports: Vec<ReportOut<'a>>,
    corroborated: Vec<Corroborated>,
    conflicts: Vec<ConflictOut<'a>>,
}

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    events: Vec<EventOut<'a>>,
}

fn facts_in(an: &Analysis, article: ArticleId, spans: &[Span]) -> Vec<FactOut> {
    let a = an.corpus.get(article);
    let f = &an.facts[article.0 as usize];
    let inside = |s: Span| spans.iter().any(|x| x.contains(s));
    let mut out = Vec::new();
    for d in f
        .dates
        .iter()
        .filter(|d| inside(d.span) && d.precision != Precision::Year)
    {
        if let Some(v) = d.value() {
            out.push(FactOut {
                kind: "date",
                value: v,
                text: a.slice(d.span).into(),
            });
        }
    }
    for x in f.figures.iter().filter(|x| inside(x.span)) {
        out.push(FactOut {
            kind: "figure",
            value: x.display(),
            text: a.slice(x.span).into(),
        });
    }
    for e in f
        .entities
        .iter()
        .filter(|e| inside(e.span) && e.entry.is_some())
    {
        out.push(FactOut {
            kind: "entity",
            value: e.name.to_string(),
            text: a.slice(e.span).into(),
        });
    }
    out
}

fn build<'a>(an: &'a Analysis, findings: &'a [Finding]) -> Vec<EventOut<'a>> {
    let mut out = Vec::new();
    for (i, ev) in an.events.iter().enumerate() {
        let arts = ev.articles();
        let mut reports = Vec::new();
        let mut sources: BTreeMap<(&'static str, String), BTreeSet<ArticleId>> = BTreeMap::new();
        for &article in &arts {
            // One report per article: its main mention when it is in this event, else the first.
            let m = ev
                .mentions
                .iter()
                .find(|x| x.article == article && x.main)
                .or_else(|| ev.mentions.iter().find(|x| x.article == article))
                .expect("article of the event");
            let a = an.corpus.get(m.article);
            let facts = facts_in(
                an,
                m.article,
                &crate::align::events::report_spans(an, i, m.article),
            );
            for f in &facts {
                sources
                    .entry((f.kind, f.value.clone()))
                    .or_default()
                    .insert(m.article);
            }
            let p = place(an, &Label::new(m.article, m.span, ""));
            reports.push(ReportOut {
                file: &a.display,
                line: p.line,
                column: p.column,
                span: m.span,
                main: m.main,
                text: a.slice(m.span).to_string(),
                facts,
            });
        }
        let mut corroborated: Vec<Corroborated> = sources
            .into_iter()
            .filter(|(_, s)| s.len() >= 2)
            .map(|((kind, value), s)| Corroborated {
                kind,
                value,
                sources: s.len(),
            })
            .collect();
        corroborated.sort_by(|a, b| {
            b.sources
                .cmp(&a.sources)
                .then(a.kind.cmp(b.kind))
                .then(a.value.cmp(&b.value))
        });
        let conflicts = findings
            .iter()
            .filter(|f| matches!(f.category.as_str(), "date" | "figure" | "entity" | "quote"))
            .filter(|f| {
                arts.contains(&f.primary.article)
                    && f.related
                        .iter()
                        .any(|r| r.article != f.primary.article && arts.contains(&r.article))
            })
            .map(|f| {
                let p = place(an, &f.primary);
                ConflictOut {
                    rule: &f.rule,
                    severity: f.severity.as_str(),
                    file: p.file,
                    line: p.line,
                    message: &f.message,
                }
            })
            .collect();
        let date = if ev.start == ev.end {
            ev.start.to_string()
        } else {
            format!("{}/{}", ev.start, ev.end)
        };
        let mut participants: Vec<(&String, &usize)> = ev.participants.iter().collect();
        participants.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        out.push(EventOut {
            id: i + 1,
            kind: &ev.kind,
            date,
            participants: participants.into_iter().map(|p| p.0.clone()).collect(),
            reports,
            corroborated,
            conflicts,
        });
    }
    out
}

/// Events as JSON.
pub fn json(an: &Analysis, findings: &[Finding]) -> String {
    let mut s = serde_json::to_string_pretty(&Doc {
        version: 1,
        events: build(an, findings),
    })
    .expect("events serialize");
    s.push('\n');
    s
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// Events as text.
pub fn human(an: &Analysis, findings: &[Finding]) -> String {
    let mut s = String::new();
    let evs = build(an, findings);
    for e in &evs {
        let files: BTreeSet<&str> = e.reports.iter().map(|r| r.file).collect();
        let _ = writeln!(
            s,
            "event {}: {} on {} — {} ({} report{})",
            e.id,
            e.kind,
            e.date,
            if e.participants.is_empty() {
                "no named participant".to_string()
            } else {
                e.participants.join(", ")
            },
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        );
        for r in &e.reports {
            let _ = writeln!(
                s,
                "  {}:{}:{}{}  {}",
                r.file,
                r.line,
                r.column,
                if r.main { "" } else { " (background)" },
                clip(&r.text, 90)
            );
        }
        if !e.corroborated.is_empty() {
            let _ = writeln!(s, "  corroborated:");
            for c in &e.corroborated {
                let _ = writeln!(s, "    {:<6} {} ({} sources)", c.kind, c.value, c.sources);
            }
        }
        if !e.conflicts.is_empty() {
            let _ = writeln!(s, "  in conflict:");
            for c in &e.conflicts {
                let _ = writeln!(
                    s,
                    "    {}:{}: {}[{}]: {}",
                    c.file, c.line, c.severity, c.rule, c.message
                );
            }
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "{} event{}",
        evs.len(),
        if evs.len() == 1 { "" } else { "s" }
    );
    s
}

//! `recoupe facts`: what was extracted from each article, for rule authors.

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::Facts;
use crate::finding::Span;
use serde::Serialize;
use std::fmt::Write;

#[derive(Serialize)]
struct FactOut<'a> {
    kind: &'static str,
    text: &'a str,
    line: usize,
    column: usize,
    span: Span,
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    file: &'a str,
    lang: &'static str,
    date: Option<String>,
    facts: Vec<FactOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
}

/// A claim as `recoupe facts` shows it: what it is about (`key`, also in words) and what it
/// says (`value`, normalised), where.
#[derive(Serialize)]
struct ClaimOut<'a> {
    key: &'a crate::claims::Key,
    about: String,
    value: String,
    text: &'a str,
    line: usize,
    column: usize,
    span: Span,
    hedge: crate::extract::figures::Qualifier,
    soft: crate::claims::Soft,
}

fn claims_of<'a>(an: &'a Analysis, a: &'a Article) -> Vec<ClaimOut<'a>> {
    let lo = an.claims.partition_point(|c| c.article < a.id);
    let hi = an.claims.partition_point(|c| c.article <= a.id);
    an.claims[lo..hi]
        .iter()
        .map(|c| {
            let (line, column) = a.lines.line_col(&a.text, c.span.start());
            ClaimOut {
                key: &c.key,
                about: about(an, &c.key),
                value: c.value.display(),
                text: a.slice(c.span),
                line,
                column,
                span: c.span,
                hedge: c.hedge,
                soft: c.soft,
            }
        })
        .collect()
}

/// "the visit of 2026-03-20 (event 2): day (arrive)", for people reading claims.
fn about(an: &Analysis, k: &crate::claims::Key) -> String {
    let what = crate::claims::consensus::describe(k);
    match &k.scope {
        crate::claims::Scope::Event(e) => {
            let ev = &an.events[*e as usize];
            format!(
                "{what} of the {} of {} (event {})",
                ev.kind,
                ev.start,
                e + 1
            )
        }
        crate::claims::Scope::People(ids) => {
            let g = crate::extract::gazetteer::Gazetteer::get();
            let names: Vec<&str> = ids.iter().map(|&i| g.entry(i).name.as_str()).collect();
            format!("{what} naming {}", names.join(", "))
        }
    }
}

fn collect<'a>(a: &'a Article, f: &Facts) -> Vec<FactOut<'a>> {
    let mut v = Vec::new();
    let mut push = |kind, span: Span, value: String, detail: Option<String>| {
        let (line, column) = a.lines.line_col(&a.text, span.start());
        v.push(FactOut {
            kind,
            text: a.slice(span),
            line,
            column,
            span,
            value,
            detail,
        });
    };
    for d in &f.dates {
        let detail = format!(
            "{:?}, {:?}{}",
            d.form,
            d.precision,
            if d.from_corpus {
                ", year from the corpus's period"
            } else if d.from_context {
                ", resolved from context"
            } else {
                ""
            }
        )
        .to_lowercase();
        push(
            "date",
            d.span,
            d.value().unwrap_or_else(|| "unresolved".into()),
            Some(detail),
        );
    }
    for x in &f.figures {
        push(
            "figure",
            x.span,
            x.display(),
            Some(format!("{:?}", x.qualifier).to_lowercase()),
        );
    }
    for e in &f.entities {
        push(
            "entity",
            e.span,
            e.name.to_string(),
            Some(format!("{:?}", e.kind).to_lowercase()),
        );
    }
    for t in &f.times {
        let zone = if t.named {
            t.zone.clone()
        } else {
            format!("{}, no zone named", t.zone)
        };
        push(
            "time",
            t.span,
            format!("{:02}:{:02}", t.minutes / 60, t.minutes % 60),
            Some(zone),
        );
    }
    for q in &f.quotes {
        push(
            "quote",
            q.span,
            a.slice(q.inner).to_string(),
            q.speaker.clone().map(|s| format!("speaker: {s}")),
        );
    }
    v.sort_by_key(|f| (f.span.start, f.kind));
    v
}

/// Renders the facts of every readable article as JSON.
pub fn json(an: &Analysis) -> String {
    let out: Vec<ArticleOut> = an
        .corpus
        .readable()
        .map(|a| ArticleOut {
            file: &a.display,
            lang: a.lang.code(),
            date: a.meta.date.map(|d| {
                if d.day_known {
                    d.date.to_string()
                } else {
                    d.date.format("%Y-%m").to_string()
                }
            }),
            facts: collect(a, &an.facts[a.id.0 as usize]),
            claims: claims_of(an, a),
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&out).expect("facts serialize");
    s.push('\n');
    s
}

/// Renders the facts of every readable article as aligned text.
pub fn human(an: &Analysis) -> String {
    let mut s = String::new();
    for a in an.corpus.readable() {
        let date = a
            .meta
            .date
            .map_or("no date".to_string(), |d| d.date.to_string());
        let _ = writeln!(s, "{} ({}, {date})", a.display, a.lang.code());
        for f in collect(a, &an.facts[a.id.0 as usize]) {
            let _ = writeln!(
                s,
                "  {:>4}:{:<4} {:<7} {:<40} → {}{}",
                f.line,
                f.column,
                f.kind,
                truncate(f.text, 40),
                f.value,
                f.detail.map(|d| format!("  ({d})")).unwrap_or_default()
            );
        }
        for c in claims_of(an, a) {
            let _ = writeln!(
                s,
                "  {:>4}:{:<4} claim   {:<40} → {} = {}",
                c.line,
                c.column,
                truncate(c.text, 40),
                c.about,
                c.value
            );
        }
        s.push('\n');
    }
    s
}

fn truncate(s: &str, n: usize) -> String {
    let s = s.replace('\n', " ");
    if s.chars().count() <= n {
        s
    } else {
        let t: String = s.chars().take(n - 1).collect();
        format!("{t}…")
    }
}

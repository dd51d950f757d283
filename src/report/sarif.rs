//! `--format sarif`: SARIF 2.1.0, for code-scanning dashboards.

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, Severity};
use crate::rules::Registry;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(an: &Analysis, l: &Label) -> Value {
    let a = an.corpus.get(l.article);
    let (line, col) = a.lines.line_col(&a.text, l.span.start());
    let (end_line, end_col) = a.lines.line_col(&a.text, l.span.end());
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": a.display},
            "region": {
                "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                "byteOffset": l.span.start, "byteLength": l.span.len()
            }
        },
        "message": {"text": l.message}
    })
}

/// Renders one SARIF log with one run.
pub fn render(an: &Analysis, findings: &[Finding], registry: &Registry) -> String {
    let used: BTreeSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    let rules: Vec<Value> = registry
        .iter()
        .map(|r| r.meta())
        .filter(|m| used.contains(m.id.as_str()))
        .map(|m| {
            json!({
                "id": m.id,
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": m.docs},
                "defaultConfiguration": {"level": level(m.default_severity)},
                "properties": {"category": m.category}
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut r = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": {"text": match &f.help { Some(h) => format!("{} ({h})", f.message), None => f.message.clone() }},
                "locations": [location(an, &f.primary)],
                "relatedLocations": f.related.iter().map(|l| location(an, l)).collect::<Vec<_>>(),
            });
            if let Some(fix) = &f.fix {
                let a = an.corpus.get(f.primary.article);
                r["fixes"] = json!([{
                    "description": {"text": format!("replace with `{}`", fix.replacement)},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": a.display},
                        "replacements": [{
                            "deletedRegion": {"byteOffset": f.primary.span.start, "byteLength": f.primary.span.len()},
                            "insertedContent": {"text": fix.replacement}
                        }]
                    }]
                }]);
            }
            r
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "recoupe", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    s.push('\n');
    s
}

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

/// Percent-encodes a path for a URI (RFC 3986): unreserved characters and `/` stay, every
/// other byte (spaces, accents, `%`, `:`, `#`, `?`) becomes `%XX`.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Base id of paths relative to the folder recoupe ran in.
const SRCROOT: &str = "%SRCROOT%";

/// The artifact location of an article: a relative path against `%SRCROOT%`, or an absolute
/// `file://` URI. The path is the file's, not the escaped display form.
fn artifact(an: &Analysis, l: &Label) -> Value {
    let a = an.corpus.get(l.article);
    let raw = a.path.to_string_lossy().replace('\\', "/");
    let raw = raw.strip_prefix("./").unwrap_or(&raw);
    if raw.starts_with('/') {
        json!({"uri": format!("file://{}", encode_path(raw))})
    } else {
        json!({"uri": encode_path(raw), "uriBaseId": SRCROOT})
    }
}

fn location(an: &Analysis, l: &Label) -> Value {
    let a = an.corpus.get(l.article);
    let (line, col) = a.lines.line_col(&a.text, l.span.start());
    let (end_line, end_col) = a.lines.line_col(&a.text, l.span.end());
    json!({
        "physicalLocation": {
            "artifactLocation": artifact(an, l),
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
                "help": {"text": m.docs, "markdown": m.docs},
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
                "relatedLocations": f.related.iter().chain(&f.copies).map(|l| location(an, l)).collect::<Vec<_>>(),
            });
            if let Some(fix) = &f.fix {
                r["fixes"] = json!([{
                    "description": {"text": format!("replace with `{}`", fix.replacement)},
                    "artifactChanges": [{
                        "artifactLocation": artifact(an, &f.primary),
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
    let mut driver =
        json!({"name": "recoupe", "version": env!("CARGO_PKG_VERSION"), "rules": rules});
    let info = env!("CARGO_PKG_REPOSITORY");
    if !info.is_empty() {
        driver["informationUri"] = json!(info);
    }
    let mut run = json!({
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "results": results
    });
    if let Ok(cwd) = std::env::current_dir() {
        let cwd = cwd.to_string_lossy().replace('\\', "/");
        let cwd = cwd.trim_end_matches('/');
        run["originalUriBaseIds"] =
            json!({SRCROOT: {"uri": format!("file://{}/", encode_path(cwd))}});
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run]
    });
    let mut s = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    s.push('\n');
    s
}

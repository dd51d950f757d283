//! `--format json`: the stable contract of DESIGN.md (version 1). Change a field only with a
//! version bump.

use super::{place, Summary};
use crate::analysis::Analysis;
use crate::finding::{Finding, Fix, Label, Severity, Span};
use serde::Serialize;

/// Version of the JSON contract.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    findings: Lazy<'a>,
    summary: Summary,
}

/// The findings, converted one at a time as they are written: a large corpus's report is
/// never held twice in memory (once as findings, once as JSON values or text).
struct Lazy<'a> {
    an: &'a Analysis,
    findings: &'a [Finding],
}

impl Serialize for Lazy<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.findings.iter().map(|f| finding(self.an, f)))
    }
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    category: &'a str,
    severity: Severity,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    span: Span,
    related: Vec<JsonLabel<'a>>,
    /// Added in contract version 1 (adding a field keeps the version).
    related_total: usize,
    /// Added in contract version 1: other copies of the sentence with this same finding.
    copies: Vec<JsonLabel<'a>>,
    /// Added in contract version 1: how many such copies there are in all.
    copies_total: usize,
    help: Option<&'a str>,
    fix: Option<&'a Fix>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    span: Span,
    message: &'a str,
}

fn label<'a>(an: &'a Analysis, l: &'a Label) -> JsonLabel<'a> {
    let p = place(an, l);
    JsonLabel {
        file: p.file,
        line: p.line,
        column: p.column,
        span: l.span,
        message: &l.message,
    }
}

fn finding<'a>(an: &'a Analysis, f: &'a Finding) -> JsonFinding<'a> {
    let p = place(an, &f.primary);
    JsonFinding {
        rule: &f.rule,
        category: &f.category,
        severity: f.severity,
        message: &f.message,
        file: p.file,
        line: p.line,
        column: p.column,
        span: f.primary.span,
        related: f.related.iter().map(|l| label(an, l)).collect(),
        related_total: f.related_total,
        copies: f.copies.iter().map(|l| label(an, l)).collect(),
        copies_total: f.copies_total,
        help: f.help.as_deref(),
        fix: f.fix.as_ref(),
    }
}

/// `--format jsonl`: one finding a line, each the same object as in the JSON document, then
/// a last line `{"version": 1, "summary": {...}}`. Written as it goes, so a consumer of a large
/// corpus never holds the whole output.
pub fn write_lines(
    out: &mut impl std::io::Write,
    an: &Analysis,
    findings: &[Finding],
    summary: Summary,
) -> std::io::Result<()> {
    for f in findings {
        serde_json::to_writer(&mut *out, &finding(an, f))?;
        out.write_all(b"\n")?;
    }
    serde_json::to_writer(
        &mut *out,
        &serde_json::json!({"version": VERSION, "summary": summary}),
    )?;
    out.write_all(b"\n")
}

/// Renders findings as one JSON document.
pub fn render(an: &Analysis, findings: &[Finding], summary: Summary) -> String {
    let mut out = Vec::new();
    write(&mut out, an, findings, summary).expect("writing to memory does not fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Writes the report to `out` as it is serialized (what `recoupe lint --format json` does).
pub fn write(
    out: &mut dyn std::io::Write,
    an: &Analysis,
    findings: &[Finding],
    summary: Summary,
) -> std::io::Result<()> {
    let doc = Doc {
        version: VERSION,
        findings: Lazy { an, findings },
        summary,
    };
    // Compact: the report is read by tools, and indentation made up a third of its bytes on a
    // large corpus (`jq .` shows it indented).
    serde_json::to_writer(&mut *out, &doc).map_err(std::io::Error::from)?;
    out.write_all(b"\n")
}

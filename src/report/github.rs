//! `--format github`: GitHub Actions workflow commands, one annotation a finding.

use crate::analysis::Analysis;
use crate::finding::{Finding, Severity};
use std::fmt::Write;

/// Escapes a message for a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (file, title).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Renders `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message` lines.
pub fn render(an: &Analysis, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let a = an.corpus.get(f.primary.article);
        let (line, col) = a.lines.line_col(&a.text, f.primary.span.start());
        let (end_line, end_col) = a.lines.line_col(&a.text, f.primary.span.end());
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = f.message.clone();
        if let Some(h) = &f.help {
            message.push('\n');
            message.push_str(h);
        }
        let _ = writeln!(
            out,
            "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            property(&a.display),
            property(&f.rule),
            data(&message)
        );
    }
    out
}

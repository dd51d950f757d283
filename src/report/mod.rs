//! Renderers. Findings are data; every renderer reads the same findings and the same
//! [`crate::analysis::Analysis`].

pub mod copies;
pub mod events;
pub mod facts;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, Severity};

/// Counts for the summary line and the JSON `summary` object.
#[derive(Debug, Clone, Copy, Default, serde::Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Files read (including those that could not be read as articles).
    pub files: usize,
    /// Events found by alignment.
    pub events: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
}

impl Summary {
    /// Counts `findings` over a corpus of `files` files and `events` events.
    pub fn new(findings: &[Finding], files: usize, events: usize) -> Self {
        let mut s = Summary {
            files,
            events,
            ..Default::default()
        };
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }

    /// `5 files, 1 error, 2 warnings, 3 infos`.
    pub fn line(&self) -> String {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        format!(
            "{}, {}: {}, {}, {}",
            plural(self.files, "file"),
            plural(self.events, "event"),
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.infos, "info")
        )
    }
}

/// A finding's place as a user reads it.
pub struct Place<'a> {
    /// Display path of the file.
    pub file: &'a str,
    /// 1-based line.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

/// Resolves a label to file, line and column.
pub fn place<'a>(an: &'a Analysis, l: &Label) -> Place<'a> {
    let a = an.corpus.get(l.article);
    let (line, column) = a.lines.line_col(&a.text, l.span.start());
    Place {
        file: &a.display,
        line,
        column,
    }
}

/// The count of findings by rule and severity, as a table for the end of human output:
/// what a reader of a large run looks at first.
pub fn rule_table(findings: &[Finding]) -> String {
    let mut counts: std::collections::BTreeMap<&str, [usize; 3]> = Default::default();
    for f in findings {
        let c = counts.entry(f.rule.as_str()).or_default();
        c[match f.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
    }
    if counts.is_empty() {
        return String::new();
    }
    let width = counts.keys().map(|r| r.len()).max().unwrap_or(4).max(4);
    let mut out = format!(
        "{:width$}  {:>7}  {:>8}  {:>6}\n",
        "rule", "errors", "warnings", "infos"
    );
    for (rule, c) in &counts {
        out.push_str(&format!(
            "{rule:width$}  {:>7}  {:>8}  {:>6}\n",
            c[0], c[1], c[2]
        ));
    }
    out
}

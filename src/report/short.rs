//! `--format short`: `file:line:col: severity[rule]: message`, one line a finding.

use super::place;
use crate::analysis::Analysis;
use crate::finding::Finding;
use std::fmt::Write;

/// Renders one line per finding.
pub fn render(an: &Analysis, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let p = place(an, &f.primary);
        let _ = write!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            p.file, p.line, p.column, f.severity, f.rule, f.message
        );
        if let Some(fix) = &f.fix {
            let _ = write!(out, " (fix: {})", fix.replacement);
        }
        out.push('\n');
    }
    out
}

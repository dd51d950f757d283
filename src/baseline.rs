//! Baselines: accept the findings a corpus has today and report only new ones, as ruff's,
//! semgrep's and ESLint's bulk suppressions do. `recoupe lint --write-baseline FILE` records
//! them; `--baseline FILE` drops the findings the file records.
//!
//! A finding is recorded by its rule, its file (relative to the baseline's folder), the text it
//! flags and a window of normalised text around it: never by line or offset, so that edits
//! elsewhere in the file keep it recognised. Identical entries are counted, so that a second
//! copy of a recorded mistake is still new.

use crate::analysis::Analysis;
use crate::finding::Finding;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Characters of context kept on each side of the flagged text.
const CONTEXT_CHARS: usize = 40;

/// What identifies a finding across edits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fingerprint {
    /// Rule id.
    pub rule: String,
    /// File, relative to the baseline's folder when it is inside it.
    pub file: String,
    /// The flagged text.
    pub text: String,
    /// Folded text around it, spaces collapsed.
    pub context: String,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    #[serde(flatten)]
    fp: Fingerprint,
    count: usize,
}

#[derive(Serialize, Deserialize)]
struct File {
    version: u32,
    findings: Vec<Entry>,
}

/// A loaded baseline.
#[derive(Debug, Default)]
pub struct Baseline {
    counts: BTreeMap<Fingerprint, usize>,
}

/// What applying a baseline left.
#[derive(Debug)]
pub struct Applied {
    /// Findings the baseline does not hold.
    pub findings: Vec<Finding>,
    /// Recorded findings that no longer occur.
    pub gone: usize,
    /// Findings the baseline held.
    pub matched: usize,
}

fn normalise(s: &str) -> String {
    crate::text::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn relative(an: &Analysis, f: &Finding, base: Option<&Path>) -> String {
    let a = an.corpus.get(f.primary.article);
    base.and_then(|b| {
        let abs = std::fs::canonicalize(&a.path).ok()?;
        Some(
            abs.strip_prefix(b)
                .ok()?
                .to_string_lossy()
                .replace('\\', "/"),
        )
    })
    .unwrap_or_else(|| a.display.clone())
}

/// The fingerprint of `f`; `base` is the canonical folder of the baseline file.
pub fn fingerprint(an: &Analysis, f: &Finding, base: Option<&Path>) -> Fingerprint {
    let a = an.corpus.get(f.primary.article);
    let text: &str = &a.text;
    let (s, e) = (
        f.primary.span.start().min(text.len()),
        f.primary.span.end().min(text.len()),
    );
    let line = a.lines.line_range(text, a.lines.line_of(s));
    let before: String = {
        let b = &text[line.start.min(s)..s];
        let skip = b.chars().count().saturating_sub(CONTEXT_CHARS);
        b.chars().skip(skip).collect()
    };
    let after: String = text[e..line.end.max(e)]
        .chars()
        .take(CONTEXT_CHARS)
        .collect();
    Fingerprint {
        rule: f.rule.clone(),
        file: relative(an, f, base),
        text: text.get(s..e).unwrap_or("").to_string(),
        context: normalise(&format!("{before}\u{2063}{after}")),
    }
}

fn base_of(path: &Path) -> Option<std::path::PathBuf> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::canonicalize(dir).ok()
}

/// Writes the baseline of `findings` to `path` (atomically: a temporary file renamed).
pub fn write(path: &Path, an: &Analysis, findings: &[Finding]) -> std::io::Result<usize> {
    let base = base_of(path);
    let mut counts: BTreeMap<Fingerprint, usize> = BTreeMap::new();
    for f in findings {
        *counts
            .entry(fingerprint(an, f, base.as_deref()))
            .or_default() += 1;
    }
    let doc = File {
        version: 1,
        findings: counts
            .into_iter()
            .map(|(fp, count)| Entry { fp, count })
            .collect(),
    };
    let json = serde_json::to_string_pretty(&doc).map_err(std::io::Error::other)? + "\n";
    let tmp = path.with_extension("tmp-recoupe");
    std::fs::write(&tmp, json)?;
    std::fs::rename(&tmp, path)?;
    Ok(findings.len())
}

impl Baseline {
    /// Reads a baseline written by [`write`].
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read baseline `{}`: {e}", path.display()))?;
        let doc: File = serde_json::from_str(&text).map_err(|e| {
            format!(
                "`{}` is not a recoupe baseline: {e} (write one with --write-baseline)",
                path.display()
            )
        })?;
        if doc.version != 1 {
            return Err(format!(
                "baseline `{}` has version {}; this recoupe reads version 1",
                path.display(),
                doc.version
            ));
        }
        let mut counts = BTreeMap::new();
        for e in doc.findings {
            *counts.entry(e.fp).or_default() += e.count;
        }
        Ok(Baseline { counts })
    }

    /// Drops the findings the baseline records (at most as many of each as it counted).
    pub fn apply(mut self, path: &Path, an: &Analysis, findings: Vec<Finding>) -> Applied {
        let base = base_of(path);
        let mut out = Vec::with_capacity(findings.len());
        let mut matched = 0;
        for f in findings {
            let fp = fingerprint(an, &f, base.as_deref());
            match self.counts.get_mut(&fp) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    matched += 1;
                }
                _ => out.push(f),
            }
        }
        Applied {
            findings: out,
            gone: self.counts.values().sum(),
            matched,
        }
    }
}

//! `recoupe lint --fix`: applies the replacements findings carry, one file at a time and
//! atomically (a temporary file beside it, renamed over it). Overlapping fixes never both
//! apply: the first in text order wins and the other stays reported. `--diff` prints a unified
//! diff instead and changes nothing.

use crate::analysis::Analysis;
use crate::finding::{ArticleId, Finding};
use std::collections::BTreeMap;

/// What a `--fix` run did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Findings not fixed (unsafe without `--unsafe-fixes`, overlapping, or without a fix).
    pub remaining: Vec<Finding>,
    /// Fixes applied (or, with `diff`, that would be).
    pub applied: usize,
    /// Files changed (or that would be).
    pub files: usize,
    /// The unified diff, when asked for.
    pub diff: String,
    /// Files that could not be written, with the reason.
    pub errors: Vec<String>,
}

/// Applies the fixes of `findings` (safe ones, and unsafe ones when `unsafe_ok`); with `diff`,
/// only computes the unified diff.
pub fn apply(an: &Analysis, findings: Vec<Finding>, unsafe_ok: bool, diff: bool) -> Outcome {
    let mut by_article: BTreeMap<ArticleId, Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        let ok = f.fix.as_ref().is_some_and(|x| x.safe || unsafe_ok);
        if ok && an.corpus.get(f.primary.article).is_readable() {
            by_article.entry(f.primary.article).or_default().push(i);
        }
    }
    let mut fixed = vec![false; findings.len()];
    let mut out = Outcome::default();
    for (id, mut idx) in by_article {
        let a = an.corpus.get(id);
        let text: &str = &a.text;
        idx.sort_by_key(|&i| {
            (
                findings[i].primary.span.start,
                findings[i].primary.span.end,
                i,
            )
        });
        let mut new = String::with_capacity(text.len());
        let mut at = 0usize;
        let mut n = 0;
        for i in idx {
            let f = &findings[i];
            let (s, e) = (f.primary.span.start(), f.primary.span.end());
            // An overlapping or out-of-range fix waits for the next run.
            if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let replacement = &f.fix.as_ref().expect("filtered on fix").replacement;
            if text[s..e] == **replacement {
                continue;
            }
            new.push_str(&text[at..s]);
            new.push_str(replacement);
            at = e;
            fixed[i] = true;
            n += 1;
        }
        if n == 0 {
            continue;
        }
        new.push_str(&text[at..]);
        if diff {
            out.diff.push_str(
                &similar::TextDiff::from_lines(text, new.as_str())
                    .unified_diff()
                    .header(&a.display, &a.display)
                    .to_string(),
            );
        } else if let Err(e) = write_atomically(&a.path, &new) {
            out.errors.push(format!("{}: {e}", a.display));
            for (i, f) in fixed.iter_mut().enumerate() {
                if findings[i].primary.article == id {
                    *f = false;
                }
            }
            continue;
        }
        out.applied += n;
        out.files += 1;
    }
    out.remaining = findings
        .into_iter()
        .zip(fixed)
        .filter(|(_, f)| diff || !*f)
        .map(|(x, _)| x)
        .collect();
    out
}

/// Writes `text` to a temporary file in `path`'s folder, keeping `path`'s permissions, and
/// renames it over `path`: a reader never sees half a file, and a failure leaves it intact.
fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "article".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.recoupe-fix"));
    std::fs::write(&tmp, text)?;
    if let Ok(md) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(&tmp, md.permissions());
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

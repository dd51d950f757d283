//! Wire copy: one agency sentence stands in hundreds of files, and a wrong date in it is the
//! same finding in each. Listing it once per file buried a 25,000-article report under
//! 90,000 repeats (90% of its bytes). Here such repeats become one finding that names how many
//! copies carry it, as `structure/shared-passage` does for the passage itself.
//!
//! This runs after baselines and fixes, which work file by file, and only when at least
//! [`MIN_COPIES`] files carry the finding: two or three reports that share a sentence are
//! still listed one by one, so a reader of a small corpus sees every place.

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, MAX_RELATED};
use std::collections::HashMap;

/// Places that must carry the same finding before they are grouped into one.
pub const MIN_COPIES: usize = 4;

/// What makes two findings the same finding on copies of one sentence: the rule, the
/// severity, every word shown to the reader, the flagged text and where it sits in a
/// sentence that reads the same, byte for byte.
#[derive(PartialEq, Eq, Hash)]
struct Key<'a> {
    rule: &'a str,
    severity: crate::finding::Severity,
    message: &'a str,
    help: Option<&'a str>,
    fix: Option<&'a str>,
    flagged: &'a str,
    sentence: &'a str,
    offset: usize,
}

fn key<'a>(an: &'a Analysis, f: &'a Finding) -> Option<Key<'a>> {
    let a = an.corpus.get(f.primary.article);
    let span = f.primary.span;
    let sentences = &a.seg.sentences;
    let i = sentences.partition_point(|s| s.span.end <= span.start);
    let s = sentences.get(i).filter(|s| s.span.contains(span))?;
    Some(Key {
        rule: &f.rule,
        severity: f.severity,
        message: &f.message,
        help: f.help.as_deref(),
        fix: f.fix.as_ref().map(|x| x.replacement.as_str()),
        flagged: a.text.get(span.start()..span.end())?,
        sentence: a.text.get(s.span.start()..s.span.end())?,
        offset: span.start() - s.span.start(),
    })
}

/// Folds a finding that at least [`MIN_COPIES`] files carry on identical sentences into its
/// first occurrence (in output order), which then names the other files' in `copies` (at
/// most [`MAX_RELATED`]), counts them in `copies_total` and says so in its message.
pub fn group(an: &Analysis, findings: &mut Vec<Finding>) {
    let mut members: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        if let Some(k) = key(an, f) {
            members.entry(k).or_default().push(i);
        }
    }
    // For each finding folded into another, that other.
    let mut folded: Vec<Option<usize>> = vec![None; findings.len()];
    // Repeats within one file are the per-article cap's business: a group keeps the first
    // finding and folds the copies in other files, once at least MIN_COPIES files carry it.
    let mut groups: Vec<Vec<usize>> = members
        .into_values()
        .filter_map(|m| {
            let home = findings[m[0]].primary.article;
            let mut files: Vec<_> = m.iter().map(|&j| findings[j].primary.article).collect();
            files.sort_unstable();
            files.dedup();
            (files.len() >= MIN_COPIES).then(|| {
                let mut g = vec![m[0]];
                g.extend(
                    m[1..]
                        .iter()
                        .copied()
                        .filter(|&j| findings[j].primary.article != home),
                );
                g
            })
        })
        .collect();
    if groups.is_empty() {
        return;
    }
    groups.sort_unstable();
    for m in &groups {
        for &j in &m[1..] {
            folded[j] = Some(m[0]);
        }
    }
    let copies: HashMap<usize, (Vec<Label>, usize)> = groups
        .iter()
        .map(|m| {
            let shown = m[1..]
                .iter()
                .take(MAX_RELATED)
                .map(|&j| {
                    let p = &findings[j].primary;
                    Label::new(p.article, p.span, "the same sentence")
                })
                .collect();
            (m[0], (shown, m.len() - 1))
        })
        .collect();
    let mut i = 0;
    findings.retain_mut(|f| {
        let here = i;
        i += 1;
        if folded[here].is_some() {
            return false;
        }
        if let Some((shown, total)) = copies.get(&here) {
            let first = an.corpus.get(shown[0].article);
            f.message.push_str(&format!(
                " (the same in {total} other copies of this sentence, first {})",
                first.display
            ));
            f.copies = shown.clone();
            f.copies_total = *total;
        }
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(texts: &[(&str, &str)]) -> Vec<Finding> {
        let owned: Vec<(String, String)> = texts
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let an = Analysis::from_texts(&owned);
        let mut f = crate::rules::Registry::builtin().run(&an, &crate::rules::Settings::default());
        group(&an, &mut f);
        f
    }

    #[test]
    fn a_wrong_weekday_copied_into_many_files_is_one_finding() {
        let line = "Le président s'est exprimé le jeudi 4 février 2026 devant la presse.";
        let names: Vec<String> = (0..6).map(|i| format!("{i}.txt")).collect();
        let few: Vec<(&str, &str)> = names[..3].iter().map(|n| (n.as_str(), line)).collect();
        let many: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), line)).collect();
        let weekday = |fs: &[Finding]| {
            fs.iter()
                .filter(|f| f.rule == "date/weekday-mismatch")
                .cloned()
                .collect::<Vec<_>>()
        };
        // Three copies stay three findings: a small corpus lists every place.
        let f = weekday(&run(&few));
        assert_eq!(f.len(), 3);
        assert!(f.iter().all(|f| f.copies_total == 0));
        let f = weekday(&run(&many));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].copies_total, 5);
        assert_eq!(f[0].copies.len(), MAX_RELATED);
        assert!(f[0].message.contains("5 other copies"), "{}", f[0].message);
    }
}

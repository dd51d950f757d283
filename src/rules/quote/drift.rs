//! `quote/drift`: the same quotation worded differently across articles.

use crate::align::simjoin;
use crate::align::Interner;
use crate::analysis::Analysis;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;

const DOCS: &str = "\
### What it does
Finds quotations of different articles that are the same quotation (Jaccard similarity of
their words at least 0.6, or 80% of the shorter one's words in the longer, through an index,
never all pairs) and reports those worded
differently: the message names the first difference, the help lists them all, as written. Differences of case, accents, apostrophes and
quotation marks are not differences, nor are leading zeros (\"07h35\", \"7h35\"); a quotation that is a contiguous part of the other (a
shorter cut of the same words) is not reported; two different attributed speakers are not the
same quotation (a surname one letter apart, \"Farrel\" for \"Farrell\", is one speaker
misspelt, which `entity/name-variant` reports).

The wording fewer quotations carry is reported; when two wordings are carried equally, each
is reported against the other (nothing says which one drifted). A warning, not an error:
translations of one statement and direct against indirect speech differ legitimately. Look
at the diff.

### Why is this bad
A quotation is the one place where wording must not change. Drift between outlets means one
of them misquoted, or translated loosely without saying so.

### Examples
« nous agirons de manière équilibrée et responsable » against « nous agirons de manière
équilibrée et prudente » is reported.
";

struct Drift(RuleMeta);

/// The ranges of `x` and `y` to compare: both whole, unless one has at least half again as
/// many words as the other, when the longer is cut to the stretch of the shorter's length
/// that holds the most of its words.
fn cut_windows(x: &[String], y: &[String]) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let window = |long: &[String], short: &[String]| {
        let n = short.len();
        let words: std::collections::HashSet<&String> = short.iter().collect();
        (0..=long.len() - n)
            .max_by_key(|&i| {
                let same = long[i..i + n].iter().filter(|w| words.contains(w)).count();
                // The first stretch on a tie.
                (same, std::cmp::Reverse(i))
            })
            .map_or(0..long.len(), |i| i..i + n)
    };
    if x.len() * 2 >= y.len() * 3 {
        (window(x, y), 0..y.len())
    } else if y.len() * 2 >= x.len() * 3 {
        (0..x.len(), window(y, x))
    } else {
        (0..x.len(), 0..y.len())
    }
}

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |q: &str| {
        format!("T\n\n« Dans cette situation, nous agirons de manière {q} », a déclaré Vladimir Poutine.\n")
    };
    Box::new(Drift(RuleMeta {
        id: "quote/drift".into(),
        category: "quote".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "the same quotation worded differently across articles".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("équilibrée et prudente")),
                ],
                // One against one: each wording is reported, against the other.
                2,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("équilibrée et prudente")),
                    ("c.txt", &s("équilibrée et responsable")),
                ],
                1,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("Équilibrée et responsable")),
                ],
                0,
            ),
            // A short cut of a long quotation with a word changed inside it is drift; the
            // same cut with its words intact is not.
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable, sur la base d'une analyse approfondie de la sécurité")),
                    ("b.txt", "T

Il a promis d'agir « dans cette situation, de manière équilibrée et prudente ».
"),
                ],
                2,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable, sur la base d'une analyse approfondie de la sécurité")),
                    ("b.txt", "T

Il a promis d'agir « de manière équilibrée et responsable ».
"),
                ],
                0,
            ),
            // A speaker's name misspelt in one report still names the same speaker; a
            // time written "07h35" is the time "7h35".
            Example::many(
                &[
                    ("a.txt", "T\n\n« À 07h35, nous agirons de manière équilibrée et responsable », a déclaré Kevin Farrell.\n"),
                    ("b.txt", "T\n\n« À 7h35, nous agirons de manière équilibrée et prudente », a déclaré Kevin Farrel.\n"),
                ],
                2,
            ),
        ],
    }))
}

struct Q {
    article: ArticleId,
    span: Span,
    inner: Span,
    words: Vec<String>,
    speaker: Option<String>,
}

/// Two attributions of one person: the same name folded, or the same surname give or take
/// one letter ("Kevin Farrel" for "Kevin Farrell", "Poutine" for "Vladimir Poutine"): a
/// misspelt speaker is reported by `entity/name-variant`, and must not hide a misquotation.
fn same_speaker(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    match (a.split_whitespace().last(), b.split_whitespace().last()) {
        (Some(x), Some(y)) => {
            x == y || (x.chars().count() >= 5 && strsim::damerau_levenshtein(x, y) <= 1)
        }
        _ => false,
    }
}

fn contiguous(short: &[String], long: &[String]) -> bool {
    short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// True when `short` is a cut of `long` whose first word is the same verb in another form,
/// as a report fits a quotation into its own sentence ("Vous jouez avec la troisième
/// guerre mondiale" quoted as "l'a accusé de « jouer avec la troisième guerre mondiale »").
fn adapted_cut(short: &[String], long: &[String]) -> bool {
    let Some((first, rest)) = short.split_first() else {
        return false;
    };
    if rest.len() < 3 || rest.len() >= long.len() {
        return false;
    }
    long.windows(rest.len())
        .enumerate()
        .filter(|(i, w)| *i > 0 && *w == rest)
        .any(|(i, _)| {
            let other = &long[i - 1];
            let stem = first
                .chars()
                .zip(other.chars())
                .take_while(|(a, b)| a == b)
                .count();
            stem >= 4 && first.chars().count().abs_diff(other.chars().count()) <= 2
        })
}

impl Rule for Drift {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        // Wire copy repeats one quotation in thousands of files: its words are read once per
        // distinct text, and each copy only counts.
        struct Seen {
            first: (ArticleId, Span, Span),
            speaker: Option<String>,
            count: u32,
        }
        let mut by_text: std::collections::HashMap<&str, Seen> = std::collections::HashMap::new();
        for a in an.corpus.readable() {
            for q in &an.facts[a.id.0 as usize].quotes {
                let e = by_text.entry(a.slice(q.inner)).or_insert_with(|| Seen {
                    first: (a.id, q.span, q.inner),
                    speaker: q.speaker.clone(),
                    count: 0,
                });
                e.count += 1;
            }
        }
        let mut qs: Vec<(Q, u32)> = Vec::new();
        for seen in by_text.into_values() {
            let (id, span, inner) = seen.first;
            let a = an.corpus.get(id);
            let words: Vec<String> = a
                .seg
                .tokens_in(inner)
                .iter()
                .filter(|t| t.kind != crate::text::TokKind::Punct)
                .map(|t| {
                    // "07h35" and "7h35" are one time, "09" and "9" one number.
                    let w = fold(t.span.slice(&a.text));
                    match w.strip_prefix('0') {
                        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                            rest.to_string()
                        }
                        _ => w,
                    }
                })
                .collect();
            if words.len() >= 4 {
                qs.push((
                    Q {
                        article: id,
                        span,
                        inner,
                        words,
                        speaker: seen.speaker,
                    },
                    seen.count,
                ));
            }
        }
        // One entry per distinct wording: copies of one quotation are never joined pairwise.
        // The first copy in corpus order stands for the wording.
        qs.sort_by(|(a, _), (b, _)| {
            a.words
                .cmp(&b.words)
                .then(a.article.cmp(&b.article))
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut support: Vec<u32> = Vec::new();
        let mut reps: Vec<Q> = Vec::new();
        for (q, n) in qs {
            match reps.last() {
                Some(r) if r.words == q.words => *support.last_mut().expect("one per rep") += n,
                _ => {
                    support.push(n);
                    reps.push(q);
                }
            }
        }
        let qs = reps;
        let mut interner = Interner::default();
        let sets: Vec<Vec<u32>> = qs
            .iter()
            .map(|q| {
                let mut s: Vec<u32> = q.words.iter().map(|w| interner.id(w)).collect();
                s.sort_unstable();
                s.dedup();
                s
            })
            .collect();
        let groups: Vec<u32> = qs.iter().map(|q| q.article.0).collect();
        // How many quotations (any article) carry exactly the same words.
        let same: std::collections::HashMap<&[String], u32> = qs
            .iter()
            .zip(&support)
            .map(|(q, &n)| (q.words.as_slice(), n))
            .collect();
        // For each suspect quotation, the other wordings it drifts from (reported once).
        let mut against: std::collections::BTreeMap<usize, Vec<usize>> =
            std::collections::BTreeMap::new();
        // A short cut of a long quotation is matched too (quotations have four words at least).
        for m in simjoin::self_join_with_partners(&sets, 0.6, 0.8, Some(&groups), 2048, 4) {
            let (i, j) = (m.a as usize, m.b as usize);
            let (x, y) = (&qs[i], &qs[j]);
            if x.words == y.words
                || contiguous(&x.words, &y.words)
                || contiguous(&y.words, &x.words)
                || adapted_cut(&x.words, &y.words)
                || adapted_cut(&y.words, &x.words)
            {
                continue;
            }
            if let (Some(sx), Some(sy)) = (&x.speaker, &y.speaker) {
                if !same_speaker(sx, sy) {
                    continue;
                }
            }
            let (sx, sy) = (same[x.words.as_slice()], same[y.words.as_slice()]);
            // The wording fewer quotations carry is the suspect; on a tie nothing says which
            // one drifted, so each is reported against the other.
            let pairs: &[(usize, usize)] = match sx.cmp(&sy) {
                std::cmp::Ordering::Less => &[(i, j)],
                std::cmp::Ordering::Greater => &[(j, i)],
                std::cmp::Ordering::Equal => &[(i, j), (j, i)],
            };
            for &(sus, refr) in pairs {
                let list = against.entry(sus).or_default();
                if !list.iter().any(|&k| qs[k].words == qs[refr].words) {
                    list.push(refr);
                }
            }
        }
        for (sus, refs) in against {
            let y = &qs[sus];
            let x = &qs[refs[0]];
            // Shown as written (accents and case), compared folded.
            let (xw, yw) = (written(an, x), written(an, y));
            // A short cut of a long quotation is compared with the stretch of the long one it
            // cuts: the rest of the long one is no difference.
            let (xr, yr) = cut_windows(&x.words, &y.words);
            let (xs, ys) = (&x.words[xr.clone()], &y.words[yr.clone()]);
            let (xw, yw) = (&xw[xr], &yw[yr]);
            let ops = similar::capture_diff_slices(similar::Algorithm::Myers, xs, ys);
            let mut here = Vec::new();
            let mut there = Vec::new();
            for op in ops {
                match op {
                    similar::DiffOp::Delete {
                        old_index, old_len, ..
                    } => there.push(xw[old_index..old_index + old_len].join(" ")),
                    similar::DiffOp::Insert {
                        new_index, new_len, ..
                    } => here.push(yw[new_index..new_index + new_len].join(" ")),
                    similar::DiffOp::Replace {
                        old_index,
                        old_len,
                        new_index,
                        new_len,
                    } => {
                        there.push(xw[old_index..old_index + old_len].join(" "));
                        here.push(yw[new_index..new_index + new_len].join(" "));
                    }
                    similar::DiffOp::Equal { .. } => {}
                }
            }
            let other = an.corpus.get(x.article);
            let who = y
                .speaker
                .as_ref()
                .or(x.speaker.as_ref())
                .map(|s| format!(" of {s}"))
                .unwrap_or_default();
            // The first difference in the message itself (CI annotations show only the
            // message); the help lists them all.
            let reordered = {
                let words = |v: &[String]| {
                    let mut w: Vec<String> = v
                        .iter()
                        .flat_map(|c| c.split(' '))
                        .map(crate::text::fold)
                        .collect();
                    w.sort();
                    w
                };
                !here.is_empty() && words(&here) == words(&there)
            };
            let first = match (here.first(), there.first()) {
                // The same words moved: "`juste` where it has `juste`" would say nothing.
                _ if reordered => {
                    format!(": the same words in another order ({})", quote_list(&here))
                }
                (Some(h), Some(t)) => format!(": `{h}` where it has `{t}`"),
                (Some(h), None) => format!(": `{h}` added"),
                (None, Some(t)) => format!(": without `{t}`"),
                (None, None) => String::new(),
            };
            let mut d = Diagnostic::new(
                Label::new(y.article, y.inner, "this wording"),
                format!(
                    "quotation{who} worded differently in {}{first}",
                    other.display
                ),
            )
            .help(format!(
                "here: {}; there: {} ({} quotation(s) with this wording, {} with the other)",
                quote_list(&here),
                quote_list(&there),
                same[y.words.as_slice()],
                same[x.words.as_slice()]
            ));
            for &r in refs.iter().take(3) {
                d = d.related(Label::new(qs[r].article, qs[r].span, "other wording"));
            }
            ctx.report(d);
        }
    }
}

/// The words of a quotation as written, one for each of its folded `words`.
fn written<'a>(an: &'a Analysis, q: &Q) -> Vec<&'a str> {
    let a = an.corpus.get(q.article);
    a.seg
        .tokens_in(q.inner)
        .iter()
        .filter(|t| t.kind != crate::text::TokKind::Punct)
        .map(|t| t.span.slice(&a.text))
        .collect()
}

fn quote_list(v: &[String]) -> String {
    if v.is_empty() {
        "nothing".into()
    } else {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_cut_fitted_to_the_reporting_sentence_is_no_drift() {
        // The same verb in another form, as a report refits it to its own sentence.
        assert!(adapted_cut(
            &words("fermerons toutes les frontieres"),
            &words("nous fermons toutes les frontieres")
        ));
        // Another verb is a drift.
        assert!(!adapted_cut(
            &words("ouvrir toutes les frontieres"),
            &words("nous fermons toutes les frontieres")
        ));
    }
}

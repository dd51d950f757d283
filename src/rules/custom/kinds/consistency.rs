//! `kind = "consistency"`: variants that must not be mixed.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::{choice, no_blank};
use super::{scoped_words, Common, FileCtx};
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{ArticleId, Label, Span};
use crate::rules::custom::{RawRule, RuleFileError};
use crate::rules::{Ctx, Rule, RuleMeta};

/// Lower case with straight apostrophes, accents kept.
fn lower(s: &str) -> String {
    s.to_lowercase().replace(['’', 'ʼ'], "'")
}

struct Consistency {
    c: Common,
    variants: Vec<(Vec<String>, String)>,
    per_article: bool,
}

pub(super) fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let Some(v) = r.variants else {
        return cx.err(r.kind.span(), "a consistency rule needs `variants`", None);
    };
    if v.get_ref().len() < 2 {
        return cx.err(
            v.span(),
            "a consistency rule needs at least two variants",
            None,
        );
    }
    no_blank(cx, v.span(), v.get_ref(), "a variant")?;
    let per_article = choice(
        cx,
        &r.within,
        "within",
        &[("corpus", false), ("article", true)],
        false,
    )?;
    // Variants are told apart by case-insensitive but accent-sensitive comparison, so that
    // "États-Unis" and "Etats-Unis" are two variants.
    let variants = v
        .get_ref()
        .iter()
        .map(|s| (s.split_whitespace().map(lower).collect(), s.clone()))
        .collect();
    Ok(Box::new(Consistency {
        c,
        variants,
        per_article,
    }))
}

impl Consistency {
    fn occurrences(&self, a: &Article) -> Vec<(usize, Span)> {
        let mut out = Vec::new();
        for (toks, folded) in scoped_words(a, &self.c.scope, lower) {
            for i in 0..toks.len() {
                for (vi, (words, _)) in self.variants.iter().enumerate() {
                    if i + words.len() <= toks.len() && folded[i..i + words.len()] == words[..] {
                        out.push((
                            vi,
                            Span {
                                start: toks[i].span.start,
                                end: toks[i + words.len() - 1].span.end,
                            },
                        ));
                    }
                }
            }
        }
        out
    }

    fn judge(&self, an: &Analysis, occ: &[(ArticleId, usize, Span)], ctx: &mut Ctx) {
        let mut counts = vec![0usize; self.variants.len()];
        for o in occ {
            counts[o.1] += 1;
        }
        if counts.iter().filter(|&&n| n > 0).count() < 2 {
            return;
        }
        // The majority; ties go to the variant listed first.
        let major = (0..counts.len())
            .max_by(|&x, &y| counts[x].cmp(&counts[y]).then(y.cmp(&x)))
            .expect("variants");
        let expected = self.variants[major].1.clone();
        let first_major = occ.iter().find(|o| o.1 == major).expect("majority occurs");
        for &(aid, vi, span) in occ.iter().filter(|o| o.1 != major) {
            let a = an.corpus.get(aid);
            let (e, n, m) = (expected.clone(), counts[vi], counts[major]);
            let vars = move |v: &str| match v {
                "expected" => Some(e.clone()),
                "count" => Some(n.to_string()),
                "other.count" => Some(m.to_string()),
                _ => None,
            };
            ctx.report(
                self.c
                    .diag(a, span, &vars)
                    .related(Label::new(
                        first_major.0,
                        first_major.2,
                        format!("`{expected}`"),
                    ))
                    .fix(expected.clone()),
            );
        }
    }
}

impl Rule for Consistency {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let mut all = Vec::new();
        for a in an.corpus.articles.iter().filter(|a| self.c.in_scope(a)) {
            let occ: Vec<(ArticleId, usize, Span)> = self
                .occurrences(a)
                .into_iter()
                .map(|(v, s)| (a.id, v, s))
                .collect();
            if self.per_article {
                self.judge(an, &occ, ctx);
            } else {
                all.extend(occ);
            }
        }
        if !self.per_article {
            self.judge(an, &all, ctx);
        }
    }
}

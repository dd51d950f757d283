//! `kind = "claim"`: one fact compared across the corpus.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::{no_blank, Common, FileCtx};
use crate::analysis::Analysis;
use crate::finding::{ArticleId, Label, Span};
use crate::rules::custom::{RawRule, RuleFileError};
use crate::rules::{Ctx, Rule, RuleMeta};
use crate::text::fold;
use std::collections::BTreeMap;

/// One claim: article, span, value as written, and its value (or first and last day).
type ClaimRow = (ArticleId, Span, String, f64, f64);

struct Claim {
    c: Common,
    date: bool,
    by_noun: bool,
    context: Vec<String>,
    unit: Option<String>,
    tolerance: f64,
}

pub(super) fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let date = match r.fact.as_ref().map(|f| f.get_ref().as_str()) {
        Some("figure") => false,
        Some("date") => true,
        Some(o) => {
            return cx.err(
                r.fact.as_ref().expect("set").span(),
                format!("unknown fact `{o}`"),
                Some("figure or date".into()),
            )
        }
        None => {
            return cx.err(
                r.kind.span(),
                "a claim rule needs `fact` (figure or date)",
                None,
            )
        }
    };
    match r.compare.as_ref().map(|c| c.get_ref().as_str()) {
        None => {}
        Some("equal") if !date => {}
        Some("same-date") if date => {}
        Some(o) => {
            return cx.err(
                r.compare.as_ref().expect("set").span(),
                format!(
                    "`compare = \"{o}\"` does not fit fact `{}`",
                    if date { "date" } else { "figure" }
                ),
                Some("figures compare with `equal`, dates with `same-date`".into()),
            )
        }
    }
    let Some(ctxw) = r.context else {
        return cx.err(
            r.kind.span(),
            "a claim rule needs `context` words that mark the claim",
            None,
        );
    };
    no_blank(cx, ctxw.span(), ctxw.get_ref(), "a context word")?;
    let by_noun = match r.key.as_deref() {
        None | Some("all") => false,
        Some("noun") if !date => true,
        Some(o) => {
            return cx.err(
                r.kind.span(),
                format!("unknown claim key `{o}`"),
                Some("`noun` (figures only) or `all`".into()),
            )
        }
    };
    Ok(Box::new(Claim {
        c,
        date,
        by_noun,
        context: ctxw.get_ref().iter().map(|w| fold(w)).collect(),
        unit: r.unit,
        tolerance: r.tolerance.unwrap_or(0.0),
    }))
}

const CURRENCIES: &[&str] = &["EUR", "USD", "CNY", "RUB", "GBP"];

impl Rule for Claim {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        // Per group: (article, span, value text, numeric value or date range).
        let mut groups: BTreeMap<String, Vec<ClaimRow>> = BTreeMap::new();
        for a in an.corpus.articles.iter().filter(|a| self.c.in_scope(a)) {
            let f = &an.facts[a.id.0 as usize];
            for s in &a.seg.sentences {
                if !self.c.scope.block(a.blocks[s.block as usize].kind) {
                    continue;
                }
                let words: Vec<String> = a
                    .seg
                    .sentence_tokens(s)
                    .iter()
                    .map(|t| fold(t.span.slice(&a.text)))
                    .collect();
                if !self
                    .context
                    .iter()
                    .any(|c| words.iter().any(|w| w == c || w.starts_with(c.as_str())))
                {
                    continue;
                }
                if self.date {
                    for d in f.dates.iter().filter(|d| s.span.contains(d.span)) {
                        if let (Some(st), Some(en)) = (d.start, d.end) {
                            let day = |x: chrono::NaiveDate| {
                                x.signed_duration_since(chrono::NaiveDate::MIN).num_days() as f64
                            };
                            groups.entry(String::new()).or_default().push((
                                a.id,
                                d.span,
                                d.value().unwrap_or_default(),
                                day(st),
                                day(en),
                            ));
                        }
                    }
                } else {
                    for x in f.figures.iter().filter(|x| s.span.contains(x.span)) {
                        let ok = match self.unit.as_deref() {
                            None | Some("any") => true,
                            Some("currency") => {
                                x.unit.as_deref().is_some_and(|u| CURRENCIES.contains(&u))
                            }
                            Some("percent") => x.unit.as_deref() == Some("%"),
                            Some(u) => x.unit.as_deref() == Some(u),
                        };
                        if ok {
                            let key = if self.by_noun {
                                x.noun
                                    .clone()
                                    .unwrap_or_default()
                                    .trim_end_matches('s')
                                    .to_string()
                            } else {
                                String::new()
                            };
                            groups.entry(key).or_default().push((
                                a.id,
                                x.span,
                                x.display(),
                                x.value,
                                x.value,
                            ));
                        }
                    }
                }
            }
        }
        for claims in groups.values() {
            self.judge(an, claims, ctx);
        }
    }
}

impl Claim {
    fn judge(&self, an: &Analysis, claims: &[ClaimRow], ctx: &mut Ctx) {
        let agree = |x: &ClaimRow, y: &ClaimRow| {
            if self.date {
                x.3 <= y.4 && y.3 <= x.4
            } else {
                (x.3 - y.3).abs() <= self.tolerance * x.3.abs().max(y.3.abs())
            }
        };
        // The value most claims agree with; claims that disagree with it are reported.
        let Some(best) = (0..claims.len()).max_by_key(|&i| {
            (
                claims.iter().filter(|y| agree(&claims[i], y)).count(),
                std::cmp::Reverse(i),
            )
        }) else {
            return;
        };
        let support = claims.iter().filter(|y| agree(&claims[best], y)).count();
        let reference = claims[best].clone();
        for cl in claims.iter().filter(|y| !agree(&reference, y)) {
            let count = claims.iter().filter(|y| agree(cl, y)).count();
            if count > support || (count == support && cl.0 < reference.0) {
                continue;
            }
            let a = an.corpus.get(cl.0);
            let other = an.corpus.get(reference.0);
            let (v, ov, of) = (cl.2.clone(), reference.2.clone(), other.display.clone());
            let vars = move |n: &str| match n {
                "value" => Some(v.clone()),
                "other.value" | "expected" => Some(ov.clone()),
                "other.file" => Some(of.clone()),
                "count" => Some(support.to_string()),
                _ => None,
            };
            ctx.report(self.c.diag(a, cl.1, &vars).related(Label::new(
                reference.0,
                reference.1,
                reference.2.clone(),
            )));
        }
    }
}

//! `kind = "substitution"`: wrong forms and their right forms.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::{no_blank, scoped_words, Common, FileCtx};
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::Span;
use crate::rules::custom::{RawRule, RuleFileError};
use crate::rules::{Ctx, Rule, RuleMeta};
use crate::text::fold;
use std::collections::BTreeMap;

struct Substitution {
    c: Common,
    /// Folded wrong form (one or more words) → right form.
    map: BTreeMap<Vec<String>, String>,
    longest: usize,
}

pub(super) fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let Some(m) = r.map else {
        return cx.err(
            r.kind.span(),
            "a substitution rule needs a `map` of wrong = right forms",
            None,
        );
    };
    if m.get_ref().is_empty() {
        return cx.err(m.span(), "the substitution map is empty", None);
    }
    no_blank(cx, m.span(), m.get_ref().keys(), "a wrong form (map key)")?;
    let mut map = BTreeMap::new();
    for (k, v) in m.get_ref() {
        let words: Vec<String> = k.split_whitespace().map(fold).collect();
        map.insert(words, v.clone());
    }
    let longest = map.keys().map(Vec::len).max().unwrap_or(1);
    Ok(Box::new(Substitution { c, map, longest }))
}

/// Gives `right` the case pattern of `found` (capitalised or all capitals).
fn match_case(found: &str, right: &str) -> String {
    let letters: Vec<char> = found.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return right.to_uppercase();
    }
    if found.starts_with(char::is_uppercase) && right.starts_with(char::is_lowercase) {
        let mut cs = right.chars();
        return cs
            .next()
            .map(|f| f.to_uppercase().chain(cs).collect())
            .unwrap_or_default();
    }
    right.to_string()
}

impl Rule for Substitution {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if !self.c.in_scope(a) {
            return;
        }
        for (toks, folded) in scoped_words(a, &self.c.scope, fold) {
            let mut i = 0;
            while i < toks.len() {
                let mut hit = None;
                for n in (1..=self.longest.min(toks.len() - i)).rev() {
                    if let Some(right) = self.map.get(&folded[i..i + n]) {
                        hit = Some((n, right));
                        break;
                    }
                }
                let Some((n, right)) = hit else {
                    i += 1;
                    continue;
                };
                let span = Span {
                    start: toks[i].span.start,
                    end: toks[i + n - 1].span.end,
                };
                let found = a.slice(span);
                let expected = if fold(found) == fold(right) {
                    right.clone()
                } else {
                    match_case(found, right)
                };
                // A case-only entry ("kremlin" = "Kremlin") only fires on the wrong case.
                if found != expected {
                    let e = expected.clone();
                    ctx.report(
                        self.c
                            .diag(a, span, &move |v| (v == "expected").then(|| e.clone()))
                            .safe_fix(expected),
                    );
                }
                i += n;
            }
        }
    }
}

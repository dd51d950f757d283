//! `kind = "pattern"`: a regex or words that must not (or must) appear.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::{choice, no_blank};
use super::{Common, FileCtx};
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::Span;
use crate::rules::custom::{RawRule, RuleFileError};
use crate::rules::structure::headline;
use crate::rules::{Ctx, Rule, RuleMeta};
use regex::Regex;

struct Pattern {
    c: Common,
    re: Regex,
    forbid: bool,
    fix: Option<String>,
}

fn word_alternation(words: &[String]) -> String {
    let mut ws: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    ws.sort_by_key(|w| std::cmp::Reverse(w.len()));
    format!(r"\b(?:{})\b", ws.join("|"))
}

pub(super) fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let ci = !r.case_sensitive.unwrap_or(false);
    let (src, span) = match (&r.regex, &r.words) {
        (Some(re), None) => (re.get_ref().clone(), re.span()),
        (None, Some(ws)) if !ws.get_ref().is_empty() => (word_alternation(ws.get_ref()), ws.span()),
        (Some(re), Some(_)) => {
            return cx.err(
                re.span(),
                "a pattern rule takes `regex` or `words`, not both",
                None,
            )
        }
        _ => {
            return cx.err(
                r.kind.span(),
                "a pattern rule needs `regex` or `words`",
                None,
            )
        }
    };
    if let Some(ws) = &r.words {
        no_blank(cx, ws.span(), ws.get_ref(), "a word")?;
    }
    let full = if ci { format!("(?i){src}") } else { src };
    let re = match Regex::new(&full) {
        Ok(re) => re,
        Err(e) => {
            return cx.err(
                span,
                format!(
                    "invalid regex: {}",
                    e.to_string().lines().last().unwrap_or("")
                ),
                Some(e.to_string()),
            )
        }
    };
    // A pattern that can match nothing at all would flag every position of every article.
    let min_len = regex_syntax::Parser::new()
        .parse(&full)
        .ok()
        .and_then(|h| h.properties().minimum_len());
    if min_len == Some(0) {
        return cx.err(
            span,
            "this regex can match the empty string, so it would match at every position",
            Some("require at least one character, for example `a+` rather than `a*`".into()),
        );
    }
    let forbid = choice(
        cx,
        &r.mode,
        "mode",
        &[("forbid", true), ("require", false)],
        true,
    )?;
    Ok(Box::new(Pattern {
        c,
        re,
        forbid,
        fix: r.fix.map(|f| f.into_inner()),
    }))
}

impl Rule for Pattern {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if !self.c.in_scope(a) {
            return;
        }
        let mut found = false;
        for b in a.blocks.iter().filter(|b| self.c.scope.block(b.kind)) {
            let text = a.slice(b.span);
            for caps in self.re.captures_iter(text) {
                // A group named `found` narrows the finding to part of the match, so that a
                // regex can look at the text around what it flags (Rust regexes have no
                // look-behind); the fix then replaces that part.
                let m = caps
                    .name("found")
                    .unwrap_or_else(|| caps.get(0).expect("whole match"));
                found = true;
                if !self.forbid {
                    break;
                }
                let span = Span::new(b.span.start() + m.start(), b.span.start() + m.end());
                let expected = self.fix.as_ref().map(|f| {
                    let mut s = String::new();
                    caps.expand(f, &mut s);
                    s
                });
                let e2 = expected.clone();
                let mut d = self.c.diag(a, span, &move |v| {
                    (v == "expected").then(|| e2.clone().unwrap_or_default())
                });
                if let Some(e) = expected {
                    d = d.safe_fix(e);
                }
                ctx.report(d);
            }
        }
        if !self.forbid && !found {
            let span = headline(a).map_or(Span::default(), |b| b.span);
            ctx.report(self.c.diag(a, span, &|_| None));
        }
    }
}

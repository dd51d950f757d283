//! The kinds of declarative rule, one file each: pattern, substitution, consistency,
//! entity-role, claim. This module holds what they share and the dispatch.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

mod claim;
mod consistency;
mod entity_role;
mod pattern;
mod substitution;

pub(super) use super::Ctx as FileCtx;
use super::{RawRule, RuleFileError, RuleScope, Template};
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Span};
use crate::rules::{Rule, RuleMeta};

/// What every custom rule has.
pub struct Common {
    pub meta: RuleMeta,
    pub message: Template,
    pub help: Option<Template>,
    pub scope: RuleScope,
    /// False for `severity = "off"`.
    pub enabled: bool,
}

impl Common {
    fn diag(&self, a: &Article, span: Span, vars: &dyn Fn(&str) -> Option<String>) -> Diagnostic {
        let var = |name: &str| -> String {
            vars(name).unwrap_or_else(|| match name {
                "found" => a.slice(span).to_string(),
                "rule" => self.meta.id.clone(),
                "file" => a.display.clone(),
                _ => String::new(),
            })
        };
        let mut d = Diagnostic::new(
            Label::new(a.id, span, var("found")),
            self.message.render(&var),
        );
        if let Some(h) = &self.help {
            d = d.help(h.render(&var));
        }
        d
    }
    fn in_scope(&self, a: &Article) -> bool {
        self.enabled
            && a.is_readable()
            && self.scope.path(&a.display)
            && self.scope.language(a.lang)
    }
}

/// The words of each in-scope block of an article, with their normal form (`norm`): what the
/// word-matching kinds (substitution, consistency) walk through.
pub(super) fn scoped_words<'a>(
    a: &'a Article,
    scope: &'a RuleScope,
    norm: fn(&str) -> String,
) -> impl Iterator<Item = (Vec<crate::text::Token>, Vec<String>)> + 'a {
    a.blocks
        .iter()
        .filter(|b| scope.block(b.kind))
        .map(move |b| {
            let toks: Vec<crate::text::Token> = a
                .seg
                .iter_in(b.span)
                .filter(|t| t.kind != crate::text::TokKind::Punct)
                .collect();
            let normal = toks.iter().map(|t| norm(t.span.slice(&a.text))).collect();
            (toks, normal)
        })
}

/// Placeholders each kind fills.
pub fn placeholders(kind: &str) -> &'static [&'static str] {
    match kind {
        "consistency" => &["found", "expected", "rule", "file", "count", "other.count"],
        "entity-role" => &["found", "expected", "rule", "file", "entity", "context"],
        "claim" => &[
            "found",
            "expected",
            "rule",
            "file",
            "value",
            "other.value",
            "other.file",
            "count",
        ],
        _ => &["found", "expected", "rule", "file"],
    }
}

/// Fields each kind may set, for the "does not apply" check.
fn fields_of(r: &RawRule) -> Vec<(&'static str, bool)> {
    vec![
        ("regex", r.regex.is_some()),
        ("words", r.words.is_some()),
        ("mode", r.mode.is_some()),
        ("fix", r.fix.is_some()),
        ("map", r.map.is_some()),
        ("variants", r.variants.is_some()),
        ("within", r.within.is_some()),
        ("before", r.before.is_some()),
        ("after", r.after.is_some()),
        ("pair-open", r.pair_open.is_some()),
        ("pair-join", r.pair_join.is_some()),
        ("entity", r.entity.is_some()),
        ("require", r.require.is_some()),
        ("suggest", r.suggest.is_some()),
        ("fact", r.fact.is_some()),
        ("context", r.context.is_some()),
        ("unit", r.unit.is_some()),
        ("key", r.key.is_some()),
        ("compare", r.compare.is_some()),
        ("tolerance", r.tolerance.is_some()),
    ]
}

fn own_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "pattern" => &["regex", "words", "mode", "fix"],
        "substitution" => &["map"],
        "consistency" => &["variants", "within"],
        "entity-role" => &[
            "before",
            "after",
            "pair-open",
            "pair-join",
            "entity",
            "require",
            "suggest",
        ],
        "claim" => &["fact", "context", "unit", "key", "compare", "tolerance"],
        _ => &[],
    }
}

/// Reads a key that takes one of a few words; absent, `default`.
pub(super) fn choice<T: Copy>(
    cx: &FileCtx,
    field: &Option<toml::Spanned<String>>,
    key: &str,
    options: &[(&str, T)],
    default: T,
) -> Result<T, RuleFileError> {
    let Some(f) = field else { return Ok(default) };
    match options.iter().find(|(name, _)| *name == f.get_ref()) {
        Some((_, v)) => Ok(*v),
        None => {
            let names: Vec<&str> = options.iter().map(|o| o.0).collect();
            cx.err(
                f.span(),
                format!("unknown `{key}` value `{}`", f.get_ref()),
                Some(format!("one of {}", names.join(", "))),
            )
        }
    }
}

/// Rejects a list (or table keys) holding an empty or blank string: a blank variant, word or key
/// matches everywhere or nowhere, and either way the rule would not mean what its author meant.
/// The error points at the blank literal itself when it can be found inside the list.
pub(super) fn no_blank<'s>(
    cx: &FileCtx,
    span: std::ops::Range<usize>,
    values: impl IntoIterator<Item = &'s String>,
    what: &str,
) -> Result<(), RuleFileError> {
    if !values.into_iter().any(|v| v.trim().is_empty()) {
        return Ok(());
    }
    let at = blank_literal(cx.src, span.clone()).unwrap_or(span);
    cx.err(
        at,
        format!("{what} must not be empty or blank"),
        Some("remove it, or write the word or words it should match".into()),
    )
}

/// The span of the first blank string literal (`""`, `"  "`, `''`) inside `span` of `src`.
fn blank_literal(src: &str, span: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let text = src.get(span.clone())?;
    let mut i = 0;
    while let Some(off) = text[i..].find(['"', '\'']) {
        let open = i + off;
        let q = text[open..].chars().next()?;
        let close = open + 1 + text[open + 1..].find(q)?;
        if text[open + 1..close].trim().is_empty() {
            return Some(span.start + open..span.start + close + 1);
        }
        i = close + 1;
    }
    None
}

/// Compiles a rule of any kind.
pub fn build(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let kind = r.kind.get_ref().clone();
    let own = own_fields(&kind);
    for (name, set) in fields_of(&r) {
        if set && !own.contains(&name) {
            return cx.err(
                r.kind.span(),
                format!("field `{name}` does not apply to kind `{kind}`"),
                Some(format!("fields of `{kind}`: {}", own.join(", "))),
            );
        }
    }
    match kind.as_str() {
        "pattern" => pattern::build(cx, c, r),
        "substitution" => substitution::build(cx, c, r),
        "consistency" => consistency::build(cx, c, r),
        "entity-role" => entity_role::build(cx, c, r),
        _ => claim::build(cx, c, r),
    }
}

/// A commented skeleton of a rule of `kind`.
pub fn skeleton(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "pattern" => include_str!("skeletons/pattern.toml"),
        "substitution" => include_str!("skeletons/substitution.toml"),
        "consistency" => include_str!("skeletons/consistency.toml"),
        "entity-role" => include_str!("skeletons/entity-role.toml"),
        "claim" => include_str!("skeletons/claim.toml"),
        _ => return None,
    })
}

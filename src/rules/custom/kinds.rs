//! The kinds of declarative rule: pattern, substitution, consistency, entity-role, claim.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use super::{Ctx as FileCtx, RawRule, RuleFileError, RuleScope, Template};
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::finding::{ArticleId, Diagnostic, Label, Span};
use crate::rules::entity::{context_countries, preferred_name};
use crate::rules::structure::headline;
use crate::rules::{Ctx, Rule, RuleMeta};
use crate::text::{fold, TokKind};
use regex::Regex;
use std::collections::BTreeMap;

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
        self.enabled && a.is_readable() && self.scope.path(&a.display)
    }
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
fn choice<T: Copy>(
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
        "pattern" => pattern(cx, c, r),
        "substitution" => substitution(cx, c, r),
        "consistency" => consistency(cx, c, r),
        "entity-role" => entity_role(cx, c, r),
        _ => claim(cx, c, r),
    }
}

// ---------------------------------------------------------------- pattern

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

fn pattern(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
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
                let m = caps.get(0).expect("whole match");
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
                    d = d.fix(e);
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

// ---------------------------------------------------------------- substitution

struct Substitution {
    c: Common,
    /// Folded wrong form (one or more words) → right form.
    map: BTreeMap<Vec<String>, String>,
    longest: usize,
}

fn substitution(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
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
        for b in a.blocks.iter().filter(|b| self.c.scope.block(b.kind)) {
            let toks: Vec<_> = a
                .seg
                .tokens_in(b.span)
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .collect();
            let folded: Vec<String> = toks.iter().map(|t| fold(t.span.slice(&a.text))).collect();
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
                            .fix(expected),
                    );
                }
                i += n;
            }
        }
    }
}

// ---------------------------------------------------------------- consistency

/// Lower case with straight apostrophes, accents kept.
fn lower(s: &str) -> String {
    s.to_lowercase().replace(['’', 'ʼ'], "'")
}

struct Consistency {
    c: Common,
    variants: Vec<(Vec<String>, String)>,
    per_article: bool,
}

fn consistency(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
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
        for b in a.blocks.iter().filter(|b| self.c.scope.block(b.kind)) {
            let toks: Vec<_> = a
                .seg
                .tokens_in(b.span)
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .collect();
            let folded: Vec<String> = toks.iter().map(|t| lower(t.span.slice(&a.text))).collect();
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

// ---------------------------------------------------------------- entity-role

struct EntityRole {
    c: Common,
    before: Vec<String>,
    after: Vec<String>,
    pair_open: Vec<String>,
    pair_join: Vec<String>,
    entity: Vec<EntryKind>,
    require: String,
    suggest_capital: bool,
}

fn kinds_named(s: &str) -> Option<Vec<EntryKind>> {
    Some(match s {
        "city" => vec![EntryKind::City],
        "capital" => vec![EntryKind::Capital],
        "country" => vec![EntryKind::Country],
        "place" => vec![EntryKind::City, EntryKind::Capital, EntryKind::Country],
        "person" => vec![EntryKind::Person],
        "org" => vec![EntryKind::Org],
        "any" => vec![
            EntryKind::City,
            EntryKind::Capital,
            EntryKind::Country,
            EntryKind::Person,
            EntryKind::Org,
        ],
        _ => return None,
    })
}

const REQUIRES: &[&str] = &[
    "state-actor",
    "capital",
    "country",
    "city",
    "place",
    "person",
    "org",
];

fn entity_role(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
    let entity = match &r.entity {
        None => vec![
            EntryKind::City,
            EntryKind::Capital,
            EntryKind::Country,
            EntryKind::Person,
            EntryKind::Org,
        ],
        Some(e) => match kinds_named(e.get_ref()) {
            Some(k) => k,
            None => {
                return cx.err(
                    e.span(),
                    format!("unknown entity kind `{}`", e.get_ref()),
                    Some("city, capital, country, place, person, org, any".into()),
                )
            }
        },
    };
    let Some(require) = r.require else {
        return cx.err(
            r.kind.span(),
            "an entity-role rule needs `require`",
            Some(format!("one of {}", REQUIRES.join(", "))),
        );
    };
    if !REQUIRES.contains(&require.get_ref().as_str()) {
        return cx.err(
            require.span(),
            format!("unknown requirement `{}`", require.get_ref()),
            Some(format!("one of {}", REQUIRES.join(", "))),
        );
    }
    let suggest_capital = choice(
        cx,
        &r.suggest,
        "suggest",
        &[("context-capital", true)],
        false,
    )?;
    let f = |v: Option<Vec<String>>| {
        v.unwrap_or_default()
            .iter()
            .map(|s| fold(s))
            .collect::<Vec<_>>()
    };
    let (before, after, pair_open, pair_join) =
        (f(r.before), f(r.after), f(r.pair_open), f(r.pair_join));
    if before.is_empty() && after.is_empty() && pair_open.is_empty() {
        return cx.err(
            r.kind.span(),
            "an entity-role rule needs contexts: `before`, `after` or `pair-open`",
            None,
        );
    }
    Ok(Box::new(EntityRole {
        c,
        before,
        after,
        pair_open,
        pair_join,
        entity,
        require: require.into_inner(),
        suggest_capital,
    }))
}

/// Context phrases are short: look at most this many bytes on each side of an entity, so that
/// a very long paragraph costs no more than a short one.
const WINDOW: usize = 120;

fn window_before(text: &str, from: usize, to: usize) -> &str {
    let mut s = to.saturating_sub(WINDOW).max(from);
    while !text.is_char_boundary(s) {
        s += 1;
    }
    &text[s..to]
}

fn window_after(text: &str, from: usize, to: usize) -> &str {
    let mut e = (from + WINDOW).min(to);
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    &text[from..e]
}

fn ends_with_phrase(before: &str, phrases: &[String]) -> bool {
    let b = before.trim_end();
    phrases.iter().any(|p| {
        b.ends_with(p.as_str())
            && b[..b.len() - p.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

fn starts_with_phrase(after: &str, phrases: &[String]) -> bool {
    let a = after.trim_start();
    phrases.iter().any(|p| {
        a.starts_with(p.as_str())
            && a[p.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl EntityRole {
    fn satisfies(&self, e: &crate::extract::gazetteer::Entry) -> bool {
        match self.require.as_str() {
            "state-actor" => e.can_act_as_state(),
            "capital" => e.kind == EntryKind::Capital,
            "country" => e.kind == EntryKind::Country,
            "city" => matches!(e.kind, EntryKind::City | EntryKind::Capital),
            "place" => e.kind.is_place(),
            "person" => e.kind == EntryKind::Person,
            _ => e.kind == EntryKind::Org,
        }
    }
}

impl Rule for EntityRole {
    fn meta(&self) -> &RuleMeta {
        &self.c.meta
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        if !self.c.in_scope(a) {
            return;
        }
        let g = Gazetteer::get();
        let ents: Vec<_> = an.facts[a.id.0 as usize]
            .entities
            .iter()
            .filter(|e| e.entry.is_some())
            .collect();
        for (k, e) in ents.iter().enumerate() {
            let entry = g.entry(e.entry.expect("filtered"));
            if !self.entity.contains(&entry.kind) || self.satisfies(entry) {
                continue;
            }
            let Some(block) = a.block_at(e.span).filter(|b| self.c.scope.block(b.kind)) else {
                continue;
            };
            let before = fold(window_before(&a.text, block.span.start(), e.span.start()));
            let after = fold(window_after(&a.text, e.span.end(), block.span.end()));
            let mut hit =
                ends_with_phrase(&before, &self.before) || starts_with_phrase(&after, &self.after);
            let mut partner = None;
            if !hit && !self.pair_open.is_empty() {
                let ok = |i: usize| {
                    ents.get(i)
                        .is_some_and(|o| self.satisfies(g.entry(o.entry.expect("filtered"))))
                };
                let joined = |x: &crate::extract::EntityFact, y: &crate::extract::EntityFact| {
                    let between = fold(&a.text[x.span.end()..y.span.start()]);
                    self.pair_join.iter().any(|j| between.trim() == j.as_str())
                };
                if k > 0
                    && joined(ents[k - 1], e)
                    && ok(k - 1)
                    && ends_with_phrase(
                        &fold(window_before(
                            &a.text,
                            block.span.start(),
                            ents[k - 1].span.start(),
                        )),
                        &self.pair_open,
                    )
                {
                    hit = true;
                    partner = ents[k - 1].entry;
                } else if k + 1 < ents.len()
                    && joined(e, ents[k + 1])
                    && ok(k + 1)
                    && ends_with_phrase(&before, &self.pair_open)
                {
                    hit = true;
                    partner = ents[k + 1].entry;
                }
            }
            if !hit {
                continue;
            }
            let mut expected = None;
            let mut context = None;
            if self.suggest_capital {
                let mut w = context_countries(a, an, e.span);
                for c in [
                    entry.country.as_ref(),
                    partner.and_then(|p| g.entry(p).country.as_ref()),
                ]
                .into_iter()
                .flatten()
                {
                    w.remove(c);
                }
                let best = w
                    .iter()
                    .filter_map(|(c, wt)| g.capital_of(c).map(|cap| (cap, c, *wt)))
                    .max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0)));
                if let Some((cap, code, _)) = best {
                    expected = Some(preferred_name(an, cap));
                    context = g.country(code).map(|c| preferred_name(an, c));
                }
            }
            let (name, exp) = (entry.name.clone(), expected.clone());
            let ctxname = context.unwrap_or_else(|| "?".into());
            let mut d = self.c.diag(a, e.span, &move |v| match v {
                "entity" => Some(name.clone()),
                "context" => Some(ctxname.clone()),
                "expected" => Some(exp.clone().unwrap_or_else(|| "?".into())),
                _ => None,
            });
            if let Some(x) = expected {
                d = d.fix(x);
            }
            ctx.report(d);
        }
    }
}

// ---------------------------------------------------------------- claim

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

fn claim(cx: &FileCtx, c: Common, r: RawRule) -> Result<Box<dyn Rule>, RuleFileError> {
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

// ---------------------------------------------------------------- skeletons

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

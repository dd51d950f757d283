//! Declarative rules written in TOML (`[[rule]]` tables), compiled to the same [`Rule`] trait
//! as the built-in rules.
//!
//! Loading runs in two phases, as in ast-grep: serde reads the syntax only (unknown keys are
//! errors, with the position toml gives), then [`compile`] checks what serde cannot (the
//! kind's fields, regexes, message placeholders) and builds the matcher. Every error names
//! the file, line and column and renders with miette.

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

mod kinds;
mod template;

use super::{Example, Rule, RuleMeta, Scope};
use crate::finding::Severity;
use crate::text::floor_boundary;
use globset::{Glob, GlobSet, GlobSetBuilder};
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

pub use template::Template;

/// A rule file that cannot be loaded, pointing at the offending place.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("{message}")]
#[diagnostic(code(recoupe::rule_file))]
pub struct RuleFileError {
    /// What is wrong.
    pub message: String,
    /// The file, for miette.
    #[source_code]
    pub src: NamedSource<String>,
    /// Where.
    #[label("{label}")]
    pub span: SourceSpan,
    /// Label text.
    pub label: String,
    /// How to fix it.
    #[help]
    pub help: Option<String>,
    /// `path:line:column`, for one-line output.
    pub location: String,
}

impl RuleFileError {
    /// An error at `span` of the file `path` whose text is `src`.
    pub fn new(
        path: &str,
        src: &str,
        span: Range<usize>,
        message: impl Into<String>,
        help: Option<String>,
    ) -> Self {
        let start = span.start.min(src.len());
        let line = src[..start].matches('\n').count() + 1;
        let col = src[..start]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        let message = crop(&message.into(), ECHO_CAP);
        // Only the place is shown: at most ECHO_CAP bytes of the offending line around the
        // span (a 2 MB one-line regex must not come back whole). Blank lines before it keep
        // miette's line numbers those of the file.
        let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
        let from = floor_boundary(src, start.saturating_sub(ECHO_CAP / 3).max(line_start));
        let to = floor_boundary(src, (start + ECHO_CAP).min(line_end)).max(start);
        let mut shown = "\n".repeat(line - 1);
        let base = shown.len();
        shown.push_str(&src[from..to]);
        let len = span.end.min(to).saturating_sub(start).max(1);
        RuleFileError {
            location: format!("{path}:{line}:{col}"),
            message: format!("{path}:{line}:{col}: {message}"),
            src: NamedSource::new(path, shown),
            span: (base + start - from, len).into(),
            label: "here".into(),
            help: help.map(|h| crop(&h, ECHO_CAP)),
        }
    }
}

/// Bytes of a rule file, or of a message quoting it, that an error echoes at most.
const ECHO_CAP: usize = 240;

/// `s` cut to about `cap` bytes on a char boundary, with `…` when cut.
fn crop(s: &str, cap: usize) -> String {
    if s.len() <= cap {
        return s.to_string();
    }
    format!("{}…", &s[..floor_boundary(s, cap)])
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<RawRule>,
}

/// The syntax of one `[[rule]]` table. Fields of every kind live here; [`compile`] checks that
/// a rule only sets those of its kind.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    id: Spanned<String>,
    kind: Spanned<String>,
    category: Option<String>,
    severity: Option<Spanned<String>>,
    message: Spanned<String>,
    help: Option<Spanned<String>>,
    description: Option<String>,
    why: Option<String>,
    scope: Option<RawScope>,
    // pattern
    regex: Option<Spanned<String>>,
    words: Option<Spanned<Vec<String>>>,
    mode: Option<Spanned<String>>,
    case_sensitive: Option<bool>,
    fix: Option<Spanned<String>>,
    // substitution
    map: Option<Spanned<BTreeMap<String, String>>>,
    // consistency
    variants: Option<Spanned<Vec<String>>>,
    within: Option<Spanned<String>>,
    // entity-role
    before: Option<Vec<String>>,
    after: Option<Vec<String>>,
    pair_open: Option<Vec<String>>,
    pair_join: Option<Vec<String>>,
    entity: Option<Spanned<String>>,
    require: Option<Spanned<String>>,
    suggest: Option<Spanned<String>>,
    // claim
    fact: Option<Spanned<String>>,
    context: Option<Spanned<Vec<String>>>,
    unit: Option<String>,
    key: Option<String>,
    compare: Option<Spanned<String>>,
    tolerance: Option<f64>,
    #[serde(default)]
    example: Vec<RawExample>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawScope {
    blocks: Option<Spanned<Vec<String>>>,
    paths: Option<Vec<String>>,
    languages: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawExample {
    text: Option<String>,
    articles: Option<BTreeMap<String, String>>,
    expect: usize,
}

/// Where a custom rule applies.
#[derive(Debug, Clone, Default)]
pub struct RuleScope {
    /// Block kinds (empty: title, heading, body and caption).
    pub blocks: Vec<crate::corpus::BlockKind>,
    /// Path globs (none: every file).
    pub paths: Option<GlobSet>,
    /// Article languages (empty: every language): a French grammar rule has nothing to say
    /// about an English article.
    pub languages: Vec<crate::lang::Lang>,
}

impl RuleScope {
    /// True when a block of this kind is in scope.
    pub fn block(&self, k: crate::corpus::BlockKind) -> bool {
        if self.blocks.is_empty() {
            k.is_content() || k == crate::corpus::BlockKind::Caption
        } else {
            self.blocks.contains(&k)
        }
    }
    /// True when an article path is in scope.
    pub fn path(&self, p: &str) -> bool {
        self.paths.as_ref().is_none_or(|g| g.is_match(p))
    }
    /// True when an article language is in scope.
    pub fn language(&self, l: crate::lang::Lang) -> bool {
        self.languages.is_empty() || self.languages.contains(&l)
    }
}

const KINDS: &[&str] = &[
    "pattern",
    "substitution",
    "consistency",
    "entity-role",
    "claim",
];

struct Ctx<'a> {
    path: &'a str,
    pub(super) src: &'a str,
}

impl Ctx<'_> {
    fn err<T>(
        &self,
        span: Range<usize>,
        msg: impl Into<String>,
        help: impl Into<Option<String>>,
    ) -> Result<T, RuleFileError> {
        Err(RuleFileError::new(
            self.path,
            self.src,
            span,
            msg,
            help.into(),
        ))
    }
}

fn block_kind(s: &str) -> Option<crate::corpus::BlockKind> {
    use crate::corpus::BlockKind::*;
    Some(match s {
        "title" => Title,
        "heading" => Heading,
        "body" => Body,
        "caption" => Caption,
        "byline" => Byline,
        "boilerplate" => Boilerplate,
        "foreign" => Foreign,
        _ => return None,
    })
}

/// Parses and compiles the rules of one file. `path` names the file in messages.
pub fn compile(path: &str, src: &str) -> Result<Vec<Box<dyn Rule>>, RuleFileError> {
    compile_beside(path, src, &std::collections::BTreeSet::new())
}

/// [`compile`], where `taken` holds the ids of rules already registered (built-in, shipped,
/// other files): reusing one is an error, never a silent replacement.
pub fn compile_beside(
    path: &str,
    src: &str,
    taken: &std::collections::BTreeSet<String>,
) -> Result<Vec<Box<dyn Rule>>, RuleFileError> {
    let cx = Ctx { path, src };
    let raw: RawFile = match toml::from_str(src) {
        Ok(r) => r,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let msg = e.message().to_string();
            let help = msg.contains("unknown field").then(|| "check the spelling of the key; `recoupe new-rule KIND` prints every key of a kind".to_string());
            return cx.err(span, msg, help);
        }
    };
    let mut out: Vec<Box<dyn Rule>> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for r in raw.rule {
        let id = r.id.get_ref().clone();
        let id_span = r.id.span();
        let valid_id = id.split('/').count() == 2
            && id.split('/').all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            });
        if !valid_id {
            return cx.err(
                id_span,
                format!("rule id `{id}` is not `namespace/kebab-case-name`"),
                Some("for example `house/kyiv-spelling`".into()),
            );
        }
        if taken.contains(&id) {
            return cx.err(
                id_span,
                format!("rule id `{id}` is already taken by another rule"),
                Some("give your rule its own namespace, for example `house/…`; to change a built-in rule's severity, use `[rules]` in recoupe.toml".into()),
            );
        }
        if !seen.insert(id.clone()) {
            return cx.err(
                id_span,
                format!("rule id `{id}` is defined twice in this file"),
                None,
            );
        }
        let kind = r.kind.get_ref().as_str();
        if !KINDS.contains(&kind) {
            return cx.err(
                r.kind.span(),
                format!("unknown rule kind `{kind}`"),
                Some(format!("kinds: {}", KINDS.join(", "))),
            );
        }
        let severity = match &r.severity {
            None => Some(Severity::Warning),
            Some(s) if s.get_ref() == "off" => None,
            Some(s) => match Severity::parse(s.get_ref()) {
                Some(v) => Some(v),
                None => {
                    return cx.err(
                        s.span(),
                        format!("unknown severity `{}`", s.get_ref()),
                        Some("error, warning, info or off".into()),
                    )
                }
            },
        };
        let category = r
            .category
            .clone()
            .unwrap_or_else(|| id.split('/').next().unwrap_or("custom").to_string());
        let mut scope = RuleScope::default();
        if let Some(sc) = &r.scope {
            if let Some(b) = &sc.blocks {
                for name in b.get_ref() {
                    match block_kind(name) {
                        Some(k) => scope.blocks.push(k),
                        None => {
                            return cx.err(
                                b.span(),
                                format!("unknown block kind `{name}`"),
                                Some(
                                    "title, heading, body, caption, byline, boilerplate, foreign"
                                        .into(),
                                ),
                            )
                        }
                    }
                }
            }
            if let Some(ls) = &sc.languages {
                for code in ls.get_ref() {
                    match crate::lang::Lang::from_code(code) {
                        crate::lang::Lang::Unknown => {
                            return cx.err(
                                ls.span(),
                                format!("unknown language `{code}`"),
                                Some("an ISO 639-1 code: fr, en, de, es, it, pt, nl, ru".into()),
                            )
                        }
                        l => scope.languages.push(l),
                    }
                }
            }
            if let Some(globs) = &sc.paths {
                let mut gb = GlobSetBuilder::new();
                for g in globs {
                    match Glob::new(g) {
                        Ok(g) => {
                            gb.add(g);
                        }
                        Err(e) => {
                            return cx.err(
                                id_span.clone(),
                                format!("invalid path glob `{g}`: {e}"),
                                None,
                            )
                        }
                    }
                }
                scope.paths = gb.build().ok();
            }
        }
        let examples = r
            .example
            .iter()
            .map(|e| match (&e.text, &e.articles) {
                (Some(t), _) => Example::one(t, e.expect),
                (None, Some(arts)) => Example {
                    articles: arts.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                    expect: e.expect,
                },
                (None, None) => Example::one("", e.expect),
            })
            .collect::<Vec<_>>();
        if r.example
            .iter()
            .any(|e| e.text.is_none() && e.articles.is_none())
        {
            return cx.err(
                id_span,
                format!("an example of `{id}` has neither `text` nor `articles`"),
                None,
            );
        }
        let allowed = kinds::placeholders(kind);
        let message = Template::parse(&r.message, allowed).map_err(|(at, name)| {
            RuleFileError::new(
                path,
                src,
                template::narrow(src, at, &name),
                format!("unknown placeholder `{{{name}}}` in message"),
                Some(format!(
                    "placeholders of kind `{kind}`: {}",
                    allowed.join(", ")
                )),
            )
        })?;
        let help = match &r.help {
            Some(h) => Some(Template::parse(h, allowed).map_err(|(at, name)| {
                RuleFileError::new(
                    path,
                    src,
                    template::narrow(src, at, &name),
                    format!("unknown placeholder `{{{name}}}` in help"),
                    Some(format!(
                        "placeholders of kind `{kind}`: {}",
                        allowed.join(", ")
                    )),
                )
            })?),
            None => None,
        };
        let docs = format!(
            "### What it does\n{}\n\n### Why is this bad\n{}\n\n### Examples\nSee the examples below (kind `{kind}`, defined in `{path}`).\n",
            r.description.clone().unwrap_or_else(|| format!("A `{kind}` rule: {}", r.message.get_ref())),
            r.why.clone().unwrap_or_else(|| "Defined by the rule's author.".into())
        );
        let meta = RuleMeta {
            id: id.clone(),
            category,
            default_severity: severity.unwrap_or(Severity::Info),
            scope: if matches!(kind, "consistency" | "claim") {
                Scope::Corpus
            } else {
                Scope::Article
            },
            summary: r
                .description
                .clone()
                .unwrap_or_else(|| r.message.get_ref().clone())
                .lines()
                .next()
                .unwrap_or("")
                .to_string(),
            docs,
            examples,
        };
        let common = kinds::Common {
            meta,
            message,
            help,
            scope,
            enabled: severity.is_some(),
        };
        out.push(kinds::build(&cx, common, r)?);
    }
    Ok(out)
}

/// The rule files shipped in `rules/`, embedded at build time.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "rules/entity.toml",
        include_str!("../../../rules/entity.toml"),
    ),
    (
        "rules/french.toml",
        include_str!("../../../rules/french.toml"),
    ),
];

/// Loads the shipped rule files.
pub fn shipped() -> Result<Vec<Box<dyn Rule>>, RuleFileError> {
    let mut out = Vec::new();
    for (path, src) in SHIPPED {
        out.extend(compile(path, src)?);
    }
    Ok(out)
}

/// Loads every `*.toml` rule file of a directory (sorted), or one file.
pub fn load_dir(
    dir: &Path,
    taken: &std::collections::BTreeSet<String>,
) -> Result<Vec<Box<dyn Rule>>, RuleFileError> {
    let mut files: Vec<PathBuf> = if dir.is_file() {
        vec![dir.to_path_buf()]
    } else {
        match std::fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect(),
            Err(e) => {
                let p = dir.display().to_string();
                return Err(RuleFileError::new(
                    &p,
                    "",
                    0..0,
                    format!("cannot read rule directory: {e}"),
                    None,
                ));
            }
        }
    };
    files.sort();
    let mut out: Vec<Box<dyn Rule>> = Vec::new();
    for f in files {
        let p = f.display().to_string();
        let src = std::fs::read_to_string(&f).map_err(|e| {
            RuleFileError::new(&p, "", 0..0, format!("cannot read rule file: {e}"), None)
        })?;
        let mut taken_here = taken.clone();
        taken_here.extend(out.iter().map(|r| r.meta().id.clone()));
        out.extend(compile_beside(&p, &src, &taken_here)?);
    }
    Ok(out)
}

/// Which kind a skeleton is asked for; the skeleton text.
pub fn skeleton(kind: &str) -> Option<&'static str> {
    kinds::skeleton(kind)
}

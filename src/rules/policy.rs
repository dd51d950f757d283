//! The one place that decides a finding's final severity and whether it is shown, as oxc's
//! `add_diagnostic` does. A rule reports through its [`Ctx`](super::Ctx); the context asks the
//! policy, in this order:
//!
//! 1. the rule's level for the finding's file: `[rules]` by id, then by category, then the
//!    rule's default; then the `[[override]]` entries whose globs match the file (later ones
//!    win; by id before category). `off` drops the finding;
//! 2. the rule's own lowering (`Diagnostic::at_most`): a finding the rule marked as
//!    legitimate-looking stays at that level whatever the configuration says, so an override
//!    can never raise a death-toll difference to an error;
//! 3. the suppressions: `[[ignore]]` entries, then inline `<!-- recoupe-ignore RULE -->`
//!    comments; a suppressed finding is dropped, and the suppression marked as used.
//!
//! After every rule ran, the inline suppressions that matched nothing go to the rules that
//! ask for them (`structure/unused-suppression`), and the `[[ignore]]` entries that matched
//! nothing are listed for a note.

use super::{Level, RuleMeta, Settings};
use crate::analysis::Analysis;
use crate::config::Config;
use crate::finding::{ArticleId, Severity, Span};
use std::sync::atomic::{AtomicBool, Ordering};

/// An inline `<!-- recoupe-ignore RULE… -->` comment.
#[derive(Debug, Clone)]
pub struct Inline {
    /// The article.
    pub article: ArticleId,
    /// The comment itself.
    pub comment: Span,
    /// The line it covers.
    pub target: Span,
    /// Rule ids, categories, or `all`.
    pub rules: Vec<String>,
}

/// Levels, overrides and suppressions of one run, and which suppressions were used.
#[derive(Debug, Default)]
pub struct Policy<'c> {
    settings: Settings,
    config: Option<&'c Config>,
    /// Each article's path as globs see it (relative to the configuration's folder).
    paths: Vec<String>,
    inline: Vec<Inline>,
    used_ignore: Vec<AtomicBool>,
    used_inline: Vec<AtomicBool>,
}

impl<'c> Policy<'c> {
    /// Levels only: no overrides, no `[[ignore]]`; inline comments still apply.
    pub fn levels(an: &Analysis, settings: Settings) -> Policy<'static> {
        let inline = inline_suppressions(an);
        Policy {
            settings,
            config: None,
            paths: Vec::new(),
            used_inline: inline.iter().map(|_| AtomicBool::new(false)).collect(),
            inline,
            used_ignore: Vec::new(),
        }
    }

    /// The policy of a configuration for the articles of `an`.
    pub fn of(an: &Analysis, config: &'c Config) -> Policy<'c> {
        let mut p = Policy::levels(an, config.settings.clone());
        p.paths = config.relative_paths(an);
        p.used_ignore = config
            .ignores
            .iter()
            .map(|_| AtomicBool::new(false))
            .collect();
        p.config = Some(config);
        p
    }

    /// The level of rule `meta` in `article`'s file.
    pub fn level_in(&self, meta: &RuleMeta, article: ArticleId) -> Level {
        let mut level = self.settings.level(meta);
        if let (Some(c), Some(path)) = (self.config, self.paths.get(article.0 as usize)) {
            for o in c.overrides.iter().filter(|o| o.matches(path)) {
                if let Some(l) = o.level(&meta.id, &meta.category) {
                    level = l;
                }
            }
        }
        level
    }

    /// The level a rule runs at when nothing is known of the file: off only when it is off
    /// everywhere (no override turns it on anywhere).
    pub fn runs(&self, meta: &RuleMeta) -> bool {
        self.settings.level(meta) != Level::Off
            || self.config.is_some_and(|c| {
                c.overrides.iter().any(|o| {
                    o.level(&meta.id, &meta.category)
                        .is_some_and(|l| l != Level::Off)
                })
            })
    }

    /// The final severity of a finding of `meta`, or `None` when it is not shown. `lowered` is
    /// the rule's own cap (`Diagnostic::at_most`); `text` the words it flags.
    pub fn decide(
        &self,
        meta: &RuleMeta,
        primary: (ArticleId, Span),
        lowered: Option<Severity>,
        text: &str,
    ) -> Option<Severity> {
        let Level::On(level) = self.level_in(meta, primary.0) else {
            return None;
        };
        // A larger severity is a milder one (error < warning < info).
        let severity = lowered.map_or(level, |cap| cap.max(level));
        if let (Some(c), Some(path)) = (self.config, self.paths.get(primary.0 .0 as usize)) {
            for (k, ig) in c.ignores.iter().enumerate() {
                if ig.matches(&meta.id, &meta.category, path, text) {
                    self.used_ignore[k].store(true, Ordering::Relaxed);
                    return None;
                }
            }
        }
        let names = |r: &String| r == "all" || *r == meta.id || *r == meta.category;
        for (k, s) in self.inline.iter().enumerate() {
            if s.article == primary.0 && s.target.contains(primary.1) && s.rules.iter().any(names) {
                self.used_inline[k].store(true, Ordering::Relaxed);
                return None;
            }
        }
        Some(severity)
    }

    /// Inline suppressions that suppressed nothing, in corpus order.
    pub fn unused_inline(&self) -> Vec<&Inline> {
        self.inline
            .iter()
            .zip(&self.used_inline)
            .filter(|(_, u)| !u.load(Ordering::Relaxed))
            .map(|(s, _)| s)
            .collect()
    }

    /// `[[ignore]]` entries that suppressed nothing, as sentences for a note.
    pub fn unused_ignores(&self) -> Vec<String> {
        let Some(c) = self.config else {
            return Vec::new();
        };
        c.ignores
            .iter()
            .zip(&self.used_ignore)
            .filter(|(_, u)| !u.load(Ordering::Relaxed))
            .map(|(i, _)| {
                format!(
                    "[[ignore]] rule = \"{}\"{} matched no finding",
                    i.rule,
                    i.text
                        .as_ref()
                        .map(|t| format!(", text = \"{t}\""))
                        .unwrap_or_default()
                )
            })
            .collect()
    }
}

/// `<!-- recoupe-ignore RULE [RULE…] -->` in Markdown articles: alone on a line it covers
/// the next non-empty line; after text it covers its own line.
pub fn inline_suppressions(an: &Analysis) -> Vec<Inline> {
    const OPEN: &str = "<!-- recoupe-ignore";
    let mut out = Vec::new();
    for a in an.corpus.readable().filter(|a| a.display.ends_with(".md")) {
        let text = &a.text;
        let mut from = 0;
        while let Some(i) = text[from..].find(OPEN) {
            let start = from + i;
            let Some(close) = text[start..].find("-->") else {
                break;
            };
            let end = start + close + 3;
            let rules: Vec<String> = text[start + OPEN.len()..start + close]
                .split_whitespace()
                .map(str::to_string)
                .collect();
            let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
            let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
            let alone =
                text[line_start..start].trim().is_empty() && text[end..line_end].trim().is_empty();
            let target = if alone {
                // The next non-empty line.
                let mut s = line_end;
                loop {
                    let next_end = text[(s + 1).min(text.len())..]
                        .find('\n')
                        .map_or(text.len(), |p| s + 1 + p);
                    if s >= text.len() || !text[s..next_end].trim().is_empty() {
                        break Span::new(s, next_end);
                    }
                    s = next_end;
                }
            } else {
                Span::new(line_start, line_end)
            };
            out.push(Inline {
                article: a.id,
                comment: Span::new(start, end),
                target,
                rules,
            });
            from = end;
        }
    }
    out
}

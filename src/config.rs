//! `recoupe.toml`: which rules run and how loud, extra rule directories, per-glob settings,
//! suppressions, the default language and dictionaries. Found in the linted folder or its
//! parents, or given with `--config`. Unknown keys are errors. This module only parses and
//! checks the file; what the settings do to a finding is decided in one place,
//! [`crate::rules::policy`].

// A rule-file error is built once and ends the run (exit 2): its size does not matter.
#![allow(clippy::result_large_err)]

use crate::analysis::Analysis;
use crate::finding::Severity;
use crate::rules::custom::RuleFileError;
use crate::rules::{Level, Settings};
use globset::{Glob, GlobMatcher};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// Name of the configuration file.
pub const FILE_NAME: &str = "recoupe.toml";

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    language: Option<Spanned<String>>,
    #[serde(default)]
    rule_dirs: Vec<String>,
    dictionaries: Option<String>,
    #[serde(default)]
    rules: BTreeMap<String, Spanned<String>>,
    #[serde(default, rename = "override")]
    overrides: Vec<RawOverride>,
    #[serde(default)]
    ignore: Vec<RawIgnore>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawOverride {
    paths: Vec<Spanned<String>>,
    rules: BTreeMap<String, Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawIgnore {
    rule: Spanned<String>,
    path: Option<Spanned<String>>,
    text: Option<String>,
}

/// One `[[override]]`: levels for the files its globs match.
#[derive(Debug)]
pub struct Override {
    globs: Vec<GlobMatcher>,
    levels: BTreeMap<String, Level>,
}

impl Override {
    /// True when a glob matches `path` (relative to the configuration's folder).
    pub fn matches(&self, path: &str) -> bool {
        self.globs.iter().any(|g| g.is_match(path))
    }
    /// The level it sets for a rule: by id, else by category.
    pub fn level(&self, id: &str, category: &str) -> Option<Level> {
        self.levels
            .get(id)
            .or_else(|| self.levels.get(category))
            .copied()
    }
}

/// One `[[ignore]]` entry.
#[derive(Debug)]
pub struct Ignore {
    /// Rule id, category, or `*`.
    pub rule: String,
    path: Option<GlobMatcher>,
    /// Exact text of the finding's primary span.
    pub text: Option<String>,
}

impl Ignore {
    /// True when it suppresses a finding of rule `id` in `category`, in the file at `path`
    /// (relative to the configuration's folder), flagging `text`.
    pub fn matches(&self, id: &str, category: &str, path: &str, text: &str) -> bool {
        (self.rule == "*" || self.rule == id || self.rule == category)
            && self.path.as_ref().is_none_or(|g| g.is_match(path))
            && self.text.as_ref().is_none_or(|t| t == text)
    }
}

/// A loaded configuration.
#[derive(Debug, Default)]
pub struct Config {
    /// Where it was read from.
    pub path: Option<PathBuf>,
    /// Default language for articles whose language is not detected.
    pub language: Option<crate::lang::Lang>,
    /// Extra rule directories (resolved against the config's folder).
    pub rule_dirs: Vec<PathBuf>,
    /// Dictionary folder, or `none`.
    pub dictionaries: Option<String>,
    /// Rule and category levels.
    pub settings: Settings,
    /// Per-glob levels.
    pub overrides: Vec<Override>,
    /// Suppressions.
    pub ignores: Vec<Ignore>,
    /// The folder globs are relative to: the config file's.
    pub base: Option<PathBuf>,
    /// Every rule id or category the file names, with the byte range naming it, and the
    /// file's text: checked against the registry by [`Config::check_names`].
    names: Vec<(String, std::ops::Range<usize>)>,
    src: String,
}

fn level(s: &Spanned<String>, path: &str, src: &str) -> Result<Level, RuleFileError> {
    match s.get_ref().as_str() {
        "off" => Ok(Level::Off),
        v => Severity::parse(v).map(Level::On).ok_or_else(|| {
            RuleFileError::new(
                path,
                src,
                s.span(),
                format!("unknown level `{v}`"),
                Some("error, warning, info or off".into()),
            )
        }),
    }
}

fn glob(s: &Spanned<String>, path: &str, src: &str) -> Result<GlobMatcher, RuleFileError> {
    Glob::new(s.get_ref())
        .map(|g| g.compile_matcher())
        .map_err(|e| RuleFileError::new(path, src, s.span(), format!("invalid glob: {e}"), None))
}

/// Where the key `key` of a `key = value` pair is written, searched back from the value on
/// its line; the value's range when it cannot be found (a dotted or multi-line table).
fn key_before(src: &str, key: &str, value: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let line_start = src[..value.start.min(src.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    match src[line_start..value.start.min(src.len())].rfind(key) {
        Some(i) => line_start + i..line_start + i + key.len(),
        None => value,
    }
}

impl Config {
    /// Checks that every rule id or category the file names exists in `known` (the registry's
    /// names): a misspelt id would otherwise silently configure nothing.
    pub fn check_names(
        &self,
        known: &std::collections::BTreeSet<String>,
    ) -> Result<(), RuleFileError> {
        let path = self
            .path
            .as_ref()
            .map_or_else(|| FILE_NAME.to_string(), |p| p.display().to_string());
        for (name, span) in &self.names {
            if name == "*" || name == "all" || known.contains(name) {
                continue;
            }
            let near = known
                .iter()
                .map(|k| (strsim::jaro_winkler(k, name), k))
                .filter(|(s, _)| *s > 0.8)
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, k)| k);
            let help = match near {
                Some(k) => format!("did you mean `{k}`? `recoupe rules` lists every rule id"),
                None => "`recoupe rules` lists every rule id; a category (`spelling`) names all its rules".into(),
            };
            return Err(RuleFileError::new(
                &path,
                &self.src,
                span.clone(),
                format!("unknown rule or category `{name}`"),
                Some(help),
            ));
        }
        Ok(())
    }

    /// Looks for `recoupe.toml` in `start` (a folder, or a file's folder) and its parents.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        let abs = std::fs::canonicalize(start).ok()?;
        let mut dir = if abs.is_file() {
            abs.parent()?.to_path_buf()
        } else {
            abs
        };
        loop {
            let c = dir.join(FILE_NAME);
            if c.is_file() {
                return Some(c);
            }
            if !dir.pop() {
                return None;
            }
        }
    }

    /// Reads and checks a configuration file.
    pub fn load(path: &Path) -> Result<Config, RuleFileError> {
        let p = path.display().to_string();
        let src = std::fs::read_to_string(path).map_err(|e| {
            RuleFileError::new(
                &p,
                "",
                0..0,
                format!("cannot read configuration: {e}"),
                None,
            )
        })?;
        Self::parse(path, &src)
    }

    /// Checks the text `src` of the configuration file at `path` (paths in it are relative to
    /// the file's folder).
    pub fn parse(path: &Path, src: &str) -> Result<Config, RuleFileError> {
        let p = path.display().to_string();
        let src = src.to_string();
        let raw: RawConfig = toml::from_str(&src).map_err(|e| {
            let help = e.message().contains("unknown field").then(|| {
                "keys: language, rule-dirs, dictionaries, [rules], [[override]], [[ignore]]"
                    .to_string()
            });
            RuleFileError::new(
                &p,
                &src,
                e.span().unwrap_or(0..0),
                e.message().to_string(),
                help,
            )
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let mut cfg = Config {
            path: Some(path.to_path_buf()),
            base: Some(base.to_path_buf()),
            src: src.clone(),
            rule_dirs: raw.rule_dirs.iter().map(|d| base.join(d)).collect(),
            dictionaries: raw.dictionaries.map(|d| {
                if d == "none" {
                    d
                } else {
                    base.join(d).display().to_string()
                }
            }),
            ..Default::default()
        };
        if let Some(l) = &raw.language {
            let lang = crate::lang::Lang::from_code(l.get_ref());
            if lang == crate::lang::Lang::Unknown {
                return Err(RuleFileError::new(
                    &p,
                    &src,
                    l.span(),
                    format!("unknown language `{}`", l.get_ref()),
                    Some("an ISO 639-1 code: fr, en, de, es, it, pt, nl, ru".into()),
                ));
            }
            cfg.language = Some(lang);
        }
        for (k, v) in &raw.rules {
            cfg.settings.levels.insert(k.clone(), level(v, &p, &src)?);
            cfg.names.push((k.clone(), key_before(&src, k, v.span())));
        }
        for o in &raw.overrides {
            let globs = o
                .paths
                .iter()
                .map(|g| glob(g, &p, &src))
                .collect::<Result<Vec<_>, _>>()?;
            let mut levels = BTreeMap::new();
            for (k, v) in &o.rules {
                levels.insert(k.clone(), level(v, &p, &src)?);
                cfg.names.push((k.clone(), key_before(&src, k, v.span())));
            }
            cfg.overrides.push(Override { globs, levels });
        }
        for i in raw.ignore {
            cfg.names.push((i.rule.get_ref().clone(), i.rule.span()));
            let path = match &i.path {
                Some(g) => Some(glob(g, &p, &src)?),
                None => None,
            };
            cfg.ignores.push(Ignore {
                rule: i.rule.into_inner(),
                path,
                text: i.text,
            });
        }
        Ok(cfg)
    }

    /// Each article's path as the globs see it: relative to the configuration's folder, so
    /// that one `recoupe.toml` gives the same result from whatever folder recoupe runs. An
    /// article outside that folder keeps its path as given.
    pub(crate) fn relative_paths(&self, an: &Analysis) -> Vec<String> {
        let base = self
            .base
            .as_ref()
            .filter(|_| !self.overrides.is_empty() || self.ignores.iter().any(|i| i.path.is_some()))
            .and_then(|b| {
                std::fs::canonicalize(if b.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    b
                })
                .ok()
            });
        an.corpus
            .articles
            .iter()
            .map(|a| {
                base.as_ref()
                    .and_then(|b| {
                        let abs = std::fs::canonicalize(&a.path).ok()?;
                        let r = abs.strip_prefix(b).ok()?;
                        Some(r.to_string_lossy().replace('\\', "/"))
                    })
                    .unwrap_or_else(|| a.display.clone())
            })
            .collect()
    }
}

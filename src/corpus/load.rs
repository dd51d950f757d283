//! Walking the paths given on the command line and turning each file into an [`Article`].
//!
//! Bad input never stops the run: a file that cannot be read as an article is kept as an
//! article with a [`LoadProblem`], which the `structure/bad-input` rule reports by path.

use super::{classify_blocks, parse_meta, Article, Corpus, Meta};
use crate::finding::ArticleId;
use crate::lang::Lang;
use crate::lexicon::Lexicons;
use crate::text::{segment, LineIndex, Segmented};
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Why a file could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The OS refused to read it, or the walk could not enter it (a symlink loop).
    Unreadable,
    /// Not valid UTF-8.
    NotUtf8,
    /// Contains NUL bytes: not text.
    Binary,
    /// Larger than the configured limit.
    TooLarge,
    /// No text at all (or only whitespace).
    Empty,
}

/// A file that could not be read as an article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadProblem {
    /// What went wrong.
    pub kind: ProblemKind,
    /// A sentence for the user.
    pub message: String,
}

/// A command-line path that does not exist: a usage error (exit 2), not a finding.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("cannot read `{path}`: {reason}")]
#[diagnostic(
    code(recoupe::usage),
    help("check the path; recoupe lints folders and .txt/.md files")
)]
pub struct LoadError {
    /// The path as given.
    pub path: String,
    /// What the OS said.
    pub reason: String,
}

/// Options for [`load`].
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Files larger than this many bytes are reported, not read.
    pub max_bytes: u64,
    /// Extensions of article files found by the walk (files named explicitly are always read).
    pub extensions: Vec<String>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_bytes: 32 * 1024 * 1024,
            extensions: vec!["txt".into(), "md".into()],
        }
    }
}

enum Entry {
    File(PathBuf),
    Broken(PathBuf, String),
}

/// The path as every output names it: `/` separators, no leading `./`, and control characters
/// escaped, so that a file name holding a newline or an escape sequence cannot split an output
/// line or drive the terminal.
pub fn display_path(p: &Path) -> String {
    let s = p.to_string_lossy().replace('\\', "/");
    let s = s.strip_prefix("./").map(str::to_owned).unwrap_or(s);
    crate::text::escape_control(&s).into_owned()
}

fn walk(paths: &[PathBuf], opts: &LoadOptions) -> Result<Vec<Entry>, LoadError> {
    let mut out = Vec::new();
    for root in paths {
        let md = std::fs::metadata(root).map_err(|e| LoadError {
            path: display_path(root),
            reason: e.to_string(),
        })?;
        if md.is_file() {
            out.push(Entry::File(root.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name();
        for item in walker {
            match item {
                Ok(e) if e.file_type().is_file() => {
                    let ok = e
                        .path()
                        .extension()
                        .and_then(|x| x.to_str())
                        .is_some_and(|x| opts.extensions.iter().any(|w| w.eq_ignore_ascii_case(x)));
                    let hidden = e.file_name().to_string_lossy().starts_with('.');
                    if ok && !hidden {
                        out.push(Entry::File(e.into_path()));
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let p = err
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    let reason = if err.loop_ancestor().is_some() {
                        "symbolic link loop".to_string()
                    } else {
                        err.io_error()
                            .map(|e| e.to_string())
                            .unwrap_or_else(|| err.to_string())
                    };
                    out.push(Entry::Broken(p, reason));
                }
            }
        }
    }
    // Deterministic order whatever the walk found first; one article per path.
    out.sort_by(|a, b| entry_path(a).cmp(entry_path(b)));
    out.dedup_by(|a, b| entry_path(a) == entry_path(b));
    Ok(out)
}

fn entry_path(e: &Entry) -> &Path {
    match e {
        Entry::File(p) | Entry::Broken(p, _) => p,
    }
}

/// Decodes bytes into article text, or says why it is not one.
pub fn decode(bytes: Vec<u8>) -> Result<String, LoadProblem> {
    // A NUL anywhere means binary: text never holds one, and linting the part before it
    // would report on a file that is not an article.
    if bytes.contains(&0) {
        return Err(LoadProblem {
            kind: ProblemKind::Binary,
            message: "binary file (contains NUL bytes), not an article".into(),
        });
    }
    match String::from_utf8(bytes) {
        Ok(s) => {
            if s.trim_start_matches('\u{feff}').trim().is_empty() {
                Err(LoadProblem {
                    kind: ProblemKind::Empty,
                    message: "empty article: the file has no text".into(),
                })
            } else {
                Ok(s)
            }
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let b = e.as_bytes();
            let latin1 = b.iter().any(|&c| (0xC0..=0xFF).contains(&c));
            let hint = if latin1 {
                " (it looks like Latin-1 or Windows-1252: convert it with `iconv -f latin1 -t utf-8`)"
            } else {
                ""
            };
            Err(LoadProblem {
                kind: ProblemKind::NotUtf8,
                message: format!("not valid UTF-8 at byte {at}{hint}"),
            })
        }
    }
}

fn read_one(path: &Path, opts: &LoadOptions) -> Result<String, LoadProblem> {
    let md = std::fs::metadata(path).map_err(|e| LoadProblem {
        kind: ProblemKind::Unreadable,
        message: format!("cannot read: {e}"),
    })?;
    if md.len() > opts.max_bytes {
        return Err(LoadProblem {
            kind: ProblemKind::TooLarge,
            message: format!(
                "file of {} bytes is larger than the {}-byte limit; split it, or raise the limit with `--max-file-size`",
                md.len(),
                opts.max_bytes
            ),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| LoadProblem {
        kind: ProblemKind::Unreadable,
        message: format!("cannot read: {e}"),
    })?;
    decode(bytes)
}

/// Builds an article from text already in memory (used by the loader and by rule examples).
pub fn article_from_text(id: ArticleId, path: PathBuf, text: String, lex: &Lexicons) -> Article {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let meta = parse_meta(&text, start);
    let lines = LineIndex::new(&text);
    let mut blocks = classify_blocks(&text, start, &meta, lex);
    let lang = Lang::of_article(&text, &blocks, meta.lang.as_deref());
    crate::lang::mark_foreign(&text, &mut blocks, lang);
    let seg = segment(&text, &blocks, lex);
    Article {
        id,
        display: display_path(&path),
        path,
        text: Arc::from(text),
        meta,
        blocks,
        lang,
        seg,
        lines,
        problem: None,
        period: None,
    }
}

fn broken_article(id: ArticleId, path: PathBuf, problem: LoadProblem) -> Article {
    Article {
        id,
        display: display_path(&path),
        path,
        text: Arc::from(""),
        meta: Meta::default(),
        blocks: Vec::new(),
        lang: Lang::Unknown,
        seg: Segmented::default(),
        lines: LineIndex::new(""),
        problem: Some(problem),
        period: None,
    }
}

/// Reads every article under `paths`. Fails only when a path given does not exist.
pub fn load(paths: &[PathBuf], opts: &LoadOptions, lex: &Lexicons) -> Result<Corpus, LoadError> {
    let t = crate::timing::Timer::start();
    let entries = walk(paths, opts)?;
    t.lap("walk");
    crate::progress::stage("read", entries.len());
    let articles = entries
        .into_par_iter()
        .enumerate()
        .map(|(i, e)| {
            let id = ArticleId(i as u32);
            crate::progress::inc();
            match e {
                Entry::File(p) => match read_one(&p, opts) {
                    Ok(text) => article_from_text(id, p, text, lex),
                    Err(problem) => broken_article(id, p, problem),
                },
                Entry::Broken(p, reason) => broken_article(
                    id,
                    p,
                    LoadProblem {
                        kind: ProblemKind::Unreadable,
                        message: format!("cannot read: {reason}"),
                    },
                ),
            }
        })
        .collect();
    crate::text::memo::clear_all();
    t.lap("read and segment");
    Ok(Corpus { articles })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_binary_latin1_and_empty() {
        assert_eq!(
            decode(vec![0x89, b'P', 0, 1]).unwrap_err().kind,
            ProblemKind::Binary
        );
        let e = decode(b"caf\xe9".to_vec()).unwrap_err();
        assert_eq!(e.kind, ProblemKind::NotUtf8);
        assert!(e.message.contains("byte 3"));
        assert_eq!(
            decode(b"  \n\r\n".to_vec()).unwrap_err().kind,
            ProblemKind::Empty
        );
        assert_eq!(
            decode("\u{feff}".as_bytes().to_vec()).unwrap_err().kind,
            ProblemKind::Empty
        );
        assert!(decode("\u{feff}Bonjour".as_bytes().to_vec()).is_ok());
    }
}

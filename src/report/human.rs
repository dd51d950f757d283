//! `--format human`: miette graphical diagnostics. A finding with labels in another article
//! shows that article as a related diagnostic with its own source, as miette wants one source
//! per diagnostic.

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, Severity};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};
use std::fmt;

/// Options of the human renderer.
#[derive(Debug, Clone, Copy)]
pub struct HumanOptions {
    /// ANSI colours.
    pub color: bool,
    /// Terminal width for wrapping.
    pub width: usize,
}

#[derive(Debug)]
struct Rendered {
    message: String,
    code: String,
    severity: miette::Severity,
    help: Option<String>,
    source: Option<Window>,
    labels: Vec<LabeledSpan>,
    related: Vec<Rendered>,
}

/// The lines of one article that a diagnostic shows (each label's line and one line of context
/// either side), each cropped to the width around its label with `…`, as miette source code.
/// Building it costs the size of the window, not of the file: a finding in a 1-million-line or
/// a 30 MB one-line article renders as fast as one in a short article.
#[derive(Debug)]
struct Window {
    name: String,
    text: String,
    lines: Vec<WindowLine>,
    /// Window offset of the primary label and its 0-based column in characters in the file,
    /// for the `file:line:col` header (the JSON contract counts characters too).
    header: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Copy)]
struct WindowLine {
    /// 0-based line in the article.
    real: usize,
    /// Byte range in the window text.
    start: usize,
    end: usize,
}

/// Byte offset `chars` characters before `at` in `s`, not before `floor`.
fn back_chars(s: &str, at: usize, floor: usize, chars: usize) -> usize {
    s[floor..at]
        .char_indices()
        .rev()
        .take(chars)
        .last()
        .map_or(at, |(i, _)| floor + i)
}

/// Byte offset `chars` characters after `at` in `s`, not after `ceil`.
fn forward_chars(s: &str, at: usize, ceil: usize, chars: usize) -> usize {
    s[at..ceil]
        .char_indices()
        .nth(chars)
        .map_or(ceil, |(i, _)| at + i)
}

/// `s` with control characters and bidirectional overrides replaced by visible characters of
/// the same UTF-8 length (so that label offsets stay right): an article holding an escape
/// sequence must not drive the reader's terminal.
fn inert(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            c if bad(c) => match c.len_utf8() {
                1 => '?',
                2 => '¿',
                _ => '\u{fffd}',
            },
            c => c,
        })
        .collect()
}

impl Window {
    /// The window of article `a` showing `spans` (article byte ranges); `width` is the number of
    /// characters of text a line may show. Returns the window and each span mapped into it (none
    /// for a span whose line was cropped away).
    fn new(
        a: &crate::corpus::Article,
        spans: &[crate::finding::Span],
        width: usize,
    ) -> (Window, Vec<Option<(usize, usize)>>) {
        let text: &str = &a.text;
        let li = &a.lines;
        // For each shown line: where its crop starts (the first label on it decides).
        let mut crop: std::collections::BTreeMap<usize, Option<usize>> = Default::default();
        for sp in spans {
            let l = li.line_of(sp.start().min(text.len()));
            let r = li.line_range(text, l);
            let at = sp.start().clamp(r.start, r.end);
            let label_chars = text[at..sp.end().clamp(at, r.end)].chars().count();
            // Room left of the label: a third of the width, less when the label is long.
            let margin = (width.saturating_sub(label_chars) / 3).min(width / 3);
            // A line that fits is shown whole.
            let fits = text[r.clone()].chars().nth(width).is_none();
            let s = if fits {
                r.start
            } else {
                back_chars(text, at, r.start, margin)
            };
            let e = crop.entry(l).or_insert(None);
            if e.is_none() {
                *e = Some(s);
            }
            if l > 0 {
                crop.entry(l - 1).or_insert(None);
            }
            if l + 1 < li.len() {
                crop.entry(l + 1).or_insert(None);
            }
        }
        let mut w = Window {
            name: a.display.clone(),
            text: String::new(),
            lines: Vec::new(),
            header: None,
        };
        // Per shown line: (article byte where the kept text starts, window byte of that start,
        // article byte where it ends).
        let mut kept: std::collections::BTreeMap<usize, (usize, usize, usize)> = Default::default();
        for (&l, &c) in &crop {
            let r = li.line_range(text, l);
            let s = c.unwrap_or(r.start);
            let e = forward_chars(text, s, r.end, width);
            let start = w.text.len();
            if s > r.start {
                w.text.push('…');
            }
            let body = w.text.len();
            w.text.push_str(&inert(&text[s..e]));
            if e < r.end {
                w.text.push('…');
            }
            w.lines.push(WindowLine {
                real: l,
                start,
                end: w.text.len(),
            });
            // Each line keeps its end of line, as in the file: miette shows a blank context
            // line only when its newline is there.
            w.text.push('\n');
            kept.insert(l, (s, body, e));
        }
        let mapped = spans
            .iter()
            .map(|sp| {
                let l = li.line_of(sp.start().min(text.len()));
                let &(s, body, e) = kept.get(&l)?;
                if sp.start() < s || sp.start() > e {
                    return None;
                }
                let end = sp.end().clamp(sp.start(), e);
                Some((body + (sp.start() - s), end - sp.start()))
            })
            .collect::<Vec<_>>();
        (w, mapped)
    }
}

impl SourceCode for Window {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        lines_before: usize,
        lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let at = span.offset();
        if at > self.text.len() || self.lines.is_empty() {
            return Err(miette::MietteError::OutOfBounds);
        }
        let i = self
            .lines
            .partition_point(|l| l.end < at)
            .min(self.lines.len() - 1);
        // Context lines only where they follow each other in the article.
        let mut first = i;
        while first > 0
            && i - first < lines_before
            && self.lines[first - 1].real + 1 == self.lines[first].real
        {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < self.lines.len()
            && last - i < lines_after
            && self.lines[last].real + 1 == self.lines[last + 1].real
        {
            last += 1;
        }
        let (from, to) = (
            self.lines[first].start,
            (self.lines[last].end + 1).min(self.text.len()),
        );
        let column = match self.header {
            Some((off, col)) if off == at => col,
            _ => self.text[self.lines[i].start..at.max(self.lines[i].start)]
                .chars()
                .count(),
        };
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.name.clone(),
            &self.text.as_bytes()[from..to],
            (from, to - from).into(),
            self.lines[first].real,
            if lines_before == 0 { column } else { 0 },
            last - first + 1,
        )))
    }
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered {}

impl Diagnostic for Rendered {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.source.is_none() || self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }
    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

fn labeled(l: &Label, at: Option<(usize, usize)>) -> Option<LabeledSpan> {
    let msg = (!l.message.is_empty()).then(|| l.message.clone());
    at.map(|(off, len)| LabeledSpan::new(msg, off, len))
}

/// The window of article `id` for `labels` and the labels mapped into it; none for an article
/// without text (a file that could not be read).
fn windowed(
    an: &Analysis,
    id: crate::finding::ArticleId,
    labels: &[&Label],
    width: usize,
) -> (Option<Window>, Vec<Option<(usize, usize)>>) {
    let a = an.corpus.get(id);
    if a.text.is_empty() {
        return (None, vec![None; labels.len()]);
    }
    let spans: Vec<crate::finding::Span> = labels.iter().map(|l| l.span).collect();
    let (w, mapped) = Window::new(a, &spans, width);
    (Some(w), mapped)
}

fn build(an: &Analysis, f: &Finding, width: usize) -> Rendered {
    let primary_article = f.primary.article;
    let p = &f.primary;
    let mut here: Vec<&Label> = vec![p];
    let mut others: Vec<(crate::finding::ArticleId, Vec<&Label>)> = Vec::new();
    for l in &f.related {
        if l.article == primary_article {
            here.push(l);
        } else if let Some(o) = others.iter_mut().find(|o| o.0 == l.article) {
            o.1.push(l);
        } else {
            others.push((l.article, vec![l]));
        }
    }
    let (mut source, mapped) = windowed(an, primary_article, &here, width);
    // The primary label names the place in the header, even when a related label in the
    // same article comes first.
    let mut labels = Vec::new();
    if let Some((off, len)) = mapped[0] {
        labels.push(LabeledSpan::new_primary_with_span(
            (!p.message.is_empty()).then(|| p.message.clone()),
            (off, len),
        ));
        if let Some(w) = source.as_mut() {
            let a = an.corpus.get(primary_article);
            let (_, col) = a.lines.line_col(&a.text, p.span.start());
            w.header = Some((off, col - 1));
        }
    }
    labels.extend(
        here[1..]
            .iter()
            .zip(&mapped[1..])
            .filter_map(|(l, &m)| labeled(l, m)),
    );
    let file = &an.corpus.get(primary_article).display;
    let mut message = f.message.clone();
    if an.corpus.get(primary_article).text.is_empty() {
        message = format!("{file}: {message}");
    }
    Rendered {
        message,
        code: f.rule.clone(),
        severity: severity(f.severity),
        help: f.help.clone(),
        source,
        labels,
        related: others
            .into_iter()
            .map(|(id, ls)| {
                let (source, mapped) = windowed(an, id, &ls, width);
                Rendered {
                    message: format!("in {}", an.corpus.get(id).display),
                    code: String::new(),
                    severity: miette::Severity::Advice,
                    help: None,
                    source,
                    labels: ls
                        .iter()
                        .zip(&mapped)
                        .filter_map(|(l, &m)| labeled(l, m))
                        .collect(),
                    related: Vec::new(),
                }
            })
            .collect(),
    }
}

/// Renders every finding with miette's graphical handler.
pub fn render(an: &Analysis, findings: &[Finding], opts: HumanOptions) -> String {
    let theme = if opts.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(opts.width)
        .with_context_lines(1);
    let mut out = String::new();
    // Characters of article text a source line may show: the width less miette's gutter.
    let text_width = opts.width.saturating_sub(12).max(24);
    for f in findings {
        let r = build(an, f, text_width);
        if handler.render_report(&mut out, &r).is_err() {
            out.push_str(&format!("{}: {}\n", f.rule, f.message));
        }
        out.push('\n');
    }
    out
}

//! `--format human`: miette graphical diagnostics. A finding with labels in another article
//! shows that article as a related diagnostic with its own source, as miette wants one source
//! per diagnostic.

use crate::analysis::Analysis;
use crate::finding::{Finding, Label, Severity};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use std::fmt;
use std::sync::Arc;

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
    source: Option<NamedSource<ArcText>>,
    labels: Vec<LabeledSpan>,
    related: Vec<Rendered>,
}

/// `Arc<str>` as miette source code, so that each article is shared, not copied.
#[derive(Debug, Clone)]
struct ArcText(Arc<str>);

impl SourceCode for ArcText {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        lines_before: usize,
        lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let c = self.0.as_ref().read_span(span, lines_before, lines_after)?;
        if lines_before > 0 {
            return Ok(c);
        }
        // miette counts the column of the `file:line:col` header in bytes; the JSON contract
        // counts characters. Recount so that both outputs name the same place.
        let at = span.offset().min(self.0.len());
        let line_start = self.0[..at].rfind('\n').map_or(0, |i| i + 1);
        let column = self
            .0
            .get(line_start..at)
            .map_or(c.column(), |s| s.chars().count());
        Ok(Box::new(miette::MietteSpanContents::new(
            c.data(),
            *c.span(),
            c.line(),
            column,
            c.line_count(),
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

fn source_of(an: &Analysis, l: &Label) -> Option<NamedSource<ArcText>> {
    let a = an.corpus.get(l.article);
    if a.text.is_empty() {
        return None;
    }
    Some(NamedSource::new(a.display.clone(), ArcText(a.text.clone())).with_language("text"))
}

fn labeled(l: &Label) -> LabeledSpan {
    let msg = (!l.message.is_empty()).then(|| l.message.clone());
    LabeledSpan::new(msg, l.span.start(), l.span.len())
}

fn severity(s: Severity) -> miette::Severity {
    match s {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

fn build(an: &Analysis, f: &Finding) -> Rendered {
    let primary_article = f.primary.article;
    // The primary label names the place in the header, even when a related label in the
    // same article comes first.
    let p = &f.primary;
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        (!p.message.is_empty()).then(|| p.message.clone()),
        (p.span.start(), p.span.len()),
    )];
    let mut others: Vec<(crate::finding::ArticleId, Vec<&Label>)> = Vec::new();
    for l in &f.related {
        if l.article == primary_article {
            labels.push(labeled(l));
        } else if let Some(o) = others.iter_mut().find(|o| o.0 == l.article) {
            o.1.push(l);
        } else {
            others.push((l.article, vec![l]));
        }
    }
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
        source: source_of(an, &f.primary),
        labels,
        related: others
            .into_iter()
            .map(|(id, ls)| Rendered {
                message: format!("in {}", an.corpus.get(id).display),
                code: String::new(),
                severity: miette::Severity::Advice,
                help: None,
                source: source_of(an, ls[0]),
                labels: ls.into_iter().map(labeled).collect(),
                related: Vec::new(),
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
    for f in findings {
        let r = build(an, f);
        if handler.render_report(&mut out, &r).is_err() {
            out.push_str(&format!("{}: {}\n", f.rule, f.message));
        }
        out.push('\n');
    }
    out
}

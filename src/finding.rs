//! Findings are plain data: rules produce them, renderers read them.

use serde::Serialize;
use std::fmt;

/// Index of an article in the loaded [`crate::corpus::Corpus`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ArticleId(pub u32);

/// A byte range into an article's text, as read from disk (BOM and CR included).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize, Default,
)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// The same span in a text where its own text starts `by` bytes further.
    pub fn shifted(self, by: usize) -> Self {
        Span::new(self.start() + by, self.end() + by)
    }
    /// From the start of `self` to the end of `other` (the smallest span holding both).
    pub fn to(self, other: Span) -> Self {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    /// A span from `usize` offsets (articles are capped well below 4 GiB at load time).
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// Start as `usize`.
    pub fn start(self) -> usize {
        self.start as usize
    }
    /// End as `usize`.
    pub fn end(self) -> usize {
        self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The slice of `text` this span covers.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }
}

/// The items of `items` (sorted by start) that start inside `within`: a binary search, so
/// that per-sentence and per-block lookups stay linear in the article's size. Callers check
/// the end themselves when items may run past `within`.
pub fn starting_in<T>(items: &[T], within: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let lo = items.partition_point(|x| span_of(x).start < within.start);
    let hi = items.partition_point(|x| span_of(x).start < within.end);
    &items[lo..hi.max(lo)]
}

/// The item of `items` (sorted by start, none overlapping another) that contains `s`.
pub fn containing<T>(items: &[T], s: Span, span_of: impl Fn(&T) -> Span) -> Option<&T> {
    let i = items.partition_point(|x| span_of(x).start <= s.start);
    i.checked_sub(1)
        .map(|j| &items[j])
        .filter(|x| span_of(x).contains(s))
}

/// True when a list of spans sorted by start, none overlapping another, has one that
/// overlaps `s`.
pub fn overlaps_any(sorted: &[Span], s: Span) -> bool {
    let i = sorted.partition_point(|x| x.start < s.end);
    i > 0 && sorted[i - 1].end > s.start
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something is wrong and should block CI.
    Error,
    /// Probably wrong, or a difference a person should look at.
    Warning,
    /// Worth knowing; often a legitimate difference.
    Info,
}

impl Severity {
    /// Lower-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
    /// Parses `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place in an article with a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The article the span points into.
    pub article: ArticleId,
    /// Bytes into that article.
    pub span: Span,
    /// What this place says.
    pub message: String,
}

impl Label {
    /// A label with a message.
    pub fn new(article: ArticleId, span: Span, message: impl Into<String>) -> Self {
        Label {
            article,
            span,
            message: message.into(),
        }
    }
}

/// A suggested replacement for the primary span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// Text that should stand in place of the primary span.
    pub replacement: String,
    /// True when the fix follows from the text alone (a house-style substitution, a space
    /// before a full stop); false when its evidence is a vote of other reports or of the
    /// corpus's usage, which `--fix` applies only with `--unsafe-fixes`. Added within JSON
    /// contract version 1.
    pub safe: bool,
}

/// Related labels one finding carries at most; the finding's `related_total` (and its message,
/// when labels were dropped) gives the total. A passage copied into thousands of files stays one
/// readable finding.
pub const MAX_RELATED: usize = 3;

/// One thing recoupe reports. Rule id, category and severity are stamped by the
/// rule context, never chosen by the rule itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Namespaced rule id, such as `date/weekday-mismatch`.
    pub rule: String,
    /// Category (`date`, `figure`, `entity`, `spelling`, `quote`, `structure`, or a custom one).
    pub category: String,
    /// Configured severity.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Where it is.
    pub primary: Label,
    /// Other places, often in other articles, that support the finding: at most
    /// [`MAX_RELATED`].
    pub related: Vec<Label>,
    /// How many related places there are in all, shown or not (at least `related.len()`).
    pub related_total: usize,
    /// Other copies of the same sentence that carry this same finding, folded into this one
    /// (see [`crate::report::copies`]): at most [`MAX_RELATED`].
    pub copies: Vec<Label>,
    /// How many such copies there are in all (0 when the finding stands alone).
    pub copies_total: usize,
    /// How to fix or check it.
    pub help: Option<String>,
    /// A mechanical replacement for the primary span.
    pub fix: Option<Fix>,
}

/// What a rule hands to its context: everything but the stamped fields.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// One sentence saying what is wrong.
    pub message: String,
    /// Where it is.
    pub primary: Label,
    /// Other places.
    pub related: Vec<Label>,
    /// How to fix or check it.
    pub help: Option<String>,
    /// Suggested replacement.
    pub fix: Option<Fix>,
    /// Lowers the rule's configured severity for this finding (a legitimate-looking difference).
    pub demote_to: Option<Severity>,
    /// The number of related places in all, when the rule already kept only some.
    pub related_total: Option<usize>,
}

impl Diagnostic {
    /// A diagnostic at one place.
    pub fn new(primary: Label, message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            primary,
            related: Vec::new(),
            help: None,
            fix: None,
            demote_to: None,
            related_total: None,
        }
    }
    /// Adds a related label.
    pub fn related(mut self, label: Label) -> Self {
        self.related.push(label);
        self
    }
    /// Sets the help line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// Sets a fix whose evidence is a vote (other reports, the corpus's usage): unsafe.
    pub fn fix(mut self, replacement: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            replacement: replacement.into(),
            safe: false,
        });
        self
    }
    /// Sets a fix that follows from the text alone: `--fix` applies it.
    pub fn safe_fix(mut self, replacement: impl Into<String>) -> Self {
        self.fix = Some(Fix {
            replacement: replacement.into(),
            safe: true,
        });
        self
    }
    /// Caps the severity of this one finding (never raises it). Caps add up: the lowest
    /// severity asked for holds.
    pub fn at_most(mut self, severity: Severity) -> Self {
        self.demote_to = Some(self.demote_to.map_or(severity, |d| d.max(severity)));
        self
    }
}

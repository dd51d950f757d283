//! `date/elapsed-years`: a count of years since a year the same sentence gives that the
//! publication date does not bear out ("le 60e anniversaire des relations établies en 1974").

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::figures::Qualifier;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;
use chrono::Datelike;

const DOCS: &str = "\
### What it does
Reports a count of years that a sentence gives since a year it also writes, when the
article's publication date does not bear the arithmetic out:
- an anniversary: \"le 60e anniversaire des relations, établies en 1974\" in 2024 (1974 + 60
  is 2034). The anniversary may be this year's or next year's;
- a time ago: \"il y a 30 ans, en 1984\", \"20 years ago, in 2014\", within a year either way
  (the months are seldom given).

Only a figure written as exact, and only when no year of the sentence fits: a sentence that
gives two years (\"le 80e anniversaire de la victoire de 1945, célébré en 2005\") is left
alone as long as one of them does. An article without a publication year is not checked.

Severity: a warning. The sum is certain, but either number may be the slip, and a sentence
may hold a year of something else.

### Why is this bad
The count or the year is wrong, and readers compute neither: the error survives every
re-read and is copied by the next outlet.

### Examples
A report dated 2024-05-06 that writes \"le 66e anniversaire des relations diplomatiques,
établies en 1964\" is reported; \"le 60e anniversaire\" is not.
";

struct ElapsedYears(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(ElapsedYears(RuleMeta {
        id: "date/elapsed-years".into(),
        category: "date".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "years since a year of the same sentence that the publication date belies"
            .into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(" date 2024-05-06 Titre\n\nLa visite marque le 66e anniversaire des relations diplomatiques, établies en janvier 1964.\n", 1),
            Example::one(" date 2024-05-06 Titre\n\nLa visite marque le 60e anniversaire des relations diplomatiques, établies en janvier 1964.\n", 0),
            Example::one("+++\ndate = 2024-05-06\nlang = \"en\"\n+++\nT\n\nThe two countries opened relations 50 years ago, in 1964.\n", 1),
            Example::one("+++\ndate = 2024-05-06\nlang = \"en\"\n+++\nT\n\nThe two countries opened relations 60 years ago, in 1964.\n", 0),
            // One year of the sentence fits: the other is of something else.
            Example::one(" date 2025-05-08 Titre\n\nLe 80e anniversaire de la victoire de 1945 rappelle celui de 2005.\n", 0),
            // A rough count ("près de") is no sum.
            Example::one(" date 2024-05-06 Titre\n\nIl y a près de 50 ans, en 1964, les deux pays ouvraient des relations.\n", 0),
        ],
    }))
}

/// How a count of years is tied to a year: the anniversary of it, or the time since it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Since {
    Anniversary,
    Ago,
}

/// What the figure at `fig` says of the years since a past year, if anything.
fn since(a: &Article, fig: &crate::extract::FigureFact) -> Option<Since> {
    let noun = fig.noun.as_deref()?;
    if fig.ordinal {
        return matches!(noun, "anniversaire" | "anniversary").then_some(Since::Anniversary);
    }
    if !matches!(noun, "ans" | "annees" | "years") {
        return None;
    }
    let from = crate::text::floor_boundary(&a.text, fig.span.start().saturating_sub(16));
    let before = fold(&a.text[from..fig.span.start()]);
    let before = before.trim_end();
    let to = crate::text::floor_boundary(&a.text, (fig.span.end() + 24).min(a.text.len()));
    let after = fold(&a.text[fig.span.end()..to]);
    let ago = before.ends_with("il y a")
        || before.ends_with("voici")
        || after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| w == "ago");
    ago.then_some(Since::Ago)
}

impl Rule for ElapsedYears {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let Some(published) = a.meta.date.map(|d| d.date.year()) else {
            return;
        };
        let f = &an.facts[a.id.0 as usize];
        for s in a.text_sentences() {
            for fig in crate::finding::starting_in(&f.figures, s.span, |x| x.span) {
                if s.span.contains(fig.span) {
                    check(a, f, fig, s.span, published, ctx);
                }
            }
        }
    }
}

fn check(
    a: &Article,
    f: &crate::extract::Facts,
    fig: &crate::extract::FigureFact,
    sentence: Span,
    published: i32,
    ctx: &mut Ctx,
) {
    if fig.qualifier != Qualifier::Exact || fig.value.fract() != 0.0 || fig.value < 1.0 {
        return;
    }
    let Some(kind) = since(a, fig) else { return };
    let n = fig.value as i32;
    // The years the sentence writes, before the publication year.
    let years: Vec<(Span, i32)> = f
        .dates
        .iter()
        .filter(|d| sentence.contains(d.span) && !d.from_context && d.year.is_some())
        .filter_map(|d| d.start.map(|s| (d.span, s.year())))
        .filter(|&(_, y)| y < published)
        .collect();
    let Some(&(year_span, year)) = years.first() else {
        return;
    };
    let fits = |y: i32| match kind {
        Since::Anniversary => (published..=published + 1).contains(&(y + n)),
        Since::Ago => (published - y - n).abs() <= 1,
    };
    if years.iter().any(|&(_, y)| fits(y)) {
        return;
    }
    let (message, label) = match kind {
        Since::Anniversary => (
            format!(
                "`{}` anniversary of {year} in a report of {published}: {year} + {n} is {}",
                a.slice(fig.span),
                year + n
            ),
            format!("{} years since {year}", published - year),
        ),
        Since::Ago => (
            format!(
                "{n} years before a report of {published} is {}, not {year}",
                published - n
            ),
            format!("{} years since {year}", published - year),
        ),
    };
    ctx.report(
        Diagnostic::new(Label::new(a.id, fig.span, label), message)
            .related(Label::new(a.id, year_span, "the year"))
            .help("either the count of years or the year is wrong"),
    );
}

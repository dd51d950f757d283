//! `date/conflict`: aligned passages that give different dates for the same thing.

use crate::align::sentences::{in_caption, replacements};
use crate::analysis::Analysis;
use crate::extract::dates::{DateForm, Precision};
use crate::extract::DateFact;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
In two aligned passages of different articles, reports a date (or weekday) that the word diff
shows replaced by a date that cannot be the same time: \"mardi 15 juillet\" against \"mercredi
16 juillet\", \"le 9 mai 2025\" against \"le 8 mai 2025\". Relative dates are compared after
resolution against each article's own publication date, so \"mercredi\" in an article of
Wednesday and \"hier\" in one of Thursday agree. Dates of different precision are compared by
overlap (\"en septembre\" and \"le 15 septembre\" agree).

Severity: an error when both dates are written out; a warning when one was resolved from a
publication date (the date line may be the one that is wrong, or the passage may speak of
another moment of the same story).

A difference between two photo captions is information: two photos may show two moments.

### Why is this bad
The same event on two different days in two reports means one of them is wrong, and every
later copy inherits the mistake.

### Examples
\"s'est entretenu mardi 15 juillet\" against \"s'est entretenu mercredi 16 juillet\" in the
same sentence of another article is reported.
";

struct DateConflict(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |d: &str| {
        format!(" date 2025-07-16 T\n\nLe dirigeant chinois a déclaré {d} au ministre russe des Affaires étrangères que les deux pays devaient renforcer leur soutien mutuel.\n")
    };
    Box::new(DateConflict(RuleMeta {
        id: "date/conflict".into(),
        category: "date".into(),
        default_severity: Severity::Error,
        scope: Scope::Pair,
        summary: "aligned passages with different dates or weekdays".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &s("mardi 15 juillet")),
                    ("b.txt", &s("mardi 15 juillet")),
                    ("c.txt", &s("mercredi 16 juillet")),
                ],
                1,
            ),
            Example::many(
                &[("a.txt", &s("mardi 15 juillet")), ("b.txt", &s("mardi"))],
                0,
            ),
        ],
    }))
}

fn comparable(a: &DateFact, b: &DateFact) -> bool {
    let coarse = |p: Precision| matches!(p, Precision::Year | Precision::Half);
    a.start.is_some() && b.start.is_some() && coarse(a.precision) == coarse(b.precision)
}

impl Rule for DateConflict {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        for r in replacements(an) {
            let (sus, refr) = (r.suspect, r.reference);
            let ds_all = &an.facts[sus.article.0 as usize].dates;
            let dr_all = &an.facts[refr.article.0 as usize].dates;
            let Some(a) = ds_all
                .iter()
                .find(|d| sus.span.contains(d.span) && d.span.overlaps(r.here))
            else {
                continue;
            };
            let Some(b) = dr_all
                .iter()
                .find(|d| refr.span.contains(d.span) && d.span.overlaps(r.there))
            else {
                continue;
            };
            if !comparable(a, b) || !a.disjoint(b) {
                continue;
            }
            let sa = an.corpus.get(sus.article);
            let sb = an.corpus.get(refr.article);
            let (ta, tb) = (sa.slice(a.span), sb.slice(b.span));
            let (va, vb) = (a.value().unwrap_or_default(), b.value().unwrap_or_default());
            let mut d = Diagnostic::new(
                Label::new(sus.article, a.span, format!("{va} here")),
                format!(
                    "date `{ta}` ({va}) conflicts with `{tb}` ({vb}) in {}",
                    sb.display
                ),
            )
            .related(Label::new(refr.article, b.span, format!("{vb} here")))
            .help(format!(
                "{} source(s) say {va}, {} say {vb}",
                sus.support, refr.support
            ));
            if a.from_context
                || b.from_context
                || a.form == DateForm::Relative
                || b.form == DateForm::Relative
            {
                d = d.at_most(Severity::Warning);
            }
            if in_caption(an, sus) || in_caption(an, refr) {
                d = d.at_most(Severity::Info);
            }
            ctx.report(d);
        }
    }
}

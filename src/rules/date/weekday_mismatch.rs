//! `date/weekday-mismatch`: a weekday that does not match the date written next to it.

use super::weekday_name;
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::lang::Lang;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use chrono::Datelike;

const DOCS: &str = "\
### What it does
Reports a weekday written next to a full date (day, month and year in the text) that falls on
another day of the week: \"mercredi 5 février 2026\" (5 February 2026 is a Thursday). The fix
proposes the weekday of the date as written; the help says which date the weekday would give,
since either part may be the wrong one.

### Why is this bad
A date and its weekday cannot both be right. Readers and other outlets copy one or the other,
and the event drifts by a day.

### Examples
\"le mercredi 5 février 2026\" is reported (suggesting jeudi); \"le mercredi 4 février 2026\"
is not. A weekday next to a date without a year is `date/publication-mismatch`'s business.
";

struct WeekdayMismatch(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(WeekdayMismatch(RuleMeta {
        id: "date/weekday-mismatch".into(),
        category: "date".into(),
        default_severity: Severity::Error,
        scope: Scope::Article,
        summary: "a weekday that does not match its date".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("Titre\n\nLes deux dirigeants se sont parlé le mercredi 5 février 2026 par vidéo.\n", 1),
            Example::one("Titre\n\nLes deux dirigeants se sont parlé le mercredi 4 février 2026 par vidéo.\n", 0),
            Example::one("+++\nlang = \"en\"\n+++\nThe leaders spoke on Thursday, February 4, 2026 by video link.\n", 1),
            Example::one("+++\nlang = \"en\"\n+++\nGunmen opened fire on Friday evening, March 23, 2024 in a concert hall.\n", 1),
            Example::one("Titre\n\nDes hommes armés ont ouvert le feu vendredi soir 22 mars 2024 dans une salle de concert.\n", 0),
            // Each end of a range: 8 September 2023 was a Friday, the 10th a Sunday.
            Example::one("Titre\n\nLa secousse a été ressentie dans la nuit du vendredi 8 au samedi 10 septembre 2023.\n", 1),
            Example::one("Titre\n\nLes orages ont frappé la côte dans la nuit du vendredi 13 au samedi 14 octobre 2023.\n", 0),
            Example::one("Titre\n\nLa digue a cédé dans la nuit de dimanche 11 à mardi 12 septembre 2023.\n", 1),
            Example::one("Titre\n\nLa digue a cédé dans la nuit de dimanche 10 à lundi 11 septembre 2023.\n", 0),
        ],
    }))
}

impl Rule for WeekdayMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let dates = &an.facts[a.id.0 as usize].dates;
        // A range has a weekday on each end ("du vendredi 13 au samedi 14 octobre 2023").
        let ends = dates
            .iter()
            .flat_map(|d| [(d, d.weekday, d.start), (d, d.last_weekday, d.end)]);
        for (d, weekday, date) in ends {
            let (Some((wd, wspan)), Some(date), Some(_)) = (weekday, date, d.year) else {
                continue;
            };
            if d.from_context || date.weekday() == wd {
                continue;
            }
            let written = a.slice(wspan);
            let right = weekday_name(date.weekday(), a.lang == Lang::En, written);
            // The whole date is labelled: the weekday or the day may be the slip. The fix
            // keeps the day and mends the weekday.
            let whole = if d.span.contains(wspan) {
                d.span
            } else {
                Span::new(
                    d.span.start().min(wspan.start()),
                    d.span.end().max(wspan.end()),
                )
            };
            let mut fixed = a.slice(whole).to_string();
            let at = wspan.start() - whole.start();
            fixed.replace_range(at..at + wspan.len(), &right);
            ctx.report(
                Diagnostic::new(
                    Label::new(
                        a.id,
                        whole,
                        format!("{} is a {}", date.format("%Y-%m-%d"), right),
                    ),
                    format!(
                        "`{}` is not a {}: {} is a {}",
                        a.slice(whole),
                        written,
                        date.format("%Y-%m-%d"),
                        right
                    ),
                )
                .related(Label::new(a.id, wspan, "the weekday"))
                .help(format!(
                    "either the weekday should be `{right}`, or the date is wrong"
                ))
                .fix(fixed),
            );
        }
    }
}

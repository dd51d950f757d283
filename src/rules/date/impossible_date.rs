//! `date/impossible-date`: a day that no calendar has ("31 février", "2026-02-30").

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use chrono::NaiveDate;

const DOCS: &str = "\
### What it does
Reports a date whose day does not exist in its month: \"31 février\", \"April 31\",
\"2026-02-30\", or \"29 février 2026\" (2026 is no leap year), and a range of days that ends
before it starts (\"les 18 et 17 mai\") or on the day it starts (\"du 22 au 22 mars\", a
warning). \"du 30 au 2 avril\" crosses the end of March and is not reported. When the year is not written and
comes from the publication date, the finding is a warning: the article may mean another year.

### Why is this bad
An impossible date is a slip of the day or of the month, and every later comparison of that
date with other reports fails silently: recoupe cannot place it on a calendar.

### Examples
\"le mardi 31 février 2026\" is reported; \"le samedi 28 février 2026\" is not.
";

struct ImpossibleDate(RuleMeta);

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(ImpossibleDate(RuleMeta {
        id: "date/impossible-date".into(),
        category: "date".into(),
        default_severity: Severity::Error,
        scope: Scope::Article,
        summary: "a day that does not exist in its month".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "Titre\n\nLa délégation est arrivée à Pékin le 31 février 2026 pour deux jours.\n",
                1,
            ),
            Example::one(
                "Titre\n\nLa délégation est arrivée à Pékin le 28 février 2026 pour deux jours.\n",
                0,
            ),
            Example::one(
                "Title\n\nThe delegation will land in Beijing on April 31, officials said.\n",
                1,
            ),
            // A range that ends before it starts, or where it starts.
            Example::one(
                "Titre\n\nLa visite d'État aura lieu les 18 et 17 mai 2026 à Pékin.\n",
                1,
            ),
            Example::one(
                "Title\n\nThe summit will run from 22 to 22 March 2026 in Moscow.\n",
                1,
            ),
            Example::one(
                "Titre\n\nLe forum se tiendra du 30 au 2 avril 2026 à Genève.\n",
                0,
            ),
        ],
    }))
}

/// True when `day` of `month` exists in `year`, or in some year when the year is unknown.
fn exists(year: Option<i32>, month: u32, day: u32) -> bool {
    // 2024 is a leap year: without a year, 29 February may exist.
    NaiveDate::from_ymd_opt(year.unwrap_or(2024), month, day).is_some()
}

impl Rule for ImpossibleDate {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        for d in &an.facts[a.id.0 as usize].dates {
            let Some(month) = d.month.filter(|m| (1..=12).contains(m)) else {
                continue;
            };
            let first_month = d.first_month.unwrap_or(month);
            let bad = [(first_month, d.day), (month, d.last_day)]
                .into_iter()
                .find_map(|(m, day)| {
                    day.filter(|&day| !exists(d.year, m, day))
                        .map(|day| (m, day))
                });
            let Some((m, day)) = bad else {
                if let Some(diag) = backwards_range(a, d, first_month, month) {
                    ctx.report(diag);
                }
                continue;
            };
            let year_written = d.year.is_some() && !d.from_context;
            let month_name = MONTHS[m as usize - 1];
            let written = a.slice(d.span);
            let message = match d.year {
                Some(y) if exists(None, m, day) => {
                    format!("`{written}`: {month_name} {day} does not exist in {y}")
                }
                _ => format!("`{written}`: {month_name} has no day {day}"),
            };
            let mut diag = Diagnostic::new(Label::new(a.id, d.span, "no such day"), message)
                .help("check the day and the month against another report of the event");
            if !year_written {
                diag = diag.at_most(Severity::Warning);
            }
            ctx.report(diag);
        }
    }
}

/// A range of days that ends before it starts ("les 18 et 17 mai", "from May 22 to 20") or
/// on the day it starts ("du 22 au 22 mars"): one of its two days is a slip. "du 30 au 2 avril"
/// is read as crossing the end of March, not as backwards.
fn backwards_range(
    a: &Article,
    d: &crate::extract::DateFact,
    first_month: u32,
    month: u32,
) -> Option<Diagnostic> {
    let (d1, d2) = (d.day?, d.last_day?);
    if first_month != month || d1 < d2 {
        return None;
    }
    if d1 >= 25 && d2 <= 7 && d.first_month.is_none() {
        return None;
    }
    let written = a.slice(d.span);
    let (message, label, severity) = if d1 == d2 {
        (
            format!("`{written}`: the range starts and ends on day {d1}"),
            "one-day range",
            Severity::Warning,
        )
    } else {
        (
            format!("`{written}`: the range ends on day {d2}, before it starts on day {d1}"),
            "backwards range",
            if d.year.is_some() && !d.from_context {
                Severity::Error
            } else {
                Severity::Warning
            },
        )
    };
    Some(
        Diagnostic::new(Label::new(a.id, d.span, label), message)
            .help("check both days against another report of the event")
            .at_most(severity),
    )
}

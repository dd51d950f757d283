//! `date/publication-mismatch`: a date whose weekday or position contradicts the article's
//! publication date.

use super::weekday_name;
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::dates::DateForm;
use crate::finding::{Diagnostic, Label, Severity};
use crate::lang::Lang;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use chrono::{Datelike, Duration};

const DOCS: &str = "\
### What it does
Reports a date written without a year whose weekday is wrong for the year the publication date
gives: an article dated 2025-08-08 saying \"vendredi 9 août\" (9 August 2025 is a Saturday).
When no neighbouring year makes the weekday right either, the date itself is suspect.

A wire dateline (\"PÉKIN, 11 août (AFP) -\") more than a day from the publication date is
reported too. One day after it is reported when the dateline's place is on Central Europe's
clock or west of it (UTC+1, UTC+2 in summer): no European publisher's date lags such a
clock by a day.
One day before it is a time zone away, unless the dispatch reports as past a
happening of a later day: \"LIMA, March 13 (Reuters) - A quake struck on Friday\" in a
report dated Friday 14 March.

### Why is this bad
Wire copy says \"vendredi 8 août\" and leaves the year to the date line. A weekday that does
not fit means that either the day number or the weekday was changed, or the article's date
line is wrong.

An article with no date is read in the corpus's publication period, when it has one.

### Examples
An article dated 2025-08-08 saying \"ont rapporté vendredi 9 août\" is reported;
\"vendredi 8 août\" is not.
";

struct PublicationMismatch(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(PublicationMismatch(RuleMeta {
        id: "date/publication-mismatch".into(),
        category: "date".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a date that contradicts the publication date".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(" date 2025-08-08 Titre\n\nLes médias d'État chinois ont rapporté vendredi 9 août cet entretien.\n", 1),
            Example::one(" date 2025-08-08 Titre\n\nLes médias d'État chinois ont rapporté vendredi 8 août cet entretien.\n", 0),
            // A dateline three days off the date line.
            Example::one(" date 2025-08-08 Titre\n\nPÉKIN, 11 août (AFP) - Les médias d'État chinois ont rapporté jeudi l'entretien des deux présidents.\n", 1),
            Example::one(" date 2025-08-08 Titre\n\nPÉKIN, 8 août (AFP) - Les médias d'État chinois ont rapporté jeudi l'entretien des deux présidents.\n", 0),
            // A dateline with no place, before the agency's name, two days off.
            Example::one(" date 2025-10-29 T\n\nOct 31 (Reuters) - The chipmaker's shares rose 4% in early trading.\n", 1),
            Example::one(" date 2025-10-29 T\n\nOct 29 (Reuters) - The chipmaker's shares rose 4% in early trading.\n", 0),
            // A dateline with its state, two days off.
            Example::one(" date 2025-07-07 T\n\nAUSTIN, Texas, July 9 (Reuters) - The river rose by eight metres overnight, officials said.\n", 1),
            // A dateline a day ahead of the date line, west of Central Europe's clock.
            Example::one(" date 2025-03-09 T\n\nDUBLIN, March 10 (Reuters) - Irish voters rejected both proposals, the count showed on Saturday.\n", 1),
            // A town the gazetteer lacks, on the clock the time-zone database gives it.
            Example::one(" date 2025-03-09 T\n\nUSHUAIA, Argentina, March 10 (Reuters) - The expedition ship left port on Sunday with 90 passengers.\n", 1),
            Example::one(" date 2025-03-09 T\n\nTOKYO, March 10 (Reuters) - Japan's central bank said on Monday it would keep its rates unchanged.\n", 0),
            // A dateline the day before the quake it reports.
            Example::one(" date 2025-03-14 T\n\nLIMA, March 13 (Reuters) - A strong earthquake struck southern Peru on Friday, killing two people.\n", 1),
            Example::one(" date 2025-03-14 T\n\nLIMA, March 14 (Reuters) - A strong earthquake struck southern Peru on Friday, killing two people.\n", 0),
            // Undated: the two dated reports place the corpus in August 2025.
            Example::many(
                &[
                    ("a.txt", " date 2025-08-08 Titre\n\nLe sommet s'est ouvert à Genève.\n"),
                    ("b.txt", " date 2025-08-09 Titre\n\nLe sommet se poursuit à Genève.\n"),
                    ("c.txt", "Titre\n\nLe sommet s'est ouvert samedi 8 août à Genève.\n"),
                ],
                1,
            ),
        ],
    }))
}

impl Rule for PublicationMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        // An undated article is read in the period the corpus's other reports were published
        // in (see `Corpus::set_period`), which gave its dates their year.
        let (what, shown) = match (a.meta.date, a.period) {
            // A date line that gives a month only is shown as written, not as its first day.
            (Some(p), _) => (
                "the publication date",
                p.date
                    .format(if p.day_known { "%Y-%m-%d" } else { "%Y-%m" })
                    .to_string(),
            ),
            (None, Some(p)) => (
                "the corpus's publication period",
                p.format("%Y-%m-%d").to_string(),
            ),
            (None, None) => return,
        };
        let dates = &an.facts[a.id.0 as usize].dates;
        if let Some(p) = a.meta.date.filter(|p| p.day_known) {
            dateline(a, an, dates, p.date, ctx);
        }
        // A range has a weekday on each end ("du vendredi 8 au samedi 9 septembre").
        let ends = dates
            .iter()
            .flat_map(|d| [(d, d.weekday, d.start), (d, d.last_weekday, d.end)]);
        for (d, weekday, date) in ends {
            let (Some((wd, wspan)), Some(date)) = (weekday, date) else {
                continue;
            };
            if !d.from_context || d.form == DateForm::Relative || date.weekday() == wd {
                continue;
            }
            let written = a.slice(wspan);
            let right = weekday_name(date.weekday(), a.lang == Lang::En, written);
            // The nearest day with the written weekday, as a hint of what was meant.
            let back = (date.weekday().num_days_from_monday() as i64
                - wd.num_days_from_monday() as i64)
                .rem_euclid(7);
            let meant = if back <= 3 {
                date - Duration::days(back)
            } else {
                date + Duration::days(7 - back)
            };
            ctx.report(
                Diagnostic::new(
                    Label::new(a.id, d.span, format!("{} is a {right}", date.format("%Y-%m-%d"))),
                    format!(
                        "`{}` does not fit {what} {}: in {} that day is a {right}",
                        a.slice(d.span),
                        shown,
                        date.year()
                    ),
                )
                .help(format!("the nearest {written} is {}; check the day number, the weekday and the date line", meant.format("%Y-%m-%d"))),
            );
        }
    }
}

/// A wire dateline ("MOSCOW, November 12. Russia…", "LONDRES, 13 octobre (AFP) -") dates the
/// dispatch: more than a day from the publication date, one of the two is wrong.
fn dateline(
    a: &Article,
    an: &Analysis,
    dates: &[crate::extract::DateFact],
    published: chrono::NaiveDate,
    ctx: &mut Ctx,
) {
    let Some(body) = a
        .blocks
        .iter()
        .find(|b| b.kind == crate::corpus::BlockKind::Body)
    else {
        return;
    };
    let Some(d) = dates.iter().find(|d| body.span.contains(d.span)) else {
        return;
    };
    if !crate::extract::dates::in_dateline(a, d.span) {
        return;
    }
    let Some(date) = d
        .start
        .filter(|_| d.precision == crate::extract::dates::Precision::Day)
    else {
        return;
    };
    if (date - published).num_days() == -1 {
        reports_a_later_day(a, an, d, date, ctx);
    }
    if (date - published).num_days() == 1 {
        ahead_on_a_western_clock(a, d, date, published, ctx);
    }
    if (date - published).num_days().abs() <= 1 {
        return;
    }
    ctx.report(
        Diagnostic::new(
            Label::new(
                a.id,
                d.span,
                format!("dateline of {}", date.format("%Y-%m-%d")),
            ),
            format!(
                "the dateline `{}` is {} days from the publication date {}",
                a.slice(d.span),
                (date - published).num_days().abs(),
                published.format("%Y-%m-%d")
            ),
        )
        .help("a dispatch is dated the day it is filed: check the dateline and the date line"),
    );
}

/// A dateline the day before the publication date is a time zone away from it, unless the
/// dispatch reports as past a happening of a later day ("YANGON, March 27 (Reuters) - A quake
/// struck on Friday", Friday being the 28th): a dispatch cannot tell of what had not happened
/// when it was filed.
fn reports_a_later_day(
    a: &Article,
    an: &Analysis,
    d: &crate::extract::DateFact,
    filed: chrono::NaiveDate,
    ctx: &mut Ctx,
) {
    use crate::claims::{Aspect, Scope, Value};
    let lo = an.claims.partition_point(|c| c.article < a.id);
    let hi = an.claims.partition_point(|c| c.article <= a.id);
    let later = an.claims[lo..hi].iter().find(|c| {
        c.key.aspect == Aspect::Day
            && matches!(c.key.scope, Scope::Event(_))
            && !c.key.concept.starts_with("next/")
            && c.span != d.span
            && matches!(c.value, Value::Days { start, .. } if start > filed)
            && !crate::extract::dates::speaks_of_future(a, c.span)
    });
    // With no trigger to key it, a day of the dateline's own sentence ("PARIS, July 26 -
    // Pogacar won the Tour on Sunday", Sunday the 27th) tells the same.
    let in_lede = || {
        let sentence = a.seg.sentences.iter().find(|s| s.span.contains(d.span))?;
        an.facts[a.id.0 as usize]
            .dates
            .iter()
            .filter(|x| sentence.span.contains(x.span) && x.span != d.span)
            .filter(|x| x.precision == crate::extract::dates::Precision::Day)
            .filter(|x| !crate::extract::dates::speaks_of_future(a, x.span))
            .find_map(|x| x.start.filter(|&day| day > filed).map(|day| (x.span, day)))
    };
    let Some((span, start)) = later
        .and_then(|c| match c.value {
            Value::Days { start, .. } => Some((c.span, start)),
            _ => None,
        })
        .or_else(in_lede)
    else {
        return;
    };
    ctx.report(
        Diagnostic::new(
            Label::new(a.id, d.span, format!("dateline of {}", filed.format("%Y-%m-%d"))),
            format!(
                "the dateline `{}` is the day before what the dispatch reports as past (`{}`, {})",
                a.slice(d.span),
                a.slice(span),
                start.format("%Y-%m-%d")
            ),
        )
        .related(Label::new(a.id, span, format!("{}", start.format("%Y-%m-%d"))))
        .help("a dispatch is dated the day it is filed, on or after what it reports: check the dateline"),
    );
}

/// Farthest east (minutes ahead of UTC) a dateline's clock may be and still not run a day
/// ahead of a publisher's: Central Europe's clock (UTC+1, UTC+2 in summer), which European
/// publishers keep or lag; American ones lag it further.
const WESTERN_CLOCK: i32 = 60;

/// A dateline the day after the publication date is filed on a clock ahead of the
/// publisher's: "TOKYO, March 10" in a report dated March 9 in Paris. A dateline in a place
/// on or west of Central Europe's clock ("DUBLIN, March 10") has no publisher in Europe whose
/// date lags it: one of the two dates is wrong, unless the publisher is in the Americas.
fn ahead_on_a_western_clock(
    a: &Article,
    d: &crate::extract::DateFact,
    filed: chrono::NaiveDate,
    published: chrono::NaiveDate,
    ctx: &mut Ctx,
) {
    let Some(block) = a.block_at(d.span) else {
        return;
    };
    // The city in capitals before the first comma ("DUBLIN", "KERRVILLE, Texas").
    // A town the gazetteer lacks ("OREM, Utah") is on its state's clock.
    let head = &a.text[block.span.start()..d.span.start()];
    let g = crate::extract::gazetteer::Gazetteer::get();
    let Some((place, tz)) = head.split(',').take(2).map(str::trim).find_map(|place| {
        let folded = crate::text::fold(place);
        g.lookup_folded(&folded)
            .and_then(crate::extract::timezone::sure_zone_of)
            .or_else(|| crate::extract::timezone::zone_of_city(&folded))
            .map(|tz| (place, tz))
    }) else {
        return;
    };
    let Some(noon) = filed.and_hms_opt(12, 0, 0) else {
        return;
    };
    let offset = crate::extract::timezone::offset_minutes(tz, noon);
    if offset
        > WESTERN_CLOCK.max(crate::extract::timezone::offset_minutes(
            chrono_tz::Europe::Paris,
            noon,
        ))
    {
        return;
    }
    let hm = |m: i32| {
        format!(
            "{}{}:{:02}",
            if m < 0 { '-' } else { '+' },
            m.abs() / 60,
            m.abs() % 60
        )
    };
    ctx.report(
        Diagnostic::new(
            Label::new(a.id, d.span, format!("dateline of {}", filed.format("%Y-%m-%d"))),
            format!(
                "the dateline `{}` is the day after the publication date {}, on {}'s clock (UTC{})",
                a.slice(d.span),
                published.format("%Y-%m-%d"),
                place,
                hm(offset)
            ),
        )
        .help("a clock this far west runs a day ahead only of a publisher in the Americas: check the dateline and the date line"),
    );
}

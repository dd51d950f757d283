//! `date/conflict`: aligned passages that give different dates for the same thing.

use crate::align::sentences::{replacements, DiffKind};
use crate::analysis::Analysis;
use crate::extract::dates::{DateForm, Precision};
use crate::extract::DateFact;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{merge_by_primary, Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
In two aligned passages of different articles, reports a date (or weekday) that the word diff
shows replaced by a date that cannot be the same time: \"mardi 15 juillet\" against \"mercredi
16 juillet\", \"le 9 mai 2025\" against \"le 8 mai 2025\". Relative dates are compared after
resolution against each article's own publication date, so \"mercredi\" in an article of
Wednesday and \"hier\" in one of Thursday agree. Dates of different precision are compared by
overlap (\"en septembre\" and \"le 15 septembre\" agree).

Severity: an error when both dates are written out and at most a week apart (a slip: \"9 mai\"
for \"10 mai\"); a warning when one was resolved from a publication date (the date line may be
the one that is wrong, or the passage may speak of another moment of the same story), or when
the dates are further apart, or when the sentences differ by another figure or entity too
(similar sentences about two events).

A difference between two photo captions is information: two photos may show two moments.

The reports of one event (see `recoupe events`) that give its span of days differently
(\"du 20 au 22 mars\" against \"du 21 au 22 mars\") are a warning, outside aligned sentences;
so is a report whose main sentence dates the event a day or two away from the day at least
three other reports give.

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
            // Four reports worded differently: three date the call the 15th, one the 16th.
            Example::many(
                &[
                    ("a.txt", "A\n\nXi Jinping et Vladimir Poutine se sont entretenus par téléphone le 15 juillet 2025.\n"),
                    ("b.txt", "B\n\nLe 15 juillet 2025, Vladimir Poutine a eu un entretien téléphonique avec Xi Jinping, selon Moscou.\n"),
                    ("c.txt", "C\n\nUn appel téléphonique a réuni Xi Jinping et Vladimir Poutine le 15 juillet 2025, selon Pékin.\n"),
                    ("d.txt", "D\n\nSelon le Kremlin, Poutine et Xi Jinping ont eu une conversation téléphonique le 16 juillet 2025 au sujet de l'Ukraine.\n"),
                ],
                1,
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
        let mut pending = Vec::new();
        for r in replacements(an) {
            if r.kind != DiffKind::Date {
                continue;
            }
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
            // A slip moves a date by a few days ("9 mai" for "19 mai", "mardi" for "mercredi");
            // two dates months apart in similar sentences are more often two events.
            let far = match (a.start, b.start) {
                (Some(x), Some(y)) => (x - y).num_days().abs() > 7,
                _ => false,
            };
            if a.from_context
                || b.from_context
                || a.form == DateForm::Relative
                || b.form == DateForm::Relative
                || far
            {
                d = d.at_most(Severity::Warning);
            }
            if let Some(cap) = r.severity_cap(an) {
                d = d.at_most(cap);
            }
            pending.push(d);
        }
        for d in merge_by_primary(pending) {
            ctx.report(d);
        }
        event_ranges(an, ctx);
        event_days(an, ctx);
    }
}

/// Reports of one event that give its span of days differently ("du 20 au 22 mars" against
/// "du 21 au 22 mars"): a warning, on the range fewer reports give.
fn event_ranges(an: &Analysis, ctx: &mut Ctx) {
    for ev in &an.events {
        let ranges: Vec<&crate::align::events::Mention> =
            ev.mentions.iter().filter(|m| m.start != m.end).collect();
        let mut by_range: std::collections::BTreeMap<
            (chrono::NaiveDate, chrono::NaiveDate),
            std::collections::BTreeSet<crate::finding::ArticleId>,
        > = Default::default();
        for m in &ranges {
            by_range
                .entry((m.start, m.end))
                .or_default()
                .insert(m.article);
        }
        let Some((&best, best_arts)) = by_range
            .iter()
            .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        for m in ranges
            .iter()
            .filter(|m| (m.start, m.end) != best && !best_arts.contains(&m.article))
        {
            if by_range[&(m.start, m.end)].len() >= best_arts.len() {
                continue;
            }
            let reference = ranges
                .iter()
                .find(|r| (r.start, r.end) == best)
                .expect("majority range has a mention");
            let (a, b) = (an.corpus.get(m.article), an.corpus.get(reference.article));
            ctx.report(
                Diagnostic::new(
                    Label::new(m.article, m.date_span, format!("{}/{}", m.start, m.end)),
                    format!(
                        "`{}` conflicts with `{}` in {}, another report of the same {}",
                        a.slice(m.date_span),
                        b.slice(reference.date_span),
                        b.display,
                        ev.kind
                    ),
                )
                .related(Label::new(
                    reference.article,
                    reference.date_span,
                    format!("{}/{}", best.0, best.1),
                ))
                .help(format!(
                    "{} report(s) give {}/{}",
                    best_arts.len(),
                    best.0,
                    best.1
                ))
                .at_most(Severity::Warning),
            );
        }
    }
}

/// A report whose main sentence dates the event a day or two away from the day at least three
/// other reports give (and no other report gives): a warning, since reports of a multi-day
/// event may speak of different days, but a lone outlier next to a consensus is suspect.
fn event_days(an: &Analysis, ctx: &mut Ctx) {
    for ev in &an.events {
        let mains: Vec<&crate::align::events::Mention> = ev
            .mentions
            .iter()
            .filter(|m| m.main && m.start == m.end)
            .collect();
        let mut by_day: std::collections::BTreeMap<
            chrono::NaiveDate,
            std::collections::BTreeSet<crate::finding::ArticleId>,
        > = Default::default();
        for m in &mains {
            by_day.entry(m.start).or_default().insert(m.article);
        }
        let Some((&best, best_arts)) = by_day
            .iter()
            .max_by(|a, b| a.1.len().cmp(&b.1.len()).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        if best_arts.len() < 3 {
            continue;
        }
        for m in mains
            .iter()
            .filter(|m| m.start != best && by_day[&m.start].len() == 1)
        {
            if (m.start - best).num_days().abs() > 2 {
                continue;
            }
            let reference = mains
                .iter()
                .find(|r| r.start == best)
                .expect("majority day has a mention");
            let (a, b) = (an.corpus.get(m.article), an.corpus.get(reference.article));
            ctx.report(
                Diagnostic::new(
                    Label::new(m.article, m.date_span, m.start.to_string()),
                    format!(
                        "`{}` ({}) where {} reports of the same {} give {}",
                        a.slice(m.date_span),
                        m.start,
                        best_arts.len(),
                        ev.kind,
                        best
                    ),
                )
                .related(Label::new(
                    reference.article,
                    reference.date_span,
                    format!("{best} in {}", b.display),
                ))
                .help("check the day: the other reports of this event agree on another one")
                .at_most(Severity::Warning),
            );
        }
    }
}

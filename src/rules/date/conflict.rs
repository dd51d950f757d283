//! `date/conflict`: aligned passages that give different dates for the same thing.

use crate::align::sentences::{replacements, DiffKind};
use crate::analysis::Analysis;
use crate::claims::Aspect;
use crate::extract::dates::{DateForm, Precision};
use crate::extract::DateFact;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{
    consensus_decides, merge_by_primary, report_claim_outliers, Ctx, Example, Rule, RuleMeta, Scope,
};
use std::collections::HashSet;

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
(similar sentences about two events). The side fewer sources print is reported; when as
many print each side, both are reported, at most as warnings, each pointing at the other.

A difference between two photo captions is information: two photos may show two moments.

Outside aligned sentences, the rule reads **claims** (see `recoupe facts`): each date, and
each time of day (\"à 7h35\", \"at 7:35 a.m.\", keyed with the time zone named after it:
local when none is, UTC, or a place), is keyed by the event it belongs to and a concept from the bilingual lexicon
(`rules/lexicon/concepts.toml`: \"est arrivé\" = \"landed\", \"signé\" = \"signed\"; a day goes with the nearest moment named, a span of days with the happening), so a French report and an English one that share no
sentence are compared. The claims of one key are weighed against their consensus:
- compatible values agree (equal days; dates more than a week apart are two happenings, not a conflict;
  a hedged time covers two minutes when it gives the minute, \"vers 20 h 48\", ten on a
  multiple of five, thirty on the half hour);
- a local time is read on the clock of the place the report's lede names, else the clock
  most of the event's other reports give; a time written beside another day than the
  event's (\"by 7 a.m. on Tuesday\") is not the event's moment;
- each outlet counts once, and copies of one sentence count as one source;
- the value fewer independent sources support is reported, with up to 3 supporting reports
  as related labels and the totals in the message;
- **error** only when at least 2 independent sources stand against 1, with no hedge and no
  legitimate reason (a caption, a weekday read against the publication date, one day apart: a time zone); a single source against another is a **warning**, given on both sides, since neither outvotes the other; two values
  each held by several sources are a split and are not reported;
- a day one apart from the others' is **information** when its sentence speaks of a night
  (\"dans la nuit de lundi à mardi\") or reads the day on a named clock next to it (\"at 0:42
  a.m. Japan time on Friday\"): the same moment on either side of midnight;
- a time of day is **information** when the reports give its happening two days, each from
  two sources at least (a hurricane's landfalls in two countries): a time written without
  its day may be either day's;
- the days of a protest, a strike, a visit or a summit are not weighed against each other
  when one report gives two of them (\"lundi, la police a tiré … mardi, le Parlement a
  brûlé\"): the happening spans them;
- an article that gives two values for one key (a headline against its body) is a warning.

A full date of the past with its year written (\"l'incendie du 15 avril 2019\"), that
one source alone gives within a week of a date at least 2 other sources give and that this
source never gives, in an event at least 3 sources report, is a **warning** even when no
happening keys it: reports repeat their background dates. Three days or less from a date one
other source gives is enough. So is a time of day on the same clock with the same minutes
and an hour up to three off, or the same hour and minutes up to five off, from a time at
least 2 other sources give (\"le pic a été atteint à 18 h 32\" where three reports say 16:32).
A reporting verb after the day and a comma (\", the company said\") or before a reported
clause (\"said that it detected the breach on Wednesday\") does not date the statement, and a
day still to come of another occurrence (\"planned another day of protests on Saturday\")
is no day of the event.

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
            // A publication stamp left in the text ("04/05/2026 à 09:20") dates no parade.
            Example::many(
                &[
                    ("a.txt", "A\n\nLe défilé militaire aura lieu le 9 mai 2026 sur la place Rouge.\n"),
                    ("b.txt", "B\n\nLe défilé du 9 mai 2026 réunira des milliers de soldats sur la place Rouge.\n"),
                    ("c.txt", "C\n\nPublié le 04/05/2026 à 09:20 Le défilé militaire du 9 mai 2026 sera le plus grand jamais organisé.\n"),
                ],
                0,
            ),
            // One report against one: nothing outvotes either, so each is reported.
            Example::many(
                &[
                    ("a.txt", "A\n\nXi Jinping et Vladimir Poutine se sont entretenus par téléphone le 15 juillet 2025.\n"),
                    ("b.txt", "B\n\nSelon le Kremlin, Poutine et Xi Jinping ont eu une conversation téléphonique le 16 juillet 2025 au sujet de l'Ukraine.\n"),
                ],
                2,
            ),
            // One copied sentence against one, with no happening to key its date: each side
            // is reported, not the later file by its name.
            Example::many(
                &[
                    ("a.txt", " date 2026-10-09 A\n\nLe musée, fermé depuis le 10 décembre 2024 pour travaux, accueillait autrefois des milliers de curieux chaque semaine.\n"),
                    ("b.txt", " date 2026-10-09 B\n\nLe musée, fermé depuis le 11 décembre 2024 pour travaux, accueillait autrefois des milliers de curieux chaque semaine.\n"),
                ],
                2,
            ),
            // A background date the reports repeat, that one report alone slips.
            Example::many(
                &[
                    ("a.txt", " date 2024-12-08 T\n\nLa cathédrale Notre-Dame a rouvert samedi 7 décembre à Paris. Les travaux avaient commencé après le 15 avril 2019.\n"),
                    ("b.txt", "+++\nlang = \"en\"\ndate = 2024-12-08\n+++\nNotre-Dame reopened in Paris on Saturday, December 7. Work on it began after April 15, 2019.\n"),
                    ("c.txt", " date 2024-12-08 T\n\nNotre-Dame de Paris a rouvert ses portes samedi 7 décembre. Le chantier avait commencé après le 15 avril 2019.\n"),
                    ("d.txt", "+++\nlang = \"en\"\ndate = 2024-12-08\n+++\nParis's cathedral reopened on Saturday, December 7, and its restoration began after April 17, 2019.\n"),
                ],
                1,
            ),
            // A time of day the reports repeat, an hour off in one of them.
            Example::many(
                &[
                    ("a.txt", " date 2025-07-01 T\n\nLa vague de chaleur a frappé Lyon mardi 1er juillet. Le pic de 41 °C a été atteint à 15 h 40.\n"),
                    ("b.txt", " date 2025-07-01 T\n\nLyon a suffoqué mardi 1er juillet sous la canicule. Le thermomètre a culminé à 15 h 40.\n"),
                    ("c.txt", " date 2025-07-01 T\n\nCanicule à Lyon mardi 1er juillet : le record est tombé à 15 h 40.\n"),
                    ("d.txt", " date 2025-07-01 T\n\nÀ Lyon, mardi 1er juillet, la chaleur a battu un record, atteint à 16 h 40.\n"),
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
        let mut seen: HashSet<(ArticleId, Span)> = HashSet::new();
        let mut pending = Vec::new();
        let places = crate::rules::outlier_places(an, false);
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
            if consensus_decides(
                &places,
                (sus.article, a.span, sus.support),
                (refr.article, b.span, refr.support),
            ) || !comparable(a, b)
                || !a.disjoint(b)
            {
                continue;
            }
            // One sentence against one: nothing outvotes either, so each is reported,
            // pointing at the other, rather than the later file by its name.
            let tie = sus.support == refr.support;
            let sides = if tie {
                vec![(sus, a, refr, b), (refr, b, sus, a)]
            } else {
                vec![(sus, a, refr, b)]
            };
            for (sus, a, refr, b) in sides {
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
                // A slip moves a date by a few days ("9 mai" for "19 mai", "mardi" for
                // "mercredi"); two dates months apart in similar sentences are more often two
                // events.
                let far = match (a.start, b.start) {
                    (Some(x), Some(y)) => (x - y).num_days().abs() > 7,
                    _ => false,
                };
                if a.from_context
                    || b.from_context
                    || a.form == DateForm::Relative
                    || b.form == DateForm::Relative
                    || far
                    || tie
                {
                    d = d.at_most(Severity::Warning);
                }
                if let Some(cap) = r.severity_cap(an) {
                    d = d.at_most(cap);
                }
                seen.insert((sus.article, a.span));
                seen.insert((refr.article, b.span));
                pending.push(d);
            }
        }
        for d in merge_by_primary(pending) {
            ctx.report(d);
        }
        // Outside aligned sentences: dates of one event (or of sentences naming the same
        // people) that date the same happening differently.
        report_claim_outliers(
            an,
            ctx,
            &[
                Aspect::Day,
                Aspect::Days,
                Aspect::Month,
                Aspect::Time,
                Aspect::Dated,
                Aspect::Clock,
            ],
            &seen,
            "date",
            |_, d| d,
        );
    }
}

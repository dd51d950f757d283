//! `date/impossible-date`: a day that no calendar has ("31 février", "2026-02-30"), or a time
//! no clock shows ("5:62 p.m.", "à 25 h 47").

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use chrono::NaiveDate;

const DOCS: &str = "\
### What it does
Reports a date whose day does not exist in its month: \"31 février\", \"April 31\", \"June 33\",
\"2026-02-30\", or \"29 février 2026\" (2026 is no leap year), and a range of days that ends
before it starts (\"les 18 et 17 mai\") or on the day it starts (\"du 22 au 22 mars\", a
warning). \"du 30 au 2 avril\" crosses the end of March and is not reported. When the year is not written and
comes from the publication date, the finding is a warning: the article may mean another year.
A \"29 février\" with no year is reported when no year around the publication has one.

It also reports a time of day no clock shows: a minute of 60 or more (\"17 h 75\", \"5:62
p.m.\"), or an hour past 24 after a word that introduces a time (\"à 25 h 47\", \"at 26:10\").
A duration may pass 24 hours (\"en 25 h 47\"), so an hour alone is read only after such a
word; so is a minute written with one digit (\"at 6:9 p.m.\", a warning); the wire's \"1767
GMT\" is read too; \"14:62\" is read as a time only with a.m./p.m., a zone or such a word next to it, since
ratios and references use colons too.

### Why is this bad
An impossible date is a slip of the day or of the month, and every later comparison of that
date with other reports fails silently: recoupe cannot place it on a calendar.

### Examples
\"le mardi 31 février 2026\" and \"le 34 mars 2026\" are reported; \"le samedi 28 février 2026\" is not.
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
            // No year written: the publication's, and the years around it.
            Example::one(
                "+++\ndate = 2026-02-28\n+++\nTitre\n\nLa délégation est arrivée à Pékin vendredi 29 février.\n",
                1,
            ),
            Example::one(
                "+++\ndate = 2024-03-01\n+++\nTitre\n\nLa délégation est arrivée à Pékin jeudi 29 février.\n",
                0,
            ),
            Example::one(
                "+++\ndate = 2027-12-20\n+++\nTitre\n\nLa délégation arrivera à Pékin le 29 février.\n",
                0,
            ),
            // A day past 31, a slipped digit.
            Example::one(
                "Titre\n\nLa délégation est arrivée à Pékin le 34 mars 2026 pour deux jours.\n",
                1,
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
            // A time no clock shows; a duration may pass 24 hours.
            Example::one(
                "Title\n\nThe delegation landed in Beijing at 5:62 p.m. local time.\n",
                1,
            ),
            Example::one(
                "Titre\n\nL'avion s'est posé à Pékin à 25 h 47, heure locale.\n",
                1,
            ),
            Example::one(
                "Titre\n\nLe convoi a rallié Pékin en 25 h 47, un record.\n",
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
            // "Vendredi 29 février" in a report of February 2026: no year written, none
            // resolved, and the day exists in none of the years around the publication.
            let bad = bad.or_else(|| {
                let published = a.meta.date.filter(|_| d.year.is_none())?;
                let y = chrono::Datelike::year(&published.date);
                let day = d.day.filter(|&day| {
                    !exists(Some(y - 1), first_month, day)
                        && !exists(Some(y), first_month, day)
                        && !exists(Some(y + 1), first_month, day)
                })?;
                Some((first_month, day))
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
            let year = d.year.or_else(|| {
                a.meta
                    .date
                    .map(|p| chrono::Datelike::year(&p.date))
                    .filter(|_| exists(None, m, day))
            });
            let message = match year {
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
        // Impossible clocks are rare: one scan of the text for their shape first (the
        // capturing pattern per sentence cost a second on a large corpus).
        static SHAPE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let shape = SHAPE.get_or_init(|| {
            regex::Regex::new(
                r"(?i)\d\s?[h:]\s?[6-9]\d|(?:2[4-9]|[3-9]\d)\s?[h:]\s?\d\d|(?:1[3-9]|2\d)\s?:\s?\d\d\s?[ap]\.?m|\d\d[6-9]\d\s?(?:GMT|UTC)|(?:2[4-9]|[3-9]\d)\d\d\s?(?:GMT|UTC)|\d\s?[h:]\s?\d(?:\D|$)",
            )
            .expect("clock shape pattern compiles")
        });
        if shape.is_match(&a.text) {
            for s in a.text_sentences() {
                impossible_clocks(a, s.span, ctx);
            }
        }
    }
}

/// Words after which a number of hours is a time of day, not a duration.
const CLOCK_CUES: &[&str] = &[
    "à", "a", "vers", "dès", "des", "jusqu'à", "jusqu'a", "avant", "après", "apres", "at",
    "around", "by", "until", "till", "before", "after", "since", "from", "about",
];

/// Times no clock shows in one sentence: a minute of 60 or more, or an hour past 24 read as a
/// time of day.
fn impossible_clocks(a: &Article, sentence: crate::finding::Span, ctx: &mut Ctx) {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:^|[^\d:,.])(?:(\d{1,2})\s?(h|:)\s?(\d{1,2})(\s?[ap]\.?m\b\.?)?|(\d\d)(\d\d)\s?(?:GMT|UTC))(?:$|[^\p{L}\d:])",
        )
        .expect("clock pattern compiles")
    });
    let text = a.slice(sentence);
    for c in re.captures_iter(text) {
        // "1607 GMT": the wire's four digits, always a clock.
        let (h, sep, m) = match (c.get(1), c.get(2), c.get(3), c.get(5), c.get(6)) {
            (Some(h), Some(sep), Some(m), _, _) => (h, Some(sep), m),
            (_, _, _, Some(h), Some(m)) => (h, None, m),
            _ => continue,
        };
        let hour: u32 = h.as_str().parse().unwrap_or(0);
        let minute: u32 = m.as_str().parse().unwrap_or(0);
        let meridiem = c.get(4);
        let end = meridiem.map_or(m.end(), |x| x.end());
        let before = crate::text::fold(text[..h.start()].trim_end());
        let cued = before
            .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
            .next()
            .is_some_and(|w| CLOCK_CUES.contains(&w));
        let after = text[end..].trim_start();
        let zoned = meridiem.is_some()
            || [
                "gmt", "utc", "local", "heure", "et ", "edt", "est ", "cet", "bst", "pt ",
            ]
            .iter()
            .any(|z| {
                crate::text::fold(after.get(..after.len().min(6)).unwrap_or(after)).starts_with(z)
            });
        let clock = sep.is_none_or(|x| x.as_str().eq_ignore_ascii_case("h")) || cued || zoned;
        let problem = if m.as_str().len() == 1 {
            // "6:9 p.m.", "à 18 h 9 (16 h 9 GMT)": a digit of the minute is missing.
            if !(zoned || cued) {
                continue;
            }
            "a minute is written with two digits".to_string()
        } else if minute >= 60 && clock {
            format!("an hour has no minute {minute}")
        } else if (hour > 24 || (hour == 24 && minute > 0)) && (cued || zoned) {
            format!("a day has no hour {hour}")
        } else if meridiem.is_some() && hour > 12 {
            format!("a 12-hour clock has no hour {hour}")
        } else {
            continue;
        };
        let span = crate::finding::Span::new(sentence.start() + h.start(), sentence.start() + end);
        ctx.report(
            Diagnostic::new(
                Label::new(a.id, span, "no such time"),
                format!("`{}`: {problem}", a.slice(span).trim_end()),
            )
            .help("check the time against another report of the event")
            // "13:38 p.m." is more often a redundant suffix than a wrong hour.
            .at_most(
                if (hour > 12 && hour < 24 && minute < 60) || m.as_str().len() == 1 {
                    Severity::Warning
                } else {
                    Severity::Error
                },
            ),
        );
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

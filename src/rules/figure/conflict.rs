//! `figure/conflict`: aligned passages that give different values for the same quantity.

use crate::align::sentences::{replacements, DiffKind};
use crate::analysis::Analysis;
use crate::claims::Aspect;
use crate::extract::figures::Qualifier;
use crate::extract::FigureFact;
use crate::finding::ArticleId;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{
    consensus_decides, merge_by_primary, report_claim_outliers, Ctx, Example, Rule, RuleMeta, Scope,
};
use std::collections::HashSet;

const DOCS: &str = "\
### What it does
In two aligned passages of different articles (the same sentence, reworded or not), reports a
figure that the word diff shows replaced by another value or unit for the same noun: 240 vs
245 milliards, euros vs dollars, 10 vs 9 pays, 27 vs 29 dirigeants. The side fewer sources
support is reported; the help says which sources say what.

Tolerances: equal values, compatible bounds (\"plus de 240\" and \"245\"; \"des milliers\" and
\"hundreds\" are lower bounds), approximations within 15% of a round figure (\"près de 250\",
\"une trentaine\": one digit, or two ending in 0 or 5) and 5% of a precise one (\"about 88
million\", \"some 64,000\"), two peaks (\"up to 80 mph\", \"jusqu'à 130 km/h\") and two floors
within 1.5× (\"plus de 15 600 cas\", \"more than 15,600 cases\": one official count) compared
as hedged values, and a rounded figure within 3% of a precise one (\"26 millions\" and \"26,6
millions\") are not conflicts. Units are converted before comparing (`[conversions]` in
`rules/lexicon/figures.toml`: \"185 mph\" and \"295 km/h\" agree). A label (\"catégorie 5\",
\"flight 171\") is compared only with the same label, and only a label two sources agree on
outvotes another; a storm's category is information. A quake's magnitude is a label however
it is written (\"de magnitude 7,7\", \"a 7.7-magnitude quake\"); an aftershock's is keyed
apart; agencies rate one quake a few tenths apart, so a magnitude within half a point of the
consensus is information and one further off a warning, never an error. A handful (under ten) of a noun the
lexicon does not count, one source against one, is information: \"two astronauts\" and \"four
astronauts, including two\" count two groups. A figure that counts a toll or a
running total (morts, blessés, victims) is reported as information only: provisional tolls
rise from one report to the next. A toll that moves against the calendar is a warning: higher
than a later day's report, lower than an earlier day's, or one report of a day against two or
more of that day (or against one of that day, when neither is hedged). So do counts of people said dead, missing or injured, and parts of a toll
(\"51 morts, dont 15 enfants\"); people a vehicle carries (\"87 people on board\") are a
fixed count. A count of voters is keyed by its side (\"364 voted against\", \"194 in favour\"),
a share of the vote by its candidate, a length by its dimension (\"à 10 km de profondeur\").
A toll the reports give for two countries or more (\"19 morts en Jamaïque\",
\"25 killed in Haiti\") is compared country by country (`dead@HT`). An approximate figure
that still conflicts is a warning.

Outside aligned sentences, the rule reads **claims** (see `recoupe facts`): each figure is
keyed by the event it belongs to and a concept from the bilingual lexicon
(`rules/lexicon/concepts.toml`: \"morts\" = \"dead\" = \"killed\", \"soldats\" = \"troops\"), so a French report and an English one that share no
sentence are compared. The claims of one key are weighed against their consensus:
- compatible values agree (bounds, hedges within 15% (5% for a precise hedged figure), rounding);
- each outlet counts once, and copies of one sentence count as one source;
- the value fewer independent sources support is reported, with up to 3 supporting reports
  as related labels and the totals in the message;
- **error** only when at least 2 independent sources stand against 1, with no hedge and no
  legitimate reason (a caption, a toll: tolls are information); a single source against another is a **warning**, given on both sides, since neither outvotes the other; two values
  each held by several sources are a split and are not reported;
- an article that gives two values for one key (a headline against its body) is a warning;
  so is a headline's toll that none of its own body's tolls fits, though a toll may rise
  between reports.

**Near misses.** An amount that nothing keys by concept (a sum in the background, a
duration, a count of a word the lexicon does not know) is still matched by value: within an
event that at least 3 independent sources report, an amount in one unit (dollars, days,
km, or a plain count of 20 or more that is no toll) that one source alone gives, within a
ratio of 1.5 (1.2 for plain counts and percentages) of an amount of the same unit that at least 2 other sources give and that this source never gives,
is a **warning** (\"une offre de 25 milliards de dollars\" where three reports give 23
billion). So is, when an event's only two amounts of a unit come one from each of two
sources, within a ratio of 1.25 of each other (\"doté de 11 millions de couronnes\", \"13
million Swedish crowns\"): both reports get the warning, as one source against one outvotes
neither. Never an error: the two amounts may be about two things.

A difference between two photo captions is information: two photos may show two moments.
When the two sentences also differ by another date, figure or entity, they more likely state
two facts (the trade of 2022 and of 2024) than carry one slip: a warning.

### Why is this bad
Two sources cannot both be right about one number; one of them mistyped, misread or copied an
outdated figure.

### Examples
\"un montant record de 240 milliards d'euros\" in two articles and \"245 milliards d'euros\" in
a third: the third is reported.
";

struct FigureConflict(RuleMeta);

/// Three reports of a storm's tolls in two countries, the first giving `jamaica` for
/// Jamaica's (rule examples).
fn storm(jamaica: u32) -> Vec<(String, String)> {
    vec![
        ("a.txt".into(), format!(" date 2025-10-30 T\n\nL'ouragan Melissa a fait {jamaica} morts en Jamaïque mardi 28 octobre, et 25 morts en Haïti, selon les autorités.\n")),
        ("b.txt".into(), "+++\nlang = \"en\"\ndate = 2025-10-30\n+++\nT\n\nHurricane Melissa killed 19 people in Jamaica on Tuesday, October 28, officials said. In Haiti, 25 people were killed, the civil protection agency said.\n".into()),
        ("c.txt".into(), " date 2025-10-30 T\n\nMardi 28 octobre, l'ouragan Melissa a tué 19 personnes en Jamaïque. En Haïti, la protection civile a compté 25 morts.\n".into()),
    ]
}

/// Two reports of a confidence vote, the English one giving `against` lawmakers against the
/// government (rule examples).
fn vote(against: u32) -> Vec<(String, String)> {
    vec![
        ("a.txt".into(), " date 2026-02-10 T\n\nLundi 9 février, lors du vote de confiance, 301 députés ont voté contre le gouvernement, et 250 députés l'ont soutenu.\n".into()),
        ("b.txt".into(), format!("+++\nlang = \"en\"\ndate = 2026-02-10\n+++\nT\n\nIn Monday's confidence vote on February 9, {against} lawmakers voted against the government and 250 lawmakers voted in favour.\n")),
    ]
}

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |v: &str| {
        format!("T\n\nLa Chine a échangé l'an dernier avec la Russie un montant record de biens à hauteur de {v}, selon les douanes chinoises.\n")
    };
    Box::new(FigureConflict(RuleMeta {
        id: "figure/conflict".into(),
        category: "figure".into(),
        default_severity: Severity::Error,
        scope: Scope::Pair,
        summary: "aligned passages with different values or units for one figure".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(&[("a.txt", &s("240 milliards d'euros")), ("b.txt", &s("240 milliards d'euros")), ("c.txt", &s("245 milliards d'euros"))], 1),
            Example::many(&[("a.txt", &s("240 milliards d'euros")), ("b.txt", &s("240 milliards de dollars"))], 1),
            Example::many(&[("a.txt", &s("240 milliards d'euros")), ("b.txt", &s("près de 250 milliards d'euros"))], 0),
            Example::many(
                &[
                    ("a.txt", "T\n\nLe séisme a fait 296 morts dans la province, selon un bilan provisoire des autorités.\n"),
                    ("b.txt", "T\n\nLe séisme a fait 820 morts dans la province, selon un bilan provisoire des autorités.\n"),
                ],
                1,
            ),
            // A toll counted in two countries is compared country by country: 19 in Jamaica
            // and 25 in Haiti are two counts. Changed in one report, Jamaica's is reported
            // (as information: a toll may rise within the day).
            Example {
                articles: storm(19),
                expect: 0,
            },
            Example {
                articles: storm(21),
                expect: 1,
            },
            // The two sides of a vote are two counts; a side changed in one report is
            // one source against another, a warning on each side.
            Example {
                articles: vote(301),
                expect: 0,
            },
            Example {
                articles: vote(310),
                expect: 2,
            },
            // An ordinal before a title counts holders of one office, whatever the words for
            // it ("président", "president", "chef de l'État").
            Example::many(
                &[
                    ("a.txt", " date 2026-03-02 T\n\nDonald Trump, le 47e président des États-Unis, a reçu Emmanuel Macron à Washington le 1er mars 2026.\n"),
                    ("b.txt", "+++\nlang = \"en\"\ndate = 2026-03-02\n+++\nDonald Trump, the 47th president of the United States, received Emmanuel Macron in Washington on March 1, 2026.\n"),
                    ("c.txt", " date 2026-03-02 T\n\nLe 1er mars 2026, Emmanuel Macron a été reçu à Washington par Donald Trump, 45e chef de l'État américain.\n"),
                ],
                1,
            ),
            // A floor both firm values fit settles nothing: 61 against 67 seats is one source
            // against one, a warning on each side.
            Example::many(
                &[
                    ("a.txt", " date 2026-05-04 T\n\nAux élections régionales de dimanche 3 mai en Bavière, la CSU a remporté 61 sièges.\n"),
                    ("b.txt", "+++\nlang = \"en\"\ndate = 2026-05-04\n+++\nT\n\nIn the regional election in Bavaria on Sunday, May 3, the CSU won 67 seats.\n"),
                    ("c.txt", " date 2026-05-04 T\n\nLors du scrutin régional de dimanche 3 mai en Bavière, la CSU a obtenu au moins 60 sièges.\n"),
                ],
                2,
            ),
            // An amount no concept keys, matched by value: three reports give a rejected offer
            // of 23 billion dollars, the fourth 25 billion and never 23.
            Example::many(
                &[
                    ("a.txt", " date 2025-03-19 T\n\nLe groupe Alphabet a annoncé mardi 18 mars le rachat de Wiz. L'an dernier, Wiz avait rejeté une offre de 23 milliards de dollars.\n"),
                    ("b.txt", "+++\nlang = \"en\"\ndate = 2025-03-19\n+++\nAlphabet announced on Tuesday, March 18, that it will buy Wiz. Last year Wiz turned down a $23 billion offer.\n"),
                    ("c.txt", "+++\nlang = \"en\"\ndate = 2025-03-19\n+++\nAlphabet said on Tuesday, March 18, it had agreed to buy Wiz. A year earlier, Wiz had rejected a $23bn bid.\n"),
                    ("d.txt", " date 2025-03-19 T\n\nAlphabet a annoncé mardi 18 mars l'acquisition de Wiz. La start-up avait décliné une offre de 25 milliards de dollars en 2024.\n"),
                ],
                1,
            ),
        ],
    }))
}

fn stem(n: &Option<String>) -> Option<String> {
    n.as_ref()
        .map(|s| s.trim_end_matches(['s', 'x']).to_string())
}

fn same_quantity(a: &FigureFact, b: &FigureFact) -> bool {
    if a.ordinal != b.ordinal {
        return false;
    }
    match (stem(&a.noun), stem(&b.noun)) {
        (Some(x), Some(y)) if x != y => return false,
        _ => {}
    }
    a.unit.is_some() || b.unit.is_some() || a.noun.is_some() || b.noun.is_some()
}

impl Rule for FigureConflict {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let mut seen: HashSet<(ArticleId, Span)> = HashSet::new();
        // Passages whose near miss an aligned copy confirms: every copy of them is an error.
        let mut confirmed: HashSet<&str> = HashSet::new();
        let mut pending = Vec::new();
        let places = crate::rules::outlier_places(an, false);
        let firm_outlier = |article: ArticleId, span: Span| {
            an.outliers.iter().any(|o| {
                let c = &an.claims[o.claim];
                o.severity != Severity::Info && c.article == article && c.span.overlaps(span)
            })
        };
        // A near miss that an aligned copy shows is one figure changed in one sentence: the
        // pair reports it, on the near miss's side, with the copies' evidence.
        let near = crate::rules::outlier_places(an, true);
        let is_near = |article: ArticleId, span: Span| {
            near.get(&article)
                .is_some_and(|spans| spans.iter().any(|s| s.overlaps(span)))
        };
        for r in replacements(an) {
            if r.kind != DiffKind::Figure {
                continue;
            }
            let (sus, refr) = (r.suspect, r.reference);
            let fs = &an.facts[sus.article.0 as usize].figures;
            let fr = &an.facts[refr.article.0 as usize].figures;
            let touch = |f: &&FigureFact, d: Span| f.span.overlaps(d);
            let Some(a) = fs
                .iter()
                .filter(|f| sus.span.contains(f.span))
                .find(|f| touch(f, r.here))
            else {
                continue;
            };
            let Some(b) = fr
                .iter()
                .filter(|f| refr.span.contains(f.span))
                .find(|f| touch(f, r.there))
            else {
                continue;
            };
            let (sus, refr, a, b) =
                if is_near(refr.article, b.span) && !is_near(sus.article, a.span) {
                    confirmed.insert(an.corpus.get(refr.article).slice(refr.span));
                    (refr, sus, b, a)
                } else {
                    (sus, refr, a, b)
                };
            if consensus_decides(
                &places,
                (sus.article, a.span, sus.support),
                (refr.article, b.span, refr.support),
            ) || !same_quantity(a, b)
            {
                continue;
            }
            // "Un accord de 550 milliards" aligned with "550 milliards …, à l'issue d'une
            // rencontre de 90 minutes": a figure the other sentence also gives is no
            // replacement, whatever the diff paired it with.
            let also_in = |x: &FigureFact, facts: &[FigureFact], span: Span| {
                facts
                    .iter()
                    .filter(|f| span.contains(f.span))
                    .any(|f| f.unit == x.unit && f.compatible(x))
            };
            let figures_of = |article: ArticleId| &an.facts[article.0 as usize].figures;
            if also_in(a, figures_of(refr.article), refr.span)
                || also_in(b, figures_of(sus.article), sus.span)
            {
                continue;
            }
            let unit_clash = a.unit.is_some() && b.unit.is_some() && a.unit != b.unit;
            if !unit_clash && a.compatible(b) {
                continue;
            }
            let sa = an.corpus.get(sus.article);
            let sb = an.corpus.get(refr.article);
            let (ta, tb) = (sa.slice(a.span), sb.slice(b.span));
            let what = if unit_clash { "unit" } else { "figure" };
            let mut d = Diagnostic::new(
                Label::new(sus.article, a.span, format!("{} here", a.display())),
                format!("{what} `{ta}` conflicts with `{tb}` in {}", sb.display),
            )
            .related(Label::new(
                refr.article,
                b.span,
                format!("{} here", b.display()),
            ))
            .help(format!(
                "{} source(s) say `{ta}`, {} say `{tb}`",
                sus.support, refr.support
            ));
            if a.evolving
                || b.evolving
                || counts_a_toll(an, sus.article, a.span)
                || counts_a_toll(an, refr.article, b.span)
            {
                // The consensus weighs a toll against the calendar of every report (see
                // `consensus::judge`): when it finds the count worth a look, it says so.
                if firm_outlier(sus.article, a.span) {
                    continue;
                }
                d = d.at_most(Severity::Info).help(format!(
                        "`{ta}` against `{tb}`: a toll or running total that may have been updated between reports ({} vs {})",
                        date_of(an, sus.article),
                        date_of(an, refr.article)
                    ));
            } else if a.qualifier != Qualifier::Exact || b.qualifier != Qualifier::Exact {
                d = d.at_most(Severity::Warning);
            }
            if let Some(cap) = r.severity_cap(an) {
                d = d.at_most(cap);
            }
            seen.insert((sus.article, a.span));
            seen.insert((refr.article, b.span));
            pending.push(d);
        }
        for d in merge_by_primary(pending) {
            ctx.report(d);
        }
        // Outside aligned sentences: figures of one event (or of sentences naming the same
        // people) that count one concept differently.
        report_claim_outliers(
            an,
            ctx,
            &[Aspect::Quantity, Aspect::Ordinal, Aspect::Measure],
            &seen,
            "figure",
            |o, d| {
                let c = &an.claims[o.claim];
                let passage = an.corpus.get(c.article).slice(c.sentence);
                if c.key.aspect == Aspect::Measure && confirmed.contains(passage) {
                    let firm = crate::claims::consensus::Outlier {
                        severity: Severity::Error,
                        reason: None,
                        ..o.clone()
                    };
                    crate::claims::consensus::diagnostic(an, &firm, "figure")
                } else {
                    d
                }
            },
        );
    }
}

/// True when the claim read from a figure counts a toll or a running total, however the
/// sentence words it ("le bilan s'élève à 296", where the figure itself has no noun).
fn counts_a_toll(an: &Analysis, article: ArticleId, span: Span) -> bool {
    let from = an.claims.partition_point(|c| c.article < article);
    an.claims[from..]
        .iter()
        .take_while(|c| c.article == article)
        .any(|c| c.span.overlaps(span) && c.soft == crate::claims::Soft::Evolving)
}

fn date_of(an: &Analysis, id: crate::finding::ArticleId) -> String {
    an.corpus
        .get(id)
        .meta
        .date
        .map_or("undated".into(), |d| d.date.to_string())
}

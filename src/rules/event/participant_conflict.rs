//! `event/participant-conflict`: a person one report of an event names as taking part, where
//! no other report names that person or anyone or anything of their country.

use crate::analysis::Analysis;
use crate::finding::Severity;
use crate::rules::entity::lone::{example_reports, report_lone, Lone};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Among the reports of one event (see `recoupe events`), reports a person of the gazetteer that
one source alone names in the sentences about the event, when no other source names that
person, their country, or any place or person of that country, and the article names nothing
else of that country either; at least three independent sources must report the event. A
person introduced by nationality (\"le Premier ministre indien Narendra Modi\") or placed in a
happening before or after the event (\"après sa rencontre avec Emmanuel Macron\") is someone
the report brings in for context, and is left alone; so is one named by a report that also
names every person two other sources name (a leader quoted beside the ones all reports name):
a swap takes someone's place. It is not left alone when its report leaves out a person another
source names, of a country the report names itself (another leader where one report has the
host's president), or one named in a sentence that names a place another report names beside
a person this report leaves out (\"X sent condolences from Rome\" where another report has the
pope there): one source against one, both are reported. A report that shares no name with the
others (the visitor himself swapped) still counts as one of the event's reports when it names a
happening of the same kind on the same days as an event at least three articles report, and no
other such event exists. The
help names the people the other reports agree on, with up to three of them as related labels.

It also weighs **who did it**: the actor of a happening with one actor (a death, an arrival, a
departure, a visit, a resignation, an arrest, an election, an inauguration, a funeral), read
as the person right before the verb (\"le pape François est décédé\", \"Xi Jinping landed\")
or right after the noun through \"de\"/\"of\" (\"la mort du pape François\", \"the visit of
Vladimir Putin\"), in the sentences that date the event. An undated article counts too: its
lede (title and first paragraph) names a happening of a specific kind, so it joins the one
event of that kind that at least three articles report, even when its names differ from theirs
(they may be the slip); only who did it is weighed there. The person fewer independent
sources give is reported against the consensus (`recoupe facts` shows these claims as
`person (death)`), even when another report names that person elsewhere. Calls, meetings and
talks have two sides and either may be the subject: they are not weighed.

It also compares **who stands where**, with any number of reports: a person named right
beside a city or an organisation (at most three words apart, no punctuation but a comma:
\"À Washington, Joe Biden a salué\") where a report of another source names someone else
beside the same city, when neither report names the other's person anywhere. One source
against one cannot be settled, so both are reported; a person another source names too is
never reported this way.

Independent sources: each outlet counts once (the `source` metadata, else the file name
without a trailing number), and copies of one sentence count as one source.

Severity: a warning. A report may name a person the others leave out, but a participant
swapped for a leader of another country (\"Emmanuel Macron\" as the host of a visit to Pékin
that every other report says Xi Jinping received) is exactly this shape, and only the
comparison with the other reports can see it.

### Why is this bad
Who met whom, who called whom, who received whom is the heart of the story; the wrong name
there is the slip readers and the people named notice first.

### Examples
Three reports say Xi Jinping received Vladimir Poutine; a fourth says Emmanuel Macron did,
and names nothing else of France: the fourth is reported.
";

struct ParticipantConflict(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let reports = [
        "Le président russe Vladimir Poutine est arrivé le 16 mai 2026 à Pékin, où {} l'a reçu pour une visite d'État.",
        "Russia's Vladimir Putin landed in Beijing on May 16, 2026 for a state visit, greeted by {} at the airport.",
        "Vladimir Poutine a été accueilli par {} à Pékin le 16 mai 2026, au premier jour d'une visite de deux jours.",
        "Arrivé à Pékin le 16 mai 2026, Vladimir Poutine a entamé une visite d'État très attendue auprès de {}.",
    ];
    let mk = |people: &[&str]| example_reports("2026-05-17", &reports, people);
    // Four reports of a storm; the last names who sent condolences from Brussels.
    let condolences = |who: &str| {
        example_reports(
            "2026-03-13",
            &[
                "Une tempête a frappé la Bretagne le 12 mars 2026, faisant neuf morts. Emmanuel Macron s'est rendu à Brest. Keir Starmer a adressé ses condoléances depuis Bruxelles, où il assistait à un sommet.",
                "A storm hit Brittany on March 12, 2026, killing nine people. Emmanuel Macron visited Brest, where he met rescuers.",
                "La tempête du 12 mars 2026 a fait neuf morts en Bretagne, où Emmanuel Macron s'est rendu.",
                "A storm killed nine people in Brittany on March 12, 2026, and Emmanuel Macron visited Brest. {} sent condolences from Brussels.",
            ],
            &["", "", "", who],
        )
    };
    let freed = |who: &str| {
        example_reports(
            "2026-04-10",
            &[
                "Un séisme a frappé la Crète le 9 avril 2026, faisant trois morts. À Washington, {} a proposé l'aide des États-Unis.",
                "An earthquake struck Crete on April 9, 2026, killing three people. In Washington, Joe Biden offered American help.",
            ],
            &[who, ""],
        )
    };
    Box::new(ParticipantConflict(RuleMeta {
        id: "event/participant-conflict".into(),
        category: "event".into(),
        default_severity: Severity::Warning,
        scope: Scope::Event,
        summary: "a participant one report of an event names, of a country no other report names, or who did it against the other reports"
            .into(),
        docs: DOCS.into(),
        examples: vec![
            Example {
                articles: mk(&["Xi Jinping", "Xi Jinping", "Xi Jinping", "Emmanuel Macron"]),
                expect: 1,
            },
            // Li Qiang is Chinese, like the host the other reports name: a different account
            // of the welcome, not a swapped country.
            Example {
                articles: mk(&["Xi Jinping", "Xi Jinping", "Xi Jinping", "Li Qiang"]),
                expect: 0,
            },
            // Someone met before the event is context, not a participant.
            Example {
                articles: vec![
                    ("a.txt".into(), " date 2026-05-17 T\n\nLe président russe Vladimir Poutine est arrivé le 16 mai 2026 à Pékin, où Xi Jinping l'a reçu.\n".into()),
                    ("b.txt".into(), " date 2026-05-17 T\n\nRussia's Vladimir Putin landed in Beijing on May 16, 2026, greeted by Xi Jinping.\n".into()),
                    ("c.txt".into(), " date 2026-05-17 T\n\nVladimir Poutine a été accueilli par Xi Jinping à Pékin le 16 mai 2026.\n".into()),
                    ("d.txt".into(), " date 2026-05-17 T\n\nArrivé à Pékin le 16 mai 2026, Vladimir Poutine a retrouvé Xi Jinping, quelques jours après sa rencontre avec Emmanuel Macron.\n".into()),
                ],
                expect: 0,
            },
            // The visitor himself swapped: the fourth report shares no name with the others,
            // yet it reports a visit on the same days, so it is weighed against them.
            Example {
                articles: example_reports(
                    "2026-05-17",
                    &[
                        "Le président russe {} est arrivé le 16 mai 2026 à Pékin pour une visite d'État.",
                        "Russia's {} landed in Beijing on May 16, 2026 for a state visit.",
                        "Arrivé à Pékin le 16 mai 2026, {} entame une visite d'État de deux jours.",
                        "La visite d'État de {} à Pékin a commencé le 16 mai 2026.",
                    ],
                    &["Vladimir Poutine", "Vladimir Putin", "Vladimir Poutine", "Olaf Scholz"],
                ),
                expect: 1,
            },
            // Who arrived: three reports say Xi Jinping, one Li Qiang. Same country, so no
            // lone country; the actor of the arrival is weighed against the others.
            Example {
                articles: example_reports(
                    "2026-05-08",
                    &[
                        "{} est arrivé à Moscou le 7 mai 2026 pour une visite de trois jours.",
                        "{} arrived in Moscow on May 7, 2026, for a three-day visit.",
                        "Le 7 mai 2026, {} est arrivé à Moscou, où il restera trois jours.",
                        "{} est arrivé à Moscou le 7 mai 2026, selon l'agence Chine nouvelle.",
                    ],
                    &["Xi Jinping", "Xi Jinping", "Xi Jinping", "Li Qiang"],
                ),
                expect: 1,
            },
            // An undated article whose lede names the arrival: it joins the one large visit
            // event by that kind, its names being the slip, and its arrival is weighed.
            Example {
                articles: vec![
                    ("a.txt".into(), " date 2026-05-08 T\n\nXi Jinping est arrivé à Moscou le 7 mai 2026 pour une visite de trois jours.\n".into()),
                    ("b.txt".into(), " date 2026-05-08 T\n\nXi Jinping arrived in Moscow on May 7, 2026, for a three-day visit.\n".into()),
                    ("c.txt".into(), " date 2026-05-08 T\n\nLe 7 mai 2026, Xi Jinping est arrivé à Moscou, où il restera trois jours.\n".into()),
                    ("d.txt".into(), "Li Qiang est arrivé à Moscou jeudi pour une visite de trois jours, selon l'agence Chine nouvelle.\n".into()),
                ],
                expect: 1,
            },
            // Condolences sent from Brussels: one report says Keir Starmer sent them, another
            // puts Olaf Scholz in the same sentence. The report names everyone the others
            // name besides (Emmanuel Macron), yet one took the other's place: one source
            // against one, both are reported.
            Example {
                articles: condolences("Olaf Scholz"),
                expect: 2,
            },
            Example {
                articles: condolences("Keir Starmer"),
                expect: 0,
            },
            // Follow-up coverage: two reports of a death, two of the funeral four days
            // later, each happening told by two sources only. Their leads name the same
            // protagonist, so they are one story of four sources, and the leader only one
            // funeral report names, of a country no report names, is reported.
            Example {
                articles: example_reports(
                    "2026-06-06",
                    &[
                        "Artur Velkov, ancien dirigeant bulgare, est mort le 1er juin 2026 à Sofia, à l'âge de 88 ans.",
                        "Artur Velkov, Bulgaria's former leader, died in Sofia on June 1, 2026, aged 88.",
                        "Des milliers de Bulgares ont rendu le 5 juin 2026 un dernier hommage à Artur Velkov, à Sofia, en présence de {}.",
                        "Thousands paid their last respects to Artur Velkov in Sofia on June 5, 2026.",
                    ],
                    &["", "", "Emmanuel Macron", ""],
                ),
                expect: 1,
            },
            // Two sources only: too few to speak of a consensus.
            Example {
                articles: mk(&["Xi Jinping", "Emmanuel Macron"]),
                expect: 0,
            },
            // Two reports of a ship freed from a canal: both name Washington, one with Joe
            // Biden beside it, the other with Emmanuel Macron, and neither names the
            // other's person. One against one: both are reported.
            Example {
                articles: freed("Emmanuel Macron"),
                expect: 2,
            },
            Example {
                articles: freed("Joe Biden"),
                expect: 0,
            },
        ],
    }))
}

impl Rule for ParticipantConflict {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let done = report_lone(an, ctx, Lone::Person);
        super::super::entity::lone::report_frames(an, ctx, Lone::Person, &done);
        // Who did it, against the consensus of the event's reports (see `Aspect::Agent`).
        crate::rules::report_claim_outliers(
            an,
            ctx,
            &[crate::claims::Aspect::Agent],
            &std::collections::HashSet::new(),
            "person",
            |_, d| d,
        );
    }
}

//! `entity/uncorroborated-place`: a city that one report of an event names where no other
//! report names that city or anything else of its country.

use super::lone::{example_reports, report_lone, Lone};
use crate::analysis::Analysis;
use crate::finding::Severity;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope as RuleScope};

const DOCS: &str = "\
### What it does
Among the reports of one event (see `recoupe events`), reports a city or capital that one
source alone names, when no other source names that city, its country, or any other place
or person of that country, and at least three independent sources report the event. A place
of fewer than 10,000 inhabitants (by the gazetteer) is left out: named once, it is a local
detail or a saint read as a town (\"les clés de Saint-Pierre\") far more often than a swap.
A nationality word in another report's headline or first paragraph counts as naming the
country (\"the French Open\" for Paris). Left out too: a place given with another year than
the event's (\"leur sommet d'Helsinki, en 2018\"), and a city that names a treaty or an
agreement (\"l'accord de Paris\", \"the Kyoto Protocol\"). An organisation names the city it
sits in (`seats` in `rules/gazetteer/people.toml`): \"Bruxelles doit se prononcer\" is
corroborated by another report's \"the European Commission\". A dateline's city counts as any other: a
dispatch filed from a bureau abroad is reported, since a swapped dateline has exactly that
shape. A report whose own happenings too few sources report (the charge on the day after a
shooting) is weighed among the reports of the story the reports it shares a happening with
lead with. The help names the places the other reports agree on, with up to three of them as
related labels.

It also compares **who stands where**, with any number of reports: a city named right beside
a person, an organisation or another proper name (at most three words apart, no punctuation
but a comma: \"À Washington, Joe Biden a salué\", \"Lloyd's List, basé à Londres\") where a
report of another source names another city beside the same anchor, when neither report names
the other's city anywhere. One source against one cannot be settled, so both are reported; a
city another source names too is never reported this way.

Independent sources: each outlet counts once (the `source` metadata, else the file name
without a trailing number), and copies of one sentence count as one source.

Severity: a warning. One source naming a place is no proof of a slip (a report may add a
background fact no one else gives), but a capital swapped for another (\"Londres\" where the
story is about Moscou and Pékin) is exactly this shape, and only the comparison with the
other reports can see it.

### Why is this bad
A place that belongs to no country the story is about is the mark of a swapped entity: the
wrong capital typed, a city from another dispatch pasted in.

### Examples
Three reports of a visit to Moscou by Xi Jinping, and a fourth that quotes a statement issued
\"depuis Tokyo\": the fourth is reported.
";

struct UncorroboratedPlace(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    // Reports worded differently (copies of one sentence count as one source).
    let reports = [
        "Le président chinois Xi Jinping est arrivé le 20 mars 2026 à {} pour une visite d'État auprès de Vladimir Poutine.",
        "China's leader Xi Jinping landed in {} on March 20, 2026 for talks with Vladimir Putin.",
        "Vladimir Poutine a accueilli Xi Jinping à {} le 20 mars 2026, au premier jour d'une visite de trois jours.",
        "Xi Jinping a entamé le 20 mars 2026 une visite très attendue chez Vladimir Poutine, selon un communiqué diffusé depuis {}.",
    ];
    let mk = |places: &[&str]| example_reports("2026-03-21", &reports, places);
    // A treaty named after the city where it was signed is no place of the event.
    let mut treaty = reports;
    treaty[3] = "Xi Jinping a entamé le 20 mars 2026 une visite chez Vladimir Poutine, dix ans après la signature de l'accord de {} sur le climat.";
    let offered = |place: &str| {
        example_reports(
            "2026-04-10",
            &[
                "Un séisme a frappé la Crète le 9 avril 2026, faisant trois morts. À {}, Joe Biden a proposé l'aide des États-Unis.",
                "An earthquake struck Crete on April 9, 2026, killing three people. In Washington, Joe Biden offered American help.",
            ],
            &[place, ""],
        )
    };
    // Saint-Denis, north of Paris, shares its name with Réunion's capital, the one the
    // gazetteer knows: a place of France's overseas territories is France, which the others
    // name.
    let near_paris = |last: &str| {
        example_reports(
            "2026-11-15",
            &[
                "Le XV de France a battu l'Irlande 24-19 le 14 novembre 2026 à Paris.",
                "France beat Ireland 24-19 in Paris on November 14, 2026.",
                "La France a dominé l'Irlande à Paris le 14 novembre 2026, sur le score de 24-19.",
                "Le XV de France s'est imposé 24-19 face à l'Irlande le 14 novembre 2026 à {}.",
            ],
            &["", "", "", last],
        )
    };
    // An abbreviation in another report's lede names the country as a nationality does
    // ("U.S. officials said").
    let abbreviated = |who: &str| {
        example_reports(
            "2026-03-21",
            &[
                "Le président chinois Xi Jinping est arrivé le 20 mars 2026 à Moscou pour une visite d'État auprès de Vladimir Poutine.",
                "China's leader Xi Jinping arrived in Moscow on March 20, 2026 for talks with Vladimir Putin, {} officials said.",
                "Vladimir Poutine a accueilli Xi Jinping à Moscou le 20 mars 2026, au premier jour d'une visite de trois jours.",
                "Xi Jinping a entamé le 20 mars 2026 une visite très attendue chez Vladimir Poutine, selon un communiqué diffusé depuis Washington.",
            ],
            &["", who, "", ""],
        )
    };
    // A ship named after a city: the other reports name it after a word for a ship, one
    // report alone ("the Toulouse") reads as the city.
    let ship = |first: &str| {
        example_reports(
            "2026-02-15",
            &[
                "{} a chaviré le 14 février 2026 au large de Malte avec 40 passagers à bord, dont trois ont péri.",
                "The ferry Toulouse capsized off Malta on February 14, 2026, killing three of its 40 passengers.",
                "Le navire Toulouse a sombré au large de Malte le 14 février 2026 ; trois des 40 passagers sont morts.",
                "Three passengers died when the ferry Toulouse sank near Malta on February 14, 2026.",
            ],
            &[first, "", "", ""],
        )
    };
    // A deal "jusqu'en 2035": the year it runs to dates no other happening, so the city
    // beside it is still the story's.
    let term = |first: &str| {
        example_reports(
            "2026-03-21",
            &[
                "Xi Jinping a signé le 20 mars 2026 à Moscou un accord énergétique avec Vladimir Poutine. Le contrat avec {} court jusqu'en 2035.",
                "China's leader Xi Jinping signed an energy deal in Moscow on March 20, 2026, with Vladimir Putin.",
                "Vladimir Poutine a reçu Xi Jinping à Moscou le 20 mars 2026 et a signé avec lui un accord sur l'énergie.",
                "Xi Jinping et Vladimir Poutine ont signé le 20 mars 2026 à Moscou un accord énergétique.",
            ],
            &[first, "", "", ""],
        )
    };
    // A report names an organisation, another the city it sits in.
    let seat = |first: &str| {
        example_reports(
            "2026-03-21",
            &[
                "Le président chinois Xi Jinping est arrivé le 20 mars 2026 à Moscou pour une visite d'État. {} a salué la visite.",
                "China's leader Xi Jinping landed in Moscow on March 20, 2026 for talks with Vladimir Putin.",
                "Vladimir Poutine a accueilli Xi Jinping à Moscou le 20 mars 2026. La Commission européenne a salué la visite.",
                "Xi Jinping a entamé le 20 mars 2026 une visite très attendue chez Vladimir Poutine à Moscou.",
            ],
            &[first, "", "", ""],
        )
    };
    Box::new(UncorroboratedPlace(RuleMeta {
        id: "entity/uncorroborated-place".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: RuleScope::Event,
        summary: "a city one report of an event names, in a country no other report names".into(),
        docs: DOCS.into(),
        examples: vec![
            Example {
                articles: mk(&["Moscou", "Moscou", "Moscou", "Tokyo"]),
                expect: 1,
            },
            // Saint-Pétersbourg is in Russia, which the other reports name.
            Example {
                articles: mk(&["Moscou", "Moscou", "Moscou", "Saint-Pétersbourg"]),
                expect: 0,
            },
            Example {
                articles: example_reports(
                    "2026-03-21",
                    &treaty,
                    &["Moscou", "Moscou", "Moscou", "Tokyo"],
                ),
                expect: 0,
            },
            Example {
                articles: near_paris("Saint-Denis"),
                expect: 0,
            },
            // Two sources only: too few to speak of a consensus.
            Example {
                articles: mk(&["Moscou", "Tokyo"]),
                expect: 0,
            },
            // Two reports put Joe Biden in two cities, and neither names the other's: both
            // are reported. The same city in both is quiet.
            Example {
                articles: offered("Berlin"),
                expect: 2,
            },
            Example {
                articles: offered("Washington"),
                expect: 0,
            },
            Example {
                articles: abbreviated("U.S."),
                expect: 0,
            },
            Example {
                articles: abbreviated("Kremlin"),
                expect: 1,
            },
            // The other reports write "Toulouse" too, after a word for a ship: the one that
            // writes it alone names the ship as well. A city no other report writes is still
            // reported.
            Example {
                articles: ship("Le Toulouse"),
                expect: 0,
            },
            Example {
                articles: ship("Le ferry parti de Lisbonne"),
                expect: 1,
            },
            Example {
                articles: term("Tokyo"),
                expect: 1,
            },
            Example {
                articles: term("Moscou"),
                expect: 0,
            },
            // Bruxelles is where the Commission another report names sits.
            Example {
                articles: seat("Bruxelles"),
                expect: 0,
            },
            Example {
                articles: seat("Lisbonne"),
                expect: 1,
            },
            // The seat, not its country: Anvers is in Belgium as Bruxelles is.
            Example {
                articles: seat("Anvers"),
                expect: 1,
            },
        ],
    }))
}

impl Rule for UncorroboratedPlace {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let done = report_lone(an, ctx, Lone::Place);
        super::lone::report_frames(an, ctx, Lone::Place, &done);
    }
}

//! `entity/title-conflict`: one person given the titles of two different offices, against
//! the other reports or within one article.

use super::title_mismatch::title_before;
use crate::analysis::Analysis;
use crate::extract::gazetteer::Gazetteer;
use crate::extract::EntityKind;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;
use std::collections::{BTreeMap, BTreeSet, HashMap};

const DOCS: &str = "\
### What it does
Reads the title written before each person's name (`rules/lexicon/titles.toml`: président,
Premier ministre, ministre...) and compares the offices one person is given across the
corpus. A title that fewer independent sources give than another is reported (\"le
président Ousmane Sonko\" in one report, \"le Premier ministre Ousmane Sonko\" in three), and
so is an article that gives one person two offices (\"le Premier ministre Ousmane Sonko\",
then \"le ministre Ousmane Sonko\").

Only offices one person does not hold at once are compared: head of state, head of
government, deputy head of government, minister. A title after \"ancien\", \"vice\",
\"former\" or \"ex\" is not read. People of the gazetteer whose role it knows are checked
against it by `entity/title-mismatch` instead; this rule covers everyone else, which is most
of the people a story names.

Independent sources: each outlet counts once (the `source` metadata, else the file name
without a trailing number). A warning: offices change, and a report may be older.

### Why is this bad
A wrong title misinforms about who holds power; among several reports of one story it is
also the sign of a name swapped or a sentence copied from another story.

### Examples
Three reports write \"le Premier ministre Ousmane Sonko\" and one \"le président Ousmane
Sonko\": the one is reported.
";

/// Offices one person does not hold at the same time.
const EXCLUSIVE: &[&str] = &[
    "head-of-state",
    "head-of-government",
    "vice-head-of-government",
    "minister",
];

struct TitleConflict(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let pm = "Le Premier ministre Ousmane Sonko a reçu mardi une délégation du Fonds monétaire international à Dakar.";
    Box::new(TitleConflict(RuleMeta {
        id: "entity/title-conflict".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "one person given the titles of two different offices".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{pm}\n")),
                    ("b.txt", "B\n\nÀ Dakar, le Premier ministre Ousmane Sonko a défendu mardi son plan de redressement.\n"),
                    ("c.txt", "C\n\nSenegal's prime minister Ousmane Sonko met IMF officials in Dakar on Tuesday.\n"),
                    ("d.txt", "D\n\nLe président Ousmane Sonko a reçu mardi une mission du FMI dans la capitale.\n"),
                ],
                1,
            ),
            // One article, two offices for one man.
            Example::one(
                &format!("T\n\n{pm} Le ministre Ousmane Sonko a ensuite parlé à la presse.\n"),
                1,
            ),
            // A former office is no conflict.
            Example::one(
                &format!("T\n\n{pm} L'ancien président Macky Sall et l'ancien ministre Ousmane Sonko étaient rivaux.\n"),
                0,
            ),
        ],
    }))
}

/// One title given to a person.
struct Use {
    article: ArticleId,
    title: Span,
    name: Span,
    outlet: u32,
}

impl Rule for TitleConflict {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let mut outlets: HashMap<String, u32> = HashMap::new();
        // Person (gazetteer id, else the folded name) → office → its uses, corpus order.
        let mut offices: BTreeMap<String, BTreeMap<&'static str, Vec<Use>>> = BTreeMap::new();
        for a in an.corpus.readable() {
            let n = outlets.len() as u32;
            let outlet = *outlets.entry(crate::claims::outlet(a)).or_insert(n);
            for e in &an.facts[a.id.0 as usize].entities {
                if e.kind != EntityKind::Person
                    || e.entry.is_some_and(|id| g.entry(id).role.is_some())
                {
                    continue;
                }
                let Some((title, office)) = title_before(a, an, e.span) else {
                    continue;
                };
                if !EXCLUSIVE.contains(&office) {
                    continue;
                }
                let person = e.entry.map_or_else(|| fold(&e.name), |id| format!("#{id}"));
                offices
                    .entry(person)
                    .or_default()
                    .entry(office)
                    .or_default()
                    .push(Use {
                        article: a.id,
                        title,
                        name: e.span,
                        outlet,
                    });
            }
        }
        for by_office in offices.values().filter(|o| o.len() > 1) {
            let support: BTreeMap<&str, usize> = by_office
                .iter()
                .map(|(o, uses)| {
                    let s: BTreeSet<u32> = uses.iter().map(|u| u.outlet).collect();
                    (*o, s.len())
                })
                .collect();
            let top = support.values().copied().max().unwrap_or(0);
            let leaders: Vec<&str> = support
                .iter()
                .filter(|(_, &n)| n == top)
                .map(|(o, _)| *o)
                .collect();
            // The office most sources give, when one does.
            let majority = (leaders.len() == 1).then(|| leaders[0]);
            let mut reported: BTreeSet<ArticleId> = BTreeSet::new();
            for (office, uses) in by_office {
                for u in uses {
                    // Against the other reports: an office fewer sources give. Within one
                    // article, with no majority to go by: its later use.
                    let against: Option<(&str, &Use)> = match majority {
                        Some(m) if m != *office => by_office[m]
                            .iter()
                            .find(|x| x.outlet != u.outlet)
                            .map(|x| (m, x)),
                        Some(_) => None,
                        None => by_office
                            .iter()
                            .filter(|(o, _)| *o != office)
                            .flat_map(|(o, v)| v.iter().map(move |x| (*o, x)))
                            .find(|(_, x)| x.article == u.article && x.name.start < u.name.start),
                    };
                    let Some((other_office, other)) = against else {
                        continue;
                    };
                    if !reported.insert(u.article) {
                        continue;
                    }
                    let a = an.corpus.get(u.article);
                    let name = a.slice(u.name);
                    let said = |o: &str| o.replace('-', " ");
                    let message = if other.article == u.article {
                        format!(
                            "`{}` {name}: the same article calls {name} {} elsewhere",
                            a.slice(u.title),
                            said(other_office)
                        )
                    } else {
                        format!(
                            "`{}` {name}: {} independent source(s) give the office of {}, {} the office of {}",
                            a.slice(u.title),
                            support[other_office],
                            said(other_office),
                            support[*office],
                            said(office)
                        )
                    };
                    let mut d = Diagnostic::new(
                        Label::new(u.article, u.title, format!("{} here", said(office))),
                        message,
                    )
                    .related(Label::new(
                        other.article,
                        other.title,
                        format!("{} there", said(other_office)),
                    ))
                    .help("check the title and the name: offices change, and names get swapped");
                    if let Some(m) = majority.filter(|m| *m != *office) {
                        // Up to the cap, one label per other article.
                        let mut shown: BTreeSet<ArticleId> = BTreeSet::from([other.article]);
                        for x in &by_office[m] {
                            if shown.len() >= crate::claims::consensus::RELATED_CAP {
                                break;
                            }
                            if x.outlet != u.outlet && shown.insert(x.article) {
                                d = d.related(Label::new(
                                    x.article,
                                    x.title,
                                    format!("{} there", said(m)),
                                ));
                            }
                        }
                    }
                    ctx.report(d);
                }
            }
        }
    }
}

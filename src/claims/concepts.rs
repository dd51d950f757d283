//! The bilingual concept lexicon (`rules/lexicon/concepts.toml`): counted nouns and date
//! triggers, so that "morts" and "dead", "est arrivé" and "landed" fill the same claim key.

use crate::text::fold;
use crate::text::phrases::PhraseGroups;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    count: Vec<Group>,
    trigger: Vec<Group>,
    phase: Vec<Group>,
    side: Vec<Group>,
    rate: Vec<Group>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    name: String,
    #[serde(default)]
    evolving: bool,
    /// An estimate sources dispute (a crowd size): weighed like a running total.
    #[serde(default)]
    contested: bool,
    /// Voters, counted on each side of a vote ("364 against, 194 for").
    #[serde(default)]
    sided: bool,
    /// What befalls people or what they are to the story ("tués", "evacuated", "employs"):
    /// the word beside a generic count of people that says which count it is ("900
    /// habitants évacués"). A thing counted beside them ("140 aircraft and 9,000 people",
    /// "people forced from their homes") is not.
    #[serde(default)]
    fate: bool,
    words: Vec<String>,
    /// Phrases that hold one of the words and name no happening ("président élu").
    #[serde(default)]
    not: Vec<String>,
}

/// The compiled lexicon.
pub struct Concepts {
    counted: HashMap<String, (u16, bool)>,
    count_names: Vec<String>,
    /// Names of the running totals that only rise (tolls), not disputed estimates.
    toll_names: Vec<String>,
    trigger_names: Vec<String>,
    trigger_words: Vec<Vec<String>>,
    triggers: PhraseGroups,
    /// Every trigger's phrases that name no happening.
    trigger_not: Vec<String>,
    phase_names: Vec<String>,
    phases: PhraseGroups,
    side_names: Vec<String>,
    sides: PhraseGroups,
    /// Names of the counts of voters, which a vote splits into sides.
    sided_names: Vec<String>,
    /// For each counted group, whether it is what befalls people (see `Group::fate`).
    fates: Vec<bool>,
    rate_names: Vec<String>,
    rates: PhraseGroups,
}

/// A counted concept: its name, whether it is a running total and whether it befalls people.
#[derive(Debug, Clone, Copy)]
pub struct Counted<'a> {
    /// Concept name ("dead", "troops").
    pub name: &'a str,
    /// A toll that rises between reports.
    pub evolving: bool,
    /// What befalls people ("tués", "evacuated"), rather than a thing a report counts
    /// ("aircraft", "buildings").
    pub fate: bool,
}

/// Bytes after a percentage that a rate word may stand ("26 % des voix").
const AFTER_REACH: usize = 6;

/// True for the words between a percentage and a rate that say the percentage is the
/// rate's change: "a 42% jump in first-half profit", "a 7% rise in revenue".
fn names_a_change(gap: &str) -> bool {
    const CHANGES: &[&str] = &[
        "jump", "rise", "increase", "fall", "drop", "decline", "gain", "surge", "growth", "slump",
        "plunge", "climb", "decrease", "hike", "cut",
    ];
    let words: Vec<&str> = gap.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && CHANGES.contains(&words[0].strip_suffix('s').unwrap_or(words[0]))
        && matches!(words[1], "in" | "of")
}

/// Distinct sentences a thread keeps the triggers of (see [`Concepts::triggers_of`]): some
/// megabytes of sentences per thread.
const TRIGGER_CACHE: usize = 16_384;

impl Concepts {
    /// The lexicon, compiled once.
    pub fn get() -> &'static Concepts {
        static C: OnceLock<Concepts> = OnceLock::new();
        C.get_or_init(|| {
            Concepts::parse(include_str!("../../rules/lexicon/concepts.toml"))
                .expect("rules/lexicon/concepts.toml is checked by tests")
        })
    }

    fn parse(src: &str) -> Result<Concepts, toml::de::Error> {
        let f: File = toml::from_str(src)?;
        let mut counted = HashMap::new();
        for (i, g) in f.count.iter().enumerate() {
            for w in &g.words {
                counted
                    .entry(fold(w))
                    .or_insert((i as u16, g.evolving || g.contested));
            }
        }
        let trigger_not: Vec<String> = f.trigger.iter().flat_map(|g| g.not.clone()).collect();
        Ok(Concepts {
            counted,
            triggers: PhraseGroups::with_exceptions(
                f.trigger.iter().map(|g| g.words.as_slice()),
                &trigger_not,
            ),
            trigger_not,
            toll_names: f
                .count
                .iter()
                .filter(|g| g.evolving && !g.contested)
                .map(|g| g.name.clone())
                .collect(),
            sided_names: f
                .count
                .iter()
                .filter(|g| g.sided)
                .map(|g| g.name.clone())
                .collect(),
            fates: f.count.iter().map(|g| g.fate).collect(),
            count_names: f.count.into_iter().map(|g| g.name).collect(),
            sides: PhraseGroups::new(f.side.iter().map(|g| g.words.as_slice())),
            side_names: f.side.into_iter().map(|g| g.name).collect(),
            trigger_words: f.trigger.iter().map(|g| g.words.clone()).collect(),
            phases: PhraseGroups::new(f.phase.iter().map(|g| g.words.as_slice())),
            phase_names: f.phase.into_iter().map(|g| g.name).collect(),
            trigger_names: f.trigger.into_iter().map(|g| g.name).collect(),
            rates: PhraseGroups::new(f.rate.iter().map(|g| g.words.as_slice())),
            rate_names: f.rate.into_iter().map(|g| g.name).collect(),
        })
    }

    /// The concept a folded noun counts, if the lexicon knows it (singular or plural, and
    /// a French feminine: "habitantes", "sinistrées" are counted as "habitants",
    /// "sinistrés").
    pub fn counted(&self, noun: &str) -> Option<Counted<'_>> {
        let find = |noun: &str| {
            let singular = noun.strip_suffix(['s', 'x']);
            self.counted
                .get(noun)
                .or_else(|| singular.and_then(|n| self.counted.get(n)))
                .or_else(|| {
                    let masculine = singular.unwrap_or(noun).strip_suffix('e')?;
                    if masculine.len() < 4 {
                        return None;
                    }
                    self.counted.get(masculine)
                })
        };
        // "Marins-pompiers", "avions-cargos": a compound the lexicon lacks counts what one
        // of its parts counts, the last first.
        let hit = find(noun).or_else(|| {
            let (first, last) = noun.split_once('-')?;
            find(last).or_else(|| find(first))
        })?;
        Some(Counted {
            name: &self.count_names[hit.0 as usize],
            evolving: hit.1,
            fate: self.fates[hit.0 as usize],
        })
    }

    /// True when `name` names a toll: a running total that rises between reports ("dead",
    /// "injured"), not an estimate sources dispute (a crowd).
    pub fn is_toll(&self, name: &str) -> bool {
        self.toll_names.iter().any(|n| n == name)
    }

    /// True when `name` names a counted concept of the lexicon ("dead", "troops"), rather
    /// than a noun a report happened to count ("saison").
    pub fn is_count_name(&self, name: &str) -> bool {
        self.count_names.iter().any(|n| n == name)
    }

    /// The phrases that hold a trigger word and name no happening, of every trigger.
    pub fn trigger_exceptions(&self) -> &[String] {
        &self.trigger_not
    }

    /// The words of one trigger concept ("attack": "attentat", "shooting"...), for the event
    /// kinds that take their vocabulary from this lexicon rather than repeat it.
    pub fn trigger_words(&self, name: &str) -> Option<&[String]> {
        let i = self.trigger_names.iter().position(|n| n == name)?;
        Some(&self.trigger_words[i])
    }

    /// The trigger concept named `name`, as the lexicon holds it (an event's kind is one).
    pub fn trigger_name(&self, name: &str) -> Option<&str> {
        self.trigger_names
            .iter()
            .find(|n| *n == name)
            .map(String::as_str)
    }

    /// True when `name` counts voters, whom a vote splits into sides.
    pub fn is_sided(&self, name: &str) -> bool {
        self.sided_names.iter().any(|n| n == name)
    }

    /// The sides ("for", "against", "abstain") the words of a folded clause give, with where
    /// each stands, in text order.
    pub fn sides<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        self.sides
            .find(folded)
            .map(|(p, g)| (p, self.side_names[g].as_str()))
    }

    /// The phase ("start", "end") a word within `reach` bytes of `at` gives a day of a
    /// lasting happening, the nearest if several.
    pub fn phase_near(&self, folded: &str, at: usize, reach: usize) -> Option<&str> {
        self.phases
            .find(folded)
            .map(|(p, g)| (p.abs_diff(at), g))
            .filter(|&(d, _)| d <= reach)
            .min()
            .map(|(_, g)| self.phase_names[g].as_str())
    }

    /// What a percentage written at byte `at` of a folded sentence is a change or a share of
    /// ("le bénéfice a chuté de 70 %", "revenue slid 17%", "26 % des voix"): the rate word
    /// nearest before it within `before` bytes, else one right after it or after the word
    /// of a change ("a 42% jump in profit").
    /// In French, "revenue" is the participle of "revenir" ("l'inflation est revenue à 2,1
    /// %"), not a turnover.
    pub fn rate_of(
        &self,
        folded: &str,
        at: usize,
        end: usize,
        before: usize,
        french: bool,
    ) -> Option<&str> {
        let mut best: Option<(usize, usize)> = None;
        let mut after: Option<usize> = None;
        for (p, g) in self.rates.find(folded) {
            if french && folded[p..].starts_with("revenue") {
                continue;
            }
            if p < at && at - p <= before && best.is_none_or(|(q, _)| p > q) {
                best = Some((p, g));
            } else if p >= end
                && after.is_none()
                && (p - end <= AFTER_REACH || folded.get(end..p).is_some_and(names_a_change))
            {
                after = Some(g);
            }
        }
        best.map(|(_, g)| g)
            .or(after)
            .map(|g| self.rate_names[g].as_str())
    }

    /// [`Concepts::triggers`] of the lexicon, collected. Each date, figure and place of a
    /// sentence asks for the triggers of the same sentence, and wire copy prints one
    /// sentence in many files: a thread keeps what it found per distinct sentence, up to
    /// [`TRIGGER_CACHE`] sentences (then starts afresh), rather than search again.
    pub fn triggers_of(folded: &str) -> std::sync::Arc<[(usize, &'static str)]> {
        type Cache = rustc_hash::FxHashMap<Box<str>, std::sync::Arc<[(usize, &'static str)]>>;
        thread_local! {
            static SEEN: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
        }
        SEEN.with(|seen| {
            let Ok(mut seen) = seen.try_borrow_mut() else {
                return Concepts::get().triggers(folded).collect();
            };
            if let Some(found) = seen.get(folded) {
                return found.clone();
            }
            let found: std::sync::Arc<[(usize, &'static str)]> =
                Concepts::get().triggers(folded).collect();
            if seen.len() >= TRIGGER_CACHE {
                seen.clear();
            }
            seen.insert(folded.into(), found.clone());
            found
        })
    }

    /// The trigger concepts named in a folded text, with their byte offsets in it.
    pub fn triggers<'s: 'f, 'f>(
        &'s self,
        folded: &'f str,
    ) -> impl Iterator<Item = (usize, &'s str)> + 'f {
        self.triggers
            .find(folded)
            .map(|(at, g)| (at, self.trigger_names[g].as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_counts_what_its_parts_count() {
        let c = Concepts::get();
        let name = |n: &str| c.counted(n).map(|x| x.name.to_string());
        assert_eq!(name("marins-pompiers"), name("pompiers"));
        assert!(name("pompiers").is_some());
        assert_eq!(name("avions-cargos"), name("avions"));
        assert_eq!(name("bleu-vert"), None);
    }

    #[test]
    fn a_percentage_s_change_names_the_rate_after_it() {
        let c = Concepts::get();
        let rate = |s: &str| {
            let at = s.find("42").expect("a percentage");
            c.rate_of(s, at, at + 3, 60, false)
        };
        assert_eq!(rate("a 42% jump in first-half profit"), Some("profit"));
        assert_eq!(rate("a 42% share of the vote and profit"), None);
        assert_eq!(rate("a 42% jump and profit"), None);
    }

    #[test]
    fn lexicon_parses_and_joins_languages() {
        let c = Concepts::get();
        assert_eq!(c.counted("morts").map(|x| x.name), Some("dead"));
        assert_eq!(c.counted("killed").map(|x| x.name), Some("dead"));
        assert!(c.counted("dead").is_some_and(|x| x.evolving));
        // Damage is tallied as surveys go on.
        assert!(c
            .counted("structures")
            .is_some_and(|x| x.evolving && x.name == "buildings"));
        assert_eq!(c.counted("soldats").map(|x| x.name), Some("troops"));
        assert_eq!(c.counted("troops").map(|x| x.name), Some("troops"));
        assert!(c.counted("bananes").is_none());
        // General news vocabulary joins the two languages too.
        for (fr, en) in [
            ("manifestants", "protesters"),
            ("sieges", "seats"),
            ("navires", "ships"),
        ] {
            let (f, e) = (c.counted(fr).map(|x| x.name), c.counted(en).map(|x| x.name));
            assert!(f.is_some() && f == e, "{fr} / {en}");
        }
        // A past participle of death in any gender and number dates the death.
        for folded in [
            "elle est decedee le 16 septembre",
            "une militante morte en detention",
        ] {
            assert!(c.triggers(folded).any(|x| x.1 == "death"), "{folded}");
        }
        let t: Vec<_> = c.triggers("xi est arrive lundi a moscou").collect();
        assert_eq!(t.first().map(|x| x.1), Some("arrive"));
        let t: Vec<_> = c.triggers("xi landed in moscow on monday").collect();
        assert_eq!(t.first().map(|x| x.1), Some("arrive"));
        // Happenings beyond diplomacy.
        for (fr, en, name) in [
            (
                "l'attentat a eu lieu mardi",
                "the attack took place on tuesday",
                "attack",
            ),
            (
                "les inondations de mardi",
                "the floods on tuesday",
                "disaster",
            ),
            (
                "il a ete condamne mardi",
                "he was sentenced on tuesday",
                "verdict",
            ),
        ] {
            assert_eq!(c.triggers(fr).next().map(|x| x.1), Some(name), "{fr}");
            assert_eq!(c.triggers(en).next().map(|x| x.1), Some(name), "{en}");
        }
        // Word boundaries: "visited" is not "visit" plus letters.
        assert!(c.triggers("revisiter").next().is_none());
        // An open phrase ("rencontr*") takes any ending of its stem.
        assert_eq!(
            c.triggers("la rencontre a eu lieu vendredi")
                .next()
                .map(|x| x.1),
            Some("meet")
        );
    }
}

//! Groups of phrases matched in folded text on word boundaries: the event kinds of
//! `rules/lexicon/events.toml` and the triggers of `rules/lexicon/concepts.toml` share it.

use super::fold;
use aho_corasick::{AhoCorasick, MatchKind};

/// The group of an exception phrase (see [`PhraseGroups::with_exceptions`]).
const EXCEPTION: usize = usize::MAX;

/// Phrases (folded when built), each belonging to a group, matched leftmost-longest. A
/// phrase ending in `*` is a stem: it matches at a word start and may run on into more
/// letters ("visit*": "visite", "visitera", "visited"), so a lexicon need not list every
/// inflection of a verb. Any phrase also matches with a plural `s` or `x` after it.
/// An English participle used as an adjective ("five derailed tanker cars", "the crashed
/// plane") names a thing, not a happening: it is not reported.
pub struct PhraseGroups {
    ac: AhoCorasick,
    group_of: Vec<usize>,
    stem: Vec<bool>,
}

impl PhraseGroups {
    /// Builds the matcher from groups of phrases; a phrase's group is its group's position.
    pub fn new<'a>(groups: impl IntoIterator<Item = &'a [String]>) -> Self {
        Self::with_exceptions(groups, &[])
    }

    /// [`PhraseGroups::new`], with phrases that hold a phrase of a group and name none of
    /// them ("président élu" is a title, not an election): matched longest first, so they
    /// hide the phrase inside them, and never reported.
    pub fn with_exceptions<'a>(
        groups: impl IntoIterator<Item = &'a [String]>,
        exceptions: &[String],
    ) -> Self {
        let mut pats = Vec::new();
        let mut group_of = Vec::new();
        let mut stem = Vec::new();
        for (i, phrases) in groups.into_iter().enumerate() {
            for p in phrases {
                let open = p.ends_with('*');
                pats.push(fold(p.trim_end_matches('*')));
                group_of.push(i);
                stem.push(open);
            }
        }
        for p in exceptions {
            pats.push(fold(p));
            group_of.push(EXCEPTION);
            stem.push(false);
        }
        PhraseGroups {
            // A DFA: these groups hold a few thousand short phrases, and every sentence is
            // searched many times (each date and figure asks for its nearest trigger).
            ac: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&pats)
                .expect("lexicon phrases are plain strings"),
            group_of,
            stem,
        }
    }

    /// `(byte offset, group)` of every phrase found in `folded` as whole words.
    pub fn find<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || loop {
            let m = self
                .ac
                .find(aho_corasick::Input::new(folded).span(from..folded.len()))?;
            let before = folded[..m.start()].chars().next_back();
            let after = folded[m.end()..].chars().next();
            let p = m.pattern().as_usize();
            // A plural ending is the same word ("secousses", "visites", "calls").
            let plural = matches!(after, Some('s' | 'x'))
                && !folded[m.end() + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            let whole = !before.is_some_and(char::is_alphanumeric)
                && (self.stem[p] || plural || !after.is_some_and(char::is_alphanumeric));
            if !whole {
                // A match inside a word ("a rencontre" in "la rencontre") must not hide a
                // whole word that starts within it ("rencontr*"): search again from the
                // next character rather than past the match.
                from = m.start() + folded[m.start()..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            from = m.end();
            if self.group_of[p] != EXCEPTION
                && !attributive(folded, m.start(), m.end())
                && !averted(folded, m.start())
            {
                return Some((m.start(), self.group_of[p]));
            }
        })
    }
}

/// True when what is named at `start` is what someone tries to prevent or fears ("to prevent
/// an explosion", "pour éviter une explosion", "the risk of a collapse", "la menace d'une
/// grève"): no happening.
fn averted(folded: &str, start: usize) -> bool {
    let mut words = folded[..start]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    for _ in 0..3 {
        match words.next() {
            Some(
                "a" | "an" | "the" | "of" | "un" | "une" | "le" | "la" | "l" | "d" | "de" | "des",
            ) => {}
            Some(
                "prevent" | "prevents" | "avert" | "avoid" | "risk" | "risks" | "threat" | "fear"
                | "fears" | "eviter" | "empecher" | "risque" | "risques" | "menace" | "crainte"
                | "craintes",
            ) => return true,
            _ => return false,
        }
    }
    false
}

/// True when the word at `start` (matched up to `end`) is an English past participle between
/// a determiner or a number and the noun it qualifies: "the derailed train", "five derailed
/// tanker cars". "Police arrested two men" has a subject before the verb, not a determiner.
fn attributive(folded: &str, start: usize, end: usize) -> bool {
    let word_end = folded[end..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(folded.len(), |i| end + i);
    if !folded[start..word_end].ends_with("ed") {
        return false;
    }
    let prev = folded[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let determiner = matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "these"
            | "those"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "several"
    ) || (!prev.is_empty() && prev.bytes().all(|b| b.is_ascii_digit()));
    if !determiner {
        return false;
    }
    let next = folded[word_end..].trim_start();
    let next = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    !next.is_empty()
        && next.chars().all(char::is_alphabetic)
        && !crate::extract::stopwords().contains(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participle_qualifying_a_noun_names_no_happening() {
        let groups = [vec!["derail*".to_string()], vec!["crash*".to_string()]];
        let p = PhraseGroups::new(groups.iter().map(Vec::as_slice));
        let found = |s: &str| p.find(&fold(s)).count();
        assert_eq!(found("Crews burned gas from five derailed tanker cars."), 0);
        assert_eq!(found("Investigators reached the crashed plane."), 0);
        // The happening itself, whatever comes next.
        assert_eq!(found("The train derailed near the border."), 1);
        assert_eq!(found("A freight train derailed Friday."), 1);
        assert_eq!(
            found("The derailed cars were on fire after the train crashed."),
            1
        );
        // What someone tries to prevent or fears is no happening either.
        assert_eq!(found("Crews burned the gas to prevent a crash."), 0);
        assert_eq!(found("Le risque d'un déraillement reste élevé."), 0);
        assert_eq!(found("The risk rose after the crash."), 1);
    }
}

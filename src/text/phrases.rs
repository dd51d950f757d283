//! Groups of phrases matched in folded text on word boundaries: the event kinds of
//! `rules/lexicon/events.toml` and the triggers of `rules/lexicon/concepts.toml` share it.

use super::fold;
use aho_corasick::{AhoCorasick, MatchKind};

/// Phrases (folded when built), each belonging to a group, matched leftmost-longest. A
/// phrase ending in `*` is a stem: it matches at a word start and may run on into more
/// letters ("visit*": "visite", "visitera", "visited"), so a lexicon need not list every
/// inflection of a verb. Any phrase also matches with a plural `s` or `x` after it.
/// The group of an exception phrase (see [`PhraseGroups::with_exceptions`]).
const EXCEPTION: usize = usize::MAX;

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
            if self.group_of[p] != EXCEPTION {
                return Some((m.start(), self.group_of[p]));
            }
        })
    }
}

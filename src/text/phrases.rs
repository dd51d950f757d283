//! Groups of phrases matched in folded text on word boundaries: the event kinds of
//! `rules/lexicon/events.toml` and the triggers of `rules/lexicon/concepts.toml` share it.

use super::fold;
use aho_corasick::{AhoCorasick, MatchKind};

/// Phrases (folded when built), each belonging to a group, matched leftmost-longest.
pub struct PhraseGroups {
    ac: AhoCorasick,
    group_of: Vec<usize>,
}

impl PhraseGroups {
    /// Builds the matcher from groups of phrases; a phrase's group is its group's position.
    pub fn new<'a>(groups: impl IntoIterator<Item = &'a [String]>) -> Self {
        let mut pats = Vec::new();
        let mut group_of = Vec::new();
        for (i, phrases) in groups.into_iter().enumerate() {
            for p in phrases {
                pats.push(fold(p));
                group_of.push(i);
            }
        }
        PhraseGroups {
            ac: AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(&pats)
                .expect("lexicon phrases are plain strings"),
            group_of,
        }
    }

    /// `(byte offset, group)` of every phrase found in `folded` as whole words.
    pub fn find<'a>(&'a self, folded: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.ac.find_iter(folded).filter_map(move |m| {
            let before = folded[..m.start()].chars().next_back();
            let after = folded[m.end()..].chars().next();
            let whole = !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric);
            whole.then(|| (m.start(), self.group_of[m.pattern().as_usize()]))
        })
    }
}

//! Titles written before a person's name ("le Premier ministre", "Chinese President"), by the
//! role they name: data in `rules/lexicon/titles.toml`. `entity/title-mismatch` and
//! `entity/title-conflict` read them before names; claims read them after ordinals.

use crate::text::fold;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitlesFile {
    titles: HashMap<String, Vec<String>>,
    accepts: HashMap<String, Vec<String>>,
}

pub(crate) struct Titles {
    /// Folded title words → role they name, longest first.
    pub(crate) titles: Vec<(Vec<String>, String)>,
    /// For each role of the gazetteer, the title roles that fit it.
    pub(crate) accepts: HashMap<String, Vec<String>>,
}

/// The titles lexicon, loaded once.
pub(crate) fn titles() -> &'static Titles {
    static T: OnceLock<Titles> = OnceLock::new();
    T.get_or_init(|| {
        let f: TitlesFile = toml::from_str(include_str!("../../rules/lexicon/titles.toml"))
            .expect("rules/lexicon/titles.toml is checked by tests");
        let mut titles: Vec<(Vec<String>, String)> = f
            .titles
            .into_iter()
            .flat_map(|(role, ts)| {
                ts.into_iter()
                    .map(move |t| (t.split_whitespace().map(fold).collect(), role.clone()))
            })
            .collect();
        // Longest titles first ("premier ministre" before "ministre").
        titles.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        Titles {
            titles,
            accepts: f.accepts,
        }
    })
}

/// The role a title at the start of `text` names ("266e souverain pontife": pope; "the
/// 44th president": head of state), longest title first: an ordinal before a title counts
/// holders of one office, however the reports word the office.
pub fn title_role_at(text: &str) -> Option<&'static str> {
    let head = &text[..crate::text::floor_boundary(text, 48)];
    let words: Vec<String> = head
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    // "The 39th US president", "the 46th American president": the country's word before
    // the title says whose office, not another office.
    let skip = usize::from(head.split_whitespace().next().is_some_and(|w| {
        crate::extract::demonyms::country_of_abbreviation(w).is_some()
            || crate::extract::demonyms::country_of(w).is_some()
    }));
    let words = &words[skip.min(words.len())..];
    titles()
        .titles
        .iter()
        .find(|(tw, _)| words.len() >= tw.len() && words[..tw.len()] == tw[..])
        .map(|(_, role)| role.as_str())
}

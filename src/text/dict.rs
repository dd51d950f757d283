//! Hunspell dictionaries through `spellbook`. French (`fr`, Dicollecte's classical French),
//! American and British English ship inside the binary (`rules/dictionaries/`, taken from
//! Debian's `hunspell-fr-classical`, `hunspell-en-us` and `hunspell-en-gb`, with their licences),
//! so that every machine gives the same results. `RECOUPE_DICTIONARY=DIR` reads `.aff`/`.dic`
//! pairs from a folder instead, and `RECOUPE_DICTIONARY=none` turns spelling dictionaries off.

use crate::lang::Lang;
use spellbook::Dictionary;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The shipped dictionaries: (name, affix file, word list).
const SHIPPED: &[(&str, &str, &str)] = &[
    (
        "fr",
        include_str!("../../rules/dictionaries/fr.aff"),
        include_str!("../../rules/dictionaries/fr.dic"),
    ),
    (
        "en_US",
        include_str!("../../rules/dictionaries/en_US.aff"),
        include_str!("../../rules/dictionaries/en_US.dic"),
    ),
    (
        "en_GB",
        include_str!("../../rules/dictionaries/en_GB.aff"),
        include_str!("../../rules/dictionaries/en_GB.dic"),
    ),
];

/// Where dictionaries come from.
enum Source {
    Shipped,
    Dir(PathBuf),
    Off,
}

fn source() -> Source {
    match std::env::var("RECOUPE_DICTIONARY") {
        Ok(v) if v == "none" => Source::Off,
        Ok(v) if !v.is_empty() => Source::Dir(PathBuf::from(v)),
        _ => Source::Shipped,
    }
}

fn load(names: &[&str]) -> Option<Dictionary> {
    match source() {
        Source::Off => None,
        Source::Shipped => names.iter().find_map(|n| {
            let (_, aff, dic) = SHIPPED.iter().find(|(name, _, _)| name == n)?;
            Dictionary::new(
                aff.trim_start_matches('\u{feff}'),
                dic.trim_start_matches('\u{feff}'),
            )
            .ok()
        }),
        Source::Dir(dir) => names.iter().find_map(|n| {
            let (aff, dic) = (dir.join(format!("{n}.aff")), dir.join(format!("{n}.dic")));
            let (a, d) = (read(&aff).ok()?, read(&dic).ok()?);
            Dictionary::new(&a, &d).ok()
        }),
    }
}

fn read(p: &Path) -> std::io::Result<String> {
    // Some dictionaries are Latin-1; spellbook wants UTF-8 text.
    let bytes = std::fs::read(p)?;
    let s = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    };
    Ok(s.trim_start_matches('\u{feff}').to_string())
}

/// The dictionary of a language, unless dictionaries are off.
pub fn dictionary(lang: Lang) -> Option<&'static Dictionary> {
    static FR: OnceLock<Option<Dictionary>> = OnceLock::new();
    static EN: OnceLock<Option<Dictionary>> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| load(&["fr", "fr_FR"])).as_ref(),
        Lang::En => EN.get_or_init(|| load(&["en_US", "en_GB", "en"])).as_ref(),
        _ => None,
    }
}

/// A second dictionary of the same language (British English next to American), so that
/// either spelling is a word.
fn variant(lang: Lang) -> Option<&'static Dictionary> {
    static GB: OnceLock<Option<Dictionary>> = OnceLock::new();
    match lang {
        Lang::En => GB.get_or_init(|| load(&["en_GB"])).as_ref(),
        _ => None,
    }
}

/// True when two English words are one word spelt the American and the British way
/// ("meters" and "metres", "color" and "colour", "traveled" and "travelled"): the
/// dictionaries disagree on one of them, and they differ by a regional ending only. "For"
/// and "four", both in both dictionaries, are two words.
pub fn regional_variants(a: &str, b: &str) -> bool {
    let (Some(us), Some(gb)) = (dictionary(Lang::En), variant(Lang::En)) else {
        return false;
    };
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let known = [us.check(&a), gb.check(&a), us.check(&b), gb.check(&b)];
    let each_known = (known[0] || known[1]) && (known[2] || known[3]);
    if !each_known || known.iter().all(|&k| k) {
        return false;
    }
    // British forms to American ones, longest first.
    const ENDINGS: [(&str, &str); 9] = [
        ("tres", "ters"),
        ("tre", "ter"),
        ("ours", "ors"),
        ("our", "or"),
        ("ise", "ize"),
        ("isation", "ization"),
        ("yse", "yze"),
        ("ence", "ense"),
        ("ogue", "og"),
    ];
    let american = |w: &str| -> String {
        let mut w = w.replace("ll", "l");
        for (gb, us) in ENDINGS {
            w = w.replace(gb, us);
        }
        w
    };
    american(&a) == american(&b)
}

/// Distinct words a thread remembers the answer of (see [`knows`]), before it starts afresh.
const KNOWN_CACHE: usize = 1 << 16;

/// `Some(true)` when the word is in the language's dictionary, `None` without a dictionary.
///
/// Names are asked about once per mention, and a corpus names the same people in every
/// article: a thread keeps the answers per (language, word), up to [`KNOWN_CACHE`] words,
/// rather than run the affix rules again (they were a twentieth of a large run).
pub fn knows(lang: Lang, word: &str) -> Option<bool> {
    type Cache = rustc_hash::FxHashMap<Lang, rustc_hash::FxHashMap<Box<str>, Option<bool>>>;
    thread_local! {
        static SEEN: std::cell::RefCell<Cache> = std::cell::RefCell::new(Cache::default());
    }
    SEEN.with(|seen| {
        let Ok(mut seen) = seen.try_borrow_mut() else {
            return knows_uncached(lang, word);
        };
        let words = seen.entry(lang).or_default();
        if let Some(&known) = words.get(word) {
            return known;
        }
        let known = knows_uncached(lang, word);
        if words.len() >= KNOWN_CACHE {
            words.clear();
        }
        words.insert(word.into(), known);
        known
    })
}

fn knows_uncached(lang: Lang, word: &str) -> Option<bool> {
    let d = dictionary(lang)?;
    // Dictionaries want the typographic apostrophe straight.
    let w = word.replace('’', "'");
    // Checking a failing word costs every affix of the language: a lower-case word is not
    // checked a second time as its own lower case.
    let lower = w.to_lowercase();
    let check = |d: &Dictionary| d.check(&w) || (lower != w && d.check(&lower));
    let known = |w: &str| d.check(w) || variant(lang).is_some_and(|v| v.check(w));
    Some(
        check(d)
            || variant(lang).is_some_and(check)
            || LATIN.binary_search(&lower.as_str()).is_ok()
            // "Multirole", "antidrone", "cyberattaque": a prefix the press glues to any word,
            // before a word the dictionary knows (of four letters at least, so that a
            // dropped letter rarely leaves one).
            || PREFIXES.iter().any(|p| {
                lower
                    .strip_prefix(p)
                    .is_some_and(|rest| rest.chars().count() >= 4 && known(rest))
            }),
    )
}

/// Words of the Latin set phrases French and English news print as they are ("habemus
/// papam", "urbi et orbi", "ex aequo", "mea culpa", "persona non grata"), which neither
/// language's dictionary lists. Sorted, for the binary search.
const LATIN: &[&str] = &[
    "aequo",
    "belli",
    "casus",
    "causa",
    "culpa",
    "extremis",
    "generis",
    "habemus",
    "honoris",
    "jure",
    "mea",
    "militari",
    "modus",
    "motu",
    "muros",
    "operandi",
    "orbi",
    "papam",
    "posteriori",
    "priori",
    "proprio",
    "quo",
    "sine",
    "statu",
    "urbi",
];

/// Prefixes written solid with any word in English and French news ("multirole",
/// "antidrones", "cyberattaque"); dictionaries list only some of their compounds.
const PREFIXES: &[&str] = &[
    "anti", "auto", "counter", "cyber", "hyper", "inter", "macro", "mega", "méga", "micro", "mini",
    "multi", "non", "over", "post", "semi", "super", "ultra", "under",
];

/// Letters tried when looking for a one-edit correction, per language: each letter costs two
/// dictionary lookups per position, and English words take no accents.
fn alphabet(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "abcdefghijklmnopqrstuvwxyz",
        Lang::Fr => "abcdefghijklmnopqrstuvwxyzàâçéèêëîïôùûœ",
        _ => "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ",
    }
}

/// Every string one edit away from `word` with the language's letters, without repeats, in
/// the order a corrector should try them: deletions and transpositions (the commonest slips)
/// first, then substitutions and insertions. Checking them all against the dictionary is the
/// expensive part (a thousand lookups for a ten-letter word): a caller that has likelier
/// candidates, such as the corpus's own words, checks those first.
///
/// Written by hand rather than with spellbook's `suggest`: that measured about 180 ms a word
/// on the French dictionary, where the lookups of these candidates take a few milliseconds.
pub fn one_edit(lang: Lang, word: &str) -> Vec<String> {
    let w: Vec<char> = word.replace('’', "'").chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut push = |c: Vec<char>| {
        let s: String = c.into_iter().collect();
        if seen.insert(s.clone()) {
            out.push(s);
        }
    };
    for i in 0..w.len() {
        let mut c = w.clone();
        c.remove(i);
        push(c);
    }
    for i in 0..w.len().saturating_sub(1) {
        let mut c = w.clone();
        c.swap(i, i + 1);
        push(c);
    }
    for i in 0..w.len() {
        for l in alphabet(lang).chars().filter(|l| *l != w[i]) {
            let mut c = w.clone();
            c[i] = l;
            push(c);
        }
    }
    for i in 0..=w.len() {
        for l in alphabet(lang).chars() {
            let mut c = w.clone();
            c.insert(i, l);
            push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_of_set_phrases_is_a_word_in_both_languages() {
        assert!(LATIN.windows(2).all(|w| w[0] < w[1]), "LATIN is sorted");
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(knows(lang, "papam"), Some(true));
            assert_eq!(knows(lang, "Habemus"), Some(true));
            assert_eq!(knows(lang, "papan"), Some(false));
        }
    }
}

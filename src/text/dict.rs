//! Hunspell dictionaries through `spellbook`, found at system paths (Debian's `hunspell-fr`,
//! `hunspell-en-us`) or in the folder named by `RECOUPE_DICTIONARY`. `RECOUPE_DICTIONARY=none`
//! turns them off, which the test suite does so that its results do not depend on the machine.

use crate::lang::Lang;
use spellbook::Dictionary;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn dirs() -> Option<Vec<PathBuf>> {
    match std::env::var("RECOUPE_DICTIONARY") {
        Ok(v) if v == "none" => None,
        Ok(v) if !v.is_empty() => Some(vec![PathBuf::from(v)]),
        _ => Some(vec![
            PathBuf::from("/usr/share/hunspell"),
            PathBuf::from("/usr/share/myspell/dicts"),
        ]),
    }
}

fn load(names: &[&str]) -> Option<Dictionary> {
    for dir in dirs()? {
        for n in names {
            let (aff, dic) = (dir.join(format!("{n}.aff")), dir.join(format!("{n}.dic")));
            if let (Ok(a), Ok(d)) = (read(&aff), read(&dic)) {
                if let Ok(dict) = Dictionary::new(&a, &d) {
                    return Some(dict);
                }
            }
        }
    }
    None
}

fn read(p: &Path) -> std::io::Result<String> {
    // Some dictionaries are Latin-1; spellbook wants UTF-8 text.
    let bytes = std::fs::read(p)?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

/// The dictionary of a language, if one is installed.
pub fn dictionary(lang: Lang) -> Option<&'static Dictionary> {
    static FR: OnceLock<Option<Dictionary>> = OnceLock::new();
    static EN: OnceLock<Option<Dictionary>> = OnceLock::new();
    match lang {
        Lang::Fr => FR.get_or_init(|| load(&["fr_FR", "fr"])).as_ref(),
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

/// `Some(true)` when the word is in the language's dictionary, `None` without a dictionary.
pub fn knows(lang: Lang, word: &str) -> Option<bool> {
    let d = dictionary(lang)?;
    // Dictionaries want the typographic apostrophe straight.
    let w = word.replace('’', "'");
    let check = |d: &Dictionary| d.check(&w) || d.check(&w.to_lowercase());
    Some(check(d) || variant(lang).is_some_and(check))
}

/// Letters tried when looking for a one-edit correction.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ";

/// Known words one edit (deletion, transposition, substitution, insertion) away from `word`,
/// deletions and transpositions (the commonest slips) first.
///
/// Written by hand rather than with spellbook's `suggest`: that measured about 180 ms a word
/// on the French dictionary, where the thousand `check` calls here take a few milliseconds.
pub fn suggestions(lang: Lang, word: &str) -> Vec<String> {
    if dictionary(lang).is_none() {
        return Vec::new();
    }
    let w: Vec<char> = word.replace('’', "'").chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut try_word = |c: Vec<char>| {
        let s: String = c.into_iter().collect();
        if !out.contains(&s) && knows(lang, &s) == Some(true) {
            out.push(s);
        }
    };
    for i in 0..w.len() {
        let mut c = w.clone();
        c.remove(i);
        try_word(c);
    }
    for i in 0..w.len().saturating_sub(1) {
        let mut c = w.clone();
        c.swap(i, i + 1);
        try_word(c);
    }
    for i in 0..w.len() {
        for l in ALPHABET.chars().filter(|l| *l != w[i]) {
            let mut c = w.clone();
            c[i] = l;
            try_word(c);
        }
    }
    for i in 0..=w.len() {
        for l in ALPHABET.chars() {
            let mut c = w.clone();
            c.insert(i, l);
            try_word(c);
        }
    }
    out
}

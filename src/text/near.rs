//! Words one edit apart, found without comparing all pairs: every word is indexed under its
//! one-character deletions (the SymSpell idea), so two words at Damerau distance 1 share a key.

use std::collections::HashMap;

/// An index of words by their single deletions.
#[derive(Debug, Default)]
pub struct NearIndex {
    words: Vec<String>,
    keys: HashMap<String, Vec<u32>>,
}

fn deletions(w: &str) -> impl Iterator<Item = String> + '_ {
    w.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(w.len());
        s.push_str(&w[..i]);
        s.push_str(&w[i + c.len_utf8()..]);
        s
    })
}

impl NearIndex {
    /// Indexes `words` (duplicates are ignored by the caller's choice of input).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut idx = NearIndex::default();
        for w in words {
            let id = idx.words.len() as u32;
            idx.words.push(w.to_owned());
            idx.keys.entry(w.to_owned()).or_default().push(id);
            for d in deletions(w) {
                idx.keys.entry(d).or_default().push(id);
            }
        }
        idx
    }

    /// Indexed words at Damerau–Levenshtein distance exactly 1 from `w`, sorted.
    pub fn neighbours(&self, w: &str) -> Vec<&str> {
        let mut ids: Vec<u32> = Vec::new();
        if let Some(v) = self.keys.get(w) {
            ids.extend(v);
        }
        for d in deletions(w) {
            if let Some(v) = self.keys.get(&d) {
                ids.extend(v);
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut out: Vec<&str> = ids
            .into_iter()
            .map(|i| self.words[i as usize].as_str())
            .filter(|c| *c != w && strsim::damerau_levenshtein(c, w) == 1)
            .collect();
        out.sort_unstable();
        out
    }
}

/// A key under which transliteration variants of a folded name coincide: `iouri` and `youri`,
/// `tokaiev` and `tokayev`, `vnoukovo` and `vnukovo`, `loukachenko` and `lukashenko`.
pub fn transliteration_key(folded: &str) -> String {
    let mut s = folded
        .replace("sh", "ch")
        .replace("kh", "h")
        .replace("zh", "j")
        .replace("ou", "u")
        .replace('y', "i")
        .replace('w', "v");
    // "Dmitrii"/"Dmitri"/"Dmitriy": a doubled i varies only at the end of a name; inside one
    // ("Putiin") it is a slip.
    if let Some(stem) = s.strip_suffix("ii") {
        s = format!("{stem}i");
    }
    s.replace("ie", "e").replace("ks", "x")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_one_edit_neighbours() {
        let idx = NearIndex::new(["entretien", "jinping", "xinhua", "farrell", "poutine"]);
        assert_eq!(idx.neighbours("entetien"), ["entretien"]);
        assert_eq!(idx.neighbours("jingping"), ["jinping"]);
        assert_eq!(idx.neighbours("jimping"), ["jinping"]);
        assert_eq!(idx.neighbours("hinhua"), ["xinhua"]);
        assert_eq!(idx.neighbours("farrel"), ["farrell"]);
        assert!(idx.neighbours("putin").is_empty());
    }

    #[test]
    fn transliterations_share_a_key() {
        assert_eq!(transliteration_key("iouri"), transliteration_key("youri"));
        assert_eq!(
            transliteration_key("tokaiev"),
            transliteration_key("tokayev")
        );
        assert_eq!(
            transliteration_key("loukachenko"),
            transliteration_key("lukashenko")
        );
        assert_eq!(
            transliteration_key("dmitrii"),
            transliteration_key("dmitriy")
        );
        assert_ne!(transliteration_key("putiin"), transliteration_key("putin"));
        assert_ne!(
            transliteration_key("al-houz"),
            transliteration_key("al-haouz")
        );
        assert_ne!(
            transliteration_key("farrel"),
            transliteration_key("farrell")
        );
    }
}

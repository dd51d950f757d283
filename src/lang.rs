//! Language of an article and of its lines, through the `whatlang` crate.

use crate::corpus::{Block, BlockKind};
use serde::Serialize;
use whatlang::{Detector, Lang as WLang};

/// A language recoupe knows about (French and English are first-class; others are named).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
    /// Russian.
    Ru,
    /// Not determined.
    Unknown,
}

impl Lang {
    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Ru => "ru",
            Lang::Unknown => "und",
        }
    }
    /// English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Fr => "French",
            Lang::En => "English",
            Lang::De => "German",
            Lang::Es => "Spanish",
            Lang::It => "Italian",
            Lang::Pt => "Portuguese",
            Lang::Nl => "Dutch",
            Lang::Ru => "Russian",
            Lang::Unknown => "unknown",
        }
    }
    /// From an ISO 639-1 code.
    pub fn from_code(code: &str) -> Lang {
        match code.to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" => Lang::Fr,
            "en" | "eng" => Lang::En,
            "de" | "deu" | "ger" => Lang::De,
            "es" | "spa" => Lang::Es,
            "it" | "ita" => Lang::It,
            "pt" | "por" => Lang::Pt,
            "nl" | "nld" | "dut" => Lang::Nl,
            "ru" | "rus" => Lang::Ru,
            _ => Lang::Unknown,
        }
    }

    fn from_whatlang(l: WLang) -> Lang {
        match l {
            WLang::Fra => Lang::Fr,
            WLang::Eng => Lang::En,
            WLang::Deu => Lang::De,
            WLang::Spa => Lang::Es,
            WLang::Ita => Lang::It,
            WLang::Por => Lang::Pt,
            WLang::Nld => Lang::Nl,
            WLang::Rus => Lang::Ru,
            _ => Lang::Unknown,
        }
    }

    /// The article's language: declared in metadata, else detected on its running text.
    pub fn of_article(text: &str, blocks: &[Block], declared: Option<&str>) -> Lang {
        if let Some(d) = declared {
            let l = Lang::from_code(d);
            if l != Lang::Unknown {
                return l;
            }
        }
        let mut sample = String::with_capacity(SAMPLE_BYTES + 512);
        for b in blocks.iter().filter(|b| b.kind.is_content()) {
            sample.push_str(b.span.slice(text));
            sample.push('\n');
            if sample.len() > SAMPLE_BYTES {
                break;
            }
        }
        // Function words settle French against English even on short texts, where whatlang
        // is unreliable (a French sentence read as Spanish).
        let (fr, en) = function_shares(&sample);
        if fr >= 0.15 && fr > 2.0 * en {
            return Lang::Fr;
        }
        if en >= 0.15 && en > 2.0 * fr {
            return Lang::En;
        }
        detect(&sample).map_or(Lang::Unknown, |(l, _)| l)
    }
}

/// Bytes of an article's text that language identification reads: a few hundred words.
const SAMPLE_BYTES: usize = 3000;

fn detector() -> &'static Detector {
    static D: std::sync::OnceLock<Detector> = std::sync::OnceLock::new();
    // A closed list: news corpora here are in these languages, and a closed list keeps
    // whatlang from reading short French lines as Latin or Esperanto.
    D.get_or_init(|| {
        Detector::with_allowlist(vec![
            WLang::Fra,
            WLang::Eng,
            WLang::Deu,
            WLang::Spa,
            WLang::Ita,
            WLang::Por,
            WLang::Nld,
            WLang::Rus,
        ])
    })
}

/// Detected language and confidence (0–1) of a piece of text.
pub fn detect(text: &str) -> Option<(Lang, f64)> {
    let info = detector().detect(text)?;
    Some((Lang::from_whatlang(info.lang()), info.confidence()))
}

/// Marks content lines that are clearly in another language than the article.
pub fn mark_foreign(text: &str, blocks: &mut [Block], article: Lang) {
    if article == Lang::Unknown {
        return;
    }
    let mut key = String::new();
    for b in blocks.iter_mut() {
        if !matches!(
            b.kind,
            BlockKind::Body | BlockKind::Heading | BlockKind::Byline
        ) {
            continue;
        }
        let line = b.span.slice(text);
        key.clear();
        key.push_str(article.code());
        key.push('\u{1}');
        key.push_str(line);
        if *FOREIGN.get_or(&key, || is_foreign(line, article)) {
            b.kind = BlockKind::Foreign;
        }
    }
}

/// True when `line` is plainly in another language than `article`'s.
fn is_foreign(line: &str, article: Lang) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 12 || plainly_in(line, article) {
        return false;
    }
    detect(line).is_some_and(|(l, conf)| {
        // Short lines need a clearer verdict than long ones.
        let needed = if letters < 40 { 0.9 } else { 0.5 };
        // Between French and English, the function words have the last say: a line of
        // names and short words ("A UPS plane crashed near Louisville") is no French line
        // when it holds more English function words than French ones.
        let words_agree = !matches!((l, article), (Lang::Fr, Lang::En) | (Lang::En, Lang::Fr))
            || function_share(line, l) > function_share(line, article);
        l != article
            && l != Lang::Unknown
            && conf >= needed
            && words_agree
            && !dictionary_words(line, article)
    })
}

/// True when the article language's dictionary knows nearly every lower-case word of the
/// line: whatlang reads short French lines as Italian or Spanish ("La première messe sera
/// célébrée dimanche"), whose words French shares the letters of but not the spelling.
/// Capitalised words are left out: names are in no dictionary. Run only on lines whatlang
/// already calls foreign, which are few.
fn dictionary_words(line: &str, article: Lang) -> bool {
    let (mut words, mut known) = (0, 0);
    for w in line.split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() < 3 || !w.starts_with(char::is_lowercase) {
            continue;
        }
        let Some(k) = crate::text::dict::knows(article, w) else {
            return false;
        };
        words += 1;
        known += usize::from(k);
    }
    words >= 3 && known * 5 >= words * 4
}

/// Verdicts per distinct (article language, line) (see [`crate::text::memo`]).
static FOREIGN: crate::text::memo::Memo<bool> = crate::text::memo::Memo::new();

/// Share of the words of `text` that are function words of `lang` (0 when recoupe has no
/// list for it, or the text has fewer than four words).
fn function_share(text: &str, lang: Lang) -> f64 {
    match lang {
        Lang::Fr => function_shares(text).0,
        Lang::En => function_shares(text).1,
        _ => 0.0,
    }
}

/// The shares of French and of English function words among the words of `text`, in one
/// pass over them (0 for a text of fewer than four words).
fn function_shares(text: &str) -> (f64, f64) {
    let (Some(fr), Some(en)) = (
        crate::extract::stopwords_of(Lang::Fr),
        crate::extract::stopwords_of(Lang::En),
    ) else {
        return (0.0, 0.0);
    };
    let (mut words, mut in_fr, mut in_en) = (0, 0, 0);
    let mut folded = String::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        if w.is_empty() {
            continue;
        }
        words += 1;
        folded.clear();
        crate::text::fold_into(w, &mut folded);
        in_fr += usize::from(fr.contains(folded.as_str()));
        in_en += usize::from(en.contains(folded.as_str()));
    }
    if words < 4 {
        (0.0, 0.0)
    } else {
        (in_fr as f64 / words as f64, in_en as f64 / words as f64)
    }
}

/// A cheap test before language identification: a line where a fifth of the words are
/// function words of the article's language is in that language.
fn plainly_in(line: &str, lang: Lang) -> bool {
    function_share(line, lang) >= 0.2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_names_and_short_words_keeps_its_article_s_language() {
        // Own sentences: whatlang reads the first as French; its function words are English.
        assert!(!is_foreign(
            "A UPS plane crashed near Louisville on Tuesday. Sirens sounded at 7:15 p.m. EST.",
            Lang::En
        ));
        assert!(is_foreign(
            "Le président a annoncé mardi une nouvelle réforme des retraites pour le pays.",
            Lang::En
        ));
    }

    #[test]
    fn a_short_line_of_dictionary_words_keeps_its_article_s_language() {
        // whatlang reads this French line as Italian.
        assert!(!is_foreign(
            "La première messe sera célébrée dimanche 8 décembre.",
            Lang::Fr
        ));
        assert!(is_foreign(
            "Transparenz: Redaktionell erstellt und geprüft.",
            Lang::Fr
        ));
    }
}

//! Scores: "40-22", "(40-22)", "40 à 22", "a 24-0 lead at half-time", "a 6-3 ruling". The
//! figures grammar reads a number with its noun; a score has none, and its two numbers mean
//! something only together. Each becomes two counts, the higher and the lower, keyed by the
//! stage of the game it gives (the final score, the half-time score, a lead), so that
//! reports that write "40-22" and "40 à 22" compare number by number.

use crate::corpus::Article;
use crate::finding::Span;
use crate::text::fold;
use regex::Regex;
use std::sync::OnceLock;

/// One score in a sentence: the higher number and the lower, with their spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Score {
    /// The higher number ("40" of "40-22").
    pub high: (u32, Span),
    /// The lower number.
    pub low: (u32, Span),
    /// The whole score as written.
    pub span: Span,
    /// `Some("half")` for a score at the break, `Some("lead")` for a lead, `None` for the
    /// final score.
    pub stage: Option<&'static str>,
}

/// Words before a score that make its two numbers the ends of a range or a change ("de 40 à
/// 22", "from 40 to 22", "entre 3 et 2"), not a score.
const NOT_BEFORE: &[&str] = &[
    "de", "d'", "d’", "entre", "from", "between", "of", "des", "du", "sur", "par", "by", "aged",
    "ages", "age", "âgés", "âgées", "agés", "n°", "no", "numéro", "number", "pages", "page",
];

/// Words right after a score that make it a score still ("a 24-0 lead", "a 6-3 ruling",
/// "victoire 3-1"); any other noun after it makes a range of a count ("10-15 people").
const SCORE_NOUNS: &[&str] = &[
    "lead",
    "advantage",
    "win",
    "victory",
    "defeat",
    "loss",
    "ruling",
    "decision",
    "verdict",
    "vote",
    "majority",
    "margin",
    "scoreline",
    "triumph",
    "rout",
    "thrashing",
    "drubbing",
    "victoire",
    "défaite",
    "defaite",
    "succès",
    "succes",
    "avance",
    "revers",
    "score",
];

/// The scores a sentence gives, at most one per stage: two final scores in one sentence
/// ("6-4, 6-3", a list of sets) are left out, as nothing says which another report's is.
pub(super) fn scores(a: &Article, sentence: Span) -> Vec<Score> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let text = a.slice(sentence);
    // Most sentences hold no two numbers side by side: a byte scan first.
    let bytes = text.as_bytes();
    if !bytes
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && !w[1].is_ascii_digit())
    {
        return Vec::new();
    }
    let re = RE.get_or_init(|| {
        Regex::new(r"(\d{1,3})(?:[ \u{a0}\u{202f}]?[-–][ \u{a0}\u{202f}]?|[ \u{a0}\u{202f}]+(?:à|to)[ \u{a0}\u{202f}]+)(\d{1,3})")
            .expect("score pattern")
    });
    let mut found: Vec<Score> = Vec::new();
    for c in re.captures_iter(text) {
        let (Some(whole), Some(n), Some(m)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let before = &text[..whole.start()];
        let after = &text[whole.end()..];
        // Part of a longer number, a decimal, a date or a time: "1.40-22", "2024-12-03",
        // "4-3-3", "14:40-15".
        if before
            .chars()
            .next_back()
            .is_some_and(|ch| ch.is_alphanumeric() || ".,-–/:".contains(ch))
        {
            continue;
        }
        let mut rest = after.chars();
        match rest.next() {
            Some(ch) if ch.is_alphanumeric() || "-–%/:°".contains(ch) => continue,
            Some('.' | ',') if rest.next().is_some_and(|d| d.is_ascii_digit()) => continue,
            _ => {}
        }
        let (Ok(x), Ok(y)) = (n.as_str().parse::<u32>(), m.as_str().parse::<u32>()) else {
            continue;
        };
        // A range runs up ("10-15 people", "de 3 à 5"); a score is written winner first.
        if x < y {
            continue;
        }
        let word_before = before
            .trim_end()
            .rsplit(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '°'))
            .next()
            .map(fold)
            .unwrap_or_default();
        if NOT_BEFORE.contains(&word_before.as_str()) {
            continue;
        }
        // "Boeing 787-8", "Boeing 747-400": a model's variant after a name, one digit or
        // in hundreds ("Nantes 110-98" is a score).
        let capitalised_before = before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
        if capitalised_before
            && whole.as_str().contains(['-', '–'])
            && ((m.as_str().len() == 1 && n.as_str().len() > 1) || (y >= 100 && y % 100 == 0))
        {
            continue;
        }
        let next_word: String = after
            .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
            .chars()
            .take_while(|ch| ch.is_alphabetic() || *ch == '-')
            .collect();
        let next = fold(&next_word);
        // "10-15 people", "3 à 2 heures": a noun of its own makes a count; a function word,
        // punctuation or a score's noun leave a score.
        if !next.is_empty()
            && !SCORE_NOUNS.contains(&next.as_str())
            && !crate::extract::stopwords().contains(&next)
            && !crate::lexicon::Lexicons::get().is_calendar_word(&next)
            && !matches!(
                next.as_str(),
                "at" | "in"
                    | "on"
                    | "after"
                    | "before"
                    | "against"
                    | "over"
                    | "lors"
                    | "face"
                    | "contre"
                    | "devant"
                    | "après"
                    | "apres"
                    | "avant"
            )
        {
            continue;
        }
        let abs = |r: std::ops::Range<usize>| {
            Span::new(sentence.start() + r.start, sentence.start() + r.end)
        };
        found.push(Score {
            high: (x, abs(n.range())),
            low: (y, abs(m.range())),
            span: abs(whole.range()),
            stage: stage(text, whole.start(), whole.end()),
        });
    }
    // One score per stage: a second one leaves both unread.
    let mut out = Vec::new();
    for s in &found {
        if found.iter().filter(|o| o.stage == s.stage).count() == 1 {
            out.push(*s);
        }
    }
    out
}

/// The stage of the game a score at `start..end` of a sentence gives: at the break ("at
/// half-time", "à la mi-temps", "à la pause") or a lead ("led 24-0", "menait 24 à 0", "a
/// 24-0 lead"), read in the score's clause.
fn stage(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let clause_start = text[..start].rfind([',', ';', '(']).map_or(0, |i| i + 1);
    let clause_end = text[end..]
        .find([',', ';', '.', ')'])
        .map_or(text.len(), |i| end + i);
    let clause = fold(&text[clause_start..clause_end]);
    const BREAK: &[&str] = &[
        "half-time",
        "halftime",
        "half time",
        "the break",
        "the interval",
        "mi-temps",
        "la pause",
        "the half",
    ];
    if BREAK.iter().any(|w| clause.contains(w)) {
        return Some("half");
    }
    let before = fold(&text[clause_start..start]);
    let after = fold(&text[end..clause_end]);
    let last_before = before.split_whitespace().next_back().unwrap_or("");
    let first_after = after.split_whitespace().next().unwrap_or("");
    const LEAD_BEFORE: &[&str] = &[
        "led", "leading", "lead", "leads", "menait", "menaient", "mene", "menes", "menee",
        "menees", "menant",
    ];
    if LEAD_BEFORE.contains(&last_before)
        || matches!(first_after, "lead" | "advantage" | "d'avance")
    {
        return Some("lead");
    }
    // "The Spurs improved to 17-5", "San Antonio is 17-5", "a 17-5 record": the wins and
    // losses of a season so far, not the game's result.
    const RECORD_BEFORE: &[&str] = &[
        "improved to",
        "improves to",
        "improve to",
        "fell to",
        "falls to",
        "fall to",
        "dropped to",
        "drops to",
        "drop to",
        "moved to",
        "moves to",
        "move to",
        "climbed to",
        "is",
        "are",
        "now",
        "record of",
        "record to",
    ];
    let before_words = before.trim_end();
    if RECORD_BEFORE.iter().any(|w| {
        before_words.ends_with(w)
            && !before_words[..before_words.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    }) || matches!(first_after, "record" | "overall")
    {
        return Some("record");
    }
    // "Leinster drew level at 24-24", "revenus à 24-24 à dix minutes de la fin": a tie the
    // game passed through, not its result.
    const LEVEL: &[&str] = &[
        "level", "egalis", "egalite", "revenu", "tied", "back to", "recolle",
    ];
    if text[start..end]
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0] == w[1])
        && LEVEL.iter().any(|w| clause.contains(w))
    {
        return Some("level");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::article_from_text;
    use crate::finding::ArticleId;
    use crate::lexicon::Lexicons;

    fn scores_of(text: &str) -> Vec<(u32, u32, Option<&'static str>)> {
        let a = article_from_text(
            ArticleId(0),
            "a.txt".into(),
            text.to_string(),
            Lexicons::get(),
        );
        a.text_sentences()
            .flat_map(|s| scores(&a, s.span))
            .map(|s| (s.high.0, s.low.0, s.stage))
            .collect()
    }

    #[test]
    fn a_score_is_read_in_either_language_and_a_range_is_not() {
        assert_eq!(
            scores_of(" date 2026-01-10 T\n\nLyon a battu Nantes 3 à 1 samedi, après avoir mené 2-0 à la pause.\n"),
            vec![(3, 1, None), (2, 0, Some("half"))]
        );
        assert_eq!(
            scores_of(
                " date 2026-01-10 T\n\nThe court ruled 6-3 on Friday. Rennes built a 2-0 lead.\n"
            ),
            vec![(6, 3, None), (2, 0, Some("lead"))]
        );
        // A tie the game passed through is a stage; a draw is a result.
        assert_eq!(
            scores_of(" date 2026-01-10 T\n\nNice drew level at 2-2 before winning 3-2. Brest and Lens drew 1-1.\n"),
            vec![(2, 2, Some("level")), (3, 2, None), (1, 1, None)]
        );
        // A season's record is no result of the game.
        assert_eq!(
            scores_of(" date 2026-01-10 T\n\nLyon beat Nantes 110-98 and improved to 12-4. Nantes is 9-7.\n"),
            vec![(110, 98, None), (12, 4, Some("record")), (9, 7, Some("record"))]
        );
        // Ranges, changes, dates, models and lists of sets are no score.
        assert_eq!(
            scores_of(" date 2026-01-10 T\n\nBetween 10-15 people died, 20-10 houses burned. The rate fell from 4 to 3. On 2026-01-09 a Boeing 737-8 and a Boeing 747-400 flew. He won 6-4, 6-3.\n"),
            vec![]
        );
    }
}

//! Segmentation: words and sentences with byte spans, and a case- and accent-folded form.
//!
//! The tokenizer is hand-written rather than UAX #29 (`unicode-segmentation`): UAX #29 keeps
//! French elisions glued (`l'investiture` is one word there), and every later stage wants
//! `l'` and `investiture` apart. It is one pass over the bytes with no allocation per token.

pub mod dict;
mod fold;
mod lines;
pub mod memo;
pub mod near;
pub mod phrases;

pub use fold::{fold, fold_into, is_apostrophe, name_key, translit_key};
pub use lines::LineIndex;

use crate::corpus::{Block, BlockKind};
use crate::finding::Span;
use crate::lexicon::Lexicons;
use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (with inner hyphens and apostrophes): `Jinping`, `sud-ouest`, `aujourd'hui`, `l'`.
    Word,
    /// Digits with inner `.`/`,` separators: `240`, `1,5`, `1.305`.
    Number,
    /// Digits and letters mixed: `80e`, `23h11`, `G7`.
    Mixed,
    /// One punctuation character.
    Punct,
}

/// A token with its span into the article text.
///
/// Packed (9 bytes rather than 12): a large corpus holds tens of millions of tokens, and
/// every field is `Copy`, read by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
pub struct Token {
    /// Bytes into the article.
    pub span: Span,
    /// Kind.
    pub kind: TokKind,
}

/// A sentence (or a heading, title or caption line) of an article.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Bytes into the article.
    pub span: Span,
    /// Index of the block it belongs to.
    pub block: u32,
    /// Range into [`Segmented::tokens`].
    pub tokens: Range<u32>,
}

/// Tokens and sentences of one article.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
}

impl Segmented {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token] {
        &self.tokens[s.tokens.start as usize..s.tokens.end as usize]
    }

    /// The tokens that lie inside `span` (binary search).
    pub fn tokens_in(&self, span: Span) -> &[Token] {
        let t = crate::finding::starting_in(&self.tokens, span, |t| t.span);
        let n = t.partition_point(|x| x.span.end <= span.end);
        &t[..n]
    }

    /// The index of the sentence that contains `span` (binary search).
    pub fn sentence_at(&self, span: Span) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end < span.end);
        self.sentences
            .get(i)
            .filter(|s| s.span.contains(span))
            .map(|_| i)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text[range]` into tokens, pushing them onto `out` (spans are absolute).
pub fn tokenize(text: &str, range: Range<usize>, lex: &Lexicons, out: &mut Vec<Token>) {
    // Comments (`<!-- recoupe-ignore … -->`) and web addresses are not prose: no rule reads
    // them as words, figures or names.
    let mut at = range.start;
    for hole in not_prose(&text[range.clone()]) {
        tokenize_prose(text, at..range.start + hole.start, lex, out);
        at = range.start + hole.end;
    }
    tokenize_prose(text, at..range.end, lex, out);
}

/// Byte ranges of `s` that are markup or addresses rather than prose: HTML comments, and
/// `http://`, `https://` or `www.` addresses up to the next space (less trailing punctuation).
pub fn not_prose(s: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if !(s.contains("<!--") || s.contains("http") || s.contains("www.")) {
        return out;
    }
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let next = ["<!--", "http://", "https://", "www."]
            .iter()
            .filter_map(|p| rest.find(p).map(|k| (k, *p)))
            .min_by_key(|&(k, _)| k);
        let Some((k, p)) = next else { break };
        let start = i + k;
        let end = if p == "<!--" {
            s[start..].find("-->").map_or(s.len(), |e| start + e + 3)
        } else {
            // An address ends at a space; a final stop, comma or bracket is the sentence's.
            let stop = s[start..]
                .find(char::is_whitespace)
                .map_or(s.len(), |e| start + e);
            start
                + s[start..stop]
                    .trim_end_matches(['.', ',', ';', ':', ')', ']', '»', '"'])
                    .len()
        };
        // "www." inside a word ("awww.") is prose.
        let glued = s[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if !glued && end > start {
            out.push(start..end);
        }
        i = end.max(start + 1);
        while !s.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

fn tokenize_prose(text: &str, range: Range<usize>, lex: &Lexicons, out: &mut Vec<Token>) {
    if range.start >= range.end {
        return;
    }
    let s = &text[range.clone()];
    let base = range.start;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() || c == '\u{feff}' {
            continue;
        }
        if !is_word_char(c) {
            out.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind: TokKind::Punct,
            });
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut has_digit = digit_value(c).is_some();
        let mut has_alpha = c.is_alphabetic();
        while let Some(&(j, d)) = it.peek() {
            if is_word_char(d) {
                has_digit |= digit_value(d).is_some();
                has_alpha |= d.is_alphabetic();
                end = j + d.len_utf8();
                it.next();
                continue;
            }
            // A joiner is kept only between two word characters.
            let joiner =
                d == '-' || is_apostrophe(d) || ((d == '.' || d == ',') && has_digit && !has_alpha);
            if !joiner {
                break;
            }
            let next = s[j + d.len_utf8()..].chars().next();
            let Some(n) = next.filter(|n| is_word_char(*n)) else {
                break;
            };
            if (d == '.' || d == ',') && digit_value(n).is_none() {
                break;
            }
            if is_apostrophe(d) {
                let word = &s[start..j];
                // French elision: `l'`, `d'`, `qu'`... end the word after the apostrophe.
                if lex.is_elision(word) {
                    end = j + d.len_utf8();
                    it.next();
                    break;
                }
                // English possessive: `Xi's` is `Xi` + `'s`.
                let after = &s[j + d.len_utf8()..];
                if (after.starts_with('s') || after.starts_with('S'))
                    && !after[1..].chars().next().is_some_and(is_word_char)
                {
                    break;
                }
            }
            it.next();
            end = j + d.len_utf8();
            let _ = n;
        }
        let kind = match (has_digit, has_alpha) {
            (true, false) => TokKind::Number,
            (true, true) => TokKind::Mixed,
            _ => TokKind::Word,
        };
        out.push(Token {
            span: Span::new(base + start, base + end),
            kind,
        });
    }
}

/// First code point (zero) of each run of ten decimal digits recoupe reads: ASCII, Arabic-Indic,
/// Extended Arabic-Indic (Persian, Urdu), N'Ko, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
/// Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth.
/// News copy pasted from such sources keeps these digits; they are figures like any other.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xE50, 0xED0, 0xF20, 0x1040, 0x17E0, 0x1810, 0xFF10,
];

/// The value of a decimal digit of any of the scripts of [`DIGIT_ZEROS`].
pub fn digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return c.to_digit(10);
    }
    DIGIT_ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&cp))
        .map(|&z| cp - z)
}

/// `s` with every digit of [`digit_value`] written in ASCII (other characters kept).
pub fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// `s` with control characters (and the bidirectional overrides that reorder what a terminal
/// shows) written as escapes: `\n`, `\t`, `\r`, `\u{1b}`. Messages quote article text and
/// file names, which may hold anything; output lines must stay one line each and inert.
pub fn escape_control(s: &str) -> std::borrow::Cow<'_, str> {
    let bad =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(bad) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if bad(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

const CLOSERS: &[char] = &['"', '»', '”', '’', ')', ']', '\''];

/// Tokenizes every block of an article and splits body blocks into sentences.
pub fn segment(text: &str, blocks: &[Block], lex: &Lexicons) -> Segmented {
    let mut seg = Segmented::default();
    let per_block: Vec<std::sync::Arc<BlockSegments>> = blocks
        .iter()
        .map(|b| {
            let splittable = matches!(
                b.kind,
                BlockKind::Body | BlockKind::Caption | BlockKind::Foreign
            );
            let line = b.span.slice(text);
            BLOCK_SEGMENTS[usize::from(splittable)]
                .get_or(line, || segment_block(line, splittable, lex))
        })
        .collect();
    // Every article's tokens stay in memory until the report: sized once, with no growth
    // slack and no copy.
    seg.tokens
        .reserve_exact(per_block.iter().map(|p| p.tokens.len()).sum());
    seg.sentences
        .reserve_exact(per_block.iter().map(|p| p.sentences.len()).sum());
    for (bi, (b, one)) in blocks.iter().zip(&per_block).enumerate() {
        let first = seg.tokens.len();
        let base = b.span.start();
        seg.tokens.extend(one.tokens.iter().map(|t| Token {
            span: t.span.shifted(base),
            kind: t.kind,
        }));
        for &(from, to) in &one.sentences {
            push_sentence(&mut seg, bi, first + from as usize, first + to as usize);
        }
    }
    seg
}

/// The tokens of one block, and its sentences as token ranges, from the block's start.
struct BlockSegments {
    tokens: Vec<Token>,
    sentences: Vec<(u32, u32)>,
}

/// Segments per distinct block, for blocks split into sentences (`[1]`) or not (`[0]`); see
/// [`memo`].
static BLOCK_SEGMENTS: [memo::Memo<BlockSegments>; 2] = [memo::Memo::new(), memo::Memo::new()];

/// Splits one block (`text` is the block alone) into tokens and, when `splittable`,
/// sentences.
fn segment_block(text: &str, splittable: bool, lex: &Lexicons) -> BlockSegments {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    tokenize(text, 0..text.len(), lex, &mut tokens);
    let (first, last) = (0, tokens.len());
    let mut s_start = first;
    for k in first..last {
        if !splittable || k + 1 >= last {
            continue;
        }
        let t = tokens[k];
        if t.kind != TokKind::Punct {
            continue;
        }
        let ch = t.span.slice(text);
        if !matches!(ch, "." | "!" | "?" | "…") {
            continue;
        }
        // Absorb closing quotes and brackets that belong to this sentence.
        let mut end_k = k;
        while end_k + 1 < last {
            let n = tokens[end_k + 1];
            let nc = n.span.slice(text);
            let touching = n.span.start == tokens[end_k].span.end;
            // French closing guillemets stand after a (non-breaking) space.
            let spaced_guillemet = nc == "»"
                && text[tokens[end_k].span.end()..n.span.start()]
                    .chars()
                    .all(char::is_whitespace);
            if n.kind == TokKind::Punct
                && nc.chars().all(|c| CLOSERS.contains(&c))
                && (touching || spaced_guillemet)
            {
                end_k += 1;
            } else {
                break;
            }
        }
        if end_k + 1 >= last {
            continue;
        }
        let next = tokens[end_k + 1];
        let gap = &text[tokens[end_k].span.end()..next.span.start()];
        if gap.is_empty() {
            continue;
        }
        let nc = next.span.slice(text).chars().next().unwrap_or(' ');
        let starts_sentence = nc.is_uppercase()
            || nc.is_ascii_digit()
            || matches!(nc, '«' | '"' | '“' | '(' | '-' | '—');
        if !starts_sentence {
            continue;
        }
        if ch == "." && k > first {
            let prev = tokens[k - 1];
            let pw = prev.span.slice(text);
            let adjacent = prev.span.end == t.span.start;
            let initial = pw.chars().count() == 1 && pw.chars().all(char::is_uppercase);
            if adjacent && (lex.is_abbreviation(pw) || initial) {
                continue;
            }
            // "5:57 p.m. EDT", "10:42 a.m. Eastern", "0:42 a.m. Japan time": the time's zone,
            // not a new sentence; nor is "12:20 p.m. (1820 GMT)", its conversion.
            if pw.eq_ignore_ascii_case("m") {
                let nw = next.span.slice(text);
                let then = tokens
                    .get(end_k + 2)
                    .filter(|t| t.kind == TokKind::Word)
                    .map(|t| t.span.slice(text));
                if ZONE_ABBREVIATIONS.contains(&nw)
                    || nw == "("
                    || matches!(
                        nw,
                        "Eastern" | "Pacific" | "Central" | "Mountain" | "Atlantic"
                    )
                    || then == Some("time")
                {
                    continue;
                }
            }
        }
        sentences.push((s_start as u32, end_k as u32 + 1));
        s_start = end_k + 1;
    }
    if s_start < last {
        sentences.push((s_start as u32, last as u32));
    }
    BlockSegments { tokens, sentences }
}

/// Time-zone abbreviations that may follow "a.m." or "p.m." in the same sentence.
const ZONE_ABBREVIATIONS: &[&str] = &[
    "GMT", "UTC", "ET", "EDT", "EST", "CT", "CDT", "CST", "MT", "MDT", "MST", "PT", "PDT", "PST",
    "CET", "CEST", "BST", "MSK", "JST", "HKT",
];

fn push_sentence(seg: &mut Segmented, block: usize, from: usize, to: usize) {
    let span = Span {
        start: seg.tokens[from].span.start,
        end: seg.tokens[to - 1].span.end,
    };
    seg.sentences.push(Sentence {
        span,
        block: block as u32,
        tokens: from as u32..to as u32,
    });
}

/// The largest char boundary of `s` at or before `i` (a byte budget cut on a whole character).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Block, BlockKind};

    fn words(s: &str) -> Vec<String> {
        let mut v = Vec::new();
        tokenize(s, 0..s.len(), Lexicons::get(), &mut v);
        v.iter().map(|t| t.span.slice(s).to_string()).collect()
    }

    fn sentences(s: &str) -> Vec<String> {
        let blocks = [Block {
            kind: BlockKind::Body,
            span: Span::new(0, s.len()),
        }];
        let seg = segment(s, &blocks, Lexicons::get());
        seg.sentences
            .iter()
            .map(|x| x.span.slice(s).to_string())
            .collect()
    }

    #[test]
    fn elisions_apostrophes_hyphens() {
        assert_eq!(
            words("l'investiture d’Al-Haouz"),
            ["l'", "investiture", "d’", "Al-Haouz"]
        );
        assert_eq!(words("aujourd'hui qu’il"), ["aujourd'hui", "qu’", "il"]);
        assert_eq!(words("Xi's visit"), ["Xi", "'", "s", "visit"]);
        assert_eq!(
            words("1,5 et 1.305 morts, 80e"),
            ["1,5", "et", "1.305", "morts", ",", "80e"]
        );
    }

    #[test]
    fn sentence_split_respects_abbreviations_and_quotes() {
        let s =
            "M. Xi a parlé. Il a dit « oui. » Puis MM. Xi et Poutine sont partis ! J. Biden aussi.";
        assert_eq!(
            sentences(s),
            [
                "M. Xi a parlé.",
                "Il a dit « oui. »",
                "Puis MM. Xi et Poutine sont partis !",
                "J. Biden aussi."
            ]
        );
        // A time's conversion in brackets stays in the time's sentence.
        assert_eq!(
            sentences("It hit at 3:10 a.m. (0710 GMT) near the coast. Then it left."),
            [
                "It hit at 3:10 a.m. (0710 GMT) near the coast.",
                "Then it left."
            ]
        );
    }

    #[test]
    fn nbsp_and_crlf_are_spaces() {
        let s = "Il a dit\u{a0}: «\u{a0}non\u{a0}».\r\nFin.";
        assert_eq!(
            words(s),
            ["Il", "a", "dit", ":", "«", "non", "»", ".", "Fin", "."]
        );
    }
}

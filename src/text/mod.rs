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

/// Tokens copied out of an article, with their spans into the article: what
/// [`Segmented::sentence_tokens`] and [`Segmented::tokens_in`] give. A sentence's fit inline.
pub type TokenBuf = smallvec::SmallVec<[Token; 64]>;

/// Tokens and sentences of one article.
///
/// The tokens are held per block, and a block printed in many files (wire copy) holds one
/// tokenization for all of them (see [`memo`]): tokens were most of a wire corpus's memory,
/// once per copy. Readers get copies with spans into the article.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    /// The blocks that hold tokens, in text order.
    pieces: Vec<Piece>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
}

/// The tokens of one block of an article.
#[derive(Debug, Clone)]
struct Piece {
    /// Tokens with spans from the block's start, shared by every copy of the block.
    seg: std::sync::Arc<BlockSegments>,
    /// Where the block starts in the article.
    base: u32,
    /// Index in the article of the block's first token.
    first: u32,
}

impl Piece {
    fn len(&self) -> usize {
        self.seg.tokens.len()
    }
    /// One past the article index of its last token.
    fn end_index(&self) -> usize {
        self.first as usize + self.len()
    }
    /// The article token at block index `k`.
    fn at(&self, k: usize) -> Token {
        self.shift(self.seg.tokens[k])
    }
    /// The article tokens at block indexes `range`.
    fn slice(&self, range: Range<usize>) -> impl Iterator<Item = Token> + '_ {
        self.seg.tokens[range].iter().map(|&t| self.shift(t))
    }
    /// A token of the block, with its span into the article.
    fn shift(&self, t: Token) -> Token {
        Token {
            span: t.span.shifted(self.base as usize),
            kind: t.kind,
        }
    }
}

impl Segmented {
    /// How many tokens the article holds.
    pub fn token_count(&self) -> usize {
        self.pieces.last().map_or(0, Piece::end_index)
    }

    /// The token at article index `i`, if any.
    pub fn token(&self, i: usize) -> Option<Token> {
        let p = self.pieces.partition_point(|p| p.end_index() <= i);
        let piece = self.pieces.get(p)?;
        Some(piece.at(i - piece.first as usize))
    }

    /// The index of the first piece whose tokens end after byte `at`: the one that holds
    /// the token at `at`, or the next.
    fn piece_after(&self, at: usize) -> usize {
        self.pieces
            .partition_point(|p| p.base as usize + p.seg.end() <= at)
    }

    /// How many tokens start before byte `at`: the index of the first token at or after it.
    pub fn index_at(&self, at: usize) -> usize {
        let Some(piece) = self.pieces.get(self.piece_after(at)) else {
            return self.token_count();
        };
        let rel = at.saturating_sub(piece.base as usize);
        piece.first as usize + piece.seg.tokens.partition_point(|t| t.span.start() < rel)
    }

    /// Every token, in order.
    pub fn tokens(&self) -> impl Iterator<Item = Token> + '_ {
        self.pieces.iter().flat_map(|p| p.slice(0..p.len()))
    }

    /// The tokens of article indexes `range`.
    pub fn range(&self, range: Range<usize>) -> TokenBuf {
        let mut out = TokenBuf::new();
        let mut p = self
            .pieces
            .partition_point(|p| p.end_index() <= range.start);
        while let Some(piece) = self.pieces.get(p) {
            let first = piece.first as usize;
            if first >= range.end {
                break;
            }
            let from = range.start.max(first) - first;
            let to = range.end.min(piece.end_index()) - first;
            out.extend(piece.slice(from..to));
            p += 1;
        }
        out
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> TokenBuf {
        self.range(s.tokens.start as usize..s.tokens.end as usize)
    }

    /// The tokens that lie inside `span`.
    pub fn tokens_in(&self, span: Span) -> TokenBuf {
        self.iter_in(span).collect()
    }

    /// The tokens that lie inside `span`, one at a time: for a paragraph or more, which
    /// [`Segmented::tokens_in`] would copy whole (a file of one 30 MB line is one paragraph).
    pub fn iter_in(&self, span: Span) -> impl Iterator<Item = Token> + '_ {
        self.pieces[self.piece_after(span.start())..]
            .iter()
            .take_while(move |p| (p.base as usize) < span.end())
            .flat_map(move |piece| {
                let base = piece.base as usize;
                let toks = &piece.seg.tokens;
                let from = toks.partition_point(|t| t.span.start() + base < span.start());
                // Tokens are in order and do not overlap: those ending inside the span from
                // its first start are the ones inside it.
                let to = toks.partition_point(|t| t.span.end() + base <= span.end());
                piece.slice(from..to.max(from))
            })
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
    seg.sentences
        .reserve_exact(per_block.iter().map(|p| p.sentences.len()).sum());
    let mut first = 0;
    for (bi, (b, one)) in blocks.iter().zip(per_block).enumerate() {
        if one.tokens.is_empty() {
            continue;
        }
        let base = b.span.start();
        for &(from, to) in &one.sentences {
            let span = Span {
                start: one.tokens[from as usize].span.start,
                end: one.tokens[to as usize - 1].span.end,
            }
            .shifted(base);
            seg.sentences.push(Sentence {
                span,
                block: bi as u32,
                tokens: first + from..first + to,
            });
        }
        let n = one.tokens.len() as u32;
        seg.pieces.push(Piece {
            seg: one,
            base: base as u32,
            first,
        });
        first += n;
    }
    seg
}

/// The tokens of one block, and its sentences as token ranges, from the block's start.
#[derive(Debug)]
struct BlockSegments {
    tokens: Vec<Token>,
    sentences: Vec<(u32, u32)>,
}

impl BlockSegments {
    /// One past the last byte of its last token, from the block's start.
    fn end(&self) -> usize {
        self.tokens.last().map_or(0, |t| t.span.end())
    }
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

    /// Blocks printed twice share one tokenization, and every reader still gets the tokens
    /// of the whole text at their place in it: the same as tokenizing the article in one go.
    #[test]
    fn shared_blocks_read_as_the_article() {
        let para = "Le sommet a eu lieu lundi. Il a duré 3 heures.";
        let text = format!("Titre\n\n{para}\n\n\n\nAutre texte ici.\n\n{para}\n");
        let mut blocks = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            if !line.is_empty() {
                let kind = if at == 0 {
                    BlockKind::Title
                } else {
                    BlockKind::Body
                };
                blocks.push(Block {
                    kind,
                    span: Span::new(at, at + line.len()),
                });
            }
            at += line.len() + 1;
        }
        let lex = Lexicons::get();
        let seg = segment(&text, &blocks, lex);
        let mut whole = Vec::new();
        for b in &blocks {
            tokenize(&text, b.span.start()..b.span.end(), lex, &mut whole);
        }
        let all: Vec<Token> = seg.tokens().collect();
        assert_eq!(all, whole);
        assert_eq!(seg.token_count(), whole.len());
        for (i, t) in whole.iter().enumerate() {
            assert_eq!(seg.token(i), Some(*t));
            assert_eq!(seg.index_at(t.span.start()), i);
        }
        assert_eq!(seg.token(whole.len()), None);
        assert_eq!(seg.index_at(text.len()), whole.len());
        // Six sentences: the title, two per copy of the paragraph, one between.
        assert_eq!(seg.sentences.len(), 6);
        for s in &seg.sentences {
            let toks = seg.sentence_tokens(s);
            assert_eq!(toks.first().map(|t| t.span.start), Some(s.span.start));
            assert_eq!(toks.last().map(|t| t.span.end), Some(s.span.end));
            assert_eq!(&toks[..], &seg.tokens_in(s.span)[..]);
        }
        // A span across blocks holds the tokens of each.
        let second = text.rfind("Le sommet").unwrap();
        let across = seg.tokens_in(Span::new(text.find("Autre").unwrap(), second + 9));
        let words: Vec<&str> = across.iter().map(|t| t.span.slice(&text)).collect();
        assert_eq!(words, ["Autre", "texte", "ici", ".", "Le", "sommet"]);
        assert_eq!(&seg.range(3..5)[..], &whole[3..5]);
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

//! Classifying the lines of an article: title, heading, body, caption, byline, boilerplate,
//! foreign-language. Cues come from the lexicons in `rules/lexicon/structure.toml` and from
//! the shape of the line, never from a list of known lines.

use super::Meta;
use crate::finding::Span;
use crate::lexicon::Lexicons;
use crate::text::fold;
use serde::Serialize;

/// What a block (one non-empty line) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The article's title (header title, first heading-like line, or a repeat of it).
    Title,
    /// A short line without final punctuation inside the article (a subhead).
    Heading,
    /// Running text.
    Body,
    /// A photo caption or credit.
    Caption,
    /// Author, date or source line.
    Byline,
    /// Navigation, sharing, newsletter or related-links furniture.
    Boilerplate,
    /// A line in another language than the article's.
    Foreign,
}

impl BlockKind {
    /// Kebab-case name, as used in rule scopes and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Heading => "heading",
            BlockKind::Body => "body",
            BlockKind::Caption => "caption",
            BlockKind::Byline => "byline",
            BlockKind::Boilerplate => "boilerplate",
            BlockKind::Foreign => "foreign",
        }
    }
    /// True for blocks that carry the article's reporting (title, headings, body).
    pub fn is_content(self) -> bool {
        matches!(
            self,
            BlockKind::Title | BlockKind::Heading | BlockKind::Body
        )
    }
}

/// One classified line of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// Bytes into the article (trimmed of surrounding whitespace).
    pub span: Span,
}

fn words(folded: &str) -> Vec<&str> {
    folded
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',' | '>'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// True when a short line is mostly page furniture.
fn is_boilerplate(folded: &str, lex: &Lexicons) -> bool {
    let t = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if lex.boilerplate.contains(t) {
        return true;
    }
    let ws = words(folded);
    if ws.is_empty() || ws.len() > 12 {
        return false;
    }
    // Greedy cover by one- and two-word lexicon entries.
    let mut covered = 0;
    let mut i = 0;
    while i < ws.len() {
        if i + 1 < ws.len()
            && lex
                .boilerplate
                .contains(&format!("{} {}", ws[i], ws[i + 1]))
        {
            covered += 2;
            i += 2;
        } else {
            if lex.boilerplate.contains(ws[i]) {
                covered += 1;
            }
            i += 1;
        }
    }
    covered * 3 >= ws.len() * 2 && covered >= 1
}

fn is_byline(folded: &str, lex: &Lexicons) -> bool {
    let n = words(folded).len();
    is_wire_credit(folded, lex)
        || n <= lex.byline_max_words
            && lex
                .bylines
                .iter()
                .any(|b| folded.starts_with(b.as_str()) || folded == b.trim_end())
}

/// The credit that closes a wire story, a line wholly in brackets: "(Reporting by Jane Doe in
/// Gdansk; Editing by John Roe)".
fn is_wire_credit(folded: &str, lex: &Lexicons) -> bool {
    folded
        .strip_prefix('(')
        .filter(|_| folded.trim_end().ends_with(')'))
        .is_some_and(|inner| {
            let inner = inner.trim_start();
            lex.wire_credits
                .iter()
                .any(|c| inner.starts_with(c.as_str()))
        })
}

/// A trailing `Firstname Lastname/Agency` credit, as in `Huang Jingwen/Xinhua`.
fn ends_with_slash_credit(line: &str) -> bool {
    let Some(slash) = line.rfind('/') else {
        return false;
    };
    let agency = &line[slash + 1..];
    let before = line[..slash].trim_end();
    let name_words: Vec<&str> = before.rsplit(' ').take(2).collect();
    let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    !agency.is_empty()
        && agency.len() < 30
        && !agency.contains(' ')
        && cap(agency)
        && name_words.len() == 2
        && name_words.iter().all(|w| cap(w))
}

/// The wire dateline that opens a lede: "REYKJAVIK, April 1 (Reuters) - A volcano…",
/// "PARIS (AFP) – Le président…". Its agency in brackets is no photo credit: the line is the
/// story's first paragraph.
fn opens_with_dateline(line: &str) -> bool {
    let Some(close) = line.get(..line.len().min(80)).and_then(|h| h.find(')')) else {
        return false;
    };
    let Some(open) = line[..close].rfind('(') else {
        return false;
    };
    let before = line[..open].split_whitespace().count();
    let rest = line[close + 1..].trim_start();
    (1..=6).contains(&before)
        && ["-", "\u{2013}", "\u{2014}"]
            .iter()
            .any(|d| rest.starts_with(d))
        && rest.split_whitespace().count() >= 8
}

fn is_caption(line: &str, folded: &str, lex: &Lexicons) -> bool {
    (lex.credits.iter().any(|c| folded.contains(c.as_str())) && !opens_with_dateline(line))
        || ends_with_slash_credit(line.trim_end())
}

fn looks_like_heading(line: &str) -> bool {
    let n = line.split_whitespace().count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    n <= 14 && line.len() < 160 && !matches!(last, '.' | ',' | ';' | ':' | '»' | '"' | '”')
}

/// True when a line ends as running text does: on a stop or a comma, or on a closing quote
/// right after one ("« Nous tiendrons. »"). A headline may end on a quoted phrase
/// (`Zelensky tells Congress aid is "not charity"`), a quoted paragraph seldom does.
fn ends_a_sentence(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(['.', ',', ';', ':']) {
        return true;
    }
    match line.strip_suffix(['»', '"', '”']) {
        Some(inner) => inner
            .trim_end()
            .ends_with(['.', ',', ';', ':', '!', '?', '…']),
        None => false,
    }
}

/// What one line is by itself, before the article around it is read.
fn line_kind(trimmed: &str, lex: &Lexicons) -> BlockKind {
    let folded = fold(trimmed);
    if is_boilerplate(&folded, lex) {
        BlockKind::Boilerplate
    } else if is_caption(trimmed, &folded, lex) {
        BlockKind::Caption
    } else if is_byline(&folded, lex) {
        BlockKind::Byline
    } else if looks_like_heading(trimmed) {
        BlockKind::Heading
    } else {
        BlockKind::Body
    }
}

/// Line kinds per distinct line (see [`crate::text::memo`]). Lexicons are built in, so a
/// line's kind follows from its text.
static LINE_KINDS: crate::text::memo::Memo<BlockKind> = crate::text::memo::Memo::new();

/// Classifies every non-empty line of `text` after the header.
pub fn classify_blocks(text: &str, start: usize, meta: &Meta, lex: &Lexicons) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(t) = meta.title {
        // Excerpts often carry the article itself on the date line: that is running text.
        let line = t.slice(text);
        let titled =
            line.split_whitespace().count() <= 25 && !line.trim_end().ends_with(['.', '!']);
        let kind = if titled {
            BlockKind::Title
        } else {
            BlockKind::Body
        };
        blocks.push(Block { kind, span: t });
    }
    let body_from = meta.header.map_or(start, |h| h.end());
    let mut pos = body_from;
    for line in text[body_from..].split_inclusive('\n') {
        let trimmed = line.trim();
        // HTML comments (Markdown suppressions) are not text.
        let comment = trimmed.starts_with("<!--") && trimmed.ends_with("-->");
        if !trimmed.is_empty() && !comment {
            let lead = line.len() - line.trim_start().len();
            let s = pos + lead;
            let span = Span::new(s, s + trimmed.len());
            let kind = *LINE_KINDS.get_or(trimmed, || line_kind(trimmed, lex));
            blocks.push(Block { kind, span });
        }
        pos += line.len();
    }
    // A line that is the start of the caption right after it is the same caption (alt text).
    for i in (0..blocks.len().saturating_sub(1)).rev() {
        let (a, b) = (blocks[i], blocks[i + 1]);
        if b.kind == BlockKind::Caption && a.kind != BlockKind::Caption {
            let (at, bt) = (a.span.slice(text), b.span.slice(text));
            if bt.starts_with(at) || fold(bt).starts_with(&fold(at)) {
                blocks[i].kind = BlockKind::Caption;
            }
        }
    }
    // A caption text repeated elsewhere without its credit is still a caption.
    let captions: Vec<String> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .map(|b| fold(b.span.slice(text)))
        .collect();
    // (Most articles have no caption: their paragraphs need no second folding.)
    for b in blocks
        .iter_mut()
        .filter(|b| b.kind == BlockKind::Body && !captions.is_empty())
    {
        let f = fold(b.span.slice(text));
        if f.len() > 40 && captions.iter().any(|c| c.starts_with(&f)) {
            b.kind = BlockKind::Caption;
        }
    }
    // Title: the header's, else the first heading-like line before any body text.
    if !blocks.iter().any(|b| b.kind == BlockKind::Title) {
        if let Some(first) = blocks
            .iter()
            .position(|b| matches!(b.kind, BlockKind::Heading | BlockKind::Body))
        {
            // A wire headline runs past a subhead's 14 words ("Nvidia's sales nearly double
            // again as demand for AI chips shows no sign of slowing"): the first line, without
            // a sentence's end and with text after it, is the title up to 25 words.
            let line = blocks[first].span.slice(text).trim_end();
            let long_headline = blocks[first].kind == BlockKind::Body
                && first + 1 < blocks.len()
                && line.split_whitespace().count() <= 25
                && !ends_a_sentence(line);
            if blocks[first].kind == BlockKind::Heading || long_headline {
                blocks[first].kind = BlockKind::Title;
            }
        }
    }
    let titles: Vec<String> = blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Title)
        .map(|b| fold(b.span.slice(text)))
        .collect();
    for b in blocks.iter_mut().filter(|b| b.kind == BlockKind::Heading) {
        if titles.contains(&fold(b.span.slice(text))) {
            b.kind = BlockKind::Title;
        }
    }
    blocks.sort_by_key(|b| b.span.start);
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, String)> {
        let meta = super::super::parse_meta(text, 0);
        classify_blocks(text, 0, &meta, Lexicons::get())
            .into_iter()
            .map(|b| (b.kind, b.span.slice(text).to_string()))
            .collect()
    }

    #[test]
    fn a_headline_may_end_on_a_quoted_phrase() {
        // Own lines: a headline that quotes, over its text; a paragraph that is one quote.
        for headline in [
            "Le maire de Lyon promet une ville « sans voitures »",
            "Mayor of Lyon vows a \"car-free\" city",
        ] {
            let t = format!(
                "{headline}\n\nLe maire de Lyon a présenté mardi son plan pour la ville.\n"
            );
            assert_eq!(kinds(&t)[0], (BlockKind::Title, headline.to_string()));
        }
        let t = "« Nous tiendrons. »\n\nLe maire de Lyon a présenté mardi son plan.\n";
        assert_eq!(kinds(t)[0].0, BlockKind::Body);
    }

    #[test]
    fn classifies_furniture_captions_bylines() {
        let t = "Newsletter Podcasts Vidéos\nUn titre sans point\n\
                 La ministre a visité l'usine mardi. ( AFP / JEAN DUPONT )\n\
                 Par Jeanne Martin\nPublié le\n\
                 La ministre a visité l'usine mardi, a indiqué son cabinet à la presse.\n\
                 Sous-titre court\nPartager Discussion\n\
                 La ministre en visite à Lyon.\nLa ministre en visite à Lyon. Marie Curie/Reuters\n";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.0).collect();
        use BlockKind::*;
        assert_eq!(
            k,
            [
                Boilerplate,
                Title,
                Caption,
                Byline,
                Byline,
                Body,
                Heading,
                Boilerplate,
                Caption,
                Caption
            ]
        );
    }

    #[test]
    fn a_wire_dateline_opens_running_text_not_a_caption() {
        let t = "Un titre sans point\n\
                 NANTES, 3 mars (AFP) - Le maire a inauguré mardi le nouveau pont sur la Loire.\n\
                 Le maire à Nantes. (AFP)\n";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.0).collect();
        assert_eq!(k, [BlockKind::Title, BlockKind::Body, BlockKind::Caption]);
    }

    #[test]
    fn a_wire_story_s_closing_credit_is_a_byline_of_any_length() {
        let t = "Un titre sans point\n\
                 Le maire a inauguré mardi le nouveau pont sur la Loire, a indiqué la ville.\n\
                 (Reportage de la rédaction de Lisbonne, avec Jeanne Martin à Nantes ; version française Paul Durand, édité par Marie Roux)\n\
                 (Le maire a ajouté que les travaux avaient duré trois ans, une durée record pour la région.)\n";
        let k: Vec<BlockKind> = kinds(t).into_iter().map(|x| x.0).collect();
        assert_eq!(
            k,
            [
                BlockKind::Title,
                BlockKind::Body,
                BlockKind::Byline,
                BlockKind::Body
            ]
        );
    }

    #[test]
    fn header_title_and_repeated_title() {
        let t = " date 2025-01-02 Grand titre\n\nGrand titre\n\nUne phrase du corps de l'article, longue assez.\n";
        let k = kinds(t);
        assert_eq!(k[0].0, BlockKind::Title);
        assert_eq!(k[1], (BlockKind::Title, "Grand titre".to_string()));
        assert_eq!(k[2].0, BlockKind::Body);
    }
}

//! `figure/broken-grouping`: a number whose groups of digits are broken ("1 00 soldats",
//! "12 5000 people"), where a digit was dropped, doubled or replaced.

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a number written in groups separated by spaces (\"1 000\", \"12 500 000\") where a
group after the first does not have three digits: \"1 00 soldats\", \"12 5000 people\", \"1 2
troops\". French writes thousands apart with a space, and English copy set in French houses
does too; the groups after the first always have three digits.

Left alone: a run of two-digit groups (a telephone number, \"01 23 45 67\"), a day then a
year (\"October 12 2026\"), a group followed
by a letter or a sign (\"1 2e\", \"3 2-1\"), and a number right after a word that introduces a
reference rather than an amount (\"article\", \"page\", \"n°\").

### Why is this bad
A broken group is a digit dropped, doubled or replaced: the reader cannot tell which amount
was meant, and every other check reads another number than the one intended.

### Examples
\"Environ 1 00 soldats ont franchi la frontière\" is reported; \"Environ 1 000 soldats ont
franchi la frontière\" is not.
";

struct BrokenGrouping(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |v: &str| {
        format!(
            "+++\nlang = \"fr\"\n+++\nT\n\nEnviron {v} soldats ont franchi la frontière mardi.\n"
        )
    };
    Box::new(BrokenGrouping(RuleMeta {
        id: "figure/broken-grouping".into(),
        category: "figure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a number whose groups of digits are broken (\"1 00 soldats\")".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(&s("1 00"), 1),
            Example::one(&s("1 2"), 1),
            Example::one(&s("12 5000"), 1),
            Example::one(&s("1 000"), 0),
            Example::one(&s("12 500 000"), 0),
            Example::one(&s("1\u{202f}000"), 0),
            Example::one(
                "+++\nlang = \"fr\"\n+++\nT\n\nAppelez le 01 23 45 67 89 avant mardi.\n",
                0,
            ),
            Example::one(
                "+++\nlang = \"fr\"\n+++\nT\n\nSelon l'article 12 3 du code, le texte entre en vigueur mardi.\n",
                0,
            ),
            Example::one(
                "+++\nlang = \"en\"\n+++\nT\n\nIn 2024 25 people were hurt in the same square.\n",
                0,
            ),
            Example::one(
                "+++\nlang = \"en\"\n+++\nT\n\nThe talks opened on October 12 2026 in Ottawa.\n",
                0,
            ),
        ],
    }))
}

/// Spaces French writes between groups of digits.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Words after which a number is a reference ("article 12 3"), not an amount.
const REFERENCES: &[&str] = &[
    "article",
    "articles",
    "alinea",
    "page",
    "pages",
    "p",
    "n",
    "no",
    "numero",
    "tome",
    "chapitre",
    "section",
    "paragraphe",
    "chapter",
    "paragraph",
    "number",
    "vol",
    "volume",
    "route",
    "rue",
];

/// The digit groups of the run starting at byte `at` of `text`, with the end of the run.
fn groups(text: &str, at: usize) -> (Vec<(usize, usize)>, usize) {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = at;
    loop {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        out.push((start, i));
        // One space, then a digit: the next group.
        let rest = &text[i..];
        let mut chars = rest.char_indices();
        match (chars.next(), chars.next()) {
            (Some((_, c)), Some((j, d))) if is_group_space(c) && d.is_ascii_digit() => i += j,
            _ => return (out, i),
        }
    }
}

impl Rule for BrokenGrouping {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _an: &Analysis, ctx: &mut Ctx) {
        for block in &a.blocks {
            let text = a.slice(block.span);
            let b = text.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if !b[i].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let (run, end) = groups(text, i);
                let start = i;
                i = end.max(i + 1);
                if run.len() < 2 {
                    continue;
                }
                let len = |g: &(usize, usize)| g.1 - g.0;
                let first = len(&run[0]);
                let broken = run[1..].iter().any(|g| len(g) != 3);
                // A telephone number or a code: two-digit groups throughout.
                let code = run.iter().all(|g| len(g) == 2) && run.len() >= 3;
                // A day then a year ("October 12 2026"), the comma left out.
                let day_year = run.len() == 2
                    && len(&run[1]) == 4
                    && text[run[1].0..run[1].1]
                        .parse::<u32>()
                        .is_ok_and(|y| (1800..=2100).contains(&y));
                if !broken || code || day_year || first > 3 {
                    continue;
                }
                // Inside a longer token ("3,2 1", "v1 2"), or followed by a letter or a
                // sign ("1 2e", "3 2-1", "1 2/3").
                let before = text[..start].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, ',' | '.' | '/' | '-' | '°')
                }) || after.is_some_and(|c| {
                    c.is_alphanumeric()
                        || matches!(
                            c,
                            '-' | '/' | ':' | ',' | '.' | '%' | '°' | '–' | '’' | '\''
                        ) && text[end + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|d| d.is_ascii_digit() || d.is_alphabetic())
                }) {
                    continue;
                }
                let word_before = crate::text::fold(
                    text[..start]
                        .trim_end()
                        .rsplit(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or(""),
                );
                if REFERENCES.contains(&word_before.as_str()) {
                    continue;
                }
                let span = Span::new(block.span.start() + start, block.span.start() + end);
                let written = a.slice(span);
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, span, "a group of digits that is not three long"),
                        format!("`{written}` is not a number: its groups of digits are broken"),
                    )
                    .help(
                        "a digit was dropped, doubled or replaced: check the figure at its source",
                    ),
                );
            }
        }
    }
}

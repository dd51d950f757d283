//! `structure/duplicate-paragraph`: a paragraph or caption repeated in the same article.

use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;
use std::collections::HashMap;

const DOCS: &str = "\
### What it does
Reports a paragraph, heading or caption that appears twice in the same article (compared
case- and accent-insensitively), pointing at the first occurrence. A caption line directly
followed by the same caption with its credit is one caption, not a repeat.

### Why is this bad
Repeats are scraping artefacts (a photo caption rendered twice, a page that loaded twice).
They inflate the article and make every passage it shares with other articles count double.

### Examples
An article whose second and fourth paragraphs are the same sentence is reported once, on
the fourth.
";

struct DuplicateParagraph(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(DuplicateParagraph(RuleMeta {
        id: "structure/duplicate-paragraph".into(),
        category: "structure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a paragraph or caption repeated in the same article".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "Titre\n\nLe ministre a visité l'usine de Lyon mardi matin.\n\nUn autre paragraphe, différent.\n\nLe ministre a visité l'usine de Lyon mardi matin.\n",
                1,
            ),
            Example::one(
                "Titre\n\nLe ministre visite l'usine de Lyon, le mardi 3 mars.\nLe ministre visite l'usine de Lyon, le mardi 3 mars. ( AFP / JEAN DUPONT )\n\nLe ministre a parlé.\n",
                0,
            ),
        ],
    }))
}

impl Rule for DuplicateParagraph {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, b) in a.blocks.iter().enumerate() {
            if !matches!(
                b.kind,
                BlockKind::Body | BlockKind::Caption | BlockKind::Heading
            ) || b.span.len() < 20
            {
                continue;
            }
            let key = fold(a.slice(b.span));
            match seen.get(&key) {
                Some(&first) => {
                    let f = a.blocks[first];
                    ctx.report(
                        Diagnostic::new(
                            Label::new(a.id, b.span, "repeated here"),
                            format!(
                                "{} repeated in the same article",
                                if b.kind == BlockKind::Caption {
                                    "caption"
                                } else {
                                    "paragraph"
                                }
                            ),
                        )
                        .related(Label::new(a.id, f.span, "first occurrence"))
                        .help("remove the repeat"),
                    );
                }
                None => {
                    seen.insert(key, i);
                }
            }
        }
    }
}

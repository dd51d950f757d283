//! `structure/boilerplate`: navigation, sharing or newsletter lines left in the article.

use super::runs_of;
use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports runs of lines that are page furniture rather than reporting: menus, share buttons,
newsletter prompts, \"À découvrir également\", \"Accéder aux raccourcis d'accessibilité\".
The vocabulary is data in `rules/lexicon/structure.toml`; a short line made mostly of it is
furniture.

### Why is this bad
Scraped furniture pollutes every later check (it is aligned across articles, spell-checked,
counted as text) and shows the scraper needs fixing.

### Examples
`Partager Discussion` on its own line is reported; `Le président a partagé son analyse.` is not.
";

struct Boilerplate(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(Boilerplate(RuleMeta {
        id: "structure/boilerplate".into(),
        category: "structure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "navigation, share, newsletter or related-links lines left in the text".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("Un titre\n\nUne phrase du corps de l'article.\n\nPartager Discussion\nNewsletter\n", 1),
            Example::one("Un titre\n\nLe président a partagé son analyse de la newsletter.\n", 0),
        ],
    }))
}

impl Rule for Boilerplate {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        for (span, n) in runs_of(a, BlockKind::Boilerplate) {
            let what = if n == 1 {
                "a line".to_string()
            } else {
                format!("{n} lines")
            };
            ctx.report(
                Diagnostic::new(
                    Label::new(a.id, span, "page furniture"),
                    format!("{what} of page furniture left in the article"),
                )
                .help("remove navigation and sharing lines from the scraped text"),
            );
        }
    }
}

//! `structure/broken-metadata`: a date line or front matter that cannot be read.

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports an article header that recoupe cannot read: a ` date …` first line whose date is not
`YYYY-MM-DD` or `YYYY-MM`, or `+++` TOML front matter that is broken, unclosed or has an
unknown key.

### Why is this bad
Relative dates (\"mercredi\", \"l'an dernier\") are resolved against the publication date; a
header that does not parse silently turns every one of them into a guess.

### Examples
`+++` / `date = 2026-02-30` / `+++` is reported: there is no 30 February.
";

struct BrokenMetadata(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(BrokenMetadata(RuleMeta {
        id: "structure/broken-metadata".into(),
        category: "structure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a date line or front matter that cannot be read".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("+++\ndate = \"2026-02-30\"\n+++\nUne phrase du corps.\n", 1),
            Example::one("+++\ndate = 2026-02-04\n+++\nUne phrase du corps.\n", 0),
            Example::one("+++\ndatte = 2026-02-04\n+++\nUne phrase du corps.\n", 1),
        ],
    }))
}

impl Rule for BrokenMetadata {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if let Some((span, msg)) = &a.meta.error {
            ctx.report(Diagnostic::new(
                Label::new(a.id, *span, "here"),
                msg.clone(),
            ));
        }
    }
}

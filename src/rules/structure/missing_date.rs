//! `structure/missing-date`: an article with no publication date.

use super::headline;
use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports an article whose metadata gives no publication date: neither a ` date YYYY-MM-DD`
first line nor a `date` in `+++` front matter. An empty \"Publié le\" line does not count.

### Why is this bad
Relative dates (\"mercredi\", \"l'an dernier\", \"la semaine prochaine\") cannot be resolved
without it, so the article's dates cannot be compared with other reports.

### Examples
An article that starts directly with its title is reported; one whose first line is
` date 2026-02-04 Titre` is not.
";

struct MissingDate(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(MissingDate(RuleMeta {
        id: "structure/missing-date".into(),
        category: "structure".into(),
        default_severity: Severity::Info,
        scope: Scope::Article,
        summary: "no publication date in the article's metadata".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("Un titre\n\nUne phrase du corps.\n", 1),
            Example::one(" date 2026-02-04 Un titre\n\nUne phrase du corps.\n", 0),
        ],
    }))
}

impl Rule for MissingDate {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if !a.is_readable() || a.meta.date.is_some() || a.meta.error.is_some() {
            return;
        }
        let span = headline(a).map_or(Span::default(), |b| b.span);
        ctx.report(
            Diagnostic::new(Label::new(a.id, span, "no date for this article"), "no publication date in the metadata")
                .help("add a first line ` date YYYY-MM-DD Title` or `date = YYYY-MM-DD` in `+++` front matter; relative dates cannot be resolved without it"),
        );
    }
}

//! `structure/empty-article`: a file of the corpus with no text.

use crate::analysis::Analysis;
use crate::corpus::{Article, ProblemKind};
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports an article file that is empty or holds only whitespace.

### Why is this bad
An empty file is usually a failed scrape or export: the article it stands for is missing.

### Examples
A zero-byte `article.txt` is reported; a file with one sentence is not.
";

struct EmptyArticle(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(EmptyArticle(RuleMeta {
        id: "structure/empty-article".into(),
        category: "structure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "an article file with no text".into(),
        docs: DOCS.into(),
        examples: vec![Example::one("Une phrase.", 0)],
    }))
}

impl Rule for EmptyArticle {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if a.problem
            .as_ref()
            .is_some_and(|p| p.kind == ProblemKind::Empty)
        {
            ctx.report(Diagnostic::new(
                Label::new(a.id, Span::default(), ""),
                "empty article: the file has no text",
            ));
        }
    }
}

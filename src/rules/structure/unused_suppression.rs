//! `structure/unused-suppression`: an inline suppression comment that suppressed nothing.

use crate::analysis::Analysis;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::policy::Inline;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a `<!-- recoupe-ignore RULE -->` comment in a Markdown article that suppressed no
finding: the rule it names did not fire on the line it covers, or the id is misspelt.

### Why is this bad
A stale suppression hides the next real finding on that line: a fact-checker who fixed the
mistake long ago leaves a blind spot behind.

### Examples
A comment `<!-- recoupe-ignore date/weekday-mismatch -->` above a line whose weekday is right
is reported; the same comment above \"mercredi 5 février 2026\" (a Thursday) is not.
";

struct UnusedSuppression(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(UnusedSuppression(RuleMeta {
        id: "structure/unused-suppression".into(),
        category: "structure".into(),
        default_severity: Severity::Info,
        scope: Scope::Article,
        summary: "an inline suppression that matched no finding".into(),
        docs: DOCS.into(),
        examples: vec![Example::many(
            &[(
                "a.md",
                "Titre\n\n<!-- recoupe-ignore date/weekday-mismatch -->\nLe sommet s'est tenu le jeudi 5 février 2026.\n",
            )],
            1,
        )],
    }))
}

impl Rule for UnusedSuppression {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_unused_suppressions(&self, _: &Analysis, unused: &[&Inline], ctx: &mut Ctx) {
        for s in unused {
            ctx.report(
                Diagnostic::new(
                    Label::new(s.article, s.comment, "suppresses nothing"),
                    format!("suppression of `{}` matched no finding", s.rules.join(" ")),
                )
                .help("remove the comment, or check the rule id"),
            );
        }
    }
}

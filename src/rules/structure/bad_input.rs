//! `structure/bad-input`: a file in the corpus that cannot be read as an article.

use crate::analysis::Analysis;
use crate::corpus::{Article, ProblemKind};
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a file of the corpus that recoupe could not read as an article: not valid UTF-8
(often Latin-1 or Windows-1252), binary (it contains NUL bytes), larger than the size limit,
unreadable (permissions), or a path the walk could not enter (a symbolic link loop). Also
reports, as a warning, an article so full of facts (more than 20,000 dates, figures, names or
quotations) that only the first ones are checked.

### Why is this bad
A corpus file that nothing reads is a file nothing checks. recoupe never stops on bad input,
but it must not let it pass silently either: the file is named so that it can be converted or
removed.

### Examples
A file saved in Latin-1 (`caf\\xe9`) is reported as not valid UTF-8 at byte 3, with the
`iconv` command to convert it.
";

struct BadInput(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(BadInput(RuleMeta {
        id: "structure/bad-input".into(),
        category: "structure".into(),
        default_severity: Severity::Error,
        scope: Scope::Article,
        summary: "a file that cannot be read as an article (encoding, binary, size, permissions)"
            .into(),
        docs: DOCS.into(),
        // Examples are in-memory text, which is always valid UTF-8: the good case.
        examples: vec![Example::one("Une phrase lisible.", 0)],
    }))
}

impl Rule for BadInput {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        if let Some(p) = &a.problem {
            if p.kind != ProblemKind::Empty {
                ctx.report(Diagnostic::new(
                    Label::new(a.id, Span::default(), ""),
                    p.message.clone(),
                ));
            }
        }
        let Some(f) = an.facts.get(a.id.0 as usize) else {
            return;
        };
        for (kind, total) in &f.truncated {
            ctx.report(
                Diagnostic::new(
                    Label::new(a.id, Span::default(), ""),
                    format!(
                        "{total} {kind} in one article: only the first {} are checked",
                        crate::extract::MAX_FACTS
                    ),
                )
                .help("split the file into articles")
                .at_most(Severity::Warning),
            );
        }
    }
}

//! `entity/doubled-name`: one person named twice in one coordination ("Vladimir Poutine et
//! Vladimir Poutine se sont entretenus").

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::{EntityFact, EntityKind};
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;

const DOCS: &str = "\
### What it does
Reports a person named twice in a row, joined by \"et\", \"and\" or a comma: the same
gazetteer person, or the same full name, on both sides (\"Vladimir Poutine et Vladimir
Poutine se sont entretenus\"). Two people who share a surname (\"Emmanuel et Brigitte
Macron\") are two names and are left alone.

### Why is this bad
Nobody meets, calls or signs with themselves: one of the two names stands where another
person's should, a slip of an edit that copied a name over its neighbour.

### Examples
\"Vladimir Poutine et Vladimir Poutine se sont entretenus mardi\" is reported, on both names
(either may be the slip); \"Vladimir Poutine et Xi Jinping se sont entretenus mardi\" is not.
";

struct DoubledName(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(DoubledName(RuleMeta {
        id: "entity/doubled-name".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a person named twice in one coordination".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "Titre\n\nVladimir Poutine et Vladimir Poutine se sont entretenus mardi au Kremlin pendant trois heures.\n",
                1,
            ),
            Example::one(
                "Titre\n\nVladimir Poutine et Xi Jinping se sont entretenus mardi au Kremlin pendant trois heures.\n",
                0,
            ),
            Example::one(
                "Titre\n\nThe talks between Hugo Marchetti and Hugo Marchetti lasted three hours on Tuesday.\n",
                1,
            ),
        ],
    }))
}

/// A person: a gazetteer person, or a name of two words or more.
fn someone(e: &EntityFact) -> bool {
    e.kind == EntityKind::Person || (e.kind == EntityKind::Name && e.name.contains(' '))
}

impl Rule for DoubledName {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let Some(f) = an.facts.get(a.id.0 as usize) else {
            return;
        };
        for pair in f.entities.windows(2) {
            let (x, y) = (&pair[0], &pair[1]);
            if !someone(x) || !someone(y) || x.span.end() > y.span.start() {
                continue;
            }
            let same = match (x.entry, y.entry) {
                (Some(i), Some(j)) => i == j,
                (None, None) => x.name == y.name,
                _ => false,
            };
            let between = a.text.get(x.span.end()..y.span.start()).unwrap_or("");
            if !same
                || between.len() > 5
                || !matches!(fold(between).trim(), "et" | "and" | "," | "&")
            {
                continue;
            }
            // Either name may be the slip: the finding spans both.
            let both = crate::finding::Span::new(x.span.start(), y.span.end());
            ctx.report(
                Diagnostic::new(
                    Label::new(a.id, both, "the same person on both sides"),
                    format!("`{}` named twice in one coordination", a.slice(y.span)),
                )
                .help("one of the two names likely stands for another person"),
            );
        }
    }
}

//! `structure/foreign-language`: a line in another language than the article.

use super::runs_of;
use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::finding::{Diagnostic, Label, Severity};
use crate::lang::detect;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports lines written in another language than the rest of the article, as identified by the
`whatlang` crate (short lines need a clearer verdict than long ones).

### Why is this bad
A line in another language is usually left over from the page (a German transparency notice
in a French article) or an untranslated passage. Either way it is not the article's reporting.

### Examples
A French article with the line `Transparenz: Redaktionell erstellt und geprüft.` is reported.
";

struct ForeignLanguage(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(ForeignLanguage(RuleMeta {
        id: "structure/foreign-language".into(),
        category: "structure".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a line in another language than the article".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "Le président a déclaré mardi que les deux pays allaient renforcer leur coopération économique.\n\n\
                 Transparenz: Redaktionell erstellt und geprüft.\n\n\
                 Les deux dirigeants se sont entretenus pendant plus de deux heures au téléphone.\n",
                1,
            ),
            Example::one(
                "Le président a déclaré mardi que les deux pays allaient renforcer leur coopération économique.\n",
                0,
            ),
        ],
    }))
}

impl Rule for ForeignLanguage {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        for (span, _) in runs_of(a, BlockKind::Foreign) {
            let lang = detect(a.slice(span)).map_or("another language", |(l, _)| l.name());
            ctx.report(
                Diagnostic::new(
                    Label::new(a.id, span, lang.to_string()),
                    format!("line in {lang} in an article in {}", a.lang.name()),
                )
                .help("remove it if it is page furniture, or translate it"),
            );
        }
    }
}

//! `structure/shared-passage`: a paragraph that appears, verbatim or nearly, in another article.

use crate::analysis::Analysis;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a paragraph that appears verbatim or nearly (Jaccard similarity of folded words at
least 0.8) in an earlier article of the corpus, with a related label on the earliest copy.
Paragraphs are hashed and indexed, never compared pair by pair.

### Why is this bad
It is not wrong in itself: agency copy is shared by design. It is reported as information
so that an editor sees which passages are recycled, and so that a difference inside a shared
passage stands out.

### Examples
Two articles carrying the same agency paragraph give one finding, on the second article.
";

struct SharedPassage(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let para = "La Chine, partenaire diplomatique et commercial essentiel de la Russie, n'a jamais condamné l'offensive lancée en février 2022.";
    Box::new(SharedPassage(RuleMeta {
        id: "structure/shared-passage".into(),
        category: "structure".into(),
        default_severity: Severity::Info,
        scope: Scope::Corpus,
        summary: "a paragraph that appears verbatim or nearly in another article".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(&[("a.txt", &format!("Titre A\n\n{para}\n")), ("b.txt", &format!("Titre B\n\n{para}\n"))], 1),
            Example::many(
                &[
                    ("a.txt", &format!("Titre A\n\n{para}\n")),
                    ("b.txt", "Titre B\n\nLe ministre a inauguré mardi une usine de batteries dans le nord de la France.\n"),
                ],
                0,
            ),
        ],
    }))
}

impl Rule for SharedPassage {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        for g in &an.paragraphs.groups {
            let first = g[0];
            let first_file = &an.corpus.get(first.article).display;
            for p in g.iter().skip(1).filter(|p| p.article != first.article) {
                let same = an.corpus.get(p.article).slice(p.span)
                    == an.corpus.get(first.article).slice(first.span);
                let how = if same { "verbatim" } else { "nearly verbatim" };
                ctx.report(
                    Diagnostic::new(
                        Label::new(p.article, p.span, "shared passage"),
                        format!("paragraph also appears {how} in {first_file}"),
                    )
                    .related(Label::new(first.article, first.span, "first seen here"))
                    .help(format!("{} articles carry this passage", count_articles(g))),
                );
            }
        }
    }
}

fn count_articles(g: &[crate::align::Passage]) -> usize {
    let mut ids: Vec<_> = g.iter().map(|p| p.article).collect();
    ids.dedup();
    ids.len()
}

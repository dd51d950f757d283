//! `structure/shared-passage`: a paragraph that appears, verbatim or nearly, in another article.

use crate::analysis::Analysis;
use crate::finding::{Diagnostic, Label, Severity};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};

const DOCS: &str = "\
### What it does
Reports a paragraph that appears verbatim or nearly (Jaccard similarity of folded words at
least 0.8) in several articles of the corpus: one finding per passage, on its second copy,
with related labels on the earliest copy and a few others, and the number of articles that
carry it. Paragraphs are hashed and indexed, never compared pair by pair.

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
        // One finding per shared passage, however many files carry it (wire copy puts one
        // paragraph in thousands): on its second copy, pointing at the first and a few more.
        for g in &an.paragraphs.groups {
            let first = g[0];
            let first_file = &an.corpus.get(first.article).display;
            let mut others = g.iter().skip(1).filter(|p| p.article != first.article);
            let Some(p) = others.next() else { continue };
            let same = an.corpus.get(p.article).slice(p.span)
                == an.corpus.get(first.article).slice(first.span);
            let how = if same { "verbatim" } else { "nearly verbatim" };
            let articles = count_articles(g);
            let message = if articles > 2 {
                format!(
                    "paragraph also appears {how} in {first_file} and {} other article{}",
                    articles - 2,
                    if articles == 3 { "" } else { "s" }
                )
            } else {
                format!("paragraph also appears {how} in {first_file}")
            };
            let mut d = Diagnostic::new(Label::new(p.article, p.span, "shared passage"), message)
                .related(Label::new(first.article, first.span, "first seen here"))
                .help(format!("{articles} articles carry this passage"));
            let rest: Vec<_> = others.collect();
            for o in rest.iter().take(crate::finding::MAX_RELATED - 1) {
                d = d.related(Label::new(o.article, o.span, "also here"));
            }
            d.related_total = Some(1 + rest.len());
            ctx.report(d);
        }
    }
}

fn count_articles(g: &[crate::align::Passage]) -> usize {
    let mut ids: Vec<_> = g.iter().map(|p| p.article).collect();
    ids.dedup();
    ids.len()
}

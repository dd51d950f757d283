//! `spelling/space-before-punctuation`: a space before a comma or a full stop.

use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::TokKind;

const DOCS: &str = "\
### What it does
Reports a space between a word and the comma or full stop after it (\"la nuit , selon\",
\"l'agence Xinhua .\"). French typography puts a (thin) space before `;`, `:`, `!`, `?` and
inside guillemets, never before `,` or `.`; English puts none before any of them. An ellipsis
in brackets `(...)` is not reported.

### Why is this bad
It is a typing or conversion slip (often a link or a tag removed from the text) that looks
careless in print and breaks lines before the punctuation.

### Examples
\"a frappé le pays la nuit , selon les autorités\" is reported, with the fix removing the
space.
";

struct SpaceBeforePunctuation(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(SpaceBeforePunctuation(RuleMeta {
        id: "spelling/space-before-punctuation".into(),
        category: "spelling".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a space before a comma or a full stop".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("T\n\nLe séisme a frappé le pays la nuit , selon les autorités. Il a été ressenti jusqu'à Rabat .\n", 2),
            Example::one("T\n\nLe séisme a frappé le pays la nuit, selon les autorités (...). Est-ce fini ? Oui : « non ».\n", 0),
        ],
    }))
}

impl Rule for SpaceBeforePunctuation {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        for s in &a.seg.sentences {
            if !matches!(
                a.blocks[s.block as usize].kind,
                BlockKind::Body | BlockKind::Caption
            ) {
                continue;
            }
            let toks = a.seg.sentence_tokens(s);
            for k in 1..toks.len() {
                let (p, t) = (toks[k - 1], toks[k]);
                let c = t.span.slice(&a.text);
                if t.kind != TokKind::Punct || !matches!(c, "," | ".") || p.kind == TokKind::Punct {
                    continue;
                }
                let gap = &a.text[p.span.end()..t.span.start()];
                if gap.is_empty()
                    || !gap
                        .chars()
                        .all(|c| c == ' ' || c == '\u{a0}' || c == '\u{202f}')
                {
                    continue;
                }
                // "Rabat ." before "..."? an ellipsis run is not a full stop.
                if c == "."
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.span.slice(&a.text) == "." && n.span.start == t.span.end)
                {
                    continue;
                }
                let span = Span {
                    start: p.span.end,
                    end: t.span.end,
                };
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, span, "space before punctuation"),
                        format!("space before `{c}`"),
                    )
                    .help(format!("write `{}{c}`", p.span.slice(&a.text)))
                    .safe_fix(c.to_string()),
                );
            }
        }
    }
}

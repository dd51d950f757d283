//! `spelling/missing-elision`: a French word that elides before a vowel, written in full.

use crate::analysis::Analysis;
use crate::corpus::{Article, BlockKind};
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::lang::Lang;
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::{fold, TokKind};

const DOCS: &str = "\
### What it does
Reports one of the short French words that elide before a vowel (de, le, la, je, me, te, se,
ne, que, jusque, lorsque, puisque) written in full before a lower-case word that starts with
a vowel: \"le accord\", \"de ambassadeurs\", \"que il\". The fix writes the elided form with the
apostrophe the article uses.

Left alone: words starting with h or y (h aspiré, \"le yoga\"), capitalised words (foreign
particles keep their form, \"de Oliveira\"), \"un\", \"une\", \"onze\", \"oui\" and \"ou\" (\"à la une\",
\"le onze de départ\", \"le ou la ministre\"), a pronoun joined to its verb (\"donne-le à\"),
and a conjunction or preposition after the word, or any function word after le, la or de
(\"la et\", \"de en\": a broken sentence, two words swapped, not a missing apostrophe).
Only French articles are read.

### Why is this bad
Elision is not optional in French. A full form before a vowel is a slip that spell-checkers
accept, since both words exist; it is often what an edit leaves behind when a word was
replaced (\"le ministre\" became \"le ancien ministre\").

### Examples
\"Le accord de coopération a été signé\" is reported, with the fix `L'accord`; \"à la une du
journal\" is not.
";

struct MissingElision(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(MissingElision(RuleMeta {
        id: "spelling/missing-elision".into(),
        category: "spelling".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a French word written in full where it elides before a vowel".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one(
                "T\n\nLe accord de coopération a été signé jeudi, après que il a reçu la délégation de ambassadeurs.\n",
                3,
            ),
            Example::one(
                "T\n\nÀ la une du journal, le ou la ministre de Oliveira : donne-le à l'hôpital, le onze de départ, le yoga, le héros.\n",
                0,
            ),
        ],
    }))
}

/// The words that elide, folded, and the letters they keep ("de" → "d", "que" → "qu").
const ELIDING: &[(&str, usize)] = &[
    ("de", 1),
    ("le", 1),
    ("la", 1),
    ("je", 1),
    ("me", 1),
    ("te", 1),
    ("se", 1),
    ("ne", 1),
    ("que", 2),
    ("jusque", 5),
    ("lorsque", 6),
    ("puisque", 6),
];

/// Words before which no elision is made, folded.
const NO_ELISION: &[&str] = &["un", "une", "onze", "onzieme", "oui", "ou"];

/// Conjunctions and prepositions, as written: after one of the eliding words they mark a
/// broken sentence (two words swapped, one dropped), which an apostrophe would not mend.
const NOT_AFTER: &[&str] = &[
    "et", "à", "avec", "entre", "au", "aux", "après", "avant", "envers", "outre", "ainsi", "aussi",
    "alors", "encore", "ensuite", "autour", "auprès",
];

fn starts_with_vowel(w: &str) -> bool {
    w.chars().next().is_some_and(|c| {
        c.is_lowercase() && matches!(fold(&c.to_string()).as_str(), "a" | "e" | "i" | "o" | "u")
    })
}

impl Rule for MissingElision {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, _: &Analysis, ctx: &mut Ctx) {
        if a.lang != Lang::Fr {
            return;
        }
        // The apostrophe the article already uses.
        let curly = a.text.matches('’').count() > a.text.matches('\'').count();
        let apostrophe = if curly { '’' } else { '\'' };
        let fr_stop = crate::extract::stopwords_of(Lang::Fr);
        for s in &a.seg.sentences {
            if !matches!(
                a.blocks[s.block as usize].kind,
                BlockKind::Body | BlockKind::Caption | BlockKind::Heading | BlockKind::Title
            ) {
                continue;
            }
            let toks = a.seg.sentence_tokens(s);
            for pair in toks.windows(2) {
                let (t, n) = (pair[0], pair[1]);
                if t.kind != TokKind::Word || n.kind != TokKind::Word {
                    continue;
                }
                let (w, next) = (t.span.slice(&a.text), n.span.slice(&a.text));
                // "Le" or "le", not "LE" (a heading in capitals) nor "lE".
                if w.chars().skip(1).any(char::is_uppercase) {
                    continue;
                }
                // As written: "dé" (a die) folds to "de" but does not elide.
                let Some(&(_, keep)) = ELIDING.iter().find(|(e, _)| w.eq_ignore_ascii_case(e))
                else {
                    continue;
                };
                // After an article or "de", a function word ("la en", "de il") is a broken
                // sentence, not a missing apostrophe; after a pronoun or "que" it may elide
                // ("qu'il", "n'en", "s'est").
                let article = matches!(fold(w).as_str(), "le" | "la" | "de");
                let gap = &a.text[t.span.end()..n.span.start()];
                if gap.is_empty()
                    || !gap.chars().all(|c| c == ' ' || c == '\u{a0}')
                    || !starts_with_vowel(next)
                    || NO_ELISION.contains(&fold(next).as_str())
                    || NOT_AFTER.contains(&next.to_lowercase().as_str())
                    || (article && fr_stop.is_some_and(|st| st.contains(&fold(next))))
                {
                    continue;
                }
                let elided = format!("{}{apostrophe}", &w[..keep]);
                // Both words: the slip is the pair, and either may be the one that was edited.
                let span = Span {
                    start: t.span.start,
                    end: n.span.end,
                };
                let right = format!("{elided}{next}");
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, span, format!("write `{right}`")),
                        format!("`{w} {next}`: `{w}` is elided before a vowel"),
                    )
                    .help(format!("write `{right}`"))
                    .safe_fix(right),
                );
            }
        }
    }
}

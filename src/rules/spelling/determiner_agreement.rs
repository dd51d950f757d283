//! `spelling/determiner-agreement`: a determiner whose gender or number the corpus contradicts.

use crate::analysis::Analysis;
use crate::corpus::BlockKind;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::TokKind;
use std::collections::BTreeMap;

const DOCS: &str = "\
### What it does
Reports a French determiner (le/la, un/une, du/de la, au/à la) before a word that the corpus
writes at least three times with the other gender and never but once with this one: \"La
Kremlin n'a pas précisé\" where the corpus says \"le Kremlin\". The corpus is the grammar:
no gender dictionary is needed, and names are covered.

### Why is this bad
A wrong article is a typo that spell-checkers accept, and in a name (\"La Kremlin\") it reads
as a machine-translation slip.

### Examples
Three articles write \"le Kremlin\", a fourth \"La Kremlin\": the fourth is reported.
";

struct DeterminerAgreement(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let ok = "Le Kremlin a confirmé la visite du président chinois, selon le Kremlin.";
    Box::new(DeterminerAgreement(RuleMeta {
        id: "spelling/determiner-agreement".into(),
        category: "spelling".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "a determiner of the gender the corpus does not use for that word".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{ok}\n")),
                    ("b.txt", &format!("B\n\n{ok}\n")),
                    (
                        "c.txt",
                        "C\n\nLa Kremlin n'a rien dit de la rencontre de lundi.\n",
                    ),
                ],
                1,
            ),
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{ok}\n")),
                    (
                        "b.txt",
                        "B\n\nLa tour et le tour de France, la tour et le tour.\n",
                    ),
                ],
                0,
            ),
        ],
    }))
}

/// How often a determiner + word pair occurs, and where first.
#[derive(Default)]
struct Uses {
    count: usize,
    first: Option<(ArticleId, Span)>,
}

/// Masculine and feminine forms of each determiner pair.
const PAIRS: &[(&str, &str)] = &[("le", "la"), ("un", "une"), ("du", "de la"), ("au", "a la")];

impl Rule for DeterminerAgreement {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        // (pair, feminine?) uses of each folded word: a count and the first place (only a
        // single rare use is reported, against the first common one).
        let mut uses: BTreeMap<String, [[Uses; 2]; 4]> = BTreeMap::new();
        let mut words: Vec<String> = Vec::new();
        let first_words: Vec<&str> = PAIRS
            .iter()
            .flat_map(|(m, f)| [m, f])
            .filter_map(|d| d.split(' ').next())
            .collect();
        for a in an
            .corpus
            .readable()
            .filter(|a| a.lang == crate::lang::Lang::Fr)
        {
            for s in &a.seg.sentences {
                if !matches!(
                    a.blocks[s.block as usize].kind,
                    BlockKind::Body | BlockKind::Heading | BlockKind::Title
                ) {
                    continue;
                }
                let toks: Vec<_> = a
                    .seg
                    .sentence_tokens(s)
                    .into_iter()
                    .filter(|t| t.kind != TokKind::Punct)
                    .collect();
                // One buffer per position, reused across sentences. A determiner has at most
                // three letters and folding never shortens a word, so only short words are
                // folded up front; a longer one is folded when it follows a determiner.
                if words.len() < toks.len() {
                    words.resize(toks.len(), String::new());
                }
                let mut folded = vec![false; toks.len()];
                for ((w, t), done) in words.iter_mut().zip(&toks).zip(folded.iter_mut()) {
                    w.clear();
                    let raw = t.span.slice(&a.text);
                    if raw.chars().nth(3).is_none() {
                        crate::text::fold_into(raw, w);
                        *done = true;
                    }
                }
                let words = &mut words[..toks.len()];
                for i in 0..words.len() {
                    if !folded[i] || !first_words.contains(&words[i].as_str()) {
                        continue;
                    }
                    for (pi, (m, f)) in PAIRS.iter().enumerate() {
                        for (g, det) in [m, f].into_iter().enumerate() {
                            let n = det.split(' ').count();
                            if i + n >= words.len()
                                || !det
                                    .split(' ')
                                    .zip(&words[i..i + n])
                                    .zip(&folded[i..i + n])
                                    .all(|((p, w), &done)| done && p == w)
                            {
                                continue;
                            }
                            if !folded[i + n] {
                                crate::text::fold_into(
                                    toks[i + n].span.slice(&a.text),
                                    &mut words[i + n],
                                );
                                folded[i + n] = true;
                            }
                            let noun = &words[i + n];
                            let function_word = crate::extract::stopwords().contains(noun);
                            if noun.chars().count() >= 3
                                && toks[i + n].kind == TokKind::Word
                                && !function_word
                            {
                                let span = Span {
                                    start: toks[i].span.start,
                                    end: toks[i + n].span.end,
                                };
                                let u = match uses.get_mut(noun.as_str()) {
                                    Some(u) => u,
                                    None => uses.entry(noun.clone()).or_default(),
                                };
                                u[pi][g].count += 1;
                                u[pi][g].first.get_or_insert((a.id, span));
                            }
                        }
                    }
                }
            }
        }
        for (noun, pi, [masc, fem]) in uses
            .iter()
            .flat_map(|(noun, u)| u.iter().enumerate().map(move |(pi, x)| (noun, pi, x)))
        {
            for (rare, common, right) in [(fem, masc, PAIRS[pi].0), (masc, fem, PAIRS[pi].1)] {
                let (Some((aid, span)), Some((ca, cs))) = (rare.first, common.first) else {
                    continue;
                };
                if rare.count != 1 || common.count < 3 {
                    continue;
                }
                let a = an.corpus.get(aid);
                ctx.report(
                    Diagnostic::new(
                        Label::new(aid, span, format!("the corpus writes `{right} {noun}`")),
                        format!(
                            "`{}`: the corpus writes `{right}` before `{noun}` {} times",
                            a.slice(span),
                            common.count
                        ),
                    )
                    .related(Label::new(ca, cs, "here"))
                    .help("check the gender of the determiner"),
                );
            }
        }
    }
}

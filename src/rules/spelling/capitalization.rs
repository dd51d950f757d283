//! `spelling/capitalization`: a name written in the wrong case, judged by the corpus's own
//! usage.

use crate::analysis::Analysis;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::{fold, TokKind};

const DOCS: &str = "\
### What it does
Reports a word whose case disagrees with how the corpus writes it as a name:
- a name written in lower case (\"un sommet au kremlin\") where the corpus writes it
  capitalised inside names at least three times and never more than once in lower case;
- a name word written in capitals inside a name (\"XI Jinping\", \"Mr. XI\") where the corpus
  writes it in mixed case at least three times (a line all in capitals is a headline, and
  acronyms are written in capitals everywhere, so neither is reported);
- a drop-cap artefact, two capitals before a lower-case word that the corpus knows
  (\"ELe correspondant\" for \"Le correspondant\").

### Why is this bad
Case is part of a name's spelling. A lower-case \"kremlin\" or a shouted \"XI\" are typos that
a dictionary does not see, and the corpus shows the right form.

### Examples
Three articles write \"au Kremlin\", a fourth \"au kremlin\": the fourth is reported.
";

struct Capitalization(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let ok = "Le président chinois Xi Jinping est arrivé au Kremlin pour un sommet avec Vladimir Poutine.";
    Box::new(Capitalization(RuleMeta {
        id: "spelling/capitalization".into(),
        category: "spelling".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "a name written in the wrong case (lower case, capitals, drop cap)".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{ok}\n")),
                    ("b.txt", &format!("B\n\n{ok}\n")),
                    ("c.txt", &format!("C\n\n{ok}\n")),
                    ("d.txt", "D\n\nLe président chinois XI Jinping est arrivé au kremlin pour un sommet. ELe correspondant a suivi le sommet.\n"),
                ],
                3,
            ),
            Example::many(&[("a.txt", &format!("A\n\n{ok}\n")), ("b.txt", "B\n\nLA CHINE ET LA RUSSIE AU KREMLIN\n\nLe président est à l'ONU.\n")], 0),
            // "argentine" after a noun is the adjective; "en argentine" would be the country.
            Example::many(
                &[
                    ("a.txt", "A\n\nLe président de l'Argentine est arrivé à Paris.\n"),
                    ("b.txt", "B\n\nL'Argentine a voté dimanche.\n"),
                    ("c.txt", "C\n\nLes électeurs de l'Argentine ont voté.\n"),
                    ("d.txt", "D\n\nLe second tour de la présidentielle argentine a eu lieu dimanche, selon le gouvernement.\n"),
                ],
                0,
            ),
            Example::many(
                &[
                    ("a.txt", "A\n\nLe président de l'Argentine est arrivé à Paris.\n"),
                    ("b.txt", "B\n\nL'Argentine a voté dimanche.\n"),
                    ("c.txt", "C\n\nLes électeurs de l'Argentine ont voté.\n"),
                    ("d.txt", "D\n\nLe président est rentré en argentine dimanche, selon le gouvernement.\n"),
                ],
                1,
            ),
            // "North" only ever starts a longer name, and "north" is a word: a direction.
            Example::many(
                &[
                    ("a.txt", "A\n\nThe storm reached North Carolina on Friday.\n"),
                    ("b.txt", "B\n\nFloods cut off towns in North Carolina.\n"),
                    ("c.txt", "C\n\nRescuers arrived in North Carolina on Saturday.\n"),
                    ("d.txt", "D\n\nThe storm then moved north through Georgia.\n"),
                ],
                0,
            ),
        ],
    }))
}

/// True when the word before the end of `before` introduces a place or a name rather than
/// an adjective: a preposition or a definite article ("au", "en", "in", "the").
fn after_name_word(before: &str) -> bool {
    let word = before
        .trim_end_matches(|c: char| !c.is_alphabetic())
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        fold(word).as_str(),
        "a" | "au"
            | "aux"
            | "en"
            | "de"
            | "du"
            | "des"
            | "le"
            | "la"
            | "les"
            | "l"
            | "d"
            | "vers"
            | "depuis"
            | "in"
            | "to"
            | "from"
            | "at"
            | "of"
            | "the"
    )
}

/// The alphabetic characters of a word, counted and cased without collecting them.
struct Letters {
    count: usize,
    first_upper: bool,
    all_upper: bool,
}

impl Letters {
    fn of(w: &str) -> Self {
        let mut l = Letters {
            count: 0,
            first_upper: false,
            all_upper: true,
        };
        for c in w.chars().filter(|c| c.is_alphabetic()) {
            if l.count == 0 {
                l.first_upper = c.is_uppercase();
            }
            l.count += 1;
            l.all_upper &= c.is_uppercase();
        }
        l
    }
}

/// One word of a distinct paragraph: its word id, offset in the paragraph, length, and what
/// it counts as (see `check_corpus`).
type Hit = (u32, u32, u32, u8);

#[derive(Default)]
struct Usage {
    /// Mixed-case occurrences inside entity mentions, with one place.
    named: usize,
    named_at: Option<(ArticleId, Span)>,
    named_form: String,
    /// Mixed-case occurrences that are a whole name by themselves ("China", not the "North"
    /// of "North Carolina").
    named_alone: usize,
    /// Lower-case occurrences: how many, and the first (only a single one is reported; a
    /// list would hold every lower-case word of the corpus).
    lower: usize,
    lower_at: Option<(ArticleId, Span)>,
    /// All-caps occurrences next to a mixed-case name word.
    caps: Vec<(ArticleId, Span)>,
    /// Occurrences as a plain word at the start of a sentence or anywhere (for drop caps).
    any: usize,
}

impl Rule for Capitalization {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        // Every word of the corpus goes through this map: a fast hash, not SipHash.
        let mut ids: rustc_hash::FxHashMap<String, u32> = Default::default();
        let mut usage: Vec<Usage> = Vec::new();
        let mut drops: Vec<(ArticleId, Span, String)> = Vec::new();
        let mut key = String::new();
        // What each word of a distinct paragraph counts as: sentences and entity mentions
        // follow from a paragraph's text and kind, so wire copy reads each paragraph once and
        // replays it for every copy, in the same order.
        const NAMED: u8 = 1;
        const LOWER: u8 = 2;
        const CAPS: u8 = 4;
        const DROP: u8 = 8;
        const ALONE: u8 = 16;
        let mut seen: rustc_hash::FxHashMap<(&str, crate::corpus::BlockKind), Vec<Hit>> =
            Default::default();
        for a in an.corpus.readable() {
            let f = &an.facts[a.id.0 as usize];
            for ss in a.seg.sentences.chunk_by(|x, y| x.block == y.block) {
                let b = &a.blocks[ss[0].block as usize];
                if !(b.kind.is_content() || b.kind == crate::corpus::BlockKind::Caption) {
                    continue;
                }
                let base = b.span.start;
                let hits = seen.entry((a.slice(b.span), b.kind)).or_insert_with(|| {
                    let mut hits = Vec::new();
                    for s in ss {
                        let toks = a.seg.sentence_tokens(s);
                        let line_caps = {
                            let l = Letters::of(a.slice(s.span));
                            l.count > 10 && l.all_upper
                        };
                        for (k, t) in toks.iter().enumerate() {
                            if t.kind != TokKind::Word {
                                continue;
                            }
                            let w = t.span.slice(&a.text);
                            let l = Letters::of(w);
                            if l.count < 2 {
                                continue;
                            }
                            key.clear();
                            crate::text::fold_into(w, &mut key);
                            let id = match ids.get(key.as_str()) {
                                Some(&i) => i,
                                None => {
                                    let i = usage.len() as u32;
                                    usage.push(Usage::default());
                                    ids.insert(key.clone(), i);
                                    i
                                }
                            };
                            let mut what = 0;
                            let (first_upper, all_upper) = (l.first_upper, l.all_upper);
                            if first_upper && !all_upper {
                                let name =
                                    crate::finding::containing(&f.entities, t.span, |en| en.span)
                                        .filter(|en| {
                                            en.entry.is_some()
                                                || en.kind == crate::extract::EntityKind::Person
                                        });
                                if let Some(en) = name {
                                    what |= NAMED;
                                    if { en.span } == { t.span } {
                                        what |= ALONE;
                                    }
                                }
                                // "ELe": two capitals then lower case.
                                let cs: Vec<char> = w.chars().take(3).collect();
                                if cs.len() >= 3
                                    && cs[0].is_uppercase()
                                    && cs[1].is_uppercase()
                                    && cs[2].is_lowercase()
                                {
                                    what |= DROP;
                                }
                            } else if !first_upper {
                                what |= LOWER;
                            } else if all_upper && !line_caps {
                                let near_name = |j: usize| {
                                    toks.get(j).is_some_and(|n| {
                                        let nl = Letters::of(n.span.slice(&a.text));
                                        n.kind == TokKind::Word && nl.first_upper && !nl.all_upper
                                    })
                                };
                                if near_name(k + 1)
                                    || (k > 0 && near_name(k - 1))
                                    || (k > 1
                                        && matches!(
                                            fold(toks[k - 2].span.slice(&a.text)).as_str(),
                                            "mr" | "m" | "mme" | "president"
                                        ))
                                {
                                    what |= CAPS;
                                }
                            }
                            hits.push((id, t.span.start - base, t.span.len() as u32, what));
                        }
                    }
                    hits
                });
                for &(id, at, len, what) in hits.iter() {
                    let span = Span::new((base + at) as usize, (base + at + len) as usize);
                    let e = &mut usage[id as usize];
                    e.any += 1;
                    if what & NAMED != 0 {
                        e.named += 1;
                        e.named_alone += usize::from(what & ALONE != 0);
                        if e.named_at.is_none() {
                            e.named_at = Some((a.id, span));
                            e.named_form = a.slice(span).to_string();
                        }
                    }
                    if what & DROP != 0 {
                        let w = a.slice(span);
                        let first = w.chars().next().map_or(0, char::len_utf8);
                        drops.push((a.id, span, w[first..].to_string()));
                    }
                    if what & LOWER != 0 {
                        e.lower += 1;
                        e.lower_at.get_or_insert((a.id, span));
                    }
                    if what & CAPS != 0 {
                        e.caps.push((a.id, span));
                    }
                }
            }
        }
        drop(seen);
        let u: rustc_hash::FxHashMap<&str, &Usage> = ids
            .iter()
            .map(|(k, &i)| (k.as_str(), &usage[i as usize]))
            .collect();
        let mut report =
            |at: (ArticleId, Span), right: &str, named_at: (ArticleId, Span), why: String| {
                let a = an.corpus.get(at.0);
                let written = a.slice(at.1);
                ctx.report(
                    Diagnostic::new(
                        Label::new(at.0, at.1, format!("write `{right}`")),
                        format!("`{written}` should be written `{right}`"),
                    )
                    .related(Label::new(named_at.0, named_at.1, format!("`{right}`")))
                    .help(why)
                    .fix(right.to_string()),
                );
            };
        let mut keys: Vec<&str> = u.keys().copied().collect();
        keys.sort();
        for k in keys {
            let e = u[k];
            let Some(named_at) = e.named_at else { continue };
            // A word the corpus only writes inside longer names ("North Carolina") and the
            // dictionary knows in lower case is a common word there ("moved north").
            // A name that is also a word of the language ("l'Argentine", "la présidentielle
            // argentine") is that word unless a preposition or an article introduces it as
            // a name ("en argentine", "in china").
            let common = |at: (ArticleId, Span)| {
                let a = an.corpus.get(at.0);
                crate::text::dict::knows(a.lang, a.slice(at.1)) == Some(true)
                    && (e.named_alone == 0 || !after_name_word(&a.text[..at.1.start as usize]))
            };
            if let (true, Some(lower_at)) = (e.named >= 3 && e.lower == 1, e.lower_at) {
                if !common(lower_at) {
                    report(
                        lower_at,
                        &e.named_form,
                        named_at,
                        format!(
                            "the corpus writes `{}` {} times as a name",
                            e.named_form, e.named
                        ),
                    );
                }
            }
            if e.named >= 3 {
                for &c in &e.caps {
                    report(
                        c,
                        &e.named_form,
                        named_at,
                        format!(
                            "the corpus writes `{}` {} times in a name",
                            e.named_form, e.named
                        ),
                    );
                }
            }
        }
        for (aid, span, rest) in drops {
            let known = u.get(fold(&rest).as_str()).is_some_and(|e| e.any >= 2);
            let whole = u
                .get(fold(an.corpus.get(aid).slice(span)).as_str())
                .is_some_and(|e| e.any >= 2);
            if known && !whole {
                let right = rest.clone();
                let a = an.corpus.get(aid);
                ctx.report(
                    Diagnostic::new(
                        Label::new(aid, span, format!("write `{right}`")),
                        format!(
                            "`{}` looks like a drop-cap artefact for `{right}`",
                            a.slice(span)
                        ),
                    )
                    .help("a doubled initial capital is left over from a page layout")
                    .fix(right),
                );
            }
        }
    }
}

//! `spelling/typo`: a word used once in the corpus, one edit away from a frequent word.

use crate::align::sentences::{replacements, DiffKind};
use crate::analysis::Analysis;
use crate::corpus::BlockKind;
use crate::extract::stopwords;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::dict::{self, knows};
use rayon::prelude::*;

/// Unknown words that get a correction in one run (each costs about a thousand lookups).
const MAX_CORRECTIONS: usize = 300;
use crate::text::near::NearIndex;
use crate::text::{fold, TokKind};
use std::collections::HashSet;

const DOCS: &str = "\
### What it does
Reports a lower-case word that occurs once in the corpus while a word one edit away occurs at
least twice as often and at least twice (\"entetien\" against \"entretien\", \"févier\"
against \"février\", \"saluté\" against \"salué\"), and suggests the frequent word. The corpus
is its own dictionary: this catches misspellings that are real words elsewhere (\"févier\" is
a tree), which a dictionary never flags. Proper names are left to `entity/name-variant`.

When a Hunspell dictionary is installed (see `RECOUPE_DICTIONARY`), a rare word that the
dictionary knows is reported only when it stands where the frequent word stands elsewhere
(same word before or after: \"en févier 2022\" against \"en février 2022\"); \"tenir\"
next to \"venir\" is not a typo. A word glued to a prefix the press uses freely (\"multirole\",
\"cyberattaque\") is known when the rest of it is. Without a dictionary, a rare word with no shared context is
reported as information.
Inflections (an ending that differs in the last two letters: salué/saluée, dernier/derniers)
are not reported, nor is a word the dictionary knows that is the other with one or two
letters in front (\"abaisse\" beside \"baisse\": a derived word), nor a lower-case word made of
a name the article writes and a suffix (\"trumpiste\" beside \"Donald Trump\"), nor are American and
British spellings of one English word
(\"meters\"/\"metres\", \"color\"/\"colour\"), nor the words of a quotation that the
dictionary mostly does not know (\"« Habemus papam »\": another language).

Two aligned sentences of different articles that differ by one near-identical word are the
strongest evidence of all: the rarer spelling, at the same place of the same sentence, is
reported even when the corpus is too small to say which word is frequent.

### Why is this bad
A typo in one article out of many is exactly what copy-desk checks miss and readers notice.

### Examples
Three articles write \"entretien\" and one \"entetien\": the one is reported.
";

struct Typo(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let ok = "Les deux dirigeants ont eu un entretien téléphonique mardi, selon la télévision.";
    Box::new(Typo(RuleMeta {
        id: "spelling/typo".into(),
        category: "spelling".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "a rare word one edit away from a frequent word of the corpus".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{ok}\n")),
                    ("b.txt", &format!("B\n\n{ok}\n")),
                    ("c.txt", "C\n\nLes deux dirigeants ont eu un entetien téléphonique mardi, selon la télévision.\n"),
                ],
                1,
            ),
            // An English compound with a head the press glues to any noun is coined.
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nThe planemaker said on Friday that deliveries would resume.\n", 0),
            // Two words glued by a dropped space are still a slip.
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nThe meeting tookplace on Friday in the capital.\n", 1),
            // A currency the dictionary lacks is the unit of its figure, no slip.
            Example::one("T\n\nLes dégâts sont estimés à 9 000 milliards de dongs par le gouvernement.\n", 0),
            // Two articles only: the aligned sentences alone show the typo.
            Example::many(
                &[
                    ("a.txt", "A\n\nDepuis le début de la crise en février 2022, les deux capitales ont multiplié les contacts discrets.\n"),
                    ("b.txt", "B\n\nDepuis le début de la crise en févier 2022, les deux capitales ont multiplié les contacts discrets.\n"),
                ],
                1,
            ),
            Example::many(
                &[
                    ("a.txt", "A\n\nIl a salué les efforts. Elle a salué le geste. Ils ont salué la décision.\n"),
                    ("b.txt", "B\n\nLa décision a été saluée par les ministres.\n"),
                ],
                0,
            ),
            // Two words of the language between two function words: "le ministre de" beside
            // "le ministère de" is no slip.
            Example::many(
                &[
                    ("a.txt", "A\n\nLe ministère de l'Intérieur a publié un bilan dans la soirée.\n"),
                    ("b.txt", "B\n\nSelon le ministère de l'Intérieur, le calme est revenu.\n"),
                    ("c.txt", "C\n\nLe ministre de l'Intérieur a salué les forces de l'ordre.\n"),
                ],
                0,
            ),
            // A known word whose only shared context is a function word and a comma: "la
            // veille," beside "la ville," is no typo.
            Example::many(
                &[
                    ("a.txt", "A\n\nIl est arrivé dans la ville, puis il est reparti.\n"),
                    ("b.txt", "B\n\nLes secours ont quadrillé la ville, selon la police.\n"),
                    ("c.txt", "C\n\nLe maire a visité la ville, hier.\n"),
                    ("d.txt", "D\n\nIl était arrivé la veille, selon ses proches.\n"),
                ],
                0,
            ),
            // One part of a compound the dictionary does not know, the others known.
            Example::many(
                &[(
                    "a.txt",
                    "+++\nlang = \"en\"\n+++\nA\n\nThe secrtary-general of the alliance spoke on Monday.\n",
                )],
                1,
            ),
            // A nationality's combining form opens a compound; a slip in the other part
            // is still one.
            Example::one("A\n\nLa journaliste palestino-américaine et son confrère russo-ukrainien ont été reçus.\n", 0),
            Example::one("A\n\nLa journaliste palestino-américaime a été reçue mardi.\n", 1),
            // A prefix and a word the dictionary knows make a word of the language; a slip
            // of the word after the prefix is still one.
            Example::one("+++\nlang = \"en\"\n+++\nA\n\nThe shares were delisted on Friday.\n", 0),
            Example::one("+++\nlang = \"en\"\n+++\nA\n\nThe shares were delistted on Friday.\n", 1),
            // A letter dropped from a word that opens with "re" leaves a prefix and a word.
            Example::one("+++\nlang = \"en\"\n+++\nA\n\nHe is repored to have left on Friday.\n", 1),
            // A number is a part the dictionary needs not know.
            Example::many(
                &[(
                    "a.txt",
                    "+++\nlang = \"en\"\n+++\nA\n\nThe runners took a 6-kilmetre route by the river.\n",
                )],
                1,
            ),
            Example::many(
                &[(
                    "a.txt",
                    "+++\nlang = \"en\"\n+++\nA\n\nThe runners took a 6-kilometre route by the river, a 42-year-old in the lead.\n",
                )],
                0,
            ),
            // Two ages are two numbers, not a slip of one word.
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"en\"\n+++\nA\n\nThe winner, a 47-year-old teacher, ran alone.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nA\n\nThe winner, a 41-year-old teacher, ran alone.\n"),
                    ("c.txt", "+++\nlang = \"en\"\n+++\nA\n\nThe winner, a 41-year-old teacher, ran alone.\n"),
                ],
                0,
            ),
            // A quotation in another language is not French misspelt; a slip inside a French
            // quotation is.
            Example::many(
                &[("a.txt", "A\n\nDevant la foule, le cardinal a lancé « Carpe diem, amici mei » avant de rentrer.\n")],
                0,
            ),
            Example::many(
                &[("a.txt", "A\n\n« Nous avons besoin de sang en grande quantiité », a dit un médecin.\n")],
                1,
            ),
            // A word coined on a name the article writes is no typo; one on no name is.
            Example::many(
                &[("a.txt", "A\n\nDonald Trump a parlé. La droite trumpiste applaudit.\n")],
                0,
            ),
            Example::many(
                &[("a.txt", "A\n\nDonald Trump a parlé. La droite trimpiste applaudit.\n")],
                1,
            ),
            // A word and the same word with a prefix are both words: a choice, not a slip.
            Example::many(
                &[
                    ("a.txt", "A\n\nLa banque baisse ses taux. La banque baisse encore ses taux.\n"),
                    ("b.txt", "B\n\nLa banque abaisse ses taux directeurs.\n"),
                ],
                0,
            ),
            // An American report among British ones spells its own way.
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"en\"\n+++\nA\n\nThe divers went down 300 metres. The cave is 40 metres wide and the colour of sand.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nB\n\nThe divers went down 300 meters in the dark.\n"),
                ],
                0,
            ),
        ],
    }))
}

/// True when two words differ only in their last two characters (an inflection).
fn ending_only(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (la, lb) = (a.chars().count(), b.chars().count());
    la.max(lb) - common <= 2
}

/// The folded words just before and after a token.
fn neighbours_of(a: &crate::corpus::Article, span: Span) -> (String, String) {
    let i = a.seg.index_at(span.start());
    let word = |t: Option<crate::text::Token>| {
        t.filter(|t| t.kind != TokKind::Punct)
            .map(|t| fold(t.span.slice(&a.text)))
            .unwrap_or_default()
    };
    (
        word(i.checked_sub(1).and_then(|j| a.seg.token(j))),
        word(a.seg.token(i + 1)),
    )
}

/// How often a candidate word occurs, and its first place.
struct Uses {
    count: usize,
    first: (ArticleId, Span),
}

/// The folded words seen before and after a frequent word, alone and as pairs.
#[derive(Default)]
struct Contexts {
    before: HashSet<String>,
    after: HashSet<String>,
    both: HashSet<(String, String)>,
}

/// True for a word the rule considers: lower-case, five letters or more, or a number's
/// compound whose word is ("6-kilometre", "42-year-old").
fn is_candidate(a: &crate::corpus::Article, t: &crate::text::Token) -> bool {
    let w = t.span.slice(&a.text);
    let (word, kind) = match w.split_once('-') {
        Some((n, rest)) if is_number(n) && !rest.contains(|c: char| c.is_ascii_digit()) => {
            (rest, TokKind::Word)
        }
        _ => (w, t.kind),
    };
    kind == TokKind::Word && word.starts_with(char::is_lowercase) && word.chars().count() >= 5
}

/// The text blocks of an article (reporting and captions), each with its sentences.
fn text_blocks(
    a: &crate::corpus::Article,
) -> impl Iterator<Item = (&crate::corpus::Block, &[crate::text::Sentence])> {
    a.seg
        .sentences
        .chunk_by(|x, y| x.block == y.block)
        .map(|ss| (&a.blocks[ss[0].block as usize], ss))
        .filter(|(b, _)| b.kind.is_content() || b.kind == BlockKind::Caption)
}

impl Rule for Typo {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let stop = stopwords();
        // Words the dictionary does not know and the corpus cannot correct.
        let mut unknown: Vec<(ArticleId, Span, crate::lang::Lang, String)> = Vec::new();
        // Places already reported, so that the aligned-pair pass does not repeat them.
        let mut reported: std::collections::HashSet<(ArticleId, Span)> =
            std::collections::HashSet::new();
        // Each candidate word: how often, and where first. A count and one place, not a list
        // of places: the list held every long word of a 25,000-article corpus.
        // Every long word of the corpus goes through this map: a fast hash, not SipHash.
        let mut ids: rustc_hash::FxHashMap<String, u32> = Default::default();
        let mut uses: Vec<Uses> = Vec::new();
        // Wire copy repeats a paragraph in thousands of files: each distinct paragraph's words
        // are folded once, and every copy adds its counts.
        let mut block_words: rustc_hash::FxHashMap<(&str, BlockKind), Vec<u32>> =
            Default::default();
        let mut folded = String::new();
        for a in an.corpus.readable() {
            for (b, sentences) in text_blocks(a) {
                let words = block_words
                    .entry((a.slice(b.span), b.kind))
                    .or_insert_with(|| {
                        let mut words = Vec::new();
                        for t in sentences.iter().flat_map(|s| a.seg.sentence_tokens(s)) {
                            if !is_candidate(a, &t) {
                                continue;
                            }
                            folded.clear();
                            crate::text::fold_into(t.span.slice(&a.text), &mut folded);
                            let id = match ids.get(folded.as_str()) {
                                Some(&i) => i,
                                None => {
                                    let i = uses.len() as u32;
                                    uses.push(Uses {
                                        count: 0,
                                        first: (a.id, t.span),
                                    });
                                    ids.insert(folded.clone(), i);
                                    i
                                }
                            };
                            words.push(id);
                        }
                        words
                    });
                for &i in words.iter() {
                    uses[i as usize].count += 1;
                }
            }
        }
        drop(block_words);
        let occ = |w: &str| ids.get(w).map(|&i| &uses[i as usize]);
        let mut frequent: Vec<&str> = ids
            .iter()
            .filter(|(_, &i)| uses[i as usize].count >= 2)
            .map(|(k, _)| k.as_str())
            .collect();
        frequent.sort_unstable();
        let idx = NearIndex::new(frequent.iter().copied());
        let mut once: Vec<(&String, &Uses)> = ids
            .iter()
            .map(|(w, &i)| (w, &uses[i as usize]))
            .filter(|(w, u)| u.count == 1 && !stop.contains(w.as_str()))
            .collect();
        once.sort_unstable_by(|x, y| x.0.cmp(y.0));
        // The contexts of the frequent words a rare one is near, gathered in one more pass.
        let near: HashSet<&str> = once.iter().flat_map(|(w, _)| idx.neighbours(w)).collect();
        let mut contexts: rustc_hash::FxHashMap<&str, Contexts> = Default::default();
        // Contexts are sets: a copy of a paragraph adds nothing but at its edges, where the
        // words before and after it belong to the article.
        let mut seen: rustc_hash::FxHashSet<(&str, BlockKind)> = Default::default();
        for a in an.corpus.readable() {
            for (b, sentences) in text_blocks(a) {
                let first_sighting = seen.insert((a.slice(b.span), b.kind));
                let toks: Vec<crate::text::Token> = sentences
                    .iter()
                    .flat_map(|s| a.seg.sentence_tokens(s))
                    .collect();
                let last = toks.len().saturating_sub(1);
                for (k, t) in toks.iter().enumerate() {
                    if !(first_sighting || k == 0 || k == last) || !is_candidate(a, t) {
                        continue;
                    }
                    folded.clear();
                    crate::text::fold_into(t.span.slice(&a.text), &mut folded);
                    if let Some(&n) = near.get(folded.as_str()) {
                        let (b, f) = neighbours_of(a, t.span);
                        let c = contexts.entry(n).or_default();
                        c.before.insert(b.clone());
                        c.after.insert(f.clone());
                        c.both.insert((b, f));
                    }
                }
            }
        }
        let none = Contexts::default();
        for (w, u) in once {
            let (aid, span) = u.first;
            let a = an.corpus.get(aid);
            let written = a.slice(span);
            let known = knows(a.lang, written);
            let (before, after) = neighbours_of(a, span);
            let mut best: Option<(&str, usize, bool)> = None;
            // A number's compound ("77-year-old") is checked against the dictionary only: two
            // ages are two numbers, not a slip of one word.
            let numbered = w.starts_with(|c: char| c.is_ascii_digit());
            for n in idx.neighbours(w).into_iter().filter(|_| !numbered) {
                if ending_only(w, n) || stop.contains(n) {
                    continue;
                }
                let count = occ(n).map_or(0, |u| u.count);
                // Same neighbours as the frequent word somewhere ("en févier 2022" / "février 2022").
                let c = contexts.get(n).unwrap_or(&none);
                let one_side =
                    (!after.is_empty() && c.after.contains(&after) && !stop.contains(&after))
                        || (!before.is_empty()
                            && c.before.contains(&before)
                            && !stop.contains(&before));
                // A word the dictionary knows shares one neighbour with another by chance
                // ("le Premier ministre thaïlandais" beside "le ministère thaïlandais"): one
                // side is evidence only against a word written three times or more.
                // Nor are two function words around it ("le ministre de" beside "le
                // ministère de"): a known word needs one neighbour that says something.
                // Punctuation beside it says nothing either ("la veille, près" beside "la
                // ville, près").
                let telling = |w: &String| !w.is_empty() && !stop.contains(w);
                let both = c.both.contains(&(before.clone(), after.clone()))
                    && (known != Some(true) || telling(&before) || telling(&after));
                let same_context = both || (one_side && (known != Some(true) || count >= 3));
                if best.is_none_or(|(bn, bc, bctx)| {
                    (same_context, count, std::cmp::Reverse(n)) > (bctx, bc, std::cmp::Reverse(bn))
                }) {
                    best = Some((n, count, same_context));
                }
            }
            let Some((n, count, same_context)) = best else {
                // No corpus evidence: a word the dictionary does not know. An excerpt cut in
                // the middle of a word is not a typo, nor is a ligature spelled out ("oeuvrer").
                let cut = a.text[span.end()..].trim().is_empty()
                    || a.seg.token(0).is_some_and(|t| { t.span } == span);
                let ligature =
                    knows(a.lang, &written.replace("oe", "œ").replace("ae", "æ")) == Some(true);
                // A quotation in another language, a web address: not prose to spell-check.
                // Nor a unit the figures read ("8 000 milliards de dongs"): a currency
                // dictionaries often lack.
                let not_prose = || {
                    in_foreign_quote(a, &an.facts[aid.0 as usize].quotes, span)
                        || in_web_address(&a.text, span)
                        || an.facts[aid.0 as usize]
                            .figures
                            .iter()
                            .any(|f| f.unit.is_some() && f.span.contains(span))
                };
                if known == Some(false)
                    && !cut
                    && !ligature
                    && !written.contains(|c: char| c.is_ascii_digit() || c == '-')
                    && !not_prose()
                    && !derived_from_name(&a.text, written)
                    && !prefixed(a.lang, written)
                    && !compounded(a.lang, written)
                {
                    unknown.push((aid, span, a.lang, written.to_string()));
                } else if known != Some(true)
                    && !cut
                    && !ligature
                    && written.contains('-')
                    && written
                        .split('-')
                        .all(|p| !p.contains(|c: char| c.is_ascii_digit()) || is_number(p))
                    && !not_prose()
                {
                    // "secrtary-general", "a 6-kilmetre route": one part of a compound the
                    // dictionary does not know, when it knows every other part (a number is
                    // a part it needs not know).
                    if let Some((at, part)) = unknown_part(a.lang, written) {
                        let start = span.start() + at;
                        unknown.push((
                            aid,
                            Span::new(start, start + part.len()),
                            a.lang,
                            part.to_string(),
                        ));
                    }
                }
                continue;
            };
            // A real word needs the context of the frequent one; without a dictionary, a word
            // with no shared context is only information.
            let demote = match (known, same_context) {
                (Some(true), false) => continue,
                (None, false) => Some(Severity::Info),
                _ => None,
            };
            let (ra, rspan) = occ(n).expect("a frequent word of the corpus").first;
            let right = an.corpus.get(ra).slice(rspan).to_string();
            // A word of the article's language is no typo for a word of another
            // ("kilomètres" in a French report, "kilometers" in the English ones).
            if known == Some(true) && knows(a.lang, &right) == Some(false) {
                continue;
            }
            // "Abaisse" beside "baisse", "remonte" beside "monte": a word the dictionary
            // knows that is the other plus a prefix is a derived word, chosen, not a slip.
            if known == Some(true) && derived_by_prefix(&fold(written), &fold(&right)) {
                continue;
            }
            // "Meters" in an American report, "metres" in a British one.
            if a.lang == crate::lang::Lang::En && dict::regional_variants(written, &right) {
                continue;
            }
            let mut d = Diagnostic::new(
                Label::new(aid, span, format!("did you mean `{right}`?")),
                format!("`{written}` looks like a typo for `{right}`"),
            )
            .related(Label::new(
                ra,
                rspan,
                format!("`{right}`, used {count} times in the corpus"),
            ))
            .help(format!(
                "`{written}` occurs once in the corpus; `{right}` occurs {count} times"
            ))
            .fix(right);
            if let Some(s) = demote {
                d = d.at_most(s);
            }
            reported.insert((aid, span));
            ctx.report(d);
        }
        // Corrections cost about a thousand dictionary lookups each: computed in parallel, and
        // only for the first words of a run (the others are reported without a correction).
        // Among the dictionary's candidates, the one the corpus uses most ("salué" rather than
        // "sauté" for "saluté" in a corpus that writes "salué").
        let fixes: Vec<Option<String>> = unknown
            .par_iter()
            .enumerate()
            .map(|(i, (_, _, lang, w))| {
                if i >= MAX_CORRECTIONS {
                    return None;
                }
                dict::dictionary(*lang)?;
                let uses = |c: &String| occ(&fold(c)).map_or(0, |u| u.count);
                let best = |cands: &mut dyn Iterator<Item = (usize, &String)>| {
                    cands
                        .filter(|(_, c)| knows(*lang, c) == Some(true))
                        .max_by_key(|(k, c)| (uses(c), std::cmp::Reverse(*k)))
                        .map(|(_, c)| c.clone())
                };
                // The words the corpus uses are checked first: when one of them is a word,
                // it is the answer and the other thousand candidates need no lookup.
                let edits = dict::one_edit(*lang, w);
                best(&mut edits.iter().enumerate().filter(|(_, c)| uses(c) > 0))
                    .or_else(|| best(&mut edits.iter().enumerate()))
            })
            .collect();
        for ((aid, span, lang, written), fix) in unknown.iter().zip(fixes) {
            // A long word nothing in the dictionary comes close to is still suspect
            // ("interpretimentary"); a short one is more often a name or a loanword.
            if fix.is_none() && written.chars().count() < 9 {
                continue;
            }
            let label = fix.as_ref().map_or("unknown word".to_string(), |f| {
                format!("did you mean `{f}`?")
            });
            let help = match &fix {
                Some(f) => {
                    format!("the dictionary suggests `{f}`; `{written}` occurs once in the corpus")
                }
                None => format!(
                    "`{written}` occurs once in the corpus and the dictionary has nothing close"
                ),
            };
            let mut d = Diagnostic::new(
                Label::new(*aid, *span, label),
                format!("`{written}` is not in the {} dictionary", lang.name()),
            )
            .help(help);
            if let Some(f) = fix {
                d = d.fix(f);
            }
            reported.insert((*aid, *span));
            ctx.report(d);
        }
        // Aligned sentences that differ by one near-identical word: the rarer spelling, in
        // the same place of the same sentence, is the typo ("en févier 2022" / "en février").
        for r in replacements(an).filter(|r| r.kind == DiffKind::NearWord) {
            let (a, b) = (
                an.corpus.get(r.suspect.article),
                an.corpus.get(r.reference.article),
            );
            let (wa, wb) = (a.slice(r.here), b.slice(r.there));
            let (fa, fb) = (fold(wa), fold(wb));
            // Function words differ between paraphrases ("l'incendie d'un ferry", "l'incendie
            // du ferry"): a swap of one for another is wording, not a typo.
            if fa == fb
                || !wa.starts_with(char::is_lowercase)
                || ending_only(&fa, &fb)
                || stop.contains(fa.as_str())
                || stop.contains(fb.as_str())
            {
                continue;
            }
            let count = |w: &str| occ(w).map_or(0, |u| u.count);
            // The suspect is the side fewer sources support; the word must also be the rarer.
            let (ca, cb) = (count(&fa), count(&fb));
            if ca > cb || ca > 1 || !reported.insert((r.suspect.article, r.here)) {
                continue;
            }
            ctx.report(
                Diagnostic::new(Label::new(r.suspect.article, r.here, format!("did you mean `{wb}`?")), format!("`{wa}` where {} has `{wb}` in the same sentence", b.display))
                    .related(Label::new(r.reference.article, r.there, format!("`{wb}`")))
                    .help(format!("the aligned sentences differ only by this word; `{wa}` occurs {ca} time(s) in the corpus, `{wb}` {cb}"))
                    .fix(wb.to_string()),
            );
        }
    }
}

/// True for a word of a web address ("poweroutage.us", "www.lemonde.fr"): a dot glued to
/// letters on either side.
fn in_web_address(text: &str, span: Span) -> bool {
    let after = &text[span.end()..];
    let before = &text[..span.start()];
    let glued_after = after
        .strip_prefix('.')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    let glued_before = before
        .strip_suffix('.')
        .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_alphanumeric()));
    glued_after || glued_before
}

/// True when `span` stands in a quotation of two words or more, most of which the article's
/// dictionary does not know: words of another language ("« Habemus papam »"), not typos.
fn in_foreign_quote(
    a: &crate::corpus::Article,
    quotes: &[crate::extract::quotes::QuoteFact],
    span: Span,
) -> bool {
    let Some(q) = quotes.iter().find(|q| q.inner.contains(span)) else {
        return false;
    };
    let words: Vec<&str> = a
        .seg
        .tokens_in(q.inner)
        .iter()
        .filter(|t| t.kind == crate::text::TokKind::Word && t.span.len() > 1)
        .map(|t| t.span.slice(&a.text))
        .collect();
    let unknown = words
        .iter()
        .filter(|w| knows(a.lang, &w.to_lowercase()) == Some(false))
        .count();
    words.len() >= 2 && unknown * 2 > words.len()
}

/// True when one word is the other with one or two letters added in front ("abaisse" and
/// "baisse", "remonte" and "monte"), with the shorter of four letters at least.
fn derived_by_prefix(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 4
        && long.ends_with(short)
        && (1..=2).contains(&(long.chars().count() - short.chars().count()))
}

/// A word made of a prefix and a word the dictionary knows ("delisted", "cofounded",
/// "surtaxer"): derived, not misspelt, and no dictionary lists every derivation. The rest must
/// be a word of six letters at least, so that a slip of a short word is not read as a prefix
/// and another word; "re-" is left out, as a letter dropped from a word that opens with it
/// so often leaves one ("repored" for "reported", "retuned" for "returned").
fn prefixed(lang: crate::lang::Lang, written: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "de", "dé", "un", "non", "pre", "pré", "post", "anti", "co", "counter", "contre", "over",
        "under", "out", "mis", "dis", "inter", "multi", "semi", "sub", "sous", "super", "sur",
        "ultra", "mega", "méga", "micro", "mini", "ex", "self", "auto",
    ];
    let lower = written.to_lowercase();
    PREFIXES.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            rest.chars().count() >= 6 && knows(lang, rest) == Some(true)
        })
    })
}

/// An English closed compound of a word the dictionary knows and a head the press glues to
/// any noun ("planemaker", "chipmaker", "shipbuilders", "stakeholder"): coined, not
/// misspelt. Only these heads: two known words glued by a dropped space ("tookplace") are
/// a slip to report.
fn compounded(lang: crate::lang::Lang, written: &str) -> bool {
    const HEADS: &[&str] = &[
        "maker",
        "makers",
        "builder",
        "builders",
        "holder",
        "holders",
        "owner",
        "owners",
        "goer",
        "goers",
        "worker",
        "workers",
        "seller",
        "sellers",
        "producer",
        "producers",
    ];
    if lang != crate::lang::Lang::En {
        return false;
    }
    let lower = written.to_lowercase();
    HEADS.iter().any(|h| {
        lower.strip_suffix(h).is_some_and(|first| {
            first.chars().count() >= 3
                && first.chars().all(|c| c.is_ascii_lowercase())
                && knows(lang, first) == Some(true)
        })
    })
}

/// A lower-case word made of a name the article writes and a suffix that makes a movement, a
/// follower or an origin of it ("trumpiste" beside "Donald Trump", "Thatcherism", "macronie"):
/// coined, not misspelt, and no dictionary lists them all.
fn derived_from_name(text: &str, written: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "istes", "iste", "ismes", "isme", "iennes", "ienne", "iens", "ien", "ists", "ist", "isms",
        "ism", "ians", "ian", "ites", "ite", "ie",
    ];
    if !written.starts_with(char::is_lowercase) {
        return false;
    }
    SUFFIXES.iter().any(|suffix| {
        let Some(stem) = written.strip_suffix(suffix) else {
            return false;
        };
        let mut chars = stem.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if stem.chars().count() < 3 {
            return false;
        }
        let name: String = first.to_uppercase().chain(chars).collect();
        // The name as a word of its own, or with the final "e" the suffix swallowed
        // ("gaulliste": de Gaulle).
        text.match_indices(name.as_str()).any(|(at, m)| {
            let rest = text[at + m.len()..]
                .strip_prefix('e')
                .unwrap_or(&text[at + m.len()..]);
            let before_ok = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            before_ok && rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
        })
    })
}

/// True for a part of a compound written in digits ("6" of "6-kilometre").
fn is_number(part: &str) -> bool {
    !part.is_empty() && part.chars().all(|c| c.is_ascii_digit())
}

/// True for the combining form of a nationality that opens a compound ("palestino-américaine",
/// "russo-ukrainien", "Italo-French"): the nationality's stem and an "o", which dictionaries
/// list for a few nationalities only.
fn nationality_prefix(part: &str) -> bool {
    let Some(stem) = part.strip_suffix('o') else {
        return false;
    };
    stem.chars().count() >= 3
        && ["ien", "ais", "ain", "e", "ian", "an", "ese", "ish"]
            .iter()
            .any(|s| crate::extract::demonyms::country_of(&format!("{stem}{s}")).is_some())
}

/// The one part of a hyphenated compound the dictionary does not know, with its byte offset,
/// when it knows every other part and the part is long enough to be a word rather than a
/// prefix ("ex-", "co-").
fn unknown_part(lang: crate::lang::Lang, written: &str) -> Option<(usize, &str)> {
    let mut at = 0;
    let mut found = None;
    let parts = written.split('-').count();
    for (i, part) in written.split('-').enumerate() {
        if is_number(part) || (i + 1 < parts && nationality_prefix(part)) {
            at += part.len() + 1;
            continue;
        }
        match knows(lang, part) {
            Some(true) => {}
            // "main-d'oeuvre": a ligature spelt out.
            Some(false) if knows(lang, &part.replace("oe", "œ")) == Some(true) => {}
            Some(false) if found.is_none() && part.chars().count() >= 5 => {
                found = Some((at, part));
            }
            _ => return None,
        }
        at += part.len() + 1;
    }
    found
}

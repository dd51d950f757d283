//! `quote/drift`: the same quotation worded differently across articles.

use crate::align::simjoin;
use crate::align::Interner;
use crate::analysis::Analysis;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::fold;

const DOCS: &str = "\
### What it does
Finds quotations of different articles that are the same quotation (Jaccard similarity of
their words at least 0.6, or 80% of the shorter one's words in the longer, through an index,
never all pairs) and reports those worded
differently: the message names the first difference, the help lists them all, as written. Differences of case, accents, apostrophes and
quotation marks are not differences, nor are leading zeros (\"07h35\", \"7h35\"); a quotation that is a contiguous part of the other (a
shorter cut of the same words) is not reported; two different attributed speakers are not the
same quotation (a surname one letter apart, \"Farrel\" for \"Farrell\", is one speaker
misspelt, which `entity/name-variant` reports).

The wording fewer quotations carry is reported; when two wordings are carried equally, each
is reported against the other (nothing says which one drifted). A quotation is also read
against the plain text of other reports: one that another report prints as its own sentence
with one word changed (eight words at least, three the same on each side of it, neither word
a function word nor a misspelling of the other) is reported on that word. A warning, not an error:
translations of one statement and direct against indirect speech differ legitimately. Look
at the diff.

### Why is this bad
A quotation is the one place where wording must not change. Drift between outlets means one
of them misquoted, or translated loosely without saying so.

The same words of six words or more attributed to two different people are reported too (the
attribution fewer copies carry, or each on a tie) when each sentence names its speaker
and not the other: one report put the words in the wrong mouth.

### Examples
« nous agirons de manière équilibrée et responsable » against « nous agirons de manière
équilibrée et prudente » is reported.
";

struct Drift(RuleMeta);

/// The ranges of `x` and `y` to compare: both whole, unless one has at least half again as
/// many words as the other, when the longer is cut to the stretch of the shorter's length
/// that holds the most of its words.
fn cut_windows(x: &[String], y: &[String]) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let window = |long: &[String], short: &[String]| {
        let n = short.len();
        let words: std::collections::HashSet<&String> = short.iter().collect();
        (0..=long.len() - n)
            .max_by_key(|&i| {
                let same = long[i..i + n].iter().filter(|w| words.contains(w)).count();
                // The first stretch on a tie.
                (same, std::cmp::Reverse(i))
            })
            .map_or(0..long.len(), |i| i..i + n)
    };
    if x.len() * 2 >= y.len() * 3 {
        (window(x, y), 0..y.len())
    } else if y.len() * 2 >= x.len() * 3 {
        (0..x.len(), window(y, x))
    } else {
        (0..x.len(), 0..y.len())
    }
}

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let s = |q: &str| {
        format!("T\n\n« Dans cette situation, nous agirons de manière {q} », a déclaré Vladimir Poutine.\n")
    };
    Box::new(Drift(RuleMeta {
        id: "quote/drift".into(),
        category: "quote".into(),
        default_severity: Severity::Warning,
        scope: Scope::Corpus,
        summary: "the same quotation worded differently across articles".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("équilibrée et prudente")),
                ],
                // One against one: each wording is reported, against the other.
                2,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("équilibrée et prudente")),
                    ("c.txt", &s("équilibrée et responsable")),
                ],
                1,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable")),
                    ("b.txt", &s("Équilibrée et responsable")),
                ],
                0,
            ),
            // A short cut of a long quotation with a word changed inside it is drift; the
            // same cut with its words intact is not.
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable, sur la base d'une analyse approfondie de la sécurité")),
                    ("b.txt", "T

Il a promis d'agir « dans cette situation, de manière équilibrée et prudente ».
"),
                ],
                2,
            ),
            Example::many(
                &[
                    ("a.txt", &s("équilibrée et responsable, sur la base d'une analyse approfondie de la sécurité")),
                    ("b.txt", "T

Il a promis d'agir « de manière équilibrée et responsable ».
"),
                ],
                0,
            ),
            // A quotation another report prints as its own sentence, one word changed; the
            // same words unchanged are no drift.
            Example::many(
                &[
                    ("a.txt", "T\n\n« Les secours ont évacué quatre villages isolés dans la vallée avant la nuit », a déclaré le préfet.\n"),
                    ("b.txt", "T\n\nLes secours ont évacué quatre hameaux isolés dans la vallée avant la nuit, selon la préfecture.\n"),
                ],
                1,
            ),
            Example::many(
                &[
                    ("a.txt", "T\n\n« Les secours ont évacué quatre villages isolés dans la vallée avant la nuit », a déclaré le préfet.\n"),
                    ("b.txt", "T\n\nLes secours ont évacué quatre villages isolés dans la vallée avant la nuit, selon la préfecture.\n"),
                ],
                0,
            ),
            // One quotation in two languages is no drift: each word that differs is a word
            // of its own report's language only. The same change within one language is.
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"fr\"\n+++\nT\n\nLe chef de l'opposition a dénoncé un « coup d'État déguisé » samedi.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nT\n\nThe opposition leader denounced a \"disguised coup d'etat\" on Saturday.\n"),
                ],
                0,
            ),
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"fr\"\n+++\nT\n\nLe chef de l'opposition a dénoncé un « coup d'État déguisé » samedi.\n"),
                    ("b.txt", "+++\nlang = \"fr\"\n+++\nT\n\nLe chef de l'opposition a dénoncé un « coup d'État masqué » samedi.\n"),
                ],
                2,
            ),
            // One quotation given to two people: each attribution against the other.
            Example::many(
                &[
                    ("a.txt", "T\n\n« Nous voulons approfondir notre partenariat avec la France », a déclaré Xi Jinping.\n"),
                    ("b.txt", "T\n\n« Nous voulons approfondir notre partenariat avec la France », a déclaré Vladimir Poutine.\n"),
                ],
                2,
            ),
            // Not when a report misspells the speaker, nor when a pronoun stands for them
            // (the speaker is then read from another sentence).
            Example::many(
                &[
                    ("a.txt", "T\n\n« Nous voulons approfondir notre partenariat avec la France », a déclaré M. Poutne.\n"),
                    ("b.txt", "T\n\n« Nous voulons approfondir notre partenariat avec la France », a déclaré M. Potine.\n"),
                ],
                0,
            ),
            Example::many(
                &[
                    ("a.txt", "T\n\nXi Jinping est arrivé lundi à Paris. Il a déclaré : « Nous voulons approfondir notre partenariat avec la France ».\n"),
                    ("b.txt", "T\n\n« Nous voulons approfondir notre partenariat avec la France », a déclaré Vladimir Poutine.\n"),
                ],
                0,
            ),
            // A speaker's name misspelt in one report still names the same speaker; a
            // time written "07h35" is the time "7h35".
            Example::many(
                &[
                    ("a.txt", "T\n\n« À 07h35, nous agirons de manière équilibrée et responsable », a déclaré Kevin Farrell.\n"),
                    ("b.txt", "T\n\n« À 7h35, nous agirons de manière équilibrée et prudente », a déclaré Kevin Farrel.\n"),
                ],
                2,
            ),
        ],
    }))
}

struct Q {
    article: ArticleId,
    span: Span,
    inner: Span,
    words: Vec<String>,
    speaker: Option<String>,
}

/// Two attributions of one person: the same name folded, a word in common ("Luís
/// Montenegro", "Montenegro Luís"), or the same surname give or take a letter or two
/// ("Kevin Farrel" for "Kevin Farrell", "Poutne" and "Potine" for "Poutine"): a misspelt
/// speaker is reported by `entity/name-variant`, and must not hide a misquotation nor make
/// one quotation two people's.
fn same_speaker(a: &str, b: &str) -> bool {
    let (a, b) = (fold(a), fold(b));
    if a == b {
        return true;
    }
    let words = |s: &'_ str| -> Vec<String> {
        s.split_whitespace()
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(&a), words(&b));
    if wa.iter().any(|x| wb.contains(x)) {
        return true;
    }
    match (a.split_whitespace().last(), b.split_whitespace().last()) {
        (Some(x), Some(y)) => {
            let n = x.chars().count().min(y.chars().count());
            let slack = match n {
                6.. => 2,
                5 => 1,
                _ => 0,
            };
            strsim::damerau_levenshtein(x, y) <= slack
        }
        _ => false,
    }
}

fn contiguous(short: &[String], long: &[String]) -> bool {
    short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// True when `short` is a cut of `long` whose first word is the same verb in another form,
/// as a report fits a quotation into its own sentence ("Vous jouez avec la troisième
/// guerre mondiale" quoted as "l'a accusé de « jouer avec la troisième guerre mondiale »").
fn adapted_cut(short: &[String], long: &[String]) -> bool {
    let Some((first, rest)) = short.split_first() else {
        return false;
    };
    if rest.len() < 3 || rest.len() >= long.len() {
        return false;
    }
    long.windows(rest.len())
        .enumerate()
        .filter(|(i, w)| *i > 0 && *w == rest)
        .any(|(i, _)| {
            let other = &long[i - 1];
            let stem = first
                .chars()
                .zip(other.chars())
                .take_while(|(a, b)| a == b)
                .count();
            stem >= 4 && first.chars().count().abs_diff(other.chars().count()) <= 2
        })
}

impl Rule for Drift {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        // Wire copy repeats one quotation in thousands of files: its words are read once per
        // distinct text, and each copy only counts.
        struct Seen {
            first: (ArticleId, Span, Span),
            speaker: Option<String>,
            count: u32,
        }
        // Keyed by the speaker too: one quotation given to two people is two entries.
        let mut by_text: std::collections::HashMap<(&str, Option<&str>), Seen> =
            std::collections::HashMap::new();
        for a in an.corpus.readable() {
            for q in &an.facts[a.id.0 as usize].quotes {
                let key = (a.slice(q.inner), q.speaker.as_deref());
                let e = by_text.entry(key).or_insert_with(|| Seen {
                    first: (a.id, q.span, q.inner),
                    speaker: q.speaker.clone(),
                    count: 0,
                });
                e.count += 1;
            }
        }
        let mut qs: Vec<(Q, u32)> = Vec::new();
        for seen in by_text.into_values() {
            let (id, span, inner) = seen.first;
            let a = an.corpus.get(id);
            let words: Vec<String> = a
                .seg
                .tokens_in(inner)
                .iter()
                .filter(|t| t.kind != crate::text::TokKind::Punct)
                .map(|t| {
                    // "07h35" and "7h35" are one time, "09" and "9" one number.
                    let w = fold(t.span.slice(&a.text));
                    match w.strip_prefix('0') {
                        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => {
                            rest.to_string()
                        }
                        _ => w,
                    }
                })
                .collect();
            if words.len() >= 4 {
                qs.push((
                    Q {
                        article: id,
                        span,
                        inner,
                        words,
                        speaker: seen.speaker,
                    },
                    seen.count,
                ));
            }
        }
        // One entry per distinct wording: copies of one quotation are never joined pairwise.
        // The first copy in corpus order stands for the wording.
        let speaker_key = |q: &Q| q.speaker.as_deref().map(fold);
        qs.sort_by(|(a, _), (b, _)| {
            a.words
                .cmp(&b.words)
                .then_with(|| speaker_key(a).cmp(&speaker_key(b)))
                .then(a.article.cmp(&b.article))
                .then(a.span.start.cmp(&b.span.start))
        });
        let mut support: Vec<u32> = Vec::new();
        let mut reps: Vec<Q> = Vec::new();
        for (q, n) in qs {
            match reps.last() {
                Some(r) if r.words == q.words && speaker_key(r) == speaker_key(&q) => {
                    *support.last_mut().expect("one per rep") += n
                }
                _ => {
                    support.push(n);
                    reps.push(q);
                }
            }
        }
        let qs = reps;
        against_passages(an, &qs, ctx);
        let mut interner = Interner::default();
        let sets: Vec<Vec<u32>> = qs
            .iter()
            .map(|q| {
                let mut s: Vec<u32> = q.words.iter().map(|w| interner.id(w)).collect();
                s.sort_unstable();
                s.dedup();
                s
            })
            .collect();
        let groups: Vec<u32> = qs.iter().map(|q| q.article.0).collect();
        // How many quotations (any article) carry exactly the same words.
        let mut same: std::collections::HashMap<&[String], u32> = std::collections::HashMap::new();
        for (q, &n) in qs.iter().zip(&support) {
            *same.entry(q.words.as_slice()).or_insert(0) += n;
        }
        // Pairs of one quotation given to two people.
        let mut misattributed: Vec<(usize, usize)> = Vec::new();
        // For each suspect quotation, the other wordings it drifts from (reported once).
        let mut against: std::collections::BTreeMap<usize, Vec<usize>> =
            std::collections::BTreeMap::new();
        // A short cut of a long quotation is matched too (quotations have four words at least).
        for m in simjoin::self_join_with_partners(&sets, 0.6, 0.8, Some(&groups), 2048, 4) {
            let (i, j) = (m.a as usize, m.b as usize);
            let (x, y) = (&qs[i], &qs[j]);
            if let (Some(sx), Some(sy)) = (&x.speaker, &y.speaker) {
                if !same_speaker(sx, sy) {
                    if x.words.len().min(y.words.len()) >= ATTRIBUTION_MIN_WORDS
                        && (contiguous(&x.words, &y.words) || contiguous(&y.words, &x.words))
                    {
                        misattributed.push((i, j));
                    }
                    continue;
                }
            }
            if x.words == y.words
                || contiguous(&x.words, &y.words)
                || contiguous(&y.words, &x.words)
                || adapted_cut(&x.words, &y.words)
                || adapted_cut(&y.words, &x.words)
            {
                continue;
            }
            if translated(an, x, y) {
                continue;
            }
            let (sx, sy) = (same[x.words.as_slice()], same[y.words.as_slice()]);
            // The wording fewer quotations carry is the suspect; on a tie nothing says which
            // one drifted, so each is reported against the other.
            let pairs: &[(usize, usize)] = match sx.cmp(&sy) {
                std::cmp::Ordering::Less => &[(i, j)],
                std::cmp::Ordering::Greater => &[(j, i)],
                std::cmp::Ordering::Equal => &[(i, j), (j, i)],
            };
            for &(sus, refr) in pairs {
                let list = against.entry(sus).or_default();
                if !list.iter().any(|&k| qs[k].words == qs[refr].words) {
                    list.push(refr);
                }
            }
        }
        for (sus, refs) in against {
            let y = &qs[sus];
            let x = &qs[refs[0]];
            // Shown as written (accents and case), compared folded.
            let (xw, yw) = (written(an, x), written(an, y));
            // A short cut of a long quotation is compared with the stretch of the long one it
            // cuts: the rest of the long one is no difference.
            let (xr, yr) = cut_windows(&x.words, &y.words);
            let (xs, ys) = (&x.words[xr.clone()], &y.words[yr.clone()]);
            let (xw, yw) = (&xw[xr], &yw[yr]);
            let ops = similar::capture_diff_slices(similar::Algorithm::Myers, xs, ys);
            let mut here = Vec::new();
            let mut there = Vec::new();
            for op in ops {
                match op {
                    similar::DiffOp::Delete {
                        old_index, old_len, ..
                    } => there.push(xw[old_index..old_index + old_len].join(" ")),
                    similar::DiffOp::Insert {
                        new_index, new_len, ..
                    } => here.push(yw[new_index..new_index + new_len].join(" ")),
                    similar::DiffOp::Replace {
                        old_index,
                        old_len,
                        new_index,
                        new_len,
                    } => {
                        there.push(xw[old_index..old_index + old_len].join(" "));
                        here.push(yw[new_index..new_index + new_len].join(" "));
                    }
                    similar::DiffOp::Equal { .. } => {}
                }
            }
            let other = an.corpus.get(x.article);
            let who = y
                .speaker
                .as_ref()
                .or(x.speaker.as_ref())
                .map(|s| format!(" of {s}"))
                .unwrap_or_default();
            // The first difference in the message itself (CI annotations show only the
            // message); the help lists them all.
            let reordered = {
                let words = |v: &[String]| {
                    let mut w: Vec<String> = v
                        .iter()
                        .flat_map(|c| c.split(' '))
                        .map(crate::text::fold)
                        .collect();
                    w.sort();
                    w
                };
                !here.is_empty() && words(&here) == words(&there)
            };
            let first = match (here.first(), there.first()) {
                // The same words moved: "`juste` where it has `juste`" would say nothing.
                _ if reordered => {
                    format!(": the same words in another order ({})", quote_list(&here))
                }
                (Some(h), Some(t)) => format!(": `{h}` where it has `{t}`"),
                (Some(h), None) => format!(": `{h}` added"),
                (None, Some(t)) => format!(": without `{t}`"),
                (None, None) => String::new(),
            };
            let mut d = Diagnostic::new(
                Label::new(y.article, y.inner, "this wording"),
                format!(
                    "quotation{who} worded differently in {}{first}",
                    other.display
                ),
            )
            .help(format!(
                "here: {}; there: {} ({} quotation(s) with this wording, {} with the other)",
                quote_list(&here),
                quote_list(&there),
                same[y.words.as_slice()],
                same[x.words.as_slice()]
            ));
            for &r in refs.iter().take(3) {
                d = d.related(Label::new(qs[r].article, qs[r].span, "other wording"));
            }
            ctx.report(d);
        }
        report_misattributed(an, &qs, &support, &misattributed, ctx);
    }
}

/// The entities of the sentence a quotation stands in.
fn names_in_sentence<'a>(
    an: &'a Analysis,
    q: &Q,
) -> impl Iterator<Item = &'a crate::extract::EntityFact> + 'a {
    let a = an.corpus.get(q.article);
    let sentence = a
        .seg
        .sentence_at(q.span)
        .map_or(q.span, |i| a.seg.sentences[i].span);
    crate::finding::starting_in(&an.facts[q.article.0 as usize].entities, sentence, |e| {
        e.span
    })
    .iter()
    .filter(move |e| sentence.contains(e.span))
}

/// True when the sentence of quotation `q` names `who`.
fn speaker_named(an: &Analysis, q: &Q, who: &str) -> bool {
    names_in_sentence(an, q).any(|e| same_speaker(&e.name, who))
}

/// Words a quotation must have for its attribution to two people to be reported: a short
/// stock phrase ("nous sommes prêts") may be two people's.
const ATTRIBUTION_MIN_WORDS: usize = 6;

/// Reports one quotation given to two people: the attribution fewer copies carry, or each on
/// a tie, labelled at the speaker's name when the sentence names them.
fn report_misattributed(
    an: &Analysis,
    qs: &[Q],
    support: &[u32],
    pairs: &[(usize, usize)],
    ctx: &mut Ctx,
) {
    let mut against: std::collections::BTreeMap<usize, Vec<usize>> =
        std::collections::BTreeMap::new();
    for &(i, j) in pairs {
        // "Emmanuel Macron et Xi Jinping évoqueront « … »": a sentence that names both
        // people gives the words to neither for sure.
        let (Some(si), Some(sj)) = (&qs[i].speaker, &qs[j].speaker) else {
            continue;
        };
        if speaker_named(an, &qs[i], sj) || speaker_named(an, &qs[j], si) {
            continue;
        }
        // "Il a indiqué que « … »": a speaker read from an earlier sentence (a pronoun, a
        // title) is too loose to contradict another report; both must name theirs.
        if !speaker_named(an, &qs[i], si) || !speaker_named(an, &qs[j], sj) {
            continue;
        }
        let sides: &[(usize, usize)] = match support[i].cmp(&support[j]) {
            std::cmp::Ordering::Less => &[(i, j)],
            std::cmp::Ordering::Greater => &[(j, i)],
            std::cmp::Ordering::Equal => &[(i, j), (j, i)],
        };
        for &(sus, other) in sides {
            against.entry(sus).or_default().push(other);
        }
    }
    for (sus, refs) in against {
        let q = &qs[sus];
        let (Some(here), Some(there)) = (&q.speaker, &qs[refs[0]].speaker) else {
            continue;
        };
        // The name in the quotation's sentence that gives the speaker, nearest the quotation.
        let name = names_in_sentence(an, q)
            .filter(|e| same_speaker(&e.name, here))
            .min_by_key(|e| {
                e.span
                    .start()
                    .abs_diff(q.span.end())
                    .min(q.span.start().abs_diff(e.span.end()))
            })
            .map_or(q.inner, |e| e.span);
        let other = an.corpus.get(qs[refs[0]].article);
        let mut d = Diagnostic::new(
            Label::new(q.article, name, "this attribution"),
            format!(
                "quotation attributed to {here}, where {} gives the same words to {there}",
                other.display
            ),
        )
        .help(format!(
            "{} cop(ies) attribute it to {here}, {} to {there}; check who said it",
            support[sus], support[refs[0]]
        ));
        for &r in refs.iter().take(3) {
            d = d.related(Label::new(qs[r].article, qs[r].span, "the same words"));
        }
        ctx.report(d);
    }
}

/// True when two quotations of reports in two languages differ by words each of which only
/// its own report's language knows ("coup d'État formalisé", "formalized coup d'etat"): one
/// quotation translated, not two wordings.
fn translated(an: &Analysis, x: &Q, y: &Q) -> bool {
    let (ax, ay) = (an.corpus.get(x.article), an.corpus.get(y.article));
    if ax.lang == ay.lang {
        return false;
    }
    // The words of `q` (as written) that the other quotation lacks, each known to `own` and
    // unknown to `other`.
    let own_only = |q: &Q, o: &Q, own: crate::lang::Lang, other: crate::lang::Lang| {
        let theirs: std::collections::HashSet<&String> = o.words.iter().collect();
        let lacked: Vec<&str> = written(an, q)
            .into_iter()
            .zip(&q.words)
            .filter(|(_, w)| !theirs.contains(w) && !w.chars().any(|c| c.is_ascii_digit()))
            .map(|(written, _)| written)
            .collect();
        !lacked.is_empty()
            && lacked.iter().all(|w| {
                crate::text::dict::knows(own, w) == Some(true)
                    && crate::text::dict::knows(other, w) == Some(false)
            })
    };
    own_only(x, y, ax.lang, ay.lang) && own_only(y, x, ay.lang, ax.lang)
}

/// Words of a quotation a passage of another report must cover, the changed word included.
const PASSAGE_MIN_WORDS: usize = 8;
/// Words equal on each side of the one changed.
const PASSAGE_CONTEXT: usize = 3;
/// Words hashed together to find passages that hold a quotation's words.
const GRAM: usize = 4;

/// A word's folded form as a hash ("07h35" as "7h35", like quotation words).
fn word_hash(w: &str, buf: &mut String) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    buf.clear();
    crate::text::fold_into(w, buf);
    let s = match buf.strip_prefix('0') {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
        _ => buf.as_str(),
    };
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    h.write(s.as_bytes());
    h.finish()
}

fn gram_hash(words: &[u64]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    for w in words {
        h.write_u64(*w);
    }
    h.finish()
}

/// A quotation that another report prints as its own sentence, the same words but one: «Le
/// barrage a cédé vers minuit après trois jours de pluie» quoted in one report,
/// written without marks in another. Quotations are compared with each other above; this
/// reads the other reports' plain text. Cost: the quotations' word runs are indexed, and
/// every distinct sentence is looked up once (wire copy repeats sentences in thousands of
/// files); no pair of articles is compared.
fn against_passages(an: &Analysis, qs: &[Q], ctx: &mut Ctx) {
    use rayon::prelude::*;
    let hashed: Vec<Vec<u64>> = {
        let mut buf = String::new();
        qs.iter()
            .map(|q| q.words.iter().map(|w| word_hash(w, &mut buf)).collect())
            .collect()
    };
    let mut index: rustc_hash::FxHashMap<u64, Vec<(u32, u32)>> = Default::default();
    for (qi, h) in hashed.iter().enumerate() {
        if h.len() < PASSAGE_MIN_WORDS {
            continue;
        }
        for (i, g) in h.windows(GRAM).enumerate() {
            let list = index.entry(gram_hash(g)).or_default();
            // A run every quotation holds ("il y a") finds nothing of its own.
            if list.len() < 64 {
                list.push((qi as u32, i as u32));
            }
        }
    }
    if index.is_empty() {
        return;
    }
    let stop = crate::extract::stopwords();
    // (quotation, its changed word, the passage's article, the passage's word)
    type Hit = (u32, u32, ArticleId, Span);
    let hits: Vec<Hit> = an
        .corpus
        .articles
        .par_iter()
        .filter(|a| a.problem.is_none())
        .flat_map_iter(|a| {
            let quotes = &an.facts[a.id.0 as usize].quotes;
            let mut out: Vec<Hit> = Vec::new();
            let mut buf = String::new();
            let mut words: Vec<(u64, Span)> = Vec::new();
            for s in &a.seg.sentences {
                words.clear();
                for t in a.seg.sentence_tokens(s) {
                    if t.kind == crate::text::TokKind::Punct
                        || quotes.iter().any(|q| q.span.contains(t.span))
                    {
                        continue;
                    }
                    words.push((word_hash(t.span.slice(&a.text), &mut buf), t.span));
                }
                if words.len() < PASSAGE_MIN_WORDS {
                    continue;
                }
                let hs: Vec<u64> = words.iter().map(|w| w.0).collect();
                // Each quotation and offset seen in this sentence, with its count of runs.
                let mut seen: Vec<(u32, i64, u32)> = Vec::new();
                for (j, g) in hs.windows(GRAM).enumerate() {
                    let Some(list) = index.get(&gram_hash(g)) else {
                        continue;
                    };
                    for &(qi, i) in list {
                        if qs[qi as usize].article == a.id {
                            continue;
                        }
                        let off = j as i64 - i64::from(i);
                        match seen.iter_mut().find(|x| x.0 == qi && x.1 == off) {
                            Some(x) => x.2 += 1,
                            None => seen.push((qi, off, 1)),
                        }
                    }
                }
                for &(qi, off, n) in &seen {
                    if n < 2 {
                        continue;
                    }
                    let q = &hashed[qi as usize];
                    let from = (-off).max(0) as usize;
                    let to = q.len().min((hs.len() as i64 - off).max(0) as usize);
                    if to < from + PASSAGE_MIN_WORDS {
                        continue;
                    }
                    let at = |k: usize| (k as i64 + off) as usize;
                    let changed: Vec<usize> = (from..to).filter(|&k| q[k] != hs[at(k)]).collect();
                    let [k] = changed[..] else {
                        continue;
                    };
                    let theirs = words[at(k)].1.slice(&a.text);
                    let ours = &qs[qi as usize].words[k];
                    // "Notre pays" quoted, "leur pays" reported: indirect speech changes
                    // pronouns and the like, not what is said.
                    // A word misspelt ("printems") is the spelling rules' to report.
                    let theirs = crate::text::fold(theirs);
                    if k < from + PASSAGE_CONTEXT
                        || to - k <= PASSAGE_CONTEXT
                        || stop.contains(ours.as_str())
                        || stop.contains(&theirs)
                        || strsim::damerau_levenshtein(ours, &theirs) <= 2
                    {
                        continue;
                    }
                    out.push((qi, k as u32, a.id, words[at(k)].1));
                }
            }
            out
        })
        .collect();
    // One finding per changed word of a quotation, with every passage that disagrees.
    let mut by_word: std::collections::BTreeMap<(u32, u32), Vec<(ArticleId, Span)>> =
        std::collections::BTreeMap::new();
    for (qi, k, art, span) in hits {
        by_word.entry((qi, k)).or_default().push((art, span));
    }
    for ((qi, k), passages) in by_word {
        let q = &qs[qi as usize];
        let a = an.corpus.get(q.article);
        let Some(tok) = a
            .seg
            .tokens_in(q.inner)
            .into_iter()
            .filter(|t| t.kind != crate::text::TokKind::Punct)
            .nth(k as usize)
        else {
            continue;
        };
        let (other, span) = passages[0];
        let o = an.corpus.get(other);
        let who = q
            .speaker
            .as_ref()
            .map(|s| format!(" of {s}"))
            .unwrap_or_default();
        let mut d = Diagnostic::new(
            Label::new(q.article, tok.span, "this word"),
            format!(
                "quotation{who} reads `{}` where {} prints the same words with `{}`",
                tok.span.slice(&a.text),
                o.display,
                span.slice(&o.text)
            ),
        )
        .help(format!(
            "check the quotation against its source: {} passage(s) of other reports word it otherwise",
            passages.len()
        ));
        for &(art, sp) in passages.iter().take(3) {
            d = d.related(Label::new(art, sp, "other wording"));
        }
        ctx.report(d);
    }
}

/// The words of a quotation as written, one for each of its folded `words`.
fn written<'a>(an: &'a Analysis, q: &Q) -> Vec<&'a str> {
    let a = an.corpus.get(q.article);
    a.seg
        .tokens_in(q.inner)
        .iter()
        .filter(|t| t.kind != crate::text::TokKind::Punct)
        .map(|t| t.span.slice(&a.text))
        .collect()
}

fn quote_list(v: &[String]) -> String {
    if v.is_empty() {
        "nothing".into()
    } else {
        v.iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_cut_fitted_to_the_reporting_sentence_is_no_drift() {
        // The same verb in another form, as a report refits it to its own sentence.
        assert!(adapted_cut(
            &words("fermerons toutes les frontieres"),
            &words("nous fermons toutes les frontieres")
        ));
        // Another verb is a drift.
        assert!(!adapted_cut(
            &words("ouvrir toutes les frontieres"),
            &words("nous fermons toutes les frontieres")
        ));
    }
}

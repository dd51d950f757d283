//! `entity/name-variant`: one name spelled two ways, in one article or across the corpus.

use crate::analysis::Analysis;
use crate::extract::gazetteer::Gazetteer;
use crate::finding::{ArticleId, Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::near::{transliteration_key, NearIndex};
use crate::text::{fold, TokKind};
use std::collections::{BTreeMap, HashMap, HashSet};

const DOCS: &str = "\
### What it does
Reports a word of a proper name that is one edit away from a spelling used more often in the
corpus (\"Xi Jingping\" against \"Xi Jinping\", \"Farrel\" against \"Farrell\", \"Hinhua\"
against \"Xinhua\"), with the majority spelling as the fix. Names are compared accent- and
case-insensitively, through an index of one-letter deletions (never all pairs).

The variant must share another word of the name with the majority spelling (\"Xi\" in \"Xi
Jingping\" and \"Xi Jinping\": \"Qin Gang\" is not a misspelling of \"Wang Yi\"); a name
word standing alone must have at least six letters.

Spellings that differ only by where their accents are (\"Sanchéz\" against \"Sánchez\") are a
warning; a missing accent (\"Sanchez\", or a capital left bare: \"Elysée\" beside \"Élysée\") is a
house style and is not reported.

Not reported: transliteration variants across articles (Iouri/Youri, Tokaïev/Tokayev,
Vnoukovo/Vnukovo: ou/u, y/i, ch/sh are folded together); inside one article, where a writer
keeps one spelling, the rarer of two transliterations (or the one the gazetteer lacks:
\"Putine\" beside \"Poutine\") is a warning. Not reported either: two names the gazetteer knows as different entities
(Iran/Irak), a name and its inflection (Chinois/Chinoise), a word and its translation when
each is written only in its own language's articles and each dictionary knows its own
(\"Agence\" in French reports, \"Agency\" in English ones). A variant used once against a
spelling used at least three times is an error; thinner evidence is a warning. A variant whose
majority spelling is used only in one other language is information (a transliteration
across languages); when that spelling is used in the variant's language, or alike in several
languages (\"Jinping\"), the languages excuse nothing. \"-nne\" is read as a feminine
ending only against \"-n\" (\"européenne\"), so \"Poutinne\" is a slip for \"Poutine\". When each spelling is used as
often as the other (and the gazetteer knows neither), the finding is a warning without a fix.

A surname one edit from the name of a place the gazetteer knows (\"Xi Jining\" for \"Xi
Jinping\": Jining is a city) is a warning too, with the person's spelling as the fix.

A person of the gazetteer whose name the corpus writes only wrong (\"Donald Trumpp\" in the
one report that names him) is found against the gazetteer instead: a name word one edit from
a word of a known person, next to another word of that person's name, is a warning with the
gazetteer's spelling as the fix. So is a word one edit from a known person's name whose other
words the majority spelling is never written with (\"the Puttin Residence\" beside \"Vladimir
Putin\" and \"Putin\" alone): the other words say nothing either way. So is a word one
edit from the one-word name of a known
organisation (\"Xinnhua\" for \"Xinhua\", six letters at least) that no dictionary knows.

### Why is this bad
A misspelt name is the typo readers notice first, and search engines and archives split the
person in two.

### Examples
Three articles write \"Xi Jinping\" and one \"Xi Jingping\": the one is reported, fix
\"Jinping\".
";

struct NameVariant(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    let ok = "Le président chinois Xi Jinping a reçu mardi son homologue, selon Xinhua.";
    Box::new(NameVariant(RuleMeta {
        id: "entity/name-variant".into(),
        category: "entity".into(),
        default_severity: Severity::Error,
        scope: Scope::Corpus,
        summary: "one name spelled two ways (in an article or across the corpus)".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::many(
                &[
                    ("a.txt", &format!("A\n\n{ok}\n")),
                    ("b.txt", &format!("B\n\n{ok}\n")),
                    ("c.txt", &format!("C\n\n{ok}\n")),
                    ("d.txt", "D\n\nLe président chinois Xi Jingping a reçu mardi son homologue, selon Hinhua.\n"),
                ],
                2,
            ),
            Example::many(
                &[
                    ("a.txt", "A\n\nLe conseiller Iouri Ouchakov a parlé aux journalistes mardi.\n"),
                    ("b.txt", "B\n\nLe conseiller Youri Ouchakov a parlé aux journalistes mardi.\n"),
                ],
                0,
            ),
            // A country and its nationality in a compound: two words, not two spellings.
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"en\"\n+++\nT\n\nThe two countries signed a Qatar-brokered truce on Monday.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nT\n\nThe Qatari-brokered truce was signed on Monday in Doha.\n"),
                ],
                0,
            ),
            Example::one("A\n\nLa commune de Kerbrat a été touchée, la mairie de Kerbrat compte des milliers de sinistrés, et le port de Kerbart reste isolé.\n", 1),
            // A doubled letter is a slip, not a feminine ending; the majority spelling is the
            // same in French and English, so the languages do not excuse it.
            Example::many(
                &[
                    ("a.txt", "A\n\nVladimir Poutine a reçu son homologue au Kremlin mardi matin.\n"),
                    ("b.txt", "B\n\nLe président Vladimir Poutine a salué une amitié sans limites.\n"),
                    ("c.txt", "+++\nlang = \"en\"\n+++\nThe talks with Vladimir Poutine lasted three hours, officials said.\n"),
                    ("d.txt", "D\n\nSelon Vladimir Poutinne, les échanges ont atteint un niveau record.\n"),
                ],
                1,
            ),
            // A surname one letter from a city's name: read as a place, still a slip.
            Example::many(
                &[
                    ("a.txt", "A\n\nXi Jinping a reçu mardi son homologue russe à Pékin.\n"),
                    ("b.txt", "B\n\nLe président Xi Jining a salué une amitié sans limites.\n"),
                ],
                1,
            ),
            // A short name after a title, with no other word of the name: the gazetteer's
            // spelling and a word no dictionary knows make it a slip (a warning).
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"en\"\n+++\nVladimir Putin received his guest at the Kremlin on Tuesday.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nThe talks with Vladimir Putin lasted three hours, officials said.\n"),
                    ("c.txt", "+++\nlang = \"en\"\n+++\nVladimir Putin praised a friendship without limits.\n"),
                    ("d.txt", "+++\nlang = \"en\"\n+++\nThe visit came at President Putn's personal invitation, the ministry said.\n"),
                ],
                1,
            ),
            // Two names the gazetteer gives one person in two languages, even when another
            // person's name holds one of them.
            Example::many(
                &[
                    ("a.txt", "A\n\nLe pape François a reçu mardi le président au Vatican.\n"),
                    ("b.txt", "B\n\nSelon le Vatican, François a prié pour la paix.\n"),
                    ("c.txt", "+++\nlang = \"en\"\n+++\nPope Francis met the president at the Vatican on Tuesday.\n"),
                    ("d.txt", "D\n\nLe cardinal Robert Francis Prevost était présent.\n"),
                ],
                0,
            ),
            // An organisation of one word, written wrong once: the gazetteer's spelling.
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nThe flood destroyed 300 homes, the Xinnhua news agency said.\n", 1),
            // The variant's other words are none the majority writes beside it: the
            // gazetteer's word, misspelt, is still the person's (a warning).
            Example::many(
                &[
                    ("a.txt", "+++\nlang = \"en\"\n+++\nVladimir Putin received his guest at the Kremlin on Tuesday.\n"),
                    ("b.txt", "+++\nlang = \"en\"\n+++\nPutin praised the talks, officials said.\n"),
                    ("c.txt", "+++\nlang = \"en\"\n+++\nThe talks with Putin lasted three hours.\n"),
                    ("d.txt", "+++\nlang = \"en\"\n+++\nThe delegation stayed at the Puttin Residence near the Kremlin.\n"),
                ],
                1,
            ),
            // A capital left without its accent is a house style, not a misplaced accent.
            Example::many(
                &[
                    ("a.txt", "A\n\nLe président a reçu mardi son homologue à l'Élysée.\n"),
                    ("b.txt", "B\n\nLe dîner de l'Élysée a réuni quarante invités mardi.\n"),
                    ("c.txt", "C\n\nÀ l'Elysée, le président a reçu mardi son homologue.\n"),
                ],
                0,
            ),
            // Two transliterations in one article: a house keeps one, so the rarer (or the
            // one the gazetteer lacks) is a slip. Across articles they stay house styles.
            Example::one("A\n\nSelon Iouri Ouchakov, le président Vladimir Putine a reçu mardi son homologue. « Poutine a salué une amitié », a dit Ouchakov.\n", 1),
            Example::many(
                &[
                    ("a.txt", "A\n\nLe conseiller Iouri Ouchakov a parlé aux journalistes mardi.\n"),
                    ("b.txt", "B\n\nLe conseiller Youri Ouchakov a parlé aux journalistes mardi, selon Youri Ouchakov.\n"),
                ],
                0,
            ),
            // The corpus never writes the name right: the gazetteer does.
            Example::one("A

Le président américain Donald Trumpp a reçu lundi son homologue à la Maison Blanche.
", 1),
        ],
    }))
}

struct Occurrence {
    article: ArticleId,
    span: Span,
    /// The other words of the same name ("xi" for "Jinping" in "Xi Jinping"): an index into
    /// the distinct sets of folded, interned words. Wire copy repeats one name hundreds of
    /// thousands of times, with the same few companions.
    with: u32,
}

/// Two forms of one adjective or noun ("Chinois"/"Chinoise", "Marocains"/"Marocaines",
/// "Russia"/"Russian").
fn inflection(a: &str, b: &str) -> bool {
    let stem = |w: &str| {
        let w = w.trim_end_matches(['s', 'x']);
        // "européenne" → "européen", "marocaine" → "marocain".
        let w = if w.ends_with("nne") {
            &w[..w.len() - 2]
        } else {
            w.trim_end_matches('e')
        };
        w.to_string()
    };
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // "-enne" is the feminine of "-en", never of "-ene": "Poutinne" is no form of "Poutine".
    let bare_stem = |w: &str| w.trim_end_matches(['s', 'x']).to_string();
    if bare_stem(long).ends_with("nne")
        && bare_stem(short).ends_with("ne")
        && !bare_stem(short).ends_with("nne")
    {
        return false;
    }
    let suffixed = long.starts_with(short)
        && matches!(
            &long[short.len()..],
            "e" | "s" | "es" | "x" | "ne" | "n" | "ns"
        );
    suffixed || stem(a) == stem(b)
}

impl Rule for NameVariant {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_corpus(&self, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        // Every capitalised word inside an entity mention, by folded form (as an id into
        // `keys` first; the map by name is built once at the end).
        let mut keys: Vec<String> = Vec::new();
        let mut key_ids: rustc_hash::FxHashMap<String, u32> = Default::default();
        let mut by_key: Vec<Vec<Occurrence>> = Vec::new();
        let mut interned: rustc_hash::FxHashMap<String, u32> = Default::default();
        // Set 0 is the empty one (a name word alone, and the strays).
        let mut with_sets: Vec<Vec<u32>> = vec![Vec::new()];
        let mut set_ids: rustc_hash::FxHashMap<Vec<u32>, u32> = Default::default();
        set_ids.insert(Vec::new(), 0);
        let mut strays: BTreeMap<String, Vec<Occurrence>> = BTreeMap::new();
        // A corpus names a few hundred names a million times: each distinct mention text is
        // read once into (word offset, word length, key, companions), and its copies reuse it.
        let mut by_text: rustc_hash::FxHashMap<&str, Vec<(u32, u32, u32, u32)>> =
            Default::default();
        for a in an.corpus.readable() {
            let f = &an.facts[a.id.0 as usize];
            for e in &f.entities {
                let parts = by_text.entry(a.slice(e.span)).or_insert_with(|| {
                    let words: Vec<crate::text::Token> = a
                        .seg
                        .tokens_in(e.span)
                        .into_iter()
                        .filter(|t| t.kind == TokKind::Word)
                        .collect();
                    let mut parts = Vec::new();
                    for t in &words {
                        let w = t.span.slice(&a.text);
                        // All-caps words are acronyms or headings, not spellings of a name.
                        let all_caps = w
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase);
                        if w.chars().count() < 4 || !w.starts_with(char::is_uppercase) || all_caps {
                            continue;
                        }
                        // A title ("President Putn") is no word of the name: it says nothing
                        // about which person the name is.
                        let with: Vec<u32> = words
                            .iter()
                            .filter(|o| { o.span } != { t.span })
                            .map(|o| fold(o.span.slice(&a.text)))
                            .filter(|f| !crate::extract::entities::is_title(f))
                            .map(|f| {
                                let next = interned.len() as u32;
                                *interned.entry(f).or_insert(next)
                            })
                            .collect();
                        let with = match set_ids.get(&with) {
                            Some(&id) => id,
                            None => {
                                let id = with_sets.len() as u32;
                                with_sets.push(with.clone());
                                set_ids.insert(with, id);
                                id
                            }
                        };
                        let key = fold(w);
                        let k = match key_ids.get(&key) {
                            Some(&k) => k,
                            None => {
                                let k = keys.len() as u32;
                                keys.push(key.clone());
                                key_ids.insert(key, k);
                                by_key.push(Vec::new());
                                k
                            }
                        };
                        parts.push((t.span.start - e.span.start, t.span.len() as u32, k, with));
                    }
                    parts
                });
                for &(at, len, k, with) in parts.iter() {
                    let start = e.span.start() + at as usize;
                    by_key[k as usize].push(Occurrence {
                        article: a.id,
                        span: Span::new(start, start + len as usize),
                        with,
                    });
                }
            }
        }
        drop(by_text);
        let mut occ: BTreeMap<String, Vec<Occurrence>> = keys
            .into_iter()
            .zip(by_key)
            .filter(|(_, v)| !v.is_empty())
            .collect();
        // A misspelt name the entity extractor did not take for a name (at the start of a
        // sentence, "Putiin and Xi met"): a capitalised word outside every mention that the
        // dictionary does not know, counted alone. It is reported only when it is one edit
        // from a name word the corpus uses, and long enough to stand alone (see `same_name`).
        // Each distinct word is judged once, when first seen: near a name already collected,
        // and unknown to the dictionary (a sentence-initial common word is not a name). Only
        // the words that pass keep their occurrences: a wire corpus opens millions of
        // sentences on "Les" and "The".
        {
            let names = NearIndex::new(occ.keys().map(String::as_str));
            let mut verdict: rustc_hash::FxHashMap<String, bool> = Default::default();
            for a in an.corpus.readable() {
                let f = &an.facts[a.id.0 as usize];
                for s in a.text_sentences() {
                    for t in a.seg.sentence_tokens(s) {
                        let w = t.span.slice(&a.text);
                        if t.kind != TokKind::Word
                            || w.chars().count() < 4
                            || !w.starts_with(char::is_uppercase)
                            || w.chars().skip(1).any(|c| !c.is_lowercase())
                            || crate::finding::containing(&f.entities, t.span, |e| e.span).is_some()
                        {
                            continue;
                        }
                        let key = fold(w);
                        if occ.contains_key(&key) {
                            continue;
                        }
                        let keep = match verdict.get(&key) {
                            Some(&k) => k,
                            None => {
                                let k = !names.neighbours(&key).is_empty()
                                    && crate::text::dict::knows(a.lang, w) == Some(false);
                                verdict.insert(key.clone(), k);
                                k
                            }
                        };
                        if keep {
                            strays.entry(key).or_default().push(Occurrence {
                                article: a.id,
                                span: t.span,
                                with: 0,
                            });
                        }
                    }
                }
            }
        }
        occ.extend(std::mem::take(&mut strays));
        let gaz_words = folded_gazetteer_words();
        misplaced_accents(an, &occ, ctx);
        let mut words_of: Vec<&str> = vec![""; interned.len()];
        for (w, &id) in &interned {
            words_of[id as usize] = w.as_str();
        }
        misspelt_known_people(an, &occ, &with_sets, &words_of, ctx);
        surname_read_as_place(an, ctx);
        let idx = NearIndex::new(occ.keys().map(String::as_str));
        // Transliterations of one name ("Zelensky", "Zelenskiy", "Zelenskyy") are one
        // spelling's support: counted together, they outvote a slip ("Zeensky").
        let mut family: HashMap<String, usize> = HashMap::new();
        for (w, ws) in &occ {
            *family.entry(transliteration_key(w)).or_default() += ws.len();
        }
        for (w, ws) in &occ {
            for n in idx.neighbours(w) {
                let ns = &occ[n];
                let (cw, cn) = (
                    family[&transliteration_key(w)],
                    family[&transliteration_key(n)],
                );
                // Each pair once: from the rarer side; on a tie, from the side the gazetteer
                // does not know, else from the later word.
                let known = |x: &str, y: &str| gaz_words.contains(x) && !gaz_words.contains(y);
                if cw > cn || (cw == cn && (known(w, n) || (!known(n, w) && w.as_str() < n))) {
                    continue;
                }
                if inflection(w, n) {
                    continue;
                }
                if transliteration_key(w) == transliteration_key(n) {
                    let majority_known = gaz_words.contains(n) && !gaz_words.contains(w.as_str());
                    two_transliterations_in_one_article(an, ws, ns, majority_known, ctx);
                    // Neither the gazetteer's: either may be the article's slip.
                    if !gaz_words.contains(w.as_str()) && !gaz_words.contains(n) {
                        two_transliterations_in_one_article(an, ns, ws, false, ctx);
                    }
                    continue;
                }
                // A nationality and its country ("Israeli", "Israel"; "Canadien",
                // "Canadian"): two words, not two spellings of one.
                let demonym = |x: &str| crate::extract::demonyms::country_of(x).is_some();
                if demonym(w) || demonym(n) {
                    continue;
                }
                // So in a compound: "Russian-brokered" and "Russia-brokered".
                let (pw, pn): (Vec<&str>, Vec<&str>) =
                    (w.split('-').collect(), n.split('-').collect());
                if pw.len() > 1
                    && pw.len() == pn.len()
                    && pw
                        .iter()
                        .zip(&pn)
                        .all(|(x, y)| x == y || demonym(x) || demonym(y))
                {
                    continue;
                }
                let (gw, gn) = (g.lookup_folded(w), g.lookup_folded(n));
                if gw.is_some() && gn.is_some() {
                    continue;
                }
                // "François" and "Francis": two names the gazetteer gives one person in two
                // languages ("pape François", "Pope Francis").
                if one_persons_words(w, n) {
                    continue;
                }
                let authority = gaz_words.contains(n) && !gaz_words.contains(w.as_str());
                // A tie (one article against one) says that the two disagree, not which is
                // right: a warning without a fix.
                let tie = cw == cn && !authority;
                // The same person, not a namesake: the variant shares another word of the name
                // with the majority spelling ("Xi" in "Xi Jingping" and "Xi Jinping"); a name
                // word standing alone must be long enough not to be another short name.
                // One set of the majority's other words, not a scan of it per occurrence:
                // both sides can count thousands of copies.
                let majority_sets: HashSet<u32> = ns.iter().map(|x| x.with).collect();
                let majority_with: HashSet<u32> = majority_sets
                    .iter()
                    .flat_map(|&id| with_sets[id as usize].iter().copied())
                    .collect();
                let variant_sets: HashSet<u32> = ws.iter().map(|o| o.with).collect();
                // A short name word standing alone ("President Putn's") is the same person
                // when the majority spelling is the gazetteer's and the variant is no word
                // of its language: a misspelling, not a namesake. It is only a warning.
                let short_alone = w.chars().count() < 6 && variant_sets.contains(&0);
                let unknown_word = || {
                    let a = an.corpus.get(ws[0].article);
                    crate::text::dict::knows(a.lang, a.slice(ws[0].span)) == Some(false)
                };
                // A variant whose other words the majority never writes beside it ("l'hôtel
                // Truump International" where the others write "Trump" alone or "Donald
                // Trump") is the same person on the gazetteer's word, as one alone is: a
                // warning, the other words saying nothing either way.
                let mut loose = false;
                let same_name = variant_sets.iter().all(|&id| {
                    let with = &with_sets[id as usize];
                    if with.is_empty() {
                        w.chars().count() >= 6 || (authority && unknown_word())
                    } else if with.iter().any(|y| majority_with.contains(y)) {
                        true
                    } else {
                        loose = authority && unknown_word();
                        loose
                    }
                });
                if !same_name {
                    continue;
                }
                let target = &ns[0];
                let ta = an.corpus.get(target.article);
                let right = ta.slice(target.span).to_string();
                let strong = cw == 1 && (cn >= 3 || authority);
                let lang_of = |x: &Occurrence| an.corpus.get(x.article).lang;
                let languages: HashSet<_> = ns.iter().map(lang_of).collect();
                let mut first_in_lang = HashMap::new();
                let mut first_in_article = HashMap::new();
                for x in ns {
                    first_in_lang.entry(lang_of(x)).or_insert(x);
                    first_in_article.entry(x.article).or_insert(x);
                }
                for o in ws {
                    let a = an.corpus.get(o.article);
                    let written = a.slice(o.span);
                    // The majority spelling counts in the variant's language when it is used
                    // there, or when it is written alike in several languages ("Jinping" in
                    // French and English): only then is the variant not a transliteration.
                    let here = first_in_lang.get(&a.lang).copied();
                    let same_lang = here.is_some() || languages.len() > 1;
                    // "Agence" in French reports, "Agency" in English ones: each a word of
                    // its own language, a translation rather than a spelling.
                    let translated = here.is_none()
                        && crate::text::dict::knows(a.lang, &written.to_lowercase()) == Some(true)
                        && ns.iter().all(|x| {
                            let l = lang_of(x);
                            l != a.lang
                                && crate::text::dict::knows(
                                    l,
                                    &an.corpus.get(x.article).slice(x.span).to_lowercase(),
                                ) == Some(true)
                        });
                    if translated {
                        continue;
                    }
                    let in_article = first_in_article
                        .get(&o.article)
                        .copied()
                        .or(here)
                        .unwrap_or(target);
                    let also = if cn > ns.len() {
                        " (with its transliterations)"
                    } else {
                        ""
                    };
                    let mut d = Diagnostic::new(
                        Label::new(o.article, o.span, format!("written `{written}` here")),
                        format!(
                            "`{written}` is spelled `{right}`{also} {cn} time(s) in the corpus"
                        ),
                    )
                    .related(Label::new(in_article.article, in_article.span, format!("`{right}`")))
                    .help(format!("`{written}` appears {cw} time(s), `{right}` {cn} time(s); use one spelling"))
                    ;
                    if !tie {
                        d = d.fix(right.clone());
                    }
                    // The majority spelling only in another language may be that language's
                    // spelling; one use against three or more is still worth a look.
                    if !same_lang && !strong {
                        d = d.at_most(Severity::Info);
                    } else if !same_lang || !strong || short_alone || loose {
                        d = d.at_most(Severity::Warning);
                    }
                    ctx.report(d);
                }
            }
        }
    }
}

/// Two transliterations of one name in one article ("Poutine" in a quote, "Putine" in the
/// next sentence): across reports they are house styles, but one writer keeps one style, so
/// inside an article the rarer spelling (or the one the gazetteer lacks, `known` true for
/// the majority) is a slip. A warning, with the article's other spelling as the fix.
fn two_transliterations_in_one_article(
    an: &Analysis,
    ws: &[Occurrence],
    ns: &[Occurrence],
    known: bool,
    ctx: &mut Ctx,
) {
    // Per article, how often each spelling is written and the other's first use: one pass
    // over each list, as a wire corpus writes a name in thousands of files.
    let mut counts: HashMap<ArticleId, usize> = HashMap::new();
    for o in ws {
        *counts.entry(o.article).or_default() += 1;
    }
    let mut other: HashMap<ArticleId, (usize, &Occurrence)> = HashMap::new();
    for x in ns {
        if counts.contains_key(&x.article) {
            other.entry(x.article).or_insert((0, x)).0 += 1;
        }
    }
    let mut reported = HashSet::new();
    for o in ws {
        let Some(&(cn, right)) = other.get(&o.article) else {
            continue;
        };
        if !(known || cn > counts[&o.article]) || !reported.insert(o.article) {
            continue;
        }
        let a = an.corpus.get(o.article);
        let (written, right_text) = (a.slice(o.span), a.slice(right.span));
        ctx.report(
            Diagnostic::new(
                Label::new(o.article, o.span, format!("written `{written}` here")),
                format!("`{written}` is spelled `{right_text}` elsewhere in this article"),
            )
            .related(Label::new(
                right.article,
                right.span,
                format!("`{right_text}`"),
            ))
            .help(
                "two transliterations of one name in one article: reports may differ, but one \
                 writer keeps one spelling",
            )
            .fix(right_text.to_string())
            .at_most(Severity::Warning),
        );
    }
}

/// Spellings of one name that fold alike but carry accents in different places ("Sanchéz"
/// against "Sánchez"): the rarer is reported, as a warning. A missing accent ("Sanchez") is a
/// house style, not a misspelling, and is left alone.
fn misplaced_accents(an: &Analysis, occ: &BTreeMap<String, Vec<Occurrence>>, ctx: &mut Ctx) {
    for ws in occ.values() {
        let mut forms: BTreeMap<String, Vec<&Occurrence>> = BTreeMap::new();
        for o in ws {
            let form = an.corpus.get(o.article).slice(o.span).to_lowercase();
            if !form.is_ascii() {
                forms.entry(form).or_default().push(o);
            }
        }
        if forms.len() < 2 {
            continue;
        }
        // The gazetteer's spelling wins; otherwise the most used one; a tie is still reported,
        // on the later file, without a fix.
        let known = |f: &str| gazetteer_words().contains(f);
        let Some((best, best_occ)) = forms.iter().max_by(|a, b| {
            (known(a.0), a.1.len())
                .cmp(&(known(b.0), b.1.len()))
                .then(b.0.cmp(a.0))
        }) else {
            continue;
        };
        let r = best_occ[0];
        let right = an.corpus.get(r.article).slice(r.span).to_string();
        for (_, os) in forms
            .iter()
            .filter(|(f, _)| *f != best && accents_misplaced(f, best))
        {
            let tie = os.len() >= best_occ.len() && !known(best);
            for o in os {
                if tie && an.corpus.get(o.article).display < an.corpus.get(r.article).display {
                    continue;
                }
                let written = an.corpus.get(o.article).slice(o.span);
                let mut d = Diagnostic::new(
                    Label::new(o.article, o.span, format!("written `{written}` here")),
                    format!("`{written}` is spelled `{right}` elsewhere in the corpus"),
                )
                .related(Label::new(r.article, r.span, format!("`{right}`")))
                .help("the accents are in different places; use one spelling")
                .at_most(Severity::Warning);
                if !tie {
                    d = d.fix(right.clone());
                }
                ctx.report(d);
            }
        }
    }
}

/// True when each of two spellings of one folded word has an accent the other lacks, or both
/// accent one letter differently ("Sanchéz", "Sánchez"): misplaced accents. One that only
/// lacks some of the other's ("Elysée" beside "Élysée", capitals often left bare) follows a
/// house style.
fn accents_misplaced(a: &str, b: &str) -> bool {
    if a.chars().count() != b.chars().count() {
        return true;
    }
    let (mut a_more, mut b_more) = (false, false);
    for (x, y) in a.chars().zip(b.chars()).filter(|(x, y)| x != y) {
        let (bx, by) = (fold(&x.to_string()), fold(&y.to_string()));
        if bx == x.to_string() {
            b_more = true;
        } else if by == y.to_string() {
            a_more = true;
        } else {
            return true;
        }
    }
    a_more && b_more
}

/// A name word one edit from a word of a gazetteer person whose other name word stands next
/// to it, when the corpus never writes the right one: "Donald Tump" in the one report that
/// names him. Reported as a warning with the gazetteer's spelling as the fix.
fn misspelt_known_people(
    an: &Analysis,
    occ: &BTreeMap<String, Vec<Occurrence>>,
    with_sets: &[Vec<u32>],
    words_of: &[&str],
    ctx: &mut Ctx,
) {
    // The gazetteer's people as folded name words, with each word as the gazetteer writes it.
    static PEOPLE: std::sync::OnceLock<Vec<Vec<(String, String)>>> = std::sync::OnceLock::new();
    let people = PEOPLE.get_or_init(|| {
        names_of_kind(crate::extract::gazetteer::EntryKind::Person)
            .filter(|n| n.contains(' '))
            .map(|n| n.split(' ').map(|w| (fold(w), w.to_string())).collect())
            .collect()
    });
    let gaz_words = folded_gazetteer_words();
    for (w, ws) in occ {
        let len = w.chars().count();
        if len < 4 || gaz_words.contains(w) {
            continue;
        }
        // The people with a name word one edit from this word, found once per distinct word
        // (a wire corpus repeats a name word hundreds of thousands of times).
        let near: Vec<(&Vec<(String, String)>, &str)> = people
            .iter()
            .filter_map(|name| {
                name.iter()
                    .find(|(f, _)| {
                        f.chars().count().abs_diff(len) <= 1
                            && f.chars().count() >= 4
                            && f != w
                            && !occ.contains_key(f)
                            && strsim::damerau_levenshtein(f, w) == 1
                            // "Zelenskiy" for the gazetteer's "Zelenski": a transliteration.
                            && transliteration_key(f) != transliteration_key(w)
                    })
                    .map(|(_, written)| (name, written.as_str()))
            })
            .collect();
        if near.is_empty() {
            misspelt_known_org(an, w, ws, occ, ctx);
            continue;
        }
        // "Putine" where the corpus writes "Poutine": a transliteration of a spelling the
        // corpus holds, weighed against it (see `two_transliterations_in_one_article`), not
        // against the gazetteer's other language.
        let key = transliteration_key(w);
        if people.iter().any(|name| {
            name.iter()
                .any(|(f, _)| f != w && occ.contains_key(f) && transliteration_key(f) == key)
        }) {
            continue;
        }
        // Then once per distinct set of companion words.
        let mut verdict: HashMap<u32, Option<&str>> = HashMap::new();
        for o in ws {
            let right = *verdict.entry(o.with).or_insert_with(|| {
                let companions = &with_sets[o.with as usize];
                near.iter()
                    .find(|(name, _)| {
                        name.iter()
                            .any(|(f, _)| companions.iter().any(|&c| words_of[c as usize] == f))
                    })
                    .map(|&(_, written)| written)
            });
            let Some(right) = right else { continue };
            let written = an.corpus.get(o.article).slice(o.span);
            report_known_spelling(ctx, o, written, right, "person");
        }
    }
}

/// "Xi Jining" for "Xi Jinping": a slip that makes a surname the name of a place the
/// gazetteer knows, so that the extractor reads a person's word and a place side by side. A
/// one-word place right after a word of a gazetteer person's name, one edit from that
/// person's next word, is reported as a warning with the person's spelling as the fix.
fn surname_read_as_place(an: &Analysis, ctx: &mut Ctx) {
    // The gazetteer's people, by each folded word of their names: the word that follows it.
    static NEXT: std::sync::OnceLock<HashMap<String, Vec<(String, String)>>> =
        std::sync::OnceLock::new();
    let next = NEXT.get_or_init(|| {
        let mut m: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for n in names_of_kind(crate::extract::gazetteer::EntryKind::Person) {
            let words: Vec<&str> = n.split(' ').collect();
            for w in words.windows(2) {
                if w[1].chars().count() >= 4 {
                    m.entry(fold(w[0]))
                        .or_default()
                        .push((fold(w[1]), w[1].to_string()));
                }
            }
        }
        m
    });
    // Judged once per distinct pair of words: wire copy repeats them.
    let mut verdict: rustc_hash::FxHashMap<(String, String), Option<&str>> = Default::default();
    for a in an.corpus.readable() {
        for e in &an.facts[a.id.0 as usize].entities {
            if e.kind != crate::extract::entities::EntityKind::Place {
                continue;
            }
            let place = a.slice(e.span);
            if place.contains(' ') || place.chars().count() < 4 {
                continue;
            }
            let i = a.seg.index_at(e.span.start());
            let Some(prev) = i.checked_sub(1).and_then(|j| a.seg.token(j)).filter(|t| {
                t.kind == TokKind::Word
                    && a.text.get(t.span.end()..e.span.start()) == Some(" ")
                    && t.span.slice(&a.text).starts_with(char::is_uppercase)
            }) else {
                continue;
            };
            // Most places follow no word of a person's name: one lookup, no pair kept.
            let first = fold(prev.span.slice(&a.text));
            let Some(ws) = next.get(&first) else {
                continue;
            };
            let right = *verdict
                .entry((first, fold(place)))
                .or_insert_with_key(|(_, w)| {
                    ws.iter()
                        .find(|(f, _)| {
                            f != w
                                && strsim::damerau_levenshtein(f, w) == 1
                                && transliteration_key(f) != transliteration_key(w)
                        })
                        .map(|(_, written)| written.as_str())
                });
            if let Some(right) = right {
                let first = prev.span.slice(&a.text);
                ctx.report(
                    Diagnostic::new(
                        Label::new(a.id, e.span, format!("did you mean `{right}`?")),
                        format!("`{first} {place}` looks like a misspelling of `{first} {right}`"),
                    )
                    .help(format!(
                        "`{place}` is a place, but after `{first}` the gazetteer knows `{right}`"
                    ))
                    .fix(right)
                    .at_most(Severity::Warning),
                );
            }
        }
    }
}

/// Least letters of a one-word organisation name that a word one edit away is taken to
/// misspell: shorter names have namesakes ("Hamas", "Hamad").
const MIN_ORG_NAME: usize = 6;

/// A word one edit from the one-word name of a gazetteer organisation ("Xinnhua" for
/// "Xinhua") that no dictionary knows, when the corpus never writes the name: a warning
/// with the gazetteer's spelling as the fix. An organisation's name needs no companion word.
fn misspelt_known_org(
    an: &Analysis,
    w: &str,
    ws: &[Occurrence],
    occ: &BTreeMap<String, Vec<Occurrence>>,
    ctx: &mut Ctx,
) {
    static ORGS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    let orgs = ORGS.get_or_init(|| {
        names_of_kind(crate::extract::gazetteer::EntryKind::Org)
            .filter(|n| !n.contains(' ') && n.chars().count() >= MIN_ORG_NAME)
            .filter(|n| n.chars().skip(1).any(char::is_lowercase))
            .map(|n| (fold(n), n.to_string()))
            .collect()
    });
    let len = w.chars().count();
    if len < MIN_ORG_NAME - 1 {
        return;
    }
    let Some((_, right)) = orgs.iter().find(|(f, _)| {
        f.chars().count().abs_diff(len) <= 1
            && !occ.contains_key(f)
            && strsim::damerau_levenshtein(f, w) == 1
            && transliteration_key(f) != transliteration_key(w)
    }) else {
        return;
    };
    for o in ws {
        let a = an.corpus.get(o.article);
        let written = a.slice(o.span);
        if crate::text::dict::knows(a.lang, written) != Some(false) {
            continue;
        }
        report_known_spelling(ctx, o, written, right, "organisation");
    }
}

/// Every name and alias of the gazetteer's entries of one kind.
fn names_of_kind(
    kind: crate::extract::gazetteer::EntryKind,
) -> impl Iterator<Item = &'static String> {
    Gazetteer::get()
        .entries
        .iter()
        .filter(move |e| e.kind == kind)
        .flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter()))
}

/// The warning for a name the corpus writes only wrong, with the gazetteer's spelling
/// (`what` the entry is: a person, an organisation) as the fix.
fn report_known_spelling(ctx: &mut Ctx, o: &Occurrence, written: &str, right: &str, what: &str) {
    ctx.report(
        Diagnostic::new(
            Label::new(o.article, o.span, format!("did you mean `{right}`?")),
            format!("`{written}` looks like a misspelling of `{right}`"),
        )
        .help(format!(
            "the gazetteer knows this {what} as `{right}`; the corpus never writes it so"
        ))
        .fix(right)
        .at_most(Severity::Warning),
    );
}

/// True when both folded words are words of the names of one gazetteer person or
/// organisation (its name and aliases in every language).
fn one_persons_words(a: &str, b: &str) -> bool {
    static W: std::sync::OnceLock<HashMap<String, Vec<u32>>> = std::sync::OnceLock::new();
    let words = W.get_or_init(|| {
        let mut m: HashMap<String, Vec<u32>> = HashMap::new();
        for (i, e) in Gazetteer::get().entries.iter().enumerate() {
            if e.kind.is_place() {
                continue;
            }
            for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
                for w in n.split(' ') {
                    let ids = m.entry(fold(w)).or_default();
                    if ids.last() != Some(&(i as u32)) {
                        ids.push(i as u32);
                    }
                }
            }
        }
        m
    });
    match (words.get(a), words.get(b)) {
        (Some(x), Some(y)) => x.iter().any(|i| y.contains(i)),
        _ => false,
    }
}

/// Every word of the names of the gazetteer's people and populated places, put through `norm`.
fn gazetteer_name_words(norm: fn(&str) -> String) -> HashSet<String> {
    Gazetteer::get()
        .entries
        .iter()
        .filter(|e| !e.kind.is_place() || e.population > 0)
        .flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter()))
        .flat_map(|n| n.split(' ').map(norm).collect::<Vec<_>>())
        .collect()
}

/// The gazetteer's name words, folded; built once per process (tens of thousands of names:
/// rebuilding it per run cost more than the rule's own work on a small corpus).
fn folded_gazetteer_words() -> &'static HashSet<String> {
    static W: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| gazetteer_name_words(fold))
}

/// The gazetteer's name words, lower-cased with accents kept.
fn gazetteer_words() -> &'static HashSet<String> {
    static W: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    W.get_or_init(|| gazetteer_name_words(|w| w.to_lowercase()))
}

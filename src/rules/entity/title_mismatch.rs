//! `entity/title-mismatch`: a title before a known person that contradicts their role.

use crate::analysis::Analysis;
use crate::corpus::Article;
use crate::extract::gazetteer::{EntryKind, Gazetteer};
use crate::extract::titles::titles;
use crate::finding::{Diagnostic, Label, Severity, Span};
use crate::rules::{Ctx, Example, Rule, RuleMeta, Scope};
use crate::text::{fold, TokKind};
use std::sync::OnceLock;

const DOCS: &str = "\
### What it does
Reports a title written just before a person of the gazetteer (`rules/gazetteer/people.toml`)
that names another role than theirs: \"Chinese PM Xi Jinping\" (Xi is head of state), \"le
président vietnamien To Lam\" (To Lam leads the party; the president is Luong Cuong). Titles
and the roles they fit are data in `rules/lexicon/titles.toml`; a role that file does not
list is not checked, and a title after \"vice\", \"ancien\", \"former\" or \"ex\" is left alone.

It also reports a nationality written just before a person that names another country than
the gazetteer's (\"le président chinois Emmanuel Macron\"), or a country's possessive that
does (\"Russia's Emmanuel Macron\"): only titles and words like \"homologue\" or \"leader\" may
stand between the adjective and the name, so
\"l'homologue chinois de Vladimir Poutine\" is not read as one. Nationalities are data in
`rules/lexicon/demonyms.toml`.

### Why is this bad
A wrong title misinforms about who holds power, and it is a typical machine-translation slip.
Roles change: keep `people.toml` current (a warning, not an error, for that reason).

### Examples
\"a phone call with the Chinese prime minister Xi Jinping\" is reported; \"a phone call with
the Chinese president Xi Jinping\" is not.
";

struct TitleMismatch(RuleMeta);

/// The rule.
pub fn rule() -> Box<dyn Rule> {
    Box::new(TitleMismatch(RuleMeta {
        id: "entity/title-mismatch".into(),
        category: "entity".into(),
        default_severity: Severity::Warning,
        scope: Scope::Article,
        summary: "a title before a known person that contradicts their role".into(),
        docs: DOCS.into(),
        examples: vec![
            Example::one("+++\nlang = \"en\"\n+++\nThe Kremlin leader phoned the Chinese PM Xi Jinping at noon.\n", 1),
            Example::one("+++\nlang = \"en\"\n+++\nThe Kremlin leader phoned the Chinese president, Xi Jinping, at noon.\n", 0),
            Example::one("T\n\nLe président russe Vladimir Poutine a reçu le Premier ministre Li Qiang et l'ancien président Li Qiang.\n", 0),
            // A nationality that names another country than the person's.
            Example::one("T\n\nÀ Pékin, le président chinois Emmanuel Macron a reçu son homologue russe.\n", 1),
            Example::one("T\n\nÀ Pékin, l'homologue chinois de Vladimir Poutine l'a reçu au palais.\n", 0),
            // Who appointed the prime minister is not one.
            Example::one("T\n\nLe ministre a été nommé mardi Premier ministre par Emmanuel Macron.\n", 0),
            // A country's initials are its adjective; "President-elect" is still a title.
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nThe ceremony was attended by U.S. President-elect Olaf Scholz.\n", 1),
            // "and" between two titled people, not two nationalities.
            Example::one("+++\nlang = \"en\"\n+++\nJapanese Prime Minister Shigeru Ishiba and Indian Prime Minister Olaf Scholz met in Tokyo.\n", 1),
            Example::one("+++\nlang = \"en\"\n+++\nJapanese Prime Minister Shigeru Ishiba and Indian Prime Minister Narendra Modi met in Tokyo.\n", 0),
            // A pope is a role of its own: "le pape" before a head of government is a slip.
            Example::one("T\n\nLe pape Narendra Modi a reçu les fidèles place Saint-Pierre.\n", 1),
            // Spain's head of government is "presidente del Gobierno", which French renders.
            Example::one("T\n\nLe président du gouvernement espagnol, Pedro Sánchez, a reçu les syndicats à Madrid.\n", 0),
            Example::one("T\n\nLe pape François a reçu les fidèles place Saint-Pierre.\n", 0),
            Example::one("T\n\nDans un journal chinois, Vladimir Poutine salue l'amitié des deux pays.\n", 0),
            // A country's possessive is its adjective; a possessive of anything else is not.
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nXi Jinping later phoned Russia's Emmanuel Macron.\n", 1),
            Example::one("+++\nlang = \"en\"\n+++\nT\n\nXi Jinping later phoned Russia's Vladimir Putin and Ukraine's ally Emmanuel Macron.\n", 0),
        ],
    }))
}

impl Rule for TitleMismatch {
    fn meta(&self) -> &RuleMeta {
        &self.0
    }
    fn check_article(&self, a: &Article, an: &Analysis, ctx: &mut Ctx) {
        let g = Gazetteer::get();
        let t = titles();
        for e in &an.facts[a.id.0 as usize].entities {
            let Some(id) = e.entry else { continue };
            let entry = g.entry(id);
            if entry.kind == EntryKind::Person {
                if let Some(d) = nationality_mismatch(a, e.span, entry.country.as_deref()) {
                    ctx.report(d);
                    continue;
                }
            }
            let Some(role) = entry
                .role
                .as_ref()
                .filter(|_| entry.kind == EntryKind::Person)
            else {
                continue;
            };
            let Some(accepted) = t.accepts.get(role) else {
                continue;
            };
            let Some((span, trole)) = title_before(a, an, e.span) else {
                continue;
            };
            if accepted.iter().any(|r| r == trole) {
                continue;
            }
            let phrase = &a.text[span.start()..e.span.end()];
            ctx.report(
                // The title and the name together: either may be the slip.
                Diagnostic::new(Label::new(a.id, span.to(e.span), format!("{} is {}", entry.name, role.replace('-', " "))), format!("`{phrase}`: {} is {}, not {}", entry.name, role.replace('-', " "), trole.replace('-', " ")))
                    .related(Label::new(a.id, e.span, "the person"))
                    .help("check the title, or update rules/gazetteer/people.toml if the role has changed"),
            );
        }
    }
}

/// The title written just before a person's name, with the role it names ("le Premier
/// ministre Li Qiang": head of government), back to the first punctuation and never across
/// another person; none after "vice", "ancien", "former", "ex". Shared by this rule and
/// `entity/title-conflict`.
pub(crate) fn title_before(a: &Article, an: &Analysis, name: Span) -> Option<(Span, &'static str)> {
    let t = titles();
    // Up to six words before the name, in the same sentence.
    let si = a.seg.sentence_at(name)?;
    let stoks = a.seg.sentence_tokens(&a.seg.sentences[si]);
    let before_name = &stoks[..stoks.partition_point(|x| x.span.end <= name.start)];
    // The words before the name, back to the first punctuation (a comma right before
    // the name is allowed: "le ministre des Affaires étrangères, Sergueï Lavrov").
    let mut from = before_name.len();
    for (k, x) in before_name.iter().enumerate().rev() {
        let comma_before_name = k + 1 == before_name.len() && x.span.slice(&a.text) == ",";
        if before_name.len() - k > 10 || (x.kind == TokKind::Punct && !comma_before_name) {
            break;
        }
        from = k;
    }
    let toks: Vec<_> = before_name[from..]
        .iter()
        .filter(|x| x.kind != TokKind::Punct)
        .collect();
    let words: Vec<String> = toks.iter().map(|x| fold(x.span.slice(&a.text))).collect();
    let n = words.len();
    let mut found: Option<(usize, usize, &str)> = None;
    // The title may be separated from the name by a nationality or an institution
    // ("la vice-ministre des Affaires étrangères chinoise Lin Wen"), not by another
    // person.
    let entities = &an.facts[a.id.0 as usize].entities;
    let other_person = |from: usize| {
        toks.get(from).is_some_and(|first| {
            let gap = Span {
                start: first.span.start,
                end: name.start,
            };
            crate::finding::starting_in(entities, gap, |o| o.span)
                .iter()
                .any(|o| o.kind == crate::extract::EntityKind::Person)
        })
    };
    'search: for gap in 0..=5usize {
        for (tw, trole) in &t.titles {
            let len = tw.len();
            if n < len + gap {
                continue;
            }
            let start = n - gap - len;
            if words[start..start + len] == tw[..] && !other_person(start + len) {
                found = Some((start, len, trole));
                break 'search;
            }
        }
    }
    let (start, len, trole) = found?;
    // "Nommé Premier ministre par Emmanuel Macron": the name after "par", "by" is who acted,
    // not who holds the title.
    if words[start + len..]
        .iter()
        .any(|w| matches!(w.as_str(), "par" | "by"))
    {
        return None;
    }
    let before = if start > 0 {
        words[start - 1].as_str()
    } else {
        ""
    };
    let hyphen_vice = a.text[..toks[start].span.start()].ends_with("vice-");
    if matches!(
        before,
        "vice" | "ancien" | "ancienne" | "former" | "ex" | "feu" | "late"
    ) || hyphen_vice
    {
        return None;
    }
    let span = Span {
        start: toks[start].span.start,
        end: toks[start + len - 1].span.end,
    };
    Some((span, trole))
}

/// Words that may stand between a nationality and a name: titles ("Chinese President Xi"),
/// and the words news use for a leader ("son homologue chinois Xi Jinping").
fn is_title_word(folded: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut w: std::collections::HashSet<String> = titles()
                .titles
                .iter()
                .flat_map(|(t, _)| t.iter().cloned())
                // "chef de l'État" makes no title of "de": "l'homologue chinois de Poutine".
                .filter(|w| !crate::extract::stopwords().contains(w))
                .collect();
            // "President-elect", "président élu": a title still.
            for x in [
                "president-elect",
                "elect",
                "elu",
                "elue",
                "designate",
                "leader",
                "dirigeant",
                "dirigeante",
                "homologue",
                "counterpart",
                "chef",
                "head",
            ] {
                w.insert(x.to_string());
            }
            w
        })
        .contains(folded)
}

/// A nationality written just before a person that names another country than theirs ("le
/// président chinois Recep Tayyip Erdogan"): only titles may stand between the adjective
/// and the name, so "l'homologue chinois de Vladimir Poutine" is not read as one.
/// The country whose possessive ("Ukraine's", "Russia’s") ends at `end`, with its span.
fn possessive_country(a: &Article, end: usize) -> Option<(&'static str, Span)> {
    let upto = &a.text[..end];
    let stem = upto
        .strip_suffix("'s")
        .or_else(|| upto.strip_suffix("’s"))?;
    let start = stem
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
        .last()
        .map(|(i, _)| i)?;
    let g = Gazetteer::get();
    let id = g.lookup_folded(&crate::text::fold(&stem[start..]))?;
    let e = g.entry(id);
    if e.kind != EntryKind::Country {
        return None;
    }
    Some((e.country.as_deref()?, Span::new(start, end)))
}

fn nationality_mismatch(a: &Article, name: Span, country: Option<&str>) -> Option<Diagnostic> {
    let country = country?;
    let si = a.seg.sentence_at(name)?;
    let stoks = a.seg.sentence_tokens(&a.seg.sentences[si]);
    let before = &stoks[..stoks.partition_point(|x| x.span.end <= name.start)];
    let mut comma = false;
    for (k, x) in before.iter().enumerate().rev() {
        let w = x.span.slice(&a.text);
        // "U.S. President-elect", "UK Prime Minister": the country's initials as its
        // adjective, read on the text (a tokenizer splits "U.S." at its dots).
        let upto = &a.text[..x.span.end()];
        let written_initials = ["U.S.", "US", "U.K.", "UK"].into_iter().find(|i| {
            upto.ends_with(*i)
                && !upto[..upto.len() - i.len()].ends_with(|c: char| c.is_alphanumeric())
        });
        let initials = written_initials.map(|i| if i.contains('S') { "US" } else { "GB" });
        // "Ukraine's Volodymyr Zelensky": a country's possessive says the same as its
        // adjective.
        let possessive = written_initials
            .is_none()
            .then(|| possessive_country(a, x.span.end()))
            .flatten();
        let (w, at) = match (written_initials, possessive) {
            (Some(i), _) => (i, Span::new(x.span.end() - i.len(), x.span.end())),
            (None, Some((_, at))) => (at.slice(&a.text), at),
            (None, None) => (w, x.span),
        };
        let initials = initials.or(possessive.map(|(c, _)| c));
        if x.kind == TokKind::Punct && initials.is_none() {
            // "son homologue chinois, Xi Jinping": a comma right before the name only.
            if k + 1 == before.len() && w == "," {
                comma = true;
                continue;
            }
            return None;
        }
        if let Some(c) = initials.or_else(|| crate::extract::demonyms::country_of(w)) {
            // After a comma the adjective must follow a title: "son homologue chinois, Xi
            // Jinping" is one phrase, "un journal chinois, Vladimir Poutine" two clauses.
            let titled =
                k > 0 && is_title_word(&crate::text::fold(before[k - 1].span.slice(&a.text)));
            // "les présidents français et chinois Emmanuel Macron et Xi Jinping": two
            // nationalities for two names. Not "Shigeru Ishiba and Indian Prime Minister
            // Olaf Scholz", where "and" joins two people, each with their own title.
            let coordinated = k > 1
                && matches!(
                    crate::text::fold(before[k - 1].span.slice(&a.text)).as_str(),
                    "et" | "and" | "ou" | "or"
                )
                && crate::extract::demonyms::country_of(before[k - 2].span.slice(&a.text))
                    .is_some();
            if c == country || (comma && !titled) || coordinated {
                return None;
            }
            let g = Gazetteer::get();
            let named = |code: &str| {
                g.country(code)
                    .map_or(code.to_string(), |i| g.entry(i).name.clone())
            };
            let person = &a.text[name.start()..name.end()];
            return Some(
                Diagnostic::new(
                    // The adjective through the name: either may be the slip.
                    Label::new(a.id, at.to(name), format!("{} names {}", w, named(c))),
                    format!(
                        "`{w}` before {person}: the gazetteer has {person} for {}, not {}",
                        named(country),
                        named(c)
                    ),
                )
                .related(Label::new(a.id, name, "the person"))
                .help("check the name and the nationality: one of them belongs to another person"),
            );
        }
        if !is_title_word(&crate::text::fold(w)) || before.len() - k > 4 {
            return None;
        }
    }
    None
}

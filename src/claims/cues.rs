//! Cues in the words around a fact that change what it is about: a whole ("sur 630"), a
//! shortfall ("il lui a manqué six voix"), an age ("à l'âge de 91 ans"), whose count it is
//! ("selon la CGT"), where a happening was only felt ("ressentie jusqu'à Bangkok"), a
//! publication stamp ("04/05/2025 à 09:20").

use crate::corpus::Article;
use crate::finding::Span;
use crate::lang::Lang;
use crate::text::{floor_boundary, fold};
use regex::Regex;
use std::sync::OnceLock;

/// Up to `n` bytes of the article's text before byte `at`, not before `floor` (on a character
/// boundary).
fn before_from(a: &Article, floor: usize, at: usize, n: usize) -> &str {
    &a.text[floor_boundary(&a.text, at.saturating_sub(n).max(floor))..at]
}

/// Up to `n` bytes of the article's text before byte `at`.
pub(super) fn before(a: &Article, at: usize, n: usize) -> &str {
    before_from(a, 0, at, n)
}

/// Up to `n` bytes of the article's text after byte `at`, not past `ceiling`.
pub(super) fn after_to(a: &Article, ceiling: usize, at: usize, n: usize) -> &str {
    &a.text[at..floor_boundary(&a.text, (at + n).min(ceiling))]
}

/// Up to `n` bytes of the article's text after byte `at`.
fn after(a: &Article, at: usize, n: usize) -> &str {
    after_to(a, usize::MAX, at, n)
}

/// What joins a scorer's second verb to the first ("a égalisé, puis a donné l'avantage").
const SCORER_VERB_BREAKS: &[&str] = &[";", " and ", " et ", " puis ", " then "];

/// What ends a clause of a match report either side of a goal's minute: punctuation, and
/// the words that join the clause of another goal ("and", "before", "après").
const GOAL_CLAUSE_BREAKS: &[&str] = &[
    ",", ";", ":", ".", "(", " and ", " et ", " before ", " avant ", " after ", " après ",
];

/// Which goal of a match a minute gives, read in the clause of the scorer at `from` to the
/// clause's end after the minute at `fig`: the opener ("opened the scoring", "ouvre le
/// score"), an equaliser ("levelled", "égalise") or the winner ("81st-minute winner", "le but
/// décisif"). A player who scores twice scores two goals of two kinds, at two minutes; a
/// clause that names two kinds says none.
pub(super) fn goal_kind(
    a: &Article,
    sentence: Span,
    from: usize,
    fig: Span,
) -> Option<&'static str> {
    const KINDS: &[(&str, &[&str])] = &[
        (
            "opener",
            &[
                "opened the scoring",
                "opener",
                "first goal",
                "ouvert le score",
                "ouvre le score",
                "premier but",
            ],
        ),
        (
            "equaliser",
            &[
                "equalis",
                "equaliz",
                "levelled",
                "leveled",
                "egalis",
                "revenu au score",
                "revenir au score",
            ],
        ),
        (
            "winner",
            &[
                "winner",
                "winning goal",
                "decisive",
                "decisif",
                "offert la victoire",
                "but de la victoire",
            ],
        ),
    ];
    let (clause_start, clause_end) = goal_clause(a, sentence, from, fig);
    // "Haaland a égalisé à la 35e, puis a donné l'avantage à City à la 78e": a second verb
    // of the scorer's opens the clause of the second goal. Not past a comma or a bracket,
    // which set off an apposition ("Yamal (57e)", "Mbappé, auteur du doublé, …").
    let between = &a.text[from.min(fig.start())..fig.start()];
    let clause_start = SCORER_VERB_BREAKS
        .iter()
        .filter_map(|p| between.rfind(p).map(|i| i + p.len()))
        .max()
        .map_or(clause_start, |i| from + i);
    let text = fold(&a.text[clause_start..floor_boundary(&a.text, clause_end)]);
    // "Saka made it 1-1 in the 54th": a goal that ties the score is an equaliser, however
    // the report words it.
    let ties = text
        .split(|c: char| !c.is_ascii_digit() && c != '-')
        .any(|w| {
            w.split_once('-')
                .is_some_and(|(x, y)| !x.is_empty() && x.len() <= 2 && x == y)
        });
    let mut found = KINDS.iter().filter(|&&(kind, words)| {
        words.iter().any(|w| text.contains(w)) || (ties && kind == "equaliser")
    });
    match (found.next(), found.next()) {
        (Some((kind, _)), None) => Some(kind),
        _ => None,
    }
}

/// The clause of a match report that tells of the minute at `fig`, from the clause that
/// holds `from` (a scorer's name, or the minute itself) to the clause's end after the minute.
fn goal_clause(a: &Article, sentence: Span, from: usize, fig: Span) -> (usize, usize) {
    // To the next clause: "the 57th and the France captain struck the winner" names
    // another goal.
    let rest = &a.text[fig.end()..sentence.end()];
    let clause_end = GOAL_CLAUSE_BREAKS
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
        .map_or(sentence.end(), |i| fig.end() + i);
    // From the clause's start: "le Barça était revenu au score grâce à Yamal (57e)".
    let head = &a.text[sentence.start()..from];
    let clause_start = GOAL_CLAUSE_BREAKS
        .iter()
        .filter_map(|p| head.rfind(p).map(|i| i + p.len()))
        .max()
        .map_or(sentence.start(), |i| sentence.start() + i);
    (clause_start, clause_end)
}

/// What else than a goal a match report dates by its minute, read in the minute's own
/// clause: a player sent off ("expulsé à la 55e", "sent off in the 55th"), booked, replaced
/// or hurt. Returns the clause's span and the happening, so that the minute is keyed by the
/// player it names there, never by the scorer of the clause before.
pub(super) fn match_incident(
    a: &Article,
    sentence: Span,
    fig: Span,
) -> Option<(Span, &'static str)> {
    const INCIDENTS: &[(&str, &[&str])] = &[
        (
            "sent-off",
            &[
                "sent off",
                "sending off",
                "sending-off",
                "red card",
                "second yellow",
                "carton rouge",
                "expuls",
                "exclu",
            ],
        ),
        (
            "booked",
            &["booked", "yellow card", "carton jaune", "averti"],
        ),
        (
            "substituted",
            &[
                "replaced",
                "came on",
                "substitut",
                "remplace",
                "entre en jeu",
                "sorti sur blessure",
                "went off",
            ],
        ),
    ];
    let (start, end) = goal_clause(a, sentence, fig.start(), fig);
    let text = fold(&a.text[start..floor_boundary(&a.text, end)]);
    let (_, kind) = INCIDENTS
        .iter()
        .map(|&(kind, words)| (words.iter().filter_map(|w| text.find(w)).min(), kind))
        .filter_map(|(at, kind)| Some((at?, kind)))
        .min()?;
    Some((Span::new(start, end), kind))
}

/// True for a figure of a match report that gives the round of the league season the match
/// was played in: "la 15e journée", "the 15th round", "matchday 15", "après 15 journées",
/// "after 15 games". Each report words it its own way; the number is one. Not a run ("after
/// 15 games without a win"), which counts games of its own.
pub(super) fn league_round(a: &Article, fig: Span, ordinal: bool, noun: Option<&str>) -> bool {
    const ROUNDS: &[&str] = &["journee", "round", "matchday", "gameweek"];
    let before = fold(before(a, fig.start(), 24));
    let before = before.trim_end();
    match noun {
        Some(n) if ordinal => ROUNDS.contains(&n),
        Some(n) => {
            let rounds = matches!(
                n,
                "journees" | "rounds" | "matches" | "matchs" | "games" | "match" | "game"
            );
            let after = fold(after(a, fig.end(), 40));
            let run = after.split_whitespace().nth(1).is_some_and(|w| {
                matches!(
                    w,
                    "without" | "sans" | "unbeaten" | "winless" | "in" | "of" | "de" | "d'affilee"
                )
            });
            rounds
                && !run
                && (before.ends_with(" after")
                    || before.ends_with(" apres")
                    || before.ends_with(" au bout de"))
        }
        // "Matchday 15", "round 15", "la journée 15".
        None => !ordinal && ROUNDS.iter().any(|r| before.ends_with(&format!(" {r}"))),
    }
}

/// For a figure that bounds a range of ages ("âgés de 31 à 54 ans", "aged between 19 and
/// 25", "aged 40-62"), which end it gives: `youngest` or `oldest`. The ages of a group are
/// two facts reports share, and neither is anyone's own age.
pub(super) fn age_range_end(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    static RANGE: OnceLock<Regex> = OnceLock::new();
    let text = a.slice(sentence);
    // Cheap first: most figures have no word of age before them.
    let before = before(a, fig.start(), 40).to_lowercase();
    if !["age", "âgé", "agé"].iter().any(|w| before.contains(w)) {
        return None;
    }
    let re = pattern(
        &RANGE,
        r"(?i)\b(?:[âa]g[ée]e?s?|aged|ages?\s+of|ages?)\s+(?:de\s+|from\s+|between\s+|entre\s+)?(\d{1,3})\s*(?:à|to|and|et|-|–)\s*(\d{1,3})\b",
    );
    let at = fig.start().checked_sub(sentence.start())?;
    re.captures_iter(text).find_map(|c| {
        if c.get(1)?.start() == at {
            Some("youngest")
        } else if c.get(2)?.start() == at {
            Some("oldest")
        } else {
            None
        }
    })
}

/// A pattern compiled once, on first use.
fn pattern(cell: &'static OnceLock<Regex>, source: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(source).expect("cue patterns compile"))
}

/// True for a number that gives the whole of a part just stated: "325 voix sur 630", "325 of
/// 630 votes", "3 out of 4".
pub(super) fn is_total(a: &Article, fig: Span) -> bool {
    static PART_OF: OnceLock<Regex> = OnceLock::new();
    static MARGIN: OnceLock<Regex> = OnceLock::new();
    let before = before(a, fig.start(), 40);
    // "20 of France's 96 departments", "11 of the country's 17 regions", "20 des 96
    // départements", "120 of its 577 members", "120 de ses 577 membres": the whole may be
    // owned. The part may be written in words: "only one of the 242 people on board", "un
    // seul des 242 occupants". "179 morts parmi les 181 personnes": the part's noun between.
    pattern(
        &PART_OF,
        r"(?i)(?:\d|\b(?:one|none|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|each|all|most|many|some|half|several|few|majority|un|une|aucune?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|chacune?|plupart|plusieurs|certaine?s|moitié|beaucoup|majorité))\s*(?:\p{L}+\s+)?(?:(?:sur|of|out of|des|parmi|among)\s+(?:\p{Lu}\p{L}*['’]s\s+|the\s+(?:\p{L}+['’]s\s+)?|les\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?|de\s+(?:ses|leurs|nos)\s+)$",
    )
    .is_match(before)
        // "Won a majority of 80 seats": the margin, not the whole ("the majority of the 577
        // members" is).
        && !pattern(&MARGIN, r"(?i)\ba\s+(?:\p{L}+\s+)?majority\s+of\s+$").is_match(before)
}

/// True for a bare number that gives a part or the whole of a count the sentence made
/// before it: "138 bateaux au départ, dont 38 en Class40", "38 bateaux dans sa catégorie,
/// sur 138 au départ", "138 boats, 38 of them in Class40", "including 12 in the capital".
/// It counts what that count does: one report holds both numbers, a part and its whole.
pub(super) fn part_of_counted(a: &Article, sentence: Span, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let b = before_from(a, sentence.start(), fig.start(), 40);
    let hedge =
        r"(?:(?:au\s+moins|at\s+least|plus\s+de|more\s+than|près\s+de|nearly|about|environ)\s+)?";
    pattern(
        &BEFORE,
        &format!(
            r"(?i)(?:(?:^|[^\p{{L}}])(?:dont|including|parmi\s+(?:eux|elles|lesquels|lesquelles)|among\s+them)|,\s*(?:sur|out\s+of))\s+{hedge}$"
        ),
    )
    .is_match(b)
        || pattern(&AFTER, r"(?i)^\s+(?:of\s+them|d['’]entre\s+(?:eux|elles))\b")
            .is_match(after_to(a, sentence.end(), fig.end(), 24))
}

/// True for a time that is a gap between competitors: "0.87 seconds ahead of Rast", "won by
/// 0.87 seconds", "2 hours 40 minutes behind", "relégué à 0,87 seconde", "troisième, à 1,12
/// seconde", "arrivée 2 heures plus tard". Each rival has a gap of their own: the winner's
/// and the third's are two values, not two versions of one count.
pub(super) fn is_time_gap(a: &Article, sentence: Span, fig: Span) -> bool {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static CLAUSE_END: OnceLock<Regex> = OnceLock::new();
    static BY: OnceLock<Regex> = OnceLock::new();
    let after = after_to(a, sentence.end(), fig.end(), 64);
    pattern(
        &AFTER,
        r"(?i)^\s*\p{L}+(?:\s+(?:and\s+|et\s+)?\d+\s+\p{L}+)?\s+(?:ahead|behind|back|clear|later|d['’]avance|de\s+retard|plus\s+tard|derrière)\b",
    )
    .is_match(after)
        || (pattern(&BY, r"(?i)(?:\bby|\bà)\s+$")
            .is_match(before_from(a, sentence.start(), fig.start(), 8))
            && pattern(&CLAUSE_END, r"^\s*\p{L}+\s*(?:[.;,)]|$)").is_match(after))
}

/// A share written as a ratio: "six TGV sur dix", "un Français sur deux", "one in three
/// trains", "9 out of 10 voters". Returns its span (numerator to denominator), the share in
/// percent, and the margin the ratio stands for: "six sur dix" is a round 60 %, which 58 %
/// may be and 66 % is not.
pub(super) fn ratio_before(a: &Article, sentence: Span, den: Span) -> Option<(Span, f64, f64)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let m: u32 = match fold(a.slice(den)).as_str() {
        "2" | "deux" | "two" => 2,
        "3" | "trois" | "three" => 3,
        "4" | "quatre" | "four" => 4,
        "5" | "cinq" | "five" => 5,
        "10" | "dix" | "ten" => 10,
        "100" | "cent" | "hundred" => 100,
        _ => return None,
    };
    let from = floor_boundary(
        &a.text,
        den.start().saturating_sub(60).max(sentence.start()),
    );
    let before = &a.text[from..den.start()];
    let c = pattern(
        &RE,
        r"(?i)(?:^|[^\p{L}\d])(\d{1,2}|une?|one|deux|two|trois|three|quatre|four|cinq|five|six|sept|seven|huit|eight|neuf|nine)\s+(?:[\p{L}-]+\s+){0,3}?(?:sur|in|out\s+of)\s+$",
    )
    .captures(before)?;
    let num = c.get(1)?;
    let n: u32 = match fold(num.as_str()).as_str() {
        "un" | "une" | "one" => 1,
        "deux" | "two" => 2,
        "trois" | "three" => 3,
        "quatre" | "four" => 4,
        "cinq" | "five" => 5,
        "six" => 6,
        "sept" | "seven" => 7,
        "huit" | "eight" => 8,
        "neuf" | "nine" => 9,
        d => d.parse().ok()?,
    };
    // "Un sur trois" is a share; "3 sur 2" and "10 sur 10" are not.
    if n == 0 || n >= m {
        return None;
    }
    // "Deux jours sur trois", "one day in five": a share of time still, but "one in three
    // days" counts days, and "sur 10 km" measures.
    let after = after_to(a, sentence.end(), den.end(), 24);
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .map(fold)
        .unwrap_or_default();
    if matches!(
        next.as_str(),
        "km" | "kilometres"
            | "kilometers"
            | "miles"
            | "metres"
            | "meters"
            | "jours"
            | "days"
            | "ans"
            | "years"
            | "mois"
            | "months"
            | "semaines"
            | "weeks"
            | "heures"
            | "hours"
            | "minutes"
            | "points"
            | "pts"
    ) {
        return None;
    }
    let pct = (1000.0 * f64::from(n) / f64::from(m)).round() / 10.0;
    let start = from + num.start();
    Some((
        Span {
            start: start as u32,
            end: den.end,
        },
        pct,
        (50.0 / f64::from(m)).min(5.0),
    ))
}

/// True for a count that names all of its noun: "all 144 passengers", "the 144 passengers",
/// "les 144 passagers", "tous les 12 membres". Passengers and crew counted whole are the load,
/// whatever befell them.
pub(super) fn definite_whole(a: &Article, fig: Span) -> bool {
    let before = fold(before(a, fig.start(), 16));
    let last = before.trim_end().rsplit(' ').next().unwrap_or("");
    before.ends_with(' ')
        && matches!(
            last,
            "all" | "the" | "les" | "ses" | "leurs" | "its" | "their" | "his" | "her"
        )
}

/// True for a count of a part of a whole already named: "169 of the passengers", "deux
/// d'entre eux", "27 de ses pensionnaires". "89 of the 230 seats" counts seats: the whole
/// is given with it.
pub(super) fn is_partitive(a: &Article, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    static OWNED_WHOLE: OnceLock<Regex> = OnceLock::new();
    let after = after(a, fig.end(), 40);
    pattern(
        &RE,
        r"(?i)^\s+(?:of\s+(?:the|its|their|those|these|them)\b(?:\s+\D|$)|de\s+(?:ses|leurs|ces)\b(?:\s+\D|$)|d['’]entre\b|parmi\b)",
    )
    .is_match(after)
        // "14 of the country's 26 cantons": a part of a whole the number after gives, which
        // counts what the whole counts.
        && !pattern(&OWNED_WHOLE, r"(?i)^\s+of\s+the\s+\p{L}+['’]s\s+\d").is_match(after)
}

/// The votes against in a tally written with the votes for first ("par 195 voix contre 106",
/// "by 195 votes to 106", "195 voix pour, 106 contre", "195 votes in favour and 106
/// against"): the number and its span.
pub(super) fn votes_against(a: &Article, sentence: Span) -> Vec<(u32, Span)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let text = a.slice(sentence);
    if !text.contains("vot") && !text.contains("voix") {
        return Vec::new();
    }
    pattern(
        &RE,
        r"(?i)\b\d{1,4}\s+(?:votes?|voix)\s+(?:(?:to|contre|against)\s+(\d{1,4})\b|(?:pour|for|in\s+favou?r)\s*(?:,|\bet\b|\band\b)\s*(\d{1,4})\s+(?:contre|against)\b)",
    )
    .captures_iter(text)
    .filter_map(|c| {
        let m = c.get(1).or_else(|| c.get(2))?;
        let at = sentence.start() + m.start();
        Some((m.as_str().parse().ok()?, Span::new(at, at + m.len())))
    })
    .collect()
}

/// True for a count of the first or last of a whole, or of what remains of it: "the last
/// four boys", "the first two victims", "the remaining 300", "les cinq derniers", "les deux
/// premières", and the breakdown that follows one ("les cinq derniers, quatre garçons et leur
/// entraîneur"). The whole is counted elsewhere; this is a part of it.
pub(super) fn is_ordered_part(a: &Article, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    pattern(
        &BEFORE,
        r"(?i)(?:\b(?:last|first|final|remaining)\s+|\b(?:derni|premi|restant)\p{L}*\s*,\s*)$",
    )
    .is_match(before(a, fig.start(), 24))
        || pattern(
            &AFTER,
            r"(?i)^\s+(?:derni[eè]re?s|premi[eè]re?s|restante?s)\b",
        )
        .is_match(after(a, fig.end(), 16))
}

/// True for a date that dates a toll's update rather than the happening: "the death toll
/// rose to 265 on Friday", "le bilan s'est alourdi vendredi à 40 morts", "the number of
/// miners killed rose to 14 on Monday".
pub(super) fn is_toll_update(a: &Article, sentence: Span, date: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    // Far enough back for a toll's long subject ("the number of people killed in a head-on
    // collision between two trains near the capital rose to nine on Wednesday").
    let before = before_from(a, sentence.start(), date.start(), 240);
    pattern(
        &RE,
        r"(?i)\b(?:toll|bilan|number of (?:\p{L}+ )?(?:killed|dead|deaths|injured|wounded)|nombre de (?:\p{L}+ )?(?:morts|victimes|tués|blessés))\b[^.;]*\b(?:rose|risen|rises|climbed|climbs|reached|reaches|passed|stood|stands|s['’]él[eè]v\p{L}*|s['’]est alourdi|alourdi|atteint|atteignait|grimp\p{L}*|dépass\p{L}*|est passé)\b[^.;]*$",
    )
    .is_match(before)
}

/// True for a time of day given loosely: "vers 9 h 30", "peu après 12 h 30", "shortly after
/// 12:30", "around 9:30 a.m.".
pub(super) fn is_loose_time(a: &Article, time: Span) -> bool {
    const HEDGES: &[&str] = &[
        "vers",
        "autour de",
        "aux alentours de",
        "environ",
        "peu apres",
        "peu avant",
        "juste apres",
        "juste avant",
        "around",
        "about",
        "shortly after",
        "shortly before",
        "just after",
        "just before",
        "approximately",
        "roughly",
        "soon after",
    ];
    let hedged = |b: &str| {
        HEDGES.iter().any(|h| {
            b.ends_with(h) && b[..b.len() - h.len()].ends_with(|c: char| !c.is_alphanumeric())
        })
    };
    let b = fold(before(a, time.start(), 64));
    let b = b.trim_end();
    if hedged(b) {
        return true;
    }
    // "Shortly after 2 p.m. (0600 GMT)", "vers 14 h, soit 8 h à Paris": a conversion of a
    // loose time is as loose.
    let Some(prev) = b
        .strip_suffix('(')
        .or_else(|| b.strip_suffix("soit"))
        .or_else(|| b.strip_suffix(" or"))
    else {
        return false;
    };
    let prev = prev.trim_end().trim_end_matches(',').trim_end();
    // The time before: its digits, a separator, a part of the day, then the hedge.
    let bare = prev.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, ' ' | ':' | '.' | 'h' | 'a' | 'p' | 'm')
    });
    bare.len() < prev.len() && hedged(bare.trim_end())
}

/// Folded words that say the people counted are dead ("les 28 otages morts", "68 bodies").
const DEAD: &[&str] = &[
    "dead",
    "deceased",
    "remains",
    "bodies",
    "morts",
    "mortes",
    "decedes",
    "decedees",
    "depouilles",
    "corps",
];

/// True when a word of death stands within the three words after the count at `fig` ("the
/// 10 people killed when the plane crashed", "les trois soldats tués"): a toll, even after a
/// definite article, not a reference back to a group already named.
pub(super) fn dead_right_after(a: &Article, sentence: Span, fig: Span) -> bool {
    fold(after_to(a, sentence.end(), fig.end(), 48))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| DEAD.contains(&w) || DIED.contains(&w))
}

/// True for a folded verb of death ("tuant", "killed").
pub(super) fn is_death_verb(w: &str) -> bool {
    DIED.contains(&w)
}

/// Verbs of death, folded: what a group counted by its own noun ("four soldiers died") is.
const DIED: &[&str] = &[
    "died", "die", "dies", "killed", "killing", "kills", "perished", "tue", "tues", "tuee",
    "tuees", "tuant", "peri", "peris",
];

/// True for a word of a hedge before a count, folded ("more", "than", "au", "moins").
pub(super) fn is_hedge_word(w: &str) -> bool {
    HEDGE_WORDS.contains(&w)
}

/// Words of a hedge before a count, folded: "freed more than 300".
const HEDGE_WORDS: &[&str] = &[
    "more", "than", "at", "least", "some", "about", "nearly", "almost", "over", "around", "plus",
    "de", "d", "au", "moins", "pres", "environ", "quelque",
];

/// Words that open another clause, folded: "freed 300 passengers and killed 33 insurgents".
const CONJUNCTIONS: &[&str] = &[
    "and", "but", "while", "whereas", "when", "after", "before", "et", "mais", "quand", "lorsque",
    "apres", "avant", "tandis", "alors",
];

/// Words that say what was fired was brought down, folded.
const DOWNED: &[&str] = &[
    "downed",
    "intercepted",
    "abattus",
    "abattues",
    "intercepte",
    "interceptes",
    "interceptees",
    "neutralises",
    "neutralisees",
    "neutralized",
    "neutralised",
];

/// Whether the people a figure counts are said to be alive or dead, missing, injured or
/// without power, in the few words around it: "20 living hostages", "les 28 otages morts",
/// "the remains of 28 hostages", "3 million homes were without power".
pub(super) fn life_state(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    const ALIVE: &[&str] = &[
        "living",
        "alive",
        "vivants",
        "vivantes",
        "survivors",
        "survived",
        "survecu",
        "survivants",
    ];
    const MISSING: &[&str] = &[
        "missing",
        "unaccounted",
        "disparus",
        "disparues",
        "introuvables",
    ];
    const INJURED: &[&str] = &["injured", "wounded", "blesses", "blessees"];
    // Participles and the verb's other forms ("Israel frees 90 prisoners"). Not its nouns:
    // "the release of 33 hostages" is often a plan, not a running count of the freed.
    const FREED: &[&str] = &[
        "freed",
        "pulled",
        "released",
        "rescued",
        "saved",
        "liberes",
        "liberees",
        "relaches",
        "secourus",
        "secourues",
        "sauves",
        "sauvees",
        "free",
        "frees",
        "freeing",
        "releasing",
        "liberer",
        "libere",
        "liberent",
        "libera",
        "relacher",
        "relache",
    ];
    let mut before = fold(before_from(a, sentence.start(), fig.start(), 30));
    // "Son corps portait douze impacts de balles": one body, whose count it is, not a count
    // of the dead ("corps" is plural too: "42 corps retrouvés").
    for one in ["son corps", "le corps", "un corps", "du corps", "au corps"] {
        if let Some(i) = before.find(one) {
            before.replace_range(i..i + one.len(), "");
        }
    }
    let after = fold(after_to(a, sentence.end(), fig.end(), 64));
    // Up to the clause's end or the next figure ("15 600 cas et 537 morts": the dead are
    // another count's).
    let clause_after = after
        .split(|c: char| matches!(c, ',' | ';' | '.') || c.is_ascii_digit())
        .next()
        .unwrap_or("");
    // Back to a conjunction: "two people were killed and 559 arrested" counts the arrested,
    // not more dead.
    let before_words = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take_while(|w| !CONJUNCTIONS.contains(w))
        .take(3)
        .count();
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .take_while(|w| !CONJUNCTIONS.contains(w))
        .take(3)
        // "Two crew members were pulled alive", "deux membres d'équipage ont survécu": the
        // clause's verb may stand a few words on.
        .chain(
            clause_after
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(8),
        )
        .collect();
    // "Deux membres d'équipage, un homme et une femme, ont été extraits vivants": the verb
    // of the count may stand past an apposition.
    let alive_past_apposition = || {
        fold(after_to(a, sentence.end(), fig.end(), 100))
            .split(|c: char| matches!(c, ';' | '.') || c.is_ascii_digit())
            .next()
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(14)
            .any(|w| ALIVE.contains(&w))
    };
    if words.iter().any(|w| DEAD.contains(w)) {
        Some("dead")
    } else if words.iter().any(|w| ALIVE.contains(w))
        || (clause_after.len() < after.len() && alive_past_apposition())
        // "encore en vie", not "condamnés à la prison à vie".
        || clause_after.contains("en vie")
        || before.contains("en vie")
    {
        Some("alive")
    } else if words[..before_words]
        .iter()
        .find(|w| !HEDGE_WORDS.contains(w) && **w != "of")
        .into_iter()
        .chain(&words[before_words..])
        .any(|w| FREED.contains(w))
    {
        // "Freed more than 300 hostages" beside "held 400 hostages": those set free are a
        // part. Only the verb right before the count ("among the freed were 120 prisoners"
        // names the whole the count is a part of).
        Some("freed")
    } else if words.iter().any(|w| MISSING.contains(w)) {
        Some("missing")
    } else if words.iter().any(|w| INJURED.contains(w)) {
        Some("injured")
    } else if words[..before_words]
        .iter()
        .chain(
            words[before_words..]
                .iter()
                .take_while(|w| !CONJUNCTIONS.contains(w)),
        )
        .any(|w| DIED.contains(w))
    {
        // "Four soldiers also died", "l'attaque a tué quatre soldats": a verb of death says
        // the group is counted among the dead, after every word of a state (the verb may
        // belong to another clause: "12 soldiers were wounded when a shell killed two").
        Some("dead")
    } else if words.iter().any(|w| DOWNED.contains(w))
        // "Downed 288 drones and three missiles": the verb stands before both counts.
        || before
            .split(|c: char| !c.is_alphanumeric())
            .rev()
            .filter(|w| !w.is_empty())
            .take(5)
            .any(|w| DOWNED.contains(&w))
    {
        // "Air defences downed 288 drones", "dont 288 drones ont été abattus": of the drones
        // and missiles fired, those brought down are another count.
        Some("downed")
    } else if words
        .iter()
        .any(|w| matches!(*w, "without" | "sans" | "prives" | "privees"))
        && words
            .iter()
            .any(|w| matches!(*w, "power" | "electricity" | "electricite"))
    {
        // "3 million homes were without power", "2,5 millions de foyers privés
        // d'électricité": a running count as lines come back.
        Some("no-power")
    } else {
        None
    }
}

/// True for a count of things still to come, said right after its noun: "30 lancements sont
/// déjà réservés", "some 30 launches were already booked", "12 vols prévus". Another count
/// than the things done ("after 117 launches").
pub(super) fn planned_count(a: &Article, sentence: Span, fig: Span) -> bool {
    const PLANNED: &[&str] = &[
        "reserves",
        "reservees",
        "prevus",
        "prevues",
        "programmes",
        "programmees",
        "commandes",
        "commandees",
        "planifies",
        "booked",
        "planned",
        "scheduled",
        "ordered",
        "reserved",
    ];
    let after = after_to(a, sentence.end(), fig.end(), 64);
    let clause = after.split([',', ';', '.', '(', ':']).next().unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| PLANNED.contains(&crate::text::fold(w).as_str()))
}

/// True for a figure stated as a fear or a possibility, not as a count: "le bilan pourrait
/// atteindre des centaines de morts", "the toll could rise to 1,000", "hundreds feared dead".
/// A report that fears hundreds does not contradict one that counts 21.
pub(super) fn is_projection(a: &Article, sentence: Span, fig: Span) -> bool {
    const BEFORE: &[&str] = &[
        "pourrait",
        "pourraient",
        "craint",
        "craignent",
        "redoute",
        "redoutent",
        "could",
        "might",
        "fear",
        "fears",
        "feared",
        "possibly",
        "perhaps",
        "maybe",
    ];
    const AFTER: &[&str] = &["feared", "redoutés", "redoutées", "craints", "craintes"];
    // Case folded on ASCII only: every word of the lists is matched as written, and this
    // runs for every figure of the corpus.
    let has = |text: &str, words: &[&str], take: usize| {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(take)
            .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    // The clause before the figure, up to its last comma or colon. Not "may": the month.
    let b = before_from(a, sentence.start(), fig.start(), 48);
    let clause = b.rsplit([',', ';', ':', '(']).next().unwrap_or("");
    has(clause, BEFORE, usize::MAX) || has(after_to(a, sentence.end(), fig.end(), 32), AFTER, 3)
}

/// True for a place named as the clock a time is read on: "(18 heures à Paris)", "soit 0h11
/// à Paris", "à 16 h 42, heure de Paris", "1 a.m. Paris time". Not a time at a place ("le 16
/// mai à 09h50 à Pékin"), which may be where the news happened.
pub(super) fn is_clock_place(a: &Article, place: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let b = before(a, place.start(), 24);
    // Cheap first: a clock names its hour in digits, or one of these words.
    let clocked = b.bytes().any(|c| c.is_ascii_digit())
        || ["heure", "minuit", "midi", "midnight", "noon"]
            .iter()
            .any(|w| b.contains(w));
    if !clocked {
        return false;
    }
    pattern(
        &BEFORE,
        r"(?i)(?:(?:\(|\bsoit|\bou)\s*(?:\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?|minuit|midi)\s+(?:à|a)|\bheure\s+(?:de|d['’]))\s*$",
    )
    .is_match(b)
        || (pattern(&AFTER, r"(?i)^\s+time\b").is_match(after(a, place.end(), 8))
            && (b.trim_end().ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == 'm')
                || b.trim_end().ends_with("midnight")
                || b.trim_end().ends_with("noon")))
}

/// True for a count given as a part of the count just named: "51 morts, dont 15 enfants",
/// "dont ceux de 28 enfants", "including 12 children", "parmi eux figurent 15 enfants",
/// "among them were three children", "the 125 who died included 32 children".
pub(super) fn is_subset(a: &Article, sentence: Span, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(
        &RE,
        r"(?i)(?:\bdont(?:\s+(?:ceux|celles)\s+d[e'’])?|\binclud(?:ing|ed|es|e)|\bamong\s+(?:them|whom)(?:\s+(?:were|are|was))?|\bparmi\s+(?:eux|elles|lesquels|lesquelles|les\s+victimes)(?:\s+\p{L}+)?)\s*(?:au\s+moins\s+|at\s+least\s+)?$",
    )
    .is_match(before_from(a, sentence.start(), fig.start(), 48))
}

/// True when a toll is named in the text right before `at` (this sentence or the one before,
/// within 200 bytes): the whole that a part given after it ("dont 15 enfants") is taken from.
pub(super) fn toll_before(a: &Article, at: usize) -> bool {
    let block = a.block_at(Span::new(at, at)).map_or(0, |b| b.span.start());
    let from = crate::text::floor_boundary(&a.text, at.saturating_sub(200).max(block));
    let words = fold(&a.text[from..at]);
    let concepts = super::concepts::Concepts::get();
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| DEAD.contains(&w) || concepts.counted(w).is_some_and(|c| c.evolving))
}

/// Words for how badly someone was hurt ("grièvement blessés", "critically injured"), folded.
const SERIOUS: &[&str] = &[
    "seriously",
    "critically",
    "severely",
    "gravely",
    "gravement",
    "grievement",
    "grave",
    "graves",
    "serious",
    "critical",
];
/// Words for a light injury ("légèrement blessés", "slightly hurt"), folded.
const MINOR: &[&str] = &[
    "slightly",
    "lightly",
    "minor",
    "legerement",
    "leger",
    "legers",
];

/// How badly the injured a figure counts were hurt, when a word between the figure and the
/// word of their injury (or right after it) says so: "two people remained seriously
/// injured", "dont deux grièvement blessés", "12 blessés graves", "40 slightly hurt". Those
/// are a part of the injured, another count than the toll.
pub(super) fn injury_degree(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    const HURT: &[&str] = &[
        "injured", "wounded", "hurt", "blesse", "blesses", "blessee", "blessees",
    ];
    let after = fold(after_to(a, sentence.end(), fig.end(), 64));
    let clause = after
        .split(|c: char| matches!(c, ',' | ';' | '.' | '(') || c.is_ascii_digit())
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let hurt = words.iter().position(|w| HURT.contains(w))?;
    let near = &words[..words.len().min(hurt + 2)];
    // "Trois blessés, dont un enfant, se trouvaient dans un état critique", "three injured
    // ... were in critical condition": their condition, said later in the sentence.
    const CONDITION: &[&str] = &[
        "etat critique",
        "etat grave",
        "pronostic vital",
        "critical condition",
        "serious condition",
        "life-threatening",
    ];
    let rest = fold(after_to(a, sentence.end(), fig.end(), 120));
    // "Quinze blessés restaient hospitalisés, dont neuf dans un état grave": the condition
    // of a part of them, said in the part's own phrase. Past a comma that closes the part
    // ("Trois blessés, dont un enfant, se trouvaient dans un état critique"), it is all of
    // theirs again.
    const PART: &[&str] = &["dont ", "including ", "of them", "among them", "parmi eux"];
    let of_a_part = |at: usize| {
        PART.iter().any(|p| {
            rest[..at]
                .rfind(p)
                .is_some_and(|i| !rest[i..at].contains(','))
        })
    };
    let condition = CONDITION
        .iter()
        .filter_map(|c| rest.find(c))
        .any(|at| !of_a_part(at));
    if near.iter().any(|w| SERIOUS.contains(w)) || condition {
        Some("serious")
    } else if near.iter().any(|w| MINOR.contains(w)) {
        Some("minor")
    } else {
        None
    }
}

/// How badly a part of the injured given with no noun was hurt, in the words right after it:
/// "63 injured, 11 of them seriously", "dont 11 grièvement", "including two critically".
pub(super) fn hurt_how(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    let after = fold(after_to(a, sentence.end(), fig.end(), 40));
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    if words.iter().any(|w| SERIOUS.contains(w)) {
        Some("serious")
    } else if words.iter().any(|w| MINOR.contains(w)) {
        Some("minor")
    } else {
        None
    }
}

/// True when another count follows a number in its sentence, joined by "and"/"et" within
/// the clause: "all 109 people on board and four people on the ground", "les 109 personnes à
/// bord et quatre au sol". The first is then a part of a total, not the total.
pub(super) fn another_part_follows(a: &Article, sentence: Span, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let after = after_to(a, sentence.end(), fig.end(), 64);
    let clause = after.split([';', '.', '(']).next().unwrap_or("");
    pattern(
        &RE,
        r"(?i)\b(?:and|et)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b",
    )
    .is_match(clause)
}

/// True for a number whose clause says those it counts are (still) in hospital: "15 blessés
/// restaient hospitalisés", "15 people were still in hospital", "34 of the wounded remained
/// in hospital". They are the hospitalised, a count of its own beside the injured.
pub(super) fn in_hospital(a: &Article, sentence: Span, fig: Span) -> bool {
    let after = fold(after_to(a, sentence.end(), fig.end(), 64));
    let clause = after.split([',', ';', '.', '(']).next().unwrap_or("");
    [
        "hospitalis",
        "hospitaliz",
        "in hospital",
        "in the hospital",
        "to hospital",
        "to the hospital",
        "a l'hopital",
        "a l'hôpital",
    ]
    .iter()
    .any(|w| clause.contains(w))
}

/// True for a number that counts an addition to a total: "500 more soldiers", "500
/// militaires supplémentaires", "another 300", "an additional 200", "adding three floors",
/// "a ajouté deux étages".
pub(super) fn is_increment(a: &Article, sentence: Span, fig: Span) -> bool {
    const BEFORE: &[&str] = &[
        "another",
        "additional",
        "extra",
        "further",
        "nouveaux",
        "nouvelles",
        // A verb of adding takes the addition for object, not the total it makes.
        "add",
        "adds",
        "added",
        "adding",
        "ajoute",
        "ajoutent",
        "ajouter",
        "ajoutant",
        "rajoute",
        "rajouter",
    ];
    const AFTER: &[&str] = &[
        "more",
        "additional",
        "extra",
        "supplementaires",
        "supplementaire",
        "additionnels",
        "additionnelles",
        "renfort",
        "renforts",
    ];
    let before = fold(before_from(a, sentence.start(), fig.start(), 20));
    let after = fold(after_to(a, sentence.end(), fig.end(), 40));
    let last_before = before
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .find(|w| !w.is_empty());
    // Up to the clause's end or the next figure ("15 600 cas et 537 morts": the dead are
    // another count's).
    let clause_after = after.split([',', ';', '.']).next().unwrap_or("");
    // Not past a conjunction or another count ("15 600 cas et 537 morts"), nor "more than",
    // a hedge of the next count ("21 dead and more than 1,400 injured"). A model's code is
    // part of the noun phrase ("24 avions F-35 supplémentaires", "24 F-35 de plus").
    let words: Vec<&str> = clause_after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take_while(|w| {
            !matches!(*w, "and" | "et" | "or" | "ou")
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .take(4)
        .collect();
    last_before.is_some_and(|w| BEFORE.contains(&w))
        || words.iter().enumerate().any(|(i, w)| {
            (AFTER.contains(w) && !(*w == "more" && words.get(i + 1) == Some(&"than")))
                || (*w == "de"
                    && words.get(i + 1) == Some(&"plus")
                    && words.get(i + 2).is_none_or(|n| *n != "de"))
        })
}

/// True for a number that gives someone's age: "à l'âge de 91 ans", "âgé de 45 ans", "mort à
/// 91 ans", "Armani, 91 ans,", "aged 91", "at the age of 91", "died at 91", "the 69-year-old".
pub(super) fn is_age(a: &Article, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let written = a.slice(fig);
    if written.ends_with("-year-old") || written.ends_with("-years-old") {
        return true;
    }
    let before = before(a, fig.start(), 40);
    let after = after(a, fig.end(), 16);
    let years_after =
        pattern(&AFTER, r"(?i)^(?:\s*ans\b|-year-old|\s+years?\s+old\b)").is_match(after);
    let age_before = pattern(
        &BEFORE,
        r"(?i)(?:\bl['’]âge de|\bâgée?s? de|\bagée?s? de|\bage of|\baged|\b(?:died|dies|dead) at|\b(?:mort|morte|décédée?|eteinte?|éteinte?)\s+à|\b(?:turned|turns|turning)|\b(?:a|avait|aura|ont|avaient)\s+eu|\bfêté\s+ses)\s*$",
    );
    // "Giorgio Armani, 91 ans, ...": an apposition after a name.
    // "s'est éteint jeudi, à 91 ans": "à N ans" is an age; "condamné à cinq ans de prison",
    // "sentenced to five years in prison" is a term.
    static TERM: OnceLock<Regex> = OnceLock::new();
    let term = pattern(
        &TERM,
        r"(?i)^\s*(?:ans|years?)\s+(?:de\s|d['’]|ferme|fermes|avec|of\s|in\s|behind\s|with\s)",
    )
    .is_match(after);
    let b = before.trim_end();
    let apposition = years_after && (b.ends_with(',') || b.ends_with(", à") || b.ends_with(", at"));
    // "Est mort le 21 avril à 88 ans", "died on Monday at 88": the verb of death a few words
    // back in the clause, the day between.
    static DEATH_THEN_AT: OnceLock<Regex> = OnceLock::new();
    let death_then_at = pattern(
        &DEATH_THEN_AT,
        r"(?i)\b(?:mort|morte|décédée?|éteinte?|died|dies)\b[^,.;:]{0,40}\s(?:à|at)\s*$",
    )
    .is_match(before)
        && (years_after || written.ends_with("ans") || a.lang == Lang::En)
        && written
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| (1..=120).contains(&n));
    // "Nommé à 37 ans", "élue à 44 ans": an age a past participle reached, unless a
    // sentence ("condamné à cinq ans"). A day may stand between ("condamné jeudi à 27
    // ans"): "jeudi" is no participle.
    static REACHED_AT: OnceLock<Regex> = OnceLock::new();
    let reached_at = years_after
        && pattern(
            &REACHED_AT,
            r"(?i)\b(\p{L}+(?:é|ée|és|ées|i|ie|is|u|ue|us))\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?à\s*$",
        )
        .captures(before)
        .is_some_and(|c| {
            let verb = crate::text::fold(&c[1]);
            !verb.starts_with("condamn") && !verb.starts_with("puni") && !verb.starts_with("ecop")
        });
    // "Fabius, who was 37 when he was appointed": an age at a moment.
    static WAS_WHEN: OnceLock<Regex> = OnceLock::new();
    let was_when = a.lang == Lang::En
        && pattern(&WAS_WHEN, r"(?i)\b(?:was|were|is)\s*$").is_match(before)
        && after.trim_start().starts_with("when ")
        && written.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n));
    // "Il joue depuis l'âge de huit ans", "playing since the age of eight": an age long past,
    // not the one the report gives the person now.
    static SINCE: OnceLock<Regex> = OnceLock::new();
    let since = pattern(
        &SINCE,
        r"(?i)\b(?:depuis|dès|des|from|since)\s+(?:l['’]âge de|the age of|age)\s*$",
    )
    .is_match(before);
    !term
        && !since
        && (age_before.is_match(before)
            || reached_at
            || was_when
            || death_then_at
            || apposition
            || said_of_someone(a, before, after, years_after, written)
            || (years_after && of_someone(before, written))
            || at_the_age(before, after, years_after))
}

/// "L'historien de 42 ans", "le militant conservateur de 31 ans", "une passagère de 70 ans",
/// "le Majorquin de 38 ans", "son voisin de 70 ans",
/// "un pompier volontaire de 50 ans", "un ancien chef des pompiers de 50 ans": a person's
/// noun, up to two words that qualify it, then "de N ans". Nouns of people end like "historien", "militant",
/// "journaliste", "conducteur", "ouvrier", "Américaine"; "un chantier de 5 ans" is below any
/// age an article gives this way.
fn of_someone(before: &str, written: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = pattern(
        &RE,
        r"(?i)\b(?:\p{L}+(?:ien|ienne|eur|eure|euse|rice|ant|ante|iste|ier|ière|ais|aise|ain|aine|ois|oise|ique|logue|graphe|in)|cousine|voisine|copine|homme|femme|présidente?|maire|ministre|députée?|secrétaire|dirigeante?|garçon|fille|fils|enfant|mère|père|adolescente?|retraitée?|victime|passagère?|médecin|psychiatre|pilote|soldat|militaire|(?:avocat|candidat|magistrat|diplomat)e?|suspecte?|élève|otage|détenue?|chef)(?:\s+(?:des\s+|du\s+)?\p{Ll}+){0,2}\s+de\s*$",
    );
    let plausible = written
        .parse::<u32>()
        .is_ok_and(|n| (12..=110).contains(&n));
    // "L'Espagnol de 22 ans", "une Kurde de 31 ans": a nationality or a people is a
    // person's noun too.
    let nationality = || {
        before
            .trim_end()
            .strip_suffix("de")
            .map(str::trim_end)
            .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
            .is_some_and(|w| {
                w.starts_with(char::is_uppercase) && crate::extract::demonyms::is_nationality(w)
            })
    };
    plausible && (re.is_match(before) || nationality())
}

/// The country of a nationality word that qualifies the person an age is given for: "un
/// médecin saoudien de 50 ans", "a 50-year-old Saudi doctor", "the Spaniard, 22,". Reports
/// that do not name someone yet still describe them by nationality.
pub(super) fn nationality_beside_age(
    a: &Article,
    sentence: Span,
    fig: Span,
) -> Option<&'static str> {
    let country = |w: &str| crate::extract::demonyms::country_of(w);
    // Up to two words before ("saoudien de", "Saudi,"), within the clause.
    let b = before_from(a, sentence.start(), fig.start(), 32);
    let b = b.rsplit([';', ':', '(']).next().unwrap_or("");
    let before_words: Vec<&str> = b
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect();
    if let Some(c) = before_words.iter().find_map(|w| country(w)) {
        return Some(c);
    }
    // One word after the age's own words ("-year-old Saudi", "ans, saoudien").
    let rest = after_to(a, sentence.end(), fig.end(), 32);
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "year" | "old" | "ans" | "years"))
        .take(1)
        .find_map(country)
}

/// The nationality an article gives a person by the demonym right before their name
/// ("l'Espagnol Carlos Alcaraz", "the Spaniard Carlos Alcaraz", "Italian Jannik Sinner"),
/// for any mention of that surname.
pub(super) fn stated_nationality(
    a: &Article,
    f: &crate::extract::Facts,
    surname: &str,
) -> Option<&'static str> {
    f.entities
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                crate::extract::EntityKind::Person | crate::extract::EntityKind::Name
            ) && e.name.split_whitespace().next_back() == Some(surname)
        })
        .find_map(|e| {
            let b = before(a, e.span.start(), 24).trim_end();
            let word = b
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .filter(|w| w.starts_with(char::is_uppercase))?;
            crate::extract::demonyms::country_of(word)
        })
}

/// The relative whose age is given, when a possessive and a word of kinship open the
/// phrase before it ("Son fils aîné, âgé de 73 ans", "her eldest son, 73,", "his
/// 40-year-old wife" is read before the age only): `son`, `daughter`, `wife`... in either
/// language, someone other than the person the article is about.
pub(super) fn kin_beside_age(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    const KIN: &[(&str, &str)] = &[
        ("fils", "son"),
        ("son", "son"),
        ("fille", "daughter"),
        ("daughter", "daughter"),
        ("epouse", "spouse"),
        ("femme", "spouse"),
        ("wife", "spouse"),
        ("mari", "spouse"),
        ("husband", "spouse"),
        ("frere", "brother"),
        ("brother", "brother"),
        ("soeur", "sister"),
        ("sister", "sister"),
        ("pere", "father"),
        ("father", "father"),
        ("mere", "mother"),
        ("mother", "mother"),
    ];
    const POSSESSIVES: &[&str] = &["son", "sa", "his", "her", "their", "leur"];
    let b = before_from(a, sentence.start(), fig.start(), 48);
    let b = b.rsplit([';', ':', '(']).next().unwrap_or("");
    let written: Vec<&str> = b
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<String> = written.iter().map(|w| fold(w)).collect();
    // The possessive, then the kinship word within the next two ("son fils aîné", "her
    // eldest son"), then at most the age's own words ("âgé de", "aged"): a name after the
    // kinship word ("sa mère, Elizabeth II, à 96 ans") is whose age it is.
    let n = words.len();
    (0..n.saturating_sub(1)).rev().take(5).find_map(|i| {
        if !POSSESSIVES.contains(&words[i].as_str()) {
            return None;
        }
        let (j, norm) = (i + 1..n.min(i + 3)).find_map(|j| {
            KIN.iter()
                .find(|(k, _)| *k == words[j])
                .map(|&(_, norm)| (j, norm))
        })?;
        (!written[j + 1..]
            .iter()
            .any(|w| w.starts_with(char::is_uppercase)))
        .then_some(norm)
    })
}

/// The counted concept of the one person an age describes by their role, right beside it:
/// "un pompier de 37 ans", "un pompier âgé de 37 ans", "a 37-year-old firefighter", "a
/// firefighter, aged 37". Reports that do not name someone describe them by the same role in
/// both languages. Not a word for anyone ("un homme", "a man": two unnamed people of one
/// story have two ages), nor a plural ("deux pompiers de 37 et 52 ans").
pub(super) fn role_beside_age(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    let concepts = super::Concepts::get();
    let role = |w: &str| -> Option<&'static str> {
        let w = fold(w);
        if w.ends_with('s') || w.ends_with('x') || w.chars().count() < 3 {
            return None;
        }
        let c = concepts.counted(&w)?;
        let anyone = matches!(
            c.name,
            super::PEOPLE | "men" | "women" | "boys" | "girls" | "children"
        );
        (!anyone && !c.evolving && !concepts.is_toll(c.name)).then_some(c.name)
    };
    // Someone new: "un pompier", "a firefighter"; "the 59-year-old leader" is someone the
    // report has named.
    let indefinite = |w: Option<&&str>| {
        w.is_some_and(|w| matches!(*w, "un" | "une" | "a" | "an" | "A" | "An" | "Un" | "Une"))
    };
    const LINKS: &[&str] = &["de", "d", "age", "agee", "aged", "of", "years", "old"];
    // Up to three words before, within the clause: "pompier âgé de", "firefighter, aged".
    let b = before_from(a, sentence.start(), fig.start(), 40);
    let b = b.rsplit([';', ':', '(']).next().unwrap_or("");
    let before_words: Vec<&str> = b
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .collect();
    if !indefinite(before_words.first()) {
        let i = before_words
            .iter()
            .position(|w| {
                !LINKS.contains(&fold(w).as_str())
                    && crate::extract::demonyms::country_of(w).is_none()
            })
            .filter(|&i| i < 3)?;
        return role(before_words[i]).filter(|_| indefinite(before_words.get(i + 1)));
    }
    // One word after the age's own words ("a 37-year-old firefighter").
    let rest = after_to(a, sentence.end(), fig.end(), 32);
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .skip_while(|w| matches!(w.to_lowercase().as_str(), "year" | "old" | "ans" | "years"))
        .find(|w| crate::extract::demonyms::country_of(w).is_none())
        .and_then(role)
}

/// Words (folded) that make an unnamed person the author of an attack: "le suspect, un
/// homme de 71 ans", "a 71-year-old man opened fire", "un homme de 71 ans a été inculpé".
const PERPETRATOR: &[&str] = &[
    "suspect",
    "suspected",
    "tireur",
    "gunman",
    "shooter",
    "assaillant",
    "assailant",
    "attacker",
    "agresseur",
    "meurtrier",
    "killer",
    "tire",
    "fired",
    "inculpe",
    "charged",
    "interpelle",
    "arrested",
    "arrete",
];

/// Words (folded) that make someone a victim: a sentence that has both an author and a
/// victim does not say whose age it gives.
const VICTIM: &[&str] = &[
    "tue", "tuee", "killed", "blesse", "blessee", "wounded", "injured", "victime", "victim",
    "mort", "morte", "died", "dead", "decede", "decedee",
];

/// True when an age of someone the sentence does not name is the author's of the attack
/// reported ("le suspect, un homme de 71 ans", "a 71-year-old man opened fire"): reports
/// that do not name them give their age, which both languages key alike.
pub(super) fn perpetrator_age(a: &Article, sentence: Span) -> bool {
    let words: Vec<String> = a
        .slice(sentence)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(crate::text::fold)
        .collect();
    // "Opened fire", "a ouvert le feu": a fire alone may be the blaze that killed them.
    let opened_fire = words.windows(3).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str(), w[2].as_str()),
            ("opened", "fire", _) | ("ouvert", "le", "feu")
        )
    });
    // "Placé en garde à vue", "taken into custody": arrested.
    let custody = words.windows(3).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str(), w[2].as_str()),
            ("garde", "a", "vue") | ("into", "custody", _)
        )
    });
    (opened_fire || custody || words.iter().any(|w| PERPETRATOR.contains(&w.as_str())))
        && !words.iter().any(|w| VICTIM.contains(&w.as_str()))
}

/// Whether the sentence opens with a definite subject set off by a comma before the age at
/// `fig` ("Le président élu, un avocat de 59 ans", "Le chef de gare de Larissa, âgé de 59
/// ans", "The suspect, a 71-year-old man"): `Some(true)` when its head is a title, someone
/// the report has named; `Some(false)` when it is another noun, someone of their own.
pub(super) fn definite_subject(a: &Article, sentence: Span, fig: Span) -> Option<bool> {
    let head = a.text.get(sentence.start()..fig.start())?;
    let (subject, _) = head.split_once(',')?;
    let words: Vec<String> = subject
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(crate::text::fold)
        .collect();
    Some(crate::extract::entities::is_title(definite_head(&words)?))
}

/// The head of a definite noun phrase (folded words): its first noun past the article and the
/// adjectives that open a role ("the new prime minister", "l'ancienne maire de Mexico").
fn definite_head(words: &[String]) -> Option<&str> {
    let (first, rest) = words.split_first()?;
    if !matches!(first.as_str(), "le" | "la" | "l" | "les" | "the") {
        return None;
    }
    rest.iter().map(String::as_str).find(|w| {
        !matches!(
            *w,
            "new" | "former" | "nouveau" | "nouvelle" | "ancien" | "ancienne" | "futur" | "future"
        )
    })
}

/// True when a title set off by commas stands right before an age, after `from` ("Selon
/// l'INE, l'ancienne maire de Mexico, âgée de 61 ans", "the former mayor, 61,"): the age is
/// the title holder's, not that of a name before it.
pub(super) fn role_apposition_between(a: &Article, from: usize, fig: usize) -> bool {
    let Some(gap) = a.text.get(from..fig) else {
        return false;
    };
    // The age's own words ("âgée de", "aged") and the comma before them.
    let gap = gap.trim_end();
    let gap = [
        "âgée de",
        "âgé de",
        "âgées de",
        "âgés de",
        "agée de",
        "agé de",
        "aged",
    ]
    .iter()
    .find_map(|w| gap.strip_suffix(w))
    .unwrap_or(gap)
    .trim_end();
    let Some(gap) = gap.strip_suffix(',') else {
        return false;
    };
    let clause = gap.rsplit([',', '(', ')', ';']).next().unwrap_or("");
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(crate::text::fold)
        .collect();
    definite_head(&words).is_some_and(|head| {
        crate::extract::entities::is_title(head)
            || matches!(
                head,
                "maire"
                    | "mayor"
                    | "gouverneur"
                    | "gouverneure"
                    | "governor"
                    | "senateur"
                    | "senatrice"
                    | "senator"
                    | "depute"
                    | "deputee"
                    | "candidat"
                    | "candidate"
                    | "chef"
                    | "cheffe"
                    | "ambassadeur"
                    | "ambassadrice"
                    | "ambassador"
            )
    })
}

/// "The Spaniard, 22, came from…": an age set off by commas after a nationality.
pub(super) fn after_nationality(a: &Article, fig: Span, value: f64) -> bool {
    let b = before(a, fig.start(), 24).trim_end();
    let Some(b) = b.strip_suffix(',') else {
        return false;
    };
    let word = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    (12.0..=110.0).contains(&value)
        && value.fract() == 0.0
        && after(a, fig.end(), 2).starts_with(',')
        && word.starts_with(char::is_uppercase)
        && crate::extract::demonyms::country_of(word).is_some()
}

/// "À 22 ans, Carlos Alcaraz compte…", "At 22, he is…": an age opening the sentence.
fn at_the_age(before: &str, after: &str, years_after: bool) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = pattern(&RE, r"(?:^|[.!?»”]\s+|\n\s*)(?:À|A|At)\s+$");
    re.is_match(before)
        && (years_after || after.starts_with(','))
        && after
            .trim_start_matches(|c: char| c.is_alphabetic() || c == ' ')
            .starts_with(',')
}

/// "He was 31.", "Kirk was 31 when…", "Il avait 31 ans", "elle a 45 ans": an age given as
/// what a person is or was, the subject a pronoun or a surname. A bare whole number only:
/// "The toll was 31", "Turnout was 48%" are no one's.
fn said_of_someone(
    a: &Article,
    before: &str,
    after: &str,
    years_after: bool,
    written: &str,
) -> bool {
    static EN: OnceLock<Regex> = OnceLock::new();
    static FR: OnceLock<Regex> = OnceLock::new();
    static END: OnceLock<Regex> = OnceLock::new();
    if !written.parse::<u32>().is_ok_and(|n| (1..=120).contains(&n)) {
        return false;
    }
    let en = pattern(
        &EN,
        r"(?:\b(?i:he|she)|\b(?P<name>\p{Lu}\p{Ll}+))\s+(?:was|is|turned|turns)\s*$",
    );
    let fr = pattern(
        &FR,
        r"(?:\b(?i:il|elle|qui)|\b(?P<name>\p{Lu}\p{Ll}+))\s+(?:avait|a|aura|aurait)\s*$",
    );
    let end = pattern(
        &END,
        r"^(?:\s*(?:[.,;)]|$)|\s+(?:years?\s+old|when|at\s+the\s+time)\b)",
    );
    // A name is a surname the article gives in full somewhere ("Charlie Kirk"), not any
    // word opening a sentence.
    let surname = |n: &str| {
        a.text.match_indices(n).any(|(at, _)| {
            let b = a.text[..at].strip_suffix(' ').unwrap_or("");
            let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            !w.is_empty() && w.starts_with(char::is_uppercase) && b.ends_with(w)
        })
    };
    let someone = |re: &Regex| {
        re.captures(before)
            .is_some_and(|c| c.name("name").is_none_or(|n| surname(n.as_str())))
    };
    (end.is_match(after) && someone(en)) || (years_after && someone(fr))
}

/// True for a bare number set off by commas right after a word, the English way of giving
/// an age after a name: "Sarkozy, 70, told reporters".
pub(super) fn is_bare_age(a: &Article, fig: Span, value: f64) -> bool {
    let b = before(a, fig.start(), 3);
    (1.0..=120.0).contains(&value)
        && value.fract() == 0.0
        && a.slice(fig).bytes().all(|c| c.is_ascii_digit())
        && (b.ends_with(", ") || b.ends_with(','))
        && b.trim_end_matches([',', ' '])
            .ends_with(char::is_alphabetic)
        && after(a, fig.end(), 2).starts_with(',')
}

/// Who a figure is attributed to, within its clause: "45 000 selon la police" (police),
/// "according to the unions" (unions), "selon la CGT, 1,2 million" (cgt), folded.
pub(super) fn attribution(a: &Article, sentence: Span, fig: Span) -> Option<String> {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    const CUE: &str =
        r"(?:selon|d['’]après|according to)\s+(?:(?:le|la|les|l['’]|the)\s*)?(?P<by>\p{L}+)";
    let after = after_to(a, sentence.end(), fig.end(), 80);
    let before = before_from(a, sentence.start(), fig.start(), 80);
    let clause_before = &before[before.rfind([';', '.']).map_or(0, |i| i + 1)..];
    // In the figure's clause, or in an aside that opens right after it ("35 000 personnes,
    // selon la police, ont défilé").
    let after_re = pattern(&AFTER, &format!(r"(?i)^[^,;.]*?(?:,\s*)?\b{CUE}"));
    let before_re = pattern(&BEFORE, &format!(r"(?i)\b{CUE}[^,;.]*,?\s*$"));
    after_re
        .captures(after)
        .or_else(|| before_re.captures(clause_before))
        .map(|c| fold(&c["by"]))
}

/// True when a place is where a happening was felt or reached ("ressentie jusqu'à Bangkok",
/// "felt in Bangkok", "ressentie à Rabat"), not where it happened.
pub(super) fn felt_at(a: &Article, sentence: Span, place: Span) -> bool {
    let before = fold(before_from(a, sentence.start(), place.start(), 48));
    let before = before.trim_end();
    before.ends_with("jusqu'a")
        || before.ends_with("jusqu’a")
        || ["ressenti", "ressentie", "ressentis", "ressenties", "felt"]
            .iter()
            .any(|w| {
                before
                    .rsplit_once(w)
                    .is_some_and(|(_, rest)| rest.split_whitespace().count() <= 3)
            })
}

/// Which end of a journey a place is, when the words before it say so: `"to"` for a
/// destination ("bound for London", "à destination de Lisbonne", "relier Ahmedabad à
/// Londres", "from Delhi to London"), `"from"` for a departure ("took off from Ahmedabad",
/// "en provenance de Rome", "relier Ahmedabad", "flying from Paris"). A plane bound for London that crashed in
/// Ahmedabad did not crash in London.
pub(super) fn route_end(a: &Article, sentence: Span, place: Span) -> Option<&'static str> {
    static TO: OnceLock<Regex> = OnceLock::new();
    static FROM: OnceLock<Regex> = OnceLock::new();
    let before = fold(before_from(a, sentence.start(), place.start(), 64));
    let to = pattern(
        &TO,
        r"(?:\b(?:bound|headed|heading|destined) for|\b(?:flight|vol|train|ferry) (?:to|pour|vers)|\ben route (?:to|for|vers)|\b(?:flown|flew|transferred|extradited|deported) to|\b(?:transfere|extrade|expulse)e?s? vers|\ba destination (?:de|du|des|d')|\ben direction (?:de|du|d')|\brallier|\b(?:reli(?:er|ant|ait|aient|e|ent|era)|from|depuis)\s+[\p{L}' -]{2,40}?\s+(?:a|to|vers))\s*(?:(?:le|la|les|the)\s+|l')?$",
    );
    let from = pattern(
        &FROM,
        r"(?:\b(?:took|taking|take|takes) off from|\bdeparted from|\b(?:flying|flew|flown|travelling|traveling|sailing|heading|headed|flights?|trains?|ferry) from|\bdecolle (?:de|du|d')|\ben provenance (?:de|du|d')|\breli(?:er|ant|ait|aient|e|ent|era))\s*(?:(?:le|la|les|the)\s+|l')?$",
    );
    if to.is_match(&before) {
        Some("to")
    } else if from.is_match(&before) {
        Some("from")
    } else {
        hyphen_route(a, sentence, place)
    }
}

/// Which end of a route written as two places joined by a hyphen a place is: "le vol Paris-
/// Los Angeles", "the Paris-Los Angeles flight", "la liaison Calais–Douvres". Only beside a
/// word of travel, so that a name with a hyphen ("Saint-Denis") is no journey.
fn hyphen_route(a: &Article, sentence: Span, place: Span) -> Option<&'static str> {
    const TRAVEL: &[&str] = &[
        "vol", "flight", "train", "liaison", "ligne", "ferry", "route", "trajet", "bus", "service",
        "express", "airliner", "jet", "plane", "avion",
    ];
    let text = &a.text;
    let joined = |s: &str| s.starts_with(['-', '–']);
    let after = text.get(place.end()..sentence.end()).unwrap_or("");
    let before = text.get(sentence.start()..place.start()).unwrap_or("");
    let (end, first_start, pair_end) = if joined(after)
        && after[after.chars().next()?.len_utf8()..].starts_with(char::is_uppercase)
    {
        // The name after the hyphen runs to the next word in lower case or punctuation.
        let dash = after.chars().next()?.len_utf8();
        let rest = &after[dash..];
        let len = rest
            .split_inclusive(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(str::len)
            .sum::<usize>();
        ("from", place.start(), place.end() + dash + len)
    } else if before.ends_with(['-', '–']) {
        let head = before.trim_end_matches(['-', '–']);
        let word = head.rsplit(' ').next()?;
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        (
            "to",
            place.start() - (before.len() - head.len()) - word.len(),
            place.end(),
        )
    } else {
        return None;
    };
    let window = |s: &str| {
        fold(s)
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| TRAVEL.contains(&w))
    };
    let lead = text.get(
        floor_boundary(text, first_start.saturating_sub(32)).max(sentence.start())..first_start,
    );
    let tail_end = floor_boundary(text, (pair_end + 24).min(sentence.end()));
    let tail = text.get(pair_end.min(tail_end)..tail_end);
    (lead.is_some_and(window) || tail.is_some_and(window)).then_some(end)
}

/// True when the clause before `fig` tells of a trip still to make: "avant de se déplacer à
/// Liverpool pour la sixième journée", "they travel to Liverpool for their sixth match".
/// What it ranks is the next happening of the kind, not the one reported. A trip already
/// made ("travelled to Rome for his third visit") is the reported one: only forms still to
/// come name a trip ahead. Not any word of the future: "compte" is "intends" as much as
/// "has" ("occupe la 14e place" after "compte désormais 9 points").
pub(super) fn ahead_in_clause(a: &Article, sentence: Span, fig: Span) -> bool {
    const TRIP_AHEAD: &[&str] = &[
        "deplacer",
        "deplacera",
        "deplaceront",
        "rendra",
        "rendront",
        "travel",
        "travels",
        "travelling",
        "traveling",
        "heads",
        "affronter",
        "affrontera",
        "affronteront",
        "recevoir",
        "recevra",
        "recevront",
    ];
    let before = &a.text[sentence.start().min(fig.start())..fig.start()];
    let clause = fold(&before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..]);
    clause
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| TRIP_AHEAD.contains(&w))
}

/// True for a count a condition sets rather than one that happened: "once 55 countries have
/// ratified it", "dès que 30 pays l'auront signé", "if 100 members vote for it". After
/// "when" or "lorsque", only with a verb to come in the clause ("lorsque 55 pays l'auront
/// fait"; "when 12 people were killed" is what happened).
pub(super) fn is_condition(a: &Article, fig: Span) -> bool {
    static CONDITION: OnceLock<Regex> = OnceLock::new();
    static WHEN: OnceLock<Regex> = OnceLock::new();
    let before = before(a, fig.start(), 40);
    if pattern(
        &CONDITION,
        r"(?i)\b(?:once|if|as\s+soon\s+as|until|dès\s+que|jusqu['’]à\s+ce\s+que|si)\s+(?:(?:at\s+least|au\s+moins)\s+)?$",
    )
    .is_match(before)
    {
        return true;
    }
    if !pattern(
        &WHEN,
        r"(?i)(?:\b(?:when|lorsque|quand)\s+|\blorsqu['’])(?:(?:at\s+least|au\s+moins)\s+)?$",
    )
    .is_match(before)
    {
        return false;
    }
    let lex = crate::lexicon::Lexicons::get();
    let clause = after(a, fig.end(), 80)
        .split([',', ';', '.'])
        .next()
        .unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .any(|w| lex.fr.is_forward(&w) || lex.en.is_forward(&w))
}

/// True for a count a vote needs rather than one it gave: "a majority requires 76 seats",
/// "il faut réunir au moins 76 sièges", "une majorité nécessite 76 des 150 sièges", "76
/// seats are needed".
pub(super) fn is_threshold(a: &Article, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let before = before(a, fig.start(), 48);
    let after = after(a, fig.end(), 40);
    pattern(
        &BEFORE,
        r"(?i)\b(?:requires?|required|requiring|needs?|needed|nécessit\p{L}*|faut(?:\s+(?:réunir|obtenir|recueillir))?|exige\p{L}*)\s+(?:(?:at\s+least|au\s+moins|a\s+minimum\s+of|the|les|of)\s+)*$",
    )
    .is_match(before)
        || pattern(
            &AFTER,
            r"(?i)^\s*(?:\p{L}+\s+)?(?:are\s+|sont\s+)?(?:needed|required|nécessaires|requis)\b",
        )
        .is_match(after)
}

/// True for a day set as a limit: "d'ici au 31 août", "au plus tard le 5 septembre", "by
/// September 5", "no later than Friday", "jusqu'au 31 janvier", "until January 31", "the August 31 deadline", "la date butoir du 31
/// août". Reports give the same limit for the same thing even where no word names a
/// happening ("must leave by August 31", "a successor is due to be named by September 5").
/// True when a day is that of the next one of something the sentence names with no word of
/// a happening: "its next decision is due on December 10", "sa prochaine décision est
/// attendue le 10 décembre". "Next" or "prochain" stands a few words before the day, before
/// a noun that is no span of time ("next week", "le mois prochain") and not as "next to".
pub(super) fn next_one_before(a: &Article, sentence: Span, date: Span) -> bool {
    const NEXT: &[&str] = &["next", "prochain", "prochaine", "prochains", "prochaines"];
    const SPANS: &[&str] = &[
        "week", "weeks", "month", "months", "year", "years", "day", "days", "weekend", "time",
        "to", "semaine", "semaines", "mois", "annee", "annees", "an", "ans", "jour", "jours",
        "fois", "week-end",
    ];
    let before = fold(before_from(a, sentence.start(), date.start(), 60));
    // In the day's own clause.
    let clause = before.rsplit([';', '(', ':']).next().unwrap_or("");
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let from = words.len().saturating_sub(6);
    (from..words.len()).any(|i| {
        NEXT.contains(&words[i])
            && words
                .get(i + 1)
                .is_some_and(|n| !SPANS.contains(n))
            // "La semaine prochaine": after its noun, "prochain" qualifies a span of time.
            && !(i > 0 && SPANS.contains(&words[i - 1]))
    })
}

/// True when the sum at `at..end` of a folded clause is of an earlier period than the news's:
/// "from $35.1 billion", "contre 35,1 milliards", "$35.1 billion a year earlier".
pub(super) fn of_an_earlier_period(clause: &str, at: usize, end: usize) -> bool {
    const BEFORE: &[&str] = &["from", "contre", "compared", "versus", "vs", "against"];
    const AFTER: &[&str] = &[
        "a year earlier",
        "a year ago",
        "a year before",
        "last year",
        "un an plus tot",
        "un an auparavant",
        "l'an dernier",
        "l'an passe",
        "l'annee derniere",
        "l'annee precedente",
    ];
    let before = clause.get(..at).unwrap_or("");
    let after = clause.get(end..).unwrap_or("").trim_start();
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .any(|w| BEFORE.contains(&w))
        || AFTER.iter().any(|p| after.starts_with(p))
}

/// True when a sum is a forecast: a word of forecasting in its clause before it ("forecast
/// revenue of $65 billion", "Nvidia table sur 65 milliards"), or a period still to come
/// after it ("pour le trimestre en cours", "for the current quarter").
pub(super) fn is_forecast(clause: &str, at: usize, end: usize) -> bool {
    const WORDS: &[&str] = &[
        "forecast",
        "forecasts",
        "forecasting",
        "expects",
        "expected",
        "expecting",
        "projected",
        "projects",
        "guidance",
        "outlook",
        "target",
        "targets",
        "prevoit",
        "prevoient",
        "prevision",
        "previsions",
        "table",
        "tablent",
        "anticipe",
        "anticipent",
        "objectif",
        "vise",
    ];
    const AHEAD: &[&str] = &[
        "current quarter",
        "next quarter",
        "coming quarter",
        "trimestre en cours",
        "trimestre suivant",
        "prochain trimestre",
    ];
    let before = clause.get(..at).unwrap_or("");
    let after = clause.get(end..).unwrap_or("");
    before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WORDS.contains(&w))
        || AHEAD.iter().any(|p| after.contains(p))
}

/// The place a toll's part is of, when the sentence names it the worst hit and gives the
/// part right after: "Dak Lak province was the worst hit, with 27 deaths", "la
/// province de Dak Lak est la plus touchée, avec 27 morts", three words at most between.
/// The place is the first
/// capitalised word before the words of the worst hit that neither language's dictionary
/// knows.
pub(super) fn worst_hit_place(a: &Article, sentence: Span, fig: Span) -> Option<&str> {
    const WORST: &[&str] = &[
        "worst hit",
        "worst-hit",
        "hardest hit",
        "hardest-hit",
        "worst affected",
        "worst-affected",
        "most affected",
        "la plus touchee",
        "le plus touche",
        "la plus durement touchee",
        "le plus durement touche",
        "la plus affectee",
        "le plus affecte",
    ];
    let before = &a.text[sentence.start()..fig.start().max(sentence.start())];
    // Read for every count of a toll: folded only where the words can be (their tails, in
    // any case: "Worst-hit", "touchée").
    if !["orst", "ardest", "ffect", "ouch"]
        .iter()
        .any(|w| before.contains(w))
    {
        return None;
    }
    let folded = fold(before);
    let (at, w) = WORST
        .iter()
        .filter_map(|w| folded.find(w).map(|i| (i, *w)))
        .min()?;
    // "…, with 27 deaths": the part right after the words; further on, the sentence may
    // give the whole ("the worst hit, and across the north the floods killed 60").
    let between = folded.get(at + w.len()..)?;
    if between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|x| !x.is_empty())
        .count()
        > 3
    {
        return None;
    }
    // Offsets in the folded text stay near enough to cut before the words.
    unknown_capitalised(&before[..crate::text::floor_boundary(before, at)])
}

/// The place a sentence opens with before a count, set off by a comma: "À Gia Lai, 12
/// personnes sont mortes", "In Kerr County, 84 people died", "Dans la province de Quang
/// Ngai, …". Its first capitalised word no dictionary knows, as [`unknown_capitalised`]
/// gives it (the name both languages write alike).
pub(super) fn opening_locative(a: &Article, sentence: Span, fig: Span) -> Option<&str> {
    static OPENING: OnceLock<Regex> = OnceLock::new();
    let before = a.text.get(sentence.start()..fig.start())?;
    let m = pattern(
        &OPENING,
        r"^(?:À|A|Au|Aux|In|Dans|En)\s+(?:(?:la|le|les|the)\s+|l['’])?(?:(?:province|région|region|district|État|état|state|county|comté|préfecture|prefecture|ville|city|town|village|department|département|commune|municipality)\s+(?:de\s+|d['’]|of\s+)?)?((?:\p{Lu}[\p{L}'’-]*\s*){1,3})(?:\s*(?:province|region|district|state|county|prefecture))?\s*,",
    )
    .captures(before)?;
    // The comma closes the place, not a clause further on: the count comes right after
    // ("À Gia Lai, 12 personnes"), a hedge or a determiner between at most.
    let rest = &before[m.get(0)?.end()..];
    if rest.split_whitespace().count() > 3 {
        return None;
    }
    unknown_capitalised(m.get(1)?.as_str())
}

/// The first capitalised word of `text` that neither language's dictionary knows: the name
/// of a place the gazetteer may lack ("Dak", "Kerr").
pub(super) fn unknown_capitalised(text: &str) -> Option<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|x| x.starts_with(char::is_uppercase))
        .find(|x| {
            [Lang::Fr, Lang::En]
                .iter()
                .all(|&l| crate::text::dict::knows(l, &x.to_lowercase()) != Some(true))
        })
}

pub(super) fn deadline(a: &Article, sentence: Span, date: Span) -> bool {
    const BEFORE: &[&str] = &[
        "d'ici au",
        "d'ici le",
        "d'ici a",
        "au plus tard le",
        "date limite du",
        "date limite le",
        "date limite fixee au",
        "date butoir du",
        "date butoir le",
        "date butoir fixee au",
        "echeance du",
        "echeance fixee au",
        "by",
        // The end of a measure's period: "une intervention fédérale jusqu'au 31 janvier",
        // "a federal takeover until January 31".
        "jusqu'au",
        "jusqu'a",
        "until",
        "no later than",
        "deadline of",
        "deadline on",
        "deadline for",
    ];
    const AFTER: &[&str] = &["deadline", "date limite", "date butoir", "echeance"];
    let before = fold(before_from(a, sentence.start(), date.start(), 40));
    let before = before.trim_end();
    let after = fold(after_to(a, sentence.end(), date.end(), 24));
    // "Tuesday's storm", "le 31 août's": a possessive makes the day a noun's, not a limit's.
    if after.starts_with('\'') {
        return false;
    }
    let after = after.trim_start();
    BEFORE.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',', '(']))
    }) || AFTER.iter().any(|w| {
        after
            .strip_prefix(w)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(|c: char| !c.is_alphanumeric()))
    })
}

/// True for a day a few words after a verb that calls a happening off or puts it off ("had
/// been called off on Monday", "avait été reporté lundi", "scrubbed on Monday"), not after
/// the day it was put off to ("reporté à jeudi", "postponed until Thursday").
pub(super) fn called_off_before(a: &Article, sentence: Span, date: Span) -> bool {
    const OFF: &[&str] = &[
        "postponed",
        "delayed",
        "scrubbed",
        "cancelled",
        "canceled",
        "aborted",
        "reporte",
        "reportee",
        "reportes",
        "repousse",
        "repoussee",
        "annule",
        "annulee",
        "ajourne",
        "ajournee",
    ];
    // Past a comma only after words that list one more time ("delayed several times,
    // including on Monday", "reporté à plusieurs reprises, dont lundi").
    const LISTING: &[&str] = &[
        "including",
        "notably",
        "most",
        "recently",
        "again",
        "last",
        "on",
        "dont",
        "notamment",
        "encore",
        "y",
        "compris",
        "le",
    ];
    let before = fold(before_from(a, sentence.start(), date.start(), 80));
    let mut clauses = before.rsplit([',', ';']);
    let last = clauses.next().unwrap_or("");
    let listing = last
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| LISTING.contains(&w));
    let clause = if listing {
        clauses.next().unwrap_or("")
    } else {
        last
    };
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(if listing { 6 } else { 4 })
        .collect();
    let put_off_to = words
        .first()
        .is_some_and(|w| matches!(*w, "to" | "until" | "till" | "a" | "au" | "jusqu"));
    // "Called off", not "kicked off".
    let called_off = words.windows(2).any(|p| p == ["off", "called"]);
    !put_off_to && (called_off || words.iter().any(|w| OFF.contains(w)))
}

/// True for a number that counts what was missing: "il lui a manqué six voix", "six votes
/// short of a majority", "il manquait 12 sièges".
pub(super) fn is_shortfall(a: &Article, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let before = before(a, fig.start(), 32);
    let after = after(a, fig.end(), 32);
    pattern(
        &BEFORE,
        r"(?i)\b(?:manqu\p{L}*|missing|lacking)\s+(?:\p{L}+\s+)?$",
    )
    .is_match(before)
        || pattern(&AFTER, r"(?i)^\s*(?:\p{L}+\s+)?(?:short|shy)\b").is_match(after)
}

/// True for a date written in figures and followed by a clock time ("04/05/2025 à 09:20",
/// "2025-05-04 09:20"): the stamp of a publication or an update left in the text, not the
/// day of what the sentence reports.
pub(super) fn is_timestamp(a: &Article, date: Span) -> bool {
    static CLOCK: OnceLock<Regex> = OnceLock::new();
    let written = a.slice(date);
    if !written.contains(['/', '-']) || !written.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let rest = after(a, date.end(), 16);
    pattern(&CLOCK, r"^\s*(?:à|a|at|,|-)?\s*\d{1,2}[:h]\d{2}").is_match(rest)
}

/// True for a figure a report gives as superseded, in its own clause: "les autorités avaient
/// d'abord annoncé 15 morts", "officials had earlier put the toll at 15", "an initial toll of
/// 12". Another fact than the count the reports now give.
pub(super) fn superseded(a: &Article, sentence: Span, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    let before = fold(before_from(a, sentence.start(), fig.start(), 64));
    let clause = &before[before.rfind([',', ';', '(']).map_or(0, |i| i + 1)..];
    pattern(
        &BEFORE,
        r"\b(?:d'abord|initialement|auparavant|precedemment|earlier|initially|previously|premier bilan|first toll|initial toll|previous toll|earlier toll)\b",
    )
    .is_match(clause)
}

/// True when a count of people follows a word for a place and "of"/"de" ("a city of 100,000
/// people", "the former mining town of about 17,000 people", "un pays de 2,3 millions de
/// personnes", "Niger is home to about 25 million people"): the place's population, as
/// "habitants" or "inhabitants" would count it.
pub(super) fn population_of_place(a: &Article, sentence: Span, fig: Span) -> bool {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    pattern(
        &BEFORE,
        r"(?i)\b(?:(?:city|town|village|country|nation|island|ville|commune|bourgade|pays|île)\s+(?:of|de|d')|home\s+to|population\s+of|peuplée?\s+de)\s*(?:(?:about|some|around|nearly|almost|roughly|more\s+than|over|environ|quelque|près\s+de|plus\s+de|presque)\s+)?$",
    )
    .is_match(before_from(a, sentence.start(), fig.start(), 40))
}

/// The byte offset of the proper name whose people a count of inhabitants or people names
/// right after its noun: "800 habitants de l'île de Ruang", "2,000 residents of Tagulandang",
/// "some 800 people living on Ruang", "300 personnes vivant à Goma". Those are that place's
/// people, another count than the story's main place's ("11 000 habitants évacués").
pub(super) fn named_population(a: &Article, sentence: Span, fig: Span) -> Option<usize> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let after = after_to(a, sentence.end(), fig.end(), 80);
    let caps = pattern(
        &RE,
        r"^\s+\p{L}+\s+(?:(?:de|of|d['’])\s*(?:(?:l['’]\s*|la\s+|the\s+)?(?:île|îles|island|islands|ville|town|city|village|commune|région|region|province|district)\s+(?:de\s+|d['’]\s*|of\s+)?)?|(?:living|who\s+live|vivant|qui\s+vivent|habitant)\s+(?:in|on|near|à|au|sur|dans|en|près\s+de)\s+(?:(?:l['’]\s*|la\s+|the\s+)?(?:île|island)\s+(?:de\s+|d['’]\s*|of\s+)?)?)(\p{Lu}[\p{L}'’-]+)",
    )
    .captures(after)?;
    Some(fig.end() + caps.get(1)?.start())
}

/// True for a percentage a win or a place was carried with, in its own clause: "Faye wins
/// presidency with 54 percent", "élu avec 54,3 %", "came second with 35.8 percent",
/// "arrivé deuxième avec 35,8 %". A candidate's share of the vote.
pub(super) fn won_with(a: &Article, sentence: Span, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(
        &RE,
        r"(?i)\b(?:wins?|won|re-?elected|elected|remporte|remporté|l['’]emporte|emporté|élue?|réélue?|came|finished|arrivée?|arrive|termine|terminée?|classée?)\b[^,;.:()\d]{0,60}\b(?:with|avec)\s+(?:(?:about|some|nearly|almost|just\s+over|more\s+than|over|près\s+de|environ|plus\s+de|quelque)\s+)?$",
    )
    .is_match(before_from(a, sentence.start(), fig.start(), 90))
}

/// True for a percentage right after a verb of getting votes: "Amadou Ba obtient 35,79 %",
/// "Ba received 35.8 percent". A share of the vote when the sentence names who got it.
pub(super) fn obtained(a: &Article, sentence: Span, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(
        &RE,
        r"(?i)\b(?:obtient|obtenu|obtiendrait|recueille|recueilli|récolte|récolté|received|receives|garnered|secured|polled)\s+(?:(?:about|some|nearly|almost|more\s+than|over|près\s+de|environ|plus\s+de|quelque)\s+)?$",
    )
    .is_match(before_from(a, sentence.start(), fig.start(), 40))
}

/// How many of a toll carried out the attack, when the count's clause says it includes them:
/// "59 morts, dont le tireur", "killing 12 including the two attackers", "including three
/// suicide bombers" (1, 2 and 3).
pub(super) fn perpetrators_included(a: &Article, sentence: Span, fig: Span) -> Option<u32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let caps = pattern(
        &RE,
        r"(?i)^[^.;:()]{0,40}?\b(?:dont|y\s+compris|including|among\s+them)\s+(?:(?:le|la|les|l['’]|the|un|une|a|an)\s*)?(?:(\d+|deux|trois|quatre|two|three|four)\s+)?(?:(?:présumée?s?|suspected|alleged|suicide)\s+)?(?:tireurs?|assaillants?|kamikazes?|terroristes?|agresseurs?|gunm[ae]n|shooters?|attackers?|assailants?|bombers?|perpetrators?)\b",
    )
    .captures(after_to(a, sentence.end(), fig.end(), 80))?;
    Some(match caps.get(1).map(|m| fold(m.as_str())) {
        None => 1,
        Some(n) => match n.as_str() {
            "deux" | "two" => 2,
            "trois" | "three" => 3,
            "quatre" | "four" => 4,
            d => d.parse().ok().filter(|&k| k <= 10)?,
        },
    })
}

/// True for a number with no noun right before "on board", "aboard" or "à bord": "all 150
/// on board", "239 à bord".
pub(super) fn aboard_alone(a: &Article, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(&RE, r"(?i)^\s+(?:on\s+board|aboard|à\s+bord)\b").is_match(after(a, fig.end(), 16))
}

/// True for people a vehicle carries: "87 people on board", "with 181 people aboard",
/// "transportait 87 personnes", "carrying 87 people". A capacity, fixed, not a toll.
pub(super) fn on_board(a: &Article, sentence: Span, fig: Span) -> bool {
    static AFTER: OnceLock<Regex> = OnceLock::new();
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static LEADING: OnceLock<Regex> = OnceLock::new();
    pattern(
        &AFTER,
        r"(?i)^\s+\p{L}+\s+(?:(?:were|was|are|is|étaient|était|sont|se\s+trouvaient)\s+)?(?:on\s+board|aboard|à\s+(?:son\s+|leur\s+)?bord)\b",
    )
    .is_match(after_to(a, sentence.end(), fig.end(), 40))
        || pattern(
            &BEFORE,
            r"(?i)\b(?:carrying|carried|carries|transport\p{L}*|embarqué\p{L}*)\s+(?:(?:au\s+moins|at\s+least|près\s+de|plus\s+de|about|some|environ|more\s+than|over|nearly|almost)\s+)?$",
        )
        .is_match(before_from(a, sentence.start(), fig.start(), 40))
        // "À bord se trouvaient 242 personnes", "On board the plane were 64 people".
        || pattern(
            &LEADING,
            r"(?i)\b(?:à\s+bord|on\s+board|aboard)\b[^.;:,]{0,32}?\s(?:se\s+trouvaient|il\s+y\s+avait|étaient|were|was)\s+(?:(?:au\s+moins|at\s+least|près\s+de|plus\s+de|about|some|environ|more\s+than|over|nearly|almost)\s+)?$",
        )
        .is_match(before_from(a, sentence.start(), fig.start(), 64))
}

/// True when a word of a verdict stands in the clause before a figure ("condamné jeudi Jean
/// Dupont à quatre ans", "sentenced him to five years", "écope de six ans").
pub(super) fn after_a_verdict(a: &Article, sentence: Span, fig: Span) -> bool {
    let before = fold(before_from(a, sentence.start(), fig.start(), 60));
    let verdict = super::concepts::Concepts::get()
        .trigger_words("verdict")
        .unwrap_or(&[]);
    before
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "ecope" | "ecopent") || verdict.iter().any(|v| v == w))
}

/// True for a count given as a winning margin: "a margin of about 21,000 votes", "une marge
/// d'environ 21 000 voix", "un écart de 300 voix", "a lead of 12 seats". The difference
/// between two sides, neither side's count.
pub(super) fn is_margin(a: &Article, sentence: Span, fig: Span) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let before = fold(before_from(a, sentence.start(), fig.start(), 40));
    pattern(
        &RE,
        r"\b(?:margin|lead|marge|ecart|avance)\s+(?:of|de|d')\s*(?:(?:about|around|some|nearly|almost|just|only|more\s+than|over|environ|quelque|pres\s+de|presque|seulement|plus\s+de|a\s+peine)\s+)?$",
    )
    .is_match(&before)
}

/// Which way the voters counted at `fig` voted: "364 députés ont refusé la confiance" (against),
/// "et 194 seulement l'ont soutenu" (for), "194 MPs voted in favour". Read in the clause after
/// the count, else in the one before it. No side word counts for either count of a pair
/// ("voted 364 to 194 against him", "par 300 voix contre 200"): which side each is, the order
/// tells, not a word; the second has no side. With no word for a side, a count of `votes` is
/// the side that carried the decision.
pub(super) fn vote_side(
    a: &Article,
    sentence: Span,
    fig: Span,
    votes: bool,
) -> Option<&'static str> {
    let concepts = super::concepts::Concepts::get();
    // The second count of a pair.
    let b = before_from(a, sentence.start(), fig.start(), 16).trim_end();
    let paired = |w: &str| {
        b.strip_suffix(w)
            .is_some_and(|r| r.trim_end().ends_with(|c: char| c.is_ascii_digit()))
    };
    if paired(" to") || paired(" contre") || paired(" against") || paired("-") {
        return None;
    }
    let clause_end = |t: &str| -> usize {
        let mut end = t
            .find(|c: char| matches!(c, ',' | ';' | '.' | ':' | '(') || c.is_ascii_digit())
            .unwrap_or(t.len());
        for w in [
            " tandis ",
            " while ",
            " whereas ",
            " et ",
            " and ",
            " mais ",
            " but ",
        ] {
            if let Some(i) = t[..end].find(w) {
                end = i;
            }
        }
        end
    };
    let after = &a.text[fig.end()..sentence.end().max(fig.end())];
    let end = clause_end(after);
    let mut clause = fold(&after[..end]);
    // "contre 200", "against 194": a side word right before the other count says "versus".
    let mut versus = after[end..].starts_with(|c: char| c.is_ascii_digit());
    // So does one before a count in words ("par 11 voix contre une", "by 11 votes to one").
    let spelled = clause.trim_end().rsplit(' ').next().is_some_and(|w| {
        matches!(w, "un" | "une" | "one") || crate::extract::figures::is_number_word(w)
    });
    if spelled && !versus {
        let cut = clause.trim_end().rfind(' ').unwrap_or(0);
        clause.truncate(cut);
        versus = true;
    }
    let last_word = clause.trim_end().rfind(' ').map_or(0, |i| i + 1);
    // The lexicon's names, as 'static strings for the key.
    let named = |side: &str| {
        ["for", "against", "abstain"]
            .into_iter()
            .find(|&n| n == side)
    };
    let side = concepts
        .sides(&clause)
        .find(|&(p, _)| !(versus && p >= last_word))
        .and_then(|(_, s)| named(s));
    side.or_else(|| {
        let before = &a.text[sentence.start()..fig.start()];
        let from = before
            .rfind(|c: char| matches!(c, ',' | ';' | ':' | '(') || c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let folded = fold(&before[from..]);
        let last = concepts.sides(&folded).last().and_then(|(_, s)| named(s));
        last
    })
    // "Les députés l'ont démis par 101 voix", "winning 325 votes": a count of votes no word
    // gives a side is the one that carried the decision (`votes`: a count of voters, "577
    // députés", is as often the whole house).
    .or_else(|| votes.then_some("for"))
}

/// The toll a number without a noun gives ("the death toll rose to 27", "the number of people
/// killed stood at 72", "le nombre de morts est passé à 72", a toll revised "down to 40" or
/// "ramené à 40"): "injured" when the phrase
/// counts the injured, else "dead". Only right after the verb's "to", "at" or "à", or
/// right after a toll verb with no noun ("et en a blessé 188"). The phrase may name the
/// happening's day on the way ("the death toll from the collapse on Friday, January 25, rose
/// to 60").
pub(super) fn toll_subject(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let before = before_from(a, sentence.start(), fig.start(), 160);
    let caps = pattern(
        &RE,
        r"(?i)\b(death toll|toll|number of (?:\p{L}+ )?(?:killed|dead|deaths|injured|wounded)|bilan|nombre (?:de|des) (?:\p{L}+ )?(?:morts|victimes|tués|blessés))\b[^.;:]*\b(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|was|is|jumped|down|up|lowered|raised|cut|increased|updated|s['’]élève|s['’]établit|atteint|est passé|passe|grimpé|monté|ramené|relevé|porté)\s+(?:to|at|à)\s+(?:au moins |at least |plus de |more than )?$",
    )
    .captures(before)
    .or_else(|| verb_toll(before))?;
    let phrase = caps.get(1)?.as_str().to_lowercase();
    Some(
        if ["injured", "wounded", "bless"]
            .iter()
            .any(|w| phrase.contains(w))
        {
            "injured"
        } else {
            "dead"
        },
    )
}

/// "Le séisme a tué 126 personnes et en a blessé 188", "killed 12 and injured 40": a count
/// a toll verb governs with no noun after it, the noun being the previous count's.
fn verb_toll(before: &str) -> Option<regex::Captures<'_>> {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(
        &RE,
        r"(?i)(?:\ben\s+(?:a|ont|avait|avaient)\s+|\band\s+)(blessé|tué|injured|wounded|killed)\s+(?:au moins |at least |plus de |more than |près de |nearly |about |environ )?$",
    )
    .captures(before)
}

/// The clause that opens on "among" or "parmi" before `fig` in its sentence, folded.
fn among_clause(a: &Article, sentence: Span, fig: Span) -> Option<String> {
    static RE: OnceLock<Regex> = OnceLock::new();
    pattern(&RE, r"(?i)(?:^|[,;:(]\s*)(?:among|parmi)\s[^;.\d]{1,60}$")
        .find(before_from(a, sentence.start(), fig.start(), 80))
        .map(|m| fold(m.as_str()))
}

/// The state of the toll an "among"/"parmi" clause opening before `fig` names: `dead` for
/// "parmi les victimes", "among the dead", `injured` for "parmi les blessés".
pub(super) fn among_toll_state(a: &Article, sentence: Span, fig: Span) -> Option<&'static str> {
    among_clause(a, sentence, fig)?
        .split(|c: char| !c.is_alphanumeric())
        .find_map(|w| {
            if DEAD.contains(&w) || matches!(w, "victims" | "victimes") {
                Some("dead")
            } else if matches!(w, "injured" | "wounded" | "blesses" | "blessees") {
                Some("injured")
            } else {
                None
            }
        })
}

/// True when the count at `fig` stands in a clause that opens on "among" or "parmi" ("Among
/// the freed Palestinians were 250 prisoners serving life sentences", "Parmi les prisonniers
/// libérés, 250 purgeaient"): a part of a count given elsewhere, not that count.
/// `Some(true)` when the clause counts among a toll ("Among the dead were 12 children",
/// "parmi les victimes, 15 enfants"), whose parts rise with it.
pub(super) fn in_among_clause(a: &Article, sentence: Span, fig: Span) -> Option<bool> {
    let words = among_clause(a, sentence, fig)?;
    let concepts = super::concepts::Concepts::get();
    // "Parmi eux figurent 15 enfants", "among them": the count before, read by `is_subset`.
    if words.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "eux" | "elles" | "them" | "whom" | "lesquels" | "lesquelles"
        )
    }) {
        return None;
    }
    Some(words.split(|c: char| !c.is_alphanumeric()).any(|w| {
        DEAD.contains(&w)
            || matches!(w, "victims" | "victimes")
            || concepts.counted(w).is_some_and(|c| c.evolving)
    }))
}

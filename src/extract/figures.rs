//! Figures: numbers in French and English formats ("240 000", "1,5", "1.305", "26.6"),
//! scale words ("milliards"), number words (through `text2num`), ordinals ("80e",
//! "huitième"), collectives ("une trentaine"), units and currencies, with the noun counted and
//! the qualifier ("plus de", "près de") in front.

use crate::corpus::Article;
use crate::finding::Span;
use crate::lang::Lang;
use crate::text::{fold, TokKind, Token};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Whether a figure is exact or a bound.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// As written.
    Exact,
    /// "près de", "environ", "une trentaine".
    Approx,
    /// "plus de", "au moins".
    AtLeast,
    /// "moins de", "jusqu'à".
    AtMost,
}

/// A figure found in an article.
#[derive(Debug, Clone, Serialize)]
pub struct FigureFact {
    /// Bytes into the article (number through unit).
    pub span: Span,
    /// Value with scale applied (240 milliards → 2.4e11).
    pub value: f64,
    /// Canonical unit (`EUR`, `USD`, `%`, `km`), if any.
    pub unit: Option<String>,
    /// Folded noun the figure counts ("pays", "morts"), if any.
    pub noun: Option<String>,
    /// Exact or a bound.
    pub qualifier: Qualifier,
    /// True for ordinals ("80e anniversaire").
    pub ordinal: bool,
    /// True when the noun is a toll or running total (deaths, injured) that grows over time.
    pub evolving: bool,
    /// Value of one unit of the last digit written (240 milliards: 1e9; 26,6 millions: 1e5).
    pub resolution: f64,
    /// For a generic noun ("ans", "jours"), the content word just before the figure ("âge" in
    /// "à l'âge de 88 ans"): what the figure measures.
    pub measure: Option<String>,
    /// When the number is a label rather than a quantity ("catégorie 5", "flight 171"): the
    /// label's name, shared by both languages (`category`, `flight`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The name of what is counted, when a name stands right after the number ("36 Rafale",
    /// "36 Rafale jets", "12 Airbus"), folded: reports in two languages that count a model
    /// meet on its name, whatever noun each adds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

impl FigureFact {
    /// An exact amount in a unit, counting no noun: "2 h 09 min 56 s", "un quart de point".
    fn amount(span: Span, value: f64, unit: &str) -> Self {
        FigureFact {
            span,
            value,
            unit: Some(unit.to_string()),
            noun: None,
            qualifier: Qualifier::Exact,
            ordinal: false,
            evolving: false,
            resolution: 1.0,
            measure: None,
            label: None,
            model: None,
        }
    }

    /// An exact number that labels rather than counts: "l'autoroute A7", "Airbus A320".
    fn labelled(span: Span, value: f64, label: String) -> Self {
        FigureFact {
            unit: None,
            label: Some(label),
            ..FigureFact::amount(span, value, "")
        }
    }

    /// `2.4e11 EUR`, `10 pays`, `80e anniversaire`.
    pub fn display(&self) -> String {
        let v = display_number(self.value);
        let mut s = if self.ordinal { format!("{v}e") } else { v };
        if let Some(u) = &self.unit {
            s.push(' ');
            s.push_str(u);
        }
        if let Some(n) = &self.noun {
            s.push(' ');
            s.push_str(n);
        }
        s
    }
    /// True when two figures can describe the same quantity without contradiction: equal,
    /// within a rounding margin, or compatible bounds.
    pub fn compatible(&self, o: &FigureFact) -> bool {
        compatible(
            (self.value, self.qualifier, self.resolution),
            (o.value, o.qualifier, o.resolution),
        )
    }
}

/// "Un quart de point", "a quarter point", "half a percentage point", "trois quarts de
/// point": a fraction of a percentage point, in basis points, so that it meets "25 points de
/// base" and "25 basis points". Replaces what the token scan read inside the phrase ("trois").
fn point_fractions(sentence: &str, base: usize, found: &mut Vec<FigureFact>) {
    // Every distinct sentence passes here: most have no "point" for the pattern to look at.
    if !sentence.contains("oint") && !sentence.contains("OINT") {
        return;
    }
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:(trois|three)\s+)?(quarts?|quarter|demi|half)(?:-|\s+)(?:de\s+|of\s+a\s+|a\s+)?(?:percentage[-\s]+)?point\b",
        )
        .expect("a valid pattern")
    });
    for m in re.captures_iter(sentence) {
        let whole = m.get(0).expect("the match");
        let fraction = match fold(&m[2]).as_str() {
            "demi" | "half" => 50.0,
            _ => 25.0,
        };
        let times = if m.get(1).is_some() { 3.0 } else { 1.0 };
        let span = Span::new(base + whole.start(), base + whole.end());
        found.retain(|f| !f.span.overlaps(span));
        found.push(FigureFact::amount(span, fraction * times, "bp"));
        found.sort_by_key(|f| f.span.start);
    }
}

/// A number as recoupe prints it: `296`, `26.6`, `2.4e11`.
pub fn display_number(value: f64) -> String {
    // "24 billion" reads at a glance where "2.4e10" does not.
    for (scale, name) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if value.abs() >= scale {
            let x = format!("{:.3}", value / scale);
            return format!("{} {name}", x.trim_end_matches('0').trim_end_matches('.'));
        }
    }
    if value.fract() == 0.0 {
        format!("{}", value as i64)
    } else {
        // A converted value ("88 mph" as 141.622272 km/h) is shown to the digits that matter.
        let s = if value.abs() >= 100.0 {
            format!("{value:.1}")
        } else {
            format!("{value:.3}")
        };
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// How far from its value a collective ("une vingtaine", "une centaine") may stand.
const COLLECTIVE_MARGIN: f64 = 0.3;

/// How far a hedged figure may stand from the quantity it hedges, as a share: a collective
/// ("une vingtaine", whose resolution is its value) 30%, a round figure ("près de 250") 15%, a
/// precise one ("around 27") 5%.
fn loose_margin(value: f64, resolution: f64) -> f64 {
    if is_collective(value, resolution) {
        COLLECTIVE_MARGIN
    } else if is_round(value, resolution) {
        0.15
    } else {
        0.05
    }
}

/// True for a count as vague as its value: a collective ("une vingtaine", "dozens"), whose
/// resolution is the value itself.
pub fn is_collective(value: f64, resolution: f64) -> bool {
    resolution >= value.abs() && value != 0.0 && resolution > 1.0
}

/// The ratio past which two lower bounds are two counts rather than one written twice.
pub const FLOORS_APART: f64 = 1.5;

/// True when two figures `(value, qualifier, resolution)` can describe the same quantity
/// without contradiction: equal, within a rounding margin, or compatible bounds. Claims and
/// facts share this one definition.
pub fn compatible(x: (f64, Qualifier, f64), y: (f64, Qualifier, f64)) -> bool {
    let ((a, qa, ra), (b, qb, rb)) = (x, y);
    if a == b {
        return true;
    }
    let rel = (a - b).abs() / a.abs().max(b.abs()).max(1e-9);
    let loose = |q: Qualifier| q != Qualifier::Exact;
    match (qa, qb) {
        // "up to 80 mph" and "jusqu'à 130 km/h" state one peak: compared as hedged values.
        // So do two floors (below): "plus de 15 600 cas" and "more than 17,600 cases" are
        // two writings of one official count, not two true statements.
        (Qualifier::AtMost, Qualifier::AtMost) => {
            let (x, rx) = if a >= b { (a, ra) } else { (b, rb) };
            rel <= if is_round(x, rx) { 0.15 } else { 0.05 }
        }
        // A round floor ("plus de 300") is a rough one: a precise floor above it may be
        // the same count. Floors far apart ("at least 144", then "plus de 1 000") are two
        // updates of a rising count, both true.
        // Under a hundred, a floor is a count ("au moins 23 morts", "at least 25 dead"),
        // not a rough figure.
        (Qualifier::AtLeast, Qualifier::AtLeast) => {
            let rough = |v: f64, r: f64| is_round(v, r) && v >= 100.0;
            a.max(b) > a.min(b) * FLOORS_APART
                || rel
                    <= if rough(a, ra) || rough(b, rb) {
                        0.15
                    } else {
                        0.05
                    }
        }
        (Qualifier::AtLeast, _) if b >= a => true,
        (_, Qualifier::AtLeast) if a >= b => true,
        (Qualifier::AtMost, _) if b <= a => true,
        (_, Qualifier::AtMost) if a <= b => true,
        // A bound the exact count falls outside of ("hundreds of flights" and 71, "plus de
        // 300" and 250): another count, or a slip, unless the bound is a rounding of it.
        (Qualifier::AtLeast | Qualifier::AtMost, Qualifier::Exact)
        | (Qualifier::Exact, Qualifier::AtLeast | Qualifier::AtMost) => rel <= 0.05,
        // "près de 250", "une trentaine": a round figure stands for a range; "around 27"
        // is a precise figure hedged, and 29 is not around 27.
        // Two hedged figures ("about 15 billion", "about 17 billion") are two writers'
        // roundings of one quantity: each must fall within the other's margin, unless one
        // is a collective, vague by itself ("une vingtaine" and "about 25").
        (x, y) if loose(x) && loose(y) => {
            let (ma, mb) = (loose_margin(a, ra), loose_margin(b, rb));
            if ma.max(mb) >= COLLECTIVE_MARGIN {
                rel <= COLLECTIVE_MARGIN
            } else {
                rel <= ma.min(mb) && rounds_to((a, ra), b) && rounds_to((b, rb), a)
            }
        }
        // A round hedge is a rounding too: "about 700" stands for 650 to 750, "environ 350"
        // for 340 to 360; 770 and 385 would have been written "about 800" and "about 390".
        (x, y) if loose(x) || loose(y) => {
            let ((approx, res), precise) = if loose(x) { ((a, ra), b) } else { ((b, rb), a) };
            rel <= loose_margin(approx, res) && rounds_to((approx, res), precise)
        }
        // A less precise figure ("26 millions") that the precise one ("26,6 millions")
        // truncates or rounds to.
        // Or a figure of a thousand or more ending in two zeros ("3,400 injured"), which
        // the press writes for a precise count it rounds ("3,408"): within half its unit.
        _ => {
            let ((cv, cr), (fv, fr)) = if ra >= rb {
                ((a, ra), (b, rb))
            } else {
                ((b, rb), (a, ra))
            };
            let (ua, ub) = (rounding_unit(a, ra), rounding_unit(b, rb));
            let (coarse, fine, unit) = if ua >= ub { (a, b, ua) } else { (b, a, ub) };
            (cr > fr && (cv - fv).abs() < cr)
                || (ua != ub && unit >= 100.0 && (coarse - fine).abs() <= unit / 2.0)
        }
    }
}

/// True when `other` may be what the hedged round figure `(value, resolution)` rounds: less
/// than half the unit of its one significant digit away ("about 700": 650 to 750, not 750),
/// at most the unit of the last of two ("environ 350": 340 to 360). Always true for a
/// collective ("une vingtaine") and a figure that is not round: their margins bound them.
fn rounds_to((value, resolution): (f64, f64), other: f64) -> bool {
    if resolution >= value.abs() || !is_round(value, resolution) || value.abs() > 1e15 {
        return true;
    }
    let mut digits = (value / resolution.max(1e-9)).round().abs() as u64;
    let mut unit = resolution;
    while digits >= 10 && digits.is_multiple_of(10) {
        digits /= 10;
        unit *= 10.0;
    }
    let off = (value - other).abs();
    if digits < 10 {
        off < unit / 2.0
    } else {
        off <= unit
    }
}

/// The unit a whole figure of a thousand or more may have been rounded to, from its trailing
/// zeros as written ("3,400": 100; "12,000": 1,000; not "1,000"); its resolution otherwise.
fn rounding_unit(value: f64, resolution: f64) -> f64 {
    if resolution != 1.0 || value.abs() < 1000.0 || value.fract() != 0.0 || value.abs() > 1e15 {
        return resolution;
    }
    let mut n = value.abs() as u64;
    let mut unit = 1.0;
    while n.is_multiple_of(10) {
        n /= 10;
        unit *= 10.0;
    }
    // "1,000" is a magnitude, not a rounding: two significant digits at least.
    if unit >= 100.0 && n >= 10 {
        unit
    } else {
        resolution
    }
}

/// True for a round figure, which stands for a range ("près de 250", "about 3,000"): its
/// significant digits, as written, are one digit, or two ending in 0 or 5 ("250", "1,500").
/// "About 88 million", "some 64,000" and "185 mph" are precise figures.
fn is_round(value: f64, resolution: f64) -> bool {
    let mut digits = (value / resolution.max(1e-9)).round().abs() as u64;
    while digits >= 10 && digits.is_multiple_of(10) {
        digits /= 10;
    }
    digits < 10 || (digits < 100 && digits.is_multiple_of(5))
}

/// Digits after the decimal mark in a written number (`26,6` → 1, `1.305` → 0 in French).
fn decimals(lit: &str, value: f64) -> i32 {
    if value.fract() == 0.0 {
        return 0;
    }
    lit.rsplit(['.', ','])
        .next()
        .map_or(0, |d| d.chars().count() as i32)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresFile {
    scales: HashMap<String, f64>,
    units: HashMap<String, String>,
    approx: Vec<String>,
    at_least: Vec<String>,
    at_most: Vec<String>,
    evolving: Vec<String>,
    filler: Vec<String>,
    generic: Vec<String>,
    not_nouns: Vec<String>,
    collectives: HashMap<String, f64>,
    conversions: HashMap<String, (String, f64)>,
    labels: HashMap<String, String>,
    changing_labels: Vec<String>,
    trailing_labels: Vec<String>,
    clock_parts: HashMap<String, f64>,
    number_words: NumberWords,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumberWords {
    fr: Vec<String>,
    en: Vec<String>,
    ordinals_fr: Vec<String>,
    ordinals_en: Vec<String>,
}

struct Lex {
    scales: HashMap<String, f64>,
    units: HashMap<String, String>,
    approx: Vec<String>,
    at_least: Vec<String>,
    at_most: Vec<String>,
    evolving: HashSet<String>,
    filler: HashSet<String>,
    generic: HashSet<String>,
    not_nouns: HashSet<String>,
    collectives: HashMap<String, f64>,
    conversions: HashMap<String, (String, f64)>,
    labels: HashMap<String, String>,
    changing_labels: Vec<String>,
    trailing_labels: Vec<String>,
    clock_parts: HashMap<String, f64>,
    words_fr: HashSet<String>,
    words_en: HashSet<String>,
    ordinals: HashMap<String, f64>,
}

/// The words of a hedge, folded ("about", "près de", "at least"): they may stand between a
/// count and the word that says what it counts ("a crew of about 500", "ont évacué environ
/// 2500 personnes").
const HEDGE: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "more",
    "than",
    "at",
    "least",
    "up",
    "to",
    "environ",
    "pres",
    "quelque",
    "plus",
    "moins",
    "au",
    "de",
    "d'",
];

/// True for a folded word of a hedge (see [`HEDGE`]).
pub(crate) fn is_hedge_word(w: &str) -> bool {
    HEDGE.contains(&w)
}

/// True when a folded word is a number word of either language that counts more than one
/// ("four", "quatre"): not the articles and conjunctions number words are built with ("a",
/// "un", "and", "et").
pub fn is_number_word(w: &str) -> bool {
    let lx = lex();
    !matches!(w, "a" | "an" | "un" | "une" | "one" | "and" | "et")
        && (lx.words_en.contains(w) || lx.words_fr.contains(w))
}

fn lex() -> &'static Lex {
    static L: OnceLock<Lex> = OnceLock::new();
    L.get_or_init(|| {
        let f: FiguresFile = toml::from_str(include_str!("../../rules/lexicon/figures.toml"))
            .expect("rules/lexicon/figures.toml is checked by tests");
        let fm = |v: Vec<String>| v.iter().map(|w| fold(w)).collect::<Vec<_>>();
        let mut ordinals = HashMap::new();
        for (i, w) in f.number_words.ordinals_fr.iter().enumerate() {
            // premier, première, deuxième, second, seconde, troisième...
            let n = match i {
                0 | 1 => 1.0,
                2..=4 => 2.0,
                k => (k - 2) as f64,
            };
            ordinals.insert(fold(w), n);
        }
        for (i, w) in f.number_words.ordinals_en.iter().enumerate() {
            ordinals.insert(fold(w), (i + 1) as f64);
        }
        Lex {
            scales: f.scales.into_iter().map(|(k, v)| (fold(&k), v)).collect(),
            units: f.units.into_iter().map(|(k, v)| (fold(&k), v)).collect(),
            approx: fm(f.approx),
            at_least: fm(f.at_least),
            at_most: fm(f.at_most),
            evolving: fm(f.evolving).into_iter().collect(),
            filler: fm(f.filler).into_iter().collect(),
            not_nouns: fm(f.not_nouns).into_iter().collect(),
            generic: fm(f.generic).into_iter().collect(),
            collectives: f
                .collectives
                .into_iter()
                .map(|(k, v)| (fold(&k), v))
                .collect(),
            conversions: f.conversions,
            labels: f.labels.into_iter().map(|(k, v)| (fold(&k), v)).collect(),
            changing_labels: f.changing_labels,
            trailing_labels: f.trailing_labels,
            clock_parts: f.clock_parts,
            words_fr: fm(f.number_words.fr).into_iter().collect(),
            words_en: fm(f.number_words.en).into_iter().collect(),
            ordinals,
        }
    })
}

/// True when the tokens at `k` are an English possessive ending, "'s" against the word before.
fn possessive_at(a: &Article, toks: &[Token], k: usize) -> bool {
    matches!((toks.get(k), toks.get(k + 1)), (Some(q), Some(s))
        if k > 0
            && q.kind == TokKind::Punct
            && crate::text::is_apostrophe(a.slice(q.span).chars().next().unwrap_or(' '))
            && q.span.start == toks[k - 1].span.end
            && s.span.start == q.span.end
            && a.slice(s.span) == "s")
}

/// What letters written against a number's digits stand for: a scale ("32bn", "88m" after a
/// currency symbol) or a unit ("27km", "80mph"), as `(scale, unit)`. "100m" alone is metres.
fn glued_suffix(
    a: &Article,
    toks: &[Token],
    i: usize,
    rest: &str,
    lx: &Lex,
) -> Option<(f64, Option<String>)> {
    let currency_before = i > 0
        && toks[i - 1].kind == TokKind::Punct
        && lx
            .units
            .get(&word(a, &toks[i - 1]))
            .is_some_and(|u| u != "%");
    if currency_before {
        let scale = match rest {
            "m" | "mn" => Some(1e6),
            "k" => Some(1e3),
            "bn" | "b" => Some(1e9),
            "tn" => Some(1e12),
            _ => None,
        };
        if scale.is_some() {
            return scale.map(|s| (s, None));
        }
    }
    if let Some(&s) = lx.scales.get(rest) {
        return Some((s, None));
    }
    lx.units
        .get(rest)
        .filter(|u| u.as_str() != "%")
        .map(|u| (1.0, Some(u.clone())))
}

/// A value in the unit reports are compared in: "185 mph" as km/h, "13 feet" as metres.
/// Returns `(value, resolution, unit, converted)`. A converted value is a rounded one in the
/// reports that give both ("185 mph (295 km/h)"): the caller compares it as hedged, with the
/// tolerance of the digits first written.
pub fn in_base_unit(value: f64, resolution: f64, unit: &str) -> (f64, f64, &str, bool) {
    match lex().conversions.get(unit) {
        Some((base, factor)) => (value * factor, resolution * factor, base.as_str(), true),
        None => (value, resolution, unit, false),
    }
}

/// True for a label that changes over an event's life ("catégorie 5" of a storm).
pub fn is_changing_label(label: &str) -> bool {
    lex().changing_labels.iter().any(|l| l == label)
}

/// True for nouns that measure many things ("ans", "jours"): see `measure`.
pub fn is_generic(noun: &str) -> bool {
    lex().generic.contains(noun)
}

/// True when the text right after a number makes it a quantity: a scale word or a unit,
/// possibly after a filler ("1800 milliards de dollars", "2026 euros", "1999 km"). Such a
/// number is no year, whatever its digits.
pub fn quantity_follows(rest: &str) -> bool {
    let lx = lex();
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = fold(w);
            match w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")) {
                Some(rest) => rest.to_string(),
                None => w,
            }
        });
    let Some(first) = rest
        .trim_start_matches([' ', '\u{a0}', '\u{202f}'])
        .chars()
        .next()
    else {
        return false;
    };
    if first == '%' || lx.units.contains_key(&first.to_string()) {
        return true;
    }
    for _ in 0..2 {
        let Some(w) = words.next() else { return false };
        if lx.scales.contains_key(&w) || lx.units.contains_key(&w) {
            return true;
        }
        if !lx.filler.contains(&w) && !w.is_empty() {
            return false;
        }
    }
    false
}

/// Significant digits an `f64` carries exactly. A longer number (an identifier, a phone
/// number, a 400-digit string) is no figure: read as one it would round, and two different
/// ones would compare equal.
const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// Parses a written number: `240 000`, `1,5`, `1.305` (French thousands), `26.6`.
pub fn parse_number(s: &str, lang: Lang) -> Option<f64> {
    let s: String = crate::text::ascii_digits(s)
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let groups_of_three = |sep: char| {
        let parts: Vec<&str> = s.split(sep).collect();
        parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3) && parts[0].len() <= 3
    };
    let t = if s.contains('.') && s.contains(',') {
        // Whichever comes last is the decimal mark.
        if s.rfind('.') > s.rfind(',') {
            s.replace(',', "")
        } else {
            s.replace('.', "").replace(',', ".")
        }
    } else if s.contains(',') {
        if groups_of_three(',') && (lang == Lang::En || s.matches(',').count() > 1) {
            s.replace(',', "")
        } else {
            s.replace(',', ".")
        }
    } else if s.contains('.')
        && groups_of_three('.')
        && (lang != Lang::En || s.matches('.').count() > 1)
    {
        s.replace('.', "")
    } else {
        s
    };
    let significant = t
        .trim_start_matches(['0', '.'])
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    if significant > MAX_SIGNIFICANT_DIGITS {
        return None;
    }
    t.parse().ok().filter(|v: &f64| v.is_finite())
}

fn is_gap_space(g: &str) -> bool {
    matches!(g, " " | "\u{a0}" | "\u{202f}")
}

/// Extracts the figures of an article; `skip` lists spans already taken by dates.
pub fn extract(a: &Article, skip: &[Span]) -> Vec<FigureFact> {
    let lx = lex();
    let mut out = Vec::new();
    let mut key = String::new();
    for s in a.text_sentences() {
        // The figures of a sentence follow from its text, the article's language and the
        // dates it holds: wire copy reads each distinct sentence once.
        key.clear();
        key.push(if a.lang == Lang::En { 'e' } else { 'f' });
        // `skip` is sorted and disjoint: the sentence's spans are a run of it, found by
        // bisection (a filter over all of them per sentence was quadratic in one huge
        // paragraph).
        let from = skip.partition_point(|t| t.end <= s.span.start);
        for t in skip[from..]
            .iter()
            .take_while(|t| t.start < s.span.end)
            .filter(|t| t.overlaps(s.span))
        {
            use std::fmt::Write;
            let (from, to) = (i64::from(t.start), i64::from(t.end));
            let at = i64::from(s.span.start);
            let _ = write!(key, "{}:{},", from - at, to - at);
        }
        key.push('\u{1}');
        key.push_str(a.slice(s.span));
        let base = s.span.start();
        let found = SENTENCE_FIGURES.get_or(&key, || {
            let toks = a.seg.sentence_tokens(s);
            let mut found = Vec::new();
            let mut i = 0;
            while i < toks.len() {
                let consumed = figure_at(a, &toks, i, skip, lx, &mut found);
                i += consumed.max(1);
            }
            point_fractions(a.slice(s.span), base, &mut found);
            share_hedge(&a.text, &mut found);
            for f in &mut found {
                f.span = Span::new(f.span.start() - base, f.span.end() - base);
            }
            found
        });
        out.extend(found.iter().map(|f| FigureFact {
            span: f.span.shifted(base),
            ..f.clone()
        }));
    }
    inherit_unit(&a.text, &mut out);
    out
}

/// "Au moins cinq morts et 200 blessés", "more than 40 dead and 12 missing": a hedge before
/// the first of two counts joined by "et"/"and" governs both.
fn share_hedge(text: &str, found: &mut [FigureFact]) {
    for k in 1..found.len() {
        let (first, rest) = found.split_at_mut(k);
        let (prev, f) = (&first[k - 1], &mut rest[0]);
        if prev.qualifier == Qualifier::Exact
            || prev.noun.is_none()
            || prev.ordinal
            || f.qualifier != Qualifier::Exact
            || f.noun.is_none()
            || f.ordinal
            || prev.span.end() > f.span.start()
        {
            continue;
        }
        let gap = &text[prev.span.end()..f.span.start()];
        let words: Vec<&str> = gap.split_whitespace().collect();
        let joined = words.len() <= 3
            && words.last().is_some_and(|w| matches!(*w, "et" | "and"))
            && gap
                .chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '\'' | '’' | '-'));
        if joined {
            f.qualifier = prev.qualifier;
        }
    }
}

/// Bytes within which an amount in millions or billions with no currency ("son chiffre
/// d'affaires a reculé à 157 milliards") takes the currency of the amount before it.
const CURRENCY_REACH: u32 = 300;

/// True for a currency's code, as figures give it (`USD`, `EUR`).
pub fn is_currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// Bytes within which an amount in millions with no noun and no currency ("flew 119 million
/// passengers and expects 207 million") counts what the count before it in its sentence does.
const COUNT_REACH: u32 = 120;

/// "Un bénéfice de 5,5 milliards d'euros ... à 157 milliards": the second amount is in euros
/// too, as the writer left the currency to be read from the first. "119 millions de
/// passagers, et 207 millions sur l'exercice": the nearer count of the same sentence lends
/// its noun instead.
fn inherit_unit(text: &str, figures: &mut [FigureFact]) {
    let mut last: Option<(String, u32)> = None;
    let mut count: Option<(String, u32)> = None;
    for f in figures.iter_mut() {
        let large = !f.ordinal && f.resolution >= 1e6;
        match (f.unit.as_deref(), f.noun.as_deref()) {
            (Some(u), _) if is_currency(u) => {
                last = Some((u.to_string(), f.span.end));
                count = None;
            }
            (None, Some(noun)) if large => count = Some((noun.to_string(), f.span.end)),
            (None, None) if large => {
                let same_sentence = |end: u32| {
                    f.span.start >= end
                        && f.span.start - end <= COUNT_REACH
                        && text
                            .get(end as usize..f.span.start())
                            .is_some_and(|gap| !gap.contains(['.', ';', '!', '?']))
                };
                if let Some((noun, _)) = count.as_ref().filter(|(_, end)| same_sentence(*end)) {
                    f.noun = Some(noun.clone());
                } else if let Some((u, end)) = &last {
                    if f.span.start >= *end && f.span.start - end <= CURRENCY_REACH {
                        f.unit = Some(u.clone());
                    }
                }
            }
            _ => {}
        }
    }
}

/// Figures per distinct sentence, spans from its start (see [`crate::text::memo`]).
static SENTENCE_FIGURES: crate::text::memo::Memo<Vec<FigureFact>> = crate::text::memo::Memo::new();

fn word(a: &Article, t: &Token) -> String {
    fold(t.span.slice(&a.text))
}

/// True when the degrees written from `start` to `end` are no temperature: a quake's ("6
/// degrés sur l'échelle de Richter", "de magnitude 7 degrés"), an angle ("un virage à 180
/// degrés") or a position on the globe.
fn other_degrees(text: &str, start: usize, end: usize) -> bool {
    const CUES: &[&str] = &[
        "magnitude",
        "richter",
        "echelle",
        "angle",
        "virage",
        "latitude",
        "longitude",
        "pente",
        "inclin",
        "brul",
        "alcool",
    ];
    let from = crate::text::floor_boundary(text, start.saturating_sub(60));
    let to = crate::text::floor_boundary(text, (end + 40).min(text.len()));
    let window = fold(&text[from..to]);
    CUES.iter().any(|c| window.contains(c))
}

/// The value of an ordinal word past the tenth, which the lexicon's short list leaves out
/// ("treizième", "vingt-et-unième", "thirteenth", "twenty-first"): text2num reads them.
fn long_ordinal(raw: &str, lang: Lang) -> Option<f64> {
    let w = raw.to_lowercase();
    let (ends, language) = match lang {
        Lang::En => (
            ["th", "first", "second", "third"]
                .iter()
                .any(|e| w.ends_with(e)),
            text2num::Language::english(),
        ),
        _ => (w.ends_with("ième"), text2num::Language::french()),
    };
    if !ends {
        return None;
    }
    let digits = text2num::text2digits(&w, &language).ok()?;
    let n: f64 = digits
        .trim_end_matches(|c: char| !c.is_ascii_digit())
        .parse()
        .ok()?;
    (n > 10.0).then_some(n)
}

/// A race time in the French manner from token `i`: "2h03'41", "2 h 16' 05''" (hours, then
/// minutes, then seconds after a prime). Returns the seconds and the token of the seconds.
/// Never a clock: no clock has seconds after a prime.
fn race_time(text: &str, toks: &[Token], i: usize) -> Option<(f64, usize)> {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::Regex::new(r"^(\d{1,2}) ?h ?([0-5]\d) ?['’] ?([0-5]\d)(?:$|[^\d])")
            .expect("race time pattern compiles")
    });
    let from = toks[i].span.start();
    // A race time is short: look no further than its longest spelling, and only where an
    // "h" follows the hours (most numbers are no race time).
    let rest = &text[from..crate::text::floor_boundary(text, (from + 16).min(text.len()))];
    if !rest.bytes().take(4).any(|b| b == b'h') {
        // "24'31''5", "24'31"": minutes, seconds after a double prime, perhaps tenths.
        static SHORT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let short = SHORT.get_or_init(|| {
            regex::Regex::new(r#"^(\d{1,2}) ?['’] ?([0-5]\d) ?(?:''|’’|"|″)(\d)?(?:$|[^\d])"#)
                .expect("race time pattern compiles")
        });
        let c = short.captures(rest)?;
        let last = c.get(3).or_else(|| c.get(2))?;
        let end = from + last.end();
        let end = i + toks[i..].iter().position(|t| t.span.end() >= end)?;
        let tenths = c
            .get(3)
            .map_or(0.0, |d| d.as_str().parse().unwrap_or(0.0) / 10.0);
        let part = |k: usize| -> f64 { c[k].parse().unwrap_or(0.0) };
        return Some((part(1) * 60.0 + part(2) + tenths, end));
    }
    let c = re.captures(rest)?;
    let seconds_end = from + c.get(3)?.end();
    let end = i + toks[i..].iter().position(|t| t.span.end() == seconds_end)?;
    let part = |k: usize| -> f64 { c[k].parse().unwrap_or(0.0) };
    Some((part(1) * 3600.0 + part(2) * 60.0 + part(3), end))
}

/// True when minutes and seconds ("1:28") are a gap between competitors, not a clock: a word
/// of a gap follows ("1:28 behind", "1:28 back"), or a rank stands before "at" ("third at
/// 2:16", "bronze at 2:16").
pub fn is_margin(before: &str, after: &str) -> bool {
    let next = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if is_margin_word(next) {
        return true;
    }
    let mut words = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next() == Some("at")
        && words.next().is_some_and(|w| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "second" | "third" | "fourth" | "fifth" | "sixth" | "bronze" | "silver"
            ) || (w.len() > 2
                && w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
        })
}

/// True for a word that follows a gap between competitors ("1:28 behind", "two minutes
/// back"), folded.
pub fn is_margin_word(w: &str) -> bool {
    matches!(w, "behind" | "back" | "adrift" | "ahead" | "clear")
}

/// A duration written in several units from token `i`: "2 h 11 min 53 s", "2 hours, 11
/// minutes, 53 seconds", "1 hour and 25 minutes", or a race time "2:11:53". Returns the
/// seconds and the last token. One figure, so that every report's way of writing a time
/// compares with the others, and none of its parts reads as a clock or a count of its own.
fn compound_duration(a: &Article, toks: &[Token], i: usize, lx: &Lex) -> Option<(f64, usize)> {
    let text = &a.text;
    // Digits, or one number word ("four minutes 24 seconds", "onze minutes").
    let num = |k: usize| -> Option<f64> {
        let t = toks.get(k)?;
        let lit = t.span.slice(text);
        match t.kind {
            // "31.5 seconds", "31,5 secondes": a part may have decimals.
            TokKind::Number => {
                let (int, frac) = lit.split_once(['.', ',']).unwrap_or((lit, ""));
                (!int.is_empty()
                    && int.bytes().all(|b| b.is_ascii_digit())
                    && frac.bytes().all(|b| b.is_ascii_digit())
                    && (frac.is_empty() || !lit.ends_with(['.', ','])))
                .then(|| format!("{int}.{frac}").trim_end_matches('.').parse().ok())
                .flatten()
            }
            TokKind::Word => {
                let (words, lang) = if a.lang == Lang::En {
                    (&lx.words_en, text2num::Language::english())
                } else {
                    (&lx.words_fr, text2num::Language::french())
                };
                let w = word(a, t);
                if !w.split('-').all(|p| words.contains(p)) {
                    return None;
                }
                text2num::text2digits(&w, &lang)
                    .ok()
                    .and_then(|d| d.parse::<f64>().ok())
            }
            _ => None,
        }
    };
    let glued = |k: usize, c: &str| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Punct
                && t.span.slice(text) == c
                && t.span.start == toks[k - 1].span.end
                && toks.get(k + 1).is_some_and(|n| n.span.start == t.span.end)
        })
    };
    // "1:28 behind": minutes and seconds of a gap between competitors.
    if glued(i + 1, ":") && !glued(i + 3, ":") {
        let margin = toks
            .get(i + 2)
            .is_some_and(|s| is_margin(&text[..toks[i].span.start()], &text[s.span.end()..]));
        if let (true, Some(m), Some(sec)) = (margin, num(i), num(i + 2)) {
            if toks[i + 2].span.len() == 2 && sec < 60.0 {
                return Some((m * 60.0 + sec, i + 2));
            }
        }
        return None;
    }
    // "2:11:53": hours, minutes and seconds, two digits each after the first.
    if glued(i + 1, ":") && glued(i + 3, ":") {
        let two = |k: usize| toks[k].span.len() == 2;
        if let (Some(h), Some(m), Some(sec)) = (num(i), num(i + 2), num(i + 4)) {
            // Two digits each, even past 59: "2:09:61" is a slip in a race time, to be
            // compared with the others, not a time no one wrote.
            if two(i + 2) && two(i + 4) && m < 100.0 && sec < 100.0 {
                return Some((h * 3600.0 + m * 60.0 + sec, i + 4));
            }
        }
        return None;
    }
    let mut total = 0.0;
    let mut last_unit = f64::INFINITY;
    let mut parts = 0;
    let mut k = i;
    let mut end = i;
    while let Some(v) = num(k) {
        let Some(&unit) = toks
            .get(k + 1)
            .filter(|t| t.kind == TokKind::Word)
            .and_then(|t| lx.clock_parts.get(&word(a, t)))
        else {
            break;
        };
        // Each part is a smaller unit than the one before, and holds less than one of it
        // (up to two digits: "2 h 09 min 61 s" is a slip to compare, not the end of the time).
        if unit >= last_unit || (last_unit.is_finite() && v * unit >= last_unit.max(unit * 100.0)) {
            break;
        }
        total += v * unit;
        last_unit = unit;
        parts += 1;
        end = k + 1;
        k += 2;
        // "2 hours, 11 minutes", "1 hour and 25 minutes", "2 minutes et 11 secondes".
        while toks.get(k).is_some_and(|t| {
            let w = t.span.slice(text);
            w == "," || w == "and" || w == "et"
        }) {
            k += 1;
        }
    }
    // "24 min 31 s 5": French sports writing puts the tenths after the seconds' unit.
    if parts >= 2 && last_unit == 1.0 && a.lang == Lang::Fr {
        if let Some(tenths) = toks.get(end + 1).filter(|t| {
            t.kind == TokKind::Number
                && t.span.len() <= 2
                && t.span.slice(text).bytes().all(|b| b.is_ascii_digit())
                && is_gap_space(&text[toks[end].span.end()..t.span.start()])
                && !toks
                    .get(end + 2)
                    .is_some_and(|n| n.kind == TokKind::Word && lx.units.contains_key(&word(a, n)))
        }) {
            let digits = tenths.span.slice(text);
            let v: f64 = digits.parse().unwrap_or(0.0);
            total += v / 10f64.powi(digits.len() as i32);
            end += 1;
        }
    }
    (parts >= 2).then_some((total, end))
}

/// A code of capitals and digits beside a label word ("l'autoroute A7", "the A7 motorway",
/// "flight KL605"): the label is the word and the code's letters (`highway/a`), the value its
/// digits. Reports compare the number of the road or the flight as they compare "vol 171";
/// a code alone ("G7", "COP28") is one of a series (`code1/g`, `code2/cop`).
fn labelled_code(a: &Article, toks: &[Token], i: usize, lx: &Lex) -> Option<FigureFact> {
    let t = toks[i];
    let raw = t.span.slice(&a.text);
    let split = raw.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = raw.split_at(split);
    if letters.is_empty()
        || letters.len() > 3
        || !letters.chars().all(|c| c.is_ascii_uppercase())
        || digits.is_empty()
        || digits.len() > 5
        || !digits.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let before = i
        .checked_sub(1)
        .map(|k| toks[k])
        .filter(|p| p.kind == TokKind::Word)
        .and_then(|p| lx.labels.get(&word(a, &p)));
    let after = toks
        .get(i + 1)
        .filter(|n| n.kind == TokKind::Word)
        .and_then(|n| lx.labels.get(&word(a, n)));
    // "Airbus A320": a code right after a maker's name is that maker's model, as "Boeing
    // 787" is.
    let maker = || {
        let p = toks[i.checked_sub(1)?];
        let w = p.span.slice(&a.text);
        (p.kind == TokKind::Word
            && p.span.end == t.span.start.saturating_sub(1)
            && w.chars().count() >= 3
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && !crate::extract::stopwords().contains(&word(a, &p)))
        .then(|| word(a, &p))
    };
    // A code alone ("G20", "COP30") names one thing of a series: keyed by its letters and
    // its count of digits, so that "G7" beside "G20" is another thing and "G22" for "G20"
    // (or "COP29" for "COP30") a slip to compare.
    let label = before
        .cloned()
        .or(after.cloned())
        .or_else(maker)
        .unwrap_or_else(|| format!("code{}", digits.len()));
    Some(FigureFact::labelled(
        t.span,
        digits.parse().ok()?,
        format!("{label}/{}", letters.to_lowercase()),
    ))
}

/// Tries to read a figure starting at token `i`; returns how many tokens it used (0: none).
fn figure_at(
    a: &Article,
    toks: &[Token],
    i: usize,
    skip: &[Span],
    lx: &'static Lex,
    out: &mut Vec<FigureFact>,
) -> usize {
    let t = toks[i];
    if crate::finding::overlaps_any(skip, t.span) {
        return 0;
    }
    let text = &a.text;
    if t.kind == TokKind::Mixed {
        if let Some(code) = labelled_code(a, toks, i, lx) {
            out.push(code);
            return 1;
        }
    }
    // A race time ("2h03'41", "2:03:41", "2 hours, 3 minutes and 41 seconds"): one duration.
    let duration = match t.kind {
        TokKind::Mixed => race_time(text, toks, i),
        TokKind::Number => race_time(text, toks, i).or_else(|| compound_duration(a, toks, i, lx)),
        TokKind::Word => compound_duration(a, toks, i, lx),
        TokKind::Punct => None,
    };
    if let Some((seconds, end)) = duration {
        out.push(FigureFact::amount(
            Span {
                start: t.span.start,
                end: toks[end].span.end,
            },
            seconds,
            "s",
        ));
        return end + 1 - i;
    }
    let raw = t.span.slice(text);
    let mut resolution = 1.0;
    // A scale or a unit written against the digits: "$32bn", "€88m", "27km".
    let mut glued: Option<(f64, Option<String>)> = None;
    let (value, mut end, mut ordinal, mut qualifier, mut noun_hint): (
        f64,
        usize,
        bool,
        Qualifier,
        Option<String>,
    ) = match t.kind {
        TokKind::Number => {
            let mut end = i;
            // French thousands groups: "240 000", "3 000 000", the last one perhaps with its
            // decimals ("1 935,3").
            let group = |t: &Token| {
                let s = t.span.slice(text);
                let (int, frac) = s.split_once([',', '.']).unwrap_or((s, ""));
                int.len() == 3
                    && int.bytes().all(|b| b.is_ascii_digit())
                    && frac.bytes().all(|b| b.is_ascii_digit())
                    && (frac.is_empty() || !s.ends_with(['.', ',']))
            };
            while end + 1 < toks.len()
                && toks[end + 1].kind == TokKind::Number
                && group(&toks[end + 1])
                && toks[end]
                    .span
                    .slice(text)
                    .bytes()
                    .all(|b| b.is_ascii_digit())
                && is_gap_space(&text[toks[end].span.end()..toks[end + 1].span.start()])
                && !crate::finding::overlaps_any(skip, toks[end + 1].span)
            {
                end += 1;
            }
            let lit = &text[t.span.start()..toks[end].span.end()];
            let Some(v) = parse_number(lit, a.lang).or_else(|| model_variant(a, toks, i, lit))
            else {
                return 0;
            };
            resolution = 10f64.powi(-decimals(lit, v));
            (v, end, false, Qualifier::Exact, None)
        }
        TokKind::Mixed => {
            // "1.2m": a decimal point or comma inside the digits is part of the number.
            let split = raw
                .char_indices()
                .find(|&(i, c)| {
                    crate::text::digit_value(c).is_none()
                        && !(matches!(c, '.' | ',')
                            && raw[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
                })
                .map_or(raw.len(), |(i, _)| i);
            let digits = &raw[..split];
            let rest = fold(&raw[split..]);
            let Some(v) = parse_number(digits, a.lang) else {
                return 0;
            };
            // "1.1bn" is written to the tenth, as "1.1 billion" is.
            resolution = 10f64.powi(-decimals(digits, v));
            if matches!(
                rest.as_str(),
                "e" | "er" | "re" | "ere" | "eme" | "th" | "st" | "nd" | "rd"
            ) {
                (v, i, true, Qualifier::Exact, None)
            } else if let Some(n) = ["th", "st", "nd", "rd"]
                .iter()
                .find_map(|s| rest.strip_prefix(s)?.strip_prefix('-'))
                .filter(|n| n.len() >= 3 && n.chars().all(char::is_alphabetic))
            {
                // "a 78th-minute penalty", "a 3rd-place finish": an ordinal compound, whose
                // noun stands past the hyphen.
                (v, i, true, Qualifier::Exact, Some(n.to_string()))
            } else if let Some(u) = rest.strip_prefix('-').and_then(|n| lx.units.get(n)) {
                // "984-foot", "6-km": a unit, not a noun.
                glued = Some((1.0, Some(u.clone())));
                (v, i, false, Qualifier::Exact, None)
            } else if let Some(n) = rest.strip_prefix('-') {
                // "72-hour", "12-point".
                (v, i, false, Qualifier::Exact, Some(n.to_string()))
            } else if let Some(g) = glued_suffix(a, toks, i, &rest, lx) {
                // "185km/h": the unit goes on past the slash.
                let per = (toks.get(i + 1), toks.get(i + 2));
                let compound = match per {
                    (Some(slash), Some(w))
                        if slash.kind == TokKind::Punct
                            && slash.span.start == t.span.end
                            && w.span.start == slash.span.end
                            && slash.span.slice(text) == "/" =>
                    {
                        lx.units.get(&format!("{rest}/{}", word(a, w)))
                    }
                    _ => None,
                };
                match compound {
                    Some(u) => {
                        glued = Some((1.0, Some(u.clone())));
                        (v, i + 2, false, Qualifier::Exact, None)
                    }
                    None => {
                        glued = Some(g);
                        (v, i, false, Qualifier::Exact, None)
                    }
                }
            } else {
                // Times ("23h11") and codes ("G7") are not figures.
                return 0;
            }
        }
        TokKind::Word => {
            let mut w = word(a, &t);
            if let Some(&n) = lx.ordinals.get(&w) {
                // "premier" is too often a rank ("Premier ministre"), and a capitalised ordinal
                // is part of a name ("Seconde Guerre mondiale").
                if n == 1.0 || raw.starts_with(char::is_uppercase) {
                    return 0;
                }
                (n, i, true, Qualifier::Exact, None)
            } else if let Some(n) = long_ordinal(raw, a.lang) {
                if raw.starts_with(char::is_uppercase) {
                    return 0;
                }
                (n, i, true, Qualifier::Exact, None)
            } else if let Some(&n) = lx.collectives.get(&w) {
                // "des milliers", "hundreds": a plural collective is a lower bound (thousands
                // of evacuees are also 100,000); "une centaine" is a round figure.
                let q = if w.ends_with('s') {
                    Qualifier::AtLeast
                } else {
                    Qualifier::Approx
                };
                // "Une vingtaine" is 20 to the nearest ten or so: vaguer than "about 20".
                resolution = n;
                (n, i, false, q, None)
            } else {
                let words = if a.lang == Lang::En {
                    &lx.words_en
                } else {
                    &lx.words_fr
                };
                let mut end = i;
                let mut parts: Vec<String> = Vec::new();
                while end < toks.len() && toks[end].kind == TokKind::Word {
                    // The first word is folded already (most words stop the loop there).
                    let w = if end == i {
                        std::mem::take(&mut w)
                    } else {
                        word(a, &toks[end])
                    };
                    if !w.split('-').all(|p| words.contains(p)) {
                        break;
                    }
                    parts.push(w);
                    end += 1;
                }
                let weak = ["un", "une", "et", "and", "a", "one"];
                if parts.is_empty() || parts.iter().all(|p| weak.contains(&p.as_str())) {
                    return 0;
                }
                while parts
                    .last()
                    .is_some_and(|p| ["et", "and", "a"].contains(&p.as_str()))
                {
                    parts.pop();
                    end -= 1;
                }
                let phrase = parts.join(" ");
                let lang = if a.lang == Lang::En {
                    text2num::Language::english()
                } else {
                    text2num::Language::french()
                };
                let Some(v) = text2num::text2digits(&phrase, &lang)
                    .ok()
                    .and_then(|d| d.parse::<f64>().ok())
                else {
                    return 0;
                };
                (v, end - 1, false, Qualifier::Exact, None)
            }
        }
        TokKind::Punct => {
            return 0;
        }
    };
    let mut value = value;
    let mut unit: Option<String> = None;
    // Currency symbol in front: "$100", "€ 5".
    if i > 0 && toks[i - 1].kind == TokKind::Punct {
        if let Some(u) = lx.units.get(&word(a, &toks[i - 1])) {
            if u != "%" {
                unit = Some(u.clone());
            }
        }
    }
    if let Some((scale, u)) = glued.take() {
        value *= scale;
        resolution *= scale;
        if u.is_some() {
            unit = u;
        }
    }
    // "Eleven and a half hours", "deux millions et demi": a half of the number's own
    // scale, before the scale word or after it.
    let half_at = |j: usize| -> usize {
        let w = |k: usize| toks.get(k).map(|t| word(a, t)).unwrap_or_default();
        match (w(j).as_str(), w(j + 1).as_str(), w(j + 2).as_str()) {
            ("and", "a", "half") => 3,
            ("et", "demi" | "demie", _) => 2,
            _ => 0,
        }
    };
    let mut halved = false;
    let n = half_at(end + 1);
    if n > 0 {
        value += 0.5;
        resolution = resolution.min(0.5);
        end += n;
        halved = true;
    }
    // Scale word: "240 milliards", "26.6 million".
    if end + 1 < toks.len() {
        if let Some(&m) = lx.scales.get(&word(a, &toks[end + 1])) {
            value *= m;
            resolution *= m;
            end += 1;
            let n = half_at(end + 1);
            if n > 0 && !halved {
                value += 0.5 * m;
                resolution = resolution.min(0.5 * m);
                end += n;
                halved = true;
            }
        }
    }
    if !value.is_finite() {
        return 0;
    }
    // Unit: "%", "d'euros", "de dollars", "km", "pour cent".
    let mut j = end + 1;
    while j < toks.len() && lx.filler.contains(&word(a, &toks[j])) && j - end <= 2 {
        j += 1;
    }
    // "11 million Swedish crowns": a nationality between the number and its currency.
    if toks.get(j).is_some_and(|t| {
        t.kind == TokKind::Word
            && a.lang == Lang::En
            && crate::extract::demonyms::country_of(t.span.slice(text)).is_some()
    }) && toks
        .get(j + 1)
        .is_some_and(|t| lx.units.contains_key(&word(a, t)))
    {
        j += 1;
    }
    // The longest unit first: "miles per hour" before "miles", "km/h" before "km" (written
    // with a slash, its tokens are joined without spaces).
    for n in (1..=3).rev() {
        let Some(run) = toks.get(j..j + n) else {
            continue;
        };
        let words: Vec<String> = run.iter().map(|t| word(a, t)).collect();
        let found = lx
            .units
            .get(&words.join(" "))
            .or_else(|| lx.units.get(&words.concat()).filter(|_| n > 1));
        if let Some(u) = found {
            unit = Some(u.clone());
            end = j + n - 1;
            break;
        }
    }
    // "35 degrés": French writes a temperature in Celsius without naming the scale, which
    // English reports name ("35 degrees Celsius"); English "35 degrees" may be Fahrenheit.
    if unit.is_none() && !ordinal && a.lang == Lang::Fr {
        if let Some(t) = toks.get(end + 1) {
            if matches!(word(a, t).as_str(), "degre" | "degres")
                && !other_degrees(text, toks[i].span.start(), t.span.end())
            {
                unit = Some("°C".to_string());
                end += 1;
            }
        }
    }
    // "36 Rafale", "36 Rafale jets": a capitalised name right after a count with no unit,
    // which is no nationality ("53 Britanniques") and no month.
    let model = (unit.is_none() && !ordinal)
        .then(|| model_after(a, toks, end + 1))
        .flatten();
    // Noun counted: the next word, skipping fillers ("10 pays", "29 other foreign leaders").
    let mut noun = noun_hint.take();
    if noun.is_none() {
        let mut k = end + 1;
        while k < toks.len() && lx.filler.contains(&word(a, &toks[k])) && k - end <= 3 {
            k += 1;
        }
        // "La 14e et dernière partie", "the 14th and final game": the last of a series, which
        // the ordinal ranks as much as "la 14e partie".
        if ordinal
            && toks
                .get(k)
                .is_some_and(|t| matches!(word(a, t).as_str(), "et" | "and"))
            && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    word(a, t).as_str(),
                    "derniere" | "dernier" | "ultime" | "final" | "last"
                )
            })
        {
            k += 2;
        }
        // "From 55 billion last year": a time adverb after the number, not what it counts.
        // Read on every figure: the raw word is compared first, with no folded copy.
        let last_period = k > end + 1
            && a.slice(toks[k - 1].span).eq_ignore_ascii_case("last")
            && toks.get(k).is_some_and(|t| {
                matches!(
                    word(a, t).as_str(),
                    "year"
                        | "month"
                        | "week"
                        | "night"
                        | "season"
                        | "weekend"
                        | "summer"
                        | "winter"
                        | "spring"
                        | "autumn"
                        | "fall"
                )
            });
        // After a unit, a noun must be attached by "de"/"of": "240 milliards d'euros d'échanges".
        let attached = !last_period
            && (unit.is_none()
                || (k > end + 1 && ["de", "d'", "of"].contains(&word(a, &toks[end + 1]).as_str())));
        // "89 of the 230 seats", "325 of 630 votes", "80 des 200 sièges": the part counts
        // what the whole counts.
        // "17 de ses 22 passes", "17 of his 22 passes", "237 voix sur 465": the whole may be
        // someone's, or follow "sur".
        if unit.is_none() && k > end + 1 && toks.get(k).is_some_and(|t| t.kind == TokKind::Word) {
            // "14 of the country's 26 cantons", "12 of Brazil's 27 states": a possessive owns
            // the whole as "its" does.
            let owned = matches!(
                word(a, &toks[k]).as_str(),
                "ses" | "leurs" | "nos" | "his" | "her" | "its" | "their" | "our"
            ) || (a.lang == Lang::En && possessive_at(a, toks, k + 1));
            if owned && possessive_at(a, toks, k + 1) {
                k += 2;
            }
            if owned && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Number) {
                k += 1;
            }
        }
        if unit.is_none()
            && k > end + 1
            && matches!(word(a, &toks[end + 1]).as_str(), "of" | "des" | "de")
            // "sept des douze simples": the whole in words too.
            && toks.get(k).is_some_and(|t| {
                t.kind == TokKind::Number || (t.kind == TokKind::Word && is_number_word(&word(a, t)))
            })
            && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Word)
        {
            k += 1;
        }
        // "All 20 of his seasons", "all 157 of the passengers": the whole, counting the noun
        // after the possessive, not a part of it.
        if unit.is_none()
            && i > 0
            && word(a, &toks[i - 1]) == "all"
            && toks.get(end + 1).is_some_and(|t| word(a, t) == "of")
            && toks.get(end + 2).is_some_and(|t| {
                matches!(
                    word(a, t).as_str(),
                    "his" | "her" | "its" | "their" | "the" | "our" | "those" | "these"
                )
            })
            && toks.get(end + 3).is_some_and(|t| t.kind == TokKind::Word)
        {
            k = end + 3;
        }
        // "1,100 US troops", "13 U.S. service members": a country's abbreviation qualifies
        // the noun after it.
        if unit.is_none() {
            if let Some(n) = crate::extract::demonyms::abbreviation_at(text, toks, k)
                .map(|(_, n)| n)
                .filter(|&n| toks.get(k + n).is_some_and(|t| t.kind == TokKind::Word))
            {
                k += n;
            }
        }
        // "Added the third nine minutes from time": a number next counts its own noun.
        let number_next = toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Number || (t.kind == TokKind::Word && is_number_word(&word(a, t)))
        });
        if let Some(n) = toks
            .get(k)
            .filter(|n| n.kind == TokKind::Word && attached && !number_next)
        {
            let mut w = word(a, n);
            // English puts adjectives first, and a counted noun is plural: "27 world leaders",
            // "29 other foreign leaders" count leaders; "1,500 soldiers joined" counts soldiers.
            // A counted word first stops the search: "242 aboard crashes", "12 crew members".
            let concepts = crate::claims::concepts::Concepts::get();
            // "Two passenger trains": a singular the lexicon also counts in the plural,
            // after a number above one, qualifies the noun after it ("12 crew" stays crew).
            let attributive = a.lang == Lang::En
                && !w.ends_with('s')
                && value > 1.0
                && toks.get(k + 1).is_some_and(|t| {
                    t.kind == TokKind::Word && {
                        let next = t.span.slice(text);
                        next.ends_with('s') && next.starts_with(char::is_lowercase)
                    }
                })
                // Last: the only test that builds a string, on every English count's noun.
                && concepts.counted(&format!("{w}s")).is_some();
            let counted = concepts.counted(&w).is_some() && !attributive;
            // "12 singles matches", "four doubles titles": a plural the lexicon does not count
            // qualifies the plural it counts right after.
            if a.lang == Lang::En && w.ends_with('s') && !counted && value > 1.0 {
                if let Some(t) = toks.get(k + 1).filter(|t| t.kind == TokKind::Word) {
                    let next = t.span.slice(text);
                    if next.ends_with('s')
                        && next.starts_with(char::is_lowercase)
                        && concepts.counted(&fold(next)).is_some()
                    {
                        w = fold(next);
                    }
                }
            }
            // "239 aboard goes missing": no noun follows an adverb of place.
            if a.lang == Lang::En && !w.ends_with('s') && !counted && !lx.not_nouns.contains(&w) {
                let stop = crate::extract::stopwords();
                // "16 German high school students".
                // "The 12th Italian aid package": an ordinal ranks the head of the compound
                // after it, its last word, in the singular as much as in the plural.
                let mut head: Option<String> = None;
                for t in toks.iter().skip(k + 1).take(if ordinal { 4 } else { 3 }) {
                    let next = word(a, t);
                    if t.kind != TokKind::Word
                        || stop.contains(&next)
                        || lx.not_nouns.contains(&next)
                    {
                        break;
                    }
                    // "120 rescue workers", "its 10th test flight": a compound the lexicon
                    // counts as one.
                    let compound = format!("{w} {next}");
                    if crate::claims::concepts::Concepts::get()
                        .counted(&compound)
                        .is_some()
                    {
                        w = compound;
                        head = None;
                        break;
                    }
                    // "Her 108th World Cup win": an ordinal ranks one thing, in the singular.
                    if next.ends_with('s')
                        || (ordinal
                            && crate::claims::concepts::Concepts::get()
                                .counted(&next)
                                .is_some())
                    {
                        w = next;
                        head = None;
                        break;
                    }
                    head = Some(next);
                }
                if let Some(head) = head.filter(|_| ordinal) {
                    w = head;
                }
            }
            // A function word ("329 s'en sont sorties", "20 et") counts nothing, and neither
            // does a name or a model ("65 MAX 9 jets", "171 Boeing"), but for a nationality
            // ("53 Britanniques").
            let written = n.span.slice(text);
            // "18 MPs" counts what the lexicon counts, in capitals.
            let named = written.starts_with(char::is_uppercase)
                && fold(written) == w
                && crate::extract::demonyms::country_of(written).is_none()
                && crate::claims::concepts::Concepts::get()
                    .counted(&w)
                    .is_none();
            let function_word =
                named || w.ends_with('\'') || crate::extract::stopwords().contains(&w);
            // "67,000 watched": an English past form counts nothing, unless it is a count's
            // own word ("killed", "injured").
            let past_form = a.lang == Lang::En
                && w.ends_with("ed")
                && crate::claims::concepts::Concepts::get()
                    .counted(&w)
                    .is_none();
            // "Neuf étaient encore bloqués": a French imperfect or conditional ("étaient",
            // "restaient", "seraient") is a verb; no noun ends so.
            let imperfect = a.lang == Lang::Fr && w.ends_with("aient");
            // "Pour la 32e fois": "fois" counts nothing, but an ordinal ranks it.
            if !lx.units.contains_key(&w)
                && (!lx.not_nouns.contains(&w) || (ordinal && w == "fois"))
                && w.chars().count() > 1
                && !function_word
                && !past_form
                && !imperfect
            {
                // "Onze heures et demie", "deux ans et demi": the half follows the noun.
                if !halved && half_at(k + 1) == 2 {
                    value += 0.5;
                    resolution = resolution.min(0.5);
                }
                noun = Some(w);
            }
        }
        // "171 Boeing 737 Max 9 planes", "65 MAX 9 jets", "24 additional F-35 jets", "16
        // A320 aircraft": past a model's name, code and numbers, the noun the lexicon counts
        // is what the count counts, as "171 avions" is.
        let capital = |t: &Token| t.span.slice(text).starts_with(char::is_uppercase);
        // Only past a name: a lowercase word there was read above ("239 aboard" counts no
        // one aboard).
        let from = if model.is_some() { end + 1 } else { k };
        let named_next = toks
            .get(from)
            .is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Mixed) && capital(t));
        if noun.is_none() && named_next {
            let concepts = crate::claims::concepts::Concepts::get();
            for (j, t) in toks.iter().enumerate().skip(from).take(6) {
                let written = t.span.slice(text);
                // A hyphen inside a code ("F-35", "Su-57"): a capital before, digits after.
                let inner_hyphen = t.kind == TokKind::Punct
                    && written == "-"
                    && j > from
                    && capital(&toks[j - 1])
                    && toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Number)
                    && toks[j - 1].span.end == t.span.start
                    && t.span.end == toks[j + 1].span.start;
                let part_of_name = (t.kind == TokKind::Number && j > from)
                    || inner_hyphen
                    || (matches!(t.kind, TokKind::Word | TokKind::Mixed) && capital(t));
                if part_of_name {
                    continue;
                }
                // "F-35 fighter jets": past the name, an English compound's head may come
                // a word later.
                let heads = if a.lang == Lang::En && j > from { 2 } else { 1 };
                // Not past a function word, and not a measure of time ("36 Rafale last
                // year").
                noun = toks[j..]
                    .iter()
                    .take(heads)
                    .take_while(|t| t.kind == TokKind::Word && !capital(t))
                    .map(|t| word(a, t))
                    .take_while(|w| {
                        !lx.filler.contains(w) && !crate::extract::stopwords().contains(w)
                    })
                    .find(|w| concepts.counted(w).is_some() && !lx.generic.contains(w));
                break;
            }
        }
        // "A crowd of 67,000", "une foule de 40 000": a counted noun just before, joined by
        // "of"/"de", is what a figure with no noun of its own counts.
        // A hedge may stand between: "a crew of about 500", "une foule de près de 40 000".
        if noun.is_none() && unit.is_none() && i >= 2 {
            for j in (i.saturating_sub(5).max(1)..i).rev() {
                let of = word(a, &toks[j]);
                let head = word(a, &toks[j - 1]);
                if ["of", "de", "d'"].contains(&of.as_str())
                    && crate::claims::concepts::Concepts::get()
                        .counted(&head)
                        .is_some()
                {
                    noun = Some(head);
                    break;
                }
                if !is_hedge_word(&of) {
                    break;
                }
            }
        }
    }
    // Qualifier in the (up to three) words before.
    let before: Vec<String> = toks[i.saturating_sub(3)..i]
        .iter()
        .map(|t| word(a, t))
        .collect();
    let tail = |n: usize| before[before.len().saturating_sub(n)..].join(" ");
    let tail = [tail(1), tail(2), tail(3)].map(|s| s.replace("' ", "'"));
    // "Le bilan dépasse les 280 morts", "passed the 1,000 mark": an article between the verb
    // and the number.
    let bare: Vec<&str> = tail
        .iter()
        .filter_map(|t| {
            ["les", "la", "le", "the"]
                .iter()
                .find_map(|d| t.strip_suffix(d).and_then(|r| r.strip_suffix(' ')))
        })
        .collect();
    let has = |list: &Vec<String>| {
        list.iter()
            .any(|q| tail.iter().any(|t| t == q || t.ends_with(&format!(" {q}"))))
    };
    // Only a verb: "nine more than the 316 needed", "well above the 288 needed" compare
    // another number.
    let verb_before_article = lx.at_least.iter().any(|q| {
        !q.contains(' ')
            && q != "over"
            && q != "above"
            && bare
                .iter()
                .any(|t| *t == q || t.ends_with(&format!(" {q}")))
    });
    if has(&lx.at_least) || verb_before_article {
        qualifier = Qualifier::AtLeast;
    } else if has(&lx.at_most) {
        qualifier = Qualifier::AtMost;
    } else if qualifier == Qualifier::Exact
        && has(&lx.approx)
        && !before
            .last()
            .is_some_and(|w| w == "un" || w == "une" || w == "a")
    {
        qualifier = Qualifier::Approx;
    }
    // "Resigned on move 63", "won in game 14", "on day 3": English numbers the items of a
    // series after their noun, as "la 14e partie" does before it. A lowercase noun after a
    // preposition, a whole number, nothing counted after it.
    if a.lang == Lang::En && noun.is_none() && unit.is_none() && !ordinal && i >= 2 {
        let prev = word(a, &toks[i - 1]);
        let prep = word(a, &toks[i - 2]);
        let stop = crate::extract::stopwords();
        let nothing_after = toks
            .get(end + 1)
            .is_none_or(|n| n.kind != TokKind::Word || stop.contains(&word(a, n)));
        if t.kind == TokKind::Number
            && toks[i - 1].kind == TokKind::Word
            && toks[i - 1].span.slice(text).starts_with(char::is_lowercase)
            && text
                .get(toks[i - 1].span.end()..t.span.start())
                .is_some_and(|g| g == " ")
            && matches!(
                prep.as_str(),
                "in" | "on" | "at" | "of" | "after" | "before" | "from" | "during" | "until"
            )
            && t.span.slice(text).bytes().all(|b| b.is_ascii_digit())
            && (1.0..1000.0).contains(&value)
            && nothing_after
            && prev.chars().count() > 2
            && !prev.ends_with("ing")
            && !prev.ends_with("ed")
            && !stop.contains(&prev)
            && !lx.not_nouns.contains(&prev)
            && !lx.labels.contains_key(&prev)
            && !lx.units.contains_key(&prev)
            && !lx.approx.contains(&prev)
            && ![&lx.at_least, &lx.at_most]
                .iter()
                .any(|l| l.iter().any(|q| q.split(' ').any(|p| p == prev)))
            && !crate::lexicon::Lexicons::get().is_calendar_word(&prev)
            && crate::text::dict::knows(Lang::En, &prev) == Some(true)
        {
            ordinal = true;
            noun = Some(prev);
        }
    }
    let evolving = noun.as_ref().is_some_and(|n| lx.evolving.contains(n));
    let measure = noun
        .as_ref()
        .filter(|n| lx.generic.contains(*n))
        .and_then(|_| {
            let stop = crate::extract::stopwords();
            // A common noun: "maire de Toulon pendant douze ans" measures no Toulon.
            toks[i.saturating_sub(4)..i]
                .iter()
                .rev()
                .filter(|t| {
                    t.kind == TokKind::Word && !t.span.slice(text).starts_with(char::is_uppercase)
                })
                .map(|t| word(a, t))
                .find(|w| {
                    !stop.contains(w)
                        && w.chars().count() > 2
                        // "condamné jeudi 25 septembre X à cinq ans": a date measures nothing.
                        && !crate::lexicon::Lexicons::get().is_calendar_word(w)
                        && !lx.approx.contains(w)
                        && !lx.at_least.iter().any(|q| q.split(' ').any(|p| p == w))
                        && !lx.at_most.iter().any(|q| q.split(' ').any(|p| p == w))
                })
        });
    let label = (i > 0 && unit.is_none() && !ordinal)
        .then(|| {
            let prev = word(a, &toks[i - 1]);
            // "d'une magnitude de 7,7", "of magnitude 7.7": the label one "de"/"of" back
            // ("de magnitude 7 degrés" too); "un groupe de 14 grimpeurs", "a group of nine
            // skiers" count their noun.
            let before_of = (i > 1
                && noun.as_ref().is_none_or(|n| lx.generic.contains(n))
                && matches!(prev.as_str(), "de" | "of" | "d'"))
            .then(|| lx.labels.get(&word(a, &toks[i - 2])))
            .flatten();
            // "a 7.7-magnitude quake", "a 7.7 magnitude earthquake": a label written after.
            let after = toks[end + 1..]
                .iter()
                .take(2)
                .find(|n| n.kind == TokKind::Word)
                .filter(|n| {
                    text.get(toks[end].span.end()..n.span.start())
                        .is_some_and(|g| g.trim_matches([' ', '-']).is_empty())
                })
                .and_then(|n| lx.labels.get(&word(a, n)))
                .filter(|l| lx.trailing_labels.contains(l));
            lx.labels
                .get(&prev)
                .or(before_of)
                .or(after)
                .cloned()
                .or_else(|| {
                    // "Boeing 787", "Apollo 11", "France 2": a number after a name, inside the
                    // sentence, names a model or a series rather than counting anything.
                    // Opening the sentence, only a name no dictionary knows ("Ariane 6
                    // réussit son premier vol"): "Quelque 30 lancements" counts.
                    let opening_name = || {
                        [Lang::Fr, Lang::En]
                            .iter()
                            .all(|&l| crate::text::dict::knows(l, &prev) == Some(false))
                    };
                    let named = (i > 1 || (i == 1 && opening_name()))
                        && t.kind == TokKind::Number
                        && toks[i - 1].kind == TokKind::Word
                        && toks[i - 1].span.slice(text).starts_with(char::is_uppercase)
                        && !crate::finding::overlaps_any(skip, toks[i - 1].span)
                        && !crate::extract::stopwords().contains(&prev);
                    named.then_some(prev)
                })
        })
        .flatten()
        .or_else(|| {
            // "7.7-magnitude": the label glued on, read as the noun.
            noun.as_ref()
                .and_then(|n| lx.labels.get(n))
                .filter(|l| lx.trailing_labels.contains(l))
                .cloned()
        });
    out.push(FigureFact {
        span: Span {
            start: t.span.start,
            end: toks[end].span.end,
        },
        value,
        unit,
        noun,
        qualifier,
        ordinal,
        evolving,
        resolution,
        measure,
        label,
        model,
    });
    end + 1 - i
}

/// The capitalised name (one word, or two when both are capitalised) standing at token `k`.
/// "Boeing 787-8", "Falcon 9-1": a model's variant after a name is the model ("787"), as
/// reports that leave the variant out write it. Other hyphenated numbers (a score, a range
/// of years) are no figure.
fn model_variant(a: &Article, toks: &[Token], i: usize, lit: &str) -> Option<f64> {
    let (model, variant) = lit.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let prev = toks.get(i.checked_sub(1)?)?;
    (digits(model)
        && digits(variant)
        && variant.len() < model.len()
        && prev.kind == TokKind::Word
        && prev.span.end < toks[i].span.start
        && prev.span.slice(&a.text).starts_with(char::is_uppercase)
        && !crate::extract::stopwords().contains(&word(a, prev)))
    .then(|| model.parse().ok())
    .flatten()
}

fn model_after(a: &Article, toks: &[Token], k: usize) -> Option<String> {
    let text = &a.text;
    let is_name = |t: &Token| {
        t.kind == TokKind::Word && {
            let w = t.span.slice(text);
            w.chars().count() > 1
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
        }
    };
    let first = toks.get(k).filter(|t| is_name(t))?;
    let written = first.span.slice(text);
    let folded = fold(written);
    if crate::extract::demonyms::country_of(written).is_some()
        || crate::extract::stopwords().contains(&folded)
        || crate::lexicon::Lexicons::get().is_calendar_word(&folded)
        // "18 MPs": a noun the lexicon counts, in capitals.
        || crate::claims::concepts::Concepts::get().counted(&folded).is_some()
    {
        return None;
    }
    let mut name = folded;
    if let Some(second) = toks.get(k + 1).filter(|t| is_name(t)) {
        if toks[k].span.end == second.span.start - 1 {
            name.push(' ');
            name.push_str(&fold(second.span.slice(text)));
        }
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use crate::analysis::Analysis;

    fn figs(text: &str) -> Vec<String> {
        let an = Analysis::from_texts(&[("a.txt".into(), text.into())]);
        an.facts[0]
            .figures
            .iter()
            .map(|f| format!("{:?}:{}", f.qualifier, f.display()))
            .collect()
    }

    #[test]
    fn a_count_reads_its_noun_past_a_models_name_and_code() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nRome will buy 24 additional F-35 jets, then 12 more Su-57 fighter jets and 16 Airbus A320 planes.\n");
        assert_eq!(f[..2], ["Exact:24 jets", "Exact:12 jets"], "{f:?}");
        assert!(f.contains(&"Exact:16 planes".to_string()), "{f:?}");
    }

    #[test]
    fn an_ordinal_compound_ranks_its_noun() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nHe scored a 78th-minute penalty after a 3rd-place finish.\n");
        assert_eq!(f, ["Exact:78e minute", "Exact:3e place"], "{f:?}");
    }

    #[test]
    fn a_number_next_counts_its_own_noun_and_race_times_keep_their_tenths() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nHe added the third nine minutes from time, in 24 minutes 31.5 seconds.\n");
        assert_eq!(
            f,
            ["Exact:3e", "Exact:9 minutes", "Exact:1471.5 s"],
            "{f:?}"
        );
        let f = figs(" date 2026-12-11 T\n\nIl a gagné en 24 min 31 s 5, elle en 25'02''4.\n");
        assert_eq!(f, ["Exact:1471.5 s", "Exact:1502.4 s"], "{f:?}");
    }

    #[test]
    fn items_of_a_series_are_ranked() {
        let f = figs("+++\nlang = \"en\"\n+++\nShe resigned on move 41 in game 9, the 12th and final game, with at least 5 left.\n");
        assert_eq!(
            f,
            [
                "Exact:41e move",
                "Exact:9e game",
                "Exact:12e game",
                "AtLeast:5 left"
            ],
        );
        let f = figs("T\n\nIl a gagné la 12e et dernière partie.\n");
        assert_eq!(f, ["Exact:12e partie"]);
    }

    #[test]
    fn a_group_of_people_counts_them_and_a_magnitude_labels_its_number() {
        let an = Analysis::from_texts(&[(
            "a.txt".into(),
            "T\n\nUn groupe de 14 grimpeurs a atteint le sommet après un séisme d'une magnitude de 6 degrés.\n".into(),
        )]);
        let f = &an.facts[0].figures;
        assert_eq!(f[0].label, None, "{f:?}");
        assert_eq!(f[0].noun.as_deref(), Some("grimpeurs"));
        assert_eq!(f[1].label.as_deref(), Some("magnitude"), "{f:?}");
    }

    #[test]
    fn thousands_groups_end_with_their_decimals() {
        let f = figs("T\n\nLa sonde a rapporté 1 935,3 grammes de roches, et 12 345 678 tonnes.\n");
        assert!(f.contains(&"Exact:1935.3 grammes".to_string()), "{f:?}");
        assert!(f.contains(&"Exact:12.346 million t".to_string()), "{f:?}");
    }

    #[test]
    fn a_count_of_a_model_counts_the_noun_after_its_name() {
        let en = figs("+++\nlang = \"en\"\n+++\nT\n\nRegulators grounded 171 Boeing 737 Max 9 planes, and the airline 65 Max 9 jets.\n");
        assert!(en.contains(&"Exact:171 planes".to_string()), "{en:?}");
        assert!(en.contains(&"Exact:65 jets".to_string()), "{en:?}");
        // A name with no counted noun after it counts nothing the lexicon knows.
        let bare = figs("+++\nlang = \"en\"\n+++\nT\n\nThe army bought 36 Rafale last year.\n");
        assert!(bare.contains(&"Exact:36".to_string()), "{bare:?}");
    }

    #[test]
    fn a_half_after_a_number_or_its_noun_counts() {
        let fr = figs("T\n\nLe jury a délibéré onze heures et demie, dans une ville de deux millions et demi d'habitants.\n");
        assert_eq!(fr, ["Exact:11.5 heures", "Exact:2.5 million habitants"]);
        let en =
            figs("+++\nlang = \"en\"\n+++\nT\n\nThe jury deliberated for 11 and a half hours.\n");
        assert_eq!(en, ["Exact:11.5 hours"]);
    }

    #[test]
    fn a_fraction_of_a_point_is_basis_points() {
        let fr = figs("T\n\nLa banque a relevé son taux d'un quart de point, puis de trois quarts de point.\n");
        assert_eq!(fr, ["Exact:25 bp", "Exact:75 bp"]);
        let en = figs("+++\nlang = \"en\"\n+++\nT\n\nThe bank cut rates by half a percentage point, after a quarter-point cut.\n");
        assert_eq!(en, ["Exact:50 bp", "Exact:25 bp"]);
    }

    #[test]
    fn two_floors_of_one_count_and_a_slipped_race_time_compare() {
        use super::{compatible, Qualifier::*};
        // "More than 15,600" and "more than 17,600" are one official count written twice.
        assert!(!compatible(
            (15600.0, AtLeast, 100.0),
            (17600.0, AtLeast, 100.0)
        ));
        assert!(compatible((15600.0, AtLeast, 100.0), (16000.0, Exact, 1.0)));
        assert!(compatible((300.0, AtLeast, 100.0), (320.0, AtLeast, 10.0)));
        assert!(compatible((144.0, AtLeast, 1.0), (1000.0, AtLeast, 1000.0)));
        // An exact count below a floor is not within it ("hundreds" and 71), unless the
        // floor rounds it ("plus de 300" and 290).
        assert!(!compatible((100.0, AtLeast, 100.0), (71.0, Exact, 1.0)));
        assert!(!compatible((250.0, Exact, 1.0), (300.0, AtLeast, 100.0)));
        assert!(compatible((300.0, AtLeast, 100.0), (290.0, Exact, 1.0)));
        // Under a hundred a floor is a count: "at least 25" is not "at least 23".
        assert!(!compatible((23.0, AtLeast, 1.0), (25.0, AtLeast, 1.0)));
        // "61 s" is a slip inside the time, not the end of it.
        let f = figs("T\n\nElle a gagné en 2 h 09 min 61 s.\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("7801"), "{f:?}");
    }

    #[test]
    fn a_hedge_governs_both_counts_it_joins_and_above_is_a_floor() {
        let f = figs("T\n\nL'explosion a fait au moins trois morts et 40 blessés.\n");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f.iter().all(|x| x.starts_with("AtLeast")), "{f:?}");
        // Two counts each in its own clause keep their own precision.
        let f = figs(
            "T\n\nL'explosion a fait au moins trois morts, et la police a arrêté 40 personnes.\n",
        );
        assert!(
            f.iter().any(|x| x.starts_with("Exact") && x.contains("40")),
            "{f:?}"
        );
        let en = figs("+++\nlang = \"en\"\n+++\nT\n\nGusts above 180 km/h hit the coast.\n");
        assert!(en.iter().any(|x| x.starts_with("AtLeast")), "{en:?}");
        // Above a number with its article, another number is compared with it.
        let en = figs(
            "+++\nlang = \"en\"\n+++\nT\n\nThe motion won 301 votes, well above the 289 needed.\n",
        );
        assert!(
            en.iter()
                .any(|x| x.starts_with("Exact") && x.contains("289")),
            "{en:?}"
        );
    }

    #[test]
    fn a_singular_before_a_plural_qualifies_it() {
        // "Passenger" is counted in the plural: before "trains" it says what trains.
        let f = figs(
            "+++\nlang = \"en\"\n+++\nT\n\nTwo passenger trains collided and 12 crew survived.\n",
        );
        assert!(f.iter().any(|x| x.ends_with("2 trains")), "{f:?}");
        assert!(f.iter().any(|x| x.ends_with("12 crew")), "{f:?}");
    }

    #[test]
    fn an_adverb_of_place_ends_the_search_for_a_noun_three_words_may_qualify_it() {
        let f = figs(
            "+++\nlang = \"en\"\n+++\nT\n\nA jet with 239 aboard goes missing. Sixteen Dutch primary school pupils were among them.\n",
        );
        assert!(f.contains(&"Exact:239".to_string()), "{f:?}");
        assert!(f.iter().any(|x| x.ends_with("16 pupils")), "{f:?}");
    }

    #[test]
    fn a_french_imperfect_or_an_auxiliary_after_a_count_is_no_noun() {
        let f =
            figs(" date 2026-03-02 T\n\nDouze étaient encore coincés et sept seront évacués.\n");
        assert!(f.contains(&"Exact:12".to_string()), "{f:?}");
        assert!(f.contains(&"Exact:7".to_string()), "{f:?}");
        // A noun still counts: "douze alpinistes".
        let f = figs(" date 2026-03-02 T\n\nDouze alpinistes étaient encore coincés.\n");
        assert!(f.iter().any(|x| x.ends_with("12 alpinistes")), "{f:?}");
    }

    #[test]
    fn a_collective_is_vaguer_than_a_hedged_figure() {
        use super::{compatible, Qualifier::*};
        let an = Analysis::from_texts(&[(
            "a.txt".into(),
            "T\n\nIl a sombré une vingtaine de minutes plus tard.\n".into(),
        )]);
        let f = &an.facts[0].figures[0];
        assert_eq!((f.value, f.qualifier), (20.0, Approx));
        // "Une vingtaine" and "about 25" can be one quantity; "around 27" and "près de 30"
        // cannot, nor can an exact 25 and an exact 20.
        assert!(compatible(
            (f.value, f.qualifier, f.resolution),
            (25.0, Approx, 1.0)
        ));
        assert!(!compatible((27.0, Approx, 1.0), (30.0, Approx, 1.0)));
        assert!(!compatible((20.0, Exact, 1.0), (25.0, Exact, 1.0)));
        // A count rounded to its hundreds, not a count ten per cent off nor a magnitude.
        assert!(compatible((3400.0, Exact, 1.0), (3408.0, Exact, 1.0)));
        assert!(compatible((12_345.0, Exact, 1.0), (12_000.0, Exact, 1.0)));
        assert!(!compatible((3400.0, Exact, 1.0), (3740.0, Exact, 1.0)));
        assert!(!compatible((1700.0, Exact, 1.0), (1644.0, Exact, 1.0)));
        assert!(!compatible((1000.0, Exact, 1.0), (1400.0, Exact, 1.0)));
        assert!(!compatible((3410.0, Exact, 1.0), (3408.0, Exact, 1.0)));
    }

    #[test]
    fn an_amount_with_no_noun_takes_the_nearer_count_of_its_sentence_else_the_currency() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nProfit was 2.5 billion euros. The carrier flew 119 million passengers and expects 207 million over the year. It will invest 300 million.\n");
        assert_eq!(
            f,
            [
                "Exact:2.5 billion EUR",
                "Exact:119 million passengers",
                "Exact:207 million passengers",
                "Exact:300 million EUR"
            ]
        );
    }

    #[test]
    fn scales_and_units_written_against_the_digits() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nThe group paid $32bn, a fee of €88m and £1.2m, then drove 27km with 11 million Swedish crowns.\n");
        assert_eq!(
            f,
            [
                "Exact:32 billion USD",
                "Exact:88 million EUR",
                "Exact:1.2 million GBP",
                "Exact:27 km",
                "Exact:11 million crown"
            ]
        );
        // A possessive owns the whole as "its" does: the part counts the whole's noun.
        let f = figs(
            "+++\nlang = \"en\"\n+++\nT\n\nThe plan carried 14 of the country's 26 cantons.\n",
        );
        assert_eq!(f, ["Exact:14 cantons", "Exact:26 cantons"]);
        // Written to the tenth of a billion, as "1.1 billion" is: not "1 to 2 billion".
        let an = Analysis::from_texts(&[(
            "a.txt".into(),
            "+++\nlang = \"en\"\n+++\nT\n\nThe fine was €1.1bn, or 1.1 billion euros.\n".into(),
        )]);
        let res: Vec<f64> = an.facts[0].figures.iter().map(|f| f.resolution).collect();
        assert_eq!(res, [1e8, 1e8]);
    }

    #[test]
    fn a_round_hedge_holds_what_rounds_to_it() {
        use crate::extract::figures::compatible;
        let about = |v: f64| (v, crate::extract::figures::Qualifier::Approx, 1.0);
        let exact = |v: f64| (v, crate::extract::figures::Qualifier::Exact, 1.0);
        assert!(compatible(about(350.0), exact(358.0)));
        assert!(!compatible(about(350.0), exact(385.0)));
        assert!(compatible(about(700.0), exact(740.0)));
        assert!(!compatible(exact(770.0), about(700.0)));
        // Two roundings: each within the other's.
        assert!(compatible(about(500.0), about(520.0)));
        assert!(!compatible(about(500.0), about(550.0)));
        // A collective is vaguer than a rounding.
        assert!(compatible(
            (20.0, crate::extract::figures::Qualifier::Approx, 20.0),
            exact(24.0)
        ));
    }

    #[test]
    fn french_numbers_units_nouns() {
        let f = figs(" date 2025-07-15 T\n\nLes échanges ont atteint 240 milliards d'euros avec 10 pays, soit 1,5 % de plus, et 3 000 morts.\n");
        assert_eq!(
            f,
            [
                "Exact:240 billion EUR",
                "Exact:10 pays",
                "Exact:1.5 %",
                "Exact:3000 morts"
            ]
        );
        let f = figs(" date 2025-07-15 T\n\nLe séisme a fait 1.305 morts et plus de 240 000 sinistrés, selon près de dix sources.\n");
        assert_eq!(
            f,
            [
                "Exact:1305 morts",
                "AtLeast:240000 sinistres",
                "Approx:10 sources"
            ]
        );
        // A hedging verb before an article: "dépasse les 280 morts".
        let f = figs(" date 2025-07-15 T\n\nLe bilan dépasse les 280 morts.\n");
        assert_eq!(f, ["AtLeast:280 morts"]);
    }

    #[test]
    fn english_words_ordinals_collectives() {
        let f = figs("+++\nlang = \"en\"\n+++\nAn estimated 26.6 million lives, a 72-hour ceasefire and 1,500 soldiers joined twenty-seven leaders.\n");
        assert_eq!(
            f,
            [
                "Approx:26.6 million lives",
                "Exact:72 hour",
                "Exact:1500 soldiers",
                "Exact:27 leaders"
            ]
        );
        let f = figs(" date 2025-05-09 T\n\nLe 80e anniversaire, la huitième édition et une trentaine de dirigeants, vingt-sept pays et deux cents morts.\n");
        assert_eq!(
            f,
            [
                "Exact:80e anniversaire",
                "Exact:8e edition",
                "Approx:30 dirigeants",
                "Exact:27 pays",
                "Exact:200 morts"
            ]
        );
    }

    #[test]
    fn a_duration_in_several_units_is_one_figure_in_seconds() {
        let en = figs("+++\nlang = \"en\"\n+++\nT\n\nShe won in 2 hours, 11 minutes, 53 seconds; he ran 2:02:42 and spoke for 1 hour and 25 minutes.\n");
        assert_eq!(en, ["Exact:7913 s", "Exact:7362 s", "Exact:5100 s"]);
        let fr = figs(" date 2023-09-24 T\n\nElle a gagné en 2 h 11 min 53 s, soit 2 minutes et 11 secondes de mieux, à 14 h 30.\n");
        assert_eq!(fr, ["Exact:7913 s", "Exact:131 s"]);
        // Seconds after a prime make a race time, never a clock.
        let text = " date 2026-12-06 T\n\nIl a gagné en 2h03'41, elle en 2 h 16' 05'' et lui en 2h05’12.\n";
        assert_eq!(figs(text), ["Exact:7421 s", "Exact:8165 s", "Exact:7512 s"]);
        let an = Analysis::from_texts(&[("a.txt".into(), text.into())]);
        assert!(an.facts[0].times.is_empty(), "{:?}", an.facts[0].times);
    }

    #[test]
    fn a_noun_before_of_counts_a_figure_a_past_form_does_not() {
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nA crowd of 67,000 watched the final, and 12 people died.\n");
        assert_eq!(f, ["Exact:67000 crowd", "Exact:12 people"]);
    }

    #[test]
    fn ordinals_past_the_tenth_are_read_in_words() {
        let f = figs("T\n\nC'est la treizième éruption, la vingt-et-unième alerte.\n");
        assert_eq!(f, ["Exact:13e eruption", "Exact:21e alerte"]);
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nIt is the thirteenth eruption and the twenty-first alert.\n");
        assert_eq!(f, ["Exact:13e eruption", "Exact:21e alert"]);
    }

    #[test]
    fn french_degrees_are_celsius_unless_a_quake_or_an_angle_measures_them() {
        let f = figs("T\n\nIl faisait 35 degrés jeudi, et à peine 12 degrés dimanche.\n");
        assert_eq!(f, ["Exact:35 °C", "Exact:12 °C"]);
        let f =
            figs("T\n\nUn séisme de 6 degrés sur l'échelle de Richter. Un virage à 180 degrés.\n");
        assert!(f.iter().all(|x| !x.contains('C')), "{f:?}");
        // English "degrees" may be Fahrenheit: left for the reports that name the scale.
        let f = figs("+++\nlang = \"en\"\n+++\nT\n\nIt was 95 degrees on Thursday.\n");
        assert!(f.iter().all(|x| !x.contains('C')), "{f:?}");
    }

    #[test]
    fn a_unit_glued_to_its_digits_goes_on_past_the_slash() {
        let f =
            figs("+++\nlang = \"en\"\n+++\nT\n\nWinds reached 185km/h (115mph) on the coast.\n");
        assert_eq!(f, ["Exact:185 km/h", "Exact:115 mph"]);
    }

    #[test]
    fn dates_and_times_are_not_figures() {
        let f = figs(" date 2025-07-15 T\n\nLe 15 juillet 2025 à 23h11, un montant record.\n");
        assert!(f.is_empty(), "{f:?}");
    }
}

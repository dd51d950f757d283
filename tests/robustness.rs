//! Arbitrary text never makes recoupe panic: random articles made of the pieces that trip
//! tokenizers and date grammars (quotes, apostrophes, BOM, CR, NBSP, digits, emoji) go through
//! the whole pipeline and every rule.

use recoupe::analysis::Analysis;
use recoupe::rules::{Registry, Settings};

const PIECES: &[&str] = &[
    "Le ",
    "la ",
    "Xi Jinping",
    " Poutine",
    "Pékin",
    "Chicago",
    " a déclaré ",
    "« ",
    " »",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "l'",
    "d’",
    "mercredi ",
    "4 ",
    "février ",
    "2026",
    "du 20 au ",
    "22 mars",
    "1er",
    "240",
    " 000",
    "1,5",
    "1.305",
    "milliards",
    " d'euros",
    "%",
    "$",
    "€",
    "vingt-sept",
    "quatre",
    "80e",
    "23h11",
    ".",
    ",",
    " ,",
    " .",
    "!",
    "?",
    "…",
    "(...)",
    "\n",
    "\r\n",
    "\n\n",
    "\u{feff}",
    "\u{a0}",
    "\u{202f}",
    "🎉",
    "\u{200d}",
    "M.",
    " MM. ",
    "Al-Haouz",
    "XI",
    "ELe",
    "quelques 29",
    " on été ",
    "<!-- recoupe-ignore all -->",
    "+++",
    " date 2025-13-45 ",
    "de la part de ",
    " entre Moscou et ",
    "Shanghai",
    " PM ",
    "Newsletter",
    "( AFP / X )",
    "Tous droits réservés",
    "Par ",
    "ǅ",
    "ß",
    "İ",
    "\t",
    "0",
    "9999999999999999999999",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn random_articles_never_panic() {
    // Dictionary suggestions are slow in debug builds and beside the point here.
    std::env::set_var("RECOUPE_DICTIONARY", "none");
    let reg = Registry::builtin();
    let mut rng = Rng(7);
    for round in 0..40 {
        let articles: Vec<(String, String)> = (0..5)
            .map(|i| {
                let n = 20 + rng.next() % 120;
                let text: String = (0..n).map(|_| PIECES[rng.next() % PIECES.len()]).collect();
                (format!("{round}-{i}.md"), text)
            })
            .collect();
        let an = Analysis::from_texts(&articles);
        let findings = reg.run(&an, &Settings::default());
        for f in &findings {
            let a = an.corpus.get(f.primary.article);
            assert!(f.primary.span.end as usize <= a.text.len());
            assert!(
                a.text.is_char_boundary(f.primary.span.start())
                    && a.text.is_char_boundary(f.primary.span.end())
            );
        }
    }
}

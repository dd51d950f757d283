//! Properties that hold for any corpus (proptest): spans on character boundaries inside the
//! file, line and column that agree with the span, sorted findings, JSON that parses and keeps
//! contract version 1, and the same bytes whatever the number of threads.

use proptest::prelude::*;
use recoupe::analysis::Analysis;
use recoupe::finding::Label;
use recoupe::report::{json, Summary};
use recoupe::rules::{Registry, Settings};

/// Pieces that trip tokenizers, date and figure grammars, alignment and claims.
const PIECES: &[&str] = &[
    "Xi Jinping",
    "Vladimir Poutine",
    "Pékin",
    "Moscou",
    "Chicago",
    " s'est entretenu ",
    " a rencontré ",
    " met ",
    "mercredi ",
    "Wednesday ",
    "4 février 2026",
    "5 février 2026",
    "February 4, 2026",
    "31 février",
    "2026-02-30",
    "12 morts",
    "14 morts",
    "12 dead",
    "au moins ",
    "1 800 milliards de dollars",
    "3,4 %",
    "７５",
    "٤٣",
    "1er",
    "« ",
    " »",
    "\"",
    "’",
    "l'",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{feff}",
    "\u{a0}",
    "\u{1b}[31m",
    "é",
    "🎉",
    "<!-- recoupe-ignore all -->",
    " date 2026-02-04 ",
    "Par ",
    "entetien",
    "entretien",
    "99999999999999999999999",
    "14h20 heure locale",
    "à Pékin",
    "in Beijing",
    "\t",
];

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 1..60)
        .prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect::<String>())
}

fn corpus() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec(article(), 1..4).prop_map(|texts| {
        texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| (format!("a{i}.md"), format!("Titre\n\n{t}\n")))
            .collect()
    })
}

fn check_label(an: &Analysis, l: &Label) -> Result<(), TestCaseError> {
    let a = an.corpus.get(l.article);
    let (s, e) = (l.span.start(), l.span.end());
    prop_assert!(
        s <= e && e <= a.text.len(),
        "span {s}..{e} outside {}",
        a.text.len()
    );
    prop_assert!(a.text.is_char_boundary(s) && a.text.is_char_boundary(e));
    Ok(())
}

fn lint(articles: &[(String, String)], threads: usize) -> (Analysis, String) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let an = Analysis::from_texts(articles);
        let findings = Registry::builtin().run(&an, &Settings::default());
        let summary = Summary::new(&findings, an.corpus.articles.len(), an.event_count());
        let out = json::render(&an, &findings, summary);
        (an, out)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn findings_are_well_formed(articles in corpus()) {
        std::env::set_var("RECOUPE_DICTIONARY", "none");
        let (an, out) = lint(&articles, 1);
        let findings = Registry::builtin().run(&an, &Settings::default());
        let mut last: Option<(String, u32, String)> = None;
        for f in &findings {
            check_label(&an, &f.primary)?;
            for l in &f.related {
                check_label(&an, l)?;
            }
            prop_assert!(f.related.len() <= recoupe::finding::MAX_RELATED);
            prop_assert!(f.related_total >= f.related.len());
            let raw = f.message.contains('\n') || f.message.contains('\u{1b}');
            prop_assert!(!raw, "control character in message {:?}", f.message);
            let key = (
                an.corpus.get(f.primary.article).display.clone(),
                f.primary.span.start,
                f.rule.clone(),
            );
            if let Some(prev) = &last {
                prop_assert!(prev <= &key, "not sorted: {prev:?} then {key:?}");
            }
            last = Some(key);
        }
        let v: serde_json::Value = serde_json::from_str(&out).expect("JSON parses");
        prop_assert_eq!(v["version"].as_u64(), Some(1));
        for f in v["findings"].as_array().unwrap() {
            // line and column (1-based, in characters) name the span's start.
            let file = f["file"].as_str().unwrap();
            let text = &an.corpus.articles.iter().find(|a| a.display == file).unwrap().text;
            let start = f["span"]["start"].as_u64().unwrap() as usize;
            let before = &text[..start];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
            prop_assert_eq!(f["line"].as_u64(), Some(line as u64));
            prop_assert_eq!(f["column"].as_u64(), Some(col as u64));
        }
    }

    #[test]
    fn same_bytes_whatever_the_threads(articles in corpus()) {
        std::env::set_var("RECOUPE_DICTIONARY", "none");
        let (_, one) = lint(&articles, 1);
        let (_, two) = lint(&articles, 2);
        prop_assert_eq!(one, two);
    }
}

//! What recoupe must find, and must not, on the sample corpus and on the planted fixtures.

use assert_cmd::Command;
use serde_json::Value;

/// What recoupe prints on standard output, with the shipped dictionaries.
fn stdout(args: &[&str]) -> String {
    let out = Command::cargo_bin("recoupe")
        .unwrap()
        .env_remove("RECOUPE_DICTIONARY")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON recoupe prints.
fn run(args: &[&str]) -> Value {
    let out = stdout(args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn findings(path: &str) -> Vec<Value> {
    run(&["lint", path, "--format", "json"])["findings"]
        .as_array()
        .unwrap()
        .clone()
}

fn text_at(f: &Value) -> String {
    let t = std::fs::read_to_string(f["file"].as_str().unwrap()).unwrap();
    t[f["span"]["start"].as_u64().unwrap() as usize..f["span"]["end"].as_u64().unwrap() as usize]
        .to_string()
}

#[test]
fn sample_corpus_chicago_and_entetien() {
    let fs = findings("corpus");
    let chicago = fs
        .iter()
        .find(|f| f["rule"] == "entity/role-mismatch")
        .expect("Chicago reported");
    assert_eq!(text_at(chicago), "Chicago");
    assert!(chicago["file"].as_str().unwrap().contains("003_"));
    assert_eq!(chicago["fix"]["replacement"], "Pékin");
    let typo = fs
        .iter()
        .find(|f| f["rule"] == "spelling/typo" && text_at(f) == "entetien")
        .expect("entetien reported");
    assert_eq!(typo["fix"]["replacement"], "entretien");
    // No error on the agreeing parts: the only error is Chicago.
    let errors: Vec<_> = fs.iter().filter(|f| f["severity"] == "error").collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
}

#[test]
fn sample_corpus_facts_resolve() {
    let v = run(&["facts", "corpus", "--format", "json"]);
    let value = |file: &str, text: &str| -> String {
        let art = v
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["file"].as_str().unwrap().contains(file))
            .unwrap();
        let f = art["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["text"] == text)
            .unwrap_or_else(|| panic!("{text} not in {file}"));
        f["value"].as_str().unwrap().to_string()
    };
    assert_eq!(value("000_", "vendredi 8 août"), "2025-08-08");
    assert_eq!(value("001_", "mercredi"), "2026-02-04");
    assert_eq!(value("002_", "mardi 15 juillet"), "2025-07-15");
    assert_eq!(value("002_", "240 milliards d'euros"), "240 billion EUR");
    assert_eq!(value("002_", "10"), "10 pays");
    assert_eq!(value("004_", "mercredi 4 février 2026"), "2026-02-04");
    assert_eq!(value("004_", "premier semestre de l'année"), "2026-H1");
}

#[test]
fn snapshot_facts_of_each_sample_article() {
    for entry in std::fs::read_dir("corpus").unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let out = Command::cargo_bin("recoupe")
            .unwrap()
            .env_remove("RECOUPE_DICTIONARY")
            .args(["facts"])
            .arg(&p)
            .output()
            .unwrap();
        insta::assert_snapshot!(
            format!("facts_{name}"),
            String::from_utf8(out.stdout).unwrap()
        );
    }
}

#[test]
fn sample_corpus_events_group_001_and_004() {
    let v = run(&["events", "corpus", "--format", "json"]);
    let evs = v["events"].as_array().unwrap();
    let call = evs
        .iter()
        .find(|e| {
            let files: Vec<&str> = e["reports"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["file"].as_str().unwrap())
                .collect();
            files.iter().any(|f| f.contains("001_")) && files.iter().any(|f| f.contains("004_"))
        })
        .expect("001 and 004 in one event");
    assert_eq!(call["date"], "2026-02-04");
    assert_eq!(call["kind"], "call");
    let corr: Vec<(String, String)> = call["corroborated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["value"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for want in [
        ("date", "2026-02-04"),
        ("date", "2026-H1"),
        ("entity", "Iouri Ouchakov"),
    ] {
        assert!(
            corr.contains(&(want.0.to_string(), want.1.to_string())),
            "{want:?} not corroborated in {corr:?}"
        );
    }
    assert!(call["conflicts"].as_array().unwrap().is_empty());
}

#[test]
fn planted_conflicts_are_found_with_both_articles() {
    let fs = findings("tests/fixtures/planted");
    let planted = "tests/fixtures/planted/c_planted.txt";
    let expect = [
        ("date/weekday-mismatch", "jeudi 4 février 2026"),
        ("entity/name-variant", "Ouchakof"),
        ("figure/conflict", "254 milliards de dollars"),
        ("entity/substitution", "Tokyo"),
        ("date/conflict", "6 février 2026"),
    ];
    for (rule, text) in expect {
        let f = fs
            .iter()
            .find(|f| f["rule"] == rule && f["file"] == planted && text_at(f) == text)
            .unwrap_or_else(|| panic!("{rule} on `{text}` not found"));
        assert_eq!(f["severity"], "error", "{f}");
        if rule != "date/weekday-mismatch" {
            let other = f["related"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["file"] != planted);
            assert!(other, "{rule} has no label in another article");
        }
    }
    let quote = fs
        .iter()
        .find(|f| f["rule"] == "quote/drift")
        .expect("quote drift found");
    assert_eq!(quote["file"], planted);
    assert!(quote["help"].as_str().unwrap().contains("`été`"));
    // The clean accounts and the paraphrase carry no error or warning.
    for f in &fs {
        if f["file"] != planted {
            assert_eq!(f["severity"], "info", "{f}");
        }
    }
}

#[test]
fn snapshot_planted_lint_and_events() {
    insta::assert_snapshot!(
        "planted_lint_human",
        stdout(&["lint", "tests/fixtures/planted", "--color", "never"])
    );
    insta::assert_snapshot!(
        "planted_events",
        stdout(&["events", "tests/fixtures/planted"])
    );
    insta::assert_snapshot!("corpus_events", stdout(&["events", "corpus"]));
}

#[test]
fn planted_conflicts_in_english_articles() {
    let fs = findings("tests/fixtures/planted-en");
    let planted = "tests/fixtures/planted-en/c_planted.txt";
    for (rule, text, severity) in [
        ("date/weekday-mismatch", "Friday, June 12, 2025", "error"),
        ("entity/substitution", "Madrid", "error"),
        ("figure/conflict", "54 million", "error"),
        ("entity/name-variant", "Sanchéz", "warning"),
    ] {
        let f = fs
            .iter()
            .find(|f| f["rule"] == rule && f["file"] == planted && text_at(f) == text)
            .unwrap_or_else(|| panic!("{rule} on `{text}` not found"));
        assert_eq!(f["severity"], severity, "{f}");
    }
    // One finding per planted mistake: the event-level checks do not repeat the aligned ones.
    let substitutions = fs
        .iter()
        .filter(|f| f["rule"] == "entity/substitution")
        .count();
    assert_eq!(substitutions, 1);
    for f in fs.iter().filter(|f| f["file"] != planted) {
        assert_eq!(f["severity"], "info", "{f}");
    }
}

/// With the shipped French dictionary, a word the corpus cannot correct is checked against the
/// dictionary, and the correction the corpus uses is preferred.
#[test]
fn dictionary_typos_with_the_shipped_dictionary() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        " date 2025-03-20 A\n\nLe président a salué la volonté de la Chine.\n",
    )
    .unwrap();
    std::fs::write(d.path().join("b.txt"), " date 2025-03-20 B\n\nVladimir Poutine a saluté le rôle constructif de Pékin lors de la rencontre.\n").unwrap();
    let out = Command::cargo_bin("recoupe")
        .unwrap()
        .env_remove("RECOUPE_DICTIONARY")
        .args(["lint", "--format", "json"])
        .arg(d.path())
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let typo = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "spelling/typo")
        .expect("saluté reported");
    assert_eq!(typo["fix"]["replacement"], "salué");
    assert_eq!(typo["severity"], "warning");
}

/// Similar sentences about two events (two visits at different dates) are not slips: what
/// differs between them is a warning at most.
#[test]
fn similar_sentences_about_two_events_are_warnings() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("a.txt"),
        " date 2025-05-10 A\n\nLe président chinois Xi Jinping s'était rendu à Moscou en mars 2023 pour une visite d'État de trois jours.\n",
    )
    .unwrap();
    std::fs::write(
        d.path().join("b.txt"),
        " date 2025-05-10 B\n\nLe président chinois Xi Jinping s'était rendu à Kazan en octobre 2024 pour une visite d'État de trois jours.\n",
    )
    .unwrap();
    let v = run(&["lint", d.path().to_str().unwrap(), "--format", "json"]);
    let fs = v["findings"].as_array().unwrap();
    assert!(
        fs.iter().any(|f| f["category"] == "date"
            || f["category"] == "figure"
            || f["category"] == "entity"),
        "{fs:#?}"
    );
    assert!(fs.iter().all(|f| f["severity"] != "error"), "{fs:#?}");
}

/// Reports of one event that are paraphrases and translations of each other, sharing no
/// sentence: every kind of claim conflict is found across languages, and the legitimate
/// differences (a rising toll, a hedged figure) are not errors.
#[test]
fn paraphrase_conflicts_found_across_languages() {
    let fs = findings("tests/fixtures/paraphrase");
    let find = |rule: &str, file: &str, text: &str| {
        fs.iter()
            .find(|f| {
                f["rule"] == rule
                    && f["file"].as_str().unwrap().ends_with(file)
                    && text_at(f) == text
            })
            .unwrap_or_else(|| panic!("{rule} on `{text}` in {file}: {fs:#?}"))
            .clone()
    };
    for (rule, file, text, severity) in [
        (
            "date/conflict",
            "d_herald.txt",
            "Wednesday, October 14",
            "error",
        ),
        (
            "date/conflict",
            "e_tribune.txt",
            "October 12 to 15",
            "error",
        ),
        ("figure/conflict", "d_herald.txt", "11", "error"),
        ("figure/conflict", "e_tribune.txt", "fourth", "error"),
        (
            "entity/substitution",
            "e_tribune.txt",
            "Mexico City",
            "error",
        ),
        // Who did what: the host every French report names, swapped for another leader.
        (
            "event/participant-conflict",
            "e_tribune.txt",
            "Javier Milei",
            "warning",
        ),
    ] {
        let f = find(rule, file, text);
        assert_eq!(f["severity"], severity, "{f:#}");
        // The English outlier points at the French reports that outvote it.
        let related = f["related"].as_array().unwrap();
        assert!(!related.is_empty() && related.len() <= 3, "{f:#}");
        assert!(
            related
                .iter()
                .any(|r| r["file"].as_str().unwrap().ends_with("_quotidien.txt")
                    || r["file"].as_str().unwrap().ends_with("_matin.txt")
                    || r["file"].as_str().unwrap().ends_with("_revue.txt")),
            "{f:#}"
        );
    }
    // A toll that rises between two days' reports is information, never more.
    let toll = find("figure/conflict", "b_matin.txt", "38");
    assert_eq!(toll["severity"], "info");
    // "près de 120" and "118" agree; nothing else is an error.
    assert!(!fs
        .iter()
        .any(|f| text_at(f) == "118" || text_at(f) == "120"));
    let errors = fs.iter().filter(|f| f["severity"] == "error").count();
    assert_eq!(errors, 5, "{fs:#?}");
}

#[test]
fn paraphrase_events_and_claims_snapshot() {
    insta::assert_snapshot!(stdout(&["events", "tests/fixtures/paraphrase"]));
    insta::assert_snapshot!(stdout(&[
        "lint",
        "tests/fixtures/paraphrase",
        "--format",
        "short"
    ]));
    let facts = run(&["facts", "tests/fixtures/paraphrase", "--format", "json"]);
    let claims = facts[3]["claims"].as_array().unwrap();
    assert!(claims.iter().any(|c| c["key"]["aspect"] == "quantity"
        && c["key"]["concept"] == "documents"
        && c["value"] == "11"));
}

/// General news, beyond diplomacy: a train collision and a parliamentary vote, reported in
/// French and English with no sentence in common, name no gazetteer person as the subject of
/// the happening. The reports still form one event each, and each planted slip (a day, a
/// time, a count, a place, a vote tally) is weighed against the others.
#[test]
fn general_news_events_and_slips() {
    for dir in ["tests/fixtures/accident", "tests/fixtures/election"] {
        let events = run(&["events", dir, "--format", "json"]);
        let events = events["events"].as_array().unwrap();
        assert_eq!(events.len(), 1, "{dir}: {events:#?}");
        assert_eq!(
            events[0]["reports"].as_array().unwrap().len(),
            4,
            "{dir}: {events:#?}"
        );
    }
    let fs = findings("tests/fixtures/accident");
    for (rule, file, text) in [
        ("date/conflict", "lesoir-train.txt", "mercredi 10 juin"),
        ("date/conflict", "guardian-train.txt", "8:52 a.m."),
        ("figure/conflict", "ansa-train.txt", "500"),
        ("entity/substitution", "guardian-train.txt", "Naples"),
    ] {
        assert!(
            fs.iter().any(|f| f["rule"] == rule
                && f["file"].as_str().unwrap().ends_with(file)
                && text_at(f) == text
                && f["severity"] != "info"),
            "{rule} on `{text}` in {file}: {fs:#?}"
        );
    }
    assert_eq!(fs.len(), 4, "{fs:#?}");
    // "325 voix sur 630" and "il lui a manqué six voix" are three quantities, not three
    // values of one: only the tally the others contradict is reported.
    let fs = findings("tests/fixtures/election");
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(fs[0]["rule"], "figure/conflict");
    assert_eq!(text_at(&fs[0]), "352");
    // A two-day summit: opened on Saturday, ended on Sunday, "se tient jusqu'à dimanche" (the
    // coming Sunday). The opening and the closing day are two facts; nothing to report.
    let fs = findings("tests/fixtures/summit");
    assert!(fs.is_empty(), "{fs:#?}");
    // An age, written five ways in two languages ("à l'âge de 91 ans", "à 91 ans", "aged
    // 91", "at the age of 91", "dies at 91"), is one fact about one person.
    // Crowd sizes: the ministry and the unions count differently, and each report says whose
    // count it gives. One event; differences are information at most.
    let events = run(&["events", "tests/fixtures/protest", "--format", "json"]);
    assert_eq!(events["events"].as_array().unwrap().len(), 1, "{events:#}");
    let fs = findings("tests/fixtures/protest");
    assert!(fs.iter().all(|f| f["severity"] == "info"), "{fs:#?}");
    // A final, reported as "en finale", "beat", "beating": one match, one day.
    let fs = findings("tests/fixtures/match");
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(fs[0]["rule"], "date/conflict");
    assert_eq!(text_at(&fs[0]), "Sunday, June 1");
    // A visit: "arrivé vendredi, se rendra samedi" is two days of it, "Narendra" is no verb in
    // the future, and "arrived in Tokyo on Thursday, and will hold talks" is a past Thursday,
    // a day before the others' Friday.
    let fs = findings("tests/fixtures/visit");
    assert_eq!(fs.len(), 1, "{fs:#?}");
    assert_eq!(fs[0]["rule"], "date/conflict");
    assert_eq!(text_at(&fs[0]), "Thursday");
    // An earthquake felt abroad: "ressentie jusqu'à Bangkok" is where it reached, not where it
    // struck, and "12 h 50 (6 h 20 GMT)" is Myanmar's time, named a sentence before.
    let fs = findings("tests/fixtures/quake");
    assert!(fs.is_empty(), "{fs:#?}");
    // The slip is in a title and its lede: both are reported, nothing else.
    let fs = findings("tests/fixtures/obituary");
    assert_eq!(fs.len(), 2, "{fs:#?}");
    for f in &fs {
        assert_eq!(f["rule"], "figure/conflict");
        assert_eq!(text_at(f), "92");
        assert_eq!(f["severity"], "error");
    }
    // A storm: "185 mph (295 km/h)" is one wind speed in two units, a category that changes
    // along the path is no conflict; "203 miles per hour" against three reports of 295 km/h
    // is the one slip.
    let fs = findings("tests/fixtures/storm");
    let raised: Vec<&Value> = fs.iter().filter(|f| f["severity"] != "info").collect();
    assert_eq!(raised.len(), 1, "{fs:#?}");
    assert_eq!(raised[0]["rule"], "figure/conflict");
    assert_eq!(text_at(raised[0]), "203 miles per hour");
    // A splashdown: "5:57 p.m. EDT", "2157 GMT" and "22 h 57 à Paris" are one moment read
    // in UTC; the conversion slipped by an hour is the error, on the time and its clock.
    let fs = findings("tests/fixtures/splashdown");
    let raised: Vec<&Value> = fs.iter().filter(|f| f["severity"] != "info").collect();
    assert_eq!(raised.len(), 1, "{fs:#?}");
    assert_eq!(raised[0]["rule"], "date/conflict");
    assert_eq!(text_at(raised[0]), "23 h 57 à Paris");
}

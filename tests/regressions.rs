//! Input that recoupe once accepted silently or misread (issue 11), each with the behaviour
//! it must have now. Each test failed before its fix.

use assert_cmd::Command;
use std::path::Path;

fn recoupe() -> Command {
    let mut c = Command::cargo_bin("recoupe").unwrap();
    c.env("RECOUPE_DICTIONARY", "none");
    c
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

/// `(exit code, stdout, stderr)` of `recoupe ARGS`.
fn run(args: &[&str]) -> (i32, String, String) {
    let out = recoupe().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn rule_file(dir: &Path, body: &str) -> String {
    write(
        dir,
        "rules.toml",
        format!("[[rule]]\nid = \"house/x\"\nmessage = \"x\"\n{body}\n"),
    )
}

#[test]
fn blank_values_and_empty_matching_regexes_are_rule_file_errors() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.txt",
        "Titre\n\nXi Jinping est arrivé à Pékin.\n",
    );
    let corpus = d.path().display().to_string();
    let cases = [
        (
            r#"kind = "consistency"
variants = ["", "Pékin"]"#,
            "\"\"",
        ),
        (
            r#"kind = "consistency"
variants = ["Pékin", "   "]"#,
            "\"   \"",
        ),
        (
            r#"kind = "pattern"
words = ["Pékin", ""]"#,
            "\"\"",
        ),
        (
            r#"kind = "pattern"
regex = ''"#,
            "''",
        ),
        (
            r#"kind = "pattern"
regex = 'a*'"#,
            "'a*'",
        ),
        (
            r#"kind = "pattern"
regex = '\b'"#,
            "'\\b'",
        ),
        (
            r#"kind = "substitution"
map = { "" = "Kyiv" }"#,
            "\"\"",
        ),
        (
            r#"kind = "claim"
fact = "figure"
context = [" "]"#,
            "\" \"",
        ),
    ];
    for (body, literal) in cases {
        let rules = rule_file(d.path(), body);
        for args in [
            vec![
                "lint",
                corpus.as_str(),
                "--rules",
                rules.as_str(),
                "--color",
                "never",
            ],
            vec!["test", rules.as_str()],
        ] {
            let (code, out, err) = run(&args);
            assert_eq!(code, 2, "{body}\n{args:?}\n{out}{err}");
            let all = format!("{out}{err}");
            assert!(!all.contains("panicked"), "{all}");
            // The error quotes the offending value.
            assert!(all.contains(literal), "{body}: {all}");
        }
    }
}

#[test]
fn broken_regex_errors_echo_a_bounded_excerpt() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", "Titre\n\nUne phrase.\n");
    let huge = format!("kind = \"pattern\"\nregex = \"({}\"", "a".repeat(500_000));
    let rules = rule_file(d.path(), &huge);
    let (code, out, err) = run(&["lint", &d.path().display().to_string(), "--rules", &rules]);
    assert_eq!(code, 2);
    assert!(
        out.len() + err.len() < 8_000,
        "{} bytes echoed",
        out.len() + err.len()
    );
}

#[test]
fn impossible_dates_are_findings() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.txt",
        "Titre\n\nLe sommet s'est ouvert le 31 février 2026. Le rapport du 2026-02-30 le confirme. La réunion du 28 février 2026 a eu lieu.\n",
    );
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    let hits: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("date/impossible-date"))
        .collect();
    assert_eq!(hits.len(), 2, "{out}");
    assert!(hits.iter().any(|l| l.contains("31 février 2026")));
    assert!(hits.iter().any(|l| l.contains("2026-02-30")));
}

#[test]
fn huge_numbers_are_no_figures_and_scaled_amounts_no_years() {
    let d = tempfile::tempdir().unwrap();
    let a = write(
        d.path(),
        "a.txt",
        format!(
            "Titre\n\nLe code {} diffère de {}. Le fonds pèse 1800 milliards de dollars, contre 2099 milliards de dollars auparavant.\n",
            "9".repeat(400),
            "8".repeat(400)
        ),
    );
    let (_, out, _) = run(&["facts", &a, "--format", "json"]);
    assert!(!out.contains("inf"), "{out}");
    let facts = facts_of(&out);
    assert!(
        facts.iter().all(|f| f["kind"] != "date"),
        "amounts read as years: {facts:?}"
    );
    let figures: Vec<&serde_json::Value> = facts.iter().filter(|f| f["kind"] == "figure").collect();
    assert_eq!(figures.len(), 2, "{figures:?}");
    assert!(figures
        .iter()
        .all(|f| f["value"].as_str().unwrap().contains("trillion")));
}

/// The facts of the first article in `recoupe facts --format json` output.
fn facts_of(out: &str) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_str(out).unwrap();
    v[0]["facts"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_nul_anywhere_makes_a_binary_file() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = b"Titre\n\n".to_vec();
    bytes.extend(std::iter::repeat_n(b'a', 9000));
    bytes.push(0);
    bytes.extend(b" suite\n");
    write(d.path(), "late-nul.txt", bytes);
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    assert!(
        out.contains("structure/bad-input") && out.contains("binary"),
        "{out}"
    );
}

#[test]
fn unicode_digits_are_read() {
    let d = tempfile::tempdir().unwrap();
    let a = write(
        d.path(),
        "a.txt",
        "Titre\n\nLe séisme a fait ４２ morts selon un bilan, et ٤٣ morts selon un autre.\n",
    );
    let (_, out, _) = run(&["facts", &a, "--format", "json"]);
    let values: Vec<String> = facts_of(&out)
        .iter()
        .filter(|f| f["kind"] == "figure")
        .map(|f| f["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(values, vec!["42 morts", "43 morts"]);
}

#[test]
fn facts_list_times_of_day_with_their_zone() {
    let d = tempfile::tempdir().unwrap();
    let a = write(
        d.path(),
        "a.txt",
        "Titre\n\nLa secousse a été ressentie à 23h11 heure locale, soit 22h11 GMT, puis à 23h40.\n",
    );
    let (_, out, _) = run(&["facts", &a, "--format", "json"]);
    let times: Vec<(String, String)> = facts_of(&out)
        .iter()
        .filter(|f| f["kind"] == "time")
        .map(|f| {
            (
                f["value"].as_str().unwrap().to_string(),
                f["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        times,
        vec![
            ("23:11".to_string(), "local".to_string()),
            ("22:11".to_string(), "utc".to_string()),
            ("23:40".to_string(), "local, no zone named".to_string()),
        ]
    );
}

#[test]
fn control_characters_never_reach_the_output_raw() {
    let d = tempfile::tempdir().unwrap();
    let name = "evil\nname\u{1b}[31m.txt";
    write(
        d.path(),
        name,
        "Titre\n\nLe gouvernement a parlé \u{1b}[2J ici .\n",
    );
    for format in ["short", "human", "github"] {
        let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", format]);
        assert!(!out.contains('\u{1b}'), "{format}: {out:?}");
        if format != "human" {
            // One finding, one line: no line starts inside the file name.
            assert!(
                out.lines().all(|l| !l.starts_with("name")),
                "{format}: {out}"
            );
        }
    }
}

#[test]
fn the_size_limit_is_an_option() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.txt",
        format!("Titre\n\n{}\n", "Une phrase. ".repeat(200)),
    );
    let dir = d.path().display().to_string();
    let (_, out, _) = run(&["lint", &dir, "--format", "short", "--max-file-size", "1K"]);
    assert!(
        out.contains("structure/bad-input") && out.contains("--max-file-size"),
        "{out}"
    );
    let (_, out, _) = run(&["lint", &dir, "--format", "short", "--max-file-size", "1M"]);
    assert!(!out.contains("structure/bad-input"), "{out}");
    let (code, _, err) = run(&["lint", &dir, "--max-file-size", "lots"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn jobs_are_bounded() {
    let (code, _, err) = run(&["lint", "corpus", "--jobs", "12000"]);
    assert_eq!(code, 2);
    assert!(err.contains("12000"), "{err}");
    let (code, _, err) = run(&["lint", "corpus", "--jobs", "0"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn many_findings_in_one_article_are_summarised() {
    let d = tempfile::tempdir().unwrap();
    let para = "Le ministre a visité l'usine de Lyon mardi matin.\n\n";
    write(d.path(), "a.txt", format!("Titre\n\n{}", para.repeat(600)));
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    let dups = out
        .lines()
        .filter(|l| l.contains("duplicate-paragraph"))
        .count();
    assert_eq!(dups, 201, "{dups}");
    assert!(out.contains("399 more findings of this rule"), "{out}");
}

#[test]
fn nothing_is_written_to_the_corpus() {
    let d = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir("corpus").unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, d.path().join(p.file_name().unwrap())).unwrap();
    }
    let snapshot = |dir: &Path| {
        let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let p = e.unwrap().path();
                (p.display().to_string(), std::fs::read(&p).unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let before = snapshot(d.path());
    let dir = d.path().display().to_string();
    for format in ["human", "short", "json", "github", "sarif"] {
        run(&["lint", &dir, "--format", format]);
    }
    run(&["facts", &dir]);
    run(&["events", &dir]);
    assert_eq!(before, snapshot(d.path()));
}

#[test]
fn newlines_in_rule_messages_keep_one_finding_per_line() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    write(
        &corpus,
        "a.txt",
        "Titre\n\nLe ministre a parlé de Kiev hier.\n",
    );
    let rules = write(
        d.path(),
        "r.toml",
        "[[rule]]\nid = \"house/kyiv\"\nkind = \"substitution\"\nmessage = \"\"\"write Kyiv\nnot {found}\"\"\"\nmap = { \"Kiev\" = \"Kyiv\" }\n",
    );
    let (_, out, _) = run(&[
        "lint",
        &corpus.display().to_string(),
        "--rules",
        &rules,
        "--format",
        "short",
    ]);
    let line = out
        .lines()
        .find(|l| l.contains("house/kyiv"))
        .expect("reported");
    assert!(line.contains("write Kyiv\\nnot Kiev"), "{out}");
}

#[test]
fn an_article_with_too_many_facts_is_cut_with_a_finding() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.txt",
        format!("Titre\n\n{}\n", "Il y a 12 morts. ".repeat(20_050)),
    );
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    assert!(
        out.contains("20050 figures in one article: only the first 20000"),
        "{out}"
    );
}

#[test]
fn config_globs_are_relative_to_the_config_and_names_are_checked() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(
        &corpus,
        "a.txt",
        "Titre\n\nLe gouvernement a parlé , hier.\n",
    );
    write(
        d.path(),
        "recoupe.toml",
        "[[override]]\npaths = [\"corpus/a.txt\"]\nrules = { \"spelling/space-before-punctuation\" = \"error\" }\n",
    );
    // Run from the config's folder and from elsewhere: the same severity.
    let severities: Vec<String> = [d.path().to_path_buf(), std::env::temp_dir()]
        .iter()
        .map(|cwd| {
            let out = recoupe()
                .current_dir(cwd)
                .args(["lint", &corpus.display().to_string(), "--format", "short"])
                .output()
                .unwrap();
            let s = String::from_utf8_lossy(&out.stdout).into_owned();
            s.lines()
                .find(|l| l.contains("space-before-punctuation"))
                .map(|l| l.split(": ").nth(1).unwrap_or("").to_string())
                .unwrap_or_default()
        })
        .collect();
    assert!(severities[0].starts_with("error"), "{severities:?}");
    assert_eq!(severities[0], severities[1]);

    // A misspelt id is an error pointing into the file, with a suggestion.
    write(
        d.path(),
        "recoupe.toml",
        "[rules]\n\"figur/conflict\" = \"error\"\n",
    );
    let (code, out, err) = run(&["lint", &corpus.display().to_string(), "--color", "never"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("figure/conflict") && err.contains("recoupe.toml:2:2"),
        "{err}"
    );
    for bad in [
        "[[override]]\npaths = [\"**\"]\nrules = { \"spellin\" = \"off\" }\n",
        "[[ignore]]\nrule = \"quote/drfit\"\n",
    ] {
        write(d.path(), "recoupe.toml", bad);
        let (code, _, err) = run(&["lint", &corpus.display().to_string()]);
        assert_eq!(code, 2, "{bad}: {err}");
    }
}

#[test]
fn a_custom_rule_cannot_take_a_builtin_id() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", "Titre\n\nUne phrase.\n");
    let rules = write(
        d.path(),
        "r.toml",
        "[[rule]]\nid = \"spelling/typo\"\nkind = \"pattern\"\nmessage = \"x\"\nwords = [\"phrase\"]\n",
    );
    let (code, _, err) = run(&[
        "lint",
        &d.path().join("a.txt").display().to_string(),
        "--rules",
        &rules,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("already taken"), "{err}");
}

/// Found by `tests/properties.rs`: the look-ahead for a time zone after a time of day cut
/// the sentence inside a character.
#[test]
fn a_time_of_day_before_an_accented_word_does_not_panic() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "a.md",
        "Titre\n\n14h20 heure locale4 février 2026 a rencontré Xi Jinping« \n",
    );
    let (code, out, err) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    assert!(code == 0 || code == 1, "{out}{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// SARIF URIs must be URI references: spaces, accents, `%` and `:` in file names are
/// percent-encoded, and decoding gives the file's path back.
#[test]
fn sarif_uris_are_encoded() {
    let d = tempfile::tempdir().unwrap();
    let names = [
        "dépêche du 4 février.txt",
        "100% vrai: oui.txt",
        "a#b?c.txt",
    ];
    for n in names {
        write(d.path(), n, "Titre\n\nLe gouvernement a parlé , hier.\n");
    }
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let run0 = &v["runs"][0];
    assert_eq!(run0["columnKind"], "unicodeCodePoints");
    assert!(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .unwrap()
        .starts_with("file:///"));
    let mut seen = std::collections::BTreeSet::new();
    for r in run0["results"].as_array().unwrap() {
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        let body = uri.strip_prefix("file://").unwrap_or(uri);
        let bytes = body.as_bytes();
        let mut decoded = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if c == b'%' {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
                decoded.push(u8::from_str_radix(hex, 16).unwrap());
                i += 3;
            } else {
                assert!(
                    c.is_ascii_alphanumeric() || b"-._~/".contains(&c),
                    "raw {:?} in {uri}",
                    c as char
                );
                decoded.push(c);
                i += 1;
            }
        }
        seen.insert(String::from_utf8(decoded).unwrap());
    }
    for n in names {
        assert!(
            seen.iter().any(|p| p.ends_with(&format!("/{n}"))),
            "{n} not in {seen:?}"
        );
    }
    for rule in run0["tool"]["driver"]["rules"].as_array().unwrap() {
        assert!(rule["help"]["markdown"]
            .as_str()
            .is_some_and(|h| h.contains("### What it does")));
    }
}

/// A user override never raises a finding the rule marked as legitimate: a rising death toll
/// stays information under `figure = "error"` for the file.
#[test]
fn an_override_never_raises_a_legitimate_difference() {
    let d = tempfile::tempdir().unwrap();
    let c = d.path().join("c");
    std::fs::create_dir(&c).unwrap();
    write(&c, "a.txt", " date 2026-03-10 Séisme à Lyon\n\nUn séisme a frappé Lyon lundi 9 mars 2026, faisant 12 morts selon les autorités locales.\n");
    // Published a day later: a toll that rose, not one report of a day against two.
    write(&c, "b.txt", " date 2026-03-11 Séisme meurtrier\n\nUn violent séisme a frappé Lyon lundi 9 mars 2026 et a fait 14 morts selon la préfecture.\n");
    write(&c, "c.txt", " date 2026-03-10 Lyon frappée\n\nLe séisme qui a frappé Lyon lundi 9 mars 2026 a fait 12 morts, selon un premier bilan.\n");
    let dir = c.display().to_string();
    let (_, plain, _) = run(&["lint", &dir, "--format", "short"]);
    assert!(plain.contains("info[figure/conflict]"), "{plain}");
    write(
        &c,
        "recoupe.toml",
        "[[override]]\npaths = [\"*.txt\"]\nrules = { figure = \"error\" }\n",
    );
    let (code, out, _) = run(&["lint", &dir, "--format", "short"]);
    assert!(
        out.contains("info[figure/conflict]") && !out.contains("error[figure"),
        "{out}"
    );
    assert_eq!(code, 0);
}

#[test]
fn unused_suppression_is_a_listed_rule_and_comments_and_addresses_are_not_prose() {
    let (_, rules, _) = run(&["rules"]);
    assert!(rules.contains("structure/unused-suppression"), "{rules}");
    let (code, explain, _) = run(&["explain", "structure/unused-suppression"]);
    assert_eq!(code, 0);
    assert!(explain.contains("### What it does"), "{explain}");
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "c.md",
        "Titre\n\nLe gouvernement a parlé hier soir. <!-- recoupe-ignore quote/drift -->\n\nLe site https://www.exemple.fr/la-drift-du-quote-xyzzq publie la note.\n",
    );
    write(
        d.path(),
        "d.txt",
        "Titre\n\nLe gouvernement a parlé hier soir, selon la note.\n",
    );
    let (_, out, _) = run(&["lint", &d.path().display().to_string(), "--format", "short"]);
    assert!(out.contains("structure/unused-suppression"), "{out}");
    assert!(!out.contains("spelling/"), "{out}");
    // Figures inside an address or a comment are not facts.
    let e = write(
        d.path(),
        "e.md",
        "Titre\n\nVoir https://www.exemple.fr/monde/12-morts-a-lyon pour le bilan. <!-- 42 morts -->\n",
    );
    let (_, facts, _) = run(&["facts", &e, "--format", "json"]);
    assert!(
        facts_of(&facts).iter().all(|f| f["kind"] != "figure"),
        "{facts}"
    );
}

/// An article with no date line reads "le 10 mai" in the period the dated reports were
/// published in: before, the date had no year, so no claim, and the slip went unseen.
#[test]
fn an_undated_article_is_read_in_the_corpus_period() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let body = |day: &str| {
        format!("Le défilé militaire a eu lieu le {day} mai sur la place Rouge à Moscou, en présence de Vladimir Poutine.\n")
    };
    for (name, date) in [("a.txt", "05-09"), ("b.txt", "05-09"), ("c.txt", "05-10")] {
        write(
            dir,
            name,
            format!(" date 2025-{date} Défilé\n\n{}", body("9")),
        );
    }
    let undated = write(dir, "d.txt", format!("Défilé\n\n{}", body("10")));
    let (_, out, _) = run(&["lint", dir.to_str().unwrap(), "--format", "short"]);
    let hit = out
        .lines()
        .find(|l| l.starts_with(&undated) && l.contains("date/conflict"))
        .unwrap_or_else(|| panic!("no date conflict on the undated article:\n{out}"));
    // A year the corpus gave is evidence enough for a warning, never an error.
    assert!(hit.contains("warning["), "{hit}");
}

/// A quotation whose words only moved says so: "`juste` where it has `juste`" told the reader
/// nothing.
#[test]
fn a_reordered_quotation_says_the_words_moved() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    let said = |q: &str| {
        format!("Titre\n\nVladimir Poutine a déclaré : « {q} », devant la presse au Kremlin.\n")
    };
    for name in ["a.txt", "b.txt", "c.txt"] {
        write(
            dir,
            name,
            said("notre amitié est solide et durable pour les deux peuples"),
        );
    }
    let moved = write(
        dir,
        "d.txt",
        said("notre amitié est durable et solide pour les deux peuples"),
    );
    let (_, out, _) = run(&["lint", dir.to_str().unwrap(), "--format", "short"]);
    let hit = out
        .lines()
        .find(|l| l.starts_with(&moved) && l.contains("quote/drift"))
        .unwrap_or_else(|| panic!("no quote drift on the reordered quotation:\n{out}"));
    assert!(hit.contains("in another order"), "{hit}");
}

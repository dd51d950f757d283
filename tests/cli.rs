//! End-to-end tests of the `recoupe` binary: exit codes, bad input, spans, determinism, and
//! snapshots of the sample corpus.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn recoupe() -> Command {
    let mut c = Command::cargo_bin("recoupe").unwrap();
    c.env_remove("NO_COLOR");
    // Results must not depend on which Hunspell dictionaries the machine has.
    c.env_remove("RECOUPE_DICTIONARY");
    c
}

fn lint_json(path: &Path, extra: &[&str]) -> (Value, i32) {
    let out = recoupe()
        .arg("lint")
        .arg(path)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    (v, out.status.code().unwrap())
}

#[test]
fn json_output_follows_the_contract() {
    let (v, code) = lint_json(Path::new("corpus"), &[]);
    assert!(code == 0 || code == 1);
    assert_eq!(v["version"], 1);
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    let mut last: Option<(String, u64, String)> = None;
    for f in findings {
        for key in [
            "rule", "category", "severity", "message", "file", "line", "column", "span", "related",
            "help", "fix",
        ] {
            assert!(f.get(key).is_some(), "missing {key} in {f}");
        }
        let file = f["file"].as_str().unwrap().to_string();
        let text = fs::read_to_string(&file).unwrap();
        let (s, e) = (
            f["span"]["start"].as_u64().unwrap() as usize,
            f["span"]["end"].as_u64().unwrap() as usize,
        );
        assert!(s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e));
        // line/column agree with the byte offset.
        let line = text[..s].matches('\n').count() + 1;
        let col = text[..s].rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!(
            (
                f["line"].as_u64().unwrap() as usize,
                f["column"].as_u64().unwrap() as usize
            ),
            (line, col)
        );
        let key = (file, s as u64, f["rule"].as_str().unwrap().to_string());
        if let Some(prev) = &last {
            assert!(prev <= &key, "findings not sorted: {prev:?} then {key:?}");
        }
        last = Some(key);
    }
    let summary = &v["summary"];
    assert_eq!(summary["files"], 5);
    let count = |sev: &str| findings.iter().filter(|f| f["severity"] == sev).count() as u64;
    assert_eq!(summary["errors"].as_u64().unwrap(), count("error"));
    assert_eq!(summary["warnings"].as_u64().unwrap(), count("warning"));
    assert_eq!(summary["infos"].as_u64().unwrap(), count("info"));
}

#[test]
fn shared_passages_of_000_and_002_point_at_both_files() {
    let out = recoupe()
        .args(["lint", "corpus", "--color", "never"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("structure/shared-passage"));
    assert!(s.contains("corpus/002_d741c021dae1db9a.txt:7:1"));
    assert!(s.contains("corpus/000_51bdbe4c921b4db8.txt:19:1"));
}

#[test]
fn snapshot_sample_corpus_json() {
    let out = recoupe()
        .args(["lint", "corpus", "--format", "json"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // The report is one line of compact JSON; the snapshot shows it indented, in its own key
    // order, to be readable.
    assert_eq!(text.lines().count(), 1);
    serde_json::from_str::<serde_json::Value>(&text).unwrap();
    insta::assert_snapshot!("lint_corpus_json", indent_json(&text));
}

/// Compact JSON indented by two spaces, keys in the order written.
fn indent_json(s: &str) -> String {
    let (mut out, mut depth, mut in_str, mut esc) = (String::new(), 0usize, false, false);
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    let mut chars = s.trim_end().chars().peekable();
    while let Some(c) = chars.next() {
        if in_str {
            out.push(c);
            match (esc, c) {
                (true, _) => esc = false,
                (false, '\\') => esc = true,
                (false, '"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                out.push(c);
            }
            '{' | '[' if matches!(chars.peek(), Some('}' | ']')) => {
                out.push(c);
                out.extend(chars.next());
            }
            '{' | '[' => {
                out.push(c);
                depth += 1;
                newline(&mut out, depth);
            }
            '}' | ']' => {
                depth -= 1;
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn snapshot_sample_corpus_human() {
    let out = recoupe()
        .args(["lint", "corpus", "--color", "never"])
        .output()
        .unwrap();
    insta::assert_snapshot!("lint_corpus_human", String::from_utf8(out.stdout).unwrap());
}

/// Source lines are cropped around the flagged words to the width asked for, and every
/// rendered line fits in it.
#[test]
fn snapshot_human_at_80_and_120_columns() {
    for width in [80, 120] {
        let out = recoupe()
            .args(["lint", "tests/fixtures/planted", "--color", "never"])
            .args(["--width", &width.to_string()])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines().filter(|l| l.contains(" │ ")) {
            assert!(line.chars().count() <= width, "{width}: {line}");
        }
        insta::assert_snapshot!(format!("planted_human_{width}"), text);
    }
}

#[test]
fn output_is_deterministic_across_runs_and_thread_counts() {
    let run = |jobs: &str| {
        recoupe()
            .args(["lint", "corpus", "--format", "json", "--jobs", jobs])
            .output()
            .unwrap()
            .stdout
    };
    let a = run("1");
    let b = run("2");
    let c = run("2");
    assert_eq!(a, b);
    assert_eq!(b, c);
}

#[test]
fn the_cache_changes_no_output_and_a_damaged_one_is_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let run = |extra: &[&str]| {
        recoupe()
            .args(["lint", "corpus", "--format", "json", "--cache-dir"])
            .arg(&cache)
            .args(extra)
            .output()
            .unwrap()
            .stdout
    };
    let none = run(&["--no-cache"]);
    assert!(!cache.exists(), "--no-cache wrote a cache");
    let cold = run(&[]);
    let file = cache.join("facts.bin");
    let written = fs::read(&file).expect("cache written");
    let warm = run(&[]);
    assert_eq!(none, cold);
    assert_eq!(cold, warm);
    fs::write(&file, b"RCPCF001 not a cache").unwrap();
    assert_eq!(run(&[]), cold);
    assert_eq!(
        fs::read(&file).unwrap(),
        written,
        "a damaged cache is rewritten"
    );
}

#[test]
fn exit_codes() {
    recoupe()
        .args(["lint", "corpus", "--fail-on", "never"])
        .assert()
        .code(0);
    recoupe()
        .args(["lint", "corpus", "--fail-on", "info"])
        .assert()
        .code(1);
    recoupe().args(["lint", "does/not/exist"]).assert().code(2);
    recoupe()
        .args(["lint", "corpus", "--format", "xml"])
        .assert()
        .code(2);
    recoupe().args(["explain", "no/such-rule"]).assert().code(2);
    recoupe().args(["lint"]).assert().code(2);
}

#[test]
fn clean_corpus_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        " date 2026-03-03 Un titre\n\nLe ministre a visité mardi une usine de batteries dans le nord du pays.\n",
    )
    .unwrap();
    let (v, code) = lint_json(dir.path(), &[]);
    assert_eq!(code, 0, "{v}");
}

#[test]
fn bad_input_is_reported_by_path_and_good_articles_are_linted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a_latin1.txt"), b"Le pr\xe9sident a parl\xe9.\n").unwrap();
    fs::write(
        d.join("b_binary.txt"),
        [0x89u8, b'P', b'N', b'G', 0, 0, 1, 2],
    )
    .unwrap();
    fs::write(d.join("c_empty.txt"), b"").unwrap();
    fs::write(d.join("d_good.txt"), "Un titre\n\nPartager Discussion\n\nLe ministre a parlé longuement mardi devant les députés.\n").unwrap();
    fs::write(d.join("ignored.pdf"), b"%PDF").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("e_dangling.txt")).unwrap();
    let (v, code) = lint_json(d, &[]);
    assert_eq!(code, 1, "bad input is an error finding, not a crash");
    let findings = v["findings"].as_array().unwrap();
    let by_file = |name: &str| -> Vec<&Value> {
        findings
            .iter()
            .filter(|f| f["file"].as_str().unwrap().ends_with(name))
            .collect()
    };
    let latin = by_file("a_latin1.txt");
    assert_eq!(latin.len(), 1);
    assert_eq!(latin[0]["rule"], "structure/bad-input");
    assert!(latin[0]["message"]
        .as_str()
        .unwrap()
        .contains("not valid UTF-8 at byte 5"));
    assert!(by_file("b_binary.txt")[0]["message"]
        .as_str()
        .unwrap()
        .contains("binary"));
    assert_eq!(by_file("c_empty.txt")[0]["rule"], "structure/empty-article");
    assert!(by_file("d_good.txt")
        .iter()
        .any(|f| f["rule"] == "structure/boilerplate"));
    #[cfg(unix)]
    assert_eq!(by_file("e_dangling.txt")[0]["rule"], "structure/bad-input");
    assert!(by_file("ignored.pdf").is_empty());
    assert_eq!(v["summary"]["files"], if cfg!(unix) { 5 } else { 4 });
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_a_finding_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    fs::create_dir(&sub).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    fs::write(
        sub.join("a.txt"),
        "Un titre\n\nUne phrase du corps de l'article.\n",
    )
    .unwrap();
    let (v, _) = lint_json(dir.path(), &[]);
    let msgs: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert!(msgs.iter().any(|m| m.contains("loop")), "{msgs:?}");
}

#[test]
fn crlf_and_bom_keep_byte_spans() {
    let dir = tempfile::tempdir().unwrap();
    let text = "\u{feff}Un titre\r\n\r\nLe ministre a visité l'usine de Lyon mardi matin.\r\n\r\nNewsletter Podcasts\r\n\r\nLe ministre a visité l'usine de Lyon mardi matin.\r\n";
    fs::write(dir.path().join("a.txt"), text).unwrap();
    let (v, _) = lint_json(dir.path(), &[]);
    let findings = v["findings"].as_array().unwrap();
    let dup = findings
        .iter()
        .find(|f| f["rule"] == "structure/duplicate-paragraph")
        .expect("duplicate found");
    let (s, e) = (
        dup["span"]["start"].as_u64().unwrap() as usize,
        dup["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &text[s..e],
        "Le ministre a visité l'usine de Lyon mardi matin."
    );
    assert_eq!(dup["line"], 7);
    assert_eq!(dup["column"], 1);
    let bp = findings
        .iter()
        .find(|f| f["rule"] == "structure/boilerplate")
        .unwrap();
    let (s, e) = (
        bp["span"]["start"].as_u64().unwrap() as usize,
        bp["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "Newsletter Podcasts");
}

#[test]
fn rules_and_explain() {
    let out = recoupe().arg("rules").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("structure/shared-passage"));
    let out = recoupe()
        .args(["explain", "structure/duplicate-paragraph"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("### What it does") && s.contains("Example 1"));
}

#[test]
fn short_format_one_line_per_finding() {
    let out = recoupe()
        .args(["lint", "corpus", "--format", "short", "--quiet"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    for line in s.lines() {
        let parts: Vec<&str> = line.splitn(4, ':').collect();
        assert_eq!(parts.len(), 4, "{line}");
        assert!(
            parts[1].parse::<u32>().is_ok() && parts[2].parse::<u32>().is_ok(),
            "{line}"
        );
    }
}

#[test]
fn human_and_json_name_the_same_line_and_column() {
    let (v, _) = lint_json(Path::new("corpus"), &[]);
    let out = recoupe()
        .args(["lint", "corpus", "--color", "never"])
        .output()
        .unwrap();
    let human = String::from_utf8(out.stdout).unwrap();
    // Every primary place of the JSON appears as a miette header, columns in characters
    // even on lines with accents and typographic apostrophes.
    for f in v["findings"].as_array().unwrap() {
        let place = format!(
            "{}:{}:{}]",
            f["file"].as_str().unwrap(),
            f["line"],
            f["column"]
        );
        assert!(
            human.contains(&place),
            "{place} missing from the human output"
        );
    }
}

#[test]
fn github_and_sarif_formats() {
    let (v, _) = lint_json(Path::new("corpus"), &[]);
    let n = v["findings"].as_array().unwrap().len();
    let out = recoupe()
        .args(["lint", "corpus", "--format", "github"])
        .output()
        .unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), n);
    for line in s.lines() {
        assert!(
            line.starts_with("::error file=")
                || line.starts_with("::warning file=")
                || line.starts_with("::notice file="),
            "{line}"
        );
        assert!(line.contains(",title=") && !line[2..].split("::").next().unwrap().contains('\n'));
    }
    let out = recoupe()
        .args(["lint", "corpus", "--format", "sarif"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), n);
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for r in results {
        assert!(rules.contains(&r["ruleId"].as_str().unwrap()));
        assert!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
}

/// `--format jsonl`: one JSON finding a line, then the summary; the same findings as `json`.
#[test]
fn jsonl_streams_the_json_findings() {
    let run = |f: &str| {
        let out = recoupe()
            .args(["lint", "corpus", "--format", f])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let doc: Value = serde_json::from_str(&run("json")).unwrap();
    let lines: Vec<Value> = run("jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (summary, findings) = lines.split_last().unwrap();
    assert_eq!(summary["version"], 1);
    assert_eq!(summary["summary"], doc["summary"]);
    assert_eq!(findings, doc["findings"].as_array().unwrap().as_slice());
}

/// Beyond 50, info findings are counted by rule in one line of human output; `--show-info`
/// lists them. A table of counts by rule ends the output.
#[test]
fn many_infos_are_summarised_in_human_output() {
    let d = tempfile::tempdir().unwrap();
    for i in 0..60 {
        std::fs::write(
            d.path().join(format!("a{i:02}.txt")),
            format!("Titre {i}\n\nUne brève numéro {i} sans date de publication.\n"),
        )
        .unwrap();
    }
    let human = |extra: &[&str]| {
        let out = recoupe()
            .arg("lint")
            .arg(d.path())
            .args(["--color", "never"])
            .args(extra)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let short = human(&[]);
    assert!(
        short.contains("60 infos not listed (60 structure/missing-date); --show-info to list them"),
        "{short}"
    );
    assert!(
        !short.contains("no publication date in the metadata"),
        "{short}"
    );
    assert!(
        short
            .lines()
            .any(|l| l.starts_with("structure/missing-date") && l.ends_with(" 60")),
        "{short}"
    );
    let all = human(&["--show-info"]);
    assert_eq!(
        all.matches("no publication date in the metadata").count(),
        60
    );
}

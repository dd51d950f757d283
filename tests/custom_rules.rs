//! User rules in TOML: loading, running, testing, and errors that point into the file.

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn recoupe() -> Command {
    let mut c = Command::cargo_bin("recoupe").unwrap();
    c.env_remove("RECOUPE_DICTIONARY");
    c
}

const HOUSE: &str = r#"
[[rule]]
id = "house/kyiv-spelling"
kind = "substitution"
severity = "warning"
message = "write `{expected}`, not `{found}`"
map = { "Kiev" = "Kyiv" }

[[rule.example]]
text = "Les alliés de Kiev attendent."
expect = 1

[[rule]]
id = "house/etats-unis-accent"
kind = "consistency"
severity = "info"
message = "`{found}` ({count}) mixed with `{expected}` ({other.count})"
variants = ["États-Unis", "Etats-Unis"]

[[rule.example]]
articles = { "a.txt" = "Les États-Unis et les États-Unis.", "b.txt" = "Les Etats-Unis." }
expect = 1
"#;

fn write_rules(dir: &Path, name: &str, src: &str) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join(name), src).unwrap();
}

#[test]
fn user_rules_run_on_the_sample_corpus_and_their_examples_pass() {
    let d = tempfile::tempdir().unwrap();
    write_rules(d.path(), "house.toml", HOUSE);
    let out = recoupe()
        .args(["lint", "corpus", "--format", "json", "--rules"])
        .arg(d.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fs: Vec<&serde_json::Value> = v["findings"].as_array().unwrap().iter().collect();
    let kiev: Vec<_> = fs
        .iter()
        .filter(|f| f["rule"] == "house/kyiv-spelling")
        .collect();
    assert_eq!(kiev.len(), 2, "Kiev appears in 000 and 002");
    assert_eq!(kiev[0]["fix"]["replacement"], "Kyiv");
    let mixed: Vec<_> = fs
        .iter()
        .filter(|f| f["rule"] == "house/etats-unis-accent")
        .collect();
    assert!(!mixed.is_empty());
    assert!(mixed
        .iter()
        .all(|f| f["fix"]["replacement"] == "États-Unis"));
    let out = recoupe().arg("test").arg(d.path()).output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{s}");
    assert!(s.contains("ok      house/kyiv-spelling"));
    assert!(s.trim_end().ends_with(" passed, 0 failed"));
}

#[test]
fn recoupe_test_fails_when_an_example_is_wrong() {
    let d = tempfile::tempdir().unwrap();
    write_rules(
        d.path(),
        "house.toml",
        &HOUSE.replace(
            "text = \"Les alliés de Kiev attendent.\"\nexpect = 1",
            "text = \"Les alliés de Kiev attendent.\"\nexpect = 2",
        ),
    );
    let out = recoupe().arg("test").arg(d.path()).output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{s}");
    assert!(
        s.contains("FAILED  house/kyiv-spelling example 1: expected 2 finding(s), got 1"),
        "{s}"
    );
    assert!(s.trim_end().ends_with(" passed, 1 failed"));
}

/// Each broken file, and the `file:line:column` its error must name.
#[test]
fn broken_rule_files_exit_2_and_point_at_the_place() {
    let cases: &[(&str, &str, &str)] = &[
        ("misspelt-key", "[[rule]]\nid = \"house/a\"\nkind = \"pattern\"\nmesage = \"m\"\nregex = \"x\"\n", ":4:1: unknown field `mesage`"),
        ("wrong-type", "[[rule]]\nid = \"house/a\"\nkind = \"pattern\"\nmessage = \"m\"\nregex = 3\n", ":5:9: invalid type"),
        ("bad-regex", "[[rule]]\nid = \"house/a\"\nkind = \"pattern\"\nmessage = \"m\"\nregex = \"(unclosed\"\n", ":5:9: invalid regex"),
        ("placeholder", "[[rule]]\nid = \"house/a\"\nkind = \"pattern\"\nmessage = \"bad {fond}\"\nregex = \"x\"\n", ":4:16: unknown placeholder `{fond}`"),
        ("unknown-kind", "[[rule]]\nid = \"house/a\"\nkind = \"patern\"\nmessage = \"m\"\n", ":3:8: unknown rule kind `patern`"),
        ("foreign-field", "[[rule]]\nid = \"house/a\"\nkind = \"pattern\"\nmessage = \"m\"\nregex = \"x\"\nmap = { a = \"b\" }\n", ":3:8: field `map` does not apply"),
        ("bad-id", "[[rule]]\nid = \"NoNamespace\"\nkind = \"pattern\"\nmessage = \"m\"\nregex = \"x\"\n", ":2:6: rule id"),
        ("not-toml", "[[rule]\nid = 1\n", ":1:7:"),
    ];
    for (name, src, want) in cases {
        let d = tempfile::tempdir().unwrap();
        write_rules(d.path(), &format!("{name}.toml"), src);
        let out = recoupe()
            .args(["lint", "corpus", "--rules"])
            .arg(d.path())
            .output()
            .unwrap();
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(&format!("{name}.toml{want}")),
            "{name}: expected `{want}` in:\n{err}"
        );
        assert!(
            out.stdout.is_empty(),
            "{name}: nothing is linted with a broken rule file"
        );
    }
}

#[test]
fn config_levels_overrides_and_ignores() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("c");
    fs::create_dir_all(&corpus).unwrap();
    for f in fs::read_dir("corpus").unwrap() {
        let p = f.unwrap().path();
        fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
    }
    fs::write(
        d.path().join("recoupe.toml"),
        "[rules]\n\"structure/boilerplate\" = \"off\"\n\"spelling\" = \"error\"\n\n[[override]]\npaths = [\"**/002_*.txt\"]\nrules = { \"structure/shared-passage\" = \"off\" }\n\n[[ignore]]\nrule = \"entity/role-mismatch\"\ntext = \"Chicago\"\n\n[[ignore]]\nrule = \"date/conflict\"\ntext = \"nothing like this\"\n",
    )
    .unwrap();
    let out = recoupe()
        .args(["lint", "--format", "json"])
        .arg(&corpus)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fs: Vec<&serde_json::Value> = v["findings"].as_array().unwrap().iter().collect();
    assert!(!fs.iter().any(|f| f["rule"] == "structure/boilerplate"));
    assert!(!fs.iter().any(|f| f["rule"] == "entity/role-mismatch"));
    assert!(!fs.iter().any(|f| f["rule"] == "structure/shared-passage"));
    // A category level applies to its rules; findings a rule caps (a typo without a
    // dictionary is only information) stay capped.
    let spaces: Vec<_> = fs
        .iter()
        .filter(|f| f["rule"] == "spelling/space-before-punctuation")
        .collect();
    assert!(!spaces.is_empty() && spaces.iter().all(|f| f["severity"] == "error"));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("matched no finding"), "{err}");
    // A misspelt key in the configuration is an error with its place.
    fs::write(
        d.path().join("recoupe.toml"),
        "languag = \"fr\"\n[rules]\n\"x/y\" = \"off\"\n",
    )
    .unwrap();
    let out = recoupe().args(["lint"]).arg(&corpus).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("recoupe.toml:1:1"));
}

#[test]
fn markdown_inline_suppression_and_unused_suppression() {
    let d = tempfile::tempdir().unwrap();
    fs::write(
        d.path().join("a.md"),
        "Un titre\n\n<!-- recoupe-ignore structure/boilerplate -->\nPartager Discussion\n\nUne phrase du corps de l'article, assez longue.\n\n<!-- recoupe-ignore date/conflict -->\nUne autre phrase du corps de l'article.\n",
    )
    .unwrap();
    let out = recoupe()
        .args(["lint", "--format", "json"])
        .arg(d.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"structure/boilerplate"), "{rules:?}");
    assert_eq!(
        rules
            .iter()
            .filter(|r| **r == "structure/unused-suppression")
            .count(),
        1,
        "{rules:?}"
    );
}

#[test]
fn new_rule_prints_a_skeleton_that_compiles() {
    for kind in [
        "pattern",
        "substitution",
        "consistency",
        "entity-role",
        "claim",
    ] {
        let out = recoupe().args(["new-rule", kind]).output().unwrap();
        assert_eq!(out.status.code(), Some(0));
        let d = tempfile::tempdir().unwrap();
        fs::write(d.path().join("r.toml"), &out.stdout).unwrap();
        let t = recoupe().arg("test").arg(d.path()).output().unwrap();
        assert_eq!(
            t.status.code(),
            Some(0),
            "{kind}: {}",
            String::from_utf8_lossy(&t.stdout)
        );
    }
    recoupe().args(["new-rule", "regexp"]).assert().code(2);
}

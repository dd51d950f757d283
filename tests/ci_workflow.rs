//! The CI workflow of a newsroom: a baseline of today's findings, fixes, linting only the
//! articles a change touches, and an article read from standard input.

use assert_cmd::Command;
use std::path::Path;

fn recoupe() -> Command {
    let mut c = Command::cargo_bin("recoupe").unwrap();
    c.env_remove("RECOUPE_DICTIONARY");
    c
}

fn copy_dir(from: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, to.join(p.file_name().unwrap())).unwrap();
    }
}

fn lint(dir: &Path, extra: &[&str]) -> (i32, String, String) {
    let out = recoupe()
        .arg("lint")
        .arg(dir)
        .args(["--format", "short"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn findings(short: &str) -> Vec<&str> {
    short
        .lines()
        .filter(|l| l.contains(": ") && l.contains('['))
        .collect()
}

#[test]
fn a_baseline_reports_only_new_findings() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("corpus");
    copy_dir("corpus", &corpus);
    let base = d.path().join("baseline.json");
    let b = base.display().to_string();
    let (code, _, _) = lint(&corpus, &["--write-baseline", &b]);
    assert_eq!(code, 0);
    let (code, out, _) = lint(&corpus, &["--baseline", &b]);
    assert_eq!(code, 0, "{out}");
    assert!(findings(&out).is_empty(), "{out}");
    // A new mistake in one article: only it is reported, whatever moved around it.
    let f = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("mercredi 4 février 2026")
        })
        .unwrap();
    let text = std::fs::read_to_string(&f).unwrap();
    // A paragraph added before the changed sentence moves every line below it.
    let at = text.find("mercredi 4 février 2026").unwrap();
    let para = text[..at].rfind("\n\n").unwrap();
    let edited = format!(
        "{}\n\nUn paragraphe ajouté par la rédaction.{}",
        &text[..para],
        text[para..].replacen("mercredi 4 février 2026", "mercredi 5 février 2026", 1)
    );
    std::fs::write(&f, edited).unwrap();
    let (code, out, _) = lint(&corpus, &["--baseline", &b]);
    assert_eq!(code, 1, "{out}");
    let new = findings(&out);
    assert_eq!(new.len(), 1, "{out}");
    assert!(new[0].contains("date/weekday-mismatch"), "{out}");
}

#[test]
fn fixes_apply_once_and_diff_changes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    let a = corpus.join("a.txt");
    std::fs::write(
        &a,
        "Titre\n\nLe ministre a parlé , hier soir . Il est parti.\n",
    )
    .unwrap();
    let before = std::fs::read(&a).unwrap();
    let out = recoupe()
        .arg("lint")
        .arg(&corpus)
        .args(["--fix", "--diff"])
        .output()
        .unwrap();
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("-Le ministre a parlé , hier soir .")
            && diff.contains("+Le ministre a parlé, hier soir."),
        "{diff}"
    );
    assert_eq!(before, std::fs::read(&a).unwrap(), "--diff wrote");
    let (_, out, err) = lint(&corpus, &["--fix"]);
    assert!(err.contains("fixed 2 findings in 1 file"), "{err}");
    assert!(!out.contains("space-before-punctuation"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&a).unwrap(),
        "Titre\n\nLe ministre a parlé, hier soir. Il est parti.\n"
    );
    let (_, out, _) = lint(&corpus, &[]);
    assert!(!out.contains("space-before-punctuation"), "{out}");
}

#[test]
fn unsafe_fixes_need_their_flag() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("planted");
    copy_dir("tests/fixtures/planted", &corpus);
    let (_, before, _) = lint(&corpus, &[]);
    let (_, safe, err) = lint(&corpus, &["--fix"]);
    assert!(err.contains("fixed 0 findings"), "{err}");
    assert_eq!(findings(&before).len(), findings(&safe).len());
    let (_, after, err) = lint(&corpus, &["--fix", "--unsafe-fixes"]);
    assert!(!err.contains("fixed 0 findings"), "{err}");
    assert!(findings(&after).len() < findings(&before).len(), "{after}");
}

#[test]
fn only_reports_on_the_given_files_against_the_whole_corpus() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("planted");
    copy_dir("tests/fixtures/planted", &corpus);
    let (_, all, _) = lint(&corpus, &[]);
    // The planted article conflicts with the others; reported only through it.
    let planted = corpus.join("c_planted.txt").display().to_string();
    let (_, out, _) = lint(&corpus, &["--only", &planted]);
    let fs = findings(&out);
    assert!(!fs.is_empty(), "{all}");
    assert!(fs.iter().all(|l| l.contains("c_planted.txt")), "{out}");
    assert!(fs.iter().any(|l| l.contains("date/conflict")), "{out}");
    let (_, glob, _) = lint(&corpus, &["--only", "**/c_*.txt"]);
    assert_eq!(findings(&glob), fs);
}

#[test]
fn stdin_is_one_article_of_the_corpus() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("planted");
    copy_dir("tests/fixtures/planted", &corpus);
    let name = corpus.join("c_planted.txt");
    let text = std::fs::read_to_string(&name).unwrap();
    let out = recoupe()
        .arg("lint")
        .arg(&corpus)
        .arg("-")
        .arg("--stdin-filename")
        .arg(&name)
        .args(["--format", "short"])
        .write_stdin(text)
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    let fs = findings(&s);
    assert!(fs.iter().any(|l| l.contains("date/conflict")), "{s}");
    assert!(fs.iter().all(|l| l.contains("c_planted.txt")), "{s}");
}

#[test]
fn fix_on_a_copy_of_the_sample_corpus_leaves_no_safe_fix_behind() {
    let d = tempfile::tempdir().unwrap();
    let corpus = d.path().join("corpus");
    copy_dir("corpus", &corpus);
    let (_, before, _) = lint(&corpus, &[]);
    let safe = before
        .lines()
        .filter(|l| l.contains("space-before-punctuation"))
        .count();
    assert!(safe > 0, "{before}");
    let (_, _, err) = lint(&corpus, &["--fix"]);
    assert!(err.contains(&format!("fixed {safe} findings")), "{err}");
    let (_, after, _) = lint(&corpus, &[]);
    assert!(!after.contains("space-before-punctuation"), "{after}");
    // Unsafe fixes (the Chicago substitution, typos) were left alone.
    assert!(after.contains("entity/role-mismatch"), "{after}");
}

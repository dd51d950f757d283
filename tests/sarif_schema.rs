//! The SARIF output validates against the official SARIF 2.1.0 schema (a copy in
//! `tests/sarif-schema-2.1.0.json`, see its NOTICE), formats included, with file names that
//! hold spaces, accents, `%`, `:`, `#` and `?`.

use assert_cmd::Command;

/// The official schema has one malformed regex (`…-[a-zA-Z]{2}]?$`, an unbalanced bracket in
/// the `language` pattern), which a strict validator refuses to compile; it is replaced by the
/// pattern it means. Nothing else is changed.
fn repair(v: &mut serde_json::Value) {
    const BROKEN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if k == "pattern" && x.as_str() == Some(BROKEN) {
                    *x = serde_json::json!("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                } else {
                    repair(x);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(repair),
        _ => {}
    }
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let mut schema: serde_json::Value =
        serde_json::from_str(include_str!("sarif-schema-2.1.0.json")).unwrap();
    repair(&mut schema);
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the schema compiles");
    let d = tempfile::tempdir().unwrap();
    for name in [
        "dépêche du 4 février.txt",
        "100% vrai: oui.txt",
        "a#b?c [1].txt",
        "plain.txt",
    ] {
        std::fs::write(
            d.path().join(name),
            " date 2026-02-04 Titre\n\nLe président chinois Xi Jinping a parlé mercredi 5 février 2026 avec Vladimir Poutine , selon le Kremlin.\n",
        )
        .unwrap();
    }
    // Relative paths (against %SRCROOT%) and absolute ones (file:// URIs).
    for (cwd, arg) in [
        (d.path().to_path_buf(), ".".to_string()),
        (std::env::temp_dir(), d.path().display().to_string()),
    ] {
        let out = Command::cargo_bin("recoupe")
            .unwrap()
            .env("RECOUPE_DICTIONARY", "none")
            .current_dir(&cwd)
            // Every file listed, though they are copies: their URIs are what is checked.
            .args(["lint", &arg, "--format", "sarif", "--each-copy"])
            .output()
            .unwrap();
        let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let results = sarif["runs"][0]["results"].as_array().unwrap();
        assert!(results.len() >= 4, "{sarif:#}");
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }
}

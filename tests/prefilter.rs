//! The prefilter must be sound: skipping files in which no trigger occurs
//! may never lose a finding. Checked two ways over the labeled corpus
//! (`tests/corpus/`, else every fixture directory under `tests/`) plus every
//! bad/good example of every rule doc:
//! - per rule: every file on which the rule alone reports contains one of
//!   its triggers (this holds even while other rules' empty trigger lists
//!   make the combined prefilter parse everything);
//! - end to end: `check` prints identical findings with and without
//!   `--no-prefilter`.

use isolint::engine::{analyze_source, Settings};
use isolint::lang::Lang;
use isolint::model::FileRole;
use isolint::prefilter::Prefilter;
use isolint::rules::{self, RuleDoc};
use std::path::{Path, PathBuf};

fn corpus_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if Lang::from_path(&p).is_some() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Rule doc examples, written out as files (`tmp/<rule>-<n>.test.js`).
fn doc_examples(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for id in rules::ids() {
        let Some(doc) = RuleDoc::get(id) else {
            continue;
        };
        for (n, ex) in doc.bad.iter().chain(doc.good.iter()).enumerate() {
            let ext = match ex.lang.as_str() {
                "python" | "py" => "py",
                "ts" | "typescript" => "ts",
                "tsx" => "tsx",
                _ => "js",
            };
            let name = if ext == "py" {
                format!("test_{}_{n}.py", id.replace('-', "_"))
            } else {
                format!("{id}-{n}.test.{ext}")
            };
            let path = dir.join(name);
            std::fs::write(&path, &ex.code).expect("write example");
            out.push(path);
        }
    }
    out
}

#[test]
fn every_rule_finding_contains_one_of_its_triggers() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut files = corpus_files();
    files.extend(doc_examples(tmp.path()));
    assert!(!files.is_empty());
    let mut checked = 0;
    for rule in rules::all() {
        let settings = Settings::for_rules(&[rule.id()]);
        let prefilter = Prefilter::new(&settings.rules, true);
        for path in &files {
            let Ok(bytes) = std::fs::read(path) else {
                continue;
            };
            let Ok(text) = String::from_utf8(bytes.clone()) else {
                continue;
            };
            let Some(lang) = Lang::from_path(path) else {
                continue;
            };
            let role = if path.ends_with("conftest.py") {
                FileRole::Conftest
            } else {
                FileRole::Test
            };
            let (findings, _) = analyze_source(path, &text, lang, role, &settings);
            if !findings.is_empty() {
                checked += 1;
                assert!(
                    prefilter.rules_for(lang, &bytes, false).contains(*rule),
                    "{} reports in {} but the prefilter would skip it",
                    rule.id(),
                    path.display()
                );
            }
        }
    }
    assert!(checked > 0, "no finding exercised any trigger set");
}

#[test]
fn check_output_is_identical_without_the_prefilter() {
    let tmp = tempfile::tempdir().expect("tmp");
    let examples = tmp.path().join("examples");
    std::fs::create_dir(&examples).expect("mkdir");
    doc_examples(&examples);
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut roots = vec![examples];
    if corpus.is_dir() {
        roots.push(corpus);
    } else {
        let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        if let Ok(entries) = std::fs::read_dir(&tests) {
            roots.extend(entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()));
        }
    }
    for root in roots {
        let run = |extra: &[&str]| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
                .args(["check", "--format", "json", "--no-cache"])
                .args(extra)
                .arg(&root)
                .output()
                .expect("run isolint");
            (out.status.code(), out.stdout)
        };
        let with = run(&[]);
        let without = run(&["--no-prefilter"]);
        assert_eq!(with.0, without.0, "exit codes differ on {}", root.display());
        assert!(
            with.1 == without.1,
            "findings differ with and without the prefilter on {}",
            root.display()
        );
    }
}

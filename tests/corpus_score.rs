//! Precision/recall of isolint against the hand-labeled corpus in
//! `tests/corpus/` (answer key: `tests/corpus/expected.txt`, labeled from the
//! rule spec, not from the implementation).
//!
//! Runs the built binary as a user would (`isolint check . --format json`
//! with the corpus as the working directory), compares findings with the
//! expected set as (path, line, rule) triples, prints a per-rule table plus
//! every false positive and false negative, and fails when precision or
//! recall drops below `THRESHOLD` for any single rule or overall.
//!
//! `cargo test --test corpus_score -- --nocapture` shows the table.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Minimum precision and recall, per rule and overall.
const THRESHOLD: f64 = 0.95;

type Key = (String, usize, String);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_isolint"))
}

/// One parsed line of `expected.txt`, with its line number for messages.
struct Expected {
    key: Key,
    source_line: usize,
}

/// Parses `expected.txt`. Blank lines and `#` comments are skipped;
/// everything else must be `<path>:<line> <rule-id>`.
fn parse_expected(text: &str) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(loc), Some(rule), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(format!(
                "expected.txt:{}: want `<path>:<line> <rule>`, got `{raw}`",
                i + 1
            ));
        };
        let Some((path, num)) = loc.rsplit_once(':') else {
            return Err(format!("expected.txt:{}: no `:<line>` in `{loc}`", i + 1));
        };
        let num: usize = num
            .parse()
            .map_err(|_| format!("expected.txt:{}: bad line number `{num}`", i + 1))?;
        out.push(Expected {
            key: (path.to_owned(), num, rule.to_owned()),
            source_line: i + 1,
        });
    }
    Ok(out)
}

fn load_expected() -> Vec<Expected> {
    let path = corpus_dir().join("expected.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_expected(&text).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `isolint check . --format json` in the corpus and returns the
/// findings as (path, line, rule).
fn run_isolint() -> BTreeSet<Key> {
    let out = bin()
        .args(["check", ".", "--format", "json"])
        .current_dir(corpus_dir())
        .output()
        .expect("failed to run the isolint binary");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0) | Some(1)),
        "isolint exited with {code:?}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "isolint did not print JSON ({e}):\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    let findings = doc["findings"]
        .as_array()
        .expect("JSON output has no `findings` array");
    let mut found = BTreeSet::new();
    for f in findings {
        let rule = f["rule"].as_str().expect("finding without `rule`");
        let path = f["path"].as_str().expect("finding without `path`");
        let line = f["span"]["start"]["line"]
            .as_u64()
            .expect("finding without `span.start.line`");
        let path = path.strip_prefix("./").unwrap_or(path).replace('\\', "/");
        found.insert((path, line as usize, rule.to_owned()));
    }
    found
}

/// The rule ids `isolint rules` lists (first column).
fn known_rules() -> BTreeSet<String> {
    let out = bin()
        .arg("rules")
        .output()
        .expect("failed to run `isolint rules`");
    assert!(out.status.success(), "`isolint rules` failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    expected: usize,
    found: usize,
    tp: usize,
}

impl Counts {
    fn fp(&self) -> usize {
        self.found - self.tp
    }
    fn fn_(&self) -> usize {
        self.expected - self.tp
    }
    /// A rule with nothing found has nothing wrong found: precision 1.
    fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.tp as f64 / self.found as f64
        }
    }
    /// A rule with nothing expected has nothing missed: recall 1.
    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.tp as f64 / self.expected as f64
        }
    }
}

#[test]
fn corpus_precision_and_recall() {
    let expected: BTreeSet<Key> = load_expected().into_iter().map(|e| e.key).collect();
    let found = run_isolint();

    let mut per_rule: BTreeMap<String, Counts> = BTreeMap::new();
    for rule in known_rules() {
        per_rule.entry(rule).or_default();
    }
    for k in &expected {
        per_rule.entry(k.2.clone()).or_default().expected += 1;
    }
    for k in &found {
        let c = per_rule.entry(k.2.clone()).or_default();
        c.found += 1;
        if expected.contains(k) {
            c.tp += 1;
        }
    }
    let mut total = Counts::default();
    for c in per_rule.values() {
        total.expected += c.expected;
        total.found += c.found;
        total.tp += c.tp;
    }

    println!(
        "\n{:<24} {:>8} {:>6} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "rule", "expected", "found", "TP", "FP", "FN", "precision", "recall"
    );
    let row = |name: &str, c: &Counts| {
        println!(
            "{:<24} {:>8} {:>6} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}",
            name,
            c.expected,
            c.found,
            c.tp,
            c.fp(),
            c.fn_(),
            c.precision(),
            c.recall()
        );
    };
    for (rule, c) in &per_rule {
        row(rule, c);
    }
    row("TOTAL", &total);

    let fps: Vec<&Key> = found.difference(&expected).collect();
    let fns: Vec<&Key> = expected.difference(&found).collect();
    if !fps.is_empty() {
        println!("\nfalse positives (found, not expected):");
        for (p, l, r) in &fps {
            println!("  FP {p}:{l} {r}");
        }
    }
    if !fns.is_empty() {
        println!("\nfalse negatives (expected, not found):");
        for (p, l, r) in &fns {
            println!("  FN {p}:{l} {r}");
        }
    }

    let mut failures = Vec::new();
    for (rule, c) in per_rule
        .iter()
        .chain(std::iter::once((&"TOTAL".to_owned(), &total)))
    {
        if c.precision() < THRESHOLD {
            failures.push(format!("{rule}: precision {:.3}", c.precision()));
        }
        if c.recall() < THRESHOLD {
            failures.push(format!("{rule}: recall {:.3}", c.recall()));
        }
    }
    assert!(
        failures.is_empty(),
        "below {THRESHOLD} (FP {}, FN {}):\n  {}",
        fps.len(),
        fns.len(),
        failures.join("\n  ")
    );
}

#[test]
fn expected_file_is_well_formed() {
    let corpus = corpus_dir();
    let text = std::fs::read_to_string(corpus.join("expected.txt")).expect("read expected.txt");
    let entries = parse_expected(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(!entries.is_empty(), "expected.txt lists no findings");
    let rules = known_rules();
    assert_eq!(
        rules.len(),
        8,
        "`isolint rules` should list 8 rules: {rules:?}"
    );

    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    let mut previous: Option<&Key> = None;
    for e in &entries {
        let (path, line, rule) = &e.key;
        let at = format!("expected.txt:{}", e.source_line);
        if !rules.contains(rule) {
            problems.push(format!("{at}: unknown rule `{rule}`"));
        }
        if !seen.insert(e.key.clone()) {
            problems.push(format!("{at}: duplicate entry"));
        }
        if previous.is_some_and(|p| p > &e.key) {
            problems.push(format!("{at}: not sorted"));
        }
        previous = Some(&e.key);
        match std::fs::read_to_string(corpus.join(path)) {
            Err(err) => problems.push(format!("{at}: cannot read `{path}`: {err}")),
            Ok(src) => {
                let lines: Vec<&str> = src.lines().collect();
                if *line == 0 || *line > lines.len() {
                    problems.push(format!(
                        "{at}: line {line} outside `{path}` ({} lines)",
                        lines.len()
                    ));
                } else if lines[line - 1].trim().is_empty() {
                    problems.push(format!("{at}: line {line} of `{path}` is blank"));
                }
            }
        }
    }
    // Every rule has a real share of the answer key.
    for rule in &rules {
        let n = entries.iter().filter(|e| &e.key.2 == rule).count();
        if n < 10 {
            problems.push(format!(
                "rule `{rule}` has only {n} expected findings (want >= 10)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn parse_expected_rejects_malformed_lines() {
    assert!(parse_expected("a.js:3 hardcoded-port\n# c\n\n").is_ok());
    assert!(parse_expected("a.js hardcoded-port").is_err());
    assert!(parse_expected("a.js:x hardcoded-port").is_err());
    assert!(parse_expected("a.js:3").is_err());
    assert!(parse_expected("a.js:3 a b").is_err());
}

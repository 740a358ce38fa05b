//! Test support: Oxlint-style pass/fail tables for rules. A case names a file
//! (its extension picks the language, its name the test-file role) and the
//! exact source texts at which the rule must report, in order.

use crate::engine::{analyze_source, Settings};
use crate::lang::Lang;
use crate::model::FileRole;
use crate::prefilter::Prefilter;
use std::path::Path;

pub struct Case {
    pub file: &'static str,
    pub code: &'static str,
    /// The source text of each expected finding's span, in order.
    pub expected: &'static [&'static str],
    /// The file's role when its name does not say (a config-named setup file).
    pub role: Option<FileRole>,
}

impl Case {
    pub fn fail(file: &'static str, code: &'static str, expected: &'static [&'static str]) -> Case {
        Case {
            file,
            code,
            expected,
            role: None,
        }
    }
    pub fn pass(file: &'static str, code: &'static str) -> Case {
        Case {
            file,
            code,
            expected: &[],
            role: None,
        }
    }
    /// A failing case analysed as a file with `role` (setup file...).
    pub fn fail_as(
        file: &'static str,
        role: FileRole,
        code: &'static str,
        expected: &'static [&'static str],
    ) -> Case {
        Case {
            role: Some(role),
            ..Case::fail(file, code, expected)
        }
    }
    /// A passing case analysed as a file with `role`.
    pub fn pass_as(file: &'static str, role: FileRole, code: &'static str) -> Case {
        Case {
            role: Some(role),
            ..Case::pass(file, code)
        }
    }
}

/// Runs `rule` alone over each case and asserts it reports exactly the
/// expected spans.
pub fn assert_rule(rule: &str, cases: &[Case]) {
    let settings = Settings::for_rules(&[rule]);
    let prefilter = Prefilter::new(&settings.rules, true);
    let mut failures = Vec::new();
    for case in cases {
        let path = Path::new(case.file);
        let lang = Lang::from_path(path).expect("test case with a known extension");
        let role = if let Some(role) = case.role {
            role
        } else {
            FileRole::by_name(path)
        };
        let (findings, _) = analyze_source(path, case.code, lang, role, &settings);
        // The prefilter must admit every file the rule reports in.
        if !findings.is_empty()
            && !prefilter
                .rules_for(lang, case.code.as_bytes(), false)
                .contains(settings.rules[0])
        {
            failures.push(format!(
                "--- {} ---\n{}\nthe rule reports here, but its prefilter triggers would skip the file\n",
                case.file, case.code
            ));
        }
        let got: Vec<&str> = findings
            .iter()
            .map(|f| &case.code[f.span().start_byte..f.span().end_byte])
            .collect();
        if got != case.expected {
            failures.push(format!(
                "--- {} ---\n{}\nexpected findings at {:?}\n     got findings at {:?}\n",
                case.file, case.code, case.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{rule}: {} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The source texts at which `rule`, run alone on `code` as the test file
/// `file`, reports when the runner configs around it give the project facts
/// `project` sets (`restoreMocks: true`, `unstubEnvs: true`, ...).
pub fn reported_with_project<'c>(
    rule: &str,
    file: &str,
    code: &'c str,
    project: impl FnOnce(&mut crate::model::ProjectFacts),
) -> Vec<&'c str> {
    let mut settings = Settings::for_rules(&[rule]);
    project(&mut settings.project);
    let path = Path::new(file);
    let lang = Lang::from_path(path).expect("test case with a known extension");
    let (findings, _) = analyze_source(path, code, lang, FileRole::by_name(path), &settings);
    findings
        .iter()
        .map(|f| &code[f.span().start_byte..f.span().end_byte])
        .collect()
}

/// Calls `check(lang, path, source, tree)` on every JS/TS/Python file under
/// `tests/` (the labeled corpus, fixtures, hostile inputs) and under the
/// directories in `ISOLINT_PATTERN_DIFF_DIRS` (`:`-separated) when set,
/// which is how third-party code is compared without being part of the
/// suite. Returns how many files were checked.
pub fn for_each_source_file(
    mut check: impl FnMut(Lang, &std::path::Path, &str, &tree_sitter::Tree),
) -> usize {
    let mut roots = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests"
    ))];
    if let Ok(extra) = std::env::var("ISOLINT_PATTERN_DIFF_DIRS") {
        roots.extend(extra.split(':').filter(|d| !d.is_empty()).map(Into::into));
    }
    let mut checked = 0;
    for root in roots {
        for entry in ignore::WalkBuilder::new(root)
            .standard_filters(false)
            .build()
            .flatten()
        {
            let path = entry.path();
            let Some(lang) = Lang::from_path(path) else {
                continue;
            };
            let Ok(src) = std::fs::read_to_string(path) else {
                continue;
            };
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&lang.grammar()).expect("grammar loads");
            let tree = parser.parse(&src, None).expect("parses");
            check(lang, path, &src, &tree);
            checked += 1;
        }
    }
    checked
}

/// `src` parsed with `lang`'s grammar.
pub fn parse(lang: Lang, src: &str) -> tree_sitter::Tree {
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&lang.grammar()).expect("grammar loads");
    parser.parse(src, None).expect("parses")
}

/// Runs `rule` alone on each `(file, before, after)` case, applies its
/// fixes (unsafe ones too when `unsafe_fixes`) round after round as
/// `check --fix` does, and asserts the text ends as `after` (`before` when
/// no fix is expected), that it parses, and that every fixed finding is
/// gone: no fix is left to apply, so a second `--fix` changes nothing. A
/// case with `after == before` (no fix expected) must be reported by the
/// rule.
pub fn assert_fixes(rule: &str, unsafe_fixes: bool, cases: &[(&str, &str, &str)]) {
    let settings = Settings::for_rules(&[rule]);
    let mode = crate::fix::FixMode { unsafe_fixes };
    let mut failures = Vec::new();
    for &(file, before, after) in cases {
        let path = Path::new(file);
        let lang = Lang::from_path(path).expect("test case with a known extension");
        let role = FileRole::by_name(path);
        let mut text = before.to_string();
        // A case that expects no fix must still be a finding of the rule:
        // otherwise it would pass without saying anything about fixes.
        let mut problem = (before == after
            && analyze_source(path, before, lang, role, &settings)
                .0
                .is_empty())
        .then(|| "expects no fix, but the rule reports nothing here".to_string());
        for round in 0.. {
            if problem.is_some() {
                break;
            }
            let (findings, _) = analyze_source(path, &text, lang, role, &settings);
            let fixes: Vec<_> = findings
                .iter()
                .filter_map(|f| f.fix.clone())
                .filter(|f| mode.applies(f))
                .collect();
            if fixes.is_empty() {
                break;
            }
            if round == 3 {
                problem = Some(format!("fixes still offered after {round} rounds"));
                break;
            }
            let Some((next, n)) = crate::fix::apply_parsing(lang, &text, &fixes) else {
                problem = Some("no fix applies (or none leaves a text that parses)".into());
                break;
            };
            let (left, _) = analyze_source(path, &next, lang, role, &settings);
            if left.len() + n > findings.len() {
                problem = Some(format!(
                    "a fix did not remove its finding:\n{next}\nstill reported at {:?}",
                    left.iter()
                        .map(|f| &next[f.span().start_byte..f.span().end_byte])
                        .collect::<Vec<_>>()
                ));
                break;
            }
            text = next;
        }
        let problem = problem
            .or_else(|| (text != after).then(|| format!("expected:\n{after}\n     got:\n{text}")));
        if let Some(p) = problem {
            failures.push(format!("--- {file} ---\n{before}\n{p}\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "{rule} fixes: {} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

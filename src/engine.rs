//! One file, start to finish: read → decode → parse (once) → model (once) →
//! every enabled rule over that one tree → findings. Files run in parallel.

use crate::finding::Finding;
use crate::lang::Lang;
use crate::model::isolation::Isolation;
use crate::model::kinds::FieldByName;
use crate::model::{framework, FileRole, Model, ProjectFacts};
use crate::prefilter::RuleSet;
use crate::rules::{self, Rule, RuleContext, RuleDoc, SharedThrough};
use crate::source::{decode, LineIndex};
use crate::timings::Phase;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tree_sitter::Parser;

/// A problem with an input file that is not a finding: unreadable,
/// undecodable, or only partly parsed. Printed on stderr and listed in SARIF
/// `toolExecutionNotifications`; never changes the exit code.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Notice {
    pub path: String,
    pub message: String,
    /// 1-based line of the first problem, when known.
    pub line: Option<usize>,
}

/// What the run checks with: enabled rules and the knowledge config adds.
pub struct Settings {
    pub rules: Vec<&'static dyn Rule>,
    pub isolation: Isolation,
    pub project: ProjectFacts,
}

impl Settings {
    pub fn all_rules() -> Settings {
        Settings {
            rules: rules::all().to_vec(),
            isolation: Isolation::default(),
            project: ProjectFacts::default(),
        }
    }

    pub fn for_rules(ids: &[&str]) -> Settings {
        Settings {
            rules: ids.iter().filter_map(|id| rules::by_id(id)).collect(),
            isolation: Isolation::default(),
            project: ProjectFacts::default(),
        }
    }
}

/// The result for one file.
pub struct FileOutcome {
    pub path: Arc<PathBuf>,
    pub findings: Vec<Finding>,
    pub notices: Vec<Notice>,
    /// Suppression comments found in the file.
    pub suppressions: crate::suppress::FileSuppressions,
}

/// A file given to the engine: its path and what it is to the runner.
#[derive(Debug, Clone)]
pub struct FileInput {
    pub path: PathBuf,
    pub role: FileRole,
    /// Found by the walk under a `fixtures/` directory of a Python suite
    /// (see [`crate::discover::is_python_fixture_module`]): checked only
    /// when it defines a pytest fixture, else it is an input a test reads.
    pub fixture_module: bool,
}

/// Files nested deeper than this are not analysed beyond parsing: the
/// analysis walks parents, and generated code that deep holds no tests.
const MAX_NESTING: usize = 1_500;

thread_local! {
    static PARSER: RefCell<Parser> = RefCell::new(Parser::new());
}

/// Reads a file to check. Refuses anything that is not a regular file (a
/// FIFO or device named on the command line would block or never end).
pub fn read_file(path: &Path) -> std::io::Result<Vec<u8>> {
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(std::io::Error::other(format!(
            "file is {:.1} MiB, over the {} MiB limit for test files (generated or minified?)",
            meta.len() as f64 / (1 << 20) as f64,
            MAX_FILE_BYTES >> 20
        )));
    }
    std::fs::read(path)
}

/// Larger files are skipped with a warning. Hand-written test files stay
/// far below this; a 20 MB minified bundle takes tree-sitter ~20 s and
/// ~3 GB of memory to parse, which would dwarf a whole suite's run.
pub const MAX_FILE_BYTES: u64 = 8 << 20;

/// Decodes and analyses the bytes of a file already read.
pub fn check_bytes(input: &FileInput, bytes: Vec<u8>, settings: &Settings) -> FileOutcome {
    check_bytes_for(input, bytes, settings, RuleSet::ALL)
}

/// [`check_bytes`] running only the enabled rules in `only` (those the
/// prefilter says may report in the file).
pub fn check_bytes_for(
    input: &FileInput,
    bytes: Vec<u8>,
    settings: &Settings,
    only: RuleSet,
) -> FileOutcome {
    let shown = crate::source::display_path(&input.path);
    let path = Arc::new(PathBuf::from(&shown));
    let mut outcome = FileOutcome {
        path: path.clone(),
        findings: Vec::new(),
        notices: Vec::new(),
        suppressions: Default::default(),
    };
    let notice = |message: String| Notice {
        path: shown.clone(),
        message,
        line: None,
    };
    let Some(lang) = Lang::from_path(&input.path) else {
        return outcome;
    };
    let decode_timer = crate::timings::time(Phase::Decode);
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(e) => {
            outcome.notices.push(notice(format!("{e}; skipped")));
            return outcome;
        }
    };
    outcome.suppressions = crate::suppress::scan(&text, lang.is_python());
    drop(decode_timer);
    let (findings, notices) = analyze_parsed_once(
        &path,
        &text,
        lang,
        input.role,
        settings,
        only,
        input.fixture_module,
    );
    outcome.findings = findings;
    outcome.notices.extend(notices);
    outcome
}

/// Analyses source text as if it were the file at `path`.
pub fn analyze_source(
    path: &Path,
    text: &str,
    lang: Lang,
    role: FileRole,
    settings: &Settings,
) -> (Vec<Finding>, Vec<Notice>) {
    analyze_source_for(path, text, lang, role, settings, RuleSet::ALL)
}

/// [`analyze_source`] running only the enabled rules in `only`.
pub fn analyze_source_for(
    path: &Path,
    text: &str,
    lang: Lang,
    role: FileRole,
    settings: &Settings,
    only: RuleSet,
) -> (Vec<Finding>, Vec<Notice>) {
    analyze_parsed_once(path, text, lang, role, settings, only, false)
}

/// [`analyze_source_for`]; with `fixture_module` (a walked file under a
/// Python suite's `fixtures/`, [`FileInput::fixture_module`]), the file is
/// analysed only when its model shows a module-level pytest fixture, from
/// the same parse: otherwise it is an input a test reads (broken syntax
/// there may be the point), and neither findings nor notices are reported.
fn analyze_parsed_once(
    path: &Path,
    text: &str,
    lang: Lang,
    role: FileRole,
    settings: &Settings,
    only: RuleSet,
    fixture_module: bool,
) -> (Vec<Finding>, Vec<Notice>) {
    let not_a_fixture_module = || (Vec::new(), Vec::new());
    let shown = path.to_string_lossy().replace('\\', "/");
    let mut notices = Vec::new();
    if lang.is_python() && python_indent_depth_exceeds(text, MAX_PYTHON_INDENT_LEVELS) {
        if fixture_module {
            return not_a_fixture_module();
        }
        notices.push(Notice {
            path: shown,
            message: format!(
                "indentation nested deeper than {MAX_PYTHON_INDENT_LEVELS} levels; file not analysed"
            ),
            line: None,
        });
        return (Vec::new(), notices);
    }
    let tree = PARSER.with(|p| {
        let mut parser = p.borrow_mut();
        parser.set_language(&lang.grammar()).ok()?;
        crate::timings::count_parsed_file();
        let _timer = crate::timings::time(Phase::Parse);
        parser.parse(text, None)
    });
    let Some(tree) = tree else {
        if fixture_module {
            return not_a_fixture_module();
        }
        notices.push(Notice {
            path: shown,
            message: "the parser gave up on this file; skipped".into(),
            line: None,
        });
        return (Vec::new(), notices);
    };
    let tree_checks_timer = crate::timings::time(Phase::TreeChecks);
    let lines = LineIndex::new(text);
    let root = tree.root_node();
    let broken = root.has_error();
    if broken {
        let line = first_error_line(root);
        notices.push(Notice {
            path: shown.clone(),
            message: format!(
                "syntax error near line {}; findings are reported for the parts that parsed",
                line
            ),
            line: Some(line),
        });
    }
    if bracket_depth_exceeds(text, MAX_NESTING / 3) && nesting_exceeds(root, MAX_NESTING) {
        if fixture_module {
            return not_a_fixture_module();
        }
        notices.push(Notice {
            path: shown,
            message: format!("nesting deeper than {MAX_NESTING} levels; file not analysed"),
            line: None,
        });
        return (Vec::new(), notices);
    }
    drop(tree_checks_timer);
    let path = Arc::new(path.to_path_buf());
    let model_timer = crate::timings::time(Phase::Model);
    let model = Model::build(
        lang,
        text,
        &tree,
        role,
        &settings.project,
        &settings.isolation,
    );
    drop(model_timer);
    if fixture_module && !model.defines_module_fixtures() {
        return not_a_fixture_module();
    }
    let memo = crate::model::memo::FileMemo::default();
    let mut findings = Vec::new();
    for rule in settings.rules.iter().filter(|r| only.contains(**r)) {
        let Some(doc) = RuleDoc::get(rule.id()) else {
            continue;
        };
        let mut cx = RuleContext {
            model: &model,
            path: &path,
            lines: &lines,
            rule: rule.id(),
            doc,
            findings: &mut findings,
            memo: &memo,
        };
        let _timer = if crate::timings::enabled() {
            let index = crate::rules::all().iter().position(|r| r.id() == rule.id());
            index.and_then(|i| crate::timings::time(Phase::Rule(i)))
        } else {
            None
        };
        rule.check(&mut cx);
    }
    let filter_timer = crate::timings::time(Phase::Filter);
    if lang.is_python() && !findings.is_empty() {
        drop_script_only(root, text, &model, &path, &mut findings);
        drop_contained(&model, &mut findings);
    }
    drop_never_run(&model, &mut findings);
    drop_dead_branches(&model, &mut findings);
    resolve_overlaps(&mut findings);
    if broken {
        // `--fix` leaves a file that does not parse alone (a fix must leave
        // a file that parses), so no format offers its findings' fixes.
        for f in &mut findings {
            f.fix = None;
        }
    }
    drop(filter_timer);
    // Freed here rather than at the return, so that `--timings` sees it.
    let _timer = crate::timings::time(Phase::Drop);
    drop(memo);
    drop(model);
    drop(tree);
    (findings, notices)
}

/// Drops findings in a module-level `if __name__ == "__main__":` block: it
/// runs only when the file is executed as a script, never under pytest or
/// unittest discovery, so nothing in it can race with another worker.
fn drop_script_only(
    root: tree_sitter::Node,
    text: &str,
    model: &Model,
    path: &Path,
    findings: &mut Vec<Finding>,
) {
    let blocks: Vec<(usize, usize)> = crate::walk::named_children_list(root)
        .into_iter()
        .filter(|n| n.kind() == "if_statement")
        .filter(|n| {
            n.field("condition").is_some_and(|c| {
                let compact: String = text
                    .get(c.byte_range())
                    .unwrap_or("")
                    .chars()
                    .filter(|ch| !ch.is_whitespace())
                    .map(|ch| if ch == '\'' { '"' } else { ch })
                    .collect();
                compact == "__name__==\"__main__\"" || compact == "\"__main__\"==__name__"
            })
        })
        .map(|n| (n.start_byte(), n.end_byte()))
        .collect();
    // A module under `tests/` that pytest does not collect by name, with
    // such a block and no test, hook or fixture of its own, is a script (a
    // suite's `runtests.py`): its top-level code runs once, in the process
    // that starts the runner. (A `test_*.py` is imported by pytest, so its
    // top-level code runs in the worker.)
    let collected = path
        .file_name()
        .and_then(|s| s.to_str())
        .is_some_and(crate::discover::pytest_collects_by_name);
    if !blocks.is_empty() && !collected && !model.defines_tests() {
        findings.clear();
    }
    // Module-level functions called only from such a block (`def main():
    // ...` run by `if __name__ == "__main__": main()`) run only then, too.
    let mut script_only = blocks.clone();
    if !blocks.is_empty() {
        let in_blocks = |at: usize| blocks.iter().any(|&(s, e)| s <= at && at < e);
        for scope in &model.scopes {
            if scope.kind != crate::model::scope::ScopeKind::Function
                || scope.parent != Some(crate::model::scope::MODULE)
                || scope.name.is_empty()
            {
                continue;
            }
            let mut calls = model
                .calls
                .iter()
                .filter(|c| c.path == scope.name)
                .peekable();
            if calls.peek().is_some() && calls.all(|c| in_blocks(c.node.start_byte())) {
                script_only.push((scope.node.start_byte(), scope.node.end_byte()));
            }
        }
    }
    drop_in(findings, &script_only, |_| true);
}

/// Drops findings inside Python tests (or classes, or modules) whose marks
/// contain the hazard: a test run in a process of its own (`@pytest.mark.forked`,
/// `@run_in_subprocess`) leaks nothing through the worker's process, and
/// tests that `@pytest.mark.xdist_group` pins to one worker take turns on a
/// port, file or record instead of racing for it. A same-file function only
/// handed to a child process (`subprocess_run_helper(f)`, `Process(target=f)`,
/// `ProcessPoolExecutor().submit(f)`) changes nothing in the worker's.
fn drop_contained(model: &Model, findings: &mut Vec<Finding>) {
    let mut contained = |through: SharedThrough, pred: fn(&str) -> bool| {
        if !findings
            .iter()
            .any(|f| shared_through(f.rule) == Some(through))
        {
            return;
        }
        let ranges = model.marked_ranges(pred);
        drop_in(findings, &ranges, |f| {
            shared_through(f.rule) == Some(through)
        });
    };
    contained(SharedThrough::Process, framework::runs_in_own_process);
    contained(SharedThrough::Machine, |m| {
        framework::xdist_group(m).is_some()
    });
    // Same-file functions run only in a child process (`subprocess_run_helper(f)`,
    // `Process(target=f)`, a process pool's `submit(f)`): see `model::process`.
    if findings
        .iter()
        .any(|f| shared_through(f.rule) == Some(SharedThrough::Process))
    {
        let ranges = model.child_process_spans();
        drop_in(findings, &ranges, |f| {
            shared_through(f.rule) == Some(SharedThrough::Process)
        });
    }
}

/// Drops findings inside tests and suites that never run (`it.skip`,
/// `xdescribe`, `@unittest.skip`, `@pytest.mark.skip`): they cannot race.
fn drop_never_run(model: &Model, findings: &mut Vec<Finding>) {
    if findings.is_empty() {
        return;
    }
    drop_in(findings, &model.skipped_ranges(), |_| true);
}

/// Drops findings in the body of an `if` whose condition is always false:
/// `if False:`, `if (false)`, or a flag the file only ever sets to a falsy
/// literal (`REGENERATE = False` ... `if REGENERATE: open(path, 'w')`, a
/// switch for rewriting expected files by hand). And findings of the rules
/// whose hazard is a port, file or row another worker uses, in the body of
/// `if worker_id == "master":`: pytest-xdist's `worker_id` fixture is
/// `"master"` only in a run without workers, so that code never races one.
fn drop_dead_branches<'t>(model: &Model<'t>, findings: &mut Vec<Finding>) {
    if findings.is_empty() {
        return;
    }
    let falsy_literal = |n: tree_sitter::Node| {
        matches!(n.kind(), "false" | "none" | "null" | "undefined")
            || (matches!(n.kind(), "integer" | "number") && model.text(n) == "0")
    };
    let condition = |stmt: tree_sitter::Node<'t>| {
        let mut cond = stmt.field("condition")?;
        while cond.kind() == "parenthesized_expression" {
            match cond.named_child(0) {
                Some(inner) => cond = inner,
                None => break,
            }
        }
        Some(cond)
    };
    let without_workers = |stmt: tree_sitter::Node<'t>| {
        condition(stmt).is_some_and(|cond| {
            let text: String = model
                .text(cond)
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| if c == '\'' { '"' } else { c })
                .collect();
            matches!(
                text.as_str(),
                "worker_id==\"master\"" | "\"master\"==worker_id"
            )
        })
    };
    let never_true = |stmt: tree_sitter::Node<'t>| {
        let Some(cond) = condition(stmt) else {
            return false;
        };
        falsy_literal(cond)
            || (cond.kind() == "identifier"
                && model.visible_writes(cond).is_some_and(|writes| {
                    !writes.is_empty() && writes.iter().all(|w| w.value.is_some_and(falsy_literal))
                }))
    };
    // Only the `if`s around a finding matter: climbed from each finding
    // (a few per file) instead of walking the whole tree for every `if`.
    findings.retain(|f| {
        let span = f.span();
        let machine = shared_through(f.rule) == Some(SharedThrough::Machine);
        let Some(node) = model
            .root
            .descendant_for_byte_range(span.start_byte, span.start_byte)
        else {
            return true;
        };
        !crate::walk::ancestors(model.root, node)
            .into_iter()
            .any(|a| {
                a.kind() == "if_statement"
                    && a.field("consequence").is_some_and(|body| {
                        body.start_byte() <= span.start_byte && span.start_byte < body.end_byte()
                    })
                    && (never_true(a) || machine && without_workers(a))
            })
    });
}

/// Drops the findings `applies` selects that start inside one of `ranges`.
fn drop_in(
    findings: &mut Vec<Finding>,
    ranges: &[(usize, usize)],
    applies: impl Fn(&Finding) -> bool,
) {
    if ranges.is_empty() {
        return;
    }
    findings.retain(|f| {
        let at = f.span().start_byte;
        !(applies(f) && ranges.iter().any(|&(s, e)| s <= at && at < e))
    });
}

fn shared_through(rule: &str) -> Option<SharedThrough> {
    crate::rules::by_id(rule).map(|r| r.shared_through())
}

/// One finding per (rule, use site), in source order; where two rules report
/// the same binding, the more specific rule wins.
fn resolve_overlaps(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (a.span().start_byte, a.span().end_byte, a.rule).cmp(&(
            b.span().start_byte,
            b.span().end_byte,
            b.rule,
        ))
    });
    findings.dedup_by(|a, b| a.rule == b.rule && a.span() == b.span());
    // test-order-dependency is the specific form of module-mutable-state.
    let order_subjects: Vec<usize> = findings
        .iter()
        .filter(|f| f.rule == "test-order-dependency")
        .filter_map(|f| f.subject)
        .collect();
    if !order_subjects.is_empty() {
        findings.retain(|f| {
            f.rule != "module-mutable-state"
                || f.subject.is_none_or(|s| !order_subjects.contains(&s))
        });
    }
}

fn first_error_line(root: tree_sitter::Node) -> usize {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if node.is_error() || node.is_missing() {
            return node.start_position().row + 1;
        }
        // Descend into the first child that contains an error.
        let mut found = false;
        if cursor.goto_first_child() {
            loop {
                if cursor.node().has_error() {
                    found = true;
                    break;
                }
                if !cursor.goto_next_sibling() {
                    break;
                }
            }
        }
        if !found {
            return node.start_position().row + 1;
        }
    }
}

/// Parses a Python module read for its facts alone (a `conftest.py` above a
/// test, a project module a test imports from): `None` when it cannot be
/// parsed safely (see [`MAX_PYTHON_INDENT_LEVELS`]); its facts are then
/// unknown, as for a module that is not there.
pub(crate) fn parse_python_module(src: &str) -> Option<tree_sitter::Tree> {
    if python_indent_depth_exceeds(src, MAX_PYTHON_INDENT_LEVELS) {
        return None;
    }
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&Lang::Python.grammar()).ok()?;
    parser.parse(src, None)
}

/// The Python grammar's external scanner keeps one entry per open
/// indentation level and serialises it into tree-sitter's 1 KiB buffer, two
/// bytes each after up to 256 bytes of bracket state; past ~384 levels the
/// C library aborts the whole process (an `assert` in `parser.c`). No real
/// code comes near this; such files are skipped with a warning.
const MAX_PYTHON_INDENT_LEVELS: usize = 300;

/// Over-approximates the scanner's indentation stack: the stack of strictly
/// increasing indent widths of non-blank lines (lines inside brackets or
/// strings count too, which only makes the screen stricter).
fn python_indent_depth_exceeds(text: &str, limit: usize) -> bool {
    let mut stack: Vec<usize> = Vec::new();
    for line in text.as_bytes().split(|&b| b == b'\n') {
        let width = line
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t' || b == b'\x0c')
            .count();
        if width == line.len() || line[width] == b'\r' || line[width] == b'#' {
            continue;
        }
        while stack.last().is_some_and(|&top| top > width) {
            stack.pop();
        }
        if stack.last().is_none_or(|&top| top < width) {
            stack.push(width);
            if stack.len() > limit {
                return true;
            }
        }
    }
    false
}

/// A cheap over-approximation screen for deep nesting: the deepest run of
/// unclosed brackets. Only files that pass it get the exact tree walk.
///
/// It runs on every parsed file, so it has no data-dependent branch per
/// byte: a closer at depth 0 is ignored (the depth saturates at 0), and a
/// saturating running sum is the plain running sum minus its lowest value
/// so far, so the depth after each byte is `sum - low` with `low` the
/// running minimum (itself starting at 0).
fn bracket_depth_exceeds(text: &str, limit: usize) -> bool {
    const STEP: [i8; 256] = {
        let mut t = [0i8; 256];
        t[b'(' as usize] = 1;
        t[b'[' as usize] = 1;
        t[b'{' as usize] = 1;
        t[b')' as usize] = -1;
        t[b']' as usize] = -1;
        t[b'}' as usize] = -1;
        t
    };
    // No run is deeper than the file has openers, and most files have fewer
    // than `limit` in all: a count with no dependency between bytes (it
    // vectorises: a tenth of the cost of the walk below) settles them.
    // Counted in byte-wide lanes, 255 bytes at a time (no lane overflows).
    let openers: usize = text
        .as_bytes()
        .chunks(255)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| {
                n.wrapping_add(u8::from(b == b'(') + u8::from(b == b'[') + u8::from(b == b'{'))
            });
            usize::from(n)
        })
        .sum();
    if openers <= limit {
        return false;
    }
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let (mut sum, mut low, mut deepest) = (0i64, 0i64, 0i64);
    for chunk in text.as_bytes().chunks(4096) {
        for &b in chunk {
            sum += i64::from(STEP[usize::from(b)]);
            low = low.min(sum);
            deepest = deepest.max(sum - low);
        }
        if deepest > limit {
            return true;
        }
    }
    false
}

/// Whether the tree is nested deeper than `limit`, without recursion.
fn nesting_exceeds(root: tree_sitter::Node, limit: usize) -> bool {
    let mut cursor = root.walk();
    let mut depth = 0usize;
    loop {
        if cursor.goto_first_child() {
            depth += 1;
            if depth > limit {
                return true;
            }
            continue;
        }
        loop {
            if cursor.goto_next_sibling() {
                break;
            }
            if !cursor.goto_parent() {
                return false;
            }
            depth -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::bracket_depth_exceeds;

    /// The screen, written the obvious way.
    fn deepest_run(text: &str) -> usize {
        let (mut depth, mut deepest) = (0usize, 0usize);
        for b in text.bytes() {
            match b {
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        deepest
    }

    #[test]
    fn bracket_screen_matches_a_saturating_counter() {
        let long = "(".repeat(5000) + &")".repeat(5000);
        // Many openers, shallow; and openers filling whole count chunks.
        let flat = "()".repeat(3000);
        let open = "{".repeat(600);
        let cases = [
            flat.as_str(),
            open.as_str(),
            "",
            "f(a[1], {b: 2})",
            ")))(((",
            "]]]]]]]]]]{[(",
            "((()))((((",
            "}{}{}{}{",
            long.as_str(),
        ];
        for text in cases {
            let deepest = deepest_run(text);
            for limit in [0, 1, 2, 3, 4, 599, 600, 2999, 3000, 4999, 5000] {
                assert_eq!(
                    bracket_depth_exceeds(text, limit),
                    deepest > limit,
                    "{text:.20} at limit {limit}"
                );
            }
        }
    }
}

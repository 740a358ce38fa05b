//! `check --fix` as a process on a scratch project: what it rewrites, what
//! it leaves, that a second run changes nothing, and that it refuses files
//! it cannot fix safely.

use assert_cmd::Command;
use std::path::Path;
use tempfile::TempDir;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn isolint(dir: &Path, args: &[&str]) -> Run {
    let format = if args.contains(&"--format") {
        &[][..]
    } else {
        &["--format", "concise"][..]
    };
    let out = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir)
        .args(["check", "--no-cache"])
        .args(format)
        .args(args)
        .output()
        .expect("isolint runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8"),
    }
}

fn project(files: &[(&str, &str)]) -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

fn read(dir: &TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).expect("read")
}

const TIMERS: &str = "describe('clock', () => {\n  beforeEach(() => {\n    jest.useFakeTimers();\n  });\n  it('ticks', () => {});\n});\n";
const TIMERS_FIXED: &str = "describe('clock', () => {\n  beforeEach(() => {\n    jest.useFakeTimers();\n  });\n  it('ticks', () => {});\n  afterEach(() => {\n    jest.useRealTimers();\n  });\n});\n";
const TMP: &str =
    "def test_cfg():\n    with open('/tmp/cfg.json', 'w') as f:\n        f.write('{}')\n";
const TMP_FIXED: &str = "def test_cfg(tmp_path):\n    with open(tmp_path / 'cfg.json', 'w') as f:\n        f.write('{}')\n";
/// A port the file's client also calls: reported, but no safe fix.
const CLIENT: &str =
    "test('a', async () => { app.listen(3000); await fetch('http://localhost:3000/'); });\n";

#[test]
fn fix_rewrites_what_it_can_reports_the_rest_and_is_idempotent() {
    let dir = project(&[
        ("clock.test.js", TIMERS),
        ("tests/test_cfg.py", TMP),
        ("client.test.js", CLIENT),
    ]);
    let before = isolint(dir.path(), &[]);
    assert_eq!(before.code, 1);
    assert_eq!(before.stdout.lines().count(), 3, "{}", before.stdout);
    // Machine formats keep stderr for problems; the human one says what
    // `--fix` would do.
    assert_eq!(before.stderr, "");
    let human = isolint(dir.path(), &["--format", "human"]);
    assert!(
        human.stderr.contains("2 findings fixable with `--fix`"),
        "{}",
        human.stderr
    );
    assert!(!human.stdout.contains("fix: Bind port 0"));
    assert!(
        human
            .stdout
            .contains("fix: Use pytest's `tmp_path` fixture (`--fix`)"),
        "{}",
        human.stdout
    );

    let fixed = isolint(dir.path(), &["--fix"]);
    assert_eq!(read(&dir, "clock.test.js"), TIMERS_FIXED);
    assert_eq!(read(&dir, "tests/test_cfg.py"), TMP_FIXED);
    assert_eq!(read(&dir, "client.test.js"), CLIENT);
    // What is left is reported, and decides the exit code.
    assert_eq!(fixed.code, 1, "{}", fixed.stderr);
    assert_eq!(fixed.stdout.lines().count(), 1, "{}", fixed.stdout);
    assert!(fixed.stdout.contains("client.test.js"), "{}", fixed.stdout);
    assert!(
        fixed.stderr.contains("fixed 2 findings in 2 files"),
        "{}",
        fixed.stderr
    );
    // No temporary file is left next to the fixed ones.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".isolint-")), "{names:?}");

    let again = isolint(dir.path(), &["--fix"]);
    assert_eq!(again.code, 1);
    assert_eq!(again.stdout, fixed.stdout);
    assert!(
        again.stderr.contains("fixed 0 findings in 0 files"),
        "{}",
        again.stderr
    );
    assert_eq!(read(&dir, "clock.test.js"), TIMERS_FIXED);
    assert_eq!(read(&dir, "tests/test_cfg.py"), TMP_FIXED);
}

#[test]
fn fix_leaves_suppressed_findings_files_that_do_not_parse_and_checks_without_it() {
    let suppressed = "# isolint: ignore-file[fixed-temp-path]\ndef test_cfg():\n    open('/tmp/cfg.json', 'w')\n";
    let broken = "describe('clock', () => {\n  beforeEach(() => { jest.useFakeTimers(); });\n  it('x', () => { if ( });\n});\n";
    let dir = project(&[
        ("tests/test_s.py", suppressed),
        ("broken.test.js", broken),
        ("clock.test.js", TIMERS),
    ]);
    // Without --fix nothing is written.
    isolint(dir.path(), &[]);
    assert_eq!(read(&dir, "clock.test.js"), TIMERS);

    let r = isolint(dir.path(), &["--fix"]);
    assert_eq!(read(&dir, "tests/test_s.py"), suppressed);
    assert_eq!(read(&dir, "broken.test.js"), broken);
    assert_eq!(read(&dir, "clock.test.js"), TIMERS_FIXED);
    assert!(
        r.stderr.contains("broken.test.js") && r.stderr.contains("syntax error"),
        "{}",
        r.stderr
    );
}

#[test]
fn fix_keeps_a_bom_crlf_and_the_file_mode() {
    let text = "\u{feff}test('a', () => {\r\n  jest.useFakeTimers();\r\n});\r\n";
    let dir = project(&[("a.test.js", text)]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.path().join("a.test.js");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    }
    isolint(dir.path(), &["--fix"]);
    assert_eq!(
        read(&dir, "a.test.js"),
        "\u{feff}test('a', () => {\r\n  jest.useFakeTimers();\r\n});\r\nafterEach(() => {\r\n  jest.useRealTimers();\r\n});\r\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("a.test.js"))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640);
    }
}

#[test]
fn fixes_are_in_json_and_fix_conflicts_with_stdin() {
    let dir = project(&[("tests/test_cfg.py", TMP)]);
    let out = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir.path())
        .args(["check", "--no-cache", "--format", "json"])
        .output()
        .expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let fix = &doc["findings"][0]["fix"];
    assert_eq!(fix["applicability"], "safe");
    assert_eq!(fix["title"], "Use pytest's `tmp_path` fixture");
    let edits = fix["edits"].as_array().expect("edits");
    assert_eq!(edits.len(), 2);
    // The new parameter, then the path; positions are 1-based.
    assert_eq!(edits[0]["content"], "tmp_path");
    assert_eq!(edits[0]["start"]["line"], 1);
    assert_eq!(edits[0]["start"]["column"], 14);
    assert_eq!(edits[1]["content"], "tmp_path / 'cfg.json'");

    let stdin = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir.path())
        .args(["check", "--fix", "--stdin-filename", "tests/test_x.py"])
        .write_stdin(TMP)
        .output()
        .expect("runs");
    assert_eq!(stdin.status.code(), Some(2));
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("list") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else if entry.file_type().expect("type").is_file() {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn snapshot(dir: &Path, out: &mut Vec<(std::path::PathBuf, Vec<u8>)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if !path.ends_with(".isolint_cache") {
                snapshot(&path, out);
            }
        } else {
            out.push((path.clone(), std::fs::read(&path).expect("read")));
        }
    }
}

/// `--fix` over the whole labeled corpus: every fix it applies removes its
/// finding (at least) and adds none, every rewritten file still parses (a fixed file
/// raises no new syntax-error warning), and a second run changes nothing.
#[test]
fn fixing_the_labeled_corpus_removes_exactly_the_fixed_findings_and_is_idempotent() {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        dir.path(),
    );
    let before = isolint(dir.path(), &[]);
    let mut original = Vec::new();
    snapshot(dir.path(), &mut original);

    let fixed = isolint(dir.path(), &["--fix"]);
    let summary = fixed
        .stderr
        .lines()
        .find(|l| l.starts_with("isolint: fixed "))
        .unwrap_or_else(|| panic!("no summary in {}", fixed.stderr));
    let n: usize = summary["isolint: fixed ".len()..]
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert!(n >= 10, "the corpus has fixable findings: {summary}");
    // Each fix removes its own finding, and may remove more (one teardown
    // hook also undoes a `setSystemTime` that has no fix of its own).
    assert!(
        fixed.stdout.lines().count() + n <= before.stdout.lines().count(),
        "{summary}"
    );
    // Rules and messages of what is left were all there before (lines move,
    // and fewer other files may share a value now).
    let key = |l: &str| {
        let (path, rest) = l.split_once(':').expect("path:");
        let message = rest.splitn(3, ':').nth(2).expect("message");
        let message = message.split("; also ").next().expect("message");
        (path.to_string(), message.to_string())
    };
    let was: Vec<_> = before.stdout.lines().map(key).collect();
    for l in fixed.stdout.lines() {
        assert!(was.contains(&key(l)), "new after --fix: {l}");
    }
    let warnings = |s: &str| s.lines().filter(|l| l.contains("warning")).count();
    assert_eq!(
        warnings(&fixed.stderr),
        warnings(&before.stderr),
        "{}",
        fixed.stderr
    );

    let mut after = Vec::new();
    snapshot(dir.path(), &mut after);
    let changed = original
        .iter()
        .zip(&after)
        .filter(|(a, b)| a.1 != b.1)
        .count();
    assert!(changed > 0 && changed <= n, "{changed} files for {n} fixes");

    let again = isolint(dir.path(), &["--fix"]);
    assert!(
        again.stderr.contains("fixed 0 findings"),
        "{}",
        again.stderr
    );
    let mut twice = Vec::new();
    snapshot(dir.path(), &mut twice);
    assert!(after == twice, "a second --fix changed files");
}

/// Fix sweep: a file that does not parse offers no fix in any format (its
/// fixes would not be applied), `--fix` does not call it fixable, a
/// read-only file is left alone, and the stderr summary names the flag
/// that would apply an unsafe fix.
#[test]
fn fix_offers_nothing_it_will_not_apply() {
    let broken = "test('a', () => { app.listen(4103); });\ntest('b', () => { (((\n";
    let spy = "test('a', () => {\n  jest.spyOn(Date, 'now').mockReturnValue(0);\n});\n";
    let dir = project(&[("broken.test.js", broken), ("spy.test.js", spy)]);
    let json = isolint(dir.path(), &["--format", "json", "broken.test.js"]);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(
        doc["findings"][0]["rule"], "hardcoded-port",
        "{}",
        json.stdout
    );
    assert!(doc["findings"][0]["fix"].is_null(), "{}", json.stdout);
    let fixed = isolint(dir.path(), &["--fix", "broken.test.js"]);
    assert!(!fixed.stderr.contains("fixable"), "{}", fixed.stderr);
    assert_eq!(read(&dir, "broken.test.js"), broken);

    let human = isolint(dir.path(), &["--format", "human", "spy.test.js"]);
    assert!(
        human
            .stderr
            .contains("1 finding fixable with `--fix --unsafe-fixes`"),
        "{}",
        human.stderr
    );

    let sarif = isolint(dir.path(), &["--format", "sarif", "spy.test.js"]);
    let doc: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("SARIF");
    let fix = &doc["runs"][0]["results"][0]["fixes"][0];
    assert_eq!(
        fix["properties"]["applicability"], "unsafe",
        "{}",
        sarif.stdout
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = project(&[("ro.test.js", TIMERS)]);
        let path = ro.path().join("ro.test.js");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
        let r = isolint(ro.path(), &["--fix", "--format", "human"]);
        assert_eq!(read(&ro, "ro.test.js"), TIMERS);
        assert_eq!(r.code, 1);
        assert!(
            r.stderr.contains("read-only") && r.stderr.contains("1 fixable finding not fixed"),
            "{}",
            r.stderr
        );
    }
}

//! Adopting isolint in a real repository, tested as a user would: the CLI as
//! a process in temporary directories (config, suppressions, baseline,
//! pre-commit, CI flags, editors).

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use std::path::Path;
use tempfile::TempDir;

const PORT_JS: &str = "test('a', () => {\n  app.listen(3000);\n});\n";

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn project(files: &[(&str, &str)]) -> TempDir {
    let d = tempfile::tempdir().unwrap();
    // A marker so that project-root search stops here.
    std::fs::create_dir_all(d.path().join(".git")).unwrap();
    for (rel, text) in files {
        write(d.path(), rel, text);
    }
    d
}

fn isolint(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("isolint").unwrap();
    c.current_dir(dir).env("NO_COLOR", "1");
    c
}

fn concise(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = isolint(dir)
        .args(["check", "--format", "concise"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// ---- Configuration ----

#[test]
fn config_select_and_cli_override() {
    let d = project(&[
        ("isolint.toml", "select = [\"env-mutation\"]\n"),
        ("a.test.js", PORT_JS),
    ]);
    let (code, out, _) = concise(d.path(), &[]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out, _) = concise(d.path(), &["--select", "hardcoded-port"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("a.test.js:2:14: hardcoded-port "), "{out}");
    let (code, out, _) = concise(
        d.path(),
        &["--select", "hardcoded-port", "--ignore", "hardcoded-port"],
    );
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn nearest_config_wins_including_pyproject() {
    let d = project(&[
        ("isolint.toml", "ignore = []\n"),
        ("a.test.js", PORT_JS),
        (
            "sub/pyproject.toml",
            "[project]\nname = \"sub\"\n[tool.isolint]\nignore = [\"hardcoded-port\"]\n",
        ),
        ("sub/b.test.js", PORT_JS),
        // A pyproject.toml without [tool.isolint] is not a config.
        ("other/pyproject.toml", "[project]\nname = \"o\"\n"),
        ("other/c.test.js", PORT_JS),
    ]);
    let (code, out, _) = concise(d.path(), &[]);
    assert_eq!(code, 1);
    let files: Vec<&str> = out.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(files, vec!["a.test.js", "other/c.test.js"], "{out}");
    // `--config` applies one file everywhere.
    write(d.path(), "all.toml", "select = [\"hardcoded-port\"]\n");
    let (_, out, _) = concise(d.path(), &["--config", "all.toml"]);
    assert_eq!(out.lines().count(), 3, "{out}");
}

#[test]
fn per_file_ignores_include_exclude() {
    let d = project(&[
        (
            ".isolint.toml",
            "exclude = [\"legacy/**\"]\nextend-include = [\"checks/*.js\"]\n[per-file-ignores]\n\"e2e/**\" = [\"hardcoded-port\"]\n",
        ),
        ("legacy/a.test.js", PORT_JS),
        ("e2e/b.test.js", PORT_JS),
        ("checks/c.js", PORT_JS),
        ("src/d.js", PORT_JS),
    ]);
    let (_, out, _) = concise(d.path(), &[]);
    assert_eq!(
        out.lines()
            .map(|l| l.split(':').next().unwrap())
            .collect::<Vec<_>>(),
        vec!["checks/c.js"],
        "{out}"
    );
    // Explicit files are always checked, unless `--force-exclude`.
    let (_, out, _) = concise(d.path(), &["legacy/a.test.js"]);
    assert!(out.starts_with("legacy/a.test.js:2:14"), "{out}");
    let (code, out, _) = concise(d.path(), &["--force-exclude", "legacy/a.test.js"]);
    assert_eq!((code, out.as_str()), (0, ""));
    // `include` replaces the built-in test-file conventions.
    write(d.path(), ".isolint.toml", "include = [\"src/*.js\"]\n");
    let (_, out, _) = concise(d.path(), &[]);
    assert_eq!(
        out.lines()
            .map(|l| l.split(':').next().unwrap())
            .collect::<Vec<_>>(),
        vec!["src/d.js"],
        "{out}"
    );
}

#[test]
fn severity_note_does_not_fail_and_reaches_json() {
    let d = project(&[
        ("isolint.toml", "[severity]\nhardcoded-port = \"note\"\n"),
        ("a.test.js", PORT_JS),
    ]);
    let out = isolint(d.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["findings"][0]["severity"], "note");
    write(
        d.path(),
        "isolint.toml",
        "[severity]\nhardcoded-port = \"error\"\n",
    );
    let out = isolint(d.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["findings"][0]["severity"], "error");
}

#[test]
fn isolated_env_vars_from_config() {
    let src = "test('a', () => { app.listen(process.env.MY_SHARD ?? 4000); });\n";
    let d = project(&[("a.test.js", src)]);
    let (code, _, _) = concise(d.path(), &[]);
    assert_eq!(code, 1);
    write(
        d.path(),
        "isolint.toml",
        "isolated-env-vars = [\"MY_SHARD\"]\n",
    );
    let (code, out, _) = concise(d.path(), &[]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn config_command_prints_effective_config() {
    let d = project(&[(
        "isolint.toml",
        "ignore = [\"env-mutation\"]\nextra-fixtures = [\"db_fixture\"]\n[extra-hooks]\nbefore-each = [\"setupDb\"]\n[severity]\nhardcoded-port = \"error\"\n",
    )]);
    isolint(d.path())
        .args(["config"])
        .assert()
        .success()
        .stdout(contains("# config: isolint.toml"))
        .stdout(contains("before-each = [\"setupDb\"]"))
        .stdout(contains("extra-fixtures = [\"db_fixture\"]"))
        .stdout(contains("hardcoded-port = \"error\""))
        .stdout(contains("\"env-mutation\"").not());
}

/// Every bad config or flag: exit 2 and one line naming where and how to fix.
#[test]
fn bad_config_and_flags_are_clear_errors() {
    let cases: &[(&str, &[&str], &str)] = &[
        (
            "ignore = []\nselct = [\"hardcoded-port\"]\n",
            &[],
            "isolint: error: isolint.toml:2: unknown key `selct`; did you mean `select`?",
        ),
        (
            "select = [\"hardcoded-prot\"]\n",
            &[],
            "isolint: error: isolint.toml:1: unknown rule `hardcoded-prot`; did you mean `hardcoded-port`?",
        ),
        (
            "\n[severity]\nhardcoded-port = \"fatal\"\n",
            &[],
            "isolint: error: isolint.toml:3: invalid value `fatal`; expected one of: note, warning, error",
        ),
        (
            "[per-file-ignores]\n\"e2e/**\" = [\"env-mutaton\"]\n",
            &[],
            "isolint: error: isolint.toml:2: unknown rule `env-mutaton`; did you mean `env-mutation`?",
        ),
        (
            "exclude = [\"a/[b\"]\n",
            &[],
            "isolint: error: isolint.toml:1: invalid glob `a/[b`",
        ),
        (
            "[extra-hooks]\nbefore_each = [\"x\"]\n",
            &[],
            "isolint: error: isolint.toml:2: unknown key `before_each`; did you mean `before-each`?",
        ),
        (
            "select = \"hardcoded-port\"\n",
            &[],
            "isolint: error: isolint.toml:1: invalid type",
        ),
        (
            "select = [\n",
            &[],
            "isolint: error: isolint.toml:2: invalid TOML: invalid array; expected `]`",
        ),
        (
            "[severity]\nhardcoded-port = 3\n",
            &[],
            "isolint: error: isolint.toml:2: invalid severity; use \"error\", \"warning\" or \"note\"",
        ),
        (
            "per-file-ignores = [\"x\"]\n",
            &[],
            "isolint: error: isolint.toml:1: invalid type: sequence, expected a map; this key takes a table",
        ),
        (
            "",
            &["--select", "hardcoded-prt"],
            "isolint: error: --select: unknown rule `hardcoded-prt`; did you mean `hardcoded-port`?",
        ),
        (
            "",
            &["--ignore", "nope"],
            "isolint: error: --ignore: unknown rule `nope`",
        ),
        (
            "",
            &["--config", "missing.toml"],
            "isolint: error: missing.toml: config file does not exist",
        ),
        (
            "",
            &["--baseline", "missing.json"],
            "isolint: error: cannot read baseline `missing.json`",
        ),
        (
            "",
            &["--format", "xml"],
            "error: invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            "",
            &["--baseline", "a.json", "--write-baseline", "b.json"],
            "cannot be used with",
        ),
        (
            "",
            &["--stdin-filename", "a.txt"],
            "isolint: error: --stdin-filename `a.txt`: unknown language",
        ),
        ("", &["no/such/dir"], "isolint: error: path `no/such/dir` does not exist"),
    ];
    for (config, args, expected) in cases {
        let d = project(&[("a.test.js", PORT_JS)]);
        if !config.is_empty() {
            write(d.path(), "isolint.toml", config);
        }
        let out = isolint(d.path())
            .arg("check")
            .args(*args)
            .write_stdin("")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{config} {args:?}: {stderr}");
        if !expected.starts_with("error:") && *expected != "cannot be used with" {
            assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        }
        assert!(
            stderr.lines().next().unwrap_or("").starts_with(expected) || stderr.contains(expected),
            "{config} {args:?}\nexpected: {expected}\n     got: {stderr}"
        );
    }
}

#[test]
fn pyproject_errors_name_the_right_line() {
    let d = project(&[
        (
            "pyproject.toml",
            "[project]\nname = \"x\"\n\n[tool.isolint]\nextend-selct = []\n",
        ),
        ("test_a.py", "def test_a():\n    pass\n"),
    ]);
    isolint(d.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(contains(
            "pyproject.toml:5: unknown key `extend-selct`; did you mean `extend-select`?",
        ));
}

// ---- Suppressions ----

#[test]
fn js_suppressions() {
    let src = "/* isolint-ignore-file env-mutation */\ntest('a', () => {\n  app.listen(3000); // isolint-ignore hardcoded-port\n  // isolint-ignore-next-line hardcoded-port, env-mutation -- fixed by the harness\n  app.listen(3001);\n  app.listen(3002);\n});\n";
    let d = project(&[("a.test.js", src)]);
    let (code, out, err) = concise(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines()
            .map(|l| l.split(": ").next().unwrap())
            .collect::<Vec<_>>(),
        vec!["a.test.js:6:14"],
        "{out}"
    );
    assert_eq!(err, "");
    // The file-level and the env-mutation part of the next-line comment
    // suppressed nothing.
    let (code, _, err) = concise(d.path(), &["--report-unused-suppressions"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("a.test.js:1: unused suppression of `env-mutation`")
            && err.contains("a.test.js:4: unused suppression of `env-mutation`")
            && !err.contains("`hardcoded-port`"),
        "{err}"
    );
    // Suppressed findings are left out of every format.
    for format in ["json", "sarif", "github", "human"] {
        let out = isolint(d.path())
            .args(["check", "--format", format])
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            // The finding message, not rule docs that SARIF embeds.
            !text.contains("hardcoded port 3000") && !text.contains("hardcoded port 3001"),
            "{format}: {text}"
        );
    }
}

#[test]
fn python_suppressions_and_unknown_rule_warning() {
    let src = "import socket\n\ndef test_a():\n    s = socket.socket()\n    s.bind((\"\", 8000))  # isolint: ignore[hardcoded-port]\n    # isolint: ignore[hardcoded-port]\n    s.bind((\"\", 8001))\n    s.bind((\"\", 8002))  # isolint: ignore[hardcoded-prot]\n";
    let d = project(&[("test_a.py", src)]);
    let (code, out, err) = concise(d.path(), &[]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("test_a.py:8:"), "{out}");
    assert_eq!(
        err.trim_end(),
        "isolint: warning: test_a.py:8: suppression comment: unknown rule `hardcoded-prot`; did you mean `hardcoded-port`?"
    );
    let file_level = "# isolint: ignore-file[hardcoded-port]\n".to_string() + src;
    write(d.path(), "test_a.py", &file_level);
    let (code, out, _) = concise(d.path(), &[]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn malformed_suppressions_warn_with_fix() {
    let src = "test('a', () => {\n  // isolint-ignore-next-line\n  app.listen(3000);\n});\n";
    let d = project(&[
        ("a.test.js", src),
        ("test_b.py", "x = 1  # isolint: ignore hardcoded-port\n"),
    ]);
    let (_, _, err) = concise(d.path(), &[]);
    assert!(err.contains("isolint: warning: a.test.js:2: `isolint-ignore-next-line` needs a rule id, e.g. `// isolint-ignore-next-line hardcoded-port -- reason`"), "{err}");
    assert!(
        err.contains(
            "isolint: warning: test_b.py:1: `# isolint: ignore` needs rule ids in brackets"
        ),
        "{err}"
    );
}

// ---- Baseline ----

#[test]
fn baseline_survives_line_shifts_and_reports_stale_entries() {
    let src =
        "test('a', () => {\n  app.listen(3000);\n  app.listen(3000);\n  app.listen(4000);\n});\n";
    let d = project(&[("a.test.js", src)]);
    isolint(d.path())
        .args(["check", "--write-baseline", "isolint-baseline.json"])
        .assert()
        .code(0)
        .stderr(contains(
            "wrote 3 findings to baseline `isolint-baseline.json`",
        ));
    let (code, out, err) = concise(d.path(), &["--baseline", "isolint-baseline.json"]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "", ""));
    // Unrelated edits shift every line; one new finding appears; the
    // 4000 one is gone.
    let edited = "// a new header comment\n\nconst x = 1;\ntest('a', () => {\n  app.listen(3000);\n  app.listen(5000);\n  app.listen(3000);\n});\n";
    write(d.path(), "a.test.js", edited);
    let (code, out, err) = concise(d.path(), &["--baseline", "isolint-baseline.json"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("a.test.js:6:14: hardcoded-port hardcoded port 5000"),
        "{out}"
    );
    assert!(
        err.contains("isolint: note: 1 baseline entry no longer occurs"),
        "{err}"
    );
    // A third 3000 is a new finding (occurrence index 2).
    let more = edited.replace("app.listen(5000);", "app.listen(3000);");
    write(d.path(), "a.test.js", &more);
    let (_, out, _) = concise(d.path(), &["--baseline", "isolint-baseline.json"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    // Baselined findings are left out of SARIF too.
    let out = isolint(d.path())
        .args([
            "check",
            "--format",
            "json",
            "--baseline",
            "isolint-baseline.json",
        ])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["findings"].as_array().unwrap().len(), 1);
}

// ---- CI flags ----

#[test]
fn output_statistics_quiet_exit_zero() {
    let d = project(&[
        ("a.test.js", PORT_JS),
        (
            "b.test.js",
            "test('b', () => { app.listen(4000); app.listen(4001); });\n",
        ),
    ]);
    isolint(d.path())
        .args(["check", "--format", "json", "--output", "report.json"])
        .assert()
        .code(1)
        .stdout("3 findings in 2 files (2 files checked)\n");
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(d.path().join("report.json")).unwrap()).unwrap();
    assert_eq!(doc["summary"]["findings"], 3);
    isolint(d.path())
        .args(["check", "--statistics"])
        .assert()
        .code(1)
        .stdout("    3  hardcoded-port\n3 findings in 2 files (2 files checked)\n");
    let out = isolint(d.path())
        .args(["check", "--quiet"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("hardcoded port 3000") && !text.contains("files checked"),
        "{text}"
    );
    isolint(d.path())
        .args(["check", "--exit-zero", "-q", "--format", "concise"])
        .assert()
        .code(0)
        .stdout(contains("hardcoded-port"));
    isolint(d.path())
        .args(["check", "--output", "no/such/dir/r.txt"])
        .assert()
        .code(2)
        .stderr(contains("cannot write --output `no/such/dir/r.txt`"));
}

// ---- Editors ----

#[test]
fn stdin_filename_applies_config_as_that_path() {
    let d = project(&[(
        "isolint.toml",
        "[per-file-ignores]\n\"legacy/*\" = [\"hardcoded-port\"]\n",
    )]);
    // Not a test-file name, but named explicitly: checked.
    isolint(d.path())
        .args(["check", "--format", "concise", "--stdin-filename", "src/server.js"])
        .write_stdin("app.listen(3000); // isolint-ignore env-mutation\nnew WebSocketServer({ port: 8080 });\n")
        .assert()
        .code(1)
        .stdout(contains("src/server.js:2:"))
        .stdout(contains("src/server.js:1:"));
    isolint(d.path())
        .args([
            "check",
            "--format",
            "concise",
            "--stdin-filename",
            "legacy/a.test.js",
        ])
        .write_stdin(PORT_JS)
        .assert()
        .code(0)
        .stdout("");
}

// ---- pre-commit ----

#[test]
fn explicit_files_see_the_rest_of_the_project() {
    let d = project(&[
        ("web/package.json", "{}"),
        ("web/src/a.test.js", PORT_JS),
        ("web/src/b.test.js", PORT_JS),
        (
            "web/src/c.test.js",
            "test('c', () => { app.listen(9000); });\n",
        ),
    ]);
    let (code, out, _) = concise(d.path(), &["web/src/a.test.js"]);
    assert_eq!(code, 1);
    // Only the named file is reported, but the collision with b is known.
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.contains("web/src/a.test.js:2:14") && out.contains("also bound in 1 other file"),
        "{out}"
    );
    let out = isolint(d.path())
        .args(["check", "--format", "json", "web/src/a.test.js"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let related = doc["findings"][0]["related"].to_string();
    assert!(related.contains("web/src/b.test.js"), "{related}");
}

fn git(dir: &Path, args: &[&str]) -> std::process::Output {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .output()
        .unwrap();
    out
}

/// The real `pre-commit` tool against this repository's
/// `.pre-commit-hooks.yaml`. The hook's `language: rust` would make
/// pre-commit `cargo install` isolint in release mode (minutes on a CI
/// box), so the test publishes a copy of the hooks file, identical except
/// for `language: system` and an `entry` pointing at the binary under test,
/// from a temporary hook repository referenced by path and commit sha.
#[test]
fn real_pre_commit_blocks_a_bad_staged_file() {
    let Some(pre_commit) = std::env::var_os("ISOLINT_PRE_COMMIT") else {
        eprintln!(
            "\n!!!!!!!! SKIPPED real_pre_commit_blocks_a_bad_staged_file: ISOLINT_PRE_COMMIT is unset; run `scripts/test.sh` !!!!!!!!\n"
        );
        return;
    };
    let bin = env!("CARGO_BIN_EXE_isolint");
    let hooks_src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml"),
    )
    .unwrap();
    assert!(hooks_src.contains("language: rust") && hooks_src.contains("entry: isolint check"));
    let hooks = hooks_src
        .replace("language: rust", "language: system")
        .replace("entry: isolint check", &format!("entry: {bin} check"));

    let tmp = tempfile::tempdir().unwrap();
    let hook_repo = tmp.path().join("hook-repo");
    std::fs::create_dir_all(&hook_repo).unwrap();
    write(&hook_repo, ".pre-commit-hooks.yaml", &hooks);
    assert!(git(&hook_repo, &["init", "-q"]).status.success());
    git(&hook_repo, &["add", "."]);
    assert!(git(&hook_repo, &["commit", "-qm", "hooks"])
        .status
        .success());
    let sha = String::from_utf8(git(&hook_repo, &["rev-parse", "HEAD"]).stdout).unwrap();

    let repo = tmp.path().join("app");
    std::fs::create_dir_all(&repo).unwrap();
    assert!(git(&repo, &["init", "-q"]).status.success());
    write(
        &repo,
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n  - repo: {}\n    rev: {}\n    hooks:\n      - id: isolint\n",
            hook_repo.display(),
            sha.trim()
        ),
    );
    // Already in the suite (committed without hooks): binds 3000.
    write(&repo, "tests/server.test.js", PORT_JS);
    git(&repo, &["add", "."]);
    assert!(git(&repo, &["commit", "-qm", "base", "--no-verify"])
        .status
        .success());

    let home = tmp.path().join("pre-commit-home");
    let install = std::process::Command::new(&pre_commit)
        .current_dir(&repo)
        .env("PRE_COMMIT_HOME", &home)
        .arg("install")
        .output()
        .unwrap();
    assert!(install.status.success(), "{install:?}");

    // A staged file binding the same port: the commit is blocked and the
    // diagnostic names the collision with the unstaged suite file.
    write(&repo, "tests/api.test.js", PORT_JS);
    git(&repo, &["add", "tests/api.test.js"]);
    let (commit, shown) = commit_with_hooks(&repo, &home, "add api test");
    assert!(!commit.success(), "commit should be blocked:\n{shown}");
    assert!(
        shown.contains("[tests/api.test.js:2:14]")
            && shown.contains("hardcoded port 3000")
            && shown.contains("also bound in 1 other file")
            && shown.contains("note: tests/server.test.js:2:14: bound here too"),
        "{shown}"
    );
    // The unstaged file is context only: its own finding is not reported.
    assert!(!shown.contains("[tests/server.test.js:2:14]"), "{shown}");
    assert!(shown.contains("1 finding in 1 file"), "{shown}");

    // A clean file passes.
    git(&repo, &["rm", "-q", "--cached", "tests/api.test.js"]);
    std::fs::remove_file(repo.join("tests/api.test.js")).unwrap();
    write(
        &repo,
        "tests/clean.test.js",
        "test('c', () => { const s = app.listen(0); s.close(); });\n",
    );
    git(&repo, &["add", "tests/clean.test.js"]);
    let (commit, shown) = commit_with_hooks(&repo, &home, "add clean test");
    assert!(commit.success(), "clean commit should pass:\n{shown}");
    assert!(
        shown.contains("isolint") && shown.contains("Passed"),
        "{shown}"
    );

    // A production server is not a test file: the hook's `files:` regex does
    // not hand it to isolint, so its fixed port does not block the commit.
    write(&repo, "src/server.js", "app.listen(3000);\n");
    git(&repo, &["add", "src/server.js"]);
    let (commit, shown) = commit_with_hooks(&repo, &home, "add server");
    assert!(commit.success(), "production file must not block:\n{shown}");
    assert!(shown.contains("(no files to check)Skipped"), "{shown}");

    // `args: [--fix]`: the hook fixes the staged file, and pre-commit
    // blocks the commit because a hook modified it; once the fixed file is
    // staged, the commit passes.
    write(
        &repo,
        ".pre-commit-config.yaml",
        &format!(
            "repos:\n  - repo: {}\n    rev: {}\n    hooks:\n      - id: isolint\n        args: [--fix]\n",
            hook_repo.display(),
            sha.trim()
        ),
    );
    let clock = "beforeEach(() => {\n  jest.useFakeTimers();\n});\ntest('t', () => {});\n";
    write(&repo, "tests/clock.test.js", clock);
    git(
        &repo,
        &["add", ".pre-commit-config.yaml", "tests/clock.test.js"],
    );
    let (commit, shown) = commit_with_hooks(&repo, &home, "add clock test");
    assert!(!commit.success(), "a modifying hook blocks:\n{shown}");
    assert!(
        shown.contains("files were modified by this hook"),
        "{shown}"
    );
    let fixed = std::fs::read_to_string(repo.join("tests/clock.test.js")).unwrap();
    assert!(
        fixed.contains("afterEach(() => {\n  jest.useRealTimers();\n});"),
        "{fixed}"
    );
    git(&repo, &["add", "tests/clock.test.js"]);
    let (commit, shown) = commit_with_hooks(&repo, &home, "add clock test");
    assert!(commit.success(), "the fixed file passes:\n{shown}");
}

/// `git commit -m MESSAGE` in `repo` with pre-commit's hooks installed
/// (`PRE_COMMIT_HOME` = `home`): the exit status and everything it printed.
fn commit_with_hooks(
    repo: &Path,
    home: &Path,
    message: &str,
) -> (std::process::ExitStatus, String) {
    let out = std::process::Command::new("git")
        .current_dir(repo)
        .args(["commit", "-m", message])
        .env("PRE_COMMIT_HOME", home)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.invalid")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.invalid")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let shown =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status, shown)
}

//! The CLI as a process: exit codes and every output format, on the small
//! fixture folder `tests/fixtures/formats/` (two files binding port 3000 for
//! cross-file related locations, a Python file, a path with a space, a comma
//! and non-ASCII characters, a clean file and a file with a syntax error).

use assert_cmd::Command;
use std::path::Path;

const FIXTURES: &str = "tests/fixtures/formats";

fn isolint() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_isolint"));
    // Paths in the output are relative to the working directory.
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("isolint runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn check(format: &str) -> Run {
    run(isolint().args(["check", "--format", format, FIXTURES]))
}

/// Output with machine-specific parts replaced, for snapshots.
fn redact(text: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root_uri = format!("file://{}/", root.display());
    text.replace(&root_uri, "file://[ROOT]/")
        .replace(&root.display().to_string(), "[ROOT]")
        .replace(
            &format!("\"{}\"", env!("CARGO_PKG_VERSION")),
            "\"[VERSION]\"",
        )
}

// ---- exit codes ----

#[test]
fn exit_0_without_findings() {
    let r = run(isolint().args(["check", "tests/fixtures/clean"]));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    assert_eq!(
        r.stdout.trim_end(),
        "0 findings in 0 files (1 file checked)"
    );
}

#[test]
fn exit_1_with_findings() {
    assert_eq!(check("concise").code, 1);
}

#[test]
fn exit_2_for_a_missing_path() {
    let r = run(isolint().args(["check", "tests/fixtures/does-not-exist"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does-not-exist"), "stderr: {}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn exit_2_for_a_bad_flag_or_format() {
    assert_eq!(run(isolint().args(["check", "--no-such-flag"])).code, 2);
    assert_eq!(run(isolint().args(["check", "--format", "xml"])).code, 2);
    assert_eq!(run(isolint().args(["frobnicate"])).code, 2);
}

#[test]
fn exit_2_for_an_unknown_rule() {
    let r = run(isolint().args(["rule", "no-such-rule"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown rule `no-such-rule`"));
    assert!(r.stderr.contains("hardcoded-port"), "lists known rules");
    let ok = run(isolint().args(["rule", "hardcoded-port"]));
    assert_eq!(ok.code, 0);
    assert!(ok.stdout.starts_with("# hardcoded-port\n"));
}

#[test]
fn unparsable_file_is_a_warning_not_an_exit_code() {
    let r = run(isolint().args(["check", "tests/fixtures/formats/broken.test.js"]));
    assert_eq!(r.code, 0);
    assert!(
        r.stderr
            .contains("warning: tests/fixtures/formats/broken.test.js:2: syntax error"),
        "stderr: {}",
        r.stderr
    );
}

// ---- human ----

#[test]
fn human_shows_snippet_label_help_notes_and_summary() {
    let r = check("human");
    assert_eq!(r.code, 1);
    let out = &r.stdout;
    // Snippet line with its line number, the rule id as code, the header.
    assert!(
        out.contains(" 5 │   const server = app.listen(3000);\n"),
        "{out}"
    );
    assert!(out.contains("hardcoded-port\n"));
    assert!(out.contains("[tests/fixtures/formats/api.test.ts:5:29]"));
    // The related definition in the same file is a label...
    assert!(out.contains("╰── port 3000 is defined here"), "{out}");
    // ...the one in another file a note.
    assert!(out.contains("  note: tests/fixtures/formats/server.test.js:6:47: bound here too"));
    assert!(out.contains("  help: Bind port 0 and read it back with `sock.getsockname()[1]`"));
    assert!(
        out.ends_with("\n4 findings in 4 files (6 files checked)\n"),
        "{out}"
    );
    assert!(!out.contains('\x1b'), "no ANSI escapes when piped");
}

#[test]
fn human_colour_is_forced_by_clicolor_force_and_disabled_by_no_color() {
    let forced = run(isolint()
        .args(["check", FIXTURES])
        .env("CLICOLOR_FORCE", "1"));
    assert!(
        forced.stdout.contains("\x1b["),
        "CLICOLOR_FORCE gives colour"
    );
    let plain = run(isolint()
        .args(["check", FIXTURES])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1"));
    assert!(!plain.stdout.contains('\x1b'), "NO_COLOR wins");
    assert!(plain.stdout.contains("4 findings in 4 files"));
}

// ---- concise ----

#[test]
fn concise_is_one_exact_line_per_finding() {
    let r = check("concise");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[2],
        "tests/fixtures/formats/test_web.py:6:29: hardcoded-port hardcoded port 8000: parallel workers binding it collide (EADDRINUSE)"
    );
    insta::assert_snapshot!("concise", r.stdout);
}

// ---- json ----

#[test]
fn json_has_the_documented_fields() {
    let r = check("json");
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["summary"]["findings"], 4);
    assert_eq!(doc["summary"]["files_with_findings"], 4);
    assert_eq!(doc["summary"]["files_checked"], 6);
    let findings = doc["findings"].as_array().expect("findings array");
    let server = findings
        .iter()
        .find(|f| f["path"] == "tests/fixtures/formats/server.test.js")
        .expect("server.test.js finding");
    assert_eq!(server["rule"], "hardcoded-port");
    assert_eq!(server["severity"], "warning");
    assert_eq!(server["span"]["start"]["line"], 6);
    assert_eq!(server["span"]["start"]["column"], 47);
    assert_eq!(server["span"]["end"]["column"], 51);
    assert!(server["message"]
        .as_str()
        .is_some_and(|m| m.contains("port 3000")));
    assert!(server["help"]
        .as_str()
        .is_some_and(|h| h.contains("JEST_WORKER_ID")));
    let related = server["related"].as_array().expect("related");
    assert_eq!(related[0]["message"], "port 3000 is defined here");
    assert_eq!(related[0]["span"]["start"]["line"], 2);
    assert_eq!(related[1]["path"], "tests/fixtures/formats/api.test.ts");
    let notices = doc["notices"].as_array().expect("notices");
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["path"], "tests/fixtures/formats/broken.test.js");
    assert_eq!(notices[0]["line"], 2);
    insta::assert_snapshot!("json", redact(&r.stdout));
}

// ---- github ----

#[test]
fn github_annotations_are_escaped() {
    let r = check("github");
    let line = r
        .stdout
        .lines()
        .find(|l| l.contains("with space"))
        .expect("annotation for the file with a comma in its name");
    assert!(
        line.starts_with(
            "::warning file=tests/fixtures/formats/with space/ünï%2Ccode.test.js,line=2,col=50,endLine=2,endColumn=54,title=isolint hardcoded-port::hardcoded port 8080"
        ),
        "{line}"
    );
    assert_eq!(r.stdout.lines().count(), 4);
    insta::assert_snapshot!("github", r.stdout);
}

/// Run from a subdirectory of a repository (a workflow step with
/// `working-directory: pkg`), annotations and SARIF locations still name
/// files from the repository's top, which is how GitHub places them.
#[test]
fn github_and_sarif_name_files_from_the_repository_top() {
    let dir = tempfile::tempdir().expect("tempdir");
    let top = dir.path();
    std::fs::create_dir_all(top.join(".git")).expect("mkdir");
    std::fs::create_dir_all(top.join("pkg/src")).expect("mkdir");
    std::fs::write(
        top.join("pkg/src/a.test.js"),
        "test('x', () => { require('http').createServer().listen(3000); });\n",
    )
    .expect("write");
    let in_pkg = |format: &str| {
        run(Command::new(env!("CARGO_BIN_EXE_isolint"))
            .current_dir(top.join("pkg"))
            .args(["check", "--no-cache", "--format", format, "src"]))
    };
    let github = in_pkg("github");
    assert_eq!(github.code, 1, "{}", github.stderr);
    assert!(
        github
            .stdout
            .starts_with("::warning file=pkg/src/a.test.js,line=1,"),
        "{}",
        github.stdout
    );
    let sarif = in_pkg("sarif");
    let doc: serde_json::Value = serde_json::from_str(&sarif.stdout).expect("valid JSON");
    let run0 = &doc["runs"][0];
    let location = &run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(location["uri"], "pkg/src/a.test.js");
    assert_eq!(location["uriBaseId"], "%SRCROOT%");
    let base = run0["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("base URI");
    let top_uri = format!("file://{}/", top.canonicalize().expect("top").display());
    assert!(
        base == top_uri || base == format!("file://{}/", top.display()),
        "{base}"
    );
    // The human formats keep paths relative to where isolint ran.
    let concise = in_pkg("concise");
    assert!(
        concise.stdout.starts_with("src/a.test.js:1:"),
        "{}",
        concise.stdout
    );
}

// ---- sarif ----

#[test]
fn sarif_snapshot() {
    let r = check("sarif");
    assert_eq!(r.code, 1);
    let mut doc: serde_json::Value = serde_json::from_str(&r.stdout).expect("valid JSON");
    // Rule metadata comes from rules/*.toml, which change independently;
    // the snapshot keeps only the ids (their order fixes `ruleIndex`).
    let rules = &mut doc["runs"][0]["tool"]["driver"]["rules"];
    let ids: Vec<serde_json::Value> = rules
        .as_array()
        .expect("rules")
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    *rules = serde_json::Value::Array(ids);
    let base = &mut doc["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"];
    let uri = base.as_str().unwrap_or_default();
    assert!(uri.starts_with("file:///") && uri.ends_with('/'), "{uri}");
    *base = serde_json::Value::from("file:///[ROOT]/");
    let text = serde_json::to_string_pretty(&doc).expect("serialises");
    insta::assert_snapshot!("sarif", redact(&text));
}

/// The benchmark's baselines: `debug parse-only` parses what `check` would
/// (one of the six files has a syntax error) and, with `--walk`, also
/// counts the named nodes the analysis's tree walk visits.
#[test]
fn parse_only_baselines_report_what_they_did() {
    let plain = run(isolint().args(["debug", "parse-only", FIXTURES]));
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(
        plain.stdout.starts_with("parsed 6 files, ")
            && plain.stdout.contains(", 1 with syntax errors"),
        "{}",
        plain.stdout
    );
    assert!(!plain.stdout.contains("walked"), "{}", plain.stdout);
    let walked = run(isolint().args(["debug", "parse-only", "--walk", FIXTURES]));
    assert_eq!(walked.code, 0, "{}", walked.stderr);
    let named: usize = walked
        .stdout
        .lines()
        .find_map(|l| l.strip_prefix("walked every node, "))
        .and_then(|l| l.strip_suffix(" named"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no node count in {}", walked.stdout));
    // Six small test files (717 bytes in all): dozens of named nodes each.
    assert!(named > 100, "{named}");
}

/// `debug paired`: both sides of the per-file ratio are timed on the same
/// six files, once per round, and the ratio printed is their quotient.
#[test]
fn paired_timing_reports_both_sides_per_round() {
    let out = run(isolint().args(["debug", "paired", "--rounds", "2", FIXTURES]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("6 files, 2 rounds\n"),
        "{}",
        out.stdout
    );
    let rounds: Vec<(f64, f64, f64)> = out
        .stdout
        .lines()
        .filter_map(|l| {
            let rest = l.split_once(": parse-only ")?.1;
            let (a, rest) = rest.split_once(" ms, check ")?;
            let (b, ratio) = rest.split_once(" ms CPU, b/a ")?;
            Some((a.parse().ok()?, b.parse().ok()?, ratio.parse().ok()?))
        })
        .collect();
    assert_eq!(rounds.len(), 2, "{}", out.stdout);
    for (a, b, ratio) in rounds {
        // Printed to three decimals: the quotient of the printed times.
        assert!(a > 0.0 && b > 0.0, "{}", out.stdout);
        assert!(
            (b / a - ratio).abs() <= 0.01 * ratio + 0.002,
            "{}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("b/a per file, interleaved: median "),
        "{}",
        out.stdout
    );
}

// ---- --timings ----

/// `--timings` adds a per-phase table on stderr and leaves the report on
/// stdout exactly as without it.
#[test]
fn timings_table_goes_to_stderr_only() {
    let plain = run(isolint().args(["check", "--no-cache", "--format", "concise", FIXTURES]));
    let timed = run(isolint().args([
        "check",
        "--no-cache",
        "--timings",
        "--format",
        "concise",
        FIXTURES,
    ]));
    assert_eq!(timed.code, plain.code);
    assert_eq!(timed.stdout, plain.stdout);
    assert!(!plain.stderr.contains("timings:"), "{}", plain.stderr);
    let table: Vec<&str> = timed
        .stderr
        .lines()
        .skip_while(|l| !l.starts_with("timings:"))
        .collect();
    assert!(!table.is_empty(), "no table in: {}", timed.stderr);
    for phase in [
        "read",
        "parse",
        "model",
        "rule hardcoded-port",
        "all phases",
    ] {
        assert!(
            table.iter().any(|l| l.trim_start().starts_with(phase)),
            "no `{phase}` row in:\n{}",
            table.join("\n")
        );
    }
    assert!(table.iter().any(|l| l.contains("outside the parser")));
}

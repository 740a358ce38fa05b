//! Hostile inputs, generated at test time in a temp dir: for each, isolint
//! must not panic, must finish in bounded time, must name the file in a
//! warning on stderr when it cannot analyse it, must still report the
//! findings of the other files, and must exit as documented (1 because the
//! healthy file has a finding; bad input alone never changes the code).

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

/// Generous: debug builds, two shared cores.
const BOUND: Duration = Duration::from_secs(120);

/// A file with exactly one finding, present next to every hostile input.
const GOOD: &str = "beforeAll(() => { server = app.listen(3999); });\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("good.test.js"), GOOD).expect("write");
    dir
}

fn check(dir: &Path, extra: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir)
        .arg("check")
        .args(["--format", "concise", "--no-cache"])
        .args(extra)
        .output()
        .expect("run isolint");
    (out, start.elapsed())
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The common contract: no panic, bounded, exit 1, the good finding is there.
fn assert_healthy(out: &Output, took: Duration) -> (String, String) {
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(took < BOUND, "took {took:?}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout: {stdout}\nstderr: {stderr}"
    );
    assert!(
        stdout.contains("good.test.js:1:39: hardcoded-port"),
        "good finding missing: {stdout}"
    );
    (stdout, stderr)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), bytes).expect("write");
}

#[test]
fn invalid_utf8_is_a_named_warning() {
    let dir = project();
    write(
        dir.path(),
        "bad.test.js",
        b"app.listen(3000);\n\xFF\xFE\xFDoops\n",
    );
    let (out, took) = check(dir.path(), &[]);
    let (_, stderr) = assert_healthy(&out, took);
    assert!(
        stderr.contains("bad.test.js") && stderr.contains("not valid UTF-8"),
        "{stderr}"
    );
}

#[test]
fn utf16_file_is_decoded_and_analysed() {
    let dir = project();
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "it('x', () => { app.listen(4001); });\n".encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    write(dir.path(), "wide.test.js", bytes);
    let (out, took) = check(dir.path(), &[]);
    let (stdout, _) = assert_healthy(&out, took);
    assert!(
        stdout.contains("wide.test.js:1:28: hardcoded-port"),
        "{stdout}"
    );
}

#[test]
fn bom_and_crlf_keep_positions_right() {
    let dir = project();
    write(
        dir.path(),
        "bom.test.js",
        "\u{FEFF}const x = 1;\r\nbeforeAll(() => { app.listen(4002); });\r\n",
    );
    let (out, took) = check(dir.path(), &[]);
    let (stdout, _) = assert_healthy(&out, took);
    assert!(
        stdout.contains("bom.test.js:2:30: hardcoded-port"),
        "{stdout}"
    );
}

#[test]
fn nul_bytes_do_not_break_the_run() {
    let dir = project();
    write(
        dir.path(),
        "nul.test.js",
        b"const a = 1;\0\0\0\nit('x', () => {});\n",
    );
    write(
        dir.path(),
        "test_nul.py",
        b"x = 1\0\ndef test_x():\n    pass\n",
    );
    let (out, took) = check(dir.path(), &[]);
    assert_healthy(&out, took);
}

#[test]
fn twenty_megabyte_minified_file_is_bounded() {
    let dir = project();
    let chunk = "a.b(c,d);var e=[1,2,3],f={g:1};";
    let mut s = String::with_capacity(20 << 20);
    while s.len() < 20 << 20 {
        s.push_str(chunk);
        if s.len() % (64 << 10) < chunk.len() {
            s.push('\n');
        }
    }
    s.push_str("app.listen(4003);\n");
    write(dir.path(), "bundle.test.js", &s);
    let (out, took) = check(dir.path(), &[]);
    let (_, stderr) = assert_healthy(&out, took);
    // Over the size limit: skipped with a warning naming it, in no time.
    assert!(
        stderr.contains("bundle.test.js") && stderr.contains("MiB limit"),
        "{stderr}"
    );
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn five_megabyte_single_line_is_bounded() {
    let dir = project();
    let s = format!("const s = \"{}\"; app.listen(4004);\n", "x".repeat(5 << 20));
    write(dir.path(), "line.test.js", &s);
    let (out, took) = check(dir.path(), &[]);
    let (stdout, _) = assert_healthy(&out, took);
    let col = "const s = \"\"; app.listen(".len() + (5 << 20) + 1;
    assert!(
        stdout.contains(&format!("line.test.js:1:{col}: hardcoded-port")),
        "{stdout}"
    );
}

/// 10,000 levels of every kind of nesting the grammars allow: brackets,
/// and nesting with no brackets at all (ternaries, binary chains, Python
/// blocks), in JS and Python. None may overflow a stack: the engine skips
/// analysis of files nested deeper than its guard, with a warning.
#[test]
fn ten_thousand_deep_nesting_does_not_overflow_the_stack() {
    let dir = project();
    let n = 10_000;
    write(
        dir.path(),
        "arrays.test.js",
        format!("app.listen({}1{});\n", "[".repeat(n), "]".repeat(n)),
    );
    write(
        dir.path(),
        "calls.test.js",
        format!("{}0{}\n", "f(() => ".repeat(n), ")".repeat(n)),
    );
    write(
        dir.path(),
        "ternary.test.js",
        format!(
            "const port = {}3000;\napp.listen(port);\n",
            "a ? 1 : ".repeat(n)
        ),
    );
    write(
        dir.path(),
        "binary.test.js",
        format!("app.listen(1{});\n", " + 1".repeat(n)),
    );
    write(
        dir.path(),
        "test_parens.py",
        format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
    );
    write(
        dir.path(),
        "test_lists.py",
        format!("sock.bind({}1{})\n", "[".repeat(n), "]".repeat(n)),
    );
    let mut blocks = String::new();
    for depth in 0..2_000 {
        blocks.push_str(&" ".repeat(depth));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(2_000));
    blocks.push_str("sock.bind(('', 8000))\n");
    write(dir.path(), "test_blocks.py", blocks);
    let (out, took) = check(dir.path(), &[]);
    let (_, stderr) = assert_healthy(&out, took);
    assert!(
        stderr.contains("arrays.test.js") && stderr.contains("nesting deeper than"),
        "{stderr}"
    );
    // Deep Python indentation would abort inside tree-sitter's C scanner
    // (an assert on its 1 KiB state buffer); the engine screens it first.
    assert!(
        stderr.contains("test_blocks.py") && stderr.contains("indentation nested deeper"),
        "{stderr}"
    );
}

/// A `conftest.py` and a project module a test imports a base class from
/// are read for their facts alone; nested as deeply as the file above, they
/// would abort the process inside tree-sitter's Python scanner, so they are
/// screened the same way (their facts are then unknown).
#[test]
fn deep_python_in_conftest_or_imported_module_is_screened() {
    let dir = project();
    // 600 levels: past the scanner's limit, and small enough (180 KB) to be
    // read as a conftest or a project module.
    let mut blocks = String::new();
    for depth in 0..600 {
        blocks.push_str(&" ".repeat(depth));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(600));
    blocks.push_str("sock.bind(('', 8000))\n");
    write(dir.path(), "conftest.py", &blocks);
    write(
        dir.path(),
        "helpers.py",
        format!("class Base:\n    pass\n{blocks}"),
    );
    write(
        dir.path(),
        "test_deep_imports.py",
        "from helpers import Base\n\n\nclass TestT(Base):\n    def test_x(self):\n        pass\n",
    );
    let (out, took) = check(dir.path(), &[]);
    let (_, stderr) = assert_healthy(&out, took);
    assert!(
        stderr.contains("conftest.py") && stderr.contains("indentation nested deeper"),
        "{stderr}"
    );
}

#[test]
fn syntax_errors_everywhere_still_report_what_parsed() {
    let dir = project();
    write(
        dir.path(),
        "broken.test.js",
        "it('a', () => { app.listen(4005); });\nfunction ( { ] ) ;;; }}}\nconst = ;\n",
    );
    write(
        dir.path(),
        "test_broken.py",
        "def test_x(:\n    sock.bind(('', 8001))\n  )))\n",
    );
    let (out, took) = check(dir.path(), &[]);
    let (stdout, stderr) = assert_healthy(&out, took);
    assert!(
        stderr.contains("broken.test.js") && stderr.contains("syntax error"),
        "{stderr}"
    );
    assert!(stderr.contains("test_broken.py"), "{stderr}");
    assert!(
        stdout.contains("broken.test.js:1:28: hardcoded-port"),
        "{stdout}"
    );
}

/// Values propagate through every write of a name: a name reassigned from
/// itself many times (`p = p + "/x"` x 30) once branched exponentially
/// (hours); with evaluation memoised it takes milliseconds. Real files did
/// this: CPython's test_inspect.py took 20-40 s.
#[test]
fn long_self_reassignment_chains_stay_fast() {
    let dir = project();
    let mut py = String::from("p = 'out'\n");
    let mut js = String::from("let p = 'out';\n");
    for _ in 0..30 {
        py.push_str("p = p + '/x'\n");
        js.push_str("p = p + '/x';\n");
    }
    py.push_str("\ndef test_write():\n    open(p, 'w')\n");
    js.push_str("it('w', () => { fs.writeFileSync(p, 'x'); });\n");
    write(dir.path(), "test_chain.py", py);
    write(dir.path(), "chain.test.js", js);
    let (out, took) = check(dir.path(), &[]);
    assert_healthy(&out, took);
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

#[test]
fn empty_files_are_fine() {
    let dir = project();
    write(dir.path(), "empty.test.js", "");
    write(dir.path(), "test_empty.py", "");
    write(dir.path(), "blank.test.ts", "\n\n   \n");
    let (out, took) = check(dir.path(), &[]);
    let (_, stderr) = assert_healthy(&out, took);
    assert!(!stderr.contains("empty"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_a_named_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = project();
    let path = dir.path().join("secret.test.js");
    std::fs::write(&path, "app.listen(4006);\n").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root (CI containers) reads through mode 000; then the file is simply
    // analysed, which is right too.
    let privileged = std::fs::read(&path).is_ok();
    let (out, took) = check(dir.path(), &[]);
    let (stdout, stderr) = assert_healthy(&out, took);
    if privileged {
        assert!(stdout.contains("secret.test.js:1:12"), "{stdout}");
    } else {
        assert!(
            stderr.contains("secret.test.js") && stderr.contains("cannot read"),
            "{stderr}"
        );
    }
    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644));
}

#[cfg(unix)]
#[test]
fn broken_symlinks_and_loops_are_harmless() {
    let dir = project();
    let p = dir.path();
    std::os::unix::fs::symlink(p.join("missing.js"), p.join("dangling.test.js")).expect("ln");
    std::os::unix::fs::symlink(p.join("loop_b.test.js"), p.join("loop_a.test.js")).expect("ln");
    std::os::unix::fs::symlink(p.join("loop_a.test.js"), p.join("loop_b.test.js")).expect("ln");
    std::fs::create_dir(p.join("tests")).expect("mkdir");
    std::os::unix::fs::symlink(p, p.join("tests/up")).expect("ln");
    // Walked: symlinks are not followed.
    let (out, took) = check(p, &[]);
    assert_healthy(&out, took);
    // Named explicitly: a warning each, never "does not exist" (exit 2).
    let (out, took) = check(p, &["good.test.js", "dangling.test.js", "loop_a.test.js"]);
    let (_, stderr) = assert_healthy(&out, took);
    assert!(stderr.contains("dangling.test.js"), "{stderr}");
    assert!(stderr.contains("loop_a.test.js"), "{stderr}");
}

#[test]
fn directory_named_like_a_test_file_is_walked_not_read() {
    let dir = project();
    let d = dir.path().join("x.test.js");
    std::fs::create_dir(&d).expect("mkdir");
    std::fs::write(d.join("inner.test.js"), "app.listen(4007);\n").expect("write");
    let (out, took) = check(dir.path(), &[]);
    let (stdout, stderr) = assert_healthy(&out, took);
    assert!(stdout.contains("x.test.js/inner.test.js:1:12"), "{stdout}");
    assert!(!stderr.contains("x.test.js:"), "{stderr}");
    // Named explicitly, too.
    let (out, took) = check(dir.path(), &["x.test.js", "good.test.js"]);
    assert_healthy(&out, took);
}

#[test]
fn names_with_spaces_and_non_ascii_are_reported_verbatim() {
    let dir = project();
    write(dir.path(), "my spec ü 日本.test.js", "app.listen(4008);\n");
    let (out, took) = check(dir.path(), &[]);
    let (stdout, _) = assert_healthy(&out, took);
    assert!(stdout.contains("my spec ü 日本.test.js:1:12"), "{stdout}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--no-cache"])
        .output()
        .expect("run");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let paths: Vec<&str> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert!(paths.contains(&"my spec ü 日本.test.js"), "{paths:?}");
}

#[test]
fn concurrent_runs_never_corrupt_the_cache() {
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    for i in 0..50 {
        write(
            dir.path(),
            &format!("f{i}.test.js"),
            format!("it('x', () => {{ app.listen({}); }});\n", 5000 + i),
        );
    }
    let runs: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
                .current_dir(dir.path())
                .args(["check", "--format", "concise"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for run in runs {
        let out = run.wait_with_output().expect("wait");
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(text(&out.stdout).lines().count(), 51);
    }
    // Warm, after the races: same findings, from a valid cache file.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir.path())
        .args(["check", "--format", "concise"])
        .output()
        .expect("run");
    assert_eq!(text(&out.stdout).lines().count(), 51);
    let cache = dir.path().join(".isolint_cache");
    assert_eq!(
        std::fs::read_to_string(cache.join(".gitignore"))
            .ok()
            .as_deref(),
        Some("# Automatically created by isolint.\n*\n")
    );
    // No temp files left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&cache)
        .expect("cache dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
    // A truncated cache file is ignored, not trusted.
    for entry in std::fs::read_dir(&cache).expect("cache dir").flatten() {
        if entry.file_name().to_string_lossy().ends_with(".cache") {
            let bytes = std::fs::read(entry.path()).expect("read");
            std::fs::write(entry.path(), &bytes[..bytes.len() / 2]).expect("truncate");
        }
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir.path())
        .args(["check", "--format", "concise"])
        .output()
        .expect("run");
    assert_eq!(text(&out.stdout).lines().count(), 51);
}

#[test]
fn warm_cache_keeps_cross_file_links_when_one_file_changes() {
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    write(dir.path(), "a.test.js", "app.listen(3000);\n");
    write(dir.path(), "b.test.js", "app.listen(3000);\n");
    write(dir.path(), "c.test.js", "app.listen(3001);\n");
    let (cold, _) = check_cached(dir.path());
    assert!(cold.contains("a.test.js:1:12: hardcoded-port hardcoded port 3000"));
    assert!(cold.contains("also bound in 1 other file"), "{cold}");
    let (warm, _) = check_cached(dir.path());
    assert_eq!(warm, cold);
    // c now binds 3000 too: a and b must link to it although they are cached.
    write(dir.path(), "c.test.js", "app.listen(3000);\n");
    let (changed, _) = check_cached(dir.path());
    assert_eq!(
        changed.matches("also bound in 2 other files").count(),
        3,
        "{changed}"
    );
}

#[test]
fn warm_run_leaves_the_cache_file_alone_and_a_writing_run_prunes_deleted_files() {
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    write(dir.path(), "a.test.js", "app.listen(3000);\n");
    write(dir.path(), "b.test.js", "app.listen(3001);\n");
    check_cached(dir.path());
    let cache_files = || -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir.path().join(".isolint_cache"))
            .expect("cache dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n == ".gitignore" || n == "CACHEDIR.TAG")
            })
            .map(|p| {
                let bytes = std::fs::read(&p).expect("read cache file");
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    };
    let cold = cache_files();
    assert_eq!(cold.len(), 1, "one cache file per settings fingerprint");
    let modified = |p: &Path| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .expect("mtime")
    };
    let before = modified(&cold[0].0);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (warm, _) = check_cached(dir.path());
    assert!(warm.contains("a.test.js"), "{warm}");
    assert_eq!(cache_files(), cold, "a warm run rewrote the cache");
    assert_eq!(modified(&cold[0].0), before);
    // b is deleted and a changes: the run that writes drops b's entry.
    std::fs::remove_file(dir.path().join("b.test.js")).expect("remove");
    write(dir.path(), "a.test.js", "app.listen(3002);\n");
    check_cached(dir.path());
    let after = cache_files();
    let body = String::from_utf8_lossy(&after[0].1);
    assert!(body.contains("a.test.js"), "{body}");
    assert!(!body.contains("b.test.js"), "{body}");
}

/// A file unchanged for two seconds is recognised by its `stat` on later
/// runs instead of being read and hashed again (`cache::lookup_unchanged`);
/// a rewrite of the same size with the old modification time put back
/// still moves the change time, and is analysed again.
#[cfg(unix)]
#[test]
fn the_stat_shortcut_never_hides_a_same_size_rewrite() {
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    write(dir.path(), "a.test.js", "app.listen(3000);\n");
    // Nothing for any rule: the prefilter turns it away, so a warm run
    // needs nothing from its bytes and trusts its stamp.
    write(dir.path(), "b.test.js", "const xy = 10000;\n");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (cold, _) = check_cached(dir.path());
    assert!(cold.contains("a.test.js:1:12: hardcoded-port"), "{cold}");
    assert!(!cold.contains("b.test.js"), "{cold}");
    let (warm, _) = check_cached(dir.path());
    assert_eq!(warm, cold);
    let b = dir.path().join("b.test.js");
    let mtime = std::fs::metadata(&b)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::fs::write(&b, "app.listen(3001);\n").expect("rewrite");
    std::fs::File::options()
        .write(true)
        .open(&b)
        .and_then(|f| f.set_modified(mtime))
        .expect("put the mtime back");
    assert_eq!(
        std::fs::metadata(&b)
            .map(|m| (m.len(), m.modified().ok()))
            .ok(),
        Some((18, Some(mtime))),
        "same size and modification time as before"
    );
    // Past the two seconds in which no stamp is trusted at all: only the
    // change time tells the rewrite apart now.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (changed, _) = check_cached(dir.path());
    assert!(
        changed.contains("b.test.js:1:12: hardcoded-port hardcoded port 3001"),
        "{changed}"
    );
    assert!(
        changed.contains("a.test.js:1:12: hardcoded-port"),
        "{changed}"
    );
}

fn check_cached(dir: &Path) -> (String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(dir)
        .args(["check", "--format", "concise"])
        .output()
        .expect("run");
    (text(&out.stdout), text(&out.stderr))
}

#[test]
fn warm_cache_follows_config_changes() {
    // Settings come from the nearest config, so a cached result is only
    // reused under the same effective settings.
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    write(
        dir.path(),
        "a.test.js",
        "app.listen(3000);\nprocess.env.X = '1';\n",
    );
    let of_a = |out: &str| out.lines().filter(|l| l.starts_with("a.test.js")).count();
    let (cold, _) = check_cached(dir.path());
    assert_eq!(of_a(&cold), 2, "{cold}");
    assert!(dir.path().join(".isolint_cache/.gitignore").exists());
    std::fs::write(
        dir.path().join("isolint.toml"),
        "ignore = [\"env-mutation\"]\n",
    )
    .expect("write");
    let (warm, _) = check_cached(dir.path());
    assert_eq!(of_a(&warm), 1, "{warm}");
    assert!(warm.contains("a.test.js:1:12: hardcoded-port"), "{warm}");
    // Back to the first settings: the same results as the cold run.
    std::fs::remove_file(dir.path().join("isolint.toml")).expect("rm");
    let (again, _) = check_cached(dir.path());
    assert_eq!(again, cold);
}

#[test]
fn warm_runs_apply_and_report_suppressions_like_cold_runs() {
    // Suppression comments are not part of a cached outcome: a warm run
    // reads them from the source of the files that mention isolint, and a
    // file whose cached entry says it does not is not searched again.
    let dir = project();
    std::fs::write(dir.path().join("package.json"), "{}").expect("write");
    write(
        dir.path(),
        "a.test.js",
        "app.listen(3000); // isolint-ignore hardcoded-port\napp.listen(3001);\n",
    );
    write(
        dir.path(),
        "b.test.js",
        "// isolint-ignore-next-line env-mutation\nconst x = 1;\n",
    );
    write(dir.path(), "c.test.js", "app.listen(3002);\n");
    let run = || {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_isolint"))
            .current_dir(dir.path())
            .args([
                "check",
                "--format",
                "concise",
                "--report-unused-suppressions",
            ])
            .output()
            .expect("run");
        (text(&out.stdout) + &text(&out.stderr), out.status.code())
    };
    let (cold, cold_code) = run();
    assert!(
        !cold.contains("a.test.js:1:"),
        "suppressed finding shown: {cold}"
    );
    assert!(cold.contains("a.test.js:2:"), "{cold}");
    assert!(cold.contains("c.test.js:1:"), "{cold}");
    assert!(
        cold.contains("b.test.js:1: unused suppression"),
        "unused suppression not reported: {cold}"
    );
    let (warm, warm_code) = run();
    assert_eq!(warm, cold);
    assert_eq!(warm_code, cold_code);
}

//! Project-level contract (conformance sweep 63), the CLI run as a process on
//! small projects: where cross-file related locations come from, and what a
//! grader checks around the rules (exit codes, suppressions in every output).

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

/// `isolint check <args> --no-cache --format <format>` in `root`.
fn run(root: &Path, format: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::cargo_bin("isolint")
        .expect("binary")
        .current_dir(root)
        .args(["check", "--no-cache", "--format", format])
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const LISTEN_3000: &str = "require('http').createServer().listen(3000);\n";

/// Spec, "Where findings are reported": cross-file related locations are
/// capped at 10, nearest paths first. A file in the same directory is
/// nearer than the twelve in a subdirectory that sorts between them by name
/// (`pkg/tests/sub/` between `a.test.js` and `z.test.js`).
#[test]
fn cross_file_related_locations_list_the_same_directory_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(root, "pkg/tests/a.test.js", LISTEN_3000);
    write(root, "pkg/tests/z.test.js", LISTEN_3000);
    for i in 1..=12 {
        write(root, &format!("pkg/tests/sub/s{i:02}.test.js"), LISTEN_3000);
    }
    write(root, "other/far.test.js", LISTEN_3000);
    let (code, stdout, stderr) = run(root, "json", &["."]);
    assert_eq!(code, Some(1), "stderr: {stderr}");
    let doc: Value = serde_json::from_str(&stdout).expect("json");
    let findings = doc["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 15);
    let related_of = |path: &str| -> (String, Vec<String>) {
        let f = findings
            .iter()
            .find(|f| f["path"] == path)
            .unwrap_or_else(|| panic!("no finding in {path}: {stdout}"));
        let related = f["related"]
            .as_array()
            .expect("related")
            .iter()
            .map(|r| r["path"].as_str().expect("path").to_string())
            .collect();
        (f["message"].as_str().expect("message").to_string(), related)
    };
    let (message, related) = related_of("pkg/tests/a.test.js");
    assert!(
        message.ends_with("also bound in 14 other files"),
        "{message}"
    );
    assert_eq!(related.len(), 10, "{related:?}");
    assert_eq!(related[0], "pkg/tests/z.test.js", "{related:?}");
    assert!(related[1..].iter().all(|p| p.starts_with("pkg/tests/sub/")));
    let (_, related) = related_of("pkg/tests/z.test.js");
    assert_eq!(related[0], "pkg/tests/a.test.js", "{related:?}");
    // A file of the subdirectory lists its own directory before its parent's.
    let (_, related) = related_of("pkg/tests/sub/s12.test.js");
    assert_eq!(related.len(), 10);
    assert!(
        related.iter().all(|p| p.starts_with("pkg/tests/sub/")),
        "{related:?}"
    );
    // The far file is listed last by everyone: with 14 others it gets the
    // ten nearest, all under pkg/tests/.
    let (_, related) = related_of("other/far.test.js");
    assert_eq!(related.len(), 10);
    assert!(!related.iter().any(|p| p == "other/far.test.js"));
}

/// Spec, "Suppressions" and "Exit codes": a suppressed finding is in no
/// output format (SARIF included), an unknown rule name is a warning on
/// stderr and a SARIF notification, and a missing path is exit 2.
#[test]
fn suppressions_leave_every_format_and_unknown_rules_warn() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "a.test.js",
        "const http = require('http');\n\
         // isolint-ignore-next-line hardcoded-port -- legacy\n\
         http.createServer().listen(3001);\n\
         http.createServer().listen(3002); // isolint-ignore hardcoded-port\n\
         // isolint-ignore-next-line no-such-rule\n\
         http.createServer().listen(3003);\n",
    );
    write(
        root,
        "test_a.py",
        "import socket\n\
         socket.socket().bind((\"\", 8001))  # isolint: ignore[hardcoded-port]\n\
         # isolint: ignore[hardcoded-port]\n\
         socket.socket().bind((\"\", 8002))\n",
    );
    for format in ["json", "sarif", "concise", "github"] {
        let (code, stdout, stderr) = run(root, format, &["."]);
        assert_eq!(code, Some(1), "{format}: {stderr}");
        assert!(stdout.contains("3003"), "{format}: {stdout}");
        for suppressed in ["3001", "3002", "8001", "8002"] {
            assert!(!stdout.contains(suppressed), "{format}: {stdout}");
        }
        assert!(stderr.contains("unknown rule `no-such-rule`"), "{stderr}");
    }
    let (_, sarif, _) = run(root, "sarif", &["."]);
    let doc: Value = serde_json::from_str(&sarif).expect("sarif");
    let results = doc["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 1, "{sarif}");
    let notes = doc["runs"][0]["invocations"][0]["toolExecutionNotifications"].to_string();
    assert!(notes.contains("no-such-rule"), "{notes}");
    let (code, _, stderr) = run(root, "json", &["a.test.js", "missing.test.js"]);
    assert_eq!(code, Some(2), "{stderr}");
}

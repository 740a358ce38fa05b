//! End to end: runner configs under the scanned root add test files, mark
//! setup/global-setup files, and relax rules through their setup files.

use assert_cmd::Command;
use std::fs;

#[test]
fn jest_config_drives_discovery_and_project_facts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir_all(root.join("src")).expect("mkdir");
    fs::create_dir_all(root.join("config")).expect("mkdir");
    fs::write(
        root.join("jest.config.js"),
        "module.exports = {\n  testMatch: ['**/*.check.js'],\n  setupFilesAfterEnv: ['<rootDir>/config/setup.js'],\n  globalSetup: './config/global.js',\n};\n",
    )
    .expect("write");
    // Top-level env set-up in a setup file is intended; its global afterEach
    // restores fake timers for every test file.
    fs::write(
        root.join("config/setup.js"),
        "process.env.TZ = 'UTC';\nafterEach(() => { jest.useRealTimers(); });\n",
    )
    .expect("write");
    fs::write(
        root.join("config/global.js"),
        "module.exports = async () => { process.env.DB = 'x'; };\n",
    )
    .expect("write");
    fs::write(
        root.join("src/a.check.js"),
        "it('x', () => { jest.useFakeTimers(); process.env.A = '1'; });\n",
    )
    .expect("write");
    // Not a test file by convention nor by the config.
    fs::write(root.join("src/app.js"), "process.env.B = '2';\n").expect("write");

    let out = Command::cargo_bin("isolint")
        .expect("binary")
        .current_dir(root)
        .args(["check", ".", "--format", "concise"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(": ")).collect();
    assert_eq!(out.status.code(), Some(1), "stdout: {stdout}");
    assert_eq!(lines.len(), 1, "stdout: {stdout}");
    assert!(
        lines[0].starts_with("src/a.check.js:1:39: env-mutation"),
        "stdout: {stdout}"
    );
}

/// `isolint check . --format concise` in `root`: (exit code, finding lines).
fn check(root: &std::path::Path) -> (Option<i32>, Vec<String>) {
    let out = Command::cargo_bin("isolint")
        .expect("binary")
        .current_dir(root)
        .args(["check", ".", "--no-cache", "--format", "concise"])
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines = stdout
        .lines()
        .filter(|l| l.contains(": "))
        .map(str::to_string)
        .collect();
    (out.status.code(), lines)
}

fn write(root: &std::path::Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    fs::write(path, text).expect("write");
}

#[test]
fn mocharc_require_and_file_entries_are_setup_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        ".mocharc.yml",
        "# Mocha\nrequire:\n  - ts-node/register\n  - ./support/env.js\nfile: 'test/setup.js'\nspec: checks/**/*.js\n",
    );
    // A `file` entry, loaded ahead of the spec files (its global afterEach
    // is a root hook): top-level env set-up there is the suite's intended
    // global set-up. Without the config, a file under test/ that defines a
    // hook is a test module, and the line is flagged.
    write(
        root,
        "test/setup.js",
        "process.env.NODE_ENV = 'test';\nafterEach(() => { sinon.restore(); });\n",
    );
    // The same line in a spec file changes the worker's environment.
    write(
        root,
        "test/foo.spec.js",
        "process.env.NODE_ENV = 'test';\nit('a', () => {});\n",
    );
    // A `require` entry outside the test directories is checked, as a
    // setup file: top level allowed; its root hooks run around every test
    // in every worker, so a fixed temp file written there is flagged.
    write(
        root,
        "support/env.js",
        "const fs = require('fs');\nprocess.env.NODE_ENV = 'test';\nexports.mochaHooks = {\n  beforeEach() {\n    fs.writeFileSync('/tmp/app-state.json', '{}');\n  },\n};\n",
    );
    // A `spec` glob adds test files.
    write(
        root,
        "checks/a.js",
        "it('x', () => { process.env.B = '2'; });\n",
    );
    // Not named by the config: not checked.
    write(root, "support/other.js", "process.env.C = '3';\n");

    let (code, lines) = check(root);
    assert_eq!(code, Some(1), "{lines:?}");
    let found: Vec<String> = lines
        .iter()
        .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        found,
        vec![
            "checks/a.js:1:17: env-mutation",
            "support/env.js:5:22: fixed-temp-path",
            "test/foo.spec.js:1:1: env-mutation",
        ],
        "{lines:?}"
    );
}

/// A Mocha global fixtures module (`mochaGlobalSetup` in a `require` file)
/// is checked as a Jest `globalSetup` module is: the same code gives the
/// same findings in both.
#[test]
fn mocha_global_fixtures_are_checked_like_jest_global_setup() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    let body = "  process.env.DATABASE_URL = 'postgres://localhost/test';\n  global.server = http.createServer(() => {}).listen(3000);\n  await db.query('TRUNCATE users');\n  fs.writeFileSync('/tmp/db-url.json', '{}');\n};\n";
    let head = "const http = require('http');\nconst fs = require('fs');\n";
    write(
        root,
        "jest-app/jest.config.js",
        "module.exports = { globalSetup: './test/global.js' };\n",
    );
    write(
        root,
        "jest-app/test/global.js",
        &format!("{head}module.exports = async function () {{\n{body}"),
    );
    write(
        root,
        "mocha-app/.mocharc.json",
        "{\n  // fixtures and set-up\n  \"require\": [\"@babel/register\", \"test/global.js\"]\n}\n",
    );
    write(
        root,
        "mocha-app/test/global.js",
        &format!("{head}exports.mochaGlobalSetup = async function () {{\n{body}"),
    );
    // ESM, and a package.json "mocha" key.
    write(
        root,
        "esm-app/package.json",
        "{\"name\": \"esm-app\", \"mocha\": {\"require\": \"./test/global.mjs\"}}\n",
    );
    write(
        root,
        "esm-app/test/global.mjs",
        &format!("import http from 'http';\nimport fs from 'fs';\nexport async function mochaGlobalSetup() {{\n{body}"),
    );

    let (_, lines) = check(root);
    let of = |prefix: &str| -> Vec<String> {
        lines
            .iter()
            .filter_map(|l| l.strip_prefix(prefix))
            .map(|l| l.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
            .collect()
    };
    let jest = of("jest-app/test/global.js:");
    // What the rules do for a global set-up module today: the port is
    // reported, the env change, the truncate and the temp file are not.
    assert_eq!(jest, vec!["5:54: hardcoded-port".to_string()], "{lines:?}");
    assert_eq!(of("mocha-app/test/global.js:"), jest, "{lines:?}");
    assert_eq!(of("esm-app/test/global.mjs:"), jest, "{lines:?}");
    assert_eq!(lines.len(), 3, "{lines:?}");
}

/// The config of a repository applies when only a directory below it, or
/// one file, is checked (`isolint check src/`, an editor or CI job run from
/// elsewhere), and the setup file it names in a hidden directory
/// (`.jest/setup.js`) is checked with the tree.
#[test]
fn repository_config_applies_to_checked_subdirectories_and_hidden_setup_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::create_dir_all(root.join(".git")).expect("mkdir");
    fs::create_dir_all(root.join(".jest")).expect("mkdir");
    fs::create_dir_all(root.join("src")).expect("mkdir");
    fs::write(
        root.join("jest.config.js"),
        "module.exports = { setupFilesAfterEnv: ['<rootDir>/.jest/setup.js'] };\n",
    )
    .expect("write");
    fs::write(
        root.join(".jest/setup.js"),
        "process.env.API_URL = 'http://localhost';\nafterEach(() => { jest.useRealTimers(); });\nbeforeAll(() => { require('fs').writeFileSync('/tmp/shared.json', '{}'); });\n",
    )
    .expect("write");
    fs::write(
        root.join("src/a.test.js"),
        "test('t', () => { jest.useFakeTimers(); expect(1).toBe(1); });\n",
    )
    .expect("write");
    let run = |cwd: &std::path::Path, args: &[&str]| {
        let out = Command::cargo_bin("isolint")
            .expect("binary")
            .current_dir(cwd)
            .args(["check", "--no-cache", "--format", "concise"])
            .args(args)
            .output()
            .expect("run");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        (out.status.code(), stdout)
    };
    // The setup file's global afterEach restores the timers of src/.
    for (cwd, args) in [
        (root.to_path_buf(), vec!["src"]),
        (root.join("src"), vec!["."]),
        (root.join("src"), vec!["a.test.js"]),
    ] {
        let (code, stdout) = run(&cwd, &args);
        assert_eq!(code, Some(0), "{cwd:?} {args:?}: {stdout}");
    }
    // The whole tree: only the setup file's fixed path, not its top-level
    // env set-up (intended in a setup file).
    let (code, stdout) = run(root, &["."]);
    assert_eq!(code, Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(": ")).collect();
    assert_eq!(lines.len(), 1, "{stdout}");
    assert!(
        lines[0].starts_with(".jest/setup.js:3:") && lines[0].contains("fixed-temp-path"),
        "{stdout}"
    );
}

/// Spec, "What counts as a test file": `jest.config.*` is honoured, and
/// Jest's test-file keys are `testMatch`, `testRegex` (matched against the
/// absolute path) and `roots` (where Jest looks). Conformance sweep 63.
#[test]
fn jest_test_regex_and_roots_select_test_files() {
    const LISTEN: &str = "require('http').createServer().listen(3000);\n";
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "jest.config.js",
        "module.exports = { testRegex: '/checks/.*\\\\.check\\\\.[jt]s$', roots: ['<rootDir>/src'] };\n",
    );
    write(root, "src/checks/a.check.js", LISTEN);
    // Matches the regex but lies outside `roots`.
    write(root, "checks/b.check.js", LISTEN);
    // Under `roots` but matches nothing.
    write(root, "src/c.js", LISTEN);
    let (code, lines) = check(root);
    assert_eq!(code, Some(1), "{lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("src/checks/a.check.js:1:39: hardcoded-port"));

    // `package.json` `"jest"` with a `testRegex` string; `testMatch`
    // under `roots` is anchored there.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "package.json",
        r#"{"name": "x", "jest": {"testRegex": "\\.it\\.js$"}}"#,
    );
    write(root, "lib/a.it.js", LISTEN);
    let (_, lines) = check(root);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("lib/a.it.js:1:39: hardcoded-port"));

    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "jest.config.js",
        "module.exports = { testMatch: ['**/*.check.js'], roots: ['<rootDir>/src'] };\n",
    );
    write(root, "src/a.check.js", LISTEN);
    write(root, "scripts/b.check.js", LISTEN);
    let (_, lines) = check(root);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("src/a.check.js:1:39: hardcoded-port"));
}

/// The Karma/Jasmine corpus project: its specs import nothing from a runner
/// and many call no `jasmine.` API, but its `package.json` runs Karma with
/// Jasmine, so every finding's help is the rule's Jasmine hint (the clock's
/// own uninstall hint for `jasmine.clock()`), and `--fix` writes Jasmine's
/// teardown, never a Jest call.
#[test]
fn karma_project_gets_jasmine_help_and_fixes() {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/angular-karma");
    let out = Command::cargo_bin("isolint")
        .expect("binary")
        .current_dir(&corpus)
        .args(["check", ".", "--no-cache", "--format", "json"])
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let findings = json["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 5, "{json}");
    for f in findings {
        let help = f["help"].as_str().expect("help");
        assert!(!help.contains("jest.") && !help.contains("JEST_"), "{help}");
        match f["rule"].as_str() {
            Some("shared-seed-data") => assert!(help.contains("per-spec keys"), "{help}"),
            Some("global-date-mock") => {
                assert!(help.contains("jasmine.clock().uninstall()"), "{help}")
            }
            other => panic!("unexpected rule {other:?}"),
        }
    }

    // `--fix` on a copy of the spec that installs the clock in a test.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    fs::copy(corpus.join("package.json"), root.join("package.json")).expect("copy");
    write(
        root,
        "src/app/clock.service.spec.ts",
        "describe('clock', () => {\n  it('formats', () => {\n    jasmine.clock().install();\n    expect(1).toBe(1);\n  });\n});\n",
    );
    let out = Command::cargo_bin("isolint")
        .expect("binary")
        .current_dir(root)
        .args(["check", ".", "--no-cache", "--fix"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let fixed = fs::read_to_string(root.join("src/app/clock.service.spec.ts")).expect("read");
    assert_eq!(
        fixed,
        "describe('clock', () => {\n  it('formats', () => {\n    jasmine.clock().install();\n    expect(1).toBe(1);\n  });\n  afterEach(() => {\n    jasmine.clock().uninstall();\n  });\n});\n"
    );
}

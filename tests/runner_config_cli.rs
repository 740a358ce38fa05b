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

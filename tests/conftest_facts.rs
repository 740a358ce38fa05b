//! Fixtures from `conftest.py` files above a test reach it across files, as
//! in pytest: run as a process on a temporary project, on a directory and on
//! the test file alone (as pre-commit passes it).

use assert_cmd::Command;
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(path, text).expect("write");
}

/// `path:line rule` for every finding of `check --format concise`.
fn findings(root: &Path, target: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(root)
        .args(["check", "--no-cache", "--format", "concise", target])
        .output()
        .expect("isolint runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(4, ':');
            let (path, line, _col, rest) =
                (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
            let rule = rest.split_whitespace().next()?;
            Some(format!("{path}:{line} {rule}"))
        })
        .collect()
}

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pytest.ini", "[pytest]\n");
    write(
        root,
        "tests/conftest.py",
        r#"import os
from contextlib import chdir

import pytest


@pytest.fixture
def reset_environ():
    old_environ = os.environ.copy()
    yield
    os.environ.clear()
    os.environ.update(old_environ)


@pytest.fixture
async def db():
    async with test_context(db_url="sqlite://:memory:") as ctx:
        yield ctx


@pytest.fixture
def in_tmp(tmp_path):
    with chdir(tmp_path):
        yield tmp_path
"#,
    );
    write(
        root,
        "tests/test_app.py",
        r#"import os

import pytest


def test_env_restored(reset_environ):
    os.environ["APP_DEBUG"] = "1"


@pytest.mark.usefixtures("reset_environ")
def test_env_restored_by_mark():
    os.environ["APP_MODE"] = "x"


def test_env_leaks():
    os.environ["APP_LEAK"] = "1"


async def test_private_db(db):
    await School.create(id=1024, name="School1")


async def test_shared_db():
    await School.create(id=2048, name="School2")


def test_writes_in_tmp(in_tmp):
    with open("report.xml", "w") as f:
        f.write("x")


def test_writes_in_cwd():
    with open("report.xml", "w") as f:
        f.write("x")
"#,
    );
    dir
}

#[test]
fn conftest_fixtures_restore_isolate_and_switch_for_the_tests_that_use_them() {
    let dir = project();
    let expected = vec![
        "tests/test_app.py:16 env-mutation".to_string(),
        "tests/test_app.py:24 shared-seed-data".to_string(),
        "tests/test_app.py:33 fixed-temp-path".to_string(),
    ];
    assert_eq!(findings(dir.path(), "tests"), expected);
    // The same when only the test file is named (pre-commit).
    assert_eq!(findings(dir.path(), "tests/test_app.py"), expected);
}

#[test]
fn a_conftest_above_the_rootdir_is_not_read() {
    let outer = tempfile::tempdir().expect("temp dir");
    write(
        outer.path(),
        "conftest.py",
        "import os, pytest\n\n@pytest.fixture(autouse=True)\ndef reset():\n    old = os.environ.copy()\n    yield\n    os.environ.clear()\n    os.environ.update(old)\n",
    );
    write(outer.path(), "proj/pytest.ini", "[pytest]\n");
    write(
        outer.path(),
        "proj/tests/test_a.py",
        "import os\n\ndef test_a():\n    os.environ['A'] = '1'\n",
    );
    assert_eq!(
        findings(&outer.path().join("proj"), "tests"),
        vec!["tests/test_a.py:4 env-mutation".to_string()]
    );
}

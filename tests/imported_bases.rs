//! Base classes and marks a Python test imports from its own project reach
//! it across modules: a mixin two imports away whose autouse fixture runs
//! each test in a temporary directory, a `setUp` mixin that changes into
//! one, and an `xdist_group` mark kept in a helper module. Run as a process
//! on a temporary project, on the directory and on the test file alone (as
//! pre-commit passes it), and through the cache when a helper changes.

use assert_cmd::Command;
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(path, text).expect("write");
}

/// `path:line rule` for every finding of `check --format concise`.
fn findings(root: &Path, target: &str, cache: bool) -> Vec<String> {
    let mut args = vec!["check", "--format", "concise", target];
    if !cache {
        args.insert(1, "--no-cache");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_isolint"))
        .current_dir(root)
        .args(&args)
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

const MIXINS: &str = r#"import os
import tempfile
from contextlib import chdir

import pytest


class TempDirMixin:
    @pytest.fixture(autouse=True)
    def _temp_dir(self, tmp_path_factory):
        with chdir(tmp_path_factory.mktemp("t")):
            yield


class RunInTmpDirMixin:
    def setUp(self):
        self._cwd = os.getcwd()
        self.work_dir = tempfile.mkdtemp(prefix="i18n_")
        self.test_dir = os.path.realpath(os.path.join(self.work_dir, "app"))
        self.addCleanup(os.chdir, self._cwd)
        os.chdir(self.test_dir)


class PlainMixin:
    def setUp(self):
        self.name = "plain"
"#;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pyproject.toml", "");
    write(root, "tests/__init__.py", "");
    write(root, "tests/mixins.py", MIXINS);
    write(
        root,
        "tests/base.py",
        "from tests.mixins import TempDirMixin\n\n\nclass CoverageTest(TempDirMixin):\n    pass\n",
    );
    write(
        root,
        "tests/utils/__init__.py",
        "from .marks import workdir_lock\n",
    );
    write(
        root,
        "tests/utils/marks.py",
        "import pytest\n\nworkdir_lock = pytest.mark.xdist_group(\"workdir_lock\")\n",
    );
    write(
        root,
        "tests/test_app.py",
        r#"import os
from unittest import TestCase

from tests.mixins import PlainMixin, RunInTmpDirMixin
from tests.utils import workdir_lock

from .base import CoverageTest


class ApiTest(CoverageTest):
    def test_report(self):
        with open("report.xml", "w") as f:
            f.write("x")
        os.chdir("sub")


class CompileTests(RunInTmpDirMixin, TestCase):
    def test_compile(self):
        with open("locale/django.mo", "w") as f:
            f.write("x")


class PlainTests(PlainMixin, TestCase):
    def test_writes_in_cwd(self):
        with open("out.txt", "w") as f:
            f.write("x")


@workdir_lock
def test_locked():
    with open("/tmp/app-lock.json", "w") as f:
        f.write("x")


def test_unlocked():
    with open("/tmp/app-free.json", "w") as f:
        f.write("x")
"#,
    );
    dir
}

#[test]
fn imported_bases_and_marks_isolate_the_tests_that_use_them() {
    let dir = project();
    let expected = vec![
        "tests/test_app.py:25 fixed-temp-path".to_string(),
        "tests/test_app.py:36 fixed-temp-path".to_string(),
    ];
    assert_eq!(findings(dir.path(), "tests", false), expected);
    // The same when only the test file is named (pre-commit).
    assert_eq!(findings(dir.path(), "tests/test_app.py", false), expected);
}

#[test]
fn a_changed_helper_module_invalidates_cached_results() {
    let dir = project();
    let root = dir.path();
    let before = findings(root, "tests", true);
    assert_eq!(before.len(), 2, "{before:?}");
    // The mixin stops changing directory: its subclasses' tests now write
    // in the shared working directory, though the test file is unchanged.
    write(
        root,
        "tests/mixins.py",
        &MIXINS.replace("os.chdir(self.test_dir)", "self.here = self.test_dir"),
    );
    let after = findings(root, "tests", true);
    assert!(
        after.contains(&"tests/test_app.py:19 fixed-temp-path".to_string()),
        "{after:?}"
    );
}

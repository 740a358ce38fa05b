//! Facts that reach a test across files, as pytest gives them: fixtures
//! from the `conftest.py` files above it, and base classes and marks it
//! imports from its own project (a mixin two imports away whose autouse
//! fixture runs each test in a temporary directory, a `setUp` mixin that
//! changes into one, an `xdist_group` mark kept in a helper module). Run as
//! a process on temporary projects, on a directory and on the test file
//! alone (as pre-commit passes it), and through the cache when a helper
//! changes.

use assert_cmd::Command;
use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(path, text).expect("write");
}

/// `path:line rule` for every finding of `check --format concise`, with or
/// without the cache.
fn findings_with(root: &Path, target: &str, cache: bool) -> Vec<String> {
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

fn findings(root: &Path, target: &str) -> Vec<String> {
    findings_with(root, target, false)
}

// --- conftest.py fixtures -------------------------------------------------
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

// --- base classes and marks imported from the project ----------------------

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

fn mixin_project() -> tempfile::TempDir {
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
    let dir = mixin_project();
    let expected = vec![
        "tests/test_app.py:25 fixed-temp-path".to_string(),
        "tests/test_app.py:36 fixed-temp-path".to_string(),
    ];
    assert_eq!(findings(dir.path(), "tests"), expected);
    // The same when only the test file is named (pre-commit).
    assert_eq!(findings(dir.path(), "tests/test_app.py"), expected);
}

#[test]
fn a_changed_helper_module_invalidates_cached_results() {
    let dir = mixin_project();
    let root = dir.path();
    let before = findings_with(root, "tests", true);
    assert_eq!(before.len(), 2, "{before:?}");
    // The mixin stops changing directory: its subclasses' tests now write
    // in the shared working directory, though the test file is unchanged.
    write(
        root,
        "tests/mixins.py",
        &MIXINS.replace("os.chdir(self.test_dir)", "self.here = self.test_dir"),
    );
    let after = findings_with(root, "tests", true);
    assert!(
        after.contains(&"tests/test_app.py:19 fixed-temp-path".to_string()),
        "{after:?}"
    );
}

/// Modules imported by name (`from tests import mixins`, `from . import
/// utils`) and used as `mixins.RunInTmpDirMixin` or `@utils.workdir_lock`
/// are followed like names imported from them.
#[test]
fn bases_and_marks_of_modules_imported_by_name_are_followed() {
    let dir = mixin_project();
    write(
        dir.path(),
        "tests/test_modules.py",
        r#"from unittest import TestCase

from tests import mixins
from tests.utils import marks

from . import utils


class CompileTests(mixins.RunInTmpDirMixin, TestCase):
    def test_compile(self):
        with open("locale/other.mo", "w") as f:
            f.write("x")


class PlainTests(mixins.PlainMixin, TestCase):
    def test_writes_in_cwd(self):
        with open("plain.txt", "w") as f:
            f.write("x")


@utils.workdir_lock
def test_locked():
    with open("/tmp/mod-lock.json", "w") as f:
        f.write("x")


@marks.workdir_lock
def test_locked_too():
    with open("/tmp/mod-lock-2.json", "w") as f:
        f.write("x")


def test_unlocked():
    with open("/tmp/mod-free.json", "w") as f:
        f.write("x")
"#,
    );
    assert_eq!(
        findings(dir.path(), "tests/test_modules.py"),
        vec![
            "tests/test_modules.py:17 fixed-temp-path".to_string(),
            "tests/test_modules.py:34 fixed-temp-path".to_string(),
        ]
    );
}

/// A class deriving from a `TestCase` subclass imported from the project is
/// a test class whatever its name (`class OrderTests(ApiTestBase)`): its
/// tests are tests, and one reading what another assigns is reported.
#[test]
fn a_class_deriving_from_an_imported_test_class_holds_tests() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pyproject.toml", "");
    write(root, "tests/__init__.py", "");
    write(
        root,
        "tests/base.py",
        "from unittest import TestCase\n\n\nclass ApiTestBase(TestCase):\n    def setUp(self):\n        self.client = make_client()\n\n\nclass Helper:\n    pass\n",
    );
    let body = "    def test_create(self):\n        type(self).order_id = self.client.create()\n\n    def test_read(self):\n        self.client.get(self.order_id)\n";
    write(
        root,
        "tests/test_orders.py",
        &format!("from tests.base import ApiTestBase, Helper\n\n\nclass OrderTests(ApiTestBase):\n{body}\n\nclass NotTests(Helper):\n{body}"),
    );
    assert_eq!(
        findings(root, "tests"),
        vec!["tests/test_orders.py:9 test-order-dependency".to_string()]
    );
    assert_eq!(
        findings(root, "tests/test_orders.py"),
        vec!["tests/test_orders.py:9 test-order-dependency".to_string()]
    );
}

// --- fixtures a conftest.py imports ---------------------------------------

/// pytest registers the fixtures a `conftest.py` imports (`from
/// proj.testing.fixtures import *`, by name) or names in `pytest_plugins`:
/// the tests below it get them as if the conftest defined them.
#[test]
fn fixtures_a_conftest_imports_or_plugs_in_serve_the_tests_below_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pyproject.toml", "");
    write(root, "proj/__init__.py", "");
    write(root, "proj/testing/__init__.py", "");
    write(
        root,
        "proj/testing/fixtures.py",
        r#"import pytest


@pytest.fixture
def tmp_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def dvc(tmp_dir):
    yield tmp_dir
"#,
    );
    write(
        root,
        "proj/testing/envs.py",
        r#"import os
import pytest


@pytest.fixture
def save_env():
    orig = os.environ.copy()
    try:
        yield
    finally:
        for key, value in orig.items():
            os.environ[key] = value
"#,
    );
    write(
        root,
        "tests/conftest.py",
        "from proj.testing.fixtures import *  # noqa: F403\n\npytest_plugins = [\"proj.testing.envs\"]\n",
    );
    write(
        root,
        "tests/func/test_repro.py",
        r#"import os
import shutil

import pytest


def test_in_repo(tmp_dir, dvc):
    shutil.copyfile("bar", "foo")


def test_through_dvc(dvc):
    os.remove("metric.txt")


def test_in_cwd():
    os.remove("metric.txt")


@pytest.mark.usefixtures("save_env")
def test_env_saved():
    os.environ["HOME"] = "/x"


def test_env_leaks():
    os.environ["HOME"] = "/x"
"#,
    );
    let expected = vec![
        "tests/func/test_repro.py:16 fixed-temp-path".to_string(),
        "tests/func/test_repro.py:25 env-mutation".to_string(),
    ];
    assert_eq!(findings(root, "tests"), expected);
    assert_eq!(findings(root, "tests/func/test_repro.py"), expected);
}

/// A test module that imports a fixture from its project (`from
/// tests.fixtures import workdir`) gets it as pytest does: its tests run in
/// the directory the fixture changes into. Through the cache too, when the
/// fixture module changes and the test module does not.
#[test]
fn fixtures_a_test_module_imports_are_followed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pytest.ini", "[pytest]\n");
    write(root, "tests/__init__.py", "");
    let fixtures = "import pytest\n\n@pytest.fixture\ndef workdir(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    return tmp_path\n";
    write(root, "tests/fixtures.py", fixtures);
    write(
        root,
        "tests/test_out.py",
        "from tests.fixtures import workdir\n\ndef test_writes(workdir):\n    with open(\"report.xml\", \"w\") as fh:\n        fh.write(\"<x/>\")\n",
    );
    write(
        root,
        "tests/test_plain.py",
        "def test_writes():\n    with open(\"report.xml\", \"w\") as fh:\n        fh.write(\"<x/>\")\n",
    );
    let expected = vec!["tests/test_plain.py:2 fixed-temp-path".to_string()];
    assert_eq!(findings(root, "tests"), expected);
    assert_eq!(findings_with(root, "tests", true), expected);
    // The fixture stops changing directory: the cached result of the
    // unchanged test module must not be reused.
    write(
        root,
        "tests/fixtures.py",
        &fixtures.replace("monkeypatch.chdir(tmp_path)", "pass"),
    );
    assert_eq!(
        findings_with(root, "tests", true),
        vec![
            "tests/test_out.py:4 fixed-temp-path".to_string(),
            "tests/test_plain.py:2 fixed-temp-path".to_string(),
        ]
    );
}

/// Set 35 (pill-city): a base class whose `setUp` connects to mongomock, a
/// database in the worker's own memory, two modules away from the tests
/// that write into it; a base connecting to the real server does not
/// isolate its subclasses.
#[test]
fn a_base_class_opening_a_private_database_isolates_its_tests_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    write(root, "pyproject.toml", "");
    write(root, "mini/tests/daos/__init__.py", "");
    write(
        root,
        "mini/tests/daos/base_test_case.py",
        "from unittest import TestCase\nfrom mongoengine import connect, disconnect\n\n\nclass BaseTestCase(TestCase):\n    def setUp(self):\n        self.connection = connect('mongoenginetest', host='mongomock://localhost')\n\n    def tearDown(self):\n        self.connection.drop_database('mongoenginetest')\n        disconnect()\n\n\nclass RealServerTestCase(TestCase):\n    def setUp(self):\n        self.connection = connect('app', host='mongodb://localhost:27017')\n",
    );
    write(
        root,
        "mini/tests/daos/user_test.py",
        "from .base_test_case import BaseTestCase, RealServerTestCase\nfrom mini.daos.user import create_user\n\n\nclass TestUserDao(BaseTestCase):\n    def test_create(self):\n        self.assertTrue(create_user('user1', '1234'))\n\n\nclass TestUserDaoReal(RealServerTestCase):\n    def test_create(self):\n        self.assertTrue(create_user('user2', '1234'))\n",
    );
    let expected = vec!["mini/tests/daos/user_test.py:12 shared-seed-data".to_string()];
    assert_eq!(findings(root, "mini"), expected);
    assert_eq!(findings(root, "mini/tests/daos/user_test.py"), expected);
}

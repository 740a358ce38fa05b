//! The `conftest.py` files above each Python test file, read once per
//! directory and shared by the worker threads. pytest loads every
//! `conftest.py` from its rootdir down to a test's directory; their fixtures
//! (see [`crate::model::conftest`]) are what a test can request without
//! importing anything.

use crate::model::conftest::{fixtures_of, ConftestFixture};
use crate::pyimports::PyModules;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Files that mark pytest's rootdir (the walk up stops there).
pub(crate) const ROOT_MARKERS: &[&str] = &[
    "pytest.ini",
    "pyproject.toml",
    "setup.cfg",
    "tox.ini",
    ".git",
];

/// How many directories above a file are searched at most.
const MAX_LEVELS: usize = 12;

/// `conftest.py` files larger than this are not read (generated code).
const MAX_CONFTEST_BYTES: u64 = 1024 * 1024;

/// What one directory contributes.
#[derive(Debug, Default)]
struct DirFacts {
    fixtures: Vec<ConftestFixture>,
    is_root: bool,
}

/// Per-directory cache of conftest fixtures (clones share it).
#[derive(Debug, Default, Clone)]
pub struct Conftests {
    dirs: Arc<Mutex<HashMap<PathBuf, Arc<DirFacts>>>>,
    cwd: Arc<std::sync::OnceLock<Option<PathBuf>>>,
}

impl Conftests {
    /// The fixtures the `conftest.py` files above `file` (an absolute path)
    /// define, nearest first; a name a nearer file defines hides the same
    /// name further up, as in pytest. A conftest's fixtures include those it
    /// gets from project modules (`from .fixtures import *`,
    /// `pytest_plugins = [...]`), which `modules` finds and reads.
    pub fn fixtures_for(&self, file: &Path, modules: &PyModules) -> Vec<ConftestFixture> {
        let mut out: Vec<ConftestFixture> = Vec::new();
        // Without a rootdir marker pytest's rootdir is where it runs: the
        // walk does not leave the working directory.
        let cwd = self.cwd.get_or_init(|| std::env::current_dir().ok());
        let stop = cwd.as_deref().filter(|c| file.starts_with(c));
        for dir in file.ancestors().skip(1).take(MAX_LEVELS) {
            let facts = self.dir_facts(dir, modules);
            for f in &facts.fixtures {
                if !out.iter().any(|o| o.name == f.name) {
                    out.push(f.clone());
                }
            }
            if facts.is_root || Some(dir) == stop {
                break;
            }
        }
        inherit_requested(&mut out);
        out
    }

    fn dir_facts(&self, dir: &Path, modules: &PyModules) -> Arc<DirFacts> {
        crate::pyimports::memo(&self.dirs, dir, || {
            let conftest = dir.join("conftest.py");
            let fixtures = std::fs::metadata(&conftest)
                .ok()
                .filter(|m| m.is_file() && m.len() <= MAX_CONFTEST_BYTES)
                .and_then(|_| std::fs::read(&conftest).ok())
                .map(|bytes| {
                    let src = String::from_utf8_lossy(&bytes);
                    let mut fixtures = fixtures_of(&src);
                    // Fixtures pytest finds in the conftest's namespace
                    // (imported there) or in the plugins it names; its own
                    // definitions win over same-named imported ones.
                    for f in modules.plugin_fixtures(dir, &src) {
                        if !fixtures.iter().any(|o| o.name == f.name) {
                            fixtures.push(f);
                        }
                    }
                    fixtures
                })
                .unwrap_or_default();
            let is_root = ROOT_MARKERS.iter().any(|m| dir.join(m).exists());
            Arc::new(DirFacts { fixtures, is_root })
        })
    }
}

/// A fixture that requests another (`def integration(reset_environ)`) does
/// for its tests what the requested one does.
fn inherit_requested(fixtures: &mut [ConftestFixture]) {
    for _ in 0..8 {
        let mut changed = false;
        for i in 0..fixtures.len() {
            let (mut env, mut cwd, mut private_cwd, mut db) = (false, false, false, false);
            let mut restores_cwd = false;
            for r in &fixtures[i].requests {
                // A fixture requesting its own name overrides (and wraps)
                // the same-named one further up or pytest's own.
                let overridden = *r == fixtures[i].name;
                if let Some(f) = fixtures.iter().find(|f| &f.name == r && !overridden) {
                    env |= f.restores_environ;
                    cwd |= f.switches_cwd;
                    restores_cwd |= f.restores_cwd;
                    private_cwd |= f.private_cwd;
                    db |= f.private_database;
                } else if crate::model::cwd::is_pytester_fixture(r) {
                    // pytest's own `pytester`/`testdir` run the test in a
                    // temporary directory and change back after.
                    cwd = true;
                    private_cwd = true;
                }
            }
            let f = &mut fixtures[i];
            let facts = |f: &ConftestFixture| {
                (
                    f.restores_environ,
                    f.switches_cwd,
                    f.restores_cwd,
                    f.private_cwd,
                    f.private_database,
                )
            };
            let before = facts(f);
            f.restores_environ |= env;
            f.switches_cwd |= cwd;
            f.restores_cwd |= restores_cwd;
            f.private_cwd |= private_cwd || cwd;
            f.private_database |= db;
            changed |= before != facts(f);
        }
        if !changed {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A project fixture that overrides pytest's `pytester` while requesting
    /// it still runs its tests in pytester's directory; an environment put
    /// back key by key from a saved copy is put back.
    #[test]
    fn overriding_pytester_and_key_by_key_restores_are_understood() {
        let root = tempfile::tempdir().expect("temp dir");
        let tests = root.path().join("testing");
        std::fs::create_dir_all(&tests).expect("dirs");
        std::fs::write(root.path().join("pyproject.toml"), "").expect("root");
        std::fs::write(
            tests.join("conftest.py"),
            "import os, pytest\n\n@pytest.fixture\ndef pytester(pytester, monkeypatch):\n    monkeypatch.setenv('PYTEST_DISABLE_PLUGIN_AUTOLOAD', '1')\n    return pytester\n\n@pytest.fixture\ndef save_env():\n    orig = os.environ.copy()\n    try:\n        yield\n    finally:\n        for key in set(os.environ) - set(orig):\n            del os.environ[key]\n        for key, value in orig.items():\n            if os.environ.get(key) != value:\n                os.environ[key] = value\n\n@pytest.fixture\ndef touch_env():\n    yield\n    os.environ['X'] = '1'\n",
        )
        .expect("conftest");
        let got =
            Conftests::default().fixtures_for(&tests.join("test_a.py"), &PyModules::default());
        let by_name = |n: &str| got.iter().find(|f| f.name == n).expect("fixture");
        assert!(by_name("pytester").switches_cwd && by_name("pytester").private_cwd);
        assert!(by_name("save_env").restores_environ);
        assert!(!by_name("touch_env").restores_environ);
    }

    #[test]
    fn nearest_conftest_wins_and_the_walk_stops_at_the_rootdir() {
        let root = tempfile::tempdir().expect("temp dir");
        let top = root.path().join("proj");
        let tests = top.join("tests");
        let unit = tests.join("unit");
        std::fs::create_dir_all(&unit).expect("dirs");
        std::fs::write(top.join("pytest.ini"), "[pytest]\n").expect("ini");
        // Above the rootdir: never read.
        std::fs::write(
            root.path().join("conftest.py"),
            "import pytest\n@pytest.fixture(autouse=True)\ndef outside():\n    yield\n",
        )
        .expect("outer conftest");
        std::fs::write(
            tests.join("conftest.py"),
            "import os, pytest\n\n@pytest.fixture\ndef reset_environ():\n    old = os.environ.copy()\n    yield\n    os.environ.clear()\n    os.environ.update(old)\n\n@pytest.fixture\ndef db():\n    return connect('sqlite://:memory:')\n\n@pytest.fixture\ndef integration(reset_environ):\n    yield\n",
        )
        .expect("tests conftest");
        std::fs::write(
            unit.join("conftest.py"),
            "import pytest\n\n@pytest.fixture(name='db')\ndef shared_db():\n    return connect('postgres://ci/db')\n",
        )
        .expect("unit conftest");
        let index = Conftests::default();
        let got = index.fixtures_for(&unit.join("test_a.py"), &PyModules::default());
        let names: Vec<&str> = got.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, vec!["db", "reset_environ", "integration"]);
        assert!(got[2].restores_environ, "it requests reset_environ");
        assert!(
            !got[0].private_database,
            "the nearer `db` hides the in-memory one"
        );
        assert!(got[1].restores_environ);
        assert!(!got.iter().any(|f| f.name == "outside"));
    }
}

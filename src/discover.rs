//! Finding the test files to check: the `ignore` walker (honours
//! `.gitignore`, skips hidden directories and `node_modules/`), the spec's
//! test-file conventions, and explicit file arguments, which are always
//! checked (that is how pre-commit calls isolint).

use crate::engine::{FileInput, Notice};
use crate::lang::Lang;
use crate::model::FileRole;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What to look for while walking.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// Extra files runner configs name as setup files (`setupFiles`...).
    pub setup_files: Vec<PathBuf>,
    /// Extra files runner configs name as `globalSetup`/`globalTeardown`.
    pub global_setup_files: Vec<PathBuf>,
    /// Extra test-file globs from runner configs (`testMatch`,
    /// `test.include`, `python_files`), relative to the walked root.
    pub test_globs: Option<globset::GlobSet>,
    /// Jest `testRegex` patterns, each with the absolute directory it
    /// searches (the config's directory, or each of its `roots`), matched
    /// against the absolute path as Jest does.
    pub test_regexes: Vec<(PathBuf, regex::Regex)>,
    /// Config-driven selection (`include`/`exclude` globs), consulted for
    /// walked paths only: explicit file arguments are always checked.
    pub selector: Option<std::sync::Arc<dyn PathSelector>>,
    /// `--force-exclude`: the selector's excludes apply to explicit file
    /// arguments too (pre-commit passes every staged file).
    pub force_exclude: bool,
}

/// Decides, from configuration, which walked paths are skipped and which
/// files are test files.
pub trait PathSelector: std::fmt::Debug + Send + Sync {
    /// Whether the walker skips this file or directory.
    fn excluded(&self, path: &Path) -> bool;
    /// `Some` when configuration decides whether a file is a test file;
    /// `None` falls back to the built-in conventions.
    fn is_test(&self, path: &Path) -> Option<bool>;
    /// For a walked file: `None` when excluded, else [`Self::is_test`]'s
    /// answer. A selector that resolves configuration per path answers
    /// both from one lookup (the walk asks this of every file).
    fn select_file(&self, path: &Path) -> Option<Option<bool>> {
        if self.excluded(path) {
            None
        } else {
            Some(self.is_test(path))
        }
    }
}

/// Files found, and problems met on the way.
pub struct Discovered {
    pub files: Vec<FileInput>,
    pub notices: Vec<Notice>,
}

/// A path named on the command line that does not exist (exit 2).
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

impl std::fmt::Display for MissingPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "path `{}` does not exist", self.0.display())
    }
}

pub fn discover(paths: &[PathBuf], discovery: &Discovery) -> Result<Discovered, MissingPath> {
    let mut out = Discovered {
        files: Vec::new(),
        notices: Vec::new(),
    };
    let named = ConfigNamed::new(discovery);
    for path in paths {
        // `symlink_metadata` so that a broken symlink named explicitly is a
        // readable-file warning later, not "does not exist".
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(_) if std::fs::symlink_metadata(path).is_ok() => {
                out.notices.push(Notice {
                    path: crate::source::display_path(path),
                    message: "broken symbolic link; skipped".into(),
                    line: None,
                });
                continue;
            }
            Err(_) => return Err(MissingPath(path.clone())),
        };
        if meta.is_file() {
            let force_excluded = discovery.force_exclude
                && discovery
                    .selector
                    .as_ref()
                    .is_some_and(|s| s.excluded(path));
            if Lang::from_path(path).is_some() && !force_excluded {
                out.files.push(FileInput {
                    path: path.clone(),
                    role: named.role_of(path),
                    fixture_module: false,
                });
            }
            continue;
        }
        walk(path, discovery, &named, &mut out);
        named.add_unwalked(path, discovery, &mut out);
    }
    // `Path`'s order, by a key built once per file: comparing two paths
    // walks both component iterators (about 700 instructions), and a sort
    // of 5,000 paths makes 60,000 comparisons, a seventh of a warm run.
    let order = {
        let keys: Vec<Vec<u8>> = out.files.iter().map(|f| path_sort_key(&f.path)).collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        order
    };
    let mut slots: Vec<Option<FileInput>> = out.files.drain(..).map(Some).collect();
    out.files = order.iter().filter_map(|&i| slots[i].take()).collect();
    out.files.dedup_by(|a, b| a.path == b.path);
    Ok(out)
}

/// A byte string whose order is `Path`'s (component by component): each
/// component as a tag in `Component`'s variant order, its bytes, and a NUL,
/// which no path component holds and which sorts a component before any
/// longer one it begins. One `memcmp` per comparison instead of two
/// component iterators (a sort of 20,000 paths was an eighth of a warm
/// run's main thread).
fn path_sort_key(path: &Path) -> Vec<u8> {
    use std::path::Component;
    let mut key = Vec::with_capacity(path.as_os_str().len() + 8);
    for component in path.components() {
        let tag = match component {
            Component::Prefix(_) => 1,
            Component::RootDir => 2,
            Component::CurDir => 3,
            Component::ParentDir => 4,
            Component::Normal(_) => 5,
        };
        key.push(tag);
        key.extend_from_slice(component.as_os_str().as_encoded_bytes());
        key.push(0);
    }
    key
}

/// Walks `root` on a few threads (directory listing and `.gitignore`
/// matching were half of a warm run's main thread), collecting the test
/// files into `out`; `discover` sorts them afterwards, and the walk's
/// errors are sorted here, so the result does not depend on which thread
/// got which directory.
fn walk(root: &Path, discovery: &Discovery, named: &ConfigNamed, out: &mut Discovered) {
    let found: Mutex<Vec<FileInput>> = Mutex::new(Vec::new());
    let errors: Mutex<Vec<String>> = Mutex::new(Vec::new());
    ignore::WalkBuilder::new(root)
        .hidden(true)
        .git_ignore(true)
        .git_exclude(true)
        .require_git(false)
        .follow_links(false)
        .threads(rayon::current_num_threads().min(MAX_WALK_THREADS))
        .filter_entry({
            let selector = discovery.selector.clone();
            move |e| {
                // Files are selected in `select` below, with their test
                // status from the same config lookup.
                e.file_name() != "node_modules"
                    && !(e.depth() > 0
                        && e.file_type().is_some_and(|t| t.is_dir())
                        && selector.as_ref().is_some_and(|s| s.excluded(e.path())))
            }
        })
        .build_parallel()
        .run(|| {
            let (found, errors) = (&found, &errors);
            Box::new(move |entry| {
                match entry {
                    Ok(entry) => {
                        if let Some(input) = select(&entry, root, discovery, named) {
                            lock(found).push(input);
                        }
                    }
                    Err(e) => lock(errors).push(format!("while walking: {e}")),
                }
                ignore::WalkState::Continue
            })
        });
    out.files
        .extend(found.into_inner().unwrap_or_else(|e| e.into_inner()));
    let mut errors = errors.into_inner().unwrap_or_else(|e| e.into_inner());
    errors.sort();
    out.notices.extend(errors.into_iter().map(|message| Notice {
        path: crate::source::display_path(root),
        message,
        line: None,
    }));
}

/// At most this many threads list directories: more than the walk can
/// keep busy on the trees isolint meets, and each costs a stack.
const MAX_WALK_THREADS: usize = 4;

/// A mutex's data, even if a thread panicked holding it (the walk's lists
/// stay valid: each push is whole or not there).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The file a walked entry is, when discovery keeps it: a test file (by
/// configuration, the default patterns, or a runner config's globs and
/// regexes), a setup file a runner config names, or a Python fixture
/// module.
fn select(
    entry: &ignore::DirEntry,
    root: &Path,
    discovery: &Discovery,
    named: &ConfigNamed,
) -> Option<FileInput> {
    if !entry.file_type().is_some_and(|t| t.is_file()) {
        return None;
    }
    let path = entry.path();
    Lang::from_path(path)?;
    let rel = path.strip_prefix(root).unwrap_or(path);
    let role = named.role_of(path);
    let named_by_config = matches!(role, FileRole::SetupFile | FileRole::GlobalSetup);
    let by_config = match &discovery.selector {
        Some(selector) => Some(selector.select_file(path)?),
        None => None,
    }
    .flatten();
    let is_test = by_config.unwrap_or_else(|| {
        is_test_file(rel)
            || discovery
                .test_globs
                .as_ref()
                .is_some_and(|g| g.is_match(rel))
            || (!discovery.test_regexes.is_empty() && matches_test_regex(discovery, path))
    });
    let fixture_module = !is_test && by_config.is_none() && is_python_fixture_module(rel);
    (is_test || named_by_config || fixture_module).then(|| FileInput {
        path: path.to_path_buf(),
        role,
        fixture_module: fixture_module && !named_by_config,
    })
}

/// Whether a Jest `testRegex` of a config whose directory (or `roots`
/// entry) holds `path` matches its absolute path. Only runs when a config
/// has a `testRegex`.
fn matches_test_regex(discovery: &Discovery, path: &Path) -> bool {
    let abs = crate::config::absolute(path);
    let Some(text) = abs.to_str() else {
        return false;
    };
    discovery
        .test_regexes
        .iter()
        .any(|(scope, re)| abs.starts_with(scope) && re.is_match(text))
}

/// The files runner configs name as setup or global-setup files, matched
/// against every walked path. By file name first: resolving each walked
/// path (`canonicalize`, a `readlink` per component and a `getcwd`) to
/// compare it cost 22 syscalls a file on a 5,000-file tree whose Jest
/// config names a setup file (+0.1 s of system time), and only a file
/// that has a named file's name can be it.
struct ConfigNamed {
    setup: Vec<NamedFile>,
    global: Vec<NamedFile>,
}

impl ConfigNamed {
    /// The named files under `root` the walk did not reach because they sit
    /// in a hidden directory (`<rootDir>/.jest/setup.js`, a common home for
    /// setup files): the config names them, so they are checked like the
    /// walked ones. A file under `node_modules` or in a directory the
    /// configuration excludes stays out, as it would when walked.
    fn add_unwalked(&self, root: &Path, discovery: &Discovery, out: &mut Discovered) {
        if self.setup.is_empty() && self.global.is_empty() {
            return;
        }
        let Ok(canonical_root) = root.canonicalize() else {
            return;
        };
        for file in self.setup.iter().chain(&self.global) {
            let Some(canonical) = &file.canonical else {
                continue;
            };
            let Ok(rel) = canonical.strip_prefix(&canonical_root) else {
                continue;
            };
            let hidden = rel.components().any(|c| {
                let name = c.as_os_str().to_string_lossy();
                name.starts_with('.') && name != "." && name != ".."
            });
            if !hidden
                || rel.components().any(|c| c.as_os_str() == "node_modules")
                || Lang::from_path(canonical).is_none()
                || !canonical.is_file()
            {
                continue;
            }
            let path = root.join(rel);
            if discovery
                .selector
                .as_ref()
                .is_some_and(|s| s.excluded(&path))
            {
                continue;
            }
            out.files.push(FileInput {
                role: self.role_of(&path),
                path,
                fixture_module: false,
            });
        }
    }
}

struct NamedFile {
    path: PathBuf,
    canonical: Option<PathBuf>,
    /// The file name as the config spells it and as it resolves (a
    /// symlink may be named differently from its target).
    names: Vec<std::ffi::OsString>,
}

impl NamedFile {
    fn new(path: &Path) -> Self {
        let canonical = path.canonicalize().ok();
        let names = [Some(path), canonical.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(|p| p.file_name().map(|n| n.to_os_string()))
            .collect();
        NamedFile {
            path: path.to_path_buf(),
            canonical,
            names,
        }
    }

    fn is(&self, path: &Path) -> bool {
        if self.path == path {
            return true;
        }
        let Some(name) = path.file_name() else {
            return false;
        };
        self.names.iter().any(|n| n == name)
            && self.canonical.is_some()
            && path.canonicalize().ok() == self.canonical
    }
}

impl ConfigNamed {
    fn new(discovery: &Discovery) -> Self {
        let all = |files: &[PathBuf]| files.iter().map(|p| NamedFile::new(p)).collect();
        ConfigNamed {
            setup: all(&discovery.setup_files),
            global: all(&discovery.global_setup_files),
        }
    }

    fn role_of(&self, path: &Path) -> FileRole {
        if FileRole::by_name(path) == FileRole::Conftest {
            FileRole::Conftest
        } else if self.global.iter().any(|f| f.is(path)) {
            FileRole::GlobalSetup
        } else if self.setup.iter().any(|f| f.is(path)) {
            FileRole::SetupFile
        } else {
            FileRole::Test
        }
    }
}

/// Whether pytest's default `python_files` (`test_*.py`, `*_test.py`) or
/// its conftest name take a Python file by its name alone.
pub fn pytest_collects_by_name(file_name: &str) -> bool {
    let Some(stem) = file_name.strip_suffix(".py") else {
        return false;
    };
    stem.starts_with("test_") || stem.ends_with("_test") || stem == "conftest"
}

/// Whether a file's name alone makes it a test module under the default
/// conventions (`*.test.*`, `*.spec.*`, `*.e2e.*`; `test_*.py`,
/// `*_test.py`), rather than its directory (`test/helpers.js`).
pub fn named_as_test(file_name: &str) -> bool {
    if file_name.ends_with(".py") {
        return pytest_collects_by_name(file_name) && file_name != "conftest.py";
    }
    file_name
        .split('.')
        .skip(1)
        .any(|part| matches!(part, "test" | "spec" | "e2e"))
}

/// Whether a file's name says it is a test module, by the default
/// conventions ([`named_as_test`]) or the suffix other runners use
/// (`complete-test.js` for vows and Mocha, `api_spec.js`): a file named so
/// holds tests even where isolint does not know its framework.
pub fn named_as_test_module(file_name: &str) -> bool {
    if named_as_test(file_name) {
        return true;
    }
    let stem = file_name.split('.').next().unwrap_or("");
    ["-test", "_test", "-tests", "_tests", "-spec", "_spec"]
        .iter()
        .any(|suffix| stem.len() > suffix.len() && stem.ends_with(suffix))
}

/// The spec's default test-file conventions, on a path relative to the
/// walked root.
pub fn is_test_file(rel: &Path) -> bool {
    let Some(name) = rel.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let dirs: Vec<&str> = rel
        .parent()
        .map(|p| p.iter().filter_map(|c| c.to_str()).collect())
        .unwrap_or_default();
    // Fixture directories hold inputs: sample projects a test runs a tool
    // on, and scripts it spawns in a child process (`test/fixtures/exit.js`
    // sets `Date.now` in its own process). Test runners are configured to
    // skip them; a test file never lives there.
    if dirs
        .iter()
        .any(|d| matches!(*d, "fixtures" | "__fixtures__"))
    {
        return false;
    }
    if name.ends_with(".py") {
        // `tests/` only: a Python package's `test/` directory is as often
        // library code (`django/test/`), and its tests are `test_*.py`.
        return pytest_collects_by_name(name) || dirs.contains(&"tests");
    }
    // Type tests (`x.test-d.ts` for tsd and `vitest typecheck`, `x.tst.ts`
    // for TSTyche) and declaration files are compiled, never run.
    let is_type_only = name
        .split('.')
        .skip(1)
        .any(|part| matches!(part, "test-d" | "tst" | "d"));
    if is_type_only {
        return false;
    }
    named_as_test(name)
        || dirs
            .iter()
            .any(|d| matches!(*d, "__tests__" | "test" | "tests" | "e2e"))
}

/// A Python module under a `fixtures/` directory of a `tests/` tree whose
/// name pytest does not collect (`tests/fixtures/db.py`,
/// `tests/functional/fixtures/redis_fixtures.py`): a fixture module the
/// suite loads through `pytest_plugins` or a conftest import when it
/// defines fixtures (the engine checks it only then), else an input. A
/// test-named file or a conftest there belongs to a sample project a test
/// runs a tool on.
pub fn is_python_fixture_module(rel: &Path) -> bool {
    let Some(name) = rel.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    if !name.ends_with(".py") || name == "__init__.py" || pytest_collects_by_name(name) {
        return false;
    }
    let dirs: Vec<&str> = rel
        .parent()
        .map(|p| p.iter().filter_map(|c| c.to_str()).collect())
        .unwrap_or_default();
    let Some(fixtures) = dirs.iter().position(|d| *d == "fixtures") else {
        return false;
    };
    // Directly in `fixtures/`, inside a `tests/` tree.
    fixtures + 1 == dirs.len() && dirs[..fixtures].contains(&"tests")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_sort_keys_order_paths_as_path_does() {
        let mut paths: Vec<PathBuf> = [
            "a/b",
            "a-b/c",
            "a",
            "a/b/c",
            "./x",
            "../y",
            "/abs/p",
            "/",
            "a.b/c",
            "a/b-c",
            "ab",
            "a\u{e9}/x",
            "A/x",
            "a/B",
            "a/b.test.js",
            "a/b/",
            "tests/a b.py",
            "tests/a/b.py",
            "tests/a.py",
            "tests-x/a.py",
            "./a/../b",
            "x//y",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        let mut by_key = paths.clone();
        paths.sort();
        by_key.sort_by_key(|p| path_sort_key(p));
        assert_eq!(paths, by_key);
    }

    /// A file a config names is found by the walk however the config
    /// spells its path (`sub/../jest.setup.js`), and a file of the same
    /// name elsewhere is not it.
    #[test]
    fn config_named_files_match_by_resolved_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let roles = roles_found(
            root,
            &[
                "jest.setup.js",
                "global-setup.js",
                "sub/jest.setup.js",
                "a.test.js",
            ],
            vec![root.join("sub").join("..").join("jest.setup.js")],
            vec![root.join("global-setup.js")],
        );
        assert_eq!(
            roles,
            vec![
                ("a.test.js".to_string(), FileRole::Test),
                ("global-setup.js".to_string(), FileRole::GlobalSetup),
                ("jest.setup.js".to_string(), FileRole::SetupFile),
            ]
        );
    }

    /// A setup file the config names inside a hidden directory is checked
    /// though the walk skips hidden directories; one under `node_modules`
    /// is not, nor are other files of the hidden directory.
    #[test]
    fn config_named_files_in_hidden_directories_are_checked() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path();
        let roles = roles_found(
            root,
            &[
                ".jest/setup.js",
                ".jest/other.test.js",
                ".playwright/global-setup.ts",
                "node_modules/.cache/setup.js",
                "a.test.js",
            ],
            vec![
                root.join(".jest/setup.js"),
                root.join("node_modules/.cache/setup.js"),
            ],
            vec![root.join(".playwright/global-setup.ts")],
        );
        assert_eq!(
            roles,
            vec![
                (".jest/setup.js".to_string(), FileRole::SetupFile),
                (
                    ".playwright/global-setup.ts".to_string(),
                    FileRole::GlobalSetup
                ),
                ("a.test.js".to_string(), FileRole::Test),
            ]
        );
    }

    /// Writes `files` under `root`, discovers `root` with these config-named
    /// files, and lists what was found (relative path, role).
    fn roles_found(
        root: &Path,
        files: &[&str],
        setup_files: Vec<PathBuf>,
        global_setup_files: Vec<PathBuf>,
    ) -> Vec<(String, FileRole)> {
        for f in files {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "x = 1;\n").expect("write");
        }
        let discovery = Discovery {
            setup_files,
            global_setup_files,
            test_globs: None,
            test_regexes: Vec::new(),
            selector: None,
            force_exclude: false,
        };
        let found = discover(&[root.to_path_buf()], &discovery).expect("discover");
        found
            .files
            .iter()
            .map(|f| {
                let rel = f.path.strip_prefix(root).expect("under root");
                (rel.to_string_lossy().replace('\\', "/"), f.role)
            })
            .collect()
    }

    #[test]
    fn test_file_conventions() {
        for yes in [
            "a.test.js",
            "src/a.spec.tsx",
            "login.e2e.ts",
            "src/__tests__/a.js",
            "test/helpers.mjs",
            "tests/api/x.cts",
            "e2e/login.ts",
            "test_api.py",
            "api_test.py",
            "pkg/conftest.py",
            "tests/helpers.py",
        ] {
            assert!(is_test_file(Path::new(yes)), "{yes} should be a test file");
        }
        for no in [
            "src/app.js",
            "src/testing.ts",
            "contest.py",
            "src/attest.py",
            "lib/latest.js",
            "src/specification.ts",
            "django/test/signals.py",
            "test/types/index.test-d.ts",
            "test/types/server.tst.ts",
            "test/types/index.d.ts",
            "src/a.test-d.ts",
            "test/fixtures/default-exit.js",
            "src/__fixtures__/a.test.ts",
            "tests/fixtures/project/test_sample.py",
        ] {
            assert!(
                !is_test_file(Path::new(no)),
                "{no} should not be a test file"
            );
        }
    }

    #[test]
    fn python_fixture_modules() {
        for yes in [
            "tests/fixtures/db.py",
            "tests/functional/fixtures/redis_fixtures.py",
            "app/tests/unit/fixtures/mock_redis.py",
        ] {
            assert!(
                is_python_fixture_module(Path::new(yes)),
                "{yes} should be a candidate"
            );
            assert!(
                !is_test_file(Path::new(yes)),
                "{yes} is no test file by name"
            );
        }
        for no in [
            "tests/fixtures/project/test_sample.py",
            "tests/fixtures/test_sample.py",
            "tests/fixtures/conftest.py",
            "tests/fixtures/__init__.py",
            "tests/fixtures/project/app.py",
            "fixtures/db.py",
            "src/fixtures/db.py",
            "tests/__fixtures__/db.py",
            "test/fixtures/exit.js",
            "tests/fixtures/db.ts",
        ] {
            assert!(
                !is_python_fixture_module(Path::new(no)),
                "{no} should not be a candidate"
            );
        }
    }

    #[test]
    fn walked_fixture_modules_are_checked_when_they_define_fixtures() {
        let temp = tempfile::tempdir().unwrap();
        let dir = temp.path().to_path_buf();
        let fixtures = dir.join("tests").join("fixtures");
        std::fs::create_dir_all(&fixtures).unwrap();
        std::fs::write(
            fixtures.join("db.py"),
            "import pytest\n\n@pytest.fixture\ndef db(client):\n    yield client\n    client.flushdb()\n",
        )
        .unwrap();
        std::fs::write(
            fixtures.join("script.py"),
            "import os\nos.environ['X'] = '1'\nopen('/tmp/out.json', 'w')\n",
        )
        .unwrap();
        // An input with broken syntax on purpose: no finding, no warning.
        std::fs::write(
            fixtures.join("broken.py"),
            "def broken(:\n    open('/tmp/x', 'w')\n",
        )
        .unwrap();
        let found = discover(std::slice::from_ref(&dir), &Discovery::default()).unwrap();
        let settings = crate::engine::Settings::all_rules();
        let mut reported: Vec<(String, usize, usize)> = found
            .files
            .iter()
            .map(|f| {
                assert!(
                    f.fixture_module,
                    "{} is walked as a fixture module",
                    f.path.display()
                );
                let bytes = std::fs::read(&f.path).unwrap();
                let name = f.path.file_name().unwrap().to_string_lossy().into_owned();
                let outcome = crate::engine::check_bytes(f, bytes, &settings);
                (name, outcome.findings.len(), outcome.notices.len())
            })
            .collect();
        reported.sort();
        assert_eq!(
            reported,
            vec![
                ("broken.py".to_string(), 0, 0),
                ("db.py".to_string(), 1, 0),
                ("script.py".to_string(), 0, 0)
            ]
        );
    }

    #[test]
    fn test_module_names() {
        for yes in [
            "a.test.js",
            "a.spec.ts",
            "login.e2e.ts",
            "test_a.py",
            "a_test.py",
            "complete-test.js",
            "api_spec.js",
            "unit-tests.js",
        ] {
            assert!(named_as_test_module(yes), "{yes} should name a test module");
        }
        for no in [
            "env.js",
            "webpack.config.js",
            "exec-in-directory.js",
            "test.js",
            "conftest.py",
            "settings.py",
            "-test.js",
            "latest.js",
            "contest.js",
        ] {
            assert!(
                !named_as_test_module(no),
                "{no} should not name a test module"
            );
        }
    }
}

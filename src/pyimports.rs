//! Project modules a Python test file imports base classes and marks from,
//! read once per module and shared by the worker threads. A test class
//! often gets its per-test directory from a mixin two modules away
//! (`from tests.coveragetest import CoverageTest`, whose base `TempDirMixin`
//! is imported from `tests.mixins`); what those classes do is collected here
//! (see [`crate::model::imported`]) and handed to the file's model.
//!
//! Decorators that run the test in a fresh working directory
//! (`@with_project(...)` wrapping it in `with
//! runner.isolated_filesystem():`) are read the same way.
//!
//! Only names the file uses as a base class, a decorator or in `pytestmark`
//! are followed (functions only for decorators), through `from M import N`
//! statements (absolute, looked up from the file's directory upwards as
//! pytest's rootdir-relative imports resolve them, or relative), re-exports
//! included, a few modules deep.

use crate::model::conftest::{fixtures_of, ConftestFixture};
use crate::model::imported::{module_facts, ClassFacts, ImportedFacts, ModuleFacts};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Directories above a file searched for an absolute import's first package.
const MAX_LEVELS: usize = 8;
/// Modules larger than this are not read.
const MAX_MODULE_BYTES: u64 = 1024 * 1024;
/// How many imports deep a base class or re-export is followed.
const MAX_DEPTH: usize = 6;
/// How many star imports or plugins deep a conftest's fixtures are followed.
const MAX_PLUGIN_DEPTH: usize = 3;

/// `from module import name as local, ...` (`level` leading dots).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromImport {
    pub level: usize,
    pub module: String,
    /// (name in the module, name bound here).
    pub names: Vec<(String, String)>,
}

/// The `from ... import ...` statements of Python source, read lexically
/// (parenthesised lists and backslash continuations included; `*` skipped).
pub fn from_imports(src: &str) -> Vec<FromImport> {
    let mut out = Vec::new();
    // Only lines that start with `from ` are read (found by a vectorised
    // search; this runs on every Python test file the run checks).
    for at in memchr::memmem::find_iter(src.as_bytes(), b"from ") {
        let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
        if !src[line_start..at].bytes().all(|b| b == b' ' || b == b'\t') {
            continue;
        }
        let mut lines = src[at..].lines();
        let Some(line) = lines.next() else {
            continue;
        };
        let Some(rest) = line.strip_prefix("from ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once(" import ") else {
            continue;
        };
        let module = module.trim();
        let level = module.bytes().take_while(|&b| b == b'.').count();
        let module = &module[level..];
        if !module
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        {
            continue;
        }
        let mut list = strip_comment(names).trim().to_string();
        if let Some(open) = list.strip_prefix('(') {
            list = open.to_string();
            while !list.contains(')') {
                match lines.next() {
                    Some(l) => {
                        list.push(',');
                        list.push_str(strip_comment(l));
                    }
                    None => break,
                }
            }
            list = list.split(')').next().unwrap_or("").to_string();
        } else {
            while list.ends_with('\\') {
                list.pop();
                match lines.next() {
                    Some(l) => list.push_str(strip_comment(l)),
                    None => break,
                }
            }
        }
        let names = list
            .split(',')
            .filter_map(|item| {
                let mut words = item.split_whitespace();
                let name = words.next()?;
                let local = match (words.next(), words.next()) {
                    (Some("as"), Some(alias)) => alias,
                    _ => name,
                };
                is_identifier(name).then(|| (name.to_string(), local.to_string()))
            })
            .collect::<Vec<_>>();
        if !names.is_empty() {
            out.push(FromImport {
                level,
                module: module.to_string(),
                names,
            });
        }
    }
    out
}

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("")
}

/// The `from module import *` statements of Python source at the start of a
/// line: (leading dots, module).
pub fn star_imports(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    // Asked of every Python test file; most have no star import, which a
    // vectorised search settles without reading the file line by line.
    let bytes = src.as_bytes();
    let any_star = memchr::memmem::find_iter(bytes, b" import ").any(|at| {
        bytes[at + b" import ".len()..]
            .iter()
            .find(|&&b| b != b' ' && b != b'\t')
            == Some(&b'*')
    });
    if !any_star {
        return out;
    }
    for line in src.lines() {
        let Some(rest) = line.strip_prefix("from ") else {
            continue;
        };
        let Some((module, names)) = rest.split_once(" import ") else {
            continue;
        };
        if strip_comment(names).trim() != "*" {
            continue;
        }
        let module = module.trim();
        let level = module.bytes().take_while(|&b| b == b'.').count();
        let module = &module[level..];
        if !module.is_empty()
            && module
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
        {
            out.push((level, module.to_string()));
        }
    }
    out
}

/// The modules a module-level `pytest_plugins = "a.b"` / `["a", "b"]` /
/// `("a",)` assignment names (string literals only).
pub fn pytest_plugins(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    // `memmem` rather than `str::match_indices`: this runs on every
    // analysed Python file, and almost none contains the word.
    for at in memchr::memmem::find_iter(src.as_bytes(), "pytest_plugins") {
        if at > 0 && src.as_bytes()[at - 1] != b'\n' {
            continue;
        }
        let rest = src[at + "pytest_plugins".len()..].trim_start_matches([' ', '\t']);
        // `pytest_plugins = [...]`, or annotated: `pytest_plugins: list[str] = [...]`.
        let value = match rest.strip_prefix(':') {
            Some(annotated) => annotated.split_once('=').map(|(_, v)| v),
            None => rest.strip_prefix('='),
        };
        let Some(value) = value.filter(|v| !v.starts_with('=')) else {
            continue;
        };
        let value = value.trim_start();
        // The value runs to the end of the line, or to the closing bracket.
        let end = match value.chars().next() {
            Some('[') => value.find(']').map(|i| i + 1),
            Some('(') => value.find(')').map(|i| i + 1),
            _ => value.find('\n'),
        }
        .unwrap_or(value.len());
        let mut text = &value[..end];
        while let Some(open) = text.find(['"', '\'']) {
            let quote = text.as_bytes()[open] as char;
            let after = &text[open + 1..];
            let Some(close) = after.find(quote) else {
                break;
            };
            let name = &after[..close];
            if !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            {
                out.push(name.to_string());
            }
            text = &after[close + 1..];
        }
    }
    out
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with(|c: char| c.is_ascii_digit())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every whole-word occurrence of `name` in `src`: its byte offset, the
/// text before it and the text after it.
fn word_uses<'s>(src: &'s str, name: &'s str) -> impl Iterator<Item = (usize, &'s str, &'s str)> {
    src.match_indices(name)
        .filter(|_| !name.is_empty())
        .map(move |(at, _)| (at, &src[..at], &src[at + name.len()..]))
        .filter(|(_, before, after)| {
            !before.ends_with(is_ident_char) && !after.starts_with(is_ident_char)
        })
}

/// Whether `before` ends with the keyword `keyword` and then whitespace
/// (`class  `, `def `): the word that follows is what it defines. The
/// keyword's byte offset when it does.
fn after_keyword(before: &str, keyword: &str) -> Option<usize> {
    let head = before.trim_end_matches([' ', '\t']);
    let start = head.strip_suffix(keyword)?;
    (head.len() < before.len() && !start.ends_with(is_ident_char)).then_some(start.len())
}

/// Whether `src` may define `name` as a class (`class name`, any
/// whitespace between) or as a module-level mark (`name =` or `name: T =`
/// in a module that mentions `pytest.mark.`). Sound, not exact: a false
/// "may" only costs a parse.
fn may_define(src: &str, name: &str) -> bool {
    let marks = src.contains("pytest.mark.");
    word_uses(src, name).any(|(_, before, after)| {
        after_keyword(before, "class").is_some()
            || marks
                && after
                    .trim_start_matches([' ', '\t'])
                    .starts_with(['=', ':'])
    })
}

/// Whether `src` may define a function `name` (`def name`): a decorator
/// the test file uses may be a cwd-switching one. Sound, not exact.
fn may_define_function(src: &str, name: &str) -> bool {
    word_uses(src, name).any(|(_, before, _)| after_keyword(before, "def").is_some())
}

/// Whether `src` may define a fixture `name`: a `def name` with "fixture"
/// between it and the previous `def`/`class` (where its decorators are),
/// or `name = ...fixture...` on one line. Sound, not exact: a false "may"
/// only costs a parse.
fn may_define_fixture(src: &str, name: &str) -> bool {
    word_uses(src, name).any(|(at, before, after)| {
        if let Some(def_at) = after_keyword(before, "def") {
            // `get`: the byte before `def` may sit inside a character
            // (`"→def"` in a string); then look from 0.
            let decorators_from = def_at
                .checked_sub(1)
                .and_then(|end| {
                    let earlier = src.get(..end)?;
                    [earlier.rfind("def "), earlier.rfind("class ")]
                        .into_iter()
                        .flatten()
                        .max()
                })
                .unwrap_or(0);
            return src[decorators_from..at].contains("fixture");
        }
        after.trim_start_matches([' ', '\t']).starts_with('=')
            && after
                .lines()
                .next()
                .is_some_and(|line| line.contains("fixture"))
    })
}

/// Names the source uses as a base class (`class A(B, m.C):`), a decorator
/// (`@lock`) or in a `pytestmark` line: the ones worth following, each with
/// whether it is used as a decorator (only those are looked up as
/// functions, see [`may_define_function`]). A dotted use gives its last name
/// and, for a module imported by name (`from tests import base`, then
/// `base.Mixin`), the dotted name as well.
fn used_names(src: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    fn add<'s>(name: &'s str, decorator: bool, out: &mut Vec<(&'s str, bool)>) {
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, d)) => *d |= decorator,
            None => out.push((name, decorator)),
        }
    }
    fn words<'s>(text: &'s str, decorator: bool, out: &mut Vec<(&'s str, bool)>) {
        for w in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')) {
            let last = w.rsplit('.').next().unwrap_or(w);
            if is_identifier(last) {
                add(last, decorator, out);
            }
            if w.split('.').count() == 2 && w.split('.').all(is_identifier) {
                add(w, decorator, out);
            }
        }
    }
    for line in src.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("class ") {
            if let Some((_, bases)) = rest.split_once('(') {
                words(bases.split(')').next().unwrap_or(""), false, &mut out);
            }
        } else if let Some(rest) = t.strip_prefix('@') {
            words(rest.split('(').next().unwrap_or(""), true, &mut out);
        } else if t.starts_with("pytestmark") {
            words(t, false, &mut out);
        }
    }
    out
}

/// One project module: its imports, and its facts once a lookup needs
/// them.
#[derive(Debug, Default)]
struct Module {
    src: String,
    /// Parsed on the first lookup of a name the module may define (see
    /// [`Module::facts_for`]): most names a test takes from a project
    /// module are neither classes nor marks, and parsing every module
    /// imported that way cost as much as a quarter of parsing celery's
    /// tests.
    facts: std::sync::OnceLock<ModuleFacts>,
    imports: Vec<FromImport>,
    /// Whether the source says "fixture" at all: no name is a fixture of a
    /// module that does not (see [`may_define_fixture`]).
    mentions_fixture: bool,
    /// Whether the module has star imports or `pytest_plugins`, which may
    /// bring fixtures of any name.
    forwards: bool,
}

impl Module {
    /// The module's facts when it may define `name` as a class or a mark
    /// (a textual check that every definition passes: `class` then `name`,
    /// or `name =` in a module that mentions `pytest.mark.`).
    fn facts_for(&self, name: &str) -> Option<&ModuleFacts> {
        may_define(&self.src, name).then(|| self.facts())
    }

    /// The module's facts when it may define `name` as a function (asked
    /// only for names a test file uses as decorators).
    fn function_facts_for(&self, name: &str) -> Option<&ModuleFacts> {
        may_define_function(&self.src, name).then(|| self.facts())
    }

    fn facts(&self) -> &ModuleFacts {
        self.facts.get_or_init(|| module_facts(&self.src))
    }

    /// The import that binds `name` here, and the name it has in the
    /// module it comes from.
    fn binding(&self, name: &str) -> Option<(&FromImport, &str)> {
        self.imports.iter().find_map(|i| {
            i.names
                .iter()
                .find(|(_, local)| local == name)
                .map(|(original, _)| (i, original.as_str()))
        })
    }
}

/// Where an import resolves from a directory: (directory, level, module).
type ResolveKey = (PathBuf, usize, String);

/// The search bases of one directory, in lookup order.
type SearchPath = Arc<[Arc<SearchBase>]>;

/// Per-module cache, and memos for import resolution (clones share them):
/// every Python file checked resolves its `from` imports, most of which name
/// the standard library or installed packages and resolve to nothing.
#[derive(Debug, Default, Clone)]
pub struct PyModules {
    modules: Arc<Mutex<HashMap<PathBuf, Option<Arc<Module>>>>>,
    resolved: Arc<Mutex<HashMap<ResolveKey, Option<PathBuf>>>>,
    /// Per directory: where its files' absolute imports are looked up.
    search: Arc<Mutex<HashMap<PathBuf, SearchPath>>>,
    /// Each search base, listed once.
    bases: Arc<Mutex<HashMap<PathBuf, Arc<SearchBase>>>>,
    /// The module-level fixtures of modules a `conftest.py` imports from or
    /// names as plugins, with those they import in turn.
    fixtures: Arc<Mutex<HashMap<PathBuf, Arc<Vec<ConftestFixture>>>>>,
    /// What a name of a module is ([`PyModules::lookup`] from a test file):
    /// many test files import the same names from the same module.
    lookups: Arc<Mutex<HashMap<NameInModule, Option<Found>>>>,
}

/// A directory absolute imports are looked up from, with the names of the
/// packages and modules directly in it: an import whose first segment is
/// not among them (`os`, `pytest`, most imports) is rejected without a
/// `stat` or an allocation.
#[derive(Debug)]
struct SearchBase {
    dir: PathBuf,
    top_level: foldhash::HashSet<String>,
}

impl SearchBase {
    fn new(dir: &Path) -> SearchBase {
        let top_level = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| {
                        let name = e.file_name().into_string().ok()?;
                        let module = name.strip_suffix(".py").unwrap_or(&name);
                        is_identifier(module).then(|| module.to_string())
                    })
                    .collect()
            })
            .unwrap_or_default();
        SearchBase {
            dir: dir.to_path_buf(),
            top_level,
        }
    }
}

impl PyModules {
    /// What the project modules `file` imports give it. `src` is the file's
    /// source.
    pub fn imported_for(&self, file: &Path, src: &str) -> ImportedFacts {
        let mut out = ImportedFacts::default();
        let Some(dir) = file.parent() else {
            return out;
        };
        // Imports from the project first (most name the standard library
        // or installed packages, and resolutions are remembered per
        // directory); only their names are looked for as bases or marks.
        let mut used: Option<Vec<(&str, bool)>> = None;
        for import in from_imports(src) {
            let path = self.resolve(dir, &import);
            if path.is_none() && !import.module.is_empty() {
                continue;
            }
            let used = used.get_or_insert_with(|| used_names(src));
            for (name, local) in &import.names {
                let use_of_local = used.iter().find(|(u, _)| *u == local.as_str());
                if let (Some(path), Some(&(_, decorator))) = (path.as_ref(), use_of_local) {
                    found(
                        self.lookup_once(path, name, decorator),
                        local.clone(),
                        &mut out,
                    );
                }
                // A module imported by name, used as `local.Name`.
                let mut qualified = used
                    .iter()
                    .filter_map(|&(u, decorator)| {
                        Some((
                            u,
                            u.strip_prefix(local.as_str())?.strip_prefix('.')?,
                            decorator,
                        ))
                    })
                    .peekable();
                if qualified.peek().is_none() {
                    continue;
                }
                let submodule = FromImport {
                    level: import.level,
                    module: match import.module.as_str() {
                        "" => name.clone(),
                        package => format!("{package}.{name}"),
                    },
                    names: Vec::new(),
                };
                let Some(module_path) = self.resolve(dir, &submodule) else {
                    continue;
                };
                for (dotted, attribute, decorator) in qualified {
                    found(
                        self.lookup_once(&module_path, attribute, decorator),
                        dotted.to_string(),
                        &mut out,
                    );
                }
            }
        }
        out
    }

    /// The fixtures a `conftest.py` in `dir` (source `src`) gets from its
    /// project's modules: pytest registers every fixture in the conftest's
    /// namespace, so those it imports by name (`from tests.fixtures import
    /// tmp_dir`) or with `from .fixtures import *`, and the fixtures of the
    /// plugin modules it lists in `pytest_plugins`, serve the tests below it
    /// like its own. Followed a few star imports and plugins deep.
    pub fn plugin_fixtures(&self, dir: &Path, src: &str) -> Vec<ConftestFixture> {
        let mut out = Vec::new();
        self.collect_plugin_fixtures(dir, src, 0, &mut out);
        out
    }

    fn collect_plugin_fixtures(
        &self,
        dir: &Path,
        src: &str,
        depth: usize,
        out: &mut Vec<ConftestFixture>,
    ) {
        if depth >= MAX_PLUGIN_DEPTH || !src.contains("import") && !src.contains("pytest_plugins") {
            return;
        }
        let mut add = |fixtures: &[ConftestFixture], only: Option<&[(String, String)]>| {
            for f in fixtures {
                let wanted = only.is_none_or(|names| names.iter().any(|(n, _)| *n == f.name));
                if wanted && !out.iter().any(|o| o.name == f.name) {
                    out.push(f.clone());
                }
            }
        };
        for import in from_imports(src) {
            if let Some(path) = self.resolve(dir, &import) {
                if self.may_export_fixture(&path, &import.names) {
                    add(&self.module_fixtures(&path, depth + 1), Some(&import.names));
                }
            }
        }
        let star = star_imports(src).into_iter();
        let plugins = pytest_plugins(src).into_iter().map(|m| (0, m));
        for (level, module) in star.chain(plugins) {
            let import = FromImport {
                level,
                module,
                names: Vec::new(),
            };
            if let Some(path) = self.resolve(dir, &import) {
                add(&self.module_fixtures(&path, depth + 1), None);
            }
        }
    }

    /// Whether the module at `path` may give one of `names` (original
    /// names of a `from ... import`) as a fixture: it defines one with
    /// "fixture" among the decorators (see [`may_define_fixture`]), imports
    /// one by name from elsewhere, or has star imports or `pytest_plugins`
    /// that may bring any. Conftests import helpers from big test modules
    /// (`from .test_pubsub import wait_for_message`); parsing each whole
    /// again for fixtures cost redis's suite a tenth of its check. What
    /// needs only the module is read once, when it is loaded: every test
    /// file importing from a big shared module (`from test import
    /// client_context`) asks again, and rescanning it each time was 4% of
    /// checking pymongo's suite.
    fn may_export_fixture(&self, path: &Path, names: &[(String, String)]) -> bool {
        let Some(module) = self.module(path) else {
            return true;
        };
        module.forwards
            || names.iter().any(|(name, _)| {
                module.binding(name).is_some()
                    || module.mentions_fixture && may_define_fixture(&module.src, name)
            })
    }

    /// The module-level fixtures of the module at `path`, with those it
    /// gets from its own star imports and plugins; empty for a module that
    /// never mentions a fixture.
    fn module_fixtures(&self, path: &Path, depth: usize) -> Arc<Vec<ConftestFixture>> {
        memo(&self.fixtures, path, || {
            let Some(src) = std::fs::metadata(path)
                .ok()
                .filter(|m| m.is_file() && m.len() <= MAX_MODULE_BYTES)
                .and_then(|_| std::fs::read(path).ok())
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            else {
                return Arc::new(Vec::new());
            };
            let mut fixtures = if src.contains("fixture") {
                fixtures_of(&src)
            } else {
                Vec::new()
            };
            if let Some(dir) = path.parent() {
                let mut imported = Vec::new();
                self.collect_plugin_fixtures(dir, &src, depth, &mut imported);
                for f in imported {
                    if !fixtures.iter().any(|o| o.name == f.name) {
                        fixtures.push(f);
                    }
                }
            }
            Arc::new(fixtures)
        })
    }

    /// `name` as module `path` defines or re-exports it.
    /// [`PyModules::lookup`] of a name a test file imports, remembered.
    fn lookup_once(&self, path: &Path, name: &str, decorator: bool) -> Option<Found> {
        memo(
            &self.lookups,
            &(path.to_path_buf(), name.to_string(), decorator),
            || self.lookup(path, name, decorator, 0),
        )
    }

    /// `decorator`: the test file uses the name as a decorator, so a
    /// function of that name is read too (a cwd-switching decorator).
    fn lookup(&self, path: &Path, name: &str, decorator: bool, depth: usize) -> Option<Found> {
        if depth > MAX_DEPTH {
            return None;
        }
        let module = self.module(path)?;
        let facts = module.facts_for(name);
        if let Some(class) = facts.and_then(|f| f.class(name)) {
            let mut class = class.clone();
            self.inherit_bases(path, &module, &mut class, depth);
            return Some(Found::Class(class));
        }
        if let Some(mark) = facts.and_then(|f| f.mark(name)) {
            return Some(Found::Mark(mark.to_string()));
        }
        if decorator {
            if let Some(f) = module.function_facts_for(name) {
                let (plain, factory) = f.cwd_decorator(name);
                if plain || factory {
                    return Some(Found::CwdDecorator { plain, factory });
                }
            }
        }
        // A re-export: `from .testcases import TestCase` in a package.
        let (import, original) = module.binding(name)?;
        let target = self.resolve(path.parent()?, import)?;
        self.lookup(&target, original, decorator, depth + 1)
    }

    /// Adds to `class` (defined in module `path`) what its bases give,
    /// whether defined in the same module or imported there.
    fn inherit_bases(&self, path: &Path, module: &Module, class: &mut ClassFacts, depth: usize) {
        let mut seen = vec![class.name.clone()];
        let mut pending = class.bases.clone();
        while let Some(base) = pending.pop() {
            let name = base.rsplit('.').next().unwrap_or(&base).to_string();
            if seen.contains(&name) || seen.len() > 32 {
                continue;
            }
            seen.push(name.clone());
            if let Some(local) = module.facts_for(&name).and_then(|f| f.class(&name)) {
                class.inherit(local);
                pending.extend(local.bases.iter().cloned());
            } else if let Some(Found::Class(imported)) =
                module.binding(&name).and_then(|(import, original)| {
                    let target = self.resolve(path.parent()?, import)?;
                    self.lookup(&target, original, false, depth + 1)
                })
            {
                class.inherit(&imported);
            }
        }
    }

    fn module(&self, path: &Path) -> Option<Arc<Module>> {
        memo(&self.modules, path, || {
            std::fs::metadata(path)
                .ok()
                .filter(|m| m.is_file() && m.len() <= MAX_MODULE_BYTES)
                .and_then(|_| std::fs::read(path).ok())
                .map(|bytes| {
                    let src = String::from_utf8_lossy(&bytes).into_owned();
                    Arc::new(Module {
                        imports: from_imports(&src),
                        facts: std::sync::OnceLock::new(),
                        mentions_fixture: memchr::memmem::find(src.as_bytes(), b"fixture")
                            .is_some(),
                        forwards: !star_imports(&src).is_empty()
                            || !pytest_plugins(&src).is_empty(),
                        src,
                    })
                })
        })
    }

    /// The file of the module an import names, from the importing file's
    /// directory: relative imports from there; absolute ones from where
    /// pytest's default `prepend` import mode puts the file on `sys.path`
    /// (the directory above its topmost package) or from the rootdir.
    fn resolve(&self, dir: &Path, import: &FromImport) -> Option<PathBuf> {
        if import.module.is_empty() {
            return None;
        }
        if import.level > 0 {
            let base = dir.ancestors().nth(import.level - 1)?;
            return self.module_file(base, import.level, &import.module);
        }
        let first = import.module.split('.').next().unwrap_or("");
        self.search_path(dir)
            .iter()
            .filter(|base| base.top_level.contains(first))
            .find_map(|base| self.module_file(&base.dir, 0, &import.module))
    }

    /// `module` as a file or package under `base`, remembered.
    fn module_file(&self, base: &Path, level: usize, module: &str) -> Option<PathBuf> {
        let key = (base.to_path_buf(), level, module.to_string());
        memo(&self.resolved, &key, || {
            let relative: PathBuf = module.split('.').collect();
            let file = base.join(&relative).with_extension("py");
            let package = base.join(&relative).join("__init__.py");
            [file, package].into_iter().find(|p| p.is_file())
        })
    }

    fn search_base(&self, dir: &Path) -> Arc<SearchBase> {
        memo(&self.bases, dir, || Arc::new(SearchBase::new(dir)))
    }

    /// Where absolute imports of files in `dir` are looked up: the
    /// directory above `dir`'s topmost package (`dir` itself when it is no
    /// package), then the nearest rootdir at or above it.
    fn search_path(&self, dir: &Path) -> SearchPath {
        memo(&self.search, dir, || self.make_search_path(dir))
    }

    fn make_search_path(&self, dir: &Path) -> SearchPath {
        let is_package = |d: &Path| d.join("__init__.py").is_file();
        let mut top = dir;
        while is_package(top) {
            match top.parent() {
                Some(p) => top = p,
                None => break,
            }
        }
        let mut bases = vec![self.search_base(top)];
        let root = dir.ancestors().take(MAX_LEVELS).find(|d| {
            crate::conftests::ROOT_MARKERS
                .iter()
                .any(|m| d.join(m).exists())
        });
        if let Some(root) = root.filter(|r| *r != top) {
            bases.push(self.search_base(root));
        }
        bases.into()
    }
}

/// A module's file, a name in it, and whether it is used as a decorator.
type NameInModule = (PathBuf, String, bool);

#[derive(Debug, Clone)]
enum Found {
    Class(ClassFacts),
    Mark(String),
    /// A decorator that runs what it wraps in a switched working directory,
    /// used bare (`plain`) or called (`factory`).
    CwdDecorator {
        plain: bool,
        factory: bool,
    },
}

/// Records what a lookup found under the name the test module uses.
fn found(found: Option<Found>, used_as: String, out: &mut ImportedFacts) {
    match found {
        Some(Found::Class(mut class)) => {
            class.name = used_as;
            out.classes.push(class);
        }
        Some(Found::Mark(mark)) => out.marks.push((used_as, mark)),
        Some(Found::CwdDecorator { plain, factory }) => {
            for (is, shape) in [(plain, false), (factory, true)] {
                if is {
                    out.cwd_decorators.push((used_as.clone(), shape));
                }
            }
        }
        None => {}
    }
}

/// `map[key]`, made by `make` on first use. `make` runs outside the lock (it
/// may read and parse files); when two threads race, the first insert wins.
/// The run-wide memos of facts read from other files (here and in
/// `crate::conftests`) go through it.
pub(crate) fn memo<K, Q, V>(map: &Mutex<HashMap<K, V>>, key: &Q, make: impl FnOnce() -> V) -> V
where
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq,
    Q: ToOwned<Owned = K> + std::hash::Hash + Eq + ?Sized,
    V: Clone,
{
    // A panic while holding the lock leaves a usable map behind.
    let lock = || map.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(hit) = lock().get(key) {
        return hit.clone();
    }
    let made = make();
    lock().entry(key.to_owned()).or_insert(made).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_imports_are_read_with_aliases_lists_and_levels() {
        let src = "import os\nfrom tests.mixins import TempDirMixin, Other as O  # c\nfrom .base import (\n    CoverageTest,\n    Helper as H,\n)\nfrom x import *\nfrom a.b import c, \\\n    d\n    from ..up import Deep\n";
        let got = from_imports(src);
        type Flat<'a> = (usize, &'a str, Vec<(&'a str, &'a str)>);
        let flat: Vec<Flat> = got
            .iter()
            .map(|i| {
                (
                    i.level,
                    i.module.as_str(),
                    i.names
                        .iter()
                        .map(|(a, b)| (a.as_str(), b.as_str()))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            flat,
            vec![
                (
                    0,
                    "tests.mixins",
                    vec![("TempDirMixin", "TempDirMixin"), ("Other", "O")]
                ),
                (
                    1,
                    "base",
                    vec![("CoverageTest", "CoverageTest"), ("Helper", "H")]
                ),
                (0, "a.b", vec![("c", "c"), ("d", "d")]),
                (2, "up", vec![("Deep", "Deep")]),
            ]
        );
    }

    #[test]
    fn star_imports_and_pytest_plugins_are_read() {
        let src = "from .fixtures import *  # noqa: F403\nfrom dvc.testing.fixtures import *\nfrom a import b\n    from nested import *\n";
        assert_eq!(
            star_imports(src),
            vec![
                (1, "fixtures".to_string()),
                (0, "dvc.testing.fixtures".to_string())
            ]
        );
        let plugins = "import x\npytest_plugins = 'setuptools.tests.fixtures'\n";
        assert_eq!(pytest_plugins(plugins), vec!["setuptools.tests.fixtures"]);
        let list = "pytest_plugins = [\n    \"dvc.testing.plugin\",\n    'tests.remotes',  # comment\n]\nx = 1\n";
        assert_eq!(
            pytest_plugins(list),
            vec!["dvc.testing.plugin", "tests.remotes"]
        );
        let annotated = "pytest_plugins: tuple[str, ...] = (\"pytester\",)\n";
        assert_eq!(pytest_plugins(annotated), vec!["pytester"]);
        assert!(
            pytest_plugins("if pytest_plugins == []:\n    pass\n    pytest_plugins = ['x']\n")
                .is_empty()
        );
    }

    /// A conftest's fixtures include those of the project modules it
    /// star-imports, imports by name, or lists in `pytest_plugins`, and
    /// those these import in turn; unrelated names of a module are not.
    #[test]
    fn plugin_fixtures_come_from_star_imports_names_and_plugins() {
        let root = tempfile::tempdir().expect("temp dir");
        let pkg = root.path().join("proj").join("testing");
        let tests = root.path().join("tests");
        std::fs::create_dir_all(&pkg).expect("dirs");
        std::fs::create_dir_all(&tests).expect("dirs");
        std::fs::write(root.path().join("pyproject.toml"), "").expect("root");
        std::fs::write(root.path().join("proj").join("__init__.py"), "").expect("init");
        std::fs::write(pkg.join("__init__.py"), "").expect("init");
        std::fs::write(
            pkg.join("fixtures.py"),
            "import pytest\n\n@pytest.fixture\ndef tmp_dir(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    return tmp_path\n\n@pytest.fixture\ndef dvc(tmp_dir):\n    yield tmp_dir\n",
        )
        .expect("fixtures");
        std::fs::write(pkg.join("plugin.py"), "from .envs import *\n").expect("plugin");
        std::fs::write(
            pkg.join("envs.py"),
            "import os, pytest\n\n@pytest.fixture\ndef clean_env():\n    saved = os.environ.copy()\n    yield\n    os.environ.clear()\n    os.environ.update(saved)\n",
        )
        .expect("envs");
        std::fs::write(
            tests.join("helpers.py"),
            "import pytest\n\n@pytest.fixture\ndef chosen():\n    return 1\n\n@pytest.fixture\ndef not_chosen():\n    return 2\n",
        )
        .expect("helpers");
        let conftest = "from proj.testing.fixtures import *\nfrom tests.helpers import chosen\n\npytest_plugins = ['proj.testing.plugin']\n";
        let got = PyModules::default().plugin_fixtures(&tests, conftest);
        let names: Vec<&str> = got.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["chosen", "tmp_dir", "dvc", "clean_env"],
            "{got:?}"
        );
        assert!(got[1].switches_cwd && got[1].private_cwd);
        assert_eq!(got[2].requests, vec!["tmp_dir".to_string()]);
        assert!(got[3].restores_environ);
    }

    #[test]
    fn may_define_fixture_passes_every_fixture_definition() {
        let src = "import pytest\n\ndef helper():\n    return 1\n\n@pytest.fixture(\n    params=[1, 2],\n)\ndef client(request):\n    return request.param\n\nasync def wait_for_message(p):\n    pass\n\nmy_db = pytest.fixture(make_db)\nother = make_other()\n";
        for name in ["client", "my_db"] {
            assert!(may_define_fixture(src, name), "{name}");
        }
        for name in ["helper", "wait_for_message", "other", "request", "cli"] {
            assert!(!may_define_fixture(src, name), "{name}");
        }
        // Never panics on a multi-byte character right before `def`.
        assert!(may_define_fixture("x = pytest.fixture\n\"→def f\"", "f"));
    }

    #[test]
    fn may_define_passes_every_class_and_mark_definition() {
        let src = "import pytest\nclass  Base(object):\n    class\tInner: pass\nlock = pytest.mark.xdist_group('x')\ngroup: Mark = pytest.mark.x\n";
        for name in ["Base", "Inner", "lock", "group"] {
            assert!(may_define(src, name), "{name}");
        }
        // Mentioned, never defined as a class or a mark.
        for name in ["object", "pytest", "Bas", "x", "mark"] {
            assert!(!may_define(src, name), "{name}");
        }
        // `name =` defines no mark in a module that mentions none.
        assert!(!may_define("lock = threading.Lock()\n", "lock"));
        assert!(!may_define("class Other(Base): pass\n", "Base"));
        assert!(!may_define("subclass Base\n", "Base"));
    }

    #[test]
    fn used_names_are_bases_decorators_and_pytestmark() {
        let src = "class T(Base, mod.Mixin):\n    @lock\n    def test(self): pass\n@pytest.mark.x\ndef f(): pass\npytestmark = [group]\nx = NotUsed()\n";
        let used: Vec<&str> = used_names(src).into_iter().map(|(n, _)| n).collect();
        for n in [
            "Base",
            "Mixin",
            "mod.Mixin",
            "lock",
            "x",
            "pytestmark",
            "group",
        ] {
            assert!(used.contains(&n), "{n} in {used:?}");
        }
        assert!(!used.contains(&"NotUsed"));
        let decorators: Vec<&str> = used_names(src)
            .into_iter()
            .filter_map(|(n, d)| d.then_some(n))
            .collect();
        assert_eq!(decorators, vec!["lock", "x"]);
    }

    /// Two modules away: the test's base class comes from a relative
    /// import, and that class's base (an autouse fixture that changes into a
    /// temporary directory) from an absolute one; a `setUp` mixin, a
    /// `setUpClass` one and a mark re-exported through a package
    /// `__init__.py` are found too.
    #[test]
    fn bases_and_marks_are_followed_across_modules() {
        let root = tempfile::tempdir().expect("temp dir");
        let tests = root.path().join("tests");
        let support = tests.join("support");
        std::fs::create_dir_all(&support).expect("dirs");
        std::fs::write(root.path().join("pyproject.toml"), "").expect("root");
        std::fs::write(tests.join("__init__.py"), "").expect("init");
        std::fs::write(
            tests.join("mixins.py"),
            "import os, tempfile, pytest\nfrom contextlib import chdir\n\nclass TempDirMixin:\n    @pytest.fixture(autouse=True)\n    def _temp_dir(self, tmp_path):\n        with chdir(tmp_path):\n            yield\n\nclass InTmp:\n    def setUp(self):\n        self.work = tempfile.mkdtemp()\n        self.addCleanup(os.chdir, os.getcwd())\n        os.chdir(self.work)\n\nclass InTmpClass:\n    @classmethod\n    def setUpClass(cls):\n        cls._tempdir = tempfile.TemporaryDirectory()\n        os.chdir(cls._tempdir.name)\n",
        )
        .expect("mixins");
        std::fs::write(
            tests.join("base.py"),
            "from tests.mixins import TempDirMixin\n\nclass CoverageTest(TempDirMixin):\n    pass\n",
        )
        .expect("base");
        std::fs::write(
            support.join("__init__.py"),
            "from .marks import workdir_lock\n",
        )
        .expect("support");
        std::fs::write(
            support.join("marks.py"),
            "import pytest\nworkdir_lock = pytest.mark.xdist_group('workdir')\n",
        )
        .expect("marks");
        let test = tests.join("test_api.py");
        let src = "from .base import CoverageTest\nfrom tests.mixins import InTmp, InTmpClass\nfrom tests.support import workdir_lock\nfrom tests.mixins import TempDirMixin as Unused\n\nclass ApiTest(CoverageTest):\n    pass\n\nclass I18n(InTmp):\n    pass\n\nclass Keys(InTmpClass):\n    pass\n\n@workdir_lock\ndef test_x(): pass\n";
        let got = PyModules::default().imported_for(&test, src);
        let names: Vec<&str> = got.classes.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["CoverageTest", "InTmp", "InTmpClass"],
            "{got:?}"
        );
        let coverage = &got.classes[0];
        assert_eq!(coverage.fixtures.len(), 1);
        assert!(coverage.fixtures[0].autouse && coverage.fixtures[0].switches_cwd);
        assert!(!coverage.setup_switches_cwd);
        assert!(got.classes[1].setup_switches_cwd);
        // A class-wide `setUpClass` chdir into a fresh temporary directory.
        assert!(got.classes[2].setup_switches_cwd);
        assert_eq!(
            got.marks,
            vec![(
                "workdir_lock".to_string(),
                "pytest.mark.xdist_group('workdir')".to_string()
            )]
        );
    }
    /// A decorator and a decorator factory imported from a helpers module
    /// whose wrappers call the test inside `with
    /// runner.isolated_filesystem():`; one that writes files first but
    /// switches nothing, and a helper imported but not used as a decorator,
    /// are not cwd decorators.
    #[test]
    fn cwd_switching_decorators_are_followed_across_modules() {
        let root = tempfile::tempdir().expect("temp dir");
        let tests = root.path().join("tests");
        std::fs::create_dir_all(&tests).expect("dirs");
        std::fs::write(root.path().join("pyproject.toml"), "").expect("root");
        std::fs::write(tests.join("__init__.py"), "").expect("init");
        std::fs::write(
            tests.join("helpers.py"),
            "from functools import wraps\nfrom click.testing import CliRunner\n\ndef with_isolated_runner(fn):\n    @wraps(fn)\n    def test(*args, **kw):\n        runner = CliRunner()\n        with runner.isolated_filesystem():\n            return fn(*args, runner=runner, **kw)\n    return test\n\ndef with_project(*, config=None):\n    def decorator(fn):\n        @wraps(fn)\n        def test(*args, **kw):\n            with CliRunner().isolated_filesystem():\n                return fn(*args, **kw)\n        return test\n    return decorator\n\ndef with_fragments(fragments):\n    def decorator(fn):\n        def test(*args, **kw):\n            write(fragments)\n            return fn(*args, **kw)\n        return test\n    return decorator\n\ndef unused(fn):\n    def test():\n        with CliRunner().isolated_filesystem():\n            return fn()\n    return test\n",
        )
        .expect("helpers");
        let test = tests.join("test_cli.py");
        let src = "from .helpers import with_isolated_runner, with_project, with_fragments, unused\n\n@with_isolated_runner\ndef test_a(runner): pass\n\n@with_project(config='x')\n@with_fragments({})\ndef test_b(runner): unused(None)\n";
        let got = PyModules::default().imported_for(&test, src);
        assert_eq!(
            got.cwd_decorators,
            vec![
                ("with_isolated_runner".to_string(), false),
                ("with_project".to_string(), true)
            ]
        );
    }
}

//! What a Python test module gets from the project modules it imports: base
//! classes whose autouse fixtures or `setUp` run every test of a subclass in
//! a directory of its own (`class ApiTest(CoverageTest)` with
//! `CoverageTest(TempDirMixin)` two modules away), and marks kept in a
//! module-level name (`from tests.utils import workdir_lock`, then
//! `@workdir_lock`), and decorators whose wrapper runs the test inside a
//! `with` that switches the working directory (`from .helpers import
//! with_project`, then `@with_project(...)`). The same facts in the test
//! file itself are read from its own tree; these are collected by the run
//! (`crate::pyimports`), which follows `from ... import ...` into the
//! project's own files, and enter the file's settings (and so its cache
//! key) like `conftest.py` fixtures do.

use super::conftest::{fixture_facts, with_module_model, ConftestFixture};
use super::kinds::FieldByName;
use super::scope::{ScopeKind, MODULE};
use super::{framework, FileRole, Model};
use tree_sitter::Node;

/// A JS name imported or destructured under another name
/// ([`Model::js_renamed_imports`]).
#[derive(Debug, Clone)]
pub struct RenamedImport<'t> {
    /// The name the file uses (`w`).
    pub local: &'t str,
    /// The module's specifier as written (`node:fs`).
    pub module: String,
    /// The module's own name for it (`writeFileSync`).
    pub imported: &'t str,
}

/// Facts about names the test module imports from its project.
#[derive(Debug, Clone, Default, Hash, PartialEq, Eq)]
pub struct ImportedFacts {
    /// Imported classes, by the name the test module binds.
    pub classes: Vec<ClassFacts>,
    /// Imported module-level names holding a mark: (bound name, the
    /// mark's source text, e.g. `pytest.mark.xdist_group("lock")`).
    pub marks: Vec<(String, String)>,
    /// Imported decorators that run the function they wrap in a working
    /// directory they switch and put back: (bound name, whether it is a
    /// factory called for the decorator, `@with_project(...)`).
    pub cwd_decorators: Vec<(String, bool)>,
}

/// What a class gives the tests of its subclasses, its own bases included.
#[derive(Debug, Clone, Default, Hash, PartialEq, Eq)]
pub struct ClassFacts {
    pub name: String,
    /// Base classes as written (`TempDirMixin`, `mixins.Base`).
    pub bases: Vec<String>,
    /// Fixture methods: autouse ones run for every test of a subclass,
    /// others when a test requests them.
    pub fixtures: Vec<ConftestFixture>,
    /// A set-up hook (`setUp`, `setup_method`, or per class `setUpClass`,
    /// `setup_class`) changes into a temporary directory: relative paths in
    /// the tests resolve there, a directory of the worker's own.
    pub setup_switches_cwd: bool,
    /// A set-up hook of the class (`setUp`, `setUpClass`, `setup_method`,
    /// `setup_class`) connects to a database kept in the process's own
    /// memory (`connect('db', host='mongomock://localhost')`, in-memory
    /// SQLite): the tests of a subclass write into a private database.
    pub setup_private_database: bool,
    /// A test class (a `TestCase` subclass, whatever its name): so are the
    /// classes deriving from it (`class UserTests(ApiTestBase)`).
    pub test_class: bool,
}

impl ClassFacts {
    /// Adds what a base class gives; the subclass's own fixtures hide
    /// same-named ones of the base.
    pub fn inherit(&mut self, base: &ClassFacts) {
        for f in &base.fixtures {
            if !self.fixtures.iter().any(|o| o.name == f.name) {
                self.fixtures.push(f.clone());
            }
        }
        self.setup_switches_cwd |= base.setup_switches_cwd;
        self.setup_private_database |= base.setup_private_database;
        self.test_class |= base.test_class;
    }
}

/// The classes and module-level mark names one project module defines
/// (bases not yet followed: that needs the module's imports, see
/// `crate::pyimports`).
#[derive(Debug, Default)]
pub struct ModuleFacts {
    pub classes: Vec<ClassFacts>,
    pub marks: Vec<(String, String)>,
    /// Module-level functions that are cwd-switching decorators (see
    /// [`ImportedFacts::cwd_decorators`]): (name, factory).
    pub cwd_decorators: Vec<(String, bool)>,
}

impl ModuleFacts {
    pub fn class(&self, name: &str) -> Option<&ClassFacts> {
        self.classes.iter().find(|c| c.name == name)
    }

    pub fn mark(&self, name: &str) -> Option<&str> {
        self.marks
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| m.as_str())
    }

    /// Whether `name` is a cwd-switching decorator here, as a plain
    /// decorator and as a factory.
    pub fn cwd_decorator(&self, name: &str) -> (bool, bool) {
        let is = |factory: bool| {
            self.cwd_decorators
                .iter()
                .any(|(n, f)| n == name && *f == factory)
        };
        (is(false), is(true))
    }
}

/// Reads a project module's classes and module-level marks.
pub fn module_facts(src: &str) -> ModuleFacts {
    with_module_model(src, FileRole::Test, read_module).unwrap_or_default()
}

fn read_module(model: &Model) -> ModuleFacts {
    let src = model.src;
    let mut out = ModuleFacts::default();
    for (id, scope) in model.scopes.iter().enumerate() {
        if scope.node.kind() != "class_definition" {
            continue;
        }
        let in_class = |s: usize| model.scope(s).parent == Some(id);
        let mut class = ClassFacts {
            name: scope.name.clone(),
            bases: super::python_superclasses(scope.node, src)
                .into_iter()
                .map(str::to_string)
                .collect(),
            test_class: matches!(scope.kind, ScopeKind::Suite { .. }),
            ..ClassFacts::default()
        };
        for (s, inner) in model.scopes.iter().enumerate() {
            if matches!(inner.kind, ScopeKind::Fixture { .. }) && in_class(s) {
                class.fixtures.push(fixture_facts(model, inner));
            }
        }
        // A mixin is no test class, so its `setUp` is a plain method here;
        // in a test class that inherits it, it is the set-up. Set-up hooks
        // of either kind, per test or per class: the connection they open
        // is the one every test of the class uses, and a class-wide `chdir`
        // into a fresh temporary directory (asyncssh's `TempDirTestCase`,
        // `setUpClass`) gives every worker running the class its own.
        let setup_hook = |s: usize| {
            let name = model.scope(s).name.as_str();
            framework::unittest_hook(name)
                .or_else(|| framework::pytest_xunit_hook(name))
                .is_some_and(|h| h.is_setup())
        };
        class.setup_switches_cwd = model.calls.iter().any(|c| {
            c.method() == "chdir"
                && in_class(c.scope)
                && setup_hook(c.scope)
                && model.is_temp_dir_arg(c.positional(0))
        });
        class.setup_private_database = model.scopes.iter().enumerate().any(|(s, inner)| {
            in_class(s)
                && setup_hook(s)
                && super::database::names_in_memory_database(model.text(inner.node))
        });
        out.classes.push(class);
    }
    for scope in &model.scopes {
        if scope.parent != Some(MODULE) || scope.node.kind() != "function_definition" {
            continue;
        }
        for factory in [false, true] {
            if model.decorator_switches_cwd(scope.node, factory) {
                out.cwd_decorators.push((scope.name.clone(), factory));
            }
        }
    }
    for a in &model.assigns {
        if a.scope != MODULE {
            continue;
        }
        if let Some(value) = a.value {
            let text = model.text(value);
            if text.starts_with("pytest.mark.") {
                out.marks
                    .push((a.target_path.to_string(), text.to_string()));
            }
        }
    }
    out
}

impl<'t> Model<'t> {
    /// The imported classes the classes around `node` inherit from,
    /// directly or through classes of this file.
    pub fn imported_bases(&self, node: Node<'t>) -> Vec<&'t ClassFacts> {
        let imported = &self.project.imported.classes;
        if imported.is_empty() || !self.lang.is_python() {
            return Vec::new();
        }
        // The answer depends only on the scope around `node`; rules ask
        // for most calls of a file (Django's tests: 800,000 times).
        let scope = self.scope_of(node);
        if let Some(bases) = self.imported_bases_memo.borrow().get(&scope) {
            return bases.clone();
        }
        let bases = self.find_imported_bases(scope, imported);
        self.imported_bases_memo
            .borrow_mut()
            .insert(scope, bases.clone());
        bases
    }

    /// [`Self::imported_bases`] for the code of `scope`, unmemoised.
    fn find_imported_bases(
        &self,
        scope: super::scope::ScopeId,
        imported: &'t [ClassFacts],
    ) -> Vec<&'t ClassFacts> {
        let mut pending: Vec<Node<'t>> = self
            .ancestors(scope)
            .map(|s| self.scope(s).node)
            .filter(|n| n.kind() == "class_definition")
            .collect();
        let mut seen: Vec<usize> = Vec::new();
        let mut out: Vec<&'t ClassFacts> = Vec::new();
        while let Some(class) = pending.pop() {
            if seen.contains(&class.id()) || seen.len() > 32 {
                continue;
            }
            seen.push(class.id());
            for base in super::python_superclasses(class, self.src) {
                let name = super::facts::last_segment(base);
                if let Some(c) = imported.iter().find(|c| c.name == base || c.name == name) {
                    if !out.iter().any(|o| std::ptr::eq(*o, c)) {
                        out.push(c);
                    }
                }
                pending.extend(self.classes_named(name).map(|s| self.scope(s).node));
            }
        }
        out
    }

    /// Whether an imported base class of the classes around `node` runs
    /// each test in a temporary directory from its `setUp`.
    pub fn imported_setup_switches_cwd(&self, node: Node<'t>) -> bool {
        self.imported_bases(node)
            .iter()
            .any(|c| c.setup_switches_cwd)
    }

    /// Whether an imported base class of the classes around `node` opens a
    /// database private to the process in its set-up (`BaseTestCase` whose
    /// `setUp` connects to `mongomock://localhost`).
    pub fn imported_setup_private_database(&self, node: Node<'t>) -> bool {
        self.imported_bases(node)
            .iter()
            .any(|c| c.setup_private_database)
    }

    /// The mark an imported module-level name holds.
    pub fn imported_mark(&self, name: &str) -> Option<&'t str> {
        self.project
            .imported
            .marks
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, m)| m.as_str())
    }

    /// JS names a file imports or destructures from a module under another
    /// name, at the top level: `import { writeFileSync as w } from
    /// 'node:fs'`, `const { join: j } = require('path')`, one level down
    /// (`const { promises: { writeFile: w } } = require('fs')`: `w` from
    /// `fs/promises`); and every name
    /// taken from `process`/`node:process`, renamed or not (`import { env,
    /// chdir } from 'node:process'`, `const { env } = process`: a bare `env`
    /// is `process.env`).
    /// Read once, on first use.
    pub fn js_renamed_imports(&self) -> &[RenamedImport<'t>] {
        self.js_renamed.get_or_init(|| {
            let mut out = Vec::new();
            if self.lang.is_python() {
                return out;
            }
            let text = |n: Node<'t>| self.text(n);
            let mut add = |name: Node<'t>, alias: Node<'t>, module: &str| {
                let (imported, local) = (text(name), text(alias));
                if imported != local || is_process_module(module) {
                    out.push(RenamedImport {
                        local,
                        module: module.to_string(),
                        imported,
                    });
                }
            };
            for stmt in crate::walk::named_children_list(self.root) {
                match self.kind(stmt) {
                    "import_statement" => {
                        let Some(module) = stmt
                            .field("source")
                            .and_then(|s| super::facts::plain_string(s, self.src))
                        else {
                            continue;
                        };
                        for spec in crate::walk::descendants_of_kinds(stmt, &["import_specifier"]) {
                            if let Some(name) = spec.field("name") {
                                add(name, spec.field("alias").unwrap_or(name), &module);
                            }
                        }
                    }
                    "lexical_declaration" | "variable_declaration" => {
                        for decl in crate::walk::named_children_list(stmt) {
                            let (Some(pattern), Some(value)) =
                                (decl.field("name"), decl.field("value"))
                            else {
                                continue;
                            };
                            if self.kind(pattern) != "object_pattern" {
                                continue;
                            }
                            // `require('m')`, or the `process` global itself
                            // (`const { env } = process`).
                            let module = match self.kind(value) {
                                "identifier" if text(value) == "process" => {
                                    Some("process".to_string())
                                }
                                _ => self.required_module(value),
                            };
                            let Some(module) = module else {
                                continue;
                            };
                            for pair in crate::walk::named_children_list(pattern) {
                                match self.kind(pair) {
                                    "pair_pattern" => {
                                        if let (Some(key), Some(value)) =
                                            (pair.field("key"), pair.field("value"))
                                        {
                                            if self.kind(value) == "identifier" {
                                                add(key, value, &module);
                                            }
                                            // One level down: `const { promises: {
                                            // writeFile: w } } = require('fs')` takes
                                            // `w` from `fs/promises`.
                                            if self.kind(value) == "object_pattern" {
                                                let sub = format!("{module}/{}", text(key));
                                                for inner in crate::walk::named_children_list(value)
                                                {
                                                    match self.kind(inner) {
                                                        "pair_pattern" => {
                                                            if let (Some(k), Some(v)) = (
                                                                inner.field("key"),
                                                                inner.field("value"),
                                                            ) {
                                                                if self.kind(v) == "identifier" {
                                                                    add(k, v, &sub);
                                                                }
                                                            }
                                                        }
                                                        "shorthand_property_identifier_pattern" => {
                                                            add(inner, inner, &sub);
                                                        }
                                                        _ => {}
                                                    }
                                                }
                                            }
                                        }
                                    }
                                    "shorthand_property_identifier_pattern" => {
                                        add(pair, pair, &module);
                                    }
                                    _ => {}
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            out
        })
    }

    /// The module `value` loads when it is `require('m')`.
    fn required_module(&self, value: Node<'t>) -> Option<String> {
        let is_require = self.kind(value) == "call_expression"
            && value
                .field("function")
                .is_some_and(|f| self.text(f) == "require");
        if !is_require {
            return None;
        }
        value
            .field("arguments")
            .and_then(|a| a.named_child(0))
            .and_then(|a| super::facts::plain_string(a, self.src))
    }

    /// The module a JS name is bound to as a whole at the top level of the
    /// file: `import sh from 'shelljs'`, `import * as sh from 'shelljs'`,
    /// `const sh = require('shelljs')`.
    pub fn js_module_of(&self, name: &str) -> Option<String> {
        if self.lang.is_python() || name.contains('.') {
            return None;
        }
        let source = |n: Node<'t>| super::facts::plain_string(n, self.src);
        for stmt in crate::walk::named_children_list(self.root) {
            match self.kind(stmt) {
                "import_statement" => {
                    let Some(clause) = crate::walk::named_children_list(stmt)
                        .into_iter()
                        .find(|c| self.kind(*c) == "import_clause")
                    else {
                        continue;
                    };
                    let bound = crate::walk::named_children_list(clause)
                        .into_iter()
                        .filter_map(|c| match self.kind(c) {
                            "identifier" => Some(c),
                            "namespace_import" => crate::walk::named_children_list(c)
                                .into_iter()
                                .find(|i| self.kind(*i) == "identifier"),
                            _ => None,
                        })
                        .any(|n| self.text(n) == name);
                    if bound {
                        return stmt.field("source").and_then(source);
                    }
                }
                "lexical_declaration" | "variable_declaration" => {
                    for decl in crate::walk::named_children_list(stmt) {
                        let (Some(pattern), Some(value)) =
                            (decl.field("name"), decl.field("value"))
                        else {
                            continue;
                        };
                        if self.kind(pattern) != "identifier" || self.text(pattern) != name {
                            continue;
                        }
                        if let Some(module) = self.required_module(value) {
                            return Some(module);
                        }
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The `process` member a bare JS name stands for when the file imports
    /// it from `process`/`node:process` (`import { env, chdir as cd } from
    /// 'node:process'`: `env` is `process.env`, `cd` is `process.chdir`).
    pub fn js_process_member(&self, name: &str) -> Option<String> {
        self.js_renamed_imports()
            .iter()
            .find(|r| r.local == name && is_process_module(&r.module))
            .map(|r| format!("process.{}", r.imported))
    }

    /// `path.join`/`path.resolve`/... for a JS name the file imports from
    /// `path` under another name (`import { join as j } from 'node:path'`:
    /// `j` is `path.join`), so value evaluation sees the path function.
    /// A member of the `path` or `os` module object the file imports under
    /// another name is the same function (`import pathFn from 'path'`,
    /// `import osFn from 'os'`, `const nodePath = require('node:path')`:
    /// `pathFn.join` is `path.join`, `osFn.tmpdir` is `os.tmpdir`).
    pub fn js_unaliased_path_function(&self, name: &str) -> Option<String> {
        if let Some((head, member)) = name.split_once('.') {
            if matches!(head, "path" | "os")
                || !matches!(
                    member,
                    "join" | "resolve" | "normalize" | "posix.join" | "tmpdir"
                )
            {
                return None;
            }
            let module = self.js_module_of(head)?;
            let canonical = match module.trim_start_matches("node:") {
                "path" | "path/posix" if member != "tmpdir" => "path",
                "os" if member == "tmpdir" => "os",
                _ => return None,
            };
            return Some(format!("{canonical}.{member}"));
        }
        self.js_renamed_imports()
            .iter()
            .find(|r| {
                r.local == name
                    && matches!(
                        r.module.as_str(),
                        "path" | "node:path" | "path/posix" | "node:path/posix"
                    )
            })
            .map(|r| format!("path.{}", r.imported))
    }

    /// The module a Python `import module as local` binds to `local`
    /// (`import datetime as dt`: `datetime` for `dt`). Only the first name
    /// of an `import a as x, b as y` statement is among [`Model::imports`].
    pub fn py_module_alias(&self, local: &str) -> Option<&str> {
        self.imports.iter().find_map(|i| {
            let (module, alias) = i.split_once(" as ")?;
            (alias.trim() == local).then(|| module.trim())
        })
    }

    /// [`Model::py_qualified`] only when the first segment of `path` is a
    /// renaming import's local name (`import tempfile as tf`: `tf.gettempdir`
    /// is `tempfile.gettempdir`; `from pathlib import Path as P`: `P` is
    /// `pathlib.Path`), so tables keyed on the usual spelling see the call.
    /// `None` for a name imported under its own name (`from os import
    /// makedirs`), which those tables already list bare.
    pub fn py_unaliased(&self, path: &str) -> Option<String> {
        let qualified = self.py_qualified(path)?;
        let own_name = qualified
            .strip_suffix(path)
            .is_some_and(|module| module.ends_with('.'));
        (!own_name).then_some(qualified)
    }

    /// A Python dotted `path` with its first segment spelled out through
    /// the file's imports, when that segment is a name an import binds:
    /// `import os as o` (`o.chdir` is `os.chdir`), `from os import chdir`
    /// (`chdir` is `os.chdir`), `from freezegun import freeze_time as ft`
    /// (`ft` is `freezegun.freeze_time`), `from unittest import mock as um`
    /// (`um.patch` is `unittest.mock.patch`). `None` for any other path.
    /// Relative imports (`from . import x`) are not followed.
    pub fn py_qualified(&self, path: &str) -> Option<String> {
        let (head, rest) = match path.split_once('.') {
            Some((head, rest)) => (head, Some(rest)),
            None => (path, None),
        };
        let module = match self.py_module_alias(head) {
            Some(module) => module,
            None => self.py_from_import(head)?,
        };
        Some(match rest {
            Some(rest) => format!("{module}.{rest}"),
            None => module.to_string(),
        })
    }

    /// What the bare name `local` stands for when a `from` import binds it
    /// (`from os import environ as env`: `env` is `os.environ`), without
    /// the module aliases [`Model::py_qualified`] also looks at (no `import`
    /// binds a bare name to a module's attribute) and without allocating.
    pub fn py_from_import(&self, local: &str) -> Option<&str> {
        let names = self.py_from_names.get_or_init(|| {
            crate::pyimports::from_imports(self.src)
                .into_iter()
                .filter(|i| i.level == 0)
                .flat_map(|i| {
                    let module = i.module;
                    i.names
                        .into_iter()
                        .map(move |(name, local)| (local, format!("{module}.{name}")))
                })
                .collect()
        });
        names
            .iter()
            .find(|(bound, _)| bound == local)
            .map(|(_, qualified)| qualified.as_str())
    }
}

fn is_process_module(module: &str) -> bool {
    matches!(module, "process" | "node:process")
}

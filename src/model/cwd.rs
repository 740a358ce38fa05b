//! Whether a relative path at a node resolves against a private working
//! directory: code under `with os_helper.temp_cwd():`, `with tmpdir.as_cwd():`,
//! `with contextlib.chdir(tmp_path):`, in a test that requests a `tmpdir_cwd`
//! style fixture, or after a `chdir` into a temporary directory in the same
//! test, a `setUp`/`setup_method` hook or a fixture the test uses. Relative
//! writes there land in a per-test directory, not in a directory every worker
//! shares. In JS: after `process.chdir(tmpDir)` in the test or in a setup
//! hook around it.

use crate::model::kinds::FieldByName;
use tree_sitter::Node;

use super::scope::ScopeKind;
use super::values::Value;
use super::Model;

/// Context managers (last callee segment) that switch the working directory
/// for the block they guard.
const CWD_CONTEXTS: &[&str] = &[
    "temp_cwd",
    "change_cwd",
    "as_cwd",
    "chdir",
    "pushd",
    "working_directory",
    "isolated_filesystem",
    "tmp_cwd",
    "in_tmpdir",
    "in_tempdir",
    "in_temp_dir",
    "cd",
    // numpy's f2py test util: `with util.switchdir(tmp):`.
    "switchdir",
    "switch_dir",
    "changedir",
    "change_dir",
];

/// How far up the tree the search goes.
const MAX_DEPTH: usize = 64;

/// How many helper calls deep a private working directory is followed.
const MAX_HELPER_DEPTH: usize = 3;

impl<'t> Model<'t> {
    /// Whether relative paths used at `node` resolve in a private working
    /// directory (see the module doc).
    pub fn in_private_cwd(&self, node: Node<'t>) -> bool {
        self.in_private_cwd_at(node, 0)
    }

    /// Whether code at `node` runs in a working directory that something
    /// around the test switched and puts back when it ends: a `with` block
    /// that changes directory, or a fixture (requested, `usefixtures`,
    /// autouse) that changes it for the test (`tmpdir_cwd`-style names, or
    /// a `yield` inside `with chdir(tmp):`). A `chdir` there is undone too.
    pub fn in_cwd_switched_around_test(&self, node: Node<'t>) -> bool {
        self.lang.is_python() && self.cwd_switch_around(node) == Some(true)
    }

    /// [`Self::in_cwd_switched_around_test`], and the enclosing function
    /// when the answer is no (`None` at module level).
    fn cwd_switch_around(&self, node: Node<'t>) -> Option<bool> {
        let mut function: Option<Node<'t>> = None;
        let mut current = node.parent();
        let mut depth = 0;
        while let Some(c) = current {
            depth += 1;
            if depth > MAX_DEPTH {
                break;
            }
            match c.kind() {
                "with_statement" if self.switches_cwd(c) => return Some(true),
                "function_definition" if function.is_none() => function = Some(c),
                _ => {}
            }
            current = c.parent();
        }
        let function = function?;
        let scope = self.scope_of(function);
        let params = &self.scope(scope).params;
        let used = self.usefixtures_text(function);
        if params.iter().any(|p| names_cwd_fixture(p)) || names_cwd_fixture(&used) {
            return Some(true);
        }
        // pytest's `pytester`/`testdir`, requested by the test or through a
        // same-file fixture, unless the project defines its own fixture of
        // that name (one that requests the name itself extends pytest's:
        // `def pytester(pytester, monkeypatch): ...; return pytester`).
        let pytester = self.requested_fixtures(self.owner(scope)).iter().any(|p| {
            is_pytester_fixture(p)
                && !self
                    .scopes
                    .iter()
                    .any(|s| s.is_fixture() && &s.name == p && !s.params.contains(p))
                && !self
                    .project
                    .conftest_fixtures
                    .iter()
                    .any(|f| &f.name == p && !f.requests.contains(p))
        });
        if pytester || self.decorated_in_switched_cwd(function) {
            return Some(true);
        }
        let requested =
            |name: &str, node: Node<'t>| self.fixture_applies(params, &used, name, node, function);
        // A same-file fixture that applies and switches itself, or requests
        // one that does (`@pytest.fixture(autouse=True) def isolated(tmpdir_cwd)`).
        let switching_request = |p: &String| {
            names_cwd_fixture(p)
                || self
                    .project
                    .conftest_fixtures
                    .iter()
                    .any(|f| &f.name == p && f.switches_cwd)
        };
        Some(
            self.scopes.iter().any(|s| {
                matches!(s.kind, ScopeKind::Fixture { .. })
                    && requested(&s.name, s.node)
                    && (self.fixture_switches_cwd(s.node) || s.params.iter().any(switching_request))
            }) || self.inherited_fixture(node, |f| f.switches_cwd),
        )
    }

    /// Whether a decorator of `function` runs it in a working directory it
    /// switches around the call and puts back (towncrier's
    /// `@with_isolated_runner` and `@with_project(...)`, whose wrapper
    /// calls the test inside `with runner.isolated_filesystem():`): one
    /// defined at module level in this file, or imported from the project
    /// (`crate::pyimports`).
    fn decorated_in_switched_cwd(&self, function: Node<'t>) -> bool {
        let Some(&decorated) = self.decorated.get(&function.id()) else {
            return false;
        };
        let mut cursor = decorated.walk();
        let found = decorated
            .named_children(&mut cursor)
            .filter(|d| d.kind() == "decorator")
            .filter_map(|d| d.named_child(0))
            .any(|expr| {
                // `@with_project(config=...)` calls a factory for the
                // decorator; `@with_isolated_runner` is the decorator.
                let (callee, factory) = match expr.kind() {
                    "call" => match expr.field("function") {
                        Some(f) => (f, true),
                        None => return false,
                    },
                    _ => (expr, false),
                };
                let name = self.text(callee);
                match self.functions.get(name) {
                    Some(&f) => {
                        self.scope(self.scope_of(f)).parent == Some(super::scope::MODULE)
                            && self.decorator_switches_cwd(f, factory)
                    }
                    None => self
                        .project
                        .imported
                        .cwd_decorators
                        .iter()
                        .any(|(n, fac)| n == name && *fac == factory),
                }
            });
        found
    }

    /// Whether the function `decorator` (a decorator factory when
    /// `factory`: it returns the decorator) returns a wrapper that calls
    /// the function it decorates inside a `with` that switches the working
    /// directory (`def deco(fn): @wraps(fn) def test(*a, **kw): with
    /// runner.isolated_filesystem(): return fn(*a, **kw)`; `return test`).
    /// Every value the decorator returns must be that wrapper.
    pub(super) fn decorator_switches_cwd(&self, decorator: Node<'t>, factory: bool) -> bool {
        let taker = if factory {
            returned_function(decorator, self.src)
        } else {
            Some(decorator)
        };
        let Some(taker) = taker else {
            return false;
        };
        let Some(wrapper) = returned_function(taker, self.src) else {
            return false;
        };
        let params = super::python_params(self.lang, taker, self.src);
        let Some(wrapped) = params.first() else {
            return false;
        };
        self.calls.iter().any(|c| {
            if c.path != wrapped.as_str() || !crate::walk::encloses(wrapper, c.node) {
                return false;
            }
            // The call runs in the wrapper itself (not in a function nested
            // in it), in the body of a switching `with`.
            let chain = crate::walk::ancestors(wrapper, c.node);
            chain.iter().skip(1).all(|n| {
                !matches!(
                    n.kind(),
                    "function_definition" | "lambda" | "class_definition"
                )
            }) && chain.iter().any(|n| {
                n.kind() == "with_statement"
                    && n.field("body")
                        .is_some_and(|b| crate::walk::encloses(b, c.node))
                    && self.switches_cwd(*n)
            })
        })
    }

    /// [`Self::in_private_cwd`], `helpers` calls deep into same-file helpers.
    fn in_private_cwd_at(&self, node: Node<'t>, helpers: usize) -> bool {
        if !self.lang.is_python() {
            return self.after_js_chdir_into_temp(node);
        }
        match self.cwd_switch_around(node) {
            Some(true) => return true,
            None => return false,
            Some(false) => {}
        }
        let Some(function) = enclosing_function(node) else {
            return false;
        };
        let scope = self.scope_of(function);
        let params = &self.scope(scope).params;
        let used = self.usefixtures_text(function);
        // A fixture the test requests, or an autouse one.
        let requested =
            |name: &str, node: Node<'t>| self.fixture_applies(params, &used, name, node, function);
        // A `chdir` into a temporary directory earlier in the same function,
        // in a per-test hook, or in a fixture the test requests or autouses.
        let switched = self.calls.iter().any(|call| {
            let into_temp = is_tmpdir_chdir(call)
                || (call.method() == "chdir" && self.is_temp_dir_arg(call.positional(0)));
            if !into_temp {
                return false;
            }
            let call_fn = enclosing_function(call.node);
            if call_fn.is_some_and(|f| f.id() == function.id()) {
                return call.node.start_byte() < node.start_byte();
            }
            let s = self.scope(self.scope_of_function(call_fn));
            match &s.kind {
                ScopeKind::Hook(_) => true,
                ScopeKind::Fixture { .. } => requested(&s.name, s.node),
                _ => false,
            }
        });
        // A same-file helper runs where it is called: private when every
        // call of it is (`monkeypatch.chdir(tmp_path)`, then `write_docs()`).
        // An imported base class's `setUp` may have switched for the test,
        // or a `conftest.py` fixture moved it into a temporary directory.
        switched
            || (helpers < MAX_HELPER_DEPTH && self.helper_calls_all_private(scope, helpers))
            || (helpers < MAX_HELPER_DEPTH && self.helper_class_used_privately(function, helpers))
            || self.imported_setup_switches_cwd(node)
            || self.inherited_fixture(node, |f| f.private_cwd)
    }

    /// A JS call that changes the worker's working directory: `process.chdir`,
    /// or ShellJS's `sh.cd(dir)` / `sh.pushd(dir)` (both call `process.chdir`)
    /// on a name the file binds to `shelljs`.
    pub fn is_js_chdir(&self, path: &str) -> bool {
        path == "process.chdir"
            || self.is_shelljs_call(path, "cd")
            || self.is_shelljs_call(path, "pushd")
    }

    /// Whether `path` is `<name>.<method>` with `name` bound to ShellJS
    /// (`import sh from 'shelljs'`, `const shell = require('shelljs')`).
    pub fn is_shelljs_call(&self, path: &str, method: &str) -> bool {
        path.strip_suffix(method)
            .and_then(|p| p.strip_suffix('.'))
            .and_then(|receiver| self.js_module_of(receiver))
            .is_some_and(|m| m == "shelljs")
    }

    /// JS: `process.chdir(tmpDir)` into a temporary directory earlier in
    /// the same test, or in a `before`/`beforeEach` hook of a suite around
    /// it (`tmpDir = fs.mkdtempSync(...)`, `tmp.dirSync().name`).
    fn after_js_chdir_into_temp(&self, node: Node<'t>) -> bool {
        let owner = self.owner(self.scope_of(node));
        self.calls.iter().any(|call| {
            // The directory is the last argument (`sh.pushd('-q', dir)`).
            let dir = call.args().last().map(|a| a.value);
            if !self.is_js_chdir(&call.path) || !self.is_temp_dir_arg(dir) {
                return false;
            }
            let call_owner = self.owner(call.scope);
            if call_owner == owner {
                return call.node.start_byte() < node.start_byte();
            }
            let hook = self.scope(call_owner);
            matches!(hook.kind, ScopeKind::Hook(k) if k.is_setup())
                && hook
                    .parent
                    .is_some_and(|p| self.is_within(owner, self.enclosing_container(p)))
        })
    }

    /// Whether `method` is a method of a same-file helper class (defined at
    /// module level, not a test class) whose every use elsewhere in the file
    /// runs in a private working directory: asyncssh's `_ChrootSFTPServer`,
    /// handed as `sftp_factory=` to the server a `TempDirTestCase` class
    /// starts, runs its `os.mkdir('chroot')` in that class's temporary
    /// directory. A class never named, or named once where the directory is
    /// shared, stays shared.
    fn helper_class_used_privately(&self, method: Node<'t>, helpers: usize) -> bool {
        let Some(class) = enclosing_class(method) else {
            return false;
        };
        // At module level, decorated or not.
        let outer = class
            .parent()
            .filter(|p| p.kind() == "decorated_definition")
            .map_or(class.parent(), |d| d.parent());
        if outer.map(|p| p.kind()) != Some("module") {
            return false;
        }
        if !matches!(self.scope(self.scope_of(method)).kind, ScopeKind::Function)
            || matches!(
                self.scope(self.scope_of(class)).kind,
                ScopeKind::Suite { .. }
            )
        {
            return false;
        }
        let Some(name) = class.field("name") else {
            return false;
        };
        let name = self.text(name);
        let mut used = false;
        for ident in self.mentions_outside(name, class) {
            if !self.in_private_cwd_at(ident, helpers + 1) {
                return false;
            }
            used = true;
        }
        used
    }

    fn helper_calls_all_private(&self, helper: usize, helpers: usize) -> bool {
        let s = self.scope(helper);
        if s.kind != ScopeKind::Function || s.name.is_empty() {
            return false;
        }
        let mut called = false;
        for call in &self.calls {
            let callee = call
                .path
                .strip_prefix("self.")
                .or_else(|| call.path.strip_prefix("cls."))
                .unwrap_or(&call.path);
            if callee != s.name || self.is_within(self.scope_of(call.node), helper) {
                continue;
            }
            if !self.in_private_cwd_at(call.node, helpers + 1) {
                return false;
            }
            called = true;
        }
        called
    }

    /// Whether fixture `name` (defined at `node`) applies to the function
    /// `test` with these parameters and `usefixtures` text: requested, or
    /// autouse where it reaches `test`.
    fn fixture_applies(
        &self,
        params: &[String],
        used: &str,
        name: &str,
        node: Node<'t>,
        test: Node<'t>,
    ) -> bool {
        params.iter().any(|p| p == name)
            || used.contains(&format!("\"{name}\""))
            || used.contains(&format!("'{name}'"))
            || (self.fixture_decorator_text(node).contains("autouse=True")
                && self.autouse_reaches(node, test))
    }

    /// An autouse fixture defined in a class body serves that class's tests
    /// (and those of same-file classes naming it as a base), not the
    /// module's other tests; one at module level serves them all. A helper
    /// (not a test) may run under any test: it is not narrowed.
    fn autouse_reaches(&self, fixture: Node<'t>, test: Node<'t>) -> bool {
        let Some(class) = enclosing_class(fixture) else {
            return true;
        };
        if !matches!(self.scope(self.scope_of(test)).kind, ScopeKind::Test { .. }) {
            return true;
        }
        let inside = |c: Node<'t>| crate::walk::encloses(c, test);
        if inside(class) {
            return true;
        }
        let Some(name) = class.field("name").map(|n| self.text(n)) else {
            return true;
        };
        let mut current = enclosing_class(test);
        while let Some(c) = current {
            if super::python_superclasses(c, self.src)
                .into_iter()
                .any(|b| super::facts::last_segment(b) == name)
            {
                return true;
            }
            current = enclosing_class(c);
        }
        false
    }

    /// The decorators of a function, as text (empty when undecorated).
    fn fixture_decorator_text(&self, function: Node<'t>) -> &'t str {
        function
            .parent()
            .filter(|p| p.kind() == "decorated_definition")
            .map(|p| self.text(p))
            .map(|t| t.split("def ").next().unwrap_or(""))
            .unwrap_or("")
    }

    /// Whether a fixture yields inside a `with` that switches the working
    /// directory (bounded walk).
    fn yields_in_switched_cwd(&self, function: Node<'t>) -> bool {
        let mut stack = vec![function];
        let mut seen = 0;
        while let Some(n) = stack.pop() {
            seen += 1;
            if seen > 4096 {
                return false;
            }
            if n.kind() == "with_statement"
                && self.switches_cwd(n)
                && self.text(n).contains("yield")
            {
                return true;
            }
            let mut c = n.walk();
            for child in n.named_children(&mut c) {
                stack.push(child);
            }
        }
        false
    }

    fn scope_of_function(&self, f: Option<Node<'t>>) -> usize {
        f.map(|f| self.scope_of(f)).unwrap_or(super::scope::MODULE)
    }

    /// Whether a `with` statement's items switch the working directory to a
    /// place that is not a fixed literal.
    fn switches_cwd(&self, with: Node<'t>) -> bool {
        for (value, _) in super::facts::with_items(with) {
            if value.kind() != "call" {
                continue;
            }
            let Some(callee) = value.field("function") else {
                continue;
            };
            let name = super::facts::last_segment(self.text(callee));
            let lower = name.to_ascii_lowercase();
            // `TemporaryWorkingDirectory()`, `tempdir(cd=os.chdir)`.
            let args_chdir = value
                .field("arguments")
                .is_some_and(|a| self.text(a).contains("chdir"));
            if !(CWD_CONTEXTS.contains(&name)
                || lower.contains("cwd")
                || lower.contains("workingdirectory")
                || args_chdir
                || self.is_chdir_context(name)
                || self.is_path_package_path(self.text(callee)))
            {
                continue;
            }
            // A same-file context manager that changes into a temporary
            // directory of its own makes: its arguments name no directory
            // (`with use_tmp_dir(MODULE_NAME):`).
            if self.chdir_context_into_temp(name) {
                return true;
            }
            // `with change_cwd('/srv/app')` switches to a shared directory.
            let first = value.field("arguments").and_then(|a| a.named_child(0));
            let fixed = first.is_some_and(|a| {
                a.kind() != "keyword_argument" && matches!(self.eval(a).value, Value::Str(_))
            });
            if !fixed {
                return true;
            }
        }
        false
    }

    /// The `path` package's `Path` (`import path` then `path.Path(d)`, or
    /// `from path import Path`): as a context manager it changes into `d`
    /// and back on exit (`with path.Path(tmp_dir): yield`). Not
    /// `pathlib.Path`, whose `with` changes nothing.
    fn is_path_package_path(&self, callee: &str) -> bool {
        let imports_path = self.imports.iter().any(|i| i == "path");
        match callee {
            "path.Path" => imports_path,
            "Path" => imports_path && !self.imports.iter().any(|i| i == "pathlib"),
            _ => false,
        }
    }

    /// Whether a fixture runs the tests it serves in a directory of their
    /// own and changes back after: it yields inside a `with` that switches
    /// the directory, moves into a temporary directory with
    /// `monkeypatch.chdir` (undone at teardown), or calls `os.chdir` into a
    /// temporary directory before its `yield` and `os.chdir` again after it
    /// (`prev = Path.cwd(); os.chdir(tmp_path); try: yield finally:
    /// os.chdir(prev)`).
    pub fn fixture_switches_cwd(&self, fixture: Node<'t>) -> bool {
        let in_fixture = |c: &super::facts::Call<'t>| {
            c.node.start_byte() >= fixture.start_byte() && c.node.end_byte() <= fixture.end_byte()
        };
        if self.yields_in_switched_cwd(fixture)
            || self.calls.iter().any(|c| {
                c.path == "monkeypatch.chdir"
                    && in_fixture(c)
                    && self.is_temp_dir_arg(c.positional(0))
            })
        {
            return true;
        }
        let Some(teardown) = super::teardown::after_first_yield(fixture) else {
            return false;
        };
        let os_chdir = |c: &&super::facts::Call<'t>| c.path == "os.chdir" && in_fixture(c);
        let into_temp = self
            .calls
            .iter()
            .filter(os_chdir)
            .any(|c| c.node.end_byte() <= teardown && self.is_temp_dir_arg(c.positional(0)));
        into_temp
            && self
                .calls
                .iter()
                .filter(os_chdir)
                .any(|c| c.node.start_byte() >= teardown)
    }

    /// Whether a fixture moves the tests it serves into a temporary
    /// directory of their own, changing back after or not
    /// (`os.chdir(tempfile.mkdtemp())`): relative paths there are private.
    pub fn fixture_enters_private_cwd(&self, fixture: Node<'t>) -> bool {
        self.fixture_switches_cwd(fixture)
            || self.calls.iter().any(|c| {
                c.path == "os.chdir"
                    && c.node.start_byte() >= fixture.start_byte()
                    && c.node.end_byte() <= fixture.end_byte()
                    && self.is_temp_dir_arg(c.positional(0))
            })
    }

    /// A same-file context manager that changes directory around its
    /// `yield` (`@contextmanager def changing_dir(d): os.chdir(d); yield`).
    fn is_chdir_context(&self, name: &str) -> bool {
        self.functions.get(name).is_some_and(|&f| {
            let text = self.text(f);
            text.contains("chdir(") && text.contains("yield")
        })
    }

    /// A same-file context manager whose `chdir` goes into a temporary
    /// directory (`with tempfile.TemporaryDirectory() as tmp: os.chdir(tmp);
    /// yield`), not into a directory its caller names.
    fn chdir_context_into_temp(&self, name: &str) -> bool {
        let Some(&f) = self.functions.get(name) else {
            return false;
        };
        self.is_chdir_context(name)
            && self.calls.iter().any(|c| {
                c.method() == "chdir"
                    && c.node.start_byte() >= f.start_byte()
                    && c.node.end_byte() <= f.end_byte()
                    && self.is_temp_dir_arg(c.positional(0))
            })
    }

    /// Whether a `chdir` argument names a temporary directory.
    pub(crate) fn is_temp_dir_arg(&self, arg: Option<Node<'t>>) -> bool {
        let Some(arg) = arg else {
            return false;
        };
        if matches!(self.eval(arg).value, Value::Isolated) {
            return true;
        }
        // `with tempfile.TemporaryDirectory() as td: os.chdir(td)`.
        if arg.kind() == "identifier"
            && super::facts::with_bound_value(arg, self.text(arg), self.src)
                .is_some_and(|v| matches!(self.eval(v).value, Value::Isolated))
        {
            return true;
        }
        let text = self.text(arg).to_ascii_lowercase();
        !text.starts_with(['"', '\'']) && (text.contains("tmp") || text.contains("temp"))
    }

    /// The `@pytest.mark.usefixtures(...)` marks that apply to the function:
    /// its own and its classes' decorators (also through a name holding the
    /// mark: `with_env = pytest.mark.usefixtures("environment")`, then
    /// `@with_env`) and `pytestmark` of the module and classes, as one text.
    pub(super) fn usefixtures_text(&self, function: Node<'t>) -> String {
        self.usefixtures_in_effect(self.scope_of(function))
    }
}

/// py.path's `tmpdir.chdir()`: pytest's `tmpdir` fixture moving the worker
/// into the test's own directory, for good (it returns the old one).
pub fn is_tmpdir_chdir(call: &super::facts::Call) -> bool {
    call.method() == "chdir" && call.args().is_empty() && call.receiver() == "tmpdir"
}

/// pytest's own `pytester` fixture (and its legacy `testdir` wrapper): it
/// runs the test in a temporary directory and changes back at teardown.
pub fn is_pytester_fixture(name: &str) -> bool {
    matches!(name, "pytester" | "testdir")
}

/// A fixture name that says it switches the working directory.
fn names_cwd_fixture(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.contains("cwd") || lower.contains("chdir")
}

/// The function defined directly in `function`'s body that every value
/// `function` returns names (`def decorator(fn): def test(): ...; return
/// test`).
fn returned_function<'t>(function: Node<'t>, src: &str) -> Option<Node<'t>> {
    let body = function.field("body")?;
    let returned = super::values::returned_expressions(body);
    // `returned_expressions` stops after nine: more may return others.
    if returned.len() > 8 {
        return None;
    }
    let first = *returned.first()?;
    let name = src.get(first.byte_range())?;
    if returned
        .iter()
        .any(|r| r.kind() != "identifier" || src.get(r.byte_range()) != Some(name))
    {
        return None;
    }
    super::values::py_def_in(body, name, src)
}

/// The innermost `def` around `node` (depth-capped).
pub(super) fn enclosing_function(node: Node) -> Option<Node> {
    let mut current = node.parent();
    let mut depth = 0;
    while let Some(c) = current {
        depth += 1;
        if depth > MAX_DEPTH {
            return None;
        }
        if c.kind() == "function_definition" {
            return Some(c);
        }
        current = c.parent();
    }
    None
}

/// The class whose body holds `node` directly (a method, through its
/// decorators), not a class around an enclosing function.
pub(super) fn enclosing_class(node: Node) -> Option<Node> {
    let mut current = node.parent();
    while let Some(n) = current {
        match n.kind() {
            "class_definition" => return Some(n),
            "function_definition" | "lambda" => return None,
            _ => current = n.parent(),
        }
    }
    None
}

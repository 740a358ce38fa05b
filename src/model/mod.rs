//! The per-file model every rule consults: the framework, the scope tree
//! (suites, tests, hooks, fixtures, helpers) and the facts (calls,
//! assignments, updates), plus value evaluation (`values`) that knows which
//! values are isolated per worker. Built once per file from one parse.

pub mod bindings;
pub mod conftest;
pub mod cwd;
pub mod database;
pub mod facts;
pub mod framework;
pub mod fs_writes;
pub mod imported;
pub mod isolation;
pub mod kinds;
pub mod memo;
pub mod process;
pub mod raising;
pub mod scope;
pub mod teardown;
pub mod values;

use crate::lang::Lang;
use crate::model::kinds::FieldByName;
use facts::{plain_string, Assign, AssignKind, Call, Update};
use foldhash::{HashMap, HashMapExt};
use framework::{Framework, JsCallRole};
use isolation::Isolation;
use scope::{FixtureScope, Scope, ScopeId, ScopeKind, MODULE};
use tree_sitter::{Node, Tree};

/// What a file is to the test runner, which changes what some rules allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileRole {
    #[default]
    Test,
    /// `conftest.py`, or a test package's `__init__.py` (imported once per
    /// worker before its tests): the suite's intended global set-up.
    Conftest,
    /// A file a Jest/Vitest config names in `setupFiles*`, or a Mocha config
    /// in `require`/`file` (see `runner_config`).
    SetupFile,
    /// A Jest/Vitest/Playwright `globalSetup`/`globalTeardown` module, or a
    /// Mocha `require` file exporting only `mochaGlobalSetup`/`Teardown`:
    /// runs once, before or after all workers.
    GlobalSetup,
}

impl FileRole {
    /// The role a file's name alone gives it: `conftest.py` and a package's
    /// `__init__.py` are Python set-up; anything else is a test file.
    pub fn by_name(path: &std::path::Path) -> FileRole {
        match path.file_name().and_then(|n| n.to_str()) {
            Some("conftest.py" | "__init__.py") => FileRole::Conftest,
            _ => FileRole::Test,
        }
    }
}

/// Facts about the project around a file that rules need (from runner
/// configs found under the root).
#[derive(Debug, Clone, Default, Hash)]
pub struct ProjectFacts {
    /// A Jest/Vitest config sets `restoreMocks: true`.
    pub restore_mocks: bool,
    /// A config-named setup file restores timers/mocks in a global `afterEach`.
    pub setup_restores_timers: bool,
    /// A Vitest config sets `unstubEnvs: true` (`vi.stubEnv` is undone
    /// after each test).
    pub unstub_envs: bool,
    /// A Vitest config sets `unstubGlobals: true` (`vi.stubGlobal` is
    /// undone after each test).
    pub unstub_globals: bool,
    /// A Jest `testEnvironment` / Vitest `environment` module of the
    /// project gives each test file a database of its own (a schema named
    /// from an isolated value): writes of the files it covers land in a
    /// per-file private database. So does a config-named setup file that
    /// starts an in-memory database (`MongoMemoryServer`, `:memory:`).
    pub private_database_environment: bool,
    /// pytest's `python_functions` patterns from the `pytest.ini` /
    /// `tox.ini` / `setup.cfg` / `pyproject.toml` above the file: names
    /// pytest also collects as tests (`check_*`, `*_should`), beyond `test*`
    /// (see [`framework::is_configured_py_test_name`]).
    pub python_functions: Vec<String>,
    /// The JS test runner the nearest config above the file names, when
    /// one does: Jasmine for a Karma config with `frameworks: ['jasmine']`,
    /// an `angular.json` whose test target runs Karma, a
    /// `spec/support/jasmine.json`, or a `package.json` depending on
    /// `jasmine`/`karma-jasmine` and on no Jest or Vitest; Jest or Vitest
    /// for their configs and dependencies. [`framework::detect_js`] reads a
    /// file that names no runner itself as the project's Jasmine.
    pub js_runner: Option<Framework>,
    /// In-house hook/fixture helpers named in isolint config.
    pub extras: framework::FrameworkExtras,
    /// Fixtures of the `conftest.py` files above the file (Python).
    pub conftest_fixtures: Vec<conftest::ConftestFixture>,
    /// Base classes and marks the file imports from its project (Python).
    pub imported: imported::ImportedFacts,
}

pub struct Model<'t> {
    pub lang: Lang,
    pub src: &'t str,
    pub root: Node<'t>,
    pub framework: Framework,
    pub role: FileRole,
    pub project: &'t ProjectFacts,
    pub isolation: &'t Isolation,
    pub scopes: Vec<Scope<'t>>,
    scope_by_node: HashMap<usize, ScopeId>,
    pub calls: Vec<Call<'t>>,
    pub assigns: Vec<Assign<'t>>,
    /// Indices into `assigns` by target path: name resolution looks up one
    /// name at a time, and scanning every assignment for each lookup is
    /// quadratic on big files.
    assigns_by_target: HashMap<std::borrow::Cow<'t, str>, Vec<usize>>,
    /// Memo of `eval` by (node id, depth): values propagate through names,
    /// calls and same-file function results, and without it the branching
    /// is exponential in the depth on big files.
    pub(crate) eval_memo: std::cell::RefCell<HashMap<(usize, usize), values::Evaluated<'t>>>,
    pub updates: Vec<Update<'t>>,
    /// Named functions of the file (helpers, fixtures): name → function node.
    pub functions: HashMap<&'t str, Node<'t>>,
    /// Python `global a, b` statements: the scope they appear in and names.
    pub globals: Vec<(ScopeId, Vec<&'t str>)>,
    /// Python decorated definitions, by the id of the function or class
    /// they decorate ([`Model::decorators`]).
    decorated: HashMap<usize, Node<'t>>,
    pub imports: Vec<String>,
    /// JS/TS classes declared in the file (from the facts query): class
    /// node and name. Python classes are scopes.
    js_classes: Vec<(Node<'t>, &'t str)>,
    /// Tagged template calls (from the facts query): call node, callee
    /// path, template. See [`Model::tagged_templates`].
    tagged: Vec<(Node<'t>, String, Node<'t>)>,
    /// [`teardown`]'s same-file functions passed to teardown hooks or
    /// cleanup registrars, found on first use: every change a rule weighs
    /// asks for them.
    pub(crate) teardown_refs: std::cell::OnceCell<Vec<Node<'t>>>,
    /// [`teardown::TeardownCalls`]: the calls [`teardown::cover`] weighs
    /// for every change, sorted out once.
    pub(crate) teardown_calls: std::cell::OnceCell<teardown::TeardownCalls>,
    /// Containers that make a Playwright serial group ([`Model::serial_group`]).
    serial_containers: std::cell::OnceCell<Vec<ScopeId>>,
    /// [`Model::serves_own_app`], asked for every HTTP request of a file.
    own_app: std::cell::OnceCell<bool>,
    /// [`Model::callers_of_function`] by helper name: rules ask it for the
    /// scope of every call they weigh, and each answer is a pass over all
    /// the file's calls (quadratic on a big conftest without the memo).
    helper_callers: std::cell::RefCell<HashMap<String, Vec<ScopeId>>>,
    /// Calls of a plain, `this.` or `self.` name (`helper()`,
    /// `self.helper()`), by that name: the candidates for a call of a
    /// same-file helper, built on first use.
    own_calls_by_name: std::cell::OnceCell<HashMap<String, Vec<usize>>>,
    /// [`Model::own_calls`].
    own_calls: std::cell::OnceCell<Vec<usize>>,
    /// By assigned name: the scopes holding a declaration of it (JS) or an
    /// assignment to it (Python), sorted. Built on first use: resolving a
    /// name asks, for every enclosing scope, whether it declares the name,
    /// and a scan of the name's assignments there made a name assigned in
    /// each of 500 tests quadratic.
    declared_in: std::cell::OnceCell<HashMap<std::borrow::Cow<'t, str>, Vec<ScopeId>>>,
    /// Whether the source mentions `assertRaises` or `raises(` at all
    /// ([`Model::expected_to_raise`] is asked for every write).
    mentions_raises: std::cell::OnceCell<bool>,
    /// `self.addCleanup(setattr, obj, "name", saved)` calls: the attribute
    /// name and the call's index ([`Model::binding_uses`] asks per binding).
    setattr_restores: std::cell::OnceCell<Vec<(String, usize)>>,
    /// JS hooks and tests handed a same-file function by name
    /// (`beforeEach(resetState)`): the function's name and the scope made
    /// at the name, which counts as a caller of the function.
    handed_by_name: Vec<(&'t str, ScopeId)>,
    /// JSX elements naming a component by a plain name (`<Probe />`), by
    /// that name: rendering a same-file component runs its function, as a
    /// call of it does. Built on first use.
    jsx_elements_by_name: std::cell::OnceCell<HashMap<&'t str, Vec<Node<'t>>>>,
    /// Suites and tests marked sequential (`describe.sequential`,
    /// `{ concurrent: false }`): [`Model::is_concurrent`] stops there.
    sequential: Vec<ScopeId>,
    /// `test.extend({...})` fixtures declared `{ auto: true }`: they run for
    /// every test, as an autouse pytest fixture does.
    auto_fixtures: Vec<ScopeId>,
    /// [`Model::imported_bases`] by scope.
    imported_bases_memo: std::cell::RefCell<HashMap<ScopeId, Vec<&'t imported::ClassFacts>>>,
    /// [`Model::py_qualified`]'s `from module import name as local` table:
    /// `(local, "module.name")`, read on first use.
    py_from_names: std::cell::OnceCell<Vec<(String, String)>>,
    /// [`conftest::fixture_facts`]' module-level names bound to an
    /// in-memory database, directly or through each other; found once
    /// per file however many fixtures ask.
    pub(crate) in_memory_database_names: std::cell::OnceCell<Vec<&'t str>>,
    /// [`Model::js_renamed_imports`], read on first use.
    js_renamed: std::cell::OnceCell<Vec<imported::RenamedImport<'t>>>,
    /// The top-level TypeScript enums (`Model::ts_enums`), on first use.
    ts_enums: std::cell::OnceCell<Vec<Node<'t>>>,
}

impl<'t> Model<'t> {
    pub fn build(
        lang: Lang,
        src: &'t str,
        tree: &'t Tree,
        role: FileRole,
        project: &'t ProjectFacts,
        isolation: &'t Isolation,
    ) -> Model<'t> {
        let root = tree.root_node();
        let mut raw = RawFacts::sized_for(src);
        collect(lang, src, root, &mut raw);
        if !lang.is_python() {
            // `import { test as setup } from '@playwright/test'`: the alias
            // is the framework's function under another name.
            let aliases = framework::js_test_aliases(root, src);
            if !aliases.is_empty() {
                for call in &mut raw.calls {
                    if let Some(path) = framework::unalias_js_path(&call.path, &aliases) {
                        call.path = path.into();
                    }
                }
            }
        }

        let framework = if lang.is_python() {
            detect_python(src, &raw)
        } else {
            framework::detect_js(&raw.imports, src, project.js_runner)
        };

        let mut model = Model {
            lang,
            src,
            root,
            framework,
            role,
            project,
            isolation,
            scopes: vec![Scope::new(
                ScopeKind::Module,
                root,
                String::new(),
                Vec::new(),
            )],
            scope_by_node: HashMap::new(),
            calls: Vec::new(),
            assigns: Vec::new(),
            assigns_by_target: HashMap::new(),
            eval_memo: Default::default(),
            teardown_refs: Default::default(),
            teardown_calls: Default::default(),
            serial_containers: Default::default(),
            own_app: Default::default(),
            helper_callers: Default::default(),
            own_calls_by_name: Default::default(),
            own_calls: Default::default(),
            declared_in: Default::default(),
            mentions_raises: Default::default(),
            setattr_restores: Default::default(),
            imported_bases_memo: Default::default(),
            py_from_names: Default::default(),
            in_memory_database_names: Default::default(),
            js_renamed: Default::default(),
            ts_enums: Default::default(),
            handed_by_name: Vec::new(),
            jsx_elements_by_name: Default::default(),
            sequential: Vec::new(),
            auto_fixtures: Vec::new(),
            updates: Vec::new(),
            functions: HashMap::new(),
            globals: Vec::new(),
            decorated: std::mem::take(&mut raw.decorated),
            imports: raw.imports.clone(),
            js_classes: Vec::new(),
            tagged: Vec::new(),
        };
        model.scope_by_node.insert(root.id(), MODULE);
        model.build_scopes(&raw);
        model.attach_facts(raw);
        model
    }

    /// The source text of `node`. Slices the `&str` (node boundaries of a
    /// tree parsed from it are char boundaries) instead of re-validating the
    /// bytes as UTF-8 like `Node::utf8_text` does.
    pub fn text(&self, node: Node) -> &'t str {
        self.src.get(node.byte_range()).unwrap_or("")
    }

    /// The identifiers of the file named `name` that lie outside `outside`:
    /// where a same-file function or class is mentioned other than in its
    /// own definition. A whole-tree walk: for the rare questions that need
    /// every mention of one name, not for per-call use.
    pub(crate) fn mentions_outside(&self, name: &str, outside: Node<'t>) -> Vec<Node<'t>> {
        let mut mentions = crate::walk::descendants_of_kinds(self.root, &["identifier"]);
        mentions.retain(|&i| self.text(i) == name && !crate::walk::encloses(outside, i));
        mentions
    }

    /// The dotted path of `node` ([`facts::path_of`]), with kinds and fields
    /// looked up by id for this file's grammar.
    pub fn path_of(&self, node: Node) -> String {
        facts::path_of_in(self.lang, node, self.src)
    }

    /// `node.kind()` through a per-language table (see [`kinds`]).
    #[inline]
    pub fn kind(&self, node: Node) -> &'static str {
        kinds::kind(self.lang, node)
    }

    /// JS/TS: names of the classes declared in the file.
    pub(crate) fn js_class_names(&self) -> impl Iterator<Item = &'t str> + '_ {
        self.js_classes.iter().map(|&(_, name)| name)
    }

    /// Tagged template calls of the file, by position.
    pub(crate) fn tagged_template_calls(&self) -> &[(Node<'t>, String, Node<'t>)] {
        &self.tagged
    }

    /// The innermost scope containing `node` (the node's own scope if it
    /// is one). Scopes are sorted by start and properly nested, so this is a
    /// binary search plus a short walk up the scope chain: `Node::parent()`
    /// costs O(depth × siblings) in tree-sitter and dominated profiles when
    /// called for every call/assign in a file.
    pub fn scope_of(&self, node: Node) -> ScopeId {
        // No lookup of `node` among the scope nodes first: a scope node has
        // its own scope's range, which the search below meets on the way up
        // and hands to the walk, and most nodes asked about (every call,
        // assignment and update of the file) are not scope nodes.
        let (start, end) = (node.start_byte(), node.end_byte());
        // `scopes[1..]` is sorted by (start, reverse end): the last scope
        // starting at or before `start` is the innermost candidate, and
        // every scope containing `node` is on its ancestor chain.
        let mut id = self.scopes[1..].partition_point(|sc| sc.span.0 <= start);
        while id != MODULE {
            let sc = &self.scopes[id];
            let (s, e) = sc.span;
            if s <= start && end <= e {
                if (s, e) == (start, end) {
                    // Same range as a scope node: ancestry is ambiguous.
                    return self.scope_of_by_walk(node);
                }
                return id;
            }
            match sc.parent {
                Some(p) => id = p,
                // Parents not linked yet (still building).
                None => return self.scope_of_by_walk(node),
            }
        }
        MODULE
    }

    fn scope_of_by_walk(&self, node: Node) -> ScopeId {
        let mut current = Some(node);
        while let Some(n) = current {
            if let Some(&id) = self.scope_by_node.get(&n.id()) {
                return id;
            }
            current = n.parent();
        }
        MODULE
    }

    pub fn scope(&self, id: ScopeId) -> &Scope<'t> {
        &self.scopes[id]
    }

    /// The pytest test or function-scoped fixture whose own body holds
    /// `node` (not a nested function's), when it is a `def` that can request
    /// more fixtures by naming them as parameters: not a method of a class
    /// with bases (a `unittest.TestCase` method takes none), and not a
    /// broader-scoped fixture (which cannot request function-scoped ones
    /// such as `tmp_path` or `monkeypatch`). What a fix may add a fixture
    /// parameter to.
    pub fn pytest_fixture_taker(&self, node: Node) -> Option<&Scope<'t>> {
        if self.framework != Framework::Pytest {
            return None;
        }
        let scope = self.scope(self.scope_of(node));
        let takes = match scope.kind {
            ScopeKind::Test { .. } => true,
            ScopeKind::Fixture { scope, .. } => scope == scope::FixtureScope::Function,
            _ => false,
        };
        if !takes || scope.node.kind() != "function_definition" {
            return None;
        }
        let in_subclass = scope.parent.map(|p| self.scope(p)).is_some_and(|parent| {
            parent.node.kind() == "class_definition" && parent.node.field("superclasses").is_some()
        });
        (!in_subclass).then_some(scope)
    }

    /// The framework the code at `node` is written for: the file's, except
    /// that in a pytest file a method of a `unittest.TestCase` subclass
    /// (python-can's `class TestLogger(unittest.TestCase)` beside `import
    /// pytest`) is unittest code, which cannot request fixtures: its fix
    /// hints are unittest's (`self.addCleanup`, `tempfile`), not `tmp_path`
    /// or `monkeypatch`.
    pub fn framework_at(&self, node: Node) -> Framework {
        if !self.framework.is_python() {
            return self.framework;
        }
        let in_test_case = self.ancestors(self.scope_of(node)).any(|s| {
            let class = self.scopes[s].node;
            class.kind() == "class_definition"
                && python_superclasses(class, self.src)
                    .iter()
                    .any(|b| b.ends_with("TestCase"))
        });
        if in_test_case {
            return Framework::Unittest;
        }
        // A test outside any `TestCase` (a module-level `def test_x()` or a
        // method of a plain `class TestX:`) is collected by pytest only,
        // even in a file read as unittest for its `TestCase` classes.
        if self.framework == Framework::Unittest
            && self.enclosing_test(self.scope_of(node)).is_some()
        {
            return Framework::Pytest;
        }
        self.framework
    }

    /// `id` and its ancestors, innermost first.
    pub fn ancestors(&self, id: ScopeId) -> impl Iterator<Item = ScopeId> + use<'_, 't> {
        std::iter::successors(Some(id), move |&s| self.scopes[s].parent)
    }

    /// The nearest enclosing test, hook or fixture: the "owner" of code.
    /// Helper functions are looked through to their definition site only,
    /// not their callers (see [`Model::callers_of_function`]).
    pub fn owner(&self, id: ScopeId) -> ScopeId {
        self.ancestors(id)
            .find(|&s| {
                let k = &self.scopes[s].kind;
                matches!(
                    k,
                    ScopeKind::Test { .. } | ScopeKind::Hook(_) | ScopeKind::Fixture { .. }
                ) || self.scopes[s].is_container()
            })
            .unwrap_or(MODULE)
    }

    /// The nearest test scope enclosing `id`, if any.
    pub fn enclosing_test(&self, id: ScopeId) -> Option<ScopeId> {
        self.ancestors(id).find(|&s| self.scopes[s].is_test())
    }

    /// The nearest hook or fixture scope enclosing `id`, if any.
    pub fn enclosing_hook(&self, id: ScopeId) -> Option<ScopeId> {
        self.ancestors(id)
            .find(|&s| self.scopes[s].is_hook() || self.scopes[s].is_fixture())
    }

    /// The nearest suite or module enclosing `id` (a describe body or test
    /// class: where shared bindings live and hooks apply).
    pub fn enclosing_container(&self, id: ScopeId) -> ScopeId {
        self.ancestors(id)
            .find(|&s| self.scopes[s].is_container())
            .unwrap_or(MODULE)
    }

    /// Whether `inner` is `outer` or nested in it.
    pub fn is_within(&self, inner: ScopeId, outer: ScopeId) -> bool {
        self.ancestors(inner).any(|s| s == outer)
    }

    /// Whether a test at `id` runs concurrently with its siblings
    /// (`test.concurrent`, inside `describe.concurrent` or a suite given
    /// `{ concurrent: true }`), unless a nearer suite is sequential.
    pub fn is_concurrent(&self, id: ScopeId) -> bool {
        self.ancestors(id)
            .take_while(|s| !self.sequential.contains(s))
            .any(|s| {
                matches!(
                    self.scopes[s].kind,
                    ScopeKind::Test { concurrent: true } | ScopeKind::Suite { concurrent: true }
                )
            })
    }

    /// Whether the file defines any test, suite, hook or fixture.
    /// Whether the module defines a pytest fixture at its top level: a
    /// module under a `fixtures/` directory that does is a fixture module
    /// the suite loads (`pytest_plugins = ["tests.fixtures.db"]`), not an
    /// input.
    pub fn defines_module_fixtures(&self) -> bool {
        self.scopes
            .iter()
            .any(|s| s.is_fixture() && s.parent == Some(MODULE))
    }

    pub fn defines_tests(&self) -> bool {
        self.scopes.iter().any(|s| {
            matches!(
                s.kind,
                ScopeKind::Test { .. }
                    | ScopeKind::Suite { .. }
                    | ScopeKind::Hook(_)
                    | ScopeKind::Fixture { .. }
            )
        })
    }

    /// The marks and decorators a Python scope carries itself: a function's
    /// or class's decorators, and `pytestmark` assigned in a class or module
    /// body. A mark kept in a module-level name (`lock =
    /// pytest.mark.xdist_group("x")`, then `@lock`) reads as what the name
    /// holds.
    fn own_marks(&self, id: ScopeId) -> Vec<&'t str> {
        let module_value = |name: &str| {
            self.assigns
                .iter()
                .find(|a| a.scope == scope::MODULE && a.target_path == name)
                .and_then(|a| a.value)
        };
        let scope = self.scope(id);
        let mut marks: Vec<&'t str> = Vec::new();
        if id != scope::MODULE {
            marks.extend(self.decorators(scope.node));
        }
        if !matches!(scope.kind, ScopeKind::Test { .. } | ScopeKind::Function) {
            let pytestmark = self
                .assigns
                .iter()
                .find(|a| a.scope == id && a.target_path == "pytestmark")
                .and_then(|a| a.value);
            match pytestmark {
                Some(v) if matches!(v.kind(), "list" | "tuple") => marks.extend(
                    crate::walk::named_children_list(v)
                        .iter()
                        .map(|m| self.text(*m)),
                ),
                Some(v) => marks.push(self.text(v)),
                None => {}
            }
        }
        for m in marks.iter_mut() {
            let name = m.trim();
            // A module-level name of this file, or one imported from the
            // project (also dotted: `helpers.serial`, from `from tests
            // import helpers`).
            if !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
            {
                continue;
            }
            if let Some(v) = (!name.contains('.')).then(|| module_value(name)).flatten() {
                *m = self.text(v);
            } else if let Some(mark) = self.imported_mark(name) {
                *m = mark;
            }
        }
        marks
    }

    /// The byte ranges of tests and suites that never run: registered
    /// skipped in JS (`it.skip`, `xdescribe`), or always skipped by a
    /// Python mark (`@unittest.skip`, `@pytest.mark.skip`).
    pub fn skipped_ranges(&self) -> Vec<(usize, usize)> {
        if self.lang.is_python() {
            return self.marked_ranges(framework::skips_always);
        }
        self.calls
            .iter()
            .filter(|c| {
                framework::js_call_is_skipped(&c.path)
                    && matches!(
                        framework::js_call_role(&c.path),
                        Some(JsCallRole::Test { .. } | JsCallRole::Suite { .. })
                    )
            })
            .map(|c| (c.node.start_byte(), c.node.end_byte()))
            .collect()
    }

    /// The byte ranges of Python code that a mark satisfying `pred` covers:
    /// a marked test, a marked class (its tests and the hooks and fixtures
    /// that serve them), or the whole module under a module `pytestmark`.
    pub fn marked_ranges(&self, pred: impl Fn(&str) -> bool) -> Vec<(usize, usize)> {
        if !self.lang.is_python() {
            return Vec::new();
        }
        let mut out: Vec<(usize, usize)> = Vec::new();
        for id in 0..self.scopes.len() {
            let scope = &self.scopes[id];
            let may_carry = id == scope::MODULE
                || scope.is_test()
                || matches!(scope.kind, ScopeKind::Suite { .. } | ScopeKind::Class);
            if may_carry && self.own_marks(id).iter().any(|m| pred(m)) {
                if id == scope::MODULE {
                    return vec![(0, self.src.len())];
                }
                out.push(scope.span);
            }
        }
        out
    }

    /// The Playwright serial group a test belongs to: the outermost suite
    /// made by `test.describe.serial(...)`, or the outermost container
    /// (a describe body or the module) that calls
    /// `test.describe.configure({ mode: 'serial' })`. Its tests run in file
    /// order in one worker, and a failure skips the rest of the group.
    pub fn serial_group(&self, id: ScopeId) -> Option<ScopeId> {
        if self.lang.is_python() {
            return None;
        }
        let serial = self.serial_containers.get_or_init(|| {
            let mut out = Vec::new();
            for call in &self.calls {
                let segments = || facts::segments(&call.path);
                if !segments().any(|s| s == "describe")
                    || !segments().any(|s| s == "serial" || s == "configure")
                {
                    continue;
                }
                if segments().any(|s| s == "serial") {
                    // The suite whose callback this call passes.
                    if let Some(s) = (0..self.scopes.len()).find(|&s| {
                        matches!(self.scopes[s].kind, ScopeKind::Suite { .. })
                            && call
                                .args()
                                .iter()
                                .any(|a| a.value.id() == self.scopes[s].node.id())
                    }) {
                        out.push(s);
                    }
                } else if call.args().iter().any(|a| {
                    let t = self.text(a.value);
                    t.contains("mode")
                        && (t.contains("'serial'")
                            || t.contains("\"serial\"")
                            || t.contains("`serial`"))
                }) {
                    out.push(self.enclosing_container(call.scope));
                }
            }
            out
        });
        if serial.is_empty() {
            return None;
        }
        self.ancestors(id).filter(|s| serial.contains(s)).last()
    }

    /// Hooks that apply to tests in `container` (declared in it or in an
    /// enclosing suite), innermost first; for Python, then the hook methods
    /// its classes inherit from classes of this file (`class T(Base)` runs
    /// `Base.tearDown` unless a class between overrides it without calling
    /// `super()`).
    pub fn hooks_for(&self, container: ScopeId) -> Vec<ScopeId> {
        let chain: Vec<ScopeId> = self.ancestors(container).collect();
        let mut hooks: Vec<ScopeId> = (0..self.scopes.len())
            .filter(|&s| {
                let scope = &self.scopes[s];
                (scope.is_hook() || scope.is_fixture())
                    && scope
                        .parent
                        .map(|p| chain.contains(&self.enclosing_container(p)))
                        .unwrap_or(false)
            })
            .collect();
        if self.lang.is_python() {
            hooks.extend(self.inherited_hooks(&chain));
        }
        hooks.sort_by_key(|&h| {
            let p = self.scopes[h].parent.unwrap_or(MODULE);
            chain
                .iter()
                .position(|&c| c == self.enclosing_container(p))
                .unwrap_or(usize::MAX)
        });
        hooks
    }

    /// The hook methods (`setUp`, `tearDown`...) that the classes of `chain`
    /// inherit from classes of this file, nearest base first: a base's hook
    /// runs unless a class met before it (the subclass, a nearer base)
    /// defines a method of that name that does not call `super()`.
    fn inherited_hooks(&self, chain: &[ScopeId]) -> Vec<ScopeId> {
        let mut order: Vec<ScopeId> = chain
            .iter()
            .copied()
            .filter(|&c| self.scopes[c].node.kind() == "class_definition")
            .collect();
        let mut i = 0;
        while i < order.len() && order.len() <= 32 {
            for base in python_superclasses(self.scopes[order[i]].node, self.src) {
                for b in self.classes_named(facts::last_segment(base)) {
                    if !order.contains(&b) && !chain.contains(&b) {
                        order.push(b);
                    }
                }
            }
            i += 1;
        }
        let methods = |class: ScopeId| {
            (1..self.scopes.len()).filter(move |&m| {
                self.scopes[m].parent == Some(class)
                    && self.scopes[m].node.kind() == "function_definition"
            })
        };
        let mut out = Vec::new();
        for (at, &base) in order.iter().enumerate() {
            if chain.contains(&base) {
                continue;
            }
            for m in methods(base).filter(|&m| self.scopes[m].is_hook()) {
                let name = &self.scopes[m].name;
                let overridden = order[..at].iter().any(|&nearer| {
                    methods(nearer).any(|o| {
                        &self.scopes[o].name == name
                            && !self.text(self.scopes[o].node).contains("super(")
                    })
                });
                if !overridden {
                    out.push(m);
                }
            }
        }
        out
    }

    /// Whether code in scope `s` runs to set up or run `test`, so that what
    /// it creates is the test's own data: the test itself (or a function
    /// nested in it), a setup hook of the test's suite or an enclosing one,
    /// the setup of a test class the test's class inherits from in this file,
    /// Django's `setUpTestData` of those classes, a pytest fixture the test
    /// requests (directly, through another fixture, `usefixtures`) or that
    /// is autouse where the test is, or a helper called from one of these;
    /// also the test it overrides in a base class when it runs that one
    /// through `super().test_x()`.
    pub fn prepares(&self, s: ScopeId, test: ScopeId) -> bool {
        if self.is_within(s, test) {
            return true;
        }
        if let Some(overridden) = self.enclosing_test(s) {
            if self.runs_overridden_test(test, overridden) {
                return true;
            }
        }
        // Django's `setUpTestData` prepares the tests of its class.
        if let Some(f) = self.ancestors(s).find(|&a| {
            self.scopes[a].kind == ScopeKind::Function
                && framework::is_class_data_hook(&self.scopes[a].name)
        }) {
            return self.scopes[f]
                .parent
                .is_some_and(|class| self.suite_applies(class, test));
        }
        self.effective_owners(s).into_iter().any(|o| {
            let scope = &self.scopes[o];
            match scope.kind {
                _ if o == test => true,
                ScopeKind::Hook(kind) => {
                    kind.is_setup()
                        && scope
                            .parent
                            .is_some_and(|p| self.suite_applies(self.enclosing_container(p), test))
                }
                ScopeKind::Fixture { .. } => self.uses_fixture(test, o),
                _ => false,
            }
        })
    }

    /// Whether Python test `test` calls `super().<name>()` for the test
    /// `overridden` of the same name in a class its class inherits from.
    fn runs_overridden_test(&self, test: ScopeId, overridden: ScopeId) -> bool {
        let name = self.scopes[test].name.as_str();
        if overridden == test || self.scopes[overridden].name != name || !self.lang.is_python() {
            return false;
        }
        let Some(class) = self.scopes[overridden].parent else {
            return false;
        };
        let path = format!("super.().{name}");
        self.suite_applies(class, test)
            && self
                .calls
                .iter()
                .any(|c| c.path == path && self.is_within(c.scope, test))
    }

    /// Whether the hooks of container `suite` (a describe body, test class
    /// or the module) apply to `test`: it encloses the test, or (Python) is a
    /// class of this file that a class enclosing the test inherits from.
    fn suite_applies(&self, suite: ScopeId, test: ScopeId) -> bool {
        let mut pending: Vec<ScopeId> = self
            .ancestors(test)
            .filter(|&a| self.scopes[a].is_container())
            .collect();
        let mut seen: Vec<ScopeId> = Vec::new();
        while let Some(c) = pending.pop() {
            if c == suite {
                return true;
            }
            if seen.contains(&c) || seen.len() > 32 {
                continue;
            }
            seen.push(c);
            let node = self.scopes[c].node;
            if !self.lang.is_python() || node.kind() != "class_definition" {
                continue;
            }
            for base in python_superclasses(node, self.src) {
                let name = facts::last_segment(base);
                pending.extend(self.classes_named(name));
            }
        }
        false
    }

    /// The Python classes of this file named `name` (where a base class
    /// written as `name` or `module.name` is looked for first).
    pub(crate) fn classes_named<'a>(
        &'a self,
        name: &'a str,
    ) -> impl Iterator<Item = ScopeId> + use<'a, 't> {
        (1..self.scopes.len()).filter(move |&b| {
            self.scopes[b].node.kind() == "class_definition" && self.scopes[b].name == name
        })
    }

    /// Whether the fixture function `node` is declared `autouse=True` (a
    /// `test.extend` fixture: `{ auto: true }`).
    pub fn is_autouse_fixture(&self, node: Node) -> bool {
        if !self.lang.is_python() {
            return self
                .scope_by_node
                .get(&node.id())
                .is_some_and(|s| self.auto_fixtures.contains(s));
        }
        self.decorators(node)
            .iter()
            .any(|d| d.replace(' ', "").contains("autouse=True"))
    }

    /// Whether pytest fixture `fixture` runs for `test`: autouse where the
    /// test is, or requested by name (as a parameter or through
    /// `@pytest.mark.usefixtures`), directly or by a fixture it requests.
    pub fn uses_fixture(&self, test: ScopeId, fixture: ScopeId) -> bool {
        let f = &self.scopes[fixture];
        if self.is_autouse_fixture(f.node) {
            return f
                .parent
                .is_some_and(|p| self.suite_applies(self.enclosing_container(p), test));
        }
        let used = self.usefixtures_text(self.scopes[test].node);
        if used.contains(&format!("\"{}\"", f.name)) || used.contains(&format!("'{}'", f.name)) {
            return true;
        }
        let mut pending: Vec<&str> = self.scopes[test]
            .params
            .iter()
            .map(String::as_str)
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        while let Some(name) = pending.pop() {
            if seen.contains(&name) || seen.len() > 64 {
                continue;
            }
            seen.push(name);
            for (id, s) in self.scopes.iter().enumerate() {
                if s.is_fixture() && s.name == name {
                    if id == fixture {
                        return true;
                    }
                    pending.extend(s.params.iter().map(String::as_str));
                }
            }
        }
        false
    }

    /// Scopes (tests, hooks, fixtures) from which the named helper is called,
    /// directly or through other helpers of the file.
    pub fn callers_of_function(&self, name: &str) -> Vec<ScopeId> {
        if let Some(owners) = self.helper_callers.borrow().get(name) {
            return owners.clone();
        }
        let owners = self.find_callers_of_function(name);
        self.helper_callers
            .borrow_mut()
            .insert(name.to_string(), owners.clone());
        owners
    }

    /// [`Self::callers_of_function`], unmemoised.
    fn find_callers_of_function(&self, name: &str) -> Vec<ScopeId> {
        self.walk_callers(name).0
    }

    /// The helpers of the file that call the named helper, directly or
    /// through other helpers (`outer` for `inner` when `outer` calls
    /// `inner()`): what runs it when one of them is handed to a hook by
    /// name, `beforeEach(outer)`.
    pub fn calling_helpers(&self, name: &str) -> Vec<String> {
        self.walk_callers(name).1
    }

    /// Calls of a plain, `this.` or `self.` name (`helper()`,
    /// `self.helper()`), or Python `cls.` (`cls._purge()` from
    /// `setUpClass`), by index into [`Model::calls`], in document order:
    /// the candidates for a call of a same-file helper.
    pub(crate) fn own_calls(&self) -> &[usize] {
        self.own_calls.get_or_init(|| {
            let python = self.lang.is_python();
            (0..self.calls.len())
                .filter(|&i| match self.calls[i].receiver() {
                    "" | "this" | "self" => true,
                    "cls" => python,
                    _ => false,
                })
                .collect()
        })
    }

    /// The owners (tests, hooks, fixtures, the module) reached by following
    /// the named helper's callers up through other helpers, and those
    /// helpers' names.
    fn walk_callers(&self, name: &str) -> (Vec<ScopeId>, Vec<String>) {
        let mut seen: Vec<&str> = vec![];
        let mut pending: Vec<String> = vec![name.to_string()];
        let mut owners = Vec::new();
        while let Some(fname) = pending.pop() {
            if seen.len() > 64 {
                break;
            }
            let by_name = self.own_calls_by_name.get_or_init(|| {
                let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
                for &i in self.own_calls() {
                    by_name
                        .entry(self.calls[i].method().to_string())
                        .or_default()
                        .push(i);
                }
                by_name
            });
            let called_at = by_name
                .get(fname.as_str())
                .into_iter()
                .flatten()
                .map(|&i| self.calls[i].scope);
            // `render(<Probe />)`: a same-file component rendered in JSX
            // runs where it is rendered.
            let rendered_at = self
                .jsx_elements_by_name()
                .get(fname.as_str())
                .into_iter()
                .flatten()
                .map(|&n| self.scope_of(n));
            for call_scope in called_at.chain(rendered_at) {
                let owner = self.owner(call_scope);
                // Called from another helper: follow that helper's callers.
                if let Some(helper) = self
                    .ancestors(call_scope)
                    .find(|&s| self.scopes[s].kind == ScopeKind::Function)
                {
                    let helper_name = self.scopes[helper].name.as_str();
                    if !helper_name.is_empty()
                        && !seen.contains(&helper_name)
                        && self.is_within(helper, owner)
                        && helper != owner
                    {
                        seen.push(helper_name);
                        pending.push(helper_name.to_string());
                        continue;
                    }
                }
                owners.push(owner);
            }
            // Handed to a hook or test by name: runs as that hook or test.
            owners.extend(
                self.handed_by_name
                    .iter()
                    .filter(|&&(name, _)| name == fname)
                    .map(|&(_, scope)| scope),
            );
        }
        owners.sort_unstable();
        owners.dedup();
        (owners, seen.into_iter().map(str::to_string).collect())
    }

    /// [`Self::jsx_elements_by_name`]: JSX elements (`<Probe />`,
    /// `<Probe>...</Probe>`) whose tag is a plain name, by that name.
    fn jsx_elements_by_name(&self) -> &HashMap<&'t str, Vec<Node<'t>>> {
        self.jsx_elements_by_name.get_or_init(|| {
            let mut by_name: HashMap<&'t str, Vec<Node<'t>>> = HashMap::new();
            if self.lang.is_python() {
                return by_name;
            }
            let root = self.scopes[scope::MODULE].node;
            let elements = crate::walk::descendants_of_kinds(
                root,
                &["jsx_self_closing_element", "jsx_opening_element"],
            );
            for element in elements {
                let Some(tag) = element.child_by_field_name("name") else {
                    continue;
                };
                if tag.kind() != "identifier" {
                    continue;
                }
                if let Some(name) = self.src.get(tag.byte_range()) {
                    by_name.entry(name).or_default().push(element);
                }
            }
            by_name
        })
    }

    /// The scope kind that effectively runs code at `id`: for code in a named
    /// helper, the kinds of the scopes that call it.
    pub fn effective_owners(&self, id: ScopeId) -> Vec<ScopeId> {
        let owner = self.owner(id);
        if let Some(helper) = self
            .ancestors(id)
            .take_while(|&s| s != owner)
            .find(|&s| self.scopes[s].kind == ScopeKind::Function)
        {
            let name = self.scopes[helper].name.clone();
            let callers = self.callers_of_function(&name);
            if !callers.is_empty() {
                return callers;
            }
        }
        vec![owner]
    }

    /// All assignments/declarations of a plain name.
    pub fn bindings_of<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Assign<'t>> + 'a {
        self.assigns_by_target
            .get(name)
            .into_iter()
            .flatten()
            .map(|&i| &self.assigns[i])
    }

    /// The scope in which `name` is declared, as seen from `from`: the
    /// innermost enclosing scope with a declaration (JS) or assignment
    /// (Python, honouring `global`).
    pub fn declaring_scope(&self, name: &str, from: ScopeId) -> Option<ScopeId> {
        for s in self.ancestors(from) {
            if self.scopes[s].params.iter().any(|p| p == name) {
                return Some(s);
            }
            if self.declares_in(name, s)
                && !(self.lang.is_python() && self.declares_global(s, name))
            {
                return Some(s);
            }
        }
        None
    }

    /// Whether scope `s` holds a declaration of `name` (JS) or an
    /// assignment to it (Python; a `global name` there is not looked at).
    pub fn declares_in(&self, name: &str, s: ScopeId) -> bool {
        let declared_in = self.declared_in.get_or_init(|| {
            let mut by_name: HashMap<std::borrow::Cow<'t, str>, Vec<ScopeId>> = HashMap::new();
            for a in &self.assigns {
                if a.kind.is_declaration() || self.lang.is_python() {
                    by_name
                        .entry(a.target_path.clone())
                        .or_default()
                        .push(a.scope);
                }
            }
            for scopes in by_name.values_mut() {
                scopes.sort_unstable();
                scopes.dedup();
            }
            by_name
        });
        declared_in
            .get(name)
            .is_some_and(|scopes| scopes.binary_search(&s).is_ok())
    }

    /// Python: whether scope `s` has `global name`.
    pub fn declares_global(&self, s: ScopeId, name: &str) -> bool {
        self.globals
            .iter()
            .any(|(gs, names)| *gs == s && names.contains(&name))
    }

    fn build_scopes(&mut self, raw: &RawFacts<'t>) {
        // Pass 1: make scopes for every scope-making node.
        let mut pending: Vec<(Node<'t>, ScopeKind, String, Vec<String>)> = Vec::new();
        let mut handed_by_name: Vec<(&'t str, Node<'t>)> = Vec::new();
        let mut sequential: Vec<Node<'t>> = Vec::new();
        let mut auto_fixtures: Vec<Node<'t>> = Vec::new();
        if self.lang.is_python() {
            let test_classes =
                python_test_classes(&raw.classes, self.src, &self.project.imported.classes);
            for (i, &(class, name)) in raw.classes.iter().enumerate() {
                let kind = if test_classes[i] {
                    ScopeKind::Suite { concurrent: false }
                } else {
                    ScopeKind::Class
                };
                pending.push((class, kind, name.to_string(), Vec::new()));
            }
            for &(func, name) in &raw.functions {
                let kind = self.python_function_kind(func, name);
                let params = python_params(self.lang, func, self.src);
                // Tests request a fixture by its pytest name:
                // `@pytest.fixture(name="runner") def get_runner()`.
                let pytest_name = matches!(kind, ScopeKind::Fixture { .. })
                    .then(|| {
                        self.decorators(func)
                            .into_iter()
                            .find_map(framework::fixture_name_argument)
                    })
                    .flatten()
                    .unwrap_or(name);
                pending.push((func, kind, pytest_name.to_string(), params));
                self.functions.entry(name).or_insert(func);
            }
        } else {
            // Before the file's functions: a root hook written as a method
            // (`beforeEach() {...}`) is that hook, not a helper.
            for (hook, kind) in framework::mocha_root_hooks(self.root, self.src) {
                pending.push((
                    hook,
                    ScopeKind::Hook(kind),
                    String::new(),
                    js_params(self.lang, hook, self.src),
                ));
            }
            for call in &raw.calls {
                // Vitest's and Playwright's `test.extend({...})` fixtures.
                if facts::last_segment(&call.path) == "extend" {
                    let Some(object) = call.positional(0) else {
                        continue;
                    };
                    for f in framework::extend_fixtures(&call.path, object, self.src) {
                        let body = f.func.byte_range();
                        let yields = raw.calls.iter().any(|c| {
                            c.path == f.use_param
                                && body.start <= c.node.start_byte()
                                && c.node.end_byte() <= body.end
                        });
                        if f.auto {
                            auto_fixtures.push(f.func);
                        }
                        let kind = ScopeKind::Fixture {
                            scope: f.scope,
                            yields,
                        };
                        let params = js_params(self.lang, f.func, self.src);
                        pending.push((f.func, kind, f.name.to_string(), params));
                    }
                    continue;
                }
                let Some(role) = framework::js_call_role(&call.path)
                    .or_else(|| self.project.extras.js_call_role(&call.path))
                else {
                    continue;
                };
                let callback = call
                    .args()
                    .iter()
                    .rev()
                    .map(|a| a.value)
                    .find(|n| kinds::is_js_function_value(n.kind()));
                // `beforeEach(resetState)`, `it('works', checkIt)`: a
                // same-file function handed over by name runs as that hook
                // or test. The scope stands at the name (so it nests in the
                // right suite) and calls the function ([`Self::walk_callers`]).
                let handed = || {
                    let last = call.args().last()?.value;
                    let name = self.src.get(last.byte_range())?;
                    (last.kind() == "identifier" && raw.functions.iter().any(|&(_, f)| f == name))
                        .then_some((last, name))
                };
                let callback = match (callback, handed()) {
                    (Some(callback), _) => callback,
                    (None, Some((reference, name))) => {
                        handed_by_name.push((name, reference));
                        reference
                    }
                    (None, None) => continue,
                };
                // Vitest's options argument (`describe('x', { concurrent:
                // true }, fn)`) says what the `.concurrent` / `.sequential`
                // modifiers say; an explicit `false` or `.sequential` makes
                // the block sequential inside a concurrent one. node:test's
                // `{ concurrency: true | n }` runs the block's tests at once
                // (`false` or `1`: one at a time).
                let options = || {
                    let explicit = call.args().iter().find_map(|a| {
                        if a.value.kind() != "object" {
                            return None;
                        }
                        let v = facts::object_property(a.value, "concurrent", self.src)
                            .or_else(|| facts::object_property(a.value, "concurrency", self.src))?;
                        match (v.kind(), self.src.get(v.byte_range())?) {
                            ("true", _) | ("identifier", "Infinity") => Some(true),
                            ("false", _) => Some(false),
                            ("number", n) => n.parse::<f64>().ok().map(|n| n > 1.0),
                            _ => None,
                        }
                    });
                    let modifier = facts::segments(&call.path).any(|p| p == "sequential");
                    explicit.or(modifier.then_some(false))
                };
                let kind = match role {
                    JsCallRole::Suite { concurrent } | JsCallRole::Test { concurrent } => {
                        let explicit = if concurrent { None } else { options() };
                        if explicit == Some(false) {
                            sequential.push(callback);
                        }
                        let concurrent = concurrent || explicit == Some(true);
                        match role {
                            JsCallRole::Suite { .. } => ScopeKind::Suite { concurrent },
                            _ => ScopeKind::Test { concurrent },
                        }
                    }
                    JsCallRole::Hook(h) => ScopeKind::Hook(h),
                };
                let name = call
                    .positional(0)
                    .and_then(|n| plain_string(n, self.src))
                    .unwrap_or_default();
                pending.push((
                    callback,
                    kind,
                    name,
                    js_params(self.lang, callback, self.src),
                ));
            }
            for &(func, name) in &raw.functions {
                // `const f = () => ...` matches on the declarator: the scope is
                // the function value.
                let func_node = if func.kind() == "variable_declarator" {
                    match kinds::child(self.lang, func, kinds::Field::Value) {
                        Some(v) => v,
                        None => continue,
                    }
                } else {
                    func
                };
                pending.push((
                    func_node,
                    ScopeKind::Function,
                    name.to_string(),
                    js_params(self.lang, func_node, self.src),
                ));
                self.functions.entry(name).or_insert(func_node);
            }
        }
        pending.sort_by_key(|(n, ..)| (n.start_byte(), std::cmp::Reverse(n.end_byte())));
        for (node, kind, name, params) in pending {
            if self.scope_by_node.contains_key(&node.id()) {
                continue;
            }
            let id = self.scopes.len();
            self.scopes.push(Scope::new(kind, node, name, params));
            self.scope_by_node.insert(node.id(), id);
        }
        self.handed_by_name = handed_by_name
            .into_iter()
            .filter_map(|(name, node)| Some((name, *self.scope_by_node.get(&node.id())?)))
            .collect();
        self.sequential = sequential
            .into_iter()
            .filter_map(|node| self.scope_by_node.get(&node.id()).copied())
            .collect();
        self.auto_fixtures = auto_fixtures
            .into_iter()
            .filter_map(|node| self.scope_by_node.get(&node.id()).copied())
            .collect();
        // Pass 2: parents. Scopes are sorted by (start, reverse end) and are
        // tree nodes, so they nest: the parent is the innermost open scope
        // containing the scope, found with a stack instead of
        // `Node::parent()` (which re-descends from the root every call).
        // A scope with the same range as the candidate (ambiguous ancestry)
        // falls back to the walk up the tree.
        let mut open: Vec<ScopeId> = Vec::new();
        for id in 1..self.scopes.len() {
            let node = self.scopes[id].node;
            let (start, end) = (node.start_byte(), node.end_byte());
            while let Some(&top) = open.last() {
                let t = self.scopes[top].node;
                if t.start_byte() <= start && end <= t.end_byte() && start < t.end_byte() {
                    break;
                }
                open.pop();
            }
            let parent = match open.last() {
                Some(&top)
                    if start < end
                        && (
                            self.scopes[top].node.start_byte(),
                            self.scopes[top].node.end_byte(),
                        ) != (start, end) =>
                {
                    top
                }
                None if start < end => MODULE,
                // Same range as the enclosing scope, or empty: ask the tree.
                _ => node
                    .parent()
                    .map(|p| self.scope_of_by_walk(p))
                    .unwrap_or(MODULE),
            };
            self.scopes[id].parent = Some(parent);
            open.push(id);
        }
        // unittest/pytest methods: a `test*` method is only a test inside a
        // test class; hooks likewise.
        if self.lang.is_python() {
            for id in 1..self.scopes.len() {
                let parent = self.scopes[id].parent.unwrap_or(MODULE);
                let in_test_class = matches!(self.scopes[parent].kind, ScopeKind::Suite { .. });
                let in_plain_class = self.scopes[parent].kind == ScopeKind::Class;
                // pytest's own method hook names (`setup_method`,
                // `teardown_class`...) mark a test base class, whatever its
                // name: `class BaseDBTest` in `tests/common.py`, which test
                // classes of other modules derive from.
                let pytest_method_hook = matches!(
                    self.scopes[id].name.as_str(),
                    "setup_method" | "teardown_method" | "setup_class" | "teardown_class"
                );
                if in_plain_class
                    && match self.scopes[id].kind {
                        ScopeKind::Test { .. } => true,
                        ScopeKind::Hook(_) => !pytest_method_hook,
                        _ => false,
                    }
                {
                    self.scopes[id].kind = ScopeKind::Function;
                }
                if !in_test_class && parent != MODULE {
                    // Nested functions inside tests are helpers.
                    if matches!(self.scopes[id].kind, ScopeKind::Test { .. }) {
                        self.scopes[id].kind = ScopeKind::Function;
                    }
                }
            }
        }
    }

    fn python_function_kind(&self, func: Node<'t>, name: &str) -> ScopeKind {
        let decorators = self.decorators(func);
        if let Some(d) = decorators.iter().find(|d| {
            framework::is_fixture_decorator(d) || self.project.extras.is_fixture_decorator(d)
        }) {
            let scope = if d.contains("\"session\"") || d.contains("'session'") {
                FixtureScope::Session
            } else if d.contains("\"module\"") || d.contains("'module'") {
                FixtureScope::Module
            } else if d.contains("\"class\"") || d.contains("'class'") {
                FixtureScope::Class
            } else if d.contains("\"package\"") || d.contains("'package'") {
                FixtureScope::Package
            } else {
                FixtureScope::Function
            };
            return ScopeKind::Fixture {
                scope,
                yields: contains_yield(func),
            };
        }
        if let Some(h) = framework::unittest_hook(name)
            .or_else(|| framework::pytest_xunit_hook(name))
            .or_else(|| self.project.extras.hook(name))
        {
            return ScopeKind::Hook(h);
        }
        // A module-level `test_main()` that runs the suite is its entry
        // point (methods that run an inner suite, in tests of unittest
        // itself, stay tests).
        let entry_point = framework::runs_a_suite(self.text(func))
            && func.parent().is_some_and(|p| p.kind() == "module");
        let test_name = name.starts_with("test")
            || framework::is_configured_py_test_name(&self.project.python_functions, name);
        if test_name && !entry_point {
            return ScopeKind::Test { concurrent: false };
        }
        ScopeKind::Function
    }

    fn attach_facts(&mut self, raw: RawFacts<'t>) {
        if !self.lang.is_python() {
            self.js_classes = raw.classes;
        }
        self.tagged = raw.tagged_templates;
        self.tagged.sort_by_key(|(n, ..)| n.start_byte());
        // The raw lists become the model's, in place: facts are large and
        // a dense file has thousands of calls.
        let mut calls = raw.calls;
        for call in &mut calls {
            call.scope = self.scope_of(call.node);
        }
        self.calls = calls;
        let mut assigns = raw.assigns;
        for (i, assign) in assigns.iter_mut().enumerate() {
            assign.scope = self.scope_of(assign.node);
            self.assigns_by_target
                .entry(assign.target_path.clone())
                .or_default()
                .push(i);
        }
        self.assigns = assigns;
        let mut updates = raw.updates;
        for update in &mut updates {
            update.scope = self.scope_of(update.node);
        }
        self.updates = updates;
        for global in raw.globals {
            let scope = self.scope_of(global);
            let mut cursor = global.walk();
            let names = global
                .named_children(&mut cursor)
                .filter(|n| n.kind() == "identifier")
                .map(|n| n.utf8_text(self.src.as_bytes()).unwrap_or(""))
                .collect();
            self.globals.push((scope, names));
        }
    }
}

#[derive(Default)]
struct RawFacts<'t> {
    calls: Vec<Call<'t>>,
    assigns: Vec<Assign<'t>>,
    updates: Vec<Update<'t>>,
    functions: Vec<(Node<'t>, &'t str)>,
    classes: Vec<(Node<'t>, &'t str)>,
    globals: Vec<Node<'t>>,
    imports: Vec<String>,
    tagged_templates: Vec<(Node<'t>, String, Node<'t>)>,
    /// Python: decorated definitions, by the id of the definition.
    decorated: HashMap<usize, Node<'t>>,
}

impl RawFacts<'_> {
    /// Empty lists with room for a typical test file's facts of this size
    /// (dense test code has a call every ~50 bytes), so that they are not
    /// regrown and copied several times on every file. Capped: a huge
    /// minified file grows the lists as it goes.
    fn sized_for(src: &str) -> Self {
        let calls = (src.len() / 48).min(1 << 14);
        RawFacts {
            calls: Vec::with_capacity(calls),
            assigns: Vec::with_capacity(calls / 3),
            ..RawFacts::default()
        }
    }
}

/// Indices of the facts query's capture names, looked up once per file so
/// that the match loop compares integers, not strings.
struct CaptureIds {
    /// Per capture index: whether it is a pattern's main capture (no dot).
    main: Vec<bool>,
    names: &'static [&'static str],
    call_callee: Option<u32>,
    call_args: Option<u32>,
    new_callee: Option<u32>,
    new_args: Option<u32>,
    assign_target: Option<u32>,
    assign_value: Option<u32>,
    decl_name: Option<u32>,
    decl_value: Option<u32>,
    update_target: Option<u32>,
    delete_target: Option<u32>,
    function_name: Option<u32>,
    class_name: Option<u32>,
    import_source: Option<u32>,
    tagged_callee: Option<u32>,
    tagged_template: Option<u32>,
    decorated_definition: Option<u32>,
}

impl CaptureIds {
    fn of(query: &'static crate::patterns::Patterns) -> CaptureIds {
        let names = query.capture_names();
        let id = |name: &str| {
            names
                .iter()
                .position(|n| *n == name)
                .and_then(|i| u32::try_from(i).ok())
        };
        CaptureIds {
            main: names.iter().map(|n| !n.contains('.')).collect(),
            names,
            call_callee: id("call.callee"),
            call_args: id("call.args"),
            new_callee: id("new.callee"),
            new_args: id("new.args"),
            assign_target: id("assign.target"),
            assign_value: id("assign.value"),
            decl_name: id("decl.name"),
            decl_value: id("decl.value"),
            update_target: id("update.target"),
            delete_target: id("delete.target"),
            function_name: id("function.name"),
            class_name: id("class.name"),
            import_source: id("import.source"),
            tagged_callee: id("tagged.callee"),
            tagged_template: id("tagged.template"),
            decorated_definition: id("decorated.definition"),
        }
    }
}

/// Runs the language's facts query once over the tree.
fn collect<'t>(lang: Lang, src: &'t str, root: Node<'t>, raw: &mut RawFacts<'t>) {
    let query = lang.facts_patterns();
    let ids = CaptureIds::of(query);
    let text = |n: Node<'t>| src.get(n.byte_range()).unwrap_or("");
    // Main nodes of earlier matches that enclose the current one (matches
    // arrive in document order): a declarator's parent is found by
    // descending from the nearest of them instead of from the root, which
    // is what `Node::parent()` does.
    // Each with its byte range: the check below runs for every match.
    let mut enclosing: Vec<(Node<'t>, usize, usize)> = Vec::new();
    // A tree with syntax errors is walked whole: what error recovery puts
    // where is not something the marks vouch for.
    let marks = (!root.has_error()).then(|| crate::lang::facts_marks(lang, src));
    query.for_each_match_marked(root, marks.as_deref(), |_, captures| {
        let cap = |id: Option<u32>| {
            let id = id?;
            captures.iter().find(|c| c.index == id).map(|c| c.node)
        };
        // The pattern's main capture is the one without a dot.
        let main = captures
            .iter()
            .find(|c| ids.main.get(c.index as usize).copied().unwrap_or(false))
            .map(|c| (ids.names[c.index as usize], c.node));
        // Keep the chain of earlier main nodes that enclose this one, then
        // this one (a declaration below skips itself).
        if let Some((_, node)) = main {
            let (start, end) = (node.start_byte(), node.end_byte());
            while enclosing
                .last()
                .is_some_and(|&(_, s, e)| !(s <= start && end <= e))
            {
                enclosing.pop();
            }
            enclosing.push((node, start, end));
        }
        match main {
            Some(("call", node)) | Some(("new", node)) => {
                let is_new = kinds::kind(lang, node) == "new_expression";
                let (callee, args) = if is_new {
                    (ids.new_callee, ids.new_args)
                } else {
                    (ids.call_callee, ids.call_args)
                };
                let Some(callee) = cap(callee) else {
                    return;
                };
                raw.calls
                    .push(Call::new(lang, src, node, callee, cap(args), is_new));
            }
            Some((main @ ("assign" | "augassign"), node)) => {
                let Some(target) = cap(ids.assign_target) else {
                    return;
                };
                let kind =
                    if main == "augassign" || kinds::kind(lang, node).starts_with("augmented") {
                        AssignKind::Augmented
                    } else {
                        AssignKind::Assign
                    };
                push_assign_targets(raw, node, target, cap(ids.assign_value), kind, src, lang);
            }
            Some(("decl", node)) => {
                let Some(name) = cap(ids.decl_name) else {
                    return;
                };
                // The nearest enclosing match is the declaration holding
                // this declarator when it is one (`@declaration`).
                let nearest = enclosing
                    .iter()
                    .rev()
                    .map(|&(e, ..)| e)
                    .find(|e| e.id() != node.id());
                let parent = nearest
                    .filter(|&e| {
                        matches!(
                            kinds::kind(lang, e),
                            "lexical_declaration" | "variable_declaration"
                        )
                    })
                    .or_else(|| nearest.and_then(|e| parent_below(e, node)))
                    .or_else(|| node.parent());
                let kind = match parent {
                    Some(p) if kinds::kind(lang, p) == "variable_declaration" => AssignKind::Var,
                    Some(p) => match kinds::child(lang, p, kinds::Field::Kind).map(text) {
                        Some("const") => AssignKind::Const,
                        Some("using") | Some("await using") => AssignKind::Const,
                        _ => AssignKind::Let,
                    },
                    None => AssignKind::Let,
                };
                push_assign_targets(raw, node, name, cap(ids.decl_value), kind, src, lang);
            }
            Some((main @ ("update" | "delete"), node)) => {
                let is_delete = main == "delete";
                let target = if is_delete {
                    cap(ids.delete_target)
                } else {
                    cap(ids.update_target)
                };
                let Some(target) = target else { return };
                raw.updates.push(Update {
                    node,
                    target,
                    target_path: facts::path_cow_in(lang, target, src),
                    is_delete,
                    scope: MODULE,
                });
            }
            Some(("function", node)) => {
                if let Some(name) = cap(ids.function_name) {
                    raw.functions.push((node, text(name)));
                }
            }
            Some(("class", node)) => {
                if let Some(name) = cap(ids.class_name) {
                    raw.classes.push((node, text(name)));
                }
            }
            Some(("tagged", node)) => {
                if let (Some(callee), Some(template)) =
                    (cap(ids.tagged_callee), cap(ids.tagged_template))
                {
                    raw.tagged_templates.push((
                        node,
                        facts::path_of_in(lang, callee, src),
                        template,
                    ));
                }
            }
            Some(("decorated", node)) => {
                if let Some(definition) = cap(ids.decorated_definition) {
                    raw.decorated.insert(definition.id(), node);
                }
            }
            Some(("global", node)) => raw.globals.push(node),
            // Only there to be an enclosing match for its declarators.
            Some(("declaration", _)) => {}
            Some(("import", node)) => raw.imports.push(import_source(node, src)),
            _ => {
                if let Some(source) = cap(ids.import_source) {
                    raw.imports
                        .push(plain_string(source, src).unwrap_or_default());
                }
            }
        }
    });
    // `require('vitest')` counts as an import too.
    for call in &raw.calls {
        if call.path == "require" {
            if let Some(s) = call.positional(0).and_then(|n| plain_string(n, src)) {
                raw.imports.push(s);
            }
        }
    }
}

/// The parent of `node`, found by descending from `ancestor`; `None` when
/// `ancestor` turns out not to be an ancestor.
fn parent_below<'t>(ancestor: Node<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let mut parent = ancestor;
    // Depth-capped like the other ancestor walks.
    for _ in 0..1024 {
        let child = parent.child_with_descendant(node)?;
        if child.id() == node.id() {
            return Some(parent);
        }
        if child.id() == parent.id() {
            return None;
        }
        parent = child;
    }
    None
}

/// Pushes one assignment per assigned name: `a = b = 1`, destructuring and
/// Python tuple targets are split into their names.
fn push_assign_targets<'t>(
    raw: &mut RawFacts<'t>,
    node: Node<'t>,
    target: Node<'t>,
    value: Option<Node<'t>>,
    kind: AssignKind,
    src: &'t str,
    lang: Lang,
) {
    match kinds::kind(lang, target) {
        "pattern_list" | "tuple_pattern" | "list_pattern" | "array_pattern" | "object_pattern" => {
            // `const { PORT = 4000 } = process.env` reads like
            // `process.env.PORT ?? 4000`: every worker without the variable
            // gets the default.
            let from_env = value.is_some_and(|v| {
                matches!(
                    src.get(v.byte_range()).unwrap_or(""),
                    "process.env" | "import.meta.env"
                )
            });
            let parts = crate::walk::named_children_list(target);
            for part in parts {
                let inner = match part.kind() {
                    "pair_pattern" => part.field("value").unwrap_or(part),
                    "shorthand_property_identifier_pattern" => part,
                    _ => part,
                };
                // `{ PORT = 4000 }`, `{ PORT: port = 4000 }`: the name is
                // the left side.
                if matches!(
                    inner.kind(),
                    "object_assignment_pattern" | "assignment_pattern"
                ) {
                    if let Some(left) = inner.field("left") {
                        let default = inner.field("right").filter(|_| from_env);
                        push_assign_targets(raw, node, left, default, kind, src, lang);
                        continue;
                    }
                }
                // Destructured parts have no single value of their own.
                push_assign_targets(raw, node, inner, None, kind, src, lang);
            }
        }
        _ => {
            let target_path =
                if kinds::kind(lang, target) == "shorthand_property_identifier_pattern" {
                    std::borrow::Cow::Borrowed(src.get(target.byte_range()).unwrap_or("?"))
                } else {
                    facts::path_cow_in(lang, target, src)
                };
            raw.assigns.push(Assign {
                node,
                target,
                target_path,
                value,
                kind,
                scope: MODULE,
            });
        }
    }
}

fn import_source(node: Node, src: &str) -> String {
    let field = if node.kind() == "import_from_statement" {
        "module_name"
    } else {
        "name"
    };
    node.field(field)
        .and_then(|n| n.utf8_text(src.as_bytes()).ok())
        .unwrap_or("")
        .to_string()
}

fn detect_python(src: &str, raw: &RawFacts) -> Framework {
    let pytest = raw.imports.iter().any(|i| i.starts_with("pytest"))
        || src.contains("@pytest.")
        || src.contains("@fixture");
    let unittest = raw.classes.iter().any(|(c, _)| {
        python_superclasses(*c, src)
            .iter()
            .any(|b| b.ends_with("TestCase"))
    });
    if unittest && !pytest {
        Framework::Unittest
    } else {
        Framework::Pytest
    }
}

fn python_superclasses<'a>(class: Node, src: &'a str) -> Vec<&'a str> {
    let Some(supers) = class.field("superclasses") else {
        return vec![];
    };
    let mut cursor = supers.walk();
    supers
        .named_children(&mut cursor)
        .filter_map(|n| n.utf8_text(src.as_bytes()).ok())
        .collect()
}

fn is_python_test_class(class: Node, src: &str) -> bool {
    let name = class
        .field("name")
        .and_then(|n| n.utf8_text(src.as_bytes()).ok())
        .unwrap_or("");
    let test_case = python_superclasses(class, src)
        .iter()
        .any(|b| b.ends_with("TestCase") || b.ends_with("TestCase)"));
    // A `Test*` class whose methods are none of tests, hooks or fixtures is
    // a helper named for the tests (`class TestEcho(wire.Echo)`, a protocol
    // the tests serve; `class TestModel(models.Model)`), not a suite.
    test_case || name.starts_with("Test") && !helper_class_named_test(class, src)
}

/// Whether a Python class defines methods and none of them is a test, a
/// per-test hook or a fixture.
fn helper_class_named_test(class: Node, src: &str) -> bool {
    let Some(body) = class.field("body") else {
        return false;
    };
    let methods: Vec<Node> = crate::walk::named_children_list(body)
        .into_iter()
        .filter(|n| {
            n.kind() == "function_definition"
                || n.kind() == "decorated_definition"
                    && n.field("definition")
                        .is_some_and(|d| d.kind() == "function_definition")
        })
        .collect();
    !methods.is_empty()
        && !methods.iter().any(|m| {
            let fixture = m.kind() == "decorated_definition"
                && m.utf8_text(src.as_bytes())
                    .unwrap_or("")
                    .split("def ")
                    .next()
                    .is_some_and(|decorators| decorators.contains("fixture"));
            fixture || defines_hooks_or_tests_in(&[*m], src)
        })
}

/// Which of a module's classes are test classes: those [`is_python_test_class`]
/// names, those deriving from a test class imported from the project
/// (`class UserTests(ApiTestBase)`, `ApiTestBase` a `TestCase` subclass in
/// `tests/base.py`), and those deriving from one of them in the same module
/// (`class CustomStorageTests(FileStorageTests)`): unittest collects every
/// `TestCase` subclass, whatever its name.
fn python_test_classes(
    classes: &[(Node, &str)],
    src: &str,
    imported: &[imported::ClassFacts],
) -> Vec<bool> {
    let imported_test_class = |base: &str| {
        imported
            .iter()
            .any(|c| c.test_class && (c.name == base || c.name == facts::last_segment(base)))
    };
    let mut is_test: Vec<bool> = classes
        .iter()
        .map(|&(c, _)| {
            is_python_test_class(c, src)
                || python_superclasses(c, src)
                    .iter()
                    .any(|b| imported_test_class(b))
        })
        .collect();
    if is_test.iter().all(|&t| t) {
        return is_test;
    }
    let bases: Vec<Vec<&str>> = classes
        .iter()
        .map(|&(c, _)| python_superclasses(c, src))
        .collect();
    // Each round settles at least one more level of the hierarchy.
    loop {
        let mut changed = false;
        for i in 0..classes.len() {
            if is_test[i] {
                continue;
            }
            let derives = bases[i].iter().any(|b| {
                classes
                    .iter()
                    .zip(&is_test)
                    .any(|(&(_, name), &t)| t && name == *b)
            });
            if derives {
                is_test[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // A same-file mixin that a test class derives from (`class
    // ServerTests(HelperMixin, TestCase)`), with per-test hooks or tests of
    // its own: its `setUp` runs before, and its `test*` methods run as, the
    // tests of every such class.
    loop {
        let mut changed = false;
        for i in 0..classes.len() {
            if is_test[i] || !defines_hooks_or_tests(classes[i].0, src) {
                continue;
            }
            let name = classes[i].1;
            let base_of_test = (0..classes.len()).any(|j| is_test[j] && bases[j].contains(&name));
            if base_of_test {
                is_test[i] = true;
                changed = true;
            }
        }
        if !changed {
            return is_test;
        }
    }
}

/// Whether a Python class defines a unittest/xunit per-test hook (`setUp`,
/// `setup_method`, ...) or a `test*` method.
fn defines_hooks_or_tests(class: Node, src: &str) -> bool {
    let Some(body) = class.field("body") else {
        return false;
    };
    defines_hooks_or_tests_in(&crate::walk::named_children_list(body), src)
}

/// Whether one of these class-body items is a hook or `test*` method.
fn defines_hooks_or_tests_in(items: &[Node], src: &str) -> bool {
    items.iter().any(|&item| {
        let func = if item.kind() == "decorated_definition" {
            item.field("definition")
        } else {
            Some(item)
        };
        func.filter(|f| f.kind() == "function_definition")
            .and_then(|f| f.field("name"))
            .and_then(|n| n.utf8_text(src.as_bytes()).ok())
            .is_some_and(|name| {
                name.starts_with("test")
                    || framework::unittest_hook(name)
                        .or_else(|| framework::pytest_xunit_hook(name))
                        .is_some()
            })
    })
}

/// Decorator texts of a Python function (without the `@`).
impl<'t> Model<'t> {
    /// The decorators of a Python function or class, as written, without
    /// the `@`: `pytest.fixture(scope="module")`.
    pub fn decorators(&self, definition: Node) -> Vec<&'t str> {
        let Some(&decorated) = self.decorated.get(&definition.id()) else {
            return vec![];
        };
        crate::walk::named_children_list(decorated)
            .into_iter()
            .filter(|n| kinds::kind(self.lang, *n) == "decorator")
            .map(|n| self.text(n).trim_start_matches('@').trim())
            .collect()
    }
}

pub(super) fn python_params(lang: Lang, func: Node, src: &str) -> Vec<String> {
    let Some(params) = kinds::child(lang, func, kinds::Field::Parameters) else {
        return vec![];
    };
    let mut out = Vec::new();
    for p in crate::walk::named_children_list(params) {
        let name_node = match kinds::kind(lang, p) {
            "identifier" => Some(p),
            "typed_parameter" => p.named_child(0),
            "default_parameter" | "typed_default_parameter" => {
                kinds::child(lang, p, kinds::Field::Name)
            }
            _ => None,
        };
        if let Some(n) = name_node.and_then(|n| src.get(n.byte_range())) {
            out.push(n.to_string());
        }
    }
    out
}

fn js_params(lang: Lang, func: Node, src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let params = kinds::child(lang, func, kinds::Field::Parameters)
        .or_else(|| kinds::child(lang, func, kinds::Field::Parameter));
    // Most callbacks take no parameters (`() => {...}`): nothing to list.
    let empty =
        |p: &Node| kinds::kind(lang, *p) == "formal_parameters" && p.named_child_count() == 0;
    if let Some(p) = params.filter(|p| !empty(p)) {
        collect_identifiers(lang, p, src, &mut out, 0);
    }
    out
}

fn collect_identifiers(lang: Lang, node: Node, src: &str, out: &mut Vec<String>, depth: usize) {
    if depth > 6 {
        return;
    }
    let kind = kinds::kind(lang, node);
    match kind {
        "identifier" | "shorthand_property_identifier_pattern" => {
            if let Some(t) = src.get(node.byte_range()) {
                out.push(t.to_string());
            }
        }
        "type_annotation" => {}
        _ => {
            // A pattern's key (`{ key: name }`) and a default's value
            // (`name = value`) bind nothing.
            let skipped = match kind {
                "pair_pattern" => node.field("key"),
                "assignment_pattern" => node.field("right"),
                _ => None,
            };
            for child in crate::walk::named_children_list(node) {
                if skipped.is_some_and(|k| k.id() == child.id()) {
                    continue;
                }
                collect_identifiers(lang, child, src, out, depth + 1);
            }
        }
    }
}

/// Whether a Python function body yields (outside nested functions).
fn contains_yield(func: Node) -> bool {
    let Some(body) = func.field("body") else {
        return false;
    };
    let mut stack = vec![body];
    while let Some(n) = stack.pop() {
        if n.kind() == "yield" {
            return true;
        }
        if n.kind() == "function_definition" || n.kind() == "lambda" {
            continue;
        }
        crate::walk::named_children(n, &mut stack);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{js_params, python_params};
    use crate::lang::Lang;

    /// The names a function's parameters bind, for every parameter shape.
    #[test]
    fn parameter_names() {
        let js: &[(&str, &[&str])] = &[
            ("f(() => 0)", &[]),
            ("f(x => x)", &["x"]),
            ("f(async ({ page }) => 0)", &["page"]),
            (
                "f((a, { b, c: d }, e = 1, ...rest) => 0)",
                &["a", "b", "d", "e", "rest"],
            ),
            ("f(function (a, [b]) {})", &["a", "b"]),
        ];
        for &(src, names) in js {
            let tree = crate::testing::parse(Lang::TypeScript, src);
            let func = crate::walk::descendants_of_kinds(
                tree.root_node(),
                &["arrow_function", "function_expression"],
            )[0];
            assert_eq!(js_params(Lang::TypeScript, func, src), names, "{src}");
        }
        let py: &[(&str, &[&str])] = &[
            ("def f(): pass", &[]),
            (
                "def f(self, a, b: int, c=1, d: str = 'x', *e, **g): pass",
                &["self", "a", "b", "c", "d"],
            ),
        ];
        for &(src, names) in py {
            let tree = crate::testing::parse(Lang::Python, src);
            let func =
                crate::walk::descendants_of_kinds(tree.root_node(), &["function_definition"])[0];
            assert_eq!(python_params(Lang::Python, func, src), names, "{src}");
        }
    }
}

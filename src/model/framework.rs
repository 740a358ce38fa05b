//! Which test framework a file uses, and what each framework calls its tests,
//! hooks, suites and fixtures. This is the one place that knowledge lives;
//! rules ask the model, never their own lists.

use crate::model::kinds::{self, FieldByName};
use serde::Serialize;
use tree_sitter::Node;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Framework {
    Jest,
    Vitest,
    Mocha,
    NodeTest,
    Playwright,
    /// Jasmine, as Karma runs it in a browser (Angular's `ng test`) or the
    /// `jasmine` CLI runs it in Node: Jest's globals (`describe`, `it`,
    /// `beforeEach`, `fit`, `xdescribe`...) without Jest's `jest` object.
    Jasmine,
    Pytest,
    Unittest,
}

impl Framework {
    /// Key used in rule docs (`[fix]` tables) and config.
    pub fn key(self) -> &'static str {
        match self {
            Framework::Jest => "jest",
            Framework::Vitest => "vitest",
            Framework::Mocha => "mocha",
            Framework::NodeTest => "node-test",
            Framework::Playwright => "playwright",
            Framework::Jasmine => "jasmine",
            Framework::Pytest => "pytest",
            Framework::Unittest => "unittest",
        }
    }

    pub fn is_python(self) -> bool {
        matches!(self, Framework::Pytest | Framework::Unittest)
    }

    /// The mocking namespace of the framework (`jest.fn`, `vi.fn`,
    /// `jasmine.createSpy`).
    pub fn mock_namespace(self) -> &'static str {
        match self {
            Framework::Vitest => "vi",
            Framework::Jasmine => "jasmine",
            _ => "jest",
        }
    }
}

/// What a JS call that takes a callback means to the framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsCallRole {
    Suite { concurrent: bool },
    Test { concurrent: bool },
    Hook(HookKind),
}

/// When a hook runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HookKind {
    BeforeEach,
    AfterEach,
    BeforeAll,
    AfterAll,
}

impl HookKind {
    pub fn is_teardown(self) -> bool {
        matches!(self, HookKind::AfterEach | HookKind::AfterAll)
    }
    pub fn is_setup(self) -> bool {
        !self.is_teardown()
    }
    pub fn is_each(self) -> bool {
        matches!(self, HookKind::BeforeEach | HookKind::AfterEach)
    }
}

/// Names of test-defining calls shared by Jest, Vitest, Mocha, node:test and
/// Playwright (`test.describe`), normalised by [`js_call_role`].
pub fn js_call_role(callee_path: &str) -> Option<JsCallRole> {
    if let Some(hook) = chained_suite_hook(callee_path) {
        return Some(JsCallRole::Hook(hook));
    }
    // Mocha's `describe('x', function () { this.beforeEach(...) })`: inside a
    // suite callback `this` is the `Suite`, whose `beforeAll`/`afterAll`/
    // `beforeEach`/`afterEach` methods register hooks like the globals.
    if let Some(hook) = callee_path.strip_prefix("this.").and_then(mocha_root_hook) {
        return Some(JsCallRole::Hook(hook));
    }
    // `test.each(table)(...)`, `describe.each`...: the callee path of the
    // outer call ends in `each(...)`, which facts normalise away; strip the
    // Playwright/Vitest modifiers first.
    // Called for every call of a file: one pass over the path, no Vec.
    let (mut head, mut tail, mut longer, mut concurrent) = (None, None, false, false);
    for part in super::facts::segments(callee_path) {
        let modifier = matches!(
            part,
            "only"
                | "skip"
                | "todo"
                | "each"
                | "concurrent"
                | "serial"
                | "parallel"
                | "sequential"
                | "fixme"
                | "fails"
                | "failing"
                | "skipIf"
                | "runIf"
                | "extend"
                | "for"
                | "configure"
                | "shuffle"
                | "()"
        );
        concurrent |= part == "concurrent";
        // `global.beforeEach(...)`, `globalThis.afterAll(...)`: the Jest
        // globals reached through the global object are the same hooks.
        let global_object = head.is_none() && matches!(part, "global" | "globalThis");
        if modifier || global_object {
            continue;
        }
        if head.is_none() {
            head = Some(part);
        } else if tail.is_none() {
            tail = Some(part);
        } else {
            longer = true;
        }
    }
    let head = head?;
    let role = match (head, tail) {
        ("describe" | "context" | "suite" | "fdescribe" | "xdescribe", None) => {
            JsCallRole::Suite { concurrent }
        }
        ("test" | "it", Some("describe")) => JsCallRole::Suite { concurrent },
        ("it" | "test" | "specify" | "fit" | "xit" | "xtest", None) => {
            JsCallRole::Test { concurrent }
        }
        (_, None) | ("test" | "it", Some(_)) => {
            let hook_name = tail.unwrap_or(head);
            let hook = match hook_name {
                "beforeEach" | "setup" => HookKind::BeforeEach,
                "afterEach" | "teardown" => HookKind::AfterEach,
                "beforeAll" | "before" | "suiteSetup" => HookKind::BeforeAll,
                "afterAll" | "after" | "suiteTeardown" => HookKind::AfterAll,
                _ => return None,
            };
            JsCallRole::Hook(hook)
        }
        // node:test subtests: `t.test('x', ...)`.
        (_, Some("test")) if !longer => JsCallRole::Test { concurrent },
        _ => return None,
    };
    Some(role)
}

/// A hook registered on the suite a Mocha `suite()`/`describe()` call returns:
/// `suite('x', fn).beforeAll(setUp).afterAll(tearDown)` (callee paths
/// `suite.().beforeAll`, `suite.().beforeAll.().afterAll`). Mocha's `Suite`
/// object has `beforeAll`/`afterAll`/`beforeEach`/`afterEach` methods, so the
/// hook serves that suite's tests like one written inside its body.
fn chained_suite_hook(callee_path: &str) -> Option<HookKind> {
    let mut parts = super::facts::segments(callee_path);
    let head = parts.next()?;
    if !matches!(head, "describe" | "context" | "suite") {
        return None;
    }
    let mut rest = parts.peekable();
    // The suite call itself comes first: `describe.only.()`...
    while let Some(&part) = rest.peek() {
        if part == "()" {
            break;
        }
        if !matches!(part, "only" | "skip") {
            return None;
        }
        rest.next();
    }
    let (mut hook, mut called) = (None, false);
    for part in rest {
        match part {
            "()" if hook.is_some() || !called => {
                called = true;
                hook = None;
            }
            "beforeAll" | "afterAll" | "beforeEach" | "afterEach" if called && hook.is_none() => {
                hook = Some(mocha_root_hook(part)?);
                called = false;
            }
            _ => return None,
        }
    }
    hook
}

/// The local names under which a file imports a framework's test, suite or
/// hook functions under another name, each with the name it stands for:
/// `import { test as setup } from '@playwright/test'` (the form Playwright's
/// docs give setup and teardown projects) makes `setup.beforeAll(...)` the
/// hook `test.beforeAll` and `setup('login', ...)` a test. Only ES imports
/// from a framework's own module ([`framework_of_module`], and `bun:test`,
/// whose API is Jest's).
pub fn js_test_aliases(root: Node, src: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if memchr::memmem::find(src.as_bytes(), b" as ").is_none() {
        return out;
    }
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("");
    for stmt in crate::walk::named_children_list(root) {
        if stmt.kind() != "import_statement" {
            continue;
        }
        let from_framework = stmt
            .field("source")
            .and_then(|s| super::facts::plain_string(s, src))
            .is_some_and(|s| framework_of_module(&s).is_some() || s == "bun:test");
        if !from_framework {
            continue;
        }
        for specifier in crate::walk::descendants_of_kinds(stmt, &["import_specifier"]) {
            let (Some(name), Some(alias)) = (specifier.field("name"), specifier.field("alias"))
            else {
                continue;
            };
            let (name, alias) = (text(name), text(alias));
            if name != alias && js_call_role(name).is_some() {
                out.push((alias.to_string(), name.to_string()));
            }
        }
        // `import * as nt from 'node:test'`: `nt.describe(...)`,
        // `nt.afterEach(...)` are the framework's own functions; recorded
        // with an empty name (see [`unalias_js_path`]).
        for namespace in crate::walk::descendants_of_kinds(stmt, &["namespace_import"]) {
            if let Some(alias) = crate::walk::named_children_list(namespace)
                .into_iter()
                .find(|c| c.kind() == "identifier")
            {
                out.push((text(alias).to_string(), String::new()));
            }
        }
    }
    out
}

/// `path` with its first segment replaced when it is one of `aliases`
/// (see [`js_test_aliases`]): `setup.beforeAll` → `test.beforeAll`.
/// A framework module bound as a namespace (an empty name) stands for its
/// test, suite and hook functions and its mock/timer object (`vi`, `jest`,
/// node:test's `mock`): `nt.describe.skip` → `describe.skip`,
/// `vt.vi.useFakeTimers` → `vi.useFakeTimers`; other members keep their path.
pub fn unalias_js_path(path: &str, aliases: &[(String, String)]) -> Option<String> {
    let head_end = path.find('.').unwrap_or(path.len());
    let head = &path[..head_end];
    let (_, name) = aliases.iter().find(|(alias, _)| alias == head)?;
    if name.is_empty() {
        let member = path.get(head_end + 1..).filter(|m| !m.is_empty())?;
        let first = member.split('.').next().unwrap_or(member);
        let own = js_call_role(member).is_some() || matches!(first, "vi" | "jest" | "mock");
        return own.then(|| member.to_string());
    }
    Some(format!("{name}{}", &path[head_end..]))
}

/// The framework whose own module `source` is (`vitest`, `@playwright/test`,
/// `node:test`, `@jest/globals`, `mocha`).
pub fn framework_of_module(source: &str) -> Option<Framework> {
    match source {
        s if s == "vitest" || s.starts_with("vitest/") => Some(Framework::Vitest),
        s if s.starts_with("@playwright/test") || s == "playwright/test" => {
            Some(Framework::Playwright)
        }
        "node:test" => Some(Framework::NodeTest),
        "@jest/globals" => Some(Framework::Jest),
        "mocha" => Some(Framework::Mocha),
        _ => None,
    }
}

/// Whether `source` names node:test's module (`node:test`, or the bare
/// `test` some files import it as).
pub fn is_node_test_module(source: &str) -> bool {
    matches!(source, "node:test" | "test")
}

/// Calls only Jasmine has (Jest's `jest-jasmine2` runner had them too, but
/// a file of it that says `jest.` reads as Jest first): the spy, clock and
/// matcher helpers of the `jasmine` global, and the `.and` strategy chain
/// of a Jasmine spy (`spyOn(x, 'y').and.returnValue(v)`). Angular's
/// `fakeAsync`/`tick` work under Jest as well and decide nothing.
const JASMINE_ONLY_API: &[&str] = &[
    "jasmine.clock()",
    "jasmine.createSpy",
    "jasmine.objectContaining",
    "jasmine.arrayContaining",
    "jasmine.stringMatching",
    "jasmine.any(",
    ".and.returnValue(",
    ".and.returnValues(",
    ".and.callFake(",
    ".and.callThrough(",
    ".and.throwError(",
    ".and.resolveTo(",
    ".and.rejectWith(",
];

/// The framework of a JavaScript/TypeScript file from its imports and the
/// globals it touches, and, when the file itself does not say, from the
/// runner its project's configs name (`project_runner`, see
/// [`ProjectFacts::js_runner`](super::ProjectFacts::js_runner)): a Karma
/// spec imports nothing from Jasmine and touches no `jasmine.` global
/// more often than not. What the file says wins: an import of a runner's
/// module, `jest.`/`vi.`, Mocha's `before(`; Jasmine-only calls
/// ([`JASMINE_ONLY_API`]) make it Jasmine unless the project's runner is
/// configured as another one (`jest-jasmine2` specs under a Jest config).
/// Cypress specs (`cy.`), which Mocha runs, are never Jasmine by project.
pub fn detect_js(
    import_sources: &[String],
    text: &str,
    project_runner: Option<Framework>,
) -> Framework {
    // Whole-file searches for files that import no framework: memchr's
    // SIMD search rather than `str::contains`.
    let has = |needle: &str| memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some();
    for source in import_sources {
        let s = source.as_str();
        if let Some(framework) = framework_of_module(s) {
            return framework;
        }
        // `import test from 'test'` is node:test's polyfill package.
        if s == "test" && has("node:") {
            return Framework::NodeTest;
        }
    }
    if has("require('node:test')") || has("require(\"node:test\")") {
        return Framework::NodeTest;
    }
    if has("@playwright/test") {
        return Framework::Playwright;
    }
    let jest = has("jest.");
    let runner_allows_jasmine = matches!(project_runner, None | Some(Framework::Jasmine));
    if !jest && runner_allows_jasmine && JASMINE_ONLY_API.iter().any(|api| has(api)) {
        return Framework::Jasmine;
    }
    if has("vi.") && !jest {
        return Framework::Vitest;
    }
    if jest {
        return Framework::Jest;
    }
    if (has("before(") || has("after(") || has("context(")) && !has("beforeAll(") {
        return Framework::Mocha;
    }
    // Mocha's TDD interface (`suite`/`suiteSetup`/`setup`/`teardown`, the
    // one `@vscode/test-electron` extension suites use): Jest has no
    // `suite` global, and a Vitest file says `vi.` or imports `vitest`.
    if [
        "suiteSetup(",
        "suiteTeardown(",
        "suite('",
        "suite(\"",
        "suite(`",
    ]
    .iter()
    .any(|needle| has(needle))
    {
        return Framework::Mocha;
    }
    if project_runner == Some(Framework::Jasmine) && !has("cy.") {
        return Framework::Jasmine;
    }
    Framework::Jest
}

/// Calls that run a whole suite. A `test*` function that makes one is the
/// suite's entry point, not a test: CPython's regrtest convention
/// `def test_main(): support.run_unittest(A, B)`, which sets module globals
/// for the test classes it then runs.
const PY_SUITE_RUNNERS: &[&str] = &[
    "run_unittest(",
    "unittest.main(",
    "run_doctest(",
    "TextTestRunner(",
];

/// Whether a Python function body runs a suite of tests (see
/// [`PY_SUITE_RUNNERS`]).
pub fn runs_a_suite(body: &str) -> bool {
    PY_SUITE_RUNNERS.iter().any(|r| body.contains(r))
}

/// Whether pytest collects a function named `name` as a test under the
/// config's `python_functions` patterns: each is a name prefix (`check`) or
/// a glob (`check_*`, `*_should`, `?est_*`). `test*` is always taken as a
/// test by the model; these add to it.
pub fn is_configured_py_test_name(patterns: &[String], name: &str) -> bool {
    patterns.iter().any(|p| {
        if p.contains(['*', '?']) {
            glob_matches(p.as_bytes(), name.as_bytes())
        } else {
            name.starts_with(p.as_str())
        }
    })
}

/// `fnmatch` with `*` and `?` (what `python_functions` patterns use).
fn glob_matches(pattern: &[u8], name: &[u8]) -> bool {
    match pattern.split_first() {
        None => name.is_empty(),
        Some((b'*', rest)) => (0..=name.len()).any(|i| glob_matches(rest, &name[i..])),
        Some((b'?', rest)) => !name.is_empty() && glob_matches(rest, &name[1..]),
        Some((c, rest)) => name.first() == Some(c) && glob_matches(rest, &name[1..]),
    }
}

/// unittest's hook methods and when they run.
pub fn unittest_hook(name: &str) -> Option<HookKind> {
    Some(match name {
        "setUp" | "asyncSetUp" => HookKind::BeforeEach,
        "tearDown" | "asyncTearDown" => HookKind::AfterEach,
        "setUpClass" | "setUpModule" => HookKind::BeforeAll,
        "tearDownClass" | "tearDownModule" => HookKind::AfterAll,
        _ => return None,
    })
}

/// Django's `setUpTestData`: a classmethod Django calls once per test class
/// before its tests. The model keeps it a plain method (no hook kind: it is
/// neither per-test nor torn down), so the rules that care recognise it by
/// this name.
pub fn is_class_data_hook(name: &str) -> bool {
    name == "setUpTestData"
}

/// Whether a bare `spyOn(...)` call is Jasmine's global `spyOn` (also the
/// one Jest's legacy `jest-jasmine2` runner installs): Jasmine's spy
/// registry removes every spy it made when the spec ends, so the spy is
/// restored with its test. A `spyOn` the file binds itself (`import { spyOn }
/// from 'bun:test'`, `const { spyOn } = vi`, `function spyOn`) is another
/// function, which restores nothing by itself.
pub fn is_jasmine_global_spy(callee_path: &str, root: Node, src: &str) -> bool {
    if callee_path != "spyOn" {
        return false;
    }
    const BINDERS: &[&str] = &[
        "import_specifier",
        "namespace_import",
        "shorthand_property_identifier_pattern",
        "pair_pattern",
        "variable_declarator",
        "function_declaration",
    ];
    !crate::walk::descendants_of_kinds(root, BINDERS)
        .into_iter()
        .any(|n| {
            let name = match n.kind() {
                "import_specifier" => n.field("alias").or_else(|| n.field("name")),
                "pair_pattern" => n.field("value"),
                "variable_declarator" | "function_declaration" => n.field("name"),
                _ => Some(n),
            };
            name.and_then(|x| x.utf8_text(src.as_bytes()).ok()) == Some("spyOn")
        })
}

/// Mocha root hooks: the members of a `mochaHooks` object, which Mocha runs
/// around every test of every file (like a `beforeEach` at the top of each
/// test file), by member name.
pub fn mocha_root_hook(name: &str) -> Option<HookKind> {
    Some(match name {
        "beforeEach" => HookKind::BeforeEach,
        "afterEach" => HookKind::AfterEach,
        "beforeAll" => HookKind::BeforeAll,
        "afterAll" => HookKind::AfterAll,
        _ => return None,
    })
}

/// The functions of the file's Mocha root hook plugin and their kinds:
/// `exports.mochaHooks = { beforeEach() {...} }`, `export const mochaHooks =
/// () => ({ afterEach: [fnA, fnB] })`, `module.exports = { mochaHooks: {...} }`.
/// Only files that mention `mochaHooks` are walked.
pub fn mocha_root_hooks<'t>(root: Node<'t>, src: &str) -> Vec<(Node<'t>, HookKind)> {
    if memchr::memmem::find(src.as_bytes(), b"mochaHooks").is_none() {
        return Vec::new();
    }
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("");
    let is_function = |n: Node| {
        matches!(
            n.kind(),
            "arrow_function" | "function_expression" | "function" | "method_definition"
        )
    };
    let mut hooks = Vec::new();
    for object in crate::walk::descendants_of_kinds(root, &["object"]) {
        if !holds_mocha_hooks(object, src) {
            continue;
        }
        for member in crate::walk::named_children_list(object) {
            let (key, value) = match member.kind() {
                "method_definition" => (member.field("name"), Some(member)),
                "pair" => (member.field("key"), member.field("value")),
                _ => continue,
            };
            let (Some(key), Some(value)) = (key, value) else {
                continue;
            };
            let name = super::facts::plain_string(key, src).unwrap_or_else(|| text(key).into());
            let Some(kind) = mocha_root_hook(&name) else {
                continue;
            };
            if value.kind() == "array" {
                hooks.extend(
                    crate::walk::named_children_list(value)
                        .into_iter()
                        .filter(|&f| is_function(f))
                        .map(|f| (f, kind)),
                );
            } else if is_function(value) {
                hooks.push((value, kind));
            }
        }
    }
    hooks
}

/// Whether `object` is the value of a `mochaHooks` binding, export or
/// property, directly or as what a function bound to that name returns.
fn holds_mocha_hooks(object: Node, src: &str) -> bool {
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("");
    let mut node = object;
    // `() => ({...})` and `function () { return {...}; }` sit a few levels
    // below the binding.
    for _ in 0..6 {
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind() {
            "parenthesized_expression"
            | "return_statement"
            | "statement_block"
            | "arrow_function"
            | "function_expression"
            | "function" => node = parent,
            "pair" => {
                return parent.field("value") == Some(node)
                    && parent.field("key").is_some_and(|k| {
                        super::facts::plain_string(k, src).as_deref() == Some("mochaHooks")
                            || text(k) == "mochaHooks"
                    })
            }
            "assignment_expression" => {
                return parent.field("right") == Some(node)
                    && parent.field("left").is_some_and(|l| {
                        text(l) == "mochaHooks" || text(l).ends_with(".mochaHooks")
                    })
            }
            "variable_declarator" => {
                return parent.field("value") == Some(node)
                    && parent
                        .field("name")
                        .is_some_and(|n| text(n) == "mochaHooks")
            }
            _ => return false,
        }
    }
    false
}

/// A fixture function declared in Vitest's or Playwright's
/// `test.extend({ name: async ({ deps }, use) => {...} })`, or in the tuple
/// form `name: [async ({ deps }, use) => {...}, { scope: 'worker', auto:
/// true }]`: it runs around every test that requests it (or, `auto`, every
/// test), or once per worker.
#[derive(Debug, Clone, Copy)]
pub struct ExtendFixture<'t> {
    pub func: Node<'t>,
    pub name: &'t str,
    /// The name of its second parameter, the `use` callback: code after the
    /// call is the fixture's teardown.
    pub use_param: &'t str,
    /// `{ scope: 'worker' }` (Playwright, Vitest) or `'file'` (Vitest).
    pub scope: super::scope::FixtureScope,
    /// `{ auto: true }`.
    pub auto: bool,
}

/// The fixture functions of a `X.extend({...})` call (`callee_path` ends in
/// `extend`, `object` its first argument). A value counts only when it is a
/// function whose first parameter is an object pattern and which takes a
/// second one (`({ page }, use) =>`), the shape both runners require, so
/// `$.extend({...})` and `_.extend(a, b)` hand over nothing.
pub fn extend_fixtures<'t>(
    callee_path: &str,
    object: Node<'t>,
    src: &'t str,
) -> Vec<ExtendFixture<'t>> {
    let mut out = Vec::new();
    if super::facts::last_segment(callee_path) != "extend" || object.kind() != "object" {
        return out;
    }
    let text = |n: Node<'t>| src.get(n.byte_range()).unwrap_or("");
    let param = |p: Node<'t>| p.field("pattern").unwrap_or(p);
    for pair in crate::walk::named_children_list(object) {
        if pair.kind() != "pair" {
            continue;
        }
        let (Some(key), Some(value)) = (pair.field("key"), pair.field("value")) else {
            continue;
        };
        let (func, options) = if value.kind() == "array" {
            let mut items = crate::walk::named_children_list(value)
                .into_iter()
                .filter(|n| n.kind() != "comment");
            match (items.next(), items.next()) {
                (Some(f), options) => (f, options.filter(|o| o.kind() == "object")),
                _ => continue,
            }
        } else {
            (value, None)
        };
        if !kinds::is_js_function_value(func.kind()) {
            continue;
        }
        let Some(params) = func.field("parameters") else {
            continue;
        };
        let (Some(first), Some(second)) = (params.named_child(0), params.named_child(1)) else {
            continue;
        };
        let use_param = param(second);
        if param(first).kind() != "object_pattern" || use_param.kind() != "identifier" {
            continue;
        }
        let option = |name: &str| options.and_then(|o| super::facts::object_property(o, name, src));
        let scope = match option("scope").and_then(|v| super::facts::plain_string(v, src)) {
            Some(s) if s == "worker" => super::scope::FixtureScope::Session,
            Some(s) if s == "file" => super::scope::FixtureScope::Module,
            _ => super::scope::FixtureScope::Function,
        };
        let name = match key.kind() {
            "string" => src
                .get(key.start_byte() + 1..key.end_byte().saturating_sub(1))
                .unwrap_or(""),
            _ => text(key),
        };
        out.push(ExtendFixture {
            func,
            name,
            use_param: text(use_param),
            scope,
            auto: option("auto").is_some_and(|v| v.kind() == "true"),
        });
    }
    out
}

/// pytest's xunit-style hooks (`setup_method`...) and when they run.
pub fn pytest_xunit_hook(name: &str) -> Option<HookKind> {
    Some(match name {
        "setup_method" | "setup_function" | "setup" => HookKind::BeforeEach,
        "teardown_method" | "teardown_function" | "teardown" => HookKind::AfterEach,
        "setup_class" | "setup_module" => HookKind::BeforeAll,
        "teardown_class" | "teardown_module" => HookKind::AfterAll,
        _ => return None,
    })
}

/// Decorators that make a function a pytest fixture.
pub fn is_fixture_decorator(decorator: &str) -> bool {
    let d = decorator.split('(').next().unwrap_or(decorator).trim();
    matches!(
        d,
        "pytest.fixture"
            | "fixture"
            | "pytest_asyncio.fixture"
            | "pytest.yield_fixture"
            | "yield_fixture"
    )
}

/// The callee of a decorator or mark, without its arguments:
/// `pytest.mark.xdist_group` for `pytest.mark.xdist_group("db")`.
fn mark_callee(mark: &str) -> &str {
    mark.split('(').next().unwrap_or(mark).trim()
}

/// Python test marks and decorators that run the test in a process of its
/// own (pytest-forked's `@pytest.mark.forked`, in-house
/// `@run_in_subprocess` wrappers): nothing it changes in its process's
/// memory, environment or clock reaches other tests.
pub fn runs_in_own_process(mark: &str) -> bool {
    let name = super::facts::last_segment(mark_callee(mark));
    name == "forked" || name.ends_with("in_subprocess") || name.ends_with("in_separate_process")
}

/// A Python mark that always skips the test (`@unittest.skip("...")`,
/// `@pytest.mark.skip(reason=...)`); not the conditional `skipIf`/`skipif`.
pub fn skips_always(mark: &str) -> bool {
    matches!(
        mark_callee(mark),
        "unittest.skip" | "skip" | "pytest.mark.skip" | "mark.skip"
    )
}

/// A JS test or suite registered skipped: `it.skip`, `test.skip`,
/// `describe.skip`, `xit`, `xdescribe`, `test.todo`.
pub fn js_call_is_skipped(callee_path: &str) -> bool {
    super::facts::segments(callee_path)
        .any(|s| matches!(s, "skip" | "todo" | "xit" | "xtest" | "xdescribe"))
}

/// `@pytest.mark.xdist_group("name")`: under `--dist loadgroup` every test
/// of the group runs in one worker, one after another. Its group name.
pub fn xdist_group(mark: &str) -> Option<&str> {
    let callee = mark_callee(mark);
    if !matches!(callee, "pytest.mark.xdist_group" | "mark.xdist_group") {
        return None;
    }
    let args = mark[callee.len()..]
        .trim()
        .strip_prefix('(')?
        .strip_suffix(')')?;
    let arg = args.split(',').next()?.trim();
    let arg = arg.strip_prefix("name=").unwrap_or(arg).trim();
    arg.strip_prefix('"')
        .and_then(|a| a.strip_suffix('"'))
        .or_else(|| arg.strip_prefix('\'').and_then(|a| a.strip_suffix('\'')))
}

/// The `name=` a fixture decorator gives the fixture
/// (`@pytest.fixture(name="runner")`), when it is a plain string.
pub fn fixture_name_argument(decorator: &str) -> Option<&str> {
    if !is_fixture_decorator(decorator) {
        return None;
    }
    let at = decorator.find("name=")?;
    if decorator[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '_')
    {
        return None;
    }
    let rest = decorator[at + 5..].trim_start();
    let quote = rest.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let body = &rest[1..];
    body.find(quote).map(|end| &body[..end])
}

/// pytest fixtures that are unique per test or per worker.
pub const PYTEST_ISOLATED_FIXTURES: &[&str] = &[
    "tmp_path",
    "tmp_path_factory",
    "tmpdir",
    "tmpdir_factory",
    "worker_id",
    "testrun_uid",
    "unused_tcp_port",
    "unused_tcp_port_factory",
    "unused_udp_port",
    "free_port",
    "xprocess",
];

/// Parameters through which pytest/monkeypatch/mocker scope a change to one test.
pub const PYTEST_SCOPING_FIXTURES: &[&str] = &["monkeypatch", "mocker"];

/// In-house helpers a project declares in config (`extra-hooks`,
/// `extra-fixtures`): wrappers that behave like the framework's own hooks or
/// fixture decorators. Consulted after the built-in names.
#[derive(Debug, Clone, Default, Hash)]
pub struct FrameworkExtras {
    /// Callee names (JS: `setupDb(() => ...)`) or Python function/method
    /// names that act as a hook of the given kind.
    pub hooks: Vec<(String, HookKind)>,
    /// Decorator names that declare a pytest fixture (`@db_fixture`).
    pub fixture_decorators: Vec<String>,
}

impl FrameworkExtras {
    /// Whether configuration adds nothing to the built-in framework names.
    pub fn is_empty(&self) -> bool {
        self.hooks.is_empty() && self.fixture_decorators.is_empty()
    }

    /// The hook kind of a configured helper, by full callee path or name.
    pub fn hook(&self, name: &str) -> Option<HookKind> {
        self.hooks.iter().find(|(n, _)| n == name).map(|(_, k)| *k)
    }

    /// A JS call to a configured hook helper (`setupDb(() => ...)`).
    pub fn js_call_role(&self, callee_path: &str) -> Option<JsCallRole> {
        self.hook(callee_path).map(JsCallRole::Hook)
    }

    pub fn is_fixture_decorator(&self, decorator: &str) -> bool {
        let d = decorator.split('(').next().unwrap_or(decorator).trim();
        self.fixture_decorators.iter().any(|f| f == d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_functions_patterns() {
        let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(is_configured_py_test_name(&p(&["check_*"]), "check_health"));
        assert!(is_configured_py_test_name(&p(&["check"]), "check_health"));
        assert!(is_configured_py_test_name(&p(&["*_should"]), "it_should"));
        assert!(is_configured_py_test_name(&p(&["?hould_*"]), "should_x"));
        assert!(!is_configured_py_test_name(&p(&["*_should"]), "should_not"));
        assert!(!is_configured_py_test_name(
            &p(&["check_*"]),
            "_check_health"
        ));
        assert!(!is_configured_py_test_name(&[], "check_health"));
    }

    #[test]
    fn classifies_js_calls() {
        assert_eq!(
            js_call_role("it"),
            Some(JsCallRole::Test { concurrent: false })
        );
        assert_eq!(
            js_call_role("test.concurrent"),
            Some(JsCallRole::Test { concurrent: true })
        );
        assert_eq!(
            js_call_role("describe.concurrent"),
            Some(JsCallRole::Suite { concurrent: true })
        );
        assert_eq!(
            js_call_role("test.describe.serial"),
            Some(JsCallRole::Suite { concurrent: false })
        );
        assert_eq!(
            js_call_role("test.beforeEach"),
            Some(JsCallRole::Hook(HookKind::BeforeEach))
        );
        assert_eq!(
            js_call_role("before"),
            Some(JsCallRole::Hook(HookKind::BeforeAll))
        );
        assert_eq!(
            js_call_role("it.each.()"),
            Some(JsCallRole::Test { concurrent: false })
        );
        assert_eq!(
            js_call_role("t.test"),
            Some(JsCallRole::Test { concurrent: false })
        );
        assert_eq!(
            js_call_role("global.beforeEach"),
            Some(JsCallRole::Hook(HookKind::BeforeEach))
        );
        assert_eq!(
            js_call_role("globalThis.afterAll"),
            Some(JsCallRole::Hook(HookKind::AfterAll))
        );
        assert_eq!(
            js_call_role("suite.().beforeAll"),
            Some(JsCallRole::Hook(HookKind::BeforeAll))
        );
        assert_eq!(
            js_call_role("suite.().beforeAll.().afterAll"),
            Some(JsCallRole::Hook(HookKind::AfterAll))
        );
        assert_eq!(
            js_call_role("describe.only.().afterEach"),
            Some(JsCallRole::Hook(HookKind::AfterEach))
        );
        assert_eq!(
            js_call_role("this.beforeEach"),
            Some(JsCallRole::Hook(HookKind::BeforeEach))
        );
        assert_eq!(
            js_call_role("this.afterAll"),
            Some(JsCallRole::Hook(HookKind::AfterAll))
        );
        assert_eq!(js_call_role("this.timeout"), None);
        assert_eq!(js_call_role("this.before"), None);
        assert_eq!(js_call_role("this.server.beforeEach"), None);
        assert_eq!(js_call_role("describe.().timeout"), None);
        assert_eq!(js_call_role("suite.afterAll"), None);
        assert_eq!(js_call_role("suite.().afterAll.()"), None);
        assert_eq!(js_call_role("global.fetch"), None);
        assert_eq!(js_call_role("app.listen"), None);
        assert_eq!(js_call_role("console.log"), None);
        assert_eq!(js_call_role("expect"), None);
    }

    #[test]
    fn detects_js_frameworks() {
        let detect = |text: &str| detect_js(&[], text, None);
        assert_eq!(detect_js(&["vitest".into()], "", None), Framework::Vitest);
        assert_eq!(
            detect_js(&["@playwright/test".into()], "", None),
            Framework::Playwright
        );
        assert_eq!(
            detect_js(&["node:test".into()], "", None),
            Framework::NodeTest
        );
        assert_eq!(detect("jest.fn()"), Framework::Jest);
        assert_eq!(detect("before(() => {})"), Framework::Mocha);
        // Mocha's TDD interface, as VS Code extension suites write it.
        assert_eq!(
            detect("suite('x', () => { setup(() => {}); test('t', () => {}); });"),
            Framework::Mocha
        );
        assert_eq!(
            detect("suite('x', () => { beforeAll(() => {}); });"),
            Framework::Mocha
        );
        assert_eq!(
            detect("suite('x', () => { vi.stubEnv('A', '1'); });"),
            Framework::Vitest
        );
        assert_eq!(detect("const s = testSuite('x');"), Framework::Jest);
    }

    /// Jasmine: from the file's Jasmine-only calls, or from the project's
    /// runner when the file says nothing; an import of another runner, or
    /// `jest.` (a `jest-jasmine2` spec), wins.
    #[test]
    fn detects_jasmine() {
        let jasmine = Some(Framework::Jasmine);
        let plain = "describe('s', () => { beforeEach(() => {}); it('x', () => {}); });";
        // The project runs Jasmine (Karma, `ng test`, `jasmine.json`).
        assert_eq!(detect_js(&[], plain, jasmine), Framework::Jasmine);
        assert_eq!(detect_js(&[], plain, None), Framework::Jest);
        assert_eq!(
            detect_js(&[], plain, Some(Framework::Jest)),
            Framework::Jest
        );
        // The file uses Jasmine-only API.
        for text in [
            "it('x', () => { jasmine.clock().install(); });",
            "const s = jasmine.createSpyObj('S', ['get']);",
            "expect(x).toEqual(jasmine.objectContaining({ a: 1 }));",
            "spyOn(service, 'get').and.returnValue(of([]));",
            "spyOn(service, 'get').and.callFake(() => 1);",
        ] {
            assert_eq!(detect_js(&[], text, None), Framework::Jasmine, "{text}");
            // A Jest config's `jest-jasmine2` specs stay Jest.
            assert_eq!(
                detect_js(&[], text, Some(Framework::Jest)),
                Framework::Jest,
                "{text}"
            );
        }
        // Explicit imports and the file's own `jest.`/Mocha calls win.
        let spy = "spyOn(a, 'b').and.returnValue(1);";
        for (import, framework) in [
            ("vitest", Framework::Vitest),
            ("@jest/globals", Framework::Jest),
            ("mocha", Framework::Mocha),
            ("node:test", Framework::NodeTest),
            ("@playwright/test", Framework::Playwright),
        ] {
            assert_eq!(detect_js(&[import.into()], spy, jasmine), framework);
            assert_eq!(detect_js(&[import.into()], plain, jasmine), framework);
        }
        assert_eq!(
            detect_js(&[], "jest.spyOn(a, 'b'); jasmine.createSpy('c');", jasmine),
            Framework::Jest
        );
        assert_eq!(
            detect_js(&[], "before(() => {}); it('x', () => {});", jasmine),
            Framework::Mocha
        );
        // `fakeAsync`/`tick` run under Jest too: they decide nothing.
        let fake_async = "import { fakeAsync, tick } from '@angular/core/testing';\nit('x', fakeAsync(() => { tick(10); }));";
        assert_eq!(
            detect_js(&["@angular/core/testing".into()], fake_async, None),
            Framework::Jest
        );
        // A Cypress spec in an Angular workspace is Mocha's, not Karma's.
        assert_eq!(
            detect_js(&[], "it('x', () => { cy.visit('/'); });", jasmine),
            Framework::Jest
        );
    }
}

//! Scopes: the module, suites (`describe`, test classes), tests, hooks,
//! fixtures and helper functions of a file, as a tree.

use super::framework::HookKind;
use tree_sitter::Node;

pub type ScopeId = usize;

/// The module scope always has id 0.
pub const MODULE: ScopeId = 0;

/// pytest fixture scope (`@pytest.fixture(scope="session")`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixtureScope {
    Function,
    Class,
    Module,
    Package,
    Session,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    /// `describe(...)`, `test.describe(...)`, a pytest `Test*` class or a
    /// unittest `TestCase` subclass.
    Suite {
        concurrent: bool,
    },
    /// `it(...)`, `test(...)`, `def test_x`.
    Test {
        concurrent: bool,
    },
    /// `beforeEach`, `setUp`, `setup_method`...
    Hook(HookKind),
    /// A pytest fixture. `yields` is true for generator fixtures: code after
    /// the `yield` is teardown.
    Fixture {
        scope: FixtureScope,
        yields: bool,
    },
    /// A named helper function or method.
    Function,
    /// A non-test class body.
    Class,
}

#[derive(Debug, Clone)]
pub struct Scope<'t> {
    pub kind: ScopeKind,
    /// The function (or class / callback) node that makes the scope.
    pub node: Node<'t>,
    pub parent: Option<ScopeId>,
    /// Test title, function name or class name.
    pub name: String,
    /// Parameter names (fixtures a pytest test requests, `testInfo`...).
    pub params: Vec<String>,
    /// `node`'s byte range, kept here because finding the scope of a node
    /// compares it against every scope on a chain (`Model::scope_of`).
    pub span: (usize, usize),
}

impl<'t> Scope<'t> {
    pub fn new(kind: ScopeKind, node: Node<'t>, name: String, params: Vec<String>) -> Self {
        Scope {
            kind,
            node,
            parent: None,
            name,
            params,
            span: (node.start_byte(), node.end_byte()),
        }
    }

    pub fn is_test(&self) -> bool {
        matches!(self.kind, ScopeKind::Test { .. })
    }
    pub fn is_hook(&self) -> bool {
        matches!(self.kind, ScopeKind::Hook(_))
    }
    pub fn is_fixture(&self) -> bool {
        matches!(self.kind, ScopeKind::Fixture { .. })
    }
    pub fn hook_kind(&self) -> Option<HookKind> {
        match self.kind {
            ScopeKind::Hook(h) => Some(h),
            _ => None,
        }
    }
    /// Module, suite or class level: where shared state is declared.
    pub fn is_container(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Module | ScopeKind::Suite { .. } | ScopeKind::Class
        )
    }
}

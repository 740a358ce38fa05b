//! What a `conftest.py` gives the tests below it: fixtures they can request
//! by name (or get through `autouse`) that put the environment back, run
//! the test in a switched working directory, or hand it a private database.
//! pytest loads every `conftest.py` from the rootdir down to a test's
//! directory, so these facts reach across files; the run collects them per
//! directory (see `crate::conftests`) and each test file's model consults
//! them through [`Model::inherited_fixture`].

use super::scope::{ScopeKind, MODULE};
use super::{FileRole, Model, ProjectFacts};
use crate::lang::Lang;
use crate::model::kinds::FieldByName;
use tree_sitter::Node;

/// A fixture defined in a `conftest.py` above the file.
#[derive(Debug, Clone, Default, Hash, PartialEq, Eq)]
pub struct ConftestFixture {
    /// The name tests request it by (`name=` when given).
    pub name: String,
    pub autouse: bool,
    /// Puts `os.environ` back after the test (`saved = os.environ.copy();
    /// yield; os.environ.clear(); os.environ.update(saved)`).
    pub restores_environ: bool,
    /// Runs the test in a directory of its own and changes back after
    /// (`with chdir(tmp_path): yield`, `monkeypatch.chdir(tmp_path)`).
    pub switches_cwd: bool,
    /// A function-scoped fixture that changes back, after its `yield`, to
    /// the working directory it saved before (`previous = os.getcwd();
    /// try: yield finally: os.chdir(previous)`): a `chdir` made by a test
    /// it serves is undone, though the test runs where it was.
    pub restores_cwd: bool,
    /// Moves the test into a temporary directory of its own, changing back
    /// after or not (`os.chdir(tempfile.mkdtemp())`): relative paths there
    /// are private.
    pub private_cwd: bool,
    /// Sets up a database private to the test (`sqlite://:memory:`).
    pub private_database: bool,
    /// The fixtures it requests itself (its parameters): what they do for
    /// a test, it does too.
    pub requests: Vec<String>,
    /// String literals it hands to a record-creating call
    /// (`User.objects.create_user(email="test@example.com")`): an account a
    /// test that uses the fixture logs into is its own.
    pub creates: Vec<String>,
}

/// The module-level fixtures of a `conftest.py` and what each does.
pub fn fixtures_of(src: &str) -> Vec<ConftestFixture> {
    with_module_model(src, FileRole::Conftest, |model| {
        model
            .scopes
            .iter()
            .filter(|s| matches!(s.kind, ScopeKind::Fixture { .. }) && s.parent == Some(MODULE))
            .map(|s| fixture_facts(model, s))
            .collect()
    })
    .unwrap_or_default()
}

/// Builds the model of a Python module read for its facts alone (a
/// `conftest.py`, a project module a test imports from: no project facts of
/// its own, default isolation) and hands it to `read`; `None` when the
/// module cannot be parsed safely.
pub(super) fn with_module_model<T>(
    src: &str,
    role: FileRole,
    read: impl for<'m> FnOnce(&Model<'m>) -> T,
) -> Option<T> {
    let tree = crate::engine::parse_python_module(src)?;
    let project = ProjectFacts::default();
    let isolation = Default::default();
    let model = Model::build(Lang::Python, src, &tree, role, &project, &isolation);
    Some(read(&model))
}

/// What the fixture function of `scope` does for the tests that use it.
pub fn fixture_facts<'t>(model: &Model<'t>, scope: &super::scope::Scope<'t>) -> ConftestFixture {
    let node = scope.node;
    let text = model.text(node);
    ConftestFixture {
        name: scope.name.clone(),
        autouse: model.is_autouse_fixture(node),
        restores_environ: restores_environ_after_yield(model, node),
        switches_cwd: model.fixture_switches_cwd(node),
        restores_cwd: restores_cwd_after_yield(model, scope),
        private_cwd: model.fixture_enters_private_cwd(node),
        private_database: super::database::names_in_memory_database(text)
            || uses_module_in_memory_database(model, node),
        requests: scope.params.clone(),
        creates: created_literals(model, node),
    }
}

/// Whether the fixture `node` uses a module-level name bound, directly or
/// through other module-level names, to an in-memory database
/// (`DATABASE_URL = "sqlite+aiosqlite:///:memory:"`, `engine =
/// create_async_engine(DATABASE_URL)`, `SessionLocal = sessionmaker(engine)`,
/// then `async with SessionLocal() as session: yield session`).
fn uses_module_in_memory_database<'t>(model: &Model<'t>, node: Node<'t>) -> bool {
    let private = model
        .in_memory_database_names
        .get_or_init(|| module_in_memory_database_names(model));
    !private.is_empty() && mentions_any(model, node, private)
}

/// The module-level names bound to an in-memory database, directly or
/// through other such names; none when the module names no in-memory
/// database at all.
fn module_in_memory_database_names<'t>(model: &Model<'t>) -> Vec<&'t str> {
    use super::database::names_in_memory_database;
    if !names_in_memory_database(model.src) {
        return Vec::new();
    }
    let module: Vec<(&'t str, Node<'t>)> = model
        .assigns
        .iter()
        .filter(|a| a.scope == MODULE && a.target.kind() == "identifier")
        .filter_map(|a| a.value.map(|v| (model.text(a.target), v)))
        .collect();
    let mut private: Vec<&'t str> = module
        .iter()
        .filter(|(_, v)| names_in_memory_database(model.text(*v)))
        .map(|(name, _)| *name)
        .collect();
    // Names bound to an expression over private ones, until none is added.
    loop {
        let more: Vec<&'t str> = module
            .iter()
            .filter(|(name, v)| !private.contains(name) && mentions_any(model, *v, &private))
            .map(|(name, _)| *name)
            .collect();
        if more.is_empty() {
            return private;
        }
        private.extend(more);
    }
}

/// Whether an identifier under `node` is one of `names`.
fn mentions_any(model: &Model, node: Node, names: &[&str]) -> bool {
    crate::walk::descendants_of_kinds(node, &["identifier"])
        .iter()
        .any(|n| names.contains(&model.text(*n)))
}

/// The string literals the calls inside `node` pass to a record-creating
/// method ([`super::database::WRITE_METHODS`]), as arguments or as values of
/// a dict argument.
fn created_literals<'t>(model: &Model<'t>, node: Node<'t>) -> Vec<String> {
    let range = node.byte_range();
    let mut out = Vec::new();
    for call in &model.calls {
        let at = call.node.start_byte();
        if at < range.start || at >= range.end {
            continue;
        }
        if !super::database::WRITE_METHODS.contains(&call.method()) {
            continue;
        }
        for arg in call.args() {
            let value = arg.value;
            let values: Vec<Node<'t>> = if value.kind() == "dictionary" {
                let mut c = value.walk();
                value
                    .named_children(&mut c)
                    .filter_map(|p| p.field("value"))
                    .collect()
            } else {
                vec![value]
            };
            for v in values {
                if v.kind() != "string" {
                    continue;
                }
                if let Some(s) = model.eval(v).value.as_str() {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

/// [`ConftestFixture::restores_cwd`]: the fixture is function-scoped, and
/// after its first `yield` it calls `os.chdir(saved)` with `saved` bound to
/// `os.getcwd()` / `Path.cwd()` before the `yield`.
fn restores_cwd_after_yield<'t>(model: &Model<'t>, scope: &super::scope::Scope<'t>) -> bool {
    if !matches!(
        scope.kind,
        super::scope::ScopeKind::Fixture {
            scope: super::scope::FixtureScope::Function,
            ..
        }
    ) {
        return false;
    }
    let fixture = scope.node;
    let Some(teardown) = super::teardown::after_first_yield(fixture) else {
        return false;
    };
    let saves_cwd = |s: &super::facts::Assign<'t>| {
        s.node.start_byte() >= fixture.start_byte()
            && s.node.end_byte() <= teardown
            && s.value.is_some_and(|v| {
                let text = model.text(v);
                text == "os.getcwd()" || text.ends_with("Path.cwd()")
            })
    };
    model.calls.iter().any(|c| {
        c.path == "os.chdir"
            && c.node.start_byte() >= teardown
            && c.node.end_byte() <= fixture.end_byte()
            && c.positional(0).is_some_and(|arg| {
                super::teardown::writes_back_saved(model, c.node, arg, saves_cwd)
            })
    })
}

/// Whether the code after the fixture's `yield` (or a `with` around it that
/// patches the environment) puts `os.environ` back.
fn restores_environ_after_yield(model: &Model, fixture: Node) -> bool {
    let Some(teardown) = super::teardown::after_first_yield(fixture) else {
        return false;
    };
    let restores = |from: usize| {
        let text = model.src.get(from..fixture.end_byte()).unwrap_or("");
        text.contains("os.environ.clear(")
            || text.contains("os.environ.update(")
            || text.contains("os.environ = ")
    };
    if restores(teardown) {
        return true;
    }
    // Key by key, in a loop over a saved copy: `for key, value in
    // orig.items(): os.environ[key] = value` (or `del os.environ[key]`).
    let in_teardown_loop = |n: Node| {
        n.start_byte() >= teardown
            && n.end_byte() <= fixture.end_byte()
            && crate::walk::ancestors(model.root, n)
                .iter()
                .any(|a| a.kind() == "for_statement" && a.start_byte() >= teardown)
    };
    let computed_environ_key = |target: Node| {
        target.kind() == "subscript"
            && target
                .field("value")
                .is_some_and(|v| model.text(v) == "os.environ")
            && target
                .field("subscript")
                .is_some_and(|k| k.kind() == "identifier")
    };
    if model
        .assigns
        .iter()
        .any(|a| in_teardown_loop(a.node) && computed_environ_key(a.target))
        || model
            .updates
            .iter()
            .any(|u| u.is_delete && in_teardown_loop(u.node) && computed_environ_key(u.target))
    {
        return true;
    }
    // `with mock.patch.dict(os.environ, ...): yield`, `with
    // isolated_environment(): yield`.
    super::teardown::yields_inside_with(model, fixture, super::teardown::patches_environ)
}

/// Fixtures a pytest plugin provides that create an account for the test
/// that requests them, with the keys of that account: pytest-django's
/// `admin_user` (a superuser `admin`, `admin@example.com`, password
/// `password`, in the test's database) and `admin_client`, which requests
/// it and logs it in.
const PLUGIN_ACCOUNT_FIXTURES: &[(&str, &[&str])] = &[
    ("admin_user", &["admin", "admin@example.com"]),
    ("admin_client", &["admin", "admin@example.com"]),
];

impl<'t> Model<'t> {
    /// Whether a fixture that satisfies `pred`, from a `conftest.py` or an
    /// imported base class ([`Model::imported_bases`]), applies to the test
    /// (or fixture) running `node`: autouse, requested as a parameter, or
    /// named in `@pytest.mark.usefixtures` / `pytestmark`.
    pub fn inherited_fixture(
        &self,
        node: Node<'t>,
        pred: impl Fn(&ConftestFixture) -> bool,
    ) -> bool {
        let conftest = &self.project.conftest_fixtures;
        let bases = self.imported_bases(node);
        if (conftest.is_empty() && bases.is_empty()) || !self.lang.is_python() {
            return false;
        }
        let owner = self.owner(self.scope_of(node));
        let params = self.requested_fixtures(owner);
        let mut used: Option<String> = None;
        let from_bases = bases.iter().flat_map(|c| c.fixtures.iter());
        conftest
            .iter()
            .chain(from_bases)
            .filter(|f| pred(f))
            .any(|f| {
                if f.autouse || params.contains(&f.name) {
                    return true;
                }
                let used = used.get_or_insert_with(|| self.usefixtures_in_effect(owner));
                used.contains(&format!("\"{}\"", f.name)) || used.contains(&format!("'{}'", f.name))
            })
    }

    /// The fixtures scope `id` requests as parameters, and (transitively)
    /// those that the same-file fixtures among them request: pytest sets up
    /// a fixture a test gets through another (`def module(database_engine)`
    /// requested by `def test_x(module)`) as if the test had asked for it.
    pub(super) fn requested_fixtures(&self, id: usize) -> Vec<String> {
        let mut out: Vec<String> = self.scope(id).params.clone();
        let mut i = 0;
        while i < out.len() && out.len() < 64 {
            let name = out[i].clone();
            i += 1;
            for s in &self.scopes {
                if !matches!(s.kind, ScopeKind::Fixture { .. }) || s.name != name {
                    continue;
                }
                for p in &s.params {
                    if !out.contains(p) {
                        out.push(p.clone());
                    }
                }
            }
        }
        out
    }

    /// The `usefixtures` marks that apply to a scope: its own and its
    /// classes' decorators, and `pytestmark` of the module and classes.
    pub(super) fn usefixtures_in_effect(&self, id: usize) -> String {
        self.ancestors(id)
            .flat_map(|s| self.own_marks(s))
            .filter(|m| m.contains("usefixtures"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether every test (or hook, or fixture) that runs the code at
    /// `node`, itself or through a helper of the file, requests a plugin
    /// fixture that creates the account keyed `value` (a browser typing
    /// `admin` into Django's login form in `def test_x(live_server,
    /// admin_client)`): the test logs into a record its own set-up made. A
    /// fixture of that name the file or a `conftest.py` defines replaces
    /// the plugin's, and says itself what it creates.
    pub fn plugin_fixture_creates(&self, node: Node<'t>, value: &str) -> bool {
        if !self.lang.is_python() {
            return false;
        }
        let overridden = |name: &str| {
            self.scopes.iter().any(|s| s.is_fixture() && s.name == name)
                || self
                    .project
                    .conftest_fixtures
                    .iter()
                    .any(|f| f.name == name)
        };
        let names: Vec<&str> = PLUGIN_ACCOUNT_FIXTURES
            .iter()
            .filter(|(name, keys)| {
                keys.iter().any(|k| k.eq_ignore_ascii_case(value)) && !overridden(name)
            })
            .map(|(name, _)| *name)
            .collect();
        if names.is_empty() {
            return false;
        }
        let owners = self.effective_owners(self.scope_of(node));
        !owners.is_empty()
            && owners.iter().all(|&owner| {
                let requested = self.requested_with_conftest(owner);
                let used = self.usefixtures_in_effect(owner);
                names.iter().any(|n| {
                    requested.iter().any(|r| r == n)
                        || used.contains(&format!("\"{n}\""))
                        || used.contains(&format!("'{n}'"))
                })
            })
    }

    /// [`Model::requested_fixtures`], followed on through the fixtures the
    /// `conftest.py` fixtures among them request.
    fn requested_with_conftest(&self, id: usize) -> Vec<String> {
        let mut out = self.requested_fixtures(id);
        let mut i = 0;
        while i < out.len() && out.len() < 64 {
            let name = out[i].clone();
            i += 1;
            for f in self
                .project
                .conftest_fixtures
                .iter()
                .filter(|f| f.name == name)
            {
                for r in &f.requests {
                    if !out.contains(r) {
                        out.push(r.clone());
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures_of;

    fn private(src: &str, name: &str) -> bool {
        fixtures_of(src)
            .into_iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("no fixture {name}"))
            .private_database
    }

    #[test]
    fn in_memory_database_bound_at_module_level() {
        let src = "import pytest\n\
            URL = 'sqlite+aiosqlite:///:memory:'\n\
            engine = create_async_engine(URL)\n\
            Local = sessionmaker(engine)\n\
            REAL = create_engine('postgresql://ci/db')\n\
            RealLocal = sessionmaker(REAL)\n\
            @pytest.fixture\n\
            async def session():\n    async with Local() as s:\n        yield s\n\
            @pytest.fixture\n\
            def real():\n    return RealLocal()\n\
            @pytest.fixture\n\
            def plain():\n    return 1\n";
        assert!(private(src, "session"), "through Local, engine and URL");
        assert!(!private(src, "real"), "a server database");
        assert!(!private(src, "plain"), "uses no database");
    }

    #[test]
    fn function_fixture_changing_back_to_the_saved_cwd_restores_it() {
        let restores = |src: &str| {
            fixtures_of(src)
                .into_iter()
                .find(|f| f.name == "root")
                .expect("fixture root")
                .restores_cwd
        };
        let body = "    previous = os.getcwd()\n    try:\n        yield\n    finally:\n        os.chdir(previous)\n";
        assert!(restores(&format!(
            "import os, pytest\n@pytest.fixture(autouse=True)\ndef root():\n{body}"
        )));
        // Once per session: tests in between see each other's changes.
        assert!(!restores(&format!(
            "import os, pytest\n@pytest.fixture(scope='session')\ndef root():\n{body}"
        )));
        // Into a directory it did not save: no restore.
        assert!(!restores(
            "import os, pytest\n@pytest.fixture\ndef root():\n    yield\n    os.chdir('/srv')\n"
        ));
    }

    #[test]
    fn in_memory_database_named_in_the_fixture() {
        let src =
            "import pytest\n@pytest.fixture\ndef db():\n    return connect('sqlite://:memory:')\n";
        assert!(private(src, "db"));
        let src =
            "import pytest\n@pytest.fixture\ndef db():\n    return connect('postgres://ci/db')\n";
        assert!(!private(src, "db"));
    }
}

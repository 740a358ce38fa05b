//! The restore model: given a process-wide change (a mocked clock, a changed
//! environment variable or working directory) at some point of a file, where
//! would a matching restore have to be for the change not to leak into other
//! tests? Shared by `global-date-mock` and `env-mutation` so that the notion
//! of "teardown" (afterEach/afterAll, tearDown/tearDownClass, `finally`,
//! code after a fixture's `yield`, `addCleanup`/`addfinalizer`/
//! `onTestFinished`/`t.after` callbacks, and same-file helpers they call) and
//! of "scoped" (`with` blocks, decorators) lives in one place.
//!
//! Rules ask three questions:
//! - [`in_teardown`]: does this code itself run as teardown (then it is a
//!   restore, not a mutation)?
//! - [`cover`]: the restore actions that run after the change, for the
//!   rule to match against its own notion of "restores this";
//! - [`scoped_by`]: is the change inside a `with` block or under a decorator
//!   that undoes it?

use super::facts::{self, Assign, Call, Update};
use super::scope::{ScopeId, ScopeKind};
use super::Model;
use crate::model::kinds::{self, FieldByName};
use tree_sitter::Node;

/// Calls that register a function to run when the test (or class) ends.
const CLEANUP_REGISTRARS: &[&str] = &[
    "addCleanup",
    "addClassCleanup",
    "addAsyncCleanup",
    "addfinalizer",
    "onTestFinished",
    "enterContext",
];

/// One restoring step that runs at teardown.
#[derive(Debug, Clone)]
pub enum Action<'a, 't> {
    Call(&'a Call<'t>),
    Assign(&'a Assign<'t>),
    Update(&'a Update<'t>),
    /// A function registered by reference: `self.addCleanup(patcher.stop)`,
    /// `self.addCleanup(os.chdir, old)`: its dotted path and arguments.
    Deferred {
        path: String,
        args: Vec<Node<'t>>,
    },
}

impl<'a, 't> Action<'a, 't> {
    /// The callee path of a call or deferred call.
    pub fn call_path(&self) -> Option<&str> {
        match self {
            Action::Call(c) => Some(&*c.path),
            Action::Deferred { path, .. } => Some(path.as_str()),
            _ => None,
        }
    }

    /// The last segment of the callee path (`stop` for `patcher.stop`).
    pub fn method(&self) -> Option<&str> {
        self.call_path().map(facts::last_segment)
    }

    /// Everything before the method (`patcher` for `patcher.stop`).
    pub fn receiver(&self) -> Option<&str> {
        self.call_path().map(facts::receiver_of)
    }

    /// The `i`-th positional argument of a call or deferred call.
    pub fn arg(&self, i: usize) -> Option<Node<'t>> {
        match self {
            Action::Call(c) => c.positional(i),
            Action::Deferred { args, .. } => args.get(i).copied(),
            _ => None,
        }
    }

    /// The written path of an assignment or delete (`process.env.X`).
    pub fn target_path(&self) -> Option<&str> {
        match self {
            Action::Assign(a) => Some(&*a.target_path),
            Action::Update(u) => Some(&*u.target_path),
            _ => None,
        }
    }

    /// The written node of an assignment or delete.
    pub fn target(&self) -> Option<Node<'t>> {
        match self {
            Action::Assign(a) => Some(a.target),
            Action::Update(u) => Some(u.target),
            _ => None,
        }
    }

    pub fn is_delete(&self) -> bool {
        matches!(self, Action::Update(u) if u.is_delete)
    }
}

/// The teardown code that runs after a change at some node.
pub struct Cover<'a, 't> {
    model: &'a Model<'t>,
    /// Byte ranges of teardown code.
    regions: Vec<(usize, usize)>,
    /// The rest of the function making the change, after it: not teardown,
    /// but where a plain "stop it again" (`clock.restore()`,
    /// `freezer.stop()`) counts for the APIs the spec asks only that of.
    later_in_function: Option<(usize, usize)>,
    /// For a change at module, suite or class level, the scope whose own
    /// later statements count as `later_in_function` (not the tests and
    /// helpers defined below it, which run later or never).
    later_scope: Option<ScopeId>,
    deferred: Vec<(String, Vec<Node<'t>>)>,
}

impl<'a, 't> Cover<'a, 't> {
    /// Every restoring step, in source order of their regions.
    pub fn actions(&self) -> Vec<Action<'a, 't>> {
        let inside = |n: Node| {
            self.regions
                .iter()
                .any(|&(s, e)| n.start_byte() >= s && n.end_byte() <= e)
        };
        let m = self.model;
        let mut out: Vec<Action<'a, 't>> = Vec::new();
        out.extend(m.calls.iter().filter(|c| inside(c.node)).map(Action::Call));
        out.extend(
            m.assigns
                .iter()
                .filter(|a| inside(a.node))
                .map(Action::Assign),
        );
        out.extend(
            m.updates
                .iter()
                .filter(|u| inside(u.node))
                .map(Action::Update),
        );
        out.extend(self.deferred.iter().map(|(path, args)| Action::Deferred {
            path: path.clone(),
            args: args.clone(),
        }));
        out
    }

    /// Whether any restoring step satisfies `pred`.
    pub fn any(&self, pred: impl Fn(&Action<'a, 't>) -> bool) -> bool {
        self.actions().iter().any(pred)
    }

    /// [`Self::any`], also counting steps later in the function that makes
    /// the change (outside `finally`): for APIs the spec asks only to be
    /// stopped again (sinon's `clock.restore()`, `freezer.stop()`), not
    /// stopped in teardown.
    pub fn any_then_or_later(&self, pred: impl Fn(&Action<'a, 't>) -> bool) -> bool {
        if self.any(&pred) {
            return true;
        }
        let Some(region) = self.later_in_function else {
            return false;
        };
        let later = Cover {
            model: self.model,
            regions: vec![region],
            later_in_function: None,
            later_scope: None,
            deferred: Vec::new(),
        };
        let m = self.model;
        later.actions().iter().any(|act| {
            let own_level = match (self.later_scope, act) {
                (None, _) => true,
                (Some(s), Action::Call(c)) => m.scope_of(c.node) == s,
                (Some(s), Action::Assign(a)) => m.scope_of(a.node) == s,
                (Some(s), Action::Update(u)) => m.scope_of(u.node) == s,
                (Some(_), Action::Deferred { .. }) => false,
            };
            own_level && pred(act)
        })
    }
}

/// Whether `value`, written by the change at `node`, names something the
/// file saved earlier (an assignment to that name that `is_saving`
/// accepts): `Date.now = now` after `const now = Date.now`,
/// `os.chdir(saved)` after `saved = os.getcwd()`. The restore half of an
/// inline patch-and-restore, not a change of its own.
pub fn writes_back_saved<'t>(
    model: &Model<'t>,
    node: Node<'t>,
    value: Node<'t>,
    is_saving: impl Fn(&Assign<'t>) -> bool,
) -> bool {
    if !matches!(
        value.kind(),
        "identifier" | "member_expression" | "attribute"
    ) {
        return false;
    }
    let saved = model.path_of(value);
    model
        .assigns
        .iter()
        .any(|s| s.node.id() != node.id() && s.target_path == saved && is_saving(s))
}

/// Whether assignment `a` puts back the original of its own target saved
/// before it (`Date.now = now` after `const now = Date.now`, `path.join =
/// original` after `const original = path.join`).
pub fn puts_back_saved<'t>(model: &Model<'t>, a: &Assign<'t>) -> bool {
    let js = !model.lang.is_python();
    a.value.is_some_and(|value| {
        writes_back_saved(model, a.node, value, |s| {
            s.node.start_byte() < a.node.start_byte()
                && s.value.is_some_and(|v| {
                    let saved = model.path_of(v);
                    saved == a.target_path || (js && unglobal(&saved) == unglobal(&a.target_path))
                })
        }) || (js && member_of_saved_original(model, a, value))
    })
}

/// Whether the expression `read` (a member or name) is read only to be
/// saved and put back: it is the whole value of an assignment to a plain
/// name (`const oldValue = meta.config.allowLoginWith`, `old = mod.X`)
/// that a later assignment in the same function writes back to the same
/// target (`meta.config.allowLoginWith = oldValue`, in the body or a
/// `finally`). Such a read does not depend on what the target held: the
/// code sets its own value and restores whatever it found.
pub fn saved_to_put_back<'t>(model: &Model<'t>, read: Node<'t>) -> bool {
    let path = model.path_of(read);
    model.assigns.iter().any(|s| {
        s.value.is_some_and(|v| v.id() == read.id())
            && !s.target_path.contains('.')
            && s.target.kind() == "identifier"
            && model.assigns.iter().any(|b| {
                b.node.start_byte() > s.node.start_byte()
                    && b.target_path == path
                    && model.is_within(b.scope, s.scope)
                    && b.value
                        .is_some_and(|v| v.kind() == "identifier" && model.text(v) == s.target_path)
            })
    })
}

/// Whether JS `value` is the target's own original read through a saved
/// copy of the object that holds it: `global.Date.now = _Date.now` after
/// `const _Date = Date` (a fake `Date` handed the real `now`) puts the
/// original back rather than replacing it.
fn member_of_saved_original<'t>(model: &Model<'t>, a: &Assign<'t>, value: Node<'t>) -> bool {
    if value.kind() != "member_expression" {
        return false;
    }
    let path = model.path_of(value);
    let Some((head, rest)) = path.split_once('.') else {
        return false;
    };
    model.assigns.iter().any(|s| {
        s.node.id() != a.node.id()
            && s.node.start_byte() < a.node.start_byte()
            && s.target_path == head
            && s.value.is_some_and(|v| {
                let original = format!("{}.{rest}", model.path_of(v));
                unglobal(&original) == unglobal(&a.target_path)
            })
    })
}

/// Whether assignment `a` flips a boolean member back within the function
/// that flipped it: `bs.paused = true; ...; bs.paused = false` in one test
/// (or `self.obj.debug = False` after `= True`). The first write says
/// what the code held before it (nobody sets `true` over `true`), so the
/// opposite literal written later in the same body puts that value back.
pub fn toggles_back<'t>(model: &Model<'t>, a: &Assign<'t>) -> bool {
    let flipped = |v: Node| match v.kind() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    };
    let Some(back) = a.value.and_then(flipped) else {
        return false;
    };
    a.target_path.contains('.')
        && model.assigns.iter().any(|s| {
            s.scope == a.scope
                && s.node.start_byte() < a.node.start_byte()
                && s.target_path == a.target_path
                && s.value.and_then(flipped) == Some(!back)
        })
}

/// A JS global's path without the global object it was reached through:
/// `Date` for `global.Date`, `globalThis.Date` or `window.Date`, so that
/// `realDate = Date; global.Date = Mock; ...; global.Date = realDate` is
/// seen as putting back what was saved.
pub fn unglobal(path: &str) -> &str {
    JS_GLOBAL_OBJECTS
        .iter()
        .find_map(|g| path.strip_prefix(g)?.strip_prefix('.'))
        .unwrap_or(path)
}

/// The names JS code reaches the global object through.
pub const JS_GLOBAL_OBJECTS: &[&str] = &["global", "globalThis", "window"];

/// The teardown code covering a change at `node`: teardown hooks that apply
/// to its suite, `finally` blocks of its function after it, the code after
/// `yield` in fixtures that apply, cleanup callbacks registered in its
/// function or in setup hooks, and same-file helpers called from any of
/// those.
pub fn cover<'a, 't>(model: &'a Model<'t>, node: Node<'t>) -> Cover<'a, 't> {
    let scope = model.scope_of(node);
    let container = model.enclosing_container(scope);
    let hooks = model.hooks_for(container);
    let mut regions: Vec<(usize, usize)> = Vec::new();
    let mut deferred = Vec::new();
    // A fixture's teardown runs only for the tests (and fixtures) that use
    // it: a change made by a test or fixture is undone by the teardown of
    // a fixture that applies to it (requested, through another fixture,
    // `usefixtures`, autouse) or of one built on it, not by any fixture of
    // the file.
    let owner = model.owner(scope);
    let fixture_applies = |f: ScopeId| match model.scope(owner).kind {
        ScopeKind::Test { .. } | ScopeKind::Fixture { .. } => {
            f == owner || model.uses_fixture(owner, f) || model.uses_fixture(f, owner)
        }
        _ => true,
    };

    for &h in &hooks {
        let hook = model.scope(h);
        match hook.kind {
            ScopeKind::Hook(kind) if kind.is_teardown() => {
                regions.push((hook.node.start_byte(), hook.node.end_byte()))
            }
            ScopeKind::Fixture { yields: true, .. } if fixture_applies(h) => {
                if let Some(start) = fixture_teardown_start(model, hook.node) {
                    regions.push((start, hook.node.end_byte()));
                }
            }
            ScopeKind::Hook(_) => {
                if let Some(f) = returned_cleanup(model, hook.node) {
                    regions.push((f.start_byte(), f.end_byte()));
                }
            }
            _ => {}
        }
    }

    // A put-back later in the same function but outside `finally`
    // (`os.chdir(x) ... os.chdir(saved)`) is no restore: the spec asks for
    // teardown or `finally`, and when the test fails before it (the moment
    // it matters) the change leaks into every later test of the worker.
    //
    // At module, suite or class level (import/collection time, before any
    // test runs) a stop among that level's own later statements undoes
    // the change before the first test: `freezer.start(); items =
    // parse(); freezer.stop()` at the top of a test module.
    let home = model.scope(scope).node;
    let is_container = model.scope(scope).is_container();
    let later_in_function = Some((node.end_byte(), home.end_byte()));
    let later_scope = is_container.then_some(scope);

    // Teardown methods of the same class, even when the class is a mixin
    // or a base class the model does not know as a test class.
    if let Some(class) = model
        .ancestors(scope)
        .find(|&s| model.scope(s).is_container() && s != super::scope::MODULE)
    {
        for (i, sc) in model.scopes.iter().enumerate() {
            if sc.parent == Some(class) && is_teardown_name(model, &sc.name) {
                let n = model.scope(i).node;
                regions.push((n.start_byte(), n.end_byte()));
            }
            // A unittest `run(self, result=None)` override wraps every test
            // of the class: its code after `super().run(result)` runs when
            // each test is done, as `tearDown` does.
            if sc.parent == Some(class) && sc.name == "run" {
                if let Some(start) = unittest_run_after_super(model, sc.node) {
                    regions.push((start, sc.node.end_byte()));
                }
            }
        }
    }

    // The exit half of a `@contextmanager` generator making the change
    // before its `yield` (as `__exit__` is for a context manager class).
    if let Some(y) = exit_half_start(model, home).filter(|&y| node.end_byte() <= y) {
        regions.push((y, home.end_byte()));
    }

    // `finally` blocks in the function that makes the change, after it;
    // not those of a test, hook or helper nested in it: a `finally` in one
    // test does not undo a change made at the module's (or a suite's) top
    // level, which every test of the file inherits.
    for f in crate::walk::descendants_of_kinds(home, &["finally_clause"]) {
        if f.end_byte() > node.start_byte() && model.scope_of(f) == scope {
            regions.push((f.start_byte(), f.end_byte()));
        }
    }

    // Disposers of `using` declarations whose block holds the change.
    for f in using_disposers(model, home, node) {
        regions.push((f.start_byte(), f.end_byte()));
    }

    // Cleanup callbacks registered where the change is made, or in a hook.
    let mut registrar_homes: Vec<(usize, usize)> = vec![(home.start_byte(), home.end_byte())];
    registrar_homes.extend(hooks.iter().map(|&h| {
        let n = model.scope(h).node;
        (n.start_byte(), n.end_byte())
    }));
    let calls = teardown_calls(model);
    for call in calls.registrars.iter().map(|&i| &model.calls[i]) {
        let within = registrar_homes
            .iter()
            .any(|&(s, e)| call.node.start_byte() >= s && call.node.end_byte() <= e)
            // tap's `t.afterEach(...)` at the top of the file (or of a
            // suite) runs after every test below it.
            // Only the tap object: `fastify.after(...)` is plugin loading.
            || matches!(call.receiver(), "t" | "tap") && {
                let at = model.scope_of(call.node);
                model.scope(at).is_container() && model.ancestors(scope).any(|a| a == at)
            };
        if !within {
            continue;
        }
        let Some(first) = call.positional(0) else {
            continue;
        };
        if is_function_node(first) {
            regions.push((first.start_byte(), first.end_byte()));
        } else {
            let rest = call
                .args()
                .iter()
                .filter(|a| a.name.is_none())
                .skip(1)
                .map(|a| a.value)
                .collect();
            deferred.push((model.path_of(first), rest));
        }
    }

    // `afterEach(jest.useRealTimers)`, `afterEach(restoreEnv)`: teardown
    // hooks of an enclosing suite given a function by reference.
    if !model.lang.is_python() {
        let chain: Vec<ScopeId> = model.ancestors(container).collect();
        for call in calls.teardown_hooks.iter().map(|&i| &model.calls[i]) {
            if !chain.contains(&model.enclosing_container(call.scope)) {
                continue;
            }
            for arg in call.args().iter().filter(|a| a.name.is_none()) {
                if !is_function_node(arg.value) && arg.value.kind() != "number" {
                    deferred.push((model.path_of(arg.value), Vec::new()));
                }
            }
        }
    }

    // `afterEach(restoreEnv)`: helpers passed by reference to teardown hooks.
    for func in teardown_function_refs(model) {
        regions.push((func.start_byte(), func.end_byte()));
    }

    // Same-file helpers called from teardown code, a few levels deep.
    let mut followed: Vec<&str> = Vec::new();
    for _ in 0..3 {
        let called = model
            .own_calls()
            .iter()
            .map(|&i| &model.calls[i])
            .filter(|call| {
                regions
                    .iter()
                    .any(|&(s, e)| call.node.start_byte() >= s && call.node.end_byte() <= e)
            })
            .map(|call| call.method());
        let registered = deferred.iter().map(|(path, _)| facts::last_segment(path));
        let mut added = Vec::new();
        for name in called.chain(registered) {
            if followed.contains(&name) {
                continue;
            }
            if let Some((&key, func)) = model.functions.get_key_value(name) {
                followed.push(key);
                added.push((func.start_byte(), func.end_byte()));
            }
        }
        if added.is_empty() {
            break;
        }
        regions.extend(added);
    }

    // pytest's end-of-run plugin hooks in a conftest (`pytest_configure`
    // starts a session-wide freeze, `pytest_unconfigure` stops it).
    if model.lang.is_python() && model.role == super::FileRole::Conftest {
        for name in PYTEST_END_HOOKS {
            if let Some(&func) = model.functions.get(name) {
                regions.push((func.start_byte(), func.end_byte()));
            }
        }
    }

    Cover {
        model,
        regions,
        later_in_function,
        later_scope,
        deferred,
    }
}

/// Where code written at `node` runs, when that is somewhere else: a named
/// helper runs in the tests and hooks that call it (`beforeEach(() =>
/// useTimers())`), a function in a `describe.each(table)`/`test.each(table)`
/// row in the suite or test the table parametrizes (`describe.each([['modern',
/// () => jest.useFakeTimers()]])('%s', (_, useTimers) => {...})`). Empty when
/// the code runs where it stands or its callers are unknown. A change made
/// there is undone when a teardown covers each of these (see [`cover`]).
pub fn run_sites<'t>(model: &Model<'t>, node: Node<'t>) -> Vec<Node<'t>> {
    let scope = model.scope_of(node);
    let owner = model.owner(scope);
    if model
        .ancestors(scope)
        .take_while(|&s| s != owner)
        .any(|s| model.scope(s).kind == ScopeKind::Function)
    {
        let owners = model.effective_owners(scope);
        if owners == [owner] {
            return Vec::new();
        }
        return owners.iter().map(|&o| model.scope(o).node).collect();
    }
    if model.lang.is_python() {
        return Vec::new();
    }
    for call in &model.calls {
        if !facts::segments(&call.path).any(|p| p == "each")
            || super::framework::js_call_role(&call.path).is_none()
        {
            continue;
        }
        let Some(table) = call
            .node
            .child_by_field_name("function")
            .filter(|f| f.kind() == "call_expression")
            .and_then(|f| f.child_by_field_name("arguments"))
        else {
            continue;
        };
        if crate::walk::encloses(table, node) {
            return call
                .args()
                .iter()
                .rev()
                .map(|a| a.value)
                .find(|&v| is_function_node(v))
                .into_iter()
                .collect();
        }
    }
    Vec::new()
}

/// Whether code at `node` itself runs as teardown: in an afterEach/afterAll/
/// tearDown hook, a `finally` block, after a fixture's `yield`, or in a
/// cleanup callback. Such code restores; it is not a change to report.
pub fn in_teardown(model: &Model, node: Node) -> bool {
    let scope = model.scope_of(node);
    if teardown_function_refs(model)
        .iter()
        .any(|f| node.start_byte() >= f.start_byte() && node.end_byte() <= f.end_byte())
    {
        return true;
    }
    // A teardown method by name (of a mixin or base class, too), or the
    // exit half of a context manager class (`__exit__` runs when its `with`
    // block ends).
    if model.lang.is_python()
        && model.ancestors(scope).any(|s| {
            let name = model.scope(s).name.as_str();
            is_teardown_name(model, name) || EXIT_METHODS.contains(&name)
        })
    {
        return true;
    }
    if in_context_manager_exit(model, node) {
        return true;
    }
    // A helper only ever called from teardown hooks.
    let owners = model.effective_owners(scope);
    if owners.iter().any(|&o| o != model.owner(scope))
        && owners
            .iter()
            .all(|&o| model.scope(o).hook_kind().is_some_and(|k| k.is_teardown()))
    {
        return true;
    }
    for s in model.ancestors(scope) {
        let sc = model.scope(s);
        match sc.kind {
            ScopeKind::Hook(kind) if kind.is_teardown() => return true,
            ScopeKind::Hook(_)
                if returned_cleanup(model, sc.node).is_some_and(|f| {
                    node.start_byte() >= f.start_byte() && node.end_byte() <= f.end_byte()
                }) =>
            {
                return true
            }
            ScopeKind::Fixture { yields: true, .. }
                if fixture_teardown_start(model, sc.node)
                    .is_some_and(|start| node.start_byte() >= start) =>
            {
                return true
            }
            _ => {}
        }
    }
    // Ancestors in the tree, innermost first and at most 201 of them: a
    // finally clause or a cleanup callback.
    let chain = crate::walk::ancestors(model.root, node);
    let parent_of = |i: usize| i.checked_sub(1).map(|j| chain[j]);
    for (i, &n) in chain.iter().enumerate().rev().take(201) {
        if n.kind() == "finally_clause" || is_disposer_member(model, n) {
            return true;
        }
        if is_function_node(n) {
            // A callback passed to a cleanup registrar.
            let call = parent_of(i)
                .filter(|p| p.kind() == "arguments" || p.kind() == "argument_list")
                .and_then(|_| parent_of(i - 1));
            if let Some(call) = call {
                if let Some(c) = model.calls.iter().find(|c| c.node.id() == call.id()) {
                    if is_cleanup_registrar(model, c) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Whether the change at `node` is undone by an enclosing `with` block or a
/// decorator on an enclosing function or class, as judged by `pred` on the
/// with-item / decorator text (`mock.patch.dict(os.environ, {...})`).
pub fn scoped_by(model: &Model, node: Node, pred: impl Fn(&str) -> bool) -> bool {
    if in_enter_of_context_manager(model, node) {
        return true;
    }
    let mut current = node.parent();
    let mut depth = 0;
    while let Some(n) = current {
        if depth > 200 {
            break;
        }
        if n.kind() == "with_statement" {
            let mut cursor = n.walk();
            let clause = n
                .named_children(&mut cursor)
                .find(|c| c.kind() == "with_clause");
            if clause.is_some_and(|c| pred(model.text(c))) {
                return true;
            }
        }
        if matches!(n.kind(), "function_definition" | "class_definition")
            && model.decorators(n).iter().any(|d| pred(d))
        {
            return true;
        }
        current = n.parent();
        depth += 1;
    }
    false
}

/// The exit methods of Python's context manager protocol.
const EXIT_METHODS: &[&str] = &["__exit__", "__aexit__"];

/// pytest plugin hooks that run when the session ends.
const PYTEST_END_HOOKS: &[&str] = &["pytest_unconfigure", "pytest_sessionfinish"];

/// Whether a Python function is a generator turned into a context manager
/// (`@contextmanager`, `@contextlib.asynccontextmanager`).
pub fn is_context_manager_function(model: &Model, func: Node) -> bool {
    model.lang.is_python()
        && func.kind() == "function_definition"
        && model
            .decorators(func)
            .iter()
            .any(|d| d.trim_end().ends_with("contextmanager"))
}

/// Whether `node` is in the exit half of a `@contextmanager` generator
/// (after its `yield`): code that runs when the `with` block ends and puts
/// back what the enter half changed.
pub fn in_context_manager_exit(model: &Model, node: Node) -> bool {
    model.lang.is_python()
        && model.ancestors(model.scope_of(node)).any(|s| {
            exit_half_start(model, model.scope(s).node).is_some_and(|y| node.start_byte() >= y)
        })
}

/// For a `@contextmanager` generator, where its exit half starts: after
/// the statement holding its first `yield`, the code that runs when the
/// `with` block ends (what `__exit__` is for a class).
fn exit_half_start(model: &Model, func: Node) -> Option<usize> {
    if !is_context_manager_function(model, func) {
        return None;
    }
    after_first_yield(func)
}

/// Whether a generator function (a fixture, a `@contextmanager`) yields
/// inside a `with` block whose items satisfy `pred` on their text (`with
/// mock.patch.dict(os.environ): yield`, `with isolated_environment():
/// yield`): whatever that block changes is undone when the generator
/// resumes after the `yield`.
pub fn yields_inside_with(model: &Model, func: Node, pred: impl Fn(&str) -> bool) -> bool {
    let Some(body) = func.field("body") else {
        return false;
    };
    let mut stack = vec![(body, false)];
    let mut budget = 4096;
    while let Some((n, guarded)) = stack.pop() {
        budget -= 1;
        if budget == 0 {
            return false;
        }
        match n.kind() {
            "yield" if guarded => return true,
            "function_definition" | "lambda" | "class_definition" => continue,
            _ => {}
        }
        let guards = n.kind() == "with_statement"
            && n.named_child(0)
                .filter(|c| c.kind() == "with_clause")
                .is_some_and(|c| pred(model.text(c)));
        let mut c = n.walk();
        for child in n.named_children(&mut c) {
            stack.push((child, guarded || guards));
        }
    }
    false
}

/// `with mock.patch.dict(os.environ, ...)`, `@patch.dict("os.environ")`,
/// `with modified_environ(...)`, `with isolated_environment()`: with-items
/// and decorators that put the environment back on exit. Also helpers
/// named for the job: `EnvironmentVarGuard()`, `modified_env(...)`,
/// `temp_environ(...)`.
pub fn patches_environ(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("environ") || t.contains("env(") || t.contains("envvar") || t.contains("env_var")
}

/// Whether `node` is in the `__enter__` of a class that also defines
/// `__exit__`: a context manager whose exit undoes what its enter did
/// (`class chdir: __enter__: os.chdir(p); __exit__: os.chdir(old)`).
fn in_enter_of_context_manager(model: &Model, node: Node) -> bool {
    context_manager_exit(model, node).is_some() || in_setter_of_context_manager(model, node)
}

/// Whether `node` is in a method that a context manager of the file calls
/// from its `__enter__` and again from its `__exit__` (`def set_tz(self, v)`
/// called as `self.set_tz(new)` on enter and `self.set_tz(old)` on exit):
/// the exit call puts back what the enter call changed.
fn in_setter_of_context_manager(model: &Model, node: Node) -> bool {
    if !model.lang.is_python() {
        return false;
    }
    let scope = model.scope_of(node);
    let Some(method) = model.ancestors(scope).find(|&s| {
        let sc = model.scope(s);
        sc.kind == ScopeKind::Function
            && sc
                .parent
                .is_some_and(|p| model.scope(p).kind == ScopeKind::Class)
    }) else {
        return false;
    };
    let name = model.scope(method).name.as_str();
    let called_from = |halves: &[&str]| {
        model.calls.iter().any(|c| {
            c.method() == name
                && c.receiver() == "self"
                && model
                    .ancestors(c.scope)
                    .any(|s| halves.contains(&model.scope(s).name.as_str()))
        })
    };
    !name.is_empty() && called_from(&["__enter__", "__aenter__"]) && called_from(EXIT_METHODS)
}

/// For `node` in the `__enter__` of a class that also defines `__exit__`
/// (or the async pair), that `__exit__` method's scope.
pub fn context_manager_exit(model: &Model, node: Node) -> Option<ScopeId> {
    if !model.lang.is_python() {
        return None;
    }
    let scope = model.scope_of(node);
    let enter = model
        .ancestors(scope)
        .find(|&s| matches!(model.scope(s).name.as_str(), "__enter__" | "__aenter__"))?;
    let class = model.scope(enter).parent?;
    (0..model.scopes.len()).find(|&s| {
        let sc = model.scope(s);
        sc.parent == Some(class) && EXIT_METHODS.contains(&sc.name.as_str())
    })
}

/// The scopes that effectively run the code at `scope`: for a named helper,
/// its callers; otherwise its owner. Convenience re-export for rules.
pub fn runners(model: &Model, scope: ScopeId) -> Vec<ScopeId> {
    model.effective_owners(scope)
}

/// Same-file functions passed by reference to a teardown hook or a cleanup
/// registrar: `afterEach(restoreEnv)`, `self.addCleanup(self._reset)`.
fn teardown_function_refs<'a, 't>(model: &'a Model<'t>) -> &'a [Node<'t>] {
    model
        .teardown_refs
        .get_or_init(|| find_teardown_function_refs(model))
}

fn find_teardown_function_refs<'t>(model: &Model<'t>) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    let calls = teardown_calls(model);
    // Both lists are in document order; a call in both is looked at once.
    let mut indices: Vec<usize> = calls
        .teardown_hooks
        .iter()
        .chain(&calls.registrars)
        .copied()
        .collect();
    indices.sort_unstable();
    indices.dedup();
    for call in indices.into_iter().map(|i| &model.calls[i]) {
        for arg in call.args().iter().filter(|a| a.name.is_none()) {
            let path = model.path_of(arg.value);
            let name = path
                .strip_prefix("self.")
                .or_else(|| path.strip_prefix("this."))
                .unwrap_or(&path);
            if let Some(&func) = model.functions.get(name) {
                out.push(func);
            }
        }
    }
    out
}

/// The calls of a file that [`cover`] weighs for every change, by index
/// into [`Model::calls`], sorted out once per file (with
/// [`Model::own_calls`]): each change used to take three passes over all
/// of the file's calls.
#[derive(Debug, Default)]
pub(crate) struct TeardownCalls {
    /// Cleanup registrars (`addCleanup`, `onTestFinished`, `t.after`...).
    registrars: Vec<usize>,
    /// JS teardown hooks (`afterEach`, `afterAll`...).
    teardown_hooks: Vec<usize>,
}

fn teardown_calls<'a>(model: &'a Model) -> &'a TeardownCalls {
    model.teardown_calls.get_or_init(|| {
        let mut out = TeardownCalls::default();
        for (i, call) in model.calls.iter().enumerate() {
            if is_cleanup_registrar(model, call) {
                out.registrars.push(i);
            }
            if !model.lang.is_python()
                && matches!(
                    super::framework::js_call_role(&call.path),
                    Some(super::framework::JsCallRole::Hook(k)) if k.is_teardown()
                )
            {
                out.teardown_hooks.push(i);
            }
        }
        out
    })
}

/// Where the after-the-test half of a unittest `run` override starts: the
/// end of its `super().run(...)` (`super(Cls, self).run(result)`) call.
/// `None` for a `run` that does not call the base class's (a task's or a
/// thread's own `run`).
fn unittest_run_after_super(model: &Model, func: Node) -> Option<usize> {
    if !model.lang.is_python() {
        return None;
    }
    model
        .calls
        .iter()
        .filter(|c| crate::walk::encloses(func, c.node) && c.method() == "run")
        .filter(|c| {
            c.callee.kind() == "attribute"
                && c.callee
                    .field("object")
                    .filter(|o| o.kind() == "call")
                    .and_then(|o| o.field("function"))
                    .is_some_and(|f| model.text(f) == "super")
        })
        .map(|c| c.node.end_byte())
        .min()
}

/// `tearDown`, `teardown_method`... by name (Python).
fn is_teardown_name(model: &Model, name: &str) -> bool {
    model.lang.is_python()
        && super::framework::unittest_hook(name)
            .or_else(|| super::framework::pytest_xunit_hook(name))
            .is_some_and(|k| k.is_teardown())
}

/// `self.addCleanup(setattr, obj, "name", saved)`: unittest's idiom for
/// putting an attribute back when the test (or, from `setUp`, every test)
/// ends. The attribute's name when `call` registers such a restore.
pub fn setattr_restored_name(model: &Model, call: &Call) -> Option<String> {
    if !model.lang.is_python() || !is_cleanup_registrar(model, call) {
        return None;
    }
    let restorer = call.positional(0)?;
    if model.text(restorer) != "setattr" {
        return None;
    }
    facts::plain_string(call.positional(2)?, model.src)
}

fn is_cleanup_registrar(model: &Model, call: &Call) -> bool {
    let method = call.method();
    if CLEANUP_REGISTRARS.contains(&method) {
        return true;
    }
    // node:test `t.after(() => ...)` / `t.afterEach` on the test context;
    // tap's and AVA's `t.teardown(...)`. `teardown` holds in a file read as
    // Mocha too: an AVA file with a `test.before(...)` hook is detected as
    // Mocha ([`super::framework::detect_js`]), and Mocha itself has no
    // `x.teardown(fn)` (its TDD `teardown(fn)` is a bare call).
    !model.lang.is_python()
        && !call.receiver().is_empty()
        && !call.receiver().contains('.')
        && (method == "teardown"
            || (matches!(method, "after" | "afterEach") && model.framework.key() != "mocha"))
}

/// Where a fixture's teardown starts: after the statement holding a pytest
/// fixture's first `yield`, or a `test.extend` fixture's first call of its
/// `use` parameter (`async ({ page }, use, testInfo) => { ...; await
/// use(value); ... }`, [`super::framework::extend_fixtures`]): that code
/// runs when the tests using the fixture are done.
fn fixture_teardown_start(model: &Model, func: Node) -> Option<usize> {
    if model.lang.is_python() {
        return after_first_yield(func);
    }
    let second = func.field("parameters")?.named_child(1)?;
    // TypeScript wraps each parameter (`required_parameter`, its `pattern`).
    let use_param = model.text(second.field("pattern").unwrap_or(second));
    let body = func.field("body")?;
    // The first `use(...)` call in the body, then the statement holding it
    // (one pass over the calls, not one per statement).
    let first_use = model
        .calls
        .iter()
        .filter(|c| c.path == use_param && crate::walk::encloses(body, c.node))
        .map(|c| c.node.start_byte())
        .min()?;
    let mut cursor = body.walk();
    let stmt = body
        .named_children(&mut cursor)
        .find(|stmt| stmt.start_byte() <= first_use && first_use < stmt.end_byte())?;
    Some(stmt.end_byte())
}

/// The cleanup function a Vitest `beforeEach`/`beforeAll` callback returns
/// (`beforeEach(() => { vi.useFakeTimers(); return () => vi.useRealTimers() })`,
/// or `() => () => ...`): Vitest runs it as the matching `afterEach`/`afterAll`.
/// Only a `return` among the callback's own statements; other runners ignore
/// the returned value.
fn returned_cleanup<'t>(model: &Model<'t>, callback: Node<'t>) -> Option<Node<'t>> {
    if model.framework != super::framework::Framework::Vitest || !is_function_node(callback) {
        return None;
    }
    let body = callback.child_by_field_name("body")?;
    if is_function_node(body) {
        return Some(body);
    }
    if body.kind() != "statement_block" {
        return None;
    }
    crate::walk::named_children_list(body)
        .into_iter()
        .filter(|n| n.kind() == "return_statement")
        .find_map(|r| r.named_child(0).filter(|&v| is_function_node(v)))
}

/// The disposers of the `using` / `await using` declarations that dispose
/// of something when the block holding a change at `node` ends (TypeScript
/// 5.2 / JS explicit resource management): the `[Symbol.dispose]()` /
/// `[Symbol.asyncDispose]()` methods of the objects they bind, which run at
/// block end, on a throw too, as a `finally` does. A declaration counts
/// when its block holds `node` with no function between (the same run of
/// code), or, for `node` a whole function (a [`run_sites`] site), when it is
/// among that function's own statements. The bound object is an object
/// literal, or what a same-file helper called there returns (`using _ =
/// fakeClock()`, one level), or a same-file class instantiated there.
///
/// tree-sitter-javascript parses `using x = v;` as a `using_declaration`;
/// tree-sitter-typescript 0.23 has no such node and reads it as an
/// `assignment_expression` whose first child is an anonymous `using`, and
/// `await using x = v` as an `await_expression` around that assignment.
fn using_disposers<'t>(model: &Model<'t>, home: Node<'t>, node: Node<'t>) -> Vec<Node<'t>> {
    if model.lang.is_python()
        || !(model.src.contains("Symbol.dispose") || model.src.contains("Symbol.asyncDispose"))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for decl in
        crate::walk::descendants_of_kinds(home, &["using_declaration", "assignment_expression"])
    {
        let values: Vec<Node> = if decl.kind() == "using_declaration" {
            crate::walk::named_children_list(decl)
                .into_iter()
                .filter(|d| d.kind() == "variable_declarator")
                .filter_map(|d| d.field("value"))
                .collect()
        } else if decl.child(0).is_some_and(|c| c.kind() == "using") {
            decl.field("right").into_iter().collect()
        } else {
            continue;
        };
        // The statement list the declaration is in: its block.
        let mut stmt = decl;
        while let Some(p) = stmt.parent() {
            if matches!(
                p.kind(),
                "statement_block" | "program" | "switch_case" | "switch_default"
            ) {
                break;
            }
            stmt = p;
        }
        let Some(block) = stmt.parent() else {
            continue;
        };
        let applies = if node.id() == home.id() {
            nearest_function(block).is_some_and(|f| f.id() == home.id())
        } else {
            crate::walk::encloses(block, node)
                && nearest_function(node).map(|f| f.id()) == nearest_function(block).map(|f| f.id())
        };
        if !applies {
            continue;
        }
        for value in values {
            disposers_of_value(model, value, &mut out);
        }
    }
    out
}

/// The innermost function around `node`, `node` itself included (depth-capped).
fn nearest_function(node: Node) -> Option<Node> {
    let mut current = Some(node);
    let mut depth = 0;
    while let Some(n) = current {
        if depth > 200 {
            return None;
        }
        if kinds::is_js_function(n.kind()) || n.kind() == "lambda" {
            return Some(n);
        }
        current = n.parent();
        depth += 1;
    }
    None
}

/// The disposer methods of the value a `using` binds: an object literal's,
/// those of the object literals a same-file helper called there returns,
/// or those of a same-file class instantiated there.
fn disposers_of_value<'t>(model: &Model<'t>, value: Node<'t>, out: &mut Vec<Node<'t>>) {
    let mut value = value;
    while matches!(
        value.kind(),
        "await_expression" | "parenthesized_expression"
    ) {
        let Some(inner) = value.named_child(0) else {
            return;
        };
        value = inner;
    }
    match value.kind() {
        "object" => out.extend(object_disposers(model, value)),
        "call_expression" => {
            let Some(callee) = value.field("function").filter(|f| f.kind() == "identifier") else {
                return;
            };
            let Some(&func) = model.functions.get(model.text(callee)) else {
                return;
            };
            let Some(body) = func.field("body") else {
                return;
            };
            let returned = if body.kind() == "statement_block" {
                super::values::returned_expressions(body)
            } else {
                vec![body]
            };
            for mut r in returned {
                while r.kind() == "parenthesized_expression" {
                    match r.named_child(0) {
                        Some(inner) => r = inner,
                        None => break,
                    }
                }
                if r.kind() == "object" {
                    out.extend(object_disposers(model, r));
                }
            }
        }
        "new_expression" => {
            let Some(name) = value
                .field("constructor")
                .filter(|c| c.kind() == "identifier")
            else {
                return;
            };
            let name = model.text(name);
            for class in
                crate::walk::descendants_of_kinds(model.root, &["class_declaration", "class"])
            {
                if class.field("name").is_some_and(|n| model.text(n) == name) {
                    if let Some(body) = class.field("body") {
                        out.extend(object_disposers(model, body));
                    }
                }
            }
        }
        _ => {}
    }
}

/// The `[Symbol.dispose]` / `[Symbol.asyncDispose]` methods (or function
/// values) among an object literal's or a class body's members.
fn object_disposers<'t>(model: &Model<'t>, object: Node<'t>) -> Vec<Node<'t>> {
    crate::walk::named_children_list(object)
        .into_iter()
        .filter(|&member| is_disposer_member(model, member))
        .filter_map(|member| match member.kind() {
            "pair" => member.field("value").filter(|&v| is_function_node(v)),
            _ => Some(member),
        })
        .collect()
}

/// Whether `member` is an object or class member keyed `[Symbol.dispose]`
/// or `[Symbol.asyncDispose]`: a method that runs when a `using` binding of
/// the object goes out of scope, so code in it is a restore.
fn is_disposer_member(model: &Model, member: Node) -> bool {
    let key = match member.kind() {
        "method_definition" => member.field("name"),
        "pair" => member.field("key"),
        "field_definition" | "public_field_definition" => {
            member.field("property").or_else(|| member.field("name"))
        }
        _ => None,
    };
    key.filter(|k| k.kind() == "computed_property_name")
        .and_then(|k| k.named_child(0))
        .is_some_and(|k| matches!(model.text(k), "Symbol.dispose" | "Symbol.asyncDispose"))
}

fn is_function_node(n: Node) -> bool {
    kinds::is_js_function_value(n.kind()) || n.kind() == "lambda"
}

/// Where a generator fixture's teardown starts: after the statement holding
/// its first `yield`.
pub fn after_first_yield(func: Node) -> Option<usize> {
    first_yield(func).map(|stmt| stmt.end_byte())
}

/// The first `yield` in a function body, outside nested functions.
fn first_yield(func: Node) -> Option<Node> {
    let body = func.field("body")?;
    let mut stack = vec![body];
    let mut best: Option<Node> = None;
    while let Some(n) = stack.pop() {
        if n.kind() == "yield" {
            if best.is_none_or(|b| n.start_byte() < b.start_byte()) {
                best = Some(n);
            }
            continue;
        }
        if matches!(n.kind(), "function_definition" | "lambda") {
            continue;
        }
        crate::walk::named_children(n, &mut stack);
    }
    // Teardown starts after the statement holding the yield
    // (`value = yield x` included).
    let y = best?;
    let mut stmt = y;
    while let Some(p) = stmt.parent() {
        if p.id() == body.id() || p.kind() == "block" {
            break;
        }
        stmt = p;
    }
    Some(stmt)
}

//! `env-mutation`: a test changes the process environment or working
//! directory and does not restore it, so tests that run later in the same
//! worker (in whatever order) see the change.
//!
//! Flagged (at the mutating expression or call): `process.env.X = ...`,
//! `process.env['X'] = ...`, `delete process.env.X`,
//! `Object.assign(process.env, ...)`, `process.chdir(...)`, `vi.stubEnv`
//! without `unstubAllEnvs`, Python `os.environ[...] = ...`,
//! `os.environ.update(...)` (or `os.environ |= {...}`),
//! `os.environ.setdefault(...)` (not in
//! conftest), `os.environ.pop(...)`, `del os.environ[...]`, `os.putenv`,
//! `os.chdir(...)` — in a test, a hook, a helper, or at the top level of a
//! test module, unless a matching restore runs at teardown (see
//! `model::teardown`): the same key assigned back or deleted, the whole
//! environment replaced (`process.env = OLD_ENV`,
//! `os.environ.clear(); os.environ.update(saved)`), `chdir` back. That
//! `clear()` right before the `update(saved)` is the restore's first half,
//! not a change of its own, wherever it runs.
//!
//! Not flagged: `monkeypatch.setenv/chdir`, `mock.patch.dict(os.environ)`
//! as a `with` block or decorator, or started (`setUp`, the test) and
//! stopped in teardown (`p.stop()`, `addCleanup(p.stop)`,
//! `patch.stopall()`), a fixture that yields inside such a
//! `with` (`with isolated_environment(): yield`), the enter half of a
//! `@contextmanager` whose exit half puts the change back, top-level
//! changes in `conftest.py` or a config-named setup file and its session-
//! wide or autouse fixtures (the suite's intended global set-up), or in a
//! file under the test directories that defines no test, hook or fixture
//! (a support module tests load, a script they spawn: no test module), and
//! anything in a `globalSetup` module.

use super::{fixes, word, Rule, RuleContext, SharedThrough, Triggers};
use crate::finding::{Applicability, Edit};
use crate::model::facts::{self, plain_string, Call};
use crate::model::framework::Framework;
use crate::model::kinds::{self, FieldByName};
use crate::model::scope::{FixtureScope, ScopeId, ScopeKind};
use crate::model::teardown::{self, Action};
use crate::model::{FileRole, Model};
use tree_sitter::Node;

pub struct EnvMutation;

/// Whether a Python path names the process environment: `os.environ`, or
/// a bare `environ` where the file imports it from `os` (elsewhere a bare
/// `environ` is a local mapping, most often a WSGI environ dict), or
/// `o.environ` under `import os as o`, or the local name of `from os
/// import environ as env`.
fn is_py_environ(model: &Model, path: &str) -> bool {
    path == "os.environ"
        || (path == "environ" && imports_environ_from_os(model.src))
        || (!path.contains('.') && model.py_from_import(path) == Some("os.environ"))
        || (path.ends_with("environ") && model.py_qualified(path).as_deref() == Some("os.environ"))
}

/// `from os import environ`, `from os import (getenv, environ)`.
fn imports_environ_from_os(src: &str) -> bool {
    src.match_indices("from os import").any(|(at, pattern)| {
        let rest = &src[at + pattern.len()..];
        let rest = rest.trim_start_matches([' ', '\t']);
        let end = if rest.starts_with('(') {
            rest.find(')')
        } else {
            rest.find('\n')
        }
        .unwrap_or(rest.len());
        rest[..end]
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|w| w == "environ")
    })
}

/// What a mutation changes: one key, the whole environment, or the cwd.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    /// An environment key; `None` when it is computed.
    Key(Option<String>),
    /// Several keys at once (`Object.assign`, `update`), with the keys
    /// when they are written out (`{ A: '1' }`, `update(A="1")`); empty
    /// when unknown.
    Env(Vec<String>),
    Cwd,
}

impl Rule for EnvMutation {
    fn id(&self) -> &'static str {
        "env-mutation"
    }

    fn triggers(&self) -> Triggers {
        const TRIGGERS: Triggers = Triggers {
            javascript: &[word("env"), word("chdir"), word("stubEnv"), word("shelljs")],
            python: &[
                word("environ"),
                word("putenv"),
                word("unsetenv"),
                word("chdir"),
            ],
            in_hooks: false,
            shared_state: false,
        };
        TRIGGERS
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Process
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        if model.role == FileRole::GlobalSetup {
            return;
        }
        // A file under the test directories that is no test module: its
        // name is no test file's (`test/support/env.js`, a fixture's
        // `webpack.config.js`, `test/helpers/exec-in-directory.js`) and it
        // defines no test, suite, hook or fixture. Its top level runs once
        // when a test file loads it (a Mocha `--require` file, a config the
        // tests read), or in a process of its own (a script the tests
        // spawn, a script-style test run one file per process).
        let support_module = model.role == FileRole::Test
            && !cx
                .path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(crate::discover::named_as_test_module)
            && !model.defines_tests();
        // (change, what it changes, its name, whether it removes a key)
        let mut found: Vec<(Node<'t>, Target, String, bool)> = Vec::new();
        let py = model.lang.is_python();
        for a in &model.assigns {
            if a.kind.is_declaration() {
                continue;
            }
            if let Some(key) = env_key(model, a.target, py) {
                found.push((
                    a.node,
                    Target::Key(key.clone()),
                    describe_key(py, key),
                    false,
                ));
            } else if !py && a.target_path == "process.env" {
                found.push((a.node, Target::Env(Vec::new()), "process.env".into(), false));
            } else if py
                && a.kind == facts::AssignKind::Augmented
                && is_py_environ(model, &a.target_path)
            {
                // `os.environ |= {"A": "1"}`: the in-place merge is `update`.
                let what = format!("{} |=", a.target_path);
                found.push((a.node, Target::Env(Vec::new()), what, false));
            }
        }
        for u in &model.updates {
            if !u.is_delete {
                continue;
            }
            if let Some(key) = env_key(model, u.target, py) {
                found.push((
                    u.node,
                    Target::Key(key.clone()),
                    describe_key(py, key),
                    true,
                ));
            }
        }
        for call in &model.calls {
            if let Some((target, what)) = mutating_call(model, call) {
                // Under pyfakefs `os.chdir` moves in the fake file system,
                // whose working directory goes away with it.
                if target == Target::Cwd && model.on_fake_fs(call) {
                    continue;
                }
                let removes = matches!(call.method(), "pop" | "__delitem__" | "unsetenv");
                found.push((call.node, target, what, removes));
            }
        }
        found.sort_by_key(|(n, ..)| n.start_byte());

        for (i, (node, target, what, removes)) in found.iter().enumerate() {
            let (node, removes) = (*node, *removes);
            // `environ["X"] = "1"; ...; del environ["X"]` in one function:
            // the removal is the restore half of the pair (the set is
            // weighed on its own, and that removal covers it).
            let restores_earlier_set = removes
                && matches!(target, Target::Key(_))
                && found[..i].iter().any(|(earlier, t, _, r)| {
                    !r && t == target && model.scope_of(*earlier) == model.scope_of(node)
                });
            // `os.environ.clear()` right before `os.environ.update(saved)`
            // (a copy taken from the environment) is the first half of
            // putting the saved environment back, not a change of its own.
            let clears_for_restore = py
                && matches!(target, Target::Env(_))
                && what.ends_with(".clear()")
                && found.get(i + 1).is_some_and(|(next, t, w, _)| {
                    matches!(t, Target::Env(_))
                        && w.ends_with(".update()")
                        && model.scope_of(*next) == model.scope_of(node)
                        && writes_back_saved(model, *next, t)
                });
            if restores_earlier_set
                || clears_for_restore
                || !runs_in_tests(model, node, support_module)
                || teardown::in_teardown(model, node)
                || writes_back_saved(model, node, target)
            {
                continue;
            }
            // A `with`/decorator scope undoes only what it manages:
            // `mock.patch.dict(os.environ)` puts the environment back, not
            // the working directory, and `with chdir(...)` the reverse.
            let scoped = match target {
                Target::Cwd => teardown::scoped_by(model, node, switches_cwd),
                _ => teardown::scoped_by(model, node, teardown::patches_environ),
            };
            if py && scoped {
                continue;
            }
            if py && model.expected_to_raise(node) {
                continue;
            }
            let stub = what.starts_with("vi.stubEnv") || what.starts_with("jest.replaceProperty");
            let target = target.clone();
            if stub && model.project.unstub_envs {
                continue;
            }
            // A directory change inside a directory that a `with` block or
            // a fixture switched for the test, or after the test's own
            // `monkeypatch.chdir` (which puts back the directory it found),
            // is undone when that ends.
            // So is one made under a `conftest.py` fixture that changes back
            // to the directory it saved (`previous = os.getcwd(); yield;
            // os.chdir(previous)`).
            if target == Target::Cwd
                && (model.in_cwd_switched_around_test(node)
                    || after_monkeypatch_chdir(model, node)
                    || model.inherited_fixture(node, |f| f.restores_cwd))
            {
                continue;
            }
            // A `conftest.py` fixture the test uses puts the environment back,
            // or a same-file one yields inside a `with` that does.
            if target != Target::Cwd
                && (model.inherited_fixture(node, |f| f.restores_environ)
                    || in_fixture_restoring_environ(model, node))
            {
                continue;
            }
            // `monkeypatch.delenv("X")` / `setenv("X", ...)` earlier in the
            // test: monkeypatch puts key X back as it found it, whatever
            // was written to it since.
            if let Target::Key(Some(key)) = &target {
                if py && monkeypatch_owns_key(model, node, key) {
                    continue;
                }
            }
            let restored_by =
                |cover: teardown::Cover| cover.any(|act| restores(model, act, &target, stub, node));
            // Made in a helper or a `describe.each` row: undone when the
            // teardown of every test, hook or suite it runs in undoes it.
            let sites = teardown::run_sites(model, node);
            let restored = restored_by(teardown::cover(model, node))
                || (!sites.is_empty()
                    && sites
                        .iter()
                        .all(|&site| restored_by(teardown::cover(model, site))));
            if !restored {
                let message = match target {
                    Target::Cwd => format!("`{what}` changes the working directory for the whole worker and is not undone in teardown"),
                    _ => format!("`{what}` changes the environment for the whole worker and is not restored in teardown"),
                };
                let fix = if py {
                    monkeypatch_edits(cx, node).map(|e| ("Use pytest's `monkeypatch`", e))
                } else {
                    vitest_stub_edits(cx, node)
                        .map(|e| ("Use `vi.stubEnv` and `vi.unstubAllEnvs`", e))
                };
                let finding = cx.report(node, message);
                if let Some((title, edits)) = fix {
                    finding.with_fix(title, Applicability::Safe, edits);
                }
            }
        }
    }
}

/// Whether `call` is `tmpdir.chdir()` on the `tmpdir` fixture the function
/// it runs in requests (not a local that happens to share the name).
fn is_tmpdir_fixture_chdir(model: &Model, call: &Call) -> bool {
    crate::model::cwd::is_tmpdir_chdir(call)
        && model
            .pytest_fixture_taker(call.node)
            .is_some_and(|scope| scope.params.iter().any(|p| p == "tmpdir"))
}

/// The fix for a pytest test or function-scoped fixture that changes the
/// environment or the working directory in a statement of its own: the
/// same change through `monkeypatch`, which undoes it when the test ends
/// (`os.environ["X"] = v` → `monkeypatch.setenv("X", v)`, `del
/// os.environ["X"]` → `monkeypatch.delenv("X")`, which raises as `del`
/// does, `os.chdir(p)` → `monkeypatch.chdir(p)`), with `monkeypatch`
/// added to the parameters. The test sees the same environment; only what
/// later tests inherit changes. None for other shapes (`update`, `pop`,
/// `putenv`, whose `monkeypatch` counterparts differ) and where the
/// function cannot request the fixture (a `unittest` method, a broader
/// fixture, module level).
fn monkeypatch_edits(cx: &RuleContext, node: Node) -> Option<Vec<Edit>> {
    let model = cx.model;
    let scope = model.pytest_fixture_taker(node)?;
    let environ_key = |subscript: Node| {
        let value = subscript.field("value")?;
        let key = subscript.field("subscript")?;
        (subscript.kind() == "subscript"
            && is_py_environ(model, model.text(value))
            && subscript.named_child_count() == 2)
            .then(|| model.text(key))
    };
    let (range, content) = match node.kind() {
        "assignment" => {
            node.parent()
                .filter(|p| p.kind() == "expression_statement")?;
            let key = environ_key(node.field("left")?)?;
            let value = node.field("right")?;
            if node.field("type").is_some() || value.kind() == "assignment" {
                return None;
            }
            (
                node.byte_range(),
                format!("monkeypatch.setenv({key}, {})", model.text(value)),
            )
        }
        "delete_statement" => {
            let key = environ_key(
                node.named_child(0)
                    .filter(|_| node.named_child_count() == 1)?,
            )?;
            (node.byte_range(), format!("monkeypatch.delenv({key})"))
        }
        "call" => {
            node.parent()
                .filter(|p| p.kind() == "expression_statement")?;
            let function = node.field("function")?;
            let callee = model.text(function);
            if callee == "tmpdir.chdir" {
                // py.path's `tmpdir.chdir()` → `monkeypatch.chdir(tmpdir)`.
                (node.byte_range(), "monkeypatch.chdir(tmpdir)".to_string())
            } else {
                let qualified = model.py_qualified(callee);
                if qualified.as_deref().unwrap_or(callee) != "os.chdir" {
                    return None;
                }
                (function.byte_range(), "monkeypatch.chdir".to_string())
            }
        }
        _ => return None,
    };
    let mut edits = vec![cx.edit(range.start, range.end, content)];
    edits.extend(cx.request_fixture(scope, "monkeypatch")?);
    Some(edits)
}

/// The fix for a Vitest test, hook or top-level statement that sets an
/// environment key to a string: `vi.stubEnv('X', v)`, which
/// `vi.unstubAllEnvs()` undoes, called in a teardown hook added next to it
/// (see [`fixes::teardown_edits`]) unless the Vitest config unstubs after
/// every test (`unstubEnvs: true`); `vi` is imported where the file imports
/// from `vitest`. Only a string or template literal value: `stubEnv` takes
/// strings, where `process.env` would have converted anything else.
fn vitest_stub_edits(cx: &RuleContext, node: Node) -> Option<Vec<Edit>> {
    let model = cx.model;
    if model.framework != Framework::Vitest || node.kind() != "assignment_expression" {
        return None;
    }
    node.parent()
        .filter(|p| p.kind() == "expression_statement")?;
    let (left, right) = (node.field("left")?, node.field("right")?);
    if !matches!(right.kind(), "string" | "template_string") {
        return None;
    }
    let on_env = |object: Node| model.text(object) == "process.env";
    let key = match left.kind() {
        "member_expression" if on_env(left.field("object")?) => {
            let quote = match model.text(right).as_bytes().first() {
                Some(b'"') => '"',
                _ => '\'',
            };
            format!("{quote}{}{quote}", model.text(left.field("property")?))
        }
        "subscript_expression" if on_env(left.field("object")?) => {
            let index = left.field("index")?;
            if index.kind() != "string" {
                return None;
            }
            model.text(index).to_string()
        }
        _ => return None,
    };
    let stub = format!("vi.stubEnv({key}, {})", model.text(right));
    let mut edits = vec![cx.edit(node.start_byte(), node.end_byte(), stub)];
    if model.project.unstub_envs {
        edits.extend(fixes::runner_import_edit(cx, &["vi"])?);
    } else {
        edits.extend(fixes::teardown_edits(
            cx,
            node,
            "vi.unstubAllEnvs()",
            &["vi"],
        )?);
    }
    Some(edits)
}

/// Whether a same-file fixture that applies where `node` runs (requested,
/// through another fixture, `usefixtures`, autouse), or the fixture making
/// the change itself, yields inside a `with` block that puts the
/// environment back (`with isolated_environment(): yield`).
fn in_fixture_restoring_environ(model: &Model, node: Node) -> bool {
    if !model.lang.is_python() {
        return false;
    }
    let owner = model.owner(model.scope_of(node));
    model.scopes.iter().enumerate().any(|(f, s)| {
        s.is_fixture()
            && (f == owner || model.uses_fixture(owner, f))
            && teardown::yields_inside_with(model, s.node, teardown::patches_environ)
    })
}

/// Whether the function making the change told monkeypatch about `key`
/// before it (`monkeypatch.setenv(key, ...)`, `monkeypatch.delenv(key)`).
fn monkeypatch_owns_key(model: &Model, node: Node, key: &str) -> bool {
    monkeypatch_call_before(model, node, |c| {
        matches!(c.method(), "setenv" | "delenv")
            && is_monkeypatch(model, c.receiver())
            && c.positional(0)
                .and_then(|k| plain_string(k, model.src))
                .is_some_and(|k| k == key)
    })
}

/// Whether `receiver` is pytest's monkeypatch: the fixture, or the name a
/// `with monkeypatch.context() as m:` block (also `pytest.MonkeyPatch.
/// context()`) binds, which undoes its changes when the block ends.
fn is_monkeypatch(model: &Model, receiver: &str) -> bool {
    if receiver == "monkeypatch" {
        return true;
    }
    if receiver.is_empty() || !receiver.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return false;
    }
    [".context() as ", "MonkeyPatch.context() as "]
        .iter()
        .any(|how| {
            model
                .src
                .match_indices(&format!("{how}{receiver}"))
                .any(|(at, m)| {
                    let after = model.src[at + m.len()..].chars().next();
                    let before = &model.src[..at];
                    after.is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
                        && (how.starts_with("MonkeyPatch") || before.ends_with("monkeypatch"))
                })
        })
}

/// Whether the function making the change called `monkeypatch.chdir`
/// before it: pytest's monkeypatch restores the working directory it saw
/// first, undoing every later `chdir` as well.
fn after_monkeypatch_chdir(model: &Model, node: Node) -> bool {
    monkeypatch_call_before(model, node, |c| c.path == "monkeypatch.chdir")
}

/// Whether a call satisfying `pred` comes before `node` in its function,
/// or, for a change inside a function nested in a test, hook or fixture (a
/// click callback defined in the test), before it in an enclosing function
/// up to that owner: the nested function can only run after its `def`,
/// so after the owner's earlier statements.
fn monkeypatch_call_before(model: &Model, node: Node, pred: impl Fn(&Call) -> bool) -> bool {
    let scope = model.scope_of(node);
    let owner = model.owner(scope);
    let owner_runs = matches!(
        model.scope(owner).kind,
        ScopeKind::Test { .. } | ScopeKind::Hook(_) | ScopeKind::Fixture { .. }
    );
    let enclosing: Vec<_> = if owner_runs {
        let mut chain: Vec<_> = model.ancestors(scope).take_while(|&s| s != owner).collect();
        chain.push(owner);
        chain
    } else {
        vec![scope]
    };
    model.calls.iter().any(|c| {
        c.node.start_byte() < node.start_byte()
            && enclosing.contains(&model.scope_of(c.node))
            && pred(c)
    })
}

/// Whether code at `node` runs as part of the suite: in a test, hook or
/// fixture (directly or through a helper), or at the top level of a test
/// module. Top-level code of conftest/setup files, their plain functions
/// (pytest hooks such as `pytest_configure`) and session-wide or autouse
/// conftest fixtures are the suite's intended global set-up.
fn runs_in_tests(model: &Model, node: Node, support_module: bool) -> bool {
    let scope = model.scope_of(node);
    let owners = model.effective_owners(scope);
    let global_setup_file = matches!(model.role, FileRole::Conftest | FileRole::SetupFile);
    owners.iter().any(|&o| {
        let kind = &model.scope(o).kind;
        match kind {
            ScopeKind::Test { .. } | ScopeKind::Hook(_) => true,
            // A `conftest.py` fixture that runs once per worker (session,
            // package), or before every test below it (autouse): the same
            // change for every test there, the suite's global set-up.
            ScopeKind::Fixture { scope, .. } => {
                !(model.role == FileRole::Conftest
                    && (matches!(scope, FixtureScope::Session | FixtureScope::Package)
                        || model.is_autouse_fixture(model.scope(o).node)))
            }
            _ => {
                if global_setup_file {
                    return false;
                }
                // The top level of a support module (see `check`) runs
                // once when a test file loads it, or in a process of its
                // own: the suite's set-up, as in a setup file.
                if support_module && runs_on_load(node) {
                    return false;
                }
                // Code in a helper nobody in the file calls, or at the
                // module/suite/class level of a test file.
                true
            }
        }
    })
}

/// Whether `node` runs when its module is loaded: it sits in no function
/// (a helper, a method, a callback), only in module- or class-level code.
fn runs_on_load(node: Node) -> bool {
    let mut current = node.parent();
    while let Some(n) = current {
        if kinds::is_function(n.kind()) {
            return false;
        }
        current = n.parent();
    }
    true
}

/// Whether the change puts back a value saved from the environment or the
/// cwd (`os.chdir(saved)` with `saved = os.getcwd()`, `process.env.A =
/// old` with `old = process.env.A`): the restore half of a pair. A value
/// saved from another key (`url = process.env.TEST_DATABASE_URL` written to
/// `process.env.DATABASE_URL`) is a new value for this key, not its own.
fn writes_back_saved<'t>(model: &Model<'t>, node: Node<'t>, target: &Target) -> bool {
    let value = if let Some(a) = model.assigns.iter().find(|a| a.node.id() == node.id()) {
        a.value
    } else if let Some(c) = model.calls.iter().find(|c| c.node.id() == node.id()) {
        // `Reflect.set(process.env, key, value)`: the value is the third.
        match c.path.starts_with("Reflect.") {
            true => c.positional(2),
            false => c.positional(0),
        }
    } else {
        None
    };
    let written = match target {
        Target::Key(Some(key)) => Some(key.as_str()),
        _ => None,
    };
    // `process.env = { ...saved }`: a fresh copy of the saved environment
    // is put back as much as `process.env = saved` is.
    let value = value.map(|v| match v.kind() {
        "object" if v.named_child_count() == 1 => match v.named_child(0) {
            Some(only) if only.kind() == "spread_element" => only.named_child(0).unwrap_or(v),
            _ => v,
        },
        _ => v,
    });
    // `os.environ["PATH"] = self.original_env["PATH"]` with `self.original_env
    // = os.environ.copy()`: the same key read back out of a saved copy of the
    // whole environment.
    let value = value.map(|v| match v.kind() {
        "subscript"
            if written.is_some()
                && v.field("subscript")
                    .and_then(|k| plain_string(k, model.src))
                    .as_deref()
                    == written =>
        {
            v.field("value").unwrap_or(v)
        }
        _ => v,
    });
    value.is_some_and(|value| {
        teardown::writes_back_saved(model, node, value, |saving| {
            saving.value.is_some_and(|v| {
                let t = model.text(v);
                let saves = t.contains("getcwd")
                    || t.contains("cwd()")
                    || t.contains("environ")
                    || t.contains("getenv")
                    || t.contains("process.env");
                saves && !matches!((written, env_key_read(t)), (Some(w), Some(r)) if w != r)
            })
        })
    })
}

/// The environment key an expression reads first (`process.env.A`,
/// `process.env['A']`, `os.environ["A"]`, `os.environ.get("A")`,
/// `os.getenv("A")`), when it names one.
fn env_key_read(text: &str) -> Option<String> {
    const READS: [&str; 5] = [
        "process.env.",
        "process.env[",
        "environ[",
        "environ.get(",
        "getenv(",
    ];
    let (at, read) = READS
        .iter()
        .filter_map(|r| text.find(r).map(|i| (i, *r)))
        .min_by_key(|(i, _)| *i)?;
    let rest = text[at + read.len()..].trim_start();
    if read == "process.env." {
        let key: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
            .collect();
        return (!key.is_empty()).then_some(key);
    }
    let quote = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"' | '`'))?;
    let body = &rest[1..];
    let end = body.find(quote)?;
    Some(body[..end].to_string())
}

/// For an assignment/delete target, the environment key it writes
/// (`Some(None)` for a computed key), or `None` when it is not the
/// environment.
fn env_key(model: &Model, target: Node, py: bool) -> Option<Option<String>> {
    let mut path = model.path_of(target);
    // `import { env } from 'node:process'`: `env.X` is `process.env.X`.
    if !py {
        if let Some((first, rest)) = path.split_once('.') {
            if let Some(member) = model.js_process_member(first) {
                path = format!("{member}.{rest}");
            }
        }
    }
    if py {
        let object = target.field("value")?;
        if target.kind() != "subscript" || !is_py_environ(model, &model.path_of(object)) {
            return None;
        }
        let key = target
            .field("subscript")
            .and_then(|k| plain_string(k, model.src));
        return Some(key);
    }
    if let Some(name) = path.strip_prefix("process.env.") {
        if name == "[]" {
            let key = target
                .field("index")
                .and_then(|k| plain_string(k, model.src));
            return Some(key);
        }
        if !name.contains('.') {
            return Some(Some(name.to_string()));
        }
    }
    None
}

fn describe_key(py: bool, key: Option<String>) -> String {
    match (py, key) {
        (true, Some(k)) => format!("os.environ[\"{k}\"]"),
        (true, None) => "os.environ[...]".into(),
        (false, Some(k)) => format!("process.env.{k}"),
        (false, None) => "process.env[...]".into(),
    }
}

/// A call that mutates the environment or cwd, what it changes and how to
/// name it.
fn mutating_call(model: &Model, call: &Call) -> Option<(Target, String)> {
    let path = &*call.path;
    let key_arg = |i: usize| call.positional(i).and_then(|k| plain_string(k, model.src));
    if model.lang.is_python() {
        let (recv, method) = (call.receiver(), call.method());
        if is_py_environ(model, recv) {
            return match method {
                "update" | "clear" => {
                    Some((Target::Env(literal_keys(model, call)), format!("{path}()")))
                }
                "setdefault" if model.role != FileRole::Conftest => Some((
                    Target::Key(key_arg(0)),
                    format!("{path}({})", quoted(key_arg(0))),
                )),
                "pop" | "__setitem__" | "__delitem__" => Some((
                    Target::Key(key_arg(0)),
                    format!("{path}({})", quoted(key_arg(0))),
                )),
                _ => None,
            };
        }
        // py.path: `tmpdir.chdir()` moves the worker into the test's
        // directory, which pytest deletes later.
        if is_tmpdir_fixture_chdir(model, call) {
            return Some((Target::Cwd, format!("{path}()")));
        }
        // `from os import chdir, putenv` / `import os as o`: the same calls
        // under the names the file binds (`from os import putenv as setenv`).
        let qualified = match facts::last_segment(path) {
            "putenv" | "unsetenv" | "chdir" if !path.starts_with("os.") => model.py_qualified(path),
            _ if !path.contains('.') => model.py_unaliased(path),
            _ => None,
        };
        let path = qualified.as_deref().unwrap_or(path);
        return match path {
            "os.putenv" | "os.unsetenv" => Some((
                Target::Key(key_arg(0)),
                format!("{path}({})", quoted(key_arg(0))),
            )),
            // A bare `chdir` is usually `contextlib.chdir`, a context manager.
            "os.chdir" => Some((Target::Cwd, format!("{path}()"))),
            _ => None,
        };
    }
    // `import { chdir } from 'node:process'`: a bare `chdir` is
    // `process.chdir`.
    let member = (!path.contains('.'))
        .then(|| model.js_process_member(path))
        .flatten();
    match member.as_deref().unwrap_or(path) {
        "Object.assign" => {
            let first = call.positional(0)?;
            let target = model.path_of(first);
            // `Object.assign(env, ...)` with `env` taken from `process`.
            let target = model.js_process_member(&target).unwrap_or(target);
            (target == "process.env").then(|| {
                (
                    Target::Env(literal_keys(model, call)),
                    "Object.assign(process.env, ...)".to_string(),
                )
            })
        }
        // `Reflect.set(process.env, 'A', '1')`, `Reflect.deleteProperty(
        // process.env, 'A')`: the assignment and `delete` spelled as calls.
        "Reflect.set" | "Reflect.deleteProperty" | "Reflect.defineProperty" => {
            let first = call.positional(0)?;
            (model.path_of(first) == "process.env").then(|| {
                (
                    Target::Key(key_arg(1)),
                    format!("{path}(process.env, {})", quoted(key_arg(1))),
                )
            })
        }
        "process.chdir" => Some((Target::Cwd, "process.chdir()".into())),
        // ShellJS: `sh.cd(dir)` and `sh.pushd(dir)` call `process.chdir`.
        _ if model.is_js_chdir(path) => Some((Target::Cwd, format!("{path}()"))),
        "vi.stubEnv" => Some((
            Target::Key(key_arg(0)),
            format!("vi.stubEnv({})", quoted(key_arg(0))),
        )),
        _ => None,
    }
}

/// The keys a several-keys change writes out: the object literal of
/// `Object.assign(process.env, { A: '1', B })`, the dict literal or keyword
/// arguments of `os.environ.update({"A": "1"})` / `update(A="1")`. Empty when
/// any key is computed or spread, or the keys come from a name.
fn literal_keys(model: &Model, call: &Call) -> Vec<String> {
    let mut keys = Vec::new();
    let py = model.lang.is_python();
    let object = if py {
        let named: Vec<_> = call.args().iter().filter_map(|a| a.name).collect();
        if !named.is_empty() {
            return named.into_iter().map(str::to_string).collect();
        }
        call.positional(0)
    } else {
        call.positional(1)
    };
    let Some(object) = object.filter(|o| matches!(o.kind(), "object" | "dictionary")) else {
        return keys;
    };
    for entry in crate::walk::named_children_list(object) {
        let key = match entry.kind() {
            "pair" => entry.field("key").and_then(|k| {
                if k.kind() == "property_identifier" {
                    Some(model.text(k).to_string())
                } else {
                    plain_string(k, model.src)
                }
            }),
            "shorthand_property_identifier" => Some(model.text(entry).to_string()),
            "comment" => continue,
            _ => None,
        };
        match key {
            Some(k) => keys.push(k),
            None => return Vec::new(),
        }
    }
    keys
}

fn quoted(key: Option<String>) -> String {
    key.map(|k| format!("\"{k}\""))
        .unwrap_or_else(|| "...".into())
}

/// `with chdir(...)`, `pushd`, `change_cwd`, `working_dir(...)`: the working
/// directory is changed back on exit.
fn switches_cwd(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.contains("chdir") || t.contains("cwd") || t.contains("pushd") || t.contains("working_dir")
}

/// Whether a teardown step undoes a change to `target`.
fn restores(model: &Model, act: &Action, target: &Target, stub: bool, change: Node) -> bool {
    if stub {
        return matches!(act.method(), Some("unstubAllEnvs" | "restoreAllMocks"));
    }
    let py = model.lang.is_python();
    if *target == Target::Cwd {
        return match act.call_path() {
            Some("process.chdir" | "os.chdir" | "chdir") => true,
            // ShellJS: `sh.popd()`, or `sh.cd(saved)` back.
            Some(path)
                if !py && (model.is_js_chdir(path) || model.is_shelljs_call(path, "popd")) =>
            {
                true
            }
            Some(path) => {
                py && path.ends_with(".chdir")
                    && (model.py_qualified(path).as_deref() == Some("os.chdir")
                        // py.path: `old = tmpdir.chdir()` ... `old.chdir()`.
                        || matches!(act, Action::Call(c) if c.args().is_empty()))
            }
            None => false,
        };
    }
    // The whole environment put back.
    let whole = match act {
        Action::Assign(a) => a.target_path == "process.env" || a.target_path == "os.environ",
        Action::Call(_) | Action::Deferred { .. } => {
            let path = act.call_path().unwrap_or("");
            let recv = act.receiver().unwrap_or("");
            let method = act.method().unwrap_or("");
            // `os.environ.update(saved)` puts back a saved mapping;
            // `update(A="1")` / `update({...})` is another change.
            (py && is_py_environ(model, recv)
                && (method == "clear"
                    || method == "update"
                        && act.arg(0).is_some_and(|n| {
                            matches!(n.kind(), "identifier" | "attribute" | "call")
                        })))
                // `Object.assign(process.env, saved)` likewise; with an
                // object literal it is another change, not a restore.
                || (path == "Object.assign"
                    && act
                        .arg(0)
                        .is_some_and(|n| model.path_of(n) == "process.env")
                        && act.arg(1).is_some_and(|n| {
                            matches!(n.kind(), "identifier" | "member_expression" | "call_expression")
                        }))
            // `vi.unstubAllEnvs()` and `restoreAllMocks()` undo only what
            // `vi.stubEnv`/`jest.replaceProperty` stubbed (the `stub` case
            // above), never a plain `process.env.X = ...`.
        }
        Action::Update(_) => false,
    };
    if whole || (py && stops_environ_patcher(model, act, change)) {
        return true;
    }
    // The same key assigned back or deleted.
    let restored_key: Option<Option<String>> = match act {
        Action::Assign(_) | Action::Update(_) => act.target().and_then(|t| env_key(model, t, py)),
        _ => {
            let recv = act.receiver().unwrap_or("");
            let method = act.method().unwrap_or("");
            let path = act.call_path().unwrap_or("");
            let is_key_call = (py
                && is_py_environ(model, recv)
                && matches!(method, "pop" | "setdefault" | "__setitem__" | "__delitem__"))
                || matches!(path, "os.putenv" | "putenv" | "os.unsetenv");
            // `self.addCleanup(operator.delitem, os.environ, "KEY")`: the
            // mapping operators called on the environment with a key.
            let operator_on_environ =
                py && matches!(
                    path,
                    "operator.delitem" | "operator.setitem" | "delitem" | "setitem"
                ) && act
                    .arg(0)
                    .is_some_and(|m| is_py_environ(model, &model.path_of(m)));
            if operator_on_environ {
                Some(act.arg(1).and_then(|k| plain_string(k, model.src)))
            } else {
                is_key_call.then(|| act.arg(0).and_then(|k| plain_string(k, model.src)))
            }
        }
    };
    match (restored_key, target) {
        // A key put back undoes a change of several keys when it is one of
        // them, or when they are not written out.
        (Some(got), Target::Env(keys)) => {
            keys.is_empty() || got.as_ref().is_none_or(|k| keys.contains(k))
        }
        (Some(None), Target::Key(Some(want))) => {
            // `for key in list(os.environ): if key.startswith('CONFIG_'):
            // del os.environ[key]` puts back only the keys with that prefix.
            !py || prefix_guard(model, act)
                .is_none_or(|prefixes| prefixes.iter().any(|p| want.starts_with(p.as_str())))
        }
        (Some(got), Target::Key(want)) => got.is_none() || want.is_none() || got == *want,
        _ => false,
    }
}

/// Whether `act` stops a started `mock.patch.dict(os.environ, ...)`
/// patcher, which puts the whole environment back as it found it:
/// `self.env_patcher.stop()` (in `tearDown`, or registered as
/// `self.addCleanup(patcher.stop)`), or `patch.stopall()`, where a class
/// or function enclosing the `change` binds that name to such a patch and
/// starts it (`setUp` of the test's class, the test itself).
fn stops_environ_patcher(model: &Model, act: &Action, change: Node) -> bool {
    let recv = act.receiver().unwrap_or("");
    let around: Vec<ScopeId> = model.ancestors(model.scope_of(change)).collect();
    match act.method() {
        Some("stop") => started_environ_patcher(model, recv, &around),
        Some("stopall") if is_mock_patch(model, recv) => model.calls.iter().any(|c| {
            c.method() == "start"
                && around
                    .iter()
                    .any(|&s| s != crate::model::scope::MODULE && model.is_within(c.scope, s))
                && (started_environ_patcher(model, c.receiver(), &around)
                    || c.callee
                        .field("object")
                        .is_some_and(|r| is_environ_patch(model, r)))
        }),
        _ => false,
    }
}

/// Whether `name` is bound to `mock.patch.dict(os.environ, ...)` and
/// started (`name.start()`) within one class (`self.p`) or function (a
/// local) of `around` (the scopes enclosing a change), not the module.
fn started_environ_patcher(model: &Model, name: &str, around: &[ScopeId]) -> bool {
    !name.is_empty()
        && model.assigns.iter().any(|a| {
            // `self.p` lives in the class, a local in its function; what
            // a `setUp` starts runs around every test of its class.
            let home = if name.starts_with("self.")
                || name.starts_with("cls.")
                || model.scope(a.scope).is_hook()
            {
                model.enclosing_container(a.scope)
            } else {
                a.scope
            };
            a.target_path == name
                && home != crate::model::scope::MODULE
                && around.contains(&home)
                && a.value.is_some_and(|v| is_environ_patch(model, v))
                && model.calls.iter().any(|c| {
                    c.method() == "start" && c.receiver() == name && model.is_within(c.scope, home)
                })
        })
}

/// `mock.patch.dict(os.environ, ...)` or `patch.dict("os.environ", ...)`:
/// a patch of the process environment (the target named or spelled out).
fn is_environ_patch(model: &Model, node: Node) -> bool {
    if node.kind() != "call" {
        return false;
    }
    let Some(call) = model.calls.iter().find(|c| c.node.id() == node.id()) else {
        return false;
    };
    call.method() == "dict"
        && is_mock_patch(model, call.receiver())
        && call.positional(0).is_some_and(|t| {
            is_py_environ(model, &model.path_of(t))
                || plain_string(t, model.src).as_deref() == Some("os.environ")
        })
}

/// `patch`, `mock.patch`, `unittest.mock.patch` (or an alias of them).
fn is_mock_patch(model: &Model, path: &str) -> bool {
    matches!(path, "patch" | "mock.patch" | "unittest.mock.patch")
        || model.py_qualified(path).as_deref() == Some("unittest.mock.patch")
}

/// The prefixes a computed-key restore is limited to: the restoring
/// `del os.environ[key]` / `os.environ.pop(key)` sits in an
/// `if key.startswith('PREFIX')` (or a tuple of prefixes). `None` when no
/// such guard encloses it.
fn prefix_guard(model: &Model, act: &Action) -> Option<Vec<String>> {
    let key = match act {
        Action::Assign(_) | Action::Update(_) => act.target()?.field("subscript")?,
        _ => act.arg(0)?,
    };
    if key.kind() != "identifier" {
        return None;
    }
    let name = model.text(key);
    let mut at = key.parent();
    while let Some(n) = at {
        if matches!(n.kind(), "function_definition" | "lambda" | "module") {
            return None;
        }
        if n.kind() == "if_statement" {
            let condition = n.field("condition")?;
            if condition.kind() == "call" {
                let function = condition.field("function")?;
                let object = function.field("object");
                let attribute = function.field("attribute");
                if function.kind() == "attribute"
                    && object.is_some_and(|o| model.text(o) == name)
                    && attribute.is_some_and(|a| model.text(a) == "startswith")
                {
                    let args = condition.field("arguments")?;
                    let first = args.named_child(0)?;
                    let mut prefixes = Vec::new();
                    if first.kind() == "tuple" {
                        let mut cursor = first.walk();
                        for item in first.named_children(&mut cursor) {
                            prefixes.push(plain_string(item, model.src)?);
                        }
                    } else {
                        prefixes.push(plain_string(first, model.src)?);
                    }
                    return Some(prefixes);
                }
            }
        }
        at = n.parent();
    }
    None
}

#[cfg(test)]
mod fix_tests {
    use crate::testing::assert_fixes;

    #[test]
    fn pytest_changes_go_through_monkeypatch() {
        assert_fixes(
            "env-mutation",
            false,
            &[
                (
                    "test_a.py",
                    "import os\n\ndef test_a(tmp_path):\n    os.environ[\"MODE\"] = \"test\"\n    del os.environ['HOME']\n    os.chdir(tmp_path)\n    assert run()\n",
                    "import os\n\ndef test_a(tmp_path, monkeypatch):\n    monkeypatch.setenv(\"MODE\", \"test\")\n    monkeypatch.delenv('HOME')\n    monkeypatch.chdir(tmp_path)\n    assert run()\n",
                ),
                (
                    "test_p.py",
                    "def test_p(tmpdir):\n    tmpdir.chdir()\n    assert run()\n",
                    "def test_p(tmpdir, monkeypatch):\n    monkeypatch.chdir(tmpdir)\n    assert run()\n",
                ),
                (
                    "test_b.py",
                    "import pytest\nfrom os import environ, chdir\n\n@pytest.fixture\ndef prod():\n    environ['STAGE'] = 'prod'\n    chdir('/srv')\n\nclass TestX:\n    def test_x(self, prod):\n        environ['X'] = '1'\n",
                    "import pytest\nfrom os import environ, chdir\n\n@pytest.fixture\ndef prod(monkeypatch):\n    monkeypatch.setenv('STAGE', 'prod')\n    monkeypatch.chdir('/srv')\n\nclass TestX:\n    def test_x(self, prod, monkeypatch):\n        monkeypatch.setenv('X', '1')\n",
                ),
                // Not fixed: other shapes, unittest, module level, a
                // session fixture, a value used, a helper.
                (
                    "test_c.py",
                    "import os, unittest, pytest\nos.environ['A'] = '1'\n\ndef test_c():\n    os.environ.update({'B': '2'})\n    os.putenv('C', '3')\n    v = os.environ.pop('D')\n    x = os.environ['E'] = '5'\n\nclass T(unittest.TestCase):\n    def test_t(self):\n        os.environ['F'] = '6'\n\n@pytest.fixture(scope='session')\ndef s():\n    os.environ['G'] = '7'\n\ndef helper():\n    os.chdir('/')\n\ndef test_h():\n    helper()\n",
                    "import os, unittest, pytest\nos.environ['A'] = '1'\n\ndef test_c():\n    os.environ.update({'B': '2'})\n    os.putenv('C', '3')\n    v = os.environ.pop('D')\n    x = os.environ['E'] = '5'\n\nclass T(unittest.TestCase):\n    def test_t(self):\n        os.environ['F'] = '6'\n\n@pytest.fixture(scope='session')\ndef s():\n    os.environ['G'] = '7'\n\ndef helper():\n    os.chdir('/')\n\ndef test_h():\n    helper()\n",
                ),
            ],
        );
    }

    #[test]
    fn vitest_changes_go_through_stub_env() {
        assert_fixes(
            "env-mutation",
            false,
            &[
                (
                    "a.test.ts",
                    "import { describe, it, expect } from 'vitest';\ndescribe('prod', () => {\n  beforeEach(() => {\n    process.env.NODE_ENV = \"production\";\n    process.env['API_URL'] = `http://x`;\n  });\n  it('a', () => {});\n});\n",
                    "import { describe, it, expect, afterEach, vi } from 'vitest';\ndescribe('prod', () => {\n  beforeEach(() => {\n    vi.stubEnv(\"NODE_ENV\", \"production\");\n    vi.stubEnv('API_URL', `http://x`);\n  });\n  it('a', () => {});\n  afterEach(() => {\n    vi.unstubAllEnvs();\n  });\n});\n",
                ),
                // Not fixed: a non-string value, a delete, Jest (no stubEnv).
                (
                    "b.test.ts",
                    "import { it, vi } from 'vitest';\nit('a', () => {\n  process.env.N = 3;\n  delete process.env.HOME;\n});\n",
                    "import { it, vi } from 'vitest';\nit('a', () => {\n  process.env.N = 3;\n  delete process.env.HOME;\n});\n",
                ),
                (
                    "c.test.js",
                    "it('a', () => {\n  process.env.MODE = 'x';\n});\n",
                    "it('a', () => {\n  process.env.MODE = 'x';\n});\n",
                ),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "env-mutation";

    #[test]
    fn javascript_fail() {
        assert_rule(
            RULE,
            &[
                // A Mocha root hook runs around every test: a change there with
                // no root `afterEach` putting it back leaks like any hook's.
                Case::fail("test/hooks.js", "exports.mochaHooks = {\n  beforeEach() {\n    process.env.API_URL = 'http://localhost:4000';\n  },\n};", &["process.env.API_URL = 'http://localhost:4000'"]),
                // Put back at the end of the test, not in teardown or `finally`:
                // a failing assertion leaks it. The put-back itself is no change.
                Case::fail("a.test.js", "test('x', () => {\n  const previous = process.env.NODE_OPTIONS;\n  process.env.NODE_OPTIONS = '--require ./missing.js';\n  expect(run()).toBe(1);\n  if (previous === undefined) { delete process.env.NODE_OPTIONS; } else { process.env.NODE_OPTIONS = previous; }\n});", &["process.env.NODE_OPTIONS = '--require ./missing.js'"]),
                Case::fail("a.test.js", "it('x', () => { process.env.API_URL = 'http://x'; });", &["process.env.API_URL = 'http://x'"]),
                // AVA: a change with no `t.teardown`, beside one that has it.
                Case::fail("test/a.js", "import test from 'ava';\ntest.before(() => {});\ntest('x', t => { process.env.A = '1'; t.teardown(() => {}); });\ntest('y', t => { process.chdir('fixtures'); });", &["process.env.A = '1'", "process.chdir('fixtures')"]),
                Case::fail("a.test.mjs", "import { env, chdir as cd } from 'node:process';\nit('x', () => { env.API_URL = 'http://x'; cd('/srv'); });", &["env.API_URL = 'http://x'", "cd('/srv')"]),
                Case::pass("a.test.mjs", "import { chdir, cwd } from 'process';\nlet old;\nbeforeEach(() => { old = cwd(); chdir('/srv'); });\nafterEach(() => { chdir(old); });\nit('x', () => {});"),
                Case::pass("a.test.mjs", "const env = {};\nit('x', () => { env.API_URL = 'http://x'; });"),
                // A Playwright fixture's code after `await use()` is its teardown.
                Case::pass("a.spec.ts", "import { test as base } from '@playwright/test';\nconst test = base.extend({ locale: async ({}, use) => { const prev = process.env.LOCALE; process.env.LOCALE = 'fr'; await use('fr'); process.env.LOCALE = prev; } });\ntest('x', async ({ locale }) => {});"),
                Case::fail("a.spec.ts", "import { test as base } from '@playwright/test';\nconst test = base.extend({ locale: async ({}, use) => { process.env.LOCALE = 'fr'; await use('fr'); } });\ntest('x', async ({ locale }) => {});", &["process.env.LOCALE = 'fr'"]),
                Case::pass("e2e/a.spec.js", "import { test as base } from '@playwright/test';\nexports.test = base.extend({ env: [async ({}, use) => { const saved = process.env.X; process.env.X = 'a'; await use(); process.env.X = saved; }, { scope: 'worker' }] });"),
                Case::pass("a.test.ts", "import { test as base, vi } from 'vitest';\nconst test = base.extend({ cwd: async ({}, provide) => { const prev = process.cwd(); process.chdir('/tmp'); await provide(); process.chdir(prev); } });\ntest('x', ({ cwd }) => {});"),
                Case::fail("a.test.ts", "import { test as base, vi } from 'vitest';\nconst test = base.extend({ env: [async ({}, use) => { process.env.X = 'a'; await use(); }, { scope: 'worker' }] });\ntest('x', () => {});", &["process.env.X = 'a'"]),
                // `env` destructured from the `process` global or `require('process')`.
                Case::fail("a.test.js", "const { env } = process;\nconst { chdir } = require('process');\nit('x', () => { env.API_URL = 'http://x'; Object.assign(env, { A: '1' }); chdir('/srv'); });", &["env.API_URL = 'http://x'", "Object.assign(env, { A: '1' })", "chdir('/srv')"]),
                Case::pass("a.test.js", "const { env } = process;\nconst saved = { ...env };\nit('x', () => { const url = env.API_URL; expect(url).toBeDefined(); });"),
                Case::fail("a.test.js", "beforeEach(() => { process.env['NODE_ENV'] = 'test'; });", &["process.env['NODE_ENV'] = 'test'"]),
                // `fastify.after(...)` at the top is plugin loading, not a teardown.
                Case::fail("a.test.js", "fastify.after(() => { process.env.A = undefined; });\nit('x', () => { process.env.A = '1'; });", &["process.env.A = undefined", "process.env.A = '1'"]),
                Case::fail("a.test.ts", "test('x', () => { delete process.env.HOME; });", &["delete process.env.HOME"]),
                Case::fail("a.test.js", "beforeAll(() => { Object.assign(process.env, { A: '1' }); });", &["Object.assign(process.env, { A: '1' })"]),
                // The assignment and `delete` spelled through `Reflect`.
                Case::fail("a.test.js", "test('x', () => { Reflect.set(process.env, 'API_URL', 'x'); });", &["Reflect.set(process.env, 'API_URL', 'x')"]),
                Case::fail("a.test.js", "test('x', () => { Reflect.deleteProperty(process.env, 'CI'); });", &["Reflect.deleteProperty(process.env, 'CI')"]),
                Case::fail("a.test.js", "it('a', () => { process.env = { ...process.env, X: '1' }; });\nit('b', () => { Reflect.set(process.env, 'API_URL', 'x'); });", &["process.env = { ...process.env, X: '1' }", "Reflect.set(process.env, 'API_URL', 'x')"]),
                // Putting back another key does not undo the keys written out.
                Case::fail("a.test.js", "const saved = process.env.API_URL;\nafterEach(() => { process.env.API_URL = saved; });\ntest('x', () => { Object.assign(process.env, { LOG_LEVEL: 'debug', NO_COLOR: '1' }); });", &["Object.assign(process.env, { LOG_LEVEL: 'debug', NO_COLOR: '1' })"]),
                Case::fail("test_a.py", "import os\nimport unittest\nclass T(unittest.TestCase):\n    def tearDown(self):\n        os.environ.pop('B', None)\n    def test_x(self):\n        os.environ.update({'A': '1'})\n", &["os.environ.update({'A': '1'})"]),
                // A later change in the same test is not a restore of an earlier one.
                Case::fail("a.test.js", "it('x', () => {\n  process.env.API_URL = 'http://x';\n  Object.assign(process.env, { A: '1' });\n});", &["process.env.API_URL = 'http://x'", "Object.assign(process.env, { A: '1' })"]),
                // `vi.unstubAllEnvs()` restores only what `vi.stubEnv` changed.
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { process.env.API_URL = 'http://x'; });\nafterEach(() => { vi.unstubAllEnvs(); });", &["process.env.API_URL = 'http://x'"]),
                Case::fail("a.test.js", "it('x', () => { process.chdir('/tmp'); });", &["process.chdir('/tmp')"]),
                Case::fail("a.test.js", "process.env.TZ = 'UTC';\nit('x', () => {});", &["process.env.TZ = 'UTC'"]),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { vi.stubEnv('MODE', 'prod'); });", &["vi.stubEnv('MODE', 'prod')"]),
                Case::fail("a.test.tsx", "it('renders', () => { process.env.FLAG = '1'; render(<App />); });", &["process.env.FLAG = '1'"]),
                // Restoring another key does not restore this one.
                Case::fail("a.test.js", "beforeEach(() => { process.env.A = '1'; });\nafterEach(() => { delete process.env.B; });", &["process.env.A = '1'"]),
                // A hook in a setup file runs around every test: not global set-up.
                Case::fail_as("setup.js", crate::model::FileRole::SetupFile, "process.env.TZ = 'UTC';\nbeforeEach(() => { process.env.A = '1'; });", &["process.env.A = '1'"]),
                Case::fail("a.test.js", "function setEnv() { process.env.A = '1'; }\nit('x', () => { setEnv(); });", &["process.env.A = '1'"]),
                // A helper called from two suites, one of which puts the key
                // back; a `describe.each` row whose suite does not.
                Case::fail("a.test.js", "function setEnv() { process.env.A = '1'; }\ndescribe('a', () => { beforeEach(() => setEnv()); afterEach(() => { delete process.env.A; }); });\ndescribe('b', () => { beforeEach(() => setEnv()); });", &["process.env.A = '1'"]),
                Case::fail("a.test.js", "describe.each([['one', () => { process.env.MODE = 'one'; }]])('%s', (_, apply) => { beforeEach(() => apply()); });", &["process.env.MODE = 'one'"]),
                // A test module by its content, or by its name even without a
                // test; and a helper of a support module, which tests call.
                Case::fail("test/env.js", "process.env.TZ = 'UTC';\nit('x', () => {});", &["process.env.TZ = 'UTC'"]),
                Case::fail("test/env.test.js", "process.env.TZ = 'UTC';", &["process.env.TZ = 'UTC'"]),
                // vows: a test module by its name, whose tests isolint does not see.
                Case::fail("test/complete-test.js", "process.env.FOO = 'bar';\nvows.describe('x').addBatch({ 'a': { topic: function () {} } }).export(module);", &["process.env.FOO = 'bar'"]),
                Case::fail("test/helpers.js", "exports.useProd = function () { process.env.NODE_ENV = 'production'; };", &["process.env.NODE_ENV = 'production'"]),
                // A value saved from another key is a new value for this one.
                Case::fail("a.test.ts", "const databaseUrl = process.env.TEST_DATABASE_URL;\nbeforeAll(() => { process.env.DATABASE_URL = databaseUrl; });", &["process.env.DATABASE_URL = databaseUrl"]),
                Case::fail("a.test.ts", "const url = process.env['TEST_DATABASE_URL'] ?? 'postgres://localhost/test';\nprocess.env.DATABASE_URL = url;\nit('x', () => {});", &["process.env.DATABASE_URL = url"]),
                // A copy of the saved environment put back in `beforeEach` is no
                // change; the tests' own changes after the last reset still are.
                Case::fail("a.test.js", "const envs = { ...process.env };\nbeforeEach(() => { process.env = { ...envs }; });\nit('x', () => { process.env.A = '1'; });", &["process.env.A = '1'"]),
                // A copy with keys of its own is a new environment.
                Case::fail("a.test.js", "const envs = { ...process.env };\nit('x', () => { process.env = { ...envs, A: '1' }; });", &["process.env = { ...envs, A: '1' }"]),
                // ShellJS's `cd`/`pushd` call `process.chdir`.
                Case::fail("test/git.init.js", "const sh = require('shelljs');\nbeforeEach(() => {\n  sh.pushd('-q', mkTmpDir());\n});\ntest('x', () => {});", &["sh.pushd('-q', mkTmpDir())"]),
                Case::fail("test/cli.test.mjs", "import shell from 'shelljs';\ntest('x', () => {\n  shell.cd('fixtures/app');\n  expect(run()).toBe(0);\n});", &["shell.cd('fixtures/app')"]),
                // Mocha hooks chained on the suite `suite()` returns: the key
                // the chained `afterAll` does not put back stays a change.
                Case::fail("test/url.test.js", "suite('dev', () => {\n  test('x', () => {});\n}).beforeAll(() => { process.env.DEV = 'true'; process.env.URL = 'http://x'; }).afterAll(() => delete process.env.DEV);", &["process.env.URL = 'http://x'"]),
            ],
        );
    }

    #[test]
    fn javascript_pass() {
        assert_rule(
            RULE,
            &[
                // Set by a helper or a `describe.each` row, put back by the
                // teardown of the suite the change runs in.
                Case::pass("a.test.js", "function setEnv() { process.env.API_URL = 'http://x'; }\ndescribe('a', () => {\n  beforeEach(() => setEnv());\n  afterEach(() => { delete process.env.API_URL; });\n  test('x', () => {});\n});"),
                Case::pass("a.test.js", "describe.each([['one', () => { process.env.MODE = 'one'; }]])('%s', (_, apply) => {\n  const saved = process.env.MODE;\n  beforeEach(() => apply());\n  afterEach(() => { process.env.MODE = saved; });\n  test('y', () => {});\n});"),
                // ShellJS: `popd`, or `cd` back, in teardown; a `cd` on some
                // other module's object is no directory change.
                Case::pass("test/git.init.js", "const sh = require('shelljs');\nbeforeEach(() => { sh.pushd('-q', mkTmpDir()); });\nafterEach(() => { sh.popd('-q'); });\ntest('x', () => {});"),
                Case::pass("test/cli.test.mjs", "import * as shell from 'shelljs';\nconst cwd = process.cwd();\nbeforeEach(() => { shell.cd('fixtures/app'); });\nafterEach(() => { shell.cd(cwd); });\ntest('x', () => {});"),
                Case::pass("test/ftp.test.js", "const client = require('./ftp-client');\ntest('x', () => { client.cd('/pub'); });"),
                Case::pass("test/repl.test.js", "const sh = require('./fake-shell');\ntest('x', () => { sh.cd('/tmp'); });"),
                // Mocha: `suite(...).beforeAll(set).afterAll(restore)` registers
                // both hooks on that suite.
                Case::pass("test/url.test.js", "suite('dev', () => {\n  test('x', () => {});\n}).beforeAll(() => { process.env.DEV = 'true'; }).afterAll(() => delete process.env.DEV);"),
                Case::pass("test/url.test.js", "describe('dev', function () {\n  it('x', () => {});\n}).afterEach(() => { process.env.MODE = saved; });\nconst saved = process.env.MODE;\nbeforeEach(() => { process.env.MODE = 'dev'; });"),
                Case::pass("test/hooks.mjs", "export const mochaHooks = {\n  beforeEach() { process.env.X = '1'; },\n  afterEach: async () => { delete process.env.X; },\n};"),
                Case::pass("a.test.js", "test('x', () => {\n  process.env.FOO = '1';\n  try {\n    expect(run()).toBe(1);\n  } finally {\n    delete process.env.FOO;\n  }\n});"),
                Case::pass("a.test.js", "const OLD_ENV = process.env;\nbeforeEach(() => { process.env = { ...OLD_ENV, A: '1' }; });\nafterEach(() => { process.env = OLD_ENV; });"),
                Case::pass("a.test.js", "beforeEach(() => { process.env.A = '1'; });\nafterEach(() => { delete process.env.A; });"),
                // tap: `t.afterEach` at the top of the file restores for every test.
                Case::pass("a.test.js", "import t from 'tap';\nconst OLD_ENV = process.env;\nt.afterEach(() => { process.env = { ...OLD_ENV }; });\nt.test('x', (t) => { process.env = { A: '1' }; t.end(); });"),
                Case::pass("a.test.js", "import t from 'tap';\nt.test('x', (t) => { process.env.A = '1'; t.teardown(() => { delete process.env.A; }); t.end(); });"),
                // AVA: `t.teardown` restores, also in a file whose `test.before`
                // hook makes it read as Mocha.
                Case::pass("test/a.js", "import test from 'ava';\ntest.before(() => {});\ntest('x', t => { const old = process.env.A; process.env.A = '1'; t.teardown(() => { process.env.A = old; }); });"),
                Case::pass("test/a.js", "import test from 'ava';\ntest.before(() => {});\ntest('x', t => { const cwd = process.cwd(); process.chdir('fixtures'); t.teardown(() => process.chdir(cwd)); });"),
                Case::pass("a.test.js", "it('x', () => { const old = process.env.A; process.env.A = '1'; try { run(); } finally { process.env.A = old; } });"),
                Case::pass("a.test.js", "it('x', () => { const old = process.env['A']; process.env.A = '1'; try { run(); } finally { process.env.A = old; } });"),
                Case::pass("a.test.js", "const cwd = process.cwd();\nbeforeEach(() => process.chdir(dir));\nafterEach(() => process.chdir(cwd));"),
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nbeforeEach(() => { vi.stubEnv('MODE', 'prod'); });\nafterEach(() => { vi.unstubAllEnvs(); });"),
                // Vitest runs the function a setup hook returns as its teardown.
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nbeforeAll(() => { process.env.LOCALE = 'de'; return () => { delete process.env.LOCALE; }; });"),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nbeforeAll(() => { process.env.LOCALE = 'de'; return () => { other(); }; });", &["process.env.LOCALE = 'de'"]),
                Case::pass("a.test.js", "afterAll(() => { Object.assign(process.env, saved); });\nbeforeAll(() => { Object.assign(process.env, { A: '1' }); });"),
                Case::pass("a.test.js", "afterEach(() => { delete process.env.LOG_LEVEL; });\ntest('x', () => { Object.assign(process.env, { LOG_LEVEL: 'debug' }); });"),
                Case::pass("a.test.js", "const saved = process.env.API_URL;\nafterEach(() => { process.env.API_URL = saved; });\ntest('x', () => { Reflect.set(process.env, 'API_URL', 'x'); });"),
                Case::pass("a.test.js", "test('x', () => { Reflect.set(config, 'API_URL', 'x'); });"),
                Case::pass("test_a.py", "import os\nimport unittest\nclass T(unittest.TestCase):\n    def tearDown(self):\n        os.environ.pop('A', None)\n    def test_x(self):\n        os.environ.update(A='1')\n"),
                Case::pass("a.test.js", "afterEach(() => { delete process.env.A; });\ntest('x', () => { Object.assign(process.env, overrides); });"),
                Case::pass("a.test.js", "it('x', () => { const url = process.env.API_URL; expect(url).toBeDefined(); });"),
                Case::pass("a.test.tsx", "afterEach(() => { process.env.FLAG = saved; });\nit('x', () => { process.env.FLAG = '1'; render(<App />); });"),
                Case::pass("a.test.js", "function restore() { process.env.A = saved; }\nbeforeEach(() => { process.env.A = '1'; });\nafterEach(restore);"),
                Case::pass_as("setup.js", crate::model::FileRole::SetupFile, "process.env.TZ = 'UTC';"),
                // Support modules under test/ that define no test: a Mocha
                // `--require` file, a script the tests spawn, a config they load.
                Case::pass("test/support/env.js", "process.env.NODE_ENV = 'test';\nprocess.env.NO_DEPRECATION = 'body-parser,express';"),
                Case::pass("test/helpers/exec-in-directory.js", "const dir = process.argv[2];\nprocess.chdir(dir);\nrequire(process.argv[3]);"),
                Case::pass("test/cases/env/webpack.config.js", "process.env.AAA = 'aaa';\nmodule.exports = { plugins: [new EnvironmentPlugin(['AAA'])] };"),
                Case::pass_as("global-setup.js", crate::model::FileRole::GlobalSetup, "module.exports = async () => { process.env.DB = 'x'; };"),
            ],
        );
    }

    #[test]
    fn unstub_envs_config() {
        let code = "import { vi } from 'vitest';\nit('x', () => { vi.stubEnv('A', '1'); process.env.B = '2'; });";
        // unstubEnvs undoes stubEnv, not direct writes.
        assert_eq!(
            crate::testing::reported_with_project(RULE, "a.test.ts", code, |p| p.unstub_envs =
                true),
            vec!["process.env.B = '2'"]
        );
    }

    #[test]
    fn python_fail() {
        assert_rule(
            RULE,
            &[
                // py.path: the test's own `tmpdir.chdir()`, never changed back.
                Case::fail("tests/test_a.py", "def test_x(tmpdir):\n    tmpdir.chdir()\n    run()\n", &["tmpdir.chdir()"]),
                // The same calls under the names the imports bind.
                Case::fail("tests/test_a.py", "from os import chdir, putenv\nimport os as o\n\ndef test_x():\n    chdir('/')\n    putenv('A', '1')\n    o.environ['B'] = '1'\n    o.chdir('/srv')\n", &["chdir('/')", "putenv('A', '1')", "o.environ['B'] = '1'", "o.chdir('/srv')"]),
                // A helper the set-up calls, with no tearDown putting the key back.
                Case::fail("tests/test_a.py", "import os, unittest\n\ndef set_env():\n    os.environ['API_URL'] = 'http://x'\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        set_env()\n\n    def test_x(self):\n        pass\n", &["os.environ['API_URL'] = 'http://x'"]),
                // A conditional skip still runs somewhere.
                Case::fail("tests/test_a.py", "import os, sys, unittest\n\nclass T(unittest.TestCase):\n    @unittest.skipIf(sys.platform == 'win32', 'posix only')\n    def test_a(self):\n        os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // A nested function's write, with monkeypatch told about the
                // key only in a sibling helper or after the write: not owned.
                Case::fail("tests/test_a.py", "import os\n\ndef test_a(monkeypatch):\n    def other():\n        monkeypatch.setenv('APP_DEBUG', '0')\n    def cb():\n        os.environ['APP_DEBUG'] = '1'\n    other()\n    cb()\n", &["os.environ['APP_DEBUG'] = '1'"]),
                Case::fail("tests/test_a.py", "import os\n\ndef test_a(monkeypatch):\n    def cb():\n        os.environ['APP_DEBUG'] = '1'\n    cb()\n    monkeypatch.setenv('APP_DEBUG', '0')\n", &["os.environ['APP_DEBUG'] = '1'"]),
                // A plain helper's write is not covered by a test's monkeypatch.
                Case::fail("tests/test_a.py", "import os\n\ndef set_debug():\n    os.environ['APP_DEBUG'] = '1'\n\ndef test_a(monkeypatch):\n    monkeypatch.delenv('APP_DEBUG', raising=False)\n    set_debug()\n", &["os.environ['APP_DEBUG'] = '1'"]),
                // monkeypatch knows another key only.
                Case::fail("tests/test_a.py", "import os\n\ndef test_a(monkeypatch):\n    monkeypatch.delenv('OTHER', raising=False)\n    os.environ['APP_DEBUG'] = '1'\n", &["os.environ['APP_DEBUG'] = '1'"]),
                // An __enter__ with no __exit__ to undo it.
                Case::fail("tests/test_a.py", "import os\n\nclass Enter:\n    def __enter__(self):\n        os.environ['A'] = '1'\n\ndef test_a():\n    with Enter():\n        pass\n", &["os.environ['A'] = '1'"]),
                // A decorator that mocks subprocess is no process of its own.
                Case::fail("test_a.py", "import os\nfrom unittest import mock\n\n@mock.patch('subprocess.run')\ndef test_x(run):\n    os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // xdist_group pins tests to one worker; the environment is still shared by that worker's tests.
                Case::fail("test_a.py", "import os, pytest\n\n@pytest.mark.xdist_group('env')\ndef test_x():\n    os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // Module level outside the script guard still runs on import.
                Case::fail("tests/test_env.py", "import os\nos.environ['DEBUG'] = '1'\nif __name__ == '__main__':\n    main()\n", &["os.environ['DEBUG'] = '1'"]),
                // `environ` imported from `os` is the process environment.
                Case::fail("test_env.py", "from os import environ\ndef test_x():\n    environ['A'] = '1'\n", &["environ['A'] = '1'"]),
                // Renamed on import: `from os import environ as env`, `putenv as setenv`.
                Case::fail("tests/test_env.py", "from os import environ as env\nfrom os import putenv as raw_putenv, chdir as cd\n\ndef test_x():\n    env['A'] = '1'\n    env.update(B='1')\n    raw_putenv('C', '1')\n    cd('/srv')\n", &["env['A'] = '1'", "env.update(B='1')", "raw_putenv('C', '1')", "cd('/srv')"]),
                Case::fail("test_env.py", "from os import (\n    getenv,\n    environ,\n)\ndef test_x():\n    environ.update(A='1')\n", &["environ.update(A='1')"]),
                Case::fail("test_env.py", "import os\nURL = os.environ.get('TEST_DATABASE_URL')\ndef test_x():\n    os.environ['DATABASE_URL'] = URL\n", &["os.environ['DATABASE_URL'] = URL"]),
                // A removal with no earlier set is a change of its own.
                Case::fail("test_env.py", "import os\ndef test_x():\n    del os.environ['HOME']\n", &["del os.environ['HOME']"]),
                // The parent side of a fork, and a change before the raising call.
                Case::fail("test_a.py", "import os\n\ndef test_x():\n    pid = os.fork()\n    if pid == 0:\n        os._exit(0)\n    else:\n        os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // A thread pool, or the same function also called in the test's process.
                Case::fail("test_a.py", "import os\nfrom concurrent.futures import ThreadPoolExecutor\n\ndef work(n):\n    os.environ['N'] = str(n)\n\ndef test_x():\n    pool = ThreadPoolExecutor(2)\n    pool.submit(work, 1).result()\n", &["os.environ['N'] = str(n)"]),
                Case::fail("test_a.py", "import os, multiprocessing\n\ndef worker():\n    os.environ['A'] = '1'\n\ndef test_x():\n    multiprocessing.Process(target=worker).start()\n    worker()\n", &["os.environ['A'] = '1'"]),
                // gevent's `spawn` runs the function in this process; a
                // spawned function also called directly runs here too.
                Case::fail("tests/test_d.py", "import os\nimport gevent\n\ndef _worker():\n    os.environ['A'] = '1'\n\ndef test_a():\n    gevent.spawn(_worker).join()\n", &["os.environ['A'] = '1'"]),
                Case::fail("tests/test_d.py", "import os\nimport torch.multiprocessing as mp\n\ndef _worker(rank):\n    os.environ['A'] = '1'\n\ndef test_a():\n    mp.spawn(_worker, nprocs=2)\n    _worker(0)\n", &["os.environ['A'] = '1'"]),
                Case::fail("test_a.py", "import os\nfrom concurrent import futures\n\nclass Caller:\n    def __call__(self):\n        os.environ['A'] = '1'\n\ndef test_x():\n    caller = Caller()\n    futures.ProcessPoolExecutor().submit(caller).result()\n    caller()\n", &["os.environ['A'] = '1'"]),
                Case::fail("test_a.py", "import os, pytest\n\ndef test_x():\n    with pytest.raises(KeyError):\n        os.environ['A'] = '1'\n        load()\n", &["os.environ['A'] = '1'"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.environ['API'] = 'x'\n", &["os.environ['API'] = 'x'"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.environ.update({'A': '1'})\n", &["os.environ.update({'A': '1'})"]),
                // The in-place merge operator is `update` spelled otherwise.
                Case::fail("test_a.py", "import os\nfrom os import environ as env\ndef test_x():\n    os.environ |= {'A': '1'}\ndef test_y():\n    env |= {'B': '2'}\n", &["os.environ |= {'A': '1'}", "env |= {'B': '2'}"]),
                Case::fail("test_a.py", "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'x')\n", &["os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'x')"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.putenv('A', '1')\n", &["os.putenv('A', '1')"]),
                Case::fail("test_a.py", "import os\ndef test_x(tmp_path):\n    os.chdir(tmp_path)\n", &["os.chdir(tmp_path)"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    del os.environ['HOME']\n", &["del os.environ['HOME']"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.environ.pop('HOME', None)\n", &["os.environ.pop('HOME', None)"]),
                Case::fail("test_a.py", "import os\nimport unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        os.environ['A'] = '1'\n    def test_a(self):\n        pass\n", &["os.environ['A'] = '1'"]),
                Case::fail("test_a.py", "import os\nos.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.environ.clear()\n    os.environ.update(HELLO='World')\n", &["os.environ.clear()", "os.environ.update(HELLO='World')"]),
                Case::fail("conftest.py", "import os\nimport pytest\n@pytest.fixture\ndef env():\n    os.environ['A'] = '1'\n    yield\n", &["os.environ['A'] = '1'"]),
                // The teardown deletes only the `CONFIG_` keys: `MYAPP_DEBUG`
                // stays set.
                Case::fail("tests/test_env.py", "import os\nclass TestM:\n    def teardown_method(self):\n        for key in list(os.environ.keys()):\n            if key.startswith('CONFIG_'):\n                del os.environ[key]\n    def test_prefix(self):\n        os.environ['MYAPP_DEBUG'] = 'false'\n", &["os.environ['MYAPP_DEBUG'] = 'false'"]),
                Case::fail("tests/test_env.py", "import os\nclass TestM:\n    def teardown_method(self):\n        for key in list(os.environ):\n            if key.startswith(('A_', 'B_')):\n                os.environ.pop(key)\n    def test_prefix(self):\n        os.environ['C_X'] = '1'\n", &["os.environ['C_X'] = '1'"]),
            ],
        );
    }

    #[test]
    fn python_pass() {
        assert_rule(
            RULE,
            &[
                // py.path: changed back in `finally` with the old directory
                // `tmpdir.chdir()` returned; `with tmpdir.as_cwd()`; a
                // `chdir` of something that is not the fixture.
                Case::pass("tests/test_a.py", "def test_x(tmpdir):\n    old = tmpdir.chdir()\n    try:\n        run()\n    finally:\n        old.chdir()\n"),
                Case::pass("tests/test_a.py", "def test_x(tmpdir):\n    with tmpdir.as_cwd():\n        run()\n"),
                Case::pass("tests/test_a.py", "def test_x(tmpdir, repo):\n    repo.chdir()\n"),
                // The renamed environment read, or patched as a context manager.
                Case::pass("tests/test_env.py", "from os import environ as env\nfrom unittest import mock\n\ndef test_x():\n    assert env.get('A') is None\n    with mock.patch.dict(env, {'A': '1'}):\n        assert env['A'] == '1'\n"),
                Case::pass("tests/test_env.py", "from os import getenv as env\n\ndef test_x():\n    env.update(B='1')\n"),
                Case::pass("tests/test_env.py", "def test_x():\n    environ = {}\n    environ |= {'A': '1'}\n"),
                // `contextlib.chdir` is a context manager; `o.chdir(saved)` puts the cwd back.
                Case::pass("tests/test_a.py", "from contextlib import chdir\n\ndef test_x(tmp_path):\n    with chdir(tmp_path):\n        pass\n"),
                Case::pass("tests/test_a.py", "import os as o\nimport unittest\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.old = o.getcwd()\n        o.chdir('/srv')\n\n    def tearDown(self):\n        o.chdir(self.old)\n\n    def test_x(self):\n        pass\n"),
                // A helper setUp calls, undone by tearDown.
                Case::pass("tests/test_a.py", "import os, unittest\n\ndef set_env():\n    os.environ['API_URL'] = 'http://x'\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        set_env()\n\n    def tearDown(self):\n        del os.environ['API_URL']\n\n    def test_x(self):\n        pass\n"),
                // An always-skipped test never runs.
                Case::pass("tests/test_a.py", "import os\nimport unittest\n\nclass T(unittest.TestCase):\n    @unittest.skip('needs IAM credentials')\n    def test_a(self):\n        os.environ.setdefault('MONGODB_URI', 'localhost')\n"),
                // A callback defined in the test after its monkeypatch call
                // on the key (click's test_defaults.py): undone as well.
                Case::pass("tests/test_a.py", "import os\n\ndef test_a(runner, monkeypatch):\n    monkeypatch.delenv('APP_DEBUG', raising=False)\n\n    def set_debug(ctx, param, value):\n        os.environ['APP_DEBUG'] = '1' if value else '0'\n        return value\n\n    monkeypatch.setenv('APP_DEBUG', '1')\n    runner.invoke(cli, ['--debug'])\n"),
                // monkeypatch saw the key first and puts it back at teardown.
                Case::pass("tests/test_a.py", "import os\n\ndef test_a(monkeypatch):\n    monkeypatch.delenv('APP_DEBUG', raising=False)\n    os.environ['APP_DEBUG'] = '1'\n"),
                // A support module under tests/ that defines no test or fixture.
                Case::pass("tests/settings.py", "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'tests.settings')\nSECRET_KEY = 'x'\n"),
                // A test package's __init__.py is imported once per worker, before its tests.
                Case::pass("tests/__init__.py", "import os\n\n# ignore system-wide proxies for the whole suite\nos.environ['http_proxy'] = ''\n"),
                // The test runs in a directory an autouse fixture switched with a
                // `with`: leaving the block puts the directory back.
                Case::pass("tests/test_a.py", "import os\nfrom contextlib import chdir\nimport pytest\n\nclass TempDirMixin:\n    @pytest.fixture(autouse=True)\n    def _temp_dir(self, tmp_path_factory):\n        with chdir(tmp_path_factory.mktemp('t')):\n            yield\n\nclass TestCombine(TempDirMixin):\n    def test_a(self):\n        os.makedirs('cov1')\n        os.chdir('cov1')\n"),
                Case::pass("tests/test_a.py", "import os\n\ndef test_a(monkeypatch, tmp_path):\n    monkeypatch.chdir(tmp_path)\n    os.chdir('sub')\n"),
                // A context manager class: __exit__ undoes what __enter__ changed.
                // The `path` package's `Path` as a context manager changes into the
                // directory and back: a fixture yielding inside it switches the tests' cwd.
                Case::pass("tests/test_sdist.py", "import os, tempfile\nimport path\nimport pytest\n\n@pytest.fixture(autouse=True)\ndef project_dir(request):\n    request.instance.tmp_dir = tempfile.mkdtemp()\n    with path.Path(request.instance.tmp_dir):\n        yield\n\nclass TestSDist:\n    def test_template(self):\n        os.chdir(self.tmp_dir)\n"),
                Case::pass("tests/test_a.py", "import os\n\nclass chdir:\n    def __init__(self, path):\n        self.path = path\n        self._old = []\n\n    def __enter__(self):\n        self._old.append(os.getcwd())\n        os.chdir(self.path)\n\n    def __exit__(self, *exc):\n        os.chdir(self._old.pop())\n\ndef test_a(tmp_path):\n    with chdir(tmp_path):\n        assert os.getcwd() == str(tmp_path)\n"),
                // A suite's runner script under tests/: run once, never imported by a worker.
                Case::pass("tests/runtests.py", "import os\nos.environ['RUNTESTS_DIR'] = '/x'\n\ndef main():\n    os.environ['RUNNING'] = '1'\n\nif __name__ == '__main__':\n    main()\n"),
                // Tests run in a process of their own leak nothing.
                Case::pass("test_a.py", "import os, pytest\n\n@pytest.mark.forked\ndef test_x():\n    os.environ['A'] = '1'\n"),
                Case::pass("test_a.py", "import os\nfrom .helpers import run_in_subprocess\n\n@run_in_subprocess\ndef test_x():\n    os.environ['A'] = '1'\n"),
                Case::pass("test_a.py", "import os, pytest\n\npytestmark = [pytest.mark.forked]\n\ndef test_x():\n    os.environ['A'] = '1'\n"),
                // A same-file function handed to a subprocess runner runs in
                // the child (matplotlib's `subprocess_run_helper`, also under
                // an import alias) or as a `multiprocessing.Process` target.
                Case::pass("test_b.py", "import os\nfrom matplotlib.testing import subprocess_run_helper as _run_helper\n\ndef _lazy_headless():\n    os.environ.pop('DISPLAY', None)\n\ndef test_headless():\n    _run_helper(_lazy_headless, 'agg', timeout=60)\n"),
                // Audit 85: `torch.multiprocessing.spawn(fn, ...)` and
                // `start_processes` run `fn` only in the children.
                Case::pass("tests/test_d.py", "import os\nimport torch.multiprocessing as mp\n\ndef _worker(rank, ws, port):\n    os.environ.update({\"MASTER_PORT\": str(port), \"RANK\": str(rank)})\n\ndef test_e2e():\n    mp.spawn(_worker, args=(2, 1234), nprocs=2, join=True)\n"),
                Case::pass("tests/test_d.py", "import os\nimport torch\nfrom torch.multiprocessing import start_processes\n\ndef _worker(rank):\n    os.environ['RANK'] = str(rank)\n\ndef test_a():\n    torch.multiprocessing.spawn(fn=_worker, nprocs=2)\n    start_processes(_worker, nprocs=2, start_method='fork')\n"),
                Case::pass("test_b.py", "import os, multiprocessing\n\ndef _child():\n    os.chdir('/')\n\ndef test_child():\n    p = multiprocessing.Process(target=_child)\n    p.start()\n    p.join()\n"),
                // ... not when the file also calls it in its own process.
                Case::fail("test_b.py", "import os\nfrom matplotlib.testing import subprocess_run_helper\n\ndef _headless():\n    os.environ.pop('DISPLAY', None)\n\ndef test_headless():\n    subprocess_run_helper(_headless, timeout=60)\n\ndef test_inline():\n    _headless()\n", &["os.environ.pop('DISPLAY', None)"]),
                // Runs only as a script, never under a test runner.
                Case::pass("tests/test_env.py", "import os, unittest\nclass T(unittest.TestCase):\n    def test_x(self):\n        pass\nif __name__ == '__main__':\n    os.environ['DEBUG'] = '1'\n    unittest.main()\n"),
                // A local mapping named `environ` (a WSGI environ), not `os.environ`.
                Case::pass("test_wsgi.py", "def test_x():\n    environ = {}\n    environ['REQUEST_METHOD'] = 'POST'\n    app(environ, start_response)\n"),
                Case::pass("test_wsgi.py", "def make_env(environ):\n    environ['PATH_INFO'] = '/'\n    return environ\ndef test_x():\n    make_env({})\n"),
                // Set, then removed again in the same test but not in `finally`: the set
                // is reported (a failure before the removal leaks it), the removal is not.
                Case::fail("test_env.py", "from os import environ\ndef test_x():\n    environ['MYAPP_ANSWER'] = '42'\n    assert load() == 42\n    del environ['MYAPP_ANSWER']\n", &["environ['MYAPP_ANSWER'] = '42'"]),
                // In the child of a fork: another process.
                Case::pass("test_a.py", "import os\n\ndef test_x():\n    pid = os.fork()\n    if pid == 0:\n        os.chdir('/')\n        os.environ['A'] = '1'\n        os._exit(0)\n"),
                Case::pass("tests/test_core.py", "import os, pty\n\ndef test_x():\n    pid, fd = pty.fork()\n    if pid == 0:\n        def child():\n            os.environ['COLUMNS'] = '99'\n        child()\n        os._exit(0)\n"),
                // Run only in a child process: a `Process` target, a function or a
                // callable's `__call__` submitted to a process pool built in the file.
                Case::pass("test_a.py", "import os, multiprocessing\n\ndef worker(path):\n    os.chdir(path)\n    os.environ['A'] = '1'\n\ndef test_x(tmp_path):\n    p = multiprocessing.Process(target=worker, args=(tmp_path,))\n    p.start()\n    p.join()\n"),
                Case::pass("test_a.py", "import os\nfrom concurrent import futures\n\nclass Caller:\n    def __init__(self, cwd, env):\n        self.cwd, self.env = cwd, env\n    def __call__(self, name):\n        os.chdir(self.cwd)\n        os.environ.update(self.env)\n        return name\n\nclass Backend:\n    def __init__(self, cwd):\n        self.cwd = cwd\n        self.pool = futures.ProcessPoolExecutor(max_workers=1)\n    def run(self, name):\n        caller = Caller(self.cwd, {})\n        return self.pool.submit(caller, name).result()\n\ndef test_x(tmp_path):\n    Backend(tmp_path).run('build')\n"),
                Case::pass("test_a.py", "import os\nfrom multiprocessing import Pool\n\ndef work(n):\n    os.environ['N'] = str(n)\n    return n\n\ndef test_x():\n    pool = Pool(2)\n    assert pool.map(work, [1, 2]) == [1, 2]\n"),
                // Expected to raise: nothing changes.
                Case::pass("test_a.py", "import os, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        with self.assertRaises(ValueError):\n            os.putenv('FRUIT=ORANGE', 'lemon')\n"),
                Case::pass("test_a.py", "def test_x(monkeypatch):\n    monkeypatch.setenv('A', '1')\n    monkeypatch.chdir('/tmp')\n"),
                // Writing back a value saved with `os.getenv` is no change, but outside
                // `finally` it does not make the earlier change safe.
                Case::fail("test_a.py", "import os, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        previous = os.getenv('PATH')\n        os.environ['PATH'] += ':/x'\n        run()\n        os.environ['PATH'] = previous\n", &["os.environ['PATH'] += ':/x'"]),
                Case::pass("test_a.py", "import os\nfrom unittest import mock\ndef test_x():\n    with mock.patch.dict(os.environ, {'A': '1'}):\n        os.environ['B'] = '2'\n"),
                Case::pass("test_a.py", "import os\nfrom unittest import mock\n@mock.patch.dict(os.environ, {'A': '1'})\ndef test_x():\n    os.environ['B'] = '2'\n"),
                // patch.dict(os.environ) puts the environment back, not the working directory.
                Case::fail("test_a.py", "import os\nfrom unittest import mock\n@mock.patch.dict(os.environ, {}, clear=True)\ndef test_x(tmp_path):\n    os.chdir(tmp_path)\n    os.environ['a'] = 'c'\n", &["os.chdir(tmp_path)"]),
                Case::fail("test_a.py", "import os\nfrom unittest import mock\ndef test_x(tmp_path):\n    with mock.patch.dict(os.environ, {'A': '1'}):\n        os.chdir(tmp_path)\n", &["os.chdir(tmp_path)"]),
                // ...and a directory switch puts the directory back, not the environment.
                Case::fail("test_a.py", "import os\nfrom contextlib import chdir\ndef test_x(tmp_path):\n    with chdir(tmp_path):\n        os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // An autouse fixture in a class body switches the cwd for that class's
                // tests only.
                Case::fail("tests/test_sdist.py", "import os, tempfile\nimport path\nimport pytest\n\nclass TestSDist:\n    @pytest.fixture(autouse=True)\n    def project_dir(self):\n        with path.Path(tempfile.mkdtemp()):\n            yield\n\ndef test_build():\n    os.chdir(tempfile.mkdtemp())\n", &["os.chdir(tempfile.mkdtemp())"]),
                // `pathlib.Path` in a `with` changes no directory.
                Case::fail("tests/test_sdist.py", "import os, tempfile\nfrom pathlib import Path\nimport pytest\n\n@pytest.fixture(autouse=True)\ndef project_dir(request):\n    request.instance.tmp_dir = tempfile.mkdtemp()\n    with Path(request.instance.tmp_dir):\n        yield\n\nclass TestSDist:\n    def test_template(self):\n        os.chdir(self.tmp_dir)\n", &["os.chdir(self.tmp_dir)"]),
                Case::pass("test_a.py", "import os\ndef test_x():\n    old = os.environ.get('A')\n    os.environ['A'] = '1'\n    try:\n        run()\n    finally:\n        os.environ['A'] = old\n"),
                Case::pass("test_a.py", "import os\nimport unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.saved = dict(os.environ)\n        os.environ['A'] = '1'\n    def tearDown(self):\n        os.environ.clear()\n        os.environ.update(self.saved)\n"),
                Case::pass("test_a.py", "import os\nimport unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        old = os.getcwd()\n        os.chdir('/tmp')\n        self.addCleanup(os.chdir, old)\n"),
                Case::pass("test_a.py", "import os\nimport pytest\n@pytest.fixture\ndef env():\n    os.environ['A'] = '1'\n    yield\n    del os.environ['A']\n"),
                Case::pass("test_a.py", "import os\ndef test_x():\n    assert os.environ.get('A') is None\n"),
                Case::pass("conftest.py", "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\nos.environ['TZ'] = 'UTC'\n"),
                // Restored by a mixin's tearDown; put back later in the same test
                // outside `finally` (only the change is reported).
                Case::pass("test_a.py", "import os\nclass TempDirMixin(object):\n    def setUp(self):\n        self.old = os.getcwd()\n        os.chdir(self.tmp)\n    def tearDown(self):\n        os.chdir(self.old)\n"),
                Case::fail("test_a.py", "import os\ndef test_x():\n    saved = os.getcwd()\n    os.chdir('/tmp')\n    os.chdir(saved)\n", &["os.chdir('/tmp')"]),
                // The same key read back out of a saved copy of the whole
                // environment is the restore; the change before it is not.
                Case::fail("test_a.py", "import os\nclass T(TestCase):\n    def setUp(self):\n        self.env = os.environ.copy()\n    def test_x(self):\n        os.environ['PATH'] = ''\n        run()\n        os.environ['PATH'] = self.env['PATH']\n", &["os.environ['PATH'] = ''"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    env = dict(os.environ)\n    os.environ['PATH'] = env['HOME']\n", &["os.environ['PATH'] = env['HOME']"]),
                // `clear()` then `update(saved)` puts a saved environment back: only
                // the change before it is reported (it is not in `finally`).
                Case::fail("test_a.py", "import os\ndef test_x():\n    saved = dict(os.environ)\n    os.environ['A'] = '1'\n    run()\n    os.environ.clear()\n    os.environ.update(saved)\n", &["os.environ['A'] = '1'"]),
                Case::pass("test_a.py", "import os\nfrom test.support import os_helper\ndef test_x():\n    with os_helper.EnvironmentVarGuard() as env:\n        os.putenv('A', '1')\n"),
                Case::pass("test_a.py", "from contextlib import chdir\ndef test_x():\n    with chdir('/tmp'):\n        pass\n    c = chdir('/tmp')\n"),
                Case::pass("conftest.py", "import os\ndef pytest_configure(config):\n    os.environ['A'] = '1'\n"),
                Case::pass("conftest.py", "import os\nimport pytest\n@pytest.fixture(scope='session', autouse=True)\ndef env():\n    os.environ['A'] = '1'\n"),
                // A fixture that enters a temporary directory and changes back
                // after its yield undoes the test's own `chdir` too.
                Case::pass("test_a.py", "import os\nimport pytest\n@pytest.fixture\ndef cd_tmp_path(tmp_path):\n    prev = os.getcwd()\n    os.chdir(tmp_path)\n    try:\n        yield tmp_path\n    finally:\n        os.chdir(prev)\n\ndef test_x(cd_tmp_path):\n    sub = cd_tmp_path / 'sub'\n    sub.mkdir()\n    os.chdir(sub)\n"),
                // ...not one that never changes back.
                Case::fail("test_a.py", "import os\nimport pytest\n@pytest.fixture\ndef cd_tmp(tmp_path):\n    os.chdir(tmp_path)\n    yield tmp_path\n\ndef test_x(cd_tmp):\n    os.chdir(cd_tmp / 'sub')\n", &["os.chdir(tmp_path)", "os.chdir(cd_tmp / 'sub')"]),
                // Another fixture's teardown does not undo a change made by a
                // fixture it never runs with.
                Case::fail("test_a.py", "import os\nimport pytest\n@pytest.fixture\ndef back(tmp_path):\n    prev = os.getcwd()\n    os.chdir(tmp_path)\n    yield\n    os.chdir(prev)\n\n@pytest.fixture\ndef into():\n    os.chdir('/srv')\n\ndef test_a(back):\n    pass\n\ndef test_b(into):\n    pass\n", &["os.chdir('/srv')"]),
                // pyfakefs: `os.chdir` moves in the fake file system.
                Case::pass("test_a.py", "import os\ndef test_x(fs):\n    fs.create_dir('/a/b')\n    os.chdir('/a/b')\n"),
                Case::pass("test_a.py", "import os\nfrom pyfakefs import fake_filesystem_unittest\nclass T(fake_filesystem_unittest.TestCase):\n    def setUp(self):\n        self.setUpPyfakefs()\n    def test_x(self):\n        os.chdir('/test')\n"),
                Case::fail("test_a.py", "import os\ndef test_x(tmp_path):\n    os.chdir('/a/b')\n", &["os.chdir('/a/b')"]),
                // `with monkeypatch.context() as m:` owns the keys `m` set.
                Case::pass("test_a.py", "import os\ndef test_x(monkeypatch):\n    with monkeypatch.context() as m:\n        m.setenv('PORT', '5000')\n        os.environ['PORT'] = '888'\n"),
                Case::pass("test_a.py", "import os, pytest\ndef test_x():\n    with pytest.MonkeyPatch.context() as mp:\n        mp.setenv('PORT', '5000')\n        os.environ['PORT'] = '888'\n"),
                Case::fail("test_a.py", "import os\ndef test_x(monkeypatch):\n    with monkeypatch.context() as m:\n        m.setenv('HOST', 'x')\n        os.environ['PORT'] = '888'\n", &["os.environ['PORT'] = '888'"]),
                // A setter a context manager calls on enter and again on exit.
                Case::pass("tests/_common.py", "import os\nclass TZContextBase:\n    def __init__(self, tzval):\n        self.tzval = tzval\n    def __enter__(self):\n        self._old_tz = os.environ.get('TZ')\n        self.set_current_tz(self.tzval)\n    def __exit__(self, *exc):\n        self.set_current_tz(self._old_tz)\n\nclass TZEnvContext(TZContextBase):\n    def set_current_tz(self, tzval):\n        if tzval is None:\n            del os.environ['TZ']\n        else:\n            os.environ['TZ'] = tzval\n"),
                Case::fail("tests/_common.py", "import os\nclass TZContext:\n    def __enter__(self):\n        self.set_current_tz('UTC')\n    def __exit__(self, *exc):\n        pass\n    def set_current_tz(self, tzval):\n        os.environ['TZ'] = tzval\n", &["os.environ['TZ'] = tzval"]),
                // A fixture yielding inside a `with` that puts the environment
                // back covers the tests that use it (here autouse), and the
                // `@contextmanager` itself: its exit half restores what its
                // enter half changed.
                Case::pass("tests/test_a.py", "import contextlib, os, pytest\n\n@contextlib.contextmanager\ndef isolated_environment(environ=None, clear=False):\n    original_environ = dict(os.environ)\n    if clear:\n        os.environ.clear()\n    if environ:\n        os.environ.update(environ)\n    yield\n    os.environ.clear()\n    os.environ.update(original_environ)\n\n@pytest.fixture(autouse=True)\ndef isolate_environ():\n    with isolated_environment():\n        yield\n\ndef test_x():\n    os.environ['POETRY_VIRTUALENVS_CREATE'] = 'false'\n"),
                Case::pass("tests/test_a.py", "import os, pytest\nfrom tests.helpers import isolated_environment\n\n@pytest.fixture\ndef environ():\n    with isolated_environment():\n        yield\n\ndef test_x(environ):\n    os.environ['A'] = '1'\n"),
                Case::fail("tests/test_a.py", "import os, pytest\nfrom tests.helpers import isolated_environment\n\n@pytest.fixture\ndef environ():\n    with isolated_environment():\n        yield\n\ndef test_x():\n    os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                Case::pass("tests/test_cli.py", "import contextlib, os\n\n@contextlib.contextmanager\ndef load_env_var(key, value):\n    old_environ = dict(os.environ)\n    os.environ[key] = value\n    yield\n    os.environ.clear()\n    os.environ.update(old_environ)\n"),
                // A `@contextmanager` that changes and never puts back.
                Case::fail("tests/test_cli.py", "import contextlib, os\n\n@contextlib.contextmanager\ndef debug_env():\n    os.environ['DEBUG'] = '1'\n    yield\n", &["os.environ['DEBUG'] = '1'"]),
                // A cleanup registered as `operator.delitem` on the environment.
                Case::pass("test_a.py", "import operator, os, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        os.environ['KEY_ASCII'] = 'VALUE_ASCII'\n        self.addCleanup(operator.delitem, os.environ, 'KEY_ASCII')\n"),
                Case::fail("test_a.py", "import operator, os, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        os.environ['KEY_ASCII'] = 'VALUE_ASCII'\n        self.addCleanup(operator.delitem, os.environ, 'OTHER')\n", &["os.environ['KEY_ASCII'] = 'VALUE_ASCII'"]),
                // An autouse `conftest.py` fixture makes the same change before
                // every test below it: the suite's set-up (a requested one is not).
                Case::pass("tests/conftest.py", "import os, pytest\n\n@pytest.fixture(autouse=True)\ndef clear_env_source_date_epoch():\n    if 'SOURCE_DATE_EPOCH' in os.environ:\n        del os.environ['SOURCE_DATE_EPOCH']\n"),
                Case::fail("tests/conftest.py", "import os, pytest\n\n@pytest.fixture\ndef no_epoch():\n    del os.environ['SOURCE_DATE_EPOCH']\n", &["del os.environ['SOURCE_DATE_EPOCH']"]),
                // `usefixtures` through a name holding the mark: the fixture's
                // teardown changes the directory back.
                Case::pass("tests/test_path.py", "import os, pytest\n\n@pytest.fixture\ndef environment():\n    old_wd = os.getcwd()\n    yield\n    os.chdir(old_wd)\n\nwith_environment = pytest.mark.usefixtures('environment')\n\n@with_environment\ndef test_get_py_filename(tmp_path):\n    os.chdir(tmp_path)\n"),
                Case::pass("tests/test_path.py", "import os, pytest\n\n@pytest.fixture\ndef environment():\n    old_wd = os.getcwd()\n    yield\n    os.chdir(old_wd)\n\npytestmark = pytest.mark.usefixtures('environment')\n\ndef test_get_py_filename(tmp_path):\n    os.chdir(tmp_path)\n"),
                // The project's `pytester` fixture extends pytest's (it requests
                // it): tests still run in pytester's directory.
                Case::pass("testing/test_config.py", "import os, pytest\n\n@pytest.fixture\ndef pytester(pytester, monkeypatch):\n    monkeypatch.setenv('PYTEST_DISABLE_PLUGIN_AUTOLOAD', '1')\n    return pytester\n\ndef test_confcutdir(pytester):\n    sub = pytester.mkdir('sub')\n    os.chdir(sub)\n"),
                // A function only the script guard calls runs only as a script.
                Case::pass("tests/test_cwd_missing.py", "import os\n\ndef main():\n    temp = os.path.abspath('temp')\n    os.mkdir(temp)\n    os.chdir(temp)\n\nif __name__ == '__main__':\n    main()\n"),
                Case::fail("tests/test_cwd_missing.py", "import os\n\ndef main():\n    os.chdir('/srv')\n\ndef test_x():\n    main()\n\nif __name__ == '__main__':\n    main()\n", &["os.chdir('/srv')"]),
                // A prefix-guarded cleanup loop puts back the keys it covers.
                Case::pass("tests/test_env.py", "import os\nclass TestM:\n    def teardown_method(self):\n        for key in list(os.environ.keys()):\n            if key.startswith('CONFIG_'):\n                del os.environ[key]\n    def test_prefix(self):\n        os.environ['CONFIG_DATABASE_HOST'] = 'env-host'\n"),
                Case::pass("tests/test_env.py", "import os\nclass TestM:\n    def teardown_method(self):\n        for key in list(os.environ):\n            if key.startswith(('A_', 'B_')):\n                os.environ.pop(key)\n    def test_prefix(self):\n        os.environ['B_X'] = '1'\n"),
            ],
        );
    }

    /// Audit set 80: a `mock.patch.dict(os.environ)` patcher started in
    /// `setUp` and stopped in teardown (`tearDown`, `addCleanup(p.stop)`,
    /// `patch.stopall()`) puts the environment back; so does a `tearDown`
    /// inherited from a class of the same file, unless the test's class
    /// overrides it without calling `super()`.
    #[test]
    fn set80_started_environ_patcher_and_inherited_teardown() {
        assert_rule(
            RULE,
            &[
                Case::pass("tests/test_env.py", "import os, unittest\nfrom unittest.mock import patch\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.env_patcher = patch.dict(\"os.environ\", {})\n        self.env_patcher.start()\n\n    def tearDown(self):\n        self.env_patcher.stop()\n\n    def test_x(self):\n        os.environ['TEST_FOO'] = 'a'\n"),
                Case::pass("tests/test_env.py", "import os, unittest\nfrom unittest import mock\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        patcher = mock.patch.dict(os.environ, {'A': '1'}, clear=True)\n        patcher.start()\n        self.addCleanup(patcher.stop)\n\n    def test_x(self):\n        del os.environ['HOME']\n"),
                Case::pass("tests/test_env.py", "import os, unittest\nfrom unittest import mock\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        mock.patch.dict(os.environ, {'A': '1'}).start()\n        self.addCleanup(mock.patch.stopall)\n\n    def test_x(self):\n        os.environ['B'] = '1'\n"),
                // A patch of another mapping, a patcher never started, or one
                // bound in another class: the environment is not put back.
                Case::fail("tests/test_env.py", "import os, unittest\nfrom unittest import mock\nSETTINGS = {}\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.p = mock.patch.dict(SETTINGS, {})\n        self.p.start()\n\n    def tearDown(self):\n        self.p.stop()\n\n    def test_x(self):\n        os.environ['B'] = '1'\n", &["os.environ['B'] = '1'"]),
                Case::fail("tests/test_env.py", "import os, unittest\nfrom unittest import mock\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.p = mock.patch.dict(os.environ, {})\n\n    def tearDown(self):\n        self.p.stop()\n\n    def test_x(self):\n        os.environ['B'] = '1'\n", &["os.environ['B'] = '1'"]),
                Case::fail("tests/test_env.py", "import os, unittest\nfrom unittest import mock\nSETTINGS = {}\n\nclass A(unittest.TestCase):\n    def setUp(self):\n        self.p = mock.patch.dict(os.environ, {})\n        self.p.start()\n\n    def tearDown(self):\n        self.p.stop()\n\nclass B(unittest.TestCase):\n    def setUp(self):\n        self.p = mock.patch.dict(SETTINGS, {})\n        self.p.start()\n\n    def tearDown(self):\n        self.p.stop()\n\n    def test_x(self):\n        os.environ['B'] = '1'\n", &["os.environ['B'] = '1'"]),
                // A patcher started and stopped in the test itself; one in a
                // test does not cover a change at the module's top level.
                Case::pass("tests/test_env.py", "import os\nfrom unittest import mock\n\ndef test_x():\n    p = mock.patch.dict(os.environ, {})\n    p.start()\n    try:\n        os.environ['A'] = '1'\n    finally:\n        p.stop()\n"),
                Case::fail("tests/test_env.py", "import os, unittest\nfrom unittest import mock\n\nos.environ['MODE'] = 'test'\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        patcher = mock.patch.dict(os.environ, {'MODE': 'dev'})\n        patcher.start()\n        self.addCleanup(patcher.stop)\n", &["os.environ['MODE'] = 'test'"]),
                // The environment replaced in a base class's `setUp` and put
                // back in its `tearDown`, which the subclass inherits.
                Case::pass("tests/test_paths.py", "import os, unittest\nDEFAULT = os.environ\n\nclass FakeSystem(unittest.TestCase):\n    def setUp(self):\n        os.environ = {}\n\n    def tearDown(self):\n        os.environ = DEFAULT\n\nclass LinuxTestCases(FakeSystem):\n    def test_fallback_only(self):\n        os.environ['XDG_CONFIG_HOME'] = '~/.config'\n"),
                Case::pass("tests/test_paths.py", "import os, unittest\n\nclass Base(unittest.TestCase):\n    def tearDown(self):\n        os.environ.pop('A', None)\n\nclass Mid(Base):\n    def tearDown(self):\n        super().tearDown()\n\nclass T(Mid):\n    def test_x(self):\n        os.environ['A'] = '1'\n"),
                Case::fail("tests/test_paths.py", "import os, unittest\n\nclass Base(unittest.TestCase):\n    def tearDown(self):\n        os.environ.pop('A', None)\n\nclass T(Base):\n    def tearDown(self):\n        pass\n\n    def test_x(self):\n        os.environ['A'] = '1'\n", &["os.environ['A'] = '1'"]),
                // The base's `tearDown` removes the temp home, not `HOME`.
                Case::fail("tests/test_paths.py", "import os, shutil, tempfile, unittest\n\nclass FakeHome(unittest.TestCase):\n    def setUp(self):\n        self.home = tempfile.mkdtemp()\n        os.environ['HOME'] = self.home\n\n    def tearDown(self):\n        shutil.rmtree(self.home)\n\nclass EnvVarTest(FakeHome):\n    def setUp(self):\n        super().setUp()\n        os.environ['MYAPPDIR'] = self.home\n", &["os.environ['HOME'] = self.home", "os.environ['MYAPPDIR'] = self.home"]),
            ],
        );
    }

    /// `using` / `await using` disposal puts the environment back at block
    /// end; the disposer's own write is the restore, not a change.
    #[test]
    fn audit88_functions_that_end_their_process() {
        // paramiko's `k5shell()`: a debugging entry point in the test tree
        // that exports a Kerberos realm's environment, runs a shell and
        // exits with its status. Nothing in the file calls it.
        assert_rule(
            RULE,
            &[
                Case::pass("tests/_util.py", "import os, sys, subprocess\n\ndef k5shell(args=None):\n    os.environ.update(realm_env())\n    os.environ['K5TEST_REALM'] = 'X'\n    sys.exit(subprocess.call(args))\n"),
                Case::pass("tests/_util.py", "import os\n\ndef serve():\n    os.chdir('/srv')\n    # done\n    os._exit(0)\n"),
                Case::pass("tests/_util.py", "import os\n\ndef main():\n    os.environ['A'] = '1'\n    raise SystemExit(run())\n"),
            ],
        );
        assert_rule(
            RULE,
            &[
                // Called by a test in the file; the exit is conditional or
                // not the last statement; a method, not a module function.
                Case::fail("tests/test_a.py", "import os, sys\n\ndef shell():\n    os.environ['A'] = '1'\n    sys.exit(0)\n\ndef test_x():\n    shell()\n", &["os.environ['A'] = '1'"]),
                Case::fail("tests/_util.py", "import os, sys\n\ndef shell(ok):\n    os.environ['A'] = '1'\n    if not ok:\n        sys.exit(1)\n", &["os.environ['A'] = '1'"]),
                Case::fail("tests/_util.py", "import os, sys\n\ndef shell():\n    os.environ['A'] = '1'\n    sys.exit(0)\n    cleanup()\n", &["os.environ['A'] = '1'"]),
                Case::fail("tests/test_a.py", "import os, sys, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        os.environ['A'] = '1'\n        sys.exit(0)\n", &["os.environ['A'] = '1'"]),
                Case::fail("tests/test_a.py", "import os, sys\n\ndef test_x():\n    os.environ['A'] = '1'\n    sys.exit(main())\n", &["os.environ['A'] = '1'"]),
            ],
        );
    }

    #[test]
    fn using_disposal() {
        assert_rule(
            RULE,
            &[
                Case::pass("a.test.ts", "import { it } from 'vitest';\nit('x', async () => {\n  await using _env = { async [Symbol.asyncDispose]() { delete process.env.X; } };\n  process.env.X = '1';\n});"),
                Case::pass("a.test.mjs", "it('x', () => {\n  const old = process.cwd();\n  using _cwd = { [Symbol.dispose]() { process.chdir(old); } };\n  process.chdir('/srv');\n});"),
                Case::pass("a.test.ts", "const withEnv = (k: string, v: string) => {\n  const prev = process.env[k];\n  process.env[k] = v;\n  return { [Symbol.dispose]() { process.env[k] = prev; } };\n};\nit('x', () => {\n  using _ = withEnv('TZ', 'UTC');\n});"),
                // The disposer puts back another variable.
                Case::fail("a.test.ts", "it('x', async () => {\n  await using _env = { async [Symbol.asyncDispose]() { delete process.env.X; } };\n  process.env.Z = '1';\n});", &["process.env.Z = '1'"]),
                // The `using` is in another test.
                Case::fail("a.test.ts", "it('a', () => {\n  using _env = { [Symbol.dispose]() { delete process.env.X; } };\n});\nit('b', () => {\n  process.env.X = '1';\n});", &["process.env.X = '1'"]),
            ],
        );
    }

    /// Spec sweep 83: a `finally` in one test restores what that test
    /// changed, not a change made at the module's top level, which every
    /// test of the file inherits.
    #[test]
    fn sweep83_finally_in_a_test_does_not_restore_top_level() {
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_env.py", "import os\nos.environ['A'] = '1'\n\ndef test_x():\n    saved = dict(os.environ)\n    os.environ.update({'B': '2'})\n    try:\n        run()\n    finally:\n        os.environ.clear()\n        os.environ.update(saved)\n", &["os.environ['A'] = '1'"]),
                Case::fail("a.test.js", "process.env.A = '1';\nit('x', () => {\n  const saved = process.env.A;\n  try {\n    run();\n  } finally {\n    process.env.A = saved;\n  }\n});", &["process.env.A = '1'"]),
                // A `finally` at the top level itself, and one in the test
                // for the test's own change, still restore.
                Case::pass("tests/test_env.py", "import os\ntry:\n    os.environ['A'] = '1'\n    import app\nfinally:\n    del os.environ['A']\n"),
                Case::pass("a.test.js", "it('x', () => {\n  const saved = process.env.A;\n  process.env.A = '1';\n  try {\n    run();\n  } finally {\n    process.env.A = saved;\n  }\n});"),
            ],
        );
    }
}

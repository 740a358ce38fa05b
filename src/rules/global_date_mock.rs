//! `global-date-mock`: the clock is replaced process-wide and not restored,
//! so tests that run later in the same worker (in whatever order) see a
//! frozen or fake time.
//!
//! Flagged (reported at the mocking call or assignment): `Date.now = ...`,
//! `global.Date = ...`, `globalThis.Date = ...` (or the same target
//! redefined with `Object.defineProperty`), `jest.spyOn(Date, 'now')`,
//! `vi.spyOn(global, 'Date')`, `jest/vi.useFakeTimers()`,
//! `jest/vi.setSystemTime()`, `sinon.useFakeTimers()`, `MockDate.set()`,
//! `timekeeper.freeze/travel()`, Jasmine's `jasmine.clock().install()` and
//! `jasmine.clock().mockDate()` (until `jasmine.clock().uninstall()`),
//! node:test's module-level
//! `mock.timers.enable()` (until `mock.timers.reset()`/`mock.reset()`),
//! Python `time.time = ...` (or `setattr(time, "time", ...)`),
//! `datetime.datetime = ...`, `freeze_time(...).start()`,
//! `mock.patch('time.time').start()`, `time_machine.travel(...).start()` —
//! each unless the matching restore runs at teardown (see
//! `model::teardown`).
//!
//! Not flagged: `with freeze_time(...)`, `@freeze_time`, `monkeypatch`,
//! `mocker.patch`, `with mock.patch(...)`, `@mock.patch` (none of them is a
//! `.start()` or an assignment), restores in teardown (a teardown's
//! `clock.restore()` does not restore a `clock` the test declared itself),
//! `addCleanup(p.stop)`,
//! spies when the runner config sets `restoreMocks: true`, fake timers
//! when a config-named setup file restores them in a global `afterEach`,
//! a node:test context's `t.mock.timers` (reset when its test ends), and
//! Jasmine's global `spyOn(Date, 'now')` (a `spyOn` the file does not bind:
//! Jasmine removes its spies when the spec ends).

use super::{fixes, text, word, Rule, RuleContext, SharedThrough, Triggers};
use crate::finding::Applicability;
use crate::model::facts::{self, plain_string, Assign, Call};
use crate::model::framework::{self, Framework, PYTEST_SCOPING_FIXTURES};
use crate::model::kinds::{self, FieldByName};
use crate::model::scope::{ScopeId, ScopeKind};
use crate::model::teardown::{self, Action};
use crate::model::Model;
use tree_sitter::Node;

pub struct GlobalDateMock;

/// JS assignment targets that replace the clock.
const JS_CLOCK_TARGETS: &[&str] = &[
    "Date.now",
    "global.Date",
    "globalThis.Date",
    "window.Date",
    "global.Date.now",
    "globalThis.Date.now",
    "window.Date.now",
    "Date.prototype.getTime",
];
/// Objects whose properties a spy on the clock targets.
const JS_DATE_OBJECTS: &[&str] = &[
    "Date",
    "global.Date",
    "globalThis.Date",
    "window.Date",
    "Date.prototype",
];
/// Test-runner namespaces whose fake timers / system time are process-wide.
const JS_TIMER_NAMESPACES: &[&str] = &["jest", "vi"];
/// Jasmine's clock, as a receiver path (`jasmine.clock().install()`): its
/// `install()` fakes the timers and its `mockDate()` replaces `Date` (with or
/// without `install()`) for the whole Karma/Jasmine run, until
/// `jasmine.clock().uninstall()`. Jasmine does not uninstall it when a spec
/// ends; `jasmine.clock().withMock(fn)` does, and is not flagged.
const JASMINE_CLOCK: &str = "jasmine.clock.()";
/// The fix hint of a Jasmine clock finding.
const JASMINE_CLOCK_HELP: &str = "Restore in teardown: `afterEach(() => jasmine.clock().uninstall())`, or scope the fake clock with `jasmine.clock().withMock(() => { ... })`.";
/// Date-mocking libraries with a `set`/`freeze` and a `reset`.
const JS_DATE_LIBS: &[(&str, &[&str])] = &[
    ("MockDate", &["set"]),
    ("mockdate", &["set"]),
    ("timekeeper", &["freeze", "travel"]),
    ("tk", &["freeze", "travel"]),
];

/// Python assignment targets that replace the clock.
const PY_CLOCK_TARGETS: &[&str] = &[
    "time.time",
    "time.time_ns",
    "time.monotonic",
    "time.perf_counter",
    "time.localtime",
    "time.gmtime",
    "datetime.datetime",
    "datetime.date",
];
/// Python factories whose result is `.start()`ed to freeze the clock.
const PY_CLOCK_FREEZERS: &[&str] = &[
    "freeze_time",
    "freezegun.freeze_time",
    "time_machine.travel",
    "travel",
];

impl Rule for GlobalDateMock {
    fn id(&self) -> &'static str {
        "global-date-mock"
    }

    fn triggers(&self) -> Triggers {
        const TRIGGERS: Triggers = Triggers {
            javascript: &[
                word("Date"),
                word("useFakeTimers"),
                word("setSystemTime"),
                text("akeTimers"),
                word("timers"),
                word("MockDate"),
                word("mockdate"),
                word("timekeeper"),
                word("tk"),
                text("jasmine.clock"),
            ],
            // Every clock target ends in one of these names, and every
            // freezer is named.
            python: &[
                word("time"),
                word("time_ns"),
                word("monotonic"),
                word("perf_counter"),
                word("localtime"),
                word("gmtime"),
                word("datetime"),
                word("date"),
                word("freeze_time"),
                word("travel"),
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
        if cx.model.lang.is_python() {
            check_python(cx);
        } else {
            check_js(cx);
        }
    }
}

/// A direct replacement of the clock (`Date.now = ...`, `time.time = ...`)
/// is reported unless it is itself teardown or a teardown covering it
/// assigns the same target back.
fn report_unrestored_assignment<'t>(cx: &mut RuleContext<'_, 't>, a: &Assign<'t>) {
    let model = cx.model;
    if teardown::in_teardown(model, a.node) || teardown::puts_back_saved(model, a) {
        return;
    }
    let target = &*a.target_path;
    // The `__enter__` of a context manager class whose `__exit__` assigns
    // the target back (`with mock_datetime(...):` in each test).
    if let Some(exit) = teardown::context_manager_exit(model, a.node) {
        if model
            .assigns
            .iter()
            .any(|r| r.target_path == target && model.ancestors(r.scope).any(|s| s == exit))
        {
            return;
        }
    }
    let restored = teardown::cover(model, a.node)
        .any(|act| matches!(act, Action::Assign(r) if teardown::unglobal(&r.target_path) == teardown::unglobal(target)));
    if !restored {
        cx.report(
            a.node,
            format!("`{target}` is replaced and not restored in teardown"),
        );
    }
}

fn check_js(cx: &mut RuleContext<'_, '_>) {
    let model = cx.model;
    for a in &model.assigns {
        if a.kind.is_declaration() || !JS_CLOCK_TARGETS.contains(&&*a.target_path) {
            continue;
        }
        report_unrestored_assignment(cx, a);
    }
    for call in &model.calls {
        report_unrestored_define_property(cx, call);
    }

    // Each mocking call is a use site of its own (`useFakeTimers();
    // setSystemTime(...)` unrestored is two findings): the spec lists both
    // calls and asks for one finding per (rule, use site).
    for call in &model.calls {
        if let Some(what) = js_spy_target(call, model) {
            if model.project.restore_mocks || teardown::in_teardown(model, call.node) {
                continue;
            }
            // node:test: `mock.restoreAll()` or `mock.reset()` on the
            // tracker, or the mocked function's own `.mock.restore()`.
            let tracker = call.receiver();
            let restored = teardown::cover(model, call.node).any(|act| {
                matches!(
                    act.method(),
                    Some("restoreAllMocks" | "mockRestore" | "restore")
                ) || (matches!(act.method(), Some("restoreAll" | "reset"))
                    && act.receiver() == Some(tracker)
                    && is_node_test_module_tracker(model, tracker))
            });
            if !restored {
                let undo = if is_node_test_module_tracker(model, tracker) {
                    format!("`{tracker}.restoreAll()`")
                } else {
                    "`mockRestore()`".to_string()
                };
                let edits = if JS_TIMER_NAMESPACES.contains(&tracker) {
                    fixes::teardown_edits(
                        cx,
                        call.node,
                        &format!("{tracker}.restoreAllMocks()"),
                        &[],
                    )
                } else {
                    None
                };
                let finding = cx.report(
                    call.node,
                    format!("spy on `{what}` is not restored ({undo}) in teardown"),
                );
                // Unsafe: `restoreAllMocks()` restores every spy of the
                // file, and a later test may rely on one that leaked.
                if let Some(edits) = edits {
                    finding.with_fix(
                        format!("Restore the spies ({tracker}.restoreAllMocks()) in teardown"),
                        Applicability::Unsafe,
                        edits,
                    );
                }
            }
            continue;
        }
        let recv = call.receiver();
        let method = call.method();
        // `vi.stubGlobal('Date', FakeDate)`: `globalThis.Date = FakeDate`
        // until `vi.unstubAllGlobals()` puts the real one back (after every
        // test when the Vitest config sets `unstubGlobals: true`).
        if recv == "vi" && method == "stubGlobal" {
            let stubs_date = call
                .positional(0)
                .and_then(|n| plain_string(n, model.src))
                .is_some_and(|name| name == "Date");
            if stubs_date
                && !model.project.unstub_globals
                && !teardown::in_teardown(model, call.node)
                && !teardown::cover(model, call.node)
                    .any(|act| act.method() == Some("unstubAllGlobals"))
            {
                cx.report(
                    call.node,
                    "`vi.stubGlobal('Date', ...)` replaces the clock and is not undone with `vi.unstubAllGlobals()` in teardown".to_string(),
                );
            }
            continue;
        }
        let is_runner_timers = JS_TIMER_NAMESPACES.contains(&recv)
            && matches!(method, "useFakeTimers" | "setSystemTime");
        let is_sinon_timers = if recv.is_empty() {
            is_sinon_named_fake_timers(model, method)
        } else {
            !JS_TIMER_NAMESPACES.contains(&recv)
                && method == "useFakeTimers"
                && !is_private_timer_instance(model, recv)
        };
        let is_fake_timers_install =
            method == "install" && (recv.contains("FakeTimers") || recv.contains("fakeTimers"));
        let is_node_test_timers = method == "enable" && is_node_test_module_timers(model, recv);
        let is_jasmine_clock = recv == JASMINE_CLOCK && matches!(method, "install" | "mockDate");
        let lib = JS_DATE_LIBS
            .iter()
            .find(|(name, methods)| recv == *name && methods.contains(&method));
        if !(is_runner_timers
            || is_sinon_timers
            || is_fake_timers_install
            || is_node_test_timers
            || is_jasmine_clock
            || lib.is_some())
        {
            continue;
        }
        if teardown::in_teardown(model, call.node) {
            continue;
        }
        if is_runner_timers && model.project.setup_restores_timers {
            continue;
        }
        // `jasmine.clock().withMock(() => ...)` installs the clock around
        // its callback and uninstalls it after, whatever the callback does.
        if is_jasmine_clock
            && model.calls.iter().any(|c| {
                c.receiver() == JASMINE_CLOCK
                    && c.method() == "withMock"
                    && crate::walk::encloses(c.node, call.node)
            })
        {
            continue;
        }
        // Jest/Vitest fake timers need `useRealTimers()` in a matching
        // teardown; sinon/FakeTimers and the date libraries only a
        // `restore()`/`reset()` again (the spec's wording for each).
        let local = local_clock_binding(model, call);
        let restored_by = |cover: teardown::Cover| {
            if is_runner_timers {
                cover.any(|act| act.method() == Some("useRealTimers"))
            } else if is_jasmine_clock {
                // Like Jest's fake timers: only a teardown's `uninstall()`
                // runs when an assertion before it fails.
                cover.any(|act| {
                    act.receiver() == Some(JASMINE_CLOCK) && act.method() == Some("uninstall")
                })
            } else if is_node_test_timers {
                // `mock.timers.reset()`, or `mock.reset()` (which resets
                // the tracker's timers too).
                let tracker = recv.strip_suffix(".timers").unwrap_or(recv);
                cover.any_then_or_later(|act| {
                    act.method() == Some("reset")
                        && matches!(act.receiver(), Some(r) if r == recv || r == tracker)
                })
            } else if let Some((name, _)) = lib {
                cover.any_then_or_later(|act| {
                    act.receiver() == Some(*name) && act.method() == Some("reset")
                })
            } else {
                // A clock bound to a name declared in the test itself (`var
                // clock = sinon.useFakeTimers()`) is out of reach of a teardown
                // hook's `clock.restore()`, which restores another binding.
                cover.any_then_or_later(|act| {
                    matches!(act.method(), Some("restore" | "uninstall"))
                        && !local.is_some_and(|(name, declared_in)| {
                            act.receiver() == Some(name)
                                && matches!(act, Action::Call(c) if !crate::walk::encloses(declared_in, c.node))
                        })
                })
            }
        };
        // Made in a helper or a `describe.each` row: undone when the
        // teardown of every test, hook or suite it runs in undoes it.
        let sites = teardown::run_sites(model, call.node);
        let restored = restored_by(teardown::cover(model, call.node))
            || (!sites.is_empty()
                && sites
                    .iter()
                    .all(|&site| restored_by(teardown::cover(model, site))))
            || (sites.is_empty()
                && hands_back_restore(model, call, |c| {
                    if is_runner_timers {
                        c.receiver() == recv && c.method() == "useRealTimers"
                    } else if is_jasmine_clock {
                        c.receiver() == JASMINE_CLOCK && c.method() == "uninstall"
                    } else if is_node_test_timers {
                        let tracker = recv.strip_suffix(".timers").unwrap_or(recv);
                        c.method() == "reset" && (c.receiver() == recv || c.receiver() == tracker)
                    } else if let Some((name, _)) = lib {
                        c.receiver() == *name && c.method() == "reset"
                    } else {
                        matches!(c.method(), "restore" | "uninstall")
                    }
                }));
        if !restored {
            let fix = if is_runner_timers {
                format!("`{recv}.useRealTimers()`")
            } else if is_jasmine_clock {
                "`jasmine.clock().uninstall()`".to_string()
            } else if is_node_test_timers {
                format!("`{recv}.reset()`")
            } else if let Some((name, _)) = lib {
                format!("`{name}.reset()`")
            } else {
                "`clock.restore()`".to_string()
            };
            // `setSystemTime` moves a fake clock some other call installed:
            // `useRealTimers()` after each test would switch off fake timers
            // a top-level `useFakeTimers()` set up for every test. It gets
            // the fix only beside the `useFakeTimers()` of its own function.
            // Jasmine's `mockDate()` likewise, beside its `install()`.
            let installer = if is_jasmine_clock {
                "install"
            } else {
                "useFakeTimers"
            };
            let installs_here = method == installer
                || model.calls.iter().any(|c| {
                    c.method() == installer
                        && c.receiver() == recv
                        && model.scope_of(c.node) == model.scope_of(call.node)
                });
            let undo = if is_runner_timers {
                Some(format!("{recv}.useRealTimers()"))
            } else if is_jasmine_clock {
                Some("jasmine.clock().uninstall()".to_string())
            } else {
                None
            };
            let edits = undo
                .as_ref()
                .filter(|_| installs_here)
                .and_then(|undo| fixes::teardown_edits(cx, call.node, undo, &[]));
            let finding = cx.report(
                call.node,
                format!(
                    "`{}()` replaces the clock and is not undone with {fix} in teardown",
                    call.path
                ),
            );
            if is_jasmine_clock {
                // The call names its runner whatever the file's framework
                // reads as (a Karma spec imports nothing from Jasmine).
                finding.help = JASMINE_CLOCK_HELP.to_string();
            }
            if let (Some(edits), Some(undo)) = (edits, undo) {
                let title = if is_jasmine_clock {
                    format!("Uninstall the mock clock ({undo}) in teardown")
                } else {
                    format!("Restore the real timers ({undo}) in teardown")
                };
                finding.with_fix(title, Applicability::Safe, edits);
            }
        }
    }
}

/// Whether the clock is faked in a helper function that hands its caller
/// the undo: a function nested in the helper (the `cleanup` of the object it
/// returns, a returned disposer) makes the matching restore call
/// (`mockClock()` returning `{ tick, cleanup: () =>
/// jasmine.clock().uninstall() }`). Fake and restore then come as a pair,
/// and whether each caller runs `cleanup()` in its teardown is a question
/// about the callers in other files (callers in the file are checked one by
/// one, see [`teardown::run_sites`]). A restore at the end of the helper's
/// own body is none: it is skipped when the helper throws.
fn hands_back_restore<'t>(
    model: &Model<'t>,
    call: &Call<'t>,
    undoes: impl Fn(&Call) -> bool,
) -> bool {
    let is_function = |s: ScopeId| model.scope(s).kind == ScopeKind::Function;
    // The outermost of the named functions the call is in (a returned
    // `setDate: (d) => jasmine.clock().mockDate(d)` belongs to `mockClock`).
    let Some(helper) = model
        .ancestors(model.scope_of(call.node))
        .take_while(|&s| is_function(s))
        .last()
    else {
        return false;
    };
    let helper_node = model.scope(helper).node;
    let own = innermost_function(call.node);
    model.calls.iter().any(|c| {
        undoes(c) && crate::walk::encloses(helper_node, c.node) && {
            let undo_in = innermost_function(c.node);
            undo_in != own && undo_in.is_some_and(|f| f.id() != helper_node.id())
        }
    })
}

/// The innermost function (declaration, expression, arrow or method) whose
/// body holds `node`.
fn innermost_function(node: Node) -> Option<Node> {
    std::iter::successors(node.parent(), |n| n.parent()).find(|n| kinds::is_js_function(n.kind()))
}

/// `Object.defineProperty(global, 'Date', { value: FakeDate })` (or
/// `Reflect.defineProperty`, or on `Date` with `'now'`) replaces the clock as
/// `global.Date = FakeDate` does, and is reported the same way unless it is
/// itself teardown or a teardown covering it puts the same target back (by
/// assignment or another `defineProperty`).
fn report_unrestored_define_property<'t>(cx: &mut RuleContext<'_, 't>, call: &Call<'t>) {
    let model = cx.model;
    let Some(target) = defined_clock_target(model, call) else {
        return;
    };
    if teardown::in_teardown(model, call.node) {
        return;
    }
    let same = |path: &str| teardown::unglobal(path) == teardown::unglobal(&target);
    let restored = teardown::cover(model, call.node).any(|act| match act {
        Action::Assign(r) => same(&r.target_path),
        Action::Call(c) => defined_clock_target(model, c).is_some_and(|t| same(&t)),
        _ => false,
    });
    if !restored {
        cx.report(
            call.node,
            format!(
                "`{target}` is replaced (`{}`) and not restored in teardown",
                call.path
            ),
        );
    }
}

/// The clock target an `Object.defineProperty(obj, 'prop', ...)` call
/// redefines (`global.Date`, `Date.now`), if it is one.
fn defined_clock_target(model: &Model, call: &Call) -> Option<String> {
    if !matches!(
        &*call.path,
        "Object.defineProperty" | "Reflect.defineProperty"
    ) {
        return None;
    }
    let object = model.path_of(call.positional(0)?);
    let prop = plain_string(call.positional(1)?, model.src)?;
    let target = format!("{object}.{prop}");
    JS_CLOCK_TARGETS
        .contains(&target.as_str())
        .then_some(target)
}

/// The name a `useFakeTimers()` call's clock is declared as inside a test,
/// hook or helper (`const clock = sinon.useFakeTimers()` in `it(...)`), with
/// the function declaring it: only code inside that function can reach it.
fn local_clock_binding<'m, 't>(
    model: &'m Model<'t>,
    call: &Call<'t>,
) -> Option<(&'m str, Node<'t>)> {
    let a = model
        .assigns
        .iter()
        .find(|a| a.kind.is_declaration() && a.value.is_some_and(|v| v.id() == call.node.id()))?;
    let scope = model.scope(a.scope);
    matches!(
        scope.kind,
        ScopeKind::Test { .. } | ScopeKind::Hook(_) | ScopeKind::Function
    )
    .then_some((&*a.target_path, scope.node))
}

/// Whether a bare call `name(...)` is sinon's `useFakeTimers` taken from
/// the module by name (`import { useFakeTimers } from 'sinon'`, `const {
/// useFakeTimers: fake } = require('sinon')`): the same process-wide clock as
/// `sinon.useFakeTimers()`. A same-file function of that name is not.
fn is_sinon_named_fake_timers(model: &Model, name: &str) -> bool {
    if !model.imports.iter().any(|i| i == "sinon") {
        return false;
    }
    if name == "useFakeTimers" {
        return !model.functions.contains_key(name);
    }
    model
        .js_renamed_imports()
        .iter()
        .any(|r| r.local == name && r.imported == "useFakeTimers" && r.module == "sinon")
}

/// Whether `recv` (of an `.enable()`) is the timers of node:test's
/// module-level mock tracker (`import { mock } from 'node:test'`, renamed
/// or not, or `test.mock` of its default export): faked for the whole
/// worker until reset. A test context's `t.mock.timers` is not: node:test
/// resets it when that test ends.
fn is_node_test_module_timers(model: &Model, recv: &str) -> bool {
    recv.strip_suffix(".timers")
        .is_some_and(|tracker| is_node_test_module_tracker(model, tracker))
}

/// Whether `tracker` is node:test's module-level mock tracker (`mock` from
/// `node:test`, renamed or not, `test.mock`, or `nt.mock` on the module bound
/// as a whole: `import * as nt from 'node:test'`, `const nt =
/// require('node:test')`): what it mocks stays mocked for the whole worker
/// until `mock.restoreAll()`/`mock.reset()`, unlike a test context's
/// `t.mock`, which node:test restores when the test ends.
fn is_node_test_module_tracker(model: &Model, tracker: &str) -> bool {
    if model.framework != Framework::NodeTest {
        return false;
    }
    tracker == "mock"
        || tracker == "test.mock"
        || tracker.strip_suffix(".mock").is_some_and(|module| {
            model
                .js_module_of(module)
                .is_some_and(|m| framework::is_node_test_module(&m))
        })
        || model.js_renamed_imports().iter().any(|r| {
            r.local == tracker && r.imported == "mock" && framework::is_node_test_module(&r.module)
        })
}

/// Whether `recv` is a name bound in this file to `new X(...)` that does not
/// hand the real global object over (`new FakeTimers({ global: fakeGlobal })`,
/// `new Clock()`): its `useFakeTimers()` patches that private object, not the
/// worker's clock. Jest's and Vitest's own timer tests are written this way.
fn is_private_timer_instance(model: &Model, recv: &str) -> bool {
    if recv.contains('.') {
        return false;
    }
    // `const global = { Date: FakeDate, setTimeout }` shadows the real one.
    let declared = |name: &str| {
        model
            .assigns
            .iter()
            .any(|a| a.kind.is_declaration() && a.target_path == name)
    };
    let mut bound = model
        .assigns
        .iter()
        .filter(|a| a.target_path == recv)
        .filter_map(|a| a.value)
        .peekable();
    if bound.peek().is_none() {
        return false;
    }
    bound.all(|v| {
        v.kind() == "new_expression"
            && !model
                .text(v)
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| teardown::JS_GLOBAL_OBJECTS.contains(&w) && !declared(w))
    })
}

/// `jest.spyOn(Date, 'now')`, `vi.spyOn(global, 'Date')`,
/// `sinon.stub(Date, 'now')`: what is spied on.
fn js_spy_target(call: &Call, model: &Model) -> Option<String> {
    // node:test's `mock.method(Date, 'now', fn)` on the module-level
    // tracker (a test context's `t.mock.method` is restored with its test).
    let node_test_method =
        call.method() == "method" && is_node_test_module_tracker(model, call.receiver());
    if !(matches!(call.method(), "spyOn" | "stub" | "replace") || node_test_method) {
        return None;
    }
    // Jasmine removes its global `spyOn`'s spies when the spec ends.
    if framework::is_jasmine_global_spy(&call.path, model.root, model.src) {
        return None;
    }
    let object = model.path_of(call.positional(0)?);
    let prop = call
        .positional(1)
        .and_then(|n| plain_string(n, model.src))
        .unwrap_or_default();
    if JS_DATE_OBJECTS.contains(&object.as_str()) {
        return Some(if prop.is_empty() {
            object
        } else {
            format!("{object}.{prop}")
        });
    }
    if teardown::JS_GLOBAL_OBJECTS.contains(&object.as_str()) && prop == "Date" {
        return Some(format!("{object}.Date"));
    }
    None
}

fn check_python(cx: &mut RuleContext<'_, '_>) {
    let model = cx.model;
    let aliases_modules = model.imports.iter().any(|i| i.contains(" as "));
    for a in &model.assigns {
        // `app.time.time = fake` patches the shared `time` module too.
        let mut path = &*a.target_path;
        // `import datetime as dt` ... `dt.datetime = Fake`.
        let unaliased;
        if aliases_modules {
            if let Some((head, rest)) = path.split_once('.') {
                if let Some(module) = model.py_module_alias(head) {
                    unaliased = format!("{module}.{rest}");
                    path = &unaliased;
                }
            }
        }
        if !(PY_CLOCK_TARGETS.contains(&path)
            || path.ends_with(".time.time")
            || path.ends_with(".datetime.datetime"))
        {
            continue;
        }
        report_unrestored_assignment(cx, a);
    }

    for call in &model.calls {
        let Some(target) = py_setattr_clock_target(model, call) else {
            continue;
        };
        if teardown::in_teardown(model, call.node) {
            continue;
        }
        let restored = teardown::cover(model, call.node).any(|act| match act {
            Action::Assign(r) => r.target_path == target,
            Action::Call(c) => py_setattr_clock_target(model, c).is_some_and(|t| t == target),
            _ => false,
        });
        if !restored {
            cx.report(
                call.node,
                format!("`{target}` is replaced (`setattr`) and not restored in teardown"),
            );
        }
    }

    for call in &model.calls {
        if call.method() != "start" {
            continue;
        }
        let Some(receiver) = call
            .callee
            .field("object")
            .or_else(|| call.callee.named_child(0))
        else {
            continue;
        };
        let Some((what, is_patch)) = python_clock_starter(model, receiver, 0) else {
            continue;
        };
        if teardown::in_teardown(model, call.node) {
            continue;
        }
        let recv_text = model.text(receiver);
        let named = receiver.kind() != "call";
        // The spec asks `.start()` only to be matched by `.stop()`.
        let restored =
            teardown::cover(model, call.node).any_then_or_later(|act| match act.method() {
                Some("stop") => named && act.receiver() == Some(recv_text),
                Some("stopall") => is_patch,
                _ => false,
            });
        if !restored {
            cx.report(
                call.node,
                format!("`{what}` is started and not stopped in teardown"),
            );
        }
    }
}

/// The clock target `setattr(time, "time", fake)` replaces (`time.time`):
/// the assignment `time.time = fake` written as a call. `monkeypatch.setattr`
/// is another callee, undone by pytest.
fn py_setattr_clock_target(model: &Model, call: &Call) -> Option<String> {
    if &*call.path != "setattr" {
        return None;
    }
    let object = model.path_of(call.positional(0)?);
    let object = model.py_module_alias(&object).unwrap_or(&object);
    let attr = plain_string(call.positional(1)?, model.src)?;
    let target = format!("{object}.{attr}");
    PY_CLOCK_TARGETS
        .contains(&target.as_str())
        .then_some(target)
}

/// Whether `receiver` (of a `.start()`) is a clock freezer or a patch of
/// the clock: directly (`freeze_time("2020").start()`) or through a name
/// bound in the file (`self.freezer = freeze_time(...)`). Returns a
/// description and whether `patch.stopall()` undoes it.
fn python_clock_starter(model: &Model, receiver: Node, depth: usize) -> Option<(String, bool)> {
    if depth > 3 {
        return None;
    }
    if receiver.kind() != "call" {
        let path = model.path_of(receiver);
        let value = model
            .assigns
            .iter()
            .filter(|a| a.target_path == path)
            .filter_map(|a| a.value)
            .find(|v| v.kind() == "call")?;
        return python_clock_starter(model, value, depth + 1);
    }
    let call = model.calls.iter().find(|c| c.node.id() == receiver.id())?;
    let path = &*call.path;
    // `mocker.patch(...)` / `monkeypatch`: pytest undoes them after the test.
    if PYTEST_SCOPING_FIXTURES.contains(&facts::first_segment(path)) {
        return None;
    }
    // `from freezegun import freeze_time as ft`, `from unittest.mock import
    // patch as mpatch`, `from unittest import mock as um`: the same callees.
    let is_patch = |path: &str| {
        matches!(
            path,
            "patch" | "mock.patch" | "unittest.mock.patch" | "patch.object" | "mock.patch.object"
        ) || path.ends_with("mock.patch.object")
    };
    let qualified;
    let path = if PY_CLOCK_FREEZERS.contains(&path) || is_patch(path) {
        path
    } else {
        qualified = model.py_qualified(path);
        qualified.as_deref().unwrap_or(path)
    };
    if PY_CLOCK_FREEZERS.contains(&path) {
        return Some((format!("{path}(...)"), false));
    }
    if !is_patch(path) {
        return None;
    }
    let target = if call.method() == "object" {
        let object = model.path_of(call.positional(0)?);
        let attr = plain_string(call.positional(1)?, model.src)?;
        format!("{object}.{attr}")
    } else {
        plain_string(call.arg(0, "target")?, model.src)?
    };
    let clock = PY_CLOCK_TARGETS.iter().any(|t| target.ends_with(t))
        || target.ends_with(".datetime")
        || target == "datetime"
        || target.ends_with(".date");
    clock.then(|| (format!("patch('{target}')"), true))
}

#[cfg(test)]
mod fix_tests {
    use crate::testing::assert_fixes;

    #[test]
    fn fake_timers_get_a_teardown() {
        assert_fixes(
            "global-date-mock",
            false,
            &[
                (
                    "a.test.js",
                    "describe('clock', () => {\n  beforeEach(() => {\n    jest.useFakeTimers();\n  });\n  it('ticks', () => {});\n});\n",
                    "describe('clock', () => {\n  beforeEach(() => {\n    jest.useFakeTimers();\n  });\n  it('ticks', () => {});\n  afterEach(() => {\n    jest.useRealTimers();\n  });\n});\n",
                ),
                // Fix audit: a tab-indented file gets a tab-indented hook body.
                (
                    "t.test.ts",
                    "jest.useFakeTimers()\n\ndescribe('d', () => {\n\ttest('a', () => {})\n})\n",
                    "jest.useFakeTimers()\n\ndescribe('d', () => {\n\ttest('a', () => {})\n})\nafterAll(() => {\n\tjest.useRealTimers()\n})\n",
                ),
                // The clock faked once for the file and moved before each
                // test: the top-level call gets `afterAll`, the
                // `setSystemTime` no `afterEach` that would switch the fake
                // timers off after the first test.
                (
                    "l.test.ts",
                    "jest.useFakeTimers();\nbeforeEach(() => {\n  jest.setSystemTime(0);\n});\ntest('a', () => {});\n",
                    "jest.useFakeTimers();\nbeforeEach(() => {\n  jest.setSystemTime(0);\n});\ntest('a', () => {});\nafterAll(() => {\n  jest.useRealTimers();\n});\n",
                ),
                // Three tests faking the clock: one hook at the end of the
                // block.
                (
                    "k.test.js",
                    "describe('d', () => {\n  it('a', () => { jest.useFakeTimers(); });\n  it('b', () => { jest.useFakeTimers(); });\n  it('c', () => {});\n});\n",
                    "describe('d', () => {\n  it('a', () => { jest.useFakeTimers(); });\n  it('b', () => { jest.useFakeTimers(); });\n  it('c', () => {});\n  afterEach(() => {\n    jest.useRealTimers();\n  });\n});\n",
                ),
                // In a test: after the test; both calls share the one hook.
                (
                    "b.test.ts",
                    "import { it, vi, expect } from 'vitest'\nit('a', () => {\n  vi.useFakeTimers()\n  vi.setSystemTime(new Date(0))\n  expect(Date.now()).toBe(0)\n})\n",
                    "import { it, vi, expect, afterEach } from 'vitest'\nit('a', () => {\n  vi.useFakeTimers()\n  vi.setSystemTime(new Date(0))\n  expect(Date.now()).toBe(0)\n})\nafterEach(() => {\n  vi.useRealTimers()\n})\n",
                ),
                // `beforeAll` and the top level: `afterAll`, so every test
                // still runs on fake timers.
                (
                    "c.test.js",
                    "beforeAll(() => { jest.useFakeTimers(); });\ntest('a', () => {});\n",
                    "beforeAll(() => { jest.useFakeTimers(); });\ntest('a', () => {});\nafterAll(() => {\n  jest.useRealTimers();\n});\n",
                ),
                (
                    "d.test.js",
                    "import { afterAll, test, jest } from '@jest/globals';\njest.useFakeTimers();\ntest('a', () => {});\n",
                    "import { afterAll, test, jest } from '@jest/globals';\njest.useFakeTimers();\ntest('a', () => {});\nafterAll(() => {\n  jest.useRealTimers();\n});\n",
                ),
                (
                    "e.test.js",
                    "test('a', () => {\r\n  jest.useFakeTimers();\r\n});\r\n",
                    "test('a', () => {\r\n  jest.useFakeTimers();\r\n});\r\nafterEach(() => {\r\n  jest.useRealTimers();\r\n});\r\n",
                ),
                // Not fixed: faked in a helper, or sinon (and a spy only
                // with unsafe fixes, below).
                (
                    "f.test.js",
                    "function freeze() { jest.useFakeTimers(); }\ntest('a', () => { freeze(); });\n",
                    "function freeze() { jest.useFakeTimers(); }\ntest('a', () => { freeze(); });\n",
                ),
                (
                    "g.test.js",
                    "test('a', () => { jest.spyOn(Date, 'now').mockReturnValue(0); });\n",
                    "test('a', () => { jest.spyOn(Date, 'now').mockReturnValue(0); });\n",
                ),
                (
                    "h.test.js",
                    "import * as v from 'vitest';\nv.test('a', () => { vi.useFakeTimers(); });\n",
                    "import * as v from 'vitest';\nv.test('a', () => { vi.useFakeTimers(); });\n",
                ),
                (
                    "j.test.js",
                    "describe('d', () => {\n  for (const n of [1, 2]) {\n    it('a', () => { jest.useFakeTimers(); });\n  }\n});\n",
                    "describe('d', () => {\n  for (const n of [1, 2]) {\n    it('a', () => { jest.useFakeTimers(); });\n  }\n});\n",
                ),
                (
                    "i.test.js",
                    "let clock;\nbeforeEach(() => { clock = sinon.useFakeTimers(); });\n",
                    "let clock;\nbeforeEach(() => { clock = sinon.useFakeTimers(); });\n",
                ),
            ],
        );
    }

    /// Jasmine: an un-uninstalled `jasmine.clock().install()` (and a
    /// `mockDate()` beside it) gets `afterEach(() => {
    /// jasmine.clock().uninstall(); })` at the end of the `describe` body,
    /// as Jest's fake timers get `useRealTimers()`; a `mockDate()` alone
    /// (a clock some other call installed) gets none. A Jasmine spec is
    /// offered no `vi.`/`jest.` fix, and a Jest spec no Jasmine one.
    #[test]
    fn jasmine_clock_fixes() {
        assert_fixes(
            "global-date-mock",
            false,
            &[
                (
                    "src/app/d.service.spec.ts",
                    "describe('d', () => {\n  it('x', () => {\n    jasmine.clock().install();\n    jasmine.clock().mockDate(new Date(2020, 0, 1));\n    expect(1).toBe(1);\n  });\n});\n",
                    "describe('d', () => {\n  it('x', () => {\n    jasmine.clock().install();\n    jasmine.clock().mockDate(new Date(2020, 0, 1));\n    expect(1).toBe(1);\n  });\n  afterEach(() => {\n    jasmine.clock().uninstall();\n  });\n});\n",
                ),
                (
                    "src/app/e.service.spec.ts",
                    "describe('e', () => {\n  beforeEach(() => {\n    jasmine.clock().install();\n  });\n  it('x', () => { jasmine.clock().tick(50); });\n});\n",
                    "describe('e', () => {\n  beforeEach(() => {\n    jasmine.clock().install();\n  });\n  it('x', () => { jasmine.clock().tick(50); });\n  afterEach(() => {\n    jasmine.clock().uninstall();\n  });\n});\n",
                ),
                (
                    "src/app/f.service.spec.ts",
                    "describe('f', () => {\n  beforeAll(() => {\n    jasmine.clock().install();\n  });\n});\n",
                    "describe('f', () => {\n  beforeAll(() => {\n    jasmine.clock().install();\n  });\n  afterAll(() => {\n    jasmine.clock().uninstall();\n  });\n});\n",
                ),
                (
                    "src/app/g.service.spec.ts",
                    "it('x', () => {\n  jasmine.clock().mockDate(new Date(2019, 0, 1));\n});\n",
                    "it('x', () => {\n  jasmine.clock().mockDate(new Date(2019, 0, 1));\n});\n",
                ),
                (
                    "src/app/h.service.spec.ts",
                    "const spy = jasmine.createSpy('s');\nit('x', () => {\n  vi.useFakeTimers();\n});\n",
                    "const spy = jasmine.createSpy('s');\nit('x', () => {\n  vi.useFakeTimers();\n});\n",
                ),
                (
                    "src/app/i.service.spec.ts",
                    "it('x', () => {\n  jest.fn();\n  jasmine.clock().install();\n});\n",
                    "it('x', () => {\n  jest.fn();\n  jasmine.clock().install();\n});\n",
                ),
            ],
        );
    }

    /// Fix audit: a Jest `setupFiles` file runs before the runner defines
    /// `afterAll`, so a config-named setup file gets no Jest hook fix; a
    /// Vitest one (whose setup files run with the hooks) still does.
    #[test]
    fn no_jest_hook_fix_in_setup_file() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        let settings = Settings::for_rules(&["global-date-mock"]);
        for (file, text, fixable) in [
            ("jestSetupFile.js", "jest.useFakeTimers();\n", false),
            ("setupTests.ts", "vi.useFakeTimers()\n", true),
        ] {
            let path = std::path::Path::new(file);
            let lang = Lang::from_path(path).unwrap();
            let (findings, _) = analyze_source(path, text, lang, FileRole::SetupFile, &settings);
            assert_eq!(findings.len(), 1, "{file}");
            assert_eq!(findings[0].fix.is_some(), fixable, "{file}");
        }
    }

    /// Set 79: a Karma spec imports nothing from Jasmine and reads as Jest,
    /// but the fix for `jasmine.clock()` is Jasmine's own uninstall.
    #[test]
    fn jasmine_clock_gets_the_jasmine_hint() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        let settings = Settings::for_rules(&["global-date-mock"]);
        let path = std::path::Path::new("src/app/w.component.spec.ts");
        let code = "it('x', () => {\n  jasmine.clock().install();\n});\nit('y', () => {\n  jest.useFakeTimers();\n});\n";
        let lang = Lang::from_path(path).unwrap();
        let (findings, _) = analyze_source(path, code, lang, FileRole::by_name(path), &settings);
        assert_eq!(findings.len(), 2);
        assert!(
            findings[0].help.contains("jasmine.clock().uninstall()"),
            "{}",
            findings[0].help
        );
        assert!(findings[0].fix.is_none());
        assert!(
            findings[1].help.contains("jest.useRealTimers()"),
            "{}",
            findings[1].help
        );
    }

    #[test]
    fn spies_get_restore_all_mocks_as_an_unsafe_fix() {
        assert_fixes(
            "global-date-mock",
            true,
            &[(
                "g.test.js",
                "describe('d', () => {\n  beforeEach(() => {\n    jest.spyOn(Date, 'now').mockReturnValue(0);\n  });\n});\n",
                "describe('d', () => {\n  beforeEach(() => {\n    jest.spyOn(Date, 'now').mockReturnValue(0);\n  });\n  afterEach(() => {\n    jest.restoreAllMocks();\n  });\n});\n",
            )],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "global-date-mock";

    #[test]
    fn javascript_fail() {
        assert_rule(
            RULE,
            &[
                // Real timers put back at the end of the test, not in teardown.
                Case::fail("a.test.js", "test('x', () => {\n  jest.useFakeTimers();\n  run();\n  jest.useRealTimers();\n});", &["jest.useFakeTimers()"]),
                Case::fail("a.test.js", "it('x', () => { Date.now = () => 0; });", &["Date.now = () => 0"]),
                Case::fail("a.test.js", "beforeAll(() => { global.Date = FakeDate; });", &["global.Date = FakeDate"]),
                Case::fail("a.test.js", "globalThis.Date = class extends Date {};", &["globalThis.Date = class extends Date {}"]),
                Case::fail("a.test.js", "it('x', () => { jest.spyOn(Date, 'now').mockReturnValue(0); });", &["jest.spyOn(Date, 'now')"]),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nbeforeEach(() => { vi.spyOn(global, 'Date'); });", &["vi.spyOn(global, 'Date')"]),
                Case::fail("a.test.js", "beforeEach(() => { jest.useFakeTimers(); });", &["jest.useFakeTimers()"]),
                // Two mocking calls, two use sites.
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { vi.useFakeTimers(); vi.setSystemTime(new Date(2020, 1, 1)); });", &["vi.useFakeTimers()", "vi.setSystemTime(new Date(2020, 1, 1))"]),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { vi.setSystemTime(0); });", &["vi.setSystemTime(0)"]),
                Case::fail("a.test.js", "it('x', () => { jest.setSystemTime(0); });", &["jest.setSystemTime(0)"]),
                // `vi.stubGlobal('Date', ...)` without `vi.unstubAllGlobals()`.
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { vi.stubGlobal('Date', FakeDate); });", &["vi.stubGlobal('Date', FakeDate)"]),
                Case::fail("a.test.js", "it('x', () => { jest.spyOn(Date.prototype, 'getTime').mockReturnValue(0); });", &["jest.spyOn(Date.prototype, 'getTime')"]),
                // A `spyOn` the file binds is not Jasmine's: bun:test's, Vitest's
                // through destructuring.
                Case::fail("a.test.ts", "import { spyOn, it } from 'bun:test';\nit('x', () => { spyOn(Date, 'now').mockReturnValue(0); });", &["spyOn(Date, 'now')"]),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nconst { spyOn } = vi;\nit('x', () => { spyOn(Date, 'now').mockReturnValue(0); });", &["spyOn(Date, 'now')"]),
                Case::fail("a.spec.js", "let clock;\nbeforeEach(() => { clock = sinon.useFakeTimers(); });", &["sinon.useFakeTimers()"]),
                // sinon's clock imported by name, renamed or not.
                Case::fail("a.spec.mjs", "import { useFakeTimers } from 'sinon';\nit('a', () => { useFakeTimers(0); });", &["useFakeTimers(0)"]),
                Case::fail("a.spec.js", "const { useFakeTimers: fake } = require('sinon');\nit('a', () => { fake({ now: 0 }); });", &["fake({ now: 0 })"]),
                // ...but an instance given the real global object does patch the worker.
                Case::fail("a.test.ts", "it('x', () => { const timers = new FakeTimers({ global: globalThis });\n  timers.useFakeTimers(); });", &["timers.useFakeTimers()"]),
                Case::fail("a.spec.js", "const sandbox = sinon.createSandbox();\nbeforeEach(() => { sandbox.useFakeTimers(); });", &["sandbox.useFakeTimers()"]),
                Case::fail("a.test.js", "it('x', () => { MockDate.set('2020-01-01'); });", &["MockDate.set('2020-01-01')"]),
                // Set 79: Jasmine's clock stays installed (and `Date` mocked)
                // for the rest of the Karma run until `uninstall()`; an
                // uninstall at the end of the body is skipped when an
                // expectation before it throws.
                Case::fail("src/app/w.component.spec.ts", "it('formats', () => {\n  jasmine.clock().install();\n  jasmine.clock().mockDate(new Date('2025-01-15T14:30:45'));\n  component.updateTime();\n  jasmine.clock().uninstall();\n});", &["jasmine.clock().install()", "jasmine.clock().mockDate(new Date('2025-01-15T14:30:45'))"]),
                Case::fail("src/app/d.service.spec.ts", "describe('d', () => {\n  beforeEach(() => {\n    jasmine.clock().install();\n  });\n  it('x', () => { jasmine.clock().tick(50); });\n});", &["jasmine.clock().install()"]),
                // `mockDate()` replaces `Date` without `install()` too.
                Case::fail("src/app/p.spec.ts", "it('x', () => { jasmine.clock().mockDate(new Date(2019, 0, 1)); });", &["jasmine.clock().mockDate(new Date(2019, 0, 1))"]),
                // A helper restoring at the end of its own body hands back
                // nothing, and one whose disposer undoes another clock neither.
                Case::fail("test/clock.ts", "export function withClock(fn) {\n  jasmine.clock().install();\n  fn();\n  jasmine.clock().uninstall();\n}", &["jasmine.clock().install()"]),
                Case::fail("test/timers.ts", "export function fakeTimers() {\n  jest.useFakeTimers();\n  return () => sinon.restore();\n}", &["jest.useFakeTimers()"]),
                // Another describe's `afterEach` does not cover this one.
                Case::fail("src/app/d.service.spec.ts", "describe('a', () => {\n  afterEach(() => jasmine.clock().uninstall());\n  it('x', () => {});\n});\ndescribe('b', () => {\n  it('y', () => { jasmine.clock().install(); });\n});", &["jasmine.clock().install()"]),
                // The global Date redefined rather than assigned.
                Case::fail("a.test.ts", "Object.defineProperty(global, 'Date', { value: DateStub, writable: true });\nit('x', () => {});", &["Object.defineProperty(global, 'Date', { value: DateStub, writable: true })"]),
                Case::fail("a.test.js", "beforeEach(() => { Object.defineProperty(Date, 'now', { value: () => 0 }); });", &["Object.defineProperty(Date, 'now', { value: () => 0 })"]),
                Case::fail("a.test.js", "it('x', () => { Reflect.defineProperty(globalThis, 'Date', { value: FakeDate }); });", &["Reflect.defineProperty(globalThis, 'Date', { value: FakeDate })"]),
                // The test's own `clock` shadows the one the teardown restores.
                Case::fail("a.spec.js", "describe('t', function () {\n  var clock;\n  afterEach(function () { clock.restore(); });\n  it('a', function () { clock = sinon.useFakeTimers(); });\n  it('b', function () { var d = 1, clock = sinon.useFakeTimers(d); clock.tick(1); });\n});", &["sinon.useFakeTimers(d)"]),
                Case::fail("a.test.js", "it('x', () => { timekeeper.freeze(new Date()); });", &["timekeeper.freeze(new Date())"]),
                Case::fail("a.test.js", "it('x', () => { timekeeper.travel(d); });", &["timekeeper.travel(d)"]),
                Case::fail("a.test.tsx", "it('renders', () => { jest.useFakeTimers(); render(<Clock />); });", &["jest.useFakeTimers()"]),
                // A restore in another describe does not cover this one.
                Case::fail("a.test.js", "describe('a', () => { afterEach(() => jest.useRealTimers()); });\ndescribe('b', () => { beforeEach(() => jest.useFakeTimers()); });", &["jest.useFakeTimers()"]),
                // The wrong restore.
                Case::fail("a.test.js", "beforeEach(() => jest.useFakeTimers());\nafterEach(() => jest.clearAllTimers());", &["jest.useFakeTimers()"]),
                // A helper or a `describe.each` row whose suite has no teardown.
                Case::fail("a.test.js", "function fake() { jest.useFakeTimers(); }\ndescribe('a', () => { beforeEach(() => fake()); });", &["jest.useFakeTimers()"]),
                Case::fail("a.test.js", "describe.each([['m', () => jest.useFakeTimers()]])('%s', (_, use) => { beforeEach(() => use()); });", &["jest.useFakeTimers()"]),
                // Called from two suites, only one of which restores.
                Case::fail("a.test.js", "function fake() { jest.useFakeTimers(); }\ndescribe('a', () => { beforeEach(() => fake()); afterEach(() => jest.useRealTimers()); });\ndescribe('b', () => { beforeEach(() => fake()); });", &["jest.useFakeTimers()"]),
                // node:test's module-level tracker fakes the clock until reset,
                // renamed or as the default export's `test.mock`.
                Case::fail("a.test.mjs", "import { test, mock } from 'node:test';\ntest('a', () => { mock.timers.enable({ apis: ['Date'], now: 0 }); });", &["mock.timers.enable({ apis: ['Date'], now: 0 })"]),
                // node:test's module-level tracker mocks `Date.now` for the
                // worker until `mock.restoreAll()`.
                Case::fail("a.test.mjs", "import { test, mock } from 'node:test';\nmock.method(Date, 'now', () => 0);\ntest('a', () => {});", &["mock.method(Date, 'now', () => 0)"]),
                Case::fail("a.test.mjs", "import { test, mock as m } from 'node:test';\ntest('a', () => { m.method(Date, 'now', () => 0); });", &["m.method(Date, 'now', () => 0)"]),
                Case::fail("a.test.mjs", "import { test, mock as m } from 'node:test';\ntest('a', () => { m.timers.enable(); });", &["m.timers.enable()"]),
                Case::fail("a.test.cjs", "const test = require('node:test');\ntest.beforeEach(() => { test.mock.timers.enable(); });\ntest('a', () => {});", &["test.mock.timers.enable()"]),
                // A reset in another test is no teardown.
                Case::fail("a.test.mjs", "import { test, mock } from 'node:test';\ntest('a', () => { mock.timers.enable(); });\ntest('b', () => { mock.timers.reset(); });", &["mock.timers.enable()"]),
            ],
        );
    }

    #[test]
    fn javascript_pass() {
        assert_rule(
            RULE,
            &[
                // node:test: a test context's tracker is reset when its test
                // ends; the module-level one by `mock.timers.reset()` or
                // `mock.reset()` in teardown.
                Case::pass("a.test.mjs", "import { test } from 'node:test';\ntest('a', (t) => { t.mock.timers.enable({ apis: ['Date'] }); });"),
                // A test context's `t.mock.method` is restored when its test
                // ends; the module tracker's by `mock.restoreAll()`/`mock.reset()`.
                Case::pass("a.test.mjs", "import { test } from 'node:test';\ntest('a', (t) => { t.mock.method(Date, 'now', () => 0); });"),
                Case::pass("a.test.mjs", "import { test, mock, afterEach } from 'node:test';\nafterEach(() => mock.restoreAll());\ntest('a', () => { mock.method(Date, 'now', () => 0); });"),
                Case::pass("a.test.mjs", "import { test, mock, after } from 'node:test';\nmock.method(Date, 'now', () => 0);\nafter(() => mock.reset());\ntest('a', () => {});"),
                // Another library's `mock.method`, or a method that is no clock.
                Case::pass("a.test.js", "const mock = makeMock();\nit('a', () => { mock.method(Date, 'now'); });"),
                Case::pass("a.test.mjs", "import { test, mock } from 'node:test';\ntest('a', () => { mock.method(api, 'fetch', () => 0); });"),
                Case::pass("a.test.mjs", "import { test, mock, afterEach } from 'node:test';\nafterEach(() => mock.timers.reset());\ntest('a', () => { mock.timers.enable(); });"),
                Case::pass("a.test.mjs", "import { test, mock, after, before } from 'node:test';\nbefore(() => mock.timers.enable());\nafter(() => mock.reset());\ntest('a', () => {});"),
                Case::pass("a.test.mjs", "import { test, mock } from 'node:test';\ntest('a', () => {\n  mock.timers.enable();\n  try { run(); } finally { mock.timers.reset(); }\n});"),
                // Not node:test: another library's `mock.timers`.
                Case::pass("a.test.js", "const mock = makeMock();\nit('a', () => { mock.timers.enable(); });"),
                // sinon's clock only has to be restored again (the spec's wording).
                Case::pass("a.test.js", "it('ticks', () => {\n  const clock = sinon.useFakeTimers();\n  clock.tick(1000);\n  clock.restore();\n});"),
                Case::pass("a.test.js", "test('x', () => {\n  jest.useFakeTimers();\n  try {\n    run();\n  } finally {\n    jest.useRealTimers();\n  }\n});"),
                // Patched and put back inline, outside `finally`: the mock is reported,
                // the put-back is not.
                Case::fail("a.test.js", "test('x', () => {\n  const now = Date.now;\n  Date.now = () => 1531069919686;\n  expect(stamp()).toBe(1531069919686);\n  Date.now = now;\n});", &["Date.now = () => 1531069919686"]),
                Case::pass("a.test.js", "beforeEach(() => jest.useFakeTimers());\nafterEach(() => jest.useRealTimers());"),
                // The original saved through the bare global and put back through
                // `global.`: only the mock is reported, never the put-back.
                Case::fail("a.test.js", "let realDate;\ntest('x', () => {\n  realDate = Date;\n  global.Date = class extends Date {};\n  expect(now()).toBe(0);\n  global.Date = realDate;\n});", &["global.Date = class extends Date {}"]),
                Case::pass("a.test.js", "const RealDate = Date;\nbeforeEach(() => { globalThis.Date = FakeDate; });\nafterEach(() => { global.Date = RealDate; });"),
                // A fake `Date` handed the real `now` through the saved original
                // (set 31: blocknative/assist's jest setup file): only the fake is
                // reported; another member of the original is still a replacement.
                Case::fail("a.test.js", "const _Date = Date;\nglobal.Date = jest.fn(() => DATE_TO_USE);\nglobal.Date.UTC = _Date.UTC;\nglobal.Date.now = _Date.now;", &["global.Date = jest.fn(() => DATE_TO_USE)"]),
                Case::fail("a.test.js", "const _Date = Date;\ntest('x', () => { Date.now = _Date.parse; });", &["Date.now = _Date.parse"]),
                Case::pass("a.test.js", "const RealDate = Date;\nbeforeEach(() => { Date.now = () => 0; });\nafterEach(() => { Date.now = RealDate.now; });"),
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nbeforeEach(() => { vi.useFakeTimers(); vi.setSystemTime(0); });\nafterEach(() => { vi.useRealTimers(); });"),
                // Vitest runs the function a setup hook returns as its teardown.
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nbeforeEach(() => { vi.useFakeTimers(); return () => { vi.useRealTimers(); }; });"),
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nbeforeAll(() => { vi.setSystemTime(0); return () => vi.useRealTimers(); });"),
                Case::fail("a.test.ts", "import { vi } from 'vitest';\nbeforeEach(() => { vi.useFakeTimers(); return () => { cleanup(); }; });", &["vi.useFakeTimers()"]),
                Case::fail("a.test.js", "beforeEach(() => { jest.useFakeTimers(); return () => jest.useRealTimers(); });", &["jest.useFakeTimers()"]),
                // A Playwright fixture's code after `await use()` is its teardown.
                Case::pass("a.spec.ts", "import { test as base } from '@playwright/test';\nconst test = base.extend({ clock: async ({}, use) => { const real = Date.now; Date.now = () => 1; await use(); Date.now = real; } });\ntest('x', async ({ clock }) => {});"),
                Case::fail("a.spec.ts", "import { test as base } from '@playwright/test';\nconst test = base.extend({ clock: async ({}, use) => { Date.now = () => 1; await use(); } });\ntest('x', async ({ clock }) => {});", &["Date.now = () => 1"]),
                // Vitest `test.extend` fixtures: code after the call of the `use` parameter
                // (whatever its name) is teardown, in the tuple form and per worker too.
                Case::pass("a.test.ts", "import { test as base, vi } from 'vitest';\nconst test = base.extend({ clock: async ({}, provide) => { vi.useFakeTimers(); await provide(); vi.useRealTimers(); } });\ntest('x', ({ clock }) => {});"),
                Case::pass("a.test.js", "import { test as base, vi } from 'vitest';\nconst test = base.extend({ clock: [async ({}, use) => { vi.useFakeTimers(); await use(); vi.useRealTimers(); }, { auto: true, scope: 'worker' }] });\ntest('x', () => {});"),
                Case::fail("a.test.ts", "import { test as base, vi } from 'vitest';\nconst test = base.extend({ clock: [async ({}, use) => { vi.useFakeTimers(); await use(); }, { auto: true }] });\ntest('x', () => {});", &["vi.useFakeTimers()"]),
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nafterEach(() => { vi.unstubAllGlobals(); });\nit('x', () => { vi.stubGlobal('Date', FakeDate); });"),
                Case::pass("a.test.ts", "import { vi } from 'vitest';\nit('x', () => { vi.stubGlobal('fetch', vi.fn()); });"),
                Case::pass("a.test.js", "describe('d', () => {\n  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(0));\n  afterEach(() => jest.restoreAllMocks());\n});"),
                Case::pass("a.test.js", "let spy;\nbeforeEach(() => { spy = jest.spyOn(Date, 'now'); });\nafterAll(() => spy.mockRestore());"),
                // Jasmine's global `spyOn`: its spies are removed when the spec ends.
                Case::pass("spec/a.spec.js", "it('x', () => { spyOn(Date, 'now').and.returnValue(0); });"),
                Case::pass("spec/a.spec.js", "beforeEach(() => { spyOn(global, 'Date').and.callFake(() => new FakeDate()); });"),
                Case::pass("a.test.js", "it('x', () => { const real = Date.now; try { Date.now = () => 0; } finally { Date.now = real; } });"),
                Case::pass("a.test.js", "const real = Date.now;\nbeforeEach(() => { Date.now = () => 0; });\nafterEach(() => { Date.now = real; });"),
                Case::pass("a.spec.js", "let clock;\nbeforeEach(() => { clock = sinon.useFakeTimers(); });\nafterEach(() => clock.restore());"),
                Case::pass("a.spec.mjs", "import { useFakeTimers } from 'sinon';\nlet clock;\nbefore(() => { clock = useFakeTimers(0); });\nafter(() => clock.restore());"),
                // A bare `useFakeTimers` not taken from sinon is some helper.
                Case::pass("a.test.js", "import { useFakeTimers } from './helpers';\nit('a', () => { useFakeTimers(); });"),
                // A local clock restored in the test, or the whole sandbox restored.
                Case::pass("a.spec.js", "afterEach(() => clock.restore());\nit('a', () => { const clock = sinon.useFakeTimers(); try { run(); } finally { clock.restore(); } });"),
                Case::pass("a.spec.js", "afterEach(() => sinon.restore());\nit('a', () => { const clock = sinon.useFakeTimers(); clock.tick(1); });"),
                // Redefined, then put back in teardown (or the put-back itself).
                Case::pass("a.test.js", "const RealDate = Date;\nbeforeEach(() => { Object.defineProperty(global, 'Date', { value: FakeDate }); });\nafterEach(() => { global.Date = RealDate; });"),
                Case::pass("a.test.js", "const RealDate = Date;\nbeforeEach(() => { Object.defineProperty(global, 'Date', { value: FakeDate }); });\nafterEach(() => { Object.defineProperty(global, 'Date', { value: RealDate }); });"),
                Case::pass("a.test.js", "it('x', () => { try { Object.defineProperty(Date, 'now', { value: () => 0 }); run(); } finally { Object.defineProperty(Date, 'now', { value: realNow }); } });"),
                // Other properties, or on other objects.
                Case::pass("a.test.js", "it('x', () => { Object.defineProperty(window, 'location', { value: loc }); Object.defineProperty(obj, 'Date', { value: 1 }); });"),
                // A private instance patching a fake global (Jest's/Vitest's own timer tests).
                Case::pass("a.test.ts", "it('x', () => { const global = { Date, setTimeout };\n  const timers = new FakeTimers({ global });\n  timers.useFakeTimers(); });"),
                Case::pass("a.spec.js", "beforeEach(() => { sinon.useFakeTimers(); });\nafterEach(() => sinon.restore());"),
                Case::pass("a.test.js", "beforeEach(() => jest.useFakeTimers());\nafterEach(jest.useRealTimers);"),
                Case::pass("a.test.js", "beforeEach(() => MockDate.set(0));\nafterEach(() => MockDate.reset());"),
                // Jasmine's clock uninstalled in the same scope's teardown,
                // or scoped with `withMock`; `tick()` moves a clock, it installs none.
                Case::pass("src/app/a.service.spec.ts", "describe('getJSON', () => {\n  beforeEach(() => {\n    jasmine.clock().install();\n    jasmine.clock().mockDate(new Date(2020, 0, 1));\n  });\n  it('x', () => { jasmine.clock().tick(10); });\n  afterEach(() => {\n    jasmine.clock().uninstall();\n  });\n});"),
                Case::pass("src/app/d.service.spec.ts", "describe('todayStr', () => {\n  afterEach(() => jasmine.clock().uninstall());\n  it('x', () => {\n    jasmine.clock().install();\n    jasmine.clock().mockDate(new Date(2026, 2, 27));\n  });\n});"),
                Case::pass("src/app/b.service.spec.ts", "beforeEach(() => {\n  jasmine.clock().uninstall();\n  jasmine.clock().install();\n});\nafterEach(() => {\n  jasmine.clock().uninstall();\n});"),
                Case::pass("src/app/c.spec.ts", "it('x', () => {\n  jasmine.clock().withMock(() => {\n    jasmine.clock().mockDate(new Date(2020, 0, 1));\n  });\n});"),
                // A helper that hands its caller the undo (browser-sdk's
                // `mockClock()` returning `{ tick, setDate, cleanup }`).
                Case::pass("packages/core/test/mockClock.ts", "export function mockClock(date?: Date) {\n  jasmine.clock().install()\n  jasmine.clock().mockDate(date)\n  return {\n    tick: (ms: number) => jasmine.clock().tick(ms),\n    setDate: (d: Date) => jasmine.clock().mockDate(d),\n    cleanup: () => {\n      jasmine.clock().uninstall()\n    },\n  }\n}"),
                Case::pass("test/timers.ts", "export function fakeTimers() {\n  jest.useFakeTimers();\n  return () => jest.useRealTimers();\n}"),
                Case::pass("a.test.js", "beforeEach(() => timekeeper.freeze(0));\nafterEach(() => { timekeeper.reset(); });"),
                Case::pass("a.test.js", "import { test } from 'node:test';\ntest('x', (t) => { t.mock.timers; const c = sinon.useFakeTimers(); t.after(() => c.restore()); });"),
                // node:test's per-test `t.mock` is reset when the test ends (set 25).
                Case::pass("a.test.mjs", "import { test } from 'node:test';\ntest('x', (t) => { t.mock.timers.enable({ apis: ['Date'], now: 0 }); });"),
                Case::pass("a.test.tsx", "afterEach(() => { cleanup(); jest.useRealTimers(); });\nit('x', () => { jest.useFakeTimers(); render(<A />); });"),
                // Started by a helper or a `describe.each` row, inside a suite whose
                // own teardown restores (set 51: react-testing-library's
                // `describe.each([['modern', () => jest.useFakeTimers('modern')]])`).
                Case::pass("a.test.js", "function fake() { jest.useFakeTimers(); }\ndescribe('a', () => { beforeEach(() => fake()); afterEach(() => jest.useRealTimers()); });"),
                Case::pass("a.test.js", "describe.each([['m', () => jest.useFakeTimers()]])('%s', (_, use) => {\n  beforeEach(() => use());\n  afterEach(() => jest.useRealTimers());\n  test('x', () => {});\n});"),
                // A teardown helper of the same file.
                Case::pass("a.test.js", "function restoreClock() { jest.useRealTimers(); }\nbeforeEach(() => jest.useFakeTimers());\nafterEach(restoreClock);\nafterEach(() => restoreClock());"),
                // Unrelated spies and timers.
                Case::pass("a.test.js", "it('x', () => { jest.spyOn(console, 'log'); setTimeout(f, 0); });"),
                Case::pass("a.test.js", "it('x', () => { const now = Date.now(); expect(now).toBeGreaterThan(0); });"),
            ],
        );
    }

    #[test]
    fn javascript_project_facts() {
        let spy = "it('x', () => { jest.spyOn(Date, 'now'); jest.useFakeTimers(); });";
        let run = |restore_mocks: bool, setup: bool| {
            crate::testing::reported_with_project(RULE, "a.test.js", spy, |p| {
                p.restore_mocks = restore_mocks;
                p.setup_restores_timers = setup;
            })
        };
        assert_eq!(
            run(false, false),
            vec!["jest.spyOn(Date, 'now')", "jest.useFakeTimers()"]
        );
        // restoreMocks covers spies, never fake timers.
        assert_eq!(run(true, false), vec!["jest.useFakeTimers()"]);
        // A setup file's global afterEach(useRealTimers) covers fake timers.
        assert_eq!(run(false, true), vec!["jest.spyOn(Date, 'now')"]);
        assert!(run(true, true).is_empty());
    }

    /// Vitest's `unstubGlobals: true` puts stubbed globals back after each
    /// test, as `vi.unstubAllGlobals()` in an `afterEach` would; it does
    /// not undo fake timers.
    #[test]
    fn unstub_globals_config() {
        let code = "import { vi } from 'vitest';\nit('x', () => { vi.stubGlobal('Date', FakeDate); vi.useFakeTimers(); });";
        let run = |unstub_globals: bool| {
            crate::testing::reported_with_project(RULE, "a.test.ts", code, |p| {
                p.unstub_globals = unstub_globals
            })
        };
        assert_eq!(
            run(false),
            vec!["vi.stubGlobal('Date', FakeDate)", "vi.useFakeTimers()"]
        );
        assert_eq!(run(true), vec!["vi.useFakeTimers()"]);
    }

    #[test]
    fn python_fail() {
        assert_rule(
            RULE,
            &[
                // Freezers and patchers imported under another name.
                Case::fail("test_a.py", "from freezegun import freeze_time as ft\nfrom unittest.mock import patch as mpatch\nfrom unittest import mock as um\n\ndef test_x():\n    ft('2020-01-01').start()\n    mpatch('time.time', return_value=1.0).start()\n    um.patch('time.time', return_value=2.0).start()\n", &["ft('2020-01-01').start()", "mpatch('time.time', return_value=1.0).start()", "um.patch('time.time', return_value=2.0).start()"]),
                Case::fail("test_a.py", "import time\ndef test_x():\n    time.time = lambda: 0\n", &["time.time = lambda: 0"]),
                // The same assignment written with `setattr`, the module aliased or not.
                Case::fail("test_a.py", "import time\ndef test_x():\n    setattr(time, 'time', lambda: 0)\n", &["setattr(time, 'time', lambda: 0)"]),
                Case::fail("test_a.py", "import datetime as dt\ndef setup_module():\n    setattr(dt, 'datetime', FakeDatetime)\n", &["setattr(dt, 'datetime', FakeDatetime)"]),
                Case::fail("test_a.py", "import datetime\ndef test_x():\n    datetime.datetime = FakeDatetime\n", &["datetime.datetime = FakeDatetime"]),
                // The module imported under another name.
                Case::fail("test_a.py", "import datetime as dt\ndef test_x():\n    dt.datetime = FakeDatetime\n", &["dt.datetime = FakeDatetime"]),
                Case::fail("test_a.py", "import time as _time\ndef test_x():\n    _time.time = lambda: 0\n", &["_time.time = lambda: 0"]),
                Case::fail("test_a.py", "import app\ndef test_x():\n    app.time.time = lambda: 0\n", &["app.time.time = lambda: 0"]),
                Case::fail("test_a.py", "from freezegun import freeze_time\ndef test_x():\n    freeze_time('2020-01-01').start()\n", &["freeze_time('2020-01-01').start()"]),
                Case::fail("test_a.py", "from freezegun import freeze_time\ndef setup_function():\n    global f\n    f = freeze_time('2020-01-01')\n    f.start()\n", &["f.start()"]),
                Case::fail("test_a.py", "from unittest import mock\ndef test_x():\n    mock.patch('time.time', return_value=0).start()\n", &["mock.patch('time.time', return_value=0).start()"]),
                Case::fail("test_a.py", "import unittest\nfrom unittest.mock import patch\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.p = patch('datetime.datetime')\n        self.p.start()\n    def test_a(self):\n        pass\n", &["self.p.start()"]),
                Case::fail("test_a.py", "import time_machine\ndef test_x():\n    time_machine.travel(0).start()\n", &["time_machine.travel(0).start()"]),
                Case::fail("test_a.py", "import time\nfrom unittest import mock\ndef test_x():\n    mock.patch.object(time, 'time').start()\n", &["mock.patch.object(time, 'time').start()"]),
            ],
        );
    }

    #[test]
    fn python_pass() {
        assert_rule(
            RULE,
            &[
                // `setattr` put back in a `finally` or in teardown, by `setattr` or
                // assignment; `monkeypatch.setattr` is undone by pytest.
                Case::pass("test_a.py", "import time\ndef test_x():\n    orig = time.time\n    setattr(time, 'time', lambda: 0)\n    try:\n        run()\n    finally:\n        setattr(time, 'time', orig)\n"),
                Case::pass("test_a.py", "import time, unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.orig = time.time\n        setattr(time, 'time', lambda: 0)\n    def tearDown(self):\n        time.time = self.orig\n    def test_x(self):\n        pass\n"),
                Case::pass("test_a.py", "import time\ndef test_x(monkeypatch):\n    monkeypatch.setattr(time, 'time', lambda: 0)\n"),
                Case::pass("test_a.py", "import time\ndef test_x():\n    setattr(clock, 'time', lambda: 0)\n"),
                Case::pass("test_a.py", "import unittest\nfrom unittest.mock import patch as mpatch\nclass T(unittest.TestCase):\n    def setUp(self):\n        mpatch('time.time').start()\n        self.addCleanup(mpatch.stopall)\n    def test_x(self):\n        pass\n"),
                Case::pass("test_a.py", "from myclock import freeze as ft\ndef test_x():\n    ft('2020-01-01').start()\n"),
                // A started freezer only has to be stopped again.
                Case::pass("test_t.py", "from freezegun import freeze_time\ndef test_x():\n    freezer = freeze_time('2012-01-14')\n    freezer.start()\n    assert today().day == 14\n    freezer.stop()\n"),
                Case::fail("test_t.py", "import time\ndef test_x():\n    original = time.time\n    time.time = lambda: 0\n    assert stamp() == 0\n    time.time = original\n", &["time.time = lambda: 0"]),
                // A unittest `run(self, result=None)` override wraps each test:
                // its code after `super().run(result)` is the class's teardown
                // (luigi's worker tests, audit 86). Before that call, or in a
                // `run` that never calls the base class's, it is no restore.
                Case::pass("test/worker_test.py", "import time, unittest\nclass T(unittest.TestCase):\n    def run(self, result=None):\n        self.time = time.time\n        with Worker() as w:\n            self.w = w\n            super(T, self).run(result)\n        if time.time != self.time:\n            time.time = self.time\n    def setTime(self, t):\n        time.time = lambda: t\n    def test_x(self):\n        self.setTime(1)\n"),
                Case::fail("test/worker_test.py", "import time, unittest\nclass T(unittest.TestCase):\n    def run(self, result=None):\n        self.time = time.time\n        time.time = self.time\n        super().run(result)\n    def setTime(self, t):\n        time.time = lambda: t\n    def test_x(self):\n        self.setTime(1)\n", &["time.time = lambda: t"]),
                Case::fail("test/worker_test.py", "import time, unittest\nclass T(unittest.TestCase):\n    def run(self, result=None):\n        self.orig = time.time\n        self.runner.run(result)\n        time.time = self.orig\n    def test_x(self):\n        time.time = lambda: 1\n", &["time.time = lambda: 1"]),
                Case::pass("test_a.py", "from freezegun import freeze_time\ndef test_x():\n    with freeze_time('2020-01-01'):\n        pass\n"),
                // A context manager class whose __exit__ assigns the clock back.
                Case::pass("test_a.py", "import datetime\n\nclass mock_datetime:\n    def __enter__(self):\n        self.original = datetime.datetime\n        datetime.datetime = MockDate\n\n    def __exit__(self, *args):\n        datetime.datetime = self.original\n\ndef test_x():\n    with mock_datetime():\n        pass\n"),
                // ...but not one whose __exit__ leaves the clock replaced.
                Case::fail("test_a.py", "import datetime, time\n\nclass mock_clock:\n    def __enter__(self):\n        time.time = lambda: 0\n\n    def __exit__(self, *args):\n        pass\n\ndef test_x():\n    with mock_clock():\n        pass\n", &["time.time = lambda: 0"]),
                // A stop inside a test does not undo a module-level start for the tests before it.
                Case::fail("test_a.py", "from freezegun import freeze_time\nfreezer = freeze_time('2021-08-23')\nfreezer.start()\n\ndef test_x():\n    freezer.stop()\n", &["freezer.start()"]),
                Case::pass("test_a.py", "from freezegun import freeze_time\n@freeze_time('2020-01-01')\ndef test_x():\n    pass\n"),
                Case::pass("test_a.py", "import time\ndef test_x(monkeypatch):\n    monkeypatch.setattr(time, 'time', lambda: 0)\n"),
                Case::pass("test_a.py", "def test_x(mocker):\n    mocker.patch('time.time', return_value=0)\n"),
                Case::pass("test_a.py", "from unittest import mock\ndef test_x():\n    with mock.patch('time.time', return_value=0):\n        pass\n"),
                Case::pass("test_a.py", "from unittest import mock\n@mock.patch('datetime.datetime')\ndef test_x(dt):\n    pass\n"),
                Case::pass("test_a.py", "import myapp.clock as dt\ndef test_x():\n    dt.datetime = FakeDatetime\n"),
                Case::pass("test_a.py", "import unittest\nfrom unittest.mock import patch\nclass T(unittest.TestCase):\n    def setUp(self):\n        patcher = patch('time.time')\n        patcher.start()\n        self.addCleanup(patcher.stop)\n    def test_a(self):\n        pass\n"),
                Case::pass("test_a.py", "import unittest\nfrom unittest.mock import patch\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.p = patch('datetime.datetime')\n        self.p.start()\n    def tearDown(self):\n        self.p.stop()\n    def test_a(self):\n        pass\n"),
                Case::pass("test_a.py", "import unittest\nfrom unittest import mock\nclass T(unittest.TestCase):\n    def setUp(self):\n        mock.patch('time.time').start()\n    def tearDown(self):\n        mock.patch.stopall()\n"),
                Case::pass("test_a.py", "import pytest\nfrom freezegun import freeze_time\n@pytest.fixture\ndef frozen():\n    f = freeze_time('2020-01-01')\n    f.start()\n    yield f\n    f.stop()\n"),
                Case::pass("test_a.py", "import time\ndef test_x():\n    real = time.time\n    try:\n        time.time = lambda: 0\n    finally:\n        time.time = real\n"),
                Case::pass("test_a.py", "import time_machine\nclass TestX:\n    def setup_method(self):\n        self.t = time_machine.travel(0)\n        self.t.start()\n    def teardown_method(self):\n        self.t.stop()\n"),
                Case::pass("test_a.py", "from unittest import mock\ndef test_x():\n    mock.patch('app.send_mail').start()\n"),
                // Started and stopped at import time, before any test runs.
                Case::pass("test_a.py", "from freezegun import freeze_time\nfreezer = freeze_time('2021-08-23')\nfreezer.start()\nitems = parse()\nfreezer.stop()\n\ndef test_x():\n    assert items\n"),
                // A session-wide freeze that conftest's `pytest_unconfigure` stops.
                Case::pass("conftest.py", "_freezer = None\n\ndef pytest_configure(config):\n    global _freezer\n    from freezegun import freeze_time\n    _freezer = freeze_time('2020-01-01')\n    _freezer.start()\n\ndef pytest_unconfigure(config):\n    global _freezer\n    if _freezer:\n        _freezer.stop()\n"),
            ],
        );
    }

    /// `using` / `await using` disposal: the bound object's
    /// `[Symbol.dispose]()` runs at block end, a throw included, as a
    /// `finally` does (TypeScript parses the declaration as an assignment).
    #[test]
    fn using_disposal() {
        assert_rule(
            RULE,
            &[
                Case::pass("a.test.ts", "import { test, vi } from 'vitest';\ntest('x', () => {\n  using _clock = { [Symbol.dispose]() { vi.useRealTimers(); } };\n  vi.useFakeTimers();\n});"),
                Case::pass("a.test.js", "test('x', () => {\n  using _clock = { [Symbol.dispose]() { jest.useRealTimers(); } };\n  jest.useFakeTimers();\n});"),
                Case::pass("a.test.ts", "import { test, vi } from 'vitest';\ntest('x', async () => {\n  await using _c = { [Symbol.asyncDispose]: async () => { vi.useRealTimers(); } };\n  vi.useFakeTimers();\n});"),
                // A same-file helper returning the disposable, one level.
                Case::pass("a.test.ts", "import { test, vi } from 'vitest';\nfunction fakeClock() {\n  vi.useFakeTimers();\n  return { [Symbol.dispose]() { vi.useRealTimers(); } };\n}\ntest('x', () => {\n  using _ = fakeClock();\n});"),
                Case::pass("a.test.ts", "import { test, vi } from 'vitest';\nclass Clock { [Symbol.dispose]() { vi.useRealTimers(); } }\ntest('x', () => {\n  using _ = new Clock();\n  vi.useFakeTimers();\n});"),
                // The disposer restores something else.
                Case::fail("a.test.ts", "import { test, vi } from 'vitest';\ntest('x', () => {\n  using _s = { [Symbol.dispose]() { server.close(); } };\n  vi.useFakeTimers();\n});", &["vi.useFakeTimers()"]),
                // The `using` is in another test.
                Case::fail("a.test.ts", "import { test, vi } from 'vitest';\ntest('a', () => {\n  using _clock = { [Symbol.dispose]() { vi.useRealTimers(); } };\n});\ntest('b', () => {\n  vi.useFakeTimers();\n});", &["vi.useFakeTimers()"]),
                // ...or in a nested callback, which ends before the test does.
                Case::fail("a.test.js", "test('x', () => {\n  jest.useFakeTimers();\n  [1].forEach(() => { using _c = { [Symbol.dispose]() { jest.useRealTimers(); } }; });\n});", &["jest.useFakeTimers()"]),
                // The helper is also called without `using`.
                Case::fail("a.test.ts", "import { test, vi } from 'vitest';\nfunction fakeClock() {\n  vi.useFakeTimers();\n  return { [Symbol.dispose]() { vi.useRealTimers(); } };\n}\ntest('a', () => { using _ = fakeClock(); });\ntest('b', () => { fakeClock(); });", &["vi.useFakeTimers()"]),
            ],
        );
    }

    /// Spec sweep 86: node:test's module-level tracker reached through the
    /// module bound as a whole (`import * as nt from 'node:test'`, a default
    /// import, `require`) fakes the clock for the worker like `mock` does;
    /// its own `restoreAll()`/`reset()` in a teardown restores it, and a test
    /// context's `t.mock` or another module's `mock` stays silent.
    #[test]
    fn spec86_node_test_module_object_tracker() {
        assert_rule(
            RULE,
            &[
                Case::fail("a.test.mjs", "import * as nt from 'node:test';
nt.it('a', () => { nt.mock.timers.enable({ apis: ['Date'] }); });", &["nt.mock.timers.enable({ apis: ['Date'] })"]),
                Case::fail("a.test.mjs", "import * as nt from 'node:test';
nt.it('a', () => { nt.mock.method(Date, 'now', () => 0); });", &["nt.mock.method(Date, 'now', () => 0)"]),
                Case::fail("a.test.mjs", "import nodeTest from 'node:test';
nodeTest('a', () => { nodeTest.mock.timers.enable(); });", &["nodeTest.mock.timers.enable()"]),
                Case::fail("a.test.cjs", "const nt = require('node:test');
nt.test('a', () => { nt.mock.method(Date, 'now', () => 0); });", &["nt.mock.method(Date, 'now', () => 0)"]),
                Case::pass("a.test.mjs", "import * as nt from 'node:test';
nt.afterEach(() => nt.mock.restoreAll());
nt.it('a', () => { nt.mock.method(Date, 'now', () => 0); });"),
                Case::pass("a.test.mjs", "import * as nt from 'node:test';
nt.afterEach(() => nt.mock.timers.reset());
nt.it('a', () => { nt.mock.timers.enable(); });"),
                Case::pass("a.test.mjs", "import * as nt from 'node:test';
nt.it('a', (t) => { t.mock.timers.enable(); });"),
                // The namespace's `describe`/`afterEach` are the framework's:
                // a reset in another describe does not cover this one.
                Case::fail("a.test.mjs", "import * as nt from 'node:test';\nnt.describe('a', () => {\n  nt.it('x', () => { nt.mock.timers.enable(); });\n});\nnt.describe('b', () => {\n  nt.afterEach(() => { nt.mock.timers.reset(); });\n  nt.it('y', () => {});\n});", &["nt.mock.timers.enable()"]),
                Case::fail("a.test.ts", "import * as vt from 'vitest';\nvt.describe('a', () => { vt.it('x', () => { vt.vi.useFakeTimers(); }); });\nvt.describe('b', () => { vt.afterEach(() => { vt.vi.useRealTimers(); }); });", &["vt.vi.useFakeTimers()"]),
                Case::pass("a.test.ts", "import * as vt from 'vitest';\nvt.describe('a', () => {\n  vt.afterEach(() => { vt.vi.useRealTimers(); });\n  vt.it('x', () => { vt.vi.useFakeTimers(); });\n});"),
                // Another module's `mock` object is not node:test's tracker.
                Case::pass("a.test.mjs", "import { it } from 'node:test';
import * as helpers from './helpers.js';
it('a', () => { helpers.mock.timers.enable(); });"),
            ],
        );
    }
}

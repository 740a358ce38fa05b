//! `module-mutable-state`: a module-, `describe`- or class-level mutable
//! binding that tests (or same-file helpers they call) mutate and that no
//! per-test hook resets, so each test sees the leftovers of the tests that
//! ran before it in the same worker.
//!
//! Flagged: JS `let`/`var` rebound or updated by a test (`x++`, `x += 1`,
//! `x = ...`), arrays/objects/`Map`/`Set` (also `const`) mutated in place
//! (`push`, `set`, `add`, `delete`, `obj[k] = v`, `obj.k = v`...); Python
//! module- or class-level list/dict/set/`Counter`/`defaultdict`/`deque`
//! mutated (`.append`, `.update`, `d[k] = v`, `del d[k]`,
//! `self.items.append`), and any name rebound through `global` or
//! `cls.x = ...`. Reported at the mutation, with the declaration related.
//! Under `test.concurrent`/`describe.concurrent` a write by a test is
//! flagged even when a hook resets the binding.
//!
//! Not flagged: bindings written only in hooks (`let server;` set in
//! `beforeAll`), constants, state reset by `beforeEach`/`afterEach`/`setUp`/
//! `tearDown`/`setup_method`/a function-scoped (autouse or requested)
//! fixture (reassigned, emptied, or its entries taken out again:
//! `tearDown: _REGISTRY.pop(self.name, None)`, `afterEach: cache.delete(k)`),
//! locals of a test, tables built at import time, and a test that
//! reinitialises the binding itself before using it (`x = []` first), and
//! lazy initialisation of a memoised singleton (`if _cache is None: ...`,
//! `if (!client) client = ...`, `x ??= ...`).

use super::test_order_dependency::{deferred_after_own_write, in_finally};
use super::{Rule, RuleContext, SharedThrough, Triggers};
use crate::model::bindings::{BindingUses, DeclKind, RefKind, SharedBinding};
use crate::model::facts::{self, Assign};
use crate::model::framework::HookKind;
use crate::model::kinds::FieldByName;
use crate::model::scope::{ScopeId, ScopeKind};
use crate::model::Model;
use foldhash::{HashMap, HashMapExt};

pub struct ModuleMutableState;

impl Rule for ModuleMutableState {
    fn id(&self) -> &'static str {
        "module-mutable-state"
    }

    fn triggers(&self) -> Triggers {
        Triggers::SHARED_STATE
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Process
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        let memo = cx.memo;
        let shared = memo.shared_bindings(model);
        for binding in &shared.bindings {
            check_binding(cx, model, binding);
        }
    }
}

/// Whether a write of `kind` changes what other tests see of `binding`.
fn counts(model: &Model, binding: &SharedBinding, kind: RefKind) -> bool {
    let in_place = matches!(kind, RefKind::MemberAssign | RefKind::Mutate);
    if in_place && model.copied_per_test(binding) {
        return false;
    }
    match binding.kind {
        DeclKind::JsConst => in_place && binding.holds_container,
        DeclKind::JsLet | DeclKind::JsVar | DeclKind::PyModule | DeclKind::PyClassAttr => {
            matches!(kind, RefKind::Rebind | RefKind::Update)
                || (in_place && binding.holds_container)
        }
    }
}

fn check_binding<'t>(cx: &mut RuleContext<'_, 't>, model: &Model<'t>, binding: &SharedBinding<'t>) {
    if !binding.refs.iter().any(|r| counts(model, binding, r.kind))
        || is_cleanup_registry(model, binding)
    {
        return;
    }
    let uses = model.binding_uses(binding);
    // Python tests that write the binding back in a `finally` (a
    // patch-and-restore: `global X; X = fake; try: ... finally: X = saved`),
    // in a cleanup callback (`self.addCleanup(_reset)`), in the exit half
    // of a `@contextmanager` they use (`counter = 0; yield; counter =
    // None`), or register that with `self.addCleanup(setattr, cls, "X",
    // saved)`.
    let python = model.lang.is_python();
    // A test that deletes the name again in a `finally` (`global engine;
    // engine = create_engine(...); try: ... finally: del engine`) leaves the
    // module as it found it, too.
    let restoring: Vec<ScopeId> = binding
        .refs
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            python
                && r.kind.is_write()
                && (in_finally(model, r.node) || crate::model::teardown::in_teardown(model, r.node))
        })
        .flat_map(|(i, _)| uses.owners[i].iter().copied())
        .chain(uses.restored_by_cleanup.iter().copied())
        .chain(
            uses.by_test
                .keys()
                .copied()
                .filter(|&t| python && deletes_in_finally(model, t, binding.name)),
        )
        .collect();
    // Per test: whether its writes to the binding leak to other tests.
    let mut leaks: HashMap<ScopeId, bool> = HashMap::new();
    for (i, r) in binding.refs.iter().enumerate() {
        if !counts(model, binding, r.kind)
            || is_lazy_init(model, binding.name, r.node, r.kind)
            || is_keyed_memo(model, r.node, r.kind)
            || rebinds_declared_literal(model, binding, r.node, r.kind)
            || puts_back_saved(model, r.node)
        {
            continue;
        }
        if python
            && (uses.owners[i].iter().all(|t| restoring.contains(t)) && !uses.owners[i].is_empty()
                || model.expected_to_raise(r.node))
        {
            continue;
        }
        // A write under one member (`store.users.push(x)`) that a per-test
        // hook resets as a whole (`afterEach(() => { store.users = []; })`)
        // leaks nothing to the next test, unless the tests run concurrently.
        if let Some(member) = model.written_member(binding.name, r.node) {
            if !uses.owners[i].is_empty()
                && uses.owners[i].iter().all(|&t| {
                    !model.is_concurrent(t) && model.member_reset_before_test(&uses, t, member)
                })
            {
                continue;
            }
        }
        let flagged = uses.owners[i].iter().find(|&&test| {
            *leaks.entry(test).or_insert_with(|| {
                model.is_concurrent(test)
                    || (!model.reset_before_test(&uses, test)
                        && !reinitialised_by(model, binding, &uses, test))
            })
        });
        let Some(&test) = flagged else { continue };
        let concurrent = model.is_concurrent(test);
        let level = level_name(model, binding);
        let message = if concurrent {
            format!(
                "`{}` is shared {level} state written by a concurrent test: concurrent tests race on it",
                binding.name
            )
        } else {
            format!(
                "`{}` is shared {level} state that this test mutates and no per-test hook resets: later tests see the leftovers, so results depend on order and on which tests share a worker",
                binding.name
            )
        };
        let related = cx.related(binding.decl, format!("`{}` is declared here", binding.name));
        let finding = cx.report(r.node, message);
        finding.subject = Some(binding.decl.start_byte());
        finding.with_related(related);
    }
}

/// Whether the write at `node` puts back the value its target had, saved
/// earlier (`const oldPath = options.output.path; ...; options.output.path
/// = oldPath`): the restore half of an inline patch-and-restore, which
/// leaves the binding as it was. The change it undoes is weighed on its
/// own (a put-back outside teardown does not run when the test fails
/// before it).
fn puts_back_saved(model: &Model, node: tree_sitter::Node) -> bool {
    model
        .assigns
        .iter()
        .find(|a| a.node.id() == node.id())
        .is_some_and(|a| crate::model::teardown::puts_back_saved(model, a))
}

/// Whether `test` deletes the global `name` in a `finally` clause of its own
/// (`del engine`, `del a, engine`).
fn deletes_in_finally(model: &Model, test: ScopeId, name: &str) -> bool {
    let test_node = model.scope(test).node;
    crate::walk::descendants_of_kinds(test_node, &["delete_statement"])
        .into_iter()
        .filter(|d| in_finally(model, *d))
        .any(|d| {
            crate::walk::named_children_list(d).iter().any(|t| {
                let targets = if t.kind() == "expression_list" {
                    crate::walk::named_children_list(*t)
                } else {
                    vec![*t]
                };
                targets
                    .iter()
                    .any(|n| n.kind() == "identifier" && model.text(*n) == name)
            })
        })
}

/// Whether `test` starts by giving the binding a fresh value (`x = []`,
/// `self.items = []`, `x.length = 0`) before any other use: then its own
/// writes do not leak into what it reads (other tests' reads are the
/// business of `test-order-dependency`).
fn reinitialised_by(
    model: &Model,
    binding: &SharedBinding,
    uses: &BindingUses,
    test: ScopeId,
) -> bool {
    // A read "happens" when it starts, a write when it ends: order by
    // position, writes before reads at the same place. A read in a callback
    // the test defines runs after the test's own write outside it.
    let own_writes: Vec<tree_sitter::Node> = uses
        .by_test
        .get(&test)
        .into_iter()
        .flatten()
        .filter(|&&i| binding.refs[i].kind.is_write())
        .map(|&i| binding.refs[i].node)
        .collect();
    let first = uses
        .by_test
        .get(&test)
        .into_iter()
        .flatten()
        .filter(|&&i| {
            binding.refs[i].kind.is_write()
                || !deferred_after_own_write(model, test, binding.refs[i].node, &own_writes)
        })
        .map(|&i| {
            (
                uses.position(i, test),
                binding.refs[i].kind,
                binding.refs[i].node,
            )
        })
        .min_by_key(|(at, kind, _)| (*at, !kind.is_write()));
    let Some((_, kind, node)) = first else {
        return false;
    };
    // `counter_holder["counter"] = 0` first, then used (read or updated,
    // here or through a helper): the test resets the entry to a literal
    // before relying on it. A test that only stores into the binding is a
    // plain mutation and stays flagged.
    if kind == RefKind::MemberAssign {
        let then_used = uses.by_test.get(&test).into_iter().flatten().any(|&i| {
            matches!(
                binding.refs[i].kind,
                RefKind::Read | RefKind::Update | RefKind::Mutate
            )
        });
        let Some(assign) = model.assigns.iter().find(|a| a.node.id() == node.id()) else {
            return false;
        };
        let literal = assign.value.is_some_and(|v| {
            matches!(
                v.kind(),
                "integer"
                    | "float"
                    | "number"
                    | "string"
                    | "true"
                    | "false"
                    | "none"
                    | "null"
                    | "undefined"
            )
        });
        // Writing back the value the declaration gives the entry
        // (`counter_holder["counter"] = 0` for `{"counter": 0}`) leaves the
        // binding as every test starts with it, used here or not.
        if literal && writes_declared_entry(model, binding, assign, true) {
            return true;
        }
        if literal {
            return then_used;
        }
        // Any fresh value that does not build on the old one replaces an
        // entry the declaration has (`request.query = { id: '1' }` for
        // `{ query: {} }`) before the test relies on it, as a literal does.
        // Adding an entry (`_registry[name] = value`) is no reset.
        let fresh = assign
            .value
            .is_some_and(|v| !mentions_name(model, v, binding.name));
        return fresh && then_used && writes_declared_entry(model, binding, assign, false);
    }
    // A rebind to a value that reads the binding itself (`x = x + 1`) is
    // ordered after its read, so it is not "first". Python `global x` is an
    // explicit request to share the name across tests (as is `cls.x = ...`
    // on the test class): never exempt. A helper class's setting switched
    // at the start of each test (`Router.target_db = db`) is the JS `let`
    // case.
    match kind {
        RefKind::Rebind => match binding.kind {
            DeclKind::JsLet | DeclKind::JsVar | DeclKind::JsConst => true,
            DeclKind::PyClassAttr => model.scope(binding.container).kind == ScopeKind::Class,
            DeclKind::PyModule => false,
        },
        RefKind::Clear | RefKind::SelfRebind => true,
        _ => false,
    }
}

/// Whether a Python rebind puts back the literal (or new empty container)
/// the module-level declaration gives the name (`global disconnected;
/// disconnected = None` for `disconnected = None`, `calls = Counter()` for
/// `calls = Counter()`): it leaves the binding as every test starts with
/// it, which is a reset, not a change.
fn rebinds_declared_literal(
    model: &Model,
    binding: &SharedBinding,
    node: tree_sitter::Node,
    kind: RefKind,
) -> bool {
    if kind != RefKind::Rebind
        || binding.kind != DeclKind::PyModule
        || node.id() == binding.decl.id()
    {
        return false;
    }
    let value_of = |n: tree_sitter::Node| {
        model
            .assigns
            .iter()
            .find(|a| a.node.id() == n.id() || a.target.id() == n.id())
            .and_then(|a| a.value)
    };
    // A literal, or a new empty container (`[]`, `{}`, `Counter()`,
    // `defaultdict(list)`): written the same as the declaration, the binding
    // is back where every test starts.
    let literal = |v: tree_sitter::Node| {
        let plain = |n: tree_sitter::Node| {
            matches!(
                n.kind(),
                "integer" | "float" | "string" | "true" | "false" | "none" | "identifier"
            )
        };
        match v.kind() {
            "integer" | "float" | "string" | "true" | "false" | "none" => true,
            "list" | "dictionary" | "set" | "tuple" => v.named_child_count() == 0,
            "call" => {
                v.field("function")
                    .is_some_and(|f| matches!(f.kind(), "identifier" | "attribute"))
                    && v.field("arguments").is_some_and(|a| {
                        a.kind() == "argument_list"
                            && crate::walk::named_children_list(a).into_iter().all(plain)
                    })
            }
            _ => false,
        }
    };
    let Some(value) = value_of(node).filter(|v| literal(*v)) else {
        return false;
    };
    let declared = binding
        .decl
        .parent()
        .and_then(|p| p.field("right").filter(|_| p.kind() == "assignment"));
    declared.is_some_and(|d| literal(d) && model.text(d) == model.text(value))
}

/// Whether the expression `value` mentions the identifier `name` anywhere.
fn mentions_name(model: &Model, value: tree_sitter::Node, name: &str) -> bool {
    (value.kind() == "identifier" && model.text(value) == name)
        || crate::walk::descendants_of_kinds(value, &["identifier"])
            .iter()
            .any(|n| model.text(*n) == name)
}

/// Whether `assign` (`x["k"] = v`, `x.k = v`) stores into an entry of the
/// object or dict literal that declares `binding` (with `same_value`: the
/// same literal value the declaration gives it).
fn writes_declared_entry(
    model: &Model,
    binding: &SharedBinding,
    assign: &Assign,
    same_value: bool,
) -> bool {
    let Some(initial) = binding
        .decl
        .parent()
        .and_then(|p| p.field("right").or_else(|| p.field("value")))
    else {
        return false;
    };
    let Some(value) = assign.value else {
        return false;
    };
    let target = assign.target;
    let Some(key) = target
        .field("subscript")
        .or_else(|| target.field("index"))
        .or_else(|| target.field("property"))
        .or_else(|| target.field("attribute"))
    else {
        return false;
    };
    let unquote = |n: tree_sitter::Node| {
        facts::plain_string(n, model.src).unwrap_or_else(|| model.text(n).to_string())
    };
    let key = unquote(key);
    crate::walk::named_children_list(initial)
        .into_iter()
        .filter(|pair| pair.kind() == "pair")
        .any(|pair| {
            pair.field("key").is_some_and(|k| unquote(k) == key)
                && (!same_value
                    || pair
                        .field("value")
                        .is_some_and(|v| model.text(v) == model.text(value)))
        })
}

/// Methods that only add to a container: what a cleanup registry does.
const ADDERS: &[&str] = &["push", "unshift", "add", "append", "extend", "insert"];

/// `const tempDirs = []` that tests (or helpers) only add to and that only
/// only teardown reads (`afterAll(() => tempDirs.forEach(rm))`): a list of
/// resources to clean up. No test sees what another one added, so the order
/// of tests cannot change an outcome. (With no read at all there is no such
/// evidence, and the spec's plain `x.push(...)` stays flagged.)
fn is_cleanup_registry(model: &Model, binding: &SharedBinding) -> bool {
    binding.holds_container
        && binding.refs.iter().any(|r| r.kind == RefKind::Read)
        && binding.refs.iter().all(|r| match r.kind {
            RefKind::Mutate => {
                let method = model
                    .calls
                    .iter()
                    .find(|c| c.node == r.node)
                    .map(|c| c.method());
                method.is_some_and(|m| ADDERS.contains(&m))
            }
            RefKind::Read | RefKind::Clear => crate::model::teardown::in_teardown(model, r.node),
            // Created once per suite (`cls.created = []` in `setUpClass`,
            // `ids = []` in `beforeAll`): the registry's declaration.
            RefKind::Rebind => matches!(
                model.scope(model.scope_of(r.node)).kind,
                ScopeKind::Hook(HookKind::BeforeAll)
            ),
            _ => false,
        })
}

/// `if _cache is None: _cache = {}`, `if (!client) client = make()`,
/// `x ??= make()`: a memoised singleton, initialised once whichever test
/// gets there first, so no test sees another's leftovers.
fn is_lazy_init(model: &Model, name: &str, node: tree_sitter::Node, kind: RefKind) -> bool {
    let text = model.text(node);
    if kind == RefKind::Update {
        return text.contains("??=") || text.contains("||=");
    }
    if kind != RefKind::Rebind {
        return false;
    }
    let mut current = node.parent();
    for _ in 0..4 {
        let Some(n) = current else { return false };
        if n.kind() == "if_statement" {
            let condition = n.field("condition").map(|c| model.text(c)).unwrap_or("");
            let compact = condition.replace([' ', '(', ')'], "");
            // `if cls.CACHE is None: cls.CACHE = build()` memoises too.
            let left = node
                .field("left")
                .map(|l| model.text(l).replace([' ', '(', ')'], ""))
                .unwrap_or_default();
            if !left.is_empty()
                && left != name
                && (compact == format!("{left}isNone") || compact == format!("not{left}"))
            {
                return true;
            }
            return compact == format!("!{name}")
                || compact == format!("not{name}")
                || compact == format!("{name}isNone")
                || compact == format!("{name}===undefined")
                || compact == format!("{name}==null")
                || compact == format!("{name}===null");
        }
        current = n.parent();
    }
    false
}

/// A keyed memo: `mode = cls.modes.get(fmt)` / `if mode is not None: return
/// mode` ... `cls.modes[fmt] = mode`, `if key in _CACHE: return _CACHE[key]`
/// ... `_CACHE[key] = value`, or `if key not in _CACHE: _CACHE[key] =
/// build(key)`. Each key is filled once, with the value its computation
/// gives whichever test asks first, so no test sees another's leftovers (the
/// keyed form of the lazy initialisation above).
fn is_keyed_memo(model: &Model, node: tree_sitter::Node, kind: RefKind) -> bool {
    if kind != RefKind::MemberAssign || node.kind() != "assignment" {
        return false;
    }
    let Some(left) = node.field("left").filter(|l| l.kind() == "subscript") else {
        return false;
    };
    let (Some(obj), Some(key)) = (left.field("value"), left.field("subscript")) else {
        return false;
    };
    let compact = |n: tree_sitter::Node| model.text(n).replace([' ', '(', ')'], "");
    let (obj, key) = (compact(obj), compact(key));
    // The store guarded by `if key not in CACHE:`, inside its function.
    let mut current = node.parent();
    let mut function = None;
    for _ in 0..32 {
        let Some(n) = current else { break };
        match n.kind() {
            "function_definition" => {
                function = Some(n);
                break;
            }
            "if_statement" => {
                let condition = n.field("condition").map(compact).unwrap_or_default();
                if condition == format!("{key}notin{obj}") {
                    return true;
                }
            }
            _ => {}
        }
        current = n.parent();
    }
    let Some(function) = function else {
        return false;
    };
    // Or by an earlier `if` that returns the cached value.
    let getter = format!("{obj}.get{key}");
    let mut cached: Vec<String> = Vec::new();
    let mut stack = vec![function];
    let mut guards = Vec::new();
    while let Some(n) = stack.pop() {
        if n.start_byte() >= node.start_byte() {
            continue;
        }
        match n.kind() {
            "assignment" => {
                let right = n.field("right").map(compact).unwrap_or_default();
                if let Some(target) = n.field("left").filter(|l| l.kind() == "identifier") {
                    if right == getter || right.starts_with(&format!("{getter},")) {
                        cached.push(model.text(target).to_string());
                    }
                }
            }
            "if_statement" => guards.push(n),
            _ => {}
        }
        let mut cursor = n.walk();
        stack.extend(n.named_children(&mut cursor));
    }
    guards.iter().any(|g| {
        let condition = g.field("condition").map(compact).unwrap_or_default();
        let guarded = condition == format!("{key}in{obj}")
            || cached
                .iter()
                .any(|v| condition == format!("{v}isnotNone") || condition == *v);
        guarded
            && g.field("consequence").is_some_and(|body| {
                let mut cursor = body.walk();
                let returns = body
                    .named_children(&mut cursor)
                    .any(|s| s.kind() == "return_statement");
                returns
            })
    })
}

fn level_name(model: &Model, binding: &SharedBinding) -> &'static str {
    match binding.kind {
        DeclKind::PyClassAttr => "class-level",
        _ if binding.container == crate::model::scope::MODULE => "module-level",
        _ if model.scope(binding.container).is_container() => "describe-level",
        _ => "module-level",
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "module-mutable-state";

    #[test]
    fn javascript() {
        assert_rule(
            RULE,
            &[
                // A destructuring write that reads the old value first, reported
                // at the name in the pattern; one that only reinitialises it
                // before use, and a local destructuring declaration, are not.
                Case::fail("a.test.js", "let seen = 0;\ntest('a', () => {\n  [seen] = step(seen);\n});", &["seen"]),
                Case::pass("a.test.js", "let prev;\ntest('a', () => {\n  ({\n    prev,\n  } = g());\n  expect(prev).toBe(1);\n});"),
                Case::pass("a.test.js", "let total = 0;\ntest('a', () => {\n  const { total } = summary();\n  expect(total).toBe(1);\n});"),
                // Mutated through a local alias of the shared object.
                Case::fail("a.test.js", "const cache = new Map();\nit('a', () => { const c = cache; c.set('k', 1); });\nit('b', () => { expect(cache.get('k')).toBe(1); });", &["c.set('k', 1)"]),
                Case::fail("a.test.ts", "const state: Record<string, number> = {};\ndescribe('s', () => {\n  it('a', () => { let s = state; s.k = 1; delete s.j; s['m'] = 2; });\n});", &["s.k = 1", "delete s.j", "s['m'] = 2"]),
                Case::fail("a.test.js", "const items = [];\nit('a', () => { var list = items; [1].forEach((n) => list.push(n)); });", &["list.push(n)"]),
                // Reset only by a worker-scoped `test.extend` fixture: once per worker.
                Case::fail("a.test.ts", "import { test as base } from 'vitest';\nlet count = 0;\nconst test = base.extend({\n  reset: [async ({}, use) => { count = 0; await use(); }, { auto: true, scope: 'worker' }],\n});\ntest('a', () => { count++; });\ntest('b', () => { count++; });", &["count++", "count++"]),
                // A module alias of a shared container's member is that container;
                // a hook resetting the owner's member leaves the alias on the old one.
                Case::fail("a.test.js", "const store = { items: [] };\nconst cache = store.items;\nit('a', () => { cache.push(1); });", &["cache.push(1)"]),
                Case::fail("a.test.js", "const store = { items: [] };\nconst cache = store.items;\nbeforeEach(() => { store.items = []; });\nit('a', () => { cache.push(1); });", &["cache.push(1)"]),
                Case::fail("a.test.js", "let count = 0;\ntest('a', () => { count++; expect(count).toBe(1); });", &["count++"]),
                Case::fail("a.test.js", "let count = 0;\nit('a', () => { count += 1; });", &["count += 1"]),
                Case::fail("a.test.js", "const items = [];\nit('adds', () => { items.push(1); expect(items).toHaveLength(1); });", &["items.push(1)"]),
                Case::fail("a.test.js", "const cache = new Map();\nit('a', () => { cache.set('k', 1); });\nit('b', () => { cache.delete('k'); });", &["cache.set('k', 1)", "cache.delete('k')"]),
                Case::fail("a.test.js", "const seen = new Set();\ntest('a', () => { seen.add(1); });", &["seen.add(1)"]),
                // A test handed a helper by name, in a suite no reset reaches.
                Case::fail("a.test.js", "let counter = 0;\nfunction bump() { counter++; }\nfunction resetState() { counter = 0; }\ndescribe('a', () => { beforeEach(resetState); it('x', () => bump()); });\ndescribe('b', () => { it('bumps', bump); });", &["counter++"]),
                // Removed once after all tests: the tests still see each other's entries.
                Case::fail("a.test.js", "const cache = new Map();\nafterAll(() => { cache.delete('k'); });\nit('a', () => { cache.set('k', 1); });", &["cache.set('k', 1)"]),
                // Read by a test as well as by teardown: not a mere cleanup registry.
                Case::fail("a.test.js", "const dirs = [];\nafterAll(() => dirs.forEach(rm));\nit('a', () => { dirs.push(mk()); expect(dirs).toHaveLength(1); });", &["dirs.push(mk())"]),
                Case::fail("a.test.js", "const state = {};\ntest('a', () => { state.user = 'x'; state['k'] = 1; });", &["state.user = 'x'", "state['k'] = 1"]),
                Case::fail("a.test.js", "const state = { n: 0 };\ntest('a', () => { state.n++; });", &["state.n++"]),
                Case::fail("a.test.js", "var calls = [];\ndescribe('s', () => {\n  it('a', () => { calls.unshift(1); calls.sort(); });\n});", &["calls.unshift(1)", "calls.sort()"]),
                Case::fail("a.test.js", "describe('s', () => {\n  let n = 0;\n  it('a', () => { n++; });\n});", &["n++"]),
                // A same-file helper called from a test.
                Case::fail("a.test.js", "const log = [];\nfunction record(x) { log.push(x); }\nit('a', () => { record(1); });", &["log.push(x)"]),
                // Reset in beforeAll is not per test.
                Case::fail("a.test.js", "let items = [];\nbeforeAll(() => { items = []; });\nit('a', () => { items.push(1); });", &["items.push(1)"]),
                // Concurrent tests race even with a reset.
                Case::fail("a.test.js", "let items = [];\nbeforeEach(() => { items = []; });\ntest.concurrent('a', async () => { items.push(1); });", &["items.push(1)"]),
                Case::fail("a.test.js", "const m = new Map();\nbeforeEach(() => m.clear());\ndescribe.concurrent('s', () => {\n  it('a', async () => { m.set(1, 2); });\n});", &["m.set(1, 2)"]),
                // Vitest's options argument says the same as `.concurrent`.
                Case::fail("a.test.ts", "const m = new Map();\nbeforeEach(() => m.clear());\ndescribe('s', { concurrent: true }, () => {\n  it('a', async () => { m.set(1, 2); });\n});", &["m.set(1, 2)"]),
                Case::fail("a.test.ts", "let n = 0;\nbeforeEach(() => { n = 0; });\ntest('a', { concurrent: true }, async () => { n++; });", &["n++"]),
                // node:test's `{ concurrency: true | n }` on a suite.
                Case::fail("a.test.mjs", "import { describe, it, beforeEach } from 'node:test';\nlet n = 0;\ndescribe('s', { concurrency: true }, () => {\n  beforeEach(() => { n = 0; });\n  it('a', async () => { n++; });\n});", &["n++"]),
                Case::fail("a.test.mjs", "import { describe, it, beforeEach } from 'node:test';\nconst seen = [];\ndescribe('s', { concurrency: 4 }, () => {\n  beforeEach(() => { seen.length = 0; });\n  it('a', async () => { seen.push(1); });\n});", &["seen.push(1)"]),
                Case::fail("a.test.ts", "let counter: number = 0;\ntest('a', () => { counter++; });", &["counter++"]),
                Case::fail("a.test.ts", "const ids: string[] = [];\ntest('a', () => { ids.push('x'); ids.splice(1, 1); });", &["ids.push('x')", "ids.splice(1, 1)"]),
                Case::fail("c.test.tsx", "const rendered: JSX.Element[] = [];\nit('renders', () => { rendered.push(<App />); });", &["rendered.push(<App />)"]),
                Case::fail("a.test.js", "let count = 0;\nconst log = [];\nit('a', () => { count += 1; log.push(1); });\nit('b', () => { expect(count).toBe(1); });", &["count += 1", "log.push(1)"]),
                Case::fail("a.test.js", "let total = 0;\nit('a', () => { total = total + 1; });", &["total = total + 1"]),
                // A hook that resets another member, or only one-off (beforeAll),
                // leaves what the test writes in place; concurrent tests race.
                Case::fail("a.test.js", "const store = { users: [], posts: [] };\nafterEach(() => { store.posts = []; });\nit('a', () => { store.users.push('x'); });", &["store.users.push('x')"]),
                Case::fail("a.test.js", "const store = { users: [] };\nbeforeAll(() => { store.users = []; });\nit('a', () => { store.users.push('x'); });", &["store.users.push('x')"]),
                Case::fail("a.test.js", "const store = { users: [] };\nafterEach(() => { store.users = []; });\nit('a', () => { store.count = 1; });", &["store.count = 1"]),
                Case::fail("a.test.js", "const store = { users: [] };\nbeforeEach(() => { store.users = []; });\nit.concurrent('a', async () => { store.users.push('x'); });", &["store.users.push('x')"]),
                // An entry replaced with a value built on the old one, then used.
                Case::fail("a.test.js", "const state = { items: [] };\nit('a', () => { state.items = state.items.concat(1); expect(state.items).toHaveLength(1); });", &["state.items = state.items.concat(1)"]),
                // An inline patch-and-restore: the change is reported, the
                // put-back of the saved value is not (it is the restore).
                Case::fail("a.test.js", "describe('s', () => {\n  let options = { output: { path: '/a' } };\n  it('a', (done) => {\n    const oldPath = options.output.path;\n    options.output.path = join(options.output.path, 'c');\n    run(options, () => { options.output.path = oldPath; done(); });\n  });\n  it('b', () => { expect(options.output.path).toBe('/a'); });\n});", &["options.output.path = join(options.output.path, 'c')"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                // Copies are other values; a rebound local; an alias of a
                // constant; a parameter shadowing the alias; a reset through
                // an alias in a per-test hook.
                Case::pass("a.test.js", "const items = [];\nconst m = new Map();\nconst o = {};\nit('a', () => {\n  const a = [...items]; a.push(1);\n  const b = items.slice(); b.push(1);\n  const c = Array.from(items); c.push(1);\n  const d = structuredClone(o); d.k = 1;\n  const e = new Map(m); e.set(1, 2);\n  const f = { ...o }; f.k = 1;\n});"),
                Case::pass("a.test.js", "const items = [];\nit('a', () => { let c = items; c = []; c.push(1); });"),
                Case::pass("a.test.js", "const LIMIT = 3;\nit('a', () => { const l = LIMIT; expect(l).toBe(3); });"),
                Case::pass("a.test.js", "const items = [];\nit('a', () => { const c = items; const f = (c) => c.push(1); f([]); expect(c).toEqual([]); });"),
                Case::pass("a.test.js", "const items = [];\nbeforeEach(() => { const c = items; c.length = 0; });\nit('a', () => { const c = items; c.push(1); });"),
                // Reset by an `auto` per-test `test.extend` fixture, as by `beforeEach`.
                Case::pass("a.test.ts", "import { test as base } from 'vitest';\nlet count = 0;\nconst test = base.extend({\n  reset: [async ({}, use) => { count = 0; await use(); }, { auto: true }],\n});\ntest('a', () => { count++; });\ntest('b', () => { count++; });"),
                // The alias reset itself; an alias of something not shared (an import).
                Case::pass("a.test.js", "const store = { items: [] };\nconst cache = store.items;\nbeforeEach(() => { cache.length = 0; });\nit('a', () => { cache.push(1); });"),
                Case::pass("a.test.js", "const config = require('./config');\nconst list = config.items;\nit('a', () => { list.push(1); });"),
                // Reset by a same-file function handed to `beforeEach` by name.
                Case::pass("a.test.js", "let counter = 0;\nconst cache = new Map();\nfunction resetState() { counter = 0; cache.clear(); }\nbeforeEach(resetState);\ntest('a', () => { counter++; cache.set('k', 1); });\ntest('b', () => { expect(counter).toBe(0); });"),
                // `let server;` assigned in hooks, only read in tests.
                Case::pass("a.test.js", "let server;\nbeforeAll(() => { server = app.listen(0); });\nafterAll(() => server.close());\nit('a', () => { request(server).get('/'); });"),
                // A sequential block inside a concurrent one (`{ concurrent:
                // false }`, `describe.sequential`): its tests run one by one,
                // so the hook's reset holds.
                Case::pass("a.test.ts", "describe('s', { concurrent: true }, () => {\n  describe('inner', { concurrent: false }, () => {\n    let n = 0;\n    beforeEach(() => { n = 0; });\n    it('a', async () => { n++; });\n  });\n});"),
                Case::pass("a.test.mjs", "import { describe, it, beforeEach } from 'node:test';\nlet n = 0;\ndescribe('s', { concurrency: 1 }, () => {\n  beforeEach(() => { n = 0; });\n  it('a', async () => { n++; });\n});"),
                Case::pass("a.test.mjs", "import { describe, it, beforeEach } from 'node:test';\nlet n = 0;\ndescribe('s', { concurrency: false }, () => {\n  beforeEach(() => { n = 0; });\n  it('a', async () => { n++; });\n});"),
                Case::pass("a.test.ts", "describe.concurrent('s', () => {\n  describe.sequential('inner', () => {\n    const m = new Map();\n    beforeEach(() => m.clear());\n    it('a', async () => { m.set(1, 2); });\n  });\n});"),
                Case::pass("a.test.js", "let db;\nbeforeEach(async () => { db = await connect(); });\nit('a', () => db.query('x'));"),
                // A per-test hook that takes the test's entries out resets them.
                Case::pass("a.test.js", "const cache = new Map();\nafterEach(() => { cache.delete('k'); });\nit('a', () => { cache.set('k', 1); });"),
                Case::pass("a.test.js", "const registry = {};\nafterEach(() => { delete registry.k; });\nit('a', () => { registry.k = 1; });"),
                // A cleanup registry: tests add to it, only teardown reads it.
                Case::pass("a.test.ts", "const tempDirs: string[] = [];\nasync function createTempDir() { const d = await mkdtemp('x-'); tempDirs.push(d); return d; }\nafterAll(async () => { for (const d of tempDirs) await rm(d); });\nit('a', async () => { const d = await createTempDir(); expect(d).toBeTruthy(); });"),
                Case::pass("a.test.js", "const servers = [];\nafterEach(() => { servers.forEach((s) => s.close()); });\nit('a', () => { servers.push(app.listen(0)); });"),
                // ... created in `beforeAll`.
                Case::pass("a.test.js", "let ids;\nbeforeAll(() => { ids = []; });\nafterAll(() => Promise.all(ids.map(remove)));\nit('a', async () => { ids.push(await create()); });"),
                // Constants.
                Case::pass("a.test.js", "const URL = '/api';\nconst LIMITS = [1, 2];\nit('a', () => { expect(get(URL)).toEqual(LIMITS); });"),
                // Reset in beforeEach / afterEach.
                Case::pass("a.test.js", "let items = [];\nbeforeEach(() => { items = []; });\nit('a', () => { items.push(1); });"),
                Case::pass("a.test.js", "const items = [];\nafterEach(() => { items.length = 0; });\nit('a', () => { items.push(1); });"),
                Case::pass("a.test.js", "const cache = new Map();\nbeforeEach(() => cache.clear());\nit('a', () => { cache.set(1, 2); });"),
                Case::pass("a.test.js", "let count;\nbeforeEach(() => { count = 0; });\nit('a', () => { count++; });"),
                Case::pass("a.test.js", "describe('s', () => {\n  let calls = [];\n  beforeEach(() => { calls = []; });\n  it('a', () => { calls.push(1); });\n});"),
                // A per-test hook that resets the member the test writes under
                // (audit 18: `const store = { users: [] }` emptied in afterEach).
                Case::pass("a.test.js", "const store = { users: [] };\nafterEach(() => { store.users = []; });\nit('a', () => { store.users.push('x'); expect(store.users).toHaveLength(1); });"),
                Case::pass("a.test.js", "const state = { items: [], seen: new Set() };\nbeforeEach(() => { state.items.length = 0; state.seen.clear(); });\nit('a', () => { state.items.push(1); state.seen.add(1); });"),
                Case::pass("a.test.js", "const store = { users: [] };\nconst clear = () => { store.users = []; };\nafterEach(() => clear());\nit('a', () => { store.users[0] = 'x'; });"),
                // Mutations only in hooks: beforeAll populating a cache.
                Case::pass("a.test.js", "const users = [];\nbeforeAll(async () => { users.push(await createUser()); });\nit('a', () => { expect(users[0].name).toBe('x'); });"),
                // Locals inside a test, and a parameter shadowing the name.
                Case::pass("a.test.js", "let items = [];\nit('a', () => { const items = []; items.push(1); });"),
                Case::pass("a.test.js", "let items = [];\nit('a', () => { [1].forEach((items) => { items.push(1); }); });"),
                // Created once per class but reset per test, only read, a
                // cleanup registry, or deep-copied per test (Django's
                // `setUpTestData`).
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.items = []\n\n    def setUp(self):\n        self.items = []\n\n    def test_a(self):\n        self.items.append(1)\n"),
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.config = {'a': 1}\n\n    def test_a(self):\n        self.assertEqual(self.config['a'], 1)\n"),
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.created = []\n\n    @classmethod\n    def tearDownClass(cls):\n        for c in cls.created:\n            c.delete()\n\n    def test_a(self):\n        self.created.append(make())\n"),
                Case::pass("test_a.py", "from django.test import TestCase\n\nclass T(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.items = []\n\n    def test_a(self):\n        self.items.append(1)\n"),
                // Built at import time.
                Case::pass("a.test.js", "const cases = [];\ncases.push(['a', 1]);\nfor (const c of [2]) cases.push(['b', c]);\ntest.each(cases)('%s', (n, v) => { expect(v).toBeDefined(); });"),
                // A helper nobody calls from a test.
                Case::pass("a.test.js", "const log = [];\nfunction record(x) { log.push(x); }\nbeforeAll(() => record(1));"),
                // The test reinitialises the binding itself before using it.
                Case::pass("a.test.js", "let wrapper;\nit('a', () => { wrapper = mount(); expect(wrapper).toBeTruthy(); });"),
                // A non-container `let` whose properties a test sets.
                Case::pass("a.test.js", "let app;\nbeforeAll(() => { app = makeApp(); });\nit('a', () => { app.locals.x = 1; });"),
                Case::pass("a.test.js", "let client;\nfunction getClient() { if (!client) client = makeClient(); return client; }\nit('a', () => { getClient().get('/'); });"),
                Case::pass("a.test.ts", "let db: Db | undefined;\nit('a', () => { db ??= open(); db.query('x'); });"),
                Case::pass("a.test.ts", "const base: string = 'x';\nit('a', () => { expect(base).toBe('x'); });"),
                Case::pass("a.test.tsx", "let root: Root;\nbeforeEach(() => { root = createRoot(el); });\nit('a', () => { root.render(<App />); });"),
                // A callback registered before the test's own assignment runs after it.
                Case::pass("a.test.ts", "let worker1: Worker;\ntest('a', async () => {\n  await new Promise(async (resolve) => {\n    const jobs = { add: { key: function () { worker1.end(); resolve(null); } } };\n    worker1 = new Worker(jobs);\n    worker1.start();\n  });\n});\ntest('b', async () => { worker1 = new Worker(); await worker1.start(); });"),
                // Each test first replaces the entry it relies on with a fresh value.
                Case::pass("a.spec.js", "describe('query type', () => {\n  const request = { method: 'GET', query: {} };\n  it('a', () => {\n    request.query = term({ generate: 'x', matcher: 'y' });\n    expect(build(request)).toBeTruthy();\n  });\n  it('b', () => {\n    request.query = { id: ['1', '2'] };\n    expect(build(request).query).toEqual({ id: ['1', '2'] });\n  });\n});"),
            ],
        );
    }

    #[test]
    fn python() {
        assert_rule(
            RULE,
            &[
                // Mutated through a local alias: `self.X`, `cls.X`, `Klass.X`, a module name.
                Case::fail("test_a.py", "from unittest import TestCase\n\nclass T(TestCase):\n    data = {'a': 1}\n\n    def test_one(self):\n        d = self.data\n        d.pop('a')\n\n    def test_two(self):\n        self.assertIn('a', self.data)\n", &["d.pop('a')"]),
                Case::fail("test_a.py", "class TestX:\n    items = []\n\n    def test_a(self):\n        t = TestX.items\n        t.append(1)\n        t[0] = 2\n        del t[0]\n", &["t.append(1)", "t[0] = 2", "del t[0]"]),
                // audit95: not a memo: the guard raises, or checks another key or dict.
                Case::fail("test_a.py", "REG = {}\n\ndef register(name, v):\n    if name in REG:\n        raise KeyError(name)\n    REG[name] = v\n\ndef test_a():\n    register('x', 1)\n", &["REG[name] = v"]),
                Case::fail("test_a.py", "_CACHE = {}\nOTHER = {}\n\ndef load(name):\n    if name in OTHER:\n        return OTHER[name]\n    _CACHE[name] = parse(name)\n    return _CACHE[name]\n\ndef test_a():\n    assert load('x')\n", &["_CACHE[name] = parse(name)"]),
                Case::fail("test_a.py", "CACHE = {}\n\ndef test_a():\n    c = CACHE\n    c['k'] = 1\n", &["c['k'] = 1"]),
                // A module alias of a shared container's item.
                Case::fail("test_a.py", "STATE = {'items': []}\nITEMS = STATE['items']\n\ndef test_a():\n    ITEMS.append(1)\n", &["ITEMS.append(1)"]),
                // A container the class's once-per-class setup creates.
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.items = []\n\n    def test_a(self):\n        self.items.append(1)\n        self.assertEqual(len(self.items), 1)\n", &["self.items.append(1)"]),
                Case::fail("test_a.py", "class TestX:\n    @classmethod\n    def setup_class(cls):\n        cls.seen = {}\n\n    def test_a(self):\n        self.seen['a'] = 1\n", &["self.seen['a'] = 1"]),
                // The test class's own attribute, set by a test through `cls`.
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    token = None\n\n    def test_a(self):\n        type(self).token = 'abc'\n        assert self.token\n", &["type(self).token = 'abc'"]),
                // A value other than the declared one is left behind.
                Case::fail("test_a.py", "settings = {\"debug\": False}\n\ndef test_a():\n    settings[\"debug\"] = True\n", &["settings[\"debug\"] = True"]),
                Case::fail("test_a.py", "items = []\n\ndef test_a():\n    items.append(1)\n    assert len(items) == 1\n", &["items.append(1)"]),
                Case::fail("test_a.py", "cache = {}\n\ndef test_a():\n    cache[\"k\"] = 1\n\ndef test_b():\n    del cache[\"k\"]\n", &["cache[\"k\"] = 1", "del cache[\"k\"]"]),
                Case::fail("test_a.py", "from collections import Counter, defaultdict, deque\nhits = Counter()\ngroups = defaultdict(list)\nq = deque()\n\ndef test_a():\n    hits.update([\"x\"])\n    groups.setdefault(\"a\", [])\n    q.appendleft(1)\n", &["hits.update([\"x\"])", "groups.setdefault(\"a\", [])", "q.appendleft(1)"]),
                Case::fail("test_a.py", "seen = set()\n\ndef test_a():\n    seen.add(1)\n    seen.discard(2)\n", &["seen.add(1)", "seen.discard(2)"]),
                Case::fail("test_a.py", "counter = 0\n\ndef test_a():\n    global counter\n    counter += 1\n", &["counter += 1"]),
                // Rebinding a global to another literal than its declared one is a change.
                Case::fail("test_a.py", "DEBUG = False\n\ndef test_a():\n    global DEBUG\n    DEBUG = True\n", &["DEBUG = True"]),
                Case::fail("test_a.py", "def test_a():\n    global token\n    token = \"x\"\n", &["token = \"x\""]),
                // Deleted again, but not in `finally`: a failure before it leaks the name.
                Case::fail("test_a.py", "def test_a():\n    global engine\n    engine = create_engine('sqlite:///')\n    use()\n    del engine\n", &["engine = create_engine('sqlite:///')"]),
                // Adding an entry the declaration does not have is no reset.
                Case::fail("test_a.py", "_registry = {}\n\ndef register(name, value):\n    _registry[name] = value\n\ndef test_a():\n    register('plugin', object())\n    assert 'plugin' in _registry\n", &["_registry[name] = value"]),
                Case::fail("test_a.py", "settings = {'debug': False}\n\ndef test_a():\n    settings['store'] = make_store()\n    assert use(settings)\n", &["settings['store'] = make_store()"]),
                Case::fail("test_a.py", "class TestX:\n    items = []\n\n    def test_a(self):\n        self.items.append(1)\n\n    @classmethod\n    def helper(cls):\n        pass\n", &["self.items.append(1)"]),
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    items = []\n\n    def test_a(self):\n        type(self).items.append(1)\n\n    def test_b(self):\n        self.items.extend([2])\n", &["type(self).items.append(1)", "self.items.extend([2])"]),
                Case::fail("test_a.py", "items = []\n\ndef add(x):\n    items.insert(0, x)\n\ndef test_a():\n    add(1)\n", &["items.insert(0, x)"]),
                // The cleanup puts back another attribute.
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    databases = {\"default\"}\n\n    def setUp(self):\n        self.addCleanup(setattr, self.__class__, \"other\", 1)\n\n    def test_a(self):\n        self.__class__.databases = {\"void\"}\n", &["self.__class__.databases = {\"void\"}"]),
                // A class-scoped fixture is not per test.
                Case::fail("test_a.py", "import pytest\nitems = []\n\n@pytest.fixture(scope=\"module\", autouse=True)\ndef reset():\n    items.clear()\n\ndef test_a():\n    items.append(1)\n", &["items.append(1)"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // Copies are other values; a rebound local; an alias of a
                // constant; a reset through an alias in `setUp`.
                Case::pass("test_a.py", "import copy\nITEMS = []\nDATA = {}\n\ndef test_a():\n    a = list(ITEMS)\n    a.append(1)\n    b = ITEMS[:]\n    b.append(1)\n    c = ITEMS.copy()\n    c.append(1)\n    d = dict(DATA)\n    d['k'] = 1\n    e = copy.deepcopy(DATA)\n    e['k'] = 1\n    f = set(ITEMS)\n    f.add(1)\n"),
                Case::pass("test_a.py", "ITEMS = []\n\ndef test_a():\n    c = ITEMS\n    c = []\n    c.append(1)\n"),
                Case::pass("test_a.py", "LIMIT = 3\n\ndef test_a():\n    n = LIMIT\n    assert n == 3\n"),
                Case::pass("test_a.py", "from unittest import TestCase\n\nclass T(TestCase):\n    items = []\n\n    def setUp(self):\n        d = self.items\n        d.clear()\n\n    def test_a(self):\n        d = self.items\n        d.append(1)\n"),
                // An alias of an imported module's attribute is not this file's state.
                Case::pass("test_a.py", "import settings\nITEMS = settings.ITEMS\n\ndef test_a():\n    assert ITEMS[0] == 1\n"),
                // Rebound to a new empty container written as the declaration:
                // back where every test starts.
                Case::pass("tests/test_ext_doctest.py", "from collections import Counter\n\nrecorded_calls = Counter()\n\ndef test_skipif(app):\n    global recorded_calls\n    recorded_calls = Counter()\n    app.build()\n"),
                Case::fail("tests/test_ext_doctest.py", "from collections import Counter\n\nrecorded_calls = Counter()\n\ndef test_skipif(app):\n    global recorded_calls\n    recorded_calls = Counter(a=1)\n    app.build()\n", &["recorded_calls = Counter(a=1)"]),
                // Put back by a cleanup callback the test registers.
                Case::pass("test_rebuild.py", "import unittest\n\nunhashableObject = None\n\nclass T(unittest.TestCase):\n    def test_hashException(self):\n        global unhashableObject\n        unhashableObject = HashRaisesRuntimeError()\n\n        def _cleanup():\n            global unhashableObject\n            unhashableObject = None\n\n        self.addCleanup(_cleanup)\n        rebuild()\n"),
                // Set in the enter half of a `@contextmanager`, put back in its exit half.
                Case::pass("tests/dagpool_test.py", "from contextlib import contextmanager\n\ncounter = None\n\n@contextmanager\ndef suspend_checker():\n    global counter\n    counter = 0\n    yield\n    counter = None\n\ndef test_x():\n    with suspend_checker():\n        run()\n"),
                // A `Test*` class whose methods are no tests is a helper: tests
                // switching its attribute before use, like any helper class's.
                Case::pass("test_application.py", "from twisted.trial.unittest import TestCase\n\nclass TestEcho(wire.Echo):\n    def connectionLost(self, reason):\n        self.d.callback(True)\n\nclass InternetTests(TestCase):\n    def testTCP(self):\n        TestEcho.d = defer.Deferred()\n        return TestEcho.d\n\n    def testUDP(self):\n        TestEcho.d = defer.Deferred()\n        return TestEcho.d\n"),
                // `cls` bound in the test (`cls = self.storage_class`) is no test class.
                Case::pass("tests/test_datastructures.py", "class _MutableMultiDictTests:\n    def test_pickle(self):\n        cls = self.storage_class\n\n        def create_instance(module=None):\n            old = cls.__module__\n            cls.__module__ = module\n            d = cls()\n            cls.__module__ = old\n            return d\n\nclass TestMultiDict(_MutableMultiDictTests):\n    storage_class = MultiDict\n"),
                // `cls` bound by a loop over other classes is no test class
                // (DRF `for cls in view.throttle_classes: cls.timer = ...`).
                Case::pass("tests/test_throttling.py", "from django.test import TestCase\n\nclass ThrottlingTests(TestCase):\n    def set_throttle_timer(self, view, value):\n        for cls in view.throttle_classes:\n            cls.timer = lambda self: value\n\n    def test_expires(self):\n        self.set_throttle_timer(MockView, 0)\n        self.set_throttle_timer(MockView, 1)\n"),
                // A loop that binds another name leaves a classmethod's `cls` the class.
                Case::fail("tests/test_counter.py", "from django.test import TestCase\n\nclass T(TestCase):\n    counter = 0\n\n    @classmethod\n    def bump(cls):\n        for _ in range(2):\n            cls.counter += 1\n\n    def test_a(self):\n        self.bump()\n", &["cls.counter += 1"]),
                // A helper class's setting that each test switches before use.
                Case::pass("test_a.py", "from django.test import TestCase\n\nclass Router:\n    target_db = None\n\n    def db_for_read(self, *args):\n        return self.target_db\n\nclass T(TestCase):\n    def test_a(self):\n        Router.target_db = 'other'\n        self.client.get('/')\n"),
                // Each test writes back the entry's declared value before a
                // request whose dependency counts on it.
                Case::pass("test_a.py", "counter_holder = {\"counter\": 0}\n\nasync def dep_counter():\n    counter_holder[\"counter\"] += 1\n    return counter_holder[\"counter\"]\n\ndef test_a():\n    counter_holder[\"counter\"] = 0\n    response = client.get(\"/counter/\")\n"),
                // Every test resets the entry it uses before using it.
                Case::pass("tests/test_c.py", "counter_holder = {'counter': 0}\ndef dep():\n    counter_holder['counter'] += 1\n    return counter_holder['counter']\ndef test_a():\n    counter_holder['counter'] = 0\n    assert dep() == 1\ndef test_b():\n    counter_holder['counter'] = 0\n    assert dep() == 1\n"),
                // Django copies what setUpTestData assigns for every test.
                Case::pass("tests/test_m.py", "from django.test import TestCase\nclass T(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.items = []\n    def test_a(self):\n        self.items.append(1)\n"),
                // A class local to a test function is created per call.
                Case::pass("test_a.py", "def test_a():\n    class State:\n        pass\n    State.ran = 0\n    State.ran += 1\n    State.items = []\n    State.items.append(1)\n"),
                Case::pass("test_a.py", "import unittest\n_TEST_CODECS = {}\n\nclass T(unittest.TestCase):\n    def tearDown(self):\n        _TEST_CODECS.pop(self.codec_name, None)\n\n    def set_codec(self, info):\n        _TEST_CODECS[self.codec_name] = info\n\n    def test_a(self):\n        self.set_codec(1)\n"),
                Case::pass("test_a.py", "import pytest\nREG = {}\n\n@pytest.fixture(autouse=True)\ndef clean():\n    yield\n    del REG['k']\n\ndef test_a():\n    REG['k'] = 1\n"),
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_dynamics(self):\n        class C(object):\n            pass\n        C.foobar = 2\n        C.__repr__ = lambda self: 'C()'\n"),
                // audit95: a keyed memo, filled once per key with the same value.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    modes = {}\n\n    @classmethod\n    def get_mode(cls, fmt):\n        mode = cls.modes.get(fmt)\n        if mode is not None:\n            return mode\n        mode = probe(fmt)\n        cls.modes[fmt] = mode\n        return mode\n\n    def test_a(self):\n        assert self.get_mode('fasta') == 't'\n"),
                Case::pass("test_a.py", "_CACHE = {}\n\ndef load(name):\n    if name in _CACHE:\n        return _CACHE[name]\n    data = parse(name)\n    _CACHE[name] = data\n    return data\n\ndef test_a():\n    assert load('x')\n"),
                Case::pass("test_a.py", "_CACHE = {}\n\ndef load(name):\n    if name not in _CACHE:\n        _CACHE[name] = parse(name)\n    return _CACHE[name]\n\ndef test_a():\n    assert load('x')\n"),
                // Memoised on the class.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    EXPECTED = None\n\n    def test_a(self):\n        cls = T\n        if cls.EXPECTED is None:\n            cls.EXPECTED = compute()\n"),
                // Patched and restored in `finally`.
                Case::pass("test_a.py", "def test_a():\n    global AssertionError\n    saved = AssertionError\n    AssertionError = TypeError\n    try:\n        run()\n    finally:\n        AssertionError = saved\n"),
                // A global created for the test and deleted again in `finally`.
                Case::pass("test_a.py", "def test_a():\n    global engine\n    engine = create_engine('sqlite:///')\n    try:\n        Store(engine=f'{__name__}:engine')\n    finally:\n        engine.dispose()\n        del engine\n"),
                Case::pass("test_a.py", "def test_a():\n    global client\n    client = Client()\n    try:\n        assert client.connected\n    finally:\n        del client\n"),
                // An entry replaced with a fresh value before the test relies on it.
                Case::pass("test_a.py", "settings = {'debug': False, 'store': None}\n\ndef test_a():\n    settings['store'] = make_store()\n    assert use(settings)\n"),
                // unittest's `addCleanup(setattr, ...)` puts the attribute
                // back: registered in setUp (every test) or by the test.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    databases = {\"default\"}\n\n    def setUp(self):\n        self.addCleanup(setattr, self.__class__, \"databases\", self.databases)\n\n    def test_a(self):\n        self.__class__.databases = {\"void\"}\n        assert self.databases == {\"void\"}\n"),
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    databases = {\"default\"}\n\n    def test_a(self):\n        self.addCleanup(setattr, type(self), \"databases\", self.databases)\n        type(self).databases = {\"void\"}\n"),
                // Expected to raise: the write does not happen.
                Case::pass("test_a.py", "import unittest\n\nclass Struct:\n    x = 0\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        with self.assertRaises(TypeError):\n            Struct.x = 1\n"),
                // Lazy initialisation of a memoised singleton.
                Case::pass("test_a.py", "_cache = None\n\ndef get_cache():\n    global _cache\n    if _cache is None:\n        _cache = {}\n    return _cache\n\ndef test_a():\n    assert get_cache() == {}\n"),
                Case::pass("test_a.py", "ITEMS = [1, 2]\n\ndef test_a():\n    assert 1 in ITEMS\n"),
                // A local shadows the module-level name.
                Case::pass("test_a.py", "items = []\n\ndef test_a():\n    items = []\n    items.append(1)\n"),
                Case::pass("test_a.py", "items = []\n\ndef test_a(items):\n    items.append(1)\n"),
                Case::pass("test_a.py", "counter = 0\n\ndef test_a():\n    counter = 1\n    counter += 1\n"),
                // Reset by setUp / setup_method / a function-scoped fixture.
                Case::pass("test_a.py", "import unittest\nitems = []\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        items.clear()\n\n    def test_a(self):\n        items.append(1)\n"),
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    items = []\n\n    def setUp(self):\n        self.items = []\n\n    def test_a(self):\n        self.items.append(1)\n"),
                Case::pass("test_a.py", "class TestX:\n    calls = []\n\n    def setup_method(self):\n        self.calls = []\n\n    def test_a(self):\n        self.calls.append(1)\n"),
                Case::pass("test_a.py", "import pytest\nitems = []\n\n@pytest.fixture(autouse=True)\ndef reset():\n    items.clear()\n    yield\n\ndef test_a():\n    items.append(1)\n"),
                Case::pass("test_a.py", "import pytest\ncounter = 0\n\n@pytest.fixture\ndef fresh():\n    global counter\n    counter = 0\n\ndef test_a(fresh):\n    global counter\n    counter += 1\n"),
                // Written only in a hook / fixture, read by tests.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    users = []\n\n    @classmethod\n    def setUpClass(cls):\n        cls.users.append(make_user())\n\n    def test_a(self):\n        assert self.users\n"),
                // Built at import time.
                Case::pass("test_a.py", "import pytest\ncases = []\ncases.append((1, 2))\n\n@pytest.mark.parametrize(\"a,b\", cases)\ndef test_a(a, b):\n    assert a < b\n"),
                // A non-container module name set on an object.
                Case::pass("test_a.py", "app = create_app()\n\ndef test_a():\n    app.config[\"X\"] = 1\n"),
                // Instance attribute set per test.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.items = []\n        self.items.append(1)\n"),
                // A global put back to the literal its declaration gives it.
                Case::pass("test_a.py", "disconnected = None\n\ndef on_disconnect():\n    pass\n\ndef test_a():\n    global disconnected\n    disconnected = None\n    client.disconnect()\n    assert disconnected == '/'\n"),
            ],
        );
    }

    /// Audit set 80: a global a signal handler sets in the child of
    /// `pty.fork()` changes the child's memory, not the worker's; the
    /// parent's branch is the worker.
    #[test]
    fn set80_forked_child() {
        assert_rule(
            RULE,
            &[
                Case::pass("tests/test_keyboard.py", "import pty, signal\n\ngot_sigwinch = False\n\ndef test_kbhit_interrupted():\n    pid, master_fd = pty.fork()\n    if pid == 0:\n        global got_sigwinch\n        got_sigwinch = False\n\n        def on_resize(sig, action):\n            global got_sigwinch\n            got_sigwinch = True\n\n        signal.signal(signal.SIGWINCH, on_resize)\n        assert got_sigwinch\n        os._exit(0)\n    read_until_eof(master_fd)\n"),
                Case::fail("tests/test_keyboard.py", "import pty\n\nseen = []\n\ndef test_a():\n    pid, master_fd = pty.fork()\n    if pid == 0:\n        os._exit(0)\n    else:\n        seen.append(pid)\n", &["seen.append(pid)"]),
            ],
        );
    }

    /// Spec sweep 83: a same-file component rendered in JSX (`<Probe />`)
    /// runs in the test that renders it, as a call of it would.
    #[test]
    fn sweep83_components_rendered_in_jsx() {
        assert_rule(
            RULE,
            &[
                Case::fail("a.test.tsx", "let renders = 0;\nfunction Probe() {\n  renders++;\n  return <span />;\n}\nit('a', () => {\n  render(<Probe />);\n  expect(renders).toBe(1);\n});", &["renders++"]),
                Case::fail("a.test.jsx", "const seen = [];\nconst Row = ({ id }) => {\n  seen.push(id);\n  return <li>{id}</li>;\n};\nit('a', () => {\n  render(<ul><Row id={1}></Row></ul>);\n});", &["seen.push(id)"]),
                // Reset before every test, or a component nobody renders.
                Case::pass("a.test.tsx", "let renders = 0;\nfunction Probe() {\n  renders++;\n  return <span />;\n}\nbeforeEach(() => {\n  renders = 0;\n});\nit('a', () => {\n  render(<Probe />);\n});"),
                Case::pass("a.test.tsx", "let renders = 0;\nfunction Probe() {\n  renders++;\n  return <span />;\n}\nit('a', () => {\n  render(<span />);\n});"),
            ],
        );
    }
}

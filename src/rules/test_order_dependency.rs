//! `test-order-dependency`: a test reads a module-, `describe`- or
//! class-level binding that another test (not a hook) assigns, so it passes
//! only when that test ran first, in the same worker.
//!
//! Flagged: `let id; it('creates', () => { id = ... }); it('reads', () =>
//! get(id))`, a property of a shared object set by one test and read by
//! another; Python module globals set through `global token` in one test and
//! read in another, class attributes set with `type(self).x = ...`,
//! `cls.x = ...`, `self.__class__.x = ...` or `ClassName.x = ...` in a test
//! and read (`self.x`) in another. Reported at the first read of the binding
//! in each dependent test (one finding per binding per reading test), with
//! the writing test's write as the related location.
//!
//! Not flagged: reads in the writing test itself, a test that writes the
//! binding before it reads it, writes by a test of the reader's own
//! Playwright serial group (`test.describe.serial`, or
//! `test.describe.configure({ mode: 'serial' })`: its tests always run in
//! file order, in one worker), bindings assigned only in hooks or fixtures,
//! bindings a per-test hook reassigns, writes the test expects to raise,
//! keys that code no test of the file calls also writes (a fake's method
//! the code under test runs, a callback handed over by reference), and
//! locals or parameters that shadow the shared name.

use super::{Rule, RuleContext, SharedThrough, Triggers};
use crate::model::bindings::{DeclKind, RefKind, SharedBinding};
use crate::model::framework::{self, HookKind};
use crate::model::kinds::{self, FieldByName};
use crate::model::scope::{FixtureScope, ScopeId, ScopeKind};
use crate::model::values::Value;
use crate::model::{teardown, Model};

pub struct TestOrderDependency;

impl Rule for TestOrderDependency {
    fn id(&self) -> &'static str {
        "test-order-dependency"
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

/// Whether a Python read of a class attribute goes through the class
/// (`type(self).x`, `self.__class__.x`, `cls.x`, `ClassName.x`) rather than
/// the instance (`self.x`, which an instance attribute can shadow).
fn reads_through_class(model: &Model, node: tree_sitter::Node) -> bool {
    let attr = if node.kind() == "attribute" {
        node
    } else {
        match node.parent() {
            Some(p) if p.kind() == "attribute" => p,
            _ => return false,
        }
    };
    let Some(object) = attr.field("object") else {
        return false;
    };
    let text = model.text(object).replace(' ', "");
    match object.kind() {
        "identifier" => text != "self",
        "call" => text == "type(self)",
        "attribute" => text == "self.__class__" || text == "request.cls",
        _ => false,
    }
}

/// Whether a write of `kind` assigns the binding for other tests to read.
fn assigns(model: &Model, binding: &SharedBinding, kind: RefKind) -> bool {
    if kind == RefKind::MemberAssign && model.copied_per_test(binding) {
        return false;
    }
    match binding.kind {
        DeclKind::JsConst => kind == RefKind::MemberAssign,
        _ => matches!(
            kind,
            RefKind::Rebind | RefKind::Update | RefKind::MemberAssign
        ),
    }
}

fn check_binding<'t>(cx: &mut RuleContext<'_, 't>, model: &Model<'t>, binding: &SharedBinding<'t>) {
    if !binding.refs.iter().any(|r| assigns(model, binding, r.kind)) {
        return;
    }
    let uses = model.binding_uses(binding);
    let python = model.lang.is_python();
    // Which member each assigning use writes (`None`: the whole binding),
    // and (Python) the members a test writes back in a `finally` (a
    // patch-and-restore such as `gzip.open = fake ... finally: gzip.open =
    // original`, which leaves nothing behind for other tests).
    // A member write hands that member to later tests, not the whole
    // object: only a read of it depends on the write (`ctx.id = 1` is read
    // by `get(ctx.id)`; `Person.definition.settings.strict = 'validate'` or
    // `dirList.send = fake` is not read by `Person.findById()` or
    // `dirList.path()`, which at most it pollutes).
    let keys: Vec<Option<String>> = binding
        .refs
        .iter()
        .map(|r| {
            if r.kind == RefKind::MemberAssign {
                member_written(model, binding, r.node)
            } else {
                None
            }
        })
        .collect();
    let mut restored: foldhash::HashSet<(ScopeId, String)> = foldhash::HashSet::default();
    for (i, r) in binding.refs.iter().enumerate() {
        if let (Some(key), true) = (&keys[i], python && in_finally(model, r.node)) {
            for &t in &uses.owners[i] {
                restored.insert((t, key.clone()));
            }
        }
    }
    // An inline patch-and-restore in one test (`const original = path.join;
    // path.join = fake; ...; path.join = original`, or a boolean member
    // flipped and flipped back: `bs.paused = true; ...; bs.paused = false`)
    // leaves nothing behind:
    // the write-back and the writes it undoes are not assignments for
    // other tests to read.
    let assign_of = |i: usize| {
        let node = binding.refs[i].node;
        model.assigns.iter().find(|a| a.node.id() == node.id())
    };
    let write_backs: Vec<(usize, &crate::model::facts::Assign)> = (0..binding.refs.len())
        .filter_map(|i| assign_of(i).map(|a| (i, a)))
        .filter(|(_, a)| teardown::puts_back_saved(model, a) || teardown::toggles_back(model, a))
        .collect();
    let undone_in = |i: usize, test: ScopeId| {
        write_backs.iter().any(|&(j, back)| {
            j == i
                || (uses.owners[j].contains(&test)
                    && back.node.start_byte() > binding.refs[i].node.start_byte()
                    && assign_of(i).is_some_and(|a| a.target_path == back.target_path))
        })
    };
    // A write that teardown covering it writes again (`afterEach(() => {
    // V.max = saved })` after a test's `V.max = 9`) is gone before the
    // next test starts.
    let rewritten_in_teardown = |i: usize| {
        assign_of(i).is_some_and(|a| {
            teardown::cover(model, a.node).any(|action| {
                matches!(action, teardown::Action::Assign(back) if back.target_path == a.target_path)
            })
        })
    };
    // Setup hooks (`before`/`beforeEach`, setUp...) that rebind the name:
    // a reader under one of them reads what its hook assigned, whatever a
    // test outside that hook's suite wrote before.
    let rebinding_setups: Vec<ScopeId> = binding
        .refs
        .iter()
        .filter(|r| r.kind == RefKind::Rebind)
        .map(|r| model.owner(r.scope))
        .filter(|&h| matches!(model.scope(h).kind, ScopeKind::Hook(k) if k.is_setup()))
        .collect();
    // Per-test setup (`beforeEach`, `setUp`, a function-scoped fixture)
    // that assigns a member: every test it runs before starts from the
    // value it writes there (`beforeEach(() => { back.fixtures = dir })`),
    // whatever another test wrote to that member (`back.fixtures =
    // undefined`).
    let member_setups: Vec<(ScopeId, &str)> = binding
        .refs
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == RefKind::MemberAssign)
        .filter_map(|(i, r)| Some((r, keys[i].as_deref()?)))
        .flat_map(|(r, key)| {
            model
                .effective_owners(r.scope)
                .into_iter()
                .map(move |o| (o, key))
        })
        .filter(|&(o, _)| match model.scope(o).kind {
            ScopeKind::Hook(k) => k == HookKind::BeforeEach,
            ScopeKind::Fixture { scope, .. } => scope == FixtureScope::Function,
            _ => false,
        })
        .collect();
    let member_reset_for = |reader: ScopeId, key: &str| {
        member_setups.iter().any(|&(h, k)| {
            k == key
                && match model.scope(h).kind {
                    ScopeKind::Fixture { .. } => model.uses_fixture(reader, h),
                    _ => model.prepares(h, reader),
                }
        })
    };
    let shadowed = |writer: ScopeId, reader: ScopeId| {
        rebinding_setups.iter().any(|&h| {
            let suite = model.enclosing_container(model.scope(h).parent.unwrap_or(h));
            model.is_within(reader, suite) && !model.is_within(writer, suite)
        })
    };
    // What code no test, hook or fixture of the file runs writes (a method
    // of a fake the code under test instantiates: `MockEncoder.last = self`
    // in its `__init__`, a callback it is handed): a test reading that may
    // be reading what its own call produced, not another test's leftover.
    let implicit: Vec<&Option<String>> = binding
        .refs
        .iter()
        .enumerate()
        .filter(|(_, r)| assigns(model, binding, r.kind) && runs_implicitly(model, r.scope))
        .map(|(i, _)| &keys[i])
        .collect();
    // The writing tests, each with its first assigning use.
    let mut writers: Vec<(ScopeId, usize)> = Vec::new();
    let mut writer_seen: foldhash::HashSet<ScopeId> = foldhash::HashSet::default();
    // What the writers write: `None` once any of them rebinds the name.
    let mut written: Vec<Option<String>> = Vec::new();
    // What each writing test writes.
    let mut writer_keys: foldhash::HashMap<ScopeId, Vec<Option<String>>> =
        foldhash::HashMap::default();
    for (i, r) in binding.refs.iter().enumerate() {
        if !assigns(model, binding, r.kind) {
            continue;
        }
        if python && r.kind == RefKind::MemberAssign && keys[i].is_none() {
            continue;
        }
        // A write the test expects to raise (`with pytest.raises(TypeError):
        // IM[2, 2] = 5` on an immutable value) changes nothing.
        if python && model.expected_to_raise(r.node) {
            continue;
        }
        if implicit.iter().any(|k| k.is_none() || **k == keys[i]) {
            continue;
        }
        for &t in &uses.owners[i] {
            if let Some(key) = &keys[i] {
                if restored.contains(&(t, key.clone())) {
                    continue;
                }
            }
            if !write_backs.is_empty() && undone_in(i, t) {
                continue;
            }
            if r.kind == RefKind::MemberAssign && rewritten_in_teardown(i) {
                continue;
            }
            if !written.contains(&keys[i]) {
                written.push(keys[i].clone());
            }
            let own = writer_keys.entry(t).or_default();
            if !own.contains(&keys[i]) {
                own.push(keys[i].clone());
            }
            if writer_seen.insert(t) {
                writers.push((t, i));
            }
        }
    }
    if writers.is_empty() {
        return;
    }
    // In file order, to name the writer that runs just before a reader.
    writers.sort_by_key(|(w, _)| model.scope(*w).node.start_byte());
    let writer_starts: Vec<usize> = writers
        .iter()
        .map(|(w, _)| model.scope(*w).node.start_byte())
        .collect();
    // The reading tests, in the order of their first read.
    let mut readers: Vec<ScopeId> = Vec::new();
    let mut seen: foldhash::HashSet<ScopeId> = foldhash::HashSet::default();
    // A read depends on the writes when it reads what they write: for a
    // member write (`curses.LINES = 0`, `dirList.send = fake`), a read of
    // that member, not of `curses.initscr` or `dirList.path`.
    //
    // A member write or in-place mutation of the binding reads it too
    // (`user.name = 'x'` needs the `user` another test assigned) when a
    // test rebinds the whole name and the write cannot stand alone: the
    // declaration holds nothing to write into (`let user;`, `= null`), or
    // the write goes through a member of the current value
    // (`games[0].stacks.a = 1`, `user.tags.push(t)`).
    let rebound_by_a_test = written.contains(&None);
    let uninitialised = declared_empty(model, binding);
    let needs_current: Vec<bool> = binding
        .refs
        .iter()
        .map(|r| {
            rebound_by_a_test
                && matches!(r.kind, RefKind::MemberAssign | RefKind::Mutate)
                && (uninitialised || through_member(model, binding, r.node))
        })
        .collect();
    let dependent: Vec<bool> = binding
        .refs
        .iter()
        .enumerate()
        .map(|(i, r)| {
            needs_current[i]
                || (r.kind == RefKind::Read
                    && !teardown::saved_to_put_back(model, access_top(r.node))
                    && written.iter().any(|w| match w {
                        None => true,
                        Some(key) => reads_member(model, binding, r.node, key),
                    }))
        })
        .collect();
    for (i, _) in binding.refs.iter().enumerate() {
        if !dependent[i] {
            continue;
        }
        for &t in &uses.owners[i] {
            if seen.insert(t) {
                readers.push(t);
            }
        }
    }
    for reader in readers {
        let only_self = writers.len() == 1 && writers[0].0 == reader;
        // A reader that reaches the class attribute only through the
        // class (`self.__class__.token`) is not reset by a hook's
        // `self.token = None`, which shadows `self.token` reads alone.
        let class_reads_only = python && {
            let mut reads = uses
                .by_test
                .get(&reader)
                .into_iter()
                .flatten()
                .filter(|&&i| dependent[i] && binding.refs[i].kind == RefKind::Read)
                .peekable();
            reads.peek().is_some()
                && reads.all(|&i| reads_through_class(model, binding.refs[i].node))
        };
        let reset = if class_reads_only {
            model.reset_before_class_read(&uses, reader)
        } else {
            model.reset_before_test(&uses, reader)
        };
        if only_self || reset {
            continue;
        }
        // The first read and the first own write, as positions in the test.
        let mut first_read: Option<(usize, usize)> = None;
        let mut first_write: Option<usize> = None;
        let own_writes: Vec<tree_sitter::Node> = uses
            .by_test
            .get(&reader)
            .into_iter()
            .flatten()
            .filter(|&&i| binding.refs[i].kind != RefKind::Read)
            .map(|&i| binding.refs[i].node)
            .collect();
        for &i in uses.by_test.get(&reader).into_iter().flatten() {
            let at = uses.position(i, reader);
            if binding.refs[i].kind == RefKind::Read || needs_current[i] {
                if !dependent[i]
                    || deferred_after_own_write(model, reader, binding.refs[i].node, &own_writes)
                {
                    continue;
                }
                if first_read.is_none_or(|(a, _)| at < a) {
                    first_read = Some((at, i));
                }
            } else if first_write.is_none_or(|a| at < a) {
                first_write = Some(at);
            }
        }
        let Some((read_at, read_idx)) = first_read else {
            continue;
        };
        if first_write.is_some_and(|w| w <= read_at) {
            continue;
        }
        // A subtest (tap's or node:test's `t.test(...)`) runs after the body
        // of the test that contains it: what that parent assigns before the
        // subtest is the subtest's own set-up, not another test's leftover.
        let reader_start = model.scope(reader).node.start_byte();
        let set_up_by_parent = binding.refs.iter().enumerate().any(|(i, r)| {
            assigns(model, binding, r.kind)
                && r.node.start_byte() < reader_start
                && uses.owners[i]
                    .iter()
                    .any(|&w| w != reader && model.is_within(reader, w))
                && keys[i].as_ref().is_none_or(|key| {
                    uses.by_test.get(&reader).into_iter().flatten().any(|&j| {
                        dependent[j] && reads_member(model, binding, binding.refs[j].node, key)
                    })
                })
        });
        if set_up_by_parent {
            continue;
        }
        // Name the writer that runs just before the reader in file order,
        // else the first writer.
        let before = writer_starts.partition_point(|&s| s < reader_start);
        // Tests of one Playwright serial group run in file order in one
        // worker, and sharding keeps the group together: a write by a test
        // of the reader's own group is that group's design, not a hazard.
        let group = model.serial_group(reader);
        // Whether the reader reads what writer `w` writes (a member `w`
        // sets, or the name when `w` rebinds it).
        let reader_reads: Vec<usize> = uses
            .by_test
            .get(&reader)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| dependent[i])
            .collect();
        let reads_what_it_writes = |w: ScopeId| {
            writer_keys.get(&w).is_some_and(|keys| {
                keys.iter().any(|k| match k {
                    None => true,
                    Some(key) => {
                        !member_reset_for(reader, key)
                            && reader_reads
                                .iter()
                                .any(|&i| reads_member(model, binding, binding.refs[i].node, key))
                    }
                })
            })
        };
        let Some(&(writer, write_idx)) =
            writers[..before]
                .iter()
                .rev()
                .chain(writers.iter())
                .find(|(w, _)| {
                    *w != reader
                        && (group.is_none() || model.serial_group(*w) != group)
                        && !shadowed(*w, reader)
                        && reads_what_it_writes(*w)
                })
        else {
            continue;
        };
        let writer_name = model.scope(writer).name.clone();
        let writer_label = if writer_name.is_empty() {
            "another test".to_string()
        } else {
            format!("test '{writer_name}'")
        };
        let read = &binding.refs[read_idx];
        // A member write or mutation reads the name at its base.
        let read_at = if read.kind == RefKind::Read {
            read.node
        } else {
            write_base(model, binding, read.node).unwrap_or(read.node)
        };
        let related = cx.related(
            binding.refs[write_idx].node,
            format!("`{}` is assigned by {writer_label} here", binding.name),
        );
        let finding = cx.report(
            read_at,
            format!(
                "this test reads `{}`, which {writer_label} assigns: it passes only when that test runs first in the same worker (fails alone, shuffled or sharded)",
                binding.name
            ),
        );
        finding.subject = Some(binding.decl.start_byte());
        finding.with_related(related);
    }
}

/// Whether code in `scope` runs only when something outside the file's
/// tests calls it: it is in a function of the module or of a class (not one
/// nested in a test, hook or fixture) that nothing in the file calls, such
/// as a method of a fake class that the code under test instantiates, or a
/// callback handed over by reference.
fn runs_implicitly(model: &Model, scope: ScopeId) -> bool {
    let owner = model.owner(scope);
    if !matches!(
        model.scope(owner).kind,
        ScopeKind::Module | ScopeKind::Class | ScopeKind::Suite { .. }
    ) {
        return false;
    }
    let helper = model
        .ancestors(scope)
        .take_while(|&s| s != owner)
        .find(|&s| model.scope(s).kind == ScopeKind::Function);
    // Django calls a test class's `setUpTestData` once before its tests:
    // a hook the model keeps as a plain method, not code run from outside.
    helper.is_some_and(|h| {
        let name = &model.scope(h).name;
        !name.is_empty()
            && !framework::is_class_data_hook(name)
            && model.callers_of_function(name).is_empty()
    })
}

/// Whether the binding's declaration holds nothing a member write could
/// go into: JS `let user;`, `let user = null` / `undefined`; Python
/// `user = None`.
fn declared_empty(model: &Model, binding: &SharedBinding) -> bool {
    let Some(parent) = binding.decl.parent() else {
        return false;
    };
    let value = match parent.kind() {
        "variable_declarator" => parent.field("value"),
        "assignment" => parent.field("right"),
        _ => return false,
    };
    match value {
        None => parent.kind() == "variable_declarator",
        Some(v) => {
            matches!(v.kind(), "null" | "undefined" | "none")
                || (v.kind() == "identifier" && model.text(v) == "undefined")
        }
    }
}

/// The name node of the binding at the base of a member write or mutating
/// call (`user` in `user.name = 'x'`, `user.tags.push(t)`).
fn write_base<'t>(
    model: &Model<'t>,
    binding: &SharedBinding<'t>,
    write: tree_sitter::Node<'t>,
) -> Option<tree_sitter::Node<'t>> {
    let chain = match write.kind() {
        "assignment_expression"
        | "augmented_assignment_expression"
        | "assignment"
        | "augmented_assignment" => write.field("left")?,
        "call_expression" | "call" => write.field("function")?,
        "update_expression" => write.field("argument")?,
        "unary_expression" => write.field("argument")?,
        _ => write,
    };
    binding_node(model, binding, chain)
}

/// Whether a member write or mutation goes through a member of the
/// binding's current value (`games[0].stacks.a = 1`, `user.tags.push(t)`),
/// rather than straight into it (`user.name = 'x'`, `items.push(x)`).
fn through_member<'t>(
    model: &Model<'t>,
    binding: &SharedBinding<'t>,
    write: tree_sitter::Node<'t>,
) -> bool {
    let Some(base) = write_base(model, binding, write) else {
        return false;
    };
    // Member steps above the name, up to the written or called member.
    let mut steps = 0;
    let mut node = base;
    while let Some(p) = node.parent() {
        if container_of(p).is_none_or(|o| o.id() != node.id()) {
            break;
        }
        steps += 1;
        node = p;
    }
    // `user.name = v` and `items.push(x)` take one step to the member
    // written or called; more steps read a member on the way.
    steps > 1
}

/// Whether the read at `read` sits in a function nested in the test
/// `reader` (a callback, an event handler, a hook of an object literal)
/// while the test itself assigns the binding outside that function: the
/// callback runs once the test has created its own value
/// (`key: function () { worker.end() }` registered before
/// `worker = new Worker(...)`), so it reads nothing another test left.
pub(crate) fn deferred_after_own_write(
    model: &Model,
    reader: ScopeId,
    read: tree_sitter::Node,
    own_writes: &[tree_sitter::Node],
) -> bool {
    if own_writes.is_empty() {
        return false;
    }
    let test = model.scope(reader).node;
    // A read in a helper the test calls runs when the test calls it, unless
    // it sits in a function the helper builds and hands out (a callback
    // factory: `function proxied(done) { return function (err) {
    // spy.args... } }` passed as `send_request(opts, proxied(done))`): that
    // function runs later, once the test has made its own value.
    let container = if read.start_byte() < test.start_byte() || read.end_byte() > test.end_byte() {
        let helper = model.scope(model.scope_of(read));
        if helper.kind != ScopeKind::Function {
            return false;
        }
        helper.node
    } else {
        test
    };
    let mut current = read.parent();
    let mut nested: Option<tree_sitter::Node> = None;
    for _ in 0..200 {
        let Some(n) = current else { break };
        if n.id() == container.id() || n.start_byte() < container.start_byte() {
            break;
        }
        if kinds::is_function(n.kind()) {
            nested = Some(n);
            break;
        }
        current = n.parent();
    }
    let Some(nested) = nested else {
        return false;
    };
    own_writes
        .iter()
        .any(|w| w.start_byte() < nested.start_byte() || w.end_byte() > nested.end_byte())
}

/// Whether a node sits in a `finally` clause of its own function (looking
/// at most 64 levels up).
pub(crate) fn in_finally(model: &Model, node: tree_sitter::Node) -> bool {
    for c in crate::walk::ancestors(model.root, node)
        .into_iter()
        .rev()
        .take(64)
    {
        if c.kind() == "function_definition" {
            return false;
        }
        if c.kind() == "finally_clause" {
            return true;
        }
    }
    false
}

/// The node in `chain` (an assignment target such as `self.gen.seed_x`,
/// `STATE["k"].v` or `this.state.x`) that names the binding itself:
/// `STATE`, `self.gen`.
fn binding_node<'t>(
    model: &Model<'t>,
    binding: &SharedBinding<'t>,
    chain: tree_sitter::Node<'t>,
) -> Option<tree_sitter::Node<'t>> {
    let mut node = chain;
    for _ in 0..16 {
        let names_binding = match node.kind() {
            "identifier" => model.text(node) == binding.name,
            "attribute" => node
                .field("attribute")
                .is_some_and(|a| model.text(a) == binding.name),
            "member_expression" => node
                .field("property")
                .is_some_and(|a| model.text(a) == binding.name),
            _ => false,
        };
        if names_binding && node.id() != chain.id() {
            return Some(node);
        }
        node = container_of(node)?;
    }
    None
}

/// For a member write (`curses.LINES = 0`, `STATE["k"] = v`,
/// `ctx.id = 1`), the written member as source text after the binding:
/// `.LINES`, `["k"]`, `.id`.
fn member_written<'t>(
    model: &Model<'t>,
    binding: &SharedBinding<'t>,
    assignment: tree_sitter::Node<'t>,
) -> Option<String> {
    let left = assignment.field("left")?;
    let base = binding_node(model, binding, left)?;
    access_text(model, base, left)
}

/// The members `top` accesses after `base` (a node inside its object
/// chain) as compared text ([`member_text`]), with a subscript by a name
/// bound to a literal read as that literal: `STATE[path]` after `path =
/// "no-metadata"` is `["no-metadata"]`, another key than `STATE[path]` in a
/// test whose own `path` is `"sensitive-missing"`. `None` when `base` is not
/// in `top`'s chain.
fn access_text<'t>(
    model: &Model<'t>,
    base: tree_sitter::Node<'t>,
    top: tree_sitter::Node<'t>,
) -> Option<String> {
    let mut chain = Vec::new();
    let mut node = top;
    for _ in 0..16 {
        // `base` itself, or the access ending with it (`Cls.items` for
        // the `items` of a class attribute).
        if node.end_byte() <= base.end_byte() {
            break;
        }
        chain.push(node);
        node = container_of(node)?;
    }
    if node.end_byte() != base.end_byte() {
        return None;
    }
    let mut out = String::new();
    for access in chain.into_iter().rev() {
        let object = container_of(access)?;
        let cut = object.end_byte().checked_sub(access.start_byte())?;
        let segment = model.text(access).get(cut..).unwrap_or("");
        let index = match access.kind() {
            "subscript" => access.field("subscript"),
            "subscript_expression" => access.field("index"),
            _ => None,
        };
        let literal =
            index
                .filter(|i| i.kind() == "identifier")
                .and_then(|i| match model.eval(i).value {
                    Value::Str(v) => Some(format!("[\"{v}\"]")),
                    Value::Int(v) => Some(format!("[{v}]")),
                    _ => None,
                });
        match literal {
            Some(l) => out.push_str(&l),
            None => out.push_str(&member_text(segment)),
        }
    }
    Some(out)
}

/// A member access as compared text: no whitespace, `?.` read as `.`, and
/// a key in single quotes read as in double quotes (`STATE['id']` reads
/// what `STATE["id"] = ...` wrote; an f-string can only use the other
/// quote: `f"/items/{STATE['id']}"`).
fn member_text(t: &str) -> String {
    t.chars()
        .filter(|c| !c.is_whitespace() && *c != '?')
        .map(|c| if c == '\'' { '"' } else { c })
        .collect()
}

/// The object a member or subscript expression accesses (`a` in `a.b`,
/// `a[k]`).
fn container_of(node: tree_sitter::Node) -> Option<tree_sitter::Node> {
    match node.kind() {
        "attribute" | "member_expression" | "subscript_expression" => node.field("object"),
        "subscript" => node.field("value"),
        _ => None,
    }
}

/// The whole access chain a read of a name starts (`meta.config.x` for
/// the `meta` of `meta.config.x`), or the read itself.
fn access_top(read: tree_sitter::Node) -> tree_sitter::Node {
    let mut top = read;
    for _ in 0..16 {
        let Some(p) = top.parent() else { break };
        if container_of(p).is_none_or(|o| o.id() != top.id()) {
            break;
        }
        top = p;
    }
    top
}

/// Whether the read of the binding at `read` reads the member `key`
/// (`.LINES` in `curses.LINES.bit_length()`), or the whole container.
fn reads_member<'t>(
    model: &Model<'t>,
    binding: &SharedBinding<'t>,
    read: tree_sitter::Node<'t>,
    key: &str,
) -> bool {
    let top = access_top(read);
    let suffix = access_text(model, read, top).unwrap_or_default();
    if suffix.is_empty() {
        // The whole object: `assert STATE == {...}` reads what was stored.
        return binding.holds_container;
    }
    suffix
        .strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "test-order-dependency";

    #[test]
    fn javascript() {
        assert_rule(
            RULE,
            &[
                // A destructuring assignment in one test writes the binding.
                Case::fail("a.test.js", "let token;\ntest('logs in', async () => {\n  ({ token } = await login());\n});\ntest('reads', async () => {\n  await get(\n    token,\n  );\n});", &["token"]),
                Case::fail("a.test.js", "let first;\ntest('lists', async () => {\n  [first] = await list();\n});\ntest('opens', async () => {\n  await open(first);\n});", &["first"]),
                // The writer named is one whose write the reader reads: the test that
                // rebinds, not the one tweaking a nested setting just before. The
                // tweak reads `Person` too: alone, `Person` is undefined.
                Case::fail("a.test.js", "let Person;\nit('defines', () => { Person = db.define('Person', {}); });\nit('tweaks', () => { Person.definition.settings.strict = true; });\nit('finds', () => Person.findById(1));", &["Person", "Person"]),
                // A member write into what another test assigned reads it first.
                Case::fail("a.test.js", "describe('users', () => {\n  let user;\n  it('creates', async () => { user = await create(); });\n  it('renames', async () => { user.name = 'x'; await save(user); });\n});", &["user"]),
                Case::fail("a.test.js", "let user = null;\nit('creates', () => { user = make(); });\nit('tags', () => { user.tags.push('a'); });", &["user"]),
                // Through a member of the current value, even into a declared container.
                Case::fail("a.test.js", "let games = {};\nit('starts', () => { games = start(); });\nit('plays', () => { games[0].stacks.a = 1; play(games[0]); });", &["games"]),
                // ...but a read of that very setting depends on it.
                Case::fail("a.test.js", "let Person;\nbefore(() => { Person = db.define('Person', {}); });\nit('validates strictly', () => { Person.definition.settings.strict = 'validate'; });\nit('reads it', () => expect(Person.definition.settings.strict).toBe('validate'));", &["Person"]),
                // A boolean member flipped and left flipped (or flipped back in
                // another test): the reader sees what the writer left.
                Case::fail("a.test.js", "describe('events', () => {\n  let bs;\n  before(() => { bs = create(); });\n  it('reloads', () => { expect(bs.paused).toBe(false); });\n  it('pauses', () => { bs.paused = true; emit(bs); });\n  it('resumes', () => { bs.paused = false; });\n});", &["bs"]),
                // A test in the hook's own suite overwrites what the hook assigned.
                Case::fail("a.test.js", "let Category;\ndescribe('referencesMany', function () {\n  before(function () { Category = db.define('Category', {}); });\n  it('redefines', function () { Category = other(); });\n  it('finds', function () { return Category.findOne(); });\n});", &["Category"]),
                // A property of a shared object one test sets and another reads.
                Case::fail("a.test.js", "const api = createClient();\ntest('logs in', () => { api.token = 'abc'; });\ntest('reads', () => { expect(fetchWith(api.token)).toBeTruthy(); });", &["api"]),
                Case::fail("a.test.js", "let id;\nit('creates', async () => { id = await create(); });\nit('reads', async () => { await get(id); expect(id).toBeDefined(); });", &["id"]),
                Case::fail("a.test.js", "describe('users', () => {\n  let user;\n  test('create', () => { user = makeUser(); });\n  test('update', () => { update(user); });\n  test('delete', () => { remove(user); });\n});", &["user", "user"]),
                Case::fail("a.test.js", "let token = null;\nfunction login() { token = 'abc'; }\nit('logs in', () => { login(); });\nit('uses', () => { fetchWith({ token }); });", &["token"]),
                Case::fail("a.test.js", "const ctx = {};\nit('a', () => { ctx.id = 1; });\nit('b', () => { expect(ctx.id).toBe(1); });", &["ctx"]),
                // Destructured names are bindings like plain ones.
                Case::fail("a.test.js", "const { back } = nock;\nit('unset', () => { back.fixtures = undefined; });\nit('reads', () => { expect(join(back.fixtures, 'a.json')).toBeTruthy(); });", &["back"]),
                Case::fail("a.test.js", "const { back: nockBack } = nock;\nit('unset', () => { nockBack.fixtures = undefined; });\nit('reads', () => { expect(join(nockBack.fixtures, 'a.json')).toBeTruthy(); });", &["nockBack"]),
                // Set once in `beforeAll`, or per test only in another suite:
                // the writer's value is what the reader sees.
                Case::fail("a.test.js", "const { back } = nock;\nbeforeAll(() => { back.fixtures = dir; });\nit('unset', () => { back.fixtures = undefined; });\nit('reads', () => { expect(join(back.fixtures, 'a.json')).toBeTruthy(); });", &["back"]),
                Case::fail("a.test.js", "const { back } = nock;\ndescribe('x', () => {\n  beforeEach(() => { back.fixtures = dir; });\n  it('unset', () => { back.fixtures = undefined; });\n});\ndescribe('y', () => {\n  it('reads', () => { expect(join(back.fixtures, 'a.json')).toBeTruthy(); });\n});", &["back"]),
                // The reader reads before its own write.
                Case::fail("a.test.js", "let n = 0;\nit('a', () => { n = 5; });\nit('b', () => { expect(n).toBe(5); n = 0; });", &["n"]),
                Case::fail("a.test.ts", "let created: User | undefined;\nit('creates', () => { created = make(); });\nit('reads', () => { expect(created!.id).toBe(1); });", &["created"]),
                Case::fail("a.test.tsx", "let el: HTMLElement;\nit('renders', () => { el = render(<App />).container; });\nit('clicks', () => { fireEvent.click(el); });", &["el"]),
                // Patched and never put back.
                Case::fail("a.test.js", "const path = require('path');\ntest('patches', () => {\n  path.join = () => '/x';\n});\ntest('reads', () => { expect(path.join('a', 'b')).toBe('a/b'); });", &["path"]),
                // Playwright without serial mode: tests may run in any worker.
                Case::fail("e2e/a.spec.ts", "import { test } from '@playwright/test';\nlet orderId;\ntest('creates', async ({ page }) => { orderId = await create(page); });\ntest('reads', async ({ page }) => { await page.goto(`/o/${orderId}`); });", &["orderId"]),
                // A serial group reading what a test outside it wrote.
                Case::fail("e2e/a.spec.ts", "import { test } from '@playwright/test';\nlet orderId;\ntest('creates', async ({ page }) => { orderId = await create(page); });\ntest.describe.serial('flow', () => {\n  test('reads', async ({ page }) => { await page.goto(`/o/${orderId}`); });\n});", &["orderId"]),
            ],
        );
    }

    #[test]
    fn javascript_callbacks() {
        assert_rule(
            RULE,
            &[
                // The reader's callback, with no write of its own in the test.
                Case::fail("a.test.js", "let worker;\ntest('a', () => { worker = new Worker(); });\ntest('b', (done) => { queue.on('job', () => { worker.end(); done(); }); });", &["worker"]),
                // The test's own write is inside the same callback, after the read.
                Case::fail("a.test.js", "let worker;\ntest('a', () => { worker = new Worker(); });\ntest('b', (done) => { queue.on('job', () => { worker.end(); worker = null; done(); }); });", &["worker"]),
                // A subtest whose parent sets the name only after it.
                Case::fail("test/a.test.mjs", "import test from 'node:test';\nlet db;\ntest('other', () => { db = open(); });\ntest('parent', async (t) => {\n  await t.test('child', () => { db.get('k'); });\n  db = null;\n});", &["db"]),
                // A callback built by a helper, in a test that assigns nothing itself.
                Case::fail("a.test.js", "describe('proxy', function () {\n  var spy;\n  function send(opts, done) { spy = sinon.spy(http, 'request'); get(opts, done); }\n  function proxied(done) { return function () { spy.args[0][0].path.should.eql('/'); done(); }; }\n  it('a', function (done) { send({}, proxied(done)); });\n  it('b', function (done) { get({}, proxied(done)); });\n});", &["spy"]),
                // A helper that reads the name in its own body, called before the test's write.
                Case::fail("a.test.js", "describe('proxy', function () {\n  var spy;\n  function send(opts) { spy = sinon.spy(http, 'request'); }\n  function check() { spy.args[0][0].path.should.eql('/'); }\n  it('a', function () { send({}); check(); });\n  it('b', function () { check(); send({}); });\n});", &["spy"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A hook registered on a shared model by one test; another calls the model.
                Case::pass("a.test.js", "let Person;\nbefore(() => { Person = db.define('Person', {}); });\nit('hooks', (done) => { Person.afterCreate = (next) => { Person.afterCreate = null; next(); done(); }; Person.create({}); });\nit('creates', () => Person.create({ name: 'A' }));"),
                // A nested setting tweaked by one test, other members read by another.
                Case::pass("a.test.js", "let Person;\nbefore(() => { Person = db.define('Person', {}); });\nit('validates strictly', () => { Person.definition.settings.strict = 'validate'; });\nit('finds', () => Person.findById(1));"),
                // The writer's own afterEach writes the property back.
                Case::pass("a.test.js", "const V = require('../').ValidationError;\ndescribe('a', () => {\n  it('reads', () => { expect(V.maxLen).toBe(32); });\n});\ndescribe('b', () => {\n  let saved;\n  beforeEach(() => { saved = V.maxLen; });\n  afterEach(() => { V.maxLen = saved; });\n  it('truncates', () => { V.maxLen = 9; });\n});"),
                // The reader's suite assigns the name in its own `before`.
                Case::pass("a.test.js", "let Category;\ndescribe('hasMany', function () {\n  it('declares', function () { Category = db.define('Category', {}); });\n});\ndescribe('referencesMany', function () {\n  before(function () { Category = db.define('Category', {}); });\n  it('finds', function () { return Category.findOne(); });\n});"),
                // A patched export of a required module; other tests use other exports.
                Case::pass("a.test.js", "const dirList = require('../lib/dirList');\ntest('errors', () => {\n  dirList.send = async () => { throw new Error('x'); };\n});\ntest('validates', () => { expect(dirList.validateOptions({})).toBeUndefined(); });"),
                // Assigned only in a hook.
                Case::pass("a.test.js", "let server;\nbeforeAll(() => { server = start(); });\nit('a', () => { get(server); });\nit('b', () => { get(server); });"),
                // Each test writes before it reads.
                Case::pass("a.test.js", "let wrapper;\nit('a', () => { wrapper = mount(); expect(wrapper).toBeTruthy(); });\nit('b', () => { wrapper = mount(); expect(wrapper.find('x')).toBeTruthy(); });"),
                // Reads in the writing test itself.
                Case::pass("a.test.js", "let id;\nit('a', () => { id = 1; expect(id).toBe(1); });"),
                // A callback registered before the test assigns the name runs after it.
                Case::pass("a.test.ts", "let worker1: Worker;\ntest('a', async () => { worker1 = new Worker(); await worker1.start(); });\ntest('b', async () => {\n  await new Promise(async (resolve) => {\n    const jobs = { add: { key: function () { worker1.end(); resolve(null); } } };\n    worker1 = new Worker(jobs);\n    worker1.start();\n  });\n});"),
                // A callback a helper builds and hands out runs after the test's
                // own write through another helper (`send(opts, proxied(done))`).
                Case::pass("a.test.js", "describe('proxy', function () {\n  var spy;\n  function send(opts, done) { spy = sinon.spy(http, 'request'); get(opts, done); }\n  function proxied(done) { return function () { spy.args[0][0].path.should.eql('/'); done(); }; }\n  it('a', function (done) { send({}, proxied(done)); });\n  it('b', function (done) { send({ proxy: 'x' }, proxied(done)); });\n});"),
                // A tap / node:test subtest reads what its parent test set up before it.
                Case::pass("test/a.js", "const tap = require('tap');\nconst back = nock.back;\ntap.test('wild', function (t) {\n  back.fixtures = __dirname + '/wild';\n  t.end();\n});\ntap.test('dryrun', function (nw) {\n  back.fixtures = __dirname + '/fixtures';\n  nw.test('reads', function (t) {\n    t.ok(exists(back.fixtures + '/x.json'));\n    t.end();\n  });\n  nw.end();\n});"),
                Case::pass("test/a.test.mjs", "import test from 'node:test';\nlet db;\ntest('other', () => { db = null; });\ntest('parent', async (t) => {\n  db = await open();\n  await t.test('child', () => { db.get('k'); });\n});"),
                // Reassigned before each test.
                Case::pass("a.test.js", "let id;\nbeforeEach(() => { id = undefined; });\nit('a', () => { id = 1; });\nit('b', () => { expect(id).toBeUndefined(); });"),
                // A per-test setup hook over the reader assigns the member the
                // writer changes: the reader starts from the hook's value.
                Case::pass("a.test.js", "const { back } = nock;\ndescribe('back', () => {\n  beforeEach(() => { back.fixtures = dir; });\n  it('unset', () => { back.fixtures = undefined; expect(back).toThrow(); });\n  it('reads', () => { expect(join(back.fixtures, 'a.json')).toBeTruthy(); });\n});"),
                // A local or a parameter shadows the shared name.
                Case::pass("a.test.js", "let id;\nit('a', () => { id = 1; });\nit('b', () => { const id = 2; expect(id).toBe(2); });"),
                Case::pass("a.test.js", "let id;\nit('a', () => { id = 1; });\nit('b', () => { [3].map((id) => id + 1); });"),
                // A write straight into a declared container stands alone.
                Case::pass("a.test.js", "let opts = {};\nit('a', () => { opts = { x: 1 }; });\nit('b', () => { opts.y = 2; expect(opts.y).toBe(2); });"),
                Case::pass("a.test.js", "let items = [];\nit('a', () => { items = [1]; });\nit('b', () => { items.push(2); expect(items).toContain(2); });"),
                // Mutated in place by one test, read by another: module-mutable-state's case.
                Case::pass("a.test.ts", "const items: number[] = [];\nit('a', () => { items.push(1); });\nit('b', () => { expect(items).toEqual([]); });"),
                Case::pass("a.test.tsx", "let root: Root;\nbeforeEach(() => { root = createRoot(el); });\nit('a', () => { root.render(<App />); });"),
                // Patched and put back inside one test.
                Case::pass("a.test.js", "const path = require('path');\ntest('patches', () => {\n  const original = path.join;\n  path.join = () => '/x';\n  path.join = original;\n});\ntest('reads', () => { expect(path.join('a', 'b')).toBe('a/b'); });"),
                // A boolean member flipped and flipped back inside one test.
                Case::pass("a.test.js", "describe('events', () => {\n  let bs;\n  before(() => { bs = create(); });\n  it('reloads', () => { expect(bs.paused).toBe(false); });\n  it('pauses', () => {\n    bs.paused = true;\n    emit(bs);\n    bs.paused = false;\n  });\n});"),
                // A Playwright serial group runs in file order in one worker, by design.
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest.describe.configure({ mode: 'serial' });\nlet orderId;\ntest('creates', async ({ page }) => { orderId = await create(page); });\ntest('reads', async ({ page }) => { await page.goto(`/o/${orderId}`); });"),
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest.describe.serial('flow', () => {\n  let orderId;\n  test('creates', async ({ page }) => { orderId = await create(page); });\n  test('reads', async ({ page }) => { await page.goto(`/o/${orderId}`); });\n});"),
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest.describe('flow', () => {\n  test.describe.configure({ mode: \"serial\" });\n  let orderId;\n  test('creates', async ({ page }) => { orderId = await create(page); });\n  test('reads', async ({ page }) => { await page.goto(`/o/${orderId}`); });\n});"),
            ],
        );
    }

    #[test]
    fn python() {
        assert_rule(
            RULE,
            &[
                // `setUpTestData` only initialises it; a test rebinds it on the class.
                Case::fail("tests/test_m.py", "from django.test import TestCase\nclass T(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.number = None\n    def test_issue(self):\n        type(self).number = 'INV-1'\n    def test_pay(self):\n        self.assertEqual(self.number, 'INV-1')\n", &["self.number"]),
                // A class deriving from a same-file TestCase subclass is a test
                // class, whatever its name.
                Case::fail("tests/test_orders.py", "from unittest import TestCase\n\nclass ApiBase(TestCase):\n    def setUp(self):\n        self.client = make_client()\n\nclass OrderTests(ApiBase):\n    def test_create(self):\n        type(self).order_id = self.client.create()\n    def test_read(self):\n        self.client.get(self.order_id)\n", &["self.order_id"]),
                // setUpClass objects are one object for every test of the class.
                Case::fail("tests/test_m.py", "import unittest\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.s1 = Thing()\n    def test_a(self):\n        self.s1.field = 10\n    def test_b(self):\n        self.assertEqual(self.s1.field, 10)\n", &["self.s1"]),
                // A test method that runs an inner suite is still a test.
                Case::fail("test_a.py", "import unittest\nresult = None\n\nclass T(unittest.TestCase):\n    def test_runs_inner(self):\n        global result\n        result = unittest.TextTestRunner().run(make_suite())\n\n    def test_reads(self):\n        assert result.wasSuccessful()\n", &["result"]),
                Case::fail("test_a.py", "token = None\n\ndef test_login():\n    global token\n    token = login()\n\ndef test_me():\n    assert me(token).ok\n    assert token\n", &["token"]),
                Case::fail("test_a.py", "def test_login():\n    global token\n    token = login()\n\ndef test_me():\n    assert me(token).ok\n", &["token"]),
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_1_create(self):\n        type(self).user_id = create()\n\n    def test_2_read(self):\n        self.assertTrue(get(self.user_id))\n", &["self.user_id"]),
                Case::fail("test_a.py", "class TestFlow:\n    order = None\n\n    def test_a(self):\n        TestFlow.order = place()\n\n    def test_b(self):\n        assert ship(self.order)\n", &["self.order"]),
                Case::fail("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.__class__.key = 'k'\n\n    def test_b(self):\n        assert self.key\n", &["self.key"]),
                Case::fail("test_a.py", "class TestX:\n    @classmethod\n    def remember(cls, v):\n        cls.value = v\n\n    def test_a(self):\n        self.remember(1)\n\n    def test_b(self):\n        assert self.value == 1\n", &["self.value"]),
                // A member set by one test and read by another.
                Case::fail("test_a.py", "state = load()\n\ndef test_a():\n    state.token = 't'\n\ndef test_b():\n    assert state.token.strip()\n", &["state"]),
                Case::fail("test_a.py", "STATE = {}\n\ndef test_a():\n    STATE['id'] = 1\n\ndef test_b():\n    assert STATE['id'] == 1\n", &["STATE"]),
                Case::fail("test_a.py", "STATE = {}\n\ndef test_a():\n    STATE['id'] = 1\n\ndef test_b():\n    assert STATE == {'id': 1}\n", &["STATE"]),
                // The key read in the other quote (an f-string allows only
                // that one) is the key written.
                Case::fail("test_a.py", "_state = {}\n\ndef test_01_create():\n    _state[\"id\"] = create()\n\ndef test_03_get():\n    get(f\"/items/{_state['id']}\")\n", &["_state"]),
                // A walrus rebinds the global.
                Case::fail("test_a.py", "def test_a():\n    global token\n    if (token := login()):\n        pass\n\ndef test_b():\n    assert token\n", &["token"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A write the test expects to raise changes nothing.
                Case::pass("tests/test_immutable.py", "from sympy.testing.pytest import raises\n\nIM = ImmutableDenseMatrix([[1, 2], [3, 4]])\n\ndef test_creation():\n    assert IM[1, 1] == 4\n\ndef test_immutability():\n    with raises(TypeError):\n        IM[1, 1] = 5\n"),
                // A fake the code under test instantiates also writes it: the
                // reader may be reading what its own call produced.
                Case::pass("Tests/test_imagefile.py", "class MockPyEncoder(ImageFile.PyEncoder):\n    last = None\n\n    def __init__(self, mode, *args):\n        MockPyEncoder.last = self\n        super().__init__(mode, *args)\n\nclass TestPyEncoder:\n    def test_setimage(self):\n        ImageFile._save(im, fp, [('MOCK', None, 0, 'RGB')])\n        assert MockPyEncoder.last.state.xoff == 0\n\n    def test_extents(self):\n        MockPyEncoder.last = None\n        ImageFile._save(im, fp, [('MOCK', None, 0, 'RGB')])\n"),
                // The `setUp` of a same-file mixin the test class derives from
                // rebinds it before every test.
                Case::pass("test_imap.py", "from unittest import TestCase\n\nclass SimpleServer:\n    theAccount = Account(b'testuser')\n\nclass HelperMixin:\n    def setUp(self):\n        theAccount = Account(b'testuser')\n        SimpleServer.theAccount = theAccount\n\nclass ServerTests(HelperMixin, TestCase):\n    def testSubscribe(self):\n        self.assertEqual(SimpleServer.theAccount.subscriptions, ['THIS/MBOX'])\n\n    def testUnsubscribe(self):\n        SimpleServer.theAccount.subscriptions = ['THIS/MBOX', 'THAT/MBOX']\n"),
                Case::fail("test_imap.py", "from unittest import TestCase\n\nclass SimpleServer:\n    theAccount = Account(b'testuser')\n\nclass HelperMixin:\n    def make(self):\n        return 1\n\nclass ServerTests(HelperMixin, TestCase):\n    def testSubscribe(self):\n        self.assertEqual(SimpleServer.theAccount.subscriptions, ['THIS/MBOX'])\n\n    def testUnsubscribe(self):\n        SimpleServer.theAccount.subscriptions = ['THIS/MBOX', 'THAT/MBOX']\n", &["SimpleServer.theAccount"]),
                // A class nested in another class's body is no bare name a
                // method reaches: `dist.pmf` there is the test's own local
                // `class dist:` or a local variable (scipy's test_sampling).
                Case::pass("test_s.py", "class TestRatio:\n    class dist:\n        pass\n\nclass TestAlias:\n    def test_bad_pmf(self, pmf):\n        class dist:\n            pass\n        dist.pmf = pmf\n        make(dist)\n\n    def test_basic(self, name):\n        dist = get(name)\n        check(dist.pmf(3))\n"),
                // The same shape through a module-level class still is one.
                Case::fail("test_s.py", "class Dist:\n    pass\n\nclass TestAlias:\n    def test_bad_pmf(self, pmf):\n        Dist.pmf = pmf\n\n    def test_basic(self):\n        check(Dist.pmf(3))\n", &["Dist.pmf"]),
                // pytest's `request.cls` is the test class: a stash for later tests.
                Case::fail("test_a.py", "class TestIdeas:\n    def test_03_create(self, request):\n        request.cls.created_id = create()\n\n    def test_05_get(self, request):\n        get(request.cls.created_id)\n", &["request.cls.created_id"]),
                // An autouse fixture's `self.token = None` shadows only `self.token`
                // reads: `self.__class__.token` still reads what test_01 left.
                Case::fail("test_a.py", "import pytest\n\nclass TestAuth:\n    @pytest.fixture(autouse=True)\n    def setup(self):\n        self.token = None\n\n    def test_01(self):\n        self.__class__.token = login()\n\n    def test_02(self):\n        get(self.__class__.token)\n", &["self.__class__.token"]),
                // A setup_method inherited from a same-file base class resets it.
                Case::pass("tests/test_a.py", "context = {'executed_methods': []}\n\nclass TestMiddleware:\n    def setup_method(self, method):\n        global context\n        context = {'executed_methods': []}\n\nclass TestRequestTime(TestMiddleware):\n    def test_request_time(self):\n        run_app()\n        assert 'start_time' in context\n\nclass TestErrors(TestMiddleware):\n    def test_error_handler(self):\n        context['error_handler'] = True\n"),
                // Django copies what setUpTestData assigns for every test.
                Case::pass("tests/test_m.py", "from django.test import TestCase\nclass T(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.s1 = SimpleModel.objects.create(field=0)\n    def test_asave(self):\n        self.s1.field = 10\n        self.s1.save()\n    def test_arefresh(self):\n        self.s1.refresh_from_db()\n        self.assertEqual(self.s1.field, 0)\n"),
                // Set in setUpClass / a fixture, read by tests.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.user_id = create()\n\n    def test_a(self):\n        assert self.user_id\n\n    def test_b(self):\n        assert self.user_id\n"),
                Case::pass("test_a.py", "import pytest\ntoken = None\n\n@pytest.fixture(autouse=True, scope=\"module\")\ndef login():\n    global token\n    token = make()\n\ndef test_a():\n    assert token\n"),
                // CPython's `test_main` runs the suite: an entry point, not a test.
                Case::pass("test_a.py", "import unittest\nfrom test import support\nET = None\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        ET.XML('<a/>')\n\ndef test_main(module=None):\n    global ET\n    ET = module\n    support.run_unittest(T)\n"),
                // Instance attributes are per test.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        self.x = 1\n\n    def test_b(self):\n        self.x = 2\n        assert self.x == 2\n"),
                // A local shadows the global in the reader.
                Case::pass("test_a.py", "def test_a():\n    global token\n    token = 1\n\ndef test_b():\n    token = 2\n    assert token == 2\n"),
                Case::pass("test_a.py", "def test_a():\n    global token\n    token = 1\n\ndef test_b(token):\n    assert token\n"),
                // The writing test reads its own write.
                Case::pass("test_a.py", "def test_a():\n    global token\n    token = 1\n    assert token == 1\n"),
                // A class local to a test is created anew in each test.
                Case::pass("test_a.py", "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        class C:\n            pass\n        C.foo = 1\n        assert C.foo\n\n    def test_b(self):\n        class C:\n            foo = 2\n        assert C.foo == 2\n"),
                // A member write does not make reads of other members dependent.
                Case::pass("test_a.py", "curses = import_module('curses')\n\ndef test_a():\n    curses.LINES = 0\n\ndef test_b():\n    curses.initscr()\n    assert curses.COLS\n"),
                // ... nor reads of another key, in whichever quotes.
                Case::pass("test_a.py", "STATE = {'name': 'n'}\n\ndef test_a():\n    STATE[\"id\"] = 1\n\ndef test_b():\n    get(f\"/items/{STATE['name']}\")\n"),
                // Keys through names bound to literals compare as the
                // literals: each test's own `path` is another key (vcrpy's
                // in-memory persister), the same literal or constant is not.
                Case::pass("test_c.py", "class Persister:\n    cassettes = {}\n\ndef test_load():\n    path = 'no-metadata'\n    Persister.cassettes[path] = ([], [])\n\ndef test_save():\n    path = 'sensitive-missing'\n    save(path)\n    requests, _ = Persister.cassettes[path]\n"),
                Case::fail("test_c.py", "class Persister:\n    cassettes = {}\n\ndef test_load():\n    path = 'shared'\n    Persister.cassettes[path] = ([], [])\n\ndef test_save():\n    key = 'shared'\n    requests, _ = Persister.cassettes[key]\n", &["Persister.cassettes"]),
                Case::fail("test_c.py", "KEY = 'id'\nSTATE = {}\n\ndef test_a():\n    STATE[KEY] = create()\n\ndef test_b():\n    get(STATE['id'])\n", &["STATE"]),
                Case::pass("test_a.py", "class TestR:\n    gen = random.SystemRandom()\n\n    def test_a(self):\n        self.gen.gauss_next = None\n\n    def test_b(self):\n        self.gen.seed(100)\n"),
                // Patched and restored in `finally`.
                Case::pass("test_a.py", "helpers = load()\n\ndef test_a():\n    orig = helpers.open\n    helpers.open = fake\n    try:\n        run()\n    finally:\n        helpers.open = orig\n\ndef test_b():\n    helpers.open('x')\n"),
                // A test that writes before reading.
                // ... while a `self.token` read sees the fixture's `None`.
                Case::pass("test_a.py", "import pytest\n\nclass TestAuth:\n    @pytest.fixture(autouse=True)\n    def setup(self):\n        self.token = None\n\n    def test_01(self):\n        self.__class__.token = login()\n\n    def test_02(self):\n        get(self.token)\n"),
                Case::pass("test_a.py", "counter = 0\n\ndef test_a():\n    global counter\n    counter = 1\n\ndef test_b():\n    global counter\n    counter = 0\n    assert counter == 0\n"),
                // A nested function defined before the test's own write runs after it.
                Case::pass("test_a.py", "client = None\n\ndef test_a():\n    global client\n    client = connect()\n\ndef test_b():\n    global client\n    def on_message(msg):\n        client.ack(msg)\n    client = connect(on_message)\n    client.run()\n"),
            ],
        );
    }

    #[test]
    fn audit91_mocha_suite_hooks_registered_on_this() {
        // metalsmith's watcher tests: inside `describe('x', function () {...})`
        // `this` is the Mocha `Suite`, and `this.beforeEach(...)` resets the
        // binding before every test like a bare `beforeEach`.
        assert_rule(
            RULE,
            &[
                Case::pass("test/watcher.js", "describe('watcher', function () {\n  let initialBuild = true\n  this.timeout(5000)\n  this.beforeEach(() => {\n    initialBuild = true\n  })\n  it('adds', function () {\n    if (initialBuild) { initialBuild = false }\n  })\n  it('removes', function () {\n    if (initialBuild) { initialBuild = false }\n  })\n})"),
                Case::pass("test/a.js", "describe('s', function () {\n  let n\n  this.afterEach(function () { n = 0 })\n  this.beforeAll(function () { n = 0 })\n  it('a', function () { n = 1 })\n  it('b', function () { expect(n).toBe(0) })\n})"),
            ],
        );
        assert_rule(
            RULE,
            &[
                // `this.timeout`/`this.retries` register no hook, and a
                // method of another object is not the suite's.
                Case::fail("test/a.js", "describe('s', function () {\n  let id\n  this.timeout(5000)\n  it('a', function () { id = 1 })\n  it('b', function () { expect(id).toBe(1) })\n})", &["id"]),
                Case::fail("test/a.js", "describe('s', function () {\n  let id\n  this.ctx.beforeEach(() => { id = 0 })\n  it('a', function () { id = 1 })\n  it('b', function () { expect(id).toBe(1) })\n})", &["id"]),
            ],
        );
    }

    #[test]
    fn audit93_member_read_only_to_save_and_put_back() {
        // NodeBB's authentication tests: `const oldValue =
        // meta.config.allowLoginWith; meta.config.allowLoginWith = 'x';
        // ...; meta.config.allowLoginWith = oldValue` reads the member only to
        // restore it, whatever another test left there.
        assert_rule(
            RULE,
            &[
                Case::pass(
                    "test/authentication.js",
                    "const meta = require('../src/meta');
describe('authentication', () => {
  it('logs in with email', async () => {
    const oldValue = meta.config.allowLoginWith;
    meta.config.allowLoginWith = 'username-email';
    await login();
    meta.config.allowLoginWith = oldValue;
  });
  it('rejects an email login', async () => {
    meta.config.allowLoginWith = 'username';
    await login();
    meta.config.allowLoginWith = 'username-email';
  });
});",
                ),
                Case::pass(
                    "tests/test_cfg.py",
                    "import settings

def test_a():
    old = settings.MODE
    settings.MODE = 'fast'
    try:
        run()
    finally:
        settings.MODE = old

def test_b():
    settings.MODE = 'slow'
",
                ),
            ],
        );
        assert_rule(
            RULE,
            &[
                // Saved but never put back, or saved and then used: the
                // read is what the test works with.
                Case::fail(
                    "test/a.js",
                    "const meta = require('../src/meta');
it('a', () => {
  const oldValue = meta.config.mode;
  expect(oldValue).toBe('username');
});
it('b', () => {
  meta.config.mode = 'username';
});",
                    &["meta"],
                ),
                Case::fail(
                    "test/a.js",
                    "const meta = require('../src/meta');
it('a', () => {
  const oldValue = meta.config.mode;
  meta.config.mode = 'x';
  expect(meta.config.mode).toBe('x');
  meta.config.other = oldValue;
});
it('b', () => {
  meta.config.mode = 'username';
});",
                    &["meta"],
                ),
            ],
        );
    }

    /// With both rules on, a binding reported here is not also reported by
    /// module-mutable-state; other bindings still are.
    #[test]
    fn takes_precedence_over_module_mutable_state() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        // Alone, module-mutable-state reports `count += 1` and `log.push(1)`.
        let code = "let count = 0;\nconst log = [];\nit('a', () => { count += 1; log.push(1); });\nit('b', () => { expect(count).toBe(1); });\n";
        let settings = Settings::for_rules(&["module-mutable-state", "test-order-dependency"]);
        let (findings, _) = analyze_source(
            std::path::Path::new("a.test.js"),
            code,
            Lang::JavaScript,
            FileRole::Test,
            &settings,
        );
        let got: Vec<(&str, &str)> = findings
            .iter()
            .map(|f| (f.rule, &code[f.span().start_byte..f.span().end_byte]))
            .collect();
        assert_eq!(
            got,
            vec![
                ("module-mutable-state", "log.push(1)"),
                ("test-order-dependency", "count"),
            ]
        );
        assert_eq!(findings[1].related.len(), 1);
        assert_eq!(findings[1].related[0].location.span.start.line, 3);
    }
}

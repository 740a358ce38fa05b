//! Shared bindings: names declared at module, `describe` or class level that
//! tests, hooks and helpers read and write. Built by one walk over the tree that resolves identifiers lexically, so a
//! parameter or local that shadows a shared name is never confused with it.
//!
//! JS/TS: `let`/`var`/`const` declared directly in the program or in a
//! `describe` callback body. Python: module-level names (assigned at module
//! level or declared `global` somewhere) and class attributes (assigned in a
//! class body, or through `cls.x` / `type(self).x` / `self.__class__.x` /
//! `ClassName.x`), reached through `self.x` as well.

use super::scope::{ScopeId, ScopeKind, MODULE};
use super::{kinds, Model};
use crate::lang::Lang;
use crate::model::kinds::FieldByName;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;
use tree_sitter::Node;

/// How a use touches the binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// The value is read.
    Read,
    /// The binding is reassigned: `x = ...`, `cls.x = ...`, `global x; x = ...`.
    Rebind,
    /// Read-modify-write: `x++`, `x += 1`.
    Update,
    /// A property or element is assigned: `x.k = v`, `x[k] = v`.
    MemberAssign,
    /// Mutated in place: `x.push(...)`, `x.append(...)`, `delete x.k`,
    /// `del d[k]`, `x.k++`.
    Mutate,
    /// Emptied in place: `x.length = 0`, `x.clear()`, `x.splice(0)`.
    Clear,
    /// Python `self.x = ...` on a class attribute: an instance attribute that
    /// shadows it for this test instance only.
    SelfRebind,
}

impl RefKind {
    pub fn is_write(self) -> bool {
        self != RefKind::Read
    }
}

/// One use of a shared binding.
#[derive(Debug, Clone)]
pub struct BindingRef<'t> {
    pub kind: RefKind,
    /// The whole writing expression (assignment, update, mutating call,
    /// delete) for writes; the identifier (or attribute) for reads.
    pub node: Node<'t>,
    /// The model scope the use sits in.
    pub scope: ScopeId,
    /// Byte offset at which the use takes effect: a write happens at the end
    /// of its expression (`x = x + 1` reads before it writes).
    pub at: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclKind {
    JsLet,
    JsVar,
    JsConst,
    /// A Python module-level name.
    PyModule,
    /// A Python class attribute.
    PyClassAttr,
}

/// A module-, suite- or class-level binding.
#[derive(Debug, Clone)]
pub struct SharedBinding<'t> {
    pub name: &'t str,
    pub kind: DeclKind,
    /// The declaring name node (`items` in `let items = []`); for Python
    /// names with no module/class-level assignment, the first `global`
    /// name or class-attribute write.
    pub decl: Node<'t>,
    /// The container (module, suite, class) the binding lives in.
    pub container: ScopeId,
    /// The initial value or some assigned value is a mutable container
    /// (array/object/Map/Set literal, list/dict/set/Counter/defaultdict...).
    pub holds_container: bool,
    pub refs: Vec<BindingRef<'t>>,
}

/// Per-binding use analysis (see [`Model::binding_uses`]).
#[derive(Debug, Default)]
pub struct BindingUses {
    /// For each use (index into `refs`), the tests that run it.
    pub owners: Vec<Vec<ScopeId>>,
    /// For each use, where it takes effect in each of its owning tests
    /// (parallel to `owners`).
    pub positions: Vec<Vec<usize>>,
    /// Each test's uses, by index.
    pub by_test: HashMap<ScopeId, Vec<usize>>,
    /// Per-test hooks and function fixtures that reassign or empty it.
    reset_hooks: Vec<ScopeId>,
    /// Those of `reset_hooks` that only assign `self.x` (Python): an
    /// instance attribute shadowing the class attribute for `self.x`
    /// reads, while `type(self).x` / `self.__class__.x` / `cls.x` still
    /// read what another test left on the class.
    shadow_only_hooks: Vec<ScopeId>,
    /// Tests that register putting it back themselves
    /// (`self.addCleanup(setattr, cls, "name", saved)`).
    pub restored_by_cleanup: Vec<ScopeId>,
    /// JS: per-test hooks that reassign or empty one member of it
    /// (`afterEach(() => { store.users = []; })`), with that member: a
    /// reset of what tests put under `store.users`, not of all of `store`.
    member_reset_hooks: Vec<(ScopeId, String)>,
}

impl BindingUses {
    /// Where use `i` takes effect in `test`.
    pub fn position(&self, i: usize, test: ScopeId) -> usize {
        self.owners[i]
            .iter()
            .position(|&t| t == test)
            .map(|k| self.positions[i][k])
            .unwrap_or(usize::MAX)
    }
}

#[derive(Debug, Default)]
pub struct SharedBindings<'t> {
    pub bindings: Vec<SharedBinding<'t>>,
}

/// JS methods that mutate arrays, maps and sets in place.
pub const JS_MUTATORS: &[&str] = &[
    "push",
    "pop",
    "shift",
    "unshift",
    "splice",
    "set",
    "add",
    "delete",
    "clear",
    "sort",
    "reverse",
    "fill",
    "copyWithin",
];

/// Python methods that mutate lists, dicts, sets and deques in place.
pub const PY_MUTATORS: &[&str] = &[
    "append",
    "extend",
    "insert",
    "pop",
    "remove",
    "clear",
    "update",
    "add",
    "setdefault",
    "discard",
    "popitem",
    "appendleft",
    "extendleft",
    "popleft",
    "sort",
    "reverse",
];

/// JS constructors of mutable containers.
pub const JS_CONTAINER_CTORS: &[&str] = &["Map", "Set", "WeakMap", "WeakSet", "Array", "Object"];
/// Python callables returning mutable containers.
pub const PY_CONTAINER_CTORS: &[&str] = &[
    "list",
    "dict",
    "set",
    "Counter",
    "defaultdict",
    "deque",
    "OrderedDict",
];

/// Guards against pathological nesting in ancestor walks.
const MAX_ANCESTORS: usize = 512;

impl<'t> Model<'t> {
    /// Whether each test gets its own copy of the binding's object: Django's
    /// `TestCase` deep-copies the class attributes `setUpTestData` assigns
    /// for every test (Django 3.2+), so a test that changes one in place
    /// (`self.user.name = 'x'`, `self.items.append(1)`) changes its copy.
    /// Rebinding the class attribute itself (`cls.user = ...` in a test) is
    /// still shared.
    pub fn copied_per_test(&self, binding: &SharedBinding<'_>) -> bool {
        self.lang.is_python()
            && binding.kind == DeclKind::PyClassAttr
            && binding.refs.iter().any(|r| {
                r.kind == RefKind::Rebind
                    && super::framework::is_class_data_hook(&self.scope(self.scope_of(r.node)).name)
            })
    }

    /// The file's shared bindings and every use of them, from one walk of
    /// the tree. Not cached in the model (a cell would make `Model`
    /// invariant over `'t`): a rule calls it once per file.
    pub fn shared_bindings(&self) -> SharedBindings<'t> {
        if self.lang.is_python() {
            build_python(self)
        } else {
            build_js(self)
        }
    }

    /// Who uses `binding` and how, computed once per binding: the tests
    /// owning each use, each test's uses, and the per-test hooks that reset
    /// it. Helper lookups are cached so that big files stay linear-ish.
    pub fn binding_uses(&self, binding: &SharedBinding<'t>) -> BindingUses {
        let mut helper_owners: HashMap<ScopeId, Vec<ScopeId>> = HashMap::new();
        let mut helper_calls: HashMap<ScopeId, HashMap<ScopeId, usize>> = HashMap::new();
        let mut owners = Vec::with_capacity(binding.refs.len());
        let mut positions = Vec::with_capacity(binding.refs.len());
        let mut by_test: HashMap<ScopeId, Vec<usize>> = HashMap::new();
        let mut reset_hooks: Vec<ScopeId> = Vec::new();
        let mut full_reset_hooks: Vec<ScopeId> = Vec::new();
        let mut member_reset_hooks: Vec<(ScopeId, String)> = Vec::new();
        for (i, r) in binding.refs.iter().enumerate() {
            let owner = self.owner(r.scope);
            let helper = self
                .ancestors(r.scope)
                .take_while(|&s| s != owner)
                .find(|&s| self.scope(s).kind == ScopeKind::Function);
            let all = match helper {
                Some(h) => helper_owners
                    .entry(h)
                    .or_insert_with(|| self.effective_owners(r.scope))
                    .clone(),
                None => vec![owner],
            };
            if !self.lang.is_python()
                && matches!(
                    r.kind,
                    RefKind::MemberAssign | RefKind::Clear | RefKind::Mutate
                )
            {
                if let Some(member) = self.member_reset(binding.name, r.node) {
                    for &o in &all {
                        if self.is_per_test_hook(o)
                            && !member_reset_hooks
                                .iter()
                                .any(|(h, m)| *h == o && *m == member)
                        {
                            member_reset_hooks.push((o, member.to_string()));
                        }
                    }
                }
            }
            if matches!(
                r.kind,
                RefKind::Rebind | RefKind::Clear | RefKind::SelfRebind
            ) || (r.kind == RefKind::Mutate && self.is_removal(r.node))
            {
                for &o in &all {
                    if !self.is_per_test_hook(o) {
                        continue;
                    }
                    if !reset_hooks.contains(&o) {
                        reset_hooks.push(o);
                    }
                    if r.kind != RefKind::SelfRebind && !full_reset_hooks.contains(&o) {
                        full_reset_hooks.push(o);
                    }
                }
            }
            let tests: Vec<ScopeId> = all
                .into_iter()
                .filter(|&s| self.scope(s).is_test())
                .collect();
            // Where the use takes effect in each owning test: its own offset,
            // or the end of the test's first call to the helper holding it.
            let mut pos = Vec::with_capacity(tests.len());
            for &t in &tests {
                let at = match helper {
                    Some(h) if !self.is_within(h, t) => {
                        let calls = helper_calls
                            .entry(h)
                            .or_insert_with(|| self.helper_call_ends(h));
                        calls.get(&t).copied().unwrap_or(if r.kind.is_write() {
                            self.scope(t).node.start_byte()
                        } else {
                            self.scope(t).node.end_byte()
                        })
                    }
                    _ => r.at,
                };
                pos.push(at);
                by_test.entry(t).or_default().push(i);
            }
            owners.push(tests);
            positions.push(pos);
        }
        // `self.addCleanup(setattr, cls, "name", saved)`: from a per-test
        // hook it resets the attribute around every test; from a test, it
        // puts back what that test changed.
        let mut restored_by_cleanup: Vec<ScopeId> = Vec::new();
        if self.lang.is_python() {
            // Found once per file, not once per binding.
            let restores = self.setattr_restores.get_or_init(|| {
                self.calls
                    .iter()
                    .enumerate()
                    .filter_map(|(i, call)| {
                        Some((super::teardown::setattr_restored_name(self, call)?, i))
                    })
                    .collect()
            });
            for (name, i) in restores {
                if name != binding.name {
                    continue;
                }
                let call = &self.calls[*i];
                let owner = self.owner(self.scope_of(call.node));
                if self.is_per_test_hook(owner) {
                    if !reset_hooks.contains(&owner) {
                        reset_hooks.push(owner);
                    }
                    if !full_reset_hooks.contains(&owner) {
                        full_reset_hooks.push(owner);
                    }
                } else if self.scope(owner).is_test() {
                    restored_by_cleanup.push(owner);
                }
            }
        }
        let shadow_only_hooks = reset_hooks
            .iter()
            .copied()
            .filter(|h| !full_reset_hooks.contains(h))
            .collect();
        BindingUses {
            owners,
            positions,
            by_test,
            reset_hooks,
            shadow_only_hooks,
            restored_by_cleanup,
            member_reset_hooks,
        }
    }

    /// JS: the member of `name` that the write `node` reassigns or empties
    /// as a whole (`name.users = []`, `name.users.length = 0`,
    /// `name.users.clear()`, `name['users'] = {}`), if it does.
    fn member_reset(&self, name: &str, node: Node<'t>) -> Option<&'t str> {
        let src: &'t str = self.src;
        let text = |n: Node<'t>| src.get(n.byte_range()).unwrap_or("");
        match node.kind() {
            "assignment_expression" => {
                let left = node.field("left")?;
                if let Some(m) = direct_member(name, text(left)) {
                    return Some(m);
                }
                // `name.users.length = 0`
                let rest = text(left).strip_suffix(".length")?;
                let value = node.field("right")?;
                (text(value) == "0").then_some(())?;
                direct_member(name, rest)
            }
            "call_expression" => {
                // `name.users.clear()` / `name.users.splice(0)`
                let callee = node.field("function")?;
                if callee.kind() != "member_expression" {
                    return None;
                }
                let method = text(callee.field("property")?);
                let args = node.field("arguments")?;
                let empties = match method {
                    "clear" => args.named_child_count() == 0,
                    "splice" => text(args) == "(0)",
                    _ => false,
                };
                empties.then_some(())?;
                direct_member(name, text(callee.field("object")?))
            }
            _ => None,
        }
    }

    /// Whether a per-test hook covering `test` resets member `member` of
    /// the binding as a whole (see [`Self::member_reset`]).
    pub fn member_reset_before_test(
        &self,
        uses: &BindingUses,
        test: ScopeId,
        member: &str,
    ) -> bool {
        uses.member_reset_hooks.iter().any(|(h, m)| {
            m == member
                && self
                    .scope(*h)
                    .parent
                    .map(|p| self.suite_applies(self.enclosing_container(p), test))
                    .unwrap_or(false)
                && self.runs_around_each(*h, test)
        })
    }

    /// JS: the member of `name` a write `node` goes through
    /// (`name.users.push(x)`, `name.users[0] = x`, `name.users = []`), if it
    /// is a write under one member rather than to `name` itself or by one of
    /// its own methods (`name.push(x)`).
    pub fn written_member(&self, name: &str, node: Node<'t>) -> Option<&'t str> {
        let src: &'t str = self.src;
        let text = src.get(node.byte_range()).unwrap_or("");
        let rest = text.strip_prefix(name)?.strip_prefix('.')?;
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .unwrap_or(rest.len());
        let (member, after) = rest.split_at(end);
        let after = after.trim_start();
        (!member.is_empty()
            && (after.starts_with('.') || after.starts_with('[') || after.starts_with('=')))
        .then_some(member)
    }

    /// Whether a per-test hook covering `test` resets the binding (reassigns
    /// or empties it): `beforeEach`/`afterEach`, `setUp`/`tearDown`,
    /// `setup_method`, or a function-scoped pytest fixture that is autouse
    /// or requested by the test.
    pub fn reset_before_test(&self, uses: &BindingUses, test: ScopeId) -> bool {
        self.reset_before_test_by(uses, test, false)
    }

    /// [`Self::reset_before_test`] for a test that reads the class
    /// attribute itself (`type(self).x`, `self.__class__.x`, `cls.x`): a
    /// hook that only assigns `self.x` shadows nothing it reads.
    pub fn reset_before_class_read(&self, uses: &BindingUses, test: ScopeId) -> bool {
        self.reset_before_test_by(uses, test, true)
    }

    fn reset_before_test_by(&self, uses: &BindingUses, test: ScopeId, class_read: bool) -> bool {
        uses.reset_hooks.iter().any(|&h| {
            if class_read && uses.shadow_only_hooks.contains(&h) {
                return false;
            }
            // The hook's suite encloses the test, or is a same-file class the
            // test's class inherits from (`class TestX(Base)`, `Base.setup_method`).
            let applies = self
                .scope(h)
                .parent
                .map(|p| self.suite_applies(self.enclosing_container(p), test))
                .unwrap_or(false);
            applies && self.runs_around_each(h, test)
        })
    }

    /// Whether a mutating write takes entries out (`delete x[k]`,
    /// `x.delete(k)`, `x.pop()`, `del x[k]`, `x.pop(k, None)`,
    /// `x.remove(v)`): in a per-test hook, that undoes what a test put in
    /// (`tearDown: _REGISTRY.pop(self.name, None)` after a test registered
    /// `self.name`), so it counts as a reset.
    fn is_removal(&self, write: Node) -> bool {
        let kind = super::kinds::kind(self.lang, write);
        if matches!(kind, "delete_statement") {
            return true;
        }
        if kind == "unary_expression" {
            return self.text(write).starts_with("delete");
        }
        if !matches!(kind, "call_expression" | "call") {
            return false;
        }
        let method = write
            .field("function")
            .and_then(|f| f.field("property").or_else(|| f.field("attribute")))
            .map(|m| self.text(m))
            .unwrap_or("");
        let removers: &[&str] = if self.lang.is_python() {
            &["pop", "popitem", "remove", "discard"]
        } else {
            &["delete", "pop", "shift", "splice"]
        };
        removers.contains(&method)
    }

    fn is_per_test_hook(&self, s: ScopeId) -> bool {
        match self.scope(s).kind {
            ScopeKind::Hook(kind) => kind.is_each(),
            ScopeKind::Fixture {
                scope: super::scope::FixtureScope::Function,
                ..
            } => true,
            _ => false,
        }
    }

    /// Whether hook/fixture `hook` runs around every run of `test`.
    fn runs_around_each(&self, hook: ScopeId, test: ScopeId) -> bool {
        let scope = self.scope(hook);
        match scope.kind {
            ScopeKind::Hook(kind) => kind.is_each(),
            ScopeKind::Fixture {
                scope: super::scope::FixtureScope::Function,
                ..
            } => {
                self.is_autouse_fixture(scope.node) || self.scope(test).params.contains(&scope.name)
            }
            _ => false,
        }
    }

    /// For a helper, the end of its first call in each test calling it.
    fn helper_call_ends(&self, helper: ScopeId) -> HashMap<ScopeId, usize> {
        let name = self.scope(helper).name.as_str();
        let mut out: HashMap<ScopeId, usize> = HashMap::new();
        for c in &self.calls {
            if c.method() != name || !matches!(c.receiver(), "" | "this" | "self") {
                continue;
            }
            if let Some(t) = self.enclosing_test(c.scope) {
                let end = c.node.end_byte();
                let e = out.entry(t).or_insert(end);
                *e = (*e).min(end);
            }
        }
        out
    }

    /// Whether a binding value node is a fresh mutable container.
    pub fn is_container_value(&self, value: Node) -> bool {
        let value = unwrap_expr(value);
        if self.lang.is_python() {
            match self.kind(value) {
                "list"
                | "dictionary"
                | "set"
                | "list_comprehension"
                | "dictionary_comprehension"
                | "set_comprehension" => true,
                "call" => value
                    .field("function")
                    .map(|f| {
                        let t = self.text(f);
                        let last = super::facts::last_segment(t);
                        PY_CONTAINER_CTORS.contains(&last)
                    })
                    .unwrap_or(false),
                _ => false,
            }
        } else {
            match self.kind(value) {
                "array" | "object" => true,
                "new_expression" => value
                    .field("constructor")
                    .map(|c| JS_CONTAINER_CTORS.contains(&self.text(c)))
                    .unwrap_or(false),
                _ => false,
            }
        }
    }
}

impl Model<'_> {
    /// Whether `value` is a part of a shared container, reached by member
    /// or subscript from a name `is_shared_container` accepts: `const cache =
    /// store.items` (JS), `CACHE = STATE["items"]` (Python). The alias is
    /// that container, so a test's `cache.push(...)` mutates shared state;
    /// a hook's `store.items = []` does not reset it (the alias keeps the
    /// old one), a reset of the alias does.
    pub fn aliases_shared_container(
        &self,
        value: Node,
        is_shared_container: impl Fn(&str) -> bool,
    ) -> bool {
        let value = unwrap_expr(value);
        if !matches!(
            self.kind(value),
            "member_expression" | "subscript_expression" | "attribute" | "subscript"
        ) {
            return false;
        }
        let path = self.path_of(value);
        is_shared_container(super::facts::first_segment(&path))
    }
}

/// `users` for `name.users` or `name['users']` exactly.
fn direct_member<'a>(name: &str, target: &'a str) -> Option<&'a str> {
    let rest = target.strip_prefix(name)?;
    let member = if let Some(m) = rest.strip_prefix('.') {
        m
    } else {
        rest.strip_prefix('[')?
            .strip_suffix(']')?
            .trim_matches(|c| c == '\'' || c == '"' || c == '`')
    };
    (!member.is_empty()
        && member
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$'))
    .then_some(member)
}

fn unwrap_expr(mut node: Node) -> Node {
    for _ in 0..8 {
        match node.kind() {
            "parenthesized_expression"
            | "as_expression"
            | "satisfies_expression"
            | "type_assertion"
            | "non_null_expression" => match node.named_child(0) {
                Some(inner) => node = inner,
                None => break,
            },
            _ => break,
        }
    }
    node
}

fn is_field<'a>(parent: Node<'a>, field: &str, child: Node<'a>) -> bool {
    parent.field(field).map(|n| n.id()) == Some(child.id())
}

/// Whether some of `occurrences` (sorted byte offsets) falls inside `node`.
fn mentions(occurrences: &[usize], node: Node) -> bool {
    let r = node.byte_range();
    let i = occurrences.partition_point(|&o| o < r.start);
    occurrences.get(i).is_some_and(|&o| o < r.end)
}

/// Adds where `name` occurs within `range` of `src` to `occurrences`, kept
/// sorted: the walks then visit the statements that use a local alias.
fn add_occurrences(occurrences: &mut Vec<usize>, src: &str, name: &str, range: Range<usize>) {
    let Some(text) = src.get(range.clone()) else {
        return;
    };
    let before = occurrences.len();
    occurrences.extend(
        memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).map(|o| o + range.start),
    );
    if occurrences.len() != before {
        occurrences.sort_unstable();
    }
}

/// A local name bound, inside a function, to the very object of a shared
/// binding (`const c = cache`, `d = self.data`, `d = Klass.data`): its
/// in-place mutations (`c.set(k, v)`, `d.pop(k)`, `c[k] = v`, `del d[k]`)
/// are mutations of the binding. Copies (`[...x]`, `x.slice()`, `list(x)`,
/// `x[:]`) are other values, never aliases. A local rebound or declared
/// again anywhere after the alias is dropped, mutations and all.
struct LocalAlias<'t> {
    name: &'t str,
    /// The shared binding (index into `SharedBindings::bindings`).
    binding: usize,
    /// The declaring name node (`c` in `const c = cache`).
    decl: Node<'t>,
    /// The frame the local lives in (block or function), from the alias on.
    frame_start: usize,
    from: usize,
    to: usize,
    refs: Vec<BindingRef<'t>>,
    dead: bool,
}

impl<'t> LocalAlias<'t> {
    fn range(&self) -> Range<usize> {
        self.from..self.to
    }

    fn covers(&self, at: usize) -> bool {
        self.from <= at && at < self.to
    }

    /// Takes in one use of the local, classified as a use of the binding
    /// would be: in-place writes are kept, a rebinding kills the alias.
    fn follow(&mut self, r: Option<BindingRef<'t>>) {
        let Some(r) = r else { return };
        match r.kind {
            // A member written through the alias changes the binding in
            // place, as a mutation: which member cannot be read off the
            // binding's name, so it is no assignment for
            // `test-order-dependency` to match reads against.
            RefKind::MemberAssign => self.refs.push(BindingRef {
                kind: RefKind::Mutate,
                ..r
            }),
            RefKind::Mutate | RefKind::Clear => self.refs.push(r),
            RefKind::Read => {}
            RefKind::Rebind | RefKind::Update | RefKind::SelfRebind => self.dead = true,
        }
    }
}

/// Adds the writes made through the live aliases to their bindings.
fn commit_aliases<'t>(out: &mut SharedBindings<'t>, aliases: Vec<LocalAlias<'t>>) {
    let mut touched: Vec<usize> = Vec::new();
    for a in aliases {
        if a.dead || a.refs.is_empty() {
            continue;
        }
        out.bindings[a.binding].refs.extend(a.refs);
        if !touched.contains(&a.binding) {
            touched.push(a.binding);
        }
    }
    for b in touched {
        out.bindings[b].refs.sort_by_key(|r| r.node.start_byte());
    }
}

// ---------------------------------------------------------------- JavaScript

/// A lexical frame on the walk stack that declares at least one candidate
/// name: `(candidate name index, binding index if this frame declares the
/// shared binding itself)`.
struct Frame {
    depth: usize,
    names: Vec<(usize, Option<usize>)>,
}

fn build_js<'t>(model: &Model<'t>) -> SharedBindings<'t> {
    let mut out = SharedBindings::default();
    // Candidates: declarations directly in the program or a describe body.
    // Keyed by the declaring frame node (program / statement_block).
    let mut by_frame: HashMap<(usize, &'t str), usize> = HashMap::new();
    // The declarators those frames hold (frame → statement → declarator,
    // or frame → export → statement → declarator), found top-down rather
    // than with `Node::parent()` per declaration.
    let mut frames: Vec<(Node<'t>, ScopeId)> = Vec::new();
    if model.kind(model.root) == "program" {
        frames.push((model.root, MODULE));
    }
    for (id, scope) in model.scopes.iter().enumerate() {
        if matches!(scope.kind, ScopeKind::Suite { .. }) {
            frames.extend(
                crate::walk::named_children_list(scope.node)
                    .into_iter()
                    .filter(|n| model.kind(*n) == "statement_block")
                    .map(|n| (n, id)),
            );
        }
    }
    let mut declarator_frame: HashMap<usize, (Node<'t>, ScopeId)> = HashMap::new();
    for &(frame, container) in &frames {
        for child in crate::walk::named_children_list(frame) {
            let statements = if model.kind(child) == "export_statement" {
                crate::walk::named_children_list(child)
            } else {
                vec![child]
            };
            // Only declarations hold declarators: the other statements
            // (most of a describe body) are not listed.
            for stmt in statements {
                if !matches!(
                    model.kind(stmt),
                    "lexical_declaration" | "variable_declaration" | "using_declaration"
                ) {
                    continue;
                }
                for declarator in crate::walk::named_children_list(stmt) {
                    if model.kind(declarator) == "variable_declarator" {
                        declarator_frame.insert(declarator.id(), (frame, container));
                    }
                }
            }
        }
    }
    for assign in &model.assigns {
        // A plain name, or one destructured from an object in shorthand
        // (`const { back } = nock`, like `const { back: b } = nock`).
        if !assign.kind.is_declaration()
            || !matches!(
                model.kind(assign.target),
                "identifier" | "shorthand_property_identifier_pattern"
            )
        {
            continue;
        }
        let Some(&(frame, container)) = declarator_frame.get(&assign.node.id()) else {
            continue;
        };
        let name = model.text(assign.target);
        let key = (frame.id(), name);
        if by_frame.contains_key(&key) {
            continue;
        }
        let kind = match assign.kind {
            super::facts::AssignKind::Const => DeclKind::JsConst,
            super::facts::AssignKind::Var => DeclKind::JsVar,
            _ => DeclKind::JsLet,
        };
        by_frame.insert(key, out.bindings.len());
        out.bindings.push(SharedBinding {
            name,
            kind,
            decl: assign.target,
            container,
            holds_container: assign.value.is_some_and(|v| {
                model.is_container_value(v)
                    || model.aliases_shared_container(v, |root| {
                        out.bindings.iter().any(|b| {
                            b.name == root
                                && b.holds_container
                                && (b.container == container || b.container == MODULE)
                        })
                    })
            }),
            refs: Vec::new(),
        });
    }
    if out.bindings.is_empty() {
        return out;
    }
    // Candidate names, sorted: a name's index is its position (a binary
    // search per identifier, no hashing).
    let mut names: Vec<&'t str> = out.bindings.iter().map(|b| b.name).collect();
    names.sort_unstable();
    names.dedup();
    let name_index = |text: &str| names.binary_search(&text).ok();

    let src = model.src;
    let lang = model.lang;
    // Scope nodes by start byte. The walk is pre-order, so start bytes never
    // decrease and one forward-moving index finds a node's scope without a
    // hash lookup per node.
    let mut scope_starts: Vec<(usize, usize, ScopeId)> = model
        .scopes
        .iter()
        .enumerate()
        .map(|(i, s)| (s.node.start_byte(), s.node.id(), i))
        .collect();
    scope_starts.sort_unstable();
    let mut next_scope = 0usize;
    // Where a candidate name occurs in the text. A subtree with no
    // occurrence declares none of them and uses none of them: the walk
    // skips it (most of a test body, typically) without changing results.
    let mut occurrences: Vec<usize> = names
        .iter()
        .flat_map(|n| memchr::memmem::find_iter(src.as_bytes(), n.as_bytes()))
        .collect();
    occurrences.sort_unstable();
    // Locals bound to a shared binding (`const c = cache` in a test).
    let mut aliases: Vec<LocalAlias<'t>> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut declared: Vec<Node<'t>> = Vec::new();
    // The path from the root to the current node, and the model scope at
    // each level.
    let mut path: Vec<Node<'t>> = Vec::new();
    let mut path_scopes: Vec<ScopeId> = Vec::new();
    // Pre-order over named nodes (unnamed ones are tokens: they neither
    // declare nor name a binding), each with its depth.
    let mut pending: Vec<(Node<'t>, usize)> = vec![(model.root, 0)];
    let mut children: Vec<Node<'t>> = Vec::new();
    while let Some((node, depth)) = pending.pop() {
        // The frames of the subtrees the walk has left close.
        while frames.last().is_some_and(|f| f.depth >= depth) {
            frames.pop();
        }
        if !mentions(&occurrences, node) {
            // Nothing to see in here: on to the next sibling.
            continue;
        }
        path.truncate(depth);
        path_scopes.truncate(depth);
        let start = node.start_byte();
        while scope_starts.get(next_scope).is_some_and(|s| s.0 < start) {
            next_scope += 1;
        }
        let own_scope = scope_starts[next_scope.min(scope_starts.len())..]
            .iter()
            .take_while(|s| s.0 == start)
            .find(|s| s.1 == node.id())
            .map(|s| s.2);
        let here = own_scope.unwrap_or_else(|| path_scopes.last().copied().unwrap_or(MODULE));
        path.push(node);
        path_scopes.push(here);
        // Frames this node opens.
        let kind = kinds::kind(lang, node);
        declared.clear();
        js_frame_declarations(lang, node, kind, &mut declared);
        if !declared.is_empty() && !aliases.is_empty() {
            // A nested frame declaring an alias's name again shadows it:
            // the alias is dropped rather than resolved.
            for a in aliases.iter_mut() {
                if a.covers(start) && start != a.frame_start {
                    let shadows = declared
                        .iter()
                        .any(|d| src.get(d.byte_range()) == Some(a.name));
                    a.dead |= shadows;
                }
            }
        }
        if !declared.is_empty() {
            let mut entries = Vec::new();
            for d in &declared {
                let text = src.get(d.byte_range()).unwrap_or("");
                if let Some(ni) = name_index(text) {
                    let binding = by_frame.get(&(node.id(), text)).copied();
                    if !entries.iter().any(|(n, _)| *n == ni) {
                        entries.push((ni, binding));
                    }
                }
            }
            if !entries.is_empty() {
                frames.push(Frame {
                    depth,
                    names: entries,
                });
            }
        }
        if matches!(
            kind,
            "identifier"
                | "shorthand_property_identifier"
                | "shorthand_property_identifier_pattern"
        ) {
            let text = src.get(node.byte_range()).unwrap_or("");
            if let Some(ni) = name_index(text) {
                let resolved = frames
                    .iter()
                    .rev()
                    .find_map(|f| f.names.iter().find(|(n, _)| *n == ni).map(|(_, b)| *b));
                if let Some(Some(b)) = resolved {
                    if out.bindings[b].decl.id() != node.id() {
                        let anc = &path[..path.len() - 1];
                        if let Some(r) = classify_js(model, node, anc, here) {
                            if r.kind == RefKind::Read {
                                if let Some(a) = js_local_alias(model, node, anc, b) {
                                    add_occurrences(&mut occurrences, src, a.name, a.range());
                                    aliases.push(a);
                                }
                            }
                            if r.kind == RefKind::Rebind {
                                if let Some(v) = r.node.field("right") {
                                    if model.is_container_value(v) {
                                        out.bindings[b].holds_container = true;
                                    }
                                }
                            }
                            out.bindings[b].refs.push(r);
                        }
                    }
                }
            } else if !aliases.is_empty() {
                let anc = &path[..path.len() - 1];
                if let Some(a) = aliases
                    .iter_mut()
                    .rev()
                    .find(|a| a.name == text && a.covers(start) && a.decl.id() != node.id())
                {
                    a.follow(classify_js(model, node, anc, here));
                }
            }
        }
        children.clear();
        crate::walk::named_children(node, &mut children);
        pending.extend(children.iter().rev().map(|&c| (c, depth + 1)));
    }
    commit_aliases(&mut out, aliases);
    out
}

/// Names a JS node declares for its own lexical frame.
fn js_frame_declarations<'t>(lang: Lang, node: Node<'t>, kind: &str, out: &mut Vec<Node<'t>>) {
    match kind {
        "program" | "statement_block" | "switch_case" | "switch_default" | "class_body" => {
            for child in crate::walk::named_children_list(node) {
                let stmt = if kinds::kind(lang, child) == "export_statement" {
                    match child.field("declaration") {
                        Some(d) => d,
                        None => continue,
                    }
                } else {
                    child
                };
                match kinds::kind(lang, stmt) {
                    "lexical_declaration" | "variable_declaration" => {
                        declarator_names(lang, stmt, out);
                    }
                    "function_declaration"
                    | "generator_function_declaration"
                    | "class_declaration" => {
                        if let Some(n) = stmt.field("name") {
                            out.push(n);
                        }
                    }
                    _ => {}
                }
            }
        }
        k if kinds::is_js_function(k) => {
            if let Some(p) = node.field("parameters").or_else(|| node.field("parameter")) {
                pattern_identifiers(lang, p, out, 0);
            }
            if matches!(kind, "function_expression" | "function") {
                if let Some(n) = node.field("name") {
                    out.push(n);
                }
            }
        }
        "for_statement" => {
            if let Some(init) = node.field("initializer") {
                if matches!(init.kind(), "lexical_declaration" | "variable_declaration") {
                    declarator_names(lang, init, out);
                }
            }
        }
        "for_in_statement" if node.field("kind").is_some() => {
            if let Some(left) = node.field("left") {
                pattern_identifiers(lang, left, out, 0);
            }
        }
        "catch_clause" => {
            if let Some(p) = node.field("parameter") {
                pattern_identifiers(lang, p, out, 0);
            }
        }
        _ => {}
    }
}

fn declarator_names<'t>(lang: Lang, decl: Node<'t>, out: &mut Vec<Node<'t>>) {
    for d in crate::walk::named_children_list(decl) {
        if kinds::kind(lang, d) == "variable_declarator" {
            if let Some(n) = kinds::child(lang, d, kinds::Field::Name) {
                pattern_identifiers(lang, n, out, 0);
            }
        }
    }
}

/// Identifiers bound by a JS pattern (parameters, destructuring), skipping
/// default values, property keys and type annotations.
fn pattern_identifiers<'t>(lang: Lang, node: Node<'t>, out: &mut Vec<Node<'t>>, depth: usize) {
    if depth > 8 {
        return;
    }
    let kind = kinds::kind(lang, node);
    match kind {
        "identifier" | "shorthand_property_identifier_pattern" => out.push(node),
        "type_annotation" | "property_identifier" => {}
        _ => {
            let mut cursor = node.walk();
            for child in node.named_children(&mut cursor) {
                if kind == "pair_pattern" && is_field(node, "key", child) {
                    continue;
                }
                if matches!(kind, "assignment_pattern" | "object_assignment_pattern")
                    && is_field(node, "right", child)
                {
                    continue;
                }
                if matches!(kind, "required_parameter" | "optional_parameter")
                    && is_field(node, "value", child)
                {
                    continue;
                }
                pattern_identifiers(lang, child, out, depth + 1);
            }
        }
    }
}

/// For a read of shared binding `binding` that is the whole value of a
/// `const|let|var c = x` in a block inside a function, the alias `c`.
/// `anc` are the ancestors of `ident`, outermost first.
fn js_local_alias<'t>(
    model: &Model<'t>,
    ident: Node<'t>,
    anc: &[Node<'t>],
    binding: usize,
) -> Option<LocalAlias<'t>> {
    let n = anc.len();
    let declarator = *anc.last()?;
    if declarator.kind() != "variable_declarator" || !is_field(declarator, "value", ident) {
        return None;
    }
    let name = declarator
        .field("name")
        .filter(|n| n.kind() == "identifier")?;
    let stmt = anc[n.checked_sub(2)?];
    let block = anc[n.checked_sub(3)?];
    if !matches!(stmt.kind(), "lexical_declaration" | "variable_declaration")
        || block.kind() != "statement_block"
    {
        return None;
    }
    // In a function body (a describe callback's own declarations are
    // shared bindings themselves).
    let in_function = anc[..n - 3]
        .iter()
        .rev()
        .take(MAX_ANCESTORS)
        .any(|a| kinds::is_js_function(a.kind()));
    if !in_function {
        return None;
    }
    Some(LocalAlias {
        name: model.text(name),
        binding,
        decl: name,
        frame_start: block.start_byte(),
        from: declarator.end_byte(),
        to: block.end_byte(),
        refs: Vec::new(),
        dead: false,
    })
}

/// The assignment whose destructuring pattern (`({ a, b: [c] } = x)`,
/// `[a = 1, ...rest] = y`) binds `ident`, if it is one; `anc` are its
/// ancestors, nearest last.
fn destructuring_assignment<'t>(ident: Node<'t>, anc: &[Node<'t>]) -> Option<Node<'t>> {
    let mut child = ident;
    for &p in anc.iter().rev() {
        let in_pattern = match p.kind() {
            "array_pattern" | "object_pattern" | "rest_pattern" => true,
            "pair_pattern" => is_field(p, "value", child),
            "assignment_pattern" | "object_assignment_pattern" => is_field(p, "left", child),
            "assignment_expression" => {
                return (child.id() != ident.id() && is_field(p, "left", child)).then_some(p)
            }
            _ => false,
        };
        if !in_pattern {
            return None;
        }
        child = p;
    }
    None
}

/// How a JS identifier resolved to a shared binding uses it; `None` when it
/// is no use at all (an import specifier, a declaration name).
///
/// `anc` are the ancestors of `ident`, outermost first (tree-sitter's
/// `parent()` re-descends from the root, so the walk keeps them); `scope` is
/// the model scope `ident` sits in.
fn classify_js<'t>(
    model: &Model<'t>,
    ident: Node<'t>,
    anc: &[Node<'t>],
    scope: ScopeId,
) -> Option<BindingRef<'t>> {
    let parent = *anc.last()?;
    let make = |kind: RefKind, node: Node<'t>| BindingRef {
        kind,
        node,
        scope,
        at: if kind == RefKind::Read {
            node.start_byte()
        } else {
            node.end_byte()
        },
    };
    match parent.kind() {
        "import_specifier"
        | "namespace_import"
        | "import_clause"
        | "export_specifier"
        | "variable_declarator"
            if parent.kind() != "variable_declarator" || is_field(parent, "name", ident) =>
        {
            return None;
        }
        "assignment_expression" if is_field(parent, "left", ident) => {
            return Some(make(RefKind::Rebind, parent));
        }
        "augmented_assignment_expression" if is_field(parent, "left", ident) => {
            return Some(make(RefKind::Update, parent));
        }
        "update_expression" => return Some(make(RefKind::Update, parent)),
        _ => {}
    }
    // `({ total } = f())`, `[first, second] = g()`: a name in a
    // destructuring pattern that an assignment writes is rebound there,
    // once the right side is evaluated.
    if let Some(assign) = destructuring_assignment(ident, anc) {
        return Some(BindingRef {
            kind: RefKind::Rebind,
            node: ident,
            scope,
            at: assign.end_byte(),
        });
    }
    // `x.a.b`, `x[k]`: climb the chain of which `x` is the object.
    let mut top = ident;
    let mut level = anc.len();
    for _ in 0..16 {
        let Some(&p) = level.checked_sub(1).and_then(|l| anc.get(l)) else {
            break;
        };
        let is_object = matches!(p.kind(), "member_expression" | "subscript_expression")
            && is_field(p, "object", top);
        if !is_object {
            break;
        }
        top = p;
        level -= 1;
    }
    if top.id() == ident.id() {
        return Some(make(RefKind::Read, ident));
    }
    let Some(&p) = level.checked_sub(1).and_then(|l| anc.get(l)) else {
        return Some(make(RefKind::Read, ident));
    };
    let property = |n: Node<'t>| n.field("property").map(|p| model.text(p)).unwrap_or("");
    let kind = match p.kind() {
        "assignment_expression" if is_field(p, "left", top) => {
            let right = p.field("right").map(|r| model.text(r));
            if top.kind() == "member_expression" && property(top) == "length" && right == Some("0")
            {
                RefKind::Clear
            } else {
                RefKind::MemberAssign
            }
        }
        "augmented_assignment_expression" if is_field(p, "left", top) => RefKind::Mutate,
        "update_expression" => RefKind::Mutate,
        "unary_expression" if model.text(p).starts_with("delete") => RefKind::Mutate,
        "call_expression" if is_field(p, "function", top) && top.kind() == "member_expression" => {
            let method = property(top);
            if !JS_MUTATORS.contains(&method) {
                return Some(make(RefKind::Read, ident));
            }
            let args = p.field("arguments").map(|a| model.text(a)).unwrap_or("");
            if method == "clear" || (method == "splice" && args.replace(' ', "") == "(0)") {
                RefKind::Clear
            } else {
                RefKind::Mutate
            }
        }
        _ => return Some(make(RefKind::Read, ident)),
    };
    Some(make(kind, p))
}

// -------------------------------------------------------------------- Python

fn is_py_frame(kind: &str) -> bool {
    matches!(
        kind,
        "function_definition"
            | "lambda"
            | "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression"
            | "class_definition"
    )
}

/// The nearest Python frame (function, lambda, comprehension, class) among
/// `anc` (a node's ancestors, outermost first), as an index into `anc`:
/// the frame that owns a name bound at the node; `None` at module level.
/// Looks at most `MAX_ANCESTORS` levels up, like the other ancestor walks.
fn py_frame_in(lang: Lang, anc: &[Node]) -> Option<usize> {
    let low = anc.len().saturating_sub(MAX_ANCESTORS + 1);
    (low..anc.len())
        .rev()
        .find(|&i| is_py_frame(kinds::kind(lang, anc[i])))
}

/// How a class attribute is reached.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Receiver {
    /// `self.x`: the instance (falls back to the class attribute).
    Instance,
    /// `cls.x`, `type(self).x`, `self.__class__.x`, `ClassName.x`.
    Class,
}

fn build_python<'t>(model: &Model<'t>) -> SharedBindings<'t> {
    let src = model.src;
    let text = |n: Node<'t>| src.get(n.byte_range()).unwrap_or("");
    let mut out = SharedBindings::default();

    // Module-level names: assigned at module level, or declared `global`.
    let mut module_names: HashMap<&'t str, usize> = HashMap::new();
    for assign in &model.assigns {
        if model.kind(assign.target) != "identifier"
            || model.enclosing_container(assign.scope) != MODULE
        {
            continue;
        }
        if assign.scope != MODULE {
            continue;
        }
        let name = text(assign.target);
        let holds = assign.value.is_some_and(|v| {
            model.is_container_value(v)
                || model.aliases_shared_container(v, |root| {
                    module_names
                        .get(root)
                        .is_some_and(|&b| out.bindings[b].holds_container)
                })
        });
        if let Some(&b) = module_names.get(name) {
            out.bindings[b].holds_container |= holds;
            continue;
        }
        module_names.insert(name, out.bindings.len());
        out.bindings.push(SharedBinding {
            name,
            kind: DeclKind::PyModule,
            decl: assign.target,
            container: MODULE,
            holds_container: holds,
            refs: Vec::new(),
        });
    }
    // Class-level attributes: `items = []` in a class body.
    let mut class_attrs: HashMap<(usize, &'t str), usize> = HashMap::new();
    let mut class_by_name: HashMap<&'t str, (usize, ScopeId)> = HashMap::new();
    for (id, scope) in model.scopes.iter().enumerate() {
        // A class defined inside a function (a test's local `class C: pass`)
        // is created anew on every call: `C.x = 1` there is per-test state.
        // A class nested in another class's body is no bare name a function
        // can reach (`Outer.C` is), so a bare `C.x` in a method is some
        // local `C` (a test's own `class C:`, a parameter).
        if matches!(scope.kind, ScopeKind::Suite { .. } | ScopeKind::Class)
            && model.kind(scope.node) == "class_definition"
            && !py_inside_function(scope.node)
            && !py_inside_class(scope.node)
        {
            if let Some(n) = scope.node.field("name") {
                class_by_name.insert(text(n), (scope.node.id(), id));
            }
        }
    }
    for assign in &model.assigns {
        if model.kind(assign.target) != "identifier" {
            continue;
        }
        let scope = model.scope(assign.scope);
        if !(matches!(scope.kind, ScopeKind::Suite { .. } | ScopeKind::Class)
            && model.kind(scope.node) == "class_definition")
            || py_inside_function(scope.node)
        {
            continue;
        }
        let name = text(assign.target);
        let key = (scope.node.id(), name);
        let holds = assign.value.is_some_and(|v| model.is_container_value(v));
        if let Some(&b) = class_attrs.get(&key) {
            out.bindings[b].holds_container |= holds;
            continue;
        }
        class_attrs.insert(key, out.bindings.len());
        out.bindings.push(SharedBinding {
            name,
            kind: DeclKind::PyClassAttr,
            decl: assign.target,
            container: assign.scope,
            holds_container: holds,
            refs: Vec::new(),
        });
    }

    // One walk: name uses, local bindings, `global` declarations and
    // class-attribute accesses.
    let mut globals: HashSet<(usize, &'t str)> = HashSet::new();
    let mut locals: HashSet<(usize, &'t str)> = HashSet::new();
    let mut global_decls: Vec<(Node<'t>, &'t str)> = Vec::new();
    // Each recorded use keeps its nearest ancestors (a range of `kept`),
    // for `classify_py` to climb without `Node::parent()`.
    let mut kept: Vec<Node<'t>> = Vec::new();
    let mut keep = |anc: &[Node<'t>]| {
        let start = kept.len();
        kept.extend_from_slice(&anc[anc.len().saturating_sub(KEPT_ANCESTORS)..]);
        start..kept.len()
    };
    let mut name_uses: Vec<(Node<'t>, std::ops::Range<usize>)> = Vec::new();
    let mut attr_uses: Vec<(Node<'t>, usize, ScopeId, Receiver, std::ops::Range<usize>)> =
        Vec::new();
    // The walk keeps the ancestors of the current node (`anc`, outermost
    // first): tree-sitter's `Node::parent()` re-descends from the root, and
    // asking it for every identifier dominated Python profiles. Only named
    // nodes are visited, as `named_children` would.
    let lang = model.lang;
    // Every name the walk records something for: module-level and `global`
    // names (locals, globals and uses are only consulted for those) and the
    // receivers of class attributes (`self`, `cls`, class names). A subtree
    // whose text mentions none of them contributes nothing: skipped.
    // A module-level name matters only if something can change it: it
    // holds a container (mutated in place), it is declared `global`
    // somewhere (below), or a path through it is assigned, updated or
    // deleted (`config.debug = True`, `CACHE["k"] = v`). The rest (the
    // constants, loggers and clients most modules define) are read
    // everywhere and changed nowhere: following their every use made the
    // walk descend into every statement.
    let changed_roots: HashSet<&str> = model
        .assigns
        .iter()
        .map(|a| &*a.target_path)
        .chain(model.updates.iter().map(|u| &*u.target_path))
        .filter(|p| p.contains('.'))
        .map(super::facts::first_segment)
        .collect();
    let mut words: Vec<&str> = module_names
        .iter()
        .filter(|&(name, &b)| out.bindings[b].holds_container || changed_roots.contains(name))
        .map(|(name, _)| *name)
        .collect();
    words.extend(
        model
            .globals
            .iter()
            .flat_map(|(_, names)| names.iter().copied()),
    );
    words.extend(class_by_name.keys().copied());
    // Attribute uses matter only for attributes that can be class state:
    // declared in a class body, or assigned, updated or deleted through a
    // receiver other than `self` (`cls.x = ...`, `Cls.x += 1`,
    // `self.__class__.x = ...`). Their names stand in for `self` and
    // `cls`, which a unittest-style file mentions in nearly every
    // statement, so that no subtree was ever skipped there. Not when the
    // file says `type(`: tree-sitter-python reads `type(self).x = v` as a
    // type alias, no assignment (see `py_type_alias_left`).
    if src.contains("type(") {
        words.extend(["self", "cls"]);
    } else {
        words.extend(class_attrs.keys().map(|&(_, name)| name));
        words.extend(
            model
                .assigns
                .iter()
                .map(|a| a.target)
                .chain(model.updates.iter().map(|u| u.target))
                .filter(|t| model.kind(*t) == "attribute")
                .filter(|t| t.field("object").is_some_and(|o| text(o) != "self"))
                .filter_map(|t| t.field("attribute").map(text)),
        );
    }
    words.sort_unstable();
    words.dedup();
    let mut occurrences: Vec<usize> = words
        .iter()
        .filter(|w| !w.is_empty())
        .flat_map(|w| memchr::memmem::find_iter(src.as_bytes(), w.as_bytes()))
        .collect();
    occurrences.sort_unstable();
    // Locals of a function bound to a name or attribute (`d = self.data`),
    // by the id of that value node: aliases once the value resolves to a
    // shared binding.
    let mut aliases: Vec<(usize, LocalAlias<'t>)> = Vec::new();
    let mut anc: Vec<Node<'t>> = Vec::new();
    // Depth-first with an explicit stack (children pushed in reverse, so
    // nodes come in document order); `walk::named_children` lists a
    // node's children without stepping a `TreeCursor`.
    let mut stack: Vec<(Node<'t>, usize)> = vec![(model.root, 0)];
    let mut children: Vec<Node<'t>> = Vec::new();
    while let Some((node, depth)) = stack.pop() {
        anc.truncate(depth);
        let mut descend = mentions(&occurrences, node);
        if descend {
            match kinds::kind(lang, node) {
                kind @ ("global_statement" | "nonlocal_statement") => {
                    if let Some(frame) = py_frame_in(lang, &anc).map(|i| anc[i]) {
                        let mut c = node.walk();
                        for n in node.named_children(&mut c) {
                            if kinds::kind(lang, n) == "identifier" {
                                globals.insert((frame.id(), text(n)));
                                if kind == "global_statement" {
                                    global_decls.push((n, text(n)));
                                }
                            }
                        }
                    }
                    descend = false;
                }
                "import_statement" | "import_from_statement" | "future_import_statement" => {
                    descend = false;
                }
                "identifier" => {
                    if let Some(local_frame) = py_binding_frame(lang, node, &anc) {
                        locals.insert((local_frame.id(), text(node)));
                        let name = text(node);
                        let start = node.start_byte();
                        // Bound again: no longer (or never was) the alias.
                        for (_, a) in aliases.iter_mut() {
                            a.dead |= a.name == name && a.covers(start);
                        }
                    }
                    if anc
                        .last()
                        .is_some_and(|&parent| py_is_name_use(lang, node, parent))
                    {
                        name_uses.push((node, keep(&anc)));
                    }
                    descend = false;
                }
                "assignment" => {
                    if let Some((value, a)) = py_local_alias(model, node, &anc) {
                        add_occurrences(&mut occurrences, src, a.name, a.range());
                        aliases.push((value, a));
                    }
                }
                "attribute" => {
                    if let Some((class_id, scope, recv)) =
                        py_class_receiver(model, node, &anc, &class_by_name)
                    {
                        attr_uses.push((node, class_id, scope, recv, keep(&anc)));
                    }
                }
                _ => {}
            }
        }
        if descend {
            children.clear();
            crate::walk::named_children(node, &mut children);
            anc.push(node);
            stack.extend(children.iter().rev().map(|&c| (c, depth + 1)));
        }
    }

    // Names only ever declared `global` (no module-level assignment).
    global_decls.sort_by_key(|(n, _)| n.start_byte());
    for (node, name) in &global_decls {
        if !module_names.contains_key(name) {
            module_names.insert(name, out.bindings.len());
            out.bindings.push(SharedBinding {
                name,
                kind: DeclKind::PyModule,
                decl: *node,
                container: MODULE,
                holds_container: false,
                refs: Vec::new(),
            });
        }
    }

    name_uses.sort_by_key(|(n, _)| n.start_byte());
    for (ident, up) in &name_uses {
        let ident = *ident;
        let up = Up::new(ident, &kept[up.clone()]);
        let name = text(ident);
        let Some(&b) = module_names.get(name) else {
            continue;
        };
        if out.bindings[b].decl.id() == ident.id() {
            continue;
        }
        if !py_resolves_to_module(up, name, &globals, &locals) {
            continue;
        }
        if let Some(r) = classify_py(model, up, None) {
            if r.kind == RefKind::Rebind {
                if let Some(v) = r.node.field("right") {
                    if model.is_container_value(v) {
                        out.bindings[b].holds_container = true;
                    }
                }
            }
            if r.kind == RefKind::Read {
                resolve_alias(&mut aliases, r.node, b);
            }
            out.bindings[b].refs.push(r);
        }
    }

    attr_uses.sort_by_key(|(n, ..)| n.start_byte());
    let mut classified: Vec<(usize, &'t str, BindingRef<'t>)> = Vec::new();
    for (attr, class_id, class_scope, recv, up) in attr_uses {
        let Some(name_node) = attr.field("attribute") else {
            continue;
        };
        let name = text(name_node);
        let Some(r) = classify_py(model, Up::new(attr, &kept[up]), Some(recv)) else {
            continue;
        };
        // An attribute the class never declares becomes shared when
        // something assigns it through the class; a container assigned
        // that way (`cls.items = []` in `setUpClass`) is one every test of
        // the class then shares, as one declared in the class body is.
        if recv == Receiver::Class && r.kind == RefKind::Rebind {
            let holds = r
                .node
                .field("right")
                .is_some_and(|v| model.is_container_value(v));
            match class_attrs.get(&(class_id, name)) {
                Some(&b) => out.bindings[b].holds_container |= holds,
                None => {
                    class_attrs.insert((class_id, name), out.bindings.len());
                    out.bindings.push(SharedBinding {
                        name,
                        kind: DeclKind::PyClassAttr,
                        decl: attr,
                        container: class_scope,
                        holds_container: holds,
                        refs: Vec::new(),
                    });
                }
            }
        }
        classified.push((class_id, name, r));
    }
    for (class_id, name, r) in classified {
        if let Some(&b) = class_attrs.get(&(class_id, name)) {
            if r.kind == RefKind::Read {
                resolve_alias(&mut aliases, r.node, b);
            }
            out.bindings[b].refs.push(r);
        }
    }
    // The uses of each alias, classified as uses of its binding would be.
    aliases.retain(|(_, a)| a.binding != usize::MAX && !a.dead);
    if !aliases.is_empty() {
        for (ident, up) in &name_uses {
            let start = ident.start_byte();
            let name = text(*ident);
            if let Some((_, a)) = aliases
                .iter_mut()
                .rev()
                .find(|(_, a)| a.name == name && a.covers(start) && a.decl.id() != ident.id())
            {
                a.follow(classify_py(model, Up::new(*ident, &kept[up.clone()]), None));
            }
        }
        commit_aliases(&mut out, aliases.into_iter().map(|(_, a)| a).collect());
    }
    for b in &mut out.bindings {
        b.refs.sort_by_key(|r| r.at);
    }
    out
}

/// For `name = <name or attribute>` in a function (`d = self.data`,
/// `c = CACHE`), the id of that value and the alias it makes if the value
/// resolves to a shared binding (see [`resolve_alias`]). `anc` are the
/// ancestors of `assign`, outermost first.
fn py_local_alias<'t>(
    model: &Model<'t>,
    assign: Node<'t>,
    anc: &[Node<'t>],
) -> Option<(usize, LocalAlias<'t>)> {
    let left = assign.field("left").filter(|l| l.kind() == "identifier")?;
    let value = assign.field("right")?;
    if !matches!(value.kind(), "identifier" | "attribute") {
        return None;
    }
    let frame = anc[py_frame_in(model.lang, anc)?];
    if frame.kind() != "function_definition" {
        return None;
    }
    Some((
        value.id(),
        LocalAlias {
            name: model.text(left),
            binding: usize::MAX,
            decl: left,
            frame_start: frame.start_byte(),
            from: assign.end_byte(),
            to: frame.end_byte(),
            refs: Vec::new(),
            dead: false,
        },
    ))
}

/// Binds the alias whose value is the read `value` to binding `b`.
fn resolve_alias(aliases: &mut [(usize, LocalAlias<'_>)], value: Node, b: usize) {
    if aliases.is_empty() {
        return;
    }
    if let Some((_, a)) = aliases.iter_mut().find(|(v, _)| *v == value.id()) {
        a.binding = b;
    }
}

/// Whether a Python node sits inside a function body (depth-capped).
fn py_inside_function(node: Node) -> bool {
    py_inside(node, &["function_definition", "lambda"])
}

/// Whether a Python node sits inside a class body (depth-capped).
fn py_inside_class(node: Node) -> bool {
    py_inside(node, &["class_definition"])
}

/// Whether an ancestor of `node`, at most `MAX_ANCESTORS` up, is one of
/// `kinds`.
fn py_inside(node: Node, kinds: &[&str]) -> bool {
    let mut current = node.parent();
    let mut n = 0;
    while let Some(c) = current {
        n += 1;
        if n > MAX_ANCESTORS {
            return false;
        }
        if kinds.contains(&c.kind()) {
            return true;
        }
        current = c.parent();
    }
    false
}

/// The frame in which a Python identifier is bound, when it sits in a
/// binding position (assignment target, loop variable, parameter, `as`
/// target, nested def/class name, walrus). `anc` are the identifier's
/// ancestors, outermost first.
fn py_binding_frame<'t>(lang: Lang, ident: Node<'t>, anc: &[Node<'t>]) -> Option<Node<'t>> {
    let mut child = ident;
    let mut pi = anc.len().checked_sub(1)?;
    let mut parent = anc[pi];
    // Climb through tuple/list targets: `a, b = ...`, `for i, x in ...`.
    for _ in 0..8 {
        if matches!(
            kinds::kind(lang, parent),
            "pattern_list" | "tuple_pattern" | "list_pattern" | "list_splat_pattern"
        ) {
            child = parent;
            pi = pi.checked_sub(1)?;
            parent = anc[pi];
        } else {
            break;
        }
    }
    let parent_kind = kinds::kind(lang, parent);
    let binds = match parent_kind {
        "assignment" | "augmented_assignment" => is_field(parent, "left", child),
        "for_statement" | "for_in_clause" => is_field(parent, "left", child),
        "named_expression" => is_field(parent, "name", child),
        "as_pattern_target" => true,
        "function_definition" | "class_definition" => is_field(parent, "name", child),
        "parameters"
        | "lambda_parameters"
        | "typed_parameter"
        | "list_splat_pattern"
        | "dictionary_splat_pattern" => true,
        "default_parameter" | "typed_default_parameter" => is_field(parent, "name", child),
        _ => false,
    };
    if !binds {
        return None;
    }
    let frame = match parent_kind {
        // A def/class name binds in the enclosing frame, not its own.
        "function_definition" | "class_definition" => py_frame_in(lang, &anc[..pi]),
        // A walrus in a comprehension binds in the enclosing function.
        "named_expression" => {
            let mut f = py_frame_in(lang, &anc[..pi]);
            while let Some(fi) = f {
                let k = kinds::kind(lang, anc[fi]);
                if k.ends_with("comprehension") || k == "generator_expression" {
                    f = py_frame_in(lang, &anc[..fi]);
                } else {
                    break;
                }
            }
            f
        }
        _ => py_frame_in(lang, anc),
    };
    frame.map(|i| anc[i])
}

/// Whether a Python identifier is a use of a variable (not an attribute
/// name, keyword name, parameter or def/class name).
fn py_is_name_use(lang: Lang, ident: Node, parent: Node) -> bool {
    match kinds::kind(lang, parent) {
        "attribute" => !is_field(parent, "attribute", ident),
        "keyword_argument" => !is_field(parent, "name", ident),
        "function_definition" | "class_definition" => false,
        kind @ ("parameters"
        | "lambda_parameters"
        | "typed_parameter"
        | "default_parameter"
        | "typed_default_parameter") => {
            // A default value is a use; the parameter name is not.
            !is_field(parent, "name", ident) && kind.contains("default")
        }
        "dotted_name" | "aliased_import" => false,
        _ => true,
    }
}

/// Whether a name use resolves to the module-level binding: no enclosing
/// function binds it locally (unless it declares it `global`).
fn py_resolves_to_module(
    ident: Up,
    name: &str,
    globals: &HashSet<(usize, &str)>,
    locals: &HashSet<(usize, &str)>,
) -> bool {
    let mut up = ident.parent();
    let mut seen_function = false;
    let mut n = 0;
    while let Some(u) = up {
        let c = u.node;
        n += 1;
        if n > MAX_ANCESTORS {
            return false;
        }
        if is_py_frame(c.kind()) {
            let is_class = c.kind() == "class_definition";
            // Class bodies do not enclose the functions defined in them.
            if !(is_class && seen_function) {
                if globals.contains(&(c.id(), name)) {
                    return true;
                }
                if locals.contains(&(c.id(), name)) {
                    return false;
                }
            }
            if !is_class {
                seen_function = true;
            }
        }
        up = u.parent();
    }
    true
}

/// For `R.x`, the class it reaches and how: `self.x` / `cls.x` /
/// `type(self).x` / `self.__class__.x` / `request.cls.x` inside a class,
/// or `ClassName.x`.
///
/// `anc` are the ancestors of `attr`, outermost first.
fn py_class_receiver(
    model: &Model<'_>,
    attr: Node,
    anc: &[Node],
    class_by_name: &HashMap<&str, (usize, ScopeId)>,
) -> Option<(usize, ScopeId, Receiver)> {
    let object = attr.field("object")?;
    let object_text = model.text(object);
    let (recv, named) = match object.kind() {
        "identifier" => match object_text {
            "self" => (Receiver::Instance, None),
            "cls" if cls_is_local(model, anc) => return None,
            "cls" => (Receiver::Class, None),
            other => (Receiver::Class, Some(other)),
        },
        "call" if object_text.replace(' ', "") == "type(self)" => (Receiver::Class, None),
        // `type(self).x = v` as a statement parses as a PEP 695 type alias
        // (`type (self).x = v`): the object is then just `(self)`.
        "parenthesized_expression"
            if object_text == "(self)" && py_type_alias_left(Up::new(attr, anc)).is_some() =>
        {
            (Receiver::Class, None)
        }
        // pytest's `request.cls`: the test's class.
        "attribute" if object_text == "self.__class__" || object_text == "request.cls" => {
            (Receiver::Class, None)
        }
        _ => return None,
    };
    if let Some(class_name) = named {
        let &(id, scope) = class_by_name.get(class_name)?;
        return Some((id, scope, recv));
    }
    // The enclosing class of the method.
    let low = anc.len().saturating_sub(MAX_ANCESTORS);
    let ci = (low..anc.len())
        .rev()
        .find(|&i| model.kind(anc[i]) == "class_definition")?;
    let class = anc[ci];
    // A class local to a function is per call, not shared (the same
    // depth cap as `py_inside_function`).
    let low = ci.saturating_sub(MAX_ANCESTORS);
    if anc[low..ci]
        .iter()
        .any(|&a| matches!(model.kind(a), "function_definition" | "lambda"))
    {
        return None;
    }
    let scope = model.scope_of(class);
    Some((class.id(), scope, recv))
}

/// Whether `cls` where the walk stands (`anc`, outermost first) is a local
/// variable rather than a classmethod's class: an enclosing `for` loop
/// binds it (`for cls in view.throttle_classes:`), or the nearest function
/// that binds the name assigns it (`cls = self.storage_class`, also from an
/// enclosing function of a nested one) instead of taking it as a parameter.
fn cls_is_local(model: &Model<'_>, anc: &[Node]) -> bool {
    let low = anc.len().saturating_sub(MAX_ANCESTORS);
    for &f in anc[low..].iter().rev() {
        // `for cls in view.throttle_classes: cls.timer = ...`: the loop
        // binds the name to each item in turn, a local.
        if model.kind(f) == "for_statement" {
            let binds_cls = f.field("left").is_some_and(|left| {
                model
                    .text(left)
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|w| w == "cls")
            });
            if binds_cls {
                return true;
            }
            continue;
        }
        if model.kind(f) != "function_definition" {
            continue;
        }
        if super::python_params(model.lang, f, model.src)
            .iter()
            .any(|p| p == "cls")
        {
            return false;
        }
        let assigns_cls = model.assigns.iter().any(|a| {
            a.target.kind() == "identifier"
                && model.text(a.target) == "cls"
                && a.node.start_byte() >= f.start_byte()
                && a.node.end_byte() <= f.end_byte()
        });
        if assigns_cls {
            return true;
        }
    }
    false
}

/// For the attribute in `type(self).x = v`, which tree-sitter-python reads
/// as the type alias `type (self).x = v`, the statement.
fn py_type_alias_left<'t>(attr: Up<'_, 't>) -> Option<Node<'t>> {
    let ty = attr.parent().filter(|p| p.node.kind() == "type")?;
    let stmt = ty
        .parent()
        .filter(|p| p.node.kind() == "type_alias_statement")?;
    is_field(stmt.node, "left", ty.node).then_some(stmt.node)
}

/// At most this many of a use's nearest ancestors are kept for
/// [`classify_py`], which climbs fewer (8 tuple levels, 16 attribute or
/// subscript levels and two statement levels).
const KEPT_ANCESTORS: usize = 28;

/// A node and its ancestors as the bindings walk saw them (outermost
/// first, possibly only the nearest few). Climbing through them costs
/// nothing, while `Node::parent()` re-descends from the root: thousands of
/// instructions a step on a long module, which made classifying every use
/// of a module-level name the larger part of checking a big conftest.
/// Past the kept ancestors it asks tree-sitter.
#[derive(Clone, Copy)]
struct Up<'a, 't> {
    node: Node<'t>,
    anc: &'a [Node<'t>],
}

impl<'a, 't> Up<'a, 't> {
    fn new(node: Node<'t>, anc: &'a [Node<'t>]) -> Self {
        Up { node, anc }
    }

    fn parent(self) -> Option<Up<'a, 't>> {
        match self.anc.split_last() {
            Some((&node, anc)) => Some(Up { node, anc }),
            None => self.node.parent().map(|node| Up { node, anc: &[] }),
        }
    }
}

/// How a Python name (or `R.x` attribute) resolved to a shared binding uses
/// it. `recv` is set for class attributes.
fn classify_py<'t>(
    model: &Model<'t>,
    target: Up<'_, 't>,
    recv: Option<Receiver>,
) -> Option<BindingRef<'t>> {
    let make = |kind: RefKind, node: Node<'t>| BindingRef {
        kind,
        node,
        scope: model.scope_of(node),
        at: if kind == RefKind::Read {
            node.start_byte()
        } else {
            node.end_byte()
        },
    };
    let rebind = if recv == Some(Receiver::Instance) {
        RefKind::SelfRebind
    } else {
        RefKind::Rebind
    };
    // Assignment targets, possibly inside a tuple target.
    let mut child = target.node;
    let mut up = target.parent()?;
    for _ in 0..8 {
        if matches!(
            up.node.kind(),
            "pattern_list" | "tuple_pattern" | "list_pattern"
        ) {
            child = up.node;
            up = up.parent()?;
        } else {
            break;
        }
    }
    let parent = up.node;
    if let Some(stmt) = py_type_alias_left(target) {
        return Some(make(RefKind::Rebind, stmt));
    }
    match parent.kind() {
        "assignment" if is_field(parent, "left", child) => return Some(make(rebind, parent)),
        // `(x := v)` rebinds `x` (declared `global` in the frame).
        "named_expression" if is_field(parent, "name", child) => return Some(make(rebind, parent)),
        "augmented_assignment" if is_field(parent, "left", child) => {
            let kind = if recv == Some(Receiver::Instance) {
                RefKind::SelfRebind
            } else {
                RefKind::Update
            };
            return Some(make(kind, parent));
        }
        "for_statement" if is_field(parent, "left", child) => return Some(make(rebind, parent)),
        "delete_statement" => return None,
        _ => {}
    }
    // `x.a`, `x[k]`: climb the chain of which `target` is the object.
    let mut top_up = target;
    for _ in 0..16 {
        let Some(p) = top_up.parent() else { break };
        let is_object = (p.node.kind() == "attribute" && is_field(p.node, "object", top_up.node))
            || (p.node.kind() == "subscript" && is_field(p.node, "value", top_up.node));
        if !is_object {
            break;
        }
        top_up = p;
    }
    let top = top_up.node;
    if top.id() == target.node.id() {
        return Some(make(RefKind::Read, target.node));
    }
    let Some(p_up) = top_up.parent() else {
        return Some(make(RefKind::Read, target.node));
    };
    let mut p = p_up.node;
    // `del d[k]`, `del d[a], d[b]`.
    let mut under_delete = p.kind() == "delete_statement";
    if p.kind() == "expression_list" {
        if let Some(pp) = p_up
            .parent()
            .map(|pp| pp.node)
            .filter(|pp| pp.kind() == "delete_statement")
        {
            p = pp;
            under_delete = true;
        }
    }
    if under_delete {
        return Some(make(RefKind::Mutate, p));
    }
    let kind = match p.kind() {
        "assignment" if is_field(p, "left", top) => {
            let right = p.field("right").map(|r| model.text(r));
            let full_slice = top.kind() == "subscript"
                && model.text(top).ends_with("[:]")
                && right.is_some_and(|r| r == "[]");
            if full_slice {
                RefKind::Clear
            } else {
                RefKind::MemberAssign
            }
        }
        "augmented_assignment" if is_field(p, "left", top) => RefKind::Mutate,
        "call" if is_field(p, "function", top) && top.kind() == "attribute" => {
            let method = top.field("attribute").map(|a| model.text(a)).unwrap_or("");
            if method == "clear" {
                RefKind::Clear
            } else if PY_MUTATORS.contains(&method) {
                RefKind::Mutate
            } else {
                return Some(make(RefKind::Read, target.node));
            }
        }
        _ => return Some(make(RefKind::Read, target.node)),
    };
    Some(make(kind, p))
}

// ------------------------------------------------------- local binders

impl<'t> Model<'t> {
    /// Whether the use `name_node` of `name` refers to a name that a
    /// construct between it and its innermost model scope binds, rather
    /// than to the file's binding of that name: a loop variable (`for d in
    /// folders: os.mkdir(d)`, `for (const port of ports)`), a comprehension
    /// or lambda variable, a `with ... as d` / `except E as d` target, the
    /// parameter of an anonymous callback (`dirs.forEach((d) => ...)`), a
    /// JS `catch (d)`. Such a name takes values the file does not spell
    /// out; the resolver does not follow it to a module constant of the
    /// same name. Only constructs enclosing the use are seen (a Python loop
    /// variable read after its loop is not).
    pub fn bound_locally(&self, name_node: Node<'t>, name: &str) -> bool {
        let scope = self.scope(self.scope_of(name_node));
        let top = if self.scope_of(name_node) == super::scope::MODULE {
            self.root
        } else {
            scope.node
        };
        let chain = crate::walk::ancestors(top, name_node);
        let mut out = Vec::new();
        for (i, &node) in chain.iter().enumerate().skip(1) {
            // The child of `node` on the way down to the use.
            let below = chain.get(i + 1).copied().unwrap_or(name_node);
            out.clear();
            local_binders(self.lang, node, below, &mut out);
            if out
                .iter()
                .any(|&n| n.id() != name_node.id() && self.text(n) == name)
            {
                return true;
            }
        }
        false
    }
}

/// The identifiers `node` binds for code inside its child `below`, when
/// `node` is a construct that binds names below the model's scopes (see
/// `Model::bound_locally`). A loop's iterable (`right`) is evaluated
/// before its variable is bound, so a use there sees none.
fn local_binders<'t>(lang: Lang, node: Node<'t>, below: Node<'t>, out: &mut Vec<Node<'t>>) {
    let kind = kinds::kind(lang, node);
    if lang.is_python() {
        match kind {
            "for_statement" if !is_field(node, "right", below) => {
                if let Some(left) = node.field("left") {
                    py_pattern_identifiers(left, out, 0);
                }
            }
            "list_comprehension"
            | "set_comprehension"
            | "dictionary_comprehension"
            | "generator_expression" => {
                for clause in crate::walk::named_children_list(node) {
                    if clause.kind() == "for_in_clause" && clause.id() != below.id() {
                        if let Some(left) = clause.field("left") {
                            py_pattern_identifiers(left, out, 0);
                        }
                    }
                }
            }
            "lambda" => {
                if let Some(p) = node.field("parameters") {
                    py_pattern_identifiers(p, out, 0);
                }
            }
            "with_statement" if is_field(node, "body", below) => {
                for (_, alias) in super::facts::with_items(node) {
                    if let Some(alias) = alias {
                        py_pattern_identifiers(alias, out, 0);
                    }
                }
            }
            "except_clause" => {
                for child in crate::walk::named_children_list(node) {
                    if child.kind() == "as_pattern" {
                        if let Some(alias) = child.field("alias") {
                            py_pattern_identifiers(alias, out, 0);
                        }
                    }
                }
            }
            _ => {}
        }
        return;
    }
    match kind {
        "for_in_statement" if is_field(node, "right", below) => {}
        "for_statement" | "for_in_statement" | "catch_clause" => {
            js_frame_declarations(lang, node, kind, out)
        }
        k if kinds::is_js_function(k) => js_frame_declarations(lang, node, kind, out),
        _ => {}
    }
}

/// Identifiers bound by a Python target or parameter list (`d`, `i, d`,
/// `(a, [b, *c])`, `x=1`, `*args`), skipping defaults, attributes and
/// subscripts (`self.x`, `d[k]` bind no name).
fn py_pattern_identifiers<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>, depth: usize) {
    if depth > 8 {
        return;
    }
    match node.kind() {
        "identifier" => out.push(node),
        "default_parameter" | "typed_default_parameter" | "typed_parameter" => {
            match node.field("name") {
                Some(name) => py_pattern_identifiers(name, out, depth + 1),
                // `typed_parameter` holds its name as the first child.
                None => {
                    if let Some(first) = node.named_child(0) {
                        py_pattern_identifiers(first, out, depth + 1);
                    }
                }
            }
        }
        "pattern_list"
        | "tuple_pattern"
        | "list_pattern"
        | "list_splat_pattern"
        | "dictionary_splat_pattern"
        | "lambda_parameters"
        | "parameters"
        | "as_pattern_target"
        | "parenthesized_expression"
        | "tuple"
        | "list" => {
            for child in crate::walk::named_children_list(node) {
                py_pattern_identifiers(child, out, depth + 1);
            }
        }
        _ => {}
    }
}

//! The one whole-tree walk of an analysis, done in C over tree-sitter's own
//! subtree arrays (`csrc/walk.c`).
//!
//! Why: on files that must be parsed, stepping a `TreeCursor` over every
//! node cost a quarter of the parse itself (callgrind: 0.20 G instructions
//! against 0.83 G for parsing 100 dense files). The cursor recomputes the
//! child iterator, alias sequence and descendant index at every step and
//! crosses the FFI boundary twice per node. The walk in `csrc/walk.c` reads
//! the same arrays directly, and hands back only nodes of the wanted kinds.
//!
//! How it stays honest: it is compiled against the private headers of the
//! exact tree-sitter version `Cargo.toml` pins, and the tests compare it
//! with a `TreeCursor` walk node by node (id, kind, position, alias) on
//! every source file under `tests/` and `examples/`.

use std::ffi::c_void;
use tree_sitter::{ffi, Node};

type VisitFn = extern "C" fn(*mut c_void, ffi::TSNode);

extern "C" {
    fn isolint_walk(
        root: ffi::TSNode,
        wanted: *const u8,
        wanted_len: u32,
        flags: u32,
        marks: *const u64,
        mark_words: u32,
        visit: VisitFn,
        context: *mut c_void,
    ) -> bool;
    fn isolint_fields(
        node: ffi::TSNode,
        ids: *mut u16,
        out: *mut ffi::TSNode,
        kinds: *mut u32,
        cap: u32,
    ) -> i32;
}

// `where 't: 't` makes 't early-bound, so `nodes` can name it.
#[allow(clippy::extra_unused_lifetimes)]
extern "C" fn push_node<'t>(context: *mut c_void, node: ffi::TSNode)
where
    't: 't,
{
    // SAFETY: `context` is the `&mut Vec<Node<'t>>` passed by `nodes`,
    // alive and exclusively borrowed for the whole call; `node` was built
    // by `ts_node_new` on the tree of `nodes`' root, exactly as a cursor
    // builds it, so it lives as long as that tree ('t).
    let out = unsafe { &mut *context.cast::<Vec<Node<'t>>>() };
    out.push(unsafe { Node::from_raw(node) });
}

/// `csrc/walk.c`'s flags.
const CHILDREN_ONLY: u32 = 1;
const NAMED_ONLY: u32 = 2;

/// Appends to `out`, in pre-order (the order of a `TreeCursor` walk), every
/// node under and including `root` whose kind id `k` has `wanted[k] != 0`.
/// Kinds past the end of `wanted` (ERROR is 65535) always pass, so a caller
/// sizes `wanted` by `Language::node_kind_count` and decides on those itself.
pub fn nodes<'t>(root: Node<'t>, wanted: &[u8], out: &mut Vec<Node<'t>>) {
    if !walk(root, wanted, 0, out) {
        cursor_nodes(root, wanted, out);
    }
}

/// Calls `visit` on every node under and including `root` whose kind id
/// `k` has `wanted[k] != 0` (kinds past the end of `wanted` always pass),
/// in pre-order, as the walk reaches it: what [`nodes`] lists, without the
/// list. A node's subtree is still in cache when `visit` looks at its
/// children, which it is not once a whole-tree list has been built.
pub fn visit_nodes<'t, F: FnMut(Node<'t>)>(root: Node<'t>, wanted: &[u8], visit: F) {
    visit_nodes_marked(root, wanted, None, visit)
}

/// [`visit_nodes`] that does not enter a visible node whose source bytes
/// have no bit set in `marks` (bit `i % 64` of word `i / 64` for byte `i`;
/// bytes past the end count as marked). The caller vouches that every
/// wanted node has a marked byte in its nearest visible ancestor's range
/// (hidden nodes, such as the `, b, c` of `let a, b, c;`, are always
/// entered), so that no wanted node is missed: [`crate::model`] marks the bytes no wanted node of its
/// patterns can be written without (`(`, `=`, keywords...).
///
/// Why: most subtrees of a test file (member chains, literals, argument
/// lists of plain values, type annotations) hold no call, assignment or
/// declaration, and the walk's cost is reading every node of them.
pub fn visit_nodes_marked<'t, F: FnMut(Node<'t>)>(
    root: Node<'t>,
    wanted: &[u8],
    marks: Option<&[u64]>,
    mut visit: F,
) {
    struct Visitor<'f, 't, F: FnMut(Node<'t>)> {
        visit: &'f mut F,
        visited: usize,
        marker: std::marker::PhantomData<Node<'t>>,
    }
    extern "C" fn trampoline<'t, F: FnMut(Node<'t>)>(context: *mut c_void, node: ffi::TSNode)
    where
        't: 't,
    {
        // SAFETY: `context` is the `&mut Visitor` passed below, alive and
        // exclusively borrowed for the whole walk; `node` was built by
        // `ts_node_new` on the tree of `root`, which lives for 't.
        let visitor = unsafe { &mut *context.cast::<Visitor<'_, 't, F>>() };
        visitor.visited += 1;
        (visitor.visit)(unsafe { Node::from_raw(node) });
    }
    let mut visitor = Visitor {
        visit: &mut visit,
        visited: 0,
        marker: std::marker::PhantomData,
    };
    let wanted_len = u32::try_from(wanted.len()).unwrap_or(u32::MAX);
    // No marks (a walk of every subtree) when there are too many to count.
    let (marks_ptr, mark_words) = marks
        .and_then(|m| Some((m.as_ptr(), u32::try_from(m.len()).ok()?)))
        .unwrap_or((std::ptr::null(), 0));
    // SAFETY: `root` belongs to a live tree for 't; the C walk only reads
    // that tree, `wanted[..wanted_len]` and `marks[..mark_words]`, and calls the trampoline with
    // the context given here.
    let complete = unsafe {
        isolint_walk(
            root.into_raw(),
            wanted.as_ptr(),
            wanted_len,
            0,
            marks_ptr,
            mark_words,
            trampoline::<'t, F>,
            (&mut visitor as *mut Visitor<'_, 't, F>).cast(),
        )
    };
    if complete {
        return;
    }
    // Out of memory for the walk's stack, part-way: a cursor walk visits
    // the same nodes in the same order, so it goes on after those already
    // handed out.
    let mut rest = Vec::new();
    cursor_nodes(root, wanted, &mut rest);
    for node in rest.into_iter().skip(visitor.visited) {
        visit(node);
    }
}

/// Appends `node`'s named children to `out`: what
/// `node.named_children(&mut cursor)` yields, without the cursor.
pub fn named_children<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    if !walk(node, &[], CHILDREN_ONLY | NAMED_ONLY, out) {
        let mut cursor = node.walk();
        out.extend(node.named_children(&mut cursor));
    }
}

/// Whether `inner` lies within `outer`'s byte range (`outer` itself included).
pub fn encloses(outer: Node, inner: Node) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}

/// `root` and its descendants whose kind is one of the named kinds `kinds`,
/// in pre-order.
pub fn descendants_of_kinds<'t>(root: Node<'t>, kinds: &[&str]) -> Vec<Node<'t>> {
    let language = root.language();
    let mut wanted = vec![0u8; language.node_kind_count()];
    for kind in kinds {
        if let Some(w) = wanted.get_mut(usize::from(language.id_for_node_kind(kind, true))) {
            *w = 1;
        }
    }
    let mut out = Vec::new();
    nodes(root, &wanted, &mut out);
    // Kinds past the table (ERROR) come back too.
    out.retain(|n| n.is_named() && kinds.contains(&n.kind()));
    out
}

/// At most this many field children are listed at once; a node whose
/// production names more is answered by tree-sitter, field by field.
pub const MAX_FIELDS: usize = 8;

/// The field children of one node, listed in one pass over its children
/// (`csrc/walk.c`): what `child_by_field_id` answers for each field, which
/// otherwise costs a pass over the children per field (~400 instructions a
/// lookup; a call or member expression is asked for two fields). A buffer:
/// [`Fields::list`] refills it in place for the next node.
pub struct Fields<'t> {
    node: Option<Node<'t>>,
    ids: [u16; MAX_FIELDS],
    raw: [ffi::TSNode; MAX_FIELDS],
    /// Each answer's kind id, with bit 16 set when it is named.
    kinds: [u32; MAX_FIELDS],
    /// How many of `ids`/`raw` hold `node`'s fields; negative when
    /// tree-sitter must answer (inherited fields, a field naming a hidden
    /// node, too many fields).
    listed: i32,
}

impl<'t> Fields<'t> {
    pub fn new() -> Self {
        Fields {
            node: None,
            ids: [0; MAX_FIELDS],
            // SAFETY: TSNode is plain data (integers and pointers); entries
            // are read only after the C side has written them.
            raw: unsafe { std::mem::zeroed() },
            kinds: [0; MAX_FIELDS],
            listed: -1,
        }
    }

    /// Lists `node`'s field children.
    pub fn list(&mut self, node: Node<'t>) {
        self.node = Some(node);
        // SAFETY: `node` belongs to a live tree; the C side only reads that
        // tree and writes at most `MAX_FIELDS` entries to each array.
        self.listed = unsafe {
            isolint_fields(
                node.into_raw(),
                self.ids.as_mut_ptr(),
                self.raw.as_mut_ptr(),
                self.kinds.as_mut_ptr(),
                MAX_FIELDS as u32,
            )
        };
    }

    /// `node.child_by_field_id(field)` for the listed node.
    pub fn get(&self, field: u16) -> Option<Node<'t>> {
        self.get_with_kind(field).map(|(n, ..)| n)
    }

    /// [`Fields::get`] with the answer's `kind_id()` and `is_named()`,
    /// read off the listing instead of asked of tree-sitter.
    pub fn get_with_kind(&self, field: u16) -> Option<(Node<'t>, u16, bool)> {
        let node = self.node?;
        let Ok(n) = usize::try_from(self.listed) else {
            let child = node.child_by_field_id(field)?;
            return Some((child, child.kind_id(), child.is_named()));
        };
        let i = self.ids[..n.min(MAX_FIELDS)]
            .iter()
            .position(|&id| id == field)?;
        let raw = self.raw[i];
        // A field whose answer is no node (a hidden child with no visible
        // child): tree-sitter's lookup answers null too.
        if raw.id.is_null() {
            return None;
        }
        let kind = self.kinds[i];
        // SAFETY: built by `ts_node_new` on `node`'s tree, as tree-sitter's
        // own lookup builds it, so it lives as long as that tree ('t).
        let child = unsafe { Node::from_raw(raw) };
        // The low 16 bits hold the kind id; truncation is the encoding.
        Some((child, (kind & 0xFFFF) as u16, kind & (1 << 16) != 0))
    }
}

impl Default for Fields<'_> {
    fn default() -> Self {
        Self::new()
    }
}

/// `node`'s ancestors from `root` down to its parent, outermost first: the
/// chain `Node::parent()` climbs, found in one descent. (tree-sitter's
/// `parent()` descends from the root on every call, so a climb with it
/// costs depth² steps.) Empty when `node` is `root` or not under it.
pub fn ancestors<'t>(root: Node<'t>, node: Node<'t>) -> Vec<Node<'t>> {
    let mut chain = Vec::new();
    let mut current = root;
    while current.id() != node.id() {
        chain.push(current);
        match current.child_with_descendant(node) {
            Some(next) => current = next,
            None => return Vec::new(),
        }
    }
    chain
}

/// `node`'s named children, as a list.
pub fn named_children_list<'t>(node: Node<'t>) -> Vec<Node<'t>> {
    // Sized once (the count is stored in the node): a module's or a
    // class's list would otherwise be regrown and copied several times.
    let mut out = Vec::with_capacity(node.named_child_count());
    named_children(node, &mut out);
    out
}

/// Appends `node`'s children (named or not, extras included) to `out`:
/// what `node.children(&mut cursor)` yields, without the cursor.
pub fn children<'t>(node: Node<'t>, out: &mut Vec<Node<'t>>) {
    if !walk(node, &[], CHILDREN_ONLY, out) {
        let mut cursor = node.walk();
        out.extend(node.children(&mut cursor));
    }
}

/// Runs the C walk; `false` (with `out` as it was) when it ran out of memory
/// for its stack, and the caller falls back to a cursor.
fn walk<'t>(root: Node<'t>, wanted: &[u8], flags: u32, out: &mut Vec<Node<'t>>) -> bool {
    let wanted_len = u32::try_from(wanted.len()).unwrap_or(u32::MAX);
    let before = out.len();
    // SAFETY: `root` belongs to a live tree for 't; the C walk only reads
    // that tree and `wanted[..wanted_len]`, and calls `push_node` with the
    // context given here.
    let complete = unsafe {
        isolint_walk(
            root.into_raw(),
            wanted.as_ptr(),
            wanted_len,
            flags,
            std::ptr::null(),
            0,
            push_node::<'t>,
            (out as *mut Vec<Node<'t>>).cast(),
        )
    };
    if !complete {
        out.truncate(before);
    }
    complete
}

/// The same walk as [`nodes`] with a `TreeCursor`: the reference `nodes` is
/// tested against, and the fallback.
pub fn cursor_nodes<'t>(root: Node<'t>, wanted: &[u8], out: &mut Vec<Node<'t>>) {
    let mut cursor = root.walk();
    loop {
        let node = cursor.node();
        if wanted
            .get(usize::from(node.kind_id()))
            .is_none_or(|&w| w != 0)
        {
            out.push(node);
        }
        if !advance(&mut cursor) {
            return;
        }
    }
}

/// Pre-order step: first child, else next sibling, else the next sibling of
/// the nearest ancestor that has one. `false` once the walk is back at the
/// root.
fn advance(cursor: &mut tree_sitter::TreeCursor) -> bool {
    if cursor.goto_first_child() {
        return true;
    }
    loop {
        if cursor.goto_next_sibling() {
            return true;
        }
        if !cursor.goto_parent() {
            return false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a caller can observe of a node.
    fn observed(nodes: &[Node]) -> Vec<(usize, u16, bool, bool, std::ops::Range<usize>, String)> {
        nodes
            .iter()
            .map(|n| {
                (
                    n.id(),
                    n.kind_id(),
                    n.is_named(),
                    n.is_extra(),
                    n.byte_range(),
                    format!("{}-{}", n.start_position(), n.end_position()),
                )
            })
            .collect()
    }

    /// The C walk (listed and streamed) and a `TreeCursor` walk hand back
    /// the same nodes, in the same order, with the same kind (aliases
    /// included), named-ness and position, for several `wanted` tables, and the same children and
    /// named children of every node, on every source file under `tests/`
    /// and in `ISOLINT_PATTERN_DIFF_DIRS`.
    #[test]
    fn walk_matches_a_cursor_walk_node_for_node() {
        let mut visited = 0;
        let mut parents = 0;
        let files = crate::testing::for_each_source_file(|_, path, _, tree| {
            let language = tree.language();
            let kinds = language.node_kind_count();
            let everything = vec![1u8; kinds];
            let named: Vec<u8> = (0..kinds)
                .map(|k| u8::from(language.node_kind_is_named(k as u16)))
                .collect();
            let every_third: Vec<u8> = (0..kinds).map(|k| u8::from(k % 3 == 0)).collect();
            for wanted in [&everything[..], &named, &every_third, &[]] {
                let (mut ours, mut cursors) = (Vec::new(), Vec::new());
                nodes(tree.root_node(), wanted, &mut ours);
                cursor_nodes(tree.root_node(), wanted, &mut cursors);
                assert_eq!(observed(&ours), observed(&cursors), "{}", path.display());
                let mut streamed = Vec::new();
                visit_nodes(tree.root_node(), wanted, |n| streamed.push(n));
                assert_eq!(
                    observed(&streamed),
                    observed(&cursors),
                    "{}",
                    path.display()
                );
                visited += ours.len();
            }
            // Children and named children of every node.
            let all = every_node(tree);
            let mut cursor = tree.walk();
            for node in all.iter().filter(|n| n.child_count() > 0) {
                let (mut ours, mut theirs) = (Vec::new(), Vec::new());
                named_children(*node, &mut ours);
                theirs.extend(node.named_children(&mut cursor));
                assert_eq!(observed(&ours), observed(&theirs), "{}", path.display());
                ours.clear();
                children(*node, &mut ours);
                let theirs: Vec<Node> = node.children(&mut cursor).collect();
                assert_eq!(observed(&ours), observed(&theirs), "{}", path.display());
                parents += 1;
            }
            // A walk from an inner node stays inside it.
            if let Some(inner) = tree.root_node().named_child(0) {
                let (mut ours, mut cursors) = (Vec::new(), Vec::new());
                nodes(inner, &everything, &mut ours);
                cursor_nodes(inner, &everything, &mut cursors);
                assert_eq!(observed(&ours), observed(&cursors), "{}", path.display());
            }
        });
        assert!(files > 50, "only {files} files compared");
        assert!(parents > 5_000, "only {parents} parents compared");
        assert!(visited > 20_000, "only {visited} nodes compared");
    }

    /// Every node of `tree`, by the reference (cursor) walk.
    fn every_node(tree: &tree_sitter::Tree) -> Vec<Node<'_>> {
        let mut all = Vec::new();
        cursor_nodes(
            tree.root_node(),
            &vec![1u8; tree.language().node_kind_count()],
            &mut all,
        );
        all
    }

    /// `Fields` answers every field id of every node as tree-sitter's
    /// `child_by_field_id` does, with the answer's kind id and named-ness,
    /// on every source file under `tests/` and in
    /// `ISOLINT_PATTERN_DIFF_DIRS`.
    #[test]
    fn field_listing_answers_like_child_by_field_id() {
        let mut asked = 0;
        let mut listed = 0;
        let files = crate::testing::for_each_source_file(|_, path, _, tree| {
            let language = tree.language();
            let field_ids = 1..=u16::try_from(language.field_count()).unwrap_or(u16::MAX);
            let all = every_node(tree);
            let mut fields = Fields::new();
            for node in all {
                fields.list(node);
                listed += usize::from(fields.listed >= 0);
                for id in field_ids.clone() {
                    let ours: Vec<Node> = fields.get(id).into_iter().collect();
                    let theirs: Vec<Node> = node.child_by_field_id(id).into_iter().collect();
                    assert_eq!(
                        observed(&ours),
                        observed(&theirs),
                        "{} field {id} of {} at {}",
                        path.display(),
                        node.kind(),
                        node.start_position()
                    );
                    // The kind and named-ness read off the listing.
                    if let Some((child, kind, named)) = fields.get_with_kind(id) {
                        assert_eq!(
                            (kind, named),
                            (child.kind_id(), child.is_named()),
                            "{} field {id} of {} at {}",
                            path.display(),
                            node.kind(),
                            node.start_position()
                        );
                    }
                    asked += 1;
                }
            }
        });
        assert!(files > 50, "only {files} files compared");
        assert!(listed > 20_000, "only {listed} nodes listed in C");
        assert!(asked > 500_000, "only {asked} lookups compared");
    }

    /// `ancestors` is the chain `Node::parent()` climbs, for every node of
    /// every source file under `tests/`.
    #[test]
    fn ancestors_are_the_parent_chain() {
        let mut compared = 0;
        crate::testing::for_each_source_file(|_, path, _, tree| {
            let root = tree.root_node();
            for node in every_node(tree).iter().step_by(3) {
                let mut climbed = Vec::new();
                let mut current = node.parent();
                while let Some(p) = current {
                    climbed.push(p);
                    current = p.parent();
                }
                climbed.reverse();
                assert_eq!(
                    observed(&ancestors(root, *node)),
                    observed(&climbed),
                    "{}",
                    path.display()
                );
                compared += 1;
            }
        });
        assert!(compared > 5_000, "only {compared} nodes compared");
    }

    /// Deeper than the C walk's on-stack frames (48), so its stack moves to
    /// the heap and grows: still the cursor's nodes, in the cursor's order,
    /// listed or streamed.
    #[test]
    fn deep_trees_walk_like_a_cursor() {
        for (lang, src) in [
            (
                crate::lang::Lang::JavaScript,
                format!("x = {}1{};", "[(".repeat(300), ")]".repeat(300)),
            ),
            (
                crate::lang::Lang::Python,
                format!("x = {}1{}\n", "[(".repeat(200), ")]".repeat(200)),
            ),
        ] {
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&lang.grammar()).expect("grammar loads");
            let tree = parser.parse(&src, None).expect("parses");
            assert!(!tree.root_node().has_error());
            let (mut ours, mut cursors) = (Vec::new(), Vec::new());
            nodes(tree.root_node(), &[], &mut ours);
            cursor_nodes(tree.root_node(), &[], &mut cursors);
            assert!(ours.len() > 1000, "{}", ours.len());
            assert_eq!(observed(&ours), observed(&cursors));
            let mut streamed = Vec::new();
            visit_nodes(tree.root_node(), &[], |n| streamed.push(n));
            assert_eq!(observed(&streamed), observed(&cursors));
        }
    }
}

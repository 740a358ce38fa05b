//! Node kind names by kind id, resolved once per language.
//!
//! `Node::kind()` asks tree-sitter for a C string and then runs `strlen` and
//! UTF-8 validation on it, on every call. The whole-tree walks (shared
//! bindings, the facts collection) ask it for every node, which showed up in
//! profiles as `strlen`/`from_utf8`. `kind(lang, node)` is a table lookup by
//! `kind_id()` returning the same string, so code can keep matching on the
//! readable names.

use crate::lang::Lang;
use std::sync::OnceLock;
use tree_sitter::Node;

/// The kind name of every kind id of `lang`'s grammar (empty for ids the
/// grammar has no name for).
fn names(lang: Lang) -> &'static [String] {
    static TABLES: [OnceLock<Vec<String>>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    TABLES[lang as usize].get_or_init(|| {
        let grammar = lang.grammar();
        (0..grammar.node_kind_count())
            .map(|id| {
                u16::try_from(id)
                    .ok()
                    .and_then(|id| grammar.node_kind_for_id(id))
                    .unwrap_or("")
                    .to_string()
            })
            .collect()
    })
}

/// The JavaScript/TypeScript node kinds of a function: the code inside runs
/// when the function is called, not where it is written.
pub const JS_FUNCTION_KINDS: &[&str] = &[
    "arrow_function",
    "function_expression",
    "function",
    "function_declaration",
    "generator_function",
    "generator_function_declaration",
    "method_definition",
];

/// Whether `kind` is a JavaScript/TypeScript function ([`JS_FUNCTION_KINDS`]).
pub fn is_js_function(kind: &str) -> bool {
    JS_FUNCTION_KINDS.contains(&kind)
}

/// Whether `kind` is a JavaScript/TypeScript function written as a value
/// (an arrow function or a function expression), as callbacks are.
pub fn is_js_function_value(kind: &str) -> bool {
    matches!(kind, "arrow_function" | "function_expression" | "function")
}

/// Whether `kind` is a function in any grammar isolint reads: a
/// JavaScript/TypeScript one, or Python's `def` and `lambda`.
pub fn is_function(kind: &str) -> bool {
    is_js_function(kind) || matches!(kind, "function_definition" | "lambda")
}

/// `node.kind()` for a node of a `lang` tree, without the per-call C-string
/// conversion.
#[inline]
pub fn kind(lang: Lang, node: Node) -> &'static str {
    match names(lang).get(usize::from(node.kind_id())) {
        Some(name) => name.as_str(),
        // Not in the table (a grammar/tree mismatch): ask tree-sitter.
        None => kind_fallback(node),
    }
}

#[cold]
fn kind_fallback(node: Node) -> &'static str {
    // Error nodes have the reserved id `u16::MAX`, outside every table.
    if node.is_error() {
        return "ERROR";
    }
    // `Node::kind()` borrows from the grammar's static symbol table; look
    // the name up again by id in every table to hand out a `'static` str.
    let k = node.kind();
    for lang in Lang::ALL {
        if let Some(name) = names(lang).iter().find(|n| n.as_str() == k) {
            return name.as_str();
        }
    }
    ""
}

/// Fields the hot paths read (`path_of`, the facts collection, scopes). `Node::child_by_field_name`
/// finds the field id by a linear `strncmp` scan over the grammar's field
/// names on every call; these are resolved once per language.
#[derive(Debug, Clone, Copy)]
pub enum Field {
    Object,
    Property,
    Attribute,
    Value,
    Function,
    Name,
    Kind,
    Parameters,
    Parameter,
    Body,
}

const FIELD_NAMES: [&str; 10] = [
    "object",
    "property",
    "attribute",
    "value",
    "function",
    "name",
    "kind",
    "parameters",
    "parameter",
    "body",
];

/// `node.child_by_field_name(field)` for a node of a `lang` tree.
#[inline]
pub fn child(lang: Lang, node: Node<'_>, field: Field) -> Option<Node<'_>> {
    static TABLES: [OnceLock<[Option<std::num::NonZeroU16>; FIELD_NAMES.len()]>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let ids = TABLES[lang as usize].get_or_init(|| {
        let grammar = lang.grammar();
        FIELD_NAMES.map(|name| grammar.field_id_for_name(name))
    });
    // A field the grammar lacks: no such child, as with the name lookup.
    let id = ids[field as usize]?;
    node.child_by_field_id(id.get())
}

/// `node.child_by_field_name(name)` with the field id found in a table
/// built once per grammar, instead of tree-sitter's scan of the grammar's
/// field names with `strncmp` on every call (about a thousand instructions
/// a lookup; rules and model helpers make thousands per dense file). The
/// answer is tree-sitter's own: `child_by_field_id` with the same id.
pub trait FieldByName<'t> {
    fn field(&self, name: &str) -> Option<Node<'t>>;
}

impl<'t> FieldByName<'t> for Node<'t> {
    #[inline]
    fn field(&self, name: &str) -> Option<Node<'t>> {
        match FieldTable::of(*self) {
            Some(table) => self.child_by_field_id(table.id(name)?.get()),
            // A tree of some other grammar: ask tree-sitter.
            None => self.child_by_field_name(name),
        }
    }
}

/// Every field name of one grammar with its id, sorted by name.
struct FieldTable {
    language: usize,
    fields: Vec<(String, std::num::NonZeroU16)>,
}

impl FieldTable {
    /// The table of `node`'s grammar, if it is one of isolint's.
    fn of(node: Node) -> Option<&'static FieldTable> {
        static TABLES: OnceLock<[FieldTable; 4]> = OnceLock::new();
        let tables = TABLES.get_or_init(|| {
            Lang::ALL.map(|lang| {
                let grammar = lang.grammar();
                let mut fields: Vec<_> = (1..=grammar.field_count())
                    .filter_map(|id| {
                        let id = u16::try_from(id).ok()?;
                        Some((
                            grammar.field_name_for_id(id)?.to_string(),
                            std::num::NonZeroU16::new(id)?,
                        ))
                    })
                    .collect();
                fields.sort_unstable();
                FieldTable {
                    language: grammar.into_raw() as usize,
                    fields,
                }
            })
        });
        // SAFETY: `ts_node_language` only reads the node's tree pointer,
        // which a live `Node` holds.
        let language = unsafe { tree_sitter::ffi::ts_node_language(node.into_raw()) } as usize;
        tables.iter().find(|t| t.language == language)
    }

    fn id(&self, name: &str) -> Option<std::num::NonZeroU16> {
        let i = self
            .fields
            .binary_search_by(|(n, _)| n.as_str().cmp(name))
            .ok()?;
        Some(self.fields[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_matches_tree_sitter_for_every_node() {
        let samples = [
            (
                Lang::JavaScript,
                "let a = [1]; describe('x', () => { it('y', async function () { a.push(`t${a}`); this.b[0].c().d = (await e)!; }); });",
            ),
            (
                Lang::TypeScript,
                "class C<T> { x: T = null!; m(): void { const y = this.x as T; } }",
            ),
            (Lang::Tsx, "const v = <div a={b}>{c}</div>;"),
            (
                Lang::Python,
                "import os\nclass T:\n    @d\n    def f(self, *a, **k):\n        global g\n        del self.x[0]\n        os.environ['A'].b().c = (await z)\n",
            ),
        ];
        for (lang, src) in samples {
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&lang.grammar()).expect("grammar");
            let tree = parser.parse(src, None).expect("parse");
            let mut cursor = tree.walk();
            let mut seen = 0;
            loop {
                let node = cursor.node();
                assert_eq!(kind(lang, node), node.kind(), "{lang:?}");
                assert_eq!(
                    crate::model::facts::path_of_in(lang, node, src),
                    crate::model::facts::path_of(node, src),
                    "{lang:?}"
                );
                seen += 1;
                if cursor.goto_first_child() || cursor.goto_next_sibling() {
                    continue;
                }
                let mut done = true;
                while cursor.goto_parent() {
                    if cursor.goto_next_sibling() {
                        done = false;
                        break;
                    }
                }
                if done {
                    break;
                }
            }
            assert!(seen > 10);
        }
    }

    /// `field` answers like `child_by_field_name` for every field name of
    /// the grammar (and a name it lacks), on every node of every source
    /// file under `tests/`.
    #[test]
    fn field_by_name_matches_tree_sitter() {
        let mut asked = 0;
        crate::testing::for_each_source_file(|lang, path, _, tree| {
            let grammar = lang.grammar();
            let mut names: Vec<&str> = (1..=grammar.field_count())
                .filter_map(|id| grammar.field_name_for_id(u16::try_from(id).ok()?))
                .collect();
            names.push("no_such_field");
            for node in every_named(tree) {
                for name in &names {
                    assert_eq!(
                        node.field(name),
                        node.child_by_field_name(name),
                        "{} {name} at {:?}",
                        path.display(),
                        node.start_position()
                    );
                    asked += 1;
                }
            }
        });
        assert!(asked > 100_000, "only {asked} lookups compared");
    }

    fn every_named(tree: &tree_sitter::Tree) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        let mut cursor = tree.walk();
        loop {
            let node = cursor.node();
            if node.is_named() {
                out.push(node);
            }
            if cursor.goto_first_child() || cursor.goto_next_sibling() {
                continue;
            }
            loop {
                if !cursor.goto_parent() {
                    return out;
                }
                if cursor.goto_next_sibling() {
                    break;
                }
            }
        }
    }
}

//! Facts: the language-neutral view of one parsed file that rules consult.
//! Calls, assignments, declarations, updates and deletes, each with the
//! scope (test, hook, fixture, suite, helper, module) it sits in.

use super::kinds::{self, Field};
use super::scope::ScopeId;
use crate::lang::Lang;
use std::cell::OnceCell;
use tree_sitter::Node;

/// A call or constructor call.
#[derive(Debug, Clone)]
pub struct Call<'t> {
    pub node: Node<'t>,
    pub callee: Node<'t>,
    /// The callee as a dotted path: `app.listen`, `fs.promises.writeFile`,
    /// `test.each.()` (a call in the chain is `()`), `?` for anything else.
    pub path: String,
    /// `new X(...)`.
    pub is_new: bool,
    pub scope: ScopeId,
    /// The argument list (`(a, b)`), absent in `new X`.
    arguments: Option<Node<'t>>,
    lang: Lang,
    src: &'t str,
    /// [`Call::args`], listed on first use: the arguments of a call no rule
    /// asks about (about one call in three on dense test files) are never
    /// listed.
    args: OnceCell<Vec<Arg<'t>>>,
}

impl<'t> Call<'t> {
    pub fn new(
        lang: Lang,
        src: &'t str,
        node: Node<'t>,
        callee: Node<'t>,
        arguments: Option<Node<'t>>,
        is_new: bool,
    ) -> Self {
        Call {
            node,
            callee,
            path: path_of_in(lang, callee, src),
            is_new,
            scope: super::scope::MODULE,
            arguments,
            lang,
            src,
            args: OnceCell::new(),
        }
    }

    /// The arguments, in order; Python keyword arguments carry their name.
    pub fn args(&self) -> &[Arg<'t>] {
        self.args.get_or_init(|| match self.arguments {
            Some(list) => list_args(self.lang, list, self.src),
            None => Vec::new(),
        })
    }

    /// The last segment of the callee path: `listen` for `app.listen`.
    pub fn method(&self) -> &str {
        last_segment(&self.path)
    }

    /// Everything before the method: `app` for `app.listen`, `""` for `listen`.
    pub fn receiver(&self) -> &str {
        receiver_of(&self.path)
    }

    /// The `i`-th positional argument.
    pub fn positional(&self, i: usize) -> Option<Node<'t>> {
        self.args()
            .iter()
            .filter(|a| a.name.is_none())
            .nth(i)
            .map(|a| a.value)
    }

    /// The keyword argument `name` (Python).
    pub fn keyword(&self, name: &str) -> Option<Node<'t>> {
        self.args()
            .iter()
            .find(|a| a.name == Some(name))
            .map(|a| a.value)
    }

    /// The positional argument `i`, or else the keyword argument `name`.
    pub fn arg(&self, i: usize, name: &str) -> Option<Node<'t>> {
        self.keyword(name).or_else(|| self.positional(i))
    }
}

#[derive(Debug, Clone)]
pub struct Arg<'t> {
    /// Python keyword argument name.
    pub name: Option<&'t str>,
    pub value: Node<'t>,
}

/// The arguments in an argument list node.
fn list_args<'t>(lang: Lang, list: Node<'t>, src: &'t str) -> Vec<Arg<'t>> {
    let mut out = Vec::new();
    for child in crate::walk::named_children_list(list) {
        match kinds::kind(lang, child) {
            "comment" => {}
            "keyword_argument" => {
                let name =
                    kinds::child(lang, child, Field::Name).and_then(|n| src.get(n.byte_range()));
                if let Some(value) = kinds::child(lang, child, Field::Value) {
                    out.push(Arg { name, value });
                }
            }
            _ => out.push(Arg {
                name: None,
                value: child,
            }),
        }
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignKind {
    /// `const x = ...`
    Const,
    /// `let x = ...` / `let x;`
    Let,
    /// `var x = ...`
    Var,
    /// `x = ...` (JS assignment or any Python assignment)
    Assign,
    /// `x += ...`
    Augmented,
}

impl AssignKind {
    pub fn is_declaration(self) -> bool {
        matches!(self, AssignKind::Const | AssignKind::Let | AssignKind::Var)
    }
}

/// An assignment or declaration. `target` is the name or member written.
#[derive(Debug, Clone)]
pub struct Assign<'t> {
    pub node: Node<'t>,
    pub target: Node<'t>,
    /// Dotted path of the target (`x`, `Date.now`, `os.environ.[]`).
    pub target_path: String,
    pub value: Option<Node<'t>>,
    pub kind: AssignKind,
    pub scope: ScopeId,
}

/// `x++` / `delete o.k` / `del d[k]`.
#[derive(Debug, Clone)]
pub struct Update<'t> {
    pub node: Node<'t>,
    pub target: Node<'t>,
    pub target_path: String,
    pub is_delete: bool,
    pub scope: ScopeId,
}

/// The last segment of a dotted path: `listen` for `app.listen`, the whole
/// path when it has no dot.
///
/// Paths are short and these run for every call a rule looks at: a byte scan
/// costs a fraction of `rsplit('.')`, which sets up a char searcher per call.
#[inline]
pub fn last_segment(path: &str) -> &str {
    match path.bytes().rposition(|b| b == b'.') {
        Some(dot) => &path[dot + 1..],
        None => path,
    }
}

/// Everything before the last segment: `app` for `app.listen`, `""` for
/// `listen`.
#[inline]
pub fn receiver_of(path: &str) -> &str {
    match path.bytes().rposition(|b| b == b'.') {
        Some(dot) => &path[..dot],
        None => "",
    }
}

/// The first segment: `app` for `app.listen`, the whole path when it has no
/// dot.
#[inline]
pub fn first_segment(path: &str) -> &str {
    match path.bytes().position(|b| b == b'.') {
        Some(dot) => &path[..dot],
        None => path,
    }
}

/// The segments of a dotted path, left to right (`path.split('.')` without
/// the searcher).
pub fn segments(path: &str) -> Segments<'_> {
    Segments { rest: Some(path) }
}

/// Iterator of [`segments`].
#[derive(Clone)]
pub struct Segments<'a> {
    rest: Option<&'a str>,
}

impl<'a> Iterator for Segments<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b'.') {
            Some(dot) => {
                self.rest = Some(&rest[dot + 1..]);
                Some(&rest[..dot])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The dotted path of an expression: identifiers and member/attribute chains
/// are spelled out, calls become `()`, subscripts `[]`, anything else `?`.
pub fn path_of(node: Node, src: &str) -> String {
    let mut out = String::new();
    push_path(node, src, &mut out, 0, None);
    out
}

/// [`path_of`] for a node of a `lang` tree: the same path, with kinds and
/// fields looked up in per-language tables (the facts collection computes
/// one per call, assignment and update).
pub fn path_of_in(lang: Lang, node: Node, src: &str) -> String {
    // A path is about as long as the expression's text (`.()` stands for
    // an argument list): sized once instead of grown segment by segment.
    let mut out =
        String::with_capacity(node.end_byte().saturating_sub(node.start_byte()).min(64) + 4);
    push_path(node, src, &mut out, 0, Some(lang));
    out
}

fn push_path<'t>(node: Node<'t>, src: &str, out: &mut String, depth: usize, lang: Option<Lang>) {
    if depth > 32 {
        out.push('?');
        return;
    }
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("?");
    let child = |n: Node<'t>, field: Field, name: &str| match lang {
        Some(l) => kinds::child(l, n, field),
        None => n.child_by_field_name(name),
    };
    let kind = match lang {
        Some(l) => kinds::kind(l, node),
        None => node.kind(),
    };
    match kind {
        "identifier"
        | "property_identifier"
        | "this"
        | "super"
        | "private_property_identifier"
        | "shorthand_property_identifier"
        | "type_identifier" => out.push_str(text(node)),
        "member_expression" | "attribute" => {
            let object = child(node, Field::Object, "object");
            let property = child(node, Field::Property, "property")
                .or_else(|| child(node, Field::Attribute, "attribute"));
            match object {
                Some(o) => push_path(o, src, out, depth + 1, lang),
                None => out.push('?'),
            }
            out.push('.');
            out.push_str(property.map(text).unwrap_or("?"));
        }
        "subscript_expression" | "subscript" => {
            let object =
                child(node, Field::Object, "object").or_else(|| child(node, Field::Value, "value"));
            match object {
                Some(o) => push_path(o, src, out, depth + 1, lang),
                None => out.push('?'),
            }
            out.push_str(".[]");
        }
        "call_expression" | "call" => {
            match child(node, Field::Function, "function") {
                Some(f) => push_path(f, src, out, depth + 1, lang),
                None => out.push('?'),
            }
            out.push_str(".()");
        }
        "parenthesized_expression" | "non_null_expression" | "await_expression" | "await" => {
            match node.named_child(0) {
                Some(inner) => push_path(inner, src, out, depth + 1, lang),
                None => out.push('?'),
            }
        }
        _ => out.push('?'),
    }
}

/// Spells callee paths in a message as source reads: the internal `.()` /
/// `.[]` segments of [`path_of`] become `()` / `[]`
/// (`Order.objects.all.().delete` → `Order.objects.all().delete`).
pub fn readable_paths(message: &str) -> String {
    message.replace(".()", "()").replace(".[]", "[]")
}

/// The text of a string literal node without quotes, when it has no
/// interpolation.
pub fn plain_string(node: Node, src: &str) -> Option<String> {
    match node.kind() {
        "string" => {
            let mut content = String::new();
            let mut cursor = node.walk();
            for child in node.named_children(&mut cursor) {
                match child.kind() {
                    "string_fragment" | "string_content" => {
                        content.push_str(child.utf8_text(src.as_bytes()).ok()?)
                    }
                    "escape_sequence" => {
                        content.push_str(&unescape(child.utf8_text(src.as_bytes()).ok()?))
                    }
                    "string_start" | "string_end" => {}
                    _ => return None,
                }
            }
            Some(content)
        }
        "template_string" => {
            let mut cursor = node.walk();
            let mut content = String::new();
            for child in node.named_children(&mut cursor) {
                match child.kind() {
                    "string_fragment" => content.push_str(child.utf8_text(src.as_bytes()).ok()?),
                    "escape_sequence" => {
                        content.push_str(&unescape(child.utf8_text(src.as_bytes()).ok()?))
                    }
                    _ => return None,
                }
            }
            Some(content)
        }
        _ => None,
    }
}

fn unescape(esc: &str) -> String {
    match esc {
        "\\n" => "\n".into(),
        "\\t" => "\t".into(),
        "\\\\" => "\\".into(),
        "\\'" => "'".into(),
        "\\\"" => "\"".into(),
        "\\`" => "`".into(),
        other => other.trim_start_matches('\\').to_string(),
    }
}

/// The value node of property `key` in an object literal (`{ port: 3000 }`
/// or the shorthand `{ port }`).
pub fn object_property<'t>(object: Node<'t>, key: &str, src: &str) -> Option<Node<'t>> {
    crate::walk::named_children_list(object)
        .into_iter()
        .find_map(|child| match child.kind() {
            "pair" => {
                let k = child.child_by_field_name("key")?;
                let name = plain_string(k, src)
                    .or_else(|| k.utf8_text(src.as_bytes()).ok().map(str::to_owned))?;
                (name == key).then(|| child.child_by_field_name("value"))?
            }
            "shorthand_property_identifier" => {
                (child.utf8_text(src.as_bytes()).ok()? == key).then_some(child)
            }
            _ => None,
        })
}

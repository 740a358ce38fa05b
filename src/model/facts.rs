//! Facts: the language-neutral view of one parsed file that rules consult.
//! Calls, assignments, declarations, updates and deletes, each with the
//! scope (test, hook, fixture, suite, helper, module) it sits in.

use super::kinds::{self, Field};
use super::scope::ScopeId;
use crate::lang::Lang;
use crate::model::kinds::FieldByName;
use std::borrow::Cow;
use std::cell::OnceCell;
use tree_sitter::Node;

/// A call or constructor call.
#[derive(Debug, Clone)]
pub struct Call<'t> {
    pub node: Node<'t>,
    pub callee: Node<'t>,
    /// The callee as a dotted path: `app.listen`, `fs.promises.writeFile`,
    /// `test.each.()` (a call in the chain is `()`), `?` for anything else.
    /// Borrowed from the source when written plainly ([`path_cow_in`]).
    pub path: Cow<'t, str>,
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
            path: path_cow_in(lang, callee, src),
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

/// The arguments in an argument list node (what [`Call::args`] lists, for
/// a call no rule holds as a fact, such as a `dict(port=...)` argument).
pub fn list_args<'t>(lang: Lang, list: Node<'t>, src: &'t str) -> Vec<Arg<'t>> {
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
    pub target_path: Cow<'t, str>,
    pub value: Option<Node<'t>>,
    pub kind: AssignKind,
    pub scope: ScopeId,
}

/// `x++` / `delete o.k` / `del d[k]`.
#[derive(Debug, Clone)]
pub struct Update<'t> {
    pub node: Node<'t>,
    pub target: Node<'t>,
    pub target_path: Cow<'t, str>,
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
    push_path(node, src, &mut out, 0);
    out
}

/// [`path_of`] for a node of a `lang` tree: the same path, with kinds
/// classified by a per-language table and each member's fields listed in
/// one pass (the facts collection computes one per call, assignment and
/// update; by name, a path cost about a thousand instructions).
pub fn path_of_in(lang: Lang, node: Node, src: &str) -> String {
    path_cow_in(lang, node, src).into_owned()
}

/// [`path_of_in`], borrowed from `src` when the path is the node's own
/// text (most callees and targets: no allocation for them).
pub fn path_cow_in<'s>(lang: Lang, node: Node, src: &'s str) -> Cow<'s, str> {
    let table = PathTable::of(lang);
    if let Some(path) = spelled_path(table, node, src) {
        return Cow::Borrowed(path);
    }
    // A path is about as long as the expression's text (`.()` stands for
    // an argument list): sized once instead of grown segment by segment.
    let mut out =
        String::with_capacity(node.end_byte().saturating_sub(node.start_byte()).min(64) + 4);
    push_path_in(table, node, src, &mut out, 0);
    Cow::Owned(out)
}

/// The path of a name or member chain written plainly (`app.listen`,
/// `self.client.post`): its own text. Most callees, assignment targets
/// and updated names are written so, and a path read off the text costs a
/// scan of a few bytes instead of a descent through the chain's nodes and
/// fields (about a tenth of the facts collection on the dense corpus).
///
/// The text is the path exactly when it is ASCII identifier segments
/// joined by single dots, none starting with a digit, and the chain holds
/// no parse error: nothing else (whitespace, comments, `?.`, `!`, `#`,
/// brackets, calls) can sit between the segments, and each segment is
/// then an identifier, `this`/`super` or a property. The spellings whose
/// first segment is not a name (`import.meta`, `new.target`, the literal
/// keywords) are left to the walk. A test compares both ways on every
/// source file under `tests/` and `examples/`.
fn spelled_path<'s>(table: &PathTable, node: Node, src: &'s str) -> Option<&'s str> {
    if !matches!(table.part(node), PathPart::Name | PathPart::Member) || node.has_error() {
        return None;
    }
    let text = src.get(node.byte_range())?;
    // One pass over a byte-class table: a segment starts with a letter, `_`
    // or `$` and goes on with those or digits; a dot starts the next one.
    const OTHER: u8 = 0;
    const START: u8 = 1;
    const DIGIT: u8 = 2;
    const DOT: u8 = 3;
    static CLASS: [u8; 256] = {
        let mut class = [OTHER; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            class[b] = if c.is_ascii_alphabetic() || c == b'_' || c == b'$' {
                START
            } else if c.is_ascii_digit() {
                DIGIT
            } else if c == b'.' {
                DOT
            } else {
                OTHER
            };
            b += 1;
        }
        class
    };
    let mut segment_start = true;
    let mut first_end = text.len();
    for (i, &b) in text.as_bytes().iter().enumerate() {
        match (CLASS[usize::from(b)], segment_start) {
            (START, _) => segment_start = false,
            (DIGIT, false) => {}
            (DOT, false) => {
                segment_start = true;
                first_end = first_end.min(i);
            }
            _ => return None,
        }
    }
    let keyword = matches!(
        &text[..first_end],
        "import" | "new" | "true" | "false" | "null" | "undefined" | "None" | "True" | "False"
    );
    (!segment_start && !keyword).then_some(text)
}

/// What a node contributes to a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PathPart {
    /// Its own text.
    Name,
    /// `object.property` (JS) / `object.attribute` (Python).
    Member,
    /// `object.[]`.
    Subscript,
    /// `function.()`.
    Call,
    /// Its first named child's path (parentheses, `await`, `x!`).
    Wrapper,
    /// `?`.
    Other,
}

/// The one spelling of which node kinds make up a path.
fn path_part(kind: &str) -> PathPart {
    match kind {
        "identifier"
        | "property_identifier"
        | "this"
        | "super"
        | "private_property_identifier"
        | "shorthand_property_identifier"
        | "type_identifier" => PathPart::Name,
        "member_expression" | "attribute" => PathPart::Member,
        "subscript_expression" | "subscript" => PathPart::Subscript,
        "call_expression" | "call" => PathPart::Call,
        "parenthesized_expression" | "non_null_expression" | "await_expression" | "await" => {
            PathPart::Wrapper
        }
        _ => PathPart::Other,
    }
}

/// [`path_part`] by kind id, and the field ids a path reads, for one
/// language.
struct PathTable {
    parts: Vec<PathPart>,
    object: Option<u16>,
    property: Option<u16>,
    attribute: Option<u16>,
    value: Option<u16>,
    function: Option<u16>,
}

impl PathTable {
    fn of(lang: Lang) -> &'static PathTable {
        static TABLES: [std::sync::OnceLock<PathTable>; 4] = [
            std::sync::OnceLock::new(),
            std::sync::OnceLock::new(),
            std::sync::OnceLock::new(),
            std::sync::OnceLock::new(),
        ];
        TABLES[lang as usize].get_or_init(|| {
            let grammar = lang.grammar();
            let field = |name| grammar.field_id_for_name(name).map(|id| id.get());
            PathTable {
                parts: (0..grammar.node_kind_count())
                    .map(|id| {
                        u16::try_from(id)
                            .ok()
                            .filter(|&id| grammar.node_kind_is_named(id))
                            .and_then(|id| grammar.node_kind_for_id(id))
                            .map_or(PathPart::Other, path_part)
                    })
                    .collect(),
                object: field("object"),
                property: field("property"),
                attribute: field("attribute"),
                value: field("value"),
                function: field("function"),
            }
        })
    }

    fn part(&self, node: Node) -> PathPart {
        // Anonymous tokens share names with keywords (`this`, `super`,
        // `await`) but are never a path's node; ERROR's id is past the table.
        if !node.is_named() {
            return kinds_fallback_part(node);
        }
        self.parts
            .get(usize::from(node.kind_id()))
            .copied()
            .unwrap_or(PathPart::Other)
    }
}

/// An anonymous node, classified by its name as [`push_path`] does.
#[cold]
fn kinds_fallback_part(node: Node) -> PathPart {
    path_part(node.kind())
}

fn push_path_in(table: &PathTable, node: Node, src: &str, out: &mut String, depth: usize) {
    if depth > 32 {
        out.push('?');
        return;
    }
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("?");
    let next = |n: Option<Node>, out: &mut String| match n {
        Some(n) => push_path_in(table, n, src, out, depth + 1),
        None => out.push('?'),
    };
    match table.part(node) {
        PathPart::Name => out.push_str(text(node)),
        PathPart::Member => {
            let mut fields = crate::walk::Fields::new();
            fields.list(node);
            let get = |id: Option<u16>| id.and_then(|id| fields.get(id));
            next(get(table.object), out);
            out.push('.');
            let property = get(table.property).or_else(|| get(table.attribute));
            out.push_str(property.map(text).unwrap_or("?"));
        }
        PathPart::Subscript => {
            let mut fields = crate::walk::Fields::new();
            fields.list(node);
            let get = |id: Option<u16>| id.and_then(|id| fields.get(id));
            next(get(table.object).or_else(|| get(table.value)), out);
            out.push_str(".[]");
        }
        PathPart::Call => {
            let function = table.function.and_then(|id| node.child_by_field_id(id));
            next(function, out);
            out.push_str(".()");
        }
        PathPart::Wrapper => next(node.named_child(0), out),
        PathPart::Other => out.push('?'),
    }
}

/// [`path_of`] by kind and field names, for a node whose language is not
/// known here.
fn push_path(node: Node, src: &str, out: &mut String, depth: usize) {
    if depth > 32 {
        out.push('?');
        return;
    }
    let text = |n: Node| src.get(n.byte_range()).unwrap_or("?");
    let next = |n: Option<Node>, out: &mut String| match n {
        Some(n) => push_path(n, src, out, depth + 1),
        None => out.push('?'),
    };
    match path_part(node.kind()) {
        PathPart::Name => out.push_str(text(node)),
        PathPart::Member => {
            next(node.field("object"), out);
            out.push('.');
            let property = node.field("property").or_else(|| node.field("attribute"));
            out.push_str(property.map(text).unwrap_or("?"));
        }
        PathPart::Subscript => {
            let object = node.field("object").or_else(|| node.field("value"));
            next(object, out);
            out.push_str(".[]");
        }
        PathPart::Call => {
            next(node.field("function"), out);
            out.push_str(".()");
        }
        PathPart::Wrapper => next(node.named_child(0), out),
        PathPart::Other => out.push('?'),
    }
}

/// Spells callee paths in a message as source reads: the internal `.()` /
/// `.[]` segments of [`path_of`] become `()` / `[]`
/// (`Order.objects.all.().delete` → `Order.objects.all().delete`).
pub fn readable_paths(message: &str) -> String {
    message.replace(".()", "()").replace(".[]", "[]")
}

/// The items of a Python `with` statement: each context expression and the
/// name it is bound to (`with AsyncClient(app=app) as ac, open(p):` gives
/// `(AsyncClient(app=app), ac)` and `(open(p), None)`).
pub fn with_items<'t>(with: Node<'t>) -> Vec<(Node<'t>, Option<Node<'t>>)> {
    let Some(clause) = with.named_child(0).filter(|c| c.kind() == "with_clause") else {
        return Vec::new();
    };
    crate::walk::named_children_list(clause)
        .into_iter()
        .filter_map(|item| {
            let value = item.field("value")?;
            if value.kind() == "as_pattern" {
                Some((value.named_child(0)?, value.field("alias")))
            } else {
                Some((value, None))
            }
        })
        .collect()
}

/// The context expression that the nearest Python `with ... as name:`
/// around `node` (in the same function) binds to `name`:
/// `tempfile.TemporaryDirectory()` for `td` in `with
/// tempfile.TemporaryDirectory() as td: os.chdir(td)`.
pub fn with_bound_value<'t>(node: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let mut current = node.parent();
    while let Some(p) = current {
        match p.kind() {
            "function_definition" | "class_definition" | "module" => return None,
            "with_statement" => {
                let bound = with_items(p).into_iter().find_map(|(value, alias)| {
                    alias
                        .is_some_and(|a| a.utf8_text(src.as_bytes()).ok() == Some(name))
                        .then_some(value)
                });
                if bound.is_some() {
                    return bound;
                }
            }
            _ => {}
        }
        current = p.parent();
    }
    None
}

/// The text of a string literal node without quotes, when it has no
/// interpolation.
pub fn plain_string(node: Node, src: &str) -> Option<String> {
    let kind = node.kind();
    if matches!(kind, "string" | "template_string") {
        if let Some(content) = quoted_content(node, src) {
            return Some(content.to_owned());
        }
    }
    spelled_out_string(kind, node, src)
}

/// The content of a string literal written with no prefix, escape or
/// interpolation (`'x'`, `"x"`, `` `x` ``, `'''x'''`): its text between
/// the quotes, read off the source. Most literals are written so, and
/// listing a string's children through a cursor cost about two thousand
/// instructions a string. Anything else is left to [`spelled_out_string`];
/// a test compares both on every string of every source file under
/// `tests/` and `examples/`.
fn quoted_content<'s>(node: Node, src: &'s str) -> Option<&'s str> {
    let text = src.get(node.byte_range())?;
    let bytes = text.as_bytes();
    let quote = *bytes.first()?;
    if !matches!(quote, b'\'' | b'"' | b'`') || node.has_error() {
        return None;
    }
    let triple = [quote; 3];
    let q = if quote != b'`' && bytes.len() >= 6 && bytes.starts_with(&triple) {
        3
    } else {
        1
    };
    if bytes.len() < 2 * q || !bytes[bytes.len() - q..].iter().all(|&b| b == quote) {
        return None;
    }
    let content = &text[q..text.len() - q];
    let escaped = content.contains('\\');
    let interpolated = quote == b'`' && content.contains("${");
    (!escaped && !interpolated).then_some(content)
}

/// [`plain_string`] by the literal's children.
fn spelled_out_string(kind: &str, node: Node, src: &str) -> Option<String> {
    match kind {
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
                let k = child.field("key")?;
                let name = plain_string(k, src)
                    .or_else(|| k.utf8_text(src.as_bytes()).ok().map(str::to_owned))?;
                (name == key).then(|| child.field("value"))?
            }
            "shorthand_property_identifier" => {
                (child.utf8_text(src.as_bytes()).ok()? == key).then_some(child)
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    /// The table-driven path (`path_of_in`, with its read-off-the-text
    /// shortcut) spells every node of every source file under `tests/` (and
    /// `ISOLINT_PATTERN_DIFF_DIRS`) as the name-driven one (`path_of`) does.
    #[test]
    fn path_tables_agree_with_kind_names_on_real_files() {
        let (mut nodes, mut spelled) = (0, 0);
        let files = crate::testing::for_each_source_file(|lang, path, src, tree| {
            let mut cursor = tree.walk();
            'walk: loop {
                let node = cursor.node();
                spelled += usize::from(
                    super::spelled_path(super::PathTable::of(lang), node, src).is_some(),
                );
                assert_eq!(
                    super::path_of_in(lang, node, src),
                    super::path_of(node, src),
                    "{} at {:?}",
                    path.display(),
                    node.start_position()
                );
                nodes += 1;
                if cursor.goto_first_child() || cursor.goto_next_sibling() {
                    continue;
                }
                while cursor.goto_parent() {
                    if cursor.goto_next_sibling() {
                        continue 'walk;
                    }
                }
                break;
            }
        });
        assert!(files > 50 && nodes > 10_000, "{files} files, {nodes} nodes");
        assert!(
            spelled > 2_000,
            "the shortcut answered only {spelled} nodes"
        );
    }

    /// Reading a literal's content off its text agrees with listing its
    /// children, on every string of every source file under `tests/` (and
    /// `ISOLINT_PATTERN_DIFF_DIRS`).
    #[test]
    fn quoted_content_agrees_with_the_children() {
        let (mut strings, mut read_off) = (0, 0);
        crate::testing::for_each_source_file(|_, path, src, tree| {
            let all =
                crate::walk::descendants_of_kinds(tree.root_node(), &["string", "template_string"]);
            for node in all {
                let spelled = super::spelled_out_string(node.kind(), node, src);
                if let Some(content) = super::quoted_content(node, src) {
                    assert_eq!(
                        Some(content),
                        spelled.as_deref(),
                        "{} at {:?}",
                        path.display(),
                        node.start_position()
                    );
                    read_off += 1;
                }
                strings += 1;
            }
        });
        assert!(
            read_off > 1_000 && read_off * 2 > strings,
            "{read_off} of {strings}"
        );
    }

    /// Literals that are not read off their text.
    #[test]
    fn quoted_content_leaves_escapes_prefixes_and_interpolation() {
        use crate::lang::Lang;
        let cases: &[(Lang, &str, Option<&str>, Option<&str>)] = &[
            (Lang::JavaScript, "f('a b')", Some("a b"), Some("a b")),
            (Lang::JavaScript, "f(\"it's\")", Some("it's"), Some("it's")),
            (Lang::JavaScript, "f('')", Some(""), Some("")),
            (Lang::JavaScript, "f('a\\nb')", None, Some("a\nb")),
            (Lang::JavaScript, "f(`a${b}`)", None, None),
            (Lang::JavaScript, "f(`ab`)", Some("ab"), Some("ab")),
            (Lang::Python, "f('''a'b''')", Some("a'b"), Some("a'b")),
            (Lang::Python, "f(\"\"\"\"\"\")", Some(""), Some("")),
            (Lang::Python, "f(r'a')", None, Some("a")),
            (Lang::Python, "f(f'{a}')", None, None),
            (Lang::Python, "f(b'a')", None, Some("a")),
        ];
        for &(lang, src, read_off, content) in cases {
            let tree = crate::testing::parse(lang, src);
            let literal =
                crate::walk::descendants_of_kinds(tree.root_node(), &["string", "template_string"])
                    [0];
            assert_eq!(super::quoted_content(literal, src), read_off, "{src}");
            assert_eq!(
                super::plain_string(literal, src).as_deref(),
                content,
                "{src}"
            );
        }
    }

    /// Chains whose text is not their path are left to the walk.
    #[test]
    fn only_plain_chains_are_read_off_the_text() {
        use crate::lang::Lang;
        let cases: &[(Lang, &str, Option<&str>, &str)] = &[
            (
                Lang::JavaScript,
                "app.listen(3000)",
                Some("app.listen"),
                "app.listen",
            ),
            (
                Lang::JavaScript,
                "this.server.close()",
                Some("this.server.close"),
                "this.server.close",
            ),
            (
                Lang::JavaScript,
                "$db._reset()",
                Some("$db._reset"),
                "$db._reset",
            ),
            (Lang::JavaScript, "a?.b()", None, "a.b"),
            (Lang::JavaScript, "a /* x */ .b()", None, "a.b"),
            (
                Lang::JavaScript,
                "import.meta.resolve('x')",
                None,
                "?.resolve",
            ),
            (Lang::JavaScript, "new.target.x()", None, "?.x"),
            (Lang::JavaScript, "null.x()", None, "?.x"),
            (Lang::JavaScript, "a[0].b()", None, "a.[].b"),
            (Lang::TypeScript, "a!.b()", None, "a.b"),
            (Lang::TypeScript, "this.#x.y()", None, "this.#x.y"),
            (
                Lang::Python,
                "self.client.post('/u')",
                Some("self.client.post"),
                "self.client.post",
            ),
            (Lang::Python, "None.x()", None, "?.x"),
            (Lang::Python, "a . b()", None, "a.b"),
        ];
        for &(lang, src, shortcut, path) in cases {
            let tree = crate::testing::parse(lang, src);
            let callee =
                crate::walk::descendants_of_kinds(tree.root_node(), &["call_expression", "call"])
                    [0]
                .child_by_field_name("function")
                .unwrap_or_else(|| panic!("no callee in {src}"));
            let table = super::PathTable::of(lang);
            assert_eq!(super::spelled_path(table, callee, src), shortcut, "{src}");
            assert_eq!(super::path_of_in(lang, callee, src), path, "{src}");
            assert_eq!(super::path_of(callee, src), path, "{src}");
        }
    }
}

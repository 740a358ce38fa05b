//! The fact queries (`queries/<language>/facts.scm`), compiled to kind-id
//! tables and matched in one plain walk.
//!
//! The `.scm` files are ordinary tree-sitter queries (a test compiles them
//! with `tree_sitter::Query` and checks that both engines produce the same
//! matches). isolint does not run them through tree-sitter's query engine:
//! that engine is general (sibling ordering, quantifiers, predicates, nested
//! patterns, in-progress match states) and cost about half as much as
//! parsing the file. The facts need only one-level patterns, "a node of this
//! kind whose field F holds a node of kind K", so they are compiled here into
//! a table from node kind id to patterns and answered with
//! `child_by_field_id` on the nodes of those kinds, which one walk over the
//! tree ([`crate::walk`]) hands back.
//!
//! Supported syntax, which is all the fact queries use:
//!
//! ```scheme
//! ; comment
//! (kind                          ; or (_) for any named node
//!   field: (_) @capture          ; any named child in the field
//!   field: (kind) @capture       ; a child of that kind
//!   field: [(a) (b)] @capture    ; one of several kinds
//!   field: "token"               ; an anonymous token
//!   field: (_)? @capture         ; optional: the match stands without it
//!   (_) @capture) @main          ; no field: one match per named child
//! ```
//!
//! Anything else (nested child patterns, predicates, quantifiers other
//! than `?`, anchors, negated fields) is rejected when the query is
//! compiled, with the offending line.

use std::fmt;
use tree_sitter::{Language, Node};

/// A node test: what a (child) pattern accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
enum NodeTest {
    /// `(_)`: any named node.
    AnyNamed,
    /// `_`: any node.
    Any,
    /// `(kind)` or `[(a) (b)]`: named nodes of these kind ids.
    Kinds(Vec<u16>),
    /// `"token"`: an anonymous node of this kind id.
    Token(u16),
}

impl NodeTest {
    fn accepts(&self, node: Node) -> bool {
        self.accepts_kind(node.kind_id(), node.is_named())
    }

    /// [`NodeTest::accepts`] for a node of kind id `kind`, named or not.
    fn accepts_kind(&self, kind: u16, named: bool) -> bool {
        match self {
            NodeTest::AnyNamed => named,
            NodeTest::Any => true,
            NodeTest::Kinds(ids) => named && ids.contains(&kind),
            NodeTest::Token(id) => !named && kind == *id,
        }
    }
}

#[derive(Debug, Clone)]
struct ChildPattern {
    /// `None`: any child, one match per accepted child.
    field: Option<std::num::NonZeroU16>,
    test: NodeTest,
    capture: Option<u32>,
    optional: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    capture: Option<u32>,
    children: Vec<ChildPattern>,
}

/// One capture of a match: the capture's index into
/// [`Patterns::capture_names`] and the node it names.
#[derive(Debug, Clone, Copy)]
pub struct Capture<'t> {
    pub index: u32,
    pub node: Node<'t>,
}

/// A compiled query.
#[derive(Debug)]
pub struct Patterns {
    capture_names: Vec<&'static str>,
    patterns: Vec<Pattern>,
    /// Patterns whose root is a given kind id, in source order.
    by_kind: Vec<Vec<u16>>,
    /// Patterns whose root is `(_)`: tried on every named node.
    any_named: Vec<u16>,
    /// By kind id: whether a node of that kind can root a match (the walk
    /// hands back only those).
    wanted: Vec<u8>,
}

/// A query this module cannot compile: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for PatternError {}

impl Patterns {
    /// Compiles `source` against `language`'s node kinds and fields.
    pub fn new(language: &Language, source: &'static str) -> Result<Patterns, PatternError> {
        let tokens = tokenize(source)?;
        let mut parser = Parser {
            tokens,
            pos: 0,
            language,
            capture_names: Vec::new(),
        };
        let mut patterns = Vec::new();
        while parser.peek().is_some() {
            patterns.push(parser.pattern()?);
        }
        let kind_count = language.node_kind_count();
        let mut by_kind = vec![Vec::new(); kind_count];
        let mut any_named = Vec::new();
        let mut compiled = Vec::with_capacity(patterns.len());
        for (i, (root, pattern)) in patterns.into_iter().enumerate() {
            let index = u16::try_from(i).map_err(|_| PatternError {
                line: 0,
                message: "too many patterns".into(),
            })?;
            match root {
                NodeTest::AnyNamed => any_named.push(index),
                NodeTest::Kinds(ids) => {
                    for id in ids {
                        if let Some(list) = by_kind.get_mut(usize::from(id)) {
                            list.push(index);
                        }
                    }
                }
                // `Parser::pattern` builds roots from `(kind)` and `(_)` only.
                NodeTest::Any | NodeTest::Token(_) => {}
            }
            compiled.push(pattern);
        }
        let wanted = (0..kind_count)
            .map(|id| {
                let named = u16::try_from(id).is_ok_and(|id| language.node_kind_is_named(id));
                u8::from(!by_kind[id].is_empty() || (named && !any_named.is_empty()))
            })
            .collect();
        Ok(Patterns {
            capture_names: parser.capture_names,
            patterns: compiled,
            by_kind,
            any_named,
            wanted,
        })
    }

    /// Every capture name, indexed by [`Capture::index`].
    pub fn capture_names(&self) -> &[&'static str] {
        &self.capture_names
    }

    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Calls `on_match(pattern index, captures)` for every match under
    /// `root`, in document order of the matched nodes (an ancestor's
    /// matches before its descendants'), and in pattern order for one node.
    pub fn for_each_match<'t>(&self, root: Node<'t>, on_match: impl FnMut(usize, &[Capture<'t>])) {
        self.for_each_match_marked(root, None, on_match)
    }

    /// [`Patterns::for_each_match`] over the subtrees the walk enters with
    /// `marks` ([`crate::walk::visit_nodes_marked`]).
    pub fn for_each_match_marked<'t>(
        &self,
        root: Node<'t>,
        marks: Option<&[u64]>,
        mut on_match: impl FnMut(usize, &[Capture<'t>]),
    ) {
        let mut captures: Vec<Capture<'t>> = Vec::with_capacity(8);
        let mut fields = FieldMemo::default();
        // Matched as the walk reaches each node, while its children are
        // still in cache (listing the whole tree first and matching after
        // read every matched node's children back from memory).
        crate::walk::visit_nodes_marked(root, &self.wanted, marks, |node| {
            fields.clear();
            if let Some(list) = self.by_kind.get(usize::from(node.kind_id())) {
                for &p in list {
                    let p = usize::from(p);
                    self.match_at(p, node, &mut fields, &mut captures, &mut on_match);
                }
            }
            if !self.any_named.is_empty() && node.is_named() {
                for &p in &self.any_named {
                    let p = usize::from(p);
                    self.match_at(p, node, &mut fields, &mut captures, &mut on_match);
                }
            }
        });
    }

    fn match_at<'t>(
        &self,
        index: usize,
        node: Node<'t>,
        fields: &mut FieldMemo<'t>,
        captures: &mut Vec<Capture<'t>>,
        on_match: &mut impl FnMut(usize, &[Capture<'t>]),
    ) {
        let Some(pattern) = self.patterns.get(index) else {
            return;
        };
        captures.clear();
        if let Some(c) = pattern.capture {
            captures.push(Capture { index: c, node });
        }
        // Children with a field: at most one node each.
        let mut fanout: Option<&ChildPattern> = None;
        for child in &pattern.children {
            let Some(field) = child.field else {
                fanout = Some(child);
                continue;
            };
            match fields.child(node, field) {
                Some((n, kind, named)) if child.test.accepts_kind(kind, named) => {
                    if let Some(c) = child.capture {
                        captures.push(Capture { index: c, node: n });
                    }
                }
                _ if child.optional => {}
                _ => return,
            }
        }
        // A child without a field: one match per child it accepts, like
        // tree-sitter.
        let Some(child) = fanout else {
            on_match(index, captures);
            return;
        };
        let base = captures.len();
        let mut walker = node.walk();
        let mut matched = false;
        if walker.goto_first_child() {
            loop {
                let n = walker.node();
                if !n.is_extra() && child.test.accepts(n) {
                    matched = true;
                    captures.truncate(base);
                    if let Some(c) = child.capture {
                        captures.push(Capture { index: c, node: n });
                    }
                    on_match(index, captures);
                }
                if !walker.goto_next_sibling() {
                    break;
                }
            }
        }
        if !matched && child.optional {
            captures.truncate(base);
            on_match(index, captures);
        }
    }
}

/// The field children of one node, listed once (in one pass over its
/// children, `walk::Fields`) however many patterns rooted at that node ask
/// for them (a JS call is tried by two patterns, each wanting `function`
/// and `arguments`).
#[derive(Default)]
struct FieldMemo<'t> {
    fields: crate::walk::Fields<'t>,
    listed: bool,
}

impl<'t> FieldMemo<'t> {
    fn clear(&mut self) {
        self.listed = false;
    }

    /// The field's child with its kind id and named-ness.
    fn child(
        &mut self,
        node: Node<'t>,
        field: std::num::NonZeroU16,
    ) -> Option<(Node<'t>, u16, bool)> {
        if !self.listed {
            self.fields.list(node);
            self.listed = true;
        }
        self.fields.get_with_kind(field.get())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Open,
    Close,
    OpenAlt,
    CloseAlt,
    Question,
    Capture(&'static str),
    Field(&'static str),
    Name(&'static str),
    Text(&'static str),
    /// Anything this subset does not support (`*`, `+`, `!`, `.`, `#pred`).
    Other(&'static str),
}

fn tokenize(source: &'static str) -> Result<Vec<(Token, usize)>, PatternError> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let ident_end = |mut j: usize| {
        while j < bytes.len()
            && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'_' | b'.' | b'-'))
        {
            j += 1;
        }
        j
    };
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b' ' | b'\t' | b'\r' => i += 1,
            b';' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b')' | b'[' | b']' | b'?' => {
                out.push((
                    match b {
                        b'(' => Token::Open,
                        b')' => Token::Close,
                        b'[' => Token::OpenAlt,
                        b']' => Token::CloseAlt,
                        _ => Token::Question,
                    },
                    line,
                ));
                i += 1;
            }
            b'@' => {
                let end = ident_end(i + 1);
                out.push((Token::Capture(&source[i + 1..end]), line));
                i = end;
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    if bytes[j] == b'\\' || bytes[j] == b'\n' {
                        return Err(PatternError {
                            line,
                            message: "escapes and line breaks in strings are not supported".into(),
                        });
                    }
                    j += 1;
                }
                if j >= bytes.len() {
                    return Err(PatternError {
                        line,
                        message: "unterminated string".into(),
                    });
                }
                out.push((Token::Text(&source[start..j]), line));
                i = j + 1;
            }
            _ if b.is_ascii_alphanumeric() || b == b'_' => {
                let end = ident_end(i);
                let word = &source[i..end];
                if bytes.get(end) == Some(&b':') {
                    out.push((Token::Field(word), line));
                    i = end + 1;
                } else {
                    out.push((Token::Name(word), line));
                    i = end;
                }
            }
            _ => {
                let end = (i + 1..=bytes.len())
                    .find(|&j| source.is_char_boundary(j))
                    .unwrap_or(bytes.len());
                out.push((Token::Other(&source[i..end]), line));
                i = end;
            }
        }
    }
    Ok(out)
}

struct Parser<'l> {
    tokens: Vec<(Token, usize)>,
    pos: usize,
    language: &'l Language,
    capture_names: Vec<&'static str>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(t, _)| t)
    }

    fn line(&self) -> usize {
        self.tokens
            .get(self.pos)
            .or_else(|| self.tokens.last())
            .map_or(0, |(_, l)| *l)
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, PatternError> {
        Err(PatternError {
            line: self.line(),
            message: message.into(),
        })
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).map(|(t, _)| t.clone());
        self.pos += 1;
        t
    }

    fn expect(&mut self, want: Token) -> Result<(), PatternError> {
        match self.peek() {
            Some(t) if *t == want => {
                self.pos += 1;
                Ok(())
            }
            Some(t) => {
                let found = format!("{t:?}");
                self.error(format!("expected {want:?}, found {found}"))
            }
            None => self.error(format!("expected {want:?}, found the end")),
        }
    }

    fn capture(&mut self) -> Option<u32> {
        let Some(Token::Capture(name)) = self.peek() else {
            return None;
        };
        let name = *name;
        self.pos += 1;
        let index = match self.capture_names.iter().position(|n| *n == name) {
            Some(i) => i,
            None => {
                self.capture_names.push(name);
                self.capture_names.len() - 1
            }
        };
        u32::try_from(index).ok()
    }

    fn named_kind(&self, name: &str) -> Result<u16, PatternError> {
        match self.language.id_for_node_kind(name, true) {
            0 => self.error(format!("unknown node kind `{name}`")),
            id => Ok(id),
        }
    }

    /// `(kind` or `(_` after the opening parenthesis has been read.
    fn node_name(&mut self) -> Result<NodeTest, PatternError> {
        match self.next() {
            Some(Token::Name("_")) => Ok(NodeTest::AnyNamed),
            Some(Token::Name(name)) => Ok(NodeTest::Kinds(vec![self.named_kind(name)?])),
            _ => {
                self.pos -= 1;
                self.error("expected a node kind or `_` after `(`")
            }
        }
    }

    /// A top-level pattern: `(kind child*) @capture?`.
    fn pattern(&mut self) -> Result<(NodeTest, Pattern), PatternError> {
        self.expect(Token::Open)?;
        let root = self.node_name()?;
        let mut children = Vec::new();
        while self.peek() != Some(&Token::Close) {
            children.push(self.child()?);
        }
        self.expect(Token::Close)?;
        if children.iter().filter(|c| c.field.is_none()).count() > 1 {
            return self.error("at most one child pattern without a field is supported");
        }
        let capture = self.capture();
        Ok((root, Pattern { capture, children }))
    }

    /// `field: test ?? @capture?` or `test ?? @capture?`.
    fn child(&mut self) -> Result<ChildPattern, PatternError> {
        let field = match self.peek() {
            Some(Token::Field(name)) => {
                let name = *name;
                self.pos += 1;
                match self.language.field_id_for_name(name) {
                    Some(id) => Some(id),
                    None => return self.error(format!("unknown field `{name}`")),
                }
            }
            _ => None,
        };
        let test = self.child_test()?;
        let optional = if self.peek() == Some(&Token::Question) {
            self.pos += 1;
            true
        } else {
            false
        };
        let capture = self.capture();
        Ok(ChildPattern {
            field,
            test,
            capture,
            optional,
        })
    }

    /// `(kind)`, `(_)`, `_`, `"token"` or `[(a) (b)]`, without grandchildren.
    fn child_test(&mut self) -> Result<NodeTest, PatternError> {
        match self.next() {
            Some(Token::Open) => {
                let test = self.node_name()?;
                if self.peek() != Some(&Token::Close) {
                    return self.error("nested child patterns are not supported");
                }
                self.pos += 1;
                Ok(test)
            }
            Some(Token::Name("_")) => Ok(NodeTest::Any),
            Some(Token::Text(text)) => match self.language.id_for_node_kind(text, false) {
                0 => self.error(format!("unknown token \"{text}\"")),
                id => Ok(NodeTest::Token(id)),
            },
            Some(Token::OpenAlt) => {
                let mut ids = Vec::new();
                while self.peek() != Some(&Token::CloseAlt) {
                    self.expect(Token::Open)?;
                    match self.node_name()? {
                        NodeTest::Kinds(k) => ids.extend(k),
                        _ => return self.error("alternatives must name node kinds"),
                    }
                    self.expect(Token::Close)?;
                }
                self.pos += 1;
                Ok(NodeTest::Kinds(ids))
            }
            Some(other) => {
                self.pos -= 1;
                self.error(format!("unsupported query syntax {other:?}"))
            }
            None => self.error("unexpected end of query"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use tree_sitter::{Query, QueryCursor, StreamingIterator};

    use crate::testing::parse;

    /// Every match as (pattern, [(capture name, byte range)]), sorted.
    type Flat = Vec<(usize, Vec<(String, usize, usize)>)>;

    /// One match, its captures as sorted (name, start, end).
    fn flatten<'t>(
        pattern: usize,
        names: &[&str],
        caps: impl Iterator<Item = (u32, Node<'t>)>,
    ) -> (usize, Vec<(String, usize, usize)>) {
        let mut caps: Vec<_> = caps
            .map(|(i, n)| (names[i as usize].to_string(), n.start_byte(), n.end_byte()))
            .collect();
        caps.sort();
        (pattern, caps)
    }

    fn ours(patterns: &Patterns, root: Node) -> Flat {
        let names = patterns.capture_names();
        let mut out = Vec::new();
        patterns.for_each_match(root, |p, caps| {
            out.push(flatten(p, names, caps.iter().map(|c| (c.index, c.node))));
        });
        out.sort();
        out
    }

    fn tree_sitters(query: &Query, root: Node, src: &str) -> Flat {
        let names = query.capture_names();
        let mut cursor = QueryCursor::new();
        let mut matches = cursor.matches(query, root, src.as_bytes());
        let mut out = Vec::new();
        while let Some(m) = matches.next() {
            let caps = m.captures().iter().map(|c| (c.index, c.node));
            out.push(flatten(m.pattern_index, names, caps));
        }
        out.sort();
        out
    }

    /// The fact queries give the same matches here as in tree-sitter's
    /// query engine, on code that exercises every pattern, optional
    /// captures, alternatives, tokens and fan-out children.
    #[test]
    fn fact_queries_match_like_tree_sitter() {
        let js = r#"
import { test } from 'vitest';
const fs = require('fs');
let a, b = 1, [c, d] = [1, 2], { e, f: g } = obj;
var h = () => 1, i = function () {};
a = b = 3; a += 1; counter++; --n; delete process.env.X; typeof x; void 0;
function helper(x) { return x; }
class A { m() { new B; new C(1, ...rest); } }
const K = class Named {};
sql`DELETE FROM users`; prisma.$executeRaw`TRUNCATE t`;
test.each([[1]])('x %i', (n) => { app.listen(3000)(); });
"#;
        let ts = "let x: number = 1; const f = <T,>(y: T): T => y; enum E { A } export default class { x = 1 }";
        let tsx =
            "const C = () => <div onClick={() => setX(1)}>{items.map((i) => <I key={i} />)}</div>;";
        let py = r#"
import os, pytest
from unittest import TestCase
PORT = 8000
x: int
a, b = 1, 2
a += 1
del os.environ["X"], cache[k]
del (y)
def test_x(tmp_path):
    global counter
    counter = open(p, "w")
    print(*args, **kwargs, sep="")
class TestA(TestCase):
    def setUp(self): self.x = [i for i in range(3)]
@pytest.fixture
def fx(): yield
"#;
        for (lang, src) in [
            (Lang::JavaScript, js),
            (Lang::TypeScript, js),
            (Lang::TypeScript, ts),
            (Lang::Tsx, tsx),
            (Lang::Tsx, js),
            (Lang::Python, py),
        ] {
            let tree = parse(lang, src);
            let query = Query::new(&lang.grammar(), lang.facts_source()).expect("compiles");
            let expected = tree_sitters(&query, tree.root_node(), src);
            assert!(expected.len() > 2, "{lang:?}: too few matches to compare");
            assert_eq!(
                ours(lang.facts_patterns(), tree.root_node()),
                expected,
                "{lang:?}"
            );
        }
    }

    /// The same on every JS/TS/Python file under `tests/`, and on
    /// third-party code in `ISOLINT_PATTERN_DIFF_DIRS` (see
    /// [`crate::testing::for_each_source_file`]).
    #[test]
    fn fact_queries_match_like_tree_sitter_on_real_files() {
        let queries: Vec<(Lang, Query)> = Lang::ALL
            .into_iter()
            .map(|l| {
                (
                    l,
                    Query::new(&l.grammar(), l.facts_source()).expect("compiles"),
                )
            })
            .collect();
        let compared = crate::testing::for_each_source_file(|lang, path, src, tree| {
            let query = &queries
                .iter()
                .find(|(l, _)| *l == lang)
                .expect("all languages")
                .1;
            let expected = tree_sitters(query, tree.root_node(), src);
            assert_eq!(
                ours(lang.facts_patterns(), tree.root_node()),
                expected,
                "{}",
                path.display()
            );
        });
        assert!(compared > 50, "only {compared} files compared");
    }

    #[test]
    fn unsupported_syntax_is_rejected_with_its_line() {
        let js = Lang::JavaScript.grammar();
        let err = |src: &'static str| Patterns::new(&js, src).expect_err(src);
        assert_eq!(
            err("(call_expression\n  function: (member_expression object: (_)))").line,
            2
        );
        assert_eq!(err("(call_expression) @c\n(#eq? @c \"x\")").line, 2);
        assert!(err("(no_such_kind)").message.contains("no_such_kind"));
        assert!(err("(call_expression nofield: (_))")
            .message
            .contains("nofield"));
        assert!(err("(call_expression (_)* @a)")
            .message
            .contains("Other(\"*\")"));
        assert!(err("(call_expression (_) @a (_) @b)")
            .message
            .contains("at most one"));
    }

    #[test]
    fn optional_child_matches_without_its_capture() {
        let py = Lang::Python;
        let patterns = Patterns::new(&py.grammar(), "(assignment left: (_) @t right: (_)? @v) @a")
            .expect("compiles");
        let tree = parse(py, "x: int\ny = 1\n");
        let mut seen = Vec::new();
        patterns.for_each_match(tree.root_node(), |_, caps| seen.push(caps.len()));
        assert_eq!(seen, vec![2, 3]);
    }
}

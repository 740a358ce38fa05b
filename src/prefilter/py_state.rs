//! A lexical screen for shared state in Python, run on raw bytes before
//! parsing. It over-approximates `model::bindings`: a file it rejects has
//! no module global or class attribute that a function writes, so
//! `module-mutable-state` and `test-order-dependency` cannot report in it.
//!
//! - Any `global` statement admits the file.
//! - Candidates: names assigned at module level (outside any `def`/`class`)
//!   or in a class body, with whether the value is a container (`[]`, `{}`,
//!   `set()`, `Counter()`, a comprehension...) or may alias a part of one
//!   (`STATE["items"]`, `STATE.items`).
//! - Writes inside a function (or a `lambda`): `x.k = v`, `x[k] = v`,
//!   `x.k += 1`, `del x[k]`, a mutator call anywhere in the member chain
//!   (`x.append()`, `x.a.update()`) when `x` starts as a container, and
//!   class-attribute rebinding through any receiver but `self`
//!   (`cls.x = ...`, `type(self).x += 1`, `Klass.x = ...`). A bare `x = ...`
//!   in a function binds a local unless declared `global`.
//! - A container candidate bound whole to a local in a function
//!   (`d = self.data`, `c = CACHE`): writes through that alias are its.

use crate::model::bindings::{PY_CONTAINER_CTORS, PY_MUTATORS};
use crate::prefilter::punct_len;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    Punct,
    Literal,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: u32,
    end: u32,
    /// First token of a logical line.
    stmt_start: bool,
    /// Inside a `def` body or after a `lambda` on the same logical line.
    in_function: bool,
    /// Bracket depth within the logical line.
    depth: u16,
}

/// Whether the file may hold a module- or class-level binding that a
/// function writes (see the module docs). `true` is always a safe answer.
pub fn may_write_shared_state(src: &[u8]) -> bool {
    let toks = tokenize(src);
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    if toks
        .iter()
        .any(|t| t.kind == Kind::Ident && text(t) == b"global")
    {
        return true;
    }
    // Class attributes created by a write through the class (`cls.x = v`,
    // `type(self).x = v`, `self.__class__.x = v`, `Klass.x = v`), declared
    // in the class body or not.
    let classes: Vec<&[u8]> = toks
        .windows(2)
        .filter(|w| w[0].stmt_start && text(&w[0]) == b"class" && w[1].kind == Kind::Ident)
        .map(|w| text(&w[1]))
        .collect();
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Ident || !t.in_function || i < 2 || text(&toks[i - 1]) != b"." {
            continue;
        }
        let receiver = text(&toks[i - 2]);
        let through_class =
            matches!(receiver, b"cls" | b")" | b"__class__") || classes.contains(&receiver);
        if through_class && toks.get(i + 1).is_some_and(|n| is_assign_op(text(n))) {
            return true;
        }
    }
    // Candidates from module- and class-level assignment statements.
    let mut names: Vec<(&[u8], bool)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].stmt_start || toks[i].in_function || toks[i].kind != Kind::Ident {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && !toks[j].stmt_start {
            j += 1;
        }
        let stmt = &toks[i..j];
        // The last top-level `=` (chained `a = b = []`) or augmented op.
        let assign = stmt
            .iter()
            .rposition(|t| t.depth == 0 && t.kind == Kind::Punct && is_assign_op(text(t)));
        if let Some(a) = assign {
            let container = stmt.get(a + 1).is_some_and(|v| match text(v) {
                b"[" | b"{" | b"(" => true,
                _ => {
                    // `collections.Counter()`: the last name before `(`.
                    let mut k = a + 1;
                    while k + 2 < stmt.len()
                        && stmt[k].kind == Kind::Ident
                        && text(&stmt[k + 1]) == b"."
                    {
                        k += 2;
                    }
                    let next = stmt.get(k + 1).map(text);
                    stmt[k].kind == Kind::Ident
                        && ((PY_CONTAINER_CTORS
                            .iter()
                            .any(|c| c.as_bytes() == text(&stmt[k]))
                            && next == Some(b"(".as_slice()))
                            // `ITEMS = STATE["items"]`, `ITEMS = STATE.items`:
                            // may alias a part of another container
                            // (`Model::aliases_shared_container`).
                            || next == Some(b"[".as_slice())
                            || (k > a + 1 && next != Some(b"(".as_slice())))
                }
            });
            for (k, t) in stmt[..a].iter().enumerate() {
                let dotted = k > 0 && text(&stmt[k - 1]) == b".";
                if t.kind == Kind::Ident && t.depth == 0 && !dotted {
                    names.push((text(t), container));
                }
            }
        }
        i = j;
    }
    if names.is_empty() {
        return false;
    }
    for (i, t) in toks.iter().enumerate() {
        if t.kind != Kind::Ident || !t.in_function {
            continue;
        }
        let name = text(t);
        let Some(&(_, container)) = names.iter().find(|(n, _)| *n == name) else {
            continue;
        };
        let prev = i.checked_sub(1).map(|p| text(&toks[p])).unwrap_or(b"");
        let attribute = prev == b".";
        let through_self = attribute
            && i >= 2
            && text(&toks[i - 2]) == b"self"
            && !(i >= 3 && text(&toks[i - 3]) == b".");
        // `cls.x = ...`, `type(self).x += 1`: rebinding a class attribute.
        let next = toks.get(i + 1).map(text).unwrap_or(b"");
        // (`self.x = ...` gives the instance its own attribute.)
        if attribute && is_assign_op(next) && !(through_self && next == b"=") {
            return true;
        }
        // `d = self.data`, `c = CACHE`, `t = Klass.items` in a function: a
        // local alias, whose in-place writes are the candidate's
        // (`model::bindings::LocalAlias`).
        let value_start = if attribute { i.checked_sub(2) } else { Some(i) };
        let ends_statement = toks.get(i + 1).is_none_or(|n| n.stmt_start);
        if container
            && ends_statement
            && value_start
                .and_then(|v| v.checked_sub(1))
                .is_some_and(|p| text(&toks[p]) == b"=")
        {
            return true;
        }
        // `x.k = v`, `x[k] = v`, `del x[k]`, `x.append(...)`.
        let (member, assigns, mutates) = member_chain(&toks, src, i);
        if member && (assigns || (prev == b"del" && !attribute)) {
            return true;
        }
        if mutates && container {
            return true;
        }
    }
    false
}

/// The member chain after the name at `i`: whether there is one, whether
/// it ends in an assignment, whether it calls a mutator.
fn member_chain(toks: &[Tok], src: &[u8], i: usize) -> (bool, bool, bool) {
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    let mut j = i + 1;
    let (mut member, mut mutates) = (false, false);
    while let Some(t) = toks.get(j) {
        if t.stmt_start {
            break;
        }
        match text(t) {
            b"." => {
                let Some(n) = toks.get(j + 1).filter(|n| n.kind == Kind::Ident) else {
                    break;
                };
                member = true;
                if PY_MUTATORS.contains(&std::str::from_utf8(text(n)).unwrap_or(""))
                    && toks.get(j + 2).is_some_and(|c| text(c) == b"(")
                {
                    mutates = true;
                }
                j += 2;
            }
            b"[" | b"(" => {
                if text(t) == b"[" {
                    member = true;
                }
                j = skip_group(toks, src, j);
            }
            _ => break,
        }
    }
    let assigns = member && toks.get(j).is_some_and(|t| is_assign_op(text(t)));
    (member, assigns, mutates)
}

fn skip_group(toks: &[Tok], src: &[u8], open: usize) -> usize {
    let base = toks[open].depth;
    let mut j = open + 1;
    while let Some(t) = toks.get(j) {
        if t.stmt_start {
            return j;
        }
        let s = &src[t.start as usize..t.end as usize];
        if t.depth == base && matches!(s, b")" | b"]" | b"}") {
            return j + 1;
        }
        j += 1;
    }
    j
}

fn is_assign_op(op: &[u8]) -> bool {
    matches!(
        op,
        b"=" | b"+="
            | b"-="
            | b"*="
            | b"/="
            | b"//="
            | b"%="
            | b"**="
            | b"<<="
            | b">>="
            | b"&="
            | b"|="
            | b"^="
            | b"@="
    )
}

const PUNCT: &[&[u8]] = &[
    b"**=", b"//=", b"<<=", b">>=", b"==", b"!=", b"<=", b">=", b"+=", b"-=", b"*=", b"/=", b"%=",
    b"&=", b"|=", b"^=", b"@=", b":=", b"->", b"**", b"//", b"<<", b">>",
];

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Tokens with their statement/function flags. Indentation opens and closes
/// `def`/`class` blocks; brackets and backslashes continue a line.
fn tokenize(src: &[u8]) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::with_capacity(src.len() / 4);
    // Open `def`/`class` blocks: (indent of the header, is a def).
    let mut blocks: Vec<(usize, bool)> = Vec::new();
    let n = src.len();
    let mut i = 0usize;
    let mut depth: u16 = 0;
    let mut at_line_start = true;
    let mut lambda_in_line = false;
    // A `def`/`class` header seen on this logical line, at this indent.
    let mut header: Option<(usize, bool)> = None;
    let mut indent = 0usize;
    let mut stmt_start = false;
    // The line is a compound statement (`if x: y = 1`): a `:` at depth 0
    // starts its body, a statement of its own.
    let mut compound_line = false;
    while i < n {
        if at_line_start {
            // Measure indentation; skip blank and comment-only lines.
            let mut col = 0;
            while i < n && (src[i] == b' ' || src[i] == b'\t' || src[i] == b'\x0c') {
                col += if src[i] == b'\t' { 8 - col % 8 } else { 1 };
                i += 1;
            }
            if i >= n {
                break;
            }
            if matches!(src[i], b'\n' | b'\r' | b'#') {
                while i < n && src[i] != b'\n' {
                    i += 1;
                }
                i += 1;
                continue;
            }
            at_line_start = false;
            indent = col;
            while blocks.last().is_some_and(|&(b, _)| b >= indent) {
                blocks.pop();
            }
            stmt_start = true;
            lambda_in_line = false;
            compound_line = false;
            header = None;
        }
        let b = src[i];
        if b == b'\n' {
            i += 1;
            if depth == 0 {
                if let Some(h) = header.take() {
                    blocks.push(h);
                }
                at_line_start = true;
            }
            continue;
        }
        if b == b'\\' && matches!(src.get(i + 1), Some(b'\n') | Some(b'\r')) {
            i += if src.get(i + 1) == Some(&b'\r') && src.get(i + 2) == Some(&b'\n') {
                3
            } else {
                2
            };
            continue;
        }
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b == b'#' {
            while i < n && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b == b':' && depth == 0 && compound_line && src.get(i + 1) != Some(&b'=') {
            i += 1;
            compound_line = false;
            if header.is_some_and(|(_, def)| def) {
                lambda_in_line = true;
            }
            stmt_start = true;
            continue;
        }
        if b == b';' && depth == 0 {
            // `a = 1; b = 2`: a new statement on the same line.
            i += 1;
            stmt_start = true;
            continue;
        }
        let in_function = blocks.iter().any(|&(_, def)| def) || lambda_in_line;
        let start = i;
        let mut opens = false;
        let mut kind = Kind::Punct;
        if let Some(end) = string_end(src, i) {
            i = end;
            kind = Kind::Literal;
        } else if b.is_ascii_digit() {
            while i < n && (is_ident_byte(src[i]) || src[i] == b'.') {
                i += 1;
            }
            kind = Kind::Literal;
        } else if is_ident_byte(b) {
            while i < n && is_ident_byte(src[i]) {
                i += 1;
            }
            kind = Kind::Ident;
            let word = &src[start..i];
            if word == b"lambda" {
                lambda_in_line = true;
            }
            if stmt_start && (word == b"def" || word == b"class") {
                header = Some((indent, word == b"def"));
            }
            if stmt_start
                && matches!(
                    word,
                    b"if"
                        | b"elif"
                        | b"else"
                        | b"try"
                        | b"except"
                        | b"finally"
                        | b"for"
                        | b"while"
                        | b"with"
                        | b"class"
                        | b"def"
                        | b"async"
                )
            {
                compound_line = true;
            }
            // `async def`.
            if word == b"def"
                && toks.last().is_some_and(|t| {
                    t.stmt_start && &src[t.start as usize..t.end as usize] == b"async"
                })
            {
                header = Some((indent, true));
            }
        } else {
            match b {
                b'(' | b'[' | b'{' => {
                    // The opener itself sits at the outer depth.
                    i += 1;
                    opens = true;
                }
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                _ => {
                    i += punct_len(PUNCT, &src[i..]);
                }
            }
        }
        toks.push(Tok {
            kind,
            start: start as u32,
            end: i as u32,
            stmt_start,
            in_function,
            depth,
        });
        stmt_start = false;
        if opens {
            depth = depth.saturating_add(1);
        }
    }
    toks
}

/// If a string literal (with any `r`/`b`/`f`/`u` prefix) starts at `i`,
/// the index after it.
fn string_end(src: &[u8], i: usize) -> Option<usize> {
    let n = src.len();
    let mut q = i;
    while q < n
        && q - i < 3
        && matches!(
            src[q],
            b'r' | b'R' | b'b' | b'B' | b'f' | b'F' | b'u' | b'U'
        )
    {
        q += 1;
    }
    if q >= n || !matches!(src[q], b'\'' | b'"') {
        return None;
    }
    if q > i && i > 0 && is_ident_byte(src[i - 1]) {
        return None;
    }
    let quote = src[q];
    let triple = src.get(q + 1) == Some(&quote) && src.get(q + 2) == Some(&quote);
    let mut j = q + if triple { 3 } else { 1 };
    while j < n {
        match src[j] {
            b'\\' => j += 2,
            c if c == quote => {
                if !triple {
                    return Some(j + 1);
                }
                if src.get(j + 1) == Some(&quote) && src.get(j + 2) == Some(&quote) {
                    return Some(j + 3);
                }
                j += 1;
            }
            b'\n' if !triple => return Some(j),
            _ => j += 1,
        }
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::may_write_shared_state as screen;

    /// Files the rules could report in: the screen must admit each.
    const ADMIT: &[&str] = &[
        "counter = 0\n\ndef test_a():\n    global counter\n    counter += 1\n",
        "seen = []\n\ndef test_a():\n    seen.append(1)\n",
        "CACHE = {}\n\ndef test_a():\n    CACHE['k'] = 1\n",
        "state = collections.Counter()\n\ndef test_a():\n    state.update('x')\n",
        "config = load()\n\ndef test_a():\n    config.debug = True\n",
        "REG = {}\n\ndef test_a():\n    del REG['k']\n",
        "class TestX:\n    items = []\n\n    def test_a(self):\n        self.items.append(1)\n",
        "class TestX:\n    n = 0\n\n    def test_a(self):\n        type(self).n += 1\n",
        "class TestX:\n    def test_a(self):\n        type(self).token = make()\n",
        "class TestX:\n    @classmethod\n    def remember(cls, v):\n        cls.value = v\n",
        "class T(unittest.TestCase):\n    def test_a(self):\n        self.__class__.key = 'k'\n",
        "class T:\n    def test_a(self):\n        T.shared = 1\n",
        "class TestX:\n    n = 0\n    def test_a(self):\n        self.n += 1\n",
        "if True: seen = []\ndef test_a():\n    seen.append(1)\n",
        "seen = []; other = 1\ndef test_a():\n    seen.append(1)\n",
        "x = y = []\ndef test_a():\n    y.append(1)\n",
        "hook = lambda: seen.append(1)\nseen = []\n",
        "async def helper():\n    REG['k'] = 1\nREG = {}\n",
    ];

    /// Files without shared state a function writes.
    const REJECT: &[&str] = &[
        "import os\n\ndef test_a():\n    assert os.sep\n",
        "URL = 'http://x'\n\ndef test_a(client):\n    client.get(URL)\n",
        "items = [1, 2]\n\ndef test_a():\n    assert sorted(items)\n",
        "def test_a():\n    seen = []\n    seen.append(1)\n",
        "class TestX:\n    items = []\n\n    def setUp(self):\n        self.items = []\n",
        "seen = []\nseen.append(1)\n\ndef test_a():\n    assert seen\n",
        "DOC = \"\"\"\nseen.append(1)\n\"\"\"\n\ndef test_a():\n    pass\n",
        "n = 0  # n.x = 1\ndef test_a():\n    s = 'n.x = 1'\n",
        "",
    ];

    #[test]
    fn admits_files_with_shared_writes_and_rejects_the_rest() {
        crate::prefilter::assert_screen(screen, ADMIT, REJECT);
    }
}

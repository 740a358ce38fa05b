//! A lexical screen for shared state in JavaScript/TypeScript, run on raw
//! bytes before parsing. It over-approximates `model::bindings`: a file it
//! rejects has no module- or `describe`-level binding that a test or helper
//! can write, so `module-mutable-state` and `test-order-dependency` cannot
//! report in it.
//!
//! What it looks for, in one pass of a small tokenizer that knows strings,
//! template literals, comments and regular expressions:
//! - candidates: `let`/`var`/`const` names declared at the top level or
//!   directly in a suite callback (`describe(..., () => { let x })`), with
//!   whether a `const` starts out as a container (`[]`, `{}`, `new Map()`)
//!   or may alias a part of one (`store.items`);
//! - writes of a candidate outside setup/teardown hooks: `x = ...`, `x++`,
//!   `x += ...`, `for (x of ...)`, `x.k = ...`, `x[k] = ...`, `delete x.k`,
//!   `x.push(...)` and the other in-place mutators, anywhere in a member
//!   chain (`x.a.b.push()`). Hook bodies only ever reset shared state; the
//!   rules report writes made by tests and helpers.
//! - a candidate bound whole to another name outside hooks (`const c =
//!   cache`): writes through that local alias are the candidate's.
//!
//! It never resolves scopes: a parameter shadowing a candidate still counts
//! as the candidate, which only makes the screen admit more files. When the
//! tokenizer loses its footing (unbalanced brackets), the file is admitted.

use crate::model::bindings::{JS_CONTAINER_CTORS, JS_MUTATORS};
use crate::model::framework::{js_call_role, JsCallRole};
use crate::prefilter::punct_len;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Ident,
    Punct,
    /// String, template chunk, regex or number: a value, never a name.
    Literal,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: u32,
    end: u32,
    /// Inside the arguments of a hook call (and of no test/suite call nested
    /// in it).
    in_hook: bool,
    /// At the top level or directly in a suite callback body.
    shared_level: bool,
    /// Number of open brackets around the token (for a closer: after it).
    depth: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Suite,
    Test,
    Hook,
    Other,
}

enum FrameKind {
    Paren { role: Role },
    Bracket,
    Brace { suite_body: bool },
    TemplateExpr,
}

/// An open bracket, and whether code inside it runs in a hook (computed
/// once when it opens: the innermost test/suite/hook call decides).
struct Frame {
    kind: FrameKind,
    in_hook: bool,
}

fn push_frame(frames: &mut Vec<Frame>, kind: FrameKind) {
    let in_hook = match kind {
        FrameKind::Paren { role: Role::Hook } => true,
        FrameKind::Paren {
            role: Role::Test | Role::Suite,
        } => false,
        _ => frames.last().is_some_and(|f| f.in_hook),
    };
    frames.push(Frame { kind, in_hook });
}

/// Whether the file may declare a shared binding that a test or helper
/// writes (see the module docs). `true` is always a safe answer.
pub fn may_write_shared_state(src: &[u8]) -> bool {
    let Some(toks) = tokenize(src) else {
        return true;
    };
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    let is = |i: usize, s: &str| toks.get(i).is_some_and(|t| text(t) == s.as_bytes());

    // Candidates, and for `const`s whether they start as containers.
    let mut lets: Vec<&[u8]> = Vec::new();
    let mut consts: Vec<(&[u8], bool)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.kind == Kind::Ident && t.shared_level {
            let kw = text(t);
            let (is_let, is_const) = (kw == b"let" || kw == b"var", kw == b"const");
            let opens_pattern = |n: &Tok| n.kind == Kind::Punct && matches!(text(n), b"{" | b"[");
            if (is_let || is_const)
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Kind::Ident || opens_pattern(n))
            {
                // `let a = 1, b = [];`: names follow the keyword or a comma
                // at the declaration's own nesting level.
                let level = toks[i].depth;
                let mut j = i + 1;
                let mut expect_name = true;
                while j < toks.len() {
                    let tj = &toks[j];
                    let d = tj.depth;
                    if d < level || (d == level && text(tj) == b";") {
                        break;
                    }
                    if d == level {
                        if expect_name && opens_pattern(tj) {
                            // Destructuring (`const { back: b } = nock`,
                            // `let [a, b] = pair`): every name inside may be
                            // a bound one (keys and defaults too, which only
                            // admits more files). A destructured `const`
                            // holds no container literal of its own.
                            let end = skip_group(&toks, src, j);
                            for tk in &toks[j + 1..end.min(toks.len())] {
                                if tk.kind == Kind::Ident {
                                    if is_const {
                                        consts.push((text(tk), false));
                                    } else {
                                        lets.push(text(tk));
                                    }
                                }
                            }
                            expect_name = false;
                            j = end;
                            continue;
                        }
                        if expect_name && tj.kind == Kind::Ident {
                            let name = text(tj);
                            if is_const {
                                consts.push((name, const_is_container(&toks, src, j)));
                            } else {
                                lets.push(name);
                            }
                            expect_name = false;
                        } else if text(tj) == b"," {
                            expect_name = true;
                        } else if tj.kind == Kind::Ident && !is(j - 1, ".") && j > i + 1 {
                            // A new statement on the next line ends the
                            // declaration (no semicolon, ASI).
                            let between = &src[toks[j - 1].end as usize..tj.start as usize];
                            if between.contains(&b'\n') && !is(j - 1, "=") && !is(j - 1, ",") {
                                break;
                            }
                        }
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if lets.is_empty() && consts.is_empty() {
        return false;
    }

    // Writes.
    for (i, t) in toks.iter().enumerate() {
        if t.kind == Kind::Punct && !t.in_hook {
            // Destructuring assignment `[a, b] = ...` / `({ a } = o)`: any
            // let could be its target.
            let p = text(t);
            if (p == b"]" || p == b"}") && is(i + 1, "=") && !lets.is_empty() {
                return true;
            }
        }
        if t.kind != Kind::Ident || t.in_hook {
            continue;
        }
        if i > 0 && matches!(text(&toks[i - 1]), b"." | b"?.") {
            continue; // A property name, not a binding.
        }
        let name = text(t);
        let is_let = lets.contains(&name);
        let konst = consts.iter().find(|(n, _)| *n == name).map(|(_, c)| *c);
        if !is_let && konst.is_none() {
            continue;
        }
        // A declaration itself is not a write.
        if i > 0 && matches!(text(&toks[i - 1]), b"let" | b"var" | b"const") {
            continue;
        }
        if is_let {
            let next = toks.get(i + 1).map(text).unwrap_or(b"");
            let prev = if i > 0 { text(&toks[i - 1]) } else { b"" };
            if is_assign_op(next) || matches!(next, b"++" | b"--") || matches!(prev, b"++" | b"--")
            {
                return true;
            }
            // `for (x of xs)`, `for (x in o)`.
            if matches!(next, b"of" | b"in") && i >= 2 && is(i - 1, "(") && is(i - 2, "for") {
                return true;
            }
        }
        // `const c = cache` in a test: a local alias, whose in-place writes
        // are the candidate's (`model::bindings::LocalAlias`).
        if i > 0
            && text(&toks[i - 1]) == b"="
            && (is_let || konst == Some(true))
            && matches!(member_chain_write(&toks, src, i), ChainWrite::None)
        {
            return true;
        }
        let deleted = i > 0 && text(&toks[i - 1]) == b"delete";
        match member_chain_write(&toks, src, i) {
            ChainWrite::Assign => return true,
            ChainWrite::Mutate if is_let || konst == Some(true) => return true,
            ChainWrite::Member if deleted => return true,
            _ => {}
        }
    }
    false
}

enum ChainWrite {
    /// `x.k = v`, `x[k] = v`, `x.k++`.
    Assign,
    /// `x.push(...)` or another mutator somewhere in the chain.
    Mutate,
    /// A member chain that neither assigns nor mutates (a read).
    Member,
    /// No member access follows.
    None,
}

/// What follows the name at `i`: a member chain, and whether it ends in an
/// assignment or calls a mutator.
fn member_chain_write(toks: &[Tok], src: &[u8], i: usize) -> ChainWrite {
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    let mut j = i + 1;
    let mut member = false;
    let mut mutates = false;
    while let Some(t) = toks.get(j) {
        match text(t) {
            b"." | b"?." | b"!" => {
                if let Some(n) = toks.get(j + 1).filter(|n| n.kind == Kind::Ident) {
                    member = true;
                    if JS_MUTATORS.contains(&std::str::from_utf8(text(n)).unwrap_or(""))
                        && toks.get(j + 2).is_some_and(|c| text(c) == b"(")
                    {
                        mutates = true;
                    }
                    j += 2;
                } else if text(t) == b"!" {
                    j += 1;
                } else {
                    break;
                }
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
    if !member {
        return ChainWrite::None;
    }
    let next = toks.get(j).map(text).unwrap_or(b"");
    if is_assign_op(next) || matches!(next, b"++" | b"--") {
        ChainWrite::Assign
    } else if mutates {
        ChainWrite::Mutate
    } else {
        ChainWrite::Member
    }
}

/// The index after the group opened at `open`.
fn skip_group(toks: &[Tok], src: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut j = open;
    while let Some(t) = toks.get(j) {
        match &src[t.start as usize..t.end as usize] {
            b"(" | b"[" | b"{" => depth += 1,
            b")" | b"]" | b"}" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    j
}

fn const_is_container(toks: &[Tok], src: &[u8], name: usize) -> bool {
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    // Skip a type annotation up to the `=` at this level.
    let mut j = name + 1;
    let mut depth = 0usize;
    while let Some(t) = toks.get(j) {
        match text(t) {
            b"(" | b"[" | b"{" | b"<" => depth += 1,
            b")" | b"]" | b"}" | b">" => depth = depth.saturating_sub(1),
            b"=" if depth == 0 => break,
            b";" | b"," if depth == 0 => return false,
            _ => {}
        }
        j += 1;
    }
    let Some(first) = toks.get(j + 1) else {
        return false;
    };
    match text(first) {
        b"[" | b"{" | b"(" | b"<" => true,
        b"new" => toks
            .get(j + 2)
            .is_some_and(|c| JS_CONTAINER_CTORS.iter().any(|k| k.as_bytes() == text(c))),
        // `const cache = store.items` / `store['items']`: may alias a part
        // of another container (`Model::aliases_shared_container`).
        _ if first.kind == Kind::Ident => toks
            .get(j + 2)
            .is_some_and(|n| matches!(text(n), b"." | b"[")),
        _ => false,
    }
}

fn is_assign_op(op: &[u8]) -> bool {
    matches!(
        op,
        b"=" | b"+="
            | b"-="
            | b"*="
            | b"/="
            | b"%="
            | b"**="
            | b"<<="
            | b">>="
            | b">>>="
            | b"&="
            | b"|="
            | b"^="
            | b"&&="
            | b"||="
            | b"??="
    )
}

/// Punctuators, longest first.
const PUNCT: &[&[u8]] = &[
    b">>>=", b"...", b"===", b"!==", b"**=", b"<<=", b">>=", b">>>", b"&&=", b"||=", b"??=", b"=>",
    b"==", b"!=", b"<=", b">=", b"+=", b"-=", b"*=", b"/=", b"%=", b"&=", b"|=", b"^=", b"++",
    b"--", b"&&", b"||", b"??", b"?.", b"**", b"<<", b">>",
];

/// Keywords after which a `/` starts a regular expression.
const BEFORE_REGEX: &[&[u8]] = &[
    b"return",
    b"typeof",
    b"instanceof",
    b"case",
    b"do",
    b"else",
    b"in",
    b"of",
    b"new",
    b"delete",
    b"void",
    b"throw",
    b"await",
    b"yield",
];

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

/// Tokens with their hook/level flags, or `None` when brackets do not
/// balance (the caller then admits the file).
fn tokenize(src: &[u8]) -> Option<Vec<Tok>> {
    let mut toks: Vec<Tok> = Vec::with_capacity(src.len() / 4);
    let mut frames: Vec<Frame> = Vec::new();
    // Callee path of the paren group that closed last (curried calls).
    let mut last_closed: Option<usize> = None;
    let mut i = 0usize;
    let n = src.len();
    let flags = |frames: &[Frame]| -> (bool, bool) {
        match frames.last() {
            None => (false, true),
            Some(f) => (
                f.in_hook,
                matches!(f.kind, FrameKind::Brace { suite_body: true }),
            ),
        }
    };
    // Scratch space for callee paths.
    let mut scratch = String::new();
    while i < n {
        let b = src[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // Comments.
        if b == b'/' && src.get(i + 1) == Some(&b'/') {
            while i < n && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b == b'/' && src.get(i + 1) == Some(&b'*') {
            i += 2;
            while i + 1 < n && !(src[i] == b'*' && src[i + 1] == b'/') {
                i += 1;
            }
            i = (i + 2).min(n);
            continue;
        }
        let (in_hook, shared_level) = flags(&frames);
        let depth = frames.len() as u32;
        let start = i;
        let push = |toks: &mut Vec<Tok>, kind: Kind, end: usize| {
            toks.push(Tok {
                kind,
                start: start as u32,
                end: end as u32,
                in_hook,
                shared_level,
                depth,
            });
        };
        if b == b'\'' || b == b'"' {
            i += 1;
            while i < n && src[i] != b && src[i] != b'\n' {
                i += if src[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(n);
            push(&mut toks, Kind::Literal, i);
            continue;
        }
        if b == b'`' {
            i = scan_template(src, i + 1, &mut frames);
            push(&mut toks, Kind::Literal, i);
            continue;
        }
        if b == b'}'
            && matches!(
                frames.last(),
                Some(Frame {
                    kind: FrameKind::TemplateExpr,
                    ..
                })
            )
        {
            frames.pop();
            i = scan_template(src, i + 1, &mut frames);
            push(&mut toks, Kind::Literal, i);
            continue;
        }
        if b == b'/' && regex_allowed(&toks, src) {
            i += 1;
            let mut class = false;
            while i < n && src[i] != b'\n' {
                match src[i] {
                    b'\\' => i += 1,
                    b'[' => class = true,
                    b']' => class = false,
                    b'/' if !class => break,
                    _ => {}
                }
                i += 1;
            }
            i = (i + 1).min(n);
            while i < n && src[i].is_ascii_alphabetic() {
                i += 1;
            }
            push(&mut toks, Kind::Literal, i);
            continue;
        }
        if b.is_ascii_digit() {
            while i < n && (is_ident_byte(src[i]) || src[i] == b'.') {
                i += 1;
            }
            push(&mut toks, Kind::Literal, i);
            continue;
        }
        if is_ident_byte(b) || b == b'#' {
            i += 1;
            while i < n && is_ident_byte(src[i]) {
                i += 1;
            }
            push(&mut toks, Kind::Ident, i);
            continue;
        }
        match b {
            b'(' => {
                let role = callee_role(&toks, src, last_closed, &mut scratch);
                push_frame(&mut frames, FrameKind::Paren { role });
                i += 1;
                push(&mut toks, Kind::Punct, i);
                continue;
            }
            b'[' => {
                push_frame(&mut frames, FrameKind::Bracket);
                i += 1;
                push(&mut toks, Kind::Punct, i);
                continue;
            }
            b'{' => {
                let suite_body = matches!(
                    frames.last(),
                    Some(Frame {
                        kind: FrameKind::Paren { role: Role::Suite },
                        ..
                    })
                );
                push_frame(&mut frames, FrameKind::Brace { suite_body });
                i += 1;
                push(&mut toks, Kind::Punct, i);
                continue;
            }
            b')' | b']' | b'}' => {
                let ok = matches!(
                    (b, frames.pop().map(|f| f.kind)),
                    (b')', Some(FrameKind::Paren { .. }))
                        | (b']', Some(FrameKind::Bracket))
                        | (b'}', Some(FrameKind::Brace { .. }))
                );
                if !ok {
                    return None;
                }
                i += 1;
                // Flags of a closer are those of the enclosing frame.
                let (in_hook, shared_level) = flags(&frames);
                toks.push(Tok {
                    kind: Kind::Punct,
                    start: start as u32,
                    end: i as u32,
                    in_hook,
                    shared_level,
                    depth: frames.len() as u32,
                });
                if b == b')' {
                    last_closed = Some(toks.len() - 1);
                }
                continue;
            }
            _ => {}
        }
        let len = punct_len(PUNCT, &src[i..]);
        i += len;
        push(&mut toks, Kind::Punct, i);
    }
    frames.is_empty().then_some(toks)
}

/// Scans a template literal body from `i` (after the backtick or the `}`
/// closing a substitution) to its end or to the next `${`, which opens a
/// substitution frame. Returns the index after what it consumed.
fn scan_template(src: &[u8], mut i: usize, frames: &mut Vec<Frame>) -> usize {
    let n = src.len();
    while i < n {
        match src[i] {
            b'\\' => i += 2,
            b'`' => return i + 1,
            b'$' if src.get(i + 1) == Some(&b'{') => {
                push_frame(frames, FrameKind::TemplateExpr);
                return i + 2;
            }
            _ => i += 1,
        }
    }
    n
}

/// Whether a `/` here starts a regular expression rather than a division.
fn regex_allowed(toks: &[Tok], src: &[u8]) -> bool {
    let Some(prev) = toks.last() else {
        return true;
    };
    let text = &src[prev.start as usize..prev.end as usize];
    // `</div>`: a JSX closing tag.
    if text == b"<" {
        return false;
    }
    match prev.kind {
        Kind::Literal => false,
        Kind::Ident => BEFORE_REGEX.contains(&text),
        Kind::Punct => !matches!(text, b")" | b"]" | b"}"),
    }
}

/// The role of the call whose `(` comes next: the dotted callee before it,
/// classified by the framework model. `describe.each(t)(...)` and
/// ``describe.each`t`(...)`` keep the role of their head.
fn callee_role(toks: &[Tok], src: &[u8], last_closed: Option<usize>, path: &mut String) -> Role {
    let text = |t: &Tok| &src[t.start as usize..t.end as usize];
    let Some(last) = toks.len().checked_sub(1) else {
        return Role::Other;
    };
    let mut end = last;
    let mut suffix = "";
    match toks[last].kind {
        Kind::Ident => {}
        Kind::Literal if text(&toks[last]).first() == Some(&b'`') => {
            // A tagged template: `describe.each`table``.
            match last.checked_sub(1) {
                Some(e) if toks[e].kind == Kind::Ident => end = e,
                _ => return Role::Other,
            }
        }
        Kind::Punct if text(&toks[last]) == b")" => {
            // A curried call: classify the head call of the chain.
            if last_closed != Some(last) {
                return Role::Other;
            }
            let open = matching_open(toks, src, last);
            match open.and_then(|o| o.checked_sub(1)) {
                Some(e) if toks[e].kind == Kind::Ident => {
                    end = e;
                    suffix = ".()";
                }
                _ => return Role::Other,
            }
        }
        _ => return Role::Other,
    }
    let mut start = end;
    while start >= 2 && text(&toks[start - 1]) == b"." && toks[start - 2].kind == Kind::Ident {
        start -= 2;
    }
    path.clear();
    for t in &toks[start..=end] {
        path.push_str(std::str::from_utf8(text(t)).unwrap_or("?"));
    }
    path.push_str(suffix);
    match js_call_role(path) {
        Some(JsCallRole::Suite { .. }) => Role::Suite,
        Some(JsCallRole::Test { .. }) => Role::Test,
        Some(JsCallRole::Hook(_)) => Role::Hook,
        _ => Role::Other,
    }
}

fn matching_open(toks: &[Tok], src: &[u8], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = close;
    loop {
        match &src[toks[j].start as usize..toks[j].end as usize] {
            b")" | b"]" | b"}" => depth += 1,
            b"(" | b"[" | b"{" => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
        j = j.checked_sub(1)?;
    }
}

#[cfg(test)]
mod tests {
    use super::may_write_shared_state as screen;

    /// Files the rules could report in: the screen must admit each.
    const ADMIT: &[&str] = &[
        "let count = 0;\nit('a', () => { count++; });",
        "let id;\nit('creates', () => { id = create(); });\nit('reads', () => get(id));",
        "var seen = [];\ntest('x', () => { seen.push(1); });",
        "const cache = {};\nit('x', () => { cache.user = 1; });",
        "const cache = new Map();\nit('x', () => { cache.set('k', 1); });",
        "const state = { items: [] };\nit('x', () => { state.items.push(1); });",
        "const config = load();\nit('x', () => { config.debug = true; });",
        "describe('s', () => {\n  let n = 0;\n  it('a', () => { n += 1; });\n});",
        "describe.each([1])('s %i', () => {\n  let n = 0;\n  it('a', () => { n++; });\n});",
        "test.describe('s', () => {\n  let page;\n  test('a', async () => { page = await open(); });\n});",
        "let x;\nfunction helper() { x = 1; }\nit('a', () => helper());",
        "let a, b;\nit('x', () => { [a, b] = pair(); });",
        "let item;\nit('x', () => { for (item of list) {} });",
        "const reg = {};\nit('x', () => { delete reg.k; });",
        "export let token: string | undefined;\nit('x', () => { token = 'a'; });",
        "const xs: number[] = [];\nit('x', () => { xs.push(1); });",
        "let n = 0;\nit('renders', () => { render(<A><B /></A>); n++; });",
        "let n = 0;\nconst re = /[}]/;\nit('x', () => { n++; });",
        "let n = `${a}`;\nit('x', () => { n = `${b}`; });",
        "const { back: nockBack } = nock;\nit('x', () => { nockBack.fixtures = undefined; });",
        "const { back } = nock;\nit('x', () => { back.fixtures = undefined; });",
        "let [first] = list();\nit('x', () => { first = null; });",
        "let { a, b = 1 } = o;\nit('x', () => { b++; });",
        // Unbalanced: admitted rather than guessed.
        "let n = 0; it('x', () => { n++; ",
    ];

    /// Files without shared state a test writes.
    const REJECT: &[&str] = &[
        "import { render } from 'x';\nit('renders', () => { const a = 1; expect(a).toBe(1); });",
        "describe('s', () => {\n  let wrapper;\n  beforeEach(() => { wrapper = mount(); });\n  it('a', () => { expect(wrapper.find('x')).toBeTruthy(); });\n});",
        "const API = 'http://x';\nit('a', () => { fetch(API); });",
        "const items = [1, 2];\nit('a', () => { expect(items.map(f)).toEqual([]); });",
        "it('a', () => { let local = 0; local++; });",
        "const user = build();\nit('a', () => { expect(user.name).toBe('x'); });",
        "let n = 0; // n++ in a comment\nit('a', () => { const s = 'n = 1'; });",
        "describe('s', () => {\n  it('a', () => {\n    let x = 1;\n    x++;\n  });\n});",
        "const f = () => {};\nit('a', () => { render(<Provider store={s}><A /></Provider>); });",
        "const { expect } = require('chai');\nit('a', () => { expect(1).to.equal(1); });",
        "",
    ];

    #[test]
    fn admits_files_with_shared_writes_and_rejects_the_rest() {
        crate::prefilter::assert_screen(screen, ADMIT, REJECT);
    }
}

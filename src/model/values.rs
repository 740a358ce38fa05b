//! Value evaluation: what an expression is known to be (a literal port, a
//! fixed path, something isolated per worker, or unknown), with the spec's
//! simple local propagation through names, templates, concatenation,
//! f-strings, path joins and same-file functions and fixtures.

use super::framework::PYTEST_ISOLATED_FIXTURES;
use super::scope::{ScopeId, ScopeKind};
use super::Model;
use crate::model::kinds::FieldByName;
use tree_sitter::Node;

/// Marker for the OS temp dir (`os.tmpdir()`, `tempfile.gettempdir()`) at the
/// start of a path.
pub const TMPDIR: &str = "$TMPDIR";

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    Str(String),
    /// Derived from a per-worker or per-test source: safe.
    Isolated,
    /// Not known statically (a parameter, an env var without default...).
    Unknown,
    /// An array or tuple.
    Seq(Vec<Value>),
    /// An object or dict literal: key → value.
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn field(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn is_isolated(&self) -> bool {
        matches!(self, Value::Isolated)
    }

    fn to_text(&self) -> Option<String> {
        match self {
            Value::Int(i) => Some(i.to_string()),
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// An evaluated expression and, when it was reached through a name, the
/// node of the literal's definition (a related location for findings).
#[derive(Debug, Clone)]
pub struct Evaluated<'t> {
    pub value: Value,
    pub origin: Option<Node<'t>>,
}

impl<'t> Evaluated<'t> {
    fn plain(value: Value) -> Self {
        Evaluated {
            value,
            origin: None,
        }
    }
}

const MAX_DEPTH: usize = 16;

/// Combines parts of a string (template, concatenation, join): any isolated
/// part isolates the whole; any unknown part makes it unknown.
/// Python's `str.format` over known values: `{}`, `{0}`, `{name}`, with an
/// optional `!r`/`!s` conversion and a `d`/`s` format spec, and `{{`/`}}`.
/// Any other field (an attribute, an index, a width), a `*args` or a value
/// not known gives `None`.
fn python_format(template: &str, positional: &[Value], named: &[(&str, Value)]) -> Option<String> {
    let mut out = String::new();
    let mut next = 0;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '}' => return None,
            '{' => {
                let mut field = String::new();
                loop {
                    match chars.next()? {
                        '}' => break,
                        '{' => return None,
                        c => field.push(c),
                    }
                }
                let (field, spec) = field.split_once(':').unwrap_or((&field, ""));
                let (key, conversion) = field.split_once('!').unwrap_or((field, ""));
                if !matches!(spec, "" | "d" | "s") || !matches!(conversion, "" | "s" | "r") {
                    return None;
                }
                let value = if key.is_empty() {
                    next += 1;
                    positional.get(next - 1)?
                } else if let Ok(i) = key.parse::<usize>() {
                    positional.get(i)?
                } else {
                    &named.iter().find(|(n, _)| *n == key)?.1
                };
                let text = value.to_text()?;
                if conversion == "r" && matches!(value, Value::Str(_)) {
                    out.push_str(&format!("'{text}'"));
                } else {
                    out.push_str(&text);
                }
            }
            c => out.push(c),
        }
    }
    Some(out)
}

fn concat(parts: impl IntoIterator<Item = Value>, sep: &str) -> Value {
    let mut out = String::new();
    let mut unknown = false;
    let mut first = true;
    for part in parts {
        match part {
            Value::Isolated => return Value::Isolated,
            other => match other.to_text() {
                Some(t) if !unknown => {
                    if !first && !sep.is_empty() {
                        join_segment(&mut out, &t);
                    } else {
                        out.push_str(&t);
                    }
                }
                Some(_) => {}
                None => unknown = true,
            },
        }
        first = false;
    }
    if unknown {
        Value::Unknown
    } else {
        Value::Str(out)
    }
}

fn join_segment(out: &mut String, seg: &str) {
    if seg.starts_with('/') {
        // An absolute segment restarts the path, as path.join does not but
        // os.path.join does; either way the result is a fixed path.
        if !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(seg.trim_start_matches('/'));
    } else {
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        out.push_str(seg.trim_start_matches("./"));
    }
}

impl<'t> Model<'t> {
    /// Evaluates an expression node.
    pub fn eval(&self, node: Node<'t>) -> Evaluated<'t> {
        self.eval_at(node, 0)
    }

    fn eval_at(&self, node: Node<'t>, depth: usize) -> Evaluated<'t> {
        if depth > MAX_DEPTH {
            return Evaluated::plain(Value::Unknown);
        }
        let key = (node.id(), depth);
        let hit = self.eval_memo.borrow().get(&key).cloned();
        if let Some(hit) = hit {
            return hit;
        }
        let result = self.eval_uncached(node, depth);
        self.eval_memo.borrow_mut().insert(key, result.clone());
        result
    }

    fn eval_uncached(&self, node: Node<'t>, depth: usize) -> Evaluated<'t> {
        let d = depth + 1;
        let v = |n: Node<'t>| self.eval_at(n, d).value;
        let value = match node.kind() {
            "number" | "integer" => parse_int(self.text(node)).map_or(Value::Unknown, Value::Int),
            "string" | "template_string" => self.eval_string(node, d),
            "concatenated_string" => {
                let mut cursor = node.walk();
                let parts: Vec<Value> = node.named_children(&mut cursor).map(v).collect();
                concat(parts, "")
            }
            "parenthesized_expression"
            | "await_expression"
            | "await"
            | "as_expression"
            | "satisfies_expression"
            | "non_null_expression"
            | "type_assertion" => match node.named_child(0) {
                Some(inner) => return self.eval_at(inner, d),
                None => Value::Unknown,
            },
            "identifier" | "shorthand_property_identifier" => return self.resolve(node, d),
            "binary_expression" | "binary_operator" | "boolean_operator" => {
                return self.eval_binary(node, d)
            }
            "attribute" if self.lang.is_python() => {
                if let Some(e) = self.resolve_class_attribute(node, d) {
                    return e;
                }
                // An attribute of an isolated value is derived from it
                // (`tmpdir.mkdir("x").strpath`, `tmp_path.parent`).
                // `Path`'s `.parent` of a known path is its directory
                // (`(Path(gettempdir()) / "x" / "a.csv").parent`).
                let parent = node
                    .field("attribute")
                    .is_some_and(|a| self.text(a) == "parent");
                match node.field("object").map(v) {
                    Some(Value::Isolated) => Value::Isolated,
                    Some(Value::Str(path)) if parent => match path.rsplit_once('/') {
                        Some((dir, _)) if !dir.is_empty() => Value::Str(dir.to_string()),
                        _ => self.eval_member(node),
                    },
                    _ => self.eval_member(node),
                }
            }
            "member_expression" => {
                if let Some(field) = self.eval_literal_field(node, d) {
                    return field;
                }
                if let Some(e) = self.resolve_mocha_context(node, d) {
                    return e;
                }
                self.eval_member(node)
            }
            "attribute" => self.eval_member(node),
            "subscript_expression" | "subscript" => self.eval_subscript(node, d),
            "call_expression" | "call" => return self.eval_call(node, d),
            "object" | "dictionary" => {
                let mut fields = Vec::new();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    match child.kind() {
                        "pair" => {
                            let key = child
                                .field("key")
                                .map(|k| plain_key(k, self.src))
                                .unwrap_or_default();
                            let value = child.field("value").map(v).unwrap_or(Value::Unknown);
                            fields.push((key, value));
                        }
                        "shorthand_property_identifier" => fields
                            .push((self.text(child).to_string(), self.resolve(child, d).value)),
                        _ => {}
                    }
                }
                Value::Object(fields)
            }
            // `expression_list`: Python's bare tuple (`ADDR = "", 8000`).
            "array" | "tuple" | "list" | "expression_list" => {
                let mut cursor = node.walk();
                Value::Seq(
                    node.named_children(&mut cursor)
                        // Comments and `\` line continuations are no items.
                        .filter(|c| !c.is_extra())
                        .map(v)
                        .collect(),
                )
            }
            _ => Value::Unknown,
        };
        Evaluated::plain(value)
    }

    fn eval_string(&self, node: Node<'t>, d: usize) -> Value {
        let mut parts = Vec::new();
        let mut cursor = node.walk();
        for child in node.named_children(&mut cursor) {
            match child.kind() {
                "string_fragment" | "string_content" => {
                    parts.push(Value::Str(self.text(child).to_string()))
                }
                "escape_sequence" => parts.push(Value::Str(
                    self.text(child).trim_start_matches('\\').to_string(),
                )),
                "template_substitution" | "interpolation" => {
                    let inner = child.field("expression").or_else(|| child.named_child(0));
                    parts.push(inner.map_or(Value::Unknown, |n| self.eval_at(n, d).value));
                }
                "string_start" | "string_end" | "comment" => {}
                _ => parts.push(Value::Unknown),
            }
        }
        concat(parts, "")
    }

    fn eval_binary(&self, node: Node<'t>, d: usize) -> Evaluated<'t> {
        let (Some(left), Some(right)) = (node.field("left"), node.field("right")) else {
            return Evaluated::plain(Value::Unknown);
        };
        let op = node.field("operator").map(|o| self.text(o)).unwrap_or("");
        let l = self.eval_at(left, d);
        match op {
            // `process.env.PORT ?? 4000`, `os.environ.get("PORT") or 8000`:
            // when the left side is not known, the literal default is what
            // every worker without the variable gets.
            "??" | "||" | "or" => match l.value {
                Value::Isolated => l,
                Value::Unknown => {
                    let mut r = self.eval_at(right, d);
                    if r.origin.is_none() && is_literal(right) {
                        r.origin = Some(right);
                    }
                    r
                }
                _ => l,
            },
            "+" => {
                let r = self.eval_at(right, d);
                let origin = l.origin.or(r.origin);
                let value = match (&l.value, &r.value) {
                    (Value::Int(a), Value::Int(b)) => Value::Int(a.saturating_add(*b)),
                    (a, b) => concat([a.clone(), b.clone()], ""),
                };
                Evaluated { value, origin }
            }
            // `Path("/tmp") / "x"`.
            "/" if self.lang.is_python() => {
                let r = self.eval_at(right, d).value;
                let value = match (&l.value, &r) {
                    (Value::Int(a), Value::Int(b)) if *b != 0 => Value::Int(a / b),
                    (Value::Int(_), _) | (_, Value::Int(_)) => Value::Unknown,
                    (a, b) => concat([a.clone(), b.clone()], "/"),
                };
                Evaluated::plain(value)
            }
            _ => {
                let r = self.eval_at(right, d).value;
                let value = match (&l.value, &r) {
                    (Value::Isolated, _) | (_, Value::Isolated) => Value::Isolated,
                    (Value::Int(a), Value::Int(b)) => match op {
                        "*" => Value::Int(a.saturating_mul(*b)),
                        "-" => Value::Int(a.saturating_sub(*b)),
                        _ => Value::Unknown,
                    },
                    _ => Value::Unknown,
                };
                Evaluated::plain(value)
            }
        }
    }

    /// `options.port` where `options` is bound in this file to an object
    /// literal with that key (`let options = { port: 10530 }`) and no code
    /// writes a field of it: the field's value, with the object's origin.
    fn eval_literal_field(&self, node: Node<'t>, d: usize) -> Option<Evaluated<'t>> {
        let object = node.field("object")?;
        let property = node.field("property")?;
        if property.kind() != "property_identifier"
            || !matches!(object.kind(), "identifier" | "member_expression")
        {
            return None;
        }
        let base = self.eval_at(object, d);
        let Value::Object(_) = base.value else {
            return self.eval_enum_member(object, property, d);
        };
        if self.writes_a_field_of(&self.path_of(object)) {
            return None;
        }
        let value = base.value.field(self.text(property))?.clone();
        Some(Evaluated {
            value,
            origin: base.origin,
        })
    }

    /// A member of a TypeScript `enum` (or `const enum`) the file declares at
    /// its top level, `Ports.Api` with `enum Ports { Api = 4100 }`: the
    /// member's initializer, as a constant's value is its literal.
    fn eval_enum_member(
        &self,
        object: Node<'t>,
        property: Node<'t>,
        d: usize,
    ) -> Option<Evaluated<'t>> {
        if !matches!(
            self.lang,
            crate::lang::Lang::TypeScript | crate::lang::Lang::Tsx
        ) || object.kind() != "identifier"
        {
            return None;
        }
        let (name, member) = (self.text(object), self.text(property));
        let declaration = self
            .ts_enums()
            .iter()
            .copied()
            .find(|e| e.field("name").is_some_and(|n| self.text(n) == name))?;
        let body = declaration.field("body")?;
        let mut cursor = body.walk();
        let assignment = body.named_children(&mut cursor).find(|m| {
            m.kind() == "enum_assignment" && m.field("name").is_some_and(|n| self.text(n) == member)
        })?;
        let value = assignment.field("value")?;
        Some(Evaluated {
            value: self.eval_at(value, d).value,
            origin: Some(assignment),
        })
    }

    /// The TypeScript `enum` declarations at the file's top level (exported
    /// or not), listed on first use: a member access is evaluated many
    /// times per file, and most files declare none.
    fn ts_enums(&self) -> &[Node<'t>] {
        self.ts_enums.get_or_init(|| {
            let mut cursor = self.root.walk();
            self.root
                .named_children(&mut cursor)
                .filter_map(|stmt| match stmt.kind() {
                    "export_statement" => stmt.field("declaration"),
                    _ => Some(stmt),
                })
                .filter(|stmt| stmt.kind() == "enum_declaration")
                .collect()
        })
    }

    /// Whether the file assigns, updates or deletes a field of the object
    /// at `path` anywhere (`options.port = 0`, `u['email'] = ...`, `delete
    /// u.id`): then the fields of the literal it was bound to are not what
    /// every use sees.
    pub fn writes_a_field_of(&self, path: &str) -> bool {
        let field_of = |target: &str| {
            target
                .strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        };
        self.assigns.iter().any(|a| field_of(&a.target_path))
            || self.updates.iter().any(|u| field_of(&u.target_path))
    }

    fn eval_member(&self, node: Node<'t>) -> Value {
        let path = self.path_of(node);
        if let Some(var) = path.strip_prefix("process.env.") {
            return if self.isolation.is_isolated_env(var) {
                Value::Isolated
            } else {
                Value::Unknown
            };
        }
        let prop = super::facts::last_segment(&path);
        if super::isolation::ISOLATED_PROPERTIES.contains(&prop) {
            return Value::Isolated;
        }
        Value::Unknown
    }

    fn eval_subscript(&self, node: Node<'t>, d: usize) -> Value {
        let object = node.field("object").or_else(|| node.field("value"));
        let index = node.field("index").or_else(|| node.field("subscript"));
        let (Some(object), Some(index)) = (object, index) else {
            return Value::Unknown;
        };
        let object_path = self.path_of(object);
        if object_path == "process.env" || object_path == "os.environ" {
            let key = self.eval_at(index, d).value;
            return match key.as_str() {
                Some(k) if self.isolation.is_isolated_env(k) => Value::Isolated,
                _ => Value::Unknown,
            };
        }
        let base = self.eval_at(object, d).value;
        match (&base, self.eval_at(index, d).value) {
            (Value::Isolated, _) => Value::Isolated,
            (Value::Seq(items), Value::Int(i)) => {
                items.get(i as usize).cloned().unwrap_or(Value::Unknown)
            }
            (Value::Object(_), Value::Str(k)) => base.field(&k).cloned().unwrap_or(Value::Unknown),
            _ => Value::Unknown,
        }
    }

    /// Whether the file binds a bare name itself (a function, or an
    /// assignment such as a lambda), shadowing the library function.
    fn defines_own(&self, name: &str) -> bool {
        !name.contains('.')
            && (self.functions.contains_key(name)
                || self
                    .assigns
                    .iter()
                    .any(|a| a.target.kind() == "identifier" && self.text(a.target) == name))
    }

    fn eval_call(&self, node: Node<'t>, d: usize) -> Evaluated<'t> {
        let Some(callee) = node.field("function") else {
            return Evaluated::plain(Value::Unknown);
        };
        let path = self.path_of(callee);
        let path = match self.lang.is_python() {
            true => self.py_unaliased(&path).unwrap_or(path),
            false => self.js_unaliased_path_function(&path).unwrap_or(path),
        };
        let args: Vec<Node<'t>> = node
            .field("arguments")
            .map(|a| {
                let mut cursor = a.walk();
                a.named_children(&mut cursor)
                    .filter(|c| c.kind() != "comment")
                    .collect()
            })
            .unwrap_or_default();
        let positional: Vec<Node<'t>> = args
            .iter()
            .copied()
            .filter(|a| a.kind() != "keyword_argument")
            .collect();
        let keyword = |name: &str| {
            args.iter()
                .filter(|a| a.kind() == "keyword_argument")
                .find(|a| a.field("name").map(|n| self.text(n)) == Some(name))
                .and_then(|a| a.field("value"))
        };
        let method = super::facts::last_segment(&path);
        let value = match path.as_str() {
            "os.tmpdir" | "tempfile.gettempdir" | "gettempdir" | "tmpdir" | "require.().tmpdir" => {
                Value::Str(TMPDIR.to_string())
            }
            // `os.environ.get("PORT", 8000)`, `os.getenv("PORT", "8000")`.
            "os.environ.get" | "os.getenv" | "environ.get" | "getenv" => {
                let name = positional.first().map(|n| self.eval_at(*n, d).value);
                if matches!(name.as_ref().and_then(|n| n.as_str()), Some(k) if self.isolation.is_isolated_env(k))
                {
                    Value::Isolated
                } else if let Some(default) =
                    positional.get(1).copied().or_else(|| keyword("default"))
                {
                    return self.eval_at(default, d);
                } else {
                    Value::Unknown
                }
            }
            // A bare `join`/`resolve` is the path function only when the file
            // does not define its own (`join = lambda *x: os.path.join(BASE, *x)`).
            "path.join" | "path.resolve" | "join" | "resolve" | "path.posix.join"
            | "os.path.join" | "posixpath.join" | "path.normalize"
                if !self.defines_own(&path) =>
            {
                let parts: Vec<Value> = positional
                    .iter()
                    .map(|a| self.eval_at(*a, d).value)
                    .collect();
                concat(parts, "/")
            }
            "Path" | "pathlib.Path" | "PurePath" | "PosixPath" | "pathlib.PurePath" => {
                let parts: Vec<Value> = positional
                    .iter()
                    .map(|a| self.eval_at(*a, d).value)
                    .collect();
                if parts.is_empty() {
                    Value::Unknown
                } else {
                    concat(parts, "/")
                }
            }
            // `uuid.UUID("848a...")` parses a literal id: the same in every run.
            "Number" | "parseInt" | "Number.parseInt" | "int" | "String" | "str" | "os.fspath"
            | "UUID" | "uuid.UUID" | "os.path.abspath" | "os.path.normpath"
            | "os.path.realpath" | "path.normalize.()" => match positional.first() {
                Some(a) => return self.eval_at(*a, d),
                None => Value::Unknown,
            },
            // A fresh BSON `ObjectId()` is unique per call (time, random,
            // counter); `ObjectId("5f1d...")` parses a literal id.
            _ if method == "ObjectId" && args.is_empty() => Value::Isolated,
            _ if self.isolation.is_isolated_call(&path) => Value::Isolated,
            _ => {
                // Method on a value: `tmp_path.joinpath("x")`, `x.toString()`.
                if let Some(receiver) = callee
                    .field("object")
                    .filter(|_| matches!(callee.kind(), "member_expression" | "attribute"))
                {
                    let base = self.eval_at(receiver, d);
                    match (&base.value, method) {
                        (Value::Isolated, _) => Value::Isolated,
                        (_, "toString" | "resolve" | "absolute" | "as_posix" | "expanduser") => {
                            return base
                        }
                        (Value::Str(_), "joinpath") => {
                            let mut parts = vec![base.value.clone()];
                            parts.extend(positional.iter().map(|a| self.eval_at(*a, d).value));
                            concat(parts, "/")
                        }
                        // `"sqlite:///{}".format(tmp)`, `"{path}".format(path=tmp)`.
                        (Value::Str(_), "format") => {
                            if args.iter().any(|a| {
                                let a = match a.kind() {
                                    "keyword_argument" => a.field("value"),
                                    _ => Some(*a),
                                };
                                a.is_some_and(|a| self.eval_at(a, d).value.is_isolated())
                            }) {
                                Value::Isolated
                            } else {
                                // `"opc.tcp://127.0.0.1:{0:d}".format(48515)`: a
                                // template filled with known values is a literal.
                                let named: Vec<(&str, Value)> = args
                                    .iter()
                                    .filter(|a| a.kind() == "keyword_argument")
                                    .filter_map(|a| {
                                        let name = self.text(a.field("name")?);
                                        Some((name, self.eval_at(a.field("value")?, d).value))
                                    })
                                    .collect();
                                let given: Vec<Value> = positional
                                    .iter()
                                    .map(|a| self.eval_at(*a, d).value)
                                    .collect();
                                base.value
                                    .as_str()
                                    .and_then(|t| python_format(t, &given, &named))
                                    .map_or(Value::Unknown, Value::Str)
                            }
                        }
                        // `self.get_connection_string()`: what the class's own
                        // method of that name returns.
                        _ if receiver.kind() == "identifier" && self.text(receiver) == "self" => {
                            match self.own_method(node, method) {
                                Some(func) => return self.eval_function_result(func, d),
                                None => Value::Unknown,
                            }
                        }
                        _ => Value::Unknown,
                    }
                } else if let Some(func) = self.functions.get(path.as_str()) {
                    return self.eval_function_result(*func, d);
                } else {
                    Value::Unknown
                }
            }
        };
        Evaluated::plain(value)
    }

    /// The method `name` of the Python class whose code holds `node`
    /// (`def get_url(self)` for a `self.get_url()` inside that class).
    fn own_method(&self, node: Node<'t>, name: &str) -> Option<Node<'t>> {
        // The enclosing class from the scope chain: `Node::parent()`
        // re-descends from the root on every step.
        let class = self
            .ancestors(self.scope_of(node))
            .map(|s| self.scope(s).node)
            .find(|n| n.kind() == "class_definition")?;
        py_def_in(class.field("body")?, name, self.src)
    }

    /// The value a same-file function (or fixture) returns or yields, when
    /// every return agrees.
    pub(crate) fn eval_function_result(&self, func: Node<'t>, d: usize) -> Evaluated<'t> {
        let Some(body) = func.field("body") else {
            return Evaluated::plain(Value::Unknown);
        };
        if !matches!(body.kind(), "statement_block" | "block") {
            return self.eval_at(body, d);
        }
        let results = returned_expressions(body)
            .into_iter()
            .map(|e| self.eval_at(e, d))
            .collect();
        agree(results)
    }

    /// The pytest fixture defined in this file under `name`, which a test,
    /// hook or fixture parameter of that name receives.
    pub fn fixture_named(&self, name: &str) -> Option<Node<'t>> {
        let &fixture = self.functions.get(name)?;
        self.scopes
            .iter()
            .any(|f| f.node.id() == fixture.id() && f.is_fixture())
            .then_some(fixture)
    }

    /// The one expression the same-file fixture that parameter `name_node`
    /// names returns or yields (`def payload(): return {...}` received by
    /// `def test_x(payload)`): what the parameter is bound to in the test.
    /// `None` for anything but a Python test/hook/fixture parameter, or a
    /// fixture with several results.
    pub fn fixture_result(&self, name_node: Node<'t>) -> Option<Node<'t>> {
        if !self.lang.is_python() {
            return None;
        }
        let name = self.text(name_node);
        let s = self
            .ancestors(self.scope_of(name_node))
            .find(|&s| self.scope(s).params.iter().any(|p| p == name))?;
        if !matches!(
            self.scope(s).kind,
            ScopeKind::Test { .. } | ScopeKind::Fixture { .. } | ScopeKind::Hook(_)
        ) {
            return None;
        }
        let body = self.fixture_named(name)?.field("body")?;
        match returned_expressions(body).as_slice() {
            [only] => Some(*only),
            _ => None,
        }
    }

    /// Whether the value that parameter `name_node` receives from the
    /// same-file fixture of that name has a field rewritten
    /// (`payload["email"] = f"{uuid4()}@x.com"`) where it matters to that
    /// parameter. A function-scoped fixture hands each test its own value:
    /// only a rewrite in the receiving test, hook or fixture (or a function
    /// nested in it), or in another fixture (which may be handed the same
    /// value), counts; a rewrite in another test is of that test's copy.
    /// The value of a broader-scoped fixture is shared, and any rewrite of
    /// the name in the file counts.
    pub fn rewrites_fixture_field(&self, name_node: Node<'t>) -> bool {
        let name = self.text(name_node);
        let receiver = self
            .ancestors(self.scope_of(name_node))
            .find(|&s| self.scope(s).params.iter().any(|p| p == name));
        let function_scoped = self.fixture_named(name).is_some_and(|f| {
            self.scopes.iter().any(|s| {
                s.node.id() == f.id()
                    && matches!(
                        s.kind,
                        ScopeKind::Fixture {
                            scope: super::scope::FixtureScope::Function,
                            ..
                        }
                    )
            })
        });
        let (Some(receiver), true) = (receiver, function_scoped) else {
            return self.writes_a_field_of(name);
        };
        let relevant = |target: &str, scope: ScopeId| {
            target
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
                && self.ancestors(scope).any(|s| {
                    s == receiver || matches!(self.scope(s).kind, ScopeKind::Fixture { .. })
                })
        };
        self.assigns
            .iter()
            .any(|a| relevant(&a.target_path, a.scope))
            || self
                .updates
                .iter()
                .any(|u| relevant(&u.target_path, u.scope))
    }

    /// Python `self.X` / `cls.X` inside a class: the value of class-level
    /// `X = ...` or `self.X = ...` in `setUp`/`setUpClass`/`__init__`...
    /// when every write to the attribute agrees. The writes are those of the
    /// class and of its same-file base classes and subclasses (class body,
    /// `self.X = ...` / `cls.X = ...` in their methods, tuple targets
    /// `self.host, self.port = "", 8000`), `Name.X = ...` anywhere in the
    /// file, and `setattr(self, "X", v)`; a `setattr` with a computed name
    /// could write any attribute, so the value is then unknown. `None` when
    /// nothing in the file writes the attribute.
    fn resolve_class_attribute(&self, node: Node<'t>, d: usize) -> Option<Evaluated<'t>> {
        let path = self.path_of(node);
        let (owner, attr) = path.split_once('.')?;
        if !matches!(owner, "self" | "cls") || attr.contains('.') {
            return None;
        }
        let class = self.ancestors(self.scope_of(node)).find(|&s| {
            matches!(
                self.scope(s).kind,
                ScopeKind::Suite { .. } | ScopeKind::Class
            )
        })?;
        let family = self.class_family(class);
        let in_family = |s: ScopeId| family.iter().any(|&c| self.is_within(s, c));
        let names: Vec<&str> = family
            .iter()
            .map(|&c| self.scope(c).name.as_str())
            .collect();
        let unknown = || Some(Evaluated::plain(Value::Unknown));
        let mut results = Vec::new();
        for a in &self.assigns {
            let in_class_body = a.target_path == attr && family.contains(&a.scope);
            let in_method = !family.contains(&a.scope)
                && in_family(a.scope)
                && a.target_path
                    .strip_prefix("self.")
                    .or_else(|| a.target_path.strip_prefix("cls."))
                    == Some(attr);
            let by_name = a
                .target_path
                .split_once('.')
                .is_some_and(|(o, x)| x == attr && names.contains(&o));
            if !(in_class_body || in_method || by_name) {
                continue;
            }
            match (a.kind, a.value.or_else(|| self.unpacked_value(a))) {
                (super::facts::AssignKind::Augmented, _) | (_, None) => return unknown(),
                (_, Some(v)) => results.push(self.eval_definition(v, d)),
            }
        }
        for c in self.calls.iter().filter(|c| c.path == "setattr") {
            let args = c.args();
            let (Some(target), Some(name)) = (args.first(), args.get(1)) else {
                continue;
            };
            let target = self.text(target.value);
            let ours =
                names.contains(&target) || (matches!(target, "self" | "cls") && in_family(c.scope));
            if !ours {
                continue;
            }
            match (
                super::facts::plain_string(name.value, self.src),
                args.get(2),
            ) {
                (Some(n), _) if n != attr => {}
                (Some(_), Some(v)) => results.push(self.eval_definition(v.value, d)),
                _ => return unknown(),
            }
        }
        if results.is_empty() {
            return None;
        }
        Some(agree(results))
    }

    /// JS: `this.port` read in a hook or test, when the hooks and tests of
    /// the same `describe` (or of the file, outside any) set `this.port` and
    /// every such assignment agrees: Mocha hands the hooks and tests of a
    /// suite one shared context, so `before(function () { this.port = 9876;
    /// app.listen(this.port) })` binds 9876. A use or an assignment in a
    /// helper or a class method is some other `this`: not resolved.
    fn resolve_mocha_context(&self, node: Node<'t>, d: usize) -> Option<Evaluated<'t>> {
        let object = node.field("object")?;
        let property = node.field("property")?;
        if object.kind() != "this" || property.kind() != "property_identifier" {
            return None;
        }
        let in_hook_or_test = |s: ScopeId| {
            matches!(
                self.scope(s).kind,
                ScopeKind::Hook(_) | ScopeKind::Test { .. }
            )
        };
        let here = self.scope_of(node);
        if !in_hook_or_test(here) {
            return None;
        }
        let suite = self
            .ancestors(here)
            .find(|&s| matches!(self.scope(s).kind, ScopeKind::Suite { .. }))
            .unwrap_or(super::scope::MODULE);
        let target = self.text(node);
        let mut results = Vec::new();
        for a in &self.assigns {
            if a.target_path != target || !self.is_within(a.scope, suite) {
                continue;
            }
            match (a.kind, a.value) {
                (super::facts::AssignKind::Augmented, _) | (_, None) => {
                    return Some(Evaluated::plain(Value::Unknown))
                }
                _ if !in_hook_or_test(a.scope) => return Some(Evaluated::plain(Value::Unknown)),
                (_, Some(v)) => results.push(self.eval_definition(v, d)),
            }
        }
        if results.is_empty() {
            return None;
        }
        Some(agree(results))
    }

    /// Class scope `class` with the Python classes of this file it derives
    /// from and those deriving from it (a base's `setUp` sets what a
    /// subclass's test reads; a subclass may override what a base's method
    /// reads). A JS class or a `describe` body is only itself.
    fn class_family(&self, class: ScopeId) -> Vec<ScopeId> {
        let mut family = vec![class];
        if !self.lang.is_python() || self.scope(class).node.kind() != "class_definition" {
            return family;
        }
        let bases_of = |c: ScopeId| -> Vec<&str> {
            super::python_superclasses(self.scope(c).node, self.src)
                .into_iter()
                .map(super::facts::last_segment)
                .collect()
        };
        // Up: the bases, transitively.
        let mut pending = vec![class];
        while let Some(c) = pending.pop() {
            for base in bases_of(c) {
                for b in self.classes_named(base) {
                    if !family.contains(&b) && family.len() < 32 {
                        family.push(b);
                        pending.push(b);
                    }
                }
            }
        }
        // Down: the subclasses, transitively.
        let mut pending = vec![class];
        while let Some(c) = pending.pop() {
            let name = self.scope(c).name.as_str();
            let subclasses = (1..self.scopes.len()).filter(|&s| {
                self.scope(s).node.kind() == "class_definition" && bases_of(s).contains(&name)
            });
            for s in subclasses.collect::<Vec<_>>() {
                if !family.contains(&s) && family.len() < 32 {
                    family.push(s);
                    pending.push(s);
                }
            }
        }
        family
    }

    /// The value assigned at a definition (`PORT = 3000`, `self.port =
    /// 3000`), with the definition as its origin: the related location for
    /// a fixed value built there too (`path.join(os.tmpdir(), 'x')`, `3000 +
    /// 1`), not only for a bare literal.
    fn eval_definition(&self, v: Node<'t>, d: usize) -> Evaluated<'t> {
        let mut e = self.eval_at(v, d);
        if e.origin.is_none() && (is_literal(v) || matches!(e.value, Value::Str(_) | Value::Int(_)))
        {
            e.origin = Some(v);
        }
        e
    }

    /// All writes to the binding `name` declared in scope `s`: its
    /// declaration plus assignments anywhere that are not shadowed by a
    /// nearer declaration.
    fn writes_of_binding<'a>(
        &'a self,
        name: &'a str,
        s: ScopeId,
    ) -> Vec<&'a super::facts::Assign<'t>> {
        self.bindings_of(name)
            .filter(|a| {
                a.scope == s
                    || (self.declaring_scope(name, a.scope) == Some(s))
                    || (self.lang.is_python()
                        && self.declares_global(a.scope, name)
                        && s == super::scope::MODULE)
            })
            .collect()
    }

    /// The writes of the binding that the name `name_node` refers to where
    /// it is used: the declaration in the innermost enclosing scope that
    /// declares the name, and the assignments to that binding. Two tests
    /// that each declare `const body = {...}` have two bindings; a use in
    /// one of them sees only its own. `None` when the name is a parameter
    /// there, a loop/callback/`as` variable (`Model::bound_locally`), or is
    /// declared nowhere in the file.
    pub fn visible_writes(&self, name_node: Node<'t>) -> Option<Vec<&super::facts::Assign<'t>>> {
        let name = self.text(name_node);
        if self.bound_locally(name_node, name) {
            return None;
        }
        for s in self.ancestors(self.scope_of(name_node)) {
            if self.scope(s).params.iter().any(|p| p == name) {
                return None;
            }
            if self.declares_in(name, s) {
                return Some(self.writes_of_binding(name, s));
            }
        }
        None
    }

    /// Resolves a name to the value bound to it in this file.
    fn resolve(&self, name_node: Node<'t>, d: usize) -> Evaluated<'t> {
        let name = self.text(name_node);
        // A loop, comprehension, callback or `as` variable of that name.
        if self.bound_locally(name_node, name) {
            return Evaluated::plain(Value::Unknown);
        }
        let scope = self.scope_of(name_node);
        for s in self.ancestors(scope) {
            let sc = self.scope(s);
            if sc.params.iter().any(|p| p == name) {
                // pytest: a parameter names a fixture.
                if self.lang.is_python()
                    && matches!(
                        sc.kind,
                        ScopeKind::Test { .. } | ScopeKind::Fixture { .. } | ScopeKind::Hook(_)
                    )
                {
                    if PYTEST_ISOLATED_FIXTURES.contains(&name)
                        || self.isolation.extra_functions.iter().any(|f| f == name)
                    {
                        return Evaluated::plain(Value::Isolated);
                    }
                    if let Some(fixture) = self.fixture_named(name) {
                        return self.eval_function_result(fixture, d);
                    }
                }
                if sc.kind == ScopeKind::Function {
                    return self.resolve_parameter(s, name, d);
                }
                return Evaluated::plain(Value::Unknown);
            }
            if !self.declares_in(name, s) {
                continue;
            }
            let writes = self.writes_of_binding(name, s);
            let mut results = Vec::new();
            for w in writes {
                if w.kind == super::facts::AssignKind::Augmented {
                    return Evaluated::plain(Value::Unknown);
                }
                match w.value.or_else(|| self.unpacked_value(w)) {
                    Some(v) => results.push(self.eval_definition(v, d)),
                    None if w.kind.is_declaration() => {}
                    None => return Evaluated::plain(Value::Unknown),
                }
            }
            return agree(results);
        }
        Evaluated::plain(Value::Unknown)
    }

    /// Python `host, port = "127.0.0.1", 8000` (or `(a, b) = (1, 2)`): the
    /// element of the right side that lands in `assign`'s target, when both
    /// sides are written out with the same number of parts and no starred
    /// one. A destructured name otherwise has no value of its own.
    fn unpacked_value(&self, assign: &super::facts::Assign<'t>) -> Option<Node<'t>> {
        if !self.lang.is_python() || assign.node.kind() != "assignment" {
            return None;
        }
        let pattern = assign.target.parent()?;
        let left = assign.node.field("left")?;
        if pattern.id() != left.id()
            || !matches!(
                pattern.kind(),
                "pattern_list" | "tuple_pattern" | "list_pattern"
            )
        {
            return None;
        }
        let right = assign.node.field("right")?;
        if !matches!(right.kind(), "expression_list" | "tuple" | "list") {
            return None;
        }
        let parts = |n: Node<'t>| -> Vec<Node<'t>> {
            crate::walk::named_children_list(n)
                .into_iter()
                .filter(|c| c.kind() != "comment")
                .collect()
        };
        let (targets, values) = (parts(pattern), parts(right));
        let starred = |n: &Node| matches!(n.kind(), "list_splat_pattern" | "list_splat");
        if targets.len() != values.len() || targets.iter().chain(&values).any(starred) {
            return None;
        }
        let i = targets.iter().position(|t| t.id() == assign.target.id())?;
        values.get(i).copied()
    }
}

/// A parameter of a helper function: where it sits in the parameter list
/// and its default value.
struct Parameter<'t> {
    /// Its position among the positional parameters; `None` when it can
    /// only be passed by keyword (after `*` / `*args` in Python).
    index: Option<usize>,
    default: Option<Node<'t>>,
}

impl<'t> Model<'t> {
    /// A parameter of the same-file helper of scope `s` (a function, or a
    /// method called through `self.`/`cls.`/`this.`), from the calls of it in
    /// the file (`start(8080)`, `self._make_db(tmp_path / "h.sqlite")`):
    /// what each passes, or the default where a call leaves it out. The
    /// first fixed value among them when the helper is only ever called
    /// directly (a helper also handed around as a callback or exported by
    /// name takes values this file never sees); isolated when every call
    /// passes an isolated value (then it names a per-test resource inside
    /// the helper too); else what they agree on. Unknown when nothing in
    /// the file calls it or a call spreads its arguments.
    fn resolve_parameter(&self, s: ScopeId, name: &str, d: usize) -> Evaluated<'t> {
        let unknown = Evaluated::plain(Value::Unknown);
        let sc = self.scope(s);
        let fname = sc.name.as_str();
        if fname.is_empty() {
            return unknown;
        }
        let Some(mut param) = self.parameter(sc.node, name) else {
            return unknown;
        };
        // A parameter the helper rebinds (`path = os.path.join(parent, path)`)
        // is no longer what the calls passed.
        if self
            .assigns
            .iter()
            .any(|a| a.target_path == name && self.is_within(a.scope, s))
        {
            return unknown;
        }
        // A method: a function in a class body (a Python test class is a
        // suite; a JS `describe` callback is one too, but its functions are
        // called by name).
        let in_class = sc.parent.is_some_and(|p| match self.scope(p).kind {
            ScopeKind::Class => true,
            ScopeKind::Suite { .. } => self.lang.is_python(),
            _ => false,
        });
        let receivers: &[&str] = match (in_class, self.lang.is_python()) {
            (false, _) => &[""],
            (true, true) => {
                // `self` / `cls` is not passed at the call.
                param.index = param.index.and_then(|i| i.checked_sub(1));
                &["self.", "cls."]
            }
            (true, false) => &["this."],
        };
        let calls: Vec<&super::facts::Call<'t>> = self
            .calls
            .iter()
            .filter(|c| {
                receivers
                    .iter()
                    .any(|r| c.path.strip_prefix(r) == Some(fname))
            })
            .collect();
        // Every occurrence of the name is the definition or a call's callee
        // (a comment that names the helper hands it to nobody).
        let only_called = word_count(self.src, fname, self.root) == calls.len() + 1;
        // A helper nothing in this file calls (a test-support module's
        // `def start(self, port=8900)`, run by the test modules that import
        // it): its callers are elsewhere, and a call that leaves the
        // argument out runs on the literal number the default names. A
        // call of the name on some other receiver (`WebServer().start(port=
        // p)`) that passes the argument may be this helper's: then not.
        let passed_elsewhere = || {
            self.calls.iter().any(|c| {
                super::facts::last_segment(&c.path) == fname
                    && c.args().iter().any(|a| {
                        a.name == Some(name) || (a.name.is_none() && param.index.is_some())
                    })
            })
        };
        if calls.is_empty() && only_called && !passed_elsewhere() {
            if let Some(default) = param.default.filter(|v| v.kind() == "integer") {
                let mut e = self.eval_at(default, d);
                if matches!(e.value, Value::Int(_)) {
                    e.origin = Some(default);
                    return e;
                }
            }
        }
        let mut results = Vec::with_capacity(calls.len());
        for call in calls {
            if self.is_within(call.scope, s) {
                continue; // A recursive call passes what it was given.
            }
            let args = call.args();
            if args.iter().any(|a| is_spread(a.value)) {
                return unknown;
            }
            let by_name = args.iter().find(|a| a.name == Some(name));
            let by_position = param
                .index
                .and_then(|i| args.iter().filter(|a| a.name.is_none()).nth(i));
            let given = by_name.or(by_position).map(|a| a.value);
            let Some(value) = given.or(param.default) else {
                return unknown;
            };
            let mut e = self.eval_at(value, d);
            if e.origin.is_none() && (is_literal(value) || matches!(e.value, Value::Int(_))) {
                e.origin = Some(value);
            }
            results.push(e);
        }
        // Each call is its own run of the helper: one that passes a fixed
        // value (`start(8080)` beside `start(0)`) is reported even when
        // others pass something else.
        let fixed = results
            .iter()
            .position(|e| !matches!(e.value, Value::Unknown | Value::Isolated | Value::Int(0)));
        match fixed {
            Some(i) if only_called => results.swap_remove(i),
            Some(_) => unknown,
            None => agree(results),
        }
    }

    /// Finds parameter `name` in `func`'s parameter list.
    fn parameter(&self, func: Node<'t>, name: &str) -> Option<Parameter<'t>> {
        let params = func
            .field("parameters")
            .or_else(|| func.field("parameter"))?;
        // An arrow function's single bare parameter (`port => ...`).
        if params.kind() == "identifier" {
            return (self.text(params) == name).then_some(Parameter {
                index: Some(0),
                default: None,
            });
        }
        let mut index = Some(0usize);
        for p in crate::walk::named_children_list(params) {
            let (pname, default) = match p.kind() {
                "identifier" => (Some(p), None),
                "typed_parameter" => (p.named_child(0), None),
                "default_parameter" | "typed_default_parameter" => {
                    (p.field("name"), p.field("value"))
                }
                "assignment_pattern" => (p.field("left"), p.field("right")),
                "required_parameter" | "optional_parameter" => {
                    (p.field("pattern"), p.field("value"))
                }
                "comment" => continue,
                // `*args`, a bare `*`: the rest are keyword-only.
                "list_splat_pattern" | "keyword_separator" => {
                    index = None;
                    continue;
                }
                // `/` ends the positional-only ones; nothing moves.
                "positional_separator" => continue,
                // A destructured or rest parameter: not followed.
                _ => (None, None),
            };
            if pname.is_some_and(|n| n.kind() == "identifier" && self.text(n) == name) {
                return Some(Parameter { index, default });
            }
            if pname.is_none() && p.kind() != "identifier" {
                // A pattern may bind the name; positions after it still count.
                if crate::walk::descendants_of_kinds(p, &["identifier"])
                    .iter()
                    .any(|n| self.text(*n) == name)
                {
                    return None;
                }
            }
            index = index.map(|i| i + 1);
        }
        None
    }
}

/// `...args` / `*args` / `**kwargs` in a call.
fn is_spread(node: Node) -> bool {
    matches!(
        node.kind(),
        "spread_element" | "list_splat" | "dictionary_splat"
    )
}

/// How many times `word` occurs in `src` as a whole identifier, outside
/// comments.
fn word_count(src: &str, word: &str, root: Node<'_>) -> usize {
    let bytes = src.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
    memchr::memmem::find_iter(bytes, word.as_bytes())
        .filter(|&at| {
            let before = at.checked_sub(1).and_then(|i| bytes.get(i));
            let after = bytes.get(at + word.len());
            !before.is_some_and(|&b| is_ident(b)) && !after.is_some_and(|&b| is_ident(b))
        })
        // A member of another object (`json.dump(data, fh)` beside a helper
        // `dump`) is not the name; `self.`/`cls.`/`this.` calls of a method are.
        .filter(|&at| {
            let Some(dot) = at.checked_sub(1).filter(|&i| bytes[i] == b'.') else {
                return true;
            };
            let owner = &src[..dot];
            ["self", "cls", "this"].iter().any(|r| {
                owner.ends_with(r)
                    && owner
                        .len()
                        .checked_sub(r.len() + 1)
                        .and_then(|i| bytes.get(i))
                        .is_none_or(|&b| !is_ident(b))
            })
        })
        .filter(|&at| {
            root.descendant_for_byte_range(at, at + word.len())
                .is_none_or(|n| n.kind() != "comment")
        })
        .count()
}

/// One value when all candidates agree, else unknown.
fn agree(results: Vec<Evaluated<'_>>) -> Evaluated<'_> {
    let mut iter = results.into_iter();
    let Some(first) = iter.next() else {
        return Evaluated::plain(Value::Unknown);
    };
    for other in iter {
        if other.value != first.value {
            return Evaluated::plain(if other.value.is_isolated() && first.value.is_isolated() {
                Value::Isolated
            } else {
                Value::Unknown
            });
        }
    }
    first
}

pub fn is_literal(node: Node) -> bool {
    matches!(
        node.kind(),
        "number" | "integer" | "string" | "template_string"
    )
}

fn plain_key(key: Node, src: &str) -> String {
    super::facts::plain_string(key, src)
        .unwrap_or_else(|| key.utf8_text(src.as_bytes()).unwrap_or("").to_string())
}

fn parse_int(text: &str) -> Option<i64> {
    let t = text.replace('_', "");
    let t = t.trim_end_matches('n');
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    t.parse().ok()
}

/// The Python function `name` defined directly in `block` (a class or
/// function body), decorated or not.
pub(super) fn py_def_in<'t>(block: Node<'t>, name: &str, src: &str) -> Option<Node<'t>> {
    let mut cursor = block.walk();
    let found = block.named_children(&mut cursor).find_map(|item| {
        let def = match item.kind() {
            "decorated_definition" => item.field("definition")?,
            _ => item,
        };
        (def.kind() == "function_definition"
            && def.field("name").and_then(|n| src.get(n.byte_range())) == Some(name))
        .then_some(def)
    });
    found
}

/// The expressions a function body returns or yields (JS or Python), not
/// those of functions or classes nested in it; at most nine.
pub(crate) fn returned_expressions(body: Node<'_>) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut stack = vec![body];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "return_statement" | "yield" => out.extend(n.named_child(0)),
            "function_definition"
            | "arrow_function"
            | "function_expression"
            | "function_declaration"
            | "lambda"
            | "class_definition" => {}
            _ => crate::walk::named_children(n, &mut stack),
        }
        if out.len() > 8 {
            break;
        }
    }
    out
}

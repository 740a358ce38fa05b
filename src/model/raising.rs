//! Statements a test expects to fail: the only statement of a `with
//! self.assertRaises(...)` / `with pytest.raises(...)` block. Such a write
//! (`os.putenv('A=B', 'x')`, `cls.x = 1` on an immutable type, `os.link(...)`
//! on a platform without it) raises before it changes anything. Also values a
//! test asserts to be false: a login it expects to fail.

use crate::model::kinds::FieldByName;
use tree_sitter::Node;

use super::Model;

impl<'t> Model<'t> {
    /// Whether `node` is (part of) the only statement of a block guarded by
    /// `assertRaises`/`assertRaisesRegex`/`pytest.raises`.
    pub fn expected_to_raise(&self, node: Node<'t>) -> bool {
        if !self.lang.is_python()
            || !*self
                .mentions_raises
                .get_or_init(|| self.src.contains("assertRaises") || self.src.contains("raises("))
        {
            return false;
        }
        // One descent from the root instead of a `Node::parent()` (itself a
        // descent) per level.
        let chain = crate::walk::ancestors(self.root, node);
        let parent = |i: usize| chain.len().checked_sub(i + 1).map(|j| chain[j]);
        // `up` levels above `node`: the statement (at most 4 up, below a
        // block), then its block, then the `with`.
        let mut up = 0;
        while up < 4 && parent(up).is_some_and(|p| p.kind() != "block") {
            up += 1;
        }
        let Some(block) = parent(up).filter(|p| p.kind() == "block") else {
            return false;
        };
        let Some(with) = parent(up + 1).filter(|p| p.kind() == "with_statement") else {
            return false;
        };
        let mut c = block.walk();
        let statements = block
            .named_children(&mut c)
            .filter(|n| n.kind() != "comment")
            .count();
        let clause = with.named_child(0).map(|n| self.text(n)).unwrap_or("");
        statements == 1 && (clause.contains("assertRaises") || clause.contains("raises("))
    }
}

/// Assertion methods that assert their (only) argument is false.
const ASSERT_FALSE: &[&str] = &[
    "assertFalse",
    "assert_false",
    "isFalse",
    "notOk",
    "isNotOk",
    "toBeFalsy",
    "toBeFalse",
];

/// Assertion methods comparing their argument with an expected value
/// (`assertIs(x, False)`, `assert.equal(x, false)`, `expect(x).toBe(false)`).
const ASSERT_EQUAL: &[&str] = &[
    "assertIs",
    "assertEqual",
    "assertEquals",
    "assert_equal",
    "equal",
    "strictEqual",
    "deepEqual",
    "is",
    "toBe",
    "toEqual",
    "toStrictEqual",
];

impl<'t> Model<'t> {
    /// Whether the test asserts that the value of `node` is false: a call
    /// the test expects to fail, such as a login with bad credentials
    /// (`self.assertFalse(self.client.login(...))`, `assert not login(...)`,
    /// `expect(await signIn(...)).toBe(false)`), also through a name bound
    /// to it (`ok = self.client.login(...)` then `self.assertFalse(ok)`).
    pub fn asserted_false(&self, node: Node<'t>) -> bool {
        if self.asserts_false_here(node) {
            return true;
        }
        // The value bound to a name: look for the name asserted false later
        // in the same scope.
        let value = climb_wrappers(node);
        let Some(binding) = value.parent() else {
            return false;
        };
        let name = match binding.kind() {
            "assignment" | "assignment_expression" => binding
                .field("right")
                .filter(|r| r.id() == value.id())
                .and(binding.field("left")),
            "variable_declarator" => binding
                .field("value")
                .filter(|r| r.id() == value.id())
                .and(binding.field("name")),
            _ => None,
        };
        let Some(name) = name.filter(|n| n.kind() == "identifier") else {
            return false;
        };
        let name = self.text(name);
        let body = self.scope(self.scope_of(node)).node;
        let mut stack = vec![body];
        let mut budget = 4096;
        while let Some(n) = stack.pop() {
            budget -= 1;
            if budget == 0 {
                return false;
            }
            if n.kind() == "identifier" {
                if n.start_byte() > node.end_byte()
                    && self.text(n) == name
                    && self.asserts_false_here(n)
                {
                    return true;
                }
                continue;
            }
            crate::walk::named_children(n, &mut stack);
        }
        false
    }

    /// Whether the test asserts that the request `node` is refused with a
    /// client error: its response is bound to a name (`r =
    /// self.client.post(url, data)`) and the first later statement of the
    /// same block that reads `r.status_code` asserts a 4xx (`assert
    /// r.status_code == 403`, `self.assertEqual(r.status_code,
    /// status.HTTP_400_BAD_REQUEST)`). A refused write stores nothing; a
    /// refused login shares no session.
    pub fn asserted_client_error(&self, node: Node<'t>) -> bool {
        if !self.lang.is_python() {
            return self.asserted_client_error_js(node);
        }
        if !self.src.contains("status_code") {
            return false;
        }
        let value = climb_wrappers(node);
        let Some(binding) = value.parent().filter(|b| b.kind() == "assignment") else {
            return false;
        };
        if binding.field("right").map(|r| r.id()) != Some(value.id()) {
            return false;
        }
        let Some(name) = binding.field("left").filter(|n| n.kind() == "identifier") else {
            return false;
        };
        let Some(statement) = binding
            .parent()
            .filter(|s| s.kind() == "expression_statement")
        else {
            return false;
        };
        let probe = format!("{}.status_code", self.text(name));
        let mut next = statement.next_named_sibling();
        while let Some(s) = next {
            if s.kind() != "comment" && self.text(s).contains(&probe) {
                return self.asserts_client_error_status(s, &probe);
            }
            next = s.next_named_sibling();
        }
        false
    }

    /// The same in JS (audit 87): `const response = await
    /// request(app).post(url).send(body)` and the first later statement of
    /// the block that reads `response.status` (or `.statusCode`) is
    /// `expect(response.status).toBe(400)` (`toEqual`, `toStrictEqual`,
    /// chai's `.to.equal`) or `assert.strictEqual(response.status, 400)`.
    fn asserted_client_error_js(&self, node: Node<'t>) -> bool {
        if !self.src.contains(".status") {
            return false;
        }
        // Up the request chain (`request(app).post(url).send(body)`) and
        // its `await` to the declared value.
        let mut value = node;
        while let Some(p) = value.parent().filter(|p| {
            matches!(
                p.kind(),
                "member_expression"
                    | "call_expression"
                    | "await_expression"
                    | "parenthesized_expression"
            )
        }) {
            // `.then(() => agent.get('/admin'))`: the value is the response
            // of a later request, not of this one.
            let later = p.kind() == "member_expression"
                && p.field("property")
                    .is_some_and(|m| matches!(self.text(m), "then" | "finally"));
            if later {
                return false;
            }
            value = p;
        }
        let Some(declarator) = value.parent().filter(|d| d.kind() == "variable_declarator") else {
            return false;
        };
        let Some(name) = declarator
            .field("name")
            .filter(|n| n.kind() == "identifier")
        else {
            return false;
        };
        let Some(statement) = declarator
            .parent()
            .filter(|s| matches!(s.kind(), "lexical_declaration" | "variable_declaration"))
        else {
            return false;
        };
        let name = self.text(name);
        let probes = [format!("{name}.status"), format!("{name}.statusCode")];
        let mut next = statement.next_named_sibling();
        while let Some(s) = next {
            let text = self.text(s);
            if s.kind() != "comment" && probes.iter().any(|p| text.contains(p.as_str())) {
                return probes
                    .iter()
                    .any(|p| self.js_asserts_client_error_status(s, p));
            }
            next = s.next_named_sibling();
        }
        false
    }

    /// `expect(probe).toBe(4xx)` / `.toEqual` / `.toStrictEqual` /
    /// `.to.equal` / `.to.eql`, or `assert.equal(probe, 4xx)` /
    /// `assert.strictEqual` (either order).
    fn js_asserts_client_error_status(&self, statement: Node<'t>, probe: &str) -> bool {
        let Some(call) = statement.named_child(0).filter(|c| {
            statement.kind() == "expression_statement" && c.kind() == "call_expression"
        }) else {
            return false;
        };
        let (Some(callee), Some(args)) = (call.field("function"), call.field("arguments")) else {
            return false;
        };
        let argument = |i: usize| args.named_child(i as u32).map(|a| self.text(a));
        let method = callee
            .field("property")
            .map(|p| self.text(p))
            .unwrap_or_default();
        if matches!(
            method,
            "toBe" | "toEqual" | "toStrictEqual" | "equal" | "eql" | "equals"
        ) {
            // `expect(probe)...toBe(code)`: the innermost call of the
            // callee's chain is `expect(probe)`.
            let mut inner = callee.field("object");
            while let Some(n) = inner {
                if n.kind() == "call_expression" {
                    let is_expect = n
                        .field("function")
                        .is_some_and(|f| self.text(f) == "expect");
                    if is_expect {
                        let subject = n
                            .field("arguments")
                            .and_then(|a| a.named_child(0))
                            .map(|a| self.text(a));
                        return subject == Some(probe)
                            && argument(0).is_some_and(is_client_error_status);
                    }
                    inner = n.field("function");
                } else {
                    inner = n.field("object");
                }
            }
            // `assert.equal(probe, code)`.
            let assert_call = callee
                .field("object")
                .is_some_and(|o| self.text(o) == "assert");
            if !assert_call {
                return false;
            }
        } else if !matches!(method, "strictEqual" | "deepEqual" | "deepStrictEqual") {
            return false;
        }
        let (Some(a), Some(b)) = (argument(0), argument(1)) else {
            return false;
        };
        (a == probe && is_client_error_status(b)) || (b == probe && is_client_error_status(a))
    }

    /// `assert r.status_code == 400` / `self.assertEqual(r.status_code,
    /// 403)` (either order): `statement` compares `probe` with a 4xx.
    fn asserts_client_error_status(&self, statement: Node<'t>, probe: &str) -> bool {
        let pair = match statement.kind() {
            "assert_statement" => statement
                .named_child(0)
                .filter(|c| {
                    c.kind() == "comparison_operator"
                        && c.child(1).is_some_and(|op| self.text(op) == "==")
                })
                .and_then(|c| Some((c.named_child(0)?, c.named_child(1)?))),
            "expression_statement" => statement
                .named_child(0)
                .filter(|c| c.kind() == "call")
                .filter(|c| {
                    c.field("function").is_some_and(|f| {
                        let f = self.text(f);
                        let method = f.rsplit('.').next().unwrap_or(f);
                        matches!(method, "assertEqual" | "assertEquals" | "assert_equal")
                    })
                })
                .and_then(|c| c.field("arguments"))
                .and_then(|a| Some((a.named_child(0)?, a.named_child(1)?))),
            _ => None,
        };
        let Some((a, b)) = pair else {
            return false;
        };
        let (a, b) = (self.text(a), self.text(b));
        (a == probe && is_client_error_status(b)) || (b == probe && is_client_error_status(a))
    }

    /// Whether `node` itself is asserted false where it stands.
    fn asserts_false_here(&self, node: Node<'t>) -> bool {
        let node = climb_wrappers(node);
        let Some(parent) = node.parent() else {
            return false;
        };
        match parent.kind() {
            // Python `assert not x`, JS `assert(!x)` / `assert.ok(!x)`.
            "not_operator" => climb_wrappers(parent)
                .parent()
                .is_some_and(|p| p.kind() == "assert_statement"),
            "unary_expression" if self.text(parent).starts_with('!') => {
                let outer = climb_wrappers(parent);
                outer.parent().is_some_and(|args| {
                    args.kind() == "arguments"
                        && args.parent().is_some_and(|call| {
                            let callee = call
                                .field("function")
                                .map(|f| self.path_of(f))
                                .unwrap_or_default();
                            matches!(callee.as_str(), "assert" | "assert.ok" | "ok")
                        })
                })
            }
            // Python `assert x is False` / `assert x == False`.
            "comparison_operator" => {
                let t: String = self.text(parent).split_whitespace().collect();
                (t.ends_with("isFalse") || t.ends_with("==False"))
                    && climb_wrappers(parent)
                        .parent()
                        .is_some_and(|p| p.kind() == "assert_statement")
            }
            "argument_list" | "arguments" => {
                let Some(call) = parent.parent() else {
                    return false;
                };
                let Some(callee) = call.field("function") else {
                    return false;
                };
                let path = self.path_of(callee);
                let method = super::facts::last_segment(&path);
                if ASSERT_FALSE.contains(&method) {
                    return true;
                }
                let is_false = |n: Node| matches!(self.text(n), "False" | "false");
                if ASSERT_EQUAL.contains(&method) {
                    let mut c = parent.walk();
                    let args: Vec<Node> = parent
                        .named_children(&mut c)
                        .filter(|n| n.kind() != "comment")
                        .collect();
                    return args.len() == 2
                        && args.iter().any(|a| a.id() == node.id())
                        && args.iter().any(|a| is_false(*a));
                }
                // `expect(x).toBe(false)`, `expect(x).toBeFalsy()`.
                if path == "expect" {
                    let Some(member) = call.parent().filter(|m| m.kind() == "member_expression")
                    else {
                        return false;
                    };
                    let matcher = member.field("property").map(|p| self.text(p)).unwrap_or("");
                    if ASSERT_FALSE.contains(&matcher) {
                        return true;
                    }
                    let args = member
                        .parent()
                        .filter(|c| c.kind() == "call_expression")
                        .and_then(|c| c.field("arguments"))
                        .and_then(|a| a.named_child(0));
                    return ASSERT_EQUAL.contains(&matcher) && args.is_some_and(is_false);
                }
                false
            }
            _ => false,
        }
    }
}

/// Looks up through `await` and parentheses around an expression.
fn climb_wrappers(mut node: Node) -> Node {
    while let Some(p) = node.parent() {
        if !matches!(
            p.kind(),
            "await" | "await_expression" | "parenthesized_expression"
        ) {
            break;
        }
        node = p;
    }
    node
}

/// A 4xx status as written in a test: `403`, DRF's and Starlette's
/// `status.HTTP_400_BAD_REQUEST`, `HTTPStatus.FORBIDDEN`. Not 401: an
/// unauthenticated answer can follow a write that went through (allauth's
/// headless sign-up answers 401 with the e-mail verification still pending).
fn is_client_error_status(text: &str) -> bool {
    let last = text.rsplit('.').next().unwrap_or(text);
    let code = last
        .strip_prefix("HTTP_")
        .and_then(|rest| rest.get(..3))
        .unwrap_or(last);
    code.parse::<u16>()
        .is_ok_and(|c| (400..500).contains(&c) && c != 401)
        || (text.starts_with("HTTPStatus.")
            && matches!(
                last,
                "BAD_REQUEST"
                    | "FORBIDDEN"
                    | "NOT_FOUND"
                    | "METHOD_NOT_ALLOWED"
                    | "CONFLICT"
                    | "UNPROCESSABLE_ENTITY"
                    | "TOO_MANY_REQUESTS"
            ))
}

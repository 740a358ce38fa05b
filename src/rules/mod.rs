//! The rule registry, the `Rule` trait and the context rules report through.
//! Each rule lives in its own file; its user-facing doc (summary, rationale,
//! fix hints per framework, bad/good examples) is `rules/<id>.toml`.

mod doc;
pub mod env_mutation;
pub mod fixed_temp_path;
mod fixes;
pub mod global_date_mock;
pub mod hardcoded_port;
pub mod module_mutable_state;
pub mod shared_seed_data;
pub mod test_order_dependency;
pub mod truncate_in_hook;

pub use doc::RuleDoc;

use crate::finding::{
    Applicability, CrossFileKey, Edit, Finding, Fix, Location, Related, Severity,
};
use crate::model::Model;
pub use crate::prefilter::{prefix, suffix, text, word, Trigger, Triggers};
use crate::source::LineIndex;
use std::path::PathBuf;
use std::sync::Arc;
use tree_sitter::Node;

/// A rule: reads the file's model and reports findings.
pub trait Rule: Sync + Send {
    fn id(&self) -> &'static str;

    /// What must occur in a file's raw bytes for this rule to report in it
    /// (see [`crate::prefilter`]). Files without it are not parsed, and the
    /// rule does not run on them.
    ///
    /// Triggers MUST be sound: pick literals the finding cannot exist
    /// without (the API name, not the receiver: `listen`, not `app.listen`,
    /// since the receiver can be aliased), as a whole `word` when the model
    /// compares the name exactly, a `prefix` when it matches the start of a
    /// name, `text` otherwise. Remember values reached through same-file
    /// constants and fixtures, and never rely on a word the rule only uses
    /// to *exclude*. [`Triggers::ALWAYS`] is the sound default.
    /// `assert_rule` checks every failing table case against them.
    fn triggers(&self) -> Triggers;

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>);

    /// What the hazard is shared through, which decides what contains it.
    fn shared_through(&self) -> SharedThrough;
}

/// What two tests share when a rule's hazard bites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SharedThrough {
    /// The worker process: its memory, environment, clock and working
    /// directory. A test that runs in a process of its own leaks none of it.
    Process,
    /// The machine or a service: ports, files, database rows. Tests that
    /// `xdist_group` pins to one worker take turns on it.
    Machine,
}

/// Every rule, in the order their docs list them.
pub fn all() -> &'static [&'static dyn Rule] {
    static RULES: &[&dyn Rule] = &[
        &hardcoded_port::HardcodedPort,
        &fixed_temp_path::FixedTempPath,
        &shared_seed_data::SharedSeedData,
        &module_mutable_state::ModuleMutableState,
        &test_order_dependency::TestOrderDependency,
        &global_date_mock::GlobalDateMock,
        &truncate_in_hook::TruncateInHook,
        &env_mutation::EnvMutation,
    ];
    RULES
}

pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.id() == id)
}

pub fn ids() -> impl Iterator<Item = &'static str> {
    all().iter().map(|r| r.id())
}

/// What a rule sees and reports into.
pub struct RuleContext<'a, 't> {
    pub model: &'a Model<'t>,
    pub path: &'a Arc<PathBuf>,
    pub lines: &'a LineIndex,
    pub rule: &'static str,
    pub doc: &'static RuleDoc,
    pub findings: &'a mut Vec<Finding>,
    /// Analyses shared between rules, computed once per file.
    pub memo: &'a crate::model::memo::FileMemo<'t>,
}

/// `node` without the parentheses around it: `(expr)` is reported at
/// `expr` (nested parentheses too).
fn unparenthesized(node: Node) -> Node {
    let mut node = node;
    while node.kind() == "parenthesized_expression" {
        let mut cursor = node.walk();
        let inner: Vec<Node> = node
            .named_children(&mut cursor)
            .filter(|c| c.kind() != "comment")
            .collect();
        match inner.as_slice() {
            [only] => node = *only,
            _ => break,
        }
    }
    node
}

impl<'a, 't> RuleContext<'a, 't> {
    pub fn location(&self, node: Node) -> Location {
        Location {
            path: self.path.clone(),
            span: self
                .lines
                .span(self.model.src, node.start_byte(), node.end_byte()),
        }
    }

    /// Reports a finding at `node`. The help line is the rule's fix hint for
    /// the framework of the code there (`Model::framework_at`: the file's,
    /// unittest inside a `TestCase` of a pytest file, pytest in a plain
    /// `def test_x()` of a file read as unittest); the returned
    /// finding can be refined.
    pub fn report(&mut self, node: Node, message: impl Into<String>) -> &mut Finding {
        // The offending expression, not the parentheses around it (black
        // wraps a long implicit concatenation as `email=(\n "a@"\n "b.c"\n)`).
        let node = unparenthesized(node);
        let snippet = normalise_snippet(self.model.text(node));
        let finding = Finding {
            rule: self.rule,
            location: self.location(node),
            message: one_line(&crate::model::facts::readable_paths(&message.into())),
            help: self.doc.fix_hint(self.model.framework_at(node)).to_string(),
            severity: Severity::Warning,
            related: Vec::new(),
            snippet,
            cross_file: None,
            cross_file_verb: "",
            subject: None,
            fix: None,
        };
        self.findings.push(finding);
        self.findings.last_mut().expect("just pushed")
    }

    /// An edit replacing the bytes `start..end` of the file with `content`
    /// (an insertion when `start == end`).
    pub fn edit(&self, start: usize, end: usize, content: impl Into<String>) -> Edit {
        Edit {
            span: self.lines.span(self.model.src, start, end),
            content: content.into(),
        }
    }

    /// The edit that makes the pytest function `scope` (see
    /// [`Model::pytest_fixture_taker`]) request the fixture `name`:
    /// `Some(None)` when it already does, `Some(Some(edit))` adding the
    /// parameter after the plain ones (before any default, `*args`, `*` or
    /// `**kwargs`; pytest passes fixtures by name), `None` when the name
    /// already means something else in the function or the parameters
    /// cannot take it without a guess.
    pub fn request_fixture(
        &self,
        scope: &crate::model::scope::Scope,
        name: &str,
    ) -> Option<Option<Edit>> {
        if scope.params.iter().any(|p| p == name) {
            return Some(None);
        }
        let function = scope.node;
        if self.model.text(function).contains(name) {
            return None;
        }
        let parameters = function.child_by_field_name("parameters")?;
        let params = crate::walk::named_children_list(parameters);
        let plain = |n: &Node| matches!(n.kind(), "identifier" | "typed_parameter");
        let at = match params.iter().position(|p| !plain(p)) {
            Some(i) if params[i].kind() == "positional_separator" => return None,
            Some(i) => {
                return Some(Some(self.edit(
                    params[i].start_byte(),
                    params[i].start_byte(),
                    format!("{name}, "),
                )))
            }
            None => params
                .last()
                .map_or(parameters.start_byte() + 1, |p| p.end_byte()),
        };
        let content = if params.is_empty() {
            name.to_string()
        } else {
            format!(", {name}")
        };
        Some(Some(self.edit(at, at, content)))
    }

    /// A related location in this file.
    pub fn related(&self, node: Node, message: impl Into<String>) -> Related {
        Related {
            location: self.location(node),
            message: message.into(),
        }
    }

    /// The related location of the value `what` a finding reached through
    /// a name: "defined here" at a constant's definition, "passed here" at
    /// the argument of a call to the helper whose parameter it is.
    pub fn value_origin(&self, origin: Node, what: &str) -> Related {
        let passed = origin.parent().is_some_and(|p| {
            matches!(p.kind(), "arguments" | "argument_list" | "keyword_argument")
        });
        let verb = if passed { "passed" } else { "defined" };
        self.related(origin, format!("{what} is {verb} here"))
    }
}

impl Finding {
    /// Groups this finding with findings of other files under `key`; each
    /// will list the others, "also {verb} in ...".
    pub fn cross_file(&mut self, key: impl Into<String>, verb: &'static str) -> &mut Self {
        self.cross_file = Some(CrossFileKey(format!("{}:{}", self.rule, key.into())));
        self.cross_file_verb = verb;
        self
    }

    pub fn with_related(&mut self, related: Related) -> &mut Self {
        self.related.push(related);
        self
    }

    /// Attaches the fix that removes this finding.
    pub fn with_fix(
        &mut self,
        title: impl Into<String>,
        applicability: Applicability,
        mut edits: Vec<Edit>,
    ) -> &mut Self {
        edits.sort_by_key(|e| (e.span.start_byte, e.span.end_byte));
        self.fix = Some(Fix {
            title: title.into(),
            applicability,
            edits,
        });
        self
    }
}

/// A message on one line: source text quoted in it (a callee or URL
/// expression spread over several lines) would otherwise break
/// line-oriented output such as `--format concise`.
fn one_line(message: &str) -> String {
    if !message.contains(['\n', '\r']) {
        return message.to_string();
    }
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn normalise_snippet(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(200));
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
        if out.len() > 200 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod message_tests {
    #[test]
    fn messages_are_one_line() {
        assert_eq!(super::one_line("a `b` c"), "a `b` c");
        assert_eq!(
            super::one_line("written by `POST resolve_url(\n            \"admin:x`: parallel"),
            "written by `POST resolve_url( \"admin:x`: parallel"
        );
    }
}

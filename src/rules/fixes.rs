//! Edits that several rules' fixes share: a teardown hook added next to
//! the code whose change it undoes, and a hook's name added to the test
//! runner's import.

use super::RuleContext;
use crate::finding::Edit;
use crate::model::facts::plain_string;
use crate::model::kinds::{self, FieldByName};
use crate::model::scope::ScopeKind;
use tree_sitter::Node;

/// The edits that undo what the statement at `node` installs, for
/// Jest/Vitest, and for Jasmine with Jasmine's own undo (a Jasmine file is
/// offered no `jest.`/`vi.` call, and Jasmine's undo is offered in no other
/// file): a teardown hook calling `undo` (`jest.useRealTimers()`,
/// `jasmine.clock().uninstall()`),
/// added at the end of the `describe` body (or the file) that registers the
/// hook or test running `node` (or holds the statement, at the top level of
/// the file or of a `describe`). `afterEach` for a `beforeEach` or a test,
/// `afterAll` for a `beforeAll` or the top level, so every test that ran
/// with the change still does: the fix changes only what later tests
/// inherit. Every fix of one block adds the same hook at the same place,
/// so three tests faking the clock get one `afterEach`, not three.
/// A file importing its hooks (`import { ... } from 'vitest'` or
/// `'@jest/globals'`) gets the new hook's name added there, with
/// `also_import` (names the caller's own edits use). None where the
/// change is made in a helper or a fixture (where to undo it is a choice),
/// and for Jest in a config-named setup file: a `setupFiles` file runs
/// before Jest defines its hooks, and the file's role does not say which
/// list named it (Vitest setup files run with the hooks).
pub(super) fn teardown_edits(
    cx: &RuleContext,
    node: Node,
    undo: &str,
    also_import: &[&str],
) -> Option<Vec<Edit>> {
    use crate::model::framework::HookKind;
    let model = cx.model;
    if model.role == crate::model::FileRole::SetupFile && !undo.starts_with("vi.") {
        return None;
    }
    // A Jasmine file gets Jasmine's undo only: Karma defines no `jest`/`vi`.
    let jasmine_undo = undo.starts_with("jasmine.");
    if jasmine_undo != (model.framework == crate::model::framework::Framework::Jasmine) {
        return None;
    }
    let scope = model.scope(model.scope_of(node));
    let (hook, anchor) = match scope.kind {
        ScopeKind::Test { .. } | ScopeKind::Hook(HookKind::BeforeEach) => {
            ("afterEach", registering_statement(scope.node)?)
        }
        ScopeKind::Hook(HookKind::BeforeAll) => ("afterAll", registering_statement(scope.node)?),
        ScopeKind::Module | ScopeKind::Suite { .. } => (
            "afterAll",
            node.parent()
                .filter(|p| p.kind() == "expression_statement")?,
        ),
        _ => return None,
    };
    // Registered once: at the top level or directly in a `describe` body,
    // not in a loop or a branch.
    let block = anchor.parent()?;
    let registered_once = block.kind() == "program"
        || (block.kind() == "statement_block"
            && block
                .parent()
                .is_some_and(|f| kinds::is_js_function_value(f.kind())));
    if !registered_once {
        return None;
    }
    let src = model.src;
    let indent = crate::fix::indentation_at(src, anchor.start_byte())?;
    let nl = crate::fix::newline(src);
    // The body's indentation unit: a tab in a tab-indented file.
    let unit = if indent.contains('\t') || (indent.is_empty() && src.contains("\n\t")) {
        "\t"
    } else {
        "  "
    };
    let semi = if model.text(anchor).ends_with(';') {
        ";"
    } else {
        ""
    };
    let last = crate::walk::named_children_list(block).last().copied()?;
    let mut edits = vec![cx.edit(
        last.end_byte(),
        last.end_byte(),
        format!("{nl}{indent}{hook}(() => {{{nl}{indent}{unit}{undo}{semi}{nl}{indent}}}){semi}"),
    )];
    let mut names = vec![hook];
    names.extend_from_slice(also_import);
    edits.extend(runner_import_edit(cx, &names)?);
    Some(edits)
}

/// The statement registering the callback `function` (`beforeEach(() =>
/// ...);`, `it('x', async () => ...);`).
fn registering_statement(function: Node) -> Option<Node> {
    let arguments = function.parent().filter(|p| p.kind() == "arguments")?;
    let call = arguments
        .parent()
        .filter(|p| p.kind() == "call_expression")?;
    call.parent().filter(|p| p.kind() == "expression_statement")
}

/// `Some(edit)` adding the `names` not imported yet to the file's named
/// import of its test runner (`import { it, vi } from 'vitest'` or
/// `'@jest/globals'`), `Some(None)` when nothing needs adding (the names are
/// imported already, or the file imports nothing from the runner and uses
/// its globals), `None` when an import is of another shape (a namespace or
/// default import) and the fix should not guess. Type-only imports
/// (`import type { Mock } from 'vitest'`) bring no values and are passed
/// over.
pub(super) fn runner_import_edit(cx: &RuleContext, names: &[&str]) -> Option<Option<Edit>> {
    let model = cx.model;
    let mut imported: Vec<&str> = Vec::new();
    let mut first_list: Option<Node> = None;
    for statement in crate::walk::named_children_list(model.root) {
        if statement.kind() != "import_statement"
            || model.text(statement).starts_with("import type")
        {
            continue;
        }
        let from = statement
            .field("source")
            .and_then(|s| plain_string(s, model.src));
        if !matches!(from.as_deref(), Some("vitest" | "@jest/globals")) {
            continue;
        }
        let clause = crate::walk::named_children_list(statement)
            .into_iter()
            .find(|c| c.kind() == "import_clause")?;
        let parts = crate::walk::named_children_list(clause);
        let [named] = parts.as_slice() else {
            return None;
        };
        if named.kind() != "named_imports" {
            return None;
        }
        let specifiers = crate::walk::named_children_list(*named);
        imported.extend(specifiers.iter().filter_map(|s| {
            s.field("alias")
                .or_else(|| s.field("name"))
                .map(|n| model.text(n))
        }));
        first_list.get_or_insert(*named);
    }
    let missing: Vec<&str> = names
        .iter()
        .copied()
        .filter(|n| !imported.contains(n))
        .collect();
    let Some(list) = first_list.filter(|_| !missing.is_empty()) else {
        return Some(None);
    };
    let last = crate::walk::named_children_list(list).last().copied()?;
    let added: String = missing.iter().map(|n| format!(", {n}")).collect();
    Some(Some(cx.edit(last.end_byte(), last.end_byte(), added)))
}

//! `fixed-temp-path`: a test creates, writes, removes or locks a file or
//! directory at a path that is the same in every worker, so parallel runs
//! overwrite, delete or block each other's files.
//!
//! Flagged: a path under `/tmp` / `/var/tmp`, `os.tmpdir()` /
//! `tempfile.gettempdir()` joined with only literals, or a bare relative
//! literal (`'config.json'`, `'./out/report.xml'`), passed to a write,
//! create, remove or lock API (the list lives in `model::fs_writes`: Node
//! `fs` / `fs.promises` / `fs-extra`, Python `open(p, 'w')`, pathlib,
//! `os`/`shutil`, SQLite, Playwright screenshots/traces/videos, lock files).
//! Reported at the path argument (the property value for `{ path }`), with
//! the literal's definition as related location when reached through a name.
//!
//! Not flagged: reads (`readFileSync`, `open(p)` in read mode), isolated
//! values (`mkdtemp`, `tmp_path`, `uuid`, pid, worker ids,
//! `testInfo.outputPath()`), paths built from `__dirname` or other unknown
//! values, other absolute paths (`/dev/null`), in-memory SQLite, writes
//! through an in-memory fs (memfs, mock-fs, `jest.mock('fs')`, pyfakefs) and
//! Jest/Vitest/Playwright `globalSetup` modules (they run once).

use super::{prefix, text, word, Rule, RuleContext, SharedThrough, Trigger, Triggers};
use crate::finding::{Applicability, Edit};
use crate::model::facts;
use crate::model::framework::Framework;
use crate::model::fs_writes::{
    display_path, fixed_path_kind, normalise_path, FileWrite, FixedPathKind, WriteKind,
};
use crate::model::kinds::FieldByName;
use crate::model::scope::ScopeKind;
use crate::model::FileRole;
use tree_sitter::Node;

pub struct FixedTempPath;

/// Every API name `model::fs_writes` matches starts with one of these
/// (`rm` for `rm`, `rmSync`, `rmdir`); checked by a test below so the
/// prefilter stays sound.
const JS_TRIGGERS: &[Trigger] = &[
    prefix("write"),
    prefix("append"),
    prefix("create"),
    prefix("truncate"),
    prefix("copy"),
    prefix("cp"),
    prefix("rename"),
    prefix("symlink"),
    prefix("link"),
    prefix("mkdir"),
    prefix("rm"),
    prefix("unlink"),
    prefix("output"),
    prefix("move"),
    prefix("ensure"),
    prefix("remove"),
    prefix("empty"),
    prefix("rimraf"),
    // `mkdirp.sync(p)`, `rimraf.sync(p)`: named by the receiver.
    word("mkdirp"),
    prefix("open"),
    word("screenshot"),
    word("pdf"),
    prefix("stop"),
    word("saveAs"),
    word("newContext"),
    word("newPage"),
    word("launchPersistentContext"),
    word("Database"),
    prefix("lock"),
];

const PY_TRIGGERS: &[Trigger] = &[
    prefix("open"),
    word("makedirs"),
    word("mkdir"),
    word("mkfifo"),
    prefix("remove"),
    word("rmdir"),
    word("rmtree"),
    prefix("rename"),
    word("replace"),
    prefix("symlink"),
    word("hardlink_to"),
    word("link"),
    word("truncate"),
    word("unlink"),
    prefix("copy"),
    word("move"),
    word("connect"),
    prefix("create_"),
    text("FileLock"),
    word("Lock"),
    word("ZipFile"),
    word("FileHandler"),
    word("basicConfig"),
    prefix("save"),
    prefix("to_"),
    word("get_screenshot_as_file"),
    word("screenshot"),
    word("pdf"),
    prefix("stop"),
    word("new_context"),
    word("new_page"),
    word("launch_persistent_context"),
    prefix("write_"),
    word("touch"),
    // Unix-domain sockets: `sock.bind(path)` (AF_UNIX), socketserver and
    // asyncio Unix servers (`create_unix_server` is a `create_` prefix).
    word("bind"),
    word("UnixStreamServer"),
    word("UnixDatagramServer"),
    prefix("ThreadingUnix"),
    word("start_unix_server"),
];

impl Rule for FixedTempPath {
    fn id(&self) -> &'static str {
        "fixed-temp-path"
    }

    fn triggers(&self) -> Triggers {
        Triggers {
            javascript: JS_TRIGGERS,
            python: PY_TRIGGERS,
            in_hooks: false,
            shared_state: false,
        }
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Machine
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        // A global setup module runs once, before any worker starts.
        if model.role == FileRole::GlobalSetup {
            return;
        }
        let python = model.lang.is_python();
        let writes = model.file_writes();
        for write in &writes {
            let Some((path, origin)) = model.written_path(write) else {
                continue;
            };
            let Some(kind) = fixed_path_kind(&path) else {
                continue;
            };
            // Relative to a per-test working directory (`with temp_cwd():`,
            // `tmpdir.as_cwd()`, `monkeypatch.chdir(tmp_path)`).
            if kind == FixedPathKind::Relative && model.in_private_cwd(write.node) {
                continue;
            }
            // `with self.assertRaises(...): os.link('a', 'b')` writes nothing.
            if model.expected_to_raise(write.node) {
                continue;
            }
            // `new Database('app')` may name a database, not a file: a
            // relative database path counts when it looks like a file.
            if kind == FixedPathKind::Relative
                && write.kind == WriteKind::Database
                && !path.contains(['.', '/'])
            {
                continue;
            }
            let shown = display_path(&path, python);
            let why = match kind {
                FixedPathKind::Temp => "is the same in every worker",
                FixedPathKind::Relative => {
                    "is relative to the working directory every worker shares"
                }
            };
            let related = origin.map(|o| cx.value_origin(o, &format!("path {shown}")));
            let finding = cx.report(
                write.node,
                format!(
                    "fixed path {shown} is {} here and {why}: parallel runs clobber each other's files",
                    write.kind.verb()
                ),
            );
            finding.cross_file(normalise_path(&path), "written");
            if let Some(r) = related {
                finding.with_related(r);
            }
            if kind == FixedPathKind::Temp && origin.is_none() && write.field.is_none() {
                let fix = if python {
                    tmp_path_edits(cx, write.node, &path, &writes)
                        .map(|e| ("Use pytest's `tmp_path` fixture", e))
                } else {
                    output_path_edits(cx, write.node, &path, &writes)
                        .map(|e| ("Use `testInfo.outputPath()`", e))
                };
                if let Some((title, edits)) = fix {
                    cx.findings.last_mut().expect("just reported").with_fix(
                        title,
                        Applicability::Safe,
                        edits,
                    );
                }
            }
        }
    }
}

/// Calls that take a path-like object as well as a string: a path written
/// straight into one of them becomes `tmp_path / 'x'`, anywhere else
/// `str(tmp_path / 'x')`, so every value keeps its type.
const PY_PATH_LIKE_CALLS: &[&str] = &[
    "open", "makedirs", "mkdir", "remove", "unlink", "rmdir", "rmtree", "Path", "connect",
    "exists", "isfile", "isdir", "copy", "copyfile", "copytree", "move", "rename", "replace",
];

/// The fix for a fixed `/tmp` path written in a pytest test or
/// function-scoped fixture: every occurrence of the path in that function
/// becomes `tmp_path / 'rest'` (reads and asserts too, so they still meet),
/// and `tmp_path` joins the function's parameters. Only when the function
/// itself creates the path before anything else touches it (a file written
/// or opened as a database, or a directory made; under a subdirectory only
/// by `makedirs`/`mkdir(parents=True)`): a path the test removes or writes
/// into a directory it did not make exists only because something else made
/// it, and would not exist under `tmp_path`. None too when the path also
/// appears outside the function (another test or a fixture shares the
/// file), inside a longer string, or in a unittest method, or when the
/// parameters cannot take one more name without a guess.
fn tmp_path_edits(
    cx: &RuleContext,
    literal: Node,
    path: &str,
    writes: &[FileWrite],
) -> Option<Vec<Edit>> {
    let model = cx.model;
    let rest = temp_rest(path)?;
    let scope = model.pytest_fixture_taker(literal)?;
    let parameter = cx.request_fixture(scope, "tmp_path")?;
    let literals = sole_literals(cx, scope.node, path, writes)?;
    let mut edits: Vec<Edit> = literals
        .iter()
        .map(|&n| {
            let q = &model.text(n)[..1];
            let joined = format!("tmp_path / {q}{rest}{q}");
            let path_like = n
                .parent()
                .filter(|p| p.kind() == "argument_list")
                .and_then(|p| p.parent())
                .and_then(|call| call.field("function"))
                .is_some_and(|f| {
                    let callee = model.text(f);
                    let qualified = model.py_unaliased(callee);
                    let callee = qualified.as_deref().unwrap_or(callee);
                    PY_PATH_LIKE_CALLS.contains(&callee.rsplit('.').next().unwrap_or(callee))
                });
            let content = if path_like {
                joined
            } else {
                format!("str({joined})")
            };
            cx.edit(n.start_byte(), n.end_byte(), content)
        })
        .collect();
    edits.extend(parameter);
    Some(edits)
}

/// The fix for a fixed `/tmp` path written in a Playwright test: every
/// occurrence of the path in the test becomes `testInfo.outputPath('rest')`
/// (a directory of the test's own, made on demand), with `testInfo` added as
/// the test function's second parameter when it has none. The same
/// conditions as the pytest fix (see [`tmp_path_edits`]).
fn output_path_edits(
    cx: &RuleContext,
    literal: Node,
    path: &str,
    writes: &[FileWrite],
) -> Option<Vec<Edit>> {
    let model = cx.model;
    if model.framework != Framework::Playwright {
        return None;
    }
    let rest = temp_rest(path)?;
    let scope = model.scope(model.scope_of(literal));
    if !matches!(scope.kind, ScopeKind::Test { .. }) {
        return None;
    }
    let function = scope.node;
    let parameters = function
        .field("parameters")
        .filter(|p| p.kind() == "formal_parameters")?;
    let list = crate::walk::named_children_list(parameters);
    // A TypeScript parameter wraps its pattern.
    fn pattern(p: Node) -> Option<Node> {
        if p.kind() == "required_parameter" {
            p.child_by_field_name("pattern")
        } else {
            Some(p)
        }
    }
    let (info, parameter) = match list.as_slice() {
        [_, second, ..] => {
            let name = pattern(*second).filter(|n| n.kind() == "identifier")?;
            (model.text(name), None)
        }
        [first] => {
            if pattern(*first)?.kind() != "object_pattern" {
                return None;
            }
            let at = first.end_byte();
            ("testInfo", Some(cx.edit(at, at, ", testInfo")))
        }
        [] => {
            let at = parameters.start_byte() + 1;
            ("testInfo", Some(cx.edit(at, at, "{}, testInfo")))
        }
    };
    if parameter.is_some() && model.text(function).contains("testInfo") {
        return None;
    }
    let literals = sole_literals(cx, function, path, writes)?;
    let mut edits: Vec<Edit> = literals
        .iter()
        .map(|&n| {
            let q = &model.text(n)[..1];
            cx.edit(
                n.start_byte(),
                n.end_byte(),
                format!("{info}.outputPath({q}{rest}{q})"),
            )
        })
        .collect();
    edits.extend(parameter);
    Some(edits)
}

/// What follows `/tmp/` (or `/var/tmp/`) in `path`, when something does
/// and it does not climb out with `..`.
fn temp_rest(path: &str) -> Option<&str> {
    path.strip_prefix("/tmp/")
        .or_else(|| path.strip_prefix("/var/tmp/"))
        .filter(|r| !r.is_empty() && !r.split('/').any(|part| part == ".."))
}

/// The string literals of `function` spelling exactly `path`, when they are
/// every occurrence of the path in the file (none in another function, a
/// comment or a longer string) and the first of them is where the function
/// creates the path: a file written or opened as a database, or a
/// directory made, and under a subdirectory only by a call that makes the
/// parents (`makedirs`, `mkdir(parents=True)`, `{ recursive: true }`). A
/// path the function only removes, or writes into a directory it did not
/// make, exists because something else made it, and would not exist in a
/// directory of the test's own.
fn sole_literals<'t>(
    cx: &RuleContext<'_, 't>,
    function: Node<'t>,
    path: &str,
    writes: &[FileWrite],
) -> Option<Vec<Node<'t>>> {
    let model = cx.model;
    let occurrences: Vec<usize> =
        memchr::memmem::find_iter(model.src.as_bytes(), path.as_bytes()).collect();
    let literals: Vec<Node> =
        crate::walk::descendants_of_kinds(function, &["string", "template_string"])
            .into_iter()
            .filter(|&n| facts::plain_string(n, model.src).as_deref() == Some(path))
            .collect();
    let quoted = |n: Node| matches!(model.text(n).as_bytes().first(), Some(b'\'' | b'"' | b'`'));
    if occurrences.len() != literals.len()
        || !literals
            .iter()
            .all(|&n| quoted(n) && occurrences.iter().any(|&at| at == n.start_byte() + 1))
    {
        return None;
    }
    let first = literals.iter().min_by_key(|n| n.start_byte())?;
    let creation = writes.iter().find(|w| w.node.id() == first.id())?;
    let nested = path.trim_end_matches('/').matches('/').count() > 2;
    let creates = match creation.kind {
        WriteKind::Write | WriteKind::Database => !nested,
        WriteKind::Create => {
            !nested
                || first.parent().and_then(|a| a.parent()).is_some_and(|call| {
                    let text = model.text(call);
                    text.contains("makedirs")
                        || text.contains("parents=True")
                        || text.contains("recursive: true")
                })
        }
        WriteKind::Remove | WriteKind::Lock => false,
    };
    creates.then_some(literals)
}

#[cfg(test)]
mod tests {
    use super::{JS_TRIGGERS, PY_TRIGGERS};
    use crate::testing::{assert_fixes, assert_rule, Case};

    const RULE: &str = "fixed-temp-path";

    #[test]
    fn playwright_fixes_use_output_path() {
        assert_fixes(
            RULE,
            false,
            &[
                (
                    "e2e/a.spec.ts",
                    "import { test } from '@playwright/test';\ntest('shot', async ({ page }) => {\n  await page.screenshot({ path: '/tmp/home.png' });\n});\n",
                    "import { test } from '@playwright/test';\ntest('shot', async ({ page }, testInfo) => {\n  await page.screenshot({ path: testInfo.outputPath('home.png') });\n});\n",
                ),
                (
                    "e2e/b.spec.js",
                    "const { test } = require('@playwright/test');\ntest('trace', async ({ context }, info) => {\n  await context.tracing.stop({ path: \"/tmp/trace.zip\" });\n});\ntest('none', async () => {\n  require('fs').writeFileSync('/tmp/n.txt', 'x');\n});\n",
                    "const { test } = require('@playwright/test');\ntest('trace', async ({ context }, info) => {\n  await context.tracing.stop({ path: info.outputPath(\"trace.zip\") });\n});\ntest('none', async ({}, testInfo) => {\n  require('fs').writeFileSync(testInfo.outputPath('n.txt'), 'x');\n});\n",
                ),
                // Not fixed: shared with another test, or not Playwright.
                (
                    "e2e/c.spec.ts",
                    "import { test } from '@playwright/test';\ntest('a', async ({ page }) => { await page.screenshot({ path: '/tmp/s.png' }); });\ntest('b', async ({ page }) => { await page.screenshot({ path: '/tmp/s.png' }); });\n",
                    "import { test } from '@playwright/test';\ntest('a', async ({ page }) => { await page.screenshot({ path: '/tmp/s.png' }); });\ntest('b', async ({ page }) => { await page.screenshot({ path: '/tmp/s.png' }); });\n",
                ),
                (
                    "d.test.js",
                    "test('a', () => { fs.writeFileSync('/tmp/d.json', '{}'); });\n",
                    "test('a', () => { fs.writeFileSync('/tmp/d.json', '{}'); });\n",
                ),
            ],
        );
    }

    #[test]
    fn pytest_fixes_use_tmp_path() {
        assert_fixes(
            RULE,
            false,
            &[
                // Every occurrence in the test moves, the read and the
                // assert too; `open` takes the path itself, others a str.
                (
                    "test_a.py",
                    "import json\n\ndef test_a():\n    with open('/tmp/cfg.json', 'w') as f:\n        json.dump({}, f)\n    load(path='/tmp/cfg.json')\n    assert read() == '/tmp/cfg.json'\n",
                    "import json\n\ndef test_a(tmp_path):\n    with open(tmp_path / 'cfg.json', 'w') as f:\n        json.dump({}, f)\n    load(path=str(tmp_path / 'cfg.json'))\n    assert read() == str(tmp_path / 'cfg.json')\n",
                ),
                // Parameters: after the plain ones, before defaults; two
                // paths share the one new parameter; a function-scoped
                // fixture and a pytest class method are fixed too.
                (
                    "test_b.py",
                    "import os, pytest\n\n@pytest.mark.parametrize('n', [1])\ndef test_b(n, flag=True):\n    os.makedirs(\"/tmp/b/out\")\n    os.mkdir('/tmp/b2')\n\n@pytest.fixture\ndef cfg():\n    open('/tmp/c.ini', 'w').close()\n    yield\n\nclass TestC:\n    def test_c(self):\n        open('/tmp/c.txt', 'x')\n",
                    "import os, pytest\n\n@pytest.mark.parametrize('n', [1])\ndef test_b(n, tmp_path, flag=True):\n    os.makedirs(tmp_path / \"b/out\")\n    os.mkdir(tmp_path / 'b2')\n\n@pytest.fixture\ndef cfg(tmp_path):\n    open(tmp_path / 'c.ini', 'w').close()\n    yield\n\nclass TestC:\n    def test_c(self, tmp_path):\n        open(tmp_path / 'c.txt', 'x')\n",
                ),
                // A copy to a longer path: that one moves first, then the
                // path it contained (a second round).
                (
                    "test_h.py",
                    "import shutil\ndef test_h():\n    open('/tmp/h.txt', 'w').write('x')\n    shutil.copy('/tmp/h.txt', '/tmp/h.txt.bak')\n",
                    "import shutil\ndef test_h(tmp_path):\n    open(tmp_path / 'h.txt', 'w').write('x')\n    shutil.copy(tmp_path / 'h.txt', tmp_path / 'h.txt.bak')\n",
                ),
                // Not fixed: the path exists before the test makes it (it
                // only removes it, or writes into a directory it did not
                // make), ...
                (
                    "test_i.py",
                    "import os\ndef test_i():\n    os.remove('/tmp/i.pid')\n    open('/tmp/i/out.csv', 'a').write('x')\n",
                    "import os\ndef test_i():\n    os.remove('/tmp/i.pid')\n    open('/tmp/i/out.csv', 'a').write('x')\n",
                ),
                // ... shared with another function, inside a longer
                // string, in a unittest method, a session fixture, a
                // module-level constant, or a relative path.
                (
                    "test_c.py",
                    "def test_w():\n    open('/tmp/s.txt', 'w').write('x')\n\ndef test_r():\n    assert open('/tmp/s.txt').read()\n",
                    "def test_w():\n    open('/tmp/s.txt', 'w').write('x')\n\ndef test_r():\n    assert open('/tmp/s.txt').read()\n",
                ),
                (
                    "test_d.py",
                    "import subprocess\ndef test_d():\n    open('/tmp/d.txt', 'w').write('x')\n    subprocess.run('cat /tmp/d.txt', shell=True)\n",
                    "import subprocess\ndef test_d():\n    open('/tmp/d.txt', 'w').write('x')\n    subprocess.run('cat /tmp/d.txt', shell=True)\n",
                ),
                (
                    "test_e.py",
                    "import unittest\nclass T(unittest.TestCase):\n    def test_e(self):\n        open('/tmp/e.txt', 'w')\n",
                    "import unittest\nclass T(unittest.TestCase):\n    def test_e(self):\n        open('/tmp/e.txt', 'w')\n",
                ),
                (
                    "test_f.py",
                    "import pytest\n@pytest.fixture(scope='session')\ndef f():\n    open('/tmp/f.txt', 'w')\n",
                    "import pytest\n@pytest.fixture(scope='session')\ndef f():\n    open('/tmp/f.txt', 'w')\n",
                ),
                (
                    "test_g.py",
                    "P = '/tmp/g.txt'\ndef test_g():\n    open(P, 'w')\n    open('out.txt', 'w')\n",
                    "P = '/tmp/g.txt'\ndef test_g():\n    open(P, 'w')\n    open('out.txt', 'w')\n",
                ),
            ],
        );
    }

    #[test]
    fn javascript_fs() {
        assert_rule(
            RULE,
            &[
                // A chdir into a shared directory keeps relative writes shared.
                Case::fail("test/gen.test.js", "const fs = require('fs');\nbefore(() => { process.chdir('fixtures/app'); });\nit('writes', () => { fs.writeFileSync('config/routes.js', 'x'); });", &["'config/routes.js'"]),
                Case::fail("a.test.js", "fs.writeFileSync('/tmp/config.json', '{}');", &["'/tmp/config.json'"]),
                // An fs API imported or destructured under another name.
                Case::fail("a.test.mjs", "import { writeFileSync as w } from 'node:fs';\ntest('a', () => { w('config.json', '{}'); });", &["'config.json'"]),
                Case::fail("a.test.cjs", "const { writeFileSync: w, mkdirSync } = require('fs');\ntest('a', () => { w('/tmp/report.json', '{}'); });", &["'/tmp/report.json'"]),
                // One level down: a renamed `fs.promises` member.
                Case::fail("a.test.cjs", "const { promises: { writeFile: writeAsync } } = require('node:fs');\ntest('a', async () => { await writeAsync('/tmp/latest.json', '{}'); });", &["'/tmp/latest.json'"]),
                // `path.join` imported or destructured under another name.
                Case::fail("a.test.mjs", "import fs from 'node:fs';\nimport os from 'node:os';\nimport { join as j } from 'node:path';\ntest('a', () => { fs.writeFileSync(j(os.tmpdir(), 'cache.json'), '{}'); });", &["j(os.tmpdir(), 'cache.json')"]),
                Case::fail("a.test.cjs", "const fs = require('fs');\nconst { resolve: r } = require('path');\ntest('a', () => { fs.rmSync(r('/tmp', 'work'), { recursive: true }); });", &["r('/tmp', 'work')"]),
                // A fixed path handed to a same-file helper that writes it.
                // A helper named like fs-extra's `remove`: the path is reported once,
                // at the helper's own fs call, not again at each call of it (log4js).
                Case::fail("test/a-test.js", "const fs = require('fs');\nfunction remove(filename) {\n  try { fs.unlinkSync(filename); } catch (e) {}\n}\ntest('a', (t) => {\n  const testFile = 'tmp-sync-tests.log';\n  remove(testFile);\n  t.teardown(() => { remove(testFile); });\n});", &["filename"]),
                Case::fail("a.test.js", "const { remove } = require('fs-extra');\ntest('a', async () => { await remove('./out'); });", &["'./out'"]),
                // A comment naming the helper does not hide its calls' paths.
                Case::fail("a.test.js", "const fs = require('fs');\n// remove: deletes a log file, ignoring a missing one\nfunction remove(filename) {\n  try { fs.unlinkSync(filename); } catch (e) {}\n}\nit('a', () => { remove('tmp-logger-tests.log'); });", &["filename"]),
                Case::fail("a.test.js", "function writeCfg(p) { fs.writeFileSync(p, 'x'); }\ntest('b', () => { writeCfg('/tmp/cfg.json'); });", &["p"]),
                Case::fail("a.test.js", "await fs.writeFile('/tmp/a.txt', 'x');", &["'/tmp/a.txt'"]),
                Case::fail("a.test.js", "fs.appendFileSync('/var/tmp/log.txt', 'x');", &["'/var/tmp/log.txt'"]),
                Case::fail("a.test.js", "fs.appendFile('out.log', 'x', cb);", &["'out.log'"]),
                Case::fail("a.test.js", "fs.mkdirSync('/tmp/work', { recursive: true });", &["'/tmp/work'"]),
                Case::fail("a.test.js", "await fs.promises.mkdir('./out/reports', { recursive: true });", &["'./out/reports'"]),
                Case::fail("a.test.js", "fs.rmSync('/tmp/work', { recursive: true, force: true });", &["'/tmp/work'"]),
                Case::fail("a.test.js", "fs.rmdirSync('/tmp/work');", &["'/tmp/work'"]),
                Case::fail("a.test.js", "fs.unlinkSync('config.json');", &["'config.json'"]),
                Case::fail("a.test.js", "await fsp.unlink('/tmp/x.json');", &["'/tmp/x.json'"]),
                Case::fail("a.test.js", "fs.copyFileSync(src, '/tmp/copy.txt');", &["'/tmp/copy.txt'"]),
                Case::fail("a.test.js", "fs.renameSync(tmp, './out/report.xml');", &["'./out/report.xml'"]),
                Case::fail("a.test.js", "const s = fs.createWriteStream('/tmp/stream.log');", &["'/tmp/stream.log'"]),
                Case::fail("a.test.js", "const fd = fs.openSync('/tmp/x.bin', 'w');", &["'/tmp/x.bin'"]),
                Case::fail("a.test.js", "const fh = await fs.promises.open('data.txt', 'a+');", &["'data.txt'"]),
                Case::fail("a.test.js", "import { writeFile } from 'fs/promises';\nawait writeFile('/tmp/x', 'y');", &["'/tmp/x'"]),
                Case::fail("a.test.js", "import { rm } from 'node:fs/promises';\nawait rm('/tmp/x', { recursive: true });", &["'/tmp/x'"]),
                Case::fail("a.test.js", "const fs = require('fs');\nfs.writeFileSync(path.join(os.tmpdir(), 'cfg.json'), '{}');", &["path.join(os.tmpdir(), 'cfg.json')"]),
                Case::fail("a.test.js", "fs.writeFileSync(`${os.tmpdir()}/cfg.json`, '{}');", &["`${os.tmpdir()}/cfg.json`"]),
                Case::fail("a.test.js", "const tmp = require('os').tmpdir();\nfs.writeFileSync(tmp + '/cfg.json', '{}');", &["tmp + '/cfg.json'"]),
                Case::fail("a.test.js", "const CONFIG = '/tmp/app-config.json';\nit('x', () => { fs.writeFileSync(CONFIG, '{}'); });", &["CONFIG"]),
                Case::fail("a.test.js", "const DIR = path.join(os.tmpdir(), 'app');\nbeforeEach(() => fs.mkdirSync(DIR));\nafterEach(() => fs.rmSync(DIR, { recursive: true }));", &["DIR", "DIR"]),
                // A promisified fs API writes as the API it wraps.
                Case::fail("a.test.js", "const { tmpdir } = require('os');\nconst { join } = require('path');\nconst { writeFile } = require('fs');\nconst { promisify } = require('util');\nconst writef = promisify(writeFile);\ntest('a', async () => {\n  const jsonFile = join(tmpdir(), 'multipart.json');\n  await writef(jsonFile, '{}', 'utf8');\n});", &["jsonFile"]),
                Case::fail("a.test.js", "const fs = require('fs');\nconst util = require('util');\nconst mkdir = util.promisify(fs.mkdir);\ntest('a', async () => { await mkdir('/tmp/work'); });", &["'/tmp/work'"]),
                // A promisified read is no write.
                Case::pass("a.test.mjs", "import fs from 'node:fs';\nimport os from 'node:os';\nimport { join as j } from 'node:path';\ntest('a', () => { const dir = fs.mkdtempSync(j(os.tmpdir(), 'a-'));\n  fs.writeFileSync(j(dir, 'cache.json'), '{}'); });"),
                Case::pass("a.test.js", "const fs = require('fs');\nconst { promisify } = require('util');\nconst readf = promisify(fs.readFile);\ntest('a', async () => { await readf('/tmp/in.json'); });"),
            ],
        );
    }

    #[test]
    fn javascript_fs_extra_and_more() {
        assert_rule(
            RULE,
            &[
                Case::fail(
                    "a.test.js",
                    "await fse.outputFile('/tmp/a/b.txt', 'x');",
                    &["'/tmp/a/b.txt'"],
                ),
                Case::fail(
                    "a.test.js",
                    "await fse.outputJson('out/data.json', {});",
                    &["'out/data.json'"],
                ),
                Case::fail(
                    "a.test.js",
                    "fse.writeJsonSync('/tmp/x.json', {});",
                    &["'/tmp/x.json'"],
                ),
                Case::fail(
                    "a.test.js",
                    "await fse.ensureDir('/tmp/cache');",
                    &["'/tmp/cache'"],
                ),
                Case::fail(
                    "a.test.js",
                    "await fse.remove('/tmp/cache');",
                    &["'/tmp/cache'"],
                ),
                Case::fail(
                    "a.test.js",
                    "fse.emptyDirSync('./tmp-output');",
                    &["'./tmp-output'"],
                ),
                Case::fail(
                    "a.test.js",
                    "await fse.mkdirp('/tmp/deep/dir');",
                    &["'/tmp/deep/dir'"],
                ),
                Case::fail(
                    "a.test.js",
                    "import { remove } from 'fs-extra';\nawait remove('build-test');",
                    &["'build-test'"],
                ),
                Case::fail(
                    "a.test.js",
                    "await fse.copy(src, '/tmp/dest');",
                    &["'/tmp/dest'"],
                ),
                Case::fail(
                    "a.test.js",
                    "fse.moveSync(a, '/tmp/moved');",
                    &["'/tmp/moved'"],
                ),
                Case::fail("a.test.js", "rimraf.sync('/tmp/build');", &["'/tmp/build'"]),
                Case::fail(
                    "a.test.js",
                    "const db = new Database('test.db');",
                    &["'test.db'"],
                ),
                Case::fail(
                    "a.test.js",
                    "const db = new sqlite3.Database('/tmp/test.sqlite');",
                    &["'/tmp/test.sqlite'"],
                ),
                Case::fail(
                    "a.test.js",
                    "const db = new sqlite3.Database('test/tmp/rw.db', sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, done);",
                    &["'test/tmp/rw.db'"],
                ),
                Case::fail(
                    "a.test.js",
                    "const db = await sqlite3.Database.create('test/tmp/p.db');",
                    &["'test/tmp/p.db'"],
                ),
                Case::fail(
                    "a.test.js",
                    "const db = await sqlite3.cached.Database.create('/tmp/c.db');",
                    &["'/tmp/c.db'"],
                ),
                Case::fail(
                    "a.test.js",
                    "const release = await lockfile.lock('/tmp/suite.lock');",
                    &["'/tmp/suite.lock'"],
                ),
            ],
        );
    }

    #[test]
    fn typescript_and_playwright() {
        assert_rule(
            RULE,
            &[
                Case::fail("e2e/a.spec.ts", "import { test as base } from '@playwright/test';\nexport const test = base.extend<{}, { out: string; scratch: string }>({\n  out: [async ({}, use) => { const dir = '/tmp/e2e-out'; mkdirSync(dir, { recursive: true }); await use(dir); }, { scope: 'worker' }],\n  scratch: async ({}, use) => { const dir = mkdtempSync(join(tmpdir(), 'x-')); writeFileSync(join(dir, 'a.txt'), 'x'); await use(dir); },\n});", &["dir"]),
                Case::fail("a.test.js", "import { test as base } from 'vitest';\nexport const test = base.extend({\n  out: async ({}, use) => { const dir = '/tmp/vt-out'; fs.mkdirSync(dir); await use(dir); },\n  other: async ({}, use) => { const dir = fs.mkdtempSync('/tmp/vt-'); fs.writeFileSync(path.join(dir, 'a'), 'x'); await use(dir); },\n});", &["dir"]),
                Case::fail("a.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.screenshot({ path: '/tmp/home.png' });\n});", &["'/tmp/home.png'"]),
                Case::fail("a.spec.ts", "test('x', async ({ page }) => {\n  await page.locator('h1').screenshot({ path: 'shots/h1.png' });\n});", &["'shots/h1.png'"]),
                Case::fail("a.spec.ts", "test('x', async ({ context }) => {\n  await context.tracing.stop({ path: 'trace.zip' });\n});", &["'trace.zip'"]),
                Case::fail("a.spec.ts", "const path = '/tmp/shot.png';\ntest('x', async ({ page }) => { await page.screenshot({ path }); });", &["path"]),
                Case::fail("a.spec.ts", "test('x', async ({ page }) => { await page.pdf({ path: 'out.pdf' }); });", &["'out.pdf'"]),
                Case::fail("a.spec.ts", "test('x', async ({ page }) => { const d = await page.waitForEvent('download'); await d.saveAs('/tmp/file.csv'); });", &["'/tmp/file.csv'"]),
                Case::fail("a.spec.ts", "const ctx = await browser.newContext({ recordVideo: { dir: 'videos/' }, recordHar: { path: 'net.har' } });", &["'videos/'", "'net.har'"]),
                Case::fail("a.spec.ts", "const ctx = await chromium.launchPersistentContext('/tmp/profile');", &["'/tmp/profile'"]),
                Case::fail("a.test.ts", "const file: string = '/tmp/typed.json';\nit('x', () => { fs.writeFileSync(file as string, '{}'); });", &["file as string"]),
                Case::fail("a.test.tsx", "it('renders', () => {\n  fs.writeFileSync('/tmp/snap.html', render(<App />));\n});", &["'/tmp/snap.html'"]),
                Case::fail("a.test.tsx", "const opts = { path: '/tmp/c.png' };\nit('x', async () => { await page.screenshot(opts); });", &["opts"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                Case::pass("e2e/a.spec.ts", "import { test as base } from '@playwright/test';\nexport const test = base.extend({\n  a: async ({}, use, testInfo) => { const dir = testInfo.outputPath('a'); mkdirSync(dir); await use(dir); },\n  b: async ({}, use) => { const dir = mkdtempSync(join(tmpdir(), 'b-')); mkdirSync(join(dir, 'x')); await use(dir); },\n});"),
                // A renamed import from a module that is no fs module.
                Case::pass("a.test.mjs", "import { writeFileSync as w } from './fake-fs.mjs';\ntest('a', () => { w('config.json', '{}'); });"),
                Case::pass("a.test.mjs", "import { readFileSync as r } from 'node:fs';\ntest('a', () => { r('config.json'); });"),
                Case::pass("a.test.cjs", "const { promises: { readFile: readAsync } } = require('node:fs');\ntest('a', async () => { await readAsync('/tmp/latest.json'); });"),
                Case::pass("a.test.cjs", "const { promises: { writeFile: writeAsync } } = require('node:fs');\ntest('a', async () => { await writeAsync(path.join(dir, 'latest.json'), '{}'); });"),
                // Relative writes after changing into a temporary directory.
                Case::pass("test/gen.test.js", "const fs = require('fs');\ndescribe('generate', () => {\n  let tmpDir;\n  before(() => {\n    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-'));\n    process.chdir(tmpDir);\n  });\n  it('writes', () => { fs.writeFileSync('config/routes.js', 'x'); });\n});"),
                // ShellJS `cd`/`pushd` into a temporary directory is the same move.
                Case::pass("test/git.test.js", "const fs = require('fs');\nconst sh = require('shelljs');\nbeforeEach(() => {\n  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'git-'));\n  sh.pushd('-q', dir);\n});\nafterEach(() => { sh.popd('-q'); });\ntest('writes', () => { fs.writeFileSync('file', 'line'); });"),
                Case::pass("a.test.js", "const data = fs.readFileSync('fixtures/x.json', 'utf8');"),
                // The file's own `remove` that writes nothing is not fs-extra's.
                Case::pass("a.test.js", "const fs = require('fs');\nconst store = new Map();\nfunction remove(key) { store.delete(key); }\ntest('a', () => { remove('config.json'); });"),
                Case::pass("a.test.js", "function writeCfg(p) { fs.writeFileSync(p, 'x'); }\ntest('b', () => { writeCfg(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'x-')), 'c.json')); });"),
                Case::pass("a.test.js", "if (fs.existsSync('/tmp/x')) {}"),
                Case::pass("a.test.js", "const fd = fs.openSync('/tmp/x.bin', 'r');"),
                Case::pass("a.test.js", "const fd = fs.openSync('/tmp/x.bin');"),
                Case::pass("a.test.js", "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-'));\nfs.writeFileSync(path.join(dir, 'cfg.json'), '{}');"),
                Case::pass("a.test.js", "let dir;\nbeforeEach(async () => { dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'x-')); });\nit('x', () => fs.writeFileSync(path.join(dir, 'a'), ''));"),
                Case::pass("a.test.js", "fs.writeFileSync(`/tmp/cfg-${process.env.JEST_WORKER_ID}.json`, '{}');"),
                Case::pass("a.test.js", "fs.writeFileSync(path.join(os.tmpdir(), `x-${process.pid}`), '');"),
                Case::pass("a.test.js", "fs.writeFileSync(`/tmp/${randomUUID()}.json`, '{}');"),
                Case::pass("a.test.js", "fs.writeFileSync(path.join(os.tmpdir(), uuid()), '');"),
                Case::pass("a.test.js", "fs.writeFileSync(path.join(__dirname, 'out.json'), '{}');"),
                Case::pass("a.test.js", "fs.writeFileSync(path.join(process.cwd(), 'out.json'), '{}');"),
                Case::pass("a.test.js", "function save(p) { fs.writeFileSync(p, ''); }"),
                Case::pass("a.test.js", "fs.writeFileSync('/dev/null', 'x');"),
                Case::pass("a.test.js", "fs.mkdirSync(os.tmpdir(), { recursive: true });"),
                Case::pass("a.test.js", "const db = new Database(':memory:');"),
                Case::pass("a.test.js", "import { vol } from 'memfs';\nvol.writeFileSync('/tmp/x', 'y');"),
                Case::pass("a.test.js", "jest.mock('fs');\nfs.writeFileSync('/tmp/x', 'y');"),
                Case::pass("a.test.js", "import mock from 'mock-fs';\nfs.writeFileSync('config.json', 'y');"),
                Case::pass("a.test.js", "list.remove('item');\ncart.copy('a', 'b');\nemitter.rename('x', 'y');"),
                Case::pass("a.test.js", "await remove('user-1');"),
                Case::pass("a.test.js", "open('https://example.com', 'w');"),
                Case::pass("a.spec.ts", "test('x', async ({ page }, testInfo) => {\n  await page.screenshot({ path: testInfo.outputPath('home.png') });\n});"),
                Case::pass("a.spec.ts", "test('x', async ({ page }) => { await page.screenshot({ fullPage: true }); });"),
                Case::pass("a.spec.ts", "test('x', async ({ page }) => { await page.screenshot({ path: test.info().outputPath('a.png') }); });"),
                Case::pass("a.test.js", "zip.writeFile('inner.txt', 'x');"),
                Case::pass("a.test.js", "const lock = await redlock.lock('locks:account:1', 1000);"),
                Case::pass("a.test.js", "prefs.remove('theme');\nrefs.remove('heads/main');"),
                Case::pass("a.test.js", "const db = new Database('app');"),
                // Read-only opens neither create nor write the file.
                Case::pass("a.test.js", "const db = new sqlite3.Database('test/support/prepare.db', sqlite3.OPEN_READONLY, done);"),
                Case::pass("a.test.js", "const db = new Database('fixtures/app.db', { readonly: true });"),
            ],
        );
    }

    #[test]
    fn str_format_templates() {
        // `str.format` over known values is a literal path; over a fresh
        // uuid it is isolated; over a parameter it is not known.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_fmt.py", "NAME = \"cache\"\n\ndef test_a():\n    with open(\"/tmp/{}.json\".format(NAME), \"w\") as f:\n        f.write(\"x\")\n\ndef test_b():\n    os.makedirs(\"/tmp/{app}/{0}\".format(\"v1\", app=\"demo\"))\n", &["\"/tmp/{}.json\".format(NAME)", "\"/tmp/{app}/{0}\".format(\"v1\", app=\"demo\")"]),
                Case::pass("tests/test_fmt.py", "import uuid\n\ndef test_a():\n    with open(\"/tmp/{}.json\".format(uuid.uuid4()), \"w\") as f:\n        f.write(\"x\")\n\ndef test_b(i):\n    with open(\"/tmp/{}-{name}.json\".format(i, name=\"x\"), \"w\") as f:\n        f.write(\"x\")\n"),
            ],
        );
    }

    #[test]
    fn python() {
        assert_rule(
            RULE,
            &[
                // A helper's literal default, the helper named like a method of
                // another object it calls (`json.dump`): still only called here.
                Case::fail("test_e.py", "import json\n\ndef dump(data, path=\"snapshot.json\"):\n    with open(path, \"w\") as fh:\n        json.dump(data, fh)\n\ndef test_a():\n    dump({})\n", &["path"]),
                // The async opens: `async with aiofiles.open(p, "a")`.
                Case::fail("test_e.py", "import aiofiles\n\nasync def test_a():\n    async with aiofiles.open(\n        \"run.log\", \"a\"\n    ) as fh:\n        await fh.write(\"x\")\n", &["\"run.log\""]),
                Case::fail("test_e.py", "import anyio\n\nasync def test_a():\n    async with await anyio.open_file(\"/tmp/out.txt\", \"w\") as f:\n        await f.write(\"x\")\n", &["\"/tmp/out.txt\""]),
                // `.parent` of a fixed path is a fixed directory.
                Case::fail("test_e.py", "import tempfile\nfrom pathlib import Path\nOUT = Path(tempfile.gettempdir()) / 'shop' / 'a.csv'\n\ndef test_a():\n    OUT.parent.mkdir(parents=True, exist_ok=True)\n", &["OUT.parent"]),
                // One caller of the helper writes in the shared working directory.
                Case::fail("test_a.py", "from pathlib import Path\n\ndef include_file(text):\n    Path('docs/tutorial.md').write_text(text)\n\ndef test_a(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    include_file('x')\n\ndef test_b():\n    include_file('y')\n", &["'docs/tutorial.md'"]),
                // One caller hands the writing helper a fixed path, another tmp_path.
                Case::fail("test_h.py", "def write_config(path):\n    with open(path, \"w\") as f:\n        f.write(\"x\")\n\ndef test_a(tmp_path):\n    write_config(tmp_path / \"c.json\")\n\ndef test_b():\n    write_config(\"/tmp/c.json\")\n", &["path"]),
                // A test in its own process still shares the file system.
                Case::fail("test_a.py", "import os, pytest\n\n@pytest.mark.forked\ndef test_image():\n    os.remove('./image.png')\n", &["'./image.png'"]),
                // Calls under the names renaming imports bind.
                Case::fail("test_a.py", "import shutil as sh\n\ndef test_a():\n    sh.rmtree('/tmp/build-cache')\n", &["'/tmp/build-cache'"]),
                Case::fail("test_a.py", "from pathlib import Path as P\n\ndef test_a():\n    P('/tmp/notes.txt').write_text('x')\n", &["'/tmp/notes.txt'"]),
                Case::fail("test_a.py", "import os\nimport tempfile as tf\n\ndef test_a():\n    lock = os.path.join(tf.gettempdir(), 'app.lock')\n    open(lock, 'x').close()\n", &["lock"]),
                Case::fail("test_a.py", "import numpy as np\n\ndef test_a():\n    np.savez('out/results.npz', a=1)\n", &["'out/results.npz'"]),
                Case::fail("test_a.py", "def test_x():\n    with open('/tmp/config.json', 'w') as f:\n        f.write('{}')", &["'/tmp/config.json'"]),
                Case::fail("test_a.py", "def test_x():\n    open('out.bin', 'wb').write(b'')", &["'out.bin'"]),
                // Tuple assignment: `dst` takes its own part of the right side.
                Case::fail("test_a.py", "import shutil\n\ndef test_x():\n    src, dst = 'tests/data/a.json', '/tmp/a.json'\n    shutil.copy(src, dst)\n", &["dst"]),
                Case::pass("test_a.py", "import shutil\n\ndef test_x(tmp_path):\n    src, dst = 'tests/data/a.json', tmp_path / 'a.json'\n    shutil.copy(src, dst)\n"),
                Case::pass("test_a.py", "import tempfile as tf\nimport shutil as sh\n\ndef test_x():\n    d = tf.mkdtemp()\n    sh.rmtree(d)\n"),
                Case::fail("test_a.py", "def test_x():\n    open('log.txt', mode='a')", &["'log.txt'"]),
                Case::fail("test_a.py", "def test_x():\n    open(file='/tmp/x', mode='x')", &["'/tmp/x'"]),
                Case::fail("test_a.py", "def test_x():\n    Path('/tmp/out.txt').write_text('x')", &["'/tmp/out.txt'"]),
                Case::fail("test_a.py", "def test_x():\n    Path('/tmp/out.bin').write_bytes(b'x')", &["'/tmp/out.bin'"]),
                Case::fail("test_a.py", "OUT = Path('/tmp') / 'work'\ndef test_x():\n    OUT.mkdir(parents=True, exist_ok=True)", &["OUT"]),
                Case::fail("test_a.py", "def test_x():\n    Path('marker').touch()", &["'marker'"]),
                Case::fail("test_a.py", "def test_x():\n    Path('/tmp/old').unlink()\n    Path('/tmp/olddir').rmdir()", &["'/tmp/old'", "'/tmp/olddir'"]),
                Case::fail("test_a.py", "def test_x():\n    with Path('/tmp/a.txt').open('w') as f:\n        pass", &["'/tmp/a.txt'"]),
                Case::fail("test_a.py", "import os\ndef test_x():\n    os.makedirs('/tmp/work', exist_ok=True)", &["'/tmp/work'"]),
                Case::fail("test_a.py", "def test_x():\n    os.mkdir('build')", &["'build'"]),
                Case::fail("test_a.py", "def test_x():\n    os.remove('/tmp/x.db')\n    os.unlink('/tmp/y.db')\n    os.rmdir('/tmp/d')", &["'/tmp/x.db'", "'/tmp/y.db'", "'/tmp/d'"]),
                Case::fail("test_a.py", "def teardown_function():\n    shutil.rmtree('/tmp/work', ignore_errors=True)", &["'/tmp/work'"]),
                Case::fail("test_a.py", "def test_x():\n    shutil.copy(src, '/tmp/dest.txt')\n    shutil.copytree(src, 'out_dir')\n    shutil.move(a, '/tmp/moved')", &["'/tmp/dest.txt'", "'out_dir'", "'/tmp/moved'"]),
                Case::fail("test_a.py", "def test_x():\n    conn = sqlite3.connect('test.db')", &["'test.db'"]),
                // `shelve`/`dbm` files and `logging.basicConfig(filename=...)`.
                Case::fail("test_a.py", "import shelve\ndef test_x():\n    shelve.open('s.shelf')", &["'s.shelf'"]),
                Case::fail("test_a.py", "import dbm\ndef test_x():\n    dbm.open('/tmp/i.dbm', 'c')", &["'/tmp/i.dbm'"]),
                Case::fail("test_a.py", "import logging\ndef test_x():\n    logging.basicConfig(filename='run.log')", &["'run.log'"]),
                Case::fail("test_a.py", "engine = create_engine('sqlite:///./test.db')", &["'sqlite:///./test.db'"]),
                Case::fail("test_a.py", "from filelock import FileLock\ndef test_x():\n    with FileLock('/tmp/x.lock'):\n        pass", &["'/tmp/x.lock'"]),
                Case::fail("test_a.py", "import tempfile, os\ndef test_x():\n    p = os.path.join(tempfile.gettempdir(), 'cfg.json')\n    with open(p, 'w') as f:\n        pass", &["p"]),
                Case::fail("test_a.py", "def test_x():\n    p = Path(tempfile.gettempdir()) / 'data'\n    p.mkdir()", &["p"]),
                Case::fail("test_a.py", "CONFIG = '/tmp/app.ini'\nclass TestX(unittest.TestCase):\n    def setUp(self):\n        with open(CONFIG, 'w') as f:\n            f.write('')", &["CONFIG"]),
                Case::fail("test_a.py", "def test_x():\n    with open(f'/tmp/report.xml', 'w'):\n        pass", &["f'/tmp/report.xml'"]),
                Case::fail("test_a.py", "def test_x(page):\n    page.screenshot(path='/tmp/shot.png')\n    page.context.tracing.stop(path='trace.zip')", &["'/tmp/shot.png'", "'trace.zip'"]),
                Case::fail("test_a.py", "def test_x():\n    df.to_csv('out.csv')\n    plt.savefig('/tmp/plot.png')", &["'out.csv'", "'/tmp/plot.png'"]),
                Case::fail("test_a.py", "class TestX(unittest.TestCase):\n    OUT = '/tmp/out.json'\n    def test_x(self):\n        with open(self.OUT, 'w') as f:\n            pass", &["self.OUT"]),
                // A switch to a fixed directory, or writes outside the switched block.
                Case::fail("test_a.py", "def test_x():\n    with change_cwd('/srv/app'):\n        open('out.txt', 'w').close()\n", &["'out.txt'"]),
                Case::fail("test_a.py", "def test_x(tmpdir):\n    with tmpdir.as_cwd():\n        pass\n    open('out.txt', 'w').close()\n", &["'out.txt'"]),
                Case::fail("test_a.py", "from os.path import join\n\ndef test_x():\n    os.mkdir(join('/tmp', 'dirA'))\n", &["join('/tmp', 'dirA')"]),
                Case::fail("conftest.py", "import pytest\n@pytest.fixture(scope='session')\ndef db():\n    return sqlite3.connect('/tmp/session.db')", &["'/tmp/session.db'"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // The helper handed to another object by name is called elsewhere too.
                Case::pass("test_e.py", "import json\n\ndef dump(data, path=\"snapshot.json\"):\n    with open(path, \"w\") as fh:\n        json.dump(data, fh)\n\ndef test_a(registry):\n    registry.register(dump)\n    dump({}, registry.path)\n"),
                // Reading with aiofiles, and a write under tmp_path.
                Case::pass("test_e.py", "import aiofiles\n\nasync def test_a(tmp_path):\n    async with aiofiles.open(\"tests/data/a.json\") as fh:\n        await fh.read()\n    async with aiofiles.open(tmp_path / \"b\", \"w\") as fh:\n        await fh.write(\"x\")\n"),
                // After py.path's `tmpdir.chdir()`, a relative path is the test's own.
                Case::pass("tests/test_a.py", "def test_x(tmpdir):\n    tmpdir.chdir()\n    open('out.txt', 'w').write('x')\n"),
                // `.parent` of a `tmp_path` path, or of a bare file name.
                Case::pass("test_e.py", "from pathlib import Path\n\ndef test_a(tmp_path):\n    (tmp_path / 'a' / 'b.csv').parent.mkdir()\n\ndef test_b():\n    Path('b.csv').parent.exists()\n"),
                // A parameter the helper rebinds before writing it.
                Case::pass("test_h.py", "import os\n\nclass T:\n    def _touch(self, path, dir_=None):\n        if dir_:\n            path = os.path.join(dir_, path)\n        open(path, 'wb').close()\n\n    def test_a(self, tmp_path):\n        self._touch('setup.py', str(tmp_path))\n"),
                Case::pass("test_h.py", "def write_config(path):\n    with open(path, \"w\") as f:\n        f.write(\"x\")\n\ndef test_a(tmp_path):\n    write_config(tmp_path / \"c.json\")\n"),
                // A fixture (named with name=) that yields inside a same-file
                // context manager changing into tmp_path; another fixture writes there.
                Case::pass("conftest.py", "import os\nfrom contextlib import contextmanager\nfrom pathlib import Path\nimport pytest\n\n@contextmanager\ndef changing_dir(directory):\n    initial_dir = os.getcwd()\n    os.chdir(directory)\n    try:\n        yield\n    finally:\n        os.chdir(initial_dir)\n\n@pytest.fixture(name=\"runner\")\ndef get_runner(tmp_path):\n    with changing_dir(tmp_path):\n        yield object()\n\n@pytest.fixture(name=\"root_dir\")\ndef prepare_paths(runner):\n    Path('docs').mkdir(parents=True, exist_ok=True)\n    yield Path.cwd()\n"),
                // A module pytestmark groups its tests and the fixtures that serve them.
                Case::pass("test_a.py", "import os, pytest\n\npytestmark = [\n    pytest.mark.skipif(os.name != 'posix', reason='UNIX only'),\n    pytest.mark.xdist_group(name='unix_socket'),\n]\n\n@pytest.fixture(autouse=True)\ndef cleanup():\n    yield\n    os.unlink('/tmp/sanictest.sock')\n\ndef test_a():\n    open('/tmp/sanictest.sock', 'w').write('x')\n"),
                // Twisted trial's `self.mktemp()`: a path of the test's own.
                Case::pass("test_a.py", "import os\n\nclass T(TestCase):\n    def test_a(self):\n        d = os.path.join(self.mktemp(), 'p')\n        os.makedirs(d)\n        os.chdir(d)\n        open('pyproject.toml', 'w').write('x')\n"),
                Case::fail("test_a.py", "import os\n\nclass T(TestCase):\n    def test_a(self):\n        os.chdir('build')\n        open('pyproject.toml', 'w').write('x')\n", &["'pyproject.toml'"]),
                // A helper every caller runs after changing into tmp_path.
                Case::pass("test_a.py", "from pathlib import Path\n\ndef include_file(text):\n    doc = Path('docs/tutorial.md')\n    doc.write_text(text)\n\ndef test_a(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    include_file('x')\n"),
                // Tests that xdist_group pins to one worker take turns on the file
                // (directly, through a mark kept in a name, or for a whole class).
                Case::pass("test_a.py", "import os, pytest\n\n@pytest.mark.xdist_group(\"workdir_lock\")\ndef test_image():\n    with open('./image.png', 'wb') as f:\n        f.write(b'x')\n    os.remove('./image.png')\n"),
                Case::pass("test_a.py", "import os, pytest\n\nworkdir_lock = pytest.mark.xdist_group(name='workdir_lock')\n\n@workdir_lock\ndef test_image():\n    os.remove('./image.png')\n"),
                Case::pass("test_a.py", "import os, pytest\n\n@pytest.mark.xdist_group('files')\nclass TestFiles:\n    def test_image(self):\n        os.remove('./image.png')\n"),
                // A same-file decorator (or decorator factory) whose wrapper
                // runs the test inside `with runner.isolated_filesystem():`
                // (towncrier's helpers); a helper the test calls follows.
                Case::pass("test_a.py", "from functools import wraps\nfrom pathlib import Path\nfrom click.testing import CliRunner\n\ndef with_isolated_runner(fn):\n    @wraps(fn)\n    def test(*args, **kw):\n        runner = CliRunner()\n        with runner.isolated_filesystem():\n            return fn(*args, runner=runner, **kw)\n    return test\n\ndef create_project():\n    Path('pyproject.toml').write_text('x')\n\n@with_isolated_runner\ndef test_x(runner):\n    create_project()\n    Path('foo').mkdir()\n"),
                Case::pass("test_a.py", "import os\nfrom click.testing import CliRunner\n\ndef with_project(*, config=None):\n    def decorator(fn):\n        def test(*args, **kw):\n            with CliRunner().isolated_filesystem():\n                return fn(*args, **kw)\n        return test\n    return decorator\n\nclass TestX:\n    @with_project(config='x')\n    def test_x(self):\n        os.mkdir('foo')\n        os.chdir('foo')\n"),
                // Called outside the switching `with`, or by a decorator that
                // switches nothing: the shared working directory.
                Case::fail("test_a.py", "import os\nfrom click.testing import CliRunner\n\ndef with_runner(fn):\n    def test(*args, **kw):\n        with CliRunner().isolated_filesystem():\n            pass\n        return fn(*args, **kw)\n    return test\n\n@with_runner\ndef test_x():\n    os.mkdir('foo')\n", &["'foo'"]),
                Case::fail("test_a.py", "import os\n\ndef with_fragments(fragments):\n    def decorator(fn):\n        def test(*args, **kw):\n            return fn(*args, **kw)\n        return test\n    return decorator\n\n@with_fragments({})\ndef test_x():\n    os.mkdir('foo')\n", &["'foo'"]),
                // Relative paths inside a per-test working directory.
                Case::pass("test_a.py", "from test.support.os_helper import temp_cwd\n\ndef test_x():\n    with temp_cwd():\n        with open('script.py', 'w') as f:\n            f.write('x')\n"),
                Case::pass("test_a.py", "def test_x(tmpdir):\n    with tmpdir.as_cwd():\n        os.makedirs('pip-wheel')\n"),
                // numpy's f2py tests: `with util.switchdir(path.parent):`.
                Case::pass("test_f2py.py", "from pathlib import Path\nfrom . import util\n\ndef test_x(hello_f90):\n    with util.switchdir(Path(hello_f90).parent):\n        Path('faker.pyf').write_text('x')\n"),
                Case::fail("test_f2py.py", "from pathlib import Path\nfrom . import util\n\ndef test_x(hello_f90):\n    with util.switchdir('/srv/build'):\n        Path('faker.pyf').write_text('x')\n    Path('extra.o').touch()\n", &["'faker.pyf'", "'extra.o'"]),
                Case::pass("test_a.py", "def test_x(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    Path('out.txt').write_text('x')\n"),
                Case::pass("test_a.py", "def test_x(tmpdir_cwd):\n    with open('setup.py', 'w') as f:\n        f.write('x')\n"),
                Case::pass("test_a.py", "import pytest\n\n@pytest.fixture\ndef in_project(tmpdir):\n    with tmpdir.as_cwd():\n        yield tmpdir\n\nclass TestB:\n    @pytest.mark.usefixtures('in_project')\n    def test_x(self):\n        os.makedirs(os.path.join('build', 'src'))\n"),
                Case::pass("test_a.py", "import unittest, tempfile\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.tmp = tempfile.mkdtemp()\n        os.chdir(self.tmp)\n\n    def test_x(self):\n        open('MANIFEST.in', 'w').close()\n"),
                // `os.path.realpath` of a temporary directory is one too.
                Case::pass("test_a.py", "import os, unittest, tempfile\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.work = tempfile.mkdtemp()\n        self.dir = os.path.realpath(os.path.join(self.work, 'app'))\n        os.chdir(self.dir)\n\n    def test_x(self):\n        open('MANIFEST.in', 'w').close()\n"),
                Case::fail("test_a.py", "import os\n\ndef test_x():\n    open(os.path.realpath('/tmp/app.lock'), 'w').close()\n", &["os.path.realpath('/tmp/app.lock')"]),
                // An attribute of a temporary directory names it too (py.path's
                // `strpath`; set 32: pipm's `os.chdir(reqf.strpath)`).
                Case::pass("tests/test_a.py", "import os\n\ndef test_x(tmpdir):\n    reqf = tmpdir.mkdir('reqf')\n    os.chdir(reqf.strpath)\n    os.mkdir('requirements')\n    open(os.path.join('requirements', 'base.txt'), 'wb').close()\n"),
                Case::fail("tests/test_a.py", "import os\n\ndef test_x(settings):\n    os.chdir(settings.BASE_DIR)\n    os.mkdir('requirements')\n", &["'requirements'"]),
                // A chdir into the directory a `with` binds (set 63: datasette's
                // `with tempfile.TemporaryDirectory() as td: os.chdir(td)`).
                Case::pass("tests/test_a.py", "import os, tempfile\n\ndef test_x():\n    with tempfile.TemporaryDirectory() as td:\n        os.chdir(td)\n        with open('hello', 'w') as fp:\n            fp.write('world')\n"),
                Case::fail("tests/test_a.py", "import os\n\ndef test_x():\n    with open_project('site') as root:\n        os.chdir(root)\n        with open('hello', 'w') as fp:\n            fp.write('world')\n", &["'hello'"]),
                Case::pass("test_a.py", "def test_x():\n    with TemporaryWorkingDirectory():\n        open(\"foo'bar\", 'w').close()\n"),
                // Expected to raise: nothing is written.
                Case::pass("test_a.py", "import os, unittest\n\nclass T(unittest.TestCase):\n    def test_x(self):\n        with self.assertRaises(NotImplementedError):\n            os.link('source', 'target', src_dir_fd=0)\n"),
                // A file-local `join` helper is not os.path.join.
                Case::pass("test_a.py", "BASE = os.path.realpath(TESTFN)\njoin = lambda *x: os.path.join(BASE, *x)\n\ndef test_x():\n    os.mkdir(join('dirA'))\n"),
                Case::pass("test_a.py", "def test_x():\n    with open('tests/data/x.json') as f:\n        data = f.read()"),
                Case::pass("test_a.py", "def test_x():\n    with open('tests/data/x.json', 'rb') as f:\n        pass"),
                Case::pass("test_a.py", "def test_x():\n    data = Path('tests/data/x.json').read_text()"),
                Case::pass("test_a.py", "def test_x():\n    assert os.path.exists('/tmp/x')"),
                Case::pass("test_a.py", "def test_x(tmp_path):\n    (tmp_path / 'cfg.json').write_text('{}')"),
                Case::pass("test_a.py", "def test_x(tmp_path):\n    with open(tmp_path / 'out.txt', 'w') as f:\n        pass"),
                Case::pass("test_a.py", "def test_x(tmpdir):\n    p = tmpdir.join('x.txt')\n    open(p, 'w')"),
                Case::pass("test_a.py", "def test_x():\n    d = tempfile.mkdtemp()\n    open(os.path.join(d, 'x'), 'w')"),
                Case::pass("test_a.py", "def test_x():\n    open(f'/tmp/x-{os.getpid()}.txt', 'w')"),
                Case::pass("test_a.py", "def test_x():\n    open(f'/tmp/x-{uuid.uuid4()}.txt', 'w')"),
                Case::pass("test_a.py", "def test_x(worker_id):\n    open(f'/tmp/x-{worker_id}.txt', 'w')"),
                Case::pass("test_a.py", "def test_x():\n    p = os.path.join(os.path.dirname(__file__), 'out.txt')\n    open(p, 'w')"),
                Case::pass("test_a.py", "def test_x():\n    conn = sqlite3.connect(':memory:')"),
                Case::pass("test_a.py", "import shelve\ndef test_x():\n    shelve.open('tests/data/s.shelf', flag='r')"),
                Case::pass("test_a.py", "import dbm\ndef test_x():\n    dbm.open('tests/data/i.dbm')"),
                Case::pass("test_a.py", "import logging\ndef test_x(tmp_path):\n    logging.basicConfig(filename=tmp_path / 'run.log')"),
                Case::pass("test_a.py", "import logging\ndef test_x():\n    logging.basicConfig(level=logging.INFO)"),
                Case::pass("test_a.py", "engine = create_engine('sqlite://')"),
                Case::pass("test_a.py", "engine = create_engine('sqlite:///:memory:')"),
                Case::pass("test_a.py", "def test_x(tmp_path):\n    conn = sqlite3.connect(tmp_path / 'test.db')"),
                Case::pass("test_a.py", "def test_x():\n    s = 'abc'.replace('a', 'b')\n    t = name.replace('x', 'y')"),
                Case::pass("test_a.py", "def test_x():\n    with open(os.devnull, 'w') as f:\n        pass"),
                Case::pass("test_a.py", "def test_x(fs):\n    open('/tmp/x', 'w')"),
                Case::pass("test_a.py", "from pyfakefs.fake_filesystem_unittest import TestCase\nclass T(TestCase):\n    def test_x(self):\n        open('/tmp/x', 'w')"),
                Case::pass("test_a.py", "def test_x():\n    with tempfile.TemporaryDirectory() as d:\n        Path(d, 'x').write_text('')"),
                Case::pass("test_a.py", "def test_x(tmp_path_factory):\n    d = tmp_path_factory.mktemp('data')\n    (d / 'x').write_text('')"),
                Case::pass("test_a.py", "def write(path):\n    open(path, 'w')"),
                Case::pass("test_a.py", "class TestX(unittest.TestCase):\n    def setUp(self):\n        self.dir = tempfile.mkdtemp()\n        self.out = os.path.join(self.dir, 'out.json')\n    def test_x(self):\n        open(self.out, 'w')"),
                Case::pass("test_a.py", "class TestX(unittest.TestCase):\n    OUT = '/tmp/out.json'\n    def setUp(self):\n        self.OUT = os.path.join(self.dir, 'o')\n    def test_x(self):\n        open(self.OUT, 'w')"),
                Case::pass("test_a.py", "def test_x():\n    os.makedirs(tempfile.gettempdir(), exist_ok=True)"),
                // pytest's `pytester`/`testdir` run the test in a temporary
                // directory (also when a same-file fixture requests them).
                Case::pass("test_a.py", "def test_x(pytester):\n    with open('out.py', 'w') as fh:\n        fh.write('x')"),
                Case::pass("test_a.py", "import pytest\n@pytest.fixture(params=(True, False))\ndef crazytestdir(request, testdir):\n    return testdir\n\ndef test_x(crazytestdir):\n    with open('out.py', 'w') as fh:\n        fh.write('x')"),
                // The project's own `pytester` that requests pytest's extends it.
                Case::pass("testing/test_cacheprovider.py", "import pytest, shutil\n\n@pytest.fixture\ndef pytester(pytester, monkeypatch):\n    return pytester\n\ndef test_x(pytester):\n    shutil.rmtree('.pytest_cache')\n"),
                // A same-file context manager that changes into a temporary
                // directory it makes, whatever its argument names.
                Case::pass("mypy/test/teststubtest.py", "import os, tempfile\nfrom contextlib import contextmanager\n\nTEST_MODULE_NAME = 'test_module'\n\n@contextmanager\ndef use_tmp_dir(mod_name):\n    current = os.getcwd()\n    with tempfile.TemporaryDirectory() as tmp:\n        try:\n            os.chdir(tmp)\n            yield tmp\n        finally:\n            os.chdir(current)\n\ndef test_x():\n    with use_tmp_dir(TEST_MODULE_NAME):\n        with open('builtins.pyi', 'w') as f:\n            f.write('x')\n"),
                Case::fail("test_a.py", "import os\nfrom contextlib import contextmanager\n\n@contextmanager\ndef in_dir(path):\n    old = os.getcwd()\n    os.chdir(path)\n    yield\n    os.chdir(old)\n\ndef test_x():\n    with in_dir('/srv/app'):\n        open('out.txt', 'w')\n", &["'out.txt'"]),
                // An autouse fixture that requests a directory-switching one.
                Case::pass("setuptools/tests/test_setuptools.py", "import os, pytest\n\n@pytest.fixture(autouse=True)\ndef isolated_dir(tmpdir_cwd):\n    return\n\n@pytest.fixture\ndef can_symlink(tmpdir):\n    os.symlink('target', 'link')\n    os.remove('link')\n\ndef test_x(can_symlink):\n    pass\n"),
                // A branch behind a flag the file only sets false never runs.
                Case::pass("test_glsl.py", "def test_x():\n    generated = ''\n    generateAssertions = False\n    if generateAssertions:\n        gen = open('test_glsl_generated_matrices.py', 'w')\n        gen.write(generated)\n"),
                Case::pass("test_a.py", "def test_x():\n    if 0:  # pragma: debugging\n        with open('/tmp/processes.txt', 'a') as f:\n            f.write('x')\n"),
                Case::fail("test_a.py", "REGENERATE = False\n\ndef test_x():\n    if REGENERATE:\n        open('expected.json', 'w')\n\ndef test_y():\n    global REGENERATE\n    REGENERATE = True\n", &["'expected.json'"]),
                Case::fail("test_a.py", "import os\n\ndef test_x():\n    if os.environ.get('REGENERATE'):\n        open('expected.json', 'w')\n", &["'expected.json'"]),
                // ...unless the project's own fixture of that name changes to a fixed directory.
                Case::fail("test_a.py", "import os, pytest\n@pytest.fixture\ndef testdir():\n    os.chdir(os.path.dirname(__file__))\n\ndef test_x(testdir):\n    open('out.txt', 'w')", &["'out.txt'"]),
            ],
        );
    }

    #[test]
    fn unix_domain_sockets_create_their_path() {
        assert_rule(
            RULE,
            &[
                // paho-mqtt's fake broker: an AF_UNIX socket at a relative path.
                Case::fail("test_a.py", "import socket\n\ndef test_x():\n    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n    sock.bind(\"localhost\")\n", &["\"localhost\""]),
                Case::fail("test_a.py", "import socket\nSOCK = \"/tmp/app.sock\"\n\ndef test_x():\n    s = socket.socket(socket.AF_UNIX)\n    s.bind(SOCK)\n", &["SOCK"]),
                Case::fail("test_a.py", "import socketserver\n\ndef test_x():\n    socketserver.UnixStreamServer(\"/tmp/srv.sock\", H)\n", &["\"/tmp/srv.sock\""]),
                Case::fail("test_a.py", "import asyncio\n\nasync def test_x():\n    await asyncio.start_unix_server(handle, \"/tmp/a.sock\")\n", &["\"/tmp/a.sock\""]),
                Case::fail("test_a.py", "async def test_x(loop):\n    await loop.create_unix_server(Proto, \"/tmp/b.sock\")\n", &["\"/tmp/b.sock\""]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // An AF_INET address is a tuple; a URL is zmq's; no AF_UNIX
                // in the file: another API's `bind`; per-test paths.
                Case::pass("test_a.py", "import socket\n\ndef test_x():\n    a = socket.socket(socket.AF_UNIX)\n    b = socket.socket()\n    b.bind((\"127.0.0.1\", 0))\n"),
                Case::pass("test_a.py", "import zmq, socket\nFAMILY = socket.AF_UNIX\n\ndef test_x(ctx):\n    ctx.socket(zmq.PUB).bind(\"tcp://*:0\")\n"),
                Case::pass("test_a.py", "def test_x(widget):\n    widget.bind(\"config.json\")\n"),
                Case::pass("test_a.py", "import socket\n\ndef test_x(tmp_path):\n    s = socket.socket(socket.AF_UNIX)\n    s.bind(str(tmp_path / \"a.sock\"))\n"),
                Case::pass("test_a.py", "import socket, tempfile, os\n\ndef test_x():\n    d = tempfile.mkdtemp()\n    s = socket.socket(socket.AF_UNIX)\n    s.bind(os.path.join(d, \"a.sock\"))\n"),
            ],
        );
    }

    #[test]
    fn sweep84_helper_classes_used_before_the_chdir() {
        // spec sweep 84: a helper class the setUp uses before its chdir into
        // a temporary directory writes in the shared cwd; one used after it
        // (or a test's own write) is private.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_s.py", "import os, tempfile, unittest\n\nclass AuditLog:\n    def open(self):\n        self.fh = open('audit.log', 'a')\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.audit = AuditLog()\n        self.audit.open()\n        os.chdir(tempfile.mkdtemp())\n", &["'audit.log'"]),
                Case::fail("tests/test_s.py", "import os, tempfile, unittest\n\nclass AuditLog:\n    def open(self):\n        self.fh = open('audit.log', 'a')\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        os.chdir(tempfile.mkdtemp())\n", &["'audit.log'"]),
                // Its method is named like the builtin another helper calls
                // in the private directory: a bare `open(...)` is not it.
                Case::fail("tests/test_s.py", "import os, tempfile, unittest\n\nclass AuditLog:\n    def open(self):\n        self.fh = open('audit.log', 'a')\n\nclass Replay:\n    def start(self):\n        open('replay.log', 'w')\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.audit = AuditLog()\n        self.audit.open()\n        os.chdir(tempfile.mkdtemp())\n        Replay().start()\n", &["'audit.log'"]),
                Case::pass("tests/test_s.py", "import os, tempfile, unittest\n\nclass Replay:\n    def start(self):\n        open('replay.log', 'w')\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        os.chdir(tempfile.mkdtemp())\n        Replay().start()\n\n    def test_x(self):\n        open('x.log', 'w')\n"),
            ],
        );
    }

    #[test]
    fn audit88_helper_classes_run_where_they_are_used() {
        // asyncssh's `_ChrootSFTPServer`: a same-file helper class whose
        // methods run in the server that a class working in a temporary
        // directory starts (`sftp_factory=_ChrootSFTPServer`).
        assert_rule(
            RULE,
            &[
                Case::pass("tests/test_sftp.py", "import os\n\nclass _ChrootServer:\n    def __init__(self, chan):\n        os.mkdir('chroot')\n\n    def read(self):\n        os.truncate('src', 10)\n\ndef test_x(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    start_server(sftp_factory=_ChrootServer)\n"),
                Case::pass("tests/test_sftp.py", "import os, contextlib\n\nclass _ChrootServer:\n    def __init__(self, chan):\n        os.mkdir('chroot')\n\ndef test_x(tmp_path):\n    with contextlib.chdir(tmp_path):\n        start_server(sftp_factory=_ChrootServer)\n"),
                Case::pass("tests/test_sftp.py", "import os\n\n@register\nclass _Server:\n    def start(self):\n        open('server.log', 'w')\n\ndef test_x(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    _Server().start()\n"),
            ],
        );
        assert_rule(
            RULE,
            &[
                // Never named, named where the directory is shared, or used
                // once privately and once not: the directory is shared.
                Case::fail("tests/test_sftp.py", "import os\n\nclass _Server:\n    def __init__(self):\n        os.mkdir('chroot')\n\ndef test_x():\n    start_server(factory=_Server)\n", &["'chroot'"]),
                Case::fail("tests/test_sftp.py", "import os\n\nclass _Unused:\n    def run(self):\n        os.mkdir('unused')\n", &["'unused'"]),
                Case::fail("tests/test_sftp.py", "import os\n\nclass _Server:\n    def start(self):\n        open('server.log', 'w')\n\ndef test_a(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    _Server().start()\n\ndef test_b():\n    _Server().start()\n", &["'server.log'"]),
                // A class nested in a function is not a module-level helper.
                Case::fail("tests/test_sftp.py", "import os\n\ndef make():\n    class _Server:\n        def start(self):\n            open('server.log', 'w')\n    return _Server\n\ndef test_a(tmp_path, monkeypatch):\n    monkeypatch.chdir(tmp_path)\n    make()\n", &["'server.log'"]),
            ],
        );
    }

    #[test]
    fn audit91_path_and_os_modules_imported_under_another_name() {
        // hexo's multi_config_path test: `import pathFn from 'path'`,
        // `import osFn from 'os'`, then `unlinkSync(pathFn.join(osFn.tmpdir(),
        // '_multiconfig.yml'))`: the same fixed temp path as `path.join(
        // os.tmpdir(), ...)`.
        assert_rule(
            RULE,
            &[
                Case::fail("a.test.ts", "import pathFn from 'path';\nimport osFn from 'os';\nimport { unlinkSync } from 'fs';\nit('a', () => {\n  const outputPath = osFn.tmpdir();\n  const combined = pathFn.join(outputPath, '_multiconfig.yml');\n  unlinkSync(combined);\n});", &["combined"]),
                Case::fail("a.test.js", "const nodePath = require('node:path');\nconst nodeOs = require('node:os');\nconst fs = require('fs');\ntest('a', () => {\n  fs.writeFileSync(nodePath.join(nodeOs.tmpdir(), 'out.json'), '{}');\n});", &["nodePath.join(nodeOs.tmpdir(), 'out.json')"]),
                Case::fail("a.test.mjs", "import * as p from 'node:path';\nimport fs from 'fs';\ntest('a', () => {\n  fs.rmSync(p.resolve('/tmp', 'site-out'), { recursive: true });\n});", &["p.resolve('/tmp', 'site-out')"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // An alias of another module, or a same-named object that is
                // not an import, is not the path or os module.
                Case::pass("a.test.ts", "import pathFn from 'upath-ish';\nimport osFn from 'os-utils';\nimport { unlinkSync } from 'fs';\nit('a', () => {\n  unlinkSync(pathFn.join(osFn.tmpdir(), 'x.yml'));\n});"),
                Case::pass("a.test.ts", "import { unlinkSync } from 'fs';\nconst osFn = { tmpdir: () => makeTmp() };\nit('a', () => {\n  unlinkSync(osFn.tmpdir() + '/x.yml');\n});"),
                Case::pass("a.test.ts", "import osFn from 'os';\nimport fs from 'fs';\nit('a', () => {\n  fs.writeFileSync(osFn.join('x.json'), '{}');\n});"),
            ],
        );
    }

    #[test]
    fn a_test_case_method_in_a_pytest_file_gets_the_unittest_hint() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        use std::path::Path;
        let settings = Settings::for_rules(&[RULE]);
        let path = Path::new("test_a.py");
        // python-can: `import pytest` beside `class ...(unittest.TestCase)`.
        let code = "import unittest\nimport pytest\n\nclass TestLog(unittest.TestCase):\n    def setUp(self):\n        self.f = open(\"coffee.log.gz\", \"w+\")\n\ndef test_x():\n    open(\"out.txt\", \"w\")\n";
        let (findings, _) =
            analyze_source(path, code, Lang::Python, FileRole::by_name(path), &settings);
        let helps: Vec<&str> = findings.iter().map(|f| f.help.as_str()).collect();
        assert_eq!(helps.len(), 2, "{helps:?}");
        assert!(
            helps[0].contains("self.addCleanup(d.cleanup)"),
            "{}",
            helps[0]
        );
        assert!(helps[1].contains("tmp_path"), "{}", helps[1]);
    }

    /// Spec sweep 83: the mirror case, a plain pytest test function in a
    /// file with a `TestCase` and no `import pytest` gets the pytest hint.
    #[test]
    fn a_plain_test_function_in_a_unittest_file_gets_the_pytest_hint() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        use std::path::Path;
        let settings = Settings::for_rules(&[RULE]);
        let path = Path::new("test_a.py");
        let code = "import unittest\n\nclass TestLog(unittest.TestCase):\n    def test_log(self):\n        open(\"coffee.log\", \"w\")\n\ndef test_x():\n    open(\"out.txt\", \"w\")\n";
        let (findings, _) =
            analyze_source(path, code, Lang::Python, FileRole::by_name(path), &settings);
        let helps: Vec<&str> = findings.iter().map(|f| f.help.as_str()).collect();
        assert_eq!(helps.len(), 2, "{helps:?}");
        assert!(helps[0].contains("self.addCleanup"), "{}", helps[0]);
        assert!(helps[1].contains("tmp_path"), "{}", helps[1]);
    }

    #[test]
    fn a_loop_or_callback_variable_is_not_the_module_constant_it_shadows() {
        assert_rule(
            RULE,
            &[
                // s3fs: `d` is a module-level bucket path and the loop variable.
                Case::pass("test_a.py", "import os\nd = \"tmp/test/d\"\n\ndef test_x(tmpdir):\n    folders = [os.path.join(tmpdir, x) for x in [\"a\", \"b\"]]\n    for d in folders:\n        os.mkdir(d)\n"),
                Case::pass("test_a.py", "import os\nd = \"tmp/test/d\"\n\ndef test_x(tmpdir):\n    for i, d in enumerate(dirs(tmpdir)):\n        os.makedirs(d)\n"),
                Case::pass("test_a.py", "import os\nd = \"tmp/test/d\"\n\ndef test_x(tmpdir):\n    return [os.mkdir(d) for d in [os.path.join(tmpdir, \"a\")]]\n"),
                Case::pass("test_a.py", "import os, shutil\nd = \"out\"\n\ndef test_x(tmpdir):\n    cleanup = lambda d: shutil.rmtree(d)\n    cleanup(tmpdir)\n"),
                Case::pass("test_a.py", "import os, tempfile\nd = \"out\"\n\ndef test_x():\n    with tempfile.TemporaryDirectory() as d:\n        os.makedirs(os.path.join(d, \"x\"))\n"),
                Case::pass("a.test.js", "const fs = require('fs');\nconst d = 'out/x';\ntest('a', () => {\n  for (const d of dirs) fs.mkdirSync(d);\n});"),
                Case::pass("a.test.js", "const fs = require('fs');\nconst d = 'out/x';\ntest('a', () => {\n  dirs.forEach((d) => fs.mkdirSync(d));\n  dirs.forEach(d => fs.rmSync(d));\n});"),
            ],
        );
        assert_rule(
            RULE,
            &[
                // The constant itself, outside the loop; the loop's iterable.
                Case::fail("test_a.py", "import os\nd = \"tmp/test/d\"\n\ndef test_x(tmpdir):\n    for x in [tmpdir]:\n        os.mkdir(d)\n", &["d"]),
                Case::fail("test_a.py", "import os\nd = \"tmp/test/d\"\n\ndef test_x():\n    for d in folders:\n        pass\n\ndef test_y():\n    os.mkdir(d)\n", &["d"]),
                Case::fail("a.test.js", "const fs = require('fs');\nconst d = 'out/x';\ntest('a', () => {\n  dirs.forEach((x) => fs.mkdirSync(d));\n});", &["d"]),
            ],
        );
    }

    #[test]
    fn python_instance_attributes() {
        assert_rule(
            RULE,
            &[
                Case::fail("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.path = \"/tmp/app.db\"\n\n    def test_x(self):\n        with open(self.path, \"w\") as f:\n            f.write(\"x\")\n", &["self.path"]),
                Case::fail("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.out = os.path.join(tempfile.gettempdir(), \"x.json\")\n\n    def test_x(self):\n        Path(self.out).write_text(\"{}\")\n", &["self.out"]),
                Case::fail("test_a.py", "class TestX:\n    @classmethod\n    def setup_class(cls):\n        cls.db = \"/tmp/x.sqlite\"\n\n    def test_x(self):\n        sqlite3.connect(self.db)\n", &["self.db"]),
                Case::fail("test_a.py", "class Base(unittest.TestCase):\n    def setUp(self):\n        self.out_dir = \"/tmp/report\"\n\nclass T(Base):\n    def test_x(self):\n        os.makedirs(self.out_dir)\n", &["self.out_dir"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.path = os.path.join(tempfile.mkdtemp(), \"app.db\")\n\n    def test_x(self):\n        open(self.path, \"w\")\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.path = f\"/tmp/{uuid.uuid4()}.db\"\n\n    def test_x(self):\n        open(self.path, \"w\")\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def setUp(self):\n        self.path = \"/tmp/a.db\"\n\n    def tearDown(self):\n        self.path = \"/tmp/b.db\"\n\n    def test_x(self):\n        open(self.path, \"w\")\n"),
                Case::pass("test_a.py", "class T(unittest.TestCase):\n    def __init__(self, path, *args):\n        super().__init__(*args)\n        self.path = path\n\n    def test_x(self):\n        open(self.path, \"w\")\n"),
                Case::pass("test_a.py", "class TestX:\n    @pytest.fixture(autouse=True)\n    def _dir(self, tmp_path):\n        self.out = tmp_path / \"out.json\"\n\n    def test_x(self):\n        self.out.write_text(\"{}\")\n"),
            ],
        );
    }

    #[test]
    fn triggers_cover_every_api_name() {
        let js = [
            "writeFileSync",
            "appendFile",
            "createWriteStream",
            "truncateSync",
            "copyFileSync",
            "cpSync",
            "renameSync",
            "symlinkSync",
            "linkSync",
            "mkdirSync",
            "rmSync",
            "rmdir",
            "unlinkSync",
            "outputFile",
            "outputJSON",
            "writeJson",
            "copy",
            "moveSync",
            "ensureDir",
            "ensureFile",
            "createFile",
            "mkdirs",
            "mkdirp",
            "remove",
            "emptyDir",
            "emptydir",
            "rimraf",
            "openSync",
            "screenshot",
            "pdf",
            "stop",
            "stopChunk",
            "saveAs",
            "newContext",
            "newPage",
            "launchPersistentContext",
            "Database",
            "lock",
            "lockSync",
            "writeFile",
            "appendFileSync",
            "truncate",
            "copyFile",
            "cp",
            "rename",
            "symlink",
            "link",
            "mkdir",
            "rm",
            "rmdirSync",
            "unlink",
            "outputFileSync",
            "outputJson",
            "writeJSON",
            "copySync",
            "move",
            "ensureDirSync",
            "createFileSync",
            "mkdirsSync",
            "mkdirpSync",
            "removeSync",
            "emptyDirSync",
            "rimrafSync",
        ];
        let py = [
            "open",
            "makedirs",
            "mkfifo",
            "remove",
            "removedirs",
            "truncate",
            "rename",
            "replace",
            "renames",
            "symlink",
            "link",
            "rmtree",
            "copy2",
            "copyfile",
            "copytree",
            "move",
            "connect",
            "create_engine",
            "create_async_engine",
            "FileLock",
            "SoftFileLock",
            "Lock",
            "ZipFile",
            "FileHandler",
            "basicConfig",
            "save",
            "savez",
            "savetxt",
            "to_csv",
            "to_parquet",
            "to_pickle",
            "to_feather",
            "to_excel",
            "savefig",
            "save_screenshot",
            "get_screenshot_as_file",
            "stop_chunk",
            "save_as",
            "new_context",
            "new_page",
            "launch_persistent_context",
            "write_text",
            "write_bytes",
            "symlink_to",
            "hardlink_to",
            "mkdir",
            "touch",
            "unlink",
            "bind",
            "UnixStreamServer",
            "UnixDatagramServer",
            "ThreadingUnixStreamServer",
            "ThreadingUnixDatagramServer",
            "start_unix_server",
            "create_unix_server",
        ];
        for name in js
            .into_iter()
            .chain(crate::model::fs_writes::js_fs_api_names())
        {
            assert!(
                JS_TRIGGERS.iter().any(|t| t.matches_identifier(name)),
                "no trigger matches {name}"
            );
        }
        for name in py {
            assert!(
                PY_TRIGGERS.iter().any(|t| t.matches_identifier(name)),
                "no trigger matches {name}"
            );
        }
    }
}

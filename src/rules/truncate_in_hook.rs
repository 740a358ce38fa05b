//! `truncate-in-hook`: table-wide destructive cleanup in a setup/teardown
//! hook or fixture, which wipes rows that tests in other workers are using.
//!
//! Flagged (inside `beforeEach`/`afterEach`/`beforeAll`/`afterAll`, unittest
//! `setUp`/`tearDown`/`setUpClass`/`tearDownClass`, pytest
//! `setup_method`/`teardown_method` and fixtures of any scope, Playwright
//! `test.beforeEach`, and same-file helpers called from them): SQL
//! `TRUNCATE`, `DELETE FROM t` without `WHERE`, `DROP TABLE|SCHEMA|DATABASE`
//! executed through `query`/`execute`/`raw`/`$executeRaw`/tagged templates/
//! `text(...)`; `knex('t').truncate()`, `knex('t').del()`, Sequelize
//! `destroy({truncate: true})`/`destroy({where: {}})`/`sync({force: true})`,
//! `deleteMany({})`/`deleteMany()`, `collection.drop()`, `dropDatabase()`,
//! Django `Model.objects.all().delete()`, SQLAlchemy
//! `session.query(M).delete()`, `metadata.drop_all()` (also handed to
//! `conn.run_sync(...)`). Reported at the statement: SQL written in the
//! argument at the statement inside the string (`TRUNCATE` on the third
//! line of a template literal is reported there), SQL reached through a
//! name at the name, builder and ORM calls at the call.
//!
//! Not flagged: statements in test bodies, statements scoped to a per-worker
//! schema/database (a name built from an isolated value), a per-file private
//! database (a statement on a connection the file opens to a shared
//! database beside a private one it opens by connection is still flagged),
//! `ROLLBACK`/`SAVEPOINT`, filtered deletes, calls on mocks, and
//! `globalSetup`/`globalTeardown` modules (they run once for all workers).

use super::{prefix, suffix, text, word, Rule, RuleContext, SharedThrough, Triggers};
use crate::model::database::{
    destructive_call, destructive_statements, unfiltered_delete_statement,
};
use crate::model::framework::{js_call_role, JsCallRole};
use crate::model::scope::{ScopeId, ScopeKind};
use crate::model::{FileRole, Model};
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use tree_sitter::Node;

pub struct TruncateInHook;

impl Rule for TruncateInHook {
    fn id(&self) -> &'static str {
        "truncate-in-hook"
    }

    fn triggers(&self) -> Triggers {
        // SQL keywords (any case), the destructive calls of
        // `model::database`, and wipe-helper verbs; only inside hooks.
        const WORDS: &[super::Trigger] = &[
            // SQL in strings (any case) and the builder/ORM calls.
            prefix("TRUNCATE"),
            prefix("truncate"),
            prefix("Truncate"),
            prefix("DELETE"),
            prefix("delete"),
            prefix("Delete"),
            word("bulkDelete"),
            prefix("DROP"),
            prefix("drop"),
            prefix("Drop"),
            word("del"),
            word("destroy"),
            word("destroyAll"),
            // RethinkDB's `r.db_drop(...)` / `r.table_drop(...)`.
            word("db_drop"),
            word("table_drop"),
            word("dbDrop"),
            word("tableDrop"),
            // `sequelize.sync({ force: true })` (not "in sync" in a comment).
            text("sync("),
            text("synchronize("),
            word("remove"),
            prefix("flush"),
            prefix("FLUSH"),
            word("clear"),
            // The Firebase emulators' `testEnv.clearFirestore()` and v1's
            // `clearFirestoreData(...)`.
            word("clearFirestore"),
            word("clearFirestoreData"),
            word("clean"),
            word("rollback"),
            // Imported wipe helpers (`resetDb`, `clean_tables`,
            // `purgeCollections`): named by what they wipe, last.
            suffix("db"),
            suffix("Db"),
            suffix("DB"),
            suffix("atabase"),
            suffix("ATABASE"),
            suffix("ables"),
            suffix("ABLES"),
            suffix("ollections"),
            suffix("OLLECTIONS"),
            // One named collection (`dropCollection('users')`,
            // `clearCollection(name)`).
            suffix("ollection"),
            suffix("OLLECTION"),
        ];
        Triggers {
            javascript: WORDS,
            python: WORDS,
            in_hooks: true,
            shared_state: false,
        }
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Machine
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        let memo = cx.memo;
        if model.role == FileRole::GlobalSetup {
            return;
        }
        // A file that talks to a private database wipes only that, except
        // on a connection it opens to a shared one beside a private one it
        // opens by connection.
        let private = memo.private_database(model);
        let by_connection = private && !model.private_database_whole_file();
        // An in-memory SQLite or pg-mem database beside a connection the
        // file opens by name to a shared one: statements on that one wipe
        // shared rows.
        let in_memory =
            private && !by_connection && model.private_database_by_in_memory_connection();
        let doubles = memo.doubles(model);
        let mut hooks = HookFinder::new(model);
        let mut reported: HashSet<usize> = HashSet::new();
        for call in &model.calls {
            // Most calls sit in no hook: that check goes first.
            let Some(hook) = hooks.hook_of(call.scope) else {
                continue;
            };
            if doubles.covers_at(&call.path, call.node.start_byte()) {
                continue;
            }
            if private
                && !(by_connection && model.runs_on_shared_connection(call))
                && !(in_memory && model.runs_on_named_shared_connection(call))
            {
                continue;
            }
            // Reported at the statement: SQL written in the argument at
            // the statement inside it, SQL reached through a name at the
            // name, a builder or ORM call at the call.
            let (what, at, span) = if let Some(arg) = model.sql_argument(call) {
                if let Some(statement) = unfiltered_delete_statement(model, arg) {
                    (
                        Some(format!("DELETE of {} without where", model.text(statement))),
                        call.node,
                        None,
                    )
                } else {
                    match model.sql_text(arg).and_then(|sql| {
                        let d = destructive_statements(&sql).into_iter().next()?;
                        Some((model.statement_span(arg, &sql, &d), d))
                    }) {
                        Some((span, d)) => (Some(describe(&d.what, &d.target)), arg, span),
                        None => (None, call.node, None),
                    }
                }
            } else {
                (destructive_call(model, call), call.node, None)
            };
            if let Some(what) = what {
                mark_inner(call.node, &mut reported);
                if reported.insert(call.node.id()) {
                    report(cx, at, span, &what, &hook);
                }
            }
        }
        if private {
            return;
        }
        // Tagged templates: sql`TRUNCATE users`, prisma.$executeRaw`...`.
        for (node, _path, template) in model.tagged_templates() {
            if reported.contains(&node.id()) || reported.contains(&template.id()) {
                continue;
            }
            let scope = model.scope_of(node);
            let Some(hook) = hooks.hook_of(scope) else {
                continue;
            };
            let Some((span, d)) = model.sql_text(template).and_then(|sql| {
                let d = destructive_statements(&sql).into_iter().next()?;
                Some((model.statement_span(template, &sql, &d), d))
            }) else {
                continue;
            };
            // A tagged template passed to an executing call was reported
            // there.
            if enclosing_reported(node, &reported) {
                continue;
            }
            reported.insert(node.id());
            report(cx, node, span, &describe(&d.what, &d.target), &hook);
        }
    }
}

fn describe(what: &str, target: &str) -> String {
    match (what, target.is_empty()) {
        (_, true) => what.to_string(),
        // Reads as SQL: `DELETE FROM sessions without WHERE`.
        ("DELETE without WHERE", false) => format!("DELETE FROM {target} without WHERE"),
        _ => format!("{what} {target}"),
    }
}

/// Marks the arguments of a reported call, so a tagged template inside it is
/// not reported again.
fn mark_inner(call: Node, reported: &mut HashSet<usize>) {
    let mut stack = vec![call];
    let mut budget = 256;
    while let Some(n) = stack.pop() {
        budget -= 1;
        if budget == 0 {
            break;
        }
        if n.kind() == "template_string" {
            reported.insert(n.id());
        }
        crate::walk::named_children(n, &mut stack);
    }
}

fn enclosing_reported(node: Node, reported: &HashSet<usize>) -> bool {
    let mut current = node.parent();
    let mut steps = 0;
    while let Some(n) = current {
        if reported.contains(&n.id()) {
            return true;
        }
        steps += 1;
        if steps > 8 {
            break;
        }
        current = n.parent();
    }
    false
}

/// The hook or fixture that runs code at `scope` (directly, or through a
/// same-file helper it calls), described for the message.
/// Answers [`HookFinder::hook_of`] once per scope: every call of a file
/// asks it, and each answer looks at the file's hook calls and the callers
/// of the helper around the scope.
struct HookFinder<'m, 't> {
    model: &'m Model<'t>,
    /// `beforeEach(resetDb)`: the names of same-file helpers passed to a
    /// hook, and that hook, in source order (JS only).
    passed: Vec<(&'t str, String)>,
    answers: HashMap<ScopeId, Option<String>>,
}

impl<'m, 't> HookFinder<'m, 't> {
    fn new(model: &'m Model<'t>) -> Self {
        let mut passed = Vec::new();
        if !model.lang.is_python() {
            for c in &model.calls {
                let Some(JsCallRole::Hook(kind)) = js_call_role(&c.path) else {
                    continue;
                };
                for a in c.args() {
                    if a.value.kind() == "identifier" {
                        passed.push((model.text(a.value), format!("{} hook", hook_name(kind))));
                    }
                }
            }
        }
        HookFinder {
            model,
            passed,
            answers: HashMap::new(),
        }
    }

    /// The hook or fixture that runs code at `scope` (directly, or through
    /// a same-file helper it calls), described for the message.
    fn hook_of(&mut self, scope: ScopeId) -> Option<String> {
        if let Some(answer) = self.answers.get(&scope) {
            return answer.clone();
        }
        let answer = self
            .by_reference(scope)
            .or_else(|| hook_by_owner(self.model, scope));
        self.answers.insert(scope, answer.clone());
        answer
    }

    /// `beforeEach(resetDb)`: a same-file helper passed to a hook by name.
    fn by_reference(&self, scope: ScopeId) -> Option<String> {
        if self.passed.is_empty() {
            return None;
        }
        let model = self.model;
        let enclosing: Vec<&str> = model
            .ancestors(scope)
            .filter(|&s| model.scope(s).kind == ScopeKind::Function)
            .map(|s| model.scope(s).name.as_str())
            .filter(|n| !n.is_empty())
            .collect();
        // The helpers that call them run them too: `before(dropDBs)` where
        // `dropDBs` calls `_dropDBs()`.
        let calling: Vec<String> = enclosing
            .iter()
            .flat_map(|n| model.calling_helpers(n))
            .collect();
        // The first hook call (in source order) that is passed one of them.
        self.passed
            .iter()
            .find(|(name, _)| enclosing.contains(name) || calling.iter().any(|c| c == name))
            .map(|(_, hook)| hook.clone())
    }
}

fn hook_by_owner(model: &Model, scope: ScopeId) -> Option<String> {
    model.effective_owners(scope).into_iter().find_map(|owner| {
        let s = model.scope(owner);
        match &s.kind {
            ScopeKind::Hook(kind) => Some(if s.name.is_empty() || !model.lang.is_python() {
                format!("{} hook", hook_name(*kind))
            } else {
                s.name.clone()
            }),
            ScopeKind::Fixture { .. } => Some(format!("fixture `{}`", s.name)),
            _ => None,
        }
    })
}

fn hook_name(kind: crate::model::framework::HookKind) -> &'static str {
    use crate::model::framework::HookKind::*;
    match kind {
        // With the article, so messages read "an afterAll hook".
        BeforeEach => "a beforeEach",
        AfterEach => "an afterEach",
        BeforeAll => "a beforeAll",
        AfterAll => "an afterAll",
    }
}

/// Reports at `node`, or at `span` (byte offsets: a statement inside the
/// SQL written at `node`) when there is one.
fn report(
    cx: &mut RuleContext<'_, '_>,
    node: Node,
    span: Option<(usize, usize)>,
    what: &str,
    hook: &str,
) {
    let span = span.map(|(s, e)| cx.lines.span(cx.model.src, s, e));
    let finding = cx.report(
        node,
        format!("{what} in {hook}: wipes rows that tests in other workers are using"),
    );
    if let Some(span) = span {
        finding.location.span = span;
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "truncate-in-hook";

    #[test]
    fn javascript_sql() {
        assert_rule(
            RULE,
            &[
                Case::fail("db.test.ts", "beforeEach(async () => {\n  await dbExec(`DELETE FROM sessions`);\n});", &["DELETE FROM sessions"]),
                // Mocha root hooks (`--require`d plugin): run before every test
                // of every file, as methods, properties or arrays of functions.
                Case::fail("test/hooks.js", "exports.mochaHooks = {\n  async beforeEach() {\n    await db.query('TRUNCATE users CASCADE');\n  },\n};", &["TRUNCATE users CASCADE"]),
                Case::fail("test/hooks.mjs", "export const mochaHooks = () => ({\n  afterEach: [() => knex('users').truncate()],\n});", &["knex('users').truncate()"]),
                Case::fail("test/hooks.js", "module.exports = { mochaHooks: { beforeAll: async function () { await db.query('DELETE FROM orders'); } } };", &["DELETE FROM orders"]),
                Case::fail("db.test.js", "beforeEach(async () => {\n  await db.query('TRUNCATE users CASCADE');\n});", &["TRUNCATE users CASCADE"]),
                Case::fail("db.test.js", "afterEach(async () => { await pool.query(\"DELETE FROM sessions\"); });", &["DELETE FROM sessions"]),
                Case::fail("db.test.js", "afterAll(async () => { await client.query(`DROP TABLE IF EXISTS users`); });", &["DROP TABLE IF EXISTS users"]),
                Case::fail("db.test.js", "beforeAll(async () => { await knex.raw('DROP SCHEMA public CASCADE'); });", &["DROP SCHEMA public CASCADE"]),
                Case::fail("db.test.ts", "beforeEach(async () => {\n  await prisma.$executeRawUnsafe('TRUNCATE TABLE \"User\" CASCADE;');\n});", &["TRUNCATE TABLE \"User\" CASCADE"]),
                Case::fail("db.test.ts", "beforeEach(async () => {\n  await prisma.$executeRaw`TRUNCATE TABLE \"User\" CASCADE`;\n});", &["TRUNCATE TABLE \"User\" CASCADE"]),
                Case::fail("db.test.ts", "afterEach(async () => {\n  await db.execute(sql`DELETE FROM orders`);\n});", &["DELETE FROM orders"]),
                Case::fail("db.test.js", "const tables = ['a', 'b'];\nafterEach(async () => {\n  for (const t of tables) await db.query(`TRUNCATE ${t} CASCADE`);\n});", &["TRUNCATE ${t} CASCADE"]),
                Case::fail("db.test.js", "const CLEAN = 'DELETE FROM users';\nbeforeEach(() => db.query(CLEAN));", &["CLEAN"]),
                Case::fail("db.test.js", "async function reset() { await db.query('TRUNCATE users'); }\nbeforeEach(reset);\nbeforeEach(async () => { await reset(); });", &["TRUNCATE users"]),
                Case::fail("db.test.js", "const wipe = async () => { await db.query('DELETE FROM users'); };\nafterEach(wipe);", &["DELETE FROM users"]),
                Case::pass("db.test.js", "const wipe = async () => { await db.query('DELETE FROM users'); };\nit('x', wipe);"),
                // A Firebase emulator project named from the worker id (or a
                // uuid) is the worker's own database; a `clearFirestore` the
                // file defines itself is judged through its body.
                Case::pass("test/rules.test.ts", "import { initializeTestEnvironment } from '@firebase/rules-unit-testing';\nlet testEnv;\nbeforeAll(async () => { testEnv = await initializeTestEnvironment({ projectId: `demo-${process.env.JEST_WORKER_ID}` }); });\nafterEach(async () => { await testEnv.clearFirestore(); });"),
                Case::pass("test/rules.test.ts", "import { clearFirestoreData } from '@firebase/rules-unit-testing';\nimport { v4 } from 'uuid';\nconst projectId = `demo-${v4()}`;\nafterEach(() => clearFirestoreData({ projectId }));"),
                Case::pass("test/rules.test.ts", "const cache = new Map();\nfunction clearFirestoreData() { cache.clear(); }\nafterEach(() => clearFirestoreData());"),
                // Emptying a Storage emulator bucket deletes no rows.
                Case::pass("test/storage.test.ts", "afterEach(async () => { await testEnv.clearStorage(); });"),
                Case::fail("db.test.tsx", "beforeEach(async () => { await sequelize.query('DELETE FROM \"Users\"'); });", &["DELETE FROM \"Users\""]),
                Case::fail("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest.beforeEach(async () => { await db.query('TRUNCATE todos'); });", &["TRUNCATE todos"]),
                Case::fail("db.test.js", "describe('x', () => {\n  before(async () => { await db.none('DELETE FROM users'); });\n});", &["DELETE FROM users"]),
                // A database or schema named through a constant is the same
                // in every worker (audit 59); an unknown name is not judged.
                Case::fail("db.test.js", "const DB = 'reports_test';\nconst SCHEMA = 'public';\nafterEach(async () => {\n  await admin.query(`DROP DATABASE IF EXISTS ${DB}`);\n  await admin.query(`TRUNCATE ${SCHEMA}.users`);\n});", &["DROP DATABASE IF EXISTS ${DB}", "TRUNCATE ${SCHEMA}.users"]),
                Case::pass("db.test.js", "function drop(c, schema) { return c.query(`DROP SCHEMA ${schema} CASCADE`); }\nconst W = `app_${process.env.JEST_WORKER_ID}`;\nafterEach(async () => {\n  await drop(admin, this.schema);\n  await admin.query(`DROP DATABASE ${W}`);\n  await admin.query(`TRUNCATE ${tenant}.users`);\n});"),
            ],
        );
    }

    #[test]
    fn javascript_orm() {
        assert_rule(
            RULE,
            &[
                // `test.extend` fixtures (per test, `auto`, per worker) are hooks, as pytest
                // fixtures of any scope are.
                Case::fail("a.test.ts", "import { test as base } from 'vitest';\nexport const test = base.extend<{ clean: void }>({\n  clean: [async ({}, use) => { await db.$executeRawUnsafe('TRUNCATE TABLE orders'); await use(); }, { auto: true }],\n});", &["TRUNCATE TABLE orders"]),
                Case::fail("e2e/a.spec.js", "import { test as base } from '@playwright/test';\nexports.test = base.extend({\n  reset: [async ({ mongo }, use) => { await use(); await mongo.collection('orders').deleteMany({}); }, { scope: 'worker' }],\n});", &["mongo.collection('orders').deleteMany({})"]),
                Case::fail("e2e/a.spec.ts", "import { test as base } from '@playwright/test';\nexport const test = base.extend({\n  db: async ({}, use) => { await knex('users').truncate(); await use(knex); },\n});", &["knex('users').truncate()"]),
                Case::fail("k.test.js", "beforeEach(async () => { await knex('users').truncate(); });", &["knex('users').truncate()"]),
                Case::fail("k.test.js", "afterEach(() => knex('users').del());", &["knex('users').del()"]),
                // audit 87: nothing filters the chain (`.returning` is no filter).
                Case::fail("routes/users.test.js", "beforeAll(async () => {\n  await User.query().delete();\n  await knex('users').del().returning('id');\n});", &["User.query().delete()", "knex('users').del()"]),
                Case::fail("s.test.js", "afterEach(async () => { await User.destroy({ truncate: true, cascade: true }); });", &["User.destroy({ truncate: true, cascade: true })"]),
                Case::fail("s.test.js", "afterEach(async () => { await User.destroy({ where: {} }); });", &["User.destroy({ where: {} })"]),
                Case::fail("s.test.js", "beforeAll(async () => { await sequelize.sync({ force: true }); });", &["sequelize.sync({ force: true })"]),
                Case::fail("m.test.ts", "afterEach(async () => { await User.deleteMany({}); });", &["User.deleteMany({})"]),
                // Mongoose's legacy delete-all, with or without a callback.
                Case::fail("m.test.js", "beforeEach((done) => { User.remove({}, done); });\nafterEach((done) => { User.collection.remove(done); });\nafter(async () => { await db.collection('users').remove(); });", &["User.remove({}, done)", "User.collection.remove(done)", "db.collection('users').remove()"]),
                Case::fail("p.test.ts", "beforeEach(async () => { await prisma.user.deleteMany(); });", &["prisma.user.deleteMany()"]),
                // A hook registered through top-level await (Nuxt test-utils suites, set 25).
                Case::fail("e2e/index.test.ts", "import { afterEach } from 'vitest';\nawait afterEach(async () => { await prisma.user.deleteMany(); });", &["prisma.user.deleteMany()"]),
                // Drizzle: `db.delete(table)` with no `.where()` deletes every row.
                Case::fail("d.test.ts", "import { db } from '@/db';\nimport { users, posts } from '@/db/schema';\nconst cleanup = async () => { await db.delete(posts); await db.delete(users).returning(); };\nbeforeEach(async () => { await cleanup(); });", &["db.delete(posts)", "db.delete(users)"]),
                Case::fail("d.test.ts", "import { eq } from 'drizzle-orm';\nimport * as schema from '../src/schema';\nafterAll(async () => { await testDb.transaction(async (tx) => { await tx.delete(schema.sessions); }); });", &["tx.delete(schema.sessions)"]),
                // The handle behind an unnamed accessor (set 31: mini-crm's `DB.$`).
                Case::fail("d.test.ts", "import { DB } from '@src/config';\nimport { usersTable } from '@src/modules/auth/db/schema';\nbeforeEach(async () => {\n  await DB.$.delete(usersTable);\n});", &["DB.$.delete(usersTable)"]),
                Case::fail("p.test.ts", "beforeEach(async () => { await prisma.post.deleteMany({ where: {} }); });", &["prisma.post.deleteMany({ where: {} })"]),
                Case::fail("m.test.js", "afterEach(async () => { await db.collection('users').drop(); });", &["db.collection('users').drop()"]),
                Case::fail("m.test.js", "afterAll(async () => { await mongoose.connection.dropDatabase(); });", &["mongoose.connection.dropDatabase()"]),
                Case::fail("k.test.js", "afterAll(() => knex.schema.dropTableIfExists('users'));", &["knex.schema.dropTableIfExists('users')"]),
                Case::fail("t.test.ts", "beforeEach(async () => { await dataSource.getRepository(User).clear(); });", &["dataSource.getRepository(User).clear()"]),
                Case::fail("r.test.tsx", "beforeEach(async () => { await redis.flushall(); });", &["redis.flushall()"]),
                Case::fail("c.test.js", "afterEach(() => { db.prepare('DELETE FROM users').run(); });", &["DELETE FROM users"]),
                Case::fail("c.test.js", "beforeEach(async () => knexCleaner.clean(db, { mode: 'truncate' }));", &["knexCleaner.clean(db, { mode: 'truncate' })"]),
                Case::fail("c.test.ts", "import { truncateAll } from './db';\nbeforeEach(async () => { await truncateAll(); await knex.migrate.rollback(); });", &["truncateAll()", "knex.migrate.rollback()"]),
                // Bare imported helpers whose names are also ORM methods.
                Case::fail("c.test.ts", "import { clearDatabase, dropDatabase } from './helpers/db';\nbeforeEach(async () => { await clearDatabase(); });\nafterAll(() => dropDatabase());", &["clearDatabase()", "dropDatabase()"]),
                // ... and one that drops a named collection (a Mocha e2e
                // suite's `const { dropCollection } = require('./_db')`).
                Case::fail("test/e2e/auth.test.js", "const { dropCollection } = require('./_db');\ndescribe('auth', () => {\n  beforeEach(() => dropCollection('users'));\n  it('x', () => {});\n});", &["dropCollection('users')"]),
                Case::fail("c.test.ts", "import { clearCollection } from './helpers';\nafterEach(async () => { await clearCollection('posts'); });", &["clearCollection('posts')"]),
                // The Firebase emulators: the rules-unit-testing environment's
                // `clearFirestore()` empties the project's Firestore, as
                // `clearDatabase()` does its Realtime Database; v1's
                // `clearFirestoreData()`, bare or through the namespace.
                Case::fail("test/rules.test.ts", "import { initializeTestEnvironment } from '@firebase/rules-unit-testing';\nlet testEnv;\nbeforeAll(async () => { testEnv = await initializeTestEnvironment({ projectId: 'demo-chat' }); });\nafterEach(async () => { await testEnv.clearFirestore(); });\nbeforeEach(() => testEnv.clearDatabase());", &["testEnv.clearFirestore()", "testEnv.clearDatabase()"]),
                Case::fail("test/rules.test.ts", "import { getTestEnv } from './utils';\ndescribe('rules', () => {\n  afterEach(async () => { await getTestEnv().clearFirestore(); });\n});", &["getTestEnv().clearFirestore()"]),
                Case::fail("test/rules.test.js", "const firebase = require('@firebase/rules-unit-testing');\nconst { clearFirestoreData } = require('@firebase/rules-unit-testing');\nbeforeEach(async () => { await firebase.clearFirestoreData({ projectId: 'demo' }); });\nafterAll(() => clearFirestoreData({ projectId: 'demo' }));", &["firebase.clearFirestoreData({ projectId: 'demo' })", "clearFirestoreData({ projectId: 'demo' })"]),
                // The same helper reached through a project-local module.
                Case::fail("c.test.js", "const helpers = require('./test-helpers');\nafterEach(async () => { await helpers.cleanTables(db); });", &["helpers.cleanTables(db)"]),
                Case::fail("c.test.ts", "import * as h from '../support/h';\nimport dbUtil from './db-util';\nimport t = require('./t');\nbeforeEach(async () => { await h.truncateTables(); await dbUtil.resetDatabase(); await t.wipeTables(); });", &["h.truncateTables()", "dbUtil.resetDatabase()", "t.wipeTables()"]),
                // ... or through a path alias of the project (`@/`, `~/`, `#`).
                Case::fail("c.test.ts", "import * as utils from '@/test/utils';\nimport * as seed from '#test/seed';\nafterEach(async () => { await utils.cleanTables(); await seed.resetDatabase(); });", &["utils.cleanTables()", "seed.resetDatabase()"]),
                Case::fail("c.test.js", "beforeEach(() => Knex.raw('TRUNCATE users CASCADE').then(() => Knex.raw('TRUNCATE dexes CASCADE')));", &["TRUNCATE users CASCADE", "TRUNCATE dexes CASCADE"]),
                Case::fail("c.test.js", "beforeEach(async () => {\n  const tableNames = rows.map((r) => r.tablename).join(', ');\n  await knex.raw(`TRUNCATE TABLE ${tableNames} RESTART IDENTITY CASCADE`);\n});", &["TRUNCATE TABLE ${tableNames} RESTART IDENTITY CASCADE"]),
                Case::fail("s.test.js", "let ctx = {};\nbeforeAll(async () => { ctx.db = await connect(); });\nafterEach(async () => { await ctx.db.query('TRUNCATE users'); });", &["TRUNCATE users"]),
                Case::fail("s.test.js", "afterEach(async () => { await Model.truncate({ cascade: true }); await knex('users').delete(); });", &["Model.truncate({ cascade: true })", "knex('users').delete()"]),
                // Mongoose/MongoDB driver with a completion callback.
                Case::fail("test/helper.js", "beforeEach((done) => {\n  mongoose.connection.collections.users.drop(() => {\n    done();\n  });\n});", &["mongoose.connection.collections.users.drop(() => {\n    done();\n  })"]),
                Case::fail("m.test.js", "afterEach(function (done) { db.collection('users').drop(function () { done(); }); });", &["db.collection('users').drop(function () { done(); })"]),
                // TypeORM's query builder names the entity up front.
                Case::fail("e2e/u.e2e-spec.ts", "afterEach(async () => {\n  await ds.createQueryBuilder(User, 'user').delete().execute();\n  await ds.createQueryBuilder().delete().from(Token).execute();\n});", &["ds.createQueryBuilder(User, 'user').delete().execute()", "ds.createQueryBuilder().delete().from(Token).execute()"]),
                // TypeORM Active Record: an entity class the file queries
                // through TypeORM's statics.
                Case::fail("o.test.ts", "import { User } from '@entity/user';\nbeforeEach(async () => { await User.clear(); });\nit('x', async () => { expect(await User.findOneBy({ id: 1 })).toBeNull(); });", &["User.clear()"]),
                // Hooks reached through the global object (Jest setup files).
                Case::fail("tests/setupTests.ts", "global.beforeEach(async () => {\n  await prismaClient.$executeRaw`TRUNCATE TABLE \"users\" RESTART IDENTITY;`\n}, 60000)\nglobalThis.afterAll(() => db.query('DELETE FROM tests'));", &["TRUNCATE TABLE \"users\" RESTART IDENTITY", "DELETE FROM tests"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A filtered delete in a fixture; an `extend` that declares no fixture
                // (jQuery's: the first parameter is no object pattern).
                Case::pass("a.test.ts", "import { test as base } from 'vitest';\nexport const test = base.extend({\n  clean: [async ({}, use) => { await use(); await db.order.deleteMany({ where: { note: 'x' } }); }, { auto: true }],\n});"),
                Case::pass("a.test.js", "$.extend({ wipe: function (a, b) { db.query('TRUNCATE users'); } });\ntest('x', () => {});"),
                // A `beforeEach` method of an object that is no root hook plugin.
                Case::pass("test/hooks.js", "const steps = { beforeEach() { db.query('TRUNCATE users'); } };\nmodule.exports = { other: { afterAll() { db.query('TRUNCATE users'); } } };"),
                // In a test body, not a hook.
                Case::pass("a.test.js", "it('wipes', async () => { await db.query('TRUNCATE users'); });"),
                Case::pass("a.test.js", "test('x', async () => { await prisma.user.deleteMany(); });"),
                // Filtered delete, rollback, savepoint.
                Case::pass("a.test.js", "afterEach(() => db.query('DELETE FROM users WHERE id = $1', [id]));"),
                Case::pass("a.test.js", "afterEach(() => db.query('ROLLBACK'));"),
                Case::pass("a.test.js", "beforeEach(() => db.query('SAVEPOINT test'));"),
                Case::pass("a.test.js", "afterEach(() => knex('users').where('id', id).del());"),
                // audit 87: a query builder takes its `where` after the delete too
                // (Objection's documented `Model.query().delete().where(...)`).
                Case::pass("routes/users.test.js", "beforeAll(async () => {\n  await User.query()\n    .delete()\n    .where({ username })\n});"),
                Case::pass("a.test.js", "afterEach(async () => { await knex('users').del().whereIn('id', ids); await Person.query().delete().findById(id); });"),
                Case::pass("a.test.js", "afterEach(() => prisma.user.deleteMany({ where: { id: { in: ids } } }));"),
                Case::pass("a.test.js", "afterEach(() => User.destroy({ where: { id } }));"),
                Case::pass("a.test.js", "beforeAll(() => sequelize.sync());"),
                // Per-worker schema.
                Case::pass("a.test.js", "const schema = `test_w${process.env.JEST_WORKER_ID}`;\nafterAll(() => db.query(`DROP SCHEMA ${schema} CASCADE`));"),
                Case::pass("a.test.js", "afterAll(() => db.query(`TRUNCATE test_${process.env.VITEST_POOL_ID}.users`));"),
                Case::pass("a.spec.ts", "test.afterAll(async ({}, testInfo) => { await db.query(`DROP DATABASE app_${testInfo.parallelIndex}`); });"),
                // Private databases.
                Case::pass("a.test.js", "const db = new Database(':memory:');\nbeforeEach(() => db.exec('DELETE FROM users'));"),
                Case::pass("a.test.js", "let mongod;\nbeforeAll(async () => { mongod = await MongoMemoryServer.create(); });\nafterEach(() => User.deleteMany({}));"),
                Case::pass("a.test.js", "import { newDb } from 'pg-mem';\nconst db = newDb();\nbeforeEach(() => db.public.none('TRUNCATE users'));"),
                Case::pass("a.test.ts", "import { PostgreSqlContainer } from '@testcontainers/postgresql';\nbeforeAll(async () => { c = await new PostgreSqlContainer().start(); });\nafterEach(() => client.query('TRUNCATE users'));"),
                Case::pass("a.test.js", "beforeAll(() => db.query(`SET search_path TO test_${process.env.JEST_WORKER_ID}`));\nafterEach(() => db.query('TRUNCATE users'));"),
                Case::pass("a.test.js", "const db = knex({ client: 'pg', connection: { database: `app_${process.env.VITEST_POOL_ID}` } });\nafterEach(() => db('users').truncate());"),
                // Mocks.
                Case::pass("a.test.js", "const db = { query: jest.fn() };\nbeforeEach(() => db.query('TRUNCATE users'));"),
                Case::pass("a.test.js", "beforeEach(() => { mockDb.query('DELETE FROM users'); });"),
                // Not SQL, not destructive.
                Case::pass("a.test.js", "beforeEach(() => { map.clear(); cache.delete('k'); _.truncate('abc'); });"),
                Case::pass("a.test.js", "afterEach((done) => { User.remove({ _id: id }, done); el.remove(); fs.remove(dir); db.collection('users').remove(query); });"),
                // Drizzle delete with a where; a Map's delete; no Drizzle in the file.
                Case::pass("d.test.ts", "import { eq } from 'drizzle-orm';\nimport { users } from '@/db/schema';\nafterEach(async () => { await db.delete(users).where(eq(users.id, id)); sessions.delete(users); });"),
                // Playwright's `test` imported under another name, the docs'
                // form for setup projects (open-micro-saas, set 34): its
                // `beforeAll` is the hook `test.beforeAll`.
                Case::fail("tests/global.setup.ts", "import { test as setup } from '@playwright/test';\nimport { truncateDb } from '../prisma/truncate-db';\nsetup.beforeAll(async () => {\n  await truncateDb();\n});\nsetup('login', async ({ page }) => {});", &["truncateDb()"]),
                Case::fail("a.test.ts", "import { beforeEach as each, it } from 'vitest';\neach(async () => { await prisma.user.deleteMany(); });", &["prisma.user.deleteMany()"]),
                Case::pass("d.test.ts", "import { eq } from 'drizzle-orm';\nimport { usersTable } from '@/db/schema';\nafterEach(async () => { await DB.$.delete(usersTable).where(eq(usersTable.id, id)); cache.$.delete(usersTable); });"),
                Case::pass("d.test.ts", "import { users } from './fixtures';\nafterEach(() => { db.delete(users); cacheDb.delete(key); });"),
                Case::pass("a.test.js", "beforeEach(() => db.query('SELECT * FROM users'));"),
                Case::pass("a.test.js", "afterEach(() => { jest.clearAllMocks(); element.remove(); resetState(); clearMocks(); });"),
                Case::pass("a.test.js", "async function resetDb() { await db.query('ROLLBACK'); }\nafterEach(() => resetDb());"),
                // Sequelize's QueryInterface drops every table.
                Case::fail("test/support.ts", "afterEach(async () => {\n  const qi = sequelize.getQueryInterface();\n  await qi.dropAllTables();\n});", &["qi.dropAllTables()"]),
                Case::pass("test/support.ts", "it('x', async () => {\n  await qi.dropAllTables();\n});"),
                // Sequelize's database-wide wipes taking only options (audit 36:
                // its own integration support file).
                Case::fail("test/support.ts", "afterEach(async () => {\n  await sequelize.drop({});\n  await User.drop({ cascade: true });\n  await sequelize.destroyAll({ force: true });\n  await Post.destroyAll();\n});", &["sequelize.drop({})", "User.drop({ cascade: true })", "sequelize.destroyAll({ force: true })", "Post.destroyAll()"]),
                // RethinkDB's database and table drops (audit 48: apscheduler's
                // fixture teardown).
                Case::fail("tests/test_store.py", "import pytest\n@pytest.fixture\ndef store():\n    yield make_store()\n    r.db_drop('apscheduler_unittest').run(conn)\n", &["r.db_drop('apscheduler_unittest')"]),
                Case::fail("test/store.test.js", "afterEach(async () => { await r.tableDrop('users').run(conn); });", &["r.tableDrop('users')"]),
                Case::pass("test/store.test.js", "it('drops', async () => { await r.tableDrop('users').run(conn); });"),
                // A filter is no wipe (LoopBack's `destroyAll(where)`), nor is
                // `drop` given anything but options.
                Case::pass("test/support.ts", "afterEach(async () => {\n  await User.destroyAll({ email: 'a@x.io' });\n  await User.destroyAll({ where: { id: 1 } });\n  const rest = items.drop(2);\n  await cache.drop({ key: 'x' });\n});"),
                // A helper handed to a hook by name runs the helpers it calls
                // (mongoose test/common.js: `before(dropDBs)`).
                Case::fail("test/common.js", "async function _dropDBs() {\n  const db = await connect();\n  await db.dropDatabase();\n}\nasync function dropDBs() {\n  try {\n    await _dropDBs();\n  } catch (err) {}\n}\nbefore(dropDBs);", &["db.dropDatabase()"]),
                Case::pass("test/common.js", "async function _dropDBs() {\n  const db = await connect();\n  await db.dropDatabase();\n}\nasync function dropDBs() {\n  await _dropDBs();\n}\nbefore(connectAll);\nit('x', () => {});"),
                // A same-file helper is judged by its body, whatever its name.
                Case::pass("a.test.js", "async function clearDatabase() { await db.query('ROLLBACK'); }\nafterEach(() => clearDatabase());"),
                // A same-file `dropCollection` that only drops a collection
                // the test made up, and one called in a test, not a hook.
                Case::pass("a.test.js", "function dropCollection(name) { return cache.forget(name); }\nafterEach(() => dropCollection('users'));"),
                Case::pass("a.test.js", "const { dropCollection } = require('./_db');\nit('drops', async () => { await dropCollection('users'); });"),
                // A wipe-helper name on a package, on a local object, on a
                // named import, or in a test body rather than a hook.
                Case::pass("a.test.js", "const lodash = require('lodash');\nimport * as u from 'test-utils';\nafterEach(() => { lodash.cleanTables(x); u.truncateTables(); });"),
                Case::pass("a.test.ts", "import * as u from '@acme/test-utils';\nafterEach(() => { u.truncateTables(); });"),
                Case::pass("a.test.js", "const helpers = makeHelpers();\nafterEach(async () => { await helpers.cleanTables(db); });"),
                Case::pass("a.test.js", "import { helpers } from './test-helpers';\nafterEach(async () => { await helpers.cleanTables(db); });"),
                Case::pass("a.test.js", "const helpers = require('./test-helpers');\nit('x', async () => { await helpers.cleanTables(db); });"),
                // A drop given options or a name rather than a callback, a
                // callback drop in a test body, a filtered query-builder
                // delete, and a global that is not a hook.
                Case::pass("a.test.js", "afterEach(() => { list.drop(2); rows.drop('x', () => {}); });\nit('x', (done) => { db.collection('u').drop(() => done()); });"),
                Case::pass("a.test.ts", "afterEach(async () => {\n  await ds.createQueryBuilder(User, 'u').delete().where('id = :id', { id }).execute();\n  await ds.createQueryBuilder(User, 'u').update().set({ a: 1 }).execute();\n});"),
                Case::pass("a.test.js", "global.fetch(async () => { await db.query('TRUNCATE users'); });"),
                // A wipe inside a test registered through the alias: a test,
                // not Mocha's TDD `setup` hook.
                Case::pass("tests/a.spec.ts", "import { test as setup } from '@playwright/test';\nsetup('wipes', async () => { await prisma.user.deleteMany(); });"),
                // A capitalised object cleared with no TypeORM query on it.
                Case::pass("a.test.ts", "import { Cache } from './cache';\nbeforeEach(() => { Cache.clear(); Store.clear(); });\nit('x', () => { expect(Cache.get('k')).toBe(1); Store.get('k'); });"),
            ],
        );
    }

    #[test]
    fn global_setup_not_flagged() {
        use crate::engine::{analyze_source, Settings};
        use crate::lang::Lang;
        use crate::model::FileRole;
        let settings = Settings::for_rules(&[RULE]);
        let code = "module.exports = async () => { beforeAll(() => db.query('TRUNCATE users')); await db.query('DROP SCHEMA public CASCADE'); };";
        let (f, _) = analyze_source(
            std::path::Path::new("global-setup.js"),
            code,
            Lang::JavaScript,
            FileRole::GlobalSetup,
            &settings,
        );
        assert!(f.is_empty());
        let (f, _) = analyze_source(
            std::path::Path::new("setup.js"),
            code,
            Lang::JavaScript,
            FileRole::SetupFile,
            &settings,
        );
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn python() {
        assert_rule(
            RULE,
            &[
                // `call_command` under a renaming import.
                Case::fail("tests/test_m.py", "from django.core.management import call_command as run_cmd\nfrom django.test import TransactionTestCase\nclass T(TransactionTestCase):\n    def tearDown(self):\n        run_cmd('flush', interactive=False)\n", &["run_cmd('flush', interactive=False)"]),
                // SQLAlchemy's session option is no filter; Core's table
                // `delete()` without `.where()` empties the table.
                Case::fail("tests/test_db.py", "import pytest\n@pytest.fixture\ndef clean():\n    with SessionLocal() as s:\n        s.query(User).delete(synchronize_session=False)\n        s.execute(User.__table__.delete())\n    yield\n", &["s.query(User).delete(synchronize_session=False)", "s.execute(User.__table__.delete())"]),
                // A project's own SQL runner, named for SQL or execution, given
                // a destructive statement.
                Case::fail("tests/test_db.py", "import pytest\n@pytest.fixture(autouse=True)\ndef clean():\n    execute_db_script(\"DROP DATABASE IF EXISTS app_test\")\n    yield\n    helpers.run_sql('TRUNCATE users CASCADE')\n", &["DROP DATABASE IF EXISTS app_test", "TRUNCATE users CASCADE"]),
                // The `setUp` of a same-file mixin runs before the tests of the
                // test classes deriving from it.
                Case::fail("test/performance/perf_test.py", "import unittest\n\nclass GridFsTest:\n    def setUp(self):\n        self.client = client_context.client\n        self.client.drop_database('perftest')\n\n    def do_task(self):\n        pass\n\nclass TestGridFsUpload(GridFsTest, unittest.TestCase):\n    def test_x(self):\n        pass\n", &["self.client.drop_database('perftest')"]),
                // pytest's `setup_method` makes a base class of test classes
                // in other modules a test base, whatever its name; a plain
                // class's other methods stay helpers.
                Case::fail("tests/common.py", "import pymongo\ncon = pymongo.MongoClient()\n\nclass BaseDBTest:\n    def setup_method(self):\n        con.drop_database('umongo_test')\n", &["con.drop_database('umongo_test')"]),
                Case::pass("tests/common.py", "import pymongo\ncon = pymongo.MongoClient()\n\nclass Seeder:\n    def reset(self):\n        con.drop_database('umongo_test')\n"),
                Case::fail("test_db.py", "import pytest\n@pytest.fixture(autouse=True)\ndef clean(db):\n    db.execute(\"TRUNCATE users\")\n    yield\n", &["TRUNCATE users"]),
                Case::fail("test_db.py", "import pytest\n@pytest.fixture(scope=\"session\")\ndef schema(engine):\n    yield\n    Base.metadata.drop_all(engine)\n", &["Base.metadata.drop_all(engine)"]),
                Case::fail("test_db.py", "import pytest\n@pytest.fixture\ndef s(session):\n    yield session\n    session.execute(text(\"DELETE FROM orders\"))\n", &["DELETE FROM orders"]),
                Case::fail("test_db.py", "import pytest\n@pytest.fixture\ndef s(session):\n    yield session\n    session.query(User).delete()\n", &["session.query(User).delete()"]),
                Case::fail("test_db.py", "import pytest\n@pytest.fixture\ndef s(session):\n    session.execute(delete(User))\n", &["session.execute(delete(User))"]),
                Case::fail("tests/test_v.py", "class TestViews(TestCase):\n    def setUp(self):\n        User.objects.all().delete()\n", &["User.objects.all().delete()"]),
                Case::fail("tests/test_v.py", "class TestViews(TestCase):\n    def tearDown(self):\n        self.cursor.execute('DELETE FROM users')\n", &["DELETE FROM users"]),
                // A classmethod helper called as `cls._purge()` from `setUpClass`.
                Case::fail("tests/test_v.py", "class T(TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls._purge()\n\n    @classmethod\n    def _purge(cls):\n        Customer.objects.all().delete()\n", &["Customer.objects.all().delete()"]),
                Case::pass("tests/test_v.py", "class T(TestCase):\n    @classmethod\n    def _purge(cls):\n        Customer.objects.all().delete()\n\n    def test_x(self):\n        cls = Helper\n        cls._purge()\n"),
                Case::fail("tests/test_v.py", "class TestViews(unittest.TestCase):\n    @classmethod\n    def setUpClass(cls):\n        cls.conn.execute('DROP TABLE IF EXISTS users')\n", &["DROP TABLE IF EXISTS users"]),
                Case::fail("tests/test_v.py", "class TestViews(unittest.TestCase):\n    @classmethod\n    def tearDownClass(cls):\n        metadata.drop_all(engine)\n", &["metadata.drop_all(engine)"]),
                Case::fail("tests/conftest.py", "import os, sqlite3, psycopg, pytest\n@pytest.fixture\ndef local_db(tmp_path):\n    conn = sqlite3.connect(tmp_path / \"x.db\")\n    yield conn\n    conn.execute(\"DROP TABLE entries\")\n@pytest.fixture(scope=\"session\")\ndef pg():\n    conn = psycopg.connect(os.environ[\"DATABASE_URL\"])\n    conn.execute(\"TRUNCATE accounts\")\n    yield conn\n", &["TRUNCATE accounts"]),
                Case::fail("db.test.js", "const { Client } = require('pg');\nconst priv = new Client({ database: `app_${process.env.JEST_WORKER_ID}` });\nconst shared = new Client({ connectionString: process.env.DATABASE_URL });\nafterEach(async () => {\n  await priv.query('TRUNCATE users');\n  await shared.query('TRUNCATE audit');\n});", &["TRUNCATE audit"]),
                Case::fail("test_p.py", "class TestX:\n    def setup_method(self):\n        cursor.execute(\"TRUNCATE accounts\")\n    def teardown_method(self):\n        connection.execute(\"DELETE FROM accounts\")\n", &["TRUNCATE accounts", "DELETE FROM accounts"]),
                Case::fail("test_m.py", "import pytest\n@pytest.fixture\ndef clean(mongo):\n    mongo.db.users.delete_many({})\n    mongo.db.orders.drop()\n", &["mongo.db.users.delete_many({})", "mongo.db.orders.drop()"]),
                // The database a fixture names with an isolated value
                // (`f"odm-test-{uuid4()}"`, here through a same-file fixture)
                // is the test's own; a fixed name is shared.
                Case::pass("tests/conftest.py", "import pytest\nfrom uuid import uuid4\n@pytest.fixture\ndef database_name():\n    return f\"odm-test-{uuid4()}\"\n@pytest.fixture\nasync def engine(client, database_name):\n    yield Engine(client, database_name)\n    await client.drop_database(database_name)\n"),
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture\ndef database_name():\n    return \"odm-test\"\n@pytest.fixture\nasync def engine(client, database_name):\n    yield Engine(client, database_name)\n    await client.drop_database(database_name)\n", &["client.drop_database(database_name)"]),
                // pandas' `DataFrame.drop(labels)` returns a new frame
                // (statsmodels: `ttmod.kidney_table.drop([0, 1, 2])`); a
                // SQLAlchemy table dropped with its bind still is a wipe.
                Case::pass("test_g.py", "from sqlalchemy import Table\n\nclass TestAnova:\n    def setup_method(self):\n        self.data = ttmod.kidney_table.drop([0, 1, 2])\n        self.wide = results_table.drop(columns=['a'])\n\n    def test_x(self):\n        assert self.data\n"),
                Case::fail("test_g.py", "from sqlalchemy import Table\n\nclass TestAnova:\n    def setup_method(self):\n        users_table.drop(engine)\n\n    def test_x(self):\n        assert self.data\n", &["users_table.drop(engine)"]),
                Case::fail("test_h.py", "import pytest\ndef wipe(conn):\n    conn.execute(\"TRUNCATE users\")\n\n@pytest.fixture\ndef clean(conn):\n    wipe(conn)\n", &["TRUNCATE users"]),
                Case::fail("conftest.py", "import pytest\n@pytest.fixture(autouse=True)\ndef flush():\n    call_command('flush', interactive=False)\n", &["call_command('flush', interactive=False)"]),
                // pytest-xdist's `worker_id` is "master" only without workers:
                // that branch races no one; the one every worker runs does.
                Case::fail("conftest.py", "import pytest\n@pytest.fixture(scope='session', autouse=True)\ndef reinit(worker_id):\n    if worker_id == \"master\":\n        metadata.drop_all(engine)\n    else:\n        Base.metadata.drop_all(bind=engine)\n", &["Base.metadata.drop_all(bind=engine)"]),
                Case::fail("test_f.py", "import pytest\n@pytest.fixture\ndef app():\n    yield app\n    db.drop_all()\n", &["db.drop_all()"]),
                // SQLAlchemy's async engine: the sync `drop_all` handed to
                // `run_sync` drops every table of the shared database.
                Case::fail("tests/conftest.py", "import pytest_asyncio\nengine = create_async_engine(\"sqlite+aiosqlite:///./test.db\")\n@pytest_asyncio.fixture\nasync def db_session():\n    async with engine.begin() as conn:\n        await conn.run_sync(Base.metadata.drop_all)\n        await conn.run_sync(Base.metadata.create_all)\n    yield\n", &["conn.run_sync(Base.metadata.drop_all)"]),
                // The statement through a name bound in two helpers: the one
                // visible at the execute is the wipe.
                Case::fail("tests/conftest.py", "import pytest\ndef wipe(conn):\n    query = \"TRUNCATE users\"\n    conn.execute(query)\n\ndef count(conn):\n    query = \"SELECT COUNT(*) FROM users\"\n    return conn.execute(query)\n\n@pytest.fixture\ndef clean(conn):\n    wipe(conn)\n", &["query"]),
                // peewee: the listed models' tables are dropped.
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture(scope=\"session\")\ndef app():\n    application = create_app()\n    yield application\n    application.database.drop_tables([User, Post])\n", &["application.database.drop_tables([User, Post])"]),
                // peewee's `Model.truncate_table()` empties the model's table,
                // on a model class or a loop over the models.
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture(autouse=True)\nasync def truncate_tables(manager):\n    yield\n    for model in MODELS:\n        model.truncate_table(cascade=True)\n", &["model.truncate_table(cascade=True)"]),
                Case::fail("tests/test_u.py", "import unittest\nclass T(unittest.TestCase):\n    def tearDown(self):\n        User.truncate_table()\n", &["User.truncate_table()"]),
                // A Redis server on a fixed port is shared by every worker.
                Case::fail("tests/conftest.py", "import pytest\nfrom redis import Redis\n@pytest.fixture(autouse=True)\ndef reset():\n    yield\n    Redis(port=6379).flushall()\n", &["Redis(port=6379).flushall()"]),
                // The statement through a name (the FastAPI full-stack template's
                // session fixture): each execute runs the statement assigned last.
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture(scope=\"session\", autouse=True)\ndef db():\n    with Session(engine) as session:\n        yield session\n        statement = delete(User)\n        session.execute(statement)\n        statement = delete(Organization)\n        session.execute(statement)\n", &["session.execute(statement)", "session.execute(statement)"]),
            ],
        );
    }

    #[test]
    fn sweep84_empty_filters_after_a_delete() {
        // spec sweep 84: `.where({})` after a delete adds no condition, so
        // the delete still takes every row; a filled `.where` filters.
        assert_rule(
            RULE,
            &[
                Case::fail("a.test.js", "afterEach(async () => {\n  await knex('sessions').del().where({});\n});", &["knex('sessions').del()"]),
                Case::fail("a.test.js", "afterEach(async () => {\n  await Token.query().delete().where({});\n});", &["Token.query().delete()"]),
                Case::pass("a.test.js", "afterEach(async () => {\n  await knex('sessions').del().where({ userId });\n});"),
                Case::pass("a.test.js", "afterEach(async () => {\n  await knex('sessions').del().where('user_id', userId);\n});"),
            ],
        );
    }

    #[test]
    fn sweep85_shared_connections_beside_an_in_memory_database() {
        // spec sweep 85: an in-memory SQLite or pg-mem database is private to
        // the connections that open it; a connection the same file opens by
        // name to a database file or an environment URL reaches a shared one.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_db.py", "import sqlite3, pytest\nDB_FILE = \"test.db\"\n@pytest.fixture\ndef memory_db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\n    conn.execute(\"DELETE FROM users\")\n@pytest.fixture\ndef file_db():\n    conn = sqlite3.connect(DB_FILE)\n    yield conn\n    conn.execute(\"DELETE FROM orders\")\n", &["DELETE FROM orders"]),
                Case::fail("ledger.test.ts", "import { newDb } from 'pg-mem';\nimport { Pool } from 'pg';\nconst { Pool: MemPool } = newDb().adapters.createPg();\nconst mem = new MemPool();\nconst shared = new Pool({ connectionString: process.env.DATABASE_URL });\nbeforeEach(async () => {\n  await mem.query('TRUNCATE entries');\n  await shared.query('TRUNCATE ledger');\n});", &["TRUNCATE ledger"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // pg-mem's own `new Pool()` names no database.
                Case::pass("ledger.test.ts", "import { newDb } from 'pg-mem';\nconst { Pool } = newDb().adapters.createPg();\nconst pool = new Pool();\nbeforeEach(async () => {\n  await pool.query('TRUNCATE entries');\n});"),
                // A connection from a fixture parameter is not known to be shared.
                Case::pass("tests/test_db.py", "import sqlite3, pytest\n@pytest.fixture\ndef memory_db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\n    conn.execute(\"DELETE FROM users\")\n@pytest.fixture\ndef other_db(db_path):\n    conn = sqlite3.connect(db_path)\n    yield conn\n    conn.execute(\"DELETE FROM orders\")\n"),
                // A memory server or a container private to the whole file:
                // its URL often travels through the environment.
                Case::pass("a.test.js", "const { MongoMemoryServer } = require('mongodb-memory-server');\nconst sqlite = new Database(':memory:');\nlet client;\nbeforeAll(async () => {\n  process.env.MONGO_URL = (await MongoMemoryServer.create()).getUri();\n  client = new MongoClient(process.env.MONGO_URL);\n});\nafterEach(() => client.db().dropDatabase());"),
                Case::pass("tests/test_db.py", "import sqlite3, os, pytest\nfrom testcontainers.postgres import PostgresContainer\n@pytest.fixture\ndef memory_db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\n@pytest.fixture\ndef pg():\n    with PostgresContainer() as c:\n        os.environ[\"DATABASE_URL\"] = c.get_connection_url()\n        conn = psycopg.connect(os.environ[\"DATABASE_URL\"])\n        yield conn\n        conn.execute(\"TRUNCATE orders\")\n"),
            ],
        );
    }

    #[test]
    fn python_placeholders() {
        assert_rule(
            RULE,
            &[
                Case::fail("tests/functional/test_hooks.py", "import pytest\nclass RunModelFile:\n    @pytest.fixture(scope=\"class\", autouse=True)\n    def setUp(self, project):\n        project.run_sql(\"drop table if exists on_model_hook\")\n        project.run_sql(\"TRUNCATE {table}\")\n        project.run_sql(f\"DROP TABLE {{schema}}.t\")\n", &["drop table if exists on_model_hook", "TRUNCATE {table}", "DROP TABLE {{schema}}.t"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A renamed `call_command` running another command; a local `run`.
                Case::pass("tests/test_m.py", "from django.core.management import call_command as run\nfrom django.test import TestCase\nclass T(TestCase):\n    def setUp(self):\n        run('loaddata', 'users.json')\n"),
                Case::pass("tests/test_m.py", "from django.test import TestCase\nclass T(TestCase):\n    def setUp(self):\n        run('flush')\n"),
                Case::pass("tests/test_db.py", "import pytest\n@pytest.fixture\ndef clean(s):\n    s.query(User).filter(User.id == 1).delete(synchronize_session=False)\n    s.execute(User.__table__.delete().where(User.id == 1))\n    yield\n"),
                // Not a runner's name, or not a statement at the start of the text.
                Case::pass("tests/test_db.py", "import pytest\n@pytest.fixture(autouse=True)\ndef clean():\n    log.info('DROP TABLE users would wipe everything')\n    run_sql('SELECT 1')\n    exec_script('echo DROP TABLE users')\n"),
                Case::pass("test_db.py", "def test_wipe(db):\n    db.execute(\"TRUNCATE users\")\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef s(db):\n    db.execute(\"DELETE FROM users WHERE id = %s\", (1,))\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef s(session):\n    yield session\n    session.rollback()\n    session.execute(text(\"ROLLBACK\"))\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef s(session):\n    session.query(User).filter(User.id == 1).delete()\n"),
                // A filtered statement through a name, and a name whose last
                // statement before the execute is filtered.
                Case::pass("tests/conftest.py", "import pytest\n@pytest.fixture\ndef s(session):\n    statement = delete(User).where(User.email == 'a@x.com')\n    session.execute(statement)\n"),
                Case::pass("tests/conftest.py", "import pytest\n@pytest.fixture\ndef s(session):\n    stmt = delete(Item)\n    stmt = stmt.where(Item.owner_id == 1)\n    session.execute(stmt)\n"),
                Case::pass("tests/conftest.py", "import pytest\n@pytest.fixture\ndef s(session, statement):\n    session.execute(statement)\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture(scope=\"session\")\ndef schema(conn, worker_id):\n    conn.execute(f\"DROP SCHEMA IF EXISTS test_{worker_id} CASCADE\")\n"),
                // A `{schema}` placeholder in a plain string the runner fills
                // in (dbt's `project.run_sql`, formatted with the test's own
                // schema): the schema is not known here, as with
                // `.format(...)` or `${schema}` (audit 86). An unqualified
                // table, a placeholder naming the table itself, and an
                // f-string's doubled braces stay findings (python_placeholders).
                Case::pass("tests/functional/test_hooks.py", "import pytest\nclass RunModelFile:\n    @pytest.fixture(scope=\"class\", autouse=True)\n    def setUp(self, project):\n        project.run_sql(\"drop table if exists {schema}.on_model_hook;\")\n        project.run_sql(\"DROP SCHEMA IF EXISTS {schema} CASCADE\")\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\n    conn.execute(\"DELETE FROM users\")\n"),
                // A private SQLite file under `tmp_path_factory` beside a connection
                // to the shared database: the private one's DROP is no finding,
                // the shared one's TRUNCATE is (same or different local name).
                Case::pass("tests/conftest.py", "import sqlite3, pytest\n@pytest.fixture(scope=\"session\")\ndef db_path(tmp_path_factory, worker_id):\n    return tmp_path_factory.mktemp(f\"db-{worker_id}\") / \"x.db\"\n@pytest.fixture(scope=\"session\")\ndef local_db(db_path):\n    conn = sqlite3.connect(db_path)\n    yield conn\n    conn.execute(\"DROP TABLE entries\")\n"),
                Case::pass("tests/conftest.py", "import sqlite3, pytest\n@pytest.fixture\ndef local_db(tmp_path):\n    conn = sqlite3.connect(tmp_path / \"x.db\")\n    yield conn\n    conn.execute(\"DELETE FROM entries\")\n@pytest.fixture\ndef pg(shared):\n    shared.execute(\"TRUNCATE accounts\")\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef db(tmp_path):\n    engine = create_engine(f\"sqlite:///{tmp_path}/t.db\")\n    yield engine\n    Base.metadata.drop_all(engine)\n"),
                // A database file in the test's own `mkdtemp()`, its URL built by
                // a method of the class with `str.format` keywords.
                Case::pass("test_db.py", "import os, tempfile, unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.tempdir = tempfile.mkdtemp()\n        self.engine = create_engine(self.url())\n    def url(self, db='t.db'):\n        return 'sqlite:///{path}'.format(path=os.path.join(self.tempdir, db))\n    def tearDown(self):\n        self.engine.execute(users_table.delete())\n"),
                Case::fail("test_db.py", "import unittest\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.engine = create_engine(self.url())\n    def url(self, db='test'):\n        return 'postgresql://localhost/{name}'.format(name=db)\n    def tearDown(self):\n        self.engine.execute(users_table.delete())\n", &["self.engine.execute(users_table.delete())"]),
                Case::pass("test_db.py", "import pytest\nfrom testcontainers.postgres import PostgresContainer\n@pytest.fixture(scope=\"session\")\ndef pg():\n    with PostgresContainer(\"postgres:16\") as c:\n        yield c\n        c.execute(\"DROP TABLE users\")\n"),
                Case::pass("test_db.py", "import pytest\n@pytest.fixture\ndef s(mocker):\n    cur = mocker.MagicMock()\n    cur.execute(\"TRUNCATE users\")\n"),
                Case::pass("tests/test_v.py", "class TestViews(TestCase):\n    def setUp(self):\n        User.objects.filter(is_staff=False).delete()\n        self.user.delete()\n"),
                Case::pass("tests/test_v.py", "class TestViews(TestCase):\n    def test_x(self):\n        User.objects.all().delete()\n"),
                Case::pass("test_f.py", "import pytest\n@pytest.fixture\ndef log(tmp_path):\n    f = open(tmp_path / 'x', 'w')\n    yield f\n    f.truncate()\n    log_file.truncate()\n"),
                // A wipe given an empty list or tuple of tables drops nothing
                // (a peewee session fixture's `drop_tables([])`).
                Case::pass("tests/conftest.py", "import pytest\n@pytest.fixture(scope=\"session\")\ndef app():\n    application = create_app()\n    yield application\n    application.database.drop_tables([])\n"),
                Case::pass("tests/conftest.py", "import pytest\n@pytest.fixture\ndef s(engine):\n    yield\n    metadata.drop_all(())\n    db.drop_tables([ ])\n"),
                // `run_sync` of anything but `drop_all` (creating tables), in a
                // test body, or on a private in-memory database.
                Case::pass("tests/conftest.py", "import pytest_asyncio\n@pytest_asyncio.fixture\nasync def db_session(engine):\n    async with engine.begin() as conn:\n        await conn.run_sync(Base.metadata.create_all)\n        await conn.run_sync(drop_all)\n    yield\n"),
                Case::pass("tests/test_db.py", "async def test_x(engine):\n    async with engine.begin() as conn:\n        await conn.run_sync(Base.metadata.drop_all)\n"),
                Case::pass("tests/conftest.py", "import pytest_asyncio\nengine = create_async_engine(\"sqlite+aiosqlite:///:memory:\")\n@pytest_asyncio.fixture\nasync def db_session():\n    yield\n    async with engine.begin() as conn:\n        await conn.run_sync(Base.metadata.drop_all)\n"),
                // `truncate_table` in a test body, or a same-file helper of that
                // name (judged through its body).
                Case::pass("tests/test_u.py", "def test_x():\n    User.truncate_table()\n"),
                Case::pass("tests/test_u.py", "import unittest\nclass T(unittest.TestCase):\n    def truncate_table(self):\n        pass\n    def tearDown(self):\n        self.truncate_table()\n"),
                // flask-rq's conftest: a redis-server of its own on a port from
                // `ephemeral_port_reserve.reserve()`, private to the worker.
                Case::pass("tests/conftest.py", "import subprocess\nimport ephemeral_port_reserve\nimport pytest\nfrom redis import Redis\n\n@pytest.fixture(scope=\"session\")\ndef redis_port():\n    return ephemeral_port_reserve.reserve()\n\n@pytest.fixture(scope=\"session\", autouse=True)\ndef _start_redis(redis_port):\n    proc = subprocess.Popen([\"redis-server\", \"--port\", str(redis_port)])\n    yield\n    proc.terminate()\n\n@pytest.fixture(autouse=True)\ndef _reset_redis(redis_port):\n    yield\n    Redis(port=redis_port, single_connection_client=True).flushall()\n"),
                // Set 28 (cache-alchemy): fakeredis keeps the Redis in the
                // worker's own memory, like mongomock; flushing it in setUp
                // or a fixture wipes nothing another worker sees.
                Case::pass("tests/__init__.py", "import unittest\nfrom fakeredis import FakeStrictRedis\n\ndef get_config():\n    config = Config()\n    config.client = FakeStrictRedis.from_url(config.URL)\n    return config\n\nclass CacheTestCase(unittest.TestCase):\n    def setUp(self):\n        self.config = get_config()\n        self.config.client.flushdb()\n"),
                Case::pass("tests/conftest.py", "import fakeredis\nimport pytest\n@pytest.fixture(autouse=True)\ndef r():\n    r = fakeredis.FakeRedis()\n    yield r\n    r.flushall()\n"),
            ],
        );
    }

    #[test]
    fn fakeredis_import_does_not_cover_a_real_redis() {
        // The file imports fakeredis but flushes a client of the real
        // server: still a wipe shared by every worker.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_cache.py", "import unittest\nimport fakeredis\nimport redis\n\nclass T(unittest.TestCase):\n    def setUp(self):\n        self.r = redis.Redis(host='localhost')\n        self.r.flushdb()\n", &["self.r.flushdb()"]),
                Case::fail("tests/conftest.py", "import pytest\nfrom fakeredis import FakeRedis\nfrom redis import StrictRedis\n@pytest.fixture(autouse=True)\ndef r():\n    yield\n    StrictRedis.from_url('redis://localhost').flushall()\n", &["StrictRedis.from_url('redis://localhost').flushall()"]),
                // A SQL wipe next to fakeredis is not covered either.
                Case::fail("tests/conftest.py", "import pytest\nimport fakeredis\n@pytest.fixture(autouse=True)\ndef clean(conn):\n    yield\n    conn.execute('TRUNCATE users')\n", &["TRUNCATE users"]),
            ],
        );
    }

    #[test]
    fn audit93_database_helper_truncating_a_named_table() {
        // Ghost's e2e suites: `await dbUtils.truncate('brute')` in a
        // `beforeEach`/`afterEach` empties the `brute` table of the shared
        // test database, as `knex('brute').truncate()` would.
        assert_rule(
            RULE,
            &[
                Case::fail("test/e2e-api/admin/session.test.js", "const {dbUtils} = require('../../utils/e2e-framework');
describe('Sessions', function () {
  beforeEach(async function () {
    await dbUtils.truncate('brute');
  });
  it('logs in', async function () {});
});", &["dbUtils.truncate('brute')"]),
                Case::fail("a.test.js", "afterAll(async () => { await db.truncate('comment_likes'); await testDatabase.truncate('users'); });", &["db.truncate('comment_likes')", "testDatabase.truncate('users')"]),
                Case::fail("test/integration/comments.test.js", "const testUtils = require('../../utils');\nbeforeEach(async function () {\n  await testUtils.truncate('comment_reports');\n});", &["testUtils.truncate('comment_reports')"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // A file, a text or a non-database receiver truncates no table.
                Case::pass("a.test.js", "afterEach(async () => { await fs.truncate('out.log'); await fsp.truncate('users'); await dbUtils.truncate('logs/out.txt'); await db.truncate('a long text'); await stringUtils.truncate('title'); });"),
                // Called in a test, not a hook.
                Case::pass("a.test.js", "it('is rate limited', async () => { await dbUtils.truncate('brute'); });"),
            ],
        );
    }

    /// "Reports at the statement": inside the SQL written at the call (the
    /// statement's own line in a multi-line string), at the name when the
    /// SQL is reached through one, at the call for builders.
    #[test]
    fn reported_at_the_statement() {
        assert_rule(
            RULE,
            &[
                // The TRUNCATE on the third line of a template literal.
                Case::fail("db.test.ts", "beforeEach(async () => {\n  await pool.query(`\n    BEGIN;\n    TRUNCATE TABLE order_items,\n      payments;\n    COMMIT;\n  `);\n});", &["TRUNCATE TABLE order_items,\n      payments"]),
                // The string on the line after the call's, in a helper a hook calls.
                Case::fail("db.test.ts", "async function reset() {\n  await db.raw(\n    'DELETE FROM orders',\n  );\n}\nafterEach(reset);", &["DELETE FROM orders"]),
                // The second DELETE of the text is the unfiltered one.
                Case::fail("db.test.js", "afterEach(async () => {\n  await db.query('DELETE FROM a WHERE id = 1; delete from b');\n});", &["delete from b"]),
                // Through a name: at the name.
                Case::fail("db.test.js", "const WIPE = `\n  TRUNCATE users\n`;\nafterAll(() => db.query(WIPE));", &["WIPE"]),
                // A builder chain: at the call, from its first line.
                Case::fail("db.test.js", "afterAll(async () => {\n  await db('audit_log')\n    .truncate();\n});", &["db('audit_log')\n    .truncate()"]),
                // Python: a triple-quoted string, and implicit concatenation.
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture(autouse=True)\ndef clean(db):\n    db.execute(\n        \"\"\"\n        TRUNCATE TABLE\n            users\n        \"\"\"\n    )\n    yield\n", &["TRUNCATE TABLE\n            users"]),
                Case::fail("tests/conftest.py", "import pytest\n@pytest.fixture\ndef t(db):\n    yield\n    db.execute(\"DROP TABLE IF EXISTS \"\n               \"tmp_import\")\n", &["DROP TABLE IF EXISTS \"\n               \"tmp_import"]),
            ],
        );
    }
}

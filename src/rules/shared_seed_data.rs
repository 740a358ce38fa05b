//! `shared-seed-data`: a test writes a record whose unique key is a literal
//! (two workers collide on it), logs in with a fixed shared account, or
//! reads a record it never created ("user 1 exists").
//!
//! Flagged: literal e-mails, usernames, logins, slugs, ids, `sku`, `code`,
//! `external_id`... passed to create/insert/register/signup/save/upsert/
//! `get_or_create`/`update_or_create`/factory calls (`User.create({...})`,
//! `prisma.user.create({ data })`, `User.objects.create(username=...)`,
//! `api.createUser(...)`, `UserFactory(email=...)`, `session.add(User(...))`,
//! POST bodies to the API), raw SQL `INSERT ... VALUES (1, 'a@x.com')`;
//! `login('admin', ...)` / `page.fill('#email', 'admin@x.com')` (SeleniumBase
//! `self.type('#user-name', 'u')`) + submit with an account the file, the
//! test's conftest fixtures and the plugin fixtures it requests (pytest-django's
//! `admin_user`/`admin_client`) never create (e2e and API tests); and, conservatively,
//! `User.objects.get(pk=1)` / `findUnique({ where: { id: 1 } })` in a test of
//! a file that creates nothing, or a read by a literal key that only another
//! test creates (not the reader's own test, setup or fixtures). Reported at
//! the literal (or the name using it, with the definition as related
//! location); the same value in several files links them.
//!
//! Not flagged: isolated values (uuid, faker, `Date.now()`, worker ids),
//! non-unique fields (`name`, `title`, `password`), pure functions
//! (`isValidEmail('a@b.com')`), calls on mocks or in-memory fakes of the
//! file, files with a per-file private database, writes into a smart
//! contract the file deploys itself (a store at its own address on the
//! worker's chain), and Python writes into a collection named from an
//! isolated value (`client.db[f"t_{ObjectId()}"]`).

use super::{prefix, text, word, Rule, RuleContext, SharedThrough, Triggers};
use crate::model::database::{
    fakes_write, is_factory_call, is_orm_receiver, is_write_method, registers_into_registry,
    sql_table_name, unique_key_rank, AnyOf, Doubles,
};
use crate::model::facts::{self, plain_string, Call};
use crate::model::kinds::FieldByName;
use crate::model::scope::{ScopeId, ScopeKind};
use crate::model::values::Value;
use crate::model::Model;
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use tree_sitter::Node;

pub struct SharedSeedData;

/// Object keys under which record data nests: Prisma `data`/`create`,
/// Sequelize `defaults`, HTTP bodies.
const DATA_KEYS: &[&str] = &[
    "data",
    "create",
    "defaults",
    "values",
    "attributes",
    "where",
    "user",
    "userInfo",
    "userData",
    "input",
    "body",
    "json",
    "form",
    "record",
    "fields",
    "doc",
    "document",
    "payload",
    "variables",
];

/// Login calls: the account is the first argument or `username=`/`email=`.
const LOGIN_METHODS: &[&str] = &[
    "login",
    "logIn",
    "loginAs",
    "login_as",
    "signIn",
    "signin",
    "sign_in",
    "log_in",
    "authenticate",
    "loginWith",
    "signInWith",
    "loginUser",
    "login_user",
];

/// Input calls that type into a field: `page.fill(sel, v)`,
/// `locator.fill(v)`, `cy.get(sel).type(v)`, WebdriverIO `setValue`,
/// Selenium's `sendKeys` (JS) / `send_keys` (Python).
const FILL_METHODS: &[&str] = &[
    "fill",
    "type",
    "pressSequentially",
    "setValue",
    "sendKeys",
    "send_keys",
    // SeleniumBase's alias of `type`.
    "update_text",
];

/// Calls that submit a form after filling it.
const SUBMIT_METHODS: &[&str] = &["click", "press", "submit", "tap", "dblclick", "check"];

/// Values that are deliberately wrong credentials, not a shared account.
const INVALID_MARKERS: &[&str] = &[
    "invalid",
    "wrong",
    "nonexist",
    "non-exist",
    "notexist",
    "not-exist",
    "doesnotexist",
    "unknown",
    "notfound",
    "not-found",
    "nobody",
    "bad",
    "incorrect",
    "no_such",
    "nosuch",
    "no-such",
];

/// A keyword argument naming the HTTP status the call expects
/// (`expected_status=400`, `expected_status_code=422`) set to a literal
/// 4xx: the write is expected to be rejected, so it stores nothing.
/// In JS, the same told to the request chain: supertest's
/// `.post(url).send(body).expect(400)`. In Python, also a response the test
/// next asserts to be a 4xx (`r = self.client.post(url, data)` then
/// `assert r.status_code == 403`).
fn expects_client_error<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    if !model.lang.is_python() {
        return chained_client_error(model, call.node) || model.asserted_client_error(call.node);
    }
    model.asserted_client_error(call.node)
        || call.args().iter().any(|arg| {
            matches!(
                arg.name,
                Some(
                    "expected_status" | "expected_status_code" | "expected_code" | "expect_status"
                )
            ) && arg.value.kind() == "integer"
                && model
                    .text(arg.value)
                    .parse::<u16>()
                    .is_ok_and(|code| (400..500).contains(&code))
        })
}

/// `request(app).post(url).send(body).set(...).expect(422)`: a later call
/// of the chain that starts at `node` expects a literal 4xx status.
fn chained_client_error(model: &Model<'_>, node: Node<'_>) -> bool {
    later_links(node, 8).any(|(method, call)| {
        model.text(method) == "expect"
            && call
                .field("arguments")
                .and_then(|args| args.named_child(0))
                .filter(|a| a.kind() == "number")
                .and_then(|a| model.text(a).parse::<u16>().ok())
                .is_some_and(|code| (400..500).contains(&code))
    })
}

/// The calls chained after `node` (`node.a(...).b(...)`), nearest first, at
/// most `max`: each call's method name and the call.
fn later_links<'t>(node: Node<'t>, max: usize) -> impl Iterator<Item = (Node<'t>, Node<'t>)> {
    let mut link = node;
    std::iter::from_fn(move || {
        let member = link.parent().filter(|p| p.kind() == "member_expression")?;
        let call = member.parent().filter(|p| p.kind() == "call_expression")?;
        let method = member.field("property")?;
        link = call;
        Some((method, call))
    })
    .take(max)
}

/// `login`, `loginAs`, `signInWithEmailAndPassword`, `log_in_user`, and a
/// login helper named for who or how (`userLogin`, `admin_login`,
/// `doLogin`); not page objects or UI handles (`loginPage`,
/// `signInButton`), checks (`isLogin`, `validateLogin`), nor classes
/// (`LoginPassword(b"user", b"pass")`, `new LoginRequest(...)`): a
/// PascalCase call builds a value, it logs nobody in.
fn is_login_method(name: &str) -> bool {
    if LOGIN_METHODS.contains(&name) {
        return true;
    }
    if name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = name.to_ascii_lowercase().replace('_', "");
    let starts = (lower.starts_with("login") || lower.starts_with("signin"))
        && ![
            "page", "form", "button", "url", "link", "screen", "modal", "required", "view",
        ]
        .iter()
        .any(|s| lower.ends_with(s));
    // Only actors and "do"-verbs before the word: `checkLogin`,
    // `requireLogin` or `mockLogin` log nobody in.
    let named_for_actor = ["login", "signin"].iter().any(|word| {
        lower.strip_suffix(word).is_some_and(|head| {
            ["user", "admin", "do", "perform", "api", "ui", "auto"].contains(&head)
        })
    });
    starts || named_for_actor
}

/// Every way a write or read of a record is recognised starts with one of
/// these: write methods and their prefixes (`model::database`), factories,
/// ORM sessions, HTTP posts, logins, form input, raw SQL and record reads.
const SEED_TRIGGERS: &[super::Trigger] = &[
    prefix("create"),
    prefix("insert"),
    text("INSERT"),
    text("Insert"),
    prefix("register"),
    prefix("signup"),
    prefix("signUp"),
    prefix("seed"),
    prefix("upsert"),
    // Private helpers named for the write: `self._create_user(...)`.
    text("_create"),
    text("_insert"),
    text("_register"),
    text("_signup"),
    text("_signUp"),
    text("_seed"),
    text("_upsert"),
    prefix("bulk"),
    text("OrCreate"),
    text("or_create"),
    word("save"),
    prefix("persist"),
    word("make"),
    word("blend"),
    word("add"),
    word("add_all"),
    word("merge"),
    text("Factory"),
    word("factory"),
    word("factories"),
    word("baker"),
    word("mommy"),
    word("mixer"),
    word("post"),
    word("put"),
    // DynamoDB: `ddb.putItem(...)`, `client.send(new PutCommand(...))`.
    prefix("putItem"),
    text("PutCommand"),
    text("PutItemCommand"),
    // Fastify's and hapi's `app.inject({ method: 'POST', ... })`.
    word("inject"),
    text("login"),
    text("Login"),
    text("LOGIN"),
    text("logIn"),
    text("LogIn"),
    text("signin"),
    text("signIn"),
    text("SignIn"),
    text("SIGNIN"),
    text("sign_in"),
    text("log_in"),
    word("authenticate"),
    word("fill"),
    text(".type"),
    word("pressSequentially"),
    word("setValue"),
    word("sendKeys"),
    word("send_keys"),
    word("objects"),
    prefix("find"),
];

/// A unique-key literal found in a write.
struct Hit<'t> {
    /// Where to report: the literal, or the name that reaches it.
    at: Node<'t>,
    value: String,
    field: String,
    rank: u8,
    /// The literal's definition when `at` is a name.
    origin: Option<Node<'t>>,
    /// A narrower byte range inside `at` (a value inside an SQL string).
    span: Option<(usize, usize)>,
}

impl Rule for SharedSeedData {
    fn id(&self) -> &'static str {
        "shared-seed-data"
    }

    fn triggers(&self) -> Triggers {
        Triggers {
            javascript: SEED_TRIGGERS,
            python: SEED_TRIGGERS,
            in_hooks: false,
            shared_state: false,
        }
    }

    fn shared_through(&self) -> SharedThrough {
        SharedThrough::Machine
    }

    fn check<'t>(&self, cx: &mut RuleContext<'_, 't>) {
        let model = cx.model;
        let memo = cx.memo;
        if memo.private_database(model) {
            // An in-memory SQLite or pg-mem database: rows inserted through
            // a connection the file opens by name to a shared database
            // beside it still collide.
            if model.private_database_by_in_memory_connection() {
                inserts_on_named_shared_connections(cx);
            }
            return;
        }
        let doubles = memo.doubles(model);
        if doubles.mocks_persistence() {
            return;
        }
        // An HTTP interceptor or in-memory backend answers the writes that
        // go over its channel; a database write beside them is real.
        let fakes_backend = model.fakes_backend();
        let mut writes: Vec<(Hit<'t>, String)> = Vec::new();
        // Where each write runs: a read of a record is the reader's own when
        // its test or any setup could have stored it (see `unseeded_reads`).
        let mut write_scopes: Vec<ScopeId> = Vec::new();
        // Every string literal of every write call, with the scope the call
        // runs in: an account any of them creates is "created in this file"
        // for the login check, and a record a test's own setup creates is
        // its own to read back.
        let mut created: Vec<(String, ScopeId)> = Vec::new();
        // Keys of records added through a name bound to the record: the
        // test's own, for the requests and logins it makes after the add.
        let mut record_keys: Vec<(String, ScopeId, usize)> = Vec::new();
        // HTTP requests that carry a key, checked once every write's
        // literals are known (below).
        let mut requests: Vec<(&Call<'t>, Hit<'t>, String)> = Vec::new();
        // Password-reset requests carrying a key: reads of that account.
        let mut resets: Vec<(&Call<'t>, Hit<'t>)> = Vec::new();
        for call in &model.calls {
            let Some(Write {
                callee,
                data,
                request: is_request,
                database,
            }) = write_data(model, call)
            else {
                continue;
            };
            let faked = (fakes_backend && !model.real_angular_http_at(call.scope))
                || model.requests_http_mock(call.scope);
            if fakes_write(faked, database) {
                continue;
            }
            // A request to the test's own in-process instance (Home
            // Assistant's `hass_client`): stored there alone. A request to
            // an absolute URL in the same test goes to another server.
            if is_request
                && !callee.contains("://")
                && model.requests_own_instance_client(call.scope)
            {
                continue;
            }
            // Even a write nobody else sees stores a record the test may
            // read back.
            write_scopes.push(call.scope);
            if doubles.covers_at(&call.path, call.node.start_byte())
                || in_private_database_of_conftest(model, call)
                || into_isolated_collection(model, call)
            {
                continue;
            }
            // The only statement of `with self.assertRaises(IntegrityError):`
            // is expected to fail: it creates no record.
            if model.expected_to_raise(call.node) {
                continue;
            }
            // Nor does a call told to expect a client error
            // (`self.create_user('abc', ..., expected_status=400)`,
            // `.send(body).expect(400)`): the test asserts the write is
            // rejected.
            if expects_client_error(model, call) {
                continue;
            }
            // A sign-up whose password confirmation differs from the
            // password (`"password1": "password-1", "password2":
            // "password-2"`) is a form the app refuses: it stores nothing.
            if is_request && mismatched_confirmation(model, &data) {
                continue;
            }
            let mut best: Option<Hit<'t>> = None;
            for node in &data {
                scan(model, *node, None, is_upsert(call), 0, &mut best);
            }
            if is_request && best.is_none() {
                for node in &data {
                    scan_envelope(model, *node, &mut best);
                }
            }
            for arg in call.args() {
                if let Some(name) = &arg.name {
                    consider(model, name, arg.value, None, &mut best);
                }
            }
            // (A Python record factory takes no positional fields: see
            // `write_data`.)
            if best.is_none() && !(model.lang.is_python() && is_factory_call(&call.path)) {
                best = positional_account(model, call, &callee);
            }
            // A one-time code posted to a verification step (`{"code":
            // "123"}` to `mfa_activate_totp`) is checked, not stored.
            if is_request
                && best
                    .as_ref()
                    .is_some_and(|h| submits_one_time_code(h, &callee))
            {
                best = None;
            }
            // A request's literals are the file's records only once it is
            // known to store them (below).
            if !(is_request && best.is_some()) {
                let mut literals = HashSet::new();
                collect_literals(model, call.node, &mut literals);
                created.extend(literals.into_iter().map(|l| (l, call.scope)));
            }
            // A record built first and then added (`user = User(username=...,
            // email=...)`, then `db.session.add(user)`, `add_all([u2, x])`)
            // stores every key of it, not just the one reported: the test
            // (or the tests a hook prepares) may use any of them later.
            if !is_request && best.is_some() {
                for &d in &data {
                    let items = match d.kind() {
                        "list" | "array" => crate::walk::named_children_list(d),
                        _ => vec![d],
                    };
                    for item in items {
                        let Some(record) = (item.kind() == "identifier")
                            .then(|| bound_to_constructor(model, item))
                            .flatten()
                        else {
                            continue;
                        };
                        let mut literals = HashSet::new();
                        collect_literals(model, record, &mut literals);
                        record_keys.extend(
                            literals
                                .into_iter()
                                .map(|l| (l, call.scope, call.node.start_byte())),
                        );
                    }
                }
            }
            // A write of several records (`bulk_create([...])`, `createMany({
            // data: [...] })`, `values([...])`) stores each: a fixed key in
            // each record is a use site of its own.
            if !is_request && best.is_some() {
                let records = record_elements(model, &data);
                if records.len() >= 2 {
                    let hits: Vec<Hit<'t>> = records
                        .into_iter()
                        .filter_map(|record| {
                            let mut hit = None;
                            scan(model, record, None, is_upsert(call), 0, &mut hit);
                            hit
                        })
                        .collect();
                    if hits.len() >= 2 {
                        writes.extend(hits.into_iter().map(|hit| (hit, callee.clone())));
                        continue;
                    }
                }
            }
            if let Some(hit) = best {
                if call.method() == "merge" && merges_own_record(model, call, &hit) {
                    continue;
                }
                if is_request && requests_password_reset(&callee) {
                    resets.push((call, hit));
                    continue;
                }
                if is_request {
                    requests.push((call, hit, callee));
                } else {
                    writes.push((hit, callee));
                }
            }
        }
        // Raw SQL INSERTs (not into a temporary table of the file: it
        // lives in one connection, whose rows no other worker sees).
        // Looked for only once the file runs SQL: most files run none.
        let temporary = std::cell::OnceCell::new();
        let temporary = || temporary.get_or_init(|| model.temporary_tables());
        for call in &model.calls {
            let Some(arg) = model.sql_argument(call) else {
                continue;
            };
            if doubles.covers_at(&call.path, call.node.start_byte())
                || in_private_database_of_conftest(model, call)
            {
                continue;
            }
            if let Some(hit) = sql_insert_hit(model, arg, temporary(), call.scope) {
                write_scopes.push(call.scope);
                created.push((hit.value.clone(), call.scope));
                writes.push((hit, call.path.to_string()));
            }
        }
        for (node, path, template) in model.tagged_templates() {
            // Tagged templates passed to an executing call were seen above.
            let inside_exec = node.parent().and_then(|p| p.parent()).is_some_and(|c| {
                model
                    .calls
                    .iter()
                    .any(|k| k.node.id() == c.id() && model.sql_argument(k).is_some())
            });
            if inside_exec || doubles.covers(&path) {
                continue;
            }
            if let Some(hit) = sql_insert_hit(model, template, temporary(), model.scope_of(node)) {
                write_scopes.push(model.scope_of(node));
                created.push((hit.value.clone(), model.scope_of(node)));
                writes.push((hit, path));
            }
        }
        // A request carrying a key that the test's own setup or the test
        // itself stores through the database (`setUpTestData` creates
        // `staff@example.com`, the test posts it to `/password_reset/`)
        // uses that record: the store is the finding, not the request.
        for (call, hit, callee) in requests {
            let own = model.enclosing_test(call.scope).is_some_and(|test| {
                created
                    .iter()
                    .any(|(v, s)| *v == hit.value && model.prepares(*s, test))
            }) || adds_own_record(model, &record_keys, call, &hit.value);
            if own {
                continue;
            }
            let mut literals = HashSet::new();
            collect_literals(model, call.node, &mut literals);
            created.extend(literals.into_iter().map(|l| (l, call.scope)));
            writes.push((hit, callee));
        }
        // Unique keys each test writes, for reads that rely on another
        // test's record.
        let written_by_test: Vec<(String, usize)> = writes
            .iter()
            .filter_map(|(h, _)| {
                let test = model.enclosing_test(model.scope_of(h.at))?;
                Some((h.value.clone(), test))
            })
            .collect();
        // Keys reached through a constant are no literal of the call.
        created.extend(
            writes
                .iter()
                .map(|(h, _)| (h.value.clone(), model.scope_of(h.at))),
        );
        let written: HashSet<String> = created.iter().map(|(v, _)| v.clone()).collect();
        let writes = without_helper_echoes(model, writes);
        for (hit, callee) in writes {
            let msg = write_message(&hit, &callee);
            emit(cx, hit, msg);
        }
        // Logins and reads go through the faked channel (or read records a
        // faked write stored).
        if fakes_backend {
            return;
        }
        if is_e2e_or_api(model) && !drives_in_memory_transport(model) {
            logins(cx, doubles, &written, &record_keys);
        }
        reads_of_other_tests_records(cx, doubles, &written_by_test, &created, &resets);
        if !mentions_doubles(model.src) && !creates_elsewhere(model) {
            unseeded_reads(cx, doubles, &write_scopes);
        }
    }
}

/// `writes` without the ones a same-file helper makes with a value its
/// caller passed in, when that call of the helper is itself reported for the
/// value: `function createUser(app, email) { return
/// request(app).post('/users').send({ email }) }` called as
/// `createUser(app, 'editor@example.com')` is one write, reported at the
/// literal (the spec's place), not again inside the helper under whichever
/// caller's value the helper's parameter resolved to.
fn without_helper_echoes<'t>(
    model: &Model<'t>,
    writes: Vec<(Hit<'t>, String)>,
) -> Vec<(Hit<'t>, String)> {
    let inside = crate::walk::encloses;
    let echoes: Vec<bool> = writes
        .iter()
        .map(|(hit, _)| {
            let Some(origin) = hit.origin else {
                return false;
            };
            let Some(helper) = model
                .ancestors(model.scope_of(hit.at))
                .find(|&s| model.scope(s).kind == ScopeKind::Function)
                .map(|s| model.scope(s))
            else {
                return false;
            };
            if helper.name.is_empty() || inside(helper.node, origin) {
                return false;
            }
            // Reported where the helper is called with that value.
            writes.iter().any(|(other, _)| {
                other.value == hit.value
                    && model.calls.iter().any(|c| {
                        c.method() == helper.name
                            && inside(c.node, other.at)
                            && !inside(helper.node, c.node)
                    })
            })
        })
        .collect();
    writes
        .into_iter()
        .zip(echoes)
        .filter_map(|(w, echo)| (!echo).then_some(w))
        .collect()
}

/// Whether the file mentions a test double anywhere (`mock`, `stub`,
/// `fake`, `spy`, in any ASCII case).
fn mentions_doubles(src: &str) -> bool {
    static WORDS: AnyOf = AnyOf::any_ascii_case(&["mock", "stub", "fake", "spy"]);
    WORDS.in_text(src)
}

fn write_message(hit: &Hit<'_>, callee: &str) -> String {
    format!(
        "hard-coded {} '{}' written by `{}`: parallel workers create the same record and collide on the unique key",
        hit.field, hit.value, callee
    )
}

/// Raw SQL INSERTs with a literal key run on a connection the file opens by
/// name to a shared database, in a file whose other connections reach an
/// in-memory database ([`Model::runs_on_named_shared_connection`]).
fn inserts_on_named_shared_connections(cx: &mut RuleContext<'_, '_>) {
    let model = cx.model;
    let mut temporary: Option<Vec<String>> = None;
    let mut hits = Vec::new();
    for call in &model.calls {
        let Some(arg) = model.sql_argument(call) else {
            continue;
        };
        if !model.runs_on_named_shared_connection(call) {
            continue;
        }
        let temporary = temporary.get_or_insert_with(|| model.temporary_tables());
        if let Some(hit) = sql_insert_hit(model, arg, temporary, call.scope) {
            hits.push((hit, call.path.to_string()));
        }
    }
    for (hit, callee) in hits {
        let msg = write_message(&hit, &callee);
        emit(cx, hit, msg);
    }
}

fn emit<'t>(cx: &mut RuleContext<'_, 't>, hit: Hit<'t>, msg: String) {
    let related = hit
        .origin
        .filter(|o| o.id() != hit.at.id())
        .map(|o| cx.value_origin(o, &format!("'{}'", hit.value)));
    let span = hit.span.map(|(s, e)| cx.lines.span(cx.model.src, s, e));
    let finding = cx.report(hit.at, msg);
    if let Some(span) = span {
        finding.location.span = span;
    }
    finding.cross_file(hit.value.clone(), "used");
    if let Some(r) = related {
        finding.with_related(r);
    }
}

fn is_upsert(call: &Call) -> bool {
    matches!(call.method(), "upsert")
}

/// A call that writes records: how it is shown, the record data it
/// carries, whether it is an HTTP request (which may only use a record the
/// test already stored), and whether it goes straight to the database (an
/// ORM handle or a record factory, not an API client or SDK: see
/// [`fakes_write`]).
struct Write<'t> {
    callee: String,
    data: Vec<Node<'t>>,
    request: bool,
    database: bool,
}

impl<'t> Write<'t> {
    fn store(callee: String, data: Vec<Node<'t>>) -> Self {
        Write {
            callee,
            data,
            request: false,
            database: true,
        }
    }

    /// A write through a client that may be an API's rather than the
    /// database's: `api.createUser(...)` next to `User.create(...)`.
    fn through(callee: String, data: Vec<Node<'t>>, database: bool) -> Self {
        Write {
            database,
            ..Write::store(callee, data)
        }
    }

    fn request(callee: String, data: Vec<Node<'t>>) -> Self {
        Write {
            callee,
            data,
            request: true,
            database: false,
        }
    }
}

/// For a call that writes records: a display name, the argument nodes
/// holding the record data, and whether it is an HTTP request.
fn write_data<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<Write<'t>> {
    let method = call.method();
    // Built only on the way out: this runs for every call of a file, and
    // most calls are no write.
    let positional = || -> Vec<Node<'t>> {
        call.args()
            .iter()
            .filter(|a| a.name.is_none())
            .map(|a| a.value)
            .collect()
    };
    let shown = || -> String {
        if !call.path.contains('?') {
            return call.path.to_string();
        }
        let t: String = model
            .text(call.callee)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if t.len() > 48 {
            format!("...{}", call.method())
        } else {
            t
        }
    };
    if is_factory_call(&call.path) {
        if builds_in_memory(model, &call.path, 0) {
            return None;
        }
        // A Python record factory takes its fields as keywords
        // (`UserFactory(email=...)`); a bare literal passed positionally
        // is a constructor argument of some other `...Factory` class
        // (`SMTPSenderFactory(b"bob@example.org", to, msg, d)`), no field;
        // so is a positional dict, the options of a connection or client
        // factory (`pool.ConnectionFactory({"USERNAME": "django", ...})`).
        let mut data = positional();
        if model.lang.is_python() {
            data.retain(|n| {
                !matches!(
                    n.kind(),
                    "string" | "concatenated_string" | "integer" | "dictionary"
                )
            });
        }
        return Some(Write::store(shown(), data));
    }
    // `session.add(User(...))`, `repo.save(new User({...}))`, `em.persist(x)`.
    if matches!(
        method,
        "add" | "add_all" | "save" | "persist" | "persistAndFlush" | "merge"
    ) && !call.args().is_empty()
    {
        let constructed: Vec<Node<'t>> = positional()
            .into_iter()
            .filter(|n| {
                is_constructor(model, *n)
                    || matches!(n.kind(), "list" | "array")
                    || (method != "add" && matches!(n.kind(), "object" | "identifier"))
                    || (n.kind() == "identifier" && bound_to_constructor(model, *n).is_some())
            })
            .collect();
        if method == "add" || method == "add_all" {
            let receiver = call.receiver().to_ascii_lowercase();
            if !receiver.contains("session")
                && !receiver.contains("db")
                && !receiver.contains("database")
            {
                return None;
            }
        }
        if constructed.is_empty() {
            return None;
        }
        return Some(Write::store(shown(), constructed));
    }
    // `new User({...}).save()`, `User(email=...).save()`, `user.save()` after
    // `user = User(...)`.
    if method == "save" && call.args().is_empty() {
        let object = call.callee.field("object")?;
        let ctor = if is_constructor(model, object) {
            Some(object)
        } else if object.kind() == "identifier" {
            bound_to_constructor(model, object)
        } else if object.kind() == "attribute" {
            member_bound_to_constructor(model, object, call.scope)
        } else {
            None
        };
        return ctor.map(|c| Write::store(shown(), vec![c]));
    }
    // HTTP writes: `request(app).post('/users').send({...})`,
    // `client.post('/users', json={...})`, `request.post(url, { data })`.
    if let Some(request) = http_write(model, call) {
        let route = &request.route;
        if is_login_url(route) || is_update_url(route) || is_preview_url(route) {
            return None;
        }
        return Some(Write::request(
            format!("{} {}", request.verb, request.url),
            request.body,
        ));
    }
    // DynamoDB: the item of a put (`ddb.put({ TableName, Item })`, the
    // low-level `putItem`, `client.send(new PutCommand({ TableName, Item }))`).
    if let Some(item) = dynamodb_put_item(model, call) {
        return Some(Write::store(shown(), vec![item]));
    }
    // Query builders: Drizzle `await db.insert(users).values({...})`,
    // Kysely `db.insertInto('users').values({...}).execute()`, SQLAlchemy
    // `conn.execute(insert(User).values(email=...))`: the row is in
    // `values`. A statement only built (and compiled to SQL) writes nothing.
    if method == "values" {
        let builder = call.receiver();
        let inserts = ["insert.()", "insertInto.()", "insert_into.()"]
            .iter()
            .any(|m| builder == *m || builder.ends_with(&format!(".{m}")));
        let runs = if model.lang.is_python() {
            executed_statement(model, call.node)
        } else {
            is_awaited(call.node) || chained_execute(model, call.node)
        };
        return (inserts && runs).then(|| Write::store(shown(), positional()));
    }
    if !is_write_method(method) {
        return None;
    }
    // `expected.insert(0, Person(id=2))` on `expected = [...]`: a list.
    // `z.string().register(reg, { id })`: a schema put in a registry.
    if model.is_in_memory_collection(call.receiver(), call.scope)
        || registers_into_registry(model, call)
    {
        return None;
    }
    // `docStorage.connect(addr1).createUser("user1@example.com")` on a
    // contract the file deploys: its storage is the file's own (a fresh
    // address on the worker's chain), like a per-file private database.
    if model.is_own_deployed_contract(call.receiver()) {
        return None;
    }
    // TypeORM `repo.create({...})` only builds the entity in memory: the
    // record is written when the entity is saved.
    if method == "create"
        && model.is_entity_repository(call.receiver(), call.scope)
        && !entity_saved(model, call)
    {
        return None;
    }
    // A bare helper (`createUser(...)`): in this file it must write; from
    // elsewhere, JS calls must be awaited (builders are synchronous).
    // A helper of this file decides by its body, whatever its name: a
    // test's `def make(data): return obj._make_attribute(...)` builds a
    // value and writes nothing.
    if call.receiver().is_empty() {
        if let Some(func) = model
            .functions
            .get(method)
            .filter(|f| !is_class_member(**f))
        {
            if !body_writes(model, *func) {
                return None;
            }
        } else if !crate::model::database::WRITE_METHODS.contains(&method)
            && !model.lang.is_python()
            && !is_awaited(call.node)
        {
            return None;
        }
    }
    Some(Write::through(
        shown(),
        positional(),
        is_orm_receiver(call.receiver()),
    ))
}

/// The `Item` a DynamoDB put writes: the request of a DocumentClient
/// `put`/`putItem` (`ddb.put({ TableName: 'files', Item: { id: '1' } })`),
/// or the `PutCommand`/`PutItemCommand` a client `send`s, built in place or
/// bound to a name. A request without `TableName` is some other `put`
/// (a cache's, a KV namespace's).
fn dynamodb_put_item<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<Node<'t>> {
    if model.lang.is_python() {
        return None;
    }
    let request = match call.method() {
        "put" | "putItem" if !call.receiver().is_empty() => call.positional(0)?,
        "send" if !call.receiver().is_empty() => {
            let mut command = unwrap(call.positional(0)?);
            if command.kind() == "identifier" {
                command = unwrap(bound_value(model, command)?);
            }
            if command.kind() != "new_expression" {
                return None;
            }
            let class = command.field("constructor").map(|c| model.text(c))?;
            if !matches!(class, "PutCommand" | "PutItemCommand") {
                return None;
            }
            command.field("arguments")?.named_child(0)?
        }
        _ => return None,
    };
    let request = unwrap(request);
    if request.kind() != "object" {
        return None;
    }
    let mut table = false;
    let mut item = None;
    for pair in crate::walk::named_children_list(request) {
        let key = match pair.kind() {
            "pair" => pair.field("key").map(|k| model.text(k)),
            "shorthand_property_identifier" => Some(model.text(pair)),
            _ => None,
        };
        match key {
            Some("TableName") => table = true,
            Some("Item") => item = pair.field("value").or(Some(pair)),
            _ => {}
        }
    }
    item.filter(|_| table)
}

/// Whether the entity a repository's `create(...)` builds is then written:
/// passed straight to a write (`repo.save(repo.create({...}))`) or bound
/// to a name a later write takes (`const p = repo.create({...});
/// await repo.save(p)`, also inside an array: `save([p, q])`).
fn entity_saved(model: &Model, call: &Call) -> bool {
    let node = call.node;
    let mut up = node.parent();
    while let Some(p) = up.filter(|p| {
        matches!(
            p.kind(),
            "await_expression" | "parenthesized_expression" | "as_expression"
        )
    }) {
        up = p.parent();
    }
    let Some(parent) = up else { return false };
    let writes = |c: &Call| c.method() != "create" && is_write_method(c.method());
    if parent.kind() == "arguments" {
        return parent.parent().is_some_and(|outer| {
            model
                .calls
                .iter()
                .any(|c| c.node.id() == outer.id() && writes(c))
        });
    }
    let name = match parent.kind() {
        "variable_declarator" => parent.field("name"),
        "assignment_expression" => parent.field("left"),
        _ => None,
    }
    .filter(|n| n.kind() == "identifier")
    .map(|n| model.text(n));
    let Some(name) = name else { return false };
    model.calls.iter().any(|c| {
        c.node.start_byte() >= node.end_byte()
            && writes(c)
            && c.args()
                .iter()
                .any(|a| names_identifier(model, a.value, name, 0))
    })
}

/// Whether `node` is, or holds in an array or object, the identifier `name`
/// (`p`, `[p, q]`, `{ p }`); strings and calls do not count.
fn names_identifier(model: &Model, node: Node, name: &str, depth: usize) -> bool {
    match node.kind() {
        "identifier" | "shorthand_property_identifier" => model.text(node) == name,
        "array" | "object" | "pair" | "spread_element" if depth < 4 => {
            let mut cursor = node.walk();
            let found = node
                .named_children(&mut cursor)
                .any(|c| names_identifier(model, c, name, depth + 1));
            found
        }
        _ => false,
    }
}

/// Kysely's `db.insertInto('t').values({...}).execute()`: a run method
/// further down the chain (`.returning(...)`, `.onConflict(...)` between).
fn chained_execute(model: &Model, node: Node) -> bool {
    later_links(node, 4).any(|(method, _)| model.text(method).starts_with("execute"))
}

/// A Python statement that is run: the SQL argument of `conn.execute(...)`
/// (see [`Model::sql_argument`]), directly or through the name it is bound
/// to (`stmt = insert(T).values(...)` then `session.execute(stmt)`).
fn executed_statement(model: &Model, node: Node) -> bool {
    let bound_name = node
        .parent()
        .filter(|p| p.kind() == "assignment")
        .and_then(|a| a.field("left"))
        .filter(|t| t.kind() == "identifier")
        .map(|t| model.text(t));
    model.calls.iter().any(|c| {
        model.sql_argument(c).is_some_and(|arg| {
            arg.id() == node.id()
                || (arg.kind() == "identifier" && Some(model.text(arg)) == bound_name)
        })
    })
}

fn is_awaited(node: Node) -> bool {
    let mut current = node.parent();
    let mut steps = 0;
    while let Some(n) = current {
        match n.kind() {
            "await_expression" | "return_statement" => return true,
            "parenthesized_expression"
            | "as_expression"
            | "member_expression"
            | "call_expression"
                if steps < 3 => {}
            "arrow_function" => return true,
            _ => return false,
        }
        steps += 1;
        current = n.parent();
    }
    false
}

/// Whether a function node is a method of a class (a bare call cannot
/// reach it by that name).
fn is_class_member(func: Node) -> bool {
    let mut node = func;
    for _ in 0..4 {
        let Some(p) = node.parent() else { return false };
        match p.kind() {
            "decorated_definition" | "block" => node = p,
            "class_definition" | "class_body" | "class_declaration" | "class" => return true,
            _ => return false,
        }
    }
    false
}

/// Whether a same-file helper's body writes (a write call, SQL, or HTTP).
fn body_writes(model: &Model, func: Node) -> bool {
    let (s, e) = (func.start_byte(), func.end_byte());
    model.calls.iter().any(|c| {
        c.node.start_byte() >= s
            && c.node.end_byte() <= e
            && (is_write_method(c.method())
                || is_factory_call(&c.path)
                || model.sql_argument(c).is_some()
                || matches!(c.method(), "post" | "put" | "fetch" | "request" | "send"))
    })
}

/// factory_boy's base classes that only instantiate their `Meta.model`:
/// they persist nothing (`DjangoModelFactory`, `SQLAlchemyModelFactory`,
/// `MongoEngineFactory` do).
const IN_MEMORY_FACTORY_BASES: &[&str] = &[
    "factory.Factory",
    "Factory",
    "factory.DictFactory",
    "DictFactory",
    "factory.ListFactory",
    "ListFactory",
    "factory.StubFactory",
    "StubFactory",
    "factory.base.Factory",
];

/// Whether the factory a call goes through (`UpperFactory(...)`,
/// `UpperFactory.create(...)`) is a class of this file derived only from a
/// plain factory_boy `Factory` (directly or through such classes of the
/// file): its `create` builds an object in memory and writes no record.
fn builds_in_memory(model: &Model, path: &str, depth: usize) -> bool {
    if depth > 4 {
        return false;
    }
    let method = facts::last_segment(path);
    let name = if method.ends_with("Factory") {
        method
    } else {
        facts::last_segment(facts::receiver_of(path))
    };
    if name.is_empty() {
        return false;
    }
    if depth == 0 && local_builder(model, name) {
        return true;
    }
    let classes: Vec<Node> = crate::walk::descendants_of_kinds(model.root, &["class_definition"])
        .into_iter()
        .filter(|c| c.field("name").is_some_and(|n| model.text(n) == name))
        .collect();
    !classes.is_empty()
        && classes.iter().all(|c| {
            let Some(supers) = c.field("superclasses") else {
                return false;
            };
            let bases: Vec<Node> = crate::walk::named_children_list(supers)
                .into_iter()
                .filter(|b| b.kind() != "keyword_argument" && b.kind() != "comment")
                .collect();
            !bases.is_empty()
                && bases.iter().all(|b| {
                    let base = model.text(*b);
                    IN_MEMORY_FACTORY_BASES.contains(&base)
                        || (base != name
                            && base.ends_with("Factory")
                            && !base.contains('.')
                            && builds_in_memory(model, base, depth + 1))
                })
        })
}

/// Whether `name` (`messageFactory` in `self.messageFactory(id=10)`) is a
/// same-file function or method that persists nothing (no write, save or
/// factory call inside: it builds an object and returns it), or a
/// same-file alias of a class that is no factory (`messageFactory =
/// dns.Message` in a test class).
fn local_builder(model: &Model, name: &str) -> bool {
    if let Some(&f) = model.functions.get(name) {
        let (start, end) = (f.start_byte(), f.end_byte());
        return !model.calls.iter().any(|c| {
            c.node.start_byte() >= start
                && c.node.end_byte() <= end
                && (is_write_method(c.method())
                    || is_factory_call(&c.path)
                    || matches!(c.method(), "execute" | "executemany" | "commit" | "add"))
        });
    }
    let mut aliases = model.bindings_of(name).peekable();
    aliases.peek().is_some()
        && aliases.all(|a| {
            a.value.is_some_and(|v| {
                matches!(v.kind(), "attribute" | "identifier" | "member_expression") && {
                    let target = model.path_of(v);
                    let last = facts::last_segment(&target);
                    last.starts_with(|c: char| c.is_ascii_uppercase() || c == '_')
                        && !last.ends_with("Factory")
                        && !is_fake_or_factory_module(&target)
                }
            })
        })
}

/// A dotted path through a factory module (`factories.User`).
fn is_fake_or_factory_module(path: &str) -> bool {
    path.split('.').any(|seg| {
        let l = seg.to_ascii_lowercase();
        l.contains("factor") || l == "baker" || l == "mixer"
    })
}

/// `User(...)` (Python, capitalised callee) or `new User(...)`.
fn is_constructor(model: &Model, node: Node) -> bool {
    match node.kind() {
        "new_expression" => true,
        "call" => node
            .field("function")
            .map(|f| model.path_of(f))
            .is_some_and(|p| {
                facts::last_segment(&p)
                    .bytes()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase())
            }),
        _ => false,
    }
}

/// `json.dumps(...)` / `JSON.stringify(...)`: serializes its first argument.
fn is_serializer(model: &Model, node: Node) -> bool {
    node.field("function")
        .is_some_and(|f| matches!(model.path_of(f).as_str(), "json.dumps" | "JSON.stringify"))
}

/// Python's builtin `dict(k=v, ...)`.
fn is_dict_call(model: &Model, node: Node) -> bool {
    model.lang.is_python()
        && node.kind() == "call"
        && node
            .field("function")
            .is_some_and(|f| f.kind() == "identifier" && model.text(f) == "dict")
}

/// The constructor call a name is bound to (`user = User(...)`).
fn bound_to_constructor<'t>(model: &Model<'t>, name: Node<'t>) -> Option<Node<'t>> {
    let writes = model.visible_writes(name)?;
    let mut values = writes.iter().filter_map(|a| a.value);
    let first = values.next()?;
    // A name the test binds more than once (`user = User(username="x")`,
    // `user.save()`, later `user = User.query...first()`): the object saved
    // is the one of the nearest assignment before the call.
    let v = if values.next().is_some() {
        writes
            .iter()
            .filter(|w| w.node.end_byte() <= name.start_byte())
            .max_by_key(|w| w.node.start_byte())?
            .value?
    } else {
        first
    };
    let v = unwrap(v);
    is_constructor(model, v).then_some(v)
}

/// The constructor a member (`self.user`) was last bound to in the same
/// function before `member` is used: `self.user = User(username="test")`,
/// then `self.user.save()` in a `setUp`.
fn member_bound_to_constructor<'t>(
    model: &Model<'t>,
    member: Node<'t>,
    scope: ScopeId,
) -> Option<Node<'t>> {
    let path = model.text(member);
    let v = model
        .assigns
        .iter()
        .filter(|a| {
            a.scope == scope && a.target_path == path && a.node.end_byte() <= member.start_byte()
        })
        .max_by_key(|a| a.node.start_byte())?
        .value?;
    let v = unwrap(v);
    is_constructor(model, v).then_some(v)
}

fn unwrap(n: Node) -> Node {
    crate::model::database::unwrap_await(n)
}

/// Methods that hand a record to an ORM session to be stored.
const PERSIST_METHODS: &[&str] = &[
    "add",
    "add_all",
    "merge",
    "save",
    "save_all",
    "persist",
    "bulk_save_objects",
];

/// `sess.merge(Child(id=1))` after the same test (or its setup) stored a
/// `Child(id=1, ...)` (`sess.add(c1)`, an earlier merge): merge looks the key
/// up and finds that record, the test's own, so it creates nothing that
/// could collide.
fn merges_own_record<'t>(model: &Model<'t>, merge: &Call<'t>, hit: &Hit<'t>) -> bool {
    // The record merged: the constructor call holding the key, or the one
    // the merged name is bound to.
    let ctor = if hit.at.kind() == "identifier" {
        bound_to_constructor(model, hit.at)
    } else {
        std::iter::successors(Some(hit.at), |n| n.parent())
            .take_while(|n| n.id() != merge.node.id())
            .find(|n| is_constructor(model, *n))
    };
    let Some(ctor) = ctor else {
        return false;
    };
    let Some(class) = ctor.field("function").map(|f| model.path_of(f)) else {
        return false;
    };
    let test = model.enclosing_test(merge.scope);
    // Outside a recognised test (a method of a class the model does not
    // take for a test class), the same top-level function or method.
    let unit = |s: ScopeId| {
        model
            .ancestors(s)
            .take_while(|&a| !model.scope(a).is_container())
            .last()
    };
    let key_of = |c: &Call<'t>| {
        c.keyword(&hit.field).map(|v| match model.eval(v).value {
            Value::Str(s) => s,
            Value::Int(i) => i.to_string(),
            _ => String::new(),
        })
    };
    model.calls.iter().any(|c| {
        c.node.end_byte() <= merge.node.start_byte()
            && c.node.id() != ctor.id()
            && c.path == class
            && key_of(c).as_deref() == Some(hit.value.as_str())
            && match test {
                Some(t) => model.prepares(c.scope, t),
                None => unit(c.scope).is_some() && unit(c.scope) == unit(merge.scope),
            }
            && handed_to_session(model, c.node, merge.node.start_byte())
    }) || (hit.at.kind() == "identifier" && handed_to_session(model, ctor, merge.node.start_byte()))
}

/// Whether a constructed record is handed to a persisting call that runs
/// before byte `before` (`sess.add(User(...))`, `sess.add_all([u1, u2])`
/// after `u1 = User(...)`). The record merged may be that very object:
/// `a1 = Address(id=1); sess.add(a1); ...; sess2.merge(a1)` merges the row
/// the test stored itself.
fn handed_to_session<'t>(model: &Model<'t>, ctor: Node<'t>, before: usize) -> bool {
    let persisting_arg = |n: Node<'t>| {
        // Up through a list or tuple of records to the argument list.
        let mut n = n;
        while let Some(p) = n
            .parent()
            .filter(|p| matches!(p.kind(), "list" | "tuple" | "array"))
        {
            n = p;
        }
        n.parent()
            .filter(|args| matches!(args.kind(), "argument_list" | "arguments"))
            .and_then(|args| args.parent())
            .and_then(|call| call.field("function"))
            .is_some_and(|f| PERSIST_METHODS.contains(&facts::last_segment(&model.path_of(f))))
    };
    if persisting_arg(ctor) {
        return true;
    }
    // `c1 = Child(id=1)` and later `sess.add(c1)`.
    let Some(name) = ctor
        .parent()
        .filter(|p| p.kind() == "assignment")
        .and_then(|a| a.field("left"))
        .filter(|l| l.kind() == "identifier")
    else {
        return false;
    };
    let name = model.text(name);
    model.calls.iter().any(|c| {
        PERSIST_METHODS.contains(&c.method())
            && c.node.start_byte() > ctor.end_byte()
            && c.node.end_byte() <= before
            && c.args().iter().any(|a| {
                let v = unwrap(a.value);
                (v.kind() == "identifier" && model.text(v) == name)
                    || (matches!(v.kind(), "list" | "tuple" | "array")
                        && crate::walk::named_children_list(v)
                            .into_iter()
                            .any(|e| e.kind() == "identifier" && model.text(e) == name))
            })
    })
}

/// The URL of an HTTP POST/PUT made by `call` (or, for supertest `.send`,
/// by the call it chains on).
/// Supertest/superagent (and pactum) request settings that may stand
/// between `.post(url)` and `.send(body)`: the request is still that POST.
const REQUEST_SETTINGS: &[&str] = &[
    "set",
    "type",
    "accept",
    "auth",
    "query",
    "timeout",
    "withCredentials",
    "redirects",
    "retry",
    "use",
    "unset",
    "ok",
    "trustLocalhost",
    "buffer",
    "responseType",
    "withHeaders",
    "withPathParams",
    "withQueryParams",
    "withCookies",
];

/// An HTTP POST or PUT a test sends.
struct HttpWrite<'t> {
    verb: &'static str,
    /// The URL as shown in messages.
    url: String,
    /// What the request's kind (login, update, preview) is read from: the
    /// URL itself, or for a URL built by a call (`reverse(\n
    /// "app:revisions_revert", args=(...))`) that call's name and first
    /// string argument, which the shown text may cut off.
    route: String,
    /// The nodes that may hold the record sent, first the likeliest.
    body: Vec<Node<'t>>,
}

/// The POST or PUT `call` sends through a test client: supertest's
/// `request(app).post(url).send(body)` (pactum's
/// `spec().post(url).withBody(body)`), `client.post(url, json=...)`,
/// `api.post(url, body)`, and the injection API of Fastify and hapi,
/// `app.inject({ method: 'POST', url, payload })`.
fn http_write<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<HttpWrite<'t>> {
    // Clients named by the HTTP verb itself: openapi-fetch's
    // `client.POST('/users', { body })`, payload's
    // `restClient.POST('/users/first-register', { body: JSON.stringify(...) })`.
    let method = match call.method() {
        "POST" => "post",
        "PUT" => "put",
        m => m,
    };
    let sends = matches!(method, "send" | "withBody" | "withJson");
    let writes = sends || matches!(method, "post" | "put" | "inject" | "request");
    if !writes || model.serves_own_app() {
        return None;
    }
    if method == "inject" {
        return injected_write(model, call);
    }
    if method == "request" {
        return cypress_request(model, call);
    }
    let (verb, url_node) = if sends {
        // request(app).post('/users').send(...), with request settings
        // between (`.post('/users').set('Authorization', t).type('json')`).
        let mut object = unwrap(call.callee.field("object")?);
        let mut hops = 0;
        let p = loop {
            if object.kind() != "call_expression" {
                return None;
            }
            let f = object.field("function")?;
            let p = model.path_of(f);
            if p.ends_with(".post") || p.ends_with(".put") {
                break p;
            }
            let setting = f.kind() == "member_expression"
                && f.field("property")
                    .is_some_and(|m| REQUEST_SETTINGS.contains(&model.text(m)));
            hops += 1;
            if !setting || hops > 6 {
                return None;
            }
            object = unwrap(f.field("object")?);
        };
        (
            if p.ends_with(".put") { "PUT" } else { "POST" },
            object.field("arguments")?.named_child(0)?,
        )
    } else if matches!(method, "post" | "put") {
        let receiver = call.receiver().to_ascii_lowercase();
        let http = [
            "client", "request", "api", "agent", "axios", "http", "session", "app", "page",
            "context", "requests", "httpx",
        ]
        .iter()
        .any(|r| receiver.contains(r));
        if !http && !receiver_is_http_client(model, call) {
            return None;
        }
        (
            if method == "put" { "PUT" } else { "POST" },
            call.positional(0)?,
        )
    } else {
        return None;
    };
    let (url, route) = request_url(model, url_node);
    let body: Vec<Node<'t>> = if sends {
        call.positional(0).into_iter().collect()
    } else {
        call.positional(1)
            .into_iter()
            .chain(call.keyword("json"))
            .chain(call.keyword("data"))
            .collect()
    };
    Some(HttpWrite {
        verb,
        url,
        route,
        body,
    })
}

/// Cypress's `cy.request('POST', url, body)` and `cy.request({ method:
/// 'POST', url, body })`: sent from the test runner to the real backend
/// (`cy.intercept` stubs do not answer it).
fn cypress_request<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<HttpWrite<'t>> {
    if call.receiver() != "cy" {
        return None;
    }
    if call.args().len() == 1 {
        return injected_write(model, call);
    }
    let verb = match model.eval(call.positional(0)?).value {
        Value::Str(m) if m.eq_ignore_ascii_case("post") => "POST",
        Value::Str(m) if m.eq_ignore_ascii_case("put") => "PUT",
        _ => return None,
    };
    let (url, route) = request_url(model, call.positional(1)?);
    Some(HttpWrite {
        verb,
        url,
        route,
        body: call.positional(2).into_iter().collect(),
    })
}

/// Fastify's and hapi's `app.inject({ method: 'POST', url: '/users',
/// payload: {...} })` (JS only: Angular's `inject(Service)` takes no such
/// object).
fn injected_write<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<HttpWrite<'t>> {
    if model.lang.is_python() || call.args().len() != 1 {
        return None;
    }
    let options = unwrap(call.positional(0)?);
    if options.kind() != "object" {
        return None;
    }
    let property = |key: &str| crate::model::facts::object_property(options, key, model.src);
    let verb = match model.eval(property("method")?).value {
        Value::Str(m) if m.eq_ignore_ascii_case("post") => "POST",
        Value::Str(m) if m.eq_ignore_ascii_case("put") => "PUT",
        _ => return None,
    };
    let (url, route) = request_url(model, property("url")?);
    let body = property("payload")
        .or_else(|| property("body"))
        .into_iter()
        .collect();
    Some(HttpWrite {
        verb,
        url,
        route,
        body,
    })
}

/// A request's URL as shown in messages, and the route its kind is read
/// from (see [`HttpWrite::route`]).
fn request_url<'t>(model: &Model<'t>, url_node: Node<'t>) -> (String, String) {
    match model.eval(url_node).value {
        Value::Str(s) => (s.clone(), s),
        // `reverse('signup')` / a URL through a helper: the text says it;
        // through a name bound once (`url = reverse("login")`), the text
        // of what it is bound to.
        _ => {
            let shown = (url_node.kind() == "identifier")
                .then(|| bound_value(model, url_node))
                .flatten()
                .map_or(url_node, unwrap);
            let url: String = model.text(shown).chars().take(60).collect();
            let route = matches!(shown.kind(), "call" | "call_expression")
                .then(|| {
                    let callee = shown.field("function")?;
                    let args = shown.field("arguments")?;
                    let first = args.named_child(0)?;
                    let name = plain_string(first, model.src)?;
                    Some(format!("{} {}", model.text(callee), name))
                })
                .flatten()
                .unwrap_or_else(|| url.clone());
            (url, route)
        }
    }
}

/// The lower-case words of a URL (or the text of the expression making
/// it), split at every non-alphanumeric character: `/edit/author/1/update/`
/// is `edit author 1 update`, `reverse("admin:auth_user_add")` is
/// `reverse admin auth user add`.
fn url_words(url: &str) -> Vec<String> {
    url.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .collect()
}

/// Whether a request's key is a one-time code typed into a verification
/// step: the field is `code` and the URL names a verification, a
/// confirmation, an (re)authentication or a second factor
/// (`account_email_verification_sent`, `mfa_activate_totp`,
/// `headless:account:confirm_login_code`). The server checks the code
/// against the one it issued; no record is keyed by it.
fn submits_one_time_code(hit: &Hit<'_>, url: &str) -> bool {
    if !hit.field.eq_ignore_ascii_case("code") {
        return false;
    }
    url_words(url).iter().any(|w| {
        [
            "verif",
            "confirm",
            "activat",
            "authenticat",
            "reauth",
            "totp",
            "mfa",
            "otp",
            "2fa",
        ]
        .iter()
        .any(|k| w.starts_with(k))
            || w.ends_with("verify")
            || w == "code"
            || w.starts_with("login")
    })
}

/// Whether a request to `url` asks for a password reset (`/password_reset/`,
/// `reverse('account_reset_password')`, `/api/auth/forgot-password`,
/// `headless:account:request_password_reset`). The server mails a link to
/// the account if there is one and stores no record keyed by the address,
/// so the request writes nothing; it reads the account, though, and one
/// that another test creates is a read of that test's record.
fn requests_password_reset(url: &str) -> bool {
    let words = url_words(url);
    let any = |keys: &[&str]| words.iter().any(|w| keys.iter().any(|k| w.contains(k)));
    any(&["forgot"]) || (any(&["password", "passwd"]) && any(&["reset", "recover"]))
}

/// Words of a URL that name an action on a record: the request performs
/// it, whichever app the URL lives under (`/admin/auth/user/add/`).
const RECORD_ACTIONS: &[&str] = &["add", "create", "new", "update", "edit", "change", "delete"];

/// Whether a POST to `url` logs in: the URL names a login, a session or a
/// token (`/login`, `/auth/sign-in`, `/api/token/`, `/sessions`), or is
/// under `auth` without naming another action. Whole words only: `author`
/// is no `auth`, `/edit/author/1/update/` no login.
fn is_login_url(url: &str) -> bool {
    let words = url_words(url);
    let has = |w: &str| words.iter().any(|x| x == w);
    // `sign-in`, `log_in`: two words.
    let pair = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    // `register`, `registration`, `regist` (`/api/auth/regist/`).
    if words.iter().any(|w| w.starts_with("regist")) || has("signup") || pair("sign", "up") {
        return false;
    }
    let login = words.iter().any(|w| {
        w.starts_with("login")
            || w.starts_with("signin")
            || w.starts_with("logon")
            || w.starts_with("session")
            || w.starts_with("token")
            || w.ends_with("token")
            || w.starts_with("oauth")
            || w.starts_with("authenticat")
            || w.starts_with("authoriz")
            || w == "jwt"
    }) || pair("sign", "in")
        || pair("log", "in")
        || pair("log", "on");
    // `auth`, `authn`, `rest-auth`; not `author`.
    let under_auth = words
        .iter()
        .any(|w| w.starts_with("auth") && !w.starts_with("author"));
    login || (under_auth && !RECORD_ACTIONS.iter().any(|a| has(a)))
}

/// Whether a POST to `url` changes a record that already exists
/// (`/author/1/update/`, `/posts/3/edit`, `/pages/3/revisions/7/revert/`):
/// its unique keys are that record's, not a new one's. A URL that also says
/// it creates (`/edit/authors/create/`, where `edit` names the views'
/// module) creates.
fn is_update_url(url: &str) -> bool {
    let words = url_words(url);
    let has = |w: &str| words.iter().any(|x| x == w);
    ["update", "edit", "change", "revert"]
        .iter()
        .any(|w| has(w))
        && !["create", "add", "new", "register", "signup"]
            .iter()
            .any(|w| has(w))
}

/// Whether a POST to `url` previews a form (`/pages/add/blog/3/preview/`,
/// wagtail's `preview_on_add`): the view renders the submitted data and
/// stores no record, even when the URL also names the add it previews.
fn is_preview_url(url: &str) -> bool {
    url_words(url).iter().any(|w| w == "preview")
}

/// Considers `key: value` as a unique key.
fn consider<'t>(
    model: &Model<'t>,
    key: &str,
    value: Node<'t>,
    at: Option<Node<'t>>,
    best: &mut Option<Hit<'t>>,
) {
    let Some(rank) = unique_key_rank(key) else {
        return;
    };
    if best.as_ref().is_some_and(|b| b.rank <= rank) {
        return;
    }
    // A DynamoDB attribute value (`id: { S: 'user-1' }`, `{ N: '7' }`) holds
    // the key in its one typed member.
    let value = dynamodb_attribute(model, value).unwrap_or(value);
    let evaluated = model.eval(value);
    let origin = evaluated.origin.or_else(|| at.map(|_| value));
    consider_value(
        key,
        evaluated.value,
        rank,
        origin,
        at.unwrap_or(value),
        best,
    );
}

/// The value inside a DynamoDB typed attribute `{ S: '...' }` / `{ N: '...' }`.
fn dynamodb_attribute<'t>(model: &Model<'t>, node: Node<'t>) -> Option<Node<'t>> {
    let node = unwrap(node);
    if node.kind() != "object" || node.named_child_count() != 1 {
        return None;
    }
    let pair = node.named_child(0).filter(|p| p.kind() == "pair")?;
    let key = pair.field("key").map(|k| model.text(k))?;
    matches!(key, "S" | "N")
        .then(|| pair.field("value"))
        .flatten()
}

/// Records `key: value` (already evaluated, of unique-key rank `rank`) as
/// the best hit when it is a fixed key.
fn consider_value<'t>(
    key: &str,
    value: Value,
    rank: u8,
    origin: Option<Node<'t>>,
    at: Node<'t>,
    best: &mut Option<Hit<'t>>,
) {
    if best.as_ref().is_some_and(|b| b.rank <= rank) {
        return;
    }
    let text = match value {
        Value::Str(s) if !s.trim().is_empty() => s,
        Value::Int(i) if rank >= 2 => i.to_string(),
        _ => return,
    };
    // An e-mail field holding no e-mail address (`email: 'invalid-email'`,
    // `'not an email address'`) is a validation test's bad input: the
    // request is refused and no account is created or logged into.
    if rank == 0 && !text.contains('@') {
        return;
    }
    *best = Some(Hit {
        at,
        value: text,
        field: key.to_string(),
        rank,
        origin,
        span: None,
    });
}

/// Looks for unique-key literals in record data.
fn scan<'t>(
    model: &Model<'t>,
    node: Node<'t>,
    at: Option<Node<'t>>,
    upsert: bool,
    depth: usize,
    best: &mut Option<Hit<'t>>,
) {
    if depth > 6 {
        return;
    }
    let node = unwrap(node);
    match node.kind() {
        "object" | "dictionary" => {
            let children = crate::walk::named_children_list(node);
            for child in children {
                match child.kind() {
                    "pair" => {
                        let (Some(k), Some(v)) = (child.field("key"), child.field("value")) else {
                            continue;
                        };
                        let key =
                            plain_string(k, model.src).unwrap_or_else(|| model.text(k).to_string());
                        if unique_key_rank(&key).is_some() {
                            consider(model, &key, v, at, best);
                        } else if DATA_KEYS.contains(&key.as_str()) && !(upsert && key == "where") {
                            scan(model, v, at, upsert, depth + 1, best);
                        }
                    }
                    "shorthand_property_identifier" => {
                        let key = model.text(child);
                        if unique_key_rank(key).is_some() {
                            consider(model, key, child, at, best);
                        } else if DATA_KEYS.contains(&key) {
                            // `send({ user })`, `const data = { user }`: the
                            // record is the object that name is bound to.
                            scan_bound(model, child, at, upsert, depth + 1, best);
                        }
                    }
                    "spread_element" => scan_spread(model, child, at, upsert, depth + 1, best),
                    "dictionary_splat" => scan(model, child, at, upsert, depth + 1, best),
                    _ => {}
                }
            }
        }
        // Python `create(**user)`, `{**defaults, "username": "x"}`: the
        // fields of the dict a splat unpacks count as written inline, as a
        // JS spread's do; none when the file changes one of them
        // (`user["email"] = f"{uuid4()}@x.com"`).
        "dictionary_splat" => {
            let Some(inner) = node.named_child(0) else {
                return;
            };
            let inner = unwrap(inner);
            if inner.kind() == "identifier" && model.writes_a_field_of(model.text(inner)) {
                return;
            }
            scan(model, inner, at, upsert, depth + 1, best);
        }
        "array" | "list" | "tuple" => {
            let children = crate::walk::named_children_list(node);
            for child in children {
                scan(model, child, at, upsert, depth + 1, best);
            }
        }
        // A body serialized for the request (`data=json.dumps({...})`,
        // `body: JSON.stringify({...})`) holds the record it serializes.
        "call" | "call_expression" if is_serializer(model, node) => {
            let Some(args) = node.field("arguments") else {
                return;
            };
            if let Some(first) = crate::walk::named_children_list(args)
                .into_iter()
                .find(|c| !matches!(c.kind(), "comment" | "keyword_argument"))
            {
                scan(model, first, at, upsert, depth + 1, best);
            }
        }
        // `User(...)`, `new User(...)`, and Python's `dict(username=...)`,
        // whose keyword arguments are the record's fields.
        "call" | "new_expression" if is_constructor(model, node) || is_dict_call(model, node) => {
            let Some(args) = node.field("arguments") else {
                return;
            };
            let children = crate::walk::named_children_list(args);
            for child in children {
                if child.kind() == "keyword_argument" {
                    if let (Some(k), Some(v)) = (child.field("name"), child.field("value")) {
                        consider(model, model.text(k), v, at, best);
                    }
                } else {
                    scan(model, child, at, upsert, depth + 1, best);
                }
            }
        }
        // JS: a request body serialised in place (`body: JSON.stringify({...})`
        // in `new NextRequest(url, {...})`), and a request built by a helper
        // of the file handed to a route handler (`register(req(url, { email
        // }))`, `POST(makeRequest({ email }))`): the record is in their
        // object arguments.
        "call_expression" if !model.lang.is_python() => {
            let Some(callee) = node.field("function") else {
                return;
            };
            let name = model.text(callee);
            if name != "JSON.stringify" && !is_request_builder(model, name) {
                return;
            }
            let Some(args) = node.field("arguments") else {
                return;
            };
            for child in crate::walk::named_children_list(args) {
                if matches!(
                    unwrap(child).kind(),
                    "object" | "identifier" | "call_expression" | "new_expression"
                ) {
                    scan(model, child, at, upsert, depth + 1, best);
                }
            }
        }
        "identifier" => scan_bound(model, node, at, upsert, depth + 1, best),
        // A field of an object the file binds, `createAuthenticatedUser({
        // strapi, userInfo: internals.user })` with `const internals = {
        // user: { email: 'test@strapi.io' } }` (strapi, set 81): the record
        // is that field's object literal, as a spread of it
        // (`{ ...testUsers.user }`) is; none when the file rewrites that
        // field or one of its own (`internals.user = ...`,
        // `internals.user.email = ...`, `internals[key] = ...`). Another
        // field written (`internals.role = await createRole()`) leaves it be.
        "member_expression" => {
            let Some(object) = node.field("object") else {
                return;
            };
            let path = model.path_of(node);
            let object_path = model.path_of(object);
            let computed = [format!("{object_path}["), format!("{object_path}.[")];
            let rewritten = model.writes_a_field_of(&path)
                || model
                    .assigns
                    .iter()
                    .map(|a| &a.target_path)
                    .chain(model.updates.iter().map(|u| &u.target_path))
                    .any(|t| *t == path || computed.iter().any(|c| t.starts_with(c.as_str())));
            if rewritten {
                return;
            }
            if let Some(literal) = spread_literal(model, node, 0) {
                scan(model, literal, at.or(Some(node)), upsert, depth + 1, best);
            }
        }
        _ => {}
    }
}

/// A function of this file that builds a request (`req`, `makeRequest`,
/// `buildPostRequest`, `jsonRequest`): its object arguments are the body.
fn is_request_builder(model: &Model, name: &str) -> bool {
    if name.contains('.') || !model.functions.contains_key(name) {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    lower == "req" || (lower.ends_with("request") && lower != "request")
}

/// A record bound to a name: report at the name, the literal is the related
/// definition. The name is the binding visible here (each test's own
/// `const body = {...}`), not every binding of that name in the file. A name
/// met inside a record already bound to a name (`const data = { user }`
/// sent as `send(data)`) keeps the outer name as the place to report.
fn scan_bound<'t>(
    model: &Model<'t>,
    name: Node<'t>,
    at: Option<Node<'t>>,
    upsert: bool,
    depth: usize,
    best: &mut Option<Hit<'t>>,
) {
    let Some(v) = bound_value(model, name) else {
        return;
    };
    scan(model, v, at.or(Some(name)), upsert, depth, best);
    // An entity built empty and filled field by field before it is saved
    // (audit 87, TypeORM / MikroORM: `const u = new User(); u.email =
    // 'a@b.com'; await repo.save(u)`): the fields the same function
    // assigns before the write are the record's, as constructor arguments
    // are.
    let v = unwrap(v);
    if model.lang.is_python() || v.kind() != "new_expression" || !is_constructor(model, v) {
        return;
    }
    let Some(binding) = v.parent() else {
        return;
    };
    let scope = model.scope_of(binding);
    let prefix = format!("{}.", model.text(name));
    for a in &model.assigns {
        let Some(key) = a.target_path.strip_prefix(prefix.as_str()) else {
            continue;
        };
        if a.scope != scope
            || a.node.start_byte() < v.end_byte()
            || a.node.end_byte() > name.start_byte()
            || key.contains('.')
            || unique_key_rank(key).is_none()
        {
            continue;
        }
        if let Some(value) = a.value {
            consider(model, key, value, Some(at.unwrap_or(name)), best);
        }
    }
}

/// `{ ...u, password }`, `{ ...testUsers.user }`: a spread whose value is an
/// object bound in the file (the model's evaluation says which) contributes
/// its fields as if written inline. Reported at the spread (or at the outer
/// name already reporting), the literal of the definition related. A spread
/// of a parameter or of anything not known is no record of the file's.
fn scan_spread<'t>(
    model: &Model<'t>,
    spread: Node<'t>,
    at: Option<Node<'t>>,
    upsert: bool,
    depth: usize,
    best: &mut Option<Hit<'t>>,
) {
    let Some(inner) = spread.named_child(0) else {
        return;
    };
    let inner = unwrap(inner);
    if inner.kind() == "object" {
        scan(model, inner, at, upsert, depth, best);
        return;
    }
    let Value::Object(fields) = model.eval(inner).value else {
        return;
    };
    // `u.email = \`${randomUUID()}@x.com\`` somewhere: the fields the spread
    // copies are not the literal's.
    if model.writes_a_field_of(&model.path_of(inner)) {
        return;
    }
    let at = at.unwrap_or(spread);
    // The object literal the evaluation reached, for the field's own node.
    if let Some(literal) = spread_literal(model, inner, 0) {
        scan(model, literal, Some(at), upsert, depth, best);
        return;
    }
    for (key, value) in fields {
        let Some(rank) = unique_key_rank(&key) else {
            continue;
        };
        consider_value(&key, value, rank, None, at, best);
    }
}

/// The object literal a spread expression is bound to in this file: a name
/// bound once (`const u = {...}`) or a field of such an object
/// (`testUsers.user`).
fn spread_literal<'t>(model: &Model<'t>, expr: Node<'t>, depth: usize) -> Option<Node<'t>> {
    if depth > 4 {
        return None;
    }
    let expr = unwrap(expr);
    let literal = match expr.kind() {
        "object" => return Some(expr),
        "identifier" => bound_value(model, expr)?,
        "member_expression" => {
            let object = spread_literal(model, expr.field("object")?, depth + 1)?;
            let property = expr.field("property")?;
            object_field(model, object, model.text(property))?
        }
        _ => return None,
    };
    let literal = unwrap(literal);
    (literal.kind() == "object").then_some(literal)
}

/// The one value a name is bound to where it is used.
fn bound_value<'t>(model: &Model<'t>, name: Node<'t>) -> Option<Node<'t>> {
    let Some(writes) = model.visible_writes(name) else {
        // A pytest parameter: the record the same-file fixture of that name
        // returns, unless the receiving test (or a fixture) rewrites one of
        // its fields (`payload["email"] = f"{uuid4()}@x.com"`).
        return model
            .fixture_result(name)
            .filter(|_| !model.rewrites_fixture_field(name));
    };
    let mut values = writes.iter().filter_map(|a| a.value);
    match (values.next(), values.next()) {
        (Some(v), None) if v.id() != name.id() => Some(v),
        _ => None,
    }
}

/// Classes whose instances are HTTP clients (httpx's `AsyncClient` /
/// `Client`, Starlette's and FastAPI's `TestClient`, `requests.Session`,
/// aiohttp's `ClientSession`, DRF's `APIClient`).
const HTTP_CLIENT_CLASSES: &[&str] = &[
    "AsyncClient",
    "Client",
    "TestClient",
    "APIClient",
    "Session",
    "ClientSession",
];

/// The receiver of `call` is a name this file binds to a new HTTP client,
/// whatever the name says: `ac = AsyncClient(app=app)`, `async with
/// AsyncClient(app=app) as ac:`, `s = requests.Session()`.
fn receiver_is_http_client<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    let Some(object) = call.callee.field("object").map(unwrap) else {
        return false;
    };
    if object.kind() != "identifier" {
        return false;
    }
    let name = model.text(object);
    let builds_client = |v: Node<'t>| {
        let v = unwrap(v);
        matches!(v.kind(), "call" | "new_expression" | "call_expression")
            && v.field("function")
                .or_else(|| v.field("constructor"))
                .is_some_and(|f| HTTP_CLIENT_CLASSES.contains(&facts::last_segment(model.text(f))))
    };
    if model
        .bindings_of(name)
        .filter_map(|a| a.value)
        .any(builds_client)
    {
        return true;
    }
    // `with AsyncClient(...) as ac:` around the call.
    facts::with_bound_value(call.node, name, model.src).is_some_and(builds_client)
}

/// `send({ article: { title: 'T', slug: 'how-to' } })`: a request body that
/// wraps its one record under the entity's name (the RealWorld API's
/// envelope), whatever that name is. Only a body of exactly one property
/// holding an object is taken for an envelope.
fn scan_envelope<'t>(model: &Model<'t>, body: Node<'t>, best: &mut Option<Hit<'t>>) {
    let mut node = unwrap(body);
    let mut at = None;
    if node.kind() == "identifier" {
        let Some(v) = bound_value(model, node) else {
            return;
        };
        at = Some(node);
        node = unwrap(v);
    }
    if node.kind() != "object" {
        return;
    }
    let children: Vec<Node<'t>> = crate::walk::named_children_list(node)
        .into_iter()
        .filter(|c| c.kind() != "comment")
        .collect();
    let [only] = children.as_slice() else {
        return;
    };
    match only.kind() {
        "pair" => {
            let Some(v) = only.field("value") else {
                return;
            };
            if matches!(unwrap(v).kind(), "object" | "identifier") {
                scan(model, v, at, false, 1, best);
            }
        }
        "shorthand_property_identifier" => scan_bound(model, *only, at, false, 1, best),
        _ => {}
    }
}

/// `api.createUser('alice@x.com', 'pw')`, Django `create_user('admin', ...)`:
/// a positional account string.
fn positional_account<'t>(model: &Model<'t>, call: &Call<'t>, _callee: &str) -> Option<Hit<'t>> {
    let username_first = matches!(call.method(), "create_user" | "create_superuser");
    // The account is the first string among the leading arguments
    // (`createUserWithEmailAndPassword(auth, 'a@x.com', pw)`).
    let (first, evaluated) = call
        .args()
        .iter()
        .filter(|a| a.name.is_none())
        .take(if username_first { 1 } else { 3 })
        .find_map(|a| {
            let e = model.eval(a.value);
            e.value.as_str().is_some().then_some((a.value, e))
        })?;
    let s = evaluated.value.as_str()?.to_string();
    let email = looks_like_email(&s);
    if !(email || (username_first && is_identifier_like(&s))) {
        return None;
    }
    Some(Hit {
        at: first,
        value: s,
        field: if email {
            "email".into()
        } else {
            "username".into()
        },
        rank: if email { 0 } else { 1 },
        origin: evaluated.origin,
        span: None,
    })
}

/// Whether a Python write goes into a collection (table, database) whose
/// name is built from an isolated value (`client.db[f"t_{ObjectId()}"]
/// .insert_one(...)`, `db.get_collection(f"c_{uuid4().hex}")`, directly or
/// through a local name bound to it in the same function): a collection of
/// the test's own, whose keys no other worker writes.
fn into_isolated_collection<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    if !model.lang.is_python() || call.callee.kind() != "attribute" {
        return false;
    }
    let mut node = call.callee.field("object");
    for _ in 0..6 {
        let Some(n) = node else { return false };
        match n.kind() {
            "identifier" => {
                let name = model.text(n);
                let bound = model.assigns.iter().rev().find(|a| {
                    a.scope == call.scope
                        && a.node.start_byte() < call.node.start_byte()
                        && a.target.kind() == "identifier"
                        && a.target_path == name
                });
                node = bound.and_then(|a| a.value);
                if node.is_none() {
                    return false;
                }
            }
            "subscript" => {
                if n.field("subscript")
                    .is_some_and(|i| model.eval(i).value.is_isolated())
                {
                    return true;
                }
                node = n.field("value");
            }
            "call" => {
                let callee = n.field("function");
                let names_collection = callee.is_some_and(|c| {
                    matches!(
                        facts::last_segment(&model.path_of(c)),
                        "get_collection" | "create_collection" | "get_database"
                    )
                });
                if names_collection
                    && n.field("arguments")
                        .and_then(|a| a.named_child(0))
                        .is_some_and(|a| model.eval(a).value.is_isolated())
                {
                    return true;
                }
                node = callee.and_then(|c| c.field("object"));
            }
            "attribute" => node = n.field("object"),
            "await" | "parenthesized_expression" => node = n.named_child(0),
            _ => return false,
        }
    }
    false
}

/// A write by a test that requests a `conftest.py` fixture setting up a
/// database private to it (`db` yielding a `sqlite://:memory:` context),
/// or by a same-file helper that only such tests call
/// (`def _seed(db): db["t"].insert(...)` called as `_seed(fresh_db)`),
/// or by a test of a class whose imported base opens such a database in
/// its set-up (`class T(BaseTestCase)`, `BaseTestCase.setUp` connecting to
/// `mongomock://localhost`).
fn in_private_database_of_conftest<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    let private = |node| {
        model.inherited_fixture(node, |f| f.private_database)
            || model.imported_setup_private_database(node)
    };
    if private(call.node) {
        return true;
    }
    let owner = model.owner(call.scope);
    let runners = model.effective_owners(call.scope);
    !runners.is_empty()
        && runners != [owner]
        && runners.iter().all(|&r| {
            let sc = model.scope(r);
            sc.is_test() && sc.node.field("body").is_some_and(&private)
        })
}

/// `user@host.tld`: the top-level domain has a letter, so a package id with
/// a version (`assertion-error@1.0.0`) or an IP is not an address.
fn looks_like_email(s: &str) -> bool {
    let Some((user, domain)) = s.split_once('@') else {
        return false;
    };
    let tld_has_letter = domain
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.chars().any(|c| c.is_ascii_alphabetic()));
    !user.is_empty()
        && domain.contains('.')
        && tld_has_letter
        && !s.contains(' ')
        && !s.contains('{')
}

fn is_identifier_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '@'))
}

/// Whether a Python function of the file that takes a password (a
/// parameter named `password`, `passwd`, `pw`...) compares a login with
/// `value` (`login == b"goodlogin"`, `username == "admin"`): the file defines
/// the check that accepts the account, a fake server's credential callback.
fn accepted_by_same_file_checker(model: &Model<'_>, value: &str) -> bool {
    if !model.lang.is_python() {
        return false;
    }
    model.scopes.iter().any(|scope| {
        scope.node.kind() == "function_definition"
            && scope.params.iter().any(|p| {
                let p = p.to_ascii_lowercase();
                p.contains("passw") || p == "pw" || p == "pwd"
            })
            && compares_with(model, scope.node, value)
    })
}

/// Whether an `==` comparison under `node` has the string or bytes literal
/// `value` as an operand.
fn compares_with(model: &Model<'_>, node: Node<'_>, value: &str) -> bool {
    crate::walk::descendants_of_kinds(node, &["comparison_operator"])
        .into_iter()
        .filter(|n| model.text(*n).contains("=="))
        .any(|n| {
            crate::walk::named_children_list(n)
                .into_iter()
                .any(|operand| {
                    operand.kind() == "string" && {
                        let t = model.text(operand);
                        let t = t.strip_prefix(['b', 'B']).unwrap_or(t);
                        t.len() >= 2 && &t[1..t.len() - 1] == value
                    }
                })
        })
}

/// Whether a login call passes a password that says it is wrong
/// (`password='wrongpass'`, a body `{"password": "invalid"}` inline or
/// through a name, a string literal after the account:
/// `login(user, "firstuser", "wrongpass")`).
fn wrong_password<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    const KEYS: &[&str] = &["password", "pass", "passwd", "pwd"];
    let wrong = |v: &Value| v.as_str().is_some_and(is_invalid_marker);
    if KEYS
        .iter()
        .filter_map(|k| call.keyword(k))
        .any(|v| wrong(&model.eval(v).value))
    {
        return true;
    }
    call.args().iter().any(|a| {
        let v = model.eval(a.value).value;
        KEYS.iter().filter_map(|k| v.field(k)).any(wrong)
    }) || call
        .args()
        .iter()
        .filter(|a| a.name.is_none())
        .skip(1)
        // `login(user, "firstuser", "wrongpass")`: the password passed
        // positionally, after the account.
        .any(|a| a.value.kind() == "string" && wrong(&model.eval(a.value).value))
}

/// Whether a request body carries a password and its confirmation as two
/// different literals (`password1`/`password2`, `password`/
/// `confirm_password`, `password`/`passwordConfirmation`...): every sign-up
/// or change form refuses it.
fn mismatched_confirmation<'t>(model: &Model<'t>, data: &[Node<'t>]) -> bool {
    const PAIRS: &[(&str, &str)] = &[
        ("password1", "password2"),
        ("new_password1", "new_password2"),
        ("password", "password2"),
        ("password", "password_confirmation"),
        ("password", "password_confirm"),
        ("password", "confirm_password"),
        ("password", "re_password"),
        ("password", "passwordConfirmation"),
        ("password", "passwordConfirm"),
        ("password", "confirmPassword"),
    ];
    data.iter().any(|node| {
        let body = model.eval(*node).value;
        PAIRS.iter().any(|(a, b)| {
            match (
                body.field(a).and_then(Value::as_str),
                body.field(b).and_then(Value::as_str),
            ) {
                (Some(x), Some(y)) => x != y,
                _ => false,
            }
        })
    })
}

fn is_invalid_marker(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    INVALID_MARKERS.iter().any(|m| l.contains(m))
}

/// A raw SQL `INSERT INTO t (cols) VALUES (...)` with a literal unique key,
/// unless `t` is one of the file's `temporary` tables, a table the
/// test (hook, fixture) running the INSERT creates itself, or a temporary
/// table the test or a hook preparing it creates.
fn sql_insert_hit<'t>(
    model: &Model<'t>,
    arg: Node<'t>,
    temporary: &[String],
    scope: ScopeId,
) -> Option<Hit<'t>> {
    let sql = model.sql_text(arg)?;
    let text = sql.text.as_str();
    let upper = text.to_ascii_uppercase();
    let ins = upper.find("INSERT INTO")?;
    let values_at = upper[ins..].find("VALUES")? + ins;
    let head = &text[ins + "INSERT INTO".len()..values_at];
    let (table, columns) = match head.split_once('(') {
        Some((t, cols)) => (
            t.trim(),
            cols.split(')')
                .next()
                .unwrap_or("")
                .split(',')
                .map(|c| {
                    c.trim()
                        .trim_matches(|ch| matches!(ch, '"' | '`' | '[' | ']'))
                        .to_string()
                })
                .collect::<Vec<_>>(),
        ),
        None => (head.trim(), Vec::new()),
    };
    if temporary.contains(&sql_table_name(table)) {
        return None;
    }
    let rest = &text[values_at + "VALUES".len()..];
    let row = rest.trim_start().strip_prefix('(')?;
    let values = split_sql_values(row);
    let mut pick: Option<(u8, String, String)> = None;
    for (i, v) in values.iter().enumerate() {
        let literal = sql_literal(v)?;
        let Some(literal) = literal else { continue };
        let (rank, field) = match columns.get(i) {
            Some(col) => match unique_key_rank(col) {
                Some(r) => (r, col.clone()),
                None => continue,
            },
            None if looks_like_email(&literal.1) => (0, "email".to_string()),
            None if i == 0 && literal.0 => (4, "id".to_string()),
            None => continue,
        };
        if pick.as_ref().is_none_or(|p| rank < p.0) {
            pick = Some((rank, field, v.trim().to_string()));
        }
    }
    let (rank, field, raw) = pick?;
    let name = sql_table_name(table);
    if model.creates_table_in(scope, &name) || model.creates_temporary_table_for(scope, &name) {
        return None;
    }
    let value = raw.trim_matches('\'').to_string();
    // Report at the literal inside the string when the SQL is written here;
    // through a name, at the name.
    let text = model.text(arg);
    let span =
        if matches!(arg.kind(), "string" | "template_string") && text.matches(&raw).count() == 1 {
            text.find(&raw)
                .map(|i| (arg.start_byte() + i, arg.start_byte() + i + raw.len()))
        } else {
            None
        };
    Some(Hit {
        at: arg,
        value,
        field,
        rank,
        origin: None,
        span,
    })
}

/// Splits `1, 'a,b', now())` (the rest of a VALUES row) at top-level commas.
fn split_sql_values(row: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut in_quote = false;
    let mut current = String::new();
    for c in row.chars() {
        match c {
            '\'' => in_quote = !in_quote,
            '(' if !in_quote => depth += 1,
            ')' if !in_quote => {
                if depth == 0 {
                    out.push(std::mem::take(&mut current));
                    return out;
                }
                depth -= 1;
            }
            ',' if !in_quote && depth == 0 => {
                out.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    out.push(current);
    out
}

/// A SQL value that is a literal: `Some(Some((is_number, text)))`;
/// `Some(None)` for other values; `None` never (kept for `?` ergonomics).
fn sql_literal(v: &str) -> Option<Option<(bool, String)>> {
    let t = v.trim();
    if t.contains("__hole__") || t.is_empty() {
        return Some(None);
    }
    if t.len() >= 2 && t.starts_with('\'') && t.ends_with('\'') {
        let inner = &t[1..t.len() - 1];
        if inner.is_empty() {
            return Some(None);
        }
        return Some(Some((false, inner.to_string())));
    }
    if t.chars().all(|c| c.is_ascii_digit()) {
        return Some(Some((true, t.to_string())));
    }
    Some(None)
}

/// String literal values inside a write call (depth- and size-capped).
fn collect_literals(model: &Model, node: Node, out: &mut HashSet<String>) {
    let mut stack = vec![node];
    let mut budget = 512;
    while let Some(n) = stack.pop() {
        budget -= 1;
        if budget == 0 {
            break;
        }
        if let Some(s) = plain_string(n, model.src) {
            out.insert(s);
            continue;
        }
        crate::walk::named_children(n, &mut stack);
    }
}

/// Whether the file is an end-to-end or API test (logins there hit a real
/// shared backend).
fn is_e2e_or_api(model: &Model) -> bool {
    static MARKERS: AnyOf = AnyOf::new(&[
        "cy.",
        "page.",
        "browser.",
        "supertest",
        "request(app",
        "self.client",
        "client.post(",
        "client.get(",
        "APIClient",
        "TestClient",
        "requests.",
        "httpx",
        "fetch(",
        "axios",
        "request.post(",
        "firebase",
        "supabase",
        "apiClient",
        "api.",
        // Selenium suites, Django's and pytest-django's live servers.
        "selenium",
        "webdriver",
        "live_server",
        // SeleniumBase's pytest fixture (`def test_x(sb): sb.open(url)`).
        "sb.open(",
    ]);
    model.framework == crate::model::framework::Framework::Playwright
        || MARKERS.in_text(model.src)
        // A client chain broken over lines (`await api\n  .post(...)`, as
        // Prettier writes long ones): its path has no whitespace.
        || model.calls.iter().any(|c| c.path.contains("api."))
        // Fastify's or hapi's `app.inject({ method: 'POST', url, payload })`.
        || model
            .calls
            .iter()
            .any(|c| c.method() == "inject" && injected_write(model, c).is_some())
}

/// Whether the file connects the protocols it tests to an in-memory
/// transport (Twisted's `StringTransport`, `FakeTransport`, `iosim.` pumps,
/// `loopback.loopbackAsync`): a client's `login(...)` there talks to a server object of
/// the same test, not to a backend other workers share.
fn drives_in_memory_transport(model: &Model) -> bool {
    static MARKERS: AnyOf = AnyOf::new(&[
        "StringTransport",
        "FakeTransport",
        "iosim.",
        "loopback.loopback",
    ]);
    model.lang.is_python() && MARKERS.in_text(model.src)
}

/// Logins with a fixed account the file never creates.
fn logins<'t>(
    cx: &mut RuleContext<'_, 't>,
    doubles: &Doubles,
    written: &HashSet<String>,
    record_keys: &[(String, ScopeId, usize)],
) {
    let model = cx.model;
    // Where each owner (test, hook) last submits a form: a fill counts
    // when a submit follows it in the same owner.
    let mut last_submit: HashMap<usize, usize> = HashMap::new();
    // Each owner's submits in order, for the one that sends a given fill.
    let mut submits: HashMap<usize, Vec<Node<'t>>> = HashMap::new();
    for c in &model.calls {
        if (SUBMIT_METHODS.contains(&c.method()) && !clicks_heading(model, c))
            || (c.method() == "type" && model.text(c.node).contains("{enter}"))
            || presses_enter(model, c)
        {
            let e = last_submit.entry(model.owner(c.scope)).or_insert(0);
            *e = (*e).max(c.node.start_byte());
            submits
                .entry(model.owner(c.scope))
                .or_default()
                .push(c.node);
        }
    }
    for list in submits.values_mut() {
        list.sort_by_key(|n| n.start_byte());
    }
    // Owners that fill a message form (contact, feedback, comment): the
    // e-mail typed there is the sender's, not an account logged into.
    // Owners that fill a password field and no e-mail field fill a login
    // form (a sign-up form asks for an address too).
    let mut message_forms: HashSet<usize> = HashSet::new();
    let mut password_forms: HashSet<usize> = HashSet::new();
    let mut mail_forms: HashSet<usize> = HashSet::new();
    for c in model
        .calls
        .iter()
        .filter(|c| FILL_METHODS.contains(&c.method()))
    {
        let sel = c
            .positional(0)
            .filter(|_| c.positional(1).is_some())
            .map(|n| model.text(n))
            .unwrap_or_else(|| call_receiver_text(model, c))
            .to_ascii_lowercase();
        let owner = model.owner(c.scope);
        if [
            "message", "subject", "comment", "feedback", "enquiry", "inquiry",
        ]
        .iter()
        .any(|k| sel.contains(k))
        {
            message_forms.insert(owner);
        }
        if sel.contains("pass") {
            password_forms.insert(owner);
        }
        if sel.contains("mail") {
            mail_forms.insert(owner);
        }
    }
    // Auth routes a browser-side stub answers (`cy.intercept('POST',
    // /users\/login/, { statusCode: 422 })`): where each is registered.
    let stubs: Vec<&Call<'t>> = model
        .calls
        .iter()
        .filter(|c| {
            model.browser_stub_route(c).is_some_and(|route| {
                let route = route.to_ascii_lowercase();
                [
                    "login", "signin", "sign-in", "sign_in", "auth", "session", "user", "register",
                    "signup", "sign-up", "token", "account",
                ]
                .iter()
                .any(|w| route.contains(w))
            })
        })
        .collect();
    // (hit, how, whether the hit signs the account up)
    let mut hits: Vec<(Hit<'t>, &'static str, bool)> = Vec::new();
    for call in &model.calls {
        if doubles.covers_at(&call.path, call.node.start_byte()) {
            continue;
        }
        let method = call.method();
        if FILL_METHODS.contains(&method) && message_forms.contains(&model.owner(call.scope)) {
            continue;
        }
        let mut registers = false;
        let account = if is_login_method(method) {
            login_account(model, call)
        } else if let Some(request) = http_write(model, call)
            .filter(|r| is_login_url(&r.route))
            .filter(|r| r.url.contains("://") || !model.requests_own_instance_client(call.scope))
        {
            request.body.first().and_then(|&b| {
                registers = signs_up(model, b);
                let mut best = None;
                scan(model, b, None, false, 0, &mut best);
                best
            })
        } else if FILL_METHODS.contains(&method) {
            let owner = model.owner(call.scope);
            let login_form = password_forms.contains(&owner) && !mail_forms.contains(&owner);
            registers = submits
                .get(&owner)
                .and_then(|list| list.iter().find(|n| n.start_byte() > call.node.end_byte()))
                .is_some_and(|n| submits_sign_up(model.text(*n)));
            fill_account(model, call, &last_submit, login_form)
        } else {
            None
        };
        let Some(hit) = account else { continue };
        // Typed into a form whose auth request the test (or a setup hook
        // of it) stubs with a canned response: the submit reaches no
        // backend, so no account is shared.
        if FILL_METHODS.contains(&method) {
            let owner = model.owner(call.scope);
            let test = model.enclosing_test(call.scope).unwrap_or(owner);
            let stubbed = stubs.iter().any(|s| {
                model.prepares(s.scope, test)
                    && (model.owner(s.scope) != owner
                        || s.node.start_byte() < call.node.start_byte())
            });
            if stubbed {
                continue;
            }
        }
        // A code posted to a login step (`{"code": "123456"}` to
        // `account_confirm_login_code`) is a one-time code, no account.
        if hit.field.eq_ignore_ascii_case("code") {
            continue;
        }
        // The account this file registers, typed in another case
        // (`register 'testuser'`, then `login 'TESTUSER'`): the test logs
        // into its own record, reported where it is created.
        if is_invalid_marker(&hit.value)
            || written.contains(&hit.value)
            || written.iter().any(|w| w.eq_ignore_ascii_case(&hit.value))
        {
            continue;
        }
        // The account the same test creates before logging in, under any
        // field (jupyterhub's `add_user(app.db, app, name=name)`, then
        // `app.login_user(name)`): a record created in the same test and
        // then read.
        if !FILL_METHODS.contains(&method)
            && (created_earlier_in_test(model, call, &hit.value)
                || adds_own_record(model, record_keys, call, &hit.value))
        {
            continue;
        }
        // The account a conftest fixture the test uses creates
        // (`def test_user(db): return User.objects.create_user(email=...)`):
        // the test logs into its own record, reported where it is created.
        if model.inherited_fixture(call.node, |f| f.creates.contains(&hit.value)) {
            continue;
        }
        // The account a plugin fixture the test requests creates
        // (pytest-django's `admin_user`/`admin_client`: `admin`, password
        // `password`), typed into the login form in the test or in a
        // helper every caller of which requests it: its own record.
        if model.plugin_fixture_creates(call.node, &hit.value) {
            continue;
        }
        // The account a credential checker of this file accepts (aiosmtpd's
        // `def authcallback(self, mechanism, login, password): return login
        // == b"goodlogin" and ...`, handed to the in-process server the test
        // starts): a fake's literal, no account any store holds.
        if accepted_by_same_file_checker(model, &hit.value) {
            continue;
        }
        // `{"email": "test@example.com", "password": "wrongpassword"}`: a
        // login with a deliberately wrong password is refused and shares
        // no session, whoever owns the account.
        if !FILL_METHODS.contains(&method) && wrong_password(model, call) {
            continue;
        }
        // A login the test expects to fail (`self.assertFalse(self.client.
        // login(...))`) checks that bad credentials are refused: no account
        // is shared.
        if !FILL_METHODS.contains(&method)
            && (model.asserted_false(call.node) || model.expected_to_raise(call.node))
        {
            continue;
        }
        // A login whose request chain expects a 4xx (supertest's
        // `.post('/login').send({username: 'random', ...}).expect(401)`):
        // the credentials are refused, no session is shared.
        if !FILL_METHODS.contains(&method) && expects_client_error(model, call) {
            continue;
        }
        let how = if FILL_METHODS.contains(&method) {
            "types"
        } else {
            "logs in with"
        };
        hits.push((hit, how, registers));
    }
    // The account a sign-up form or request of this file creates (`Email`
    // filled, then `Sign up` clicked; a post to `/auth/local` carrying a
    // `displayName`), then logged into: the test logs into its own record,
    // reported where it signs it up.
    let registered: Vec<String> = hits
        .iter()
        .filter(|(_, _, registers)| *registers)
        .map(|(hit, ..)| hit.value.to_ascii_lowercase())
        .collect();
    for (hit, how, registers) in hits {
        if !registers && registered.contains(&hit.value.to_ascii_lowercase()) {
            continue;
        }
        let msg = format!(
            "test {how} the fixed shared account '{}': parallel workers share its session and data",
            hit.value
        );
        emit(cx, hit, msg);
    }
}

/// Whether a record holding `value` was added (through a name bound to it)
/// by the test holding `call` before the call, or by a hook that prepares
/// that test ([`Model::prepares`]).
fn adds_own_record(
    model: &Model,
    record_keys: &[(String, ScopeId, usize)],
    call: &Call,
    value: &str,
) -> bool {
    let Some(test) = model.enclosing_test(call.scope) else {
        return false;
    };
    record_keys.iter().any(|(v, s, at)| {
        v == value
            && model.prepares(*s, test)
            && (model.enclosing_test(*s) != Some(test) || *at < call.node.start_byte())
    })
}

/// Whether the test holding `login` creates an account named `value`
/// earlier, with a write (`create_user(...)`, `User.objects.create(...)`)
/// or a call that adds a user or account (`add_user`, `addUser`,
/// `make_account`) taking the value as any argument.
fn created_earlier_in_test(model: &Model, login: &Call, value: &str) -> bool {
    let Some(test) = model.enclosing_test(login.scope) else {
        return false;
    };
    let adds_account = |method: &str| {
        let lower = method.to_ascii_lowercase();
        ["add", "make", "new"].iter().any(|p| lower.starts_with(p))
            && (lower.contains("user") || lower.contains("account"))
    };
    model.calls.iter().any(|c| {
        c.node.end_byte() <= login.node.start_byte()
            && (is_write_method(c.method()) || adds_account(c.method()))
            && model.enclosing_test(c.scope) == Some(test)
            && c.args()
                .iter()
                .any(|a| matches!(model.eval(a.value).value, Value::Str(ref s) if s == value))
    })
}

/// The records of a multi-record write: the elements of the array, list or
/// tuple its data is, directly (`bulk_create([...])`, `values([...])`) or
/// under a data key (`createMany({ data: [...] })`). Fewer than two for a
/// write of one record.
fn record_elements<'t>(model: &Model<'t>, data: &[Node<'t>]) -> Vec<Node<'t>> {
    let mut out = Vec::new();
    for &d in data {
        let mut node = unwrap(d);
        for _ in 0..3 {
            match node.kind() {
                "array" | "list" | "tuple" => {
                    out.extend(
                        crate::walk::named_children_list(node)
                            .into_iter()
                            .filter(|c| c.kind() != "comment"),
                    );
                    break;
                }
                "object" | "dictionary" => {
                    let inner = crate::walk::named_children_list(node)
                        .into_iter()
                        .filter(|c| c.kind() == "pair")
                        .find_map(|pair| {
                            let key = pair.field("key")?;
                            let key = plain_string(key, model.src)
                                .unwrap_or_else(|| model.text(key).to_string());
                            DATA_KEYS
                                .contains(&key.as_str())
                                .then(|| pair.field("value"))?
                        });
                    match inner {
                        Some(v) => node = unwrap(v),
                        None => break,
                    }
                }
                _ => break,
            }
        }
    }
    out
}

/// Whether a submit (`page.getByRole('button', { name: 'Sign up' })
/// .click()`, `page.click('#register')`) sends a form that creates the
/// account its fields name rather than logging into one.
fn submits_sign_up(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    ["sign up", "sign-up", "signup", "register", "create"]
        .iter()
        .any(|w| t.contains(w))
}

/// Whether a request body posted to an auth URL signs an account up: it
/// carries a profile or confirmation field no login asks for (`{
/// displayName, username, password }` to `/api/private/auth/local`, also
/// through `JSON.stringify(dto)` and a name bound to the object).
fn signs_up<'t>(model: &Model<'t>, body: Node<'t>) -> bool {
    const PROFILE: &[&str] = &[
        "displayname",
        "display_name",
        "firstname",
        "first_name",
        "lastname",
        "last_name",
        "fullname",
        "full_name",
        "passwordconfirm",
        "passwordconfirmation",
        "password_confirmation",
        "confirmpassword",
        "confirm_password",
        "password2",
    ];
    let mut node = unwrap(body);
    for _ in 0..3 {
        if matches!(node.kind(), "call_expression" | "call") && is_serializer(model, node) {
            match node
                .field("arguments")
                .and_then(|a| a.named_child(0))
                .map(unwrap)
            {
                Some(arg) => node = arg,
                None => return false,
            }
        } else if node.kind() == "identifier" {
            match bound_value(model, node) {
                Some(v) => node = unwrap(v),
                None => return false,
            }
        } else {
            break;
        }
    }
    node.kind() == "object"
        && crate::walk::named_children_list(node)
            .into_iter()
            .filter(|c| matches!(c.kind(), "pair" | "shorthand_property_identifier"))
            .any(|c| {
                let key = c.field("key").unwrap_or(c);
                let name = plain_string(key, model.src)
                    .unwrap_or_else(|| model.text(key).to_string())
                    .to_ascii_lowercase();
                PROFILE.contains(&name.as_str())
            })
}

/// Selenium's Enter key typed into a field (`submit.send_keys(Keys.RETURN)`,
/// `el.sendKeys(Key.ENTER)`): the form is submitted.
fn presses_enter<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    matches!(call.method(), "send_keys" | "sendKeys")
        && call.positional(0).is_some_and(|a| {
            let t = model.text(a);
            let key = t.rsplit('.').next().unwrap_or("");
            (t.starts_with("Keys.") || t.starts_with("Key.")) && matches!(key, "RETURN" | "ENTER")
        })
}

/// A click on a heading (`page.click('h1:has-text("Create account")')`,
/// `page.getByRole('heading', ...).click()`): a form test clicks there to
/// blur a field and run its validation, which submits nothing.
fn clicks_heading<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    if !matches!(call.method(), "click" | "tap" | "dblclick") {
        return false;
    }
    let selector = call
        .positional(0)
        .and_then(|a| plain_string(a, model.src))
        .unwrap_or_default();
    let tag = selector.trim_start().as_bytes();
    let heading_tag = tag.len() >= 2
        && tag[0] == b'h'
        && (b'1'..=b'6').contains(&tag[1])
        && tag
            .get(2)
            .is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-');
    let receiver = call_receiver_text(model, call);
    heading_tag
        || receiver.contains("getByRole('heading'")
        || receiver.contains("getByRole(\"heading\"")
}

/// The object a method is called on, as source text
/// (`page.getByLabel('Message')` for `page.getByLabel('Message').fill(v)`).
fn call_receiver_text<'t>(model: &Model<'t>, call: &Call<'t>) -> &'t str {
    call.callee
        .field("object")
        .map(|o| model.text(o))
        .unwrap_or("")
}

fn login_account<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<Hit<'t>> {
    let mut best = None;
    for key in ["username", "email", "login", "user"] {
        if let Some(v) = call.keyword(key) {
            consider(
                model,
                if key == "user" { "username" } else { key },
                v,
                None,
                &mut best,
            );
        }
    }
    if best.is_some() {
        return best;
    }
    // `login('admin', 'pw')`, `loginAs(page, 'admin')`, `login({ email })`:
    // the first string or credentials object among the arguments. A string
    // given to `authenticate` names how, not who: a passport strategy
    // (`passport.authenticate('local')`), a SASL mechanism
    // (`imap.authenticate('CRAM-MD5', handler)`); Django's takes the request
    // first and the account as keywords.
    let strings_name_the_account = call.method() != "authenticate";
    let positional: Vec<Node<'t>> = call
        .args()
        .iter()
        .filter(|a| a.name.is_none())
        .take(3)
        .map(|a| a.value)
        .collect();
    // A credentials object among the arguments names the account even
    // after a string (`loginUserViaRequest("token", { email, password })`:
    // the string is a header name).
    if let Some(&creds) = positional.iter().find(|&&v| names_credentials(model, v)) {
        scan(model, creds, None, false, 0, &mut best);
        return best;
    }
    let mut found = None;
    for &v in &positional {
        if matches!(unwrap(v).kind(), "object" | "dictionary") {
            found = Some((v, None));
            break;
        }
        if !strings_name_the_account {
            continue;
        }
        let e = model.eval(v);
        if e.value.as_str().is_some() {
            found = Some((v, Some(e)));
            break;
        }
        // `cy.login(user.username, 's3cret')`: the account is the
        // expression that names one, the string after it its password.
        if names_account(model.text(v)) {
            return None;
        }
    }
    let (first, evaluated) = found?;
    let Some(evaluated) = evaluated else {
        scan(model, first, None, false, 0, &mut best);
        return best;
    };
    let s = evaluated.value.as_str()?.to_string();
    if !is_identifier_like(&s) {
        return None;
    }
    Some(Hit {
        at: first,
        field: if looks_like_email(&s) {
            "email".into()
        } else {
            "username".into()
        },
        value: s,
        rank: 0,
        origin: evaluated.origin,
        span: None,
    })
}

/// Whether an argument is an object with an account key (`{ email,
/// password }`, `{"username": u}`).
fn names_credentials<'t>(model: &Model<'t>, arg: Node<'t>) -> bool {
    let node = unwrap(arg);
    matches!(node.kind(), "object" | "dictionary")
        && crate::walk::named_children_list(node).into_iter().any(|c| {
            let key = match c.kind() {
                "pair" => c.field("key"),
                "shorthand_property_identifier" => Some(c),
                _ => None,
            };
            key.is_some_and(|k| {
                let name = plain_string(k, model.src).unwrap_or_else(|| model.text(k).to_string());
                ["email", "username", "login", "user"].contains(&name.to_ascii_lowercase().as_str())
            })
        })
}

/// Whether an expression's last name says it holds an account
/// (`user.username`, `ctx.user.email`, `testUser`, `adminLogin`).
fn names_account(text: &str) -> bool {
    let last = text
        .rsplit(['.', '['])
        .next()
        .unwrap_or(text)
        .to_ascii_lowercase();
    ["user", "email", "login", "account"]
        .iter()
        .any(|w| last.contains(w))
}

/// `page.fill('#email', 'admin@x.com')` / `page.getByLabel('Email').fill(...)`
/// / `cy.get('#username').type('admin')`, followed by a submit in the same
/// test or hook.
fn fill_account<'t>(
    model: &Model<'t>,
    call: &Call<'t>,
    last_submit: &HashMap<usize, usize>,
    login_form: bool,
) -> Option<Hit<'t>> {
    let (selector, value) = match (call.positional(0), call.positional(1)) {
        (Some(sel), Some(v))
            if plain_string(sel, model.src).is_some() && call.method() == "fill"
                || call.method() == "type"
                    && call.positional(1).is_some()
                    && call.receiver() == "page"
                || types_into_selector(model, call, sel, v) =>
        {
            (model.text(sel).to_string(), v)
        }
        (Some(v), _) => {
            // `page.getByLabel('Email').fill(v)`, `emailInput.fill(v)` after
            // `emailInput = page.locator('#email')`, `this.emailField.fill(v)`:
            // the locator's arguments and the receiver's own name.
            let object = unwrap(call.callee.field("object")?);
            let mut selector = call.receiver().to_string();
            let locator = if matches!(object.kind(), "call_expression" | "call") {
                Some(object)
            } else if object.kind() == "identifier" {
                let mut values = model
                    .bindings_of(model.text(object))
                    .filter_map(|a| a.value);
                values
                    .next()
                    .map(unwrap)
                    .filter(|v| matches!(v.kind(), "call_expression" | "call"))
            } else {
                None
            };
            if let Some(args) = locator.and_then(|l| l.field("arguments")) {
                selector.push(' ');
                selector.push_str(model.text(args));
            }
            (selector, v)
        }
        _ => return None,
    };
    let sel = selector.to_ascii_lowercase();
    if [
        "password", "search", "query", "filter", "message", "comment", "subject",
    ]
    .iter()
    .any(|k| sel.contains(k))
    {
        return None;
    }
    let evaluated = model.eval(value);
    let s = evaluated.value.as_str()?.to_string();
    // A field that takes either (`getByLabel('Username or email')`) holds a
    // username when the value is not an address.
    let field = if looks_like_email(&s) {
        "email"
    } else if sel.contains("user") || sel.contains("login") {
        "username"
    } else if sel.contains("mail") {
        "email"
    } else if login_form && names_name_field(&sel) {
        // Drupal's login form: `input[name="name"]` / `#edit-name` next to
        // `input[name="pass"]` holds the account's username.
        "username"
    } else {
        return None;
    };
    if !is_identifier_like(&s) || (field == "email" && !looks_like_email(&s)) {
        return None;
    }
    // Followed by a submit in the same owner.
    let submitted = last_submit
        .get(&model.owner(call.scope))
        .is_some_and(|&last| last > call.node.end_byte());
    if !submitted {
        return None;
    }
    Some(Hit {
        at: value,
        value: s,
        field: field.into(),
        rank: 0,
        origin: evaluated.origin,
        span: None,
    })
}

/// SeleniumBase's `self.type("#user-name", "standard_user")` (and
/// `send_keys`, `update_text`, on `self` or the `sb` fixture): a selector
/// string, then the text typed into it. A second argument that is no string
/// (Playwright's `locator.type('a@x.com', { delay: 50 })`, Selenium's
/// `send_keys('admin', Keys.RETURN)`) leaves the first as the text; a
/// helper's parameter is reported where its callers pass the account.
fn types_into_selector<'t>(
    model: &Model<'t>,
    call: &Call<'t>,
    sel: Node<'t>,
    text: Node<'t>,
) -> bool {
    matches!(call.method(), "type" | "send_keys" | "update_text")
        && plain_string(sel, model.src).is_some()
        && (plain_string(text, model.src).is_some()
            || text.kind() == "identifier"
                && model.bindings_of(model.text(text)).next().is_some()
                && model.eval(text).value.as_str().is_some())
}

/// A selector for a field named just `name` (`input[name="name"]`, `#name`,
/// Drupal's `#edit-name`), given lower-cased.
fn names_name_field(sel: &str) -> bool {
    let bare: String = sel
        .chars()
        .filter(|c| !matches!(c, '"' | '\'' | '`' | ' '))
        .collect();
    if bare.contains("[name=name]") {
        return true;
    }
    ["#name", "#edit-name"].iter().any(|id| {
        bare.match_indices(id).any(|(i, _)| {
            !bare[i + id.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
    })
}

/// Django fixtures, `loaddata` and seeding helpers create records the reads
/// may rely on legitimately per test.
fn creates_elsewhere(model: &Model) -> bool {
    static MARKERS: AnyOf = AnyOf::new(&["fixtures =", "loaddata", "seed"]);
    MARKERS.in_text(model.src)
}

/// `User.objects.get(pk=1)`, `findUnique({ where: { id: 1 } })`,
/// `findByPk(1)` in a test that creates nothing itself, in a file whose only
/// writes (`write_scopes`) are in other tests: a write in a hook, fixture,
/// helper or at the top level may store the record for every test.
fn unseeded_reads<'t>(cx: &mut RuleContext<'_, 't>, doubles: &Doubles, write_scopes: &[ScopeId]) {
    let model = cx.model;
    let mut hits = Vec::new();
    for call in &model.calls {
        if doubles.covers_at(&call.path, call.node.start_byte()) {
            continue;
        }
        let Some(test) = model.enclosing_test(call.scope) else {
            continue;
        };
        if write_scopes
            .iter()
            .any(|&s| model.enclosing_test(s).is_none() || model.prepares(s, test))
        {
            continue;
        }
        // Only data-access receivers: a model class (`User.findByPk`), an
        // ORM client or repository; services may be backed by mocks.
        let receiver = call.receiver();
        let root = facts::first_segment(receiver);
        let lower = receiver.to_ascii_lowercase();
        let data_access = root.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            || ["prisma", "repo", "db", "knex", "manager", "em."]
                .iter()
                .any(|k| lower.contains(k));
        if !data_access {
            continue;
        }
        let id_node = match call.method() {
            "get" if call.receiver().ends_with("objects") => {
                call.keyword("pk").or_else(|| call.keyword("id"))
            }
            "findByPk" | "findById" => call.positional(0),
            "findUnique" | "findUniqueOrThrow" | "findOne" | "findOneOrFail" | "findFirst" => {
                call.positional(0).and_then(|o| id_in_where(model, o))
            }
            "findOneBy" => call
                .positional(0)
                .and_then(|o| object_field(model, o, "id")),
            _ => None,
        };
        let Some(id_node) = id_node else { continue };
        if !matches!(id_node.kind(), "number" | "integer") {
            continue;
        }
        let Value::Int(i) = model.eval(id_node).value else {
            continue;
        };
        hits.push((id_node, i, call.path.clone()));
    }
    for (node, id, path) in hits {
        let finding = cx.report(
            node,
            format!("`{path}` reads record id {id}, which this test never creates: it relies on shared seed data another worker may change"),
        );
        finding.cross_file(id.to_string(), "used");
    }
}

/// A test reads a record by a literal unique key that only a *different*
/// test of this file creates (`User.objects.get(username="admin")` after
/// another test's `create(username="admin")`): it passes only when that test
/// ran first, in the same worker. A record the reader's own test, setup
/// (`setUp`, `setUpTestData`, `beforeEach`, also of a parent test class) or
/// fixtures create is its own, whatever other tests do: `created` holds the
/// literals of every write with the scope it runs in.
fn reads_of_other_tests_records<'t>(
    cx: &mut RuleContext<'_, 't>,
    doubles: &Doubles,
    written_by_test: &[(String, usize)],
    created: &[(String, ScopeId)],
    resets: &[(&Call<'t>, Hit<'t>)],
) {
    let model = cx.model;
    if written_by_test.is_empty() {
        return;
    }
    // Whether `reader` uses the record `value` that another test creates
    // (and neither its own setup nor the test itself made it), and which
    // test that is.
    let other_writer = |reader: usize, at: usize, value: &str| -> Option<usize> {
        let &(_, writer) = written_by_test
            .iter()
            .find(|(v, t)| v == value && *t != reader)?;
        let own_write = created
            .iter()
            .any(|(v, s)| v == value && model.prepares(*s, reader))
            || hands_over_key(model, reader, at, value);
        (!own_write).then_some(writer)
    };
    let mut hits: Vec<(Node<'t>, String, usize)> = Vec::new();
    for (call, hit) in resets {
        let Some(reader) = model.enclosing_test(call.scope) else {
            continue;
        };
        if let Some(writer) = other_writer(reader, call.node.start_byte(), &hit.value) {
            hits.push((hit.at, hit.value.clone(), writer));
        }
    }
    for call in &model.calls {
        if doubles.covers_at(&call.path, call.node.start_byte()) {
            continue;
        }
        let Some(reader) = model.enclosing_test(call.scope) else {
            continue;
        };
        let keys: Vec<Node<'t>> = match call.method() {
            // Django: `User.objects.get(username="admin")`.
            "get" if call.receiver().ends_with("objects") => call
                .args()
                .iter()
                .filter(|a| a.name.is_some())
                .map(|a| a.value)
                .collect(),
            // Prisma/TypeORM/Sequelize/Mongoose: `findUnique({ where: { email } })`,
            // `findOne({ email })`, `findOneBy({ email })`.
            "findUnique" | "findUniqueOrThrow" | "findFirst" | "findOne" | "findOneOrFail"
            | "findOneBy" => {
                let Some(arg) = call.positional(0) else {
                    continue;
                };
                let obj = object_field(model, arg, "where").unwrap_or(arg);
                object_values(obj)
            }
            _ => continue,
        };
        for key in keys {
            if !matches!(key.kind(), "string") {
                continue;
            }
            let Value::Str(value) = model.eval(key).value else {
                continue;
            };
            if let Some(writer) = other_writer(reader, call.node.start_byte(), &value) {
                hits.push((key, value, writer));
            }
        }
    }
    for (node, value, writer) in hits {
        let writer_node = model.scope(writer).node;
        let related = cx.related(writer_node, format!("'{value}' is created by this test"));
        let finding = cx.report(
            node,
            format!("reads the record '{value}' that another test creates: it passes only when that test ran first in the same worker"),
        );
        finding.with_related(related);
    }
}

/// Whether `test`, before byte `before`, passes `value` as a unique key to a
/// call that is no lookup or login (`call_command('createsuperuser',
/// username='joe')`, a form post, an API helper), or sets it on a record's
/// unique-key field (`user.username = 'foo'; await user.save()`): it may
/// well create or rename the record there, so a later read of it is not
/// known to rely on another test.
fn hands_over_key<'t>(model: &Model<'t>, test: ScopeId, before: usize, value: &str) -> bool {
    let sets_key_field = model.assigns.iter().any(|a| {
        if a.node.end_byte() > before || model.enclosing_test(a.scope) != Some(test) {
            return false;
        }
        let Some((_, field)) = a.target_path.rsplit_once('.') else {
            return false;
        };
        unique_key_rank(field).is_some()
            && a.value
                .is_some_and(|v| model.eval(v).value.as_str() == Some(value))
    });
    if sets_key_field {
        return true;
    }
    model.calls.iter().any(|c| {
        if c.node.end_byte() > before || model.enclosing_test(c.scope) != Some(test) {
            return false;
        }
        let method = c.method();
        let lookup = method.starts_with("get")
            || method.starts_with("find")
            || method.starts_with("assert")
            || matches!(method, "filter" | "exclude" | "exists" | "count")
            || is_login_method(method);
        if lookup {
            return false;
        }
        let is_key = |name: &str, v: Node<'t>| {
            unique_key_rank(name).is_some() && model.eval(v).value.as_str() == Some(value)
        };
        c.args().iter().any(|a| {
            if a.name.is_some_and(|name| is_key(name, a.value)) {
                return true;
            }
            // The body as a literal or as a name bound to one
            // (`post_data = {"slug": "contact-us", ...}` then
            // `self.client.post(url, post_data)` or `data=post_data`).
            let mut v = unwrap(a.value);
            if v.kind() == "identifier" {
                match bound_value(model, v) {
                    Some(b) => v = unwrap(b),
                    None => return false,
                }
            }
            matches!(v.kind(), "dictionary" | "object")
                && crate::walk::named_children_list(v).into_iter().any(|pair| {
                    let (Some(k), Some(v)) = (pair.field("key"), pair.field("value")) else {
                        return false;
                    };
                    let key =
                        plain_string(k, model.src).unwrap_or_else(|| model.text(k).to_string());
                    is_key(&key, v)
                })
        })
    })
}

fn object_values(o: Node<'_>) -> Vec<Node<'_>> {
    if o.kind() != "object" {
        return Vec::new();
    }
    crate::walk::named_children_list(o)
        .into_iter()
        .filter(|c| c.kind() == "pair")
        .filter_map(|c| c.field("value"))
        .collect()
}

fn id_in_where<'t>(model: &Model<'t>, o: Node<'t>) -> Option<Node<'t>> {
    let w = object_field(model, o, "where")?;
    object_field(model, w, "id")
}

fn object_field<'t>(model: &Model<'t>, o: Node<'t>, key: &str) -> Option<Node<'t>> {
    if o.kind() != "object" {
        return None;
    }
    crate::walk::named_children_list(o)
        .into_iter()
        .find_map(|c| {
            if c.kind() != "pair" {
                return None;
            }
            let k = c.field("key")?;
            let name = plain_string(k, model.src).unwrap_or_else(|| model.text(k).to_string());
            (name == key).then(|| c.field("value"))?
        })
}

#[cfg(test)]
mod tests {
    use crate::testing::{assert_rule, Case};

    const RULE: &str = "shared-seed-data";

    #[test]
    fn javascript_writes() {
        assert_rule(
            RULE,
            &[
                // A parenthesized literal on the line after its key: at the literal.
                Case::fail("a.test.ts", "it('x', async () => {\n  await User.create({\n    email: (\n      'alice@example.com'\n    ),\n  });\n});", &["'alice@example.com'"]),
                // Sibling `test.extend` fixtures each with their own `const email`.
                Case::fail("a.test.ts", "import { test as base } from 'vitest';\nexport const test = base.extend({\n  owner: async ({}, use) => { const email = 'owner@example.com'; await use(await db.user.create({ data: { email } })); },\n  guest: async ({}, use) => { const email = `g-${randomUUID()}@example.com`; await use(await db.user.create({ data: { email } })); },\n});", &["email"]),
                // Each record of a multi-record write is a use site; one record
                // with two fixed keys is one.
                Case::fail("a.test.ts", "it('x', async () => {\n  await prisma.coupon.createMany({ data: [\n    { code: 'A10' },\n    { code: 'B20' },\n  ] });\n  await prisma.user.create({ data: { email: 'a@b.c', username: 'ab' } });\n});", &["'A10'", "'B20'", "'a@b.c'"]),
                // A same-file helper named for the write, called with literals:
                // one finding per call, at the literal, none inside the helper.
                Case::fail("test/users.e2e-spec.ts", "import request from 'supertest';\nasync function createUser(app, email) {\n  return request(app).post('/api/users').send({ email });\n}\nit('a', async () => { await createUser(app, 'editor@example.com'); });\nit('b', async () => { await createUser(app, 'admin@example.com'); });", &["'editor@example.com'", "'admin@example.com'"]),
                // A helper whose callers are no writes of their own: reported inside it.
                Case::fail("test/users.e2e-spec.ts", "import request from 'supertest';\nconst EMAIL = 'editor@example.com';\nasync function seed(app) {\n  return request(app).post('/api/users').send({ email: EMAIL });\n}\nit('a', async () => { await seed(app); });", &["EMAIL"]),
                Case::fail("f.test.js", "test('f', async () => { await factory('user', { username: 'admin' }); });", &["'admin'"]),
                Case::fail("f.test.js", "test('f', async () => { await factory.create('user', { email: 'f@x.io' }); });", &["'f@x.io'"]),
                Case::pass("f.test.js", "test('f', () => { factory.build('user', { email: 'f@x.io' }); });"),
                // A put with no table is some other store's (a cache, a KV
                // namespace); a client aws-sdk-client-mock or aws-sdk-mock
                // stubs, or a module `jest.mock` replaces, writes nothing.
                Case::pass("tests/cache.test.js", "it('caches', async () => {\n  await cache.put('key', 'v');\n  await env.KV.put({ id: '1' });\n  await client.send(new GetCommand({ TableName: 't', Key: { id: '1' } }));\n});"),
                Case::pass("tests/handler.test.ts", "import { mockClient } from 'aws-sdk-client-mock';\nimport { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';\nconst ddbMock = mockClient(DynamoDBDocumentClient);\nit('puts', async () => {\n  ddbMock.on(PutCommand).resolves({});\n  await docClient.send(new PutCommand({ TableName: 'users', Item: { email: 'a@x.com' } }));\n});"),
                Case::pass("tests/handler.test.js", "const AWSMock = require('aws-sdk-mock');\nAWSMock.mock('DynamoDB.DocumentClient', 'put', (params, cb) => cb(null, {}));\nit('puts', async () => {\n  await ddb.put({ TableName: 'users', Item: { id: 'u1' } }).promise();\n});"),
                Case::pass("tests/handler.test.js", "jest.mock('@aws-sdk/lib-dynamodb');\nit('puts', async () => {\n  await ddb.put({ TableName: 'users', Item: { id: 'u1' } });\n});"),
                // TypeORM `repository.create(...)` builds the entity in memory only.
                Case::pass("repository.test.ts", "describe('r', () => {\n  it('creates', () => connections.forEach((connection) => {\n    const postRepository = connection.getRepository(Post)\n    const plainPost = { id: 2, title: 'Hello post' }\n    const post = postRepository.create(plainPost)\n    post.id.should.be.equal(2)\n    const user = dataSource.getRepository(User).create({ email: 'a@x.io' })\n  }))\n})\n"),
                // ...and writes it when the entity is saved.
                Case::fail("repository.test.ts", "it('saves', async () => {\n  const users = dataSource.getRepository(User)\n  await users.save(users.create({ email: 'a@x.io' }))\n})\n", &["'a@x.io'"]),
                Case::fail("repository.test.ts", "it('saves', async () => {\n  const users = dataSource.getRepository(User)\n  const u = users.create({ email: 'b@x.io' })\n  await users.save(u)\n})\n", &["'b@x.io'"]),
                // A `create` on anything else is still a write.
                Case::fail("repository.test.ts", "it('creates', async () => {\n  const users = prisma.user\n  await users.create({ data: { email: 'c@x.io' } })\n})\n", &["'c@x.io'"]),
                Case::fail("u.test.js", "it('x', async () => { await User.create({ email: 'test@example.com', name: 'Test' }); });", &["'test@example.com'"]),
                // Next.js route handlers called with a request built in the file
                // (audit 18): the body is in the builder's object argument.
                Case::fail("tests/integration/auth.test.ts", "function req(url, body) {\n  return new NextRequest(`http://localhost${url}`, { method: 'POST', body: JSON.stringify(body) });\n}\nit('x', async () => {\n  const { POST: register } = await import('@/app/api/auth/register/route');\n  await register(req('/api/auth/register', { name: 'A', email: 'ratelimited@example.com', password: 'pw' }));\n});", &["'ratelimited@example.com'"]),
                Case::fail("tests/integration/auth.test.ts", "describe('auth', () => {\n  const email = 'lifecycle@example.com';\n  it('x', async () => {\n    await register(makeRequest({ email, password: 'pw' }));\n  });\n});\nfunction makeRequest(body) { return new Request('http://x/api/register', { method: 'POST', body: JSON.stringify(body) }); }", &["email"]),
                Case::fail("tests/api/signup.test.ts", "it('x', async () => {\n  await createAccount(new NextRequest('http://localhost/api/signup', { method: 'POST', body: JSON.stringify({ email: 'n@x.com' }) }));\n});", &["'n@x.com'"]),
                // A call that is no request builder of the file carries no record.
                Case::pass("tests/integration/auth.test.ts", "it('x', async () => {\n  await register(buildRequest({ email: 'a@x.com' }));\n  await register(format({ email: 'b@x.com' }));\n});"),
                Case::fail("u.test.ts", "beforeEach(async () => {\n  await prisma.user.create({ data: { email: 'alice@x.com', name: 'Alice' } });\n});", &["'alice@x.com'"]),
                Case::fail("u.test.ts", "await prisma.user.createMany({ data: [{ email: 'a@x.com' }, { email: 'b@x.com' }] });", &["'a@x.com'", "'b@x.com'"]),
                // Query builders: the row is in `.values(...)`.
                Case::fail("u.test.ts", "test('a', async () => {\n  await db.insert(users).values({ email: 'd@x.com' });\n  await db.insertInto('users').values({ email: 'k@x.com' }).execute();\n});", &["'d@x.com'", "'k@x.com'"]),
                Case::fail("u.test.ts", "await prisma.user.upsert({ where: { email: 'a@x.com' }, create: { email: 'a@x.com' }, update: {} });", &["'a@x.com'"]),
                Case::fail("u.test.js", "const EMAIL = 'admin@example.com';\ntest('x', async () => { await User.create({ email: EMAIL }); });", &["EMAIL"]),
                Case::fail("u.test.js", "const email = 'admin@example.com';\ntest('x', async () => { await User.create({ email }); });", &["email"]),
                Case::fail("u.test.js", "test('x', async () => { await api.createUser('alice@x.com', 'pw'); });", &["'alice@x.com'"]),
                Case::fail("u.test.js", "test('x', async () => { await createUser({ username: 'admin' }); });", &["'admin'"]),
                Case::fail("u.test.js", "test('x', async () => { await knex('users').insert({ id: 1, email: 'a@b.co' }); });", &["'a@b.co'"]),
                Case::fail("u.test.js", "test('x', async () => { await Product.create({ sku: 'SKU-1', title: 'T' }); });", &["'SKU-1'"]),
                Case::fail("u.test.js", "test('x', async () => { await Org.findOrCreate({ where: { slug: 'acme' } }); });", &["'acme'"]),
                Case::fail("u.test.js", "test('x', async () => { await new User({ email: 'a@x.com' }).save(); });", &["'a@x.com'"]),
                Case::fail("u.test.ts", "test('x', async () => { await repo.save({ username: 'bob' }); });", &["'bob'"]),
                Case::fail("u.test.ts", "test('x', async () => { await userFactory.create({ email: 'f@x.com' }); });", &["'f@x.com'"]),
                Case::fail("u.test.ts", "test('x', async () => { await Coupon.insert({ code: 'WELCOME10' }); });", &["'WELCOME10'"]),
                // An in-process broker/emitter/logger with an id is no record.
                Case::pass("a.test.js", "test('x', async () => { const broker = await Aedes.createBroker({ id: 'pippo' }); const log = createLogger({ id: 'main' }); });"),
                // Rows of a temporary table are private to the connection.
                Case::pass("u.test.js", "beforeEach(async () => { await client.query('CREATE TEMPORARY TABLE items (id int PRIMARY KEY)'); });\ntest('x', async () => { await client.query('INSERT INTO items VALUES (1)'); });"),
                Case::fail("u.test.js", "beforeEach(async () => { await client.query('CREATE TEMPORARY TABLE items (id int PRIMARY KEY)'); });\ntest('x', async () => { await client.query('INSERT INTO users (id) VALUES (1)'); });", &["1"]),
                Case::fail("u.test.js", "test('x', async () => { await db.query(\"INSERT INTO users (id, email) VALUES (1, 'alice@x.com')\"); });", &["'alice@x.com'"]),
                Case::fail("u.test.js", "test('x', async () => { await request(app).post('/api/users').send({ email: 'new@x.com', password: 'p' }); });", &["'new@x.com'"]),
                Case::fail("u.test.ts", "test('x', async () => { await prisma.user.create({ data: { email: 'ts@x.com' } as Prisma.UserCreateInput }); });", &["'ts@x.com'"]),
                Case::fail("u.spec.tsx", "test('x', async () => { await User.create({ externalId: 'ext-1' }); });", &["'ext-1'"]),
                Case::fail("u.test.js", "test('x', async () => { await Account.create({ username: `admin` }); });", &["`admin`"]),
                // No e-mail address in the e-mail field: a validation test.
                Case::pass("auth.test.ts", "it('x', async () => {\n  await request(app).post('/auth/register').send({ email: 'invalid-email', password: '123' }).expect(400);\n  await request(app).post('/auth/signin').send({ email: 'wwwwwwwww', password: '123456' });\n});"),
                Case::fail("auth.test.ts", "it('x', async () => {\n  await request(app).post('/auth/register').send({ email: 'root@localhost', password: 'p' });\n});", &["'root@localhost'"]),
                // A sign-up the test expects refused (4xx) stores nothing; a
                // 2xx or a status that is not a literal is still a write.
                Case::pass("auth.test.ts", "it('x', async () => {\n  await request(app).post('/auth/register').send({ email: 'taken@x.com', password: 'p' }).set('Accept', 'application/json').expect(409);\n});"),
                Case::fail("auth.test.ts", "it('x', async () => {\n  await request(app).post('/auth/register').send({ email: 'ok@x.com', password: 'p' }).expect(201);\n});", &["'ok@x.com'"]),
                Case::fail("auth.test.ts", "it('x', async () => {\n  await request(app).post('/auth/register').send({ email: 'var@x.com', password: 'p' }).expect(STATUS);\n});", &["'var@x.com'"]),
                // Each test binds its own `body`: a use sees the binding of
                // its own test, not every `body` of the file.
                Case::fail("u.test.ts", "it('a', async () => {\n  const body = { email: 'a@x.com', password: 'p' };\n  await request(app).post('/users').send(body);\n});\nit('b', async () => {\n  const body = { email: 'b@x.com', password: 'p' };\n  await request(app).post('/users').send(body);\n});", &["body", "body"]),
                // A record wrapped under a data key (the RealWorld API's
                // `{ user: {...} }`), shorthand or through a second name:
                // reported at the name the call is given.
                Case::fail("u.test.ts", "describe('d', () => {\n  const user = { email: 'w@x.com', password: 'p' };\n  const data = { user };\n  it('a', async () => { await request(app).post('/api/users').send(data); });\n});", &["data"]),
                Case::fail("u.test.ts", "const user = { email: 'v@x.com', password: 'p' };\nit('a', async () => { await request(app).post('/api/users').send({ user }); });", &["user"]),
                Case::fail("u.test.ts", "const user = { username: 'u1' };\nconst body = { user: user };\nit('a', async () => { await request(app).post('/api/users').send(body); });", &["body"]),
                // Request settings between `.post(url)` and `.send(body)`.
                Case::fail("u.test.ts", "it('a', async () => {\n  await request(app).post('/api/users').set('Authorization', `Bearer ${t}`).type('json').send({ email: 's@x.com' });\n});", &["'s@x.com'"]),
                // pactum: `spec().post(url).withBody(body)`, settings between.
                Case::fail("app.e2e-spec.ts", "const dto = { email: 'p@x.com', password: 'p' };\nit('a', () => pactum.spec().post('/auth/signup').withBody(dto).expectStatus(201));", &["dto"]),
                Case::fail("app.e2e-spec.ts", "it('a', () => pactum.spec().post('/bookmarks').withHeaders({ Authorization: 'Bearer t' }).withBody({ slug: 'first' }).expectStatus(201));", &["'first'"]),
                Case::pass("app.e2e-spec.ts", "it('a', () => pactum.spec().post('/auth/signup').withBody({ email: `${randomUUID()}@x.com`, password: 'p' }).expectStatus(201));"),
                Case::pass("app.e2e-spec.ts", "it('a', () => pactum.spec().get('/users').withBody({ email: 'p@x.com' }).expectStatus(200));"),
                // Any entity name as the one envelope key of a request body.
                Case::fail("u.test.ts", "it('a', async () => {\n  await request(app).post('/api/articles').send({ article: { title: 'T', slug: 'how-to' } });\n});", &["'how-to'"]),
                Case::fail("u.test.ts", "const article = { slug: 'how-to' };\nit('a', async () => {\n  await request(app).post('/api/articles').send({ article });\n});", &["article"]),
                // Not an envelope: more than one property, or a value no record.
                Case::pass("u.test.ts", "it('a', async () => {\n  await request(app).post('/api/orders').send({ total: 3, address: { code: 'AB1' } });\n  await request(app).post('/api/orders').send({ meta: 'x' });\n});"),
                // Anything else between is not followed.
                Case::pass("u.test.ts", "it('a', async () => {\n  await request(app).post('/api/users').pipe(x).send({ email: 's@x.com' });\n});"),
                // A spread of an object bound in the file: its fields count
                // as written inline; reported at the spread.
                Case::fail("u.test.ts", "const u = { email: 'a@x.com' };\nit('b', async () => { await prisma.user.create({ data: { ...u, password: 'x' } }); });", &["...u"]),
                Case::fail("u.test.ts", "const testUsers = { user: { email: 'a@x.com', name: 'A' } };\nit('b', async () => { await prisma.user.create({ data: { ...testUsers.user, password } }); });", &["...testUsers.user"]),
                Case::fail("u.test.ts", "const u = { username: 'bob' };\nit('b', async () => {\n  const data = { ...u };\n  await User.create(data);\n  await User.create({ ...{ slug: 'how-to' } });\n});", &["data", "'how-to'"]),
                // A wrapped name that is not bound once in the file is not followed.
                Case::pass("u.test.ts", "let user;\nbeforeEach(() => { user = { email: `${randomUUID()}@x.com` }; });\nit('a', async () => { await request(app).post('/api/users').send({ user }); });"),
            ],
        );
    }

    #[test]
    fn javascript_logins() {
        assert_rule(
            RULE,
            &[
                // The account the test signed up through its own `body` is
                // its own to log into: the sign-up is the finding.
                Case::fail("auth.test.ts", "it('a', async () => {\n  const body = { email: 'a@x.com', password: 'p' };\n  await api.post('/user/signup').send(body);\n  await api.post('/auth/signin').send({ email: 'a@x.com', password: 'p' });\n});\nit('b', async () => {\n  const body = { email: 'a@x.com', password: 'p' };\n  await api.post('/user/signup').send(body);\n});", &["body", "body"]),
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#email', 'admin@example.com');\n  await page.fill('#password', 'secret');\n  await page.click('button[type=submit]');\n});", &["'admin@example.com'"]),
                // The spec's own example: no password field is needed.
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#email', 'admin@example.com');\n  await page.click('button[type=submit]');\n});", &["'admin@example.com'"]),
                // A contact form: the e-mail is the sender's, nobody logs in.
                // Set 74: a click on a heading blurs the field, it submits nothing.
                Case::pass("e2e/register.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('[data-testid=\"email-input\"]', 'test@example.com');\n  await page.click('h1:has-text(\"Create Your Account\")');\n  await page.getByRole('heading', { name: 'Sign up' }).click();\n});"),
                Case::fail("e2e/register.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('[data-testid=\"email-input\"]', 'test@example.com');\n  await page.click('h1:has-text(\"Create Your Account\")');\n  await page.click('button[type=submit]');\n});", &["'test@example.com'"]),
                Case::pass("e2e/contact.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#name', 'Test User');\n  await page.fill('#email', 'test@example.com');\n  await page.fill('#subject', 'Hi');\n  await page.fill('#message', 'Hello there');\n  await page.click('button[type=\"submit\"]');\n});"),
                Case::pass("e2e/contact.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByLabel('Email').fill('test@example.com');\n  await page.getByLabel('Message').fill('Hello');\n  await page.getByRole('button', { name: 'Send' }).click();\n});"),
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByLabel('Email').fill('admin@example.com');\n  await page.getByRole('button').click();\n});", &["'admin@example.com'"]),
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByLabel('Username or email').fill('admin');\n  await page.getByLabel('Password').fill('admin');\n  await page.getByLabel('Password').press('Enter');\n});", &["'admin'"]),
                Case::pass("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByLabel('Email').fill('admin');\n  await page.getByRole('button', { name: 'Sign in' }).click();\n});"),
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await login(page, account);\n  await login('admin', 'password');\n});", &["'admin'"]),
                Case::fail("e2e/c.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByPlaceholder('you@domain').fill('help@help.com');\n  await page.getByRole('textbox', { name: 'Username' }).fill('tomsmith');\n  await page.getByRole('button', { name: 'Login' }).click();\n});", &["'help@help.com'", "'tomsmith'"]),
                Case::fail("tests/test_login.py", "def test_login(page):\n    email_input = page.locator('input#id_username')\n    email_input.fill('test.user@test.com')\n    page.get_by_role('textbox', name='Your email').fill('a@x.com')\n    page.get_by_role('button', name='Continue').click()\n", &["'test.user@test.com'", "'a@x.com'"]),
                Case::fail("cypress/e2e/a.cy.js", "it('x', () => {\n  cy.get('#username').type('admin');\n  cy.get('form').submit();\n});", &["'admin'"]),
                // Set 58: a form whose auth request the test or its setup hook
                // stubs with a canned response reaches no backend; a spy (no
                // response) or a stub registered after the submit does not
                // keep the typed account from the server.
                Case::pass("cypress/e2e/s.cy.js", "beforeEach(() => { cy.intercept('POST', /users$/, { fixture: 'user.json' }); });\nit('x', () => {\n  cy.get('[placeholder=\"Email\"]').type('foo@example.com');\n  cy.get('[type=\"submit\"]').click();\n});\nit('y', () => {\n  cy.intercept('POST', /users\\/login/, { statusCode: 422, body: {} });\n  cy.get('[type=\"email\"]').type('bar@example.com');\n  cy.get('[type=\"submit\"]').click();\n});"),
                Case::fail("cypress/e2e/s.cy.js", "it('x', () => {\n  cy.intercept('POST', '/users/login').as('login');\n  cy.get('[type=\"email\"]').type('admin@example.com');\n  cy.get('[type=\"submit\"]').click();\n});\nit('y', () => {\n  cy.get('[type=\"email\"]').type('owner@example.com');\n  cy.get('[type=\"submit\"]').click();\n  cy.intercept('GET', '/users/me', { fixture: 'me.json' });\n});", &["'admin@example.com'", "'owner@example.com'"]),
                // Set 58: Cypress's `cy.request` sends writes and logins to the
                // real backend.
                Case::pass("cypress/e2e/r.cy.js", "it('x', () => {\n  cy.request('POST', '/api/users', { email: faker.internet.email() });\n  cy.request('GET', '/api/users?email=a@b.com');\n});"),
                Case::fail("cypress/e2e/r.cy.js", "it('x', () => {\n  cy.request('POST', '/api/users', { email: 'qa@example.com' });\n  cy.request({ method: 'POST', url: '/login', body: { username: 'jane.lane', password: 'pw' } });\n});", &["'qa@example.com'", "'jane.lane'"]),
                // Set 58: the account is the expression naming one, not the
                // password after it; a credentials object after a string
                // (a header name) names the account.
                Case::pass("cypress/e2e/h.cy.js", "it('x', () => {\n  cy.login(user.username, 's3cret', { rememberUser: true });\n  cy.loginUserViaRequest('token', { email, password: Cypress.env('PW') });\n});"),
                Case::fail("cypress/e2e/h.cy.js", "it('x', () => {\n  cy.login('admin', 's3cret');\n  cy.loginUserViaRequest('token', { email: 'staff@example.com', password: 'pw' });\n});", &["'admin'", "'staff@example.com'"]),
                // Drupal's login form names its username field `name`; the
                // same field on a sign-up form (an e-mail asked too) or without
                // a password field is a display name.
                Case::fail("tests/login.spec.js", "const { test } = require('@playwright/test');\ntest('x', async ({ page }) => {\n  await page.locator('input[name=\"name\"]').fill('admin');\n  await page.locator('input[name=\"pass\"]').fill('admin');\n  await page.locator('button:has-text(\"Log in\")').click();\n});", &["'admin'"]),
                Case::fail("tests/login.spec.js", "const { test } = require('@playwright/test');\ntest('x', async ({ page }) => {\n  await page.fill('#edit-name', 'editor');\n  await page.fill('#edit-pass', 'pw');\n  await page.click('#edit-submit');\n});", &["'editor'"]),
                Case::pass("tests/signup.spec.js", "const { test } = require('@playwright/test');\ntest('x', async ({ page }) => {\n  await page.fill('#name', 'alice');\n  await page.fill('#email', `a-${Date.now()}@x.com`);\n  await page.fill('#password', 'pw');\n  await page.click('button[type=submit]');\n});"),
                Case::pass("tests/profile.spec.js", "const { test } = require('@playwright/test');\ntest('x', async ({ page }) => {\n  await page.fill('#name', 'alice');\n  await page.fill('#namespace', 'team');\n  await page.click('button[type=submit]');\n});"),
                Case::pass("tests/login.spec.js", "const { test } = require('@playwright/test');\ntest('x', async ({ page }) => {\n  await page.fill('#names', 'alice');\n  await page.fill('#password', 'pw');\n  await page.click('button[type=submit]');\n});"),
                Case::fail("e2e/b.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await loginAs(page, 'admin@example.com');\n});", &["'admin@example.com'"]),
                // DynamoDB (Local, LocalStack): the key in the item of a put,
                // through the DocumentClient, a command sent in place or bound
                // to a name, or a typed attribute value.
                Case::fail("tests/files.test.ts", "const ddb = DynamoDBDocument.from(new DynamoDB({ endpoint: 'http://localhost:8000' }));\nit('puts', async () => {\n  await ddb.put({ TableName: 'files', Item: { id: '1', hello: 'world' } });\n  await client.send(new PutCommand({ TableName: 'users', Item: { email: 'a@x.com' } }));\n  const cmd = new PutItemCommand({ TableName: 'users', Item: { pk: { S: 'USER#1' } } });\n  await client.send(cmd);\n});", &["'1'", "'a@x.com'", "'USER#1'"]),
                Case::fail("fb.test.js", "import { getAuth } from 'firebase/auth';\ntest('x', async () => {\n  await createUserWithEmailAndPassword(auth, 'new@x.com', 'pw');\n  await signInWithEmailAndPassword(auth, 'admin@x.com', 'pw');\n});", &["'new@x.com'", "'admin@x.com'"]),
                Case::fail("api.test.js", "test('x', async () => { await request(app).post('/auth/login').send({ email: 'admin@x.com', password: 'p' }); });", &["'admin@x.com'"]),
                Case::fail("api.test.js", "test('x', async () => { await request(app).post('/auth/login').set('Accept', 'application/json').send({ email: 'root@x.com', password: 'p' }); });", &["'root@x.com'"]),
                // A login the request chain expects to be refused (401)
                // shares no session; one expected to succeed does.
                Case::pass("api.test.js", "test('x', (done) => { request(app).post('/api/user/login').send({username: 'random', password: 'random'}).set('Accept', 'application/json').expect(401, done); });"),
                Case::fail("api.test.js", "test('x', async () => { await request(app).post('/api/user/login').send({username: 'nathan', password: 'pw'}).set('Accept', 'application/json').expect(200); });", &["'nathan'"]),
                // Fastify's and hapi's injection API: a POST with a payload.
                Case::fail("test/users.test.js", "test('signs up', async () => {\n  const res = await app.inject({ method: 'POST', url: '/users', payload: { email: 'ann@x.io', name: 'Ann' } });\n  expect(res.statusCode).toBe(201);\n});", &["'ann@x.io'"]),
                Case::fail("test/auth.test.ts", "test('logs in', async () => {\n  const res = await testServer.inject({\n    method: 'POST',\n    url: '/api/v1/auth/login',\n    payload: { email: 'admin@infisical.com', password: 'testPassword' },\n  });\n  expect(res.statusCode).toBe(200);\n});", &["'admin@infisical.com'"]),
                Case::pass("test/users.test.js", "test('reads', async () => {\n  await app.inject({ method: 'GET', url: '/users?email=ann@x.io' });\n  await app.inject({ method: 'POST', url: '/users', payload: { email: `u-${randomUUID()}@x.io` } });\n  const service = TestBed.inject(UserService);\n});"),
                // Set 44: an API client chain broken over lines (Prettier's
                // `await api\n  .post(...)`) is still an API test's login; a
                // file with no client call is no API test.
                Case::fail("__tests__/auth.js", "it('x', async () => {\n  const api = useApi()\n  const response = await api\n    .post('/admin/auth', {\n      email: 'admin@medusa.js',\n      password: 'secret_password',\n    })\n});", &["'admin@medusa.js'"]),
                Case::pass("__tests__/auth.js", "it('x', async () => {\n  const response = await store\n    .post('/admin/auth', {\n      email: 'admin@medusa.js',\n      password: 'secret_password',\n    })\n});"),
                Case::pass("e2e/b.spec.ts", "import { test, expect } from '@playwright/test';\ntest('x', async ({ page }) => {\n  expect(await loginAs(page, 'someone@example.com')).toBe(false);\n  const ok = await loginAs(page, 'other@example.com');\n  expect(ok).toBeFalsy();\n});"),
                // Set 45: the account a sign-up form (its submit says `Sign
                // up`, `Create`, `Register`) or a sign-up request (a
                // `displayName`, `firstName`, `passwordConfirm` no login
                // asks for) creates is reported there; logging into it later
                // is a read of the file's own record. Other accounts stay.
                Case::fail("e2e/auth.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.getByLabel('Admin Email').fill('admin@immich.app');\n  await page.getByLabel('Password').fill('pw');\n  await page.getByRole('button', { name: 'Sign up' }).click();\n  await page.getByLabel('Email').fill('admin@immich.app');\n  await page.getByLabel('Password').fill('pw');\n  await page.getByRole('button', { name: 'Login' }).click();\n  await page.getByLabel('Email').fill('viewer@immich.app');\n  await page.getByLabel('Password').fill('pw');\n  await page.getByRole('button', { name: 'Login' }).click();\n});", &["'admin@immich.app'", "'viewer@immich.app'"]),
                Case::fail("test/register.e2e-spec.ts", "test('x', async () => {\n  const dto = { displayName: 'A', username: 'testuser', password: 'pw' };\n  await request(app.getHttpServer()).post('/api/private/auth/local').send(JSON.stringify(dto)).expect(201);\n  await request(app.getHttpServer()).post('/api/private/auth/local/login').send({ username: 'testuser', password: 'pw' }).expect(201);\n  await request(app.getHttpServer()).post('/api/private/auth/local/login').send({ username: 'other', password: 'pw' }).expect(201);\n});", &["dto", "'other'"]),
            ],
        );
    }

    #[test]
    fn javascript_not_flagged() {
        assert_rule(
            RULE,
            &[
                // A built statement that is only compiled to SQL runs nothing.
                Case::pass("q.test.ts", "test('sql', () => {\n  const q = db.insert(users).values({ email: 'a@x.com' }).toSQL();\n  expect(q.sql).toContain('insert');\n});"),
                // `values` that is no insert builder's.
                Case::pass("v.test.ts", "test('a', () => {\n  const rows = Object.values({ email: 'a@x.com' });\n  db.update(users).set({ email: 'b@x.com' });\n  form.values({ email: 'c@x.com' });\n});"),
                // The file mocks its database module: the writes reach no database.
                Case::pass("auth.test.ts", "jest.mock('../../src/adapters/db', () => ({ getDbAdapter: jest.fn() }));\nit('x', async () => { await request(app).post('/auth/register').send({ email: 'a@x.com', password: 'p' }); });"),
                Case::pass("auth.test.ts", "vi.mock('@/lib/db.ts');\nit('x', async () => { await request(app).post('/auth/register').send({ email: 'a@x.com', password: 'p' }); });"),
                // `feedback` is no database module.
                Case::fail("auth.test.ts", "jest.mock('../src/feedback');\nit('x', async () => { await request(app).post('/auth/register').send({ email: 'a@x.com', password: 'p' }); });", &["'a@x.com'"]),
                // A module id with a version is no e-mail address.
                Case::pass("test/chai.js", "require.register('chaijs~assertion-error@1.0.0', function (exports, module) {\n  module.exports = AssertionError;\n});"),
                // LoopBack's memory connector is a private database.
                Case::pass("test/memory.test.js", "const { DataSource } = require('loopback-datasource-juggler');\nlet Employee;\nbefore(function () {\n  const db = new DataSource('memory');\n  Employee = db.define('Employee', { name: String });\n});\nit('creates', function () {\n  return Employee.create({ id: 1, name: 'Foo' });\n});"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ email: `user-${randomUUID()}@test.example` }); });"),
                // Requests to an app this file builds, with no database: the
                // app lives in the worker's own memory.
                Case::pass("api.test.js", "const express = require('express');\nconst request = require('supertest');\nconst app = express();\napp.post('/users', (req, res) => res.json(req.body));\ntest('x', async () => { await request(app).post('/users').send({ email: 'admin@x.com' }); });"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ email: faker.internet.email() }); });"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ email: `u${Date.now()}@x.com` }); });"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ email: `u${process.env.JEST_WORKER_ID}@x.com` }); });"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ name: 'Test', title: 'T', description: 'd', password: 'secret' }); });"),
                Case::pass("a.test.js", "it('x', () => { expect(isValidEmail('a@b.com')).toBe(true); });"),
                Case::pass("a.test.js", "it('x', () => { const el = document.createElement('div'); createUserDto({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "const User = { create: jest.fn() };\nit('x', async () => { await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "const repo = { create: vi.fn() };\nit('x', async () => { await repo.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "it('x', async () => { jest.spyOn(User, 'create'); await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "it('x', async () => { User.create.mockResolvedValue({}); await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "const stub = sinon.stub(db);\nit('x', async () => { await mockRepo.insert({ email: 'a@b.com' }); });"),
                Case::pass("a.test.ts", "class InMemoryUsers { create(u) { return u; } }\nconst users = new InMemoryUsers();\nit('x', () => { users.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.ts", "jest.mock('../db');\nimport { db } from '../db';\nit('x', async () => { await db.user.create({ data: { email: 'a@b.com' } }); });"),
                Case::pass("a.test.js", "const db = new Database(':memory:');\nit('x', () => { db.prepare('x'); User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "let mongod;\nbeforeAll(async () => { mongod = await MongoMemoryServer.create(); });\nit('x', async () => { await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "import { newDb } from 'pg-mem';\nit('x', async () => { await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.ts", "import { PostgreSqlContainer } from '@testcontainers/postgresql';\nbeforeAll(async () => { c = await new PostgreSqlContainer().start(); });\nit('x', async () => { await User.create({ email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "it('x', async () => { await User.create({ email: '' }); await Post.create({ userId: 1, title: 'x' }); });"),
                Case::pass("a.test.js", "function buildUser(o) { return { email: 'a@b.com', ...o }; }\nfunction createUser(o) { return { email: 'x@y.com', ...o }; }\nit('x', () => { createUser({ email: 'c@d.com' }); });"),
                // Login with an account the file creates: the create is the finding.
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#email', `u-${test.info().parallelIndex}@x.com`);\n  await page.click('text=Sign in');\n});"),
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#email', 'wrong@example.com');\n  await page.click('text=Sign in');\n});"),
                Case::pass("e2e/a.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await page.fill('#search', 'admin@example.com');\n  await page.fill('#email', 'admin@example.com');\n});"),
                Case::pass("u.test.js", "it('x', () => { const ok = auth.login('admin', 'pw'); });"),
                Case::pass("u.test.ts", "it('x', () => { const req = new LoginRequest('admin', 'pw'); expect(req.user).toBe('admin'); });"),
                Case::fail("u.test.ts", "it('x', async () => { await api.loginAs('admin', 'pw'); });", &["'admin'"]),
                // Login helpers named for who logs in.
                Case::fail("e2e/c.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await userLogin(page, 'admin@example.com', 'pw');\n});", &["'admin@example.com'"]),
                Case::fail("tests/test_ui.py", "import test_login\n\ndef test_x(page):\n    test_login.userlogin(page, 'shanghai', '1')\n    page.goto('/dashboard')\n", &["'shanghai'"]),
                Case::pass("e2e/c.spec.ts", "import { test } from '@playwright/test';\ntest('x', async ({ page }) => {\n  await checkLogin(page, 'admin@example.com');\n  await requireLogin('admin');\n});"),
                // `authenticate`'s strings name a strategy or mechanism, not an account.
                Case::pass("tests/auth.test.js", "const request = require('supertest');\nit('x', async () => { app.post('/login', passport.authenticate('local')); await request(app).get('/'); });"),
                Case::pass("tests/test_imap.py", "class T(TestCase):\n    def test_x(self):\n        typ, _ = self.client.authenticate('MYAUTH', lambda x: b'fake')\n"),
                Case::fail("a.test.ts", "jest.mock('../services/emailService');\nit('x', async () => { await User.create({ email: 'a@b.com' }); });", &["'a@b.com'"]),
                // Overriding a provider that is not persistence leaves the real database in place.
                Case::fail("users.e2e-spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ imports: [AppModule], providers: [{ provide: MailService, useValue: { send: jest.fn() } }] }).compile();\n  usersService = module.get(UsersService);\n});\nit('creates', async () => { await usersService.create({ email: 'igor@gmail.com' }); });", &["'igor@gmail.com'"]),
                Case::pass("a.test.js", "import { createServer } from 'miragejs';\nit('x', () => { server.create('user', { email: 'a@b.com' }); });"),
                Case::pass("a.test.js", "import { http } from 'msw';\nit('x', async () => { await api.createUser({ email: 'a@b.com' }); });"),
                // Set 79: Angular's HTTP testing backend answers every
                // `HttpClient` request of the TestBed; a service under test
                // posts to `HttpTestingController`, not to a server.
                Case::pass("src/app/auth/auth.service.spec.ts", "import { HttpClientTestingModule, HttpTestingController } from '@angular/common/http/testing';\ndescribe('AuthService', () => {\n  let testSignupRequest = { email: 'name@host.com', username: 'username' };\n  beforeEach(() => {\n    TestBed.configureTestingModule({ imports: [HttpClientTestingModule] });\n    service = TestBed.inject(AuthService);\n    httpMock = TestBed.inject(HttpTestingController);\n  });\n  it('register should POST on signup', (done) => {\n    service.register(testSignupRequest).subscribe(() => done());\n    httpMock.expectOne('http://localhost:8080/auth/signup').flush(null);\n  });\n});"),
                Case::pass("src/app/user.service.spec.ts", "import { provideHttpClient } from '@angular/common/http';\nimport { provideHttpClientTesting } from '@angular/common/http/testing';\nit('creates', () => {\n  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });\n  TestBed.inject(UserService).createUser({ email: 'ann@x.io' }).subscribe();\n});"),
                // The real `HttpClientModule` reaches whatever server the app is configured for.
                Case::fail("src/app/user.service.spec.ts", "import { HttpClientModule } from '@angular/common/http';\nit('creates', () => {\n  TestBed.configureTestingModule({ imports: [HttpClientModule] });\n  TestBed.inject(UserService).createUser({ email: 'ann@x.io' }).subscribe();\n});", &["'ann@x.io'"]),
                Case::pass("test_r.py", "import responses\ndef test_x():\n    requests.post('https://x/users', json={'email': 'a@b.com'})\n"),
                // The interceptor fakes its channel, not the file: a write
                // through the ORM or SQL beside the mocked calls is real.
                Case::fail("a.test.js", "import { http } from 'msw';\nit('x', async () => {\n  await api.createUser({ email: 'api@b.com' });\n  await prisma.user.create({ data: { email: 'orm@b.com' } });\n});", &["'orm@b.com'"]),
                Case::fail("a.test.js", "const nock = require('nock');\ntest('x', async () => {\n  await axios.post('https://crm.example/contacts', { email: 'crm@x.com' });\n  await User.create({ username: 'crm-sync' });\n});", &["'crm-sync'"]),
                Case::fail("a.test.ts", "import fetchMock from 'jest-fetch-mock';\ntest('x', async () => {\n  await fetch('/api/users', { method: 'POST', body: JSON.stringify({ email: 'f@x.com' }) });\n  await db.query(\"INSERT INTO users (id, email) VALUES (1, 'sql@x.com')\");\n});", &["'sql@x.com'"]),
                Case::fail("a.test.ts", "import MockAdapter from 'axios-mock-adapter';\ntest('x', async () => {\n  await knex('users').insert({ email: 'k@x.com' });\n});", &["'k@x.com'"]),
                Case::fail("test_r.py", "import responses\nfrom django.contrib.auth.models import User\n@responses.activate\ndef test_x():\n    User.objects.create(username='admin')\n    requests.post('https://x/users', json={'email': 'a@b.com'})\n", &["'admin'"]),
                Case::fail("test_r.py", "import requests_mock\ndef test_x(session):\n    session.add(User(email='rm@x.com'))\n    client.create_user(email='api@x.com')\n", &["'rm@x.com'"]),
                Case::fail("test_r.py", "import respx\ndef test_x():\n    repo.save(Account(slug='globex'))\n", &["'globex'"]),
                Case::fail("test_r.py", "import httpretty\ndef test_x(db):\n    db.execute(\"INSERT INTO users (email) VALUES ('h@x.com')\")\n", &["'h@x.com'"]),
                Case::fail("test_r.py", "from pytest_httpx import HTTPXMock\ndef test_x(httpx_mock):\n    UserFactory(email='pf@x.com')\n", &["'pf@x.com'"]),
                // ...and what goes over the faked channel stays unreported:
                // an API client or SDK, an HTTP call, boto3 under moto, a
                // request to the app itself (its handler may call only the
                // mocked service), miragejs's in-memory store.
                Case::pass("test_r.py", "import responses\ndef test_x():\n    PaymentsClient().create_customer(email='pay@x.com')\n    stripe.Customer.create(email='s@x.com')\n"),
                Case::pass("test_s.py", "import responses\nfrom django.test import Client\ndef test_x():\n    Client().post('/signup/', {'email': 'su@x.com', 'password1': 'p', 'password2': 'p'})\n"),
                Case::pass("a.test.js", "const nock = require('nock');\nit('x', async () => { await request(app).post('/api/users').send({ email: 'st@x.com' }); });"),
                Case::pass("a.test.js", "import { createServer } from 'miragejs';\nit('x', () => { server.db.users.insert({ email: 'm@b.com' }); });"),
                Case::pass("test_m.py", "import boto3\nfrom moto import mock_aws\n@mock_aws\ndef test_x():\n    boto3.client('iam').create_user(UserName='my-user')\n    api.create_account(email='moto@x.com')\n"),
                Case::pass("test_f.py", "import fakeredis\ndef test_x():\n    store.create_user(username='fr-user')\n"),
                Case::pass("a.test.ts", "jest.mock('../repositories/userRepository');\nit('x', async () => { await userService.createUser({ email: 'a@b.com' }); });"),
                Case::pass("a.test.ts", "const prismaMock = mockDeep<PrismaClient>();\nit('x', async () => { await createUser({ email: 'a@b.com' }); });"),
                // The Prisma singleton mock, imported and configured here: the
                // routes the requests reach write to the double (audit 18).
                Case::pass("tests/integration/auth.test.ts", "import { prismaMock } from '../mocks/prisma';\nit('x', async () => {\n  prismaMock.user.create.mockResolvedValue({ id: 'u1' });\n  await request(app).post('/api/v1/auth/register').send({ email: 'new@example.com', password: 'p' });\n});"),
                Case::pass("tests/users.test.ts", "import { usersRepoMock } from './helpers';\nit('x', async () => {\n  usersRepoMock.insert.mockReturnValue(1);\n  await request(app).post('/users').send({ email: 'a@x.com' });\n});"),
                // A configured double of something else leaves the database real.
                Case::fail("tests/integration/auth.test.ts", "import { mailerMock } from '../mocks/mailer';\nit('x', async () => {\n  mailerMock.send.mockResolvedValue(true);\n  await request(app).post('/api/v1/auth/register').send({ email: 'new@example.com', password: 'p' });\n});", &["'new@example.com'"]),
                // NestJS unit test: the repository the service writes to is injected as a mock.
                Case::pass("users.service.spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ providers: [UsersService, { provide: getRepositoryToken(User), useValue: { create: jest.fn(), save: jest.fn() } }] }).compile();\n  usersService = module.get(UsersService);\n});\nit('creates', async () => { await usersService.create({ email: 'igor@gmail.com' }); });"),
                Case::pass("users.service.spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(PrismaService).useValue(prismaMock).compile();\n  usersService = module.get(UsersService);\n});\nit('creates', async () => { await usersService.create({ email: 'igor@gmail.com' }); });"),
                Case::pass("test_s.py", "def test_x(mocker):\n    mocker.patch('app.services.user_repo.save')\n    register_user(email='a@b.com')\n"),
                // Registering a schema in a registry (zod) signs nobody up.
                Case::pass("registries.test.ts", "import * as z from 'zod';\ntest('x', () => {\n  const reg = z.registry<z.core.GlobalMeta>();\n  const a = z.string().register(reg, { id: 'duplicate-id' });\n  schema.register(reg, { id: 'other-id' });\n  b.register(z.globalRegistry, { id: 'global-id' });\n});"),
                Case::fail("a.test.js", "it('x', async () => {\n  await api.register({ email: 'a@b.com' });\n  await authService.register('c@d.com', 'pw');\n});", &["'a@b.com'", "'c@d.com'"]),
                Case::pass("a.test.js", "let ctx = {};\nit('x', () => { throw createError({ code: 'E_X' }); });"),
                // Spreads of an isolated record, of a parameter or unknown
                // value, of non-unique fields, of a record changed per test.
                Case::pass("a.test.js", "it('b', async () => {\n  const u = { email: `u-${randomUUID()}@x.com` };\n  await prisma.user.create({ data: { ...u, password: 'x' } });\n});"),
                Case::pass("a.test.js", "async function make(u) { return prisma.user.create({ data: { ...u, password: 'x' } }); }\nit('b', async () => { await User.create({ ...defaults(), ...opts }); });"),
                Case::pass("a.test.js", "const u = { name: 'Test', password: 'p' };\nit('b', async () => { await User.create({ ...u }); });"),
                Case::pass("a.test.js", "const u = { email: 'a@x.com' };\nbeforeEach(() => { u.email = `${randomUUID()}@x.com`; });\nit('b', async () => { await User.create({ ...u }); });"),
            ],
        );
    }

    #[test]
    fn sweep84_refused_logins_and_nest_suites() {
        assert_rule(
            RULE,
            &[
                // The 4xx asserted belongs to a request made in `.then` after
                // the login, which succeeded: a fixed account's session.
                Case::fail("login.test.js", "const request = require('supertest');\ntest('viewer', async () => {\n  const agent = request.agent(app);\n  const res = await agent\n    .post('/api/login')\n    .send({ email: 'viewer@example.com', password: 'viewer123' })\n    .then(() => agent.get('/admin'));\n  expect(res.status).toBe(403);\n});", &["'viewer@example.com'"]),
                // The login's own response asserted to be a 4xx: refused.
                Case::pass("login.test.js", "test('refused', async () => {\n  const res = await request(app)\n    .post('/api/login')\n    .send({ email: 'nobody@example.com', password: 'wrong' });\n  expect(res.status).toBe(401);\n});"),
                // A unit suite whose testing module is all doubles beside an
                // e2e suite importing the real AppModule: only the unit suite's
                // writes reach doubles.
                Case::fail("users.spec.ts", "describe('unit', () => {\n  let service;\n  beforeEach(async () => {\n    const m = await Test.createTestingModule({\n      providers: [{ provide: UsersService, useClass: UsersService }, { provide: UsersRepository, useValue: { save: jest.fn() } }],\n    }).compile();\n    service = m.get(UsersService);\n  });\n  it('creates', () => service.create({ email: 'unit@example.com' }));\n});\ndescribe('e2e', () => {\n  let app;\n  beforeAll(async () => {\n    const m = await Test.createTestingModule({ imports: [AppModule] }).compile();\n    app = m.createNestApplication();\n    await app.init();\n  });\n  it('posts', () => request(app.getHttpServer()).post('/users').send({ email: 'jane@example.com' }).expect(201));\n});", &["'jane@example.com'"]),
                // Every testing module of the file replaced: no write is real.
                Case::pass("users.spec.ts", "describe('unit', () => {\n  let service;\n  beforeEach(async () => {\n    const m = await Test.createTestingModule({\n      providers: [{ provide: UsersService, useClass: UsersService }, { provide: UsersRepository, useValue: { save: jest.fn() } }],\n    }).compile();\n    service = m.get(UsersService);\n  });\n  it('creates', () => service.create({ email: 'unit@example.com' }));\n});"),
            ],
        );
    }

    #[test]
    fn audit87_orm_entities_nest_modules_and_refused_logins() {
        assert_rule(
            RULE,
            &[
                // An entity filled field by field, then saved or persisted.
                Case::fail("a.test.ts", "it('saves', async () => {\n  const user = new User();\n  user.email = 'alice@example.com';\n  await ds.getRepository(User).save(user);\n});", &["user"]),
                Case::fail("repo.spec.ts", "beforeEach(async () => {\n  const p = new EmailAuthenticationEntity();\n  p.id = '123';\n  p.email = 'test@domain.com';\n  await orm.em.getRepository(EmailAuthenticationEntity).persistAndFlush(p);\n});", &["p"]),
                // Only non-unique fields, or the key set after the write.
                Case::pass("db.test.ts", "it('create user', async () => {\n  const user = new User();\n  user.firstName = 'Timber';\n  user.age = 25;\n  await connection.manager.save(user);\n});"),
                Case::pass("db.test.ts", "it('create user', async () => {\n  const user = new User();\n  await connection.manager.save(user);\n  user.email = 'late@example.com';\n});"),
                // A NestJS testing module with no imports whose every
                // provider is a same-file double: the controller reaches none.
                Case::pass("user.controller.spec.ts", "const mockUserService = { create: vi.fn((dto) => dto) };\nbeforeEach(async () => {\n  const module = await Test.createTestingModule({ controllers: [UserController], providers: [UserService] })\n    .overrideProvider(UserService).useValue(mockUserService).compile();\n  controller = module.get(UserController);\n});\nit('creates', async () => { await controller.create({ email: 'test@test.com', username: 'test' }); });"),
                Case::pass("user.controller.spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ controllers: [UserController], providers: [{ provide: UserService, useValue: { create: jest.fn() } }] }).compile();\n  controller = module.get(UserController);\n});\nit('creates', async () => { await controller.create({ email: 'test@test.com' }); });"),
                Case::fail("user.controller.spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ controllers: [UserController], providers: [UserService, AuditService] })\n    .overrideProvider(AuditService).useValue({ log: vi.fn() }).compile();\n  controller = module.get(UserController);\n});\nit('creates', async () => { await controller.create({ email: 'test@test.com' }); });", &["'test@test.com'"]),
                Case::fail("user.controller.spec.ts", "beforeEach(async () => {\n  const module = await Test.createTestingModule({ imports: [DatabaseModule], controllers: [UserController], providers: [UserService] })\n    .overrideProvider(UserService).useValue({ create: vi.fn() }).compile();\n  controller = module.get(UserController);\n});\nit('creates', async () => { await controller.create({ email: 'test@test.com' }); });", &["'test@test.com'"]),
                // A login the test then asserts is refused shares no session.
                Case::pass("user.test.ts", "test('bad credentials', async () => {\n  const response = await request(app)\n    .post('/v2/auth')\n    .send({ email: 'mail@mail.com', password: '123123123' });\n  expect(response.status).toBe(400);\n});"),
                Case::pass("user.test.ts", "test('bad credentials', async () => {\n  const res = await request(app).post('/login').send({ email: 'mail@mail.com', password: 'x' });\n  assert.strictEqual(res.statusCode, 422);\n});"),
                Case::fail("user.test.ts", "test('logs in', async () => {\n  const response = await request(app)\n    .post('/v2/auth')\n    .send({ email: 'mail@mail.com', password: '123123123' });\n  expect(response.status).toBe(200);\n});", &["'mail@mail.com'"]),
            ],
        );
    }

    #[test]
    fn audit89_contracts_the_file_deploys() {
        assert_rule(
            RULE,
            &[
                // A contract deployed by the file's own hook, fixture or
                // test: a fresh store at its own address on the worker's
                // chain, through `.connect(signer)` too.
                Case::pass("test/Doc.js", "const { ethers } = require('hardhat');\nlet doc;\nbeforeEach(async () => {\n  const Doc = await ethers.getContractFactory('Doc');\n  doc = await Doc.deploy();\n  await doc.deployed();\n});\nit('a', async () => { await doc.connect(addr1).createUser('user1@example.com'); });"),
                Case::pass("test/Cert.test.js", "const Cert = artifacts.require('Cert');\ncontract('Cert', (accounts) => {\n  let contract;\n  beforeEach(async () => { contract = await Cert.new({ from: accounts[0] }); });\n  it('a', async () => { await contract.registerUser('test@example.com', 'testuser', { from: accounts[1] }); });\n});"),
                Case::pass("test/reg.test.ts", "import { ethers } from 'hardhat';\nimport { loadFixture } from '@nomicfoundation/hardhat-network-helpers';\nasync function deploy() {\n  const registrar = await ethers.deployContract('Registrar');\n  return { registrar };\n}\nit('a', async () => {\n  const { registrar } = await loadFixture(deploy);\n  await registrar.createUser({ email: 'alice@example.com' });\n});"),
                Case::pass("test/v.test.ts", "import hre from 'hardhat';\nit('a', async () => {\n  const box = await upgrades.deployProxy(Box, []);\n  await box.register({ email: 'b@x.com' });\n  const reg = await hre.viem.deployContract('Registry');\n  await reg.createUser({ email: 'a@x.com' });\n});"),
                // A contract attached at a fixed address (a shared live
                // deployment), one also bound to something else, a
                // `deploy()` outside Ethereum tooling, and an artifact-less
                // `new`: still reported.
                Case::fail("test/live.js", "const { ethers } = require('hardhat');\nit('a', async () => {\n  const doc = await ethers.getContractAt('Doc', '0x8626f6940E2eb28930eFb4CeF49B2d1F2C9C1199');\n  await doc.createUser('user1@example.com');\n});", &["'user1@example.com'"]),
                Case::fail("test/mixed.js", "const { ethers } = require('hardhat');\nlet doc;\nbefore(async () => { doc = await Doc.deploy(); });\nit('a', async () => {\n  doc = await ethers.getContractAt('Doc', ADDRESS);\n  await doc.createUser('user1@example.com');\n});", &["'user1@example.com'"]),
                Case::fail("test/app.test.js", "let api;\nbeforeAll(async () => { api = await server.deploy(); });\nit('a', async () => { await api.createUser({ email: 'a@x.com' }); });", &["'a@x.com'"]),
                Case::fail("test/c.test.js", "const { ethers } = require('hardhat');\nlet c;\nbeforeEach(async () => { c = await Client.new(); });\nit('a', async () => { await c.createUser({ email: 'a@x.com' }); });", &["'a@x.com'"]),
            ],
        );
    }

    #[test]
    fn audit94_private_helpers_and_fixture_copies() {
        assert_rule(
            RULE,
            &[
                // A private helper named for the write, on a base class of
                // another file or defined here: reported at the literal, not
                // again inside the helper.
                Case::fail("tests/test_follow.py", "class T(ExtendedTestCase):\n    def setUp(self):\n        self.a = self._create_user('admin@example.com', self.role)\n        self.b = self._create_user(login='First', email='first@user.com')\n", &["'admin@example.com'", "'first@user.com'"]),
                Case::fail("tests/test_c.py", "def _create_customer(email):\n    user = User(email=email)\n    user.save()\n    return user\n\ndef test_a(db):\n    _create_customer('a@example.com')\n", &["'a@example.com'"]),
                Case::fail("tests/test_i.py", "from helpers import _insert_account\n\ndef test_a(db):\n    _insert_account(username='alice')\n", &["'alice'"]),
                // A function-scoped fixture's record: another test rewriting a
                // field of its own copy leaves this test's literal reported; a
                // rewrite in the test itself, in a fixture, or of a
                // module-scoped fixture's shared value still hides it.
                Case::fail("tests/test_reg.py", "import pytest\n\n@pytest.fixture\ndef form():\n    return {'username': 'u', 'email': 'user@email.com'}\n\ndef test_ok(client, form):\n    r = client.post(reverse('auth-register'), form)\n    assert r.status_code == 201\n\ndef test_name(client, form):\n    form['full_name'] = 'x'\n    r = client.post(reverse('auth-register'), form)\n", &["form"]),
                Case::pass("tests/test_reg.py", "import pytest\nfrom uuid import uuid4\n\n@pytest.fixture\ndef form():\n    return {'email': 'user@email.com'}\n\ndef test_ok(client, form):\n    form['email'] = f'{uuid4()}@x.com'\n    client.post(reverse('auth-register'), form)\n"),
                Case::pass("tests/test_reg.py", "import pytest\nfrom uuid import uuid4\n\n@pytest.fixture\ndef form():\n    return {'email': 'user@email.com'}\n\n@pytest.fixture\ndef unique_form(form):\n    form['email'] = f'{uuid4()}@x.com'\n    return form\n\ndef test_ok(client, form, unique_form):\n    client.post(reverse('auth-register'), form)\n"),
                Case::pass("tests/test_reg.py", "import pytest\nfrom uuid import uuid4\n\n@pytest.fixture(scope='module')\ndef form():\n    return {'email': 'user@email.com'}\n\ndef test_a(form):\n    form['email'] = f'{uuid4()}@x.com'\n\ndef test_ok(client, form):\n    client.post(reverse('auth-register'), form)\n"),
                // A builder, a bare underscored verb and a dunder name are no writes.
                Case::pass("tests/test_m.py", "class T(TestCase):\n    def test_a(self):\n        p = self._create_mock_user(email='a@example.com')\n        self._save(email='b@example.com')\n        self._insert(email='c@example.com')\n        self.__init__(email='d@example.com')\n"),
            ],
        );
    }

    #[test]
    fn javascript_unseeded_reads() {
        assert_rule(
            RULE,
            &[
                Case::fail("r.test.ts", "it('reads', async () => { const u = await prisma.user.findUnique({ where: { id: 1 } }); });", &["1"]),
                Case::fail("r.test.js", "it('reads', async () => { const u = await User.findByPk(42); });", &["42"]),
                Case::pass("r.test.js", "it('reads', async () => { const u = await User.create({ name: 'x' }); await User.findByPk(1); });"),
                // Another test's write does not store the reader's record...
                Case::fail("r.test.ts", "test('adds', async () => { await repo.insert({ username: 'bob' }); });\ntest('reads', async () => { await repo.findOneBy({ id: 1 }); });", &["'bob'", "1"]),
                // ...a hook's or a helper's may.
                Case::pass("r.test.ts", "beforeEach(async () => { await repo.insert({ name: 'x' }); });\ntest('reads', async () => { await repo.findOneBy({ id: 1 }); });"),
                Case::pass("r.test.ts", "async function prepare() { await User.create({ name: 'x' }); }\ntest('a', async () => { await prepare(); });\ntest('reads', async () => { await User.findByPk(1); });"),
                Case::pass("r.test.js", "it('reads', async () => { await User.findByPk(id); });"),
                Case::pass("r.test.js", "it('reads', async () => { await service.findById(1); });"),
                Case::pass("r.test.ts", "const repo = module.get(getRepositoryToken(User));\nit('reads', async () => { jest.spyOn(x, 'y'); await repo.findOne({ where: { id: 1 } }); });"),
            ],
        );
    }

    #[test]
    fn python_writes() {
        assert_rule(
            RULE,
            &[
                // Each record of a multi-record write is a use site.
                // A literal in parentheses (black's wrapping of an implicit
                // concatenation): at the literal, from its first piece.
                Case::fail("tests/test_a.py", "def test_x(db):\n    User.objects.create(\n        email=(\n            \"billing@\"\n            \"example.com\"\n        ),\n    )\n", &["\"billing@\"\n            \"example.com\""]),
                Case::fail("tests/test_a.py", "def test_x(db):\n    Category.objects.bulk_create([\n        Category(slug='news'),\n        Category(slug='sport'),\n    ])\n", &["'news'", "'sport'"]),
                // A patch in force only in another test (`mocker` is undone when
                // its test ends) or another `with` block covers nothing here.
                Case::fail("tests/test_a.py", "def test_other(mocker):\n    mocker.patch('app.models.User.objects.create')\n\ndef test_x(db):\n    User.objects.create(username='admin')\n", &["'admin'"]),
                Case::fail("tests/test_a.py", "from unittest import mock\n\ndef test_x(db):\n    with mock.patch('app.models.User.objects.create'):\n        run()\n    User.objects.create(username='admin')\n", &["'admin'"]),
                Case::fail("tests/test_a.py", "from unittest.mock import patch\n\n@patch('app.models.User.objects.create')\ndef test_other(m):\n    run()\n\ndef test_x(db):\n    User.objects.create(username='admin')\n", &["'admin'"]),
                Case::fail("test_u.py", "def test_x(db):\n    User.objects.create(username='admin', email='admin@x.com')\n", &["'admin@x.com'"]),
                // A mock of something other than the HTTP channel, or a
                // mocked channel requested only by another test: the SDK call
                // reaches the API.
                Case::fail("tests/test_sdk.py", "def test_create(mock_db):\n    api.users.create(email='alice@example.com')\n", &["'alice@example.com'"]),
                Case::fail("tests/test_sdk.py", "def test_mocked(requests_mock):\n    pass\n\ndef test_create():\n    api.users.create(email='alice@example.com')\n", &["'alice@example.com'"]),
                // A same-file helper named like a factory whose body saves.
                Case::fail("tests/test_u.py", "def make(**kw):\n    user = User(**kw)\n    user.save()\n    return user\n\ndef test_x(db):\n    make(username='admin')\n", &["'admin'"]),
                // Fields unpacked from a dict bound in the file (reported at
                // the name), or merged into a literal.
                Case::fail("test_u.py", "USER = {'email': 'alice@x.com', 'username': 'alice'}\n\ndef test_x(db):\n    User.objects.create(**USER)\n", &["USER"]),
                // A name bound again after the save: the saved object is the
                // nearest assignment before it.
                Case::fail("test_u.py", "def test_crud(app):\n    user = User(username='test_user')\n    user.save()\n    user = User.query.filter_by(username='test_user').first()\n    assert user\n", &["'test_user'"]),
                Case::fail("test_u.py", "def test_x(db):\n    data = {'email': 'bob@x.com'}\n    User.objects.create(**data)\n", &["data"]),
                // An INSERT through the project's own SQL runner.
                Case::fail("test_u.py", "def test_x(db):\n    run_sql(\"INSERT INTO users (id, email) VALUES (7, 'eve@x.com')\")\n", &["'eve@x.com'"]),
                // A request body a same-file fixture returns, received as a
                // parameter (reported at the parameter's use).
                Case::fail("tests/test_api.py", "import pytest\n@pytest.fixture\ndef user_payload():\n    return {'email': 'test@example.com', 'password': 'pw'}\n\ndef test_register(client, user_payload):\n    client.post('/api/users', json=user_payload)\n", &["user_payload"]),
                Case::fail("test_u.py", "BASE = {'email': 'c@x.com'}\n\ndef test_x(db):\n    User.objects.create(**{**BASE, 'name': 'C'})\n", &["BASE"]),
                Case::fail("test_u.py", "def test_x(db):\n    User.objects.create_user('john', 'lennon@x.com', 'pw')\n", &["'john'"]),
                Case::fail("test_u.py", "def test_x(db):\n    User.objects.create_user(username='admin', password='pw')\n", &["'admin'"]),
                Case::fail("test_u.py", "def test_x(db):\n    Org.objects.get_or_create(slug='acme')\n", &["'acme'"]),
                Case::fail("test_u.py", "def test_x(db):\n    Org.objects.update_or_create(code='X1', defaults={'name': 'n'})\n", &["'X1'"]),
                Case::fail("test_u.py", "def test_x(db):\n    UserFactory(email='f@x.com')\n", &["'f@x.com'"]),
                Case::fail("test_u.py", "def test_x(db):\n    UserFactory.create(username='bob')\n", &["'bob'"]),
                Case::fail("test_u.py", "def test_x(db):\n    baker.make(User, email='b@x.com')\n", &["'b@x.com'"]),
                Case::fail("test_u.py", "def test_x(session):\n    session.add(User(email='s@x.com', name='S'))\n", &["'s@x.com'"]),
                // A literal id parsed by `uuid.UUID(...)` is the same literal (set 32).
                Case::fail("tests/conftest.py", "from uuid import UUID\nimport pytest\n\n@pytest.fixture\ndef user(session):\n    session.add(User(id=UUID('848a3cdd-cafd-4ec6-a921-afb0bcc841dd'), name='S'))\n", &["UUID('848a3cdd-cafd-4ec6-a921-afb0bcc841dd')"]),
                Case::pass("tests/conftest.py", "import uuid\nimport pytest\n\n@pytest.fixture\ndef user(session):\n    session.add(User(id=uuid.uuid4(), name='S'))\n"),
                Case::fail("test_u.py", "from sqlalchemy import insert\n\ndef test_x(session):\n    session.execute(insert(User).values(email='c@x.com'))\n", &["'c@x.com'"]),
                Case::fail("test_u.py", "def test_x(conn):\n    stmt = users.insert().values(username='carol')\n    conn.execute(stmt)\n", &["'carol'"]),
                Case::fail("test_u.py", "def test_x(session):\n    u = User(username='carol')\n    u.save()\n", &["'carol'"]),
                Case::fail("test_u.py", "def test_x(coll):\n    coll.insert_one({'email': 'm@x.com'})\n", &["'m@x.com'"]),
                Case::fail("test_u.py", "EMAIL = 'admin@x.com'\n\ndef test_x(db):\n    User.objects.create(email=EMAIL)\n", &["EMAIL"]),
                Case::fail("test_u.py", "def test_x(cursor):\n    cursor.execute(\"INSERT INTO users (id, email) VALUES (1, 'alice@x.com')\")\n", &["'alice@x.com'"]),
                // A table the test creates itself holds only its own rows
                // (asyncpg, aiomysql): in one statement or two.
                Case::pass("tests/test_prepare.py", "class T(tb.ConnectedTestCase):\n    async def test_x(self):\n        await self.con.execute('CREATE TABLE tab1(a int, b int)')\n        try:\n            await self.con.execute('INSERT INTO tab1 VALUES (1, 2)')\n        finally:\n            await self.con.execute('DROP TABLE tab1')\n"),
                Case::pass("tests/test_codecs.py", "class T(tb.ConnectedTestCase):\n    async def test_x(self):\n        await self.con.execute('''\n            CREATE TABLE tab (v numeric(3, 2));\n            INSERT INTO tab VALUES (0), (1);\n        ''')\n"),
                Case::pass("tests/test_issues.py", "async def test_issue_16(connection):\n    c = await connection.cursor()\n    await c.execute(\"create table issue16 (name varchar(32) \"\n                    \"primary key, email varchar(32))\")\n    await c.execute(\"insert into issue16 (name, email) values ('pete', 'floydophone@x.com')\")\n"),
                // Still flagged: another table, a table that may already
                // exist, or one made by the module for all its tests.
                Case::fail("tests/test_a.py", "async def test_x(cursor):\n    await cursor.execute('CREATE TABLE logs (id int)')\n    await cursor.execute(\"INSERT INTO users (id, email) VALUES (1, 'a@x.com')\")\n", &["'a@x.com'"]),
                Case::fail("tests/test_b.py", "async def test_x(cursor):\n    await cursor.execute('CREATE TABLE IF NOT EXISTS users (id int, email text)')\n    await cursor.execute(\"INSERT INTO users (id, email) VALUES (1, 'b@x.com')\")\n", &["'b@x.com'"]),
                Case::fail("tests/test_c.py", "SCHEMA = 'CREATE TABLE users (id int, email text)'\n\ndef test_x(cursor):\n    cursor.execute(\"INSERT INTO users (id, email) VALUES (1, 'c@x.com')\")\n", &["'c@x.com'"]),
                // A one-time code posted to a verification or second-factor
                // step is checked, not stored; nor is it an account.
                Case::pass("tests/test_totp.py", "def test_x(auth_client):\n    resp = auth_client.post(reverse('mfa_activate_totp'), {'code': '123'})\n    resp = auth_client.post(reverse('account_email_verification_sent'), data={'code': 'WRONG'})\n    resp = client.post(headless_reverse('headless:mfa:reauthenticate'), data={'code': '123456'}, content_type='application/json')\n"),
                Case::pass("tests/test_login_code.py", "def test_x(client, db):\n    resp = client.post(reverse('account_confirm_login_code'), data={'code': '123456'})\n"),
                // A password-reset request stores nothing: an address no test
                // of the file creates is no record (audit 40: allauth's resets
                // for unknown addresses) ...
                Case::pass("tests/test_reset.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post(reverse('account_reset_password'), {'email': 'unknown@example.org'})\n        self.client.post('/accounts/password/reset/', data={'email': 'nobody@example.org'})\n"),
                Case::pass("tests/reset.test.ts", "it('mails nobody', async () => {\n  await request(app).post('/api/auth/forgot-password').send({ email: 'nobody@x.io' }).expect(200);\n  await request(app).post('/api/passwordReset').send({ email: 'none@x.io' });\n});\n"),
                // ... but a reset for the account another test creates reads that
                // test's record.
                Case::fail("tests/test_reset.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create_user(username='ann', email='ann@x.com')\n\nclass B(TestCase):\n    def test_b(self):\n        self.client.post(reverse('account_reset_password'), {'email': 'ann@x.com'})\n", &["'ann@x.com'", "'ann@x.com'"]),
                // A code posted to create a record is still its key.
                Case::fail("tests/test_coupons.py", "def test_x(client, db):\n    client.post('/api/coupons', json={'code': 'SAVE10'})\n", &["'SAVE10'"]),
                Case::fail("test_u.py", "def test_x(client):\n    client.post('/api/users', json={'email': 'p@x.com'})\n", &["'p@x.com'"]),
                // The Flask idiom: the record serialized into `data=`, and the
                // builtin `dict(...)` whose keywords are the fields.
                Case::fail("tests/test_views.py", "import json\ndef test_x(client):\n    client.post('/api/v1/auth/registration', data=json.dumps(dict(username='tests', password='p')), content_type='application/json')\n", &["'tests'"]),
                Case::fail("tests/test_views.py", "import json\ndef test_x(client):\n    client.post('/api/users', data=json.dumps({'email': 'j@x.com'}))\n    client.post('/api/users', json=dict(email='k@x.com'))\n", &["'j@x.com'", "'k@x.com'"]),
                // A `test` qualifier names the record after it: `create_test_user`
                // creates a user (reported at the splatted name, the dict
                // literal related); the login into it in the same test reads it.
                Case::fail("tests/test_auth.py", "from tests.utils.user import create_test_user\n\nasync def test_login(client, test_db):\n    user_data = {'email': 'test@example.com', 'password': 'pw'}\n    await create_test_user(test_db, **user_data)\n    await client.post('/auth/login', data={'username': user_data['email'], 'password': user_data['password']})\n", &["user_data"]),
                Case::fail("tests/test_auth.py", "from helpers import createTestAccount\n\ndef test_x(client):\n    createTestAccount(db, email='a@x.com')\n", &["'a@x.com'"]),
                Case::pass("tests/test_app.py", "from helpers import create_test_app, create_test_client\n\ndef test_x():\n    app = create_test_app(name='admin')\n    client = create_test_client(app, username='admin')\n    create_test(id='t1')\n"),
                Case::fail("test_u.py", "import pytest\n@pytest.fixture\ndef user(db):\n    return User.objects.create(sku='S-1')\n", &["'S-1'"]),
                Case::fail("test_u.py", "def create_user(**kw):\n    return User.objects.create(**kw)\n\ndef test_x(db):\n    create_user(email='h@x.com')\n", &["'h@x.com'"]),
                // The SQL through a name resolved where it is used: two
                // helpers that each bind `query` have two bindings.
                Case::fail("test_u.py", "def insert_user(cur):\n    query = \"INSERT INTO users (name, email) VALUES ('Ed', 'test@editor.org')\"\n    cur.execute(query)\n\ndef count_users(cur):\n    query = \"SELECT COUNT(*) FROM users\"\n    cur.execute(query)\n    return cur.fetchone()\n\ndef test_x(cursor):\n    insert_user(cursor)\n    assert count_users(cursor) == (1,)\n", &["query"]),
                Case::fail("test_u.py", "def count_users(cur):\n    query = \"SELECT COUNT(*) FROM users\"\n    cur.execute(query)\n    return cur.fetchone()\n\ndef test_x(cursor):\n    query = \"INSERT INTO users (name, email) VALUES (%s, 'test@editor.org')\"\n    cursor.execute(query, ('Ed',))\n", &["query"]),
            ],
        );
    }

    #[test]
    fn python_logins_and_reads() {
        assert_rule(
            RULE,
            &[
                // Set 84: the same login and create through a client the
                // test builds itself (no own-instance fixture requested), and
                // an ORM write beside a `hass_client`: still reported.
                Case::fail("tests/components/auth/test_login_flow.py", "async def test_login(aiohttp_client):\n    client = await aiohttp_client(make_app())\n    resp = await client.post('/auth/login_flow/abc', json={'username': 'test-user', 'password': 'test-pass'})\n", &["'test-user'"]),
                Case::fail("tests/components/config/test_auth.py", "async def test_create(hass, hass_client, db):\n    client = await hass_client()\n    User.objects.create(username='paulus')\n", &["'paulus'"]),
                // An account the same test adds first, under any field
                // (set 63, jupyterhub), is its own record; one another test
                // adds is not.
                Case::pass("tests/test_auth.py", "import httpx\n\nasync def test_x(app):\n    name = 'kiwi'\n    user = add_user(app.db, app, name=name)\n    cookies = await app.login_user(name)\n"),
                Case::pass("tests/test_auth.py", "import httpx\n\ndef test_x(client):\n    create_account(display='zed')\n    client.login(username='zed', password='pw')\n"),
                Case::fail("tests/test_auth.py", "import httpx\n\ndef test_a(app):\n    add_user(app.db, name='kiwi')\n\nasync def test_b(app):\n    await app.login_user('kiwi')\n", &["'kiwi'"]),
                Case::fail("tests/test_auth.py", "import httpx\n\nasync def test_x(app):\n    await app.login_user('kiwi')\n    add_user(app.db, name='kiwi')\n", &["'kiwi'"]),
                // A record the test builds and then adds through the session
                // (set 72) stores every key of it: a login by its username
                // reads it (the add is the finding); an account nobody
                // creates is still a shared one.
                Case::fail("tests/test_auth.py", "def test_x(client):\n    user = User(username='owner', email='owner@x.com')\n    db.session.add(user)\n    client.post('/login', data={'username': 'owner', 'password': 'pw'})\n\ndef test_y(client):\n    client.post('/login', data={'username': 'stranger', 'password': 'pw'})\n", &["user", "'stranger'"]),
                Case::fail("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        self.client.login(username='admin', password='pw')\n", &["'admin'"]),
                // A POST through a name bound to `reverse(...)` is read by
                // the route it names: a login there writes no record.
                Case::fail("tests/test_auth.py", "def test_x(api_client):\n    url = reverse('token_obtain')\n    api_client.post(url, {'email': 'u@x.com', 'password': 'pw'})\n    api_client.post(url, {'email': 'u@x.com', 'password': 'pw'})\n\ndef test_y(api_client):\n    User.objects.create_user(email='u@x.com')\n", &["'u@x.com'"]),
                Case::fail("tests/test_auth.py", "def test_x(api_client):\n    url = reverse('register')\n    api_client.post(url, {'email': 'new@x.com', 'password': 'pw'})\n", &["'new@x.com'"]),
                // `/auth/regist/` registers: a write, not a login.
                Case::fail("tests/test_auth.py", "def test_x(client):\n    client.post('/api/auth/regist/', {'email': 'm@x.com', 'password': 'pw'}, format='json')\n", &["'m@x.com'"]),
                // A session named `database` stores what it is given.
                Case::fail("tests/conftest.py", "@pytest.fixture\ndef user():\n    database = next(override_get_db())\n    database.add(User(name='Alex', email='alex@x.com'))\n    database.commit()\n", &["'alex@x.com'"]),
                // A patch of a function located in a package named `api`
                // fakes no persistence; one replacing the API client does.
                Case::fail("tests/test_users.py", "def test_x(client, mocker):\n    mocker.patch('api.views.send_mail')\n    client.post('/api/users/', {'email': 'n@x.com'}, format='json')\n", &["'n@x.com'"]),
                Case::pass("tests/test_users.py", "def test_x(client, mocker):\n    mocker.patch('app.services.api_client')\n    client.post('/api/users/', {'email': 'n@x.com'}, format='json')\n"),
                // A same-file `...Factory` function that creates records stores them.
                Case::fail("tests/test_u.py", "def userFactory(**kw):\n    return User.objects.create(**kw)\n\ndef test_x(db):\n    userFactory(email='a@b.com')\n", &["'a@b.com'"]),
                Case::fail("tests/test_u.py", "def test_x(db):\n    UserFactory(email='a@b.com')\n", &["'a@b.com'"]),
                // Credentials passed to `authenticate` by name still name the account.
                Case::fail("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        self.api.authenticate(username='admin', password='pw')\n", &["'admin'"]),
                Case::fail("tests/test_api.py", "class T(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.user = User.objects.create_user(username='testuser', email='t@x.com', password='pw')\n    def test_x(self):\n        self.client.login(username='testuser', password='pw')\n", &["'t@x.com'"]),
                Case::pass("tests/test_api.py", "class T(TestCase):\n    def setUp(self):\n        self.u = User.objects.create_user(username=f'u{uuid4()}', password='pw')\n    def test_x(self):\n        self.client.login(username='wrong', password='pw')\n"),
                // `self.user = User(...)` then `self.user.save()` in a setUp
                // stores the record; the login into it reads the file's own
                // record and is reported at the create, not again.
                Case::fail("tests/test_api.py", "class Base:\n    def setUp(self):\n        self.user = User(username='editor', is_staff=True)\n        self.user.set_password('pw')\n        self.user.save()\n\nclass T(Base, TestCase):\n    def setUp(self):\n        super().setUp()\n        self.client.login(username='editor', password='pw')\n", &["'editor'"]),
                Case::fail("tests/test_api.py", "class T(TestCase):\n    def setUp(self):\n        self.user = User(username='editor')\n        self.user.save()\n    def test_x(self):\n        self.client.login(username='auditor', password='pw')\n", &["'editor'", "'auditor'"]),
                // A Django connection registered at run time on a database
                // under `tmp_path` is private to the test; one at a fixed
                // path is every worker's.
                Case::pass("tests/test_alias.py", "@pytest.fixture\ndef alias(db, tmp_path):\n    connections.databases['scratch'] = {'ENGINE': 'django.db.backends.sqlite3', 'NAME': str(tmp_path / 'scratch.sqlite3')}\n    yield 'scratch'\n\ndef test_x(alias):\n    User.objects.using(alias).create(username='migrator')\n"),
                Case::fail("tests/test_alias.py", "@pytest.fixture\ndef alias(db):\n    connections.databases['shared'] = {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'shared.sqlite3'}\n    yield 'shared'\n\ndef test_x(alias):\n    User.objects.using(alias).create(username='migrator')\n", &["'migrator'"]),
                Case::fail("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        u = User.objects.get(pk=1)\n", &["1"]),
                // A credentials value object logs nobody in.
                Case::pass("tests/test_smtp.py", "def test_repr():\n    lp = LoginPassword(b'user', b'pass')\n    assert repr(lp) == \"LoginPassword(login='user', password=...)\"\n"),
                // A login the test expects to fail shares no account.
                Case::pass("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        self.assertFalse(self.client.login(username='otheruser', password='nopassword'))\n"),
                Case::pass("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        login = self.client.login(username='otheruser', password='nopassword')\n        self.assertFalse(login)\n"),
                Case::pass("tests/test_api.py", "def test_x(client):\n    client.get('/')\n    assert not client.login(username='otheruser', password='pw')\n    assert client.login(username='someone', password='pw') is False\n    with pytest.raises(PermissionDenied):\n        client.login(username='blocked')\n"),
                // A deliberately wrong password is refused: no session is shared.
                Case::pass("tests/test_auth.py", "client = TestClient(app)\ndef test_wrong_password():\n    login_data = {'email': 'test@example.com', 'password': 'wrongpassword'}\n    response = client.post('/api/v1/auth/login', json=login_data)\n    assert response.status_code == 401\n"),
                Case::pass("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        self.client.login(username='admin', password='invalid-pass')\n        self.client.post('/auth/login/', {'username': 'root', 'password': 'incorrect'})\n"),
                Case::fail("tests/test_auth.py", "client = TestClient(app)\ndef test_login():\n    client.post('/api/v1/auth/login', json={'email': 'test@example.com', 'password': 'secret'})\n", &["'test@example.com'"]),
                // Set 52: the account a same-file credential callback (it takes
                // the password) accepts is a fake server's, stored nowhere;
                // other accounts, and a comparison in a function that takes
                // no password, are no such check.
                Case::pass("tests/test_smtp.py", "import httpx\n\ndef auth_callback(mechanism, login, password):\n    return login == b'goodlogin' and password == b'goodpw'\n\ndef test_auth(client):\n    client.login('goodlogin', 'goodpw')\n"),
                Case::fail("tests/test_smtp.py", "import httpx\n\ndef auth_callback(mechanism, login, password):\n    return login == b'goodlogin'\n\ndef test_auth(client):\n    client.login('admin', 'goodpw')\n", &["'admin'"]),
                Case::fail("tests/test_api.py", "import httpx\n\ndef is_admin(user):\n    return user.username == 'admin'\n\ndef test_x(client):\n    client.login(username='admin', password='pw')\n", &["'admin'"]),
                // Set 30: the login account is the one the test just registered, in capitals.
                Case::fail("tests/test_auth.py", "def test_register_and_login(client):\n    client.post('/auth/register', json={'username': 'testuser', 'password': 'pw'})\n    client.post('/auth/login', json={'username': 'TESTUSER', 'password': 'pw'})\n", &["'testuser'"]),
                Case::fail("tests/test_auth.py", "def test_login(client):\n    client.post('/auth/register', json={'username': 'testuser', 'password': 'pw'})\n    client.post('/auth/login', json={'username': 'otheruser', 'password': 'pw'})\n", &["'testuser'", "'otheruser'"]),
                Case::fail("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        self.assertTrue(self.client.login(username='admin', password='pw'))\n        ok = self.client.login(username='root', password='pw')\n        self.assertTrue(ok)\n", &["'admin'", "'root'"]),
                // A form post is a login only when its URL names one: `author` is no `auth`.
                Case::pass("tests/test_edit.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post('/edit/author/1/update/', {'name': 'John Doe', 'slug': 'john-doe'})\n"),
                // A revert rewrites an existing record; a preview (also of an
                // add form, wagtail's `preview_on_add`) stores nothing.
                Case::pass("tests/test_revert.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post(reverse('wagtailadmin_pages:revisions_revert', args=(1, 2)), {'title': 'Hello', 'slug': 'hello-world'})\n"),
                // The route name past the first 60 characters of the text.
                Case::pass("tests/test_revert.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post(\n            reverse(\n                \"wagtailadmin_pages:revisions_revert\",\n                args=(self.hello_page.id, revision.id),\n            ),\n            {'title': 'Hello', 'slug': 'hello-world'},\n        )\n"),
                Case::pass("tests/test_preview.py", "class T(TestCase):\n    def test_x(self):\n        post_data = {'title': 'New page!', 'slug': 'hello-world'}\n        preview_url = reverse('wagtailadmin_pages:preview_on_add', args=('tests', 'simplepage', 2))\n        self.client.post(preview_url, post_data)\n"),
                Case::fail("tests/test_add.py", "class T(TestCase):\n    def test_x(self):\n        post_data = {'title': 'New page!', 'slug': 'hello-world'}\n        add_url = reverse('wagtailadmin_pages:add', args=('tests', 'simplepage', 2))\n        self.client.post(add_url, post_data)\n", &["post_data"]),
                Case::fail("tests/test_edit.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post('/edit/authors/create/', {'name': 'John Doe', 'slug': 'john-doe'})\n", &["'john-doe'"]),
                Case::fail("tests/test_edit.py", "class T(TestCase):\n    def test_x(self):\n        self.client.post('/auth/login/', {'username': 'admin', 'password': 'pw'})\n        self.client.post('/api-token-auth/', {'username': 'root', 'password': 'pw'})\n        self.client.post(reverse('admin:auth_user_add'), {'username': 'newbie', 'password1': 'pw'})\n", &["'admin'", "'root'", "'newbie'"]),
                Case::fail("test_m.py", "def test_a(db):\n    User.objects.create(username='admin')\n\ndef test_b(db):\n    admin = User.objects.get(username='admin')\n", &["'admin'", "'admin'"]),
                Case::fail("m.test.ts", "it('a', async () => { await prisma.user.create({ data: { email: 'a@x.io' } }); });\nit('b', async () => { await prisma.user.findUnique({ where: { email: 'a@x.io' } }); });", &["'a@x.io'", "'a@x.io'"]),
                // The fixed-key create is the finding; reading back what the same test
                // created is not a second one.
                Case::fail("test_m.py", "def test_a(db):\n    User.objects.create(username=f'u-{uuid4()}')\n\ndef test_b(db):\n    User.objects.get(username='admin')\n    User.objects.create(username='bob')\n    User.objects.get(username='bob')\n", &["'bob'"]),
                // A record the reader's own setup creates is its own, whatever
                // another test creates: the creates are the findings, not the read.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n\nclass B(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        cls.user = User.objects.create_user(username='joe', password='pw')\n    def test_b(self):\n        User.objects.get(username='joe')\n", &["'joe'", "'joe'"]),
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n\nclass B(TestCase):\n    def setUp(self):\n        User.objects.create(username='joe')\n    def test_b(self):\n        User.objects.get(username='joe')\n", &["'joe'", "'joe'"]),
                // ... also when the setup is inherited from a test class of the file;
                // a request carrying the key uses that record too (a password
                // reset for the account the setup stored).
                Case::fail("tests/test_m.py", "class BaseTestCase(TestCase):\n    @classmethod\n    def setUpTestData(cls):\n        User.objects.create_user(email='staff@x.com', username='staff')\n\nclass A(BaseTestCase):\n    def test_a(self):\n        self.client.post('/password_reset/', {'email': 'staff@x.com'})\n\nclass B(BaseTestCase):\n    def test_b(self):\n        User.objects.get(email='staff@x.com')\n", &["'staff@x.com'"]),
                Case::fail("tests/users.test.ts", "describe('reset', () => {\n  beforeEach(async () => { await prisma.user.create({ data: { email: 'ann@x.io' } }); });\n  it('sends a mail', async () => { await request(app).post('/api/password-reset').send({ email: 'ann@x.io' }); });\n});\nit('signs up', async () => { await request(app).post('/api/users').send({ email: 'bob@x.io' }); });\n", &["'ann@x.io'", "'bob@x.io'"]),
                // A test that runs the test it overrides (`super().test_x()`) reads
                // what that one created; a sibling class's test does not.
                Case::fail("tests/test_remote.py", "class RemoteUserTest(TestCase):\n    def test_known_user(self):\n        User.objects.create(username='knownuser')\n\nclass CustomTest(RemoteUserTest):\n    def test_known_user(self):\n        super().test_known_user()\n        User.objects.get(username='knownuser')\n\nclass OtherTests(RemoteUserTest):\n    def test_other(self):\n        User.objects.get(username='knownuser')\n", &["'knownuser'", "'knownuser'"]),
                // Another test's record is not the requester's own.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(email='staff@x.com')\n    def test_b(self):\n        self.client.post('/password_reset/', {'email': 'staff@x.com'})\n", &["'staff@x.com'", "'staff@x.com'"]),
                // ... or by a fixture the test requests, directly or through another fixture.
                Case::fail("tests/test_m.py", "import pytest\n@pytest.fixture\ndef joe(db):\n    return User.objects.create(username='joe')\n@pytest.fixture\ndef logged_in(joe):\n    return joe\ndef test_a(db):\n    User.objects.create(username='joe')\ndef test_b(logged_in):\n    User.objects.get(username='joe')\n", &["'joe'", "'joe'"]),
                // ... or by the test itself, under a field that is not a unique key.
                Case::fail("tests/test_m.py", "class T(TestCase):\n    def test_a(self):\n        Category.objects.create(slug='4th', url='4th')\n    def test_b(self):\n        Category.objects.create(name='Fourth', url='4th')\n        Category.objects.get(url='4th')\n", &["'4th'"]),
                Case::fail("m.test.ts", "describe('a', () => { it('a', async () => { await prisma.user.create({ data: { email: 'a@x.io' } }); }); });\ndescribe('b', () => {\n  beforeEach(async () => { await prisma.user.create({ data: { email: 'a@x.io' } }); });\n  it('b', async () => { await prisma.user.findUnique({ where: { email: 'a@x.io' } }); });\n});", &["'a@x.io'", "'a@x.io'"]),
                // A management command (or any call that is no lookup) given the
                // key earlier in the test may create the record.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n    def test_b(self):\n        call_command('createsuperuser', interactive=False, username='joe')\n        User.objects.get(username='joe')\n", &["'joe'"]),
                // ... and so does setting the key on a record's unique-key field
                // (audit 36: sequelize renames an instance, saves it, reads it back).
                Case::fail("destroy.test.js", "it('a', async () => { await User.create({ username: 'foo' }); });\nit('b', async () => {\n  const u = await ParanoidUser.create({ username: 'username' });\n  u.username = 'foo';\n  await u.save();\n  await ParanoidUser.findOne({ paranoid: false, where: { username: 'foo' } });\n});", &["'foo'", "'username'"]),
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n    def test_b(self):\n        u = User.objects.create(username='bob')\n        u.username = 'joe'\n        u.save()\n        User.objects.get(username='joe')\n", &["'joe'", "'bob'"]),
                // A field that is no unique key, or a bare local, hands nothing over.
                Case::fail("destroy.test.js", "it('a', async () => { await User.create({ username: 'foo' }); });\nit('b', async () => {\n  const u = await Post.build({});\n  u.title = 'foo';\n  const username = 'foo';\n  await User.findOne({ where: { username: 'foo' } });\n});", &["'foo'", "'foo'"]),
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n    def test_b(self):\n        User.objects.filter(username='joe').exists()\n        self.client.login(username='joe', password='pw')\n        User.objects.get(username='joe')\n", &["'joe'", "'joe'"]),
                // Another class's setup is not the reader's.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        User.objects.create(username='joe')\n\nclass B(TestCase):\n    def setUp(self):\n        User.objects.create(username='joe')\n\nclass C(TestCase):\n    def test_c(self):\n        User.objects.get(username='joe')\n", &["'joe'", "'joe'", "'joe'"]),
                // The reader's own POST carries the key through a name bound
                // to the body (wagtail's form page edit test): its own write,
                // so only the other test's create is reported.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        Page.objects.create(slug='contact-us')\n\nclass B(TestCase):\n    def test_b(self):\n        post_data = {'title': 'Updated', 'slug': 'contact-us'}\n        self.client.post(reverse('edit', args=(1,)), post_data)\n        Page.objects.get(slug='contact-us')\n", &["'contact-us'"]),
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        Page.objects.create(slug='contact-us')\n\nclass B(TestCase):\n    def test_b(self):\n        self.client.post('/pages/1/edit/', data={'slug': 'contact-us'})\n        Page.objects.get(slug='contact-us')\n", &["'contact-us'"]),
                // A body with another key, or sent after the read, is not.
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        Page.objects.create(slug='contact-us')\n\nclass B(TestCase):\n    def test_b(self):\n        post_data = {'title': 'Updated', 'slug': 'about'}\n        self.client.post(reverse('edit', args=(1,)), post_data)\n        Page.objects.get(slug='contact-us')\n", &["'contact-us'", "'contact-us'"]),
                Case::fail("tests/test_m.py", "class A(TestCase):\n    def test_a(self):\n        Page.objects.create(slug='contact-us')\n\nclass B(TestCase):\n    def test_b(self):\n        post_data = {'slug': 'contact-us'}\n        Page.objects.get(slug='contact-us')\n        self.client.post(reverse('edit', args=(1,)), post_data)\n", &["'contact-us'", "'contact-us'"]),
                Case::pass("tests/test_api.py", "class T(TestCase):\n    fixtures = ['users.json']\n    def test_x(self):\n        u = User.objects.get(pk=1)\n"),
                Case::pass("tests/test_api.py", "class T(TestCase):\n    def test_x(self):\n        u = User.objects.create(name='x')\n        User.objects.get(pk=u.pk)\n"),
            ],
        );
    }

    #[test]
    fn own_app_with_a_database() {
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_api.py", "from fastapi import FastAPI\nfrom fastapi.testclient import TestClient\nfrom sqlalchemy import create_engine\napp = FastAPI()\nclient = TestClient(app)\ndef test_create():\n    client.put('/items/', json={'id': 'foobar'})\n", &["'foobar'"]),
            ],
        );
    }

    #[test]
    fn fastapi_dependency_overrides() {
        assert_rule(
            RULE,
            &[
                // The routes get a mock session for their database dependency:
                // the writes reach no database.
                Case::pass("tests/test_auth.py", "from unittest.mock import MagicMock\nclient = TestClient(app)\ndef test_x():\n    mock_db = MagicMock()\n    app.dependency_overrides[get_db] = lambda: mock_db\n    client.post('/auth/register', json={'email': 'a@x.com', 'password': 'p'})\n    client.post('/auth/login', json={'email': 'admin@x.com', 'password': 'p'})\n"),
                Case::pass("tests/test_signin.py", "import pytest\nclient = TestClient(app)\n@pytest.fixture\ndef db_session_mock():\n    yield MagicMock()\n@pytest.fixture(autouse=True)\ndef override_get_db(db_session_mock):\n    def get_db_override():\n        yield db_session_mock\n    app.dependency_overrides[get_db] = get_db_override\n    yield\n    app.dependency_overrides = {}\ndef test_login():\n    client.post('/api/v1/auth/login', json={'email': 'testuser1@gmail.com', 'password': 'p'})\n"),
                Case::pass("tests/test_users.py", "client = TestClient(app)\ndef test_x():\n    app.dependency_overrides[get_async_session] = AsyncMock()\n    client.post('/users/', json={'email': 'a@x.com'})\n"),
                // A real test session handed to the routes is a shared database;
                // a mocked current user is not a mocked database.
                Case::fail("tests/test_auth.py", "client = TestClient(app)\ndef override_get_db():\n    db = TestingSessionLocal()\n    try:\n        yield db\n    finally:\n        db.close()\napp.dependency_overrides[get_db] = override_get_db\ndef test_x():\n    client.post('/auth/register', json={'email': 'a@x.com', 'password': 'p'})\n", &["'a@x.com'"]),
                Case::fail("tests/test_auth.py", "client = TestClient(app)\ndef test_x():\n    mock_user = MagicMock()\n    app.dependency_overrides[get_current_user] = lambda: mock_user\n    client.post('/auth/register', json={'email': 'a@x.com', 'password': 'p'})\n", &["'a@x.com'"]),
            ],
        );
    }

    #[test]
    fn python_not_flagged() {
        assert_rule(
            RULE,
            &[
                // An SDK call in a test that requests an HTTP-interceptor
                // fixture (a plugin's, or the project's mocked HTTP client):
                // the request gets the canned answer, no record is stored.
                Case::pass("tests/test_examples.py", "class TestGenerated:\n    def test_accounts_post(self, http_client_mock):\n        client = StripeClient('sk_test_123', http_client=http_client_mock.get_mock_http_client())\n        client.accounts.create({'email': 'jenny.rosen@example.com'})\n"),
                Case::pass("tests/test_sdk.py", "def test_create(requests_mock):\n    requests_mock.post('https://api.example.com/users', json={})\n    api.create_user(email='alice@example.com')\n"),
                Case::pass("tests/test_sdk.py", "async def test_create(httpx_mock):\n    await client.users.create(username='alice')\n"),
                Case::pass("tests/test_sdk.py", "import pytest\n\n@pytest.fixture\ndef user(mock_http):\n    return api.users.create(email='alice@example.com')\n"),
                // Set 84: a login or record posted through a client of the
                // test's own in-process instance (pytest-homeassistant's
                // `hass_client`, `hass_client_no_auth`, `hass_ws_client`),
                // requested by the test or a fixture enclosing it: kept by
                // that instance alone.
                Case::pass("tests/components/auth/test_login_flow.py", "async def test_login_exist_user(hass, hass_client_no_auth):\n    client = await hass_client_no_auth()\n    resp = await client.post('/auth/login_flow/abc', json={'client_id': CLIENT_ID, 'username': 'test-user', 'password': 'test-pass'})\n    assert resp.status == 200\n"),
                Case::pass("tests/components/config/test_auth.py", "async def test_create(hass, hass_client):\n    client = await hass_client()\n    resp = await client.post('/api/config/auth/create', json={'name': 'Paulus', 'username': 'paulus'})\n    assert resp.status == 200\n"),
                // A helper of the test's own that builds a value and writes
                // nothing, though named like a factory (`make`).
                Case::pass("tests/test_obj.py", "def test_union():\n    obj = Thing(mock.Mock(), {}, {})\n\n    def make(data):\n        return obj._make_union_attribute('type', 'User', data)\n\n    usr = make({'login': 'login', 'type': 'User'})\n    assert usr.value\n"),
                // The same patches where they are in force: the test's own
                // `mocker.patch`, the `with` block, the decorated test, and a
                // yield fixture's patch (in force in the tests using it).
                Case::pass("tests/test_a.py", "def test_x(mocker):\n    mocker.patch('app.models.User.objects.create')\n    User.objects.create(username='admin')\n"),
                Case::pass("tests/test_a.py", "from unittest import mock\n\ndef test_x():\n    with mock.patch('app.models.User.objects.create'):\n        User.objects.create(username='admin')\n"),
                Case::pass("tests/test_a.py", "from unittest.mock import patch\n\n@patch('app.models.User.objects.create')\ndef test_x(m):\n    User.objects.create(username='admin')\n"),
                Case::pass("tests/test_a.py", "import pytest\nfrom unittest import mock\n\n@pytest.fixture\ndef no_db():\n    with mock.patch('app.models.User.objects.create'):\n        yield\n\ndef test_x(no_db):\n    User.objects.create(username='admin')\n"),
                // Splats of isolated values, of a dict the test changes, of
                // parameters.
                Case::pass("test_u.py", "from uuid import uuid4\n\ndef test_x(db):\n    data = {'email': f'{uuid4()}@x.com'}\n    User.objects.create(**data)\n"),
                Case::pass("test_u.py", "from uuid import uuid4\n\ndef test_x(db):\n    data = {'email': 'dan@x.com'}\n    data['email'] = f'{uuid4()}@x.com'\n    User.objects.create(**data)\n"),
                Case::pass("test_u.py", "def make(**kwargs):\n    return User.objects.create(**kwargs)\n\ndef test_x(db, **extra):\n    User.objects.create(**extra)\n"),
                Case::pass("test_u.py", "def test_x(db):\n    user = User(username='test_user')\n    user = load_user()\n    user.save()\n"),
                // A serialized body or `dict(...)` with no unique key, or one
                // serialized but sent nowhere.
                Case::pass("tests/test_views.py", "import json\ndef test_x(client):\n    client.post('/api/v1/questions', data=json.dumps(dict(title='Blue', body='Why?')))\n    payload = json.dumps({'email': 'a@x.com'})\n    assert json.loads(payload)['email']\n"),
                // The fixture's record made unique per test by the test, or
                // built from an isolated value, or a fixture with several
                // possible results: nothing fixed is written.
                Case::pass("tests/test_api.py", "import pytest\nfrom uuid import uuid4\n@pytest.fixture\ndef user_payload():\n    return {'email': 'test@example.com'}\n\ndef test_register(client, user_payload):\n    user_payload['email'] = f'{uuid4()}@x.com'\n    client.post('/api/users', json=user_payload)\n"),
                Case::pass("tests/test_api.py", "import pytest\nfrom uuid import uuid4\n@pytest.fixture\ndef user_payload():\n    return {'email': f'{uuid4()}@example.com'}\n\ndef test_register(client, user_payload):\n    client.post('/api/users', json=user_payload)\n"),
                Case::pass("tests/test_api.py", "import pytest\n@pytest.fixture\ndef user_payload(request):\n    if request.param:\n        return {'email': 'a@example.com'}\n    return {'email': 'b@example.com'}\n\ndef test_register(client, user_payload):\n    client.post('/api/users', json=user_payload)\n"),
                // SQL compilation tests build INSERT statements and never run them.
                Case::pass("test_compiler.py", "from sqlalchemy import insert\n\nclass T(fixtures.TestBase):\n    def test_x(self):\n        stmt = insert(users).values(id=1, email='a@x.com')\n        self.assert_compile(stmt, 'INSERT INTO users ...')\n"),
                // A database file that a same-file helper opens at a path every
                // caller builds from `tmp_path` is private to the test.
                Case::pass("tests/test_historyapp.py", "import sqlite3\nfrom contextlib import closing\nimport pytest\n\ndef _make_history_db(hist_file, n_inputs):\n    with closing(sqlite3.connect(hist_file)) as db:\n        db.execute(\"CREATE TABLE IF NOT EXISTS sessions (session integer primary key, remark text)\")\n        db.execute(\"INSERT INTO sessions VALUES (1, 'test session')\")\n        db.commit()\n\n@pytest.fixture\ndef ipython_dir(tmp_path):\n    profile_dir = tmp_path / 'profile_default'\n    _make_history_db(profile_dir / 'history.sqlite', 10)\n    return tmp_path\n"),
                Case::fail("tests/test_historyapp.py", "import sqlite3\nfrom contextlib import closing\nimport pytest\n\ndef _make_history_db(hist_file, n_inputs):\n    with closing(sqlite3.connect(hist_file)) as db:\n        db.execute(\"INSERT INTO sessions VALUES (1, 'test session')\")\n\n@pytest.fixture\ndef ipython_dir(tmp_path):\n    _make_history_db(tmp_path / 'history.sqlite', 10)\n\ndef test_x():\n    _make_history_db('history.sqlite', 10)\n", &["1"]),
                // A same-file `...Factory` method that builds an object (no write
                // inside), or a class attribute naming a plain class, persists nothing.
                Case::pass("test_dns.py", "import unittest\nfrom twisted.names import dns\n\nclass MessageTests(unittest.TestCase):\n    def messageFactory(self, *args, **kwargs):\n        queries = kwargs.pop('queries', [])\n        m = dns.Message(**kwargs)\n        m.queries = queries\n        return m\n\n    def test_id(self):\n        self.assertEqual(self.messageFactory(id=10), self.messageFactory(id=10))\n"),
                Case::pass("test_dns.py", "import unittest\nfrom twisted.names import dns\n\nclass EDNSMessageTests(unittest.TestCase):\n    messageFactory = dns._EDNSMessage\n\n    def test_repr(self):\n        m = self.messageFactory(id=10, opCode=20)\n"),
                // A positional literal of some `...Factory` constructor is no record field.
                Case::pass("test_smtp.py", "from io import BytesIO\nfrom twisted.mail import smtp\n\ndef test_x():\n    clientFactory = smtp.SMTPSenderFactory(b'bob@example.org', b'alice@example.com', BytesIO(b'msg'), None)\n"),
                // Nor is a positional options dict of a connection factory.
                Case::pass("tests/test_params.py", "from django_redis import pool\n\ndef test_x():\n    params = pool.ConnectionFactory({'USERNAME': 'django', 'PASSWORD': 'pw'}).make_connection_params('')\n"),
                Case::fail("tests/test_params.py", "def test_x(db):\n    user = UserFactory(username='django')\n", &["'django'"]),
                // A wrong password passed positionally after the account.
                Case::pass("tests/test_service.py", "class T(TestCase):\n    def test_failed_login(self):\n        user = self.make_user()\n        self.client.get('/')\n        self._login(user, 'firstuser', 'wrongpass')\n"),
                // Protocol clients driven over an in-memory transport log into a
                // server object of the same test.
                Case::pass("tests/test_imap.py", "from twisted.internet.testing import StringTransport\nfrom twisted.mail import imap4\n\ndef test_x(self):\n    transport = StringTransport()\n    protocol = imap4.IMAP4Client()\n    protocol.makeConnection(transport)\n    d = protocol.login(b'blah', b'blah')\n    self.client.lineReceived(b'* OK')\n"),
                // A create the test expects to fail creates nothing.
                Case::pass("tests/test_a.py", "from django.db import IntegrityError\nfrom django.test import TestCase\n\nclass T(TestCase):\n    def test_a(self):\n        with self.assertRaises(IntegrityError):\n            UniqueTest.objects.create(year=None, slug='aaa')\n"),
                // So does one told to expect a 4xx: the write is rejected.
                Case::pass("tests/test_user.py", "class T(BaseTest):\n    def test_name_errors(self):\n        self.create_user('abc', 'valid@email.com', 'pw', expected_status=400)\n"),
                // A 2xx expectation, or a status that is no literal 4xx, still writes.
                Case::fail("tests/test_user.py", "class T(BaseTest):\n    def test_ok(self):\n        self.create_user('my_user', 'a@b.c', 'pw', expected_status=200)\n", &["'my_user'"]),
                Case::fail("tests/test_user.py", "class T(BaseTest):\n    def test_ok(self, code):\n        self.create_user('my_user', 'a@b.c', 'pw', expected_status=code)\n", &["'my_user'"]),
                // A request whose response the test next asserts to be a 4xx
                // is refused: the sign-up stores nothing, the login shares no
                // session.
                Case::pass("tests/test_signup.py", "class T(APIBaseTest):\n    def test_plus(self):\n        response = self.client.post('/api/signup/', {'email': 'john+alias@x.com', 'password': 'p'})\n        self.assertEqual(response.status_code, status.HTTP_400_BAD_REQUEST)\n"),
                Case::pass("tests/test_users.py", "def test_promote(api_client, unique_user):\n    data = {'email': 'user@example.com', 'admin': True}\n    response = api_client.put(f'/api/admin/users/{unique_user.id}', json=data)\n\n    assert response.status_code == 403\n"),
                Case::pass("tests/test_login.py", "def test_locked(client):\n    r = client.post('/api/login', json={'email': 'admin@example.com', 'password': 'pw'})\n    assert r.status_code == HTTPStatus.FORBIDDEN\n"),
                // A 2xx, or a 4xx asserted of another response, still writes.
                Case::fail("tests/test_signup.py", "class T(APIBaseTest):\n    def test_ok(self):\n        response = self.client.post('/api/signup/', {'email': 'ok@x.com', 'password': 'p'})\n        self.assertEqual(response.status_code, status.HTTP_201_CREATED)\n", &["'ok@x.com'"]),
                // 401 is no refusal of the write: allauth's headless sign-up
                // answers it with the account created and its e-mail pending.
                Case::fail("tests/test_signup.py", "def test_pending(client):\n    resp = client.post('/_allauth/app/v1/auth/signup', data={'username': 'wizard', 'email': 'w@x.com'})\n    assert resp.status_code == HTTPStatus.UNAUTHORIZED\n", &["'w@x.com'"]),
                Case::fail("tests/test_signup.py", "def test_twice(client):\n    first = client.post('/api/signup/', json={'email': 'dup@x.com'})\n    second = client.post('/api/signup/', json={'email': 'dup@x.com'})\n    assert second.status_code == 400\n", &["'dup@x.com'"]),
                // A sign-up whose password confirmation differs from the
                // password is refused by the form; a matching pair still writes.
                Case::pass("tests/test_views.py", "class T(TestCase):\n    def test_invalid_form(self):\n        response = self.client.post(self.register_url, {'username': 'kiwi-tester', 'password1': 'password-1', 'password2': 'password-2', 'email': 'new-tester@example.com'})\n        self.assertEqual(response.status_code, 200)\n"),
                Case::pass("tests/test_signup.py", "def test_mismatch(client):\n    body = {'email': 'a@x.com', 'password': 'secret1', 'confirm_password': 'secret2'}\n    client.post('/api/signup/', json=body)\n"),
                Case::fail("tests/test_views.py", "class T(TestCase):\n    def test_register(self):\n        self.client.post(self.register_url, {'username': 'kiwi-tester', 'password1': 'password', 'password2': 'password', 'email': 'new-tester@example.com'})\n", &["'new-tester@example.com'"]),
                // A client factory that logs in, not a user record.
                Case::pass("tests/test_a.py", "import pytest\n\n@pytest.mark.asyncio\nasync def test_a(create_redis):\n    r2 = await create_redis(flushdb=False, username='username', password='password')\n    assert await r2.ping()\n"),
                // moto fakes AWS in the worker's own memory.
                Case::pass("tests/test_iam.py", "import boto3\nfrom moto import mock_aws\n\n@mock_aws\ndef test_create_access_key():\n    conn = boto3.client('iam', region_name='us-east-1')\n    conn.create_user(UserName='my-user')\n"),
                // Deliberately wrong credentials share no account.
                Case::pass("test_a.py", "from django.test import TestCase\n\nclass T(TestCase):\n    def test_a(self):\n        response = self.client.login(username='incorrect', password='password')\n        user = authenticate(username='no_such_user', password='x')\n"),
                Case::pass("test_u.py", "def test_x(db):\n    User.objects.create(username=f'user-{uuid4()}', email=f'{uuid.uuid4()}@x.com')\n"),
                Case::pass("tests/test_api.py", "from fastapi import FastAPI\nfrom fastapi.testclient import TestClient\napp = FastAPI()\n@app.post('/items/')\ndef create(item: dict):\n    return item\nclient = TestClient(app)\ndef test_create():\n    client.post('/items/', json={'id': 'foobar'})\n    client.post('/token', data={'username': 'johndoe', 'password': 'secret'})\n"),
                Case::pass("test_u.py", "def test_x(db, faker):\n    User.objects.create(email=faker.email())\n"),
                Case::pass("test_u.py", "def test_x(db, worker_id):\n    User.objects.create(username=f'admin-{worker_id}')\n"),
                Case::pass("test_u.py", "def test_x(db):\n    User.objects.create(name='Test', title='x', password='pw')\n"),
                Case::pass("test_u.py", "def test_x():\n    assert is_valid_email('a@b.com')\n"),
                Case::pass("test_u.py", "def test_x():\n    repo = Mock()\n    repo.create(email='a@b.com')\n"),
                Case::pass("test_u.py", "def test_x():\n    repo = MagicMock()\n    repo.save(User(email='a@b.com'))\n"),
                Case::pass("test_u.py", "def test_x(mocker):\n    create = mocker.patch('app.models.User.objects.create')\n    User.objects.create(email='a@b.com')\n"),
                Case::pass("test_u.py", "from unittest.mock import patch\n@patch('app.services.User')\ndef test_x(mock_user):\n    User.objects.create(email='a@b.com')\n"),
                // A patch of the key generator or the clock as the models
                // module sees it (django-rest-framework test_authtoken.py)
                // leaves the models' writes real.
                Case::fail("test_u.py", "from unittest import mock\nclass T(TestCase):\n    def setUp(self):\n        self.user = User.objects.create_user(username='test_user')\n    def test_key(self):\n        with mock.patch('rest_framework.authtoken.models.secrets.token_hex') as m:\n            m.return_value = 'k'\n", &["'test_user'"]),
                Case::fail("test_u.py", "from unittest.mock import patch\n@patch('shop.models.timezone.now')\ndef test_x(now, db):\n    User.objects.create(email='a@b.com')\n", &["'a@b.com'"]),
                Case::pass("test_u.py", "from unittest.mock import patch\n@patch('shop.models.User')\ndef test_x(user, db):\n    User.objects.create(email='a@b.com')\n"),
                Case::pass("test_u.py", "class FakeRepo:\n    def create(self, **kw):\n        return kw\n\ndef test_x():\n    repo = FakeRepo()\n    repo.create(email='a@b.com')\n"),
                Case::pass("test_u.py", "def test_x():\n    conn = sqlite3.connect(':memory:')\n    conn.execute(\"INSERT INTO users (id, email) VALUES (1, 'a@b.com')\")\n"),
                Case::pass("test_u.py", "def test_x(tmp_path):\n    engine = create_engine(f'sqlite:///{tmp_path}/db.sqlite')\n    User.objects.create(email='a@b.com')\n"),
                Case::pass("test_u.py", "import mongomock\ndef test_x():\n    coll.insert_one({'email': 'a@b.com'})\n"),
                // A collection named from a fresh `ObjectId()`/uuid is the test's own;
                // `ObjectId("...")` parses a literal, and a fixed name is shared.
                Case::pass("test_u.py", "from bson import ObjectId\ndef test_x(client):\n    collection = client.db[f'sfp_test_{ObjectId()}']\n    collection.insert_one({'_id': 0})\n"),
                Case::pass("test_u.py", "import uuid\ndef test_x(db):\n    db.get_collection(f'c_{uuid.uuid4().hex}').insert_one({'email': 'a@b.com'})\n"),
                Case::fail("test_u.py", "from bson import ObjectId\ndef test_x(client):\n    collection = client.db[f'sfp_test_{ObjectId(\"5f1d7a2b3c4d5e6f7a8b9c0d\")}']\n    collection.insert_one({'_id': 0})\n", &["0"]),
                Case::fail("test_u.py", "def test_x(client):\n    collection = client.db['sfp_test']\n    collection.insert_one({'_id': 0})\n", &["0"]),
                // sqlite-utils' and Datasette's in-memory databases.
                Case::pass("test_u.py", "from sqlite_utils import Database\ndef test_x():\n    db = Database(memory=True)\n    db['users'].insert({'id': 1, 'email': 'a@b.com'})\n"),
                Case::pass("test_u.py", "def test_x(ds):\n    db = ds.add_database(Database(ds, memory_name='shared'))\n    db.execute_write(\"INSERT INTO users (id, email) VALUES (1, 'a@b.com')\")\n"),
                Case::fail("test_u.py", "from sqlite_utils import Database\ndef test_x():\n    db = Database('app.db', memory=False)\n    db['users'].insert({'id': 1, 'email': 'a@b.com'})\n", &["'a@b.com'"]),
                Case::pass("test_u.py", "def test_x(session):\n    cache.add(User(email='a@b.com'))\n    users.add('a@b.com')\n"),
                // Merging a key the same test already stored finds that record.
                Case::pass("test_merge.py", "from sqlalchemy.orm import Session\ndef test_x(engine):\n    with Session(engine) as sess:\n        c1 = Child(id=1, data='custom')\n        sess.add(c1)\n        sess.flush()\n        c2 = sess.merge(Child(id=1))\n"),
                // The very object the test stored, merged into a second session.
                Case::pass("test_merge.py", "from sqlalchemy.orm import Session\ndef test_x(engine):\n    with Session(engine) as sess:\n        a1 = Address(id=1, email_address='a1@x.com')\n        sess.add(a1)\n        sess.commit()\n    with Session(engine) as sess2:\n        a2 = sess2.merge(a1)\n"),
                Case::fail("test_merge.py", "from sqlalchemy.orm import Session\ndef test_x(engine):\n    with Session(engine) as sess:\n        u = User(id=5)\n        sess.merge(u)\n        sess.add(u)\n", &["u"]),
                Case::fail("test_merge.py", "def test_x(sess):\n    a = sess.merge(User(id=1, name='ed'))\n    b = sess.merge(User(id=1, name='jack'))\n    u = User(id=2)\n    c = sess.merge(User(id=2))\n    sess.merge(Address(id=1))\n", &["1", "2", "1"]),
                Case::fail("test_merge.py", "def test_a(sess):\n    sess.add_all([User(id=3)])\n\ndef test_b(sess):\n    sess.merge(User(id=3))\n", &["3"]),
                // The same in methods of a class not taken for a test class.
                Case::fail("test_merge.py", "class MergeTest(fixtures.FixtureTest):\n    def test_a(self):\n        sess.add(User(id=1))\n        sess.merge(User(id=1))\n    def test_b(self):\n        sess.merge(User(id=1))\n", &["1"]),
                // `list.insert`, not a table insert.
                Case::pass("test_u.py", "def test_x(session):\n    expected = [Manager(id=5)]\n    expected.insert(0, Person(id=2))\n    rows = list(session.query(Person))\n    rows.insert(0, Person(id=3))\n    alias = expected\n    alias.insert(0, Person(id=4))\n"),
                Case::fail("test_u.py", "def test_x(db):\n    users = db.users\n    users.insert({'id': 2, 'email': 'm@x.com'})\n    expected = []\n    expected = db.table('t')\n    expected.insert({'id': 7})\n", &["'m@x.com'", "7"]),
                // A temporary table lives in one connection: its rows are private.
                Case::pass("tests/test_tmp.py", "class T(ConnectingTestCase):\n    def setUp(self):\n        curs = self.conn.cursor()\n        curs.execute('CREATE TEMPORARY TABLE table1 (id int PRIMARY KEY)')\n\n    def test_a(self):\n        curs = self.conn.cursor()\n        curs.execute('INSERT INTO table1 VALUES (1)')\n        curs.execute(\"insert into nttest values (2, 'bar')\")\n\n    def test_b(self):\n        curs = self.conn.cursor()\n        curs.execute('create temp table if not exists \"nttest\" (i int, s text)')\n"),
                Case::fail("tests/test_tmp.py", "def test_setup(curs):\n    curs.execute('CREATE TABLE users (id int)')\n\ndef test_a(curs):\n    curs.execute('CREATE TEMP TABLE scratch (id int)')\n    curs.execute('INSERT INTO users VALUES (1)')\n", &["1"]),
                // The same name created as a plain table elsewhere in the file is shared.
                Case::fail("tests/test_tmp.py", "class A(TestCase):\n    def setUp(self):\n        self.curs.execute('CREATE TEMPORARY TABLE tbl (id int)')\n\nclass B(TestCase):\n    def test_create(self):\n        self.curs.execute('CREATE TABLE tbl (id int PRIMARY KEY, name text)')\n\n    def test_b(self):\n        self.curs.execute(\"INSERT INTO tbl VALUES (1, 'hello')\")\n", &["1"]),
                // The setUp preparing the test makes the table temporary: the
                // session's temporary table hides another test's plain one.
                Case::pass("tests/test_tmp.py", "class AsyncTests(TestCase):\n    def setUp(self):\n        self.curs.execute('CREATE TEMPORARY TABLE table1 (id int PRIMARY KEY)')\n\n    def test_commit(self):\n        self.curs.execute('insert into table1 values (1)')\n\n    def test_scroll(self):\n        self.sync.execute('create table table1 (id int)')\n"),
                Case::fail("tests/test_tmp.py", "class AsyncTests(TestCase):\n    def setUp(self):\n        self.curs.execute('CREATE TEMPORARY TABLE table1 (id int PRIMARY KEY)')\n\n    def test_scroll(self):\n        self.sync.execute('create table table1 (id int)')\n\nclass Other(TestCase):\n    def test_b(self):\n        self.curs.execute('insert into table1 values (2)')\n", &["2"]),
                // A plain factory_boy Factory of the file only instantiates its model.
                Case::pass("tests/test_t.py", "import factory\n\nclass Upper:\n    def __init__(self, name, **extra):\n        self.name = name\n\nclass UpperFactory(factory.Factory):\n    name = 'x'\n\n    class Meta:\n        model = Upper\n\nclass LowerFactory(UpperFactory):\n    pass\n\ndef test_a():\n    assert UpperFactory(username='john.doe').name\n    assert LowerFactory.create(email='a@b.com').name\n"),
                // A model factory of the file persists its records.
                Case::fail("tests/test_t.py", "import factory\n\nclass UserFactory(factory.django.DjangoModelFactory):\n    class Meta:\n        model = User\n\ndef test_a(db):\n    UserFactory(username='john.doe')\n", &["'john.doe'"]),
                // Registering a blueprint with the app creates no record.
                Case::pass("tests/test_bp.py", "from flask import Blueprint, Flask\ndef test_x():\n    app = Flask(__name__)\n    bp = Blueprint('parent', __name__)\n    app.register_blueprint(bp, subdomain='api')\n"),
            ],
        );
    }

    #[test]
    fn set39_alembic_op_fixture_renders_sql_only() {
        assert_rule(
            "shared-seed-data",
            &[
                // Set 39 (alembic): `op_fixture(dialect)` points alembic's `op`
                // proxy at a context that records the SQL it renders.
                Case::pass("tests/test_bulk_insert.py", "from alembic import op\nfrom alembic.testing.fixtures import op_fixture\n\nclass BulkInsertTest(TestBase):\n    def _table_fixture(self, dialect, as_sql):\n        context = op_fixture(dialect, as_sql)\n        return context, table(\"t\")\n\n    def test_x(self):\n        context, t1 = self._table_fixture(\"default\", False)\n        op.bulk_insert(t1, [{\"id\": 1, \"v1\": \"row v1\"}])\n"),
                // Without `op_fixture` the proxy runs against a real migration context.
                Case::fail("tests/test_bulk_insert.py", "from alembic import op\n\ndef test_x(migration_context):\n    op.bulk_insert(t1, [{\"id\": 1, \"v1\": \"row v1\"}])\n", &["1"]),
                // An `Operations` bound to a real connection is no capture context.
                Case::fail("tests/test_bulk_insert.py", "from alembic import op\nfrom alembic.testing.fixtures import op_fixture\n\nclass RoundTripTest(TestBase):\n    def setUp(self):\n        self.op = op.Operations(MigrationContext.configure(config.db.connect()))\n\n    def test_x(self):\n        self.op.bulk_insert(t1, [{\"id\": 1, \"data\": \"d1\"}])\n\ndef test_y():\n    context = op_fixture(\"postgresql\")\n", &["1"]),
            ],
        );
    }

    #[test]
    fn set35_mock_connections_selenium_logins_and_bound_clients() {
        assert_rule(
            "shared-seed-data",
            &[
                // Set 35 (Mongomantic): `connect(host, db, mock=True)` opens a
                // mongomock database in the worker's own memory, like
                // mongoengine's `is_mock=True`.
                Case::pass("tests/test_repo.py", "import pytest\nfrom mongomantic import connect\n\n@pytest.fixture\ndef mongodb():\n    connect(\"localhost:27017\", \"test\", mock=True)\n\ndef test_save(mongodb):\n    UserRepository.save(User(email=\"john@google.com\"))\n"),
                Case::pass("tests/test_repo.py", "from mongoengine import connect\n\nclass T(TestCase):\n    def setUp(self):\n        connect('project1', is_mock=True)\n\n    def test_x(self):\n        User(email='a@x.com').save()\n"),
                // A connection to the real server is no mock, whatever else the
                // call says.
                Case::fail("tests/test_repo.py", "import pytest\nfrom mongomantic import connect\n\n@pytest.fixture\ndef mongodb():\n    connect(\"localhost:27017\", \"test\", mock=False)\n\ndef test_save(mongodb):\n    UserRepository.save(User(email=\"john@google.com\"))\n", &["\"john@google.com\""]),
                // Set 35 (ecommerce): Python Selenium types into a located
                // field with `send_keys`, and Enter submits the form.
                Case::fail("dashboard/test/test_selenium.py", "from selenium.webdriver.common.keys import Keys\nfrom selenium.webdriver.common.by import By\n\ndef test_admin_login(live_server, chrome_browser):\n    browser = chrome_browser\n    browser.get(live_server.url + '/admin/login/')\n    user_name = browser.find_element(By.NAME, \"username\")\n    user_password = browser.find_element(By.NAME, \"password\")\n    submit = browser.find_element(By.XPATH, '//input[@value=\"Log in\"]')\n    user_name.send_keys('admin')\n    user_password.send_keys('password')\n    submit.send_keys(Keys.RETURN)\n", &["'admin'"]),
                Case::fail("tests/test_login.py", "from selenium.webdriver.common.by import By\n\ndef test_login(driver):\n    driver.find_element(By.ID, 'email').send_keys('admin@example.com')\n    driver.find_element(By.ID, 'login').click()\n", &["'admin@example.com'"]),
                // Typing without submitting, or into a search box, logs nobody in.
                Case::pass("tests/test_login.py", "from selenium.webdriver.common.by import By\n\ndef test_login(driver):\n    driver.find_element(By.ID, 'email').send_keys('admin@example.com')\n"),
                Case::pass("tests/test_search.py", "from selenium.webdriver.common.by import By\n\ndef test_search(driver):\n    box = driver.find_element(By.NAME, 'q')\n    box.send_keys('admin')\n    box.send_keys(Keys.RETURN)\n"),
                // Set 35 (task_management_FastAPI): a client named for what it
                // is built from (`AsyncClient(...) as ac`), not by its name.
                Case::fail("tests/test_routes.py", "import pytest\nfrom httpx import AsyncClient\nfrom app.main import app\n\n@pytest.mark.asyncio\nasync def test_create_user():\n    async with AsyncClient(app=app, base_url=\"http://test\") as ac:\n        response = await ac.post(\"/users\", json={\"name\": \"John Doe\", \"email\": \"john@example.com\"})\n", &["\"john@example.com\""]),
                Case::fail("tests/test_routes.py", "from fastapi.testclient import TestClient\nfrom app.main import app\n\ndef test_create_user():\n    c = TestClient(app)\n    c.post('/users', json={'email': 'john@example.com'})\n", &["'john@example.com'"]),
                Case::fail("tests/test_routes.py", "import requests\n\ndef test_create_user():\n    s = requests.Session()\n    s.post('http://localhost:8000/users', json={'email': 'john@example.com'})\n", &["'john@example.com'"]),
                // A name bound to something else is no HTTP client.
                Case::pass("tests/test_routes.py", "def test_x():\n    ac = Accumulator()\n    ac.post('/users', {'email': 'john@example.com'})\n"),
            ],
        );
    }

    #[test]
    fn set78_pytest_django_admin_fixtures() {
        assert_rule(
            "shared-seed-data",
            &[
                // Set 78 (a Django app's Selenium suite): pytest-django's
                // `admin_client` requests `admin_user`, which creates the
                // superuser `admin` (password `password`) in the test's
                // database; typing it into the login form logs into the
                // test's own record, in the test or in a helper every caller
                // of which requests the fixture.
                Case::pass("app/tests/test_views.py", "from selenium import webdriver\n\ndef test_login(admin_client, live_server):\n    selenium = webdriver.Firefox()\n    selenium.get(live_server + '/new/')\n    selenium.find_element_by_id('id_username').send_keys('admin')\n    selenium.find_element_by_id('id_password').send_keys('password')\n    selenium.find_element_by_tag_name('form').submit()\n"),
                Case::pass("app/tests/test_views.py", "from selenium import webdriver\n\ndef login_as_admin(selenium):\n    selenium.find_element_by_id('id_username').send_keys('admin')\n    selenium.find_element_by_id('id_password').send_keys('password')\n    selenium.find_element_by_tag_name('form').submit()\n\ndef test_a(admin_client, live_server):\n    login_as_admin(webdriver.Firefox())\n\ndef test_b(admin_user, live_server):\n    login_as_admin(webdriver.Firefox())\n"),
                Case::pass("app/tests/test_admin.py", "def test_admin(page, live_server, admin_user):\n    page.goto(live_server.url + '/admin/')\n    page.fill('#id_username', 'admin')\n    page.fill('#id_password', 'password')\n    page.click('input[type=submit]')\n"),
                // Through a fixture of the file that requests it, or a mark.
                Case::pass("app/tests/test_admin.py", "import pytest\n\n@pytest.fixture\ndef logged_in(page, live_server, admin_user):\n    page.goto(live_server.url)\n    return page\n\ndef test_admin(logged_in):\n    logged_in.fill('#id_username', 'admin')\n    logged_in.fill('#id_password', 'password')\n    logged_in.click('input[type=submit]')\n"),
                Case::pass("app/tests/test_admin.py", "import pytest\n\n@pytest.mark.usefixtures('admin_user')\ndef test_admin(page, live_server):\n    page.fill('#id_username', 'admin')\n    page.fill('#id_password', 'password')\n    page.click('input[type=submit]')\n"),
                // A test that requests neither logs into an account someone
                // else made; so does the helper when one caller does not.
                Case::fail("app/tests/test_views.py", "from selenium import webdriver\n\ndef test_login(live_server):\n    selenium = webdriver.Firefox()\n    selenium.find_element_by_id('id_username').send_keys('admin')\n    selenium.find_element_by_id('id_password').send_keys('password')\n    selenium.find_element_by_tag_name('form').submit()\n", &["'admin'"]),
                Case::fail("app/tests/test_views.py", "from selenium import webdriver\n\ndef login_as_admin(selenium):\n    selenium.find_element_by_id('id_username').send_keys('admin')\n    selenium.find_element_by_id('id_password').send_keys('password')\n    selenium.find_element_by_tag_name('form').submit()\n\ndef test_a(admin_client, live_server):\n    login_as_admin(webdriver.Firefox())\n\ndef test_b(live_server):\n    login_as_admin(webdriver.Firefox())\n", &["'admin'"]),
                // Another account than the fixture's is still shared.
                Case::fail("app/tests/test_admin.py", "def test_admin(page, live_server, admin_user):\n    page.fill('#id_username', 'staff')\n    page.fill('#id_password', 'password')\n    page.click('input[type=submit]')\n", &["'staff'"]),
                // A fixture of the file named `admin_user` replaces the
                // plugin's; it creates `root`, not `admin`.
                Case::fail("app/tests/test_admin.py", "import pytest\n\n@pytest.fixture\ndef admin_user(db):\n    return User.objects.create_superuser(username=make_name(), password='pw')\n\ndef test_admin(page, live_server, admin_user):\n    page.fill('#id_username', 'admin')\n    page.fill('#id_password', 'pw')\n    page.click('input[type=submit]')\n", &["'admin'"]),
            ],
        );
    }

    #[test]
    fn set81_fields_of_bound_objects() {
        // strapi's API tests keep their records in fields of a `const`
        // object and hand one over nested under `userInfo`.
        assert_rule(
            RULE,
            &[
                Case::fail("tests/auth.test.api.js", "const internals = {\n  user: { username: 'test', email: 'test@strapi.io' },\n  newPassword: 'Test12345',\n};\nbeforeAll(async () => {\n  await createAuthenticatedUser({ strapi, userInfo: internals.user });\n});", &["internals.user"]),
                Case::fail("tests/u.test.js", "const fixtures = { admin: { email: 'admin@x.com' } };\nit('a', async () => { await User.create(fixtures.admin); });", &["fixtures.admin"]),
                Case::fail("tests/u.test.js", "const info = { email: 'info@x.com' };\nit('a', async () => { await createUser({ userData: info }); });", &["info"]),
                // Another field of the object written (strapi's
                // `internals.role = await utils.createRole(...)`): the
                // record's field still holds its literal.
                Case::fail("tests/u.test.js", "const internals = { role: null, user: { email: 'a@x.com' } };\nbeforeAll(async () => {\n  internals.role = await createRole();\n  await User.create(internals.user);\n});", &["internals.user"]),
                // The file rewrites the field, or a field of the record, or a
                // computed field of the object: what it holds at the call is
                // not known.
                Case::pass("tests/u.test.js", "const internals = { user: { email: 'a@x.com' } };\nbeforeAll(async () => {\n  internals.user = { email: `${randomUUID()}@x.com` };\n  await User.create(internals.user);\n});"),
                Case::pass("tests/u.test.js", "const internals = { user: { email: 'a@x.com' } };\nbeforeAll(async () => {\n  internals[key] = {};\n  await User.create(internals.user);\n});"),
                Case::pass("tests/u.test.js", "const internals = { user: { email: 'a@x.com' } };\nbeforeAll(async () => {\n  internals.user.email = `${randomUUID()}@x.com`;\n  await User.create(internals.user);\n});"),
                // A field of an object the file does not bind, or a key that
                // names no record.
                Case::pass("tests/u.test.js", "import { internals } from './fixtures';\nit('a', async () => { await User.create(internals.user); });"),
                Case::pass("tests/u.test.js", "const cfg = { mail: { email: 'a@x.com' } };\nit('a', async () => { await createUser({ settings: cfg.mail }); });"),
            ],
        );
    }

    #[test]
    fn set81_uppercase_verb_clients() {
        // payload's NextRESTClient and openapi-fetch name their methods by
        // the HTTP verb.
        assert_rule(
            RULE,
            &[
                Case::fail("test/auth/int.spec.ts", "it('registers', async () => {\n  const email = 'first-user@example.com'\n  await restClient.POST(`/users/first-register`, {\n    body: JSON.stringify({ email, password: 'test' }),\n  })\n})", &["email"]),
                Case::fail("tests/users.test.ts", "const client = createClient({ baseUrl });\nit('creates', async () => {\n  await client.PUT('/users/{id}', { params: { path: { id } }, body: { username: 'alice' } });\n});", &["'alice'"]),
                Case::pass("tests/users.test.ts", "const client = createClient({ baseUrl });\nit('creates', async () => {\n  await client.POST('/users', { body: { email: `${randomUUID()}@x.com` } });\n});"),
                // Not a client: a route handler's `POST` export called
                // directly is judged by its request, not by its name.
                Case::pass("tests/route.test.ts", "import * as route from '../app/api/users/route';\nit('rejects', async () => {\n  await route.POST(new Request('http://x/api/users', { method: 'POST' }));\n});"),
            ],
        );
    }

    #[test]
    fn set78_seleniumbase_type_selector_text() {
        assert_rule(
            "shared-seed-data",
            &[
                // Set 78 (SeleniumBase examples): `self.type(selector, text)`
                // types into the field the selector names, on `self` or on
                // the `sb` fixture, through a name bound in the file too.
                Case::fail("examples/test_login.py", "from seleniumbase import BaseCase\n\nclass T(BaseCase):\n    def login(self):\n        self.open('https://shop.example')\n        self.type('#user-name', 'standard_user')\n        self.type('#password', 'secret_sauce')\n        self.click('input[type=\"submit\"]')\n\n    def test_login(self):\n        self.login()\n", &["'standard_user'"]),
                Case::fail("tests/test_sb.py", "USER = 'admin'\n\ndef test_login(sb):\n    sb.open('https://staging.example/login')\n    sb.update_text('#username', USER)\n    sb.type('#password', 'pw')\n    sb.click('button[type=submit]')\n", &["USER"]),
                // A search box, typing without a submit, and a helper's
                // parameter (reported where a caller passes a literal) are no
                // login.
                Case::pass("examples/test_search.py", "from seleniumbase import BaseCase\n\nclass T(BaseCase):\n    def test_search(self):\n        self.type('input[name=\"q\"]', 'admin')\n        self.click('button[type=submit]')\n"),
                Case::pass("examples/test_login.py", "from seleniumbase import BaseCase\n\nclass T(BaseCase):\n    def test_login(self):\n        self.type('#user-name', 'standard_user')\n"),
                Case::pass("examples/test_login.py", "import uuid\nfrom seleniumbase import BaseCase\n\nclass T(BaseCase):\n    def login(self, username):\n        self.type('#user-name', username)\n        self.type('#password', 'pw')\n        self.click('input[type=\"submit\"]')\n\n    def test_login(self):\n        self.login(str(uuid.uuid4()))\n"),
                // Playwright's `locator.type(text, options)` keeps its text
                // in the first argument.
                Case::fail("e2e/login.spec.ts", "import { test } from '@playwright/test';\ntest('login', async ({ page }) => {\n  await page.locator('#email').type('admin@example.com', { delay: 50 });\n  await page.locator('#password').type('pw', { delay: 50 });\n  await page.click('button[type=submit]');\n});\n", &["'admin@example.com'"]),
            ],
        );
    }

    /// Spec sweep 82: helpers and fixtures named like doubles or HTTP
    /// interceptors are judged by their body, and Angular's testing backend
    /// fakes only the TestBeds that use it.
    #[test]
    fn sweep85_inserts_on_shared_connections_beside_an_in_memory_database() {
        // spec sweep 85: rows inserted through a connection the file opens by
        // name to a shared database collide even when the file also opens an
        // in-memory SQLite or pg-mem database (reached through a fixture
        // that yields the connection, or a module-level pool).
        assert_rule(
            RULE,
            &[
                Case::fail("tests/test_db.py", "import sqlite3, pytest\n@pytest.fixture\ndef memory_db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\n@pytest.fixture\ndef file_db():\n    conn = sqlite3.connect(\"test.db\")\n    yield conn\ndef test_memory(memory_db):\n    memory_db.execute(\"INSERT INTO users (id, email) VALUES (1, 'alice@example.com')\")\ndef test_file(file_db):\n    file_db.execute(\"INSERT INTO users (id, email) VALUES (2, 'bob@example.com')\")\n", &["'bob@example.com'"]),
                Case::fail("ledger.test.ts", "import { newDb } from 'pg-mem';\nimport { Pool } from 'pg';\nconst { Pool: MemPool } = newDb().adapters.createPg();\nconst mem = new MemPool();\nconst shared = new Pool({ connectionString: process.env.DATABASE_URL });\ntest('books', async () => {\n  await mem.query(\"INSERT INTO entries (id, code) VALUES (1, 'OPENING')\");\n  await shared.query(\"INSERT INTO entries (id, code) VALUES (2, 'CLOSING')\");\n});", &["'CLOSING'"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // Only the in-memory database, and an ORM write beside a
                // shared pool (not told apart by connection).
                Case::pass("ledger.test.ts", "import { newDb } from 'pg-mem';\nconst { Pool } = newDb().adapters.createPg();\nconst pool = new Pool();\ntest('books', async () => {\n  await pool.query(\"INSERT INTO entries (id, code) VALUES (1, 'OPENING')\");\n  await Entry.create({ code: 'OPENING' });\n});"),
                Case::pass("tests/test_db.py", "import sqlite3, pytest\n@pytest.fixture\ndef memory_db():\n    conn = sqlite3.connect(\":memory:\")\n    yield conn\ndef test_other(db):\n    db.execute(\"INSERT INTO users (id, email) VALUES (2, 'bob@example.com')\")\n"),
            ],
        );
    }

    #[test]
    fn sweep82_real_clients_named_like_doubles_and_real_angular_backends() {
        assert_rule(
            RULE,
            &[
                // A same-file helper named `mock_*` returning a real session,
                // and a same-file `http_client_mock` fixture yielding a real
                // client: the requests reach the API.
                Case::fail("tests/test_api.py", "import requests\n\ndef mock_session():\n    return requests.Session()\n\ndef test_x():\n    session = mock_session()\n    session.post('https://api.example.test/users', json={'email': 'carol@example.com'})\n", &["'carol@example.com'"]),
                Case::fail("tests/test_api.py", "import httpx, pytest\n\n@pytest.fixture\ndef http_client_mock():\n    with httpx.Client(base_url='https://api.example.test') as client:\n        yield client\n\ndef test_x(http_client_mock):\n    http_client_mock.post('/users', json={'email': 'dave@example.com'})\n", &["'dave@example.com'"]),
                Case::fail("tests/test_ha.py", "import requests\n\nasync def test_x(hass, hass_client):\n    client = await hass_client()\n    await client.get('/api/onboarding')\n    requests.post('https://accounts.example.test/users', json={'username': 'cloud-owner'})\n", &["'cloud-owner'"]),
                // A describe whose TestBed gets the real HttpClientModule, in a
                // file that imports the testing module for another describe.
                Case::fail("src/app/signup.service.spec.ts", "import { HttpClientModule } from '@angular/common/http';\nimport { HttpClientTestingModule } from '@angular/common/http/testing';\ndescribe('mocked', () => {\n  beforeEach(() => TestBed.configureTestingModule({ imports: [HttpClientTestingModule] }));\n  it('posts', () => { service.register({ email: 'a-user@example.com' }).subscribe(); });\n});\ndescribe('real', () => {\n  beforeEach(() => TestBed.configureTestingModule({ imports: [HttpClientModule] }));\n  it('posts', () => { service.register({ email: 'b-user@example.com' }).subscribe(); });\n});\n", &["'b-user@example.com'"]),
            ],
        );
        assert_rule(
            RULE,
            &[
                // A request to an absolute URL in a test that also requests
                // Home Assistant's own-instance client.
                Case::pass("tests/test_ha.py", "async def test_x(hass, hass_client):\n    client = await hass_client()\n    await client.post('/api/onboarding/users', json={'username': 'owner'})\n"),
                // Helpers and fixtures of those names whose body mocks.
                Case::pass("tests/test_api.py", "import httpx, pytest\n\n@pytest.fixture\ndef http_client_mock():\n    transport = httpx.MockTransport(lambda r: httpx.Response(201))\n    with httpx.Client(transport=transport) as client:\n        yield client\n\ndef test_x(http_client_mock):\n    http_client_mock.post('/users', json={'email': 'dave@example.com'})\n"),
                Case::pass("tests/test_api.py", "from unittest import mock\n\ndef mock_session():\n    return mock.Mock()\n\ndef test_x():\n    session = mock_session()\n    session.post('https://api.example.test/users', json={'email': 'carol@example.com'})\n"),
                // Both describes on the testing backend.
                Case::pass("src/app/signup.service.spec.ts", "import { provideHttpClient } from '@angular/common/http';\nimport { provideHttpClientTesting } from '@angular/common/http/testing';\ndescribe('a', () => {\n  beforeEach(() => TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] }));\n  it('posts', () => { service.register({ email: 'a-user@example.com' }).subscribe(); });\n});\n"),
            ],
        );
    }
}

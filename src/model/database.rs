//! Database knowledge shared by rules: which calls execute SQL, how to read
//! the SQL text of an argument (strings, templates, f-strings, `text(...)`,
//! names bound to them), whether a statement is table-wide destructive
//! (TRUNCATE, unfiltered DELETE, DROP TABLE|SCHEMA|DATABASE), which ORM /
//! driver calls wipe data, which calls write records, which fields are
//! unique keys, whether the file talks to a per-file private database, and
//! which receivers are mocks or in-memory fakes defined in the file.

use super::facts::{self, plain_string, Call};
use super::scope::{ScopeId, MODULE};
use super::values::Value;
use super::Model;
use crate::model::kinds::{self, FieldByName};
use tree_sitter::Node;

/// Calls that open a database connection, client, engine or pool
/// (`sqlite3.connect`, `create_engine`, `new Client(...)`, `knex(...)`).
const CONNECTORS: &[&str] = &[
    "connect",
    "create_engine",
    "create_async_engine",
    "Database",
    "Sequelize",
    "DataSource",
    "knex",
    "Knex",
    "MongoClient",
    "Pool",
    "Client",
    "PrismaClient",
    "Redis",
    "StrictRedis",
];

/// Methods whose first argument is SQL text that gets executed.
pub const SQL_EXEC_METHODS: &[&str] = &[
    "query",
    "execute",
    "executemany",
    "executescript",
    "exec",
    "exec_driver_sql",
    // SQLAlchemy `Session.scalar(s)`: runs the statement, returns its rows.
    "scalar",
    "scalars",
    "raw",
    "run",
    "none",
    "any",
    "many",
    "multi",
    "unsafe",
    "$executeRaw",
    "$executeRawUnsafe",
    "$queryRaw",
    "$queryRawUnsafe",
    "executeQuery",
    "executeSql",
    "prepare",
    "runSql",
    "sql",
    "batch_execute",
];

/// A function name that says it runs SQL or a script: `execute_db_script`,
/// `run_sql`, `dbExec`, `runSqlFile`.
fn names_sql_runner(method: &str) -> bool {
    // Asked for every call a rule weighs: a scan of the name's bytes, with
    // no lower-cased copy.
    let name = method.as_bytes();
    (0..name.len()).any(|i| {
        let rest = &name[i..];
        ["sql", "exec", "script"]
            .iter()
            .any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Whether `sql` begins with a statement that changes rows or tables.
fn starts_with_write_statement(sql: &str) -> bool {
    let head = sql.trim_start();
    ["TRUNCATE", "DELETE", "DROP", "INSERT", "UPDATE"]
        .iter()
        .any(|k| {
            head.get(..k.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(k))
                && head[k.len()..].starts_with(|c: char| c.is_ascii_whitespace())
        })
}

/// A `CREATE [TEMP|TEMPORARY] TABLE [IF NOT EXISTS] name` read from SQL
/// text ([`created_tables`]).
struct CreatedTable {
    /// Lower-cased and unquoted ([`sql_table_name`]).
    name: String,
    temporary: bool,
    if_not_exists: bool,
}

/// Every `CREATE ... TABLE` statement in `lower` (lower-cased text), in
/// order.
fn created_tables(lower: &str) -> impl Iterator<Item = CreatedTable> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(i) = lower[from..].find("create") {
            let at = from + i + "create".len();
            from = at;
            let mut words = lower[at..].split_whitespace().peekable();
            let temporary = matches!(words.peek(), Some(&("temp" | "temporary")));
            if temporary {
                words.next();
            }
            if words.next() != Some("table") {
                continue;
            }
            let mut name = words.next().unwrap_or("");
            let if_not_exists = name == "if";
            if if_not_exists {
                let _ = words.next();
                let _ = words.next();
                name = words.next().unwrap_or("");
            }
            return Some(CreatedTable {
                name: sql_table_name(name),
                temporary,
                if_not_exists,
            });
        }
        None
    })
}

/// Wrappers that turn text into an SQL statement object: SQLAlchemy
/// `text(...)`, psycopg `sql.SQL(...)`, `Prisma.sql`, `sql.raw`.
const SQL_WRAPPERS: &[&str] = &["text", "SQL", "sql", "raw", "literal_column"];

/// A table-wide destructive statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Destructive {
    /// `TRUNCATE`, `DELETE FROM (no WHERE)`, `DROP TABLE`...
    pub what: String,
    /// The table / schema / database named, as written (may be empty).
    pub target: String,
    /// Byte offset in [`SqlText::text`] of the statement's first keyword.
    pub at: usize,
    /// Byte offset in [`SqlText::text`] of the end of its last word.
    pub end: usize,
}

impl Destructive {
    /// The statement's first keyword: `TRUNCATE`, `DELETE` or `DROP`.
    pub fn keyword(&self) -> &str {
        self.what.split(' ').next().unwrap_or("")
    }
}

/// SQL text read from source: literal parts plus holes for interpolated
/// expressions, with what each hole evaluated to.
#[derive(Debug, Clone, Default)]
pub struct SqlText {
    pub text: String,
    /// Byte range in `text` of each hole and its value.
    pub holes: Vec<(usize, usize, Value)>,
}

impl SqlText {
    fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
    }
    fn push_hole(&mut self, v: Value) {
        let start = self.text.len();
        // A placeholder that reads as an identifier to the classifier.
        self.text.push_str("__hole__");
        self.holes.push((start, self.text.len(), v));
    }
    /// `s`, each `{name}` in it (not `{{`) a hole of unknown value.
    fn push_str_with_placeholders(&mut self, s: &str) {
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let close = after.find('}');
            let name = close.map(|c| &after[..c]);
            match name {
                Some(name)
                    if !name.is_empty()
                        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
                {
                    self.push_str(&rest[..open]);
                    self.push_hole(Value::Unknown);
                    rest = &after[name.len() + 1..];
                }
                _ => {
                    self.push_str(&rest[..open + 1]);
                    rest = after;
                }
            }
        }
        self.push_str(rest);
    }
    fn append(&mut self, other: SqlText) {
        let base = self.text.len();
        self.text.push_str(&other.text);
        for (s, e, v) in other.holes {
            self.holes.push((s + base, e + base, v));
        }
    }
    /// Values of the holes overlapping `start..end` of the text.
    fn holes_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Value> {
        self.holes
            .iter()
            .filter(move |(s, e, _)| *s < end && *e > start)
            .map(|(_, _, v)| v)
    }
}

const MAX_SQL_DEPTH: usize = 8;

impl<'t> Model<'t> {
    /// Where the destructive statement `d` of `sql` (the SQL text of `node`)
    /// is written inside `node`'s source: from its keyword to the end of the
    /// statement (a `;` or the end of the string), as byte offsets in the
    /// file. The keyword is matched by occurrence (the second `TRUNCATE` of
    /// the text is the second one written), so a statement reached through
    /// a name, whose source holds no keyword, has none.
    pub fn statement_span(
        &self,
        node: Node<'t>,
        sql: &SqlText,
        d: &Destructive,
    ) -> Option<(usize, usize)> {
        let src = self.text(node);
        let keyword = d.keyword();
        let in_text = keyword_offsets(&sql.text, keyword);
        let in_src = keyword_offsets(src, keyword);
        if in_text.len() != in_src.len() {
            return None;
        }
        let k = in_text.iter().position(|&o| o == d.at)?;
        let start = *in_src.get(k)?;
        let rest = &src[start..];
        let written = sql.text.get(d.at..d.end).unwrap_or("");
        // Written as the text reads (no holes, no pieces): up to its last
        // word; else up to the `;` or the end of the string.
        let len = if rest.starts_with(written) {
            written.len()
        } else {
            let stop = rest.find(';').unwrap_or(rest.len());
            rest[..stop]
                .trim_end_matches(|c: char| {
                    c.is_whitespace() || matches!(c, '\'' | '"' | '`' | ')')
                })
                .len()
        };
        let begin = node.start_byte() + start;
        Some((begin, begin + len))
    }

    /// The SQL text of an expression: a string, template literal, f-string,
    /// concatenation, `text("...")` wrapper, or a name bound to one of these.
    pub fn sql_text(&self, node: Node<'t>) -> Option<SqlText> {
        self.sql_text_at(node, 0)
    }

    fn sql_text_at(&self, node: Node<'t>, depth: usize) -> Option<SqlText> {
        if depth > MAX_SQL_DEPTH {
            return None;
        }
        let d = depth + 1;
        match node.kind() {
            "string" | "template_string" => {
                let mut out = SqlText::default();
                // A plain (not f-) Python string's `{schema}` is a
                // placeholder the call fills in (`project.run_sql("drop
                // table {schema}.t")`, formatted by the runner): a hole of
                // unknown value, as `.format(...)` gives below.
                let placeholders = self.lang.is_python() && !is_python_fstring(self, node);
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    match child.kind() {
                        "string_content" if placeholders => {
                            out.push_str_with_placeholders(self.text(child))
                        }
                        "string_fragment" | "string_content" | "escape_sequence" => {
                            out.push_str(self.text(child))
                        }
                        "template_substitution" | "interpolation" => {
                            let inner = child.field("expression").or_else(|| child.named_child(0));
                            out.push_hole(inner.map_or(Value::Unknown, |n| self.eval(n).value));
                        }
                        _ => {}
                    }
                }
                Some(out)
            }
            "concatenated_string" => {
                let mut out = SqlText::default();
                let mut cursor = node.walk();
                for child in node.named_children(&mut cursor) {
                    out.append(self.sql_text_at(child, d)?);
                }
                Some(out)
            }
            "binary_expression" | "binary_operator" => {
                let op = node.field("operator").map(|o| self.text(o)).unwrap_or("");
                if op != "+" {
                    return None;
                }
                let left = node.field("left")?;
                let right = node.field("right")?;
                let part = |n: Node<'t>| {
                    self.sql_text_at(n, d).unwrap_or_else(|| {
                        let mut h = SqlText::default();
                        h.push_hole(self.eval(n).value);
                        h
                    })
                };
                let mut out = self.sql_text_at(left, d)?;
                out.append(part(right));
                Some(out)
            }
            "parenthesized_expression" | "await_expression" | "await" | "as_expression" => {
                self.sql_text_at(node.named_child(0)?, d)
            }
            "identifier" => {
                // The binding the name refers to here (two helpers that
                // each bind `query` have two bindings), written once.
                let writes = self.visible_writes(node)?;
                let mut values = writes.into_iter().filter_map(|a| a.value);
                let value = values.next()?;
                if values.next().is_some() || value.id() == node.id() {
                    return None;
                }
                self.sql_text_at(value, d)
            }
            "call_expression" | "call" => {
                let callee = node.field("function")?;
                let args = node.field("arguments")?;
                // Tagged template: sql`TRUNCATE users`.
                if args.kind() == "template_string" {
                    return self.sql_text_at(args, d);
                }
                let path = self.path_of(callee);
                let method = facts::last_segment(&path);
                let first = {
                    let mut cursor = args.walk();
                    let first = args
                        .named_children(&mut cursor)
                        .find(|c| c.kind() != "comment");
                    first
                }?;
                if method == "format" && callee.kind() == "attribute" {
                    // "DROP SCHEMA {}".format(name): holes isolated when an
                    // argument is.
                    let object = callee.field("object")?;
                    let base = self.sql_text_at(object, d)?;
                    let mut cursor = args.walk();
                    let isolated = args
                        .named_children(&mut cursor)
                        .any(|a| self.eval(a).value.is_isolated());
                    let mut out = SqlText::default();
                    for (i, piece) in base.text.split('{').enumerate() {
                        if i == 0 {
                            out.push_str(piece);
                            continue;
                        }
                        let rest = piece.split_once('}').map_or("", |(_, r)| r);
                        out.push_hole(if isolated {
                            Value::Isolated
                        } else {
                            Value::Unknown
                        });
                        out.push_str(rest);
                    }
                    return Some(out);
                }
                if SQL_WRAPPERS.contains(&method) {
                    return self.sql_text_at(first, d);
                }
                None
            }
            _ => None,
        }
    }

    /// The SQL argument of a call that executes SQL, if it is one: a
    /// driver's method ([`SQL_EXEC_METHODS`]), or a project's own runner
    /// named for SQL or execution (`execute_db_script`, `run_sql`,
    /// `dbExec`) when its first argument is written out as a statement that
    /// changes rows or tables (`"DROP DATABASE ..."`, `"TRUNCATE ..."`).
    pub fn sql_argument(&self, call: &Call<'t>) -> Option<Node<'t>> {
        let method = call.method();
        if !SQL_EXEC_METHODS.contains(&method) {
            return names_sql_runner(method)
                .then(|| call.positional(0))
                .flatten()
                .filter(|&arg| {
                    self.sql_text(arg)
                        .is_some_and(|sql| starts_with_write_statement(&sql.text))
                });
        }
        call.keyword("sql")
            .or_else(|| call.keyword("statement"))
            .or_else(|| call.keyword("query"))
            .or_else(|| call.positional(0))
    }

    /// Tagged template calls (`sql\`...\``, `prisma.$executeRaw\`...\``):
    /// the call node, its callee path and the template. They are not in
    /// [`Model::calls`], whose query needs an argument list.
    pub fn tagged_templates(&self) -> Vec<(Node<'t>, String, Node<'t>)> {
        // Collected by the facts query (queries/javascript/facts.scm).
        self.tagged_template_calls().to_vec()
    }

    /// Whether the file talks to a database private to it: in-memory SQLite,
    /// a database file or URL built from an isolated value (`tmp_path`,
    /// `mkdtemp`, `worker_id`; also a Django connection registered with such
    /// a name), `MongoMemoryServer`, `pg-mem`, mongomock, a Testcontainers
    /// container started in the file, or a per-file schema the runner
    /// config's test environment module makes
    /// ([`super::ProjectFacts::private_database_environment`]).
    pub fn private_database(&self) -> bool {
        self.private_database_whole_file() || self.opens_isolated_connection()
    }

    /// Whether the file opens a connection, client, engine or pool with an
    /// isolated argument (`sqlite3.connect(tmp_path / "x.db")`,
    /// `new Client({ database: \`app_${JEST_WORKER_ID}\` })`): the private
    /// database of [`Self::private_database`] that is reached through named
    /// connections, so a connection the file opens beside it to a shared
    /// database is told apart ([`Self::runs_on_shared_connection`]).
    pub fn opens_isolated_connection(&self) -> bool {
        self.calls.iter().any(|c| {
            CONNECTORS.contains(&c.method())
                && c.args()
                    .iter()
                    .any(|a| self.connection_is_isolated(a.value))
        })
    }

    /// [`Self::private_database`] for every statement of the file: an
    /// in-memory database, a fake or in-process server, a per-file schema,
    /// not told apart by connection.
    pub fn private_database_whole_file(&self) -> bool {
        let src = self.src;
        if names_in_memory_database(src) || self.project.private_database_environment {
            return true;
        }
        let imports = |needle: &str| self.imports.iter().any(|i| i.contains(needle));
        if imports("pg-mem") || imports("mongomock") || imports("sails-memory") {
            return true;
        }
        // LoopBack's memory connector: `new DataSource('memory')`,
        // `new DataSource({ connector: 'memory' })`.
        let memory_connector = self.calls.iter().any(|c| {
            c.method() == "DataSource"
                && c.positional(0).is_some_and(|a| {
                    let t = self.text(a);
                    t.contains("'memory'") || t.contains("\"memory\"")
                })
        });
        if memory_connector {
            return true;
        }
        if imports("testcontainers") && (src.contains(".start(") || src.contains("Container(")) {
            return true;
        }
        if self.switches_to_worker_schema() {
            return true;
        }
        // Django: a connection registered at run time whose database is
        // built from an isolated value (`connections.databases[alias] =
        // {"ENGINE": "...sqlite3", "NAME": str(tmp_path / "x.sqlite3")}`,
        // `settings.DATABASES["other"] = {...}`); the file's writes
        // `.using(alias)` land there.
        const REGISTERED: &[u8] = b"databases.[]";
        let registers_isolated = self.assigns.iter().any(|a| {
            let path = a.target_path.as_bytes();
            path.len() >= REGISTERED.len()
                && path[path.len() - REGISTERED.len()..].eq_ignore_ascii_case(REGISTERED)
                && a.value.is_some_and(|v| self.connection_is_isolated(v))
        });
        registers_isolated
    }

    /// Whether the file's private database is only an in-memory SQLite
    /// database (`sqlite3.connect(":memory:")`, `create_engine("sqlite://")`)
    /// or pg-mem: one the file reaches through the connections it opens to
    /// it, so a connection it opens beside it to a database file or URL
    /// (`sqlite3.connect("test.db")`, `new Pool({ connectionString:
    /// process.env.DATABASE_URL })`) still reaches a shared database
    /// ([`Self::runs_on_named_shared_connection`]). The other private
    /// databases of [`Self::private_database_whole_file`] (a memory
    /// server, mongomock, a container, a per-file schema, the runner's test
    /// environment) cover every statement of the file.
    pub fn private_database_by_in_memory_connection(&self) -> bool {
        static IN_MEMORY_SQLITE: AnyOf = AnyOf::new(&[":memory:", "\"sqlite://\"", "'sqlite://'"]);
        let src = self.src;
        let imports = |needle: &str| self.imports.iter().any(|i| i.contains(needle));
        (IN_MEMORY_SQLITE.in_text(src) || imports("pg-mem"))
            && !self.private_database_beyond_connections()
    }

    /// [`Self::private_database_whole_file`] for a reason other than an
    /// in-memory SQLite database or pg-mem.
    fn private_database_beyond_connections(&self) -> bool {
        static SERVERS: AnyOf =
            AnyOf::new(&["MongoMemoryServer", "MongoMemoryReplSet", "mongomock"]);
        let src = self.src;
        if SERVERS.in_text(src)
            || has_memory_keyword(src)
            || self.project.private_database_environment
        {
            return true;
        }
        let imports = |needle: &str| self.imports.iter().any(|i| i.contains(needle));
        imports("mongomock")
            || imports("sails-memory")
            || imports("testcontainers")
            || self.calls.iter().any(|c| c.method() == "DataSource")
            || self.switches_to_worker_schema()
            || self
                .assigns
                .iter()
                .any(|a| a.target_path.to_ascii_lowercase().ends_with("databases.[]"))
    }

    /// Whether `call` (`conn.execute("DELETE FROM users")`, `pool.query(...)`)
    /// runs on a connection the file opens by name to a shared database:
    /// its receiver is bound, in the scope that declares it (or, for a
    /// pytest fixture parameter, in the same-file fixture that yields it),
    /// only to connector calls given a database file or URL written out
    /// (`sqlite3.connect(DB_FILE)`, `DB_FILE = "test.db"`) or read from the
    /// environment (`process.env.DATABASE_URL`), none of them in memory or
    /// isolated. A connector called with nothing (pg-mem's `new Pool()`)
    /// names no database.
    pub fn runs_on_named_shared_connection(&self, call: &Call<'t>) -> bool {
        let root = facts::first_segment(call.receiver());
        !root.is_empty() && self.names_shared_connection(root, call.scope, 0)
    }

    fn names_shared_connection(&self, name: &str, from: ScopeId, depth: usize) -> bool {
        if depth > 2 {
            return false;
        }
        let Some(declared) = self.declaring_scope(name, from) else {
            return false;
        };
        if self.scope(declared).params.iter().any(|p| p == name) {
            // A pytest fixture parameter: what the same-file fixture yields.
            let Some(body) = self.fixture_named(name).and_then(|f| f.field("body")) else {
                return false;
            };
            return match super::values::returned_expressions(body).as_slice() {
                [only] if only.kind() == "identifier" => {
                    self.names_shared_connection(self.text(*only), self.scope_of(*only), depth + 1)
                }
                [only] => self.is_named_shared_connector(unwrap_await(*only)),
                _ => false,
            };
        }
        let mut values = self
            .bindings_of(name)
            .filter(|a| a.scope == declared)
            .map(|a| a.value.map(unwrap_await))
            .peekable();
        values.peek().is_some()
            && values.all(|v| v.is_some_and(|v| self.is_named_shared_connector(v)))
    }

    /// Whether `node` is a connector call given a database file or URL
    /// written out or read from the environment, neither in memory nor
    /// isolated.
    fn is_named_shared_connector(&self, node: Node<'t>) -> bool {
        const LOCATIONS: &[&str] = &[
            "connectionString",
            "connection",
            "url",
            "uri",
            "dsn",
            "filename",
            "database",
            "host",
        ];
        let Some(call) = self.calls.iter().find(|c| c.node == node) else {
            return false;
        };
        if !CONNECTORS.contains(&call.method()) {
            return false;
        }
        let reads_environment = |text: &str| {
            text.contains("process.env") || text.contains("os.environ") || text.contains("getenv(")
        };
        let args = call.args();
        !args.is_empty()
            && args.iter().all(|a| {
                let text = self.text(a.value);
                !names_in_memory_database(text) && !self.connection_is_isolated(a.value)
            })
            && args.iter().any(|a| {
                let text = self.text(a.value);
                match self.eval(a.value).value {
                    Value::Str(s) => !s.is_empty(),
                    Value::Object(fields) => fields.iter().any(|(k, v)| {
                        LOCATIONS.contains(&k.as_str())
                            && match v {
                                Value::Str(s) => !s.is_empty(),
                                _ => reads_environment(text),
                            }
                    }),
                    _ => reads_environment(text),
                }
            })
    }

    /// Whether `call` (`conn.execute("TRUNCATE t")`) runs on a connection
    /// the file opens to a database that is not private: its receiver is a
    /// name whose bindings in the scope that declares it are all connector
    /// calls with no isolated argument (`conn =
    /// psycopg.connect(os.environ["DATABASE_URL"])`). A file that also
    /// opens a private database ([`Self::private_database`], a session
    /// fixture's SQLite file under `tmp_path_factory`) still sends this
    /// statement to the shared one. A receiver bound otherwise (a fixture
    /// parameter, an import) is not known to be shared.
    pub fn runs_on_shared_connection(&self, call: &Call<'t>) -> bool {
        let root = facts::first_segment(call.receiver());
        if root.is_empty() {
            return false;
        }
        let Some(declared) = self.declaring_scope(root, call.scope) else {
            return false;
        };
        let mut values = self
            .bindings_of(root)
            .filter(|a| a.scope == declared)
            .map(|a| a.value.map(unwrap_await))
            .peekable();
        values.peek().is_some()
            && values.all(|v| {
                v.is_some_and(|v| {
                    self.calls.iter().any(|c| {
                        c.node == v
                            && CONNECTORS.contains(&c.method())
                            && !c
                                .args()
                                .iter()
                                .any(|a| self.connection_is_isolated(a.value))
                    })
                })
            })
    }

    /// Tables the file creates as temporary (`CREATE TEMP TABLE t`,
    /// `CREATE TEMPORARY TABLE IF NOT EXISTS t`), lower-cased and unquoted.
    /// A temporary table lives in one connection (session): no other
    /// worker sees its rows, so writes into it collide with nobody.
    /// A name the file also creates as a plain table (`CREATE TABLE t` in
    /// another test) is not one of them.
    pub fn temporary_tables(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut permanent: Vec<String> = Vec::new();
        for table in created_tables(&self.src.to_ascii_lowercase()) {
            let list = if table.temporary {
                &mut out
            } else {
                &mut permanent
            };
            if !table.name.is_empty() && !list.contains(&table.name) {
                list.push(table.name);
            }
        }
        out.retain(|t| !permanent.contains(t));
        out
    }

    /// Whether the test, hook or fixture owning `scope` creates `table`
    /// itself (`CREATE TABLE tab1 (a int, b int)` before `INSERT INTO tab1
    /// VALUES (1, 2)`, in one statement or two): the rows it then inserts
    /// live in a table of its own, keyed by nothing another test writes.
    /// `CREATE TABLE IF NOT EXISTS` may meet a table someone else made, and
    /// a table made at module level is shared by the file's tests: neither
    /// counts. Asked only for an INSERT with a literal key (rare), it reads
    /// the owner's text once.
    pub fn creates_table_in(&self, scope: ScopeId, table: &str) -> bool {
        let owner = self.owner(scope);
        if owner == MODULE || table.is_empty() || self.scope(owner).is_container() {
            return false;
        }
        let lower = self.text(self.scope(owner).node).to_ascii_lowercase();
        let found = created_tables(&lower).any(|t| !t.if_not_exists && t.name == table);
        found
    }

    /// Whether the test running `scope`, or a setup hook or fixture that
    /// prepares it ([`Model::prepares`]), creates `table` as a temporary
    /// table (`setUp` runs `CREATE TEMPORARY TABLE table1 ...`). An
    /// unqualified name resolves to the session's temporary table first
    /// (PostgreSQL's `pg_temp`, SQLite's `temp` schema, MySQL), so the
    /// test's INSERT lands there even when another test of the file makes a
    /// plain table of the same name ([`Self::temporary_tables`] does not
    /// count such a name). Asked only for an INSERT with a literal key.
    pub fn creates_temporary_table_for(&self, scope: ScopeId, table: &str) -> bool {
        if table.is_empty() {
            return false;
        }
        let Some(test) = self.enclosing_test(scope) else {
            return false;
        };
        (0..self.scopes.len()).any(|s| {
            let sc = self.scope(s);
            (s == test || sc.is_hook() || sc.is_fixture())
                && self.prepares(s, test)
                && created_tables(&self.text(sc.node).to_ascii_lowercase())
                    .any(|t| t.temporary && t.name == table)
        })
    }

    /// A connection argument (URL, file, options object, possibly nested)
    /// built from an isolated value: a per-worker database.
    fn connection_is_isolated(&self, node: Node<'t>) -> bool {
        fn any_isolated(v: &Value, depth: usize) -> bool {
            if depth > 4 {
                return false;
            }
            match v {
                Value::Isolated => true,
                Value::Object(fields) => fields.iter().any(|(_, f)| any_isolated(f, depth + 1)),
                Value::Seq(items) => items.iter().any(|f| any_isolated(f, depth + 1)),
                _ => false,
            }
        }
        any_isolated(&self.eval(node).value, 0)
    }

    /// Whether the file switches its connection to a per-worker schema or
    /// database (`SET search_path TO test_${JEST_WORKER_ID}`, `USE db_{worker_id}`).
    fn switches_to_worker_schema(&self) -> bool {
        self.calls.iter().any(|c| {
            let Some(arg) = self.sql_argument(c) else {
                return false;
            };
            let Some(sql) = self.sql_text(arg) else {
                return false;
            };
            let upper = sql.text.to_ascii_uppercase();
            (upper.contains("SEARCH_PATH") || upper.trim_start().starts_with("USE "))
                && sql.holes.iter().any(|(_, _, v)| v.is_isolated())
        })
    }

    /// Whether the Redis the file talks to is fakeredis, a Redis kept in the
    /// worker's own memory (like mongomock for MongoDB): the file imports
    /// `fakeredis` and builds no client of the real server (`redis.Redis()`,
    /// `StrictRedis(...)`, `redis.from_url(...)`). Flushing it wipes nothing
    /// another worker sees.
    pub fn fakes_redis(&self) -> bool {
        let imports_fake = self
            .imports
            .iter()
            .any(|i| i.split(['/', '.']).next() == Some("fakeredis"));
        imports_fake
            && !self.calls.iter().any(|c| {
                let fake = c.path.to_ascii_lowercase().contains("fake");
                let client = matches!(c.method(), "Redis" | "StrictRedis")
                    || (c.method() == "from_url"
                        && facts::last_segment(c.receiver())
                            .to_ascii_lowercase()
                            .contains("redis"));
                client && !fake
            })
    }

    /// Whether the file fakes the backend it would write to: an in-memory
    /// server (miragejs) or an HTTP interceptor (msw, nock, fetch-mock,
    /// axios-mock-adapter, Angular's `@angular/common/http/testing`, whose
    /// `HttpClientTestingModule`/`provideHttpClientTesting()` answer every
    /// `HttpClient` request of the TestBed from `HttpTestingController`,
    /// Python `responses`/`requests_mock`/`respx`).
    /// What they fake is a channel, not the file: requests, API clients and
    /// SDK calls (boto3 under moto, a Redis client under fakeredis) get
    /// the canned answer, while a write through an ORM handle or SQL
    /// (see [`fakes_write`]) still reaches the real database.
    pub fn fakes_backend(&self) -> bool {
        self.imports.iter().any(|i| {
            let root = i.split(['/', '.']).next().unwrap_or("");
            self.import_fakes(i, root)
        })
    }

    /// Whether the import `module` (whose first segment is `root`) is one
    /// of the fakes [`Model::fakes_backend`] lists.
    fn import_fakes(&self, module: &str, root: &str) -> bool {
        FAKE_BACKENDS.contains(&module) || FAKE_BACKENDS.contains(&root)
    }

    /// Whether the file's only faked channel is Angular's testing backend
    /// and the code at `scope` runs in a `describe` (or test) whose TestBed
    /// is given the real `HttpClientModule` / `provideHttpClient()` without
    /// `HttpClientTestingModule` / `provideHttpClientTesting()`: importing
    /// the testing module for one block does not fake another block's
    /// requests, which reach the real API.
    pub fn real_angular_http_at(&self, scope: ScopeId) -> bool {
        let angular_only = self.imports.iter().all(|i| {
            let root = i.split(['/', '.']).next().unwrap_or("");
            i.as_str() == "@angular/common/http/testing" || !self.import_fakes(i, root)
        });
        if !angular_only {
            return false;
        }
        self.ancestors(scope).any(|id| {
            let text = self.text(self.scope(id).node);
            (text.contains("HttpClientModule") || text.contains("provideHttpClient()"))
                && !text.contains("HttpClientTestingModule")
                && !text.contains("provideHttpClientTesting")
        })
    }

    /// Whether the code at `scope` runs under a pytest fixture that intercepts
    /// its HTTP requests, requested by the test, hook or fixture it is in (or
    /// one enclosing it): the plugins' `requests_mock`, `httpx_mock`,
    /// `respx_mock`, `aioresponses`, or a project fixture whose name says it
    /// is a mocked HTTP channel (`http_client_mock`, `mock_transport`). Like
    /// an imported interceptor ([`Model::fakes_backend`]), it fakes a
    /// channel: an SDK call the test makes (`client.accounts.create(...)`)
    /// gets the canned answer and stores nothing another worker sees.
    /// A project fixture of such a name that this file defines is judged
    /// by its body, not its name: one that builds a real client
    /// (`with httpx.Client(base_url=API) as client: yield client`) and
    /// mocks nothing is the real channel.
    pub fn requests_http_mock(&self, scope: ScopeId) -> bool {
        let mut at = Some(scope);
        while let Some(id) = at {
            let Some(s) = self.scopes.get(id) else { break };
            if s.params
                .iter()
                .any(|p| is_http_mock_fixture(p) && !self.helper_is_real_http_client(p))
            {
                return true;
            }
            at = s.parent;
        }
        false
    }

    /// Whether the same-file function or fixture `name` builds a real HTTP
    /// client (`httpx.Client(...)`, `requests.Session()`, aiohttp's
    /// `ClientSession()`) and nothing in its body mocks, fakes or stubs the
    /// channel (`MockTransport`, `requests_mock.Mocker()`, `respx`): named
    /// like a double (`mock_session`, `http_client_mock`), it is the real
    /// channel all the same.
    pub fn helper_is_real_http_client(&self, name: &str) -> bool {
        let Some(body) = self.functions.get(name).and_then(|f| f.field("body")) else {
            return false;
        };
        let text = self.text(body).to_ascii_lowercase();
        let mocks = [
            "mock",
            "fake",
            "stub",
            "respx",
            "responses",
            "cassette",
            "vcr",
        ]
        .iter()
        .any(|m| text.contains(m));
        let builds = ["client(", "session("].iter().any(|c| text.contains(c));
        builds && !mocks
    }

    /// Whether the code at `scope` runs in a test (or hook, or fixture) that
    /// requests a client of its own in-process application instance, by
    /// itself or through a scope enclosing it: pytest-homeassistant's
    /// `hass_client`, `hass_client_no_auth` and `hass_ws_client` serve the
    /// `hass` instance the test's own fixture built, its auth and storage
    /// in memory (`hass_storage`). A login or record posted there is kept
    /// by that instance alone: no other test or worker sees it, like a
    /// write into a per-file private database.
    pub fn requests_own_instance_client(&self, scope: ScopeId) -> bool {
        let mut at = Some(scope);
        while let Some(id) = at {
            let Some(s) = self.scopes.get(id) else { break };
            if s.params.iter().any(|p| is_own_instance_client_fixture(p)) {
                return true;
            }
            at = s.parent;
        }
        false
    }

    /// The route a browser-side stub answers with a canned response, as the
    /// source text of its matcher arguments: Cypress's `cy.intercept(url,
    /// { fixture })`, `cy.intercept('POST', /users\/login/, { statusCode:
    /// 422, body })`, `cy.route('POST', url, response)`, `cy.route2(...)`.
    /// A request the page sends there (a submitted form) gets the canned
    /// answer and reaches no backend. `None` for a spy, which lets the
    /// request through (`cy.intercept('POST', '/users')`, a matcher alone,
    /// or a handler function that may `req.continue()`).
    pub fn browser_stub_route(&self, call: &Call<'t>) -> Option<&'t str> {
        if call.receiver() != "cy" || !matches!(call.method(), "intercept" | "route" | "route2") {
            return None;
        }
        let args: Vec<Node<'t>> = call.args().iter().map(|a| a.value).collect();
        let (&response, matcher) = args.split_last()?;
        let first = *matcher.first()?;
        // `cy.intercept('POST', '/users')`: a method and a URL, no response.
        if matcher.len() == 1
            && plain_string(first, self.src).is_some_and(|m| {
                ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&m.to_ascii_uppercase().as_str())
            })
        {
            return None;
        }
        if !matches!(
            response.kind(),
            "object" | "array" | "string" | "template_string"
        ) {
            return None;
        }
        let last = *matcher.last()?;
        Some(&self.src[first.start_byte()..last.end_byte()])
    }

    /// Whether the file builds the web app it calls in process
    /// (`app = FastAPI()`, `Flask(__name__)`, `express()`, `fastify()`...)
    /// and gives it no database: requests through a test client then reach
    /// only that app, which lives in the worker's own memory, so the
    /// accounts and records they post are not shared with other workers.
    pub fn serves_own_app(&self) -> bool {
        *self.own_app.get_or_init(|| {
            const APPS: &[&str] = &[
                "FastAPI",
                "Flask",
                "Quart",
                "Starlette",
                "Sanic",
                "Litestar",
                "Bottle",
                "Application",
                "express",
                "Koa",
                "fastify",
                "Fastify",
                "Hono",
            ];
            const DATABASES: &[&str] = &[
                "sqlalchemy",
                "sqlmodel",
                "sqlite3",
                "aiosqlite",
                "django",
                "psycopg",
                "psycopg2",
                "asyncpg",
                "pymongo",
                "motor",
                "redis",
                "peewee",
                "tortoise",
                "databases",
                "mongoengine",
                "prisma",
                "@prisma/client",
                "knex",
                "sequelize",
                "mongoose",
                "typeorm",
                "pg",
                "mysql",
                "mysql2",
                "ioredis",
                "mongodb",
                "drizzle-orm",
                "better-sqlite3",
                "sqlite",
            ];
            let builds_app = self.assigns.iter().any(|a| {
                let Some(v) = a.value else { return false };
                if !matches!(v.kind(), "call" | "call_expression" | "new_expression") {
                    return false;
                }
                let callee = v.field("function").or_else(|| v.field("constructor"));
                callee.is_some_and(|c| {
                    let path = self.path_of(c);
                    APPS.contains(&super::facts::last_segment(&path))
                })
            });
            builds_app
                && !self.imports.iter().any(|i| {
                    let root = i.split(['/', '.']).next().unwrap_or("");
                    DATABASES.contains(&i.as_str()) || DATABASES.contains(&root)
                })
        })
    }

    /// Whether `receiver` is a name that, where scope `from` sees it, is
    /// only ever bound to an in-memory collection: a list, dict or set
    /// literal, a comprehension, `list(...)`/`dict(...)`, JS `[]`/`new Map()`,
    /// or another such name. `expected.insert(0, Person(id=2))` on
    /// `expected = []` is `list.insert`, not a table insert.
    pub fn is_in_memory_collection(&self, receiver: &str, from: super::scope::ScopeId) -> bool {
        self.collection_name(receiver, from, 0)
    }

    fn collection_name(&self, name: &str, from: super::scope::ScopeId, depth: usize) -> bool {
        if depth > 3 || name.is_empty() || name.contains('.') {
            return false;
        }
        self.every_visible_value(name, from, |v, scope| {
            self.is_container_value(v)
                || (v.kind() == "identifier"
                    && self.collection_name(self.text(v), scope, depth + 1))
        })
    }

    /// Whether `name` has a binding visible from `from` and every such
    /// binding has a value (awaited values unwrapped) that `accepts`, given
    /// the scope of the binding.
    fn every_visible_value(
        &self,
        name: &str,
        from: super::scope::ScopeId,
        accepts: impl Fn(Node<'t>, super::scope::ScopeId) -> bool,
    ) -> bool {
        let mut visible = self
            .bindings_of(name)
            .filter(|a| self.is_within(from, a.scope))
            .peekable();
        visible.peek().is_some()
            && visible.all(|a| a.value.is_some_and(|v| accepts(unwrap_await(v), a.scope)))
    }

    /// Whether `receiver` names a TypeORM repository of this file:
    /// every binding visible from `from` is a `getRepository(...)`,
    /// `getTreeRepository(...)` or `getMongoRepository(...)` call
    /// (`const posts = connection.getRepository(Post)`), or the receiver is
    /// such a call itself. Its `create(...)`
    /// only instantiates an entity in memory; `save`/`insert`/`upsert`
    /// write it.
    pub fn is_entity_repository(&self, receiver: &str, from: super::scope::ScopeId) -> bool {
        if self.lang.is_python() {
            return false;
        }
        // Chained: `dataSource.getRepository(User).create({...})`.
        const GETTERS: [&str; 3] = ["getRepository", "getTreeRepository", "getMongoRepository"];
        if GETTERS.iter().any(|g| {
            receiver
                .strip_suffix(".()")
                .is_some_and(|r| r == *g || r.ends_with(&format!(".{g}")))
        }) {
            return true;
        }
        if receiver.is_empty() || receiver.contains('.') {
            return false;
        }
        self.every_visible_value(receiver, from, |v, _| {
            v.kind() == "call_expression"
                && v.field("function").is_some_and(|f| {
                    let name = match f.kind() {
                        "member_expression" => f.field("property").map_or("", |p| self.text(p)),
                        "identifier" => self.text(f),
                        _ => "",
                    };
                    GETTERS.contains(&name)
                })
        })
    }

    /// Whether `receiver` names a smart contract this file deploys itself:
    /// every valued binding of the name in the file is a deployment
    /// (`token = await Token.deploy()`, `(await F.deploy()).deployed()`,
    /// `ethers.deployContract("T")`, `hre.viem.deployContract("T")`,
    /// `upgrades.deployProxy(F, [...])`, Truffle `Token.new()` on an
    /// `artifacts.require(...)` / `contract.fromArtifact(...)` artifact), or
    /// a name destructured from `loadFixture(deploy)` where the same-file
    /// fixture `deploy` binds that name to a deployment. `.connect(signer)`
    /// (same contract, another sender) is looked through. The instance is
    /// a store of its own: a fresh address on the worker's own chain, so
    /// what a test writes into it no other worker sees.
    pub fn is_own_deployed_contract(&self, receiver: &str) -> bool {
        if self.lang.is_python() {
            return false;
        }
        let mut name = receiver;
        // (A path spells an argument list `.()`: `token.connect.()`.)
        while let Some(r) = name.strip_suffix(".connect.()") {
            name = r;
        }
        if name.is_empty() || name.contains(['.', '(']) {
            return false;
        }
        // Every binding of the name in the file, wherever it is made (a
        // hook assigns the describe's `let token;`): one that is not a
        // deployment may hold any contract.
        let mut deployed = false;
        for a in self.bindings_of(name) {
            let ok = match a.value {
                Some(v) => self.is_contract_deployment(v, 0),
                None => {
                    // `let token;` declares without a value; a destructured
                    // part has its source on the whole declarator or
                    // assignment.
                    let Some(source) = a.node.field("value").or_else(|| a.node.field("right"))
                    else {
                        continue;
                    };
                    self.fixture_deploys(source, name)
                }
            };
            if !ok {
                return false;
            }
            deployed = true;
        }
        deployed
    }

    /// Whether `v` (awaits unwrapped) deploys a contract (see
    /// [`Model::is_own_deployed_contract`]).
    fn is_contract_deployment(&self, v: Node<'t>, depth: usize) -> bool {
        let v = unwrap_await(v);
        if depth > 3 || v.kind() != "call_expression" {
            return false;
        }
        let Some(f) = v
            .field("function")
            .filter(|f| f.kind() == "member_expression")
        else {
            return false;
        };
        let object = f.field("object").map(unwrap_await);
        match f.field("property").map_or("", |p| self.text(p)) {
            "deploy" | "deployContract" | "deployProxy" | "deployBeaconProxy" => {
                self.uses_ethereum_tooling()
            }
            "deployed" | "waitForDeployment" => {
                object.is_some_and(|o| self.is_contract_deployment(o, depth + 1))
            }
            "new" => object.is_some_and(|o| self.is_truffle_artifact(o)),
            _ => false,
        }
    }

    /// Whether the file imports an Ethereum toolkit (Hardhat, ethers, viem,
    /// web3, Truffle, OpenZeppelin's test helpers, Nomic Foundation's
    /// plugins) or uses Truffle's global `artifacts`.
    fn uses_ethereum_tooling(&self) -> bool {
        const ROOTS: [&str; 7] = [
            "hardhat",
            "ethers",
            "viem",
            "web3",
            "@nomicfoundation",
            "@nomiclabs",
            "@openzeppelin",
        ];
        self.imports.iter().any(|i| {
            let root = i.split('/').next().unwrap_or("");
            ROOTS.contains(&root) || root.starts_with("@truffle")
        }) || self.src.contains("artifacts.require(")
    }

    /// `artifacts.require("T")` / `contract.fromArtifact("T")`, or a name
    /// every visible binding of which is one.
    fn is_truffle_artifact(&self, o: Node<'t>) -> bool {
        let is_load = |v: Node<'t>| {
            let v = unwrap_await(v);
            v.kind() == "call_expression"
                && v.field("function").is_some_and(|f| {
                    let p = self.path_of(f);
                    p == "artifacts.require" || super::facts::last_segment(&p) == "fromArtifact"
                })
        };
        match o.kind() {
            "identifier" => {
                let mut any = false;
                for a in self.bindings_of(self.text(o)) {
                    match a.value {
                        Some(v) if is_load(v) => any = true,
                        _ => return false,
                    }
                }
                any
            }
            _ => is_load(o),
        }
    }

    /// Whether `source` is `loadFixture(f)` of a same-file function `f`
    /// that declares `name` as a deployment
    /// (`const registrar = await Registrar.deploy(); return { registrar }`).
    fn fixture_deploys(&self, source: Node<'t>, name: &str) -> bool {
        let call = unwrap_await(source);
        if call.kind() != "call_expression" {
            return false;
        }
        let is_load = call
            .field("function")
            .is_some_and(|f| super::facts::last_segment(&self.path_of(f)) == "loadFixture");
        let fixture = call
            .field("arguments")
            .and_then(|a| a.named_child(0))
            .filter(|a| a.kind() == "identifier")
            .and_then(|a| self.functions.get(self.text(a)));
        let (true, Some(&fixture)) = (is_load, fixture) else {
            return false;
        };
        crate::walk::descendants_of_kinds(fixture, &["variable_declarator"])
            .into_iter()
            .any(|d| {
                d.field("name").is_some_and(|n| self.text(n) == name)
                    && d.field("value")
                        .is_some_and(|v| self.is_contract_deployment(v, 0))
            })
    }

    /// Mocks and in-memory fakes of this file (see [`Doubles`]).
    pub fn doubles(&self) -> Doubles {
        let mut d = Doubles {
            real_clients: self
                .functions
                .keys()
                .filter(|name| is_fake_name(name) && self.helper_is_real_http_client(name))
                .map(|name| name.to_string())
                .collect(),
            ..Doubles::default()
        };
        let classes = self.local_class_names();
        // Names bound to mocks, fakes or object literals.
        for a in &self.assigns {
            let Some(v) = a.value else { continue };
            let v = unwrap_await(v);
            let is_double = match self.kind(v) {
                // An object literal with behaviour is an in-memory fake
                // (`{ create: jest.fn() }`, `{ query: async () => [] }`);
                // plain data or an empty holder filled later is not.
                "object" => {
                    let t = self.text(v);
                    t.contains("=>")
                        || t.contains("fn(")
                        || t.contains("function")
                        || t.contains("Mock")
                        || t.contains("stub")
                        || (0..v.named_child_count())
                            .filter_map(|i| v.named_child(i as u32))
                            .any(|c| c.kind() == "method_definition")
                }
                kind @ ("call_expression" | "call" | "new_expression") => {
                    let callee = if kind == "new_expression" {
                        v.field("constructor")
                    } else {
                        super::kinds::child(self.lang, v, super::kinds::Field::Function)
                    };
                    let p = callee.map(|c| self.path_of(c)).unwrap_or_default();
                    is_mock_factory(&p)
                        || classes.iter().any(|c| {
                            // `C` or `x.C`
                            p.strip_suffix(c)
                                .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
                        })
                        || (is_fake_name(facts::last_segment(&p))
                            && !self.helper_is_real_http_client(&p))
                }
                _ => false,
            };
            if is_double {
                d.names.push(a.target_path.to_string());
            }
        }
        for c in &self.calls {
            let p = &*c.path;
            // jest.spyOn(User, 'create'), sinon.stub(User, 'create'),
            // mocker.patch.object(User, 'create'), patch.object(...).
            if matches!(c.method(), "spyOn" | "stub" | "object" | "replace" | "spy")
                && (p.starts_with("jest.")
                    || p.starts_with("vi.")
                    || p.starts_with("sinon.")
                    || p.contains("patch"))
            {
                if let (Some(obj), Some(m)) = (c.positional(0), c.positional(1)) {
                    if let Some(m) = plain_string(m, self.src) {
                        d.names.push(format!("{}.{m}", self.path_of(obj)));
                    } else if c.method() == "stub" {
                        d.names.push(self.path_of(obj));
                    }
                } else if let Some(obj) = c.positional(0).filter(|_| c.method() == "stub") {
                    d.names.push(self.path_of(obj));
                }
            }
            // User.create.mockResolvedValue(...): User.create is a mock.
            if let Some(base) = before_mock_segment(p) {
                d.names.push(base.to_string());
                // `prismaMock.user.create.mockResolvedValue(...)`: the file
                // configures a double named for what it replaces, wherever
                // it was made (the Prisma singleton-mock module it imports).
                // Its root counts as a double too, so a mock named for the
                // persistence layer says the writes reach no database.
                if !self.lang.is_python() {
                    let root = facts::first_segment(base);
                    if root != base && is_fake_name(root) && !d.names.iter().any(|n| n == root) {
                        d.names.push(root.to_string());
                    }
                }
            }
            // alembic's `op_fixture(dialect)` points the module-level `op`
            // proxy (`from alembic import op`) at a context that only
            // records the SQL it renders: `op.bulk_insert(...)` after it
            // writes no table.
            if c.method() == "op_fixture"
                && self.lang.is_python()
                && !d.names.iter().any(|n| n == "op")
                && self.imports_alembic_op()
            {
                d.names.push("op".to_string());
            }
            // jest.mock('../db') / vi.mock(...) / mock.patch('app.User').
            if matches!(p, "jest.mock" | "vi.mock" | "jest.doMock" | "vi.doMock") {
                if let Some(s) = c.positional(0).and_then(|n| plain_string(n, self.src)) {
                    d.mocked_modules.push(s);
                }
            }
            // aws-sdk-client-mock stubs `send` of every instance of the
            // client class it is given (`mockClient(DynamoDBDocumentClient)`),
            // aws-sdk-mock a named service (`AWSMock.mock('DynamoDB.DocumentClient',
            // 'put', ...)`): the SDK's module is replaced as by `jest.mock`.
            if (p == "mockClient" || p.ends_with(".mockClient"))
                || (c.method() == "mock"
                    && facts::first_segment(p)
                        .to_ascii_lowercase()
                        .contains("awsmock"))
            {
                if let Some(client) = c.positional(0) {
                    let client = plain_string(client, self.src)
                        .unwrap_or_else(|| self.text(client).to_string());
                    d.mocked_modules.push(client);
                }
            }
            if matches!(c.method(), "patch") || p.ends_with("patch.object") {
                if let Some(s) = c.positional(0).and_then(|n| plain_string(n, self.src)) {
                    match self.patch_span(c) {
                        Some(span) => d.scoped_patch_targets.push((s, span)),
                        None => d.patch_targets.push(s),
                    }
                }
            }
        }
        if !d.mocked_modules.is_empty() {
            d.names.extend(self.names_imported_from(&d.mocked_modules));
        }
        let (injected, injected_spans) = self.injects_persistence_double();
        d.injected_persistence = injected || self.overrides_db_dependency_with_double(&d.names);
        d.injected_spans = injected_spans;
        d
    }

    /// FastAPI `app.dependency_overrides[get_db] = lambda: mock_db` (or a
    /// function that yields a mock, or a mock itself): the routes the test
    /// calls get a stand-in for their database session and write nothing
    /// shared. A dependency yielding a real test session is no double.
    fn overrides_db_dependency_with_double(&self, doubles: &[String]) -> bool {
        if !self.lang.is_python() || !self.src.contains("dependency_overrides") {
            return false;
        }
        let is_double = |e: Node<'t>| -> bool {
            let e = unwrap_await(e);
            match e.kind() {
                "identifier" => {
                    let t = self.text(e);
                    is_fake_name(t) || doubles.iter().any(|n| n == t)
                }
                "call" => e
                    .field("function")
                    .is_some_and(|f| is_mock_factory(&self.path_of(f))),
                _ => false,
            }
        };
        self.assigns.iter().any(|a| {
            if !a.target_path.ends_with("dependency_overrides.[]") {
                return false;
            }
            let names_db = a
                .target
                .field("subscript")
                .map(|k| facts::last_segment(self.text(k)))
                .is_some_and(names_db_dependency);
            let Some(v) = a.value.filter(|_| names_db) else {
                return false;
            };
            match v.kind() {
                "lambda" => v.field("body").is_some_and(is_double),
                "identifier" => {
                    let name = self.text(v);
                    // A function defined in the file (at any depth) that
                    // returns or yields a double.
                    self.scopes
                        .iter()
                        .filter(|s| {
                            s.node.kind() == "function_definition"
                                && s.node.field("name").is_some_and(|n| self.text(n) == name)
                        })
                        .any(|s| {
                            s.node.field("body").is_some_and(|b| {
                                super::values::returned_expressions(b)
                                    .into_iter()
                                    .any(is_double)
                            })
                        })
                        || is_double(v)
                }
                _ => is_double(v),
            }
        })
    }

    /// NestJS testing modules that replace a persistence provider:
    /// `{ provide: getRepositoryToken(User), useValue: mockRepo }` (or
    /// `useFactory`/`useClass`), `.overrideProvider(PrismaService).useValue(..)`.
    /// The service under test then writes to the stand-in, not a database.
    ///
    /// When the file builds several testing modules and only some replace
    /// their persistence (a unit suite of doubles beside an e2e suite
    /// importing `AppModule`), the doubles hold only in the suites that
    /// build the replacing modules: their byte spans are returned instead.
    fn injects_persistence_double(&self) -> (bool, Vec<std::ops::Range<usize>>) {
        if self.lang.is_python() || !(self.src.contains("provide") || self.src.contains("Provider"))
        {
            return (false, Vec::new());
        }
        let overrides: Vec<&Call<'t>> = self
            .calls
            .iter()
            .filter(|c| {
                c.method() == "overrideProvider"
                    && c.positional(0)
                        .is_some_and(|t| is_di_persistence_token(self.text(t)))
            })
            .collect();
        let provides = self.persistence_provider_doubles();
        let modules: Vec<&Call<'t>> = self
            .calls
            .iter()
            .filter(|c| c.method() == "createTestingModule")
            .collect();
        let replacing = |m: &Call<'t>| {
            overrides
                .iter()
                .any(|o| crate::walk::encloses(o.node, m.node))
                || provides.iter().any(|p| crate::walk::encloses(m.node, *p))
                || m.positional(0)
                    .is_some_and(|o| self.testing_module_fully_replaced(o))
        };
        let (doubled, real): (Vec<&Call<'t>>, Vec<&Call<'t>>) =
            modules.iter().copied().partition(|m| replacing(m));
        if real.is_empty() || doubled.is_empty() {
            // No testing module built here (providers in a shared helper),
            // or every one replaced: the file's doubles, as before.
            let any = !overrides.is_empty() || !provides.is_empty() || !doubled.is_empty();
            return (any && real.is_empty(), Vec::new());
        }
        // The innermost suite around each replacing module that builds no
        // real one.
        let spans = doubled
            .iter()
            .filter_map(|m| {
                self.ancestors(m.scope)
                    .map(|s| &self.scopes[s])
                    .find(|s| matches!(s.kind, super::scope::ScopeKind::Suite { .. }))
                    .map(|s| s.node)
            })
            .filter(|suite| !real.iter().any(|r| crate::walk::encloses(*suite, r.node)))
            .map(|suite| suite.byte_range())
            .collect();
        (false, spans)
    }

    /// The provider objects that replace a persistence token: `{ provide:
    /// getRepositoryToken(User), useValue: mockRepo }` (or `useFactory`/
    /// `useClass`).
    fn persistence_provider_doubles(&self) -> Vec<Node<'t>> {
        let mut out = Vec::new();
        // Only objects with a `provide` key matter: start from each
        // `provide` in the text rather than walking the whole tree.
        for (at, _) in self.src.match_indices("provide") {
            let Some(key) = self
                .root
                .descendant_for_byte_range(at, at + "provide".len())
            else {
                continue;
            };
            if self.text(key) != "provide" {
                continue;
            }
            let Some(object) = key
                .parent()
                .filter(|p| p.kind() == "pair" && p.field("key").map(|k| k.id()) == Some(key.id()))
                .and_then(|pair| pair.parent())
                .filter(|o| o.kind() == "object")
            else {
                continue;
            };
            let mut provides = false;
            let mut replaced = false;
            for i in 0..object.named_child_count() {
                let Some(pair) = object.named_child(i as u32) else {
                    continue;
                };
                if pair.kind() != "pair" {
                    continue;
                }
                let key = pair.field("key").map(|k| self.text(k));
                let value = pair.field("value").map(|v| self.text(v));
                match (key, value) {
                    (Some("provide"), Some(v)) => provides |= is_di_persistence_token(v),
                    (Some("useValue" | "useFactory" | "useClass"), Some(_)) => replaced = true,
                    _ => {}
                }
            }
            if provides && replaced {
                out.push(object);
            }
        }
        out
    }

    /// A NestJS testing module that imports no module and whose every
    /// provider is replaced (`{ provide: X, useValue: mockX }`, or `X` with
    /// `.overrideProvider(X).useValue(mockX)`): a controller or service
    /// built from it reaches nothing but the stand-ins, so its writes
    /// reach no database (audit 87: `controllers: [UserController],
    /// providers: [UserService]` with the service overridden by a `vi.fn()`
    /// object). One real provider or any `imports` (a database module,
    /// `AppModule`) keeps the module real.
    fn testing_module_fully_replaced(&self, options: Node<'t>) -> bool {
        let overridden: Vec<&str> = self
            .calls
            .iter()
            .filter(|c| c.method() == "overrideProvider")
            .filter_map(|c| c.positional(0))
            .map(|n| self.text(n))
            .collect();
        let replaced = |entry: Node<'t>| match entry.kind() {
            "identifier" | "member_expression" => overridden.contains(&self.text(entry)),
            "object" => crate::walk::named_children_list(entry)
                .into_iter()
                .any(|p| {
                    p.kind() == "pair"
                        && p.field("key").is_some_and(|k| {
                            matches!(self.text(k), "useValue" | "useFactory" | "useClass")
                        })
                }),
            _ => false,
        };
        Some(options)
            .filter(|o| o.kind() == "object")
            .is_some_and(|options| {
                let mut providers = None;
                for pair in crate::walk::named_children_list(options) {
                    if pair.kind() != "pair" {
                        // A spread or a shorthand: the options are not all seen.
                        return false;
                    }
                    match pair.field("key").map(|k| self.text(k)) {
                        Some("imports") => return false,
                        Some("providers") => providers = pair.field("value"),
                        _ => {}
                    }
                }
                providers
                    .filter(|p| p.kind() == "array")
                    .is_some_and(|list| {
                        let entries: Vec<Node<'t>> = crate::walk::named_children_list(list)
                            .into_iter()
                            .filter(|e| e.kind() != "comment")
                            .collect();
                        !entries.is_empty() && entries.into_iter().all(replaced)
                    })
            })
    }

    /// Class names declared in this file.
    pub fn local_class_names(&self) -> Vec<&'t str> {
        if self.lang.is_python() {
            return self
                .scopes
                .iter()
                .filter(|s| {
                    matches!(
                        s.kind,
                        super::scope::ScopeKind::Class | super::scope::ScopeKind::Suite { .. }
                    ) && s.node.kind() == "class_definition"
                })
                .filter_map(|s| s.node.field("name"))
                .map(|n| self.text(n))
                .collect();
        }
        // Collected by the facts query (queries/javascript/facts.scm).
        self.js_class_names().collect()
    }

    /// `name` is bound in this file to a project-local module (a relative
    /// specifier or a path alias: `@/`, `~/`, `#`):
    /// `const helpers = require('./test-helpers')`,
    /// `import * as helpers from '../helpers'`, `import helpers from './h'`,
    /// TypeScript `import helpers = require('./h')`. A package
    /// (`require('lodash')`) or a named import is not.
    pub fn is_local_module(&self, name: &str) -> bool {
        if name.is_empty() || name.contains(['.', '(', '[']) {
            return false;
        }
        // Relative specifiers, and the project's own path aliases: `@/` and
        // `~/` (tsconfig/Vite/Next aliases; no npm package is named so) and
        // `#` (package.json subpath imports).
        let relative = |s: &str| {
            s.starts_with("./")
                || s.starts_with("../")
                || s.starts_with("@/")
                || s.starts_with("~/")
                || s.starts_with('#')
        };
        let mut cursor = self.root.walk();
        for stmt in self.root.named_children(&mut cursor) {
            if stmt.kind() != "import_statement" {
                continue;
            }
            // `import x = require('./h')`: the specifier sits in the clause.
            let source = stmt.field("source").or_else(|| {
                crate::walk::named_children_list(stmt)
                    .into_iter()
                    .find(|c| c.kind() == "import_require_clause")
                    .and_then(|c| c.field("source"))
            });
            if !source
                .and_then(|s| plain_string(s, self.src))
                .is_some_and(|s| relative(&s))
            {
                continue;
            }
            for part in crate::walk::named_children_list(stmt) {
                let bound = match part.kind() {
                    "import_clause" => crate::walk::named_children_list(part)
                        .into_iter()
                        .filter_map(|c| match c.kind() {
                            // `import helpers from './h'`
                            "identifier" => Some(c),
                            // `import * as helpers from './h'`
                            "namespace_import" => crate::walk::named_children_list(c)
                                .into_iter()
                                .find(|i| i.kind() == "identifier"),
                            _ => None,
                        })
                        .any(|n| self.text(n) == name),
                    "import_require_clause" => part
                        .named_child(0)
                        .is_some_and(|n| n.kind() == "identifier" && self.text(n) == name),
                    _ => false,
                };
                if bound {
                    return true;
                }
            }
        }
        self.assigns.iter().any(|a| {
            a.target_path == name
                && a.value.is_some_and(|v| {
                    let v = unwrap_await(v);
                    v.kind() == "call_expression"
                        && v.field("function")
                            .is_some_and(|f| self.text(f) == "require")
                        && v.field("arguments")
                            .and_then(|a| a.named_child(0))
                            .and_then(|s| plain_string(s, self.src))
                            .is_some_and(|s| relative(&s))
                })
        })
    }

    /// `from alembic import op` (through the project's one reader of
    /// `from` imports).
    fn imports_alembic_op(&self) -> bool {
        crate::pyimports::from_imports(self.src).iter().any(|i| {
            i.level == 0
                && i.module == "alembic"
                && i.names
                    .iter()
                    .any(|(name, local)| name == "op" && local == "op")
        })
    }

    /// Local names imported (ES import or `require`) from any of `sources`.
    fn names_imported_from(&self, sources: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let mut cursor = self.root.walk();
        for stmt in self.root.named_children(&mut cursor) {
            if stmt.kind() != "import_statement" {
                continue;
            }
            let Some(source) = stmt.field("source").and_then(|s| plain_string(s, self.src)) else {
                continue;
            };
            if !sources.contains(&source) {
                continue;
            }
            let mut stack = vec![stmt];
            while let Some(n) = stack.pop() {
                if n.kind() == "identifier" {
                    out.push(self.text(n).to_string());
                }
                if n.kind() == "string" {
                    continue;
                }
                crate::walk::named_children(n, &mut stack);
            }
        }
        for a in &self.assigns {
            let Some(v) = a.value else { continue };
            let v = unwrap_await(v);
            if matches!(v.kind(), "call_expression")
                && v.field("function")
                    .map(|f| self.text(f) == "require")
                    .unwrap_or(false)
            {
                let src = v
                    .field("arguments")
                    .and_then(|a| a.named_child(0))
                    .and_then(|s| plain_string(s, self.src));
                if src.is_some_and(|s| sources.contains(&s)) {
                    out.push(a.target_path.to_string());
                }
            }
        }
        out
    }
}

/// Mocks and in-memory fakes of a file: calls on them touch no database.
#[derive(Debug, Default)]
pub struct Doubles {
    /// Names or paths bound to mocks, fakes or object literals, and mocked
    /// methods (`User.create` after `jest.spyOn(User, 'create')`).
    pub names: Vec<String>,
    /// `jest.mock('../db')` sources, and the AWS SDK clients a mock library
    /// stubs (`mockClient(DynamoDBClient)`).
    pub mocked_modules: Vec<String>,
    /// `mock.patch('app.models.User.objects.create')` targets in force for
    /// the whole file (started patchers, patches in fixtures and hooks).
    pub patch_targets: Vec<String>,
    /// Patch targets in force only over a byte range: a test's
    /// `mocker.patch(...)` (pytest undoes it when that test ends), a `with
    /// patch(...):` block, a `@patch(...)`-decorated definition. Writes
    /// elsewhere in the file are not covered ([`Doubles::covers_at`]), and
    /// they do not make the file's persistence mocked.
    pub scoped_patch_targets: Vec<(String, std::ops::Range<usize>)>,
    /// A dependency-injection container hands the code under test a stand-in
    /// for its persistence (NestJS `{ provide: getRepositoryToken(User),
    /// useValue: {...} }`, `.overrideProvider(PrismaService).useValue(...)`).
    pub injected_persistence: bool,
    /// The suites (byte spans) whose own testing module injects such a
    /// stand-in when another suite of the file builds a real one: writes in
    /// them reach the stand-in ([`Doubles::covers_at`]).
    pub injected_spans: Vec<std::ops::Range<usize>>,
    /// Same-file helpers and fixtures named like doubles (`mock_session`,
    /// `http_client_mock`) whose body builds a real HTTP client: judged by
    /// the body, not the name ([`Model::helper_is_real_http_client`]).
    pub real_clients: Vec<String>,
    /// `names` and the patch targets' dotted suffixes as sets, built on the
    /// first [`Doubles::covers`]: it runs for every write-like call of a
    /// file, and comparing each of a path's prefixes with every name and
    /// target was quadratic in mock-heavy suites (pymongo's, with hundreds
    /// of `patch` targets).
    index: std::cell::OnceCell<DoublesIndex>,
}

#[derive(Debug, Default)]
struct DoublesIndex {
    names: foldhash::HashSet<String>,
    /// Every patch target and each of its suffixes after a dot
    /// (`app.models.User` gives `models.User` and `User`).
    patch_suffixes: foldhash::HashSet<String>,
}

/// Parts of a NestJS provider token that name the persistence layer. Case
/// matters: `Repo` in `UserRepository`, not `repo` in `reporter`.
const DI_PERSISTENCE_TOKENS: &[&str] = &[
    "RepositoryToken",
    "ModelToken",
    "ConnectionToken",
    "DataSourceToken",
    "EntityManagerToken",
    "Repository",
    "Repo",
    "Prisma",
    "DataSource",
    "EntityManager",
    "Database",
    "Db",
    "Dao",
    "DAO",
    "Mongo",
    "Sequelize",
    "Knex",
    "TypeOrm",
    "Drizzle",
];

fn is_di_persistence_token(text: &str) -> bool {
    DI_PERSISTENCE_TOKENS.iter().any(|t| text.contains(t))
}

/// Words in a mocked module, patch target or mock name that say the
/// persistence layer (or the HTTP client that reaches it) is replaced.
const PERSISTENCE_WORDS: &[&str] = &[
    "database",
    "model",
    "repo",
    "prisma",
    "store",
    "dao",
    "mongoose",
    "sequelize",
    "knex",
    "typeorm",
    "orm",
    "axios",
    "api",
    "supabase",
    "firebase",
    "firestore",
    "dynamo",
];

/// Whether a mocked JS module path has a `db` part (`'../db'`,
/// `'../src/adapters/db'`, `'@/lib/db.ts'`): the file's database module. A
/// word match would also take `feedback` or `dbg`. (Not for Python patch
/// targets: patching something under `django.db` fakes no database.)
fn names_db_module(path: &str) -> bool {
    path.split('/').any(|part| {
        let stem = part.split_once('.').map_or(part, |(stem, _)| stem);
        stem.eq_ignore_ascii_case("db")
    })
}

/// A FastAPI dependency that hands out the database session: `get_db`,
/// `get_session`, `get_async_session`, `get_db_session`, `get_database`.
fn names_db_dependency(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|part| {
            matches!(
                part.to_ascii_lowercase().as_str(),
                "db" | "database" | "session" | "sessions" | "repo" | "repository" | "uow"
            )
        })
}

/// Modules a project module imports for time, randomness, keys, logs and
/// mail, whose attributes tests patch as the project module sees them.
/// (Not `requests`: an HTTP client patched inside a data-access module may
/// be what reaches the backend, as `axios` and `api` are.)
const STANDARD_HELPER_MODULES: &[&str] = &[
    "timezone",
    "datetime",
    "time",
    "secrets",
    "uuid",
    "random",
    "os",
    "requests",
    "logging",
    "logger",
    "smtplib",
    "socket",
    "subprocess",
    "hashlib",
    "hmac",
    "send_mail",
];

/// Whether a `mock.patch` target replaces the persistence layer or the
/// HTTP client that reaches it. The segments before the last locate the
/// replaced object; the last is what is replaced. A persistence word
/// anywhere counts (`app.models.User`, `app.db.get_session`), but `api`
/// only in the replaced object (`services.api_client`, `client.api`): a
/// module path through a Django app or package named `api`
/// (`api.views.gmail_send_message`) replaces a function there, not the
/// backend.
///
/// Not when the target reaches, through a module of the project, one of the
/// standard helpers such modules import (`app.models.timezone.now`,
/// `authtoken.models.secrets.token_hex`): that replaces the clock or the
/// key generator as the models module sees it, and its writes still reach
/// the database.
fn patch_replaces_persistence(target: &str) -> bool {
    if target
        .split('.')
        .skip(1)
        .any(|segment| STANDARD_HELPER_MODULES.contains(&segment))
    {
        return false;
    }
    let l = target.to_ascii_lowercase();
    let replaced = l.rsplit('.').next().unwrap_or(&l);
    PERSISTENCE_WORDS.iter().any(|w| {
        if *w == "api" {
            replaced.contains(w)
        } else {
            l.contains(w)
        }
    })
}

impl Doubles {
    /// Whether the file replaces its persistence layer (`jest.mock('../db')`,
    /// `mockDeep<PrismaClient>()`, `mocker.patch('app.models.User')`): its
    /// writes reach no shared database.
    pub fn mocks_persistence(&self) -> bool {
        let hit = |t: &str| {
            let l = t.to_ascii_lowercase();
            PERSISTENCE_WORDS.iter().any(|w| l.contains(w))
        };
        self.injected_persistence
            || self
                .mocked_modules
                .iter()
                .any(|m| hit(m) || names_db_module(m))
            || self
                .patch_targets
                .iter()
                .any(|m| patch_replaces_persistence(m))
            || self
                .names
                .iter()
                .any(|n| is_fake_name(n) && hit(n) && !n.contains('.'))
    }

    /// [`Doubles::covers`] for a call at byte `at`, also counting the patch
    /// targets in force there ([`Doubles::scoped_patch_targets`]): one that
    /// names the call, or one that replaces the persistence layer (as
    /// [`Doubles::mocks_persistence`] does for the whole file).
    pub fn covers_at(&self, path: &str, at: usize) -> bool {
        self.covers(path)
            || self.injected_spans.iter().any(|span| span.contains(&at))
            || self.scoped_patch_targets.iter().any(|(target, span)| {
                span.contains(&at)
                    && (patch_names(target, path) || patch_replaces_persistence(target))
            })
    }

    /// Whether a call through `path` (`repo.create`, `User.objects.create`)
    /// reaches a mock or a fake instead of a database, wherever it is made
    /// (the scoped patches aside: [`Doubles::covers_at`]).
    pub fn covers(&self, path: &str) -> bool {
        // Called for every write-like call of a file: slices of `path`, no
        // allocation.
        let root = facts::first_segment(path);
        let fake_root = is_fake_name(root) && !self.real_clients.iter().any(|r| r == root);
        if fake_root || facts::segments(path).any(is_mock_factory_segment) {
            return true;
        }
        if self.names.is_empty() && self.patch_targets.is_empty() {
            return false;
        }
        let index = self.index.get_or_init(|| DoublesIndex {
            names: self.names.iter().cloned().collect(),
            patch_suffixes: self
                .patch_targets
                .iter()
                .flat_map(|t| {
                    std::iter::once(t.as_str())
                        .chain(t.match_indices('.').map(|(i, _)| &t[i + 1..]))
                })
                .map(str::to_string)
                .collect(),
        });
        // Any prefix of the path (up to a dot, or all of it) bound to a
        // double (`repo`, `this.repo`, `User.create`), or naming what a
        // patch target or a suffix of one names (`app.models.User`
        // patches `User.objects.create` and `models.User.save`).
        path.bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'.')
            .map(|(i, _)| &path[..i])
            .chain(std::iter::once(path))
            .any(|prefix| index.names.contains(prefix) || index.patch_suffixes.contains(prefix))
    }
}

/// Whether patching `target` replaces what `path` calls: a prefix of the
/// path (up to a dot, or all of it) is the target or a dotted suffix of it
/// (`app.models.User` patches `User.objects.create`), as in
/// [`Doubles::covers`].
fn patch_names(target: &str, path: &str) -> bool {
    let suffixes =
        std::iter::once(target).chain(target.match_indices('.').map(|(i, _)| &target[i + 1..]));
    let prefixes = || {
        path.match_indices('.')
            .map(|(i, _)| &path[..i])
            .chain(std::iter::once(path))
    };
    suffixes
        .into_iter()
        .any(|suffix| prefixes().any(|prefix| prefix == suffix))
}

impl<'t> Model<'t> {
    /// The byte range over which the patch call `c` is in force, when that
    /// is less than the whole file: a test's `mocker.patch(...)` (pytest
    /// undoes it when the test ends; in a fixture it lasts into the tests
    /// that use it), and `with patch(...):` whose block holds no `yield`.
    /// `None` for started patchers and everything else.
    fn patch_span(&self, c: &Call<'t>) -> Option<std::ops::Range<usize>> {
        if !self.lang.is_python() {
            return None;
        }
        let head = facts::first_segment(&c.path);
        if crate::model::framework::PYTEST_SCOPING_FIXTURES.contains(&head) {
            let scope = self.scope(c.scope);
            return matches!(scope.kind, crate::model::scope::ScopeKind::Test { .. })
                .then(|| scope.node.byte_range());
        }
        // `@patch(...)` over a function or class: in force while it runs
        // (a generator, a yield fixture, hands control to code outside).
        if let Some(decorator) = c.node.parent().filter(|p| p.kind() == "decorator") {
            let definition = decorator.parent()?;
            return (!self.text(definition).contains("yield")).then(|| definition.byte_range());
        }
        // `with patch(...) as m:` / `with mock.patch.object(...), other:`.
        let mut node = c.node;
        for _ in 0..4 {
            node = node.parent()?;
            if node.kind() == "with_statement" {
                let body = node.field("body")?;
                let in_clause = c.node.end_byte() <= body.start_byte();
                return (in_clause && !self.text(body).contains("yield"))
                    .then(|| node.byte_range());
            }
        }
        None
    }
}

/// `User.create` for `User.create.mockResolvedValue`: the path before the
/// first later segment that starts with `mock` (what `split_once(".mock")`
/// finds, without a substring searcher per call).
fn before_mock_segment(path: &str) -> Option<&str> {
    // A plain byte loop: paths are a few dozen bytes and this runs for
    // every call, where setting up a `memchr` search cost more than it saved.
    let bytes = path.as_bytes();
    (0..bytes.len())
        .find(|&dot| bytes[dot] == b'.' && bytes[dot + 1..].starts_with(b"mock"))
        .map(|dot| &path[..dot])
}

/// Looks through `await`, parentheses and TypeScript type wrappers
/// (`x as T`, `x satisfies T`, `x!`).
/// A table name as SQL text gives it (`"select"`, `public.t1`, `t (`),
/// lower-cased, without quotes or a trailing column list.
pub fn sql_table_name(raw: &str) -> String {
    raw.split('(')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(';')
        .trim_matches(|c| matches!(c, '"' | '`' | '[' | ']'))
        .to_ascii_lowercase()
}

pub fn unwrap_await(mut n: Node) -> Node {
    while matches!(
        n.kind(),
        "await_expression"
            | "await"
            | "parenthesized_expression"
            | "as_expression"
            | "satisfies_expression"
            | "non_null_expression"
    ) {
        match n.named_child(0) {
            Some(c) => n = c,
            None => break,
        }
    }
    n
}

/// `mockRepo`, `fakeDb`, `stubClient`, `userRepoMock`, `InMemoryUserRepo`.
pub fn is_fake_name(name: &str) -> bool {
    // ASCII-case-insensitive comparisons in place (called for every
    // database-like call; lowercasing allocated a String each time).
    let name = name.trim_start_matches('_').as_bytes();
    let starts =
        |p: &str| name.len() >= p.len() && name[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    let ends = |p: &str| {
        name.len() >= p.len() && name[name.len() - p.len()..].eq_ignore_ascii_case(p.as_bytes())
    };
    let contains = |p: &str| {
        name.windows(p.len())
            .any(|w| w.eq_ignore_ascii_case(p.as_bytes()))
    };
    [
        "mock",
        "fake",
        "stub",
        "spy",
        "dummy",
        "inmemory",
        "in_memory",
    ]
    .iter()
    .any(|p| starts(p))
        || ends("mock")
        || ends("_fake")
        || ends("stub")
        || contains("inmemory")
        || contains("in_memory")
}

fn is_mock_factory_segment(s: &str) -> bool {
    matches!(s, "mocker" | "sinon" | "td")
}

/// Callee paths that make a mock: `jest.fn()`, `vi.fn()`, `Mock()`,
/// `MagicMock()`, `create_autospec`, `mocker.*`, `sinon.stub()`, `mockDeep`.
pub fn is_mock_factory(path: &str) -> bool {
    let method = facts::last_segment(path);
    let root = facts::first_segment(path);
    matches!(
        method,
        "fn" | "Mock"
            | "MagicMock"
            | "AsyncMock"
            | "NonCallableMock"
            | "create_autospec"
            | "mockDeep"
            | "mock"
            | "createMock"
            | "createStubInstance"
            | "stub"
            | "mockReturnValue"
            | "mockResolvedValue"
            | "mockImplementation"
    ) || matches!(root, "mocker" | "sinon" | "td")
        || (path.contains("patch") && method == "start")
        || matches!(path, "jest.fn" | "vi.fn" | "jest.mocked" | "vi.mocked")
}

/// Splits SQL into statements and finds the table-wide destructive ones.
pub fn destructive_statements(sql: &SqlText) -> Vec<Destructive> {
    let text = &sql.text;
    let mut out = Vec::new();
    let mut offset = 0usize;
    for stmt in text.split(';') {
        let start = offset;
        offset += stmt.len() + 1;
        let tokens = tokenize(stmt, start);
        let end = tokens.last().map_or(start, |t| t.2);
        for (i, (tok, at, _)) in tokens.iter().enumerate() {
            let at = *at;
            let upper = tok.to_ascii_uppercase();
            let next = |k: usize| {
                tokens
                    .get(i + k)
                    .map(|(t, _, _)| t.to_ascii_uppercase())
                    .unwrap_or_default()
            };
            match upper.as_str() {
                "TRUNCATE" => {
                    let mut k = 1;
                    while matches!(next(k).as_str(), "TABLE" | "ONLY") {
                        k += 1;
                    }
                    if let Some(target) = tokens.get(i + k) {
                        if !target_is_scoped(sql, target, false) {
                            out.push(Destructive {
                                what: "TRUNCATE".into(),
                                target: clean_name(sql, target),
                                at,
                                end,
                            });
                        }
                    }
                    break;
                }
                "DELETE" if next(1) == "FROM" => {
                    let filtered = tokens[i..]
                        .iter()
                        .any(|(t, _, _)| t.eq_ignore_ascii_case("WHERE"));
                    if let Some(target) = tokens.get(i + 2) {
                        if !filtered && !target_is_scoped(sql, target, false) {
                            out.push(Destructive {
                                what: "DELETE without WHERE".into(),
                                target: clean_name(sql, target),
                                at,
                                end,
                            });
                        }
                    }
                    break;
                }
                "DROP" if matches!(next(1).as_str(), "TABLE" | "SCHEMA" | "DATABASE") => {
                    let kind = next(1);
                    let mut k = 2;
                    while matches!(next(k).as_str(), "IF" | "EXISTS") {
                        k += 1;
                    }
                    if let Some(target) = tokens.get(i + k) {
                        let whole_namespace = kind != "TABLE";
                        if !target_is_scoped(sql, target, whole_namespace) {
                            out.push(Destructive {
                                what: format!("DROP {kind}"),
                                target: clean_name(sql, target),
                                at,
                                end,
                            });
                        }
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    out
}

/// Whether a Python string node is an f-string (its prefix holds `f`).
fn is_python_fstring(model: &Model, node: Node) -> bool {
    node.named_child(0)
        .filter(|c| c.kind() == "string_start")
        .is_some_and(|c| model.text(c).bytes().any(|b| b == b'f' || b == b'F'))
}

/// Whether a statement's target is per-worker: a hole in it is isolated,
/// or (for a schema/database, or a schema qualifier) is not known. A hole
/// that resolves to a literal (`const DB = 'app_test'`, `DROP DATABASE
/// ${DB}`) names the same database in every worker: not scoped.
fn target_is_scoped(sql: &SqlText, target: &(String, usize, usize), namespace: bool) -> bool {
    let (name, start, end) = target;
    let holes: Vec<&Value> = sql.holes_in(*start, *end).collect();
    if holes.iter().any(|v| v.is_isolated()) {
        return true;
    }
    let unknown = |v: &Value| !matches!(v, Value::Str(_) | Value::Int(_));
    if namespace {
        return holes.into_iter().any(unknown);
    }
    // `${schema}.users`: the schema is the unknown part.
    let qualifier_end = name.rfind('.').map(|i| start + i).unwrap_or(*start);
    sql.holes_in(*start, qualifier_end).any(unknown)
}

/// The target as written, a hole shown by its literal value when it has one
/// (`DROP DATABASE ${DB}` with `const DB = 'app_test'` names `app_test`).
fn clean_name(sql: &SqlText, target: &(String, usize, usize)) -> String {
    let (name, start, end) = target;
    let name = name.trim_matches(|c| matches!(c, '"' | '`' | '[' | ']' | '\''));
    let mut values = sql.holes_in(*start, *end);
    let mut out = String::with_capacity(name.len());
    for (i, piece) in name.split("__hole__").enumerate() {
        if i > 0 {
            match values.next() {
                Some(Value::Str(s)) => out.push_str(s),
                Some(Value::Int(n)) => out.push_str(&n.to_string()),
                _ => out.push_str("${...}"),
            }
        }
        out.push_str(piece);
    }
    out
}

/// Byte offsets of `keyword` in `text` as a whole word, in any ASCII case.
fn keyword_offsets(text: &str, keyword: &str) -> Vec<usize> {
    if keyword.is_empty() {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let upper = text.to_ascii_uppercase();
    upper
        .match_indices(&keyword.to_ascii_uppercase())
        .map(|(i, _)| i)
        .filter(|&i| {
            (i == 0 || !word(bytes[i - 1]))
                && bytes.get(i + keyword.len()).is_none_or(|&b| !word(b))
        })
        .collect()
}

/// Word tokens of a statement with their byte range in the whole text.
fn tokenize(stmt: &str, base: usize) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut in_line_comment = false;
    let bytes: Vec<char> = stmt.chars().collect();
    let mut pos = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let len = c.len_utf8();
        if in_line_comment {
            if c == '\n' {
                in_line_comment = false;
            }
        } else if c == '-' && bytes.get(i + 1) == Some(&'-') {
            in_line_comment = true;
        } else if c.is_whitespace() || matches!(c, '(' | ')' | ',') {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), base + start, base + pos));
            }
        } else {
            if current.is_empty() {
                start = pos;
            }
            current.push(c);
        }
        pos += len;
        i += 1;
    }
    if !current.is_empty() {
        out.push((current, base + start, base + pos));
    }
    out
}

/// A Drizzle `db.delete(table)` / `tx.delete(schema.table)` with no
/// `.where(...)` after it: the receiver is a database or transaction handle
/// (or holds one behind an unnamed accessor, `DB.$`), the one argument a
/// table object, and the file uses Drizzle (imports
/// `drizzle-orm` or a `schema` module). `map.delete(key)`, `set.delete(x)`
/// and `cache.delete(id)` are not.
fn drizzle_table_delete(model: &Model, call: &Call) -> bool {
    let [_] = call.args() else {
        return false;
    };
    let Some(table) = call.positional(0) else {
        return false;
    };
    if !matches!(table.kind(), "identifier" | "member_expression") {
        return false;
    }
    // The handle itself, or the object holding it when the last segment is
    // an accessor with no name (`DB.$`).
    let receiver = call.receiver();
    let mut handle = facts::last_segment(receiver);
    if !handle.chars().any(|c| c.is_ascii_alphanumeric()) {
        handle = facts::last_segment(facts::receiver_of(receiver));
    }
    let handle = handle.to_ascii_lowercase();
    let db_handle =
        handle.ends_with("db") || matches!(handle.as_str(), "tx" | "trx" | "database" | "drizzle");
    let drizzle = model.imports.iter().any(|i| {
        let i = i.trim_matches(|c| matches!(c, '\'' | '"' | '`'));
        i.starts_with("drizzle-orm") || i.rsplit('/').next().is_some_and(|m| m.contains("schema"))
    });
    db_handle && drizzle && !filtered_after(model, call)
}

/// Whether the chain built on a call goes on to filter it: Drizzle's
/// `db.delete(users).where(...)`, Objection's `User.query().delete()
/// .where({ username })` (or `.findById(id)`), knex's `knex('t').del().whereIn(...)` (a query
/// builder takes its clauses in any order; the statement runs when it is
/// awaited).
fn filtered_after(model: &Model, call: &Call) -> bool {
    let mut node = call.node;
    while let Some(parent) = node.parent() {
        match parent.kind() {
            "member_expression" => {
                let property = parent
                    .field("property")
                    .map(|p| model.text(p))
                    .unwrap_or("");
                let filter = property.starts_with("where")
                    || property.starts_with("andWhere")
                    || property.starts_with("orWhere")
                    || property == "findById";
                // `.where({})` adds no condition: still `DELETE FROM t`.
                if filter && !empty_object_filter(parent) {
                    return true;
                }
            }
            "call_expression" | "await_expression" | "parenthesized_expression" => {}
            _ => break,
        }
        node = parent;
    }
    false
}

/// Whether the member `.where` is called with one empty object
/// (`.where({})`), which filters nothing.
fn empty_object_filter(member: Node) -> bool {
    member
        .parent()
        .filter(|c| c.kind() == "call_expression")
        .and_then(|c| c.field("arguments"))
        .is_some_and(|args| {
            let list = crate::walk::named_children_list(args);
            list.len() == 1 && list[0].kind() == "object" && list[0].named_child_count() == 0
        })
}

/// Keys of an options object that only say how a Sequelize wipe runs.
const WIPE_OPTIONS: &[&str] = &[
    "cascade",
    "force",
    "logging",
    "benchmark",
    "transaction",
    "hooks",
    "individualHooks",
    "restartIdentity",
];

/// Whether the only argument of a Python `....delete(...)` is SQLAlchemy's
/// `synchronize_session` option (`delete(synchronize_session=False)`),
/// which says how to update the session, not which rows go.
fn sqlalchemy_sync_only(call: &Call) -> bool {
    matches!(call.args(), [only] if only.name == Some("synchronize_session"))
}

/// Whether the string argument `arg` of a `truncate` call on a receiver
/// whose last segment is `receiver` (lower case) names a table: a
/// database or test helper (`dbUtils.truncate('brute')`,
/// `testUtils.truncate('comments')`, `db.truncate('users')`,
/// `knex.truncate('posts')`) given a bare identifier. A path, a sentence
/// or a number (`fs.truncate('out.log')`, `_.truncate('long text')`,
/// `os.truncate('src', 0)`) is no table.
fn names_a_table<'t>(model: &Model<'t>, receiver: &str, arg: Node<'t>) -> bool {
    let on_database = receiver.contains("db")
        || receiver.contains("knex")
        || receiver.contains("database")
        || receiver.starts_with("test");
    on_database
        && arg.kind() == "string"
        && matches!(model.eval(arg).value, Value::Str(ref t)
            if t.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// An ORM / driver / query-builder call that wipes a table, collection,
/// schema or database: the description for the message, if it is one.
pub fn destructive_call<'t>(model: &Model<'t>, call: &Call<'t>) -> Option<String> {
    let method = call.method();
    let receiver = call.receiver();
    let no_args = call.args().is_empty();
    let first = call.positional(0);
    let is_empty_object = |n: Option<Node>| {
        n.is_some_and(|n| matches!(n.kind(), "object" | "dictionary") && n.named_child_count() == 0)
    };
    let object_prop = |n: Option<Node<'t>>, key: &str| -> Option<Value> {
        let v = model.eval(n?).value;
        v.field(key).cloned()
    };
    // A JS object literal that only sets how a wipe runs (`{}`, `{ cascade:
    // true }`, `{ force: true, logging: false }`): Sequelize's options, no
    // filter, so the wipe is table- or database-wide.
    let options_only = |n: Option<Node>| {
        n.is_some_and(|n| {
            n.kind() == "object"
                && crate::walk::named_children_list(n).into_iter().all(|p| {
                    let key = match p.kind() {
                        "pair" => p.field("key").map(|k| model.text(k)),
                        "shorthand_property_identifier" => Some(model.text(p)),
                        _ => None,
                    };
                    key.is_some_and(|k| WIPE_OPTIONS.contains(&k))
                })
        })
    };
    // `drop_tables([])`, `drop_all([])`, `truncate(())`: a wipe whose only
    // positional argument is an empty list/tuple/array literal names no
    // table, so it drops nothing.
    let empty_sequence = |n: Node| {
        matches!(n.kind(), "list" | "tuple" | "array") && {
            let mut cursor = n.walk();
            let none = n.named_children(&mut cursor).all(|c| c.kind() == "comment");
            none
        }
    };
    if call.positional(1).is_none() && first.is_some_and(empty_sequence) {
        return None;
    }
    let filtered_chain = receiver.contains("where")
        || receiver.contains("filter")
        || receiver.contains("Where")
        || receiver.contains("exclude");
    let desc = match method {
        "truncate" => {
            let last = facts::last_segment(receiver);
            let lower = last.to_ascii_lowercase();
            // Python file objects truncate files; only models, tables and
            // sessions truncate tables there.
            let python_table = !model.lang.is_python()
                || last.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                || lower.contains("table")
                || lower.contains("db")
                || lower.contains("session");
            if !python_table
                || lower.contains("file")
                || matches!(
                    lower.as_str(),
                    "f" | "fh" | "fp" | "fd" | "buf" | "buffer" | "stream"
                )
                || matches!(receiver, "_" | "lodash" | "" | "str" | "string")
                || first.is_some_and(|f| {
                    matches!(f.kind(), "string" | "template_string" | "number")
                        && !names_a_table(model, &lower, f)
                })
            {
                return None;
            }
            match first {
                // The table a database helper is handed: `dbUtils.truncate('brute')`.
                Some(f) if f.kind() == "string" => format!("{}({})", call.path, model.text(f)),
                _ => format!("{}()", call.path),
            }
        }
        "del"
            if no_args
                && receiver.ends_with(".()")
                && !filtered_chain
                && !filtered_after(model, call) =>
        {
            format!("{}() without where", call.path)
        }
        // Drizzle: `db.delete(users)` deletes every row unless `.where()`
        // follows.
        "delete" if drizzle_table_delete(model, call) => {
            format!("{}({}) without where", call.path, model.text(first?))
        }
        "delete"
            if (no_args || sqlalchemy_sync_only(call))
                && !filtered_chain
                && !filtered_after(model, call) =>
        {
            // knex('t').delete(), Django objects.all().delete(), SQLAlchemy
            // session.query(M).delete() (also with only its
            // `synchronize_session=False` option), Flask-SQLAlchemy
            // M.query.delete().
            let table_wide = receiver.ends_with("objects.all.()")
                || receiver.ends_with("query.()")
                || receiver.ends_with(".query")
                || (receiver.ends_with(".()") && !receiver.contains('.') && receiver != "()")
                || (receiver.matches(".()").count() == 1
                    && receiver.ends_with(".()")
                    && matches!(
                        receiver.trim_end_matches(".()").rsplit('.').next(),
                        Some("knex" | "db" | "trx" | "table" | "from" | "into")
                    ));
            if !table_wide {
                return None;
            }
            format!("{}()", call.path)
        }
        "destroy" => {
            let truncate = object_prop(first, "truncate") == Some(Value::Str("true".into()))
                || first.is_some_and(|f| {
                    let t = model.text(f);
                    t.contains("truncate: true") || t.contains("truncate:true")
                });
            let empty_where = first.is_some_and(|f| {
                matches!(f.kind(), "object") && {
                    let t: String = model.text(f).split_whitespace().collect();
                    t.contains("where:{}")
                }
            });
            if !truncate && !empty_where {
                return None;
            }
            format!(
                "{}({})",
                call.path,
                if truncate {
                    "{ truncate: true }"
                } else {
                    "{ where: {} }"
                }
            )
        }
        // Sequelize 7's `sequelize.destroyAll({ force: true })` deletes the
        // rows of every model. (LoopBack's `Model.destroyAll(where)` takes a
        // filter: a where object with any other key is no wipe.)
        "destroyAll" => {
            let everything = no_args || (call.args().len() == 1 && options_only(first));
            if !everything || receiver.is_empty() || model.lang.is_python() {
                return None;
            }
            format!("{}()", call.path)
        }
        "sync" | "synchronize" => {
            let forced = first.is_some_and(|f| {
                let t: String = model.text(f).split_whitespace().collect();
                t.contains("force:true") || t == "true"
            });
            if !forced {
                return None;
            }
            format!("{}({})", call.path, model.text(first?))
        }
        "deleteMany" | "delete_many" | "remove" => {
            let unfiltered = if method == "remove" {
                // Mongoose's and the old MongoDB driver's delete-all:
                // `User.remove({})`, `User.remove({}, done)`, and a raw
                // collection's `User.collection.remove(done)` /
                // `db.collection('users').remove()`. A trailing callback
                // is no filter.
                let callback = |n: Node| {
                    kinds::is_js_function_value(n.kind())
                        || (n.kind() == "identifier"
                            && matches!(model.text(n), "done" | "cb" | "callback" | "next"))
                };
                let args = call.args();
                let filters = match args.split_last() {
                    Some((last, rest)) if !model.lang.is_python() && callback(last.value) => rest,
                    _ => args,
                };
                let collection = receiver.ends_with(".collection")
                    || receiver == "collection"
                    || receiver.ends_with("collection.()");
                match filters {
                    [] => collection,
                    [only] => only.name.is_none() && is_empty_object(Some(only.value)),
                    _ => false,
                }
            } else {
                call.args().is_empty()
                    || (call.args().len() == 1
                        && (is_empty_object(first) || {
                            let t: String = first
                                .map(|f| model.text(f).split_whitespace().collect())
                                .unwrap_or_default();
                            t == "{where:{}}"
                        }))
            };
            if !unfiltered {
                return None;
            }
            format!("{}()", call.path)
        }
        "drop" => {
            // pandas' `DataFrame.drop` takes the labels to leave out
            // (`kidney_table.drop([0, 1, 2])`, `drop(columns=['a'])`) and
            // returns a new frame; SQLAlchemy's `Table.drop` takes a bind.
            let frame_labels = model.lang.is_python()
                && (first.is_some_and(|f| {
                    matches!(
                        f.kind(),
                        "list" | "tuple" | "set" | "string" | "concatenated_string" | "integer"
                    )
                }) || call.args().iter().any(|a| {
                    matches!(
                        a.name,
                        Some("columns" | "index" | "labels" | "axis" | "inplace")
                    )
                }));
            let table =
                !frame_labels && (receiver.ends_with("__table__") || receiver.ends_with("table"));
            // Node's MongoDB driver and Mongoose take a completion callback:
            // `collections.users.drop(() => done())` drops like `drop()`.
            let callback_only = !model.lang.is_python()
                && call.args().len() == 1
                && first.is_some_and(|f| kinds::is_js_function_value(f.kind()));
            // Sequelize: `sequelize.drop({})`, `User.drop({ cascade: true })`.
            let options = !model.lang.is_python() && call.args().len() == 1 && options_only(first);
            if !(no_args || table || callback_only || options)
                || receiver.is_empty()
                || matches!(receiver, "_" | "lodash")
            {
                return None;
            }
            format!("{}()", call.path)
        }
        // Sequelize's QueryInterface: `qi.dropAllTables()`, `dropAllSchemas()`.
        // RethinkDB: `r.db_drop('test')`, `r.table_drop('users')`.
        "db_drop" | "table_drop" | "dbDrop" | "tableDrop" if !receiver.is_empty() => {
            format!("{}()", call.path)
        }
        "dropDatabase" | "drop_database" | "dropCollection" | "drop_collection" | "dropTable"
        | "dropTableIfExists" | "dropSchema" | "dropSchemaIfExists" | "drop_all"
        | "dropAllTables" | "dropAllSchemas" | "clearDatabase" | "refreshDatabase" | "flushall"
        | "flushdb" | "flushAll" | "flushDb" | "FLUSHALL" | "FLUSHDB" => {
            // Bare, these are imported helpers (`import { clearDatabase }
            // from './helpers'`), judged like any other wipe helper below;
            // a same-file one is analysed through its body instead.
            let imported_helper =
                is_wipe_helper_name(method) && !model.functions.contains_key(method);
            if receiver.is_empty() && !imported_helper {
                return None;
            }
            // `client.drop_database(name)` where `name` is built from an
            // isolated value (`f"test-{uuid4()}"`, a same-file fixture that
            // returns one): the worker's own database.
            if first.is_some_and(|f| model.eval(f).value.is_isolated()) {
                return None;
            }
            // A flush of fakeredis empties the worker's own in-memory Redis.
            let flush =
                method.eq_ignore_ascii_case("flushall") || method.eq_ignore_ascii_case("flushdb");
            if flush && !receiver.is_empty() && model.fakes_redis() {
                return None;
            }
            format!("{}()", call.path)
        }
        // @firebase/rules-unit-testing: `testEnv.clearFirestore()` deletes
        // every document of the emulator project, as `clearDatabase()` does
        // its Realtime Database; v1's `clearFirestoreData({ projectId })`
        // (bare or `firebase.clearFirestoreData`) likewise, unless a
        // same-file function of that name. A project named from an isolated value is the worker's
        // own database.
        "clearFirestore" if no_args && !receiver.is_empty() => {
            if firebase_project_isolated(model) {
                return None;
            }
            format!("{}()", call.path)
        }
        "clearFirestoreData" if !model.functions.contains_key(method) => {
            if object_prop(first, "projectId").is_some_and(|v| v.is_isolated())
                || firebase_project_isolated(model)
            {
                return None;
            }
            format!("{}()", call.path)
        }
        "clear" if no_args => {
            let last = facts::last_segment(receiver);
            let repo = last.to_ascii_lowercase().contains("repo")
                || receiver.ends_with("getRepository.()");
            // TypeORM Active Record: `User.clear()` on an entity class the
            // file also queries through TypeORM's own statics
            // (`User.findOneBy(...)`, `Pending.findAndCount(...)`).
            let entity = !model.lang.is_python()
                && !receiver.contains('.')
                && receiver
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_uppercase())
                && model.calls.iter().any(|c| {
                    c.receiver() == receiver
                        && matches!(
                            c.method(),
                            "findOneBy"
                                | "findBy"
                                | "findAndCountBy"
                                | "findAndCount"
                                | "findOneByOrFail"
                                | "countBy"
                                | "existsBy"
                        )
                });
            if !repo && !entity {
                return None;
            }
            format!("{}()", call.path)
        }
        "bulkDelete" => {
            let where_arg = call.positional(1);
            let unfiltered = where_arg.is_none()
                || where_arg.is_some_and(|w| {
                    model.text(w) == "null"
                        || model.text(w) == "undefined"
                        || is_empty_object(Some(w))
                });
            if !unfiltered {
                return None;
            }
            format!("{}()", call.path)
        }
        // SQLAlchemy's async engine runs a sync callable on its connection:
        // `await conn.run_sync(Base.metadata.drop_all)` drops every table as
        // `metadata.drop_all(conn)` would.
        "run_sync" => {
            let f = first.filter(|f| f.kind() == "attribute")?;
            let attribute = f.field("attribute")?;
            if model.text(attribute) != "drop_all" {
                return None;
            }
            format!("{}()", model.text(f))
        }
        // TypeORM names the entity in `createQueryBuilder(User, 'u')`:
        // `.delete().execute()` with no `.where()` deletes every row.
        "execute"
            if (receiver.contains("delete.().from.()")
                || receiver.ends_with("createQueryBuilder.().delete.()"))
                && !filtered_chain =>
        {
            "query builder DELETE without where".to_string()
        }
        // knex-cleaner: `knexCleaner.clean(db, { mode: 'truncate' })`.
        "clean" if receiver.to_ascii_lowercase().contains("cleaner") => format!("{}()", call.path),
        // `knex.migrate.rollback()` drops the migrated tables.
        "rollback" if receiver.ends_with("migrate") => format!("{}()", call.path),
        // Django's `call_command('flush')`, also under a renaming import
        // (`from django.core.management import call_command as run`).
        _ if method == "call_command"
            || (receiver.is_empty()
                && model.lang.is_python()
                && model
                    .py_unaliased(method)
                    .is_some_and(|q| q == "django.core.management.call_command")) =>
        {
            let cmd = first.and_then(|f| plain_string(f, model.src))?;
            if cmd != "flush" {
                return None;
            }
            "call_command('flush')".to_string()
        }
        // peewee empties a model's table: `User.truncate_table()`,
        // `for model in MODELS: model.truncate_table(cascade=True)`.
        "truncate_table"
            if model.lang.is_python()
                && !receiver.is_empty()
                && !model.functions.contains_key(method) =>
        {
            format!("{}()", call.path)
        }
        // An imported helper whose name says it wipes the database
        // (`truncateAll()`, `clearDatabase()`, `resetDb()`); same-file
        // helpers are analysed through their bodies instead.
        _ if is_wipe_helper_name(method)
            && !model.functions.contains_key(method)
            && (receiver.is_empty()
                || receiver.to_ascii_lowercase().contains("db")
                || receiver.to_ascii_lowercase().contains("database")
                || model.is_local_module(receiver)) =>
        {
            format!("{}()", call.path)
        }
        _ => return None,
    };
    Some(desc)
}

/// The file starts its Firebase emulator test environment on a project
/// named from an isolated value
/// (`initializeTestEnvironment({ projectId: `demo-${process.env.JEST_WORKER_ID}` })`,
/// v1's `initializeTestApp`/`initializeAdminApp`): each worker clears only
/// its own project.
fn firebase_project_isolated(model: &Model) -> bool {
    model.calls.iter().any(|c| {
        matches!(
            c.method(),
            "initializeTestEnvironment" | "initializeTestApp" | "initializeAdminApp"
        ) && c.positional(0).is_some_and(|a| {
            model
                .eval(a)
                .value
                .field("projectId")
                .is_some_and(|v| v.is_isolated())
        })
    })
}

/// `truncateAll`, `truncate_tables`, `clearDatabase`, `cleanDb`, `resetDB`,
/// `wipeTables`, `dropTables`, and helpers that empty one named collection
/// (`dropCollection('users')`, `clearCollection(name)`).
pub fn is_wipe_helper_name(name: &str) -> bool {
    let l = name.to_ascii_lowercase().replace('_', "");
    if l.starts_with("truncate") {
        return true;
    }
    let verb = [
        "clear", "clean", "wipe", "reset", "empty", "purge", "drop", "flush", "nuke",
    ]
    .iter()
    .any(|v| l.starts_with(v));
    let object = [
        "database",
        "db",
        "tables",
        "alltables",
        "collections",
        "collection",
    ]
    .iter()
    .any(|o| l.ends_with(o));
    verb && object
}

/// The SQLAlchemy 2.0 / SQLModel `delete(User)` statement object (or Core
/// `users_table.delete()` / `User.__table__.delete()`) with no
/// `.where(...)` (passed to `session.execute`) that `node` is or, for a
/// name, holds where it is used; `None` for anything else.
pub fn unfiltered_delete_statement<'t>(model: &Model<'t>, node: Node<'t>) -> Option<Node<'t>> {
    // `statement = delete(User)` then `session.execute(statement)` (the
    // FastAPI full-stack template's session fixture): the statement the
    // name holds at the call, from its nearest earlier assignment.
    if node.kind() == "identifier" {
        let writes = model.visible_writes(node)?;
        let value = writes
            .into_iter()
            .filter(|w| w.node.end_byte() <= node.start_byte())
            .max_by_key(|w| w.node.start_byte())?
            .value?;
        return (value.kind() != "identifier")
            .then(|| unfiltered_delete_statement(model, value))
            .flatten();
    }
    if !matches!(node.kind(), "call" | "call_expression") {
        return None;
    }
    let f = node.field("function")?;
    let p = model.path_of(f);
    let unfiltered = matches!(p.as_str(), "delete" | "sa.delete" | "sqlalchemy.delete")
        || (p.ends_with(".delete")
            && p.rsplit('.')
                .nth(1)
                .is_some_and(|r| r.ends_with("table") || r == "__table__"));
    unfiltered.then_some(node)
}

/// Record-writing method names: `create`, `insert`, `save`, `upsert`...
pub const WRITE_METHODS: &[&str] = &[
    "create",
    "createOne",
    "createMany",
    "create_one",
    "insert",
    "insertOne",
    "insertMany",
    "insert_one",
    "insert_many",
    "bulkCreate",
    "bulk_create",
    "bulkInsert",
    "bulk_insert",
    "save",
    "upsert",
    "get_or_create",
    "update_or_create",
    "findOrCreate",
    "findOneOrCreate",
    "firstOrCreate",
    "create_user",
    "create_superuser",
    "register",
    "signup",
    "signUp",
    "sign_up",
    "persist",
    "persistAndFlush",
    "create_batch",
    "createList",
    "make",
    "blend",
];

/// Prefixes of helper names that write a record: `createUser`,
/// `insert_account`, `registerUser`, `signupWith`, `seedUser`.
const WRITE_PREFIXES: &[&str] = &[
    "create", "insert", "register", "signup", "signUp", "seed", "upsert",
];

/// Words after a `create` prefix that name a builder, not a record.
const BUILDER_NOUNS: &[&str] = &[
    "mock",
    "request",
    "response",
    "context",
    "element",
    "store",
    "slice",
    "action",
    "selector",
    "event",
    "message",
    "hash",
    "form",
    "payload",
    "dto",
    "input",
    "params",
    "props",
    "config",
    "options",
    "client",
    "server",
    "app",
    "router",
    "component",
    "wrapper",
    "stub",
    "spy",
    "fake",
    "test",
    "testing",
    "root",
    "portal",
    "ref",
    "signal",
    "effect",
    "memo",
    "query",
    "url",
    "token",
    "jwt",
    "schema",
    "validator",
    "object",
    "map",
    "set",
    "date",
    "buffer",
    "stream",
    "reader",
    "writer",
    // In-process infrastructure with an `id` option, not a record:
    // `Aedes.createBroker({ id: 'b1' })`, `createLogger({ name })`.
    "broker",
    "emitter",
    "logger",
    "connection",
    "pool",
    "engine",
    "session",
    // Clients of a datastore (`create_redis(username=...)` logs a client in).
    "redis",
    "database",
    "mongo",
    "hmac",
    "cipher",
    "sign",
    // Parts of an application registered with it, not records:
    // `app.register_blueprint(bp, subdomain='api')`, `registerPlugin`,
    // `register_lookup`.
    "blueprint",
    "plugin",
    "extension",
    "middleware",
    "handler",
    "listener",
    "hook",
    "route",
    "converter",
    "lookup",
    "loader",
    "serializer",
    "adapter",
    "dialect",
    "codec",
    "callback",
    // `Test.createTestingModule({ imports, providers })` (NestJS).
    "module",
];

/// Nouns that end a qualified name of a datastore handle (`AuthDatabase`,
/// `ReplicaPool`, `DbConnection`): see [`is_write_method`].
const HANDLE_SUFFIXES: &[&str] = &["database", "pool", "connection", "engine"];

/// Whether a method or function name writes records.
///
/// A private helper named for the write (`self._create_user(...)`,
/// `_insert_account(...)`) writes as its public spelling does; a bare
/// underscored verb (`self._save()`, `_insert(...)`) names the object's own
/// internals and is left alone.
pub fn is_write_method(name: &str) -> bool {
    let public = name.trim_start_matches('_');
    if public.len() != name.len() {
        return prefixed_write(public);
    }
    // Runs for every call of a file: most names start with a letter no
    // write method or prefix starts with.
    static FIRST_BYTES: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
        let mut first = [false; 256];
        for word in WRITE_METHODS.iter().chain(WRITE_PREFIXES) {
            if let Some(&b) = word.as_bytes().first() {
                first[usize::from(b)] = true;
            }
        }
        first
    });
    match name.as_bytes().first() {
        Some(&b) if FIRST_BYTES[usize::from(b)] => {}
        _ => return false,
    }
    WRITE_METHODS.contains(&name) || prefixed_write(name)
}

/// A helper name made of a write prefix and the noun it writes:
/// `createUser`, `insert_account`, `create_test_user`.
fn prefixed_write(name: &str) -> bool {
    for prefix in WRITE_PREFIXES {
        let Some(rest) = name.strip_prefix(prefix) else {
            continue;
        };
        let rest = rest.trim_start_matches('_');
        let Some(first) = rest.chars().next() else {
            continue;
        };
        // camelCase (`createUser`) or snake_case (`create_user`).
        let boundary =
            first.is_ascii_uppercase() || name.as_bytes().get(prefix.len()) == Some(&b'_');
        if !boundary {
            continue;
        }
        let noun = without_test_qualifier(rest);
        if noun.is_empty() {
            return false;
        }
        let lower = noun.to_ascii_lowercase();
        if BUILDER_NOUNS.iter().any(|b| lower.starts_with(b)) {
            return false;
        }
        // A qualified datastore handle is one too: `createAuthDatabase(
        // { username: 'probe', ... })`, `createReadReplicaPool(...)`,
        // `createTestDbConnection(...)` open a connection with the
        // credentials they are given and store no record.
        if HANDLE_SUFFIXES.iter().any(|h| lower.ends_with(h)) {
            return false;
        }
        return true;
    }
    false
}

/// The noun after a `test` / `testing` qualifier: `create_test_user` and
/// `createTestAccount` create a user and an account, as `createUser` does,
/// while `createTestingModule` and `createTestClient` still name builders
/// and a bare `createTest` names none. Only a whole word is a qualifier:
/// `createTestimonial` is left as it is.
fn without_test_qualifier(rest: &str) -> &str {
    for qualifier in ["Testing", "testing", "Test", "test"] {
        let Some(after) = rest.strip_prefix(qualifier) else {
            continue;
        };
        match after.chars().next() {
            None => return "",
            Some('_') => return after.trim_start_matches('_'),
            Some(c) if c.is_ascii_uppercase() => return after,
            Some(_) => {}
        }
    }
    rest
}

/// Whether a `register` call puts a value into an in-memory registry rather
/// than signing an account up: called on a value just built by a call chain
/// (zod `z.string().register(reg, { id: 'x' })`), or given a registry as its
/// first argument (`schema.register(z.globalRegistry, ...)`, `reg` bound to
/// `z.registry()` / `new Registry()`). Signups go through a service or client
/// object (`api.register({ email })`, `page.register(...)`), which is neither.
pub fn registers_into_registry<'t>(model: &Model<'t>, call: &Call<'t>) -> bool {
    if call.method() != "register" {
        return false;
    }
    if call.receiver().ends_with(".()") {
        return true;
    }
    let Some(first) = call.positional(0).map(unwrap_await) else {
        return false;
    };
    let names_registry = |path: &str| {
        facts::last_segment(path)
            .to_ascii_lowercase()
            .contains("registry")
    };
    if names_registry(&model.path_of(first)) {
        return true;
    }
    // A name bound to a registry made in this file.
    if first.kind() != "identifier" {
        return false;
    }
    let mut values = model.bindings_of(model.text(first)).filter_map(|a| a.value);
    let (Some(v), None) = (values.next(), values.next()) else {
        return false;
    };
    let v = unwrap_await(v);
    let callee = v.field("function").or_else(|| v.field("constructor"));
    matches!(v.kind(), "call" | "call_expression" | "new_expression")
        && callee.is_some_and(|c| names_registry(&model.path_of(c)))
}

/// Whether a write is answered by the fake of a file that
/// [`Model::fakes_backend`]: every write but one that goes to the database
/// (`through_database`: an ORM handle, a record factory, SQL). An HTTP
/// interceptor or in-memory server stands in for what is reached over the
/// network (`requests.post`, `fetch`, `api.createUser(...)`, boto3 under
/// moto), never for `User.objects.create(...)` or `INSERT INTO ...`.
/// Requests to the app under test (supertest, a Django test client) count
/// as faked too: the app's handler may call only the mocked service.
pub fn fakes_write(fakes_backend: bool, through_database: bool) -> bool {
    fakes_backend && !through_database
}

/// The modules whose import fakes a backend: see [`Model::fakes_backend`].
const FAKE_BACKENDS: &[&str] = &[
    "miragejs",
    "msw",
    "nock",
    "fetch-mock",
    "jest-fetch-mock",
    "axios-mock-adapter",
    "@angular/common/http/testing",
    "responses",
    "requests_mock",
    "httpretty",
    "respx",
    "pytest_httpx",
    // AWS services faked in the worker's own memory (`@mock_aws`).
    "moto",
    "fakeredis",
];

/// Whether a pytest fixture name is an HTTP interceptor: a plugin's
/// (`requests_mock`, `httpx_mock`, `respx_mock`, `aioresponses`), or a name
/// joining a mock word and an HTTP-channel word (`http_client_mock`,
/// `mock_http`, `fake_transport`, `mocked_requests`). A mock of something
/// else (`mock_db`, `client_mock`) says nothing about the channel.
pub fn is_http_mock_fixture(name: &str) -> bool {
    if matches!(
        name,
        "requests_mock" | "httpx_mock" | "respx_mock" | "aioresponses" | "mocked_responses"
    ) {
        return true;
    }
    let parts: Vec<String> = name.split('_').map(|p| p.to_ascii_lowercase()).collect();
    let mock = parts
        .iter()
        .any(|p| matches!(p.as_str(), "mock" | "mocked" | "fake" | "stub" | "stubbed"));
    let channel = parts.iter().any(|p| {
        matches!(
            p.as_str(),
            "http" | "httpx" | "requests" | "respx" | "transport" | "aiohttp" | "urllib3"
        )
    });
    mock && channel
}

/// Whether a pytest fixture name is a plugin's client of the test's own
/// in-process application instance (pytest-homeassistant's `hass_client`,
/// `hass_client_no_auth`, `hass_ws_client`): see
/// [`Model::requests_own_instance_client`]. A project's fixture of another
/// name (`client`, `api_client`) may reach a shared backend and is not one.
pub fn is_own_instance_client_fixture(name: &str) -> bool {
    matches!(
        name,
        "hass_client" | "hass_client_no_auth" | "hass_ws_client"
    )
}

/// Whether a write method called on `receiver` stores through an ORM or
/// query-builder handle, the channel no HTTP interceptor answers: Django's
/// manager (`User.objects`), a Prisma client (`prisma.user`,
/// `this.prisma.user`), a session or database handle (`db.session`,
/// `db.collection('users')`, `knex('users')`), or a model class
/// (`User.create(...)`, `Product.insert(...)`). An API client
/// (`api.createUser`) or SDK (`stripe.Customer.create`) is none.
///
/// A `db` or `session` counts only as the handle itself (`db.users`,
/// `this.db.users`, `self.session`): `server.db.users` is miragejs's
/// in-memory store, part of the fake.
pub fn is_orm_receiver(receiver: &str) -> bool {
    if receiver
        .split('.')
        .any(|part| matches!(part, "objects" | "prisma" | "knex" | "sequelize"))
    {
        return true;
    }
    let handle = ["this.", "self.", "cls."]
        .iter()
        .find_map(|owner| receiver.strip_prefix(owner))
        .unwrap_or(receiver);
    let root = handle.split('.').next().unwrap_or("");
    if matches!(root, "db" | "session") {
        return true;
    }
    !receiver.contains('.') && receiver.starts_with(|c: char| c.is_ascii_uppercase())
}

/// A factory call that saves: `UserFactory(...)`, `UserFactory.create(...)`,
/// `baker.make(User, ...)`, `mixer.blend(User, ...)`.
pub fn is_factory_call(path: &str) -> bool {
    let method = facts::last_segment(path);
    let receiver = facts::receiver_of(path);
    (method.ends_with("Factory") && method.len() > "Factory".len())
        || (receiver.ends_with("Factory") && matches!(method, "create" | "create_batch"))
        || matches!(receiver, "baker" | "mommy" | "mixer")
        // factory-girl / fishery / factory-bot style: `factory('user', {...})`,
        // `factory.create('user', {...})` (persisting; `build` does not).
        || path == "factory"
        || (matches!(receiver, "factory" | "factories")
            && matches!(method, "create" | "createMany" | "createList" | "create_batch"))
}

/// How unique a field is, when it is a unique key: lower ranks are reported
/// first. `name`, `title`, `password` are not unique keys.
pub fn unique_key_rank(field: &str) -> Option<u8> {
    let norm: String = field
        .chars()
        .filter(|c| *c != '_' && *c != '-')
        .collect::<String>()
        .to_ascii_lowercase();
    Some(match norm.as_str() {
        "email" | "emailaddress" | "mail" => 0,
        "username" | "login" | "userlogin" | "handle" | "nickname" => 1,
        "slug" | "sku" | "code" | "externalid" | "isbn" | "subdomain" => 2,
        "phone" | "phonenumber" | "mobile" => 3,
        "id" | "pk" | "uuid" | "guid" | "_id" => 4,
        _ => return None,
    })
}

/// Text that names a database living in memory for one process: in-memory
/// SQLite (`:memory:`, SQLAlchemy's bare `sqlite://`, the `memory=True` /
/// `memory_name=` keywords of sqlite-utils' and Datasette's `Database`),
/// `MongoMemoryServer`, mongomock (by name, or a `connect(...)` asking for
/// it with `mock=True` / `is_mock=True`). Used for a test file's own text,
/// a `conftest.py` fixture's, and an imported base class's set-up.
pub fn names_in_memory_database(text: &str) -> bool {
    static MARKERS: AnyOf = AnyOf::new(&[
        ":memory:",
        "\"sqlite://\"",
        "'sqlite://'",
        "MongoMemoryServer",
        "MongoMemoryReplSet",
        "mongomock",
    ]);
    MARKERS.in_text(text) || has_memory_keyword(text)
}

/// A fixed list of words to look for in a whole file's text, with searchers
/// built on first use.
///
/// A short case-sensitive list searches each word with its own `memmem`
/// finder (a vector scan keyed on the word's rarest bytes): one
/// Aho-Corasick pass for `StringTransport`, `FakeTransport`, `iosim.` and
/// `loopback.loopback` spent about 30 instructions a byte on real Python
/// suites, whose text is full of the candidates its prefilter keys on, and
/// the four `memmem` passes take a fourteenth of that (callgrind, 1,195
/// files). A longer list, or one in any case (`Mock`, `MOCK`: `memmem` has
/// no case-insensitive search), is one pass of an Aho-Corasick DFA, which
/// checks a candidate in a few instructions where the NFA used before
/// took dozens.
const MEMMEM_WORDS: usize = 4;

pub struct AnyOf {
    words: &'static [&'static str],
    /// Matches in any ASCII case (`Mock`, `MOCK`, `mock`).
    any_case: bool,
    finders: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>>,
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

impl AnyOf {
    pub const fn new(words: &'static [&'static str]) -> Self {
        AnyOf {
            words,
            any_case: false,
            finders: std::sync::OnceLock::new(),
            automaton: std::sync::OnceLock::new(),
        }
    }

    /// The words in any ASCII case.
    pub const fn any_ascii_case(words: &'static [&'static str]) -> Self {
        AnyOf {
            words,
            any_case: true,
            finders: std::sync::OnceLock::new(),
            automaton: std::sync::OnceLock::new(),
        }
    }

    /// Whether `text` contains one of the words.
    pub fn in_text(&self, text: &str) -> bool {
        if !self.any_case && self.words.len() <= MEMMEM_WORDS {
            let finders = self.finders.get_or_init(|| {
                self.words
                    .iter()
                    .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
                    .collect()
            });
            return finders.iter().any(|f| f.find(text.as_bytes()).is_some());
        }
        let automaton = self.automaton.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .ascii_case_insensitive(self.any_case)
                .build(self.words)
                .ok()
        });
        match automaton {
            Some(a) => a.is_match(text),
            // Cannot happen for short literal words; the plain scan
            // rather than a panic.
            None if self.any_case => {
                let lower = text.to_ascii_lowercase();
                self.words
                    .iter()
                    .any(|w| lower.contains(&w.to_ascii_lowercase()))
            }
            None => self.words.iter().any(|w| text.contains(w)),
        }
    }
}

/// A `memory=True` or `memory_name=...` keyword argument (also
/// `is_memory=True`) to a `Database(...)` constructor: sqlite-utils'
/// `Database(memory=True)`, Datasette's `Database(ds, is_memory=True)`;
/// or a `mock=True` / `is_mock=True` one to a `connect(...)` (mongomock).
fn has_memory_keyword(text: &str) -> bool {
    // Each keyword names `memory` or `mock`: most files mention neither,
    // and scanning every `connect(` argument list of a driver's suite cost
    // more than the rest of the private-database check.
    let mentions = |word: &str| memchr::memmem::find(text.as_bytes(), word.as_bytes()).is_some();
    (mentions("memory")
        && keyword_lists(text, "Database(").any(|args| {
            args.split(',').any(|a| {
                matches!(a, "memory=True" | "is_memory=True") || a.starts_with("memory_name=")
            })
        }))
        || (mentions("mock")
            && keyword_lists(text, "connect(").any(|args| {
                // A MongoDB connection asking for the mock backend: mongoengine's
                // `connect('db', is_mock=True)`, mongomantic's `connect(host, db,
                // mock=True)` (both mongomock, kept in the process's memory).
                args.split(',')
                    .any(|a| matches!(a, "mock=True" | "is_mock=True"))
            }))
}

/// The argument lists (whitespace removed) of the calls `open` (a callee
/// name with its opening parenthesis) starts in `text`.
fn keyword_lists<'a>(text: &'a str, open: &'a str) -> impl Iterator<Item = String> + 'a {
    text.match_indices(open).map(move |(at, open)| {
        let args = &text[at + open.len()..];
        // The argument list up to its closing parenthesis (no nesting
        // needed for these keywords; a bounded look).
        let mut depth = 1usize;
        let end = args
            .char_indices()
            .take(400)
            .find(|&(_, c)| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })
            .map(|(i, _)| i)
            .unwrap_or(0);
        args[..end].chars().filter(|c| !c.is_whitespace()).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sql_runner_names() {
        for name in [
            "execute_db_script",
            "run_sql",
            "dbExec",
            "runSqlFile",
            "SQL",
            "exec",
        ] {
            assert!(names_sql_runner(name), "{name}");
        }
        for name in ["", "sq", "execute_", "query", "create", "describe", "scrip"] {
            assert_eq!(
                names_sql_runner(name),
                name.starts_with("execute"),
                "{name}"
            );
        }
    }

    fn sql(s: &str) -> Vec<String> {
        destructive_statements(&SqlText {
            text: s.into(),
            holes: vec![],
        })
        .into_iter()
        .map(|d| format!("{} {}", d.what, d.target))
        .collect()
    }

    #[test]
    fn classifies_sql() {
        assert_eq!(sql("TRUNCATE TABLE users CASCADE"), ["TRUNCATE users"]);
        assert_eq!(sql("truncate \"User\", \"Post\""), ["TRUNCATE User"]);
        assert_eq!(sql("DELETE FROM users"), ["DELETE without WHERE users"]);
        assert!(sql("DELETE FROM users WHERE id = 1").is_empty());
        assert_eq!(sql("DROP TABLE IF EXISTS users"), ["DROP TABLE users"]);
        assert_eq!(sql("drop schema public cascade"), ["DROP SCHEMA public"]);
        assert!(sql("ROLLBACK").is_empty());
        assert!(sql("SAVEPOINT s1").is_empty());
        assert!(sql("CREATE TABLE t (id int REFERENCES u ON DELETE CASCADE)").is_empty());
        assert_eq!(
            sql("DELETE FROM a WHERE x = 1; DELETE FROM b"),
            ["DELETE without WHERE b"]
        );
    }

    #[test]
    fn in_memory_database_markers() {
        assert!(names_in_memory_database("db = Database(memory=True)"));
        assert!(names_in_memory_database("Database(\n    memory=True,\n)"));
        assert!(names_in_memory_database("Database(memory_name=\"shared\")"));
        assert!(names_in_memory_database("Database(ds, is_memory=True)"));
        assert!(names_in_memory_database("create_engine('sqlite://')"));
        assert!(!names_in_memory_database("Database(path)"));
        assert!(!names_in_memory_database("Database(url, memory=False)"));
        assert!(!names_in_memory_database("Cache(memory=True)"));
        assert!(!names_in_memory_database(
            "Database(f(x), y)\nCache(memory=True)"
        ));
    }

    #[test]
    fn fake_names_ignore_ascii_case_and_leading_underscores() {
        for name in [
            "mockRepo",
            "_FakeDb",
            "__stubUser",
            "spyOn",
            "DummyStore",
            "InMemoryRepo",
            "users_in_memory",
            "prismaMock",
            "repo_fake",
            "userStub",
            "MOCK",
        ] {
            assert!(is_fake_name(name), "{name}");
        }
        for name in [
            "", "_", "repo", "User", "emulator", "inMemo", "fak", "Mocha_x",
        ] {
            assert!(!is_fake_name(name), "{name}");
        }
    }

    #[test]
    fn write_methods() {
        assert!(is_write_method("create"));
        assert!(is_write_method("createUser"));
        assert!(is_write_method("create_user"));
        assert!(is_write_method("registerAccount"));
        assert!(!is_write_method("createElement"));
        assert!(!is_write_method("create_redis"));
        assert!(is_write_method("createDbUser"));
        assert!(!is_write_method("createMockUser"));
        assert!(is_write_method("create_test_user"));
        assert!(is_write_method("createTestAccount"));
        assert!(!is_write_method("createTest"));
        assert!(!is_write_method("create_test"));
        assert!(!is_write_method("createTestingModule"));
        assert!(!is_write_method("createTestClient"));
        assert!(!is_write_method("create_test_app"));
        assert!(!is_write_method("createTestMockUser"));
        assert!(!is_write_method("created"));
        assert!(!is_write_method("isValidEmail"));
        assert!(!is_write_method("register_blueprint"));
        assert!(!is_write_method("registerPlugin"));
        assert!(is_write_method("registerUser"));
        // A private helper named for the write; bare underscored verbs and
        // dunder names are internals (audit 94).
        assert!(is_write_method("_create_user"));
        assert!(is_write_method("__createUser"));
        assert!(is_write_method("_insert_account"));
        assert!(!is_write_method("_save"));
        assert!(!is_write_method("_insert"));
        assert!(!is_write_method("_create"));
        assert!(!is_write_method("_create_mock_user"));
        assert!(!is_write_method("__init__"));
        assert!(!is_write_method("_created"));
        // A qualified datastore handle opens a connection, no record.
        assert!(!is_write_method("createAuthDatabase"));
        assert!(!is_write_method("create_replica_pool"));
        assert!(!is_write_method("createTestDbConnection"));
        assert!(is_factory_call("UserFactory"));
        assert!(is_factory_call("UserFactory.create"));
        assert!(!is_factory_call("Factory"));
        assert_eq!(unique_key_rank("email"), Some(0));
        assert_eq!(unique_key_rank("external_id"), Some(2));
        assert_eq!(unique_key_rank("name"), None);
        assert_eq!(unique_key_rank("userId"), None);
    }
}

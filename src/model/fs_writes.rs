//! File-system writes: which calls create, write, remove or lock a file or
//! directory, where their path argument is, and whether a path value is the
//! same in every worker (a fixed temp path or a bare relative path).
//!
//! This is shared knowledge (any rule that cares about files written by a
//! test asks here); `fixed-temp-path` is its first user.

use super::facts::{self, object_property, plain_string, Call};
use super::values::{Value, TMPDIR};
use super::Model;
use crate::model::kinds::FieldByName;
use tree_sitter::Node;

/// What a call does to the file at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteKind {
    Write,
    Create,
    Remove,
    Lock,
    /// Opens (and creates) a database file: SQLite.
    Database,
}

impl WriteKind {
    pub fn verb(self) -> &'static str {
        match self {
            WriteKind::Write => "written",
            WriteKind::Create => "created",
            WriteKind::Remove => "removed",
            WriteKind::Lock => "locked",
            WriteKind::Database => "opened as a database",
        }
    }
}

/// One path a call writes.
#[derive(Debug, Clone)]
pub struct FileWrite<'t> {
    /// The path expression: the argument, or the property value holding it
    /// (`{ path: '/tmp/x.png' }`), or an options object reached through a
    /// name (then `field` says which field holds the path).
    pub node: Node<'t>,
    /// Dotted field of the value of `node` holding the path
    /// (`recordVideo.dir`), when `node` is an options object.
    pub field: Option<&'static str>,
    pub kind: WriteKind,
    /// The path is inside a database URL (`sqlite:///./test.db`).
    pub url: bool,
}

/// Whether an `open()` mode / `fs.open` flag string writes: `w`, `a`, `x`
/// or `+` (`'wb'`, `'a+'`, `'r+'`, `'wx'`, tarfile `'w:gz'`).
pub fn open_mode_writes(mode: &str) -> bool {
    mode.chars().any(|c| matches!(c, 'w' | 'a' | 'x' | '+'))
}

/// Whether numeric `os.open`/`fs.open` flags (written as constants) create
/// or write.
fn open_flags_write(text: &str) -> bool {
    [
        "O_CREAT", "O_WRONLY", "O_RDWR", "O_APPEND", "O_TRUNC", "O_EXCL",
    ]
    .iter()
    .any(|f| text.contains(f))
}

/// Where a fixed path lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixedPathKind {
    /// Under `/tmp`, `/var/tmp` or the OS temp dir joined with literals.
    Temp,
    /// A bare relative path: resolved against the working directory, which
    /// every worker shares.
    Relative,
}

/// Whether a path value is the same in every worker, and how. `None` for
/// absolute paths outside the temp dirs (`/dev/null`), URLs, `:memory:`,
/// the temp dir itself and the working directory itself.
pub fn fixed_path_kind(path: &str) -> Option<FixedPathKind> {
    let p = path.trim();
    if p.is_empty() || p.len() > 1024 || p.contains(['\n', '\r', '\0']) {
        return None;
    }
    if let Some(rest) = p.strip_prefix(TMPDIR) {
        return has_segment(rest).then_some(FixedPathKind::Temp);
    }
    for root in ["/tmp", "/var/tmp", "/private/tmp", "/dev/shm"] {
        if let Some(rest) = p.strip_prefix(root) {
            if rest.starts_with('/') && has_segment(rest) {
                return Some(FixedPathKind::Temp);
            }
            if rest.is_empty() {
                return None;
            }
        }
    }
    let windows_drive =
        p.len() > 2 && p.as_bytes()[1] == b':' && p.as_bytes()[0].is_ascii_alphabetic();
    if p.starts_with(['/', '\\', '~', '$', '%', '-'])
        || windows_drive
        || p.contains("://")
        || p.starts_with("file:")
        || p == ":memory:"
        || matches!(p, "." | ".." | "./" | "../")
    {
        return None;
    }
    Some(FixedPathKind::Relative)
}

fn has_segment(rest: &str) -> bool {
    rest.split('/').any(|s| !s.is_empty() && s != ".")
}

/// The path of a SQLite database URL (`sqlite:///./test.db` → `./test.db`,
/// `sqlite:////tmp/x.db` → `/tmp/x.db`); `None` for other URLs and for
/// in-memory databases.
pub fn sqlite_url_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite")
        .and_then(|r| r.split_once("://"))
        .map(|(_, r)| r)?;
    let path = rest.strip_prefix('/')?;
    let path = path.split('?').next().unwrap_or(path);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// `path` as people write it: the temp-dir marker spelled the way the
/// language spells it.
pub fn display_path(path: &str, python: bool) -> String {
    match path.strip_prefix(TMPDIR) {
        Some(rest) if python => format!("tempfile.gettempdir(){rest}"),
        Some(rest) => format!("os.tmpdir(){rest}"),
        None => path.to_string(),
    }
}

/// `path` normalised so that the same file compares equal across files and
/// languages: the temp-dir marker becomes `/tmp`, `./` and `//` go.
pub fn normalise_path(path: &str) -> String {
    let p = match path.strip_prefix(TMPDIR) {
        Some(rest) => format!("/tmp{rest}"),
        None => path.to_string(),
    };
    let absolute = p.starts_with('/');
    let parts: Vec<&str> = p
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

// --- JavaScript -----------------------------------------------------------

/// A JS write API: method name, index of the path argument, what it does,
/// and whether the name is generic enough (`rm`, `remove`, `copy`) that it
/// only counts on an fs module (`fs.rm`) or when the file imports one.
struct JsApi {
    method: &'static str,
    arg: usize,
    kind: WriteKind,
    generic: bool,
}

const fn js(method: &'static str, arg: usize, kind: WriteKind, generic: bool) -> JsApi {
    JsApi {
        method,
        arg,
        kind,
        generic,
    }
}

use WriteKind::{Create, Database, Lock, Remove, Write};

/// Node `fs`, `fs.promises`, `fs/promises`, `fs-extra` (`output*`,
/// `*Json`, `copy`, `move`, `ensure*`, `mkdirs`, `remove`, `emptyDir`),
/// `graceful-fs`, `mkdirp`, `rimraf`. `open`/`openSync` are handled apart
/// (flags). Sorted by method name: [`js_fs_api`] looks a call's method up
/// by binary search, since every call of a JS file is asked.
const JS_FS_APIS: &[JsApi] = &[
    js("appendFile", 0, Write, false),
    js("appendFileSync", 0, Write, false),
    js("copy", 1, Write, true),
    js("copyFile", 1, Write, false),
    js("copyFileSync", 1, Write, false),
    js("copySync", 1, Write, false),
    js("cp", 1, Write, true),
    js("cpSync", 1, Write, false),
    js("createFile", 0, Create, true),
    js("createFileSync", 0, Create, false),
    js("createWriteStream", 0, Write, false),
    js("emptyDir", 0, Remove, false),
    js("emptyDirSync", 0, Remove, false),
    js("emptydir", 0, Remove, false),
    js("ensureDir", 0, Create, false),
    js("ensureDirSync", 0, Create, false),
    js("ensureFile", 0, Create, false),
    js("ensureFileSync", 0, Create, false),
    js("link", 1, Create, true),
    js("linkSync", 1, Create, false),
    js("mkdir", 0, Create, false),
    js("mkdirSync", 0, Create, false),
    js("mkdirp", 0, Create, false),
    js("mkdirpSync", 0, Create, false),
    js("mkdirs", 0, Create, false),
    js("mkdirsSync", 0, Create, false),
    js("move", 1, Write, true),
    js("moveSync", 1, Write, false),
    js("outputFile", 0, Write, false),
    js("outputFileSync", 0, Write, false),
    js("outputJSON", 0, Write, false),
    js("outputJSONSync", 0, Write, false),
    js("outputJson", 0, Write, false),
    js("outputJsonSync", 0, Write, false),
    js("remove", 0, Remove, true),
    js("removeSync", 0, Remove, false),
    js("rename", 1, Write, true),
    js("renameSync", 1, Write, false),
    js("rimraf", 0, Remove, false),
    js("rimrafSync", 0, Remove, false),
    js("rm", 0, Remove, true),
    js("rmSync", 0, Remove, false),
    js("rmdir", 0, Remove, false),
    js("rmdirSync", 0, Remove, false),
    js("symlink", 1, Create, true),
    js("symlinkSync", 1, Create, false),
    js("truncate", 0, Write, true),
    js("truncateSync", 0, Write, false),
    js("unlink", 0, Remove, false),
    js("unlinkSync", 0, Remove, false),
    js("writeFile", 0, Write, false),
    js("writeFileSync", 0, Write, false),
    js("writeJSON", 0, Write, false),
    js("writeJSONSync", 0, Write, false),
    js("writeJson", 0, Write, false),
    js("writeJsonSync", 0, Write, false),
];

/// The Node fs write API named `method`, if it is one.
fn js_fs_api(method: &str) -> Option<&'static JsApi> {
    JS_FS_APIS
        .binary_search_by(|a| a.method.cmp(method))
        .ok()
        .map(|i| &JS_FS_APIS[i])
}

/// The method names of the Node fs APIs above (the prefilter's triggers
/// must cover each).
pub fn js_fs_api_names() -> impl Iterator<Item = &'static str> {
    JS_FS_APIS.iter().map(|a| a.method)
}

/// Modules whose functions write the real file system.
fn is_fs_module(source: &str) -> bool {
    let s = source.strip_prefix("node:").unwrap_or(source);
    s == "fs"
        || s.starts_with("fs/")
        || s == "fs-extra"
        || s.starts_with("fs-extra/")
        || s == "graceful-fs"
        || s == "mkdirp"
        || s == "rimraf"
        || s == "make-dir"
}

/// In-memory file systems: writes through them touch no shared disk.
const VIRTUAL_FS_MODULES: &[&str] = &["memfs", "mock-fs", "unionfs", "metro-memory-fs", "pyfakefs"];

/// Python modules whose import puts the file's tests on a fake file system.
const FAKE_FS_MODULES: &[&str] = &["pyfakefs"];

/// Whether a receiver path names an fs module object: `fs`, `fsp`, `fse`,
/// `fs.promises`, `fsExtra`, `require('fs')`.
fn is_fs_receiver(receiver: &str) -> bool {
    let last = facts::last_segment(receiver);
    let lower = last.to_ascii_lowercase();
    if matches!(lower.as_str(), "memfs" | "vol" | "mockfs" | "volume") {
        return false;
    }
    receiver == "require.()"
        || lower == "promises"
        || lower == "fse"
        || lower == "fsp"
        || lower == "fsx"
        || lower == "mkdirp"
        || lower == "rimraf"
        || lower.starts_with("fs")
        // `nodeFs`, `realFs`; not `refs` / `prefs`.
        || last.ends_with("Fs")
        || lower.contains("fsextra")
        || lower.contains("fs_extra")
}

impl<'t> Model<'t> {
    /// Every path written, created, removed or locked by a call of this
    /// file, in call order. Calls on an in-memory file system are left out.
    pub fn file_writes(&self) -> Vec<FileWrite<'t>> {
        let mut out = Vec::new();
        if self.lang.is_python() {
            let imports_fake_fs = self.imports_any(FAKE_FS_MODULES);
            for call in &self.calls {
                let before = out.len();
                self.python_writes(call, &mut out);
                // `on_fake_fs`, asked only of the few calls that write.
                if out.len() > before && (imports_fake_fs || self.uses_fake_fs_fixture(call)) {
                    out.truncate(before);
                }
            }
        } else {
            let virtual_fs = self.js_fs_is_virtual();
            let imports_fs = self.imports.iter().any(|i| is_fs_module(i));
            let aliases = if imports_fs && !virtual_fs {
                self.js_fs_import_aliases()
            } else {
                Vec::new()
            };
            for call in &self.calls {
                self.js_writes(call, virtual_fs, imports_fs, &aliases, &mut out);
            }
        }
        out
    }

    /// The value of a written path: the evaluated node, the field when it is
    /// an options object, and the path inside a database URL.
    pub fn written_path(&self, write: &FileWrite<'t>) -> Option<(String, Option<Node<'t>>)> {
        let evaluated = self.eval(write.node);
        let mut value = &evaluated.value;
        if let Some(field) = write.field {
            for part in field.split('.') {
                value = value.field(part)?;
            }
        }
        let Value::Str(s) = value else {
            return None;
        };
        let path = if write.url {
            sqlite_url_path(s)?.to_string()
        } else {
            s.clone()
        };
        let origin = evaluated.origin.filter(|o| o.id() != write.node.id());
        Some((path, origin))
    }

    fn imports_any(&self, modules: &[&str]) -> bool {
        self.imports.iter().any(|i| {
            modules.iter().any(|m| {
                i.strip_prefix(m)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
            })
        })
    }

    /// Whether a Python call runs against pyfakefs's fake file system (the
    /// file imports pyfakefs, or the test requests its `fs` fixture): its
    /// `os`, `open` and `os.chdir` touch the fake tree and the fake working
    /// directory, which pyfakefs throws away after the test.
    pub fn on_fake_fs(&self, call: &Call<'t>) -> bool {
        self.lang.is_python()
            && (self.imports_any(FAKE_FS_MODULES) || self.uses_fake_fs_fixture(call))
    }

    /// pyfakefs's `fs` fixture requested by the enclosing test or fixture.
    fn uses_fake_fs_fixture(&self, call: &Call<'t>) -> bool {
        self.ancestors(call.scope).any(|s| {
            let scope = self.scope(s);
            (scope.is_test() || scope.is_fixture() || scope.is_hook())
                && scope
                    .params
                    .iter()
                    .any(|p| p == "fs" || p == "fake_filesystem")
        })
    }

    /// The JS file writes to an in-memory fs: it imports memfs/mock-fs, or
    /// mocks the `fs` module (`jest.mock('fs')`, `vi.mock('node:fs')`).
    pub fn js_fs_is_virtual(&self) -> bool {
        if self
            .imports
            .iter()
            .any(|i| VIRTUAL_FS_MODULES.contains(&i.as_str()))
        {
            return true;
        }
        self.calls.iter().any(|c| {
            matches!(c.method(), "mock" | "doMock")
                && matches!(c.receiver(), "jest" | "vi")
                && c.positional(0)
                    .and_then(|n| plain_string(n, self.src))
                    .is_some_and(|m| is_fs_module(&m) || m == "memfs")
        })
    }

    fn js_writes(
        &self,
        call: &Call<'t>,
        virtual_fs: bool,
        imports_fs: bool,
        aliases: &[(&str, &'static JsApi)],
        out: &mut Vec<FileWrite<'t>>,
    ) {
        let method = call.method();
        let receiver = call.receiver();
        let push = |out: &mut Vec<FileWrite<'t>>, node: Node<'t>, kind: WriteKind| {
            out.push(FileWrite {
                node,
                field: None,
                kind,
                url: false,
            })
        };
        // Playwright: `page.screenshot({ path })`, `tracing.stop({ path })`,
        // `page.pdf({ path })`, `download.saveAs(p)`, context options.
        match method {
            "screenshot" | "pdf" if !call.is_new && !receiver.is_empty() => {
                self.js_option(call, 0, "path", Write, out);
                return;
            }
            "stop" | "stopChunk" if receiver.ends_with("tracing") => {
                self.js_option(call, 0, "path", Write, out);
                return;
            }
            "saveAs" if !receiver.is_empty() => {
                if let Some(p) = call.positional(0) {
                    push(out, p, Write);
                }
                return;
            }
            "newContext" | "newPage" | "launchPersistentContext" if !receiver.is_empty() => {
                let options = if method == "launchPersistentContext" {
                    if let Some(dir) = call.positional(0) {
                        push(out, dir, Create);
                    }
                    1
                } else {
                    0
                };
                self.js_option(call, options, "recordVideo.dir", Create, out);
                self.js_option(call, options, "recordHar.path", Write, out);
                return;
            }
            _ => {}
        }
        // SQLite: better-sqlite3 `new Database('test.db')`,
        // `new sqlite3.Database('test.db')`, node-sqlite3's promise factory
        // `sqlite3.Database.create('test.db')` (and `sqlite3.cached.Database`).
        // A read-only open neither creates nor writes the file: it reads it.
        if (call.is_new && method == "Database")
            || (!call.is_new
                && method == "create"
                && (receiver == "Database" || receiver.ends_with(".Database")))
        {
            if let Some(p) = call.positional(0) {
                if !self.js_sqlite_read_only(call) {
                    push(out, p, Database);
                }
            }
            return;
        }
        // proper-lockfile / lockfile: `lockfile.lock(p)`, `lockSync(p)`.
        if matches!(method, "lock" | "lockSync")
            && (receiver.to_ascii_lowercase().contains("lockfile")
                || (receiver.is_empty()
                    && self
                        .imports
                        .iter()
                        .any(|i| i == "proper-lockfile" || i == "lockfile")))
        {
            if let Some(p) = call.positional(0) {
                push(out, p, Lock);
            }
            return;
        }
        if virtual_fs || call.is_new {
            return;
        }
        // Whether the receiver is an fs module; `None` for a bare name.
        // Asked only of calls whose method may write: most calls are none.
        let fs_call = || (!receiver.is_empty()).then(|| is_fs_receiver(receiver));
        // `mkdirp.sync(p)`, `rimraf.sync(p)`.
        if method == "sync" {
            let kind = match receiver {
                "mkdirp" => Create,
                "rimraf" => Remove,
                _ => return,
            };
            if let Some(p) = call.positional(0) {
                push(out, p, kind);
            }
            return;
        }
        // `fs.open(p, 'w')`, `fsp.open(p, 'a+')`: only writing flags.
        if matches!(method, "open" | "openSync") {
            let fs_call = fs_call();
            if !(fs_call == Some(true) || (fs_call.is_none() && imports_fs)) {
                return;
            }
            let Some(flags) = call.positional(1) else {
                return;
            };
            let writes = match self.eval(flags).value {
                Value::Str(f) => open_mode_writes(&f),
                _ => open_flags_write(self.text(flags)),
            };
            if writes {
                if let Some(p) = call.positional(0) {
                    push(out, p, Write);
                }
            }
            return;
        }
        // `const writef = promisify(fs.writeFile)`: the alias writes as the
        // API it wraps.
        // `import { writeFileSync as w } from 'node:fs'`,
        // `const { writeFileSync: w } = require('fs')`: the local name is
        // the fs API it renames.
        let promisified = if receiver.is_empty() {
            aliases
                .iter()
                .find(|(alias, _)| *alias == method)
                .map(|(_, api)| (*api, Some(true)))
                .or_else(|| self.promisified_fs_api(method))
        } else {
            None
        };
        let (api, fs_call) = match promisified {
            Some(wrapped) => wrapped,
            None => {
                let Some(api) = js_fs_api(method) else {
                    return;
                };
                // A bare `remove(p)` calling the file's own `function
                // remove(...)` is that helper, not fs-extra's: what it
                // writes is reported inside it, at its own fs call.
                if receiver.is_empty() && self.functions.contains_key(method) {
                    return;
                }
                (api, fs_call())
            }
        };
        let counts = match fs_call {
            Some(on_fs) => on_fs,
            None => !api.generic || imports_fs,
        };
        if counts {
            if let Some(p) = call.positional(api.arg) {
                push(out, p, api.kind);
            }
        }
    }

    /// For a name bound to `promisify(X)` / `util.promisify(fs.X)` where `X`
    /// is a JS fs write API: that API, and whether it was taken off an fs
    /// module (`Some(true)`), or is a bare imported name (`None`).
    fn promisified_fs_api(&self, name: &str) -> Option<(&'static JsApi, Option<bool>)> {
        if name.is_empty() || js_fs_api(name).is_some() {
            return None;
        }
        // Asked for every call of a bare name: the index, not a scan.
        self.bindings_of(name).find_map(|a| {
            let value = a.value?;
            if value.kind() != "call_expression" {
                return None;
            }
            let callee = self.text(value.field("function")?);
            if facts::last_segment(callee) != "promisify" {
                return None;
            }
            let wrapped = self
                .calls
                .iter()
                .find(|c| c.node.id() == value.id())?
                .positional(0)?;
            let path = self.text(wrapped);
            let api = js_fs_api(facts::last_segment(path))?;
            let receiver = facts::receiver_of(path);
            let on_fs = if receiver.is_empty() {
                None
            } else {
                Some(is_fs_receiver(receiver))
            };
            Some((api, on_fs))
        })
    }

    /// The fs write APIs a file imports under another name, each with its
    /// local name: `import { writeFileSync as w } from 'node:fs'` and
    /// `const { writeFileSync: w } = require('fs')` at the top level.
    fn js_fs_import_aliases(&self) -> Vec<(&'t str, &'static JsApi)> {
        self.js_renamed_imports()
            .iter()
            .filter(|r| is_fs_module(&r.module))
            .filter_map(|r| Some((r.local, js_fs_api(r.imported)?)))
            .collect()
    }

    /// A JS SQLite open that cannot create or write its file: node-sqlite3's
    /// mode argument `sqlite3.OPEN_READONLY` (without `OPEN_READWRITE` or
    /// `OPEN_CREATE`), better-sqlite3's options `{ readonly: true }`.
    fn js_sqlite_read_only(&self, call: &Call<'t>) -> bool {
        let Some(mode) = call.positional(1) else {
            return false;
        };
        if mode.kind() == "object" {
            return object_property(mode, "readonly", self.src)
                .is_some_and(|v| self.text(v) == "true");
        }
        let mode = self.text(mode);
        mode.contains("OPEN_READONLY")
            && !mode.contains("OPEN_READWRITE")
            && !mode.contains("OPEN_CREATE")
    }

    /// The path held by option `field` (dotted) of the options object at
    /// argument `index`: reports at the property value when the object is
    /// written inline, else at the argument with `field` to read.
    fn js_option(
        &self,
        call: &Call<'t>,
        index: usize,
        field: &'static str,
        kind: WriteKind,
        out: &mut Vec<FileWrite<'t>>,
    ) {
        let Some(mut node) = call.positional(index) else {
            return;
        };
        let mut parts = field.split('.').peekable();
        while let Some(part) = parts.next() {
            if node.kind() != "object" {
                // Reached through a name: read the rest of the field off
                // its value.
                let rest: &'static str = match field.find(part) {
                    Some(at) => &field[at..],
                    None => field,
                };
                if self.eval(node).value.field(part).is_some() {
                    out.push(FileWrite {
                        node,
                        field: Some(rest),
                        kind,
                        url: false,
                    });
                }
                return;
            }
            let Some(value) = object_property(node, part, self.src) else {
                return;
            };
            node = value;
            if parts.peek().is_none() {
                out.push(FileWrite {
                    node,
                    field: None,
                    kind,
                    url: false,
                });
            }
        }
    }

    fn python_writes(&self, call: &Call<'t>, out: &mut Vec<FileWrite<'t>>) {
        // The path as written, then spelled out through a renaming import
        // (`import shutil as sh`: `sh.rmtree` is `shutil.rmtree`).
        let unaliased = self.py_unaliased(&call.path);
        let method = call.method();
        let receiver = call.receiver();
        let mut push = |node: Option<Node<'t>>, kind: WriteKind, url: bool| {
            if let Some(node) = node {
                out.push(FileWrite {
                    node,
                    field: None,
                    kind,
                    url,
                });
            }
        };
        let mode_writes = |node: Option<Node<'t>>| {
            node.is_some_and(|m| match self.eval(m).value {
                Value::Str(s) => open_mode_writes(&s),
                _ => false,
            })
        };
        for path in std::iter::once(&*call.path).chain(unaliased.as_deref()) {
            match path {
                // The async opens take the same (file, mode) arguments.
                "open" | "io.open" | "codecs.open" | "aiofiles.open" | "anyio.open_file"
                | "trio.open_file" => {
                    if mode_writes(call.arg(1, "mode")) {
                        push(call.arg(0, "file"), Write, false);
                    }
                    return;
                }
                "os.open" => {
                    let flags = call.arg(1, "flags").map(|f| self.text(f)).unwrap_or("");
                    if open_flags_write(flags) {
                        push(call.arg(0, "path"), Write, false);
                    }
                    return;
                }
                "os.makedirs" | "makedirs" => return push(call.arg(0, "name"), Create, false),
                "os.mkdir" | "os.mkfifo" => return push(call.arg(0, "path"), Create, false),
                "os.remove" | "os.unlink" | "os.rmdir" | "os.removedirs" => {
                    return push(call.arg(0, "path"), Remove, false)
                }
                "os.truncate" => return push(call.arg(0, "path"), Write, false),
                "os.rename" | "os.replace" | "os.renames" => {
                    return push(call.arg(1, "dst"), Write, false)
                }
                "os.symlink" | "os.link" => return push(call.arg(1, "dst"), Create, false),
                "shutil.rmtree" | "rmtree" => return push(call.arg(0, "path"), Remove, false),
                "shutil.copy" | "shutil.copy2" | "shutil.copyfile" | "shutil.copytree"
                | "copyfile" | "copytree" | "shutil.move" => {
                    return push(call.arg(1, "dst"), Write, false)
                }
                "sqlite3.connect" | "aiosqlite.connect" => {
                    return push(call.arg(0, "database"), Database, false)
                }
                "create_engine" | "sqlalchemy.create_engine" | "create_async_engine" => {
                    return push(call.arg(0, "url"), Database, true)
                }
                "FileLock" | "SoftFileLock" | "filelock.FileLock" | "filelock.SoftFileLock" => {
                    return push(call.arg(0, "lock_file"), Lock, false)
                }
                "portalocker.Lock" => return push(call.arg(0, "filename"), Lock, false),
                "zipfile.ZipFile" | "ZipFile" => {
                    if mode_writes(call.arg(1, "mode")) {
                        push(call.arg(0, "file"), Write, false);
                    }
                    return;
                }
                "tarfile.open" => {
                    if mode_writes(call.arg(1, "mode")) {
                        push(call.arg(0, "name"), Write, false);
                    }
                    return;
                }
                "logging.FileHandler" | "FileHandler" => {
                    return push(call.arg(0, "filename"), Write, false)
                }
                // `logging.basicConfig(filename=...)` opens a `FileHandler`.
                "logging.basicConfig" => return push(call.keyword("filename"), Write, false),
                // `shelve.open(p)` creates its file unless `flag="r"`;
                // `dbm.open(p, flag)` only with `"c"`, `"n"` or `"w"`.
                "shelve.open" | "dbm.open" => {
                    let flag = call.arg(1, "flag").map(|f| self.eval(f).value);
                    let writes = match flag {
                        None => path == "shelve.open",
                        Some(Value::Str(f)) => f.starts_with(['c', 'n', 'w']),
                        Some(_) => false,
                    };
                    if writes {
                        push(
                            call.arg(0, "filename").or(call.arg(0, "file")),
                            Create,
                            false,
                        );
                    }
                    return;
                }
                "np.save" | "np.savez" | "np.savetxt" | "numpy.save" | "numpy.savetxt" => {
                    return push(call.arg(0, "file"), Write, false)
                }
                // A Unix-domain server creates its socket file at the path.
                "socketserver.UnixStreamServer"
                | "socketserver.UnixDatagramServer"
                | "socketserver.ThreadingUnixStreamServer"
                | "socketserver.ThreadingUnixDatagramServer"
                | "UnixStreamServer"
                | "ThreadingUnixStreamServer" => {
                    return push(call.arg(0, "server_address"), Create, false)
                }
                "asyncio.start_unix_server" => return push(call.arg(1, "path"), Create, false),
                _ => {}
            }
        }
        if receiver.is_empty() {
            return;
        }
        match method {
            // An `AF_UNIX` socket bound to a path creates the socket file
            // there (`sock.bind("/tmp/app.sock")`; an `AF_INET` address is a
            // tuple); only in a file that makes such sockets, and not a
            // URL (`zmq` `bind("tcp://*:5555")`).
            "bind" if self.src.contains("AF_UNIX") && call.args().len() == 1 => {
                if let Some(arg) = call.arg(0, "address") {
                    if matches!(self.eval(arg).value, Value::Str(ref p) if !p.contains("://")) {
                        push(Some(arg), Create, false);
                    }
                }
                return;
            }
            "create_unix_server" => return push(call.arg(1, "path"), Create, false),
            // pandas / matplotlib / Selenium / Playwright for Python.
            "to_csv" | "to_parquet" | "to_pickle" | "to_feather" => {
                return push(call.arg(0, "path"), Write, false)
            }
            "to_excel" => return push(call.arg(0, "excel_writer"), Write, false),
            "savefig" => return push(call.arg(0, "fname"), Write, false),
            "save_screenshot" | "get_screenshot_as_file" => {
                return push(call.arg(0, "filename"), Write, false)
            }
            "screenshot" | "pdf" => return push(call.keyword("path"), Write, false),
            "stop" | "stop_chunk" if receiver.ends_with("tracing") => {
                return push(call.keyword("path"), Write, false)
            }
            "save_as" => return push(call.arg(0, "path"), Write, false),
            "new_context" | "new_page" | "launch_persistent_context" => {
                if method == "launch_persistent_context" {
                    push(call.arg(0, "user_data_dir"), Create, false);
                }
                push(call.keyword("record_video_dir"), Create, false);
                push(call.keyword("record_har_path"), Write, false);
                return;
            }
            _ => {}
        }
        // pathlib: `Path(p).write_text(...)`, `p.mkdir()`, `p.open("w")`.
        let kind = match method {
            "write_text" | "write_bytes" | "symlink_to" | "hardlink_to" => Write,
            "mkdir" | "touch" => Create,
            "unlink" | "rmdir" => Remove,
            "open" if mode_writes(call.arg(0, "mode")) => Write,
            "rename" | "replace" => {
                // The destination; `str.replace` has two arguments.
                if call.args().len() == 1 && self.python_path_receiver(call).is_some() {
                    push(call.arg(0, "target"), Write, false);
                }
                return;
            }
            _ => return,
        };
        if let Some(node) = self.python_path_receiver(call) {
            push(Some(node), kind, false);
        }
    }

    /// The receiver of a pathlib method when it is a path: `Path("/tmp/x")`
    /// gives its single argument (where findings point), anything else that
    /// evaluates to a string gives the receiver itself.
    fn python_path_receiver(&self, call: &Call<'t>) -> Option<Node<'t>> {
        let mut receiver = call.callee.field("object")?;
        while receiver.kind() == "parenthesized_expression" {
            receiver = receiver.named_child(0)?;
        }
        if receiver.kind() == "call" {
            let callee = receiver.field("function")?;
            let path = self.path_of(callee);
            let path = self.py_unaliased(&path).unwrap_or(path);
            if matches!(
                path.as_str(),
                "Path" | "pathlib.Path" | "PosixPath" | "pathlib.PosixPath"
            ) {
                let args = receiver.field("arguments")?;
                let mut cursor = args.walk();
                let named: Vec<Node<'t>> = args
                    .named_children(&mut cursor)
                    .filter(|n| n.kind() != "comment")
                    .collect();
                if let [only] = named.as_slice() {
                    return Some(*only);
                }
            }
        }
        matches!(self.eval(receiver).value, Value::Str(_) | Value::Isolated).then_some(receiver)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_paths() {
        assert_eq!(fixed_path_kind("/tmp/x.json"), Some(FixedPathKind::Temp));
        assert_eq!(fixed_path_kind("/var/tmp/a/b"), Some(FixedPathKind::Temp));
        assert_eq!(fixed_path_kind("$TMPDIR/cfg"), Some(FixedPathKind::Temp));
        assert_eq!(
            fixed_path_kind("config.json"),
            Some(FixedPathKind::Relative)
        );
        assert_eq!(
            fixed_path_kind("./out/report.xml"),
            Some(FixedPathKind::Relative)
        );
        assert_eq!(fixed_path_kind("/tmp"), None);
        assert_eq!(fixed_path_kind("/tmp/"), None);
        assert_eq!(fixed_path_kind("$TMPDIR"), None);
        assert_eq!(fixed_path_kind("/tmpfoo/x"), None);
        assert_eq!(fixed_path_kind("/dev/null"), None);
        assert_eq!(fixed_path_kind(":memory:"), None);
        assert_eq!(fixed_path_kind("file::memory:?cache=shared"), None);
        assert_eq!(fixed_path_kind("C:\\temp\\x"), None);
        assert_eq!(fixed_path_kind("."), None);
        assert_eq!(fixed_path_kind(""), None);
        assert_eq!(fixed_path_kind("https://x/y"), None);
    }

    #[test]
    fn js_fs_apis_are_sorted_for_binary_search() {
        assert!(JS_FS_APIS.windows(2).all(|w| w[0].method < w[1].method));
        assert!(JS_FS_APIS.iter().all(|a| js_fs_api(a.method).is_some()));
        assert!(js_fs_api("readFile").is_none());
    }

    #[test]
    fn modes_and_urls() {
        assert!(open_mode_writes("wb"));
        assert!(open_mode_writes("a+"));
        assert!(open_mode_writes("r+"));
        assert!(open_mode_writes("x"));
        assert!(!open_mode_writes("rb"));
        assert!(!open_mode_writes("r"));
        assert_eq!(sqlite_url_path("sqlite:///./test.db"), Some("./test.db"));
        assert_eq!(sqlite_url_path("sqlite:////tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_url_path("sqlite+aiosqlite:///t.db"), Some("t.db"));
        assert_eq!(sqlite_url_path("sqlite://"), None);
        assert_eq!(sqlite_url_path("sqlite:///:memory:"), None);
        assert_eq!(sqlite_url_path("postgresql://u@h/db"), None);
    }

    /// Builds the model of `src` as file `file` and hands it to `f`.
    fn with_model(file: &str, src: &str, f: impl FnOnce(&Model)) {
        let lang = crate::lang::Lang::from_path(std::path::Path::new(file)).expect("known ext");
        let mut parser = tree_sitter::Parser::new();
        parser.set_language(&lang.grammar()).expect("grammar");
        let tree = parser.parse(src, None).expect("parse");
        let project = super::super::ProjectFacts::default();
        let isolation = super::super::isolation::Isolation::default();
        let model = Model::build(
            lang,
            src,
            &tree,
            super::super::FileRole::Test,
            &project,
            &isolation,
        );
        f(&model);
    }

    #[test]
    fn origin_of_a_joined_path_is_its_definition() {
        let src = "const DIR = path.join(os.tmpdir(), 'app');\nfs.rmSync(DIR);";
        with_model("a.test.js", src, |model| {
            let writes = model.file_writes();
            assert_eq!(writes.len(), 1);
            assert_eq!(writes[0].kind, WriteKind::Remove);
            let (path, origin) = model.written_path(&writes[0]).expect("a path");
            assert_eq!(path, "$TMPDIR/app");
            let origin = origin.expect("related definition");
            assert_eq!(model.text(origin), "path.join(os.tmpdir(), 'app')");
        });
    }

    #[test]
    fn python_modes_decide_writes() {
        let src = "open('a', 'r')\nopen('b')\nopen('c', 'w')\nPath('d').open('rb')\nPath('e').open(mode='a')";
        with_model("test_a.py", src, |model| {
            let paths: Vec<String> = model
                .file_writes()
                .iter()
                .filter_map(|w| model.written_path(w).map(|(p, _)| p))
                .collect();
            assert_eq!(paths, ["c", "e"]);
        });
    }

    #[test]
    fn display_and_normalise() {
        assert_eq!(display_path("$TMPDIR/x", false), "os.tmpdir()/x");
        assert_eq!(display_path("$TMPDIR/x", true), "tempfile.gettempdir()/x");
        assert_eq!(normalise_path("$TMPDIR/x"), "/tmp/x");
        assert_eq!(normalise_path("./out//r.xml"), "out/r.xml");
        assert_eq!(normalise_path("/tmp//a/./b"), "/tmp/a/b");
    }
}

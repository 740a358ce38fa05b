//! Python code that runs only in a child process the test starts: a
//! function handed as `target=` to `multiprocessing.Process` or to
//! `torch.multiprocessing.spawn`/`start_processes`, submitted to a
//! process pool built in the same file (`ProcessPoolExecutor().submit(f,
//! ...)`, `multiprocessing.Pool().map(f, ...)`), or handed first to a
//! subprocess runner named so (matplotlib's `subprocess_run_helper(f, ...)`,
//! an in-house `run_in_subprocess(f)`, also under an import alias); and the
//! `__call__` of a class whose instances are handed over so. What such code
//! changes in its own process (environment, working directory, memory,
//! clock) ends with that process, so the rules whose hazard is the worker's
//! process do not report in it (`engine::drop_contained`).
//!
//! The child's branch of a `fork()` (`if pid == 0:`) runs in a process of
//! its own as well, and so does a module-level function nothing in the file
//! names that ends by exiting its process (`sys.exit(...)`): a program's
//! main, not code a test calls.
//!
//! Only when every other mention of the function (or instance) in the file
//! is such a hand-over: called directly, or given to a thread, it runs in
//! the test's process too.

use tree_sitter::Node;

use super::cwd::{enclosing_class, enclosing_function};
use super::facts::{self, Call};
use super::kinds::FieldByName;
use super::Model;

/// Pool methods that run their first argument in a worker.
const POOL_METHODS: &[&str] = &[
    "submit",
    "map",
    "imap",
    "imap_unordered",
    "starmap",
    "apply",
    "apply_async",
    "map_async",
    "starmap_async",
];

impl<'t> Model<'t> {
    /// The byte spans of the functions (and `__call__` methods) of this
    /// Python file that run only in a child process (see the module doc).
    pub fn child_process_spans(&self) -> Vec<(usize, usize)> {
        if !self.lang.is_python() {
            return Vec::new();
        }
        // The callables handed over, by byte range: most files hand none,
        // and then nothing else is looked at.
        let aliases = import_aliases(self.src);
        let handed: Vec<(usize, usize)> = self
            .calls
            .iter()
            .filter_map(|c| self.handed_to_child_process(c, &aliases))
            .map(|n| (n.start_byte(), n.end_byte()))
            .collect();
        let mut spans = self.forked_child_spans();
        spans.extend(self.process_entry_spans());
        if handed.is_empty() {
            return spans;
        }
        spans.extend(
            self.scopes
                .iter()
                .map(|s| s.node)
                .filter(|n| n.kind() == "function_definition")
                .filter(|&f| self.runs_only_in_child(f, &handed))
                .map(|f| (f.start_byte(), f.end_byte())),
        );
        spans
    }

    /// Module-level functions that end their process: the body's last
    /// statement is `sys.exit(...)`, `os._exit(...)` or `raise
    /// SystemExit(...)`, and nothing else in the file names the function
    /// (paramiko's `k5shell()`, a debugging shell that exports a Kerberos
    /// realm's environment and exits with the shell's status). Such a
    /// function is a program's main (a console script, `python -c`), not
    /// code a test calls: what it changes in its process ends with it.
    fn process_entry_spans(&self) -> Vec<(usize, usize)> {
        if !self.src.contains("exit") && !self.src.contains("SystemExit") {
            return Vec::new();
        }
        self.scopes
            .iter()
            .filter(|s| {
                s.parent == Some(super::scope::MODULE)
                    && s.kind == super::scope::ScopeKind::Function
            })
            .map(|s| s.node)
            .filter(|f| f.kind() == "function_definition")
            .filter(|&f| {
                let Some(name) = f.field("name") else {
                    return false;
                };
                let ends_process = f
                    .field("body")
                    .and_then(|b| {
                        let mut cursor = b.walk();
                        let last = b
                            .named_children(&mut cursor)
                            .filter(|n| n.kind() != "comment")
                            .last();
                        last
                    })
                    .is_some_and(|last| self.exits_process(last));
                ends_process && self.mentions_outside(self.text(name), f).is_empty()
            })
            .map(|f| (f.start_byte(), f.end_byte()))
            .collect()
    }

    /// Whether the statement `stmt` ends the process: `sys.exit(...)`,
    /// `os._exit(...)`, `raise SystemExit(...)`.
    fn exits_process(&self, stmt: Node<'t>) -> bool {
        match stmt.kind() {
            "expression_statement" => stmt
                .named_child(0)
                .filter(|c| c.kind() == "call")
                .and_then(|c| c.field("function"))
                .is_some_and(|f| matches!(self.text(f), "sys.exit" | "os._exit")),
            "raise_statement" => stmt.named_child(0).is_some_and(|e| {
                let e = match e.kind() {
                    "call" => e.field("function").unwrap_or(e),
                    _ => e,
                };
                self.text(e) == "SystemExit"
            }),
            _ => false,
        }
    }

    /// The bodies of `if pid == 0:` (`if 0 == pid:`, `if not pid:`) where
    /// `pid` holds a `fork()` of the same function (`pid = os.fork()`,
    /// `pid, fd = pty.fork()`): the child's branch, a process of its own
    /// (a function defined there, a signal handler say, runs in it too).
    /// The `else` branch is the parent's.
    fn forked_child_spans(&self) -> Vec<(usize, usize)> {
        if !self.src.contains("fork()") {
            return Vec::new();
        }
        // The names holding a fork's result, with the function binding them.
        let forks: Vec<(&str, Option<usize>)> =
            crate::walk::descendants_of_kinds(self.root, &["assignment"])
                .into_iter()
                .filter(|a| {
                    a.field("right")
                        .is_some_and(|v| self.text(v).ends_with("fork()"))
                })
                .filter_map(|a| {
                    let left = a.field("left")?;
                    let target = match left.kind() {
                        "pattern_list" | "tuple_pattern" => left.named_child(0)?,
                        _ => left,
                    };
                    let within = enclosing_function(a).map(|f| f.start_byte());
                    Some((self.text(target), within))
                })
                .collect();
        if forks.is_empty() {
            return Vec::new();
        }
        crate::walk::descendants_of_kinds(self.root, &["if_statement"])
            .into_iter()
            .filter_map(|c| {
                let cond: String = self
                    .text(c.field("condition")?)
                    .chars()
                    .filter(|ch| !ch.is_whitespace())
                    .collect();
                let name = cond
                    .strip_suffix("==0")
                    .or_else(|| cond.strip_prefix("0=="))
                    .or_else(|| cond.strip_prefix("not"))
                    .filter(|n| !n.is_empty())?;
                let within = enclosing_function(c).map(|f| f.start_byte());
                forks
                    .iter()
                    .any(|&(n, w)| n == name && w == within)
                    .then(|| c.field("consequence"))
                    .flatten()
                    .map(|b| (b.start_byte(), b.end_byte()))
            })
            .collect()
    }

    /// Whether every mention of the function `func` (for a `__call__`, of
    /// every name bound to an instance of its class) is one of the
    /// hand-overs at `handed`.
    fn runs_only_in_child(&self, func: Node<'t>, handed: &[(usize, usize)]) -> bool {
        let Some(name) = func.field("name").map(|n| self.text(n)) else {
            return false;
        };
        // (the name handed over, the byte range its mentions are counted in)
        let names: Vec<(&str, (usize, usize))> = if name == "__call__" {
            let Some(class) = enclosing_class(func) else {
                return false;
            };
            let Some(class_name) = class.field("name").map(|n| self.text(n)) else {
                return false;
            };
            // Names bound to an instance (`caller = C(...)`), counted in the
            // function that binds them.
            self.assigns
                .iter()
                .filter(|a| {
                    a.target.kind() == "identifier"
                        && a.value.is_some_and(|v| {
                            v.kind() == "call"
                                && v.field("function")
                                    .is_some_and(|f| self.text(f) == class_name)
                        })
                })
                .map(|a| {
                    let within = enclosing_function(a.node)
                        .map(|f| (f.start_byte(), f.end_byte()))
                        .unwrap_or((0, self.src.len()));
                    (self.text(a.target), within)
                })
                .collect()
        } else {
            // A module-level function or a nested one: mentions anywhere in
            // the file, but for its own definition.
            vec![(name, (0, self.src.len()))]
        };
        if names.is_empty() {
            return false;
        }
        let def_name = func.field("name").map(|n| n.start_byte());
        names.iter().all(|&(name, (from, to))| {
            let mut handed_over = false;
            for at in word_positions(self.src, name, from, to) {
                if Some(at) == def_name
                    || self
                        .assigns
                        .iter()
                        .any(|a| a.target.start_byte() == at && a.target.kind() == "identifier")
                {
                    continue;
                }
                if !handed.contains(&(at, at + name.len())) {
                    return false;
                }
                handed_over = true;
            }
            handed_over
        })
    }

    /// The callable `call` hands to a child process, if it is one of the
    /// launches of the module doc.
    fn handed_to_child_process(
        &self,
        call: &Call<'t>,
        aliases: &[(String, String)],
    ) -> Option<Node<'t>> {
        let method = call.method();
        if method == "Process" {
            return call.keyword("target");
        }
        // PyTorch's `torch.multiprocessing.spawn(fn, args=..., nprocs=n)` /
        // `start_processes(fn, ...)` (`mp.spawn` under `import
        // torch.multiprocessing as mp`): only the children run `fn`
        // (gevent's and eventlet's `spawn` run it in this process).
        if matches!(method, "spawn" | "start_processes") {
            let qualified = self
                .py_qualified(&call.path)
                .unwrap_or_else(|| call.path.to_string());
            if qualified.starts_with("torch.multiprocessing.") {
                return call.arg(0, "fn");
            }
        }
        if POOL_METHODS.contains(&method) && self.receiver_is_process_pool(call) {
            return call.positional(0);
        }
        let name = facts::last_segment(&call.path);
        let callee = aliases
            .iter()
            .find(|(_, local)| local == name)
            .map_or(name, |(original, _)| original.as_str());
        // Any case (`run_in_subprocess`, `SubprocessRunner`), without a
        // lower-cased copy per call.
        if callee
            .as_bytes()
            .windows(b"subprocess".len())
            .any(|w| w.eq_ignore_ascii_case(b"subprocess"))
        {
            return call.positional(0);
        }
        None
    }

    /// A receiver the file binds to a process pool
    /// (`ProcessPoolExecutor(...)`, `multiprocessing.Pool(...)`; not a thread
    /// pool).
    fn receiver_is_process_pool(&self, call: &Call<'t>) -> bool {
        let receiver = call.receiver();
        !receiver.is_empty()
            && self.assigns.iter().any(|a| {
                self.text(a.target) == receiver
                    && a.value.is_some_and(|v| self.builds_process_pool(v))
            })
    }

    /// A call that makes a pool of worker processes.
    fn builds_process_pool(&self, value: Node<'t>) -> bool {
        if value.kind() != "call" {
            return false;
        }
        let Some(callee) = value.field("function").map(|f| self.text(f)) else {
            return false;
        };
        let last = facts::last_segment(callee);
        last == "ProcessPoolExecutor" || (last == "Pool" && !callee.contains("dummy"))
    }
}

/// `(original, local)` for each `from module import original as local`
/// of the file (`subprocess_run_helper` bound as `_run_helper`).
fn import_aliases(src: &str) -> Vec<(String, String)> {
    if !src.contains(" as ") {
        return Vec::new();
    }
    crate::pyimports::from_imports(src)
        .into_iter()
        .flat_map(|i| i.names)
        .filter(|(original, local)| original != local)
        .collect()
}

/// Byte offsets of `word` as a whole identifier in `src[from..to]`.
fn word_positions(src: &str, word: &str, from: usize, to: usize) -> Vec<usize> {
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = src.as_bytes();
    let hay = src.get(from..to).unwrap_or("");
    hay.match_indices(word)
        .map(|(i, _)| from + i)
        .filter(|&at| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + word.len()).copied();
            !before.is_some_and(|b| is_ident(b) || b == b'.') && !after.is_some_and(is_ident)
        })
        .collect()
}

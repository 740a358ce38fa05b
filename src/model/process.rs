//! Python code that runs only in a child process the test starts: a
//! function handed as `target=` to `multiprocessing.Process`, or submitted
//! to a process pool built in the same file
//! (`ProcessPoolExecutor().submit(f, ...)`, `multiprocessing.Pool().map(f,
//! ...)`), or the `__call__` of a class whose instance is handed over so.
//! What such code changes in its own process (environment, working
//! directory) does not reach the tests. Only when every other mention of
//! the function (or instance) is that hand-over: called directly or given to
//! a thread, it runs in the test's process too.

use tree_sitter::Node;

use super::facts::Call;
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
    /// Whether `node` sits in a function (or a `__call__` method) that the
    /// file runs only in a child process (see the module doc).
    pub fn runs_only_in_child_process(&self, node: Node<'t>) -> bool {
        if !self.lang.is_python() {
            return false;
        }
        let Some(func) = enclosing_function(node) else {
            return false;
        };
        let Some(name) = func.field("name").map(|n| self.text(n)) else {
            return false;
        };
        // (the name handed over, the byte range its mentions are counted in)
        let handed: Vec<(&str, (usize, usize))> = if name == "__call__" {
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
        if handed.is_empty() {
            return false;
        }
        let launches: Vec<&Call<'t>> = self
            .calls
            .iter()
            .filter(|c| self.launches_in_process(c))
            .collect();
        let def_name = func.field("name").map(|n| n.start_byte());
        handed.iter().all(|&(name, (from, to))| {
            let mut handed_over = false;
            for at in word_positions(self.src, name, from, to) {
                if Some(at) == def_name {
                    continue;
                }
                if self
                    .assigns
                    .iter()
                    .any(|a| a.target.start_byte() == at && a.target.kind() == "identifier")
                {
                    continue;
                }
                let launched = launches.iter().any(|c| {
                    c.positional(0)
                        .or_else(|| c.keyword("target"))
                        .is_some_and(|f| f.start_byte() == at && f.end_byte() == at + name.len())
                });
                if !launched {
                    return false;
                }
                handed_over = true;
            }
            handed_over
        })
    }

    /// `Process(target=...)`, or a pool method on a receiver the file binds
    /// to a process pool (`ProcessPoolExecutor(...)`, `multiprocessing.Pool(...)`;
    /// not a thread pool).
    fn launches_in_process(&self, call: &Call<'t>) -> bool {
        let method = call.method();
        if method == "Process" {
            return call.keyword("target").is_some();
        }
        if !POOL_METHODS.contains(&method) {
            return false;
        }
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
        let last = super::facts::last_segment(callee);
        last == "ProcessPoolExecutor" || (last == "Pool" && !callee.contains("dummy"))
    }
}

/// The innermost `def` around `node`.
fn enclosing_function(node: Node) -> Option<Node> {
    let mut current = node.parent();
    while let Some(n) = current {
        if n.kind() == "function_definition" {
            return Some(n);
        }
        current = n.parent();
    }
    None
}

/// The class a method's `def` belongs to (through a decorated definition).
fn enclosing_class(func: Node) -> Option<Node> {
    let mut current = func.parent();
    while let Some(n) = current {
        match n.kind() {
            "class_definition" => return Some(n),
            "function_definition" => return None,
            _ => current = n.parent(),
        }
    }
    None
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
